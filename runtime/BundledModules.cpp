//===- BundledModules.cpp - Python modules shipped inside the runtime -----===//
///
/// The .py files of runtime/lib/ are embedded at build time by
/// runtime/cmake/EmbedPython.cmake into a generated table (module name ->
/// NUL-terminated source); Import.cpp asks here before searching sys.path.
///
//===----------------------------------------------------------------------===//
#include "runtime/objects/Module.h"

#include <cstring>

namespace kiln::rt {

struct BundledModule {
  const char *name;
  const char *source;
};

extern const BundledModule bundledModuleTable[];

const char *bundledModuleSource(const char *name) {
  for (const BundledModule *m = bundledModuleTable; m->name; ++m)
    if (std::strcmp(m->name, name) == 0)
      return m->source;
  return nullptr;
}

bool bundledIsPackage(const char *name) {
  size_t n = std::strlen(name);
  for (const BundledModule *m = bundledModuleTable; m->name; ++m)
    if (std::strncmp(m->name, name, n) == 0 && m->name[n] == '.')
      return true;
  return false;
}

} // namespace kiln::rt
