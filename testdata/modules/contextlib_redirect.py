# contextlib: redirect_stdout/redirect_stderr into io.StringIO and None; print and sys.stdout.write follow the replaced stream
import io, sys
from contextlib import redirect_stdout, redirect_stderr
buf = io.StringIO()
with redirect_stdout(buf):
    print("hello", 1, sep="-")
    print("second")
    sys.stdout.write("raw\n")
err = io.StringIO()
with redirect_stderr(err):
    print("to err", file=sys.stderr)
print(repr(buf.getvalue()), repr(err.getvalue()))
with redirect_stdout(None):
    print("dropped")
print("back", sys.stdout is sys.__stdout__)
