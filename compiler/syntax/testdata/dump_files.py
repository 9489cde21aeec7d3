# Prints, as JSON, ast.dump and the sorted node positions of each Python
# file named on the command line that CPython parses; used by
# TestStdlibAgainstCPython.
import ast, json, sys

out = {}
for f in sys.argv[1:]:
    with open(f, 'rb') as fh:
        src = fh.read()
    try:
        tree = ast.parse(src)
    except SyntaxError:
        continue
    pos = []
    for n in ast.walk(tree):
        if isinstance(n, (ast.expr, ast.stmt, ast.arg, ast.keyword, ast.alias, ast.excepthandler, ast.pattern)):
            pos.append("%s %d %d %d %d" % (type(n).__name__, n.lineno, n.col_offset, n.end_lineno, n.end_col_offset))
    out[f] = {"dump": ast.dump(tree), "pos": sorted(pos)}
json.dump(out, sys.stdout)
