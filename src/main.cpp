// Thin entry point: everything lives in goalslib.
#include <unistd.h>

#include <cstdlib>
#include <exception>
#include <iostream>

#include "goals/cli.h"

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  goals::RealFileSystem fs;
  goals::Io io{fs,
               std::cout,
               std::cerr,
               [](const std::string& name) -> std::optional<std::string> {
                 const char* v = std::getenv(name.c_str());
                 return v ? std::optional<std::string>(v) : std::nullopt;
               },
               isatty(STDOUT_FILENO) == 1,
               isatty(STDERR_FILENO) == 1,
               &std::cin};
  int code = goals::kExitUsage;
  try {
    code = goals::run_cli(argc, argv, io);
  } catch (const std::exception& e) {
    // A bug or exhausted memory: say so and exit 2, never 1, which means findings.
    std::cout.flush();
    std::cerr << "goals: internal error: " << e.what() << '\n';
  }
  std::cout.flush();
  return code;
}
