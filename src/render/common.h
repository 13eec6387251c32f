/// What every renderer shares: JSON documents, ANSI styling and text that is
/// safe to print on a terminal.
#pragma once

#include <nlohmann/json.hpp>
#include <span>
#include <string>
#include <string_view>

#include "goals/support/names.h"

namespace goals {

using Json = nlohmann::ordered_json;

/// `--format` of a command that prints for people or as JSON (`show`, `status`).
enum class TextFormat { Text, Json };
inline constexpr Named<TextFormat> kTextFormatNames[] = {{"text", TextFormat::Text},
                                                         {"json", TextFormat::Json}};
constexpr std::span<const Named<TextFormat>> names_of(TextFormat) { return kTextFormatNames; }

/// `--format` of a command that writes a Markdown note or JSON (`report`, `wins`).
enum class NoteFormat { Markdown, Json };
inline constexpr Named<NoteFormat> kNoteFormatNames[] = {{"markdown", NoteFormat::Markdown},
                                                         {"json", NoteFormat::Json}};
constexpr std::span<const Named<NoteFormat>> names_of(NoteFormat) { return kNoteFormatNames; }

/// Every JSON document we write starts with this version; bump it when a key changes meaning.
inline constexpr int kSchemaVersion = 1;

/// Serializes `j`; text that is not valid UTF-8 (a note may hold any bytes)
/// comes out with U+FFFD in place of the bad bytes instead of an exception.
std::string json_text(const Json& j, int indent = -1);

/// ANSI styling that disappears when colour is off.
struct Style {
  bool on = false;
  std::string operator()(std::string_view text, std::string_view sgr) const;
  std::string bold(std::string_view t) const { return (*this)(t, "1"); }
  std::string dim(std::string_view t) const { return (*this)(t, "2"); }
  std::string red(std::string_view t) const { return (*this)(t, "31"); }
  std::string green(std::string_view t) const { return (*this)(t, "32"); }
  std::string yellow(std::string_view t) const { return (*this)(t, "33"); }
  std::string blue(std::string_view t) const { return (*this)(t, "34"); }
  std::string cyan(std::string_view t) const { return (*this)(t, "36"); }
};

/// How wide text for people may be.
struct Width {
  /// Layouts (bars, columns, the goal tree) fill this many columns.
  int columns = 80;
  /// Whether prose is also wrapped and excerpts cut to `columns`: on a
  /// terminal or with COLUMNS set. Into a pipe lines stay whole, for grep
  /// and editors, as they always were.
  bool fit = false;
};

/// The text a terminal may show: control characters (ESC above all) and
/// invalid UTF-8 become U+FFFD, tabs become `tab_width` spaces.
std::string printable(std::string_view s, int tab_width = 4);

}  // namespace goals
