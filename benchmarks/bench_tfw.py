"""TFW ground state and stress on 32³ and 64³ grids (issue 13; seed 001 eqs 3.11-3.15, 4.6).

For each grid: one ground state from the fixed initial guess, the stress of eq 4.6 at it (against one
energy evaluation), the 36 warm-started minimisations of the fourth-order finite-difference stress,
and (if DFTpy is installed) DFTpy's own optimiser on the same functional, cell, grid and start.
Kernels: lambdified SymPy and the generated C kernels (derived once into a temporary folder).

    python benchmarks/bench_tfw.py [--grids 32 64] [--no-fd] [--no-dftpy]

Prints a markdown table (seconds, one process, fixed inputs).
"""
from __future__ import annotations

import argparse
import importlib.util
import tempfile
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

from symms import pipeline
from symms.models import tfw
from symms.numerics import tfw as nt
from symms.output import write_files

SIDE, VALENCE, SIGMA = 4.0, 1.0, 0.5


def timed(function, *args, repeat: int = 1, **kwargs):
    best, value = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        value = function(*args, **kwargs)
        best = min(best, time.perf_counter() - start)
    return best, value


def generated_kernels(folder: Path) -> dict:
    """The default variant's C kernels, derived into ``folder`` (the kernels do not depend on the grid)."""
    model = replace(tfw.build(), variant="hartree-N16")
    files = pipeline.emit(model, "symms derive tfw")
    return pipeline.folder_kernels(write_files(folder, "tfw", model.variant, files, "symms derive tfw"), ("c",))


def dftpy_ground_state(solver: nt.TFWSolver, A, econv: float):
    """DFTpy's truncated-Newton optimiser on TF + vW + Hartree + the Gaussian-ion local pseudopotential,
    stopped at its energy criterion ``econv`` (Hartree; DFTpy's default is 1e-5)."""
    from dftpy.field import DirectField
    from dftpy.functional import Functional, TotalFunctional
    from dftpy.functional.hartree import Hartree
    from dftpy.functional.pseudo import LocalPseudo
    from dftpy.functional.pseudo.abstract_pseudo import BasePseudo
    from dftpy.grid import DirectGrid
    from dftpy.ions import Ions
    from dftpy.optimization import Optimization

    class GaussianIon(BasePseudo):
        def __init__(self):
            super().__init__(fname=None, direct=False)
            q = np.linspace(0.0, 60.0, 60001)
            v = np.zeros_like(q)
            v[1:] = -4 * np.pi * VALENCE * np.exp(-0.5 * (SIGMA * q[1:]) ** 2) / q[1:] ** 2
            self.r, self.v, self._zval = q, v, VALENCE

    F = np.eye(3) + A
    grid = DirectGrid(lattice=SIDE * F.T, nr=list(solver.grid_shape), full=True)
    ions = Ions(symbols=["H"], positions=[[0.0, 0.0, 0.0]], cell=SIDE * F.T, pbc=True)
    pseudo = LocalPseudo(grid=grid, ions=ions, PP_list={"H": GaussianIon()}, PME=False)
    total = TotalFunctional(KineticEnergyFunctional=Functional(type="KEDF", name="TFVW"), HARTREE=Hartree(), PSEUDO=pseudo)
    guess = DirectField(grid=grid, griddata_3d=solver.initial_density(A))
    optimiser = Optimization(EnergyEvaluator=total, optimization_method="TN",
                             optimization_options={"econv": econv, "maxiter": 200})
    seconds, rho = timed(optimiser.optimize_rho, guess_rho=guess)
    return seconds, np.asarray(rho)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--grids", type=int, nargs="+", default=[32, 64])
    parser.add_argument("--no-fd", action="store_true", help="skip the 36 finite-difference minimisations")
    parser.add_argument("--no-dftpy", action="store_true", help="skip DFTpy's optimiser")
    args = parser.parse_args(argv)
    args.no_dftpy = args.no_dftpy or importlib.util.find_spec("dftpy") is None
    A = tfw.parse_deformation(tfw.DEFAULT_A)
    lambdified = tfw.lambdified(tfw.tfw_expressions("hartree", SIDE, VALENCE, SIGMA))
    with tempfile.TemporaryDirectory() as tmp:
        backends = {"sympy": lambdified, "C": generated_kernels(Path(tmp))}
        rows = []
        for n in args.grids:
            for backend, functions in backends.items():
                solver = nt.TFWSolver(nt.Cell(SIDE, VALENCE, SIGMA, n), functions)
                t_gs, state = timed(solver.ground_state, A)
                t_energy, _ = timed(solver._evaluate, A, state.psi, False, repeat=3)
                fields = solver._evaluate(A, state.psi, False)[2]
                t_stress, _ = timed(solver._stress_terms, A, *fields, state.lam, repeat=3)
                t_fd = float("nan")
                gap = float("nan")
                if not args.no_fd:
                    t_fd, P_fd = timed(nt.finite_difference_stress, solver, state)
                    gap = float(np.abs(P_fd - state.stress).max() / np.abs(P_fd).max())
                peer = []
                if not args.no_dftpy and backend == "C":
                    uniform = np.full(solver.grid_shape, VALENCE / (np.linalg.det(np.eye(3) + A) * SIDE ** 3))
                    W_el = state.W - solver.energy(A, uniform)["hartree"]
                    for econv in (1e-5, 1e-11):
                        t_dftpy, rho = dftpy_ground_state(solver, A, econv)
                        dE = (solver.energy(A, solver.normalise(A, rho))["total"] - state.W) / abs(W_el)
                        peer.append(f"{t_dftpy:.3g} s, dE {dE:.0e}")
                rows.append((n, backend, t_gs, state.iterations, t_energy, t_stress, t_fd, gap, "; ".join(peer) or "-"))
                print(f"  done {n}^3 {backend}", flush=True)
    print("| grid | kernels | ground state s | iterations | one energy s | stress (eq 4.6) s | FD stress (36 min.) s "
          "| FD gap | DFTpy TN, econv 1e-5; 1e-11 (dE: relative electronic energy above ours) |")
    print("|---|---|---|---|---|---|---|---|---|")
    for n, backend, t_gs, it, t_e, t_s, t_fd, gap, peer in rows:
        print(f"| {n}^3 | {backend} | {t_gs:.3g} | {it} | {t_e:.3g} | {t_s:.3g} | {t_fd:.3g} | {gap:.1e} | {peer} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
