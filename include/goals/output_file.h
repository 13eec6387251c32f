/// Writing a file that is not a note, such as `goals export ics --output
/// FILE`: created or replaced whole, never through a symlink.
#pragma once

#include <string>
#include <string_view>

#include "goals/filesystem.h"

namespace goals {

/// Makes `path` (absolute, or relative to the working directory) a regular
/// file holding `contents`, atomically: on the real disk a temporary file in
/// the same folder is written, fsynced and renamed over `path` (a replaced
/// file keeps its permission bits), so a reader sees the old file or the new
/// one, never half of one. Exists (nothing written) when `path` is a symlink,
/// even a dangling one, a folder or another non-regular file; NotFound when
/// its folder is missing. On another FileSystem (tests) it only creates: an
/// existing file there is OtherError.
FileSystem::WriteStatus replace_file(const FileSystem& fs, const std::string& path,
                                     std::string_view contents, std::string* err);

}  // namespace goals
