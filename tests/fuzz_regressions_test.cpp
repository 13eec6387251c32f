// Replays every fuzz harness's seed corpus and saved findings
// (tests/fuzz/corpus/<harness>/, tests/fuzz/regressions/<harness>/) through
// the harness's own function, in the regular build: a finding fixed once
// stays fixed, and the harnesses' checks run on every ctest. A broken check
// aborts the test (tests/fuzz/targets.cpp), which ctest reports as failed.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "fuzz/targets.h"

namespace goals {
namespace {

namespace fs = std::filesystem;

const fs::path kFuzzDir = fs::path(GOALS_SOURCE_DIR) / "tests" / "fuzz";

std::vector<fs::path> files_in(const fs::path& dir) {
  std::vector<fs::path> out;
  if (!fs::is_directory(dir)) return out;
  for (const fs::directory_entry& e : fs::directory_iterator(dir))
    if (e.is_regular_file()) out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

std::string read_bytes(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Runs every file of `folder` (corpus or regressions) through each harness;
// returns how many inputs ran.
std::size_t replay(const std::string& folder) {
  std::size_t n = 0;
  for (const fuzz::Target& t : fuzz::targets()) {
    for (const fs::path& p : files_in(kFuzzDir / folder / std::string(t.name))) {
      SCOPED_TRACE(p.string());
      // Printed before the run: if a check aborts, the last line names the input.
      std::printf("%s: %s\n", std::string(t.name).c_str(), p.filename().c_str());
      t.run(read_bytes(p));
      ++n;
    }
  }
  return n;
}

TEST(FuzzRegressions, EveryHarnessHasASeedCorpus) {
  for (const fuzz::Target& t : fuzz::targets()) {
    EXPECT_GE(files_in(kFuzzDir / "corpus" / std::string(t.name)).size(), 2u) << t.name;
  }
  EXPECT_EQ(fuzz::targets().size(), 7u);
}

TEST(FuzzRegressions, SeedCorpusRunsThroughEveryHarness) { EXPECT_GE(replay("corpus"), 14u); }

TEST(FuzzRegressions, SavedFindingsStayFixed) { replay("regressions"); }

}  // namespace
}  // namespace goals
