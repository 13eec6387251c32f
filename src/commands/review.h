/// `goals review`: the guided review, callable with any Prompter (tests).
#pragma once

#include <optional>
#include <string>

#include "commands/command.h"
#include "commands/new_note.h"
#include "io/prompt.h"

namespace goals {

struct ReviewOptions {
  std::optional<Cadence> cadence;      ///< --cadence; nullopt: --period's, else quarterly
  std::optional<std::string> period;   ///< --period YYYY-Www | YYYY-MM | YYYY-Qn
  std::optional<std::string> sprint;   ///< --sprint NOTE
  std::optional<std::string> answers;  ///< --answers FILE
  bool no_input = false;
  NewNoteOptions note;  ///< --dry-run, --edit
};

/// Runs the review. `prompter` asks the questions; nullptr picks one from
/// the options and the terminal (answers file, empty answers, or libedit).
int run_review(Session& s, const ReviewOptions& o, Prompter* prompter);

}  // namespace goals
