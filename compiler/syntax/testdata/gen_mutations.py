# Generates testdata/mutation_errors.json: broken programs and the
# SyntaxError CPython 3.11 gives for each. Each is a short window of
# lines from the standard library with one token deleted, replaced or
# followed by another token, so the tests cover the error messages and
# positions of the mistakes people make, not only hand-picked ones; then
# 500 snippets with one line re-indented (IndentationError, TabError),
# then 500 with a character inserted into a string or number literal.
# Errors that CPython reports from its compiler rather than its parser
# ('return' outside function, ...) are left out: those are not the
# syntax package's. Run: python3 testdata/gen_mutations.py
import glob, io, json, os, random, textwrap, tokenize

here = os.path.dirname(os.path.abspath(__file__))
random.seed(20261125)
files = sorted(glob.glob('/root/.pyenv/versions/3.11.7/lib/python3.11/*.py'))
inserts = ['(', ')', '[', ']', ':', ',', '=', 'if', 'else', '*', '**', 'lambda', 'for', 'in',
           'yield', '1', 'x', '"s"', '.', 'not', 'import', 'def', 'return', ':=', '->', '@',
           '\n', '    ', 'async', 'await', 'from', 'as', 'del', 'pass', '+', '{', '}', ';',
           'class', 'try', 'except', 'with', 'while', 'global', 'f"{x', "'", '"""', '\\', '\t',
           '0x', '1_', '$', '!', '==', 'is', 'match', 'case', 'elif', 'finally', 'raise',
           'nonlocal', 'assert', 'break', '...', '**=', '//']
compiler_errors = ("outside function", "outside loop", "not properly in loop", "outside async function",
                   "starred assignment target", "can't use starred expression", "nonlocal declaration",
                   "no binding for nonlocal", "is assigned to before", "is used prior to",
                   "is parameter and", "duplicate argument", "too many statically nested")
out, seen = [], set()
while len(out) < 1500:
    lines = open(random.choice(files), encoding='utf-8').read().split('\n')
    i = random.randrange(len(lines))
    snippet = textwrap.dedent('\n'.join(lines[i:i + random.randint(1, 4)])) + '\n'
    try:
        compile(snippet, '<s>', 'exec')
        toks = [t for t in tokenize.generate_tokens(io.StringIO(snippet).readline)
                if t.type not in (tokenize.NEWLINE, tokenize.NL, tokenize.INDENT, tokenize.DEDENT,
                                  tokenize.ENDMARKER, tokenize.COMMENT)]
    except Exception:
        continue
    if not toks:
        continue
    sl = snippet.split('\n')
    off = lambda r, c: sum(len(l) + 1 for l in sl[:r - 1]) + c
    t = random.choice(toks)
    a, b = off(*t.start), off(*t.end)
    ins = random.choice(inserts)
    m = [snippet[:a] + snippet[b:], snippet[:a] + ins + ' ' + snippet[a:],
         snippet[:a] + ins + snippet[b:], snippet[:b] + ins + snippet[b:]][random.randrange(4)]
    if m in seen:
        continue
    seen.add(m)
    try:
        compile(m.encode(), '<s>', 'exec')
    except SyntaxError as e:
        if not any(s in e.msg for s in compiler_errors):
            out.append({"src": m, "kind": type(e).__name__, "msg": e.msg, "line": e.lineno, "col": e.offset})
    except (ValueError, MemoryError, RecursionError):
        pass
# Indentation mistakes: one line of a snippet re-indented.
while len(out) < 2000:
    lines = open(random.choice(files), encoding='utf-8').read().split('\n')
    i = random.randrange(len(lines))
    snippet = textwrap.dedent('\n'.join(lines[i:i + random.randint(2, 8)])) + '\n'
    try:
        compile(snippet, '<s>', 'exec')
    except Exception:
        continue
    sl = snippet.split('\n')
    k = random.randrange(len(sl) - 1)
    line = sl[k]
    line = [' ' + line, line[1:] if line.startswith(' ') else '  ' + line, '\t' + line.lstrip(' '),
            line.replace('    ', '\t', 1), line.lstrip()][random.randrange(5)]
    sl[k] = line
    m = '\n'.join(sl)
    if m in seen or m == snippet:
        continue
    seen.add(m)
    try:
        compile(m.encode(), '<s>', 'exec')
    except SyntaxError as e:
        if not any(s in e.msg for s in compiler_errors):
            out.append({"src": m, "kind": type(e).__name__, "msg": e.msg, "line": e.lineno, "col": e.offset})
    except (ValueError, MemoryError, RecursionError):
        pass
# Literal mistakes: a character inserted into a string or number (escapes,
# braces of f-strings, quotes, underscores, ...).
lit_inserts = ['{', '}', '{{', '!', ':', '\\', '\\x', '\\N{', '\\u12', '"', "'", '\n', '_', 'e', 'j',
               'x', '0', '.', '#', '{x', '{x!', '{x:', '{x:{y}}', '{=}', '{ }', '\\\n', '\u00e9',
               '\x00', '\x7f', '$']
while len(out) < 2500:
    lines = open(random.choice(files), encoding='utf-8').read().split('\n')
    i = random.randrange(len(lines))
    snippet = textwrap.dedent('\n'.join(lines[i:i + random.randint(1, 4)])) + '\n'
    try:
        compile(snippet, '<s>', 'exec')
        toks = [t for t in tokenize.generate_tokens(io.StringIO(snippet).readline)
                if t.type in (tokenize.STRING, tokenize.NUMBER)]
    except Exception:
        continue
    if not toks:
        continue
    sl = snippet.split('\n')
    off = lambda r, c: sum(len(l) + 1 for l in sl[:r - 1]) + c
    t = random.choice(toks)
    a, b = off(*t.start), off(*t.end)
    if b - a < 2:
        continue
    p = random.randrange(a + 1, b)
    ins = random.choice(lit_inserts)
    if t.type == tokenize.STRING and random.random() < 0.3 and t.string[0] not in 'fF':
        m = snippet[:a] + 'f' + snippet[a:p] + ins + snippet[p:]  # make it an f-string too
    else:
        m = snippet[:p] + ins + snippet[p:]
    if m in seen:
        continue
    seen.add(m)
    try:
        compile(m.encode(), '<s>', 'exec')
    except SyntaxError as e:
        if not any(s in e.msg for s in compiler_errors):
            out.append({"src": m, "kind": type(e).__name__, "msg": e.msg, "line": e.lineno or 0, "col": e.offset or 0})
    except (ValueError, MemoryError, RecursionError):
        pass
with open(os.path.join(here, 'mutation_errors.json'), 'w') as f:
    json.dump(out, f, indent=0, ensure_ascii=True)
    f.write('\n')
print(len(out), 'cases')
