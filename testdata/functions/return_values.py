# return of None, tuples, early returns, returns inside loops and try
def none1():
    pass
def none2():
    return
def multi():
    return 1, 2
def early(n):
    for i in range(n):
        if i == 3:
            return "found 3"
    return "not found"
def in_try():
    try:
        return "try"
    finally:
        print("finally runs before return")
print(none1(), none2(), multi(), early(5), early(2))
print(in_try())
def override():
    try:
        return 1
    finally:
        return 2
print(override())
