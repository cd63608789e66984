//===- Interpreter.h - The reference bytecode interpreter ------------------===//
#pragma once

#include "runtime/Frame.h"

namespace kiln::vm {

/// Runs or resumes \p frame (a rt::FrameEntry).
rt::Value evalFrame(rt::Frame *frame, rt::Value sent);

/// Makes the interpreter the entry of every code object without a native
/// function. Call once after initRuntime.
void installInterpreter();

} // namespace kiln::vm
