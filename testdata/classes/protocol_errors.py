# errors from broken protocol methods: __iter__ non-iterator, __init__ returning a value, __len__ types
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print("TypeError", e)
class BadInit:
    def __init__(self):
        return 1
try:
    BadInit()
except TypeError as e:
    print("TypeError", e)
class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError", e)
class Cont:
    def __contains__(self, x):
        return [x]
print(1 in Cont(), 1 not in Cont())
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print("TypeError", e)
def no_args_super():
    return super()
try:
    no_args_super()
except RuntimeError as e:
    print("RuntimeError", e)
class NoCall:
    pass
try:
    NoCall()()
except TypeError as e:
    print("TypeError", e)
try:
    object.__new__(5)
except TypeError as e:
    print("TypeError", e)
