/// Phrase lists matched against goal titles: case-insensitive, whole words,
/// simple English inflections (improve/improving/improved, grow/grew/grown).
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "goals/passes/lint.h"

namespace goals {

/// One word of a title.
struct TitleWord {
  std::string_view text;  ///< as written (a view into the title)
  std::string lower;      ///< ASCII lower case, a possessive "'s" dropped
};

/// Splits `text` into words: ASCII letters and digits, apostrophes inside a
/// word, and non-ASCII letters. Spaces, ASCII punctuation, hyphens and
/// Unicode punctuation (dashes, quotes, no-break space) separate words.
std::vector<TitleWord> split_words(std::string_view text);

/// The forms a word is matched in: itself, -s/-es, -ed/-d, -ing, a doubled
/// last consonant (getting), -y to -ies/-ied, and a few irregular verbs
/// (got, grew, was, did, ...).
std::vector<std::string> word_forms(std::string_view word);

/// A list of phrases, each one or more words. Matching is case-insensitive, on
/// whole words, and each word of a phrase also matches its inflected forms.
/// Building is done once per run; a lookup is one hash probe per title word.
class PhraseList {
 public:
  PhraseList() = default;
  explicit PhraseList(const std::vector<std::string>& phrases) { add(phrases); }

  /// Adds a phrase; one without words is ignored.
  void add(std::string_view phrase);
  void add(const std::vector<std::string>& phrases) {
    for (const std::string& p : phrases) add(p);
  }
  bool empty() const { return phrases_.empty(); }
  /// The phrase as given to add().
  const std::string& phrase(std::size_t i) const { return phrases_[i]; }

  /// A run of title words matching one phrase.
  struct Match {
    std::size_t phrase = 0;  ///< index of the phrase
    std::size_t first = 0;   ///< first title word
    std::size_t count = 0;   ///< number of words
  };
  /// Every match, left to right, not overlapping; at one start the longest wins.
  std::vector<Match> find_all(const std::vector<TitleWord>& words) const;

 private:
  /// (phrase index, word position in the phrase)
  using Entry = std::pair<std::uint32_t, std::uint32_t>;
  std::vector<std::string> phrases_;
  std::vector<std::uint32_t> lengths_;
  std::unordered_map<std::string, std::vector<Entry>> forms_;
};

/// The source text a match covers, as written in the title.
std::string_view matched_text(const std::vector<TitleWord>& words, const PhraseList::Match& m);

/// Reads a phrase option pair: `key` replaces `defaults`, `extra_key` adds to
/// whichever list is in force.
PhraseList read_phrases(const RuleOptions& options, std::string_view key,
                        std::string_view extra_key, std::span<const std::string_view> defaults);

}  // namespace goals
