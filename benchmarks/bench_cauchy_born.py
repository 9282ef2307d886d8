"""Benchmark: Cauchy–Born FCC Lennard-Jones, cutoff 3 sigma (seed 001 §3; issue 5 "Speed").

Times
1. the symbolic derivation of W, P and C (``symms.models.cauchy_born.build``: zero-stress
   reference, neighbour set, the W/P/C sums of the kernels and the reference Voigt moduli);
2. emission and compilation (LaTeX, model.json, numpy and C source, ``cc -O2``);
3. the generated C kernels ``stress`` and ``moduli`` on 10^5 random deformations A, loaded
   with ``symms.pipeline.load_backend`` from the derived folder;
4. the plain numpy neighbour sum (``symms.numerics.atomistic.numpy_neighbour_sum_stress`` /
   ``_moduli``) on the same deformations, and the largest difference between the two.

The figure of merit is numpy seconds / C seconds for P and C together (target >= 20).

    python benchmarks/bench_cauchy_born.py [--n 100000] [--lattice fcc] [--cutoff 3] [--markdown]
"""
from __future__ import annotations

import argparse
import json
import platform
import subprocess
import tempfile
import time
from pathlib import Path

import numpy as np

from symms.codegen.compile import build as compile_c
from symms.model_file import kernel_entries
from symms.models.cauchy_born import build
from symms.models.lattices import get_lattice
from symms.models.potentials import make_potential
from symms.numerics.atomistic import neighbour_vectors, numpy_neighbour_sum_moduli, numpy_neighbour_sum_stress
from symms.output import write_files
from symms.pipeline import command_line, emit, load_backend
from symms import registry


def deformations(n: int, d: int = 3, size: float = 0.01, seed: int = 0) -> np.ndarray:
    """n random small displacement gradients (inside the neighbour set's validity range at 3 sigma)."""
    return size * np.random.default_rng(seed).uniform(-1, 1, (n, d, d))


def numpy_baseline(model, A_batch, chunk: int = 5000):
    """P(A) and C(A) for the batch by the plain numpy neighbour sum, in chunks; returns (P, C)."""
    lattice = get_lattice(model.parameters["lattice"])
    a = lattice.parameters[0]
    values = {a: model.results["lattice_constant"]}
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


def best_of(f, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        f()
        times.append(time.perf_counter() - t0)
    return min(times)


def run(n: int = 100_000, lattice: str = "fcc", cutoff: float = 3.0) -> dict:
    """Time derivation, emission + compilation, the C kernels and the numpy baseline; return the table."""
    t0 = time.perf_counter()
    model = build(lattice, "lj", cutoff)
    t_derive = time.perf_counter() - t0
    derivation = registry.get("cauchy-born")
    params = derivation.resolve(lattice=lattice, potential="lj", cutoff=cutoff)
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        files = emit(model, command_line(derivation, params))
        folder = write_files(Path(tmp), model.derivation, model.variant, files, "bench")
        t_emit = time.perf_counter() - t0
        t0 = time.perf_counter()
        compile_c(files["kernels.c"], f"bench-{model.variant}")  # cached after the first run
        t_compile = time.perf_counter() - t0
        entries = {e["name"]: e for e in kernel_entries(json.loads((folder / "model.json").read_text()))}
        stress = load_backend(folder, entries["stress"], "c")
        moduli = load_backend(folder, entries["moduli"], "c")
        guards = len(entries["stress"]["guards"])
        source_kb = len(files["kernels.c"]) / 1024
    A_batch = deformations(n)
    P_c, C_c = stress(A_batch), moduli(A_batch)
    t_c_P = best_of(lambda: stress(A_batch))
    t_c_C = best_of(lambda: moduli(A_batch))
    t0 = time.perf_counter()
    P_np, C_np = numpy_baseline(model, A_batch)
    t_numpy = time.perf_counter() - t0
    scale_P, scale_C = np.abs(P_np).max(), np.abs(C_np).max()
    return {
        "variant": model.variant, "n": n, "pairs": model.results["pairs_inside_cutoff"], "guards": guards,
        "kernels_c_kb": source_kb, "derive_s": t_derive, "emit_s": t_emit, "compile_s": t_compile,
        "c_stress_s": t_c_P, "c_moduli_s": t_c_C, "numpy_s": t_numpy,
        "speedup": t_numpy / (t_c_P + t_c_C),
        "max_rel_diff_P": float(np.abs(P_c - P_np).max() / scale_P),
        "max_rel_diff_C": float(np.abs(C_c - C_np).max() / scale_C),
    }


def machine() -> str:
    model = next((line.split(":", 1)[1].strip() for line in subprocess.run(
        ["lscpu"], capture_output=True, text=True).stdout.splitlines() if line.startswith("Model name")), platform.processor())
    cores = len(__import__("os").sched_getaffinity(0))
    return f"{cores} cores, {model}"


def markdown(row: dict) -> str:
    return "\n".join([
        "| step | seconds |",
        "|---|---|",
        f"| symbolic derivation of W, P, C (`build`, {row['pairs']} pairs) | {row['derive_s']:.1f} |",
        f"| emission: model.json, LaTeX, numpy and C source ({row['kernels_c_kb']:.0f} KB of C, {row['guards']} guards) | {row['emit_s']:.1f} |",
        f"| compile `cc -O2` (first time; cached afterwards) | {row['compile_s']:.1f} |",
        f"| C `stress` P(A), {row['n']:,} deformations | {row['c_stress_s']:.3f} |",
        f"| C `moduli` C(A), {row['n']:,} deformations | {row['c_moduli_s']:.3f} |",
        f"| numpy neighbour sum, P and C, {row['n']:,} deformations | {row['numpy_s']:.2f} |",
        f"| **speed-up numpy / C** | **{row['speedup']:.0f}x** |",
    ])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--lattice", default="fcc")
    parser.add_argument("--cutoff", type=float, default=3.0)
    parser.add_argument("--markdown", action="store_true", help="print the README table")
    args = parser.parse_args()
    row = run(args.n, args.lattice, args.cutoff)
    for key, value in row.items():
        print(f"{key:>16}: {value:.4g}" if isinstance(value, float) else f"{key:>16}: {value}")
    if args.markdown:
        print(f"\nmachine: {machine()}\n")
        print(markdown(row))


if __name__ == "__main__":
    main()
