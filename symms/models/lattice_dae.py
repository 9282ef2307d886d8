"""A coarse lattice model from any linear lattice DAE (seed 000 §3, the engine as a tool).

The pieces every lattice-DAE model shares — the evolution typeset by shift in difference form
(as seed 000 writes eq 8), the fine structure (eq 6), the symbol table, the table-driven kernel,
the structure facts and the ``model.json`` data — live here; :mod:`symms.models.diffusion` (seed
000's own embedding) and :func:`build_lattice_model` (a spec read from a file by
:mod:`symms.manifold.spec_file`) both use them.  :func:`spectrum_check` is the independent
check of either: the slow eigenvalues of the full embedded DAE (3) for random periodic
parameters in the spec's sample range.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np
import sympy as sp

from ..checks import CheckResult
from ..errors import DerivationError
from ..manifold import derive_slow_manifold
from ..manifold.operator import element_operator
from ..manifold.spec import parse_v
from ..manifold.structure import analyse
from ..model import DerivedModel, Equation, Guard, LatticeOperatorKernel, Section, Symbol, Table
from ..naming import index_latex, offset_name, parse_offset_name
from ..numerics.embedded_dae import fitted_order, trace_errors
from ..polys import LatticeRing

GAMMA = sp.Symbol("gamma")
TYPESET_TERMS = 400  # orders with more evolution terms show their structure and one representative coefficient
INLINE_WIDTH = 90  # LaTeX characters of a factored coefficient kept on the line of its U-difference
TERM_WIDTH = 110  # LaTeX characters of one typeset term before it is split into its monomials
FACTOR_TERMS = 100  # a sum of more ring terms is not factored for display (it would not fit TERM_WIDTH; factoring costs)


@dataclass(frozen=True)
class Typesetting:
    """How a model's symbols print: the ring variable's letter and stride, the inverse
    variables' letters, and one meaning per family (shown once, at offset 0)."""

    ring_base: str
    ring_latex: str
    stride: int
    ring_meaning: str
    inverse: dict = field(default_factory=dict)  # family name -> (LaTeX letter, meaning)
    parameter: tuple[str, str, str] = ("", "", "")  # (name, LaTeX letter, meaning) when the rows are printed
    variable_meaning: str = r"variable $i$ of element $j$: the fine field (on the slow manifold in eq (6)'s form)"
    gamma_meaning: str = r"coupling parameter between elements (physical case $\gamma = 1$)"

    def latex(self, name: str) -> str:
        """The printed form of a code symbol ``name`` (never the code name itself)."""
        if name == "gamma":
            return r"\gamma"
        if m := re.fullmatch(r"dUdt_(\d+)", name):
            return rf"[\gamma^{{{m[1]}}}]\,\frac{{dU_j}}{{dt}}"
        if m := re.fullmatch(r"v_(\d+)", name):
            return rf"v_{{j,{m[1]}}}"
        if m := re.fullmatch(r"dvdt_(\d+)", name):
            return rf"\frac{{dv_{{j,{m[1]}}}}}{{dt}}"
        if element := parse_v(sp.Symbol(name)):
            return rf"v_{{{index_latex('j', 1, element[0])},{element[1]}}}"
        base, off = parse_offset_name(name)
        if base == self.parameter[0]:
            return rf"{self.parameter[1]}_{{{index_latex('j', self.stride, off)}}}"
        if base == self.ring_base:
            return rf"{self.ring_latex}_{{{index_latex('j', self.stride, off)}}}"
        if base == "U":
            return rf"U_{{{index_latex('j', 1, off)}}}"
        if base == "dU":
            return rf"\left(U_{{{index_latex('j', 1, off)}}} - U_{{j}}\right)"
        if base == "cU":
            return rf"\left(U_{{{index_latex('j', 1, off)}}} - U_{{{index_latex('j', 1, -off)}}}\right)"
        if m := re.fullmatch(r"g(\d+)", base):
            return rf"g^{{({m[1]})}}_{{{off}}}(j)"
        letter = self.inverse.get(base, (base, ""))[0]
        if m := re.fullmatch(r"D(\d+)", letter):
            letter = rf"D^{{({m[1]})}}"
        return rf"{letter}_{{{index_latex('j', 1, off)}}}"

    def family(self, name: str) -> str:
        """The family a name belongs to (``U_m1`` → ``U``, ``v_3`` → ``v``, ``dUdt_2`` → ``dUdt``)."""
        if parse_v(sp.Symbol(name)):
            return "v"  # v_{j+e,i} of the rows and v_{j,i} of the manifold: one family
        parsed = parse_offset_name(name)
        return parsed[0] if parsed else re.sub(r"_\d+$", "", name)

    def meaning(self, family: str) -> str:
        """What a family of symbols means (the symbol table shows it on the family's first member)."""
        fixed = {"gamma": self.gamma_meaning, "v": self.variable_meaning, self.ring_base: self.ring_meaning,
                 "U": r"coarse amplitude at $X_j$",
                 "dU": r"difference of coarse amplitudes $U_{j+k} - U_j$ (the rows conserve: eq (8)'s form)",
                 "cU": r"centred difference $U_{j+k} - U_{j-k}$ (eq (6)'s form)"}
        if family and family == self.parameter[0]:
            return self.parameter[2]
        if family in fixed:
            return fixed[family]
        if m := re.fullmatch(r"g(\d+)", family):
            return rf"coefficient of $U_{{j+k}}$ in $[\gamma^{{{m[1]}}}]\,dU_j/dt$"
        return self.inverse.get(family, ("", ""))[1]

    def names(self, expr) -> dict:
        """``symbol_names`` for :func:`sympy.latex` of ``expr``."""
        return {s: self.latex(s.name) for s in expr.free_symbols}


def used_variables(m) -> list[str]:
    """Ring variables the model uses, in a canonical order (independent of the ring's window)."""
    used = set()
    for g in m.evolution:
        for c in g.values():
            used |= m.ring.variables(c)
    for level in m.manifold:
        for comp in level:
            for c in comp.values():
                used |= m.ring.variables(c)
    return sorted(used, key=lambda n: (parse_offset_name(n)[0] != m.ring.base, parse_offset_name(n)))


def factored(ring, poly):
    """A ring coefficient as a factored SymPy product (harmonic sums written as K), for display."""
    constant, factors = ring.factored(poly)
    out = sp.Rational(int(constant.p), int(constant.q))
    for factor, power in factors:
        out *= ring.to_sympy(factor) ** int(power)
    return out


def u_symbol(k: int) -> sp.Symbol:
    return sp.Symbol(offset_name("U", k))


def _width(ts: Typesetting, expr) -> int:
    return len(sp.latex(expr, symbol_names=ts.names(expr)))


def display_terms(ring, row: dict, power: int, ts: Typesetting) -> tuple:
    """``γ^p Σ_k coef_k U_{j+k}`` as ``(coefficient, γ^p U_{j+k})`` terms, a pair with
    ``coef_{-k} = −coef_k`` as one term ``coef_k (U_{j+k} − U_{j−k})`` (eq 6's form); each
    coefficient factored, or split into its terms when the factored form would not fit on a line."""
    out = []
    for k, c in sorted(row.items()):
        if k > 0 and -k in row and ring.nf(c + row[-k]).is_zero():
            continue  # written with its partner
        if k < 0 and -k in row and ring.nf(c + row[-k]).is_zero():
            k, c = -k, row[-k]
            factor = GAMMA ** power * sp.Symbol(offset_name("cU", k))
        else:
            factor = GAMMA ** power * u_symbol(k)
        whole = factored(ring, c)
        if _width(ts, whole) <= TERM_WIDTH:
            out.append((whole, factor))
        else:
            out += [(factored(ring, ring.ctx.from_dict({mono: x})), factor) for mono, x in zip(c.monoms(), c.coeffs())]
    return tuple(out)


def _grouped(ring, poly, ts: Typesetting) -> tuple:
    """``poly`` factored if that fits on a line, else as terms grouped by their inverse-variable monomial (``K_{j} K_{j+1} (…)``),
    each group factored; a group too wide for a line is split into its monomials."""
    if len(poly) <= FACTOR_TERMS:
        whole = factored(ring, poly)
        if _width(ts, whole) <= TERM_WIDTH:
            return ((whole, sp.Integer(1)),)
    inverse = [i for i, n in enumerate(ring.names) if ring.offset_class(n) is None]
    groups: dict[tuple, dict] = {}
    for mono, c in zip(poly.monoms(), poly.coeffs()):
        groups.setdefault(tuple(mono[i] for i in inverse), {})[mono] = c
    out = []
    for key in sorted(groups, key=lambda g: (sum(g), [-e for e in g])):
        part = ring.ctx.from_dict(groups[key])
        whole = factored(ring, part) if len(part) <= FACTOR_TERMS else None
        if whole is not None and _width(ts, whole) <= TERM_WIDTH:
            out.append((whole, sp.Integer(1)))
        else:
            out += [(factored(ring, ring.ctx.from_dict({mono: c})), sp.Integer(1)) for mono, c in groups[key].items()]
    return tuple(out)


def evolution_equations(ring, g: dict, p: int, conservative: bool, ts: Typesetting, representative_only: bool = False):
    """The γ^p part of dU_j/dt grouped by shift, ``Σ_k g_k(j) (U_{j+k} − U_j)`` when the rows
    conserve (eq 8's form), else ``Σ_k g_k(j) U_{j+k}``; each ``g_k`` factored.  When a factored
    ``g_k`` is too wide the sum is written with named coefficients ``g^{(p)}_k(j)``, each given
    below grouped by its inverse-variable monomials (``representative_only``: just the
    outermost one, for orders too large to typeset)."""
    group = rf"Terms in $\gamma^{{{p}}}$"
    shifts = [k for k in sorted(g) if k != 0 or not conservative]
    factor = {k: sp.Symbol(offset_name("dU" if conservative else "U", k)) for k in shifts}
    coefs = {k: factored(ring, g[k]) for k in shifts} if not representative_only else {}
    lhs = sp.Symbol(f"dUdt_{p}")
    if not representative_only and all(_width(ts, c) <= INLINE_WIDTH for c in coefs.values()):
        return (Equation(f"g{p}", lhs, tuple((coefs[k], factor[k]) for k in shifts), group=group),)
    named = {k: sp.Symbol(offset_name(f"g{p}", k)) for k in shifts}
    out = [Equation(f"g{p}", lhs, tuple((named[k], factor[k]) for k in shifts), group=group)]
    shown = [max(shifts)] if representative_only else shifts
    for k in shown:
        out.append(Equation(f"g{p}_{offset_name('k', k)[2:]}", named[k], _grouped(ring, g[k], ts), group=group))
    return tuple(out)


def definitions(ring, names, parameter: str, reciprocal: bool) -> dict[str, str]:
    """Local kernel variables ``names`` in terms of the lattice parameter at offsets."""
    def value(off):
        x = sp.Symbol(offset_name(parameter, off))
        return 1 / x if reciprocal else x

    families = {f.name: f for f in ring.families}
    out = {}
    for name in names:
        base, off = parse_offset_name(name)
        if base == ring.base:
            out[name] = sp.sstr(value(off))
        else:
            h = families[base].h
            out[name] = sp.sstr(1 / h.xreplace({x: value(parse_offset_name(x.name)[1] + ring.stride * off) for x in h.free_symbols}))
    return out


def symbol_table(ts: Typesetting, names) -> tuple[Symbol, ...]:
    """Every symbol the document prints or the data uses, by its printed form; one member of each
    family (offset 0 where it is there, else the first) carries the family's meaning."""
    order = ["gamma", ts.parameter[0], ts.ring_base, *ts.inverse, "U", "dU", "cU", "v", "dvdt", "dUdt"]

    def key(n):
        family, parsed = ts.family(n), parse_offset_name(n)
        rank = order.index(family) if family in order else len(order)
        return rank, family, parsed[1] if parsed else int(re.sub(r"\D", "", n) or 0)
    names = sorted(set(names), key=key)
    speaker = {}
    for n in names:
        parsed = parse_offset_name(n)
        if ts.family(n) not in speaker or (parsed and parsed[1] == 0):
            speaker[ts.family(n)] = n
    return tuple(Symbol(n, ts.latex(n), ts.meaning(ts.family(n)) if speaker[ts.family(n)] == n else "") for n in names)


def printed_names(sections) -> set[str]:
    """Names of every symbol in the sections' equations."""
    out = set()
    for sec in sections:
        for eq in sec.equations:
            if isinstance(eq, Equation):
                out |= {s.name for s in eq.lhs.free_symbols | eq.rhs.free_symbols}
    return out


def structure_table(facts) -> Table:
    return Table(
        "structure", r"Structure of every order, decided exactly in the coefficient ring. Self-adjoint: "
                     r"$g_k(j) = g_{-k}(j+k)$; conservative: $\sum_k g_k = 0$.",
        ("order", "terms", r"shifts $k$", "self-adjoint", "conservative"),
        tuple((f.order, f.terms, ", ".join(map(str, f.shifts)) or "--", f.self_adjoint, f.conservative) for f in facts))


def coarse_evolution(m, facts, ts: Typesetting) -> tuple:
    """Every order's evolution equations (:func:`evolution_equations`)."""
    out = []
    for f in facts:
        if f.terms:
            out += evolution_equations(m.ring, m.evolution[f.order], f.order, f.conservative, ts,
                                       representative_only=f.terms > TYPESET_TERMS)
    return tuple(out)


def lattice_kernel(m, parameter: str, reciprocal: bool, doc: str, guards=()) -> LatticeOperatorKernel:
    """The table-driven ``rhs(U, parameter, gamma)`` of the derived evolution."""
    ring = m.ring
    terms = {p: {k: tuple(ring.terms(c)) for k, c in g.items()} for p, g in enumerate(m.evolution) if g}
    variables = sorted({name for row in terms.values() for poly in row.values() for _, mono in poly for name, _ in mono})
    inverses = {f.name: tuple((c, parse_offset_name(mono[0][0])[1]) for c, mono in ring.terms(ring.from_sympy_poly(f.h)))
                for f in ring.families}
    return LatticeOperatorKernel(
        name="rhs", doc=doc, parameter=parameter, stride=m.spec.stride, gamma=str(m.spec.gamma),
        coefficients={p: {k: ring.to_str(c) for k, c in g.items()} for p, g in enumerate(m.evolution) if g},
        definitions=definitions(ring, variables, parameter, reciprocal), variable=ring.base, reciprocal=reciprocal,
        terms=terms, inverses=inverses, guards=tuple(guards))


def model_data(m, facts, parameter: str, reciprocal: bool) -> tuple[dict, dict]:
    """``(data, results)``: the ring, evolution, manifold and structure of ``model.json``, and the
    facts of ``results.json``."""
    ring = m.ring
    structure = {str(f.order): f.as_dict() for f in facts}
    used = used_variables(m)
    data = {
        "ring": {"variables": used, "definitions": definitions(ring, used, parameter, reciprocal),
                 "inverse_factors": {f.name: sp.sstr(f.h) for f in ring.families}},
        "evolution": {str(p): {str(k): ring.to_str(c) for k, c in sorted(g.items())} for p, g in enumerate(m.evolution) if g},
        "manifold": {str(p): {str(i): {str(k): ring.to_str(c) for k, c in sorted(row.items())} for i, row in enumerate(comps)}
                     for p, comps in enumerate(m.manifold)},
        "structure": structure,
        "residual": m.residual_statement,
        "summary": [f"gamma^{f.order}: {f.terms} terms, shifts {list(f.shifts)}, self-adjoint {f.self_adjoint}, "
                    f"conservative {f.conservative}" for f in facts if f.terms],
    }
    results = {
        "order": m.order,
        "residual": m.residual_statement,
        "term_counts": {str(f.order): f.terms for f in facts},
        "max_shift": {str(f.order): f.as_dict()["max_shift"] for f in facts},
        "self_adjoint": all(f.self_adjoint for f in facts),
        "conservative": all(f.conservative for f in facts),
        "structure": structure,
    }
    return data, results


def residual_tex(order: int) -> str:
    return (rf"every row's residual is exactly zero through $O(\gamma^{{{order - 1}}})$; at $O(\gamma^{{{order}}})$ it is "
            rf"orthogonal to the slow mode, so $dU_j/dt$ is exact through $O(\gamma^{{{order}}})$")


EVOLUTION_TEXT = (r"$dU_j/dt = \sum_p \gamma^p\,[\gamma^p]\,dU_j/dt$, each power grouped by shift $k$. Where the rows "
                  r"conserve ($\sum_k g_k = 0$, see the structure table) the shift-$k$ coefficient $g_k(j)$ multiplies "
                  r"$U_{j+k} - U_j$, as eq (8) is written. Orders with more than %d terms show their structure and "
                  r"one representative coefficient; all coefficients are in model.json.")


def manifold_equations(m, ts: Typesetting, orders) -> tuple:
    """The fine structure ``v_{j,i} = U_j + Σ_p γ^p Σ_k c_k U_{j+k}`` at the given orders (eq 6)."""
    out = []
    for p in orders:
        for i in range(m.spec.n):
            out.append(Equation(f"v{i}_g{p}", sp.Symbol(f"v_{i}"),
                                ((sp.Integer(1), u_symbol(0)),) + display_terms(m.ring, m.manifold[p][i], p, ts),
                                group=rf"Fine structure to $O(\gamma^{{{p}}})$"))
    return tuple(out)


def spec_typesetting(spec_file, ring) -> Typesetting:
    """The :class:`Typesetting` a spec file declares."""
    d, spec = spec_file.display, spec_file.spec
    letter = d.parameter_latex
    meaning = (rf"$1/{letter}_{{{index_latex('j', spec.stride, 0)}}}$ (${letter}$: {d.parameter_meaning})" if spec.reciprocal
               else d.parameter_meaning)
    inverse = {name: (tex, text) for name, tex, text in d.inverse_meanings}
    for f in ring.families:
        if f.name not in inverse:
            inverse[f.name] = (f.name, r"inverse of a denominator factor the engine found (model.json: data.ring.inverse_factors)")
    parameter = (spec.parameter, letter, d.parameter_meaning) if spec.reciprocal else ("", "", "")
    return Typesetting(ring.base, d.ring_latex, spec.stride, meaning, inverse, parameter)


def _spec_text(spec_file) -> str:
    spec, d = spec_file.spec, spec_file.display
    amplitude = " + ".join(rf"{sp.latex(a)}\,v_{{j,{i}}}" for i, a in enumerate(spec.amplitude) if a)
    text = (rf"The lattice DAE of the spec file \texttt{{{spec.name}}} (sha256 {spec_file.token}\dots): element $j$ holds "
            rf"$v_{{j,0}}, \dots, v_{{j,{spec.n - 1}}}$, with the rows below; the coarse amplitude is $U_j = {amplitude}$; "
            rf"the parameter at offset $o$ of element $j$ is ${d.parameter_latex}$ at ${index_latex('j', spec.stride, 0)} + o$.")
    return f"{d.description} {text}".strip()


def dae_rows(spec, row_meanings=()) -> tuple:
    """The rows of the spec as typeset equations: ``0 = …`` or ``dv_{j,r}/dt = …``, one term per variable."""
    out = []
    for r, row in enumerate(spec.rows):
        expr = sp.expand(row)
        variables = sorted((s for s in expr.free_symbols if parse_v(s)), key=parse_v)
        terms = tuple((sp.factor_terms(expr.coeff(s)), s) for s in variables)
        lhs = sp.Symbol(f"dvdt_{r}") if spec.dynamic[r] else sp.Integer(0)
        meaning = row_meanings[r] if r < len(row_meanings) and row_meanings[r] else ""
        kind = "dynamic" if spec.dynamic[r] else "algebraic"
        out.append(Equation(f"row{r}", lhs, terms, group=f"Row {r} ({kind}{': ' + meaning if meaning else ''})"))
    return tuple(out)


def shared_pivots(spec, span: int = 2) -> str | None:
    """The first two denominator factors of ``spec`` whose relations ``K·h − 1`` share a pivot
    variable in the ring's order (so they are no Gröbner basis, symms/polys.py), named, or None."""
    op = element_operator(spec)
    ring = LatticeRing(spec.ring_base, spec.stride, spec.stride * span + op.reach, op.families, span, op.late_classes)  # as in_ring
    rank = {n: i for i, n in enumerate(ring.names)}
    seen = {}
    for fam in op.families:
        h = ring.from_sympy_poly(fam.h)
        for s in sorted(range(-span, span + 1), key=lambda s: (abs(s), s)):
            pivot = min(ring.variables(ring.shift(h, s)), key=rank.__getitem__)
            label = f"1/({ring.to_str(ring.shift(h, s))})"
            if pivot in seen and seen[pivot][0] != (fam.name, s):
                return f"{seen[pivot][1]} and {label} share the pivot {pivot}"
            seen[pivot] = ((fam.name, s), label)
    return None


def derive_spec(spec, order: int, progress=False):
    """:func:`derive_slow_manifold`, with a refusal naming the factors when the ring's normal form
    cannot hold the spec's denominators."""
    try:
        return derive_slow_manifold(spec, order, progress=progress)
    except DerivationError as exc:
        if "share a pivot" not in str(exc):
            raise
        pair = shared_pivots(spec) or "two denominator factors share a pivot"
        ring = f" ({spec.ring_base}_o = 1/{spec.parameter}_o)" if spec.reciprocal else ""
        raise DerivationError(f"spec {spec.name}: the factors {pair}{ring}; the engine's normal form needs pairwise coprime "
                              "pivot monomials K·x (symms/polys.py), so this spec cannot be coarsened here") from None


def build_lattice_model(spec_file, order: int, progress=False) -> DerivedModel:
    """The coarse model of the spec file's lattice DAE to O(γ^order): the same pipeline as seed
    000's diffusion (eqs 3–8), with no Python written for the model."""
    spec = spec_file.spec
    m = derive_spec(spec, order, progress=progress)
    facts = analyse(m)
    ts = spec_typesetting(spec_file, m.ring)
    guards = tuple(Guard(expr, message) for expr, message in spec_file.guards)
    kernel = lattice_kernel(m, spec.parameter, spec.reciprocal,
                            f"dU/dt of the order-{order} coarse model of spec {spec.name}: rhs(U, {spec.parameter}, gamma)", guards)
    data, results = model_data(m, facts, spec.parameter, spec.reciprocal)
    data["spec"] = {"name": spec.name, "sha256": spec_file.sha256}
    sections = (
        Section("The lattice DAE", _spec_text(spec_file), dae_rows(spec, spec_file.display.row_meanings)),
        Section("Slow manifold", r"The fine structure in each element, cf.\ eq (6); higher orders are in model.json.",
                manifold_equations(m, ts, range(1, min(order, 2)))),
        Section("Coarse evolution", EVOLUTION_TEXT % TYPESET_TERMS, coarse_evolution(m, facts, ts)),
        Section("Structure of every order", "Residual: " + residual_tex(order) + ".", tables=(structure_table(facts),)),
    )
    names = printed_names(sections) | set(used_variables(m)) | {"gamma"}
    return DerivedModel(
        derivation="lattice-dae", variant=f"{spec.name}-{spec_file.token}-order{order}",
        parameters={"spec": spec_file.origin, "order": order},
        title=rf"{spec_file.display.title} to $O(\gamma^{{{order}}})$", source=spec_file.display.source,
        symbols=symbol_table(ts, names), sections=sections, kernels=(kernel,), data=data, results=results)


def spectrum_check(spec, order: int, kernel, sample: tuple[float, float], elements: int = 5, seed: int = 7) -> list[CheckResult]:
    """The coarse kernel against the slow eigenvalues of the full embedded DAE (3) for random
    periodic parameters in ``sample`` on ``elements`` elements: ``tr G`` must match their sum to
    O(γ^{order+1}) (fitted slope of the error against γ)."""
    rng = np.random.default_rng(seed)
    values = rng.uniform(*sample, spec.stride * elements)
    gammas = np.array([0.05, 0.1, 0.2]) if order <= 4 else np.array([0.1, 0.2, 0.3])
    errors = trace_errors(spec, kernel.coarse_operator, kernel.shifts, values, gammas)
    slope = fitted_order(gammas, errors[:, 0])
    passed = bool(slope >= order + 1 - 0.35)
    return [CheckResult("eigenvalues vs full embedded DAE (3)", passed,
                        f"trace error {errors[0, 0]:.2e} at gamma={gammas[0]}, fitted order {slope:.2f} (expected >= {order + 1}) "
                        f"on m={elements} random periodic {spec.parameter} in [{sample[0]:g}, {sample[1]:g}]")]
