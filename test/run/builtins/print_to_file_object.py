# RUN: %difftest %s
# print(file=...) writes to any object with write(); flush is called when requested
class Collector:
    def __init__(self):
        self.chunks = []
        self.flushes = 0
    def write(self, s):
        self.chunks.append(s)
        return len(s)
    def flush(self):
        self.flushes += 1
c = Collector()
print("a", 1, sep="-", end="|", file=c)
print(file=c)
print("x", file=c, flush=True)
print(c.chunks, c.flushes)
path = "/tmp/kiln_test_print_to_file_object.txt"
with open(path, "w") as f:
    print("line1", file=f)
    print("line2", "more", sep=",", file=f)
with open(path) as f:
    print(repr(f.read()))
