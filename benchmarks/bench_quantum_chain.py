"""Benchmark: the quantum-chain derivation (seed 001 eqs 4.13-4.20, issue 14).

Times the stages of :func:`symms.models.quantum_chain.build` for one potential and strain (ground
state, finite difference of W_CB, grid convergence, relaxation of eq 4.15, the eq 4.20 pulse study)
and the cost of one coupled RATTLE step (64 fibres x 33 points) on the SymPy-lambdified functions
and on the generated numpy and C kernels (emitted and loaded from a temporary folder).

    python benchmarks/bench_quantum_chain.py [--potential "-8*u**2 + u**3"] [--A 1.5] [--markdown]
"""
from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

import numpy as np

from symms import registry
from symms.model import DerivedModel
from symms.model_file import kernel_entries
from symms.models import quantum_chain as model
from symms.numerics import quantum_chain as qc
from symms.output import write_files
from symms.pipeline import emit, load_backend


def timed(f, *args, **kwargs):
    start = time.perf_counter()
    value = f(*args, **kwargs)
    return value, time.perf_counter() - start


def stages(potential: str, A: float, k: float) -> list[tuple[str, float]]:
    ex = model.expressions(model.parse_potential(potential))
    fn = model.fibre_functions(ex)
    grid = qc.Grid(model.STATIC_POINTS)
    gs, t_gs = timed(qc.ground_state, fn, 1 + A, grid)
    _, t_fd = timed(qc.central_difference, lambda a: qc.ground_state(fn, 1 + a, grid, guess=gs.phi).W, A, model.FD_STEP)
    _, t_conv = timed(model.grid_convergence, fn, A, gs)
    _, t_relax = timed(model.relaxation_study, fn, A)
    _, t_pulse = timed(model.pulse_study, fn, A, k)
    _, t_build = timed(model.build, potential, A, k)
    return [(f"ground state ({grid.n} points, {gs.iterations} steps)", t_gs), ("finite difference of W_CB (4 ground states)", t_fd),
            ("grid convergence", t_conv), ("relaxation, eq 4.15", t_relax),
            (f"pulse study, eq 4.20 ({len(model.PULSE_MASSES)} masses)", t_pulse), ("whole build()", t_build)]


def step_costs(potential: str, A: float, steps: int = 300) -> list[tuple[str, float]]:
    ex = model.expressions(model.parse_potential(potential))
    sources = {"sympy (lambdified)": model.fibre_functions(ex)}
    with tempfile.TemporaryDirectory() as tmp:
        kernels_only = DerivedModel("quantum-chain", "bench", {}, "bench", "bench", kernels=model.kernels(ex))
        folder = write_files(Path(tmp), "quantum-chain", "bench", emit(kernels_only, "bench"), "bench")
        entries = {e["name"]: e for e in kernel_entries(json.loads((folder / "model.json").read_text()))}
        for backend in ("numpy", "c"):
            sources[f"generated {backend}"] = qc.FibreFunctions(
                **{name: load_backend(folder, entries[name], backend) for name in model.KERNELS})
        grid = qc.Grid(model.DYNAMIC_POINTS)
        macro = qc.MacroGrid(model.PULSE_CELLS, 0.5, A)
        gs = qc.ground_state(sources["sympy (lambdified)"], 1 + A, grid)
        u0 = 0.01 * np.exp(-(macro.x - macro.x.mean()) ** 2 / 8)
        phi0 = np.tile(gs.phi, (macro.n, 1))
        rows = []
        for label, fn in sources.items():
            _, seconds = timed(qc.coupled_solve, fn, grid, macro, u0, phi0, 0.02, 0.0, 0.003, steps, 2.0)
            rows.append((f"coupled step, {label}", 1e6 * seconds / steps))
    return rows


def main():
    defaults = registry.get("quantum-chain").resolve()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--potential", default=defaults["potential"])
    parser.add_argument("--A", type=float, default=defaults["A"])
    parser.add_argument("--ion-stiffness", type=float, default=defaults["ion_stiffness"])
    parser.add_argument("--markdown", action="store_true")
    args = parser.parse_args()
    rows = [(label, f"{s:.2f} s") for label, s in stages(args.potential, args.A, args.ion_stiffness)]
    rows += [(label, f"{us:.0f} µs") for label, us in step_costs(args.potential, args.A)]
    if args.markdown:
        print("| stage | time |\n|---|---|")
        for label, value in rows:
            print(f"| {label} | {value} |")
    else:
        for label, value in rows:
            print(f"{label:55s} {value}")


if __name__ == "__main__":
    main()
