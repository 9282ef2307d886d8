"""symms.expr: the safe parser of outside text.

References are independent of the parser: SymPy expressions built by hand with Python operators,
and, for the committed model.json strings (trusted files), ``sympy.sympify`` of the same text.
Hostile strings are refused with InputError while sentinels prove that nothing was executed.
"""
import ast
import builtins
import json
import os
import random
import subprocess
from pathlib import Path

import pytest
import sympy as sp

from symms.errors import InputError
from symms.expr import FUNCTIONS, parse_expression
from symms.model_file import kernel_entries

GENERATED = Path(__file__).resolve().parents[1] / "generated"
r, x, y, z = sp.symbols("r x y z")
XYZ = {"r": r, "x": x, "y": y, "z": z}


# ---- correct trees -------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("4*((1/r)**12 - (1/r)**6)", 4 * ((1 / r) ** 12 - (1 / r) ** 6)),
    ("-r**2", -(r**2)),
    ("2**-1", sp.Rational(1, 2)),
    ("2**3**2", sp.Integer(512)),  # ** is right-associative
    ("x - y - z", x - y - z),
    ("x/y/z", x / (y * z)),
    ("-1/16*x", -x / 16),
    ("2*z*(x + y)", sp.Mul(2, z, x + y)),  # one flat product, the number not distributed
    ("(x + 1)**(-7/2)", (x + 1) ** sp.Rational(-7, 2)),
    ("exp(-r)*sqrt(r) + log(r, 2)", sp.exp(-r) * sp.sqrt(r) + sp.log(r) / sp.log(2)),
    ("pi*r + E", sp.pi * r + sp.E),
    ("+x - -y", x + y),
    ("Min(x, y, 2) + Max(r, 0)", sp.Min(x, y, 2) + sp.Max(r, 0)),
    ("  x +\n  y", x + y),  # leading blanks and a line break
    ("Piecewise((r**2, r < 1), (2*r - 1, (r >= 1) & (r <= 3)), (5, True))",
     sp.Piecewise((r**2, r < 1), (2 * r - 1, sp.And(r >= 1, r <= 3)), (5, True))),
    ("Piecewise((x, (x > 2) | (y < -1)), (0, True))", sp.Piecewise((x, sp.Or(x > 2, y < -1)), (0, True))),
    ("Piecewise((x, x < 1))", sp.Piecewise((x, x < 1))),
])
def test_trees_match_hand_built_sympy(text, expected):
    got = parse_expression(text, XYZ)
    assert got == expected
    assert sp.srepr(got) == sp.srepr(expected)


@pytest.mark.parametrize("text, expected", [
    ("2.5", sp.Rational(5, 2)), ("1e-3", sp.Rational(1, 1000)), ("0.1", sp.Rational(1, 10)),
    ("1.25e2", sp.Integer(125)), ("1_000.5", sp.Rational(2001, 2)), (".5", sp.Rational(1, 2)),
    ("172.90468231717576", sp.Rational(17290468231717576, 10**14)), ("0x10", sp.Integer(16)),
])
def test_decimals_are_the_exact_rational_of_the_digits_written(text, expected):
    got = parse_expression(text, [])
    assert isinstance(got, sp.Rational) and got == expected


def test_the_function_whitelist_is_the_documented_one_and_each_builds_its_sympy_function():
    reference = {"exp": sp.exp, "log": sp.log, "sqrt": sp.sqrt, "sin": sp.sin, "cos": sp.cos, "tan": sp.tan,
                 "tanh": sp.tanh, "cosh": sp.cosh, "sinh": sp.sinh, "erf": sp.erf, "Abs": sp.Abs,
                 "sign": sp.sign, "Heaviside": sp.Heaviside, "Min": sp.Min, "Max": sp.Max, "Piecewise": sp.Piecewise}
    assert set(FUNCTIONS) == set(reference)  # issue 10's list
    for name, function in reference.items():
        if name != "Piecewise":
            assert parse_expression(f"{name}(x + 1)", XYZ) == function(x + 1)


def test_symbols_keep_the_callers_assumptions_and_gamma_is_a_plain_symbol():
    positive = sp.Symbol("r", positive=True)
    assert parse_expression("sqrt(r**2)", {"r": positive}) == positive
    assert parse_expression("sqrt(r**2)", ["r"]) == sp.sqrt(sp.Symbol("r") ** 2)  # no assumptions: not r
    gamma, K = sp.symbols("gamma K_0")
    got = parse_expression("K_0*gamma**3/64 + gamma", ["gamma", "K_0"])
    assert got == K * gamma**3 / 64 + gamma and got.free_symbols == {gamma, K}
    assert not got.atoms(sp.Function)


def test_symbols_argument_is_checked():
    with pytest.raises(TypeError):
        parse_expression("r", "r")
    with pytest.raises(TypeError):
        parse_expression("r", {"r": "r"})  # a string value would reach SymPy's own parser


# ---- long sums (parsed in slices: ast.parse cannot nest a few thousand + deep) ---------------

def _polynomial(rng, terms, variables):
    monomials = set()
    while len(monomials) < terms:
        monomials.add(tuple(rng.randint(0, 4) for _ in variables))
    return sp.Add(*[sp.Rational(rng.choice([-1, 1]) * rng.randint(1, 99), rng.randint(1, 64))
                    * sp.Mul(*[v**e for v, e in zip(variables, m)]) for m in monomials])


def test_long_sums_at_every_bracket_level_parse_to_the_expression_printed():
    rng = random.Random(7)
    variables = sp.symbols("x0:6")
    names = {str(v): v for v in variables}
    a, b = _polynomial(rng, 1000, variables), _polynomial(rng, 450, variables)
    for expected in (a, variables[0] * a + sp.sqrt(b) * (variables[1] + 1),  # long sums beside , < and )
                     sp.Piecewise((a, b < 1), (b, True))):
        assert parse_expression(sp.sstr(expected), names, max_length=10**6) == expected
    text = f"({sp.sstr(a)})*({sp.sstr(b)}) - x1*({sp.sstr(b)})**2"
    assert parse_expression(text, names, max_length=10**6) == sp.Mul(a, b) - variables[1] * b**2


def test_an_error_inside_a_long_sum_is_refused_at_its_own_column():
    terms = [f"{i}*x" for i in range(1, 1000)]
    for bad, problem, at in (("x.__class__", "attribute access", 1), ("(lambda: 1)", "lambda", 1),
                             ("foo", "unknown name 'foo'", 0), ("sqrt(2, 3)", "sqrt takes 1", 0)):
        text = " + ".join(terms[:700] + [bad] + terms[700:])
        with pytest.raises(InputError, match=problem) as caught:
            parse_expression(text, XYZ, max_length=10**6)
        assert f"(column {text.index(bad) + at + 1})" in str(caught.value)


def test_sums_of_a_hundred_thousand_terms_are_not_refused_for_their_length():
    text = " + ".join(f"{i}*x" for i in range(1, 1001)) + " - y"
    assert parse_expression(text, XYZ, max_length=10**6) == 500500 * x - y


@pytest.mark.slow
def test_a_printed_sum_of_a_hundred_thousand_terms_parses_to_itself():
    rng = random.Random(3)
    variables = sp.symbols("x0:8")
    expected = _polynomial(rng, 100_000, variables)
    text = sp.sstr(expected)
    assert len(text) > 3_000_000
    assert parse_expression(text, {str(v): v for v in variables}, max_length=10**7) == expected


# ---- hostile strings ---------------------------------------------------------------------------

HOSTILE = [
    ("__import__('os').system('echo PWNED')", "attribute access"),
    ("__import__('os')", "'__import__' is not allowed"),
    ("r.__class__", "attribute access is not allowed (column 2)"),
    ("r.__class__.__mro__[1].__subclasses__()", "attribute access"),
    ("__builtins__", "names starting with '__'"),
    ("lambda: 1", "lambda is not allowed"),
    ("(lambda: __import__('os').system('true'))()", "only the listed functions"),
    ("[x for x in ()]", "comprehension"),
    ("(x for x in ())", "comprehension"),
    ("{x: 1 for x in ()}", "comprehension"),
    ("r[0]", "indexing"),
    ("exp(x=1)", "keyword arguments"),
    ("exp(*r)", "starred"),
    ("f'{r}'", "f-string"),
    ("(r := 1)", "assignment"),
    ("'abc'", "string literals"),
    ("b'abc'", "string literals"),
    ("x if y else z", "Piecewise"),
    ("x and y", "and/or"),
    ("not x", "not"),
    ("~x", "~"),
    ("x // 2", "//"),
    ("x % 2", "%"),
    ("x @ y", "@"),
    ("x ^ 2", "^"),
    ("x << 2", "<<"),
    ("x & y", "allowed only in a Piecewise condition"),
    ("x < 1", "only as Piecewise conditions"),
    ("x == 1", "only as Piecewise conditions"),
    ("Piecewise((1, x))", "Piecewise condition must be"),
    ("Piecewise((1, True), (0, x < 1))", "last Piecewise condition"),
    ("Piecewise((1, x < y < z))", "single comparisons"),
    ("Piecewise(x)", "(expression, condition) pairs"),
    ("[1, 2]", "a list"),
    ("{1, 2}", "a set"),
    ("(x, y)", "a tuple"),
    ("None", "None"),
    ("True", "last Piecewise condition"),
    ("1j", "complex numbers"),
    ("r**(10**10)", "exponent 10000000000 is too large"),
    ("10**10**10", "exponent 10000000000 is too large"),
    ("r**(10**10/3)", "exponent 10000000000/3 is too large"),
    ("(10**999)**1000", "more than 1000 digits"),
    ("((x + 1)**1000)**1000", "exponent 1000000, beyond |n| <= 1000"),
    ("2**1000*2**1000*2**1000*2**1000", "more than 1000 digits"),
    ("7" * 10_000, "more than 1000 digits"),
    ("0x" + "f" * 5000, "more than 1000 digits"),
    ("1e100000", "more than 1000 digits"),
    ("(" * 5000 + "r" + ")" * 5000, "nested deeper than 100"),
    ("-" * 5000 + "r", "too complex to parse"),
    ("r**" * 200 + "r", "nested deeper than 100"),
    ("sqrt(" * 101 + "r" + ")" * 101, "nested deeper than 100"),
    ("r+" * 500_000 + "r", "too long (1000001 characters; the limit is 20000)"),
    ("gamma(3)", "'gamma' is a declared symbol, not a function"),
    ("foo + 1", "unknown name 'foo'"),
    ("exp", "call it as exp"),
    ("exp(1, 2)", "exp takes 1 argument"),
    ("eval('1')", "the function 'eval' is not allowed"),
    ("exec('1')", "the function 'exec' is not allowed"),
    ("open('/etc/passwd')", "the function 'open' is not allowed"),
    ("getattr(r, '__class__')", "the function 'getattr' is not allowed"),
    ("Symbol('x')", "the function 'Symbol' is not allowed"),
    ("sympify('x')", "the function 'sympify' is not allowed"),
    ("Function('f')(x)", "only the listed functions"),
    ("r)(", "unmatched"),
    ("x +", "not a valid expression"),
    ("x # comment", "not a valid expression"),
    ("1/0", "division by zero"),
    ("log(0)", "undefined or infinite"),
    ("0**-1", "division by zero"),
]


class _Sentinels:
    """Records every attempt to run code or touch the system while a parse runs."""

    def __init__(self, monkeypatch, code=True):
        self.calls = []
        real_import, real_compile = builtins.__import__, builtins.compile

        def recorder(name):
            return lambda *a, **k: self.calls.append((name, a))

        def watched_import(name, *args, **kwargs):
            if name.split(".")[0] in {"os", "subprocess", "sys", "shutil", "socket", "builtins"}:
                self.calls.append(("import", name))
            return real_import(name, *args, **kwargs)

        def watched_compile(source, filename, mode, flags=0, *args, **kwargs):
            if not flags & ast.PyCF_ONLY_AST:  # ast.parse compiles to a tree only; anything else runs code
                self.calls.append(("compile", source))
            return real_compile(source, filename, mode, flags, *args, **kwargs)

        for name in ("system", "popen", "execv", "execve", "remove", "unlink"):
            monkeypatch.setattr(os, name, recorder(f"os.{name}"))
        monkeypatch.setattr(subprocess, "Popen", recorder("subprocess.Popen"))
        if not code:
            return
        monkeypatch.setattr(builtins, "eval", recorder("eval"))
        monkeypatch.setattr(builtins, "exec", recorder("exec"))
        monkeypatch.setattr(builtins, "open", recorder("open"))
        monkeypatch.setattr(builtins, "__import__", watched_import)
        monkeypatch.setattr(builtins, "compile", watched_compile)


@pytest.mark.parametrize("text, problem", HOSTILE, ids=[h[0][:40] for h in HOSTILE])
def test_hostile_strings_are_refused_without_running_anything(text, problem, monkeypatch):
    declared = {**XYZ, "gamma": sp.Symbol("gamma")}
    sentinels = _Sentinels(monkeypatch)
    with pytest.raises(InputError) as caught:
        parse_expression(text, declared)
    monkeypatch.undo()
    assert sentinels.calls == []
    assert problem in str(caught.value)
    assert "\n" not in str(caught.value) and len(str(caught.value)) < 400  # one readable line


def test_the_sentinels_do_catch_code_that_runs():
    """Control: the system sentinels see sympify execute the first hostile string (sympify itself
    needs eval and exec, so those are left alone here)."""
    with pytest.MonkeyPatch.context() as monkeypatch:
        sentinels = _Sentinels(monkeypatch, code=False)
        try:
            sp.sympify("__import__('os').system('echo PWNED')")
        except Exception:
            pass
    assert ("os.system", ("echo PWNED",)) in sentinels.calls


def test_a_shell_command_in_the_text_leaves_no_file(tmp_path):
    target = tmp_path / "pwned"
    for text in (f"__import__('os').system('touch {target}')",
                 f"(lambda: __import__('os').system('touch {target}'))()",
                 f"r + [__import__('os').system('touch {target}') for _ in (1,)][0]"):
        with pytest.raises(InputError):
            parse_expression(text, ["r"])
    assert not target.exists()


def test_the_limits_are_the_callers_to_raise():
    text = " + ".join(f"{i}*x**{i % 5}" for i in range(1, 2500))
    assert len(text) > 20_000
    with pytest.raises(InputError, match="too long"):
        parse_expression(text, XYZ)
    assert parse_expression(text, XYZ, max_length=len(text)) == sum(i * x ** (i % 5) for i in range(1, 2500))
    assert parse_expression("r**2000", XYZ, max_exponent=2000) == r**2000
    with pytest.raises(InputError, match="nested deeper than 3"):
        parse_expression("((((r))))", XYZ, max_depth=3)


# ---- every committed model.json ----------------------------------------------------------------

# Strings that are not closed-form expressions are display-only (kind "display", LaTeX alone), so no
# committed string is refused; the test fails when one is, so each change is looked at.
DISPLAY_ONLY: dict[str, set] = {}  # every committed expression string parses (display-only equations carry LaTeX)
_DATA_EXPRESSIONS = {"evolution", "manifold", "ring", "reference_lattice", "mass", "stiffness"}
_DATA_OTHER = {"pairs", "structure", "summary", "residual"}  # integers and prose
MODELS = sorted(str(p.parent.relative_to(GENERATED)) for p in GENERATED.rglob("model.json"))
_BIG = {m for m in MODELS if (GENERATED / m / "model.json").stat().st_size > 100_000}


def _expression_strings(model):
    """(label, text) of every expression string symms writes into model.json."""
    for e in model["equations"]:
        if e.get("kind") != "display":
            yield f"eq:{e['label']}:lhs", e["lhs"]
            yield f"eq:{e['label']}:rhs", e["rhs"]
    kernel_entries(model)  # every preamble named exists and every {"same_as": i} names an earlier entry
    for k in model.get("preambles", []) + model["kernels"]:  # a shared preamble's strings once
        for a in k.get("inputs", ()):
            yield from ((f"k:{k['name']}:input", s) for s in a["symbols"])
        for a in k.get("outputs", ()):
            yield from ((f"k:{k['name']}:{a['name']}[{i}]", s) for i, s in enumerate(a["expressions"]) if isinstance(s, str))
        yield from ((f"k:{k['name']}:{i['symbol']}", i["expression"]) for i in k.get("intermediates", ()))
        yield from ((f"k:{k['name']}:guard{i}", g["expression"]) for i, g in enumerate(k["guards"]))
        yield from ((f"k:{k['name']}:{n}", s) for n, s in k.get("definitions", {}).items())
        for p, row in k.get("coefficients", {}).items():
            yield from ((f"k:{k['name']}:{p}:{s}", c) for s, c in row.items())
    data = model["data"]
    assert set(data) <= _DATA_EXPRESSIONS | _DATA_OTHER, f"classify the new data fields {set(data) - _DATA_EXPRESSIONS - _DATA_OTHER}"
    for table in ("evolution", "mass", "stiffness"):
        for p, row in data.get(table, {}).items():
            yield from ((f"data:{table}:{p}:{s}", c) for s, c in row.items())
    for p, rows in data.get("manifold", {}).items():
        for i, row in rows.items():
            yield from ((f"data:manifold:{p}:{i}:{s}", c) for s, c in row.items())
    yield from ((f"data:reference_lattice:{n}", s) for n, s in data.get("reference_lattice", {}).items())
    ring = data.get("ring", {})
    yield from ((f"data:ring:{n}", s) for n, s in {**ring.get("definitions", {}), **ring.get("inverse_factors", {})}.items())
    yield from (("data:ring:variable", s) for s in ring.get("variables", ()))


def _free_names(text):
    """Names a string uses as symbols (not as called functions), read off Python's own ast."""
    tree = ast.parse(text, mode="eval")
    called = {id(n.func) for n in ast.walk(tree) if isinstance(n, ast.Call)}
    return {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and id(n) not in called} - {"pi", "E"}


def _parse_all(variant):
    model = json.loads((GENERATED / variant / "model.json").read_text())
    parsed, refused = [], set()
    for label, text in _expression_strings(model):
        try:
            symbols = {n: sp.Symbol(n) for n in _free_names(text)}
        except SyntaxError:
            symbols = {}
        try:
            parsed.append((label, text, symbols, parse_expression(text, symbols, max_length=10**7)))
        except InputError:
            refused.add(label)
    return parsed, refused


@pytest.mark.parametrize("variant", MODELS)
def test_every_committed_string_parses_except_the_known_display_only_ones(variant):
    parsed, refused = _parse_all(variant)
    known = DISPLAY_ONLY.get(variant, set())
    assert refused == known, f"newly refused: {sorted(refused - known)}; now parsed: {sorted(known - refused)}"
    for label, text, symbols, value in parsed:
        assert value.free_symbols <= set(symbols.values()), label


@pytest.mark.parametrize("variant", [pytest.param(m, marks=pytest.mark.slow) if m in _BIG else m for m in MODELS])
def test_every_committed_string_equals_sympify_of_the_same_text(variant):
    """sympify (the independent reference, on trusted committed files only) with the same plain symbols
    and decimals read as rationals.  sympify multiplies a number into a sum (2*(a + b)*c becomes
    c*(2*a + 2*b)); where the trees differ, the values must agree to 40 digits at a random point."""
    rng = random.Random(2026)
    for label, text, symbols, value in _parse_all(variant)[0]:
        reference = sp.sympify(text, locals=symbols, rational=True)
        if value == reference:
            continue
        point = {s: sp.Rational(rng.randint(100, 900), 1000) for s in symbols.values()}
        a, b = value.evalf(60, subs=point), reference.evalf(60, subs=point)
        assert abs(a - b) <= sp.Float("1e-40", 60) * max(1, abs(b)), label
