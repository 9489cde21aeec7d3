# raise SystemExit(None) exits 0 with nothing printed; later code does not run
import sys
print("bye")
raise SystemExit(None)
print("never")
