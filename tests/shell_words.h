/// Splitting a command line as a POSIX shell would, for tests that run or
/// parse command lines written down in goldens and help examples.
#pragma once

#include <string>
#include <vector>

namespace goals_test {

/// The words of `line`: split at spaces, with '…' and "…" quoting and
/// backslash escapes (outside quotes and inside "…"). Operators such as `|`
/// and `>` are not special: they come back as words of their own when
/// written apart.
inline std::vector<std::string> shell_words(const std::string& line) {
  std::vector<std::string> out;
  std::string cur;
  bool in_word = false;
  char quote = 0;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quote) {
      if (c == quote)
        quote = 0;
      else if (c == '\\' && quote == '"' && i + 1 < line.size())
        cur += line[++i];
      else
        cur += c;
    } else if (c == '\'' || c == '"') {
      quote = c;
      in_word = true;
    } else if (c == '\\' && i + 1 < line.size()) {
      cur += line[++i];
      in_word = true;
    } else if (c == ' ') {
      if (in_word) out.push_back(cur);
      cur.clear();
      in_word = false;
    } else {
      cur += c;
      in_word = true;
    }
  }
  if (in_word) out.push_back(cur);
  return out;
}

}  // namespace goals_test
