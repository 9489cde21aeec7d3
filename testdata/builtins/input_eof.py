# input() with stdin from /dev/null raises EOFError
try:
    input()
except EOFError as e:
    print("EOFError", repr(e))
