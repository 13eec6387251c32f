/// `vague-goal`: a goal's title is vague: no deliverable, number or named role.
#include <string>
#include <string_view>
#include <vector>

#include "rules/phrases.h"
#include "rules/rule.h"

namespace goals {
namespace {

constexpr std::string_view kVaguePhrases[] = {"advance my career",
                                              "advance in my career",
                                              "get a better job",
                                              "better job",
                                              "improve",
                                              "grow",
                                              "be better",
                                              "get better",
                                              "do better",
                                              "become better",
                                              "read more",
                                              "network more",
                                              "learn more",
                                              "work on",
                                              "develop myself",
                                              "level up",
                                              "upskill",
                                              "get ahead",
                                              "step up"};

constexpr std::string_view kTimeWords[] = {
    "soon",    "someday",       "some day",      "sometime",           "eventually",
    "one day", "at some point", "in the future", "in the near future", "before long"};

constexpr std::string_view kConcreteWords[] = {
    "certification", "certificate",  "course",    "degree",  "diploma",   "exam",    "bootcamp",
    "talk",          "presentation", "workshop",  "article", "blog post", "paper",   "case study",
    "portfolio",     "project",      "prototype", "demo",    "app",       "website", "design doc",
    "podcast",       "video",        "thesis",    "patent",  "license",   "licence"};

constexpr std::string_view kNumberWords[] = {"one",    "two",     "three",    "four",   "five",
                                             "six",    "seven",   "eight",    "nine",   "ten",
                                             "eleven", "twelve",  "twenty",   "thirty", "forty",
                                             "fifty",  "hundred", "thousand", "dozen",  "couple"};

/// Words Title Case may leave in lower case ("a", "of", ...).
constexpr std::string_view kSmallWords[] = {"a",    "an",  "and",  "as", "at",   "by",  "for",
                                            "from", "in",  "into", "my", "of",   "on",  "or",
                                            "per",  "the", "to",   "up", "with", "your"};

bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }

bool is_small_word(std::string_view w) {
  for (std::string_view s : kSmallWords)
    if (s == w) return true;
  return false;
}

/// "AWS", "UX", "PMP": two or more characters, letters all upper case.
bool is_acronym(std::string_view w) {
  if (w.size() < 2) return false;
  bool letter = false;
  for (char c : w) {
    if (is_lower(c)) return false;
    if (is_upper(c)) letter = true;
  }
  return letter;
}

/// "I", "I'm", "I've": capitalised but naming nothing.
bool is_pronoun_i(std::string_view w) {
  return w == "I" || (w.size() > 2 && w[0] == 'I' && (w[1] == '\'' || w.substr(1, 3) == "\u2019"));
}

class VagueGoal : public Rule {
 public:
  VagueGoal() { configure(RuleOptions("vague-goal", ""), Config{}); }

  const RuleInfo& info() const override {
    static constexpr RuleInfo kInfo{"vague-goal", Severity::Warning,
                                    "a goal's title is vague: no deliverable, number or named role",
                                    "Specific", Smart::Specific};
    return kInfo;
  }

  void configure(const RuleOptions& options, const Config&) override {
    vague_ = read_phrases(options, "phrases", "extra-phrases", kVaguePhrases);
    time_ = read_phrases(options, "time-words", "extra-time-words", kTimeWords);
    concrete_ = read_phrases(options, "concrete-words", "extra-concrete-words", kConcreteWords);
    numbers_ = PhraseList();
    for (std::string_view w : kNumberWords) numbers_.add(w);
  }

  void check(const LintContext& ctx, Reporter& out) const override {
    const GoalGraph& g = ctx.graph;
    for (const GraphNode& node : g.nodes) {
      if (node.kind == NodeKind::Goal && node.note >= 0 && is_open(node) &&
          node.horizon != Horizon::Long) {
        const std::string why = vague_because(node.title);
        if (why.empty()) continue;
        const PropertyPos pos = title_pos(ctx.vault.notes[node.note]);
        out.report(node.note, pos.line, pos.column, "goal \"" + node.title + "\" is vague: " + why,
                   kHelp);
      } else if (node.kind == NodeKind::Sprint && !has_ended(node, ctx.today)) {
        for (const SprintGoal& sg : node.goals) {
          if (sg.node < 0 || g.nodes[sg.node].note >= 0) continue;  // only inline goals
          const std::string why = vague_because(sg.title);
          if (why.empty()) continue;
          out.report(node.note, sg.line, sg.column,
                     "sprint goal \"" + sg.title + "\" is vague: " + why, kHelp);
        }
      }
    }
  }

 private:
  static constexpr const char* kHelp =
      "Say what you will deliver, how many and by when, e.g. \"Run 6 one-to-ones with my two "
      "mentees and finish the Coaching for Engineers course by 2027-03-31\".";

  /// Why `title` is vague ("it says ... but names ..."), or "" when it is not.
  std::string vague_because(std::string_view title) const {
    const std::vector<TitleWord> words = split_words(title);
    const std::vector<PhraseList::Match> vague = vague_.find_all(words);
    const std::vector<PhraseList::Match> time = time_.find_all(words);
    if (vague.empty() && time.empty()) return {};
    std::vector<bool> used(words.size(), false);
    for (const auto* ms : {&vague, &time})
      for (const PhraseList::Match& m : *ms)
        for (std::size_t i = m.first; i < m.first + m.count; ++i) used[i] = true;
    if (has_anchor(title, words, used)) return {};
    std::string said;
    if (!vague.empty()) said = "\"" + std::string(matched_text(words, vague.front())) + "\"";
    if (!time.empty()) {
      if (!said.empty()) said += " and ";
      said += "\"" + std::string(matched_text(words, time.front())) + "\"";
    }
    return "it says " + said + " but names no deliverable, number or role";
  }

  /// A digit, a number word, a deliverable, or a named thing outside the vague words.
  bool has_anchor(std::string_view title, const std::vector<TitleWord>& words,
                  const std::vector<bool>& used) const {
    for (std::size_t i = 0; i < words.size(); ++i) {
      if (used[i]) continue;
      for (char c : words[i].lower)
        if (c >= '0' && c <= '9') return true;
    }
    for (const PhraseList* list : {&numbers_, &concrete_})
      for (const PhraseList::Match& m : list->find_all(words))
        if (!used[m.first]) return true;
    // Capitals name something ("Engineering Manager", "AWS") unless the title
    // is written all in capitals or in Title Case, where they say nothing.
    bool any_lower = false;
    for (char c : title) any_lower = any_lower || is_lower(c);
    if (!any_lower) return false;
    int capitalised = 0, other_lower = 0;
    for (std::size_t i = 1; i < words.size(); ++i) {
      const std::string_view w = words[i].text;
      if (is_small_word(words[i].lower)) continue;
      if (is_upper(w.front()))
        ++capitalised;
      else if (is_lower(w.front()))
        ++other_lower;
    }
    const bool title_case = other_lower == 0 && capitalised >= 2;
    for (std::size_t i = 0; i < words.size(); ++i) {
      if (used[i]) continue;
      const std::string_view w = words[i].text;
      if (is_acronym(w) && !is_pronoun_i(w)) return true;
      if (!title_case && i > 0 && is_upper(w.front()) && !is_pronoun_i(w) &&
          !is_small_word(words[i].lower))
        return true;
    }
    return false;
  }

  PhraseList vague_, time_, concrete_, numbers_;
};

}  // namespace

GOALS_RULE(VagueGoal)

}  // namespace goals
