// `goals export ics`: the calendar pass, the iCalendar writer (folding,
// escaping, CRLF), stable UIDs, and the command in-process on an in-memory
// vault (tests/cli/ics_check_test.cpp runs it on the real disk).
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <memory>
#include <sstream>

#include "cli_test_util.h"
#include "goals/io/memory_filesystem.h"
#include "goals/passes/calendar.h"
#include "render/ics.h"

namespace goals {
namespace {

// --- ics_line: folding -------------------------------------------------------

TEST(IcsLine, SeventyFiveOctetsStayOnOneLine) {
  const std::string line(75, 'a');
  EXPECT_EQ(ics_line(line), line + "\r\n");
}

TEST(IcsLine, SeventySixOctetsFoldAfterTheSeventyFifth) {
  EXPECT_EQ(ics_line(std::string(75, 'a') + "b"), std::string(75, 'a') + "\r\n b\r\n");
}

TEST(IcsLine, ContinuationLinesHoldSeventyFourOctetsAfterTheirSpace) {
  const std::string a(75, 'a'), b(74, 'b'), c(74, 'c');
  EXPECT_EQ(ics_line(a + b + c + "d"), a + "\r\n " + b + "\r\n " + c + "\r\n d\r\n");
}

TEST(IcsLine, MultiByteCharacterEndingAtOctetSeventyFiveIsNotFolded) {
  const std::string line = std::string(72, 'a') + "€";  // € is E2 82 AC: octets 73-75
  ASSERT_EQ(line.size(), 75u);
  EXPECT_EQ(ics_line(line), line + "\r\n");
}

TEST(IcsLine, MultiByteCharacterAcrossTheBoundaryMovesWholeToTheNextLine) {
  // € would take octets 74-76: the first line ends after 73.
  EXPECT_EQ(ics_line(std::string(73, 'a') + "€b"), std::string(73, 'a') + "\r\n €b\r\n");
  // é (C3 A9) would take octets 75-76.
  EXPECT_EQ(ics_line(std::string(74, 'a') + "é"), std::string(74, 'a') + "\r\n é\r\n");
  // A four-byte emoji at octets 73-76.
  EXPECT_EQ(ics_line(std::string(72, 'a') + "😀"), std::string(72, 'a') + "\r\n 😀\r\n");
  // On a continuation line too: its space plus 73 octets, then € at 75-77.
  EXPECT_EQ(ics_line(std::string(75, 'a') + std::string(73, 'b') + "€"),
            std::string(75, 'a') + "\r\n " + std::string(73, 'b') + "\r\n €\r\n");
}

TEST(IcsLine, LongTextUnfoldsToItselfWithEveryLineWithinLimitAndWhole) {
  std::string text = "SUMMARY:";
  for (int i = 0; i < 60; ++i) text += "é€😀x";
  const std::string folded = ics_line(text);
  std::string unfolded;
  std::size_t pos = 0;
  int lines = 0;
  while (pos < folded.size()) {
    const std::size_t end = folded.find("\r\n", pos);
    ASSERT_NE(end, std::string::npos);
    std::string physical = folded.substr(pos, end - pos);
    EXPECT_LE(physical.size(), 75u) << "line " << lines;
    if (lines > 0) {
      ASSERT_EQ(physical[0], ' ');
      physical.erase(0, 1);
    }
    // Never a continuation byte first: no character was split.
    ASSERT_FALSE(physical.empty());
    EXPECT_NE(static_cast<unsigned char>(physical[0]) & 0xC0, 0x80) << "line " << lines;
    unfolded += physical;
    pos = end + 2;
    ++lines;
  }
  EXPECT_EQ(unfolded, text);
  EXPECT_EQ(lines, 9);  // 608 octets: 75 + 7 x 74 is too few, so no line was cut short needlessly
}

// --- ics_text: escaping -----------------------------------------------------

TEST(IcsText, EscapesBackslashSemicolonCommaAndLineBreaks) {
  EXPECT_EQ(ics_text("a\\b;c,d\ne\r\nf\rg"), "a\\\\b\\;c\\,d\\ne\\nf\\ng");
}

TEST(IcsText, LeavesColonsQuotesTabsAndUnicodeAlone) {
  EXPECT_EQ(ics_text("Week 5-8: Read \"Inspired\"\t✅ 日本"), "Week 5-8: Read \"Inspired\"\t✅ 日本");
}

TEST(IcsText, ControlCharactersAndInvalidUtf8BecomeReplacementCharacters) {
  EXPECT_EQ(ics_text(std::string("a\x01"
                                 "b\x7f"
                                 "c\xff"
                                 "d\xe2\x82",
                                 9)),
            "a\uFFFD"
            "b\uFFFD"
            "c\uFFFD"
            "d\uFFFD\uFFFD");
}

// --- calendar_uid -------------------------------------------------------------

TEST(CalendarUid, IsPinnedFnv1aOfTheNulEndedParts) {
  // These values are what calendars already hold: changing them would
  // duplicate every event on the next import.
  EXPECT_EQ(calendar_uid("deadline", {"Goals/A.md"}), "deadline-5bd57e3722451cba@goals");
  EXPECT_EQ(calendar_uid("milestone", {"Sprints/2026-Q4.md", "Goals/A.md", "Draft the plan"}),
            "milestone-a827d0c30046bb7a@goals");
  EXPECT_NE(calendar_uid("x", {"ab", "c"}), calendar_uid("x", {"a", "bc"}));
}

// --- calendar_items -------------------------------------------------------------

struct Loaded {
  std::unique_ptr<Vault> vault;
  GoalGraph graph;
  std::vector<CalendarItem> items() const { return calendar_items(*vault, graph); }
};

Loaded load_files(const std::map<std::string, std::string>& files) {
  MemoryFileSystem fs("/v");
  fs.add_dir("/v/.obsidian");
  for (const auto& [path, text] : files) fs.add_file("/v/" + path, text);
  LoadOptions options;
  options.threads = 1;
  Loaded l;
  l.vault = std::make_unique<Vault>(load_vault(fs, "/v", load_config(fs, "/v").config, options));
  l.graph = GoalGraph::build(*l.vault);
  return l;
}

const char* const kMentor =
    "---\ntype: goal\nhorizon: short\ndeadline: 2026-12-31\nmetric: 6 sessions, each logged\n"
    "---\n# Mentor 2 engineers\n";

std::string q4_sprint(const std::string& goal1_items) {
  return "---\ntype: sprint\nquarter: 2026-Q4\nstart: 2026-10-01\nend: 2026-12-31\n---\n"
         "# Q4\n\n## Goal 1: [[Mentor]]\n" +
         goal1_items +
         "- Success metric: Both have a plan\n\n"
         "## Goal 2: [[Dropped]]\n- [ ] Week 1-4: Study 📅 2026-10-20\n\n"
         "## Goal 3: Read a book\n- Week 1-6: Read \"Inspired\"\n";
}

const char* const kMentorItems =
    "- [x] Week 1-4: Book the slots 📅 2026-10-28 ✅ 2026-10-12\n"
    "- [ ] Week 5-8: Three sessions; one growth area, each 📅 2026-11-25\n"
    "- [-] Week 9-12: Give up 📅 2026-12-20\n"
    "- [ ] Week 9-13: Review the plans\n";

std::map<std::string, std::string> small_vault() {
  return {
      {"Goals/Mentor.md", kMentor},
      {"Goals/Old.md",
       "---\ntype: goal\nhorizon: medium\nstatus: done\ndeadline: 2026-03-31\n"
       "completed: 2026-03-18\n---\n# Old promotion\n"},
      {"Goals/Dropped.md", "---\ntype: goal\nstatus: dropped\ndeadline: 2026-06-30\n---\n"},
      {"Goals/Someday.md", "---\ntype: goal\nhorizon: long\n---\n"},
      {"Sprints/2026-Q4.md", q4_sprint(kMentorItems)},
  };
}

/// One item on a line: what the tests compare.
std::string describe(const CalendarItem& it) {
  std::ostringstream os;
  os << it.date.str() << ' ' << (it.kind == CalendarItem::Kind::Deadline ? "deadline" : "milestone")
     << " | " << it.goal << " | " << it.text << " | " << (it.done ? "done" : "open");
  if (it.done_on) os << ' ' << it.done_on->str();
  if (it.kind == CalendarItem::Kind::Milestone)
    os << " | " << it.sprint << " w" << it.first_week << '-' << it.last_week
       << (it.date_written ? " dated" : " from week");
  os << " | " << it.metric << " | " << it.path << ':' << it.line;
  return os.str();
}

TEST(CalendarItems, DeadlinesAndDatedMilestonesSortedByDate) {
  const Loaded l = load_files(small_vault());
  std::vector<std::string> got;
  for (const CalendarItem& it : l.items()) got.push_back(describe(it));
  const std::vector<std::string> want = {
      "2026-03-31 deadline | Old promotion |  | done 2026-03-18 |  | Goals/Old.md:5",
      "2026-10-28 milestone | Mentor 2 engineers | Week 1-4: Book the slots | done 2026-10-12 | "
      "2026-Q4 w1-4 dated | Both have a plan | Sprints/2026-Q4.md:10",
      // Week 6 of a sprint starting 2026-10-01 ends on 2026-11-11.
      "2026-11-11 milestone | Read a book | Week 1-6: Read \"Inspired\" | open | 2026-Q4 w1-6 from "
      "week |  | Sprints/2026-Q4.md:20",
      "2026-11-25 milestone | Mentor 2 engineers | Week 5-8: Three sessions; one growth area, each "
      "| open | 2026-Q4 w5-8 dated | Both have a plan | Sprints/2026-Q4.md:11",
      "2026-12-30 milestone | Mentor 2 engineers | Week 9-13: Review the plans | open | 2026-Q4 "
      "w9-13 from week | Both have a plan | Sprints/2026-Q4.md:13",
      "2026-12-31 deadline | Mentor 2 engineers |  | open | 6 sessions, each logged | "
      "Goals/Mentor.md:4",
  };
  EXPECT_EQ(got, want);
}

TEST(CalendarItems, DeadlineCarriesHorizonAndStatus) {
  const Loaded l = load_files(small_vault());
  const std::vector<CalendarItem> items = l.items();
  ASSERT_EQ(items.size(), 6u);
  EXPECT_EQ(items[0].horizon, Horizon::Medium);
  EXPECT_EQ(items[0].status, GoalStatus::Done);
  EXPECT_EQ(items[5].horizon, Horizon::Short);
  EXPECT_EQ(items[5].status, GoalStatus::Active);
}

TEST(CalendarItems, AnEmptyVaultHasNone) {
  EXPECT_TRUE(load_files({{"Daily/2026-11-22.md", "# Today\n"}}).items().empty());
}

/// Each item's UID by what stays when it is edited: a deadline's note path, a
/// milestone's words after its `Week a-b:`.
std::map<std::string, std::string> uid_by_identity(const std::vector<CalendarItem>& items) {
  std::map<std::string, std::string> out;
  for (const CalendarItem& it : items)
    out[it.kind == CalendarItem::Kind::Deadline ? "deadline " + it.path
                                                : it.text.substr(it.text.find(':') + 2)] = it.uid;
  return out;
}

TEST(CalendarItems, UidsAreTheDocumentedHashesOfPathGoalAndWords) {
  const Loaded l = load_files(small_vault());
  const std::vector<CalendarItem> items = l.items();
  ASSERT_EQ(items.size(), 6u);
  EXPECT_EQ(items[5].uid, calendar_uid("deadline", {"Goals/Mentor.md"}));
  EXPECT_EQ(items[1].uid,
            calendar_uid("milestone", {"Sprints/2026-Q4.md", "Goals/Mentor.md", "Book the slots"}));
  // An inline goal is named by its title.
  EXPECT_EQ(items[2].uid,
            calendar_uid("milestone", {"Sprints/2026-Q4.md", "Read a book", "Read \"Inspired\""}));
}

TEST(CalendarItems, UidsSurviveReExportMovedLinesTicksNewDatesWeeksAndTitles) {
  const std::vector<CalendarItem> before = load_files(small_vault()).items();
  EXPECT_EQ(uid_by_identity(before), uid_by_identity(load_files(small_vault()).items()));

  std::map<std::string, std::string> edited = small_vault();
  // A retitled goal with a new deadline; milestones re-planned, ticked,
  // re-dated and moved down by a new line above them.
  edited["Goals/Mentor.md"] =
      "---\ntype: goal\nhorizon: short\ndeadline: 2027-01-15\n---\n# Mentor two engineers\n";
  edited["Sprints/2026-Q4.md"] = q4_sprint(
      "- [ ] Week 1: A new first step 📅 2026-10-05\n"
      "- [x] Week 1-3: Book the slots 📅 2026-10-20 ✅ 2026-10-12\n"
      "- [x] Week 5-9: Three sessions; one growth area, each 📅 2026-11-30 ✅ 2026-11-29\n"
      "- [ ] Week 9-13: Review the plans 📅 2026-12-21\n");
  const std::vector<CalendarItem> after = load_files(edited).items();
  std::map<std::string, std::string> a = uid_by_identity(before), b = uid_by_identity(after);
  for (const auto& [key, uid] : a) {
    ASSERT_TRUE(b.count(key)) << key;
    EXPECT_EQ(b[key], uid) << key;
  }
  EXPECT_EQ(b.size(), a.size() + 1);  // the new first step
}

TEST(CalendarItems, NewWordsOrAnotherSprintMakeANewUid) {
  const std::string a = load_files(small_vault()).items()[1].uid;  // Week 1-4: Book the slots
  std::map<std::string, std::string> edited = small_vault();
  edited["Sprints/2026-Q4.md"] =
      q4_sprint("- [x] Week 1-4: Book the rooms 📅 2026-10-28 ✅ 2026-10-12\n");
  EXPECT_NE(load_files(edited).items()[1].uid, a);
  std::map<std::string, std::string> moved = small_vault();
  moved["Sprints/2027-Q1.md"] = moved["Sprints/2026-Q4.md"];
  moved.erase("Sprints/2026-Q4.md");
  EXPECT_NE(load_files(moved).items()[1].uid, a);
}

TEST(CalendarItems, IdenticalMilestonesGetDistinctStableUids) {
  std::map<std::string, std::string> files = small_vault();
  files["Sprints/2026-Q4.md"] = q4_sprint(
      "- [ ] Week 1-2: Hold a session 📅 2026-10-10\n"
      "- [ ] Week 3-4: Hold a session 📅 2026-10-24\n");
  const std::vector<CalendarItem> items = load_files(files).items();
  std::vector<std::string> uids;
  for (const CalendarItem& it : items)
    if (it.goal == "Mentor 2 engineers" && it.kind == CalendarItem::Kind::Milestone)
      uids.push_back(it.uid);
  ASSERT_EQ(uids.size(), 2u);
  EXPECT_EQ(uids[0],
            calendar_uid("milestone", {"Sprints/2026-Q4.md", "Goals/Mentor.md", "Hold a session"}));
  EXPECT_EQ(uids[1], calendar_uid("milestone", {"Sprints/2026-Q4.md", "Goals/Mentor.md",
                                                "Hold a session", "1"}));
}

// --- render_ics ----------------------------------------------------------------

TEST(RenderIcs, WritesTheExactCalendar) {
  CalendarItem deadline;
  deadline.kind = CalendarItem::Kind::Deadline;
  deadline.uid = "deadline-1@goals";
  deadline.date = *Date::parse("2026-12-31");
  deadline.goal = "Mentor 2 engineers, then 3";
  deadline.metric = "6 sessions; logged";
  deadline.horizon = Horizon::Short;
  deadline.path = "Goals/Mentor.md";
  deadline.line = 4;
  CalendarItem done;
  done.kind = CalendarItem::Kind::Milestone;
  done.uid = "milestone-2@goals";
  done.date = *Date::parse("2026-10-28");
  done.goal = "Mentor 2 engineers";
  done.text = "Week 1-4: Book the slots";
  done.done = true;
  done.done_on = *Date::parse("2026-10-12");
  done.sprint = "2026-Q4";
  done.first_week = 1;
  done.last_week = 4;
  done.date_written = true;
  done.path = "Sprints/2026-Q4.md";
  done.line = 10;
  CalendarItem later = done;
  later.uid = "milestone-3@goals";
  later.date = *Date::parse("2026-12-31");  // DTEND crosses into the next year
  later.text = "Week 13: Wrap up";
  later.done = false;
  later.done_on.reset();
  later.first_week = later.last_week = 13;
  later.date_written = false;
  later.metric = "Both have a plan";
  later.line = 12;

  std::ostringstream os;
  render_ics(os, {done, deadline, later}, IcsCalendar{*Date::parse("2026-11-22"), "Goals (v)"});
  EXPECT_EQ(os.str(),
            "BEGIN:VCALENDAR\r\n"
            "VERSION:2.0\r\n"
            "PRODID:-//goals//goals export ics//EN\r\n"
            "CALSCALE:GREGORIAN\r\n"
            "NAME:Goals (v)\r\n"
            "X-WR-CALNAME:Goals (v)\r\n"
            "BEGIN:VEVENT\r\n"
            "UID:milestone-2@goals\r\n"
            "DTSTAMP:20261122T000000Z\r\n"
            "DTSTART;VALUE=DATE:20261028\r\n"
            "DTEND;VALUE=DATE:20261029\r\n"
            "SUMMARY:✅ Mentor 2 engineers: Week 1-4: Book the slots\r\n"
            "DESCRIPTION:Sprint 2026-Q4\\, weeks 1-4.\\nDone 2026-10-12.\\nNote: Sprints/20\r\n"
            " 26-Q4.md\\, line 10\r\n"
            "CATEGORIES:Milestone\r\n"
            "TRANSP:TRANSPARENT\r\n"
            "END:VEVENT\r\n"
            "BEGIN:VEVENT\r\n"
            "UID:deadline-1@goals\r\n"
            "DTSTAMP:20261122T000000Z\r\n"
            "DTSTART;VALUE=DATE:20261231\r\n"
            "DTEND;VALUE=DATE:20270101\r\n"
            "SUMMARY:Deadline: Mentor 2 engineers\\, then 3\r\n"
            "DESCRIPTION:Short goal\\, active.\\nMetric: 6 sessions\\; logged\\nNote: Goals/\r\n"
            " Mentor.md\r\n"
            "CATEGORIES:Deadline\r\n"
            "TRANSP:TRANSPARENT\r\n"
            "END:VEVENT\r\n"
            "BEGIN:VEVENT\r\n"
            "UID:milestone-3@goals\r\n"
            "DTSTAMP:20261122T000000Z\r\n"
            "DTSTART;VALUE=DATE:20261231\r\n"
            "DTEND;VALUE=DATE:20270101\r\n"
            "SUMMARY:Mentor 2 engineers: Week 13: Wrap up\r\n"
            "DESCRIPTION:Sprint 2026-Q4\\, week 13.\\nDue by the end of week 13 (no 📅 d\r\n"
            " ate on the milestone).\\nMetric: Both have a plan\\nNote: Sprints/2026-Q4.md\r\n"
            " \\, line 12\r\n"
            "CATEGORIES:Milestone\r\n"
            "TRANSP:TRANSPARENT\r\n"
            "END:VEVENT\r\n"
            "END:VCALENDAR\r\n");
}

TEST(RenderIcs, EveryLineEndsInCrlfAndFitsInSeventyFiveOctets) {
  const Loaded l = load_files(small_vault());
  std::ostringstream os;
  render_ics(os, l.items(), IcsCalendar{*Date::parse("2026-11-22"), "Goals (v)"});
  const std::string text = os.str();
  ASSERT_FALSE(text.empty());
  ASSERT_EQ(text.substr(text.size() - 2), "\r\n");
  std::size_t pos = 0;
  while (pos < text.size()) {
    const std::size_t lf = text.find('\n', pos);
    ASSERT_NE(lf, std::string::npos);
    ASSERT_GT(lf, pos) << "empty line at " << pos;
    EXPECT_EQ(text[lf - 1], '\r') << "bare LF at " << lf;
    const std::string line = text.substr(pos, lf - 1 - pos);
    EXPECT_EQ(line.find('\r'), std::string::npos) << "bare CR in " << line;
    EXPECT_LE(line.size(), 75u) << line;
    pos = lf + 1;
  }
  EXPECT_EQ(std::count(text.begin(), text.end(), '\n'), std::count(text.begin(), text.end(), '\r'));
}

TEST(RenderIcs, AnEmptyCalendarIsStillACalendar) {
  std::ostringstream os;
  render_ics(os, {}, IcsCalendar{*Date::parse("2026-11-22"), ""});
  EXPECT_EQ(os.str(),
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//goals//goals export ics//EN\r\n"
            "CALSCALE:GREGORIAN\r\nEND:VCALENDAR\r\n");
}

// --- the command, in-process --------------------------------------------------

struct ExportCli : testing_util::CliRunner {
  ExportCli() {
    fs.add_dir("/home/me/vault/.obsidian");
    fs.add_dir("/home/me/vault/Daily");
    for (const auto& [path, text] : small_vault()) fs.add_file("/home/me/vault/" + path, text);
    env["GOALS_TODAY"] = "2026-11-22";
  }
  std::string read(const std::string& path) {
    std::string text, err;
    EXPECT_EQ(fs.read_file(path, &text, &err, 1 << 20), FileSystem::Status::Okay) << path;
    return text;
  }
};

TEST(ExportCli, PrintsTheCalendarOnStdout) {
  ExportCli f;
  const testing_util::Outcome r = f.run({"export", "ics"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.out.rfind("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", 0), 0u);
  EXPECT_NE(r.out.find("\r\nX-WR-CALNAME:Goals (vault)\r\n"), std::string::npos);
  EXPECT_NE(r.out.find("\r\nDTSTAMP:20261122T000000Z\r\n"), std::string::npos);
  EXPECT_NE(r.out.find("\r\nSUMMARY:Deadline: Mentor 2 engineers\r\n"), std::string::npos);
  EXPECT_EQ(r.out.find("Dropped"), std::string::npos);
  // Six items, as CalendarItems found.
  std::size_t events = 0;
  for (std::size_t p = 0; (p = r.out.find("BEGIN:VEVENT\r\n", p)) != std::string::npos; ++p)
    ++events;
  EXPECT_EQ(events, 6u);
  EXPECT_EQ(f.run({"export", "ics", "--output", "-"}).out, r.out);
}

TEST(ExportCli, TodayDecidesTheStamp) {
  ExportCli f;
  const testing_util::Outcome r = f.run({"--today", "2027-01-05", "export", "ics"});
  EXPECT_NE(r.out.find("\r\nDTSTAMP:20270105T000000Z\r\n"), std::string::npos);
  const testing_util::Outcome bad = f.run({"--today", "2027-13-05", "export", "ics"});
  EXPECT_EQ(bad.code, 2);
  EXPECT_EQ(bad.out, "");
}

TEST(ExportCli, OutputWritesTheFileRelativeToTheWorkingDirectory) {
  ExportCli f;
  const std::string calendar = f.run({"export", "ics"}).out;
  const testing_util::Outcome r = f.run({"export", "ics", "--output", "cal.ics"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out, "cal.ics\n");
  EXPECT_EQ(f.read("/home/me/vault/Daily/cal.ics"), calendar);
  // Run again, another day: the file is replaced whole.
  const testing_util::Outcome again =
      f.run({"--today", "2026-11-23", "export", "ics", "--output", "cal.ics"});
  EXPECT_EQ(again.code, 0) << again.err;
  EXPECT_EQ(f.read("/home/me/vault/Daily/cal.ics"),
            f.run({"--today", "2026-11-23", "export", "ics"}).out);
  EXPECT_NE(f.read("/home/me/vault/Daily/cal.ics"), calendar);
}

TEST(ExportCli, OutputRefusesSymlinksNotesFoldersAndMissingFolders) {
  ExportCli f;
  f.fs.add_file("/home/me/other.txt", "keep");
  f.fs.add_symlink("/home/me/vault/Daily/cal.ics", "/home/me/other.txt");
  // -q: the loader would mention the symlink, which leads out of the vault.
  testing_util::Outcome r = f.run({"-q", "export", "ics", "--output", "cal.ics"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err,
            "goals: cannot write cal.ics: it is a symbolic link, which goals does not write "
            "through; nothing was written\n");
  EXPECT_EQ(f.read("/home/me/other.txt"), "keep");

  r = f.run({"-q", "export", "ics", "--output", "../Goals/Mentor.md"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err,
            "goals: --output ../Goals/Mentor.md: that names a Markdown note; write the calendar "
            "to a .ics file\n");
  EXPECT_EQ(f.read("/home/me/vault/Goals/Mentor.md"), kMentor);

  f.fs.add_dir("/home/me/vault/Daily/folder.ics");
  r = f.run({"-q", "export", "ics", "--output", "folder.ics"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "goals: cannot write folder.ics: it is a folder; nothing was written\n");

  r = f.run({"-q", "export", "ics", "--output", "nowhere/cal.ics"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "goals: cannot write nowhere/cal.ics: its folder does not exist\n");

  r = f.run({"-q", "export", "ics", "--output", ""});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.err, "goals: --output: the file name is empty\n");
}

TEST(ExportCli, OutputReplacesOnlyACalendarGoalsWrote) {
  ExportCli f;
  const std::string settings = "{\"theme\": \"dark\"}\n", config = "max-goals-per-sprint: 3\n";
  const std::string foreign =
      "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Example Corp//Cal//EN\r\nEND:VCALENDAR\r\n";
  f.fs.add_file("/home/me/vault/.obsidian/app.json", settings);
  f.fs.add_file("/home/me/vault/.goals.yaml", config);
  f.fs.add_file("/home/me/vault/Daily/work.ics", foreign);
  f.fs.add_file("/home/me/vault/Daily/photo.png", std::string("\x89PNG\r\n\x1a\n", 8));
  const std::vector<std::pair<std::string, std::string>> refused{
      {"../.obsidian/app.json", settings},
      {"../.goals.yaml", config},
      {"work.ics", foreign},
      {"photo.png", std::string("\x89PNG\r\n\x1a\n", 8)}};
  for (const auto& [file, bytes] : refused) {
    const testing_util::Outcome r = f.run({"-q", "export", "ics", "--output", file});
    EXPECT_EQ(r.code, 2) << file;
    EXPECT_EQ(r.out, "");
    EXPECT_EQ(r.err, "goals: " + file +
                         " exists and was not written by goals (it does not open with goals' "
                         "calendar header); nothing was written (goals replaces only a calendar it "
                         "wrote itself)\n");
    EXPECT_EQ(f.read(path_join("/home/me/vault/Daily", file)), bytes) << file;
  }
  // A calendar goals wrote is replaced, whatever it held.
  ASSERT_EQ(f.run({"-q", "--today", "2026-01-01", "export", "ics", "--output", "cal.ics"}).code, 0);
  const testing_util::Outcome r = f.run({"-q", "export", "ics", "--output", "cal.ics"});
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(f.read("/home/me/vault/Daily/cal.ics"), f.run({"export", "ics"}).out);
}

TEST(RenderIcs, EveryCalendarCarriesTheMarkOfGoals) {
  std::ostringstream os;
  render_ics(os, {}, IcsCalendar{*Date::parse("2026-11-22"), "Goals"});
  EXPECT_TRUE(is_generated_calendar(os.str()));
  EXPECT_FALSE(is_generated_calendar(""));
  EXPECT_FALSE(is_generated_calendar(
      "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//goals//other tool//EN\r\n"));
  // Line ends matter: the header is exactly what render_ics writes.
  EXPECT_FALSE(is_generated_calendar(
      "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//goals//goals export ics//EN\n"));
}

TEST(ExportCli, ExportNeedsItsSubcommand) {
  ExportCli f;
  const testing_util::Outcome r = f.run({"export"});
  EXPECT_EQ(r.code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, "goals: 'goals export' needs a command: ics\nSee 'goals export --help'.\n");
}

}  // namespace
}  // namespace goals
