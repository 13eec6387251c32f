// Golden tests: run the real binary, compare stdout, stderr and exit code exactly.
//
// Each tests/golden/*.t file is one case:
//   $ goals ARG...          (shell-like quoting; run from the source folder;
//                            NAME=VALUE words before `goals` set the environment)
//   ? EXIT
//   --- stdout
//   ...exact bytes...
//   --- stderr              (optional; when absent, stderr is not compared)
//   ...exact bytes...
// GOALS_UPDATE_GOLDEN=1 rewrites the files from the actual output.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "run_binary.h"
#include "shell_words.h"

namespace {

namespace fs = std::filesystem;
using goals_test::Result;
using goals_test::run;

struct Case {
  std::string name;
  std::string command_line;
  std::vector<std::string> env, args;
  int exit_code = 0;
  std::string out;
  bool check_err = false;
  std::string err;
};

std::string read_all(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

Case parse_case(const fs::path& p) {
  Case c;
  c.name = p.stem().string();
  const std::string text = read_all(p);
  std::size_t pos = 0;
  auto next_line = [&]() {
    std::size_t nl = text.find('\n', pos);
    std::string line = text.substr(pos, nl == std::string::npos ? std::string::npos : nl - pos);
    pos = nl == std::string::npos ? text.size() : nl + 1;
    return line;
  };
  std::string cmd = next_line();
  EXPECT_EQ(cmd.rfind("$ ", 0), 0u) << p;
  c.command_line = cmd.substr(2);
  std::vector<std::string> words = goals_test::shell_words(cmd.substr(2));
  std::size_t at = 0;
  while (at < words.size() && words[at] != "goals" && words[at].find('=') != std::string::npos)
    c.env.push_back(words[at++]);
  EXPECT_TRUE(at < words.size() && words[at] == "goals") << p;
  if (at < words.size()) c.args.assign(words.begin() + static_cast<long>(at) + 1, words.end());
  std::string code = next_line();
  c.exit_code = std::atoi(code.c_str() + 2);
  EXPECT_EQ(next_line(), "--- stdout") << p;
  const std::string marker = "\n--- stderr\n";
  std::size_t err_at = text.find(marker, pos - 1);
  if (err_at == std::string::npos) {
    c.out = text.substr(pos);
  } else {
    c.out = text.substr(pos, err_at + 1 - pos);
    c.check_err = true;
    c.err = text.substr(err_at + marker.size());
  }
  return c;
}

std::vector<fs::path> golden_files() {
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(fs::path(GOALS_SOURCE_DIR) / "tests" / "golden"))
    if (e.path().extension() == ".t") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  return files;
}

class Golden : public testing::TestWithParam<fs::path> {};

TEST_P(Golden, MatchesExactly) {
  const Case c = parse_case(GetParam());
  const Result r = run(c.args, GOALS_SOURCE_DIR, c.env);
  if (std::getenv("GOALS_UPDATE_GOLDEN")) {
    std::ofstream f(GetParam(), std::ios::binary);
    f << "$ " << c.command_line << "\n? " << r.exit_code << "\n--- stdout\n" << r.out;
    if (c.check_err) {
      f << (r.out.empty() || r.out.back() == '\n' ? "" : "\n") << "--- stderr\n" << r.err;
    }
    return;
  }
  EXPECT_EQ(r.exit_code, c.exit_code) << c.command_line << "\nstderr:\n" << r.err;
  EXPECT_EQ(r.out, c.out) << c.command_line;
  if (c.check_err) {
    EXPECT_EQ(r.err, c.err) << c.command_line;
  }
}

INSTANTIATE_TEST_SUITE_P(Cli, Golden, testing::ValuesIn(golden_files()),
                         [](const testing::TestParamInfo<fs::path>& info) {
                           std::string n = info.param.stem().string();
                           for (char& ch : n)
                             if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
                           return n;
                         });

}  // namespace
