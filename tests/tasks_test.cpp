// Tasks in both of the Tasks plugin's formats, read the same by every
// command: status types and the global filter, then the whole CLI in-process.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "cli_test_util.h"
#include "goals/io/memory_filesystem.h"
#include "goals/model/graph.h"
#include "goals/parse/note.h"
#include "goals/passes/timeline.h"

namespace goals {
namespace {

using ::testing::ElementsAre;
using testing_util::Outcome;

/// "symbol|status|done|cancelled|text" of each item (symbol 0: no task).
std::vector<std::string> items_of(const std::string& body, const TaskSettings& tasks = {}) {
  Config config;
  config.tasks = tasks;
  const Note n = parse_note(body, "N.md", config, nullptr);
  std::vector<std::string> out;
  for (const ListItem& it : n.body.items)
    out.push_back(std::string(1, it.task ? it.task : '0') + "|" + std::string(word_of(it.status)) +
                  "|" + (it.done() ? "done" : "-") + "|" + (it.cancelled() ? "cancelled" : "-") +
                  "|" + it.text);
  return out;
}

TEST(TaskStatuses, WithoutSettingsAsThePluginReadsUnknownSymbols) {
  EXPECT_THAT(
      items_of("- [ ] a\n- [x] b\n- [X] c\n- [/] d\n- [-] e\n- [>] f\n- g\n"),
      ElementsAre(" |TODO|-|-|a", "x|DONE|done|-|b", "X|DONE|done|-|c", "/|IN_PROGRESS|-|-|d",
                  "-|CANCELLED|-|cancelled|e", ">|TODO|-|-|f", "0|TODO|-|-|g"));
}

TEST(TaskStatuses, ACancelledDateCancelsWhateverTheCheckbox) {
  EXPECT_THAT(items_of("- [ ] a ❌ 2026-01-02\n- [x] b ✅ 2026-01-01 [cancelled:: 2026-01-02]\n"
                       "- c ❌ 2026-01-02\n"),
              ElementsAre(" |TODO|-|cancelled|a", "x|DONE|-|cancelled|b", "0|TODO|-|cancelled|c"));
}

TEST(TaskStatuses, CustomStatusTypesDecide) {
  TaskSettings t;
  t.statuses['>'] = TaskStatus::Cancelled;
  t.statuses['d'] = TaskStatus::Done;
  t.statuses['x'] = TaskStatus::Todo;
  t.statuses['~'] = TaskStatus::NonTask;
  t.statuses['h'] = TaskStatus::OnHold;
  EXPECT_THAT(items_of("- [>] a\n- [d] b\n- [x] c\n- [~] d 📅 2026-01-02\n- [h] e\n", t),
              ElementsAre(">|CANCELLED|-|cancelled|a", "d|DONE|done|-|b", "x|TODO|-|-|c",
                          // NON_TASK: a plain item, its fields still read.
                          "0|TODO|-|-|d", "h|ON_HOLD|-|-|e"));
}

TEST(TaskStatuses, TheGlobalFilterMakesTasksAndLeavesTheirWords) {
  TaskSettings t;
  t.global_filter = "#task";
  EXPECT_THAT(items_of("- [ ] #task Call Bob 📅 2026-01-02\n"
                       "- [ ] Buy milk\n"
                       "- [x] Ship it #task\n"
                       "- [ ] #task/work nested tag still holds the filter\n"
                       "- Plain #task item\n",
                       t),
              ElementsAre(" |TODO|-|-|Call Bob", "0|TODO|-|-|Buy milk", "x|DONE|done|-|Ship it",
                          // As the plugin: the filter counts anywhere, leaves only as a word.
                          " |TODO|-|-|#task/work nested tag still holds the filter",
                          "0|TODO|-|-|Plain #task item"));
}

TEST(TaskStatuses, RemoveGlobalFilterTakesWholeWordsOnly) {
  EXPECT_EQ(remove_global_filter("#task a #task b #taskish #task", "#task"), "a b #taskish");
  EXPECT_EQ(remove_global_filter("TODO:", "TODO:"), "");
  EXPECT_EQ(remove_global_filter("x", ""), "x");
}

// --- the graph and the timeline -------------------------------------------

struct Loaded {
  std::unique_ptr<Vault> vault;
  GoalGraph graph;
};

Loaded load(const std::map<std::string, std::string>& files) {
  MemoryFileSystem fs("/v");
  fs.add_dir("/v/.obsidian");
  for (const auto& [path, text] : files) fs.add_file("/v/" + path, text);
  Loaded l;
  l.vault = std::make_unique<Vault>(load_vault(fs, "/v", Config{}));
  l.graph = GoalGraph::build(*l.vault);
  return l;
}

// One sprint goal with a milestone in every state, each format once.
const std::map<std::string, std::string> kSprint = {
    {"Goals/Talk.md", "---\ntype: goal\nhorizon: short\n---\n# Give a talk\n"},
    {"Sprints/2026-Q4.md",
     "---\ntype: sprint\nquarter: 2026-Q4\n---\n# Q4\n\n## Goal 1: [[Talk]]\n"
     "- [ ] Week 1-2: Submit the abstract [due:: 2026-11-12]\n"
     "- [ ] Week 3-4: Draft the slides 📅 2026-11-12\n"
     "- [x] Week 5-6: Dry run [completion:: 2026-11-20]\n"
     "- [ ] Week 7-8: Book the room ❌ 2026-11-01\n"
     "- [-] Week 9: Rehearse twice\n"
     "- Week 10: Give the talk (due:: 2026-12-10) ⏫\n"
     "- Week 11: Collect feedback ✅ 2026-12-15\n"},
};

TEST(TaskTimeline, BothFormatsGiveTheSameMilestones) {
  const Loaded l = load(kSprint);
  std::vector<std::string> got;
  for (const MilestoneInfo& m : all_milestones(l.graph))
    got.push_back(m.text + " | due " + (m.due ? m.due->str() : "-") +
                  (m.due_written ? " written" : "") + " | done " + (m.done ? m.done->str() : "-") +
                  (m.is_done ? " yes" : "") + (m.cancelled ? " | cancelled" : ""));
  EXPECT_THAT(got, ElementsAre("Week 1-2: Submit the abstract | due 2026-11-12 written | done -",
                               "Week 3-4: Draft the slides | due 2026-11-12 written | done -",
                               "Week 5-6: Dry run | due 2026-11-11 | done 2026-11-20 yes",
                               "Week 7-8: Book the room | due 2026-11-25 | done - | cancelled",
                               "Week 9: Rehearse twice | due 2026-12-02 | done - | cancelled",
                               "Week 10: Give the talk | due 2026-12-10 written | done -",
                               "Week 11: Collect feedback | due 2026-12-16 | done 2026-12-15 yes"));
  // Cancelled ones count in neither: 2 done of 5.
  const int talk = l.graph.node_of_note[l.vault->find_note("Goals/Talk")];
  EXPECT_EQ(l.graph.nodes[talk].progress, (Progress{2, 5}));
}

// --- the whole CLI ---------------------------------------------------------

struct Cli : testing_util::CliRunner {
  explicit Cli(const std::map<std::string, std::string>& files) {
    fs.add_dir("/home/me/vault/.obsidian");
    for (const auto& [path, text] : files) fs.add_file("/home/me/vault/" + path, text);
  }
  Outcome run_today(std::vector<std::string> args) {
    args.insert(args.begin(), {"--today", "2026-11-22"});
    return run(std::move(args));
  }
};

/// The lines of `text` holding `what`.
std::vector<std::string> lines_with(const std::string& text, const std::string& what) {
  std::vector<std::string> out;
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t end = text.find('\n', at);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(at, end - at);
    if (!line.empty() && line.back() == '\r') line.pop_back();  // iCalendar's CRLF
    if (line.find(what) != std::string::npos) out.push_back(line);
    at = end + 1;
  }
  return out;
}

TEST(TaskCli, ADataviewDueDateIsOverdueAsTheEmojiOneIs) {
  Cli cli(kSprint);
  const Outcome r = cli.run_today({"lint", "--select", "overdue", "--format", "json"});
  EXPECT_THAT(lines_with(r.out, "\"message\""),
              ElementsAre("      \"message\": \"milestone \\\"Week 1-2: Submit the abstract\\\" of "
                          "goal \\\"Give a talk\\\" was due 2026-11-12, 10 days ago\",",
                          "      \"message\": \"milestone \\\"Week 3-4: Draft the slides\\\" of "
                          "goal \\\"Give a talk\\\" was due 2026-11-12, 10 days ago\","));
  const Outcome s = cli.run_today({"status"});
  EXPECT_THAT(lines_with(s.out, "2026-11-12"),
              ElementsAre("  2026-11-12  Give a talk: Week 1-2: Submit the abstract",
                          "  2026-11-12  Give a talk: Week 3-4: Draft the slides"));
}

TEST(TaskCli, ACompletionDateIsAWinAsTheCheckmarkIs) {
  Cli cli(kSprint);
  const Outcome r = cli.run_today({"wins"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_THAT(lines_with(r.out, "- 2026"), ElementsAre("- 2026-11-20 — Give a talk: Dry run"));
}

TEST(TaskCli, CalendarTitlesCarryNoTaskFields) {
  Cli cli(kSprint);
  const Outcome r = cli.run_today({"export", "ics"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_THAT(lines_with(r.out, "SUMMARY"),
              ElementsAre("SUMMARY:✅ Give a talk: Week 5-6: Dry run",
                          "SUMMARY:Give a talk: Week 1-2: Submit the abstract",
                          "SUMMARY:Give a talk: Week 3-4: Draft the slides",
                          "SUMMARY:Give a talk: Week 10: Give the talk",
                          "SUMMARY:✅ Give a talk: Week 11: Collect feedback"));
  EXPECT_EQ(r.out.find("due::"), std::string::npos);
}

}  // namespace
}  // namespace goals
