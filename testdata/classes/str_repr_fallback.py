# str falls back to __repr__; format falls back to str; inherited dunders
class R:
    def __repr__(self):
        return "R-repr"
class S(R):
    def __str__(self):
        return "S-str"
print(str(R()), repr(R()), str(S()), repr(S()), format(R()), f"{S()}", f"{S()!r}")
print("%s|%r" % (S(), S()), [S()], str([S()]))
class I(int):
    def __repr__(self):
        return "I!"
print(I(5), repr(I(5)), str(I(5)), I(5) + 1, f"{I(5)}")
class St(str):
    pass
s = St("abc")
print(s, repr(s), s.upper(), type(s.upper()).__name__, s == "abc", isinstance(s, str))
