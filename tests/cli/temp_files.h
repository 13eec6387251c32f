/// What the end-to-end tests share for the files they work on: a temporary
/// folder removed at the end, and whole-file reads, writes and hand edits.
#pragma once

#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace goals_test {

/// A fresh folder under the temp directory, removed with all it holds.
struct TempDir {
  std::filesystem::path path;
  TempDir() {
    std::string tmpl = (std::filesystem::temp_directory_path() / "goals-test-XXXXXX").string();
    path = mkdtemp(tmpl.data());
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
};

/// The file's bytes ("" when there is none).
inline std::string read(const std::filesystem::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

/// Writes `text` as the whole file, making its folders.
inline void write(const std::filesystem::path& p, const std::string& text) {
  std::filesystem::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << text;
}

/// Replaces the one occurrence of `from` in the note at `p`: a hand edit.
inline void edit(const std::filesystem::path& p, const std::string& from, const std::string& to) {
  std::string text = read(p);
  const std::size_t at = text.find(from);
  ASSERT_NE(at, std::string::npos) << from << " not in " << p << ":\n" << text;
  ASSERT_EQ(text.find(from, at + 1), std::string::npos) << from << " twice in " << p;
  text.replace(at, from.size(), to);
  write(p, text);
}

inline bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace goals_test
