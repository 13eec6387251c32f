/// Runs the whole CLI in-process on an in-memory file system with a fake environment.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "goals/cli.h"
#include "goals/io/memory_filesystem.h"

namespace goals::testing_util {

struct Outcome {
  int code = -1;
  std::string out, err;
};

struct CliRunner {
  MemoryFileSystem fs{"/home/me/vault/Daily"};
  std::map<std::string, std::string> env;
  bool tty = false;
  std::optional<std::string> stdin_text;  ///< what `goals lint -` reads; none when unset
  /// Stands in for running a program (the editor); records nothing by default.
  std::function<int(const std::vector<std::string>&)> spawn;
  /// Stands in for starting a pager; none by default (output is never paged).
  std::function<bool(const std::string&)> start_pager;

  Outcome run(std::vector<std::string> args) {
    args.insert(args.begin(), "goals");
    std::vector<const char*> argv;
    for (auto& a : args) argv.push_back(a.c_str());
    std::ostringstream out, err;
    std::istringstream in(stdin_text.value_or(""));
    Io io{.fs = fs,
          .out = out,
          .err = err,
          .getenv = [this](const std::string& k) -> std::optional<std::string> {
            auto it = env.find(k);
            return it == env.end() ? std::nullopt : std::optional(it->second);
          },
          .out_is_tty = tty,
          .err_is_tty = tty,
          .in = stdin_text ? &in : nullptr,
          .spawn = spawn,
          .start_pager = start_pager};
    Outcome r;
    r.code = run_cli(static_cast<int>(argv.size()), argv.data(), io);
    r.out = out.str();
    r.err = err.str();
    return r;
  }
};

}  // namespace goals::testing_util
