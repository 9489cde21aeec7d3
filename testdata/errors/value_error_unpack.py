# uncaught ValueError from unpacking too many values in a loop header
points = [(1, 2), (3, 4, 5)]
for x, y in points:
    print(x, y)
