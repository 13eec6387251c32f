#include "goals/render/base.h"

#include <sstream>
#include <string_view>

#include "goals/parse/frontmatter.h"
#include "goals/support/yaml_quote.h"

namespace goals {

namespace {

// Expressions are always single-quoted: they hold double quotes, `#`, `:`
// and `[`, and single quotes keep every other character as it is.
std::string single_quoted(std::string_view s) {
  std::string out = "'";
  for (char c : s) {
    out += c;
    if (c == '\'') out += '\'';
  }
  return out + '\'';
}

std::string_view op_name(BaseFilter::Op op) {
  switch (op) {
    case BaseFilter::Op::And:
      return "and";
    case BaseFilter::Op::Or:
      return "or";
    case BaseFilter::Op::Not:
      return "not";
    case BaseFilter::Op::Statement:
      break;
  }
  return "";
}

std::string spaces(int n) { return std::string(static_cast<std::size_t>(n), ' '); }

// A filter group's list, as the Bases docs lay it out: each nested group's
// items four columns right of its dash.
void items(std::ostream& o, const std::vector<BaseFilter>& children, int indent) {
  for (const BaseFilter& c : children) {
    o << spaces(indent) << "- ";
    if (c.op == BaseFilter::Op::Statement) {
      o << single_quoted(c.statement) << '\n';
    } else {
      o << op_name(c.op) << ":\n";
      items(o, c.children, indent + 4);
    }
  }
}

// The value of a `filters:` key standing at `indent`.
void filters(std::ostream& o, const BaseFilter& f, int indent) {
  if (f.op == BaseFilter::Op::Statement) {
    o << ' ' << single_quoted(f.statement) << '\n';
    return;
  }
  o << '\n' << spaces(indent + 2) << op_name(f.op) << ":\n";
  items(o, f.children, indent + 4);
}

}  // namespace

std::string render_base(const BaseSpec& spec) {
  std::ostringstream o;
  o << kGeneratedBaseLine << ": `goals base` may replace this file; change .goals.yaml instead.\n";
  for (const std::string& c : spec.comments) o << "# " << c << '\n';
  o << "filters:";
  filters(o, spec.filters, 0);
  if (!spec.formulas.empty()) {
    o << "formulas:\n";
    for (const auto& [name, expr] : spec.formulas)
      o << "  " << yaml_quote(name) << ": " << single_quoted(expr) << '\n';
  }
  if (!spec.display_names.empty()) {
    o << "properties:\n";
    for (const auto& [column, display] : spec.display_names)
      o << "  " << yaml_quote(column) << ":\n    displayName: " << yaml_quote(display) << '\n';
  }
  o << "views:\n";
  for (const BaseView& v : spec.views) {
    o << "  - type: table\n";
    o << "    name: " << yaml_quote(v.name) << '\n';
    o << "    filters:";
    filters(o, v.filters, 4);
    if (!v.group_by.empty()) {
      o << "    groupBy:\n";
      o << "      property: " << yaml_quote(v.group_by) << '\n';
      o << "      direction: ASC\n";
    }
    o << "    order:\n";
    for (const std::string& c : v.order) o << "      - " << yaml_quote(c) << '\n';
  }
  return o.str();
}

std::string goals_base_yaml(const Vault& vault) { return render_base(plan_base(vault)); }

}  // namespace goals
