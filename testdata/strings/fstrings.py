# f-strings: expressions, conversions, nested specs, = debugging, quotes
x, y = 10, 3.14159
name = "pystm"
print(f"{x} {y} {name}", f"{x + 1}", f"{x * 2 = }", f"{name!r}", f"{name!s:>8}|", f"{name.upper()}")
print(f"{y:.2f}", f"{y:10.4f}|", f"{x:05d}", f"{x:>5}|{x:<5}|{x:^5}|", f"{x:#x}", f"{x:b}", f"{1234567:,}")
w, p = 10, 3
print(f"{y:{w}.{p}f}|", f"{'nested'}", f"{[1, 2, 3][1]}", f"{ {'a': 1}['a'] }", f"{x if x > 5 else 0}")
print(f"{{braces}}", f"{'a' 'b'}", f"""{x
}""", f"{3.0:g}", f"{-0.0}", f"{None}", f"{True:d}")
d = {"k": "v"}
print(f"{d['k']}", f"{len(d)}", f"{'-' * 5}", f"{x!r:>4}|")
class C:
    def __format__(self, spec):
        return "C<" + spec + ">"
    def __repr__(self):
        return "C()"
print(f"{C():abc}", f"{C()!r}", f"{C()}", format(C(), "z"))
