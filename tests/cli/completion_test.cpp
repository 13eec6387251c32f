// `goals completion bash|zsh|fish`: each script loaded into the real shell,
// asked for the candidates of a partial command line, compared exactly.
//
// A shell that is not installed skips its tests, unless GOALS_REQUIRE_SHELLS
// is set (scripts/test.sh sets it: CI installs them with scripts/install-deps.sh),
// where that is a failure.
#include <gtest/gtest.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "run_binary.h"
#include "temp_files.h"

namespace {

namespace fs = std::filesystem;
using goals_test::run;
using goals_test::TempDir;

using Words = std::vector<std::string>;

const char* const kVault = "examples/engineering-manager";

/// The shell's path, or "" when it is not installed.
std::string find_shell(const std::string& name) {
  for (const char* dir : {"/usr/bin/", "/bin/"})
    if (access((dir + name).c_str(), X_OK) == 0) return dir + name;
  return "";
}

/// The word quoted for the /bin/sh command line popen runs.
std::string sh_quote(const std::string& s) {
  std::string q = "'";
  for (char ch : s) q += ch == '\'' ? std::string("'\\''") : std::string(1, ch);
  return q + "'";
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    out.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

/// The rule ids of the catalog starting with `prefix`, from docs/rules/ (one
/// page per rule), sorted.
Words rules_starting(const std::string& prefix) {
  Words ids;
  for (const auto& e : fs::directory_iterator(fs::path(GOALS_SOURCE_DIR) / "docs/rules")) {
    const std::string stem = e.path().stem().string();
    if (e.path().extension() == ".md" && stem.rfind(prefix, 0) == 0) ids.push_back(stem);
  }
  std::sort(ids.begin(), ids.end());
  return ids;
}

/// Runs the real shell on a driver file, from the source folder, with build/
/// first on PATH (the scripts call `goals` back) and a clean environment
/// plus `env`; its stdout split into lines. Stderr goes to the test's log.
std::vector<std::string> run_shell(const std::string& shell_argv, const fs::path& home,
                                   const std::vector<std::string>& env = {}) {
  const std::string bin = fs::path(GOALS_BINARY).parent_path().string();
  std::string cmd = "cd " + sh_quote(GOALS_SOURCE_DIR) + " && env -i PATH=" + sh_quote(bin) +
                    ":/usr/bin:/bin HOME=" + sh_quote(home.string()) + " LANG=C.UTF-8 TERM=dumb";
  for (const std::string& e : env) cmd += " " + sh_quote(e);
  cmd += " " + shell_argv + " </dev/null";
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) {
    ADD_FAILURE() << "cannot run " << cmd;
    return {};
  }
  std::string out;
  char buf[4096];
  for (std::size_t n; (n = fread(buf, 1, sizeof buf, p)) > 0;) out.append(buf, n);
  const int status = pclose(p);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << cmd << "\nstdout:\n" << out;
  return lines_of(out);
}

class Completion : public ::testing::TestWithParam<const char*> {
 protected:
  void SetUp() override {
    shell_ = find_shell(GetParam());
    if (shell_.empty()) {
      if (getenv("GOALS_REQUIRE_SHELLS")) FAIL() << GetParam() << " is not installed";
      GTEST_SKIP() << GetParam() << " is not installed (scripts/install-deps.sh installs it)";
    }
    const goals_test::Result r = run({"completion", GetParam()});
    ASSERT_EQ(r.exit_code, 0) << r.err;
    script_ = dir_.path / "script";
    goals_test::write(script_, r.out);
  }

  /// The candidates the shell offers for `words` (the last one is the word
  /// under the cursor, "" after a space), sorted.
  Words candidates(const Words& words, const std::vector<std::string>& env = {}) {
    const std::string shell = GetParam();
    const fs::path driver = dir_.path / "driver";
    std::string text;
    if (shell == "bash") {
      // As bash calls a `complete -F` function: COMP_WORDS and COMP_CWORD,
      // COMP_LINE and COMP_POINT; the answer is COMPREPLY.
      std::string line, list;
      for (const std::string& w : words) {
        line += (line.empty() ? "" : " ") + w;
        list += sh_quote(w) + " ";
      }
      text = "source /usr/share/bash-completion/bash_completion\nsource " +
             sh_quote(script_.string()) + "\nCOMP_WORDS=(" + list +
             ")\nCOMP_CWORD=" + std::to_string(words.size() - 1) + "\nCOMP_LINE=" + sh_quote(line) +
             "\nCOMP_POINT=${#COMP_LINE}\n_goals goals " + sh_quote(words.back()) + " " +
             sh_quote(words[words.size() - 2]) +
             "\n(( ${#COMPREPLY[@]} )) && printf '%s\\n' \"${COMPREPLY[@]}\"\ntrue\n";
    } else if (shell == "zsh") {
      // zsh's compadd works only inside a completion widget, which needs the
      // line editor on a terminal. Outside one, `words` and `CURRENT` are
      // plain arrays we can set, so the script's function runs as a widget
      // would run it, with compadd shadowed by a function (functions come
      // before builtins) that keeps what the real one would by default: the
      // words after `--` that start with the typed prefix. This checks the
      // walk and the candidates handed to compadd; quoting on insertion is
      // compadd's own.
      std::string list;
      for (const std::string& w : words) list += sh_quote(w) + " ";
      text = "autoload -U compinit\ncompinit -u -D\nsource " + sh_quote(script_.string()) +
             "\ncompadd() {\n  while (( $# )) && [[ $1 != -- ]]; do shift; done\n  shift\n"
             "  local c\n  for c in \"$@\"; do [[ $c == \"$PREFIX\"* ]] && print -r -- \"$c\"; "
             "done\n  return 0\n}\nwords=(" +
             list + ")\nCURRENT=" + std::to_string(words.size()) +
             "\nPREFIX=${words[CURRENT]}\n_goals\ntrue\n";
    } else {
      // fish's own answer for the line, one `candidate<TAB>description` a line.
      std::string line;
      for (const std::string& w : words) line += (line.empty() ? "" : " ") + w;
      text = "source " + sh_quote(script_.string()) + "\ncomplete -C " + sh_quote(line) + "\n";
    }
    goals_test::write(driver, text);
    const std::string argv = shell == "zsh" ? shell_ + " -f " + sh_quote(driver.string())
                             : shell == "fish"
                                 ? shell_ + " --no-config " + sh_quote(driver.string())
                                 : shell_ + " " + sh_quote(driver.string());
    Words got = run_shell(argv, dir_.path, env);
    for (std::string& c : got) c = c.substr(0, c.find('\t'));
    std::sort(got.begin(), got.end());
    return got;
  }

  /// A title as the shell puts it on the line: bash's script escapes the
  /// spaces itself; zsh and fish get it raw and escape it on insertion.
  std::string typed(const std::string& title) {
    if (std::string(GetParam()) != "bash") return title;
    std::string s;
    for (char ch : title) s += ch == ' ' ? std::string("\\ ") : std::string(1, ch);
    return s;
  }

  std::string shell_;
  TempDir dir_;
  fs::path script_;
};

TEST_P(Completion, Subcommands) {
  EXPECT_EQ(candidates({"goals", "li"}), (Words{"lint", "list"}));
  EXPECT_EQ(candidates({"goals", "new", ""}), (Words{"goal", "review", "sprint", "vision"}));
  EXPECT_EQ(candidates({"goals", "export", ""}), (Words{"ics"}));
  // After global options, and below a subcommand.
  EXPECT_EQ(candidates({"goals", "-q", "--color", "never", "new", "s"}), (Words{"sprint"}));
}

TEST_P(Completion, ChoiceValues) {
  EXPECT_EQ(candidates({"goals", "lint", "--format", ""}),
            (Words{"github", "json", "jsonl", "sarif", "text"}));
  EXPECT_EQ(candidates({"goals", "--color", ""}), (Words{"always", "auto", "never"}));
  // A global option after a subcommand: the app falls through to it.
  EXPECT_EQ(candidates({"goals", "lint", "--color", "a"}), (Words{"always", "auto"}));
}

TEST_P(Completion, OptionsOfTheCommandAndGlobalOnes) {
  EXPECT_EQ(candidates({"goals", "lint", "--f"}), (Words{"--fail-on", "--format"}));
  EXPECT_EQ(candidates({"goals", "show", "--co"}), (Words{"--color"}));
}

TEST_P(Completion, RuleIdsFromTheCatalog) {
  const Words want = rules_starting("no-");
  ASSERT_EQ(want.size(), 4u);
  EXPECT_EQ(candidates({"goals", "lint", "--explain", "no-"}), want);
}

TEST_P(Completion, NoteTitlesFromTheVault) {
  EXPECT_EQ(candidates({"goals", "--vault", kVault, "show", "Men"}),
            (Words{typed("Mentor 2 junior engineers")}));
  EXPECT_EQ(
      candidates({"goals", "show", "Get"}, {std::string("GOALS_VAULT=") + kVault}),
      (Words{typed("Get better at leadership"), typed("Get promoted to Engineering Manager")}));
  // Goals only for a goal's parent: no people, no sprints.
  EXPECT_EQ(candidates({"goals", "--vault", kVault, "new", "goal", "--parent", "M"}),
            (Words{typed("Mentor 2 junior engineers"), typed("Move into engineering management")}));
  EXPECT_EQ(candidates({"goals", "--vault", kVault, "show", "Ma"}),
            (Words{typed("Marcus Oyelaran")}));
}

TEST_P(Completion, NoVaultNoTitles) {
  EXPECT_EQ(candidates({"goals", "--vault", "/nonexistent", "show", ""}), Words{});
}

INSTANTIATE_TEST_SUITE_P(Shells, Completion, ::testing::Values("bash", "zsh", "fish"),
                         [](const auto& info) { return std::string(info.param); });

TEST(CompletionCommand, RefusesAnUnknownShell) {
  const goals_test::Result r = run({"completion", "tcsh"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err,
            "goals: shell: 'tcsh' is not one of bash, zsh, fish\n"
            "See 'goals completion --help'.\n");
}

TEST(CompletionCommand, ScriptsNeedNoVault) {
  TempDir dir;
  for (const char* shell : {"bash", "zsh", "fish"}) {
    const goals_test::Result r = run({"completion", shell}, dir.path.string());
    EXPECT_EQ(r.exit_code, 0) << shell << ": " << r.err;
    EXPECT_EQ(r.out, run({"completion", shell}).out) << shell;
  }
}

TEST(CompletionCommand, CandidatesOutsideAVaultAreNoneAndQuiet) {
  TempDir dir;
  const goals_test::Result r = run({"__complete", "notes"}, dir.path.string());
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, "");
}

TEST(CompletionCommand, RuleCandidatesAreTheCatalog) {
  const goals_test::Result r = run({"__complete", "rules"});
  EXPECT_EQ(r.exit_code, 0);
  Words got = lines_of(r.out);
  std::sort(got.begin(), got.end());
  EXPECT_EQ(got, rules_starting(""));
}

TEST(CompletionCommand, HiddenFromHelp) {
  const goals_test::Result r = run({"--help"});
  EXPECT_TRUE(goals_test::contains(r.out, "completion")) << r.out;
  EXPECT_FALSE(goals_test::contains(r.out, "__complete")) << r.out;
}

}  // namespace
