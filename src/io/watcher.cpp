#include "io/watcher.h"

#include <dirent.h>
#include <poll.h>
#include <sys/inotify.h>
#include <sys/signalfd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <map>
#include <set>

namespace goals {

namespace {

constexpr std::uint32_t kEvents = IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE |
                                  IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE_SELF | IN_MOVE_SELF;

std::string join(const std::string& folder, std::string_view name) {
  return folder.empty() ? std::string(name) : folder + "/" + std::string(name);
}

class InotifyWatcher : public Watcher {
 public:
  explicit InotifyWatcher(WatchSpec spec) : spec_(std::move(spec)) {}

  ~InotifyWatcher() override {
    if (inotify_ >= 0) ::close(inotify_);
    if (signals_ >= 0) ::close(signals_);
    if (blocked_) sigprocmask(SIG_SETMASK, &old_mask_, nullptr);
  }
  InotifyWatcher(const InotifyWatcher&) = delete;
  InotifyWatcher& operator=(const InotifyWatcher&) = delete;

  bool start(std::string* error) {
    // Blocked before anything else, so that a signal from now on waits in
    // the signalfd for wait() instead of killing the process mid-write.
    sigset_t stops;
    sigemptyset(&stops);
    sigaddset(&stops, SIGINT);
    sigaddset(&stops, SIGTERM);
    if (sigprocmask(SIG_BLOCK, &stops, &old_mask_) != 0) return fail("cannot block signals", error);
    blocked_ = true;
    signals_ = signalfd(-1, &stops, SFD_CLOEXEC | SFD_NONBLOCK);
    if (signals_ < 0) return fail("cannot watch for signals", error);
    inotify_ = inotify_init1(IN_CLOEXEC | IN_NONBLOCK);
    if (inotify_ < 0) return fail("cannot start inotify", error);
    if (!add_tree(spec_.root, "")) return fail("cannot watch " + spec_.root, error);
    return true;
  }

  WatchEvent wait() override {
    using Clock = std::chrono::steady_clock;
    std::set<std::string> changed;
    bool any = false;
    Clock::time_point quiet_until{};
    for (;;) {
      int timeout = -1;
      if (any) {
        const auto left =
            std::chrono::duration_cast<std::chrono::milliseconds>(quiet_until - Clock::now());
        timeout = left.count() > 0 ? static_cast<int>(left.count()) : 0;
      }
      pollfd fds[2] = {{signals_, POLLIN, 0}, {inotify_, POLLIN, 0}};
      const int n = ::poll(fds, 2, timeout);
      if (n < 0) {
        if (errno == EINTR) continue;
        return failed(std::string("poll: ") + std::strerror(errno));
      }
      if (fds[0].revents & POLLIN) {
        signalfd_siginfo info{};
        if (::read(signals_, &info, sizeof info) == static_cast<ssize_t>(sizeof info))
          return WatchEvent{WatchEvent::Kind::Stopped, {}, {}, static_cast<int>(info.ssi_signo)};
      }
      if (n == 0 && any) break;
      if (fds[1].revents & POLLIN) {
        const int seen = read_events(&changed);
        if (seen < 0) return failed(std::string("inotify: ") + std::strerror(errno));
        if (seen > 0) {
          any = true;
          quiet_until = Clock::now() + spec_.quiet;
        }
      }
      if (watches_.empty()) return failed("the vault folder is gone");
    }
    WatchEvent e{WatchEvent::Kind::Changed, {}, {}};
    if (!overflow_) e.paths.assign(changed.begin(), changed.end());
    overflow_ = false;
    return e;
  }

 private:
  static bool fail(const std::string& what, std::string* error) {
    *error = what + ": " + std::strerror(errno);
    return false;
  }
  static WatchEvent failed(std::string why) {
    return WatchEvent{WatchEvent::Kind::Failed, {}, std::move(why)};
  }

  // Watches `abs` (vault path `rel`) and every folder below it but dot-folders.
  bool add_tree(const std::string& abs, const std::string& rel) {
    // IN_DONT_FOLLOW with IN_ONLYDIR: a symlink is not a folder here.
    const int wd = inotify_add_watch(inotify_, abs.c_str(), kEvents | IN_ONLYDIR | IN_DONT_FOLLOW);
    if (wd < 0) return false;
    watches_[wd] = rel;
    DIR* dir = ::opendir(abs.c_str());
    if (!dir) return true;  // gone or unreadable since: its events say the rest
    while (const dirent* e = ::readdir(dir)) {
      if (e->d_name[0] == '.') continue;  // ".", "..", dot-folders
      const std::string child = abs + "/" + e->d_name;
      bool folder = e->d_type == DT_DIR;
      if (e->d_type == DT_UNKNOWN) {
        struct stat st {};
        folder = ::lstat(child.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
      }
      if (folder) add_tree(child, join(rel, e->d_name));  // a folder that vanished is no error
    }
    ::closedir(dir);
    return true;
  }

  // Reads the queued events into `changed`; how many count (-1 on error).
  int read_events(std::set<std::string>* changed) {
    alignas(inotify_event) char buf[64 * 1024];
    int seen = 0;
    for (;;) {
      const ssize_t len = ::read(inotify_, buf, sizeof buf);
      if (len < 0) {
        if (errno == EAGAIN || errno == EWOULDBLOCK) return seen;
        if (errno == EINTR) continue;
        return -1;
      }
      if (len == 0) return seen;
      for (ssize_t at = 0; at < len;) {
        const auto* ev = reinterpret_cast<const inotify_event*>(buf + at);
        at += static_cast<ssize_t>(sizeof(inotify_event) + ev->len);
        seen += handle(*ev, changed);
      }
    }
  }

  int handle(const inotify_event& ev, std::set<std::string>* changed) {
    if (ev.mask & IN_Q_OVERFLOW) {
      overflow_ = true;  // events were lost: anything may have changed
      return 1;
    }
    const auto it = watches_.find(ev.wd);
    if (it == watches_.end()) return 0;
    if (ev.mask & IN_IGNORED) {
      watches_.erase(it);  // the folder is gone; its parent reported that
      return 0;
    }
    if (ev.len == 0 || ev.name[0] == '\0') return 0;  // about the folder itself
    const std::string folder = it->second;
    const std::string_view name(ev.name);
    if (name.front() == '.' && !(folder.empty() && name == ".goals.yaml")) return 0;
    // A file opened with O_TMPFILE (goals' own temp files, see filesystem.h)
    // is written and closed under the kernel's name `#<inode>`, whatever
    // name it gets later: its writes are no change to a note. Its creation,
    // a rename or a removal under such a name still counts.
    if (!(ev.mask & (IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO)) && name.size() > 1 &&
        name.front() == '#' && name.find_first_not_of("0123456789", 1) == std::string_view::npos)
      return 0;
    const std::string path = join(folder, name);
    if ((ev.mask & IN_ISDIR) && (ev.mask & (IN_CREATE | IN_MOVED_TO)))
      add_tree(join(spec_.root, path), path);  // what is in it counts on the next read
    if (spec_.ignore && spec_.ignore(path)) return 0;
    changed->insert(path);
    return 1;
  }

  WatchSpec spec_;
  int inotify_ = -1;
  int signals_ = -1;
  bool blocked_ = false;
  bool overflow_ = false;
  sigset_t old_mask_{};
  std::map<int, std::string> watches_;  // watch descriptor -> vault path of the folder
};

}  // namespace

std::unique_ptr<Watcher> make_inotify_watcher(const WatchSpec& spec, std::string* error) {
  auto w = std::make_unique<InotifyWatcher>(spec);
  if (!w->start(error)) return nullptr;
  return w;
}

}  // namespace goals
