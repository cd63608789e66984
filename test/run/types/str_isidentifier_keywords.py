# RUN: %difftest %s
# isidentifier is true for keywords and unicode letters
for s in ["class", "None", "_", "__x__", "1a", "a-b", "π", "x2", "", "日本", "a b", "\u0661x", "x\u0661"]:
    print(repr(s), s.isidentifier())
