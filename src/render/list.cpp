#include <fmt/format.h>

#include "render/notes.h"

namespace goals {

namespace {

/// TSV cells may not hold tabs or line breaks.
std::string tsv_cell(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  return out;
}

std::string progress_text(const Progress& p) {
  return p.total == 0 ? "-" : fmt::format("{}/{}", p.done, p.total);
}

/// Writes `text` with `indent` before each of its lines.
void write_indented(std::ostream& os, std::string_view text, std::string_view indent) {
  std::size_t start = 0;
  for (std::size_t nl = text.find('\n'); nl != std::string_view::npos;
       nl = text.find('\n', start)) {
    os << indent << text.substr(start, nl + 1 - start);
    start = nl + 1;
  }
  os << indent << text.substr(start);
}

std::string type_text(const Note& n) {
  return n.type == NoteType::Plain ? (n.type_name.empty() ? "note" : n.type_name)
                                   : std::string(to_string(n.type));
}

}  // namespace

std::string kind_reason_text(const Vault& v, const Note& note) {
  switch (note.kind_reason.source) {
    case KindReason::Source::None:
      return "";
    case KindReason::Source::TypeProperty:
      return "type: " + note.type_name;
    case KindReason::Source::Rule: {
      const auto& rules = v.config.classify;
      const auto i = static_cast<std::size_t>(note.kind_reason.rule);
      if (i >= rules.size()) return "a classify rule";
      return fmt::format("classify rule {} (.goals.yaml line {}): {}", i + 1, rules[i].line,
                         rules[i].conditions());
    }
    case KindReason::Source::PeriodicNote:
      return fmt::format("Periodic Notes: a {} note", to_string(note.cadence));
  }
  return "";
}

bool kind_from_conventions(const Note& note) {
  return note.kind_reason.source == KindReason::Source::Rule ||
         note.kind_reason.source == KindReason::Source::PeriodicNote;
}

void render_list(std::ostream& os, const Vault& v, const GoalGraph& g,
                 const std::vector<int>& notes, ListFormat format, bool nul, const Style& style,
                 const std::function<std::string(const std::string&)>& display_path, bool why) {
  switch (format) {
    case ListFormat::Json: {
      // What {"schema_version": .., "notes": [..]}.dump(2) prints, written a
      // note at a time: the whole document at once cost about 20 MB at 100k
      // notes. Each note is dumped on its own and indented to its depth (dump
      // escapes line breaks inside strings, so every '\n' is the printer's).
      os << "{\n  \"schema_version\": " << json_text(Json(kSchemaVersion)) << ",\n  \"notes\": [";
      if (notes.empty()) {
        os << "]\n}\n";
        return;
      }
      for (std::size_t i = 0; i < notes.size(); ++i) {
        os << (i == 0 ? "\n" : ",\n");
        write_indented(os, json_text(note_json(v, g, notes[i]), 2), "    ");
      }
      os << "\n  ]\n}\n";
      return;
    }
    case ListFormat::Jsonl:
      for (int n : notes) os << json_text(note_json(v, g, n)) << '\n';
      return;
    case ListFormat::Paths:
      for (int n : notes) os << display_path(v.notes[n].path) << (nul ? '\0' : '\n');
      return;
    case ListFormat::Tsv:
      os << "path\ttitle\ttype\tstatus\thorizon\tdeadline\tdone\ttotal\ttags\n";
      for (int n : notes) {
        const Note& note = v.notes[n];
        const bool goal = note.type == NoteType::Goal;
        auto due = due_date(g, n);
        const Progress p = note_progress(g, n);
        std::string tags;
        for (const auto& t : note.tags) tags += (tags.empty() ? "" : ",") + t;
        os << tsv_cell(note.path) << '\t' << tsv_cell(note.title) << '\t' << type_text(note) << '\t'
           << (goal ? to_string(note.status) : "") << '\t' << to_string(note.horizon) << '\t'
           << (due ? due->str() : "") << '\t' << p.done << '\t' << p.total << '\t' << tsv_cell(tags)
           << '\n';
      }
      return;
    case ListFormat::Text:
      break;
  }
  if (notes.empty()) return;
  os << style.bold(fmt::format("{:<7} {:<7} {:<7} {:<10} {:>8}  {}", "TYPE", "HORIZON", "STATUS",
                               "DUE", "PROGRESS", "PATH"))
     << '\n';
  for (int n : notes) {
    const Note& note = v.notes[n];
    const bool goal = note.type == NoteType::Goal;
    auto due = due_date(g, n);
    std::string horizon(to_string(note.horizon));
    std::string status = goal ? std::string(to_string(note.status)) : "-";
    os << fmt::format("{:<7} {:<7} {:<7} {:<10} {:>8}  ", type_text(note),
                      horizon.empty() ? "-" : horizon, status, due ? due->str() : "-",
                      progress_text(note_progress(g, n)))
       << style.cyan(note.path);
    if (why) {
      const std::string reason = kind_reason_text(v, note);
      os << style.dim("  (" + (reason.empty() ? std::string("no rule: a plain note") : reason) +
                      ")");
    }
    os << '\n';
  }
}

}  // namespace goals
