#include "commands/command.h"

namespace goals {

namespace {

struct CommandExamples {
  std::string_view path;
  std::span<const Example> examples;
};

// Real commands on a vault shaped like examples/engineering-manager, kept here in
// one table so that help, the man page and the README can all show the same ones.
constexpr Example kGoals[] = {
    {"goals", "where things stand this week (the same as `goals status`)"},
    {"goals lint", "check every goal for SMART gaps and broken links"},
    {"goals new goal \"Lead the Q1 hiring loop\" --horizon short --deadline 2027-03-31",
     "scaffold a goal note"},
};

constexpr CommandExamples kTable[] = {
    {"", kGoals},
};

}  // namespace

std::span<const Example> examples_of(std::string_view path) {
  for (const CommandExamples& c : kTable)
    if (c.path == path) return c.examples;
  return {};
}

}  // namespace goals
