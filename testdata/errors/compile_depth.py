# Very deep expressions fail to compile with CPython's RecursionError (not a crash); moderately deep ones compile and run.
def attempt(label, src, mode="eval"):
    try:
        code = compile(src, "<deep>", mode)
        print(label, "compiled", eval(code) if mode == "eval" else "")
    except RecursionError as e:
        print(label, type(e).__name__, e)
    except SyntaxError as e:
        print(label, type(e).__name__, e.msg)

attempt("sum 500", "+".join(["1"] * 500))
attempt("sum 5000", "+".join(["1"] * 5000))
attempt("sum 100000", "+".join(["1"] * 100000))
attempt("attrs 5000", "x" + ".real" * 5000)
attempt("calls 5000", "abs" + "(" * 1 + "-1" + ")" * 1 + ".__abs__()" * 5000)
attempt("subscripts 5000", "[[0]]" + "[0]" * 5000)
attempt("and 100000", " and ".join(["1"] * 100000))
attempt("statement", "y = " + "-".join(["2"] * 5000), "exec")
try:
    eval("+".join(["1"] * 5000))
except RecursionError as e:
    print("eval", type(e).__name__, e)
print("still running")
exec("z = " + "*".join(["1"] * 5000))
