# RUN: %difftest %s
# os and os.path: path strings, directories and files, environ, errors (works in a temporary folder next to the test)
import os
import os.path
from os.path import join, splitext, basename
print(os.name, os.sep, os.linesep == "\n", os.path is os.path, os.curdir)
print(join("a", "b", "c.txt"), join("/x", "/y"), join("a/", "b"), splitext("archive.tar.gz"), splitext(".bashrc"), basename("/a/b/c"))
print(os.path.dirname("/a/b/c"), os.path.split("/a/b/"), os.path.normpath("a//b/../c/./d"), os.path.isabs("/x"), os.path.normpath("/../a"))
base = "os_path_and_files_tmp"
os.makedirs(join(base, "sub", "deeper"), exist_ok=True)
with open(join(base, "f1.txt"), "w") as f:
    f.write("hello")
print(sorted(os.listdir(base)), os.path.isdir(base), os.path.isfile(join(base, "f1.txt")), os.path.getsize(join(base, "f1.txt")), os.path.exists("nope"))
for root, dirs, files in os.walk(base):
    print(root, sorted(dirs), sorted(files))
os.rename(join(base, "f1.txt"), join(base, "f2.txt"))
print(sorted(os.listdir(base)))
os.remove(join(base, "f2.txt"))
try:
    os.remove(join(base, "f2.txt"))
except FileNotFoundError as e:
    print("FileNotFoundError", e)
try:
    os.mkdir(base)
except FileExistsError as e:
    print("FileExistsError", e.errno, e.filename)
os.removedirs(join(base, "sub", "deeper"))
print(os.path.exists(base))
os.environ["KILN_TEST_VAR"] = "42"
print(os.environ["KILN_TEST_VAR"], os.getenv("KILN_TEST_VAR"), os.getenv("NOPE_NOT_SET", "dflt"), "KILN_TEST_VAR" in os.environ)
del os.environ["KILN_TEST_VAR"]
print(os.getenv("KILN_TEST_VAR"), type(os.getpid()).__name__, os.path.basename(os.getcwd()), len(os.urandom(8)))
print(os.path.relpath("/a/b/c", "/a/d"), os.path.commonprefix(["/usr/lib", "/usr/local"]), os.fspath("p"))
try:
    os.listdir(123.5)
except TypeError as e:
    print(e)
