# dunder methods returning odd values or raising: bool/len/index/hash/repr/str/format/iter/contains/getitem/eq/lt/bytes and friends
def mk(**methods):
    return type("T", (), methods)()
cases = [
 ("bool non-bool", lambda: bool(mk(__bool__=lambda s: 1))),
 ("bool None", lambda: bool(mk(__bool__=lambda s: None))),
 ("len float", lambda: len(mk(__len__=lambda s: 1.0))),
 ("len bool", lambda: len(mk(__len__=lambda s: True))),
 ("len via bool", lambda: bool(mk(__len__=lambda s: 5))),
 ("index str", lambda: [1][mk(__index__=lambda s: "0")]),
 ("hash float", lambda: hash(mk(__hash__=lambda s: 1.5))),
 ("hash bool", lambda: hash(mk(__hash__=lambda s: True))),
 ("hash big", lambda: hash(mk(__hash__=lambda s: 2 ** 64 + 3))),
 ("hash neg big", lambda: hash(mk(__hash__=lambda s: -(2 ** 64) - 3))),
 ("repr non-str", lambda: repr(mk(__repr__=lambda s: 1))),
 ("str non-str", lambda: str(mk(__str__=lambda s: b"x"))),
 ("format non-str", lambda: format(mk(__format__=lambda s, spec: 1))),
 ("iter non-iter", lambda: iter(mk(__iter__=lambda s: [1]))),
 ("next raises", lambda: list(mk(__iter__=lambda s: s, __next__=lambda s: 1 / 0))),
 ("contains non-bool", lambda: 1 in mk(__contains__=lambda s, x: "yes")),
 ("contains raises", lambda: 1 in mk(__contains__=lambda s, x: [][0])),
 ("getitem KeyError iteration", lambda: list(mk(__getitem__=lambda s, i: {}[i]))),
 ("getitem StopIteration", lambda: list(mk(__getitem__=lambda s, i: next(iter([]))))),
 ("eq raises in index", lambda: [mk(__eq__=lambda s, o: 1 / 0)].index(5)),
 ("eq raises in in", lambda: 5 in [mk(__eq__=lambda s, o: [][1])]),
 ("lt raises in sort", lambda: sorted([mk(__lt__=lambda s, o: {}["k"]), mk()])),
 ("lt non-bool in sort", lambda: len(sorted([mk(__lt__=lambda s, o: "x"), mk(__lt__=lambda s, o: "")]))),
 ("neg returns", lambda: -mk(__neg__=lambda s: "negated")),
 ("invert missing", lambda: ~mk()),
 ("call returns self", lambda: type(mk(__call__=lambda s: s)()).__name__),
 ("getattr returns", lambda: mk(__getattr__=lambda s, n: n * 2).ab),
 ("setattr raises", lambda: setattr(mk(__setattr__=lambda s, n, v: 1 / 0), "a", 1)),
 ("delattr custom", lambda: delattr(mk(__delattr__=lambda s, n: None), "nope")),
 ("round returns", lambda: round(mk(__round__=lambda s, n=None: ("r", n)), 2)),
 ("abs returns", lambda: abs(mk(__abs__=lambda s: -1))),
 ("int from index", lambda: int(mk(__index__=lambda s: 7))),
 ("float from index", lambda: float(mk(__index__=lambda s: 7))),
 ("complex from float", lambda: complex(mk(__float__=lambda s: 2.5))),
 ("reversed len+getitem", lambda: list(reversed(mk(__len__=lambda s: 3, __getitem__=lambda s, i: i * 10)))),
 ("bytes from bytes", lambda: bytes(mk(__bytes__=lambda s: b"zz"))),
 ("bytes non-bytes", lambda: bytes(mk(__bytes__=lambda s: "zz"))),
 ("dir custom", lambda: dir(mk(__dir__=lambda s: ["b", "a"]))),
 ("instancecheck on instance", lambda: isinstance(1, mk(__instancecheck__=lambda s, o: True))),
]
for name, fn in cases:
    try:
        print(name, "->", repr(fn()))
    except BaseException as e:
        print(name, "!>", type(e).__name__, e)
