// Thin entry point: everything lives in goalslib.
#include <unistd.h>

#include <cstdlib>
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
  const int code = goals::run_cli(argc, argv, io);
  std::cout.flush();
  return code;
}
