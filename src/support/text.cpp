#include "goals/support/text.h"

namespace goals {

std::string_view trim(std::string_view s, std::string_view chars) {
  const std::size_t a = s.find_first_not_of(chars);
  if (a == std::string_view::npos) return s.substr(s.size());
  return s.substr(a, s.find_last_not_of(chars) - a + 1);
}

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = ascii_lower(c);
  return out;
}

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && istarts_with(a, b);
}

bool istarts_with(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i)
    if (ascii_lower(s[i]) != ascii_lower(prefix[i])) return false;
  return true;
}

}  // namespace goals
