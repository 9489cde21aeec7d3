# interleaving writes to sys.stdout and sys.stderr
import sys
sys.stdout.write("one\n")
sys.stderr.write("err one\n")
print("two")
print("err two", file=sys.stderr)
n = sys.stdout.write("abc")
print()
print(n)
