# uncaught IndexError from string indexing inside a nested function
def first_char(words):
    def pick(w):
        return w[0]
    return [pick(w) for w in words]
print(first_char(["ab", "cd"]))
print(first_char(["ab", ""]))
