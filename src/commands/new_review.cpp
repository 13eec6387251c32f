#include <memory>

#include "commands/review.h"

namespace goals {

// `goals new review` is `goals review` asking nothing: the note with its
// questions and the facts, for answering in the editor.
void setup_new_review(CLI::App& parent, Runner* run) {
  auto o = std::make_shared<ReviewOptions>();
  o->no_input = true;
  CLI::App* sub = parent.add_subcommand(
      "review", "Write a review note with its questions and the sprint's facts filled in");
  add_choice(sub, "--cadence", &o->cadence,
             "quarterly (default, or --period's), monthly or weekly");
  sub->add_option("--period", o->period,
                  "A past (or the current) period, as of its last day: YYYY-Www, YYYY-MM or "
                  "YYYY-Qn; it implies --cadence");
  sub->add_option("--sprint", o->sprint,
                  "The sprint reviewed (default: the one ending or just ended for a quarterly "
                  "review, the current one otherwise)");
  add_new_note_flags(sub, &o->note);
  sub->callback([o, run] { *run = [o](Session& s) { return run_review(s, *o, nullptr); }; });
}

}  // namespace goals
