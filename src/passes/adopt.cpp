#include "goals/passes/adopt.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <optional>
#include <set>

#include "goals/parse/frontmatter.h"
#include "goals/parse/note.h"
#include "goals/support/text.h"

namespace goals {

namespace {

/// What a word names, when it names a kind of note: `weekly-review`,
/// `01_Plan`, `OKRs`.
struct KindWord {
  NoteType kind;
  std::optional<Cadence> cadence;
  std::optional<Horizon> horizon;
};

/// Lowercase letters and digits only, after leading numbering (`01_`, `2. `).
std::string squeeze(std::string_view word) {
  std::size_t i = 0;
  while (i < word.size() && (std::isdigit(static_cast<unsigned char>(word[i])) || word[i] == '_' ||
                             word[i] == '.' || word[i] == '-' || word[i] == ' '))
    ++i;
  std::string out;
  for (; i < word.size(); ++i) {
    const char c = ascii_lower(word[i]);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out += c;
  }
  return out;
}

std::optional<KindWord> kind_word(std::string_view word) {
  static const std::map<std::string, KindWord, std::less<>> kWords = {
      {"goal", {NoteType::Goal, {}, {}}},
      {"goals", {NoteType::Goal, {}, {}}},
      {"objective", {NoteType::Goal, {}, {}}},
      {"objectives", {NoteType::Goal, {}, {}}},
      {"okr", {NoteType::Goal, {}, {}}},
      {"okrs", {NoteType::Goal, {}, {}}},
      {"keyresult", {NoteType::Goal, {}, Horizon::Short}},
      {"keyresults", {NoteType::Goal, {}, Horizon::Short}},
      {"vision", {NoteType::Vision, {}, {}}},
      {"northstar", {NoteType::Vision, {}, {}}},
      {"sprint", {NoteType::Sprint, {}, {}}},
      {"sprints", {NoteType::Sprint, {}, {}}},
      {"quarter", {NoteType::Sprint, {}, {}}},
      {"quarters", {NoteType::Sprint, {}, {}}},
      {"plan", {NoteType::Sprint, {}, {}}},
      {"plans", {NoteType::Sprint, {}, {}}},
      {"quarterplan", {NoteType::Sprint, {}, {}}},
      {"quarterlyplan", {NoteType::Sprint, {}, {}}},
      {"quarterlyplans", {NoteType::Sprint, {}, {}}},
      {"review", {NoteType::Review, {}, {}}},
      {"reviews", {NoteType::Review, {}, {}}},
      {"weekly", {NoteType::Review, Cadence::Weekly, {}}},
      {"weeklies", {NoteType::Review, Cadence::Weekly, {}}},
      {"weeklyreview", {NoteType::Review, Cadence::Weekly, {}}},
      {"weeklyreviews", {NoteType::Review, Cadence::Weekly, {}}},
      {"monthly", {NoteType::Review, Cadence::Monthly, {}}},
      {"monthlyreview", {NoteType::Review, Cadence::Monthly, {}}},
      {"monthlyreviews", {NoteType::Review, Cadence::Monthly, {}}},
      {"quarterly", {NoteType::Review, Cadence::Quarterly, {}}},
      {"quarterlyreview", {NoteType::Review, Cadence::Quarterly, {}}},
      {"quarterlyreviews", {NoteType::Review, Cadence::Quarterly, {}}},
  };
  const auto it = kWords.find(squeeze(word));
  if (it == kWords.end()) return std::nullopt;
  return it->second;
}

/// What a heading inside notes says the note is: `## Quarterly Goals` in a
/// journal's quarter note makes it the quarter's plan.
std::optional<KindWord> heading_word(std::string_view heading) {
  static const std::map<std::string, KindWord, std::less<>> kHeadings = {
      {"quarterlygoals", {NoteType::Sprint, {}, {}}},
      {"goalsforthequarter", {NoteType::Sprint, {}, {}}},
      {"quartergoals", {NoteType::Sprint, {}, {}}},
      {"thisquartersgoals", {NoteType::Sprint, {}, {}}},
      {"90daygoals", {NoteType::Sprint, {}, {}}},
      {"weeklyreview", {NoteType::Review, Cadence::Weekly, {}}},
      {"monthlyreview", {NoteType::Review, Cadence::Monthly, {}}},
      {"quarterlyreview", {NoteType::Review, Cadence::Quarterly, {}}}};
  std::string key;
  for (char ch : heading) {
    const char c = ascii_lower(ch);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) key += c;
  }
  const auto it = kHeadings.find(key);
  if (it == kHeadings.end()) return std::nullopt;
  return it->second;
}

/// Property names goals reads under other names, by what notes write.
std::optional<std::string_view> property_meaning(std::string_view key) {
  static const std::map<std::string, std::string_view, std::less<>> kNames = {
      {"deadline", "deadline"},  {"due", "deadline"},
      {"duedate", "deadline"},   {"targetdate", "deadline"},
      {"by", "deadline"},        {"up", "parent"},
      {"parent", "parent"},      {"parentgoal", "parent"},
      {"objective", "parent"},   {"kr", "metric"},
      {"keyresult", "metric"},   {"result", "metric"},
      {"measure", "metric"},     {"successmetric", "metric"},
      {"metric", "metric"},      {"lastreviewed", "reviewed"},
      {"reviewed", "reviewed"},  {"completedon", "completed"},
      {"finished", "completed"}, {"completed", "completed"}};
  const auto it = kNames.find(squeeze(key));
  if (it == kNames.end()) return std::nullopt;
  return it->second;
}

/// Status words people write, by the status goals knows.
std::optional<std::string_view> status_meaning(std::string_view value) {
  static const std::map<std::string, std::string_view, std::less<>> kWords = {
      {"inprogress", "active"}, {"doing", "active"},       {"ongoing", "active"},
      {"wip", "active"},        {"started", "active"},     {"current", "active"},
      {"todo", "planned"},      {"notstarted", "planned"}, {"backlog", "planned"},
      {"next", "planned"},      {"someday", "planned"},    {"idea", "planned"},
      {"onhold", "paused"},     {"hold", "paused"},        {"waiting", "paused"},
      {"blocked", "paused"},    {"completed", "done"},     {"complete", "done"},
      {"finished", "done"},     {"achieved", "done"},      {"closed", "done"},
      {"abandoned", "dropped"}, {"cancelled", "dropped"},  {"canceled", "dropped"},
      {"archived", "dropped"}};
  const auto it = kWords.find(squeeze(value));
  if (it == kWords.end()) return std::nullopt;
  return it->second;
}

/// Properties whose value may say what a note is (`okr: objective`).
bool kind_property(std::string_view key) {
  static const std::set<std::string, std::less<>> kKeys = {"okr",   "type",     "kind", "category",
                                                           "class", "notetype", "level"};
  return kKeys.contains(squeeze(key));
}

/// The types goals' own properties have in Obsidian's Properties view.
constexpr std::pair<std::string_view, PropertyType> kOwnTypes[] = {
    {"deadline", PropertyType::Date},  {"reviewed", PropertyType::Date},
    {"completed", PropertyType::Date}, {"start", PropertyType::Date},
    {"end", PropertyType::Date},       {"target", PropertyType::Number},
    {"current", PropertyType::Number}, {"goals", PropertyType::Multitext},
    {"horizon", PropertyType::Text},   {"status", PropertyType::Text},
    {"cadence", PropertyType::Text},   {"quarter", PropertyType::Text},
    {"metric", PropertyType::Text},    {"type", PropertyType::Text}};

/// A note's front matter as written (no aliases applied).
RawProperties raw_properties(std::string_view text) {
  RawProperties props;
  const FrontMatterSplit split = split_front_matter(text);
  if (!split.present) return props;
  Diagnostics ignored;
  parse_front_matter(split.yaml, split.yaml_first_line, "", {}, &props, &ignored);
  return props;
}

/// Candidate rules in the order they are written: properties, then tags,
/// then folders; within each, the rule found on the most notes first.
struct Candidates {
  std::map<std::pair<std::string, std::string>, std::pair<KindWord, std::set<int>>> properties;
  std::map<std::string, std::pair<KindWord, std::set<int>>> tags, folders, headings;
};

enum class Condition { Tag, Folder, Heading };

/// Rules for what `found` holds, most notes first. A tag must be on several
/// notes to say something about them, unless it marks the one vision.
void add_rules(const std::map<std::string, std::pair<KindWord, std::set<int>>>& found,
               Condition condition, std::vector<KindRule>* out) {
  std::vector<std::pair<std::string, const std::pair<KindWord, std::set<int>>*>> order;
  for (const auto& [name, e] : found)
    if (condition != Condition::Tag || e.first.kind == NoteType::Vision || e.second.size() >= 2)
      order.emplace_back(name, &e);
  std::stable_sort(order.begin(), order.end(), [](const auto& a, const auto& b) {
    return a.second->second.size() > b.second->second.size();
  });
  for (const auto& [name, e] : order) {
    KindRule r;
    r.kind = e->first.kind;
    r.cadence = e->first.cadence;
    r.horizon = e->first.horizon;
    (condition == Condition::Tag      ? r.tag
     : condition == Condition::Folder ? r.folder
                                      : r.heading) = name;
    out->push_back(std::move(r));
  }
}

}  // namespace

Adoption plan_adoption(const Vault& v, const FileSystem& fs) {
  Adoption a;
  Candidates c;
  std::vector<RawProperties> raw(v.notes.size());
  // Each note is read once: its properties as written now, and its text
  // again for classify below (an unreadable note stays "").
  std::vector<std::string> texts(v.notes.size());
  std::set<std::string> periodic_folders;
  for (const Cadence cadence : {Cadence::Weekly, Cadence::Monthly, Cadence::Quarterly})
    if (const PeriodicNoteSetting* p = v.config.periodic_reviews.of(cadence))
      periodic_folders.insert(p->folder);

  for (std::size_t i = 0; i < v.notes.size(); ++i) {
    if (v.role(static_cast<int>(i)) != NoteRole::Note) continue;
    const Note& n = v.notes[i];
    ++a.notes;
    std::string err;
    if (fs.read_file(path_join(v.root, n.path), &texts[i], &err, 16 << 20) !=
        FileSystem::Status::Okay)
      texts[i].clear();
    raw[i] = raw_properties(texts[i]);
    const int id = static_cast<int>(i);
    for (const auto& [key, p] : raw[i].entries) {
      if (!kind_property(key)) continue;
      for (const Scalar& item : p.items) {
        const std::string value(trim(item.text));
        // `type: goal` needs no rule.
        if (key == "type" && from_word_icase<NoteType>(value)) continue;
        if (std::optional<KindWord> w = kind_word(value)) {
          auto& e = c.properties[{key, ascii_lower(value)}];
          e.first = *w;
          e.second.insert(id);
        }
      }
    }
    // `#life/goal/learning` is a `#life/goal` too: each level is a candidate.
    for (const std::string& tag : n.tags) {
      for (std::size_t end = tag.find('/');; end = tag.find('/', end + 1)) {
        const std::string prefix = tag.substr(0, end);
        const std::size_t slash = prefix.rfind('/');
        if (std::optional<KindWord> w =
                kind_word(slash == std::string::npos ? prefix : prefix.substr(slash + 1))) {
          auto& e = c.tags[ascii_lower(prefix)];
          e.first = *w;
          e.second.insert(id);
        }
        if (end == std::string::npos) break;
      }
    }
    for (const Heading& h : n.body.headings)
      if (std::optional<KindWord> w = heading_word(h.text)) {
        auto& e = c.headings[std::string(trim(h.text))];
        e.first = *w;
        e.second.insert(id);
      }
    for (std::size_t slash = n.path.find('/'); slash != std::string::npos;
         slash = n.path.find('/', slash + 1)) {
      const std::string folder = n.path.substr(0, slash);
      if (periodic_folders.contains(folder)) continue;
      const std::size_t last = folder.rfind('/');
      if (std::optional<KindWord> w =
              kind_word(last == std::string::npos ? folder : folder.substr(last + 1))) {
        auto& e = c.folders[folder];
        e.first = *w;
        e.second.insert(id);
      }
    }
  }

  // Rules in their order; then each note classified as `classify` would.
  std::vector<KindRule> rules;
  {
    std::vector<
        std::pair<std::pair<std::string, std::string>, const std::pair<KindWord, std::set<int>>*>>
        order;
    for (const auto& [kv, e] : c.properties) order.emplace_back(kv, &e);
    std::stable_sort(order.begin(), order.end(), [](const auto& x, const auto& y) {
      return x.second->second.size() > y.second->second.size();
    });
    for (const auto& [kv, e] : order) {
      KindRule r;
      r.kind = e->first.kind;
      r.cadence = e->first.cadence;
      r.horizon = e->first.horizon;
      r.property = kv.first;
      r.values = {kv.second};
      rules.push_back(std::move(r));
    }
  }
  add_rules(c.tags, Condition::Tag, &rules);
  add_rules(c.headings, Condition::Heading, &rules);
  add_rules(c.folders, Condition::Folder, &rules);

  Config config = v.config;
  config.classify = rules;
  std::vector<int> found(rules.size(), 0);
  std::vector<NoteType> kind_of(v.notes.size(), NoteType::Plain);
  for (std::size_t i = 0; i < v.notes.size(); ++i) {
    if (v.role(static_cast<int>(i)) != NoteRole::Note) continue;
    Diagnostics ignored;
    const Note n = parse_note(texts[i], v.notes[i].path, config, &ignored);
    kind_of[i] = n.type;
    switch (n.kind_reason.source) {
      case KindReason::Source::TypeProperty:
        ++a.typed;
        break;
      case KindReason::Source::Rule:
        ++found[static_cast<std::size_t>(n.kind_reason.rule)];
        break;
      case KindReason::Source::PeriodicNote:
        ++a.periodic;
        break;
      case KindReason::Source::None:
        break;
    }
    if (n.type != NoteType::Plain) ++a.kinds[n.type];
  }
  for (std::size_t r = 0; r < rules.size(); ++r)
    if (found[r] > 0) a.rules.push_back({rules[r], found[r]});

  // Names and values the classified notes write their own way.
  std::map<std::pair<std::string, std::string>, ProposedAlias> names, values;
  auto propose_name = [&](const std::string& key) {
    const std::optional<std::string_view> m = property_meaning(key);
    if (!m || key == *m || v.config.aliases.contains(key)) return;
    ProposedAlias& pa = names[{key, std::string(*m)}];
    pa.written = key;
    pa.meaning = *m;
    ++pa.notes;
  };
  std::map<std::string, bool, std::less<>> fits;  // goals key -> every value written fits its type
  for (std::size_t i = 0; i < v.notes.size(); ++i) {
    if (kind_of[i] == NoteType::Plain) continue;
    // Page fields are read under their lowercased key (`Up::` is `up`).
    for (const Field& f : v.notes[i].body.fields)
      if (!f.in_task && f.own_line) propose_name(ascii_lower(trim(f.key, " *_")));
    for (const auto& [key, p] : raw[i].entries) {
      propose_name(key);
      if (key == "status" && kind_of[i] == NoteType::Goal && p.items.size() == 1) {
        const std::string value = ascii_lower(trim(p.items.front().text));
        if (!from_word<GoalStatus>(value) && !v.config.value_aliases.contains("status"))
          if (std::optional<std::string_view> m = status_meaning(value)) {
            ProposedAlias& pa = values[{value, std::string(*m)}];
            pa.written = value;
            pa.meaning = *m;
            pa.key = "status";
            ++pa.notes;
          }
      }
    }
  }
  for (auto& [k, pa] : names) a.aliases.push_back(std::move(pa));
  for (auto& [k, pa] : values) a.values.push_back(std::move(pa));

  // Types for Obsidian's Properties view: only keys types.json lacks, and
  // only where no note writes a value that type would flag.
  for (std::size_t i = 0; i < v.notes.size(); ++i) {
    if (v.role(static_cast<int>(i)) != NoteRole::Note) continue;
    for (const auto& [key, p] : raw[i].entries) {
      for (const auto& [own, type] : kOwnTypes) {
        if (key != own) continue;
        bool ok = true;
        for (const Scalar& item : p.items) {
          const std::string_view value = trim(item.text);
          if (type == PropertyType::Date) ok = ok && (value.empty() || Date::parse(value));
          if (type == PropertyType::Number) {
            char* end = nullptr;
            const std::string s(value);
            std::strtod(s.c_str(), &end);
            ok = ok && (s.empty() || (end && *end == '\0'));
          }
        }
        if (type != PropertyType::Multitext && p.shape == RawProperty::Shape::List) ok = false;
        if (p.shape == RawProperty::Shape::Map || p.shape == RawProperty::Shape::NestedList)
          ok = type == PropertyType::Multitext && p.shape == RawProperty::Shape::NestedList;
        auto [it, inserted] = fits.emplace(std::string(own), ok);
        if (!inserted) it->second = it->second && ok;
      }
    }
  }
  for (const auto& [own, type] : kOwnTypes) {
    if (v.config.property_types.contains(own)) continue;
    const auto f = fits.find(own);
    if (f != fits.end() && !f->second) {
      a.untyped.emplace_back(own);
      continue;
    }
    a.types.push_back({std::string(own), type});
  }
  return a;
}

}  // namespace goals
