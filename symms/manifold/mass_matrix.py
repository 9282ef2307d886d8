"""The slow manifold's mass-matrix form ``M(γ) dU/dt = −K(γ) U`` (seed 000 eqs 3, 5).

The embedded DAE (3) is ``D v̇ = L(γ) v`` with ``L`` symmetric.  On the slow manifold
``v = V U`` (``V`` the engine's fine field as a linear map of the amplitudes) the invariance
equation ``D V G = L V``, multiplied by ``Vᵀ``, gives

    M G = −K,      M = Vᵀ D V,      K = −Vᵀ L V,

both symmetric because ``D`` and ``L`` are.  Every operator here is a band: ``A[p][k]`` is the
ring coefficient (a function of element ``j``) of ``γ^p U_{j+k}`` in ``(A U)_j``.  With the
manifold ``c[b][i][k]`` (the coefficient of ``γ^b U_{j+k}`` in ``v_{j,i}``),

    M[a][k](j) = Σ_{b+c=a} Σ_{k1} Σ_i D_i  S^{−k1}[c[b][i][k1] · c[c][i][k1+k]](j),

with ``S^e f(j) = f(j+e)`` (a ring shift), and ``K`` likewise with ``D_i c`` replaced by the
rows ``L`` applied to the manifold.  ``L``'s entries are Laurent monomials in the ring
variables (κ = 1/r): each row is carried as its numerator over the row's monomial ``s_r`` and
the band sums are divided exactly at the end (:meth:`symms.polys.LatticeRing.divide`).

Two truncations from the same manifold ``V = Σ_{b<P} γ^b V_b``:

* ``minimal`` — ``M`` through ``γ^{P−2}``, ``K`` through ``γ^P``: exactly the orders the
  manifold determines, ``K_p = −Σ_a M_a G_{p−a}`` (asserted), so it has ``G_P``'s
  ``O(γ^{P+1})`` error;
* ``rayleigh-ritz`` — the full products of the truncated ``V`` (``M`` to ``γ^{2P−2}``, ``K`` to
  ``γ^{2P−1}``): a Ritz projection of the symmetric pencil ``(L, D)``, whose eigenvalues are
  stationary in ``V`` (errors ``O(γ^{2P})`` expected; measured in ``tests/test_mass_matrix.py``).
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field

from ..errors import DerivationError, InputError
from .engine import SlowManifold
from .operator import element_operator, in_ring

TRUNCATIONS = ("minimal", "rayleigh-ritz")

Band = dict  # shift k -> ring element


@dataclass
class MassMatrixForm:
    """``mass[a][k]`` and ``stiffness[p][k]``: ``Σ_a γ^a M_a dU/dt = −Σ_p γ^p K_p U`` (bands)."""

    manifold: SlowManifold
    truncation: str
    ring: object
    mass: list[Band]
    stiffness: list[Band]
    evolution: list[Band]  # the engine's G_p, relabelled into ``ring``
    fine_field: list[list[Band]]  # the engine's manifold c[b][i], relabelled into ``ring``
    seconds: dict[str, float] = field(default_factory=dict)

    @property
    def order(self) -> int:
        return self.manifold.order

    def term_counts(self) -> dict[str, dict[int, int]]:
        count = lambda bands: {p: sum(len(c) for c in b.values()) for p, b in enumerate(bands)}  # noqa: E731
        return {"mass": count(self.mass), "stiffness": count(self.stiffness)}


def _add(acc: dict, k: int, value) -> None:
    acc[k] = acc[k] + value if k in acc else value


class WindowError(DerivationError):
    """A product left the ring's window of offsets."""


def _wide(m: SlowManifold, span: int):
    """The manifold and evolution in a ring wide enough for products shifted by ``±span`` elements."""
    ring = m.ring
    if ring.span >= span:
        return ring, m.manifold, m.evolution, m.op
    op = in_ring(element_operator(m.spec), span=span)
    ctx = op.ring.ctx
    manifold = [[{k: x.project_to_context(ctx) for k, x in comp.items()} for comp in level] for level in m.manifold]
    evolution = [{k: x.project_to_context(ctx) for k, x in level.items()} for level in m.evolution]
    return op.ring, manifold, evolution, op


class _Bands:
    """Band arithmetic in the ring: shifts memoised, products summed per power of γ."""

    def __init__(self, ring):
        self.ring, self.memo = ring, {}

    def shift(self, key, x, e: int):
        if e == 0:
            return x
        if (key, e) not in self.memo:
            try:
                self.memo[(key, e)] = self.ring.shift(x, e)
            except DerivationError as exc:
                raise WindowError(str(exc)) from None
        return self.memo[(key, e)]

    def nf_band(self, acc: dict) -> Band:
        return {k: y for k, x in sorted(acc.items()) if not (y := self.ring.nf(x)).is_zero()}


def _row_images(op, bands: _Bands, manifold, orders: int):
    """``N[t][r][k]``: ``s_r ×`` row ``r`` of ``L`` applied to ``V``, coefficient of ``γ^t U_{j+k}``."""
    n = len(op.dynamic)
    out = []
    for t in range(orders + 1):
        rows = []
        for r in range(n):
            acc: dict = {}
            for q, e, i, coef in op.scaled_terms[r]:
                if q <= t and t - q < len(manifold):
                    for k, x in manifold[t - q][i].items():
                        _add(acc, k + e, coef * bands.shift(("c", t - q, i, k), x, e))
            rows.append(bands.nf_band(acc))
        out.append(rows)
    return out


def _monomial(ring, x) -> dict[str, int]:
    """A ring monomial (row scale ``s_r``) as ``{variable: exponent}``."""
    terms = ring.terms(x)
    if len(terms) != 1 or terms[0][0] != 1:
        raise DerivationError(f"row scale {ring.to_str(x)} is not a monic monomial")
    return dict(terms[0][1])


def _shifted_monomial(ring, mono: dict[str, int], e: int) -> dict[str, int]:
    from ..naming import offset_name, parse_offset_name

    out = {}
    for name, power in mono.items():
        base, off = parse_offset_name(name)
        out[offset_name(base, off + ring.stride * e)] = power
    return out


def _lcm(monomials) -> dict[str, int]:
    out: dict[str, int] = {}
    for mono in monomials:
        for name, power in mono.items():
            out[name] = max(out.get(name, 0), power)
    return out


def _times_monomial(ring, x, mono: dict[str, int]):
    for name, power in mono.items():
        x = x * ring.var(name) ** power
    return x


def mass_bands(ring, op, manifold, top: int, components=None) -> list[Band]:
    """``M_a`` for a = 0 … ``top`` from the manifold levels given (``Vᵀ D V``); with
    ``components`` the sum runs over those components instead of D's dynamic ones."""
    bands = _Bands(ring)
    P = len(manifold)
    dyn = [i for i, d in enumerate(op.dynamic) if d] if components is None else list(components)
    out = []
    for a in range(top + 1):
        acc: dict = {}
        for b in range(max(0, a - P + 1), min(a, P - 1) + 1):
            c = a - b
            for i in dyn:
                for k1, x in manifold[b][i].items():
                    for k2, y in manifold[c][i].items():
                        _add(acc, k2 - k1, bands.shift(("cc", b, c, i, k1, k2), x * y, -k1))
        out.append(bands.nf_band(acc))
    return out


GALERKIN_COMPONENTS = (2, 5)  # u_{2j} = v_{j,2}, u_{2j+1} = v_{j,5}: the mid-element fine values V_d


def galerkin_mass_bands(form: MassMatrixForm) -> list[Band]:
    """The γ = 1 Galerkin mass ``V_dᵀV_d`` by powers of γ (the products of the truncated ``V(γ)``,
    γ^0 … γ^{2P−2}; the band operator at γ = 1 is the Galerkin form's M).  Each fine point is the
    mid-element value of exactly one element, so the sum runs over components 2 and 5 once."""
    P = len(form.fine_field)
    return mass_bands(form.ring, None, form.fine_field, 2 * (P - 1), components=GALERKIN_COMPONENTS)


def stiffness_bands(ring, op, manifold, top: int) -> list[Band]:
    """``K_p`` for p = 0 … ``top`` from the manifold levels given (``−Vᵀ L V``), exact in the ring.

    Row ``r``'s image carries the monomial denominator ``s_r``; shifted by ``−k1`` it becomes
    ``S^{−k1} s_r``.  Each band is summed over the lcm of those monomials and divided exactly.
    """
    bands = _Bands(ring)
    P = len(manifold)
    n = len(op.dynamic)
    images = _row_images(op, bands, manifold, top)
    scales = [_monomial(ring, s) for s in op.row_scale]
    out = []
    for p in range(top + 1):
        parts: dict[int, list] = {}
        for b in range(0, min(p, P - 1) + 1):
            t = p - b
            for r in range(n):
                for k1, x in manifold[b][r].items():
                    for k2, y in images[t][r].items():
                        parts.setdefault(k2 - k1, []).append((_shifted_monomial(ring, scales[r], -k1),
                                                              bands.shift(("cn", b, t, r, k1, k2), x * y, -k1)))
        band = {}
        for k, terms in sorted(parts.items()):
            common = _lcm(mono for mono, _ in terms)
            num = ring.zero()
            for mono, x in terms:
                rest = {name: e - mono.get(name, 0) for name, e in common.items() if e - mono.get(name, 0)}
                num += _times_monomial(ring, x, rest)
            value = ring.divide(ring.nf(-num), common)
            if value is None:
                raise DerivationError(f"K_{p} at U_(j{k:+d}) is not a ring polynomial (its kappa factors do not cancel)")
            value = ring.nf(value)
            if not value.is_zero():
                band[k] = value
        out.append(band)
    return out


def compose(ring, A: list[Band], B: list[Band], top: int) -> list[Band]:
    """``(A B)_p`` for p ≤ ``top``: ``Σ_{a+b=p} Σ_{k1} A[a][k1] S^{k1}[B[b][k − k1]]``."""
    bands = _Bands(ring)
    out = []
    for p in range(top + 1):
        acc: dict = {}
        for a in range(min(p, len(A) - 1) + 1):
            b = p - a
            if b >= len(B):
                continue
            for k1, x in A[a].items():
                for k2, y in B[b].items():
                    _add(acc, k1 + k2, x * bands.shift(("B", b, k2), y, k1))
        out.append(bands.nf_band(acc))
    return out


def band_is_symmetric(ring, band: Band) -> bool:
    """``a_k(j) = a_{−k}(j+k)`` for every shift (the band operator equals its transpose)."""
    zero = ring.zero()
    return all(ring.nf(band.get(k, zero) - ring.shift(band.get(-k, zero), k)).is_zero() for k in set(band) | {-k for k in band})


def band_row_sum_is_zero(ring, band: Band) -> bool:
    """``Σ_k a_k = 0`` (the band annihilates constants)."""
    return ring.nf(sum(band.values(), ring.zero())).is_zero()


def assert_structure(form: MassMatrixForm, check_identity: bool = True) -> dict:
    """Assert exactly, per order: ``M_a``, ``K_p`` symmetric, ``K_p·1 = 0``, and
    ``K_p = −Σ_a M_a G_{p−a}`` for p ≤ P (the orders the manifold determines); return the facts."""
    ring, P = form.ring, form.order
    for a, band in enumerate(form.mass):
        if not band_is_symmetric(ring, band):
            raise DerivationError(f"M_{a} is not symmetric")
    for p, band in enumerate(form.stiffness):
        if not band_is_symmetric(ring, band):
            raise DerivationError(f"K_{p} is not symmetric")
        if not band_row_sum_is_zero(ring, band):
            raise DerivationError(f"K_{p} does not annihilate constants")
    determined = list(range(min(P, len(form.stiffness) - 1) + 1)) if check_identity else []
    MG = compose(ring, form.mass, form.evolution, P) if determined else []
    for p in determined:
        keys = set(MG[p]) | set(form.stiffness[p])
        zero = ring.zero()
        if any(not ring.nf(MG[p].get(k, zero) + form.stiffness[p].get(k, zero)).is_zero() for k in keys):
            raise DerivationError(f"K_{p} != -sum_a M_a G_(p-a)")
    return {"symmetric_mass": list(range(len(form.mass))), "symmetric_stiffness": list(range(len(form.stiffness))),
            "stiffness_annihilates_constants": list(range(len(form.stiffness))),
            "stiffness_equals_minus_mass_times_G": determined}


def mass_matrix_form(m: SlowManifold, truncation: str = "minimal", route: str = "identity",
                     verify: bool = True) -> MassMatrixForm:
    """``M`` and ``K`` of the order-``m.order`` manifold (eqs 3, 5) in the given truncation.

    ``minimal``: M to γ^{P−2}, K to γ^P; ``rayleigh-ritz``: the full products of the truncated
    V (M to γ^{2P−2}, K to γ^{2P−1}, since L is linear in γ).

    ``route`` for K: ``product`` forms ``−Vᵀ L V`` from the rows themselves
    (:func:`stiffness_bands`); ``identity`` (minimal only, much cheaper at high order) takes
    ``K_p = −Σ_a M_a G_{p−a}``, which the engine's exact residual verification implies
    (``V_0ᵀ R = 0`` at γ^P, ``R = 0`` below).  Either way ``verify`` asserts exactly, per order,
    that M and K are symmetric and K annihilates constants (a theorem, not built in: G is
    not symmetric), and for ``product`` also ``K_p = −Σ_a M_a G_{p−a}``.
    """
    if truncation not in TRUNCATIONS:
        raise InputError(f"truncation must be one of {', '.join(TRUNCATIONS)}, got {truncation!r}")
    if route not in ("identity", "product") or (route == "identity" and truncation != "minimal"):
        raise InputError(f"route must be 'product', or 'identity' with the minimal truncation; got {route!r} with {truncation!r}")
    P = m.order
    if P < 2:
        raise InputError(f"the mass-matrix form needs order >= 2 (the evolution starts at gamma^2), got {P}")
    qmax = max(q for row in m.op.scaled_terms for q, *_ in row)
    top_m, top_k = (P - 2, P) if truncation == "minimal" else (2 * (P - 1), 2 * (P - 1) + qmax)
    seconds: dict[str, float] = {}

    def bands(span):
        t0 = time.perf_counter()
        ring, manifold, evolution, op = _wide(m, span)
        seconds["ring"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        mass = mass_bands(ring, op, manifold, top_m)
        seconds["mass"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        if route == "product":
            stiffness = stiffness_bands(ring, op, manifold, top_k)
        else:
            stiffness = [{k: ring.nf(-x) for k, x in band.items()} for band in compose(ring, mass, evolution, top_k)]
        seconds["stiffness"] = time.perf_counter() - t0
        return ring, manifold, evolution, mass, stiffness

    try:  # the engine's own ring is wide enough for the minimal truncation of seed 000
        ring, manifold, evolution, mass, stiffness = bands(m.ring.span if route == "identity" else 2 * P + 2)
    except WindowError:
        ring, manifold, evolution, mass, stiffness = bands(2 * P + 2)
    form = MassMatrixForm(m, truncation, ring, mass, stiffness, evolution, manifold, seconds)
    if verify:
        t0 = time.perf_counter()
        assert_structure(form, check_identity=route == "product")
        seconds["verify"] = time.perf_counter() - t0
    return form
