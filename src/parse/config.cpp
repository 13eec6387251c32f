#include "goals/parse/config.h"

#include "goals/support/rule_ids.h"
#include "goals/support/text.h"
#include "support/edit_distance.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <new>

#include <fmt/format.h>

namespace goals {

namespace {

constexpr std::size_t kMaxConfigBytes = 1024 * 1024;
constexpr const char* kConfigName = ".goals.yaml";

constexpr std::array<std::string_view, 9> kTopKeys = {
    "folders",          "aliases",       "classify", "value-aliases", "max-goals-per-sprint",
    "stale-after-days", "sprint-length", "ignore",   "rules"};
constexpr std::array<std::string_view, 7> kRuleKeys = {"kind",    "property", "tag",    "folder",
                                                       "heading", "cadence",  "horizon"};
constexpr std::array<std::string_view, 4> kValueAliasKeys = {"status", "horizon", "cadence",
                                                             "type"};
constexpr std::array<std::string_view, 4> kFolderKeys = {"vision", "goals", "sprints", "reviews"};
constexpr std::array<std::string_view, 2> kSprintLengthKeys = {"min", "max"};

template <std::size_t N>
std::string_view nearest(std::string_view key, const std::array<std::string_view, N>& known) {
  // Long keys pasted by mistake would make this quadratic for nothing.
  if (key.size() > 64) return {};
  std::string_view best;
  std::size_t best_d = 0;
  for (std::string_view k : known) {
    std::size_t d = edit_distance(key, k);
    if (best.empty() || d < best_d) {
      best = k;
      best_d = d;
    }
  }
  std::size_t limit = std::max<std::size_t>(2, std::min(key.size(), best.size()) / 3);
  return best_d <= limit ? best : std::string_view{};
}

template <std::size_t N>
bool is_known(std::string_view key, const std::array<std::string_view, N>& known) {
  return std::find(known.begin(), known.end(), key) != known.end();
}

std::string_view node_kind(const YAML::Node& n) {
  if (n.IsNull()) return "nothing";
  if (n.IsScalar()) return "a value";
  if (n.IsSequence()) return "a list";
  if (n.IsMap()) return "a mapping";
  return "nothing";
}

class Parser {
 public:
  Parser(const std::string& path, ConfigResult* result) : path_(path), r_(result) {}

  void add(Severity sev, const YAML::Mark& m, std::string message, std::string help) {
    // yaml-cpp marks are 0-based (a null mark is -1); diagnostics are 1-based.
    r_->diagnostics.push_back(
        make_diagnostic({findings::kConfig, sev}, path_, m.line >= 0 ? m.line + 1 : 1,
                        m.column >= 0 ? m.column + 1 : 1, std::move(message), std::move(help)));
  }

  void error(const YAML::Node& n, std::string message, std::string help) {
    add(Severity::Error, n.Mark(), std::move(message), std::move(help));
  }

  template <std::size_t N>
  void unknown_key(const YAML::Node& key, std::string_view where,
                   const std::array<std::string_view, N>& known) {
    std::string k = key.IsScalar() ? key.Scalar() : std::string("?");
    std::string_view near = nearest(k, known);
    std::string known_list;
    for (std::string_view s : known) {
      if (!known_list.empty()) known_list += ", ";
      known_list += s;
    }
    std::string message = fmt::format("unknown key `{}`{}", k, where);
    if (!near.empty()) message += fmt::format("; did you mean `{}`?", near);
    add(Severity::Warning, key.Mark(), std::move(message),
        near.empty() ? fmt::format("Remove it; known keys here: {}.", known_list)
                     : fmt::format("Rename it to `{}`.", near));
  }

  bool string_value(const YAML::Node& v, std::string_view key, std::string* out) {
    if (!v.IsScalar() || v.Scalar().empty()) {
      error(v, fmt::format("`{}` must be a non-empty text, not {}", key, node_kind(v)),
            fmt::format("Write it as `{}: Some Name`.", key));
      return false;
    }
    *out = v.Scalar();
    return true;
  }

  bool int_value(const YAML::Node& v, std::string_view key, int min, int max, int* out) {
    if (v.IsScalar()) {
      const std::string& s = v.Scalar();
      int n = 0;
      auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), n);
      if (ec == std::errc() && end == s.data() + s.size() && !s.empty()) {
        if (n >= min && n <= max) {
          *out = n;
          return true;
        }
        error(v, fmt::format("`{}` is {}; it must be between {} and {}", key, n, min, max),
              fmt::format("Set `{}` to a whole number from {} to {}.", key, min, max));
        return false;
      }
    }
    error(v,
          fmt::format("`{}` must be a whole number, not {}", key,
                      v.IsScalar() ? fmt::format("`{}`", v.Scalar()) : std::string(node_kind(v))),
          fmt::format("Set `{}` to a whole number from {} to {}, e.g. `{}: {}`.", key, min, max,
                      key, std::max(min, std::min(max, 90))));
    return false;
  }

  void folders(const YAML::Node& v) {
    if (!v.IsMap()) {
      error(v, fmt::format("`folders` must be a mapping, not {}", node_kind(v)),
            "Write it as `folders: {vision: Vision, goals: Goals, sprints: Sprints, reviews: "
            "Reviews}`.");
      return;
    }
    for (auto it = v.begin(); it != v.end(); ++it) {
      const YAML::Node k = it->first;
      std::string key = k.IsScalar() ? k.Scalar() : std::string();
      if (!is_known(key, kFolderKeys)) {
        unknown_key(k, " in `folders`", kFolderKeys);
        continue;
      }
      std::string name;
      if (string_value(it->second, fmt::format("folders.{}", key), &name)) {
        r_->config.folders[key] = std::move(name);
      }
    }
  }

  void aliases(const YAML::Node& v) {
    if (!v.IsMap()) {
      error(v, fmt::format("`aliases` must be a mapping, not {}", node_kind(v)),
            "Write it as `aliases: {due: deadline}` (alias: property).");
      return;
    }
    for (auto it = v.begin(); it != v.end(); ++it) {
      const YAML::Node k = it->first;
      const YAML::Node val = it->second;
      if (!k.IsScalar() || k.Scalar().empty()) {
        error(k, "an alias must be a property name", "Write it as `alias: property`.");
        continue;
      }
      // `due: ~` removes a default alias.
      if (val.IsNull()) {
        r_->config.aliases.erase(k.Scalar());
        continue;
      }
      std::string target;
      if (string_value(val, fmt::format("aliases.{}", k.Scalar()), &target)) {
        if (target == k.Scalar()) continue;
        r_->config.aliases[k.Scalar()] = std::move(target);
      }
    }
  }

  template <class E>
  bool word(const YAML::Node& v, std::string_view key, E* out) {
    if (v.IsScalar())
      if (std::optional<E> e = from_word_icase<E>(trim(v.Scalar()))) {
        *out = *e;
        return true;
      }
    error(v,
          fmt::format("`{}` must be one of {}, not {}", key, joined_words<E>(", "),
                      v.IsScalar() ? fmt::format("`{}`", v.Scalar()) : std::string(node_kind(v))),
          fmt::format("Write `{}: {}`.", key, word_of(names_of(E{}).front().value)));
    return false;
  }

  // `property: key` (set and not empty) or `property: {key: value}` (one
  // value or a list of values).
  bool property_condition(const YAML::Node& v, KindRule* r) {
    const char* help = "Write `property: {okr: objective}`, or `property: okr` for any value.";
    if (v.IsScalar() && !v.Scalar().empty()) {
      r->property = v.Scalar();
      return true;
    }
    if (!v.IsMap() || v.size() != 1) {
      error(v, "`property` must name one property and the value it holds", help);
      return false;
    }
    const YAML::Node k = v.begin()->first, val = v.begin()->second;
    if (!k.IsScalar() || k.Scalar().empty()) {
      error(k, "`property` must name a property", help);
      return false;
    }
    r->property = k.Scalar();
    if (val.IsScalar()) {
      r->values.push_back(val.Scalar());
    } else if (val.IsSequence()) {
      for (auto it = val.begin(); it != val.end(); ++it) {
        if (!it->IsScalar()) {
          error(*it, "each value of `property` must be a plain value", help);
          return false;
        }
        r->values.push_back(it->Scalar());
      }
    } else if (!val.IsNull()) {
      error(
          val,
          fmt::format("the value of `property` must be a value or a list, not {}", node_kind(val)),
          help);
      return false;
    }
    return true;
  }

  void classify_rule(const YAML::Node& v) {
    const char* help =
        "Write a rule as `- {kind: goal, tag: goal}`; conditions: property, tag, folder.";
    if (!v.IsMap()) {
      error(v, fmt::format("a `classify` rule must be a mapping, not {}", node_kind(v)), help);
      return;
    }
    KindRule r;
    r.line = v.Mark().line + 1;
    bool has_kind = false, ok = true;
    for (auto it = v.begin(); it != v.end(); ++it) {
      const YAML::Node k = it->first, val = it->second;
      const std::string key = k.IsScalar() ? k.Scalar() : std::string();
      if (key == "kind") {
        ok = word(val, "kind", &r.kind) && ok;
        has_kind = true;
      } else if (key == "property") {
        ok = property_condition(val, &r) && ok;
      } else if (key == "tag" || key == "folder" || key == "heading") {
        std::string text;
        if (!string_value(val, key, &text)) {
          ok = false;
          continue;
        }
        if (key == "heading") {
          r.heading = std::string(trim(text));
        } else if (key == "tag") {
          std::string_view t = trim(text);
          if (t.starts_with('#')) t.remove_prefix(1);
          while (t.ends_with('/')) t.remove_suffix(1);
          r.tag = std::string(t);
        } else {
          std::string_view f = trim(text);
          while (f.ends_with('/')) f.remove_suffix(1);
          while (f.starts_with('/')) f.remove_prefix(1);
          r.folder = std::string(f);
        }
      } else if (key == "cadence") {
        Cadence c{};
        ok = word(val, "cadence", &c) && ok;
        r.cadence = c;
      } else if (key == "horizon") {
        Horizon h{};
        ok = word(val, "horizon", &h) && ok;
        r.horizon = h;
      } else {
        unknown_key(k, " in a `classify` rule", kRuleKeys);
      }
    }
    if (!has_kind) {
      error(v, "a `classify` rule must say which `kind` of note it finds",
            "Add `kind: vision`, `goal`, `sprint` or `review`.");
      return;
    }
    if (ok && r.kind == NoteType::Plain) {
      error(v, "a `classify` rule cannot find plain notes; every note no rule finds is one",
            "Use `kind: vision`, `goal`, `sprint` or `review`.");
      return;
    }
    if (ok && r.property.empty() && r.tag.empty() && r.folder.empty() && r.heading.empty()) {
      error(v, "a `classify` rule needs a condition: `property`, `tag`, `folder` or `heading`",
            "Add e.g. `tag: goal` or `folder: Goals`.");
      return;
    }
    if (ok && r.cadence && r.kind != NoteType::Review) {
      error(v, "`cadence` belongs to a rule of `kind: review`", "Remove `cadence` here.");
      return;
    }
    if (ok && r.horizon && r.kind != NoteType::Goal) {
      error(v, "`horizon` belongs to a rule of `kind: goal`", "Remove `horizon` here.");
      return;
    }
    if (ok) r_->config.classify.push_back(std::move(r));
  }

  void classify(const YAML::Node& v) {
    if (v.IsNull()) return;
    if (!v.IsSequence()) {
      error(v, fmt::format("`classify` must be a list of rules, not {}", node_kind(v)),
            "Write it as a list: `classify: [{kind: goal, tag: goal}]`.");
      return;
    }
    for (auto it = v.begin(); it != v.end(); ++it) classify_rule(*it);
  }

  void value_aliases(const YAML::Node& v) {
    const char* help = "Write it as `value-aliases: {status: {in-progress: active}}`.";
    if (v.IsNull()) return;
    if (!v.IsMap()) {
      error(v, fmt::format("`value-aliases` must be a mapping, not {}", node_kind(v)), help);
      return;
    }
    for (auto it = v.begin(); it != v.end(); ++it) {
      const YAML::Node k = it->first, words = it->second;
      const std::string key = k.IsScalar() ? k.Scalar() : std::string();
      if (!is_known(key, kValueAliasKeys)) {
        unknown_key(k, " in `value-aliases`", kValueAliasKeys);
        continue;
      }
      if (!words.IsMap()) {
        error(words,
              fmt::format("`value-aliases.{}` must be a mapping, not {}", key, node_kind(words)),
              help);
        continue;
      }
      for (auto w = words.begin(); w != words.end(); ++w) {
        if (!w->first.IsScalar() || !w->second.IsScalar()) {
          error(w->first, "a value alias must map one word to one word", help);
          continue;
        }
        const std::string target = ascii_lower(trim(w->second.Scalar()));
        const bool known = key == "status"    ? from_word<GoalStatus>(target).has_value()
                           : key == "horizon" ? from_word<Horizon>(target).has_value()
                           : key == "cadence" ? from_word<Cadence>(target).has_value()
                                              : from_word<NoteType>(target).has_value();
        if (!known) {
          error(w->second,
                fmt::format("`{}` is no {} goals knows, so `{}` cannot mean it", target, key,
                            w->first.Scalar()),
                fmt::format("Map it to one of: {}.",
                            key == "status"    ? joined_words<GoalStatus>(", ")
                            : key == "horizon" ? joined_words<Horizon>(", ")
                            : key == "cadence" ? joined_words<Cadence>(", ")
                                               : joined_words<NoteType>(", ")));
          continue;
        }
        r_->config.value_aliases[key][ascii_lower(trim(w->first.Scalar()))] = target;
      }
    }
  }

  void sprint_length(const YAML::Node& v) {
    if (!v.IsMap()) {
      error(v, fmt::format("`sprint-length` must be a mapping, not {}", node_kind(v)),
            "Write it as `sprint-length: {min: 80, max: 100}` (days).");
      return;
    }
    int min = r_->config.sprint_min_days, max = r_->config.sprint_max_days;
    bool ok = true;
    for (auto it = v.begin(); it != v.end(); ++it) {
      const YAML::Node k = it->first;
      std::string key = k.IsScalar() ? k.Scalar() : std::string();
      if (key == "min") {
        ok = int_value(it->second, "sprint-length.min", 1, 3660, &min) && ok;
      } else if (key == "max") {
        ok = int_value(it->second, "sprint-length.max", 1, 3660, &max) && ok;
      } else {
        unknown_key(k, " in `sprint-length`", kSprintLengthKeys);
      }
    }
    if (!ok) return;
    if (min > max) {
      error(v, fmt::format("`sprint-length` min ({}) is greater than max ({})", min, max),
            "Make `min` at most `max`, e.g. `sprint-length: {min: 80, max: 100}`.");
      return;
    }
    r_->config.sprint_min_days = min;
    r_->config.sprint_max_days = max;
  }

  void ignore(const YAML::Node& v) {
    const char* help = "Write it as a list of globs, e.g. `ignore: [\"Templates/**\"]`.";
    if (v.IsNull()) return;
    if (v.IsScalar()) {
      r_->config.ignore.push_back(v.Scalar());
      return;
    }
    if (!v.IsSequence()) {
      error(v, fmt::format("`ignore` must be a list of globs, not {}", node_kind(v)), help);
      return;
    }
    for (auto it = v.begin(); it != v.end(); ++it) {
      const YAML::Node e = *it;
      if (!e.IsScalar() || e.Scalar().empty()) {
        error(e, fmt::format("each `ignore` item must be a glob text, not {}", node_kind(e)), help);
        continue;
      }
      r_->config.ignore.push_back(e.Scalar());
    }
  }

  bool level(const YAML::Node& v, std::string_view rule, RuleLevel* out) {
    if (v.IsScalar()) {
      std::string s = ascii_lower(v.Scalar());
      // Two more spellings people write, after ESLint and YAML booleans.
      if (s == "warn") s = "warning";
      if (s == "false") s = "off";
      if (std::optional<RuleLevel> lv = from_word<RuleLevel>(s)) {
        *out = *lv;
        return true;
      }
    }
    error(v,
          fmt::format("rule `{}`: severity must be error, warning, info or off, not {}", rule,
                      v.IsScalar() ? fmt::format("`{}`", v.Scalar()) : std::string(node_kind(v))),
          fmt::format("Write `{}: warning` (or error, info, off).", rule));
    return false;
  }

  void rules(const YAML::Node& v) {
    if (v.IsNull()) return;
    if (!v.IsMap()) {
      error(v, fmt::format("`rules` must be a mapping, not {}", node_kind(v)),
            "Write it as `rules: {vague-goal: warning, stale-goal: off}`.");
      return;
    }
    for (auto it = v.begin(); it != v.end(); ++it) {
      const YAML::Node k = it->first;
      const YAML::Node val = it->second;
      if (!k.IsScalar() || k.Scalar().empty()) {
        error(k, "a rule must be named by its id", "Write it as `rule-id: warning`.");
        continue;
      }
      const std::string& rule = k.Scalar();
      if (!val.IsMap()) {
        RuleLevel lv;
        if (level(val, rule, &lv)) r_->config.rules[rule] = lv;
        continue;
      }
      YAML::Emitter em;
      em << YAML::BeginMap;
      bool any_option = false, ok = true;
      int budget = kOptionBudget;
      for (auto o = val.begin(); o != val.end(); ++o) {
        const YAML::Node opt = o->first;
        if (opt.IsScalar() && opt.Scalar() == "severity") {
          RuleLevel lv;
          if (level(o->second, rule, &lv)) r_->config.rules[rule] = lv;
          continue;
        }
        em << YAML::Key;
        ok = emit(em, opt, 0, &budget);
        em << YAML::Value;
        ok = ok && emit(em, o->second, 0, &budget);
        any_option = true;
        if (!ok) break;
      }
      em << YAML::EndMap;
      if (!ok) {
        error(val, fmt::format("the options of rule `{}` nest too deep or are too large", rule),
              "Keep rule options to plain values and short lists.");
        continue;
      }
      if (any_option && em.good()) r_->config.rule_options[rule] = em.c_str();
    }
  }

 private:
  static constexpr int kOptionBudget = 10000;
  static constexpr int kOptionDepth = 16;

  // Bounded re-emission: a self-referencing alias would make YAML::Dump recurse
  // forever and aliases can make the tree exponentially large.
  static bool emit(YAML::Emitter& em, const YAML::Node& n, int depth, int* budget) {
    if (--*budget < 0 || depth > kOptionDepth) return false;
    if (n.IsScalar()) {
      em << n.Scalar();
    } else if (n.IsSequence()) {
      em << YAML::BeginSeq;
      for (auto it = n.begin(); it != n.end(); ++it) {
        if (!emit(em, *it, depth + 1, budget)) return false;
      }
      em << YAML::EndSeq;
    } else if (n.IsMap()) {
      em << YAML::BeginMap;
      for (auto it = n.begin(); it != n.end(); ++it) {
        em << YAML::Key;
        if (!emit(em, it->first, depth + 1, budget)) return false;
        em << YAML::Value;
        if (!emit(em, it->second, depth + 1, budget)) return false;
      }
      em << YAML::EndMap;
    } else {
      em << YAML::Null;
    }
    return true;
  }

  const std::string& path_;
  ConfigResult* r_;
};

}  // namespace

std::string KindRule::conditions() const {
  std::string out;
  auto add = [&](std::string part) {
    if (!out.empty()) out += ", ";
    out += part;
  };
  if (!property.empty()) {
    std::string values_text;
    for (const std::string& v : values) values_text += (values_text.empty() ? "" : ", ") + v;
    add(values.empty()       ? fmt::format("property: {}", property)
        : values.size() == 1 ? fmt::format("property: {{{}: {}}}", property, values_text)
                             : fmt::format("property: {{{}: [{}]}}", property, values_text));
  }
  if (!tag.empty()) add("tag: " + tag);
  if (!folder.empty()) add("folder: " + folder);
  if (!heading.empty()) add("heading: " + heading);
  return out;
}

std::vector<std::string> Config::spellings(std::string_view key) const {
  std::vector<std::string> out{std::string(key)};
  for (const auto& [alias, canonical] : aliases)
    if (canonical == key && alias != key) out.push_back(alias);
  return out;
}

bool ConfigResult::ok() const {
  return std::none_of(diagnostics.begin(), diagnostics.end(),
                      [](const Diagnostic& d) { return d.severity == Severity::Error; });
}

ConfigResult parse_config(const std::string& text, const std::string& path) {
  ConfigResult r;
  r.config.path = path;
  Parser p(path, &r);
  try {
    if (text.size() > kMaxConfigBytes) {
      p.add(Severity::Error, YAML::Mark::null_mark(),
            fmt::format("config is {} bytes; at most {} are read", text.size(), kMaxConfigBytes),
            "Keep .goals.yaml to settings only.");
      return r;
    }
    const YAML::Node root = YAML::Load(text);
    if (!root.IsDefined() || root.IsNull()) return r;
    if (!root.IsMap()) {
      p.error(root, fmt::format("config must be a mapping of settings, not {}", node_kind(root)),
              "Write settings as `key: value` lines, e.g. `stale-after-days: 90`.");
      return r;
    }
    Config& c = r.config;
    for (auto it = root.begin(); it != root.end(); ++it) {
      const YAML::Node k = it->first;
      const YAML::Node v = it->second;
      std::string key = k.IsScalar() ? k.Scalar() : std::string();
      if (key == "folders") {
        p.folders(v);
      } else if (key == "aliases") {
        p.aliases(v);
      } else if (key == "classify") {
        p.classify(v);
      } else if (key == "value-aliases") {
        p.value_aliases(v);
      } else if (key == "max-goals-per-sprint") {
        p.int_value(v, key, 1, 100, &c.max_goals_per_sprint);
      } else if (key == "stale-after-days") {
        p.int_value(v, key, 1, 36600, &c.stale_after_days);
      } else if (key == "sprint-length") {
        p.sprint_length(v);
      } else if (key == "ignore") {
        p.ignore(v);
      } else if (key == "rules") {
        p.rules(v);
      } else {
        p.unknown_key(k, "", kTopKeys);
      }
    }
    // A rule names a property as the notes write it; the notes are read
    // under canonical names, so an alias (`Deadline: deadline`) applies here too.
    for (KindRule& rule : c.classify)
      if (auto alias = c.aliases.find(rule.property); alias != c.aliases.end())
        rule.property = alias->second;
  } catch (const YAML::Exception& e) {
    p.add(Severity::Error, e.mark,
          fmt::format("config is not valid YAML: {}", e.msg.empty() ? "syntax error" : e.msg),
          "Fix the YAML at this position: check quotes, colons and indentation (spaces, not "
          "tabs).");
  } catch (const std::bad_alloc&) {
    p.add(Severity::Error, YAML::Mark::null_mark(), "config is too large to read",
          "Keep .goals.yaml to settings only.");
  } catch (const std::exception& e) {
    p.add(Severity::Error, YAML::Mark::null_mark(),
          fmt::format("config could not be read: {}", e.what()), "Check the YAML in .goals.yaml.");
  }
  return r;
}

ConfigResult load_config(const FileSystem& fs, const std::string& root) {
  std::string full = root.empty()         ? std::string(kConfigName)
                     : root.back() == '/' ? root + kConfigName
                                          : root + "/" + kConfigName;
  std::string contents, err;
  FileSystem::Status st = FileSystem::Status::OtherError;
  try {
    st = fs.read_file(full, &contents, &err, kMaxConfigBytes);
  } catch (const std::exception& e) {
    err = e.what();
  }
  if (st == FileSystem::Status::NotFound) return ConfigResult{};
  if (st != FileSystem::Status::Okay) {
    ConfigResult r;
    r.config.path = full;
    const bool too_large = st == FileSystem::Status::TooLarge;
    r.diagnostics.push_back(make_diagnostic(
        {findings::kConfig, Severity::Error}, kConfigName, 0, 0,
        too_large ? fmt::format("config is larger than {} bytes", kMaxConfigBytes)
                  : fmt::format("cannot read config: {}", err.empty() ? "read failed" : err),
        too_large ? "Keep .goals.yaml to settings only."
                  : fmt::format("Check that {} is a readable file.", full)));
    return r;
  }
  ConfigResult r = parse_config(contents, kConfigName);
  r.config.path = full;
  return r;
}

// ---------------------------------------------------------------------------
// Globs. Components are matched one against one; `**` matches any run of
// whole components. Both levels use the greedy match with a single backtrack
// point (the last star), which is O(n*m) and never exponential.

namespace {

// Matches a `[...]` class at pattern[pi] (pattern[pi] == '[') against c.
// Returns the index after the class, or npos if the class is not closed
// (then '[' is a literal).
std::size_t match_class(std::string_view p, std::size_t pi, char c, bool* matched) {
  std::size_t i = pi + 1;
  bool negate = false;
  if (i < p.size() && (p[i] == '!' || p[i] == '^')) {
    negate = true;
    ++i;
  }
  bool hit = false;
  bool first = true;
  while (i < p.size() && (p[i] != ']' || first)) {
    first = false;
    char lo = p[i];
    if (lo == '\\' && i + 1 < p.size()) lo = p[++i];
    char hi = lo;
    if (i + 2 < p.size() && p[i + 1] == '-' && p[i + 2] != ']') {
      hi = p[i + 2];
      if (hi == '\\' && i + 3 < p.size()) {
        hi = p[i + 3];
        ++i;
      }
      i += 2;
    }
    auto uc = static_cast<unsigned char>(c);
    if (uc >= static_cast<unsigned char>(lo) && uc <= static_cast<unsigned char>(hi)) hit = true;
    ++i;
  }
  if (i >= p.size()) return std::string_view::npos;
  *matched = hit != negate;
  return i + 1;
}

bool match_component(std::string_view p, std::string_view t) {
  std::size_t pi = 0, ti = 0;
  std::size_t star_p = std::string_view::npos, star_t = 0;
  while (ti < t.size()) {
    if (pi < p.size()) {
      char pc = p[pi];
      if (pc == '*') {
        while (pi < p.size() && p[pi] == '*') ++pi;
        star_p = pi;
        star_t = ti;
        continue;
      }
      if (pc == '?') {
        ++pi;
        ++ti;
        continue;
      }
      if (pc == '[') {
        bool matched = false;
        std::size_t next = match_class(p, pi, t[ti], &matched);
        if (next != std::string_view::npos) {
          if (matched) {
            pi = next;
            ++ti;
            continue;
          }
        } else if (t[ti] == '[') {
          ++pi;
          ++ti;
          continue;
        }
      } else {
        if (pc == '\\' && pi + 1 < p.size()) pc = p[pi + 1];
        if (pc == t[ti]) {
          pi += p[pi] == '\\' && pi + 1 < p.size() ? 2 : 1;
          ++ti;
          continue;
        }
      }
    }
    if (star_p == std::string_view::npos) return false;
    pi = star_p;
    ti = ++star_t;
  }
  while (pi < p.size() && p[pi] == '*') ++pi;
  return pi == p.size();
}

// Component cursor over a '/' path: `pos` is the start of the current
// component; pos > s.size() means no component is left.
struct Cursor {
  std::string_view s;
  std::size_t pos;
  explicit Cursor(std::string_view str) : s(str), pos(str.empty() ? 1 : 0) {}
  bool done() const { return pos > s.size(); }
  std::string_view comp() const {
    std::size_t end = s.find('/', pos);
    return s.substr(pos, (end == std::string_view::npos ? s.size() : end) - pos);
  }
  void advance() {
    std::size_t end = s.find('/', pos);
    pos = end == std::string_view::npos ? s.size() + 1 : end + 1;
  }
};

}  // namespace

bool glob_match(std::string_view pattern, std::string_view rel) {
  Cursor p(pattern), t(rel);
  bool have_star = false;
  Cursor star_p(pattern), star_t(rel);
  while (!t.done()) {
    if (!p.done()) {
      std::string_view pc = p.comp();
      if (pc == "**") {
        p.advance();
        have_star = true;
        star_p = p;
        star_t = t;
        continue;
      }
      if (match_component(pc, t.comp())) {
        p.advance();
        t.advance();
        continue;
      }
    }
    if (!have_star) return false;
    p = star_p;
    star_t.advance();
    t = star_t;
  }
  while (!p.done() && p.comp() == "**") p.advance();
  return p.done();
}

}  // namespace goals
