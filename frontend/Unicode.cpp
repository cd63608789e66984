//===- Unicode.cpp - UTF-8 coding and generated Unicode tables -----------===//
#include "frontend/Unicode.h"

#include <algorithm>

namespace kiln::unicode {
namespace {
struct CodePointRange {
  uint32_t first, last;
};
struct NfkcEntry {
  uint32_t cp;
  const char *utf8;
};
struct CompositionEntry {
  uint32_t first, second, composed;
};
struct CombiningClassEntry {
  uint32_t cp;
  uint8_t ccc;
};
struct UnicodeNameEntry {
  const char *name;
  uint32_t cp;
};
#include "frontend/UnicodeNames.inc"
#include "frontend/UnicodeTables.inc"

template <size_t N>
bool inRanges(const CodePointRange (&table)[N], uint32_t cp) {
  auto it = std::upper_bound(
      std::begin(table), std::end(table), cp,
      [](uint32_t v, const CodePointRange &r) { return v < r.first; });
  if (it == std::begin(table))
    return false;
  --it;
  return cp <= it->last;
}

uint8_t combiningClass(uint32_t cp) {
  auto it = std::lower_bound(
      std::begin(kCombiningClasses), std::end(kCombiningClasses), cp,
      [](const CombiningClassEntry &e, uint32_t v) { return e.cp < v; });
  if (it != std::end(kCombiningClasses) && it->cp == cp)
    return it->ccc;
  return 0;
}

bool compose(uint32_t a, uint32_t b, uint32_t &out) {
  auto it = std::lower_bound(std::begin(kCompositions), std::end(kCompositions),
                             std::make_pair(a, b),
                             [](const CompositionEntry &e,
                                const std::pair<uint32_t, uint32_t> &k) {
                               return std::make_pair(e.first, e.second) < k;
                             });
  if (it != std::end(kCompositions) && it->first == a && it->second == b) {
    out = it->composed;
    return true;
  }
  return false;
}
} // namespace

void appendUtf8(std::string &out, uint32_t cp) {
  if (cp < 0x80) {
    out += char(cp);
  } else if (cp < 0x800) {
    out += char(0xC0 | (cp >> 6));
    out += char(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += char(0xE0 | (cp >> 12));
    out += char(0x80 | ((cp >> 6) & 0x3F));
    out += char(0x80 | (cp & 0x3F));
  } else {
    out += char(0xF0 | (cp >> 18));
    out += char(0x80 | ((cp >> 12) & 0x3F));
    out += char(0x80 | ((cp >> 6) & 0x3F));
    out += char(0x80 | (cp & 0x3F));
  }
}

bool decodeUtf8(std::string_view s, size_t &pos, uint32_t &cp,
                bool allowSurrogates) {
  if (pos >= s.size())
    return false;
  unsigned char c = s[pos];
  if (c < 0x80) {
    cp = c;
    pos += 1;
    return true;
  }
  int len;
  uint32_t v;
  if ((c & 0xE0) == 0xC0) {
    len = 2;
    v = c & 0x1F;
  } else if ((c & 0xF0) == 0xE0) {
    len = 3;
    v = c & 0x0F;
  } else if ((c & 0xF8) == 0xF0) {
    len = 4;
    v = c & 0x07;
  } else {
    return false;
  }
  if (pos + len > s.size())
    return false;
  for (int i = 1; i < len; ++i) {
    unsigned char cc = s[pos + i];
    if ((cc & 0xC0) != 0x80)
      return false;
    v = (v << 6) | (cc & 0x3F);
  }
  // Reject overlong forms and out-of-range values.
  if ((len == 2 && v < 0x80) || (len == 3 && v < 0x800) ||
      (len == 4 && (v < 0x10000 || v > 0x10FFFF)))
    return false;
  if (!allowSurrogates && v >= 0xD800 && v <= 0xDFFF)
    return false;
  cp = v;
  pos += len;
  return true;
}

std::vector<uint32_t> toCodePoints(std::string_view s) {
  std::vector<uint32_t> out;
  out.reserve(s.size());
  size_t pos = 0;
  while (pos < s.size()) {
    uint32_t cp;
    if (!decodeUtf8(s, pos, cp)) {
      cp = 0xFFFD;
      ++pos;
    }
    out.push_back(cp);
  }
  return out;
}

bool isValidUtf8(std::string_view s, size_t *badOffset) {
  size_t pos = 0;
  while (pos < s.size()) {
    if ((unsigned char)s[pos] < 0x80) {
      ++pos;
      continue;
    }
    uint32_t cp;
    if (!decodeUtf8(s, pos, cp, /*allowSurrogates=*/false)) {
      if (badOffset)
        *badOffset = pos;
      return false;
    }
  }
  return true;
}

bool isPrintable(uint32_t cp) {
  if (cp < 0x80)
    return cp >= 0x20 && cp < 0x7F;
  return inRanges(kPrintableRanges, cp);
}

bool isIdStart(uint32_t cp) {
  if (cp < 0x80)
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || cp == '_';
  return inRanges(kIdStartRanges, cp);
}

bool isIdContinue(uint32_t cp) {
  if (cp < 0x80)
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
           (cp >= '0' && cp <= '9') || cp == '_';
  return inRanges(kIdContinueRanges, cp);
}

bool lookupName(std::string_view name, uint32_t &cp) {
  std::string upper;
  for (char c : name)
    upper += (c >= 'a' && c <= 'z') ? char(c - 32) : c;
  // Ideographs are named after their code point.
  static const char *ruleNamed[] = {"CJK UNIFIED IDEOGRAPH-", "CJK COMPATIBILITY IDEOGRAPH-",
                                    "TANGUT IDEOGRAPH-", "KHITAN SMALL SCRIPT CHARACTER-",
                                    "NUSHU CHARACTER-"};
  for (const char *prefix : ruleNamed) {
    std::string_view p(prefix);
    if (upper.size() > p.size() && upper.compare(0, p.size(), p) == 0) {
      std::string hex = upper.substr(p.size());
      if (hex.size() < 4 || hex.size() > 5)
        return false;
      uint32_t v = 0;
      for (char c : hex) {
        int d = (c >= '0' && c <= '9') ? c - '0' : (c >= 'A' && c <= 'F') ? c - 'A' + 10 : -1;
        if (d < 0)
          return false;
        v = v * 16 + uint32_t(d);
      }
      cp = v;
      return true;
    }
  }
  auto it = std::lower_bound(std::begin(kUnicodeNames), std::end(kUnicodeNames), upper,
                             [](const UnicodeNameEntry &e, const std::string &key) {
                               return std::string_view(e.name) < key;
                             });
  if (it != std::end(kUnicodeNames) && upper == it->name) {
    cp = it->cp;
    return true;
  }
  return false;
}

const uint32_t *singleByteDecodingTable(std::string_view name) {
  if (name == "cp1252" || name == "windows-1252")
    return kCp1252High;
  if (name == "koi8-r" || name == "koi8_r")
    return kKoi8rHigh;
  if (name == "iso-8859-15" || name == "iso8859-15" || name == "latin-9")
    return kLatin9High;
  return nullptr;
}

std::string nfkcIdentifier(std::string_view id) {
  bool ascii = std::all_of(id.begin(), id.end(),
                           [](char c) { return (unsigned char)c < 0x80; });
  if (ascii)
    return std::string(id);
  // Map each character to its NFKC form, then put combining marks in
  // canonical order and compose canonical pairs.
  std::vector<uint32_t> cps;
  for (uint32_t cp : toCodePoints(id)) {
    auto it = std::lower_bound(
        std::begin(kNfkcMap), std::end(kNfkcMap), cp,
        [](const NfkcEntry &e, uint32_t v) { return e.cp < v; });
    if (it != std::end(kNfkcMap) && it->cp == cp) {
      for (uint32_t m : toCodePoints(it->utf8))
        cps.push_back(m);
    } else {
      cps.push_back(cp);
    }
  }
  for (size_t i = 1; i < cps.size(); ++i) {
    for (size_t j = i; j > 0; --j) {
      uint8_t a = combiningClass(cps[j - 1]), b = combiningClass(cps[j]);
      if (b != 0 && a > b)
        std::swap(cps[j - 1], cps[j]);
      else
        break;
    }
  }
  std::vector<uint32_t> composed;
  for (uint32_t cp : cps) {
    uint32_t c;
    if (!composed.empty() && combiningClass(cp) != 0 &&
        compose(composed.back(), cp, c)) {
      composed.back() = c;
      continue;
    }
    composed.push_back(cp);
  }
  std::string out;
  for (uint32_t cp : composed)
    appendUtf8(out, cp);
  return out;
}

} // namespace kiln::unicode
