# uncaught exception after output; finally blocks still run while unwinding
import sys
def f():
    try:
        print("in f")
        raise LookupError("gone")
    finally:
        print("f finally")
try:
    f()
finally:
    print("module finally")
    sys.stdout.flush()
