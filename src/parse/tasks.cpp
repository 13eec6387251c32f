// Task lines as the Tasks plugin and Dataview read them, and the Tasks
// plugin's settings. The field grammar follows the plugin's own regular
// expressions (src/TaskSerializer in obsidian-tasks): a signifier, an
// optional U+FE0F, spaces, a value of a fixed shape. The plugin only reads
// fields at the end of a line; Dataview reads them anywhere, so they are
// read anywhere here.
#include "goals/parse/tasks.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "goals/support/rule_ids.h"
#include "goals/support/text.h"

namespace goals {

namespace {

constexpr std::size_t npos = std::string_view::npos;

bool is_blank(char c) { return c == ' ' || c == '\t'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_alnum(char c) { return is_alpha(c) || is_digit(c); }
bool is_id_char(char c) { return is_alnum(c) || c == '-' || c == '_'; }
// The plugin's recurrence text: `[a-zA-Z0-9, !]+`.
bool is_recurrence_char(char c) { return is_alnum(c) || c == ',' || c == ' ' || c == '!'; }

std::size_t skip_blanks(std::string_view s, std::size_t i) {
  while (i < s.size() && is_blank(s[i])) ++i;
  return i;
}

template <class Pred>
std::size_t skip_while(std::string_view s, std::size_t i, Pred pred) {
  while (i < s.size() && pred(s[i])) ++i;
  return i;
}

enum class Kind {
  Due,
  Scheduled,
  Start,
  Done,
  Created,
  Cancelled,
  Recurrence,
  OnCompletion,
  Id,
  DependsOn,
  Priority
};

std::optional<Date> TaskFields::*date_member(Kind k) {
  switch (k) {
    case Kind::Due:
      return &TaskFields::due;
    case Kind::Scheduled:
      return &TaskFields::scheduled;
    case Kind::Start:
      return &TaskFields::start;
    case Kind::Done:
      return &TaskFields::done;
    case Kind::Created:
      return &TaskFields::created;
    case Kind::Cancelled:
      return &TaskFields::cancelled;
    case Kind::Recurrence:
    case Kind::OnCompletion:
    case Kind::Id:
    case Kind::DependsOn:
    case Kind::Priority:
      break;
  }
  return nullptr;
}

struct Emoji {
  std::string_view bytes;
  Kind kind;
  TaskPriority priority = TaskPriority::None;
};
// The plugin's signifiers with its alternates (📆 🗓 for due, ⌛ for scheduled).
constexpr Emoji kEmoji[] = {
    {"\U0001F4C5", Kind::Due},
    {"\U0001F4C6", Kind::Due},
    {"\U0001F5D3", Kind::Due},
    {"\u23F3", Kind::Scheduled},
    {"\u231B", Kind::Scheduled},
    {"\U0001F6EB", Kind::Start},
    {"\u2705", Kind::Done},
    {"\u2795", Kind::Created},
    {"\u274C", Kind::Cancelled},
    {"\U0001F501", Kind::Recurrence},
    {"\U0001F3C1", Kind::OnCompletion},
    {"\U0001F194", Kind::Id},
    {"\u26D4", Kind::DependsOn},
    {"\U0001F53A", Kind::Priority, TaskPriority::Highest},
    {"\u23EB", Kind::Priority, TaskPriority::High},
    {"\U0001F53C", Kind::Priority, TaskPriority::Medium},
    {"\U0001F53D", Kind::Priority, TaskPriority::Low},
    {"\u23EC", Kind::Priority, TaskPriority::Lowest},
};

struct Key {
  std::string_view name;
  Kind kind;
};
// The plugin's Dataview keys (compared in any letter case, as Dataview does).
constexpr Key kKeys[] = {
    {"due", Kind::Due},
    {"scheduled", Kind::Scheduled},
    {"start", Kind::Start},
    {"completion", Kind::Done},
    {"created", Kind::Created},
    {"cancelled", Kind::Cancelled},
    {"repeat", Kind::Recurrence},
    {"onCompletion", Kind::OnCompletion},
    {"id", Kind::Id},
    {"dependsOn", Kind::DependsOn},
    {"priority", Kind::Priority},
};

TaskExtras& extras(TaskFields* f) {
  if (!f->extras) f->extras = TaskExtras{};
  return *f->extras;
}

// Reads the value of a `kind` field starting at `i` (blanks first allowed)
// into `f`, unless `f` has one already; returns the end of the value, or 0
// when none of the right shape stands there.
std::size_t read_value(Kind kind, std::string_view s, std::size_t i, TaskFields* f) {
  i = skip_blanks(s, i);
  if (auto member = date_member(kind)) {
    if (i + 10 > s.size() || (i + 10 < s.size() && is_digit(s[i + 10]))) return 0;
    const std::optional<Date> d = Date::parse(s.substr(i, 10));
    if (!d) return 0;
    if (!(f->*member)) f->*member = d;
    return i + 10;
  }
  switch (kind) {
    case Kind::Recurrence: {
      const std::size_t e = skip_while(s, i, is_recurrence_char);
      const std::string_view rule = trim(s.substr(i, e - i), " ,");
      if (rule.empty()) return 0;
      if (f->recurrence().empty()) extras(f).recurrence = std::string(rule);
      return e;
    }
    case Kind::OnCompletion: {
      const std::size_t e = skip_while(s, i, is_alpha);
      if (e == i) return 0;
      if (f->on_completion().empty()) extras(f).on_completion = std::string(s.substr(i, e - i));
      return e;
    }
    case Kind::Id: {
      const std::size_t e = skip_while(s, i, is_id_char);
      if (e == i) return 0;
      if (f->id().empty()) extras(f).id = std::string(s.substr(i, e - i));
      return e;
    }
    case Kind::DependsOn: {
      // `id( *, *id *)*`
      std::vector<std::string> ids;
      std::size_t e = skip_while(s, i, is_id_char);
      if (e == i) return 0;
      ids.emplace_back(s.substr(i, e - i));
      for (;;) {
        const std::size_t comma = skip_blanks(s, e);
        if (comma >= s.size() || s[comma] != ',') break;
        const std::size_t a = skip_blanks(s, comma + 1);
        const std::size_t b = skip_while(s, a, is_id_char);
        if (b == a) break;
        ids.emplace_back(s.substr(a, b - a));
        e = b;
      }
      if (f->depends_on().empty()) extras(f).depends_on = std::move(ids);
      return e;
    }
    case Kind::Priority: {
      const std::size_t e = skip_while(s, i, is_alpha);
      const std::optional<TaskPriority> p = from_word_icase<TaskPriority>(s.substr(i, e - i));
      if (!p) return 0;
      if (f->priority == TaskPriority::None) f->priority = *p;
      return e;
    }
    case Kind::Due:
    case Kind::Scheduled:
    case Kind::Start:
    case Kind::Done:
    case Kind::Created:
    case Kind::Cancelled:
      break;
  }
  return 0;
}

// An emoji field at `i`; its end, or 0.
std::size_t emoji_field(std::string_view s, std::size_t i, TaskFields* f) {
  for (const Emoji& e : kEmoji) {
    if (s.substr(i, e.bytes.size()) != e.bytes) continue;
    std::size_t j = i + e.bytes.size();
    if (s.substr(j, 3) == "\xEF\xB8\x8F") j += 3;  // U+FE0F VARIATION SELECTOR-16
    if (e.kind == Kind::Priority) {
      if (f->priority == TaskPriority::None) f->priority = e.priority;
      return j;
    }
    return read_value(e.kind, s, j, f);
  }
  return 0;
}

// A Dataview field `[key:: value]` or `(key:: value)` at `i` with one of the
// plugin's keys; its end (after a comma that follows it), or 0.
std::size_t dataview_field(std::string_view s, std::size_t i, TaskFields* f) {
  const char close = s[i] == '[' ? ']' : ')';
  const std::size_t k0 = skip_blanks(s, i + 1);
  const std::size_t k1 = skip_while(s, k0, is_alpha);
  const std::size_t sep = skip_blanks(s, k1);
  if (k1 == k0 || s.substr(sep, 2) != "::") return 0;
  const std::string_view key = s.substr(k0, k1 - k0);
  for (const Key& k : kKeys) {
    if (!iequals(k.name, key)) continue;
    // Read into a copy: a value followed by anything but the closer is no field.
    TaskFields probe;
    const std::size_t v = read_value(k.kind, s, sep + 2, &probe);
    if (v == 0) return 0;
    std::size_t e = skip_blanks(s, v);
    if (e >= s.size() || s[e] != close) return 0;
    read_value(k.kind, s, sep + 2, f);
    ++e;
    // The plugin writes `[a:: 1], [b:: 2]` to keep Live Preview from hiding fields.
    if (const std::size_t comma = skip_blanks(s, e); comma < s.size() && s[comma] == ',')
      e = comma + 1;
    return e;
  }
  return 0;
}

// Builds `text` with spans cut out, joining what is left with one blank.
class Cutter {
 public:
  explicit Cutter(std::string_view text) : text_(text) {}
  void cut(std::size_t from, std::size_t to) {
    keep(from);
    while (!out_.empty() && is_blank(out_.back())) out_.pop_back();
    kept_ = to;
    joined_ = true;
  }
  std::string finish() {
    if (!joined_) return std::string(trim(text_, kBlanks));
    keep(text_.size());
    return std::string(trim(out_, kBlanks));
  }

 private:
  void keep(std::size_t to) {
    std::string_view piece = text_.substr(kept_, to - kept_);
    if (joined_) {
      piece = piece.substr(std::min(piece.size(), skip_blanks(piece, 0)));
      if (!piece.empty() && !out_.empty()) out_ += ' ';
    }
    out_.append(piece);
  }

  std::string_view text_;
  std::string out_;
  std::size_t kept_ = 0;
  bool joined_ = false;
};

std::pair<int, int> line_column(std::string_view text, std::size_t offset) {
  const TextPosition p = position_of(text, offset);
  return {p.line, p.column};
}

// Where `"key":` first stands in the text; line 1, column 1 when nowhere.
std::pair<int, int> key_position(std::string_view text, std::string_view key) {
  const std::string quoted = "\"" + std::string(key) + "\"";
  for (std::size_t at = text.find(quoted); at != npos; at = text.find(quoted, at + 1)) {
    std::size_t j = at + quoted.size();
    while (j < text.size() && (is_blank(text[j]) || text[j] == '\n' || text[j] == '\r')) ++j;
    if (j < text.size() && text[j] == ':') return line_column(text, at);
  }
  return {1, 1};
}

// How deep arrays and objects nest, strings skipped; stops counting past `limit`.
int nesting(std::string_view text, int limit) {
  int depth = 0, deepest = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size() && deepest <= limit; ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      deepest = std::max(deepest, ++depth);
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return deepest;
}

constexpr int kMaxNesting = 32;
constexpr std::size_t kMaxSettingsBytes = 4 * 1024 * 1024;  // as for Obsidian's own settings

class SettingsReader {
 public:
  SettingsReader(std::string_view text, const std::string& path, TaskSettingsResult* r)
      : text_(text), path_(path), r_(r) {}

  void warn(std::pair<int, int> pos, std::string message, std::string_view help) {
    r_->diagnostics.push_back(make_diagnostic(findings::kInvalidObsidianSettings, path_, pos.first,
                                              pos.second, std::move(message), std::string(help)));
  }

  void read(const nlohmann::json& j) {
    if (!j.is_object()) {
      warn({1, 1},
           fmt::format("the Tasks plugin's settings are {}, not a JSON object; the plugin's "
                       "defaults are used",
                       article(j)),
           kRewriteHelp);
      return;
    }
    if (auto it = j.find("taskFormat"); it != j.end()) task_format(*it);
    if (auto it = j.find("globalFilter"); it != j.end()) global_filter(*it);
    if (auto it = j.find("statusSettings"); it != j.end()) status_settings(*it);
  }

  static constexpr std::string_view kRewriteHelp =
      "Change any setting of the Tasks plugin in Obsidian to have it write the file again, or "
      "delete the file to use the plugin's defaults.";

 private:
  static std::string article(const nlohmann::json& j) {
    const std::string_view t = j.type_name();
    if (j.is_null()) return "null";
    const bool vowel = !t.empty() && std::string_view("aeiou").find(t[0]) != npos;
    return fmt::format("{} {}", vowel ? "an" : "a", t);
  }

  void task_format(const nlohmann::json& v) {
    const auto pos = key_position(text_, "taskFormat");
    const std::string help = fmt::format(
        "Choose the task format in the Tasks plugin's settings (`taskFormat` is one "
        "of: {}).",
        joined_words<TaskFormat>(", "));
    if (!v.is_string()) {
      warn(pos,
           fmt::format("`taskFormat` is {}, not a format name; tasksPluginEmoji is used",
                       article(v)),
           help);
      return;
    }
    const std::string& word = v.get_ref<const std::string&>();
    if (std::optional<TaskFormat> f = from_word<TaskFormat>(word)) {
      r_->settings.format = *f;
      return;
    }
    warn(pos,
         fmt::format("`taskFormat: {}` is not a task format goals knows; tasksPluginEmoji is used",
                     word),
         help);
  }

  void global_filter(const nlohmann::json& v) {
    if (v.is_string()) {
      r_->settings.global_filter = v.get<std::string>();
      return;
    }
    warn(key_position(text_, "globalFilter"),
         fmt::format("`globalFilter` is {}, not text; every checklist item is a task", article(v)),
         "Set the global filter in the Tasks plugin's settings, or leave it empty.");
  }

  void status_settings(const nlohmann::json& v) {
    const auto pos = key_position(text_, "statusSettings");
    if (!v.is_object()) {
      warn(pos,
           fmt::format("`statusSettings` is {}, not an object; the default statuses are used",
                       article(v)),
           kRewriteHelp);
      return;
    }
    // Configured statuses replace the plugin's registry: the first status
    // given a symbol wins, core statuses before custom ones.
    std::array<bool, 256> given{};
    for (const char* list : {"coreStatuses", "customStatuses"}) {
      auto it = v.find(list);
      if (it == v.end()) continue;
      if (!it->is_array()) {
        warn(key_position(text_, list),
             fmt::format("`statusSettings.{}` is {}, not a list; its statuses are not read", list,
                         article(*it)),
             kRewriteHelp);
        continue;
      }
      for (std::size_t i = 0; i < it->size(); ++i) status((*it)[i], list, i, &given);
    }
  }

  void status(const nlohmann::json& s, const char* list, std::size_t index,
              std::array<bool, 256>* given) {
    const auto where = [&] { return fmt::format("`statusSettings.{}[{}]`", list, index); };
    const auto symbol = s.find("symbol");  // end() when `s` is no object
    if (symbol == s.end() || !symbol->is_string()) {
      warn(key_position(text_, list),
           fmt::format("{} has no `symbol` text; the status is not read", where()), kRewriteHelp);
      return;
    }
    const std::string& sym = symbol->get_ref<const std::string&>();
    // A longer symbol never stands in a checkbox goals reads: `[` one byte `]`.
    if (sym.size() != 1) return;
    const auto slot = static_cast<unsigned char>(sym[0]);
    if ((*given)[slot]) return;
    (*given)[slot] = true;
    // As the plugin: a type it does not know, or none, is TODO.
    TaskStatus type = TaskStatus::Todo;
    if (auto t = s.find("type"); t != s.end() && t->is_string())
      type = from_word<TaskStatus>(t->get_ref<const std::string&>()).value_or(TaskStatus::Todo);
    r_->settings.statuses[slot] = type;
  }

  std::string_view text_;
  const std::string& path_;
  TaskSettingsResult* r_;
};

// A signifier at `i` whose value does not read (`📅 …`, a lone `⏫` reads):
// its end, or 0. What is left of a field nobody filled in.
std::size_t bare_signifier(std::string_view s, std::size_t i) {
  for (const Emoji& e : kEmoji) {
    if (s.substr(i, e.bytes.size()) != e.bytes) continue;
    std::size_t j = i + e.bytes.size();
    if (s.substr(j, 3) == "\xEF\xB8\x8F") j += 3;
    return j;
  }
  return 0;
}

// Reads digits at `s[*i]` (at most six); false when there are none.
bool read_number(std::string_view s, std::size_t* i, int* out) {
  std::size_t j = *i;
  int v = 0;
  while (j < s.size() && is_digit(s[j]) && j - *i < 6) v = v * 10 + (s[j++] - '0');
  if (j == *i) return false;
  *i = j;
  *out = v;
  return true;
}

// What may stand between placeholder pieces: blanks, emphasis, separators.
bool is_filler(char c) {
  return is_blank(c) || c == '*' || c == '_' || c == '-' || c == ':' || c == '/' || c == '|' ||
         c == ',' || c == ';';
}

}  // namespace

const std::string& TaskFields::recurrence() const {
  static const std::string kNone;
  return extras ? extras->recurrence : kNone;
}

const std::string& TaskFields::on_completion() const {
  static const std::string kNone;
  return extras ? extras->on_completion : kNone;
}

const std::string& TaskFields::id() const {
  static const std::string kNone;
  return extras ? extras->id : kNone;
}

const std::vector<std::string>& TaskFields::depends_on() const {
  static const std::vector<std::string> kNone;
  return extras ? extras->depends_on : kNone;
}

TaskFields parse_task_fields(std::string_view text, std::string* description) {
  TaskFields f;
  Cutter cutter(text);
  for (std::size_t i = 0; i < text.size();) {
    const char c = text[i];
    std::size_t end = 0;
    if (c == '\xE2' || c == '\xF0') {
      end = emoji_field(text, i, &f);
    } else if (c == '[' || c == '(') {
      end = dataview_field(text, i, &f);
    }
    if (end == 0) {
      ++i;
      continue;
    }
    cutter.cut(i, end);
    i = end;
  }
  if (description != nullptr) *description = cutter.finish();
  return f;
}

std::size_t parse_week_prefix(std::string_view text, int* first, int* last) {
  std::size_t i = 0;
  while (i < text.size() && (text[i] == ' ' || text[i] == '*' || text[i] == '_')) ++i;
  if (!istarts_with(text.substr(i), "week")) return 0;
  i += 4;
  if (i < text.size() && (text[i] == 's' || text[i] == 'S')) ++i;
  i = skip_blanks(text, i);
  int a = 0, b = 0;
  if (!read_number(text, &i, &a)) return 0;
  b = a;
  i = skip_blanks(text, i);
  // '-', or an en dash (U+2013) or em dash (U+2014), as people type ranges.
  std::size_t dash = 0;
  if (i < text.size() && text[i] == '-')
    dash = 1;
  else if (text.substr(i, 3) == "\u2013" || text.substr(i, 3) == "\u2014")
    dash = 3;
  if (dash) {
    i = skip_blanks(text, i + dash);
    if (!read_number(text, &i, &b)) return 0;
    i = skip_blanks(text, i);
  }
  while (i < text.size() && (text[i] == '*' || text[i] == '_')) ++i;  // "**Week 1-4**:"
  if (i >= text.size() || text[i] != ':') return 0;
  if (b < a) return 0;
  *first = a;
  *last = b;
  return i + 1;
}

bool is_placeholder_text(std::string_view text) {
  int first = 0, last = 0;
  text = text.substr(parse_week_prefix(text, &first, &last));
  TaskFields probe;
  for (std::size_t i = 0; i < text.size();) {
    const char c = text[i];
    if (is_filler(c)) {
      ++i;
      continue;
    }
    const std::string_view three = text.substr(i, 3);
    if (three == "\u2026" || three == "\u2013" || three == "\u2014") {  // … – —
      i += 3;
      continue;
    }
    if (c == '.') {
      // A run of three or more dots; one or two are a sentence's end.
      const std::size_t e = skip_while(text, i, [](char d) { return d == '.'; });
      if (e - i < 3) return false;
      i = e;
      continue;
    }
    if (c == '\xE2' || c == '\xF0') {
      std::size_t e = emoji_field(text, i, &probe);
      if (e == 0) e = bare_signifier(text, i);
      if (e == 0) return false;
      i = e;
      continue;
    }
    if (c == '%' && text.substr(i, 2) == "%%") {  // an Obsidian comment: unseen when read
      const std::size_t close = text.find("%%", i + 2);
      if (close == npos) return false;
      i = close + 2;
      continue;
    }
    if (c == '<' && text.substr(i, 4) == "<!--") {  // an HTML comment: unseen too
      const std::size_t close = text.find("-->", i + 4);
      if (close == npos) return false;
      i = close + 3;
      continue;
    }
    if (c == '[' || c == '(' || c == '<') {
      if (const std::size_t e = c == '<' ? 0 : dataview_field(text, i, &probe)) {
        i = e;
        continue;
      }
      if (text.substr(i, 2) == "[[") return false;  // a wiki link names something
      const char closer = c == '[' ? ']' : c == '(' ? ')' : '>';
      const std::size_t close = text.find(closer, i + 1);
      if (close == npos) return false;
      const std::string_view inner = text.substr(i + 1, close - i - 1);
      if (const std::size_t sep = inner.find("::"); sep != npos) {
        // A field whose value is itself a placeholder: `[due:: …]`.
        if (!is_placeholder_text(inner.substr(sep + 2))) return false;
      } else if (c == '(') {
        return false;  // a remark in parentheses may be the plan itself
      } else if (c == '[' && close + 1 < text.size() && text[close + 1] == '(') {
        return false;  // a Markdown link
      } else if (c == '<' && inner.find_first_of(":@") != npos) {
        return false;  // an autolink
      }
      i = close + 1;
      continue;
    }
    return false;
  }
  return true;
}

std::string remove_global_filter(std::string_view text, std::string_view filter) {
  Cutter cutter(text);
  if (filter.empty()) return cutter.finish();
  for (std::size_t at = text.find(filter); at != npos; at = text.find(filter, at + 1)) {
    const std::size_t end = at + filter.size();
    if ((at > 0 && !is_blank(text[at - 1])) || (end < text.size() && !is_blank(text[end])))
      continue;
    cutter.cut(at, end);
    at = end - 1;
  }
  return cutter.finish();
}

std::string due_field(TaskFormat format, const Date& due) {
  switch (format) {
    case TaskFormat::Emoji:
      return "\U0001F4C5 " + due.str();
    case TaskFormat::Dataview:
      return "[due:: " + due.str() + "]";
  }
  return {};
}

std::array<TaskStatus, 256> TaskSettings::unknown_statuses() {
  std::array<TaskStatus, 256> s;
  s.fill(TaskStatus::Todo);
  s['x'] = TaskStatus::Done;
  s['X'] = TaskStatus::Done;
  s['/'] = TaskStatus::InProgress;
  s['-'] = TaskStatus::Cancelled;
  return s;
}

const TaskSettings& default_task_settings() {
  static const TaskSettings kDefaults;
  return kDefaults;
}

TaskSettingsResult parse_task_settings(std::string_view text, const std::string& path) {
  TaskSettingsResult r;
  r.settings.path = path;
  SettingsReader reader(text, path, &r);
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  if (const int depth = nesting(text, kMaxNesting); depth > kMaxNesting) {
    reader.warn({1, 1},
                fmt::format("the Tasks plugin's settings nest deeper than {} levels; the plugin's "
                            "defaults are used",
                            kMaxNesting),
                SettingsReader::kRewriteHelp);
    return r;
  }
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    // "[json.exception.parse_error.101] parse error at line 2, column 5: why"
    const std::string what = e.what();
    const std::size_t colon = what.find(": ", what.find("column"));
    const std::string why = colon == std::string::npos ? what : what.substr(colon + 2);
    reader.warn(line_column(text, e.byte > 0 ? e.byte - 1 : 0),
                fmt::format("the Tasks plugin's settings are not valid JSON ({}); the plugin's "
                            "defaults are used",
                            why),
                SettingsReader::kRewriteHelp);
    return r;
  } catch (const std::exception& e) {
    reader.warn({1, 1},
                fmt::format("the Tasks plugin's settings could not be read ({}); the plugin's "
                            "defaults are used",
                            e.what()),
                SettingsReader::kRewriteHelp);
    return r;
  }
  reader.read(j);
  return r;
}

TaskSettingsResult load_task_settings(const FileSystem& fs, const std::string& root) {
  const std::string rel(kTaskSettingsPath);
  std::string contents, err;
  switch (fs.read_file(path_join(root, rel), &contents, &err, kMaxSettingsBytes)) {
    case FileSystem::Status::Okay:
      return parse_task_settings(contents, rel);
    case FileSystem::Status::NotFound:
      return {};
    case FileSystem::Status::TooLarge: {
      TaskSettingsResult r;
      r.diagnostics.push_back(make_diagnostic(
          findings::kInvalidObsidianSettings, rel, 0, 0,
          "the Tasks plugin's settings are larger than 4 MiB; the plugin's defaults are used",
          std::string(SettingsReader::kRewriteHelp)));
      return r;
    }
    case FileSystem::Status::OtherError:
      break;
  }
  TaskSettingsResult r;
  r.diagnostics.push_back(make_diagnostic(
      findings::kInvalidObsidianSettings, rel, 0, 0,
      "cannot read the Tasks plugin's settings: " + err + "; the plugin's defaults are used",
      "Check the file's permissions."));
  return r;
}

}  // namespace goals
