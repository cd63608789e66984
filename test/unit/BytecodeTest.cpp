//===- BytecodeTest.cpp - Opcodes, tables, disassembler, serializer ------===//
//
// Expected data in this file comes from CPython 3.11.7 (the reference):
//  - StackEffects: dis.stack_effect(op, arg, jump=None/True/False) for every
//    opcode of opcode.opmap and args 0,1,2,3,4,5,7,8,15,16,256,257.
//  - LineTableCases: functions compiled by CPython whose bytecode has no
//    inline caches, so their co_code is also Kiln's: co_code, co_positions()
//    and co_linetable copied verbatim.
//  - The exception tables: co_exceptiontable of two CPython functions and
//    the entries dis printed for them (converted from bytes to code units).
//  - The disassembly of `outer`/`inner` (source in sampleSource below): the
//    listing dis.dis printed for CPython's code, with each instruction
//    renumbered to its offset once CACHE entries are dropped (its index
//    times 2), jump arguments and `to N` recomputed for those offsets, and
//    the `>>` markers and exception table moved along. The rendering was
//    done by dis's own Instruction._disassemble on the renumbered
//    instructions, so only the offsets differ from CPython's text.
//  - The EXTENDED_ARG listing: CPython's dis of a code object made with
//    CodeType.replace from exactly the co_code, positions and exception
//    table built here (no opcode with caches, so dis reads it as we do).
//
//===----------------------------------------------------------------------===//
#include "frontend/CodeObject.h"
#include "frontend/bytecode/Disassembler.h"
#include "frontend/bytecode/Opcodes.h"
#include "frontend/bytecode/Serializer.h"
#include "frontend/bytecode/ShowCode.h"

#include "CodeCompare.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <set>
#include <sstream>

using namespace kiln::frontend;
using namespace kiln::frontend::testing;

namespace {

std::vector<uint8_t> fromHex(std::string_view hex) {
  std::vector<uint8_t> out;
  for (size_t i = 0; i + 1 < hex.size(); i += 2)
    out.push_back(uint8_t(std::stoi(std::string(hex.substr(i, 2)), nullptr, 16)));
  return out;
}

std::string toHex(std::string_view bytes) {
  static const char Digits[] = "0123456789abcdef";
  std::string out;
  for (unsigned char c : bytes) {
    out += Digits[c >> 4];
    out += Digits[c & 15];
  }
  return out;
}


} // namespace

//===-- Opcode table ------------------------------------------------------===//

namespace {
struct StackEffectRow {
  Opcode op;
  int number;
  int maxEffect[12], taken[12], notTaken[12];
};
const int StackArgs[12] = {0, 1, 2, 3, 4, 5, 7, 8, 15, 16, 256, 257};
// clang-format off
const StackEffectRow StackEffects[] = {
    {Opcode::CACHE, 0, {0,0,0,0,0,0,0,0,0,0,0,0}, {0,0,0,0,0,0,0,0,0,0,0,0}, {0,0,0,0,0,0,0,0,0,0,0,0}},
    {Opcode::POP_TOP, 1, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}},
    {Opcode::PUSH_NULL, 2, {1,1,1,1,1,1,1,1,1,1,1,1}, {1,1,1,1,1,1,1,1,1,1,1,1}, {1,1,1,1,1,1,1,1,1,1,1,1}},
    {Opcode::NOP, 9, {0,0,0,0,0,0,0,0,0,0,0,0}, {0,0,0,0,0,0,0,0,0,0,0,0}, {0,0,0,0,0,0,0,0,0,0,0,0}},
    {Opcode::UNARY_POSITIVE, 10, {0,0,0,0,0,0,0,0,0,0,0,0}, {0,0,0,0,0,0,0,0,0,0,0,0}, {0,0,0,0,0,0,0,0,0,0,0,0}},
    {Opcode::UNARY_NEGATIVE, 11, {0,0,0,0,0,0,0,0,0,0,0,0}, {0,0,0,0,0,0,0,0,0,0,0,0}, {0,0,0,0,0,0,0,0,0,0,0,0}},
    {Opcode::UNARY_NOT, 12, {0,0,0,0,0,0,0,0,0,0,0,0}, {0,0,0,0,0,0,0,0,0,0,0,0}, {0,0,0,0,0,0,0,0,0,0,0,0}},
    {Opcode::UNARY_INVERT, 15, {0,0,0,0,0,0,0,0,0,0,0,0}, {0,0,0,0,0,0,0,0,0,0,0,0}, {0,0,0,0,0,0,0,0,0,0,0,0}},
    {Opcode::BINARY_SUBSCR, 25, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}},
    {Opcode::GET_LEN, 30, {1,1,1,1,1,1,1,1,1,1,1,1}, {1,1,1,1,1,1,1,1,1,1,1,1}, {1,1,1,1,1,1,1,1,1,1,1,1}},
    {Opcode::MATCH_MAPPING, 31, {1,1,1,1,1,1,1,1,1,1,1,1}, {1,1,1,1,1,1,1,1,1,1,1,1}, {1,1,1,1,1,1,1,1,1,1,1,1}},
    {Opcode::MATCH_SEQUENCE, 32, {1,1,1,1,1,1,1,1,1,1,1,1}, {1,1,1,1,1,1,1,1,1,1,1,1}, {1,1,1,1,1,1,1,1,1,1,1,1}},
    {Opcode::MATCH_KEYS, 33, {1,1,1,1,1,1,1,1,1,1,1,1}, {1,1,1,1,1,1,1,1,1,1,1,1}, {1,1,1,1,1,1,1,1,1,1,1,1}},
    {Opcode::PUSH_EXC_INFO, 35, {1,1,1,1,1,1,1,1,1,1,1,1}, {1,1,1,1,1,1,1,1,1,1,1,1}, {1,1,1,1,1,1,1,1,1,1,1,1}},
    {Opcode::CHECK_EXC_MATCH, 36, {0,0,0,0,0,0,0,0,0,0,0,0}, {0,0,0,0,0,0,0,0,0,0,0,0}, {0,0,0,0,0,0,0,0,0,0,0,0}},
    {Opcode::CHECK_EG_MATCH, 37, {0,0,0,0,0,0,0,0,0,0,0,0}, {0,0,0,0,0,0,0,0,0,0,0,0}, {0,0,0,0,0,0,0,0,0,0,0,0}},
    {Opcode::WITH_EXCEPT_START, 49, {1,1,1,1,1,1,1,1,1,1,1,1}, {1,1,1,1,1,1,1,1,1,1,1,1}, {1,1,1,1,1,1,1,1,1,1,1,1}},
    {Opcode::GET_AITER, 50, {0,0,0,0,0,0,0,0,0,0,0,0}, {0,0,0,0,0,0,0,0,0,0,0,0}, {0,0,0,0,0,0,0,0,0,0,0,0}},
    {Opcode::GET_ANEXT, 51, {1,1,1,1,1,1,1,1,1,1,1,1}, {1,1,1,1,1,1,1,1,1,1,1,1}, {1,1,1,1,1,1,1,1,1,1,1,1}},
    {Opcode::BEFORE_ASYNC_WITH, 52, {1,1,1,1,1,1,1,1,1,1,1,1}, {1,1,1,1,1,1,1,1,1,1,1,1}, {1,1,1,1,1,1,1,1,1,1,1,1}},
    {Opcode::BEFORE_WITH, 53, {1,1,1,1,1,1,1,1,1,1,1,1}, {1,1,1,1,1,1,1,1,1,1,1,1}, {1,1,1,1,1,1,1,1,1,1,1,1}},
    {Opcode::END_ASYNC_FOR, 54, {-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2}, {-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2}, {-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2}},
    {Opcode::STORE_SUBSCR, 60, {-3,-3,-3,-3,-3,-3,-3,-3,-3,-3,-3,-3}, {-3,-3,-3,-3,-3,-3,-3,-3,-3,-3,-3,-3}, {-3,-3,-3,-3,-3,-3,-3,-3,-3,-3,-3,-3}},
    {Opcode::DELETE_SUBSCR, 61, {-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2}, {-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2}, {-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2}},
    {Opcode::GET_ITER, 68, {0,0,0,0,0,0,0,0,0,0,0,0}, {0,0,0,0,0,0,0,0,0,0,0,0}, {0,0,0,0,0,0,0,0,0,0,0,0}},
    {Opcode::GET_YIELD_FROM_ITER, 69, {0,0,0,0,0,0,0,0,0,0,0,0}, {0,0,0,0,0,0,0,0,0,0,0,0}, {0,0,0,0,0,0,0,0,0,0,0,0}},
    {Opcode::PRINT_EXPR, 70, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}},
    {Opcode::LOAD_BUILD_CLASS, 71, {1,1,1,1,1,1,1,1,1,1,1,1}, {1,1,1,1,1,1,1,1,1,1,1,1}, {1,1,1,1,1,1,1,1,1,1,1,1}},
    {Opcode::LOAD_ASSERTION_ERROR, 74, {1,1,1,1,1,1,1,1,1,1,1,1}, {1,1,1,1,1,1,1,1,1,1,1,1}, {1,1,1,1,1,1,1,1,1,1,1,1}},
    {Opcode::RETURN_GENERATOR, 75, {0,0,0,0,0,0,0,0,0,0,0,0}, {0,0,0,0,0,0,0,0,0,0,0,0}, {0,0,0,0,0,0,0,0,0,0,0,0}},
    {Opcode::LIST_TO_TUPLE, 82, {0,0,0,0,0,0,0,0,0,0,0,0}, {0,0,0,0,0,0,0,0,0,0,0,0}, {0,0,0,0,0,0,0,0,0,0,0,0}},
    {Opcode::RETURN_VALUE, 83, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}},
    {Opcode::IMPORT_STAR, 84, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}},
    {Opcode::SETUP_ANNOTATIONS, 85, {0,0,0,0,0,0,0,0,0,0,0,0}, {0,0,0,0,0,0,0,0,0,0,0,0}, {0,0,0,0,0,0,0,0,0,0,0,0}},
    {Opcode::YIELD_VALUE, 86, {0,0,0,0,0,0,0,0,0,0,0,0}, {0,0,0,0,0,0,0,0,0,0,0,0}, {0,0,0,0,0,0,0,0,0,0,0,0}},
    {Opcode::ASYNC_GEN_WRAP, 87, {0,0,0,0,0,0,0,0,0,0,0,0}, {0,0,0,0,0,0,0,0,0,0,0,0}, {0,0,0,0,0,0,0,0,0,0,0,0}},
    {Opcode::PREP_RERAISE_STAR, 88, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}},
    {Opcode::POP_EXCEPT, 89, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}},
    {Opcode::STORE_NAME, 90, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}},
    {Opcode::DELETE_NAME, 91, {0,0,0,0,0,0,0,0,0,0,0,0}, {0,0,0,0,0,0,0,0,0,0,0,0}, {0,0,0,0,0,0,0,0,0,0,0,0}},
    {Opcode::UNPACK_SEQUENCE, 92, {-1,0,1,2,3,4,6,7,14,15,255,256}, {-1,0,1,2,3,4,6,7,14,15,255,256}, {-1,0,1,2,3,4,6,7,14,15,255,256}},
    {Opcode::FOR_ITER, 93, {1,1,1,1,1,1,1,1,1,1,1,1}, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}, {1,1,1,1,1,1,1,1,1,1,1,1}},
    {Opcode::UNPACK_EX, 94, {0,1,2,3,4,5,7,8,15,16,1,2}, {0,1,2,3,4,5,7,8,15,16,1,2}, {0,1,2,3,4,5,7,8,15,16,1,2}},
    {Opcode::STORE_ATTR, 95, {-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2}, {-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2}, {-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2}},
    {Opcode::DELETE_ATTR, 96, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}},
    {Opcode::STORE_GLOBAL, 97, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}},
    {Opcode::DELETE_GLOBAL, 98, {0,0,0,0,0,0,0,0,0,0,0,0}, {0,0,0,0,0,0,0,0,0,0,0,0}, {0,0,0,0,0,0,0,0,0,0,0,0}},
    {Opcode::SWAP, 99, {0,0,0,0,0,0,0,0,0,0,0,0}, {0,0,0,0,0,0,0,0,0,0,0,0}, {0,0,0,0,0,0,0,0,0,0,0,0}},
    {Opcode::LOAD_CONST, 100, {1,1,1,1,1,1,1,1,1,1,1,1}, {1,1,1,1,1,1,1,1,1,1,1,1}, {1,1,1,1,1,1,1,1,1,1,1,1}},
    {Opcode::LOAD_NAME, 101, {1,1,1,1,1,1,1,1,1,1,1,1}, {1,1,1,1,1,1,1,1,1,1,1,1}, {1,1,1,1,1,1,1,1,1,1,1,1}},
    {Opcode::BUILD_TUPLE, 102, {1,0,-1,-2,-3,-4,-6,-7,-14,-15,-255,-256}, {1,0,-1,-2,-3,-4,-6,-7,-14,-15,-255,-256}, {1,0,-1,-2,-3,-4,-6,-7,-14,-15,-255,-256}},
    {Opcode::BUILD_LIST, 103, {1,0,-1,-2,-3,-4,-6,-7,-14,-15,-255,-256}, {1,0,-1,-2,-3,-4,-6,-7,-14,-15,-255,-256}, {1,0,-1,-2,-3,-4,-6,-7,-14,-15,-255,-256}},
    {Opcode::BUILD_SET, 104, {1,0,-1,-2,-3,-4,-6,-7,-14,-15,-255,-256}, {1,0,-1,-2,-3,-4,-6,-7,-14,-15,-255,-256}, {1,0,-1,-2,-3,-4,-6,-7,-14,-15,-255,-256}},
    {Opcode::BUILD_MAP, 105, {1,-1,-3,-5,-7,-9,-13,-15,-29,-31,-511,-513}, {1,-1,-3,-5,-7,-9,-13,-15,-29,-31,-511,-513}, {1,-1,-3,-5,-7,-9,-13,-15,-29,-31,-511,-513}},
    {Opcode::LOAD_ATTR, 106, {0,0,0,0,0,0,0,0,0,0,0,0}, {0,0,0,0,0,0,0,0,0,0,0,0}, {0,0,0,0,0,0,0,0,0,0,0,0}},
    {Opcode::COMPARE_OP, 107, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}},
    {Opcode::IMPORT_NAME, 108, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}},
    {Opcode::IMPORT_FROM, 109, {1,1,1,1,1,1,1,1,1,1,1,1}, {1,1,1,1,1,1,1,1,1,1,1,1}, {1,1,1,1,1,1,1,1,1,1,1,1}},
    {Opcode::JUMP_FORWARD, 110, {0,0,0,0,0,0,0,0,0,0,0,0}, {0,0,0,0,0,0,0,0,0,0,0,0}, {0,0,0,0,0,0,0,0,0,0,0,0}},
    {Opcode::JUMP_IF_FALSE_OR_POP, 111, {0,0,0,0,0,0,0,0,0,0,0,0}, {0,0,0,0,0,0,0,0,0,0,0,0}, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}},
    {Opcode::JUMP_IF_TRUE_OR_POP, 112, {0,0,0,0,0,0,0,0,0,0,0,0}, {0,0,0,0,0,0,0,0,0,0,0,0}, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}},
    {Opcode::POP_JUMP_FORWARD_IF_FALSE, 114, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}},
    {Opcode::POP_JUMP_FORWARD_IF_TRUE, 115, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}},
    {Opcode::LOAD_GLOBAL, 116, {1,2,1,2,1,2,2,1,2,1,1,2}, {1,2,1,2,1,2,2,1,2,1,1,2}, {1,2,1,2,1,2,2,1,2,1,1,2}},
    {Opcode::IS_OP, 117, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}},
    {Opcode::CONTAINS_OP, 118, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}},
    {Opcode::RERAISE, 119, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}},
    {Opcode::COPY, 120, {1,1,1,1,1,1,1,1,1,1,1,1}, {1,1,1,1,1,1,1,1,1,1,1,1}, {1,1,1,1,1,1,1,1,1,1,1,1}},
    {Opcode::BINARY_OP, 122, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}},
    {Opcode::SEND, 123, {0,0,0,0,0,0,0,0,0,0,0,0}, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}, {0,0,0,0,0,0,0,0,0,0,0,0}},
    {Opcode::LOAD_FAST, 124, {1,1,1,1,1,1,1,1,1,1,1,1}, {1,1,1,1,1,1,1,1,1,1,1,1}, {1,1,1,1,1,1,1,1,1,1,1,1}},
    {Opcode::STORE_FAST, 125, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}},
    {Opcode::DELETE_FAST, 126, {0,0,0,0,0,0,0,0,0,0,0,0}, {0,0,0,0,0,0,0,0,0,0,0,0}, {0,0,0,0,0,0,0,0,0,0,0,0}},
    {Opcode::POP_JUMP_FORWARD_IF_NOT_NONE, 128, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}},
    {Opcode::POP_JUMP_FORWARD_IF_NONE, 129, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}},
    {Opcode::RAISE_VARARGS, 130, {0,-1,-2,-3,-4,-5,-7,-8,-15,-16,-256,-257}, {0,-1,-2,-3,-4,-5,-7,-8,-15,-16,-256,-257}, {0,-1,-2,-3,-4,-5,-7,-8,-15,-16,-256,-257}},
    {Opcode::GET_AWAITABLE, 131, {0,0,0,0,0,0,0,0,0,0,0,0}, {0,0,0,0,0,0,0,0,0,0,0,0}, {0,0,0,0,0,0,0,0,0,0,0,0}},
    {Opcode::MAKE_FUNCTION, 132, {0,-1,-1,-2,-1,-2,-3,-1,-4,0,0,-1}, {0,-1,-1,-2,-1,-2,-3,-1,-4,0,0,-1}, {0,-1,-1,-2,-1,-2,-3,-1,-4,0,0,-1}},
    {Opcode::BUILD_SLICE, 133, {-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1}, {-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1}, {-1,-1,-1,-2,-1,-1,-1,-1,-1,-1,-1,-1}},
    {Opcode::JUMP_BACKWARD_NO_INTERRUPT, 134, {0,0,0,0,0,0,0,0,0,0,0,0}, {0,0,0,0,0,0,0,0,0,0,0,0}, {0,0,0,0,0,0,0,0,0,0,0,0}},
    {Opcode::MAKE_CELL, 135, {0,0,0,0,0,0,0,0,0,0,0,0}, {0,0,0,0,0,0,0,0,0,0,0,0}, {0,0,0,0,0,0,0,0,0,0,0,0}},
    {Opcode::LOAD_CLOSURE, 136, {1,1,1,1,1,1,1,1,1,1,1,1}, {1,1,1,1,1,1,1,1,1,1,1,1}, {1,1,1,1,1,1,1,1,1,1,1,1}},
    {Opcode::LOAD_DEREF, 137, {1,1,1,1,1,1,1,1,1,1,1,1}, {1,1,1,1,1,1,1,1,1,1,1,1}, {1,1,1,1,1,1,1,1,1,1,1,1}},
    {Opcode::STORE_DEREF, 138, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}},
    {Opcode::DELETE_DEREF, 139, {0,0,0,0,0,0,0,0,0,0,0,0}, {0,0,0,0,0,0,0,0,0,0,0,0}, {0,0,0,0,0,0,0,0,0,0,0,0}},
    {Opcode::JUMP_BACKWARD, 140, {0,0,0,0,0,0,0,0,0,0,0,0}, {0,0,0,0,0,0,0,0,0,0,0,0}, {0,0,0,0,0,0,0,0,0,0,0,0}},
    {Opcode::CALL_FUNCTION_EX, 142, {-2,-3,-2,-3,-2,-3,-3,-2,-3,-2,-2,-3}, {-2,-3,-2,-3,-2,-3,-3,-2,-3,-2,-2,-3}, {-2,-3,-2,-3,-2,-3,-3,-2,-3,-2,-2,-3}},
    {Opcode::EXTENDED_ARG, 144, {0,0,0,0,0,0,0,0,0,0,0,0}, {0,0,0,0,0,0,0,0,0,0,0,0}, {0,0,0,0,0,0,0,0,0,0,0,0}},
    {Opcode::LIST_APPEND, 145, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}},
    {Opcode::SET_ADD, 146, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}},
    {Opcode::MAP_ADD, 147, {-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2}, {-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2}, {-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2}},
    {Opcode::LOAD_CLASSDEREF, 148, {1,1,1,1,1,1,1,1,1,1,1,1}, {1,1,1,1,1,1,1,1,1,1,1,1}, {1,1,1,1,1,1,1,1,1,1,1,1}},
    {Opcode::COPY_FREE_VARS, 149, {0,0,0,0,0,0,0,0,0,0,0,0}, {0,0,0,0,0,0,0,0,0,0,0,0}, {0,0,0,0,0,0,0,0,0,0,0,0}},
    {Opcode::RESUME, 151, {0,0,0,0,0,0,0,0,0,0,0,0}, {0,0,0,0,0,0,0,0,0,0,0,0}, {0,0,0,0,0,0,0,0,0,0,0,0}},
    {Opcode::MATCH_CLASS, 152, {-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2}, {-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2}, {-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2,-2}},
    {Opcode::FORMAT_VALUE, 155, {0,0,0,0,-1,-1,-1,0,-1,0,0,0}, {0,0,0,0,-1,-1,-1,0,-1,0,0,0}, {0,0,0,0,-1,-1,-1,0,-1,0,0,0}},
    {Opcode::BUILD_CONST_KEY_MAP, 156, {0,-1,-2,-3,-4,-5,-7,-8,-15,-16,-256,-257}, {0,-1,-2,-3,-4,-5,-7,-8,-15,-16,-256,-257}, {0,-1,-2,-3,-4,-5,-7,-8,-15,-16,-256,-257}},
    {Opcode::BUILD_STRING, 157, {1,0,-1,-2,-3,-4,-6,-7,-14,-15,-255,-256}, {1,0,-1,-2,-3,-4,-6,-7,-14,-15,-255,-256}, {1,0,-1,-2,-3,-4,-6,-7,-14,-15,-255,-256}},
    {Opcode::LOAD_METHOD, 160, {1,1,1,1,1,1,1,1,1,1,1,1}, {1,1,1,1,1,1,1,1,1,1,1,1}, {1,1,1,1,1,1,1,1,1,1,1,1}},
    {Opcode::LIST_EXTEND, 162, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}},
    {Opcode::SET_UPDATE, 163, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}},
    {Opcode::DICT_MERGE, 164, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}},
    {Opcode::DICT_UPDATE, 165, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}},
    {Opcode::PRECALL, 166, {0,-1,-2,-3,-4,-5,-7,-8,-15,-16,-256,-257}, {0,-1,-2,-3,-4,-5,-7,-8,-15,-16,-256,-257}, {0,-1,-2,-3,-4,-5,-7,-8,-15,-16,-256,-257}},
    {Opcode::CALL, 171, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}},
    {Opcode::KW_NAMES, 172, {0,0,0,0,0,0,0,0,0,0,0,0}, {0,0,0,0,0,0,0,0,0,0,0,0}, {0,0,0,0,0,0,0,0,0,0,0,0}},
    {Opcode::POP_JUMP_BACKWARD_IF_NOT_NONE, 173, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}},
    {Opcode::POP_JUMP_BACKWARD_IF_NONE, 174, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}},
    {Opcode::POP_JUMP_BACKWARD_IF_FALSE, 175, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}},
    {Opcode::POP_JUMP_BACKWARD_IF_TRUE, 176, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}, {-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1,-1}},
};
// clang-format on
} // namespace

TEST(Opcodes, TableMatchesCPython) {
  EXPECT_EQ(NumOpcodes, int(std::size(StackEffects)));
  for (const StackEffectRow &row : StackEffects) {
    EXPECT_EQ(int(row.op), row.number);
    EXPECT_TRUE(isValidOpcode(uint8_t(row.number)));
    EXPECT_EQ(hasArg(row.op), row.number >= HaveArgument) << opcodeName(row.op);
    EXPECT_EQ(opcodeFromName(opcodeName(row.op)), row.op);
  }
  EXPECT_FALSE(isValidOpcode(3));
  EXPECT_FALSE(isValidOpcode(255));
  EXPECT_STREQ(opcodeName(Opcode::LOAD_GLOBAL), "LOAD_GLOBAL");
  EXPECT_FALSE(opcodeFromName("LOAD_FOO").has_value());
}

TEST(Opcodes, StackEffectMatchesDis) {
  for (const StackEffectRow &row : StackEffects) {
    for (int i = 0; i < 12; ++i) {
      int arg = hasArg(row.op) ? StackArgs[i] : 0;
      SCOPED_TRACE(std::string(opcodeName(row.op)) + " " + std::to_string(arg));
      EXPECT_EQ(stackEffectMax(row.op, arg), row.maxEffect[i]);
      EXPECT_EQ(stackEffect(row.op, arg, true), row.taken[i]);
      EXPECT_EQ(stackEffect(row.op, arg, false), row.notTaken[i]);
      EXPECT_GE(stackPops(row.op, arg, false), 0);
      EXPECT_GE(stackPushes(row.op, arg, true), 0);
    }
  }
}

TEST(Opcodes, ArgumentKindsFollowDisLists) {
  // opcode.hasjrel, hasconst, hasname, haslocal, hasfree, hascompare.
  for (Opcode op : {Opcode::FOR_ITER, Opcode::JUMP_FORWARD, Opcode::JUMP_IF_FALSE_OR_POP,
                    Opcode::JUMP_IF_TRUE_OR_POP, Opcode::POP_JUMP_FORWARD_IF_FALSE,
                    Opcode::POP_JUMP_FORWARD_IF_TRUE, Opcode::SEND,
                    Opcode::POP_JUMP_FORWARD_IF_NOT_NONE, Opcode::POP_JUMP_FORWARD_IF_NONE})
    EXPECT_EQ(argKind(op), ArgKind::JumpForward) << opcodeName(op);
  for (Opcode op : {Opcode::JUMP_BACKWARD_NO_INTERRUPT, Opcode::JUMP_BACKWARD,
                    Opcode::POP_JUMP_BACKWARD_IF_NOT_NONE, Opcode::POP_JUMP_BACKWARD_IF_NONE,
                    Opcode::POP_JUMP_BACKWARD_IF_FALSE, Opcode::POP_JUMP_BACKWARD_IF_TRUE})
    EXPECT_EQ(argKind(op), ArgKind::JumpBackward) << opcodeName(op);
  for (Opcode op : {Opcode::STORE_NAME, Opcode::DELETE_NAME, Opcode::STORE_ATTR,
                    Opcode::DELETE_ATTR, Opcode::STORE_GLOBAL, Opcode::DELETE_GLOBAL,
                    Opcode::LOAD_NAME, Opcode::LOAD_ATTR, Opcode::IMPORT_NAME,
                    Opcode::IMPORT_FROM, Opcode::LOAD_METHOD})
    EXPECT_EQ(argKind(op), ArgKind::Name) << opcodeName(op);
  for (Opcode op : {Opcode::MAKE_CELL, Opcode::LOAD_CLOSURE, Opcode::LOAD_DEREF,
                    Opcode::STORE_DEREF, Opcode::DELETE_DEREF, Opcode::LOAD_CLASSDEREF})
    EXPECT_EQ(argKind(op), ArgKind::Free) << opcodeName(op);
  for (Opcode op : {Opcode::LOAD_FAST, Opcode::STORE_FAST, Opcode::DELETE_FAST})
    EXPECT_EQ(argKind(op), ArgKind::Local);
  EXPECT_EQ(argKind(Opcode::LOAD_GLOBAL), ArgKind::GlobalName);
  EXPECT_EQ(argKind(Opcode::LOAD_CONST), ArgKind::Const);
  EXPECT_EQ(argKind(Opcode::KW_NAMES), ArgKind::KwNames);
  EXPECT_EQ(argKind(Opcode::COMPARE_OP), ArgKind::Compare);
  int jumps = 0;
  for (Opcode op : AllOpcodes)
    jumps += isJump(op);
  EXPECT_EQ(jumps, 15);
  EXPECT_TRUE(isUnconditionalJump(Opcode::JUMP_BACKWARD));
  EXPECT_FALSE(isUnconditionalJump(Opcode::FOR_ITER));
  EXPECT_TRUE(isTerminator(Opcode::RETURN_VALUE));
  EXPECT_FALSE(isTerminator(Opcode::POP_JUMP_FORWARD_IF_TRUE));
}

TEST(Opcodes, JumpsAndSymbols) {
  EXPECT_EQ(jumpTarget(Opcode::JUMP_FORWARD, 10, 3), 18);
  EXPECT_EQ(jumpTarget(Opcode::JUMP_BACKWARD, 36, 11), 16);
  EXPECT_EQ(jumpArg(Opcode::JUMP_BACKWARD, 36, 16), 11);
  EXPECT_EQ(jumpArg(Opcode::FOR_ITER, 16, 38), 10);
  EXPECT_STREQ(binaryOpSymbol(NB_INPLACE_ADD), "+=");
  EXPECT_STREQ(binaryOpSymbol(NB_XOR), "^");
  EXPECT_STREQ(binaryOpSymbol(NB_INPLACE_XOR), "^=");
  EXPECT_EQ(binaryOpSymbol(NB_COUNT), nullptr);
  EXPECT_STREQ(compareOpSymbol(CMP_GE), ">=");
}

TEST(Opcodes, EmitAndIterateWithExtendedArg) {
  std::vector<uint8_t> code;
  emitInstruction(code, Opcode::RESUME, 0);
  emitInstruction(code, Opcode::LOAD_CONST, 0x10203);
  emitInstruction(code, Opcode::RETURN_VALUE, 0);
  EXPECT_EQ(toHex(std::string(code.begin(), code.end())), "9700900190026403" "5300");
  std::vector<Instruction> all(instructions(code).begin(), instructions(code).end());
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[1].start, 2);
  EXPECT_EQ(all[1].offset, 6);
  EXPECT_EQ(all[1].op(), Opcode::LOAD_CONST);
  EXPECT_EQ(all[1].arg, 0x10203);
  EXPECT_EQ(all[1].units(), 3);
  EXPECT_EQ(all[2].offset, 8);
  EXPECT_EQ(all[2].arg, 0);
  EXPECT_EQ(instructionUnits(0xFF), 1);
  EXPECT_EQ(instructionUnits(0x100), 2);
  EXPECT_EQ(instructionUnits(0x1000000), 4);
}

TEST(Opcodes, LocalsPlusNames) {
  // def outer(a, b): ... with cells a (a parameter), c, total.
  std::vector<std::string> names =
      localsPlusNames({"a", "b", "x", "inner"}, {"a", "c", "total"}, {"f"});
  std::vector<std::string> want = {"a", "b", "x", "inner", "c", "total", "f"};
  EXPECT_EQ(names, want);
}

//===-- co_linetable ------------------------------------------------------===//

namespace {
struct LineTableCase {
  const char *name;
  int firstlineno;
  const char *codeHex;
  std::vector<Location> positions;
  const char *tableHex;
};
// CPython source (file lines.py), line 1 on:
//   def straight(a, b):            def cells(p):           def wide(a):
//       x = (a,                        q = 1                   return (a, <135 spaces> a, "end"
//            b)                                                )
//       y = a if b else x                                  def gen():
//       z = not a                      def inner():            yield 1
//       return [x, y, z, a, b, ...]        return p, q     def ext(a0, ..., a299):
//                                      return inner            return a299
const LineTableCase LineTableCases[] = {
    {"straight", 1,
        "97007c007c0166027d027c0172027c006e017c027d037c000c007d047c027c03"
        "7c047c007c017c007c017c007c017c007c017c007c017c007c017c007c017c00"
        "7c017c007c017c0067165300",
     {
         {1, 1, 0, 0}, {2, 2, 9, 10}, {3, 3, 9, 10}, {2, 3, 8, 11}, {2, 2, 4, 5},
         {4, 4, 13, 14}, {4, 4, 8, 21}, {4, 4, 8, 9}, {4, 4, 8, 9}, {4, 4, 20, 21},
         {4, 4, 4, 5}, {5, 5, 12, 13}, {5, 5, 8, 13}, {5, 5, 4, 5}, {6, 6, 12, 13},
         {6, 6, 15, 16}, {6, 6, 18, 19}, {6, 6, 21, 22}, {6, 6, 24, 25}, {6, 6, 27, 28},
         {6, 6, 30, 31}, {6, 6, 33, 34}, {6, 6, 36, 37}, {6, 6, 39, 40}, {6, 6, 42, 43},
         {6, 6, 45, 46}, {6, 6, 48, 49}, {6, 6, 51, 52}, {6, 6, 54, 55}, {6, 6, 57, 58},
         {6, 6, 60, 61}, {6, 6, 63, 64}, {6, 6, 66, 67}, {6, 6, 69, 70}, {6, 6, 72, 73},
         {6, 6, 75, 76}, {6, 6, 11, 77}, {6, 6, 4, 77}
     },

         "8000d8090ad8090af00301090c8041e00d0e880d8801880190418041d80c0d88"
         "058041d80c0d887190219051980198319861a011a041a071a821a851b001b031"
         "b061b811b841b871c021c051c801c831d00b4dd0044d"},
    {"cells", 7, "87008702970064018a02880088026602640284087d017c015300",
     {
         {-1, -1, -1, -1}, {-1, -1, -1, -1}, {7, 7, 0, 0}, {8, 8, 8, 9}, {8, 8, 4, 5},
         {11, 12, 4, 19}, {11, 12, 4, 19}, {11, 12, 4, 19}, {11, 12, 4, 19}, {11, 12, 4, 19},
         {11, 12, 4, 19}, {13, 13, 11, 16}, {13, 13, 4, 16}
     },
     "f8f88000d808098041f006010514f000010514f000010514f000010514f000010514f000010514e00b10804c"},
    {"inner", 11, "950297008900890166025300",
     {
         {-1, -1, -1, -1}, {11, 11, 0, 0}, {12, 12, 15, 16}, {12, 12, 18, 19}, {12, 12, 15, 19},
         {12, 12, 8, 19}
     },
     "f88000d80f1090218874880b"},
    {"wide", 14, "97007c007c00640166035300",
     {
         {14, 14, 0, 0}, {15, 15, 12, 13}, {15, 15, 146, 147}, {15, 15, 149, 154}, {15, 16, 11, 5},
         {15, 16, 4, 5}
     },
     "8000d80c0df0000053025402f0000056025b02f000010c06f000010506"},
    {"gen", 17, "4b0001009700640156009701010064005300",
     {
         {17, 17, -1, -1}, {17, 17, -1, -1}, {17, 17, 0, 0}, {18, 18, 10, 11}, {18, 18, 4, 11},
         {18, 18, 4, 11}, {18, 18, 4, 11}, {18, 18, 4, 11}, {18, 18, 4, 11}
     },
     "e800e8008000d80a0b80478047804780478047"},
    {"ext", 19, "970090017c2b5300",
     {{19, 19, 0, 0}, {20, 20, 11, 15}, {20, 20, 11, 15}, {20, 20, 4, 15}},
     "8000d90b0f804b"},
};
} // namespace

TEST(LineTable, EncodesAsCPython) {
  for (const LineTableCase &c : LineTableCases) {
    CodeObject code;
    code.firstlineno = c.firstlineno;
    code.code = fromHex(c.codeHex);
    code.locations = c.positions;
    ASSERT_EQ(code.locations.size(), code.instructionCount()) << c.name;
    EXPECT_EQ(toHex(code.lineTable()), c.tableHex) << c.name;
  }
}

TEST(LineTable, DecodesAsCPython) {
  for (const LineTableCase &c : LineTableCases) {
    std::vector<uint8_t> table = fromHex(c.tableHex);
    std::vector<Location> got;
    std::string error;
    ASSERT_TRUE(decodeLineTable(std::string(table.begin(), table.end()), c.firstlineno, got,
                                &error))
        << c.name << ": " << error;
    SCOPED_TRACE(c.name);
    expectLocations(got, c.positions);
  }
}

TEST(LineTable, RoundTripsEveryForm) {
  // Instructions of 1 to 4 units and locations of every shape: absent,
  // line only, short and one-line ranges, big lines and columns, multi-line
  // ranges, backward line steps, changes inside an instruction.
  std::vector<uint8_t> code;
  std::vector<Location> locations;
  unsigned seed = 12345;
  auto next = [&](unsigned bound) {
    seed = seed * 1103515245u + 12345u;
    return int((seed >> 16) % bound);
  };
  int line = 5;
  for (int i = 0; i < 400; ++i) {
    uint32_t arg = i % 7 == 0 ? uint32_t(next(1 << 20)) : uint32_t(next(200));
    emitInstruction(code, Opcode::LOAD_CONST, arg);
    int units = instructionUnits(arg);
    Location loc;
    int shape = next(6);
    line += next(9) - 3 + (shape == 5 ? 100000 : 0);
    if (line < 0)
      line = 0;
    if (shape == 0) {
      loc = {};
    } else if (shape == 1) {
      loc = {line, line, -1, -1};
    } else {
      int col = shape == 4 ? next(400) : next(90);
      int end = shape == 3 ? line + next(4) : line;
      loc = {line, end, col, col + next(shape == 2 ? 16 : 300)};
    }
    for (int u = 0; u < units; ++u)
      locations.push_back(u == 1 && shape == 2 ? Location{line, line, 1, 2} : loc);
  }
  CodeObject co;
  co.firstlineno = 3;
  co.code = code;
  co.locations = locations;
  std::vector<Location> decoded;
  std::string error;
  ASSERT_TRUE(decodeLineTable(co.lineTable(), co.firstlineno, decoded, &error)) << error;
  expectLocations(decoded, locations);
}

TEST(LineTable, RejectsMalformedTables) {
  std::vector<Location> out;
  std::string error;
  EXPECT_FALSE(decodeLineTable("\x01", 1, out, &error)); // no entry marker
  EXPECT_FALSE(error.empty());
  EXPECT_FALSE(decodeLineTable("\xf0\x01", 1, out, &error)); // truncated long form
  EXPECT_FALSE(decodeLineTable("\x80", 1, out, &error));     // truncated short form
  EXPECT_FALSE(decodeLineTable("\xd8\x01\x80", 1, out, &error)); // marker inside entry
  EXPECT_TRUE(decodeLineTable("", 1, out, &error));
  EXPECT_TRUE(out.empty());
}

//===-- co_exceptiontable -------------------------------------------------===//

TEST(ExceptionTable, MatchesCPython) {
  // def f(a):
  //     try: a()
  //     except ValueError as e: return e
  //     finally: a = 3
  std::vector<ExceptionTableEntry> small = {
      {2, 12, 13, 0, false},  {12, 13, 45, 0, false}, {13, 23, 37, 1, true},
      {23, 24, 32, 1, true},  {24, 25, 37, 1, true},  {25, 29, 45, 0, false},
      {32, 37, 37, 1, true},  {37, 40, 45, 0, false}, {45, 49, 49, 1, true}};
  const char *smallHex = "820a0d008c012d008d0a2503970120039801250399042d00a0052503a5032d00ad043103";
  // A try block of 2000 statements: multi-byte varints.
  std::vector<ExceptionTableEntry> big = {
      {2, 4002, 4004, 0, false}, {4004, 4009, 4013, 1, true}, {4012, 4013, 4013, 1, true}};
  const char *bigHex = "827e207e2400fe24057e2d03fe2c017e2d03";
  for (auto [entries, hex] : {std::pair{small, smallHex}, std::pair{big, bigHex}}) {
    EXPECT_EQ(toHex(encodeExceptionTable(entries)), hex);
    std::vector<uint8_t> bytes = fromHex(hex);
    std::vector<ExceptionTableEntry> decoded;
    std::string error;
    ASSERT_TRUE(decodeExceptionTable(std::string(bytes.begin(), bytes.end()), decoded, &error))
        << error;
    ASSERT_EQ(decoded.size(), entries.size());
    for (size_t i = 0; i < entries.size(); ++i) {
      EXPECT_EQ(decoded[i].start, entries[i].start);
      EXPECT_EQ(decoded[i].end, entries[i].end);
      EXPECT_EQ(decoded[i].target, entries[i].target);
      EXPECT_EQ(decoded[i].depth, entries[i].depth);
      EXPECT_EQ(decoded[i].lasti, entries[i].lasti);
    }
  }
}

TEST(ExceptionTable, RoundTripsAndRejectsTruncation) {
  std::vector<ExceptionTableEntry> entries;
  for (int i = 0; i < 50; ++i)
    entries.push_back({i * 1000, i * 1000 + i * i * 37 + 1, i * 977 + 5, i % 9, i % 2 == 0});
  CodeObject co;
  co.exceptionTable = entries;
  std::string bytes = co.exceptionTableBytes();
  std::vector<ExceptionTableEntry> decoded;
  std::string error;
  ASSERT_TRUE(decodeExceptionTable(bytes, decoded, &error)) << error;
  ASSERT_EQ(decoded.size(), entries.size());
  for (size_t i = 0; i < entries.size(); ++i) {
    EXPECT_EQ(decoded[i].start, entries[i].start);
    EXPECT_EQ(decoded[i].end, entries[i].end);
    EXPECT_EQ(decoded[i].target, entries[i].target);
    EXPECT_EQ(decoded[i].depth, entries[i].depth);
    EXPECT_EQ(decoded[i].lasti, entries[i].lasti);
  }
  // A prefix decodes exactly when it ends between two entries.
  std::set<size_t> boundaries;
  for (size_t k = 0; k <= entries.size(); ++k)
    boundaries.insert(encodeExceptionTable({entries.begin(), entries.begin() + k}).size());
  for (size_t n = 0; n < bytes.size(); ++n)
    EXPECT_EQ(decodeExceptionTable(bytes.substr(0, n), decoded, &error),
              boundaries.count(n) != 0)
        << n;
}

//===-- Disassembler and show-code ----------------------------------------===//

namespace {
// def outer(a, b=2):
//     total = 0
//     for x in a:
//         if x > b:
//             total += x
//     try:
//         c = a[0]
//     except IndexError:
//         c = None
//     def inner():
//         return total + c + len(a)
//     return inner
std::shared_ptr<CodeObject> sampleInner() {
  auto co = std::make_shared<CodeObject>();
  co->name = "inner";
  co->qualname = "outer.<locals>.inner";
  co->filename = "sample.py";
  co->firstlineno = 10;
  co->stacksize = 4;
  co->flags = CO_OPTIMIZED | CO_NEWLOCALS | CO_NESTED;
  co->code = fromHex("95039700890289017a0074018900a601ab017a005300");
  co->consts = {Constant::none()};
  co->names = {"len"};
  co->freevars = {"a", "c", "total"};
  co->locations = {
      {-1, -1, -1, -1}, {10, 10, 0, 0}, {11, 11, 15, 20}, {11, 11, 23, 24}, {11, 11, 15, 24},
      {11, 11, 27, 30}, {11, 11, 31, 32}, {11, 11, 27, 33}, {11, 11, 27, 33}, {11, 11, 15, 33},
      {11, 11, 8, 33}
  };
  return co;
}

std::shared_ptr<CodeObject> sampleOuter() {
  auto co = std::make_shared<CodeObject>();
  co->name = "outer";
  co->qualname = "outer";
  co->filename = "sample.py";
  co->firstlineno = 1;
  co->argcount = 2;
  co->stacksize = 4;
  co->flags = CO_OPTIMIZED | CO_NEWLOCALS;
  co->code = fromHex(
      "870087048705970064018a05890044005d0a7d027c027c016b04720489057c02"
      "7a0d8a058c0b09008900640119008a046e0d2300740024007205010064008a04"
      "59006e0477007803590077018800880488056603640284087d037c035300");
  co->consts = {Constant::none(), Constant::integer(0), Constant::codeObject(sampleInner())};
  co->names = {"IndexError"};
  co->varnames = {"a", "b", "x", "inner"};
  co->cellvars = {"a", "c", "total"};
  co->locations = {
      {-1, -1, -1, -1}, {-1, -1, -1, -1}, {-1, -1, -1, -1}, {1, 1, 0, 0}, {2, 2, 12, 13},
      {2, 2, 4, 9}, {3, 3, 13, 14}, {3, 5, 4, 22}, {3, 5, 4, 22}, {3, 3, 8, 9},
      {4, 4, 11, 12}, {4, 4, 15, 16}, {4, 4, 11, 16}, {4, 4, 11, 16}, {5, 5, 12, 17},
      {5, 5, 21, 22}, {5, 5, 12, 22}, {5, 5, 12, 17}, {-1, -1, -1, -1}, {6, 9, 4, 16},
      {7, 7, 12, 13}, {7, 7, 14, 15}, {7, 7, 12, 16}, {7, 7, 8, 9}, {7, 7, 8, 9},
      {-1, -1, -1, -1}, {8, 8, 11, 21}, {8, 9, 4, 16}, {8, 9, 4, 16}, {8, 9, 4, 16},
      {9, 9, 12, 16}, {9, 9, 8, 9}, {9, 9, 8, 9}, {9, 9, 8, 9}, {8, 9, 4, 16},
      {-1, -1, -1, -1}, {-1, -1, -1, -1}, {-1, -1, -1, -1}, {10, 11, 4, 33}, {10, 11, 4, 33},
      {10, 11, 4, 33}, {10, 11, 4, 33}, {10, 11, 4, 33}, {10, 11, 4, 33}, {10, 11, 4, 33},
      {12, 12, 11, 16}, {12, 12, 4, 16}
  };
  co->exceptionTable = {{20, 24, 25, 0, false}, {25, 32, 35, 1, true}, {34, 35, 35, 1, true}};
  return co;
}

std::string replaceAll(std::string text, std::string_view from, std::string_view to) {
  for (size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
  return text;
}

const char *const SampleDis = R"DIS(              0 MAKE_CELL                0 (a)
              2 MAKE_CELL                4 (c)
              4 MAKE_CELL                5 (total)

  1           6 RESUME                   0

  2           8 LOAD_CONST               1 (0)
             10 STORE_DEREF              5 (total)

  3          12 LOAD_DEREF               0 (a)
             14 GET_ITER
        >>   16 FOR_ITER                10 (to 38)
             18 STORE_FAST               2 (x)

  4          20 LOAD_FAST                2 (x)
             22 LOAD_FAST                1 (b)
             24 COMPARE_OP               4 (>)
             26 POP_JUMP_FORWARD_IF_FALSE     4 (to 36)

  5          28 LOAD_DEREF               5 (total)
             30 LOAD_FAST                2 (x)
             32 BINARY_OP               13 (+=)
             34 STORE_DEREF              5 (total)
        >>   36 JUMP_BACKWARD           11 (to 16)

  6     >>   38 NOP

  7          40 LOAD_DEREF               0 (a)
             42 LOAD_CONST               1 (0)
             44 BINARY_SUBSCR
             46 STORE_DEREF              4 (c)
             48 JUMP_FORWARD            13 (to 76)
        >>   50 PUSH_EXC_INFO

  8          52 LOAD_GLOBAL              0 (IndexError)
             54 CHECK_EXC_MATCH
             56 POP_JUMP_FORWARD_IF_FALSE     5 (to 68)
             58 POP_TOP

  9          60 LOAD_CONST               0 (None)
             62 STORE_DEREF              4 (c)
             64 POP_EXCEPT
             66 JUMP_FORWARD             4 (to 76)

  8     >>   68 RERAISE                  0
        >>   70 COPY                     3
             72 POP_EXCEPT
             74 RERAISE                  1

 10     >>   76 LOAD_CLOSURE             0 (a)
             78 LOAD_CLOSURE             4 (c)
             80 LOAD_CLOSURE             5 (total)
             82 BUILD_TUPLE              3
             84 LOAD_CONST               2 (@INNER@)
             86 MAKE_FUNCTION            8 (closure)
             88 STORE_FAST               3 (inner)

 12          90 LOAD_FAST                3 (inner)
             92 RETURN_VALUE
ExceptionTable:
  40 to 46 -> 50 [0]
  50 to 62 -> 70 [1] lasti
  68 to 68 -> 70 [1] lasti

Disassembly of @INNER@:
              0 COPY_FREE_VARS           3

 10           2 RESUME                   0

 11           4 LOAD_DEREF               2 (total)
              6 LOAD_DEREF               1 (c)
              8 BINARY_OP                0 (+)
             10 LOAD_GLOBAL              1 (NULL + len)
             12 LOAD_DEREF               0 (a)
             14 PRECALL                  1
             16 CALL                     1
             18 BINARY_OP                0 (+)
             20 RETURN_VALUE
)DIS";

const char *const SampleShowCode = R"SHOW(Name:              outer
Filename:          sample.py
Argument count:    2
Positional-only arguments: 0
Kw-only arguments: 0
Number of locals:  4
Stack size:        4
Flags:             OPTIMIZED, NEWLOCALS
Constants:
   0: None
   1: 0
   2: @INNER@
Names:
   0: IndexError
Variable names:
   0: a
   1: b
   2: x
   3: inner
Cell variables:
   0: a
   1: c
   2: total

Name:              inner
Filename:          sample.py
Argument count:    0
Positional-only arguments: 0
Kw-only arguments: 0
Number of locals:  0
Stack size:        4
Flags:             OPTIMIZED, NEWLOCALS, NESTED
Constants:
   0: None
Names:
   0: len
Free variables:
   0: a
   1: c
   2: total
)SHOW";
} // namespace

TEST(Disassembler, MatchesCPythonLayout) {
  std::shared_ptr<CodeObject> outer = sampleOuter();
  std::ostringstream os;
  disassemble(*outer, os);
  std::string want = replaceAll(SampleDis, "@INNER@", codeRepr(*outer->consts[2]->code));
  EXPECT_EQ(os.str(), want);
}

TEST(Disassembler, ExtendedArgWideLinesAndOffsets) {
  CodeObject co;
  co.name = "f";
  co.qualname = "f";
  co.filename = "x.py";
  co.firstlineno = 1200;
  for (int i = 0; i < 300; ++i)
    co.consts.push_back(Constant::integer(i));
  co.names = {"x"};
  co.varnames = {"a"};
  co.code = fromHex("9700900164" "2b7d007c0073020900" "8c0864005300");
  co.locations = {{1200, 1200, 0, 0}, {1201, 1201, 4, 9}, {1201, 1201, 4, 9}, {1201, 1201, 0, 9},
                  {1202, 1202, 3, 4}, {1202, 1202, 3, 4}, {},                  {1203, 1203, 8, 12},
                  {1204, 1204, 11, 15}, {1204, 1204, 4, 15}};
  co.exceptionTable = {{4, 7, 6, 0, true}};
  std::ostringstream os;
  disassembleCodeObject(co, os);
  EXPECT_EQ(os.str(), R"(1200     >>    0 RESUME                   0

1201           2 EXTENDED_ARG             1
               4 LOAD_CONST             299 (299)
               6 STORE_FAST               0 (a)

1202           8 LOAD_FAST                0 (a)
              10 POP_JUMP_FORWARD_IF_TRUE     2 (to 16)
         >>   12 NOP

1203          14 JUMP_BACKWARD            8 (to 0)

1204     >>   16 LOAD_CONST               0 (0)
              18 RETURN_VALUE
ExceptionTable:
  8 to 12 -> 12 [0] lasti
)");

  // 5000 NOPs without line numbers: no line column, 5-digit offsets.
  CodeObject big;
  for (int i = 0; i < 5000; ++i)
    emitInstruction(big.code, Opcode::NOP, 0);
  emitInstruction(big.code, Opcode::RETURN_VALUE, 0);
  std::ostringstream bigOut;
  disassembleCodeObject(big, bigOut);
  std::string text = bigOut.str();
  EXPECT_EQ(text.substr(0, text.find('\n')), "           0 NOP");
  EXPECT_NE(text.find("\n       10000 RETURN_VALUE\n"), std::string::npos);
}

TEST(Disassembler, ArgumentReprs) {
  CodeObject co;
  co.consts = {Constant::str("s"), Constant::tuple({Constant::str("k")})};
  co.names = {"g"};
  auto repr = [&](Opcode op, int arg) { return argRepr(co, 0, uint8_t(op), arg); };
  EXPECT_EQ(repr(Opcode::LOAD_CONST, 0), "'s'");
  EXPECT_EQ(repr(Opcode::KW_NAMES, 1), "");
  EXPECT_EQ(repr(Opcode::LOAD_GLOBAL, 1), "NULL + g");
  EXPECT_EQ(repr(Opcode::LOAD_GLOBAL, 0), "g");
  EXPECT_EQ(repr(Opcode::LOAD_METHOD, 0), "g");
  EXPECT_EQ(repr(Opcode::COMPARE_OP, 3), "!=");
  EXPECT_EQ(repr(Opcode::FORMAT_VALUE, 0), "");
  EXPECT_EQ(repr(Opcode::FORMAT_VALUE, 2), "repr");
  EXPECT_EQ(repr(Opcode::FORMAT_VALUE, 4), "with format");
  EXPECT_EQ(repr(Opcode::FORMAT_VALUE, 7), "ascii, with format");
  EXPECT_EQ(repr(Opcode::MAKE_FUNCTION, 15), "defaults, kwdefaults, annotations, closure");
  EXPECT_EQ(repr(Opcode::IS_OP, 1), "");
  EXPECT_EQ(repr(Opcode::RAISE_VARARGS, 1), "");
  EXPECT_EQ(repr(Opcode::LOAD_CONST, 9), ""); // out of range: no crash
  EXPECT_EQ(repr(Opcode::LOAD_FAST, 9), "");
}

TEST(ShowCode, MatchesCPythonLayout) {
  std::shared_ptr<CodeObject> outer = sampleOuter();
  std::ostringstream os;
  showCode(*outer, os);
  EXPECT_EQ(os.str(), replaceAll(SampleShowCode, "@INNER@", codeRepr(*outer->consts[2]->code)));
  EXPECT_EQ(prettyFlags(0), "0x0");
  EXPECT_EQ(prettyFlags(CO_GENERATOR | 0x20000), "GENERATOR, 0x20000");
}

TEST(ShowCode, Json) {
  EXPECT_EQ(jsonString("a\"b\\\n\x01\xC3\xA9\xED\xA0\x80\xF0\x9F\x98\x80\xFF"),
            "\"a\\\"b\\\\\\u000a\\u0001\xC3\xA9\\ud800\xF0\x9F\x98\x80\\ufffd\"");
  std::shared_ptr<CodeObject> outer = sampleOuter();
  std::ostringstream os;
  showCodeJson(*outer, os);
  std::string json = os.str();
  EXPECT_TRUE(json.starts_with(
      "[\n  {\"co_name\": \"outer\", \"co_qualname\": \"outer\", \"co_filename\": \"sample.py\", "
      "\"co_firstlineno\": 1, \"co_argcount\": 2, \"co_posonlyargcount\": 0, "
      "\"co_kwonlyargcount\": 0, \"co_nlocals\": 4, \"co_stacksize\": 4, \"co_flags\": 3, "
      "\"co_code\": \"8700"))
      << json;
  EXPECT_NE(json.find("\"co_consts\": [\"None\", \"0\", {\"code\": \"outer.<locals>.inner\"}]"),
            std::string::npos);
  EXPECT_NE(json.find("\"co_cellvars\": [\"a\", \"c\", \"total\"], \"co_freevars\": []"),
            std::string::npos);
  EXPECT_NE(json.find(",\n  {\"co_name\": \"inner\""), std::string::npos);
  EXPECT_NE(json.find("\"co_exceptiontable\": \"\"}\n]\n"), std::string::npos);
  EXPECT_NE(json.find("\"co_code\": \"" + toHex(std::string(outer->code.begin(),
                                                            outer->code.end())) + "\""),
            std::string::npos);
}

//===-- Serializer --------------------------------------------------------===//

namespace {

std::shared_ptr<CodeObject> everyConstantKind() {
  std::shared_ptr<CodeObject> co = sampleOuter();
  double nan;
  uint64_t nanBits = 0x7ff8000000000123ull; // a NaN with a payload
  std::memcpy(&nan, &nanBits, sizeof nan);
  mpz_class huge("-123456789012345678901234567890123456789012345678901234567890");
  co->consts.insert(co->consts.end(), {
      Constant::boolean(true), Constant::boolean(false), Constant::ellipsis(),
      Constant::integer(-1), Constant::integer(mpz_class(1) << 200), Constant::integer(huge),
      Constant::floating(-0.0), Constant::floating(0.1), Constant::floating(INFINITY),
      Constant::floating(nan), Constant::complex(-0.0, 2.5), Constant::complex(1e300, -INFINITY),
      Constant::str(""), Constant::str(std::string("a\0b\xC3\xA9\xED\xA0\x80\xF0\x9F\x98\x80", 12)),
      Constant::bytes(std::string("\0\xff\x80 b", 5)),
      Constant::tuple({}),
      Constant::tuple(
          {Constant::integer(1), Constant::tuple({Constant::str("x"), Constant::none()})}),
      Constant::frozenset({Constant::integer(3), Constant::str("y"), Constant::floating(1.5)}),
      Constant::frozenset({})});
  co->posonlyargcount = 1;
  co->kwonlyargcount = 7;
  co->firstlineno = 2000000000;
  co->locations.push_back({-5, 70000, 3, -1});
  co->locations.push_back({2147483647, -2147483647 - 1, 2147483647, 0});
  return co;
}
} // namespace

TEST(Serializer, RoundTripsEveryField) {
  std::shared_ptr<CodeObject> co = everyConstantKind();
  std::string bytes = serializeCode(*co);
  EXPECT_EQ(bytes.substr(0, 8), "KILNCODE");
  std::string error;
  std::shared_ptr<CodeObject> back = deserializeCode(bytes, &error);
  ASSERT_TRUE(back) << error;
  expectSameCode(*co, *back);
  EXPECT_EQ(serializeCode(*back), bytes);
}

TEST(Serializer, RejectsTruncatedInput) {
  std::string bytes = serializeCode(*everyConstantKind());
  for (size_t n = 0; n < bytes.size(); ++n) {
    std::string error;
    EXPECT_EQ(deserializeCode(std::string_view(bytes).substr(0, n), &error), nullptr) << n;
    EXPECT_FALSE(error.empty()) << n;
  }
  std::string error;
  EXPECT_EQ(deserializeCode(bytes + "x", &error), nullptr);
  EXPECT_NE(error.find("trailing"), std::string::npos);
}

TEST(Serializer, SurvivesCorruptedInput) {
  std::string bytes = serializeCode(*everyConstantKind());
  size_t failures = 0;
  for (size_t i = 0; i < bytes.size(); ++i) {
    for (uint8_t mask : {0x01, 0x02, 0x40, 0x80, 0xFF}) {
      std::string bad = bytes;
      bad[i] = char(uint8_t(bad[i]) ^ mask);
      std::string error;
      std::shared_ptr<CodeObject> co = deserializeCode(bad, &error);
      if (!co) {
        ++failures;
        EXPECT_FALSE(error.empty());
      }
    }
  }
  EXPECT_GT(failures, 0u);
  // Huge counts and deep nesting.
  std::string deep = bytes.substr(0, 9);
  std::string error;
  EXPECT_EQ(deserializeCode(deep + std::string(20, '\xff'), &error), nullptr);
  // An empty code object whose consts hold 10000 nested one-element
  // tuples: must be refused, not overflow the stack.
  CodeObject empty;
  std::string head = serializeCode(empty);
  size_t constsAt = 9 + 3 + 6 + 1; // magic+version, 3 empty strs, 6 zero ints, empty code
  ASSERT_EQ(head[constsAt], '\0');
  std::string chain;
  for (int i = 0; i < 10000; ++i)
    chain += "t\x01";
  std::string crafted = head.substr(0, constsAt) + "\x01" + chain + "N" + head.substr(constsAt + 1);
  EXPECT_EQ(deserializeCode(crafted, &error), nullptr);
  EXPECT_NE(error.find("deeply"), std::string::npos) << error;
}
