# uncaught TypeError: subscripting None returned from a function
def config():
    pass
cfg = config()
print(cfg["key"])
