# RUN: %difftest %s
# full Unicode case mappings, special casing, final sigma
for s in ["straße", "ß", "ﬁsh", "ﬃ", "İstanbul", "ǅungla", "ǆ", "ǈ", "ΣΑΣ", "ΑΣ Σ", "aΣ.", "Σ", "ΌΣΟΣ", "σς", "ŉ", "ΐ", "Ǆ", "ᾳ", "ᾼ", "Ⅻ", "ⓐⓑ", "𐐀𐐨", "Ꭰꭰ", "µ", "ÿ", "ǰ", "ﬀ", "Éclair", "ÀÉÎÕÜ", "ǉubljana"]:
    print(s, s.lower(), s.upper(), s.title(), s.capitalize(), s.swapcase(), s.casefold(), len(s.upper()), len(s.lower()))
print("İ".lower() == "i\u0307", len("İ".lower()))
print("A\u0301Σ".lower(), "AΣ\u0301".lower(), "AΣ\u0301b".lower(), "'Σ".lower(), "A'Σ'".lower())
