# RUN: %difftest %s
# caseless comparison via casefold and lower/upper on mixed text
pairs = [("Straße", "STRASSE"), ("ﬁne", "FINE"), ("Σίσυφος", "ΣΊΣΥΦΟΣ"), ("ǅ", "ǆ"), ("ß", "ss"), ("İ", "i̇"), ("µ", "μ"), ("ſ", "s")]
for a, b in pairs:
    print(a, b, a.casefold() == b.casefold(), a.lower() == b.lower(), a.upper() == b.upper(), a.casefold(), b.casefold())
words = ["éclair", "Zebra", "apple", "Äpfel", "straße", "STRASSE"]
print(sorted(words, key=str.casefold), sorted(words, key=str.lower), sorted(words))
