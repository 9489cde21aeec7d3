# textwrap: errors from bad widths, placeholders and argument types; ends with an uncaught TypeError
import textwrap

for f in [
    lambda: textwrap.wrap("text", width=-1),
    lambda: textwrap.fill("text", 0),
    lambda: textwrap.wrap("abc", 4, max_lines=1, placeholder="[too long]"),
    lambda: textwrap.wrap("abc", 4, initial_indent="   ", max_lines=1, placeholder="..."),
    lambda: textwrap.TextWrapper(bogus=1),
    lambda: textwrap.dedent(None),
]:
    try:
        f()
    except (ValueError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
print(textwrap.wrap("ok fine", 10, max_lines=5))
lines = textwrap.wrap("a b c", 1)
print(lines)
lines + None
