// Starts the runtime once for the unit tests that need it (numbers tests).
#pragma once

#include "runtime/Runtime.h"
#include "vm/Interpreter.h"

namespace kiln::test {

inline void ensureRuntime() {
  static bool started = [] {
    kiln::rt::initRuntime({"kiln-unit-tests"}, ".");
    kiln::vm::installInterpreter();
    return true;
  }();
  (void)started;
}

} // namespace kiln::test
