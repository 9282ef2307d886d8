"""Benchmark the γ = 1 Galerkin model (``symms.numerics.mass_matrix_solve.GalerkinModel``).

Per order P and size m (random κ uniform in [0.5, 2]): the sparse assembly of M = V_dᵀV_d and
K = −V_dᵀAV_d plus the banded factorisation of M (``GalerkinModel(...)``), and one ``rhs(U)``
(K U, then a periodic banded solve), per backend of the solver; best of ``--repeat``.

    python benchmarks/bench_galerkin.py [--orders 2 3] [--sizes 4096 65536] [--repeat 5]
"""
from __future__ import annotations

import argparse
import os
import platform
import time

import numpy as np

from symms.manifold import derive_slow_manifold
from symms.manifold.mass_matrix import mass_matrix_form
from symms.models.diffusion import diffusion_spec
from symms.numerics.mass_matrix_solve import GalerkinModel


def best(f, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        f()
        times.append(time.perf_counter() - start)
    return min(times)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--orders", type=int, nargs="*", default=[2, 3])
    parser.add_argument("--sizes", type=int, nargs="*", default=[4096, 65536])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, python {platform.python_version()}, "
          f"load average {os.getloadavg()[0]:.1f} at start\n")
    print("| P | m | backend | assemble + factorise ms | rhs ms | rhs ns per point | M bands | K bands |")
    print("|---|---|---|---|---|---|---|---|")
    for P in args.orders:
        form = mass_matrix_form(derive_slow_manifold(diffusion_spec(), P))
        for m in args.sizes:
            kappa = np.random.default_rng(m).uniform(0.5, 2.0, 2 * m)
            U = np.random.default_rng(1).standard_normal(m)
            for backend in ("numpy", "c"):
                model = GalerkinModel(form, kappa, backend=backend)
                model.rhs(U)
                assemble = best(lambda: GalerkinModel(form, kappa, backend=backend), args.repeat)
                rhs = best(lambda: model.rhs(U), args.repeat)
                print(f"| {P} | {m} | {backend} | {1e3 * assemble:.1f} | {1e3 * rhs:.2f} | {1e9 * rhs / m:.0f} | "
                      f"{model.M.nnz // m} | {model.K.nnz // m} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
