// A note reads the same whichever line endings it uses: `\n`, `\r\n`, or a
// lone `\r` (old Mac exports), as CommonMark reads them. Every note of the
// examples and the test fixtures is converted to CR-only and to CRLF and
// must give the same facts, positions and diagnostics as its LF original.

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "goals/parse/frontmatter.h"
#include "goals/parse/note.h"
#include "goals/support/text.h"
#include "goals/write/note_edit.h"

namespace goals {
namespace {

namespace fs = std::filesystem;

std::string read_bytes(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string with_eol(std::string_view lf_text, std::string_view eol) {
  return with_line_endings(lf_text, eol);
}

std::string date_text(const std::optional<Date>& d) { return d ? d->str() : "-"; }

void put_link(std::ostream& os, const Link& l) {
  os << "link " << l.target << "#";
  for (const std::string& h : l.headings()) os << h << "#";
  os << "^" << l.block_id() << "|" << l.alias << " prop=" << l.property << " @" << l.line << ":"
     << l.column << "-" << l.end_column << " embed=" << l.embed << " md=" << l.markdown << "\n";
}

// Everything parse_note reads, with positions, as text (a diff shows what differs).
std::string facts(const Note& n, const Diagnostics& diags) {
  std::ostringstream os;
  os << "title " << n.title << "\ntype " << n.type_name << " fm=" << n.has_frontmatter
     << "\nhorizon " << static_cast<int>(n.horizon) << " status " << static_cast<int>(n.status)
     << "\ndates " << date_text(n.deadline) << " " << date_text(n.reviewed) << " "
     << date_text(n.completed) << " " << date_text(n.created) << " " << date_text(n.start) << " "
     << date_text(n.end) << " " << date_text(n.date) << "\nmetric " << n.metric << " "
     << n.target.value_or(-1) << " " << n.current.value_or(-1) << " " << n.accountability
     << "\nquarter " << n.quarter << " cadence " << static_cast<int>(n.cadence) << "\n";
  for (const std::string& v : n.values) os << "value " << v << "\n";
  for (const std::string& a : n.aliases) os << "alias " << a << "\n";
  for (const std::string& t : n.tags) os << "tag " << t << "\n";
  for (const std::string& r : n.lint_ignore) os << "ignore " << r << "\n";
  for (const Link& l : n.parents) put_link(os, l);
  for (const Link& l : n.goals) put_link(os, l);
  if (n.sprint) put_link(os, *n.sprint);
  for (const auto& [key, pos] : n.property_pos)
    os << "key " << key << " @" << pos.line << ":" << pos.column << " blank=" << pos.blank
       << " spelling=" << static_cast<int>(pos.spelling) << "\n";
  const BodyFacts& b = n.body;
  for (const Heading& h : b.headings)
    os << "heading " << h.level << " " << h.raw << " | " << h.text << " @" << h.line << ":"
       << h.column << "\n";
  for (const Link& l : b.links) put_link(os, l);
  for (const Tag& t : b.tags)
    os << "body-tag " << t.name << " @" << t.line << ":" << t.column << "\n";
  for (const ListItem& i : b.items)
    os << "item @" << i.line << ":" << i.column << " depth=" << i.depth << " section=" << i.section
       << " task=" << static_cast<int>(i.task) << " status=" << static_cast<int>(i.status) << " "
       << i.text << " due=" << date_text(i.fields.due) << " done=" << date_text(i.fields.done)
       << " placeholder=" << i.placeholder << "\n";
  for (const Field& f : b.fields)
    os << "field " << f.key << "=" << f.value << " @" << f.line << ":" << f.column << "/"
       << f.value_column << "\n";
  for (const Callout& c : b.callouts)
    os << "callout " << c.type << " " << c.title << " @" << c.line << ":" << c.column << "\n";
  for (const BlockId& id : b.block_ids)
    os << "block-id " << id.id << " @" << id.line << ":" << id.column << "\n";
  for (const IgnoreComment& ic : b.ignores) {
    os << "ignore-comment @" << ic.line;
    for (const std::string& r : ic.rules) os << " " << r;
    os << "\n";
  }
  for (const Diagnostic& d : diags)
    os << "diag " << d.rule << " @" << d.line << ":" << d.column << "-" << d.end_line << ":"
       << d.end_column << " " << d.message << " | " << d.help << "\n";
  return os.str();
}

std::string facts_of(std::string_view bytes) {
  Diagnostics diags;
  const Note n = parse_note(bytes, "Note.md", Config{}, &diags);
  return facts(n, diags);
}

// Every note of the examples and fixtures written with LF only.
std::vector<fs::path> lf_notes() {
  std::vector<fs::path> out;
  for (const char* dir : {"examples", "tests/fixtures"}) {
    for (const auto& e : fs::recursive_directory_iterator(fs::path(GOALS_SOURCE_DIR) / dir)) {
      if (e.is_symlink() || !e.is_regular_file() || e.path().extension() != ".md") continue;
      const std::string text = read_bytes(e.path());
      if (text.find('\r') == std::string::npos) out.push_back(e.path());
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

TEST(LineEndings, EveryExampleAndFixtureReadsTheSameWithCrOnlyAndCrlf) {
  const std::vector<fs::path> notes = lf_notes();
  ASSERT_GT(notes.size(), 100u);  // the examples and the rule fixtures are all there
  int with_front_matter = 0, with_tasks = 0, with_diags = 0;
  for (const fs::path& p : notes) {
    SCOPED_TRACE(p.string());
    const std::string lf = read_bytes(p);
    const std::string want = facts_of(lf);
    EXPECT_EQ(facts_of(with_eol(lf, "\r")), want) << "CR-only";
    EXPECT_EQ(facts_of(with_eol(lf, "\r\n")), want) << "CRLF";
    with_front_matter += want.find("\nkey ") != std::string::npos;
    with_tasks += want.find(" task=120 ") != std::string::npos;  // `[x]`
    with_diags += want.find("\ndiag ") != std::string::npos;
  }
  // The comparison covers what it means to: front matter, done tasks, diagnostics.
  EXPECT_GT(with_front_matter, 50);
  EXPECT_GT(with_tasks, 5);
  EXPECT_GT(with_diags, 20);
}

TEST(LineEndings, CrOnlyFrontMatterIsReadWithExactPositions) {
  const std::string note =
      "---\rtype: goal\rhorizon: short\rdeadline: 2026-13-01\rparent: \"[[Vision]]\"\r---\r"
      "# Ship it\r\r- [x] first ^b1\r- [ ] second [[Plan#Steps]]\r";
  Diagnostics diags;
  const Note n = parse_note(note, "Goal.md", Config{}, &diags);
  EXPECT_TRUE(n.has_frontmatter);
  EXPECT_EQ(n.type, NoteType::Goal);
  EXPECT_EQ(n.horizon, Horizon::Short);
  EXPECT_EQ(n.title, "Ship it");
  ASSERT_EQ(n.parents.size(), 1u);
  EXPECT_EQ(n.parents[0].target, "Vision");
  EXPECT_EQ(n.parents[0].line, 5);
  EXPECT_EQ(n.parents[0].column, 9);
  EXPECT_EQ(n.property_pos.at("deadline").line, 4);
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_EQ(diags[0].rule, "invalid-property");
  EXPECT_EQ(diags[0].line, 4);
  EXPECT_EQ(diags[0].column, 11);
  ASSERT_EQ(n.body.headings.size(), 1u);
  EXPECT_EQ(n.body.headings[0].line, 7);
  ASSERT_EQ(n.body.items.size(), 2u);
  EXPECT_EQ(n.body.items[0].line, 9);
  EXPECT_EQ(n.body.items[0].text, "first");
  EXPECT_TRUE(n.body.items[0].done());
  EXPECT_EQ(n.body.items[1].line, 10);
  ASSERT_EQ(n.body.block_ids.size(), 1u);
  EXPECT_EQ(n.body.block_ids[0].id, "b1");
  EXPECT_EQ(n.body.block_ids[0].line, 9);
  ASSERT_EQ(n.body.links.size(), 1u);
  EXPECT_EQ(n.body.links[0].target, "Plan");
  EXPECT_EQ(n.body.links[0].line, 10);
  EXPECT_EQ(n.body.links[0].column, 14);
}

TEST(LineEndings, YamlCppReadsCrOnlyFrontMatterItsOwnReaderLeaves) {
  // A block scalar and a multi-line flow list: the simple reader leaves these
  // to yaml-cpp, which needs the lone CRs read as line breaks.
  const std::string lf =
      "---\ntype: goal\nmetric: |\n  two\n  lines\ntags: [a,\n  b]\nbad: [x\n---\nbody\n";
  const std::string cr = with_eol(lf, "\r");
  EXPECT_EQ(facts_of(cr), facts_of(lf));
  Diagnostics diags;
  const Note n = parse_note(cr, "Goal.md", Config{}, &diags);
  ASSERT_EQ(diags.size(), 1u);
  EXPECT_EQ(diags[0].rule, "invalid-frontmatter");
  EXPECT_EQ(diags[0].line, 9);  // the closing fence, where yaml-cpp finds the list unclosed
  const std::string ok =
      with_eol("---\ntype: goal\nmetric: |\n  two\n  lines\ntags: [a,\n  b]\n---\n", "\r");
  Diagnostics none;
  const Note m = parse_note(ok, "Goal.md", Config{}, &none);
  EXPECT_TRUE(none.empty());
  EXPECT_EQ(m.metric, "two\nlines");
  EXPECT_EQ(m.tags, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(m.property_pos.at("tags").line, 6);
}

TEST(LineEndings, MixedEndingsCountAsCommonMarkCountsThem) {
  // `\r\n`, lone `\r`, `\n`, and `\r\r\n` (a lone CR, then a CRLF: two lines).
  const std::string note = "---\r\ntype: goal\rhorizon: long\n---\r# Title\r\r\n- [ ] task\n";
  Diagnostics diags;
  const Note n = parse_note(note, "Goal.md", Config{}, &diags);
  EXPECT_TRUE(diags.empty());
  EXPECT_EQ(n.horizon, Horizon::Long);
  EXPECT_EQ(n.property_pos.at("horizon").line, 3);
  ASSERT_EQ(n.body.headings.size(), 1u);
  EXPECT_EQ(n.body.headings[0].line, 5);
  ASSERT_EQ(n.body.items.size(), 1u);
  EXPECT_EQ(n.body.items[0].line, 7);
}

TEST(LineEndings, SplitFrontMatterOpensOnlyOnAFenceLine) {
  EXPECT_TRUE(split_front_matter("---\ra: 1\r---\rbody").present);
  EXPECT_EQ(split_front_matter("---\ra: 1\r---\rbody").body, "body");
  EXPECT_EQ(split_front_matter("---\ra: 1\r---\rbody").body_first_line, 4);
  EXPECT_EQ(split_front_matter("---\ra: 1\r---\rbody").yaml, "a: 1\r");
  EXPECT_FALSE(split_front_matter("---").present);
  EXPECT_FALSE(split_front_matter("---").unclosed);
  EXPECT_FALSE(split_front_matter("----\ra: 1\r---\r").present);
  EXPECT_TRUE(split_front_matter("---\ra: 1\r").unclosed);
}

TEST(LineEndings, TextHelpersSplitOnEveryLineEnding) {
  const std::string_view t = "a\rb\r\nc\nd\r\r\ne";
  std::vector<std::string_view> lines;
  for (std::size_t at = 0; at < t.size(); at = next_line_start(t, at))
    lines.push_back(line_at(t, at));
  EXPECT_EQ(lines, (std::vector<std::string_view>{"a", "b", "c", "d", "", "e"}));
  EXPECT_EQ(position_of(t, 0), (TextPosition{1, 1}));
  EXPECT_EQ(position_of(t, 1), (TextPosition{1, 2}));   // the lone CR
  EXPECT_EQ(position_of(t, 2), (TextPosition{2, 1}));   // b
  EXPECT_EQ(position_of(t, 4), (TextPosition{2, 3}));   // the LF of the CRLF
  EXPECT_EQ(position_of(t, 5), (TextPosition{3, 1}));   // c
  EXPECT_EQ(position_of(t, 9), (TextPosition{5, 1}));   // the CRLF after `d\r`
  EXPECT_EQ(position_of(t, 10), (TextPosition{5, 2}));  // its LF
  EXPECT_EQ(position_of(t, 11), (TextPosition{6, 1}));  // e
  EXPECT_EQ(position_of(t, 99), (TextPosition{6, 2}));
  EXPECT_EQ(first_line_ending("a\rb\nc"), "\r");
  EXPECT_EQ(first_line_ending("a\r\nb\rc"), "\r\n");
  EXPECT_EQ(first_line_ending("a\nb\rc"), "\n");
  EXPECT_EQ(first_line_ending("abc"), "\n");
  EXPECT_EQ(find_line_end("abc", 1), 3u);
  EXPECT_EQ(with_line_endings("a\nb\n", "\r"), "a\rb\r");
}

// ---------------------------------------------------------------- in-place edits

TEST(LineEndings, EditsOnACrOnlyNoteKeepItCrOnly) {
  const std::string note =
      "---\rtype: goal\rstatus: active\r---\r# Goal\r\r- [ ] first\r  more\r- [ ] second\r";
  EXPECT_EQ(line_ending_of(note), "\r");
  const std::string spellings[] = {"status"};
  const std::string new_key[] = {"completed"};
  const auto checkbox = set_checkbox_edit(note, 7, 'x');
  ASSERT_TRUE(checkbox);
  const auto done =
      set_task_date_edit(note, 7, TaskDateField::Done, Date{2026, 5, 4}, TaskFormat::Emoji);
  ASSERT_TRUE(done);
  const auto child = add_child_item_edit(note, 7, "a step");
  ASSERT_TRUE(child);
  const TextEdit edits[] = {set_property_edit(note, spellings, "status", "done"),
                            set_property_edit(note, new_key, "completed", "2026-05-04"), *checkbox,
                            *done, *child};
  const std::optional<std::string> out = apply_edits(note, edits);
  ASSERT_TRUE(out);
  EXPECT_EQ(*out,
            "---\rtype: goal\rstatus: done\rcompleted: 2026-05-04\r---\r# Goal\r\r"
            "- [x] first \u2705 2026-05-04\r  more\r\t- a step\r- [ ] second\r");
  EXPECT_EQ(out->find('\n'), std::string::npos);

  const std::string plain = "# Log\r\r- old\r";
  const std::optional<std::string> added =
      apply_edits(plain, std::vector<TextEdit>{add_to_section_edit(plain, "Wins", "new")});
  ASSERT_TRUE(added);
  EXPECT_EQ(*added, "# Log\r\r- old\r\r## Wins\r\r- new\r");
  const TextEdit fm = set_property_edit(plain, new_key, "completed", "2026-05-04");
  EXPECT_EQ(fm.text, "---\rcompleted: 2026-05-04\r---\r");
}

TEST(LineEndings, LineSpanCountsLoneCarriageReturns) {
  const std::string_view t = "a\rbb\r\nccc\r";
  ASSERT_TRUE(line_span(t, 2));
  EXPECT_EQ(line_span(t, 2)->begin, 2u);
  EXPECT_EQ(line_span(t, 2)->end, 4u);
  ASSERT_TRUE(line_span(t, 3));
  EXPECT_EQ(line_span(t, 3)->begin, 6u);
  EXPECT_EQ(line_span(t, 3)->end, 9u);
  EXPECT_FALSE(line_span(t, 4));
}

}  // namespace
}  // namespace goals
