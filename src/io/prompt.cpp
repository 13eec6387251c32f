#include "io/prompt.h"

#include <histedit.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <csignal>
#include <cstring>

#include "goals/support/text.h"

namespace goals {

namespace {

// A signal handler can reach nothing but static storage, so this one flag is
// the exception to "no global state": it records a Ctrl-C (SIGINT) or a
// SIGTERM while libedit waits for a key, and is only read right after
// el_gets() returns.
volatile std::sig_atomic_t g_stop_signal = 0;

extern "C" void on_stop_signal(int sig) { g_stop_signal = sig; }

class TerminalPrompter : public Prompter {
 public:
  TerminalPrompter(std::FILE* in, std::FILE* out) : out_(out) {
    el_ = el_init("goals", in, out, out);
    history_ = history_init();
    HistEvent ev;
    history(history_, &ev, H_SETSIZE, 200);
    el_set(el_, EL_EDITOR, "emacs");
    el_set(el_, EL_HIST, history, history_);
    el_set(el_, EL_CLIENTDATA, this);
    el_set(el_, EL_PROMPT, &TerminalPrompter::prompt_of);
    // Our handler, installed without SA_RESTART for as long as questions may
    // be asked, makes the read() inside el_gets fail with EINTR, so el_gets
    // returns and restores the terminal instead of the process dying with the
    // terminal in raw mode; a Ctrl-C between two lines is caught as well.
    // SIGTERM (a closing terminal window, `kill`) is taken the same way.
    struct sigaction ours {};
    ours.sa_handler = on_stop_signal;
    sigemptyset(&ours.sa_mask);
    ours.sa_flags = 0;
    g_stop_signal = 0;
    sigaction(SIGINT, &ours, &old_sigint_);
    sigaction(SIGTERM, &ours, &old_sigterm_);
  }
  ~TerminalPrompter() override {
    sigaction(SIGINT, &old_sigint_, nullptr);
    sigaction(SIGTERM, &old_sigterm_, nullptr);
    el_end(el_);
    history_end(history_);
  }
  TerminalPrompter(const TerminalPrompter&) = delete;
  TerminalPrompter& operator=(const TerminalPrompter&) = delete;

  void show(std::string_view text) override {
    std::fwrite(text.data(), 1, text.size(), out_);
    std::fflush(out_);
  }

  std::optional<std::string> ask(std::string_view question) override {
    show(std::string(question) + "\n");
    std::string answer;
    for (;;) {
      prompt_ = "> ";
      std::optional<std::string> line = read_line();
      if (!line) return std::nullopt;
      if (line->empty()) break;
      if (!answer.empty()) answer += '\n';
      answer += *line;
    }
    return answer;
  }

  std::optional<std::string> ask_line(std::string_view question) override {
    prompt_ = std::string(question) + " ";
    return read_line();
  }

  std::optional<bool> confirm(std::string_view question) override {
    prompt_ = std::string(question) + " ";
    std::optional<std::string> line = read_line();
    if (!line) return std::nullopt;
    std::string s;
    for (char c : *line)
      if (kWhitespace.find(c) == std::string_view::npos) s += ascii_lower(c);
    return s == "y" || s == "yes";
  }

  PromptEnd end() const override { return end_; }

 private:
  static char* prompt_of(EditLine* el) {
    void* self = nullptr;
    el_get(el, EL_CLIENTDATA, &self);
    return const_cast<char*>(static_cast<TerminalPrompter*>(self)->prompt_.c_str());
  }

  /// One edited line without its newline; nullopt on Ctrl-C or Ctrl-D.
  std::optional<std::string> read_line() {
    int count = 0;
    const char* line = g_stop_signal != 0 ? nullptr : el_gets(el_, &count);
    if (g_stop_signal != 0 || line == nullptr || count <= 0) {
      end_ = g_stop_signal == SIGTERM ? PromptEnd::Terminated
             : g_stop_signal != 0     ? PromptEnd::Interrupted
                                      : PromptEnd::Eof;
      show("\n");
      return std::nullopt;
    }
    std::string s(line, static_cast<std::size_t>(count));
    while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.pop_back();
    if (!s.empty()) {
      HistEvent ev;
      history(history_, &ev, H_ENTER, s.c_str());
    }
    return s;
  }

  std::FILE* out_;
  struct sigaction old_sigint_ {};
  struct sigaction old_sigterm_ {};
  EditLine* el_ = nullptr;
  History* history_ = nullptr;
  std::string prompt_ = "> ";
  PromptEnd end_ = PromptEnd::None;
};

/// A question or key as compared: trimmed, ASCII lowercased, without a final '?'.
std::string question_key(std::string_view s) {
  std::string_view t = trim(s);
  if (!t.empty() && t.back() == '?') t = trim(t.substr(0, t.size() - 1));
  return ascii_lower(t);
}

}  // namespace

std::unique_ptr<Prompter> make_terminal_prompter(std::FILE* in, std::FILE* out) {
  return std::make_unique<TerminalPrompter>(in, out);
}

std::optional<std::string> ScriptedPrompter::ask(std::string_view question) {
  if (stop_after_ && asked_.size() >= *stop_after_) {
    end_ = stop_end_;
    return std::nullopt;
  }
  const std::size_t i = asked_.size();
  asked_.emplace_back(question);
  return i < answers_.size() ? answers_[i] : std::string();
}

std::optional<bool> ScriptedPrompter::confirm(std::string_view question) {
  asked_.emplace_back(question);
  return confirm_;
}

std::optional<AnswerFile> parse_answer_file(std::string_view yaml, std::string* error) {
  YAML::Node root;
  try {
    root = YAML::Load(std::string(yaml));
  } catch (const YAML::Exception& e) {
    *error = "not valid YAML: " + std::string(e.what());
    return std::nullopt;
  }
  AnswerFile file;
  if (!root || root.IsNull()) return file;  // an empty file answers nothing
  if (!root.IsMap()) {
    *error = "expected a mapping of questions to answers (`question: answer`)";
    return std::nullopt;
  }
  for (const auto& kv : root) {
    if (!kv.first.IsScalar()) {
      *error = "a key is not text; keys are questions or their numbers";
      return std::nullopt;
    }
    const std::string key = kv.first.Scalar();
    std::string value;
    if (kv.second.IsScalar()) {
      value = kv.second.Scalar();
    } else if (!kv.second.IsNull()) {
      *error = "the answer to '" + key + "' is not text (use a `|` block for several lines)";
      return std::nullopt;
    }
    // Block scalars end with a newline; the note spaces answers itself.
    while (!value.empty() && (value.back() == '\n' || value.back() == ' ')) value.pop_back();
    file.entries.emplace_back(key, value);
  }
  return file;
}

std::vector<std::string> match_answers(const AnswerFile& file,
                                       const std::vector<std::string>& questions,
                                       std::vector<std::string>* unknown,
                                       std::vector<std::string>* duplicate) {
  std::vector<std::string> answers(questions.size());
  std::vector<bool> given(questions.size(), false);
  for (const auto& [key, value] : file.entries) {
    std::optional<std::size_t> index;
    const std::string k(trim(key));
    const bool number = !k.empty() && k.size() < 4 && std::all_of(k.begin(), k.end(), [](char c) {
      return c >= '0' && c <= '9';
    });
    if (number) {
      const std::size_t n = std::stoul(k);
      if (n >= 1 && n <= questions.size()) index = n - 1;
    } else {
      for (std::size_t i = 0; i < questions.size() && !index; ++i)
        if (question_key(questions[i]) == question_key(key)) index = i;
    }
    if (!index) {
      unknown->push_back(key);
      continue;
    }
    if (given[*index]) duplicate->push_back(questions[*index]);
    given[*index] = true;
    answers[*index] = value;
  }
  return answers;
}

}  // namespace goals
