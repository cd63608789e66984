//===- Frame.cpp - Frame records, frame objects, running code --------------===//
#include "runtime/Frame.h"
#include "runtime/FrameAlloc.h"
#include "runtime/Abstract.h"
#include "runtime/Errors.h"
#include "runtime/Gc.h"
#include "runtime/Names.h"
#include "runtime/objects/Code.h"
#include "runtime/objects/Dict.h"
#include "runtime/objects/Function.h"
#include "runtime/objects/Int.h"
#include "runtime/objects/Str.h"
#include "runtime/objects/Tuple.h"
#include "runtime/objects/Type.h"

#include <cstdio>

namespace kiln::rt {

Type FrameType;

Value *Frame::stackBase() { return slots + code->nlocalsplus; }

int frameLine(Frame *f) {
  int line = codeLineAt(f->code, f->lasti < 0 ? 0 : f->lasti);
  return line < 0 ? f->code->fc->firstlineno : line;
}

Value frameLocals(Frame *f) {
  if (f->locals)
    return f->locals;
  // A snapshot of fast locals, cells and frees (3.11 semantics: a dict
  // cached on the frame, refreshed on each call).
  if (!f->localsCache)
    f->localsCache = Value::object(dictNew());
  Dict *d = f->localsCache.as<Dict>();
  Code *co = f->code;
  for (int i = 0; i < co->nlocalsplus; i++) {
    Value v = f->localsplus()[i];
    if (v && co->cellSlots[i] && typeOf(v) == &CellType)
      v = v.as<Cell>()->contents;
    // Before COPY_FREE_VARS / MAKE_CELL ran, cells are not there yet.
    Value name = co->localsplusNames->items[i];
    if (v) {
      if (dictSet(d, name, v) < 0)
        return Value();
    } else if (dictDel(d, name) < 0) {
      return Value();
    }
  }
  return f->localsCache;
}

Value runCode(Code *code, Dict *globals, Value locals, Value closure) {
  extern Dict *builtinsDict();
  Dict *builtins = builtinsDict();
  Value b = dictGetStr(globals, names.builtins);
  if (b && isDict(b))
    builtins = b.as<Dict>();
  else if (b && typeOf(b) == &ModuleType)
    builtins = *instanceDictPtr(b);
  if (!enterCall())
    return Value();
  Frame *f = frameNew(code, globals, builtins, locals, nullptr);
  if (!f) {
    leaveCall();
    return Value();
  }
  if (closure && isTuple(closure)) {
    // Class bodies and exec'd code with free variables: the cells go in
    // the last slots, as COPY_FREE_VARS would put them.
    Tuple *t = closure.as<Tuple>();
    for (int64_t i = 0; i < t->size && i < code->nfrees; i++)
      f->localsplus()[code->nlocalsplus - code->nfrees + i] = t->items[i];
  }
  framePush(f);
  Value r = code->entry(f, Value());
  framePop(f);
  leaveCall();
  return r;
}

namespace {

Frame *fr(Value v) { return v.as<Frame>(); }

Value fBack(Value v) {
  Frame *b = fr(v)->back;
  if (!b)
    return None();
  b->flags |= FRAME_ESCAPED;
  return Value::object(b);
}
Value fCode(Value v) { return Value::object(fr(v)->code); }
Value fLineno(Value v) { return intFromI64(frameLine(fr(v))); }
Value fLasti(Value v) { return intFromI64(fr(v)->lasti < 0 ? -1 : fr(v)->lasti); }
Value fGlobals(Value v) { return Value::object(fr(v)->globals); }
Value fBuiltins(Value v) { return Value::object(fr(v)->builtins); }
Value fLocals(Value v) { return frameLocals(fr(v)); }
Value fTrace(Value) { return None(); }
int fSetTrace(Value, Value) { return 0; }

const GetSetDef frameGetSets[] = {
    {"f_back", fBack, nullptr},       {"f_code", fCode, nullptr},
    {"f_lineno", fLineno, nullptr},   {"f_lasti", fLasti, nullptr},
    {"f_globals", fGlobals, nullptr}, {"f_builtins", fBuiltins, nullptr},
    {"f_locals", fLocals, nullptr},   {"f_trace", fTrace, fSetTrace},
    {nullptr},
};

Value frameRepr(Value v) {
  Frame *f = fr(v);
  char buf[48];
  snprintf(buf, sizeof buf, "<frame at %p, file ", (void *)v.bits());
  Value file = repr(Value::object(f->code->filename));
  if (!file)
    return Value();
  return strFromUtf8(std::string(buf) + strToUtf8(file) + ", line " +
                     std::to_string(frameLine(f)) + ", code " + strToUtf8(f->code->name) + ">");
}

Value frameClear(Value v) {
  Frame *f = fr(v);
  if (f->flags & FRAME_EXECUTING)
    return raise(&RuntimeErrorType, "cannot clear an executing frame");
  for (int i = 0; i < f->code->nlocalsplus; i++)
    f->localsplus()[i] = Value();
  return None();
}

const MethodDef frameMethods[] = {KILN_METH_NOARGS("clear", frameClear), {nullptr}};

} // namespace

void initFrameType() {
  typeInitBuiltin(&FrameType, "frame", &ObjectType, sizeof(Frame), 0);
  FrameType.repr = frameRepr;
  typeReady(&FrameType, frameMethods, frameGetSets);
}

} // namespace kiln::rt
