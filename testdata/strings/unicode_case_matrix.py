# str case mapping, stripping, splitting and predicates over a matrix of ASCII and unicode samples (final sigma, special casing, numerals)
samples = ["", " ", "a", "Hello World", "hELLO wORLD", "  padded\t\n", "mixed CASE 123", "über straße", "ǅungla", "ΣΑΣ σας",
           "i̇stanbul İ", "日本 語", "tab\tsep\tvalues", "line1\nline2\r\nline3", "a-b_c.d", "123", "١٢٣", "x²", "Ⅻ ⅻ", "ﬁne ﬂow",
           "e\u0301", "\u00a0nbsp\u00a0", "\u2003em\u2003", "it's o'neil", "3rd 4TH", "_under_", "CamelCaseWord", "ß", "ŉ", "ΐ"]
methods = ["upper", "lower", "title", "capitalize", "swapcase", "casefold", "strip", "lstrip", "rstrip", "split",
           "isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isspace", "isupper", "islower", "istitle", "isidentifier", "isprintable", "isascii"]
for s in samples:
    out = []
    for m in methods:
        out.append(repr(getattr(s, m)()))
    print(repr(s), len(s), " ".join(out))
    print("  ", repr(s.center(12, "*")), repr(s.ljust(3)), s.find("a"), s.rfind(" "), s.count(" "), repr(s.partition(" ")), repr(s.splitlines()), repr(s.expandtabs(3)))
