# Comparison methods, __enter__/__exit__ and bound-method objects run as
# frames of the interpreter loop: results, NotImplemented and reflected
# methods, errors and their tracebacks, and recursion through them ending
# in RecursionError.


class V:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        if not isinstance(other, V):
            return NotImplemented
        return self.x == other.x

    def __lt__(self, other):
        if not isinstance(other, V):
            return NotImplemented
        return self.x < other.x

    def __le__(self, other):
        return [self.x, "le"]  # not a bool: passed through

    def __ge__(self, other):
        return 0  # falsy

    def __repr__(self):
        return "V(%r)" % (self.x,)


a, b = V(1), V(2)
print(a == V(1), a == b, a != b, a < b, b < a, a <= b, a >= b)
print(a == 1, a != 1, 1 == a)
try:
    a < 1
except TypeError as e:
    print("TypeError", e)
try:
    a > b  # no __gt__: the reflected __lt__ of b answers
    print("gt via reflected", a > b, b > a)
except TypeError as e:
    print("TypeError", e)
if a <= b:
    print("truthy non-bool result")
if not (a >= b):
    print("falsy result")
if a < b:
    print("if a < b")
n = 0
while V(n) < V(5):
    n += 1
print("while", n)


# the reflected method of a subclass goes first
class W(V):
    def __gt__(self, other):
        return "W.__gt__"

    def __eq__(self, other):
        return "W.__eq__"


print(a < W(5), V(3) == W(3), W(3) == V(3))


# a method returning NotImplemented for an unrelated type: the other
# operand's reflected method, then identity for ==
class Other:
    def __eq__(self, other):
        return "Other.__eq__"

    def __gt__(self, other):
        return "Other.__gt__"


print(V(1) == Other(), V(1) < Other())
x = V(9)
print(x == x, x != x)


class OnlyNI:
    def __eq__(self, other):
        return NotImplemented

    def __lt__(self, other):
        return NotImplemented


o = OnlyNI()
print(o == o, o == OnlyNI(), o != OnlyNI())
try:
    o < OnlyNI()
except TypeError as e:
    print("TypeError", e)


# errors inside a comparison method
class Bad:
    def __eq__(self, other):
        raise ValueError("bad eq")

    def __lt__(self, other):
        return 1 / 0


try:
    Bad() == Bad()
except ValueError as e:
    tb = e.__traceback__
    depth = 0
    while tb is not None:
        depth += 1
        tb = tb.tb_next
    print("ValueError", e, "traceback entries", depth)
try:
    if Bad() < 3:
        pass
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)


# comparison methods that are not plain functions
class Odd:
    __eq__ = lambda self, other: "lambda eq"

    @staticmethod
    def __lt__(other):
        return "static lt"

    def __gt__(self, other):
        yield 1


print(Odd() == 1, Odd() < 1, type(Odd() > 1).__name__)


# recursion through __eq__: fine when bounded, RecursionError otherwise
class Chain:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        if self.n == 0:
            return True
        return Chain(self.n - 1) == other


print(Chain(150) == 0)


class Endless:
    def __eq__(self, other):
        return Endless() == other

    def __lt__(self, other):
        if Endless() < other:
            return True
        return False


for f in (lambda: Endless() == 1, lambda: Endless() < 1):
    try:
        f()
    except RecursionError:
        print("RecursionError")
print("still fine after", Chain(10) == 0)


# with statements: __enter__'s result, __exit__'s arguments and result
log = []


class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        log.append(("enter", self.name))
        return self.name.upper()

    def __exit__(self, typ, val, tb):
        log.append(("exit", self.name, typ and typ.__name__, str(val) if val else val, tb is not None))
        return self.suppress


with CM("a") as got:
    log.append(("body", got))
with CM("b", suppress=True):
    raise KeyError("k")
try:
    with CM("c", suppress=0):
        raise IndexError("i")
except IndexError as e:
    log.append(("caught", str(e)))
with CM("d") as d1, CM("e") as e1:
    log.append(("two", d1, e1))


def in_function():
    with CM("f") as v:
        return v + "!"


log.append(("returned", in_function()))
for entry in log:
    print(entry)


class EnterFails:
    def __enter__(self):
        raise RuntimeError("enter failed")

    def __exit__(self, *args):
        print("exit must not run")


try:
    with EnterFails():
        print("body must not run")
except RuntimeError as e:
    print("RuntimeError", e)


class ExitFails:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        raise LookupError("exit failed: %s" % (args[0] and args[0].__name__))


for raise_in_body in (False, True):
    try:
        with ExitFails():
            if raise_in_body:
                raise OSError("body")
    except LookupError as e:
        print("LookupError", e, type(e.__context__).__name__)


class NoExit:
    def __enter__(self):
        return 1


try:
    with NoExit():
        pass
except TypeError as e:
    print("TypeError", e)


# recursion through __enter__ and __exit__
class DeepEnter:
    def __init__(self, n):
        self.n = n

    def __enter__(self):
        if self.n:
            with DeepEnter(self.n - 1) as inner:
                return inner + 1
        return 0

    def __exit__(self, *args):
        return False


with DeepEnter(100) as depth:
    print("enter depth", depth)


class EndlessEnter:
    def __enter__(self):
        with EndlessEnter():
            pass

    def __exit__(self, *args):
        return False


class EndlessExit:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        with EndlessExit():
            pass


for cls in (EndlessEnter, EndlessExit):
    try:
        with cls():
            pass
    except RecursionError:
        print("RecursionError", cls.__name__)


# bound method objects called as values
class Acc:
    def __init__(self):
        self.total = 0

    def add(self, x, y=10, *rest, scale=1):
        self.total += (x + y + sum(rest)) * scale
        return self.total

    def gen(self, n):
        yield from range(n)


acc = Acc()
m = acc.add
print(m(1), m(1, 2), m(1, 2, 3, 4), m(1, scale=3), m(x=1, y=1))
try:
    m()
except TypeError as e:
    print("TypeError", e)
try:
    m(1, bogus=2)
except TypeError as e:
    print("TypeError", e)
print(list(acc.gen(3)), list(map(acc.add, [1, 2])))
callbacks = [acc.add, V(4).__repr__, Chain(3).__eq__]
print([cb(0) if cb is not callbacks[1] else cb() for cb in callbacks])
