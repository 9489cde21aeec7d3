# sys.exit with an integer status
import sys
print("about to exit")
sys.exit(42)
