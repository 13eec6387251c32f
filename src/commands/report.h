/// `goals report`: the dashboard note, once or kept up to date (`--watch`),
/// callable with any Watcher (tests).
#pragma once

#include <optional>
#include <string>

#include "commands/command.h"
#include "io/watcher.h"
#include "render/common.h"

namespace goals {

struct ReportOptions {
  NoteFormat format = NoteFormat::Markdown;
  std::optional<std::string> output;  ///< --output FILE
  bool all = false;                   ///< --all: every sprint on the timeline
  bool watch = false;                 ///< --watch: write again after every change
};

/// Runs the report. With `--watch`, `make_watcher` makes the watcher of the
/// vault (make_inotify_watcher on a real one); the dashboard is written
/// first, then again after every change it reports, until it reports a stop
/// (exit 0; SIGINT and SIGTERM with inotify) or fails (exit 2).
int run_report(Session& s, const ReportOptions& o, const WatcherFactory& make_watcher);

}  // namespace goals
