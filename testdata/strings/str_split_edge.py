# split/rsplit/splitlines edge cases with maxsplit and separators
print("a  b".split(" "), "  a b ".split(None, 1), "a,b,c".split(",", 0), "a,b,c".split(",", -1))
print("a b c d".rsplit(None, 2), "x".split("x"), "xax".split("x"), "abc".split("abc"))
print("l1\nl2\r\nl3\rl4\x0bl5".splitlines(), "".splitlines(), "\n".splitlines())
print(" \t x \n".strip(), "  x".lstrip(" "), "xyxyabc".lstrip("xy"), "abc".strip(""))
try:
    "a".split("")
except ValueError as e:
    print("ValueError", e)
print("one two".partition(" "), "a=b=c".split("=", 1), "  ".split(" "))
