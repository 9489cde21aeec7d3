"""Run a single-threaded program inside one worker thread, its globals shared.

    in_thread.py PROGRAM ARGS...

The GIL-free issue asks what the single-threaded suite costs when it runs
inside a worker thread, so that its objects are shared. The program's
module is run here, in the main thread, under a name other than
"__main__": that defines its functions, classes and module-level objects
without starting it. Its main() then runs as the worker thread's target.
Handing the function to another thread publishes it and everything it
reaches (its globals: every function, class and module-level object), so
those are shared; what main() makes is the worker's own, as in any
threaded program.

main() runs in the worker's outermost interpreter loop, where pystm runs
it as transactions, as it runs any thread's code. (An earlier version
exec'ed the whole program inside the worker: exec is a call from Go back
into the interpreter, a nested loop, where no transaction begins, so that
version measured the token path of stage 1 instead of the transactions:
chaos ran 6% more instructions than under -gil there, 24% here, on the
same build.)
"""

import sys
import threading


def main():
    if len(sys.argv) < 2:
        print("usage: in_thread.py PROGRAM ARGS...", file=sys.stderr)
        sys.exit(2)
    path = sys.argv[1]
    sys.argv = sys.argv[1:]
    namespace = {"__name__": "__in_thread__", "__file__": path}
    with open(path) as f:
        code = compile(f.read(), path, "exec")
    exec(code, namespace)
    program_main = namespace.get("main")
    if not callable(program_main):
        print("in_thread.py: %s defines no main()" % path, file=sys.stderr)
        sys.exit(2)
    failed = []

    def target():
        try:
            program_main()
        except BaseException as e:
            failed.append(e)
            raise

    worker = threading.Thread(target=target, name="worker")
    worker.start()
    worker.join()
    if failed:
        sys.exit(1)


main()
