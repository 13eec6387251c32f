/// Links in the notes goals writes, as the vault's Obsidian would write them
/// (Settings → Files and links → New link format, Use [[Wikilinks]]).
#pragma once

#include <string>
#include <string_view>

#include "goals/model/resolver.h"
#include "goals/model/vault.h"
#include "goals/parse/obsidian_settings.h"

namespace goals {

/// Names notes in the links of one note being written, at vault path `from`,
/// as Obsidian's own `generateMarkdownLink` would with the vault's
/// `LinkSettings` (`Vault::links`). One resolver serves every link.
class NoteLinker {
 public:
  /// Links written in the note at vault path `from` (e.g. `Sprints/2027-Q1.md`),
  /// with the settings `v.links`.
  NoteLinker(const Vault& v, std::string from);
  /// The same with `links` instead of the vault's settings.
  NoteLinker(const Vault& v, std::string from, LinkSettings links);

  /// The path of a link to note `note`, as Obsidian's `fileToLinktext` gives
  /// it, without ".md" (with it when `keep_md`): for `shortest`, the note's
  /// name when that alone resolves to it from anywhere, else its vault path;
  /// for `absolute`, its vault path; for `relative`, relative_link_path().
  std::string target(int note, bool keep_md = false) const;
  /// A link in a front-matter property: always the wikilink `[[target]]`,
  /// since Obsidian's properties recognise no other kind of link.
  std::string property_link(int note) const;
  /// A link in the body: `[[target]]`, or with `useMarkdownLinks`
  /// `[Name](target.md)`, the name escaped by markdown_link_text() and the
  /// path encoded by markdown_link_destination().
  std::string body_link(int note) const;

 private:
  const Vault& v_;
  std::string from_;
  LinkSettings links_;
  LinkResolver resolver_;
};

/// The path from the folder of the note at vault path `from` to the vault
/// path `to`, as Obsidian writes a relative link: one `../` for each folder
/// up from `from`'s folder to the folder both share, then the rest of `to`
/// (`Sprints/Q1.md`, `Goals/X.md` -> `../Goals/X.md`), with no leading `./`
/// (`Goals/A.md`, `Goals/X.md` -> `X.md`). Folder names compare exactly.
std::string relative_link_path(std::string_view from, std::string_view to);

/// A Markdown link's destination as Obsidian encodes the one it generates:
/// only spaces, backslashes and most control characters (NUL, BS, VT, FF and
/// 0x0E-0x1F) become `%XX`; `#`, `%`, parentheses and non-ASCII letters are
/// written as they are.
std::string markdown_link_destination(std::string_view path);

/// A note's name as a Markdown link's text: `\ [ ] < > _ * ~ = ` $` are
/// backslash-escaped, so the name shows as written and never ends the link.
std::string markdown_link_text(std::string_view name);

}  // namespace goals
