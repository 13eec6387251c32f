#include "goals/passes/plan.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <memory>

#include "goals/write/templates.h"
#include "loaded_vault.h"

namespace goals {
namespace {

Date day(const char* s) { return *Date::parse(s); }

std::string goal(const std::string& extra = "") {
  return "---\ntype: goal\nhorizon: short\n" + extra + "---\n";
}

std::string sprint(const std::string& quarter, const std::string& body,
                   const std::string& extra = "") {
  return "---\ntype: sprint\nquarter: " + quarter + "\n" + extra + "---\n# Sprint\n\n" + body;
}

// --- next_sprint_quarter ---------------------------------------------------

TEST(NextSprintQuarter, ExampleVaultPlansTheQuarterAfterItsLatestSprint) {
  const Loaded l = load_example("engineering-manager");
  EXPECT_EQ(next_sprint_quarter(l.graph, day("2026-11-22")), (Quarter{2027, 1}));
}

TEST(NextSprintQuarter, NoSprintMeansTheQuarterHoldingToday) {
  const Loaded l = load_files({{"Goals/A.md", goal()}});
  EXPECT_EQ(next_sprint_quarter(l.graph, day("2026-05-09")), (Quarter{2026, 2}));
}

TEST(NextSprintQuarter, LatestByQuarterThenByStartWhenTheQuarterIsMissing) {
  const Loaded l = load_files({
      {"Sprints/2026-Q4.md", sprint("2026-Q4", "")},
      {"Sprints/2027-Q1.md", sprint("2027-Q1", "")},
      {"Sprints/Other.md", "---\ntype: sprint\nstart: 2027-04-02\nend: 2027-06-30\n---\n"},
      {"Sprints/2026-Q2.md", sprint("2026-Q2", "")},
  });
  EXPECT_EQ(next_sprint_quarter(l.graph, day("2026-11-22")), (Quarter{2027, 3}));
}

TEST(NextSprintQuarter, NeverAQuarterThatIsAlreadyOver) {
  const Loaded l = load_files({{"Sprints/2024-Q1.md", sprint("2024-Q1", "")}});
  EXPECT_EQ(next_sprint_quarter(l.graph, day("2026-11-22")), (Quarter{2026, 4}));
}

// --- propose_sprint_goals --------------------------------------------------

TEST(ProposeSprintGoals, ExampleVaultProposesTheUnfinishedQ4GoalsAndTheReviewsPicks) {
  const Loaded l = load_example("engineering-manager");
  const std::vector<std::string> expected = {"Mentor 2 junior engineers",
                                             "Lead the sprint planning cycle for Q1 2027",
                                             "Finish the Coaching for Engineers course"};
  EXPECT_EQ(l.titles(propose_sprint_goals(*l.vault, l.graph, 3)), expected);
  // The review's last answer names the same three: nothing more with room for more.
  EXPECT_EQ(l.titles(propose_sprint_goals(*l.vault, l.graph, 10)), expected);
  EXPECT_EQ(l.titles(propose_sprint_goals(*l.vault, l.graph, 1)),
            std::vector<std::string>{"Mentor 2 junior engineers"});
  EXPECT_TRUE(propose_sprint_goals(*l.vault, l.graph, 0).empty());
}

/// Goals: A open and unfinished, B with every milestone done, C done, D
/// dropped, E, F and G open but not in the sprint.
std::map<std::string, std::string> proposal_vault() {
  return {
      {"Goals/A.md", goal()},
      {"Goals/B.md", goal()},
      {"Goals/C.md", goal("status: done\n")},
      {"Goals/D.md", goal("status: dropped\n")},
      {"Goals/E.md", goal()},
      {"Goals/F.md", goal()},
      {"Goals/G.md", goal()},
      {"Sprints/2026-Q3.md",
       sprint("2026-Q3", "## Goal 1: [[E]]\n- [ ] Week 1-4: e 📅 2026-07-28\n")},
      {"Sprints/2026-Q4.md",
       sprint("2026-Q4",
              "## Goal 1: [[C]]\n- [ ] Week 1-4: c\n\n"
              "## Goal 2: [[B]]\n- [x] Week 1-4: b\n- [x] Week 5-8: b\n- [-] Week 9-13: b\n\n"
              "## Goal 3: [[A]]\n- [x] Week 1-4: a\n- [ ] Week 5-8: a\n\n"
              "## Goal 4: Inline goal\n- Week 1-4: i\n\n"
              "## Goal 5: [[D]]\n")},
      {"Reviews/Old.md",
       "---\ntype: review\ncadence: quarterly\ndate: 2026-07-01\n---\n# Old\n\n"
       "## Which goals come next?\n\n[[F]]\n"},
      {"Reviews/Weekly.md",
       "---\ntype: review\ncadence: weekly\ndate: 2026-11-20\n---\n# W\n\n## Next?\n\n[[F]]\n"},
      {"Reviews/2026-Q3 review.md",
       "---\ntype: review\ncadence: quarterly\ndate: 2026-10-02\n---\n# Review\n\n"
       "## What did I get done?\n\n[[E]] went well, [[F]] did not.\n\n"
       "## Next\n\n### Which goals come next?\n\n"
       "1. [[C]]\n2. [[A]]\n3. [[G]]\n4. [[D]]\n5. [[G]]\n6. [[No such goal]]\n"
       "%% not [[F]] %%\n"},
  };
}

TEST(ProposeSprintGoals, UnfinishedSprintGoalsThenTheLastAnswersOpenGoals) {
  const Loaded l = load_files(proposal_vault());
  // A (open, a milestone to go) and the inline goal; then G from the last
  // answer. B is finished in the sprint, C done, D dropped, E and F are only
  // in an earlier answer, F also in a weekly review and a comment.
  EXPECT_EQ(l.titles(propose_sprint_goals(*l.vault, l.graph, 5)),
            (std::vector<std::string>{"A", "Inline goal", "G"}));
  EXPECT_EQ(l.titles(propose_sprint_goals(*l.vault, l.graph, 2)),
            (std::vector<std::string>{"A", "Inline goal"}));
}

TEST(ProposeSprintGoals, TheMostRecentQuarterlyReviewCounts) {
  std::map<std::string, std::string> files = proposal_vault();
  files["Reviews/Newer.md"] =
      "---\ntype: review\ncadence: quarterly\ndate: 2026-10-05\n---\n# Newer\n\n"
      "## Which goals come next?\n\n- [[F]]\n- [[E]]\n";
  const Loaded l = load_files(files);
  EXPECT_EQ(l.titles(propose_sprint_goals(*l.vault, l.graph, 5)),
            (std::vector<std::string>{"A", "Inline goal", "F", "E"}));
}

TEST(ProposeSprintGoals, NothingWithoutSprintsOrReviews) {
  const Loaded l = load_files({{"Goals/A.md", goal()}});
  EXPECT_TRUE(propose_sprint_goals(*l.vault, l.graph, 3).empty());
}

// --- plan_sprint -----------------------------------------------------------

std::vector<std::string> block_strings(const SprintPlan& p) {
  std::vector<std::string> out;
  for (const WeekBlock& b : p.blocks)
    out.push_back(std::to_string(b.first_week) + "-" + std::to_string(b.last_week) + " " +
                  b.due.str());
  return out;
}

TEST(PlanSprint, ExampleVaultNextQuarter) {
  const Loaded l = load_example("engineering-manager");
  const std::vector<int> goals = propose_sprint_goals(*l.vault, l.graph, 3);
  const SprintPlan p =
      plan_sprint(*l.vault, l.graph, Quarter{2027, 1}, goals, {}, {}, "Sprints/2027-Q1.md");
  EXPECT_EQ(p.start, day("2027-01-01"));
  EXPECT_EQ(p.end, day("2027-03-31"));
  EXPECT_EQ(block_strings(p),
            (std::vector<std::string>{"1-4 2027-01-28", "5-8 2027-02-25", "9-13 2027-03-31"}));
  ASSERT_EQ(p.goals.size(), 3u);
  EXPECT_EQ(p.goals[0].node, goals[0]);
  EXPECT_EQ(p.goals[0].title, "Mentor 2 junior engineers");
  EXPECT_EQ(p.goals[0].link, "Mentor 2 junior engineers");
  EXPECT_EQ(p.goals[0].metric,
            "Both mentees have a written growth plan and 6 logged sessions each");
  EXPECT_EQ(p.goals[2].metric, "Complete all 8 modules and receive the course certificate");
  EXPECT_EQ(p.parents, std::vector<std::string>{"Move into engineering management"});
  EXPECT_EQ(p.slots, 3);
}

TEST(PlanSprint, WeekBlocksFollowTheSprintsLength) {
  const Loaded l = load_files({{"Goals/A.md", goal()}});
  auto blocks = [&](const char* start, const char* end) {
    return block_strings(
        plan_sprint(*l.vault, l.graph, Quarter{2026, 4}, {}, day(start), day(end), "S.md"));
  };
  // Every calendar quarter has 13 weeks (90 to 92 days).
  EXPECT_EQ(blocks("2026-10-01", "2026-12-31"),
            (std::vector<std::string>{"1-4 2026-10-28", "5-8 2026-11-25", "9-13 2026-12-31"}));
  // 84 days: 12 weeks.
  EXPECT_EQ(blocks("2026-10-05", "2026-12-27"),
            (std::vector<std::string>{"1-4 2026-11-01", "5-8 2026-11-29", "9-12 2026-12-27"}));
  // Short sprints: three near-equal blocks, or fewer when there are fewer weeks.
  EXPECT_EQ(blocks("2026-10-01", "2026-11-11"),
            (std::vector<std::string>{"1-2 2026-10-14", "3-4 2026-10-28", "5-6 2026-11-11"}));
  EXPECT_EQ(blocks("2026-10-01", "2026-10-14"),
            (std::vector<std::string>{"1-1 2026-10-07", "2-2 2026-10-14"}));
  EXPECT_EQ(blocks("2026-10-01", "2026-10-01"), (std::vector<std::string>{"1-1 2026-10-01"}));
}

TEST(PlanSprint, LinksNameNotesUniquelyAndSlotsFollowTheConfig) {
  const Loaded l = load_files({
      {".goals.yaml", "max-goals-per-sprint: 2\n"},
      {"Goals/Same.md", goal("parent: \"[[Long]]\"\n")},
      {"Archive/Same.md", "# an old note\n"},
      {"Goals/Long.md", "---\ntype: goal\nhorizon: long\n---\n"},
  });
  const SprintPlan p = plan_sprint(*l.vault, l.graph, Quarter{2027, 2}, {l.node("Goals/Same.md")},
                                   {}, {}, "Sprints/2027-Q2.md");
  ASSERT_EQ(p.goals.size(), 1u);
  EXPECT_EQ(p.goals[0].link, "Goals/Same");
  EXPECT_EQ(p.parents, std::vector<std::string>{"Long"});
  EXPECT_EQ(p.slots, 2);
  EXPECT_EQ(p.start, day("2027-04-01"));
  EXPECT_EQ(p.end, day("2027-06-30"));
}

// --- review facts ----------------------------------------------------------

TEST(ReviewFacts, DefaultSprintPerCadence) {
  const Loaded l = load_example("engineering-manager");
  const int q3 = l.node("Sprints/2026-Q3.md"), q4 = l.node("Sprints/2026-Q4.md");
  EXPECT_EQ(default_review_sprint(l.graph, Cadence::Weekly, day("2026-11-22")), q4);
  EXPECT_EQ(default_review_sprint(l.graph, Cadence::Monthly, day("2026-11-22")), q4);
  // A quarterly review looks back on a sprint that is over or nearly over.
  EXPECT_EQ(default_review_sprint(l.graph, Cadence::Quarterly, day("2026-10-02")), q3);
  EXPECT_EQ(default_review_sprint(l.graph, Cadence::Quarterly, day("2026-12-20")), q4);
  EXPECT_EQ(default_review_sprint(l.graph, Cadence::Weekly, day("2020-01-01")), -1);
}

TEST(ReviewFacts, Titles) {
  const Loaded l = load_example("engineering-manager");
  const int q4 = l.node("Sprints/2026-Q4.md");
  EXPECT_EQ(review_title(l.graph, Cadence::Quarterly, q4, day("2027-01-03")), "2026-Q4 Review");
  EXPECT_EQ(review_title(l.graph, Cadence::Quarterly, -1, day("2027-01-03")), "2027-Q1 Review");
  EXPECT_EQ(review_title(l.graph, Cadence::Monthly, q4, day("2026-11-22")), "2026-11");
  EXPECT_EQ(review_title(l.graph, Cadence::Weekly, q4, day("2024-12-30")), "2025-W01");
  EXPECT_EQ(review_template_name(Cadence::Weekly), "review-weekly");
}

TEST(ReviewFacts, QuarterlyShowsTheSprintsGoalsAndWhatWasDone) {
  const Loaded l = load_example("engineering-manager");
  const nlohmann::json f =
      review_facts(*l.vault, l.graph, Cadence::Quarterly, l.node("Sprints/2026-Q4.md"),
                   day("2026-12-30"), "Reviews/2026-Q4 Review.md");
  EXPECT_EQ(f.dump(1), R"({
 "date": "2026-12-30",
 "end": "2026-12-31",
 "goals": [
  {
   "done": 2,
   "has_metric": true,
   "has_milestones": true,
   "link": "[[Mentor 2 junior engineers]]",
   "metric": "Both mentees have a written growth plan and 6 logged sessions each",
   "total": 3
  },
  {
   "done": 1,
   "has_metric": true,
   "has_milestones": true,
   "link": "[[Lead the sprint planning cycle for Q1 2027]]",
   "metric": "Q1 2027 plan agreed by the squad and product in one session",
   "total": 3
  },
  {
   "done": 2,
   "has_metric": true,
   "has_milestones": true,
   "link": "[[Finish the Coaching for Engineers course]]",
   "metric": "Course certificate received",
   "total": 3
  }
 ],
 "goals_done": [],
 "has_done": true,
 "has_goals": true,
 "has_sprint": true,
 "milestones_done": [
  {
   "date": "2026-10-12",
   "goal": "[[Mentor 2 junior engineers]]",
   "has_date": true,
   "text": "Week 1-4: Agree mentoring goals with Sam and Lea and book a fortnightly slot"
  },
  {
   "date": "2026-11-20",
   "goal": "[[Mentor 2 junior engineers]]",
   "has_date": true,
   "text": "Week 5-8: Three sessions each and one written growth area per mentee"
  },
  {
   "date": "2026-10-27",
   "goal": "[[Lead the sprint planning cycle for Q1 2027]]",
   "has_date": true,
   "text": "Week 1-4: Shadow Dana through the mid-quarter re-plan"
  },
  {
   "date": "2026-10-13",
   "goal": "[[Finish the Coaching for Engineers course]]",
   "has_date": true,
   "text": "Week 1-2: Modules 1-4"
  },
  {
   "date": "2026-10-30",
   "goal": "[[Finish the Coaching for Engineers course]]",
   "has_date": true,
   "text": "Week 3-4: Modules 5-6"
  }
 ],
 "sprint": "\"[[2026-Q4]]\"",
 "sprint_title": "Q4 2026 career sprint",
 "start": "2026-10-01",
 "title": "2026-Q4 Review"
})");
}

TEST(ReviewFacts, WeeklyShowsThisWeeksAndOverdueMilestones) {
  const Loaded l = load_example("engineering-manager");
  const nlohmann::json f =
      review_facts(*l.vault, l.graph, Cadence::Weekly, l.node("Sprints/2026-Q4.md"),
                   day("2026-11-22"), "Reviews/2026-W47.md");
  EXPECT_EQ(f.dump(1), R"({
 "date": "2026-11-22",
 "done": [
  {
   "date": "2026-11-20",
   "goal": "[[Mentor 2 junior engineers]]",
   "has_date": true,
   "text": "Week 5-8: Three sessions each and one written growth area per mentee"
  }
 ],
 "due": [],
 "end": "2026-12-31",
 "has_done": true,
 "has_due": false,
 "has_overdue": true,
 "has_sprint": true,
 "overdue": [
  {
   "date": "2026-10-31",
   "goal": "[[Finish the Coaching for Engineers course]]",
   "has_date": true,
   "text": "Week 4-5: Modules 7-8 and the recorded coaching conversation"
  }
 ],
 "sprint": "\"[[2026-Q4]]\"",
 "sprint_title": "Q4 2026 career sprint",
 "start": "2026-10-01",
 "title": "2026-W47",
 "week_end": "2026-11-22",
 "week_start": "2026-11-16"
})");
}

TEST(ReviewFacts, MonthlyShowsEachActiveGoalWithItsParentChain) {
  const Loaded l = load_example("engineering-manager");
  const nlohmann::json f =
      review_facts(*l.vault, l.graph, Cadence::Monthly, l.node("Sprints/2026-Q4.md"),
                   day("2026-11-22"), "Reviews/2026-W47.md");
  EXPECT_EQ(f.dump(1), R"({
 "date": "2026-11-22",
 "end": "2026-12-31",
 "goals": [
  {
   "chain": [
    "[[Move into engineering management]]",
    "[[My north star]]"
   ],
   "deadline": "2027-06-30",
   "has_deadline": true,
   "link": "[[Build a network of engineering managers]]"
  },
  {
   "chain": [
    "[[Move into engineering management]]",
    "[[My north star]]"
   ],
   "deadline": "2027-06-30",
   "has_deadline": true,
   "link": "[[Develop coaching and mentoring skills]]"
  },
  {
   "chain": [
    "[[Develop coaching and mentoring skills]]",
    "[[Move into engineering management]]",
    "[[My north star]]"
   ],
   "deadline": "2026-10-31",
   "has_deadline": true,
   "link": "[[Finish the Coaching for Engineers course]]"
  },
  {
   "chain": [
    "[[Move into engineering management]]",
    "[[My north star]]"
   ],
   "deadline": "",
   "has_deadline": false,
   "link": "[[Get better at leadership]]"
  },
  {
   "chain": [
    "[[Move into engineering management]]",
    "[[My north star]]"
   ],
   "deadline": "2027-09-30",
   "has_deadline": true,
   "link": "[[Get promoted to Engineering Manager]]"
  },
  {
   "chain": [],
   "deadline": "2026-12-10",
   "has_deadline": true,
   "link": "[[Give a talk at the internal engineering summit]]"
  },
  {
   "chain": [
    "[[Serve as acting tech lead for two quarters]]",
    "[[Move into engineering management]]",
    "[[My north star]]"
   ],
   "deadline": "2026-12-18",
   "has_deadline": true,
   "link": "[[Lead the sprint planning cycle for Q1 2027]]"
  },
  {
   "chain": [
    "[[Develop coaching and mentoring skills]]",
    "[[Move into engineering management]]",
    "[[My north star]]"
   ],
   "deadline": "2026-12-31",
   "has_deadline": true,
   "link": "[[Mentor 2 junior engineers]]"
  },
  {
   "chain": [
    "[[My north star]]"
   ],
   "deadline": "2028-12-31",
   "has_deadline": true,
   "link": "[[Move into engineering management]]"
  },
  {
   "chain": [
    "[[Move into engineering management]]",
    "[[My north star]]"
   ],
   "deadline": "2027-06-30",
   "has_deadline": true,
   "link": "[[Serve as acting tech lead for two quarters]]"
  }
 ],
 "has_goals": true,
 "has_sprint": true,
 "sprint": "\"[[2026-Q4]]\"",
 "sprint_title": "Q4 2026 career sprint",
 "start": "2026-10-01",
 "title": "2026-11"
})");
}

}  // namespace
}  // namespace goals
