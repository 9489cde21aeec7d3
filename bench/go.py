"""go: a Monte-Carlo tree search player plays a short game of Go against itself.

Each move is chosen by running random playouts from a search tree of
positions (UCT with a square-root exploration term), on a 9x9 board with
captures, suicide and simple-ko rules and area scoring. Randomness comes from
a linear congruential generator written here. Exercises classes, lists of
ints, flood fills with sets, and many small method calls.
Usage: python3 go.py [playouts [moves]]   (default 50 playouts a move, 6 moves)
"""
import sys
from math import sqrt

EMPTY, BLACK, WHITE = 0, 1, 2
PASS = -1
KOMI = 7.5


class Rng:
    def __init__(self, seed):
        self.state = seed & 0x7FFFFFFF

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n


def other(color):
    return BLACK + WHITE - color


class Board:
    def __init__(self, size, neighbours=None):
        self.size = size
        self.points = [EMPTY] * (size * size)
        if neighbours is None:
            neighbours = []
            for y in range(size):
                for x in range(size):
                    ns = []
                    for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                        nx, ny = x + dx, y + dy
                        if 0 <= nx < size and 0 <= ny < size:
                            ns.append(ny * size + nx)
                    neighbours.append(ns)
        self.neighbours = neighbours
        self.to_move = BLACK
        self.ko = None
        self.passes = 0
        self.moves = 0

    def copy(self):
        b = Board(self.size, self.neighbours)
        b.points = self.points[:]
        b.to_move = self.to_move
        b.ko = self.ko
        b.passes = self.passes
        b.moves = self.moves
        return b

    def group(self, p):
        """Returns the stones of the group at p and the number of its liberties."""
        color = self.points[p]
        stones = [p]
        seen = {p}
        liberties = set()
        i = 0
        while i < len(stones):
            for q in self.neighbours[stones[i]]:
                c = self.points[q]
                if c == EMPTY:
                    liberties.add(q)
                elif c == color and q not in seen:
                    seen.add(q)
                    stones.append(q)
            i += 1
        return stones, len(liberties)

    def legal(self, p):
        if self.points[p] != EMPTY or p == self.ko:
            return False
        me = self.to_move
        for q in self.neighbours[p]:
            c = self.points[q]
            if c == EMPTY:
                return True
            libs = self.group(q)[1]
            if c == me and libs > 1:
                return True
            if c != me and libs == 1:
                return True
        return False

    def is_own_eye(self, p):
        me = self.to_move
        for q in self.neighbours[p]:
            if self.points[q] != me:
                return False
        return True

    def play(self, p):
        self.moves += 1
        if p == PASS:
            self.passes += 1
            self.ko = None
            self.to_move = other(self.to_move)
            return
        self.passes = 0
        me = self.to_move
        self.points[p] = me
        captured = []
        for q in self.neighbours[p]:
            if self.points[q] == other(me):
                stones, libs = self.group(q)
                if libs == 0:
                    for s in stones:
                        self.points[s] = EMPTY
                    captured.extend(stones)
        self.ko = None
        if len(captured) == 1:
            stones, libs = self.group(p)
            if len(stones) == 1 and libs == 1:
                self.ko = captured[0]
        self.to_move = other(me)

    def candidate_moves(self):
        return [p for p in range(len(self.points)) if self.legal(p) and not self.is_own_eye(p)]

    def random_move(self, rng):
        empties = [p for p in range(len(self.points)) if self.points[p] == EMPTY]
        while empties:
            i = rng.below(len(empties))
            p = empties[i]
            if self.legal(p) and not self.is_own_eye(p):
                return p
            empties[i] = empties[-1]
            empties.pop()
        return PASS

    def score(self):
        """Black's area score minus White's, komi included."""
        total = -KOMI
        for p, c in enumerate(self.points):
            if c == BLACK:
                total += 1
            elif c == WHITE:
                total -= 1
            else:
                around = {self.points[q] for q in self.neighbours[p]}
                if around == {BLACK}:
                    total += 1
                elif around == {WHITE}:
                    total -= 1
        return total


class Node:
    def __init__(self, move, parent, board):
        self.move = move
        self.parent = parent
        self.children = []
        self.untried = board.candidate_moves() or [PASS]
        self.wins = 0
        self.visits = 0
        self.mover = other(board.to_move)

    def select(self):
        best = None
        best_value = -1.0
        explore = sqrt(self.visits)
        for c in self.children:
            value = c.wins / c.visits + 0.7 * explore / (1 + c.visits)
            if value > best_value:
                best, best_value = c, value
        return best


def playout(board, rng):
    limit = len(board.points) * 3
    while board.passes < 2 and board.moves < limit:
        board.play(board.random_move(rng))
    return BLACK if board.score() > 0 else WHITE


def search(root_board, playouts, rng):
    root = Node(None, None, root_board)
    for _ in range(playouts):
        node = root
        board = root_board.copy()
        while not node.untried and node.children:
            node = node.select()
            board.play(node.move)
        if node.untried and board.passes < 2:
            i = rng.below(len(node.untried))
            move = node.untried[i]
            node.untried[i] = node.untried[-1]
            node.untried.pop()
            board.play(move)
            child = Node(move, node, board)
            node.children.append(child)
            node = child
        winner = playout(board, rng)
        while node is not None:
            node.visits += 1
            if winner == node.mover:
                node.wins += 1
            node = node.parent
    best = max(root.children, key=lambda c: c.visits)
    return best.move, best.visits


def show(board):
    marks = ".XO"
    s = board.size
    return ["".join(marks[board.points[y * s + x]] for x in range(s)) for y in range(s)]


def main():
    playouts = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    moves = int(sys.argv[2]) if len(sys.argv) > 2 else 6
    rng = Rng(20260101)
    board = Board(9)
    history = []
    for _ in range(moves):
        if board.passes >= 2:
            break
        move, visits = search(board, playouts, rng)
        history.append(move)
        board.play(move)
    for line in show(board):
        print(line)
    print("moves:", " ".join(str(m) for m in history))
    digest = 0
    for p, c in enumerate(board.points):
        digest = (digest * 3 + c) % 1000000007
    print("checksum: %d %s %d" % (len(history), board.score(), digest))


if __name__ == "__main__":
    main()
