# the exit() builtin raises SystemExit too
print("before")
exit(5)
