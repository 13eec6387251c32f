#include "goals/model/graph.h"
#include "goals/io/memory_filesystem.h"

#include <gtest/gtest.h>

#include "goals/passes/query.h"

namespace goals {
namespace {

/// A vault in memory, loaded and graphed.
struct Fixture {
  MemoryFileSystem fs{"/v"};
  std::unique_ptr<Vault> vault;
  GoalGraph graph;

  void add(const std::string& rel, const std::string& text) { fs.add_file("/v/" + rel, text); }
  void load() {
    fs.add_dir("/v");
    LoadOptions options;
    options.threads = 1;
    vault = std::make_unique<Vault>(load_vault(fs, "/v", Config{}, options));
    graph = GoalGraph::build(*vault);
  }
  const GraphNode& node(const std::string& path) {
    const int n = vault->find_note(path);
    EXPECT_GE(n, 0) << path;
    return graph.nodes[graph.node_of_note[n]];
  }
  int node_index(const std::string& path) { return graph.node_of_note[vault->find_note(path)]; }
};

const char* kSeedSprint =
    "---\n"
    "type: sprint\n"
    "quarter: 2025-Q2\n"
    "parent: \"[[Data engineering]]\"\n"
    "---\n"
    "# Q2 2025 CAREER SPRINT\n"
    "\n"
    "## Goal 1: [[Complete AWS Solutions Architect certification]]\n"
    "- [x] Week 1-4: Finish Sections 1-5 of study course 📅 2025-04-28 ✅ 2025-04-27\n"
    "- [ ] Week 5-8: Finish Sections 6-10, take 2 practice exams 📅 2025-05-26\n"
    "- [ ] Week 9-12: Take the exam by June 15 📅 2025-06-15\n"
    "- Success metric: Pass the certification exam\n"
    "\n"
    "## Goal 2: Build professional network in data engineering\n"
    "- Attend 1 meetup or virtual event per month (3 total)\n"
    "- Connect with 5 new people on LinkedIn per month\n"
    "- Success metric: 15 new relevant connections, 2 conversations\n"
    "\n"
    "## Goal 3: [intentionally left blank -- 2 goals is plenty]\n";

TEST(Graph, SeedSprintLayout) {
  Fixture f;
  f.add("Sprints/2025-Q2.md", kSeedSprint);
  f.add("Goals/Complete AWS Solutions Architect certification.md",
        "---\ntype: goal\nhorizon: short\nparent: \"[[Data engineering]]\"\n---\n"
        "- [x] Book the exam ✅ 2025-04-01\n- [-] Cancelled idea\n");
  f.add("Goals/Data engineering.md", "---\ntype: goal\nhorizon: long\n---\n");
  f.load();
  const GraphNode& s = f.node("Sprints/2025-Q2.md");
  ASSERT_EQ(s.kind, NodeKind::Sprint);
  EXPECT_EQ(s.start, Date::parse("2025-04-01"));  // the quarter's bounds
  EXPECT_EQ(s.end, Date::parse("2025-06-30"));
  ASSERT_EQ(s.goals.size(), 2u);  // Goal 3 is a placeholder, not a goal

  const SprintGoal& g1 = s.goals[0];
  EXPECT_EQ(g1.number, 1);
  EXPECT_EQ(g1.title, "Complete AWS Solutions Architect certification");
  EXPECT_EQ(g1.metric, "Pass the certification exam");
  ASSERT_EQ(g1.milestones.size(), 3u);
  EXPECT_EQ(g1.milestones[0].first_week, 1);
  EXPECT_EQ(g1.milestones[0].last_week, 4);
  EXPECT_EQ(g1.milestones[2].first_week, 9);
  EXPECT_EQ(g1.milestones[2].last_week, 12);
  EXPECT_EQ(g1.progress(), (Progress{1, 3}));
  EXPECT_EQ(g1.line, 8);
  EXPECT_EQ(g1.node, f.node_index("Goals/Complete AWS Solutions Architect certification.md"));

  const SprintGoal& g2 = s.goals[1];
  EXPECT_EQ(g2.title, "Build professional network in data engineering");
  EXPECT_TRUE(g2.milestones.empty());  // no `Week a-b:` items
  EXPECT_EQ(g2.metric, "15 new relevant connections, 2 conversations");
  ASSERT_GE(g2.node, 0);
  const GraphNode& inl = f.graph.nodes[g2.node];
  EXPECT_EQ(inl.note, -1);
  EXPECT_EQ(inl.sprint, f.node_index("Sprints/2025-Q2.md"));
  EXPECT_EQ(inl.deadline, Date::parse("2025-06-30"));  // an inline goal is due with its sprint
  // Inline goals inherit the sprint's parent.
  ASSERT_EQ(inl.parents.size(), 1u);
  EXPECT_EQ(inl.parents[0], f.node_index("Goals/Data engineering.md"));

  // Goal note progress: sprint milestones plus its own tasks; cancelled tasks don't count.
  const GraphNode& aws = f.node("Goals/Complete AWS Solutions Architect certification.md");
  EXPECT_EQ(aws.progress, (Progress{2, 4}));
  EXPECT_EQ(aws.metric, "Pass the certification exam");  // from the sprint
  ASSERT_EQ(aws.sprints.size(), 1u);
}

TEST(Graph, FrontMatterAndBodyGoalsMergeByTarget) {
  Fixture f;
  f.add("S.md",
        "---\ntype: sprint\nquarter: 2025-Q3\ngoals:\n  - \"[[A]]\"\n  - \"[[B]]\"\n---\n"
        "## Goal 1: [[a]]\n- [ ] Week 1-4: x\n");
  f.add("A.md", "---\ntype: goal\nmetric: m\n---\n");
  f.add("B.md", "---\ntype: goal\n---\n");
  f.load();
  const GraphNode& s = f.node("S.md");
  ASSERT_EQ(s.goals.size(), 2u);
  EXPECT_EQ(s.goals[0].node, f.node_index("A.md"));
  EXPECT_EQ(s.goals[0].number, 1);
  EXPECT_EQ(s.goals[0].milestones.size(), 1u);
  EXPECT_EQ(s.goals[0].metric, "m");  // from the goal note when the sprint names none
  EXPECT_EQ(s.goals[1].node, f.node_index("B.md"));
  EXPECT_EQ(s.goals[1].number, 0);
}

TEST(Graph, AGoalHeadingThatIsOneMarkdownLinkNamesItsNote) {
  Fixture f;
  f.add("Sprints/S.md",
        "---\ntype: sprint\nquarter: 2025-Q3\ngoals:\n  - \"[[../Goals/Lead a team]]\"\n---\n"
        "## Goal 1: [Lead a team](../Goals/Lead%20a%20team.md)\n- [ ] Week 1-4: x\n"
        "## Goal 2: [Lead a team](../Goals/Lead%20a%20team.md) and more (later)\n"
        "## Goal 3: [B](../Goals/B.md) [C](../Goals/C.md)\n");
  f.add("Goals/Lead a team.md", "---\ntype: goal\n---\n");
  f.add("Goals/B.md", "---\ntype: goal\n---\n");
  f.add("Goals/C.md", "---\ntype: goal\n---\n");
  f.load();
  const GraphNode& s = f.node("Sprints/S.md");
  ASSERT_EQ(s.goals.size(), 3u);
  // Merged with the front matter's goal, as a heading `[[...]]` is.
  EXPECT_EQ(s.goals[0].node, f.node_index("Goals/Lead a team.md"));
  EXPECT_EQ(s.goals[0].number, 1);
  EXPECT_EQ(s.goals[0].milestones.size(), 1u);
  // More than the one link: a goal written in words.
  EXPECT_EQ(f.graph.nodes[s.goals[1].node].note, -1);
  EXPECT_EQ(s.goals[1].number, 2);
  EXPECT_EQ(f.graph.nodes[s.goals[2].node].note, -1);
  EXPECT_EQ(s.goals[2].number, 3);
}

TEST(Graph, EdgesParentsChildrenReviews) {
  Fixture f;
  f.add("V.md", "---\ntype: vision\n---\n");
  f.add("L.md", "---\ntype: goal\nhorizon: long\nparent: \"[[V]]\"\n---\n");
  f.add("M.md", "---\ntype: goal\nhorizon: medium\nparent: \"[[L]]\"\n---\n");
  f.add("S.md", "---\ntype: goal\nhorizon: short\nparent: \"[[M]]\"\n---\n");
  f.add("O.md", "---\ntype: goal\nhorizon: short\n---\n");
  f.add("L2.md", "---\ntype: goal\nhorizon: long\n---\n");
  f.add("Q.md", "---\ntype: sprint\nquarter: 2025-Q1\ngoals: \"[[S]]\"\n---\n");
  f.add("R.md", "---\ntype: review\nsprint: \"[[Q]]\"\ncadence: weekly\n---\n");
  f.load();
  EXPECT_EQ(f.graph.parent_chain(f.node_index("S.md")),
            (std::vector<int>{f.node_index("M.md"), f.node_index("L.md"), f.node_index("V.md")}));
  EXPECT_EQ(f.node("L.md").children, (std::vector<int>{f.node_index("M.md")}));
  EXPECT_FALSE(f.graph.is_orphan(f.node_index("S.md")));
  EXPECT_TRUE(f.graph.is_orphan(f.node_index("O.md")));
  EXPECT_TRUE(f.graph.is_orphan(f.node_index("L2.md")));  // the vault has a vision
  EXPECT_FALSE(f.graph.is_orphan(f.node_index("L.md")));
  EXPECT_EQ(f.node("R.md").reviewed_sprint, f.node_index("Q.md"));
  EXPECT_EQ(f.node("Q.md").reviews, (std::vector<int>{f.node_index("R.md")}));
  EXPECT_EQ(f.node("S.md").sprints, (std::vector<int>{f.node_index("Q.md")}));
}

TEST(Graph, ParentCycleDoesNotHang) {
  Fixture f;
  f.add("A.md", "---\ntype: goal\nparent: \"[[B]]\"\n---\n");
  f.add("B.md", "---\ntype: goal\nparent: \"[[A]]\"\n---\n");
  f.load();
  EXPECT_EQ(f.graph.parent_chain(f.node_index("A.md")), (std::vector<int>{f.node_index("B.md")}));
  EXPECT_TRUE(f.graph.is_orphan(f.node_index("A.md")));
}

TEST(Graph, LongGoalWithoutVisionIsARoot) {
  Fixture f;
  f.add("L.md", "---\ntype: goal\nhorizon: long\n---\n");
  f.add("S.md", "---\ntype: goal\nhorizon: short\nparent: \"[[L]]\"\n---\n");
  f.load();
  EXPECT_FALSE(f.graph.is_orphan(f.node_index("L.md")));
  EXPECT_FALSE(f.graph.is_orphan(f.node_index("S.md")));
}

TEST(Graph, WeekPrefix) {
  int a = 0, b = 0;
  EXPECT_EQ(parse_week_prefix("Week 1-4: x", &a, &b), 9u);
  EXPECT_EQ(a, 1);
  EXPECT_EQ(b, 4);
  EXPECT_GT(parse_week_prefix("weeks 5 – 8: x", &a, &b), 0u);
  EXPECT_EQ(b, 8);
  EXPECT_GT(parse_week_prefix("**Week 9-13**: x", &a, &b), 0u);
  EXPECT_EQ(b, 13);
  EXPECT_GT(parse_week_prefix("Week 3: x", &a, &b), 0u);
  EXPECT_EQ(a, 3);
  EXPECT_EQ(b, 3);
  EXPECT_EQ(parse_week_prefix("Week 4-1: backwards", &a, &b), 0u);
  EXPECT_EQ(parse_week_prefix("Weekly sync: x", &a, &b), 0u);
  EXPECT_EQ(parse_week_prefix("Week 1-4 without colon", &a, &b), 0u);
}

TEST(Query, FiltersAndSorts) {
  Fixture f;
  f.add("V.md", "---\ntype: vision\n---\n");
  f.add("A.md",
        "---\ntype: goal\nhorizon: short\ndeadline: 2025-03-01\ntags: [career/x]\n"
        "parent: \"[[V]]\"\n---\n");
  f.add("B.md", "---\ntype: goal\nhorizon: long\nstatus: done\ndeadline: 2025-01-01\n---\n");
  f.add("C.md", "---\ntype: goal\nhorizon: short\n---\nSee [[A]].\n");
  f.add("daily.md", "[[A]] #career\n");
  f.load();
  auto paths = [&](const ListFilter& filter) {
    std::vector<std::string> out;
    for (int n : select_notes(*f.vault, f.graph, filter)) out.push_back(f.vault->notes[n].path);
    return out;
  };
  ListFilter all;
  EXPECT_EQ(paths(all), (std::vector<std::string>{"A.md", "B.md", "C.md", "V.md"}));
  all.all_types = true;
  EXPECT_EQ(paths(all).size(), 5u);
  ListFilter goals;
  goals.types = {NoteType::Goal};
  goals.sort = ListFilter::Sort::Deadline;
  EXPECT_EQ(paths(goals), (std::vector<std::string>{"B.md", "A.md", "C.md"}));
  ListFilter tag;
  tag.tags = {"career"};
  tag.all_types = true;
  EXPECT_EQ(paths(tag), (std::vector<std::string>{"A.md", "daily.md"}));
  ListFilter due;
  due.due_before = Date::parse("2025-03-01");
  EXPECT_EQ(paths(due), (std::vector<std::string>{"B.md"}));
  due.due_before.reset();
  due.due_after = Date::parse("2025-01-01");
  EXPECT_EQ(paths(due), (std::vector<std::string>{"A.md"}));
  ListFilter linked;
  linked.linked_to = f.vault->find_note("A");
  linked.all_types = true;
  EXPECT_EQ(paths(linked), (std::vector<std::string>{"C.md", "daily.md"}));
  ListFilter orphan;
  orphan.orphan = true;
  EXPECT_EQ(paths(orphan), (std::vector<std::string>{"B.md", "C.md"}));
  ListFilter status;
  status.statuses = {GoalStatus::Done};
  EXPECT_EQ(paths(status), (std::vector<std::string>{"B.md"}));
}

}  // namespace
}  // namespace goals
