# odd names given to __import__ never reach files outside the path and give CPython's messages
for n in ["_imppkg/sub", "..", "_imppkg..sub", ".x", "_imppkg.", "a\x00b", "_imppkg/../_imp_plain"]:
    try:
        __import__(n)
        print("imported", repr(n))
    except Exception as e:
        print(type(e).__name__, e)
