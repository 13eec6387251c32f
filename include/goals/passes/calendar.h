/// What a calendar shows of the plan: each goal note's deadline and each
/// dated sprint milestone as one all-day item with a stable identity. A pass
/// for `goals export ics`: data only; src/render/ics.cpp writes iCalendar.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "goals/model/graph.h"
#include "goals/model/vault.h"
#include "goals/support/date.h"

namespace goals {

/// One all-day calendar entry.
struct CalendarItem {
  enum class Kind { Deadline, Milestone };
  Kind kind = Kind::Deadline;
  /// Stable across exports (see calendar_uid()): `deadline-<16 hex>@goals`
  /// or `milestone-<16 hex>@goals`.
  std::string uid;
  Date date;          ///< the day it falls on: the deadline, or the milestone's due date
  std::string goal;   ///< the goal's title, on one line
  std::string text;   ///< milestone: milestone_text() (`Week a-b: ...`); "" for a deadline
  bool done = false;  ///< the goal has `status: done`; the milestone is ticked
  std::optional<Date> done_on;  ///< the goal's `completed`, the milestone's ✅ date
  std::string metric;           ///< the goal's success metric, on one line ("" if none)

  // Deadlines.
  Horizon horizon = Horizon::None;
  GoalStatus status = GoalStatus::Active;

  // Milestones.
  std::string sprint;  ///< the sprint's quarter (`2026-Q4`), else its title
  int first_week = 0, last_week = 0;
  bool date_written = false;  ///< `date` is the 📅 on the item, not the end of its last week

  std::string path;  ///< the vault-relative note it is written in
  int line = 0;      ///< 1-based: the `deadline` property, or the milestone's item
};

/// The calendar of a vault: the deadline of every goal note that has one,
/// dropped goals left out; every sprint milestone with a due date (a 📅 date,
/// else the end of its last week), cancelled ones and those of dropped goals
/// left out. Done goals and ticked milestones stay, with `done` set, so that
/// a calendar that already holds them updates them instead of keeping a
/// stale open item. Sorted by date, then path, then line.
std::vector<CalendarItem> calendar_items(const Vault& v, const GoalGraph& g);

/// `<kind>-<16 hex digits>@goals`: FNV-1a (64 bits) of `parts`, each ended
/// by a NUL byte so that ("ab", "c") and ("a", "bc") differ.
std::string calendar_uid(std::string_view kind, const std::vector<std::string>& parts);

}  // namespace goals
