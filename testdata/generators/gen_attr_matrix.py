# generator and iterator attributes and states: gi_running, gi_yieldfrom, close/throw/send edge cases, __length_hint__, mutation during iteration
def g():
    x = yield 1
    y = yield x
    return y
def inner():
    yield "i"
    return "inner-done"
def outer():
    r = yield from inner()
    yield r
snippets = [
 "it = g(); r = it.gi_running, it.gi_frame is not None, it.gi_code.co_name, it.__name__, it.__qualname__",
 "it = g(); r = it.send(None), it.send('a')",
 "it = g(); it.send('x')",
 "it = g(); next(it); next(it); it.send('fin')",
 "it = g(); r = it.close(), it.close(), it.gi_frame",
 "it = g(); next(it); r = it.close()",
 "it = g(); it.close(); next(it)",
 "it = g(); it.throw(KeyError('k'))",
 "it = g(); next(it); it.throw(StopIteration)",
 "it = outer(); next(it); r = it.gi_yieldfrom.__name__",
 "it = outer(); r = it.gi_yieldfrom",
 "it = outer(); r = list(it)",
 "it = outer(); next(it); r = it.send(None), it.gi_yieldfrom",
 "it = g(); it.__name__ = 'renamed'; r = it.__name__",
 "it = iter([1, 2, 3]); next(it); r = it.__length_hint__(), list(it), it.__length_hint__()",
 "it = iter(range(5)); next(it); r = it.__length_hint__()",
 "it = reversed([1, 2]); r = it.__length_hint__(), list(it)",
 "it = iter({1: 2}); r = next(it), next(it, 'end')",
 "d = {1: 2}; it = iter(d); d[3] = 4; next(it)",
 "l = [1]; it = iter(l); l.append(2); r = list(it)",
 "l = [1, 2, 3]; it = iter(l); next(it); l.clear(); r = list(it)",
 "it = enumerate('ab'); r = next(it), list(it)",
 "it = zip('ab', 'cd'); next(it); r = list(it)",
 "e = (x for x in range(3)); r = e.gi_running, list(e), list(e)",
 "def gg():\n    yield gg_it.gi_running\ngg_it = gg()\nr = next(gg_it)",
 "def gg():\n    yield next(gg_it)\ngg_it = gg()\nnext(gg_it)",
]
for s in snippets:
    ns = {"g": g, "outer": outer}
    try:
        exec(s, ns)
        print(repr(s[:60]), "->", repr(ns.get("r"))[:100])
    except BaseException as e:
        print(repr(s[:60]), "!>", type(e).__name__, str(e)[:100])
