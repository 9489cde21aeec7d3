# sys.exit(0) and sys.exit() end the program successfully; SystemExit can be caught
import sys
try:
    sys.exit(7)
except SystemExit as e:
    print("caught", e.code, repr(e))
try:
    sys.exit()
except SystemExit as e:
    print("caught", e.code)
try:
    raise SystemExit("msg")
except SystemExit as e:
    print("caught", e.code)
print("exiting")
sys.exit(0)
