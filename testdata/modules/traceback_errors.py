# traceback: argument errors of format_exception and print_exception, then an uncaught exception whose handler prints it
import sys
import traceback

for bad in [lambda: traceback.format_exception(ValueError, ValueError("x")),
            lambda: traceback.format_exception(5),
            lambda: traceback.print_exception("not an exception"),
            lambda: traceback.print_last()]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

def handler():
    try:
        raise KeyError("missing")
    except KeyError:
        traceback.print_exc()
        return traceback.format_exc().splitlines()[-1]

print(handler())
raise SystemExit(traceback.format_exception_only(IndexError("last"))[0].strip())
