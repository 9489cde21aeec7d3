# sys.exit with a float prints it to stderr and exits with status 1
import sys
sys.exit(1.5)
