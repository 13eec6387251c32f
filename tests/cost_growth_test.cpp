// Growth tests (issue 14): each hostile pattern of tests/hostile_notes.h is
// read, linted and rendered (text and SARIF) at 100 KB and at 400 KB, in one
// run, and the CPU time may grow at most 6x for 4x the bytes: near linear,
// where the quadratic inputs grow 16x. No absolute time is asserted, so a
// slow or sanitized build passes as well; the 1 MiB figures are a benchmark
// (bench/hostile.py, docs/performance.md).
#include <gtest/gtest.h>

#include <malloc.h>
#include <time.h>

#include <algorithm>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "goals/passes/lint.h"
#include "hostile_notes.h"
#include "loaded_vault.h"
#include "render/lint.h"

namespace goals {
namespace {

double thread_cpu_seconds() {
  timespec t{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

// Everything `goals lint` does with the note, on this thread: load, graph,
// rules, and both renderers that quote or measure the note's lines.
std::size_t lint_note(const std::string& body) {
  const Loaded l =
      load_files({{"Hostile.md", body}, {"Goal.md", "---\ntype: goal\n---\n# Goal\n"}});
  const auto rules = make_rules();
  const LintResult result = lint(*l.vault, l.graph, Date(2026, 12, 3), rules, {});
  std::vector<std::string_view> lines;  // the hostile note's, split once
  for (std::size_t start = 0; start <= body.size();) {
    const std::size_t end = std::min(body.find('\n', start), body.size());
    lines.push_back(std::string_view(body).substr(start, end - start));
    start = end + 1;
  }
  std::size_t out = 0;
  for (LintFormat format : {LintFormat::Text, LintFormat::Sarif}) {
    std::ostringstream os;
    LintReport report{
        result.diagnostics,
        result.notes_checked,
        [&](const std::string& path, int line) -> std::optional<std::string_view> {
          if (path != "Hostile.md" || line < 1 || static_cast<std::size_t>(line) > lines.size())
            return std::nullopt;
          return lines[static_cast<std::size_t>(line) - 1];
        },
        "",
        true,
        Width{}};
    render_lint(os, report, format, rules, Style{false});
    out += os.str().size();
  }
  return out;
}

// CPU seconds of one lint_note at `bytes`: the best of three trials, each
// repeating it until it has run 20 ms, so small times are not noise.
double seconds_for(std::string_view pattern, std::size_t bytes) {
  const std::string body = goals_test::hostile_note(pattern, bytes);
  double best = 1e9;
  for (int trial = 0; trial < 3; ++trial) {
    int runs = 0;
    const double start = thread_cpu_seconds();
    double spent = 0;
    do {
      lint_note(body);
      ++runs;
      spent = thread_cpu_seconds() - start;
    } while (spent < 0.02);
    best = std::min(best, spent / runs);
  }
  return best;
}

class CostGrowth : public ::testing::TestWithParam<goals_test::HostilePattern> {};

TEST_P(CostGrowth, FourTimesTheBytesTakeAtMostSixTimesTheTime) {
#if defined(__SANITIZE_ADDRESS__)
  GTEST_SKIP() << "timing ratios mean little under AddressSanitizer's allocator";
#endif
  // The parser's work is measured, not the kernel's: glibc hands freed blocks
  // over 32 MiB back to the system, so without this every 400 KB run would
  // fault its pages in afresh, and no 100 KB run would.
  mallopt(M_MMAP_THRESHOLD, 1 << 30);
  mallopt(M_TRIM_THRESHOLD, 1 << 30);
  const auto& p = GetParam();
  const double small = seconds_for(p.name, 100 * 1024);
  const double large = seconds_for(p.name, 400 * 1024);
  EXPECT_LE(large, 6 * small) << p.attacks << ": " << small << " s at 100 KB, " << large
                              << " s at 400 KB";
}

std::string pattern_name(const ::testing::TestParamInfo<goals_test::HostilePattern>& info) {
  std::string name(info.param.name);
  std::replace(name.begin(), name.end(), '-', '_');
  return name;
}

INSTANTIATE_TEST_SUITE_P(Hostile, CostGrowth, ::testing::ValuesIn(goals_test::hostile_patterns()),
                         pattern_name);

// A pattern's note is about the size asked for, so the ratio compares 4x the bytes.
TEST(HostileNotes, AreTheSizeAskedFor) {
  for (const auto& p : goals_test::hostile_patterns()) {
    const std::size_t n = goals_test::hostile_note(p.name, 100 * 1024).size();
    EXPECT_GE(n, 90 * 1024u) << p.name;
    EXPECT_LE(n, 110 * 1024u) << p.name;
  }
  EXPECT_EQ(goals_test::hostile_note("no-such-pattern", 1024), "");
}

}  // namespace
}  // namespace goals
