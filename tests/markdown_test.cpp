#include "goals/parse/markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "parse/markdown_internal.h"

namespace goals {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

BodyFacts parse(std::string_view body, int first_line = 1) {
  Diagnostics diags;
  BodyFacts f = parse_body(body, first_line, "n.md", &diags);
  EXPECT_THAT(diags, IsEmpty());
  return f;
}

// "target#h1#h2#^id|alias @line:col-end" plus " embed" / " md".
std::string describe(const Link& l) {
  std::string s = l.target;
  for (const auto& h : l.headings()) s += "#" + h;
  if (!l.block_id().empty()) s += "#^" + l.block_id();
  if (!l.alias.empty()) s += "|" + l.alias;
  s += " @" + std::to_string(l.line) + ":" + std::to_string(l.column) + "-" +
       std::to_string(l.end_column);
  if (l.embed) s += " embed";
  if (l.markdown) s += " md";
  return s;
}

std::vector<std::string> links(std::string_view body, int first_line = 1) {
  std::vector<std::string> out;
  for (const Link& l : parse(body, first_line).links) out.push_back(describe(l));
  return out;
}

std::vector<std::string> tags(std::string_view body) {
  std::vector<std::string> out;
  for (const Tag& t : parse(body).tags)
    out.push_back(t.name + " @" + std::to_string(t.line) + ":" + std::to_string(t.column));
  return out;
}

std::vector<std::string> fields(std::string_view body) {
  std::vector<std::string> out;
  for (const Field& f : parse(body).fields)
    out.push_back(f.key + "=" + f.value + " @" + std::to_string(f.line) + ":" +
                  std::to_string(f.column));
  return out;
}

std::vector<std::string> block_ids(std::string_view body) {
  std::vector<std::string> out;
  for (const BlockId& b : parse(body).block_ids)
    out.push_back(b.id + " @" + std::to_string(b.line) + ":" + std::to_string(b.column));
  return out;
}

// ---------------------------------------------------------------------------
// cmark-gfm's own position conventions, pinned: the reader relies on the block
// positions and reads inline positions from the source because of the last two.

struct CmarkDoc {
  explicit CmarkDoc(std::string_view s) {
    cmark_gfm_core_extensions_ensure_registered();
    cmark_parser* p = cmark_parser_new(CMARK_OPT_SOURCEPOS);
    cmark_parser_attach_syntax_extension(p, cmark_find_syntax_extension("table"));
    cmark_parser_feed(p, s.data(), s.size());
    doc = cmark_parser_finish(p);
    cmark_parser_free(p);
  }
  ~CmarkDoc() { cmark_node_free(doc); }
  // The n-th node (document order) of the given type.
  cmark_node* find(cmark_node_type type, int n = 0) const {
    cmark_iter* it = cmark_iter_new(doc);
    cmark_node* found = nullptr;
    while (cmark_iter_next(it) != CMARK_EVENT_DONE) {
      cmark_node* node = cmark_iter_get_node(it);
      if (cmark_iter_get_event_type(it) == CMARK_EVENT_ENTER && cmark_node_get_type(node) == type &&
          n-- == 0) {
        found = node;
        break;
      }
    }
    cmark_iter_free(it);
    return found;
  }
  cmark_node* doc;
};

std::string pos(cmark_node* n) {
  return std::to_string(cmark_node_get_start_line(n)) + ":" +
         std::to_string(cmark_node_get_start_column(n)) + "-" +
         std::to_string(cmark_node_get_end_line(n)) + ":" +
         std::to_string(cmark_node_get_end_column(n));
}

TEST(MarkdownCmark, BlockPositionsAreOneBasedByteColumns) {
  CmarkDoc d("# H\n\n> - caf\xC3\xA9 x\n>\tb\n");
  EXPECT_EQ(pos(d.find(CMARK_NODE_HEADING)), "1:1-1:3");
  EXPECT_EQ(pos(d.find(CMARK_NODE_BLOCK_QUOTE)), "3:1-4:3");
  EXPECT_EQ(pos(d.find(CMARK_NODE_ITEM)), "3:3-4:3");       // the marker
  EXPECT_EQ(pos(d.find(CMARK_NODE_PARAGRAPH)), "3:5-4:3");  // bytes: é counts 2
}

TEST(MarkdownCmark, InlineColumnsOnContinuationLinesAreNotFileColumns) {
  // Continuation lines are reported from the paragraph's first column, not
  // where their text starts: "lazy" is at column 1 and "cont" at column 3.
  CmarkDoc d("> quote\nlazy\n\n- item\n  cont\n");
  EXPECT_EQ(pos(d.find(CMARK_NODE_TEXT, 1)), "2:3-2:6");
  EXPECT_EQ(pos(d.find(CMARK_NODE_TEXT, 3)), "5:3-5:6");
}

TEST(MarkdownCmark, TableCellsCountAnEscapedPipeAsOneByte) {
  CmarkDoc d("| a |\n|---|\n| x\\|y z |\n");
  // "x\|y z" spans columns 3-8 of the row; cmark ends it at 7.
  EXPECT_EQ(pos(d.find(CMARK_NODE_TEXT, 1)), "3:3-3:7");
}

TEST(MarkdownCmark, BackslashHardBreakStopsTheInlineLineCount) {
  CmarkDoc d("hard\\\nnext\n");
  EXPECT_EQ(pos(d.find(CMARK_NODE_TEXT, 1)), "1:7-1:10");  // really 2:1-2:4
}

TEST(MarkdownCmark, TableStealingParagraphLinesLosesPositions) {
  CmarkDoc d("text\n| a |\n|---|\n| b |\n");
  EXPECT_EQ(pos(d.find(CMARK_NODE_PARAGRAPH)), "0:0-0:0");
}

// ---------------------------------------------------------------------------

TEST(MarkdownLinks, EveryWikiLinkForm) {
  EXPECT_THAT(
      links("[[N]]\n"
            "[[N.md]]\n"
            "[[N|alias]]\n"
            "[[N#H]]\n"
            "[[N#H1#H2]]\n"
            "[[#H]]\n"
            "[[N#^id]]\n"
            "![[N]]\n"
            "![[img.png|100x145]]\n"
            "[[Dir/N]]\n"
            "[[ Spaced Name | the alias ]]\n"
            "[[N#H|alias]]\n"),
      ElementsAre("N @1:1-5", "N.md @2:1-8", "N|alias @3:1-11", "N#H @4:1-7", "N#H1#H2 @5:1-11",
                  "#H @6:1-6", "N#^id @7:1-9", "N @8:1-6 embed", "img.png|100x145 @9:1-20 embed",
                  "Dir/N @10:1-9", "Spaced Name|the alias @11:1-29", "N#H|alias @12:1-13"));
}

TEST(MarkdownLinks, SeveralOnALineWithUnicodeBeforeThem) {
  // Columns count bytes: "café " is 6 bytes.
  EXPECT_THAT(links("café [[A]] and ![[B]] then [[C|c]].\n"),
              ElementsAre("A @1:7-11", "B @1:17-22 embed", "C|c @1:29-35"));
}

TEST(MarkdownLinks, MalformedWikiLinksAreNotLinks) {
  EXPECT_THAT(links("[[]] [[ ]] [[|x]] [[unclosed\n[[split\nline]]\n"), IsEmpty());
  // The innermost opener before a closer wins.
  EXPECT_THAT(links("[[a [[b]] [[[c]]\n"), ElementsAre("b @1:5-9", "c @1:12-16"));
}

TEST(MarkdownLinks, InTablesWithEscapedPipe) {
  EXPECT_THAT(links("| Goal | Parent |\n"
                    "|---|---|\n"
                    "| [[A\\|b]] | [[P]] |\n"
                    "|`x\\|y` [[C\\|d]]| ![[E]] |\n"),
              ElementsAre("A|b @3:3-10", "P @3:14-18", "C|d @4:9-16", "E @4:19-24 embed"));
}

TEST(MarkdownLinks, TableAfterAParagraphWithoutBlankLine) {
  // cmark gives the paragraph no position here: lines are recovered from the rows.
  EXPECT_THAT(links("see [[P]]\n"
                    "| [[H]] |\n"
                    "|---|\n"
                    "| [[R]] |\n"),
              ElementsAre("P @1:5-9", "H @2:3-7", "R @4:3-7"));
  EXPECT_THAT(links("see [[P]]\nmore [[Q]]\n| [[H]] |\n|---|\n"),
              ElementsAre("P @1:5-9", "Q @2:6-10", "H @3:3-7"));
}

TEST(MarkdownLinks, InTableInsideQuoteAndList) {
  EXPECT_THAT(links("> | a | [[B]] |\n"
                    "> |---|---|\n"
                    "> | [[C]] | d |\n"
                    "\n"
                    "- | [[D]] |\n"
                    "  |---|\n"
                    "  | [[E]] |\n"),
              ElementsAre("B @1:9-13", "C @3:5-9", "D @5:5-9", "E @7:5-9"));
}

TEST(MarkdownLinks, InListsAndTasks) {
  EXPECT_THAT(links("- [[A]]\n"
                    "- [ ] task [[B]]\n"
                    "  - nested [[C]]\n"
                    "    1. [x] deep [[D]]\n"
                    "    continued [[E]]\n"
                    "- [-] [[F]]\n"
                    "10) [[G]]\n"),
              ElementsAre("A @1:3-7", "B @2:12-16", "C @3:12-16", "D @4:17-21", "E @5:15-19",
                          "F @6:7-11", "G @7:5-9"));
}

TEST(MarkdownLinks, InQuotesCalloutsAndLazyLines) {
  EXPECT_THAT(links("> quote [[A]]\n"
                    ">   indented [[B]]\n"
                    "lazy [[C]]\n"
                    "\n"
                    "> [!tip] Title [[D]]\n"
                    "> > nested [[E]]\n"
                    "> > - item [[F]]\n"
                    "> >   more [[G]]\n"
                    "> lazy-ish [[H]]\n"),
              ElementsAre("A @1:9-13", "B @2:14-18", "C @3:6-10", "D @5:16-20", "E @6:12-16",
                          "F @7:12-16", "G @8:12-16", "H @9:12-16"));
}

TEST(MarkdownLinks, OnContinuationLines) {
  EXPECT_THAT(links("para\n"
                    "      far [[A]]\n"
                    "\n"
                    "- item\n"
                    "     five [[B]]\n"
                    "- [ ] task\n"
                    "  two [[C]]\n"
                    "\n"
                    "hard\\\n"
                    "  [[D]]  \n"
                    "[[E]]\n"),
              ElementsAre("A @2:11-15", "B @5:11-15", "C @7:7-11", "D @10:3-7", "E @11:1-5"));
}

TEST(MarkdownLinks, InHeadings) {
  EXPECT_THAT(links("# [[A]]\n"
                    "  ## Goal 1: [[B|b]] ##\n"
                    "Setext [[C]]\n"
                    "  more [[D]]\n"
                    "===\n"
                    "> ### In quote [[E]]\n"),
              ElementsAre("A @1:3-7", "B|b @2:14-20", "C @3:8-12", "D @4:8-12", "E @6:16-20"));
}

TEST(MarkdownLinks, AroundOtherInlines) {
  EXPECT_THAT(links("**[[A]]** _[[B]]_ ~~[[C]]~~ [[a *b* c]] <span>[[D]]</span>\n"
                    "`x\n"
                    "y` [[E]] [t\n"
                    "u](v.md) [[F]]\n"),
              ElementsAre("A @1:3-7", "B @1:12-16", "C @1:21-25", "a *b* c @1:29-39", "D @1:47-51",
                          "E @3:4-8", "F @4:10-14"));
}

TEST(MarkdownLinks, WithFrontMatterOffset) {
  EXPECT_THAT(links("[[A]]\n\n- [[B]]\n", 5), ElementsAre("A @5:1-5", "B @7:3-7"));
}

TEST(MarkdownLinks, WithBom) {
  EXPECT_THAT(links("\xEF\xBB\xBF[[A]] [[B]]\n"), ElementsAre("A @1:1-5", "B @1:7-11"));
  BodyFacts f = parse("\xEF\xBB\xBF# T\n");
  ASSERT_EQ(f.headings.size(), 1u);
  EXPECT_EQ(f.headings[0].column, 1);
}

TEST(MarkdownLinks, WithCrlf) {
  EXPECT_THAT(links("# H [[A]]\r\n\r\npara [[B]]\r\n  cont [[C]]\r\n\r\n- [ ] t [[D]]\r\n"
                    "| a |\r\n|---|\r\n| [[E]] |\r\n"),
              ElementsAre("A @1:5-9", "B @3:6-10", "C @4:8-12", "D @6:9-13", "E @9:3-7"));
  // A lone CR ends a line too, as in cmark.
  EXPECT_THAT(links("a\r[[A]]\r\r[[B]]"), ElementsAre("A @2:1-5", "B @4:1-5"));
}

TEST(MarkdownLinks, MarkdownLinksToLocalFiles) {
  EXPECT_THAT(
      links("[My note](My%20Note.md)\n"
            "[t](Dir/N.md#Heading)\n"
            "![](img.png)\n"
            "[b](<Sp ace.md#^bid> \"title\")\n"
            "[c](N.md#H1#My%20H2 'x')\n"
            "[d](a\\(b\\).md)\n"
            "x [e]( f.md ) y\n"),
      ElementsAre("My Note.md|My note @1:1-23 md", "Dir/N.md#Heading|t @2:1-21 md",
                  "img.png @3:1-12 embed md", "Sp ace.md#^bid|b @4:1-29 md",
                  "N.md#H1#My H2|c @5:1-24 md", "a(b).md|d @6:1-14 md", "f.md|e @7:3-13 md"));
}

TEST(MarkdownLinks, UrlsAndFragmentsAreNotLocalLinks) {
  EXPECT_THAT(links("[a](https://x.y/#f) [b](http://x) [c](mailto:a@b.c) [d](obsidian://open?v=x)\n"
                    "[e](#local) [f](#^blk) [g]() <https://x.y/[[no]]> [h](//host/x.md)\n"
                    "[i](file:///x.md) [[after]]\n"),
              ElementsAre("after @3:19-27"));
}

TEST(MarkdownLinks, NotInCode) {
  EXPECT_THAT(links("`[[A]]` ``x [[B]] ` y`` [[ok1]]\n"
                    "\n"
                    "```\n"
                    "[[C]]\n"
                    "```\n"
                    "\n"
                    "~~~md\n"
                    "[[D]]\n"
                    "~~~\n"
                    "\n"
                    "    [[E]]\n"
                    "\n"
                    "- list\n"
                    "\n"
                    "      [[F]]\n"
                    "\n"
                    "<div>\n"
                    "[[G]]\n"
                    "</div>\n"
                    "\n"
                    "`unclosed [[ok2]]\n"),
              ElementsAre("ok1 @1:25-31", "ok2 @21:11-17"));
}

TEST(MarkdownLinks, NotInObsidianComments) {
  EXPECT_THAT(
      links("a %%[[A]]%% [[ok1]] %% [[B]] %% [[ok2]]\n"
            "\n"
            "%%\n"
            "[[C]]\n"
            "\n"
            "- [[D]]\n"
            "\n"
            "# [[E]]\n"
            "%%\n"
            "\n"
            "`%%` [[ok3]] `%%`\n"
            "\n"
            "```\n"
            "%%\n"
            "```\n"
            "[[ok4]]\n"
            "\n"
            "%% `%%` [[F]] %% [[ok5]]\n"
            "\n"
            "unclosed %% [[G]]\n"
            "\n"
            "[[H]]\n"),
      ElementsAre("ok1 @1:13-19", "ok2 @1:33-39", "ok3 @11:6-12", "ok4 @16:1-7", "ok5 @18:18-24"));
}

TEST(MarkdownLinks, NotInMath) {
  EXPECT_THAT(links("$[[A]]$ [[ok1]] $x = [[B]]$\n"
                    "\n"
                    "$$\n"
                    "[[C]]\n"
                    "\n"
                    "[[D]]\n"
                    "$$\n"
                    "\n"
                    "$5 and $10 [[ok2]]\n"
                    "\n"
                    "\\$[[ok3]]\\$ $ [[ok4]] $\n"
                    "\n"
                    "$$ [[E]] $$ [[ok5]]\n"
                    "\n"
                    "cost $$ no closer [[ok6]]\n"),
              ElementsAre("ok1 @1:9-15", "ok2 @9:12-18", "ok3 @11:3-9", "ok4 @11:15-21",
                          "ok5 @13:13-19", "ok6 @15:19-25"));
}

TEST(MarkdownLinks, EscapedAreNotLinks) {
  EXPECT_THAT(links("\\[[A]] \\![[B]] &#91;&#91;C]] [[ok]]\n"),
              ElementsAre("B @1:10-14", "ok @1:30-35"));
}

// ---------------------------------------------------------------------------

TEST(MarkdownTags, Found) {
  EXPECT_THAT(
      tags("#a start #a/b #a-b_c #café #日本語 #y1984 #tag. (x) #end\n"
           "- item #in-list\n"
           "> quoted #q\n"
           "## Heading #h ##\n"
           "| #cell |\n"
           "|---|\n"),
      ElementsAre("a @1:1", "a/b @1:10", "a-b_c @1:15", "café @1:22", "日本語 @1:29", "y1984 @1:40",
                  "tag @1:47", "end @1:57", "in-list @2:8", "q @3:10", "h @4:12", "cell @5:3"));
}

TEST(MarkdownTags, NotTags) {
  EXPECT_THAT(tags("#1984 #12/34 x#y http://x.y/#frag (#p) `#code` \\#esc # sp ##\n"
                   "# Heading\n"
                   "\n"
                   "```\n"
                   "#code\n"
                   "```\n"
                   "%% #hidden %% $#math$ [[N#H]] [t](N.md#frag) [u](#own)\n"),
              IsEmpty());
}

TEST(MarkdownBlockIds, AtTheEndOfParagraphsAndItems) {
  EXPECT_THAT(
      block_ids("A paragraph ^para-1\n"
                "\n"
                "Two lines\n"
                "end ^two  \n"
                "\n"
                "- item ^item1\n"
                "  - sub ^sub\n"
                "\n"
                "> quoted ^q\n"
                "\n"
                "| t ^x |\n"
                "|---|\n"
                "\n"
                "^alone\n"),
      ElementsAre("para-1 @1:13", "two @4:5", "item1 @6:8", "sub @7:9", "q @9:10", "alone @14:1"));
}

TEST(MarkdownBlockIds, NotBlockIds) {
  EXPECT_THAT(block_ids("mid ^id line\n"
                        "\n"
                        "first ^one\n"
                        "second\n"
                        "\n"
                        "x^glued\n"
                        "\n"
                        "`code ^c`\n"
                        "\n"
                        "# Heading ^h\n"
                        "\n"
                        "bad ^a_b\n"
                        "\n"
                        "%% hidden ^h2 %%\n"),
              IsEmpty());
}

// ---------------------------------------------------------------------------

TEST(MarkdownTasks, EveryStatus) {
  BodyFacts f = parse(
      "- [ ] open\n"
      "- [x] done\n"
      "- [X] Done\n"
      "- [-] cancelled\n"
      "- [/] half\n"
      "- [>] forwarded\n"
      "* [ ]\n"
      "1. [x] numbered\n"
      "- plain\n"
      "- [ ]not a task\n"
      "- [xx] not a task\n"
      "> - [-] in quote\n");
  std::vector<std::string> got;
  for (const ListItem& it : f.items)
    got.push_back(std::string(1, it.task ? it.task : '0') + "|" + it.text + " @" +
                  std::to_string(it.line) + ":" + std::to_string(it.column));
  EXPECT_THAT(got, ElementsAre(" |open @1:1", "x|done @2:1", "X|Done @3:1", "-|cancelled @4:1",
                               "/|half @5:1", ">|forwarded @6:1", " | @7:1", "x|numbered @8:1",
                               "0|plain @9:1", "0|[ ]not a task @10:1", "0|[xx] not a task @11:1",
                               "-|in quote @12:3"));
  EXPECT_TRUE(f.items[1].done());
  EXPECT_TRUE(f.items[2].done());
  EXPECT_TRUE(f.items[3].cancelled());
  EXPECT_FALSE(f.items[0].done());
}

TEST(MarkdownTasks, DepthAndSection) {
  BodyFacts f = parse(
      "- before\n"
      "# One\n"
      "- a\n"
      "  - b\n"
      "    - c\n"
      "## Two\n"
      "> - quoted\n"
      ">   - quoted nested\n"
      "1. x\n"
      "   - y\n");
  std::vector<std::string> got;
  for (const ListItem& it : f.items)
    got.push_back(it.text + " d" + std::to_string(it.depth) + " s" + std::to_string(it.section) +
                  " @" + std::to_string(it.line) + ":" + std::to_string(it.column));
  EXPECT_THAT(got, ElementsAre("before d0 s-1 @1:1", "a d0 s0 @3:1", "b d1 s0 @4:3", "c d2 s0 @5:5",
                               "quoted d0 s1 @7:3", "quoted nested d1 s1 @8:5", "x d0 s1 @9:1",
                               "y d1 s1 @10:4"));
}

TEST(MarkdownTasks, TextIsTheFirstLineWithoutItsTaskFields) {
  BodyFacts f = parse(
      "- [ ] Week 1-4: Finish **Sections** [[A]] 📅 2025-04-28   \n"
      "  second line\n"
      "-   spaced   \n"
      "-\n"
      "  later\n"
      "- [ ] Call Bob [due:: 2025-05-01] about ⏫ the offsite ^call-bob\n"
      "- Keep [mood:: calm] and 📅 soon ^\n");
  ASSERT_EQ(f.items.size(), 5u);
  EXPECT_EQ(f.items[0].text, "Week 1-4: Finish **Sections** [[A]]");
  EXPECT_EQ(f.items[1].text, "spaced");
  EXPECT_EQ(f.items[2].text, "");
  // Fields leave the text wherever they stand; so does a trailing block id.
  EXPECT_EQ(f.items[3].text, "Call Bob about the offsite");
  // What is no task field stays: other Dataview keys, an emoji without a date.
  EXPECT_EQ(f.items[4].text, "Keep [mood:: calm] and 📅 soon ^");
}

TEST(MarkdownTasks, Dates) {
  BodyFacts f = parse(
      "- [x] a 📅 2025-04-28 ✅ 2025-04-27\n"
      "- [ ] b 📅2025-05-26 ⏳2025-05-01 🛫 2025-04-30 ➕ 2025-01-02\n"
      "- [ ] c 📅\xEF\xB8\x8F 2025-06-15 ✅\xEF\xB8\x8F"
      "2025-06-14\n"
      "- [ ] d 📅 2025-02-30 📅 2025-13-01 ⏳ 2025-01-011 🛫 soon\n"
      "- e 📅 2025-07-01\n");
  ASSERT_EQ(f.items.size(), 5u);
  const TaskFields& a = f.items[0].fields;
  ASSERT_TRUE(a.due && a.done);
  EXPECT_EQ(a.due->str(), "2025-04-28");
  EXPECT_EQ(a.done->str(), "2025-04-27");
  EXPECT_FALSE(a.scheduled || a.start || a.created || a.cancelled);
  const TaskFields& b = f.items[1].fields;
  ASSERT_TRUE(b.due && b.scheduled && b.start && b.created);
  EXPECT_EQ(b.due->str(), "2025-05-26");
  EXPECT_EQ(b.scheduled->str(), "2025-05-01");
  EXPECT_EQ(b.start->str(), "2025-04-30");
  EXPECT_EQ(b.created->str(), "2025-01-02");
  const TaskFields& c = f.items[2].fields;
  ASSERT_TRUE(c.due && c.done);
  EXPECT_EQ(c.due->str(), "2025-06-15");
  EXPECT_EQ(c.done->str(), "2025-06-14");
  EXPECT_EQ(f.items[2].text, "c");
  const TaskFields& d = f.items[3].fields;
  EXPECT_FALSE(d.due || d.scheduled || d.start);
  // Dates that do not read stay in the text for the reader to see.
  EXPECT_EQ(f.items[3].text, "d 📅 2025-02-30 📅 2025-13-01 ⏳ 2025-01-011 🛫 soon");
  ASSERT_TRUE(f.items[4].fields.due);  // plain items keep their dates too
  EXPECT_EQ(f.items[4].text, "e");
}

/// "due scheduled start done created cancelled | priority | recurrence |
/// on-completion | id | depends-on | description" of one line.
std::string fields_of(std::string_view line) {
  std::string words;
  const TaskFields f = parse_task_fields(line, &words);
  auto d = [](const std::optional<Date>& x) { return x ? x->str() : std::string("-"); };
  std::string deps;
  for (const std::string& id : f.depends_on()) deps += (deps.empty() ? "" : ",") + id;
  return d(f.due) + " " + d(f.scheduled) + " " + d(f.start) + " " + d(f.done) + " " + d(f.created) +
         " " + d(f.cancelled) + " | " + std::string(word_of(f.priority)) + " | " + f.recurrence() +
         " | " + f.on_completion() + " | " + f.id() + " | " + deps + " | " + words;
}

TEST(MarkdownTasks, EmojiFormatEverySignifier) {
  // The Tasks plugin's own samples (docs/Reference/Task Formats/Tasks Emoji Format).
  EXPECT_EQ(fields_of("#task Has a created date ➕ 2023-04-13"),
            "- - - - 2023-04-13 - |  |  |  |  |  | #task Has a created date");
  EXPECT_EQ(fields_of("#task Has a scheduled date ⏳ 2023-04-14"),
            "- 2023-04-14 - - - - |  |  |  |  |  | #task Has a scheduled date");
  EXPECT_EQ(fields_of("#task Has a start date 🛫 2023-04-15"),
            "- - 2023-04-15 - - - |  |  |  |  |  | #task Has a start date");
  EXPECT_EQ(fields_of("#task Has a due date 📅 2023-04-16"),
            "2023-04-16 - - - - - |  |  |  |  |  | #task Has a due date");
  EXPECT_EQ(fields_of("#task Has a done date ✅ 2023-04-17"),
            "- - - 2023-04-17 - - |  |  |  |  |  | #task Has a done date");
  EXPECT_EQ(fields_of("#task Has a cancelled date ❌ 2023-04-18"),
            "- - - - - 2023-04-18 |  |  |  |  |  | #task Has a cancelled date");
  EXPECT_EQ(fields_of("Lowest ⏬"), "- - - - - - | lowest |  |  |  |  | Lowest");
  EXPECT_EQ(fields_of("Low 🔽"), "- - - - - - | low |  |  |  |  | Low");
  EXPECT_EQ(fields_of("Medium 🔼"), "- - - - - - | medium |  |  |  |  | Medium");
  EXPECT_EQ(fields_of("High ⏫"), "- - - - - - | high |  |  |  |  | High");
  EXPECT_EQ(fields_of("Highest 🔺"), "- - - - - - | highest |  |  |  |  | Highest");
  EXPECT_EQ(fields_of("Is a recurring task 🔁 every day when done"),
            "- - - - - - |  | every day when done |  |  |  | Is a recurring task");
  EXPECT_EQ(fields_of("do this first 🆔 dcf64c"),
            "- - - - - - |  |  |  | dcf64c |  | do this first");
  EXPECT_EQ(fields_of("do this after ⛔️ dcf64c,0h17ye"),
            "- - - - - - |  |  |  |  | dcf64c,0h17ye | do this after");
  EXPECT_EQ(fields_of("tidy up 🏁 delete"), "- - - - - - |  |  | delete |  |  | tidy up");
  // The plugin's alternates: 📆 and 🗓 for due, ⌛ for scheduled.
  EXPECT_EQ(fields_of("a 📆 2026-01-02 b ⌛ 2026-01-03"),
            "2026-01-02 2026-01-03 - - - - |  |  |  |  |  | a b");
  EXPECT_EQ(fields_of("a 🗓 2026-01-02"), "2026-01-02 - - - - - |  |  |  |  |  | a");
}

TEST(MarkdownTasks, DataviewFormatEverySignifier) {
  // docs/Reference/Task Formats/Dataview Format.
  EXPECT_EQ(fields_of("#task Has a created date  [created:: 2023-04-13]"),
            "- - - - 2023-04-13 - |  |  |  |  |  | #task Has a created date");
  EXPECT_EQ(fields_of("#task Has a scheduled date  [scheduled:: 2023-04-14]"),
            "- 2023-04-14 - - - - |  |  |  |  |  | #task Has a scheduled date");
  EXPECT_EQ(fields_of("#task Has a start date  [start:: 2023-04-15]"),
            "- - 2023-04-15 - - - |  |  |  |  |  | #task Has a start date");
  EXPECT_EQ(fields_of("#task Has a due date  [due:: 2023-04-16]"),
            "2023-04-16 - - - - - |  |  |  |  |  | #task Has a due date");
  EXPECT_EQ(fields_of("#task Has a done date  [completion:: 2023-04-17]"),
            "- - - 2023-04-17 - - |  |  |  |  |  | #task Has a done date");
  EXPECT_EQ(fields_of("#task Has a cancelled date  [cancelled:: 2023-04-18]"),
            "- - - - - 2023-04-18 |  |  |  |  |  | #task Has a cancelled date");
  for (const char* p : {"lowest", "low", "medium", "high", "highest"})
    EXPECT_EQ(fields_of(std::string("P  [priority:: ") + p + "]"),
              std::string("- - - - - - | ") + p + " |  |  |  |  | P");
  EXPECT_EQ(fields_of("Is a recurring task [repeat:: every day when done]"),
            "- - - - - - |  | every day when done |  |  |  | Is a recurring task");
  EXPECT_EQ(fields_of("do this first  [id:: dcf64c]"),
            "- - - - - - |  |  |  | dcf64c |  | do this first");
  EXPECT_EQ(fields_of("do this after  [dependsOn:: dcf64c,0h17ye]"),
            "- - - - - - |  |  |  |  | dcf64c,0h17ye | do this after");
  EXPECT_EQ(fields_of("tidy up [onCompletion:: keep]"), "- - - - - - |  |  | keep |  |  | tidy up");
  // Parentheses, spaces inside, no space after `::`, any key case, the
  // commas the plugin puts between fields.
  EXPECT_EQ(fields_of("x (due:: 2026-11-12)"), "2026-11-12 - - - - - |  |  |  |  |  | x");
  EXPECT_EQ(fields_of("x [  due::2026-11-12  ]"), "2026-11-12 - - - - - |  |  |  |  |  | x");
  EXPECT_EQ(fields_of("x [Due:: 2026-11-12]"), "2026-11-12 - - - - - |  |  |  |  |  | x");
  EXPECT_EQ(fields_of("x [priority:: high], [start:: 2023-04-24], [due:: 2023-05-01]"),
            "2023-05-01 - 2023-04-24 - - - | high |  |  |  |  | x");
  // Not fields: a value of the wrong shape, mismatched brackets, other keys.
  EXPECT_EQ(fields_of("x [due:: soon] (due:: 2026-11-12] [due:: 2026-11-12 noon] [mood:: ok]"),
            "- - - - - - |  |  |  |  |  | "
            "x [due:: soon] (due:: 2026-11-12] [due:: 2026-11-12 noon] [mood:: ok]");
  EXPECT_EQ(fields_of("x [priority:: urgent]"),
            "- - - - - - |  |  |  |  |  | x [priority:: urgent]");
}

TEST(MarkdownTasks, MixedOrderAndBothFormatsOnOneLine) {
  EXPECT_EQ(fields_of("Ship it ✅ 2026-01-05 🔁 every week ⏫ [scheduled:: 2026-01-01] 📅 2026-01-04 "
                      "(created:: 2025-12-30) 🆔 a1 ⛔ b2 , c3 #work"),
            "2026-01-04 2026-01-01 - 2026-01-05 2025-12-30 - | high | every week |  | a1 | b2,c3 | "
            "Ship it #work");
  // The first of a field given twice counts; both leave the text.
  EXPECT_EQ(fields_of("Twice 📅 2026-01-01 [due:: 2026-02-02] ⏬ 🔺"),
            "2026-01-01 - - - - - | lowest |  |  |  |  | Twice");
}

TEST(MarkdownTasks, VariationSelectors) {
  // The plugin accepts an optional U+FE0F after every signifier.
  const std::string vs16 = "\xEF\xB8\x8F";
  EXPECT_EQ(fields_of("a 📅" + vs16 + " 2026-01-02"), "2026-01-02 - - - - - |  |  |  |  |  | a");
  EXPECT_EQ(fields_of("a 🗓" + vs16 + " 2026-01-02"), "2026-01-02 - - - - - |  |  |  |  |  | a");
  EXPECT_EQ(fields_of("a ⏳" + vs16 + "2026-01-02"), "- 2026-01-02 - - - - |  |  |  |  |  | a");
  EXPECT_EQ(fields_of("a ⌛" + vs16 + " 2026-01-02"), "- 2026-01-02 - - - - |  |  |  |  |  | a");
  EXPECT_EQ(fields_of("a ⏫" + vs16), "- - - - - - | high |  |  |  |  | a");
  EXPECT_EQ(fields_of("a ⛔" + vs16 + " x1"), "- - - - - - |  |  |  |  | x1 | a");
  EXPECT_EQ(fields_of("a 🔁" + vs16 + " every day"), "- - - - - - |  | every day |  |  |  | a");
}

TEST(MarkdownTasks, ParseTaskFieldsEdges) {
  TaskFields d = parse_task_fields("x ✅2025-01-05 ➕ \t 2024-12-31 trailing");
  ASSERT_TRUE(d.done && d.created);
  EXPECT_EQ(d.done->str(), "2025-01-05");
  EXPECT_EQ(d.created->str(), "2024-12-31");
  EXPECT_FALSE(parse_task_fields("📅").due);
  EXPECT_FALSE(parse_task_fields("📅 2025-01-0").due);
  EXPECT_FALSE(parse_task_fields("\xF0\x9F\x93").due);  // truncated emoji
  EXPECT_FALSE(parse_task_fields("[due::").due);
  EXPECT_FALSE(parse_task_fields("[due:: 2025-01-01").due);  // no closer
  EXPECT_EQ(fields_of("🔁 , "), "- - - - - - |  |  |  |  |  | 🔁 ,");
  EXPECT_EQ(fields_of(""), "- - - - - - |  |  |  |  |  | ");
}

// ---------------------------------------------------------------------------

TEST(MarkdownFields, InlineAndLineFields) {
  EXPECT_THAT(fields("status:: active\n"
                     "Owner Name::   [[Me]]  \n"
                     "text [due:: 2025-06-01] and (prio:: high) and [x:: [[L]] [n]]\n"
                     "\n"
                     "- [ ] task [due:: 2025-01-01]\n"
                     "- metric:: 15 connections\n"
                     "> quoted:: yes\n"),
              ElementsAre("status=active @1:1", "Owner Name=[[Me]] @2:1", "due=2025-06-01 @3:6",
                          "prio=high @3:29", "x=[[L]] [n] @3:47", "due=2025-01-01 @5:12",
                          "metric=15 connections @6:3", "quoted=yes @7:3"));
}

TEST(MarkdownFields, ValuePositionsKindsAndTaskLines) {
  std::vector<std::string> got;
  for (const Field& f : parse("**Deadline**::   2026-12-31\n"
                              "> [!info]\n"
                              "> Parent:: [[Lead]]\n"
                              "\n"
                              "text (empty::) here\n"
                              "\n"
                              "- [ ] task [due:: 2025-01-01]\n"
                              "  metric:: on the task's lines\n"
                              "  - metric:: a plain child item\n")
                            .fields)
    got.push_back(f.key + "=" + f.value + " @" + std::to_string(f.line) + ":" +
                  std::to_string(f.column) + " value " + std::to_string(f.value_column) +
                  (f.own_line ? " line" : " bracket") + (f.in_task ? " task" : ""));
  EXPECT_THAT(got, ElementsAre("**Deadline**=2026-12-31 @1:1 value 18 line",
                               "Parent=[[Lead]] @3:3 value 12 line", "empty= @5:6 value 14 bracket",
                               "due=2025-01-01 @7:12 value 19 bracket task",
                               "metric=on the task's lines @8:3 value 12 line task",
                               "metric=a plain child item @9:5 value 14 line"));
}

TEST(MarkdownFields, NotFields) {
  EXPECT_THAT(fields("see [[x]] key:: mid line\n"
                     "\n"
                     "`k:: v` [a:: b\n"
                     "\n"
                     "[:: empty key] (k:: unclosed\n"
                     "\n"
                     "%% hidden:: x %%\n"
                     "\n"
                     "# heading:: no\n"
                     "\n"
                     "```\n"
                     "code:: no\n"
                     "```\n"),
              IsEmpty());
}

TEST(MarkdownFields, LinksInsideFieldValuesAreLinks) {
  EXPECT_THAT(links("parent:: [[Goal]]\n[up:: [[Vision]]]\n"),
              ElementsAre("Goal @1:10-17", "Vision @2:7-16"));
}

// ---------------------------------------------------------------------------

TEST(MarkdownCallouts, Forms) {
  BodyFacts f = parse(
      "> [!TIP] Remember this\n"
      "> body\n"
      "\n"
      "> [!warning]-\n"
      "\n"
      "> [!note]+ Folded open [[A]]\n"
      "\n"
      "> > [!quote] Inner\n"
      "\n"
      "> plain quote [!x]\n"
      "\n"
      "> [!]\n"
      "\n"
      "  > [!my-type] Indented\n");
  std::vector<std::string> got;
  for (const Callout& c : f.callouts)
    got.push_back(c.type + "|" + std::string(1, c.fold ? c.fold : '0') + "|" + c.title + " @" +
                  std::to_string(c.line) + ":" + std::to_string(c.column));
  EXPECT_THAT(got, ElementsAre("tip|0|Remember this @1:1", "warning|-| @4:1",
                               "note|+|Folded open [[A]] @6:1", "quote|0|Inner @8:3",
                               "my-type|0|Indented @14:3"));
}

// ---------------------------------------------------------------------------

TEST(MarkdownHeadings, LevelsRawTextAndPositions) {
  BodyFacts f = parse(
      "# Title\n"
      "## Goal 1: [[Complete AWS|AWS cert]]\n"
      "  ### *Emph* `code` [t](x.md) [[N#H]] ###\n"
      "#### Closing #s are kept#\n"
      "Setext one\n"
      "===\n"
      "Setext *two*\n"
      "  second line\n"
      "---\n"
      "#\n"
      "> ###### Deep\n"
      "#nohead\n");
  std::vector<std::string> got;
  for (const Heading& h : f.headings)
    got.push_back(std::to_string(h.level) + "|" + h.raw + "|" + h.text + " @" +
                  std::to_string(h.line) + ":" + std::to_string(h.column));
  EXPECT_THAT(got, ElementsAre("1|Title|Title @1:1",
                               "2|Goal 1: [[Complete AWS|AWS cert]]|Goal 1: AWS cert @2:1",
                               "3|*Emph* `code` [t](x.md) [[N#H]]|Emph code t N @3:3",
                               "4|Closing #s are kept#|Closing #s are kept# @4:1",
                               "1|Setext one|Setext one @5:1",
                               "2|Setext *two* second line|Setext two second line @7:1",
                               "1|| @10:1", "6|Deep|Deep @11:3"));
}

TEST(MarkdownHeadings, SectionIndices) {
  BodyFacts f = parse(
      "- none\n"
      "# A\n"
      "- in A\n"
      "## B\n"
      "- in B\n"
      "  - nested in B\n"
      "### C\n"
      "\n"
      "text\n"
      "\n"
      "- in C\n");
  std::vector<int> sections;
  for (const ListItem& it : f.items) sections.push_back(it.section);
  EXPECT_THAT(sections, ElementsAre(-1, 0, 1, 1, 2));
}

// "text|0" or "text|1" per heading: whether anything stands under it.
std::vector<std::string> answered(std::string_view body) {
  std::vector<std::string> out;
  for (const Heading& h : parse(body).headings)
    out.push_back(h.text + "|" + (h.has_text ? "1" : "0"));
  return out;
}

TEST(MarkdownHeadings, HasTextIgnoresBlanksCommentsEmptyItemsAndRules) {
  EXPECT_THAT(answered("# Title\n"
                       "## Blank\n"
                       "\n"
                       "   \n"
                       "## Html comment\n"
                       "<!-- later -->\n"
                       "## Long html comment\n"
                       "<!--\n"
                       "later, with [[A link]]\n"
                       "-->\n"
                       "## Percent comment\n"
                       "%% later %%\n"
                       "## Long percent comment\n"
                       "%%\n"
                       "later\n"
                       "%%\n"
                       "## Empty items\n"
                       "-\n"
                       "- [ ]\n"
                       "* \n"
                       "1.\n"
                       "## Rules\n"
                       "---\n"
                       "\n"
                       "***\n"
                       "\n"
                       "- - -\n"
                       "## Empty quote\n"
                       ">\n"
                       "> - [ ]\n"
                       "## Last\n"),
              ElementsAre("Title|0", "Blank|0", "Html comment|0", "Long html comment|0",
                          "Percent comment|0", "Long percent comment|0", "Empty items|0", "Rules|0",
                          "Empty quote|0", "Last|0"));
}

TEST(MarkdownHeadings, HasTextForAnyWord) {
  EXPECT_THAT(
      answered("## Word\n"
               "x\n"
               "## After a comment\n"
               "<!-- c --> yes\n"
               "## After a long comment\n"
               "<!--\n"
               "c\n"
               "--> yes\n"
               "## Before a comment\n"
               "no %% c %%\n"
               "## In an item\n"
               "- [ ] ask Marcus\n"
               "## In a quote\n"
               "> yes\n"
               "## A link\n"
               "[[Somewhere]]\n"
               "## A table\n"
               "| a |\n"
               "|---|\n"
               "## Code\n"
               "```\n"
               "# not a heading\n"
               "```\n"
               "## Late\n"
               "\n"
               "\n"
               "   finally\n"),
      ElementsAre("Word|1", "After a comment|1", "After a long comment|1", "Before a comment|1",
                  "In an item|1", "In a quote|1", "A link|1", "A table|1", "Code|1", "Late|1"));
}

TEST(MarkdownHeadings, HasTextUnderSetextHeadingsSkipsTheUnderline) {
  EXPECT_THAT(answered("Empty\n"
                       "=====\n"
                       "\n"
                       "Two lines\n"
                       "of question\n"
                       "---\n"
                       "answer\n"
                       "\n"
                       "Also empty\n"
                       "----------\n"
                       "## Next\n"),
              ElementsAre("Empty|0", "Two lines of question|1", "Also empty|0", "Next|0"));
}

TEST(MarkdownHeadings, HasTextSeesThroughHiddenHeadings) {
  // A heading inside %% %% is no heading: the question before it runs on.
  EXPECT_THAT(answered("## Q\n%%\n## Hidden\n%%\n## Next\ntext\n"), ElementsAre("Q|0", "Next|1"));
  EXPECT_THAT(answered("## Q\n%%\n## Hidden\n%%\nthe answer\n## Next\n"),
              ElementsAre("Q|1", "Next|0"));
}

// ---------------------------------------------------------------------------

// "line:rule,rule" per goals-ignore comment ("line:" for every rule).
std::vector<std::string> ignores(std::string_view body, int first_line = 1) {
  std::vector<std::string> out;
  for (const IgnoreComment& c : parse(body, first_line).ignores) {
    std::string s = std::to_string(c.line) + ":";
    for (std::size_t i = 0; i < c.rules.size(); ++i) s += (i ? "," : "") + c.rules[i];
    out.push_back(s);
  }
  return out;
}

TEST(MarkdownIgnores, FormsOfTheComment) {
  EXPECT_THAT(ignores("<!-- goals-ignore vague-goal no-metric -->\ntext\n"),
              ElementsAre("2:vague-goal,no-metric"));
  EXPECT_THAT(ignores("<!-- goals-ignore: vague-goal, no-metric -->\ntext\n"),
              ElementsAre("2:vague-goal,no-metric"));
  EXPECT_THAT(ignores("<!--goals-ignore vague-goal-->\ntext\n"), ElementsAre("2:vague-goal"));
  EXPECT_THAT(ignores("<!-- goals-ignore -->\ntext\n"), ElementsAre("2:"));
  EXPECT_THAT(ignores("<!-- goals-ignore: -->\ntext\n"), ElementsAre("2:"));
}

TEST(MarkdownIgnores, TheLineAfterTheCommentInFileLines) {
  // Front matter of 4 lines: the body starts on line 5.
  EXPECT_THAT(ignores("# T\n\n<!-- goals-ignore a -->\n- [ ] item\n", 5), ElementsAre("8:a"));
  // A blank line after the comment: it silences the blank line only.
  EXPECT_THAT(ignores("<!-- goals-ignore a -->\n\ntext\n"), ElementsAre("2:a"));
  // In a list and in a quote.
  EXPECT_THAT(ignores("- one\n  <!-- goals-ignore a -->\n  two\n"), ElementsAre("3:a"));
  EXPECT_THAT(ignores("> <!-- goals-ignore a -->\n> text\n"), ElementsAre("2:a"));
  // Right after a paragraph line (a comment interrupts a paragraph).
  EXPECT_THAT(ignores("text\n<!-- goals-ignore a -->\nmore\n"), ElementsAre("3:a"));
}

TEST(MarkdownIgnores, ACommentOverSeveralLinesSilencesTheLineAfterItsEnd) {
  EXPECT_THAT(ignores("<!--\ngoals-ignore a\nb\n-->\ntext\n"), ElementsAre("5:a,b"));
  EXPECT_THAT(ignores("<!-- goals-ignore a\r\n  b -->\r\ntext\r\n"), ElementsAre("3:a,b"));
}

TEST(MarkdownIgnores, NotIgnores) {
  EXPECT_THAT(ignores("```\n<!-- goals-ignore a -->\n```\ntext\n"), IsEmpty());
  EXPECT_THAT(ignores("~~~md\n<!-- goals-ignore a -->\n~~~\n"), IsEmpty());
  EXPECT_THAT(ignores("    <!-- goals-ignore a -->\n"), IsEmpty());  // indented code
  EXPECT_THAT(ignores("%%\n<!-- goals-ignore a -->\n%%\ntext\n"), IsEmpty());
  EXPECT_THAT(ignores("text <!-- goals-ignore a --> inline\nmore\n"), IsEmpty());
  EXPECT_THAT(ignores("<!-- goals-ignored a -->\ntext\n"), IsEmpty());
  EXPECT_THAT(ignores("<!-- goals-ignore-all -->\ntext\n"), IsEmpty());
  EXPECT_THAT(ignores("<!-- see goals-ignore a -->\ntext\n"), IsEmpty());
  EXPECT_THAT(ignores("`<!-- goals-ignore a -->`\ntext\n"), IsEmpty());
}

// ---------------------------------------------------------------------------

TEST(MarkdownWikilinkInner, Parts) {
  Link l = parse_wikilink_inner("Dir/N.md#H1#H2|alias");
  EXPECT_EQ(l.target, "Dir/N.md");
  EXPECT_THAT(l.headings(), ElementsAre("H1", "H2"));
  EXPECT_EQ(l.alias, "alias");
  l = parse_wikilink_inner("N#^blk");
  EXPECT_EQ(l.target, "N");
  EXPECT_THAT(l.headings(), IsEmpty());
  EXPECT_EQ(l.block_id(), "blk");
  l = parse_wikilink_inner("A\\|b|c");
  EXPECT_EQ(l.target, "A");
  EXPECT_EQ(l.alias, "b|c");
  l = parse_wikilink_inner("#Only heading");
  EXPECT_EQ(l.target, "");
  EXPECT_THAT(l.headings(), ElementsAre("Only heading"));
  l = parse_wikilink_inner("");
  EXPECT_EQ(l.target, "");
  EXPECT_FALSE(l.embed || l.markdown);
}

TEST(MarkdownInternal, DecodeUriAsJavaScriptDoes) {
  EXPECT_EQ(markdown_internal::decode_uri("My%20Note%2Emd"), "My Note.md");
  EXPECT_EQ(markdown_internal::decode_uri("100%"), "100%");
  EXPECT_EQ(markdown_internal::decode_uri("%zz%4"), "%zz%4");
  EXPECT_EQ(markdown_internal::decode_uri("%C3%A9"), "\xC3\xA9");
  // decodeURI keeps the escapes of reserved characters: %23 is no heading.
  EXPECT_EQ(markdown_internal::decode_uri("C%23%20notes%2Fx%3F"), "C%23 notes%2Fx%3F");
  // An escape that is no UTF-8 makes decodeURI throw; the text stays as written.
  EXPECT_EQ(markdown_internal::decode_uri("a%20b%FF"), "a%20b%FF");
}

TEST(MarkdownInternal, LinesSplitLikeCmark) {
  markdown_internal::Lines l("a\r\nb\rc\n\nd");
  ASSERT_EQ(l.count(), 5);
  EXPECT_EQ(l[0], "a");
  EXPECT_EQ(l[1], "b");
  EXPECT_EQ(l[2], "c");
  EXPECT_EQ(l[3], "");
  EXPECT_EQ(l[4], "d");
  EXPECT_EQ(l.offset(4), 8u);
  EXPECT_EQ(l[5], "");
  EXPECT_EQ(markdown_internal::Lines("x\n").count(), 1);
}

TEST(MarkdownBody, EmptyAndWhitespaceBodies) {
  for (std::string_view body : {"", "\xEF\xBB\xBF", "\n\n", "   ", "\r\n"}) {
    BodyFacts f = parse(body);
    EXPECT_TRUE(f.links.empty() && f.headings.empty() && f.items.empty());
  }
}

TEST(MarkdownBody, NullDiagnosticsPointerIsAccepted) {
  BodyFacts f = parse_body("[[A]]", 1, "n.md", nullptr);
  EXPECT_EQ(f.links.size(), 1u);
}

}  // namespace
}  // namespace goals
