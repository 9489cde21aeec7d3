# TypeError messages for unsupported operand types
fl = 1.0
nn = None
five = 5
tup = (1, 2)
tests = [
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [1] + (2,),
    lambda: {} + {},
    lambda: None + 1,
    lambda: 1 - "x",
    lambda: "x" * 2.5,
    lambda: [1] * [2],
    lambda: 1 < "a",
    lambda: [] < {},
    lambda: -"a",
    lambda: ~1.5,
    lambda: 2 ** "x",
    lambda: 1 / [],
    lambda: {1} + {2},
    lambda: "a" % 5 if False else len(5),
    lambda: nn(),
    lambda: five[0],
    lambda: tup["a"],
    lambda: [1][fl],
    lambda: {}[[]],
    lambda: "abc"[nn],
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
