# input() reads from sys.stdin when a program replaces it (io.StringIO): prompts go to sys.stdout, the newline is stripped, EOF raises EOFError.
import io, sys
sys.stdin = io.StringIO("alice\n42\nlast line without newline")
name = input("name: ")
age = int(input("age: "))
print()
print(repr(name), age + 1)
print(repr(input()))
try:
    input("more? ")
except EOFError as e:
    print()
    print(type(e).__name__, e)
out = io.StringIO()
sys.stdout, saved = out, sys.stdout
sys.stdin = io.StringIO("x\n")
value = input("captured prompt> ")
sys.stdout = saved
print(repr(out.getvalue()), repr(value))
sys.stdin = None
try:
    input()
except RuntimeError as e:
    print(type(e).__name__, e)
