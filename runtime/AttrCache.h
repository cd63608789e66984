//===- AttrCache.h - Per-site caches for attribute access -----------------===//
///
/// Generated code keeps one AttrCache per LOAD_ATTR, LOAD_METHOD and
/// STORE_ATTR site (in static data). A cache describes where the attribute
/// was found for one type, and is trusted only while the object's type and
/// that type's version tag (reset by every change of the type or a base,
/// see typeModified) are the recorded ones, for types whose attribute
/// access is the generic one (no __getattr__/__getattribute__/__setattr__):
///  - InstanceEntry: in the instance dict, at entry index `hint` — checked
///    by comparing that entry's key with the name, so a different dict
///    layout simply misses. (The type has no data descriptor of that name.)
///  - TypeValue: a plain class attribute without __get__, used when the
///    instance dict does not shadow it.
///  - Method: for LOAD_METHOD, a function or method descriptor of the type,
///    passed unbound when the instance dict does not shadow it.
/// Every miss takes the general path (getAttr, setAttr, getMethod) and
/// refills the cache, so results are always the general path's.
///
//===----------------------------------------------------------------------===//
#pragma once

#include "runtime/Object.h"
#include "runtime/objects/Dict.h"
#include "runtime/objects/Str.h"

namespace kiln::rt {

struct Str;

/// Where one type's instances keep the attribute.
struct AttrCacheEntry {
  enum Kind : uint32_t { Empty = 0, InstanceEntry = 1, TypeValue = 2, Method = 3 };
  Type *type;
  uint32_t version;
  uint32_t kind;
  int64_t hint;
  Value value;
};

/// A site sees a few types (a base class method on subclass instances):
/// one entry per type, replaced in turn when all are taken.
struct AttrCache {
  static constexpr int kWays = 4;
  AttrCacheEntry ways[kWays];
  uint32_t next; ///< the entry the next new type takes
};

/// \p obj's instance dict when the cache's first way describes \p obj's
/// type as it is now and says "instance dict entry"; else null.
inline Dict *cachedInstanceDict(Value obj, const AttrCache *cache) {
  if (obj.isSmall())
    return nullptr;
  Type *t = obj.obj()->type;
  const AttrCacheEntry &w = cache->ways[0];
  if (w.type != t || w.version != t->versionTag || w.kind != AttrCacheEntry::InstanceEntry ||
      t->dictOffset <= 0)
    return nullptr;
  return *reinterpret_cast<Dict **>(reinterpret_cast<char *>(obj.obj()) + t->dictOffset);
}

/// The instance-dict entry the cache's first way records for \p obj, when
/// it still holds \p name; else null. The common case of obj.attr on an
/// instance of the site's usual class, inline in the ABI entries.
inline DictEntry *cachedInstanceEntry(Value obj, Str *name, const AttrCache *cache) {
  Dict *d = cachedInstanceDict(obj, cache);
  if (!d || cache->ways[0].hint >= d->nentries)
    return nullptr;
  DictEntry *e = &d->entries[cache->ways[0].hint];
  return e->key == Value::object(name) ? e : nullptr;
}

/// obj.name = value as a new attribute (in __init__, mostly) of an instance
/// of the site's usual class: the type has no data descriptor of that name
/// (the way says so), so the value goes into the instance dict. False when
/// the quick append does not apply (nothing done).
inline bool cachedInstanceAppend(Value obj, Str *name, Value value, const AttrCache *cache) {
  Dict *d = cachedInstanceDict(obj, cache);
  return d && dictTryAppendStr(d, name, name->hash, value);
}

/// obj.name through \p cache.
Value attrGetCached(Value obj, Str *name, AttrCache *cache);
/// obj.name = value through \p cache; 0 or -1.
int attrSetCached(Value obj, Str *name, Value value, AttrCache *cache);
/// getMethod (Abstract.h) through \p cache.
bool methodGetCached(Value obj, Str *name, AttrCache *cache, Value *out);

} // namespace kiln::rt
