# warnings: simplefilter/filterwarnings actions (ignore, error, always, once, module), catch_warnings(record=True), showwarning hook
import warnings

def f(msg="careful", cat=UserWarning):
    warnings.warn(msg, cat)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    f(); f()
    f("other", SyntaxWarning)
print(len(log), [str(w.message) for w in log], [w.category.__name__ for w in log], [w.lineno for w in log], log[0].filename)
print(str(log[0]))
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        f()
    except UserWarning as e:
        print("raised", type(e).__name__, e)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("once")
    f("once"); f("once"); f("twice")
    warnings.warn("once")
print([str(w.message) for w in log])
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("module")
    f("mod"); warnings.warn("mod"); f("mod")
print([str(w.message) for w in log])
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="ign")
    warnings.filterwarnings("error", category=RuntimeWarning)
    f("ignore me"); f("IGNORED too"); f("shown")
    try:
        f("boom", RuntimeWarning)
    except RuntimeWarning as e:
        print("error action:", e)
print([str(w.message) for w in log])
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("ignore")
    warnings.simplefilter("always", category=UserWarning)
    f("user"); f("dep", DeprecationWarning)
print([str(w.message) for w in log])
with warnings.catch_warnings(action="ignore"):
    f("silenced")
print(len(warnings.filters) >= 5, warnings.filters[0][0], warnings.defaultaction)

def show(message, category, filename, lineno, file=None, line=None):
    print("custom:", message, category.__name__, lineno)

old = warnings.showwarning
warnings.showwarning = show
f("via custom hook")
warnings.showwarning = old
warnings.resetwarnings()
print(warnings.filters)
f("after reset")
