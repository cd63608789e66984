//===- LargeStack.h - Running the front end on a large stack ------------===//
///
/// The parser, the AST walkers and the compiler are recursive; deeply
/// nested programs are stopped by explicit depth limits (CPython's own:
/// MemoryError from the parser, RecursionError past ~3000 levels), and
/// those limits must be reachable without overflowing the C++ stack, even
/// under sanitizers whose frames are several times larger. Front-end work
/// therefore runs on a thread with a large stack.
///
//===----------------------------------------------------------------------===//
#pragma once

#include <functional>

namespace kiln::frontend {

/// Bytes of stack the front end may use (the thread's stack is larger).
constexpr unsigned long kFrontEndStackBudget = 192ul << 20;

/// Runs \p fn on a thread with a stack large enough for the front end's
/// depth limits, and waits for it.
void runOnLargeStack(const std::function<void()> &fn);

} // namespace kiln::frontend
