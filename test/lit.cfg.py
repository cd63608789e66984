# lit configuration for Kiln's test suite.
# Substitutions: %kiln (the built command), %python (the reference CPython),
# %stdlib (CPython's library folder), %S etc. from lit; FileCheck on PATH.
import os
import subprocess
import lit.formats

config.name = "kiln"
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = [".py", ".test"]
config.test_source_root = os.path.dirname(__file__)
root = os.path.dirname(config.test_source_root)
config.test_exec_root = os.path.join(root, "build", "test")
# Python sources used as data by tests are not tests themselves.
config.excludes = ["Inputs", "bench", "unit", "conformance", "lit.cfg.py"]

kiln = os.path.join(root, "build", "bin", "kiln")
python = "python3"
stdlib = subprocess.check_output(
    [python, "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"],
    text=True).strip()

config.substitutions.append(("%kiln", kiln))
config.substitutions.append(("%python", python))
config.substitutions.append(("%stdlib", stdlib))
config.substitutions.append(("%tools", os.path.join(root, "test", "tools")))
# %difftest PROG: PROG under CPython and under `kiln run`, outputs compared.
config.substitutions.append(("%difftest", "%s %s %s" % (
    python, os.path.join(root, "test", "tools", "difftest.py"), kiln)))

llvm_bin = "/usr/lib/llvm-19/bin"
config.environment["PATH"] = os.pathsep.join(
    [llvm_bin, os.environ.get("PATH", "")])
for var in ("HOME", "PYENV_ROOT", "PYENV_VERSION", "LANG", "LC_ALL"):
    if var in os.environ:
        config.environment[var] = os.environ[var]
