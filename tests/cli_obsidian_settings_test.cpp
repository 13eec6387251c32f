// The whole CLI on a vault shaped like a real one: Obsidian's own settings in
// .obsidian/ (Excluded files, Templates, Daily notes, Templater, Periodic
// Notes), a Templates/ folder full of placeholders, an archive of broken old
// notes, and ordinary notes that never heard of goals.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <set>
#include <string>

#include "cli_test_util.h"

namespace goals {
namespace {

using ::testing::HasSubstr;
using testing_util::Outcome;
using Json = nlohmann::json;

const std::string kVault = "/home/me/vault/";

struct RealVault : testing_util::CliRunner {
  RealVault() {
    add(".obsidian/app.json", R"({
  "alwaysUpdateLinks": true,
  "newFileLocation": "folder",
  "newFileFolderPath": "Inbox",
  "userIgnoreFilters": [
    "Archive/",
    "/\\.excalidraw\\.md$/"
  ]
})");
    add(".obsidian/templates.json", R"({
  "folder": "Templates",
  "dateFormat": "YYYY-MM-DD"
})");
    add(".obsidian/daily-notes.json", R"({
  "folder": "Daily",
  "format": "YYYY-MM-DD",
  "template": "Templates/Daily"
})");
    add(".obsidian/plugins/templater-obsidian/data.json", R"({
  "command_timeout": 5,
  "templates_folder": "Templates",
  "templates_pairs": [["", ""]],
  "trigger_on_file_creation": true,
  "auto_jump_to_cursor": false,
  "enable_system_commands": false,
  "shell_path": "",
  "user_scripts_folder": "Scripts",
  "enable_folder_templates": true,
  "folder_templates": [
    {"folder": "Goals", "template": "Templates/Goal.md"},
    {"folder": "Reviews", "template": "Templates/Weekly review.md"}
  ],
  "syntax_highlighting": true,
  "enabled_templates_hotkeys": [""],
  "startup_templates": [""]
})");
    add(".obsidian/plugins/periodic-notes/data.json", R"({
  "showGettingStartedBanner": false,
  "hasMigratedDailyNoteSettings": true,
  "hasMigratedWeeklyNoteSettings": false,
  "daily": {"format": "", "template": "Templates/Daily", "folder": "Daily", "enabled": true},
  "weekly": {"format": "gggg-[W]ww", "template": "Meta/Week", "folder": "Reviews", "enabled": true},
  "monthly": {"format": "", "template": "", "folder": "", "enabled": false},
  "quarterly": {"format": "", "template": "", "folder": "", "enabled": false},
  "yearly": {"format": "", "template": "", "folder": "", "enabled": false}
})");
    add(".obsidian/workspace.json", R"({"main": {"id": "a1", "type": "split"}})");

    // Templates: Templater and core placeholders everywhere.
    add("Templates/Goal.md", R"(---
type: goal
horizon: short
status: active
parent: "[[<% tp.system.suggester(['a'], ['a']) %>]]"
deadline: <% tp.date.now("YYYY-MM-DD", 90) %>
created: {{date}}
metric:
---
# <% tp.file.title %>

- [ ] First step 📅 <% tp.date.now("YYYY-MM-DD", 7) %>
)");
    add("Templates/Weekly review.md", R"(---
type: review
cadence: weekly
date: <% tp.date.now("YYYY-MM-DD") %>
sprint: "[[<% tp.file.folder() %>]]"
---
# Week <% tp.date.now("ww") %>

## How am I doing against my goals?

## Which tasks and priorities did I change?

## What small wins can I celebrate?
)");
    add("Templates/Daily.md", R"(# {{date:dddd, MMMM D}}

Yesterday: [[<% tp.date.yesterday("YYYY-MM-DD") %>]]
Tomorrow: [[{{date+1d:YYYY-MM-DD}}]]

- [ ] Plan the day
)");
    // Named by Periodic Notes, outside the template folder.
    add("Meta/Week.md", R"(---
type: review
cadence: weekly
---
# [[<% tp.file.title %>]]

## What went well?
)");

    // The archive: old plans nobody keeps up.
    add("Archive/2019 plan.md", R"(---
type: goal
horizon: short
deadline: 2019-13-01
parent: "[[Long gone]]"
---
# Get better
)");
    add("Archive/Broken.md", "---\nkey: [unclosed\n---\n[[Nowhere]]\n");
    add("Drawings/Office.excalidraw.md",
        "---\nexcalidraw-plugin: parsed\n---\n[[missing drawing]]\n");

    // Ordinary notes: daily notes, people, an inbox. No goals at all.
    add("Daily/2026-11-20.md",
        "Coffee with [[Priya]]; went through [[Archive/2019 plan]] and [[Office.excalidraw]].\n"
        "Started a goal from [[Templates/Goal|the goal template]].\n");
    add("People/Priya.md", "---\ntags: [person]\n---\n# Priya\n\nMentor since 2024.\n");
    add("Inbox/Ideas.md", "- [ ] Read *An Elegant Puzzle*\n- [x] Try the weekly review\n");
  }

  void add(const std::string& rel, const std::string& text) { fs.add_file(kVault + rel, text); }

  /// `path [rule]` for each finding of `goals lint --format json ARGS`.
  std::multiset<std::string> findings(std::vector<std::string> args, int* code = nullptr) {
    args.insert(args.begin(), {"--today", "2026-11-22", "lint", "--format", "json"});
    const Outcome r = run(args);
    if (code) *code = r.code;
    std::multiset<std::string> out;
    const Json j = Json::parse(r.out);
    for (const Json& d : j["diagnostics"])
      out.insert(d["path"].get<std::string>() + " [" + d["rule"].get<std::string>() + "]");
    return out;
  }
};

TEST(ObsidianSettingsCli, LintReportsNothingFromTemplatesOrExcludedFiles) {
  RealVault v;
  const Outcome r = v.run({"--today", "2026-11-22", "lint"});
  EXPECT_EQ(r.out, "no problems in 3 notes\n");
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.code, 0);
  // Asked for by path, they are still not linted.
  EXPECT_EQ(v.run({"--today", "2026-11-22", "lint", "../Templates", "../Archive"}).out,
            "no problems in 0 notes\n");
}

TEST(ObsidianSettingsCli, IncludeTemplatesLintsTemplatesButNeverExcludedFiles) {
  RealVault v;
  int code = 0;
  EXPECT_EQ(v.findings({"--include-templates"}, &code),
            (std::multiset<std::string>{
                "Meta/Week.md [unanswered-review]",
                "Meta/Week.md [unresolved-link]",
                "Templates/Daily.md [unresolved-link]",
                "Templates/Daily.md [unresolved-link]",
                "Templates/Goal.md [broken-relation]",
                "Templates/Goal.md [invalid-property]",
                "Templates/Goal.md [invalid-property]",
                "Templates/Weekly review.md [broken-relation]",
                "Templates/Weekly review.md [invalid-property]",
                "Templates/Weekly review.md [unanswered-review]",
                "Templates/Weekly review.md [unanswered-review]",
                "Templates/Weekly review.md [unanswered-review]",
            }));
  EXPECT_EQ(code, 1);
  const Outcome text = v.run({"--today", "2026-11-22", "lint", "--include-templates"});
  EXPECT_THAT(text.out, HasSubstr("in 4 notes\n"));
  // Still no goal: the goal template is checked on its own, not as a goal.
  EXPECT_EQ(v.findings({"--include-templates", "--select", "no-metric,orphan-goal,no-deadline"}),
            std::multiset<std::string>{});
}

TEST(ObsidianSettingsCli, ListLeavesOutTemplatesAndExcludedNotes) {
  RealVault v;
  EXPECT_EQ(v.run({"list", "--type", "all", "--format", "paths"}).out,
            "../Daily/2026-11-20.md\n../Inbox/Ideas.md\n../People/Priya.md\n");
  EXPECT_EQ(v.run({"list", "--type", "goal,review", "--format", "paths"}).out, "");
}

TEST(ObsidianSettingsCli, ATemplateIsNoParentForANewGoal) {
  RealVault v;
  const Outcome r = v.run({"new", "goal", "Mentor 2 junior engineers", "--horizon", "short",
                           "--parent", "Templates/Goal", "--dry-run"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err,
            "goals: --parent: 'Templates/Goal.md' is a template or an excluded file in Obsidian's "
            "settings, not a goal\n");
  EXPECT_EQ(r.out, "");
}

TEST(ObsidianSettingsCli, VerboseNamesTheSettingsRead) {
  RealVault v;
  const Outcome r = v.run({"-v", "list"});
  EXPECT_THAT(r.err, HasSubstr("goals: obsidian settings .obsidian/app.json, "
                               ".obsidian/templates.json, .obsidian/daily-notes.json, "
                               ".obsidian/plugins/templater-obsidian/data.json, "
                               ".obsidian/plugins/periodic-notes/data.json: 4 templates, 3 "
                               "excluded notes\n"));
  testing_util::CliRunner bare;
  bare.fs.add_file("/home/me/vault/Note.md", "# Note\n");
  bare.fs.add_dir("/home/me/vault/.obsidian");
  EXPECT_THAT(bare.run({"-v", "list"}).err,
              HasSubstr("goals: obsidian settings (none): 0 templates, 0 excluded notes\n"));
}

TEST(ObsidianSettingsCli, BrokenSettingsAreAWarningAndTheNotesAreReadAsNotes) {
  RealVault v;
  v.add(".obsidian/app.json", "{\n  \"userIgnoreFilters\": [\"Archive/\"\n}\n");
  const Outcome listed = v.run({"list", "--type", "all", "--format", "paths"});
  EXPECT_EQ(listed.code, 0);
  EXPECT_THAT(listed.err,
              HasSubstr(".obsidian/app.json:3:1: warning: the file is not valid JSON ("));
  EXPECT_THAT(listed.err, HasSubstr("its settings are not used [invalid-obsidian-settings]\n"));
  // Without Excluded files the archive is read like any folder.
  EXPECT_THAT(listed.out, HasSubstr("../Archive/2019 plan.md\n"));
  EXPECT_EQ(v.findings({"--select", "invalid-obsidian-settings,invalid-frontmatter"}),
            (std::multiset<std::string>{".obsidian/app.json [invalid-obsidian-settings]",
                                        "Archive/Broken.md [invalid-frontmatter]"}));
  // The warning is a finding like any other: it can be switched off.
  v.add(".goals.yaml", "rules: {invalid-obsidian-settings: off}\n");
  EXPECT_EQ(v.findings({"--select", "invalid-obsidian-settings"}), std::multiset<std::string>{});
}

}  // namespace
}  // namespace goals
