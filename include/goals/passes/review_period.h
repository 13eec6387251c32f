/// The periods reviews are written for (an ISO week, a calendar month, a
/// quarter), whether a sprint has been looked back on, and the command that
/// writes a review. Shared by `goals status` (missed reviews), `goals
/// review --period` and the `missing-review` rule, so each question is
/// answered in one place.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "goals/model/graph.h"
#include "goals/model/vault.h"
#include "goals/support/date.h"

namespace goals {

/// One period a review of its cadence covers: a weekly review an ISO week
/// (Monday to Sunday), a monthly one a calendar month, a quarterly one a
/// calendar quarter.
struct ReviewPeriod {
  Cadence cadence = Cadence::Weekly;
  Date first, last;  ///< its first and last day

  /// The period of `cadence` holding `day`.
  static ReviewPeriod of(Cadence cadence, const Date& day);
  /// `YYYY-Www` (ISO week-year and week) is weekly, `YYYY-MM` monthly,
  /// `YYYY-Qn` quarterly; nullopt for anything else (`2026-W54`, `2026-13`).
  static std::optional<ReviewPeriod> parse(std::string_view text);

  /// As parse() reads it: `2026-W49`, `2027-01`, `2026-Q4`.
  std::string str() const;
  /// The period right after this one.
  ReviewPeriod next() const { return of(cadence, last.add_days(1)); }
  bool contains(const Date& d) const { return first <= d && d <= last; }
  bool operator==(const ReviewPeriod&) const = default;
};

/// Whether a review looks back on `sprint`: a review that links it (its
/// `sprint` property, or a link in its body) and is a quarterly review or is
/// dated on or after the sprint's last day. Weekly and monthly check-ins
/// written while the sprint ran do not; nor do links from notes that are no
/// reviews. A sprint node without a note has none.
bool sprint_reviewed(const Vault& v, const GoalGraph& g, int sprint);

/// The sprint a quarterly review of `quarter` looks back on: a sprint whose
/// `quarter` (property, else its note's name) is `quarter`, else one that
/// starts in it; the latest starting of those, then the first in note
/// order; -1 when none does.
int sprint_of_quarter(const GoalGraph& g, const Quarter& quarter);

/// The command that writes the review of `period`: `goals review --cadence
/// monthly --period 2027-01`. For a quarterly review of `sprint` (-1: none)
/// it adds `--sprint NAME` when sprint_of_quarter() would pick another
/// sprint for the period; `period` nullopt (a sprint that names no quarter)
/// gives `goals review --cadence quarterly --sprint NAME`. Names are quoted
/// for a POSIX shell when they need it.
std::string review_command(const Vault& v, const GoalGraph& g, Cadence cadence,
                           const std::optional<ReviewPeriod>& period, int sprint = -1);

}  // namespace goals
