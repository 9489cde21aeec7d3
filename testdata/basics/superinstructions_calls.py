# Superinstructions around calls, returns and comparisons with globals:
# LOAD_FAST CALL, LOAD_METHOD CALL, LOAD_CONST RETURN_VALUE and
# LOAD_GLOBAL COMPARE_OP POP_JUMP_IF_FALSE run in one dispatch; errors in
# either half, jumps into the second half and the generic fallbacks keep
# their behaviour.
import traceback

LIMIT = 3
NAME = "x"


def ident(v):
    return v


def pick(c, a, b):
    # the CALL is reached from both branches: once after LOAD_FAST b
    # (fused), once by a jump from the other branch (alone)
    return ident(a if c else b)


print(pick(True, 1, 2), pick(False, 1, 2))


def unbound_arg():
    if False:
        y = 1
    return ident(y)


try:
    unbound_arg()
except UnboundLocalError as e:
    print("UnboundLocalError", e, traceback.extract_tb(e.__traceback__)[-1].line)


class Box:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    def boom(self):
        raise KeyError(self.v)

    def nothing(self):
        pass


b = Box(5)
print(b.get(), b.nothing(), [Box(i).get() for i in range(3)])
try:
    b.missing()
except AttributeError as e:
    print("AttributeError", e)
try:
    b.boom()
except KeyError as e:
    print("KeyError", e, traceback.extract_tb(e.__traceback__)[-1].name)
print([1, 2].copy(), "a-b".split("-"), {}.keys().__len__())


def returns_none():
    x = 1


def gen_returns():
    yield 1
    return None


def const_in_finally():
    try:
        return "body"
    finally:
        print("finally ran")


print(returns_none(), list(gen_returns()), const_in_finally())


def over_limit(n):
    if n == LIMIT:
        return "at limit"
    if NAME == "x":
        return "name x"
    return "other"


print(over_limit(3), over_limit(4))


class Eq:
    def __eq__(self, other):
        return other == 3


LIMIT_EQ = Eq()


def cmp_user(n):
    if n == LIMIT_EQ:
        return "eq"
    return "ne"


print(cmp_user(3), cmp_user(4), cmp_user("s"))


def cmp_undefined():
    if 1 == UNDEFINED_GLOBAL:
        return 1
    return 0


try:
    cmp_undefined()
except NameError as e:
    print("NameError", e)


def cmp_type_error():
    if 1 < NAME:
        return 1


try:
    cmp_type_error()
except TypeError as e:
    print("TypeError", e)
total = 0
for i in range(10):
    if i == LIMIT:
        continue
    total += ident(i)
print(total)

# calls whose result is dropped: builtins, Python
# functions, bound methods, classes, and errors from any of them
acc = []
acc.append(1)
ident(2)
b.get()
Box(3)
len(acc)
(lambda: acc.append(4))()
m = b.get
m()
try:
    acc.index(99)
except ValueError as e:
    print("ValueError", e)
try:
    b.boom()
except KeyError as e:
    print("KeyError", e)
print(acc)
