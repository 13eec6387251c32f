// goals(1): roff escaping and the page's shape, on a hand-built model and the real one.
#include "render/manpage.h"

#include <gtest/gtest.h>

#include <functional>

#include "commands/command.h"

namespace goals {
namespace {

TEST(RoffEscape, GuardsControlCharactersAtLineStart) {
  EXPECT_EQ(roff_escape(".goals.yaml holds it"), "\\&.goals.yaml holds it");
  EXPECT_EQ(roff_escape("'quoted' first"), "\\&'quoted' first");
  EXPECT_EQ(roff_escape("mid. line's fine"), "mid. line's fine");
  EXPECT_EQ(roff_escape("one\n.two\n\nthree"), "one\n\\&.two\n.sp\nthree");
}

TEST(RoffEscape, BackslashesAndOptionHyphens) {
  EXPECT_EQ(roff_escape("C:\\notes"), "C:\\enotes");
  EXPECT_EQ(roff_escape("use --fail-on=error or -q, a one-line note due 2027-03-31"),
            "use \\-\\-fail\\-on=error or \\-q, a one-line note due 2027-03-31");
  EXPECT_EQ(roff_escape("(--format json)"), "(\\-\\-format json)");
}

TEST(RoffEscape, CodeInBackticksIsBoldWithEveryHyphenAMinus) {
  EXPECT_EQ(roff_escape("run `goals lint --explain smart-measurable` now"),
            "run \\fBgoals lint \\-\\-explain smart\\-measurable\\fR now");
  EXPECT_EQ(roff_escape("a lone ` stays"), "a lone \\(ga stays");
}

TEST(RoffEscape, NonAsciiAsUnicodeEscapes) {
  EXPECT_EQ(roff_escape("vision → goal — 😀"), "vision \\[u2192] goal \\[u2014] \\[u1F600]");
  EXPECT_EQ(roff_escape("bad \xff byte"), "bad ? byte");
}

CommandSpec command(const std::string& name, const std::string& path, const std::string& what) {
  CommandSpec c;
  c.name = name;
  c.path = path;
  c.description = what;
  return c;
}

OptionSpec option(std::vector<std::string> names, const std::string& value, ValueKind kind,
                  const std::string& help) {
  OptionSpec o;
  o.names = std::move(names);
  o.value_name = value;
  o.kind = kind;
  o.help = help;
  return o;
}

CommandSpec tiny() {
  CommandSpec root = command("goals", "", "Tend goals.");
  const OptionSpec help =
      option({"-h", "--help"}, "", ValueKind::None, "Print this help message and exit");
  root.options.push_back(help);
  OptionSpec color = option({"--color"}, "TEXT", ValueKind::Choice, "Colour output");
  color.choices = {"auto", "never"};
  root.options.push_back(color);
  CommandSpec list = command("list", "list", "List goals.");
  list.options.push_back(help);
  list.options.push_back(
      option({"--due-before"}, "TEXT", ValueKind::Date, "Only notes due before DATE"));
  OptionSpec tag = option({"--tag"}, "TEXT", ValueKind::Text, ".goals.yaml's tags");
  tag.repeatable = true;
  list.options.push_back(tag);
  OptionSpec paths = option({"paths"}, "TEXT", ValueKind::Path, "Notes or folders");
  paths.positional = paths.repeatable = true;
  list.options.push_back(paths);
  list.examples.push_back({"goals list --tag career", "goals tagged career"});
  CommandSpec show = command("show", "show", "Show a note.");
  OptionSpec note = option({"note"}, "TEXT", ValueKind::Note, "The note");
  note.positional = note.required = true;
  show.options.push_back(note);
  CommandSpec add = command("new", "new", "Write a note.");
  add.subcommands.push_back(command("goal", "new goal", "A goal."));
  root.subcommands = {list, show, add};
  return root;
}

std::string tiny_page() {
  return render_manpage(tiny(), {.version = "9.9.9", .date = "2026-12-03"});
}

TEST(ManPage, TitleAndNameLines) {
  const std::string page = tiny_page();
  EXPECT_NE(page.find("\n.TH GOALS 1 \"2026-12-03\" \"goals 9.9.9\" \"User Commands\"\n"),
            std::string::npos)
      << page;
  EXPECT_NE(page.find("\n.SH NAME\ngoals \\- tend goals\n"), std::string::npos);
}

TEST(ManPage, GlobalOptionsKeepHelpAndSpellChoices) {
  const std::string page = tiny_page();
  EXPECT_NE(page.find(".SH OPTIONS\n"), std::string::npos);
  EXPECT_NE(page.find(".TP\n\\fB\\-h\\fR, \\fB\\-\\-help\\fR\nPrint this help message and exit\n"),
            std::string::npos);
  EXPECT_NE(page.find(".TP\n\\fB\\-\\-color\\fR {\\fBauto\\fR,\\fBnever\\fR}\nColour output\n"),
            std::string::npos);
}

TEST(ManPage, OneSubsectionPerCommandWithSynopsisOptionsAndExamples) {
  const std::string page = tiny_page();
  const std::string list =
      ".SS \"goals list\"\n"
      "\\fBgoals list\\fR [\\fIOPTIONS\\fR] [\\fIpaths\\fR ...]\n"
      ".PP\n"
      "List goals.\n"
      ".TP\n"
      "\\fB\\-\\-due\\-before\\fR \\fITEXT\\fR\n"
      "Only notes due before DATE\n"
      ".TP\n"
      "\\fB\\-\\-tag\\fR \\fITEXT\\fR ...\n"
      "\\&.goals.yaml's tags\n"
      ".TP\n"
      "\\fIpaths\\fR ...\n"
      "Notes or folders\n"
      ".PP\n"
      "Examples:\n"
      ".TP\n"
      "\\fBgoals list \\-\\-tag career\\fR\n"
      "goals tagged career\n"
      ".SS \"goals show\"\n"
      "\\fBgoals show\\fR \\fInote\\fR\n";
  EXPECT_NE(page.find(list), std::string::npos) << page;
  EXPECT_NE(page.find(".SS \"goals new\"\n\\fBgoals new\\fR \\fICOMMAND\\fR\n.PP\nWrite a note.\n"
                      ".PP\nIts commands:\n.TP\n\\fBgoals new goal\\fR\nA goal.\n"
                      ".SS \"goals new goal\"\n"),
            std::string::npos)
      << page;
}

TEST(ManPage, EndsWithExitStatusEnvironmentFilesAndSeeAlso) {
  const std::string page = tiny_page();
  std::size_t at = 0;
  for (const char* section : {".SH COMMANDS\n", ".SH EXIT STATUS\n", ".SH ENVIRONMENT\n",
                              ".SH FILES\n", ".SH SEE ALSO\n"}) {
    const std::size_t next = page.find(section, at);
    ASSERT_NE(next, std::string::npos) << section << " missing or out of order";
    at = next;
  }
  EXPECT_NE(page.find(".TP\n\\fB2\\fR\nUsage, configuration or I/O error"), std::string::npos);
  EXPECT_NE(page.find(".TP\n\\fB130, 143\\fR\n"), std::string::npos);
  for (const char* var : {"GOALS_VAULT", "GOALS_TODAY", "GOALS_EDITOR", "VISUAL", "EDITOR",
                          "GOALS_PAGER", "PAGER", "COLUMNS", "NO_COLOR", "GITHUB_ACTIONS"})
    EXPECT_NE(page.find(std::string(".TP\n\\fB") + var + "\\fR\n"), std::string::npos) << var;
}

// The real command line: every command has its subsection and every option
// its entry, so that the page cannot miss what the parser takes.
TEST(ManPage, CoversEveryCommandAndOptionOfTheRealModel) {
  CLI::App app{kAppDescription, "goals"};
  GlobalOptions opts;
  Runner run;
  build_cli(app, &opts, &run);
  const CommandSpec spec = describe_cli(app);
  const std::string page = render_manpage(spec, {.version = "0.1.0", .date = "2026-12-03"});
  int commands = 0;
  std::function<void(const CommandSpec&)> check = [&](const CommandSpec& c) {
    if (!c.path.empty()) {
      ++commands;
      EXPECT_NE(page.find("\n.SS \"goals " + c.path + "\"\n"), std::string::npos) << c.path;
    }
    for (const OptionSpec& o : c.options) {
      if (!c.path.empty() && o.names.back() == "--help") continue;  // said once, globally
      std::string tag;
      for (const std::string& n : o.names) {
        std::string escaped;
        for (char ch : n) escaped += ch == '-' ? std::string("\\-") : std::string(1, ch);
        tag += (tag.empty() ? "" : ", ") + std::string(o.positional ? "\\fI" : "\\fB") + escaped +
               "\\fR";
      }
      EXPECT_NE(page.find(".TP\n" + tag), std::string::npos) << c.path << ": " << tag;
    }
    for (const CommandSpec& s : c.subcommands) check(s);
  };
  check(spec);
  EXPECT_GE(commands, 20);
}

}  // namespace
}  // namespace goals
