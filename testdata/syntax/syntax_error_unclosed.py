# SyntaxError for an unclosed bracket at the end of the file
print("never")
x = [1, 2,
y = 3
