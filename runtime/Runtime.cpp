//===- Runtime.cpp - Runtime start-up, compiling, running __main__ --------===//
#include "runtime/Hash.h"
#include "runtime/Runtime.h"
#include "frontend/Compiler.h"
#include "frontend/LargeStack.h"
#include "frontend/Source.h"
#include "runtime/Abstract.h"
#include "runtime/Errors.h"
#include "runtime/Frame.h"
#include "runtime/Gc.h"
#include "runtime/Names.h"
#include "runtime/objects/GenericAlias.h"
#include "runtime/objects/Bytes.h"
#include "runtime/objects/Code.h"
#include "runtime/objects/Dict.h"
#include "runtime/objects/Exception.h"
#include "runtime/objects/Float.h"
#include "runtime/objects/Function.h"
#include "runtime/objects/Generator.h"
#include "runtime/objects/Int.h"
#include "runtime/objects/List.h"
#include "runtime/objects/Module.h"
#include "runtime/objects/Set.h"
#include "runtime/objects/Slice.h"
#include "runtime/objects/Str.h"
#include "runtime/objects/Tuple.h"
#include "runtime/objects/Type.h"

#include <csignal>
#include <cstring>
#include <fstream>
#include <sstream>

namespace kiln::rt {

void initWrapperTypes();
void initAbstract();
void initTracebackType();
void initIteratorTypes();
void initStdStreams();
void flushAllFiles();
Value builtinsModuleCreate();
Value sysModuleCreate(const std::vector<std::string> &argv, const std::string &scriptDir,
                      Dict *modules);

namespace {
Value builtinsModule, sysModuleValue;
Dict *modules;
} // namespace

Dict *builtinsDict() { return builtinsModule.as<Module>()->dict; }
Dict *modulesDict() { return modules; }
Value sysModule() { return sysModuleValue; }

Value sysGet(const char *name) {
  if (!sysModuleValue)
    return Value();
  return dictGetCStr(sysModuleValue.as<Module>()->dict, name);
}

namespace {
void onSigint(int) { ts.sigintPending = 1; }
} // namespace

void initRuntime(const std::vector<std::string> &argv, const std::string &scriptDir) {
  if (!initHashSecret()) { // before any str is hashed
    fprintf(stderr, "Fatal Python error: PYTHONHASHSEED must be \"random\" or an integer in "
                    "range [0; 4294967295]\n");
    exit(1);
  }
  gcInit();
  initStrType();
  initNames();
  initObjectType();
  initTypeType();
  initWrapperTypes();
  initFunctionTypes();
  initDescriptorTypes();
  initStrMethods();
  initIntType();
  initBoolType();
  initFloatType();
  initComplexType();
  initTupleType();
  initListType();
  initDictType();
  initSetTypes();
  initSliceType();
  initRangeType();
  initIteratorTypes();
  initBytesTypes();
  initCodeType();
  initFrameType();
  initTracebackType();
  initGeneratorType();
  initModuleType();
  initExceptionTypes();
  initGenericAliasTypes();
  initAbstract();
  initStdStreams();
  modules = dictNew();
  builtinsModule = builtinsModuleCreate();
  dictSetCStr(modules, "builtins", builtinsModule);
  sysModuleValue = sysModuleCreate(argv, scriptDir, modules);
  dictSetCStr(modules, "sys", sysModuleValue);
  for (Value m : {builtinsModule, sysModuleValue})
    dictSetStr(m.as<Module>()->dict, names.spec,
               moduleSpecNew(strToUtf8(m.as<Module>()->name), strFromAscii("built-in"), Value()));
  // No SA_RESTART: a blocking read on the program's thread returns EINTR,
  // so Ctrl-C interrupts input() as in CPython.
  struct sigaction sa = {};
  sa.sa_handler = onSigint;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGINT, &sa, nullptr);
}

namespace {

/// Raises SyntaxError (or a subclass) from the front end's report.
Value raiseSyntaxError(const frontend::SyntaxErrorInfo &err) {
  if (err.isValueError)
    return raise(&ValueErrorType, "source code string cannot contain null bytes");
  Type *type = err.type == "IndentationError" ? &IndentationErrorType
               : err.type == "TabError"       ? &TabErrorType
                                              : &SyntaxErrorType;
  Value details = Value::object(tupleOf(
      {strFromUtf8(err.filename), intFromI64(err.line),
       err.col >= 0 ? intFromI64(err.col + 1) : None(),
       err.text.empty() && err.line == 0 ? None() : strFromUtf8(err.text + (err.text.empty() || err.text.back() == '\n' ? "" : "\n")),
       intFromI64(err.endLine ? err.endLine : err.line),
       err.endCol >= 0 ? intFromI64(err.endCol + 1) : (err.col >= 0 ? intFromI64(err.col + 1) : None())}));
  Value exc = exceptionNew(type, tupleOf({strFromUtf8(err.msg), details}));
  if (exc)
    setCurrentException(exc);
  return Value();
}

} // namespace

Value compileToCode(const std::string &source, const std::string &filename, const char *mode,
                    bool sourceIsBytes, int optimize) {
  frontend::ParseMode pm = !strcmp(mode, "eval")     ? frontend::ParseMode::Eval
                           : !strcmp(mode, "single") ? frontend::ParseMode::Single
                                                     : frontend::ParseMode::Exec;
  std::shared_ptr<frontend::CodeObject> code;
  frontend::SyntaxErrorInfo err;
  bool loaded = true;
  frontend::runOnLargeStack([&] {
    frontend::Source src;
    if (sourceIsBytes)
      loaded = src.loadBytes(source, filename, err);
    else
      loaded = src.loadText(source, filename, err);
    if (!loaded)
      return;
    code = frontend::compileSource(src, pm, err, optimize);
  });
  for (const frontend::CompileWarning &w : err.warnings)
    printWarning(filename, w.line, "SyntaxWarning", w.msg);
  if (!code) {
    if (err.filename.empty())
      err.filename = filename;
    if (err.msg == "maximum recursion depth exceeded during compilation" ||
        err.type == "RecursionError")
      return raise(&RecursionErrorType, "%s", err.msg.c_str());
    if (err.type == "MemoryError")
      return raiseMemoryError();
    return raiseSyntaxError(err);
  }
  Code *c = codeFromFrontend(code);
  return c ? Value::object(c) : Value();
}

/// KILN_STATS=1: how many code objects ran in the interpreter, by origin,
/// on stderr at exit (a built executable must show 0 for the program).
void reportStats() {
  const char *env = getenv("KILN_STATS");
  if (!env || !*env || std::string(env) == "0")
    return;
  fprintf(stderr, "kiln-stats: interpreted code objects: program %llu, runtime %llu, exec/eval %llu\n",
          (unsigned long long)ts.interpretedCode[CODE_PROGRAM],
          (unsigned long long)ts.interpretedCode[CODE_RUNTIME],
          (unsigned long long)ts.interpretedCode[CODE_DYNAMIC]);
}

namespace {

/// Exit status for the exception that ended the program (reported as
/// CPython reports it).
int reportUncaught() {
  Value exc = takeError();
  if (isInstance(exc, &SystemExitType)) {
    int status = handleSystemExit(exc);
    flushStdStreams();
    return status;
  }
  // CPython's report goes through sys.excepthook (whatever it is); a hook
  // that fails gets its own report before the original one, one that
  // raises SystemExit ends the program with that status.
  Value hook = sysGet("excepthook");
  if (!hook) {
    flushStdStreams();
    writeStderr("sys.excepthook is missing\n");
    printException(exc);
  } else {
    Value tb = exc.as<BaseException>()->traceback;
    if (!call(hook, {Value::object(typeOf(exc)), exc, tb ? tb : None()})) {
      Value hookExc = takeError();
      if (isInstance(hookExc, &SystemExitType)) {
        int status = handleSystemExit(hookExc);
        flushStdStreams();
        return status;
      }
      flushStdStreams();
      writeStderr("Error in sys.excepthook:\n");
      printException(hookExc);
      writeStderr("\nOriginal exception was:\n");
      printException(exc);
    }
  }
  flushStdStreams();
  if (isInstance(exc, &KeyboardInterruptType))
    return kExitBySigint;
  return 1;
}

/// Runs a compiled __main__ code object (\p code null: compiling failed,
/// the exception is set).
int runMainModule(Value code, const std::string &filename, bool isFile) {
  Value m = moduleNew(names.main);
  Dict *d = m.as<Module>()->dict;
  dictSetStr(d, names.builtins, builtinsModule);
  if (isFile)
    dictSetStr(d, names.file, strFromUtf8(filename));
  dictSetCStr(modules, "__main__", m);
  if (!code) {
    Value exc = ts.curExc;
    if (isInstance(exc, &SyntaxErrorType)) {
      clearError();
      // A syntax error in the script itself: the report without traceback.
      printException(exc);
      return 1;
    }
    return reportUncaught();
  }
  Value r = runCode(code.as<Code>(), d, Value::object(d));
  int status = r ? 0 : reportUncaught();
  runAtexitCallbacks(); // after the report of an uncaught exception, as CPython
  flushStdStreams();
  if (errOccurred())
    clearError();
  flushAllFiles();
  reportStats();
  return status;
}

int runMain(const std::string &source, const std::string &filename, bool isFile) {
  return runMainModule(compileToCode(source, filename, "exec", true), filename, isFile);
}

} // namespace

int runMainFile(const std::string &path) {
  std::string source;
  frontend::readFileBytes(path, source);
  return runMain(source, path, true);
}

int runMainSource(const std::string &source) { return runMain(source, "<string>", false); }

int runMainCode(Value code, const std::string &path) { return runMainModule(code, path, true); }

} // namespace kiln::rt
