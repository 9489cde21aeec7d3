# IndentationError: expected an indented block after an if statement
if True:
print("x")
