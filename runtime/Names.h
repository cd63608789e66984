//===- Names.h - Interned names (Names.def) -------------------------------===//
#pragma once

#include "runtime/objects/Str.h"

namespace kiln::rt {

struct InternedNames {
#define NAME(Ident, Text) Str *Ident;
#include "runtime/Names.def"
};

/// Filled by initNames() before anything else uses a name.
extern InternedNames names;
void initNames();

} // namespace kiln::rt
