# traceback: extract_stack/format_stack/print_stack, recursion collapsing, and print_exc to stderr of an uncaught-style report
import sys
import traceback

def where():
    return traceback.extract_stack()

def caller():
    return where()

print([(f.name, f.lineno, f.line) for f in caller()])

def show():
    traceback.print_stack(file=sys.stdout)
    print(traceback.format_stack(limit=1))
    print(len(traceback.extract_stack(limit=2)))

show()

def rec(n):
    if n == 0:
        raise RecursionError("deep")
    rec(n - 1)

try:
    rec(10)
except RecursionError:
    print(traceback.format_exc())
try:
    rec(2)
except RecursionError:
    traceback.print_exc()
summary = traceback.StackSummary.from_list([("a.py", 1, "f", "x()")] * 6)
print("".join(summary.format()))
print([fs.name for fs in traceback.StackSummary.extract(traceback.walk_stack(None) if False else [])])
print(list(traceback.walk_tb(None)))
