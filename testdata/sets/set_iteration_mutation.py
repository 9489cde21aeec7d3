# a set changed during iteration raises RuntimeError; copies are safe
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print("RuntimeError", e)
s = {1, 2, 3}
for x in s.copy():
    s.discard(x)
print(s)
t = {5, 6}
for x in list(t):
    t.add(x * 2)
print(sorted(t))
