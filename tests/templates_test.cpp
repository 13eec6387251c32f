#include "goals/write/templates.h"
#include "goals/io/memory_filesystem.h"

#include <gtest/gtest.h>

#include "goals/parse/note.h"
#include "goals/passes/plan.h"

namespace goals {
namespace {

using json = nlohmann::json;

Date day(const char* s) { return *Date::parse(s); }

std::string render(std::string_view name, const json& data) {
  std::string error;
  const std::optional<std::string> out = render_template(builtin_template(name), data, &error);
  EXPECT_TRUE(out.has_value()) << name << ": " << error;
  return out.value_or("");
}

Note parse(const std::string& text, const std::string& path) {
  Diagnostics diags;
  Note n = parse_note(text, path, Config{}, &diags);
  EXPECT_TRUE(diags.empty()) << path << ": " << diags.front().message;
  return n;
}

/// The questions of a review as unanswered-review reads them: leaf headings
/// but the H1 title, with whether each has an answer.
std::vector<std::pair<std::string, bool>> questions(const Note& n) {
  std::vector<std::pair<std::string, bool>> out;
  const auto& hs = n.body.headings;
  for (std::size_t h = 0; h < hs.size(); ++h) {
    if (h == 0 && hs[h].level == 1) continue;
    if (h + 1 < hs.size() && hs[h + 1].level > hs[h].level) continue;
    out.emplace_back(hs[h].text, hs[h].has_text);
  }
  return out;
}

// --- render_template -------------------------------------------------------

TEST(RenderTemplate, PlacesValuesWithoutHtmlEscaping) {
  std::string error;
  EXPECT_EQ(render_template("{{{a}}} {{& a}} {{n}}\n", {{"a", "<b> & \"c\""}, {"n", 3}}, &error),
            "<b> & \"c\" <b> & \"c\" 3\n");
}

TEST(RenderTemplate, SectionTagLinesLeaveNoLineBehindWhetherTrueOrFalse) {
  const std::string text =
      "a\n{{#t}}\nyes\n{{/t}}\n{{#f}}\nno\n{{/f}}\n  {{^f}}\nnot\n{{/f}}\n"
      "{{#xs}}\n- {{{.}}}\n{{/xs}}\n{{#none}}\n- x\n{{/none}}\n{{! note }}\nb";
  const json data = {{"t", true}, {"f", false}, {"xs", {"1", "2"}}, {"none", json::array()}};
  std::string error;
  EXPECT_EQ(render_template(text, data, &error), "a\nyes\nnot\n- 1\n- 2\nb");
}

TEST(RenderTemplate, ABrokenTemplateIsAnErrorNotAnOutput) {
  std::string error;
  EXPECT_EQ(render_template("# {{#goals}}\nunclosed\n", json::object(), &error), std::nullopt);
  EXPECT_EQ(error, "Unclosed section \"goals\" at 2");
  EXPECT_EQ(render_template("{{/x}}", json::object(), &error), std::nullopt);
  EXPECT_FALSE(error.empty());
}

// --- load_template ---------------------------------------------------------

TEST(LoadTemplate, TheVaultsOwnTemplateOverridesTheBuiltInOne) {
  MemoryFileSystem fs("/v");
  fs.add_dir("/v");
  EXPECT_EQ(load_template(fs, "/v", "sprint"), builtin_template("sprint"));
  fs.add_file("/v/.goals/templates/sprint.md", "# {{{title}}} (mine)\n");
  EXPECT_EQ(load_template(fs, "/v", "sprint"), "# {{{title}}} (mine)\n");
  EXPECT_EQ(load_template(fs, "/v", "goal"), builtin_template("goal"));
}

TEST(LoadTemplate, ASymlinkOrAFolderIsNotATemplate) {
  MemoryFileSystem fs("/v");
  fs.add_dir("/v");
  fs.add_file("/outside/sprint.md", "secret");
  fs.add_symlink("/v/.goals/templates/sprint.md", "/outside/sprint.md");
  fs.add_dir("/v/.goals/templates/goal.md");
  EXPECT_EQ(load_template(fs, "/v", "sprint"), builtin_template("sprint"));
  EXPECT_EQ(load_template(fs, "/v", "goal"), builtin_template("goal"));
}

TEST(LoadTemplate, ATemplatesFolderLinkedFromOutsideIsNotUsed) {
  MemoryFileSystem fs("/v");
  fs.add_dir("/v/.goals");
  fs.add_file("/elsewhere/sprint.md", "secret");
  fs.add_symlink("/v/.goals/templates", "/elsewhere");
  EXPECT_EQ(load_template(fs, "/v", "sprint"), builtin_template("sprint"));
}

TEST(BuiltinTemplates, EveryKindIsThere) {
  for (const char* name :
       {"sprint", "goal", "vision", "review-quarterly", "review-monthly", "review-weekly"})
    EXPECT_FALSE(builtin_template(name).empty()) << name;
  EXPECT_TRUE(builtin_template("nope").empty());
}

// --- sprint ----------------------------------------------------------------

SprintPlan sample_plan() {
  SprintPlan p;
  p.quarter = Quarter{2027, 1};
  p.start = day("2027-01-01");
  p.end = day("2027-03-31");
  p.blocks = {{1, 4, day("2027-01-28")}, {5, 8, day("2027-02-25")}, {9, 13, day("2027-03-31")}};
  p.goals = {{3, "Mentor 2 junior engineers", "Mentor 2 junior engineers",
              "Both mentees have a written growth plan", "[[Mentor 2 junior engineers]]"},
             {-1, "Identify one leadership opportunity", "", "", ""}};
  p.parents = {"Move into engineering management"};
  return p;
}

const char* kSprint = R"(---
type: sprint
quarter: "2027-Q1"
start: 2027-01-01
end: 2027-03-31
goals:
  - "[[Mentor 2 junior engineers]]"
parent: "[[Move into engineering management]]"
---
# Q1 2027 career sprint

## Goal 1: [[Mentor 2 junior engineers]]
- [ ] Week 1-4: … 📅 2027-01-28
- [ ] Week 5-8: … 📅 2027-02-25
- [ ] Week 9-13: … 📅 2027-03-31
- Success metric: Both mentees have a written growth plan

## Goal 2: Identify one leadership opportunity
- [ ] Week 1-4: … 📅 2027-01-28
- [ ] Week 5-8: … 📅 2027-02-25
- [ ] Week 9-13: … 📅 2027-03-31
- Success metric:
  %% How will you know it is done? A number or an outcome someone else can check. %%

## Goal 3: [intentionally left blank -- fewer goals, more focus]
)";

TEST(SprintTemplate, RendersTheSeedsLayout) {
  EXPECT_EQ(render("sprint", sprint_template_data(sample_plan())), kSprint);
}

TEST(SprintTemplate, ParsesBackToTheSameFacts) {
  const Note n = parse(render("sprint", sprint_template_data(sample_plan())), "Sprints/2027-Q1.md");
  EXPECT_EQ(n.type, NoteType::Sprint);
  EXPECT_EQ(n.quarter, "2027-Q1");
  EXPECT_EQ(n.start, day("2027-01-01"));
  EXPECT_EQ(n.end, day("2027-03-31"));
  ASSERT_EQ(n.goals.size(), 1u);
  EXPECT_EQ(n.goals[0].target, "Mentor 2 junior engineers");
  ASSERT_EQ(n.parents.size(), 1u);
  EXPECT_EQ(n.parents[0].target, "Move into engineering management");
  std::vector<std::string> items;
  for (const ListItem& item : n.body.items)
    items.push_back(n.body.headings[item.section].text + " | " + item.text + " | " +
                    (item.fields.due ? item.fields.due->str() : "-"));
  EXPECT_EQ(items, (std::vector<std::string>{
                       "Goal 1: Mentor 2 junior engineers | Week 1-4: … | 2027-01-28",
                       "Goal 1: Mentor 2 junior engineers | Week 5-8: … | 2027-02-25",
                       "Goal 1: Mentor 2 junior engineers | Week 9-13: … | 2027-03-31",
                       "Goal 1: Mentor 2 junior engineers | Success metric: Both mentees have a "
                       "written growth plan | -",
                       "Goal 2: Identify one leadership opportunity | Week 1-4: … | 2027-01-28",
                       "Goal 2: Identify one leadership opportunity | Week 5-8: … | 2027-02-25",
                       "Goal 2: Identify one leadership opportunity | Week 9-13: … | 2027-03-31",
                       "Goal 2: Identify one leadership opportunity | Success metric: | -",
                   }));
}

TEST(SprintTemplate, WritesTheVaultsTaskFormatAndGlobalFilter) {
  SprintPlan p = sample_plan();
  p.goals.resize(1);
  p.task_format = TaskFormat::Dataview;
  p.global_filter = "#task";
  const std::string text = render("sprint", sprint_template_data(p));
  const std::size_t body = text.find("## Goal 1");
  ASSERT_NE(body, std::string::npos);
  EXPECT_EQ(text.substr(body, text.find("- Success") - body),
            "## Goal 1: [[Mentor 2 junior engineers]]\n"
            "- [ ] #task Week 1-4: … [due:: 2027-01-28]\n"
            "- [ ] #task Week 5-8: … [due:: 2027-02-25]\n"
            "- [ ] #task Week 9-13: … [due:: 2027-03-31]\n");
  // Read back with the same settings: tasks, their due dates, the filter
  // out of their words.
  Config config;
  config.tasks.global_filter = "#task";
  Diagnostics diags;
  const Note n = parse_note(text, "Sprints/2027-Q1.md", config, &diags);
  EXPECT_TRUE(diags.empty());
  std::vector<std::string> items;
  for (const ListItem& item : n.body.items)
    items.push_back(std::string(1, item.task ? item.task : '0') + " | " + item.text + " | " +
                    (item.fields.due ? item.fields.due->str() : "-"));
  EXPECT_EQ(items, (std::vector<std::string>{
                       "  | Week 1-4: … | 2027-01-28",
                       "  | Week 5-8: … | 2027-02-25",
                       "  | Week 9-13: … | 2027-03-31",
                       "0 | Success metric: Both mentees have a written growth plan | -",
                   }));
}

TEST(SprintTemplate, SeveralParentsAreAListAndNoGoalsLeaveOneSectionToFill) {
  SprintPlan p = sample_plan();
  p.goals.clear();
  p.parents = {"A", "B"};
  EXPECT_EQ(render("sprint", sprint_template_data(p)), R"(---
type: sprint
quarter: "2027-Q1"
start: 2027-01-01
end: 2027-03-31
parent:
  - "[[A]]"
  - "[[B]]"
---
# Q1 2027 career sprint

## Goal 1: (name the goal, or link its note)
- [ ] Week 1-4: … 📅 2027-01-28
- [ ] Week 5-8: … 📅 2027-02-25
- [ ] Week 9-13: … 📅 2027-03-31
- Success metric:
  %% How will you know it is done? A number or an outcome someone else can check. %%
)");
}

// --- goal ------------------------------------------------------------------

TEST(GoalTemplate, RendersEveryPropertyQuoted) {
  GoalDraft g;
  g.title = "Run the Q2 planning: a trial";
  g.horizon = Horizon::Short;
  g.parents = {"Lead the team"};
  g.deadline = day("2027-06-30");
  g.metric = "yes";
  g.accountability = "[[Priya Natarajan]]";
  const std::string text = render("goal", goal_template_data(g, day("2027-01-02")));
  EXPECT_EQ(text, R"(---
type: goal
horizon: short
status: active
parent: "[[Lead the team]]"
deadline: 2027-06-30
metric: "yes"
accountability: "[[Priya Natarajan]]"
created: 2027-01-02
reviewed: 2027-01-02
---
# Run the Q2 planning: a trial

%% Make it SMART; the properties above answer most of it:
- Specific: does the title say exactly what you will do?
- Measurable: `metric` says how you will know it is done (`target` and `current` can track a number).
- Achievable: does it rest on your own actions rather than on someone else's decision?
- Relevant: `parent` links the longer-term goal or the vision it moves you toward.
- Time-bound: `deadline` says when it is due.
- Accountable: `accountability` names who you told and who checks in with you. %%

## Why it matters

## Next steps
)");
  const Note n = parse(text, "Goals/Run the Q2 planning a trial.md");
  EXPECT_EQ(n.type, NoteType::Goal);
  EXPECT_EQ(n.title, "Run the Q2 planning: a trial");
  EXPECT_EQ(n.horizon, Horizon::Short);
  EXPECT_EQ(n.status, GoalStatus::Active);
  ASSERT_EQ(n.parents.size(), 1u);
  EXPECT_EQ(n.parents[0].target, "Lead the team");
  EXPECT_EQ(n.deadline, day("2027-06-30"));
  EXPECT_EQ(n.metric, "yes");
  EXPECT_EQ(n.accountability, "[[Priya Natarajan]]");
  EXPECT_EQ(n.created, day("2027-01-02"));
  EXPECT_EQ(n.reviewed, day("2027-01-02"));
}

TEST(GoalTemplate, MissingAnswersAreEmptyPropertiesToFillIn) {
  GoalDraft g;
  g.title = "Learn Rust";
  const std::string text = render("goal", goal_template_data(g, day("2027-01-02")));
  EXPECT_EQ(text, R"(---
type: goal
horizon:
status: active
parent:
deadline:
metric:
accountability:
created: 2027-01-02
reviewed: 2027-01-02
---
# Learn Rust

%% Make it SMART; the properties above answer most of it:
- Specific: does the title say exactly what you will do?
- Measurable: `metric` says how you will know it is done (`target` and `current` can track a number).
- Achievable: does it rest on your own actions rather than on someone else's decision?
- Relevant: `parent` links the longer-term goal or the vision it moves you toward.
- Time-bound: `deadline` says when it is due.
- Accountable: `accountability` names who you told and who checks in with you. %%

## Why it matters

## Next steps
)");
  const Note n = parse(text, "Goals/Learn Rust.md");
  EXPECT_EQ(n.horizon, Horizon::None);
  EXPECT_TRUE(n.parents.empty());
  EXPECT_EQ(n.deadline, std::nullopt);
  EXPECT_EQ(n.metric, "");
}

// --- vision ----------------------------------------------------------------

TEST(VisionTemplate, Renders) {
  const std::string text =
      render("vision", vision_template_data("My north star", day("2027-01-02")));
  EXPECT_EQ(text, R"(---
type: vision
created: 2027-01-02
values: []
---
# My north star

%% Your north star: where do you want to be in a few years, and why? Tell it as a story: the work you do, the people around you, what you are known for. %%

## Values

%% Which values does this vision serve? List them in `values` above as well; every goal should serve at least one. %%
)");
  const Note n = parse(text, "Vision/My north star.md");
  EXPECT_EQ(n.type, NoteType::Vision);
  EXPECT_EQ(n.created, day("2027-01-02"));
  EXPECT_TRUE(n.values.empty());
}

// --- reviews ---------------------------------------------------------------

json quarterly_data() {
  return {{"title", "2026-Q4 Review"},
          {"date", "2026-12-30"},
          {"has_sprint", true},
          {"sprint", "\"[[2026-Q4]]\""},
          {"sprint_title", "2026-Q4"},
          {"start", "2026-10-01"},
          {"end", "2026-12-31"},
          {"has_goals", true},
          {"goals",
           {{{"link", "[[Mentor 2 junior engineers]]"},
             {"has_metric", true},
             {"metric", "6 logged sessions"},
             {"has_milestones", true},
             {"done", 2},
             {"total", 3}},
            {{"link", "Identify one opportunity"},
             {"has_metric", false},
             {"metric", ""},
             {"has_milestones", false},
             {"done", 0},
             {"total", 0}}}},
          {"has_done", true},
          {"milestones_done",
           {{{"goal", "[[Mentor 2 junior engineers]]"},
             {"text", "Week 1-4: Book a slot"},
             {"has_date", true},
             {"date", "2026-10-12"}}}},
          {"goals_done",
           {{{"link", "[[Pass the exam]]"}, {"has_date", true}, {"date", "2026-11-02"}}}}};
}

TEST(ReviewTemplates, Quarterly) {
  const std::string text = render("review-quarterly", quarterly_data());
  EXPECT_EQ(text, R"(---
type: review
cadence: quarterly
sprint: "[[2026-Q4]]"
date: 2026-12-30
---
# 2026-Q4 Review

> [!info] 2026-Q4: 2026-10-01 to 2026-12-31
> **Set out to do**
> - [[Mentor 2 junior engineers]]: 6 logged sessions (2 of 3 milestones done)
> - Identify one opportunity: no success metric
>
> **Done**
> - [[Mentor 2 junior engineers]]: Week 1-4: Book a slot ✅ 2026-10-12
> - Goal completed: [[Pass the exam]] ✅ 2026-11-02

## What was I trying to achieve this quarter?

## What did I really get done?

## What got in my way?

%% Be honest here: overcommitting, too many goals, losing interest or picking the wrong goal are all useful to know. %%

## What did I learn about how I work?

## Given this quarter's lessons, which goals come next?

%% Link the goal notes here: they are the candidates for the next sprint. %%
)");
  const Note n = parse(text, "Reviews/2026-Q4 Review.md");
  EXPECT_EQ(n.type, NoteType::Review);
  EXPECT_EQ(n.cadence, Cadence::Quarterly);
  ASSERT_TRUE(n.sprint);
  EXPECT_EQ(n.sprint->target, "2026-Q4");
  EXPECT_EQ(n.date, day("2026-12-30"));
  EXPECT_EQ(questions(n), (std::vector<std::pair<std::string, bool>>{
                              {"What was I trying to achieve this quarter?", false},
                              {"What did I really get done?", false},
                              {"What got in my way?", false},
                              {"What did I learn about how I work?", false},
                              {"Given this quarter's lessons, which goals come next?", false},
                          }));
}

TEST(ReviewTemplates, QuarterlyWithoutASprint) {
  json data = quarterly_data();
  data["has_sprint"] = false;
  EXPECT_EQ(render("review-quarterly", data), R"(---
type: review
cadence: quarterly
date: 2026-12-30
---
# 2026-Q4 Review

## What was I trying to achieve this quarter?

## What did I really get done?

## What got in my way?

%% Be honest here: overcommitting, too many goals, losing interest or picking the wrong goal are all useful to know. %%

## What did I learn about how I work?

## Given this quarter's lessons, which goals come next?

%% Link the goal notes here: they are the candidates for the next sprint. %%
)");
}

TEST(ReviewTemplates, Monthly) {
  const json data = {{"title", "2026-11"},
                     {"date", "2026-11-29"},
                     {"has_sprint", true},
                     {"sprint", "\"[[2026-Q4]]\""},
                     {"has_goals", true},
                     {"goals",
                      {{{"link", "[[Mentor 2 junior engineers]]"},
                        {"chain", {"[[Develop coaching]]", "[[My north star]]"}},
                        {"has_deadline", true},
                        {"deadline", "2026-12-31"}},
                       {{"link", "[[Move into engineering management]]"},
                        {"chain", json::array()},
                        {"has_deadline", false},
                        {"deadline", ""}}}}};
  const std::string text = render("review-monthly", data);
  EXPECT_EQ(text, R"(---
type: review
cadence: monthly
sprint: "[[2026-Q4]]"
date: 2026-11-29
---
# 2026-11

> [!info] Active goals and what they serve
> - [[Mentor 2 junior engineers]] → [[Develop coaching]] → [[My north star]] (due 2026-12-31)
> - [[Move into engineering management]]

## Do my goals still point where I want to go?

## What changed in my action plans?

## What lessons do I want to keep?
)");
  const Note n = parse(text, "Reviews/2026-11.md");
  EXPECT_EQ(n.cadence, Cadence::Monthly);
  EXPECT_EQ(questions(n), (std::vector<std::pair<std::string, bool>>{
                              {"Do my goals still point where I want to go?", false},
                              {"What changed in my action plans?", false},
                              {"What lessons do I want to keep?", false},
                          }));
}

TEST(ReviewTemplates, Weekly) {
  const json item = {{"goal", "[[Mentor 2 junior engineers]]"},
                     {"text", "Week 5-8: Three sessions each"},
                     {"has_date", true},
                     {"date", "2026-11-25"}};
  const json data = {{"title", "2026-W47"},
                     {"date", "2026-11-22"},
                     {"has_sprint", false},
                     {"sprint", ""},
                     {"week_start", "2026-11-16"},
                     {"week_end", "2026-11-22"},
                     {"has_due", true},
                     {"due", {item}},
                     {"has_overdue", false},
                     {"overdue", json::array()},
                     {"has_done", false},
                     {"done", json::array()}};
  const std::string text = render("review-weekly", data);
  EXPECT_EQ(text, R"(---
type: review
cadence: weekly
date: 2026-11-22
---
# 2026-W47

> [!info] Milestones, 2026-11-16 to 2026-11-22
> **Due this week**
> - [[Mentor 2 junior engineers]]: Week 5-8: Three sessions each 📅 2026-11-25
>
> **Overdue**
> - nothing
>
> **Done this week**
> - nothing yet

## How am I doing against my goals?

## Which tasks and priorities did I change?

## What small wins can I celebrate?
)");
  const Note n = parse(text, "Reviews/2026-W47.md");
  EXPECT_EQ(n.cadence, Cadence::Weekly);
  EXPECT_FALSE(n.sprint);
  EXPECT_EQ(questions(n), (std::vector<std::pair<std::string, bool>>{
                              {"How am I doing against my goals?", false},
                              {"Which tasks and priorities did I change?", false},
                              {"What small wins can I celebrate?", false},
                          }));
}

TEST(ReviewTemplates, AnsweredQuestionsAreReadAsAnswered) {
  std::string text = render("review-weekly", json{{"title", "W"}, {"date", "2026-11-22"}});
  for (const char* q : {"goals?\n", "change?\n", "celebrate?\n"}) {
    const std::size_t at = text.find(q);
    ASSERT_NE(at, std::string::npos) << q;
    text.insert(at + std::string(q).size(), "\nAn answer.\n");
  }
  const Note n = parse(text, "Reviews/W.md");
  for (const auto& [question, answered] : questions(n)) EXPECT_TRUE(answered) << question;
}

}  // namespace
}  // namespace goals
