# a function can create, rebind and delete module globals through a global declaration
def setup():
    global temp, counter
    temp = "temporary"
    counter = 0
def tick():
    global counter
    counter += 1
def teardown():
    global temp
    del temp
setup()
tick(); tick()
print(temp, counter)
teardown()
print("temp" in globals(), counter)
def read_only():
    return counter * 10
print(read_only())
def shadow():
    counter = -1
    return counter
print(shadow(), counter)
