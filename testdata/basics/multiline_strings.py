# triple-quoted strings, line continuation, implicit joining, semicolons
text = """line one
  line two
line "three\""""
print(text)
print('''single 'quoted' triple''')
total = 1 + \
    2 + \
    3
print(total)
msg = ("implicit "
       "concatenation "
       'of parts')
print(msg)
a = 1; b = 2; print(a + b)
items = [
    1,
    2,
]
print(items, len("""
"""))
if (a and
        b):
    print("multi-line condition")
