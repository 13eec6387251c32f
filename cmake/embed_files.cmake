# Writes OUT, a C++ source defining `std::string_view FUNC(std::string_view name)`
# (declared in HEADER) that returns the text of DIR/<name>.md, or "" for none:
# the rule pages for `goals lint --explain` and the built-in note templates
# are compiled in from the very files the repository shows.
# Run as: cmake -DDIR=<dir> -DOUT=<file> -DFUNC=<name> -DHEADER=<goals/x.h> -P embed_files.cmake
file(GLOB pages "${DIR}/*.md")
list(SORT pages)
set(table "")
foreach(page IN LISTS pages)
  get_filename_component(id "${page}" NAME_WE)
  file(READ "${page}" text)
  string(FIND "${text}" ")goalsfile\"" clash)
  if(NOT clash EQUAL -1)
    message(FATAL_ERROR "${page} contains the raw-string delimiter )goalsfile\"")
  endif()
  string(APPEND table "    {\"${id}\", R\"goalsfile(${text})goalsfile\"},\n")
endforeach()
set(source "// Generated from ${DIR}/*.md by cmake/embed_files.cmake; do not edit.
#include <string_view>
#include <utility>

#include \"${HEADER}\"

namespace goals {

std::string_view ${FUNC}(std::string_view name) {
  static constexpr std::pair<std::string_view, std::string_view> kFiles[] = {
    {\"\", \"\"},  // keeps the table non-empty
${table}  };
  for (const auto& [file, text] : kFiles)
    if (!file.empty() && file == name) return text;
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
