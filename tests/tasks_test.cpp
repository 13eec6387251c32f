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

// --- the plugin's settings ---------------------------------------------------

/// "path:line:col: message" of each finding.
std::vector<std::string> findings_of(const TaskSettingsResult& r) {
  std::vector<std::string> out;
  for (const Diagnostic& d : r.diagnostics) {
    EXPECT_EQ(d.rule, "invalid-obsidian-settings");
    EXPECT_EQ(d.severity, Severity::Warning);
    out.push_back(d.path + ":" + std::to_string(d.line) + ":" + std::to_string(d.column) + ": " +
                  d.message);
  }
  return out;
}

// As the plugin writes it (trimmed to the settings goals reads and a few others).
const char* kDataJson = R"({
  "globalQuery": "",
  "globalFilter": "#task",
  "removeGlobalFilter": false,
  "taskFormat": "dataview",
  "setDoneDate": true,
  "statusSettings": {
    "coreStatuses": [
      {"symbol": " ", "name": "Todo", "nextStatusSymbol": "x", "availableAsCommand": true, "type": "TODO"},
      {"symbol": "x", "name": "Done", "nextStatusSymbol": " ", "availableAsCommand": true, "type": "DONE"}
    ],
    "customStatuses": [
      {"symbol": "/", "name": "In Progress", "nextStatusSymbol": "x", "availableAsCommand": true, "type": "IN_PROGRESS"},
      {"symbol": "-", "name": "Cancelled", "nextStatusSymbol": " ", "availableAsCommand": true, "type": "CANCELLED"},
      {"symbol": ">", "name": "Deferred", "nextStatusSymbol": "x", "availableAsCommand": false, "type": "CANCELLED"},
      {"symbol": "x", "name": "Shadowed", "nextStatusSymbol": " ", "availableAsCommand": false, "type": "TODO"},
      {"symbol": "~", "name": "Pro", "nextStatusSymbol": "~", "availableAsCommand": false, "type": "NON_TASK"},
      {"symbol": "?", "name": "Question", "nextStatusSymbol": "x", "availableAsCommand": false, "type": "SOMEDAY"},
      {"symbol": "✓", "name": "Wide", "nextStatusSymbol": " ", "availableAsCommand": false, "type": "DONE"}
    ]
  },
  "features": {"INTERNAL_TESTING_ENABLED_BY_DEFAULT": true}
})";

TEST(TaskSettingsFile, ReadsFormatFilterAndStatuses) {
  const TaskSettingsResult r = parse_task_settings(kDataJson, "data.json");
  EXPECT_THAT(findings_of(r), ::testing::IsEmpty());
  EXPECT_EQ(r.settings.format, TaskFormat::Dataview);
  EXPECT_EQ(r.settings.global_filter, "#task");
  EXPECT_EQ(r.settings.path, "data.json");
  EXPECT_EQ(r.settings.status_of(' '), TaskStatus::Todo);
  // The first status given a symbol wins, core statuses first.
  EXPECT_EQ(r.settings.status_of('x'), TaskStatus::Done);
  EXPECT_EQ(r.settings.status_of('>'), TaskStatus::Cancelled);
  EXPECT_EQ(r.settings.status_of('~'), TaskStatus::NonTask);
  // A type the plugin does not know is TODO, as in the plugin.
  EXPECT_EQ(r.settings.status_of('?'), TaskStatus::Todo);
  // Symbols the settings do not name: the plugin's reading of unknown ones.
  EXPECT_EQ(r.settings.status_of('X'), TaskStatus::Done);
  EXPECT_EQ(r.settings.status_of('!'), TaskStatus::Todo);
}

TEST(TaskSettingsFile, MissingFileMeansDefaultsWithoutAWord) {
  MemoryFileSystem fs("/v");
  fs.add_dir("/v/.obsidian");
  const TaskSettingsResult r = load_task_settings(fs, "/v");
  EXPECT_TRUE(r.diagnostics.empty());
  EXPECT_EQ(r.settings.format, TaskFormat::Emoji);
  EXPECT_EQ(r.settings.global_filter, "");
  EXPECT_EQ(r.settings.path, "");
  EXPECT_EQ(r.settings.statuses, TaskSettings::unknown_statuses());
  fs.add_file("/v/.obsidian/plugins/obsidian-tasks-plugin/data.json", "{\"globalFilter\": \"#t\"}");
  const TaskSettingsResult found = load_task_settings(fs, "/v");
  EXPECT_EQ(found.settings.global_filter, "#t");
  EXPECT_EQ(found.settings.path, ".obsidian/plugins/obsidian-tasks-plugin/data.json");
}

TEST(TaskSettingsFile, MalformedJsonIsOneWarningAtItsPlaceAndTheDefaults) {
  const TaskSettingsResult r = parse_task_settings(
      "{\n  \"globalFilter\": \"#task\",\n  \"taskFormat\": \"dataview\",\n", "d.json");
  EXPECT_THAT(findings_of(r),
              ElementsAre("d.json:4:1: the Tasks plugin's settings are not valid JSON (syntax "
                          "error while parsing object key - unexpected end of input; expected "
                          "string literal); the plugin's defaults are used"));
  EXPECT_EQ(r.settings.global_filter, "");
  EXPECT_EQ(r.settings.format, TaskFormat::Emoji);
  EXPECT_THAT(findings_of(parse_task_settings("[1, 2]", "d.json")),
              ElementsAre("d.json:1:1: the Tasks plugin's settings are an array, not a JSON "
                          "object; the plugin's defaults are used"));
  EXPECT_THAT(
      findings_of(parse_task_settings(std::string(40, '[') + std::string(40, ']'), "d.json")),
      ElementsAre("d.json:1:1: the Tasks plugin's settings nest deeper than 32 levels; "
                  "the plugin's defaults are used"));
  EXPECT_THAT(findings_of(parse_task_settings("", "d.json")),
              ElementsAre("d.json:1:1: the Tasks plugin's settings are not valid JSON (syntax "
                          "error while parsing value - unexpected end of input; expected '[', "
                          "'{', or a literal); the plugin's defaults are used"));
}

TEST(TaskSettingsFile, AWrongSettingKeepsItsDefaultAndTheRestIsRead) {
  const TaskSettingsResult r = parse_task_settings(R"({
  "globalFilter": ["#task"],
  "taskFormat": "plaintext",
  "statusSettings": {
    "coreStatuses": [{"symbol": ">", "type": "DONE"}, {"name": "no symbol"}, 7],
    "customStatuses": {"symbol": "-"}
  }
})",
                                                   "d.json");
  EXPECT_THAT(
      findings_of(r),
      ElementsAre(
          "d.json:3:3: `taskFormat: plaintext` is not a task format goals knows; "
          "tasksPluginEmoji is used",
          "d.json:2:3: `globalFilter` is an array, not text; every checklist item is a task",
          "d.json:5:5: `statusSettings.coreStatuses[1]` has no `symbol` text; the status is not "
          "read",
          "d.json:5:5: `statusSettings.coreStatuses[2]` has no `symbol` text; the status is not "
          "read",
          "d.json:6:5: `statusSettings.customStatuses` is an object, not a list; its statuses "
          "are not read"));
  EXPECT_EQ(r.settings.format, TaskFormat::Emoji);
  EXPECT_EQ(r.settings.global_filter, "");
  EXPECT_EQ(r.settings.status_of('>'), TaskStatus::Done);
  EXPECT_EQ(r.settings.status_of('-'), TaskStatus::Cancelled);
  EXPECT_THAT(findings_of(parse_task_settings(R"({"taskFormat": 1, "statusSettings": null})", "d")),
              ElementsAre("d:1:2: `taskFormat` is a number, not a format name; tasksPluginEmoji "
                          "is used",
                          "d:1:19: `statusSettings` is null, not an object; the default statuses "
                          "are used"));
}

TEST(TaskCli, TheVaultsSettingsDecideWhatATaskIs) {
  Cli cli({{"Goals/Talk.md",
            "---\ntype: goal\nhorizon: short\n---\n# Give a talk\n\n"
            "- [ ] #task Book the room 📅 2026-11-01\n"
            "- [ ] Buy snacks 📅 2026-11-01\n"
            "- [>] #task Ask for a bigger room [due:: 2026-11-01]\n"
            "- [/] #task Slides [due:: 2026-11-02]\n"},
           {".obsidian/plugins/obsidian-tasks-plugin/data.json", kDataJson}});
  const Outcome r = cli.run_today({"lint", "--select", "overdue"});
  // Only tasks with the filter, and `[>]` is cancelled; the help writes the
  // vault's format.
  EXPECT_THAT(lines_with(r.out, "[overdue]"),
              ElementsAre("Goals/Talk.md:7:1: warning: task \"Book the room\" was due 2026-11-01, "
                          "21 days ago [overdue]",
                          "Goals/Talk.md:10:1: warning: task \"Slides\" was due 2026-11-02, 20 "
                          "days ago [overdue]"));
  EXPECT_THAT(lines_with(r.out, "help:"),
              ElementsAre("  help: Tick it off, move its `[due:: ]` date and write down why, or "
                          "cancel it with `- [-]`.",
                          "  help: Tick it off, move its `[due:: ]` date and write down why, or "
                          "cancel it with `- [-]`."));
  const Outcome show = cli.run_today({"show", "Goals/Talk"});
  EXPECT_THAT(lines_with(show.out, "progress"), ElementsAre("  progress        0/2 done"));
}

TEST(TaskCli, BrokenSettingsWarnAndTheNotesReadOn) {
  Cli cli({{"Goals/Talk.md", "---\ntype: goal\n---\n# Talk\n\n- [ ] Book the room\n"},
           {".obsidian/plugins/obsidian-tasks-plugin/data.json", "{\"globalFilter\": "}});
  const Outcome r = cli.run_today({"show", "Goals/Talk"});
  EXPECT_EQ(r.code, 0);
  EXPECT_EQ(r.err,
            ".obsidian/plugins/obsidian-tasks-plugin/data.json:1:18: warning: the Tasks "
            "plugin's settings are not valid JSON (syntax error while parsing value - unexpected "
            "end of input; expected '[', '{', or a literal); the plugin's defaults are used "
            "[invalid-obsidian-settings]\n");
  EXPECT_THAT(lines_with(r.out, "progress"), ElementsAre("  progress        0/1 done"));
}

}  // namespace
}  // namespace goals
