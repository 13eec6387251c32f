#include "goals/passes/lint.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <map>

#include "goals/support/rule_ids.h"
#include "support/edit_distance.h"

namespace goals {

struct RuleOptions::Impl {
  YAML::Node root;
};

RuleOptions::RuleOptions(std::string_view rule, const std::string& yaml)
    : impl_(std::make_unique<Impl>()), rule_(rule) {
  if (yaml.empty()) return;
  try {
    impl_->root = YAML::Load(yaml);
  } catch (const YAML::Exception&) {
    // The config reader wrote this text itself from parsed YAML: it parses.
    impl_->root = YAML::Node();
  }
}

RuleOptions::~RuleOptions() = default;

namespace {

constexpr Finding kConfigWarning{findings::kConfig, Severity::Warning};

Diagnostic option_problem(std::string_view rule, std::string_view key, std::string message,
                          std::string help) {
  return make_diagnostic(
      kConfigWarning, ".goals.yaml", 0, 0,
      "rule `" + std::string(rule) + "`, option `" + std::string(key) + "`: " + std::move(message),
      std::move(help));
}

}  // namespace

std::optional<int> RuleOptions::integer(std::string_view key) const {
  asked_.emplace(key);
  if (!impl_->root.IsMap()) return std::nullopt;
  const YAML::Node v = impl_->root[std::string(key)];
  if (!v.IsDefined() || v.IsNull()) return std::nullopt;
  int out = 0;
  if (v.IsScalar() && YAML::convert<int>::decode(v, out) && out >= 0) return out;
  problems_.push_back(option_problem(rule_, key, "must be a whole number of at least 0",
                                     "Write it as `" + std::string(key) + ": 3`."));
  return std::nullopt;
}

std::optional<std::vector<std::string>> RuleOptions::strings(std::string_view key) const {
  asked_.emplace(key);
  if (!impl_->root.IsMap()) return std::nullopt;
  const YAML::Node v = impl_->root[std::string(key)];
  if (!v.IsDefined() || v.IsNull()) return std::nullopt;
  if (v.IsScalar()) return std::vector<std::string>{v.Scalar()};
  std::vector<std::string> out;
  if (v.IsSequence()) {
    for (const YAML::Node& e : v) {
      if (!e.IsScalar()) {
        out.clear();
        break;
      }
      out.push_back(e.Scalar());
    }
    if (out.size() == v.size()) return out;
  }
  problems_.push_back(option_problem(rule_, key, "must be a list of texts",
                                     "Write it as `" + std::string(key) + ": [one, two]`."));
  return std::nullopt;
}

std::vector<std::string> RuleOptions::unknown_keys() const {
  std::vector<std::string> out;
  if (!impl_->root.IsMap()) return out;
  for (auto it = impl_->root.begin(); it != impl_->root.end(); ++it) {
    const std::string k = it->first.IsScalar() ? it->first.Scalar() : std::string();
    if (!asked_.contains(k)) out.push_back(k);
  }
  return out;
}

void Rule::configure(const RuleOptions&, const Config&) {}

void Reporter::report(int note, int line, int column, std::string message, std::string help,
                      int end_column) {
  Diagnostic& d =
      out_->emplace_back(make_diagnostic({info_.id, severity_}, vault_.notes[note].path, line,
                                         column, std::move(message), std::move(help)));
  d.end_line = end_column > 0 ? line : 0;
  d.end_column = end_column;
}

void Reporter::forward(const Diagnostic& d) {
  out_->push_back(d);
  out_->back().severity = severity_;
}

bool is_suppressed(const Note& note, std::string_view rule, int line) {
  for (const std::string& r : note.lint_ignore)
    if (r == rule || r == "all") return true;
  for (const IgnoreComment& c : note.body.ignores) {
    if (c.line != line) continue;
    if (c.rules.empty()) return true;
    for (const std::string& r : c.rules)
      if (r == rule || r == "all") return true;
  }
  return false;
}

std::optional<Severity> configured_severity(const Config& config, const RuleInfo& info) {
  auto it = config.rules.find(std::string(info.id));
  if (it == config.rules.end()) return info.severity;
  switch (it->second) {
    case RuleLevel::Error:
      return Severity::Error;
    case RuleLevel::Warning:
      return Severity::Warning;
    case RuleLevel::Info:
      return Severity::Info;
    case RuleLevel::Off:
      return std::nullopt;
  }
  return info.severity;
}

PropertyPos note_anchor(const Note& note) {
  if (const PropertyPos* p = note.property_pos.find("type")) return *p;
  return PropertyPos{1, 1};
}

PropertyPos property_anchor(const Note& note, std::string_view key) {
  if (const PropertyPos* p = note.property_pos.find(key)) return *p;
  return note_anchor(note);
}

namespace {

bool contains(const std::vector<std::string>& v, std::string_view s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

/// The rule id nearest to `word`, for "did you mean".
std::string nearest_rule(const std::vector<std::unique_ptr<Rule>>& rules, std::string_view word) {
  std::string best;
  std::size_t best_d = 4;
  for (const auto& r : rules) {
    const std::size_t d = edit_distance(word, r->info().id);
    if (d < best_d) {
      best_d = d;
      best = std::string(r->info().id);
    }
  }
  return best;
}

bool in_scope(const std::vector<std::string>& paths, std::string_view path) {
  for (const std::string& p : paths) {
    if (p.empty() || p == path) return true;
    if (path.size() > p.size() && path.starts_with(p) && path[p.size()] == '/') return true;
  }
  return false;
}

}  // namespace

LintResult lint(const Vault& vault, const GoalGraph& graph, const Date& today,
                const std::vector<std::unique_ptr<Rule>>& rules, const LintOptions& options) {
  LintResult result;
  // Rule ids the config names must exist: a typo would silently do nothing.
  auto check_config_id = [&](const std::string& id) {
    for (const auto& r : rules)
      if (r->info().id == id) return;
    const std::string near = nearest_rule(rules, id);
    result.config_problems.push_back(make_diagnostic(
        kConfigWarning, ".goals.yaml", 0, 0, "`rules` names unknown rule `" + id + "`",
        near.empty() ? "Run `goals lint --list-rules` for the rule ids."
                     : "Did you mean `" + near + "`?"));
  };
  for (const auto& [id, level] : vault.config.rules) check_config_id(id);
  for (const auto& [id, yaml] : vault.config.rule_options)
    if (!vault.config.rules.contains(id)) check_config_id(id);

  const LintContext ctx{vault, graph, today, vault.config};
  Diagnostics found;
  for (const auto& rule : rules) {
    const RuleInfo& info = rule->info();
    const std::string id(info.id);
    if (!options.select.empty() && !contains(options.select, id) &&
        !contains(options.select, "all"))
      continue;
    if (contains(options.ignore, id)) continue;
    const std::optional<Severity> severity = configured_severity(vault.config, info);
    if (!severity) continue;
    auto opt = vault.config.rule_options.find(id);
    const RuleOptions ro(id, opt == vault.config.rule_options.end() ? std::string() : opt->second);
    rule->configure(ro, vault.config);
    for (const Diagnostic& p : ro.problems()) result.config_problems.push_back(p);
    for (const std::string& k : ro.unknown_keys())
      result.config_problems.push_back(make_diagnostic(
          kConfigWarning, ".goals.yaml", 0, 0, "rule `" + id + "` has no option `" + k + "`",
          "Run `goals lint --explain " + id + "` for its options."));
    Reporter out(vault, info, *severity, &found);
    rule->check(ctx, out);
  }

  // Which note each path is, to apply its suppressions and its role: nothing
  // is reported on a note that is not linted (templates, excluded notes).
  std::map<std::string_view, int> note_of_path;
  for (std::size_t i = 0; i < vault.notes.size(); ++i)
    note_of_path.emplace(vault.notes[i].path, static_cast<int>(i));
  for (Diagnostic& d : found) {
    if (options.paths && !in_scope(*options.paths, d.path)) continue;
    auto it = note_of_path.find(d.path);
    if (it != note_of_path.end() &&
        (!vault.is_linted(it->second) || is_suppressed(vault.notes[it->second], d.rule, d.line)))
      continue;
    result.diagnostics.push_back(std::move(d));
  }
  sort_diagnostics(result.diagnostics);
  result.diagnostics.erase(std::unique(result.diagnostics.begin(), result.diagnostics.end(),
                                       [](const Diagnostic& a, const Diagnostic& b) {
                                         return a.rule == b.rule && a.path == b.path &&
                                                a.line == b.line && a.column == b.column &&
                                                a.message == b.message;
                                       }),
                           result.diagnostics.end());
  for (std::size_t i = 0; i < vault.notes.size(); ++i)
    if (vault.is_linted(static_cast<int>(i)) &&
        (!options.paths || in_scope(*options.paths, vault.notes[i].path)))
      ++result.notes_checked;
  return result;
}

}  // namespace goals
