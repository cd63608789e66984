//===- RunCommand.h - `kiln run` ------------------------------------------===//
#pragma once

/// Runs `kiln run ...` (argv[1] == "run"); returns the exit status.
int runCommand(int argc, char **argv);
