# sys.stdout.buffer / sys.stdin.buffer: bytes written in order with text output, the binary layer's names
import sys
print("text first")
sys.stdout.flush()
n = sys.stdout.buffer.write(b"bytes \xc3\xa9 second\n")
sys.stdout.buffer.flush()
print("text third", n)
sys.stdout.flush()
sys.stdout.buffer.write(bytearray(b"P4\n1 1\n\x00\n"))
sys.stdout.flush()
print(type(sys.stdin.buffer).__name__, sys.stdin.buffer.read(), sys.stdin.buffer.readline())
sys.stderr.buffer.write(b"to stderr\n")
try:
    sys.stdout.buffer.write("text")
except TypeError as e:
    print("TypeError", e)
