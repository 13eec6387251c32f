/// `text` as a YAML scalar that reads back as the same string.
#pragma once

#include <string>
#include <string_view>

namespace goals {

/// `text` as a YAML scalar that every YAML reader (1.1 or 1.2, block or flow
/// context) reads back as the same string: plain when that is safe, else
/// double-quoted with escapes (`yes`, `012`, `2024-01-01`, `a: b`, `#x`, `[x`,
/// `[[link]]`, leading/trailing spaces, ...). YAML text is Unicode, so
/// invalid UTF-8 bytes are written as U+FFFD.
std::string yaml_quote(std::string_view text);

}  // namespace goals
