"""Verify generated kernels against their SymPy source, read back from ``model.json``.

* Expression kernels: 50-digit mpmath evaluation of the stored SymPy strings.
* Lattice operators: the stored coefficient polynomials, parsed into term tables and evaluated
  in long double at dyadic points (exact rational evaluation where long double is double).
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
from ..expr import MODEL_TEXT, parse_expression
from ..naming import offset_name, parse_offset_name

EPS = np.finfo(float).eps
TOL_FACTOR = 256.0
_TERM_SPLIT = re.compile(r"\s([+-])\s")


def parse_polynomial(text: str) -> list[tuple[Fraction, tuple[tuple[str, int], ...]]]:
    """Terms of a polynomial string as written in model.json (``"1/16*K_m1 - r_0**2*K_0"``).

    The strings are SymPy-parsable; this exact parser avoids building huge SymPy expressions.
    """
    return [(Fraction(num, den), factors) for num, den, factors in _parse_terms(text)]


def _parse_terms(text: str) -> list[tuple[int, int, tuple[tuple[str, int], ...]]]:
    """``[(numerator, denominator, ((name, power), ...)), ...]`` of a polynomial string, read with
    ``str`` operations only (a model.json at γ⁶ holds 127k terms)."""
    text = text.strip()
    if text in ("", "0"):
        return []
    sign = 1
    if text.startswith("-"):
        sign, text = -1, text[1:].lstrip()
    parts = _TERM_SPLIT.split(text)
    signs = [sign] + [1 if s == "+" else -1 for s in parts[1::2]]
    return [_parse_term(piece, sign) for sign, piece in zip(signs, parts[0::2])]


def _parse_term(piece: str, sign: int) -> tuple[int, int, tuple[tuple[str, int], ...]]:
    """``"3/4*r_0**2*K_m1"`` → ``(3 · sign, 4, (("r_0", 2), ("K_m1", 1)))``."""
    tokens = piece.split("*")  # "a**2" gives "a", "", "2"
    num, den, factors, i = sign, 1, [], 0
    if tokens[0][:1].isdigit():
        top, slash, bottom = tokens[0].partition("/")
        if not top.isdigit() or (slash and not bottom.isdigit()):
            raise InputError(f"cannot read polynomial term {piece!r}")
        num, den, i = sign * int(top), int(bottom) if bottom else 1, 1
    while i < len(tokens):
        name, power = tokens[i], 1
        if not name.isidentifier():
            raise InputError(f"cannot read polynomial term {piece!r}")
        if i + 2 < len(tokens) and not tokens[i + 1]:
            if not tokens[i + 2].isdigit():
                raise InputError(f"cannot read polynomial term {piece!r}")
            power, i = int(tokens[i + 2]), i + 3
        else:
            i += 1
        factors.append((name, power))
    return num, den, tuple(factors)


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


LONG = np.longdouble  # the reference's working precision (x87 extended: ε ≈ 1.1e-19)


def _long_int(n: int):
    """An integer as a long double (relative error ≤ ε of long double)."""
    if abs(n) < 2**63:
        return LONG(n)
    shift = abs(n).bit_length() - 63
    return np.ldexp(LONG(n >> shift), shift)


def _long_ratios(nums: list[int], dens: list[int]) -> np.ndarray:
    """``nums[i] / dens[i]`` as long doubles (vectorised when every integer fits 63 bits)."""
    if all(abs(n) < 2**63 for n in nums) and all(d < 2**63 for d in dens):
        return np.array(nums, dtype=np.int64).astype(LONG) / np.array(dens, dtype=np.int64).astype(LONG)
    return np.array([_long_int(n) / _long_int(d) for n, d in zip(nums, dens)], dtype=LONG)


def _long(x) -> np.longdouble:
    """A Fraction or mpmath number as a long double."""
    if isinstance(x, Fraction):
        return _long_int(x.numerator) / _long_int(x.denominator)
    man, exp = mpmath.mpf(x).man_exp
    return np.ldexp(_long_int(int(man)), int(exp))


def _mpf(x):
    """A Fraction (or number) as an mpmath number at the working precision."""
    return mpmath.mpf(x.numerator) / x.denominator if isinstance(x, Fraction) else mpmath.mpf(x)


def _ratio(x) -> tuple[int, int]:
    """An mpmath number as an exact ``(numerator, denominator)``."""
    man, exp = mpmath.mpf(x).man_exp
    return (int(man) << exp, 1) if exp >= 0 else (int(man), 1 << -exp)


class LatticeReference:
    """Evaluation of a lattice-operator entry of model.json, read back from its text.

    The coefficient strings are parsed into term tables (coefficient, variables, exponents) and
    evaluated at the sample points in long double (ε ≈ 1.1e-19 on x86-64), sums pairwise, the
    local variables from their definitions at 40 digits: the reference errs by far less than
    the check's tolerance (256 double ε · Σ|terms|).  Platforms whose long double is plain
    double fall back to exact rational evaluation (python-flint).
    """

    def __init__(self, entry: dict):
        self.entry = entry
        self.stride = entry["stride"]
        self.param = entry["parameter"]
        self.names = sorted(entry["definitions"])
        index = {n: i for i, n in enumerate(self.names)}
        self.exact = np.finfo(LONG).eps > 1e-18
        self.blocks = []  # (p, k, coefficients, |coefficients|, variable slots, exponent slots)
        for p, row in sorted(entry["coefficients"].items(), key=lambda item: int(item[0])):
            for k, text in sorted(row.items(), key=lambda item: int(item[0])):
                if self.exact:
                    terms = parse_polynomial(text)
                    self.blocks.append((int(p), int(k), _flint_poly(self._ctx(), self.names, terms),
                                        _flint_poly(self._ctx(), self.names, terms, absolute=True), None, None))
                    continue
                terms = _parse_terms(text)
                width = max([len(f) for *_, f in terms] + [1])
                var = np.full((len(terms), width), len(self.names), dtype=np.intp)  # padding: a variable equal to 1
                exp = np.zeros((len(terms), width), dtype=np.int64)
                for t, (_, _, factors) in enumerate(terms):
                    for slot, (name, e) in enumerate(factors):
                        if name not in index:
                            raise InputError(f"coefficient of gamma^{p} U_(j{int(k):+d}) uses {name}, which has no definition")
                        var[t, slot], exp[t, slot] = index[name], e
                coef = _long_ratios([num for num, _, _ in terms], [den for _, den, _ in terms])
                self.blocks.append((int(p), int(k), coef, np.abs(coef), var, exp))
        definitions = [_parse_definition(entry["definitions"][n], self.param) for n in self.names]
        self.offsets = sorted({_offset(s.name, self.param) for d in definitions for s in d.free_symbols})
        symbols = [sp.Symbol(offset_name(self.param, o)) for o in self.offsets]
        printer = MpmathPrinter({"fully_qualified_modules": False, "inline": True, "allow_unknown_functions": True,
                                 "user_functions": {}, "order": "none"})
        self.f_definitions = sp.lambdify(symbols, definitions, modules="mpmath", printer=printer)

    def _ctx(self):
        return flint.fmpq_mpoly_ctx.get(tuple(self.names) or ("_",), "lex")

    def local_values(self, kappa: list[Fraction], j: int) -> list:
        """The local variables (in ``names`` order) at coarse point ``j`` of the periodic lattice ``kappa``."""
        n = len(kappa)
        with mpmath.workdps(40):
            values = self.f_definitions(*[_mpf(kappa[(self.stride * j + o) % n]) for o in self.offsets])
            if self.exact:
                return [flint.fmpq(*_ratio(v)) for v in values]
            return [_long(v) for v in values]

    def rhs(self, U: list[Fraction], kappa: list[Fraction], gamma: Fraction):
        """dU/dt and the conditioning Σ|terms| for each coarse point (long double, or exact)."""
        if self.exact:
            return self._rhs_exact(U, kappa, gamma)
        m = len(U)
        V = np.ones((len(self.names) + 1, m), dtype=LONG)
        for j in range(m):
            V[: len(self.names), j] = self.local_values(kappa, j)
        Ul = np.array([_long(u) for u in U], dtype=LONG)
        g = _long(gamma)
        total, absolute = np.zeros(m, dtype=LONG), np.zeros(m, dtype=LONG)
        for p, k, coef, abs_coef, var, exp in self.blocks:
            mono = np.ones((len(coef), m), dtype=LONG)
            for slot in range(var.shape[1]):
                mono *= V[var[:, slot]] ** exp[:, slot, None]
            u = np.roll(Ul, -k)  # U_{j+k}, periodic
            total += g**p * np.sum(coef[:, None] * mono, axis=0) * u
            absolute += g**p * np.sum(abs_coef[:, None] * mono, axis=0) * np.abs(u)
        return total, absolute

    def _rhs_exact(self, U, kappa, gamma):
        m = len(U)
        g = flint.fmpq(gamma.numerator, gamma.denominator)
        exact, cond = [], []
        for j in range(m):
            vals = self.local_values(kappa, j) or [flint.fmpq(0)]
            total, absolute = flint.fmpq(0), flint.fmpq(0)
            for p, k, poly, abs_poly, _, _ in self.blocks:
                u = U[(j + k) % m]
                uq = flint.fmpq(u.numerator, u.denominator)
                total += g**p * poly(*vals) * uq
                absolute += g**p * abs_poly(*vals) * abs(uq)
            exact.append(Fraction(int(total.p), int(total.q)))
            cond.append(Fraction(int(absolute.p), int(absolute.q)))
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
                err = abs(Fraction(float(out[j])) - exact[j]) if ref.exact else abs(LONG(out[j]) - exact[j])
                worst[name] = max(worst[name], float(err) / (EPS * max(float(cond[j]), 1e-300)))
        if len(outputs) == 2:
            a, b = outputs.values()
            worst_pair = max(worst_pair, max(abs(a[j] - b[j]) / (EPS * max(float(cond[j]), 1e-300)) for j in range(m)))
    reference = "rational evaluation of model.json" if ref.exact else "long-double evaluation of model.json"
    return _verdicts(entry["name"], reference, f"over {trials} random lattices", worst, worst_pair)


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
        # each intermediate as a function of the symbols it uses (all earlier ones would cost O(n²))
        f_named = [(sym, args, sp.lambdify(args, expr, modules="mpmath", printer=printer))
                   for sym, expr in named for args in [sorted(expr.free_symbols, key=str)]]
        f_all_terms = sp.lambdify(symbols, [list(sp.Add.make_args(e)) for e in outputs], modules="mpmath", printer=printer)
        f_guard = sp.lambdify(symbols, guards, modules="mpmath", printer=printer) if guards else None
    worst = {name: 0.0 for name in kernels}
    worst_pair, used, attempts = 0.0, 0, 0
    while used < points and attempts < 50 * points:
        attempts += 1
        point = _sample(entry, rng)
        flat = [mpmath.mpf(float(x)) for arr in entry["inputs"] for x in np.ravel(point[arr["name"]])]
        with mpmath.workdps(50):
            values = dict(zip(inputs, flat))
            for sym, args, f in f_named:
                values[sym] = mpmath.mpf(f(*[values[a] for a in args]))
                flat.append(values[sym])
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
