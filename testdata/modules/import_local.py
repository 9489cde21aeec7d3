# importing a module from the script's directory runs it once and caches it
import helper_mod
import helper_mod as again
from helper_mod import CONSTANT, Thing, bump
print(helper_mod.CONSTANT, CONSTANT, again is helper_mod, helper_mod.__name__)
print(bump(), bump(), helper_mod.counter, Thing(3))
import sys
print("helper_mod" in sys.modules, sys.modules["helper_mod"] is helper_mod)
helper_mod.CONSTANT = 7
from helper_mod import CONSTANT as C2
print(C2, CONSTANT)
