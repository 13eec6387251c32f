// goals_hostile_note PATTERN BYTES: prints a hostile note body (tests/hostile_notes.h)
// for bench/hostile.py; `--list` prints the pattern names, one per line.
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <string>

#include "hostile_notes.h"

int main(int argc, char** argv) {
  if (argc == 2 && std::string(argv[1]) == "--list") {
    for (const auto& p : goals_test::hostile_patterns())
      std::cout << p.name << '\t' << p.attacks << '\n';
    return 0;
  }
  if (argc != 3) {
    std::cerr << "usage: goals_hostile_note PATTERN BYTES | --list\n";
    return 2;
  }
  const std::string note = goals_test::hostile_note(argv[1], std::strtoull(argv[2], nullptr, 10));
  if (note.empty()) {
    std::cerr << "goals_hostile_note: unknown pattern " << argv[1] << '\n';
    return 2;
  }
  std::fwrite(note.data(), 1, note.size(), stdout);
  return 0;
}
