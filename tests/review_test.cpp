// `goals review` in-process: the answers file, the scripted prompter, and the
// whole flow on an in-memory vault (--answers, --no-input, refusals, EOF midway).
#include <gtest/gtest.h>

#include <functional>

#include "cli_test_util.h"
#include "commands/review.h"
#include "io/prompt.h"

namespace goals {
namespace {

using testing_util::Outcome;

const std::vector<std::string> kQuestions{"What went well?", "What got in my way?",
                                          "Which goals come next?"};

TEST(AnswerFile, ReadsAMappingOfTextAnswers) {
  std::string err;
  auto f = parse_answer_file("1: first\n\"What got in my way?\": |\n  two\n  lines\n3:\n", &err);
  ASSERT_TRUE(f) << err;
  ASSERT_EQ(f->entries.size(), 3u);
  EXPECT_EQ(f->entries[0], (std::pair<std::string, std::string>{"1", "first"}));
  EXPECT_EQ(f->entries[1].second, "two\nlines");
  EXPECT_EQ(f->entries[2].second, "");
  auto empty = parse_answer_file("", &err);
  ASSERT_TRUE(empty);
  EXPECT_TRUE(empty->entries.empty());
}

TEST(AnswerFile, RefusesWhatIsNoMappingOfText) {
  std::string err;
  EXPECT_FALSE(parse_answer_file("- a\n- b\n", &err));
  EXPECT_NE(err.find("mapping"), std::string::npos);
  EXPECT_FALSE(parse_answer_file("1: [a, b]\n", &err));
  EXPECT_NE(err.find("'1'"), std::string::npos);
  EXPECT_FALSE(parse_answer_file("a: [unclosed\n", &err));
}

TEST(AnswerFile, MatchesByTextIgnoringCaseAndQuestionMarkOrByNumber) {
  AnswerFile f;
  f.entries = {{"  what WENT well ", "good"}, {"3", "[[Next goal]]"}};
  std::vector<std::string> unknown, dup;
  EXPECT_EQ(match_answers(f, kQuestions, &unknown, &dup),
            (std::vector<std::string>{"good", "", "[[Next goal]]"}));
  EXPECT_TRUE(unknown.empty());
  EXPECT_TRUE(dup.empty());
}

TEST(AnswerFile, NamesUnknownKeysAndQuestionsAnsweredTwice) {
  AnswerFile f;
  f.entries = {
      {"4", "x"}, {"0", "x"}, {"What went badly?", "x"}, {"1", "a"}, {"what went well", "b"}};
  std::vector<std::string> unknown, dup;
  match_answers(f, kQuestions, &unknown, &dup);
  EXPECT_EQ(unknown, (std::vector<std::string>{"4", "0", "What went badly?"}));
  EXPECT_EQ(dup, (std::vector<std::string>{"What went well?"}));
}

TEST(ScriptedPrompter, AnswersInOrderAndEndsWhereToldTo) {
  ScriptedPrompter p({"a"}, 2);
  EXPECT_EQ(p.ask("q1"), "a");
  EXPECT_EQ(p.ask("q2"), "");
  EXPECT_EQ(p.end(), PromptEnd::None);
  EXPECT_FALSE(p.ask("q3"));
  EXPECT_EQ(p.end(), PromptEnd::Eof);
  EXPECT_EQ(p.asked(), (std::vector<std::string>{"q1", "q2"}));
}

// A vault with a running sprint (2026-Q4) of one goal, half done.
struct ReviewVault : testing_util::CliRunner {
  ReviewVault() {
    fs.add_dir("/home/me/vault/.obsidian");
    fs.add_file("/home/me/vault/Goals/Mentor.md",
                "---\ntype: goal\nhorizon: short\nmetric: two mentees with a plan\n"
                "deadline: 2026-12-31\n---\n# Mentor two engineers\n");
    fs.add_file("/home/me/vault/Sprints/2026-Q4.md",
                "---\ntype: sprint\nquarter: 2026-Q4\n---\n"
                "## Goal 1: [[Mentor]]\n"
                "- [x] Week 1-4: Pick the mentees ✅ 2026-10-20\n"
                "- [ ] Week 5-8: Write the plans 📅 2026-11-26\n"
                "- Success metric: two mentees with a plan\n");
  }
  std::string read(const std::string& path) {
    std::string text, err;
    if (fs.read_file(path, &text, &err, 1 << 20) != FileSystem::Status::Okay) return "<none>";
    return text;
  }
  Outcome review(std::vector<std::string> args) {
    args.insert(args.begin(), {"--vault", "/home/me/vault", "--today", "2026-12-20", "review"});
    return run(args);
  }
};

/// The lines of `text` that are leaf `##`+ headings, in order.
std::vector<std::string> question_headings(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t nl = text.find('\n', start);
    if (nl == std::string::npos) nl = text.size();
    std::string line = text.substr(start, nl - start);
    if (line.rfind("## ", 0) == 0) out.push_back(line.substr(3));
    start = nl + 1;
  }
  return out;
}

TEST(ReviewCommand, WithoutATerminalNamesTheScriptingFlags) {
  ReviewVault f;
  Outcome r = f.review({});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("--answers"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("--no-input"), std::string::npos) << r.err;
}

TEST(ReviewCommand, NoInputWritesTheQuarterlyReviewAndPrintsOnlyItsPath) {
  ReviewVault f;
  Outcome r = f.review({"--no-input"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "/home/me/vault/Reviews/2026-Q4 Review.md\n");
  const std::string note = f.read("/home/me/vault/Reviews/2026-Q4 Review.md");
  EXPECT_NE(note.find("type: review"), std::string::npos) << note;
  EXPECT_EQ(question_headings(note).size(), 5u) << note;
  // Nothing is overwritten: a second run is refused before any question.
  Outcome again = f.review({"--no-input"});
  EXPECT_EQ(again.code, 2);
  EXPECT_EQ(again.out, "");
  EXPECT_NE(again.err.find("2026-Q4 Review.md"), std::string::npos) << again.err;
  EXPECT_EQ(f.read("/home/me/vault/Reviews/2026-Q4 Review.md"), note);
}

TEST(ReviewCommand, AnswersFileFillsEachQuestionUnderItsHeading) {
  ReviewVault f;
  Outcome dry = f.review({"--no-input", "--dry-run"});
  ASSERT_EQ(dry.code, 0) << dry.err;
  const std::vector<std::string> qs = question_headings(dry.out);
  ASSERT_EQ(qs.size(), 5u) << dry.out;
  f.fs.add_file("/home/me/vault/Daily/answers.yaml",
                "\"" + qs[1] +
                    "\": |\n  Both plans drafted.\n  One still open.\n"
                    "5: \"[[Mentor]] again\"\n");
  Outcome r = f.review({"--answers", "answers.yaml"});
  ASSERT_EQ(r.code, 0) << r.err;
  const std::string note = f.read("/home/me/vault/Reviews/2026-Q4 Review.md");
  const std::size_t q2 = note.find("## " + qs[1]);
  const std::size_t q3 = note.find("## " + qs[2]);
  const std::size_t a2 = note.find("\nBoth plans drafted.\nOne still open.\n");
  ASSERT_NE(a2, std::string::npos) << note;
  EXPECT_LT(q2, a2);
  EXPECT_LT(a2, q3);
  const std::size_t a5 = note.find("\n[[Mentor]] again\n");
  ASSERT_NE(a5, std::string::npos) << note;
  EXPECT_LT(note.find("## " + qs[4]), a5);
  // The note is the dry run's with the two answers added, nothing else changed.
  std::string without = note;
  without.erase(a5, std::string("\n[[Mentor]] again\n").size());
  without.erase(a2, std::string("\nBoth plans drafted.\nOne still open.\n").size());
  EXPECT_EQ(without, dry.out);
}

TEST(ReviewCommand, UnknownAnswerKeysAreNamed) {
  ReviewVault f;
  f.fs.add_file("/home/me/vault/Daily/answers.yaml", "What is the meaning of life?: 42\n9: x\n");
  Outcome r = f.review({"--answers", "answers.yaml"});
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("'What is the meaning of life?'"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("'9'"), std::string::npos) << r.err;
  EXPECT_EQ(f.fs.kind("/home/me/vault/Reviews", false), EntryKind::Other);
}

TEST(ReviewCommand, NamesFollowTheCadence) {
  ReviewVault f;
  Outcome w = f.run({"--vault", "/home/me/vault", "--today", "2024-12-30", "review", "--cadence",
                     "weekly", "--no-input"});
  EXPECT_EQ(w.code, 0) << w.err;
  EXPECT_EQ(w.out, "/home/me/vault/Reviews/2025-W01.md\n");
  Outcome m = f.review({"--cadence", "monthly", "--no-input"});
  EXPECT_EQ(m.code, 0) << m.err;
  EXPECT_EQ(m.out, "/home/me/vault/Reviews/2026-12.md\n");
}

// ------------------------------------------------------------------ --period

TEST(ReviewPeriodOption, AWeekWrittenLateIsTheWeekAsItStoodOnItsSunday) {
  ReviewVault f;
  // Ticked off after the week: in the week's review it was still overdue.
  f.fs.add_file("/home/me/vault/Sprints/2026-Q4.md",
                "---\ntype: sprint\nquarter: 2026-Q4\n---\n"
                "## Goal 1: [[Mentor]]\n"
                "- [x] Week 1-4: Pick the mentees ✅ 2026-10-20\n"
                "- [x] Week 5-8: Write the plans 📅 2026-11-26 ✅ 2026-12-02\n"
                "- [x] Week 8: Book the rooms ✅ 2026-11-24\n");
  const Outcome r = f.review({"--period", "2026-W48", "--no-input"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "/home/me/vault/Reviews/2026-W48.md\n");
  EXPECT_EQ(f.read("/home/me/vault/Reviews/2026-W48.md"),
            "---\ntype: review\ncadence: weekly\nsprint: \"[[2026-Q4]]\"\ndate: 2026-11-29\n---\n"
            "# 2026-W48\n\n"
            "> [!info] Milestones, 2026-11-23 to 2026-11-29\n"
            "> **Due this week**\n> - nothing\n>\n"
            "> **Overdue**\n> - [[Mentor]]: Week 5-8: Write the plans 📅 2026-11-26\n>\n"
            "> **Done this week**\n> - [[Mentor]]: Week 8: Book the rooms ✅ 2026-11-24\n\n"
            "## How am I doing against my goals?\n\n"
            "## Which tasks and priorities did I change?\n\n"
            "## What small wins can I celebrate?\n");
}

TEST(ReviewPeriodOption, AMonthIsDatedItsLastDay) {
  ReviewVault f;
  const Outcome r = f.review({"--cadence", "monthly", "--period", "2026-11", "--no-input"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "/home/me/vault/Reviews/2026-11.md\n");
  EXPECT_EQ(f.read("/home/me/vault/Reviews/2026-11.md"),
            "---\ntype: review\ncadence: monthly\nsprint: \"[[2026-Q4]]\"\ndate: 2026-11-30\n---\n"
            "# 2026-11\n\n"
            "> [!info] Active goals and what they serve\n"
            "> - [[Mentor]] (due 2026-12-31)\n\n"
            "## Do my goals still point where I want to go?\n\n"
            "## What changed in my action plans?\n\n"
            "## What lessons do I want to keep?\n");
  // The current month is written as of today.
  const Outcome now = f.review({"--period", "2026-12", "--no-input", "--dry-run"});
  ASSERT_EQ(now.code, 0) << now.err;
  EXPECT_NE(now.out.find("\ndate: 2026-12-20\n---\n# 2026-12\n"), std::string::npos) << now.out;
}

TEST(ReviewPeriodOption, AQuarterAfterItEndedLooksBackOnItsSprint) {
  ReviewVault f;
  const Outcome r = f.run({"--vault", "/home/me/vault", "--today", "2027-01-10", "review",
                           "--period", "2026-Q4", "--no-input"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "/home/me/vault/Reviews/2026-Q4 Review.md\n");
  const std::string note = f.read("/home/me/vault/Reviews/2026-Q4 Review.md");
  EXPECT_TRUE(
      note.starts_with("---\ntype: review\ncadence: quarterly\nsprint: \"[[2026-Q4]]\"\n"
                       "date: 2026-12-31\n---\n# 2026-Q4 Review\n\n"
                       "> [!info] 2026-Q4: 2026-10-01 to 2026-12-31\n"
                       "> **Set out to do**\n"
                       "> - [[Mentor]]: two mentees with a plan (1 of 2 milestones done)\n"
                       ">\n> **Done**\n"
                       "> - [[Mentor]]: Week 1-4: Pick the mentees ✅ 2026-10-20\n\n"
                       "## What was I trying to achieve this quarter?\n"))
      << note;
  // A quarter without a sprint is reviewed without one.
  const Outcome q3 = f.run({"--vault", "/home/me/vault", "--today", "2027-01-10", "review",
                            "--period", "2026-Q3", "--no-input", "--dry-run"});
  ASSERT_EQ(q3.code, 0) << q3.err;
  EXPECT_TRUE(
      q3.out.starts_with("---\ntype: review\ncadence: quarterly\ndate: 2026-09-30\n---\n"
                         "# 2026-Q3 Review\n\n## What was I trying"))
      << q3.out;
}

TEST(ReviewPeriodOption, BadPeriodsAreRefusedBeforeAnything) {
  ReviewVault f;
  const std::string kForms =
      "is no period; use YYYY-Www for a weekly review (2026-W49), YYYY-MM for a monthly one "
      "(2027-01), YYYY-Qn for a quarterly one (2026-Q4)\n";
  struct Row {
    std::vector<std::string> args;
    std::string err;
  };
  for (const Row& row : {
           Row{{"--period", "2026-13"}, "goals: --period: '2026-13' " + kForms},
           Row{{"--period", "2025-W53"}, "goals: --period: '2025-W53' " + kForms},
           Row{{"--period", "2026-w48"}, "goals: --period: '2026-w48' " + kForms},
           Row{{"--period", "2026-11-01"}, "goals: --period: '2026-11-01' " + kForms},
           Row{{"--period", "2026-Q4", "--cadence", "weekly"},
               "goals: --period: 2026-Q4 is a quarterly period, but --cadence is weekly\n"},
           Row{{"--period", "2026-W52"},
               "goals: --period: 2026-W52 has not begun yet (today is 2026-12-20)\n"},
           Row{{"--period", "2027-01"},
               "goals: --period: 2027-01 has not begun yet (today is 2026-12-20)\n"},
           Row{{"--period", "2026-Q3", "--sprint", "2026-Q4"},
               "goals: --sprint: 'Sprints/2026-Q4.md' is the sprint of 2026-Q4, not of --period "
               "2026-Q3\n"},
       }) {
    std::vector<std::string> args = row.args;
    args.push_back("--no-input");
    const Outcome r = f.review(args);
    EXPECT_EQ(r.code, 2) << row.args[1];
    EXPECT_EQ(r.err, row.err) << row.args[1];
    EXPECT_EQ(r.out, "");
  }
  EXPECT_EQ(f.fs.kind("/home/me/vault/Reviews", false), EntryKind::Other);
}

TEST(ReviewPeriodOption, StatusListsTheMissedReviewUntilItsCommandWritesIt) {
  ReviewVault f;
  f.fs.add_file("/home/me/vault/Reviews/2026-W47.md",
                "---\ntype: review\ncadence: weekly\ndate: 2026-11-22\n---\n# W47\n");
  f.fs.add_file("/home/me/vault/Reviews/2026-W50.md",
                "---\ntype: review\ncadence: weekly\ndate: 2026-12-13\n---\n# W50\n");
  const std::vector<std::string> status{"--vault", "/home/me/vault", "--today", "2026-12-20",
                                        "status"};
  const Outcome before = f.run(status);
  ASSERT_EQ(before.code, 0) << before.err;
  const std::string listed =
      "Missed reviews\n"
      "  2026-11-29  2026-W48  goals review --cadence weekly --period 2026-W48\n"
      "  2026-12-06  2026-W49  goals review --cadence weekly --period 2026-W49\n"
      "Next review:";
  EXPECT_NE(before.out.find(listed), std::string::npos) << before.out;
  ASSERT_EQ(f.review({"--cadence", "weekly", "--period", "2026-W48", "--no-input"}).code, 0);
  ASSERT_EQ(f.review({"--period", "2026-W49", "--no-input"}).code, 0);
  const Outcome after = f.run(status);
  EXPECT_EQ(after.out.find("Missed reviews"), std::string::npos) << after.out;
}

TEST(ReviewCommand, SprintMustBeASprintNote) {
  ReviewVault f;
  Outcome r = f.review({"--sprint", "Mentor", "--no-input"});
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("not a sprint"), std::string::npos) << r.err;
  Outcome none = f.review({"--sprint", "Nope", "--no-input"});
  EXPECT_EQ(none.code, 2);
  EXPECT_NE(none.err.find("'Nope'"), std::string::npos) << none.err;
}

TEST(ReviewCommand, DryRunWritesNothing) {
  ReviewVault f;
  Outcome r = f.review({"--no-input", "--dry-run"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("---\n", 0), 0u) << r.out;
  EXPECT_EQ(f.fs.kind("/home/me/vault/Reviews", false), EntryKind::Other);
}

TEST(ReviewCommand, EditOpensTheWrittenNoteThroughTheShell) {
  ReviewVault f;
  std::vector<std::string> ran;
  f.spawn = [&](const std::vector<std::string>& argv) {
    ran = argv;
    return 0;
  };
  f.env["VISUAL"] = "code --wait";
  f.env["EDITOR"] = "vi";
  Outcome r = f.review({"--no-input", "--edit"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(ran, (std::vector<std::string>{"sh", "-c", "code --wait \"$1\"", "sh",
                                           "/home/me/vault/Reviews/2026-Q4 Review.md"}));
}

TEST(ReviewCommand, AnEditorThatFailsAfterTheWriteIsAWarning) {
  ReviewVault f;
  f.spawn = [](const std::vector<std::string>&) { return 1; };
  f.env["EDITOR"] = "vim";
  Outcome r = f.review({"-q", "--no-input", "--edit"});  // -q: no hints, the warning stays
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "/home/me/vault/Reviews/2026-Q4 Review.md\n");
  EXPECT_EQ(r.err,
            "goals: warning: the editor (vim) exited with 1; the note is written: open it with: "
            "vim \"/home/me/vault/Reviews/2026-Q4 Review.md\"\n");
  EXPECT_NE(f.read("/home/me/vault/Reviews/2026-Q4 Review.md"), "<none>");
}

// Without a terminal the late milestone is listed with the commands that
// settle it: a hint, which -q leaves out; the note's path is still printed.
TEST(ReviewCommand, QuietLeavesOutTheLateItemsHint) {
  ReviewVault g;
  const Outcome written = g.review({"--no-input"});
  EXPECT_EQ(written.code, 0);
  EXPECT_NE(written.err.find("1 item is late; decide each with done, move or drop:\n"),
            std::string::npos)
      << written.err;
  ReviewVault h;
  const Outcome quiet = h.review({"-q", "--no-input"});
  EXPECT_EQ(quiet.code, 0);
  EXPECT_EQ(quiet.out, "/home/me/vault/Reviews/2026-Q4 Review.md\n");
  EXPECT_EQ(quiet.err, "");
}

TEST(ReviewCommand, AMissingSprintSaysHowToWriteIt) {
  ReviewVault f;
  Outcome r = f.review({"--no-input", "--sprint", "2027-Q1"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err,
            "goals: --sprint: no note named '2027-Q1' in vault '/home/me/vault'; create it with: "
            "goals new sprint --quarter 2027-Q1\n");
}

// The review flow in-process with a scripted prompter, on ReviewVault as of 2026-12-20.
struct ReviewFlow : ::testing::Test {
  ReviewVault f;
  std::ostringstream out, err;
  Io io{f.fs,  out,   err,     [](const std::string&) { return std::optional<std::string>(); },
        false, false, nullptr, false,
        {},    {}};
  GlobalOptions g;
  ReviewFlow() {
    g.vault = "/home/me/vault";
    g.today = "2026-12-20";
  }
  int review(ScriptedPrompter& p, const ReviewOptions& o = {}) {
    Session s(io, g);
    return run_review(s, o, &p);
  }
};

// The interactive flow with a prompter that stops midway: shows the sprint's
// progress first, asks in order, and writes nothing when input ends.
TEST_F(ReviewFlow, ShowsProgressThenStopsWithoutWritingWhenInputEnds) {
  ScriptedPrompter p({"first answer"}, 2);
  EXPECT_EQ(review(p), 2);
  EXPECT_EQ(out.str(), "");
  EXPECT_NE(err.str().find("no review written"), std::string::npos) << err.str();
  EXPECT_EQ(f.fs.kind("/home/me/vault/Reviews", false), EntryKind::Other);
  EXPECT_EQ(p.shown().find("Sprint 2026-Q4"), 0u) << p.shown();
  EXPECT_NE(p.shown().find("Mentor two engineers: 1/2 milestones done"), std::string::npos)
      << p.shown();
  ASSERT_EQ(p.asked().size(), 2u);
  EXPECT_EQ(p.asked()[0].rfind("Question 1 of 5: ", 0), 0u) << p.asked()[0];
}

// Ctrl-C (or SIGTERM) at a question ends the run as shells expect, 130 (or
// 143), writes nothing, and prints the answers typed so far.
TEST_F(ReviewFlow, CtrlCEndsWith130AndKeepsTheAnswersTyped) {
  ScriptedPrompter p({"first answer"}, 1);
  p.set_stop_end(PromptEnd::Interrupted);
  EXPECT_EQ(review(p), 130);
  EXPECT_EQ(out.str(), "");
  EXPECT_EQ(err.str(),
            "goals: interrupted at question 2; no review written\n"
            "goals: the review was not written; here it is, so no answer is lost:\n"
            "## What was I trying to achieve this quarter?\n\nfirst answer\n");
  EXPECT_EQ(f.fs.kind("/home/me/vault/Reviews", false), EntryKind::Other);
}

TEST_F(ReviewFlow, SigtermAtTheFirstQuestionEndsWith143) {
  ScriptedPrompter p({}, 0);
  p.set_stop_end(PromptEnd::Terminated);
  EXPECT_EQ(review(p), 143);
  EXPECT_EQ(err.str(), "goals: interrupted at question 1; no review written\n");
  EXPECT_EQ(f.fs.kind("/home/me/vault/Reviews", false), EntryKind::Other);
}

TEST_F(ReviewFlow, AMultiLineAnswerIsKeptAsWritten) {
  ScriptedPrompter p({"line one\nline two"});
  ReviewOptions o;
  o.cadence = Cadence::Weekly;
  ASSERT_EQ(review(p, o), 0) << err.str();
  EXPECT_EQ(out.str(), "/home/me/vault/Reviews/2026-W51.md\n");
  const std::string note = f.read("/home/me/vault/Reviews/2026-W51.md");
  EXPECT_NE(note.find("\n\nline one\nline two\n"), std::string::npos) << note;
}

// A prompter whose `at`-th question (from 0) makes a file appear first, as a
// sync or another window would while someone types.
struct AppearingNote : ScriptedPrompter {
  AppearingNote(std::vector<std::string> answers, std::size_t at, std::function<void()> appear)
      : ScriptedPrompter(std::move(answers)), at_(at), appear_(std::move(appear)) {}
  std::optional<std::string> ask(std::string_view question) override {
    if (asks_++ == at_) appear_();
    return ScriptedPrompter::ask(question);
  }
  std::size_t at_, asks_ = 0;
  std::function<void()> appear_;
};

TEST_F(ReviewFlow, TypedAnswersAreKeptWhenTheNoteAppearsMeanwhile) {
  const std::string path = "/home/me/vault/Reviews/2026-W51.md";
  AppearingNote p({"went well: shipped", "blocked on review"}, 1,
                  [&] { f.fs.add_file(path, "synced from the laptop\n"); });
  ReviewOptions o;
  o.cadence = Cadence::Weekly;
  EXPECT_EQ(review(p, o), 2);
  EXPECT_EQ(out.str(), "");
  EXPECT_EQ(f.read(path), "synced from the laptop\n");  // never overwritten
  const std::string e = err.str();
  EXPECT_NE(e.find("already exists; nothing was written"), std::string::npos) << e;
  const std::size_t kept = e.find(
      "goals: the review was not written; here it is, so no answer is "
      "lost:\n");
  ASSERT_NE(kept, std::string::npos) << e;
  EXPECT_NE(e.find("\n\nwent well: shipped\n", kept), std::string::npos) << e;
  EXPECT_NE(e.find("\n\nblocked on review\n", kept), std::string::npos) << e;
}

// The quarterly review's last answer names the next sprint's goals: the
// review offers to write that sprint, and writes it only on a yes.
struct NextSprintOffer : ReviewFlow {
  NextSprintOffer() {
    f.fs.add_file("/home/me/vault/Goals/Talk.md",
                  "---\ntype: goal\nhorizon: short\nmetric: one conference talk given\n---\n"
                  "# Give a talk\n");
    f.fs.add_file("/home/me/vault/Goals/Done.md",
                  "---\ntype: goal\nstatus: done\n---\n# Already done\n");
  }
  // Answers the fifth question (the last) with `last`.
  static std::vector<std::string> answers(const std::string& last) {
    return {"", "", "", "", last};
  }
};

TEST_F(NextSprintOffer, AYesWritesTheSprintWithTheLinkedOpenGoals) {
  ScriptedPrompter p(answers("Keep [[Mentor]], start [[Talk]]; [[Done]] and [[Nowhere]] not"));
  p.set_confirm(true);
  ASSERT_EQ(review(p), 0) << err.str();
  // After the review: both goals it covered are marked reviewed, the late
  // milestone is asked about (the script skips it), the carried goal whose
  // deadline falls before the sprint is asked a new one (kept: no answer),
  // and the linked note nobody wrote is offered as a goal (yes).
  EXPECT_EQ(
      out.str(),
      "/home/me/vault/Reviews/2026-Q4 Review.md\n"
      "reviewed  /home/me/vault/Goals/Mentor.md  Mentor two engineers  (reviewed: 2026-12-20)\n"
      "reviewed  /home/me/vault/Goals/Talk.md  Give a talk  (reviewed: 2026-12-20)\n"
      "/home/me/vault/Goals/Nowhere.md\n/home/me/vault/Sprints/2027-Q1.md\n");
  ASSERT_EQ(p.asked().size(), 10u);
  EXPECT_EQ(p.asked()[5],
            "Record today as reviewed: on the 2 goals this review covered (Mentor two engineers, "
            "Give a talk)? [y/N]");
  EXPECT_EQ(p.asked()[6],
            "'Week 5-8: Write the plans' was due 2026-11-26: [d]one, [m]ove, d[r]op or [s]kip?");
  EXPECT_EQ(p.asked()[7],
            "Scaffold the next sprint, 2027-Q1, from the goals linked in your last answer "
            "(Mentor two engineers, Give a talk)? [y/N]");
  EXPECT_EQ(p.asked()[8],
            "'Mentor two engineers' was due 2026-12-31; its new deadline (YYYY-MM-DD, empty keeps "
            "it):");
  EXPECT_EQ(p.asked()[9],
            "Your last answer links [[Nowhere]], which is not written yet. Write it now (goals new "
            "goal \"Nowhere\")? [y/N]");
  EXPECT_NE(f.read("/home/me/vault/Goals/Talk.md").find("\nreviewed: 2026-12-20\n---\n"),
            std::string::npos);
  const std::string sprint = f.read("/home/me/vault/Sprints/2027-Q1.md");
  EXPECT_NE(sprint.find("goals:\n  - \"[[Mentor]]\"\n  - \"[[Talk]]\"\n"), std::string::npos)
      << sprint;
  EXPECT_NE(sprint.find("Success metric: one conference talk given"), std::string::npos) << sprint;
}

TEST_F(NextSprintOffer, ANoWritesOnlyTheReview) {
  ScriptedPrompter p(answers("[[Talk]]"));
  ASSERT_EQ(review(p), 0) << err.str();
  EXPECT_EQ(out.str(), "/home/me/vault/Reviews/2026-Q4 Review.md\n");
  ASSERT_EQ(p.asked().size(), 8u);
  EXPECT_EQ(p.asked()[7].rfind("Scaffold the next sprint, 2027-Q1", 0), 0u);
  EXPECT_EQ(f.read("/home/me/vault/Sprints/2027-Q1.md"), "<none>");
}

TEST_F(NextSprintOffer, NothingIsOfferedWithoutLinkedGoals) {
  ScriptedPrompter none(answers("rest"));
  none.set_confirm(true);
  ASSERT_EQ(review(none), 0) << err.str();
  ASSERT_EQ(none.asked().size(), 7u);  // the five, reviewed:, the late milestone
  EXPECT_EQ(none.asked()[6].rfind("'Week 5-8", 0), 0u);
  EXPECT_EQ(
      out.str(),
      "/home/me/vault/Reviews/2026-Q4 Review.md\n"
      "reviewed  /home/me/vault/Goals/Mentor.md  Mentor two engineers  (reviewed: 2026-12-20)\n"
      "reviewed  /home/me/vault/Goals/Talk.md  Give a talk  (reviewed: 2026-12-20)\n");
}

TEST_F(NextSprintOffer, NothingIsOfferedWhenTheNextSprintIsWritten) {
  // Not a sprint yet (no type), so 2027-Q1 is still the next quarter.
  f.fs.add_file("/home/me/vault/Sprints/2027-Q1.md", "draft\n");
  ScriptedPrompter exists(answers("[[Talk]]"));
  exists.set_confirm(true);
  ASSERT_EQ(review(exists), 0) << err.str();
  EXPECT_EQ(exists.asked().size(), 7u);
  EXPECT_NE(exists.shown().find("Sprints/2027-Q1.md, is already written"), std::string::npos)
      << exists.shown();
  EXPECT_EQ(f.read("/home/me/vault/Sprints/2027-Q1.md"), "draft\n");
}

TEST_F(NextSprintOffer, AtMostTheSprintLimitIsTaken) {
  f.fs.add_file("/home/me/vault/.goals.yaml", "max-goals-per-sprint: 1\n");
  ScriptedPrompter p(answers("[[Talk]] and [[Mentor]]"));
  p.set_confirm(true);
  ASSERT_EQ(review(p), 0) << err.str();
  ASSERT_EQ(p.asked().size(), 8u);
  EXPECT_EQ(p.asked()[7],
            "Scaffold the next sprint, 2027-Q1, from the goals linked in your last answer "
            "(Give a talk)? The other 1 stay out: a sprint holds at most 1. [y/N]");
  const std::string sprint = f.read("/home/me/vault/Sprints/2027-Q1.md");
  EXPECT_NE(sprint.find("goals:\n  - \"[[Talk]]\"\n"), std::string::npos) << sprint;
}

}  // namespace
}  // namespace goals
