#include "goals/passes/base.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <string_view>

#include "goals/parse/kinds.h"
#include "goals/support/names.h"
#include "goals/support/text.h"

namespace goals {

BaseFilter BaseFilter::group(Op op, std::vector<BaseFilter> children) {
  if ((op == Op::And || op == Op::Or) && children.size() == 1) return std::move(children.front());
  return {op, {}, std::move(children)};
}

namespace {

using Op = BaseFilter::Op;

// A string literal of the Bases expression language (double quotes; the
// docs give no escapes, so `\` and `"` are escaped as in JavaScript).
std::string literal(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + '"';
}

// Names Bases reads as something other than a note property.
constexpr std::array<std::string_view, 8> kReserved = {"file",  "formula", "note",  "this",
                                                       "today", "true",    "false", "null"};

bool is_identifier(std::string_view k) {
  if (k.empty() || std::isdigit(static_cast<unsigned char>(k.front()))) return false;
  for (char c : k)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_') return false;
  return std::find(kReserved.begin(), kReserved.end(), k) == kReserved.end();
}

// A note property in an expression: `status`, or `note["due date"]` for a
// name that is no identifier (the docs' `note["price"]` form).
std::string property(std::string_view key) {
  return is_identifier(key) ? std::string(key) : "note[" + literal(key) + "]";
}

// One character as regular expression text (JavaScript syntax; `/` is
// escaped, inside classes too, since the expression is a `/.../` literal).
std::string regex_char(char c) {
  static constexpr std::string_view kSpecial = "\\^$.|?*+()[]{}/";
  return kSpecial.find(c) == std::string_view::npos ? std::string(1, c) : std::string{'\\', c};
}

// One component of a goals glob (`*`, `?`, `[...]`, `\x`) as regex text.
std::string component_regex(std::string_view comp) {
  std::string out;
  for (std::size_t i = 0; i < comp.size(); ++i) {
    const char c = comp[i];
    if (c == '*') {
      out += "[^\\/]*";
    } else if (c == '?') {
      out += "[^\\/]";
    } else if (c == '\\' && i + 1 < comp.size()) {
      out += regex_char(comp[++i]);
    } else if (c == '[' && comp.find(']', i + 1) != std::string_view::npos) {
      const std::size_t close = comp.find(']', i + 1);
      std::string_view body = comp.substr(i + 1, close - i - 1);
      out += '[';
      if (body.starts_with('!') || body.starts_with('^')) {
        out += '^';
        body.remove_prefix(1);
      }
      for (char b : body)
        out += (b == '\\' || b == ']' || b == '/') ? std::string{'\\', b} : std::string(1, b);
      out += ']';
      i = close;
    } else {
      out += regex_char(c);
    }
  }
  return out;
}

// A goals folder glob as a regular expression on `file.folder` that holds
// when the note's folder, or a folder above it, matches the glob (as
// parse_note's in_folder): `**` spans any number of folders.
std::string folder_regex(std::string_view glob) {
  // The lookahead keeps the vault root (`/` to Bases) out, as in goals.
  std::string out = "^(?=[^\\/])";
  bool any = false;  // a component other than `**` written yet
  bool spans = false;
  std::size_t pos = 0;
  while (pos <= glob.size()) {
    const std::size_t slash = glob.find('/', pos);
    const std::string_view comp =
        glob.substr(pos, (slash == std::string_view::npos ? glob.size() : slash) - pos);
    pos = slash == std::string_view::npos ? glob.size() + 1 : slash + 1;
    if (comp.empty()) continue;
    if (comp == "**") {
      out += any ? "(?:\\/[^\\/]+)*" : "(?:[^\\/]+\\/)*";
      spans = true;
      continue;
    }
    if (any) out += "\\/";
    out += component_regex(comp);
    any = true;
  }
  if (!any && spans) return "^(?=[^\\/])";  // `**` alone: every folder
  return out + "(?:\\/.*)?$";
}

bool has_wildcard(std::string_view glob) {
  return glob.find_first_of("*?[\\") != std::string_view::npos;
}

template <class E>
constexpr std::string_view kKeyOf = "";
template <>
constexpr std::string_view kKeyOf<NoteType> = "type";
template <>
constexpr std::string_view kKeyOf<GoalStatus> = "status";

class Planner {
 public:
  explicit Planner(const Vault& v) : v_(v), c_(v.config) {}

  BaseSpec plan() {
    BaseSpec b;
    b.comments = {
        "Goals and sprints as goals classifies notes: a known `type` first, then",
        "the first `classify` rule of .goals.yaml that matches. Unlike goals,",
        "Bases also lists templates and excluded files, does not apply a rule's",
        "`horizon`, reads only front matter (not Dataview fields) and counts no",
        "milestones or tasks toward progress. Dates are compared with today()",
        "as Obsidian opens the file. Run `goals base --output FILE` again after",
        "changing .goals.yaml.",
    };
    b.filters = BaseFilter::of("file.ext == \"md\"");

    const BaseFilter goal = kind(NoteType::Goal), sprint = kind(NoteType::Sprint);
    const BaseFilter active = status_is(GoalStatus::Active, true);
    const BaseFilter done = status_is(GoalStatus::Done, false);
    const std::string deadline = value("deadline");
    const std::string this_quarter = "today().format(\"YYYY-[Q]Q\")";

    // Durations: the docs give date minus date in milliseconds.
    std::vector<std::pair<std::string, std::string>> shown;
    shown.emplace_back("days_left", "if(" + deadline + ", ((date(" + deadline +
                                        ") - today()) / 86400000).round(), \"\")");
    const bool progress = std::any_of(v_.notes.begin(), v_.notes.end(), [](const Note& n) {
      return n.type == NoteType::Goal && n.target.has_value();
    });
    if (progress) {
      const std::string current = value("current"), target = value("target");
      shown.emplace_back("progress", "if(" + target + ", (" + current + " / " + target +
                                         " * 100).round() + \"%\", \"\")");
    }

    const std::string name = "file.name";
    const std::string horizon = column("horizon", NoteType::Goal);
    const std::string due = column("deadline", NoteType::Goal);
    const std::string status = column("status", NoteType::Goal);

    BaseView active_goals{"Active goals",
                          BaseFilter::group(Op::And, {goal, active}),
                          {name, horizon, due, "formula.days_left"},
                          horizon};
    if (progress) active_goals.order.push_back("formula.progress");
    active_goals.order.push_back(status);

    BaseView sprint_now{
        "This quarter's sprint",
        BaseFilter::group(
            Op::And,
            {sprint,
             BaseFilter::group(
                 Op::Or,
                 {BaseFilter::of(value("quarter") + " == " + this_quarter),
                  BaseFilter::group(Op::And,
                                    {BaseFilter::of("date(" + value("start") + ") <= today()"),
                                     BaseFilter::of("date(" + value("end") + ") >= today()")})})}),
        {name, column("quarter", NoteType::Sprint), column("start", NoteType::Sprint),
         column("end", NoteType::Sprint), column("goals", NoteType::Sprint)},
        ""};

    BaseView overdue{
        "Overdue",
        BaseFilter::group(Op::And,
                          {goal, active, BaseFilter::of("date(" + deadline + ") < today()")}),
        {name, horizon, due, "formula.days_left", status},
        ""};

    BaseView done_now{
        "Done this quarter",
        BaseFilter::group(Op::And, {goal, done,
                                    BaseFilter::of("date(" + value("completed") +
                                                   ").format(\"YYYY-[Q]Q\") == " + this_quarter)}),
        {name, horizon, column("completed", NoteType::Goal), due},
        ""};

    b.views = {std::move(active_goals), std::move(sprint_now), std::move(overdue),
               std::move(done_now)};
    b.formulas = coalesced_;
    for (auto& f : shown) b.formulas.push_back(std::move(f));
    b.display_names = {{"formula.days_left", "Days left"}};
    if (progress) b.display_names.emplace_back("formula.progress", "Progress");
    return b;
  }

 private:
  // `key`'s value in an expression. A property with aliases is read through
  // a formula of its own name that takes the first spelling a note sets.
  std::string value(const std::string& key) {
    const std::vector<std::string> names = c_.spellings(key);
    if (names.size() == 1) return property(key);
    std::string name;
    for (char ch : key) name += std::isalnum(static_cast<unsigned char>(ch)) ? ch : '_';
    const auto have = std::find_if(coalesced_.begin(), coalesced_.end(),
                                   [&](const auto& f) { return f.first == name; });
    if (have == coalesced_.end()) {
      std::string expr = property(names.back());
      for (std::size_t i = names.size() - 1; i-- > 0;)
        expr = "if(" + property(names[i]) + ", " + property(names[i]) + ", " + expr + ")";
      coalesced_.emplace_back(name, std::move(expr));
    }
    return "formula." + name;
  }

  // The column for `key` on notes of `kind`: the spelling most of them write.
  std::string column(const std::string& key, NoteType kind) const {
    const std::vector<std::string> names = c_.spellings(key);
    std::vector<int> count(names.size(), 0);
    for (std::size_t i = 0; i < v_.notes.size(); ++i) {
      const Note& n = v_.notes[i];
      if (n.type != kind || !v_.is_ordinary(static_cast<int>(i))) continue;
      if (const PropertyPos* p = n.property_pos.find(key); p && p->spelling < names.size())
        ++count[p->spelling];
    }
    const auto most = std::max_element(count.begin(), count.end());  // the first on a tie
    return "note." + names[static_cast<std::size_t>(most - count.begin())];
  }

  // The lowercase words parse_note reads as `target` for `key` (`type`,
  // `status`), `value-aliases` applied.
  template <class E>
  std::vector<std::string> words_for(E target) const {
    const std::string_view key = kKeyOf<E>;
    std::vector<std::string> candidates;
    for (const Named<E>& n : names_of(E{})) candidates.emplace_back(n.word);
    const auto aliases = c_.value_aliases.find(key);
    if (aliases != c_.value_aliases.end())
      for (const auto& [word, _] : aliases->second) candidates.push_back(word);
    std::vector<std::string> out;
    for (const std::string& w : candidates) {
      std::string_view meant = w;
      if (aliases != c_.value_aliases.end())
        if (auto a = aliases->second.find(w); a != aliases->second.end()) meant = a->second;
      const std::optional<E> e = from_word_icase<E>(meant);
      if (e && *e == target && std::find(out.begin(), out.end(), w) == out.end()) out.push_back(w);
    }
    return out;
  }

  // `expr` (lowercased) is one of `words`.
  static std::string one_of(const std::string& expr, const std::vector<std::string>& words) {
    if (words.size() == 1) return expr + ".lower() == " + literal(words.front());
    std::string list;
    for (const std::string& w : words) list += (list.empty() ? "" : ", ") + literal(w);
    return "[" + list + "].contains(" + expr + ".lower())";
  }

  BaseFilter status_is(GoalStatus s, bool or_unset) {
    const std::string status = value("status");
    BaseFilter is = BaseFilter::of(one_of(status, words_for(s)));
    if (!or_unset) return is;
    return BaseFilter::group(Op::Or, {BaseFilter::of(status + ".isEmpty()"), std::move(is)});
  }

  // The `type` words that decide a note's kind, of `kind` or (Plain) of any.
  BaseFilter type_is(NoteType kind) {
    std::vector<std::string> words;
    for (NoteType k : {NoteType::Vision, NoteType::Goal, NoteType::Sprint, NoteType::Review}) {
      if (kind != NoteType::Plain && k != kind) continue;
      for (std::string& w : words_for(k)) words.push_back(std::move(w));
    }
    return BaseFilter::of(one_of(value("type"), words));
  }

  BaseFilter rule(const KindRule& r) {
    std::vector<BaseFilter> all;
    if (!r.property.empty()) {
      const std::string p = value(r.property);
      if (r.values.empty()) {
        all.push_back(BaseFilter::of("!" + p + ".isEmpty()"));
      } else {
        // Any item of a list, in any letter case, as parse_note compares.
        std::string list;
        for (const std::string& w : r.values)
          list += (list.empty() ? "" : ", ") + literal(ascii_lower(trim(w)));
        all.push_back(BaseFilter::of(
            "list(" + p + ").map(value.toString().trim().lower()).containsAny(" + list + ")"));
      }
    }
    // hasTag includes nested tags (`#a/b/c` for `a/b`), as goals does.
    if (!r.tag.empty()) all.push_back(BaseFilter::of("file.hasTag(" + literal(r.tag) + ")"));
    if (!r.folder.empty()) {
      // inFolder includes sub-folders, as goals does; a glob becomes a
      // regular expression on the folder path.
      if (!has_wildcard(r.folder))
        all.push_back(BaseFilter::of("file.inFolder(" + literal(r.folder) + ")"));
      else
        all.push_back(BaseFilter::of("/" + folder_regex(r.folder) + "/.matches(file.folder)"));
    }
    return BaseFilter::group(Op::And, std::move(all));
  }

  // Notes of `kind`: by `type`, else by the first rule that matches (a rule
  // of this kind that no earlier rule of another kind pre-empts). Periodic
  // Notes come after every rule and make only reviews, so no view of goals
  // or sprints needs them.
  BaseFilter kind(NoteType kind) {
    std::vector<BaseFilter> by_rules;
    std::vector<BaseFilter> earlier_other;
    for (const KindRule& r : c_.classify) {
      BaseFilter f = rule(r);
      if (r.kind == kind) {
        if (earlier_other.empty())
          by_rules.push_back(f);
        else
          by_rules.push_back(
              BaseFilter::group(Op::And, {f, BaseFilter::group(Op::Not, earlier_other)}));
      } else {
        earlier_other.push_back(std::move(f));
      }
    }
    BaseFilter typed = type_is(kind);
    if (by_rules.empty()) return typed;
    return BaseFilter::group(
        Op::Or, {std::move(typed),
                 BaseFilter::group(Op::And, {BaseFilter::group(Op::Not, {type_is(NoteType::Plain)}),
                                             BaseFilter::group(Op::Or, std::move(by_rules))})});
  }

  const Vault& v_;
  const Config& c_;
  std::vector<std::pair<std::string, std::string>> coalesced_;
};

}  // namespace

BaseSpec plan_base(const Vault& vault) { return Planner(vault).plan(); }

}  // namespace goals
