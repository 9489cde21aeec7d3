# SyntaxError: unterminated string literal
s = "abc
print(s)
