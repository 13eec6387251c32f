# Writes OUT, a C++ source holding every docs/rules/*.md page, so that
# `goals lint --explain RULE` prints the very text the docs show.
# Run as: cmake -DDOCS=<dir> -DOUT=<file> -P embed_rule_docs.cmake
file(GLOB pages "${DOCS}/*.md")
list(SORT pages)
set(table "")
foreach(page IN LISTS pages)
  get_filename_component(id "${page}" NAME_WE)
  file(READ "${page}" text)
  string(FIND "${text}" ")goalsdoc\"" clash)
  if(NOT clash EQUAL -1)
    message(FATAL_ERROR "${page} contains the raw-string delimiter )goalsdoc\"")
  endif()
  string(APPEND table "    {\"${id}\", R\"goalsdoc(${text})goalsdoc\"},\n")
endforeach()
set(source "// Generated from docs/rules/*.md by cmake/embed_rule_docs.cmake; do not edit.
#include <algorithm>
#include <iterator>
#include <string_view>
#include <utility>

#include \"goals/lint.h\"

namespace goals {

std::string_view rule_doc(std::string_view id) {
  static constexpr std::pair<std::string_view, std::string_view> kPages[] = {
    {\"\", \"\"},  // keeps the table non-empty
${table}  };
  for (const auto& [name, text] : kPages)
    if (!name.empty() && name == id) return text;
  return {};
}

}  // namespace goals
")
# Rewrite only on change, so that an unchanged page does not rebuild.
if(EXISTS "${OUT}")
  file(READ "${OUT}" old)
  if(old STREQUAL source)
    return()
  endif()
endif()
file(WRITE "${OUT}" "${source}")
