//===- main.cpp - The kiln command ---------------------------------------===//
//
//   kiln ast [--attributes] FILE | -c SOURCE   AST dump (ast.dump format)
//   kiln dis FILE | -c SOURCE                  disassembly (dis.dis format)
//   kiln show-code [--json] FILE | -c SOURCE   code object fields
//   kiln compile-bench LISTFILE                front-end throughput
//   kiln run FILE|-c SOURCE [ARGS...]          run under the interpreter
//   kiln build FILE [-o OUT] [-O0..3] [-g] [--static]   native executable
//   kiln emit-llvm FILE [-o OUT] [-O0..3] [-g]          the LLVM IR
//
//===----------------------------------------------------------------------===//
#include "frontend/Ast.h"
#include "frontend/Compiler.h"
#include "frontend/LargeStack.h"
#include "frontend/Parser.h"
#include "frontend/Source.h"
#include "frontend/bytecode/Disassembler.h"
#include "frontend/bytecode/ShowCode.h"
#include "BuildCommand.h"
#include "RunCommand.h"

#include <CLI/CLI.hpp>

#include <chrono>
#include <filesystem>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

using namespace kiln::frontend;

namespace {

/// Where a subcommand's program comes from: a file or `-c SOURCE`.
struct Input {
  std::string file;
  std::string command;
  bool hasCommand = false;
};

bool readFile(const std::string &path, std::string &out) { return readFileBytes(path, out); }

void reportSyntaxError(const SyntaxErrorInfo &err) {
  if (err.isValueError) {
    std::cerr << "SyntaxError: source code cannot contain null bytes\n";
    return;
  }
  std::cerr << err.format();
}

/// Loads the input into \p source; prints CPython's report and returns
/// false on failure.
bool loadInput(const Input &in, Source &source) {
  SyntaxErrorInfo err;
  if (in.hasCommand) {
    if (!source.loadText(in.command, "<string>", err)) {
      reportSyntaxError(err);
      return false;
    }
    return true;
  }
  std::string bytes;
  if (!readFile(in.file, bytes)) {
    std::cerr << "kiln: can't open file '" << in.file << "': [Errno 2] No such file or directory\n";
    return false;
  }
  // Like CPython, a script is known by its absolute path (cwd joined, not
  // normalized).
  std::string path = in.file;
  if (!path.empty() && path[0] != '/') {
    std::error_code ec;
    std::string cwd = std::filesystem::current_path(ec).string();
    if (!ec)
      path = cwd + "/" + path;
  }
  if (!source.loadBytes(bytes, path, err)) {
    if (err.filename.empty())
      err.filename = path;
    reportSyntaxError(err);
    return false;
  }
  return true;
}

void addInputOptions(CLI::App *cmd, Input &in) {
  cmd->add_option("file", in.file, "Python source file");
  cmd->add_option("-c", in.command, "program passed in as a string")
      ->each([&in](const std::string &) { in.hasCommand = true; });
}

int runAst(const Input &in, bool attributes) {
  Source source;
  if (!loadInput(in, source))
    return 1;
  AstArena arena;
  SyntaxErrorInfo err;
  Mod *mod = parseSource(source, arena, ParseMode::Exec, err);
  if (!mod) {
    reportSyntaxError(err);
    return 1;
  }
  std::string dump;
  if (!dumpAst(mod, attributes, dump)) {
    std::cerr << "RecursionError: maximum recursion depth exceeded during ast construction\n";
    return 1;
  }
  std::cout << dump << "\n";
  return 0;
}

/// Compiles the input to its module code object, or reports the error.
std::shared_ptr<CodeObject> compileInput(const Input &in) {
  Source source;
  if (!loadInput(in, source))
    return nullptr;
  SyntaxErrorInfo err;
  auto code = compileSource(source, ParseMode::Exec, err);
  if (!code)
    reportSyntaxError(err);
  return code;
}

int runDis(const Input &in) {
  auto code = compileInput(in);
  if (!code)
    return 1;
  disassemble(*code, std::cout);
  return 0;
}

int runShowCode(const Input &in, bool json) {
  auto code = compileInput(in);
  if (!code)
    return 1;
  if (json)
    showCodeJson(*code, std::cout);
  else
    showCode(*code, std::cout);
  return 0;
}

int runCompileBench(const std::string &listFile) {
  std::string list;
  if (!readFile(listFile, list)) {
    std::cerr << "kiln: can't open file '" << listFile << "'\n";
    return 1;
  }
  std::vector<std::pair<std::string, std::string>> files;
  std::istringstream lines(list);
  std::string path;
  long lineCount = 0;
  while (std::getline(lines, path)) {
    if (path.empty())
      continue;
    std::string bytes;
    if (!readFile(path, bytes))
      continue;
    for (char c : bytes)
      lineCount += c == '\n';
    files.emplace_back(path, std::move(bytes));
  }
  int errors = 0;
  auto start = std::chrono::steady_clock::now();
  for (auto &[name, bytes] : files) {
    Source source;
    SyntaxErrorInfo err;
    if (!source.loadBytes(bytes, name, err)) {
      ++errors;
      continue;
    }
    if (!compileSource(source, ParseMode::Exec, err))
      ++errors;
  }
  double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf("files=%zu lines=%ld seconds=%.6f errors=%d\n", files.size(), lineCount, seconds,
              errors);
  return 0;
}

} // namespace

int main(int argc, char **argv) {
  // `run` passes everything after the program to the program itself.
  if (argc > 1 && std::string(argv[1]) == "run")
    return runCommand(argc, argv);
  CLI::App app{"kiln: a Python 3.11 compiler"};
  app.require_subcommand(1);

  Input astIn;
  bool attributes = false;
  auto *ast = app.add_subcommand("ast", "print the AST (ast.dump format)");
  addInputOptions(ast, astIn);
  ast->add_flag("--attributes", attributes, "include positions");

  Input disIn;
  auto *dis = app.add_subcommand("dis", "disassemble (dis.dis format)");
  addInputOptions(dis, disIn);

  Input showIn;
  bool json = false;
  auto *show = app.add_subcommand("show-code", "print code object fields (dis.show_code format)");
  addInputOptions(show, showIn);
  show->add_flag("--json", json, "one JSON object per code object");

  std::string benchList;
  auto *bench = app.add_subcommand("compile-bench", "time the front end over a list of files");
  bench->add_option("list", benchList, "file with one path per line")->required();

  BuildOptions buildOpts, emitOpts;
  auto addBuildOptions = [](CLI::App *cmd, BuildOptions &o) {
    cmd->add_option("file", o.file, "Python source file")->required();
    cmd->add_option("-o", o.output, "output file");
    cmd->add_option("-O", o.optLevel, "optimization level 0-3 (default 2)")
        ->check(CLI::Range(0, 3));
    cmd->add_flag("-g", o.debugInfo, "line tables mapping native code to the .py source");
  };
  auto *build = app.add_subcommand("build", "compile to a native executable");
  addBuildOptions(build, buildOpts);
  build->add_flag("--static", buildOpts.staticLink, "link a fully static executable");
  auto *emit = app.add_subcommand("emit-llvm", "print the program's LLVM IR");
  addBuildOptions(emit, emitOpts);

  CLI11_PARSE(app, argc, argv);
  std::ios::sync_with_stdio(false);
  int status = 2;
  runOnLargeStack([&] {
    if (ast->parsed())
      status = runAst(astIn, attributes);
    else if (dis->parsed())
      status = runDis(disIn);
    else if (show->parsed())
      status = runShowCode(showIn, json);
    else if (bench->parsed())
      status = runCompileBench(benchList);
    else if (build->parsed())
      status = buildCommand(buildOpts);
    else if (emit->parsed())
      status = emitLlvmCommand(emitOpts);
  });
  return status;
}
