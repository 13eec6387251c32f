/// The command line: `goals [global options] COMMAND [options]`.
#pragma once

#include "goals/io/io.h"

namespace goals {

/// Parses `argv` and runs the command; returns the process exit code.
int run_cli(int argc, const char* const* argv, Io& io);

}  // namespace goals
