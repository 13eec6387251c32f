/// The goal graph: vision -> long -> medium -> short goals, sprints and reviews.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "goals/model/vault.h"
#include "goals/parse/note.h"
#include "goals/support/date.h"

namespace goals {

enum class NodeKind { Vision, Goal, Sprint, Review };
std::string_view to_string(NodeKind k);

/// Milestones (or tasks) done out of the total; cancelled tasks count in neither.
struct Progress {
  int done = 0;
  int total = 0;
  Progress& operator+=(const Progress& o) {
    done += o.done;
    total += o.total;
    return *this;
  }
  bool operator==(const Progress&) const = default;
};

/// A `Week a-b: ...` item of a sprint goal (a task or a plain item).
struct Milestone {
  const ListItem* item = nullptr;  ///< points into the sprint note's body facts
  int note = -1;                   ///< the note it is written in
  int first_week = 0;              ///< a of `Week a-b`
  int last_week = 0;               ///< b (== a for `Week a`)
  /// A plain item without a checkbox is done only when it carries a done
  /// date (✅ or `[completion:: ]`). A cancelled one is never done.
  bool done() const {
    return !cancelled() && (item->done() || (item->task == 0 && item->fields.done.has_value()));
  }
  /// `- [-]`, or a ❌ / `[cancelled:: ]` date: counts as neither open nor done.
  bool cancelled() const { return item->cancelled(); }
};

/// One `Goal N:` of a sprint (or one `goals` property link), merged by target.
struct SprintGoal {
  std::string title;  ///< the linked note's title, or the inline heading text
  int node = -1;      ///< goal node (note goal or inline goal); -1 for a link to no goal note
  const Link* link = nullptr;  ///< the link naming it (property or heading), if any
  std::string metric;          ///< `Success metric:` item, else the goal note's metric
  const ListItem* metric_item = nullptr;
  std::vector<Milestone> milestones;  ///< placeholders (ListItem::placeholder) left out
  int placeholders = 0;               ///< `Week a-b:` items left as template text
  int number = 0;                     ///< N of `Goal N:`; 0 when only in front matter
  int line = 0;                       ///< heading (or property value) position
  int column = 0;
  Progress progress() const;
};

struct GraphNode {
  NodeKind kind = NodeKind::Goal;
  int note = -1;    ///< index into Vault::notes; -1 for an inline sprint goal
  int sprint = -1;  ///< inline goal: the sprint node it is written in
  std::string title;

  // Goals (note or inline).
  Horizon horizon = Horizon::None;
  GoalStatus status = GoalStatus::Active;
  std::optional<Date> deadline;  ///< inline goal: its sprint's end
  std::string metric;
  std::vector<int> parents;   ///< goal or vision nodes (resolved `parent` links)
  std::vector<int> children;  ///< goal nodes whose parent this is; sprints serving it
  std::vector<int> sprints;   ///< goal: sprints it is part of
  Progress progress;          ///< sprint milestones plus the goal note's own tasks

  // Sprints.
  std::optional<Quarter> quarter;
  std::optional<Date> start, end;  ///< effective: property, else the quarter's bounds
  std::vector<SprintGoal> goals;
  std::vector<int> reviews;  ///< review nodes linking this sprint
  /// `Goal N:` headings (indices into the note's headings) whose title is
  /// only a bracketed remark, as the template writes one to fill in, with
  /// list items right under them; a blank section left on purpose
  /// (`[intentionally left blank]` and no items) is not one.
  std::vector<int> unnamed_goals;

  // Reviews.
  int reviewed_sprint = -1;
  Cadence cadence = Cadence::Quarterly;
  std::optional<Date> date;
};

struct GoalGraph {
  std::vector<GraphNode> nodes;   ///< note nodes in note order, then inline goals
  std::vector<int> node_of_note;  ///< per note: node index or -1 (plain note)

  /// Builds the graph from a loaded vault; never fails on users' notes.
  static GoalGraph build(const Vault& vault);

  int node_of(const Vault& v, const Link& l) const {
    int n = v.note_of(l);
    return n < 0 ? -1 : node_of_note[n];
  }
  /// The parent chain upward (first parent at each step, cycles cut), excluding `node`.
  std::vector<int> parent_chain(int node) const;
  /// True when a goal reaches no long-term goal or vision through `parent`
  /// (a long-term goal: no vision when the vault has one).
  bool is_orphan(int node) const;
  bool has_vision() const { return has_vision_; }

 private:
  void find_roots();
  bool has_vision_ = false;  ///< set by build(): asked once per goal by the linter
  /// Per node, set by build(): a short/medium goal reaches a long-term goal
  /// or the vision through `parent`; a long-term goal reaches the vision.
  std::vector<bool> rooted_;
};

}  // namespace goals
