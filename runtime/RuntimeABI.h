//===- RuntimeABI.h - C declarations of the runtime's entry points --------===//
//
// The extern "C" functions listed in RuntimeABI.def, declared for C++ (the
// vm and the runtime's own definitions in RuntimeABI.cpp, which must agree
// with these declarations or the build fails).
//
//===----------------------------------------------------------------------===//
#pragma once

#include <cstddef>
#include <cstdint>

using KilnValue = uint64_t;

#define KV KilnValue
#define KI32 int32_t
#define KSZ size_t
#define KPTR void *
#define KF64 double
#define KILN_ABI(name, ret, params, attrs) ret name params noexcept;
extern "C" {
#include "runtime/RuntimeABI.def"
}
#undef KILN_ABI
#undef KV
#undef KI32
#undef KSZ
#undef KPTR
#undef KF64
