// The Time-bound rules and the sprint/review calendar: no-deadline, overdue,
// horizon-mismatch, stale-goal, sprint-dates, missing-review. Today is
// 2026-11-22 unless a test says otherwise.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lint_test_util.h"

namespace goals {
namespace {

using testing_util::lint_files;
using Lines = std::vector<std::string>;

/// A goal note: `type: goal` on line 2, then `props` one per line from line 3.
std::string goal(const std::string& props, const std::string& body = "") {
  return "---\ntype: goal\n" + props + "---\n" + body;
}

/// A sprint note: `type: sprint` on line 2, then `props` from line 3.
std::string sprint(const std::string& props, const std::string& body = "") {
  return "---\ntype: sprint\n" + props + "---\n" + body;
}

std::string review(const std::string& props, const std::string& body = "# Review\n") {
  return "---\ntype: review\n" + props + "---\n" + body;
}

// ---------------------------------------------------------------- no-deadline

TEST(NoDeadline, GoalNoteWithoutDeadlineFiresAtTypeKey) {
  auto run = lint_files({{"Goals/Get better at leadership.md", goal("horizon: medium\n")}});
  EXPECT_EQ(run.lines("no-deadline"),
            Lines{"Goals/Get better at leadership.md:2:1: warning: goal \"Get better at "
                  "leadership\" has no deadline [no-deadline]"});
  ASSERT_EQ(run.of("no-deadline").size(), 1u);
  EXPECT_EQ(run.of("no-deadline")[0].help,
            "Add `deadline:` with the day it must be finished by, e.g. `deadline: 2027-03-31`.");
}

TEST(NoDeadline, InvalidDeadlineReadsAsNoneAtItsKey) {
  auto run = lint_files({{"Goals/A.md", goal("horizon: short\ndeadline: 2026-02-30\n")}});
  EXPECT_EQ(run.lines("no-deadline"),
            Lines{"Goals/A.md:4:1: warning: goal \"A\" has no valid deadline [no-deadline]"});
}

TEST(NoDeadline, ABlankDeadlineIsMissingNotInvalidAndAsksToBeFilledIn) {
  // As `goals new goal` writes it when no --deadline was given.
  auto run = lint_files({{"Goals/A.md", goal("horizon: short\ndeadline:\n")},
                         {"Goals/B.md", goal("horizon: short\ndeadline: \"\"\n")}});
  EXPECT_EQ(run.lines("no-deadline"),
            (Lines{"Goals/A.md:4:1: warning: goal \"A\" has no deadline [no-deadline]",
                   "Goals/B.md:4:1: warning: goal \"B\" has no deadline [no-deadline]"}));
  EXPECT_EQ(run.of("no-deadline")[0].help,
            "Fill in `deadline:` with the day it must be finished by, e.g. `deadline: "
            "2027-03-31`.");
}

TEST(NoDeadline, EveryHorizonAndOpenStatusButNotDoneOrDropped) {
  auto run = lint_files({
      {"Goals/Long.md", goal("horizon: long\n")},
      {"Goals/None.md", goal("status: planned\n")},
      {"Goals/Paused.md", goal("status: paused\n")},
      {"Goals/Done.md", goal("status: done\n")},
      {"Goals/Dropped.md", goal("status: dropped\n")},
      {"Goals/Dated.md", goal("deadline: 2027-01-31\n")},
      {"Goals/Due alias.md", goal("due: 2027-01-31\n")},
  });
  EXPECT_EQ(run.lines("no-deadline"),
            (Lines{"Goals/Long.md:2:1: warning: goal \"Long\" has no deadline [no-deadline]",
                   "Goals/None.md:2:1: warning: goal \"None\" has no deadline [no-deadline]",
                   "Goals/Paused.md:2:1: warning: goal \"Paused\" has no deadline [no-deadline]"}));
}

TEST(NoDeadline, InlineSprintGoalIsDueWhenItsSprintEnds) {
  const std::string body =
      "# Plan\n\n## Goal 1: Run two design reviews\n- Week 1-4: Pick the designs\n";
  auto run = lint_files({
      {"Sprints/2026-Q4.md", sprint("", body)},  // the file name gives the quarter
      {"Sprints/Dated.md", sprint("end: 2026-12-31\n", body)},
      {"Sprints/Undated.md", sprint("", body)},  // no quarter, no end
  });
  EXPECT_EQ(run.lines("no-deadline"),
            Lines{"Sprints/Undated.md:6:1: warning: sprint goal \"Run two design reviews\" has "
                  "no deadline: sprint \"Undated\" has no end date [no-deadline]"});
}

// ------------------------------------------------------------------- overdue

TEST(Overdue, PastDeadlineFiresAtTheDeadlineKey) {
  auto run = lint_files({
      {"Goals/Finish the course.md", goal("horizon: short\ndeadline: 2026-10-31\n")},
      {"Goals/Yesterday.md", goal("deadline: 2026-11-21\n")},
      {"Goals/Today.md", goal("deadline: 2026-11-22\n")},
      {"Goals/Done.md", goal("status: done\ndeadline: 2026-01-31\n")},
      {"Goals/Dropped.md", goal("status: dropped\ndeadline: 2026-01-31\n")},
  });
  EXPECT_EQ(run.lines("overdue"),
            (Lines{"Goals/Finish the course.md:4:1: warning: goal \"Finish the course\" was due "
                   "2026-10-31, 22 days ago [overdue]",
                   "Goals/Yesterday.md:3:1: warning: goal \"Yesterday\" was due 2026-11-21, 1 day "
                   "ago [overdue]"}));
  EXPECT_EQ(run.of("overdue")[0].help,
            "Finish it, move `deadline` to a new date and write down why, or set `status: done` "
            "or `status: dropped`.");
}

TEST(Overdue, OpenTasksPastDueInAnOpenGoalNote) {
  const std::string body =
      "# G\n"
      "- [ ] Draft the slides 📅 2026-11-01 ^draft\n"  // line 6
      "- [/] In progress 📅 2026-11-20\n"              // line 7
      "- [x] Done 📅 2026-11-01 ✅ 2026-11-02\n"
      "- [-] Cancelled 📅 2026-11-01\n"
      "- [ ] Later 📅 2026-11-22\n"
      "- [ ] No date\n"
      "- Plain item 📅 2026-11-01\n";
  auto run = lint_files({
      {"Goals/G.md", goal("deadline: 2027-01-31\n", body)},
      {"Goals/Done.md", goal("status: done\n", body)},
      {"Daily/2026-11-20.md", "- [ ] Not a goal note 📅 2026-11-01\n"},
  });
  EXPECT_EQ(run.lines("overdue"),
            (Lines{"Goals/G.md:6:1: warning: task \"Draft the slides\" was due 2026-11-01, 21 "
                   "days ago [overdue]",
                   "Goals/G.md:7:1: warning: task \"In progress\" was due 2026-11-20, 2 days ago "
                   "[overdue]"}));
  EXPECT_EQ(run.of("overdue")[0].help,
            "Tick it off, move its 📅 date and write down why, or cancel it with `- [-]`.");
}

TEST(Overdue, OpenMilestonesAndTasksOfTheCurrentSprintOnly) {
  const std::string body =
      "# Q4\n"                   // line 7
      "## Goal 1: [[Course]]\n"  // line 8
      "- [x] Week 1-2: Modules 1-4 📅 2026-10-14 ✅ 2026-10-13\n"
      "- [ ] Week 4-5: Modules 7-8 📅 2026-10-31\n"  // line 10
      "- Week 6-7: Plain milestone 📅 2026-11-10\n"  // line 11
      "- Week 8: Plain milestone done 📅 2026-11-10 ✅ 2026-11-09\n"
      "- [-] Week 9: Cancelled 📅 2026-11-10\n"
      "## Goal 2: [[Finished]]\n"
      "- [ ] Week 1-2: Leftover of a done goal 📅 2026-10-14\n"
      "## Notes\n"
      "- [ ] Book a room 📅 2026-11-15\n";  // line 17
  const std::string props = "quarter: 2026-Q4\nstart: 2026-10-01\nend: 2026-12-31\n";
  auto run = lint_files({
      {"Goals/Course.md", goal("deadline: 2026-12-31\n")},
      {"Goals/Finished.md", goal("status: done\ndeadline: 2026-12-31\n")},
      {"Sprints/2026-Q4.md", sprint(props, body)},
      {"Sprints/2026-Q3.md", sprint("quarter: 2026-Q3\n", body)},  // ended: missing-review's
      {"Sprints/2027-Q1.md", sprint("quarter: 2027-Q1\n", body)},  // not started
  });
  EXPECT_EQ(
      run.lines("overdue"),
      (Lines{"Sprints/2026-Q4.md:10:1: warning: milestone \"Week 4-5: Modules 7-8\" of goal "
             "\"Course\" was due 2026-10-31, 22 days ago [overdue]",
             "Sprints/2026-Q4.md:11:1: warning: milestone \"Week 6-7: Plain milestone\" of goal "
             "\"Course\" was due 2026-11-10, 12 days ago [overdue]",
             "Sprints/2026-Q4.md:17:1: warning: task \"Book a room\" was due 2026-11-15, 7 days "
             "ago [overdue]"}));
}

TEST(Overdue, LongTaskTextIsShortenedOnACharacterBoundary) {
  const std::string words(78, 'a');
  auto run = lint_files(
      {{"Goals/G.md", goal("deadline: 2027-01-31\n", "- [ ] " + words + "éé 📅 2026-11-01\n")}});
  EXPECT_EQ(run.lines("overdue"), Lines{"Goals/G.md:5:1: warning: task \"" + words +
                                        "é…\" was due 2026-11-01, 21 "
                                        "days ago [overdue]"});
}

// ---------------------------------------------------------- horizon-mismatch

TEST(HorizonMismatch, ShortAndMediumTooFarAway) {
  auto run = lint_files({
      {"Goals/S.md", goal("horizon: short\ndeadline: 2028-03-01\n")},
      {"Goals/S12.md", goal("horizon: short\ndeadline: 2027-11-22\n")},  // exactly 12 months
      {"Goals/S12b.md", goal("horizon: short\ndeadline: 2027-11-23\n")},
      {"Goals/M.md", goal("horizon: medium\ndeadline: 2028-06-01\n")},
      {"Goals/M18.md", goal("horizon: medium\ndeadline: 2028-05-22\n")},
      {"Goals/Past.md", goal("horizon: short\ndeadline: 2020-01-01\n")},
      {"Goals/Done.md", goal("horizon: short\nstatus: done\ndeadline: 2030-01-01\n")},
      {"Goals/None.md", goal("deadline: 2040-01-01\n")},
  });
  EXPECT_EQ(run.lines("horizon-mismatch"),
            (Lines{"Goals/M.md:4:1: info: medium goal \"M\" is due 2028-06-01, 18 months and 10 "
                   "days away; medium goals fit within 18 months [horizon-mismatch]",
                   "Goals/S.md:4:1: info: short goal \"S\" is due 2028-03-01, 15 months away; "
                   "short goals fit within 12 months [horizon-mismatch]",
                   "Goals/S12b.md:4:1: info: short goal \"S12b\" is due 2027-11-23, 12 months "
                   "and 1 day away; short goals fit within 12 months [horizon-mismatch]"}));
  EXPECT_EQ(run.of("horizon-mismatch")[0].help,
            "Move `deadline` to fit the horizon, or change `horizon` to the one the deadline "
            "fits.");
}

TEST(HorizonMismatch, LongGoalsSpanTwoToFiveYears) {
  auto run = lint_files({
      {"Goals/Near.md", goal("horizon: long\ndeadline: 2027-06-30\n")},
      {"Goals/Soon.md", goal("horizon: long\ndeadline: 2026-12-01\n")},
      {"Goals/Far.md", goal("horizon: long\ndeadline: 2032-02-01\n")},
      {"Goals/Five.md", goal("horizon: long\ndeadline: 2031-11-22\n")},
      {"Goals/Five and a week.md", goal("horizon: long\ndeadline: 2031-11-29\n")},
      {"Goals/Two.md", goal("horizon: long\ndeadline: 2028-11-22\n")},
      // Set down 2026-02-14 for 2028-08-31: 2.5 years, though 21 months remain.
      {"Goals/Set early.md", goal("horizon: long\ndeadline: 2028-08-31\ncreated: 2026-02-14\n")},
      {"Goals/Set late.md", goal("horizon: long\ndeadline: 2028-01-31\ncreated: 2026-06-01\n")},
  });
  EXPECT_EQ(
      run.lines("horizon-mismatch"),
      (Lines{"Goals/Far.md:4:1: info: long goal \"Far\" is due 2032-02-01, 5 years and 2 months "
             "away; long goals span 2 to 5 years [horizon-mismatch]",
             "Goals/Five and a week.md:4:1: info: long goal \"Five and a week\" is due "
             "2031-11-29, 5 years and 7 days away; long goals span 2 to 5 years "
             "[horizon-mismatch]",
             "Goals/Near.md:4:1: info: long goal \"Near\" is due 2027-06-30, 7 months away; long "
             "goals span 2 to 5 years [horizon-mismatch]",
             "Goals/Set late.md:4:1: info: long goal \"Set late\" is due 2028-01-31, 19 months "
             "after it was created on 2026-06-01; long goals span 2 to 5 years "
             "[horizon-mismatch]",
             "Goals/Soon.md:4:1: info: long goal \"Soon\" is due 2026-12-01, 9 days away; long "
             "goals span 2 to 5 years [horizon-mismatch]"}));
}

TEST(HorizonMismatch, OptionsMoveTheLimits) {
  auto run = lint_files({
      {".goals.yaml", "rules:\n  horizon-mismatch:\n    short-months: 6\n    long-min-years: 1\n"},
      {"Goals/S.md", goal("horizon: short\ndeadline: 2027-07-01\n")},
      {"Goals/L.md", goal("horizon: long\ndeadline: 2028-06-30\n")},
  });
  EXPECT_TRUE(run.result.config_problems.empty());
  EXPECT_EQ(run.lines("horizon-mismatch"),
            Lines{"Goals/S.md:4:1: info: short goal \"S\" is due 2027-07-01, 7 months away; "
                  "short goals fit within 6 months [horizon-mismatch]"});
}

// ---------------------------------------------------------------- stale-goal

TEST(StaleGoal, MoreThanNinetyDaysFires) {
  auto run = lint_files({
      {"Goals/Network.md", goal("deadline: 2027-06-30\nreviewed: 2026-05-01\n")},
      {"Goals/Ninety.md", goal("reviewed: 2026-08-24\n")},      // 90 days
      {"Goals/Ninety one.md", goal("reviewed: 2026-08-23\n")},  // 91 days
      {"Goals/Never.md", goal("deadline: 2027-06-30\n")},
      {"Goals/Done.md", goal("status: done\nreviewed: 2025-01-01\n")},
  });
  EXPECT_EQ(
      run.lines("stale-goal"),
      (Lines{"Goals/Network.md:4:1: info: goal \"Network\" was last reviewed 2026-05-01, 205 days "
             "ago; goals go stale after 90 days [stale-goal]",
             "Goals/Ninety one.md:3:1: info: goal \"Ninety one\" was last reviewed 2026-08-23, 91 "
             "days ago; goals go stale after 90 days [stale-goal]"}));
  EXPECT_EQ(run.of("stale-goal")[0].help,
            "Read the goal again, change what no longer fits, and set `reviewed:` to today's "
            "date.");
}

TEST(StaleGoal, UpdatedAliasAndConfiguredDays) {
  auto run = lint_files({
      {".goals.yaml", "stale-after-days: 30\n"},
      {"Goals/A.md", goal("horizon: short\nupdated: 2026-10-01\n")},
  });
  EXPECT_EQ(run.lines("stale-goal"),
            Lines{"Goals/A.md:4:1: info: goal \"A\" was last reviewed 2026-10-01, 52 days ago; "
                  "goals go stale after 30 days [stale-goal]"});
}

// -------------------------------------------------------------- sprint-dates

TEST(SprintDates, QuarterlySprintsThatFollowEachOtherAreClean) {
  auto run = lint_files({
      {"Sprints/2026-Q3.md", sprint("quarter: 2026-Q3\nstart: 2026-07-01\nend: 2026-09-30\n")},
      {"Sprints/2026-Q4.md", sprint("quarter: 2026-Q4\n")},
      {"Sprints/2027-Q1.md", sprint("")},  // dates from the file name: 90 days
  });
  EXPECT_EQ(run.lines("sprint-dates"), Lines{});
}

TEST(SprintDates, MissingOrInvalidDates) {
  auto run = lint_files({
      {"Sprints/Nothing.md", sprint("")},
      {"Sprints/Only start.md", sprint("start: 2026-10-01\n")},
      {"Sprints/Bad end.md", sprint("start: 2027-10-01\nend: 2027-13-01\n")},
      {"Sprints/Bad quarter.md", sprint("quarter: 2026-Q5\n")},
  });
  EXPECT_EQ(
      run.lines("sprint-dates"),
      (Lines{"Sprints/Bad end.md:4:1: warning: sprint \"Bad end\" has no valid end date "
             "[sprint-dates]",
             "Sprints/Bad quarter.md:3:1: warning: sprint \"Bad quarter\" has no start or end "
             "date and no quarter to take them from [sprint-dates]",
             "Sprints/Nothing.md:2:1: warning: sprint \"Nothing\" has no start or end date and no "
             "quarter to take them from [sprint-dates]",
             "Sprints/Only start.md:2:1: warning: sprint \"Only start\" has no end date "
             "[sprint-dates]"}));
}

TEST(SprintDates, BackwardsAndWrongLength) {
  auto run = lint_files({
      {"Sprints/Backwards.md", sprint("start: 2027-10-01\nend: 2027-09-01\n")},
      {"Sprints/Short.md", sprint("start: 2028-01-01\nend: 2028-02-14\n")},
      {"Sprints/Min.md", sprint("start: 2029-01-01\nend: 2029-03-21\n")},   // 80 days
      {"Sprints/Max.md", sprint("start: 2030-01-01\nend: 2030-04-10\n")},   // 100 days
      {"Sprints/Long.md", sprint("start: 2031-01-01\nend: 2031-04-11\n")},  // 101 days
  });
  EXPECT_EQ(
      run.lines("sprint-dates"),
      (Lines{"Sprints/Backwards.md:4:1: warning: sprint \"Backwards\" ends 2027-09-01, before "
             "it starts on 2027-10-01 [sprint-dates]",
             "Sprints/Long.md:4:1: warning: sprint \"Long\" runs 101 days, 2031-01-01 to "
             "2031-04-11; a sprint lasts 80 to 100 days [sprint-dates]",
             "Sprints/Short.md:4:1: warning: sprint \"Short\" runs 45 days, 2028-01-01 to "
             "2028-02-14; a sprint lasts 80 to 100 days [sprint-dates]"}));
}

TEST(SprintDates, OverlapIsReportedOnTheLaterSprint) {
  auto run = lint_files({
      {"Sprints/2026-Q3.md", sprint("quarter: 2026-Q3\nend: 2026-10-05\n")},
      {"Sprints/2026-Q4.md", sprint("quarter: 2026-Q4\n")},
      // Inside Q4's span: overlaps the one reaching furthest (Q4, not Q3).
      {"Sprints/Side.md", sprint("start: 2026-10-10\nend: 2026-12-31\n")},
  });
  EXPECT_EQ(run.lines("sprint-dates"),
            (Lines{"Sprints/2026-Q4.md:3:1: warning: sprint \"2026-Q4\" starts 2026-10-01 and "
                   "overlaps sprint \"2026-Q3\" (ends 2026-10-05) [sprint-dates]",
                   "Sprints/Side.md:3:1: warning: sprint \"Side\" starts 2026-10-10 and overlaps "
                   "sprint \"2026-Q4\" (ends 2026-12-31) [sprint-dates]"}));
}

TEST(SprintDates, ConfiguredLength) {
  auto run = lint_files({
      {".goals.yaml", "sprint-length: {min: 28, max: 31}\n"},
      {"Sprints/Month.md", sprint("start: 2026-11-01\nend: 2026-11-30\n")},
      {"Sprints/2027-Q1.md", sprint("")},
  });
  EXPECT_EQ(run.lines("sprint-dates"),
            Lines{"Sprints/2027-Q1.md:2:1: warning: sprint \"2027-Q1\" runs 90 days, 2027-01-01 "
                  "to 2027-03-31; a sprint lasts 28 to 31 days [sprint-dates]"});
}

// ------------------------------------------------------------ missing-review

TEST(MissingReview, EndedSprintWithoutReviewFiresAtTheEndKey) {
  auto run = lint_files({
      {"Sprints/2026-Q3.md", sprint("quarter: 2026-Q3\nstart: 2026-07-01\nend: 2026-09-30\n")},
      {"Sprints/2026-Q2.md", sprint("")},  // dates from the name only
  });
  EXPECT_EQ(run.lines("missing-review"),
            (Lines{"Sprints/2026-Q2.md:2:1: warning: sprint \"2026-Q2\" ended 2026-06-30, 145 "
                   "days ago, and no review looks back on it [missing-review]",
                   "Sprints/2026-Q3.md:5:1: warning: sprint \"2026-Q3\" ended 2026-09-30, 53 "
                   "days ago, and no review looks back on it [missing-review]"}));
  // The help is the command that writes the review of the sprint's quarter.
  EXPECT_EQ(run.of("missing-review")[1].help,
            "Run `goals review --cadence quarterly --period 2026-Q3`: it shows the sprint's "
            "progress, asks the five questions and writes the review.");
}

TEST(MissingReview, FiresFromTheDayAfterTheEnd) {
  auto run = lint_files({
      {"Sprints/Today.md", sprint("start: 2026-08-24\nend: 2026-11-22\n")},
      {"Sprints/Yesterday.md", sprint("quarter: 2026-Q3\nstart: 2026-08-23\nend: 2026-11-21\n")},
      {"Sprints/Earlier.md", sprint("start: 2026-08-10\nend: 2026-11-08\n")},
      {"Sprints/2026-Q4.md", sprint("")},
  });
  EXPECT_EQ(run.lines("missing-review"),
            (Lines{"Sprints/Earlier.md:4:1: warning: sprint \"Earlier\" ended 2026-11-08, 14 days "
                   "ago, and no review looks back on it [missing-review]",
                   "Sprints/Yesterday.md:5:1: warning: sprint \"Yesterday\" ended 2026-11-21, 1 "
                   "day ago, and no review looks back on it [missing-review]"}));
  // Yesterday is the sprint of 2026-Q3 (its `quarter` says so); Earlier,
  // which only starts in it, is named.
  EXPECT_EQ(run.of("missing-review")[0].help,
            "Run `goals review --cadence quarterly --period 2026-Q3 --sprint Earlier`: it shows "
            "the sprint's progress, asks the five questions and writes the review.");
  EXPECT_EQ(run.of("missing-review")[1].help,
            "Run `goals review --cadence quarterly --period 2026-Q3`: it shows the sprint's "
            "progress, asks the five questions and writes the review.");
}

TEST(MissingReview, ASprintWithoutQuarterOrStartIsNamedByItsNote) {
  auto run = lint_files({{"Sprints/Autumn push.md", sprint("end: 2026-11-07\n")}});
  ASSERT_EQ(run.of("missing-review").size(), 1u);
  EXPECT_EQ(run.of("missing-review")[0].help,
            "Run `goals review --cadence quarterly --sprint 'Autumn push'`: it shows the "
            "sprint's progress, asks the five questions and writes the review.");
}

TEST(MissingReview, AReviewBySprintPropertyOrBodyLink) {
  auto run = lint_files({
      {"Sprints/2026-Q1.md", sprint("")},
      {"Sprints/2026-Q2.md", sprint("")},
      {"Sprints/2026-Q3.md", sprint("")},
      {"Reviews/Q1.md", review("sprint: \"[[2026-Q1]]\"\n")},
      {"Reviews/Q2.md", review("", "# Q2\n\n## What happened in [[2026-Q2]]?\n\nA lot.\n")},
      // Weekly check-ins during the sprint do not look back on it.
      {"Reviews/W38.md", review("cadence: weekly\nsprint: \"[[2026-Q3]]\"\ndate: 2026-09-20\n")},
      {"Daily/2026-10-02.md", "Thinking about [[2026-Q3]].\n"},
  });
  EXPECT_EQ(run.lines("missing-review"),
            Lines{"Sprints/2026-Q3.md:2:1: warning: sprint \"2026-Q3\" ended 2026-09-30, 53 days "
                  "ago, and no review looks back on it [missing-review]"});
}

TEST(MissingReview, AMonthlyReviewWrittenAfterTheEndCounts) {
  auto run = lint_files({
      {"Sprints/2026-Q3.md", sprint("")},
      {"Reviews/2026-10.md",
       review("cadence: monthly\nsprint: \"[[2026-Q3]]\"\ndate: 2026-10-03\n")},
  });
  EXPECT_EQ(run.lines("missing-review"), Lines{});
}

TEST(MissingReview, GraceDaysOption) {
  auto run = lint_files({
      {".goals.yaml", "rules:\n  missing-review:\n    grace-days: 60\n"},
      {"Sprints/2026-Q3.md", sprint("")},
      {"Sprints/2026-Q2.md", sprint("")},
  });
  EXPECT_TRUE(run.result.config_problems.empty());
  EXPECT_EQ(run.lines("missing-review"),
            Lines{"Sprints/2026-Q2.md:2:1: warning: sprint \"2026-Q2\" ended 2026-06-30, 145 days "
                  "ago, and no review looks back on it [missing-review]"});
}

}  // namespace
}  // namespace goals
