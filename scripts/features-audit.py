#!/usr/bin/env python3
"""Map the language features of issue #3 to the testdata programs that use
them, by regular expressions over the program sources, and write the
table of docs/features.md. An "error case" is a program that ends with an
uncaught exception (a .code file) or catches one and prints it."""
import os, re, sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
TD = os.path.join(ROOT, 'testdata')

F = [
 # (group, feature, [regexes]) -- a program matches when any regex matches
 ("Statements", "assignment: tuple/starred unpacking, chained, augmented, subscript/attribute/slice targets",
  [r"^[ \t]*\w+\s*,\s*\*?\w+\s*=[^=]", r"^[ \t]*\w+\s*=\s*\w+\s*=[^=]", r"\*\w+\s*(,[^=\n]*)?=[^=]", r"\w\[[^\]\n]*:[^\]\n]*\]\s*=[^=]"]),
 ("Statements", "if / elif / else", [r"^[ \t]*elif\b"]),
 ("Statements", "while / else", [r"^([ \t]*)while\b[^\n]*:\n(?:\1[ \t][^\n]*\n|\n)*+\1else[ \t]*:"]),
 ("Statements", "for / else", [r"^([ \t]*)for\b[^\n]*:\n(?:\1[ \t][^\n]*\n|\n)*+\1else[ \t]*:"]),
 ("Statements", "break / continue / pass", [r"^[ \t]*(break|continue)\s*$"]),
 ("Statements", "def: defaults, keyword-only, positional-only, *args, **kwargs, annotations",
  [r"def \w+\([^)]*,\s*/\s*[,)]", r"def \w+\([^)]*\*\s*,", r"def \w+\([^)]*\*\*\w+", r"def \w+\([^)]*:\s*\w+[^)]*\)\s*->"]),
 ("Statements", "lambda", [r"\blambda\b"]),
 ("Statements", "return", [r"^[ \t]*return\b"]),
 ("Statements", "class", [r"^[ \t]*class\s+\w+"]),
 ("Statements", "decorators", [r"^[ \t]*@\w+"]),
 ("Statements", "global / nonlocal", [r"^[ \t]*(global|nonlocal)\s+\w+"]),
 ("Statements", "del", [r"^[ \t]*del\s+"]),
 ("Statements", "assert", [r"^[ \t]*assert\s+"]),
 ("Statements", "raise / raise ... from", [r"^[ \t]*raise\b[^\n]*\bfrom\b"]),
 ("Statements", "try / except / else / finally (typed, tuple, bare, as)", [r"^[ \t]*except\s*\(", r"^[ \t]*except\s*:", r"^[ \t]*finally\s*:"]),
 ("Statements", "with (several items)", [r"^[ \t]*with\s+[^\n]*,[^\n]*:"]),
 ("Statements", "yield", [r"\byield\b(?!\s+from)"]),
 ("Statements", "yield from", [r"\byield\s+from\b"]),
 ("Statements", "import / from ... import (as)", [r"^[ \t]*(from\s+\S+\s+)?import\s+\w+\s+as\s+\w+", r"^[ \t]*from\s+\S+\s+import\s+"]),
 ("Expressions", "arithmetic: // % signs, true division, ** with negative/float exponents, int/float/complex mixing",
  [r"-\d+\s*//", r"//\s*-\d", r"-\d+\s*%\s*\d", r"\*\*\s*-\d", r"\*\*\s*0?\.\d", r"\d+j\b"]),
 ("Expressions", "bitwise operators", [r"\w\s*(<<|>>)\s*\w", r"~\w", r"\w\s*\^\s*\w"]),
 ("Expressions", "comparison (chained)", [r"\w+\s*<=?\s*\w+\s*<=?\s*\w+", r"\w+\s*==\s*\w+\s*==\s*\w+"]),
 ("Expressions", "boolean and conditional operators", [r"\bif\b[^\n:]*\belse\b", r"\bnot\s+\w+\s+(and|or)\b"]),
 ("Expressions", "is / in", [r"\bis\s+not\b", r"\bnot\s+in\b"]),
 ("Expressions", "comprehensions: list/dict/set/generator, nested, conditions, own scope",
  [r"\[[^\]\n]*\bfor\b[^\]\n]*\bfor\b", r"\{[^}\n]*:\s*[^}\n]*\bfor\b", r"\{[^:}\n]*\bfor\b[^:}\n]*\}", r"\([^)\n]*\bfor\b[^)\n]*\bin\b[^)\n]*\)"]),
 ("Expressions", "f-strings: format specs, !r/!s, nested fields, =", [r"\bf['\"][^'\"\n]*\{[^}\n]*![rs]", r"\bf['\"][^'\"\n]*\{[^}\n]*=\}", r"\bf['\"][^'\"\n]*\{[^}\n]*:[^}\n]*\{"]),
 ("Expressions", "assignment expressions :=", [r":="]),
 ("Expressions", "slicing with steps", [r"\[[^\]\n]*:[^\]\n]*:[^\]\n]*\]"]),
 ("Expressions", "starred arguments, * and ** in displays", [r"\[\s*\*\w", r"\{\s*\*\*\w", r"\w\(\*\w+", r"\(\s*\*\w+\s*,"]),
 ("Object model", "multiple inheritance, C3 MRO", [r"class \w+\(\w+\s*,\s*\w+[^)]*\)\s*:", r"__mro__|\.mro\(\)"]),
 ("Object model", "super() in both forms", [r"super\(\w+\s*,\s*\w+\)", r"super\(\)\."]),
 ("Object model", "metaclasses (type subclasses, __new__/__init__/__call__, __prepare__)", [r"metaclass\s*=", r"__prepare__"]),
 ("Object model", "descriptors: __get__/__set__/__delete__, __set_name__", [r"def __get__\b", r"def __set__\b", r"def __set_name__\b", r"def __delete__\b"]),
 ("Object model", "property, staticmethod, classmethod", [r"@property\b", r"@staticmethod\b", r"@classmethod\b"]),
 ("Object model", "__slots__", [r"__slots__"]),
 ("Object model", "__init_subclass__", [r"__init_subclass__"]),
 ("Object model", "__class_getitem__", [r"__class_getitem__"]),
 ("Object model", "subclassing built-in types (int, str, list, dict, tuple, Exception)", [r"class \w+\((int|str|list|dict|tuple|float|set)\)"]),
 ("Object model", "operator dunders incl. reflected and in-place", [r"def __r(add|sub|mul|truediv|floordiv|mod|pow|and|or|xor|lshift|rshift|matmul)__", r"def __i(add|sub|mul|truediv|floordiv|mod|pow|and|or|xor)__"]),
 ("Object model", "__getattr__ / __getattribute__ / __setattr__ / __delattr__", [r"def __(getattr|getattribute|setattr|delattr)__"]),
 ("Object model", "__call__", [r"def __call__"]),
 ("Object model", "__hash__ / __eq__ rules", [r"def __hash__", r"__hash__\s*=\s*None"]),
 ("Object model", "__bool__ / __len__", [r"def __(bool|len)__"]),
 ("Object model", "__iter__ / __next__ / __reversed__ / __contains__", [r"def __(next|reversed|contains)__"]),
 ("Object model", "__enter__ / __exit__", [r"def __exit__"]),
 ("Object model", "__repr__ / __str__ / __format__", [r"def __format__", r"def __(repr|str)__"]),
 ("Object model", "__index__", [r"def __index__"]),
 ("Object model", "generators: send / throw / close", [r"\.send\(", r"\.throw\(", r"\.close\(\)"]),
 ("Types", "int methods (bit_length, to_bytes/from_bytes, ...)", [r"\.bit_length\(", r"\.to_bytes\(", r"from_bytes\(", r"\.bit_count\(", r"as_integer_ratio"]),
 ("Types", "float methods (is_integer, hex, as_integer_ratio)", [r"\.is_integer\(", r"\.hex\(\)", r"float\.fromhex", r"\.as_integer_ratio\("]),
 ("Types", "complex", [r"\bcomplex\(", r"\d+j\b"]),
 ("Types", "bool", [r"\bbool\(", r"True\s*[+*]\s*True"]),
 ("Types", "str methods (format, format_map, translate/maketrans, splitlines, expandtabs, casefold, isidentifier, ...)", [r"\.(format_map|translate|maketrans|splitlines|expandtabs|casefold|isidentifier|partition|rjust|zfill)\("]),
 ("Types", "bytes", [r"\bb['\"]", r"\bbytes\("]),
 ("Types", "bytearray", [r"\bbytearray\("]),
 ("Types", "list", [r"\.(append|extend|insert|pop|remove|sort|reverse)\("]),
 ("Types", "tuple", [r"\btuple\(", r"\.count\(|\.index\("]),
 ("Types", "dict (views, fromkeys, setdefault, popitem, |)", [r"\.(setdefault|popitem|fromkeys)\(", r"\.(keys|values|items)\(\)\s*[&|^-]", r"\w\s*\|=?\s*\{"]),
 ("Types", "set and frozenset", [r"\bfrozenset\(", r"\.(issubset|issuperset|isdisjoint|symmetric_difference|intersection|union|difference)\("]),
 ("Types", "range", [r"\brange\([^)]*\)\s*\[", r"\brange\([^)]*\)\.(index|count|start|stop|step)", r"reversed\(range"]),
 ("Types", "slice", [r"\bslice\(", r"\.indices\("]),
 ("Types", "exception hierarchy: args, __cause__, __context__, __traceback__, with_traceback, chaining", [r"__cause__", r"__context__", r"with_traceback", r"__traceback__", r"\.args\b"]),
 ("Builtins", "exec, eval, compile", [r"\bexec\(", r"\beval\(", r"\bcompile\("]),
 ("Builtins", "input", [r"\binput\("]),
 ("Builtins", "open (text and binary files)", [r"\bopen\("]),
 ("Builtins", "print (sep, end, file, flush)", [r"print\([^\n]*\b(sep|end|file|flush)\s*="]),
 ("Builtins", "sorted (key, reverse, stable)", [r"sorted\([^\n]*\b(key|reverse)\s*="]),
 ("Builtins", "round (banker's rounding, ndigits)", [r"\bround\("]),
 ("Builtins", "format", [r"\bformat\(\w"]),
 ("Builtins", "hash, id", [r"\bhash\(", r"\bid\("]),
 ("Builtins", "vars, dir, globals, locals", [r"\b(vars|dir|globals|locals)\("]),
 ("Builtins", "iter with sentinel, next with default", [r"\biter\([^()\n]*(\([^()\n]*\))?[^()\n]*,", r"\bnext\([^()\n]*,"]),
 ("Builtins", "min / max with key and default", [r"\b(min|max)\([^\n]*\b(key|default)\s*="]),
 ("Errors", "CPython's Type: message lines (arguments, operands, attributes, keys, names, indexes, unhashable, int literals)",
  [r"unhashable|unsupported operand|invalid literal|takes \d+ positional|missing \d+ required|has no attribute|is not defined|index out of range"]),
 ("Errors", "SyntaxError and IndentationError (file, line, source line, caret)", [r"SyntaxError|IndentationError"]),
 ("Errors", "RecursionError (depth 1000, settable, Go-side recursion)", [r"RecursionError|setrecursionlimit"]),
 ("Errors", "MemoryError for absurd allocations", [r"MemoryError"]),
 ("Errors", "KeyboardInterrupt", [r"KeyboardInterrupt"]),
]

def programs():
    for d, dirs, files in os.walk(TD):
        dirs[:] = sorted(x for x in dirs if not x.startswith('_'))
        for f in sorted(files):
            if f.endswith('.py') and not f.startswith('_'):
                p = os.path.join(d, f)
                yield os.path.relpath(p, TD), open(p, encoding='utf-8', errors='replace').read()

ERR_CATCH = re.compile(r"except[^\n]*\bas\s+(\w+)\s*:(?:[^\n]*\n){0,2}[^\n]*print\([^\n]*\b\1\b|__name__\s*,\s*e\b|type\(e\)\.__name__")

def expected_text(rel):
    out = ""
    for ext in ('.out', '.err'):
        p = os.path.join(TD, rel[:-3] + ext)
        if os.path.exists(p):
            out += open(p, encoding='utf-8', errors='replace').read()
    return out

def is_error_case(rel, src):
    return os.path.exists(os.path.join(TD, rel[:-3] + '.code')) or bool(ERR_CATCH.search(src))

def main():
    progs = list(programs())
    known = set()
    kf = os.path.join(ROOT, 'cmd', 'pystm', 'testdata', 'known_failures.txt')
    if os.path.exists(kf):
        known = {l.strip() for l in open(kf) if l.strip() and not l.startswith('#')}
    out = []
    short = []
    group = None
    for g, feat, pats in F:
        rx = [re.compile(p, re.M) for p in pats]
        # Error texts are matched in what CPython printed too.
        text = (lambda rel, src: src + expected_text(rel)) if g == "Errors" else (lambda rel, src: src)
        hits = [(rel, is_error_case(rel, src)) for rel, src in progs
                if not src.startswith('# pystm: skip') and any(r.search(text(rel, src)) for r in rx)]
        errs = [r for r, e in hits if e]
        oks = [r for r, e in hits if not e]
        # Show up to 2 error cases and 2 others, preferring the feature's own area.
        shown = errs[:2] + oks[:2]
        if g != group:
            out.append(f"\n### {g}\n\n| feature | programs | error cases | examples |\n| --- | --- | --- | --- |")
            group = g
        fails = [r for r, _ in hits if r in known]
        ex = ", ".join(f"`{r}`" + (" (E)" if r in errs else "") for r in shown)
        if fails:
            ex += "; known failures: " + ", ".join(f"`{r}`" for r in fails)
        out.append(f"| {feat} | {len(hits)} | {len(errs)} | {ex} |")
        if len(hits) < 3 or not errs:
            short.append(f"{feat}: {len(hits)} programs, {len(errs)} error cases")
    print("\n".join(out))
    if short:
        print("\nShort of the bar (>= 3 programs, >= 1 error case):\n")
        for s in short:
            print("- " + s)
    print(f"\n{len(progs)} programs scanned.", file=sys.stderr)

main()
