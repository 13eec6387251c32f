// The SMART rules: vague-goal, outside-control, no-metric, no-accountability,
// orphan-goal, too-many-goals, no-weekly-plan, and the phrase matching that
// vague-goal and outside-control share.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "lint_test_util.h"
#include "rules/phrases.h"

namespace goals {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::IsEmpty;
using ::testing::Not;
using testing_util::lint_files;
using testing_util::LintRun;

using Files = std::map<std::string, std::string>;

/// A goal note with `props` (front-matter lines) and an H1 `title` (none when empty).
std::string goal(const std::string& title, const std::string& props = "horizon: short\n") {
  return "---\ntype: goal\n" + props + "---\n" + (title.empty() ? "" : "# " + title + "\n");
}

/// Findings of `rule` for one goal note titled `title`.
std::vector<std::string> lint_title(const std::string& rule, const std::string& title,
                                    const std::string& props = "horizon: short\n",
                                    const std::string& config = "") {
  Files files{{"Goals/G.md", goal(title, props)}};
  if (!config.empty()) files[".goals.yaml"] = config;
  return lint_files(files).lines(rule);
}

bool vague(const std::string& title, const std::string& config = "") {
  return !lint_title("vague-goal", title, "horizon: short\n", config).empty();
}

bool outside(const std::string& title, const std::string& config = "") {
  return !lint_title("outside-control", title, "horizon: short\n", config).empty();
}

PhraseList phrases(const std::vector<std::string>& list) { return PhraseList(list); }

std::vector<std::string> lower_words(std::string_view text) {
  std::vector<std::string> out;
  for (const TitleWord& w : split_words(text)) out.push_back(w.lower);
  return out;
}

// ---------------------------------------------------------------- phrases

TEST(Phrases, SplitsOnSpacesPunctuationHyphensAndUnicodePunctuation) {
  EXPECT_THAT(lower_words("Level-up my career\u2019s \u201cgrowth\u201d \u2014 soon!"),
              ElementsAre("level", "up", "my", "career", "growth", "soon"));
  EXPECT_THAT(lower_words("Don't stop: I'm FINE, caf\u00e9 au lait"),
              ElementsAre("don't", "stop", "i'm", "fine", "caf\u00e9", "au", "lait"));
  EXPECT_THAT(lower_words("engineers' 2027 Q1"), ElementsAre("engineers", "2027", "q1"));
  EXPECT_THAT(lower_words(""), IsEmpty());
  EXPECT_THAT(lower_words(" -- "), IsEmpty());
}

TEST(Phrases, WordsKeepTheirSourceText) {
  const std::string title = "Getting  PROMOTED soon";
  const std::vector<TitleWord> words = split_words(title);
  ASSERT_EQ(words.size(), 3u);
  EXPECT_EQ(words[1].text, "PROMOTED");
  EXPECT_EQ(words[1].lower, "promoted");
  const PhraseList list = phrases({"get promoted"});
  const auto found = list.find_all(words);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(matched_text(words, found[0]), "Getting  PROMOTED");
}

TEST(Phrases, InflectedForms) {
  const std::vector<std::string> improve = word_forms("improve");
  for (const char* f : {"improve", "improves", "improved", "improving"})
    EXPECT_THAT(improve, Contains(f)) << f;
  const std::vector<std::string> get = word_forms("get");
  for (const char* f : {"get", "gets", "getting", "got", "gotten"})
    EXPECT_THAT(get, Contains(f)) << f;
  for (const char* f : {"grow", "grows", "growing", "grew", "grown"})
    EXPECT_THAT(word_forms("grow"), Contains(f)) << f;
  for (const char* f : {"study", "studies", "studied"})
    EXPECT_THAT(word_forms("study"), Contains(f)) << f;
  for (const char* f : {"level", "levels", "leveled", "leveling", "levelled", "levelling"})
    EXPECT_THAT(word_forms("level"), Contains(f)) << f;
  for (const char* f : {"be", "is", "was", "being", "been"})
    EXPECT_THAT(word_forms("be"), Contains(f)) << f;
  EXPECT_THAT(word_forms("grow"), Not(Contains("growth")));
  EXPECT_THAT(word_forms("improve"), Not(Contains("improvement")));
}

TEST(Phrases, MatchesWholeWordsCaseInsensitively) {
  const PhraseList list = phrases({"improve", "read more", "case study"});
  auto count = [&](std::string_view text) { return list.find_all(split_words(text)).size(); };
  EXPECT_EQ(count("IMPROVE my writing"), 1u);
  EXPECT_EQ(count("Improving my writing"), 1u);
  EXPECT_EQ(count("Track improvements"), 0u);  // another word, not an inflection
  EXPECT_EQ(count("Unimproved"), 0u);
  EXPECT_EQ(count("Reading more"), 1u);
  EXPECT_EQ(count("Read much more"), 0u);  // words must be consecutive
  EXPECT_EQ(count("Write 2 case studies"), 1u);
  EXPECT_EQ(count("Improve, then read more"), 2u);
}

TEST(Phrases, LongestMatchWinsAndMatchesDoNotOverlap) {
  const PhraseList list = phrases({"get", "get a better job", "better job"});
  const std::vector<TitleWord> words = split_words("Get a better job");
  const auto found = list.find_all(words);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(list.phrase(found[0].phrase), "get a better job");
  EXPECT_EQ(found[0].count, 4u);
}

TEST(Phrases, EmptyPhrasesAreIgnored) {
  const PhraseList list = phrases({"", "  ", "--", " soon "});
  EXPECT_FALSE(list.empty());
  EXPECT_EQ(list.phrase(0), "soon");
  EXPECT_TRUE(phrases({""}).empty());
}

// ---------------------------------------------------------------- vague-goal

TEST(VagueGoal, TitleWithAVaguePhraseAndNoAnchor) {
  EXPECT_THAT(
      lint_title("vague-goal", "Get better at leadership", "horizon: medium\n"),
      ElementsAre("Goals/G.md:5:1: warning: goal \"Get better at leadership\" is vague: it says "
                  "\"Get better\" but names no deliverable, number or role [vague-goal]"));
}

TEST(VagueGoal, TimeWordAtTheTypeKeyWhenThereIsNoHeading) {
  const LintRun run = lint_files({{"Goals/get promoted soon.md", "---\ntype: goal\n---\n"}});
  EXPECT_THAT(run.lines("vague-goal"),
              ElementsAre("Goals/get promoted soon.md:2:1: warning: goal \"get promoted soon\" is "
                          "vague: it says \"soon\" but names no deliverable, number or role "
                          "[vague-goal]"));
  const std::vector<Diagnostic> d = run.of("vague-goal");
  ASSERT_EQ(d.size(), 1u);
  EXPECT_EQ(d[0].help,
            "Say what you will deliver, how many and by when, e.g. \"Run 6 one-to-ones with my "
            "two mentees and finish the Coaching for Engineers course by 2027-03-31\".");
}

TEST(VagueGoal, NamesBothThePhraseAndTheTimeWord) {
  EXPECT_THAT(lint_title("vague-goal", "Level up someday"),
              ElementsAre("Goals/G.md:5:1: warning: goal \"Level up someday\" is vague: it says "
                          "\"Level up\" and \"someday\" but names no deliverable, number or role "
                          "[vague-goal]"));
}

TEST(VagueGoal, TheSeedsVagueGoals) {
  for (const char* t :
       {"Advance my career", "Get a better job", "Improve", "Grow my network",
        "Be better at feedback", "Read more", "Network more", "Learn more",
        "Work on my communication", "Develop myself", "Level up", "Getting better at estimates",
        "Improved code reviews", "get promoted soon", "Find a new role someday",
        "Change teams eventually", "Lead a team one day", "Switch to design at some point"})
    EXPECT_TRUE(vague(t)) << t;
}

TEST(VagueGoal, ConcreteAnchorsMakeItSpecific) {
  for (const char* t : {"Improve test coverage to 80 percent",      // digit
                        "Read two product management books",        // number word
                        "Network more at a couple of meetups",      // "a couple"
                        "Get better at leadership in Q1",           // digit in Q1
                        "Learn more about Kubernetes",              // named thing
                        "Get better at AWS networking",             // acronym
                        "Work on the design certification",         // deliverable
                        "Improve my portfolio soon",                // deliverable
                        "Grow into the Engineering Manager role"})  // named role
    EXPECT_FALSE(vague(t)) << t;
}

TEST(VagueGoal, NoVagueWordsMeansNotVague) {
  for (const char* t :
       {"Build a network of engineering managers", "Develop coaching and mentoring skills",
        "Have a career growth conversation with my manager",
        "Become a product manager at a mid-size tech company", "Do the thing"})
    EXPECT_FALSE(vague(t)) << t;
}

TEST(VagueGoal, WordsOfATimePhraseAreNoAnchor) {
  EXPECT_TRUE(vague("Get promoted one day"));  // "one" belongs to "one day"
  EXPECT_TRUE(vague("Improve some day"));
}

TEST(VagueGoal, CapitalsNameNothingInTitleCaseOrAllCapsOrAsI) {
  EXPECT_TRUE(vague("Get Better At Public Speaking"));
  EXPECT_TRUE(vague("GET PROMOTED SOON"));
  EXPECT_TRUE(vague("Improve how I give feedback"));
  EXPECT_TRUE(vague("Improve how I'm seen"));
  EXPECT_FALSE(vague("Improve at Google"));  // one capitalised word: a name, not Title Case
  EXPECT_FALSE(vague("Get Better At AWS Networking"));  // an acronym still names something
}

TEST(VagueGoal, LongTermDoneAndDroppedGoalsAreNotJudged) {
  EXPECT_THAT(lint_title("vague-goal", "Grow as a leader", "horizon: long\n"), IsEmpty());
  EXPECT_THAT(lint_title("vague-goal", "Grow as a leader", "horizon: short\nstatus: done\n"),
              IsEmpty());
  EXPECT_THAT(lint_title("vague-goal", "Grow as a leader", "status: dropped\n"), IsEmpty());
  EXPECT_THAT(lint_title("vague-goal", "Grow as a leader", "status: paused\n"), Not(IsEmpty()));
  EXPECT_THAT(lint_title("vague-goal", "Grow as a leader", "status: planned\n"), Not(IsEmpty()));
}

TEST(VagueGoal, InlineSprintGoalsOfSprintsNotEnded) {
  const std::string body =
      "# Sprint\n\n## Goal 1: Learn more eventually\n- Week 1-12: x\n\n"
      "## Goal 2: [[Get better at leadership]]\n- Week 1-12: x\n";
  const LintRun run =
      lint_files({{"Sprints/2026-Q4.md", "---\ntype: sprint\nquarter: 2026-Q4\n---\n" + body},
                  {"Sprints/2026-Q3.md", "---\ntype: sprint\nquarter: 2026-Q3\n---\n" + body},
                  {"Goals/Get better at leadership.md", goal("Get better at leadership")}});
  EXPECT_THAT(run.lines("vague-goal"),
              ElementsAre("Goals/Get better at leadership.md:5:1: warning: goal \"Get better at "
                          "leadership\" is vague: it says \"Get better\" but names no "
                          "deliverable, number or role [vague-goal]",
                          "Sprints/2026-Q4.md:7:1: warning: sprint goal \"Learn more "
                          "eventually\" is vague: it says \"Learn more\" and \"eventually\" but "
                          "names no deliverable, number or role [vague-goal]"));
}

TEST(VagueGoal, TitleProperty) {
  const LintRun run =
      lint_files({{"Goals/G.md", "---\ntype: goal\ntitle: Improve my writing\n---\n# Other\n"}});
  EXPECT_THAT(run.lines("vague-goal"),
              ElementsAre("Goals/G.md:3:1: warning: goal \"Improve my writing\" is vague: it says "
                          "\"Improve\" but names no deliverable, number or role [vague-goal]"));
}

TEST(VagueGoal, OptionsReplaceAndExtendTheLists) {
  const std::string replace = "rules:\n  vague-goal:\n    phrases: [polish]\n";
  EXPECT_FALSE(vague("Improve my writing", replace));
  EXPECT_TRUE(vague("Polishing my writing", replace));
  EXPECT_TRUE(vague("Polish my writing soon", replace));  // time words still the defaults

  const std::string extend = "rules:\n  vague-goal:\n    extra-phrases: [be more visible]\n";
  EXPECT_TRUE(vague("Improve my writing", extend));
  EXPECT_TRUE(vague("Be more visible at work", extend));

  const std::string times = "rules:\n  vague-goal:\n    time-words: [later]\n";
  EXPECT_FALSE(vague("Switch teams soon", times));
  EXPECT_TRUE(vague("Switch teams later", times));
  EXPECT_TRUE(vague("Switch teams soon", "rules:\n  vague-goal:\n    extra-time-words: [later]\n"));
  EXPECT_TRUE(
      vague("Switch teams later", "rules:\n  vague-goal:\n    extra-time-words: [later]\n"));

  EXPECT_TRUE(vague("Improve my portfolio", "rules:\n  vague-goal:\n    concrete-words: [exam]\n"));
  EXPECT_FALSE(
      vague("Improve my exam score", "rules:\n  vague-goal:\n    concrete-words: [exam]\n"));
  EXPECT_FALSE(
      vague("Improve my runbook", "rules:\n  vague-goal:\n    extra-concrete-words: [runbook]\n"));
  EXPECT_FALSE(
      vague("Improve my runbooks", "rules:\n  vague-goal:\n    extra-concrete-words: runbook\n"));
}

TEST(VagueGoal, AWrongOptionIsAConfigProblem) {
  const LintRun run = lint_files(
      {{"Goals/G.md", goal("Improve")},
       {".goals.yaml", "rules:\n  vague-goal:\n    phrases: {a: b}\n    phrase: [x]\n"}});
  std::vector<std::string> problems;
  for (const Diagnostic& d : run.result.config_problems) problems.push_back(d.message);
  EXPECT_THAT(problems, ElementsAre("rule `vague-goal`, option `phrases`: must be a list of texts",
                                    "rule `vague-goal` has no option `phrase`"));
  EXPECT_EQ(run.lines("vague-goal").size(), 1u);  // the defaults stay in force
}

TEST(VagueGoal, Suppressed) {
  EXPECT_THAT(lint_title("vague-goal", "Improve", "lint-ignore: [vague-goal]\n"), IsEmpty());
  const LintRun run = lint_files(
      {{"Goals/G.md", "---\ntype: goal\n---\n<!-- goals-ignore vague-goal -->\n# Grow\n"}});
  EXPECT_THAT(run.lines("vague-goal"), IsEmpty());
}

// ---------------------------------------------------------------- outside-control

TEST(OutsideControl, PromotionDecidedBySomeoneElse) {
  const LintRun run = lint_files(
      {{"Goals/G.md", goal("Get promoted to Engineering Manager", "horizon: medium\n")}});
  EXPECT_THAT(run.lines("outside-control"),
              ElementsAre("Goals/G.md:5:1: warning: goal \"Get promoted to Engineering Manager\" "
                          "rests on someone else's decision: \"Get promoted\" [outside-control]"));
  EXPECT_EQ(run.of("outside-control")[0].help,
            "Reframe it as the actions within your control, e.g. \"Complete the three "
            "requirements for promotion\".");
}

TEST(OutsideControl, DefaultPhrasesAndInflections) {
  for (const char* t :
       {"Get promoted", "Getting promoted to Staff", "Got promoted", "Be promoted",
        "Get hired at a startup", "Being hired as a designer", "Get a raise", "Get an offer",
        "Get the job at Acme", "Land a job in fintech", "Be selected for the programme",
        "Be chosen as team lead", "Be accepted into the fellowship", "Get a promotion"})
    EXPECT_TRUE(outside(t)) << t;
}

TEST(OutsideControl, ActionsWithinMyControlPass) {
  for (const char* t :
       {"Earn promotion to Senior Software Engineer by the March 2026 review cycle",
        "Complete the three requirements for promotion",
        "Run the interview loop for two backend hires", "Apply to 5 junior UX roles per week",
        "Select a mentor", "Get better at leadership"})
    EXPECT_FALSE(outside(t)) << t;
}

TEST(OutsideControl, EveryHorizonButNotDoneOrDropped) {
  EXPECT_THAT(lint_title("outside-control", "Get promoted", "horizon: long\n"), Not(IsEmpty()));
  EXPECT_THAT(lint_title("outside-control", "Get promoted", ""), Not(IsEmpty()));
  EXPECT_THAT(lint_title("outside-control", "Get promoted", "status: done\n"), IsEmpty());
  EXPECT_THAT(lint_title("outside-control", "Get promoted", "status: dropped\n"), IsEmpty());
}

TEST(OutsideControl, InlineSprintGoals) {
  const std::string body = "# S\n\n## Goal 1: Get accepted into the mentoring programme\n";
  const LintRun run =
      lint_files({{"Sprints/2026-Q4.md", "---\ntype: sprint\nquarter: 2026-Q4\n---\n" + body},
                  {"Sprints/2026-Q3.md", "---\ntype: sprint\nquarter: 2026-Q3\n---\n" + body}});
  EXPECT_THAT(run.lines("outside-control"),
              ElementsAre("Sprints/2026-Q4.md:7:1: warning: sprint goal \"Get accepted into the "
                          "mentoring programme\" rests on someone else's decision: \"Get "
                          "accepted\" [outside-control]"));
}

TEST(OutsideControl, Options) {
  EXPECT_FALSE(
      outside("Get promoted", "rules:\n  outside-control:\n    phrases: [win the award]\n"));
  EXPECT_TRUE(
      outside("Win the award", "rules:\n  outside-control:\n    phrases: [win the award]\n"));
  EXPECT_TRUE(outside("Winning the award",
                      "rules:\n  outside-control:\n    extra-phrases: [win the award]\n"));
  EXPECT_TRUE(
      outside("Get promoted", "rules:\n  outside-control:\n    extra-phrases: [win the award]\n"));
}

// ---------------------------------------------------------------- no-metric

TEST(NoMetric, ShortMediumAndHorizonlessGoalNotes) {
  const LintRun run = lint_files({
      {"Goals/Short.md", goal("Short")},
      {"Goals/Medium.md", goal("Medium", "horizon: medium\nstatus: paused\nmetric:\n")},
      {"Goals/None.md", goal("None", "")},
      {"Goals/Long.md", goal("Long", "horizon: long\n")},
      {"Goals/Has.md", goal("Has", "horizon: short\nmetric: 6 sessions\n")},
      {"Goals/Done.md", goal("Done", "horizon: short\nstatus: done\n")},
      {"Goals/Dropped.md", goal("Dropped", "horizon: short\nstatus: dropped\n")},
  });
  EXPECT_THAT(run.lines("no-metric"),
              ElementsAre("Goals/Medium.md:5:1: warning: goal \"Medium\" has no metric: nothing "
                          "says how you will know it is done [no-metric]",
                          "Goals/None.md:2:1: warning: goal \"None\" has no metric: nothing says "
                          "how you will know it is done [no-metric]",
                          "Goals/Short.md:2:1: warning: goal \"Short\" has no metric: nothing "
                          "says how you will know it is done [no-metric]"));
  EXPECT_EQ(run.of("no-metric")[0].help,
            "Add `metric:` with the number that will show it is done, e.g. \"6 logged mentoring "
            "sessions\".");
}

TEST(NoMetric, SprintGoals) {
  const LintRun run = lint_files({
      {"Goals/Short.md", goal("Short")},
      {"Goals/Long.md", goal("Long", "horizon: long\nmetric: Staff title\n")},
      {"Goals/Done.md", goal("Done", "horizon: short\nstatus: done\n")},
      {"Notes/Plain.md", "# Plain\n"},
      {"Sprints/2026-Q4.md",
       "---\ntype: sprint\nquarter: 2026-Q4\ngoals:\n  - \"[[Long]]\"\n---\n# S\n\n"
       "## Goal 1: [[Short]]\n- Success metric: 6 sessions\n\n"  // line 9: merged into Short
       "## Goal 2: Inline\n\n"                                   // line 12
       "## Goal 3: Inline with metric\n- Success metric: x\n\n"  // line 14
       "## Goal 4: [[Plain]]\n\n"                                // line 17
       "## Goal 5: [[Done]]\n"},
      {"Sprints/2026-Q3.md", "---\ntype: sprint\nquarter: 2026-Q3\n---\n## Goal 1: Inline\n"},
  });
  EXPECT_THAT(run.lines("no-metric"),
              ElementsAre("Sprints/2026-Q4.md:5:5: warning: sprint goal \"Long\" has no success "
                          "metric: nothing says how you will know it is done [no-metric]",
                          "Sprints/2026-Q4.md:12:1: warning: sprint goal \"Inline\" has no "
                          "success metric: nothing says how you will know it is done [no-metric]",
                          "Sprints/2026-Q4.md:17:1: warning: sprint goal \"Plain\" has no success "
                          "metric: nothing says how you will know it is done [no-metric]"));
  const std::vector<Diagnostic> d = run.of("no-metric");
  EXPECT_EQ(d[0].help,
            "Give it a `## Goal N: [[Long]]` heading with a `- Success metric: ...` item under "
            "it, e.g. `- Success metric: Pass the certification exam`.");
  EXPECT_EQ(d[1].help,
            "Add a `- Success metric: ...` item under the goal's heading, e.g. `- Success metric: "
            "Pass the certification exam`.");
}

// ---------------------------------------------------------------- no-accountability

TEST(NoAccountability, ShortAndMediumGoalNotes) {
  const LintRun run = lint_files({
      {"Goals/Short.md", goal("Short")},
      {"Goals/Medium.md", goal("Medium", "horizon: medium\naccountability:\n")},
      {"Goals/None.md", goal("None", "")},
      {"Goals/Long.md", goal("Long", "horizon: long\n")},
      {"Goals/Has.md", goal("Has", "horizon: short\naccountability: \"[[Priya]]\"\n")},
      {"Goals/Done.md", goal("Done", "horizon: short\nstatus: done\n")},
  });
  EXPECT_THAT(run.lines("no-accountability"),
              ElementsAre("Goals/Medium.md:4:1: info: goal \"Medium\" names no accountability "
                          "partner: no one will ask how it is going [no-accountability]",
                          "Goals/Short.md:2:1: info: goal \"Short\" names no accountability "
                          "partner: no one will ask how it is going [no-accountability]"));
  EXPECT_EQ(run.of("no-accountability")[0].help,
            "Tell a mentor, friend or peer about it and name them in `accountability:`, e.g. "
            "`accountability: \"[[Priya Natarajan]]\"`.");
}

TEST(NoAccountability, ASharedSprintCoversItsGoals) {
  const std::string body = "# S\n\n## Goal 1: [[Short]]\n\n## Goal 2: Inline\n";
  const LintRun shared =
      lint_files({{"Goals/Short.md", goal("Short")},
                  {"Sprints/2026-Q4.md",
                   "---\ntype: sprint\nquarter: 2026-Q4\naccountability: Priya\n---\n" + body}});
  EXPECT_THAT(shared.lines("no-accountability"), IsEmpty());

  const LintRun alone =
      lint_files({{"Goals/Short.md", goal("Short")},
                  {"Sprints/2026-Q4.md", "---\ntype: sprint\nquarter: 2026-Q4\n---\n" + body}});
  EXPECT_THAT(alone.lines("no-accountability"),
              ElementsAre("Goals/Short.md:2:1: info: goal \"Short\" names no accountability "
                          "partner: no one will ask how it is going [no-accountability]",
                          "Sprints/2026-Q4.md:9:1: info: sprint goal \"Inline\" names no "
                          "accountability partner: no one will ask how it is going "
                          "[no-accountability]"));
  EXPECT_EQ(alone.of("no-accountability")[1].help,
            "Share the sprint with someone and name them in the sprint's `accountability:`, e.g. "
            "`accountability: \"[[Priya Natarajan]]\"`.");
}

TEST(NoAccountability, SprintGoalsLinkingLongGoals) {
  const LintRun run = lint_files(
      {{"Goals/Named.md", goal("Named", "horizon: long\naccountability: Priya\n")},
       {"Goals/Unnamed.md", goal("Unnamed", "horizon: long\n")},
       {"Sprints/2027-Q1.md",
        "---\ntype: sprint\nquarter: 2027-Q1\n---\n## Goal 1: [[Named]]\n## Goal 2: [[Unnamed]]\n"},
       {"Sprints/2026-Q3.md", "---\ntype: sprint\nquarter: 2026-Q3\n---\n## Goal 1: Inline\n"}});
  EXPECT_THAT(run.lines("no-accountability"),
              ElementsAre("Sprints/2027-Q1.md:6:1: info: sprint goal \"Unnamed\" names no "
                          "accountability partner: no one will ask how it is going "
                          "[no-accountability]"));
}

// ---------------------------------------------------------------- orphan-goal

TEST(OrphanGoal, Messages) {
  const LintRun run = lint_files({
      {"Vision/V.md", "---\ntype: vision\n---\n# V\n"},
      {"Goals/Long.md", goal("Long", "horizon: long\nparent: \"[[V]]\"\n")},
      {"Goals/Lost long.md", goal("Lost long", "horizon: long\n")},
      {"Goals/Rooted.md", goal("Rooted", "horizon: short\nparent: \"[[Long]]\"\n")},
      {"Goals/Alone.md", goal("Alone")},
      {"Goals/Child.md", goal("Child", "horizon: medium\nparent: \"[[Alone]]\"\n")},
      {"Goals/Done.md", goal("Done", "horizon: short\nstatus: done\n")},
  });
  EXPECT_THAT(
      run.lines("orphan-goal"),
      ElementsAre("Goals/Alone.md:2:1: warning: goal \"Alone\" has no parent: nothing ties it to "
                  "a long-term goal or the vision [orphan-goal]",
                  "Goals/Child.md:4:1: warning: goal \"Child\" reaches no long-term goal or "
                  "vision through its parents [orphan-goal]",
                  "Goals/Lost long.md:2:1: warning: long-term goal \"Lost long\" does not lead to "
                  "the vision [orphan-goal]"));
  const std::vector<Diagnostic> d = run.of("orphan-goal");
  EXPECT_EQ(d[0].help,
            "Add `parent:` with the long-term goal it moves you toward, e.g. `parent: \"[[Move "
            "into engineering management]]\"`.");
  EXPECT_EQ(d[1].help,
            "Point `parent:` at the long-term goal this moves you toward, or at a goal that leads "
            "to one.");
  EXPECT_EQ(d[2].help,
            "Add `parent:` with a link to your vision note, so the direction answers to where you "
            "want to end up.");
}

TEST(OrphanGoal, ABlankParentIsNoParent) {
  const LintRun run = lint_files({{"Goals/Blank.md", goal("Blank", "parent:\n")},
                                  {"Goals/Empty list.md", goal("Empty list", "parent: []\n")}});
  EXPECT_THAT(run.lines("orphan-goal"),
              ElementsAre("Goals/Blank.md:3:1: warning: goal \"Blank\" has no parent: nothing "
                          "ties it to a long-term goal or the vision [orphan-goal]",
                          "Goals/Empty list.md:3:1: warning: goal \"Empty list\" has no parent: "
                          "nothing ties it to a long-term goal or the vision [orphan-goal]"));
  EXPECT_EQ(run.of("orphan-goal")[0].help,
            "Fill in `parent:` with the long-term goal it moves you toward, e.g. `parent: "
            "\"[[Move into engineering management]]\"`.");
}

TEST(OrphanGoal, ALongTermGoalNeedsAVisionOnlyWhenTheVaultHasOne) {
  EXPECT_THAT(lint_title("orphan-goal", "Long", "horizon: long\n"), IsEmpty());
  EXPECT_THAT(lint_files({{"Goals/Short.md", goal("Short", "parent: \"[[Long]]\"\n")},
                          {"Goals/Long.md", goal("Long", "horizon: long\n")}})
                  .lines("orphan-goal"),
              IsEmpty());
}

TEST(OrphanGoal, InlineGoalsInheritTheSprintsParent) {
  const std::string body = "# S\n\n## Goal 1: Inline\n";
  const LintRun run = lint_files({
      {"Goals/Long.md", goal("Long", "horizon: long\n")},
      {"Goals/Short.md", goal("Short", "horizon: short\n")},
      {"Sprints/2026-Q4.md", "---\ntype: sprint\nquarter: 2026-Q4\n---\n" + body},
      {"Sprints/2027-Q1.md",
       "---\ntype: sprint\nquarter: 2027-Q1\nparent: \"[[Long]]\"\n---\n" + body},
      {"Sprints/2027-Q2.md",
       "---\ntype: sprint\nquarter: 2027-Q2\nparent: \"[[Short]]\"\n---\n" + body},
      {"Sprints/2026-Q3.md", "---\ntype: sprint\nquarter: 2026-Q3\n---\n" + body},
  });
  EXPECT_THAT(run.lines("orphan-goal"),
              ElementsAre("Goals/Short.md:2:1: warning: goal \"Short\" has no parent: nothing "
                          "ties it to a long-term goal or the vision [orphan-goal]",
                          "Sprints/2026-Q4.md:7:1: warning: sprint goal \"Inline\" reaches no "
                          "long-term goal or vision: sprint \"2026-Q4\" has no parent "
                          "[orphan-goal]",
                          "Sprints/2027-Q2.md:8:1: warning: sprint goal \"Inline\" reaches no "
                          "long-term goal or vision: the parent of sprint \"2027-Q2\" leads "
                          "nowhere [orphan-goal]"));
  EXPECT_EQ(run.of("orphan-goal")[1].help,
            "Add `parent:` to the sprint note with the long-term goal this quarter serves; its "
            "inline goals take it over.");
}

// ---------------------------------------------------------------- too-many-goals

std::string sprint_of(int goals, const std::string& quarter = "2026-Q4") {
  std::string s = "---\ntype: sprint\nquarter: " + quarter + "\n---\n# S\n";
  for (int i = 1; i <= goals; ++i)
    s += "## Goal " + std::to_string(i) + ": G" + std::to_string(i) + "\n";
  return s;
}

TEST(TooManyGoals, OneFindingAtTheFirstGoalOverTheLimit) {
  const LintRun run = lint_files({{"Sprints/2026-Q4.md", sprint_of(5)},
                                  {"Sprints/2027-Q1.md", sprint_of(3, "2027-Q1")},
                                  {"Sprints/2026-Q3.md", sprint_of(5, "2026-Q3")}});
  EXPECT_THAT(run.lines("too-many-goals"),
              ElementsAre("Sprints/2026-Q4.md:9:1: error: sprint \"2026-Q4\" holds 5 goals; at "
                          "most 3 keep a quarter focused [too-many-goals]"));
  EXPECT_EQ(run.of("too-many-goals")[0].help,
            "Pick the 1-3 goals that matter most and move the rest to a later sprint; a slot left "
            "blank on purpose is fine.");
}

TEST(TooManyGoals, TheConfiguredMaximum) {
  const LintRun run = lint_files(
      {{"Sprints/2026-Q4.md", sprint_of(2)}, {".goals.yaml", "max-goals-per-sprint: 1\n"}});
  EXPECT_THAT(run.lines("too-many-goals"),
              ElementsAre("Sprints/2026-Q4.md:7:1: error: sprint \"2026-Q4\" holds 2 goals; at "
                          "most 1 keeps a quarter focused [too-many-goals]"));
  EXPECT_EQ(run.of("too-many-goals")[0].help,
            "Pick the one goal that matters most and move the rest to a later sprint; a slot left "
            "blank on purpose is fine.");
  EXPECT_THAT(lint_files({{"Sprints/2026-Q4.md", sprint_of(4)},
                          {".goals.yaml", "max-goals-per-sprint: 4\n"}})
                  .lines("too-many-goals"),
              IsEmpty());
}

TEST(TooManyGoals, DroppedGoalsAndBlankSlotsTakeNoSlot) {
  const LintRun run = lint_files(
      {{"Goals/Dropped.md", goal("Dropped", "status: dropped\n")},
       {"Goals/Done.md", goal("Done", "status: done\n")},
       {"Sprints/2026-Q4.md",
        "---\ntype: sprint\nquarter: 2026-Q4\ngoals:\n  - \"[[Dropped]]\"\n---\n# S\n"
        "## Goal 1: G1\n## Goal 2: G2\n## Goal 3: [[Done]]\n## Goal 4: [left blank]\n"}});
  EXPECT_THAT(run.lines("too-many-goals"), IsEmpty());
}

// ---------------------------------------------------------------- no-weekly-plan

TEST(NoWeeklyPlan, GoalsWithoutWeekMilestones) {
  const LintRun run = lint_files(
      {{"Goals/Front.md", goal("Front")},
       {"Goals/Done.md", goal("Done", "status: done\n")},
       {"Sprints/2026-Q4.md",
        "---\ntype: sprint\nquarter: 2026-Q4\ngoals:\n  - \"[[Front]]\"\n  - \"[[Done]]\"\n---\n"
        "# S\n\n"
        "## Goal 1: Planned\n- Week 1-4: x\n\n"        // line 10
        "## Goal 2: Unplanned\n- Attend 1 meetup\n"},  // line 13
       {"Sprints/2026-Q3.md", "---\ntype: sprint\nquarter: 2026-Q3\n---\n## Goal 1: Unplanned\n"}});
  EXPECT_THAT(run.lines("no-weekly-plan"),
              ElementsAre("Sprints/2026-Q4.md:5:5: warning: sprint goal \"Front\" has no weekly "
                          "milestones: nothing paces it before the last week [no-weekly-plan]",
                          "Sprints/2026-Q4.md:13:1: warning: sprint goal \"Unplanned\" has no "
                          "weekly milestones: nothing paces it before the last week "
                          "[no-weekly-plan]"));
  const std::vector<Diagnostic> d = run.of("no-weekly-plan");
  EXPECT_EQ(d[0].help,
            "Give it a `## Goal N: [[Front]]` heading with `Week a-b:` items under it, e.g. `- "
            "Week 1-4: Finish sections 1-5 of the course`.");
  EXPECT_EQ(d[1].help,
            "Break it into `Week a-b:` items under its heading, e.g. `- Week 1-4: Finish sections "
            "1-5 of the course`.");
}

// ---------------------------------------------------------------- the seed and the examples

TEST(SmartRules, TheSeedsTwoGoals) {
  const LintRun run = lint_files({
      {"Vision/V.md", "---\ntype: vision\n---\n# V\n"},
      {"Goals/Move into engineering management.md",
       goal("Move into engineering management", "horizon: long\nparent: \"[[V]]\"\n")},
      {"Goals/Earn promotion.md",
       goal("Earn promotion to Senior Software Engineer by the March 2026 review cycle by "
            "leading 2 cross-functional projects, mentoring 1 junior developer, and completing "
            "the internal system design certification by December 2025",
            "horizon: medium\nparent: \"[[Move into engineering management]]\"\n"
            "deadline: 2027-03-31\nmetric: 3 requirements met\naccountability: Marcus\n")},
      {"Goals/get promoted soon.md", "---\ntype: goal\n---\n"},
  });
  // Of the SMART rules (no-deadline is another's), exactly these fire.
  const std::vector<std::string> smart = {"vague-goal",        "outside-control", "no-metric",
                                          "no-accountability", "orphan-goal",     "too-many-goals",
                                          "no-weekly-plan"};
  std::vector<std::string> rules;
  for (const Diagnostic& d : run.result.diagnostics)
    if (std::find(smart.begin(), smart.end(), d.rule) != smart.end())
      rules.push_back(d.path + " " + d.rule);
  EXPECT_THAT(rules, ElementsAre("Goals/get promoted soon.md no-metric",
                                 "Goals/get promoted soon.md orphan-goal",
                                 "Goals/get promoted soon.md outside-control",
                                 "Goals/get promoted soon.md vague-goal"));
}

/// The SMART rules' findings on one example vault, as "path:line [rule]".
std::vector<std::string> smart_findings(const std::string& vault) {
  namespace fs = std::filesystem;
  RealFileSystem rfs;
  const std::string root = (fs::path(GOALS_SOURCE_DIR) / "examples" / vault).string();
  ConfigResult cfg = load_config(rfs, root);
  const Vault v = load_vault(rfs, root, cfg.config);
  const GoalGraph g = GoalGraph::build(v);
  LintOptions options;
  options.select = {"vague-goal",  "outside-control", "no-metric",     "no-accountability",
                    "orphan-goal", "too-many-goals",  "no-weekly-plan"};
  const LintResult r = lint(v, g, *Date::parse("2026-11-22"), make_rules(), options);
  std::vector<std::string> out;
  for (const Diagnostic& d : r.diagnostics)
    out.push_back(d.path + ":" + std::to_string(d.line) + " [" + d.rule + "]");
  return out;
}

TEST(SmartRules, ExampleVaults) {
  EXPECT_THAT(
      smart_findings("engineering-manager"),
      ElementsAre("Goals/Get better at leadership.md:2 [no-metric]",
                  "Goals/Get better at leadership.md:12 [vague-goal]",
                  "Goals/Get promoted to Engineering Manager.md:14 [outside-control]",
                  "Goals/Give a talk at the internal engineering summit.md:2 [orphan-goal]"));
  EXPECT_THAT(smart_findings("product-manager"),
              ElementsAre("Sprints/2026-Q4.md:33 [too-many-goals]"));
  EXPECT_THAT(smart_findings("ux-designer"), IsEmpty());
}

// --- properties from Dataview page fields ------------------------------------

TEST(PageFields, AGoalWhoseDeadlineAndParentAreFieldsIsNeitherUndatedNorOrphaned) {
  const Files files = {
      {"Vision/North.md", "---\ntype: vision\n---\n# North\n"},
      {"Goals/Lead.md",
       "---\ntype: goal\nhorizon: long\nparent: \"[[North]]\"\n"
       "deadline: 2028-12-31\n---\n# Lead\n"},
      {"Goals/G.md",
       "---\ntype: goal\nhorizon: short\n---\n# Mentor 2 junior engineers\n\n"
       "**Deadline**:: 2027-03-31\n"
       "> Parent:: [[Lead]]\n"},
  };
  const LintRun run = lint_files(files);
  EXPECT_THAT(run.lines("no-deadline"), IsEmpty());
  EXPECT_THAT(run.lines("orphan-goal"), IsEmpty());
  EXPECT_THAT(run.lines("broken-relation"), IsEmpty());
  // Without the fields, both are reported.
  Files bare = files;
  bare["Goals/G.md"] = "---\ntype: goal\nhorizon: short\n---\n# Mentor 2 junior engineers\n";
  const LintRun without = lint_files(bare);
  EXPECT_EQ(without.lines("no-deadline").size(), 1u);
  EXPECT_EQ(without.lines("orphan-goal").size(), 1u);
}

}  // namespace
}  // namespace goals
