// The real binary on a real terminal: tmux runs `goals`, `goals status`,
// `goals lint` and `goals review` in a pane 60, 80 and 120 columns wide, in a
// UTF-8 and the C locale, and the pane as captured (the terminal's own
// wrapping included) must equal tests/golden/tmux/<command>-<width>-<locale>.txt.
// GOALS_UPDATE_GOLDEN=1 rewrites them. Without tmux the tests skip, unless
// GOALS_REQUIRE_TMUX=1 (scripts/test.sh, CI) makes that a failure.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

extern char** environ;

namespace {

namespace fs = std::filesystem;

struct Output {
  int exit_code = -1;
  std::string out;
};

/// Runs `argv` (looked up in PATH) with stdin from /dev/null and stderr to
/// /dev/null; its exit code and stdout (when `read_out`: the server a tmux
/// client forks keeps its stdout open, so a pipe there would never end).
Output run_program(const std::vector<std::string>& args, bool read_out = true) {
  std::vector<char*> argv;
  for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  // Close-on-exec: the tmux server a client forks must not inherit the
  // write end, or reading to the end would wait for the server to exit.
  int out_pipe[2];
  if (pipe2(out_pipe, O_CLOEXEC) != 0) return {};
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
  if (read_out)
    posix_spawn_file_actions_adddup2(&fa, out_pipe[1], 1);
  else
    posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&fa, 2, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addclose(&fa, out_pipe[0]);
  pid_t pid = 0;
  Output r;
  const int started = posix_spawnp(&pid, argv[0], &fa, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&fa);
  close(out_pipe[1]);
  if (started != 0) {
    close(out_pipe[0]);
    return r;
  }
  char buf[65536];
  for (ssize_t n; (n = read(out_pipe[0], buf, sizeof buf)) > 0;)
    r.out.append(buf, static_cast<std::size_t>(n));
  close(out_pipe[0]);
  int status = 0;
  waitpid(pid, &status, 0);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return r;
}

bool tmux_available() { return run_program({"tmux", "-V"}).exit_code == 0; }

std::string read_all(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

/// `s` quoted for sh.
std::string sh_quoted(const std::string& s) {
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

/// A private tmux server (its socket in the temp folder) and a temp folder
/// holding a copy of examples/engineering-manager; both go away with it, on
/// failure too.
class TmuxPane {
 public:
  TmuxPane() {
    std::string tmpl = (fs::temp_directory_path() / "goals-tmux-XXXXXX").string();
    dir_ = mkdtemp(tmpl.data());
    fs::copy(fs::path(GOALS_SOURCE_DIR) / "examples" / "engineering-manager", dir_ / "vault",
             fs::copy_options::recursive);
  }
  ~TmuxPane() {
    tmux({"kill-server"}, false);
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  TmuxPane(const TmuxPane&) = delete;
  TmuxPane& operator=(const TmuxPane&) = delete;

  Output tmux(std::vector<std::string> args, bool read_out = true) const {
    args.insert(args.begin(),
                {"tmux", "-u", "-S", (dir_ / "tmux.sock").string(), "-f", "/dev/null"});
    return run_program(args, read_out);
  }

  /// Starts build/goals `args` in the vault copy, in a pane `width` wide
  /// with `locale`, a fixed environment and no pager; a file tells when it
  /// has exited (the shell around it then waits, so the pane stays).
  bool start(const std::vector<std::string>& args, int width, const std::string& locale) {
    std::string command =
        "env -i PATH=/usr/bin:/bin TERM=xterm-256color GOALS_PAGER=cat LANG=" + locale +
        " LC_ALL=" + locale + " " + sh_quoted(GOALS_BINARY);
    for (const std::string& a : args) command += " " + sh_quoted(a);
    command += "; touch " + sh_quoted((dir_ / "exited").string()) + "; exec sleep 600";
    return tmux({"new-session", "-d", "-x", std::to_string(width), "-y", "60", "-c",
                 (dir_ / "vault").string(), "sh -c " + sh_quoted(command)},
                false)
               .exit_code == 0;
  }

  /// The pane's text, history included, without the empty rows below it.
  std::string capture() const {
    std::string text = tmux({"capture-pane", "-p", "-S", "-"}).out;
    while (text.size() >= 2 && text.ends_with("\n\n")) text.pop_back();
    return text;
  }

  /// Waits (10 s at most) until the program has exited.
  bool wait_exited() const {
    return wait_until([&] { return fs::exists(dir_ / "exited"); });
  }
  /// Waits (10 s at most) until the pane shows `text`.
  bool wait_for(const std::string& text) const {
    return wait_until([&] { return capture().find(text) != std::string::npos; });
  }

  void keys(const std::string& key) const { tmux({"send-keys", key}); }

 private:
  template <class F>
  static bool wait_until(F done) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    while (!done()) {
      if (std::chrono::steady_clock::now() > deadline) return false;
      std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
    return true;
  }

  fs::path dir_;
};

struct Case {
  std::string command;  ///< "bare", "status", "lint", "review"
  int width = 80;
  std::string locale;  ///< "C.UTF-8" or "C"
};

std::string name_of(const Case& c) {
  return c.command + "-" + std::to_string(c.width) + "-" + (c.locale == "C" ? "c" : "utf8");
}

// GoogleTest names a failing case by this rather than by the struct's bytes.
void PrintTo(const Case& c, std::ostream* os) { *os << name_of(c); }

std::vector<Case> cases() {
  std::vector<Case> all;
  for (const char* command : {"bare", "status", "lint", "review"})
    for (int width : {60, 80, 120})
      for (const char* locale : {"C.UTF-8", "C"}) all.push_back({command, width, locale});
  return all;
}

class Tmux : public testing::TestWithParam<Case> {};

TEST_P(Tmux, PaneMatchesGolden) {
  const Case& c = GetParam();
  if (!tmux_available()) {
    if (std::getenv("GOALS_REQUIRE_TMUX")) FAIL() << "tmux is missing (GOALS_REQUIRE_TMUX=1)";
    GTEST_SKIP() << "tmux is not installed (scripts/install-deps.sh installs it)";
  }
  TmuxPane pane;
  std::vector<std::string> args{"--today", "2026-11-22"};
  if (c.command != "bare") args.push_back(c.command);
  ASSERT_TRUE(pane.start(args, c.width, c.locale));
  if (c.command == "review") {
    // The first question waits for an answer; Ctrl-D there ends the review
    // without writing anything.
    ASSERT_TRUE(pane.wait_for("Question 1 of ")) << pane.capture();
    // The prompt (capture-pane drops its trailing space).
    ASSERT_TRUE(pane.wait_for("?\n>")) << pane.capture();
    pane.keys("C-d");
  }
  ASSERT_TRUE(pane.wait_exited()) << pane.capture();
  const std::string shown = pane.capture();
  const fs::path golden =
      fs::path(GOALS_SOURCE_DIR) / "tests" / "golden" / "tmux" / (name_of(c) + ".txt");
  if (std::getenv("GOALS_UPDATE_GOLDEN")) {
    fs::create_directories(golden.parent_path());
    std::ofstream(golden, std::ios::binary) << shown;
    return;
  }
  EXPECT_EQ(shown, read_all(golden)) << golden;
}

INSTANTIATE_TEST_SUITE_P(Cli, Tmux, testing::ValuesIn(cases()),
                         [](const testing::TestParamInfo<Case>& info) {
                           std::string n = name_of(info.param);
                           for (char& ch : n)
                             if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
                           return n;
                         });

}  // namespace
