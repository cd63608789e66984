//===- Args.cpp - Argument parsing for built-in functions -----------------===//
#include "runtime/Args.h"
#include "runtime/Errors.h"
#include "runtime/objects/Str.h"
#include "runtime/objects/Tuple.h"

namespace kiln::rt {

bool checkPositional(const char *name, size_t nargs, size_t min, size_t max) {
  if (nargs < min) {
    raise(&TypeErrorType, "%s expected %s%zu argument%s, got %zu", name,
          min == max ? "" : "at least ", min, min == 1 ? "" : "s", nargs);
    return false;
  }
  if (nargs > max) {
    if (max == 0)
      raise(&TypeErrorType, "%s() takes no arguments (%zu given)", name, nargs);
    else
      raise(&TypeErrorType, "%s expected %s%zu argument%s, got %zu", name,
            min == max ? "" : "at most ", max, max == 1 ? "" : "s", nargs);
    return false;
  }
  return true;
}

bool noKeywords(const char *name, Tuple *kwnames) {
  if (kwnames && kwnames->size) {
    raise(&TypeErrorType, "%s() takes no keyword arguments", name);
    return false;
  }
  return true;
}

bool parseArgs(const ArgSpec &spec, const Value *args, size_t nargs, Tuple *kwnames, Value *out) {
  size_t n = spec.params.size();
  size_t maxPos = spec.kwOnly < n ? spec.kwOnly : n;
  for (size_t i = 0; i < n; i++)
    out[i] = Value();
  if (nargs > maxPos) {
    if (maxPos == 0)
      raise(&TypeErrorType, "%s() takes no positional arguments", spec.fname);
    else
      raise(&TypeErrorType, "%s() takes %s %zu %sargument%s (%zu given)", spec.fname,
            spec.required == maxPos && spec.kwOnly >= n ? "exactly" : "at most", maxPos,
            spec.kwOnly < n ? "positional " : "", maxPos == 1 ? "" : "s", nargs);
    return false;
  }
  // Required positional-only parameters missing: checked before keywords.
  size_t minPosOnly = spec.posOnly < spec.required ? spec.posOnly : spec.required;
  if (nargs < minPosOnly) {
    raise(&TypeErrorType, "%s() takes %s %zu positional argument%s (%zu given)", spec.fname,
          minPosOnly < maxPos ? "at least" : "exactly", minPosOnly, minPosOnly == 1 ? "" : "s",
          nargs);
    return false;
  }
  for (size_t i = 0; i < nargs; i++)
    out[i] = args[i];
  size_t nkw = kwnames ? size_t(kwnames->size) : 0;
  for (size_t k = 0; k < nkw; k++) {
    Str *name = kwnames->items[k].as<Str>();
    size_t idx = n;
    size_t i = 0;
    for (const char *p : spec.params) {
      if (i >= spec.posOnly && strEqualsAscii(name, p)) {
        idx = i;
        break;
      }
      i++;
    }
    if (idx == n) {
      raise(&TypeErrorType, "'%s' is an invalid keyword argument for %s()",
            strToUtf8(name).c_str(), spec.fname);
      return false;
    }
    if (out[idx]) {
      raise(&TypeErrorType, "argument for %s() given by name ('%s') and position (%zu)",
            spec.fname, strToUtf8(name).c_str(), idx + 1);
      return false;
    }
    out[idx] = args[nargs + k];
  }
  size_t i = 0;
  for (const char *p : spec.params) {
    if (i >= spec.required)
      break;
    if (!out[i]) {
      raise(&TypeErrorType, "%s() missing required argument '%s' (pos %zu)", spec.fname, p, i + 1);
      return false;
    }
    i++;
  }
  return true;
}

} // namespace kiln::rt
