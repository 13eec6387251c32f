// One word table per enum: every value has its word, parsing and printing
// agree, and the command line takes exactly the table's words.
#include "goals/support/names.h"

#include <gtest/gtest.h>

#include "cli_test_util.h"
#include "goals/io/memory_filesystem.h"
#include "goals/parse/config.h"
#include "goals/parse/note.h"
#include "goals/passes/query.h"
#include "render/common.h"
#include "render/graph.h"
#include "render/lint.h"
#include "render/notes.h"

namespace goals {
namespace {

/// Every value below `count` has exactly one word, and the word reads back as the value.
template <class E>
void expect_one_word_each(int count) {
  for (int i = 0; i < count; ++i) {
    const E v = static_cast<E>(i);
    int words = 0;
    for (const Named<E>& n : names_of(E{}))
      if (n.value == v) ++words;
    EXPECT_EQ(words, 1) << "value " << i;
    EXPECT_EQ(from_word<E>(word_of(v)), v) << "value " << i;
  }
  EXPECT_EQ(static_cast<int>(names_of(E{}).size()), count);
}

TEST(Names, EveryEnumValueHasOneWord) {
  expect_one_word_each<NoteType>(5);
  expect_one_word_each<GoalStatus>(5);
  expect_one_word_each<Cadence>(3);
  expect_one_word_each<Severity>(3);
  expect_one_word_each<RuleLevel>(4);
  expect_one_word_each<ListFilter::Sort>(3);
  expect_one_word_each<ListFormat>(5);
  expect_one_word_each<LintFormat>(5);
  expect_one_word_each<GraphFormat>(3);
  expect_one_word_each<TextFormat>(2);
  expect_one_word_each<NoteFormat>(2);
}

TEST(Names, HorizonNoneHasNoWord) {
  EXPECT_EQ(to_string(Horizon::None), "");
  EXPECT_EQ(to_string(Horizon::Long), "long");
  EXPECT_EQ(from_word<Horizon>(""), std::nullopt);
  EXPECT_EQ(names_of(Horizon{}).size(), 3u);
}

TEST(Names, ParsingIsExactOnTheCommandLineAndCaseBlindInNotes) {
  EXPECT_EQ(from_word<GoalStatus>("Done"), std::nullopt);
  EXPECT_EQ(from_word_icase<GoalStatus>("Done"), GoalStatus::Done);
  EXPECT_EQ(from_word_icase<GoalStatus>("don"), std::nullopt);
  EXPECT_EQ(from_word<Cadence>("weekly"), Cadence::Weekly);
}

TEST(Names, JoinedWordsFollowTheTableOrder) {
  EXPECT_EQ(joined_words<Horizon>(", "), "long, medium, short");
  EXPECT_EQ(joined_words<GoalStatus>(", "), "active, planned, paused, done, dropped");
  EXPECT_EQ(joined_words<ListFormat>(","), "text,json,jsonl,tsv,paths");
  EXPECT_EQ(to_string(Severity::Warning), "warning");
}

struct ChoiceFixture : testing_util::CliRunner {
  ChoiceFixture() {
    fs.add_dir("/home/me/vault/.obsidian");
    fs.add_file("/home/me/vault/Goals/Lead.md",
                "---\ntype: goal\nhorizon: long\ndeadline: 2027-06-30\n---\n# Lead a team\n");
  }
};

TEST(Names, TheCommandLineRefusesAWordOutsideTheTableAsIsMemberDid) {
  ChoiceFixture f;
  testing_util::Outcome r = f.run({"graph", "--format", "svg"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err,
            "goals: --format: 'svg' is not one of dot, mermaid, json\n"
            "See 'goals graph --help'.\n");
  // CLI::CheckedTransformer would take the enum's number too; the table does not.
  EXPECT_EQ(f.run({"graph", "--format", "1"}).code, 2);
  EXPECT_EQ(f.run({"lint", "--fail-on", "Error"}).code, 2);
}

TEST(Names, TheCommandLineHelpListsTheTable) {
  ChoiceFixture f;
  testing_util::Outcome r = f.run({"new", "goal", "--help"});
  EXPECT_EQ(r.code, 0);
  EXPECT_NE(r.out.find("--horizon TEXT:{long,medium,short}"), std::string::npos) << r.out;
}

TEST(Names, AChosenWordReachesTheCommandAsItsValue) {
  ChoiceFixture f;
  testing_util::Outcome r = f.run({"--vault", "/home/me/vault", "graph", "--format", "mermaid"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("flowchart", 0), 0u) << r.out;
  testing_util::Outcome l = f.run({"--vault", "/home/me/vault", "list", "--horizon", "medium"});
  EXPECT_EQ(l.code, 0) << l.err;
  EXPECT_EQ(l.out, "");
  testing_util::Outcome bad = f.run({"--vault", "/home/me/vault", "list", "--horizon", "mid"});
  EXPECT_EQ(bad.code, 2);
  EXPECT_EQ(bad.err, "goals: --horizon: 'mid' is not one of long, medium, short\n");
}

}  // namespace
}  // namespace goals
