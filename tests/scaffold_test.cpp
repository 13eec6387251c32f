// Writing new notes: slugs from titles, YAML values that read back as
// written, and create_note's refusals on an in-memory vault and a real disk.
#include "goals/write/scaffold.h"
#include "goals/io/memory_filesystem.h"

#include <gtest/gtest.h>
#include <unistd.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "support/utf8_internal.h"

namespace goals {
namespace {

namespace stdfs = std::filesystem;

bool valid_utf8(std::string_view s) {
  return detail::first_invalid_utf8(s) == std::string_view::npos;
}

// ---------------------------------------------------------------------------
// slugify

TEST(Slugify, KeepsOrdinaryTitles) {
  EXPECT_EQ(slugify("Mentor 2 junior engineers"), "Mentor 2 junior engineers");
  EXPECT_EQ(slugify("Ship v1.2 of the API"), "Ship v1.2 of the API");
  EXPECT_EQ(slugify("Café — déjà vu 日本語 🚀"), "Café — déjà vu 日本語 🚀");
}

TEST(Slugify, ReplacesForbiddenCharactersWithOneSpace) {
  EXPECT_EQ(slugify("a/b\\c:d*e?f\"g<h>i|j#k^l[m]n"), "a b c d e f g h i j k l m n");
  EXPECT_EQ(slugify("Goal: ship  it!!"), "Goal ship it!!");
  EXPECT_EQ(slugify("tab\there\nnew\rline\x7f"
                    "del"),
            "tab here new line del");
  EXPECT_EQ(slugify("[[Link]] to #tag"), "Link to tag");
  EXPECT_EQ(slugify("c1\xC2\x85next"), "c1 next");  // U+0085, a C1 control
}

TEST(Slugify, StaysOneComponentInsideTheVault) {
  EXPECT_EQ(slugify("../../x"), "x");
  EXPECT_EQ(slugify("/etc/passwd"), "etc passwd");
  EXPECT_EQ(slugify("a/../b"), "a .. b");  // one name, not a climb
  EXPECT_EQ(slugify(".hidden"), "hidden");
  EXPECT_EQ(slugify(". . .x"), "x");
}

TEST(TitleProblem, RefusesInvalidUtf8BidiControlsAndNoNames) {
  EXPECT_EQ(title_problem("Mentor 2 engineers"), std::nullopt);
  EXPECT_EQ(title_problem("Écrire un livre"), std::nullopt);
  EXPECT_EQ(title_problem("Untitled"), std::nullopt);
  EXPECT_EQ(title_problem("Ship v1.0"), std::nullopt);
  EXPECT_EQ(title_problem("abcd\xff"), "has invalid UTF-8 at byte 5");
  EXPECT_EQ(title_problem("\xc3"), "has invalid UTF-8 at byte 1");
  EXPECT_EQ(title_problem("a\xed\xa0\x80"), "has invalid UTF-8 at byte 2");  // a surrogate
  EXPECT_EQ(title_problem("cod\u202Eexe.md"), "holds a right-to-left override (U+202E)");
  EXPECT_EQ(title_problem("\u200Fa"), "holds a right-to-left mark (U+200F)");
  EXPECT_EQ(title_problem("a\u2066b"), "holds a left-to-right isolate (U+2066)");
  EXPECT_EQ(title_problem("a\u061Cb"), "holds an Arabic letter mark (U+061C)");
  EXPECT_EQ(title_problem("a\u202Ab"), "holds a left-to-right embedding (U+202A)");
  EXPECT_EQ(title_problem("a\u2069b"), "holds a pop directional isolate (U+2069)");
  EXPECT_EQ(title_problem(""), "is empty");
  EXPECT_EQ(title_problem(" \t "), "is empty");
  EXPECT_EQ(title_problem("."), "is `.`, which is not a note name");
  EXPECT_EQ(title_problem(" .. "), "is `..`, which is not a note name");
  EXPECT_EQ(title_problem("///"), "has no character a file name can keep");
  EXPECT_EQ(title_problem("..."), "has no character a file name can keep");
}

TEST(Slugify, BidiControlsBecomeSpaces) {
  EXPECT_EQ(slugify("cod\u202Eexe"), "cod exe");
  EXPECT_EQ(slugify("\u200E\u2068a\u2069"), "a");
}

TEST(Slugify, TrimsAndFallsBackToUntitled) {
  EXPECT_EQ(slugify(""), "Untitled");
  EXPECT_EQ(slugify("."), "Untitled");
  EXPECT_EQ(slugify(".."), "Untitled");
  EXPECT_EQ(slugify("   "), "Untitled");
  EXPECT_EQ(slugify("///"), "Untitled");
  EXPECT_EQ(slugify("  Title ends here... "), "Title ends here");
  EXPECT_EQ(slugify("Done. "), "Done");
}

TEST(Slugify, ReplacesInvalidUtf8) {
  EXPECT_EQ(slugify("a\xFF"
                    "b"),
            "a\xEF\xBF\xBD"
            "b");
  EXPECT_EQ(slugify("\xC3"), "\xEF\xBF\xBD");                                  // truncated sequence
  EXPECT_EQ(slugify("\xED\xA0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // surrogate
}

TEST(Slugify, CutsLongTitlesOnACharacterBoundary) {
  // 200 two-byte characters: 400 bytes, cut to an even count <= 252.
  std::string title;
  for (int i = 0; i < 200; ++i) title += "é";
  std::string s = slugify(title);
  EXPECT_LE(s.size(), 252u);
  EXPECT_GE(s.size(), 251u);
  EXPECT_TRUE(valid_utf8(s));
  // A four-byte character straddling the limit is dropped whole.
  std::string t(250, 'a');
  t += "🚀🚀";
  s = slugify(t);
  EXPECT_EQ(s, std::string(250, 'a'));
  // The full 255 bytes when the caller adds no extension.
  EXPECT_EQ(slugify(std::string(300, 'x'), 255), std::string(255, 'x'));
  // A cut that ends in a space or dot is trimmed again.
  EXPECT_EQ(slugify(std::string(251, 'a') + " . b"), std::string(251, 'a'));
}

// Random titles: bytes, UTF-8 pieces and the characters the slug treats
// specially, in runs.
std::string random_title(std::mt19937& rng) {
  static const std::vector<std::string> kPieces = {"a",
                                                   "Z",
                                                   "7",
                                                   " ",
                                                   ".",
                                                   "..",
                                                   "/",
                                                   "\\",
                                                   ":",
                                                   "*",
                                                   "?",
                                                   "\"",
                                                   "<",
                                                   ">",
                                                   "|",
                                                   "#",
                                                   "^",
                                                   "[",
                                                   "]",
                                                   "\t",
                                                   "\n",
                                                   "\r",
                                                   "\x7f",
                                                   "-",
                                                   "é",
                                                   "日本",
                                                   "🚀",
                                                   "\xC2\x85",
                                                   "\xE2\x80\xA8",
                                                   "\xEF\xBB\xBF",
                                                   "\xFF",
                                                   "\xC3",
                                                   "\xE2\x82",
                                                   "\x00"};
  std::uniform_int_distribution<int> len_dist(0, 40);
  std::uniform_int_distribution<int> kind(0, 3);
  std::uniform_int_distribution<std::size_t> piece(0, kPieces.size() - 1);
  std::uniform_int_distribution<int> byte(0, 255);
  std::string s;
  const int n = len_dist(rng) * (kind(rng) == 0 ? 10 : 1);  // some long ones
  for (int i = 0; i < n; ++i) {
    if (kind(rng) == 0) {
      s += static_cast<char>(byte(rng));
    } else {
      const std::string& p = kPieces[piece(rng)];
      s += p.empty() ? std::string(1, '\0') : p;
    }
  }
  return s;
}

TEST(Slugify, PropertiesHoldForRandomTitles) {
  std::mt19937 rng(20240101);
  for (int n = 0; n < 5000; ++n) {
    const std::string title = random_title(rng);
    for (std::size_t max : {std::size_t{252}, std::size_t{255}, std::size_t{20}}) {
      const std::string s = slugify(title, max);
      SCOPED_TRACE(::testing::Message() << "title #" << n << " max " << max);
      ASSERT_FALSE(s.empty());
      ASSERT_LE(s.size(), max);
      ASSERT_TRUE(valid_utf8(s));
      ASSERT_EQ(s.find_first_of("/\\:*?\"<>|#^[]"), std::string::npos) << s;
      for (char c : s) ASSERT_FALSE(static_cast<unsigned char>(c) < 0x20 || c == 0x7F) << s;
      ASSERT_EQ(s.find("\xC2\x85"), std::string::npos);
      ASSERT_NE(s.front(), '.');
      ASSERT_NE(s.front(), ' ');
      ASSERT_NE(s.back(), '.');
      ASSERT_NE(s.back(), ' ');
      ASSERT_EQ(s.find("  "), std::string::npos);
      ASSERT_NE(s, "..");
      ASSERT_EQ(slugify(s, max), s) << "not idempotent";
    }
  }
}

// ---------------------------------------------------------------------------
// yaml_quote

// What yaml-cpp reads back from `k: <quoted>`, and whether it saw a quoted
// scalar (tag "!") rather than a plain one (tag "?", open to type resolution).
struct ReadBack {
  std::string value;
  bool quoted = false;
};

ReadBack read_back(const std::string& quoted) {
  YAML::Node doc = YAML::Load("k: " + quoted + "\n");
  return ReadBack{doc["k"].as<std::string>(), doc["k"].Tag() == "!"};
}

// The same value inside a flow sequence, as `goals: [a, b]` would hold it.
std::string read_back_flow(const std::string& quoted) {
  YAML::Node doc = YAML::Load("k: [" + quoted + ", z]\n");
  return doc["k"][0].as<std::string>();
}

TEST(YamlQuote, LeavesSafeTextPlain) {
  for (std::string s :
       {"Mentor 2 junior engineers", "Ship the API", "goal", "Café 日本 🚀", "C# and F#", "a:b",
        "it's done", "say \"hi\"", "50% done", "a - b", "Q2 2025", "x.md", "v1.2"}) {
    EXPECT_EQ(yaml_quote(s), s);
  }
}

TEST(YamlQuote, QuotesWhatAReaderWouldRetype) {
  const std::vector<std::string> must_quote = {"",
                                               "yes",
                                               "No",
                                               "ON",
                                               "off",
                                               "y",
                                               "N",
                                               "true",
                                               "False",
                                               "null",
                                               "NULL",
                                               "~",
                                               "012",
                                               "0x1F",
                                               "0o17",
                                               "1_000",
                                               "1e3",
                                               "3.14",
                                               ".5",
                                               "+1",
                                               "-1",
                                               ".inf",
                                               "-.INF",
                                               ".NaN",
                                               "1:20",
                                               "2024-01-01",
                                               "2024-1-1",
                                               "2024-01-01 10:00:00",
                                               "2024-01-01T10:00:00Z",
                                               " lead",
                                               "trail ",
                                               "\tx",
                                               "- item",
                                               "-x",
                                               "? q",
                                               ":x",
                                               ",x",
                                               "[x",
                                               "]x",
                                               "{x",
                                               "}x",
                                               "#tag",
                                               "&anchor",
                                               "*alias",
                                               "!tag",
                                               "|",
                                               ">",
                                               "'q",
                                               "\"q",
                                               "%x",
                                               "@x",
                                               "`x",
                                               "a: b",
                                               "a:\tb",
                                               "trailing:",
                                               "a #b",
                                               "line\nbreak",
                                               "[[Vision]]",
                                               "see [[Goal]]",
                                               "a, b",
                                               "Why? Because",
                                               "x}",
                                               "<<",
                                               "=",
                                               "---",
                                               "...",
                                               "bell\x07",
                                               "del\x7f",
                                               "nel\xC2\x85",
                                               "ls\xE2\x80\xA8",
                                               "bom\xEF\xBB\xBF"};
  for (const std::string& s : must_quote) {
    const std::string q = yaml_quote(s);
    ASSERT_GE(q.size(), 2u) << s;
    EXPECT_EQ(q.front(), '"') << s;
    EXPECT_EQ(q.back(), '"') << s;
    ReadBack rb = read_back(q);
    EXPECT_TRUE(rb.quoted) << s;
    EXPECT_EQ(rb.value, s) << q;
    EXPECT_EQ(read_back_flow(q), s) << q;
  }
}

TEST(YamlQuote, EscapesInsideDoubleQuotes) {
  EXPECT_EQ(yaml_quote("a\\b \"c\""), "a\\b \"c\"");  // plain: nothing to escape
  EXPECT_EQ(yaml_quote("#a\\b \"c\""), "\"#a\\\\b \\\"c\\\"\"");
  EXPECT_EQ(yaml_quote("x\ny\tz"), "\"x\\ny\\tz\"");
  EXPECT_EQ(yaml_quote(std::string("nul\0x", 5)), "\"nul\\x00x\"");
  EXPECT_EQ(yaml_quote("\x1b[0m"), "\"\\x1B[0m\"");
  EXPECT_EQ(yaml_quote("\xE2\x80\xA8"), "\"\\u2028\"");
  EXPECT_EQ(read_back(yaml_quote(std::string("nul\0x", 5))).value, std::string("nul\0x", 5));
}

TEST(YamlQuote, InvalidUtf8BecomesReplacementCharacter) {
  EXPECT_EQ(yaml_quote("a\xFF"), "\"a\xEF\xBF\xBD\"");
  EXPECT_EQ(read_back(yaml_quote("a\xFF")).value, "a\xEF\xBF\xBD");
}

// Random well-formed UTF-8 strings over the characters YAML cares about.
std::string random_yaml_text(std::mt19937& rng) {
  static const std::vector<std::string> kPieces = {"a",
                                                   "Z",
                                                   "0",
                                                   "1",
                                                   "9",
                                                   " ",
                                                   "  ",
                                                   "\t",
                                                   "\n",
                                                   "\r",
                                                   ":",
                                                   ": ",
                                                   "#",
                                                   " #",
                                                   "-",
                                                   "?",
                                                   ",",
                                                   "[",
                                                   "]",
                                                   "{",
                                                   "}",
                                                   "&",
                                                   "*",
                                                   "!",
                                                   "|",
                                                   ">",
                                                   "'",
                                                   "\"",
                                                   "%",
                                                   "@",
                                                   "`",
                                                   ".",
                                                   "+",
                                                   "~",
                                                   "<",
                                                   "=",
                                                   "\\",
                                                   "e",
                                                   "x",
                                                   "_",
                                                   "yes",
                                                   "no",
                                                   "null",
                                                   "true",
                                                   "2024-01-01",
                                                   "0x",
                                                   "é",
                                                   "日本",
                                                   "🚀",
                                                   "\xC2\x85",
                                                   "\xC2\xA0",
                                                   "\xE2\x80\xA8",
                                                   "\xE2\x80\xA9",
                                                   "\xEF\xBB\xBF",
                                                   "\x01",
                                                   "\x1b",
                                                   "\x7f",
                                                   "[[",
                                                   "]]",
                                                   "---",
                                                   "..."};
  std::uniform_int_distribution<int> len(0, 12);
  std::uniform_int_distribution<std::size_t> piece(0, kPieces.size() - 1);
  std::string s;
  for (int i = len(rng); i > 0; --i) s += kPieces[piece(rng)];
  return s;
}

TEST(YamlQuote, RandomStringsRoundTripThroughYamlCpp) {
  std::mt19937 rng(4242);
  int plain = 0;
  for (int n = 0; n < 20000; ++n) {
    const std::string s = random_yaml_text(rng);
    const std::string q = yaml_quote(s);
    ReadBack rb;
    std::string flow;
    try {
      rb = read_back(q);
      flow = read_back_flow(q);
    } catch (const YAML::Exception& e) {
      FAIL() << "yaml-cpp rejected " << ::testing::PrintToString(q) << ": " << e.what();
    }
    ASSERT_EQ(rb.value, s) << "written as " << q;
    ASSERT_EQ(flow, s) << "written as " << q;
    if (!rb.quoted) ++plain;
  }
  // The generator makes plenty of plain-safe strings too: both paths run.
  EXPECT_GT(plain, 100);
}

// ---------------------------------------------------------------------------
// create_note on a MemoryFileSystem

TEST(CreateNoteMemory, CreatesTheFileAndItsFolders) {
  MemoryFileSystem fs;
  fs.add_dir("/v");
  CreateResult r = create_note(fs, "/v", "Goals/Deep/A.md", "---\ntype: goal\n---\n");
  ASSERT_EQ(r.status, CreateStatus::Created) << r.error;
  EXPECT_EQ(r.path, "/v/Goals/Deep/A.md");
  std::string text, err;
  ASSERT_EQ(fs.read_file("/v/Goals/Deep/A.md", &text, &err, 1000), FileSystem::Status::Okay);
  EXPECT_EQ(text, "---\ntype: goal\n---\n");
  EXPECT_EQ(fs.kind("/v/Goals", false), EntryKind::Directory);
}

TEST(CreateNoteMemory, RelativeRootIsMadeAbsolute) {
  MemoryFileSystem fs("/home/u");
  fs.add_dir("/home/u/v");
  CreateResult r = create_note(fs, "v", "A.md", "x");
  ASSERT_EQ(r.status, CreateStatus::Created) << r.error;
  EXPECT_EQ(r.path, "/home/u/v/A.md");
}

TEST(CreateNoteMemory, NeverReplacesAnything) {
  MemoryFileSystem fs;
  fs.add_file("/v/Goals/A.md", "mine");
  fs.add_file("/v/Goals/target.md", "target");
  fs.add_file("/outside/o.md", "outside");
  fs.add_symlink("/v/Goals/L1.md", "target.md");
  fs.add_symlink("/v/Goals/L2.md", "/outside/o.md");
  fs.add_symlink("/v/Goals/L3.md", "/nowhere/x.md");
  fs.add_dir("/v/Goals/Dir.md");
  for (std::string name : {"A.md", "L1.md", "L2.md", "L3.md", "Dir.md"}) {
    CreateResult r = create_note(fs, "/v", "Goals/" + name, "NEW");
    EXPECT_EQ(r.status, CreateStatus::Exists) << name;
    EXPECT_EQ(r.path, "/v/Goals/" + name);
    EXPECT_FALSE(r.error.empty());
  }
  std::string text, err;
  fs.read_file("/v/Goals/A.md", &text, &err, 100);
  EXPECT_EQ(text, "mine");
  fs.read_file("/v/Goals/target.md", &text, &err, 100);
  EXPECT_EQ(text, "target");
  fs.read_file("/outside/o.md", &text, &err, 100);
  EXPECT_EQ(text, "outside");
  EXPECT_EQ(fs.kind("/nowhere/x.md", false), EntryKind::Other);
}

TEST(CreateNoteMemory, RefusesEscapes) {
  MemoryFileSystem fs;
  fs.add_dir("/v");
  fs.add_dir("/etc");
  for (std::string rel :
       {"../x.md", "/etc/x.md", "a/../../x.md", "a/../x.md", "./x.md", "a//x.md", "a/", "", ".."}) {
    CreateResult r = create_note(fs, "/v", rel, "x");
    EXPECT_EQ(r.status, CreateStatus::OutsideVault) << rel;
  }
  EXPECT_EQ(fs.kind("/x.md", false), EntryKind::Other);
  EXPECT_EQ(fs.kind("/etc/x.md", false), EntryKind::Other);
  EXPECT_EQ(fs.kind("/v/a", false), EntryKind::Other);  // nothing made on the way
}

TEST(CreateNoteMemory, FolderSymlinkLeadingOutsideIsRefused) {
  MemoryFileSystem fs;
  fs.add_dir("/v");
  fs.add_dir("/outside");
  fs.add_symlink("/v/Goals", "/outside");
  CreateResult r = create_note(fs, "/v", "Goals/Sub/A.md", "x");
  EXPECT_EQ(r.status, CreateStatus::OutsideVault);
  EXPECT_EQ(fs.kind("/outside/Sub", false), EntryKind::Other);
  r = create_note(fs, "/v", "Goals/A.md", "x");
  EXPECT_EQ(r.status, CreateStatus::OutsideVault);
  EXPECT_EQ(fs.kind("/outside/A.md", false), EntryKind::Other);
}

TEST(CreateNoteMemory, FolderSymlinkInsideTheVaultIsFollowed) {
  MemoryFileSystem fs;
  fs.add_dir("/v/Real");
  fs.add_symlink("/v/Goals", "Real");
  CreateResult r = create_note(fs, "/v", "Goals/A.md", "x");
  ASSERT_EQ(r.status, CreateStatus::Created) << r.error;
  EXPECT_EQ(r.path, "/v/Goals/A.md");
  EXPECT_EQ(fs.kind("/v/Real/A.md", false), EntryKind::File);
}

TEST(CreateNoteMemory, VaultReachedThroughASymlink) {
  MemoryFileSystem fs;
  fs.add_dir("/data/vault");
  fs.add_symlink("/v", "/data/vault");
  CreateResult r = create_note(fs, "/v", "Goals/A.md", "x");
  ASSERT_EQ(r.status, CreateStatus::Created) << r.error;
  EXPECT_EQ(r.path, "/v/Goals/A.md");
  EXPECT_EQ(fs.kind("/data/vault/Goals/A.md", false), EntryKind::File);
}

TEST(CreateNoteMemory, FileWhereAFolderBelongsIsAnError) {
  MemoryFileSystem fs;
  fs.add_file("/v/Goals", "a file");
  CreateResult r = create_note(fs, "/v", "Goals/A.md", "x");
  EXPECT_EQ(r.status, CreateStatus::Error);
  EXPECT_FALSE(r.error.empty());
}

TEST(CreateNoteMemory, MissingVaultIsAnError) {
  MemoryFileSystem fs;
  CreateResult r = create_note(fs, "/nope", "A.md", "x");
  EXPECT_EQ(r.status, CreateStatus::Error);
  EXPECT_EQ(fs.kind("/nope", false), EntryKind::Other);
}

TEST(CreateNoteMemory, OverlongNameIsAnError) {
  MemoryFileSystem fs;
  fs.add_dir("/v");
  CreateResult r = create_note(fs, "/v", std::string(256, 'a'), "x");
  EXPECT_EQ(r.status, CreateStatus::Error);
  r = create_note(fs, "/v", std::string("a\0b", 3), "x");
  EXPECT_EQ(r.status, CreateStatus::Error);
}

// ---------------------------------------------------------------------------
// create_note on the real disk

class CreateNoteDisk : public ::testing::Test {
 protected:
  void SetUp() override {
    std::random_device rd;
    base_ = stdfs::temp_directory_path() /
            ("goals-scaffold-test-" + std::to_string(::getpid()) + "-" + std::to_string(rd()));
    stdfs::create_directories(base_ / "vault");
    stdfs::create_directories(base_ / "outside");
    vault_ = (base_ / "vault").string();
  }
  void TearDown() override {
    std::error_code ec;
    stdfs::remove_all(base_, ec);  // never follows symlinks
  }

  static std::string slurp(const stdfs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
  }
  // Every entry under base_ whose name marks one of our temp files.
  std::vector<std::string> temp_files() const {
    std::vector<std::string> r;
    for (const auto& e : stdfs::recursive_directory_iterator(base_)) {
      if (e.path().filename().string().rfind(".goals-", 0) == 0) r.push_back(e.path().string());
    }
    return r;
  }
  std::vector<std::string> listing(const stdfs::path& dir) const {
    std::vector<std::string> r;
    for (const auto& e : stdfs::directory_iterator(dir)) r.push_back(e.path().filename());
    std::sort(r.begin(), r.end());
    return r;
  }

  RealFileSystem fs_;
  stdfs::path base_;
  std::string vault_;
};

TEST_F(CreateNoteDisk, CreatesExactBytes) {
  std::string contents = "---\ntype: goal\ntitle: \"a: b\"\n---\n\nBody 🚀\r\n";
  contents += std::string("\0tail", 5);
  CreateResult r = create_note(fs_, vault_, "Goals/Deep/A.md", contents);
  ASSERT_EQ(r.status, CreateStatus::Created) << r.error;
  EXPECT_EQ(r.path, vault_ + "/Goals/Deep/A.md");
  EXPECT_EQ(slurp(r.path), contents);
  EXPECT_TRUE(stdfs::is_regular_file(stdfs::symlink_status(r.path)));
  // 0644 minus the umask: never writable by others.
  auto perms = stdfs::status(r.path).permissions();
  EXPECT_EQ(perms & stdfs::perms::others_write, stdfs::perms::none);
  EXPECT_NE(perms & stdfs::perms::owner_read, stdfs::perms::none);
  EXPECT_TRUE(temp_files().empty());
}

TEST_F(CreateNoteDisk, ExistingNoteIsUntouched) {
  stdfs::create_directories(base_ / "vault/Goals");
  std::ofstream(base_ / "vault/Goals/A.md") << "mine";
  CreateResult r = create_note(fs_, vault_, "Goals/A.md", "NEW");
  EXPECT_EQ(r.status, CreateStatus::Exists);
  EXPECT_EQ(r.path, vault_ + "/Goals/A.md");
  EXPECT_EQ(slurp(base_ / "vault/Goals/A.md"), "mine");
  EXPECT_EQ(listing(base_ / "vault/Goals"), (std::vector<std::string>{"A.md"}));
  EXPECT_TRUE(temp_files().empty());
}

TEST_F(CreateNoteDisk, SymlinkAtTargetIsNeverWrittenThrough) {
  stdfs::create_directories(base_ / "vault/Goals");
  std::ofstream(base_ / "vault/Goals/target.md") << "target";
  std::ofstream(base_ / "outside/o.md") << "outside";
  stdfs::create_symlink("target.md", base_ / "vault/Goals/L1.md");
  stdfs::create_symlink(base_ / "outside/o.md", base_ / "vault/Goals/L2.md");
  stdfs::create_symlink(base_ / "outside/missing.md", base_ / "vault/Goals/L3.md");
  stdfs::create_directories(base_ / "vault/Goals/Dir.md");
  for (std::string name : {"L1.md", "L2.md", "L3.md", "Dir.md"}) {
    CreateResult r = create_note(fs_, vault_, "Goals/" + name, "NEW");
    EXPECT_EQ(r.status, CreateStatus::Exists) << name;
  }
  EXPECT_EQ(slurp(base_ / "vault/Goals/target.md"), "target");
  EXPECT_EQ(slurp(base_ / "outside/o.md"), "outside");
  EXPECT_FALSE(stdfs::exists(stdfs::symlink_status(base_ / "outside/missing.md")));
  EXPECT_TRUE(stdfs::is_symlink(stdfs::symlink_status(base_ / "vault/Goals/L3.md")));
  EXPECT_EQ(listing(base_ / "outside"), (std::vector<std::string>{"o.md"}));
  EXPECT_TRUE(temp_files().empty());
}

TEST_F(CreateNoteDisk, FolderSymlinkLeadingOutsideIsRefused) {
  stdfs::create_directory_symlink(base_ / "outside", base_ / "vault/Goals");
  CreateResult r = create_note(fs_, vault_, "Goals/A.md", "x");
  EXPECT_EQ(r.status, CreateStatus::OutsideVault);
  r = create_note(fs_, vault_, "Goals/Sub/A.md", "x");
  EXPECT_EQ(r.status, CreateStatus::OutsideVault);
  // A relative link climbing out is caught the same way.
  stdfs::create_directory_symlink("../outside", base_ / "vault/Up");
  r = create_note(fs_, vault_, "Up/A.md", "x");
  EXPECT_EQ(r.status, CreateStatus::OutsideVault);
  EXPECT_TRUE(listing(base_ / "outside").empty());
  EXPECT_TRUE(temp_files().empty());
}

TEST_F(CreateNoteDisk, EscapesAreRefusedAndWriteNothing) {
  for (std::string rel :
       std::vector<std::string>{"../x.md", "/etc/x.md", "a/../../x.md", "../outside/x.md",
                                (base_ / "outside/x.md").string()}) {
    CreateResult r = create_note(fs_, vault_, rel, "x");
    EXPECT_EQ(r.status, CreateStatus::OutsideVault) << rel;
  }
  EXPECT_FALSE(stdfs::exists(base_ / "x.md"));
  EXPECT_FALSE(stdfs::exists("/etc/x.md"));
  EXPECT_TRUE(listing(base_ / "outside").empty());
  EXPECT_TRUE(listing(base_ / "vault").empty());
  EXPECT_TRUE(temp_files().empty());
}

TEST_F(CreateNoteDisk, FolderSymlinkInsideTheVaultIsFollowed) {
  stdfs::create_directories(base_ / "vault/Real");
  stdfs::create_directory_symlink("Real", base_ / "vault/Goals");
  CreateResult r = create_note(fs_, vault_, "Goals/A.md", "x");
  ASSERT_EQ(r.status, CreateStatus::Created) << r.error;
  EXPECT_EQ(slurp(base_ / "vault/Real/A.md"), "x");
  EXPECT_TRUE(temp_files().empty());
}

TEST_F(CreateNoteDisk, SlugOfAHostileTitleStaysInside) {
  for (std::string title : {"../../x", "/etc/passwd", "..", ".bashrc", "a/../../b"}) {
    CreateResult r = create_note(fs_, vault_, "Goals/" + slugify(title) + ".md", "x");
    ASSERT_EQ(r.status, CreateStatus::Created) << title << ": " << r.error;
    EXPECT_EQ(stdfs::path(r.path).parent_path(), base_ / "vault/Goals");
  }
  EXPECT_TRUE(listing(base_ / "outside").empty());
  EXPECT_TRUE(temp_files().empty());
}

}  // namespace
}  // namespace goals
