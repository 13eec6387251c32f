// goals-gen: writes what the build generates from the command model, so that
// it cannot drift from the parser. Run by CMake, not installed:
//   goals-gen man OUT DATE      the man page goals(1); DATE is YYYY-MM-DD
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>

#include "commands/command.h"
#include "render/manpage.h"

int main(int argc, char** argv) {
  if (argc != 4 || std::string(argv[1]) != "man") {
    std::cerr << "usage: goals-gen man OUT YYYY-MM-DD\n";
    return 2;
  }
  CLI::App app{goals::kAppDescription, "goals"};
  goals::GlobalOptions opts;
  goals::Runner run;
  goals::build_cli(app, &opts, &run);
  const std::string page =
      goals::render_manpage(goals::describe_cli(app), {.version = GOALS_VERSION, .date = argv[3]});
  // Written whole then renamed, so that an interrupted build leaves no half page
  // that the next build would take as up to date.
  const std::string out = argv[2];
  const std::string tmp = out + ".tmp";
  {
    std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
    f << page;
    if (!f.flush()) {
      std::cerr << "goals-gen: cannot write " << tmp << '\n';
      return 2;
    }
  }
  if (std::rename(tmp.c_str(), out.c_str()) != 0) {
    std::cerr << "goals-gen: cannot write " << out << '\n';
    return 2;
  }
  return 0;
}
