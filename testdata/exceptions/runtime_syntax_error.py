# SyntaxError raised by compile() at run time can be caught; its attributes
try:
    compile("x = = 1", "<snippet>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno, e.offset, repr(e.text))
try:
    eval("(1, 2")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno)
try:
    exec("def f():\n  return 1\n    x = 2")
except IndentationError as e:
    print(type(e).__name__, e.msg, e.lineno)
