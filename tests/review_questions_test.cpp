// The one definition of a review's questions (note.h), shared by `goals review`
// and lint's unanswered-review.
#include <gtest/gtest.h>

#include "goals/parse/note.h"

namespace goals {
namespace {

Heading heading(int level, std::string text) {
  Heading h;
  h.level = level;
  h.text = std::move(text);
  return h;
}

TEST(ReviewQuestions, LeafHeadingsButTheTitleAndEmptyOnes) {
  const std::vector<Heading> hs = {heading(1, "Review"),  heading(2, "Wins"), heading(3, "Big"),
                                   heading(3, "Small"),   heading(2, ""),     heading(2, "Next"),
                                   heading(1, "Appendix")};
  EXPECT_EQ(review_questions(hs), (std::vector<std::size_t>{2, 3, 5, 6}));
  EXPECT_EQ(review_questions({heading(2, "Only")}), (std::vector<std::size_t>{0}));
  EXPECT_TRUE(review_questions({}).empty());
}

}  // namespace
}  // namespace goals
