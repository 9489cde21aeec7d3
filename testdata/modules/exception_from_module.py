# uncaught exception whose class lives in another module: the traceback names the module
import helper_errors
print(helper_errors.fail(1))
try:
    helper_errors.fail(5)
except helper_errors.HelperError as e:
    print("caught", type(e).__name__, type(e).__module__, e)
helper_errors.fail(3)
