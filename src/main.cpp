// Thin entry point: everything lives in goalslib.
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
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
  return code;
}
