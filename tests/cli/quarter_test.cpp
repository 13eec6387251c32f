// A whole quarter of the routine on the real binary, as issue 13's "Done
// when" tells it: init, a vision, a long goal and two short ones, the
// sprint, its placeholder milestones filled in the editor, milestones ticked
// with `goals done`, weekly reviews typed on a terminal that decide what is
// late, a week and a month skipped and caught up from the commands status
// lists, and the quarterly review that closes the finished goal, carries the
// unfinished one with a new deadline and writes the goal its last answer
// links. At the end nothing is stale, overdue or counted that was never
// planned, and lint reports only the gaps the script left on purpose.
#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "pty_session.h"
#include "run_binary.h"
#include "temp_files.h"

namespace {

namespace fs = std::filesystem;
using goals_test::contains;
using goals_test::edit;
using goals_test::PtySession;
using goals_test::read;
using goals_test::Result;
using goals_test::TempDir;
using goals_test::write;

/// lint's GitHub lines as "FILE RULE", one per finding.
std::multiset<std::string> findings(const std::string& github) {
  std::multiset<std::string> out;
  std::istringstream lines(github);
  for (std::string line; std::getline(lines, line);) {
    const std::size_t file = line.find("file="), comma = line.find(',', file);
    const std::size_t title = line.find(",title="), end = line.find("::", title);
    if (file == std::string::npos || title == std::string::npos) {
      out.insert("unreadable: " + line);
      continue;
    }
    out.insert(line.substr(file + 5, comma - file - 5) + " " +
               line.substr(title + 7, end - title - 7));
  }
  return out;
}

class Quarter : public ::testing::Test {
 protected:
  TempDir tmp;
  fs::path vault = tmp.path / "career";
  fs::path sprint = vault / "Sprints/2027-Q1.md";

  /// `goals ARGS` in the vault as of `today`.
  Result goals(const std::string& today, std::vector<std::string> args) {
    return goals_test::run(args, vault.string(), {"GOALS_TODAY=" + today});
  }

  /// A review answered from a file, the goals it covered marked reviewed,
  /// as a user who keeps the routine in a script would run it.
  void scripted_review(const std::string& today, const std::string& cadence,
                       const std::string& written) {
    write(tmp.path / "answers.yaml", "1: On track.\n2: Nothing changed.\n3: A steady week.\n");
    const Result r = goals(
        today, {"review", "--cadence", cadence, "--answers", "../answers.yaml", "--mark-reviewed"});
    EXPECT_EQ(r.exit_code, 0) << today << ": " << r.err;
    EXPECT_EQ(r.out.substr(0, written.size() + 1), written + "\n") << today << ": " << r.err;
  }

  /// `goals review ARGS` on a terminal as of `today`.
  std::unique_ptr<PtySession> review_on_pty(const std::string& today,
                                            std::vector<std::string> args) {
    std::vector<std::string> full{"--vault", vault.string(), "--today", today,
                                  "--color", "never",        "review"};
    full.insert(full.end(), args.begin(), args.end());
    return std::make_unique<PtySession>(full, tmp.path);
  }
};

/// Types `lines` as one answer at the current question, then the empty line that ends it.
void answer(PtySession& s, int question, int of, const std::vector<std::string>& lines) {
  ASSERT_TRUE(s.wait_for("Question " + std::to_string(question) + " of " + std::to_string(of)))
      << s.seen();
  for (const std::string& l : lines) {
    ASSERT_TRUE(s.wait_for("> ")) << s.seen();
    s.type(l + "\r");
  }
  ASSERT_TRUE(s.wait_for("> ")) << s.seen();
  s.type("\r");
}

/// Waits for `question` and types `reply`.
void reply(PtySession& s, const std::string& question, const std::string& reply) {
  ASSERT_TRUE(s.wait_for(question)) << s.seen();
  s.type(reply + "\r");
}

TEST_F(Quarter, FromInitToTheNextSprint) {
  // Day 1: the vault, the direction, three goals and the sprint.
  Result r = goals_test::run({"init", "career"}, tmp.path.string(), {"GOALS_TODAY=2027-01-04"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = goals("2027-01-04", {"new", "vision"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  ASSERT_EQ(r.out, "Vision/My north star.md\n");
  r = goals("2027-01-04",
            {"new", "goal", "Move into engineering management", "--horizon", "long", "--parent",
             "My north star", "--deadline", "2029-12-31", "--metric",
             "Hired as an engineering manager", "--accountability", "[[Priya Natarajan]]"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = goals("2027-01-04",
            {"new", "goal", "Mentor 2 junior engineers", "--horizon", "short", "--parent",
             "Move into engineering management", "--deadline", "2027-03-31", "--metric",
             "6 logged sessions each", "--accountability", "[[Priya Natarajan]]"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  r = goals("2027-01-04",
            {"new", "goal", "Run the design review guild", "--horizon", "short", "--parent",
             "Move into engineering management", "--deadline", "2027-03-15", "--metric",
             "Four guild sessions held", "--accountability", "[[Priya Natarajan]]"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  ASSERT_EQ(r.err, "");
  r = goals("2027-01-04", {"new", "sprint", "--goal", "Mentor 2 junior engineers", "--goal",
                           "Run the design review guild"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  ASSERT_EQ(r.out, "Sprints/2027-Q1.md\n");
  // The template's milestones are no plan: nothing to count yet.
  r = goals("2027-01-04", {"status"});
  EXPECT_TRUE(contains(r.out, "  Mentor 2 junior engineers            no milestones\n")) << r.out;
  EXPECT_TRUE(contains(r.out, "  Run the design review guild          no milestones\n")) << r.out;

  // The placeholders, written in the editor as a user would, and one
  // milestone more.
  edit(sprint, "## Goal 1: [[Mentor 2 junior engineers]]\n- [ ] Week 1-4: …",
       "## Goal 1: [[Mentor 2 junior engineers]]\n- [ ] Week 1-4: Pick two mentees and agree a "
       "plan with each");
  edit(sprint,
       "- [ ] Week 5-8: … 📅 2027-02-25\n- [ ] Week 9-13: … 📅 2027-03-31\n- Success metric: 6",
       "- [ ] Week 5-8: Four logged sessions each 📅 2027-02-25\n- [ ] Week 9-13: Six logged "
       "sessions each 📅 2027-03-31\n- Success metric: 6");
  edit(sprint, "- [ ] Week 1-4: … 📅 2027-01-28",
       "- [ ] Week 1-4: Book a room and invite the team 📅 2027-01-28");
  edit(sprint, "- [ ] Week 5-8: … 📅 2027-02-25",
       "- [ ] Week 5-8: Hold the first two sessions 📅 2027-02-25");
  edit(sprint, "- [ ] Week 9-13: … 📅 2027-03-31",
       "- [ ] Week 9-13: Hold sessions three and four 📅 2027-03-12\n- [ ] Week 4: Write the "
       "guild's charter 📅 2027-01-29");
  r = goals("2027-01-04", {"lint", "--format", "github"});
  EXPECT_EQ(r.exit_code, 0) << r.out;
  EXPECT_EQ(r.out, "");
  r = goals("2027-01-04", {"status"});
  EXPECT_TRUE(contains(r.out,
                       "  Mentor 2 junior engineers            [----------------------]   "
                       "0/3   0%\n"))
      << r.out;
  EXPECT_TRUE(contains(r.out,
                       "  Run the design review guild          [----------------------]   "
                       "0/4   0%\n"))
      << r.out;

  // Week 1: the first weekly review, typed on the terminal.
  {
    auto s = review_on_pty("2027-01-08", {"--cadence", "weekly"});
    answer(*s, 1, 3, {"Both goals have a plan."});
    answer(*s, 2, 3, {"None yet."});
    answer(*s, 3, 3, {"The sprint is written."});
    reply(*s,
          "Record today as reviewed: on the 2 goals this review covered (Mentor 2 junior "
          "engineers,",
          "y");
    EXPECT_EQ(s->finish(), 0) << s->seen();
  }
  EXPECT_TRUE(contains(read(vault / "Reviews/2027-W01.md"),
                       "## What small wins can I celebrate?\n\nThe sprint is written.\n"))
      << read(vault / "Reviews/2027-W01.md");
  EXPECT_TRUE(
      contains(read(vault / "Goals/Mentor 2 junior engineers.md"), "\nreviewed: 2027-01-08\n"));
  scripted_review("2027-01-15", "weekly", "Reviews/2027-W02.md");
  scripted_review("2027-01-22", "weekly", "Reviews/2027-W03.md");
  r = goals("2027-01-27", {"done", "Sprints/2027-Q1.md:20"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "done  Sprints/2027-Q1.md:20  Week 1-4: Book a room and invite the team  (done "
            "2027-01-27)\n");
  scripted_review("2027-01-29", "weekly", "Reviews/2027-W04.md");
  scripted_review("2027-01-29", "monthly", "Reviews/2027-01.md");

  // Week 5: two milestones are late; one moves with a reason, one is dropped.
  {
    auto s = review_on_pty("2027-02-05", {"--cadence", "weekly"});
    answer(*s, 1, 3, {"Behind on mentoring."});
    answer(*s, 2, 3, {"Moved the mentee plan; no charter."});
    answer(*s, 3, 3, {"The first guild session is booked."});
    reply(*s, "Record today as reviewed: on the 2 goals this review covered", "y");
    reply(*s, "'Week 1-4: Pick two mentees and agree a plan with each' was due 2027-01-28: [d]one,",
          "m");
    reply(*s, "New date (YYYY-MM-DD):", "2027-02-12");
    reply(*s, "Why (optional):", "the second mentee joins in February");
    reply(*s,
          "'Week 4: Write the guild's charter' was due 2027-01-29: [d]one, [m]ove, d[r]op or "
          "[s]kip?",
          "r");
    reply(*s, "Why (optional):", "the guild agreed it needs none");
    EXPECT_EQ(s->finish(), 0) << s->seen();
  }
  EXPECT_TRUE(contains(read(sprint),
                       "- [ ] Week 1-4: Pick two mentees and agree a plan with each 📅 "
                       "2027-02-12\n\t- Moved 2027-02-05 from 2027-01-28 to 2027-02-12: the "
                       "second mentee joins in February\n"))
      << read(sprint);
  EXPECT_TRUE(contains(read(sprint),
                       "- [-] Week 4: Write the guild's charter 📅 2027-01-29 ❌ 2027-02-05\n\t- "
                       "Dropped 2027-02-05: the guild agreed it needs none\n"))
      << read(sprint);
  r = goals("2027-02-10", {"done", "pick two mentees"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "done  Sprints/2027-Q1.md:14  Week 1-4: Pick two mentees and agree a plan with each  "
            "(done 2027-02-10)\n");
  scripted_review("2027-02-12", "weekly", "Reviews/2027-W06.md");
  // Week 7 gets no review.
  r = goals("2027-02-24", {"done", "four logged sessions"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "done  Sprints/2027-Q1.md:16  Week 5-8: Four logged sessions each  (done "
            "2027-02-24)\n");
  r = goals("2027-02-24", {"done", "Sprints/2027-Q1.md:22"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "done  Sprints/2027-Q1.md:22  Week 5-8: Hold the first two sessions  (done "
            "2027-02-24)\n");
  scripted_review("2027-02-26", "weekly", "Reviews/2027-W08.md");

  // Nor does February. Status lists both with their commands; the dropped
  // milestone counts for nothing.
  r = goals("2027-03-05", {"status"});
  EXPECT_TRUE(contains(r.out,
                       "  Mentor 2 junior engineers            [###############-------]   "
                       "2/3  67%\n"))
      << r.out;
  EXPECT_TRUE(contains(r.out,
                       "  Run the design review guild          [###############-------]   "
                       "2/3  67%\n"))
      << r.out;
  EXPECT_TRUE(contains(r.out,
                       "Missed reviews\n"
                       "  2027-02-28  2027-02   goals review --cadence monthly --period 2027-02\n"
                       "  2027-02-21  2027-W07  goals review --cadence weekly --period 2027-W07\n"
                       "Next review: weekly, due 2027-03-07 (in 2 days)"))
      << r.out;
  // Each listed command, run as it is listed, catches one up.
  std::vector<std::vector<std::string>> commands;
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line);) {
    const std::size_t at = line.find("goals review --cadence");
    if (at == std::string::npos || !contains(line, "--period")) continue;
    std::istringstream words(line.substr(at + 6));
    std::vector<std::string> args;
    for (std::string w; words >> w;) args.push_back(w);
    args.insert(args.end(), {"--no-input", "--mark-reviewed"});
    commands.push_back(args);
  }
  ASSERT_EQ(commands.size(), 2u) << r.out;
  r = goals("2027-03-05", commands[0]);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(r.out.starts_with("Reviews/2027-02.md\n")) << r.out;
  r = goals("2027-03-05", commands[1]);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(r.out.starts_with("Reviews/2027-W07.md\n")) << r.out;
  r = goals("2027-03-05", {"status"});
  EXPECT_FALSE(contains(r.out, "Missed reviews")) << r.out;
  EXPECT_TRUE(contains(r.out, "\nNext review: weekly, due 2027-03-07 (in 2 days)")) << r.out;

  scripted_review("2027-03-05", "weekly", "Reviews/2027-W09.md");
  r = goals("2027-03-12", {"done", "Sprints/2027-Q1.md:23"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "done  Sprints/2027-Q1.md:23  Week 9-13: Hold sessions three and four  (done "
            "2027-03-12)\n");
  scripted_review("2027-03-12", "weekly", "Reviews/2027-W10.md");
  scripted_review("2027-03-19", "weekly", "Reviews/2027-W11.md");
  scripted_review("2027-03-26", "weekly", "Reviews/2027-W12.md");
  scripted_review("2027-03-31", "monthly", "Reviews/2027-03.md");

  // The quarter's last day: the quarterly review on the terminal closes
  // the guild, carries the mentoring and writes the goal it names.
  {
    // The terminal ends each line with \r\n.
    auto s = review_on_pty("2027-03-31", {});
    ASSERT_TRUE(
        s->wait_for("  Mentor 2 junior engineers: 2/3 milestones done\r\n"
                    "  Run the design review guild: 3/3 milestones done\r\n"))
        << s->seen();
    answer(*s, 1, 5, {"Four guild sessions; mentoring is two thirds done."});
    answer(*s, 2, 5, {"The guild ran; the mentees have plans."});
    answer(*s, 3, 5, {"A late second mentee."});
    answer(*s, 4, 5, {"Sessions happen when they are in the calendar."});
    answer(*s, 5, 5,
           {"Keep [[Mentor 2 junior engineers]] going and start [[Grow a staff engineer "
            "network]]."});
    reply(*s, "Record today as reviewed: on the 3 goals this review covered", "y");
    reply(*s, "Every milestone of 'Run the design review guild' is ticked (3/3). Mark the goal",
          "y");
    reply(*s, "Scaffold the next sprint, 2027-Q2, from the goals linked in your last answer", "y");
    reply(*s, "'Mentor 2 junior engineers' was due 2027-03-31; its new deadline (YYYY-MM-DD",
          "2027-06-30");
    reply(*s, "Your last answer links [[Grow a staff engineer network]], which is not", "y");
    EXPECT_EQ(s->finish(), 0) << s->seen();
  }
  EXPECT_TRUE(contains(read(vault / "Reviews/2027-Q1 Review.md"),
                       "\nKeep [[Mentor 2 junior engineers]] going and start [[Grow a staff "
                       "engineer network]].\n"));
  const std::string guild = read(vault / "Goals/Run the design review guild.md");
  EXPECT_TRUE(contains(guild, "\nstatus: done\n")) << guild;
  EXPECT_TRUE(contains(guild, "\nreviewed: 2027-03-31\ncompleted: 2027-03-31\n---\n")) << guild;
  const std::string mentor = read(vault / "Goals/Mentor 2 junior engineers.md");
  EXPECT_TRUE(contains(mentor, "\ndeadline: 2027-06-30\n")) << mentor;
  EXPECT_TRUE(contains(mentor,
                       "## Log\n\n- 2027-03-31: deadline moved from 2027-03-31 to 2027-06-30: "
                       "carried into 2027-Q2\n"))
      << mentor;
  EXPECT_TRUE(contains(read(vault / "Goals/Grow a staff engineer network.md"),
                       "\n# Grow a staff engineer network\n"));
  EXPECT_TRUE(contains(read(vault / "Sprints/2027-Q2.md"),
                       "goals:\n  - \"[[Mentor 2 junior engineers]]\"\n"));
  scripted_review("2027-04-02", "weekly", "Reviews/2027-W13.md");

  // Day 5 of the next quarter.
  const std::string today = "2027-04-05";
  r = goals(today, {"status"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  // The carried goal is on time, the next sprint's placeholders count for
  // nothing, and no review is missed.
  EXPECT_TRUE(contains(r.out, "  Mentor 2 junior engineers            no milestones\n")) << r.out;
  EXPECT_TRUE(contains(r.out, "Overdue\n  nothing\n\nNext review: weekly, due 2027-04-11"))
      << r.out;
  EXPECT_TRUE(contains(r.out,
                       "   `- Mentor 2 junior engineers                        SMART  "
                       "2027-06-30     86d\n"))
      << r.out;
  EXPECT_FALSE(contains(r.out, "Missed reviews")) << r.out;
  EXPECT_FALSE(contains(r.out, "Run the design review guild")) << r.out;  // done: off the tree
  r = goals(today, {"show", "Mentor 2 junior engineers"});
  EXPECT_TRUE(contains(r.out, "  deadline        2027-06-30 (86 days left)\n")) << r.out;
  EXPECT_TRUE(contains(r.out, "  progress        2/3 done\n")) << r.out;
  r = goals(today, {"wins"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "Wins since 2027-03-31 (the last quarterly review):\n\n- 2027-03-31 — Run the design "
            "review guild (goal completed): Four guild sessions held\n");
  r = goals(today, {"report"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(contains(r.out,
                       "Now: [[2027-Q2|Q2 2027 career sprint]], 2027-04-01 to 2027-06-30: "
                       "no milestones.\n"))
      << r.out;
  EXPECT_TRUE(contains(r.out,
                       "| [[Run the design review guild]] | short | done | 3/3 | 100% | "
                       "Four guild sessions held | 2027-03-15 |\n"))
      << r.out;
  EXPECT_TRUE(contains(r.out,
                       "| [[Mentor 2 junior engineers]] | short | active | 2/3 | 67% | 6 "
                       "logged sessions each | 2027-06-30 |\n"))
      << r.out;
  EXPECT_TRUE(contains(r.out, "## Needs attention\n\n13 findings in 4 notes;")) << r.out;

  // Lint: nothing stale, only the gaps left on purpose: the goal accepted
  // bare from the last answer, the reviews caught up with --no-input, and
  // the next sprint's milestones, not written yet.
  r = goals(today, {"lint", "--format", "github"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(findings(r.out), (std::multiset<std::string>{
                                 "Goals/Grow a staff engineer network.md no-deadline",
                                 "Goals/Grow a staff engineer network.md no-metric",
                                 "Goals/Grow a staff engineer network.md orphan-goal",
                                 "Goals/Grow a staff engineer network.md vague-goal",
                                 "Reviews/2027-02.md unanswered-review",
                                 "Reviews/2027-02.md unanswered-review",
                                 "Reviews/2027-02.md unanswered-review",
                                 "Reviews/2027-W07.md unanswered-review",
                                 "Reviews/2027-W07.md unanswered-review",
                                 "Reviews/2027-W07.md unanswered-review",
                                 "Sprints/2027-Q2.md unfilled-placeholder",
                                 "Sprints/2027-Q2.md unfilled-placeholder",
                                 "Sprints/2027-Q2.md unfilled-placeholder",
                             }))
      << r.out;
}

}  // namespace
