# SyntaxError: invalid syntax from two names side by side
a = 1
b = a a
