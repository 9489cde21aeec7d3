# atexit: callbacks run after sys.exit(3); an exception in one is printed as ignored and the others still run
import atexit
import sys

atexit.register(print, "runs after the failing one")
atexit.register(int, "not a number")
atexit.register(lambda: print("exit code stays", 3))
print("calling sys.exit")
sys.exit(3)
