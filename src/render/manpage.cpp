#include "render/manpage.h"

#include <cctype>
#include <cstdint>
#include <cstdio>
#include <span>

namespace goals {

namespace {

bool word_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '-';
}

/// Appends the character starting at s[*i] (advancing *i past it) in a form
/// groff reads the same whatever its input encoding: ASCII as is, the rest
/// as `\[uXXXX]`. A byte that starts no UTF-8 character becomes `?`.
void append_char(std::string& out, std::string_view s, std::size_t* i) {
  const auto b = static_cast<unsigned char>(s[*i]);
  if (b < 0x80) {
    if (b == '\\')
      out += "\\e";
    else
      out += static_cast<char>(b);
    ++*i;
    return;
  }
  std::size_t len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 0;
  std::uint32_t cp = len == 4 ? b & 0x07u : len == 3 ? b & 0x0Fu : b & 0x1Fu;
  if (len == 0 || *i + len > s.size()) {
    out += '?';
    ++*i;
    return;
  }
  for (std::size_t k = 1; k < len; ++k) {
    const auto c = static_cast<unsigned char>(s[*i + k]);
    if ((c & 0xC0) != 0x80) {
      out += '?';
      ++*i;
      return;
    }
    cp = (cp << 6) | (c & 0x3Fu);
  }
  char buf[16];
  std::snprintf(buf, sizeof buf, "\\[u%04X]", static_cast<unsigned>(cp));
  out += buf;
  *i += len;
}

/// Code: every hyphen a minus sign, so that what is copied from the page runs.
std::string code_escape(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    if (s[i] == '-') {
      out += "\\-";
      ++i;
    } else {
      append_char(out, s, &i);
    }
  }
  return out;
}

std::string escape_line(std::string_view line) {
  std::string out;
  if (!line.empty() && (line.front() == '.' || line.front() == '\'')) out += "\\&";
  bool in_option = false;  // inside a word that began with a hyphen: --fail-on
  for (std::size_t i = 0; i < line.size();) {
    const char c = line[i];
    if (c == '`') {
      const std::size_t close = line.find('`', i + 1);
      if (close != std::string_view::npos) {
        out += "\\fB" + code_escape(line.substr(i + 1, close - i - 1)) + "\\fR";
        i = close + 1;
      } else {
        out += "\\(ga";
        ++i;
      }
      in_option = false;
      continue;
    }
    if (c == '-') {
      if (!in_option && (i == 0 || !word_char(line[i - 1]))) in_option = true;
      out += in_option ? "\\-" : "-";
      ++i;
      continue;
    }
    if (!word_char(c)) in_option = false;
    append_char(out, line, &i);
  }
  return out;
}

std::string bold(std::string_view s) { return "\\fB" + code_escape(s) + "\\fR"; }
std::string italic(std::string_view s) { return "\\fI" + code_escape(s) + "\\fR"; }

bool is_help(const OptionSpec& o) {
  for (const std::string& n : o.names)
    if (n == "--help") return true;
  return false;
}

/// `--color {auto,always,never}`, `-q, --quiet`, `--tag TEXT ...`, `paths ...`.
std::string option_tag(const OptionSpec& o) {
  std::string tag;
  if (o.positional) {
    tag = italic(o.names.front());
  } else {
    for (std::size_t i = 0; i < o.names.size(); ++i) tag += (i ? ", " : "") + bold(o.names[i]);
    if (o.kind == ValueKind::Choice && !o.choices.empty()) {
      tag += " {";
      for (std::size_t i = 0; i < o.choices.size(); ++i) tag += (i ? "," : "") + bold(o.choices[i]);
      tag += "}";
    } else if (!o.value_name.empty()) {
      tag += " " + italic(o.value_name);
    }
  }
  if (o.repeatable) tag += " ...";
  return tag;
}

void write_options(std::string& out, const std::vector<OptionSpec>& options, bool skip_help) {
  for (const OptionSpec& o : options) {
    if (skip_help && is_help(o)) continue;
    out += ".TP\n" + option_tag(o) + "\n";
    std::string help = o.help;
    if (o.required && !o.positional) help += help.empty() ? "Required." : " (required)";
    out += help.empty() ? "\\&\n" : roff_escape(help) + "\n";
  }
}

void write_examples(std::string& out, const std::vector<Example>& examples) {
  for (const Example& e : examples)
    out += ".TP\n" + bold(e.command) + "\n" + roff_escape(e.what) + "\n";
}

/// `goals list [OPTIONS] [paths ...]`: what to type, positionals in order.
std::string synopsis(const CommandSpec& c) {
  std::string s = bold(c.path.empty() ? "goals" : "goals " + c.path);
  bool options = false;
  for (const OptionSpec& o : c.options)
    if (!o.positional && !is_help(o)) options = true;
  if (options) s += " [" + italic("OPTIONS") + "]";
  for (const OptionSpec& o : c.options) {
    if (!o.positional) continue;
    std::string arg = italic(o.names.front()) + (o.repeatable ? " ..." : "");
    s += " " + (o.required ? arg : "[" + arg + "]");
  }
  if (!c.subcommands.empty()) s += " " + italic("COMMAND");
  return s;
}

void write_command(std::string& out, const CommandSpec& c) {
  out += ".SS \"goals " + code_escape(c.path) + "\"\n";
  out += synopsis(c) + "\n.PP\n" + roff_escape(c.description) + "\n";
  if (!c.subcommands.empty()) {
    out += ".PP\nIts commands:\n";
    for (const CommandSpec& sub : c.subcommands)
      out += ".TP\n" + bold("goals " + sub.path) + "\n" + roff_escape(sub.description) + "\n";
  }
  write_options(out, c.options, true);
  if (!c.examples.empty()) {
    out += ".PP\nExamples:\n";
    write_examples(out, c.examples);
  }
  for (const CommandSpec& sub : c.subcommands) write_command(out, sub);
}

/// The NAME line's description: lower case first, no full stop, as whatis(1) lists them.
std::string whatis(std::string d) {
  if (!d.empty() && d.back() == '.') d.pop_back();
  if (!d.empty()) d[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(d[0])));
  return d;
}

struct Described {
  const char* name;
  const char* what;
};

// What reads these: grep the sources for getenv and io.getenv.
constexpr Described kEnvironment[] = {
    {"GOALS_VAULT", "The vault folder when --vault is not given."},
    {"GOALS_TODAY", "The date (YYYY-MM-DD) to treat as today when --today is not given."},
    {"GOALS_EDITOR", "The editor `--edit` opens a new note in; before VISUAL and EDITOR."},
    {"VISUAL", "The editor, when GOALS_EDITOR is not set."},
    {"EDITOR", "The editor, when neither GOALS_EDITOR nor VISUAL is set (else vi)."},
    {"GOALS_PAGER",
     "The pager for long output on a terminal; before PAGER, else `less -FRX`. Empty or cat: "
     "no pager (as --no-pager)."},
    {"PAGER", "The pager, when GOALS_PAGER is not set."},
    {"LESS, LV", "Set to FRX and -c for the pager when not set, as git does."},
    {"COLUMNS",
     "The width to lay text out for, before the terminal's own; 80 when neither is known."},
    {"NO_COLOR", "When set and not empty, no colour unless --color always."},
    {"TERM", "No colour when it is dumb."},
    {"LC_ALL, LC_CTYPE, LANG",
     "Whether the terminal takes UTF-8 (the first one set decides); status draws in ASCII "
     "otherwise."},
    {"GITHUB_ACTIONS",
     "When true, `goals lint` writes GitHub annotations unless --format says "
     "otherwise."},
};

constexpr Described kExitStatus[] = {
    {"0", "Success, and no findings at or above the --fail-on severity."},
    {"1", "Findings: lint found problems at or above --fail-on (warning by default)."},
    {"2",
     "Usage, configuration or I/O error: a bad option, no vault, a note that would be "
     "overwritten, an unknown command."},
    {"130, 143",
     "Stopped by SIGINT (Ctrl-C) or SIGTERM (128 + the signal's number), with nothing "
     "half-written: an interrupted `goals review` writes no note, and `goals report --watch` "
     "first finishes the write in progress."},
};

constexpr Described kFiles[] = {
    {".goals.yaml",
     "The vault's settings: folders, lint rules and their severities, review "
     "cadences. `goals init` writes one."},
    {".obsidian/",
     "Obsidian's settings folder. goals finds a vault by it or by .goals.yaml, "
     "in the working directory or above, and reads the daily notes and "
     "templates folders from it."},
};

void write_list(std::string& out, std::span<const Described> items) {
  for (const Described& d : items)
    out += ".TP\n" + bold(d.name) + "\n" + roff_escape(d.what) + "\n";
}

}  // namespace

std::string roff_escape(std::string_view text) {
  std::string out;
  std::size_t start = 0;
  for (;;) {
    const std::size_t nl = text.find('\n', start);
    const std::string_view line = text.substr(start, nl - start);
    if (!out.empty()) out += '\n';
    out += line.empty() ? std::string(".sp") : escape_line(line);
    if (nl == std::string_view::npos) break;
    start = nl + 1;
  }
  return out;
}

std::string render_manpage(const CommandSpec& spec, const ManPageInfo& info) {
  std::string out;
  out += ".\\\" goals(1), generated from the command line's own model (src/commands/) by\n";
  out += ".\\\" goals-gen at build time; edit the commands, not this file.\n";
  out += ".TH GOALS 1 \"" + roff_escape(info.date) + "\" \"goals " + roff_escape(info.version) +
         "\" \"User Commands\"\n";
  out += ".SH NAME\ngoals \\- " + roff_escape(whatis(spec.description)) + "\n";
  // Ragged right and unhyphenated: justified lines would stretch the spaces
  // inside commands, and a hyphen groff adds reads like one of an option's.
  out += ".ad l\n.nh\n";
  out += ".SH SYNOPSIS\n" + bold("goals") + " [" + italic("OPTIONS") + "] [" + italic("COMMAND") +
         " [" + italic("ARGS") + " ...]]\n";
  out += ".br\n" + bold("goals help") + " [" + italic("COMMAND") + " ...]\n";
  out += ".SH DESCRIPTION\n" + roff_escape(spec.description) + "\n.PP\n";
  out += roff_escape(
             "goals reads plain Markdown notes (YAML properties, [[wiki-links]], tasks) into a "
             "goal graph: a vision, long-, medium- and short-term goals, 90-day sprints of one "
             "to three goals with weekly milestones, and weekly, monthly and quarterly reviews. "
             "A vault that goals reads is an ordinary Obsidian vault.") +
         "\n.PP\n";
  out += roff_escape(
             "Run on its own inside a vault, `goals` prints the same as `goals status`. "
             "`goals help COMMAND` prints one command's options.") +
         "\n";
  out += ".SH OPTIONS\n";
  out += roff_escape("These go before the command: `goals --vault ~/notes lint`.") + "\n";
  write_options(out, spec.options, false);
  out += ".SH COMMANDS\n";
  for (const CommandSpec& c : spec.subcommands) write_command(out, c);
  if (!spec.examples.empty()) {
    out += ".SH EXAMPLES\n";
    write_examples(out, spec.examples);
  }
  out += ".SH EXIT STATUS\n";
  write_list(out, kExitStatus);
  out += ".SH ENVIRONMENT\n";
  write_list(out, kEnvironment);
  out += ".SH FILES\n";
  write_list(out, kFiles);
  out += ".SH SEE ALSO\n.BR dot (1),\n.BR git (1),\n.BR man (1)\n.PP\n";
  out += roff_escape(
             "The README and docs/ of the source tree: the vault format, each lint rule "
             "(also `goals lint --explain RULE`), reports and the quarterly routine.") +
         "\n";
  return out;
}

}  // namespace goals
