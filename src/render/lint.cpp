#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "render/diagnostic.h"
#include "render/lint.h"
#include "render/text_width.h"
#include "support/utf8_internal.h"

namespace goals {

namespace {

std::string_view level_name(Severity s) {
  switch (s) {
    case Severity::Error:
      return "error";
    case Severity::Warning:
      return "warning";
    case Severity::Info:
      return "note";
  }
  return "warning";
}

/// Columns a terminal gives `s[0, bytes)` once printable() has run on it.
int display_width(std::string_view s, std::size_t bytes, int tab_width) {
  int w = 0;
  for (std::size_t i = 0; i < bytes && i < s.size();) {
    if (s[i] == '\t') {
      w += tab_width;
      ++i;
      continue;
    }
    const std::size_t len = detail::utf8_len_at(s, i);
    ++w;
    i += len == 0 ? 1 : len;
  }
  return w;
}

/// Code points before byte column `column` (1-based) of `line`: SARIF's column.
// The 1-based code point column of a 1-based byte column. Findings come
// sorted by line and column, so it counts on from the last answer on the same
// line: thousands of findings on one long line cost one pass over it.
class CodePointColumns {
 public:
  int operator()(std::string_view line, int column) {
    const std::size_t want = static_cast<std::size_t>(std::max(column, 1)) - 1;
    if (line.data() != line_.data() || line.size() != line_.size() || want < byte_) {
      line_ = line;
      byte_ = 0;
      cp_ = 1;
    }
    while (byte_ < want && byte_ < line.size()) {
      const std::size_t len = detail::utf8_len_at(line, byte_);
      ++cp_;
      byte_ += len == 0 ? 1 : len;
    }
    return cp_;
  }

 private:
  std::string_view line_;
  std::size_t byte_ = 0;
  int cp_ = 1;
};

struct Counts {
  int errors = 0, warnings = 0, infos = 0, notes = 0;
};

Counts count(const Diagnostics& ds) {
  Counts c;
  std::set<std::string_view> paths;
  for (const Diagnostic& d : ds) {
    (d.severity == Severity::Error     ? c.errors
     : d.severity == Severity::Warning ? c.warnings
                                       : c.infos)++;
    paths.insert(d.path);
  }
  c.notes = static_cast<int>(paths.size());
  return c;
}

std::string plural(int n, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

// Long lines are cut in the excerpt: a finding's place matters, not the whole paragraph.
constexpr std::size_t kExcerptBytes = 240;

void render_text(std::ostream& os, const LintReport& r, const Style& s) {
  for (const Diagnostic& d : r.diagnostics) {
    render_diagnostic_line(os, d, s.on);
    std::optional<std::string_view> src;
    if (d.line > 0 && d.column > 0 && r.source_line) src = r.source_line(d.path, d.line);
    if (src && static_cast<std::size_t>(d.column) <= src->size() + 1 &&
        static_cast<std::size_t>(d.column) <= kExcerptBytes) {
      std::string_view line(*src);
      bool cut = false;
      if (line.size() > kExcerptBytes) {
        line = line.substr(0, detail::utf8_floor(line, kExcerptBytes));
        cut = true;
      }
      const std::string number = std::to_string(d.line);
      const std::string gutter(number.size(), ' ');
      const int at = display_width(line, static_cast<std::size_t>(d.column) - 1, 4);
      int width = 1;
      if (d.end_line == d.line && d.end_column >= d.column)
        width = std::max(1, display_width(line, static_cast<std::size_t>(d.end_column), 4) - at);
      std::string shown = printable(line) + (cut ? " …" : "");
      if (r.width.fit) {
        // The line cut to the terminal, as long as the caret stays on it.
        const int room = r.width.columns - static_cast<int>(number.size()) - 3;
        if (goals::display_width(shown) > room && at + 2 < room) {
          shown = fit_width(shown, room, "…");
          width = std::min(width, room - 1 - at);
        }
      }
      os << ' ' << s.blue(number) << ' ' << s.blue("|") << ' ' << shown << '\n';
      os << ' ' << gutter << ' ' << s.blue("|") << ' ' << std::string(at, ' ')
         << s.green("^" + std::string(width - 1, '~')) << '\n';
    }
    if (!d.help.empty()) {
      const std::string help = printable(d.help);
      if (!r.width.fit) {
        os << "  " << s.cyan("help") << ": " << help << '\n';
      } else {
        bool first = true;
        for (std::string_view l : wrap_width(help, r.width.columns - 8)) {
          os << (first ? "  " + s.cyan("help") + ": " : std::string(8, ' ')) << l << '\n';
          first = false;
        }
      }
    }
    os << '\n';
  }
  if (!r.summary) return;
  const Counts c = count(r.diagnostics);
  if (r.diagnostics.empty()) {
    os << s.bold(fmt::format("no problems in {}", plural(r.notes_checked, "note", "notes")))
       << '\n';
    return;
  }
  std::vector<std::string> parts;
  if (c.errors) parts.push_back(plural(c.errors, "error", "errors"));
  if (c.warnings) parts.push_back(plural(c.warnings, "warning", "warnings"));
  if (c.infos) parts.push_back(plural(c.infos, "info", "infos"));
  os << s.bold(fmt::format("{} in {}", fmt::join(parts, ", "), plural(c.notes, "note", "notes")))
     << '\n';
}

Json diagnostic_json(const Diagnostic& d) {
  auto pos = [](int v) { return v > 0 ? Json(v) : Json(nullptr); };
  return Json{{"path", d.path},
              {"line", pos(d.line)},
              {"column", pos(d.column)},
              {"end_line", pos(d.end_line)},
              {"end_column", pos(d.end_column)},
              {"severity", std::string(to_string(d.severity))},
              {"rule", d.rule},
              {"message", d.message},
              {"help", d.help}};
}

Json summary_json(const LintReport& r) {
  const Counts c = count(r.diagnostics);
  return Json{{"errors", c.errors},
              {"warnings", c.warnings},
              {"infos", c.infos},
              {"notes_with_findings", c.notes},
              {"notes_checked", r.notes_checked}};
}

/// A relative path as a URI reference: RFC 3986 unreserved bytes and '/' stay.
std::string uri_path(std::string_view path) {
  std::string out;
  for (const char ch : path) {
    const auto c = static_cast<unsigned char>(ch);
    if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/')
      out += ch;
    else
      out += fmt::format("%{:02X}", c);
  }
  return out;
}

void render_sarif(std::ostream& os, const LintReport& r,
                  const std::vector<std::unique_ptr<Rule>>& rules) {
  Json catalog = Json::array();
  std::map<std::string, int, std::less<>> index;
  for (const auto& rule : rules) {
    const RuleInfo& info = rule->info();
    index.emplace(std::string(info.id), static_cast<int>(catalog.size()));
    Json entry{{"id", std::string(info.id)},
               {"shortDescription", {{"text", std::string(info.summary)}}},
               {"defaultConfiguration", {{"level", std::string(level_name(info.severity))}}},
               {"properties", {{"tags", Json::array({std::string(info.category)})}}}};
    if (const std::string_view doc = rule_doc(info.id); !doc.empty())
      entry["help"] = Json{{"text", fmt::format("{}. Run `goals lint --explain {}` for the page.",
                                                info.summary, info.id)},
                           {"markdown", std::string(doc)}};
    catalog.push_back(std::move(entry));
  }
  Json results = Json::array();
  CodePointColumns code_points;
  for (const Diagnostic& d : r.diagnostics) {
    Json location{
        {"physicalLocation", {{"artifactLocation", {{"uri", uri_path(r.path_prefix + d.path)}}}}}};
    if (d.line > 0) {
      std::optional<std::string_view> src =
          r.source_line ? r.source_line(d.path, d.line) : std::nullopt;
      auto column = [&](int byte_col) { return src ? code_points(*src, byte_col) : byte_col; };
      Json region{{"startLine", d.line}};
      if (d.column > 0) region["startColumn"] = column(d.column);
      if (d.end_line > 0) region["endLine"] = d.end_line;
      // SARIF's endColumn is one past the last character.
      if (d.end_column > 0 && d.end_line == d.line) region["endColumn"] = column(d.end_column + 1);
      location["physicalLocation"]["region"] = std::move(region);
    }
    Json result{{"ruleId", d.rule},
                {"level", std::string(level_name(d.severity))},
                {"message", {{"text", d.help.empty() ? d.message : d.message + ". " + d.help}}},
                {"locations", Json::array({std::move(location)})}};
    if (auto it = index.find(d.rule); it != index.end()) result["ruleIndex"] = it->second;
    results.push_back(std::move(result));
  }
  Json sarif{{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
             {"version", "2.1.0"},
             {"runs", Json::array({Json{{"tool",
                                         {{"driver",
                                           {{"name", "goals"},
                                            {"version", GOALS_VERSION},
                                            {"semanticVersion", GOALS_VERSION},
                                            {"rules", std::move(catalog)}}}}},
                                        {"columnKind", "unicodeCodePoints"},
                                        {"results", std::move(results)}}})}};
  os << json_text(sarif, 2) << '\n';
}

/// The GitHub Actions toolkit's escaping of a workflow command's message.
std::string escape_data(std::string_view s) {
  std::string out;
  for (const char c : s) {
    if (c == '%')
      out += "%25";
    else if (c == '\r')
      out += "%0D";
    else if (c == '\n')
      out += "%0A";
    else
      out += c;
  }
  return out;
}

/// ... and of a property value, where ':' and ',' are syntax too.
std::string escape_property(std::string_view s) {
  std::string out;
  for (const char c : escape_data(s)) {
    if (c == ':')
      out += "%3A";
    else if (c == ',')
      out += "%2C";
    else
      out += c;
  }
  return out;
}

void render_github(std::ostream& os, const LintReport& r) {
  for (const Diagnostic& d : r.diagnostics) {
    const std::string_view kind = d.severity == Severity::Error     ? "error"
                                  : d.severity == Severity::Warning ? "warning"
                                                                    : "notice";
    os << "::" << kind << " file=" << escape_property(r.path_prefix + d.path);
    if (d.line > 0) os << ",line=" << d.line;
    if (d.column > 0) os << ",col=" << d.column;
    if (d.end_line > 0) os << ",endLine=" << d.end_line;
    if (d.end_column > 0 && d.end_line == d.line) os << ",endColumn=" << d.end_column;
    os << ",title=" << escape_property(d.rule)
       << "::" << escape_data(d.help.empty() ? d.message : d.message + "\nhelp: " + d.help) << '\n';
  }
}

}  // namespace

std::string printable(std::string_view s, int tab_width) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == '\t') {
      out.append(static_cast<std::size_t>(tab_width), ' ');
      ++i;
    } else if (c < 0x20 || c == 0x7F) {
      out += "\uFFFD";
      ++i;
    } else if (const std::size_t len = detail::utf8_len_at(s, i); len == 0) {
      out += "\uFFFD";
      ++i;
    } else {
      // C1 controls (U+0080..U+009F) can steer a terminal too.
      if (len == 2 && c == 0xC2 && static_cast<unsigned char>(s[i + 1]) < 0xA0)
        out += "\uFFFD";
      else
        out.append(s.substr(i, len));
      i += len;
    }
  }
  return out;
}

void render_lint(std::ostream& os, const LintReport& report, LintFormat format,
                 const std::vector<std::unique_ptr<Rule>>& rules, const Style& style) {
  switch (format) {
    case LintFormat::Text:
      render_text(os, report, style);
      return;
    case LintFormat::Json: {
      Json ds = Json::array();
      for (const Diagnostic& d : report.diagnostics) ds.push_back(diagnostic_json(d));
      os << json_text(Json{{"schema_version", kSchemaVersion},
                           {"diagnostics", std::move(ds)},
                           {"summary", summary_json(report)}},
                      2)
         << '\n';
      return;
    }
    case LintFormat::Jsonl:
      for (const Diagnostic& d : report.diagnostics) os << json_text(diagnostic_json(d)) << '\n';
      return;
    case LintFormat::Sarif:
      render_sarif(os, report, rules);
      return;
    case LintFormat::Github:
      render_github(os, report);
      return;
  }
}

void render_rule_list(std::ostream& os, const std::vector<std::unique_ptr<Rule>>& rules,
                      const Config& config, bool json, const Style& style) {
  auto configured = [&](const RuleInfo& info) -> std::string {
    const std::optional<Severity> sev = configured_severity(config, info);
    return sev ? std::string(to_string(*sev)) : "off";
  };
  if (json) {
    Json list = Json::array();
    for (const auto& rule : rules) {
      const RuleInfo& info = rule->info();
      list.push_back(Json{{"id", std::string(info.id)},
                          {"severity", configured(info)},
                          {"default_severity", std::string(to_string(info.severity))},
                          {"category", std::string(info.category)},
                          {"summary", std::string(info.summary)}});
    }
    os << json_text(Json{{"schema_version", kSchemaVersion}, {"rules", std::move(list)}}, 2)
       << '\n';
    return;
  }
  std::size_t width = 0;
  for (const auto& rule : rules) width = std::max(width, rule->info().id.size());
  for (const auto& rule : rules) {
    const RuleInfo& info = rule->info();
    const std::string sev = configured(info);
    os << style.bold(fmt::format("{:<{}}", info.id, width)) << "  " << fmt::format("{:<7}", sev)
       << "  " << info.summary << '\n';
  }
}

}  // namespace goals
