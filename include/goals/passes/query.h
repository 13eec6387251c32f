/// Passes over the loaded vault that answer `list` and `show`: data only, no text.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <vector>

#include "goals/model/graph.h"
#include "goals/model/vault.h"
#include "goals/support/names.h"

namespace goals {

/// `goals list` filters; an empty list means "any".
struct ListFilter {
  std::vector<NoteType> types;  ///< empty: the goal-graph kinds (vision, goal, sprint, review)
  bool all_types = false;       ///< `--type all`: plain notes too
  std::vector<GoalStatus> statuses;
  std::vector<Horizon> horizons;
  std::vector<std::string> tags;              ///< `a` also matches nested `a/b`; case-insensitive
  std::optional<Date> due_before, due_after;  ///< strict bounds on due_date()
  int linked_to = -1;                         ///< only notes linking to this note
  bool orphan = false;                        ///< only goals reaching no long-term goal or vision
  enum class Sort { Path, Title, Deadline };
  Sort sort = Sort::Path;
};
inline constexpr Named<ListFilter::Sort> kListSortNames[] = {
    {"path", ListFilter::Sort::Path},
    {"title", ListFilter::Sort::Title},
    {"deadline", ListFilter::Sort::Deadline}};
constexpr std::span<const Named<ListFilter::Sort>> names_of(ListFilter::Sort) {
  return kListSortNames;
}

/// Note indices passing `f`, in its order (ties by path).
std::vector<int> select_notes(const Vault& v, const GoalGraph& g, const ListFilter& f);

/// A goal's deadline, a sprint's end, a review's date; else none.
std::optional<Date> due_date(const GoalGraph& g, int note);

/// A goal's progress; a sprint's: all its goals' milestones. Zero otherwise.
Progress note_progress(const GoalGraph& g, int note);

/// What `goals show` tells about one note (indices into the vault and graph).
struct NoteDetails {
  int note = -1;
  int node = -1;                  ///< -1 for a plain note
  std::vector<int> parent_chain;  ///< nodes, nearest first, up to the vision
  std::vector<int> children;      ///< nodes
  std::vector<int> sprints;       ///< sprint nodes the goal is part of
  /// Milestones concerning the note: a goal's, in every sprint; a sprint's own.
  std::vector<std::pair<int, const Milestone*>> milestones;  ///< (sprint node, milestone)
  std::vector<const ListItem*> tasks;                        ///< the note's own tasks
  std::vector<int> backlinks;                                ///< notes
};

NoteDetails note_details(const Vault& v, const GoalGraph& g, int note);

}  // namespace goals
