"""The one builder of the lattice sum W = Σ_b w_b G(q_b) and its exact gradient and Hessian.

Seed 001 eq 3.4 with a pair potential is a finite sum over bonds once the neighbour set is fixed.
A :class:`Bond` is one term: its weight w (how many pairs share it), its squared length q = |y|²,
and the deformed separation y, linear in the variables,

    y = (I + A) lever + Σ_m shift_m p_m,   so   ∂y_i/∂A_ij = lever_j,   ∂y/∂p_m = shift_m.

With ∂q/∂v = 2 c y_i for a variable v moving component i of y with coefficient c, the chain rule
gives W, ∇W = (P = ∂W/∂A row-major, then ∇_p W of eq 3.6) and ∇²W (the blocks W_AA, W_Ap, W_pp
of eqs 3.5-3.6).  Who prepares the bonds decides what the sum is: the symbolic model (exact
numbers, one bond per pair), the kernels (compact numbers, lattice-constant units, merged ±X) and
the elastic constants (bonds evaluated at the reference state) all differentiate through here.
"""
from __future__ import annotations

from dataclasses import dataclass

import sympy as sp


@dataclass(frozen=True)
class Bond:
    """One term ``weight`` x G(q): q = |y|², y = (I + A) lever + Σ_m shift_m p_m (see the module doc).

    A bond with no ``y`` is a shell at fixed geometry (only its energy is defined).  ``terms``
    pairs terms of G, G', G'' (in Q, e.g. c Q**-7 for LJ) with the names standing for them at
    this bond (e.g. a kernel intermediate equal to c r2_b**-7); other terms get q put in for Q.
    """

    weight: int
    q: sp.Expr
    y: tuple = ()
    lever: tuple = ()
    shift: tuple = ()
    terms: tuple = ()

    @classmethod
    def of(cls, weight: int, y, lever, shift=()) -> Bond:
        """The bond of separation ``y`` (d entries), with q = Σ y_i²."""
        y = tuple(y)
        return cls(weight, sp.Add(*[yi ** 2 for yi in y]), y, tuple(lever), tuple(shift))


def _spread(coefficient, G, factor) -> list:
    """``coefficient * G * factor`` as one term per term of G (e.g. one per power of q for LJ).

    G' and G'' nearly cancel at equilibrium bond lengths (V'(r0) = 0), so keeping their terms
    apart keeps Σ|terms| an honest measure of the conditioning the kernel checks use.
    """
    return [coefficient * g * factor for g in sp.Add.make_args(G)]


class LatticeSum:
    """W(A, p) = Σ_b w_b G(q_b) (seed 001 eq 3.4), with ∂W/∂v and ∂²W/∂v∂v' over v = A_ij, then p_mi.

    ``G`` holds G, G', G'' as expressions in the symbol ``Q`` (only G for an energy); the bonds'
    q are put in for ``Q``.  ``shifts=False`` leaves the shifts out of the variables (P alone, or
    the bonds have no shifts).
    """

    def __init__(self, bonds, G, Q: sp.Symbol, shifts: bool = True):
        self.bonds, self.G, self.Q = list(bonds), tuple(G), Q
        self.d = len(self.bonds[0].y) if self.bonds else 0
        self.n_shifts = len(self.bonds[0].shift) if self.bonds and shifts else 0

    def _G(self, k: int, bond: Bond) -> sp.Expr:
        """G^(k)(q_b): term by term, each by its name at the bond when it has one (kept a sum of terms for :func:`_spread`)."""
        names = dict(bond.terms)
        return sp.Add(*[names.get(term, term.xreplace({self.Q: bond.q})) for term in sp.Add.make_args(self.G[k])])

    def _dq(self, bond: Bond):
        """Per variable: (component i of y it moves, coefficient c) with ∂q/∂v = 2 c y_i."""
        d = self.d
        out = [(i, bond.lever[j]) for i in range(d) for j in range(d)]
        out += [(i, bond.shift[m]) for m in range(self.n_shifts) for i in range(d)]
        return out

    def energy(self) -> sp.Expr:
        """W = Σ_b w_b G(q_b) (eq 3.4, each pair once)."""
        return sp.Add(*[b.weight * self._G(0, b) for b in self.bonds])

    def gradient(self) -> list[sp.Expr]:
        """∂W/∂v = Σ_b 2 w_b c G'(q_b) y_i: P = ∂W/∂A row-major, then ∇_p W (eq 3.6's left side)."""
        n = self.d ** 2 + self.n_shifts * self.d
        terms = [[] for _ in range(n)]
        for b in self.bonds:
            G1 = self._G(1, b)
            for v, (i, c) in enumerate(self._dq(b)):
                if c != 0 and b.y[i] != 0:
                    terms[v] += _spread(2 * b.weight * c, G1, b.y[i])
        return [sp.Add(*t) for t in terms]

    def hessian(self, bar=None) -> sp.Matrix:
        """∂²W/∂v∂v' = Σ_b w_b [4 c e G''(q_b) y_i y_k + 2 c e δ_ik G'(q_b)] (symmetric; W_AA, W_Ap, W_pp).

        ``bar(bonds, total=..., desc=...)`` (e.g. a :class:`symms.progress.Progress`'s ``bar``) shows the loop.
        """
        n = self.d ** 2 + self.n_shifts * self.d
        terms = [[[] for _ in range(n)] for _ in range(n)]
        for b in (self.bonds if bar is None else bar(self.bonds, total=len(self.bonds), desc="Hessian over bonds")):
            G1, G2 = self._G(1, b), self._G(2, b)
            dq = self._dq(b)
            for u, (i, c) in enumerate(dq):
                if c == 0:
                    continue
                for v in range(u, n):
                    k, e = dq[v]
                    if e == 0:
                        continue
                    if b.y[i] != 0 and b.y[k] != 0:
                        terms[u][v] += _spread(4 * b.weight * c * e, G2, b.y[i] * b.y[k])
                    if i == k:
                        terms[u][v] += _spread(2 * b.weight * c * e, G1, 1)
        H = sp.zeros(n, n)
        for u in range(n):
            for v in range(u, n):
                H[u, v] = H[v, u] = sp.Add(*terms[u][v])
        return H
