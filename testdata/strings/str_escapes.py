# string escape sequences: octal, hex, unicode names, line continuation inside strings
print("\101\102\103", "\x41\x42", "\u0041", "\U00000041", "\N{LATIN SMALL LETTER E WITH ACUTE}", "a\
b")
print(len("\0"), repr("\0"), repr("\a\b\f\v"), repr("\r"), "\\n", '\'', "\"", len("\u00e9"), len(b"\xe9"))
print(repr(b"\101\x00\n"), b"\\", rb"\n", len(rb"\n"))
café = "unicode identifier"
print(café)
