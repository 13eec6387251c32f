// LinkResolver: Obsidian's link resolution, as one table of cases.
#include "goals/model/resolver.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

namespace goals {
namespace {

// The vault every case resolves against (sorted, as Vault::files is).
const std::vector<std::string>& vault_files() {
  static const std::vector<std::string> files = [] {
    std::vector<std::string> f{
        "A/B/N2.md",                      // [x](B/N2.md) from A/: the vault path wins
        "Aa/Delta.md",                    // one character longer than B/Delta.md
        "Archive/Old/Beta.md",            // deeper than Beta.md
        "Archive/Sprints/2026-Q4.md",     // a second 2026-Q4 for ../Sprints/2026-Q4
        "Attachments/img.png",            //
        "B/Delta.md",                     //
        "B/N2.md",                        //
        "Beta.md",                        //
        "Deep/A/B/Gamma.md",              // deeper and longer than X/Gamma.md
        "Dir/N.md",                       // exact path of [[Dir/N]]
        "Figure 1.png",                   // [[Figure 1]] does not find it
        "Goals/Alpha.md",                 // Alpha in two folders of equal length
        "Goals/Sprint.md",                //
        "Goals/Über.md",                  // non-ASCII letter case
        "Notes/Index.md",                 //
        "Notes/My Note.md",               // Markdown links with spaces
        "Notes/v1.2.md",                  // a dot in a note's name
        "Notes/Աշխատանք.md",              // Armenian capital: Unicode letter case
        "Notes/Ｆｕｌｌ.md",              // full-width capital (three bytes)
        "Other Folder/Target Note.md",    //
        "Other/Dir/N.md",                 // path suffix of [[Dir/N]]
        "P/sub/Note3.md",                 // below P/: wins from P/ though longer
        "Plans/Alpha.md",                 //
        "Plans/Plan.md",                  //
        "Q/Note4.md",                     //
        "Reviews/R.md",                   //
        "Sprints/2026-Q4.md",             //
        "Sub1/Sub/K.md",                  // [[Sub/K]]: two suffix matches of equal length
        "Sub2/Sub/K.md",                  //
        "X/Gamma.md",                     //
        "X/Note3.md",                     //
        "XDir/N.md",                      // [[ir/N]] matches it too: raw suffixes
        "Zzzzzzzzzzzzzzzz/Note.md",       // fewer folders, longer path
        "a/b/Note.md",                    // more folders, shorter path: wins
        "abcdefghij/Kanji.md",            // 19 bytes and 19 UTF-16 units
        "diagram.excalidraw.md",          // a note whose name has a dot
        "glossary/index.md",              // [[ary/index]] matches it: raw suffixes
        "projects/Deep/Deeper/Note4.md",  // "below" proj/ by raw prefix
        "readme.txt",                     // an attachment at the root
        "日本語日本語/Kanji.md",          // 27 bytes but 15 UTF-16 units: shorter
    };
    std::sort(f.begin(), f.end());
    return f;
  }();
  return files;
}

using Kind = LinkResolver::Result::Kind;

struct Case {
  const char* what;
  const char* target;
  const char* from;
  bool markdown;
  Kind kind;
  const char* file;                     // expected file ("" when unresolved)
  std::vector<std::string> candidates;  // for Ambiguous
};

// One row per step and quirk of "How Obsidian resolves a link" in the spec.
// clang-format off
const std::vector<Case> kCases = {
    // 1. Candidates by file name: as written when the last segment has a dot, else with .md.
    {"1: no file of that name", "Nope", "Reviews/R.md", false, Kind::Unresolved, "", {}},
    {"1: .md written", "Beta.md", "Reviews/R.md", false, Kind::Resolved, "Beta.md", {}},
    {"1: attachment with extension", "img.png", "Reviews/R.md", false, Kind::Resolved, "Attachments/img.png", {}},
    {"1: attachment without extension", "img", "Reviews/R.md", false, Kind::Unresolved, "", {}},
    {"1: no .png added", "Figure 1", "Reviews/R.md", false, Kind::Unresolved, "", {}},
    {"1: attachment with .md added", "img.png.md", "Reviews/R.md", false, Kind::Unresolved, "", {}},
    {"1: a dot, nothing as written, then .md", "v1.2", "Reviews/R.md", false, Kind::Resolved, "Notes/v1.2.md", {}},
    {"1: dotted note name", "diagram.excalidraw", "Reviews/R.md", false, Kind::Resolved, "diagram.excalidraw.md", {}},
    {"1: folder only", "Goals/", "Reviews/R.md", false, Kind::Unresolved, "", {}},
    {"1: lowercase target", "alpha", "Goals/Sprint.md", false, Kind::Resolved, "Goals/Alpha.md", {}},
    {"1: uppercase target", "BETA", "Reviews/R.md", false, Kind::Resolved, "Beta.md", {}},
    {"1: non-ASCII letters", "ÜBER", "Reviews/R.md", false, Kind::Resolved, "Goals/Über.md", {}},
    {"1: any script's letters", "աՇԽԱՏԱՆՔ", "Reviews/R.md", false, Kind::Resolved, "Notes/Աշխատանք.md", {}},
    {"1: full-width letters", "ｆｕｌｌ", "Reviews/R.md", false, Kind::Resolved, "Notes/Ｆｕｌｌ.md", {}},
    {"1: spaces trimmed", "  Beta  ", "Reviews/R.md", false, Kind::Resolved, "Beta.md", {}},
    // 2. A bare name one file has.
    {"2: unique bare name from anywhere", "Target Note", "Goals/Sprint.md", false, Kind::Resolved,
     "Other Folder/Target Note.md", {}},
    {"2: unique attachment at the root", "readme.txt", "Goals/Alpha.md", false, Kind::Resolved, "readme.txt", {}},
    // 3. ./ and ../ from the linking note's folder.
    {"3: ../ to a sibling folder", "../Sprints/2026-Q4", "Goals/Sprint.md", false, Kind::Resolved,
     "Sprints/2026-Q4.md", {}},
    {"3: ../ from deeper", "../../Sprints/2026-Q4", "Archive/Old/Beta.md", false, Kind::Resolved,
     "Sprints/2026-Q4.md", {}},
    {"3: ./", "./Alpha", "Plans/Plan.md", false, Kind::Resolved, "Plans/Alpha.md", {}},
    {"3: ./../ counts as ../", "./../Sprints/2026-Q4", "Archive/Old/Beta.md", false, Kind::Resolved,
     "Archive/Sprints/2026-Q4.md", {}},
    {"3: never above the root", "../../../Beta", "Notes/Index.md", false, Kind::Resolved, "Beta.md", {}},
    {"3: no file at the joined path", "../Nope/Alpha", "Goals/Sprint.md", false, Kind::Unresolved, "", {}},
    // 4. The vault path; a leading / allows nothing else.
    {"4: vault path beats the linking note's folder", "Archive/Old/Beta", "Beta.md", false, Kind::Resolved,
     "Archive/Old/Beta.md", {}},
    {"4: vault path beats a suffix match", "Dir/N", "Other/Dir/x.md", false, Kind::Resolved, "Dir/N.md", {}},
    {"4: a root note is the vault path of a bare name", "Beta", "Archive/Old/x.md", false, Kind::Resolved,
     "Beta.md", {}},
    {"4: leading slash", "/Dir/N", "Reviews/R.md", false, Kind::Resolved, "Dir/N.md", {}},
    {"4: leading slash, no such path", "/Sub/K", "Reviews/R.md", false, Kind::Unresolved, "", {}},
    {"4: mixed-case path", "dIR/n.MD", "Reviews/R.md", false, Kind::Resolved, "Dir/N.md", {}},
    {"4: attachment path", "Attachments/IMG.PNG", "Reviews/R.md", false, Kind::Resolved, "Attachments/img.png", {}},
    // 5. Suffix matches: below the linking note's folder first, then the shortest path.
    {"5: the linking note's folder", "Alpha", "Goals/Sprint.md", false, Kind::Resolved, "Goals/Alpha.md", {}},
    {"5: the linking note's folder (Plans)", "Alpha", "Plans/Plan.md", false, Kind::Resolved, "Plans/Alpha.md", {}},
    {"5: case of the linking note's folder", "Alpha", "goals/sprint.md", false, Kind::Resolved, "Goals/Alpha.md", {}},
    {"5: below the folder beats shorter elsewhere", "Note3", "P/x.md", false, Kind::Resolved, "P/sub/Note3.md", {}},
    {"5: below the folder, deeper", "Gamma", "Deep/A/B/y.md", false, Kind::Resolved, "Deep/A/B/Gamma.md", {}},
    {"5: shortest path, not fewest folders", "Note", "Reviews/R.md", false, Kind::Resolved, "a/b/Note.md", {}},
    {"5: shortest path by one character", "Delta", "Reviews/R.md", false, Kind::Resolved, "B/Delta.md", {}},
    {"5: shortest elsewhere", "Gamma", "Reviews/R.md", false, Kind::Resolved, "X/Gamma.md", {}},
    {"5: length in UTF-16 units, not bytes", "Kanji", "Reviews/R.md", false, Kind::Resolved,
     "日本語日本語/Kanji.md", {}},
    {"5: suffix path link", "Old/Beta", "Reviews/R.md", false, Kind::Resolved, "Archive/Old/Beta.md", {}},
    {"5: suffix path link below the folder", "Sub/K", "Sub1/x.md", false, Kind::Resolved, "Sub1/Sub/K.md", {}},
    {"5: full path", "Sub2/Sub/K", "Reviews/R.md", false, Kind::Resolved, "Sub2/Sub/K.md", {}},
    {"5 quirk: raw suffix, no folder boundary", "ary/index", "Reviews/R.md", false, Kind::Resolved,
     "glossary/index.md", {}},
    {"5 quirk: raw suffix, the shortest of three", "ir/N", "Reviews/R.md", false, Kind::Resolved, "Dir/N.md", {}},
    {"5 quirk: raw prefix, projects/ is below proj/", "Note4", "proj/x.md", false, Kind::Resolved,
     "projects/Deep/Deeper/Note4.md", {}},
    {"5: from the root every file is below", "Note4", "x.md", false, Kind::Resolved, "Q/Note4.md", {}},
    // 6. Equal group and length: Obsidian's disk order; goals takes the first by path.
    {"6: tie from elsewhere", "Alpha", "Reviews/R.md", false, Kind::Ambiguous, "Goals/Alpha.md",
     {"Goals/Alpha.md", "Plans/Alpha.md"}},
    {"6: tie from the root", "Alpha", "Beta.md", false, Kind::Ambiguous, "Goals/Alpha.md",
     {"Goals/Alpha.md", "Plans/Alpha.md"}},
    {"6: tie of path links", "Sub/K", "Reviews/R.md", false, Kind::Ambiguous, "Sub1/Sub/K.md",
     {"Sub1/Sub/K.md", "Sub2/Sub/K.md"}},
    {"6: relative link, not a tie", "../Sprints/2026-Q4", "Archive/Old/Beta.md", false, Kind::Resolved,
     "Archive/Sprints/2026-Q4.md", {}},
    {"6: bare name of two, not a tie", "2026-Q4", "Reviews/R.md", false, Kind::Resolved, "Sprints/2026-Q4.md", {}},
    // [[#H]]: the linking note itself.
    {"heading-only link", "", "Goals/Sprint.md", false, Kind::Resolved, "Goals/Sprint.md", {}},
    {"heading-only link from an unknown note", "", "Nowhere.md", false, Kind::Unresolved, "", {}},
    // Markdown links (already decoded): the same steps.
    {"md: unique name, with spaces", "My Note.md", "Notes/Index.md", true, Kind::Resolved, "Notes/My Note.md", {}},
    {"md: ./", "./My Note.md", "Notes/Index.md", true, Kind::Resolved, "Notes/My Note.md", {}},
    {"md: ../ into a folder with a space", "../Other Folder/Target Note.md", "Notes/Index.md", true,
     Kind::Resolved, "Other Folder/Target Note.md", {}},
    {"md: .md optional", "My Note", "Notes/Index.md", true, Kind::Resolved, "Notes/My Note.md", {}},
    {"md: the vault path, not the folder's", "B/N2.md", "A/x.md", true, Kind::Resolved, "B/N2.md", {}},
    {"md: a bare name is the vault path", "Beta.md", "Archive/Old/x.md", true, Kind::Resolved, "Beta.md", {}},
    {"md: ../.. to the root", "../../Beta.md", "Archive/Old/x.md", true, Kind::Resolved, "Beta.md", {}},
    {"md: vault-absolute", "/Dir/N.md", "Other/Dir/x.md", true, Kind::Resolved, "Dir/N.md", {}},
    {"md: attachment relative", "../Attachments/img.png", "Notes/Index.md", true, Kind::Resolved,
     "Attachments/img.png", {}},
    {"md: case-insensitive", "../beta.MD", "Notes/Index.md", true, Kind::Resolved, "Beta.md", {}},
    {"md: can be ambiguous", "Alpha.md", "Reviews/R.md", true, Kind::Ambiguous, "Goals/Alpha.md",
     {"Goals/Alpha.md", "Plans/Alpha.md"}},
    {"md: heading only", "", "Notes/Index.md", true, Kind::Resolved, "Notes/Index.md", {}},
    {"md: URL", "https://example.com/Beta.md", "Notes/Index.md", true, Kind::Unresolved, "", {}},
    {"md: missing", "../Nope.md", "Notes/Index.md", true, Kind::Unresolved, "", {}},
};
// clang-format on

std::string path_of(int i) { return i < 0 ? "" : vault_files()[static_cast<std::size_t>(i)]; }

TEST(ResolverTable, AllCases) {
  LinkResolver r(vault_files());
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.what);
    LinkResolver::Result got =
        c.markdown ? r.resolve_markdown(c.target, c.from) : r.resolve(c.target, c.from);
    EXPECT_EQ(got.kind, c.kind) << "target '" << c.target << "' from " << c.from;
    EXPECT_EQ(path_of(got.file), c.file) << "target '" << c.target << "' from " << c.from;
    std::vector<std::string> cands;
    for (int i : got.candidates) cands.push_back(path_of(i));
    EXPECT_EQ(cands, c.candidates) << "target '" << c.target << "' from " << c.from;
  }
}

TEST(Resolver, EmptyVault) {
  LinkResolver r({});
  EXPECT_EQ(r.resolve("A", "B.md").kind, Kind::Unresolved);
  EXPECT_EQ(r.resolve("", "B.md").kind, Kind::Unresolved);
  EXPECT_EQ(r.resolve_markdown("A.md", "B.md").kind, Kind::Unresolved);
}

TEST(Resolver, NoteNamedLikeAnAttachment) {
  // `[[a.png]]` has a dot, so it is looked up as written first: the image
  // wins wherever the link is; `.md` is only tried when that finds nothing.
  LinkResolver r({"Img/a.png", "Notes/a.png.md"});
  EXPECT_EQ(r.resolve("a.png", "Notes/x.md").file, 0);
  EXPECT_EQ(r.resolve("a.png", "y.md").kind, Kind::Resolved);
  EXPECT_EQ(r.resolve("a.png.md", "y.md").file, 1);
  LinkResolver note_only({"Notes/a.png.md"});
  EXPECT_EQ(note_only.resolve("a.png", "y.md").file, 0);
}

TEST(Resolver, CaseVariantsInOneFolderAreAmbiguous) {
  LinkResolver r({"Goals/Note.md", "Goals/note.md"});
  auto got = r.resolve("NOTE", "x.md");
  EXPECT_EQ(got.kind, Kind::Ambiguous);
  EXPECT_EQ(got.file, 0);
  EXPECT_EQ(got.candidates, (std::vector<int>{0, 1}));
}

// The spec read a second way, for the generated vault below: no tables,
// every file looked at for every link, ASCII names only. Returns the files
// tied for the link (one when resolved, none when unresolved).
std::vector<std::string> spec_targets(const std::vector<std::string>& files, std::string target,
                                      const std::string& from) {
  auto lower = [](std::string x) {
    for (char& c : x) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return x;
  };
  auto base = [](const std::string& x) { return x.substr(x.rfind('/') + 1); };
  auto folder = [](const std::string& x) {
    const std::size_t slash = x.rfind('/');
    return slash == std::string::npos ? std::string() : x.substr(0, slash);
  };
  target = lower(target);
  std::vector<std::string> named;
  auto collect = [&] {
    named.clear();
    for (const std::string& f : files)
      if (lower(base(f)) == base(target)) named.push_back(f);
  };
  if (base(target).find('.') != std::string::npos) collect();
  if (named.empty()) {
    target += ".md";
    collect();
  }
  if (named.empty()) return {};
  if (target.find('/') == std::string::npos && named.size() == 1) return named;
  auto equal_to = [&](const std::string& path) {
    std::vector<std::string> out;
    for (const std::string& f : named)
      if (lower(f) == path) out.push_back(f);
    return out;
  };
  if (target.rfind("./", 0) == 0 || target.rfind("../", 0) == 0) {
    std::vector<std::string> dirs;
    std::string d = lower(folder(from));
    std::string rest = target;
    while (true) {
      if (rest.rfind("./", 0) == 0) {
        rest = rest.substr(2);
      } else if (rest.rfind("../", 0) == 0) {
        rest = rest.substr(3);
        d = folder(d);
      } else {
        break;
      }
    }
    if (auto hit = equal_to(d.empty() ? rest : d + "/" + rest); !hit.empty()) return hit;
  }
  const bool rooted = target[0] == '/';
  if (rooted) target = target.substr(1);
  if (auto hit = equal_to(target); !hit.empty()) return hit;
  if (rooted) return {};
  const std::string from_dir = lower(folder(from));
  std::vector<std::string> best;
  std::pair<int, std::size_t> best_rank;
  for (const std::string& f : named) {
    const std::string l = lower(f);
    if (l.size() < target.size() || l.compare(l.size() - target.size(), target.size(), target))
      continue;
    const std::pair<int, std::size_t> rank{l.rfind(from_dir, 0) == 0 ? 0 : 1, l.size()};
    if (best.empty() || rank < best_rank) {
      best = {f};
      best_rank = rank;
    } else if (rank == best_rank) {
      best.push_back(f);
    }
  }
  return best;
}

TEST(Resolver, AGeneratedVaultLandsWhereTheSpecSays) {
  // Folders that are prefixes and suffixes of each other, names that repeat
  // across them in every letter case, names with dots, attachments.
  const std::vector<std::string> folders = {"",         "a",      "ab",    "b/a", "proj",
                                            "projects", "x/proj", "a/b/c", "Ab/C"};
  const std::vector<std::string> names = {"n.md",    "N.md",  "note.md", "v1.2.md",
                                          "img.png", "n.png", "dex.md",  "index.md"};
  std::mt19937 rng(20261203);
  std::vector<std::string> files;
  for (const std::string& d : folders)
    for (const std::string& n : names)
      if (rng() % 3 != 0) files.push_back(d.empty() ? n : d + "/" + n);
  std::sort(files.begin(), files.end());
  files.erase(std::unique(files.begin(), files.end()), files.end());
  const LinkResolver r(files);

  const std::vector<std::string> stems = {"n",   "N",   "note",  "v1.2", "img.png", "n.png",
                                          "img", "dex", "index", "n.md", "missing"};
  const std::vector<std::string> ways = {"",      "a/",          "ab/",    "b/",   "proj/",
                                         "ects/", "/a/",         "/proj/", "../",  "./",
                                         "../a/", "../../proj/", "./../",  "a/b/", "c/"};
  int links = 0, ties = 0, unresolved = 0;
  for (const std::string& from_dir : folders) {
    const std::string from = from_dir.empty() ? "From.md" : from_dir + "/From.md";
    for (const std::string& way : ways) {
      for (const std::string& stem : stems) {
        const std::string target = way + stem;
        const std::vector<std::string> want = spec_targets(files, target, from);
        const LinkResolver::Result got = r.resolve(target, from);
        ++links;
        SCOPED_TRACE("[[" + target + "]] from " + from);
        if (want.empty()) {
          ++unresolved;
          EXPECT_EQ(got.kind, Kind::Unresolved);
          continue;
        }
        EXPECT_EQ(files[static_cast<std::size_t>(got.file)], want.front());
        if (want.size() == 1) {
          EXPECT_EQ(got.kind, Kind::Resolved);
          continue;
        }
        ++ties;
        EXPECT_EQ(got.kind, Kind::Ambiguous);
        std::vector<std::string> cands;
        for (int c : got.candidates) cands.push_back(files[static_cast<std::size_t>(c)]);
        EXPECT_EQ(cands, want);
      }
    }
  }
  // Every outcome is exercised, not only the easy one.
  EXPECT_EQ(links, 1485);
  EXPECT_GT(ties, 20) << ties;
  EXPECT_GT(unresolved, 100) << unresolved;
  EXPECT_GT(links - ties - unresolved, 400);
}

TEST(Resolver, ManyFiles) {
  // 100k notes, names unique but for "Shared" in every folder: the maps are
  // built once and each link only looks at its own name's bucket.
  std::vector<std::string> files;
  for (int d = 0; d < 1000; ++d) {
    for (int n = 0; n < 100; ++n) {
      files.push_back("F" + std::to_string(d) + "/Note " + std::to_string(d * 100 + n) + ".md");
    }
    files.push_back("F" + std::to_string(d) + "/Shared.md");
  }
  std::sort(files.begin(), files.end());
  LinkResolver r(files);
  int resolved = 0;
  for (int i = 0; i < 100000; ++i) {
    auto got = r.resolve("note " + std::to_string(i), "Elsewhere/x.md");
    if (got.kind == Kind::Resolved) ++resolved;
  }
  EXPECT_EQ(resolved, 100000);
  auto got = r.resolve("Shared", "F7/x.md");
  EXPECT_EQ(got.kind, Kind::Resolved);
  EXPECT_EQ(files[static_cast<std::size_t>(got.file)], "F7/Shared.md");
  got = r.resolve("Shared", "x.md");
  EXPECT_EQ(got.kind, Kind::Ambiguous);
  // From the root every file is "below"; F0 ... F9 have the shortest paths.
  EXPECT_EQ(got.candidates.size(), 10u);
  EXPECT_EQ(files[static_cast<std::size_t>(got.file)], "F0/Shared.md");
}

}  // namespace
}  // namespace goals
