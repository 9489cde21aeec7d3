# Fused instruction pairs (LOAD_FAST LOAD_FAST, STORE_FAST LOAD_FAST, COMPARE_OP POP_JUMP_IF_FALSE, ...): fast paths, fallbacks to the generic operations, errors in either half, jumps into the second half.


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        return V(self.x + other.x)

    def __lt__(self, other):
        return self.x < other.x

    def __repr__(self):
        return "V(%r)" % (self.x,)


def pairs(a, b):
    c = a + b            # LOAD_FAST LOAD_FAST, LOAD_FAST BINARY_OP
    d = c - 1            # LOAD_CONST BINARY_OP
    e, f = d, c          # STORE_FAST STORE_FAST
    if e < f:            # COMPARE_OP POP_JUMP_IF_FALSE
        return e, f, "lt"
    return e, f, "ge"


print(pairs(1, 2))
print(pairs(1.5, 2.25))
print(pairs(2**62, 2**62))          # int overflow: generic BINARY_OP
print(pairs("ab", "cd") if False else pairs(10, -20))
try:
    pairs(V(1), V(2))
except TypeError as e:
    print("TypeError", e)


def strings(s, t):
    u = s + t            # LOAD_FAST BINARY_OP on strs: falls back
    if u < "m":          # COMPARE_OP POP_JUMP_IF_FALSE on strs: falls back
        return u * 2
    return u


print(strings("a", "b"), strings("x", "y"))


def vec(a, b):
    if a < b:
        return a + b
    return b


print(vec(V(1), V(2)), vec(V(3), V(2)))


def attrs(p):
    q = p.x              # LOAD_FAST LOAD_ATTR
    return q + p.x


print(attrs(V(20)))
try:
    attrs(5)
except AttributeError as e:
    print("AttributeError", e)


def unbound_second(flag):
    if flag:
        y = 1
    x = 2
    return x + y         # the second half of LOAD_FAST LOAD_FAST fails


def unbound_first(flag):
    if flag:
        y = 1
    return y + 1


def unbound_store_load(flag):
    if flag:
        y = 3
    z = 4
    return y            # STORE_FAST LOAD_FAST: the load fails


print(unbound_second(True), unbound_first(True), unbound_store_load(True))
for fn in (unbound_second, unbound_first, unbound_store_load):
    try:
        fn(False)
    except UnboundLocalError as e:
        print("UnboundLocalError", e, e.__traceback__.tb_next.tb_lineno)


def loop(n):
    i = 0
    total = 0
    while i < n:         # the back jump lands on the second half of a pair
        total = total + i * 2
        i = i + 1
    j = n
    while j:
        j -= 1
        total -= 1
    return total


print(loop(10), loop(0))


def handlers(a, b):
    try:
        x = a / b
    except ZeroDivisionError:
        x = -1
    return x


print(handlers(1, 2), handlers(1, 0))


def mixed(n):
    out = []
    for k in range(n):
        s = k % 3
        t = k // 3
        if s == t:
            out.append((s, t))
        if 1.5 < k:
            out.append(k * 0.5)
    return out


print(mixed(8))


def unpacks(seq):
    a, b, c = seq        # UNPACK_SEQUENCE then three STORE_FASTs
    x, x = b, c          # a repeated target keeps the last value
    return a, b, c, x


print(unpacks((1, 2, 3)), unpacks([4.5, "s", None]), unpacks("xyz"), unpacks(range(3)))
for bad in ((1, 2), [1, 2, 3, 4], 5):
    try:
        unpacks(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


def gen(n):
    for i in range(n):
        yield i * i


class Count:
    def __init__(self, n):
        self.i, self.n = 0, n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i


def loops():
    out = []
    for a in [1, 2]:                  # FOR_ITER STORE_FAST over a list
        for b in range(a):            # ... a range
            for c in gen(3):          # ... a generator run as a frame
                for d in Count(2):    # ... a Python __next__
                    out.append((a, b, c, d))
    for e in "ab":                    # ... any other iterator
        out.append(e)
    for k, v in {1: 2, 3: 4}.items():
        out.append(k + v)
    return out


print(loops())


class Truth:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        if self.v is None:
            raise ValueError("no truth")
        return self.v


def second_batch(seq, key, obj, flag):
    n = seq[key]                  # LOAD_FAST BINARY_SUBSCR
    m = n + n                     # BINARY_OP STORE_FAST (fallback on strs)
    r = obj.x                     # LOAD_ATTR then LOAD_FAST
    if flag:                      # POP_JUMP_IF_FALSE LOAD_FAST, any truth value
        m = m * 2
    k = len(seq)                  # PUSH_NULL LOAD_GLOBAL
    return seq.count(n), m, r, k  # LOAD_FAST LOAD_METHOD


print(second_batch([3, 4, 3], 0, V(1), True))
print(second_batch(["a", "b"], 1, V("y"), [0]))
print(second_batch("xyz", -1, V(2.5), Truth(False)))
print(second_batch((2**62, 1), 0, V(None), 0))
for args in (([1], 5, V(1), True), ([1], 0, 7, True), ([1], 0, V(1), Truth(None)), (None, 0, V(1), True)):
    try:
        second_batch(*args)
    except Exception as e:
        print(type(e).__name__, e)


def unbound_method_target(flag):
    if flag:
        s = "abc"
    return s.upper()             # LOAD_FAST LOAD_METHOD: the load fails


def unbound_after_attr(flag):
    o = V(1)
    if flag:
        z = 2
    return o.x + z               # LOAD_ATTR LOAD_FAST: the load fails


def unbound_after_jump(flag):
    if flag:
        w = 1
    if flag or True:
        return w                 # POP_JUMP_IF_FALSE LOAD_FAST: the load fails


def missing_global():
    return undefined_name(1)      # PUSH_NULL LOAD_GLOBAL: NameError


for fn in (unbound_method_target, unbound_after_attr, unbound_after_jump):
    print(fn(True))
    try:
        fn(False)
    except UnboundLocalError as e:
        print("UnboundLocalError", e, e.__traceback__.tb_next.tb_lineno)
try:
    missing_global()
except NameError as e:
    print("NameError", e, e.__traceback__.tb_next.tb_lineno)
print(unbound_second(False))
