"""Factorise and solve a periodic band operator at m = 65,536 for w = 2, 4, 6: C vs numpy/scipy (ns per point)."""
import time

import numpy as np

from symms.numerics.cyclic_banded import CyclicBandedSolver


def best(f, repeat=5):
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        f()
        times.append(time.perf_counter() - t)
    return min(times)


def main(m=65536):
    rng = np.random.default_rng(0)
    print("| w | backend | factorise ns/point | solve ns/point (1 rhs) |")
    print("|---|---|---|---|")
    for w in (2, 4, 6):
        shifts = list(range(-w, w + 1))
        band = rng.uniform(-1, 1, (m, 2 * w + 1))
        for s, k in enumerate(shifts):
            if k > 0:
                band[:, shifts.index(-k)] = np.roll(band[:, s], k)
        band[:, w] = 2 * w + 2
        b = rng.standard_normal(m)
        for backend in ("numpy", "c"):
            CyclicBandedSolver(band, shifts, backend=backend)  # warm-up (compiles the C library once)
            tf = best(lambda: CyclicBandedSolver(band, shifts, backend=backend))
            S = CyclicBandedSolver(band, shifts, backend=backend)
            ts = best(lambda: S.solve(b), repeat=20)
            print(f"| {w} | {backend} ({S.method}) | {tf / m * 1e9:.0f} | {ts / m * 1e9:.1f} |")


if __name__ == "__main__":
    main()
