# ModuleNotFoundError for an unknown module, caught then uncaught
try:
    import no_such_module_xyz
except ImportError as e:
    print(type(e).__name__, e, e.name)
import another_missing_module
