"""Mesoscale balance laws of seed 002 on the periodic meso-mesh, in finite-volume form.

The unknowns are the node values ρ_β and m_β = (ρ̄v̄)_β at x_β = (β - 1/2) L/B; cell β is
[x_β - Δx/2, x_β + Δx/2].  Both the exact averaged balance (eqs 2.8-2.9) and the closed isothermal
zero-order system (eqs 6.23-6.24) are conservation laws

    ∂_t ρ + ∂_x m = 0,    ∂_t m + ∂_x (m²/ρ - T) = 0,

T the stress.  For the exact averages the fluxes at the cell faces are known in closed form from the
particles (:func:`face_fluxes`) and the cell integrals of ρ̄, ρ̄v̄ come from the window's
antiderivative (:func:`cell_integrals`), so eq 2.9 can be checked cell by cell along a run.  For the
closed system T is a function of the node values of ρ and m alone (:class:`ClosedSystem`): the
isothermal zero-order closure T^η_(int),0 of eq 6.8 (:func:`zero_order_system`, eqs 6.23-6.24), the
closed stresses T_(c),n + T_(int),n of order n (:func:`closed_system`, eqs 5.8-5.11) or, as a reference,
the local limit T = Φ'(M/ρ) (:func:`local_system`, the equation of state after eq 6.24, with the
seed's -U' written as Φ').

Scheme (:func:`solve`): the semi-discrete central scheme of Kurganov & Tadmor (J. Comput. Phys. 160,
2000) — MUSCL face values with the generalised minmod limiter (θ = 1.5) applied to ρ, m and T, the
local Lax-Friedrichs flux with the speed a = max(|v| + c) of the two face states — and the
three-stage strong-stability-preserving Runge-Kutta method; Δt = CFL·Δx/max a.  The update is a
difference of face fluxes, so Δx Σ ρ_β and Δx Σ m_β are conserved to rounding on the ring.  The
node values stand for point values of the averages; they differ from cell means by O(Δx²), the
order of the scheme.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

from ..errors import DerivationError, InputError
from . import particle_chain as pc

LIMITER_THETA = 1.5


@dataclass(frozen=True)
class ClosedSystem:
    """Eqs 6.23-6.24 with a stress closure: ``stress(ρ, m)`` gives T at the nodes from the node values,
    ``sound_speed(ρ)`` the local sound speed used to bound the characteristic speeds."""

    mesh: pc.Mesh
    stress: Callable[[np.ndarray, np.ndarray], np.ndarray]
    sound_speed: Callable[[np.ndarray], np.ndarray]


def local_sound_speed(chain: pc.Chain) -> Callable[[np.ndarray], np.ndarray]:
    """c(ρ) = √(dP/dρ) of the local equation of state P = -Φ'(M/ρ): c² = M Φ''(M/ρ)/ρ² (bond ξ = N·gap = M/ρ)."""
    M = chain.mass
    return lambda rho: np.sqrt(M * chain.pair.stiffness(M / rho)) / rho


def zero_order_system(chain: pc.Chain, mesh: pc.Mesh, eta: float, window) -> ClosedSystem:
    """The isothermal zero-order model (eqs 6.23-6.24): T = T^η_(int),0 of eq 6.8 on the positions
    prescribed by the node densities (§6.1, :func:`symms.numerics.particle_chain.zero_order_interaction_stress`)."""
    pc.check_window(mesh, eta, window.radius)
    return ClosedSystem(mesh, lambda rho, m: pc.zero_order_interaction_stress(rho, mesh, chain, eta, window),
                        local_sound_speed(chain))


def closed_system(chain: pc.Chain, mesh: pc.Mesh, eta: float, window, order: int) -> ClosedSystem:
    """The closed model of order n (eqs 5.8-5.9): T = T_(c),n + T_(int),n of eqs 5.10-5.11 from the Landweber
    reconstructions of order n (:func:`symms.numerics.particle_chain.closed_stresses`)."""
    pc.check_window(mesh, eta, window.radius)

    def stress(rho, m):
        closed = pc.closed_stresses(rho, m, mesh, chain, eta, window, order)
        return closed["convective_stress"] + closed["interaction_stress"]

    return ClosedSystem(mesh, stress, local_sound_speed(chain))


def local_system(chain: pc.Chain, mesh: pc.Mesh) -> ClosedSystem:
    """The η → 0 limit of eq 6.4 stated after eq 6.24: T = Φ'(M/ρ), a local equation of state."""
    M = chain.mass
    return ClosedSystem(mesh, lambda rho, m: chain.pair.force(M / rho), local_sound_speed(chain))


def _minmod(a, b, c):
    same = (np.sign(a) == np.sign(b)) & (np.sign(b) == np.sign(c))
    return np.where(same, np.sign(a) * np.minimum(np.minimum(np.abs(a), np.abs(b)), np.abs(c)), 0.0)


def _face_values(u: np.ndarray):
    """MUSCL values at the face β + 1/2: from the left u_β + s_β/2 and from the right u_{β+1} - s_{β+1}/2."""
    forward = np.roll(u, -1) - u
    backward = np.roll(forward, 1)
    slope = _minmod(LIMITER_THETA * backward, 0.5 * (forward + backward), LIMITER_THETA * forward)
    return u + 0.5 * slope, np.roll(u - 0.5 * slope, -1)


def rates(system: ClosedSystem, rho: np.ndarray, m: np.ndarray):
    """(dρ/dt, dm/dt, max a): the semi-discrete Kurganov-Tadmor right-hand side of eqs 6.23-6.24."""
    T = system.stress(rho, m)
    (rl, rr), (ml, mr), (tl, tr) = _face_values(rho), _face_values(m), _face_values(T)
    if not (np.all(rl > 0) and np.all(rr > 0)):
        raise DerivationError("the mesoscale density became non-positive at a face: lower the CFL number or the "
                              "initial amplitude")
    vl, vr = ml / rl, mr / rr
    a = np.maximum(np.abs(vl) + system.sound_speed(rl), np.abs(vr) + system.sound_speed(rr))
    flux_rho = 0.5 * (ml + mr) - 0.5 * a * (rr - rl)
    flux_m = 0.5 * (ml * vl - tl + mr * vr - tr) - 0.5 * a * (mr - ml)
    dx = system.mesh.spacing
    return -(flux_rho - np.roll(flux_rho, 1)) / dx, -(flux_m - np.roll(flux_m, 1)) / dx, float(np.max(a))


def solve(system: ClosedSystem, rho0, m0, times, cfl: float = 0.4, max_steps: int = 1_000_000):
    """Node values of ρ and m at the requested ``times`` (increasing, ≥ 0) from (ρ0, m0) at t = 0, by SSP-RK3
    on :func:`rates` with Δt = CFL·Δx/max a (shortened to land on each requested time).
    Returns (ρ, m, steps) with ρ and m of shape (len(times), B)."""
    times = np.asarray(times, float)
    B = system.mesh.points
    rho = np.array(rho0, float)
    m = np.array(m0, float)
    if rho.shape != (B,) or m.shape != (B,):
        raise InputError(f"initial density and momentum must be arrays of the {B} mesh nodes, got {rho.shape}, {m.shape}")
    if not (times.ndim == 1 and times.size and times[0] >= 0 and np.all(np.diff(times) > 0)):
        raise InputError("times must be a non-empty increasing sequence of numbers >= 0")
    if not 0 < cfl <= 0.5:
        raise InputError(f"the CFL number must be in (0, 0.5] for this scheme, got {cfl}")
    out_rho, out_m = np.empty((times.size, B)), np.empty((times.size, B))
    t, steps = 0.0, 0
    for k, target in enumerate(times):
        while t < target:
            if steps >= max_steps:
                raise DerivationError(f"mesoscale solver needs more than {max_steps} steps to reach t={target}: "
                                      f"raise max_steps or coarsen the mesh")
            d1, e1, a = rates(system, rho, m)
            dt = min(cfl * system.mesh.spacing / a, target - t)
            r1, m1 = rho + dt * d1, m + dt * e1
            d2, e2, _ = rates(system, r1, m1)
            r2, m2 = 0.75 * rho + 0.25 * (r1 + dt * d2), 0.75 * m + 0.25 * (m1 + dt * e2)
            d3, e3, _ = rates(system, r2, m2)
            rho = rho / 3 + 2 / 3 * (r2 + dt * d3)
            m = m / 3 + 2 / 3 * (m2 + dt * e3)
            t = target if target - t <= dt else t + dt
            steps += 1
        out_rho[k], out_m[k] = rho, m
    return out_rho, out_m, steps


# --------------------------------------------------------------------------- the exact balance (eqs 2.8-2.9) per cell

def cell_integrals(q, weights, eta: float, window, mesh: pc.Mesh) -> np.ndarray:
    """∫ over cell β of Σ_j w_j ψ_η(x - q_j) dx = Σ_j w_j [Ψ((e_β+1 - q_j)/η) - Ψ((e_β - q_j)/η)] (periodic),
    e_β = x_β - Δx/2 the faces.  Written as the weights of the particles inside cell β plus the differences of
    G_e = Σ_j w_j Ψ̃((e - q_j)/η), Ψ̃(u) = Ψ(u) - [u > 0], which vanishes outside the window's support: O(N·support)."""
    q = np.asarray(q, float)
    w = np.asarray(weights, float)
    pc.check_window(mesh, eta, window.radius)
    dx, B = mesh.spacing, mesh.points
    reach = eta * window.radius
    first = np.ceil((q - reach) / dx).astype(np.int64)
    faces = first[:, None] + np.arange(int(np.ceil(2 * reach / dx)) + 2)[None, :]
    u = (faces * dx - q[:, None]) / eta
    G = np.bincount((faces % B).ravel(), weights=(w[:, None] * (window.antiderivative(u) - (u > 0))).ravel(), minlength=B)
    inside = np.bincount(np.floor(np.mod(q, mesh.length) / dx).astype(np.int64) % B, weights=w, minlength=B)
    return inside + np.roll(G, -1) - G


def face_fluxes(chain: pc.Chain, q, v, eta: float, window, mesh: pc.Mesh):
    """The exact fluxes at the faces e_β = x_β - Δx/2: mass ρ̄v̄ (eq 2.8) and momentum
    Σ_j (M/N) v_j² ψ_η(e - q_j) - T^η_(int)(e) = ρ̄v̄² - T_(c) - T_(int) (eqs 2.9, 5.1, 5.2)."""
    q = np.asarray(q, float)
    shifted = q + 0.5 * mesh.spacing  # the nodes of the shifted chain are the faces of the original
    av = pc.averages(shifted, v, chain.mass, eta, window, mesh)
    t_int = pc.interaction_stress(shifted, chain.bond_forces(q), eta, window, mesh)
    return av["momentum"], av["momentum"] * av["velocity"] - av["convective_stress"] - t_int


def balance_residuals(chain: pc.Chain, before, now, after, dt: float, eta: float, window, mesh: pc.Mesh):
    """Residuals of the cell-integrated exact balances (eqs 2.8, 2.9) at the middle of three states (q, v)
    a time ``dt`` apart, the time derivative by central differences (O(dt²)):
    d/dt ∫_β ρ̄ + [ρ̄v̄]_faces and d/dt ∫_β ρ̄v̄ + [flux]_faces, each relative to max |d/dt ∫_β|."""
    m = chain.mass / chain.particles
    (qa, va), (q, v), (qb, vb) = before, now, after
    mass_flux, momentum_flux = face_fluxes(chain, q, v, eta, window, mesh)
    out = []
    for weights, flux in ((lambda qq, vv: np.full(qq.size, m), mass_flux), (lambda qq, vv: m * vv, momentum_flux)):
        rate = (cell_integrals(qb, weights(qb, vb), eta, window, mesh)
                - cell_integrals(qa, weights(qa, va), eta, window, mesh)) / (2 * dt)
        out.append(float(np.max(np.abs(rate + np.roll(flux, -1) - flux)) / np.max(np.abs(rate))))
    return tuple(out)
