//===- Args.h - Argument parsing for built-in functions -------------------===//
///
/// Built-ins receive the CALL layout (positional args, then keyword values
/// named by kwnames). These helpers check and unpack it with the messages
/// CPython's generated parsers give (Argument Clinic):
///
///   checkPositional("divmod", nargs, 2, 2)   -> "divmod expected 2 arguments, got 1"
///   noKeywords("sorted", kwnames)            -> "sorted() takes no keyword arguments"
///   ArgSpec{"split", {"sep", "maxsplit"}, 0} -> "split() takes at most 2 arguments (3 given)",
///        "'x' is an invalid keyword argument for split()",
///        "split() missing required argument 'sep' (pos 1)", ...
///
//===----------------------------------------------------------------------===//
#pragma once

#include "runtime/Object.h"

#include <initializer_list>

namespace kiln::rt {

struct Tuple;

/// `NAME expected [at least|at most] N argument(s), got M` when nargs is
/// outside [min, max]. False on error.
bool checkPositional(const char *name, size_t nargs, size_t min, size_t max);
/// `NAME() takes no keyword arguments` when kwnames is non-empty.
bool noKeywords(const char *name, Tuple *kwnames);

/// A parameter list: the first `required` are required; parameters from
/// `kwOnly` on are keyword-only; those before `posOnly` positional-only.
struct ArgSpec {
  const char *fname;
  std::initializer_list<const char *> params;
  size_t required = 0;
  size_t kwOnly = size_t(-1);
  size_t posOnly = 0;
};

/// Unpacks the call into \p out (params.size() slots; null for omitted
/// optional parameters). False with TypeError on a bad call.
bool parseArgs(const ArgSpec &spec, const Value *args, size_t nargs, Tuple *kwnames, Value *out);

} // namespace kiln::rt
