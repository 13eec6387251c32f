// `goals review` end to end on a real pseudo-terminal: the real binary asks
// its questions through libedit while the test types the answers, then the
// written note (or its absence, after Ctrl-C or Ctrl-D) is checked.
#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "pty_session.h"

namespace {

using goals_test::PtySession;

namespace fs = std::filesystem;

void write_file(const fs::path& p, const std::string& text) {
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << text;
}

std::string read_file(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

/// A small vault in a fresh temp folder: one goal, a 2026-Q4 sprint half done.
struct TempVault {
  fs::path root;
  TempVault() {
    std::string tmpl = (fs::temp_directory_path() / "goals-review-pty-XXXXXX").string();
    root = mkdtemp(tmpl.data());
    fs::create_directories(root / ".obsidian");
    write_file(root / "Goals/Mentor.md",
               "---\ntype: goal\nhorizon: short\nmetric: two mentees with a plan\n"
               "deadline: 2026-12-31\n---\n# Mentor two engineers\n");
    write_file(root / "Sprints/2026-Q4.md",
               "---\ntype: sprint\nquarter: 2026-Q4\n---\n"
               "## Goal 1: [[Mentor]]\n"
               "- [x] Week 1-4: Pick the mentees ✅ 2026-10-20\n"
               "- [ ] Week 5-8: Write the plans 📅 2026-11-26\n"
               "- Success metric: two mentees with a plan\n");
  }
  ~TempVault() {
    std::error_code ec;
    fs::remove_all(root, ec);
  }
};

std::vector<std::string> review_args(const TempVault& v) {
  return {"--vault", v.root.string(), "--today", "2026-12-20", "--color", "never", "review"};
}

/// Types `lines` as one answer at the current question, then the empty line that ends it.
void answer(PtySession& s, const std::vector<std::string>& lines) {
  for (const std::string& l : lines) {
    ASSERT_TRUE(s.wait_for("> ")) << s.seen();
    s.type(l + "\r");
  }
  ASSERT_TRUE(s.wait_for("> ")) << s.seen();
  s.type("\r");
}

TEST(ReviewPty, AnswersTypedOnTheTerminalLandUnderTheirQuestions) {
  TempVault v;
  PtySession s(review_args(v), v.root);
  ASSERT_TRUE(s.started());
  ASSERT_TRUE(s.wait_for("Mentor two engineers: 1/2 milestones done")) << s.seen();
  ASSERT_TRUE(s.wait_for("Question 1 of 5")) << s.seen();
  answer(s, {"Set up two mentorships."});
  ASSERT_TRUE(s.wait_for("Question 2 of 5")) << s.seen();
  answer(s, {"Picked the mentees.", "One plan written."});
  for (int q = 3; q <= 5; ++q) {
    ASSERT_TRUE(s.wait_for("Question " + std::to_string(q) + " of 5")) << s.seen();
    answer(s,
           q == 5 ? std::vector<std::string>{"[[Mentor]] once more"} : std::vector<std::string>{});
  }
  // Then the goals it covered are marked reviewed, the late milestone is
  // moved with a reason, and the next sprint, offered because the last
  // answer links a goal, is taken; the carried goal, due before it starts,
  // gets a new deadline.
  ASSERT_TRUE(
      s.wait_for("Record today as reviewed: on the 1 goal this review covered (Mentor two "
                 "engineers)? [y/N]"))
      << s.seen();
  s.type("y\r");
  ASSERT_TRUE(
      s.wait_for("'Week 5-8: Write the plans' was due 2026-11-26: [d]one, [m]ove, d[r]op "
                 "or [s]kip?"))
      << s.seen();
  s.type("m\r");
  ASSERT_TRUE(s.wait_for("New date (YYYY-MM-DD):")) << s.seen();
  s.type("2027-01-15\r");
  ASSERT_TRUE(s.wait_for("Why (optional):")) << s.seen();
  s.type("mentee on leave\r");
  ASSERT_TRUE(s.wait_for("from the goals linked in your last answer (Mentor two engineers)? [y/N]"))
      << s.seen();
  s.type("y\r");
  ASSERT_TRUE(s.wait_for("'Mentor two engineers' was due 2026-12-31; its new deadline"))
      << s.seen();
  s.type("2027-03-31\r");
  EXPECT_EQ(s.finish(), 0) << s.seen();
  const std::string goal = read_file(v.root / "Goals/Mentor.md");
  EXPECT_NE(goal.find("\ndeadline: 2027-03-31\n"), std::string::npos) << goal;
  EXPECT_NE(goal.find("\nreviewed: 2026-12-20\n"), std::string::npos) << goal;
  EXPECT_NE(goal.find("- 2026-12-20: deadline moved from 2026-12-31 to 2027-03-31: carried into "
                      "2027-Q1\n"),
            std::string::npos)
      << goal;
  const std::string old_sprint = read_file(v.root / "Sprints/2026-Q4.md");
  EXPECT_NE(old_sprint.find("- [ ] Week 5-8: Write the plans 📅 2027-01-15\n\t- Moved 2026-12-20 "
                            "from 2026-11-26 to 2027-01-15: mentee on leave\n"),
            std::string::npos)
      << old_sprint;
  const fs::path note = v.root / "Reviews/2026-Q4 Review.md";
  EXPECT_NE(s.seen().find(note.string()), std::string::npos) << s.seen();
  const std::string sprint = read_file(v.root / "Sprints/2027-Q1.md");
  EXPECT_NE(sprint.find("## Goal 1: [[Mentor]]"), std::string::npos) << sprint;
  const std::string text = read_file(note);
  const std::size_t a1 = text.find("\nSet up two mentorships.\n");
  const std::size_t a2 = text.find("\nPicked the mentees.\nOne plan written.\n");
  const std::size_t a5 = text.find("\n[[Mentor]] once more\n");
  ASSERT_NE(a1, std::string::npos) << text;
  ASSERT_NE(a2, std::string::npos) << text;
  ASSERT_NE(a5, std::string::npos) << text;
  EXPECT_LT(a1, a2);
  EXPECT_LT(a2, a5);
  // Each answer sits under its own question: between it and the answer, no other question.
  std::vector<std::size_t> headings;
  for (std::size_t at = text.find("\n## "); at != std::string::npos;
       at = text.find("\n## ", at + 1))
    headings.push_back(at);
  ASSERT_EQ(headings.size(), 5u) << text;
  EXPECT_TRUE(headings[0] < a1 && a1 < headings[1]) << text;
  EXPECT_TRUE(headings[1] < a2 && a2 < headings[2]) << text;
  EXPECT_LT(headings[4], a5) << text;
}

void expect_nothing_written(PtySession& s, const TempVault& v, int code) {
  EXPECT_EQ(s.finish(), code) << s.seen();
  EXPECT_NE(s.seen().find("no review written"), std::string::npos) << s.seen();
  EXPECT_FALSE(fs::exists(v.root / "Reviews")) << s.seen();
}

TEST(ReviewPty, CtrlCMidwayWritesNothingAndSaysSo) {
  TempVault v;
  PtySession s(review_args(v), v.root);
  ASSERT_TRUE(s.started());
  ASSERT_TRUE(s.wait_for("Question 1 of 5")) << s.seen();
  answer(s, {"Set up two mentorships."});
  ASSERT_TRUE(s.wait_for("Question 2 of 5")) << s.seen();
  ASSERT_TRUE(s.wait_for("> ")) << s.seen();
  s.type("half an answer\r");
  ASSERT_TRUE(s.wait_for("> ")) << s.seen();
  s.type("\x03");
  expect_nothing_written(s, v, 130);
  EXPECT_NE(s.seen().find("interrupted at question 2"), std::string::npos) << s.seen();
  // The finished answer is kept on stderr, so nothing typed is lost.
  EXPECT_NE(s.seen().find("here it is, so no answer is lost:\r\n## "), std::string::npos)
      << s.seen();
  EXPECT_NE(s.seen().find("\r\n\r\nSet up two mentorships.\r\n"), std::string::npos) << s.seen();
}

// Shells expect 128 + the signal: 130 after Ctrl-C, 143 after SIGTERM.
TEST(ReviewPty, CtrlCAtTheFirstQuestionExits130) {
  TempVault v;
  PtySession s(review_args(v), v.root);
  ASSERT_TRUE(s.started());
  ASSERT_TRUE(s.wait_for("Question 1 of 5")) << s.seen();
  ASSERT_TRUE(s.wait_for("> ")) << s.seen();
  s.type("\x03");
  expect_nothing_written(s, v, 130);
  EXPECT_NE(s.seen().find("goals: interrupted at question 1; no review written\r\n"),
            std::string::npos)
      << s.seen();
  EXPECT_EQ(s.seen().find("no answer is lost"), std::string::npos) << s.seen();
}

TEST(ReviewPty, SigtermWhileAskingExits143) {
  TempVault v;
  PtySession s(review_args(v), v.root);
  ASSERT_TRUE(s.started());
  ASSERT_TRUE(s.wait_for("Question 1 of 5")) << s.seen();
  ASSERT_TRUE(s.wait_for("> ")) << s.seen();
  s.type("");  // waits for libedit to read keys: the handler is in place by then
  s.signal(SIGTERM);
  expect_nothing_written(s, v, 143);
}

TEST(ReviewPty, CtrlDMidwayWritesNothingAndSaysSo) {
  TempVault v;
  PtySession s(review_args(v), v.root);
  ASSERT_TRUE(s.started());
  ASSERT_TRUE(s.wait_for("Question 1 of 5")) << s.seen();
  ASSERT_TRUE(s.wait_for("> ")) << s.seen();
  s.type("\x04");
  expect_nothing_written(s, v, 2);
  EXPECT_NE(s.seen().find("input ended at question 1"), std::string::npos) << s.seen();
}

}  // namespace
