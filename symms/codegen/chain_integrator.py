"""Velocity Verlet for the particle chain of seed 002 (eqs 4.1-4.3) in generated C.

The force Φ'(ξ) is differentiated from the SymPy pair energy Φ(ξ) of the chain's pair
(:class:`symms.models.closure.NumpyPair` ``expression``), lowered like any expression kernel
(:mod:`symms.codegen.expression`, CSE, folded constants), printed by the C backend's printer into
``templates/chain_verlet.c.j2``, compiled once per source by :func:`symms.codegen.compile.build`
and loaded with ctypes.  One call runs all the steps in C (single core), checking at every step
that no particles cross (q_{j+1} > q_j on the ring) and, for a finite-range pair, that
N (q_{j+2} - q_j) > x⋆ (nearest-neighbour forces valid); a failure comes back as a step and an
index and is raised by the chain's own check, with the numpy integrator's message.
"""
from __future__ import annotations

import ctypes
from functools import lru_cache

import numpy as np
import sympy as sp

from ..errors import DerivationError, InputError, KernelError
from .c_backend import Printer
from .compile import build
from .expression import lower, printed
from .printing import environment

_double_p = ctypes.POINTER(ctypes.c_double)
_long_p = ctypes.POINTER(ctypes.c_long)
_INTEGER_POWERS = 16


class ForcePrinter(Printer):
    """The C backend's printer with integer powers up to 16 by repeated squaring (Lennard-Jones'
    ξ^-13 without ``pow``); gcc folds the repeated squares (plain CSE, no reassociation)."""

    def _print_Pow(self, expr):
        base, exp = expr.as_base_exp()
        if exp.is_Integer and 8 < abs(int(exp)) <= _INTEGER_POWERS:
            body = _square_and_multiply(f"({self._print(base)})", abs(int(exp)))
            return body if exp > 0 else f"(1.0/{body})"
        return super()._print_Pow(expr)


def _square_and_multiply(base: str, n: int) -> str:
    if n == 1:
        return base
    half = _square_and_multiply(base, n // 2)
    return f"({half}*{half}*{base})" if n % 2 else f"({half}*{half})"


def source(energy: sp.Expr) -> str:
    """The C source of the integrator for the pair energy Φ(ξ) (a SymPy expression in one symbol, ξ)."""
    from ..model import Array, ExpressionKernel

    if len(energy.free_symbols) > 1:
        raise InputError(f"pair energy must depend on one variable (xi), found {sorted(map(str, energy.free_symbols))}: "
                         f"substitute numbers")
    xi = next(iter(energy.free_symbols), sp.Symbol("xi"))
    force = sp.piecewise_fold(sp.diff(energy, xi))
    kernel = ExpressionKernel("pair_force", "Phi'(xi)", (Array("xi", (), (xi,)),), (Array("force", (), (force,)),))
    block = printed(lower([kernel]), ForcePrinter({"order": "none"}))["kernels"][0]
    return environment().get_template("chain_verlet.c.j2").render(
        header="symms chain integrator (seed 002 eqs 4.1-4.3), generated from the pair energy below; cache only",
        energy=" ".join(sp.sstr(energy).split()).replace("*/", "* /"), argument=block["inputs"][0][2][0], temps=block["temps"],
        force=block["outputs_printed"][0])


@lru_cache(maxsize=16)
def library(energy: sp.Expr) -> ctypes.CDLL:
    """The compiled integrator for Φ (built once per source, loaded once per process)."""
    lib = ctypes.CDLL(str(build(source(energy), "chain_verlet", flags=("-O3",))))
    lib.symms_chain_verlet.argtypes = [ctypes.c_long, ctypes.c_double, ctypes.c_double, ctypes.c_double, ctypes.c_double,
                                       ctypes.c_long, ctypes.c_long, _double_p, _double_p, _double_p, _double_p,
                                       _double_p, _long_p, _long_p]
    lib.symms_chain_verlet.restype = ctypes.c_int
    return lib


def _state(chain, value, name) -> np.ndarray:
    array = np.array(value, dtype=np.float64, order="C")
    if array.shape != (chain.particles,) or not np.all(np.isfinite(array)):
        raise InputError(f"{name} must be {chain.particles} finite numbers (one per particle), got shape {array.shape}")
    return array


def _check_steps(dt, steps, record_every) -> None:
    integral = lambda n: isinstance(n, (int, np.integer)) and not isinstance(n, bool)
    if not (integral(steps) and steps >= 0 and integral(record_every) and record_every >= 1
            and isinstance(dt, (int, float, np.floating)) and np.isfinite(dt) and dt > 0):
        raise InputError(f"need dt > 0, integers steps >= 0 and record_every >= 1; got {dt!r}, {steps!r}, {record_every!r}")


def _pointer(array):
    return None if array is None else array.ctypes.data_as(_double_p)


def _run(chain, q, v, dt, steps, record_every, Q, V):
    """Call the C integrator on the arrays in place; raise the chain's own error on a failed check."""
    if chain.pair.expression is None:
        raise InputError("the C integrator needs the pair energy as a SymPy expression: build the pair with "
                         "symms.models.closure.pair_numpy (or numpy_pair, fpu_pair, lennard_jones_pair)")
    chain.check(q)
    work = np.empty(2 * chain.particles)
    step, index = ctypes.c_long(0), ctypes.c_long(0)
    rc = library(chain.pair.expression).symms_chain_verlet(
        chain.particles, float(chain.length), float(chain.mass), float(chain.pair.reach), float(dt), int(steps),
        int(record_every), _pointer(q), _pointer(v), _pointer(work), _pointer(Q), _pointer(V),
        ctypes.byref(step), ctypes.byref(index))
    if rc:
        chain.check(q, step.value, DerivationError)  # the numpy integrator's message, from the same positions
        what = "coincide or cross" if rc == 1 else "are within the range of the pair"
        raise KernelError(f"C integrator: particles at index {index.value} {what} at step {step.value}, "
                          f"which the numpy check does not see (rounding); reduce the time step")


def verlet(chain, q0, v0, dt: float, steps: int, record_every: int = 1):
    """Velocity Verlet for eq 4.3 in C: the same arguments and results (to rounding) as
    :func:`symms.numerics.particle_chain.verlet` — times, positions and velocities every
    ``record_every`` steps, the initial state included; DerivationError naming step and index if
    particles cross or come within the pair's range."""
    _check_steps(dt, steps, record_every)
    q, v = _state(chain, q0, "q0"), _state(chain, v0, "v0")
    rows = steps // record_every + 1
    Q, V = np.empty((rows, chain.particles)), np.empty((rows, chain.particles))
    Q[0], V[0] = q, v
    _run(chain, q, v, dt, steps, record_every, Q, V)
    return np.arange(rows) * record_every * dt, Q, V


def advance(chain, q, v, dt: float, steps: int):
    """Run ``steps`` Verlet steps from (q, v) without recording and return the final (q, v) (new arrays).

    For long runs (the study's N up to 8·10⁴) that need only a few observation times: call it once per
    observation interval and average in between; splitting a run into segments gives bit-for-bit the
    state of one long run (the accelerations at the start of a segment are recomputed from the same q)."""
    _check_steps(dt, steps, 1)
    q, v = _state(chain, q, "q"), _state(chain, v, "v")
    _run(chain, q, v, dt, steps, 1, None, None)
    return q, v
