# At exit the main thread waits for non-daemon threads but not for daemon ones, which just stop.
import threading
import time

stop_never = threading.Event()


def daemon_forever():
    print("daemon started", flush=True)
    stop_never.wait()
    print("never printed")


main_finished = threading.Event()


def late_worker():
    main_finished.wait()
    time.sleep(0.01)
    print("non-daemon worker finishes after main")


threading.Thread(target=daemon_forever, daemon=True).start()
spinner_started = threading.Event()


def spinner():
    spinner_started.set()
    while True:
        pass


threading.Thread(target=spinner, daemon=True).start()
spinner_started.wait()
threading.Thread(target=late_worker).start()
print("main done")
main_finished.set()
