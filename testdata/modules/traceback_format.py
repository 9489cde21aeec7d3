# traceback: format_exc/print_exc/format_exception with chains, extract_tb, FrameSummary, limits, format_exception_only
import sys
import traceback

def inner(x):
    raise ValueError("bad value %d" % x)

def outer():
    inner(3)

try:
    outer()
except ValueError:
    print(traceback.format_exc(), end="")
    traceback.print_exc(file=sys.stdout)
    et, ev, tb = sys.exc_info()
    print(traceback.format_exception_only(et, ev))
    for fs in traceback.extract_tb(tb):
        print(fs.filename, fs.lineno, fs.name, repr(fs.line), repr(fs), len(fs))
    print(traceback.format_tb(tb, limit=1))
    print(traceback.format_tb(tb, limit=-1))
    fn, ln, name, line = traceback.extract_tb(tb)[-1]
    print(fn, ln, name, line)
    print(traceback.extract_tb(tb)[0] == (fn, 12, "<module>", "outer()"))

def lookup(d):
    raise KeyError(d.get("k", "k"))

try:
    try:
        lookup({})
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print("".join(traceback.format_exception(e)))
    print("".join(traceback.format_exception(type(e), e, e.__traceback__, chain=False)))
    te = traceback.TracebackException.from_exception(e)
    print("".join(te.format()))
    print(list(te.format_exception_only()), str(te), te.exc_type.__name__)

def fail():
    raise TypeError("during handling")

try:
    try:
        raise OSError(2, "No such file", "x.txt")
    except OSError:
        fail()
except TypeError as e:
    traceback.print_exception(e, file=sys.stdout)
print(traceback.format_exception_only(None), repr(traceback.format_exc()))
e = ValueError("note me")
e.add_note("a note")
e.add_note("second note")
print(traceback.format_exception_only(e))
try:
    exec("x = (1,")
except SyntaxError as e:
    print(traceback.format_exception_only(e))
print(traceback.format_list([("f.py", 1, "fn", "code()"), ("g.py", 2, "gn", None)]))
