# stdin from /dev/null: read() gives '', readline() gives '', iteration yields nothing
import sys
print(repr(sys.stdin.read()), repr(sys.stdin.readline()), list(sys.stdin), sys.stdin.isatty() if False else "skip")
