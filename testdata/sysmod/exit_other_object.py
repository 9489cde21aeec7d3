# sys.exit with a non-int non-None object prints its str and exits 1
import sys
sys.exit([1, 2])
