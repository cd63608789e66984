//===- Interpreter.cpp - The reference bytecode interpreter ---------------===//
///
/// evalFrame runs one frame: a computed-goto dispatch loop over co_code
/// whose handler table is expanded from Opcodes.def — an opcode without a
/// handler label here is a compile error, so the vm cannot fall behind the
/// opcode table. Every handler is a few lines over the runtime (Abstract.h
/// for protocols, Ops.h for opcode-level semantics); only small-int
/// arithmetic and comparisons are inlined.
///
/// Errors follow the 3.11 exception table: the failing instruction's
/// offset selects a handler, the stack is cut to the handler's depth (plus
/// the offset when it asks for `lasti`), the exception is pushed and
/// execution jumps there. Without a handler the frame returns null with
/// the exception set, after adding its traceback entry.
///
/// Generators: YIELD_VALUE saves the stack depth and returns with the
/// frame suspended; resuming enters at lasti + 2 with the sent value
/// pushed, or at the error path when an exception is thrown in.
///
//===----------------------------------------------------------------------===//
#include "vm/Interpreter.h"
#include "frontend/bytecode/Opcodes.h"
#include "runtime/Abstract.h"
#include "runtime/Errors.h"
#include "runtime/FastPaths.h"
#include "runtime/Frame.h"
#include "runtime/Names.h"
#include "runtime/Ops.h"
#include "runtime/Runtime.h"
#include "runtime/RuntimeABI.h"
#include "runtime/objects/Code.h"
#include "runtime/objects/Dict.h"
#include "runtime/objects/Exception.h"
#include "runtime/objects/Float.h"
#include "runtime/objects/Function.h"
#include "runtime/objects/Generator.h"
#include "runtime/objects/Int.h"
#include "runtime/objects/List.h"
#include "runtime/objects/Set.h"
#include "runtime/objects/Slice.h"
#include "runtime/objects/Str.h"
#include "runtime/objects/Tuple.h"
#include "runtime/objects/Type.h"

namespace kiln::vm {

using namespace kiln::rt;
using frontend::Opcode;

namespace {

/// The exception-table entry covering the instruction at byte offset
/// \p lasti, or null.
const frontend::ExceptionTableEntry *findHandler(Code *co, int lasti) {
  int unit = lasti / 2;
  for (const auto &e : co->fc->exceptionTable)
    if (unit >= e.start && unit < e.end)
      return &e;
  return nullptr;
}

// The general paths go through the runtime's C entry points
// (RuntimeABI.def), the same ones generated code calls.
inline KilnValue bits(Value v) { return v.bits(); }
inline Value abi(KilnValue v) { return Value::fromBits(v); }


} // namespace

Value evalFrame(Frame *f, Value sent) {
  // One handler label per opcode of the table: a missing label does not
  // compile.
  static void *dispatchTable[256];
  if (!dispatchTable[0]) {
    for (void *&slot : dispatchTable)
      slot = &&op_INVALID;
#define OPCODE(Name, Number, HasArg, Kind, Pops, Pushes, Flags) dispatchTable[Number] = &&op_##Name;
#include "frontend/bytecode/Opcodes.def"
  }
  Code *co = f->code;
  const uint8_t *const first = co->fc->code.data();
  const uint8_t *ip;
  Value *const localsplus = f->localsplus();
  Value *const stackBase = f->stackBase();
  Value *sp;
  Value *const consts = co->consts->items;
  Value *const nameItems = co->names->items;
  Tuple *kwnames = nullptr;
  int opcode, oparg;
  if (!co->ranInterpreted) {
    co->ranInterpreted = true;
    ts.interpretedCode[co->origin]++;
  }

  if (f->lasti < 0) {
    sp = stackBase;
    ip = first;
  } else {
    sp = stackBase + f->stackDepth;
    ip = first + f->lasti + 2;
    f->flags &= ~FRAME_SUSPENDED;
    if (!sent)
      goto error; // an exception thrown into a suspended generator
    *sp++ = sent;
  }
  f->flags |= FRAME_EXECUTING;

#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
#define TOP() (sp[-1])
#define PEEK(n) (sp[-(n)])
#define NAME(i) (nameItems[i].as<Str>())
#define JUMPBY(n) (ip += 2 * (n))
// The POP_JUMP_* handlers serve both directions; a backward jump is a loop
// edge, where a pending Ctrl-C is noticed (as at JUMP_BACKWARD).
#define CONDITIONAL_JUMP(forwardOp)                                                   \
  do {                                                                              \
    if (opcode == int(Opcode::forwardOp)) {                                         \
      JUMPBY(oparg);                                                                \
    } else {                                                                        \
      if (ts.sigintPending && !opHandleSignals())                                   \
        goto error;                                                                 \
      JUMPBY(-oparg);                                                               \
    }                                                                               \
  } while (0)
#define DISPATCH()                                                                        \
  do {                                                                                    \
    opcode = ip[0];                                                                       \
    oparg = ip[1];                                                                        \
    f->lasti = int(ip - first);                                                           \
    ip += 2;                                                                              \
    goto *dispatchTable[opcode];                                                          \
  } while (0)
#define CHECK(v)                                                                          \
  do {                                                                                    \
    if (!(v))                                                                             \
      goto error;                                                                         \
  } while (0)

  DISPATCH();

op_CACHE:
op_INVALID:
  kiln_invalid_opcode(opcode);
  goto error;

op_NOP:
op_PRECALL:
  DISPATCH();

op_RESUME:
  if (ts.sigintPending && !opHandleSignals())
    goto error;
  DISPATCH();

op_EXTENDED_ARG:
  opcode = ip[0];
  oparg = (oparg << 8) | ip[1];
  f->lasti = int(ip - first);
  ip += 2;
  goto *dispatchTable[opcode];

op_POP_TOP:
  sp--;
  DISPATCH();

op_PUSH_NULL:
  PUSH(Value());
  DISPATCH();

op_COPY: {
  Value v = PEEK(oparg);
  PUSH(v);
  DISPATCH();
}

op_SWAP: {
  Value t = TOP();
  TOP() = PEEK(oparg);
  PEEK(oparg) = t;
  DISPATCH();
}

op_LOAD_CONST:
  PUSH(consts[oparg]);
  DISPATCH();

op_LOAD_FAST: {
  Value v = localsplus[oparg];
  if (!v) {
    opUnboundLocal(f, oparg);
    goto error;
  }
  PUSH(v);
  DISPATCH();
}

op_STORE_FAST:
  localsplus[oparg] = POP();
  DISPATCH();

op_DELETE_FAST:
  if (!localsplus[oparg]) {
    opUnboundLocal(f, oparg);
    goto error;
  }
  localsplus[oparg] = Value();
  DISPATCH();

op_LOAD_NAME: {
  Value v = abi(kiln_frame_load_name(f, NAME(oparg)));
  CHECK(v);
  PUSH(v);
  DISPATCH();
}

op_STORE_NAME:
  CHECK(kiln_frame_store_name(f, NAME(oparg), bits(PEEK(1))) == 0);
  --sp;
  DISPATCH();

op_DELETE_NAME:
  CHECK(kiln_frame_delete_name(f, NAME(oparg)) == 0);
  DISPATCH();

op_LOAD_GLOBAL: {
  Value v = abi(kiln_frame_load_global(f, NAME(oparg >> 1)));
  CHECK(v);
  if (oparg & 1)
    PUSH(Value());
  PUSH(v);
  DISPATCH();
}

op_STORE_GLOBAL:
  CHECK(kiln_frame_store_global(f, NAME(oparg), bits(PEEK(1))) == 0);
  --sp;
  DISPATCH();

op_DELETE_GLOBAL:
  CHECK(kiln_frame_delete_global(f, NAME(oparg)) == 0);
  DISPATCH();

op_MAKE_CELL: {
  Value c = abi(kiln_cell_new(bits(localsplus[oparg])));
  CHECK(c);
  localsplus[oparg] = c;
  DISPATCH();
}

op_LOAD_CLOSURE:
  PUSH(localsplus[oparg]);
  DISPATCH();

op_LOAD_DEREF: {
  Value v = localsplus[oparg].as<Cell>()->contents;
  if (!v) {
    kiln_frame_unbound_deref(f, oparg);
    goto error;
  }
  PUSH(v);
  DISPATCH();
}

op_LOAD_CLASSDEREF: {
  Value v = abi(kiln_frame_load_classderef(f, oparg));
  CHECK(v);
  PUSH(v);
  DISPATCH();
}

op_STORE_DEREF:
  localsplus[oparg].as<Cell>()->contents = POP();
  DISPATCH();

op_DELETE_DEREF: {
  Cell *c = localsplus[oparg].as<Cell>();
  if (!c->contents) {
    kiln_frame_unbound_deref(f, oparg);
    goto error;
  }
  c->contents = Value();
  DISPATCH();
}

op_COPY_FREE_VARS:
  kiln_frame_copy_free_vars(f, oparg);
  DISPATCH();

op_LOAD_ATTR: {
  Value v = abi(kiln_object_getattr(bits(TOP()), NAME(oparg)));
  CHECK(v);
  TOP() = v;
  DISPATCH();
}

op_STORE_ATTR:
  CHECK(kiln_object_setattr(bits(PEEK(1)), NAME(oparg), bits(PEEK(2))) == 0);
  sp -= 2;
  DISPATCH();

op_DELETE_ATTR:
  CHECK(kiln_object_delattr(bits(PEEK(1)), NAME(oparg)) == 0);
  --sp;
  DISPATCH();

op_LOAD_METHOD:
  CHECK(kiln_object_load_method(bits(TOP()), NAME(oparg), sp - 1) == 0);
  sp++;
  DISPATCH();

op_UNARY_POSITIVE: {
  Value v = abi(kiln_number_positive(bits(TOP())));
  CHECK(v);
  TOP() = v;
  DISPATCH();
}
op_UNARY_NEGATIVE: {
  Value v = abi(kiln_number_negative(bits(TOP())));
  CHECK(v);
  TOP() = v;
  DISPATCH();
}
op_UNARY_INVERT: {
  Value v = abi(kiln_number_invert(bits(TOP())));
  CHECK(v);
  TOP() = v;
  DISPATCH();
}
op_UNARY_NOT: {
  int t = isTrue(TOP());
  CHECK(t >= 0);
  TOP() = boolValue(!t);
  DISPATCH();
}

op_BINARY_OP: {
  Value b = POP(), a = TOP();
  Value r;
  if (a.isSmall() && b.isSmall()) {
    int64_t x = a.smallValue(), y = b.smallValue();
    switch (oparg) {
    case frontend::NB_ADD:
    case frontend::NB_INPLACE_ADD: r = intFromI64(x + y); break;
    case frontend::NB_SUBTRACT:
    case frontend::NB_INPLACE_SUBTRACT: r = intFromI64(x - y); break;
    default: r = abi(kiln_number_binary_op(bits(a), bits(b), oparg)); break;
    }
  } else {
    r = abi(kiln_number_binary_op(bits(a), bits(b), oparg));
  }
  CHECK(r);
  TOP() = r;
  DISPATCH();
}

op_COMPARE_OP: {
  Value b = POP(), a = TOP();
  Value r = abi(kiln_object_compare(bits(a), bits(b), oparg));
  CHECK(r);
  TOP() = r;
  DISPATCH();
}

op_IS_OP: {
  Value b = POP();
  bool same = TOP() == b;
  TOP() = boolValue(same != bool(oparg));
  DISPATCH();
}

op_CONTAINS_OP: {
  Value container = POP();
  int r = kiln_object_contains(bits(container), bits(TOP()));
  CHECK(r >= 0);
  TOP() = boolValue(bool(r) != bool(oparg));
  DISPATCH();
}

op_BINARY_SUBSCR: {
  Value key = POP();
  Value r = abi(kiln_object_getitem(bits(TOP()), bits(key)));
  CHECK(r);
  TOP() = r;
  DISPATCH();
}

op_STORE_SUBSCR:
  CHECK(kiln_object_setitem(bits(PEEK(2)), bits(PEEK(1)), bits(PEEK(3))) == 0);
  sp -= 3;
  DISPATCH();

op_DELETE_SUBSCR:
  CHECK(kiln_object_delitem(bits(PEEK(2)), bits(PEEK(1))) == 0);
  sp -= 2;
  DISPATCH();

op_BUILD_TUPLE: {
  Value t = abi(kiln_tuple_build(sp - oparg, size_t(oparg)));
  CHECK(t);
  sp -= oparg;
  PUSH(t);
  DISPATCH();
}

op_BUILD_LIST: {
  Value l = abi(kiln_list_build(sp - oparg, size_t(oparg)));
  CHECK(l);
  sp -= oparg;
  PUSH(l);
  DISPATCH();
}

op_LIST_TO_TUPLE: {
  Value t = abi(kiln_list_to_tuple(bits(TOP())));
  CHECK(t);
  TOP() = t;
  DISPATCH();
}

op_BUILD_SET: {
  Value s = abi(kiln_set_build(sp - oparg, size_t(oparg)));
  CHECK(s);
  sp -= oparg;
  PUSH(s);
  DISPATCH();
}

op_BUILD_MAP: {
  Value d = abi(kiln_dict_build(sp - 2 * oparg, size_t(oparg)));
  CHECK(d);
  sp -= 2 * oparg;
  PUSH(d);
  DISPATCH();
}

op_BUILD_CONST_KEY_MAP: {
  Value d = abi(kiln_dict_build_const_keys(bits(TOP()), sp - 1 - oparg, size_t(oparg)));
  CHECK(d);
  sp -= oparg + 1;
  PUSH(d);
  DISPATCH();
}

op_BUILD_STRING: {
  Value s = abi(kiln_str_build(sp - oparg, size_t(oparg)));
  CHECK(s);
  sp -= oparg;
  PUSH(s);
  DISPATCH();
}

op_BUILD_SLICE: {
  Value step = oparg == 3 ? POP() : None();
  Value stop = POP();
  Value s = abi(kiln_slice_build(bits(TOP()), bits(stop), bits(step)));
  CHECK(s);
  TOP() = s;
  DISPATCH();
}

op_LIST_APPEND: {
  Value v = POP();
  CHECK(kiln_list_append(bits(PEEK(oparg)), bits(v)) == 0);
  DISPATCH();
}

op_SET_ADD: {
  Value v = POP();
  CHECK(kiln_set_add(bits(PEEK(oparg)), bits(v)) == 0);
  DISPATCH();
}

op_MAP_ADD: {
  Value v = POP(), k = POP();
  CHECK(kiln_dict_setitem(bits(PEEK(oparg)), bits(k), bits(v)) == 0);
  DISPATCH();
}

op_LIST_EXTEND: {
  Value it = POP();
  CHECK(kiln_list_extend(bits(PEEK(oparg)), bits(it)) == 0);
  DISPATCH();
}

op_SET_UPDATE: {
  Value it = POP();
  CHECK(kiln_set_update(bits(PEEK(oparg)), bits(it)) == 0);
  DISPATCH();
}

op_DICT_UPDATE: {
  Value m = POP();
  CHECK(kiln_dict_update(bits(PEEK(oparg)), bits(m)) == 0);
  DISPATCH();
}

op_DICT_MERGE: {
  Value m = POP();
  CHECK(kiln_dict_merge(bits(PEEK(oparg)), bits(m), bits(PEEK(oparg + 2))) == 0);
  DISPATCH();
}

op_FORMAT_VALUE: {
  Value spec = (oparg & frontend::FVS_HAVE_SPEC) ? POP() : Value();
  Value r = abi(kiln_object_format(bits(TOP()), oparg & frontend::FVC_MASK, bits(spec)));
  CHECK(r);
  TOP() = r;
  DISPATCH();
}

op_UNPACK_SEQUENCE: {
  Value seq = POP();
  CHECK(kiln_seq_unpack(bits(seq), oparg, sp) == 0);
  sp += oparg;
  DISPATCH();
}

op_UNPACK_EX: {
  int before = oparg & 0xFF, after = oparg >> 8;
  Value seq = POP();
  CHECK(kiln_seq_unpack_ex(bits(seq), before, after, sp) == 0);
  sp += before + 1 + after;
  DISPATCH();
}

op_GET_ITER: {
  Value it = abi(kiln_object_get_iter(bits(TOP())));
  CHECK(it);
  TOP() = it;
  DISPATCH();
}

op_GET_YIELD_FROM_ITER: {
  Value it = abi(kiln_get_yield_from_iter(bits(TOP()), f));
  CHECK(it);
  TOP() = it;
  DISPATCH();
}

op_FOR_ITER: {
  Value next = abi(kiln_iter_for_next(bits(TOP())));
  if (next) {
    PUSH(next);
    DISPATCH();
  }
  if (errOccurred())
    goto error;
  --sp;
  JUMPBY(oparg);
  DISPATCH();
}

op_POP_JUMP_FORWARD_IF_FALSE:
op_POP_JUMP_BACKWARD_IF_FALSE: {
  Value c = POP();
  int t = c == TrueValue ? 1 : c == FalseValue ? 0 : isTrue(c);
  CHECK(t >= 0);
  if (!t)
    CONDITIONAL_JUMP(POP_JUMP_FORWARD_IF_FALSE);
  DISPATCH();
}

op_POP_JUMP_FORWARD_IF_TRUE:
op_POP_JUMP_BACKWARD_IF_TRUE: {
  Value c = POP();
  int t = c == TrueValue ? 1 : c == FalseValue ? 0 : isTrue(c);
  CHECK(t >= 0);
  if (t)
    CONDITIONAL_JUMP(POP_JUMP_FORWARD_IF_TRUE);
  DISPATCH();
}

op_POP_JUMP_FORWARD_IF_NONE:
op_POP_JUMP_BACKWARD_IF_NONE:
  if (isNone(POP()))
    CONDITIONAL_JUMP(POP_JUMP_FORWARD_IF_NONE);
  DISPATCH();

op_POP_JUMP_FORWARD_IF_NOT_NONE:
op_POP_JUMP_BACKWARD_IF_NOT_NONE:
  if (!isNone(POP()))
    CONDITIONAL_JUMP(POP_JUMP_FORWARD_IF_NOT_NONE);
  DISPATCH();

op_JUMP_IF_FALSE_OR_POP: {
  int t = isTrue(TOP());
  CHECK(t >= 0);
  if (!t)
    JUMPBY(oparg);
  else
    --sp;
  DISPATCH();
}

op_JUMP_IF_TRUE_OR_POP: {
  int t = isTrue(TOP());
  CHECK(t >= 0);
  if (t)
    JUMPBY(oparg);
  else
    --sp;
  DISPATCH();
}

op_JUMP_FORWARD:
  JUMPBY(oparg);
  DISPATCH();

op_JUMP_BACKWARD:
  JUMPBY(-oparg);
  if (ts.sigintPending && !opHandleSignals())
    goto error;
  DISPATCH();

op_JUMP_BACKWARD_NO_INTERRUPT:
  JUMPBY(-oparg);
  DISPATCH();

op_KW_NAMES:
  kwnames = consts[oparg].as<Tuple>();
  DISPATCH();

op_CALL: {
  Value r = abi(kiln_call(sp - oparg - 2, size_t(oparg), kwnames));
  kwnames = nullptr;
  sp -= oparg + 2;
  CHECK(r);
  PUSH(r);
  DISPATCH();
}

op_CALL_FUNCTION_EX: {
  Value kwargs = (oparg & 1) ? POP() : Value();
  Value args = POP();
  Value func = POP();
  --sp; // the NULL below the callable
  Value r = abi(kiln_object_call_ex(bits(func), bits(args), bits(kwargs)));
  CHECK(r);
  PUSH(r);
  DISPATCH();
}

op_MAKE_FUNCTION: {
  Value codeV = POP();
  Value closure = (oparg & frontend::MF_CLOSURE) ? POP() : Value();
  Value annotations = (oparg & frontend::MF_ANNOTATIONS) ? POP() : Value();
  Value kwdefaults = (oparg & frontend::MF_KWDEFAULTS) ? POP() : Value();
  Value defaults = (oparg & frontend::MF_DEFAULTS) ? POP() : Value();
  Value fn = abi(kiln_function_make(f, bits(codeV), bits(defaults), bits(kwdefaults),
                                    bits(annotations), bits(closure)));
  CHECK(fn);
  PUSH(fn);
  DISPATCH();
}

op_RETURN_VALUE: {
  Value r = POP();
  f->flags = uint8_t((f->flags & ~FRAME_EXECUTING) | FRAME_FINISHED);
  return r;
}

op_RETURN_GENERATOR:
  f->stackDepth = int32_t(sp - stackBase);
  return abi(kiln_generator_new(f));

op_ASYNC_GEN_WRAP: {
  Value w = abi(kiln_async_gen_wrap(bits(TOP())));
  CHECK(w);
  TOP() = w;
  DISPATCH();
}

op_YIELD_VALUE: {
  Value v = POP();
  f->stackDepth = int32_t(sp - stackBase);
  f->flags = uint8_t((f->flags & ~FRAME_EXECUTING) | FRAME_SUSPENDED);
  return v;
}

op_SEND: {
  Value v = POP();
  int32_t returned;
  Value r = abi(kiln_coro_send(bits(TOP()), bits(v), &returned));
  CHECK(r);
  if (returned) {
    TOP() = r;
    JUMPBY(oparg);
    DISPATCH();
  }
  PUSH(r);
  DISPATCH();
}

op_GET_AWAITABLE: {
  Value it = abi(kiln_coro_get_awaitable(bits(TOP()), oparg));
  CHECK(it);
  TOP() = it;
  DISPATCH();
}

op_GET_AITER: {
  Value it = abi(kiln_coro_get_aiter(bits(TOP())));
  CHECK(it);
  TOP() = it;
  DISPATCH();
}

op_GET_ANEXT: {
  Value awaitable = abi(kiln_coro_get_anext(bits(TOP())));
  CHECK(awaitable);
  PUSH(awaitable);
  DISPATCH();
}

op_BEFORE_ASYNC_WITH:
  CHECK(kiln_coro_async_with_enter(bits(TOP()), sp - 1) == 0);
  sp++;
  DISPATCH();

op_END_ASYNC_FOR: {
  Value exc = POP();
  if (kiln_coro_end_async_for(bits(exc)) == 0) {
    --sp; // the async iterator
    DISPATCH();
  }
  goto exception_unwind; // re-raised as is, like RERAISE
}

op_IMPORT_NAME: {
  Value fromlist = POP();
  Value m = abi(kiln_frame_import_name(f, NAME(oparg), bits(fromlist), bits(TOP())));
  CHECK(m);
  TOP() = m;
  DISPATCH();
}

op_IMPORT_FROM: {
  Value v = abi(kiln_import_from(bits(TOP()), NAME(oparg)));
  CHECK(v);
  PUSH(v);
  DISPATCH();
}

op_IMPORT_STAR: {
  Value m = POP();
  CHECK(kiln_frame_import_star(f, bits(m)) == 0);
  DISPATCH();
}

op_LOAD_BUILD_CLASS: {
  Value bc = abi(kiln_frame_load_build_class(f));
  CHECK(bc);
  PUSH(bc);
  DISPATCH();
}

op_LOAD_ASSERTION_ERROR:
  PUSH(abi(kiln_load_assertion_error()));
  DISPATCH();

op_SETUP_ANNOTATIONS:
  CHECK(kiln_frame_setup_annotations(f) == 0);
  DISPATCH();

op_PRINT_EXPR:
  CHECK(kiln_print_expr(bits(POP())) == 0);
  DISPATCH();

op_RAISE_VARARGS: {
  Value cause = oparg >= 2 ? POP() : Value();
  Value exc = oparg >= 1 ? POP() : Value();
  if (kiln_exc_raise(bits(exc), bits(cause), oparg) == 1)
    goto exception_unwind; // a bare raise keeps the traceback as it is
  goto error;
}

op_RERAISE: {
  Value exc = POP();
  if (oparg)
    f->lasti = int(PEEK(oparg).smallValue());
  kiln_exc_restore(bits(exc)); // re-raised as is: no new context
  goto exception_unwind;
}

op_PUSH_EXC_INFO: {
  Value exc = TOP();
  TOP() = abi(kiln_exc_push_info(bits(exc)));
  PUSH(exc);
  DISPATCH();
}

op_POP_EXCEPT:
  kiln_exc_pop_info(bits(POP()));
  DISPATCH();

op_CHECK_EXC_MATCH: {
  Value type = POP();
  int r = kiln_exc_matches(bits(TOP()), bits(type));
  CHECK(r >= 0);
  PUSH(boolValue(r));
  DISPATCH();
}

op_CHECK_EG_MATCH: {
  Value type = POP();
  CHECK(kiln_exc_group_match(bits(TOP()), bits(type), sp - 1) == 0);
  sp++;
  DISPATCH();
}

op_PREP_RERAISE_STAR: {
  Value list = POP();
  Value r = abi(kiln_exc_prep_reraise_star(bits(TOP()), bits(list)));
  CHECK(r);
  TOP() = r;
  DISPATCH();
}

op_BEFORE_WITH:
  CHECK(kiln_with_enter(bits(TOP()), sp - 1) == 0);
  sp++;
  DISPATCH();

op_WITH_EXCEPT_START: {
  Value r = abi(kiln_with_except_start(bits(PEEK(4)), bits(TOP())));
  CHECK(r);
  PUSH(r);
  DISPATCH();
}

op_GET_LEN: {
  Value n = abi(kiln_object_len(bits(TOP())));
  CHECK(n);
  PUSH(n);
  DISPATCH();
}

op_MATCH_MAPPING: {
  Value r = boolValue(kiln_match_mapping(bits(TOP())));
  PUSH(r);
  DISPATCH();
}

op_MATCH_SEQUENCE: {
  Value r = boolValue(kiln_match_sequence(bits(TOP())));
  PUSH(r);
  DISPATCH();
}

op_MATCH_KEYS: {
  Value r = abi(kiln_match_keys(bits(PEEK(2)), bits(TOP())));
  CHECK(r);
  PUSH(r);
  DISPATCH();
}

op_MATCH_CLASS: {
  Value names_ = POP(), cls = POP();
  Value r = abi(kiln_match_class(bits(TOP()), bits(cls), oparg, bits(names_)));
  CHECK(r);
  TOP() = r;
  DISPATCH();
}

error:
  kiln_frame_traceback_add(f);
exception_unwind: {
  // The handler is chosen by the instruction that failed, which is not
  // f->lasti after a RERAISE (that only restores the line reported).
  const frontend::ExceptionTableEntry *h = findHandler(co, int(ip - first) - 2);
  if (!h) {
    f->flags = uint8_t((f->flags & ~(FRAME_EXECUTING | FRAME_SUSPENDED)) | FRAME_FINISHED);
    return Value();
  }
  sp = stackBase + h->depth;
  if (h->lasti)
    PUSH(Value::small(int(ip - first) - 2));
  PUSH(takeError());
  ip = first + 2 * h->target;
  kwnames = nullptr;
  DISPATCH();
}
}

void installInterpreter() { defaultFrameEntry = evalFrame; }

} // namespace kiln::vm
