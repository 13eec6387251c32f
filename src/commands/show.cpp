#include "commands/command.h"
#include "goals/passes/query.h"
#include "render/notes.h"

namespace goals {

namespace {

struct ShowOptions {
  std::string note;
  std::string format = "text";
};

int run_show(Session& s, const ShowOptions& o) {
  auto today = s.today();
  if (!today) return kExitUsage;
  const Vault* v = s.vault();
  if (!v) return kExitUsage;
  const int n = v->find_note(o.note);
  if (n < 0) {
    s.error("no note named '" + o.note + "' in vault '" + s.vault_name() + "'");
    return kExitUsage;
  }
  const NoteDetails d = note_details(*v, *s.graph(), n);
  if (o.format == "json")
    s.io.out << json_text(show_json(*v, *s.graph(), d, *today), 2) << '\n';
  else
    render_show_text(s.io.out, *v, *s.graph(), d, *today, Style{s.color_out()});
  return kExitOk;
}

}  // namespace

void setup_show(CLI::App& app, Runner* run) {
  auto o = std::make_shared<ShowOptions>();
  CLI::App* sub =
      app.add_subcommand("show", "Show one note: properties, parents, sprints, milestones");
  sub->add_option("note", o->note, "Note path or name, as in a [[link]]")->required();
  sub->add_option("--format", o->format, "text (default) or json")
      ->check(CLI::IsMember({"text", "json"}));
  sub->callback([o, run] { *run = [o](Session& s) { return run_show(s, *o); }; });
}

}  // namespace goals
