// The pager end to end: the real binary on a pseudo-terminal pages `goals
// lint` through GOALS_PAGER as git pages its output, keeps lint's exit code,
// and says nothing when the pager is gone before the output is written.
#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <string>
#include <vector>

#include "pty_session.h"

namespace {

using goals_test::PtySession;

std::vector<std::string> lint_args() {
  return {"--vault", std::string(GOALS_SOURCE_DIR) + "/examples/engineering-manager",
          "--today", "2026-11-22",
          "--color", "never",
          "lint"};
}

TEST(PagerPty, LintOnATerminalGoesThroughThePagerAndKeepsItsExitCode) {
  // A pager that shows what less would be told, then marks every line it pages.
  PtySession s(lint_args(), std::filesystem::temp_directory_path(),
               {"GOALS_PAGER=echo \"LESS=$LESS LV=$LV\"; sed 's/^/paged| /'"});
  ASSERT_TRUE(s.started());
  EXPECT_EQ(s.finish(), 1) << s.seen();
  EXPECT_NE(s.seen().find("LESS=FRX LV=-c\r\n"), std::string::npos) << s.seen();
  EXPECT_NE(s.seen().find("paged| Goals/Get better at leadership.md:12:1: warning: goal \"Get "
                          "better at leadership\" is vague"),
            std::string::npos)
      << s.seen();
  EXPECT_NE(s.seen().find("paged| 8 warnings, 2 infos in 8 notes\r\n"), std::string::npos)
      << s.seen();
}

TEST(PagerPty, NoPagerWritesStraightToTheTerminal) {
  std::vector<std::string> args = lint_args();
  args.push_back("--no-pager");
  PtySession s(args, std::filesystem::temp_directory_path(), {"GOALS_PAGER=sed 's/^/paged| /'"});
  ASSERT_TRUE(s.started());
  EXPECT_EQ(s.finish(), 1) << s.seen();
  EXPECT_EQ(s.seen().find("paged| "), std::string::npos) << s.seen();
  EXPECT_NE(s.seen().find("\r\n8 warnings, 2 infos in 8 notes\r\n"), std::string::npos) << s.seen();
}

// A pager quit before the output is all written (q in less) ends the run
// quietly: no error about a broken pipe, whether or not the write failed.
TEST(PagerPty, APagerQuitEarlyEndsTheRunQuietly) {
  PtySession s(lint_args(), std::filesystem::temp_directory_path(),
               {"GOALS_PAGER=echo pager gone; exit 0"});
  ASSERT_TRUE(s.started());
  const int code = s.finish();
  EXPECT_TRUE(code == 1 || code == -1) << code;  // -1: SIGPIPE, as git dies of it
  EXPECT_NE(s.seen().find("pager gone"), std::string::npos) << s.seen();
  EXPECT_EQ(s.seen().find("goals:"), std::string::npos) << s.seen();
}

}  // namespace
