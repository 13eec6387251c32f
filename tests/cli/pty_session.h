/// The real `goals` binary on a pseudo-terminal, for the end-to-end tests
/// of its interactive parts: the test reads what it prints and types keys.
#pragma once

#include <fcntl.h>
#include <gtest/gtest.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

namespace goals_test {

/// The binary running on the slave side of a pty; everything it prints, the
/// echo of what was typed included, is read from the master side. `env`
/// adds NAME=VALUE entries to a fixed environment.
class PtySession {
 public:
  PtySession(const std::vector<std::string>& args, const std::filesystem::path& home,
             const std::vector<std::string>& env = {}) {
    std::vector<std::string> argv_s{GOALS_BINARY};
    argv_s.insert(argv_s.end(), args.begin(), args.end());
    // HOME points at the temp vault so no ~/.editrc of the person running the tests applies.
    std::vector<std::string> env_s{"PATH=/usr/bin:/bin", "LANG=C.UTF-8", "TERM=xterm",
                                   "HOME=" + home.string()};
    env_s.insert(env_s.end(), env.begin(), env.end());
    std::vector<char*> argv, envp;
    for (auto& a : argv_s) argv.push_back(a.data());
    argv.push_back(nullptr);
    for (auto& e : env_s) envp.push_back(e.data());
    envp.push_back(nullptr);
    struct winsize ws {};
    ws.ws_row = 40;
    ws.ws_col = 120;
    pid_ = forkpty(&master_, nullptr, nullptr, &ws);
    if (pid_ == 0) {
      execve(argv[0], argv.data(), envp.data());
      _exit(127);
    }
  }
  ~PtySession() {
    if (pid_ > 0 && !reaped_) {
      kill(pid_, SIGKILL);
      waitpid(pid_, nullptr, 0);
    }
    if (master_ >= 0) close(master_);
  }
  bool started() const { return pid_ > 0; }

  /// Reads until `marker` shows after what earlier waits consumed. False when
  /// the program ends first, or prints nothing new for a long time (a guard
  /// against hanging the suite, not a timing assertion). After one such
  /// false, every later wait is false at once: the script is off track.
  bool wait_for(const std::string& marker) {
    if (lost_) return false;
    for (;;) {
      const std::size_t at = seen_.find(marker, pos_);
      if (at != std::string::npos) {
        pos_ = at + marker.size();
        return true;
      }
      if (!read_some()) {
        lost_ = true;
        return false;
      }
    }
  }
  /// Types `keys` once the program reads keys one by one (libedit's raw
  /// mode): typed earlier, the line discipline would take Ctrl-D as its own.
  void type(const std::string& keys) {
    termios t{};
    for (int i = 0; i < 30000 && tcgetattr(master_, &t) == 0 && (t.c_lflag & ICANON) != 0; ++i)
      usleep(1000);
    ssize_t n = write(master_, keys.data(), keys.size());
    ASSERT_EQ(n, static_cast<ssize_t>(keys.size()));
  }
  /// Reads to the end and returns the exit code (-1 when killed by a signal).
  /// A program still waiting for keys after a long silence (a test that
  /// failed to type what it asks) is killed rather than waited for forever.
  int finish() {
    while (read_some()) {
    }
    if (silent_) kill(pid_, SIGKILL);
    int status = 0;
    waitpid(pid_, &status, 0);
    reaped_ = true;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }
  const std::string& seen() const { return seen_; }
  /// Sends `sig` to the program (as `kill` would).
  void signal(int sig) { ::kill(pid_, sig); }

 private:
  bool read_some() {
    pollfd p{master_, POLLIN, 0};
    const int ready = poll(&p, 1, 30000);
    if (ready <= 0) {
      silent_ = ready == 0;
      return false;
    }
    char buf[4096];
    const ssize_t n = read(master_, buf, sizeof buf);
    if (n <= 0) return false;  // EIO: the slave side closed
    seen_.append(buf, static_cast<std::size_t>(n));
    return true;
  }
  int master_ = -1;
  pid_t pid_ = -1;
  bool reaped_ = false;
  bool silent_ = false;
  bool lost_ =
      false;  ///< a wait_for() gave up  ///< the last read gave up: nothing came for a long time
  std::string seen_;
  std::size_t pos_ = 0;
};

}  // namespace goals_test
