# sys.exit with a string: printed to stderr, exit status 1
import sys
print("out")
sys.exit("fatal: something went wrong")
