"""The particle chain of seed 002 §4 on a periodic ring, its exact window averages (§2.3, §5), the
Landweber sums on the meso-mesh (eq 3.7) and the closed stresses of order n (§5, §6).

Ring of length L with N particles of mass M/N at increasing unwrapped positions q_1 < … < q_N <
q_1 + L; bond b joins q_b and q_{b+1} (q_{N+1} = q_1 + L), so there are N bonds, not the free
chain's N - 1 of eq 5.2.  With ε = 1/N (eq 4.1) and the pair energy Φ (= -U of eq 7.1, see
:func:`symms.models.closure.seed_potential`):

    (M/N) q̈_j = f_b(j) - f_b(j-1),   f_b = Φ'(N (q_{b+1} - q_b))   (eqs 4.2-4.3; f_b is the force on
    particle b exerted by b + 1),   energy  E = Σ (M/2N) v_j² + (1/N) Σ_b Φ(N (q_{b+1} - q_b)).

Averages on the meso-mesh x_β = (β - 1/2) L/B (§6) with ψ_η(x) = ψ(x/η)/η summed over periodic
images: density (2.6), momentum (2.7), convective stress (5.1), interaction stress (5.2) with the
bond integral in closed form [Ψ((x - q_b)/η) - Ψ((x - q_{b+1})/η)]/(q_{b+1} - q_b).  Each particle
and bond touches only the mesh points inside its window's support, so the cost is
O(N · support/Δx) instead of the O(N · B) of a dense evaluation.
"""
from __future__ import annotations

from dataclasses import dataclass
from math import comb

import numpy as np

from ..errors import DerivationError, InputError


@dataclass(frozen=True)
class Mesh:
    """The periodic meso-mesh x_β = (β - 1/2) L/B, β = 1..B."""

    length: float
    points: int

    @property
    def spacing(self) -> float:
        return self.length / self.points

    @property
    def nodes(self) -> np.ndarray:
        return (np.arange(self.points) + 0.5) * self.spacing


def check_window(mesh: Mesh, eta: float, radius: float) -> None:
    """InputError unless Δx ≤ η and the support η·radius is shorter than half the ring (one image)."""
    if not eta >= mesh.spacing:
        raise InputError(f"window width eta={eta} is below the mesh spacing {mesh.spacing:.3g}: "
                         f"use eta >= L/B or more mesh points")
    if not eta * radius < mesh.length / 2:
        raise InputError(f"window support eta*radius={eta * radius:.3g} exceeds half the ring L/2="
                         f"{mesh.length / 2:.3g}: use a smaller eta")


def check_order(q: np.ndarray, length: float, step: int | None = None, error=InputError) -> None:
    """``error`` if particles coincide or cross (q_{j+1} ≤ q_j, including q_N ≥ q_1 + L), naming index and step."""
    gaps = np.diff(np.append(q, q[0] + length))
    bad = np.flatnonzero(~(gaps > 0))
    if bad.size:
        j = int(bad[0])
        at = "" if step is None else f" at step {step}"
        raise error(f"particles {j} and {(j + 1) % q.size} coincide or cross{at} (gap {gaps[j]:.3g}): "
                    f"{'reduce the time step' if step is not None else 'give increasing positions within one period'}")


def _touch(lo: np.ndarray, hi: np.ndarray, mesh: Mesh):
    """For intervals [lo, hi] (unwrapped): mesh indices (n, K) unwrapped, their mask and node coordinates."""
    dx = mesh.spacing
    first = np.ceil(lo / dx - 0.5).astype(np.int64)
    last = np.floor(hi / dx - 0.5).astype(np.int64)
    width = int(np.max(last - first)) + 1 if lo.size else 0
    idx = first[:, None] + np.arange(max(width, 0))[None, :]
    mask = idx <= last[:, None]
    return idx, mask, (idx + 0.5) * dx


def _scatter(idx: np.ndarray, mask: np.ndarray, weights: np.ndarray, mesh: Mesh) -> np.ndarray:
    return np.bincount((idx[mask] % mesh.points), weights=weights[mask], minlength=mesh.points)


def averages(q, v, mass: float, eta: float, window, mesh: Mesh) -> dict:
    """Density ρ̄ (eq 2.6), momentum ρ̄v̄ (eq 2.7), velocity v̄ (0 where ρ̄ = 0) and convective stress
    T_c = -Σ (M/N)(v_j - v̄(x))² ψ_η(x - q_j) (eq 5.1) at the mesh nodes."""
    q = np.asarray(q, float)
    v = np.asarray(v, float)
    check_window(mesh, eta, window.radius)
    m = mass / q.size
    reach = eta * window.radius
    idx, mask, nodes = _touch(q - reach, q + reach, mesh)
    w = np.where(mask, window.psi((nodes - q[:, None]) / eta) / eta, 0.0)
    rho = _scatter(idx, mask, m * w, mesh)
    mom = _scatter(idx, mask, m * v[:, None] * w, mesh)
    vbar = np.divide(mom, rho, out=np.zeros_like(mom), where=rho > 0)
    dv = v[:, None] - vbar[idx % mesh.points]
    tc = -_scatter(idx, mask, m * dv ** 2 * w, mesh)
    return {"density": rho, "momentum": mom, "velocity": vbar, "convective_stress": tc}


def interaction_stress(q, bond_force, eta: float, window, mesh: Mesh) -> np.ndarray:
    """T_int(x) = Σ_b f_b (q_{b+1} - q_b) ∫_0^1 ψ_η(x - s q_{b+1} - (1 - s) q_b) ds (eq 5.2, ring)."""
    q = np.asarray(q, float)
    check_window(mesh, eta, window.radius)
    check_order(q, mesh.length)
    qa = q
    qb = np.append(q[1:], q[0] + mesh.length)
    gap = qb - qa
    reach = eta * window.radius
    idx, mask, nodes = _touch(qa - reach, qb + reach, mesh)
    Psi = window.antiderivative
    ua = (nodes - qa[:, None]) / eta
    ub = (nodes - qb[:, None]) / eta
    short = (gap / eta < 1e-6)[:, None]  # difference quotient loses digits: use ψ_η at the midpoint, error O((gap/η)²)
    with np.errstate(divide="ignore", invalid="ignore"):
        bond = np.where(short, window.psi(0.5 * (ua + ub)) / eta, (Psi(ua) - Psi(ub)) / gap[:, None])
    bond = np.where(mask, bond, 0.0)
    return _scatter(idx, mask, (np.asarray(bond_force, float) * gap)[:, None] * bond, mesh)


# --------------------------------------------------------------------------- the chain (eqs 4.1-4.3)

@dataclass(frozen=True)
class Chain:
    """N particles of total mass M on a ring of length L with the nearest-neighbour pair energy ``pair``
    (a :class:`symms.models.closure.NumpyPair`: Φ, Φ', Φ'' of ξ = N·gap, zero beyond ``pair.reach``)."""

    particles: int
    length: float
    mass: float
    pair: object

    def gaps(self, q):
        return np.diff(np.append(q, q[0] + self.length))

    def bond_forces(self, q):
        """f_b = Φ'(N gap_b): the force on particle b exerted by b + 1 (negative: repulsion)."""
        return self.pair.force(self.particles * self.gaps(q))

    def accelerations(self, q):
        f = self.bond_forces(q)
        return (f - np.roll(f, 1)) * self.particles / self.mass

    def energy(self, q, v):
        N = self.particles
        return 0.5 * self.mass / N * np.sum(v ** 2) + np.sum(self.pair.energy(N * self.gaps(q))) / N

    def omega_max(self, q):
        """Upper bound 2 sqrt(max k_b / m) of the chain's frequencies, k_b = N Φ''(N gap_b), m = M/N."""
        N = self.particles
        k = N * np.max(self.pair.stiffness(N * self.gaps(q)))
        return 2.0 * np.sqrt(k * N / self.mass)

    def check(self, q, step=None, error=InputError):
        """Order (no crossing) and nearest-neighbour validity N (q_{j+2} - q_j) > x⋆."""
        check_order(q, self.length, step, error)
        g = self.particles * self.gaps(q)
        bad = np.flatnonzero(~(g + np.roll(g, -1) > self.pair.reach))
        if bad.size:
            j = int(bad[0])
            at = "" if step is None else f" at step {step}"
            raise error(f"particles {j} and {(j + 2) % q.size} are within the range x_star={self.pair.reach}{at}: "
                        f"nearest-neighbour forces are invalid; use a smaller x_star or a less compressed state")


def verlet(chain: Chain, q0, v0, dt: float, steps: int, record_every: int = 1, backend: str = "numpy"):
    """Velocity Verlet for eq 4.3; returns times, positions and velocities every ``record_every`` steps
    (the initial state included).  The configuration is checked at every step (DerivationError).

    ``backend="c"`` runs the steps in generated C (:mod:`symms.codegen.chain_integrator`; same results
    to rounding, the pair must carry its SymPy ``expression``); ``"numpy"`` is this loop."""
    if backend == "c":
        from ..codegen.chain_integrator import verlet as c_verlet

        return c_verlet(chain, q0, v0, dt, steps, record_every)
    if backend != "numpy":
        raise InputError(f"unknown verlet backend {backend!r}: use 'numpy' or 'c'")
    if not (dt > 0 and steps >= 0 and record_every >= 1):
        raise InputError(f"need dt > 0, steps >= 0, record_every >= 1; got {dt}, {steps}, {record_every}")
    q = np.array(q0, float)
    v = np.array(v0, float)
    chain.check(q)
    a = chain.accelerations(q)
    times, Q, V = [0.0], [q.copy()], [v.copy()]
    for n in range(1, steps + 1):
        v += 0.5 * dt * a
        q += dt * v
        chain.check(q, n, DerivationError)
        a = chain.accelerations(q)
        v += 0.5 * dt * a
        if n % record_every == 0:
            times.append(n * dt)
            Q.append(q.copy())
            V.append(v.copy())
    return np.array(times), np.array(Q), np.array(V)


# --------------------------------------------------------------------------- Landweber on the meso-mesh (eq 3.7)

def _mesh_convolution_weights(mesh: Mesh, eta: float, window):
    """Offsets o and weights Δx ψ_η(o Δx) of the mesh quadrature of R_η (the circulant's row)."""
    reach = int(np.ceil(eta * window.radius / mesh.spacing))
    offsets = np.arange(-reach, reach + 1)
    return offsets, mesh.spacing * window.psi(offsets * mesh.spacing / eta) / eta


def convolution_symbol(mesh: Mesh, eta: float, window) -> np.ndarray:
    """Eigenvalues λ_k of the periodic discrete R_η[g](x_α) = Δx Σ_β ψ_η(x_α - x_β) g(x_β) (a circulant),
    in numpy FFT order: R = F⁻¹ diag(λ) F."""
    check_window(mesh, eta, window.radius)
    offsets, weights = _mesh_convolution_weights(mesh, eta, window)
    row = np.zeros(mesh.points)
    np.add.at(row, offsets % mesh.points, weights)
    return np.fft.fft(row).real  # ψ even: the spectrum is real


def landweber(g_bar, symbol: np.ndarray, delta: float, tau: float = 1.5, max_iterations: int = 10_000,
              normal: bool = False):
    """Landweber deconvolution of R_η g = ḡ with the discrepancy-principle stopping rule.

    ``normal=False`` is the seed's iteration g_{k+1} = g_k + (ḡ - R g_k), g_0 = ḡ, whose n-th iterate is
    Σ_{k≤n} (I - R)^k ḡ (eq 3.7 corrected): it converges on mode k iff |1 - λ_k| < 1.  ``normal=True``
    is Landweber for the normal equation, g_{k+1} = g_k + ω R(ḡ - R g_k), ω = 1/max λ², which converges
    on every mode with λ_k ≠ 0 (needed for windows whose transform changes sign, like the quartic).
    Stops at the first n with rms(R g_n - ḡ) ≤ τ δ (δ: rms size of the data error); returns (g_n, n).
    DerivationError if the residual grows (divergence) or the rule is not met within ``max_iterations``.
    """
    if not (delta > 0 and tau > 1):
        raise InputError(f"need delta > 0 and tau > 1 for the discrepancy rule, got delta={delta}, tau={tau}")
    g_hat_bar = np.fft.fft(np.asarray(g_bar, float))
    step = (symbol / np.max(symbol ** 2)) if normal else np.ones_like(symbol)
    g_hat = (step * g_hat_bar) if normal else g_hat_bar.copy()
    rms = lambda z: np.sqrt(np.mean(np.abs(z) ** 2) / symbol.size)  # Parseval: rms of the field
    previous = np.inf
    for n in range(max_iterations + 1):
        residual = g_hat_bar - symbol * g_hat
        size = rms(residual)
        if size <= tau * delta:
            return np.fft.ifft(g_hat).real, n
        if size > previous * (1 + 1e-12):
            raise DerivationError(f"Landweber diverges at iteration {n} (residual {size:.3g} grows): the window's "
                                  f"transform is not in (0, 2) on every mode; use normal=True")
        previous = size
        g_hat = g_hat + step * residual
    raise DerivationError(f"Landweber did not reach the discrepancy tau*delta={tau * delta:.3g} in {max_iterations} "
                          f"iterations (residual {size:.3g}): raise delta or max_iterations")


def landweber_sum(g_bar, symbol: np.ndarray, order: int) -> np.ndarray:
    """R⁻¹_{η,n}[ḡ] = Σ_{k=0}^n (I - R_η)^k ḡ on the periodic mesh (eq 3.7 corrected, §5), by its closed form
    Σ_{m=0}^n (-1)^m C(n+1, m+1) R_η^m (hockey-stick identity; n = 1: 2I - R, n = 2: 3I - 3R + R²)
    applied through the circulant's eigenvalues ``symbol`` (:func:`convolution_symbol`)."""
    if not (isinstance(order, (int, np.integer)) and order >= 0):
        raise InputError(f"Landweber order must be an integer >= 0, got {order!r}")
    if order == 0:
        return np.array(g_bar, float)  # g_0 = ḡ (eq 3.8), without the FFT's rounding
    coefficients = [(-1) ** m * comb(int(order) + 1, m + 1) for m in range(int(order) + 1)]
    multiplier = np.polynomial.polynomial.polyval(symbol, coefficients)
    return np.fft.ifft(multiplier * np.fft.fft(np.asarray(g_bar, float))).real


def closed_stresses(density, momentum, mesh: Mesh, chain: Chain, eta: float, window, order: int) -> dict:
    """The closed stresses of order n (seed 002 eqs 5.7, 5.10, 5.11) at the mesh nodes from ρ̄ and ρ̄v̄ alone.

    ρ_n = (M/L) J_n = R⁻¹_{η,n}[ρ̄] and ṽ_n = R⁻¹_{η,n}[ρ̄v̄]/ρ_n (eq 5.7) on the mesh (:func:`landweber_sum`);
    T_(c),n(x_α) = -Δx Σ_β (ṽ_n(x_β) - v̄(x_α))² ψ_η(x_α - x_β) ρ_n(x_β) (mesh quadrature of 5.10; 6.3 at
    n = 0), v̄ = ρ̄v̄/ρ̄; T_(int),n is eq 5.11 (read with Φ'(L/J_n) and the bond length s h/J_n, Φ = -U) evaluated
    as the exact formula 5.2 on the positions prescribed by ρ_n (§6.1; n = 0 is :func:`zero_order_interaction_stress`).
    Cost O(B log B + B·support + N·support).  InputError if ρ_n is not positive at every node (the
    deconvolution amplified noise or a steep profile: lower n).  Returns density ρ_n, velocity ṽ_n and both stresses.
    """
    rho_bar = np.asarray(density, float)
    mom_bar = np.asarray(momentum, float)
    if rho_bar.shape != (mesh.points,) or mom_bar.shape != (mesh.points,) or not np.all(rho_bar > 0):
        raise InputError(f"closed stresses need a positive density and a momentum at all {mesh.points} mesh nodes")
    symbol = convolution_symbol(mesh, eta, window)
    rho_n = landweber_sum(rho_bar, symbol, order)
    if not np.all(rho_n > 0):
        beta = int(np.argmin(rho_n))
        raise InputError(f"the order-{order} deconvolved density is {rho_n[beta]:.3g} <= 0 at node {beta} (eq 5.7): "
                         f"use a lower order n or a wider window")
    v_n = landweber_sum(mom_bar, symbol, order) / rho_n
    v_bar = mom_bar / rho_bar
    offsets, weights = _mesh_convolution_weights(mesh, eta, window)
    t_c = np.zeros(mesh.points)
    for o, w in zip(offsets, weights):
        t_c -= w * (np.roll(v_n, o) - v_bar) ** 2 * np.roll(rho_n, o)  # np.roll(g, o)[α] = g[α - o]
    q_hat = prescribed_positions(rho_n, mesh, chain.particles)
    t_int = interaction_stress(q_hat, chain.bond_forces(q_hat), eta, window, mesh)
    return {"density": rho_n, "velocity": v_n, "convective_stress": t_c, "interaction_stress": t_int}


# --------------------------------------------------------------------------- zero-order closure (§6)

def prescribed_positions(density: np.ndarray, mesh: Mesh, particles: int) -> np.ndarray:
    """q̂_j of §6.1: the piecewise-constant interpolant of the mesh density ρ̄_β, particle j at mass
    coordinate (j - 1/2) M̂/N of its cumulative mass, so that inside cell β the spacing is the
    Δ_β = M/(N ρ̄_β) of eq 6.7 (with M̂ = Δx Σ ρ̄_β, the mesh's total mass; M̂ = M up to quadrature)."""
    rho = np.asarray(density, float)
    if rho.shape != (mesh.points,) or not np.all(rho > 0):
        raise InputError(f"zero-order closure needs a positive density at all {mesh.points} mesh nodes")
    cumulative = np.concatenate([[0.0], np.cumsum(rho * mesh.spacing)])
    targets = (np.arange(particles) + 0.5) * cumulative[-1] / particles
    cell = np.searchsorted(cumulative, targets, side="right") - 1
    return (cell + (targets - cumulative[cell]) / (rho[cell] * mesh.spacing)) * mesh.spacing


def zero_order_interaction_stress(density, mesh: Mesh, chain: Chain, eta: float, window) -> np.ndarray:
    """T^η_(int),0 at the mesh nodes by eq 6.8 on the prescribed positions (the seed's -U' is Φ' here):
    the exact formula 5.2 evaluated on q̂ built from the averaged density alone."""
    q_hat = prescribed_positions(density, mesh, chain.particles)
    return interaction_stress(q_hat, chain.bond_forces(q_hat), eta, window, mesh)


def _cells(q, mesh: Mesh) -> np.ndarray:
    return np.floor(np.mod(q, mesh.length) / mesh.spacing).astype(np.int64) % mesh.points


def cell_temperatures(q, v, velocity, mesh: Mesh, eta: float, window) -> np.ndarray:
    """κ_β² of eq 6.5 measured on particle data: Σ_{j ∈ I_β} (v_j - v̄(x_β))² ψ_η(x_β - q_j), the sum over
    the particles in meso-cell β (nearest periodic image of x_β - q_j)."""
    q = np.asarray(q, float)
    cell = _cells(q, mesh)
    d = mesh.nodes[cell] - np.mod(q, mesh.length)
    w = window.psi(d / eta) / eta
    return np.bincount(cell, weights=(np.asarray(v, float) - np.asarray(velocity)[cell]) ** 2 * w, minlength=mesh.points)


@dataclass(frozen=True)
class IsothermalState:
    """The zero-order interpolant of §6: positions q̂ (6.7), velocities v̂ = v̄_β + δv (6.13-6.14 with
    δv = t_β ã_j / ψ_η(x_β - q̂_j), ã = ±1 alternating in each cell, 0 for the odd one out), κ̂² (6.21)."""

    positions: np.ndarray
    velocities: np.ndarray
    kappa2: float
    amplitudes: np.ndarray  # t_β of eq 6.19


def isothermal_state(energy: float, density, velocity, mesh: Mesh, chain: Chain, eta: float, window) -> IsothermalState:
    """Steps 1-4 of §6.2: κ̂² by eq 6.21 from the energy E and the mesh values ρ̄_β, v̄_β, then t_β by 6.19.

    InputError if κ̂² < 0 (E below the potential energy U(Q̂) plus the mean-flow kinetic energy) or if a
    meso-cell has no pair of particles (eq 6.9 needs ψ_η > 0 on the cell: η > L_η/2 for the quartic)."""
    N, M = chain.particles, chain.mass
    rho = np.asarray(density, float)
    vbar = np.asarray(velocity, float)
    q_hat = prescribed_positions(rho, mesh, N)
    cell = _cells(q_hat, mesh)
    w = window.psi((mesh.nodes[cell] - np.mod(q_hat, mesh.length)) / eta) / eta
    if not np.all(w > 0):
        raise InputError(f"eq 6.9 fails: psi_eta vanishes inside a meso-cell; use eta > L/(2B) = {mesh.spacing / 2:.3g}")
    rank = np.arange(N) - np.searchsorted(cell, cell)  # position of each particle inside its cell (cells are sorted)
    count = np.bincount(cell, minlength=mesh.points)
    if np.any(count < 2):
        raise InputError(f"meso-cell {int(np.argmin(count))} holds {int(count.min())} particles; eq 6.12 needs pairs: "
                         f"use fewer mesh points or more particles")
    sign = np.where(rank % 2 == 0, 1.0, -1.0)
    sign[(rank == count[cell] - 1) & (count[cell] % 2 == 1)] = 0.0  # the odd one out keeps v̂ = v̄_β
    active = sign != 0
    s1 = np.bincount(cell[active], weights=1 / w[active], minlength=mesh.points)       # Σ 1/ψ
    s2 = np.bincount(cell[active], weights=1 / w[active] ** 2, minlength=mesh.points)  # Σ 1/ψ²
    n_beta = rho * mesh.spacing * N / M
    potential = np.sum(chain.pair.energy(N * chain.gaps(q_hat))) / N
    available = 2 * N / M * (energy - potential - 0.5 * M / N * np.sum(vbar ** 2 * n_beta))
    kappa2 = available / np.sum(s2 / s1)  # eq 6.21
    if kappa2 < 0:
        raise InputError(f"negative upscaling temperature kappa^2 = {kappa2:.3g} (eq 6.21): the energy E = {energy:.6g} "
                         f"is below U(Q^) + mean-flow kinetic energy; check E and the averages")
    t = np.sqrt(kappa2 / s1)  # eq 6.19
    v_hat = vbar[cell] + t[cell] * sign / w
    return IsothermalState(q_hat, v_hat, float(kappa2), t)
