# uncaught exception whose __str__ itself raises
class Bad(Exception):
    def __str__(self):
        raise RuntimeError("str broke")
raise Bad()
