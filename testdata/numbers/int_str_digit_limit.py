# 3.11 limits int<->str conversion to 4300 digits for non power-of-two bases
import sys
s = "7" * 4300
print(len(str(int(s))))
try:
    int("7" * 4301)
except ValueError as e:
    print("ValueError", e)
try:
    str(10 ** 4400)
except ValueError as e:
    print("ValueError", e)
print(len(hex(10 ** 5000)), sys.get_int_max_str_digits())
sys.set_int_max_str_digits(5000)
print(len(str(10 ** 4400)))
