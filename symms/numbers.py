"""Numbers for storage and print: rounding to significant digits, scientific notation in LaTeX."""
from __future__ import annotations

import numpy as np


def significant(x, digits: int):
    """``x`` (a number, or a nested list or array of numbers) rounded to ``digits`` significant
    digits, as plain floats: what results.json stores, so regeneration is byte-identical."""
    if isinstance(x, (list, tuple, np.ndarray)):
        return [significant(v, digits) for v in np.asarray(x).tolist()]
    return float(f"{float(x):.{digits}g}")


def scientific_latex(x: float, digits: int = 2) -> str:
    """``x`` in LaTeX scientific notation, e.g. ``1.2 \\times 10^{-9}`` (math mode not included)."""
    mantissa, exponent = f"{x:.{digits - 1}e}".split("e")
    return rf"{mantissa} \times 10^{{{int(exponent)}}}"
