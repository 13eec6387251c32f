/// `goals wins`: what was accomplished in a period, as Markdown bullets to
/// paste into a resume, a self-review or a note, or as JSON.
///
/// The Markdown is written to be pasted anywhere:
/// - the period is a plain line ending in `:`, not a heading, because the
///   natural place to paste it is under a review's question ("What did I
///   actually accomplish?"), where a heading of its own would become a new
///   question and leave that one unanswered;
/// - one bullet per win, newest first: `- DATE — GOAL: MILESTONE` for a
///   milestone, `- DATE — GOAL (goal completed): METRIC` for a finished goal,
///   since its success metric is the result; the words are the vault's own;
/// - by default no wiki-links: `[[Note|shown]]` in the words becomes `shown`,
///   so the lines read the same in a resume as in Obsidian; with `links`,
///   goal names become `[[wiki-links]]` to their notes and links in the
///   words stay, for pasting into a review or a brag-document note.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "goals/model/graph.h"
#include "goals/model/vault.h"
#include "goals/passes/timeline.h"
#include "goals/support/date.h"
#include "render/common.h"

namespace goals {

/// The period a list of wins covers.
struct WinsPeriod {
  std::optional<Date> since;  ///< first day; nullopt for every win (undated ones too)
  Date until;                 ///< last day: today
  /// The review node `since` is the day of (the last quarterly review), or
  /// -1 when `since` was asked for or there is no review.
  int review = -1;
};

/// What the period line says: "Wins since 2026-10-02 (the last quarterly
/// review)", "Wins since 2026-07-01", "All wins so far (no quarterly review
/// yet)".
std::string wins_period_text(const WinsPeriod& period);

/// Obsidian links in `text` as the words Obsidian shows for them:
/// `[[Note]]` -> `Note`, `[[Note|shown]]` -> `shown`, `[[Note#Part]]` ->
/// `Note > Part`, `![[embed]]` -> `embed`. Other text is left as written.
std::string unlink_wiki(std::string_view text);

/// Writes the period line and one bullet per win (see above); with no wins,
/// one friendly line saying how to record one.
void render_wins_markdown(std::ostream& os, const Vault& v, const GoalGraph& g,
                          const std::vector<Win>& wins, const WinsPeriod& period, bool links);

/// {schema_version, since, until, since_review, wins: [{kind, date, title,
/// goal, goal_path, metric, path, line}]}; text as written in the notes.
Json wins_json(const Vault& v, const GoalGraph& g, const std::vector<Win>& wins,
               const WinsPeriod& period);

/// render_wins_markdown(), or wins_json() indented by 2.
void render_wins(std::ostream& os, const Vault& v, const GoalGraph& g, const std::vector<Win>& wins,
                 const WinsPeriod& period, NoteFormat format, bool links);

}  // namespace goals
