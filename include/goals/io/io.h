/// The outside world a run talks to: streams, terminals, environment, file system.
#pragma once

#include <functional>
#include <istream>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "goals/io/filesystem.h"

namespace goals {

/// Exit codes shared by every command. A run stopped by Ctrl-C (SIGINT) or
/// SIGTERM ends as shells expect of a program a signal stopped: 128 + the signal.
enum ExitCode : int {
  kExitOk = 0,
  kExitFindings = 1,
  kExitUsage = 2,
  kExitInterrupted = 130,
  kExitTerminated = 143
};

/// The outside world a run talks to, passed in so tests can fake it.
struct Io {
  FileSystem& fs;
  std::ostream& out;
  std::ostream& err;
  std::function<std::optional<std::string>(const std::string&)> getenv;
  bool out_is_tty = false;
  bool err_is_tty = false;
  std::istream* in = nullptr;  ///< standard input, for `goals lint -`
  bool in_is_tty = false;      ///< standard input is a terminal (interactive `goals review`)
  /// Runs a program (argv[0] looked up in PATH) attached to this terminal and
  /// waits for it; returns its exit status, or -1 when it could not start.
  /// Empty: running programs is not possible (tests).
  std::function<int(const std::vector<std::string>& argv)> spawn;
  /// Starts `command` (through `sh -c`) as a pager reading everything written
  /// to `out` from now on, as git does; false when it could not start (the
  /// output then goes where it went). Empty: no pager (tests, none possible).
  std::function<bool(const std::string& command)> start_pager;
  /// Columns of the terminal stdout / stderr is, 0 when it is none or does
  /// not say (tests leave them 0: output laid out for a pipe).
  int out_columns = 0;
  int err_columns = 0;

  /// This Io reading and writing files through `other` (an overlay holding
  /// an editor's unsaved note, say); everything else as it is.
  Io with_fs(FileSystem& other) const {
    return Io{other, out,       err,   getenv,      out_is_tty,  err_is_tty,
              in,    in_is_tty, spawn, start_pager, out_columns, err_columns};
  }
};

}  // namespace goals
