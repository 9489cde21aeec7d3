# custom exception hierarchies, args, str/repr, catching by base class
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"missing {key}")
        self.key = key
class WithStr(Exception):
    def __str__(self):
        return "custom str"
for exc in (AppError("a", 1), NotFound("k"), WithStr(), AppError()):
    try:
        raise exc
    except AppError as e:
        print("AppError branch", type(e).__name__, e, repr(e), e.args)
    except Exception as e:
        print("Exception branch", type(e).__name__, e, repr(e), e.args)
print(issubclass(NotFound, Exception), issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
print([c.__name__ for c in NotFound.__mro__])
try:
    raise NotFound("z")
except NotFound as e:
    print(e.key)
print(str(Exception()), repr(Exception("x", 2)), str(Exception("x", 2)), str(KeyError("q")), str(KeyError()))
