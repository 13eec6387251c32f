// Links in the notes goals writes: NoteLinker with each New link format and
// link style, and the path helpers it writes them with.
#include "goals/passes/note_links.h"

#include <gtest/gtest.h>

#include <string>

#include "goals/parse/note.h"
#include "loaded_vault.h"

namespace goals {
namespace {

/// A vault with a unique name with spaces, a name two notes share, a note in
/// the root and names Markdown links must encode or escape.
Loaded sample_vault() {
  return load_files({
      {"Goals/Lead a team.md", "# Lead a team\n"},
      {"Goals/Same.md", "# the goal\n"},
      {"Archive/Same.md", "# an old note\n"},
      {"Root.md", "# in the root\n"},
      {"Goals/C# 50% Größe.md", "# hostile\n"},
      {"Goals/snake_case [draft].md", "# escaped\n"},
  });
}

struct Links {
  std::string property, body;
};

/// The property and body links to `to`, written in the note `from`.
Links links(const Loaded& l, const std::string& from, NewLinkFormat format, bool markdown,
            const std::string& to) {
  const NoteLinker linker(*l.vault, from, LinkSettings{format, markdown});
  const int note = l.vault->find_note(to);
  EXPECT_GE(note, 0) << to;
  return {linker.property_link(note), linker.body_link(note)};
}

void expect_links(const Links& got, const std::string& property, const std::string& body) {
  EXPECT_EQ(got.property, property);
  EXPECT_EQ(got.body, body);
}

constexpr const char* kSprint = "Sprints/2027-Q1.md";

// --- shortest --------------------------------------------------------------

TEST(NoteLinker, ShortestWikilinksNameAUniqueNoteAndGiveTheSharedOneItsPath) {
  const Loaded l = sample_vault();
  const auto at = [&](const std::string& to) {
    return links(l, kSprint, NewLinkFormat::Shortest, false, to);
  };
  expect_links(at("Goals/Lead a team.md"), "[[Lead a team]]", "[[Lead a team]]");
  expect_links(at("Goals/Same.md"), "[[Goals/Same]]", "[[Goals/Same]]");
  expect_links(at("Archive/Same.md"), "[[Archive/Same]]", "[[Archive/Same]]");
  expect_links(at("Root.md"), "[[Root]]", "[[Root]]");
  expect_links(at("Goals/C# 50% Größe.md"), "[[C# 50% Größe]]", "[[C# 50% Größe]]");
}

TEST(NoteLinker, ShortestMarkdownLinksKeepTheExtensionAndEncodeSpaces) {
  const Loaded l = sample_vault();
  const auto at = [&](const std::string& to) {
    return links(l, kSprint, NewLinkFormat::Shortest, true, to);
  };
  // Properties stay wikilinks: Obsidian's Properties read no Markdown links.
  expect_links(at("Goals/Lead a team.md"), "[[Lead a team]]", "[Lead a team](Lead%20a%20team.md)");
  expect_links(at("Goals/Same.md"), "[[Goals/Same]]", "[Same](Goals/Same.md)");
  expect_links(at("Root.md"), "[[Root]]", "[Root](Root.md)");
  // `#`, `%` and non-ASCII letters are written as they are, as Obsidian does.
  expect_links(at("Goals/C# 50% Größe.md"), "[[C# 50% Größe]]",
               "[C# 50% Größe](C#%2050%%20Größe.md)");
  expect_links(at("Goals/snake_case [draft].md"), "[[snake_case [draft]]]",
               "[snake\\_case \\[draft\\]](snake_case%20[draft].md)");
}

// --- relative --------------------------------------------------------------

TEST(NoteLinker, RelativeWikilinksStartFromTheWrittenNotesFolder) {
  const Loaded l = sample_vault();
  const auto at = [&](const std::string& from, const std::string& to) {
    return links(l, from, NewLinkFormat::Relative, false, to);
  };
  // A sibling folder: up one, then down.
  expect_links(at(kSprint, "Goals/Lead a team.md"), "[[../Goals/Lead a team]]",
               "[[../Goals/Lead a team]]");
  // A shared name needs no more than its path.
  expect_links(at(kSprint, "Goals/Same.md"), "[[../Goals/Same]]", "[[../Goals/Same]]");
  expect_links(at(kSprint, "Root.md"), "[[../Root]]", "[[../Root]]");
  // The same folder: the name alone, no `./`.
  expect_links(at("Goals/New.md", "Goals/Lead a team.md"), "[[Lead a team]]", "[[Lead a team]]");
  // From the root: the vault path.
  expect_links(at("Top.md", "Goals/Lead a team.md"), "[[Goals/Lead a team]]",
               "[[Goals/Lead a team]]");
  expect_links(at("Top.md", "Root.md"), "[[Root]]", "[[Root]]");
  // Deeper: one `../` per folder.
  expect_links(at("Reviews/2027/Q1 Review.md", "Goals/Same.md"), "[[../../Goals/Same]]",
               "[[../../Goals/Same]]");
}

TEST(NoteLinker, RelativeMarkdownLinks) {
  const Loaded l = sample_vault();
  const auto at = [&](const std::string& from, const std::string& to) {
    return links(l, from, NewLinkFormat::Relative, true, to);
  };
  expect_links(at(kSprint, "Goals/Lead a team.md"), "[[../Goals/Lead a team]]",
               "[Lead a team](../Goals/Lead%20a%20team.md)");
  expect_links(at(kSprint, "Goals/Same.md"), "[[../Goals/Same]]", "[Same](../Goals/Same.md)");
  expect_links(at(kSprint, "Root.md"), "[[../Root]]", "[Root](../Root.md)");
  expect_links(at("Goals/New.md", "Goals/Lead a team.md"), "[[Lead a team]]",
               "[Lead a team](Lead%20a%20team.md)");
  expect_links(at("Top.md", "Goals/C# 50% Größe.md"), "[[Goals/C# 50% Größe]]",
               "[C# 50% Größe](Goals/C#%2050%%20Größe.md)");
}

// --- absolute --------------------------------------------------------------

TEST(NoteLinker, AbsoluteWikilinksAreVaultPaths) {
  const Loaded l = sample_vault();
  const auto at = [&](const std::string& to) {
    return links(l, kSprint, NewLinkFormat::Absolute, false, to);
  };
  expect_links(at("Goals/Lead a team.md"), "[[Goals/Lead a team]]", "[[Goals/Lead a team]]");
  expect_links(at("Goals/Same.md"), "[[Goals/Same]]", "[[Goals/Same]]");
  expect_links(at("Root.md"), "[[Root]]", "[[Root]]");
}

TEST(NoteLinker, AbsoluteMarkdownLinks) {
  const Loaded l = sample_vault();
  const auto at = [&](const std::string& to) {
    return links(l, kSprint, NewLinkFormat::Absolute, true, to);
  };
  expect_links(at("Goals/Lead a team.md"), "[[Goals/Lead a team]]",
               "[Lead a team](Goals/Lead%20a%20team.md)");
  expect_links(at("Goals/Same.md"), "[[Goals/Same]]", "[Same](Goals/Same.md)");
  expect_links(at("Root.md"), "[[Root]]", "[Root](Root.md)");
  expect_links(at("Goals/C# 50% Größe.md"), "[[Goals/C# 50% Größe]]",
               "[C# 50% Größe](Goals/C#%2050%%20Größe.md)");
}

// --- the vault's own settings ----------------------------------------------

TEST(NoteLinker, FollowsTheVaultsAppJsonAndDefaultsToShortestWikilinks) {
  const Loaded plain = load_files({{"Goals/Lead a team.md", "# Lead\n"}});
  const NoteLinker by_default(*plain.vault, kSprint);
  EXPECT_EQ(by_default.body_link(0), "[[Lead a team]]");
  EXPECT_EQ(by_default.target(0), "Lead a team");
  EXPECT_EQ(by_default.target(0, true), "Lead a team.md");

  const Loaded set = load_files(
      {{".obsidian/app.json", R"({"newLinkFormat": "relative", "useMarkdownLinks": true})"},
       {"Goals/Lead a team.md", "# Lead\n"}});
  const NoteLinker relative(*set.vault, kSprint);
  EXPECT_EQ(relative.property_link(0), "[[../Goals/Lead a team]]");
  EXPECT_EQ(relative.body_link(0), "[Lead a team](../Goals/Lead%20a%20team.md)");
}

TEST(NoteLinker, WrittenLinksResolveBackToTheirNote) {
  const Loaded l = sample_vault();
  const LinkResolver resolver(l.vault->files);
  for (const NewLinkFormat format :
       {NewLinkFormat::Shortest, NewLinkFormat::Relative, NewLinkFormat::Absolute}) {
    for (const char* from : {kSprint, "Goals/New.md", "Top.md", "Reviews/2027/Q1 Review.md"}) {
      const NoteLinker linker(*l.vault, from, LinkSettings{format, false});
      for (std::size_t n = 0; n < l.vault->notes.size(); ++n) {
        const Note& note = l.vault->notes[n];
        if (note.name.find('#') != std::string::npos) continue;  // no link reaches it
        const LinkResolver::Result r = resolver.resolve(linker.target(static_cast<int>(n)), from);
        ASSERT_EQ(r.kind, LinkResolver::Result::Kind::Resolved) << note.path << " from " << from;
        EXPECT_EQ(l.vault->files[r.file], note.path) << "from " << from;
        // The Markdown link, read back as goals reads a note's body.
        const NoteLinker md_linker(*l.vault, from, LinkSettings{format, true});
        const Note written =
            parse_note(md_linker.body_link(static_cast<int>(n)) + "\n", from, Config{}, nullptr);
        ASSERT_EQ(written.body.links.size(), 1u) << md_linker.body_link(static_cast<int>(n));
        const LinkResolver::Result md =
            resolver.resolve_markdown(written.body.links[0].target, from);
        ASSERT_EQ(md.kind, LinkResolver::Result::Kind::Resolved) << note.path << " from " << from;
        EXPECT_EQ(l.vault->files[md.file], note.path) << "from " << from;
      }
    }
  }
}

// --- helpers ---------------------------------------------------------------

TEST(RelativeLinkPath, UpToTheSharedFolderThenDown) {
  EXPECT_EQ(relative_link_path("Sprints/2027-Q1.md", "Goals/X.md"), "../Goals/X.md");
  EXPECT_EQ(relative_link_path("Goals/A.md", "Goals/X.md"), "X.md");
  EXPECT_EQ(relative_link_path("A.md", "Goals/X.md"), "Goals/X.md");
  EXPECT_EQ(relative_link_path("Goals/A.md", "X.md"), "../X.md");
  EXPECT_EQ(relative_link_path("Goals/Sub/A.md", "Goals/X.md"), "../X.md");
  EXPECT_EQ(relative_link_path("Goals/A.md", "Goals/Sub/X.md"), "Sub/X.md");
  EXPECT_EQ(relative_link_path("a/b/c/A.md", "a/x/X.md"), "../../x/X.md");
  // A file named like the folder of `from` is not that folder.
  EXPECT_EQ(relative_link_path("Goals/A.md", "Goals"), "../Goals");
  // Folder names compare exactly.
  EXPECT_EQ(relative_link_path("goals/A.md", "Goals/X.md"), "../Goals/X.md");
  EXPECT_EQ(relative_link_path("", "Goals/X.md"), "Goals/X.md");
}

TEST(MarkdownLinkDestination, EncodesWhatObsidianEncodesAndNothingElse) {
  EXPECT_EQ(markdown_link_destination("My note.md"), "My%20note.md");
  EXPECT_EQ(markdown_link_destination("a\\b.md"), "a%5Cb.md");
  EXPECT_EQ(markdown_link_destination(std::string("a\x1F\x0B\x0C\x08", 5) + std::string(1, '\0')),
            "a%1F%0B%0C%08%00");
  // Left as written, as Obsidian leaves them.
  EXPECT_EQ(markdown_link_destination("C#(1)%^|<>Ünï.md"), "C#(1)%^|<>Ünï.md");
  EXPECT_EQ(markdown_link_destination("a\tb\n"), "a\tb\n");
}

TEST(MarkdownLinkText, EscapesWhatWouldEndOrStyleTheLink) {
  EXPECT_EQ(markdown_link_text("Lead a team"), "Lead a team");
  EXPECT_EQ(markdown_link_text("a_b*c~d=e`f$g<h>i[j]k\\l"),
            "a\\_b\\*c\\~d\\=e\\`f\\$g\\<h\\>i\\[j\\]k\\\\l");
  EXPECT_EQ(markdown_link_text("C# 50% Größe"), "C# 50% Größe");
}

}  // namespace
}  // namespace goals
