"""The spec's linear operator in the coefficient ring, and the bordered inverse (seed 000 §3).

Write the rows as ``D dv_j/dt = Σ_q γ^q Σ_e L_{q,e} v_{j+e}``.  The γ = 0 operator ``L0`` must
decouple the elements and have a one-dimensional kernel ``e`` (the slow subspace E0).  The
bordered matrix ``B = [[L0, −D e], [a, 0]]`` (``a`` the amplitude) is inverted once, exactly;
a correction of order ``p`` is ``[c; g] = B⁻¹ [−R_p; 0]``.

Residuals are rational in the parameters (κ = 1/r survives in the coupling rows), corrections
are not.  So row ``r`` is multiplied by the monomial lcm ``s_r`` of its denominators — its
residual numerator ``N_r = s_r R_r`` is a ring polynomial — and the correction is
``−(Σ_r W_{ir} N_r) / w_i`` with ``W_{ir} = w_i (B⁻¹)_{ir} / s_r`` polynomial and ``w_i`` the
monomial lcm that makes it so; the division by ``w_i`` is exact in the ring
(:meth:`symms.polys.LatticeRing.divide`).  Denominator factors of ``B⁻¹`` become the ring's
inverse variables.
"""
from __future__ import annotations

from dataclasses import dataclass

import sympy as sp
from sympy.polys.matrices import DomainMatrix

from ..errors import DerivationError, InputError
from ..naming import offset_name, parse_offset_name
from ..polys import InverseFamily, LatticeRing
from .spec import LatticeDAE, parse_v

# a ring entry in SymPy form: numerator polynomial and inverse factors ((family, shift, power), ...)
Entry = tuple[sp.Expr, tuple[tuple[str, int, int], ...]]


@dataclass(frozen=True)
class ElementOperator:
    """Everything the iteration needs, in SymPy (independent of the ring window).

    ``inverse`` is ``B⁻¹`` ((n+1)×(n+1) entries); ``weighted[i] = (w_i, (W_{i0}, …))`` the
    weighted inverse rows; ``scaled_terms[r]`` lists ``(q, e, i, s_r·coef)`` of row ``r`` and
    ``row_scale[r] = s_r``; ``row_cofactor[r] = lcm(s)/s_r``.  ``late_classes`` are the offset
    classes (mod stride) of the divisors ``w_i``: the ring orders them last so that its pivots
    avoid them and every division is plain polynomial division.
    """

    spec: LatticeDAE
    kernel: tuple[sp.Expr, ...]
    families: tuple[InverseFamily, ...]
    inverse: tuple[tuple[Entry, ...], ...]
    weighted: tuple[tuple[sp.Expr, tuple[Entry, ...]], ...]
    scaled_terms: tuple[tuple[tuple[int, int, int, sp.Expr], ...], ...]
    row_scale: tuple[sp.Expr, ...]
    row_cofactor: tuple[sp.Expr, ...]
    late_classes: frozenset[int]
    reach: int


def _ring_symbol(spec: LatticeDAE, offset: int) -> sp.Symbol:
    return sp.Symbol(offset_name(spec.ring_base, offset))


def _to_ring_variables(spec: LatticeDAE, expr: sp.Expr) -> sp.Expr:
    subs = {}
    for sym in expr.free_symbols:
        parsed = parse_offset_name(sym.name)
        if parsed and parsed[0] == spec.parameter:
            x = _ring_symbol(spec, parsed[1])
            subs[sym] = 1 / x if spec.reciprocal else x
    return expr.xreplace(subs)


def _shift_sympy(spec: LatticeDAE, expr, elements: int):
    subs = {}
    for sym in sp.sympify(expr, strict=True).free_symbols:
        base, off = parse_offset_name(sym.name)
        subs[sym] = sp.Symbol(offset_name(base, off + spec.stride * elements))
    return expr.xreplace(subs)


def _offsets(expr) -> list[int]:
    return [p[1] for s in sp.sympify(expr, strict=True).free_symbols if (p := parse_offset_name(s.name))]


def _row_matrices(spec: LatticeDAE) -> dict[tuple[int, int], sp.Matrix]:
    """``L[(q, e)][r, i]``: coefficient of ``γ^q v_{j+e,i}`` in row ``r``, in ring variables."""
    n = spec.n
    L: dict[tuple[int, int], sp.Matrix] = {}
    for r, row in enumerate(spec.rows):
        expr = sp.expand(_to_ring_variables(spec, sp.sympify(row, strict=True)))
        variables = [s for s in expr.free_symbols if parse_v(s)]
        rest = expr.xreplace({s: 0 for s in variables})
        if rest != 0:
            raise InputError(f"spec {spec.name} row {r} has a term without a variable ({rest}); rows must be linear and homogeneous")
        for s in variables:
            coef = expr.coeff(s)
            if any(parse_v(t) for t in coef.free_symbols):
                raise InputError(f"spec {spec.name} row {r} is not linear in the variables")
            e, i = parse_v(s)
            if not coef.is_polynomial(spec.gamma):
                raise InputError(f"spec {spec.name} row {r}: coefficients must be polynomial in {spec.gamma}")
            for (q,), c in sp.Poly(coef, spec.gamma).terms():
                L.setdefault((q, e), sp.zeros(n, n))[r, i] += c
    for (q, e) in L:
        if q == 0 and e != 0:
            raise InputError(f"spec {spec.name} couples element j to j{e:+d} at γ = 0; the γ = 0 system must decouple the elements")
    return L


def _split_monomial(den: sp.Expr):
    """``den = const · monomial · rest`` with ``rest`` free of single-variable factors."""
    const, factors = sp.factor_list(den)
    mono, rest = sp.Integer(1), []
    for f, p in factors:
        if f.is_Symbol:
            mono *= f**p
        else:
            rest.append((f, p))
    return const, mono, rest


class _Families:
    """Denominator factor families found so far; named by the spec's hints where they match."""

    def __init__(self, spec: LatticeDAE):
        self.spec, self.found, self._seen = spec, [], {}

    def locate(self, factor):
        """``(family, shift, λ)`` with ``factor = λ · h_family`` shifted by ``shift`` elements."""
        if factor not in self._seen:
            self._seen[factor] = self._search(factor)
        return self._seen[factor]

    def _search(self, factor):
        candidates = [(fam, fam.h) for fam in self.found]
        for name, expr in self.spec.inverse_names:
            candidates.append((InverseFamily(name, sp.expand(1 / _to_ring_variables(self.spec, sp.sympify(expr, strict=True)))), None))
        for fam, h in candidates:
            for s in range(-4, 5):
                ratio = sp.cancel(factor / _shift_sympy(self.spec, fam.h, s))
                if ratio.is_number:
                    if h is None:
                        self.found.append(fam)
                    return fam, s, ratio
        fam = InverseFamily(f"D{len(self.found) + 1}", sp.expand(factor))
        self.found.append(fam)
        return fam, 0, sp.Integer(1)

    def entry(self, field, value, what: str) -> Entry:
        """A field element (reduced fraction of ring polynomials) as numerator × inverse variables."""
        num, den = field.numer(value), field.denom(value)
        const, factors = den.factor_list()
        scale = sp.Integer(1) / field.domain.to_sympy(const)
        inv = []
        for f, power in factors:
            f = f.as_expr()
            if f.is_Symbol:
                raise DerivationError(
                    f"{what} of {self.spec.name} divides by {f}; this ring holds only inverses of "
                    "non-monomial factors (try reciprocal=... for the lattice parameter)"
                )
            fam, s, lam = self.locate(f)
            scale /= lam**power
            inv.append((fam.name, s, int(power)))
        return sp.expand(num.as_expr() * scale), tuple(inv)


def _dm(matrix: sp.Matrix) -> DomainMatrix:
    return DomainMatrix.from_Matrix(matrix).to_field()


def element_operator(spec: LatticeDAE) -> ElementOperator:
    """Find E0, invert the bordered γ = 0 operator, weight it by the row scales (seed 000 eqs 3–5)."""
    n = spec.n
    L = _row_matrices(spec)
    L0 = L.get((0, 0), sp.zeros(n, n))
    kernel = _dm(L0).nullspace().to_Matrix()
    if kernel.rows != 1:
        raise DerivationError(
            f"the γ = 0 element operator of {spec.name} has a {kernel.rows}-dimensional kernel; "
            "the engine needs exactly one slow mode per element"
        )
    a = sp.Matrix([list(spec.amplitude)])
    norm = sp.cancel((a * kernel.T)[0])
    if norm == 0:
        raise InputError(f"amplitude {spec.amplitude} of {spec.name} is zero on the slow subspace; choose weights with a·e ≠ 0")
    e_vec = sp.Matrix([sp.cancel(x / norm) for x in kernel])
    D = sp.diag(*[int(d) for d in spec.dynamic])
    B = sp.zeros(n + 1, n + 1)
    B[:n, :n] = L0
    B[:n, n] = -D * e_vec
    B[n, :n] = a
    dB = _dm(B)
    if dB.det() == dB.domain.zero:
        raise DerivationError(f"the bordered γ = 0 operator of {spec.name} is singular; the amplitude or the dynamic mask is inadmissible")
    field = dB.domain
    Binv = dB.inv().to_dense().rep.to_ddm()
    fams = _Families(spec)
    inverse = tuple(tuple(fams.entry(field, Binv[r][c], "the bordered inverse") for c in range(n + 1)) for r in range(n + 1))

    row_scale, scaled = [], []
    for r in range(n):
        coefs = [(q, e, i, L[(q, e)][r, i]) for (q, e) in sorted(L) for i in range(n) if L[(q, e)][r, i] != 0]
        scale = sp.lcm_list([sp.fraction(sp.together(c))[1] for *_, c in coefs] or [sp.Integer(1)])
        if _split_monomial(scale)[2]:
            raise InputError(f"spec {spec.name} row {r} divides by {scale}; coefficients may only divide by parameter monomials")
        row_scale.append(scale)
        scaled.append(tuple((q, e, i, sp.expand(sp.cancel(c * scale))) for q, e, i, c in coefs))
    # rows without γ-terms have zero residual numerators at every order p ≥ 1
    coupled = [r for r in range(n) if any(q > 0 for q, *_ in scaled[r])]
    weighted = []
    for i in range(n + 1):
        ratios = {r: Binv[i][r] / field.from_sympy(row_scale[r]) for r in coupled}
        w = sp.lcm_list([_split_monomial(field.denom(x).as_expr())[1] for x in ratios.values()])
        weighted.append((w, tuple(fams.entry(field, ratios[r] * field.from_sympy(w), "a weighted inverse")
                                  if r in ratios else (sp.Integer(0), ()) for r in range(n))))
    common = sp.lcm_list(row_scale)
    cofactor = tuple(sp.cancel(common / s) for s in row_scale)
    late = frozenset(o % spec.stride for w, _ in weighted for o in _offsets(w))
    everything = [num for row in inverse for num, _ in row] + [num for _, row in weighted for num, _ in row] \
        + list(row_scale) + [c for row in scaled for *_, c in row] + [f.h for f in fams.found]
    reach = max([0] + [abs(o) for x in everything for o in _offsets(x)])
    return ElementOperator(spec, tuple(e_vec), tuple(fams.found), inverse, tuple(weighted), tuple(scaled),
                           tuple(row_scale), cofactor, late, reach)


def monomial_exponents(mono: sp.Expr) -> dict[str, int]:
    """``{name: exponent}`` of a monomial such as ``r_0**2*r_m1``."""
    return {str(b): int(e) for b, e in (f.as_base_exp() for f in sp.Mul.make_args(mono)) if not b.is_Number}


@dataclass(frozen=True)
class RingOperator:
    """The element operator's pieces as ring elements (``None`` for zero entries)."""

    ring: LatticeRing
    kernel: tuple
    dynamic: tuple[bool, ...]
    inverse: tuple[tuple, ...]
    weighted: tuple[tuple[dict, tuple], ...]
    scaled_terms: tuple
    row_scale: tuple
    row_cofactor: tuple


def in_ring(op: ElementOperator, span: int) -> RingOperator:
    """Load ``op`` into a ring whose window holds element shifts up to ``±span``."""
    spec = op.spec
    ring = LatticeRing(spec.ring_base, spec.stride, spec.stride * span + op.reach, op.families, span, op.late_classes)

    def load(entry: Entry):
        num, inv = entry
        value = ring.from_sympy_poly(num)
        for name, s, power in inv:
            value *= ring.var(offset_name(name, s)) ** power
        value = ring.nf(value)
        return None if value.is_zero() else value

    return RingOperator(
        ring=ring,
        kernel=tuple(ring.from_sympy_poly(x) for x in op.kernel),
        dynamic=tuple(bool(d) for d in spec.dynamic),
        inverse=tuple(tuple(load(x) for x in row) for row in op.inverse),
        weighted=tuple((monomial_exponents(w), tuple(load(x) for x in row)) for w, row in op.weighted),
        scaled_terms=tuple(tuple((q, e, i, ring.nf(ring.from_sympy_poly(c))) for q, e, i, c in row) for row in op.scaled_terms),
        row_scale=tuple(ring.nf(ring.from_sympy_poly(s)) for s in op.row_scale),
        row_cofactor=tuple(ring.nf(ring.from_sympy_poly(s)) for s in op.row_cofactor),
    )
