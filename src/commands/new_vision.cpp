#include <memory>

#include "commands/new_note.h"
#include "goals/passes/plan.h"
#include "goals/write/scaffold.h"

namespace goals {

namespace {

struct NewVisionOptions {
  std::string title = "My north star";
  NewNoteOptions note;
};

int run_new_vision(Session& s, const NewVisionOptions& o) {
  const std::optional<Loaded> l = s.load();
  if (!l) return kExitUsage;
  if (!check_title(s, o.title)) return kExitUsage;
  const std::optional<std::string> text =
      render_note(s, l->vault, "vision", vision_template_data(o.title, l->today));
  if (!text) return kExitUsage;
  const int code =
      write_new_note(s, l->vault, new_note_path(l->vault, "vision", o.title), *text, o.note);
  if (code == kExitOk && !o.note.dry_run)
    say_next(s,
             {"goals new goal \"A long-term goal\" --horizon long --parent \"" + o.title + "\""});
  return code;
}

}  // namespace

void setup_new_vision(CLI::App& parent, Runner* run) {
  auto o = std::make_shared<NewVisionOptions>();
  CLI::App* sub = parent.add_subcommand(
      "vision", "Write the north-star note, with prompts for the narrative and values");
  sub->add_option("title", o->title, "Its title (default: \"My north star\")");
  add_new_note_flags(sub, &o->note);
  sub->callback([o, run] { *run = [o](Session& s) { return run_new_vision(s, *o); }; });
}

}  // namespace goals
