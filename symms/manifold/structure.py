"""Structural facts of a derived coarse operator, decided exactly in the ring (seed 000 §3).

The coarse operator is ``G_{j,j+k} = Σ_p γ^p g[p][k](j)``.  Each fact is decided order by order
by exact normal-form comparison, never by sampling.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..naming import parse_offset_name
from .engine import SlowManifold


@dataclass(frozen=True)
class OrderStructure:
    """Facts about the evolution at one power of γ."""

    order: int
    terms: int
    shifts: tuple[int, ...]
    self_adjoint: bool
    conservative: bool
    parameter_span: dict[int, tuple[int, int]]  # k -> (lowest, highest) parameter offset used

    def as_dict(self) -> dict:
        return {
            "terms": self.terms,
            "shifts": list(self.shifts),
            "max_shift": max((abs(k) for k in self.shifts), default=0),
            "self_adjoint": self.self_adjoint,
            "conservative": self.conservative,
            "parameter_span": {str(k): list(v) for k, v in sorted(self.parameter_span.items())},
        }


def parameter_offsets(m: SlowManifold, p) -> set[int]:
    """Offsets (relative to the element's reference index) of every lattice parameter ``p`` uses;
    an inverse variable ``K_s`` uses those of its factor shifted by ``s`` elements."""
    ring = m.ring
    family = {f.name: f for f in ring.families}
    out: set[int] = set()
    for name in ring.variables(p):
        base, off = parse_offset_name(name)
        if base == ring.base:
            out.add(off)
        else:
            out |= {o + ring.stride * off for o in _h_offsets(family[base].h)}
    return out


def _h_offsets(h) -> set[int]:
    return {parse_offset_name(s.name)[1] for s in h.free_symbols}


def analyse(m: SlowManifold) -> list[OrderStructure]:
    """Self-adjointness (g_k = shift^k g_{-k}), conservation (Σ_k g_k = 0), locality and shifts,
    for every order of the evolution."""
    ring = m.ring
    out = []
    for p, g in enumerate(m.evolution):
        shifts = tuple(sorted(g))
        zero = ring.zero()
        self_adjoint = all(ring.nf(g.get(k, zero) - ring.shift(g.get(-k, zero), k)).is_zero() for k in shifts)
        conservative = ring.nf(sum(g.values(), zero)).is_zero()
        span = {}
        for k, c in g.items():
            offs = parameter_offsets(m, c)
            span[k] = (min(offs), max(offs)) if offs else (0, 0)
        out.append(OrderStructure(p, sum(len(c) for c in g.values()), shifts, self_adjoint, conservative, span))
    return out
