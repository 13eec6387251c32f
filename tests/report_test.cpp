// `goals report`: the dashboard pass, its Markdown and Mermaid escaping, and
// --output's rules (create, replace only its own note, refuse anything else).
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli_test_util.h"
#include "commands/report.h"
#include "goals/io/memory_filesystem.h"
#include "goals/parse/config.h"
#include "goals/passes/dashboard.h"
#include "goals/passes/lint.h"
#include "goals/write/scaffold.h"
#include "render/graph.h"
#include "render/mermaid.h"
#include "render/report.h"

namespace goals {
namespace {

using testing_util::Outcome;

// ---------------------------------------------------------------------------
// A small vault: a vision, a long goal with three children (one done, one
// past its deadline), a running sprint with a note goal and an inline goal,
// and an ended sprint.

const std::map<std::string, std::string> kSmallVault{
    {"Vision/North.md", "---\ntype: vision\n---\n# North\n"},
    {"Goals/Lead.md",
     "---\ntype: goal\nhorizon: long\nparent: \"[[North]]\"\ndeadline: 2029-12-31\n"
     "metric: A team of 5\n---\n# Lead\n"},
    {"Goals/Mentor.md",
     "---\ntype: goal\nhorizon: short\nparent: \"[[Lead]]\"\ndeadline: 2026-12-31\n"
     "metric: 6 sessions\n---\n# Mentor\n"},
    {"Goals/Old.md",
     "---\ntype: goal\nhorizon: short\nstatus: done\nparent: \"[[Lead]]\"\n---\n# Old\n"},
    {"Goals/Late.md",
     "---\ntype: goal\nhorizon: medium\nparent: \"[[Lead]]\"\ndeadline: 2026-10-01\n---\n"
     "# Late\n"},
    {"Sprints/2026-Q4.md",
     "---\ntype: sprint\nquarter: 2026-Q4\n---\n# Q4\n\n"
     "## Goal 1: [[Mentor]]\n"
     "- [x] Week 1-4: Agree goals 📅 2026-10-28 ✅ 2026-10-20\n"
     "- [ ] Week 5-8: Three sessions 📅 2026-11-20\n"
     "- [-] Week 9-10: Dropped idea\n"
     "- [ ] Week 11-13: Review plans\n"
     "- Success metric: Both have a plan\n\n"
     "## Goal 2: Inline goal\n"
     "- Week 1-2: Plain item\n"},
    {"Sprints/2026-Q3.md",
     "---\ntype: sprint\nquarter: 2026-Q3\n---\n# Q3\n\n"
     "## Goal 1: [[Old]]\n"
     "- [x] Week 1-13: Done it ✅ 2026-09-01\n"},
};

struct Loaded {
  MemoryFileSystem fs{"/v"};
  std::unique_ptr<Vault> vault;
  std::unique_ptr<GoalGraph> graph;

  explicit Loaded(const std::map<std::string, std::string>& files) {
    fs.add_dir("/v/.obsidian");
    for (const auto& [path, text] : files) fs.add_file("/v/" + path, text);
    reload();
  }
  void reload() {
    ConfigResult cfg = load_config(fs, "/v");
    vault = std::make_unique<Vault>(load_vault(fs, "/v", cfg.config));
    graph = std::make_unique<GoalGraph>(GoalGraph::build(*vault));
  }
  /// The dashboard as `goals report` builds it: with lint's findings.
  Dashboard dashboard(const std::string& today = "2026-11-22") const {
    static const std::vector<std::unique_ptr<Rule>> rules = make_rules();
    DashboardOptions o;
    o.rules = &rules;
    return build_dashboard(*vault, *graph, *Date::parse(today), o);
  }
  std::string markdown(const std::string& today = "2026-11-22") const {
    std::ostringstream os;
    render_report_markdown(os, dashboard(today));
    return os.str();
  }
};

std::string opt_date(const std::optional<Date>& d) { return d ? d->str() : "none"; }

TEST(ReportPercent, RoundsHalfUpAndIsAbsentWithoutMilestones) {
  EXPECT_EQ(percent_of({2, 3}), 67);
  EXPECT_EQ(percent_of({1, 3}), 33);
  EXPECT_EQ(percent_of({1, 8}), 13);  // 12.5
  EXPECT_EQ(percent_of({0, 4}), 0);
  EXPECT_EQ(percent_of({4, 4}), 100);
  EXPECT_EQ(percent_of({0, 0}), std::nullopt);
}

TEST(ReportDashboard, SprintsInTimeOrderWithTheirGoalsProgressAndMilestones) {
  Loaded l(kSmallVault);
  const Dashboard d = l.dashboard();
  EXPECT_EQ(d.today.str(), "2026-11-22");
  ASSERT_EQ(d.sprints.size(), 2u);
  EXPECT_EQ(d.current_sprint, 1);

  const DashboardSprint& q3 = d.sprints[0];
  EXPECT_EQ(q3.title, "Q3");
  EXPECT_EQ(q3.path, "Sprints/2026-Q3.md");
  EXPECT_EQ(q3.quarter->str(), "2026-Q3");
  EXPECT_EQ(opt_date(q3.start), "2026-07-01");
  EXPECT_EQ(opt_date(q3.end), "2026-09-30");
  EXPECT_TRUE(q3.ended);
  EXPECT_FALSE(q3.current);
  EXPECT_EQ(q3.progress, (Progress{1, 1}));
  EXPECT_EQ(q3.percent, 100);
  ASSERT_EQ(q3.goals.size(), 1u);
  EXPECT_TRUE(q3.goals[0].complete);
  EXPECT_EQ(q3.goals[0].status, GoalStatus::Done);
  EXPECT_EQ(opt_date(q3.goals[0].milestones[0].when), "2026-09-01");  // its ✅ date

  const DashboardSprint& q4 = d.sprints[1];
  EXPECT_EQ(q4.title, "Q4");
  EXPECT_TRUE(q4.current);
  EXPECT_FALSE(q4.ended);
  EXPECT_EQ(q4.progress, (Progress{1, 4}));  // the cancelled one counts in neither
  EXPECT_EQ(q4.percent, 25);
  EXPECT_EQ(q4.overdue_milestones, 2);
  ASSERT_EQ(q4.goals.size(), 2u);

  const DashboardSprintGoal& mentor = q4.goals[0];
  EXPECT_EQ(mentor.title, "Mentor");
  EXPECT_EQ(mentor.path, "Goals/Mentor.md");
  EXPECT_EQ(mentor.progress, (Progress{1, 3}));
  EXPECT_EQ(mentor.percent, 33);
  EXPECT_EQ(mentor.metric, "Both have a plan");  // the sprint's, before the note's
  EXPECT_EQ(opt_date(mentor.deadline), "2026-12-31");
  EXPECT_FALSE(mentor.overdue);
  EXPECT_FALSE(mentor.complete);
  EXPECT_EQ(mentor.overdue_milestones, 1);
  ASSERT_EQ(mentor.milestones.size(), 4u);
  const auto& ms = mentor.milestones;
  EXPECT_EQ(ms[0].info.text, "Week 1-4: Agree goals");
  EXPECT_TRUE(ms[0].info.is_done);
  EXPECT_FALSE(ms[0].overdue);
  EXPECT_EQ(opt_date(ms[0].when), "2026-10-20");
  EXPECT_TRUE(ms[1].overdue);  // due 2026-11-20, open
  EXPECT_EQ(opt_date(ms[1].when), "2026-11-20");
  EXPECT_TRUE(ms[2].info.cancelled);
  EXPECT_FALSE(ms[2].overdue);
  EXPECT_FALSE(ms[3].overdue);
  EXPECT_EQ(opt_date(ms[3].when), "2026-12-30");  // end of week 13

  const DashboardSprintGoal& inl = q4.goals[1];
  EXPECT_EQ(inl.title, "Inline goal");
  EXPECT_EQ(inl.path, "");
  EXPECT_EQ(inl.progress, (Progress{0, 1}));
  EXPECT_EQ(inl.percent, 0);
  EXPECT_EQ(inl.overdue_milestones, 1);  // a plain item without ✅ is not done
  EXPECT_EQ(opt_date(inl.deadline), "2026-12-31");

  EXPECT_EQ(d.milestones, (Progress{2, 5}));
  EXPECT_EQ(d.overdue_milestones, 2);
}

TEST(ReportDashboard, GoalTreeByHorizonWithParentsAndOverdueGoals) {
  Loaded l(kSmallVault);
  const Dashboard d = l.dashboard();
  std::vector<std::string> order;
  for (const DashboardGoal& g : d.goals) order.push_back(g.title);
  EXPECT_EQ(order,
            (std::vector<std::string>{"North", "Lead", "Late", "Mentor", "Old", "Inline goal"}));
  const auto by_title = [&](const std::string& t) -> const DashboardGoal& {
    for (const DashboardGoal& g : d.goals)
      if (g.title == t) return g;
    throw std::runtime_error(t);
  };
  EXPECT_EQ(by_title("North").kind, NodeKind::Vision);
  EXPECT_EQ(by_title("Lead").parents, std::vector<int>{by_title("North").node});
  EXPECT_EQ(by_title("Late").parents, std::vector<int>{by_title("Lead").node});
  EXPECT_TRUE(by_title("Late").overdue);
  EXPECT_FALSE(by_title("Old").overdue);
  EXPECT_EQ(by_title("Mentor").progress, (Progress{1, 3}));
  EXPECT_EQ(by_title("Mentor").percent, 33);
  EXPECT_EQ(by_title("Lead").percent, std::nullopt);
  EXPECT_EQ(by_title("Lead").metric, "A team of 5");
  EXPECT_EQ(by_title("Inline goal").path, "");
  EXPECT_TRUE(by_title("Inline goal").parents.empty());
}

TEST(ReportMarkdown, TablesSummaryAndChartsOfTheSmallVault) {
  Loaded l(kSmallVault);
  const std::string md = l.markdown();
  EXPECT_EQ(
      md.rfind("---\ngenerated-by: goals\ngenerated: 2026-11-22\n---\n# Goals dashboard\n", 0), 0u)
      << md;
  for (const char* line : {
           "Now: [[2026-Q4|Q4]], 2026-10-01 to 2026-12-31: 1/4 milestones done (25%), "
           "2 overdue.\n",
           "All sprints: 2/5 milestones done (40%), 2 overdue.\n",
           "    section Q4\n",
           "    Q4 :active, s1, 2026-10-01, 92d\n",
           "    Mentor :crit, active, s1g1, 2026-10-01, 92d\n",
           "    Agree goals :done, milestone, s1g1m1, 2026-10-20, 0d\n",
           "    Three sessions :crit, milestone, s1g1m2, 2026-11-20, 0d\n",
           "    Review plans :milestone, s1g1m4, 2026-12-30, 0d\n",
           "```\n\n1 other sprint is left out: `goals report --all` shows every sprint.\n",
           "[[2026-Q4]], 2026-Q4, 2026-10-01 to 2026-12-31 (running): "
           "1/4 milestones done (25%), 2 overdue.\n",
           "| [[Mentor]] | 1/3, 1 overdue | 33% | Both have a plan | 2026-12-31 |\n",
           "| Inline goal | 0/1, 1 overdue | 0% | — | 2026-12-31 |\n",
           "| [[Late]] | medium | active | — | — | — | 2026-10-01 (overdue) |\n",
           "| [[Old]] | short | done | 1/1 | 100% | — | — |\n",
           "## Next review\n\n- Missed: the quarterly review of 2026-Q3, due 2026-09-30: `goals "
           "review --cadence quarterly --period 2026-Q3`\n\nThe weekly review, due 2026-11-22: "
           "`goals review --cadence weekly` writes it.\n",
           "## Wins since the sprint started (2026-10-01)\n\n- 2026-10-20 — [[Mentor]]: Agree "
           "goals\n\n## Timeline\n",
           "```mermaid\nflowchart LR\n",
           "    n6{{\"North\"}}\n",
           "    n2(\"Mentor (1/3)\")\n",
           "    n6 --> n1\n",
           "    n1 --> n2\n",
           "    class n3 done\n",
           "    class n0 overdue\n",
       })
    EXPECT_NE(md.find(line), std::string::npos) << line << "\n--- in ---\n" << md;
  // The cancelled milestone is not on the timeline, nor the ended sprint; the
  // newest sprint's table comes first.
  EXPECT_EQ(md.find("Dropped idea"), std::string::npos);
  EXPECT_EQ(md.find("section Q3"), std::string::npos);
  EXPECT_LT(md.find("### Q4"), md.find("### Q3"));
}

TEST(ReportDashboard, TheTimelineHoldsTheCurrentSprintAndTheNextOnly) {
  std::map<std::string, std::string> files = kSmallVault;
  files["Sprints/2027-Q2.md"] = "---\ntype: sprint\nquarter: 2027-Q2\n---\n# Q2\n";
  files["Sprints/2027-Q1.md"] = "---\ntype: sprint\nquarter: 2027-Q1\n---\n# Q1\n";
  Loaded l(files);
  const auto titles = [](const Dashboard& d) {
    std::vector<std::string> out;
    for (int i : d.timeline) out.push_back(d.sprints[i].title);
    return out;
  };
  EXPECT_EQ(titles(l.dashboard("2026-11-22")), (std::vector<std::string>{"Q4", "Q1"}));
  // Between sprints (none runs on a day none covers): the next one alone.
  files.erase("Sprints/2026-Q4.md");
  Loaded gap(files);
  EXPECT_EQ(titles(gap.dashboard("2026-11-22")), (std::vector<std::string>{"Q1"}));
  // After the last one: nothing runs or comes; the note says where the past is.
  EXPECT_TRUE(gap.dashboard("2027-07-01").timeline.empty());
  EXPECT_NE(gap.markdown("2027-07-01")
                .find("No sprint runs now or comes next: `goals new sprint` "
                      "writes the next one; `goals report --all` shows the "
                      "past ones.\n"),
            std::string::npos);
}

TEST(ReportMarkdown, AllSprintsPutsThePastOnTheTimeline) {
  Loaded l(kSmallVault);
  DashboardOptions o;
  o.all_sprints = true;
  const Dashboard d = build_dashboard(*l.vault, *l.graph, *Date::parse("2026-11-22"), o);
  EXPECT_EQ(d.timeline, (std::vector<int>{0, 1}));
  std::ostringstream os;
  render_report_markdown(os, d);
  const std::string md = os.str();
  for (const char* line :
       {"    Q3 :done, s1, 2026-07-01, 92d\n", "    Old :done, s1g1, 2026-07-01, 92d\n",
        "    Q4 :active, s2, 2026-10-01, 92d\n",
        "    Mentor :crit, active, s2g1, 2026-10-01, 92d\n"})
    EXPECT_NE(md.find(line), std::string::npos) << line << "\n--- in ---\n" << md;
  EXPECT_EQ(md.find("left out"), std::string::npos) << md;
}

TEST(ReportMarkdown, AnEmptyVaultSaysWhatToDoInsteadOfEmptyCharts) {
  Loaded l({});
  const std::string md = l.markdown();
  EXPECT_EQ(md.find("```mermaid"), std::string::npos);
  EXPECT_NE(md.find("No sprints yet: `goals new sprint` writes one.\n"), std::string::npos);
  EXPECT_NE(md.find("No goals yet: `goals new goal` writes one.\n"), std::string::npos);
  EXPECT_NE(md.find("Now: no sprint runs on 2026-11-22.\n"), std::string::npos);
}

// ---------------------------------------------------------------------------
// Escaping

TEST(ReportEscaping, MermaidLabelsTurnSyntaxIntoEntityCodes) {
  EXPECT_EQ(mermaid_label("a \"b\" <c> #d & `e`"),
            "a #quot;b#quot; #lt;c#gt; #35;d #38; #96;e#96;");
  EXPECT_EQ(mermaid_label("x: y; 50% [z] {w} | 中文 🚀"), "x: y; 50% [z] {w} | 中文 🚀");
  EXPECT_EQ(mermaid_label("two\nlines\tand\x1b"), "two lines and\xEF\xBF\xBD");
  EXPECT_EQ(mermaid_label("bad \xff byte"), "bad \xEF\xBF\xBD byte");
}

TEST(ReportEscaping, GanttNamesNeverEndTheTaskOrStartAKeyword) {
  EXPECT_EQ(mermaid_gantt_text("Title: ship \"v2\" #1; 100% [[x]] <b> | a`b` & 中文 🚀"),
            "#84;itle#58; ship #quot;v2#quot; #35;1#59; 100#37; [[x]] #lt;b#gt; | a#96;b#96; "
            "#38; 中文 🚀");
  EXPECT_EQ(mermaid_gantt_text("section 2"), "#115;ection 2");
  EXPECT_EQ(mermaid_gantt_text("Click here"), "#67;lick here");
  EXPECT_EQ(mermaid_gantt_text("gantt chart"), "#103;antt chart");
  EXPECT_EQ(mermaid_gantt_text("2026-01-01 launch"), "#50;026-01-01 launch");
  EXPECT_EQ(mermaid_gantt_text("0% done"), "0#37; done");
  EXPECT_EQ(mermaid_gantt_text("Mentor 2 juniors"), "Mentor 2 juniors");
  EXPECT_EQ(mermaid_gantt_text("  padded  "), "padded");
  EXPECT_EQ(mermaid_gantt_text(" \n "), "Untitled");
}

TEST(ReportEscaping, MarkdownTextAddsNoLinkTagOrCell) {
  EXPECT_EQ(markdown_text("[[x]] #tag a|b `c` *d* _e_ <f> $g$ %%h%% ^i ==j== ~~k~~ & \\"),
            "\\[\\[x\\]\\] \\#tag a\\|b \\`c\\` \\*d\\* \\_e\\_ \\<f\\> \\$g\\$ \\%\\%h\\%\\% "
            "\\^i \\=\\=j\\=\\= \\~\\~k\\~\\~ \\& \\\\");
  EXPECT_EQ(markdown_text("Plain: words, (parens) and 中文 🚀"),
            "Plain: words, (parens) and 中文 🚀");
}

// A vault whose titles hold everything Markdown and Mermaid give meaning to.
const std::map<std::string, std::string> kHostileVault{
    {"Vision/V.md", "---\ntype: vision\ntitle: \"Vision #1: [[all]] of it; 100%\"\n---\n"},
    {"Goals/Hostile.md",
     "---\ntype: goal\nhorizon: short\nparent: \"[[V]]\"\ndeadline: 2026-12-31\n"
     "title: \"Title: ship \\\"v2\\\" #1; 100% [[x]] <b> | a`b` & 中文 🚀\"\n"
     "metric: \"#ops | 50% ; [[y]]\"\n---\n"},
    // No '#': Obsidian keeps %23 as written, so no link reaches such a file.
    {"Goals/A (b) 1 [x] ^z%.md",
     "---\ntype: goal\nhorizon: short\nparent: \"[[V]]\"\n---\n# 目標 🎯 \"quoted\" {braces}\n"},
    {"Sprints/S.md",
     "---\ntype: sprint\nquarter: 2026-Q4\n---\n# Q1: sprint #2; 50% \"best\"\n\n"
     "## Goal 1: [[Hostile]]\n"
     "- [ ] Week 1-2: Call: the #team; 0% [[z]] 📅 2026-10-05\n"
     "- [x] Week 3: section 2 <done> ✅ 2026-10-16\n"
     "- [ ] Week 4: 2026-10-28 review\n"
     "## Goal 2: 2026-12-01 launch: v3\n"
     "- [ ] Week 12: Ship it\n"},
};

TEST(ReportEscaping, HostileTitlesInTheChartsAndTables) {
  Loaded l(kHostileVault);
  const std::string md = l.markdown();
  for (const char* line : {
           "    section Q1#58; sprint #35;2#59; 50#37; #quot;best#quot;\n",
           "    #84;itle#58; ship #quot;v2#quot; #35;1#59; 100#37; [[x]] #lt;b#gt; | a#96;b#96; "
           "#38; 中文 🚀 :crit, active, s1g1, 2026-10-01, 92d\n",
           "    #67;all#58; the #35;team#59; 0#37; [[z]] :crit, milestone, s1g1m1, 2026-10-05, "
           "0d\n",
           "    #115;ection 2 #lt;done#gt; :done, milestone, s1g1m2, 2026-10-16, 0d\n",
           "    #50;026-10-28 review :crit, milestone, s1g1m3, 2026-10-28, 0d\n",
           "    #50;026-12-01 launch#58; v3 :active, s1g2, 2026-10-01, 92d\n",
           "    Ship it :milestone, s1g2m1, 2026-12-23, 0d\n",
           "(\"Title: ship #quot;v2#quot; #35;1; 100% [[x]] #lt;b#gt; | a#96;b#96; #38; 中文 🚀 "
           "(1/3)\")\n",
           "{{\"Vision #35;1: [[all]] of it; 100%\"}}\n",
           // An alias with `|` or brackets would end the wikilink: the link names the note.
           "| [[Hostile]] | 1/3, 2 overdue | 33% | \\#ops \\| 50\\% ; \\[\\[y\\]\\] | "
           "2026-12-31 |\n",
           // Obsidian cannot link a name holding `[`, `]` or `^`: the title stands alone.
           "| 目標 🎯 \"quoted\" {braces} | short | active |",
       })
    EXPECT_NE(md.find(line), std::string::npos) << line << "\n--- in ---\n" << md;
  // No task line's name holds a raw `:`, `;`, `#` or `%` (entity codes aside).
  std::istringstream in(md);
  std::string line;
  bool in_gantt = false;
  while (std::getline(in, line)) {
    if (line == "gantt") in_gantt = true;
    if (line == "```") in_gantt = false;
    if (!in_gantt || line.rfind("    ", 0) != 0 || line.find(" :") == std::string::npos) continue;
    std::string name = line.substr(4, line.rfind(" :") - 4);
    for (std::size_t at = name.find('#'); at != std::string::npos; at = name.find('#', at)) {
      const std::size_t semi = name.find(';', at);
      ASSERT_NE(semi, std::string::npos) << line;
      name.erase(at, semi - at + 1);
    }
    EXPECT_EQ(name.find_first_of(":;#%"), std::string::npos) << line;
  }
}

TEST(ReportEscaping, APathWithAHashIsNamedNotLinked) {
  // Obsidian decodes a Markdown link as decodeURI does: %23 stays %23, and a
  // '#' starts the heading, so no link can reach "Goals/Ship #2.md".
  Loaded l({{"Goals/Ship #2.md", "---\ntype: goal\nhorizon: short\n---\n# Ship v2\n"},
            {"Sprints/S.md",
             "---\ntype: sprint\nquarter: 2026-Q4\n---\n"
             "## Goal 1: [[Ship]]\n- [ ] Week 1: Plan 📅 2026-10-05\n"}});
  const std::string md = l.markdown();
  EXPECT_EQ(md.find("%23"), std::string::npos) << md;
  EXPECT_NE(md.find("| Ship v2 |"), std::string::npos) << md;
}

TEST(ReportLinks, MarkdownLinksWhenTheVaultUsesThemEscapedInTables) {
  std::map<std::string, std::string> files = kHostileVault;
  files[".obsidian/app.json"] = R"({"newLinkFormat": "absolute", "useMarkdownLinks": true})";
  Loaded l(files);
  const std::string md = l.markdown();
  EXPECT_NE(md.find("| [Title: ship \"v2\" \\#1; 100\\% \\[\\[x\\]\\] \\<b\\> \\| a\\`b\\` "
                    "\\& 中文 🚀](Goals/Hostile.md) | 1/3, 2 overdue |"),
            std::string::npos)
      << md;
  EXPECT_NE(md.find("[Sprints/S.md](Sprints/S.md), 2026-Q4,"), std::string::npos) << md;
}

TEST(ReportLinks, WikilinksFollowTheVaultsFormatWithAnAliasForTheTitle) {
  const std::map<std::string, std::string> files{
      {".obsidian/app.json", R"({"newLinkFormat": "relative"})"},
      {"Goals/Ship.md",
       "---\ntype: goal\nhorizon: short\ndeadline: 2026-12-31\n---\n# Ship version 2\n"},
      {"Sprints/S.md",
       "---\ntype: sprint\nquarter: 2026-Q4\n---\n# Q4\n\n"
       "## Goal 1: [[Ship]]\n- [x] Week 1: Plan 📅 2026-10-05 ✅ 2026-10-05\n"},
  };
  Loaded l(files);
  DashboardOptions o;
  o.note_path = "Home/Dashboard.md";
  const Dashboard d = build_dashboard(*l.vault, *l.graph, *Date::parse("2026-11-22"), o);
  std::ostringstream os;
  render_report_markdown(os, d);
  const std::string md = os.str();
  // In a table the alias's `|` is `\|`, as Obsidian writes it there; elsewhere `|`.
  EXPECT_NE(md.find("| [[../Goals/Ship\\|Ship version 2]] | 1/1 | 100% |"), std::string::npos)
      << md;
  EXPECT_NE(md.find("Now: [[../Sprints/S|Q4]], "), std::string::npos) << md;
  EXPECT_NE(md.find("- 2026-10-05 — [[../Goals/Ship|Ship version 2]]: Plan\n"), std::string::npos)
      << md;
}

TEST(ReportEscaping, TheGraphCommandSharesTheEscaping) {
  Loaded l(kHostileVault);
  std::ostringstream os;
  render_graph(os, *l.vault, *l.graph, GraphFormat::Mermaid);
  EXPECT_NE(os.str().find("(\"Title: ship #quot;v2#quot; #35;1; 100% [[x]] #lt;b#gt; | a#96;b#96; "
                          "#38; 中文 🚀 (short goal)\")\n"),
            std::string::npos)
      << os.str();
}

// ---------------------------------------------------------------------------
// The note in the vault: plain to goals, silent to lint, the same when rebuilt

std::vector<std::string> findings_for(const Loaded& l, const std::string& path) {
  const LintResult r = lint(*l.vault, *l.graph, *Date::parse("2026-11-22"), make_rules(), {});
  std::vector<std::string> out;
  for (const Diagnostic& d : r.diagnostics)
    if (d.path == path) out.push_back(d.rule + ": " + d.message);
  return out;
}

void expect_quiet_plain_note(const std::map<std::string, std::string>& files) {
  Loaded l(files);
  const std::string md = l.markdown();
  const std::size_t nodes = l.graph->nodes.size();
  l.fs.add_file("/v/Dashboards/Goals dashboard.md", md);
  l.reload();
  EXPECT_EQ(findings_for(l, "Dashboards/Goals dashboard.md"), std::vector<std::string>{});
  const int note = l.vault->find_note("Dashboards/Goals dashboard.md");
  ASSERT_GE(note, 0);
  EXPECT_EQ(l.vault->notes[note].type, NoteType::Plain);
  EXPECT_TRUE(l.vault->notes[note].tags.empty());
  EXPECT_EQ(l.graph->node_of_note[note], -1);
  EXPECT_EQ(l.graph->nodes.size(), nodes);
  for (const Link& link : l.vault->notes[note].body.links)
    EXPECT_EQ(link.state, Link::State::Resolved) << link.target;
  // Rebuilt with the dashboard in the vault: the same note.
  EXPECT_EQ(l.markdown(), md);
}

TEST(ReportNote, LintsCleanAndStaysAPlainNote) { expect_quiet_plain_note(kSmallVault); }

TEST(ReportNote, LintsCleanWithHostileTitles) { expect_quiet_plain_note(kHostileVault); }

TEST(ReportNote, TheExampleVaultWithItsDashboardLintsAsBefore) {
  const std::string root = std::string(GOALS_SOURCE_DIR) + "/examples/engineering-manager";
  RealFileSystem disk;
  ConfigResult cfg = load_config(disk, root);
  const Vault v = load_vault(disk, root, cfg.config);
  const GoalGraph g = GoalGraph::build(v);
  const Date today = *Date::parse("2026-11-22");
  std::ostringstream md;
  render_report_markdown(md, build_dashboard(v, g, today));
  const std::size_t before = lint(v, g, today, make_rules(), {}).diagnostics.size();

  OverlayFileSystem with(disk, root + "/Dashboard.md", md.str());
  const Vault v2 = load_vault(with, root, cfg.config);
  const GoalGraph g2 = GoalGraph::build(v2);
  ASSERT_GE(v2.find_note("Dashboard.md"), 0);
  const LintResult after = lint(v2, g2, today, make_rules(), {});
  for (const Diagnostic& d : after.diagnostics) EXPECT_NE(d.path, "Dashboard.md") << d.message;
  EXPECT_EQ(after.diagnostics.size(), before);
}

TEST(ReportNote, OnlyGoalsFrontMatterMarksAGeneratedNote) {
  EXPECT_TRUE(is_generated_note("---\ngenerated-by: goals\n---\n# x\n"));
  EXPECT_TRUE(
      is_generated_note("\xEF\xBB\xBF---\r\ntitle: x\r\ngenerated-by: \"goals\"\r\n---\r\n"));
  EXPECT_FALSE(is_generated_note("# generated-by: goals\n"));
  EXPECT_FALSE(is_generated_note("---\ngenerated-by: someone\n---\n"));
  EXPECT_FALSE(is_generated_note("---\ngenerated-by: [goals]\n---\n"));
  EXPECT_FALSE(is_generated_note("---\ntitle: x\n---\ngenerated-by: goals\n"));
  EXPECT_FALSE(is_generated_note("---\ngenerated-by: goals\n"));  // never closed
  EXPECT_FALSE(is_generated_note(""));
}

// ---------------------------------------------------------------------------
// `goals report` in-process: stdout, JSON and --output

struct ReportCli : testing_util::CliRunner {
  ReportCli() {
    fs.add_dir("/home/me/vault/.obsidian");
    for (const auto& [path, text] : kSmallVault) fs.add_file("/home/me/vault/" + path, text);
    env["GOALS_TODAY"] = "2026-11-22";
  }
  std::string read(const std::string& path) {
    std::string text, err;
    EXPECT_EQ(fs.read_file(path, &text, &err, 1 << 20), FileSystem::Status::Okay) << path;
    return text;
  }
};

TEST(ReportCliTest, PrintsTheNoteOnStdout) {
  ReportCli f;
  Outcome r = f.run({"report"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  Loaded l(kSmallVault);
  EXPECT_EQ(r.out, l.markdown());
}

TEST(ReportCliTest, JsonCarriesTheSameData) {
  ReportCli f;
  Outcome r = f.run({"report", "--format", "json"});
  ASSERT_EQ(r.code, 0) << r.err;
  const Json j = Json::parse(r.out);
  EXPECT_EQ(j["schema_version"], kSchemaVersion);
  EXPECT_EQ(j["today"], "2026-11-22");
  EXPECT_EQ(j["current_sprint"], "n5");
  EXPECT_EQ(j["milestones"].dump(), R"({"done":2,"total":5,"percent":40,"overdue":2})");
  ASSERT_EQ(j["sprints"].size(), 2u);
  const Json& q4 = j["sprints"][1];
  EXPECT_EQ(q4["path"], "Sprints/2026-Q4.md");
  EXPECT_EQ(q4["progress"].dump(), R"({"done":1,"total":4,"percent":25,"overdue":2})");
  EXPECT_EQ(q4["goals"][0]["milestones"][1].dump(),
            R"({"text":"Week 5-8: Three sessions","first_week":5,"last_week":8,)"
            R"("due":"2026-11-20","due_written":true,"done":null,"is_done":false,)"
            R"("cancelled":false,"overdue":true,"line":9})");
  EXPECT_EQ(q4["goals"][1]["id"], "n7");
  EXPECT_EQ(q4["goals"][1]["path"], nullptr);
  EXPECT_EQ(j["goals"][2].dump(),
            R"({"id":"n0","kind":"goal","title":"Late","path":"Goals/Late.md","horizon":"medium",)"
            R"("status":"active","progress":{"done":0,"total":0,"percent":null},"metric":"",)"
            R"("deadline":"2026-10-01","overdue":true,"parents":["n1"]})");
}

TEST(ReportCliTest, OutputCreatesTheNoteAndPrintsItsPath) {
  ReportCli f;
  const std::string note = f.run({"report"}).out;
  Outcome r = f.run({"report", "--output", "../Goals dashboard.md"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "../Goals dashboard.md\n");
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(f.read("/home/me/vault/Goals dashboard.md"), note);
}

TEST(ReportCliTest, OutputMakesMissingFoldersInsideTheVault) {
  ReportCli f;
  Outcome r = f.run({"report", "--output", "../Dashboards/Goals.md"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "../Dashboards/Goals.md\n");
  EXPECT_TRUE(is_generated_note(f.read("/home/me/vault/Dashboards/Goals.md")));
}

TEST(ReportCliTest, OutputReplacesTheNoteItWroteBefore) {
  ReportCli f;
  ASSERT_EQ(f.run({"report", "--output", "../Dashboard.md"}).code, 0);
  f.env["GOALS_TODAY"] = "2026-12-31";
  Outcome r = f.run({"report", "--output", "../Dashboard.md"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "../Dashboard.md\n");
  const std::string text = f.read("/home/me/vault/Dashboard.md");
  EXPECT_NE(text.find("generated: 2026-12-31\n"), std::string::npos);
  EXPECT_EQ(text, f.run({"report"}).out);
}

TEST(ReportCliTest, OutputRefusesAFileItDidNotWrite) {
  ReportCli f;
  for (const char* foreign : {"# My own dashboard\n", "---\ngenerated-by: dataview\n---\n# x\n"}) {
    f.fs.add_file("/home/me/vault/Dashboard.md", foreign);
    Outcome r = f.run({"report", "--output", "../Dashboard.md"});
    EXPECT_EQ(r.code, 2);
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(r.err,
              "goals: ../Dashboard.md exists and was not written by goals (it has no "
              "`generated-by: goals` property); nothing was written (goals replaces only a "
              "dashboard it wrote itself)\n");
    EXPECT_EQ(f.read("/home/me/vault/Dashboard.md"), foreign);
  }
}

TEST(ReportCliTest, OutputNeverWritesThroughASymlink) {
  ReportCli f;
  // Even one leading to a dashboard goals wrote: the link stays a link.
  ASSERT_EQ(f.run({"report", "--output", "../Real.md"}).code, 0);
  const std::string real = f.read("/home/me/vault/Real.md");
  f.fs.add_symlink("/home/me/vault/Dashboard.md", "Real.md");
  f.env["GOALS_TODAY"] = "2026-12-01";
  Outcome r = f.run({"report", "--output", "../Dashboard.md"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err,
            "goals: ../Dashboard.md is a symlink (goals never writes through one); nothing was "
            "written\n");
  EXPECT_EQ(f.fs.kind("/home/me/vault/Dashboard.md", false), EntryKind::Symlink);
  EXPECT_EQ(f.read("/home/me/vault/Real.md"), real);
  // A dangling one too.
  f.fs.add_symlink("/home/me/vault/Gone.md", "/nowhere/x.md");
  EXPECT_EQ(f.run({"report", "--output", "../Gone.md"}).code, 2);
  EXPECT_EQ(f.fs.kind("/nowhere/x.md", false), EntryKind::Other);
}

TEST(ReportCliTest, OutputRefusesAFolder) {
  ReportCli f;
  f.fs.add_dir("/home/me/vault/Dashboard.md");
  Outcome r = f.run({"report", "--output", "../Dashboard.md"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "goals: ../Dashboard.md is a folder; nothing was written\n");
  EXPECT_EQ(f.fs.kind("/home/me/vault/Dashboard.md", false), EntryKind::Directory);
  EXPECT_EQ(f.run({"report", "--output", ".."}).code, 2);
  EXPECT_EQ(f.run({"report", "--output", "../Sub/"}).code, 2);
}

TEST(ReportCliTest, OutputStaysInsideTheVaultThroughFolderSymlinks) {
  ReportCli f;
  f.fs.add_dir("/elsewhere");
  f.fs.add_symlink("/home/me/vault/Out", "/elsewhere");
  // -q: the loader's note about the symlink is not what this is about.
  Outcome r = f.run({"-q", "report", "--output", "../Out/Dashboard.md"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err,
            "goals: ../Out/Dashboard.md would be outside the vault: folder /home/me/vault/Out "
            "leads outside the vault (to /elsewhere); nothing was written\n");
  std::vector<DirEntry> entries;
  ASSERT_TRUE(f.fs.list_dir("/elsewhere", &entries, nullptr));
  EXPECT_TRUE(entries.empty());
}

TEST(ReportCliTest, OutputOutsideTheVaultNeedsAnExistingFolder) {
  ReportCli f;
  f.fs.add_dir("/tmp");
  Outcome r = f.run({"report", "--output", "/tmp/dashboard.md"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "/tmp/dashboard.md\n");
  r = f.run({"report", "--output", "/nowhere/dashboard.md"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "goals: cannot write /nowhere/dashboard.md: folder /nowhere does not exist\n");
}

TEST(ReportCliTest, JsonGoesToStdoutOnly) {
  ReportCli f;
  Outcome r = f.run({"report", "--format", "json", "--output", "../x.json"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err,
            "goals: --output writes the dashboard note; for JSON, redirect standard output\n");
  EXPECT_EQ(f.fs.kind("/home/me/vault/x.json", false), EntryKind::Other);
  EXPECT_EQ(f.run({"report", "--format", "csv"}).code, 2);
}

// ---------------------------------------------------------------------------
// The same rules on the real disk: replace_file and write_generated_note

class ReportDisk : public ::testing::Test {
 protected:
  void SetUp() override {
    const char* tmp = std::getenv("TMPDIR");
    std::string tmpl = std::string(tmp && *tmp ? tmp : "/tmp") + "/goals-report-XXXXXX";
    ASSERT_NE(::mkdtemp(tmpl.data()), nullptr);
    dir_ = std::filesystem::canonical(tmpl).string();
    std::filesystem::create_directory(dir_ + "/vault");
    std::filesystem::create_directory(dir_ + "/vault/.obsidian");
  }
  void TearDown() override {
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
  static std::string slurp(const std::string& p) {
    std::ifstream f(p, std::ios::binary);
    std::stringstream ss;
    ss << f.rdbuf();
    return ss.str();
  }
  std::vector<std::string> names(const std::string& rel) const {
    std::vector<std::string> out;
    for (const auto& e : std::filesystem::directory_iterator(dir_ + "/" + rel))
      out.push_back(e.path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
  }
  std::string dir_;
  RealFileSystem fs_;
};

constexpr std::string_view kNote = "---\ngenerated-by: goals\n---\n# One\n";
constexpr std::string_view kNote2 = "---\ngenerated-by: goals\n---\n# Two\n";

TEST_F(ReportDisk, ReplaceFileSwapsARegularFileAndKeepsItsMode) {
  const std::string p = dir_ + "/vault/D.md";
  std::ofstream(p) << "old";
  ASSERT_EQ(::chmod(p.c_str(), 0640), 0);
  std::string err;
  EXPECT_EQ(fs_.replace_file(p, "new", &err), FileSystem::WriteStatus::Okay) << err;
  EXPECT_EQ(slurp(p), "new");
  struct stat st;
  ASSERT_EQ(::lstat(p.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0640u);
  EXPECT_EQ(names("vault"), (std::vector<std::string>{".obsidian", "D.md"}));  // no temp left
}

TEST_F(ReportDisk, ReplaceFileRefusesSymlinksAndFolders) {
  const std::string target = dir_ + "/outside.md";
  std::ofstream(target) << "keep";
  const std::string link = dir_ + "/vault/L.md";
  ASSERT_EQ(::symlink(target.c_str(), link.c_str()), 0);
  std::string err;
  EXPECT_EQ(fs_.replace_file(link, "x", &err), FileSystem::WriteStatus::Exists);
  EXPECT_EQ(slurp(target), "keep");
  EXPECT_TRUE(std::filesystem::is_symlink(link));
  std::filesystem::create_directory(dir_ + "/vault/F.md");
  EXPECT_EQ(fs_.replace_file(dir_ + "/vault/F.md", "x", &err), FileSystem::WriteStatus::Exists);
  EXPECT_TRUE(std::filesystem::is_directory(dir_ + "/vault/F.md"));
  EXPECT_EQ(fs_.replace_file(dir_ + "/vault/missing/D.md", "x", &err),
            FileSystem::WriteStatus::NotFound);
  EXPECT_EQ(names("vault"), (std::vector<std::string>{".obsidian", "F.md", "L.md"}));
}

TEST_F(ReportDisk, WriteGeneratedNoteCreatesReplacesAndRefuses) {
  const std::string vault = dir_ + "/vault";
  GeneratedResult r = write_generated_note(fs_, vault, vault + "/Dash/D.md", kNote);
  EXPECT_EQ(r.status, GeneratedStatus::Created) << r.error;
  EXPECT_EQ(r.path, vault + "/Dash/D.md");
  EXPECT_EQ(slurp(vault + "/Dash/D.md"), kNote);
  r = write_generated_note(fs_, vault, vault + "/Dash/D.md", kNote2);
  EXPECT_EQ(r.status, GeneratedStatus::Replaced) << r.error;
  EXPECT_EQ(slurp(vault + "/Dash/D.md"), kNote2);

  std::ofstream(vault + "/Mine.md") << "# mine\n";
  EXPECT_EQ(write_generated_note(fs_, vault, vault + "/Mine.md", kNote).status,
            GeneratedStatus::Foreign);
  EXPECT_EQ(slurp(vault + "/Mine.md"), "# mine\n");

  // A symlink to a dashboard goals wrote is still a symlink: never followed.
  ASSERT_EQ(::symlink((vault + "/Dash/D.md").c_str(), (vault + "/Link.md").c_str()), 0);
  EXPECT_EQ(write_generated_note(fs_, vault, vault + "/Link.md", kNote).status,
            GeneratedStatus::NotAFile);
  EXPECT_EQ(slurp(vault + "/Dash/D.md"), kNote2);
  EXPECT_TRUE(std::filesystem::is_symlink(vault + "/Link.md"));

  std::filesystem::create_directory(vault + "/Folder.md");
  EXPECT_EQ(write_generated_note(fs_, vault, vault + "/Folder.md", kNote).status,
            GeneratedStatus::NotAFile);

  std::filesystem::create_directory(dir_ + "/out");
  ASSERT_EQ(::symlink((dir_ + "/out").c_str(), (vault + "/Out").c_str()), 0);
  EXPECT_EQ(write_generated_note(fs_, vault, vault + "/Out/D.md", kNote).status,
            GeneratedStatus::OutsideVault);
  EXPECT_TRUE(std::filesystem::is_empty(dir_ + "/out"));

  // Text without the marker is never written: the next run could not replace it.
  EXPECT_EQ(write_generated_note(fs_, vault, vault + "/New.md", "# x\n").status,
            GeneratedStatus::Error);
  EXPECT_FALSE(std::filesystem::exists(vault + "/New.md"));
}

// ---------------------------------------------------------------------------
// Needs attention: lint's findings as `goals lint` has them, by note.

TEST(ReportAttention, LintsFindingsByNoteWithTheConfigsSeveritiesAndSuppressions) {
  Loaded l({
      {".goals.yaml", "rules:\n  no-metric: error\n  orphan-goal: off\n  no-accountability: off\n"},
      {"Goals/A.md", "---\ntype: goal\nhorizon: short\ndeadline: 2027-01-31\n---\n# A\n"},
      {"Goals/B.md",
       "---\ntype: goal\nhorizon: short\ndeadline: 2027-01-31\nlint-ignore: [no-metric]\n---\n"
       "# B\n"},
      // A dashboard goals wrote: its own broken links are not the vault's problem.
      {"Home.md", "---\ngenerated-by: goals\n---\n[[Gone]]\n"},
      {"Dash.md", "[[Missing]]\n"},
  });
  static const std::vector<std::unique_ptr<Rule>> rules = make_rules();
  DashboardOptions o;
  o.rules = &rules;
  o.note_path = "Dash.md";
  const Dashboard d = build_dashboard(*l.vault, *l.graph, *Date::parse("2026-11-22"), o);
  ASSERT_EQ(d.attention.size(), 1u);
  EXPECT_EQ(d.attention[0].path, "Goals/A.md");
  ASSERT_EQ(d.attention[0].findings.size(), 1u);
  EXPECT_EQ(d.attention[0].findings[0].rule, "no-metric");
  EXPECT_EQ(d.attention[0].findings[0].severity, Severity::Error);
  std::ostringstream os;
  render_report_markdown(os, d);
  EXPECT_NE(os.str().find("## Needs attention\n\n1 finding in 1 note; `goals lint` says how to fix "
                          "each.\n\n- [[A]]\n  - `no-metric` (error, line 2): goal \"A\" has no "
                          "metric: nothing says how you will know it is done\n\n## Next review\n"),
            std::string::npos)
      << os.str();
}

TEST(ReportAttention, NothingInAFindingLinksOrTags) {
  Loaded l(std::map<std::string, std::string>{{"Notes/N.md", "See [[Elsewhere]] #\n"}});
  static const std::vector<std::unique_ptr<Rule>> rules = make_rules();
  DashboardOptions o;
  o.rules = &rules;
  const Dashboard d = build_dashboard(*l.vault, *l.graph, *Date::parse("2026-11-22"), o);
  std::ostringstream os;
  render_report_markdown(os, d);
  // Nothing in a finding links or tags: `[[` and `#` are escaped.
  EXPECT_NE(os.str().find("  - `unresolved-link` (info, line 1): link \\[\\[Elsewhere\\]\\] "
                          "matches no note or file in the vault\n"),
            std::string::npos)
      << os.str();
}

// ---------------------------------------------------------------------------
// --watch, on a scripted watcher

/// Plays `steps` in turn: each changes the vault (or not) and says what wait() returns.
class ScriptedWatcher : public Watcher {
 public:
  explicit ScriptedWatcher(std::vector<std::function<WatchEvent()>> steps)
      : steps_(std::move(steps)) {}
  WatchEvent wait() override {
    if (next_ >= steps_.size()) return WatchEvent{WatchEvent::Kind::Stopped, {}, {}};
    return steps_[next_++]();
  }

 private:
  std::vector<std::function<WatchEvent()>> steps_;
  std::size_t next_ = 0;
};

struct WatchRun : ReportCli {
  std::ostringstream out, err;
  Io io{fs,    out,   err,     [](const std::string&) { return std::optional<std::string>(); },
        false, false, nullptr, false,
        {},    {}};
  GlobalOptions g;
  std::optional<WatchSpec> spec;
  WatchRun() {
    g.vault = "/home/me/vault";
    g.today = "2026-11-22";
  }
  int run(std::vector<std::function<WatchEvent()>> steps,
          const std::string& output = "../Dash.md") {
    ReportOptions o;
    o.output = output;
    o.watch = true;
    Session s(io, g);
    return run_report(s, o, [&](const WatchSpec& w, std::string*) -> std::unique_ptr<Watcher> {
      spec = w;
      return std::make_unique<ScriptedWatcher>(steps);
    });
  }
};

WatchEvent changed(std::vector<std::string> paths) {
  return WatchEvent{WatchEvent::Kind::Changed, std::move(paths), {}};
}

TEST(ReportWatch, WritesTheNoteThenAgainAfterEachChangeUntilStopped) {
  WatchRun f;
  const int code = f.run({
      [&] {
        // The first note is there before the vault changes.
        EXPECT_NE(f.read("/home/me/vault/Dash.md").find("| 6 sessions |"), std::string::npos);
        f.fs.add_file("/home/me/vault/Goals/Mentor.md",
                      "---\ntype: goal\nhorizon: short\nparent: \"[[Lead]]\"\n"
                      "deadline: 2026-12-31\nmetric: 8 sessions\n---\n# Mentor\n");
        return changed({"Goals/Mentor.md"});
      },
      [&] { return changed({}); },
      [] {
        return WatchEvent{WatchEvent::Kind::Stopped, {}, {}};
      },
  });
  EXPECT_EQ(code, 0);
  EXPECT_EQ(f.out.str(), "");
  EXPECT_EQ(f.err.str(),
            "goals: wrote ../Dash.md; watching /home/me/vault for changes (Ctrl-C stops)\n"
            "goals: wrote ../Dash.md (Goals/Mentor.md changed)\n"
            // Nothing the note shows changed: it is not written again.
            "goals: kept ../Dash.md (the vault changed; the note is the same)\n");
  const std::string note = f.read("/home/me/vault/Dash.md");
  EXPECT_NE(note.find("| 8 sessions |"), std::string::npos) << note;
  EXPECT_EQ(note.find("| 6 sessions |"), std::string::npos) << note;
  // The watch covers the vault and leaves out the note it writes itself.
  ASSERT_TRUE(f.spec);
  EXPECT_EQ(f.spec->root, "/home/me/vault");
  EXPECT_TRUE(f.spec->ignore("Dash.md"));
  EXPECT_FALSE(f.spec->ignore("Goals/Mentor.md"));
}

TEST(ReportWatch, QuietSaysNothing) {
  WatchRun f;
  f.g.quiet = true;
  EXPECT_EQ(f.run({[] { return changed({"Goals/Old.md"}); }}), 0);
  EXPECT_EQ(f.err.str(), "");
}

TEST(ReportWatch, AWatchThatFailsEndsWithExit2) {
  WatchRun f;
  EXPECT_EQ(f.run({[] {
    return WatchEvent{WatchEvent::Kind::Failed, {}, "the vault folder is gone"};
  }}),
            2);
  EXPECT_NE(f.err.str().find("goals: --watch: the vault folder is gone\n"), std::string::npos)
      << f.err.str();
}

TEST(ReportWatch, ANoteItMayNotReplaceIsRefusedAtOnce) {
  WatchRun f;
  f.fs.add_file("/home/me/vault/Dash.md", "my own note\n");
  bool waited = false;
  EXPECT_EQ(f.run({[&] {
    waited = true;
    return changed({});
  }}),
            2);
  EXPECT_FALSE(waited);
  EXPECT_EQ(f.read("/home/me/vault/Dash.md"), "my own note\n");
}

TEST(ReportWatch, AWatcherThatCannotStartIsExit2) {
  WatchRun f;
  ReportOptions o;
  o.output = "../Dash.md";
  o.watch = true;
  Session s(f.io, f.g);
  EXPECT_EQ(run_report(s, o,
                       [](const WatchSpec&, std::string* error) -> std::unique_ptr<Watcher> {
                         *error = "cannot start inotify: Too many open files";
                         return nullptr;
                       }),
            2);
  EXPECT_EQ(f.err.str(), "goals: --watch: cannot start inotify: Too many open files\n");
}

TEST(ReportWatch, WatchWithoutOutputIsAUsageError) {
  ReportCli f;
  const Outcome r = f.run({"report", "--watch"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err,
            "goals: --watch keeps a dashboard note up to date: name it with --output FILE\n");
  EXPECT_EQ(r.out, "");
}

}  // namespace
}  // namespace goals
