# uncaught exception whose message spans several lines, with a custom class defined in __main__
class ReportError(Exception):
    pass
lines = ["first problem", "second problem"]
raise ReportError("\n".join(lines))
