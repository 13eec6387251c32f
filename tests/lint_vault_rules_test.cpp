// The goal-graph and vault rules: unanswered-review, broken-relation,
// unresolved-link and parent-cycle.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "lint_test_util.h"

namespace goals {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;
using testing_util::lint_files;
using testing_util::LintRun;

/// Lints one of the vaults in examples/ as of 2026-11-22.
LintRun lint_example(const std::string& name) {
  RealFileSystem fs;
  const std::string root = std::string(GOALS_SOURCE_DIR) + "/examples/" + name;
  LintRun run;
  ConfigResult cfg = load_config(fs, root);
  run.vault = std::make_unique<Vault>(load_vault(fs, root, cfg.config));
  run.graph = std::make_unique<GoalGraph>(GoalGraph::build(*run.vault));
  run.result = lint(*run.vault, *run.graph, *Date::parse("2026-11-22"), make_rules(), {});
  return run;
}

std::string goal(const std::string& title, const std::string& parent,
                 const std::string& extra = "") {
  return "---\ntype: goal\nhorizon: medium\nparent: " + parent + "\ndeadline: 2027-06-30\n" +
         extra + "---\n# " + title + "\n";
}

// ---------------------------------------------------------------------------
// unanswered-review

constexpr const char* kWeekly = R"(---
type: review
cadence: weekly
date: 2026-11-22
---
# Week 47

## How am I doing against my goals?

Mentoring milestone done.

## Which tasks and priorities did I change?

## What small wins can I celebrate?

Both mentees have a written growth area.
)";

TEST(UnansweredReview, AnEmptyQuestionIsReportedAtItsHeading) {
  const LintRun run = lint_files({{"Reviews/2026-W47.md", kWeekly}});
  EXPECT_THAT(run.lines("unanswered-review"),
              ElementsAre("Reviews/2026-W47.md:12:1: warning: question \"Which tasks and "
                          "priorities did I change?\" has no answer [unanswered-review]"));
  const std::vector<Diagnostic> d = run.of("unanswered-review");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].help,
            "Write a sentence or two under the heading; even \"nothing changed\" is an answer.");
}

TEST(UnansweredReview, TheExamplesHaveExactlyOneUnansweredQuestion) {
  EXPECT_THAT(lint_example("engineering-manager").lines("unanswered-review"),
              ElementsAre("Reviews/2026-W47.md:17:1: warning: question \"Which tasks and "
                          "priorities did I change?\" has no answer [unanswered-review]"));
  EXPECT_THAT(lint_example("product-manager").lines("unanswered-review"), IsEmpty());
  EXPECT_THAT(lint_example("ux-designer").lines("unanswered-review"), IsEmpty());
}

TEST(UnansweredReview, OnlyLeafHeadingsAfterTheTitleAreQuestions) {
  const LintRun run = lint_files({{"R.md", R"(---
type: review
---
# Title with nothing under it
## Goals
### Mentoring
Seven of twelve sessions.
### Planning
## Wins
# A second H1 is a question
)"}});
  EXPECT_THAT(run.lines("unanswered-review"),
              ElementsAre("R.md:8:1: warning: question \"Planning\" has no answer "
                          "[unanswered-review]",
                          "R.md:9:1: warning: question \"Wins\" has no answer [unanswered-review]",
                          "R.md:10:1: warning: question \"A second H1 is a question\" has no "
                          "answer [unanswered-review]"));
}

TEST(UnansweredReview, WithoutAnH1EveryLeafIsAQuestion) {
  const LintRun run =
      lint_files({{"R.md", "---\ntype: review\n---\n## First\n\n## Second\nYes.\n"}});
  EXPECT_THAT(run.lines("unanswered-review"),
              ElementsAre("R.md:4:1: warning: question \"First\" has no answer "
                          "[unanswered-review]"));
}

TEST(UnansweredReview, CommentsEmptyItemsAndRulesAreNoAnswer) {
  const LintRun run = lint_files({{"R.md", R"(---
type: review
---
# Review
## HTML comment
<!-- later -->
## Obsidian comment
%% later,
   really %%
## Empty items
-
- [ ]
1.
## A rule

---
## Answered with a word in a quote
> yes
## Answered with an open task
- [ ] ask Marcus
## Answered with a link
[[Somewhere]]
)"}});
  EXPECT_THAT(run.lines("unanswered-review"),
              ElementsAre("R.md:5:1: warning: question \"HTML comment\" has no answer "
                          "[unanswered-review]",
                          "R.md:7:1: warning: question \"Obsidian comment\" has no answer "
                          "[unanswered-review]",
                          "R.md:10:1: warning: question \"Empty items\" has no answer "
                          "[unanswered-review]",
                          "R.md:14:1: warning: question \"A rule\" has no answer "
                          "[unanswered-review]"));
}

TEST(UnansweredReview, SetextHeadingsAndMarkupInTheQuestion) {
  const LintRun run = lint_files({{"R.md", R"(---
type: review
---
Week 46
=======

What did **I** change in [[2026-Q4|the sprint]]?
-------------------------------------------------

Small wins
----------
Lea's write-up.
)"}});
  EXPECT_THAT(run.lines("unanswered-review"),
              ElementsAre("R.md:7:1: warning: question \"What did I change in the sprint?\" has "
                          "no answer [unanswered-review]"));
}

TEST(UnansweredReview, OtherNotesMayHaveEmptyHeadings) {
  const LintRun run = lint_files({
      {"Meeting.md", "---\ntype: meeting\n---\n# Meeting\n## Agenda\n## Decisions\n"},
      {"Goal.md", "---\ntype: goal\n---\n# Goal\n## Why\n"},
      {"Daily.md", "# Daily\n## Notes\n"},
  });
  EXPECT_THAT(run.lines("unanswered-review"), IsEmpty());
}

TEST(UnansweredReview, SilencedByCommentPropertyAndConfig) {
  const std::string review =
      "---\ntype: review\n---\n# R\n<!-- goals-ignore unanswered-review -->\n## Skipped\n## "
      "Reported\n";
  EXPECT_THAT(lint_files({{"R.md", review}}).lines("unanswered-review"),
              ElementsAre("R.md:7:1: warning: question \"Reported\" has no answer "
                          "[unanswered-review]"));
  const std::string ignored =
      "---\ntype: review\nlint-ignore: [unanswered-review]\n---\n# R\n## Empty\n";
  EXPECT_THAT(lint_files({{"R.md", ignored}}).lines("unanswered-review"), IsEmpty());
  EXPECT_THAT(lint_files({{"R.md", review}, {".goals.yaml", "rules: {unanswered-review: info}\n"}})
                  .lines("unanswered-review"),
              ElementsAre("R.md:7:1: info: question \"Reported\" has no answer "
                          "[unanswered-review]"));
}

// ---------------------------------------------------------------------------
// broken-relation

TEST(BrokenRelation, AParentLinkToNoNoteSuggestsTheClosestName) {
  const LintRun run = lint_files({
      {"Goals/Lead a team.md", "---\ntype: goal\nhorizon: long\n---\n# Lead a team\n"},
      {"Goals/Mentor.md", goal("Mentor", "\"[[Lead teams]]\"")},
  });
  EXPECT_THAT(run.lines("broken-relation"),
              ElementsAre("Goals/Mentor.md:4:9: error: `parent` points at \"Lead teams\", which "
                          "is no note in the vault [broken-relation]"));
  const std::vector<Diagnostic> d = run.of("broken-relation");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].help,
            "Change the link to \"[[Lead a team]]\", the closest note name, or create the note "
            "\"Lead teams\".");
  EXPECT_EQ(d[0].end_column, 24);  // the closing quote
}

TEST(BrokenRelation, NoSuggestionWhenNothingIsClose) {
  const LintRun run = lint_files({
      {"Goals/Lead a team.md", "---\ntype: goal\nhorizon: long\n---\n# Lead a team\n"},
      {"Goals/Mentor.md", goal("Mentor", "\"[[Become a principal]]\"")},
  });
  const std::vector<Diagnostic> d = run.of("broken-relation");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].help,
            "Create the note \"Become a principal\" or fix the link so it names an existing "
            "note.");
}

TEST(BrokenRelation, ShortNamesNeedACloserMatch) {
  // "Q5" is one edit from "Q4", but that is half of its letters.
  const LintRun run = lint_files({
      {"Q4.md", "---\ntype: sprint\n---\n# Q4\n"},
      {"R.md", "---\ntype: review\nsprint: \"[[Q5]]\"\n---\n# R\n"},
  });
  const std::vector<Diagnostic> d = run.of("broken-relation");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].help, "Create the note \"Q5\" or fix the link so it names an existing note.");
}

TEST(BrokenRelation, GoalsAndSprintLinksOnAnyNote) {
  const LintRun run = lint_files({
      {"Sprints/2026-Q4.md",
       "---\ntype: sprint\ngoals:\n  - \"[[Mentor]]\"\n  - \"[[Mentr]]\"\n---\n# Q4\n"},
      {"Goals/Mentor.md", "---\ntype: goal\n---\n# Mentor\n"},
      {"Reviews/W47.md", "---\ntype: review\nsprint: \"[[Sprints/2026-Q5]]\"\n---\n# W47\n"},
      {"People/Priya.md", "---\ntype: person\nparent: \"[[Nobody]]\"\n---\n# Priya\n"},
  });
  EXPECT_THAT(run.lines("broken-relation"),
              ElementsAre("People/Priya.md:3:9: error: `parent` points at \"Nobody\", which is "
                          "no note in the vault [broken-relation]",
                          "Reviews/W47.md:3:9: error: `sprint` points at \"Sprints/2026-Q5\", "
                          "which is no note in the vault [broken-relation]",
                          "Sprints/2026-Q4.md:5:5: error: `goals` points at \"Mentr\", which is "
                          "no note in the vault [broken-relation]"));
  EXPECT_EQ(run.of("broken-relation")[1].help,
            "Change the link to \"[[2026-Q4]]\", the closest note name, or create the note "
            "\"Sprints/2026-Q5\".");
}

TEST(BrokenRelation, EveryWorkingFormIsSilent) {
  const LintRun run = lint_files({
      {"Goals/Lead a team.md", "---\ntype: goal\nhorizon: long\n---\n# Lead a team\n"},
      {"Goals/Mentor.md", goal("Mentor",
                               "\n  - \"[[Goals/Lead a team]]\"\n  - \"[[lead a team]]\"\n  - "
                               "\"[[Lead a team.md]]\"\n  - \"[[Lead a team#Why|why]]\"\n  - "
                               "Lead a team\n  - [[Lead a team]]")},
  });
  EXPECT_THAT(run.lines("broken-relation"), IsEmpty());
  EXPECT_THAT(run.lines("unresolved-link"), IsEmpty());
}

TEST(BrokenRelation, DoneGoalsAndUnquotedLinksCountToo) {
  const LintRun run = lint_files({
      {"Goals/Old.md", goal("Old", "[[Gone]]", "status: done\n")},
  });
  EXPECT_THAT(run.lines("broken-relation"),
              ElementsAre("Goals/Old.md:4:9: error: `parent` points at \"Gone\", which is no note "
                          "in the vault [broken-relation]"));
}

TEST(BrokenRelation, SeverityAndSilencing) {
  const std::string note = goal("Mentor", "\"[[Gone]]\"");
  EXPECT_THAT(lint_files({{"M.md", note}, {".goals.yaml", "rules: {broken-relation: warning}\n"}})
                  .lines("broken-relation"),
              ElementsAre("M.md:4:9: warning: `parent` points at \"Gone\", which is no note in "
                          "the vault [broken-relation]"));
  EXPECT_THAT(lint_files({{"M.md", note}, {".goals.yaml", "rules: {broken-relation: off}\n"}})
                  .lines("broken-relation"),
              IsEmpty());
  EXPECT_THAT(
      lint_files({{"M.md", goal("Mentor", "\"[[Gone]]\"", "lint-ignore: [broken-relation]\n")}})
          .lines("broken-relation"),
      IsEmpty());
}

// ---------------------------------------------------------------------------
// unresolved-link

TEST(UnresolvedLink, LinksEmbedsAndMarkdownLinksToNothing) {
  const LintRun run = lint_files({
      {"Daily/D.md",
       "# D\n\nWrite a [[Manager README]] soon.\n![[burndown.png|300]]\n[old "
       "notes](Archive/Old%20notes.md)\n- [ ] [[Agenda#Topics|agenda]]\n"},
  });
  EXPECT_THAT(run.lines("unresolved-link"),
              ElementsAre("Daily/D.md:3:9: info: link [[Manager README]] matches no note or file "
                          "in the vault [unresolved-link]",
                          "Daily/D.md:4:1: info: embed ![[burndown.png]] matches no file in the "
                          "vault [unresolved-link]",
                          "Daily/D.md:5:1: info: link [old notes](Archive/Old notes.md) matches no "
                          "note or file in the vault [unresolved-link]",
                          "Daily/D.md:6:7: info: link [[Agenda#Topics]] matches no note or file "
                          "in the vault [unresolved-link]"));
  const std::vector<Diagnostic> d = run.of("unresolved-link");
  ASSERT_EQ(d.size(), 4u);
  EXPECT_EQ(d[0].help,
            "Create the note \"Manager README\" (clicking the link in Obsidian does) or fix the "
            "link's spelling.");
  EXPECT_EQ(d[0].end_column, 26);
  EXPECT_EQ(d[1].help, "Add the file \"burndown.png\" to the vault or fix the name in the embed.");
  EXPECT_EQ(d[2].help, "Create the note at \"Archive/Old notes.md\" or fix the path in the link.");
}

TEST(UnresolvedLink, WhatIsNoLinkOrResolvesIsSilent) {
  const LintRun run = lint_files({
      {"Goals/Mentor.md", "# Mentor\n## Plan\n"},
      {"pic.png", "png"},
      {"D.md",
       "# D\n[[#Later]] [[#Nowhere]] [[Mentor#No heading]] [[mentor]] ![[pic.png]]\n"
       "[web](https://example.com/a#b) <https://example.com> [mail](mailto:a@b.c)\n"
       "`[[code]]` %% [[hidden]] %% $[[math]]$\n```\n[[fenced]]\n```\n## Later\n"},
      {"G.md", "---\ntype: goal\nparent: \"[[Gone]]\"\n---\n# G\n"},
  });
  EXPECT_THAT(run.lines("unresolved-link"), IsEmpty());
}

TEST(UnresolvedLink, TheExamplesHaveExactlyOneBrokenLink) {
  EXPECT_THAT(lint_example("engineering-manager").lines("unresolved-link"),
              ElementsAre("Daily/2026-11-18.md:9:1: info: link [[Manager README]] matches no "
                          "note or file in the vault [unresolved-link]"));
  EXPECT_THAT(lint_example("product-manager").lines("unresolved-link"), IsEmpty());
  EXPECT_THAT(lint_example("ux-designer").lines("unresolved-link"), IsEmpty());
}

TEST(UnresolvedLink, SeverityAndSilencing) {
  const std::string note = "# D\n<!-- goals-ignore unresolved-link -->\n[[Gone]]\n[[Also gone]]\n";
  EXPECT_THAT(lint_files({{"D.md", note}}).lines("unresolved-link"),
              ElementsAre("D.md:4:1: info: link [[Also gone]] matches no note or file in the "
                          "vault [unresolved-link]"));
  EXPECT_THAT(lint_files({{"D.md", note}, {".goals.yaml", "rules: {unresolved-link: warning}\n"}})
                  .lines("unresolved-link"),
              ElementsAre("D.md:4:1: warning: link [[Also gone]] matches no note or file in the "
                          "vault [unresolved-link]"));
  EXPECT_THAT(lint_files({{"D.md", "---\nlint-ignore: [unresolved-link]\n---\n[[Gone]]\n"}})
                  .lines("unresolved-link"),
              IsEmpty());
}

// ---------------------------------------------------------------------------
// parent-cycle

TEST(ParentCycle, TwoGoalsThatNameEachOther) {
  const LintRun run = lint_files({
      {"A.md", goal("A", "\"[[B]]\"")},
      {"B.md", goal("B", "\"[[A]]\"")},
  });
  EXPECT_THAT(run.lines("parent-cycle"),
              ElementsAre("A.md:4:9: error: parent links form a cycle: \"A\" -> \"B\" -> \"A\" "
                          "[parent-cycle]",
                          "B.md:4:9: error: parent links form a cycle: \"B\" -> \"A\" -> \"B\" "
                          "[parent-cycle]"));
  EXPECT_EQ(run.of("parent-cycle")[0].help,
            "Change one `parent` link in the loop so the chain ends at a longer-term goal or the "
            "vision.");
  EXPECT_EQ(run.of("parent-cycle")[0].end_column, 15);
}

TEST(ParentCycle, AGoalThatIsItsOwnParent) {
  const LintRun run = lint_files({{"A.md", goal("A", "\"[[A]]\"")}});
  EXPECT_THAT(run.lines("parent-cycle"),
              ElementsAre("A.md:4:9: error: parent links form a cycle: \"A\" -> \"A\" "
                          "[parent-cycle]"));
  EXPECT_EQ(run.of("parent-cycle")[0].help,
            "Replace the link to the note itself with the longer-term goal or vision it serves.");
}

TEST(ParentCycle, TheFindingSitsOnTheLinkThatStaysInTheLoop) {
  const LintRun run = lint_files({
      {"V.md", "---\ntype: vision\n---\n# V\n"},
      {"A.md", goal("A", "\n  - \"[[V]]\"\n  - \"[[B]]\"")},
      {"B.md", goal("B", "\"[[C]]\"")},
      {"C.md", goal("C", "\"[[A]]\"", "status: done\n")},
      {"Tail.md", goal("Tail", "\"[[A]]\"")},
  });
  EXPECT_THAT(run.lines("parent-cycle"),
              ElementsAre("A.md:6:5: error: parent links form a cycle: \"A\" -> \"B\" -> \"C\" -> "
                          "\"A\" [parent-cycle]",
                          "B.md:4:9: error: parent links form a cycle: \"B\" -> \"C\" -> \"A\" -> "
                          "\"B\" [parent-cycle]",
                          "C.md:4:9: error: parent links form a cycle: \"C\" -> \"A\" -> \"B\" -> "
                          "\"C\" [parent-cycle]"));
}

TEST(ParentCycle, EachNoteGetsItsShortestLoop) {
  // A -> B -> A and A -> C -> B -> A: B's shortest loop is through A.
  const LintRun run = lint_files({
      {"A.md", goal("A", "\n  - \"[[C]]\"\n  - \"[[B]]\"")},
      {"B.md", goal("B", "\"[[A]]\"")},
      {"C.md", goal("C", "\"[[B]]\"")},
  });
  EXPECT_THAT(run.lines("parent-cycle"),
              ElementsAre("A.md:6:5: error: parent links form a cycle: \"A\" -> \"B\" -> \"A\" "
                          "[parent-cycle]",
                          "B.md:4:9: error: parent links form a cycle: \"B\" -> \"A\" -> \"B\" "
                          "[parent-cycle]",
                          "C.md:4:9: error: parent links form a cycle: \"C\" -> \"B\" -> \"A\" -> "
                          "\"C\" [parent-cycle]"));
}

TEST(ParentCycle, VisionsTooButNotSprints) {
  const LintRun run = lint_files({
      {"V.md", "---\ntype: vision\nparent: \"[[L]]\"\n---\n# V\n"},
      {"L.md", goal("L", "\"[[V]]\"")},
      {"S.md", "---\ntype: sprint\nparent: \"[[L]]\"\n---\n# S\n\n## Goal 1: Inline\n"},
  });
  EXPECT_THAT(run.lines("parent-cycle"),
              ElementsAre("L.md:4:9: error: parent links form a cycle: \"L\" -> \"V\" -> \"L\" "
                          "[parent-cycle]",
                          "V.md:3:9: error: parent links form a cycle: \"V\" -> \"L\" -> \"V\" "
                          "[parent-cycle]"));
}

TEST(ParentCycle, ChainsWithoutLoopsAreSilent) {
  const LintRun run = lint_files({
      {"V.md", "---\ntype: vision\n---\n# V\n"},
      {"L.md", goal("L", "\n  - \"[[V]]\"\n  - \"[[V]]\"")},
      {"M.md", goal("M", "\"[[L]]\"")},
      {"S.md", goal("S", "\n  - \"[[M]]\"\n  - \"[[L]]\"")},
      {"P.md", "---\ntype: person\nparent: \"[[P]]\"\n---\n# P\n"},
  });
  EXPECT_THAT(run.lines("parent-cycle"), IsEmpty());
}

TEST(ParentCycle, ALongRingIsShortenedAndStaysFast) {
  std::map<std::string, std::string> files;
  const int n = 2000;
  for (int i = 0; i < n; ++i)
    files["G" + std::to_string(i) + ".md"] =
        goal("G" + std::to_string(i), "\"[[G" + std::to_string((i + 1) % n) + "]]\"");
  const LintRun run = lint_files(files);
  const std::vector<Diagnostic> d = run.of("parent-cycle");
  ASSERT_EQ(d.size(), static_cast<std::size_t>(n));
  EXPECT_EQ(d[0].path, "G0.md");
  EXPECT_EQ(d[0].message,
            "parent links form a cycle: \"G0\" -> \"G1\" -> \"G2\" -> \"G3\" -> \"G4\" -> ... -> "
            "\"G0\"");
}

TEST(ParentCycle, SeverityAndSilencing) {
  const std::map<std::string, std::string> files = {
      {"A.md", goal("A", "\"[[B]]\"", "lint-ignore: [parent-cycle]\n")},
      {"B.md", goal("B", "\"[[A]]\"")},
  };
  EXPECT_THAT(lint_files(files).lines("parent-cycle"),
              ElementsAre("B.md:4:9: error: parent links form a cycle: \"B\" -> \"A\" -> \"B\" "
                          "[parent-cycle]"));
  auto with_config = files;
  with_config[".goals.yaml"] = "rules: {parent-cycle: info}\n";
  EXPECT_THAT(lint_files(with_config).lines("parent-cycle"),
              ElementsAre("B.md:4:9: info: parent links form a cycle: \"B\" -> \"A\" -> \"B\" "
                          "[parent-cycle]"));
  with_config[".goals.yaml"] = "rules: {parent-cycle: off}\n";
  EXPECT_THAT(lint_files(with_config).lines("parent-cycle"), IsEmpty());
}

}  // namespace
}  // namespace goals
