// Edits of existing notes: each changes exactly the bytes it names, in any
// line ending, and edit_note() writes them all or nothing.
#include "goals/write/note_edit.h"

#include <gtest/gtest.h>

#include <stdexcept>

#include "goals/io/memory_filesystem.h"

namespace goals {
namespace {

std::string applied(std::string_view text, const TextEdit& e) {
  return apply_edits(text, std::span(&e, 1)).value_or("<does not apply>");
}

std::string applied(std::string_view text, const std::optional<TextEdit>& e) {
  return e ? applied(text, *e) : "<no edit>";
}

const std::vector<std::string> kDeadline = {"deadline", "due"};

TEST(ApplyEdits, AnyOrderNoOverlapInsertionBeforeReplacement) {
  const std::vector<TextEdit> edits = {{6, 5, "there"}, {0, 0, "> "}, {6, 0, "you "}};
  EXPECT_EQ(apply_edits("hello world", edits), "> hello you there");
  const std::vector<TextEdit> overlap = {{0, 5, "a"}, {3, 2, "b"}};
  EXPECT_EQ(apply_edits("hello", overlap), std::nullopt);
  const std::vector<TextEdit> past = {{4, 2, "x"}};
  EXPECT_EQ(apply_edits("hello", past), std::nullopt);
}

TEST(LineSpan, OneBasedWithoutTheLineEnding) {
  EXPECT_EQ(line_span("a\r\nbc\n", 2)->begin, 3u);
  EXPECT_EQ(line_span("a\r\nbc\n", 2)->end, 5u);
  EXPECT_EQ(line_span("a\r\nbc\n", 1)->end, 1u);
  EXPECT_FALSE(line_span("a\nb\n", 3));
  EXPECT_TRUE(line_span("a\nb", 2));
  EXPECT_FALSE(line_span("a\n", 0));
}

TEST(SetProperty, ReplacesTheValueKeepingTheSpellingAndEverythingElse) {
  const std::string note = "---\r\ntype: goal\r\ndue: 2026-12-31 # soon\r\nx: 1\r\n---\r\n# T\r\n";
  EXPECT_EQ(applied(note, set_property_edit(note, kDeadline, "deadline", "2027-03-31")),
            "---\r\ntype: goal\r\ndue: 2027-03-31\r\nx: 1\r\n---\r\n# T\r\n");
}

TEST(SetProperty, ReplacesABlockValue) {
  const std::string note = "---\nstatus:\n  - active\n  - paused\nreviewed: 2026-01-01\n---\n";
  const std::vector<std::string> status = {"status"};
  EXPECT_EQ(applied(note, set_property_edit(note, status, "status", "done")),
            "---\nstatus: done\nreviewed: 2026-01-01\n---\n");
  const std::string col0 = "---\ntags:\n- a\n- b\nx: 1\n---\n";
  const std::vector<std::string> tags = {"tags"};
  EXPECT_EQ(applied(col0, set_property_edit(col0, tags, "tags", "[]")),
            "---\ntags: []\nx: 1\n---\n");
}

TEST(SetProperty, AKeyThatOnlyStartsTheSameIsAnotherKey) {
  const std::string note = "---\ndeadlines: 3\n---\n";
  EXPECT_EQ(applied(note, set_property_edit(note, kDeadline, "deadline", "2027-01-01")),
            "---\ndeadlines: 3\ndeadline: 2027-01-01\n---\n");
}

TEST(SetProperty, AddsTheKeyOrTheFrontMatter) {
  const std::string crlf = "---\r\ntype: goal\r\n---\r\nbody\r\n";
  const std::vector<std::string> reviewed = {"reviewed"};
  EXPECT_EQ(applied(crlf, set_property_edit(crlf, reviewed, "reviewed", "2026-12-03")),
            "---\r\ntype: goal\r\nreviewed: 2026-12-03\r\n---\r\nbody\r\n");
  const std::string bom = "\xEF\xBB\xBF# Plain\n";
  EXPECT_EQ(applied(bom, set_property_edit(bom, reviewed, "reviewed", "2026-12-03")),
            "\xEF\xBB\xBF---\nreviewed: 2026-12-03\n---\n# Plain\n");
  const std::string empty_fm = "---\n---\n";
  EXPECT_EQ(applied(empty_fm, set_property_edit(empty_fm, reviewed, "reviewed", "x")),
            "---\nreviewed: x\n---\n");
}

TEST(Checkbox, OnlyTheSymbolChanges) {
  const std::string note = "# S\n- [ ] Ship it 📅 2026-12-10\n> 1. [/] quoted\nplain [ ] text\n";
  EXPECT_EQ(applied(note, set_checkbox_edit(note, 2, 'x')),
            "# S\n- [x] Ship it 📅 2026-12-10\n> 1. [/] quoted\nplain [ ] text\n");
  EXPECT_EQ(applied(note, set_checkbox_edit(note, 3, '-')),
            "# S\n- [ ] Ship it 📅 2026-12-10\n> 1. [-] quoted\nplain [ ] text\n");
  EXPECT_FALSE(set_checkbox_edit(note, 4, 'x'));
  EXPECT_FALSE(set_checkbox_edit(note, 1, 'x'));
  EXPECT_FALSE(set_checkbox_edit(note, 9, 'x'));
}

TEST(TaskDate, ReplacesTheFieldThereInEitherFormat) {
  const std::string emoji = "- [ ] A 📅 2026-12-10 #x\n";
  EXPECT_EQ(applied(emoji, set_task_date_edit(emoji, 1, TaskDateField::Due,
                                              *Date::parse("2027-01-05"), TaskFormat::Dataview)),
            "- [ ] A 📅 2027-01-05 #x\n");
  const std::string vs16 = "- [ ] A 🗓\uFE0F  2026-12-10\n";
  EXPECT_EQ(applied(vs16, set_task_date_edit(vs16, 1, TaskDateField::Due,
                                             *Date::parse("2027-01-05"), TaskFormat::Emoji)),
            "- [ ] A 🗓\uFE0F  2027-01-05\n");
  const std::string dv = "- [ ] A (due:: 2026-12-10) [completion::2026-12-01]\n";
  EXPECT_EQ(applied(dv, set_task_date_edit(dv, 1, TaskDateField::Done, *Date::parse("2026-12-03"),
                                           TaskFormat::Emoji)),
            "- [ ] A (due:: 2026-12-10) [completion::2026-12-03]\n");
}

TEST(TaskDate, AddsTheFieldAtTheEndBeforeABlockId) {
  const Date d = *Date::parse("2026-12-03");
  const std::string plain = "- [x] A 📅 2026-12-10  \r\n";
  EXPECT_EQ(applied(plain, set_task_date_edit(plain, 1, TaskDateField::Done, d, TaskFormat::Emoji)),
            "- [x] A 📅 2026-12-10 ✅ 2026-12-03  \r\n");
  const std::string id = "- [x] A ^abc-1\n";
  EXPECT_EQ(applied(id, set_task_date_edit(id, 1, TaskDateField::Done, d, TaskFormat::Dataview)),
            "- [x] A  [completion:: 2026-12-03] ^abc-1\n");
  EXPECT_EQ(applied(id, set_task_date_edit(id, 1, TaskDateField::Cancelled, d, TaskFormat::Emoji)),
            "- [x] A ❌ 2026-12-03 ^abc-1\n");
  const std::string caret = "- [ ] x^2\n";
  EXPECT_EQ(applied(caret, set_task_date_edit(caret, 1, TaskDateField::Due, d, TaskFormat::Emoji)),
            "- [ ] x^2 📅 2026-12-03\n");
}

TEST(ChildItem, NestedOneTabDeeperAfterTheItemsChildren) {
  const std::string note = "- [ ] A\n\t- note\n- [ ] B\n";
  EXPECT_EQ(applied(note, add_child_item_edit(note, 1, "Moved")),
            "- [ ] A\n\t- note\n\t- Moved\n- [ ] B\n");
  const std::string last = "> - [ ] A";
  EXPECT_EQ(applied(last, add_child_item_edit(last, 1, "Why")), "> - [ ] A\n> \t- Why");
}

TEST(Section, AppendsToTheSectionOrMakesIt) {
  const std::string with = "# G\n\n## Log\n\n- one\n\n## Next\n";
  EXPECT_EQ(applied(with, add_to_section_edit(with, "Log", "two")),
            "# G\n\n## Log\n\n- one\n- two\n\n## Next\n");
  const std::string bare = "# G\n\n## Log\n";
  EXPECT_EQ(applied(bare, add_to_section_edit(bare, "Log", "one")), "# G\n\n## Log\n\n- one\n");
  const std::string none = "# G\r\nbody";
  EXPECT_EQ(applied(none, add_to_section_edit(none, "Log", "one")),
            "# G\r\nbody\r\n\r\n## Log\r\n\r\n- one\r\n");
}

// ---------------------------------------------------------------------------
// edit_note() under faults: a file system that fails, or "crashes" (throws),
// at its n-th call. Whatever the step, the note holds the old text or the
// new one, never a mix, and a refused edit writes nothing.

struct Crash : std::runtime_error {
  Crash() : std::runtime_error("crash") {}
};

class FaultyFileSystem : public MemoryFileSystem {
 public:
  using MemoryFileSystem::MemoryFileSystem;
  int calls = 0;
  int crash_at = -1;  ///< the call that throws (-1: none)
  int fail_at = -1;   ///< the call that reports an error (-1: none)
  /// Whether the crash at replace_file leaves a partial temp file beside the note.
  bool leave_temp = true;

  Status read_file(const std::string& path, std::string* contents, std::string* err,
                   std::size_t max) const override {
    step();
    if (fail()) return Status::OtherError;
    return MemoryFileSystem::read_file(path, contents, err, max);
  }
  EntryKind kind(const std::string& path, bool follow) const override {
    step();
    return MemoryFileSystem::kind(path, follow);
  }
  std::string real_path(const std::string& path) const override {
    step();
    return fail() ? std::string() : MemoryFileSystem::real_path(path);
  }
  WriteStatus replace_file(const std::string& path, std::string_view contents,
                           std::string* err) override {
    // The real one writes a temp file, fsyncs it and renames it over the
    // note: a crash before the rename leaves a partial temp file only.
    if (crash_at == calls + 1 && leave_temp) {
      MemoryFileSystem::add_file(path_dirname(path) + "/.goals-0000.tmp",
                                 std::string(contents.substr(0, contents.size() / 2)));
    }
    step();
    if (fail()) {
      if (err) *err = "No space left on device";
      return WriteStatus::OtherError;
    }
    return MemoryFileSystem::replace_file(path, contents, err);
  }

 private:
  void step() const {
    ++const_cast<FaultyFileSystem*>(this)->calls;
    if (calls == crash_at) throw Crash();
  }
  bool fail() const { return calls == fail_at; }
};

TEST(EditNote, EveryCrashOrFailureLeavesTheOldNoteOrTheNewOne) {
  const std::string old_text = "---\r\nstatus: active\r\n---\r\n- [ ] Ship 📅 2026-12-10\r\n";
  const std::string new_text =
      "---\r\nstatus: done\r\n---\r\n- [x] Ship 📅 2026-12-10 ✅ 2026-12-03\r\n";
  const std::vector<std::string> status = {"status"};
  const std::vector<TextEdit> edits = {
      set_property_edit(old_text, status, "status", "done"), *set_checkbox_edit(old_text, 4, 'x'),
      *set_task_date_edit(old_text, 4, TaskDateField::Done, *Date::parse("2026-12-03"),
                          TaskFormat::Emoji)};
  ASSERT_EQ(apply_edits(old_text, edits), new_text);

  // How many calls a clean edit makes.
  FaultyFileSystem clean("/");
  clean.add_file("/v/G.md", old_text);
  ASSERT_EQ(edit_note(clean, "/v", "G.md", old_text, edits).status, EditStatus::Edited);
  const int steps = clean.calls;
  ASSERT_GE(steps, 4);

  int crashes = 0, failures = 0, edited = 0;
  for (int n = 1; n <= steps; ++n) {
    for (bool crash : {true, false}) {
      FaultyFileSystem fs("/");
      fs.add_file("/v/G.md", old_text);
      (crash ? fs.crash_at : fs.fail_at) = n;
      EditStatus st = EditStatus::Error;
      try {
        st = edit_note(fs, "/v", "G.md", old_text, edits).status;
      } catch (const Crash&) {
        ++crashes;
      }
      std::string now, err;
      ASSERT_EQ(fs.read_file("/v/G.md", &now, &err, 1 << 20), FileSystem::Status::Okay);
      EXPECT_TRUE(now == old_text || now == new_text) << "step " << n << ": " << now;
      if (!crash && st == EditStatus::Edited) {
        ++edited;
        EXPECT_EQ(now, new_text);
      }
      if (!crash && st != EditStatus::Edited) {
        ++failures;
        EXPECT_EQ(now, old_text) << "step " << n;
      }
    }
  }
  EXPECT_EQ(crashes, steps);
  EXPECT_GE(failures, 2);  // at least a failed read and a failed write
  EXPECT_EQ(failures + edited, steps);
}

TEST(EditNote, RefusesANoteThatChangedOrASymlinkAndWritesNothing) {
  MemoryFileSystem fs("/");
  fs.add_file("/v/G.md", "---\nstatus: active\n---\n");
  const std::vector<std::string> status = {"status"};
  const std::string read = "---\nstatus: paused\n---\n";  // what goals read before someone saved
  const TextEdit e = set_property_edit(read, status, "status", "done");
  const EditResult r = edit_note(fs, "/v", "G.md", read, std::span(&e, 1));
  EXPECT_EQ(r.status, EditStatus::Changed);
  EXPECT_EQ(r.error, "the note changed since goals read it");
  std::string now, err;
  fs.read_file("/v/G.md", &now, &err, 1 << 20);
  EXPECT_EQ(now, "---\nstatus: active\n---\n");

  fs.add_file("/outside/T.md", read);
  fs.add_symlink("/v/L.md", "/outside/T.md");
  EXPECT_EQ(edit_note(fs, "/v", "L.md", read, std::span(&e, 1)).status, EditStatus::NotAFile);
  EXPECT_EQ(edit_note(fs, "/v", "../outside/T.md", read, std::span(&e, 1)).status,
            EditStatus::OutsideVault);
  fs.read_file("/outside/T.md", &now, &err, 1 << 20);
  EXPECT_EQ(now, read);
  const std::vector<TextEdit> bad = {{3, 100, "x"}};
  fs.add_file("/v/H.md", read);
  EXPECT_EQ(edit_note(fs, "/v", "H.md", read, bad).status, EditStatus::Error);
}

}  // namespace
}  // namespace goals
