"""richards: Martin Richards' operating-system kernel simulation.

Six tasks (idle, worker, two handlers, two devices) pass packets through a
priority scheduler. Exercises classes, attribute access, method calls and
linked lists. The classic run with count 10000 queues 23246 packets and
holds 9297 times.
Usage: python3 richards.py [loops]   (default 40)
"""
import sys

BUFSIZE = 4

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(1, 7)
DEVICE_KIND, WORK_KIND = 0, 1


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE


def append_packet(pkt, queue):
    """Adds pkt at the end of queue (a linked list) and returns the head."""
    pkt.link = None
    if queue is None:
        return pkt
    last = queue
    while last.link is not None:
        last = last.link
    last.link = pkt
    return queue


class Task:
    """A task control block: scheduling state plus the task's own data."""

    def __init__(self, sched, ident, priority, queue, waiting):
        self.sched = sched
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.pending = queue is not None
        self.waiting = waiting
        self.held = False
        self.link = sched.tasks
        sched.tasks = self
        sched.table[ident] = self

    def blocked(self):
        return self.held or (self.waiting and not self.pending)

    def take_packet(self):
        pkt = self.queue
        self.queue = pkt.link
        self.pending = self.queue is not None
        self.waiting = False
        return pkt

    def receive(self, pkt, current):
        """Queues pkt on this task; returns the task that runs next."""
        if self.queue is None:
            self.queue = pkt
            self.pending = True
            if self.priority > current.priority:
                return self
        else:
            self.queue = append_packet(pkt, self.queue)
        return current


class IdleTask(Task):
    def __init__(self, sched, count):
        Task.__init__(self, sched, IDLE, 0, None, False)
        self.control = 1
        self.count = count

    def run(self, pkt):
        self.count -= 1
        if self.count == 0:
            return self.sched.hold_self()
        if self.control & 1 == 0:
            self.control >>= 1
            return self.sched.release(DEVICE_A)
        self.control = (self.control >> 1) ^ 0xD008
        return self.sched.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, sched, queue):
        Task.__init__(self, sched, WORKER, 1000, queue, True)
        self.destination = HANDLER_A
        self.letter = 0

    def run(self, pkt):
        if pkt is None:
            return self.sched.wait()
        self.destination = HANDLER_A if self.destination == HANDLER_B else HANDLER_B
        pkt.ident = self.destination
        pkt.datum = 0
        for i in range(BUFSIZE):
            self.letter += 1
            if self.letter > 26:
                self.letter = 1
            pkt.data[i] = self.letter
        return self.sched.queue_packet(pkt)


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, queue):
        Task.__init__(self, sched, ident, priority, queue, True)
        self.work = None
        self.devices = None

    def run(self, pkt):
        if pkt is not None:
            if pkt.kind == WORK_KIND:
                self.work = append_packet(pkt, self.work)
            else:
                self.devices = append_packet(pkt, self.devices)
        work = self.work
        if work is not None:
            count = work.datum
            if count >= BUFSIZE:
                self.work = work.link
                return self.sched.queue_packet(work)
            dev = self.devices
            if dev is not None:
                self.devices = dev.link
                dev.datum = work.data[count]
                work.datum = count + 1
                return self.sched.queue_packet(dev)
        return self.sched.wait()


class DeviceTask(Task):
    def __init__(self, sched, ident, priority):
        Task.__init__(self, sched, ident, priority, None, True)
        self.stored = None

    def run(self, pkt):
        if pkt is None:
            stored = self.stored
            if stored is None:
                return self.sched.wait()
            self.stored = None
            return self.sched.queue_packet(stored)
        self.stored = pkt
        return self.sched.hold_self()


class Scheduler:
    def __init__(self):
        self.tasks = None
        self.table = [None] * 7
        self.current = None
        self.queued = 0
        self.holds = 0

    def hold_self(self):
        self.holds += 1
        cur = self.current
        cur.held = True
        return cur.link

    def release(self, ident):
        t = self.table[ident]
        t.held = False
        if t.priority > self.current.priority:
            return t
        return self.current

    def wait(self):
        self.current.waiting = True
        return self.current

    def queue_packet(self, pkt):
        self.queued += 1
        target = self.table[pkt.ident]
        pkt.link = None
        pkt.ident = self.current.ident
        return target.receive(pkt, self.current)

    def run(self):
        t = self.tasks
        while t is not None:
            if t.blocked():
                t = t.link
                continue
            pkt = t.take_packet() if (t.waiting and t.pending) else None
            self.current = t
            t = t.run(pkt)


def simulate(count):
    s = Scheduler()
    IdleTask(s, count)
    work = Packet(None, 0, WORK_KIND)
    work = Packet(work, 0, WORK_KIND)
    WorkerTask(s, work)
    for ident, prio, dev in ((HANDLER_A, 2000, DEVICE_A), (HANDLER_B, 3000, DEVICE_B)):
        q = None
        for _ in range(3):
            q = Packet(q, dev, DEVICE_KIND)
        HandlerTask(s, ident, prio, q)
    DeviceTask(s, DEVICE_A, 4000)
    DeviceTask(s, DEVICE_B, 5000)
    s.run()
    return s.queued, s.holds


def main():
    loops = int(sys.argv[1]) if len(sys.argv) > 1 else 40
    total_q = total_h = 0
    for _ in range(loops):
        q, h = simulate(10000)
        if (q, h) != (23246, 9297):
            print("wrong result:", q, h)
            sys.exit(1)
        total_q += q
        total_h += h
    print("queued %d held %d" % (total_q, total_h))
    print("checksum: %d %d" % (total_q, total_h))


if __name__ == "__main__":
    main()
