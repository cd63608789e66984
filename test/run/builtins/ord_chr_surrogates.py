# RUN: %difftest %s
# lone surrogates are valid str characters
s = chr(0xD800)
print(len(s), ord(s), repr(s), ascii(s))
try:
    s.encode("utf-8")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print(s.encode("utf-8", "surrogatepass"), "\udcff".encode("utf-8", "surrogateescape"))
