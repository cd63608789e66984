# RUN: %difftest %s
# sys.stdout.write / sys.stderr.write return the count; interleaving of streams
import sys
n = sys.stdout.write("out line\n")
m = sys.stderr.write("err line\n")
print(n, m)
sys.stdout.write("no newline")
sys.stdout.write(" then more\n")
sys.stderr.write("é on stderr\n")
print("é on stdout")
sys.stdout.flush()
print(sys.stdout.encoding, sys.stderr is sys.__stderr__, sys.stdout.writable())
