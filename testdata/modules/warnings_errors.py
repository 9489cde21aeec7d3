# warnings: bad categories and actions, errors raised by the "error" action, and an uncaught warning-as-error
import warnings

for bad in [lambda: warnings.warn("x", int), lambda: warnings.warn("x", "cat"),
            lambda: warnings.simplefilter("bogus"), lambda: warnings.filterwarnings("ignore", lineno=-1),
            lambda: warnings.filterwarnings("always", category=5)]:
    try:
        bad()
    except (TypeError, AssertionError) as e:
        print(type(e).__name__, e)

class MyWarning(UserWarning):
    pass

warnings.simplefilter("error", MyWarning)
try:
    warnings.warn("custom one", MyWarning)
except UserWarning as e:
    print("caught", type(e).__name__, e.args)
warnings.warn("a plain UserWarning still prints")
try:
    warnings.warn(MyWarning("instance", 2))
except MyWarning as e:
    print("caught", e.args)
raise MyWarning("uncaught")
