# The waiting room of a ticket sale: visitors join a queue, poll their
# place in it, are admitted in batches, and buy one ticket each. All the
# state is plain Python objects; every HTTP request runs as its own
# Python thread, and each handler's read-modify-write is one
# `with transaction.atomic:` block, so no two requests can interleave
# inside it.

import transaction


class Room:
    def __init__(self, tickets, batch):
        self.batch = batch
        self.queue = []          # visitors in the order they joined
        self.positions = {}      # visitor -> place in the queue (0-based)
        self.head = 0            # queue[:head] have been admitted
        self.admitted = set()
        self.stock = list(range(tickets, 0, -1))   # ticket numbers, popped from the end
        self.sold = {}           # ticket -> visitor
        self.bought = {}         # visitor -> ticket


room = Room(0, 1)


def setup(req):
    global room
    room = Room(int(req["tickets"]), int(req.get("batch", 100)))
    return {"tickets": len(room.stock), "batch": room.batch}


def join(req):
    visitor = str(req["visitor"])
    with transaction.atomic:
        pos = room.positions.get(visitor)
        if pos is not None:
            return {"position": pos, "again": True}
        pos = len(room.queue)
        room.queue.append(visitor)
        room.positions[visitor] = pos
    return {"position": pos}


def poll(req):
    visitor = str(req["visitor"])
    with transaction.atomic:
        pos = room.positions.get(visitor)
        if pos is None:
            return {"error": "unknown visitor " + visitor}
        return {"position": pos, "ahead": max(0, pos - room.head),
                "admitted": visitor in room.admitted}


def admit(req):
    count = int(req.get("count", room.batch))
    with transaction.atomic:
        batch = room.queue[room.head:room.head + count]
        room.head += len(batch)
        room.admitted.update(batch)
        head = room.head
    return {"admitted": len(batch), "head": head}


def buy(req):
    visitor = str(req["visitor"])
    with transaction.atomic:
        if visitor not in room.admitted:
            return {"error": "not admitted yet"}
        ticket = room.bought.get(visitor)
        if ticket is not None:
            return {"ticket": ticket, "again": True}
        if not room.stock:
            return {"sold_out": True}
        ticket = room.stock.pop()
        room.sold[ticket] = visitor
        room.bought[visitor] = ticket
    return {"ticket": ticket}


def stats(req):
    with transaction.atomic:
        return {"queued": len(room.queue), "admitted": len(room.admitted),
                "sold": len(room.sold), "left": len(room.stock)}
