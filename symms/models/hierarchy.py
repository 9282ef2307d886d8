"""The multigrid hierarchy of seed 000 §3 ("modelling should be transitive").

One renormalisation step is eq (8) at γ = 1 read on one of its two decoupled sublattices
(eqs 2 and 7): from a diffusion lattice (1) with diffusivities κ_i (κ_i between points i and
i+1, resistivities r_i = 1/κ_i) the kernel grid has U_j ≈ (u_{2j} + u_{2j+1})/2 and

    dU_j/dt = (1/16)[K_{j-1}(U_{j-2} − U_j) + K_{j+1}(U_{j+2} − U_j)],
    K_j = 4/(r_{2j-2} + r_{2j-1} + r_{2j+1} + r_{2j+2}).

The even sublattice U'_J = U_{2J} (at fine points 4J, 4J+1) is again a lattice (1), four times
coarser, with κ'_J = K_{2J+1}/16, i.e. resistivity r'_J = 4 (r_{4J} + r_{4J+1} + r_{4J+3} + r_{4J+4}).
Iterating gives level L, with spacing 4^L and time unchanged.

Weights.  Level-L point J sits at fine position 4^L J + c_L, c_L = (4^L − 1)/6 (a link centre), so
link J of level L spans 4^L fine cells.  Writing the level-L effective diffusivity as
D = 16^L κ^{(L)}_J = 4^L / Σ_i W_i r_i, the composition gives integer weights W^{(L)} (Σ W = 4^L),
while the true harmonic mean over the same span has W = ½ on the two end links (cut in half by
the points) and 1 on the 4^L − 1 links between.  Eq (7) gives κ_{4J+2} (the middle link) weight 0
and the two end links weight 1; neighbouring K share those end links.  :func:`weight_comparison`
states the difference exactly.
"""
from __future__ import annotations

from fractions import Fraction

import numpy as np
import scipy.sparse as sps

from ..errors import InputError

STEP_OFFSETS = (0, 1, 3, 4)  # fine links entering one renormalised link (even sublattice), eq (7)


def _check(kappa, levels: int = 1) -> np.ndarray:
    kappa = np.asarray(kappa, dtype=float)
    if kappa.ndim != 1 or kappa.size % 4**levels or kappa.size // 4**levels < 2:
        raise InputError(f"kappa must be 1-d with a length divisible by 4^{levels} (and at least 2*4^{levels}), got {kappa.shape}")
    if not np.all(np.isfinite(kappa)) or np.any(kappa <= 0):
        raise InputError("kappa must be finite and positive everywhere")
    return kappa


def renormalise(kappa, sublattice: int = 0) -> np.ndarray:
    """One step of the hierarchy, eqs (2), (7), (8) at γ = 1: κ (n links) → κ' (n/4 links).

    ``sublattice`` 0 keeps the coarse points j even (fine 4J, 4J+1), 1 the odd ones (fine 4J+2,
    4J+3); the two are decoupled at O(γ²).  Periodic.
    """
    kappa = _check(kappa)
    r = 1.0 / kappa
    n = r.size
    base = 4 * np.arange(n // 4) + 2 * sublattice
    return 1.0 / (4.0 * sum(r[(base + o) % n] for o in STEP_OFFSETS))


def hierarchy(kappa, levels: int) -> list[np.ndarray]:
    """``[κ^{(0)} = κ, κ^{(1)}, …, κ^{(levels)}]`` by repeated :func:`renormalise` (even sublattice)."""
    out = [_check(kappa, levels)]
    for _ in range(levels):
        out.append(renormalise(out[-1]))
    return out


def position_offset(level: int) -> Fraction:
    """c_L: level-L point J sits at fine position 4^L J + c_L (c_L = (4^L − 1)/6, a link centre)."""
    return Fraction(4**level - 1, 6)


def level_weights(level: int) -> tuple[int, np.ndarray]:
    """``(first, W)``: the level-L link J has 4^L/D = Σ_i W[i] r_{4^L J + first + i} (exact integers).

    W^{(1)} = indicator of offsets {0, 1, 3, 4}; W^{(L)}(i) = Σ_o W^{(L−1)}(i − 4^{L−1}·o), the
    coarse links 4J + o of level L−1 each spanning 4^{L−1} fine links.
    """
    if level < 1:
        raise InputError("level must be ≥ 1")
    W = np.zeros(5, dtype=np.int64)
    W[list(STEP_OFFSETS)] = 1
    for L in range(2, level + 1):
        step = 4 ** (L - 1)
        new = np.zeros(W.size + 4 * step, dtype=np.int64)
        for o in STEP_OFFSETS:
            new[o * step:o * step + W.size] += W
        W = new
    return 0, W


def true_weights(level: int) -> tuple[int, list[Fraction]]:
    """``(first, W)`` of the true harmonic mean over the span of level-L link J: ½, 1, …, 1, ½.

    The span runs from 4^L J + c_L to 4^L (J+1) + c_L; c_L − ½ is an integer, the first link.
    """
    first = position_offset(level) - Fraction(1, 2)
    w = [Fraction(1, 2)] + [Fraction(1)] * (4**level - 1) + [Fraction(1, 2)]
    return int(first), w


def weight_comparison(level: int) -> dict:
    """Exact comparison of the composed weights with the true harmonic mean over the same span.

    ``l1`` = Σ|W − W_true| / 4^L (0 would mean identical diffusivities for every κ); ``support``
    the number of fine links entering (the span itself has 4^L + 1, counting the two half links);
    ``centre`` the weighted centre of both (they coincide: no drift).
    """
    f1, W = level_weights(level)
    f2, T = true_weights(level)
    lo = min(f1, f2)
    hi = max(f1 + W.size, f2 + len(T))
    a = [Fraction(0)] * (hi - lo)
    b = [Fraction(0)] * (hi - lo)
    for i, w in enumerate(W):
        a[f1 - lo + i] += int(w)
    for i, w in enumerate(T):
        b[f2 - lo + i] += w
    span = 4**level
    l1 = sum(abs(x - y) for x, y in zip(a, b)) / span
    centre = lambda v: sum(Fraction(lo + i) * x for i, x in enumerate(v)) / sum(v)  # noqa: E731
    return {"level": level, "span": span, "l1": l1, "support_composed": int(np.count_nonzero(W)),
            "extent_composed": [f1, f1 + W.size - 1], "extent_true": [f2, f2 + len(T) - 1],
            "centre_composed": centre(a), "centre_true": centre(b), "max_weight": int(W.max()),
            "zero_weights_inside_span": int(sum(1 for i in range(f2 + 1, f2 + len(T) - 1) if a[i - lo] == 0))}


def composed_diffusivity(kappa, level: int) -> np.ndarray:
    """D_J = 16^L κ^{(L)}_J = 4^L / Σ W r over fine links (periodic), the level-L effective diffusivity."""
    kappa = _check(kappa, level)
    first, W = level_weights(level)
    r = 1.0 / kappa
    n = r.size
    base = 4**level * np.arange(n // 4**level) + first
    S = sum(w * r[(base + i) % n] for i, w in enumerate(W) if w)
    return 4.0**level / S


def span_harmonic_mean(kappa, level: int) -> np.ndarray:
    """The true harmonic mean of κ over each level-L span (end links counted half), periodic."""
    kappa = _check(kappa, level)
    first, T = true_weights(level)
    r = 1.0 / kappa
    n = r.size
    base = 4**level * np.arange(n // 4**level) + first
    S = sum(float(w) * r[(base + i) % n] for i, w in enumerate(T))
    return 4.0**level / S


def restrict(u, level: int) -> np.ndarray:
    """Level-L values of a fine field: at each level the mean of the pair (4J, 4J+1) below.

    Level 1 is U_{2J} of the kernel grid, U_j = (u_{2j} + u_{2j+1})/2 (the mean of v_{j,2..5}).
    """
    u = np.asarray(u, dtype=float)
    for _ in range(level):
        if u.shape[-1] % 4:
            raise InputError("the field's length must be divisible by 4^level")
        u = 0.5 * (u[..., 0::4] + u[..., 1::4])
    return u


def kernel_grid_restrict(u) -> np.ndarray:
    """U_j = (u_{2j} + u_{2j+1})/2: the coarse amplitude on the kernel's grid (all j)."""
    u = np.asarray(u, dtype=float)
    return 0.5 * (u[..., 0::2] + u[..., 1::2])


def kernel_operator(kernel, kappa, gamma: float = 1.0, sublattice: int | None = None) -> sps.csr_matrix:
    """The coarse operator of a generated kernel (``kernel.coarse_operator``) as a sparse matrix.

    ``sublattice`` 0/1 restricts to even/odd kernel-grid points (exact when the operator has
    only even shifts, as at O(γ²)); otherwise the whole m-point grid.
    """
    G = np.asarray(kernel.coarse_operator(np.asarray(kappa, dtype=float), gamma))
    m = G.shape[0]
    j = np.arange(m)
    rows, cols, vals = [], [], []
    for s, k in enumerate(np.asarray(kernel.shifts)):
        rows.append(j)
        cols.append((j + int(k)) % m)
        vals.append(G[:, s])
    M = sps.csr_matrix((np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))), shape=(m, m))
    if sublattice is None:
        return M
    keep = np.arange(sublattice, m, 2)
    other = np.setdiff1d(j, keep)
    leak = abs(M[keep][:, other]).max() if other.size else 0.0
    if leak > 1e-14 * abs(M).max():
        raise InputError("the operator couples the two sublattices (odd shifts); pass sublattice=None")
    return M[keep][:, keep].tocsr()


def smooth_field(n: int, modes=((2, 1.0, 0.0), (5, 0.5, 1.0), (11, 0.25, 2.0))) -> np.ndarray:
    """A smooth periodic initial field on n fine points: Σ a cos(2π q i/n + φ) over (q, a, φ)."""
    x = np.arange(n) / n
    return sum(a * np.cos(2 * np.pi * q * x + phi) for q, a, phi in modes)


def simulate(kappa, u0, times, levels: int = 4, kernel=None, nodes: int = 32) -> dict:
    """Fine lattice (1) against the hierarchy's coarse models of levels 1 … ``levels``.

    Fine: ``exp(tA)u0`` by :func:`symms.numerics.fine_lattice.evolve` (error estimated).
    Level L: the order-2 generated kernel at γ = 1 applied to κ^{(L−1)} and restricted to its even
    sublattice (``kernel``, e.g. ``symms.load_kernel("diffusion", order=2, backend="c")``; without
    it the lattice (1) with κ^{(L)} from :func:`renormalise`), started from :func:`restrict` of u0.
    Also the same lattice with the true span harmonic mean (:func:`span_harmonic_mean`).
    Errors are max-norm, relative to max|R_L u(t) − mean(u0)|.
    """
    import time

    from ..numerics.fine_lattice import evolve, fine_operator

    kappa = _check(kappa, levels)
    u0 = np.asarray(u0, dtype=float)
    ks = hierarchy(kappa, levels)
    seconds = {}
    t0 = time.perf_counter()
    A = fine_operator(kappa)
    fine = {t: evolve(A, u0, t, nodes=nodes) for t in times}
    seconds["fine"] = time.perf_counter() - t0
    rows = []
    for L in range(1, levels + 1):
        t0 = time.perf_counter()
        if kernel is not None:
            G = kernel_operator(kernel, ks[L - 1], 1.0, sublattice=0)
        else:
            G = fine_operator(ks[L])
        Gtrue = fine_operator(span_harmonic_mean(kappa, L) / 16.0**L)
        U0 = restrict(u0, L)
        for t in times:
            ref = restrict(fine[t].u, L)
            scale = np.max(np.abs(ref - u0.mean()))
            model = evolve(G, U0, t, nodes=nodes)
            true = evolve(Gtrue, U0, t, nodes=nodes)
            rows.append({"level": L, "points": int(U0.size), "spacing": 4**L, "t": t,
                         "error": float(np.max(np.abs(model.u - ref)) / scale),
                         "error_true_harmonic": float(np.max(np.abs(true.u - ref)) / scale),
                         "integrator_error": max(model.error_estimate, true.error_estimate)})
        seconds[f"level{L}"] = time.perf_counter() - t0
    return {"rows": rows, "fine_error": {t: fine[t].error_estimate for t in times}, "seconds": seconds,
            "fine": {t: fine[t].u for t in times}, "kappa_levels": ks}
