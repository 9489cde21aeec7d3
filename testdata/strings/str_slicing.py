# string indexing and slicing with negative indexes and steps
s = "abcdefghij"
print(s[0], s[-1], s[3:7], s[:3], s[7:], s[-3:], s[:-3], s[::2], s[1::3], s[::-1], s[8:2:-2], s[-2:-8:-1])
print(s[100:], s[-100:2], s[5:2], repr(s[5:5]), s[::-3], s[2:100:4])
print(len(s), "c" in s, "cd" in s, "dc" in s, "" in s, s * 2, 3 * "ab", "a" + "b")
try:
    s[10]
except IndexError as e:
    print("IndexError", e)
try:
    s[0] = "x"
except TypeError as e:
    print("TypeError", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError", e)
print(list(reversed("abc")), sorted("banana"), min("hello"), max("hello"))
