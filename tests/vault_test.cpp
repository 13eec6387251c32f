// The vault loader: finding the root, scanning, loading and linking notes.
#include "goals/model/vault.h"
#include "goals/io/memory_filesystem.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace goals {
namespace {

using Strings = std::vector<std::string>;

const Diagnostic* find_diag(const Diagnostics& ds, std::string_view rule, std::string_view path) {
  for (const auto& d : ds) {
    if (d.rule == rule && d.path == path) return &d;
  }
  return nullptr;
}

std::size_t count_rule(const Diagnostics& ds, std::string_view rule) {
  return static_cast<std::size_t>(
      std::count_if(ds.begin(), ds.end(), [&](const Diagnostic& d) { return d.rule == rule; }));
}

// ---------------------------------------------------------------------------
// find_vault_root

TEST(VaultRoot, FlagWins) {
  MemoryFileSystem fs("/home/me/work");
  fs.add_dir("/home/me/work/vault");
  fs.add_dir("/home/me/work/.obsidian");
  EXPECT_EQ(find_vault_root(fs, std::string("vault"), std::string("/env")), "/home/me/work/vault");
  EXPECT_EQ(find_vault_root(fs, std::string("/abs/./x//y/.."), std::nullopt), "/abs/x");
  EXPECT_EQ(find_vault_root(fs, std::string("../work/vault/"), std::nullopt),
            "/home/me/work/vault");
}

TEST(VaultRoot, EnvWhenNoFlag) {
  MemoryFileSystem fs("/home/me");
  fs.add_dir("/data/vault");
  fs.add_dir("/home/me/.obsidian");
  EXPECT_EQ(find_vault_root(fs, std::nullopt, std::string("/data/vault")), "/data/vault");
  EXPECT_EQ(find_vault_root(fs, std::nullopt, std::string("rel")), "/home/me/rel");
  // An empty value counts as unset.
  EXPECT_EQ(find_vault_root(fs, std::string(""), std::string("")), "/home/me");
}

TEST(VaultRoot, ObsidianFolderFoundWalkingUp) {
  MemoryFileSystem fs("/home/me/vault/Goals/Deep");
  fs.add_dir("/home/me/vault/Goals/Deep");
  fs.add_dir("/home/me/vault/.obsidian");
  fs.add_dir("/home/.obsidian");  // an outer one is not reached
  EXPECT_EQ(find_vault_root(fs, std::nullopt, std::nullopt), "/home/me/vault");
}

TEST(VaultRoot, ObsidianMustBeAFolder) {
  MemoryFileSystem fs("/w/a");
  fs.add_dir("/w/a");
  fs.add_file("/w/a/.obsidian", "not a folder");
  fs.add_dir("/.obsidian");
  EXPECT_EQ(find_vault_root(fs, std::nullopt, std::nullopt), "/");
}

TEST(VaultRoot, GoalsYamlFound) {
  MemoryFileSystem fs("/w/a/b");
  fs.add_dir("/w/a/b");
  fs.add_file("/w/.goals.yaml", "stale_after_days: 30\n");
  EXPECT_EQ(find_vault_root(fs, std::nullopt, std::nullopt), "/w");
}

TEST(VaultRoot, NearestMarkerWins) {
  MemoryFileSystem fs("/w/a/b");
  fs.add_dir("/w/a/b");
  fs.add_file("/w/a/.goals.yaml", "");
  fs.add_dir("/w/.obsidian");
  EXPECT_EQ(find_vault_root(fs, std::nullopt, std::nullopt), "/w/a");
}

TEST(VaultRoot, NeverFallsBackToTheWorkingDir) {
  MemoryFileSystem fs("/nothing/here");
  fs.add_dir("/nothing/here");
  fs.add_file("/nothing/here/note.md", "# a note\n");
  EXPECT_EQ(find_vault_root(fs, std::nullopt, std::nullopt), std::nullopt);
  // An empty flag or variable counts as unset.
  EXPECT_EQ(find_vault_root(fs, std::string(""), std::string("")), std::nullopt);
}

TEST(VaultRoot, ResolvesSymlinks) {
  MemoryFileSystem fs("/home/me/link/Goals");
  fs.add_dir("/data/vault/Goals");
  fs.add_dir("/data/vault/.obsidian");
  fs.add_symlink("/home/me/link", "/data/vault");
  EXPECT_EQ(find_vault_root(fs, std::nullopt, std::nullopt), "/data/vault");
  EXPECT_EQ(find_vault_root(fs, std::string("/home/me/link"), std::nullopt), "/data/vault");
}

// ---------------------------------------------------------------------------
// scan_vault

TEST(VaultScan, SkipsDotEntriesAndSorts) {
  MemoryFileSystem fs;
  fs.add_file("/v/.obsidian/app.json", "{}");
  fs.add_file("/v/.trash/old.md", "");
  fs.add_file("/v/.git/HEAD", "");
  fs.add_file("/v/.goals/cache.md", "");
  fs.add_file("/v/.hidden.md", "");
  fs.add_file("/v/Goals/.DS_Store", "");
  fs.add_file("/v/Goals/b.md", "");
  fs.add_file("/v/Goals/B.md", "");
  fs.add_file("/v/Goals/Sub/c.md", "");
  fs.add_file("/v/A.md", "");
  fs.add_file("/v/img.PNG", "");
  fs.add_file("/v/Upper.MD", "");
  fs.add_dir("/v/Empty");
  Diagnostics ds;
  EXPECT_EQ(scan_vault(fs, "/v", Config{}, &ds),
            (Strings{"A.md", "Goals/B.md", "Goals/Sub/c.md", "Goals/b.md", "Upper.MD", "img.PNG"}));
  EXPECT_TRUE(ds.empty());
}

TEST(VaultScan, IgnoreGlobs) {
  MemoryFileSystem fs;
  fs.add_file("/v/Archive/x.md", "");
  fs.add_file("/v/Archive/deep/y.md", "");
  fs.add_dir("/v/Archive/locked");
  fs.add_unreadable("/v/Archive/locked");  // never listed: no diagnostic
  fs.add_file("/v/Notes/n.md", "");
  fs.add_file("/v/Notes/a.tmp", "");
  fs.add_file("/v/Notes/sub/b.tmp", "");
  fs.add_file("/v/Templates/t.md", "");
  fs.add_file("/v/Drafts/d.md", "");
  fs.add_file("/v/Drafts/keep.png", "");
  fs.add_file("/v/Drafts/sub/e.md", "");
  fs.add_file("/v/Deep/Templates/u.md", "");
  Config config;
  config.ignore = {"Archive/**", "**/*.tmp", "Templates", "Drafts/*.md"};
  Diagnostics ds;
  EXPECT_EQ(scan_vault(fs, "/v", config, &ds),
            (Strings{"Deep/Templates/u.md", "Drafts/keep.png", "Drafts/sub/e.md", "Notes/n.md"}));
  EXPECT_TRUE(ds.empty());
}

TEST(VaultScan, Symlinks) {
  MemoryFileSystem fs;
  fs.add_file("/v/Real/n.md", "");
  fs.add_file("/v/Z_real/z.md", "");
  fs.add_file("/v/.store/lib/x.md", "");
  fs.add_file("/elsewhere/secret.md", "");
  fs.add_symlink("/v/alias.md", "Real/n.md");  // a file inside: followed
  fs.add_symlink("/v/Linked", ".store/lib");   // a folder inside: followed
  fs.add_symlink("/v/A_link", "Z_real");       // a folder also listed directly
  fs.add_symlink("/v/Real/loop", "..");        // a loop to the root
  fs.add_symlink("/v/Real/loop2", "../Real");  // a loop to its own folder
  fs.add_symlink("/v/out", "/elsewhere");      // leaves the vault
  fs.add_symlink("/v/secret.md", "../elsewhere/secret.md");
  fs.add_symlink("/v/dead.md", "missing.md");  // dangling
  fs.add_symlink("/v/l1", "l2");               // a loop of links
  fs.add_symlink("/v/l2", "l1");
  Diagnostics ds;
  EXPECT_EQ(scan_vault(fs, "/v", Config{}, &ds),
            (Strings{"Linked/x.md", "Real/n.md", "Z_real/z.md", "alias.md"}));

  ASSERT_EQ(ds.size(), 5u);
  for (const auto& d : ds) {
    EXPECT_EQ(d.rule, "skipped-symlink");
    EXPECT_EQ(d.severity, Severity::Info);
    EXPECT_EQ(d.line, 0);
  }
  const Diagnostic* out = find_diag(ds, "skipped-symlink", "out");
  ASSERT_NE(out, nullptr);
  EXPECT_EQ(out->message,
            "symlink to '/elsewhere' leads outside the vault (/elsewhere); not followed");
  const Diagnostic* secret = find_diag(ds, "skipped-symlink", "secret.md");
  ASSERT_NE(secret, nullptr);
  EXPECT_EQ(secret->message,
            "symlink to '../elsewhere/secret.md' leads outside the vault (/elsewhere/secret.md); "
            "not followed");
  const Diagnostic* dead = find_diag(ds, "skipped-symlink", "dead.md");
  ASSERT_NE(dead, nullptr);
  EXPECT_EQ(dead->message,
            "symlink to 'missing.md' does not resolve (missing target or a symlink loop); not "
            "followed");
  EXPECT_NE(find_diag(ds, "skipped-symlink", "l1"), nullptr);
  EXPECT_NE(find_diag(ds, "skipped-symlink", "l2"), nullptr);
}

TEST(VaultScan, VaultRootBehindASymlink) {
  MemoryFileSystem fs;
  fs.add_file("/data/vault/Goals/g.md", "");
  fs.add_symlink("/data/vault/Goals/link.md", "/data/vault/Goals/g.md");  // absolute, inside
  fs.add_symlink("/home/v", "/data/vault");
  Diagnostics ds;
  EXPECT_EQ(scan_vault(fs, "/home/v", Config{}, &ds), (Strings{"Goals/g.md", "Goals/link.md"}));
  EXPECT_TRUE(ds.empty());
}

TEST(VaultScan, UnreadableFolderDoesNotStopTheScan) {
  MemoryFileSystem fs;
  fs.add_file("/v/A.md", "");
  fs.add_file("/v/Private/p.md", "");
  fs.add_unreadable("/v/Private");
  fs.add_file("/v/Z/z.md", "");
  Diagnostics ds;
  EXPECT_EQ(scan_vault(fs, "/v", Config{}, &ds), (Strings{"A.md", "Z/z.md"}));
  ASSERT_EQ(ds.size(), 1u);
  EXPECT_EQ(ds[0].rule, "unreadable");
  EXPECT_EQ(ds[0].severity, Severity::Error);
  EXPECT_EQ(ds[0].path, "Private");
  EXPECT_EQ(ds[0].message, "cannot read folder: Permission denied; its files are left out");
}

TEST(VaultScan, MissingRoot) {
  MemoryFileSystem fs;
  Diagnostics ds;
  EXPECT_TRUE(scan_vault(fs, "/nope", Config{}, &ds).empty());
  ASSERT_EQ(ds.size(), 1u);
  EXPECT_EQ(ds[0].rule, "unreadable");
  EXPECT_EQ(ds[0].path, ".");
}

TEST(VaultScan, DeepTreeNeedsNoRecursion) {
  MemoryFileSystem fs;
  std::string p = "/v";
  for (int i = 0; i < 200; ++i) p += "/d";
  fs.add_file(p + "/deep.md", "");
  Diagnostics ds;
  auto files = scan_vault(fs, "/v", Config{}, &ds);
  ASSERT_EQ(files.size(), 1u);
  EXPECT_EQ(files[0].size(), 200u * 2 + 7);
}

TEST(VaultScan, RealDiskWithLoops) {
  const char* tmp = std::getenv("TMPDIR");
  std::string tmpl = std::string(tmp && *tmp ? tmp : "/tmp") + "/goals-vault-XXXXXX";
  ASSERT_NE(::mkdtemp(tmpl.data()), nullptr);
  const std::string root = std::filesystem::canonical(tmpl).string();
  namespace fsys = std::filesystem;
  fsys::create_directories(root + "/a/b");
  fsys::create_directories(root + "/.obsidian");
  std::ofstream(root + "/a/b/n.md") << "# N\n";
  std::ofstream(root + "/top.md") << "top\n";
  std::ofstream(root + "/.obsidian/app.json") << "{}";
  ASSERT_EQ(::symlink("..", (root + "/a/loop").c_str()), 0);
  ASSERT_EQ(::symlink("/", (root + "/a/b/out").c_str()), 0);
  ASSERT_EQ(::symlink("nope.md", (root + "/dead.md").c_str()), 0);

  RealFileSystem fs;
  Diagnostics ds;
  auto files = scan_vault(fs, root, Config{}, &ds);
  EXPECT_EQ(files, (Strings{"a/b/n.md", "top.md"}));
  EXPECT_EQ(count_rule(ds, "skipped-symlink"), 2u);
  EXPECT_NE(find_diag(ds, "skipped-symlink", "a/b/out"), nullptr);
  EXPECT_NE(find_diag(ds, "skipped-symlink", "dead.md"), nullptr);

  // The whole loader on the real disk too.
  Vault v = load_vault(fs, root, Config{}, LoadOptions{});
  EXPECT_EQ(v.root, root);
  ASSERT_EQ(v.notes.size(), 2u);
  EXPECT_EQ(v.notes[0].path, "a/b/n.md");
  std::error_code ec;
  fsys::remove_all(root, ec);
}

// ---------------------------------------------------------------------------
// load_vault

MemoryFileSystem sample_vault() {
  MemoryFileSystem fs;
  fs.add_file("/v/.obsidian/app.json", "{}");
  fs.add_file("/v/Vision.md", "---\ntype: vision\n---\n# My vision\n");
  fs.add_file(
      "/v/Goals/Alpha.md",
      "---\ntype: goal\nparent: \"[[Vision]]\"\n---\nSee [[Beta]] and [[#Plan]].\n\n## Plan\n");
  fs.add_file("/v/Goals/Beta.md", "---\ntype: goal\n---\nBack to [[Alpha]] and [[Missing]].\n");
  fs.add_file("/v/Plans/Alpha.md", "A plain note.\n");
  fs.add_file("/v/Reviews/R.md", "Link [[Alpha]] here.\n");
  fs.add_file("/v/Sprints/S.md",
              "---\ntype: sprint\ngoals:\n  - \"[[Goals/Alpha]]\"\n---\n[beta](../Goals/Beta.md) "
              "![[img.png]]\n");
  fs.add_file("/v/img.png", "\x89PNG");
  fs.add_file("/v/big.md", std::string(2000, 'x'));
  fs.add_unreadable("/v/locked.md");
  return fs;
}

int file_index(const Vault& v, const std::string& path) {
  auto it = std::find(v.files.begin(), v.files.end(), path);
  return it == v.files.end() ? -1 : static_cast<int>(it - v.files.begin());
}

std::string note_path_of(const Vault& v, const Link& l) {
  int n = v.note_of(l);
  return n < 0 ? "" : v.notes[static_cast<std::size_t>(n)].path;
}

TEST(VaultLoad, NotesLinksAndBacklinks) {
  MemoryFileSystem fs = sample_vault();
  LoadOptions opts;
  opts.max_note_bytes = 1000;
  opts.threads = 1;
  Vault v = load_vault(fs, "/v", Config{}, opts);

  EXPECT_EQ(v.root, "/v");
  EXPECT_EQ(v.files, (Strings{"Goals/Alpha.md", "Goals/Beta.md", "Plans/Alpha.md", "Reviews/R.md",
                              "Sprints/S.md", "Vision.md", "big.md", "img.png", "locked.md"}));
  Strings paths;
  for (const Note& n : v.notes) paths.push_back(n.path);
  ASSERT_EQ(paths, (Strings{"Goals/Alpha.md", "Goals/Beta.md", "Plans/Alpha.md", "Reviews/R.md",
                            "Sprints/S.md", "Vision.md"}));
  EXPECT_EQ(v.note_of_file, (std::vector<int>{0, 1, 2, 3, 4, 5, -1, -1, -1}));

  const Note& alpha = v.notes[0];
  EXPECT_EQ(alpha.type, NoteType::Goal);
  ASSERT_EQ(alpha.body.links.size(), 2u);
  EXPECT_EQ(alpha.body.links[0].state, Link::State::Resolved);
  EXPECT_EQ(note_path_of(v, alpha.body.links[0]), "Goals/Beta.md");
  EXPECT_EQ(alpha.body.links[1].state, Link::State::Resolved);  // [[#Plan]]: itself
  EXPECT_EQ(note_path_of(v, alpha.body.links[1]), "Goals/Alpha.md");
  ASSERT_EQ(alpha.parents.size(), 1u);
  EXPECT_EQ(alpha.parents[0].state, Link::State::Resolved);
  EXPECT_EQ(note_path_of(v, alpha.parents[0]), "Vision.md");

  const Note& beta = v.notes[1];
  ASSERT_EQ(beta.body.links.size(), 2u);
  EXPECT_EQ(note_path_of(v, beta.body.links[0]), "Goals/Alpha.md");  // its own folder
  EXPECT_EQ(beta.body.links[1].state, Link::State::Unresolved);
  EXPECT_EQ(beta.body.links[1].file, -1);

  const Note& review = v.notes[3];
  ASSERT_EQ(review.body.links.size(), 1u);
  EXPECT_EQ(review.body.links[0].state, Link::State::Ambiguous);
  EXPECT_EQ(note_path_of(v, review.body.links[0]), "Goals/Alpha.md");

  const Note& sprint = v.notes[4];
  ASSERT_EQ(sprint.goals.size(), 1u);
  EXPECT_EQ(note_path_of(v, sprint.goals[0]), "Goals/Alpha.md");
  ASSERT_EQ(sprint.body.links.size(), 2u);
  EXPECT_TRUE(sprint.body.links[0].markdown);
  EXPECT_EQ(note_path_of(v, sprint.body.links[0]), "Goals/Beta.md");
  EXPECT_EQ(sprint.body.links[1].state, Link::State::Resolved);  // an attachment
  EXPECT_EQ(sprint.body.links[1].file, file_index(v, "img.png"));
  EXPECT_EQ(v.note_of(sprint.body.links[1]), -1);

  // Backlinks: sorted, unique, self-links left out.
  ASSERT_EQ(v.backlinks.size(), 6u);
  EXPECT_EQ(v.backlinks[0], (std::vector<int>{1, 3, 4}));  // Alpha <- Beta, R (ambiguous), S
  EXPECT_EQ(v.backlinks[1], (std::vector<int>{0, 4}));     // Beta <- Alpha, S
  EXPECT_EQ(v.backlinks[2], (std::vector<int>{}));
  EXPECT_EQ(v.backlinks[5], (std::vector<int>{0}));  // Vision <- Alpha

  EXPECT_EQ(v.find_note("Goals/Alpha"), 0);
  EXPECT_EQ(v.find_note("goals/alpha.MD"), 0);
  EXPECT_EQ(v.find_note("Plans/Alpha.md"), 2);
  EXPECT_EQ(v.find_note("Beta"), 1);
  EXPECT_EQ(v.find_note("[[Vision|the vision]]"), 5);
  EXPECT_EQ(v.find_note("Alpha"), 0);  // ambiguous: the first by path
  EXPECT_EQ(v.find_note("Nope"), -1);
  EXPECT_EQ(v.find_note("img.png"), -1);  // not a note
  EXPECT_EQ(v.find_note("big"), -1);
  EXPECT_EQ(v.find_note(""), -1);
}

TEST(VaultLoad, LoadDiagnostics) {
  MemoryFileSystem fs = sample_vault();
  LoadOptions opts;
  opts.max_note_bytes = 1000;
  Vault v = load_vault(fs, "/v", Config{}, opts);

  const Diagnostic* amb = find_diag(v.diagnostics, "ambiguous-link", "Reviews/R.md");
  ASSERT_NE(amb, nullptr);
  EXPECT_EQ(amb->severity, Severity::Warning);
  EXPECT_EQ(amb->line, 1);
  EXPECT_EQ(amb->column, 6);
  EXPECT_EQ(amb->message,
            "[[Alpha]] matches 2 notes equally: Goals/Alpha.md, Plans/Alpha.md; Obsidian opens "
            "whichever it read first from disk, goals uses Goals/Alpha.md (the first by path)");
  EXPECT_EQ(amb->help, "Write the folder in the link: [[Goals/Alpha]] or [[Plans/Alpha]].");
  EXPECT_EQ(count_rule(v.diagnostics, "ambiguous-link"), 1u);

  const Diagnostic* big = find_diag(v.diagnostics, "file-too-large", "big.md");
  ASSERT_NE(big, nullptr);
  EXPECT_EQ(big->severity, Severity::Error);
  EXPECT_EQ(big->line, 0);

  const Diagnostic* locked = find_diag(v.diagnostics, "unreadable", "locked.md");
  ASSERT_NE(locked, nullptr);
  EXPECT_EQ(locked->severity, Severity::Error);
  EXPECT_EQ(locked->line, 0);
  EXPECT_EQ(locked->message, "cannot read note: Permission denied");

  // Unresolved links are lint's business, not the loader's.
  for (const auto& d : v.diagnostics) EXPECT_NE(d.path, "Goals/Beta.md") << d.message;
  EXPECT_TRUE(
      std::is_sorted(v.diagnostics.begin(), v.diagnostics.end(),
                     [](const Diagnostic& a, const Diagnostic& b) { return a.path < b.path; }));
}

TEST(VaultLoad, AmbiguousMarkdownAndPropertyLinks) {
  MemoryFileSystem fs;
  fs.add_file("/v/A b/X.md", "");
  fs.add_file("/v/B c/X.md", "");
  fs.add_file("/v/N.md", "---\nparent: \"[[X]]\"\n---\n[the x](X.md)\n");
  Vault v = load_vault(fs, "/v", Config{}, LoadOptions{});
  ASSERT_EQ(v.notes.size(), 3u);
  const Note& n = v.notes[2];
  ASSERT_EQ(n.body.links.size(), 1u);
  EXPECT_EQ(n.body.links[0].state, Link::State::Ambiguous);
  ASSERT_EQ(n.parents.size(), 1u);
  EXPECT_EQ(n.parents[0].state, Link::State::Ambiguous);
  EXPECT_EQ(v.backlinks[0], (std::vector<int>{2}));  // "A b/X.md", the first by path
  EXPECT_EQ(v.backlinks[1], (std::vector<int>{}));

  ASSERT_EQ(count_rule(v.diagnostics, "ambiguous-link"), 2u);
  const Diagnostic& prop = v.diagnostics[0];  // line 2, before the body's line 4
  EXPECT_EQ(prop.line, 2);
  EXPECT_EQ(prop.message,
            "[[X]] matches 2 notes equally: A b/X.md, B c/X.md; Obsidian opens whichever it read "
            "first from disk, goals uses A b/X.md (the first by path)");
  EXPECT_EQ(prop.help, "Write the folder in the link: [[A b/X]] or [[B c/X]].");
  const Diagnostic& md = v.diagnostics[1];
  EXPECT_EQ(md.line, 4);
  EXPECT_EQ(md.column, 1);
  EXPECT_EQ(md.message,
            "[the x](X.md) matches 2 notes equally: A b/X.md, B c/X.md; Obsidian opens whichever "
            "it read first from disk, goals uses A b/X.md (the first by path)");
  EXPECT_EQ(md.help,
            "Write the vault path in the link: [the x](A%20b/X.md) or [the x](B%20c/X.md).");
}

TEST(VaultLoad, RelativePropertyLinksAndBacklinksFollowObsidian) {
  // The cases: from a note in P/, [[Note3]] is P/sub/Note3.md (below
  // its folder) and not the shorter X/Note3.md; a property link may climb
  // with ../; backlinks go where the links went.
  MemoryFileSystem fs;
  fs.add_file("/v/P/sub/Note3.md", "");
  fs.add_file("/v/X/Note3.md", "");
  fs.add_file("/v/Sprints/2026-Q4.md", "");
  fs.add_file("/v/Old/Sprints/2026-Q4.md", "");
  fs.add_file("/v/P/Plan.md", "---\nsprint: \"[[../Sprints/2026-Q4]]\"\n---\n[[Note3]]\n");
  Vault v = load_vault(fs, "/v", Config{}, LoadOptions{});
  const int plan = v.find_note("P/Plan.md");
  ASSERT_GE(plan, 0);
  const Note& n = v.notes[plan];
  ASSERT_TRUE(n.sprint.has_value());
  EXPECT_EQ(v.note_of(*n.sprint), v.find_note("Sprints/2026-Q4.md"));
  EXPECT_EQ(v.backlinks[v.find_note("Sprints/2026-Q4.md")], (std::vector<int>{plan}));
  EXPECT_EQ(v.backlinks[v.find_note("Old/Sprints/2026-Q4.md")], (std::vector<int>{}));
  EXPECT_EQ(v.backlinks[v.find_note("P/sub/Note3.md")], (std::vector<int>{plan}));
  EXPECT_EQ(v.backlinks[v.find_note("X/Note3.md")], (std::vector<int>{}));
  EXPECT_EQ(count_rule(v.diagnostics, "ambiguous-link"), 0u);
}

TEST(VaultLoad, DefaultSizeLimitIs8MiB) {
  MemoryFileSystem fs;
  fs.add_file("/v/ok.md", std::string(8 * 1024 * 1024, 'a'));
  fs.add_file("/v/big.md", std::string(8 * 1024 * 1024 + 1, 'a'));
  Vault v = load_vault(fs, "/v", Config{}, LoadOptions{});
  ASSERT_EQ(v.notes.size(), 1u);
  EXPECT_EQ(v.notes[0].path, "ok.md");
  const Diagnostic* big = find_diag(v.diagnostics, "file-too-large", "big.md");
  ASSERT_NE(big, nullptr);
  EXPECT_EQ(big->message, "note is larger than 8 MiB; not read");
}

TEST(VaultLoad, EmptyVault) {
  MemoryFileSystem fs;
  fs.add_dir("/v");
  Vault v = load_vault(fs, "/v", Config{}, LoadOptions{});
  EXPECT_TRUE(v.files.empty());
  EXPECT_TRUE(v.notes.empty());
  EXPECT_TRUE(v.backlinks.empty());
  EXPECT_TRUE(v.diagnostics.empty());
  EXPECT_EQ(v.find_note("x"), -1);
}

// Everything a load produced that the loader decides, as text.
std::string dump(const Vault& v) {
  std::ostringstream o;
  for (const auto& f : v.files) o << "file " << f << "\n";
  for (int i : v.note_of_file) o << i << " ";
  o << "\n";
  for (std::size_t i = 0; i < v.notes.size(); ++i) {
    const Note& n = v.notes[i];
    o << "note " << n.path << " " << n.title << "\n";
    auto links = [&](const std::vector<Link>& ls) {
      for (const Link& l : ls) {
        o << "  " << l.target << " " << static_cast<int>(l.state) << " " << l.file << "\n";
      }
    };
    links(n.body.links);
    links(n.parents);
    links(n.goals);
    o << "  backlinks";
    for (int b : v.backlinks[i]) o << " " << b;
    o << "\n";
  }
  for (const auto& d : v.diagnostics) {
    o << d.rule << "|" << static_cast<int>(d.severity) << "|" << d.path << "|" << d.line << "|"
      << d.column << "|" << d.end_line << "|" << d.end_column << "|" << d.message << "|" << d.help
      << "\n";
  }
  return o.str();
}

TEST(VaultLoad, ThreadCountDoesNotChangeTheResult) {
  MemoryFileSystem fs = sample_vault();
  // Plenty of notes, with links between them, ambiguous names, broken front
  // matter and oversized files spread through the list.
  for (int i = 0; i < 300; ++i) {
    std::string folder = "F" + std::to_string(i % 7);
    std::string body = "---\ntype: goal\nparent: \"[[Note " + std::to_string((i + 1) % 300) +
                       "]]\"\n---\n# Note " + std::to_string(i) + "\n[[Note " +
                       std::to_string((i * 7) % 300) + "]] [[Same]] [[Missing " +
                       std::to_string(i) + "]]\n";
    if (i % 13 == 0) body = "---\n: [broken\n---\n[[Same]]\n";
    if (i % 29 == 0) body = std::string(1200, 'y');
    fs.add_file("/v/" + folder + "/Note " + std::to_string(i) + ".md", body);
  }
  for (int i = 0; i < 7; ++i) fs.add_file("/v/D" + std::to_string(i) + "/Same.md", "same\n");

  LoadOptions one;
  one.max_note_bytes = 1000;
  one.threads = 1;
  LoadOptions two = one;
  two.threads = 2;
  LoadOptions many = one;
  many.threads = 8;
  const std::string a = dump(load_vault(fs, "/v", Config{}, one));
  EXPECT_EQ(a, dump(load_vault(fs, "/v", Config{}, two)));
  EXPECT_EQ(a, dump(load_vault(fs, "/v", Config{}, many)));
  EXPECT_EQ(a, dump(load_vault(fs, "/v", Config{}, LoadOptions{1000, 0})));  // one per core
  EXPECT_NE(a.find("ambiguous-link"), std::string::npos);
  EXPECT_NE(a.find("file-too-large"), std::string::npos);
}

}  // namespace
}  // namespace goals
