#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>

#include "commands/command.h"
#include "goals/parse/config.h"
#include "render/diagnostic.h"

namespace goals {

bool Session::use_color(bool tty) const {
  switch (options.color) {
    case ColorMode::Always:
      return true;
    case ColorMode::Never:
      return false;
    case ColorMode::Auto:
      break;
  }
  if (!tty) return false;
  if (io.getenv("NO_COLOR").value_or("") != "") return false;
  return io.getenv("TERM").value_or("") != "dumb";
}

Width text_width(const Io& io, int terminal_columns) {
  constexpr int kNarrowest = 60, kWidest = 200;
  int columns = 0;
  const std::string env = io.getenv("COLUMNS").value_or("");
  if (!env.empty() && env.size() < 6 && env.find_first_not_of("0123456789") == std::string::npos)
    columns = std::stoi(env);
  if (columns <= 0) columns = terminal_columns;
  if (columns <= 0) return Width{80, false};
  return Width{std::clamp(columns, kNarrowest, kWidest), true};
}

std::string Session::vault_name() {
  std::string p = vault_prefix();
  if (p.size() > 1 && p.back() == '/') p.pop_back();
  return p.empty() ? "." : p;
}

std::string Session::vault_prefix() {
  std::string named = options.vault.value_or(io.getenv("GOALS_VAULT").value_or(""));
  if (named.empty()) {
    const Vault* v = vault();
    named =
        v ? std::filesystem::path(v->root).lexically_relative(io.fs.current_dir()).string() : "";
    if (named == ".") named.clear();
  }
  if (!named.empty() && named.back() != '/') named += '/';
  return named;
}

std::optional<Date> parse_date_flag(Session& s, const std::optional<std::string>& v,
                                    const char* flag, bool* ok) {
  if (!v) return std::nullopt;
  std::optional<Date> d = Date::parse(*v);
  if (!d) {
    s.error(std::string(flag) + ": " + not_a_date(*v));
    *ok = false;
  }
  return d;
}

std::vector<std::string> split_values(const std::vector<std::string>& in) {
  std::vector<std::string> out;
  for (const std::string& v : in) {
    std::size_t start = 0;
    while (start <= v.size()) {
      std::size_t comma = v.find(',', start);
      if (comma == std::string::npos) comma = v.size();
      if (comma > start) out.push_back(v.substr(start, comma - start));
      start = comma + 1;
    }
  }
  return out;
}

std::string shell_word(std::string_view text) {
  const auto safe = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) ||
           std::string_view("-_./:,+@%=").find(c) != std::string_view::npos;
  };
  if (!text.empty() && std::all_of(text.begin(), text.end(), safe)) return std::string(text);
  if (text.find_first_of("\"$`\\!") == std::string_view::npos)
    return "\"" + std::string(text) + "\"";
  std::string out = "'";
  for (char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

std::string no_note_message(Session& s, std::string_view flag, const std::string& name,
                            WantedNote wanted) {
  std::string create;
  switch (wanted) {
    case WantedNote::Goal:
      create = "goals new goal " + shell_word(name);
      break;
    case WantedNote::LongGoal:
      create = "goals new goal " + shell_word(name) + " --horizon long";
      break;
    case WantedNote::Sprint:
      // A sprint note is named by its quarter: a name that is one can be made as it is.
      create = Quarter::parse(name) ? "goals new sprint --quarter " + shell_word(name)
                                    : std::string("goals new sprint --quarter YYYY-Qn");
      break;
  }
  return (flag.empty() ? "" : std::string(flag) + ": ") + "no note named '" + name +
         "' in vault '" + s.vault_name() + "'; create it with: " + create;
}

void Session::error(const std::string& message) const { io.err << "goals: " << message << '\n'; }

std::optional<Date> Session::today() {
  std::optional<std::string> text = options.today;
  const char* source = "--today";
  if (!text) {
    text = io.getenv("GOALS_TODAY");
    source = "GOALS_TODAY";
  }
  if (!text || text->empty()) return Date::today();
  if (auto d = Date::parse(*text)) return d;
  error(std::string(source) + ": " + not_a_date(*text));
  return std::nullopt;
}

std::string Session::time_of_day() {
  const std::optional<std::string> env = io.getenv("GOALS_TODAY");
  if (options.today || (env && !env->empty())) return "00:00";
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  if (localtime_r(&now, &local) == nullptr) return "00:00";
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d:%02d", local.tm_hour, local.tm_min);
  return buf;
}

const Vault* Session::vault() {
  if (loaded_) return vault_.get();
  loaded_ = true;
  const auto started = std::chrono::steady_clock::now();
  const std::optional<std::string> found = root();
  if (!found) return nullptr;
  const std::string& root = *found;
  if (io.fs.kind(root, /*follow=*/true) != EntryKind::Directory) {
    error("vault folder '" + options.vault.value_or(io.getenv("GOALS_VAULT").value_or(root)) +
          "' does not exist or is not a folder");
    return nullptr;
  }
  ConfigResult cfg = load_config(io.fs, root);
  const bool color = color_err();
  for (const Diagnostic& d : cfg.diagnostics) render_diagnostic_line(io.err, d, color);
  if (!cfg.ok()) return nullptr;
  if (options.verbose) {
    io.err << "goals: vault " << root << '\n';
    io.err << "goals: config " << (cfg.config.path.empty() ? "(defaults)" : cfg.config.path)
           << '\n';
  }
  LoadOptions load_options;
  load_options.lint_templates = lint_templates;
  vault_ = std::make_unique<Vault>(load_vault(io.fs, root, cfg.config, load_options));
  if (!options.quiet && print_load_problems)
    for (const Diagnostic& d : vault_->diagnostics) render_diagnostic_line(io.err, d, color);
  graph_ = std::make_unique<GoalGraph>(GoalGraph::build(*vault_));
  if (options.verbose) {
    std::size_t templates = 0, excluded = 0;
    for (NoteRole r : vault_->roles) {
      templates += r == NoteRole::Template;
      excluded += r == NoteRole::Excluded;
    }
    std::string read;
    for (const std::string& f : vault_->obsidian_settings) read += (read.empty() ? "" : ", ") + f;
    io.err << "goals: obsidian settings " << (read.empty() ? "(none)" : read) << ": " << templates
           << (templates == 1 ? " template, " : " templates, ") << excluded
           << (excluded == 1 ? " excluded note\n" : " excluded notes\n");
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
                        std::chrono::steady_clock::now() - started)
                        .count();
    io.err << "goals: loaded " << vault_->notes.size() << " notes and "
           << vault_->files.size() - vault_->notes.size() << " other files in " << ms << " ms\n";
  }
  return vault_.get();
}

bool vault_at_hand(const Io& io, const GlobalOptions& options) {
  return find_vault_root(io.fs, options.vault, io.getenv("GOALS_VAULT")).has_value();
}

std::optional<std::string> Session::root() const {
  std::optional<std::string> root = find_vault_root(io.fs, options.vault, io.getenv("GOALS_VAULT"));
  if (!root) error(kNoVaultMessage);
  return root;
}

std::optional<Loaded> Session::load() {
  // The date first: a bad one is reported without reading the vault.
  const std::optional<Date> day = today();
  if (!day || !vault()) return std::nullopt;
  return Loaded{*vault_, *graph_, *day};
}

const GoalGraph* Session::graph() { return vault() ? graph_.get() : nullptr; }

}  // namespace goals
