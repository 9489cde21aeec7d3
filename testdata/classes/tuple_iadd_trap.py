# augmented assignment to an item of a tuple mutates the list and then raises
t = ([1], 2)
try:
    t[0] += [2]
except TypeError as e:
    print("TypeError", e)
print(t)
class Holder:
    def __init__(self):
        self.items = []
h = Holder()
h.items += [1]
alias = h.items
h.items += [2]
print(h.items, alias is h.items)
