# dict order after pops and re-inserts, equality ignores order, popitem is LIFO
d = {}
for k in "hello world":
    d[k] = d.get(k, 0) + 1
print(d)
d.pop("l")
d["l"] = 0
print(list(d))
while len(d) > 4:
    print(d.popitem(), end=" ")
print()
print(d == dict(reversed(list(d.items()))), list(d) == list(reversed(list(reversed(d)))))
e = dict.fromkeys(range(10))
for i in range(0, 10, 2):
    del e[i]
e[0] = "back"
print(list(e))
