//===- AttrCache.cpp - Per-site caches for attribute access ---------------===//
#include "runtime/AttrCache.h"
#include "runtime/Abstract.h"
#include "runtime/objects/Dict.h"
#include "runtime/objects/Function.h"
#include "runtime/objects/Module.h"
#include "runtime/objects/Str.h"

namespace kiln::rt {

namespace {

using Entry = AttrCacheEntry;

/// The entry for \p t, if it is still valid.
inline Entry *find(AttrCache *c, Type *t) {
  for (Entry &e : c->ways)
    if (e.type == t)
      return t->versionTag == e.version ? &e : nullptr;
  return nullptr;
}

/// The entry to (re)fill for \p t: its own, else the next in turn.
Entry *slotFor(AttrCache *c, Type *t) {
  for (Entry &e : c->ways)
    if (e.type == t || e.type == nullptr)
      return &e;
  Entry *e = &c->ways[c->next];
  c->next = (c->next + 1) % AttrCache::kWays;
  return e;
}

inline Dict *instanceDict(Value obj, Type *t) {
  if (t->dictOffset == 0)
    return nullptr;
  if (t->dictOffset < 0) { // after the items of a tuple subclass instance
    Dict **dp = instanceDictPtr(obj);
    return dp ? *dp : nullptr;
  }
  return *reinterpret_cast<Dict **>(reinterpret_cast<char *>(obj.obj()) + t->dictOffset);
}

/// The instance dict's entry for \p name at the cached index, or null.
inline DictEntry *hintedEntry(Value obj, Type *t, Str *name, const Entry *c) {
  Dict *d = instanceDict(obj, t);
  if (!d || c->hint >= d->nentries)
    return nullptr;
  DictEntry *e = &d->entries[c->hint];
  return e->key == Value::object(name) ? e : nullptr;
}

/// Whether lookups of \p t's instances can be cached: the generic getattr,
/// or a module's (which differs only when the name is missing: then a
/// module-level __getattr__ runs, and nothing is cached).
inline bool cacheableGetAttr(Type *t) {
  return t->getattr == genericGetAttr || t == &ModuleType;
}

inline bool shadowed(Value obj, Type *t, Str *name) {
  Dict *d = instanceDict(obj, t);
  return d && d->used && dictMayHaveKey(d, name->hash) && dictGetStr(d, name);
}

/// Records where obj.name lives after a successful general lookup.
void fill(Value obj, Type *t, Str *name, AttrCache *cache) {
  uint32_t version = t->versionTag;
  if (!version || obj.isSmall())
    return;
  Value attr = typeLookup(t, name);
  Type *at = attr ? typeOf(attr) : nullptr;
  if (at && at->descrSet)
    return; // a data descriptor wins over the instance dict: not cached
  if (Dict *d = instanceDict(obj, t)) {
    int64_t ix = dictLookupIndexStr(d, name);
    if (ix >= 0) {
      *slotFor(cache, t) = {t, version, Entry::InstanceEntry, ix, Value()};
      return;
    }
  }
  if (attr && !at->descrGet)
    *slotFor(cache, t) = {t, version, Entry::TypeValue, 0, attr};
}

} // namespace

Value attrGetCached(Value obj, Str *name, AttrCache *cache) {
  Type *t = typeOf(obj);
  if (Entry *c = find(cache, t)) {
    if (c->kind == Entry::InstanceEntry) {
      if (DictEntry *e = hintedEntry(obj, t, name, c))
        return e->value;
      // The type still has no data descriptor of that name (its version
      // says so): the instance dict alone decides, at another index.
      if (Dict *d = instanceDict(obj, t))
        if (Value v = dictGetStr(d, name))
          return v;
    } else if (c->kind == Entry::TypeValue) {
      if (!shadowed(obj, t, name))
        return c->value;
    }
  }
  Value v = getAttr(obj, name);
  if (v && cacheableGetAttr(t))
    fill(obj, t, name, cache);
  return v;
}

int attrSetCached(Value obj, Str *name, Value value, AttrCache *cache) {
  Type *t = typeOf(obj);
  Entry *c = find(cache, t);
  if (c && c->kind == Entry::InstanceEntry) {
    // The key stays: only its value changes (no dict version change).
    if (DictEntry *e = hintedEntry(obj, t, name, c)) {
      e->value = value;
      return 0;
    }
    // A new object of the type (its __init__ adding attributes): no data
    // descriptor intervenes, so the instance dict takes the value (made
    // now if this is the object's first attribute).
    if (t->dictOffset > 0) {
      Dict **dp = reinterpret_cast<Dict **>(reinterpret_cast<char *>(obj.obj()) + t->dictOffset);
      if (!*dp && !(*dp = dictNew()))
        return -1;
      return dictSetStr(*dp, name, value);
    }
    if (Dict *d = instanceDict(obj, t))
      return dictSetStr(d, name, value);
  }
  int r = setAttr(obj, name, value);
  if (r == 0 && t->setattr == genericSetAttr && t->getattr == genericGetAttr)
    fill(obj, t, name, cache);
  return r;
}

bool methodGetCached(Value obj, Str *name, AttrCache *cache, Value *out) {
  Type *t = typeOf(obj);
  if (Entry *c = find(cache, t)) {
    if (c->kind == Entry::Method) {
      if (!shadowed(obj, t, name)) {
        *out = c->value;
        return true;
      }
    } else if (c->kind == Entry::InstanceEntry) {
      if (DictEntry *e = hintedEntry(obj, t, name, c)) {
        *out = e->value;
        return false;
      }
    }
  }
  bool unbound = getMethod(obj, name, out);
  if (*out && cacheableGetAttr(t)) {
    if (unbound) {
      if (t->versionTag)
        *slotFor(cache, t) = {t, t->versionTag, Entry::Method, 0, *out};
    } else {
      fill(obj, t, name, cache);
    }
  }
  return unbound;
}

} // namespace kiln::rt
