#include "commands/command.h"
#include "support/edit_distance.h"

namespace goals {

std::string joined(const std::vector<std::string>& words, std::string_view sep) {
  std::string out;
  for (const std::string& w : words) {
    if (!out.empty()) out += sep;
    out += w;
  }
  return out;
}

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
  const std::string near = nearest_word(word, candidates);
  return near.empty() ? std::string() : "; did you mean '" + near + "'?";
}

std::string not_one_of(std::string_view word, const std::vector<std::string>& allowed) {
  return "'" + std::string(word) + "' is not one of " + joined(allowed, ", ") +
         did_you_mean(word, allowed);
}

std::string not_a_date(std::string_view text) {
  return "'" + std::string(text) + "' is not a date (YYYY-MM-DD)";
}

int usage_error(Io& io, const std::string& message, const std::string& command) {
  io.err << "goals: " << message << "\nSee '" << command << " --help'.\n";
  return kExitUsage;
}

}  // namespace goals
