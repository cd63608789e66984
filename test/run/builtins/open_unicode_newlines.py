# RUN: %difftest %s
# text files: utf-8 encoding, universal newlines on read
path = "/tmp/kiln_test_open_unicode_newlines.txt"
with open(path, "w", encoding="utf-8") as f:
    f.write("héllo\r\nwörld\rlast\n")
with open(path, encoding="utf-8") as f:
    print(f.readlines())
with open(path, "rb") as f:
    print(f.read())
with open(path, encoding="utf-8", newline="") as f:
    print(f.readlines())
with open(path, "w", encoding="latin-1") as f:
    f.write("é")
with open(path, "rb") as f:
    print(f.read())
