/// The words an enum is written as: one table per enum, in the order lists
/// show them, from which the value is both parsed and printed.
///
/// An enum E takes part by declaring, next to itself,
/// `constexpr std::span<const Named<E>> names_of(E)` over its table (found by
/// argument-dependent lookup). Everything that lists, parses or prints the
/// words then reads that one table: the note parser, the `--flag` checks of
/// the command line and the renderers.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "goals/support/text.h"

namespace goals {

/// One value of an enum with the word that names it.
template <class E>
struct Named {
  std::string_view word;
  E value;
};

/// The word for `v` ("" when the table has none, e.g. Horizon::None).
template <class E>
constexpr std::string_view word_of(E v) {
  for (const Named<E>& n : names_of(E{}))
    if (n.value == v) return n.word;
  return {};
}

/// The value named exactly `word`, as the command line reads it.
template <class E>
constexpr std::optional<E> from_word(std::string_view word) {
  for (const Named<E>& n : names_of(E{}))
    if (n.word == word) return n.value;
  return std::nullopt;
}

/// The value named `word` in any ASCII letter case, as notes are read.
template <class E>
std::optional<E> from_word_icase(std::string_view word) {
  for (const Named<E>& n : names_of(E{}))
    if (iequals(n.word, word)) return n.value;
  return std::nullopt;
}

/// The words in table order with `sep` between them: "a, b, c" or "a,b,c".
template <class E>
std::string joined_words(std::string_view sep) {
  std::string out;
  for (const Named<E>& n : names_of(E{})) {
    if (!out.empty()) out += sep;
    out += n.word;
  }
  return out;
}

/// The words in table order.
template <class E>
std::vector<std::string> words_of() {
  std::vector<std::string> out;
  for (const Named<E>& n : names_of(E{})) out.emplace_back(n.word);
  return out;
}

}  // namespace goals
