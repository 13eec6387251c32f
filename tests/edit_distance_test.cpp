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

TEST(NearestWord, SuggestsOnlyWhatIsNear) {
  const std::vector<std::string> commands = {"lint", "list", "status", "show", "new"};
  EXPECT_EQ(goals::nearest_word("lsit", commands), "list");  // a swap
  EXPECT_EQ(goals::nearest_word("lnit", commands), "lint");
  EXPECT_EQ(goals::nearest_word("stat", commands), "status");  // a prefix
  EXPECT_EQ(goals::nearest_word("sh", commands), "show");      // the first it starts
  EXPECT_EQ(goals::nearest_word("frobnicate", commands), "");
  EXPECT_EQ(goals::nearest_word("s", commands), "");  // one letter says nothing
  const std::vector<std::string> shells = {"bash", "zsh", "fish"};
  EXPECT_EQ(goals::nearest_word("tcsh", shells), "");  // two of four letters changed
  EXPECT_EQ(goals::nearest_word("bsah", shells), "bash");
  EXPECT_EQ(goals::nearest_word("--tpye", std::vector<std::string>{"--type", "--tag"}), "--type");
}
