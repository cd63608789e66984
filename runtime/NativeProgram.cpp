//===- NativeProgram.cpp - Binding a built executable's native code ------===//
#include "runtime/NativeProgram.h"
#include "frontend/bytecode/Serializer.h"
#include "runtime/Errors.h"
#include "runtime/objects/Exception.h"
#include "runtime/Runtime.h"
#include "runtime/objects/Code.h"
#include "runtime/objects/Str.h"
#include "runtime/objects/Tuple.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace kiln::rt {

namespace {

const KilnNativeProgram *program;

/// Points the code objects of \p code's tree (preorder, as codegen numbered
/// them) at their native functions and fills their constant and name
/// tables. Returns false when the tree does not match the tables.
bool bindCodes(Code *code, const KilnNativeModule *m, uint32_t &next) {
  if (next >= m->ncodes)
    return false;
  KilnNativeCode &nc = m->codes[next++];
  code->entry = reinterpret_cast<FrameEntry>(nc.entry);
  code->nativeFunction = nc.entry;
  for (int64_t i = 0; i < code->consts->size; i++)
    nc.consts[i] = code->consts->items[i].bits();
  for (int64_t i = 0; i < code->names->size; i++)
    nc.names[i] = code->names->items[i].obj();
  for (int64_t i = 0; i < code->consts->size; i++)
    if (typeOf(code->consts->items[i]) == &CodeType &&
        !bindCodes(code->consts->items[i].as<Code>(), m, next))
      return false;
  return true;
}

} // namespace

void registerNativeProgram(const KilnNativeProgram *p) {
  if (p->abiVersion != kKilnNativeAbiVersion) {
    fprintf(stderr, "kiln: this executable was built for runtime ABI %u, the runtime is %u\n",
            p->abiVersion, kKilnNativeAbiVersion);
    exit(1);
  }
  program = p;
}

const KilnNativeModule *findNativeModule(const std::string &name, bool runtimeLibrary) {
  if (!program)
    return nullptr;
  // modules[0] is __main__; it is run, not imported by that name.
  for (uint32_t i = 1; i < program->nmodules; i++) {
    const KilnNativeModule &m = program->modules[i];
    if (bool(m.flags & KILN_MODULE_RUNTIME) == runtimeLibrary && name == m.name)
      return &m;
  }
  return nullptr;
}

Value nativeModuleCode(const KilnNativeModule *m) {
  for (const char *w = m->warnings; w && *w;) {
    const char *end = strchr(w, '\n');
    std::string entry(w, end ? size_t(end - w) : strlen(w));
    size_t colon = entry.find(':');
    if (colon != std::string::npos)
      printWarning(m->path, atoi(entry.c_str()), "SyntaxWarning", entry.substr(colon + 1));
    w = end ? end + 1 : w + entry.size();
  }
  std::string error;
  auto fc = frontend::deserializeCode(
      std::string_view(reinterpret_cast<const char *>(m->code), size_t(m->codeSize)), &error);
  if (!fc)
    return raise(&SystemErrorType, "corrupt native module %s: %s", m->name, error.c_str());
  Code *code = codeFromFrontend(fc);
  if (!code)
    return Value();
  codeSetOrigin(code, (m->flags & KILN_MODULE_RUNTIME) ? CODE_RUNTIME : CODE_PROGRAM);
  uint32_t next = 0;
  if (!bindCodes(code, m, next) || next != m->ncodes)
    return raise(&SystemErrorType, "native module %s does not match its code objects", m->name);
  return Value::object(code);
}

int runNativeMain() {
  const KilnNativeModule &m = program->modules[0];
  return runMainCode(nativeModuleCode(&m), m.path);
}

} // namespace kiln::rt
