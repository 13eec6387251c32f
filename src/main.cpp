// Thin entry point: everything lives in goalslib.
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <exception>
#include <iostream>

#include <string>
#include <vector>

#include "goals/cli.h"

namespace {

// fork + execvp + waitpid: the editor gets this terminal; nothing goes through a shell here
// (the caller builds `sh -c` itself when the user's editor setting needs one).
int spawn(const std::vector<std::string>& args) {
  if (args.empty()) return -1;
  std::vector<char*> argv;
  for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  std::cout.flush();
  const pid_t pid = fork();
  if (pid < 0) return -1;
  if (pid == 0) {
    execvp(argv[0], argv.data());
    _exit(127);
  }
  int status = 0;
  while (waitpid(pid, &status, 0) < 0)
    if (errno != EINTR) return -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

// The pager's process while one runs: a signal handler reaches only static
// storage, and the one below must wait for the pager before dying.
volatile pid_t g_pager = -1;

/// Lets the pager finish reading and waits for it, so that the shell's
/// prompt comes back after it, not over it.
void wait_for_pager() {
  if (g_pager < 0) return;
  std::cout.flush();
  // The pager reads to the end of both ends of its pipe we hold; we are
  // done with them.
  close(STDOUT_FILENO);
  close(STDERR_FILENO);
  while (waitpid(g_pager, nullptr, 0) < 0 && errno == EINTR) {
  }
  g_pager = -1;
}

// Ctrl-C, SIGTERM, a closed terminal or a pager quit early (SIGPIPE) while
// paging: as git does, let the pager go first, then die of the signal as
// before, so the shell sees 128 + the signal and nothing is printed.
extern "C" void on_signal_while_paging(int sig) {
  if (g_pager > 0) {
    close(STDOUT_FILENO);
    close(STDERR_FILENO);
    while (waitpid(g_pager, nullptr, 0) < 0 && errno == EINTR) {
    }
  }
  signal(sig, SIG_DFL);
  raise(sig);
}

/// Io::start_pager: `sh -c command` reading a pipe that becomes our stdout
/// (and stderr, when it is the same terminal, as git does). less gets
/// LESS=FRX and lv gets LV=-c unless the user set them, as git sets them.
bool start_pager(const std::string& command) {
  int fds[2];
  if (pipe(fds) != 0) return false;
  std::cout.flush();
  const pid_t pid = fork();
  if (pid < 0) {
    close(fds[0]);
    close(fds[1]);
    return false;
  }
  if (pid == 0) {
    dup2(fds[0], STDIN_FILENO);
    close(fds[0]);
    close(fds[1]);
    setenv("LESS", "FRX", 0);
    setenv("LV", "-c", 0);
    execl("/bin/sh", "sh", "-c", command.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  dup2(fds[1], STDOUT_FILENO);
  if (isatty(STDERR_FILENO) == 1) dup2(fds[1], STDERR_FILENO);
  close(fds[0]);
  close(fds[1]);
  g_pager = pid;
  for (int sig : {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE}) signal(sig, on_signal_while_paging);
  return true;
}

/// The columns of the terminal `fd` is; 0 when it is none or does not say.
int terminal_columns(int fd) {
  winsize ws{};
  if (isatty(fd) != 1 || ioctl(fd, TIOCGWINSZ, &ws) != 0) return 0;
  return ws.ws_col;
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  goals::RealFileSystem fs;
  goals::Io io{.fs = fs,
               .out = std::cout,
               .err = std::cerr,
               .getenv = [](const std::string& name) -> std::optional<std::string> {
                 const char* v = std::getenv(name.c_str());
                 return v ? std::optional<std::string>(v) : std::nullopt;
               },
               .out_is_tty = isatty(STDOUT_FILENO) == 1,
               .err_is_tty = isatty(STDERR_FILENO) == 1,
               .in = &std::cin,
               .in_is_tty = isatty(STDIN_FILENO) == 1,
               .spawn = spawn,
               .start_pager = start_pager,
               .out_columns = terminal_columns(STDOUT_FILENO),
               .err_columns = terminal_columns(STDERR_FILENO)};
  int code = goals::kExitUsage;
  try {
    code = goals::run_cli(argc, argv, io);
  } catch (const std::exception& e) {
    // A bug or exhausted memory: say so and exit 2, never 1, which means findings.
    std::cout.flush();
    std::cerr << "goals: internal error: " << e.what() << '\n';
  }
  std::cout.flush();
  wait_for_pager();
  return code;
}
