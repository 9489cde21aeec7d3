for i in range(3):
    if i and not j:
        break
    continue
z = [x * 2 for x in i if x]
def g():
    yield from z
