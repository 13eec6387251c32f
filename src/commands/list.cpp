#include "commands/command.h"
#include "goals/passes/query.h"
#include "render/notes.h"

namespace goals {

namespace {

struct ListOptions {
  std::vector<std::string> types, statuses, horizons, tags;
  std::optional<std::string> due_before, due_after, linked_to;
  bool orphan = false;
  ListFilter::Sort sort = ListFilter::Sort::Path;
  std::optional<ListFormat> format;
  bool nul = false;
  bool why = false;
};

/// The values of a repeatable, comma-separated `flag` (`--status done,dropped`);
/// `allowed` are the words as users type them, for the error.
template <class E>
bool parse_enum_list(Session& s, const std::vector<std::string>& values, const char* flag,
                     std::vector<E>* out, std::vector<std::string> allowed = words_of<E>()) {
  for (const std::string& v : split_values(values)) {
    // The command line calls NoteType::Plain `note`.
    const std::optional<E> e = from_word<E>(v == "note" ? "plain" : v);
    if (!e || v == "plain") {
      s.error(std::string(flag) + ": " + not_one_of(v, allowed));
      return false;
    }
    out->push_back(*e);
  }
  return true;
}

/// `--type`'s words: a plain note is `note` on the command line.
std::vector<std::string> type_words() {
  std::vector<std::string> words = words_of<NoteType>();
  std::replace(words.begin(), words.end(), std::string("plain"), std::string("note"));
  words.push_back("all");
  return words;
}

int run_list(Session& s, const ListOptions& o) {
  ListFilter f;
  bool ok = true;
  std::vector<std::string> types = split_values(o.types);
  for (auto it = types.begin(); it != types.end();) {
    if (*it == "all") {
      f.all_types = true;
      it = types.erase(it);
    } else {
      ++it;
    }
  }
  ok = ok && parse_enum_list(s, types, "--type", &f.types, type_words());
  ok = ok && parse_enum_list(s, o.statuses, "--status", &f.statuses);
  ok = ok && parse_enum_list(s, o.horizons, "--horizon", &f.horizons);
  f.tags = split_values(o.tags);
  f.due_before = parse_date_flag(s, o.due_before, "--due-before", &ok);
  f.due_after = parse_date_flag(s, o.due_after, "--due-after", &ok);
  f.orphan = o.orphan;
  f.sort = o.sort;
  ListFormat format = o.format.value_or(ListFormat::Text);
  if (o.nul) {
    if (o.format && format != ListFormat::Paths) {
      s.error("-0 goes with --format paths");
      return kExitUsage;
    }
    format = ListFormat::Paths;
  }
  if (!ok) return kExitUsage;

  const Vault* v = s.vault();
  if (!v) return kExitUsage;
  const GoalGraph& g = *s.graph();
  if (o.linked_to) {
    f.linked_to = v->find_note(*o.linked_to);
    if (f.linked_to < 0) {
      s.error(no_note_message(s, "--linked-to", *o.linked_to, WantedNote::Goal));
      return kExitUsage;
    }
  }
  // Paths print as `find` prints them: below the vault folder as it was named,
  // or relative to the working directory when the vault was found by walking up.
  const std::string prefix = s.vault_prefix();
  auto display = [&](const std::string& rel) { return prefix + rel; };
  render_list(s.io.out, *v, g, select_notes(*v, g, f), format, o.nul, Style{s.color_out()}, display,
              o.why);
  return kExitOk;
}

}  // namespace

void setup_list(CLI::App& app, Runner* run) {
  auto o = std::make_shared<ListOptions>();
  CLI::App* sub = app.add_subcommand("list", "List goals, sprints, reviews and visions");
  sub->add_option("--type", o->types,
                  "vision, goal, sprint, review, note (a plain note) or all; repeat or use commas");
  sub->add_option("--status", o->statuses, "active, planned, paused, done or dropped");
  sub->add_option("--horizon", o->horizons, "long, medium or short");
  sub->add_option("--tag", o->tags, "Only notes with this tag (nested tags match too)");
  completes(sub->add_option("--due-before", o->due_before, "Only notes due before DATE"),
            ValueKind::Date);
  completes(sub->add_option("--due-after", o->due_after, "Only notes due after DATE"),
            ValueKind::Date);
  completes(sub->add_option("--linked-to", o->linked_to, "Only notes linking to NOTE"),
            ValueKind::Note);
  sub->add_flag("--orphan", o->orphan, "Only goals that reach no long-term goal or vision");
  add_choice(sub, "--sort", &o->sort, "path (default), title or deadline");
  add_choice(sub, "--format", &o->format, "text (default), json, jsonl, tsv or paths");
  sub->add_flag("-0,--null", o->nul, "Print paths ending in NUL, for xargs -0");
  sub->add_flag("--why", o->why,
                "Say what made each note its kind: its type, a classify rule, Periodic Notes");
  sub->callback([o, run] { *run = [o](Session& s) { return run_list(s, *o); }; });
}

}  // namespace goals
