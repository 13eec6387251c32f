#include "parse/cmark_arena.h"

#include <algorithm>
#include <csetjmp>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace goals::markdown_internal {

namespace {

constexpr std::size_t kAlign = 16;
constexpr std::size_t kHeader = kAlign;  // each block remembers its size, for realloc
constexpr std::size_t kFirstChunk = 256 * 1024;
constexpr std::size_t kKeepChunk = 4 * 1024 * 1024;
// Chunks stop doubling here: glibc serves blocks this size from the heap once
// one was freed, so a large note's next parse reuses its pages instead of
// mapping (and faulting in) fresh ones each time.
constexpr std::size_t kMaxChunk = 16 * 1024 * 1024;

struct Chunk {
  char* data = nullptr;
  std::size_t size = 0;
  std::size_t used = 0;
};

class Arena {
 public:
  ~Arena() {
    for (Chunk& c : chunks_) std::free(c.data);
  }

  void* allocate(std::size_t n) {
    n = round_up(n);
    if (chunks_.empty() || chunks_.back().size - chunks_.back().used < n + kHeader)
      grow(n + kHeader);
    Chunk& c = chunks_.back();
    char* block = c.data + c.used;
    c.used += n + kHeader;
    std::memcpy(block, &n, sizeof n);
    return block + kHeader;
  }

  void* reallocate(void* p, std::size_t n) {
    if (p == nullptr) return allocate(n);
    char* block = static_cast<char*>(p) - kHeader;
    std::size_t old = 0;
    std::memcpy(&old, block, sizeof old);
    if (n <= old) return p;
    // cmark grows its buffers step by step: extend the newest block in place.
    Chunk& c = chunks_.back();
    const std::size_t want = round_up(n);
    if (block + kHeader + old == c.data + c.used && c.size - c.used >= want - old) {
      c.used += want - old;
      std::memcpy(block, &want, sizeof want);
      return p;
    }
    void* q = allocate(n);
    std::memcpy(q, p, old);
    return q;
  }

  void reset() {
    if (chunks_.empty()) return;
    // Keep the largest modest chunk; a hostile note's giant ones go back.
    auto keep = chunks_.end();
    for (auto it = chunks_.begin(); it != chunks_.end(); ++it)
      if (it->size <= kKeepChunk && (keep == chunks_.end() || it->size > keep->size)) keep = it;
    Chunk kept;
    if (keep != chunks_.end()) {
      kept = *keep;
      keep->data = nullptr;
    }
    for (Chunk& c : chunks_) std::free(c.data);
    chunks_.clear();
    if (kept.data) {
      kept.used = 0;
      chunks_.push_back(kept);
    }
  }

  std::size_t capacity() const {
    std::size_t total = 0;
    for (const Chunk& c : chunks_) total += c.size;
    return total;
  }

 private:
  static std::size_t round_up(std::size_t n) { return (n + kAlign - 1) & ~(kAlign - 1); }

  void grow(std::size_t need) {
    std::size_t size = chunks_.empty() ? kFirstChunk : std::min(chunks_.back().size * 2, kMaxChunk);
    size = std::max(size, need);
    const std::size_t held = capacity();
    if (limit_ != 0 && (size > limit_ || held > limit_ - size)) {
      // Past the limit: a smaller last chunk may still fit; else give up.
      size = need;
      if (size > limit_ || held > limit_ - size) give_up();
    }
    try {
      chunks_.reserve(chunks_.size() + 1);  // no exception may cross cmark-gfm's C frames
    } catch (...) {
      give_up();
    }
    void* data = std::malloc(size);
    if (data == nullptr) give_up();
    chunks_.push_back(Chunk{static_cast<char*>(data), size, 0});
  }

  // cmark-gfm cannot report a failed allocation: jump back to parse_within,
  // or abort as cmark's own allocator would when there is none.
  [[noreturn]] void give_up() {
    if (jump_ != nullptr) std::longjmp(*jump_, 1);
    std::fputs("goals: out of memory while parsing Markdown\n", stderr);
    std::abort();
  }

 public:
  std::jmp_buf* jump_ = nullptr;
  std::size_t limit_ = 0;  // 0: none

 private:
  std::vector<Chunk> chunks_;
};

thread_local Arena arena;

void* arena_calloc(std::size_t count, std::size_t size) {
  if (size != 0 && count > static_cast<std::size_t>(-1) / size) return nullptr;
  void* p = arena.allocate(count * size);
  std::memset(p, 0, count * size);
  return p;
}

void* arena_realloc(void* p, std::size_t n) { return arena.reallocate(p, n); }

void arena_free(void*) {}

cmark_mem arena_mem = {arena_calloc, arena_realloc, arena_free};

}  // namespace

cmark_mem* thread_arena() { return &arena_mem; }

void reset_thread_arena() { arena.reset(); }

bool parse_within(std::size_t limit, void (*parse)(void*), void* context) {
  std::jmp_buf jump;
  arena.limit_ = limit;
  arena.jump_ = &jump;
  // Only cmark-gfm's C frames and the arena's trivially destructible ones lie
  // between here and the longjmp in give_up().
  volatile bool done = false;
  if (setjmp(jump) == 0) {
    parse(context);
    done = true;
  }
  arena.jump_ = nullptr;
  arena.limit_ = 0;
  return done;
}

std::size_t thread_arena_capacity() { return arena.capacity(); }

}  // namespace goals::markdown_internal
