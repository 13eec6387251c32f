#include "render/wins.h"
#include "commands/command.h"
#include "goals/passes/timeline.h"

namespace goals {

namespace {

struct WinsOptions {
  std::optional<std::string> since;
  NoteFormat format = NoteFormat::Markdown;
  bool links = false;
};

int run_wins(Session& s, const WinsOptions& o) {
  bool ok = true;
  const std::optional<Date> since = parse_date_flag(s, o.since, "--since", &ok);
  if (!ok) return kExitUsage;
  if (o.links && o.format != NoteFormat::Markdown) {
    s.error("--links goes with --format markdown");
    return kExitUsage;
  }
  const std::optional<Loaded> l = s.load();
  if (!l) return kExitUsage;
  const GoalGraph& g = l->graph;

  WinsPeriod period;
  period.until = l->today;
  period.since = since;
  if (!since) {
    // What was done since the quarter was last looked back on: the wins the
    // next review and the resume do not have yet.
    period.review = last_review(g, Cadence::Quarterly, l->today);
    if (period.review >= 0) period.since = review_day(g, period.review);
  }
  render_wins(s.io.out, l->vault, g, wins_between(l->vault, g, period.since, l->today), period,
              o.format, o.links);
  return kExitOk;
}

}  // namespace

void setup_wins(CLI::App& app, Runner* run) {
  auto o = std::make_shared<WinsOptions>();
  CLI::App* sub = app.add_subcommand(
      "wins", "Accomplishments for the resume: finished goals and milestones, newest first");
  completes(
      sub->add_option("--since", o->since,
                      "Wins on or after DATE (default: the day of the last quarterly review; every "
                      "win when there is none)"),
      ValueKind::Date);
  add_choice(sub, "--format", &o->format, "markdown (default) or json");
  sub->add_flag("--links", o->links,
                "Name goals as [[wiki-links]] to their notes, for pasting into a note (default: "
                "plain words, for a resume)");
  sub->callback([o, run] { *run = [o](Session& s) { return run_wins(s, *o); }; });
}

}  // namespace goals
