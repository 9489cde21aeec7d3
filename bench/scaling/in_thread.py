"""Run a single-threaded program inside one worker thread, its globals shared.

    in_thread.py PROGRAM ARGS...

The GIL-free issue asks what the single-threaded suite costs when it runs
inside a worker thread, so that its objects are shared: the program's
global namespace is made here, in the main thread, and handed to the
worker as an argument. Handing an object to another thread publishes it,
so every function and class the program defines (stored in that
namespace) is shared, and so is whatever the program stores in its
globals. The main thread only waits.
"""

import sys
import threading


def run(path, namespace):
    with open(path) as f:
        code = compile(f.read(), path, "exec")
    exec(code, namespace)


def main():
    if len(sys.argv) < 2:
        print("usage: in_thread.py PROGRAM ARGS...", file=sys.stderr)
        sys.exit(2)
    path = sys.argv[1]
    sys.argv = sys.argv[1:]
    namespace = {"__name__": "__main__", "__file__": path}
    failed = []

    def target():
        try:
            run(path, namespace)
        except BaseException as e:
            failed.append(e)
            raise

    worker = threading.Thread(target=target, name="worker")
    worker.start()
    worker.join()
    if failed:
        sys.exit(1)


main()
