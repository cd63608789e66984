# RUN: %difftest %s
# extended slice assignment with negative steps
l = list(range(8))
l[::-2] = "abcd"
print(l)
l[6:0:-3] = [None, None]
print(l)
s = list("hello")
s[::-1] = s
print(s)
