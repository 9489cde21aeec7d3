# uncaught AttributeError on a method call on None
def find(items, k):
    for i in items:
        if i == k:
            return i
result = find(["a"], "b")
print(result.upper())
