# Lists, dicts and sets changed by every kind of write inside transactions; run with injected aborts, the output must not change.
import sys
L = list(range(10))
for i in range(40):
    op = i % 12
    if op == 0: L.append(i)
    elif op == 1: L.extend([i, i + 1])
    elif op == 2: L.insert(2, -i)
    elif op == 3: L.pop(1)
    elif op == 4: L.remove(L[3])
    elif op == 5: del L[1:3]
    elif op == 6: L[2:4] = [i, i, i]
    elif op == 7: L.sort()
    elif op == 8: L.reverse()
    elif op == 9: L += [i]
    elif op == 10: L[::2] = L[::2][::-1]
    elif op == 11:
        L *= 1
        L[-1] = 0.5
        L[-1] = i
    if i % 13 == 0:
        print("L", i, L)
        print("err", i, file=sys.stderr)
M = [1.5, 2.5]
for i in range(10):
    M.append(i * 0.5)
    M[0] = "s" if i == 5 else M[0]
print(M)
E = []
for i in range(6):
    E.append(i)
    E.clear() if i == 3 else None
print(E)
D = {}
for i in range(40):
    op = i % 9
    if op == 0: D[i] = i
    elif op == 1: D.setdefault(i % 5, []).append(i)
    elif op == 2: D.pop(next(iter(D)), None)
    elif op == 3: D.update({i: -i, "k": i})
    elif op == 4 and D: D.popitem()
    elif op == 5: D |= {i * 2: i}
    elif op == 6: D.pop("k", None)
    elif op == 7 and D: del D[next(reversed(list(D)))]
    elif op == 8 and i > 30: D.clear()
    if i % 10 == 0:
        print("D", i, list(D.items()))
print(D)
S = set()
for i in range(40):
    op = i % 8
    if op == 0: S.add(i)
    elif op == 1: S.discard(i - 1)
    elif op == 2: S.update(range(i, i + 3))
    elif op == 3: S &= set(range(0, 100, 2)) | {i}
    elif op == 4: S |= {i, -i}
    elif op == 5: S -= {i - 1}
    elif op == 6: S ^= {1, 2, i}
    elif op == 7 and S: S.remove(min(S))
print(sorted(S))
F = frozenset()
for i in range(5):
    F = F | {i}
print(sorted(F))
