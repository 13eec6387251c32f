/// The bodies of the libFuzzer harnesses (tests/fuzz/fuzz_main.cpp), one
/// function per harness, so that the regular test build can replay the seed
/// corpus and every saved finding through exactly the same code
/// (tests/fuzz_regressions_test.cpp). Each feeds one input to a reader of
/// users' files and checks what must hold whatever the bytes: a broken
/// check prints what broke and aborts, which libFuzzer reports as a crash.
#pragma once

#include <span>
#include <string_view>

namespace goals::fuzz {

/// split_front_matter, parse_front_matter (with the default aliases) on the
/// fenced YAML, or on the whole input when it has no fences,
/// is_generated_note and is_generated_base.
void frontmatter(std::string_view input);

/// The hand-written front-matter reader (detail::read_simple) against the
/// yaml-cpp reader on the same YAML: whatever the first accepts, the guards
/// and yaml-cpp must accept too, and both must read the same keys, shapes,
/// texts and positions.
void frontmatter_diff(std::string_view input);

/// parse_note on a whole note's bytes, as the vault loader calls it, then
/// review_questions_of on the result.
void note(std::string_view input);

/// parse_config on `.goals.yaml` text, then each `ignore` and `classify`
/// folder glob against a few vault paths.
void config(std::string_view input);

/// render_template on a template's text with data shaped like `goals new`'s.
void templates(std::string_view input);

/// LinkResolver: the lines before the first blank line are the vault's files,
/// the lines after it link targets, resolved from several notes.
void resolver(std::string_view input);

/// read_obsidian_settings on a vault whose `.obsidian/` files are the input's
/// parts (split on lines holding only `%%`), then is_excluded and
/// in_template_folder on a few paths.
void obsidian_settings(std::string_view input);

/// A harness: its name (also its corpus and regressions folder) and body.
struct Target {
  std::string_view name;
  void (*run)(std::string_view input);
};

/// Every harness, in a fixed order.
std::span<const Target> targets();

}  // namespace goals::fuzz
