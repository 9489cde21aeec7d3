# set print order after many additions and removals (dummy slots reused, table resized)
s = set()
for i in range(50):
    s.add(i * 13 % 97)
print(s)
for i in range(0, 97, 3):
    s.discard(i)
print(s)
for i in range(200, 230):
    s.add(i)
print(s)
while len(s) > 10:
    s.pop()
print(s, len(s))
t = {i for i in range(-20, 20, 3)}
t.update({8, 16, 32, 64, 128})
print(t)
