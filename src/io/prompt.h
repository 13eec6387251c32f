/// The terminal seam of `goals review`: questions asked and answers read
/// through one interface, so the flow runs the same on a terminal (libedit),
/// from an answers file, or in tests.
#pragma once

#include <cstdio>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace goals {

/// Why a prompt returned no answer: input ended (Ctrl-D), Ctrl-C (SIGINT), SIGTERM.
enum class PromptEnd { None, Eof, Interrupted, Terminated };

/// Asks questions and reads answers.
class Prompter {
 public:
  virtual ~Prompter() = default;
  /// Shows text to the person answering (facts, progress); not part of any answer.
  virtual void show(std::string_view text) = 0;
  /// Asks `question` and reads a multi-line answer that an empty line ends.
  /// Returns the lines joined with '\n' (no trailing newline), "" for an
  /// empty answer, or nullopt when input ended (see end()).
  virtual std::optional<std::string> ask(std::string_view question) = 0;
  /// Asks `question` and reads one line (a choice, a date); nullopt when
  /// input ended. By default as ask().
  virtual std::optional<std::string> ask_line(std::string_view question) { return ask(question); }
  /// Asks a yes/no question; nullopt when input ended. An empty reply is `no`.
  virtual std::optional<bool> confirm(std::string_view question) = 0;
  /// Why the last ask()/confirm() returned nullopt.
  virtual PromptEnd end() const = 0;
};

/// A prompter on a terminal with line editing (libedit, emacs keys). Writes
/// prompts and shown text to `out`; Ctrl-C ends input as Interrupted,
/// SIGTERM as Terminated, Ctrl-D on an empty line as Eof.
std::unique_ptr<Prompter> make_terminal_prompter(std::FILE* in, std::FILE* out);

/// A prompter answering from a script: the i-th ask() gets `answers[i]`
/// ("" when missing), confirm() says no unless set_confirm(true). Shows nothing. With `stop_after`,
/// input ends (Eof) at that ask(), as if the person pressed Ctrl-D.
class ScriptedPrompter : public Prompter {
 public:
  explicit ScriptedPrompter(std::vector<std::string> answers,
                            std::optional<std::size_t> stop_after = std::nullopt)
      : answers_(std::move(answers)), stop_after_(stop_after) {}
  void show(std::string_view text) override { shown_ += text; }
  std::optional<std::string> ask(std::string_view question) override;
  std::optional<bool> confirm(std::string_view question) override;
  PromptEnd end() const override { return end_; }

  void set_confirm(bool yes) { confirm_ = yes; }
  /// How input ends at `stop_after`: Eof (Ctrl-D) unless set, Interrupted or Terminated.
  void set_stop_end(PromptEnd e) { stop_end_ = e; }

  const std::vector<std::string>& asked() const { return asked_; }  ///< questions, in order
  const std::string& shown() const { return shown_; }               ///< everything shown

 private:
  std::vector<std::string> answers_;
  std::optional<std::size_t> stop_after_;
  std::vector<std::string> asked_;
  std::string shown_;
  PromptEnd end_ = PromptEnd::None;
  PromptEnd stop_end_ = PromptEnd::Eof;
  bool confirm_ = false;
};

/// Answers read from a `--answers` YAML file: a mapping whose keys name
/// questions by text (case-insensitive, surrounding spaces ignored) or by
/// number ("1" for the first question).
struct AnswerFile {
  std::vector<std::pair<std::string, std::string>> entries;  ///< key -> answer, in file order
};

/// Parses an answers file. nullopt and `*error` when it is not a YAML mapping
/// of keys to text (an answer may be a number or null: read as text / "").
std::optional<AnswerFile> parse_answer_file(std::string_view yaml, std::string* error);

/// Matches the file's keys to `questions`: answers in question order ("" for
/// questions it leaves out). Keys naming no question go to `*unknown`; a
/// question named twice goes to `*duplicate`.
std::vector<std::string> match_answers(const AnswerFile& file,
                                       const std::vector<std::string>& questions,
                                       std::vector<std::string>* unknown,
                                       std::vector<std::string>* duplicate);

}  // namespace goals
