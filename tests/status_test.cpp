#include "goals/passes/status.h"

#include <gtest/gtest.h>

#include <map>
#include <regex>
#include <sstream>

#include "cli_test_util.h"
#include "loaded_vault.h"
#include "render/status.h"
#include "render/text_width.h"

namespace goals {
namespace {

using testing_util::CliRunner;
using testing_util::Outcome;

Date day(const char* s) { return *Date::parse(s); }

StatusReport report_of(const Loaded& l, const char* today) {
  return status_report(*l.vault, l.graph, day(today), make_rules());
}

std::vector<std::string> texts(const std::vector<MilestoneInfo>& ms) {
  std::vector<std::string> out;
  for (const MilestoneInfo& m : ms) out.push_back(m.text + " " + (m.due ? m.due->str() : "-"));
  return out;
}

// ------------------------------------------------------------------ widths

TEST(TextWidth, WideCharactersTakeTwoColumnsAndMarksNone) {
  EXPECT_EQ(display_width("abc"), 3);
  EXPECT_EQ(display_width("日本語"), 6);
  EXPECT_EQ(display_width("🚀 go"), 5);
  EXPECT_EQ(display_width("e\xCC\x81"), 1);  // e + combining acute
  EXPECT_EQ(display_width("a\xFF"), 2);      // a stray byte prints as one U+FFFD
}

TEST(TextWidth, FittingNeverSplitsACharacterNorOverflows) {
  EXPECT_EQ(fit_width("日本語テキスト", 7, "…"), "日本語…");
  EXPECT_EQ(fit_width("日本語テキスト", 6, "…"), "日本…");
  EXPECT_EQ(fit_width("short", 10, "…"), "short");
  EXPECT_EQ(fit_width("two words here", 7, "..."), "two...");  // no space before the dots
  EXPECT_EQ(pad_width("日本", 6, "…"), "日本  ");
  EXPECT_EQ(display_width(pad_width("🚀🚀🚀🚀", 7, "…")), 7);
}

// ------------------------------------------------------------------ the pass

TEST(StatusReport, TheExampleVaultInItsEighthWeek) {
  const Loaded l = load_example("engineering-manager");
  const StatusReport r = report_of(l, "2026-11-22");
  ASSERT_TRUE(r.sprint);
  EXPECT_EQ(r.sprint->name, "2026-Q4");
  EXPECT_EQ(r.sprint->week, 8);
  EXPECT_EQ(r.sprint->weeks, 13);
  EXPECT_EQ(r.sprint->days_left, 39);
  ASSERT_EQ(r.sprint->goals.size(), 3u);
  EXPECT_EQ(r.sprint->goals[0].title, "Mentor 2 junior engineers");
  EXPECT_EQ(r.sprint->goals[0].progress, (Progress{2, 3}));
  EXPECT_EQ(r.week_start, day("2026-11-16"));
  EXPECT_EQ(r.week_end, day("2026-11-22"));
  EXPECT_TRUE(r.due_this_week.empty());
  EXPECT_EQ(texts(r.overdue),
            (std::vector<std::string>{
                "Week 4-5: Modules 7-8 and the recorded coaching conversation 2026-10-31"}));
  ASSERT_EQ(r.overdue_goals.size(), 1u);
  EXPECT_EQ(l.graph.nodes[r.overdue_goals[0]].title, "Finish the Coaching for Engineers course");
  ASSERT_TRUE(r.next_review);
  EXPECT_EQ(r.next_review->cadence, Cadence::Weekly);
  EXPECT_EQ(r.next_review->due, day("2026-11-29"));
  EXPECT_EQ(r.wins_since, day("2026-11-22"));
  EXPECT_EQ(r.wins_since_what, "the last review");
  // The tree: the vision, then its long-term goal; an orphan stands at the root.
  ASSERT_GE(r.tree.size(), 3u);
  EXPECT_EQ(l.graph.nodes[r.tree[0].node].kind, NodeKind::Vision);
  EXPECT_EQ(r.tree[1].depth, 1);
  EXPECT_EQ(l.graph.nodes[r.tree[1].node].title, "Move into engineering management");
  EXPECT_EQ(l.graph.nodes[r.tree.back().node].title,
            "Give a talk at the internal engineering summit");
  EXPECT_EQ(r.tree.back().depth, 0);
  EXPECT_EQ(r.tree.back().smart, (std::array<bool, 5>{true, true, true, false, true}));
}

TEST(StatusReport, MilestonesDueThisWeekOverdueAndWins) {
  const Loaded l = load_files({
      {"Goals/G.md",
       "---\ntype: goal\nhorizon: short\nparent: \"[[Gone]]\"\ndeadline: 2027-03-31\n---\n# G\n"},
      {"Sprints/2027-Q1.md",
       "---\ntype: sprint\nquarter: 2027-Q1\n---\n## Goal 1: [[G]]\n"
       "- [ ] Week 1-4: derived due date\n"
       "- [ ] Week 5-8: written and past 📅 2027-01-20\n"
       "- [-] Week 2: cancelled 📅 2027-01-02\n"
       "- [x] Week 1: first step ✅ 2027-01-25\n"
       "- [ ] Week 9-13: later 📅 2027-03-31\n"},
  });
  const StatusReport r = report_of(l, "2027-01-26");
  ASSERT_TRUE(r.sprint);
  EXPECT_EQ(r.sprint->week, 4);
  EXPECT_EQ(r.sprint->days_left, 64);
  // Week 4 of a sprint from 2027-01-01 ends 2027-01-28.
  EXPECT_EQ(texts(r.due_this_week),
            (std::vector<std::string>{"Week 1-4: derived due date 2027-01-28"}));
  EXPECT_EQ(texts(r.overdue), (std::vector<std::string>{"Week 5-8: written and past 2027-01-20"}));
  EXPECT_TRUE(r.overdue_goals.empty());
  EXPECT_FALSE(r.wins_since_what.empty());
  EXPECT_EQ(r.wins_since, day("2027-01-01"));  // no review yet: since the sprint started
  ASSERT_EQ(r.wins.size(), 1u);
  EXPECT_EQ(r.wins[0].kind, Win::Kind::Milestone);
  EXPECT_EQ(r.wins[0].date, day("2027-01-25"));
  // G's parent leads nowhere: R is missing, the rest is there.
  ASSERT_EQ(r.tree.size(), 1u);
  EXPECT_EQ(r.tree[0].smart, (std::array<bool, 5>{true, false, true, false, true}));
  EXPECT_EQ(r.tree[0].days_left, 64);
}

TEST(StatusReport, TheNextReviewIsTheEarliestDue) {
  const std::string sprint = "---\ntype: sprint\nquarter: 2027-Q1\n---\n";
  // No review at all: this week's weekly one (Sunday 2027-03-28).
  EXPECT_EQ(report_of(load_files({{"S.md", sprint}}), "2027-03-24").next_review->due,
            day("2027-03-28"));
  // This week's is written: the quarter ends first (2027-03-31).
  const Loaded weekly = load_files({{"S.md", sprint},
                                    {"R.md",
                                     "---\ntype: review\ncadence: weekly\ndate: "
                                     "2027-03-22\n---\n"}});
  const ReviewDue due = *report_of(weekly, "2027-03-24").next_review;
  EXPECT_EQ(due.cadence, Cadence::Quarterly);
  EXPECT_EQ(due.due, day("2027-03-31"));
  // A quarterly review that links the sprint in its body looks back on it
  // (as missing-review reads it): then this month's review is next.
  const Loaded looked_back =
      load_files({{"2027-Q1.md", sprint},
                  {"R.md", "---\ntype: review\ncadence: weekly\ndate: 2027-03-22\n---\n"},
                  {"Q.md", "---\ntype: review\ndate: 2027-03-24\n---\nHow [[2027-Q1]] went.\n"}});
  EXPECT_EQ(report_of(looked_back, "2027-03-24").next_review->cadence, Cadence::Monthly);
  // Without a sprint, this month's review falls due at the month's end.
  const Loaded month = load_files({{"R.md",
                                    "---\ntype: review\ncadence: weekly\ndate: "
                                    "2027-04-27\n---\n"}});
  const ReviewDue m = *report_of(month, "2027-04-28").next_review;
  EXPECT_EQ(m.cadence, Cadence::Monthly);
  EXPECT_EQ(m.due, day("2027-04-30"));
}

// ------------------------------------------------------------------ missed reviews

std::string review_note(const std::string& props) {
  return "---\ntype: review\n" + props + "---\n";
}

const std::string kQ4 = "---\ntype: sprint\nquarter: 2026-Q4\n---\n";

/// Each missed review as "cadence period due | command".
std::vector<std::string> missed(const Loaded& l, const char* today) {
  std::vector<std::string> out;
  for (const MissedReview& m : missed_reviews(*l.vault, l.graph, day(today)))
    out.push_back(std::string(to_string(m.cadence)) + " " + (m.period ? m.period->str() : "-") +
                  " " + m.due.str() + " | " + m.command);
  return out;
}

TEST(MissedReviews, ASkippedMonthShowsFromTheNextDayUntilItsReviewExists) {
  std::map<std::string, std::string> files{
      {"Sprints/2026-Q4.md", kQ4},
      {"Reviews/2026-10.md", review_note("cadence: monthly\ndate: 2026-10-31\n")}};
  // On its last day November's review is due, not missed.
  EXPECT_EQ(missed(load_files(files), "2026-11-30"), std::vector<std::string>{});
  EXPECT_EQ(missed(load_files(files), "2026-12-01"),
            std::vector<std::string>{
                "monthly 2026-11 2026-11-30 | goals review --cadence monthly --period 2026-11"});
  // The status report carries the same list.
  const StatusReport r = report_of(load_files(files), "2026-12-01");
  ASSERT_EQ(r.missed_reviews.size(), 1u);
  EXPECT_EQ(r.missed_reviews[0].due, day("2026-11-30"));
  // A review dated inside November clears it; one dated in December does not.
  files["Reviews/Late.md"] = review_note("cadence: monthly\ndate: 2026-12-02\n");
  EXPECT_EQ(missed(load_files(files), "2026-12-03").size(), 1u);
  files["Reviews/2026-11.md"] = review_note("cadence: monthly\ndate: 2026-11-30\n");
  EXPECT_EQ(missed(load_files(files), "2026-12-03"), std::vector<std::string>{});
}

TEST(MissedReviews, TwoSkippedWeeksAreBothListedAndClearOneByOne) {
  std::map<std::string, std::string> files{
      {"Sprints/2026-Q4.md", kQ4},
      {"Reviews/2026-W45.md", review_note("cadence: weekly\ndate: 2026-11-08\n")},
      {"Reviews/2026-W48.md", review_note("cadence: weekly\ndate: 2026-11-29\n")}};
  EXPECT_EQ(missed(load_files(files), "2026-12-03"),
            (std::vector<std::string>{
                "weekly 2026-W46 2026-11-15 | goals review --cadence weekly --period 2026-W46",
                "weekly 2026-W47 2026-11-22 | goals review --cadence weekly --period 2026-W47"}));
  files["Reviews/2026-W46.md"] = review_note("cadence: weekly\ndate: 2026-11-15\n");
  EXPECT_EQ(missed(load_files(files), "2026-12-03"),
            std::vector<std::string>{
                "weekly 2026-W47 2026-11-22 | goals review --cadence weekly --period 2026-W47"});
  // A weekly note of Periodic Notes is dated by its Monday: inside its week.
  files["Reviews/2026-W47.md"] = review_note("cadence: weekly\ndate: 2026-11-16\n");
  EXPECT_EQ(missed(load_files(files), "2026-12-03"), std::vector<std::string>{});
}

TEST(MissedReviews, AQuarterEndedWithoutReviewStaysAfterTheSprint) {
  std::map<std::string, std::string> files{{"Sprints/2026-Q4.md", kQ4}};
  EXPECT_EQ(missed(load_files(files), "2026-12-31"), std::vector<std::string>{});
  EXPECT_EQ(missed(load_files(files), "2027-01-15"),
            std::vector<std::string>{"quarterly 2026-Q4 2026-12-31 | goals review --cadence "
                                     "quarterly --period 2026-Q4"});
  const Loaded l = load_files(files);
  const StatusReport r = report_of(l, "2027-01-15");
  EXPECT_FALSE(r.sprint);
  ASSERT_EQ(r.missed_reviews.size(), 1u);
  EXPECT_EQ(l.path_of_node(r.missed_reviews[0].sprint), "Sprints/2026-Q4.md");
  // Status names it even though no sprint holds today.
  std::ostringstream os;
  render_status_text(os, *l.vault, l.graph, r, false, Style{false});
  EXPECT_NE(os.str().find("No sprint holds today\n"), std::string::npos) << os.str();
  EXPECT_NE(os.str().find("Missed reviews\n"
                          "  2026-12-31  2026-Q4   goals review --cadence quarterly --period "
                          "2026-Q4\n"
                          "Next review: weekly, due 2027-01-17"),
            std::string::npos)
      << os.str();
  EXPECT_EQ(status_json(*l.vault, l.graph, r)["missed_reviews"].dump(),
            "[{\"cadence\":\"quarterly\",\"period\":\"2026-Q4\",\"due\":\"2026-12-31\","
            "\"sprint\":\"Sprints/2026-Q4.md\",\"command\":\"goals review --cadence quarterly "
            "--period 2026-Q4\"}]");
  // The quarterly review that names the sprint clears it.
  files["Reviews/2026-Q4 Review.md"] =
      review_note("cadence: quarterly\nsprint: \"[[2026-Q4]]\"\ndate: 2027-01-10\n");
  EXPECT_EQ(missed(load_files(files), "2027-01-15"), std::vector<std::string>{});
}

TEST(MissedReviews, CountedFromTheFirstReviewOfTheCadenceAndTheLatestSprint) {
  // No weekly or monthly review ever written: none of them is missed.
  EXPECT_EQ(missed(load_files({{"Sprints/2026-Q4.md", kQ4}}), "2026-12-03"),
            std::vector<std::string>{});
  // A weekly review long ago: the weeks before the latest sprint's start
  // are history, not missed reviews.
  const Loaded l =
      load_files({{"Sprints/2026-Q4.md", kQ4},
                  {"Reviews/Old.md", review_note("cadence: weekly\ndate: 2025-03-02\n")},
                  {"Reviews/2026-W41.md", review_note("cadence: weekly\ndate: 2026-10-11\n")}});
  const std::vector<std::string> m = missed(l, "2026-10-21");
  EXPECT_EQ(m,
            (std::vector<std::string>{
                "weekly 2026-W40 2026-10-04 | goals review --cadence weekly --period 2026-W40",
                "weekly 2026-W42 2026-10-18 | goals review --cadence weekly --period 2026-W42"}));
}

TEST(MissedReviews, QuarterlyFirstThenMonthlyThenWeeklyAndTheTextShowsTheLatestThree) {
  std::map<std::string, std::string> files{
      {"Sprints/2026-Q3.md", "---\ntype: sprint\nquarter: 2026-Q3\n---\n"},
      {"Sprints/Autumn push.md", "---\ntype: sprint\nend: 2026-09-30\n---\n"},
      {"Reviews/2026-07.md", review_note("cadence: monthly\ndate: 2026-07-31\n")},
      {"Reviews/2026-W27.md", review_note("cadence: weekly\ndate: 2026-07-05\n")}};
  const Loaded l = load_files(files);
  const std::vector<MissedReview> all = missed_reviews(*l.vault, l.graph, day("2026-10-02"));
  ASSERT_EQ(all.size(), 2u + 2u + 12u);  // Q3 twice, August and September, W28..W39
  EXPECT_EQ(all[0].command, "goals review --cadence quarterly --period 2026-Q3");
  EXPECT_EQ(all[1].command, "goals review --cadence quarterly --sprint 'Autumn push'");
  EXPECT_FALSE(all[1].period);
  EXPECT_EQ(all[2].command, "goals review --cadence monthly --period 2026-08");
  EXPECT_EQ(all[4].command, "goals review --cadence weekly --period 2026-W28");
  StatusReport r = report_of(l, "2026-10-02");
  std::ostringstream os;
  render_status_text(os, *l.vault, l.graph, r, false, Style{false});
  const std::string text = os.str();
  const std::size_t at = text.find("Missed reviews\n");
  ASSERT_NE(at, std::string::npos) << text;
  EXPECT_EQ(text.substr(at, text.find("Next review") - at),
            "Missed reviews\n"
            "  2026-09-30  2026-Q3   goals review --cadence quarterly --period 2026-Q3\n"
            // Too long for 80 columns: the command goes whole on its own line.
            "  2026-09-30  Autumn push\n"
            "    goals review --cadence quarterly --sprint 'Autumn push'\n"
            "  2026-08-31  2026-08   goals review --cadence monthly --period 2026-08\n"
            "  2026-09-30  2026-09   goals review --cadence monthly --period 2026-09\n"
            "  2026-09-13  2026-W37  goals review --cadence weekly --period 2026-W37\n"
            "  2026-09-20  2026-W38  goals review --cadence weekly --period 2026-W38\n"
            "  2026-09-27  2026-W39  goals review --cadence weekly --period 2026-W39\n"
            "  and 9 more weekly reviews, 2026-W28 to 2026-W36\n");
}

// ------------------------------------------------------------------ text

/// The text with ANSI colour sequences taken out.
std::string plain(const std::string& s) {
  return std::regex_replace(s, std::regex("\x1b\\[[0-9;]*m"), "");
}

TEST(StatusText, LongWideTitlesStillFitEightyColumns) {
  const std::string cjk =
      "エンジニアリングマネージャーへの道のりと長期的なキャリア計画を立てて実行する";
  const Loaded l = load_files({
      {"Vision/V.md", "---\ntype: vision\n---\n# " + cjk + "\n"},
      {"Goals/Long.md",
       "---\ntype: goal\nhorizon: long\nparent: \"[[V]]\"\ndeadline: 2029-01-01\n"
       "---\n# 🚀 " +
           cjk + "\n"},
      {"Goals/Short.md",
       "---\ntype: goal\nhorizon: short\nparent: \"[[Long]]\"\n"
       "deadline: 2027-01-01\nmetric: " +
           cjk + cjk + "\n---\n# " + cjk + "\n"},
      {"Sprints/2026-Q4.md",
       "---\ntype: sprint\nquarter: 2026-Q4\n---\n## Goal 1: [[Short]]\n"
       "- [ ] Week 1-4: " +
           cjk +
           " 📅 2026-11-20\n"
           "- [x] Week 5-8: " +
           cjk + " ✅ 2026-11-21\n"},
  });
  const StatusReport r = report_of(l, "2026-11-22");
  for (bool unicode : {true, false}) {
    std::ostringstream os;
    render_status_text(os, *l.vault, l.graph, r, unicode, Style{unicode});
    std::istringstream lines(plain(os.str()));
    int n = 0;
    for (std::string line; std::getline(lines, line); ++n)
      EXPECT_LE(display_width(line), 80) << (unicode ? "unicode" : "ascii") << ": " << line;
    EXPECT_GT(n, 15);
    if (!unicode) {
      for (unsigned char c : os.str().substr(0, os.str().find("エ")))
        EXPECT_LT(c, 0x80) << "ASCII mode draws with ASCII";
    }
  }
}

// ------------------------------------------------------------------ the command

TEST(StatusCommand, BareGoalsInAVaultShowsTheStatus) {
  CliRunner f;
  f.fs.add_dir("/home/me/vault/.obsidian");
  f.fs.add_file("/home/me/vault/Sprints/2026-Q4.md", "---\ntype: sprint\nquarter: 2026-Q4\n---\n");
  const Outcome bare = f.run({"--today", "2026-11-22"});
  EXPECT_EQ(bare.code, 0) << bare.err;
  EXPECT_EQ(bare.out.rfind("Sprint 2026-Q4\nWeek 8 of 13 - 39 days left", 0), 0u) << bare.out;
  EXPECT_EQ(f.run({"--today", "2026-11-22", "status"}).out, bare.out);
}

TEST(StatusCommand, BareGoalsOutsideAVaultSaysSo) {
  CliRunner f;
  f.fs.add_file("/home/me/vault/Daily/a.md", "# A\n");
  const Outcome r = f.run({});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err,
            "goals: not inside a vault (no .obsidian/ or .goals.yaml here or above); use --vault "
            "DIR or `goals init`\nSee 'goals --help'.\n");
}

TEST(StatusCommand, UnicodeOnlyWithColourOnAUtf8Terminal) {
  CliRunner f;
  f.fs.add_dir("/home/me/vault/.obsidian");
  f.fs.add_file("/home/me/vault/Sprints/2026-Q4.md", "---\ntype: sprint\nquarter: 2026-Q4\n---\n");
  f.env["LANG"] = "en_US.UTF-8";
  const std::vector<std::string> args{"--today", "2026-11-22", "--color", "always", "status"};
  EXPECT_NE(f.run(args).out.find("Week 8 of 13 · 39 days left"), std::string::npos);
  std::vector<std::string> ascii = args;
  ascii.push_back("--ascii");
  EXPECT_NE(f.run(ascii).out.find("Week 8 of 13 - 39 days left"), std::string::npos);
  f.env["LANG"] = "C";
  EXPECT_NE(f.run(args).out.find("Week 8 of 13 - 39 days left"), std::string::npos);
  f.env["LC_ALL"] = "C.UTF-8";  // LC_ALL wins over LANG
  EXPECT_NE(f.run(args).out.find("Week 8 of 13 · 39 days left"), std::string::npos);
}

}  // namespace
}  // namespace goals
