// Placeholders are not plans: is_placeholder_text(), ListItem::placeholder,
// and every pass that counts milestones leaving them out.
#include <gtest/gtest.h>

#include <sstream>

#include "goals/passes/calendar.h"
#include "goals/passes/dashboard.h"
#include "goals/passes/status.h"
#include "goals/passes/timeline.h"
#include "loaded_vault.h"
#include "render/report.h"

namespace goals {
namespace {

Date day(const char* s) { return *Date::parse(s); }

// --- the predicate -------------------------------------------------------------

TEST(PlaceholderText, TheTemplatesMilestonesInBothTaskFormats) {
  EXPECT_TRUE(is_placeholder_text("Week 1-4: … 📅 2027-01-31"));
  EXPECT_TRUE(is_placeholder_text("Week 1-4: …"));  // ListItem::text: the date is out
  EXPECT_TRUE(is_placeholder_text("Week 9-13: … [due:: 2027-03-31]"));
  EXPECT_TRUE(is_placeholder_text("**Week 5–8**: ..."));
  EXPECT_TRUE(is_placeholder_text("Week 1-4: … 📅 …"));        // the date never written either
  EXPECT_TRUE(is_placeholder_text("Week 1-4: 📅️ …"));  // with U+FE0F
  EXPECT_TRUE(is_placeholder_text("Week 1-4: [due:: …]"));
  EXPECT_TRUE(is_placeholder_text("Week 3:"));
  EXPECT_TRUE(is_placeholder_text(""));
}

TEST(PlaceholderText, BracketedHintsAndCommentsAreTemplateText) {
  EXPECT_TRUE(is_placeholder_text("Week 1-4: [describe the milestone]"));
  EXPECT_TRUE(is_placeholder_text("<milestone> - <date>"));
  EXPECT_TRUE(is_placeholder_text("[what] / [by when] ⏫"));
  EXPECT_TRUE(is_placeholder_text("Week 1-4: %% fill in %%"));
  EXPECT_TRUE(is_placeholder_text("… <!-- later -->"));
  EXPECT_TRUE(is_placeholder_text("......"));
}

TEST(PlaceholderText, AnyWordOfItsOwnMakesItAPlan) {
  EXPECT_FALSE(is_placeholder_text("Draft plan... then review"));
  EXPECT_FALSE(is_placeholder_text("Week 1-4: Draft plan…"));
  EXPECT_FALSE(is_placeholder_text("Week 1-4: … then review"));
  EXPECT_FALSE(is_placeholder_text("Week 1-4: [[Course notes]]"));
  EXPECT_FALSE(is_placeholder_text("Week 1-4: [the talk](https://example.com/talk)"));
  EXPECT_FALSE(is_placeholder_text("Week 1-4: <https://example.com>"));
  EXPECT_FALSE(is_placeholder_text("Week 1-4: (ask Sam)"));
  EXPECT_FALSE(is_placeholder_text("Week 1-4: [due:: soon]"));
  EXPECT_FALSE(is_placeholder_text("Week 1-4: 42"));
  EXPECT_FALSE(is_placeholder_text(".."));
  EXPECT_FALSE(is_placeholder_text("Week 1-4: [unclosed"));
  EXPECT_FALSE(is_placeholder_text("Week 1-4: 🚀"));
  // The global filter is a word until the parser takes it out of the text.
  EXPECT_FALSE(is_placeholder_text("#goal Week 1-4: …"));
}

TEST(PlaceholderItem, OnlyTasksAndWeekItemsAreMarked) {
  const Loaded l = load_files({{"Note.md",
                                "- [ ] …\n"
                                "- Week 1-4: …\n"
                                "- …\n"
                                "- [ ] Write it\n"
                                "- [x]\n"}});
  const std::vector<ListItem>& items = l.vault->notes[0].body.items;
  ASSERT_EQ(items.size(), 5u);
  EXPECT_TRUE(items[0].placeholder);
  EXPECT_TRUE(items[1].placeholder);
  EXPECT_FALSE(items[2].placeholder);  // a plain item is no plan entry at all
  EXPECT_FALSE(items[3].placeholder);
  EXPECT_TRUE(items[4].placeholder);
}

// --- counting for nothing ------------------------------------------------------

// A sprint as `goals new sprint` writes it, with two milestones written (one
// ticked) and two left as the template's, one of them ticked by mistake.
Loaded half_filled() {
  return load_files({
      {"Goals/Ship.md",
       "---\ntype: goal\nhorizon: short\ndeadline: 2026-12-31\nmetric: Shipped\n---\n# Ship\n"
       "- [ ] [next step]\n"
       "- [x] Write the design ✅ 2026-10-05\n"},
      {"Sprints/2026-Q4.md",
       "---\ntype: sprint\nquarter: 2026-Q4\n---\n# Q4\n\n"
       "## Goal 1: [[Ship]]\n"
       "- [x] Week 1-4: Design agreed 📅 2026-10-28 ✅ 2026-10-20\n"
       "- [ ] Week 5-8: Beta with two teams 📅 2026-11-25\n"
       "- [x] Week 5-8: … 📅 2026-11-20 ✅ 2026-11-19\n"
       "- [ ] Week 9-13: … 📅 2026-11-18\n"
       "- Success metric: Shipped\n"},
  });
}

TEST(PlaceholderCounts, NotInTheGraphsProgress) {
  const Loaded l = half_filled();
  const GraphNode& sprint = l.graph.nodes[l.node("Sprints/2026-Q4.md")];
  ASSERT_EQ(sprint.goals.size(), 1u);
  EXPECT_EQ(sprint.goals[0].milestones.size(), 2u);
  EXPECT_EQ(sprint.goals[0].placeholders, 2);
  EXPECT_EQ(sprint.goals[0].progress(), (Progress{1, 2}));
  // The goal: its sprint milestones (1/2) and its own real task (1/1).
  EXPECT_EQ(l.graph.nodes[l.node("Goals/Ship.md")].progress, (Progress{2, 3}));
}

TEST(PlaceholderCounts, NotInTheReportsTablesOrGantt) {
  const Loaded l = half_filled();
  const Dashboard d = build_dashboard(*l.vault, l.graph, day("2026-11-22"));
  ASSERT_EQ(d.sprints.size(), 1u);
  EXPECT_EQ(d.sprints[0].progress, (Progress{1, 2}));
  EXPECT_EQ(d.sprints[0].percent, 50);
  EXPECT_EQ(d.sprints[0].overdue_milestones, 0);  // the placeholder due 11-18 is none
  ASSERT_EQ(d.sprints[0].goals.size(), 1u);
  EXPECT_EQ(d.sprints[0].goals[0].milestones.size(), 2u);
  EXPECT_EQ(d.milestones, (Progress{1, 2}));
  std::ostringstream md;
  render_report_markdown(md, d);
  EXPECT_NE(md.str().find("1/2 milestones done (50%)"), std::string::npos) << md.str();
  EXPECT_EQ(md.str().find("…"), std::string::npos) << md.str();
  EXPECT_NE(md.str().find("Beta with two teams"), std::string::npos) << md.str();
}

TEST(PlaceholderCounts, NotInTheCalendar) {
  const Loaded l = half_filled();
  std::vector<std::string> texts;
  for (const CalendarItem& c : calendar_items(*l.vault, l.graph))
    if (c.kind == CalendarItem::Kind::Milestone) texts.push_back(c.text);
  EXPECT_EQ(texts,
            (std::vector<std::string>{"Week 1-4: Design agreed", "Week 5-8: Beta with two teams"}));
}

TEST(PlaceholderCounts, NotAWinNotDueNotOverdue) {
  const Loaded l = half_filled();
  std::vector<std::string> wins;
  for (const Win& w : collect_wins(*l.vault, l.graph, std::nullopt)) wins.push_back(w.title);
  EXPECT_EQ(wins, (std::vector<std::string>{"Design agreed"}));
  const StatusReport r = status_report(*l.vault, l.graph, day("2026-11-19"), make_rules());
  std::vector<std::string> due, late;
  for (const MilestoneInfo& m : r.due_this_week) due.push_back(m.text);
  for (const MilestoneInfo& m : r.overdue) late.push_back(m.text);
  EXPECT_EQ(due, (std::vector<std::string>{}));   // Beta is due next week; the … 11-20 is none
  EXPECT_EQ(late, (std::vector<std::string>{}));  // the … due 11-18 is none
  ASSERT_TRUE(r.sprint.has_value());
  ASSERT_EQ(r.sprint->goals.size(), 1u);
  EXPECT_EQ(r.sprint->goals[0].progress, (Progress{1, 2}));
}

TEST(PlaceholderCounts, AHintMetricIsNoMetric) {
  const Loaded l = load_files({{"Sprints/2026-Q4.md",
                                "---\ntype: sprint\nquarter: 2026-Q4\n---\n"
                                "## Goal 1: Write the guide\n"
                                "- Week 1-4: Outline\n"
                                "- Success metric: [a number]\n"}});
  const GraphNode& sprint = l.graph.nodes[l.node("Sprints/2026-Q4.md")];
  ASSERT_EQ(sprint.goals.size(), 1u);
  EXPECT_EQ(sprint.goals[0].metric, "");
  EXPECT_NE(sprint.goals[0].metric_item, nullptr);
}

TEST(PlaceholderCounts, UnnamedGoalSectionsWithItemsAreKnownBlankOnesAreNot) {
  const Loaded l =
      load_files({{"Sprints/2026-Q4.md",
                   "---\ntype: sprint\nquarter: 2026-Q4\n---\n"
                   "## Goal 1: (name the goal, or link its note)\n"
                   "- [ ] Week 1-4: … 📅 2026-10-28\n\n"
                   "## Goal 2: [intentionally left blank -- fewer goals, more focus]\n\n"
                   "## Goal 3: [intentionally left blank -- fewer goals, more focus]\n"}});
  const GraphNode& sprint = l.graph.nodes[l.node("Sprints/2026-Q4.md")];
  EXPECT_TRUE(sprint.goals.empty());
  EXPECT_EQ(sprint.unnamed_goals, (std::vector<int>{0}));
}

}  // namespace
}  // namespace goals
