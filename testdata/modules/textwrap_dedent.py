# textwrap: dedent and indent, with tabs, blank and whitespace-only lines, predicates
import textwrap

samples = [
    "    a\n    b\n      c\n",
    "\ta\n\tb\n",
    "  a\n\tb\n",
    "    x\n  \n    y",
    "  hello\n    world\n",
    "no indent\n  some\n",
    "        \n    deep\n      deeper\n",
    "  a\r\n  b\r\n",
    "",
    "   \t  ",
    "\t  x\n\t y\n",
]
for s in samples:
    print(repr(textwrap.dedent(s)))
print(repr(textwrap.indent("a\n\nb\n  \nc", "> ")))
print(repr(textwrap.indent("a\nb\n", "+ ", lambda line: True)))
print(repr(textwrap.indent("x\r\ny\n", "..")))
code = textwrap.dedent('''
    def f(x):
        return x * 2
    ''')
print(code)
print(textwrap.indent(code.strip(), "    "))
