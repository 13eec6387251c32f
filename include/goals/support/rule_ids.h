/// The findings the loader makes (vault scan, note, front matter, Markdown,
/// links), each defined once: the loader reports them with these ids and
/// severities, and the rules of src/rules/ that pass them on (LoaderRule)
/// take their id and default severity from here.
#pragma once

#include <string_view>

#include "goals/support/diagnostic.h"

namespace goals::findings {

inline constexpr Finding kAmbiguousLink{"ambiguous-link", Severity::Warning};
inline constexpr Finding kDuplicateKey{"duplicate-key", Severity::Error};
inline constexpr Finding kFileTooLarge{"file-too-large", Severity::Error};
inline constexpr Finding kInvalidEncoding{"invalid-encoding", Severity::Error};
inline constexpr Finding kInvalidFrontmatter{"invalid-frontmatter", Severity::Error};
inline constexpr Finding kInvalidObsidianSettings{"invalid-obsidian-settings", Severity::Warning};
inline constexpr Finding kInvalidProperty{"invalid-property", Severity::Error};
inline constexpr Finding kNoteTooCostly{"note-too-costly", Severity::Warning};
inline constexpr Finding kNoteTooDeep{"note-too-deep", Severity::Error};
inline constexpr Finding kSkippedSymlink{"skipped-symlink", Severity::Info};
inline constexpr Finding kTableTooLarge{"table-too-large", Severity::Warning};
inline constexpr Finding kUnquotedLink{"unquoted-link", Severity::Warning};
inline constexpr Finding kUnreadable{"unreadable", Severity::Error};

/// Problems in `.goals.yaml` itself: not a rule, so never suppressed or
/// switched off; each problem picks its own severity.
inline constexpr std::string_view kConfig = "config";

}  // namespace goals::findings
