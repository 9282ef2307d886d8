"""Numbers for storage and print: rounding to significant digits, scientific notation in LaTeX."""
from __future__ import annotations

import numpy as np


def significant(x, digits: int):
    """``x`` (a number, or a nested list or array of numbers) rounded to ``digits`` significant
    digits, as plain floats: what results.json stores, so regeneration is byte-identical."""
    if isinstance(x, (list, tuple, np.ndarray)):
        return [significant(v, digits) for v in np.asarray(x).tolist()]
    return float(f"{float(x):.{digits}g}")


ROUNDING_FLOOR = 1e-13  # relative round-off of a double computation lies below this (a few thousand ulps)


def rounding_bound(x: float, floor: float = ROUNDING_FLOOR) -> float:
    """A bound on a round-off-level diagnostic (``|x|``): the power of ten just above it, and never below
    ``floor``.  Its digits differ between machines (another BLAS or SIMD path), the bound does not, so
    stored outputs regenerate byte-identically."""
    x = abs(float(x))
    return floor if x <= floor else float(10.0 ** np.ceil(np.log10(x)))


def above_noise(x: float, floor: float = ROUNDING_FLOOR, digits: int = 2) -> float:
    """``x`` to ``digits`` significant digits, or 0.0 when ``|x| ≤ floor``: a diagnostic that may sit at
    round-off, whose digits would differ from machine to machine (say so where it is printed)."""
    return 0.0 if abs(float(x)) <= floor else significant(x, digits)


def power_latex(x: float) -> str:
    """A power of ten as inline LaTeX, ``$10^{-13}$``."""
    return rf"$10^{{{int(round(np.log10(x)))}}}$"


def scientific_latex(x: float, digits: int = 2) -> str:
    """``x`` in LaTeX scientific notation, e.g. ``1.2 \\times 10^{-9}`` (math mode not included)."""
    mantissa, exponent = f"{x:.{digits - 1}e}".split("e")
    return rf"{mantissa} \times 10^{{{int(exponent)}}}"
