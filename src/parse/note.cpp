#include "goals/parse/note.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstring>
#include <map>
#include <new>
#include <optional>
#include <stdexcept>
#include <unordered_set>

#include <fmt/format.h>

#include "goals/parse/frontmatter.h"
#include "goals/support/rule_ids.h"
#include "goals/support/text.h"
#include "support/utf8_internal.h"

namespace goals {

namespace {

bool key_less(const PropertyPositions::Entry& e, std::string_view key) { return e.first < key; }

}  // namespace

void PropertyPositions::set(std::string_view key, PropertyPos pos) {
  auto it = std::lower_bound(entries_.begin(), entries_.end(), key, key_less);
  if (it != entries_.end() && it->first == key) {
    it->second = pos;
  } else {
    entries_.emplace(it, std::string(key), pos);
  }
}

const PropertyPos* PropertyPositions::find(std::string_view key) const {
  auto it = std::lower_bound(entries_.begin(), entries_.end(), key, key_less);
  return it != entries_.end() && it->first == key ? &it->second : nullptr;
}

const PropertyPos& PropertyPositions::at(std::string_view key) const {
  if (const PropertyPos* p = find(key)) return *p;
  throw std::out_of_range("no property `" + std::string(key) + "`");
}

namespace {

constexpr std::size_t kEncodingSniffBytes = 8192;

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

std::string note_name(const std::string& path) {
  std::string_view name = path;
  if (std::size_t slash = name.rfind('/'); slash != std::string_view::npos) {
    name.remove_prefix(slash + 1);
  }
  if (name.size() > 3 && iequals(name.substr(name.size() - 3), ".md")) name.remove_suffix(3);
  return std::string(name);
}

// `text` as one plain number (an optional `+`, no units), as from_chars
// reads it; nullopt otherwise.
std::optional<double> plain_number(std::string_view text) {
  if (!text.empty() && text.front() == '+') text.remove_prefix(1);
  double v = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return v;
}

class Builder {
 public:
  Builder(Note* note, Diagnostics* diags, const Config& config)
      : n_(note), diags_(diags), config_(config) {}

  void add(Finding kind, int line, int col, std::string message, std::string help) {
    if (diags_ == nullptr) return;
    diags_->push_back(
        make_diagnostic(kind, n_->path, line, col, std::move(message), std::move(help)));
  }

  void invalid(int line, int col, std::string message, std::string help) {
    if (quiet_) return;
    add(findings::kInvalidProperty, line, col, std::move(message), std::move(help));
  }

  static std::string_view shape_name(const RawProperty& p) {
    switch (p.shape) {
      case RawProperty::Shape::List:
      case RawProperty::Shape::NestedList:
        return "a list";
      case RawProperty::Shape::Map:
        return "a nested structure";
      case RawProperty::Shape::Null:
        return "nothing";
      case RawProperty::Shape::Scalar:
        return "a value";
    }
    return "a value";
  }

  // Where a value stands: its first item, else its key.
  static std::pair<int, int> value_pos(const RawProperty& p) {
    if (!p.items.empty()) return {p.items.front().line, p.items.front().column};
    return {p.line, p.column};
  }

  // The one scalar of a single-valued property; reports a list or mapping.
  const Scalar* single(const std::string& key, const RawProperty& p, std::string_view expected,
                       std::string help) {
    if (p.shape == RawProperty::Shape::Scalar) return &p.items.front();
    if (p.shape == RawProperty::Shape::Null) return nullptr;
    auto [line, col] = value_pos(p);
    invalid(line, col, fmt::format("`{}` must be {}, not {}", key, expected, shape_name(p)),
            std::move(help));
    return nullptr;
  }

  void date(const std::string& key, const RawProperty& p, std::optional<Date>* out) {
    const Scalar* s =
        single(key, p, "one date",
               fmt::format("Write one date as YYYY-MM-DD: `{}{} 2025-06-30`.", key, sep_));
    if (s == nullptr) return;
    std::string_view text = trim(s->text);
    if (text.empty()) return;
    if (auto d = Date::parse_lenient(text)) {
      *out = *d;
      return;
    }
    // Well-formed digits but no such day (2025-02-30) reads differently from
    // text that is not a date at all, or a real day with more after it.
    bool shaped = text.size() == 10 && text[4] == '-' && text[7] == '-';
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
      shaped = shaped && text[i] >= '0' && text[i] <= '9';
    }
    std::string message =
        shaped ? fmt::format("`{}{} {}` is not a real calendar date", key, sep_, text)
               : fmt::format("`{}{} {}` is not a date in YYYY-MM-DD form", key, sep_, text);
    invalid(s->line, s->column, std::move(message),
            fmt::format("Write the date as YYYY-MM-DD, e.g. `{}{} 2025-06-30`.", key, sep_));
  }

  template <class E>
  void choice(const std::string& key, const RawProperty& p, E* out) {
    const bool graph = n_->type != NoteType::Plain;
    if (p.shape != RawProperty::Shape::Scalar) {
      if (p.shape == RawProperty::Shape::Null || !graph) return;
      auto [line, col] = value_pos(p);
      invalid(line, col, fmt::format("`{}` must be one value, not {}", key, shape_name(p)),
              fmt::format("Use one of: {}.", joined_words<E>(", ")));
      return;
    }
    const Scalar& s = p.items.front();
    std::string_view text = trim(s.text);
    if (text.empty()) return;
    if (std::optional<E> value = from_word_icase<E>(alias_of(key, text))) {
      *out = *value;
      return;
    }
    if (!graph) return;
    invalid(s.line, s.column,
            to_string(*out).empty()
                ? fmt::format("`{}{} {}` is not a known {}; it is ignored", key, sep_, text, key)
                : fmt::format("`{}{} {}` is not a known {}; `{}` is used", key, sep_, text, key,
                              to_string(*out)),
            fmt::format("Use one of: {}.", joined_words<E>(", ")));
  }

  // A property value as a link: `"[[X]]"`, an unquoted `[[X]]` (which YAML
  // reads as a nested list) or plain text naming the note. The link keeps
  // `key`, which must be a string literal.
  std::optional<Link> link(std::string_view key, const Scalar& s) {
    std::string_view text = trim(s.text);
    if (text.empty()) return std::nullopt;
    Link l;
    std::size_t raw_len = text.size();
    if (s.nested) {
      l = parse_wikilink_inner(text);
      raw_len = text.size() + 4;
    } else {
      bool embed = starts_with(text, "![[");
      std::string_view inner = text.substr(embed ? 3 : 2);
      if ((embed || starts_with(text, "[[")) && inner.size() >= 2 &&
          inner.substr(inner.size() - 2) == "]]" &&
          inner.substr(0, inner.size() - 2).find("]]") == std::string_view::npos) {
        l = parse_wikilink_inner(inner.substr(0, inner.size() - 2));
        l.embed = embed;
      } else {
        l.target = std::string(text);
      }
      if (s.quoted) raw_len = s.text.size() + 2;
    }
    l.property = key;
    l.line = s.line;
    l.column = s.column;
    if (s.text.find('\n') == std::string::npos) {
      l.end_column = s.column + static_cast<int>(raw_len) - 1;
    }
    return l;
  }

  // `key`: a string literal (see link()).
  void links(std::string_view key, const RawProperty& p, std::vector<Link>* out) {
    if (p.shape == RawProperty::Shape::Map) {
      invalid(p.line, p.column,
              fmt::format("`{}` must be a link or a list of links, not {}", key, shape_name(p)),
              fmt::format("Write `{}: \"[[Note name]]\"` or a list of quoted links.", key));
      return;
    }
    for (const Scalar& s : p.items) {
      if (auto l = link(key, s)) out->push_back(std::move(*l));
    }
  }

  void text(const std::string& key, const RawProperty& p, std::string* out) {
    if (p.shape == RawProperty::Shape::Map) {
      invalid(p.line, p.column, fmt::format("`{}` must be text, not {}", key, shape_name(p)),
              fmt::format("Write `{}: some text`.", key));
      return;
    }
    std::string joined;
    for (const Scalar& s : p.items) {
      std::string_view t = trim(s.text);
      if (t.empty()) continue;
      if (!joined.empty()) joined += ", ";
      if (s.nested) {
        joined += "[[";
        joined += t;
        joined += "]]";
      } else {
        joined += t;
      }
    }
    *out = std::move(joined);
  }

  void number(const std::string& key, const RawProperty& p, std::optional<double>* out) {
    const Scalar* s =
        single(key, p, "a number", fmt::format("Write one plain number: `{}{} 15`.", key, sep_));
    if (s == nullptr) return;
    std::string_view t = trim(s->text);
    if (t.empty()) return;
    if (const std::optional<double> v = plain_number(t); v && std::isfinite(*v)) {
      *out = *v;
      return;
    }
    invalid(s->line, s->column, fmt::format("`{}{} {}` is not a number", key, sep_, t),
            fmt::format("Write a plain number without units, e.g. `{}{} 15`; put the unit in "
                        "`metric`.",
                        key, sep_));
  }

  // A list, or one text split at commas and spaces when `split` (tags).
  static void words(const RawProperty& p, bool split, bool strip_hash,
                    std::vector<std::string>* out) {
    for (const Scalar& s : p.items) {
      std::string_view t = s.text;
      if (!split) {
        t = trim(t);
        if (strip_hash) {
          while (!t.empty() && t.front() == '#') t.remove_prefix(1);
        }
        if (!t.empty()) out->emplace_back(t);
        continue;
      }
      std::size_t i = 0;
      while (i < t.size()) {
        while (i < t.size() &&
               (t[i] == ',' || t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == '\r')) {
          ++i;
        }
        std::size_t start = i;
        while (i < t.size() && t[i] != ',' && t[i] != ' ' && t[i] != '\t' && t[i] != '\n' &&
               t[i] != '\r') {
          ++i;
        }
        std::string_view w = t.substr(start, i - start);
        if (strip_hash) {
          while (!w.empty() && w.front() == '#') w.remove_prefix(1);
        }
        if (!w.empty()) out->emplace_back(w);
      }
    }
  }

  void list_only(const std::string& key, const RawProperty& p, bool split, bool strip_hash,
                 std::vector<std::string>* out) {
    if (p.shape == RawProperty::Shape::Map) {
      invalid(p.line, p.column, fmt::format("`{}` must be a list, not {}", key, shape_name(p)),
              fmt::format("Write `{}: [first, second]` or one item per `- ` line.", key));
      return;
    }
    words(p, split, strip_hash, out);
  }

  void unquoted_links(const std::string& key, const RawProperty& p) {
    if (p.shape != RawProperty::Shape::NestedList) return;
    for (const Scalar& s : p.items) {
      if (!s.nested) continue;
      add(findings::kUnquotedLink, s.line, s.column,
          fmt::format("`{}: [[{}]]` is read by YAML as a nested list, not a link", key, s.text),
          fmt::format("Quote the link: `{}: \"[[{}]]\"`.", key, s.text));
    }
  }

  void title(const RawProperty& p) {
    if (p.shape != RawProperty::Shape::Scalar) return;
    std::string_view t = trim(p.items.front().text);
    if (!t.empty()) n_->title = std::string(t);
  }

  void sprint(const RawProperty& p) {
    std::vector<Link> ls;
    links("sprint", p, &ls);
    if (ls.size() > 1) {
      invalid(ls[1].line, ls[1].column,
              fmt::format("`sprint` must be one link, not {} links", ls.size()),
              "Keep the one sprint this review covers: `sprint: \"[[2025-Q2 Sprint]]\"`.");
    }
    if (!ls.empty()) n_->sprint = std::move(ls.front());
  }

  void quarter(const std::string& key, const RawProperty& p) {
    const Scalar* s =
        single(key, p, "a quarter",
               fmt::format("Write one quarter as YYYY-Qn: `quarter{} 2025-Q2`.", sep_));
    if (s == nullptr) return;
    std::string_view t = trim(s->text);
    if (t.empty()) return;
    if (Quarter::parse(t)) {
      n_->quarter = std::string(t);
    } else {
      invalid(s->line, s->column, fmt::format("`quarter{} {}` is not a quarter", sep_, t),
              fmt::format("Write the quarter as YYYY-Qn, e.g. `quarter{} 2025-Q2`.", sep_));
    }
  }

  // The kind is settled before the other properties are read: how status,
  // horizon and cadence are checked depends on it. A `type` goals knows
  // decides; otherwise the first `classify` rule that matches.
  void type(const RawProperties& props) {
    if (const RawProperty* p = props.find("type"); p && p->shape == RawProperty::Shape::Scalar) {
      std::string_view t = trim(p->items.front().text);
      n_->type_name = std::string(t);
      if (std::optional<NoteType> known = from_word_icase<NoteType>(alias_of("type", t));
          known && *known != NoteType::Plain) {
        n_->type = *known;
        n_->kind_reason.source = KindReason::Source::TypeProperty;
        return;
      }
    }
    const std::vector<KindRule>& rules = config().classify;
    for (std::size_t i = 0; i < rules.size(); ++i) {
      if (!matches(rules[i], props)) continue;
      n_->type = rules[i].kind;
      n_->kind_reason = {KindReason::Source::Rule, static_cast<short>(i)};
      // The rule's cadence or horizon hold unless the note writes its own.
      if (rules[i].cadence) n_->cadence = *rules[i].cadence;
      if (rules[i].horizon) n_->horizon = *rules[i].horizon;
      return;
    }
    const Config::PeriodicReviews& periodic = config().periodic_reviews;
    if (!periodic.any()) return;
    for (const Cadence cadence : {Cadence::Weekly, Cadence::Monthly, Cadence::Quarterly}) {
      const PeriodicNoteSetting* setting = periodic.of(cadence);
      if (!setting) continue;
      if (std::optional<Date> day = periodic_note_date(*setting, n_->path)) {
        n_->type = NoteType::Review;
        n_->cadence = cadence;
        // The day the note is named for, unless it writes a `date` of its own.
        n_->date = day;
        n_->kind_reason.source = KindReason::Source::PeriodicNote;
        return;
      }
    }
  }

  /// The word goals knows for `text`, a value of `key`, under the config's
  /// `value-aliases` (`in-progress` -> `active`); else `text` itself.
  std::string_view alias_of(std::string_view key, std::string_view text) const {
    const auto& all = config().value_aliases;
    if (all.empty()) return text;
    const auto words = all.find(key);
    if (words == all.end()) return text;
    const auto w = words->second.find(ascii_lower(trim(text)));
    return w == words->second.end() ? text : std::string_view(w->second);
  }

  bool matches(const KindRule& r, const RawProperties& props) const {
    if (!r.property.empty() && !has_value(props.find(r.property), r.values)) return false;
    if (!r.tag.empty() && !has_tag(props, r.tag)) return false;
    if (!r.folder.empty() && !in_folder(r.folder)) return false;
    if (!r.heading.empty() && !has_heading(r.heading)) return false;
    return true;
  }

  bool has_heading(std::string_view text) const {
    return std::any_of(n_->body.headings.begin(), n_->body.headings.end(),
                       [&](const Heading& h) { return iequals(trim(h.text), text); });
  }

  static bool has_value(const RawProperty* p, const std::vector<std::string>& values) {
    if (p == nullptr) return false;
    for (const Scalar& item : p->items) {
      const std::string_view v = trim(item.text);
      if (v.empty()) continue;
      if (values.empty()) return true;
      for (const std::string& want : values)
        if (iequals(v, trim(want))) return true;
    }
    return false;
  }

  // `tag` or a tag nested below it, in the front matter (`tags`, or `tag`,
  // written as a list or as words) or the body.
  bool has_tag(const RawProperties& props, std::string_view tag) const {
    auto nested = [&](std::string_view t) {
      if (t.starts_with('#')) t.remove_prefix(1);
      return istarts_with(t, tag) && (t.size() == tag.size() || t[tag.size()] == '/');
    };
    for (const char* key : {"tags", "tag"}) {
      const RawProperty* p = props.find(key);
      if (p == nullptr) continue;
      for (const Scalar& item : p->items) {
        std::string_view rest = item.text;
        while (!rest.empty()) {
          const std::size_t end = rest.find_first_of(", \t");
          const std::string_view word = rest.substr(0, end);
          if (!word.empty() && nested(word)) return true;
          if (end == std::string_view::npos) break;
          rest.remove_prefix(end + 1);
        }
      }
    }
    for (const Tag& t : n_->body.tags)
      if (nested(t.name)) return true;
    return false;
  }

  // The note's folder, or a folder above it, matches the glob.
  bool in_folder(std::string_view glob) const {
    std::string_view dir = n_->path;
    for (std::size_t slash = dir.rfind('/'); slash != std::string_view::npos;
         slash = dir.rfind('/')) {
      dir = dir.substr(0, slash);
      if (glob_match(glob, dir)) return true;
    }
    return false;
  }

  void apply(const RawProperties& props);

  // Which of the key's spellings (Config::spellings) the note wrote: 0 for
  // the canonical name, k for its k-th alias.
  unsigned char spelling(const std::string& key, const RawProperty& p) const {
    if (p.written.empty()) return 0;
    unsigned k = 0;
    for (const auto& [alias, canonical] : config().aliases) {
      if (canonical != key || alias == key) continue;
      ++k;
      if (alias == p.written) return static_cast<unsigned char>(std::min(k, 255u));
    }
    return 0;
  }

  // A value on a note goals does not own, checked as Obsidian's Properties
  // view checks it against the type `.obsidian/types.json` declares.
  void declared(const std::string& key, const RawProperty& p, PropertyType type) {
    const std::string_view type_word = word_of(type);
    auto mismatch = [&](int line, int col, std::string what, std::string help) {
      invalid(line, col,
              fmt::format("{}; this vault's Obsidian types `{}` as {}", what, key, type_word),
              fmt::format("{}, or change the type of `{}` in Obsidian's All properties view.", help,
                          key));
    };
    if (p.shape == RawProperty::Shape::Null) return;
    const bool list_type = type == PropertyType::Multitext || type == PropertyType::Aliases ||
                           type == PropertyType::Tags;
    if (p.shape != RawProperty::Shape::Scalar) {
      if (list_type && p.shape != RawProperty::Shape::Map) return;
      auto [line, col] = value_pos(p);
      mismatch(line, col,
               fmt::format("`{}` must be {}, not {}", key, list_type ? "a list" : "one value",
                           shape_name(p)),
               list_type ? fmt::format("Write `{}: [first, second]`", key)
                         : fmt::format("Write one value: `{}: ...`", key));
      return;
    }
    const Scalar& s = p.items.front();
    const std::string_view text = trim(s.text);
    if (text.empty()) return;
    switch (type) {
      case PropertyType::Text:
      case PropertyType::Multitext:
      case PropertyType::Aliases:
      case PropertyType::Tags:
        return;
      case PropertyType::Number: {
        if (plain_number(text)) return;
        mismatch(s.line, s.column, fmt::format("`{}: {}` is not a number", key, text),
                 fmt::format("Write a plain number: `{}: 15`", key));
        return;
      }
      case PropertyType::Checkbox:
        if (iequals(text, "true") || iequals(text, "false")) return;
        mismatch(s.line, s.column, fmt::format("`{}: {}` is not true or false", key, text),
                 fmt::format("Write `{}: true` or `{}: false`", key, key));
        return;
      case PropertyType::Date:
      case PropertyType::Datetime:
        if (Date::parse_lenient(text)) return;
        mismatch(
            s.line, s.column,
            fmt::format("`{}: {}` is not {}", key, text,
                        type == PropertyType::Date ? "a date in YYYY-MM-DD form"
                                                   : "a date and time in YYYY-MM-DDTHH:mm form"),
            type == PropertyType::Date ? fmt::format("Write it as `{}: 2025-06-30`", key)
                                       : fmt::format("Write it as `{}: 2025-06-30T09:00`", key));
        return;
    }
  }

  const Config& config() const { return config_; }
  /// Whether invalid() stays silent: a goals property on a note goals does not own.
  bool quiet_ = false;

 private:
  Note* n_;
  Diagnostics* diags_;
  const Config& config_;
  /// How the property being read writes key and value: `:` in front
  /// matter, `::` in a Dataview field.
  std::string_view sep_ = ":";
};

// What a known property sets in the note. `key` is the property's canonical
// name; links keep the table's literal instead (see Builder::link()).
struct KnownProperty {
  std::string_view name;
  void (*read)(Builder& b, Note& n, const std::string& key, const RawProperty& p);
};

// Sorted by name for the binary search in Builder::apply; `type` is read first, apart.
constexpr KnownProperty kKnownProperties[] = {
    {"accountability", [](Builder& b, Note& n, const std::string& key,
                          const RawProperty& p) { b.text(key, p, &n.accountability); }},
    {"aliases", [](Builder& b, Note& n, const std::string& key,
                   const RawProperty& p) { b.list_only(key, p, false, false, &n.aliases); }},
    {"cadence", [](Builder& b, Note& n, const std::string& key,
                   const RawProperty& p) { b.choice(key, p, &n.cadence); }},
    {"completed", [](Builder& b, Note& n, const std::string& key,
                     const RawProperty& p) { b.date(key, p, &n.completed); }},
    {"created", [](Builder& b, Note& n, const std::string& key,
                   const RawProperty& p) { b.date(key, p, &n.created); }},
    {"current", [](Builder& b, Note& n, const std::string& key,
                   const RawProperty& p) { b.number(key, p, &n.current); }},
    {"date", [](Builder& b, Note& n, const std::string& key,
                const RawProperty& p) { b.date(key, p, &n.date); }},
    {"deadline", [](Builder& b, Note& n, const std::string& key,
                    const RawProperty& p) { b.date(key, p, &n.deadline); }},
    {"end", [](Builder& b, Note& n, const std::string& key,
               const RawProperty& p) { b.date(key, p, &n.end); }},
    {"goals", [](Builder& b, Note& n, const std::string&,
                 const RawProperty& p) { b.links("goals", p, &n.goals); }},
    {"horizon", [](Builder& b, Note& n, const std::string& key,
                   const RawProperty& p) { b.choice(key, p, &n.horizon); }},
    {"lint-ignore", [](Builder& b, Note& n, const std::string& key,
                       const RawProperty& p) { b.list_only(key, p, true, false, &n.lint_ignore); }},
    {"metric", [](Builder& b, Note& n, const std::string& key,
                  const RawProperty& p) { b.text(key, p, &n.metric); }},
    {"parent", [](Builder& b, Note& n, const std::string&,
                  const RawProperty& p) { b.links("parent", p, &n.parents); }},
    {"quarter",
     [](Builder& b, Note&, const std::string& key, const RawProperty& p) { b.quarter(key, p); }},
    {"reviewed", [](Builder& b, Note& n, const std::string& key,
                    const RawProperty& p) { b.date(key, p, &n.reviewed); }},
    {"sprint", [](Builder& b, Note&, const std::string&, const RawProperty& p) { b.sprint(p); }},
    {"start", [](Builder& b, Note& n, const std::string& key,
                 const RawProperty& p) { b.date(key, p, &n.start); }},
    {"status", [](Builder& b, Note& n, const std::string& key,
                  const RawProperty& p) { b.choice(key, p, &n.status); }},
    {"tags", [](Builder& b, Note& n, const std::string& key,
                const RawProperty& p) { b.list_only(key, p, true, true, &n.tags); }},
    {"target", [](Builder& b, Note& n, const std::string& key,
                  const RawProperty& p) { b.number(key, p, &n.target); }},
    {"title", [](Builder& b, Note&, const std::string&, const RawProperty& p) { b.title(p); }},
    {"values", [](Builder& b, Note& n, const std::string& key,
                  const RawProperty& p) { b.list_only(key, p, false, false, &n.values); }},
};
static_assert(std::ranges::is_sorted(kKnownProperties, {}, &KnownProperty::name));

const KnownProperty* find_known_property(std::string_view key) {
  const auto it = std::ranges::lower_bound(kKnownProperties, key, {}, &KnownProperty::name);
  return it != std::ranges::end(kKnownProperties) && it->name == key ? it : nullptr;
}

// An empty value, which rules tell from a missing property.
bool is_blank(const RawProperty& p) {
  return p.shape == RawProperty::Shape::Null ||
         (p.shape == RawProperty::Shape::Scalar && trim(p.items.front().text).empty()) ||
         (p.shape == RawProperty::Shape::List && p.items.empty());
}

// Properties whose values are checked on every note: Obsidian's own lists
// and the one that silences lint.
bool checked_on_every_note(std::string_view key) {
  return key == "aliases" || key == "lint-ignore" || key == "tags";
}

// --- Dataview page fields ---------------------------------------------------

bool key_char(unsigned char c) { return c >= 0x80 || std::isalnum(c) != 0 || c == '_'; }

// What Dataview takes for the key of a `key:: value` line: the text before
// `::` without the markup or punctuation before it and the `*`, `~` or `` ` ``
// after it (`**Deadline**`); nullopt when anything else stands in it
// (Dataview's FULL_LINE_KEY_PARSER).
std::optional<std::string_view> line_key(std::string_view raw) {
  std::size_t a = 0;
  while (a < raw.size() && !key_char(static_cast<unsigned char>(raw[a]))) ++a;
  std::size_t b = raw.size();
  while (b > a && (raw[b - 1] == '*' || raw[b - 1] == '~' || raw[b - 1] == '`')) --b;
  if (a == b) return std::nullopt;
  for (std::size_t i = a; i < b; ++i) {
    const auto c = static_cast<unsigned char>(raw[i]);
    if (!key_char(c) && c != ' ' && c != '\t' && c != '/' && c != '-') return std::nullopt;
  }
  return raw.substr(a, b - a);
}

// Dataview's canonical field name: letters and digits lower-cased, `_` and
// `-` kept, a run of blanks one `-`, anything else dropped ("Due Date" is
// `due-date`).
std::string canonical_key(std::string_view key) {
  std::string out;
  bool blank = false;
  for (char ch : key) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == ' ' || c == '\t') {
      if (!blank) out += '-';
      blank = true;
      continue;
    }
    blank = false;
    if (key_char(c) || c == '-') out += ascii_lower(ch);
  }
  return out;
}

// A field's value as property scalars: one, or one per link of a
// comma-separated list of links (Dataview reads `[[A]], [[B]]` as a list).
// Positions are the file's; a value in double quotes is text.
std::vector<Scalar> field_scalars(const Field& f) {
  std::string_view v = f.value;
  std::vector<Scalar> out;
  if (v.empty()) return out;
  if (v.size() >= 2 && v.front() == '"' && v.back() == '"') {
    out.push_back(Scalar{std::string(v.substr(1, v.size() - 2)), f.line, f.value_column, true});
    return out;
  }
  std::vector<Scalar> links;
  std::size_t i = 0;
  while (i < v.size()) {
    const std::size_t at = i;
    const bool embed = v.substr(i, 3) == "![[";
    if (!embed && v.substr(i, 2) != "[[") break;
    const std::size_t close = v.find("]]", i);
    if (close == std::string_view::npos) break;
    i = close + 2;
    links.push_back(
        Scalar{std::string(v.substr(at, i - at)), f.line, f.value_column + static_cast<int>(at)});
    while (i < v.size() && (v[i] == ' ' || v[i] == '\t')) ++i;
    if (i == v.size()) return links;
    if (v[i] != ',') break;
    ++i;
    while (i < v.size() && (v[i] == ' ' || v[i] == '\t')) ++i;
  }
  out.push_back(Scalar{std::string(v), f.line, f.value_column});
  return out;
}

// Obsidian reads these only from the front matter, so Dataview fields of
// the same name give the note no aliases or tags.
bool page_field_may_set(std::string_view key) { return key != "aliases" && key != "tags"; }

// Adds the body's Dataview page fields to `props`, as properties the front
// matter does not set (a key with no value there counts as not set). The
// page's fields are Dataview's: every field but those on a checklist item's
// lines; a key given twice gives a list, as in Dataview.
void add_page_fields(const std::vector<Field>& fields, const Config& config, RawProperties* props) {
  const std::map<std::string, std::string>& aliases = config.aliases;
  // Keys goals reads, and those a `classify` rule asks about.
  auto wanted = [&](const std::string& key) {
    if (key == "type" || find_known_property(key) != nullptr) return true;
    return std::any_of(config.classify.begin(), config.classify.end(),
                       [&](const KindRule& r) { return r.property == key; });
  };
  std::vector<std::pair<std::string, RawProperty>> page;
  for (const Field& f : fields) {
    if (f.in_task) continue;
    std::optional<std::string_view> raw = f.own_line ? line_key(f.key) : f.key;
    if (!raw) continue;
    std::string key = canonical_key(*raw);
    std::string written;
    if (auto alias = aliases.find(key); alias != aliases.end()) {
      written = std::move(key);
      key = alias->second;
    }
    if (!wanted(key) || !page_field_may_set(key)) continue;
    if (const RawProperty* fm = props->find(key); fm != nullptr && !is_blank(*fm)) continue;
    auto it = std::find_if(page.begin(), page.end(), [&](const auto& e) { return e.first == key; });
    if (it == page.end()) {
      RawProperty p;
      p.line = f.line;
      p.column = f.column;
      p.page_field = true;
      p.written = std::move(written);
      it = page.insert(page.end(), {std::move(key), std::move(p)});
    }
    RawProperty& p = it->second;
    for (Scalar& s : field_scalars(f)) p.items.push_back(std::move(s));
    p.shape = p.items.empty()       ? RawProperty::Shape::Null
              : p.items.size() == 1 ? RawProperty::Shape::Scalar
                                    : RawProperty::Shape::List;
  }
  for (auto& e : page) props->entries.push_back(std::move(e));
}

void Builder::apply(const RawProperties& props) {
  type(props);
  // goals' own properties are checked on the notes goals owns (vision, goal,
  // sprint, review). Elsewhere they are just the user's words: a value is
  // checked only against the type the vault's Obsidian declares for its key,
  // and only as Obsidian would flag it.
  // A periodic note is read as a review but stays the user's journal: its
  // properties are checked as on any other note.
  const bool owned =
      n_->type != NoteType::Plain && n_->kind_reason.source != KindReason::Source::PeriodicNote;
  const auto& types = config().property_types;
  for (const auto& [key, p] : props.entries) {
    sep_ = p.page_field ? "::" : ":";
    n_->property_pos.set(key, PropertyPos{p.line, p.column, is_blank(p), spelling(key, p)});
    unquoted_links(key, p);
    const KnownProperty* known = find_known_property(key);
    const bool ours = known != nullptr && (owned || checked_on_every_note(key));
    if (known != nullptr) {
      quiet_ = !ours;
      known->read(*this, *n_, key, p);
      quiet_ = false;
    }
    if (ours || types.empty()) continue;
    if (auto t = types.find(ascii_lower(key)); t != types.end()) declared(key, p, t->second);
  }
}

// Unique as Obsidian counts tags (case-insensitively), keeping the first
// spelling. Linear for the usual handful; hashed when a note has many.
class TagSet {
 public:
  explicit TagSet(std::size_t expected) : hashed_(expected > 32) {}

  void add(std::vector<std::string>* out, std::string_view t) {
    if (!hashed_) {
      for (const std::string& have : *out) {
        if (iequals(have, t)) return;
      }
      out->emplace_back(t);
      return;
    }
    std::string key(t);
    for (char& c : key) c = ascii_lower(c);
    if (seen_.insert(std::move(key)).second) out->emplace_back(t);
  }

 private:
  bool hashed_;
  std::unordered_set<std::string> seen_;
};

void parse_note_impl(std::string_view bytes, const Config& config, Note* note, Diagnostics* diags) {
  Note& n = *note;
  Builder b(note, diags, config);

  // UTF-16/32 (by BOM, or by the NUL bytes that ASCII text has in UTF-16).
  const auto u = [&](std::size_t i) { return static_cast<unsigned char>(bytes[i]); };
  bool utf16_bom =
      bytes.size() >= 2 && ((u(0) == 0xFF && u(1) == 0xFE) || (u(0) == 0xFE && u(1) == 0xFF));
  bool utf32_be_bom = bytes.size() >= 4 && u(0) == 0 && u(1) == 0 && u(2) == 0xFE && u(3) == 0xFF;
  if (utf16_bom || utf32_be_bom) {
    b.add(findings::kInvalidEncoding, 0, 0,
          "the note is encoded as UTF-16 or UTF-32 (it starts with a byte order mark); it is not "
          "read",
          "Re-save the note as UTF-8 (the encoding Obsidian uses).");
    return;
  }
  if (std::memchr(bytes.data(), '\0', std::min(bytes.size(), kEncodingSniffBytes)) != nullptr) {
    b.add(findings::kInvalidEncoding, 0, 0,
          "the note contains NUL bytes, as UTF-16 text or a binary file does; it is not read",
          "Re-save the note as UTF-8, or rename the file if it is not a note.");
    return;
  }

  constexpr std::string_view kBom = "\xEF\xBB\xBF";
  const std::size_t bom = starts_with(bytes, kBom) ? kBom.size() : 0;
  if (std::size_t bad = detail::first_invalid_utf8(bytes); bad != std::string_view::npos) {
    const TextPosition at = position_of(bytes, bad);
    const int col = at.column - (at.line == 1 ? static_cast<int>(bom) : 0);
    b.add(findings::kInvalidEncoding, at.line, col,
          fmt::format("invalid UTF-8 (byte 0x{:02X}); the note is read as it is",
                      static_cast<unsigned char>(bytes[bad])),
          "Re-save the note as UTF-8; the text here was written in another encoding (e.g. "
          "Latin-1 or Windows-1252).");
  }

  FrontMatterSplit split = split_front_matter(bytes);
  if (split.unclosed) {
    b.add(findings::kInvalidFrontmatter, 1, 1,
          "front matter opened by `---` on line 1 is never closed; the note is read without "
          "properties",
          "Add a line `---` after the last property, or remove the first line if it is not front "
          "matter.");
  }
  RawProperties props;
  if (split.present) {
    n.has_frontmatter = true;
    parse_front_matter(split.yaml, split.yaml_first_line, n.path, config.aliases, &props, diags);
  }

  n.body = parse_body(split.body, split.body_first_line, n.path, diags, {}, config.tasks);
  if (!n.body.fields.empty()) add_page_fields(n.body.fields, config, &props);
  b.apply(props);

  if (n.title.empty()) {
    for (const Heading& h : n.body.headings) {
      if (h.level != 1) continue;
      std::string_view t = trim(h.text);
      if (!t.empty()) n.title = std::string(t);
      break;
    }
  }
  if (n.title.empty()) n.title = n.name;

  // Front-matter tags first, then the body's.
  std::vector<std::string> tags;
  TagSet seen(n.tags.size() + n.body.tags.size());
  for (const std::string& t : n.tags) seen.add(&tags, t);
  for (const Tag& t : n.body.tags) seen.add(&tags, t.name);
  n.tags = std::move(tags);
}

// Vectors grow by doubling while a note is read; what they keep spare adds up
// to megabytes over a large vault, where every note stays in memory.
void release_spare_capacity(Note* note) {
  Note& n = *note;
  n.parents.shrink_to_fit();
  n.values.shrink_to_fit();
  n.aliases.shrink_to_fit();
  n.tags.shrink_to_fit();
  n.lint_ignore.shrink_to_fit();
  n.goals.shrink_to_fit();
  n.property_pos.shrink_to_fit();
  BodyFacts& b = n.body;
  b.headings.shrink_to_fit();
  b.links.shrink_to_fit();
  b.tags.shrink_to_fit();
  b.items.shrink_to_fit();
  b.fields.shrink_to_fit();
  b.callouts.shrink_to_fit();
  b.block_ids.shrink_to_fit();
}

}  // namespace

Note parse_note(std::string_view bytes, const std::string& path, const Config& config,
                Diagnostics* diags) {
  Note n;
  n.path = path;
  n.name = note_name(path);
  // parse_note_impl catches what yaml-cpp throws; what is left here is
  // allocation failure on a huge note (or a bug), which must not end the run.
  auto fail = [&](std::string what) {
    Note plain;
    plain.path = path;
    plain.name = n.name;
    n = std::move(plain);
    if (diags == nullptr) return;
    diags->push_back(
        make_diagnostic(findings::kUnreadable, path, 0, 0, "the note could not be read: " + what,
                        "Check the note's size and encoding; split a very large note."));
  };
  try {
    parse_note_impl(bytes, config, &n, diags);
  } catch (const std::exception& e) {
    fail(e.what());
  } catch (...) {
    fail("unknown error");
  }
  if (n.title.empty()) n.title = n.name;
  try {
    release_spare_capacity(&n);
  } catch (...) {
    // Out of memory while moving a vector: the note is whole, only larger.
  }
  return n;
}

std::vector<std::size_t> review_questions(const std::vector<Heading>& headings) {
  std::vector<std::size_t> out;
  for (std::size_t h = 0; h < headings.size(); ++h) {
    if (h == 0 && headings[h].level == 1) continue;
    if (h + 1 < headings.size() && headings[h + 1].level > headings[h].level) continue;
    if (headings[h].text.empty()) continue;
    out.push_back(h);
  }
  return out;
}

std::vector<std::size_t> review_questions_of(const Note& note) {
  const std::vector<Heading>& hs = note.body.headings;
  if (note.kind_reason.source != KindReason::Source::PeriodicNote) return review_questions(hs);
  std::string title(to_string(note.cadence));
  title += " review";
  std::size_t start = hs.size();
  for (std::size_t h = 0; h < hs.size() && start == hs.size(); ++h)
    if (iequals(trim(hs[h].text), title)) start = h;
  std::vector<std::size_t> out;
  if (start == hs.size()) return out;
  std::size_t end = start + 1;
  while (end < hs.size() && hs[end].level > hs[start].level) ++end;
  for (std::size_t h = start + 1; h < end; ++h) {
    if (h + 1 < end && hs[h + 1].level > hs[h].level) continue;
    if (hs[h].text.empty()) continue;
    out.push_back(h);
  }
  return out;
}

}  // namespace goals
