# sys.exit inside an except block exits with the status, no traceback
import sys
try:
    int("x")
except ValueError as e:
    print("bad input:", e)
    sys.exit(2)
