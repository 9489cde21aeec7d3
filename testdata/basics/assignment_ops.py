# augmented assignment on names, attributes, subscripts; evaluation order
class O:
    pass
o = O()
o.x = 1
o.x += 5
o.x *= 2
print(o.x)
a = [1, 2, 3]
a[1] += 10
a[-1] **= 2
print(a)
d = {"k": [1]}
d["k"] += [2]
d["k"] *= 2
print(d)
calls = []
def idx(i):
    calls.append(i)
    return i
b = [0, 0, 0]
b[idx(1)] += idx(5)
print(b, calls)
s = "ab"
s *= 3
print(s)
n = 17
n //= 5
n %= 2
print(n)
x = y = z = []
x.append(1)
print(y, z)
