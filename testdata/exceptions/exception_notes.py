# add_note on exceptions (3.11) and notes shown in an uncaught traceback
try:
    raise ValueError("bad value")
except ValueError as e:
    e.add_note("while parsing line 3")
    e.add_note("second note")
    print(e.__notes__)
err = KeyError("k")
err.add_note("note on uncaught")
raise err
