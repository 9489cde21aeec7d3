# uncaught error inside a generator expression consumed by sum()
data = [1, 2, "three"]
total = sum(x * 2 for x in data if x != 2)
print(total + 1)
