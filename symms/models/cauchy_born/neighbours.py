"""The neighbour set of the lattice sum, and the one criterion for deformations that keep it exact.

The set is chosen in the reference state: the *inside* pairs, reference distance below the
cutoff rc, are summed; the *watched* pairs, rc <= |X| < (1 + margin) rc, are not.  The finite
sum is the atomistic energy (seed 001 eq 3.4) exactly while every inside pair stays inside rc
and every other pair stays outside.  :class:`Validity` states when that holds; a deformation
(A, p) is valid iff

1. det(I + A) > 0;
2. every shift stays within δ of its affine position: |p_m - (I + A) p_m^0| < δ;
3. FᵀF - λ² I is positive definite (smallest stretch of F = I + A above λ), with
   λ = (1 + 2δ/rc) / (1 + margin);
4. every inside pair is closer than rc and every watched pair farther than rc.

(2) and (3) keep every farther pair, |X| >= (1 + margin) rc, outside:
|x| >= σ_min(F) |X| - 2δ > (1 + 2δ/rc) rc - 2δ = rc.  The drift budget is δ = 0 when the
shifts are affine, p = (I + A) p^0 (kernels in A alone), and δ = margin rc / 4 when they are
free (kernels and Newton in A and p).  The criterion is rendered twice, from the same numbers
and in the same form: as the kernels' guards (:meth:`Validity.guards`) and as the numeric check
(:meth:`Validity.check`) that the symbolic model and Newton use.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np
import sympy as sp

from ...errors import InputError
from ...model import Guard
from ..lattices import Lattice, PairTerm, pair_terms

DEFAULT_MARGIN = sp.Rational(1, 4)


@dataclass(frozen=True)
class NeighbourSet:
    """The pairs summed (``inside``: |X| < rc) and watched (``watched``: rc <= |X| < (1 + margin) rc)."""

    inside: tuple[PairTerm, ...]
    watched: tuple[PairTerm, ...]
    cutoff: sp.Expr
    margin: sp.Expr

    @classmethod
    def build(cls, lattice: Lattice, values: dict, cutoff, margin=DEFAULT_MARGIN) -> NeighbourSet:
        """The pairs of eq 3.4's sum at the reference lattice parameters ``values``."""
        rc = float(cutoff)
        terms = pair_terms(lattice, values, rc * (1 + float(margin)))
        on_cutoff = [t for t in terms if abs(t.distance - rc) < 1e-9 * rc]
        if on_cutoff:
            raise InputError(
                f"a neighbour shell of {lattice.name} lies on the cutoff rc = {cutoff} in the reference state "
                "(any deformation moves it across): choose another cutoff"
            )
        inside = tuple(t for t in terms if t.distance < rc)
        if not inside:
            raise InputError(
                f"cutoff {cutoff} is below the nearest-neighbour distance {terms[0].distance if terms else 'n/a'} "
                f"of {lattice.name}: no pair interacts"
            )
        return cls(inside, tuple(t for t in terms if t.distance >= rc), sp.nsimplify(cutoff), sp.nsimplify(margin))


DET_MESSAGE = "det(I + A) must be positive (the deformation inverts the crystal)"
PAIR_MESSAGE = "a pair {} the cutoff: deformation outside the range where the neighbour set is valid"


def _drift_message(m: int, drift) -> str:
    return (f"shift p{m + 1} moved more than {float(drift):.3g} from its affine position "
            "(outside the range where the neighbour set is valid)")


def _stretch_message(stretch) -> str:
    return (f"the smallest stretch of I + A is below {float(stretch):.3g}: pairs beyond the watched shell could "
            "enter the cutoff")


@dataclass(frozen=True)
class Validity:
    """The deformations (A, p) for which the neighbour set's sum is eq 3.4 exactly (module doc).

    ``p0`` are the reference shift vectors (s x d, exact); ``drift`` is the budget δ.
    """

    neighbours: NeighbourSet
    p0: sp.Matrix
    drift: sp.Expr

    @classmethod
    def of(cls, neighbours: NeighbourSet, p0: sp.Matrix, free_shifts: bool) -> Validity:
        """The criterion for free shifts (δ = margin rc / 4) or affine ones (δ = 0)."""
        drift = neighbours.margin * neighbours.cutoff / 4 if free_shifts and p0.rows else sp.Integer(0)
        return cls(neighbours, p0, drift)

    @property
    def stretch(self) -> sp.Expr:
        """λ = (1 + 2δ/rc) / (1 + margin): the smallest stretch of I + A that keeps far pairs out."""
        return (1 + 2 * self.drift / self.neighbours.cutoff) / (1 + self.neighbours.margin)

    # ---- as kernel guards (expr > 0)
    def guards(self, A: sp.Matrix, p: sp.Matrix, inside_q, watched_q, unit=1, number=lambda x: x) -> tuple[Guard, ...]:
        """The criterion as guards in the kernels' variables, in this order: det F; the drift of
        each shift (when δ > 0); the leading minors of FᵀF - λ²I (Sylvester); each inside pair
        (rc² - q), then each watched pair (q - rc²).  ``inside_q``, ``watched_q`` are the pairs'
        squared lengths in units of ``unit``; ``number`` writes the long exact numbers."""
        d = A.rows
        F = sp.eye(d) + A
        rc2 = number(self.neighbours.cutoff ** 2 / unit ** 2)
        guards = [Guard(F.det(), DET_MESSAGE)]
        if self.drift:
            for m in range(self.p0.rows):
                dp = p[m, :].T - F * self.p0[m, :].T
                guards.append(Guard(number(self.drift ** 2) - sp.Add(*[number(x) ** 2 for x in dp]),
                                    _drift_message(m, self.drift)))
        M = F.T * F - self.stretch ** 2 * sp.eye(d)
        guards += [Guard(sp.expand(M[:k, :k].det()), _stretch_message(self.stretch)) for k in range(1, d + 1)]
        guards += [Guard(rc2 - q, PAIR_MESSAGE.format("leaves")) for q in inside_q]
        guards += [Guard(q - rc2, PAIR_MESSAGE.format("enters")) for q in watched_q]
        return tuple(guards)

    # ---- as the numeric check
    @cached_property
    def _numbers(self):
        d = self.p0.cols
        p0 = np.array(self.p0.evalf(30), dtype=float).reshape(self.p0.rows, d)
        pairs = self.neighbours.inside + self.neighbours.watched
        R = np.array([[float(x) for x in t.R.evalf(20)] for t in pairs], dtype=float).reshape(len(pairs), d)
        k, l = (np.array([getattr(t, name) for t in pairs], dtype=int) for name in ("k", "l"))
        return p0, R, k, l

    def check(self, A_value, p_value=None):
        """Raise InputError unless (A, p) is valid: the inequalities of :meth:`guards`, in the same
        form, in floats.  ``p_value`` (s x d) are free shifts (δ > 0); None means the affine ones."""
        p0, R, k, l = self._numbers
        d = p0.shape[1]
        F = np.eye(d) + np.atleast_2d(np.asarray(A_value, dtype=float)).reshape(d, d)
        det = np.linalg.det(F)
        if not det > 0:
            raise InputError(f"{DET_MESSAGE}: det(I + A) = {det:.6g}")
        p_affine = p0 @ F.T
        if p_value is not None and not self.drift:
            raise InputError("this criterion has affine shifts (drift budget 0): check free shifts p with "
                             "Validity.of(..., free_shifts=True)")
        p = p_affine if p_value is None else np.asarray(p_value, dtype=float).reshape(p0.shape)
        if self.drift:
            budget = float(self.drift ** 2)
            for m, dp in enumerate(p - p_affine):
                if not budget - dp @ dp > 0:
                    raise InputError(f"{_drift_message(m, self.drift)}: it moved {np.sqrt(dp @ dp):.4g}; "
                                     "rebuild with a larger margin")
        M = F.T @ F - float(self.stretch ** 2) * np.eye(d)
        if not all(np.linalg.det(M[:j, :j]) > 0 for j in range(1, d + 1)):
            sigma_min = float(np.linalg.svd(F, compute_uv=False).min())
            raise InputError(f"{_stretch_message(self.stretch)} (it is {sigma_min:.4g}); rebuild with a larger margin")
        offsets = np.vstack([np.zeros((1, d)), p])
        x = R @ F.T + offsets[l] - offsets[k]
        rc2 = float(self.neighbours.cutoff ** 2)
        room = rc2 - np.einsum("ij,ij->i", x, x)
        n_inside = len(self.neighbours.inside)
        bad = np.nonzero(np.concatenate([room[:n_inside] <= 0, room[n_inside:] >= 0]))[0]
        if bad.size:
            j = int(bad[0])
            t = (self.neighbours.inside + self.neighbours.watched)[j]
            raise InputError(
                f"{PAIR_MESSAGE.format('leaves' if j < n_inside else 'enters')}: pair {t.k}-{t.l} at cell {t.n} "
                f"(reference distance {t.distance:.6g}) is at {np.linalg.norm(x[j]):.6g}, rc = "
                f"{float(self.neighbours.cutoff):g}"
            )
