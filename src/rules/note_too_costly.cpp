/// `note-too-costly`: a note would cost the Markdown parser more than it can afford.
#include "rules/rule.h"

namespace goals {
namespace {

class NoteTooCostly : public LoaderRule {
 public:
  NoteTooCostly() : LoaderRule(findings::kNoteTooCostly, "a note costs too much to read in full") {}
};

}  // namespace

GOALS_RULE(NoteTooCostly)

}  // namespace goals
