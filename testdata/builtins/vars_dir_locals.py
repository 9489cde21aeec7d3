# locals() and globals() contents inside functions
g_value = 5
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
print("g_value" in globals(), globals()["g_value"], "__name__" in globals(), __name__)
def set_global():
    globals()["made_up"] = 42
set_global()
print(made_up)
