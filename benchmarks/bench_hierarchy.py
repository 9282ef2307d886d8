"""Benchmark: seed 000 at full coupling (issue 4) — the 2^16-point fine lattice against hierarchy levels 1–4.

Times (1) loading the order-2 C kernel, (2) the fine solution exp(tA)u0 on 2^16 points (32-node
contour integral, plus the 24-node solve for its error estimate), (3) each coarse level (C kernel
operator at γ = 1 + the same integrator, also the true-harmonic-mean lattice), (4) the radius
estimate stored with the model (``symms.numerics.convergence.radius_estimate``) and (5) the
γ = 1 eigenvalue table for P = 2..6.

    python benchmarks/bench_hierarchy.py [--levels 4] [--seed 2026]
"""
from __future__ import annotations

import argparse
import time


import symms
from symms.models.hierarchy import FINE_POINTS, TIMES, _fine_kappa, eigen_table, simulate, smooth_field
from symms.numerics.convergence import radius_estimate


def run(levels: int = 4, seed: int = 2026) -> dict:
    out = {}
    t0 = time.perf_counter()
    kernel = symms.load_kernel("diffusion", order=2, backend="c")
    out["load C kernel (order 2)"] = time.perf_counter() - t0
    kappa, u0 = _fine_kappa(seed), smooth_field(FINE_POINTS)
    t0 = time.perf_counter()
    sim = simulate(kappa, u0, TIMES[-1:], levels, kernel=kernel)
    out["fine + levels total"] = time.perf_counter() - t0
    for k, v in sim["seconds"].items():
        out[f"  {k}"] = v
    t0 = time.perf_counter()
    radius_estimate(6, kernel=symms.load_kernel("diffusion", order=6, backend="c"))
    out["radius_estimate(6) with C kernel"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    radius_estimate(6)
    out["radius_estimate(6) exact part only"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    eigen_table(6)
    out["gamma=1 eigenvalue table P=2..6"] = time.perf_counter() - t0
    out["_rows"] = sim["rows"]
    out["_fine_error"] = sim["fine_error"]
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--levels", type=int, default=4)
    ap.add_argument("--seed", type=int, default=2026)
    a = ap.parse_args()
    out = run(a.levels, a.seed)
    print("| step | seconds |\n|---|---|")
    for k, v in out.items():
        if not k.startswith("_"):
            print(f"| {k} | {v:.2f} |")
    print(f"\nfine integrator error estimate: {max(out['_fine_error'].values()):.1e}")
    print("| level | points | t | error | true harmonic mean |\n|---|---|---|---|---|")
    for r in out["_rows"]:
        print(f"| {r['level']} | {r['points']} | {r['t']:.0e} | {r['error']:.3g} | {r['error_true_harmonic']:.3g} |")


if __name__ == "__main__":
    main()
