#include "rules/phrases.h"

#include <algorithm>

#include "goals/support/text.h"
#include "support/utf8_internal.h"

namespace goals {
namespace {

bool is_ascii_alnum(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

bool is_letter(char c) { return c >= 'a' && c <= 'z'; }

/// Whether the non-ASCII character at `s[i]` (`len` bytes) separates words:
/// General Punctuation (U+2000-U+206F: dashes, curly quotes, ellipsis), the
/// no-break space and guillemets.
bool is_unicode_separator(std::string_view s, std::size_t i, std::size_t len) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
  if (len == 2) return b(0) == 0xC2 && (b(1) == 0xA0 || b(1) == 0xAB || b(1) == 0xBB);
  if (len == 3) return b(0) == 0xE2 && (b(1) == 0x80 || b(1) == 0x81);
  return false;
}

/// U+2019 (right single quotation mark), the typographic apostrophe.
bool is_curly_apostrophe(std::string_view s, std::size_t i) { return s.substr(i, 3) == "\u2019"; }

struct Irregular {
  std::string_view base;
  std::string_view forms[7];  ///< unused slots are empty
};

const Irregular kIrregular[] = {
    {"be", {"am", "is", "are", "was", "were", "been", "being"}},
    {"become", {"became"}},
    {"build", {"built"}},
    {"choose", {"chose", "chosen"}},
    {"do", {"does", "did", "done"}},
    {"find", {"found"}},
    {"get", {"got", "gotten"}},
    {"give", {"gave", "given"}},
    {"go", {"goes", "went", "gone"}},
    {"grow", {"grew", "grown"}},
    {"have", {"has", "had"}},
    {"hold", {"held"}},
    {"lead", {"led"}},
    {"make", {"made"}},
    {"run", {"ran"}},
    {"speak", {"spoke", "spoken"}},
    {"take", {"took", "taken"}},
    {"teach", {"taught"}},
    {"win", {"won"}},
    {"write", {"wrote", "written"}},
};

}  // namespace

std::vector<TitleWord> split_words(std::string_view text) {
  std::vector<TitleWord> out;
  std::size_t i = 0;
  const std::size_t n = text.size();
  while (i < n) {
    // Skip separators.
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80 && !is_ascii_alnum(c)) {
      ++i;
      continue;
    }
    if (c >= 0x80) {
      const std::size_t len = detail::utf8_step(text, i);
      if (is_unicode_separator(text, i, len)) {
        i += len;
        continue;
      }
    }
    // A word: runs to the next separator; an apostrophe stays when a letter follows.
    const std::size_t start = i;
    std::string lower;
    while (i < n) {
      const auto d = static_cast<unsigned char>(text[i]);
      if (d < 0x80) {
        if (is_ascii_alnum(d)) {
          lower += ascii_lower(static_cast<char>(d));
          ++i;
        } else if (d == '\'' && i + 1 < n &&
                   is_ascii_alnum(static_cast<unsigned char>(text[i + 1]))) {
          lower += '\'';
          ++i;
        } else {
          break;
        }
        continue;
      }
      const std::size_t len = detail::utf8_step(text, i);
      if (is_curly_apostrophe(text, i) && i + 3 < n &&
          is_ascii_alnum(static_cast<unsigned char>(text[i + 3]))) {
        lower += '\'';
        i += 3;
        continue;
      }
      if (is_unicode_separator(text, i, len)) break;
      lower.append(text.substr(i, len));
      i += len;
    }
    if (lower.size() > 2 && lower.ends_with("'s")) lower.resize(lower.size() - 2);
    out.push_back(TitleWord{text.substr(start, i - start), std::move(lower)});
  }
  return out;
}

std::vector<std::string> word_forms(std::string_view word) {
  std::vector<std::string> forms;
  if (word.empty()) return forms;
  const std::string p(word);
  forms.push_back(p);
  forms.push_back(p + "s");
  forms.push_back(p + "es");
  forms.push_back(p + "ed");
  forms.push_back(p + "ing");
  const std::size_t n = p.size();
  const char last = p.back();
  if (last == 'e') {
    forms.push_back(p + "d");                                // improve -> improved
    if (n > 2) forms.push_back(p.substr(0, n - 1) + "ing");  // improve -> improving
  }
  if (n >= 2 && last == 'y' && is_letter(p[n - 2]) && !is_vowel(p[n - 2])) {
    forms.push_back(p.substr(0, n - 1) + "ies");  // study -> studies
    forms.push_back(p.substr(0, n - 1) + "ied");  // apply -> applied
  }
  if (n >= 2 && is_letter(last) && !is_vowel(last) && last != 'w' && last != 'x' && last != 'y' &&
      is_vowel(p[n - 2])) {
    forms.push_back(p + last + "ing");  // get -> getting, level -> levelling
    forms.push_back(p + last + "ed");   // stop -> stopped
  }
  for (const Irregular& irr : kIrregular)
    if (irr.base == word)
      for (std::string_view f : irr.forms)
        if (!f.empty()) forms.emplace_back(f);
  std::sort(forms.begin(), forms.end());
  forms.erase(std::unique(forms.begin(), forms.end()), forms.end());
  return forms;
}

void PhraseList::add(std::string_view phrase) {
  const std::vector<TitleWord> words = split_words(phrase);
  if (words.empty()) return;
  const auto index = static_cast<std::uint32_t>(phrases_.size());
  std::size_t b = 0, e = phrase.size();
  while (b < e && (phrase[b] == ' ' || phrase[b] == '\t')) ++b;
  while (e > b && (phrase[e - 1] == ' ' || phrase[e - 1] == '\t')) --e;
  phrases_.emplace_back(phrase.substr(b, e - b));
  lengths_.push_back(static_cast<std::uint32_t>(words.size()));
  for (std::size_t j = 0; j < words.size(); ++j)
    for (std::string& f : word_forms(words[j].lower))
      forms_[std::move(f)].emplace_back(index, static_cast<std::uint32_t>(j));
}

std::vector<PhraseList::Match> PhraseList::find_all(const std::vector<TitleWord>& words) const {
  std::vector<Match> out;
  if (phrases_.empty()) return out;
  const std::size_t n = words.size();
  std::vector<const std::vector<Entry>*> at(n, nullptr);
  for (std::size_t i = 0; i < n; ++i) {
    auto it = forms_.find(words[i].lower);
    if (it != forms_.end()) at[i] = &it->second;
  }
  auto has = [&](std::size_t i, std::uint32_t phrase, std::uint32_t pos) {
    if (at[i] == nullptr) return false;
    return std::find(at[i]->begin(), at[i]->end(), Entry{phrase, pos}) != at[i]->end();
  };
  for (std::size_t i = 0; i < n;) {
    Match best;
    if (at[i] != nullptr) {
      for (const Entry& en : *at[i]) {
        if (en.second != 0) continue;
        const std::size_t k = lengths_[en.first];
        if (k <= best.count || i + k > n) continue;
        bool all = true;
        for (std::size_t j = 1; j < k && all; ++j)
          all = has(i + j, en.first, static_cast<std::uint32_t>(j));
        if (all) best = Match{en.first, i, k};
      }
    }
    if (best.count > 0) {
      out.push_back(best);
      i += best.count;
    } else {
      ++i;
    }
  }
  return out;
}

std::string_view matched_text(const std::vector<TitleWord>& words, const PhraseList::Match& m) {
  const std::string_view first = words[m.first].text;
  const std::string_view last = words[m.first + m.count - 1].text;
  return std::string_view(first.data(),
                          static_cast<std::size_t>(last.data() + last.size() - first.data()));
}

PhraseList read_phrases(const RuleOptions& options, std::string_view key,
                        std::string_view extra_key, std::span<const std::string_view> defaults) {
  PhraseList out;
  if (auto replaced = options.strings(key)) {
    out.add(*replaced);
  } else {
    for (std::string_view d : defaults) out.add(d);
  }
  if (auto extra = options.strings(extra_key)) out.add(*extra);
  return out;
}

}  // namespace goals
