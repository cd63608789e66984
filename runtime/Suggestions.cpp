//===- Suggestions.cpp - "Did you mean ...?" for NameError/AttributeError --===//
///
/// The uncaught-exception report of CPython 3.11 appends a suggestion to
/// NameError and AttributeError messages: the closest name by a weighted
/// Levenshtein distance (case changes cost 1, other edits 2), among the
/// object's attributes, or the failing frame's locals, globals and
/// builtins; only names within (len(a) + len(b) + 3) / 3 edits qualify.
///
//===----------------------------------------------------------------------===//
#include "runtime/Abstract.h"
#include "runtime/Errors.h"
#include "runtime/Frame.h"
#include "runtime/Names.h"
#include "runtime/objects/Code.h"
#include "runtime/objects/Dict.h"
#include "runtime/objects/Exception.h"
#include "runtime/objects/List.h"
#include "runtime/objects/Str.h"
#include "runtime/objects/Tuple.h"

#include <algorithm>
#include <climits>
#include <string>
#include <vector>

namespace kiln::rt {

namespace {

constexpr int kMoveCost = 2, kCaseCost = 1, kMaxStringSize = 40, kMaxCandidates = 750;

int substitutionCost(char a, char b) {
  if (a == b)
    return 0;
  if (std::tolower(uint8_t(a)) == std::tolower(uint8_t(b)))
    return kCaseCost;
  return kMoveCost;
}

int levenshtein(std::string a, std::string b, int maxCost) {
  if (a == b)
    return 0;
  size_t pre = 0;
  while (pre < a.size() && pre < b.size() && a[pre] == b[pre])
    pre++;
  a = a.substr(pre);
  b = b.substr(pre);
  while (!a.empty() && !b.empty() && a.back() == b.back()) {
    a.pop_back();
    b.pop_back();
  }
  if (a.empty() || b.empty())
    return int(a.size() + b.size()) * kMoveCost;
  if (a.size() > kMaxStringSize || b.size() > kMaxStringSize)
    return maxCost + 1;
  if (b.size() < a.size())
    std::swap(a, b);
  if (int(b.size() - a.size()) * kMoveCost > maxCost)
    return maxCost + 1;
  std::vector<int> buffer(a.size());
  for (size_t i = 0; i < a.size(); i++)
    buffer[i] = int(i + 1) * kMoveCost;
  int result = 0;
  for (size_t bi = 0; bi < b.size(); bi++) {
    char code = b[bi];
    int distance = result = int(bi) * kMoveCost;
    int minimum = INT_MAX;
    for (size_t index = 0; index < a.size(); index++) {
      int substitute = distance + substitutionCost(code, a[index]);
      distance = buffer[index];
      int insertDelete = std::min(result, distance) + kMoveCost;
      result = std::min(insertDelete, substitute);
      buffer[index] = result;
      minimum = std::min(minimum, result);
    }
    if (minimum > maxCost)
      return maxCost + 1;
  }
  return result;
}

std::string bestMatch(const std::vector<std::string> &candidates, const std::string &name) {
  if (candidates.size() > size_t(kMaxCandidates))
    return "";
  std::string best;
  int bestDistance = INT_MAX;
  for (const std::string &item : candidates) {
    if (item == name)
      continue;
    int maxDistance = int(name.size() + item.size() + 3) * kMoveCost / 6;
    maxDistance = std::min(maxDistance, bestDistance - 1);
    int d = levenshtein(name, item, maxDistance);
    if (d > maxDistance)
      continue;
    if (best.empty() || d < bestDistance) {
      best = item;
      bestDistance = d;
    }
  }
  return best;
}

std::vector<std::string> keysOf(Dict *d) {
  std::vector<std::string> out;
  int64_t pos = 0;
  Value k;
  while (dictNext(d, &pos, &k, nullptr))
    if (isStr(k))
      out.push_back(strToUtf8(k));
  return out;
}

} // namespace

std::string suggestionFor(Value exc) {
  BaseException *e = exc.as<BaseException>();
  Value saved = takeError();
  std::string result;
  if (typeOf(exc) == &AttributeErrorType) {
    Value name = e->fields[0], obj = e->fields[1];
    if (name && isStr(name) && obj && !isNone(obj)) {
      Value dirf = lookupSpecial(obj, names.dir);
      Value list = dirf ? call(dirf, {}) : Value();
      if (list)
        list = listFromIterable(list);
      if (list) {
        std::vector<std::string> cands;
        List *l = list.as<List>();
        for (int64_t i = 0; i < l->size; i++)
          if (isStr(l->items[i]))
            cands.push_back(strToUtf8(l->items[i]));
        std::sort(cands.begin(), cands.end());
        result = bestMatch(cands, strToUtf8(name));
      }
      clearError();
    }
  } else if (typeOf(exc) == &NameErrorType) {
    Value name = e->fields[0];
    Value tb = e->traceback;
    Traceback *last = nullptr;
    for (Value t = tb; t && typeOf(t) == &TracebackType; t = t.as<Traceback>()->next)
      last = t.as<Traceback>();
    if (name && isStr(name) && last) {
      Frame *f = last->frame;
      std::string n = strToUtf8(name);
      std::vector<std::string> locals(f->code->fc->varnames.begin(), f->code->fc->varnames.end());
      result = bestMatch(locals, n);
      if (result.empty())
        result = bestMatch(keysOf(f->globals), n);
      if (result.empty())
        result = bestMatch(keysOf(f->builtins), n);
    }
  }
  if (saved)
    setCurrentException(saved);
  return result;
}

} // namespace kiln::rt
