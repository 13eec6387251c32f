/// `goals list` and `goals show`: notes as lines, tables or JSON.
#pragma once

#include <functional>
#include <ostream>
#include <string>
#include <vector>

#include "goals/model/graph.h"
#include "goals/model/vault.h"
#include "goals/passes/query.h"
#include "render/common.h"

namespace goals {

/// A note as JSON: path, title, type, normalized properties, tags, progress;
/// a sprint also start, end and goals.
Json note_json(const Vault& v, const GoalGraph& g, int note);
/// A link in a property: {target, path} with path null when unresolved.
Json link_json(const Vault& v, const Link& l);

/// What made `note` the kind it is, in words ("type: goal", "classify rule 2
/// (.goals.yaml line 7): tag: life/goal"); "" for a plain note.
std::string kind_reason_text(const Vault& v, const Note& note);
/// Whether the kind came from the vault's conventions (a `classify` rule or
/// Periodic Notes) rather than the note's own `type`: then `show` and the
/// JSON say so.
bool kind_from_conventions(const Note& note);

enum class ListFormat { Text, Json, Jsonl, Tsv, Paths };
inline constexpr Named<ListFormat> kListFormatNames[] = {{"text", ListFormat::Text},
                                                         {"json", ListFormat::Json},
                                                         {"jsonl", ListFormat::Jsonl},
                                                         {"tsv", ListFormat::Tsv},
                                                         {"paths", ListFormat::Paths}};
constexpr std::span<const Named<ListFormat>> names_of(ListFormat) { return kListFormatNames; }
/// `display_path` maps a vault-relative path to what `paths` prints; `why`
/// adds to each text line what made the note its kind.
void render_list(std::ostream& os, const Vault& v, const GoalGraph& g,
                 const std::vector<int>& notes, ListFormat format, bool nul, const Style& style,
                 const std::function<std::string(const std::string&)>& display_path,
                 bool why = false);

/// `goals show` as text; with `width.fit` long lines wrap at spaces, their
/// later lines indented under their text.
void render_show_text(std::ostream& os, const Vault& v, const GoalGraph& g, const NoteDetails& d,
                      const Date& today, const Style& style, const Width& width = {});
Json show_json(const Vault& v, const GoalGraph& g, const NoteDetails& d, const Date& today);

}  // namespace goals
