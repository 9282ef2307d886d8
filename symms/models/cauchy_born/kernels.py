"""The Cauchy–Born expression kernels: energy, stress, moduli, energy_per_atom (+ shift and fractional kernels).

The kernels' SymPy source is the one lattice sum (:mod:`.sums`) over bonds written for printing:
long exact numbers become correctly rounded decimals (:func:`compact`), and kernels in A alone
(every atom an inversion centre, so p(A) = (I + A) p^0 is the exact inner relaxation) merge the
pairs with the same reference vector ±X and use the lattice constant as the length unit L, so
that y = (I + A) X / L has short exact entries.  Kernels with shift inputs keep every pair,
L = a.  The kernels name, per bond, its separation ``y_b_i``, squared length ``r2_b`` and each
Q-dependent term of G, G', G'' ``f_b_j`` (for LJ c r2_b**-k, k = 3 ... 8, c a long decimal) as
intermediates, so each is printed once, not in every sum; each term of a sum stays a term
(small integer x f_b_j x y's), so Σ|terms| is the same conditioning measure as with the powers
written out (G' and G'' are not named whole: their terms nearly cancel, see :func:`.sums._spread`).
The potential enters as G(q) = g(L² q) / |Γ| with g(s) = V(√s).
Guards are the neighbour set's validity criterion (:class:`.neighbours.Validity`).  The guards and
the named bonds every kernel uses are one :class:`~symms.model.Preamble` per set of inputs
(``bonds``, and ``fractional_bonds`` for the kernels in (A, q)), stored and emitted once; each
kernel names the G terms it uses itself (:func:`_sharing`).

Two conventions for the derivatives of a multilattice (see :mod:`.conventions`): ``stress`` and
``moduli`` take the deformed shifts p and differentiate at fixed p; ``stress_fractional`` and
``moduli_fractional`` take q = (I + A)^{-1} p and differentiate at fixed q, i.e. at fixed
fractional coordinates, as ASE and matscipy do.  At (A = 0, q = p^0) the latter are the
unrelaxed (clamped-ion) moduli; at a relaxed state (∇_p W = 0) both stresses agree.
"""
from __future__ import annotations

from dataclasses import replace
from functools import reduce

import sympy as sp

from ...errors import DerivationError
from ...model import Array, ExpressionKernel, Guard, Preamble
from ..potentials import s
from .conventions import cutoff_note
from .elastic import schur_complement
from .sums import Bond, LatticeSum
from .symbols import reference_shift_symbols, squared_length_symbol, term_symbol

_SHORT = 24      # numbers printed longer than this (characters) are stored as decimals in the kernels
_DIGITS = 17     # significant digits of those decimals: the correctly rounded double, exactly


def compact(expr):
    """``expr`` with every long exact number (e.g. a lattice constant that is a root of a degree-6
    polynomial, or a 45-digit rational) replaced by its correctly rounded double as a decimal;
    short ones (1/2, sqrt(3)/2) stay exact.  Keeps model.json small: the kernels' SymPy source
    is printed once per use."""
    expr = sp.sympify(expr, strict=True)
    if expr.is_number:
        return expr if len(sp.sstr(expr)) <= _SHORT else sp.Float(repr(float(expr.evalf(40))), _DIGITS)
    if not expr.args:
        return expr
    if expr.is_Mul:
        number = sp.Mul(*[arg for arg in expr.args if arg.is_number])
        return compact(number) * sp.Mul(*[compact(arg) for arg in expr.args if not arg.is_number])
    return expr.func(*[compact(arg) for arg in expr.args])


def _array(name, matrix, shape):
    return Array(name, shape, tuple(sp.Matrix(matrix).reshape(1, len(matrix)).tolist()[0]) if len(matrix) else ())


def _terms(G, Q) -> list:
    """The distinct Q-dependent terms of the expressions ``G`` (e.g. c Q**-7), in order of appearance."""
    return [t for t in dict.fromkeys(t for g in G for t in sp.Add.make_args(g)) if t.has(Q)]


def _named_bonds(bonds, watched, A, p, terms=(), Q=None):
    """The bonds written in named intermediates: each non-constant lever component ``x_b_j``, each
    separation component ``y_b_i`` (in the levers), each squared length ``r2_b`` (in the
    separations) and each of the Q-dependent ``terms`` of G, G', G'' ``f_b_j`` (in r2_b), so that
    every sum over bonds is short to print; and the watched pairs' squared lengths ``r2w_b`` for
    the guards.  Returns (bonds, intermediates in order, (inside q, watched q))."""
    named, out = [], []

    def name(label, expr):
        if expr.is_number:
            return expr
        sym = sp.Symbol(label)
        named.append((sym, expr))
        return sym

    for b, bond in enumerate(bonds):
        lever = tuple(name(f"x_{b}_{j}", x) for j, x in enumerate(bond.lever))
        d = len(lever)
        y = tuple(name(f"y_{b}_{i}", sp.Add(*[(int(i == j) + A[i, j]) * lever[j] for j in range(d)])
                       + sp.Add(*[w * p[m, i] for m, w in enumerate(bond.shift)])) for i in range(d))
        q = name(squared_length_symbol(b).name, sp.Add(*[yi ** 2 for yi in y]))
        named_terms = tuple((t, name(term_symbol(b, j).name, t.xreplace({Q: q}))) for j, t in enumerate(terms))
        out.append(Bond(bond.weight, q, y, lever, bond.shift, named_terms))
    watched_q = [name(f"r2w_{b}", bond.q) for b, bond in enumerate(watched)]
    return out, tuple(named), ([b.q for b in out], watched_q)


class KernelSums:
    """The kernels' bonds (inside and watched, in units of L) and their lattice sums (seed 001 eqs 3.4, 3.6).

    ``sums`` is W per reference volume over the bonds, ``per_atom`` the energy per atom
    (W |Γ| / atoms per cell), both over bonds whose separations, squared lengths and G factors
    are the named intermediates ``lengths`` (:func:`_named_bonds`), which the pair guards use too.
    """

    def __init__(self, cb, affine: bool):
        self.cb, self.affine = cb, affine
        params = cb.lattice.parameters
        self.L = cb.values[params[0]] if not affine or len(params) == 1 else sp.Integer(1)
        if affine:
            inside, watched = self._merge(cb.neighbours.inside), self._merge(cb.neighbours.watched)
            # an integer multiple of the reference vectors when they are rational (shorter strings)
            numbers = [x for xi in list(inside) + list(watched) for x in xi]
            scale = reduce(sp.ilcm, [x.q for x in numbers], 1) if all(x.is_Rational for x in numbers) else 1
            self.L = self.L / scale
            self.bonds, self.watched = self._affine_bonds(inside, scale), self._affine_bonds(watched, scale)
        else:
            self.bonds, self.watched = self._pair_bonds(cb.neighbours.inside), self._pair_bonds(cb.neighbours.watched)
        self.Q = sp.Symbol("q", positive=True)
        g = cb.potential.of_squared_distance.xreplace({s: self.L ** 2 * self.Q})
        self.G = [compact(sp.expand(sp.diff(self._per(g, cb.volume), self.Q, k))) for k in range(3)]
        self.G_atom = [compact(sp.expand(self._per(g, cb.lattice.atoms_per_cell)))]
        self.terms = _terms(self.G + self.G_atom, self.Q)
        summed, self.lengths, self.guard_lengths = _named_bonds(self.bonds, self.watched, cb.A, cb.p,
                                                                self.terms, self.Q)
        self.sums = LatticeSum(summed, self.G, self.Q)
        self.per_atom = LatticeSum(summed, self.G_atom, self.Q)

    @staticmethod
    def _per(g, amount):
        return sp.expand_power_base(sp.expand(g / amount), force=True)

    def _merge(self, terms) -> dict:
        """Reference vectors X / L up to sign, with how many pairs share each."""
        merged: dict = {}
        for t in terms:
            xi = [compact(x / self.L) for x in t.X]
            first = next(x for x in xi if x != 0)
            xi = tuple(xi) if first > 0 else tuple(-x for x in xi)
            merged[xi] = merged.get(xi, 0) + 1
        return merged

    def _affine_bonds(self, merged: dict, scale) -> list[Bond]:
        A, d = self.cb.A, self.cb.d
        bonds = []
        for xi, weight in merged.items():
            xi = [x * scale for x in xi]
            y = tuple(sp.Add(*[(int(i == j) + A[i, j]) * xi[j] for j in range(d)]) for i in range(d))
            bonds.append(Bond.of(weight, y, xi))
        return bonds

    def _pair_bonds(self, terms) -> list[Bond]:
        """One bond per pair, y = (I + A) R / L + (p_l - p_k) / L, differentiable in A and p."""
        cb, d = self.cb, self.cb.d
        bonds = []
        inverse = compact(1 / self.L)
        for t in terms:
            R = [compact(x / self.L) for x in t.R]
            shift = tuple((int(t.l == m) - int(t.k == m)) * inverse for m in range(1, cb.n_shifts + 1))
            y = tuple(sp.Add(*[(int(i == j) + cb.A[i, j]) * R[j] for j in range(d)])
                      + sp.Add(*[shift[m] * cb.p[m, i] for m in range(cb.n_shifts)]) for i in range(d))
            bonds.append(Bond.of(1, y, R, shift))
        return bonds

    def _fractional_bonds(self, terms, q) -> list[Bond]:
        """One bond per pair at fixed reference-frame shifts q: y = (I + A) (R + q_l - q_k) / L."""
        cb, d = self.cb, self.cb.d
        inverse = compact(1 / self.L)
        bonds = []
        for t in terms:
            lever = [compact(t.R[j] / self.L) + sp.Add(*[(int(t.l == m + 1) - int(t.k == m + 1)) * inverse * q[m, j]
                                                         for m in range(cb.n_shifts)]) for j in range(d)]
            y = tuple(sp.Add(*[(int(i == j) + cb.A[i, j]) * lever[j] for j in range(d)]) for i in range(d))
            bonds.append(Bond.of(1, y, lever))
        return bonds

    def fractional(self):
        """W(A, (I + A) q) at fixed q (fixed fractional coordinates): its sum, intermediates and guards."""
        cb = self.cb
        q = reference_shift_symbols(cb.n_shifts, cb.d)
        inside, watched = self._fractional_bonds(cb.neighbours.inside, q), self._fractional_bonds(cb.neighbours.watched, q)
        named_bonds, lengths, (inside_q, watched_q) = _named_bonds(inside, watched, cb.A, cb.p, self.terms, self.Q)
        p = (cb.F * q.T).T
        guards = cb.validity(True).guards(cb.A, p, inside_q, watched_q, self.L, compact)
        return q, LatticeSum(named_bonds, self.G, self.Q, shifts=False), lengths, guards

    def guards(self) -> tuple[Guard, ...]:
        """The neighbour set's validity criterion (free shifts when the kernels take p) as guards."""
        cb = self.cb
        return cb.validity(not self.affine).guards(cb.A, cb.p, *self.guard_lengths, self.L, compact)


def _used(intermediates, needed: set) -> tuple:
    """The ``intermediates`` that the symbols ``needed`` use, directly or through others."""
    needed, kept = set(needed), []
    for sym, expr in reversed(intermediates):
        if sym in needed:
            kept.append((sym, expr))
            needed |= expr.free_symbols
    return tuple(reversed(kept))


def _needs(kernel: ExpressionKernel) -> set:
    """The symbols a kernel's outputs, own intermediates and own guards use."""
    return set().union(*[sp.sympify(e, strict=True).free_symbols for arr in kernel.outputs for e in arr.entries],
                       *[e.free_symbols for _, e in kernel.intermediates], *[g.expr.free_symbols for g in kernel.guards])


def _pruned(kernel: ExpressionKernel) -> ExpressionKernel:
    """``kernel`` keeping only the intermediates its outputs and guards use (directly or through others)."""
    return replace(kernel, intermediates=_used(kernel.intermediates, _needs(kernel)))


def _sharing(name: str, kernels, intermediates, guards) -> list[ExpressionKernel]:
    """``kernels`` (of the same inputs) sharing one preamble, stored and emitted once: the
    neighbour-set ``guards`` and those of the named bonds ``intermediates`` that every kernel
    uses (separations, lengths); each kernel names the rest it uses (e.g. its terms of G or G')
    itself, so no kernel computes what it does not use."""
    guard_needs = set().union(*[g.expr.free_symbols for g in guards])
    uses = [{sym for sym, _ in _used(intermediates, _needs(k) | guard_needs)} for k in kernels]
    shared = tuple((sym, e) for sym, e in intermediates if all(sym in u for u in uses))
    preamble = Preamble(name, kernels[0].inputs, shared, tuple(guards))
    in_preamble = {sym for sym, _ in shared}
    own = [tuple((sym, e) for sym, e in intermediates if sym in u and sym not in in_preamble) for u in uses]
    return [replace(_pruned(replace(k, intermediates=o + k.intermediates)), preamble=preamble) for k, o in zip(kernels, own)]


def _relaxed_moduli(H, n: int):
    """Relaxed moduli W_AA - W_Ap W_pp^-1 W_pA (eqs 3.5-3.6) from the full Hessian H, kept small.

    W_pp^-1 = adj / det (s d <= 3) with named intermediates: the entries of W_pp (``Wpp_u_v``) and
    W_Ap (``WAp_a_u``), det W_pp (``det_Wpp``), the adjugate (``adj_u_v``) and Z = W_Ap adj
    (``Z_a_u``), so each output is W_AA[a, b] - Σ_u Z[a, u] W_Ap[b, u] / det_Wpp instead of
    the expanded rational function.  Returns (moduli, intermediates, guards); the guards ask for
    W_pp positive definite (leading principal minors > 0), i.e. a stable relaxed state.
    """
    W_AA, W_Ap, W_pp = H[:n, :n], H[:n, n:], H[n:, n:]
    m = W_pp.rows
    if m > 3:
        raise DerivationError(f"symbolic relaxed moduli need s d <= 3 (W_pp inverted by its adjugate); here s d = {m}")
    named = []

    def name(label, expr):
        if expr == 0 or expr.is_number:
            return expr
        sym = sp.Symbol(label)
        named.append((sym, expr))
        return sym

    S = sp.zeros(m, m)
    for u in range(m):
        for v in range(u, m):
            S[u, v] = S[v, u] = name(f"Wpp_{u}_{v}", W_pp[u, v])
    B = sp.Matrix(n, m, lambda a, u: name(f"WAp_{a}_{u}", W_Ap[a, u]))
    det = name("det_Wpp", sp.expand(S.det(method="berkowitz")) if m > 1 else S[0, 0])
    adjugate = sp.zeros(m, m)
    for u in range(m):
        for v in range(u, m):
            cofactor = (-1) ** (u + v) * S.minor_submatrix(v, u).det(method="berkowitz") if m > 1 else sp.Integer(1)
            adjugate[u, v] = adjugate[v, u] = name(f"adj_{u}_{v}", sp.expand(cofactor))
    moduli = schur_complement(W_AA, B, adjugate, det, name)
    message = ("W_pp (the shift Hessian) must be positive definite: the shifts are not a stable inner relaxation "
               "(eq 3.6), so the relaxed moduli do not exist here")
    guards = tuple(Guard(sp.expand(S[:k, :k].det(method="berkowitz")) if k > 1 else S[0, 0], message)
                   for k in range(1, m))
    guards += (Guard(det, message),)
    return moduli, tuple(named), guards


def _fractional_kernels(cb, sums: KernelSums, p0, report, bar=None) -> list[ExpressionKernel]:
    """``stress_fractional`` and ``moduli_fractional``: ∂W/∂A and ∂²W/∂A∂A at fixed q = (I + A)^{-1} p."""
    d = cb.d
    q, fractional, lengths, guards = sums.fractional()
    report(f"symbolic derivatives at fixed fractional coordinates: {len(fractional.bonds)} bonds")
    inputs = (_array("A", cb.A, (d, d)), _array("q", q, (cb.n_shifts, d)))
    kw = dict(sample=(("A", -0.01, 0.01), ("q", tuple(x - 0.01 for x in p0), tuple(x + 0.01 for x in p0))))
    q_note = (" A: displacement gradient; q: shift vectors in the reference frame, q_k = (I + A)^-1 p_k = B s_k "
              "(s_k fractional coordinates), shape (s, d).")
    return _sharing("fractional_bonds", (
        ExpressionKernel("stress_fractional", "P = dW/dA at fixed fractional coordinates (fixed q; the ASE/matscipy "
                         "convention), W(A, (I + A) q) per reference volume; equals the stress kernel where grad_p W = 0."
                         + q_note, inputs, (_array("P", fractional.gradient(), (d, d)),), **kw),
        ExpressionKernel("moduli_fractional", "C_ijkl = d2W/dA_ij dA_kl at fixed fractional coordinates (fixed q; the "
                         "ASE/matscipy convention, clamped ions), shape (d, d, d, d); at A = 0, q = p0 its Voigt "
                         "entries are C_voigt_unrelaxed." + q_note,
                         inputs, (_array("C", fractional.hessian(bar), (d, d, d, d)),), **kw),
    ), lengths, guards)


def kernels(cb, relaxed: bool, progress=None):
    """The kernels and their sums: energy, stress, moduli, energy_per_atom; with shift inputs also
    shift_force, shift_hessian, stress_fractional and moduli_fractional.

    Lattices whose atoms are all inversion centres (and Bravais lattices) give kernels in A
    alone: the shifts p(A) = (I + A) p^0 (fixed fractional coordinates) are the exact inner
    relaxation, so relaxed, clamped and fractional coincide.  Other multilattices (diamond, HCP)
    take the deformed shifts p as a second input and differentiate at fixed p; their
    ``*_fractional`` kernels take q = (I + A)^{-1} p and differentiate at fixed q.
    ``progress(message)`` hears of each symbolic stage.
    """
    report = progress or (lambda message: None)
    bar = getattr(progress, "bar", None)  # a symms.progress.Progress shows the Hessian loops as bars
    d, n_s = cb.d, cb.n_shifts
    affine = not n_s or cb.is_centrosymmetric()
    report(f"lattice sums for the kernels: {len(cb.neighbours.inside)} pairs inside the cutoff, "
           f"{len(cb.neighbours.watched)} watched")
    sums = KernelSums(cb, affine)
    takes_p = not affine
    inputs = (_array("A", cb.A, (d, d)),) + ((_array("p", cb.p, (n_s, d)),) if takes_p else ())
    guards = sums.guards()
    report(f"symbolic derivatives: stress and shift force over {len(sums.bonds)} bonds")
    grads = sums.sums.gradient()
    report(f"symbolic derivatives: moduli and shift Hessian over {len(sums.bonds)} bonds")
    H = sums.sums.hessian(bar)
    W_AA = H[: d * d, : d * d]
    if takes_p and relaxed:
        report("relaxed moduli: Schur complement W_AA - W_Ap W_pp^-1 W_pA")
    moduli, intermediates, moduli_guards = _relaxed_moduli(H, d * d) if takes_p and relaxed else (W_AA, (), ())
    which = ("relaxed (at relaxed p)" if takes_p and relaxed else
             "at fixed deformed shifts p (not fixed fractional coordinates: see moduli_fractional)" if takes_p else
             "with p(A) = (I + A) p0, fixed fractional coordinates (the exact inner relaxation here)" if n_s else "")
    fixed_p = " at fixed deformed shifts p (not fixed fractional coordinates: see stress_fractional)" if takes_p else ""
    p_note = " p: deformed shift vectors (must be the relaxed shifts, see relax_shifts)." if takes_p and relaxed else (
        " p: deformed shift vectors." if takes_p else "")
    cut = f" Pair potential {cb.potential.name}, {cutoff_note(cb.potential.mode)}."
    sample = (("A", -0.01, 0.01),)
    p0 = [float(x) for x in cb.p0]
    if takes_p:
        sample += (("p", tuple(x - 0.01 for x in p0), tuple(x + 0.01 for x in p0)),)
    kw = dict(sample=sample)
    out = [
        ExpressionKernel("energy", "W(A, p): stored energy per reference volume |Gamma| (seed 001 eq 3.4, pairs once; "
                         "per atom: the energy_per_atom kernel)." + cut + p_note,
                         inputs, (Array("W", (), (sums.sums.energy(),)),), **kw),
        ExpressionKernel("stress", f"P = dW/dA{fixed_p}, first Piola-Kirchhoff stress per reference volume (Cauchy "
                         "stress sigma = P F^T / det F, F = I + A)." + p_note,
                         inputs, (_array("P", grads[: d * d], (d, d)),), **kw),
        ExpressionKernel("moduli", f"C_ijkl = d2W/dA_ij dA_kl {which}, shape (d, d, d, d), per reference volume."
                         .replace(" ,", ",") + p_note,
                         inputs, (_array("C", moduli, (d, d, d, d)),), guards=moduli_guards, sample=sample,
                         intermediates=intermediates),
        ExpressionKernel("energy_per_atom", "E(A, p) = W |Gamma| / (atoms per cell): stored energy per atom (seed 001 "
                         "eq 3.4)." + cut + p_note, inputs, (Array("E", (), (sums.per_atom.energy(),)),), **kw),
    ]
    if takes_p:
        out += [
            ExpressionKernel("shift_force", "grad_p W (eq 3.6's left side), shape (s, d).", inputs,
                             (_array("g", grads[d * d:], (n_s, d)),), **kw),
            ExpressionKernel("shift_hessian", "W_pp = d2W/dp dp, shape (s, d, s, d): Newton for eq 3.6.", inputs,
                             (_array("H", H[d * d:, d * d:], (n_s, d, n_s, d)),), **kw),
        ]
        return tuple(_sharing("bonds", out, sums.lengths, guards) + _fractional_kernels(cb, sums, p0, report, bar)), affine, sums
    return tuple(_sharing("bonds", out, sums.lengths, guards)), affine, sums
