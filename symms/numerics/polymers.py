"""Brownian dynamics of dumbbells and rods (seed 001 §6, eqs 6.3-6.4): the independent numerics.

Nothing here uses the SymPy side or the moment equations: these are particle simulations of the
stochastic equations themselves, and ensemble statistics with standard errors.

- Dumbbells, eq 6.3 at a point (U = 0 convected away, κ = ∇ₓᵀU with κ_ij = ∂U_i/∂x_j):
  dz = (κ z − f(z)/(2 De)) dt + √(1/De) dW, f(z) = h(|z|²) z with h = 1 (Hookean) or
  h = 1/(1 − |z|²/b) (FENE).  Hookean: the stochastic Heun predictor–corrector (weak order 2
  for additive noise).  FENE: Öttinger's semi-implicit predictor–corrector, whose corrector
  solves a cubic for the new length so that |z|² < b always (no rejection needed).
- Rods, eq 6.4 with f = 0: dm = (I − m m) ∘ (v dt + σ dW), σ = √(2/De), by the projected
  and normalised step m ← (m + v Δt + σ P(m) ΔW)/|·|, a weak first-order scheme of the
  Stratonovich equation on the sphere; v is Jeffery's (I − m m)κm or, to expose the seed's
  typo, the m × κm that eq 6.4 prints.

Statistics: the ``groups`` independent sub-ensembles give independent estimates of each
average, and the standard error is their spread / √groups (batch means over particles, which are
independent, so time-correlations never enter).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..errors import InputError


@dataclass(frozen=True)
class Estimate:
    """Ensemble averages and their standard errors (same shapes)."""

    mean: np.ndarray
    error: np.ndarray


def _check_run(De: float, dt: float, steps: int, count: int) -> None:
    if not De > 0:
        raise InputError(f"the Deborah number De must be positive, got {De}")
    if not dt > 0:
        raise InputError(f"the time step must be positive, got {dt}")
    if steps < 1 or count < 2:
        raise InputError(f"need at least one step and two particles, got {steps} steps and {count} particles")


def _check_kappa(kappa, d: int) -> np.ndarray:
    kappa = np.asarray(kappa, dtype=float)
    if kappa.shape != (d, d) or not np.all(np.isfinite(kappa)):
        raise InputError(f"the velocity gradient kappa must be a finite {d}x{d} matrix, got shape {kappa.shape}")
    return kappa


def grouped(samples: np.ndarray, groups: int) -> Estimate:
    """Mean over axis 0 of ``samples`` (particles first) and the standard error from ``groups``
    equal, independent sub-ensembles (batch means): the ensemble averages of eqs 6.3-6.4's τ_p."""
    n = samples.shape[0] - samples.shape[0] % groups
    means = samples[:n].reshape(groups, n // groups, *samples.shape[1:]).mean(axis=1)
    return Estimate(means.mean(axis=0), means.std(axis=0, ddof=1) / np.sqrt(groups))


# --------------------------------------------------------------------------- dumbbells (eq 6.3)

def hookean_heun(z0: np.ndarray, kappa, De: float, dt: float, steps: int, rng: np.random.Generator,
                 noise: float | None = None, record_every: int = 1):
    """Eq 6.3 for Hookean dumbbells (f = z) by the stochastic Heun scheme; the states every
    ``record_every`` steps, shape (records + 1, N, d), starting with z0.

    ``noise`` replaces the amplitude √(1/De) (a negative control only).
    """
    z = np.array(z0, dtype=float)
    count, d = z.shape
    _check_run(De, dt, steps, count)
    kappa = _check_kappa(kappa, d)
    sigma = np.sqrt(1 / De) if noise is None else noise
    M = kappa - np.eye(d) / (2 * De)           # the drift z ↦ κz − z/(2De), as a matrix acting on rows
    out = [z.copy()]
    for step in range(1, steps + 1):
        dW = rng.standard_normal(z.shape) * (sigma * np.sqrt(dt))
        drift = z @ M.T
        predicted = z + drift * dt + dW
        z = z + 0.5 * (drift + predicted @ M.T) * dt + dW
        if step % record_every == 0:
            out.append(z.copy())
    return np.array(out)


def fene_spring(z: np.ndarray, b: float) -> np.ndarray:
    """f(z) = z / (1 − |z|²/b), the FENE spring of eq 6.3."""
    return z / (1 - np.sum(z * z, axis=-1, keepdims=True) / b)


def fene_corrector_length(R: np.ndarray, b: float, c: float) -> np.ndarray:
    """The root L in (0, √b) of L (1 + c/(1 − L²/b)) = R (vectorised).

    Multiplied out: L³ − R L² − b(1 + c) L + b R = 0, a cubic with p(0) = bR ≥ 0 and
    p(√b) = −c b^{3/2} < 0, so three real roots and the middle one is wanted (Öttinger's
    semi-implicit FENE corrector); by the trigonometric formula (k = 0 is the largest root, k = 2
    the smallest).
    """
    a2, a1, a0 = -R, -b * (1 + c), b * R
    a2sq = a2 * a2
    p = a1 - a2sq / 3
    q = a2 * (2 * a2sq / 27 - a1 / 3) + a0
    r = np.sqrt(-p / 3)
    angle = np.arccos(np.clip(-q / (2 * r * r * r), -1.0, 1.0)) / 3
    return 2 * r * np.cos(angle - 2 * np.pi / 3) - a2 / 3    # k = 1 of t_k = 2r cos(θ/3 − 2πk/3): the middle root


def fene_semi_implicit(z0: np.ndarray, kappa, De: float, b: float, dt: float, steps: int, rng: np.random.Generator,
                       record_every: int = 1):
    """Eq 6.3 for FENE dumbbells by Öttinger's semi-implicit predictor–corrector; states every
    ``record_every`` steps, shape (records + 1, N, d).

    Predictor: z* = z + (κz − f(z)/(2De)) Δt + √(Δt/De) ξ.  Corrector:
    z' + (Δt/(4De)) f(z') = z + ½ κ (z + z*) Δt − (Δt/(4De)) f(z) + √(Δt/De) ξ; its left side is
    z' (1 + c/(1 − |z'|²/b)), c = Δt/(4De), so z' is parallel to the right side and its length is
    :func:`fene_corrector_length`: |z'|² < b at every step.
    """
    z = np.array(z0, dtype=float)
    count, d = z.shape
    _check_run(De, dt, steps, count)
    kappa = _check_kappa(kappa, d)
    if not b > 0 or np.any(np.sum(z * z, axis=1) >= b):
        raise InputError(f"FENE dumbbells need b > 0 and every |z|^2 < b at the start (b = {b})")
    c = dt / (4 * De)
    out = [z.copy()]
    for step in range(1, steps + 1):
        dW = rng.standard_normal(z.shape) * np.sqrt(dt / De)
        f = fene_spring(z, b)
        predicted = z + (z @ kappa.T - f / (2 * De)) * dt + dW
        rhs = z + 0.5 * (z + predicted) @ kappa.T * dt - c * f + dW
        R = np.linalg.norm(rhs, axis=1)
        L = fene_corrector_length(R, b, c)
        z = rhs * (L / np.where(R > 0, R, 1.0))[:, None]
        if step % record_every == 0:
            out.append(z.copy())
    return np.array(out)


def fene_equilibrium(count: int, d: int, b: float, rng: np.random.Generator) -> np.ndarray:
    """Exact samples of the FENE equilibrium ψ ∝ (1 − |z|²/b)^{b/2}: |z|²/b ~ Beta(d/2, b/2 + 1),
    direction uniform."""
    u = rng.beta(d / 2, b / 2 + 1, size=count)
    direction = rng.standard_normal((count, d))
    direction /= np.linalg.norm(direction, axis=1, keepdims=True)
    return direction * np.sqrt(b * u)[:, None]


def kramers_stress(z: np.ndarray, spring) -> np.ndarray:
    """τ_p = f(z) ⊗ z per particle (eqs 6.1, 6.3), shape (..., d, d); ``spring(z)`` gives f(z)."""
    f = spring(z)
    return f[..., :, None] * z[..., None, :]


# --------------------------------------------------------------------------- rods (eq 6.4)

def rod_drift(m: np.ndarray, kappa: np.ndarray, form: str) -> np.ndarray:
    """The flow drift of a rod: ``jeffery`` (I − m m) κ m (what eq 6.2 implies), or ``seed``
    (I − m m)(m × κ m) = m × κ m as eq 6.4 prints it."""
    km = m @ kappa.T
    if form == "jeffery":
        return km - np.sum(m * km, axis=1, keepdims=True) * m
    if form == "seed":
        return np.cross(m, km)
    raise InputError(f"unknown rod drift {form!r}: use 'jeffery' or 'seed'")


def rod_bd(m0: np.ndarray, kappa, De: float, dt: float, steps: int, rng: np.random.Generator,
           noise: float | None = None, drift: str = "jeffery", record_every: int = 1):
    """Eq 6.4 with f = 0: dm = (I − m m) ∘ (v dt + √(2/De) dW) with the flow velocity v of
    :func:`rod_drift`, by the projected step m + v Δt + σ P(m) ΔW followed by normalisation (a weak
    first-order scheme of the Stratonovich equation on the sphere); unit vectors every
    ``record_every`` steps, shape (records + 1, N, 3).  ``noise`` replaces √(2/De) (a negative control only)."""
    m = np.array(m0, dtype=float)
    _check_run(De, dt, steps, m.shape[0])
    if m.ndim != 2 or m.shape[1] != 3 or not np.allclose(np.linalg.norm(m, axis=1), 1.0):
        raise InputError("rods are unit vectors in 3D: pass an (N, 3) array of unit vectors")
    kappa = _check_kappa(kappa, 3)
    flowing = bool(np.any(kappa))
    sigma = np.sqrt(2 / De) if noise is None else noise
    out = [m.copy()]
    for step in range(1, steps + 1):
        dW = rng.standard_normal(m.shape) * (sigma * np.sqrt(dt))
        m = m + dW - np.sum(m * dW, axis=1, keepdims=True) * m + (rod_drift(m, kappa, drift) * dt if flowing else 0.0)
        m /= np.linalg.norm(m, axis=1, keepdims=True)
        if step % record_every == 0:
            out.append(m.copy())
    return np.array(out)


def uniform_on_sphere(count: int, rng: np.random.Generator) -> np.ndarray:
    """Isotropic rods, the equilibrium of eqs 6.2/6.4 with f = 0."""
    m = rng.standard_normal((count, 3))
    return m / np.linalg.norm(m, axis=1, keepdims=True)
