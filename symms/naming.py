"""Names of lattice quantities at an offset from the element's reference index.

A quantity ``x`` at offset ``k`` is called ``x_m2`` (k = -2), ``x_0``, ``x_p1`` (k = +1), so a
shift of the lattice is a relabelling.  This is the only module that knows the scheme.
"""
from __future__ import annotations

import re

_PATTERN = re.compile(r"^(?P<base>[A-Za-z][A-Za-z0-9]*?)_(?P<sign>[mp]?)(?P<mag>\d+)$")


def offset_name(base: str, offset: int) -> str:
    """``offset_name("kappa", -2) == "kappa_m2"``."""
    if offset == 0:
        return f"{base}_0"
    return f"{base}_{'p' if offset > 0 else 'm'}{abs(offset)}"


def parse_offset_name(name: str) -> tuple[str, int] | None:
    """Inverse of :func:`offset_name`; None for a name not of that form."""
    m = _PATTERN.match(name)
    if not m or (m["mag"] != "0" and not m["sign"]) or (m["mag"] == "0" and m["sign"]):
        return None
    k = int(m["mag"])
    return m["base"], -k if m["sign"] == "m" else k


def index_latex(letter: str, multiplier: int, offset: int) -> str:
    """LaTeX subscript for a lattice index, e.g. ``index_latex("j", 2, -2) == "2j-2"``."""
    head = letter if multiplier == 1 else f"{multiplier}{letter}"
    if offset == 0:
        return head
    return f"{head}{'+' if offset > 0 else '-'}{abs(offset)}"
