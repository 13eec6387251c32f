/// Runs the real `goals` binary for the end-to-end tests: exit code,
/// stdout and stderr, from a fixed environment.
#pragma once

#include <fcntl.h>
#include <gtest/gtest.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <string>
#include <vector>

namespace goals_test {

struct Result {
  int exit_code = -1;
  std::string out, err;
};

/// build/goals's argv for `args` and the fixed environment (no colour, no
/// vault or date from outside) plus `env`, as posix_spawn takes them.
struct Command {
  Command(const std::vector<std::string>& args, const std::vector<std::string>& env) {
    strings.push_back(GOALS_BINARY);
    strings.insert(strings.end(), args.begin(), args.end());
    for (auto& a : strings) argv.push_back(a.data());
    argv.push_back(nullptr);
    env_strings = {"PATH=/usr/bin:/bin", "LANG=C.UTF-8"};
    env_strings.insert(env_strings.end(), env.begin(), env.end());
    for (auto& e : env_strings) envp.push_back(e.data());
    envp.push_back(nullptr);
  }
  Command(const Command&) = delete;  // argv and envp point into the strings

  std::vector<std::string> strings, env_strings;
  std::vector<char*> argv, envp;
};

/// Runs build/goals with `args` in `cwd` and a fixed environment (no colour,
/// no vault or date from outside; `env` adds NAME=VALUE entries), stdin from
/// /dev/null.
inline Result run(const std::vector<std::string>& args, const std::string& cwd = GOALS_SOURCE_DIR,
                  const std::vector<std::string>& env = {}) {
  Command c(args, env);
  int out_pipe[2], err_pipe[2];
  EXPECT_EQ(pipe(out_pipe), 0);
  EXPECT_EQ(pipe(err_pipe), 0);
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_adddup2(&fa, out_pipe[1], 1);
  posix_spawn_file_actions_adddup2(&fa, err_pipe[1], 2);
  posix_spawn_file_actions_addclose(&fa, out_pipe[0]);
  posix_spawn_file_actions_addclose(&fa, err_pipe[0]);
  posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addchdir_np(&fa, cwd.c_str());
  pid_t pid = 0;
  Result r;
  if (posix_spawn(&pid, c.argv[0], &fa, nullptr, c.argv.data(), c.envp.data()) != 0) {
    ADD_FAILURE() << "cannot run " << c.argv[0];
    return r;
  }
  posix_spawn_file_actions_destroy(&fa);
  close(out_pipe[1]);
  close(err_pipe[1]);
  pollfd fds[2] = {{out_pipe[0], POLLIN, 0}, {err_pipe[0], POLLIN, 0}};
  int open_fds = 2;
  char buf[65536];
  while (open_fds > 0) {
    if (poll(fds, 2, -1) < 0) break;
    for (int i = 0; i < 2; ++i) {
      if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP))) continue;
      ssize_t n = read(fds[i].fd, buf, sizeof buf);
      if (n <= 0) {
        close(fds[i].fd);
        fds[i].fd = -1;
        --open_fds;
      } else {
        (i == 0 ? r.out : r.err).append(buf, static_cast<std::size_t>(n));
      }
    }
  }
  int status = 0;
  waitpid(pid, &status, 0);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return r;
}

/// Starts build/goals with `args` in `cwd` in the background, in the fixed
/// environment of run() plus `env`, stdin from /dev/null and stdout and
/// stderr to the files `out` and `err` ("" for /dev/null); the child's pid,
/// or -1 when it could not start. The caller waits for it.
inline pid_t start(const std::vector<std::string>& args, const std::string& cwd,
                   const std::vector<std::string>& env, const std::string& out = "",
                   const std::string& err = "") {
  Command c(args, env);
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&fa, 1, out.empty() ? "/dev/null" : out.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addopen(&fa, 2, err.empty() ? "/dev/null" : err.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_addchdir_np(&fa, cwd.c_str());
  pid_t pid = -1;
  if (posix_spawn(&pid, c.argv[0], &fa, nullptr, c.argv.data(), c.envp.data()) != 0) pid = -1;
  posix_spawn_file_actions_destroy(&fa);
  return pid;
}

}  // namespace goals_test
