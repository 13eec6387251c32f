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

enum class ListFormat { Text, Json, Jsonl, Tsv, Paths };
inline constexpr Named<ListFormat> kListFormatNames[] = {{"text", ListFormat::Text},
                                                         {"json", ListFormat::Json},
                                                         {"jsonl", ListFormat::Jsonl},
                                                         {"tsv", ListFormat::Tsv},
                                                         {"paths", ListFormat::Paths}};
constexpr std::span<const Named<ListFormat>> names_of(ListFormat) { return kListFormatNames; }
/// `display_path` maps a vault-relative path to what `paths` prints.
void render_list(std::ostream& os, const Vault& v, const GoalGraph& g,
                 const std::vector<int>& notes, ListFormat format, bool nul, const Style& style,
                 const std::function<std::string(const std::string&)>& display_path);

void render_show_text(std::ostream& os, const Vault& v, const GoalGraph& g, const NoteDetails& d,
                      const Date& today, const Style& style);
Json show_json(const Vault& v, const GoalGraph& g, const NoteDetails& d, const Date& today);

}  // namespace goals
