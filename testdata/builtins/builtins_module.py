# the builtins module: identity of its functions, shadowing a builtin and deleting the shadow
import builtins
print(builtins.len is len, builtins.__name__, type(builtins).__name__)
names = [n for n in dir(builtins) if not n.startswith("_") and n not in ("copyright", "credits", "license", "exit", "quit", "help")]
print(len(names), names[:8], names[-8:])
def len(x):
    return "shadowed"
print(len([1, 2]), builtins.len([1, 2]))
del len
print(len([1, 2]))
builtins.my_global_helper = lambda: "added to builtins"
print(my_global_helper())
