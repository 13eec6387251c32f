/// `goals completion bash|zsh|fish`: shell completion scripts generated from
/// the command model (describe_cli), so that they complete exactly what the
/// parser accepts.
#pragma once

#include <span>
#include <string>

#include "goals/support/names.h"
#include "render/command_spec.h"

namespace goals {

enum class Shell { Bash, Zsh, Fish };
inline constexpr Named<Shell> kShellNames[] = {
    {"bash", Shell::Bash}, {"zsh", Shell::Zsh}, {"fish", Shell::Fish}};
constexpr std::span<const Named<Shell>> names_of(Shell) { return kShellNames; }

/// The hidden subcommand the scripts call for values only the vault knows:
/// `goals [--vault DIR] __complete notes|goals|rules` prints one per line.
inline constexpr const char* kCompleteCommand = "__complete";

/// The completion script for `shell`, for the command tree `root` (named
/// `root.name`). Completes subcommands at every level, the options of the
/// current command and of those above it (the app falls through to them),
/// choice words, files and folders, and notes, goals and rule ids by asking
/// the tool itself (kCompleteCommand), passing on any --vault typed before.
std::string completion_script(const CommandSpec& root, Shell shell);

}  // namespace goals
