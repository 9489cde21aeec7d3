# str.join needs strings; other common str method errors
try:
    ",".join([1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    "abc".startswith(1)
except TypeError as e:
    print("TypeError", e)
try:
    "x".center(5, "ab")
except TypeError as e:
    print("TypeError", e)
try:
    "abc".count()
except TypeError as e:
    print("TypeError", e)
print(",".join(map(str, [1, 2])), "".join(("a", "b")), "-".join({"k": 1}))
