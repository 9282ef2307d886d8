"""Verify generated kernels against their SymPy source, read back from ``model.json``.

* Expression kernels: 50-digit mpmath evaluation of the stored SymPy strings.
* Lattice operators: exact rational evaluation (python-flint) of the stored coefficient
  polynomials at dyadic points.
The tolerance is tied to conditioning: ``TOL_FACTOR · ε · Σ|terms|``, where ``Σ|terms|`` is the
sum of the absolute values of the terms of the top-level sum.  The numpy and C kernels are
also compared with each other.
"""
from __future__ import annotations

import re
from fractions import Fraction

import flint
import mpmath
import numpy as np
import sympy as sp
from sympy.printing.pycode import MpmathPrinter

from ..checks import CheckResult
from ..errors import InputError
from ..expr import parse_expression
from ..naming import parse_offset_name

EPS = np.finfo(float).eps
TOL_FACTOR = 256.0
_TERM_SPLIT = re.compile(r"\s([+-])\s")
_FACTOR_SPLIT = re.compile(r"(?<!\*)\*(?!\*)")


def parse_polynomial(text: str) -> list[tuple[Fraction, tuple[tuple[str, int], ...]]]:
    """Terms of a polynomial string as written in model.json (``"1/16*K_m1 - r_0**2*K_0"``).

    The strings are SymPy-parsable; this exact parser avoids building huge SymPy expressions.
    """
    text = text.strip()
    if text in ("", "0"):
        return []
    signs, pieces = [1], []
    if text.startswith("-"):
        signs[0], text = -1, text[1:].lstrip()
    parts = _TERM_SPLIT.split(text)
    pieces.append(parts[0])
    for sign, piece in zip(parts[1::2], parts[2::2]):
        signs.append(1 if sign == "+" else -1)
        pieces.append(piece)
    terms = []
    for sign, piece in zip(signs, pieces):
        coef, factors = Fraction(sign), []
        for factor in _FACTOR_SPLIT.split(piece):
            factor = factor.strip()
            if re.fullmatch(r"\d+(/\d+)?", factor):
                coef *= Fraction(factor)
            else:
                name, _, power = factor.partition("**")
                if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
                    raise InputError(f"cannot read polynomial term {piece!r}")
                factors.append((name, int(power) if power else 1))
        terms.append((coef, tuple(factors)))
    return terms


def _flint_poly(ctx, names, terms, absolute=False):
    index = {n: i for i, n in enumerate(names)}
    data = {}
    for coef, factors in terms:
        exps = [0] * len(names)
        for n, e in factors:
            exps[index[n]] += e
        c = abs(coef) if absolute else coef
        data[tuple(exps)] = data.get(tuple(exps), 0) + c
    return ctx.from_dict({k: flint.fmpq(v.numerator, v.denominator) for k, v in data.items() if v})


def _dyadic(rng, low, high, size, bits=12):
    return [Fraction(int(round(x * 2**bits)), 2**bits) for x in rng.uniform(low, high, size)]


class LatticeReference:
    """Exact evaluation of a lattice-operator entry of model.json."""

    def __init__(self, entry: dict):
        self.entry = entry
        self.stride = entry["stride"]
        names = sorted(entry["definitions"])
        self.names = names
        self.ctx = flint.fmpq_mpoly_ctx.get(tuple(names) or ("_",), "lex")
        self.polys, self.abs_polys = {}, {}
        for p, row in entry["coefficients"].items():
            for k, text in row.items():
                terms = parse_polynomial(text)
                self.polys[(int(p), int(k))] = _flint_poly(self.ctx, names, terms)
                self.abs_polys[(int(p), int(k))] = _flint_poly(self.ctx, names, terms, absolute=True)
        param = entry["parameter"]
        self.definitions = {n: _parse_definition(entry["definitions"][n], param) for n in names}
        self.param = param

    def local_values(self, kappa: list[Fraction], j: int) -> list:
        n = len(kappa)
        values = []
        for name in self.names:
            expr = self.definitions[name]
            subs = {}
            for sym in expr.free_symbols:
                offset = _offset(sym.name, self.param)
                subs[sym] = sp.Rational(kappa[(self.stride * j + offset) % n])
            value = sp.Rational(expr.xreplace(subs))
            values.append(flint.fmpq(int(value.p), int(value.q)))
        return values

    def rhs(self, U: list[Fraction], kappa: list[Fraction], gamma: Fraction):
        """Exact dU/dt and the conditioning Σ|terms| for each coarse point."""
        m = len(U)
        g = flint.fmpq(gamma.numerator, gamma.denominator)
        exact, cond = [], []
        for j in range(m):
            vals = self.local_values(kappa, j) or [flint.fmpq(0)]
            total, absolute = flint.fmpq(0), flint.fmpq(0)
            for (p, k), poly in self.polys.items():
                u = U[(j + k) % m]
                uq = flint.fmpq(u.numerator, u.denominator)
                total += g**p * poly(*vals) * uq
                absolute += g**p * self.abs_polys[(p, k)](*vals) * abs(uq)
            exact.append(Fraction(int(total.p), int(total.q)))
            cond.append(float(Fraction(int(absolute.p), int(absolute.q))))
        return exact, cond


def _offset(name: str, param: str) -> int:
    base, off = parse_offset_name(name)
    if base != param:
        raise InputError(f"definition uses {name}, not the lattice parameter {param}")
    return off


def check_lattice(entry: dict, kernels: dict, rng: np.random.Generator, trials: int = 6) -> list[CheckResult]:
    """Compare each backend in ``kernels`` (name → rhs callable) with exact evaluation."""
    ref = LatticeReference(entry)
    worst = {name: 0.0 for name in kernels}
    worst_pair = 0.0
    for trial in range(trials):
        m = [1, 2, 3, 5, 8, 4][trial % 6]
        kappa = _dyadic(rng, 0.6, 1.8, ref.stride * m)
        U = _dyadic(rng, -1.0, 1.0, m)
        gamma = _dyadic(rng, 0.0, 1.0, 1)[0]
        exact, cond = ref.rhs(U, kappa, gamma)
        outputs = {}
        for name, fn in kernels.items():
            out = np.asarray(fn(np.array([float(u) for u in U]), np.array([float(k) for k in kappa]), float(gamma)))
            outputs[name] = out
            for j in range(m):
                err = abs(Fraction(float(out[j])) - exact[j])
                worst[name] = max(worst[name], float(err) / (EPS * max(cond[j], 1e-300)))
        if len(outputs) == 2:
            a, b = outputs.values()
            worst_pair = max(worst_pair, max(abs(a[j] - b[j]) / (EPS * max(cond[j], 1e-300)) for j in range(m)))
    return _verdicts(entry["name"], "exact rational evaluation", f"over {trials} random lattices", worst, worst_pair)


def _verdicts(kernel: str, reference: str, where: str, worst: dict, worst_pair: float) -> list[CheckResult]:
    """One result per backend (worst error in units of ε·Σ|terms|) and one for numpy vs C."""
    results = [CheckResult(f"{kernel} [{name}] vs {reference}", w <= TOL_FACTOR,
                           f"max error {w:.1f} eps*sum|terms| (tolerance {TOL_FACTOR:g}) {where}")
               for name, w in worst.items()]
    if len(worst) == 2:
        results.append(CheckResult(f"{kernel} numpy vs C", worst_pair <= TOL_FACTOR,
                                   f"max difference {worst_pair:.1f} eps*sum|terms|"))
    return results


def _sample(entry, rng):
    ranges = entry.get("sample", {})
    point = {}
    for arr in entry["inputs"]:
        shape = tuple(arr["shape"])
        low, high = ranges.get(arr["name"], (-0.05, 0.05))  # numbers, or one bound per entry (row-major)
        low, high = (np.reshape(np.asarray(b, dtype=float), shape) if np.ndim(b) else b for b in (low, high))
        point[arr["name"]] = rng.uniform(low, high, size=shape)
    return point


MODEL_TEXT = 50_000_000  # longest expression string read back from a model.json (characters)


def _parse_definition(text: str, parameter: str):
    """A local variable's definition (e.g. ``"1/kappa_m2"``): the lattice parameter at offsets only."""
    names = {n for n in re.findall(r"[A-Za-z_][A-Za-z0-9_]*", text)
             if (parsed := parse_offset_name(n)) is not None and parsed[0] == parameter}
    return parse_expression(text, sorted(names), max_length=MODEL_TEXT)


def check_expression(entry: dict, kernels: dict, rng: np.random.Generator, points: int = 8) -> list[CheckResult]:
    """Compare each backend in ``kernels`` (name → callable) with 50-digit mpmath evaluation.

    Intermediates (if any) are evaluated in order at 50 digits and passed on as extra arguments
    to the later intermediates, the outputs and the guards.
    """
    inputs = [sp.Symbol(s) for arr in entry["inputs"] for s in arr["symbols"]]
    declared = {str(s): s for s in inputs}
    named = []
    for i in entry.get("intermediates", ()):  # each may use the inputs and the intermediates before it
        named.append((sp.Symbol(i["symbol"]), parse_expression(i["expression"], declared, max_length=MODEL_TEXT)))
        declared[i["symbol"]] = named[-1][0]
    symbols = inputs + [sym for sym, _ in named]
    texts = [e for arr in entry["outputs"] for e in arr["expressions"]]
    unique = list(dict.fromkeys(texts))  # equal entries (symmetric moduli) are parsed and evaluated once
    position = {t: i for i, t in enumerate(unique)}
    where = [position[t] for t in texts]
    outputs = [parse_expression(e, declared, max_length=MODEL_TEXT) for e in unique]
    guards = [parse_expression(g["expression"], declared, max_length=MODEL_TEXT) for g in entry["guards"]]
    # order='none': printing in the expressions' own order skips SymPy's term sorting (minutes on big kernels)
    printer = MpmathPrinter({"fully_qualified_modules": False, "inline": True, "allow_unknown_functions": True,
                             "user_functions": {}, "order": "none"})
    with mpmath.workdps(50):
        f_named = [sp.lambdify(symbols[: len(inputs) + n], expr, modules="mpmath", printer=printer)
                   for n, (_, expr) in enumerate(named)]
        f_all_terms = sp.lambdify(symbols, [list(sp.Add.make_args(e)) for e in outputs], modules="mpmath", printer=printer)
        f_guard = sp.lambdify(symbols, guards, modules="mpmath", printer=printer) if guards else None
    worst = {name: 0.0 for name in kernels}
    worst_pair, used, attempts = 0.0, 0, 0
    while used < points and attempts < 50 * points:
        attempts += 1
        point = _sample(entry, rng)
        flat = [mpmath.mpf(float(x)) for arr in entry["inputs"] for x in np.ravel(point[arr["name"]])]
        with mpmath.workdps(50):
            for f in f_named:
                flat.append(mpmath.mpf(f(*flat)))
            if f_guard and not all(g > 0 for g in f_guard(*flat)):
                continue
            terms = f_all_terms(*flat)  # each output is the sum of its top-level terms, at 50 digits
            exact = [sum(ts, mpmath.mpf(0)) for ts in terms]
            cond = [sum(abs(t) for t in ts) for ts in terms]
            exact, cond = [exact[i] for i in where], [cond[i] for i in where]
        used += 1
        values = {}
        for name, fn in kernels.items():
            result = fn(*[point[arr["name"]] for arr in entry["inputs"]])
            result = result if isinstance(result, tuple) else (result,)
            flat_out = np.concatenate([np.ravel(r) for r in result])
            values[name] = flat_out
            for x, e, c in zip(flat_out, exact, cond):
                worst[name] = max(worst[name], float(abs(mpmath.mpf(float(x)) - e) / (EPS * max(c, mpmath.mpf(1e-300)))))
        if len(values) == 2:
            a, b = values.values()
            worst_pair = max(worst_pair, max(float(abs(x - y) / (EPS * max(float(c), 1e-300))) for x, y, c in zip(a, b, cond)))
    if used == 0:
        return [CheckResult(f"{entry['name']} sampling", False, "no random point satisfied the kernel's guards")]
    return _verdicts(entry["name"], "50-digit mpmath", f"at {used} random points", worst, worst_pair)
