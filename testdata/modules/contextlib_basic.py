# contextlib: @contextmanager enter/exit, exception handling at the yield, suppress, closing, nullcontext, redirect_stdout, ContextDecorator
from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, redirect_stdout, ContextDecorator, AbstractContextManager
import sys
@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)
with tag("a") as t:
    print("body", t)
@contextmanager
def swallow():
    try:
        yield
    except ValueError as e:
        print("swallowed", e)
with swallow():
    raise ValueError("boom")
print("after")
try:
    with swallow():
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))
@contextmanager
def noyield():
    if False: yield
try:
    with noyield(): pass
except RuntimeError as e: print(e)
@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice(): pass
except RuntimeError as e: print(e)
@contextmanager
def ignore_throw():
    try: yield
    except Exception: yield
try:
    with ignore_throw(): raise ValueError
except RuntimeError as e: print(e)
@contextmanager
def transform():
    try: yield
    except ValueError as e: raise TypeError("converted") from e
try:
    with transform(): raise ValueError("orig")
except TypeError as e: print(e, repr(e.__cause__))
@contextmanager
def stopper():
    yield
try:
    with stopper(): raise StopIteration("si")
except StopIteration as e: print("SI", e)
@tag("deco")
def decorated(x): print("in decorated", x); return x * 2
print(decorated(3)); print(decorated(4))
with suppress(KeyError, IndexError):
    [][1]
print("suppressed")
try:
    with suppress(KeyError): 1/0
except ZeroDivisionError as e: print("not suppressed", e)
class Res:
    def close(self): print("closed")
with closing(Res()) as r: print(type(r).__name__)
with nullcontext(5) as v: print(v)
with nullcontext() as v: print(v)
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
with redirect_stdout(w) as target:
    print("captured", 1, 2)
print(target is w, "".join(w.parts))
class mycm(ContextDecorator):
    def __enter__(self): print("enter"); return self
    def __exit__(self, *exc): print("exit", exc[0]); return False
@mycm()
def fn(): print("fn body")
fn()
print(issubclass(mycm, AbstractContextManager), isinstance(nullcontext(), AbstractContextManager), issubclass(int, AbstractContextManager))
gcm = tag("x")
print(type(gcm).__name__)
with gcm: pass
try:
    with gcm: pass
except Exception as e: print(type(e).__name__, e)
print(__import__("contextlib").AbstractContextManager[int], __import__("contextlib").AbstractAsyncContextManager[str])
