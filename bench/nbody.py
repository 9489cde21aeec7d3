"""nbody: integrates the orbits of the Sun and the four gas giants.

Exercises float arithmetic, list indexing and attribute-free tight loops.
Usage: python3 nbody.py [steps]   (default 400000)
Prints the total energy before and after, and a checksum line.
"""
import sys
from math import sqrt

PI = 3.141592653589793
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24


def make_system():
    # Each body is [x, y, z, vx, vy, vz, mass]; velocities in AU/year.
    def body(pos, vel, mass):
        return [pos[0], pos[1], pos[2],
                vel[0] * DAYS_PER_YEAR, vel[1] * DAYS_PER_YEAR, vel[2] * DAYS_PER_YEAR,
                mass * SOLAR_MASS]
    sun = body((0.0, 0.0, 0.0), (0.0, 0.0, 0.0), 1.0)
    jupiter = body((4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01),
                   (1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05),
                   9.54791938424326609e-04)
    saturn = body((8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01),
                  (-2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05),
                  2.85885980666130812e-04)
    uranus = body((1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01),
                  (2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05),
                  4.36624404335156298e-05)
    neptune = body((1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01),
                   (2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05),
                   5.15138902046611451e-05)
    return [sun, jupiter, saturn, uranus, neptune]


def offset_momentum(bodies):
    px = py = pz = 0.0
    for b in bodies:
        px += b[3] * b[6]
        py += b[4] * b[6]
        pz += b[5] * b[6]
    sun = bodies[0]
    sun[3] = -px / SOLAR_MASS
    sun[4] = -py / SOLAR_MASS
    sun[5] = -pz / SOLAR_MASS


def energy(bodies):
    e = 0.0
    n = len(bodies)
    for i in range(n):
        a = bodies[i]
        e += 0.5 * a[6] * (a[3] * a[3] + a[4] * a[4] + a[5] * a[5])
        for j in range(i + 1, n):
            b = bodies[j]
            dx = a[0] - b[0]
            dy = a[1] - b[1]
            dz = a[2] - b[2]
            e -= a[6] * b[6] / sqrt(dx * dx + dy * dy + dz * dz)
    return e


def advance(bodies, pairs, dt, steps):
    for _ in range(steps):
        for a, b in pairs:
            dx = a[0] - b[0]
            dy = a[1] - b[1]
            dz = a[2] - b[2]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * sqrt(d2))
            bm = b[6] * mag
            am = a[6] * mag
            a[3] -= dx * bm
            a[4] -= dy * bm
            a[5] -= dz * bm
            b[3] += dx * am
            b[4] += dy * am
            b[5] += dz * am
        for b in bodies:
            b[0] += dt * b[3]
            b[1] += dt * b[4]
            b[2] += dt * b[5]


def main():
    steps = int(sys.argv[1]) if len(sys.argv) > 1 else 400000
    bodies = make_system()
    offset_momentum(bodies)
    pairs = [(bodies[i], bodies[j]) for i in range(len(bodies)) for j in range(i + 1, len(bodies))]
    e0 = energy(bodies)
    advance(bodies, pairs, 0.01, steps)
    e1 = energy(bodies)
    print("energy before: %.9f" % e0)
    print("energy after: %.9f" % e1)
    print("checksum: %.9f" % e1)


if __name__ == "__main__":
    main()
