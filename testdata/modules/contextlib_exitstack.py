# contextlib: ExitStack enter_context/callback/push/pop_all/close and its exception chaining
from contextlib import ExitStack, contextmanager, suppress
@contextmanager
def res(name, log):
    log.append("open " + name)
    try:
        yield name
    finally:
        log.append("close " + name)
log = []
with ExitStack() as stack:
    names = [stack.enter_context(res(n, log)) for n in "abc"]
    stack.callback(log.append, "callback")
    @stack.callback
    def cb(): log.append("decorated cb")
    print(names)
print(log)
log = []
with ExitStack() as stack:
    stack.enter_context(res("x", log))
    keep = stack.pop_all()
print(log)
keep.close()
print(log)
def exit_fn(*exc):
    print("exit_fn", exc[0].__name__ if exc[0] else None)
    return True
with ExitStack() as s:
    s.push(exit_fn)
    raise ValueError("suppressed by push")
print("ok")
class CM:
    def __enter__(self): return self
    def __exit__(self, t, v, tb): print("CM exit", t.__name__ if t else None); return False
with ExitStack() as s:
    s.push(CM())
    s.enter_context(suppress(ZeroDivisionError))
    1/0
try:
    with ExitStack() as s:
        s.enter_context(object())
except TypeError as e: print(e)
def raiser(msg):
    raise KeyError(msg)
try:
    with ExitStack() as s:
        s.callback(raiser, "first")
        s.callback(raiser, "second")
        raise ValueError("body")
except KeyError as e:
    print("got", e, "ctx", repr(e.__context__), "ctxctx", repr(e.__context__.__context__))
s = ExitStack()
s.callback(print, "closing via close()")
s.close()
s.close()
