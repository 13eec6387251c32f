#include "commands/new_note.h"

namespace goals {

// TODO(stub): `goals new review` is being written.
void setup_new_review(CLI::App& parent, Runner* run) {
  (void)parent;
  (void)run;
}

}  // namespace goals
