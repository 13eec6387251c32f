// LinkResolver: Obsidian's link resolution, as one table of cases.
#include "goals/model/resolver.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace goals {
namespace {

// The vault every case resolves against (sorted, as Vault::files is).
const std::vector<std::string>& vault_files() {
  static const std::vector<std::string> files = [] {
    std::vector<std::string> f{
        "Aa/Delta.md",                  // same depth as B/Delta.md, one byte longer
        "Archive/Old/Beta.md",          // deeper than Beta.md
        "Attachments/img.png",          //
        "B/Delta.md",                   //
        "Beta.md",                      //
        "Deep/A/B/Gamma.md",            // deeper than X/Gamma.md
        "Dir/N.md",                     // exact path of [[Dir/N]]
        "Goals/Alpha.md",               // Alpha in two folders of equal depth and length
        "Goals/Sprint.md",              //
        "Goals/Über.md",                // non-ASCII letter case
        "Notes/Index.md",               //
        "Notes/My Note.md",             // Markdown links with spaces
        "Other Folder/Target Note.md",  //
        "Other/Dir/N.md",               // path suffix of [[Dir/N]]
        "Plans/Alpha.md",               //
        "Plans/Plan.md",                //
        "Reviews/R.md",                 //
        "Sub1/Sub/K.md",                // [[Sub/K]]: two suffix matches, equal depth
        "Sub2/Sub/K.md",                //
        "X/Gamma.md",                   //
        "XDir/N.md",                    // not a component-boundary match of Dir/N
        "diagram.excalidraw.md",        // a note whose name has a dot
        "readme.txt",                   // an attachment at the root
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

// clang-format off
const std::vector<Case> kCases = {
    // Same-folder preference.
    {"same folder wins (Goals)", "Alpha", "Goals/Sprint.md", false, Kind::Resolved, "Goals/Alpha.md", {}},
    {"same folder wins (Plans)", "Alpha", "Plans/Plan.md", false, Kind::Resolved, "Plans/Alpha.md", {}},
    // Ambiguity: same depth, different folders, linking note elsewhere.
    {"tie from elsewhere", "Alpha", "Reviews/R.md", false, Kind::Ambiguous, "Goals/Alpha.md",
     {"Goals/Alpha.md", "Plans/Alpha.md"}},
    {"tie from the root", "Alpha", "Beta.md", false, Kind::Ambiguous, "Goals/Alpha.md",
     {"Goals/Alpha.md", "Plans/Alpha.md"}},
    {"tie of path links", "Sub/K", "Reviews/R.md", false, Kind::Ambiguous, "Sub1/Sub/K.md",
     {"Sub1/Sub/K.md", "Sub2/Sub/K.md"}},
    {"path link's folder is not the note's folder", "Sub/K", "Sub1/x.md", false, Kind::Ambiguous,
     "Sub1/Sub/K.md", {"Sub1/Sub/K.md", "Sub2/Sub/K.md"}},
    {"full path breaks the tie", "Sub2/Sub/K", "Reviews/R.md", false, Kind::Resolved, "Sub2/Sub/K.md", {}},
    // Shortest path.
    {"root beats deeper", "Beta", "Reviews/R.md", false, Kind::Resolved, "Beta.md", {}},
    {"fewest components", "Gamma", "Reviews/R.md", false, Kind::Resolved, "X/Gamma.md", {}},
    {"same depth ties, whatever the length", "Delta", "Reviews/R.md", false, Kind::Ambiguous, "Aa/Delta.md",
     {"Aa/Delta.md", "B/Delta.md"}},
    {"same folder beats shorter", "Gamma", "Deep/A/B/y.md", false, Kind::Resolved, "Deep/A/B/Gamma.md", {}},
    {"a root note is an exact path, beating the same folder", "Beta", "Archive/Old/x.md", false, Kind::Resolved,
     "Beta.md", {}},
    // Exact vault path.
    {"exact path beats same folder", "Archive/Old/Beta", "Beta.md", false, Kind::Resolved, "Archive/Old/Beta.md", {}},
    {"exact path beats a suffix match", "Dir/N", "Other/Dir/x.md", false, Kind::Resolved, "Dir/N.md", {}},
    {"suffix path link", "Old/Beta", "Reviews/R.md", false, Kind::Resolved, "Archive/Old/Beta.md", {}},
    {"suffix on a component boundary only", "ir/N", "Reviews/R.md", false, Kind::Unresolved, "", {}},
    {"leading slash is the vault root", "/Dir/N", "Reviews/R.md", false, Kind::Resolved, "Dir/N.md", {}},
    {"exact path of a deeper file", "Other/Dir/N", "Reviews/R.md", false, Kind::Resolved, "Other/Dir/N.md", {}},
    // Case-insensitivity.
    {"lowercase target", "alpha", "Goals/Sprint.md", false, Kind::Resolved, "Goals/Alpha.md", {}},
    {"uppercase target", "BETA", "Reviews/R.md", false, Kind::Resolved, "Beta.md", {}},
    {"mixed-case path", "dIR/n.MD", "Reviews/R.md", false, Kind::Resolved, "Dir/N.md", {}},
    {"non-ASCII letters", "ÜBER", "Reviews/R.md", false, Kind::Resolved, "Goals/Über.md", {}},
    {"case of the linking note's folder", "Alpha", "goals/sprint.md", false, Kind::Resolved, "Goals/Alpha.md", {}},
    // .md optional for notes.
    {".md written", "Beta.md", "Reviews/R.md", false, Kind::Resolved, "Beta.md", {}},
    {".md written on a path link", "Dir/N.md", "Reviews/R.md", false, Kind::Resolved, "Dir/N.md", {}},
    {"dotted note name", "diagram.excalidraw", "Reviews/R.md", false, Kind::Resolved, "diagram.excalidraw.md", {}},
    // Attachments need their extension.
    {"attachment with extension", "img.png", "Reviews/R.md", false, Kind::Resolved, "Attachments/img.png", {}},
    {"attachment without extension", "img", "Reviews/R.md", false, Kind::Unresolved, "", {}},
    {"attachment with .md added", "img.png.md", "Reviews/R.md", false, Kind::Unresolved, "", {}},
    {"attachment path link", "Attachments/IMG.PNG", "Reviews/R.md", false, Kind::Resolved, "Attachments/img.png", {}},
    {"attachment at the root", "readme.txt", "Goals/Alpha.md", false, Kind::Resolved, "readme.txt", {}},
    // [[#H]]: the linking note itself; spaces trimmed; misses.
    {"heading-only link", "", "Goals/Sprint.md", false, Kind::Resolved, "Goals/Sprint.md", {}},
    {"heading-only link from an unknown note", "", "Nowhere.md", false, Kind::Unresolved, "", {}},
    {"spaces trimmed", "  Beta  ", "Reviews/R.md", false, Kind::Resolved, "Beta.md", {}},
    {"missing note", "Nope", "Reviews/R.md", false, Kind::Unresolved, "", {}},
    {"folder only", "Goals/", "Reviews/R.md", false, Kind::Unresolved, "", {}},
    // Markdown links: relative to the linking note's folder first.
    {"md: same folder, with spaces", "My Note.md", "Notes/Index.md", true, Kind::Resolved, "Notes/My Note.md", {}},
    {"md: ./", "./My Note.md", "Notes/Index.md", true, Kind::Resolved, "Notes/My Note.md", {}},
    {"md: ../ into a folder with a space", "../Other Folder/Target Note.md", "Notes/Index.md", true,
     Kind::Resolved, "Other Folder/Target Note.md", {}},
    {"md: .md optional", "My Note", "Notes/Index.md", true, Kind::Resolved, "Notes/My Note.md", {}},
    {"md: relative beats shortest", "Beta.md", "Archive/Old/x.md", true, Kind::Resolved, "Archive/Old/Beta.md", {}},
    {"md: ../.. to the root", "../../Beta.md", "Archive/Old/x.md", true, Kind::Resolved, "Beta.md", {}},
    {"md: above the root falls back to a wiki target", "../../../Beta.md", "Notes/Index.md", true,
     Kind::Resolved, "Beta.md", {}},
    {"md: not relative falls back to a wiki target", "Target Note.md", "Notes/Index.md", true,
     Kind::Resolved, "Other Folder/Target Note.md", {}},
    {"md: vault-absolute", "/Dir/N.md", "Other/Dir/x.md", true, Kind::Resolved, "Dir/N.md", {}},
    {"md: attachment relative", "../Attachments/img.png", "Notes/Index.md", true, Kind::Resolved,
     "Attachments/img.png", {}},
    {"md: case-insensitive", "../beta.MD", "Notes/Index.md", true, Kind::Resolved, "Beta.md", {}},
    {"md: fallback can be ambiguous", "Alpha.md", "Reviews/R.md", true, Kind::Ambiguous, "Goals/Alpha.md",
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
  // `[[a.png]]` finds both the image and a note called "a.png": .md stays
  // optional for notes, so both match and the usual ranking decides.
  LinkResolver r({"Img/a.png", "Notes/a.png.md"});
  EXPECT_EQ(r.resolve("a.png", "Notes/x.md").file, 1);  // the linking note's folder
  EXPECT_EQ(r.resolve("a.png", "Img/y.md").file, 0);
  // Same depth elsewhere: a tie, reported, and the first path is used.
  EXPECT_EQ(r.resolve("a.png", "y.md").kind, Kind::Ambiguous);
  EXPECT_EQ(r.resolve("a.png", "y.md").file, 0);
  LinkResolver root({"Notes/a.png.md", "a.png"});
  EXPECT_EQ(root.resolve("a.png", "Notes/x.md").file, 1);  // the exact vault path
}

TEST(Resolver, CaseVariantsInOneFolderAreAmbiguous) {
  LinkResolver r({"Goals/Note.md", "Goals/note.md"});
  auto got = r.resolve("NOTE", "x.md");
  EXPECT_EQ(got.kind, Kind::Ambiguous);
  EXPECT_EQ(got.file, 0);
  EXPECT_EQ(got.candidates, (std::vector<int>{0, 1}));
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
  EXPECT_EQ(got.candidates.size(), 1000u);  // all at the same depth: a tie
}

}  // namespace
}  // namespace goals
