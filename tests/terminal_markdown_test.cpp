// terminal_markdown(): a note's Markdown as a terminal shows it, wrapped.
#include "render/terminal_markdown.h"

#include <gtest/gtest.h>

namespace goals {
namespace {

TEST(TerminalMarkdown, CalloutIsALabelledBlockWithItsLinesIndented) {
  const std::string md =
      "> [!info] Milestones, 2026-11-16 to 2026-11-22\n"
      "> **Due this week**\n"
      "> - nothing\n"
      ">\n"
      "> **Overdue**\n"
      "> - [[Finish the Coaching for Engineers course]]: Week 4-5: Modules 7-8 and the "
      "recorded coaching conversation 📅 2026-10-31\n";
  EXPECT_EQ(terminal_markdown(md, 60, Style{false}),
            "Info: Milestones, 2026-11-16 to 2026-11-22\n"
            "  Due this week\n"
            "  - nothing\n"
            "\n"
            "  Overdue\n"
            "  - Finish the Coaching for Engineers course: Week 4-5:\n"
            "    Modules 7-8 and the recorded coaching conversation 📅\n"
            "    2026-10-31\n");
}

TEST(TerminalMarkdown, BoldIsAnsiBoldWhenColourIsOn) {
  EXPECT_EQ(terminal_markdown("> [!tip]\n> a **big** step\n", 60, Style{true}),
            "\x1b[1mTip\x1b[0m\n"
            "  a \x1b[1mbig\x1b[0m step\n");
  // Bold across a wrap is bold on both lines, the space between not at all.
  EXPECT_EQ(terminal_markdown("**one two**", 4, Style{true}),
            "\x1b[1mone\x1b[0m\n\x1b[1mtwo\x1b[0m\n");
}

TEST(TerminalMarkdown, CalloutTitlesFoldMarkersAndHeadings) {
  EXPECT_EQ(terminal_markdown("> [!warning]- Careful\n> text\n", 60, Style{false}),
            "Warning: Careful\n  text\n");
  EXPECT_EQ(terminal_markdown("## How did it go?\n", 60, Style{false}), "How did it go?\n");
  EXPECT_EQ(terminal_markdown("> quoted\n", 60, Style{false}), "  quoted\n");
}

TEST(TerminalMarkdown, LinksShowTheirDisplayText) {
  EXPECT_EQ(terminal_markdown("[[Note|my alias]] [[Note#Plan#Week 1]] [[#Top]] "
                              "[[folder/Note.md]] ![[Pic.png]] [site](https://x.org)\n",
                              200, Style{false}),
            "my alias Note > Plan > Week 1 Top folder/Note Pic.png site\n");
}

TEST(TerminalMarkdown, CodeEscapesAndStrayMarkersStayAsWritten) {
  EXPECT_EQ(terminal_markdown("`**x**` \\*no\\* **open\n", 60, Style{false}),
            "`**x**` *no* **open\n");
}

TEST(TerminalMarkdown, ListItemsHangUnderTheirText) {
  EXPECT_EQ(terminal_markdown("1. one two three\n  - [ ] four five\n", 12, Style{false}),
            "1. one two\n   three\n  - [ ] four\n    five\n");
}

}  // namespace
}  // namespace goals
