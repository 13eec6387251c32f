#include "goals/passes/timeline.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <memory>

#include "goals/parse/config.h"
#include "goals/passes/review_period.h"
#include "loaded_vault.h"

namespace goals {
namespace {

const Loaded& engineering_manager() {
  static const Loaded l = load_example("engineering-manager");
  return l;
}

Date day(const char* s) { return *Date::parse(s); }

std::string sprint(const std::string& front, const std::string& body) {
  return "---\ntype: sprint\n" + front + "---\n# Sprint\n\n" + body;
}

std::string goal(const std::string& front = "") {
  return "---\ntype: goal\nhorizon: short\n" + front + "---\n";
}

std::string review(const std::string& front) { return "---\ntype: review\n" + front + "---\n"; }

/// "date kind title | goal | metric @ path:line" per win, for whole-list comparisons.
std::vector<std::string> describe(const Loaded& l, const std::vector<Win>& wins) {
  std::vector<std::string> out;
  for (const Win& w : wins)
    out.push_back((w.date ? w.date->str() : "undated") + " " +
                  (w.kind == Win::Kind::Goal ? "goal " : "milestone ") + w.title + " | " + w.goal +
                  " | " + w.metric + " @ " + l.vault->notes[w.note].path + ":" +
                  std::to_string(w.line));
  return out;
}

// --- current_sprint / latest_sprint -----------------------------------------

TEST(CurrentSprint, ExampleVaultRunsItsQ4SprintOnTheDayItsNotesWereWritten) {
  const Loaded& l = engineering_manager();
  EXPECT_EQ(l.path_of_node(current_sprint(l.graph, day("2026-11-22"))), "Sprints/2026-Q4.md");
}

TEST(CurrentSprint, StartAndEndDaysBelongToTheSprint) {
  const Loaded& l = engineering_manager();
  EXPECT_EQ(l.path_of_node(current_sprint(l.graph, day("2026-07-01"))), "Sprints/2026-Q3.md");
  EXPECT_EQ(l.path_of_node(current_sprint(l.graph, day("2026-09-30"))), "Sprints/2026-Q3.md");
  EXPECT_EQ(l.path_of_node(current_sprint(l.graph, day("2026-10-01"))), "Sprints/2026-Q4.md");
  EXPECT_EQ(l.path_of_node(current_sprint(l.graph, day("2026-12-31"))), "Sprints/2026-Q4.md");
}

TEST(CurrentSprint, NoneBeforeTheFirstOrAfterTheLast) {
  const Loaded& l = engineering_manager();
  EXPECT_EQ(current_sprint(l.graph, day("2026-06-30")), -1);
  EXPECT_EQ(current_sprint(l.graph, day("2027-01-01")), -1);
}

TEST(CurrentSprint, OverlappingSprintsGiveTheLatestStartingOne) {
  const Loaded l = load_files({
      {"Sprints/A.md", sprint("start: 2026-10-01\nend: 2026-12-31\n", "")},
      {"Sprints/B.md", sprint("start: 2026-11-01\nend: 2026-11-30\n", "")},
      {"Sprints/C.md", sprint("start: 2026-09-01\nend: 2026-12-31\n", "")},
  });
  EXPECT_EQ(l.path_of_node(current_sprint(l.graph, day("2026-11-15"))), "Sprints/B.md");
  EXPECT_EQ(l.path_of_node(current_sprint(l.graph, day("2026-12-01"))), "Sprints/A.md");
  EXPECT_EQ(l.path_of_node(current_sprint(l.graph, day("2026-09-15"))), "Sprints/C.md");
}

TEST(CurrentSprint, ASprintWithNoDatesIsNeverCurrent) {
  const Loaded l = load_files({{"Sprints/Undated.md", sprint("", "")}});
  EXPECT_EQ(current_sprint(l.graph, day("2026-11-15")), -1);
}

TEST(CurrentSprint, QuarterAloneGivesItsBounds) {
  const Loaded l = load_files({{"Sprints/Q4.md", sprint("quarter: 2026-Q4\n", "")}});
  EXPECT_EQ(l.path_of_node(current_sprint(l.graph, day("2026-10-01"))), "Sprints/Q4.md");
  EXPECT_EQ(current_sprint(l.graph, day("2027-01-01")), -1);
}

TEST(LatestSprint, ExampleVaultsLatestIsQ4) {
  const Loaded& l = engineering_manager();
  EXPECT_EQ(l.path_of_node(latest_sprint(l.graph)), "Sprints/2026-Q4.md");
}

TEST(LatestSprint, NoSprintsGiveMinusOne) {
  const Loaded l = load_files({{"Goals/A.md", goal()}});
  EXPECT_EQ(latest_sprint(l.graph), -1);
}

TEST(LatestSprint, ByQuarterThenStartThenNoteOrder) {
  const Loaded by_quarter = load_files({
      {"Sprints/1.md", sprint("quarter: 2027-Q1\n", "")},
      {"Sprints/2.md", sprint("quarter: 2026-Q4\nstart: 2026-12-01\n", "")},
      {"Sprints/3.md", sprint("start: 2026-11-05\nend: 2027-01-31\n", "")},
  });
  EXPECT_EQ(by_quarter.path_of_node(latest_sprint(by_quarter.graph)), "Sprints/1.md");

  const Loaded by_start = load_files({
      {"Sprints/1.md", sprint("quarter: 2026-Q4\nstart: 2026-10-15\n", "")},
      {"Sprints/2.md", sprint("quarter: 2026-Q4\n", "")},
      {"Sprints/3.md", sprint("start: 2026-10-02\nend: 2026-12-31\n", "")},
  });
  EXPECT_EQ(by_start.path_of_node(latest_sprint(by_start.graph)), "Sprints/1.md");

  const Loaded tie = load_files({
      {"Sprints/1.md", sprint("quarter: 2026-Q4\n", "")},
      {"Sprints/2.md", sprint("quarter: 2026-Q4\n", "")},
  });
  EXPECT_EQ(tie.path_of_node(latest_sprint(tie.graph)), "Sprints/2.md");
}

// --- sprint_milestones -------------------------------------------------------

TEST(SprintMilestones, ExampleQ4MilestonesWithTheirWrittenDates) {
  const Loaded& l = engineering_manager();
  const int s = l.node("Sprints/2026-Q4.md");
  const std::vector<MilestoneInfo> ms = sprint_milestones(l.graph, s);
  ASSERT_EQ(ms.size(), 9u);

  const MilestoneInfo& first = ms[0];
  EXPECT_EQ(first.sprint, s);
  EXPECT_EQ(first.goal, l.node("Goals/Mentor 2 junior engineers.md"));
  EXPECT_EQ(first.goal_title, "Mentor 2 junior engineers");
  EXPECT_EQ(first.text,
            "Week 1-4: Agree mentoring goals with Sam and Lea and book a fortnightly slot");
  EXPECT_EQ(first.first_week, 1);
  EXPECT_EQ(first.last_week, 4);
  EXPECT_EQ(first.due, day("2026-10-28"));
  EXPECT_TRUE(first.due_written);
  EXPECT_EQ(first.done, day("2026-10-12"));
  EXPECT_TRUE(first.is_done);
  EXPECT_FALSE(first.cancelled);
  EXPECT_EQ(first.note, l.vault->find_note("Sprints/2026-Q4.md"));
  EXPECT_EQ(first.line, 19);

  // The overdue one: open, written due date, no done date.
  const MilestoneInfo& last = ms[8];
  EXPECT_EQ(last.goal_title, "Finish the Coaching for Engineers course");
  EXPECT_EQ(last.text, "Week 4-5: Modules 7-8 and the recorded coaching conversation");
  EXPECT_EQ(last.first_week, 4);
  EXPECT_EQ(last.last_week, 5);
  EXPECT_EQ(last.due, day("2026-10-31"));
  EXPECT_TRUE(last.due_written);
  EXPECT_EQ(last.done, std::nullopt);
  EXPECT_FALSE(last.is_done);
  EXPECT_EQ(last.line, 33);

  std::vector<int> lines;
  for (const MilestoneInfo& m : ms) lines.push_back(m.line);
  EXPECT_EQ(lines, (std::vector<int>{19, 20, 21, 25, 26, 27, 31, 32, 33}));
}

TEST(SprintMilestones, WithoutADueDateTheLastDayOfTheirLastWeek) {
  // Q3's inline Goal 2 has plain `Week a-b:` items with no dates.
  const Loaded& l = engineering_manager();
  const std::vector<MilestoneInfo> ms = sprint_milestones(l.graph, l.node("Sprints/2026-Q3.md"));
  ASSERT_EQ(ms.size(), 6u);
  const MilestoneInfo& gaps = ms[3];
  EXPECT_EQ(gaps.goal_title, "Identify one leadership opportunity on the Payments team");
  ASSERT_GE(gaps.goal, 0);
  EXPECT_EQ(l.graph.nodes[gaps.goal].note, -1);  // an inline goal
  EXPECT_EQ(gaps.text,
            "Week 1-4: List the gaps the team has today (planning, reviews, on-call, onboarding)");
  EXPECT_EQ(gaps.due, day("2026-07-28"));  // 2026-07-01 + 7*4 - 1
  EXPECT_FALSE(gaps.due_written);
  EXPECT_FALSE(gaps.is_done);
  EXPECT_EQ(ms[4].due, day("2026-08-25"));  // Week 5-8
  EXPECT_EQ(ms[5].due, day("2026-09-29"));  // Week 9-13: day 91 of a 92-day sprint
  EXPECT_EQ(ms[5].first_week, 9);
  EXPECT_EQ(ms[5].last_week, 13);
}

TEST(SprintMilestones, DerivedDueDateNeverAfterTheSprintsEnd) {
  const Loaded l = load_files({
      {"Sprints/Short.md", sprint("start: 2026-10-01\nend: 2026-10-20\n",
                                  "## Goal 1: Ship it\n"
                                  "- [ ] Week 1-2: Draft\n"
                                  "- [ ] Week 3-4: Ship\n"
                                  "- [ ] Week 3: Tell people 📅 2026-11-30\n")},
  });
  const std::vector<MilestoneInfo> ms = sprint_milestones(l.graph, l.node("Sprints/Short.md"));
  ASSERT_EQ(ms.size(), 3u);
  EXPECT_EQ(ms[0].due, day("2026-10-14"));
  EXPECT_EQ(ms[1].due, day("2026-10-20"));  // 2026-10-28, capped at the end
  EXPECT_FALSE(ms[1].due_written);
  EXPECT_EQ(ms[2].due, day("2026-11-30"));  // a written date is kept as written
  EXPECT_TRUE(ms[2].due_written);
  EXPECT_EQ(ms[2].first_week, 3);
  EXPECT_EQ(ms[2].last_week, 3);
}

TEST(SprintMilestones, NoDueDateWithoutAStartOrAWrittenDate) {
  const Loaded l = load_files({
      {"Sprints/Undated.md", sprint("", "## Goal 1: Ship it\n- [ ] Week 1-2: Draft\n")},
  });
  const std::vector<MilestoneInfo> ms = sprint_milestones(l.graph, l.node("Sprints/Undated.md"));
  ASSERT_EQ(ms.size(), 1u);
  EXPECT_EQ(ms[0].due, std::nullopt);
  EXPECT_FALSE(ms[0].due_written);
}

TEST(SprintMilestones, DoneCancelledAndPlainItems) {
  const Loaded l = load_files({
      {"Sprints/Q.md", sprint("quarter: 2026-Q4\n",
                              "## Goal 1: Ship it\n"
                              "- [x] Week 1-2: Ticked, no date\n"
                              "- [X] Week 3: Ticked upper case ✅ 2026-10-20\n"
                              "- [-] Week 4: Cancelled ✅ 2026-10-25\n"
                              "- [/] Week 5: In progress\n"
                              "- Week 6: Plain with a done date ✅ 2026-11-10\n"
                              "- Week 7: Plain without one\n")},
  });
  const std::vector<MilestoneInfo> ms = sprint_milestones(l.graph, l.node("Sprints/Q.md"));
  ASSERT_EQ(ms.size(), 6u);
  EXPECT_TRUE(ms[0].is_done);
  EXPECT_EQ(ms[0].done, std::nullopt);
  EXPECT_TRUE(ms[1].is_done);
  EXPECT_EQ(ms[1].done, day("2026-10-20"));
  EXPECT_FALSE(ms[2].is_done);
  EXPECT_TRUE(ms[2].cancelled);
  EXPECT_FALSE(ms[3].is_done);
  EXPECT_FALSE(ms[3].cancelled);
  EXPECT_TRUE(ms[4].is_done);
  EXPECT_EQ(ms[4].done, day("2026-11-10"));
  EXPECT_EQ(ms[4].text, "Week 6: Plain with a done date");
  EXPECT_FALSE(ms[5].is_done);
  EXPECT_FALSE(ms[5].cancelled);
}

TEST(SprintMilestones, GroupedBySprintGoalInTheSprintsGoalOrder) {
  // The `goals` property's order comes first, then headings not in it; the
  // report's dashboard walks the milestones goal by goal in that order.
  const Loaded l = load_files({
      {"Goals/A.md", goal()},
      {"Goals/B.md", goal()},
      {"Sprints/Q.md", sprint("quarter: 2026-Q4\ngoals:\n  - \"[[B]]\"\n  - \"[[A]]\"\n",
                              "## Goal 1: [[A]]\n"
                              "- [ ] Week 1-4: A first\n"
                              "- [ ] Week 5-8: A second\n"
                              "## Goal 2: [[B]]\n"
                              "- [ ] Week 1-4: B first\n"
                              "## Goal 3: Inline\n"
                              "- [ ] Week 1-4: Inline first\n")},
  });
  const int s = l.node("Sprints/Q.md");
  std::vector<std::string> got;
  for (const MilestoneInfo& m : sprint_milestones(l.graph, s))
    got.push_back(m.goal_title + ": " + m.text + " @" + std::to_string(m.line));
  EXPECT_EQ(got, (std::vector<std::string>{
                     "B: Week 1-4: B first @14",
                     "A: Week 1-4: A first @11",
                     "A: Week 5-8: A second @12",
                     "Inline: Week 1-4: Inline first @16",
                 }));
  std::vector<std::string> goals;
  for (const SprintGoal& sg : l.graph.nodes[s].goals) goals.push_back(sg.title);
  EXPECT_EQ(goals, (std::vector<std::string>{"B", "A", "Inline"}));
}

TEST(SprintMilestones, ALinkToNoGoalNoteHasNoGoalNode) {
  const Loaded l = load_files({
      {"Sprints/Q.md", sprint("quarter: 2026-Q4\n",
                              "## Goal 1: [[Missing goal]]\n"
                              "- [x] Week 1-4: Done anyway ✅ 2026-10-10\n")},
  });
  const std::vector<MilestoneInfo> ms = sprint_milestones(l.graph, l.node("Sprints/Q.md"));
  ASSERT_EQ(ms.size(), 1u);
  EXPECT_EQ(ms[0].goal, -1);
  EXPECT_EQ(ms[0].goal_title, "Missing goal");
}

TEST(AllMilestones, EverySprintInNodeOrder) {
  const Loaded& l = engineering_manager();
  const std::vector<MilestoneInfo> ms = all_milestones(l.graph);
  ASSERT_EQ(ms.size(), 15u);
  EXPECT_EQ(l.vault->notes[ms[0].note].path, "Sprints/2026-Q3.md");
  EXPECT_EQ(l.vault->notes[ms[6].note].path, "Sprints/2026-Q4.md");
}

// --- collect_wins --------------------------------------------------------------

TEST(CollectWins, ExampleVaultAllWinsNewestFirst) {
  const Loaded& l = engineering_manager();
  EXPECT_EQ(
      describe(l, collect_wins(*l.vault, l.graph, std::nullopt)),
      (std::vector<std::string>{
          "2026-11-20 milestone Three sessions each and one written growth area per mentee | "
          "Mentor 2 junior engineers |  @ Sprints/2026-Q4.md:20",
          "2026-10-30 milestone Modules 5-6 | Finish the Coaching for Engineers course |  @ "
          "Sprints/2026-Q4.md:32",
          "2026-10-27 milestone Shadow Dana through the mid-quarter re-plan | Lead the sprint "
          "planning cycle for Q1 2027 |  @ Sprints/2026-Q4.md:25",
          "2026-10-13 milestone Modules 1-4 | Finish the Coaching for Engineers course |  @ "
          "Sprints/2026-Q4.md:31",
          "2026-10-12 milestone Agree mentoring goals with Sam and Lea and book a fortnightly slot "
          "| Mentor 2 junior engineers |  @ Sprints/2026-Q4.md:19",
          "2026-07-22 milestone Send a written summary and get it confirmed | Have a career "
          "growth conversation with my manager |  @ Sprints/2026-Q3.md:19",
          // Same day: by path, so the goal note comes before the sprint.
          "2026-07-21 goal Have a career growth conversation with my manager |  | A written "
          "summary of the conversation, agreed with Marcus, that names one leadership "
          "opportunity @ Goals/Have a career growth conversation with my manager.md:10",
          "2026-07-21 milestone Hold the conversation in our 1:1 | Have a career growth "
          "conversation with my manager |  @ Sprints/2026-Q3.md:18",
          "2026-07-10 milestone Write down three questions for Marcus | Have a career growth "
          "conversation with my manager |  @ Sprints/2026-Q3.md:17",
          "2026-03-18 goal Earn promotion to Senior Software Engineer by the March 2026 review "
          "cycle |  | Lead 2 cross-functional projects, mentor 1 junior developer and pass the "
          "internal system design certification, then meet the senior bar of the leveling "
          "rubric @ Goals/Earn promotion to Senior Software Engineer by the March 2026 review "
          "cycle.md:12",
          "2025-12-09 goal Pass the internal system design certification |  | Pass the internal "
          "system design certification on the first attempt @ Goals/Pass the internal system "
          "design certification.md:10",
      }));
}

TEST(CollectWins, SinceKeepsWinsOnThatDay) {
  const Loaded& l = engineering_manager();
  const std::vector<Win> wins = collect_wins(*l.vault, l.graph, day("2026-10-12"));
  ASSERT_EQ(wins.size(), 5u);
  EXPECT_EQ(wins.front().title, "Three sessions each and one written growth area per mentee");
  EXPECT_EQ(wins.back().date, day("2026-10-12"));
  EXPECT_EQ(wins.back().title,
            "Agree mentoring goals with Sam and Lea and book a fortnightly slot");
  EXPECT_EQ(collect_wins(*l.vault, l.graph, day("2026-11-21")).size(), 0u);
}

TEST(CollectWins, GoalAndMilestoneFields) {
  const Loaded& l = engineering_manager();
  const std::vector<Win> wins = collect_wins(*l.vault, l.graph, day("2026-07-21"));
  ASSERT_EQ(wins.size(), 8u);
  const Win& g = wins[6];
  EXPECT_EQ(g.kind, Win::Kind::Goal);
  EXPECT_EQ(g.date, day("2026-07-21"));
  EXPECT_EQ(g.title, "Have a career growth conversation with my manager");
  EXPECT_EQ(g.goal, "");
  EXPECT_EQ(g.goal_node, l.node("Goals/Have a career growth conversation with my manager.md"));
  EXPECT_EQ(g.metric,
            "A written summary of the conversation, agreed with Marcus, that names one "
            "leadership opportunity");
  EXPECT_EQ(g.note, l.vault->find_note("Goals/Have a career growth conversation with my manager"));
  EXPECT_EQ(g.line, 10);

  const Win& m = wins[7];
  EXPECT_EQ(m.kind, Win::Kind::Milestone);
  EXPECT_EQ(m.title, "Hold the conversation in our 1:1");
  EXPECT_EQ(m.goal, "Have a career growth conversation with my manager");
  EXPECT_EQ(m.goal_node, g.goal_node);
  EXPECT_EQ(m.metric, "");
  EXPECT_EQ(m.note, l.vault->find_note("Sprints/2026-Q3.md"));
  EXPECT_EQ(m.line, 18);
}

TEST(CollectWins, UndatedWinsLastAndOnlyWithoutSince) {
  const Loaded l = load_files({
      {"Goals/Done undated.md", goal("status: done\nmetric: It shipped\n")},
      {"Goals/Done dated.md", goal("status: done\ncompleted: 2026-09-01\n")},
      {"Goals/Dropped.md", goal("status: dropped\ncompleted: 2026-09-02\n")},
      {"Goals/Open.md", goal("completed: 2026-09-03\n")},
      {"Sprints/Q.md", sprint("quarter: 2026-Q4\n",
                              "## Goal 1: [[Open]]\n"
                              "- [x] Week 1-2: Ticked without a date\n"
                              "- [x] Week 3-4: Ticked with one ✅ 2026-10-20\n"
                              "- [-] Week 5-6: Cancelled ✅ 2026-10-21\n"
                              "- [ ] Week 7-8: Open ✅ 2026-10-22\n")},
  });
  EXPECT_EQ(describe(l, collect_wins(*l.vault, l.graph, std::nullopt)),
            (std::vector<std::string>{
                "2026-10-20 milestone Ticked with one | Open |  @ Sprints/Q.md:9",
                "2026-09-01 goal Done dated |  |  @ Goals/Done dated.md:5",
                // Undated: the goal's line is its `status: done`.
                "undated goal Done undated |  | It shipped @ Goals/Done undated.md:4",
                "undated milestone Ticked without a date | Open |  @ Sprints/Q.md:8",
            }));
  EXPECT_EQ(describe(l, collect_wins(*l.vault, l.graph, day("2026-01-01"))),
            (std::vector<std::string>{
                "2026-10-20 milestone Ticked with one | Open |  @ Sprints/Q.md:9",
                "2026-09-01 goal Done dated |  |  @ Goals/Done dated.md:5",
            }));
}

TEST(CollectWins, MilestoneTitlesAreTheirWordsWithoutTheWeekOrTheDates) {
  const Loaded l = load_files({
      {"Sprints/Q.md", sprint("quarter: 2026-Q4\n",
                              "## Goal 1: Ship the thing\n"
                              "- [x] **Week 1-2:** Bold prefix 📅 2026-10-10 ✅ 2026-10-09\n"
                              "- [x] **Week 3-4**: Bold week ✅ 2026-10-20\n"
                              "- [x] Weeks 5–6: En dash and *emphasis* ⏫ ✅ 2026-11-01\n"
                              "- [x] Week 7: ✅ 2026-11-10\n")},
  });
  std::vector<std::string> titles;
  for (const Win& w : collect_wins(*l.vault, l.graph, std::nullopt)) titles.push_back(w.title);
  EXPECT_EQ(titles, (std::vector<std::string>{
                        // "Week 7:" is nothing but the week: a placeholder, no win.
                        "En dash and *emphasis*",
                        "Bold week",
                        "Bold prefix",
                    }));
}

TEST(CollectWins, SameDayByPathThenLine) {
  const Loaded l = load_files({
      {"Sprints/B.md", sprint("quarter: 2026-Q4\n",
                              "## Goal 1: Two\n"
                              "- [x] Week 1: Second ✅ 2026-10-05\n"
                              "- [x] Week 1: First ✅ 2026-10-05\n")},
      {"Sprints/A.md",
       sprint("quarter: 2026-Q3\n", "## Goal 1: One\n- [x] Week 1: Earlier path ✅ 2026-10-05\n")},
  });
  std::vector<std::string> titles;
  for (const Win& w : collect_wins(*l.vault, l.graph, std::nullopt)) titles.push_back(w.title);
  EXPECT_EQ(titles, (std::vector<std::string>{"Earlier path", "Second", "First"}));
}

TEST(WinsBetween, LeavesOutWinsAfterUntil) {
  const Loaded& l = engineering_manager();
  const std::vector<Win> wins =
      wins_between(*l.vault, l.graph, day("2026-10-02"), day("2026-10-27"));
  ASSERT_EQ(wins.size(), 3u);
  EXPECT_EQ(wins[0].title, "Shadow Dana through the mid-quarter re-plan");  // on `until`: kept
  EXPECT_EQ(wins[2].title, "Agree mentoring goals with Sam and Lea and book a fortnightly slot");
  EXPECT_EQ(wins_between(*l.vault, l.graph, std::nullopt, day("2025-12-08")).size(), 0u);
}

TEST(WinsBetween, UndatedWinsStayWithoutSince) {
  const Loaded l = load_files({{"Goals/Done.md", goal("status: done\n")}});
  EXPECT_EQ(wins_between(*l.vault, l.graph, std::nullopt, day("2020-01-01")).size(), 1u);
  EXPECT_EQ(wins_between(*l.vault, l.graph, day("2019-01-01"), day("2020-01-01")).size(), 0u);
}

// --- last_review / review_day ----------------------------------------------------

TEST(LastReview, ExampleVaultByCadence) {
  const Loaded& l = engineering_manager();
  const Date today = day("2026-11-22");
  EXPECT_EQ(l.path_of_node(last_review(l.graph, Cadence::Quarterly, today)),
            "Reviews/2026-Q3 review.md");
  EXPECT_EQ(l.path_of_node(last_review(l.graph, Cadence::Monthly, today)), "Reviews/2026-10.md");
  EXPECT_EQ(l.path_of_node(last_review(l.graph, Cadence::Weekly, today)), "Reviews/2026-W47.md");
  EXPECT_EQ(l.path_of_node(last_review(l.graph, std::nullopt, today)), "Reviews/2026-W47.md");
}

TEST(LastReview, NotAfterToday) {
  const Loaded& l = engineering_manager();
  EXPECT_EQ(l.path_of_node(last_review(l.graph, std::nullopt, day("2026-11-21"))),
            "Reviews/2026-W46.md");
  EXPECT_EQ(l.path_of_node(last_review(l.graph, Cadence::Weekly, day("2026-11-15"))),
            "Reviews/2026-W46.md");
  EXPECT_EQ(last_review(l.graph, Cadence::Weekly, day("2026-11-14")), -1);
  EXPECT_EQ(last_review(l.graph, Cadence::Quarterly, day("2026-10-01")), -1);
  EXPECT_EQ(l.path_of_node(last_review(l.graph, Cadence::Quarterly, day("2026-10-02"))),
            "Reviews/2026-Q3 review.md");
}

TEST(LastReview, UndatedReviewsCountOnTheirSprintsEnd) {
  const Loaded l = load_files({
      {"Sprints/2026-Q3.md", sprint("quarter: 2026-Q3\n", "")},
      {"Reviews/Dated.md", review("cadence: quarterly\ndate: 2026-09-15\n")},
      {"Reviews/Undated.md", review("sprint: \"[[2026-Q3]]\"\n")},
      {"Reviews/Nothing.md", review("cadence: quarterly\n")},
  });
  EXPECT_EQ(l.path_of_node(last_review(l.graph, Cadence::Quarterly, day("2026-11-22"))),
            "Reviews/Undated.md");
  EXPECT_EQ(l.path_of_node(last_review(l.graph, Cadence::Quarterly, day("2026-09-29"))),
            "Reviews/Dated.md");
  EXPECT_EQ(last_review(l.graph, Cadence::Weekly, day("2026-11-22")), -1);
}

TEST(LastReview, SameDayGivesTheLaterNote) {
  const Loaded l = load_files({
      {"Reviews/A.md", review("date: 2026-10-02\n")},
      {"Reviews/B.md", review("date: 2026-10-02\n")},
  });
  EXPECT_EQ(l.path_of_node(last_review(l.graph, Cadence::Quarterly, day("2026-10-02"))),
            "Reviews/B.md");
}

TEST(ReviewDay, DateElseTheSprintsEndElseNone) {
  const Loaded l = load_files({
      {"Sprints/2026-Q3.md", sprint("quarter: 2026-Q3\n", "")},
      {"Reviews/Dated.md", review("sprint: \"[[2026-Q3]]\"\ndate: 2026-10-03\n")},
      {"Reviews/Undated.md", review("sprint: \"[[2026-Q3]]\"\n")},
      {"Reviews/Nothing.md", review("")},
  });
  EXPECT_EQ(review_day(l.graph, l.node("Reviews/Dated.md")), day("2026-10-03"));
  EXPECT_EQ(review_day(l.graph, l.node("Reviews/Undated.md")), day("2026-09-30"));
  EXPECT_EQ(review_day(l.graph, l.node("Reviews/Nothing.md")), std::nullopt);
  const Loaded& em = engineering_manager();
  EXPECT_EQ(review_day(em.graph, em.node("Reviews/2026-Q3 review.md")), day("2026-10-02"));
}

// --- milestone_text / one_line -----------------------------------------------------

TEST(MilestoneText, DropsTasksFieldsFromTheFirstEmoji) {
  EXPECT_EQ(milestone_text("Week 1-4: Courses 1 and 2 📅 2026-10-28 ✅ 2026-10-17"),
            "Week 1-4: Courses 1 and 2");
  EXPECT_EQ(milestone_text("Draft ⏳ 2026-10-01 🛫 2026-09-30 ➕ 2026-09-01"), "Draft");
  EXPECT_EQ(milestone_text("Weekly sync 🔁 every week"), "Weekly sync");
  EXPECT_EQ(milestone_text("No dates at all"), "No dates at all");
  EXPECT_EQ(milestone_text("📅 2026-10-28"), "");
}

TEST(MilestoneText, DropsTheAlternateDateEmojisTheReaderAccepts) {
  EXPECT_EQ(milestone_text("Ship 📆 2026-10-28"), "Ship");
  EXPECT_EQ(milestone_text("Ship 🗓️ 2026-10-28"), "Ship");
  EXPECT_EQ(milestone_text("Ship ⌛ 2026-10-28"), "Ship");
  EXPECT_EQ(milestone_text("Ship ❌ 2026-10-28"), "Ship");
}

TEST(MilestoneText, DropsPriorityAndDependencyFields) {
  EXPECT_EQ(milestone_text("Ship ⏫ 📅 2026-10-28"), "Ship");
  EXPECT_EQ(milestone_text("Ship 🔺"), "Ship");
  EXPECT_EQ(milestone_text("Ship 🔼"), "Ship");
  EXPECT_EQ(milestone_text("Ship 🔽"), "Ship");
  EXPECT_EQ(milestone_text("Ship ⏬"), "Ship");
  EXPECT_EQ(milestone_text("Ship 🆔 abc123 ⛔ def456"), "Ship");
  EXPECT_EQ(milestone_text("Ship 🏁 delete"), "Ship");
}

TEST(MilestoneText, DropsATrailingBlockId) {
  EXPECT_EQ(milestone_text("Write down the agreements ^agreements"), "Write down the agreements");
  EXPECT_EQ(milestone_text("Write down the agreements 📅 2026-12-01 ^agreements"),
            "Write down the agreements");
  EXPECT_EQ(milestone_text("Raise x^2"), "Raise x^2");
  EXPECT_EQ(milestone_text("Caret ^ alone"), "Caret ^ alone");
  EXPECT_EQ(milestone_text("Ends with ^"), "Ends with ^");
}

TEST(OneLine, LineBreaksAndTabsBecomeSpacesEndsTrimmed) {
  EXPECT_EQ(one_line("  two\nlines  "), "two lines");
  EXPECT_EQ(one_line("crlf\r\nline"), "crlf line");
  EXPECT_EQ(one_line("cr\rline"), "cr line");
  EXPECT_EQ(one_line("tab\there"), "tab here");
  EXPECT_EQ(one_line("keeps  inner  spaces"), "keeps  inner  spaces");
  EXPECT_EQ(one_line(" \n\t "), "");
  EXPECT_EQ(one_line(""), "");
}

// ------------------------------------------------------------------ review periods

TEST(ReviewPeriod, ParsesTheThreeFormsStrictly) {
  struct Row {
    const char* text;
    Cadence cadence;
    const char* first;
    const char* last;
  };
  for (const Row& r : {Row{"2026-W49", Cadence::Weekly, "2026-11-30", "2026-12-06"},
                       Row{"2026-W53", Cadence::Weekly, "2026-12-28", "2027-01-03"},
                       Row{"2025-W01", Cadence::Weekly, "2024-12-30", "2025-01-05"},
                       Row{"2027-01", Cadence::Monthly, "2027-01-01", "2027-01-31"},
                       Row{"2028-02", Cadence::Monthly, "2028-02-01", "2028-02-29"},
                       Row{"2026-Q4", Cadence::Quarterly, "2026-10-01", "2026-12-31"}}) {
    const std::optional<ReviewPeriod> p = ReviewPeriod::parse(r.text);
    ASSERT_TRUE(p) << r.text;
    EXPECT_EQ(p->cadence, r.cadence) << r.text;
    EXPECT_EQ(p->first, day(r.first)) << r.text;
    EXPECT_EQ(p->last, day(r.last)) << r.text;
    EXPECT_EQ(p->str(), r.text);
  }
  for (const char* bad :
       {"2025-W53", "2026-W00", "2026-W5", "2026-w49", "2026-00", "2026-13", "2026-1", "2026-Q0",
        "2026-Q5", "2026-11-01", "26-11", "2026", "", "0000-01", "2026-W4x"})
    EXPECT_FALSE(ReviewPeriod::parse(bad)) << bad;
}

TEST(ReviewPeriod, OfADayAndTheNextPeriod) {
  EXPECT_EQ(ReviewPeriod::of(Cadence::Weekly, day("2027-01-01")).str(), "2026-W53");
  EXPECT_EQ(ReviewPeriod::of(Cadence::Weekly, day("2027-01-01")).next().str(), "2027-W01");
  EXPECT_EQ(ReviewPeriod::of(Cadence::Monthly, day("2026-12-31")).next().str(), "2027-01");
  EXPECT_EQ(ReviewPeriod::of(Cadence::Quarterly, day("2026-12-31")).next().str(), "2027-Q1");
  EXPECT_TRUE(ReviewPeriod::of(Cadence::Monthly, day("2026-11-15")).contains(day("2026-11-30")));
  EXPECT_FALSE(ReviewPeriod::of(Cadence::Monthly, day("2026-11-15")).contains(day("2026-12-01")));
}

TEST(ReviewPeriod, TheSprintOfAQuarterPrefersTheOneNamedForIt) {
  const Loaded l = load_files({
      {"Sprints/Early start.md", "---\ntype: sprint\nstart: 2026-09-28\nend: 2026-12-27\n---\n"},
      {"Sprints/Late start.md", "---\ntype: sprint\nstart: 2026-10-05\nend: 2027-01-03\n---\n"},
      {"Sprints/2026-Q4.md", "---\ntype: sprint\n---\n"},
      {"Sprints/Q1.md", "---\ntype: sprint\nstart: 2027-01-04\nend: 2027-04-04\n---\n"},
      {"Sprints/Bob's push.md", "---\ntype: sprint\nend: 2026-11-30\n---\n"},
  });
  EXPECT_EQ(l.path_of_node(sprint_of_quarter(l.graph, Quarter{2026, 4})), "Sprints/2026-Q4.md");
  EXPECT_EQ(l.path_of_node(sprint_of_quarter(l.graph, Quarter{2026, 3})), "Sprints/Early start.md");
  EXPECT_EQ(l.path_of_node(sprint_of_quarter(l.graph, Quarter{2027, 1})), "Sprints/Q1.md");
  EXPECT_EQ(sprint_of_quarter(l.graph, Quarter{2027, 2}), -1);
  // Commands name the sprint when the period alone would pick another.
  EXPECT_EQ(review_command(*l.vault, l.graph, Cadence::Quarterly, ReviewPeriod::parse("2026-Q4"),
                           l.node("Sprints/Late start.md")),
            "goals review --cadence quarterly --period 2026-Q4 --sprint 'Late start'");
  EXPECT_EQ(review_command(*l.vault, l.graph, Cadence::Quarterly, ReviewPeriod::parse("2026-Q4"),
                           l.node("Sprints/2026-Q4.md")),
            "goals review --cadence quarterly --period 2026-Q4");
  // A sprint without quarter or start has no period; its name is quoted for the shell.
  EXPECT_EQ(review_command(*l.vault, l.graph, Cadence::Quarterly, std::nullopt,
                           l.node("Sprints/Bob's push.md")),
            "goals review --cadence quarterly --sprint 'Bob'\\''s push'");
  EXPECT_EQ(review_command(*l.vault, l.graph, Cadence::Weekly, ReviewPeriod::parse("2026-W49")),
            "goals review --cadence weekly --period 2026-W49");
}

}  // namespace
}  // namespace goals
