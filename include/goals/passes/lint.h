/// The linter: rules run over a loaded vault and its goal graph, producing diagnostics.
#pragma once

#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "goals/model/graph.h"
#include "goals/model/vault.h"
#include "goals/parse/config.h"
#include "goals/support/date.h"
#include "goals/support/diagnostic.h"

namespace goals {

/// What every rule checks against; fixed for the run.
struct LintContext {
  const Vault& vault;
  const GoalGraph& graph;
  Date today;
  const Config& config;
};

/// The SMART letter a rule judges, in the order of the letters; None for a
/// rule that judges none (status draws a goal's letters from these).
enum class Smart { Specific, Measurable, Achievable, Relevant, TimeBound, None };

/// What a rule is, for --list-rules, SARIF's rule catalog, the docs and status.
struct RuleInfo {
  std::string_view id;        ///< stable kebab-case id
  Severity severity;          ///< default severity
  std::string_view summary;   ///< one line: what it finds
  std::string_view category;  ///< the idea it guards, as printed ("Specific", "vault")
  Smart smart;                ///< the SMART letter it judges, if any
};

/// One rule's options from `.goals.yaml` (`rules: {RULE: {key: value}}`),
/// read with types. Every key a rule asks for counts as known; the rest are
/// reported by unknown_keys().
class RuleOptions {
 public:
  /// `yaml` is the raw options mapping as stored in Config::rule_options ("" for none).
  RuleOptions(std::string_view rule, const std::string& yaml);
  ~RuleOptions();
  RuleOptions(const RuleOptions&) = delete;
  RuleOptions& operator=(const RuleOptions&) = delete;

  /// The integer at `key`, if set; a wrong type is a problem and reads as unset.
  std::optional<int> integer(std::string_view key) const;
  /// The list of texts at `key` (a single text reads as a one-item list).
  std::optional<std::vector<std::string>> strings(std::string_view key) const;

  /// Problems met so far (rule "config", severity warning, path ".goals.yaml").
  const Diagnostics& problems() const { return problems_; }
  /// Keys set in the config that no getter asked for.
  std::vector<std::string> unknown_keys() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  std::string rule_;
  mutable std::set<std::string, std::less<>> asked_;
  mutable Diagnostics problems_;
};

/// Where a rule's findings go. The rule id, its configured severity and the
/// note's path are filled in; suppression and scope are applied later.
class Reporter {
 public:
  Reporter(const Vault& vault, const RuleInfo& info, Severity severity, Diagnostics* out)
      : vault_(vault), info_(info), severity_(severity), out_(out) {}

  /// A finding in note `note` (index into Vault::notes) at a 1-based position.
  /// `end_column` (same line, inclusive) is 0 when the span is unknown.
  void report(int note, int line, int column, std::string message, std::string help,
              int end_column = 0);
  /// Passes on a problem the loader found, under this rule's configured severity.
  void forward(const Diagnostic& d);

 private:
  const Vault& vault_;
  const RuleInfo& info_;
  Severity severity_;
  Diagnostics* out_;
};

/// A lint rule: one small class per file in src/rules/.
class Rule {
 public:
  virtual ~Rule() = default;
  virtual const RuleInfo& info() const = 0;
  /// Reads the rule's options before any check; the default reads none.
  virtual void configure(const RuleOptions& options, const Config& config);
  virtual void check(const LintContext& ctx, Reporter& out) const = 0;
};

/// The rule's severity under `config`, or nullopt when the config switches it off.
std::optional<Severity> configured_severity(const Config& config, const RuleInfo& info);

/// Every rule, sorted by id.
std::vector<std::unique_ptr<Rule>> make_rules();

/// The rule's documentation page (docs/rules/ID.md, embedded at build time);
/// empty when there is none.
std::string_view rule_doc(std::string_view id);

/// The rules a run uses and their severities.
struct LintOptions {
  /// Run only these rule ids (empty: all that the config leaves on).
  std::vector<std::string> select;
  /// Never run these.
  std::vector<std::string> ignore;
  /// Report only on these vault-relative paths (a folder covers what is below
  /// it; "" is the whole vault); nullopt: the whole vault.
  std::optional<std::vector<std::string>> paths;
};

struct LintResult {
  Diagnostics diagnostics;      ///< sorted, suppressions applied
  Diagnostics config_problems;  ///< unknown rule ids or options in `.goals.yaml`
  int notes_checked = 0;        ///< notes in scope
};

/// Runs the rules. Never throws on users' notes.
LintResult lint(const Vault& vault, const GoalGraph& graph, const Date& today,
                const std::vector<std::unique_ptr<Rule>>& rules, const LintOptions& options);

/// True when `note` opts out of `rule` at `line`: its `lint-ignore` property,
/// or a `<!-- goals-ignore ... -->` comment on the line before.
bool is_suppressed(const Note& note, std::string_view rule, int line);

/// The position a finding about a missing property points at: the note's
/// `type` key, else line 1 column 1.
PropertyPos note_anchor(const Note& note);
/// The position of front-matter key `key`, else note_anchor().
PropertyPos property_anchor(const Note& note, std::string_view key);

}  // namespace goals
