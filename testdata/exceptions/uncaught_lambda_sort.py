# uncaught error raised by a key function during sorted()
rows = [{"n": 2}, {"n": 1}, {"m": 3}]
print(sorted(rows, key=lambda r: r["n"]))
