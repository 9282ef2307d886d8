"""Shared printing rules for generated code: literals, identifiers, templates."""
from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import jinja2
import sympy as sp

TEMPLATES = Path(__file__).parent / "templates"


def float_literal(q) -> str:
    """Correctly rounded double literal of a rational (``repr(float(q))``, never ``p.0/q.0``)."""
    return repr(float(Fraction(q)))


def environment(templates: Path = TEMPLATES, **delimiters) -> jinja2.Environment:
    """A strict Jinja environment (a missing value is an error, not an empty string) over
    ``templates``; ``delimiters`` override Jinja's (LaTeX templates use ``((( )))``)."""
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        **delimiters,
    )


def wrap_list(items, per_line: int = 12, indent: str = "    ") -> str:
    """Items joined by commas, ``per_line`` to a line (keeps big tables reviewable)."""
    items = [str(x) for x in items]
    lines = [", ".join(items[i:i + per_line]) for i in range(0, len(items), per_line)]
    return (",\n" + indent).join(lines)


class FloatLiterals:
    """Printer mixin: numbers as correctly rounded double literals.

    Rationals and integers via ``float_literal``; decimals (``Float``) by rounding their full
    precision once; exact irrational constants (``2**(1/6)``, ``sqrt(3)/2``) are folded into one
    literal by :func:`symms.codegen.expression.fold_constants` before printing, never computed at
    run time.
    """

    def _print_Rational(self, expr):
        return float_literal(sp.Rational(expr))

    def _print_Integer(self, expr):
        return float_literal(int(expr))

    def _print_Float(self, expr):
        return repr(float(expr))


class ScipySpecial:
    """Printer mixin for numpy code: the special functions numpy lacks as ``scipy.special`` ufuncs.

    SymPy's NumPyPrinter prints erf, erfc, gamma, … from the scalar ``math`` module, which fails on
    arrays (and the generated module does not import ``math``); the template imports
    ``scipy.special`` only when a kernel uses it.
    """

    _SCIPY = {"erf": "erf", "erfc": "erfc", "erfi": "erfi", "gamma": "gamma", "loggamma": "gammaln"}

    def _print_special(self, expr):
        name = self._module_format(f"scipy.special.{self._SCIPY[type(expr).__name__]}")
        return f"{name}({', '.join(self._print(a) for a in expr.args)})"

    _print_erf = _print_erfc = _print_erfi = _print_gamma = _print_loggamma = _print_special
