# exceptions caught by tuple, by base class, Exception vs BaseException, KeyboardInterrupt not an Exception
for exc in (ValueError(), KeyError(), SystemExit(), KeyboardInterrupt(), StopIteration(), ArithmeticError()):
    try:
        raise exc
    except (ValueError, LookupError):
        print(type(exc).__name__, "lookup/value")
    except Exception:
        print(type(exc).__name__, "Exception")
    except BaseException:
        print(type(exc).__name__, "BaseException only")
print(issubclass(SystemExit, Exception), issubclass(StopIteration, Exception), issubclass(GeneratorExit, Exception))
print(issubclass(UnboundLocalError, NameError), issubclass(RecursionError, RuntimeError), issubclass(FileNotFoundError, OSError), issubclass(IndentationError, SyntaxError))
print(NotImplementedError.__mro__[1].__name__, ModuleNotFoundError.__mro__[1].__name__)
