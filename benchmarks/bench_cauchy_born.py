"""Benchmark: Cauchy–Born FCC Lennard-Jones, cutoff 3 sigma (seed 001 §3).

Times (1) the symbolic derivation of W, P and C (``symms.models.cauchy_born.build``) and
(2) the plain numpy neighbour-sum evaluation of P(A) and C(A) for 10^5 deformations
(``symms.numerics.atomistic.numpy_neighbour_sum_stress`` / ``_moduli``).  The generated C
kernels are timed by a ``compiled_timer(model, A_batch) -> seconds`` passed to :func:`run`;
the ratio numpy / compiled is the figure of merit (target >= 20).

    python benchmarks/bench_cauchy_born.py [--n 100000] [--lattice fcc] [--cutoff 3]
"""
from __future__ import annotations

import argparse
import time

import numpy as np
import sympy as sp

from symms.models.cauchy_born import build
from symms.models.lattices import get_lattice
from symms.models.potentials import make_potential
from symms.numerics.atomistic import neighbour_vectors, numpy_neighbour_sum_moduli, numpy_neighbour_sum_stress


def deformations(n: int, d: int = 3, size: float = 0.01, seed: int = 0) -> np.ndarray:
    """n random small displacement gradients (inside the neighbour set's validity range at 3 sigma)."""
    return size * np.random.default_rng(seed).uniform(-1, 1, (n, d, d))


def numpy_baseline(model, A_batch, chunk: int = 5000):
    """P(A) and C(A) for the batch by the plain numpy neighbour sum, in chunks; returns (P, C)."""
    lattice = get_lattice(model.parameters["lattice"])
    a = sp.Symbol("a", positive=True)
    values = {a: sp.Rational(str(model.results["lattice_constant"]))}
    potential = make_potential(model.parameters["potential"], model.parameters["cutoff"],
                               model.parameters["cutoff_mode"])
    vectors = neighbour_vectors(lattice, values, float(potential.cutoff))
    volume = float(lattice.volume(values))
    dV, d2V = potential.numeric(1), potential.numeric(2)
    P, C = [], []
    for start in range(0, len(A_batch), chunk):
        block = A_batch[start:start + chunk]
        P.append(numpy_neighbour_sum_stress(block, vectors, dV, volume))
        C.append(numpy_neighbour_sum_moduli(block, vectors, dV, d2V, volume))
    return np.concatenate(P), np.concatenate(C)


def run(n: int = 100_000, lattice: str = "fcc", cutoff: float = 3.0, compiled_timer=None) -> dict:
    """Time derivation, numpy baseline and (if given) the compiled kernels; return the table as a dict."""
    t0 = time.perf_counter()
    model = build(lattice, "lj", cutoff, relaxed=True)
    t_derive = time.perf_counter() - t0
    A_batch = deformations(n)
    t0 = time.perf_counter()
    numpy_baseline(model, A_batch)
    t_numpy = time.perf_counter() - t0
    row = {"variant": model.variant, "n": n, "derive_s": t_derive, "numpy_s": t_numpy}
    if compiled_timer is not None:
        row["compiled_s"] = compiled_timer(model, A_batch)
        row["speedup"] = t_numpy / row["compiled_s"]
    return row


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--lattice", default="fcc")
    parser.add_argument("--cutoff", type=float, default=3.0)
    args = parser.parse_args()
    row = run(args.n, args.lattice, args.cutoff)
    for key, value in row.items():
        print(f"{key:>12}: {value:.3f}" if isinstance(value, float) else f"{key:>12}: {value}")


if __name__ == "__main__":
    main()
