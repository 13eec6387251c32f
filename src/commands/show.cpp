#include "commands/command.h"
#include "goals/passes/query.h"
#include "render/notes.h"

namespace goals {

namespace {

struct ShowOptions {
  std::string note;
  TextFormat format = TextFormat::Text;
};

int run_show(Session& s, const ShowOptions& o) {
  const std::optional<Loaded> l = s.load();
  if (!l) return kExitUsage;
  const int n = l->vault.find_note(o.note);
  if (n < 0) {
    s.error(no_note_message(s, "", o.note, WantedNote::Goal));
    return kExitUsage;
  }
  const NoteDetails d = note_details(l->vault, l->graph, n);
  switch (o.format) {
    case TextFormat::Json:
      s.io.out << json_text(show_json(l->vault, l->graph, d, l->today), 2) << '\n';
      break;
    case TextFormat::Text:
      render_show_text(s.io.out, l->vault, l->graph, d, l->today, Style{s.color_out()},
                       s.width_out());
      break;
  }
  return kExitOk;
}

}  // namespace

void setup_show(CLI::App& app, Runner* run) {
  auto o = std::make_shared<ShowOptions>();
  CLI::App* sub =
      app.add_subcommand("show", "Show one note: properties, parents, sprints, milestones");
  completes(sub->add_option("note", o->note, "Note path or name, as in a [[link]]"),
            ValueKind::Note)
      ->required();
  add_choice(sub, "--format", &o->format, "text (default) or json");
  sub->callback([o, run] { *run = [o](Session& s) { return run_show(s, *o); }; });
}

}  // namespace goals
