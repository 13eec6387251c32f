/// Edit distance, for "did you mean" suggestions.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace goals {

/// Insertions, deletions, substitutions and swaps of two neighbouring
/// characters turning `a` into `b` (optimal string alignment): a swap is the
/// commonest typo ("lsit" is one step from "list", two from "lint").
inline std::size_t edit_distance(std::string_view a, std::string_view b) {
  const std::size_t w = b.size() + 1;
  std::vector<std::size_t> d((a.size() + 1) * w);
  for (std::size_t j = 0; j < w; ++j) d[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    d[i * w] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      std::size_t v =
          std::min({d[(i - 1) * w + j] + 1, d[i * w + j - 1] + 1, d[(i - 1) * w + j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        v = std::min(v, d[(i - 2) * w + j - 2] + 1);
      d[i * w + j] = v;
    }
  }
  return d[a.size() * w + b.size()];
}

/// The candidate nearest to `word` within `max_edits` and fewer edits than
/// half its letters, for "did you mean" (`tcsh` is two letters from `bash`,
/// which is no hint); a word that starts a candidate counts as one edit
/// (`stat` → `status`). The first of equally near ones wins; "" when none is near.
template <class Words>
std::string nearest_word(std::string_view word, const Words& candidates,
                         std::size_t max_edits = 2) {
  std::string best;
  std::size_t best_d = max_edits + 1;
  for (const auto& c : candidates) {
    const std::string_view cand(c);
    std::size_t d = edit_distance(word, cand);
    if (d > 0 && word.size() >= 2 && cand.starts_with(word)) d = std::min<std::size_t>(d, 1);
    if (d < best_d && 2 * d < std::max<std::size_t>(word.size(), 3)) {
      best_d = d;
      best = std::string(cand);
    }
  }
  return best;
}

}  // namespace goals
