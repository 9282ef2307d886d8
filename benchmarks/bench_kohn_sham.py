"""Kohn-Sham fibre of silicon on PySCF (issue 15; seed 001 eqs 3.17-3.22): the full finite-difference check of
the Piola stress, frame indifference, and the convergence of W_CB and P with the engine's mesh, basis and k-mesh.

For each setting: one SCF with the analytic stress (timed), P = det F sigma F^-T; with --fd also the nine
second-order central differences of W_CB (18 SCFs) at steps h and h/2 (the gap must fall by about 4 if it
is the O(h^2) error of the differences, not a mismatch of the formula).

    python benchmarks/bench_kohn_sham.py [--fd] [--meshes 11 15 19 23] [--bases gth-szv gth-dzvp] [--kmeshes 1 2]

Needs pyscf (pip install 'symms[dft]').  Prints markdown tables (seconds, one process, 2 cores).
"""
from __future__ import annotations

import argparse
import time

import numpy as np

from symms.models import kohn_sham as ks
from symms.models.tfw import rotation
from symms.numerics import kohn_sham as nks

A0 = np.array([[0.02, 0.03, -0.01], [-0.01, -0.015, 0.02], [0.005, -0.02, 0.01]])


def timed(function, *args, **kwargs):
    start = time.perf_counter()
    value = function(*args, **kwargs)
    return time.perf_counter() - start, value


def finite_difference_check(settings: nks.Settings, piola, h: float):
    seconds, point = timed(nks.fibre, A0, settings, piola)
    rows = []
    for step in (h, h / 2):
        fd_seconds, P_fd = timed(nks.finite_difference_stress, A0, settings, step)
        rows.append((step, float(np.abs(P_fd - point.stress).max() / np.abs(point.stress).max()), fd_seconds))
    R = rotation((1.0, 2.0, 2.0), 0.7)
    rotated = nks.fibre(R @ (np.eye(3) + A0) - np.eye(3), settings, piola)
    print(f"\nmesh {settings.mesh}, {settings.basis}, k {settings.kmesh}: SCF + stress {seconds:.1f} s, "
          f"{point.cycles} cycles; W_CB = {point.W:.10g}")
    print("\n| step h | max abs(P - P_fd) / max abs(P) | 18 SCFs s |\n|---|---|---|")
    for step, gap, s in rows:
        print(f"| {step:g} | {gap:.2e} | {s:.1f} |")
    print(f"\nframe indifference: |W(R(I+A)-I) - W(A)|/|W| = {abs(rotated.W - point.W) / abs(point.W):.1e}, "
          f"max|P_rot - R P|/max|P| = {np.abs(rotated.stress - R @ point.stress).max() / np.abs(point.stress).max():.1e}")


def convergence(meshes, bases, kmeshes, piola):
    points = {}
    for basis in bases:
        for kmesh in kmeshes:
            for mesh in meshes:
                settings = nks.Settings(basis=basis, mesh=mesh, kmesh=kmesh)
                seconds, point = timed(nks.fibre, A0, settings, piola)
                points[basis, kmesh, mesh] = (seconds, point)
    reference = points[bases[-1], kmeshes[-1], meshes[-1]][1]
    print(f"\nconvergence against {bases[-1]}, k {kmeshes[-1]}^3, mesh {meshes[-1]}^3 "
          f"(W_CB = {reference.W:.10g}, P_11 = {reference.stress[0, 0]:.6e}, P_21 = {reference.stress[1, 0]:.6e})")
    print("\n| basis | k-mesh | FFT mesh | SCF + stress s | cycles | W_CB | W vs finest mesh | P vs finest mesh "
          "| W vs reference | P vs reference |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for (basis, kmesh, mesh), (seconds, p) in points.items():
        finest = points[basis, kmesh, meshes[-1]][1]
        print(f"| {basis} | {kmesh}^3 | {mesh}^3 | {seconds:.1f} | {p.cycles} | {p.W:.10g} | "
              f"{abs(p.W - finest.W) / abs(finest.W):.1e} | {relative(p.stress, finest.stress):.1e} | "
              f"{abs(p.W - reference.W) / abs(reference.W):.1e} | {relative(p.stress, reference.stress):.1e} |")


def relative(P, reference) -> float:
    """max |P - P_ref| / max |P_ref|."""
    return float(np.abs(P - reference).max() / np.abs(reference).max())

def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fd", action="store_true", help="the full nine-component finite-difference check")
    parser.add_argument("--fd-mesh", type=int, default=15)
    parser.add_argument("--h", type=float, default=ks.FD_STEP)
    parser.add_argument("--meshes", type=int, nargs="+", default=[11, 15, 19, 23])
    parser.add_argument("--bases", nargs="+", default=["gth-szv", "gth-dzvp"])
    parser.add_argument("--kmeshes", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    piola = ks.lambdified_piola()
    if args.fd:
        finite_difference_check(nks.Settings(mesh=args.fd_mesh), piola, args.h)
    convergence(args.meshes, args.bases, args.kmeshes, piola)


if __name__ == "__main__":
    main()
