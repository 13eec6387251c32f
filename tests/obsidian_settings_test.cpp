// Obsidian's settings in .obsidian/: what read_obsidian_settings reads, what
// it reports, and the roles the loader gives notes from them.
#include "goals/parse/obsidian_settings.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "goals/io/memory_filesystem.h"
#include "goals/model/graph.h"
#include "goals/model/vault.h"

namespace goals {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;
using ::testing::StartsWith;
using Strings = std::vector<std::string>;

const std::string kApp = "/v/.obsidian/app.json";
const std::string kTemplates = "/v/.obsidian/templates.json";
const std::string kDailyNotes = "/v/.obsidian/daily-notes.json";
const std::string kTemplater = "/v/.obsidian/plugins/templater-obsidian/data.json";
const std::string kPeriodic = "/v/.obsidian/plugins/periodic-notes/data.json";

struct Read {
  ObsidianSettings settings;
  Diagnostics diags;

  /// Each finding as `path:line:col: message`, after checking its rule, severity and help.
  Strings lines() const {
    Strings out;
    for (const Diagnostic& d : diags) {
      EXPECT_EQ(d.rule, "invalid-obsidian-settings");
      EXPECT_EQ(d.severity, Severity::Warning);
      EXPECT_THAT(d.help, StartsWith("Set it again in Obsidian (Settings → "));
      out.push_back(d.path + ":" + std::to_string(d.line) + ":" + std::to_string(d.column) + ": " +
                    d.message);
    }
    return out;
  }
};

Read read(const MemoryFileSystem& fs) {
  Read r;
  r.settings = read_obsidian_settings(fs, "/v", &r.diags);
  return r;
}

MemoryFileSystem vault_with(const std::map<std::string, std::string>& files) {
  MemoryFileSystem fs("/v");
  fs.add_dir("/v/.obsidian");
  for (const auto& [path, text] : files) fs.add_file(path, text);
  return fs;
}

Strings written(const ObsidianSettings& s) {
  Strings out;
  for (const ExcludeFilter& f : s.excluded)
    out.push_back((f.is_regex ? "regex " : "prefix ") + f.written);
  return out;
}

// ---------------------------------------------------------------------------
// What is read

TEST(ObsidianSettings, NoSettingsFilesReadNothingAndSayNothing) {
  MemoryFileSystem fs("/v");
  fs.add_file("/v/Note.md", "# Note\n");
  const Read r = read(fs);
  EXPECT_THAT(r.settings.excluded, IsEmpty());
  EXPECT_THAT(r.settings.template_folders, IsEmpty());
  EXPECT_THAT(r.settings.template_notes, IsEmpty());
  EXPECT_THAT(r.settings.files_read, IsEmpty());
  EXPECT_THAT(r.diags, IsEmpty());
  // An .obsidian/ folder of other settings only is just as quiet.
  const Read other =
      read(vault_with({{"/v/.obsidian/appearance.json", "{\"theme\": \"moonstone\"}"}}));
  EXPECT_THAT(other.settings.files_read, IsEmpty());
  EXPECT_THAT(other.diags, IsEmpty());
}

TEST(ObsidianSettings, FilesReadAreListedInReadingOrder) {
  const Read r = read(vault_with({{kApp, "{}"},
                                  {kTemplates, "{}"},
                                  {kDailyNotes, "{}"},
                                  {kTemplater, "{}"},
                                  {kPeriodic, "{}"}}));
  EXPECT_THAT(r.settings.files_read, ElementsAre(".obsidian/app.json", ".obsidian/templates.json",
                                                 ".obsidian/daily-notes.json",
                                                 ".obsidian/plugins/templater-obsidian/data.json",
                                                 ".obsidian/plugins/periodic-notes/data.json"));
  EXPECT_THAT(r.diags, IsEmpty());
}

TEST(ObsidianSettings, ExcludedFilesArePrefixesOrRegularExpressions) {
  const Read r = read(vault_with({{kApp, R"({
  "alwaysUpdateLinks": true,
  "userIgnoreFilters": ["Archive/", "Daily/2020", "/\\.excalidraw\\.md$/", "/^people//", "/", "", "//"]
})"}}));
  EXPECT_THAT(r.diags, IsEmpty());
  // "" and "//" would exclude everything and are dropped; "/" alone is a prefix.
  EXPECT_THAT(written(r.settings),
              ElementsAre("prefix Archive/", "prefix Daily/2020", "regex /\\.excalidraw\\.md$/",
                          "regex /^people//", "prefix /"));
  const ObsidianSettings& s = r.settings;
  EXPECT_TRUE(s.is_excluded("Archive/Old.md"));
  EXPECT_TRUE(s.is_excluded("archive/2019/old.md"));  // letter case never matters
  EXPECT_FALSE(s.is_excluded("Archived.md"));
  EXPECT_FALSE(s.is_excluded("Notes/Archive/Old.md"));  // a prefix of the vault path
  EXPECT_TRUE(s.is_excluded("Daily/2020-01-05.md"));
  EXPECT_FALSE(s.is_excluded("Daily/2021-01-05.md"));
  EXPECT_TRUE(s.is_excluded("Drawings/Plan.excalidraw.md"));
  EXPECT_TRUE(s.is_excluded("Drawings/Plan.Excalidraw.MD"));
  EXPECT_FALSE(s.is_excluded("Drawings/Plan.md"));
  EXPECT_TRUE(s.is_excluded("People/Ann.md"));  // the regex is searched, case-insensitively
  EXPECT_FALSE(s.is_excluded("Team/People/Ann.md"));
  EXPECT_FALSE(s.is_excluded("Notes/Plain.md"));
}

TEST(ObsidianSettings, APrefixWithoutASlashIsStillOnlyAPrefix) {
  const Read r = read(vault_with({{kApp, R"({"userIgnoreFilters": ["Archive", "/tmp/"]})"}}));
  const ObsidianSettings& s = r.settings;
  EXPECT_TRUE(s.is_excluded("Archive/Old.md"));
  EXPECT_TRUE(s.is_excluded("Archive.md"));
  EXPECT_TRUE(s.is_excluded("Archived notes/Old.md"));
  EXPECT_FALSE(s.is_excluded("Notes/Archive.md"));
  // `/tmp/` is the regular expression `tmp`, found anywhere in the path.
  EXPECT_TRUE(s.is_excluded("Projects/tmp notes.md"));
  EXPECT_TRUE(s.is_excluded("Backup.TMP.md"));
  EXPECT_FALSE(s.is_excluded("Projects/Notes.md"));
}

TEST(ObsidianSettings, TemplateFoldersAreNormalizedAndTheVaultRootIsNone) {
  const Read r = read(vault_with(
      {{kTemplates, R"({"folder": "/Templates/", "dateFormat": "YYYY-MM-DD"})"},
       {kTemplater, R"({"templates_folder": "Meta//Templater", "folder_templates": []})"}}));
  EXPECT_THAT(r.diags, IsEmpty());
  EXPECT_THAT(r.settings.template_folders, ElementsAre("Meta/Templater", "Templates"));
  EXPECT_TRUE(r.settings.in_template_folder("Templates/Goal.md"));
  EXPECT_TRUE(r.settings.in_template_folder("Meta/Templater/Sub/Daily.md"));
  EXPECT_FALSE(r.settings.in_template_folder("Templates.md"));
  EXPECT_FALSE(r.settings.in_template_folder("Templates"));
  EXPECT_FALSE(r.settings.in_template_folder("templates/Goal.md"));  // folders match as written
  EXPECT_FALSE(r.settings.in_template_folder("Meta/Daily.md"));

  const Read root = read(vault_with(
      {{kTemplates, R"({"folder": "/"})"}, {kTemplater, R"({"templates_folder": ""})"}}));
  EXPECT_THAT(root.settings.template_folders, IsEmpty());
  EXPECT_THAT(root.diags, IsEmpty());
}

TEST(ObsidianSettings, TemplaterTemplatesAreTemplatesAndTheirFoldersAreNot) {
  const Read r = read(vault_with({{kTemplater, R"({
  "command_timeout": 5,
  "templates_folder": "",
  "folder_templates": [
    {"folder": "Daily", "template": "Meta/Daily.md"},
    {"folder": "Goals", "template": ""}
  ],
  "file_templates": [{"regex": ".*", "template": "Meta/Any"}],
  "enabled_templates_hotkeys": [""]
})"}}));
  EXPECT_THAT(r.diags, IsEmpty());
  EXPECT_THAT(r.settings.template_folders, IsEmpty());
  EXPECT_THAT(r.settings.template_notes, ElementsAre("Meta/Any", "Meta/Daily.md"));
}

TEST(ObsidianSettings, DailyAndPeriodicNotesTemplatesEnabledOrNot) {
  const Read r = read(vault_with({
      {kDailyNotes,
       R"({"folder": "Daily", "format": "YYYY-MM-DD", "template": "Templates/Daily"})"},
      {kPeriodic, R"({
  "showGettingStartedBanner": false,
  "daily": {"format": "", "template": "Templates/Day", "folder": "Daily", "enabled": true},
  "weekly": {"format": "gggg-[W]ww", "template": "Templates/Week.md", "folder": "Reviews", "enabled": false},
  "monthly": {"format": "", "template": "", "folder": "", "enabled": false},
  "quarterly": null,
  "calendarSets": [{"id": "Default", "day": {"enabled": true, "format": "", "folder": "", "templatePath": "Templates/Day v2.md"}}]
})"},
  }));
  EXPECT_THAT(r.diags, IsEmpty());
  // The folders are where those notes are made: ordinary notes, not templates.
  EXPECT_THAT(r.settings.template_folders, IsEmpty());
  EXPECT_THAT(r.settings.template_notes, ElementsAre("Templates/Daily", "Templates/Day",
                                                     "Templates/Day v2.md", "Templates/Week.md"));
}

// ---------------------------------------------------------------------------
// Periodic notes: where they are and what they are named

const std::string kCorePlugins = "/v/.obsidian/core-plugins.json";
const std::string kCommunityPlugins = "/v/.obsidian/community-plugins.json";

/// A setting as one line: `enabled folder|format|template|source`.
std::string describe(const std::optional<PeriodicNoteSetting>& p) {
  if (!p) return "none";
  return std::string(p->enabled ? "on " : "off ") + p->folder + "|" + p->format + "|" +
         p->template_path + "|" + p->source;
}

TEST(PeriodicNotes, NoSettingsNoPeriodicNotes) {
  const Read r = read(vault_with({}));
  EXPECT_EQ(describe(r.settings.daily), "none");
  EXPECT_EQ(describe(r.settings.weekly), "none");
  EXPECT_EQ(describe(r.settings.yearly), "none");
}

TEST(PeriodicNotes, CoreDailyNotesOnWhenTheCorePluginIs) {
  const std::string daily = R"({"folder": "/Journal/Daily/", "format": "YYYY/MM/YYYY-MM-DD",
                                "template": "Templates/Day"})";
  // No core-plugins.json: nothing says it is off.
  EXPECT_EQ(describe(read(vault_with({{kDailyNotes, daily}})).settings.daily),
            "on Journal/Daily|YYYY/MM/YYYY-MM-DD|Templates/Day|.obsidian/daily-notes.json");
  // A list of the core plugins that are on.
  EXPECT_EQ(describe(read(vault_with({{kDailyNotes, daily},
                                      {kCorePlugins, R"(["file-explorer", "daily-notes"])"}}))
                         .settings.daily)
                .substr(0, 3),
            "on ");
  EXPECT_EQ(
      describe(
          read(vault_with({{kDailyNotes, daily}, {kCorePlugins, R"(["search"])"}})).settings.daily)
          .substr(0, 4),
      "off ");
  // An object of id → on.
  EXPECT_EQ(
      describe(read(vault_with({{kDailyNotes, daily}, {kCorePlugins, R"({"daily-notes": false})"}}))
                   .settings.daily)
          .substr(0, 4),
      "off ");
  EXPECT_EQ(
      describe(read(vault_with({{kDailyNotes, daily}, {kCorePlugins, R"({"daily-notes": true})"}}))
                   .settings.daily)
          .substr(0, 3),
      "on ");
  // An empty file means the defaults: the vault root, YYYY-MM-DD.
  EXPECT_EQ(describe(read(vault_with({{kDailyNotes, "{}"}})).settings.daily),
            "on |YYYY-MM-DD||.obsidian/daily-notes.json");
}

TEST(PeriodicNotes, PeriodicNotesZeroXHasAnObjectPerPeriod) {
  const Read r = read(vault_with({{kPeriodic, R"({
    "showGettingStartedBanner": false,
    "daily": {"enabled": false, "folder": "Daily", "format": "", "template": ""},
    "weekly": {"enabled": true, "folder": "Journal/Weekly", "format": "gggg-[W]ww",
               "template": "Templates/Week"},
    "monthly": {"enabled": true, "folder": "", "format": ""},
    "quarterly": {"enabled": true, "folder": "Journal/Quarterly"},
    "yearly": {"enabled": false}
  })"}}));
  EXPECT_THAT(r.diags, IsEmpty());
  const std::string src = "|.obsidian/plugins/periodic-notes/data.json";
  EXPECT_EQ(describe(r.settings.daily), "off Daily|YYYY-MM-DD|" + src);
  EXPECT_EQ(describe(r.settings.weekly), "on Journal/Weekly|gggg-[W]ww|Templates/Week" + src);
  EXPECT_EQ(describe(r.settings.monthly), "on |YYYY-MM|" + src);
  EXPECT_EQ(describe(r.settings.quarterly), "on Journal/Quarterly|YYYY-[Q]Q|" + src);
  EXPECT_EQ(describe(r.settings.yearly), "off |YYYY|" + src);
}

TEST(PeriodicNotes, PeriodicNotesOneXUsesTheActiveCalendarSet) {
  const std::string sets = R"({
    "weekly": {"enabled": true, "folder": "Old", "format": "YYYY-[W]ww"},
    "activeCalendarSet": "Work",
    "calendarSets": [
      {"id": "Default", "day": {"enabled": true, "folder": "Home", "format": "YYYY-MM-DD"}},
      {"id": "Work", "ctime": "2024-01-01T00:00:00Z",
       "day": {"enabled": true, "folder": "Work/Daily", "format": "", "templatePath": "T/Day"},
       "week": {"enabled": true, "folder": "Work/Weekly", "format": "GGGG-[W]WW"},
       "month": {"enabled": false, "folder": "", "format": ""},
       "quarter": {"enabled": true, "folder": "Work/Q", "format": "YYYY-[Q]Q"}}
    ]})";
  const Read r = read(vault_with({{kPeriodic, sets}}));
  EXPECT_THAT(r.diags, IsEmpty());
  const std::string src = "|.obsidian/plugins/periodic-notes/data.json";
  EXPECT_EQ(describe(r.settings.daily), "on Work/Daily|YYYY-MM-DD|T/Day" + src);
  // The active set's periods replace the 0.x leftovers, even where it has none.
  EXPECT_EQ(describe(r.settings.weekly), "on Work/Weekly|GGGG-[W]WW|" + src);
  EXPECT_EQ(describe(r.settings.monthly), "off |YYYY-MM|" + src);
  EXPECT_EQ(describe(r.settings.quarterly), "on Work/Q|YYYY-[Q]Q|" + src);
  EXPECT_EQ(describe(r.settings.yearly), "none");

  // An active set that does not exist: the first set.
  std::string missing = sets;
  missing.replace(missing.find("\"Work\","), 7, "\"Gone\",");
  EXPECT_EQ(describe(read(vault_with({{kPeriodic, missing}})).settings.daily),
            "on Home|YYYY-MM-DD|" + src);
}

TEST(PeriodicNotes, DailyNotesComeFromPeriodicNotesOnlyWhenItMakesThem) {
  const std::string core = R"({"folder": "Core", "format": "DD.MM.YYYY"})";
  const std::string on = R"({"daily": {"enabled": true, "folder": "PN"}})";
  const std::string off = R"({"daily": {"enabled": false, "folder": "PN"}})";
  EXPECT_EQ(describe(read(vault_with({{kDailyNotes, core}, {kPeriodic, on}})).settings.daily),
            "on PN|YYYY-MM-DD||.obsidian/plugins/periodic-notes/data.json");
  EXPECT_EQ(describe(read(vault_with({{kDailyNotes, core}, {kPeriodic, off}})).settings.daily),
            "on Core|DD.MM.YYYY||.obsidian/daily-notes.json");
  // Periodic Notes switched off in Community plugins makes no notes.
  EXPECT_EQ(describe(read(vault_with({{kDailyNotes, core},
                                      {kPeriodic, on},
                                      {kCommunityPlugins, R"(["dataview"])"}}))
                         .settings.daily),
            "on Core|DD.MM.YYYY||.obsidian/daily-notes.json");
  const Read pn_off = read(vault_with(
      {{kPeriodic, R"({"weekly": {"enabled": true}})"}, {kCommunityPlugins, R"(["dataview"])"}}));
  EXPECT_EQ(describe(pn_off.settings.weekly),
            "off |gggg-[W]ww||.obsidian/plugins/periodic-notes/data.json");
  EXPECT_EQ(describe(read(vault_with({{kPeriodic, R"({"weekly": {"enabled": true}})"},
                                      {kCommunityPlugins, R"(["periodic-notes"])"}}))
                         .settings.weekly)
                .substr(0, 3),
            "on ");
}

TEST(PeriodicNotes, WrongTypesAreWarnings) {
  const Read r = read(vault_with({
      {kCorePlugins, R"("daily-notes")"},
      {kDailyNotes, R"({"format": 5})"},
      {kPeriodic, R"({"activeCalendarSet": 1, "calendarSets": [{"id": "A",
                      "week": {"enabled": "yes", "folder": ["W"], "format": "gggg-[W]ww"}}]})"},
  }));
  EXPECT_THAT(
      r.lines(),
      ElementsAre(".obsidian/core-plugins.json:0:0: the file holds a text, not a list of "
                  "plugins; goals takes every plugin to be on",
                  ".obsidian/daily-notes.json:0:0: `format` should be a text, not a number; it is "
                  "not used",
                  ".obsidian/plugins/periodic-notes/data.json:0:0: `activeCalendarSet` should be "
                  "a text, not a number; it is not used",
                  ".obsidian/plugins/periodic-notes/data.json:0:0: `calendarSets[0].week.enabled` "
                  "should be true or false, not a text; it is not used",
                  ".obsidian/plugins/periodic-notes/data.json:0:0: `calendarSets[0].week.folder` "
                  "should be a text, not a list; it is not used"));
  EXPECT_EQ(describe(r.settings.daily), "on |YYYY-MM-DD||.obsidian/daily-notes.json");
  EXPECT_EQ(describe(r.settings.weekly),
            "off |gggg-[W]ww||.obsidian/plugins/periodic-notes/data.json");
}

PeriodicNoteSetting setting(std::string folder, std::string format) {
  PeriodicNoteSetting p;
  p.enabled = true;
  p.folder = std::move(folder);
  p.format = std::move(format);
  return p;
}

std::string path_of(const PeriodicNoteSetting& p, std::string_view date) {
  return periodic_note_path(p, *Date::parse(date));
}

/// periodic_note_date's answer as `YYYY-MM-DD`, or "no".
std::string date_of(const PeriodicNoteSetting& p, std::string_view rel) {
  const std::optional<Date> d = periodic_note_date(p, rel);
  return d ? d->str() : "no";
}

TEST(PeriodicNotes, ThePathObsidianOpensForADay) {
  // Locale weeks (gggg-[W]ww) and ISO weeks (GGGG-[W]WW) name the days
  // around New Year differently.
  const PeriodicNoteSetting locale = setting("Journal/Weekly", "gggg-[W]ww");
  const PeriodicNoteSetting iso = setting("Journal/Weekly", "GGGG-[W]WW");
  EXPECT_EQ(path_of(locale, "2026-12-27"), "Journal/Weekly/2027-W01.md");
  EXPECT_EQ(path_of(locale, "2027-01-01"), "Journal/Weekly/2027-W01.md");
  EXPECT_EQ(path_of(iso, "2026-12-27"), "Journal/Weekly/2026-W52.md");
  EXPECT_EQ(path_of(iso, "2027-01-01"), "Journal/Weekly/2026-W53.md");
  EXPECT_EQ(path_of(iso, "2027-01-04"), "Journal/Weekly/2027-W01.md");
  EXPECT_EQ(path_of(setting("", "YYYY-MM-DD"), "2026-01-05"), "2026-01-05.md");
  EXPECT_EQ(path_of(setting("Daily", "YYYY/MM/YYYY-MM-DD"), "2026-01-05"),
            "Daily/2026/01/2026-01-05.md");
  EXPECT_EQ(path_of(setting("Q", "YYYY-[Q]Q"), "2026-08-05"), "Q/2026-Q3.md");
  EXPECT_EQ(path_of(setting("M", "YYYY-MM"), "2026-08-05"), "M/2026-08.md");
  EXPECT_EQ(path_of(setting("Y", "YYYY"), "2026-08-05"), "Y/2026.md");
  // The plugins' join and normalizePath: empty and `.` parts, `\`, no-break spaces.
  EXPECT_EQ(path_of(setting("Journal", "[./]YYYY//[Notes\\]MM[.md]"), "2026-01-05"),
            "Journal/2026/Notes/01.md");
  EXPECT_EQ(path_of(setting("Journal", "dddd[\u00A0]D"), "2026-01-05"), "Journal/Monday 5.md");
}

TEST(PeriodicNotes, WhichNotesArePeriodicNotes) {
  const PeriodicNoteSetting weekly = setting("Journal/Weekly", "gggg-[W]ww");
  EXPECT_EQ(date_of(weekly, "Journal/Weekly/2027-W01.md"), "2026-12-27");
  EXPECT_EQ(date_of(weekly, "Journal/Weekly/2026-W53.md"), "no");  // 52 locale weeks
  EXPECT_EQ(date_of(weekly, "Journal/Weekly/Archive/2026-W02.md"), "2026-01-04");  // below
  EXPECT_EQ(date_of(weekly, "Journal/Weekly2/2026-W02.md"), "no");  // not in the folder
  EXPECT_EQ(date_of(weekly, "Journal/2026-W02.md"), "no");
  EXPECT_EQ(date_of(weekly, "Journal/Weekly/2026-W02.MD"), "2026-01-04");
  EXPECT_EQ(date_of(weekly, "Journal/Weekly/2026-W02.canvas"), "no");
  EXPECT_EQ(date_of(weekly, "Journal/Weekly/2026-W02 notes.md"), "no");

  const PeriodicNoteSetting iso = setting("Journal/Weekly", "GGGG-[W]WW");
  EXPECT_EQ(date_of(iso, "Journal/Weekly/2026-W53.md"), "2026-12-28");
  EXPECT_EQ(date_of(iso, "Journal/Weekly/2027-W53.md"), "no");

  const PeriodicNoteSetting root = setting("", "YYYY-MM-DD");
  EXPECT_EQ(date_of(root, "2026-01-05.md"), "2026-01-05");
  EXPECT_EQ(date_of(root, "Anywhere/2026-01-05.md"), "2026-01-05");

  // A format with folders: the path's end, or the name alone once moved.
  const PeriodicNoteSetting nested = setting("Daily", "YYYY/MM/YYYY-MM-DD");
  EXPECT_EQ(date_of(nested, "Daily/2026/01/2026-01-05.md"), "2026-01-05");
  EXPECT_EQ(date_of(nested, "Daily/2026-01-05.md"), "2026-01-05");
  EXPECT_EQ(date_of(nested, "Daily/Old/2026/01/2026-01-05.md"), "2026-01-05");
  EXPECT_EQ(date_of(nested, "Daily/2025/01/2026-01-05.md"), "2026-01-05");  // by its name
  const PeriodicNoteSetting by_path = setting("Daily", "YYYY/MM/DD");
  EXPECT_EQ(date_of(by_path, "Daily/2026/01/05.md"), "2026-01-05");
  EXPECT_EQ(date_of(by_path, "Daily/01/05.md"), "no");
  EXPECT_EQ(date_of(by_path, "Daily/05.md"), "no");  // no year

  // Every day's path is recognised as that day's period.
  const PeriodicNoteSetting formats[] = {
      setting("D", "YYYY-MM-DD"), weekly, iso, setting("M", "YYYY-MM"), setting("Q", "YYYY-[Q]Q"),
      setting("Y", "YYYY"),       nested};
  for (const PeriodicNoteSetting& p : formats) {
    int failures = 0;
    for (Date x{2025, 12, 1}; x <= Date{2027, 1, 31} && failures < 3; x = x.add_days(1)) {
      const std::string path = periodic_note_path(p, x);
      const std::optional<Date> back = periodic_note_date(p, path);
      if (!back || periodic_note_path(p, *back) != path || *back > x) {
        ++failures;
        ADD_FAILURE() << p.format << ": " << x.str() << " -> " << path << " -> "
                      << (back ? back->str() : "nothing");
      }
    }
  }
}

// ---------------------------------------------------------------------------
// What is reported

TEST(ObsidianSettings, BadExcludedFilesEntriesAreSkippedAndTheRestIsUsed) {
  const Read r = read(
      vault_with({{kApp, R"({"userIgnoreFilters": ["Archive/", "/[0-9/", 3, null, {"a": 1}]})"}}));
  EXPECT_THAT(written(r.settings), ElementsAre("prefix Archive/"));
  EXPECT_TRUE(r.settings.is_excluded("Archive/Old.md"));
  const Strings lines = r.lines();
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_THAT(lines[0], StartsWith(".obsidian/app.json:0:0: Excluded files entry `/[0-9/` is not a "
                                   "regular expression goals can read ("));
  EXPECT_THAT(lines[0], HasSubstr("); it is skipped"));
  EXPECT_EQ(lines[1],
            ".obsidian/app.json:0:0: `userIgnoreFilters` entry 3 should be a text, not a number; "
            "it is skipped");
  EXPECT_EQ(lines[2],
            ".obsidian/app.json:0:0: `userIgnoreFilters` entry 4 should be a text, not null; it "
            "is skipped");
  EXPECT_EQ(lines[3],
            ".obsidian/app.json:0:0: `userIgnoreFilters` entry 5 should be a text, not an object; "
            "it is skipped");
  EXPECT_EQ(r.diags[0].help,
            "Set it again in Obsidian (Settings → Files and links → Excluded files), which "
            "rewrites the file, or correct .obsidian/app.json by hand.");
}

TEST(ObsidianSettings, UserIgnoreFiltersThatIsNoListIsAWarning) {
  const Read r = read(vault_with({{kApp, R"({"userIgnoreFilters": "Archive/"})"}}));
  EXPECT_THAT(r.settings.excluded, IsEmpty());
  EXPECT_THAT(r.lines(), ElementsAre(".obsidian/app.json:0:0: `userIgnoreFilters` should be a "
                                     "list, not a text; it is not used"));
  EXPECT_THAT(r.settings.files_read, ElementsAre(".obsidian/app.json"));
}

TEST(ObsidianSettings, LinkSettingsDefaultToObsidiansWithoutAppJsonOrTheKeys) {
  for (const Read& r : {read(vault_with({})), read(vault_with({{kApp, "{}"}}))}) {
    EXPECT_EQ(r.settings.links.format, NewLinkFormat::Shortest);
    EXPECT_FALSE(r.settings.links.markdown);
    EXPECT_THAT(r.diags, IsEmpty());
  }
}

TEST(ObsidianSettings, ReadsNewLinkFormatAndUseMarkdownLinks) {
  const std::map<std::string, NewLinkFormat> formats = {{"shortest", NewLinkFormat::Shortest},
                                                        {"relative", NewLinkFormat::Relative},
                                                        {"absolute", NewLinkFormat::Absolute}};
  for (const auto& [word, format] : formats) {
    for (const bool markdown : {false, true}) {
      const Read r =
          read(vault_with({{kApp, R"({"newLinkFormat": ")" + word + R"(", "useMarkdownLinks": )" +
                                      (markdown ? "true" : "false") + "}"}}));
      EXPECT_EQ(r.settings.links.format, format) << word;
      EXPECT_EQ(r.settings.links.markdown, markdown) << word;
      EXPECT_THAT(r.diags, IsEmpty());
    }
  }
}

TEST(ObsidianSettings, LinkSettingsAreReadBesideExcludedFiles) {
  const Read r = read(
      vault_with({{kApp, R"({"userIgnoreFilters": ["Archive/"], "newLinkFormat": "relative"})"}}));
  EXPECT_EQ(r.settings.links.format, NewLinkFormat::Relative);
  EXPECT_THAT(written(r.settings), ElementsAre("prefix Archive/"));
}

TEST(ObsidianSettings, WrongLinkSettingsAreWarningsAndKeepTheDefaults) {
  const Read r = read(vault_with({{kApp, R"({"newLinkFormat": "nearest", "useMarkdownLinks": "yes",
                                             "userIgnoreFilters": ["Archive/"]})"}}));
  EXPECT_EQ(r.settings.links.format, NewLinkFormat::Shortest);
  EXPECT_FALSE(r.settings.links.markdown);
  EXPECT_THAT(r.lines(),
              ElementsAre(".obsidian/app.json:0:0: `newLinkFormat` \"nearest\" is not shortest, "
                          "relative or absolute; new links are written shortest, Obsidian's "
                          "default",
                          ".obsidian/app.json:0:0: `useMarkdownLinks` should be true or false, not "
                          "a text; it is not used"));
  EXPECT_EQ(r.diags[0].help,
            "Set it again in Obsidian (Settings → Files and links → New link format and Use "
            "[[Wikilinks]]), which rewrites the file, or correct .obsidian/app.json by hand.");
  // The rest of the file is still used.
  EXPECT_THAT(written(r.settings), ElementsAre("prefix Archive/"));

  const Read number =
      read(vault_with({{kApp, R"({"newLinkFormat": 2, "useMarkdownLinks": null})"}}));
  EXPECT_THAT(number.lines(), ElementsAre(".obsidian/app.json:0:0: `newLinkFormat` should be a "
                                          "text, not a number; it is not used"));
}

TEST(ObsidianSettings, BrokenJsonIsAWarningWhereItBreaks) {
  const Read r = read(vault_with({{kApp, "{\n  \"userIgnoreFilters\": [\"Archive/\",]\n}\n"},
                                  {kTemplates, R"({"folder": "Templates"})"}}));
  ASSERT_EQ(r.diags.size(), 1u);
  const Diagnostic& d = r.diags[0];
  EXPECT_EQ(d.path, ".obsidian/app.json");
  EXPECT_EQ(d.line, 2);
  EXPECT_EQ(d.column, 36);  // the `]` after the comma
  EXPECT_THAT(d.message,
              StartsWith("the file is not valid JSON (syntax error while parsing value"));
  EXPECT_THAT(d.message, HasSubstr("); its settings are not used"));
  EXPECT_THAT(d.message, Not(HasSubstr("json.exception")));
  // The other files are still read.
  EXPECT_THAT(r.settings.excluded, IsEmpty());
  EXPECT_THAT(r.settings.template_folders, ElementsAre("Templates"));
}

TEST(ObsidianSettings, AnEmptyFileOrOneThatIsNoObjectIsAWarning) {
  const Read empty = read(vault_with({{kTemplates, ""}}));
  ASSERT_EQ(empty.diags.size(), 1u);
  EXPECT_EQ(empty.diags[0].line, 1);
  EXPECT_EQ(empty.diags[0].column, 1);
  EXPECT_THAT(empty.diags[0].message, StartsWith("the file is not valid JSON ("));

  const Read list = read(vault_with({{kTemplates, "[\"Templates\"]"}, {kDailyNotes, "\"x\""}}));
  EXPECT_THAT(list.lines(),
              ElementsAre(".obsidian/templates.json:0:0: the file holds a list, not an "
                          "object of settings; its settings are not used",
                          ".obsidian/daily-notes.json:0:0: the file holds a text, not an "
                          "object of settings; its settings are not used"));
}

TEST(ObsidianSettings, AByteOrderMarkIsFine) {
  const Read r = read(vault_with({{kTemplates, "\xEF\xBB\xBF{\"folder\": \"Templates\"}"}}));
  EXPECT_THAT(r.diags, IsEmpty());
  EXPECT_THAT(r.settings.template_folders, ElementsAre("Templates"));
}

TEST(ObsidianSettings, WrongTypesInTemplateSettingsAreWarningsEach) {
  const Read r = read(vault_with({
      {kTemplates, R"({"folder": 3})"},
      {kDailyNotes, R"({"template": true, "folder": 7})"},
      {kTemplater,
       R"({"templates_folder": ["Templates"], "folder_templates": {"folder": "a"},
           "file_templates": [3, {"template": 4}, {"regex": "x", "template": "Meta/Ok"}]})"},
      {kPeriodic,
       R"({"daily": "Templates/Day", "weekly": {"template": 1},
           "calendarSets": [{"day": []}, 5]})"},
  }));
  EXPECT_THAT(r.settings.template_folders, IsEmpty());
  EXPECT_THAT(r.settings.template_notes, ElementsAre("Meta/Ok"));
  EXPECT_THAT(
      r.lines(),
      ElementsAre(
          ".obsidian/templates.json:0:0: `folder` should be a text, not a number; it is not used",
          // daily-notes.json's folder is read since goals finds daily notes.
          ".obsidian/daily-notes.json:0:0: `folder` should be a text, not a number; it is not used",
          ".obsidian/daily-notes.json:0:0: `template` should be a text, not true or false; it is "
          "not "
          "used",
          ".obsidian/plugins/templater-obsidian/data.json:0:0: `templates_folder` should be a "
          "text, not a list; it is not used",
          ".obsidian/plugins/templater-obsidian/data.json:0:0: `folder_templates` should be a "
          "list, not an object; it is not used",
          ".obsidian/plugins/templater-obsidian/data.json:0:0: `file_templates[0]` should be an "
          "object, not a number; it is not used",
          ".obsidian/plugins/templater-obsidian/data.json:0:0: `file_templates[1].template` "
          "should be a text, not a number; it is not used",
          ".obsidian/plugins/periodic-notes/data.json:0:0: `daily` should be an object, not a "
          "text; it is not used",
          ".obsidian/plugins/periodic-notes/data.json:0:0: `weekly.template` should be a text, "
          "not a number; it is not used",
          ".obsidian/plugins/periodic-notes/data.json:0:0: `calendarSets[0].day` should be an "
          "object, not a list; it is not used",
          ".obsidian/plugins/periodic-notes/data.json:0:0: `calendarSets[1]` should be an object, "
          "not a number; it is not used"));
  EXPECT_EQ(r.diags[1].help,
            "Set it again in Obsidian (Settings → Daily notes), which "
            "rewrites the file, or correct .obsidian/daily-notes.json by hand.");
}

TEST(ObsidianSettings, UnreadableAndHugeFilesAreWarnings) {
  MemoryFileSystem fs = vault_with({{kTemplates, std::string(5 * 1024 * 1024, ' ')}});
  fs.add_file(kApp, "{}");
  fs.add_unreadable(kApp);
  const Read r = read(fs);
  EXPECT_THAT(r.lines(),
              ElementsAre(".obsidian/app.json:0:0: the file cannot be read (Permission denied); "
                          "its settings are not used",
                          ".obsidian/templates.json:0:0: the file is larger than 4 MiB; its "
                          "settings are not used"));
  EXPECT_THAT(r.settings.files_read, IsEmpty());
}

// ---------------------------------------------------------------------------
// The roles the loader gives notes

std::map<std::string, NoteRole> roles_by_path(const Vault& v) {
  std::map<std::string, NoteRole> out;
  for (std::size_t i = 0; i < v.notes.size(); ++i) out[v.notes[i].path] = v.roles[i];
  return out;
}

MemoryFileSystem settings_vault() {
  return vault_with({
      {kApp, R"({"userIgnoreFilters": ["Archive/", "/\\.excalidraw\\.md$/"]})"},
      {kTemplates, R"({"folder": "Templates"})"},
      {kTemplater,
       R"({"folder_templates": [{"folder": "Goals", "template": "Meta/Goal template.md"}]})"},
      {kPeriodic, R"({"weekly": {"enabled": true, "template": "Week template"}})"},
      {"/v/Archive/Old.md", "---\nkey: [unclosed\n---\n# Old\n"},
      {"/v/Archive/Templates/Deep.md", "# excluded\n"},
      {"/v/Templates/Sketch.excalidraw.md", "# excluded and in the template folder\n"},
      {"/v/Drawings/Plan.excalidraw.md", "[[missing drawing]]\n"},
      {"/v/Templates/Goal.md", "---\ntype: goal\ndeadline: {{date}}\n---\n# {{title}}\n"},
      {"/v/Templates/Sub/Deep.md", "# deep\n"},
      {"/v/Meta/Goal template.md", "---\ntype: goal\n---\n# <% tp.file.title %>\n"},
      {"/v/Meta/Week template.md", "---\ntype: review\ncadence: weekly\n---\n## Wins?\n"},
      {"/v/Meta/Notes.md", "# not a template\n"},
      {"/v/Notes/Plain.md", "[[Old]], [[Goal]] and [[Plan.excalidraw]]\n"},
      {"/v/Templates.md", "# a note beside the folder\n"},
  });
}

TEST(ObsidianRoles, EachNoteGetsItsRoleFromThePath) {
  const MemoryFileSystem fs = settings_vault();
  const Vault v = load_vault(fs, "/v", Config{});
  EXPECT_EQ(roles_by_path(v), (std::map<std::string, NoteRole>{
                                  {"Archive/Old.md", NoteRole::Excluded},
                                  {"Archive/Templates/Deep.md", NoteRole::Excluded},
                                  {"Drawings/Plan.excalidraw.md", NoteRole::Excluded},
                                  {"Meta/Goal template.md", NoteRole::Template},
                                  {"Meta/Notes.md", NoteRole::Note},
                                  {"Meta/Week template.md", NoteRole::Template},
                                  {"Notes/Plain.md", NoteRole::Note},
                                  {"Templates.md", NoteRole::Note},
                                  {"Templates/Goal.md", NoteRole::Template},
                                  {"Templates/Sketch.excalidraw.md", NoteRole::Excluded},
                                  {"Templates/Sub/Deep.md", NoteRole::Template},
                              }));
  EXPECT_THAT(v.obsidian_settings, ElementsAre(".obsidian/app.json", ".obsidian/templates.json",
                                               ".obsidian/plugins/templater-obsidian/data.json",
                                               ".obsidian/plugins/periodic-notes/data.json"));
}

TEST(ObsidianRoles, TemplatesAndExcludedNotesSayNothingButStayLinkTargets) {
  const MemoryFileSystem fs = settings_vault();
  const Vault v = load_vault(fs, "/v", Config{});
  EXPECT_THAT(v.diagnostics, IsEmpty());
  const Note& plain = v.notes[static_cast<std::size_t>(v.find_note("Notes/Plain"))];
  ASSERT_EQ(plain.body.links.size(), 3u);
  EXPECT_EQ(v.notes[static_cast<std::size_t>(v.note_of(plain.body.links[0]))].path,
            "Archive/Old.md");
  EXPECT_EQ(v.notes[static_cast<std::size_t>(v.note_of(plain.body.links[1]))].path,
            "Templates/Goal.md");
  EXPECT_EQ(v.notes[static_cast<std::size_t>(v.note_of(plain.body.links[2]))].path,
            "Drawings/Plan.excalidraw.md");
  // A template that says `type: goal` is no goal.
  const GoalGraph g = GoalGraph::build(v);
  EXPECT_THAT(g.nodes, IsEmpty());
  for (std::size_t i = 0; i < v.notes.size(); ++i) {
    EXPECT_EQ(v.is_ordinary(static_cast<int>(i)), v.roles[i] == NoteRole::Note);
    EXPECT_EQ(v.is_linted(static_cast<int>(i)), v.roles[i] == NoteRole::Note);
  }
}

TEST(ObsidianRoles, LintTemplatesKeepsTemplatesFindingsButNeverExcludedOnes) {
  const MemoryFileSystem fs = settings_vault();
  LoadOptions opts;
  opts.lint_templates = true;
  const Vault v = load_vault(fs, "/v", Config{}, opts);
  ASSERT_EQ(v.diagnostics.size(), 1u);
  EXPECT_EQ(v.diagnostics[0].path, "Templates/Goal.md");
  EXPECT_EQ(v.diagnostics[0].rule, "invalid-property");
  EXPECT_TRUE(v.lint_templates);
  EXPECT_TRUE(v.is_linted(v.find_note("Templates/Goal")));
  EXPECT_FALSE(v.is_ordinary(v.find_note("Templates/Goal")));
  EXPECT_FALSE(v.is_linted(v.find_note("Archive/Old")));
}

TEST(ObsidianRoles, ScanFindingsInsideExcludedOrTemplateFoldersAreDropped) {
  MemoryFileSystem fs = vault_with({{kApp, R"({"userIgnoreFilters": ["Archive/"]})"},
                                    {kTemplates, R"({"folder": "Templates"})"},
                                    {"/v/Archive/Private/P.md", "# P\n"},
                                    {"/v/Templates/T.md", "# T\n"},
                                    {"/v/Notes/N.md", "# N\n"}});
  fs.add_unreadable("/v/Archive/Private");
  fs.add_symlink("/v/Templates/Gone.md", "/elsewhere/Gone.md");
  fs.add_symlink("/v/Notes/Gone.md", "/elsewhere/Gone.md");
  const Vault v = load_vault(fs, "/v", Config{});
  ASSERT_EQ(v.diagnostics.size(), 1u);
  EXPECT_EQ(v.diagnostics[0].path, "Notes/Gone.md");
  EXPECT_EQ(v.diagnostics[0].rule, "skipped-symlink");
}

TEST(ObsidianRoles, NoSettingsMeansEveryNoteIsANote) {
  const MemoryFileSystem fs =
      vault_with({{"/v/Templates/T.md", "---\ntype: goal\n---\n"}, {"/v/Archive/A.md", "# A\n"}});
  const Vault v = load_vault(fs, "/v", Config{});
  EXPECT_EQ(roles_by_path(v), (std::map<std::string, NoteRole>{
                                  {"Archive/A.md", NoteRole::Note},
                                  {"Templates/T.md", NoteRole::Note},
                              }));
  EXPECT_THAT(v.obsidian_settings, IsEmpty());
  EXPECT_EQ(GoalGraph::build(v).nodes.size(), 1u);
}

TEST(ObsidianRoles, SettingsProblemsAreLoaderFindings) {
  const MemoryFileSystem fs =
      vault_with({{kApp, "{not json"}, {"/v/Archive/A.md", "---\nkey: [unclosed\n---\n"}});
  const Vault v = load_vault(fs, "/v", Config{});
  // Without its settings the archive is an ordinary folder again, and says so.
  ASSERT_EQ(v.diagnostics.size(), 2u);
  EXPECT_EQ(v.diagnostics[0].path, ".obsidian/app.json");
  EXPECT_EQ(v.diagnostics[0].rule, "invalid-obsidian-settings");
  EXPECT_EQ(v.diagnostics[1].path, "Archive/A.md");
  EXPECT_EQ(v.diagnostics[1].rule, "invalid-frontmatter");
}

}  // namespace
}  // namespace goals

namespace goals {
namespace {

TEST(ObsidianSettings, ReadsPropertyTypes) {
  MemoryFileSystem fs("/");
  fs.add_file("/vault/.obsidian/types.json",
              R"({"types": {"Created": "date", "n": "number", "later": "sometype", "bad": 3}})");
  Diagnostics diags;
  const ObsidianSettings s = read_obsidian_settings(fs, "/vault", &diags);
  EXPECT_TRUE(diags.empty());
  EXPECT_EQ(s.property_types, (std::map<std::string, PropertyType, std::less<>>{
                                  {"created", PropertyType::Date}, {"n", PropertyType::Number}}));
}

TEST(ObsidianSettings, AMalformedTypesFileIsAWarningNamingIt) {
  for (const char* text : {"{\"types\": {", "[1]", "{\"types\": [\"date\"]}"}) {
    MemoryFileSystem fs("/");
    fs.add_file("/vault/.obsidian/types.json", text);
    Diagnostics diags;
    const ObsidianSettings s = read_obsidian_settings(fs, "/vault", &diags);
    ASSERT_EQ(diags.size(), 1u) << text;
    EXPECT_EQ(diags[0].rule, "invalid-obsidian-settings");
    EXPECT_EQ(diags[0].path, ".obsidian/types.json");
    EXPECT_EQ(diags[0].severity, Severity::Warning);
    EXPECT_TRUE(s.property_types.empty());
  }
}

}  // namespace
}  // namespace goals
