# yield from a generator runs the sub-generator's frame in the caller's
# loop (no nested loop per level): values, sends, return values, errors,
# throw/close through the chain, re-entrancy and deep chains.
import sys


def leaf(n):
    got = []
    for i in range(n):
        x = yield i
        got.append(x)
    return ("leaf", n, got)


def middle(n):
    r = yield from leaf(n)
    s = yield from leaf(0)
    return (r, s)


def top(n):
    r = yield from middle(n)
    yield ("top-got", r)
    return "done"


g = top(3)
print(next(g))
print(g.send("a"))
print(g.send("b"))
print(g.send("c"))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)

# a for loop driving a yield-from chain
print(list(top(2)))


# send a non-None value into a just-started sub-generator via yield from:
def sub_not_started():
    yield 1


def deleg_started(it):
    return (yield from it)


it = sub_not_started()
d = deleg_started(it)
print(next(d))
print(list(d))


# exceptions from the sub-generator propagate through the delegator's
# handlers and get traceback entries for each level
def boom(n):
    yield n
    raise KeyError(n)


def catcher():
    try:
        yield from boom(7)
    except KeyError as e:
        yield ("caught", e.args)
    yield "after"


print(list(catcher()))


def passthru():
    yield from boom(8)


try:
    list(passthru())
except KeyError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print("KeyError", e.args, lines)


# StopIteration raised inside the sub-generator becomes RuntimeError
def bad_sub():
    yield 1
    raise StopIteration("x")


def outer_bad():
    yield from bad_sub()


try:
    list(outer_bad())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)


# throw() into the delegator goes to the suspended sub-generator
def sub_throw():
    try:
        yield 1
    except ValueError as e:
        yield ("sub caught", str(e))
    yield 3
    return "sub-ret"


def outer_throw():
    r = yield from sub_throw()
    yield ("outer got", r)


g = outer_throw()
print(next(g))
print(g.throw(ValueError("v")))
print(next(g))
print(next(g))

# close() reaches the sub-generator's finally
log = []


def sub_close():
    try:
        yield 1
        yield 2
    finally:
        log.append("sub finally")


def outer_close():
    try:
        yield from sub_close()
    finally:
        log.append("outer finally")


g = outer_close()
print(next(g))
g.close()
print(log)


# a generator already running cannot be entered again through yield from
def selfish():
    yield 1
    yield from me


me = selfish()
print(next(me))
try:
    next(me)
except ValueError as e:
    print("ValueError", e)

# yield from a finished generator returns None at once
fin = leaf(0)
list(fin)


def from_finished():
    r = yield from fin
    yield ("finished gives", r)


print(list(from_finished()))


# the handled exception inside the sub-generator is its own
def sub_exc():
    try:
        raise IndexError("inner")
    except IndexError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__


def outer_exc():
    yield from sub_exc()


try:
    raise TypeError("outer")
except TypeError:
    for name in outer_exc():
        print(name, sys.exc_info()[0].__name__)


# a deep chain hits the recursion limit with RecursionError
def chain(n):
    if n == 0:
        yield "bottom"
        return
    yield from chain(n - 1)


print(list(chain(200)))
try:
    list(chain(5000))
except RecursionError:
    print("RecursionError")


# a binary tree walked by recursive yield from
def walk(lo, hi):
    if lo >= hi:
        return
    mid = (lo + hi) // 2
    yield from walk(lo, mid)
    yield mid
    yield from walk(mid + 1, hi)


print(sum(walk(0, 10000)), list(walk(0, 10)))
