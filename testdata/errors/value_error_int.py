# uncaught ValueError from int() of a non-number
s = "12"
print(int(s) + 1)
print(int("abc"))
