//===- RunCommand.cpp - `kiln run`: run a program under the interpreter ----===//
///
///   kiln run FILE [ARGS...]     like `python3 FILE ARGS...`
///   kiln run -c SOURCE [ARGS...] like `python3 -c SOURCE ARGS...`
///
/// Arguments after the program belong to the program (sys.argv), so this
/// command parses its own command line instead of CLI11. The program runs
/// on a thread with a large stack: deep Python recursion is bounded by the
/// recursion limit and the runtime's stack budget, not by the 8 MB default.
///
//===----------------------------------------------------------------------===//
#include "RunCommand.h"
#include "runtime/Launcher.h"
#include "runtime/Runtime.h"
#include "vm/Interpreter.h"

#include <filesystem>
#include <fstream>

#include <cstdio>
#include <string>
#include <vector>

namespace {

struct RunJob {
  std::vector<std::string> argv;
  std::string file;
  std::string command;
  bool hasCommand = false;
};

} // namespace

int runCommand(int argc, char **argv) {
  RunJob job;
  int i = 2;
  if (i < argc && std::string(argv[i]) == "-c") {
    if (i + 1 >= argc) {
      fprintf(stderr, "Argument expected for the -c option\n");
      return 2;
    }
    job.hasCommand = true;
    job.command = argv[i + 1];
    job.argv.push_back("-c");
    i += 2;
  } else if (i < argc) {
    job.file = argv[i];
    job.argv.push_back(argv[i]);
    i++;
  } else {
    fprintf(stderr, "usage: kiln run FILE [ARGS...] | kiln run -c SOURCE [ARGS...]\n");
    return 2;
  }
  for (; i < argc; i++)
    job.argv.push_back(argv[i]);

  std::string scriptDir;
  if (!job.hasCommand) {
    std::ifstream probe(job.file, std::ios::binary);
    if (!probe) {
      std::string abs = job.file;
      if (!abs.empty() && abs[0] != '/')
        abs = std::filesystem::current_path().string() + "/" + abs;
      fprintf(stderr, "%s: can't open file '%s': [Errno 2] No such file or directory\n",
              "kiln", abs.c_str());
      return 2;
    }
    // Like CPython: the script is known by its absolute path, and its
    // folder is sys.path[0].
    if (job.file[0] != '/')
      job.file = std::filesystem::current_path().string() + "/" + job.file;
    std::error_code ec;
    if (std::filesystem::is_directory(job.file, ec)) {
      // A folder runs its __main__.py, which sees the folder as sys.path[0].
      std::string mainFile = job.file + "/__main__.py";
      if (!std::filesystem::is_regular_file(mainFile, ec)) {
        fprintf(stderr, "kiln: can't find '__main__' module in '%s'\n", job.file.c_str());
        return 1;
      }
      scriptDir = job.file;
      job.file = mainFile;
    } else {
      scriptDir = job.file.substr(0, job.file.rfind('/'));
    }
  }
  kiln::rt::blockSigintBeforeStart();
  kiln::rt::initRuntime(job.argv, scriptDir);
  kiln::vm::installInterpreter();
  return kiln::rt::runOnProgramThread([&job] {
    return job.hasCommand ? kiln::rt::runMainSource(job.command)
                          : kiln::rt::runMainFile(job.file);
  });
}
