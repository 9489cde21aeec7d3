# uncaught error raised inside a finally block while no other exception is active
def close_all(items):
    try:
        return len(items)
    finally:
        items.close()
close_all([1, 2])
