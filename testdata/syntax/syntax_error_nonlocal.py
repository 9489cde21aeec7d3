# SyntaxError: nonlocal at module level / no binding for nonlocal
def f():
    nonlocal q
    q = 1
