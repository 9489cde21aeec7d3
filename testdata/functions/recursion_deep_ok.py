# recursion close to the default limit succeeds; sys.setrecursionlimit raises it
import sys
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(990))
sys.setrecursionlimit(3000)
print(depth(2500))
def build(n):
    return [] if n == 0 else [build(n - 1)]
x = build(100)
d = 0
while x:
    x = x[0]
    d += 1
print(d)
