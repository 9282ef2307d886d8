"""Names: lattice quantities at an offset from the element's reference index, and parameter values
as the tokens of variant folder names (:func:`slug_value`).

A quantity ``x`` at offset ``k`` is called ``x_m2`` (k = -2), ``x_0``, ``x_p1`` (k = +1), so a
shift of the lattice is a relabelling.  This is the only module that knows the scheme.
"""
from __future__ import annotations

import hashlib
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


_TOKEN = re.compile(r"^[a-z0-9][a-z0-9.]{0,23}$")  # a short lower-case word, written as itself in a slug


def slug_value(value) -> str:
    """A parameter value as a file-name token, injective on each type (the one rule for variant folders).

    Integers and integer-valued floats print as integers (``3``), other floats by their
    shortest round-trip ``repr`` (``2.5000001`` stays distinct from ``2.5``), with ``m`` for a
    minus sign; short lower-case words as themselves; any other text as ``expr`` and 12 hex
    digits of its sha256 (e.g. a custom potential expression).
    """
    if isinstance(value, bool):
        raise TypeError("flags are written by their slug word, not by value")
    if isinstance(value, float) and value.is_integer() and abs(value) < 2 ** 53:
        value = int(value)
    if isinstance(value, (int, float)):
        return repr(value).replace("-", "m").replace("+", "")
    text = str(value)
    if _TOKEN.match(text) or "-" in text and all(_TOKEN.match(part) for part in text.split("-")):
        return text
    return "expr" + hashlib.sha256(text.encode()).hexdigest()[:12]
