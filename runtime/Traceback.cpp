//===- Traceback.cpp - Traceback entries and CPython's error report --------===//
///
/// printException reproduces CPython 3.11's report: the chain of causes and
/// contexts oldest first with their separator lines, "Traceback (most
/// recent call last):", one `File "...", line N, in NAME` entry per frame
/// with the stripped source line and the caret line under the failing
/// expression (`~~^~~` for binary operators and subscripts), runs of more
/// than three identical entries folded into "[Previous line repeated N
/// more times]", then `Type: message` and the notes.
///
//===----------------------------------------------------------------------===//
#include "frontend/Ast.h"
#include "frontend/Parser.h"
#include "frontend/Source.h"
#include "runtime/GcVector.h"
#include "runtime/Abstract.h"
#include "runtime/Errors.h"
#include "runtime/Frame.h"
#include "runtime/Gc.h"
#include "runtime/Names.h"
#include "runtime/Runtime.h"
#include "runtime/objects/Code.h"
#include "runtime/objects/Dict.h"
#include "runtime/objects/Exception.h"
#include "runtime/objects/Int.h"
#include "runtime/objects/List.h"
#include "runtime/objects/Module.h"
#include "runtime/objects/Str.h"
#include "runtime/objects/Tuple.h"
#include "runtime/objects/Type.h"

#include <fstream>
#include <map>
#include <sstream>
#include <vector>

namespace kiln::rt {

Type TracebackType;

/// "Did you mean" text for NameError/AttributeError (Suggestions.cpp).
std::string suggestionFor(Value exc);

void tracebackAdd(Frame *frame) {
  Value exc = ts.curExc;
  if (!exc || !isException(exc))
    return;
  Traceback *tb = newObject<Traceback>(&TracebackType);
  if (!tb)
    return;
  BaseException *e = exc.as<BaseException>();
  tb->next = e->traceback;
  tb->frame = frame;
  tb->lasti = frame->lasti;
  tb->lineno = frameLine(frame);
  frame->flags |= FRAME_ESCAPED;
  e->traceback = Value::object(tb);
}

namespace {

/// Source lines of files, cached for the report.
std::map<std::string, std::vector<std::string>> *sourceCache;

const std::vector<std::string> *sourceLines(const std::string &file) {
  if (!sourceCache)
    sourceCache = new std::map<std::string, std::vector<std::string>>();
  auto it = sourceCache->find(file);
  if (it != sourceCache->end())
    return &it->second;
  std::vector<std::string> lines;
  std::ifstream in(file, std::ios::binary);
  if (in) {
    std::string line;
    while (std::getline(in, line)) {
      if (!line.empty() && line.back() == '\r')
        line.pop_back();
      lines.push_back(line);
    }
  }
  auto &slot = (*sourceCache)[file];
  slot = std::move(lines);
  return &slot;
}

/// Line \p line of \p file without indentation and trailing blanks, as
/// tracebacks and warnings show it; false when it cannot be read or is
/// blank. \p whole and \p last give the raw line and the index of its last
/// printed character (for caret columns).
bool shownSourceLine(const std::string &file, int line, std::string &shown,
                     const std::string **whole = nullptr, size_t *last = nullptr) {
  const std::vector<std::string> *lines = sourceLines(file);
  if (line < 1 || size_t(line) > lines->size())
    return false;
  const std::string &src = (*lines)[size_t(line - 1)];
  size_t first = src.find_first_not_of(" \t\f");
  if (first == std::string::npos)
    return false;
  size_t end = src.find_last_not_of(" \t\f\r\n");
  shown = src.substr(first, end - first + 1);
  if (whole)
    *whole = &src;
  if (last)
    *last = end;
  return true;
}

/// The caret line for columns [col, endCol) (bytes) of \p line, with
/// CPython's anchors for binary operators and subscripts; empty when
/// CPython prints none.
std::string caretLine(const std::string &line, int col, int endCol, size_t indent,
                      bool multiLine = false) {
  if (col < 0 || endCol < 0 || endCol <= col || size_t(endCol) > line.size())
    return "";
  // No carets when they would underline the whole (stripped) line.
  size_t first = line.find_first_not_of(" \t\f");
  size_t last = line.find_last_not_of(" \t\f\r\n");
  bool wholeLine = first != std::string::npos && size_t(col) <= first && size_t(endCol) >= last + 1;
  std::string segment = line.substr(size_t(col), size_t(endCol - col));
  // Anchors: parse the segment as an expression.
  int leftAnchor = -1, rightAnchor = -1;
  if (!multiLine) {
    frontend::Source src;
    frontend::SyntaxErrorInfo err;
    if (src.loadText(segment, "<string>", err)) {
      frontend::AstArena arena;
      frontend::Mod *mod = frontend::parseSource(src, arena, frontend::ParseMode::Exec, err);
      const frontend::Module *m = mod ? frontend::dyn_cast<frontend::Module>(mod) : nullptr;
      const frontend::Expr *e = nullptr;
      if (m && m->body.size() == 1)
        if (auto *st = frontend::dyn_cast<frontend::ExprStmt>(m->body[0]))
          e = st->value;
      if (auto *bin = frontend::dyn_cast<frontend::BinOp>(e)) {
        const frontend::Expr *l = bin->left, *r = bin->right;
        if (l->end_lineno == 1 && r->lineno == 1) {
          int from = l->end_col_offset, to = r->col_offset;
          for (int i = from; i < to; i++) {
            char c = segment[size_t(i)];
            if (c == ' ' || c == '\t' || c == '\f' || c == '\\' || c == '\n')
              continue;
            leftAnchor = i;
            rightAnchor = i + 1;
            if (i + 1 < to && !strchr(" \t\f", segment[size_t(i + 1)]))
              rightAnchor++;
            // Keep going past closing parentheses of the left operand.
            if (i + 1 < to && c == ')')
              continue;
            break;
          }
        }
      } else if (auto *sub = frontend::dyn_cast<frontend::Subscript>(e)) {
        const frontend::Expr *v = sub->value, *sl = sub->slice;
        if (v->end_lineno == 1 && sl->end_lineno == 1) {
          leftAnchor = v->end_col_offset;
          rightAnchor = sl->end_col_offset + 1;
        }
      }
    }
  }
  // Carets under the whole line say nothing, unless they mark an operator.
  if (wholeLine && leftAnchor < 0)
    return "";
  // Byte columns to character columns for the printed carets.
  auto chars = [&](int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++)
      if ((uint8_t(line[size_t(i)]) & 0xC0) != 0x80)
        n++;
    return n;
  };
  std::string out(indent + size_t(chars(int(first == std::string::npos ? 0 : first), col)), ' ');
  int width = chars(col, endCol);
  if (leftAnchor >= 0 && rightAnchor > leftAnchor && rightAnchor <= int(segment.size())) {
    int a = chars(col, col + leftAnchor), b = chars(col, col + rightAnchor);
    for (int i = 0; i < width; i++)
      out += (i >= a && i < b) ? '^' : '~';
  } else {
    out.append(size_t(width), '^');
  }
  return out;
}

void writeErr(Value file, const std::string &text) {
  if (file) {
    Value s = strFromUtf8(text);
    if (s && callMethod(file, names.write, {s}))
      return;
    clearError();
  }
  fputs(text.c_str(), stderr);
}

std::string formatEntry(Traceback *tb) {
  Code *co = tb->frame->code;
  std::string file = strToUtf8(co->filename);
  int line = tb->lineno;
  std::string out = "  File \"" + file + "\", line " + std::to_string(line) + ", in " +
                    strToUtf8(co->name) + "\n";
  std::string shown;
  const std::string *whole;
  size_t last;
  if (!shownSourceLine(file, line, shown, &whole, &last))
    return out;
  out += "    " + shown + "\n";
  frontend::Location loc = codeLocationAt(co, tb->lasti);
  if (loc.line == line && loc.endLine >= line) {
    // An expression running over several lines: carets up to the end of
    // its first line, without anchors (as CPython).
    bool multi = loc.endLine > line;
    std::string carets = caretLine(*whole, loc.col, multi ? int(last + 1) : loc.endCol, 4, multi);
    if (!carets.empty())
      out += carets + "\n";
  }
  return out;
}

/// The stack entries of a traceback (without the "Traceback ..." title).
std::string formatTraceback(Value tbv) {
  std::string out;
  std::string lastFile, lastName;
  int lastLine = -1, repeats = 0;
  auto flushRepeats = [&]() {
    if (repeats > 3)
      out += "  [Previous line repeated " + std::to_string(repeats - 3) + " more time" +
             (repeats - 3 == 1 ? "" : "s") + "]\n";
  };
  for (Value v = tbv; v && typeOf(v) == &TracebackType; v = v.as<Traceback>()->next) {
    Traceback *tb = v.as<Traceback>();
    std::string file = strToUtf8(tb->frame->code->filename);
    std::string name = strToUtf8(tb->frame->code->name);
    if (file == lastFile && name == lastName && tb->lineno == lastLine) {
      repeats++;
      if (repeats > 3)
        continue;
    } else {
      flushRepeats();
      repeats = 1;
      lastFile = file;
      lastName = name;
      lastLine = tb->lineno;
    }
    out += formatEntry(tb);
  }
  flushRepeats();
  return out;
}

/// "Type: message" (module-qualified for non-builtin classes), with the
/// "Did you mean" hint of a NameError/AttributeError when \p suggest.
std::string formatExceptionOnly(Value exc, bool suggest) {
  Type *t = typeOf(exc);
  std::string name = strToUtf8(t->qualname ? t->qualname : t->name);
  if (t->flags & TF_HEAPTYPE) {
    Value mod = dictGetStr(t->dict, names.module);
    if (mod && isStr(mod)) {
      std::string m = strToUtf8(mod);
      if (m != "__main__" && m != "builtins")
        name = m + "." + name;
    }
  }
  std::string out;
  if (isInstance(exc, &SyntaxErrorType)) {
    BaseException *e = exc.as<BaseException>();
    Value file = e->fields[1], line = e->fields[2], text = e->fields[4];
    if (isStr(file) || isInt(line)) {
      out += "  File \"" + (isStr(file) ? strToUtf8(file) : std::string("<string>")) + "\", line " +
             (isInt(line) ? strToUtf8(repr(line)) : std::string("?")) + "\n";
      if (isStr(text)) {
        std::string tx = strToUtf8(text);
        while (!tx.empty() && (tx.back() == '\n' || tx.back() == '\r'))
          tx.pop_back();
        size_t lead = tx.find_first_not_of(" \t\f");
        if (lead == std::string::npos)
          lead = tx.size();
        out += "    " + tx.substr(lead) + "\n";
        int64_t off = 0, endOff = 0;
        if (isInt(e->fields[3]) && intAsI64(e->fields[3], &off) && off > 0) {
          if (!(isInt(e->fields[6]) && intAsI64(e->fields[6], &endOff)) || endOff <= off ||
              !(isInt(e->fields[5]) && isInt(line) && intCompare(e->fields[5], line) == 0))
            endOff = off + 1;
          int64_t start = off - 1 - int64_t(lead);
          if (start < 0)
            start = 0;
          int64_t width = endOff - off;
          out += "    " + std::string(size_t(start), ' ') + std::string(size_t(width), '^') + "\n";
        }
      }
    }
    Value msg = str(e->fields[0]);
    clearError();
    out += name + ": " + (msg ? strToUtf8(msg) : std::string("")) + "\n";
    return out;
  }
  Value s = str(exc);
  if (!s) {
    clearError();
    return name + ": <exception str() failed>\n";
  }
  std::string text = strToUtf8(s);
  out += text.empty() ? name + "\n" : name + ": " + text + "\n";
  // "Did you mean" suggestions are part of the interpreter's own report of
  // an uncaught exception (and sys.__excepthook__'s), not of the traceback
  // module's text nor of unraisable-exception reports.
  std::string hint = suggest ? suggestionFor(exc) : std::string();
  if (!hint.empty()) {
    out.pop_back();
    out += ". Did you mean: '" + hint + "'?\n";
  }
  BaseException *e = exc.as<BaseException>();
  if (e->dict) {
    Value notes = dictGetStr(e->dict, names.notes);
    if (notes && isList(notes)) {
      List *l = notes.as<List>();
      for (int64_t i = 0; i < l->size; i++) {
        Value n = isStr(l->items[i]) ? l->items[i] : str(l->items[i]);
        clearError();
        out += (n ? strToUtf8(n) : std::string("<note str() failed>")) + "\n";
      }
    } else if (notes) {
      Value r = repr(notes);
      clearError();
      out += (r ? strToUtf8(r) : std::string("")) + "\n";
    }
  }
  return out;
}

/// State of one report: exceptions already shown (cycles in chains) and the
/// nesting of exception-group boxes, which sets each line's left margin.
struct ReportContext {
  GcVector<Value> seen;
  int groupDepth = 0;
  bool needClose = false;
  bool chain = true; ///< follow __cause__ / __context__
  bool suggest = false; ///< "Did you mean" hints (the interpreter's report)

  std::string indent() const { return std::string(size_t(2 * groupDepth), ' '); }
  /// Appends \p text with every line (empty ones too) behind the margin.
  void emit(std::string &out, const std::string &text, char marginChar = '|') const {
    std::string margin = indent();
    if (groupDepth)
      margin += std::string(1, marginChar) + " ";
    size_t pos = 0;
    while (pos < text.size()) {
      size_t nl = text.find('\n', pos);
      size_t end = nl == std::string::npos ? text.size() : nl + 1;
      out += margin;
      out.append(text, pos, end - pos);
      pos = end;
    }
  }
  bool wasSeen(Value v) const {
    for (Value s : seen)
      if (s == v)
        return true;
    return false;
  }
};

constexpr int64_t kMaxGroupWidth = 15;
constexpr int kMaxGroupDepth = 10;

/// One exception and the chain behind it, oldest first, laid out as
/// CPython's report (traceback.TracebackException.format) lays it out.
void formatException(Value exc, ReportContext &ctx, std::string &out) {
  // The chain, newest first, with the message that links each to the next.
  GcVector<Value> chain;
  std::vector<const char *> messages;
  for (Value cur = exc; cur;) {
    ctx.seen.push_back(cur);
    BaseException *e = cur.as<BaseException>();
    Value next;
    const char *msg = nullptr;
    if (!ctx.chain) {
    } else if (e->cause && !ctx.wasSeen(e->cause)) {
      next = e->cause;
      msg = "\nThe above exception was the direct cause of the following exception:\n\n";
    } else if (!e->cause && e->context && !e->suppressContext && !ctx.wasSeen(e->context)) {
      next = e->context;
      msg = "\nDuring handling of the above exception, another exception occurred:\n\n";
    }
    chain.push_back(cur);
    messages.push_back(msg);
    cur = next;
  }
  for (size_t k = chain.size(); k-- > 0;) {
    Value cur = chain[k];
    BaseException *e = cur.as<BaseException>();
    Value tb = e->traceback;
    if (!isInstance(cur, &BaseExceptionGroupType)) {
      if (tb)
        ctx.emit(out, std::string("Traceback (most recent call last):\n") + formatTraceback(tb));
      ctx.emit(out, formatExceptionOnly(cur, ctx.suggest));
    } else if (ctx.groupDepth > kMaxGroupDepth) {
      ctx.emit(out, "... (max_group_depth is " + std::to_string(kMaxGroupDepth) + ")\n");
    } else {
      bool topLevel = ctx.groupDepth == 0;
      if (topLevel)
        ctx.groupDepth++;
      if (tb) {
        ctx.emit(out, "Exception Group Traceback (most recent call last):\n", topLevel ? '+' : '|');
        ctx.emit(out, formatTraceback(tb));
      }
      ctx.emit(out, formatExceptionOnly(cur, ctx.suggest));
      Tuple *subs = e->fields[1].as<Tuple>();
      int64_t count = subs->size;
      int64_t shown = count <= kMaxGroupWidth ? count : kMaxGroupWidth + 1;
      ctx.needClose = false;
      for (int64_t i = 0; i < shown; i++) {
        bool last = i == shown - 1;
        if (last)
          ctx.needClose = true; // a nested group may draw the closing line
        bool truncated = i >= kMaxGroupWidth;
        out += ctx.indent() + (i == 0 ? "+-" : "  ") + "+---------------- " +
               (truncated ? std::string("...") : std::to_string(i + 1)) + " ----------------\n";
        ctx.groupDepth++;
        if (!truncated) {
          formatException(subs->items[i], ctx, out);
        } else {
          int64_t more = count - kMaxGroupWidth;
          ctx.emit(out, "and " + std::to_string(more) + " more exception" + (more > 1 ? "s" : "") +
                            "\n");
        }
        if (last && ctx.needClose) {
          out += ctx.indent() + "+------------------------------------\n";
          ctx.needClose = false;
        }
        ctx.groupDepth--;
      }
      if (topLevel)
        ctx.groupDepth = 0;
    }
    if (k > 0 && messages[k - 1])
      ctx.emit(out, messages[k - 1]);
  }
}

} // namespace

void printWarning(const std::string &file, int line, const char *category,
                  const std::string &msg) {
  // The warnings module's format: location, category and message, then the
  // source line (stripped) when the file can be read.
  std::string out = file + ":" + std::to_string(line) + ": " + category + ": " + msg + "\n";
  std::string shown;
  if (shownSourceLine(file, line, shown))
    out += "  " + shown + "\n";
  Value err = sysGet("stderr");
  writeErr(err && !isNone(err) ? err : Value(), out);
}

void writeStderr(const std::string &text) {
  Value err = sysGet("stderr");
  writeErr(err && !isNone(err) ? err : Value(), text);
}

void printException(Value exc) {
  flushStdStreams();
  std::string out;
  ReportContext ctx;
  ctx.suggest = true;
  formatException(exc, ctx, out);
  Value err = sysGet("stderr");
  writeErr(err && !isNone(err) ? err : Value(), out);
  if (err && !isNone(err)) {
    if (!callMethod(err, names.flush, {}))
      clearError();
  }
  flushStdStreams();
}

std::string formatExceptionReport(Value exc, bool chain) {
  std::string out;
  ReportContext ctx;
  ctx.chain = chain;
  formatException(exc, ctx, out);
  return out;
}

std::string formatTracebackEntries(Value tb) { return formatTraceback(tb); }

void printUnraisable(const std::string &what, Value exc) {
  flushStdStreams();
  Value err = sysGet("stderr");
  writeErr(err && !isNone(err) ? err : Value(), what + "\n" + formatExceptionReport(exc, true));
}

std::string formatExceptionOnlyText(Value exc) { return formatExceptionOnly(exc, false); }

int handleSystemExit(Value exc) {
  Value code = exc.as<BaseException>()->fields[0];
  if (!code || isNone(code))
    return 0;
  if (isInt(code)) {
    int64_t c;
    if (!intAsI64(code, &c))
      return -1 & 0xff;
    return int(c & 0xff);
  }
  Value s = str(code);
  clearError();
  flushStdStreams();
  Value err = sysGet("stderr");
  writeErr(err && !isNone(err) ? err : Value(), (s ? strToUtf8(s) : std::string("")) + "\n");
  if (err && !isNone(err) && !callMethod(err, names.flush, {}))
    clearError();
  return 1;
}

namespace {

Value tbNext(Value v) {
  Value n = v.as<Traceback>()->next;
  return n ? n : None();
}
int tbSetNext(Value v, Value n) {
  if (!n || (!isNone(n) && typeOf(n) != &TracebackType)) {
    raise(&TypeErrorType, "expected traceback object or None, got '%s'", n ? typeName(n) : "NULL");
    return -1;
  }
  v.as<Traceback>()->next = isNone(n) ? Value() : n;
  return 0;
}
Value tbFrame(Value v) { return Value::object(v.as<Traceback>()->frame); }
Value tbLineno(Value v) { return intFromI64(v.as<Traceback>()->lineno); }
Value tbLasti(Value v) { return intFromI64(v.as<Traceback>()->lasti); }

const GetSetDef tbGetSets[] = {
    {"tb_next", tbNext, tbSetNext},   {"tb_frame", tbFrame, nullptr},
    {"tb_lineno", tbLineno, nullptr}, {"tb_lasti", tbLasti, nullptr},
    {nullptr},
};

} // namespace

void initTracebackType() {
  typeInitBuiltin(&TracebackType, "traceback", &ObjectType, sizeof(Traceback), 0);
  typeReady(&TracebackType, nullptr, tbGetSets);
}

} // namespace kiln::rt
