/// An Obsidian Bases view of the vault's goals (`goals base`): the filters,
/// formulas and table views of a `.base` file, computed from the vault's
/// classification (`.goals.yaml`, Periodic Notes) and the property names its
/// notes use. render/base.h writes it as YAML.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "goals/model/vault.h"

namespace goals {

/// A Bases filter: one statement (an expression that is true or false for a
/// note), or `and`, `or` or `not` (none true) of a list of filters.
struct BaseFilter {
  enum class Op { Statement, And, Or, Not };
  Op op = Op::Statement;
  std::string statement;             ///< Statement: the expression
  std::vector<BaseFilter> children;  ///< And, Or, Not

  static BaseFilter of(std::string statement) { return {Op::Statement, std::move(statement), {}}; }
  /// `op` of `children`; an And or Or of one filter is that filter.
  static BaseFilter group(Op op, std::vector<BaseFilter> children);
};

/// One table view.
struct BaseView {
  std::string name;
  BaseFilter filters;
  /// The columns: `file.name`, `note.KEY`, `formula.NAME`.
  std::vector<std::string> order;
  /// The column the rows are grouped by (ascending), "" for none.
  std::string group_by;
};

struct BaseSpec {
  /// Lines for the file's opening comment: what was approximated.
  std::vector<std::string> comments;
  BaseFilter filters;  ///< for every view
  /// Formula name -> expression, in output order.
  std::vector<std::pair<std::string, std::string>> formulas;
  /// Column (`formula.NAME`, `note.KEY`) -> its display name.
  std::vector<std::pair<std::string, std::string>> display_names;
  std::vector<BaseView> views;
};

/// The Bases view of `vault`'s goals: "Active goals" (by horizon), "This
/// quarter's sprint", "Overdue" and "Done this quarter". Notes are told apart
/// as parse_note classifies them: a known `type` (in any letter case, or a
/// word `value-aliases` maps to one), else the first `classify` rule that
/// matches, else a Periodic Notes weekly, monthly or quarterly note. Each
/// property is read under every name `aliases` gives it; a column shows the
/// name most of the vault's notes of that kind write (the canonical one on a
/// tie or when none does). Dates are compared with Bases' `today()`, so the
/// file stays right as days pass.
BaseSpec plan_base(const Vault& vault);

}  // namespace goals
