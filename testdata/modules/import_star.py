# from module import * skips names starting with an underscore
from helper_mod import *
print(CONSTANT, Thing(1), "bump" in dir(), "_private" in dir())
