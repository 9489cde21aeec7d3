# uncaught TypeError for adding int and str inside a function
def total(items):
    s = 0
    for it in items:
        s = s + it
    return s
print(total([1, 2]))
print(total([1, "2"]))
