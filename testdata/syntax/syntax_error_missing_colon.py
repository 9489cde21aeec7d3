# SyntaxError for a def missing its colon; nothing runs
print("never printed")
def f()
    return 1
