# uncaught error raised while a class body executes
def helper():
    return {}["missing"]
class Config:
    value = helper()
