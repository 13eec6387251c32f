#include "support/edit_distance.h"

#include <gtest/gtest.h>

namespace goals {
namespace {

TEST(EditDistance, CountsInsertionsDeletionsSubstitutionsAndSwaps) {
  EXPECT_EQ(edit_distance("", ""), 0u);
  EXPECT_EQ(edit_distance("list", "list"), 0u);
  EXPECT_EQ(edit_distance("lis", "list"), 1u);
  EXPECT_EQ(edit_distance("lists", "list"), 1u);
  EXPECT_EQ(edit_distance("lint", "list"), 1u);
  EXPECT_EQ(edit_distance("lsit", "list"), 1u);  // a swap is one step
  EXPECT_EQ(edit_distance("lsit", "lint"), 2u);
  EXPECT_EQ(edit_distance("", "abc"), 3u);
  EXPECT_EQ(edit_distance("vauge-goal", "vague-goal"), 1u);
}

}  // namespace
}  // namespace goals
