/// The kinds of note goals plans with, and the words for them and their
/// horizon, status and cadence (shared by the config, the notes and the
/// command line; see support/names.h).
#pragma once

#include <span>
#include <string_view>

#include "goals/support/names.h"

namespace goals {

enum class NoteType { Plain, Vision, Goal, Sprint, Review };
enum class Horizon { None, Short, Medium, Long };
enum class GoalStatus { Active, Planned, Paused, Done, Dropped };
enum class Cadence { Quarterly, Monthly, Weekly };

// The words a note (and the command line) writes these as; see support/names.h.
inline constexpr Named<NoteType> kNoteTypeNames[] = {{"vision", NoteType::Vision},
                                                     {"goal", NoteType::Goal},
                                                     {"sprint", NoteType::Sprint},
                                                     {"review", NoteType::Review},
                                                     {"plain", NoteType::Plain}};
/// In the order of the spec's table: long, medium, short. Horizon::None has no word.
inline constexpr Named<Horizon> kHorizonNames[] = {
    {"long", Horizon::Long}, {"medium", Horizon::Medium}, {"short", Horizon::Short}};
inline constexpr Named<GoalStatus> kGoalStatusNames[] = {{"active", GoalStatus::Active},
                                                         {"planned", GoalStatus::Planned},
                                                         {"paused", GoalStatus::Paused},
                                                         {"done", GoalStatus::Done},
                                                         {"dropped", GoalStatus::Dropped}};
inline constexpr Named<Cadence> kCadenceNames[] = {
    {"quarterly", Cadence::Quarterly}, {"monthly", Cadence::Monthly}, {"weekly", Cadence::Weekly}};
constexpr std::span<const Named<NoteType>> names_of(NoteType) { return kNoteTypeNames; }
constexpr std::span<const Named<Horizon>> names_of(Horizon) { return kHorizonNames; }
constexpr std::span<const Named<GoalStatus>> names_of(GoalStatus) { return kGoalStatusNames; }
constexpr std::span<const Named<Cadence>> names_of(Cadence) { return kCadenceNames; }

inline std::string_view to_string(NoteType t) { return word_of(t); }
inline std::string_view to_string(Horizon h) { return word_of(h); }  ///< "" for None
inline std::string_view to_string(GoalStatus s) { return word_of(s); }
inline std::string_view to_string(Cadence c) { return word_of(c); }

}  // namespace goals
