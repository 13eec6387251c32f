// The seeds' routine end to end, as a new user runs it with the real binary:
// init, a vision, goals, a sprint, milestones ticked by hand, a weekly and a
// quarterly review, the next sprint. Every note the tool writes must read
// back with the facts it was given and pass `goals lint` but for the gaps the
// user left (here: unanswered weekly questions).
#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "run_binary.h"
#include "temp_files.h"

namespace {

namespace fs = std::filesystem;
using goals_test::contains;
using goals_test::edit;
using goals_test::read;
using goals_test::Result;
using goals_test::TempDir;
using goals_test::write;

/// `goals ARGS` in `dir` as of `today`.
Result goals(const fs::path& dir, const std::string& today, std::vector<std::string> args) {
  return goals_test::run(args, dir.string(), {"GOALS_TODAY=" + today});
}

const char* const kWeeklyGaps =
    "::warning file=Reviews/2027-W03.md,line=19,col=1,title=unanswered-review::question \"How am "
    "I doing against my goals?\" has no answer%0Ahelp: Write a sentence or two "
    "under the heading; even \"nothing changed\" is an answer.\n"
    "::warning file=Reviews/2027-W03.md,line=21,col=1,title=unanswered-review::question \"Which "
    "tasks and priorities did I change?\" has no answer%0Ahelp: Write a sentence or "
    "two under the heading; even \"nothing changed\" is an answer.\n"
    "::warning file=Reviews/2027-W03.md,line=23,col=1,title=unanswered-review::question \"What "
    "small wins can I celebrate?\" has no answer%0Ahelp: Write a sentence or two "
    "under the heading; even \"nothing changed\" is an answer.\n";

/// lint's GitHub line for a milestone `goals new sprint` wrote and nobody filled in.
std::string unfilled(const std::string& file, int line, const std::string& weeks,
                     const std::string& due) {
  return "::warning file=" + file + ",line=" + std::to_string(line) +
         ",col=1,title=unfilled-placeholder::milestone \"Week " + weeks +
         ": …\" was never filled in: it is template text, not a plan%0Ahelp: Write what will be "
         "done, concrete enough that someone could check it, with its due date, e.g. `- [ ] "
         "Week " +
         weeks + ": Finish modules 1-4 of the course 📅 " + due +
         "`; or delete the line. It counts for nothing until then.\n";
}

TEST(Routine, ANewVaultFromInitToTheNextSprint) {
  TempDir tmp;
  const fs::path vault = tmp.path / "career";
  Result r = goals(tmp.path, "2027-01-04", {"init", "career"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(
      r.out,
      "career/.goals.yaml\ncareer/Vision/\ncareer/Goals/\ncareer/Sprints/\ncareer/Reviews/\n"
      "career/.goals/templates/goal.md\ncareer/.goals/templates/review-monthly.md\n"
      "career/.goals/templates/review-quarterly.md\ncareer/.goals/templates/review-weekly.md\n"
      "career/.goals/templates/sprint.md\ncareer/.goals/templates/vision.md\n");

  // Start of the quarter: direction, goals, the sprint.
  r = goals(vault, "2027-01-04", {"new", "vision"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "Vision/My north star.md\n");
  r = goals(vault, "2027-01-04",
            {"new", "goal", "Move into engineering management", "--horizon", "long", "--parent",
             "My north star", "--deadline", "2029-12-31", "--metric",
             "Hired as an engineering manager", "--accountability", "Priya"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "Goals/Move into engineering management.md\n");
  EXPECT_EQ(r.err, "");  // nothing missing: no SMART gaps to report
  r = goals(vault, "2027-01-04",
            {"new", "goal", "Mentor 2 junior engineers", "--horizon", "short", "--parent",
             "Move into engineering management", "--deadline", "2027-03-31", "--metric",
             "6 logged sessions each", "--accountability", "[[Priya Natarajan]]"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  r = goals(vault, "2027-01-04", {"new", "sprint", "--goal", "Mentor 2 junior engineers"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "Sprints/2027-Q1.md\n");

  // The notes read back with what they were given.
  r = goals(vault, "2027-01-04", {"show", "Mentor 2 junior engineers"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out, "goal, short, active - Goals/Mentor 2 junior engineers.md\n"))
      << r.out;
  EXPECT_TRUE(contains(r.out, "  deadline        2027-03-31 (86 days left)\n")) << r.out;
  EXPECT_TRUE(contains(r.out, "  metric          6 logged sessions each\n")) << r.out;
  EXPECT_TRUE(contains(r.out, "  accountability  [[Priya Natarajan]]\n")) << r.out;
  EXPECT_TRUE(contains(r.out,
                       "  Move into engineering management (long goal, Goals/Move into "
                       "engineering management.md)\n  My north star (vision, Vision/My north "
                       "star.md)\n"))
      << r.out;
  // The sprint's milestones are still the template's: lint says so, and
  // they count for nothing.
  r = goals(vault, "2027-01-04", {"lint", "--format", "github"});
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_EQ(r.out, unfilled("Sprints/2027-Q1.md", 13, "1-4", "2027-01-28") +
                       unfilled("Sprints/2027-Q1.md", 14, "5-8", "2027-02-25") +
                       unfilled("Sprints/2027-Q1.md", 15, "9-13", "2027-03-31"));
  r = goals(vault, "2027-01-04", {"show", "Sprints/2027-Q1"});
  EXPECT_TRUE(contains(r.out,
                       "  Goal 1: Mentor 2 junior engineers (0/0 milestones, 3 placeholders to "
                       "fill in)\n"))
      << r.out;

  // The first weeks: milestones written and ticked in the editor.
  const fs::path sprint = vault / "Sprints/2027-Q1.md";
  edit(sprint, "- [ ] Week 1-4: … 📅 2027-01-28",
       "- [x] Week 1-4: Pick two mentees and agree a plan with each 📅 2027-01-28 ✅ 2027-01-20");
  edit(sprint, "- [ ] Week 5-8: …", "- [ ] Week 5-8: Four logged sessions each");
  edit(sprint, "- [ ] Week 9-13: …", "- [ ] Week 9-13: Six logged sessions each");
  r = goals(vault, "2027-01-22", {"review", "--cadence", "weekly", "--no-input"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "Reviews/2027-W03.md\n");
  EXPECT_TRUE(contains(read(vault / "Reviews/2027-W03.md"),
                       "> **Done this week**\n> - [[Mentor 2 junior engineers]]: Week 1-4: Pick "
                       "two mentees and agree a plan with each ✅ 2027-01-20\n"));
  r = goals(vault, "2027-01-22", {"lint", "--format", "github"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, kWeeklyGaps);

  // End of the quarter: the quarterly review, answered from a file, then
  // the next sprint from the goals its last answer links.
  edit(sprint, "- [ ] Week 5-8: Four logged sessions each 📅 2027-02-25",
       "- [x] Week 5-8: Four logged sessions each 📅 2027-02-25 ✅ 2027-02-24");
  write(tmp.path / "answers.yaml",
        "1: Two mentees with six logged sessions each.\n"
        "2: Both mentees have a plan; four sessions each so far.\n"
        "What got in my way?: Release crunch in March.\n"
        "4: I keep sessions when they are in the calendar.\n"
        "5: |\n  Keep [[Mentor 2 junior engineers]] going and add\n"
        "  [[Move into engineering management]] stretch work.\n");
  r = goals(vault, "2027-03-29", {"review", "--answers", "../answers.yaml"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "Reviews/2027-Q1 Review.md\n");
  const std::string review = read(vault / "Reviews/2027-Q1 Review.md");
  EXPECT_TRUE(contains(review,
                       "> - [[Mentor 2 junior engineers]]: 6 logged sessions each (2 of 3 "
                       "milestones done)\n"))
      << review;
  EXPECT_TRUE(contains(review, "## What got in my way?\n\n%% Be honest")) << review;
  EXPECT_TRUE(contains(review, "\n\nRelease crunch in March.\n\n## What did I learn")) << review;

  r = goals(vault, "2027-03-29", {"new", "sprint"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "Sprints/2027-Q2.md\n");
  EXPECT_EQ(r.err,
            "goals: proposed from the last sprint's unfinished goals and the last quarterly "
            "review:\n  - Mentor 2 junior engineers\n  - Move into engineering management\n"
            "goals: 'Mentor 2 junior engineers' was due 2027-03-31, before the sprint starts; "
            "give it a new deadline: goals move \"Mentor 2 junior engineers\" --to 2027-06-30\n");
  const std::string next = read(vault / "Sprints/2027-Q2.md");
  EXPECT_TRUE(contains(next,
                       "quarter: \"2027-Q2\"\nstart: 2027-04-01\nend: 2027-06-30\ngoals:\n  - "
                       "\"[[Mentor 2 junior engineers]]\"\n  - \"[[Move into engineering "
                       "management]]\"\n"))
      << next;
  EXPECT_TRUE(contains(next,
                       "- [ ] Week 9-13: … 📅 2027-06-30\n- Success metric: Hired as an "
                       "engineering manager\n"))
      << next;

  // Only the gaps the user left: the weekly review's empty answers, and the
  // next sprint's milestones, not written yet.
  r = goals(vault, "2027-03-29", {"lint", "--format", "github"});
  EXPECT_EQ(r.exit_code, 1);
  std::string gaps = kWeeklyGaps;
  for (int first : {14, 20})
    gaps += unfilled("Sprints/2027-Q2.md", first, "1-4", "2027-04-28") +
            unfilled("Sprints/2027-Q2.md", first + 1, "5-8", "2027-05-26") +
            unfilled("Sprints/2027-Q2.md", first + 2, "9-13", "2027-06-30");
  EXPECT_EQ(r.out, gaps);
  // Nothing is ever overwritten.
  r = goals(vault, "2027-03-29", {"new", "sprint", "--quarter", "2027-Q2"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(read(vault / "Sprints/2027-Q2.md"), next);
}

// Reviews skipped during and after a quarter, as the real binary shows
// them: status lists each with its command, running the command clears it,
// and missing-review names the same command from the day after the sprint.
TEST(Routine, MissedReviewsAreListedUntilTheirCommandsWriteThem) {
  TempDir tmp;
  const fs::path vault = tmp.path / "career";
  fs::create_directories(vault / ".obsidian");
  fs::create_directories(vault / "Sprints");
  fs::create_directories(vault / "Reviews");
  write(vault / "Sprints/2026-Q4.md", "---\ntype: sprint\nquarter: 2026-Q4\n---\n# Q4\n");
  write(vault / "Reviews/2026-W50.md",
        "---\ntype: review\ncadence: weekly\ndate: 2026-12-13\n---\n# W50\n");
  write(vault / "Reviews/2026-11.md",
        "---\ntype: review\ncadence: monthly\ndate: 2026-11-30\n---\n# November\n");
  write(tmp.path / "weekly.yaml", "1: Fine.\n2: None.\n3: A quiet week.\n");
  write(tmp.path / "monthly.yaml", "1: Yes.\n2: Nothing.\n3: Rest.\n");
  write(tmp.path / "quarterly.yaml", "1: a.\n2: b.\n3: c.\n4: d.\n5: e.\n");

  // On the sprint's last day the quarter and the month are due, not missed.
  Result r = goals(vault, "2026-12-31", {"status"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out,
                       "Missed reviews\n"
                       "  2026-12-20  2026-W51  goals review --cadence weekly --period 2026-W51\n"
                       "  2026-12-27  2026-W52  goals review --cadence weekly --period 2026-W52\n"
                       "Next review: quarterly, due 2026-12-31 (today)"))
      << r.out;
  r = goals(vault, "2026-12-31", {"lint", "--select", "missing-review"});
  EXPECT_EQ(r.exit_code, 0) << r.out;

  // A week into the new quarter, with no sprint: the quarter, December and
  // two weeks.
  r = goals(vault, "2027-01-05", {"status"});
  EXPECT_TRUE(contains(r.out, "No sprint holds today\n")) << r.out;
  EXPECT_TRUE(contains(r.out,
                       "Missed reviews\n"
                       "  2026-12-31  2026-Q4   goals review --cadence quarterly --period 2026-Q4\n"
                       "  2026-12-31  2026-12   goals review --cadence monthly --period 2026-12\n"
                       "  2026-12-20  2026-W51  goals review --cadence weekly --period 2026-W51\n"
                       "  2026-12-27  2026-W52  goals review --cadence weekly --period 2026-W52\n"
                       "  2027-01-03  2026-W53  goals review --cadence weekly --period 2026-W53\n"
                       "Next review:"))
      << r.out;
  r = goals(vault, "2027-01-05", {"lint", "--select", "missing-review", "--format", "github"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out,
            "::warning file=Sprints/2026-Q4.md,line=3,col=1,title=missing-review::sprint "
            "\"2026-Q4\" ended 2026-12-31, 5 days ago, and no review looks back on it%0Ahelp: Run "
            "`goals review --cadence quarterly --period 2026-Q4`: it shows the sprint's progress, "
            "asks the five questions and writes the review.\n");

  // Each command, run as listed, writes its review and takes it off the list.
  for (const auto& [args, written] : std::vector<std::pair<std::vector<std::string>, std::string>>{
           {{"--cadence", "quarterly", "--period", "2026-Q4", "--answers", "../quarterly.yaml"},
            "Reviews/2026-Q4 Review.md\n"},
           {{"--cadence", "monthly", "--period", "2026-12", "--answers", "../monthly.yaml"},
            "Reviews/2026-12.md\n"},
           {{"--cadence", "weekly", "--period", "2026-W51", "--answers", "../weekly.yaml"},
            "Reviews/2026-W51.md\n"},
           {{"--period", "2026-W52", "--answers", "../weekly.yaml"}, "Reviews/2026-W52.md\n"},
           {{"--period", "2026-W53", "--answers", "../weekly.yaml"}, "Reviews/2026-W53.md\n"}}) {
    std::vector<std::string> review{"review"};
    review.insert(review.end(), args.begin(), args.end());
    r = goals(vault, "2027-01-05", review);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out, written);
  }
  EXPECT_TRUE(contains(read(vault / "Reviews/2026-12.md"), "\ndate: 2026-12-31\n---\n# 2026-12\n"));
  r = goals(vault, "2027-01-05", {"status"});
  EXPECT_FALSE(contains(r.out, "Missed reviews")) << r.out;
  r = goals(vault, "2027-01-05", {"lint"});
  EXPECT_EQ(r.exit_code, 0) << r.out;
}

TEST(Routine, TheExampleVaultTakesTheNextQuarter) {
  TempDir tmp;
  const fs::path vault = tmp.path / "em";
  fs::copy(fs::path(GOALS_SOURCE_DIR) / "examples/engineering-manager", vault,
           fs::copy_options::recursive);
  Result before = goals(vault, "2026-12-28", {"lint", "--format", "github"});

  Result r = goals(vault, "2026-12-28", {"init"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  // A vault with notes is adopted: settings that fit it, its folders untouched.
  EXPECT_TRUE(contains(r.out, "Found 28 notes in this vault; 22 say what they are with `type:`.\n"))
      << r.out;
  EXPECT_TRUE(
      contains(r.out, ".goals.yaml\n.obsidian/types.json\nGoals.base\n.goals/templates/goal.md\n"))
      << r.out;
  EXPECT_EQ(r.err, "");
  r = goals(
      vault, "2026-12-28",
      {"new", "goal", "Run a design review guild", "--horizon", "medium", "--parent",
       "Move into engineering management", "--deadline", "2027-06-30", "--metric",
       "Six guild sessions held with 8+ attendees", "--accountability", "[[Priya Natarajan]]"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  r = goals(vault, "2026-12-28", {"new", "sprint"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "Sprints/2027-Q1.md\n");
  // The new notes' only findings: the sprint's milestones, still the template's.
  std::string placeholders;
  for (int first : {15, 21, 27})
    placeholders += unfilled("Sprints/2027-Q1.md", first, "1-4", "2027-01-28") +
                    unfilled("Sprints/2027-Q1.md", first + 1, "5-8", "2027-02-25") +
                    unfilled("Sprints/2027-Q1.md", first + 2, "9-13", "2027-03-31");
  r = goals(
      vault, "2026-12-28",
      {"lint", "--format", "github", "Goals/Run a design review guild.md", "Sprints/2027-Q1.md"});
  EXPECT_EQ(r.exit_code, 1) << r.out;
  EXPECT_EQ(r.out, placeholders);

  // They add no finding anywhere else either: .goals.yaml written out with
  // its defaults changes nothing. (The new sprint's file sorts last.)
  r = goals(vault, "2026-12-28", {"lint", "--format", "github"});
  EXPECT_EQ(r.out, before.out + placeholders);
  EXPECT_EQ(r.exit_code, 1);
}

}  // namespace
