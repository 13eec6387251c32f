#include "targets.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "goals/io/memory_filesystem.h"
#include "goals/model/resolver.h"
#include "goals/parse/config.h"
#include "goals/parse/frontmatter.h"
#include "goals/parse/note.h"
#include "goals/parse/obsidian_settings.h"
#include "goals/support/text.h"
#include "goals/write/templates.h"
#include "parse/frontmatter_internal.h"

namespace goals::fuzz {

namespace {

// A broken invariant: libFuzzer saves the input as a crash artifact, and a
// regression test replaying it dies, so neither can miss it.
[[noreturn]] void broken(std::string_view harness, const std::string& what) {
  std::fprintf(stderr, "fuzz %.*s: %s\n", static_cast<int>(harness.size()), harness.data(),
               what.c_str());
  std::abort();
}

void check(bool ok, std::string_view harness, const std::string& what) {
  if (!ok) broken(harness, what);
}

bool within(std::string_view outer, std::string_view inner) {
  return inner.data() >= outer.data() && inner.data() + inner.size() <= outer.data() + outer.size();
}

// Lines of `text` (LF separated; a CR before the LF stays).
std::vector<std::string_view> lines_of(std::string_view text) {
  std::vector<std::string_view> out;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    out.push_back(text.substr(pos, nl - pos));
    pos = nl + 1;
  }
  return out;
}

// Lines as the readers count them: `\n`, `\r\n` or a lone `\r` ends one.
int line_count(std::string_view text) {
  int lines = 1;
  for (std::size_t at = find_line_end(text, 0); at < text.size();
       at = find_line_end(text, at + line_ending_size(text, at)))
    ++lines;
  return lines;
}

void check_diagnostics(std::string_view harness, const Diagnostics& diags) {
  for (const Diagnostic& d : diags) {
    check(!d.rule.empty() && !d.message.empty(), harness, "a diagnostic without rule or message");
    check(d.line >= 0 && d.column >= 0, harness,
          "diagnostic `" + d.message + "` at a negative position");
  }
}

const std::map<std::string, std::string> kAliases{{"due", "deadline"}, {"updated", "reviewed"}};

}  // namespace

// ---------------------------------------------------------------------------

void frontmatter(std::string_view input) {
  constexpr std::string_view h = "frontmatter";
  const FrontMatterSplit split = split_front_matter(input);
  check(within(input, split.body), h, "the body is not a part of the note");
  check(!split.present || within(input, split.yaml), h, "the YAML is not a part of the note");
  check(!(split.present && split.unclosed), h, "front matter both closed and unclosed");

  // Without fences the whole input is read as YAML: the fuzzer then spends
  // its mutations on the YAML rather than on finding the fences.
  const std::string_view yaml = split.present ? split.yaml : input;
  const int first_line = split.present ? split.yaml_first_line : 2;
  RawProperties props;
  Diagnostics diags;
  const bool ok = parse_front_matter(yaml, first_line, "n.md", kAliases, &props, &diags);
  check_diagnostics(h, diags);
  check(ok || !diags.empty(), h, "front matter refused without a diagnostic");
  check(ok || props.entries.empty(), h, "refused front matter kept properties");
  const int last_line = first_line + line_count(yaml) - 1;
  for (const auto& [key, prop] : props.entries) {
    check(prop.line >= first_line && prop.line <= last_line && prop.column >= 1, h,
          "key `" + key + "` placed outside the front matter");
    if (prop.shape == RawProperty::Shape::Scalar) {
      check(prop.items.size() == 1, h, "scalar `" + key + "` without exactly one item");
    }
    for (const Scalar& s : prop.items) {
      check(s.line >= first_line && s.line <= last_line && s.column >= 1, h,
            "a value of `" + key + "` placed outside the front matter");
    }
  }
  (void)is_generated_note(input);
  (void)is_generated_base(input);
}

// ---------------------------------------------------------------------------

void frontmatter_diff(std::string_view yaml) {
  constexpr std::string_view h = "frontmatter_diff";
  const FrontMatterLimits limits;
  // parse_front_matter refuses these before either reader runs
  // (readable_bytes): yaml-cpp would read a NUL differently from the bytes.
  if (yaml.size() > limits.max_bytes || yaml.find('\0') != std::string_view::npos) return;
  constexpr int kFirst = 2;
  detail::RawEntries simple;
  if (!detail::read_simple(yaml, kFirst, limits.node_budget, &simple)) return;
  detail::ReadError err;
  // parse_front_matter skips the guards for what the simple reader accepts.
  check(detail::check_guards(yaml, kFirst, limits, &err), h,
        "the simple reader accepted YAML the guards refuse: " + err.message);
  detail::RawEntries ref;
  check(detail::read_with_yaml_cpp(yaml, kFirst, limits, &ref, &err), h,
        "the simple reader accepted YAML that yaml-cpp refuses: " + err.message);
  check(simple.size() == ref.size(), h,
        "key counts differ: simple " + std::to_string(simple.size()) + ", yaml-cpp " +
            std::to_string(ref.size()));
  auto at = [](int line, int column) {
    return std::to_string(line) + ":" + std::to_string(column);
  };
  for (std::size_t i = 0; i < simple.size(); ++i) {
    const auto& [ka, a] = simple[i];
    const auto& [kb, b] = ref[i];
    check(ka == kb, h, "key " + std::to_string(i) + ": simple `" + ka + "`, yaml-cpp `" + kb + "`");
    check(a.shape == b.shape, h,
          "key `" + ka + "`: shape " + std::to_string(static_cast<int>(a.shape)) + " vs " +
              std::to_string(static_cast<int>(b.shape)));
    check(a.line == b.line && a.column == b.column, h,
          "key `" + ka + "` at " + at(a.line, a.column) + " vs " + at(b.line, b.column));
    check(a.items.size() == b.items.size(), h,
          "key `" + ka + "`: " + std::to_string(a.items.size()) + " items vs " +
              std::to_string(b.items.size()));
    for (std::size_t j = 0; j < a.items.size(); ++j) {
      const Scalar& x = a.items[j];
      const Scalar& y = b.items[j];
      const std::string item = "key `" + ka + "` item " + std::to_string(j) + ": ";
      check(x.text == y.text, h, item + "text `" + x.text + "` vs `" + y.text + "`");
      check(x.line == y.line && x.column == y.column, h,
            item + at(x.line, x.column) + " vs " + at(y.line, y.column));
      check(x.quoted == y.quoted, h, item + "quoted differs");
      check(x.nested == y.nested, h, item + "nested differs");
    }
  }
}

// ---------------------------------------------------------------------------

void note(std::string_view input) {
  constexpr std::string_view h = "note";
  static const Config config;
  Diagnostics diags;
  const Note n = parse_note(input, "Goals/Fuzz.md", config, &diags);
  check_diagnostics(h, diags);
  check(n.path == "Goals/Fuzz.md" && n.name == "Fuzz", h, "the note's path or name changed");
  for (std::size_t q : review_questions_of(n)) {
    check(q < n.body.headings.size(), h, "a review question past the headings");
  }
}

// ---------------------------------------------------------------------------

void config(std::string_view input) {
  constexpr std::string_view h = "config";
  const ConfigResult r = parse_config(std::string(input), ".goals.yaml");
  check_diagnostics(h, r.diagnostics);
  static const char* const kPaths[] = {
      "Goals/Ship v2.md",
      "Archive/2023/Old goal.md",
      "a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p.md",
      ".obsidian/app.json",
      "Über/café.md",
      "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.md"};
  for (const std::string& pattern : r.config.ignore) {
    for (const char* p : kPaths) (void)glob_match(pattern, p);
  }
  for (const KindRule& rule : r.config.classify) {
    if (!rule.folder.empty()) {
      for (const char* p : kPaths) (void)glob_match(rule.folder, p);
    }
    (void)rule.conditions();
  }
  (void)r.config.spellings("deadline");
}

// ---------------------------------------------------------------------------

void templates(std::string_view input) {
  // Shaped like goal_template_data and sprint_template_data, with a list,
  // an object, a null, booleans and a number for sections to walk.
  static const nlohmann::json data = {
      {"title", "Ship v2"},
      {"today", "2025-01-06"},
      {"deadline", "2025-06-30"},
      {"horizon", "quarter"},
      {"parent", "[[Grow the team]]"},
      {"metric", "weekly active users"},
      {"target", 1000},
      {"none", nullptr},
      {"yes", true},
      {"no", false},
      {"goals", {{{"title", "A"}, {"link", "[[A]]"}}, {{"title", "B"}, {"link", "[[B]]"}}}},
      {"sprint", {{"quarter", "2025-Q1"}, {"start", "2025-01-06"}, {"weeks", {1, 2, 3}}}},
  };
  std::string error;
  const std::optional<std::string> out = render_template(input, data, &error);
  check(out.has_value() || !error.empty(), "templates", "a template refused without a reason");
}

// ---------------------------------------------------------------------------

namespace {

// A path the vault scan can list: vault-relative, '/' separated, no empty,
// `.` or `..` component, no NUL.
bool scannable(std::string_view p) {
  if (p.empty() || p.find('\0') != std::string_view::npos) return false;
  std::size_t pos = 0;
  for (;;) {
    std::size_t slash = p.find('/', pos);
    std::string_view part = p.substr(pos, slash == std::string_view::npos ? p.npos : slash - pos);
    if (part.empty() || part == "." || part == "..") return false;
    if (slash == std::string_view::npos) return true;
    pos = slash + 1;
  }
}

void check_result(const LinkResolver::Result& r, std::size_t files, const std::string& what) {
  constexpr std::string_view h = "resolver";
  using Kind = LinkResolver::Result::Kind;
  const int n = static_cast<int>(files);
  switch (r.kind) {
    case Kind::Unresolved:
      check(r.file == -1, h, what + ": unresolved, yet names a file");
      break;
    case Kind::Resolved:
      check(r.file >= 0 && r.file < n, h, what + ": resolved to no file");
      break;
    case Kind::Ambiguous:
      check(r.candidates.size() >= 2 && r.file == r.candidates.front(), h,
            what + ": ambiguous without two candidates led by its file");
      for (int c : r.candidates) check(c >= 0 && c < n, h, what + ": a candidate out of range");
      check(std::is_sorted(r.candidates.begin(), r.candidates.end()), h,
            what + ": candidates not in path order");
      break;
  }
}

}  // namespace

void resolver(std::string_view input) {
  constexpr std::string_view h = "resolver";
  constexpr std::size_t kMaxFiles = 200, kMaxTargets = 50;
  const std::size_t blank = input.find("\n\n");
  const std::string_view file_part = input.substr(0, blank);
  const std::string_view link_part =
      blank == std::string_view::npos ? std::string_view() : input.substr(blank + 2);
  // As the vault scan hands them over: sorted and unique.
  std::vector<std::string> files;
  for (std::string_view line : lines_of(file_part)) {
    if (files.size() == kMaxFiles) break;
    if (scannable(line)) files.emplace_back(line);
  }
  std::sort(files.begin(), files.end());
  files.erase(std::unique(files.begin(), files.end()), files.end());
  const LinkResolver r(files);

  std::vector<std::string> from = {"Note.md", "Goals/Deep/Note.md"};
  for (std::size_t i = 0; i < files.size() && i < 3; ++i) from.push_back(files[i]);
  std::vector<std::string_view> links = lines_of(link_part);
  if (links.size() > kMaxTargets) links.resize(kMaxTargets);
  for (std::string_view t : links) {
    const bool one = r.names_one_file(t);
    for (const std::string& f : from) {
      const std::string what = "`" + std::string(t) + "` from `" + f + "`";
      const LinkResolver::Result res = r.resolve(t, f);
      check_result(res, files.size(), what);
      // A bare name only one file has resolves to it from anywhere.
      check(!one || res.kind == LinkResolver::Result::Kind::Resolved, h,
            what + ": names one file, yet does not resolve");
      check_result(r.resolve_markdown(t, f), files.size(), what + " (Markdown)");
    }
  }
  // A file's own vault path always finds it (or a case variant of it).
  for (std::size_t i = 0; i < files.size(); ++i) {
    const std::string& p = files[i];
    const std::size_t slash = p.rfind('/');
    const std::string_view name = std::string_view(p).substr(slash == p.npos ? 0 : slash + 1);
    if (name.find('.') == std::string_view::npos || p.front() == ' ' || p.front() == '\t' ||
        p.back() == ' ' || p.back() == '\t') {
      continue;  // found only with ".md" added, or trimmed into another path
    }
    const LinkResolver::Result res = r.resolve(p, from.front());
    const std::string what = "`" + p + "`";
    check_result(res, files.size(), what);
    check(res.kind != LinkResolver::Result::Kind::Unresolved, h,
          what + ": a file's own path does not resolve");
  }
}

// ---------------------------------------------------------------------------

void obsidian_settings(std::string_view input) {
  constexpr std::string_view h = "obsidian_settings";
  static const char* const kFiles[] = {"app.json",
                                       "templates.json",
                                       "core-plugins.json",
                                       "daily-notes.json",
                                       "types.json",
                                       "community-plugins.json",
                                       "plugins/periodic-notes/data.json",
                                       "plugins/templater-obsidian/data.json"};
  MemoryFileSystem fs("/v");
  fs.add_dir("/v/.obsidian");
  std::size_t k = 0;
  std::string part;
  auto flush = [&] {
    if (k < std::size(kFiles)) fs.add_file(std::string("/v/.obsidian/") + kFiles[k], part);
    ++k;
    part.clear();
  };
  for (std::string_view line : lines_of(input)) {
    if (line == "%%") {
      flush();
      continue;
    }
    part.append(line);
    part.push_back('\n');
  }
  flush();
  Diagnostics diags;
  const ObsidianSettings s = read_obsidian_settings(fs, "/v", &diags);
  check_diagnostics(h, diags);
  static const char* const kPaths[] = {"Goals/Ship v2.md", "Templates/Daily.md",
                                       "Daily/2025-01-06.md", "Archive/2023/Q1/Old goal.md",
                                       "Über/café.md"};
  for (const char* p : kPaths) {
    (void)s.is_excluded(p);
    (void)s.in_template_folder(p);
  }
}

// ---------------------------------------------------------------------------

std::span<const Target> targets() {
  static const Target kTargets[] = {
      {"frontmatter", frontmatter},
      {"frontmatter_diff", frontmatter_diff},
      {"note", note},
      {"config", config},
      {"templates", templates},
      {"resolver", resolver},
      {"obsidian_settings", obsidian_settings},
  };
  return kTargets;
}

}  // namespace goals::fuzz
