//===- Exception.h - exception objects and tracebacks ---------------------===//
#pragma once

#include "runtime/Object.h"

#include <string>

namespace kiln::rt {

struct Frame;
struct Tuple;
struct Dict;

/// The layout of every exception instance. `fields` hold the
/// class-specific attributes named in Exceptions.def (StopIteration.value,
/// OSError.errno, ...), exposed as member descriptors.
struct BaseException : Object {
  Dict *dict;
  Tuple *args;
  Value traceback; ///< a Traceback or null
  Value cause;     ///< null when unset
  Value context;
  bool suppressContext;
  Value fields[8];
};

/// One traceback entry (tb_frame, tb_lasti, tb_lineno, tb_next).
struct Traceback : Object {
  Value next;
  Frame *frame;
  int32_t lasti;
  int32_t lineno;
};

/// Creates an instance of exception class \p type with \p args.
Value exceptionNew(Type *type, Tuple *args);
/// Adds a traceback entry for \p frame at its current instruction to the
/// exception being raised.
void tracebackAdd(Frame *frame);
/// exc.add_note(note).
void exceptionAddNote(Value exc, Value note);
/// True when instances of \p a and \p b keep different extra exception
/// attributes (OSError's errno..., SyntaxError's, ...), or only one of them
/// is an exception class.
bool exceptionFieldsDiffer(const Type *a, const Type *b);
/// str(exc) as CPython prints it after "Type: " (KeyError shows repr, ...).
Value exceptionStr(Value exc);
/// Prints CPython's report of an uncaught exception (chains, tracebacks,
/// notes, exception groups, "Did you mean" hints) to sys.stderr.
void printException(Value exc);
/// Writes \p text to sys.stderr (to the C stderr when it is missing or
/// its write fails).
void writeStderr(const std::string &text);
/// The text printException prints (the chain too when \p chain), without
/// the hints: what the traceback module formats.
std::string formatExceptionReport(Value exc, bool chain);
/// Reports an exception that nothing can catch (an atexit callback's...):
/// \p what on a line of its own, then the usual report, on sys.stderr.
void printUnraisable(const std::string &what, Value exc);
/// The `  File ...` entries of a traceback object (no title line).
std::string formatTracebackEntries(Value tb);
/// The last lines of the report: `Type: message`, notes, SyntaxError carets.
std::string formatExceptionOnlyText(Value exc);
/// Prints a warning as the warnings module shows one (`file:line: Category:
/// message` and the source line) on sys.stderr.
void printWarning(const std::string &file, int line, const char *category, const std::string &msg);
/// The exit status for an uncaught SystemExit, having printed its message
/// if it has one.
int handleSystemExit(Value exc);
/// The StopIteration (or other) exception's `value` field.
Value stopIterationValue(Value exc);

void initExceptionTypes();

} // namespace kiln::rt
