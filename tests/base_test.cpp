// `goals base`: the Obsidian Bases file built from the vault's classification.
// The file is checked against the syntax Obsidian's help documents (Bases
// syntax, Functions): its keys, the functions its expressions call and the
// properties they read; then its exact text on a default vault and on one
// with `classify` rules; then how `--output` writes it.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

#include <regex>
#include <set>
#include <string>
#include <vector>

#include "cli_test_util.h"
#include "goals/parse/config.h"
#include "goals/parse/frontmatter.h"
#include "goals/parse/note.h"
#include "goals/passes/base.h"

namespace goals {
namespace {

using ::testing::HasSubstr;

// What the Bases help pages document (en/Bases/Bases syntax.md, Functions.md).
const std::set<std::string> kTopKeys = {"filters", "formulas", "properties", "views"};
const std::set<std::string> kViewKeys = {"type", "name", "limit", "filters", "groupBy", "order"};
const std::set<std::string> kFunctions = {
    // Global
    "date", "duration", "file", "if", "image", "icon", "link", "list", "max", "min", "now",
    "number", "today",
    // Any, Date, String, Number, List, File, Regular expression
    "isTruthy", "toString", "format", "time", "relative", "isEmpty", "contains", "containsAll",
    "containsAny", "endsWith", "lower", "replace", "slice", "split", "startsWith", "title", "trim",
    "abs", "ceil", "floor", "round", "toFixed", "filter", "join", "map", "sort", "unique", "asLink",
    "hasLink", "hasProperty", "hasTag", "inFolder", "matches"};

// Every string of a filter (a statement, or and/or/not of filters).
void statements(const YAML::Node& f, std::vector<std::string>* out) {
  if (f.IsScalar()) {
    out->push_back(f.Scalar());
    return;
  }
  ASSERT_TRUE(f.IsMap()) << "a filter is a string or a mapping";
  ASSERT_EQ(f.size(), 1u) << "a filter object holds one of and, or, not";
  const std::string op = f.begin()->first.Scalar();
  EXPECT_TRUE(op == "and" || op == "or" || op == "not") << op;
  // yaml-cpp's iterator yields its pair by value: keep the list itself, not
  // a reference into a temporary the loop would outlive.
  const YAML::Node children = f.begin()->second;
  ASSERT_TRUE(children.IsSequence());
  for (const YAML::Node& c : children) statements(c, out);
}

// `expr` without its string and regular-expression literals.
std::string code_of(const std::string& expr) {
  static const std::regex literals(R"re("(?:\\.|[^"\\])*"|/(?:\\.|[^/\\])+/(?=\.matches))re");
  return std::regex_replace(expr, literals, "\"\"");
}

// Checks `expr` calls only documented functions and reads only `properties`,
// `formulas` or file properties; returns what is wrong.
std::vector<std::string> problems(const std::string& expr, const std::set<std::string>& properties,
                                  const std::set<std::string>& formulas) {
  std::vector<std::string> out;
  const std::string code = code_of(expr);
  static const std::regex call(R"(([A-Za-z_][A-Za-z0-9_]*)\s*\()");
  for (auto it = std::sregex_iterator(code.begin(), code.end(), call); it != std::sregex_iterator();
       ++it)
    if (!kFunctions.contains((*it)[1])) out.push_back("undocumented function " + (*it)[1].str());
  // A name that is not a method or field (no `.` before it) and not called.
  static const std::regex name(R"((^|[^.A-Za-z0-9_])([A-Za-z_][A-Za-z0-9_]*)(\.[A-Za-z_]\w*)?)");
  for (auto it = std::sregex_iterator(code.begin(), code.end(), name); it != std::sregex_iterator();
       ++it) {
    const std::string word = (*it)[2];
    const std::size_t after = static_cast<std::size_t>(it->position(2) + it->length(2));
    if (after < code.size() && code[after] == '(') continue;
    if (word == "file" || word == "value" || word == "true" || word == "false") continue;
    if (word == "formula") {
      const std::string f = (*it)[3].str().substr(1);
      if (!formulas.contains(f)) out.push_back("unknown formula " + f);
      continue;
    }
    if (!properties.contains(word)) out.push_back("property " + word + " is not classified on");
  }
  return out;
}

// The property names goals' classification reads under `config`.
std::set<std::string> classified_properties(const Config& c) {
  std::set<std::string> out;
  for (const char* key : {"type", "status", "horizon", "deadline", "completed", "start", "end",
                          "quarter", "current", "target", "goals"})
    for (const std::string& s : c.spellings(key)) out.insert(s);
  for (const KindRule& r : c.classify)
    for (const std::string& s : c.spellings(r.property)) out.insert(s);
  return out;
}

// Checks the `.base` text against the documented syntax.
void check_syntax(const std::string& text, const Config& config) {
  ASSERT_TRUE(is_generated_base(text));
  const YAML::Node root = YAML::Load(text);
  ASSERT_TRUE(root.IsMap());
  for (const auto& kv : root) EXPECT_TRUE(kTopKeys.contains(kv.first.Scalar())) << kv.first;

  std::vector<std::string> exprs;
  std::set<std::string> formulas;
  for (const auto& kv : root["formulas"]) {
    formulas.insert(kv.first.Scalar());
    ASSERT_TRUE(kv.second.IsScalar());
    exprs.push_back(kv.second.Scalar());
  }
  for (const auto& kv : root["properties"]) {
    ASSERT_TRUE(kv.second.IsMap());
    for (const auto& p : kv.second) EXPECT_EQ(p.first.Scalar(), "displayName");
    const std::string column = kv.first.Scalar();
    if (column.starts_with("formula.")) {
      EXPECT_TRUE(formulas.contains(column.substr(8))) << column;
    }
  }
  statements(root["filters"], &exprs);
  ASSERT_TRUE(root["views"].IsSequence());
  for (const YAML::Node& v : root["views"]) {
    for (const auto& kv : v) EXPECT_TRUE(kViewKeys.contains(kv.first.Scalar())) << kv.first;
    EXPECT_EQ(v["type"].Scalar(), "table");
    EXPECT_FALSE(v["name"].Scalar().empty());
    statements(v["filters"], &exprs);
    if (v["groupBy"]) {
      EXPECT_TRUE(v["groupBy"]["property"].IsScalar());
      EXPECT_EQ(v["groupBy"]["direction"].Scalar(), "ASC");
      EXPECT_EQ(v["groupBy"].size(), 2u);
    }
    for (const YAML::Node& c : v["order"]) {
      const std::string column = c.Scalar();
      if (column.starts_with("formula.")) {
        EXPECT_TRUE(formulas.contains(column.substr(8))) << column;
      } else if (column.starts_with("note.")) {
        EXPECT_TRUE(classified_properties(config).contains(column.substr(5))) << column;
      } else {
        EXPECT_EQ(column, "file.name");
      }
    }
  }
  const std::set<std::string> properties = classified_properties(config);
  for (const std::string& e : exprs)
    EXPECT_THAT(problems(e, properties, formulas), ::testing::IsEmpty()) << e;
}

Config config_of(const testing_util::CliRunner& cli) {
  std::string yaml, err;
  if (cli.fs.read_file("/v/.goals.yaml", &yaml, &err, 1 << 20) != FileSystem::Status::Okay)
    return {};
  return parse_config(yaml, ".goals.yaml").config;
}

TEST(BaseCheck, TheCheckCatchesWhatItShould) {
  const std::set<std::string> props = {"status"};
  EXPECT_THAT(problems("status.lower() == \"done\"", props, {}), ::testing::IsEmpty());
  EXPECT_THAT(problems("status.upper() == \"DONE\"", props, {}),
              ::testing::ElementsAre("undocumented function upper"));
  EXPECT_THAT(
      problems("priority > 2 && formula.x", props, {}),
      ::testing::ElementsAre("property priority is not classified on", "unknown formula x"));
  EXPECT_THAT(problems("/a(b)/.matches(file.name) && \"x(\" == status", props, {}),
              ::testing::IsEmpty());
}

// A default vault: goals write `due` (the default alias of `deadline`).
void default_vault(testing_util::CliRunner* cli) {
  cli->fs.add_file("/v/.obsidian/app.json", "{}");
  cli->fs.add_file("/v/Goals/Run.md",
                   "---\ntype: goal\nhorizon: short\ndue: 2026-06-30\nstatus: active\n---\n");
  cli->fs.add_file("/v/Goals/Read.md", "---\ntype: Goal\nhorizon: long\ndue: 2027-01-01\n---\n");
  cli->fs.add_file("/v/Goals/Save.md",
                   "---\ntype: goal\nhorizon: medium\ndeadline: 2026-12-31\n---\n");
  cli->fs.add_file("/v/Sprints/2026-Q2.md", "---\ntype: sprint\nquarter: 2026-Q2\n---\n");
}

const char* const kHeader =
    "# generated by goals: `goals base` may replace this file; change .goals.yaml instead.\n"
    "# Goals and sprints as goals classifies notes: a known `type` first, then\n"
    "# the first `classify` rule of .goals.yaml that matches. Unlike goals,\n"
    "# Bases also lists templates and excluded files, does not apply a rule's\n"
    "# `horizon`, reads only front matter (not Dataview fields) and counts no\n"
    "# milestones or tasks toward progress. Dates are compared with today()\n"
    "# as Obsidian opens the file. Run `goals base --output FILE` again after\n"
    "# changing .goals.yaml.\n"
    "filters: 'file.ext == \"md\"'\n";

TEST(BaseCli, DefaultVault) {
  testing_util::CliRunner cli;
  default_vault(&cli);
  const testing_util::Outcome r = cli.run({"--vault", "/v", "base"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.out, std::string(kHeader) + R"(formulas:
  deadline: 'if(deadline, deadline, due)'
  days_left: 'if(formula.deadline, ((date(formula.deadline) - today()) / 86400000).round(), "")'
properties:
  formula.days_left:
    displayName: Days left
views:
  - type: table
    name: Active goals
    filters:
      and:
        - 'type.lower() == "goal"'
        - or:
            - 'status.isEmpty()'
            - 'status.lower() == "active"'
    groupBy:
      property: note.horizon
      direction: ASC
    order:
      - file.name
      - note.horizon
      - note.due
      - formula.days_left
      - note.status
  - type: table
    name: This quarter's sprint
    filters:
      and:
        - 'type.lower() == "sprint"'
        - or:
            - 'quarter == today().format("YYYY-[Q]Q")'
            - and:
                - 'date(start) <= today()'
                - 'date(end) >= today()'
    order:
      - file.name
      - note.quarter
      - note.start
      - note.end
      - note.goals
  - type: table
    name: Overdue
    filters:
      and:
        - 'type.lower() == "goal"'
        - or:
            - 'status.isEmpty()'
            - 'status.lower() == "active"'
        - 'date(formula.deadline) < today()'
    order:
      - file.name
      - note.horizon
      - note.due
      - formula.days_left
      - note.status
  - type: table
    name: Done this quarter
    filters:
      and:
        - 'type.lower() == "goal"'
        - 'status.lower() == "done"'
        - 'date(completed).format("YYYY-[Q]Q") == today().format("YYYY-[Q]Q")'
    order:
      - file.name
      - note.horizon
      - note.completed
      - note.due
)");
  check_syntax(r.out, config_of(cli));
}

// A vault with classify rules (tags, a property, folders), value aliases and
// Periodic Notes; goals with a metric get a progress column.
void ruled_vault(testing_util::CliRunner* cli) {
  cli->fs.add_file("/v/.goals.yaml",
                   "aliases: {kind: type}\n"
                   "value-aliases:\n"
                   "  type: {objective: goal}\n"
                   "  status: {in-progress: active, finished: done}\n"
                   "classify:\n"
                   "  - {kind: vision, tag: life/vision}\n"
                   "  - {kind: goal, property: {okr: [Objective, kr]}, horizon: medium}\n"
                   "  - {kind: sprint, folder: Plans/Sprints}\n"
                   "  - {kind: goal, folder: 'Areas/*/Goals'}\n"
                   "  - {kind: review, tag: review/weekly}\n");
  cli->fs.add_file("/v/.obsidian/community-plugins.json", "[\"periodic-notes\"]");
  cli->fs.add_file("/v/.obsidian/plugins/periodic-notes/data.json",
                   R"({"weekly": {"format": "gggg-[W]ww", "folder": "Journal", "enabled": true}})");
  cli->fs.add_file("/v/Areas/Health/Goals/Run.md",
                   "---\nhorizon: short\ndeadline: 2026-06-30\ntarget: 10\ncurrent: 4\n---\n");
  cli->fs.add_file("/v/Goals/Okr.md", "---\nokr: objective\n---\n");
}

TEST(BaseCli, VaultWithClassifyRules) {
  testing_util::CliRunner cli;
  ruled_vault(&cli);
  const testing_util::Outcome r = cli.run({"--vault", "/v", "base"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, std::string(kHeader) + R"(formulas:
  type: 'if(type, type, kind)'
  deadline: 'if(deadline, deadline, due)'
  days_left: 'if(formula.deadline, ((date(formula.deadline) - today()) / 86400000).round(), "")'
  progress: 'if(target, (current / target * 100).round() + "%", "")'
properties:
  formula.days_left:
    displayName: Days left
  formula.progress:
    displayName: Progress
views:
  - type: table
    name: Active goals
    filters:
      and:
        - or:
            - '["goal", "objective"].contains(formula.type.lower())'
            - and:
                - not:
                    - '["vision", "goal", "objective", "sprint", "review"].contains(formula.type.lower())'
                - or:
                    - and:
                        - 'list(okr).map(value.toString().trim().lower()).containsAny("objective", "kr")'
                        - not:
                            - 'file.hasTag("life/vision")'
                    - and:
                        - '/^(?=[^\/])Areas\/[^\/]*\/Goals(?:\/.*)?$/.matches(file.folder)'
                        - not:
                            - 'file.hasTag("life/vision")'
                            - 'file.inFolder("Plans/Sprints")'
        - or:
            - 'status.isEmpty()'
            - '["active", "in-progress"].contains(status.lower())'
    groupBy:
      property: note.horizon
      direction: ASC
    order:
      - file.name
      - note.horizon
      - note.deadline
      - formula.days_left
      - formula.progress
      - note.status
  - type: table
    name: This quarter's sprint
    filters:
      and:
        - or:
            - 'formula.type.lower() == "sprint"'
            - and:
                - not:
                    - '["vision", "goal", "objective", "sprint", "review"].contains(formula.type.lower())'
                - and:
                    - 'file.inFolder("Plans/Sprints")'
                    - not:
                        - 'file.hasTag("life/vision")'
                        - 'list(okr).map(value.toString().trim().lower()).containsAny("objective", "kr")'
        - or:
            - 'quarter == today().format("YYYY-[Q]Q")'
            - and:
                - 'date(start) <= today()'
                - 'date(end) >= today()'
    order:
      - file.name
      - note.quarter
      - note.start
      - note.end
      - note.goals
  - type: table
    name: Overdue
    filters:
      and:
        - or:
            - '["goal", "objective"].contains(formula.type.lower())'
            - and:
                - not:
                    - '["vision", "goal", "objective", "sprint", "review"].contains(formula.type.lower())'
                - or:
                    - and:
                        - 'list(okr).map(value.toString().trim().lower()).containsAny("objective", "kr")'
                        - not:
                            - 'file.hasTag("life/vision")'
                    - and:
                        - '/^(?=[^\/])Areas\/[^\/]*\/Goals(?:\/.*)?$/.matches(file.folder)'
                        - not:
                            - 'file.hasTag("life/vision")'
                            - 'file.inFolder("Plans/Sprints")'
        - or:
            - 'status.isEmpty()'
            - '["active", "in-progress"].contains(status.lower())'
        - 'date(formula.deadline) < today()'
    order:
      - file.name
      - note.horizon
      - note.deadline
      - formula.days_left
      - note.status
  - type: table
    name: Done this quarter
    filters:
      and:
        - or:
            - '["goal", "objective"].contains(formula.type.lower())'
            - and:
                - not:
                    - '["vision", "goal", "objective", "sprint", "review"].contains(formula.type.lower())'
                - or:
                    - and:
                        - 'list(okr).map(value.toString().trim().lower()).containsAny("objective", "kr")'
                        - not:
                            - 'file.hasTag("life/vision")'
                    - and:
                        - '/^(?=[^\/])Areas\/[^\/]*\/Goals(?:\/.*)?$/.matches(file.folder)'
                        - not:
                            - 'file.hasTag("life/vision")'
                            - 'file.inFolder("Plans/Sprints")'
        - '["done", "finished"].contains(status.lower())'
        - 'date(completed).format("YYYY-[Q]Q") == today().format("YYYY-[Q]Q")'
    order:
      - file.name
      - note.horizon
      - note.completed
      - note.deadline
)");
  check_syntax(r.out, config_of(cli));
}

// A folder glob with wildcards becomes a regular expression on the note's
// folder; it must pick the folders parse_note's `folder:` rule picks.
TEST(BaseFolders, GlobRegexesAgreeWithClassify) {
  const std::vector<std::string> folders = {"Goals",
                                            "Goals/Sub",
                                            "Areas/Health/Goals",
                                            "Areas/Health/Goals/Deep",
                                            "Areas/Goals",
                                            "Areas/A/B/Goals",
                                            "X/Areas/Health/Goals",
                                            "Areasx/H/Goals",
                                            "Notes",
                                            "a.b/c"};
  for (const std::string glob : {"Areas/*/Goals", "**/Goals", "Areas/**/Goals", "Areas/**", "G?als",
                                 "*", "**", "[AG]*", "a.b/*"}) {
    ConfigResult c = parse_config("classify: [{kind: goal, folder: '" + glob + "'}]\n", "c");
    ASSERT_TRUE(c.ok()) << glob;
    Vault v;
    v.config = c.config;
    const BaseSpec spec = plan_base(v);
    const BaseFilter* f = &spec.views.front().filters;  // and(goal, active)
    f = &f->children.front();                           // or(type, and(not type, rule))
    const std::string statement = f->children.back().children.back().statement;
    ASSERT_TRUE(statement.ends_with("/.matches(file.folder)")) << statement;
    const std::regex re(statement.substr(1, statement.size() - 1 - 22));
    for (const std::string& folder : folders) {
      Diagnostics d;
      const bool goal = parse_note("# N\n", folder + "/N.md", c.config, &d).type == NoteType::Goal;
      EXPECT_EQ(std::regex_search(folder, re), goal) << glob << " on " << folder;
    }
    EXPECT_FALSE(std::regex_search(std::string("/"), re)) << glob << " on the vault root";
  }
}

TEST(BaseSpelling, PropertyPosRecordsWhichAliasWasWritten) {
  ConfigResult c = parse_config("aliases: {due: deadline, by: deadline}\n", ".goals.yaml");
  ASSERT_TRUE(c.ok());
  EXPECT_EQ(c.config.spellings("deadline"),
            (std::vector<std::string>{"deadline", "by", "due"}));  // aliases in map order
  Diagnostics d;
  auto spelling = [&](const char* text) {
    const Note n = parse_note(text, "G.md", c.config, &d);
    const PropertyPos* p = n.property_pos.find("deadline");
    return p == nullptr ? -1 : p->spelling;
  };
  EXPECT_EQ(spelling("---\ndeadline: 2026-01-01\n---\n"), 0);
  EXPECT_EQ(spelling("---\nby: 2026-01-01\n---\n"), 1);
  EXPECT_EQ(spelling("---\ndue: 2026-01-01\n---\n"), 2);
  EXPECT_EQ(spelling("# G\n\ndue:: 2026-01-01\n"), 2);  // a Dataview field
}

TEST(BaseMarker, OnlyTheFirstLineCounts) {
  EXPECT_TRUE(is_generated_base("# generated by goals\nviews: []\n"));
  EXPECT_TRUE(is_generated_base("# generated by goals: more words\n"));
  EXPECT_FALSE(is_generated_base("# generated by goalsmith\n"));
  EXPECT_FALSE(is_generated_base("views: []\n# generated by goals\n"));
  EXPECT_FALSE(is_generated_base(" # generated by goals\n"));
}

TEST(BaseOutput, WritesCreatesAndReplacesOnlyItsOwnFile) {
  testing_util::CliRunner cli;
  default_vault(&cli);
  cli.fs = MemoryFileSystem("/v");
  default_vault(&cli);
  testing_util::Outcome r = cli.run({"base", "--output", "Goals.base"});
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "Goals.base\n");
  std::string text, err;
  ASSERT_EQ(cli.fs.read_file("/v/Goals.base", &text, &err, 1 << 20), FileSystem::Status::Okay);
  EXPECT_EQ(text, cli.run({"base"}).out);

  // Its own file is replaced; a folder made for it must stay in the vault.
  r = cli.run({"base", "--output", "Goals.base"});
  EXPECT_EQ(r.code, 0) << r.err;
  r = cli.run({"base", "--output", "Views/Goals.base"});
  EXPECT_EQ(r.code, 0) << r.err;

  cli.fs.add_file("/v/Mine.base", "views: []\n");
  r = cli.run({"base", "--output", "Mine.base"});
  EXPECT_EQ(r.code, 2);
  EXPECT_THAT(r.err, HasSubstr("Mine.base exists and was not written by goals"));
  ASSERT_EQ(cli.fs.read_file("/v/Mine.base", &text, &err, 1 << 20), FileSystem::Status::Okay);
  EXPECT_EQ(text, "views: []\n");

  cli.fs.add_symlink("/v/Link.base", "/v/Goals.base");
  r = cli.run({"base", "--output", "Link.base"});
  EXPECT_EQ(r.code, 2);
  EXPECT_THAT(r.err, HasSubstr("symlink"));

  cli.fs.add_dir("/elsewhere");
  r = cli.run({"base", "--output", "/elsewhere/Goals.base"});
  EXPECT_EQ(r.code, 2);
  EXPECT_THAT(r.err, HasSubstr("outside the vault"));
  EXPECT_NE(cli.fs.kind("/elsewhere/Goals.base", false), EntryKind::File);
}

}  // namespace
}  // namespace goals
