// `goals export ics` end to end: the real binary writes the example vaults'
// calendars with --output, each line is checked here (CRLF, at most 75
// octets) and the file is parsed by ical.js, an independent RFC 5545 parser
// (tests/js/ics/check.mjs, pinned by its package-lock.json).
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "run_binary.h"

namespace {

namespace fs = std::filesystem;
using goals_test::Result;
using goals_test::run;

struct TempDir {
  fs::path path;
  TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "goals-ics-XXXXXX").string();
    path = mkdtemp(tmpl.data());
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
};

std::string read_all(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

std::string shell_quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

/// Runs `node tests/js/ics/check.mjs FILE` from the source folder: its exit
/// code, and its stdout and stderr together.
Result node_check(const fs::path& file) {
  Result r;
  const std::string cmd = "cd " + shell_quote(GOALS_SOURCE_DIR) +
                          " && node tests/js/ics/check.mjs " + shell_quote(file.string()) + " 2>&1";
  FILE* p = popen(cmd.c_str(), "r");
  if (!p) return r;
  char buf[4096];
  std::size_t n;
  while ((n = fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
  const int status = pclose(p);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

/// The parser must be installed: a missing one fails the test, never skips it.
bool ical_js_installed() {
  return fs::exists(fs::path(GOALS_SOURCE_DIR) / "tests/js/ics/node_modules/ical.js/package.json");
}

/// Every line ends in CRLF and holds at most 75 octets; "" when so.
std::string line_problems(const std::string& text) {
  std::ostringstream problems;
  if (text.size() < 2 || text.substr(text.size() - 2) != "\r\n")
    problems << "does not end in CRLF\n";
  std::size_t pos = 0;
  for (int n = 1; pos < text.size(); ++n) {
    std::size_t lf = text.find('\n', pos);
    if (lf == std::string::npos) lf = text.size();
    const bool crlf = lf > pos && lf < text.size() && text[lf - 1] == '\r';
    const std::string line = text.substr(pos, lf - pos - (crlf ? 1 : 0));
    if (!crlf) problems << "line " << n << " does not end in CRLF\n";
    if (line.find('\r') != std::string::npos) problems << "line " << n << " has a bare CR\n";
    if (line.size() > 75) problems << "line " << n << " has " << line.size() << " octets\n";
    pos = lf + 1;
  }
  return problems.str();
}

class IcsCheck : public testing::TestWithParam<std::string> {};

TEST_P(IcsCheck, RealBinaryOutputParsesWithIcalJsAndKeepsTheLineRules) {
  ASSERT_TRUE(ical_js_installed())
      << "ical.js is not installed: run `npm ci` in tests/js/ics (scripts/test.sh does)";
  TempDir tmp;
  const fs::path file = tmp.path / (GetParam() + ".ics");
  const Result r = run({"--vault", "examples/" + GetParam(), "--today", "2026-11-22", "export",
                        "ics", "--output", file.string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, file.string() + "\n");
  const std::string text = read_all(file);
  EXPECT_EQ(line_problems(text), "");
  // The file holds exactly what stdout would have shown.
  EXPECT_EQ(
      run({"--vault", "examples/" + GetParam(), "--today", "2026-11-22", "export", "ics"}).out,
      text);

  const Result check = node_check(file);
  EXPECT_EQ(check.exit_code, 0) << check.out;
  EXPECT_NE(check.out.find(" events in Goals (" + GetParam() + ")\n"), std::string::npos)
      << check.out;
}

INSTANTIATE_TEST_SUITE_P(Examples, IcsCheck,
                         testing::Values("engineering-manager", "product-manager"),
                         [](const testing::TestParamInfo<std::string>& info) {
                           std::string n = info.param;
                           for (char& c : n)
                             if (c == '-') c = '_';
                           return n;
                         });

TEST(IcsCheckScript, FailsOnACalendarMissingWhatCalendarAppsNeed) {
  ASSERT_TRUE(ical_js_installed())
      << "ical.js is not installed: run `npm ci` in tests/js/ics (scripts/test.sh does)";
  TempDir tmp;
  const fs::path file = tmp.path / "bad.ics";
  std::ofstream(file, std::ios::binary)
      << "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//x//EN\r\nCALSCALE:GREGORIAN\r\n"
         "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261224\r\nDTEND;VALUE=DATE:20261226\r\n"
         "SUMMARY:No UID\\, no stamp\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
  const Result check = node_check(file);
  EXPECT_EQ(check.exit_code, 1) << check.out;
  EXPECT_NE(check.out.find("event 1: no UID"), std::string::npos) << check.out;
  EXPECT_NE(check.out.find("event 1: no DTSTAMP"), std::string::npos) << check.out;
  EXPECT_NE(check.out.find("is not the day after DTSTART"), std::string::npos) << check.out;
}

TEST(IcsOutput, ReplacesTheFileAndNeverWritesThroughASymlink) {
  TempDir tmp;
  const std::vector<std::string> args{
      "--vault", "examples/product-manager", "--today", "2026-11-22", "export", "ics", "--output"};
  auto with = [&](const fs::path& p) {
    std::vector<std::string> a = args;
    a.push_back(p.string());
    return a;
  };
  const fs::path cal = tmp.path / "cal.ics";
  // A calendar goals wrote on another day: replaced, keeping its mode.
  std::vector<std::string> before = with(cal);
  before[3] = "2026-01-01";
  Result r = run(before);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::string old = read_all(cal);
  ASSERT_EQ(chmod(cal.c_str(), 0600), 0);
  r = run(with(cal));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(read_all(cal).rfind("BEGIN:VCALENDAR\r\n", 0), 0u);
  EXPECT_NE(read_all(cal), old);
  struct stat st;
  ASSERT_EQ(stat(cal.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 07777, 0600u);

  const fs::path target = tmp.path / "target.txt";
  std::ofstream(target) << "keep";
  const fs::path link = tmp.path / "link.ics";
  fs::create_symlink(target, link);
  r = run(with(link));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, "goals: cannot write " + link.string() +
                       ": it is a symbolic link, which goals does not write through; nothing was "
                       "written\n");
  EXPECT_EQ(read_all(target), "keep");
  EXPECT_TRUE(fs::is_symlink(link));

  // Nothing but what the test made: no temporary file left behind.
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(tmp.path)) names.push_back(e.path().filename());
  std::sort(names.begin(), names.end());
  EXPECT_EQ(names, (std::vector<std::string>{"cal.ics", "link.ics", "target.txt"}));
}

}  // namespace
