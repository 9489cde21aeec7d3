# input() at end of input: the prompt is written to stdout, then EOFError; caught once, then uncaught.
import sys
try:
    line = input("name? ")
except EOFError as e:
    print()
    print(type(e).__name__, e)
print(sys.stdin.read() == "")
try:
    input()
except EOFError as e:
    print(type(e).__name__, repr(e))
try:
    input("a", "b")
except TypeError as e:
    print(type(e).__name__, e)
print("last prompt:")
value = input("> ")
print("not reached", value)
