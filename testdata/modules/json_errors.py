# json: JSONDecodeError messages and positions, encoder errors, RecursionError on deep nesting
import json

bad = ['', '   ', '{', '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a":1,}', '[', '[1', '[1,]',
       '[1 2]', '{1:2}', '"abc', '"a\\x"', '"\\u12"', '"\\u12zz"', '"\\ud800\\uzzzz"', '"a\nb"',
       'tru', 'nul', 'nan', '1.', '01', '-', '-a', '1e', '1 2', '\ufeff1', '"\\', '[1,2',
       '{"a":1 "b":2}', '\n\n  [1,\n  x]', 'é', '"é" x', '[true, false, nul]', '{"a": [1, {"b": }]}']
for s in bad:
    try:
        json.loads(s)
        print("no error for", repr(s))
    except json.JSONDecodeError as e:
        print(repr(s), "|", e, "|", e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))

try:
    json.JSONDecoder().raw_decode(' 1')
except json.JSONDecodeError as e:
    print("raw_decode:", e)
try:
    json.JSONDecoder().raw_decode('[1]', 5)
except json.JSONDecodeError as e:
    print("raw_decode:", e)
for v in [5, None, [1]]:
    try:
        json.loads(v)
    except TypeError as e:
        print("TypeError", e)

for args in [(float('nan'),), ([float('inf')],), ({"k": float('-inf')},)]:
    try:
        json.dumps(*args, allow_nan=False)
    except ValueError as e:
        print("ValueError", e)
for v in [{(1, 2): 3}, object(), {1j: 2}, [1, {2, 3}], b"bytes"]:
    try:
        json.dumps(v)
    except TypeError as e:
        print("TypeError", e)
try:
    json.dumps({1: 1, 'a': 2}, sort_keys=True)
except TypeError as e:
    print("TypeError", e)

a = [1]
a.append(a)
d = {}
d["self"] = [d]
for v in [a, d]:
    for indent in [None, 2]:
        try:
            json.dumps(v, indent=indent)
        except ValueError as e:
            print("ValueError", e)
class Loop:
    pass
lp = Loop()
try:
    json.dumps(lp, default=lambda o: [o])
except ValueError as e:
    print("ValueError", e)

x = []
for i in range(20000):
    x = [x]
try:
    json.dumps(x)
except RecursionError as e:
    print("RecursionError", e)
for s in ['[' * 20000 + ']' * 20000, '{"a":' * 20000 + '1' + '}' * 20000]:
    try:
        json.loads(s)
    except RecursionError as e:
        print("RecursionError", e)
nested = json.loads('[' * 500 + ']' * 500)
depth = 0
while nested:
    nested = nested[0]
    depth += 1
print("depth", depth)
print(len(json.dumps(json.loads('[' * 500 + ']' * 500))))
for v in [float("nan"), [float("-inf")], {"k": float("inf")}, {float("nan"): 1}]:
    try:
        json.dumps(v, allow_nan=False, indent=2)
    except ValueError as e:
        print("indent ValueError", e)
