# lone surrogates are valid str code points but cannot be encoded as UTF-8 or printed
s = "a\ud800b"
print(len(s), repr(s), ascii(s), s[1] == "\ud800", ord(s[1]), "\ud83d\ude00" == "😀", len("\ud83d\ude00"))
try:
    s.encode("utf-8")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e.start, e.end, e.reason)
try:
    print(s)
except UnicodeEncodeError as e:
    print("print failed:", type(e).__name__)
print(s.encode("utf-8", "replace"), s.encode("utf-8", "ignore"), s.encode("utf-8", "backslashreplace"))
print(b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"), repr(b"a\xffb".decode("utf-8", "backslashreplace")))
