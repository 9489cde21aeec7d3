#!/usr/bin/env python3
# Generates the expected values of the container tests from CPython 3.11.
# Run from this directory: python3 gen.py
import random

random.seed(1234)

def ints(n, lo, hi):
    return [random.randint(lo, hi) for _ in range(n)]

# Set iteration order. Each line: kind | operands | expected order.
with open("set_order.txt", "w") as f:
    for _ in range(400):
        n = random.choice([0, 1, 3, 5, 8, 12, 20, 40, 100, 300])
        rng = random.choice([(-10, 10), (-100, 100), (0, 1000), (-2**40, 2**40), (0, 64)])
        a = ints(n, *rng)
        b = ints(random.choice([0, 2, 5, 10, 50]), *rng) + random.sample(a, min(len(a), 3))
        kind = random.choice(["lit", "list", "or", "and", "sub", "xor", "discard", "pop", "update", "copy", "ior", "iand", "isub", "ixor"])
        sa, sb = set(), set()
        for x in a:
            sa.add(x)
        for x in b:
            sb.add(x)
        if kind == "lit":
            r = sa
        elif kind == "list":
            r = set(a)
        elif kind == "or":
            r = sa | sb
        elif kind == "and":
            r = sa & sb
        elif kind == "sub":
            r = sa - sb
        elif kind == "xor":
            r = sa ^ sb
        elif kind == "discard":
            r = sa
            for x in b:
                r.discard(x)
        elif kind == "pop":
            r = sa
            for _ in range(min(len(b), len(r))):
                r.pop()
        elif kind == "update":
            r = sa
            r.update(b)
        elif kind == "copy":
            r = sa.copy()
            r.add(7)
        elif kind == "ior":
            r = sa
            r |= sb
        elif kind == "iand":
            r = sa
            r &= sb
        elif kind == "isub":
            r = sa
            r -= sb
        elif kind == "ixor":
            r = sa
            r ^= sb
        f.write("%s|%s|%s|%s\n" % (kind, " ".join(map(str, a)), " ".join(map(str, b)), " ".join(map(str, r))))

# Hashes of tuples and frozensets of ints, floats, strs-free values.
with open("hashes.txt", "w") as f:
    vals = [(), (1,), (1, 2), (1, 2, 3), (-1,), (0, 0), ((1, 2), 3), (1.5, 2), (True, None), (2**62, -2**62),
            (1, (2, (3, (4,)))), (0.1, 1e300, -0.0)]
    for v in vals:
        f.write("tuple|%r|%d\n" % (v, hash(v)))
    for s in [frozenset(), frozenset([1]), frozenset([1, 2, 3]), frozenset(range(100)), frozenset([-1, -2]), frozenset([frozenset([1])])]:
        f.write("frozenset|%s|%d\n" % (" ".join(map(str, s)) if not any(isinstance(x, frozenset) for x in s) else "nested", hash(s)))
    for x in [0, 1, -1, -2, 2**61 - 1, 2**61, -2**63, 2**63 - 1, 12345678901234]:
        f.write("int|%d|%d\n" % (x, hash(x)))
    for x in [0.0, -0.0, 0.5, 1.5, 1e100, -1e-100, 3.141592653589793, 2.0**70, 1e308]:
        f.write("float|%r|%d\n" % (x, hash(x)))

# format(value, spec) table.
with open("format.txt", "w") as f:
    int_vals = [0, 1, -1, 7, 42, -42, 255, 1234, -1234, 1234567, 2**40, -2**63, 10**25, -(10**25)]
    int_specs = ["", "d", "5", "<5", ">5", "^5", "^6", "*^9", "=8", "+", " ", "-", "+08", "08", "010,", "0=10,", ",", "_", "_b", "_x", "#x", "#X", "#o", "#b", "x", "X", "o", "b", "c", "n", "e", ".2e", "f", ".1f", "g", "%", ".0%", "#010x", "#012_x", "x<10,", "+,d", "012,d", "z"]
    float_vals = [0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.5, 3.14159, -3.14159, 1234.5678, 1e16, 1e20, 1e-5, 1e-7, 123456789.0, 1e300, 5e-324, float("inf"), float("-inf"), float("nan"), 0.000123, 99.99, 1/3, 2/3, 100.0]
    float_specs = ["", "f", ".0f", ".1f", ".2f", ".10f", "e", ".0e", ".3e", "E", "g", ".0g", ".1g", ".3g", ".10g", "G", "#g", "#.3g", "n", "%", ".1%", ".3", ".0", ".1", ".12", "10", "<10", "^12.3f", "+", " ", "010.2f", "0=12,.2f", ",", ",.2f", "_.3f", "12,.1f", "z.1f", "z", "#.0f", "#.0e", ".2", "r"]
    str_vals = ["", "a", "abc", "héllo", "日本語"]
    str_specs = ["", "s", "5", "<5", ">5", "^5", "^6", "*^7", ".2", "10.3", "x>4", "=5", "+", ",", "d", "#"]
    def row(kind, v, spec):
        try:
            r = "OK " + format(v, spec)
        except Exception as e:
            r = "ERR %s: %s" % (type(e).__name__, e)
        f.write("%s\t%r\t%s\t%s\n" % (kind, v, spec, r))
    for v in int_vals:
        for s in int_specs:
            row("int", v, s)
    for v in float_vals:
        for s in float_specs:
            row("float", v, s)
    for v in str_vals:
        for s in str_specs:
            row("str", v, s)
    for v in [True, False]:
        for s in ["", "d", "5", "x", ">6"]:
            row("bool", v, s)
    # Random specs built from the grammar's parts.
    rnd = random.Random(99)
    def rspec(types):
        sp = ""
        if rnd.random() < 0.3:
            sp += rnd.choice(["", "*", "0", "x", "é"]) + rnd.choice("<>^=")
        if rnd.random() < 0.3:
            sp += rnd.choice("+- ")
        if rnd.random() < 0.1:
            sp += "z"
        if rnd.random() < 0.2:
            sp += "#"
        if rnd.random() < 0.2:
            sp += "0"
        if rnd.random() < 0.5:
            sp += str(rnd.randint(0, 25))
        if rnd.random() < 0.2:
            sp += rnd.choice(",_")
        if rnd.random() < 0.4:
            sp += "." + str(rnd.randint(0, 12))
        if rnd.random() < 0.8:
            sp += rnd.choice(types)
        return sp
    for _ in range(1500):
        v = rnd.choice([0, 1, -7, 123456, -98765432, 2**70, 255, 10**6])
        row("int", v, rspec("bcdoxXn%eEfFgG"))
    for _ in range(2000):
        v = rnd.choice([0.0, -0.0, 1.5, -2.25, 1234567.891, 1e-9, 6.02e23, 0.1, 1/7, -1e300, float("inf"), float("nan"), 99.995, 0.5, 2.5, 1e16, 123.0])
        row("float", v, rspec("eEfFgGn%"))
    for _ in range(300):
        v = rnd.choice(["", "ab", "héllo", "x" * 10])
        row("str", v, rspec("s"))
