"""Independent atomistic reference computations for the Cauchy–Born model (seed 001 §3–4).

Nothing here uses the symbolic lattice sums: energies and stresses come from explicit atom
positions in a finite block (numpy distances), and the chain dynamics from plain
velocity-Verlet molecular dynamics.  Conventions as in :mod:`symms.models.cauchy_born`
(A displacement gradient, p deformed shifts, energy per reference volume, pairs once).
"""
from __future__ import annotations

from itertools import product

import numpy as np

from ..models.lattices import Lattice
from ..models.potentials import PairPotential


def _geometry(lattice: Lattice, values: dict):
    B = np.array(lattice.basis_at(values).evalf(30), dtype=float)
    fractional = np.array(lattice.fractional, dtype=float)
    return B, fractional


def _block(lattice: Lattice, values: dict, A, p, cutoff: float):
    """Atoms of a finite block around cell 0: deformed positions, lattice parts B n, sublattice, and centre atoms."""
    B, fractional = _geometry(lattice, values)
    d = B.shape[0]
    F = np.eye(d) + np.asarray(A, dtype=float).reshape(d, d)
    shifts_ref = fractional @ B.T
    shifts = shifts_ref @ F.T if p is None else np.vstack([np.zeros((1, d)), np.asarray(p, float).reshape(-1, d)])
    FB = F @ B
    reach = np.ceil(cutoff * np.linalg.norm(np.linalg.inv(FB), axis=1)).astype(int) + 2
    cells = np.array(list(product(*[range(-m, m + 1) for m in reach])), dtype=float)
    lattice_part = np.repeat(cells @ B.T, len(shifts), axis=0)
    positions = np.repeat(cells @ FB.T, len(shifts), axis=0) + np.tile(shifts, (len(cells), 1))
    reference = lattice_part + np.tile(shifts_ref, (len(cells), 1))
    centre = np.nonzero(np.repeat(np.all(cells == 0, axis=1), len(shifts)))[0]
    volume = abs(np.linalg.det(B))
    return positions, lattice_part, reference, centre, volume


def direct_energy(lattice: Lattice, values: dict, potential: PairPotential, A, p=None) -> float:
    """W(A, p) by direct summation: (1/|Γ|) ½ Σ_{i in cell 0} Σ_{j != i} V(|y_j - y_i|) over a finite block.

    ``p`` (s x d, deformed shifts) defaults to the affine shifts (I + A) p^0.
    """
    rc = float(potential.cutoff)
    V = potential.numeric(0)
    y, _, _, centre, volume = _block(lattice, values, A, p, rc)
    total = 0.0
    for i in centre:
        r = np.linalg.norm(y - y[i], axis=1)
        r = r[(r > 1e-12) & (r < rc)]
        total += 0.5 * V(r).sum()
    return total / volume


def direct_stress(lattice: Lattice, values: dict, potential: PairPotential, A, p=None, affine: bool | None = None):
    """P = ∂W/∂A by direct summation of pair forces: (1/|Γ|) ½ Σ V'(r)/r (y_j - y_i) ⊗ lever_ij.

    At fixed shifts the lever is the lattice part B(n_j - n_i); with affine shifts (default when
    ``p`` is None) it is the full reference separation X_j - X_i.
    """
    rc = float(potential.cutoff)
    dV = potential.numeric(1)
    affine = p is None if affine is None else affine
    y, lattice_part, reference, centre, volume = _block(lattice, values, A, p, rc)
    lever = reference if affine else lattice_part
    d = y.shape[1]
    P = np.zeros((d, d))
    for i in centre:
        sep = y - y[i]
        r = np.linalg.norm(sep, axis=1)
        keep = (r > 1e-12) & (r < rc)
        w = dV(r[keep]) / r[keep]
        P += 0.5 * np.einsum("m,mi,mj->ij", w, sep[keep], lever[keep] - lever[i])
    return P / volume


def relaxed_direct_energy(lattice: Lattice, values: dict, potential: PairPotential, A) -> tuple[float, np.ndarray]:
    """min_p W(A, p) (eq 3.5) by numerical minimisation of the direct sum, started at the affine shifts."""
    from scipy.optimize import minimize

    B, fractional = _geometry(lattice, values)
    d = B.shape[0]
    F = np.eye(d) + np.asarray(A, dtype=float).reshape(d, d)
    start = (fractional[1:] @ B.T @ F.T).ravel()
    best = minimize(lambda q: direct_energy(lattice, values, potential, A, q), start, method="BFGS",
                    options={"gtol": 1e-11})
    return float(best.fun), best.x.reshape(-1, d)


def central_gradient(f, X, h: float = 1e-5) -> np.ndarray:
    """Central finite differences of a scalar f at the array X (same shape as X)."""
    X = np.asarray(X, dtype=float)
    out = np.zeros_like(X)
    for idx in np.ndindex(X.shape):
        e = np.zeros_like(X)
        e[idx] = h
        out[idx] = (f(X + e) - f(X - e)) / (2 * h)
    return out


def central_hessian(f, X, h: float = 1e-4) -> np.ndarray:
    """Central finite differences of the Hessian of a scalar f at X, shape X.shape * 2."""
    X = np.asarray(X, dtype=float)
    n = X.size
    H = np.zeros((n, n))
    unit = np.eye(n) * h
    for a in range(n):
        for b in range(a, n):
            ea, eb = unit[a].reshape(X.shape), unit[b].reshape(X.shape)
            H[a, b] = H[b, a] = (f(X + ea + eb) - f(X + ea - eb) - f(X - ea + eb) + f(X - ea - eb)) / (4 * h * h)
    return H.reshape(X.shape + X.shape)


def green_lagrange_to_stretch(E) -> np.ndarray:
    """The symmetric deformation gradient F = sqrt(I + 2E) (so FᵀF = I + 2E), as A = F - I."""
    E = np.asarray(E, dtype=float)
    w, Q = np.linalg.eigh(np.eye(len(E)) + 2 * E)
    return (Q * np.sqrt(w)) @ Q.T - np.eye(len(E))


# --------------------------------------------------------------------------- benchmark baseline

def neighbour_vectors(lattice: Lattice, values: dict, cutoff: float) -> np.ndarray:
    """Reference separations X (m x d) from every atom of cell 0 to its neighbours inside the cutoff.

    Each pair appears twice (once from each end) when both ends are in the cell, so the sums
    below carry the weight ½ of ½ Σ_{i != j}.
    """
    y, _, reference, centre, _ = _block(lattice, values, np.zeros((lattice.dim,) * 2), None, cutoff)
    out = []
    for i in centre:
        sep = reference - reference[i]
        r = np.linalg.norm(sep, axis=1)
        out.append(sep[(r > 1e-12) & (r < cutoff)])
    return np.vstack(out)


def numpy_neighbour_sum_stress(A_batch, vectors, dV, volume, weight: float = 0.5) -> np.ndarray:
    """Plain numpy P(A) for a batch A (n, d, d): (w/|Γ|) Σ_m V'(r)/r (F X_m) ⊗ X_m, F = I + A.

    ``vectors`` are the ordered reference separations (each pair twice, ``weight`` ½) of the
    atoms of one cell; ``dV`` is V'(r) as a numpy function (cut).  The benchmark baseline.
    """
    A_batch = np.asarray(A_batch, dtype=float)
    F = np.eye(A_batch.shape[-1]) + A_batch
    y = np.einsum("nij,mj->nmi", F, vectors)
    r = np.linalg.norm(y, axis=-1)
    w = dV(r) / r
    return weight * np.einsum("nm,nmi,mj->nij", w, y, vectors, optimize=True) / volume


def numpy_neighbour_sum_moduli(A_batch, vectors, dV, d2V, volume, weight: float = 0.5) -> np.ndarray:
    """Plain numpy ∂²W/∂A_ij∂A_kl (n, d, d, d, d): (w/|Γ|) Σ [(V'' - V'/r)/r² y_i y_k + V'/r δ_ik] X_j X_l."""
    A_batch = np.asarray(A_batch, dtype=float)
    d = A_batch.shape[-1]
    F = np.eye(d) + A_batch
    y = np.einsum("nij,mj->nmi", F, vectors)
    r = np.linalg.norm(y, axis=-1)
    d1 = dV(r) / r
    k2 = (d2V(r) - d1) / r ** 2
    XX = np.einsum("mj,ml->mjl", vectors, vectors)
    yy = np.einsum("nm,nmi,nmk->nmik", k2, y, y)
    C = np.einsum("nmik,mjl->nijkl", yy, XX, optimize=True)
    C += np.einsum("ik,njl->nijkl", np.eye(d), np.einsum("nm,mjl->njl", d1, XX, optimize=True))
    return weight * C / volume


# --------------------------------------------------------------------------- diatomic chain MD

def md_diatomic_chain(x_A, x_B, v_A, v_B, m_A: float, m_B: float, dV, length: float, dt: float, steps: int,
                      record_every: int = 0):
    """Velocity-Verlet MD of a periodic chain A_0 B_0 A_1 B_1 ... with nearest-neighbour forces -V'(r).

    Positions ``x_A[j]`` < ``x_B[j]`` < ``x_A[j+1]``; ``length`` is the period.  Returns the final
    (x_A, x_B, v_A, v_B) and, if ``record_every``, the list of recorded (t, x_A, x_B).
    """
    x_A, x_B, v_A, v_B = (np.array(z, dtype=float) for z in (x_A, x_B, v_A, v_B))

    def forces(xa, xb):
        f_ab = dV(xb - xa)                                # bond A_j - B_j, tension > 0 pulls together
        f_ba = dV(np.roll(xa, -1) + np.where(np.arange(len(xa)) == len(xa) - 1, length, 0.0) - xb)
        fa = f_ab - np.roll(f_ba, 1)
        fb = f_ba - f_ab
        return fa, fb

    fa, fb = forces(x_A, x_B)
    record = []
    for step in range(steps):
        if record_every and step % record_every == 0:
            record.append((step * dt, x_A.copy(), x_B.copy()))
        v_A += 0.5 * dt * fa / m_A
        v_B += 0.5 * dt * fb / m_B
        x_A += dt * v_A
        x_B += dt * v_B
        fa, fb = forces(x_A, x_B)
        v_A += 0.5 * dt * fa / m_A
        v_B += 0.5 * dt * fb / m_B
    if record_every and steps % record_every == 0:
        record.append((steps * dt, x_A.copy(), x_B.copy()))
    return (x_A, x_B, v_A, v_B), record
