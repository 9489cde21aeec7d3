# uncaught TypeError: a list used as a dict key
seen = {}
pairs = [[1, 2], [3, 4]]
for p in pairs:
    seen[p] = True
