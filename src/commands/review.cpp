#include "commands/review.h"

#include "commands/new_note.h"

#include <fmt/format.h>

#include <cstdio>

#include "goals/passes/plan.h"
#include "goals/passes/review_period.h"
#include "goals/passes/timeline.h"
#include "goals/support/text.h"
#include "goals/write/note_edit.h"
#include "goals/write/periodic_note.h"
#include "goals/write/scaffold.h"
#include "goals/write/templates.h"
#include "render/terminal_markdown.h"

namespace goals {

namespace {

/// A question of the review: a leaf heading of the rendered template and the
/// text the template pre-filled under it (the facts it relates to).
struct Question {
  std::string text;
  std::size_t heading = 0;  ///< 0-based line index of the heading
  std::size_t end = 0;      ///< 0-based index of the line after its section
  std::string facts;
};

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t nl = text.find('\n', start);
    if (nl == std::string::npos) nl = text.size();
    lines.push_back(text.substr(start, nl - start));
    start = nl + 1;
  }
  return lines;
}

bool blank(const std::string& line) { return trim(line).empty(); }

/// The lines [a, b) joined, without leading and trailing blank lines.
std::string join_trimmed(const std::vector<std::string>& lines, std::size_t a, std::size_t b) {
  while (a < b && blank(lines[a])) ++a;
  while (b > a && blank(lines[b - 1])) --b;
  std::string s;
  for (std::size_t i = a; i < b; ++i) s += lines[i] + "\n";
  return s;
}

/// Template text as shown on the terminal: Obsidian comments (`%% hint %%`)
/// are hints to the reader there, so their markers go.
std::string for_terminal(std::string text) {
  for (std::size_t at = text.find("%%"); at != std::string::npos; at = text.find("%%", at)) {
    std::size_t len = 2;
    if (at + 2 < text.size() && text[at + 2] == ' ')
      ++len;
    else if (at > 0 && text[at - 1] == ' ')
      --at, ++len;
    text.erase(at, len);
  }
  return text;
}

/// The questions of a rendered review (review_questions(), as lint's
/// `unanswered-review` reads them). `*intro` gets the text above the first.
std::vector<Question> find_questions(const std::string& text, const Config& config,
                                     const std::vector<std::string>& lines, std::string* intro) {
  Diagnostics ignored;
  const Note note = parse_note(text, "review.md", config, &ignored);
  const std::vector<Heading>& hs = note.body.headings;
  std::vector<Question> qs;
  std::size_t intro_from = 0, intro_to = lines.size();
  // The front matter is no fact to show.
  if (!lines.empty() && lines[0] == "---")
    for (std::size_t i = 1; i < lines.size(); ++i)
      if (lines[i] == "---" || lines[i] == "...") {
        intro_from = i + 1;
        break;
      }
  // The text under the H1 title, not the title, is the intro.
  if (!hs.empty() && hs[0].level == 1) intro_from = static_cast<std::size_t>(hs[0].line);
  for (std::size_t h : review_questions(hs)) {
    const std::size_t line = static_cast<std::size_t>(hs[h].line - 1);
    Question q;
    q.text = hs[h].text;
    q.heading = line;
    q.end = h + 1 < hs.size() ? static_cast<std::size_t>(hs[h + 1].line - 1) : lines.size();
    q.facts = join_trimmed(lines, q.heading + 1, q.end);
    if (qs.empty()) intro_to = line;
    qs.push_back(std::move(q));
  }
  *intro = intro_to > intro_from ? join_trimmed(lines, intro_from, intro_to) : "";
  return qs;
}

/// The note with each answer put at the end of its question's section.
std::string fill_answers(std::vector<std::string> lines, const std::vector<Question>& qs,
                         const std::vector<std::string>& answers) {
  // Last question first, so earlier line indices stay valid.
  for (std::size_t i = qs.size(); i-- > 0;) {
    if (answers[i].empty()) continue;
    std::size_t at = qs[i].end;
    while (at > qs[i].heading + 1 && blank(lines[at - 1])) --at;
    std::vector<std::string> block{""};
    for (const std::string& l : split_lines(answers[i])) block.push_back(l);
    if (at < lines.size()) block.push_back("");
    // Keep one blank line between the answer and what follows it.
    std::size_t drop = at;
    while (drop < qs[i].end && blank(lines[drop])) ++drop;
    lines.erase(lines.begin() + static_cast<long>(at), lines.begin() + static_cast<long>(drop));
    lines.insert(lines.begin() + static_cast<long>(at), block.begin(), block.end());
  }
  std::string out;
  for (const std::string& l : lines) out += l + "\n";
  return out;
}

std::string sprint_progress(const GoalGraph& g, int sprint) {
  const GraphNode& n = g.nodes[sprint];
  std::string s = "Sprint " + n.title;
  if (n.start && n.end) s += " (" + n.start->str() + " to " + n.end->str() + ")";
  s += "\n";
  if (n.goals.empty()) s += "  no goals\n";
  for (const SprintGoal& goal : n.goals) {
    const Progress p = goal.progress();
    s += fmt::format("  {}: {}/{} milestones done\n", goal.title, p.done, p.total);
  }
  return s + "\n";
}

bool exists(const FileSystem& fs, const std::string& path) {
  const EntryKind k = fs.kind(path, false);
  return k == EntryKind::File || k == EntryKind::Directory || k == EntryKind::Symlink;
}

/// The last step of a quarterly review: the goals its last answer links
/// are the next sprint's candidates, so offer to write that sprint now.
int offer_next_sprint(Session& s, const Loaded& l, const Note& review, Prompter& prompter,
                      const NewNoteOptions& o, bool interactive, const ReviewFollowUp& f) {
  const Vault& v = l.vault;
  const GoalGraph& g = l.graph;
  std::vector<int> goals = goals_in_last_answer(v, g, review);
  const Quarter quarter = next_sprint_quarter(g, l.today);
  if (goals.empty()) return carry_over(s, l, {}, quarter, review, prompter, interactive, f);
  const std::string rel = new_note_path(v, "sprints", sprint_note_name(v.config, quarter));
  if (exists(s.io.fs, path_join(v.root, rel))) {
    prompter.show("\nThe next sprint, " + s.vault_prefix() + rel +
                  ", is already written: add the goals there.\n");
    return kExitOk;
  }
  const auto max = static_cast<std::size_t>(std::max(v.config.max_goals_per_sprint, 1));
  std::string names;
  for (std::size_t i = 0; i < goals.size() && i < max; ++i)
    names += (i ? ", " : "") + g.nodes[goals[i]].title;
  std::string question = "Scaffold the next sprint, " + quarter.str() +
                         ", from the goals linked in your last answer (" + names + ")?";
  if (goals.size() > max) {
    question +=
        fmt::format(" The other {} stay out: a sprint holds at most {}.", goals.size() - max, max);
    goals.resize(max);
  }
  const std::optional<bool> yes =
      f.yes ? std::optional<bool>(true) : prompter.confirm(question + " [y/N]");
  // The review is written either way; declining or Ctrl-D is no error.
  if (!yes || !*yes) return carry_over(s, l, {}, quarter, review, prompter, interactive, f);
  const int code = carry_over(s, l, goals, quarter, review, prompter, interactive, f);
  const int written = write_sprint(s, l, quarter, goals, std::nullopt, std::nullopt, o);
  return code != kExitOk ? code : written;
}

/// The sprint node under review: --sprint's, else for a quarterly
/// --period the sprint of that quarter, else the default for the cadence as
/// of `as_of` (-1 when there is none); nullopt after reporting a bad --sprint.
std::optional<int> reviewed_sprint(Session& s, const Loaded& l, const ReviewOptions& o,
                                   Cadence cadence, const std::optional<ReviewPeriod>& period,
                                   const Date& as_of) {
  const bool quarter = period && cadence == Cadence::Quarterly;
  if (!o.sprint) {
    if (quarter) return sprint_of_quarter(l.graph, Quarter::of(period->first));
    return default_review_sprint(l.graph, cadence, as_of);
  }
  const int n = l.vault.find_note(*o.sprint);
  if (n < 0) {
    s.error(no_note_message(s, "--sprint", *o.sprint, WantedNote::Sprint));
    return std::nullopt;
  }
  const int sprint = l.graph.node_of_note[n];
  if (sprint < 0 || l.graph.nodes[sprint].kind != NodeKind::Sprint) {
    s.error("--sprint: '" + l.vault.notes[n].path + "' is not a sprint note (type: sprint)");
    return std::nullopt;
  }
  const std::optional<Quarter> planned = sprint_quarter(l.graph.nodes[sprint]);
  if (quarter && planned && *planned != Quarter::of(period->first)) {
    s.error("--sprint: '" + l.vault.notes[n].path + "' is the sprint of " + planned->str() +
            ", not of --period " + period->str());
    return std::nullopt;
  }
  return sprint;
}

/// The period --period names, checked against --cadence; nullopt (with
/// `*ok` false) after reporting a bad one, nullopt alone without --period.
std::optional<ReviewPeriod> period_option(Session& s, const ReviewOptions& o, bool* ok) {
  *ok = true;
  if (!o.period) return std::nullopt;
  std::optional<ReviewPeriod> p = ReviewPeriod::parse(*o.period);
  if (!p) {
    s.error("--period: '" + *o.period +
            "' is no period; use YYYY-Www for a weekly review (2026-W49), YYYY-MM for a monthly "
            "one (2027-01), YYYY-Qn for a quarterly one (2026-Q4)");
    *ok = false;
  } else if (o.cadence && *o.cadence != p->cadence) {
    s.error("--period: " + p->str() + " is a " + std::string(to_string(p->cadence)) +
            " period, but --cadence is " + std::string(to_string(*o.cadence)));
    *ok = false;
  }
  return *ok ? p : std::nullopt;
}

/// The answers --answers FILE gives, one per question ("" for none);
/// nullopt after reporting a file that cannot be read or names no question.
std::optional<std::vector<std::string>> answers_from_file(Session& s, const std::string& path,
                                                          const std::vector<Question>& questions) {
  std::string text, err;
  if (s.io.fs.read_file(path, &text, &err, 1 << 20) != FileSystem::Status::Okay) {
    s.error("--answers: cannot read '" + path + "'" + (err.empty() ? "" : ": " + err));
    return std::nullopt;
  }
  const std::optional<AnswerFile> file = parse_answer_file(text, &err);
  if (!file) {
    s.error("--answers: " + path + ": " + err);
    return std::nullopt;
  }
  std::vector<std::string> unknown, duplicate;
  std::vector<std::string> texts;
  for (const Question& q : questions) texts.push_back(q.text);
  std::vector<std::string> answers = match_answers(*file, texts, &unknown, &duplicate);
  if (unknown.empty() && duplicate.empty()) return answers;
  std::string msg = "--answers: " + path + ":";
  for (const std::string& k : unknown) msg += " '" + k + "' names no question;";
  for (const std::string& q : duplicate) msg += " '" + q + "' is answered twice;";
  msg += " the questions are:";
  for (std::size_t i = 0; i < questions.size(); ++i)
    msg += fmt::format(" {}. {}", i + 1, questions[i].text);
  s.error(msg);
  return std::nullopt;
}

/// Prints the review that could not be written on stderr, beside the error
/// that says why: the answers were typed once, and every failure after
/// that keeps them.
void keep_answers(Session& s, std::string_view review) {
  s.io.err << "goals: the review was not written; here it is, so no answer is lost:\n" << review;
  if (!review.empty() && review.back() != '\n') s.io.err << '\n';
}

/// The exit code of a run whose prompter stopped: 130 after Ctrl-C, 143
/// after SIGTERM (as shells expect), 0 when neither stopped it.
int stop_code(const Prompter& p) {
  switch (p.end()) {
    case PromptEnd::Interrupted:
      return kExitInterrupted;
    case PromptEnd::Terminated:
      return kExitTerminated;
    case PromptEnd::None:
    case PromptEnd::Eof:
      break;
  }
  return kExitOk;
}

/// `code`, unless a Ctrl-C or SIGTERM stopped the follow-up questions (each
/// taken as "no" then): the run ends with 130 or 143 as shells expect.
int after_prompts(const Prompter& p, int code) {
  const int stop = stop_code(p);
  return code == kExitOk && stop != kExitOk ? stop : code;
}

/// Shows the sprint's progress and the template's intro, then asks each
/// question after its facts; nullopt after reporting input that ended
/// before the last answer, with the answers typed so far (keep_answers).
std::optional<std::vector<std::string>> ask_questions(Session& s, Prompter& prompter,
                                                      const std::string& progress,
                                                      const std::string& intro,
                                                      const std::vector<Question>& questions) {
  // The prompts are on stderr, and the note's Markdown is shown as Obsidian
  // would show it, wrapped to that terminal; the note keeps the Markdown.
  const int columns = s.width_err().columns;
  const Style style{s.color_err()};
  const auto shown = [&](const std::string& markdown) {
    return terminal_markdown(for_terminal(markdown), columns, style);
  };
  if (!progress.empty()) prompter.show(progress);
  if (!intro.empty()) prompter.show(shown(intro) + "\n");
  prompter.show(
      shown("An empty line ends an answer; Ctrl-D or Ctrl-C stops without writing anything.") +
      "\n");
  std::vector<std::string> answers;
  for (std::size_t i = 0; i < questions.size(); ++i) {
    const Question& q = questions[i];
    if (!q.facts.empty()) prompter.show(shown(q.facts) + "\n");
    std::optional<std::string> a =
        prompter.ask(fmt::format("Question {} of {}: {}", i + 1, questions.size(), q.text));
    if (!a) {
      s.error(std::string(prompter.end() == PromptEnd::Eof ? "input ended" : "interrupted") +
              " at question " + std::to_string(i + 1) + "; no review written");
      std::string typed;
      for (std::size_t j = 0; j < answers.size(); ++j)
        if (!answers[j].empty())
          typed +=
              (typed.empty() ? "## " : "\n## ") + questions[j].text + "\n\n" + answers[j] + "\n";
      if (!typed.empty()) keep_answers(s, typed);
      return std::nullopt;
    }
    answers.push_back(std::move(*a));
  }
  return answers;
}

/// A periodic note to write the review into: where it is, what it holds
/// now ("" when it does not exist yet), and the heading of the review's section.
struct PeriodicTarget {
  std::string rel;
  bool exists = false;
  std::string text;
  std::string heading;
};

/// The periodic note for the period holding `day`, read if it exists;
/// nullopt after reporting why the review cannot go there.
std::optional<PeriodicTarget> periodic_target(Session& s, const Loaded& l,
                                              const PeriodicNoteSetting& p, Cadence cadence,
                                              const Date& day) {
  PeriodicTarget t;
  t.rel = periodic_note_path(p, day);
  t.heading = std::string(to_string(cadence)) + " review";
  t.heading[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(t.heading[0])));
  const std::string abs = path_join(l.vault.root, t.rel);
  const EntryKind k = s.io.fs.kind(abs, false);
  if (k == EntryKind::Other) return t;  // nothing there yet
  if (k != EntryKind::File) {
    s.error("'" + s.vault_prefix() + t.rel +
            "' is not a note file (a symlink or folder is never written into)");
    return std::nullopt;
  }
  std::string err;
  if (s.io.fs.read_file(abs, &t.text, &err, 16 << 20) != FileSystem::Status::Okay) {
    s.error("cannot read '" + s.vault_prefix() + t.rel + "': " + err);
    return std::nullopt;
  }
  t.exists = true;
  Diagnostics ignored;
  for (const Heading& h : parse_note(t.text, t.rel, l.vault.config, &ignored).body.headings)
    if (iequals(trim(h.text), t.heading)) {
      s.error("'" + s.vault_prefix() + t.rel + "' already has a \"" + t.heading +
              "\" section; goals adds a review to a periodic note once");
      return std::nullopt;
    }
  return t;
}

/// The new periodic note: the user's template filled in as Obsidian's core
/// Templates would, or nothing when there is none (as Obsidian makes it).
std::string periodic_note_start(Session& s, const Loaded& l, const PeriodicNoteSetting& p,
                                const std::string& rel) {
  if (p.template_path.empty()) return "";
  const int n = l.vault.find_note(p.template_path);
  std::string text, err;
  if (n < 0 || s.io.fs.read_file(path_join(l.vault.root, l.vault.notes[n].path), &text, &err,
                                 1 << 20) != FileSystem::Status::Okay) {
    s.io.err << "goals: note: the template '" << p.template_path
             << "' cannot be read; the note starts without it\n";
    return "";
  }
  if (needs_templater(text)) {
    s.io.err << "goals: note: the template '" << p.template_path
             << "' needs Templater (<% %>), which goals cannot run; the note starts without "
                "it\n";
    return "";
  }
  std::string_view name = rel;
  name.remove_prefix(name.rfind('/') == std::string_view::npos ? 0 : name.rfind('/') + 1);
  if (name.ends_with(".md")) name.remove_suffix(3);
  const Date day = periodic_note_date(p, rel).value_or(l.today);
  return fill_core_template(text, name, day, s.time_of_day());
}

/// Writes `text` as the new note `rel` like write_new_note, but keeps the
/// typed answers (`review`) when it cannot; `--edit` runs only once the note
/// is written, so an editor's failure does not print them again.
int write_new_review(Session& s, const Vault& v, const std::string& rel, const std::string& text,
                     std::string_view review, const NewNoteOptions& o) {
  NewNoteOptions no_edit = o;
  no_edit.edit = false;
  const int code = write_new_note(s, v, rel, text, no_edit);
  if (code != kExitOk) {
    if (!o.dry_run) keep_answers(s, review);
    return code;
  }
  return o.edit && !o.dry_run ? open_in_editor(s, path_join(v.root, rel), s.vault_prefix() + rel)
                              : kExitOk;
}

/// Writes the review into its periodic note: a new note from the user's
/// template with the review at its end, or the review added at the end of
/// the note that is there, which must not have changed since it was read.
int write_periodic_review(Session& s, const Loaded& l, const PeriodicNoteSetting& p,
                          const PeriodicTarget& t, const std::string& review,
                          const NewNoteOptions& o) {
  const std::string section = review_section(review, t.heading);
  const std::string shown = s.vault_prefix() + t.rel;
  if (!t.exists) {
    std::string text = periodic_note_start(s, l, p, t.rel), separator;
    section_offset(text, &separator);
    return write_new_review(s, l.vault, t.rel, text + separator + section, section, o);
  }
  std::string separator;
  const std::size_t at = section_offset(t.text, &separator);
  if (o.dry_run) {
    s.io.out << separator << section;
    return kExitOk;
  }
  const EditResult r =
      insert_into_note(s.io.fs, l.vault.root, t.rel, t.text, at, separator + section);
  if (r.status != EditStatus::Edited) {
    s.error("cannot add the review to " + shown + ": " + r.error);
    keep_answers(s, section);
    return kExitUsage;
  }
  s.io.out << shown << '\n';
  return o.edit ? open_in_editor(s, r.path, shown) : kExitOk;
}

}  // namespace

int run_review(Session& s, const ReviewOptions& o, Prompter* prompter) {
  bool period_ok = true;
  const std::optional<ReviewPeriod> period = period_option(s, o, &period_ok);
  if (!period_ok) return kExitUsage;
  const Cadence cadence = period ? period->cadence : o.cadence.value_or(Cadence::Quarterly);
  // Without a terminal nobody can answer: say how to run it from a script
  // before loading anything.
  const bool scripted = o.answers.has_value() || o.no_input;
  if (!prompter && !scripted && !s.io.in_is_tty) {
    s.error(
        "goals review asks its questions on a terminal; without one, give the answers with "
        "--answers FILE or leave them empty with --no-input");
    return kExitUsage;
  }
  const std::optional<Loaded> l = s.load();
  if (!l) return kExitUsage;
  if (period && period->first > l->today) {
    s.error("--period: " + period->str() + " has not begun yet (today is " + l->today.str() + ")");
    return kExitUsage;
  }
  // The day the review is written as of: today, or for a past period its
  // last day (a quarterly review's: its sprint's end), the day it was due.
  // Its name, date, facts and periodic note are that day's.
  Date as_of = period ? std::min(l->today, period->last) : l->today;
  const std::optional<int> sprint = reviewed_sprint(s, *l, o, cadence, period, as_of);
  if (!sprint) return kExitUsage;
  if (period && cadence == Cadence::Quarterly && *sprint >= 0 && l->graph.nodes[*sprint].end)
    as_of = std::min(l->today, *l->graph.nodes[*sprint].end);

  const PeriodicNoteSetting* periodic = l->vault.config.periodic_reviews.of(cadence);
  std::optional<PeriodicTarget> target;
  if (periodic) {
    // A past ISO week's note is the one holding its Thursday: with the
    // plugin's locale weeks (from Sunday) that is the note covering most
    // of it, as `goals status` counts it.
    const bool past_week = period && cadence == Cadence::Weekly && period->last < l->today;
    target =
        periodic_target(s, *l, *periodic, cadence, past_week ? period->first.add_days(3) : as_of);
    if (!target) return kExitUsage;
  }
  const std::string rel =
      target ? target->rel
             : new_note_path(l->vault, "reviews", review_title(l->graph, cadence, *sprint, as_of));
  const std::string abs = path_join(l->vault.root, rel);
  // Refuse before any question is asked, so no typed answer is lost to an
  // existing note. A dry run writes nothing, so it only warns.
  if (!target && exists(s.io.fs, abs)) {
    if (!o.note.dry_run) {
      s.error("'" + s.vault_prefix() + rel + "' already exists; it is never overwritten");
      return kExitUsage;
    }
    s.io.err << "goals: note: '" << s.vault_prefix() << rel
             << "' already exists; without --dry-run the review would be refused\n";
  }

  const std::optional<std::string> rendered =
      render_note(s, l->vault, review_template_name(cadence),
                  review_facts(l->vault, l->graph, cadence, *sprint, as_of, rel,
                               target ? periodic_note_date(*periodic, target->rel) : std::nullopt));
  if (!rendered) return kExitUsage;
  const std::vector<std::string> lines = split_lines(*rendered);
  std::string intro;
  const std::vector<Question> questions = find_questions(*rendered, l->vault.config, lines, &intro);

  std::vector<std::string> scripted_answers;
  if (o.answers) {
    std::optional<std::vector<std::string>> a = answers_from_file(s, *o.answers, questions);
    if (!a) return kExitUsage;
    scripted_answers = std::move(*a);
  }
  std::unique_ptr<Prompter> owned;
  if (!prompter) {
    if (scripted)
      owned = std::make_unique<ScriptedPrompter>(scripted_answers);
    else
      owned = make_terminal_prompter(stdin, stderr);
    prompter = owned.get();
  }
  const std::optional<std::vector<std::string>> answers = ask_questions(
      s, *prompter, *sprint >= 0 ? sprint_progress(l->graph, *sprint) : "", intro, questions);
  if (!answers) {
    const int stop = stop_code(*prompter);
    return stop != kExitOk ? stop : kExitUsage;
  }
  const std::string note = fill_answers(lines, questions, *answers);

  const bool interactive = !scripted;
  if (target) {
    const int code = write_periodic_review(s, *l, *periodic, *target, note, o.note);
    if (code != kExitOk || o.note.dry_run) return code;
    return after_prompts(
        *prompter, follow_up_review(s, *l, cadence, *sprint, *prompter, interactive, o.follow_up));
  }
  // The note may have appeared while the questions were answered (a sync,
  // another window): the answers are kept then too, as on any failure.
  int code = write_new_review(s, l->vault, rel, note, note, o.note);
  if (code != kExitOk || o.note.dry_run) return code;
  code = after_prompts(
      *prompter, follow_up_review(s, *l, cadence, *sprint, *prompter, interactive, o.follow_up));
  if (code != kExitOk) return code;
  if (cadence != Cadence::Quarterly) {
    say_next(s, {"goals status"});
    return code;
  }
  Diagnostics ignored;
  return after_prompts(*prompter,
                       offer_next_sprint(s, *l, parse_note(note, rel, l->vault.config, &ignored),
                                         *prompter, o.note, interactive, o.follow_up));
}

void setup_review(CLI::App& app, Runner* run) {
  auto o = std::make_shared<ReviewOptions>();
  CLI::App* sub = app.add_subcommand(
      "review", "Guided review: shows the sprint's progress, asks the questions, writes the note");
  sub->footer(
      "Each answer ends with an empty line. Ctrl-C before the last answer writes nothing and "
      "exits 130 (Ctrl-D: 2), printing the answers given so far. Without a terminal, use --answers "
      "FILE (YAML: question text or "
      "number -> answer) or --no-input. `goals status` lists the reviews you missed, each with "
      "its --period.");
  add_choice(sub, "--cadence", &o->cadence,
             "quarterly (default, or --period's), monthly or weekly");
  sub->add_option("--period", o->period,
                  "Review a past (or the current) week YYYY-Www, month YYYY-MM or quarter "
                  "YYYY-Qn, as of its last day; sets --cadence");
  sub->add_option("--sprint", o->sprint,
                  "The sprint to review (default: for a quarterly review the one ending now or "
                  "last ended, else the current one)");
  auto* answers = sub->add_option(
      "--answers", o->answers,
      "Answer from a YAML file instead of the terminal: keys are questions or their numbers");
  sub->add_flag("--no-input", o->no_input, "Ask nothing: leave every answer empty")
      ->excludes(answers);
  sub->add_flag(
      "--mark-reviewed", o->follow_up.mark_reviewed,
      "Afterwards set reviewed: to today on the goals the review covered, without asking");
  sub->add_flag("-y,--yes", o->follow_up.yes,
                "Afterwards say yes to every offer: reviewed:, done goals, the next sprint, new "
                "deadlines for carried goals (the sprint's end)");
  add_new_note_flags(sub, &o->note);
  sub->callback([o, run] { *run = [o](Session& s) { return run_review(s, *o, nullptr); }; });
}

}  // namespace goals
