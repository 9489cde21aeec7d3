# f-string = specifier keeps the expression text and spacing
a = 3
name = "x"
print(f"{a=}", f"{a = }", f"{a*2=}", f"{name=}", f"{name=!s}", f"{a=:05}", f"{a + 1 = :>4}")
items = [1, 2]
print(f"{items[0]=}", f"{len(items)=}", f"{'q'=}")
