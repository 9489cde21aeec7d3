# output written before an uncaught exception or sys.exit is flushed, including partial lines
import sys
for i in range(2000):
    print(i, end=" " if i % 20 else "\n")
sys.stdout.write("no newline at the end")
sys.exit(4)
