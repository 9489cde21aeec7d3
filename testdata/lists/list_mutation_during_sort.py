# key functions are called once per item; a key function that raises leaves the list unchanged
a = [3, 1, 2]
seen = []
def key(v):
    seen.append(v)
    return v
a.sort(key=key)
print(a, seen)
def bad_key(v):
    if v == 2:
        raise ValueError("key failed")
    return v
b = [3, 2, 1]
try:
    b.sort(key=bad_key)
except ValueError as e:
    print("ValueError", e, b)
