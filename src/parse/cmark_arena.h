/// A per-thread bump allocator for cmark-gfm: a note's whole parse lives in it
/// and is dropped at once, instead of one malloc and free per node.
#pragma once

#include <cmark-gfm.h>

#include <cstddef>

namespace goals::markdown_internal {

/// This thread's arena as a cmark allocator (cmark's own arena is one global,
/// so it cannot serve two parsing threads).
cmark_mem* thread_arena();

/// Forgets everything allocated on this thread's arena since the last reset.
/// Keeps one chunk for the next note; gives larger ones back to the system.
void reset_thread_arena();

/// Runs `parse(context)` with this thread's arena allowed `limit` bytes in
/// all. Returns false when cmark-gfm asked for more, or the system had no
/// more: the parse is abandoned where it stood (cmark-gfm's allocator cannot
/// fail, so the arena jumps back here), and what it allocated goes at the
/// next reset. `parse` must hold nothing that needs destroying while it
/// calls cmark-gfm.
bool parse_within(std::size_t limit, void (*parse)(void*), void* context);

/// Bytes this thread's arena holds from the system (for tests).
std::size_t thread_arena_capacity();

}  // namespace goals::markdown_internal
