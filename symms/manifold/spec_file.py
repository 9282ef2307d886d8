"""A lattice DAE read from a data file (TOML or JSON): seed 000 eq (3) written as data.

The file lists the rows of ``D dv_j/dt = L(γ) v`` as terms ``[coefficient, element offset,
variable]``, which rows are dynamic, the amplitude ``U_j = Σ_i a_i v_{j,i}`` and the lattice
parameter (its name, stride, positivity, and whether the engine works in its reciprocal).
Every string goes through :func:`symms.expr.parse_expression` with only ``gamma`` and the
parameter at offsets declared, so nothing in a file is executed.  Any problem is an
:class:`InputError` naming the field (``rows[3].terms[1][0]``).  The README shows the format;
``symms/specs/*.toml`` are worked examples, found by their name (``--spec seed000-embedding``).
"""
from __future__ import annotations

import hashlib
import json
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

import sympy as sp

from ..errors import InputError
from ..expr import parse_expression
from ..naming import offset_name
from .spec import LatticeDAE, v

SPECS = Path(__file__).resolve().parent.parent / "specs"  # the shipped worked examples
MAX_BYTES = 1_000_000
MAX_VARIABLES = 64
MAX_OFFSET = 32  # parameter offsets (and element offsets) a spec may use
RESERVED = ("gamma", "v", "U", "dU", "cU", "dUdt", "D")  # names the engine and the documents use themselves


@dataclass(frozen=True)
class Display:
    """How a spec's quantities are typeset and described (nothing here changes the algebra)."""

    title: str
    source: str
    description: str
    parameter_latex: str
    parameter_meaning: str
    ring_latex: str  # the ring variable: the reciprocal's symbol, or the parameter's own
    inverse_meanings: tuple[tuple[str, str, str], ...]  # (name, LaTeX letter, meaning)
    row_meanings: tuple[str, ...]  # LaTeX, optional per row


@dataclass(frozen=True)
class SpecFile:
    """A parsed spec file: the :class:`LatticeDAE`, its typesetting, its check settings and the
    sha256 of the file's bytes (the variant's name carries its first 12 hex digits)."""

    spec: LatticeDAE
    display: Display
    sample: tuple[float, float]  # range of the parameter in the random checks
    guards: tuple[tuple[sp.Expr, str], ...]  # (expression > 0, message) the kernel enforces
    sha256: str
    origin: str

    @property
    def token(self) -> str:
        return self.sha256[:12]


def _fail(origin: str, field: str, problem: str):
    raise InputError(f"spec {origin}: field {field}: {problem}")


def resolve_path(source: str) -> Path:
    """``source`` as a file: a path, or the name of a shipped spec (``symms/specs/<name>.toml``)."""
    if not isinstance(source, str) or not source.strip():
        raise InputError("--spec needs a file (TOML or JSON) or the name of a shipped spec")
    path = Path(source)
    if not path.suffix and (SPECS / f"{source}.toml").is_file():
        return SPECS / f"{source}.toml"
    if not path.is_file():
        shipped = ", ".join(sorted(p.stem for p in SPECS.glob("*.toml")))
        raise InputError(f"spec {source}: no such file; give a .toml/.json path or a shipped spec ({shipped})")
    return path


def shipped_specs() -> dict[str, Path]:
    """Name → file of every spec shipped with symms."""
    return {p.stem: p for p in sorted(SPECS.glob("*.toml"))}


def load_spec(source: str) -> SpecFile:
    """Read the spec file ``source`` (path or shipped name); see the module docstring."""
    path = resolve_path(source)
    raw = path.read_bytes()
    if len(raw) > MAX_BYTES:
        raise InputError(f"spec {source}: larger than {MAX_BYTES} bytes")
    return parse_spec(raw, source, fmt="json" if path.suffix.lower() == ".json" else "toml")


def parse_spec(raw: bytes, origin: str, fmt: str = "toml") -> SpecFile:
    """A spec from the bytes of a file (``fmt`` ``"toml"`` or ``"json"``)."""
    try:
        text = raw.decode("utf-8")
        data = json.loads(text) if fmt == "json" else tomllib.loads(text)
    except (UnicodeDecodeError, json.JSONDecodeError, tomllib.TOMLDecodeError) as exc:
        raise InputError(f"spec {origin}: not valid {fmt.upper()}: {str(exc).splitlines()[0]}") from None
    if not isinstance(data, dict):
        raise InputError(f"spec {origin}: the top level must be a table of fields")
    return _Reader(data, origin).spec_file(hashlib.sha256(raw).hexdigest())


_TOP = {"name", "title", "source", "description", "variables", "amplitude", "parameter", "rows", "inverse", "guards"}
_PARAMETER = {"name", "stride", "positive", "reciprocal", "ring_name", "latex", "ring_latex", "meaning", "sample"}
_ROW = {"dynamic", "terms", "meaning"}
_INVERSE = {"name", "value", "latex", "meaning"}
_GUARD = {"expression", "message"}


class _Reader:
    """Field-by-field validation; every refusal names the field."""

    def __init__(self, data: dict, origin: str):
        self.data, self.origin, self.parameter = data, origin, None

    def fail(self, field: str, problem: str):
        _fail(self.origin, field, problem)

    def table(self, value, field: str, known: set, required: tuple) -> dict:
        if not isinstance(value, dict):
            self.fail(field, "must be a table")
        unknown = sorted(set(value) - known)
        if unknown:
            self.fail(f"{field}.{unknown[0]}" if field else unknown[0], f"unknown field; known: {', '.join(sorted(known))}")
        for key in required:
            if key not in value:
                self.fail(f"{field}.{key}" if field else key, "missing")
        return value

    def typed(self, value, field: str, kind, what: str):
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            self.fail(field, f"must be {what}, got {value!r}"[:200])
        return value

    def text(self, table: dict, key: str, field: str, default: str | None = None) -> str:
        if key not in table:
            return default
        return self.typed(table[key], field, str, "text")

    def number(self, value, field: str) -> sp.Rational:
        """An exact number: an integer, or text such as ``"1/4"`` (decimals as written)."""
        if isinstance(value, int) and not isinstance(value, bool):
            return sp.Integer(value)
        if isinstance(value, str):
            try:
                number = parse_expression(value, {}, max_length=200)
            except InputError as exc:
                self.fail(field, str(exc))
            if number.is_Rational:
                return number
        self.fail(field, f"must be an exact number (an integer or text like \"1/4\"), got {value!r}"[:200])

    def expression(self, value, field: str, symbols: dict) -> sp.Expr:
        if isinstance(value, int) and not isinstance(value, bool):
            return sp.Integer(value)
        self.typed(value, field, str, "an expression as text (or an integer)")
        try:
            return parse_expression(value, symbols, max_length=2000)
        except InputError as exc:
            unknown = re.search(r"unknown name '(\w+)'", str(exc))
            if unknown and self.parameter:
                p = self.parameter
                self.fail(field, f"unknown name {unknown[1]!r} in {value!r}; the names are gamma and {p}_<offset> "
                                 f"({p}_m1, {p}_0, {p}_p1, ... up to ±{MAX_OFFSET}: {p} at stride·j + offset)")
            self.fail(field, str(exc))

    def spec_file(self, digest: str) -> SpecFile:
        d = self.table(self.data, "", _TOP, ("name", "variables", "amplitude", "parameter", "rows"))
        name = self.typed(d["name"], "name", str, "text")
        if not re.fullmatch(r"[a-z0-9][a-z0-9-]{0,39}", name):
            self.fail("name", f"must be 1-40 lower-case letters, digits and '-' (it names the variant folder), got {name!r}"[:200])
        n = self.typed(d["variables"], "variables", int, "an integer")
        if not 1 <= n <= MAX_VARIABLES:
            self.fail("variables", f"must be between 1 and {MAX_VARIABLES}, got {n}")

        p = self.table(d["parameter"], "parameter", _PARAMETER, ("name", "stride", "positive"))
        param = self.typed(p["name"], "parameter.name", str, "text")
        if not param.isalpha() or param in RESERVED:
            self.fail("parameter.name", f"must be a plain letter name other than {', '.join(RESERVED)}; got {param!r}")
        stride = self.typed(p["stride"], "parameter.stride", int, "an integer")
        if not 1 <= stride <= 8:
            self.fail("parameter.stride", f"must be between 1 and 8 (parameter offsets moved per element), got {stride}")
        if self.typed(p["positive"], "parameter.positive", bool, "true or false") is not True:
            self.fail("parameter.positive", "only positive lattice parameters are supported (the kernels refuse values <= 0 "
                                            "and the checks sample parameter.sample > 0); set positive = true")
        reciprocal = self.typed(p.get("reciprocal", False), "parameter.reciprocal", bool, "true or false")
        ring_name = self.text(p, "ring_name", "parameter.ring_name", "r" if reciprocal else param)
        if not ring_name.isalpha() or ring_name in RESERVED or (reciprocal and ring_name == param):
            self.fail("parameter.ring_name", f"must be a letter name, not {', '.join(RESERVED)} (or the parameter when "
                                             f"reciprocal); got {ring_name!r}")
        if not reciprocal and ring_name != param:
            self.fail("parameter.ring_name", "only a reciprocal parameter has a ring variable of its own; drop ring_name")
        sample = p.get("sample", [0.6, 1.8])
        if not (isinstance(sample, list) and len(sample) == 2 and all(isinstance(x, (int, float)) and not isinstance(x, bool)
                                                                        for x in sample) and 0 < sample[0] < sample[1] < 1e6):
            self.fail("parameter.sample", f"must be [low, high] with 0 < low < high, got {sample!r}"[:200])
        self.parameter = param
        plat = self.text(p, "latex", "parameter.latex", rf"\{param}" if param in _GREEK else param)
        rlat = self.text(p, "ring_latex", "parameter.ring_latex", rf"\{ring_name}" if ring_name in _GREEK else ring_name)

        gamma = sp.Symbol("gamma")
        symbols = {"gamma": gamma}
        symbols.update({offset_name(param, o): sp.Symbol(offset_name(param, o)) for o in range(-MAX_OFFSET, MAX_OFFSET + 1)})
        rows, dynamic, row_meanings = self.rows(d["rows"], n, symbols)
        if not any(sym.name.startswith(f"{param}_") for row in rows for sym in row.free_symbols):
            self.fail("rows", f"no row uses the parameter ({param}_<offset>); the engine needs at least one parameter in "
                              "its coefficient ring (a constant-coefficient spec: make a coefficient a parameter and set it "
                              "constant when you use the kernel)")
        amplitude = d["amplitude"]
        if not isinstance(amplitude, list) or len(amplitude) != n:
            self.fail("amplitude", f"must list {n} weights (one per variable)")
        weights = tuple(self.number(a, f"amplitude[{i}]") for i, a in enumerate(amplitude))

        inverse_names, inverse_meanings = [], []
        for i, entry in enumerate(self.list(d.get("inverse", []), "inverse")):
            field = f"inverse[{i}]"
            entry = self.table(entry, field, _INVERSE, ("name", "value"))
            iname = self.typed(entry["name"], f"{field}.name", str, "text")
            if not iname.isalpha() or iname in RESERVED or iname in (param, ring_name):
                self.fail(f"{field}.name", f"must be a new letter name, got {iname!r}")
            value = self.expression(entry["value"], f"{field}.value", symbols)
            if gamma in value.free_symbols:
                self.fail(f"{field}.value", "must not depend on gamma (it names a factor of the parameters)")
            inverse_names.append((iname, value))
            inverse_meanings.append((iname, self.text(entry, "latex", f"{field}.latex", iname),
                                     self.text(entry, "meaning", f"{field}.meaning", "")))
        guards = []
        for i, entry in enumerate(self.list(d.get("guards", []), "guards")):
            field = f"guards[{i}]"
            entry = self.table(entry, field, _GUARD, ("expression", "message"))
            expr = self.expression(entry["expression"], f"{field}.expression", symbols)
            if gamma in expr.free_symbols:
                self.fail(f"{field}.expression", "must depend on the parameter only (the kernel checks it before gamma is used)")
            guards.append((expr, self.typed(entry["message"], f"{field}.message", str, "text")))
        try:
            spec = LatticeDAE(name=name, dynamic=dynamic, rows=rows, amplitude=weights, gamma=gamma, parameter=param,
                              stride=stride, reciprocal=reciprocal, ring_base=ring_name, inverse_names=tuple(inverse_names))
        except InputError as exc:
            self.fail("rows", str(exc))
        display = Display(
            title=self.text(d, "title", "title", f"Coarse model of the lattice DAE {name}"),
            source=self.text(d, "source", "source", f"user spec {name}"),
            description=self.text(d, "description", "description", ""),
            parameter_latex=plat, parameter_meaning=self.text(p, "meaning", "parameter.meaning", "lattice parameter"),
            ring_latex=rlat, inverse_meanings=tuple(inverse_meanings), row_meanings=row_meanings)
        return SpecFile(spec, display, (float(sample[0]), float(sample[1])), tuple(guards), digest, self.origin)

    def list(self, value, field: str) -> list:
        if not isinstance(value, list):
            self.fail(field, "must be a list")
        return value

    def rows(self, value, n: int, symbols: dict):
        rows = self.list(value, "rows")
        if len(rows) != n:
            self.fail("rows", f"must list {n} rows (one per variable), got {len(rows)}")
        exprs, dynamic, meanings = [], [], []
        for r, row in enumerate(rows):
            field = f"rows[{r}]"
            row = self.table(row, field, _ROW, ("dynamic", "terms"))
            dynamic.append(self.typed(row["dynamic"], f"{field}.dynamic", bool, "true or false"))
            meanings.append(self.text(row, "meaning", f"{field}.meaning", ""))
            terms = self.list(row["terms"], f"{field}.terms")
            if not terms:
                self.fail(f"{field}.terms", "must list at least one term [coefficient, element offset, variable]")
            total = sp.Integer(0)
            for t, term in enumerate(terms):
                tf = f"{field}.terms[{t}]"
                if not isinstance(term, list) or len(term) != 3:
                    self.fail(tf, f"must be [coefficient, element offset, variable], got {term!r}"[:200])
                coef = self.expression(term[0], f"{tf}[0]", symbols)
                e = self.typed(term[1], f"{tf}[1]", int, "an integer element offset")
                i = self.typed(term[2], f"{tf}[2]", int, "an integer variable index")
                if abs(e) > MAX_OFFSET:
                    self.fail(f"{tf}[1]", f"element offsets are limited to ±{MAX_OFFSET}")
                if not 0 <= i < n:
                    self.fail(f"{tf}[2]", f"variable index must be in 0..{n - 1}, got {i}")
                if not coef.is_polynomial(symbols["gamma"]):
                    self.fail(f"{tf}[0]", "coefficients must be polynomial in gamma")
                total += coef * v(e, i)
            exprs.append(total)
        return tuple(exprs), tuple(dynamic), tuple(meanings)


_GREEK = {"alpha", "beta", "delta", "epsilon", "eta", "kappa", "lambda", "mu", "nu", "rho", "sigma", "tau", "phi", "chi",
          "psi", "omega", "zeta", "xi"}

