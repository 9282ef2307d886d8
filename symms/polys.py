"""The fast coefficient ring of lattice models, on python-flint ``fmpq_mpoly``.

Coefficients of lattice models are rational functions of lattice parameters whose indices are
offsets from element ``j``.  Rather than fractions (gcd per operation; SymPy stalls by γ³) they
live in the quotient ring

    A = Q[x_i, K_{f,s}] / (K_{f,s} · h_{f,s} − 1),

where ``x_i`` are the ring variables (e.g. resistivities r_i = 1/κ_i), each ``h_f`` is a
denominator factor found by the engine (e.g. S/4 for the harmonic mean K = 4/S of seed 000,
eq 7), linear in at least one variable, and ``h_{f,s}`` is it shifted by ``s`` elements.

Normal form.  Pick for every relation a *pivot* variable ``x_p`` of ``h_{f,s}``; when the
monomials ``K_{f,s} x_p`` are pairwise coprime they are the leading monomials of the
relations under a lex order, so the relations form a Gröbner basis (Buchberger's first
criterion) and rewriting ``K x_p → (1 − K (h − c_p x_p)) / c_p`` until no term is divisible by
a pivot monomial gives a canonical form.  Different pivot choices give different canonical
forms; to divide exactly by a variable we rewrite into a form where it is no pivot, so
division is plain polynomial division.  No gcds, no common denominators; a lattice shift is a
relabelling of generators.
"""
from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

import flint
import sympy as sp

from .errors import DerivationError
from .naming import offset_name, parse_offset_name


@dataclass(frozen=True)
class InverseFamily:
    """A denominator factor family: ``name_s = 1/h`` shifted by ``s`` elements; ``h`` at s = 0."""

    name: str
    h: sp.Expr  # polynomial in the offset-named ring variables


class LatticeRing:
    """Normal-form arithmetic in Q[x, K]/(K·h − 1) on a finite window of offsets.

    ``base`` names the ring variables (``r`` → ``r_m2``, ``r_0``, ...), ``stride`` is how far
    their offsets move per element, ``reach`` the largest |offset| they may take, and
    ``families`` the inverse families, with element shifts up to ``±span``.  Variables whose
    offset class (offset mod stride) is in ``late_classes`` come last in the lex order, so the
    primary pivots avoid them and dividing by them needs no change of normal form.
    """

    def __init__(self, base: str, stride: int, reach: int, families: tuple[InverseFamily, ...], span: int,
                 late_classes: frozenset[int] = frozenset()):
        self.base, self.stride, self.reach, self.span = base, stride, reach, span
        self.families = families
        offsets = range(reach, -reach - 1, -1)
        x_names = [offset_name(base, i) for i in offsets if i % stride not in late_classes]
        x_names += [offset_name(base, i) for i in offsets if i % stride in late_classes]
        k_names = [offset_name(f.name, s) for f in families for s in range(-span, span + 1)]
        self.names = tuple(x_names + k_names)
        self.ctx = flint.fmpq_mpoly_ctx.get(self.names, "lex")
        self.gens = self.ctx.gens()
        self.index = {n: i for i, n in enumerate(self.names)}
        self._shift_images: dict[int, tuple] = {}
        self._h = [self.from_sympy_poly(f.h) for f in families]
        self._rules: dict[frozenset, tuple] = {}

    # -- variables -------------------------------------------------------------------------
    def x(self, offset: int):
        """The ring variable at ``offset``."""
        return self.var(offset_name(self.base, offset))

    def var(self, name: str):
        try:
            return self.gens[self.index[name]]
        except KeyError:
            raise DerivationError(
                f"variable {name} lies outside the ring's window (|offset| ≤ {self.reach} for {self.base}, "
                f"|shift| ≤ {self.span} for inverses); enlarge the window"
            ) from None

    def zero(self):
        return self.ctx.constant(0)

    def monomial(self, exponents: dict[str, int], ctx=None):
        """The monomial ``Π name^e`` of ``{name: e}`` (in ``ctx``, this ring's context by default)."""
        ctx = ctx or self.ctx
        return ctx.from_dict({tuple(exponents.get(n, 0) for n in ctx.names()): 1})

    def offset_class(self, name: str) -> int | None:
        """Offset modulo the stride of a ring variable (None for inverse variables)."""
        base, off = parse_offset_name(name)
        return off % self.stride if base == self.base else None

    # -- relations and normal forms ---------------------------------------------------------
    def _order(self, avoid: frozenset) -> list[str]:
        """Variable names in the lex order whose relation leading terms avoid classes ``avoid``."""
        xs = [n for n in self.names if self.offset_class(n) is not None]
        late = [n for n in xs if self.offset_class(n) in avoid]
        return [n for n in xs if n not in late] + late + [n for n in self.names if self.offset_class(n) is None]

    def _reducer(self, avoid: frozenset):
        """``(context, relations)``: relations ``K h − 1`` in a lex context where their leading
        monomials ``K x_p`` (pivot ``x_p`` outside classes ``avoid``) are pairwise coprime,
        highest first, with the indices of ``K`` and ``x_p`` for a cheap skip test."""
        if avoid not in self._rules:
            ctx = self.ctx if not avoid else flint.fmpq_mpoly_ctx.get(tuple(self._order(avoid)), "lex")
            relations = []
            for fam, h0 in zip(self.families, self._h):
                for s in range(-self.span, self.span + 1):
                    k = self.var(offset_name(fam.name, s))
                    rel = (k * self.shift(h0, s) - 1).project_to_context(ctx) if avoid else k * self.shift(h0, s) - 1
                    relations.append(rel)
            leads = [rel.monoms()[0] for rel in relations]
            for a in range(len(leads)):
                for b in range(a):
                    if any(u and v for u, v in zip(leads[a], leads[b])):
                        raise DerivationError(
                            f"two denominator factors share a pivot (avoiding offset classes {sorted(avoid)}); "
                            "K·h − 1 is no Gröbner basis here"
                        )
            order = sorted(range(len(relations)), key=lambda i: leads[i], reverse=True)
            self._rules[avoid] = (ctx, [(relations[i], tuple(j for j, e in enumerate(leads[i]) if e)) for i in order])
        return self._rules[avoid]

    def nf(self, p, avoid: frozenset = frozenset()):
        """Canonical normal form of ``p`` for the pivot choice avoiding offset classes ``avoid``.

        The result lives in the context of that choice (``self.ctx`` when nothing is avoided).
        Reducing by one relation only introduces lower pivots, so one sweep of flint's
        division, highest pivot first, reduces fully.
        """
        ctx, relations = self._reducer(avoid)
        if p.context() is not ctx:
            p = p.project_to_context(ctx)
        deg = p.degrees()
        for relation, lead in relations:
            if all(deg[i] for i in lead):
                p = divmod(p, relation)[1]
                deg = p.degrees()
        return p

    def _pivots(self, avoid: frozenset) -> tuple[str, ...]:
        ctx, relations = self._reducer(avoid)
        names = ctx.names()
        return tuple(sorted(names[i] for _, lead in relations for i in lead))

    def _canonical_avoid(self, avoid: frozenset) -> frozenset:
        """``avoid``, or the empty set when its pivots are the primary ones (same normal form)."""
        return frozenset() if avoid and self._pivots(avoid) == self._pivots(frozenset()) else avoid

    def divide(self, p, monomial: dict[str, int]):
        """``p / monomial`` in the ring, in primary normal form, or None if not exact.

        For each offset class the division happens in the normal form whose pivots avoid that
        class, where a multiple of the monomial is a multiple as a polynomial; classes the
        primary pivots already avoid go last, so the result needs no further reduction.
        """
        parts: dict[frozenset, dict[str, int]] = {}
        for name, e in monomial.items():
            c = self.offset_class(name)
            avoid = self._canonical_avoid(frozenset([c]) if c is not None else frozenset())
            parts.setdefault(avoid, {})[name] = e
        parts.setdefault(frozenset(), {})
        for avoid, part in sorted(parts.items(), key=lambda item: (not item[0], sorted(item[0]))):
            p = self.nf(p, avoid)
            if part:
                try:
                    p = p / self.monomial(part, p.context())
                except Exception:  # flint: "division is not exact"
                    return None
        return p

    # -- lattice shifts ------------------------------------------------------------------------
    def shift(self, p, elements: int):
        """``p`` relabelled ``elements`` elements to the right: x_i → x_{i+stride·e}, K_s → K_{s+e}."""
        if elements == 0 or p.is_constant():
            return p
        images = self._shift_images.get(elements)
        if images is None:
            images = self._shift_images[elements] = self._images(elements)
        deg = p.degrees()
        lost = [self.names[i] for i, ok in enumerate(images[1]) if not ok and deg[i]]
        if lost:
            raise DerivationError(f"shift by {elements} leaves the ring window ({', '.join(lost)}); enlarge the window")
        return p.compose(*images[0])

    def _images(self, e):
        images, fits = [], []
        for name in self.names:
            base, off = parse_offset_name(name)
            new = offset_name(base, off + (self.stride * e if base == self.base else e))
            fits.append(new in self.index)
            images.append(self.gens[self.index[new]] if new in self.index else self.gens[self.index[name]])
        return tuple(images), tuple(fits)

    # -- conversion ----------------------------------------------------------------------------
    def from_sympy_poly(self, expr):
        """A SymPy polynomial in this ring's variable names (rational coefficients) as an element.

        Read term by term from the expanded expression (``sp.Poly`` over all the ring's
        generators costs seconds for the operator's few hundred entries).
        """
        expr = sp.expand(sp.sympify(expr, strict=True))
        unknown = {s.name for s in expr.free_symbols} - set(self.index)
        if unknown:
            raise DerivationError(f"{expr} is not in the ring: unknown symbols {sorted(unknown)}")
        data: dict[tuple, flint.fmpq] = {}
        for term in sp.Add.make_args(expr):
            coeff, rest = term.as_coeff_Mul()
            exps = [0] * len(self.names)
            for factor in sp.Mul.make_args(rest) if rest != 1 else ():
                base, e = factor.as_base_exp()
                if not (base.is_Symbol and e.is_Integer and e > 0):
                    coeff = None
                    break
                exps[self.index[base.name]] += int(e)
            if coeff is None or not coeff.is_Rational:
                raise DerivationError(f"{expr} is not a polynomial with rational coefficients in the ring's variables")
            key = tuple(exps)
            data[key] = data.get(key, flint.fmpq(0)) + flint.fmpq(int(coeff.p), int(coeff.q))
        data = {k: c for k, c in data.items() if c != 0}
        return self.ctx.from_dict(data) if data else self.zero()

    def terms(self, p):
        """``[(Fraction coefficient, ((variable name, exponent), ...)), ...]`` in the ring order."""
        return [(Fraction(int(c.p), int(c.q)), tuple((self.names[i], int(e)) for i, e in enumerate(m) if e))
                for m, c in zip(p.monoms(), p.coeffs())]

    def to_sympy(self, p, rename: dict | None = None):
        """``p`` as a SymPy expression; ``rename`` maps variable names to SymPy expressions."""
        rename = rename or {}
        powers: dict[tuple[int, int], sp.Expr] = {}  # (variable, exponent) → power, built once
        terms = []
        for monom, c in zip(p.monoms(), p.coeffs()):
            factors = [sp.Rational(int(c.p), int(c.q))]
            for i, e in enumerate(monom):
                if e:
                    if (i, e) not in powers:
                        name = self.names[i]
                        powers[(i, e)] = (rename[name] if name in rename else sp.Symbol(name)) ** int(e)
                    factors.append(powers[(i, e)])
            terms.append(sp.Mul(*factors))
        return sp.Add(*terms)

    def to_str(self, p) -> str:
        """A SymPy-parsable string of ``p`` in the ring's variable names."""
        return p.str().replace("^", "**") if not p.is_zero() else "0"

    def factored(self, p):
        """``p`` as ``(constant, [(factor, power), ...])`` with every inverse variable cleared.

        ``K_s = 1/h_s`` is substituted, the numerator factored by FLINT (deterministic, unlike
        SymPy's multivariate ``factor``), and each ``h_s`` cancelled against it, so the factors
        are inverse variables (negative powers of ``h`` written back as ``K``) and polynomials in
        the ring variables.  For display: it reads like the seed's eq (6).
        """
        if p.is_zero():
            return 0, []
        degrees = p.degrees()
        inverse = {}  # generator index → (inverse variable, h shifted)
        for fam, h0 in zip(self.families, self._h):
            for s in range(-self.span, self.span + 1):
                i = self.index[offset_name(fam.name, s)]
                if degrees[i]:
                    inverse[i] = (self.gens[i], self.shift(h0, s))
        numerator = self.zero()
        for monom, c in zip(p.monoms(), p.coeffs()):
            term = self.ctx.constant(c)
            for i, e in enumerate(monom):
                if i in inverse:
                    term *= inverse[i][1] ** (degrees[i] - e)
                elif e:
                    term *= self.gens[i] ** e
            numerator += term
        powers = {i: degrees[i] for i in inverse}
        for i, (_, h) in inverse.items():  # cancel h against the numerator
            while powers[i]:
                try:
                    numerator = numerator / h
                except Exception:  # flint: not divisible
                    break
                powers[i] -= 1
        constant, factors = numerator.factor()  # p = numerator · Π K^power, since K = 1/h
        return constant, [(inverse[i][0], powers[i]) for i in sorted(inverse) if powers[i]] + list(factors)

    def variables(self, p) -> set[str]:
        """Names of the variables ``p`` depends on."""
        return {self.names[i] for i, d in enumerate(p.degrees()) if d}
