"""Coarse models of seed 000 as numbers: G_P, the mass-matrix pencils, the γ = 1 Galerkin form.

Every form is built for periodic κ on ``m`` elements from the exact ring coefficients of the
engine (manifold ``c[b][i][k]``, evolution ``G_p``, mass-matrix bands ``M_a``, ``K_p``):

* ``G``        — ``dU/dt = G_P(γ) U`` (the engine's evolution, eq 8 extended);
* ``minimal``  — ``M dU/dt = −K U`` with M to γ^{P−2}, K to γ^P (exact bands);
* ``rayleigh-ritz`` — ``M = VᵀDV``, ``K = −VᵀL(γ)V`` formed here numerically from the
  truncated fine field ``V = Σ_{b<P} γ^b V_b`` and the embedded DAE's own matrices (eq 3);
* ``galerkin`` — ``M = V_dᵀV_d``, ``K = −V_dᵀ A V_d`` with ``A`` the fine operator (1) and
  ``V_d`` the fine field's mid-element values u_{2j} = v_{j,2}, u_{2j+1} = v_{j,5} (at γ = 1).

For even ``m`` the checkerboard ``(−1)^j`` is an exact null vector of ``L(γ)`` (rows 3 and 4
couple elements only through ``γ(v_{j+1,0} − v_{j−1,7})``), hence of every G_P and K; with the
constant it is excluded by deflation (:func:`deflated_eigenvalues`), never by a heuristic.
"""
from __future__ import annotations

import numpy as np
import scipy.linalg as sla
import scipy.sparse as sps

from ..errors import InputError
from ..naming import parse_offset_name
from ..numbers import significant
from .embedded_dae import embedded_matrices, slow_eigenvalues
from .fine_lattice import fine_operator

FORMS = ("G", "minimal", "rayleigh-ritz", "galerkin")


def ring_values(ring, kappa: np.ndarray) -> dict[str, np.ndarray]:
    """Every ring variable's value at each element j: r_o = 1/κ_{2j+o}, K_s = 1/h(j+s)."""
    kappa = np.asarray(kappa, dtype=float)
    n, stride = kappa.size, ring.stride
    m = n // stride
    j = np.arange(m)
    x = 1.0 / kappa
    out = {}
    forms = {f.name: [(float(c), parse_offset_name(mono[0][0])[1]) for c, mono in ring.terms(ring.from_sympy_poly(f.h))]
             for f in ring.families}
    for name in ring.names:
        base, off = parse_offset_name(name)
        if base == ring.base:
            out[name] = x[(stride * j + off) % n]
        else:
            out[name] = 1.0 / sum(c * x[(stride * (j + off) + o) % n] for c, o in forms[base])
    return out


_COMPILED: dict[int, tuple] = {}  # id(poly) → (poly, exponent matrix, coefficients); poly kept alive


def _compiled(poly):
    entry = _COMPILED.get(id(poly))
    if entry is None or entry[0] is not poly:
        entry = (poly, sps.csr_matrix(np.array(poly.monoms(), dtype=float)), np.array([float(c) for c in poly.coeffs()]))
        _COMPILED[id(poly)] = entry
    return entry[1], entry[2]


class BandEvaluator:
    """Ring coefficients → numbers at every element, for one κ (each coefficient compiled once to
    an exponent matrix; monomials evaluated as exp(E · log x), every variable being positive)."""

    def __init__(self, ring, kappa):
        self.ring = ring
        self.values = ring_values(ring, kappa)
        self.names = list(ring.names)
        self.logs = np.log(np.stack([self.values[nm] for nm in self.names]))
        self.m = self.logs.shape[1]

    def __call__(self, poly) -> np.ndarray:
        """The coefficient's value at each element j (shape (m,))."""
        if poly.is_zero():
            return np.zeros(self.m)
        E, coefs = _compiled(poly)
        return coefs @ np.exp(E @ self.logs)

    def matrix(self, bands, gamma: float) -> np.ndarray:
        """The dense m×m operator Σ_p γ^p Σ_k A[p][k](j) U_{j+k}."""
        A = np.zeros((self.m, self.m))
        j = np.arange(self.m)
        for p, band in enumerate(bands):
            if gamma**p == 0:
                continue
            for k, c in band.items():
                np.add.at(A, (j, (j + k) % self.m), gamma**p * self(c))
        return A

    def fine_field(self, levels, gamma: float) -> np.ndarray:
        """``V`` (n·m × m): v_{j,i} = Σ_b γ^b Σ_k c[b][i][k](j) U_{j+k}, row n·j + i."""
        n = len(levels[0])
        V = np.zeros((n * self.m, self.m))
        j = np.arange(self.m)
        for b, level in enumerate(levels):
            for i, comp in enumerate(level):
                for k, c in comp.items():
                    np.add.at(V, (n * j + i, (j + k) % self.m), gamma**b * self(c))
        return V

    def mid_element_field(self, levels, gamma: float) -> sps.csr_matrix:
        """``V_d`` (2m × m, sparse): the fine values u_{2j} = v_{j,2}, u_{2j+1} = v_{j,5} of the fine
        field ``levels`` at ``gamma`` (the rows of :meth:`fine_field` the Galerkin form uses)."""
        j = np.arange(self.m)
        rows, cols, vals = [], [], []
        for b, level in enumerate(levels):
            for parity, i in ((0, 2), (1, 5)):
                for k, c in level[i].items():
                    rows.append(2 * j + parity)
                    cols.append((j + k) % self.m)
                    vals.append(gamma**b * self(c))
        return sps.csr_matrix((np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))), shape=(2 * self.m, self.m))


def galerkin_matrices(form, kappa, gamma: float = 1.0) -> tuple[sps.csr_matrix, sps.csr_matrix, sps.csr_matrix]:
    """Sparse ``(M, K, V_d)`` of the Galerkin form for one κ: ``M = V_dᵀV_d``, ``K = −V_dᵀ A V_d`` with
    ``A`` the fine operator (1); O(m) work and memory (periodic bands of half-width 2(P − 1) + 1 at most)."""
    A = fine_operator(kappa)  # validates κ: finite, positive, 1-d
    if A.shape[0] % 2:
        raise InputError(f"kappa must have an even length 2m (two fine points per element), got {A.shape[0]}")
    Vd = BandEvaluator(form.ring, np.asarray(kappa, dtype=float)).mid_element_field(form.fine_field, gamma)
    return (Vd.T @ Vd).tocsr(), (-(Vd.T @ (A @ Vd))).tocsr(), Vd


def checkerboard(m: int) -> np.ndarray | None:
    """(−1)^j on m coarse points (None for odd m, where it is not periodic)."""
    return (-1.0) ** np.arange(m) if m % 2 == 0 else None


def null_vectors(m: int) -> np.ndarray:
    """The exact null vectors every form shares: the constant, and (even m) the checkerboard."""
    c = checkerboard(m)
    return np.ones((m, 1)) if c is None else np.column_stack([np.ones(m), c])


def deflated_eigenvalues(A: np.ndarray, null: np.ndarray, B: np.ndarray | None = None) -> np.ndarray:
    """Eigenvalues of ``A x = μ B x`` (``B`` = I if None) with the exact null vectors ``null``
    (``A null = 0``) removed: the eigenvalues of the quotient map on R^m / span(null).

    For B = I the quotient of x ↦ A x is represented by ``Z A Zᵀ`` with ``Z`` an orthonormal basis
    of null's orthogonal complement; for a pencil by ``(Z A Y, Z B Y)`` with ``Y`` a basis of
    the B-orthogonal complement of ``null`` (invariant because A null = 0 and A, B symmetric).
    """
    m = A.shape[0]
    Q = np.linalg.qr(null, mode="complete")[0]
    Z = Q[:, null.shape[1]:].T
    if B is None:
        return np.linalg.eigvals(Z @ A @ Z.T)
    Y = np.linalg.solve(B, Z.T) if np.linalg.cond(B) < 1e14 else None
    if Y is None:  # B singular on span(null) (the Galerkin form: V_d(−1)^j may vanish): restrict both to Z
        Y = Z.T
    lam = sla.eigvals(Z @ A @ Y, Z @ B @ Y)
    if lam.size != m - null.shape[1]:
        raise InputError("deflation lost eigenvalues")
    return lam


class SlowForms:
    """All four forms of one order-P model for one κ (exact bands from a MassMatrixForm)."""

    def __init__(self, form, kappa):
        self.form = form
        self.kappa = np.asarray(kappa, dtype=float)
        self.ev = BandEvaluator(form.ring, self.kappa)
        self.m = self.ev.m
        self.spec = form.manifold.spec

    def G(self, gamma: float) -> np.ndarray:
        return self.ev.matrix(self.form.evolution, gamma)

    def minimal(self, gamma: float):
        P = self.form.order
        return self.ev.matrix(self.form.mass[:P - 1], gamma), self.ev.matrix(self.form.stiffness[:P + 1], gamma)

    def rayleigh_ritz(self, gamma: float):
        D, L = embedded_matrices(self.spec, self.kappa, gamma)
        V = self.ev.fine_field(self.form.fine_field, gamma)
        M = V.T @ D @ V
        K = -V.T @ L @ V
        return 0.5 * (M + M.T), 0.5 * (K + K.T)

    def galerkin(self, gamma: float = 1.0):
        M, K, _ = galerkin_matrices(self.form, self.kappa, gamma)
        return M.toarray(), K.toarray()

    def eigenvalues(self, name: str, gamma: float) -> np.ndarray:
        """The model's eigenvalues (decay rates as eigenvalues of dU/dt = ·U) with the exact null
        modes deflated, sorted by |λ|."""
        null = null_vectors(self.m)
        if name == "G":
            lam = deflated_eigenvalues(self.G(gamma), null)
        elif name in ("minimal", "rayleigh-ritz", "galerkin"):
            M, K = {"minimal": self.minimal, "rayleigh-ritz": self.rayleigh_ritz, "galerkin": self.galerkin}[name](gamma)
            lam = deflated_eigenvalues(-K, null, M)
        else:
            raise InputError(f"form must be one of {', '.join(FORMS)}, got {name!r}")
        return lam[np.argsort(np.abs(lam))]


def slow_spectrum_error(forms: SlowForms, name: str, gamma: float) -> float:
    """max |λ_model − λ_DAE| over the m − (null) slow eigenvalues, both sorted by real part, against
    the embedded DAE (3) with its algebraic rows eliminated (the existing independent check)."""
    dae = slow_eigenvalues(forms.spec, forms.kappa, gamma)
    null = null_vectors(forms.m).shape[1]
    dae = dae[np.argsort(np.abs(dae))][null:]
    model = forms.eigenvalues(name, gamma)
    return float(np.max(np.abs(np.sort_complex(model.astype(complex)) - np.sort_complex(dae.astype(complex)))))


def fitted_orders(forms: SlowForms, names, gammas) -> dict[str, dict]:
    """Fitted error order (least-squares slope of log error against log γ) of each form."""
    out = {}
    for name in names:
        errs = np.array([slow_spectrum_error(forms, name, g) for g in gammas])
        out[name] = {"errors": errs.tolist(), "order": float(np.polyfit(np.log(gammas), np.log(errs), 1)[0])}
    return out


class RingOperatorKernel:
    """A band operator Σ_p γ^p A_p evaluated from its exact ring coefficients, with the
    ``coarse_operator(kappa, gamma)``/``shifts`` interface of a generated lattice kernel (an
    independent evaluation: no code generation involved)."""

    def __init__(self, ring, bands):
        self.ring, self.bands = ring, bands
        self.shifts = np.array(sorted({k for band in bands for k in band}), dtype=np.int64)

    def coarse_operator(self, kappa, gamma):
        ev = BandEvaluator(self.ring, kappa)
        out = np.zeros((ev.m, self.shifts.size))
        for p, band in enumerate(self.bands):
            for s, k in enumerate(self.shifts):
                if int(k) in band:
                    out[:, s] += float(gamma) ** p * ev(band[int(k)])
        return out


def gamma1_comparison(form, kappa, count: int = 4) -> dict:
    """At γ = 1: relative errors of the ``count`` slowest non-null eigenvalues of each form
    against the fine lattice (1) on 2m points, paired in order of |λ| (no selection: only the
    exact null modes — the constant and, for even m, the checkerboard — are removed).

    Also ``growing`` (the largest real part of the form's eigenvalues, > 0 for growing modes) and,
    for the pencils, whether ``M`` is positive definite.
    """
    from .fine_lattice import fine_eigenvalues

    fine = fine_eigenvalues(kappa)[1:count + 1]
    forms = SlowForms(form, kappa)
    out = {}
    for name in FORMS:
        lam = forms.eigenvalues(name, 1.0)
        entry = {"error": float(np.max(np.abs(lam[:count] - fine) / np.abs(fine))),
                 "growing": float(max(np.max(lam.real), 0.0))}
        if name != "G":
            M = {"minimal": forms.minimal, "rayleigh-ritz": forms.rayleigh_ritz, "galerkin": forms.galerkin}[name](1.0)[0]
            null = null_vectors(forms.m)
            Z = np.linalg.qr(null, mode="complete")[0][:, null.shape[1]:]
            entry["mass_definite"] = bool(np.linalg.eigvalsh(Z.T @ M @ Z).min() > 0)
        out[name] = entry
    return out


def gamma1_table(forms_by_order: dict, ms=(16, 32, 64), seeds: int = 8) -> dict[str, dict]:
    """The γ = 1 comparison of every form (:func:`gamma1_comparison`) over random κ uniform in
    [0.5, 2] (``seeds`` samples, seeds 0 …) and constant κ, for each order P → MassMatrixForm and
    each m: mean and max error, the constant-κ error, and the samples with a growing mode."""
    rows = {}
    for P, form in sorted(forms_by_order.items()):
        for m in ms:
            res = [gamma1_comparison(form, np.random.default_rng(seed).uniform(0.5, 2.0, 2 * m)) for seed in range(seeds)]
            const = gamma1_comparison(form, np.ones(2 * m))
            for name in FORMS:
                e = [r[name]["error"] for r in res]
                g = [r[name]["growing"] for r in res]
                rows[f"{name}-P{P}-m{m}"] = {
                    "form": name, "order": P, "m": m, "mean": significant(float(np.mean(e)), 3), "max": significant(max(e), 3),
                    "constant": significant(const[name]["error"], 3), "samples_growing": int(sum(x > 1e-10 for x in g)),
                    "max_growth_rate": significant(max(g), 2),
                    "mass_definite_all": all(r[name].get("mass_definite", True) for r in res)}
    return rows


def embed_fine(u) -> np.ndarray:
    """A fine field u (2m points, periodic) in the overlapping elements of seed 000 §2: element j
    holds u_{2j−2}, u_{2j−1}, u_{2j}, u_{2j+1}, u_{2j}, u_{2j+1}, u_{2j+2}, u_{2j+3} (rows n·j + i)."""
    u = np.asarray(u, dtype=float)
    n = u.size
    j = np.arange(n // 2)
    offsets = np.array([-2, -1, 0, 1, 0, 1, 2, 3])
    return u[(2 * j[:, None] + offsets[None, :]) % n].ravel()
