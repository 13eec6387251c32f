#include "render/wins.h"

#include "goals/passes/note_links.h"

namespace goals {

namespace {

Json text_or_null(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

/// How a goal is named in a bullet: its words, or with `links` a wiki-link
/// to its note (`[[target|title]]` when the title is not the link's text).
class GoalNamer {
 public:
  GoalNamer(const Vault& v, const GoalGraph& g, bool links) : g_(g) {
    // Pasted somewhere goals cannot know: the shortest wiki-links resolve from any note.
    if (links) linker_.emplace(v, "", LinkSettings{});
  }

  std::string operator()(int goal_node, const std::string& title) const {
    const int note = goal_node >= 0 ? g_.nodes[goal_node].note : -1;
    if (!linker_ || note < 0) return linker_ ? title : unlink_wiki(title);
    const std::string target = linker_->target(note);
    // An alias holding `|` or brackets would end the link early: show the target then.
    const bool plain_alias = title.find_first_of("|[]") == std::string::npos;
    return target == title || !plain_alias ? "[[" + target + "]]"
                                           : "[[" + target + "|" + title + "]]";
  }

  /// Words from a note (milestone text, metric) as this format writes them.
  std::string words(const std::string& text) const { return linker_ ? text : unlink_wiki(text); }

 private:
  const GoalGraph& g_;
  std::optional<NoteLinker> linker_;
};

std::string bullet(const Win& w, const GoalNamer& name) {
  std::string out = "- " + (w.date ? w.date->str() : std::string("undated")) + " \u2014 ";
  if (w.kind == Win::Kind::Goal) {
    out += name(w.goal_node, w.title) + " (goal completed)";
    if (!w.metric.empty()) out += ": " + name.words(w.metric);
    return out;
  }
  if (!w.goal.empty()) out += name(w.goal_node, w.goal) + ": ";
  return out + name.words(w.title);
}

}  // namespace

std::string wins_period_text(const WinsPeriod& period) {
  if (!period.since) return "All wins so far (no quarterly review yet)";
  std::string text = "Wins since " + period.since->str();
  if (period.review >= 0) text += " (the last quarterly review)";
  return text;
}

std::string unlink_wiki(std::string_view text) {
  std::string out;
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t open = text.find("[[", i);
    const std::size_t close = open == std::string_view::npos ? open : text.find("]]", open + 2);
    if (close == std::string_view::npos) break;
    const bool embed = open > i && text[open - 1] == '!';
    out.append(text.substr(i, open - i - (embed ? 1 : 0)));
    std::string_view inner = text.substr(open + 2, close - open - 2);
    // `\|` is how a link's alias is written inside a table cell.
    std::size_t bar = inner.find('|');
    if (bar != std::string_view::npos) {
      const std::size_t alias = bar + 1;
      if (bar > 0 && inner[bar - 1] == '\\') --bar;
      if (alias < inner.size()) {
        out.append(inner.substr(alias));
        i = close + 2;
        continue;
      }
      inner = inner.substr(0, bar);
    }
    std::string shown;
    std::size_t start = 0;
    while (start <= inner.size()) {
      std::size_t hash = inner.find('#', start);
      if (hash == std::string_view::npos) hash = inner.size();
      if (hash > start)
        shown += (shown.empty() ? "" : " > ") + std::string(inner.substr(start, hash - start));
      start = hash + 1;
    }
    out += shown;
    i = close + 2;
  }
  out.append(text.substr(i));
  return out;
}

void render_wins_markdown(std::ostream& os, const Vault& v, const GoalGraph& g,
                          const std::vector<Win>& wins, const WinsPeriod& period, bool links) {
  if (wins.empty()) {
    if (!period.since)
      os << "No wins yet.";
    else
      os << "No wins since " << period.since->str()
         << (period.review >= 0 ? " (the last quarterly review)" : "") << " yet.";
    os << " When you finish a milestone, tick it with its \u2705 date; when you finish a goal, "
          "give "
          "it `status: done` and a `completed:` date.\n";
    return;
  }
  const GoalNamer name(v, g, links);
  os << wins_period_text(period) << ":\n\n";
  // Notes may hold any bytes: no escape sequence reaches the terminal.
  for (const Win& w : wins) os << printable(bullet(w, name)) << '\n';
}

Json wins_json(const Vault& v, const GoalGraph& g, const std::vector<Win>& wins,
               const WinsPeriod& period) {
  Json j;
  j["schema_version"] = kSchemaVersion;
  j["since"] = period.since ? Json(period.since->str()) : Json(nullptr);
  j["until"] = period.until.str();
  j["since_review"] = period.review >= 0 && g.nodes[period.review].note >= 0
                          ? Json(v.notes[g.nodes[period.review].note].path)
                          : Json(nullptr);
  Json list = Json::array();
  for (const Win& w : wins) {
    const bool goal = w.kind == Win::Kind::Goal;
    const int goal_note = w.goal_node >= 0 ? g.nodes[w.goal_node].note : -1;
    list.push_back(Json{
        {"kind", goal ? "goal" : "milestone"},
        {"date", w.date ? Json(w.date->str()) : Json(nullptr)},
        {"title", w.title},
        {"goal", text_or_null(goal ? w.title : w.goal)},
        {"goal_path", goal_note >= 0 ? Json(v.notes[goal_note].path) : Json(nullptr)},
        {"metric", text_or_null(w.metric)},
        {"path", v.notes[w.note].path},
        {"line", w.line},
    });
  }
  j["wins"] = std::move(list);
  return j;
}

void render_wins(std::ostream& os, const Vault& v, const GoalGraph& g, const std::vector<Win>& wins,
                 const WinsPeriod& period, NoteFormat format, bool links) {
  if (format == NoteFormat::Json)
    os << json_text(wins_json(v, g, wins, period), 2) << '\n';
  else
    render_wins_markdown(os, v, g, wins, period, links);
}

}  // namespace goals
