// The README's walkthrough runs as written: its commands (the ```sh blocks
// between `<!-- walkthrough -->` and `<!-- /walkthrough -->`) are run in
// order by sh in a fresh empty home folder, with the built binary as `goals`
// and today's date pinned, and each must exit as the README says: 0, or
// the code its comment names ("exits 1").
#include <fcntl.h>
#include <gtest/gtest.h>
#include <spawn.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "temp_files.h"

namespace {

namespace fs = std::filesystem;

std::string read_text(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

/// One command of the walkthrough and the exit code the README gives it.
struct Step {
  std::string command;
  int exit_code = 0;
};

/// The walkthrough's commands: lines starting with `goals ` or `cd ` (a
/// `$ ` before them is dropped) in its ```sh blocks, with their
/// backslash-continued lines joined; comment lines are skipped.
std::vector<Step> walkthrough(const std::string& readme) {
  std::vector<Step> steps;
  const std::size_t begin = readme.find("<!-- walkthrough -->");
  const std::size_t end = readme.find("<!-- /walkthrough -->");
  if (begin == std::string::npos || end == std::string::npos || end < begin) return steps;
  std::istringstream in(readme.substr(begin, end - begin));
  bool in_sh = false, continued = false;
  std::string line;
  while (std::getline(in, line)) {
    if (line.rfind("```", 0) == 0) {
      in_sh = !in_sh && line == "```sh";
      continue;
    }
    if (!in_sh) continue;
    if (continued) {
      steps.back().command += "\n" + line;
    } else {
      if (line.rfind("$ ", 0) == 0) line = line.substr(2);
      if (line.rfind("goals ", 0) != 0 && line.rfind("cd ", 0) != 0) continue;
      steps.push_back(Step{line, 0});
    }
    continued = !line.empty() && line.back() == '\\';
    const std::size_t exits = line.find("# exits ");
    if (exits != std::string::npos) steps.back().exit_code = std::atoi(line.c_str() + exits + 8);
  }
  return steps;
}

/// Runs `script` with /bin/sh in `cwd` with `env`; its exit code, its
/// output (stdout and stderr) in `*output`.
int run_sh(const std::string& script, const fs::path& cwd, const std::vector<std::string>& env,
           const fs::path& log, std::string* output) {
  std::vector<std::string> args{"/bin/sh", "-c", script};
  std::vector<char*> argv, envp;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  std::vector<std::string> env_s = env;
  for (auto& e : env_s) envp.push_back(e.data());
  envp.push_back(nullptr);
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&fa, 1, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_adddup2(&fa, 1, 2);
  posix_spawn_file_actions_addchdir_np(&fa, cwd.c_str());
  pid_t pid = 0;
  const int spawned = posix_spawn(&pid, argv[0], &fa, nullptr, argv.data(), envp.data());
  posix_spawn_file_actions_destroy(&fa);
  if (spawned != 0) return -1;
  int status = 0;
  waitpid(pid, &status, 0);
  *output = read_text(log);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

TEST(Readme, TheWalkthroughRunsAsWrittenFromAnEmptyFolder) {
  const std::vector<Step> steps = walkthrough(read_text(fs::path(GOALS_SOURCE_DIR) / "README.md"));
  ASSERT_GE(steps.size(), 10u) << "the README's walkthrough markers or blocks are missing";
  goals_test::TempDir home, logs;
  const std::vector<std::string> env{
      "PATH=" + fs::path(GOALS_BINARY).parent_path().string() + ":/usr/bin:/bin",
      "HOME=" + home.path.string(), "LANG=C.UTF-8", "GOALS_TODAY=2027-02-01"};
  fs::path cwd = home.path;
  for (const Step& step : steps) {
    if (step.command.rfind("cd ", 0) == 0) {
      // The one command that must change the next ones' folder.
      std::string dir = step.command.substr(3, step.command.find_first_of(" #", 3) - 3);
      if (dir.rfind("~/", 0) == 0) dir = home.path.string() + dir.substr(1);
      cwd = fs::path(cwd) / dir;
      ASSERT_TRUE(fs::is_directory(cwd)) << step.command;
      continue;
    }
    std::string output;
    const int code = run_sh(step.command + "\n", cwd, env, logs.path / "log", &output);
    EXPECT_EQ(code, step.exit_code) << "$ " << step.command << "\n" << output;
    if (code != step.exit_code) break;  // the steps after it build on it
  }
}

}  // namespace
