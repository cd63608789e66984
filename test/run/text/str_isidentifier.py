# RUN: %difftest %s
# isidentifier and identifier-like checks

for s in ["a", "_", "__init__", "a1", "1a", "", " a", "a b", "é", "日本", "x·y", "℘", "℮", "ǅ", "a-b", "ⅰ", "a\u0301", "\u0301a", "𝔘𝔫𝔦", "a\u200d", "class", "None", "$x", "a\x00", "Ω", "_1", "٣", "a٣"]:
    print(repr(s), s.isidentifier())
