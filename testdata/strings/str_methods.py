# common str methods and their edge cases
s = "  Hello, World!  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("xxhixx".strip("x")))
print(s.upper(), s.lower(), "hello world".title(), "hELLO".swapcase(), "hello".capitalize())
print("a,b,,c".split(","), "a b  c ".split(), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1), "".split(), "".split(","))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"))
print("hello".find("l"), "hello".rfind("l"), "hello".find("z"), "hello".index("e"), "hello".count("l"), "aaaa".count("aa"))
print("hello".replace("l", "L"), "hello".replace("l", "L", 1), "abc".replace("", "-"))
print("hello".startswith("he"), "hello".endswith(("lo", "x")), "hello".startswith("l", 2))
print("abc".isalpha(), "123".isdigit(), "abc123".isalnum(), "   ".isspace(), "Abc".istitle(), "ABC".isupper(), "abc".islower(), "".isalpha())
print("42".zfill(5), "-42".zfill(5), "ab".center(6, "*"), "ab".ljust(5, ".") + "|", "ab".rjust(5))
print("a\nb\r\nc".splitlines(), "a\nb\n".splitlines(True), "a:b:c".partition(":"), "a:b:c".rpartition(":"), "abc".partition("x"))
print("tab\there".expandtabs(4), "Hello".casefold(), "prefix_name".removeprefix("prefix_"), "file.py".removesuffix(".py"))
try:
    "hello".index("z")
except ValueError as e:
    print("ValueError", e)
