# character class predicates and numeric parsing of unicode digits
for s in ["123", "½", "٣", "12.5", "-1", "", "abc", "Ⅻ", "²"]:
    print(repr(s), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum())
print(int("٣٤"), float("١.٥"))
print("hello_world".isidentifier(), "2x".isidentifier(), "class".isidentifier(), "printable\n".isprintable())
