/// The user's periodic notes (Periodic Notes, core Daily notes): where the
/// note for a date lives, and which date a note stands for. Read from
/// `.obsidian/` by read_obsidian_settings(); defined in obsidian_settings.cpp.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "goals/support/date.h"

namespace goals {

/// Where the notes of one period (daily, weekly …) go and how they are
/// named, from Periodic Notes or the core Daily notes plugin.
struct PeriodicNoteSetting {
  /// Whether the period is switched on (and its plugin too, where goals can tell).
  bool enabled = false;
  /// The folder, vault-relative without a slash at either end; "" for the vault root.
  std::string folder;
  /// The moment.js format of a note's name (format_moment()); the plugin's
  /// default when the settings leave it empty: `YYYY-MM-DD`, `gggg-[W]ww`,
  /// `YYYY-MM`, `YYYY-[Q]Q`, `YYYY`. It may hold `/` (folders below `folder`).
  std::string format;
  /// The template note as the settings name it ("" for none).
  std::string template_path;
  /// The settings file it was read from, vault-relative.
  std::string source;
};

/// The vault path Obsidian opens for `date`'s note: `folder/NAME.md`, NAME
/// being `date` in the format, normalized as the plugins do it (empty and
/// `.` components dropped, `\` read as `/`, no-break spaces as spaces).
/// `Journal` and `gggg-[W]ww` give `Journal/2027-W01.md` for 2027-01-01.
std::string periodic_note_path(const PeriodicNoteSetting& setting, const Date& date);

/// The first day of the period that the note at `rel_path` (vault-relative)
/// stands for, or nullopt when it is no note of this setting. Like Periodic
/// Notes, the note may be anywhere below the folder (whole path components;
/// the vault root when the folder is ""), and its name is read strictly
/// (parse_moment()) in two ways: the end of its path against the whole
/// format (`2026/01/2026-01-05` for `YYYY/MM/YYYY-MM-DD`), else its name
/// alone against the format's last `/` part (`2026-01-05`, for a note moved
/// out of its dated folders). Only `.md` files (any letter case) are notes;
/// `enabled` is not looked at.
std::optional<Date> periodic_note_date(const PeriodicNoteSetting& setting,
                                       std::string_view rel_path);

}  // namespace goals
