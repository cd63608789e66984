//===- Launcher.h - The program thread of `kiln run` and built executables -===//
///
/// Python code runs on a thread of its own with a 1 GB stack (reserved,
/// committed on use): deep recursion ends in RecursionError from the
/// runtime's stack budget, not in a crash at the 8 MB default. Ctrl-C must
/// reach that thread (so a blocking read there returns EINTR), not the
/// waiting main thread nor the collector's marker threads, so SIGINT is
/// blocked before any thread starts and unblocked on the program thread.
///
//===----------------------------------------------------------------------===//
#pragma once

#include <functional>

namespace kiln::rt {

/// Blocks SIGINT in the calling thread; call before initRuntime, whose
/// collector threads inherit the mask.
void blockSigintBeforeStart();

/// Runs \p body on the program thread and returns its exit status. A
/// std::bad_alloc that escapes ends like CPython's MemoryError (status 1);
/// kExitBySigint makes the process die by SIGINT as CPython does.
int runOnProgramThread(const std::function<int()> &body);

} // namespace kiln::rt
