// `goals wins`: the renderer on in-memory vaults, then the command in-process.
#include "render/wins.h"

#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <sstream>

#include "cli_test_util.h"
#include "goals/io/memory_filesystem.h"
#include "goals/parse/config.h"

namespace goals {
namespace {

using testing_util::Outcome;

Date day(const char* s) { return *Date::parse(s); }

// The vault of every test here, in the order its wins come out: a finished
// goal whose title is not its file name, milestones of a linked goal and of
// an inline one, one done before the quarterly review and one after today.
const std::map<std::string, std::string> kNotes = {
    {"Goals/Mentor.md",
     "---\ntype: goal\nhorizon: short\nstatus: done\ncompleted: 2026-11-02\n"
     "metric: Both mentees have a written growth plan\n---\n# Mentor 2 engineers\n"},
    {"Goals/Talk.md", "---\ntype: goal\nhorizon: short\n---\n# Give a talk at the summit\n"},
    {"Sprints/2026-Q4.md",
     "---\ntype: sprint\nquarter: 2026-Q4\n---\n# Q4\n\n"
     "## Goal 1: [[Talk]]\n"
     "- [x] Week 1-2: Submit the abstract to [[Summit|the summit]] 📅 2026-10-14 ✅ 2026-10-09\n"
     "- [x] Week 3-4: Draft the slides ✅ 2026-11-20\n"
     "- [ ] Week 5-8: Dry run with the team\n"
     "- [x] Week 9: Give the talk ✅ 2026-12-01\n"
     "## Goal 2: Read two product books\n"
     "- [x] Week 1-6: Read \"Inspired\" ✅ 2026-09-20\n"},
    {"Reviews/2026-Q3.md", "---\ntype: review\ncadence: quarterly\ndate: 2026-10-05\n---\n"},
    {"Reviews/2026-W46.md", "---\ntype: review\ncadence: weekly\ndate: 2026-11-15\n---\n"},
};

struct Loaded {
  std::unique_ptr<Vault> vault;
  GoalGraph graph;
};

Loaded load_notes(const std::map<std::string, std::string>& files) {
  MemoryFileSystem fs("/v");
  fs.add_dir("/v/.obsidian");
  for (const auto& [path, text] : files) fs.add_file("/v/" + path, text);
  Loaded l;
  LoadOptions options;
  options.threads = 1;
  l.vault = std::make_unique<Vault>(load_vault(fs, "/v", load_config(fs, "/v").config, options));
  l.graph = GoalGraph::build(*l.vault);
  return l;
}

std::string markdown(const Loaded& l, const WinsPeriod& p, bool links = false) {
  std::ostringstream os;
  render_wins(os, *l.vault, l.graph, wins_between(*l.vault, l.graph, p.since, p.until), p,
              NoteFormat::Markdown, links);
  return os.str();
}

// --- the period line -------------------------------------------------------------

TEST(WinsPeriodText, SaysWhereThePeriodStarts) {
  EXPECT_EQ(wins_period_text({day("2026-10-05"), day("2026-11-22"), 3}),
            "Wins since 2026-10-05 (the last quarterly review)");
  EXPECT_EQ(wins_period_text({day("2026-07-01"), day("2026-11-22"), -1}), "Wins since 2026-07-01");
  EXPECT_EQ(wins_period_text({std::nullopt, day("2026-11-22"), -1}),
            "All wins so far (no quarterly review yet)");
}

// --- unlink_wiki -----------------------------------------------------------------

TEST(UnlinkWiki, LinksBecomeTheWordsObsidianShows) {
  EXPECT_EQ(unlink_wiki("Met [[Priya Natarajan]] for coffee"), "Met Priya Natarajan for coffee");
  EXPECT_EQ(unlink_wiki("Submit to [[Summit|the summit]]"), "Submit to the summit");
  EXPECT_EQ(unlink_wiki("See [[Plan#Risks]] and [[Plan#Risks#Late]]"),
            "See Plan > Risks and Plan > Risks > Late");
  EXPECT_EQ(unlink_wiki("Table [[Mentor\\|Mentoring]] cell"), "Table Mentoring cell");
  EXPECT_EQ(unlink_wiki("Embed ![[rubric.png]] here"), "Embed rubric.png here");
  EXPECT_EQ(unlink_wiki("Empty alias [[Note|]]"), "Empty alias Note");
  EXPECT_EQ(unlink_wiki("Heading [[#Risks]]"), "Heading Risks");
}

TEST(UnlinkWiki, EverythingElseAsWritten) {
  EXPECT_EQ(unlink_wiki("No links, **bold** and [text](url)"),
            "No links, **bold** and [text](url)");
  EXPECT_EQ(unlink_wiki("Unclosed [[link"), "Unclosed [[link");
  EXPECT_EQ(unlink_wiki("! [[A]] !"), "! A !");
  EXPECT_EQ(unlink_wiki(""), "");
}

// --- Markdown ----------------------------------------------------------------------

TEST(WinsMarkdown, SinceTheLastQuarterlyReviewAsResults) {
  const Loaded l = load_notes(kNotes);
  EXPECT_EQ(markdown(l, {day("2026-10-05"), day("2026-11-22"), 0}),
            "Wins since 2026-10-05 (the last quarterly review):\n"
            "\n"
            "- 2026-11-20 — Give a talk at the summit: Draft the slides\n"
            "- 2026-11-02 — Mentor 2 engineers (goal completed): Both mentees have a written "
            "growth plan\n"
            "- 2026-10-09 — Give a talk at the summit: Submit the abstract to the summit\n");
}

TEST(WinsMarkdown, AllWinsIncludeUndatedOnesLastAndInlineGoals) {
  std::map<std::string, std::string> notes = kNotes;
  notes["Goals/Old.md"] = "---\ntype: goal\nhorizon: short\nstatus: done\n---\n# Old win\n";
  const Loaded l = load_notes(notes);
  EXPECT_EQ(markdown(l, {std::nullopt, day("2026-12-31"), -1}),
            "All wins so far (no quarterly review yet):\n"
            "\n"
            "- 2026-12-01 — Give a talk at the summit: Give the talk\n"
            "- 2026-11-20 — Give a talk at the summit: Draft the slides\n"
            "- 2026-11-02 — Mentor 2 engineers (goal completed): Both mentees have a written "
            "growth plan\n"
            "- 2026-10-09 — Give a talk at the summit: Submit the abstract to the summit\n"
            "- 2026-09-20 — Read two product books: Read \"Inspired\"\n"
            "- undated — Old win (goal completed)\n");
}

TEST(WinsMarkdown, LinksNameGoalsByTheirNotesAndKeepLinksInTheWords) {
  const Loaded l = load_notes(kNotes);
  EXPECT_EQ(markdown(l, {day("2026-09-01"), day("2026-11-22"), -1}, /*links=*/true),
            "Wins since 2026-09-01:\n"
            "\n"
            "- 2026-11-20 — [[Talk|Give a talk at the summit]]: Draft the slides\n"
            "- 2026-11-02 — [[Mentor|Mentor 2 engineers]] (goal completed): Both mentees have a "
            "written growth plan\n"
            "- 2026-10-09 — [[Talk|Give a talk at the summit]]: Submit the abstract to "
            "[[Summit|the summit]]\n"
            "- 2026-09-20 — Read two product books: Read \"Inspired\"\n");
}

TEST(WinsMarkdown, LinksUseTheShortestTargetThatResolves) {
  const Loaded l = load_notes({
      {"Goals/Ship.md", "---\ntype: goal\nstatus: done\ncompleted: 2026-10-01\n---\n"},
      {"Archive/Ship.md", "---\ntype: goal\nstatus: done\ncompleted: 2026-09-01\n---\n"},
  });
  EXPECT_EQ(markdown(l, {std::nullopt, day("2026-11-22"), -1}, /*links=*/true),
            "All wins so far (no quarterly review yet):\n"
            "\n"
            "- 2026-10-01 — [[Goals/Ship|Ship]] (goal completed)\n"
            "- 2026-09-01 — [[Archive/Ship|Ship]] (goal completed)\n");
}

TEST(WinsMarkdown, ControlCharactersNeverReachTheTerminal) {
  const Loaded l = load_notes({
      {"Sprints/S.md",
       "---\ntype: sprint\n---\n## Goal 1: Be \x1b[31mloud\n"
       "- [x] Week 1: Ship \x07 it ✅ 2026-10-01\n"},
  });
  EXPECT_EQ(markdown(l, {std::nullopt, day("2026-11-22"), -1}),
            "All wins so far (no quarterly review yet):\n"
            "\n"
            "- 2026-10-01 — Be \uFFFD[31mloud: Ship \uFFFD it\n");
}

TEST(WinsMarkdown, AnAliasThatWouldBreakTheLinkIsLeftOut) {
  const Loaded l = load_notes({
      {"Goals/Ship.md", "---\ntype: goal\nstatus: done\ncompleted: 2026-10-01\n---\n# A | B\n"},
  });
  EXPECT_EQ(markdown(l, {std::nullopt, day("2026-11-22"), -1}, /*links=*/true),
            "All wins so far (no quarterly review yet):\n"
            "\n"
            "- 2026-10-01 — [[Ship]] (goal completed)\n");
}

TEST(WinsMarkdown, NothingToShowIsOneFriendlyLine) {
  const Loaded l = load_notes(kNotes);
  const std::string how =
      " When you finish a milestone, tick it with its ✅ date; when you finish a goal, give it "
      "`status: done` and a `completed:` date.\n";
  EXPECT_EQ(markdown(l, {day("2026-11-21"), day("2026-11-22"), 0}),
            "No wins since 2026-11-21 (the last quarterly review) yet." + how);
  EXPECT_EQ(markdown(l, {day("2026-11-21"), day("2026-11-22"), -1}),
            "No wins since 2026-11-21 yet." + how);
  const Loaded empty = load_notes({{"Goals/Open.md", "---\ntype: goal\n---\n"}});
  EXPECT_EQ(markdown(empty, {std::nullopt, day("2026-11-22"), -1}), "No wins yet." + how);
}

// --- JSON --------------------------------------------------------------------------

TEST(WinsJson, EveryWinWithWhereItIsWritten) {
  const Loaded l = load_notes(kNotes);
  const int review = l.graph.node_of_note[l.vault->find_note("Reviews/2026-Q3.md")];
  const WinsPeriod p{day("2026-10-05"), day("2026-11-22"), review};
  std::ostringstream os;
  render_wins(os, *l.vault, l.graph, wins_between(*l.vault, l.graph, p.since, p.until), p,
              NoteFormat::Json, false);
  EXPECT_EQ(os.str(), R"({
  "schema_version": 1,
  "since": "2026-10-05",
  "until": "2026-11-22",
  "since_review": "Reviews/2026-Q3.md",
  "wins": [
    {
      "kind": "milestone",
      "date": "2026-11-20",
      "title": "Draft the slides",
      "goal": "Give a talk at the summit",
      "goal_path": "Goals/Talk.md",
      "metric": null,
      "path": "Sprints/2026-Q4.md",
      "line": 9
    },
    {
      "kind": "goal",
      "date": "2026-11-02",
      "title": "Mentor 2 engineers",
      "goal": "Mentor 2 engineers",
      "goal_path": "Goals/Mentor.md",
      "metric": "Both mentees have a written growth plan",
      "path": "Goals/Mentor.md",
      "line": 5
    },
    {
      "kind": "milestone",
      "date": "2026-10-09",
      "title": "Submit the abstract to [[Summit|the summit]]",
      "goal": "Give a talk at the summit",
      "goal_path": "Goals/Talk.md",
      "metric": null,
      "path": "Sprints/2026-Q4.md",
      "line": 8
    }
  ]
}
)");
}

TEST(WinsJson, AllWinsHaveNoSinceAndUndatedOnesANullDate) {
  const Loaded l = load_notes({
      {"Goals/Old.md", "---\ntype: goal\nstatus: done\n---\n"},
      {"Sprints/S.md", "---\ntype: sprint\n---\n## Goal 1: Inline\n- [x] Week 1: Done\n"},
  });
  const Json j = wins_json(*l.vault, l.graph, collect_wins(*l.vault, l.graph, std::nullopt),
                           {std::nullopt, day("2026-11-22"), -1});
  EXPECT_EQ(json_text(j), R"({"schema_version":1,"since":null,"until":"2026-11-22",)"
                          R"("since_review":null,"wins":[)"
                          R"({"kind":"goal","date":null,"title":"Old","goal":"Old",)"
                          R"("goal_path":"Goals/Old.md","metric":null,"path":"Goals/Old.md",)"
                          R"("line":3},)"
                          R"({"kind":"milestone","date":null,"title":"Done","goal":"Inline",)"
                          R"("goal_path":null,"metric":null,"path":"Sprints/S.md","line":5}]})");
}

// --- the command -------------------------------------------------------------------

struct WinsCli : testing_util::CliRunner {
  WinsCli() {
    fs.add_dir("/home/me/vault/.obsidian");
    for (const auto& [path, text] : kNotes) fs.add_file("/home/me/vault/" + path, text);
    env["GOALS_TODAY"] = "2026-11-22";
  }
};

TEST(WinsCommand, DefaultsToTheLastQuarterlyReview) {
  WinsCli f;
  const Outcome r = f.run({"wins"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.out,
            "Wins since 2026-10-05 (the last quarterly review):\n"
            "\n"
            "- 2026-11-20 — Give a talk at the summit: Draft the slides\n"
            "- 2026-11-02 — Mentor 2 engineers (goal completed): Both mentees have a written "
            "growth plan\n"
            "- 2026-10-09 — Give a talk at the summit: Submit the abstract to the summit\n");
}

TEST(WinsCommand, TodayDecidesTheReviewAndTheLastDay) {
  WinsCli f;
  // Before the review's day: no quarterly review yet, so every win up to today.
  EXPECT_EQ(f.run({"--today", "2026-10-04", "wins"}).out,
            "All wins so far (no quarterly review yet):\n"
            "\n"
            "- 2026-09-20 — Read two product books: Read \"Inspired\"\n");
  // After the talk: the win dated 2026-12-01 now counts.
  const std::string after = f.run({"--today", "2026-12-01", "wins"}).out;
  const std::string first =
      "Wins since 2026-10-05 (the last quarterly review):\n"
      "\n"
      "- 2026-12-01 — Give a talk at the summit: Give the talk\n";
  EXPECT_EQ(after.substr(0, first.size()), first);
}

TEST(WinsCommand, SinceOverridesTheReview) {
  WinsCli f;
  const Outcome r = f.run({"wins", "--since", "2026-11-02"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out,
            "Wins since 2026-11-02:\n"
            "\n"
            "- 2026-11-20 — Give a talk at the summit: Draft the slides\n"
            "- 2026-11-02 — Mentor 2 engineers (goal completed): Both mentees have a written "
            "growth plan\n");
}

TEST(WinsCommand, NothingToShowExitsZero) {
  WinsCli f;
  const Outcome r = f.run({"wins", "--since", "2026-11-21"});
  EXPECT_EQ(r.code, 0);
  EXPECT_EQ(r.out.substr(0, 30), "No wins since 2026-11-21 yet. ");
}

TEST(WinsCommand, BadSinceIsAUsageError) {
  WinsCli f;
  const Outcome r = f.run({"wins", "--since", "2026-02-30"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err,
            "goals: --since: '2026-02-30' is not a date (YYYY-MM-DD)\nSee 'goals wins --help'.\n");
  EXPECT_EQ(f.run({"wins", "--since", "last week"}).code, 2);
}

TEST(WinsCommand, FormatsAndTheirFlags) {
  WinsCli f;
  const Outcome json = f.run({"wins", "--format", "json"});
  EXPECT_EQ(json.code, 0) << json.err;
  const Json j = Json::parse(json.out);
  EXPECT_EQ(j["schema_version"], 1);
  EXPECT_EQ(j["since"], "2026-10-05");
  EXPECT_EQ(j["since_review"], "Reviews/2026-Q3.md");
  EXPECT_EQ(j["wins"].size(), 3u);

  const Outcome links = f.run({"wins", "--links"});
  EXPECT_EQ(links.code, 0) << links.err;
  EXPECT_NE(links.out.find("- 2026-11-20 — [[Talk|Give a talk at the summit]]: Draft the slides\n"),
            std::string::npos);

  const Outcome both = f.run({"wins", "--links", "--format", "json"});
  EXPECT_EQ(both.code, 2);
  EXPECT_EQ(both.err, "goals: --links goes with --format markdown\n");
  EXPECT_EQ(f.run({"wins", "--format", "text"}).code, 2);
}

TEST(WinsCommand, BadTodayIsAUsageError) {
  WinsCli f;
  const Outcome r = f.run({"--today", "2026-13-01", "wins"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err,
            "goals: --today: '2026-13-01' is not a date (YYYY-MM-DD)\nSee 'goals wins --help'.\n");
}

}  // namespace
}  // namespace goals
