#include <algorithm>
#include <cctype>

#include "commands/command.h"
#include "goals/passes/status.h"
#include "goals/support/text.h"
#include "render/status.h"

namespace goals {

namespace {

struct StatusOptions {
  TextFormat format = TextFormat::Text;
};

/// Whether the locale says the terminal takes UTF-8 (LC_ALL, else
/// LC_CTYPE, else LANG, as setlocale reads them).
bool utf8_locale(const Io& io) {
  for (const char* var : {"LC_ALL", "LC_CTYPE", "LANG"}) {
    const std::optional<std::string> v = io.getenv(var);
    if (!v || v->empty()) continue;
    const std::string lower = ascii_lower(*v);
    return lower.find("utf-8") != std::string::npos || lower.find("utf8") != std::string::npos;
  }
  return false;
}

int run_status(Session& s, const StatusOptions& o) {
  const std::optional<Loaded> l = s.load();
  if (!l) return kExitUsage;
  const StatusReport report = status_report(l->vault, l->graph, l->today, make_rules());
  switch (o.format) {
    case TextFormat::Json:
      s.io.out << json_text(status_json(l->vault, l->graph, report), 2) << '\n';
      return kExitOk;
    case TextFormat::Text:
      break;
  }
  const bool color = s.color_out();
  // Bars and tree lines need a UTF-8 terminal; without colour the output is
  // going to a file, a pipe or a plain terminal, where ASCII is the safe bet.
  const bool unicode = color && !s.options.ascii && utf8_locale(s.io);
  render_status_text(s.io.out, l->vault, l->graph, report, unicode, Style{color},
                     s.width_out().columns);
  return kExitOk;
}

}  // namespace

int run_default_status(Session& s) { return run_status(s, StatusOptions{}); }

void setup_status(CLI::App& app, Runner* run) {
  auto o = std::make_shared<StatusOptions>();
  CLI::App* sub = app.add_subcommand(
      "status",
      "Where the quarter stands: sprint progress, due and overdue milestones, the goal tree");
  sub->footer(
      "Also what `goals` runs on its own inside a vault. Colour and Unicode bars on a UTF-8 "
      "terminal; plain ASCII with --ascii, --color never, NO_COLOR, or when piped.");
  add_choice(sub, "--format", &o->format, "text (default) or json");
  sub->callback([o, run] { *run = [o](Session& s) { return run_status(s, *o); }; });
}

}  // namespace goals
