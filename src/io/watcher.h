/// The file-watching seam of `goals report --watch`: changes in a vault's
/// folders reported through one interface, so the command's loop runs the same
/// on inotify or, in tests, on a scripted watcher.
#pragma once

#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace goals {

/// What Watcher::wait() saw.
struct WatchEvent {
  enum class Kind {
    Changed,  ///< something changed, then stayed quiet
    Stopped,  ///< SIGINT or SIGTERM asked the watch to end
    Failed,   ///< the watch cannot go on (see `error`)
  };
  Kind kind = Kind::Failed;
  /// Changed: the vault paths that changed, sorted and unique; empty when the
  /// kernel dropped events (the queue overflowed) and any note may have changed.
  std::vector<std::string> paths;
  std::string error;  ///< Failed: why
  int signal = 0;     ///< Stopped: the signal that asked (SIGINT, SIGTERM); 0 when none did
};

/// Waits for changes below a vault's root.
class Watcher {
 public:
  virtual ~Watcher() = default;
  /// Blocks until something changes and then `quiet` passes with no further
  /// change (a save that writes several files is one change), or until a stop.
  virtual WatchEvent wait() = 0;
};

/// What to watch.
struct WatchSpec {
  std::string root;  ///< the vault's root, absolute
  /// Vault paths whose changes are goals' own (the dashboard note it writes);
  /// empty: none.
  std::function<bool(std::string_view path)> ignore;
  std::chrono::milliseconds quiet{300};
};

/// Makes the watcher for `spec`, or nullptr and `*error`.
using WatcherFactory =
    std::function<std::unique_ptr<Watcher>(const WatchSpec& spec, std::string* error)>;

/// Watches with Linux inotify every folder at and below `spec.root` except
/// dot-folders (`.obsidian/`, `.git/`: as the vault scanner skips them) and
/// symlinked ones, and the folders made or moved in later. A change is a file
/// or folder made, written, moved or deleted there whose name does not start
/// with `.` (goals' temp files `.goals-*.tmp` among them), or `.goals.yaml` at
/// the root. SIGINT and SIGTERM are blocked while the watcher lives and read
/// through a signalfd, so wait() returns Stopped on either instead of the
/// process dying mid-write; the old signal mask comes back when it is destroyed.
std::unique_ptr<Watcher> make_inotify_watcher(const WatchSpec& spec, std::string* error);

}  // namespace goals
