"""Numerics of the 1D quantum chain (seed 001 §4, eqs 4.13-4.20) in the fibre's reference coordinate.

The fibre of one cell is z in [0, L), L = 1 + A, periodic.  Everything here works in the fixed
coordinate s = z / L in [0, 1) with the profile rescaled so that the constraint keeps its form:

    φ(s) = sqrt(L) ψ(L s),   ∫_0^1 φ² ds = ∫_0^L ψ² dz = 1                        (eq 4.14)
    W(L, φ) = ∫_0^1 [φ_s²/L² + L V(φ²/L)] ds = ∫_0^L (ψ_z² + V(ψ²)) dz            (eq 4.13)
    m φ_tt + η φ_t = φ_ss/L² - V'(φ²/L) φ + λ φ                                    (eq 4.15 × sqrt(L))

The pointwise functions of (φ, φ_s, φ_ss, L, λ) are supplied by the caller as a
:class:`FibreFunctions` (lambdified SymPy source or the generated numpy/C kernels); this module
adds the Fourier derivatives, the cell averages, the ground-state solver, the RATTLE integrator of
eq 4.15 and the coupled macro-micro system of eq 4.20.  Fourier grids have an odd number of points:
the Nyquist mode of an even grid has no first derivative, so (φ_s)² would not be the quadratic form
of -φ_ss and the discrete energy, its gradient and the stress would not be consistent.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

from ..errors import DerivationError, InputError


@dataclass(frozen=True)
class FibreFunctions:
    """The pointwise functions of the fibre, each broadcast over arrays (s-coordinates, see module doc).

    - ``energy_density(phi, dphi, L)``: w = φ_s²/L² + L V(φ²/L); W = ∫_0^1 w ds          (eq 4.13)
    - ``fibre_force(phi, d2phi, L)``: r = φ_ss/L² - V'(φ²/L) φ, the right side of eq 4.15 without λφ
    - ``stress_density(phi, dphi, L)``: ∂w/∂L = -2φ_s²/L³ + V(φ²/L) - V'(φ²/L) φ²/L; its cell
      average is ∂W/∂A at fixed φ, the flux of eq 4.20
    - ``first_integral(phi, dphi, L, lam)``: e = -ψ_z² + V(ψ²) - λψ² (ψ_z² = φ_s²/L³, ψ² = φ²/L),
      constant in z at a solution of eq 4.17 and equal to dW_CB/dA (the corrected eqs 4.16, 4.18)
    """

    energy_density: Callable
    fibre_force: Callable
    stress_density: Callable
    first_integral: Callable


@dataclass(frozen=True)
class Grid:
    """``n`` (odd) equispaced points s_i = i/n on the periodic cell [0, 1), with Fourier derivatives."""

    n: int

    def __post_init__(self):
        if not isinstance(self.n, (int, np.integer)) or self.n < 5 or self.n % 2 == 0:
            raise InputError(f"the fibre grid needs an odd number of points >= 5 (the Nyquist mode of an even grid "
                             f"has no derivative), got {self.n!r}")

    @property
    def s(self) -> np.ndarray:
        return np.arange(self.n) / self.n

    @property
    def wavenumbers(self) -> np.ndarray:
        return 2 * np.pi * np.arange(self.n // 2 + 1)

    def d1(self, f):
        return np.fft.irfft(1j * self.wavenumbers * np.fft.rfft(f, axis=-1), self.n, axis=-1)

    def d2(self, f):
        return np.fft.irfft(-self.wavenumbers ** 2 * np.fft.rfft(f, axis=-1), self.n, axis=-1)

    def derivatives(self, f):
        """(f_s, f_ss) from one forward transform."""
        c = np.fft.rfft(f, axis=-1)
        k = self.wavenumbers
        return np.fft.irfft(1j * k * c, self.n, axis=-1), np.fft.irfft(-k ** 2 * c, self.n, axis=-1)

    @staticmethod
    def mean(f):
        """∫_0^1 f ds (the trapezoidal rule, spectrally accurate for periodic f)."""
        return np.mean(f, axis=-1)


def _array(value, like) -> np.ndarray:
    """A kernel result as a float array of the shape of ``like`` (a lambdified constant is a scalar)."""
    return np.broadcast_to(np.asarray(value, dtype=float), np.shape(like))


def energy(fn: FibreFunctions, grid: Grid, phi, L):
    """W(L, φ) of eq 4.13 (one value per fibre for φ of shape (..., n), L of shape (...))."""
    L = np.asarray(L, dtype=float)
    return grid.mean(_array(fn.energy_density(phi, grid.d1(phi), L[..., None]), phi))


def force(fn: FibreFunctions, grid: Grid, phi, L):
    """r = φ_ss/L² - V'(φ²/L) φ on the grid: the right side of eq 4.15 without λφ."""
    L = np.asarray(L, dtype=float)
    return _array(fn.fibre_force(phi, grid.d2(phi), L[..., None]), phi)


def partial_stress(fn: FibreFunctions, grid: Grid, phi, L):
    """∂W/∂A at fixed φ: the cell average of the stress density (the flux of eq 4.20)."""
    L = np.asarray(L, dtype=float)
    return grid.mean(_array(fn.stress_density(phi, grid.d1(phi), L[..., None]), phi))


def first_integral(fn: FibreFunctions, grid: Grid, phi, L, lam):
    """e(z) = -ψ_z² + V(ψ²) - λψ² on the grid (corrected eq 4.18; constant at a solution of eq 4.17)."""
    L, lam = np.asarray(L, dtype=float), np.asarray(lam, dtype=float)
    return _array(fn.first_integral(phi, grid.d1(phi), L[..., None], lam[..., None]), phi)


def multiplier(r, phi):
    """λ = -∫ φ r ds: the Lagrange multiplier of eq 4.17 for a normalised φ (exact for a solution,
    the Rayleigh quotient of -φ_ss/L² + V'(φ²/L) otherwise)."""
    return -Grid.mean(phi * r)


def normalised(phi):
    """φ / (∫φ² ds)^{1/2}, fibre by fibre (eq 4.14)."""
    return phi / np.sqrt(Grid.mean(phi * phi))[..., None]


@dataclass(frozen=True)
class GroundState:
    """A minimiser of W(L, ·) under ∫φ² = 1 (eqs 4.13-4.14, 4.17) on a :class:`Grid`.

    ``F`` is the cell average of the first integral (the corrected eq 4.19), ``F_partial`` the
    cell average of the stress density (∂W/∂A at fixed φ); at a solution of eq 4.17 both are
    dW_CB/dA.  ``residual`` is the relative residual of eq 4.17 (:func:`_residual`).
    """

    L: float
    grid: Grid
    phi: np.ndarray
    lam: float
    W: float
    F: float
    F_partial: float
    spread: float  # max - min of the first integral over the grid
    residual: float
    iterations: int

    @property
    def z(self) -> np.ndarray:
        return self.L * self.grid.s

    @property
    def psi(self) -> np.ndarray:
        return self.phi / np.sqrt(self.L)


ROUNDING = 1e3 * np.finfo(float).eps  # energy decreases smaller than this (relative) are rounding


def _residual(grid, phi, r, lam, L):
    """max|r + λφ| relative to the sizes of its terms, max|φ_ss|/L² + max|r| + |λ| max|φ|, plus
    (2π/L)² max|φ| (the first mode's kinetic scale: keeps the measure meaningful when V'(ψ²) ≈ 0)."""
    scale = (np.abs(grid.d2(phi)).max() / L ** 2 + np.abs(r).max()
             + (abs(lam) + (2 * np.pi / L) ** 2) * np.abs(phi).max())
    return float(np.abs(r + lam * phi).max() / scale)


def _even(phi):
    """The part of ``phi`` even about s = 0: (φ(s) + φ(-s))/2 on the grid."""
    return 0.5 * (phi + np.roll(phi[::-1], 1))


def _centred(grid, phi):
    """``phi`` translated by half a cell if its larger extremum is at s = 1/2 rather than s = 0.

    Even profiles peak at s = 0 or s = 1/2; fixing the peak at s = 0 makes the ground states of
    neighbouring L comparable point by point (interpolation in L, the coupled system's start).
    The shift multiplies the Fourier coefficient of wavenumber 2πk by (-1)^k (exact, odd n).
    """
    shifted = np.fft.irfft(np.fft.rfft(phi) * (-1.0) ** np.arange(grid.n // 2 + 1), grid.n)
    return shifted if shifted[0] > phi[0] else phi


def ground_state(fn: FibreFunctions, L: float, grid: Grid, guess=None, tol: float = 1e-12,
                 max_iter: int = 20000) -> GroundState:
    """The ground state of eqs 4.13-4.14 at cell length L by a normalised, preconditioned gradient flow.

    Each step is eq 4.15 with m = 0 (pure relaxation) discretised semi-implicitly: the gradient
    g = -(r + λφ) of the constrained energy is preconditioned by k²/L² + 1/L² + |λ| (the kinetic
    part plus the multiplier's scale, so every Fourier mode relaxes at a comparable rate), a step of
    length τ <= 1 is taken and φ is renormalised.  τ is halved until W decreases (Armijo) and doubled
    after each success; once the decrease is below W's rounding, the preconditioned gradient norm
    must decrease instead (it does for every stable step), so no unstable mode can grow unseen.
    The flow is restricted to profiles even about s = 0 (the ground state is even about its peak):
    this removes the translation mode of the periodic fibre and the grid's exponentially small
    preference between peak positions.  The default guess is the fixed even profile
    1 + cos(2πs)/2 (normalised), so the result is deterministic.
    Raises InputError for L <= 0 and DerivationError, with the residual and the number of
    iterations, when the relative residual is still above ``tol`` after ``max_iter`` steps.
    """
    if not np.isfinite(L) or L <= 0:
        raise InputError(f"the cell length L = 1 + A must be positive, got L = {L} (A = {L - 1}); choose A > -1")
    phi = _even(normalised(1 + 0.5 * np.cos(2 * np.pi * grid.s) if guess is None else np.asarray(guess, dtype=float)))
    kinetic = grid.wavenumbers ** 2 / L ** 2
    W, r = energy(fn, grid, phi, L), force(fn, grid, phi, L)
    lam, tau = multiplier(r, phi), 1.0
    for iteration in range(max_iter + 1):
        residual = _residual(grid, phi, r, lam, L)
        if not np.isfinite(residual):
            raise DerivationError(f"ground state at L = {L:g}: the gradient flow blew up after {iteration} iterations "
                                  "(is V defined for every u = psi^2 >= 0?)")
        if residual <= tol:
            break
        if iteration == max_iter:
            raise DerivationError(f"ground state at L = {L:g} did not converge: relative residual {residual:.2e} after "
                                  f"{max_iter} iterations (tolerance {tol:.0e}); raise max_iter or loosen tol")
        precondition = kinetic + 1 / L ** 2 + abs(lam)
        g = r + lam * phi
        step = np.fft.irfft(np.fft.rfft(g) / precondition, grid.n)
        descent = Grid.mean(step * g)
        while True:
            trial = normalised(_even(phi + tau * step))
            W_trial, r_trial = energy(fn, grid, trial, L), force(fn, grid, trial, L)
            lam_trial = multiplier(r_trial, trial)
            if tau * descent >= ROUNDING * (1 + abs(W)):
                accepted = W_trial <= W - 0.25 * tau * descent
            else:  # W cannot resolve the decrease: the preconditioned gradient norm must fall
                g_trial = r_trial + lam_trial * trial
                accepted = Grid.mean(np.fft.irfft(np.fft.rfft(g_trial) / precondition, grid.n) * g_trial) <= descent
            if accepted or tau < 1e-12:
                break
            tau *= 0.5
        if not accepted:
            raise DerivationError(f"ground state at L = {L:g}: no step decreases the energy at iteration {iteration} "
                                  f"(relative residual {residual:.2e}); loosen tol (rounding floor reached)")
        phi, W, r, lam, tau = trial, W_trial, r_trial, lam_trial, min(2 * tau, 1.0)
    phi = _centred(grid, phi)
    e = first_integral(fn, grid, phi, L, lam)
    return GroundState(float(L), grid, phi, float(lam), float(energy(fn, grid, phi, L)), float(Grid.mean(e)),
                       float(partial_stress(fn, grid, phi, L)), float(e.max() - e.min()), residual, iteration)


def central_difference(f: Callable[[float], float], x: float, h: float) -> float:
    """f'(x) by Richardson-extrapolated central differences: (4 D(h/2) - D(h))/3, D(h) = (f(x+h) - f(x-h))/2h.

    The error is O(h^4) plus rounding of order eps |f| / h.
    """
    def D(step):
        return (f(x + step) - f(x - step)) / (2 * step)

    return (4 * D(h / 2) - D(h)) / 3


# --------------------------------------------------------------------------- dynamics (eqs 4.15, 4.20)

def check_time_step(dt: float, m: float, eta: float, grid: Grid, L) -> None:
    """One-line InputErrors for a non-positive time step, mass or negative damping, and for a step
    that does not resolve the fibre's fastest (kinetic) mode, ω = k_max/(L sqrt(m)): Verlet needs dt ω < 2."""
    if not (np.isfinite(dt) and dt > 0):
        raise InputError(f"the time step must be positive, got dt = {dt}")
    if not (np.isfinite(m) and m > 0) or not (np.isfinite(eta) and eta >= 0):
        raise InputError(f"the fibre mass m must be > 0 and the damping eta >= 0; got m = {m}, eta = {eta}")
    omega = grid.wavenumbers[-1] / (float(np.min(L)) * np.sqrt(m))
    if dt * omega >= 2:
        raise InputError(f"time step {dt:g} does not resolve the fibre's fastest mode: need dt < 2/omega = "
                         f"{2 / omega:.3g} (omega = k_max/(L sqrt(m)) for {grid.n} points)")


@dataclass(frozen=True)
class Rattle:
    """RATTLE (Störmer–Verlet with projections) for m φ_tt + η φ_t = r + λφ, ∫φ² = 1 (eq 4.15).

    λ is the multiplier of the position constraint ∫φ² ds = 1 (a quadratic equation per fibre),
    μ that of its time derivative ∫φ φ_t ds = 0 (linear); the damping is explicit in the first
    half kick and implicit in the second, as in the chain-dynamics solver.  Arrays have the grid
    along the last axis and one fibre per leading index.
    """

    m: float
    eta: float
    dt: float

    def first_half(self, phi, pi, r):
        """Half kick and drift: (φ at t + dt, φ_t at t + dt/2), λ chosen so that the new φ is normalised."""
        c = self.dt / (2 * self.m)
        a = phi + self.dt * (pi + c * (r - self.eta * pi))
        p2, ap, a2 = Grid.mean(phi * phi), Grid.mean(a * phi), Grid.mean(a * a)
        disc = ap ** 2 - p2 * (a2 - 1)
        if np.any(disc < 0) or np.any(ap <= 0):
            raise DerivationError(f"RATTLE: no multiplier keeps the fibre normalised at time step {self.dt:g}; "
                                  "reduce the time step")
        x = -(a2 - 1) / (ap + np.sqrt(disc))  # the root of p2 x^2 + 2 ap x + a2 - 1 = 0 nearest 0
        phi_new = a + x[..., None] * phi
        return phi_new, (phi_new - phi) / self.dt

    def second_half(self, phi, pi_half, r):
        """Half kick at t + dt with φ_t projected onto the tangent space ∫φ φ_t = 0."""
        c = self.dt / (2 * self.m)
        b = pi_half + c * r
        mu = -Grid.mean(phi * b) / (c * Grid.mean(phi * phi))
        return (b + c * mu[..., None] * phi) / (1 + c * self.eta)


def dynamic_multiplier(r, phi, pi, m):
    """λ(t) = -∫φ r ds - m ∫φ_t² ds: eq 4.15's multiplier, from differentiating ∫φ² = 1 twice
    (∫φ φ_tt = -∫φ_t²; the damping term drops because ∫φ φ_t = 0)."""
    return multiplier(r, phi) - m * Grid.mean(pi * pi)


@dataclass(frozen=True)
class Relaxation:
    """Samples of eq 4.15 at fixed L: times, W(t), H(t) = W + m∫φ_t², λ(t), the corrected eq 4.19
    with λ(t) (``F``), ∂W/∂A at fixed φ (``F_partial``) and max - min over z of the first integral
    with λ(t) (``spread``); ``phi`` is the final profile."""

    t: np.ndarray
    W: np.ndarray
    H: np.ndarray
    lam: np.ndarray
    F: np.ndarray
    F_partial: np.ndarray
    spread: np.ndarray
    phi: np.ndarray


def relax(fn: FibreFunctions, grid: Grid, L: float, m: float, eta: float, dt: float, T: float,
          phi0=None, samples: int = 200) -> Relaxation:
    """Integrate the relaxation dynamics of eq 4.15 at fixed cell length L from rest (RATTLE, :class:`Rattle`).

    ``phi0`` defaults to the ground-state solver's fixed guess 1 + cos(2πs)/2 (normalised).
    Returns about ``samples`` equally spaced samples (and the start and end).
    """
    if not np.isfinite(L) or L <= 0:
        raise InputError(f"the cell length L = 1 + A must be positive, got L = {L}; choose A > -1")
    check_time_step(dt, m, eta, grid, L)
    if not (np.isfinite(T) and T > 0):
        raise InputError(f"the final time must be positive, got T = {T}")
    step = Rattle(m, eta, dt)
    phi = normalised(1 + 0.5 * np.cos(2 * np.pi * grid.s) if phi0 is None else np.asarray(phi0, dtype=float))
    pi = np.zeros_like(phi)
    r = force(fn, grid, phi, L)
    steps = int(round(T / dt))
    every = max(1, steps // samples)
    rows = []

    def sample(n):
        lam = dynamic_multiplier(r, phi, pi, m)
        W = energy(fn, grid, phi, L)
        e = first_integral(fn, grid, phi, L, lam)
        rows.append((n * dt, W, W + m * Grid.mean(pi * pi), lam, Grid.mean(e), partial_stress(fn, grid, phi, L),
                     e.max() - e.min()))

    sample(0)
    for n in range(1, steps + 1):
        phi, pi_half = step.first_half(phi, pi, r)
        r = force(fn, grid, phi, L)
        pi = step.second_half(phi, pi_half, r)
        if n % every == 0 or n == steps:
            sample(n)
    return Relaxation(*(np.array(c, dtype=float) for c in zip(*rows)), phi)


@dataclass(frozen=True)
class MacroGrid:
    """Periodic staggered macro grid: displacement u_j at nodes x_j = j h, strain
    A_j = A0 + (u_{j+1} - u_j)/h and one fibre per cell (j, j + 1)."""

    n: int
    h: float
    A0: float

    @property
    def x(self) -> np.ndarray:
        return np.arange(self.n) * self.h

    def strain(self, u):
        return self.A0 + (np.roll(u, -1) - u) / self.h

    def divergence(self, F):
        return (F - np.roll(F, 1)) / self.h


def _lengths(macro: MacroGrid, u) -> np.ndarray:
    L = 1 + macro.strain(u)
    if np.any(L <= 0):
        raise DerivationError(f"a cell collapsed (1 + A = {L.min():.3g} <= 0): the pulse is too strong for this step")
    return L


@dataclass(frozen=True)
class CoupledRun:
    """The state of eq 4.20 at the final time and its energy H(t) at the sampled times."""

    u: np.ndarray
    v: np.ndarray
    phi: np.ndarray
    pi: np.ndarray
    t: np.ndarray
    H: np.ndarray


def coupled_solve(fn: FibreFunctions, grid: Grid, macro: MacroGrid, u0, phi0, m: float, eta: float, dt: float,
                  steps: int, ion_stiffness: float = 0.0, samples: int = 50) -> CoupledRun:
    """Eq 4.20 in the fibres' reference coordinate: u_tt = ∂_x F, m φ_tt + η φ_t = r + λφ, ∫φ² ds = 1.

    Per cell j: L_j = 1 + A_j, F_j = k A_j + ∂W/∂A(A_j, φ_j) at fixed φ_j (the cell average of
    the stress density; k the ``ion_stiffness`` of a harmonic ion-ion bond W_ion = k A²/2, zero in
    the seed), r_j the fibre force at L_j.  The time derivative of φ is taken at fixed s, so the
    macro-micro Lagrangian Σ_j h [u_t²/2 + m∫φ_t² ds - k A_j²/2 - W(A_j, φ_j)] gives exactly these
    equations and H = Σ_j h [u_t²/2 + m∫φ_t² + k A_j²/2 + W] is conserved for η = 0 (to O(dt²),
    Störmer–Verlet/RATTLE on u and φ together).  Starts at rest; returns a :class:`CoupledRun`.
    """
    u = np.array(u0, dtype=float)
    phi = normalised(np.array(phi0, dtype=float))
    if phi.shape != (macro.n, grid.n) or u.shape != (macro.n,):
        raise InputError(f"u0 must have shape ({macro.n},) and phi0 ({macro.n}, {grid.n}); got {u.shape}, {phi.shape}")
    L = _lengths(macro, u)
    check_time_step(dt, m, eta, grid, L)
    step = Rattle(m, eta, dt)
    v, pi = np.zeros_like(u), np.zeros_like(phi)
    every = max(1, steps // samples)

    def forces(u, phi):
        L = _lengths(macro, u)
        d1, d2 = grid.derivatives(phi)
        F = ion_stiffness * (L - 1) + Grid.mean(_array(fn.stress_density(phi, d1, L[:, None]), phi))
        return macro.divergence(F), _array(fn.fibre_force(phi, d2, L[:, None]), phi), L

    def total_energy(L):
        cells = v ** 2 / 2 + m * Grid.mean(pi * pi) + ion_stiffness * (L - 1) ** 2 / 2 + energy(fn, grid, phi, L)
        return macro.h * float(np.sum(cells))

    fu, r, L = forces(u, phi)
    times, H = [0.0], [total_energy(L)]
    for n in range(1, steps + 1):
        v = v + 0.5 * dt * fu
        phi, pi_half = step.first_half(phi, pi, r)
        u = u + dt * v
        fu, r, L = forces(u, phi)
        v = v + 0.5 * dt * fu
        pi = step.second_half(phi, pi_half, r)
        if n % every == 0 or n == steps:
            times.append(n * dt)
            H.append(total_energy(L))
    if not (np.all(np.isfinite(u)) and np.all(np.isfinite(phi))):
        raise DerivationError(f"the coupled system blew up (m = {m:g}, dt = {dt:g}): reduce the time step")
    return CoupledRun(u, v, phi, pi, np.array(times), np.array(H))


def closure_solve(F: Callable, macro: MacroGrid, u0, dt: float, steps: int) -> np.ndarray:
    """The quasi-static (Cauchy–Born) closure u_tt = ∂_x F(A) on the same grid, Störmer–Verlet from rest."""
    if not (np.isfinite(dt) and dt > 0):
        raise InputError(f"the time step must be positive, got dt = {dt}")
    u = np.array(u0, dtype=float)
    v = np.zeros_like(u)
    fu = macro.divergence(F(macro.strain(u)))
    for _ in range(steps):
        v = v + 0.5 * dt * fu
        u = u + dt * v
        fu = macro.divergence(F(macro.strain(u)))
        v = v + 0.5 * dt * fu
    return u


def lagrange_basis(nodes, x, derivative: bool = False) -> np.ndarray:
    """The Lagrange basis polynomials l_k(x) of ``nodes`` (or their derivatives), shape x.shape + (n,).

    Products and sums of a few terms in a fixed order: bit-for-bit reproducible (a BLAS product
    is not, from run to run), which keeps regenerated results identical.
    """
    nodes = np.asarray(nodes, dtype=float)
    x = np.asarray(x, dtype=float)[..., None]
    n = nodes.size
    others = [[m for m in range(n) if m != k] for k in range(n)]
    denominators = np.array([np.prod([nodes[k] - nodes[m] for m in others[k]]) for k in range(n)])
    columns = []
    for k in range(n):
        if derivative:
            column = sum(np.prod([x[..., 0] - nodes[m] for m in others[k] if m != j], axis=0) for j in others[k])
        else:
            column = np.prod([x[..., 0] - nodes[m] for m in others[k]], axis=0)
        columns.append(column)
    return np.stack(columns, axis=-1) / denominators


@dataclass(frozen=True)
class Closure:
    """W_CB(A), its stress F(A) = dW_CB/dA and the ground-state profile φ(A), interpolated on
    [A_low, A_high] through ground states at Chebyshev points (spectrally accurate in A)."""

    A_low: float
    A_high: float
    nodes: np.ndarray
    states: tuple

    def _basis(self, A, derivative=False):
        A = np.asarray(A, dtype=float)
        if A.size and (A.min() < self.A_low or A.max() > self.A_high):
            raise DerivationError(f"strain {A.min():.4g}..{A.max():.4g} leaves the closure's range "
                                  f"[{self.A_low:.4g}, {self.A_high:.4g}]: widen it or weaken the pulse")
        return lagrange_basis(self.nodes, A, derivative)

    def F(self, A):
        l = self._basis(A)
        return sum(l[..., k] * s.F for k, s in enumerate(self.states))

    def phi(self, A):
        l = self._basis(A)
        return sum(l[..., k, None] * s.phi for k, s in enumerate(self.states))

    def stiffness(self, A: float) -> float:
        """dF/dA = W_CB''(A), the derivative of the interpolant."""
        l = self._basis(float(A), derivative=True)
        return float(sum(l[..., k] * s.F for k, s in enumerate(self.states)))


def closure(fn: FibreFunctions, grid: Grid, A_low: float, A_high: float, nodes: int = 9, tol: float = 1e-12) -> Closure:
    """Ground states at ``nodes`` Chebyshev points of [A_low, A_high] (the quasi-static closure of eq 4.20)."""
    k = np.arange(nodes)
    A = 0.5 * (A_low + A_high) - 0.5 * (A_high - A_low) * np.cos(np.pi * k / (nodes - 1))
    return Closure(A_low, A_high, A, tuple(ground_state(fn, 1 + a, grid, tol=tol) for a in A))
