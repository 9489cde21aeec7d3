# an uncaught exception in the body of a submodule imported by a package's __init__
import sys
print("before")
import _impboom
print("not reached")
