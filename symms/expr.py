"""The one safe parser of outside text: a Python ``ast`` whitelist that builds SymPy objects.

Potentials given on the command line, specs and every expression string read back from
``model.json`` come through :func:`parse_expression`; nothing is ever ``eval``-ed or
``sympify``-ed, so a hostile string can at worst be refused with an :class:`InputError`.

Accepted: numbers, declared symbol names, the constants ``pi`` and ``E``, ``+ - * / **``,
unary ``-``/``+``, calls of :data:`FUNCTIONS`, and inside ``Piecewise((expr, cond), ...)``
conditions made of ``< <= > >=``, ``&``, ``|`` and ``True`` (last condition only).
Decimal literals become the exact rational of the digits as written (``2.5`` → 5/2,
``1e-3`` → 1/1000), never binary floats.  Sums and products are built flat
(``sp.Add(*terms)``), and a sum of more than ``_CHUNK`` terms is handed to ``ast.parse`` in
slices (whose C parser cannot nest a few thousand ``+`` deep), so SymPy-printed strings of
100k terms parse in one pass.
"""
from __future__ import annotations

import ast
import bisect
import decimal
import keyword
import math
import re
from collections.abc import Iterable, Mapping

import sympy as sp

from .errors import InputError

FUNCTIONS = {  # name -> (SymPy function, fewest arguments, most arguments or None)
    "exp": (sp.exp, 1, 1), "log": (sp.log, 1, 2), "sqrt": (sp.sqrt, 1, 1),
    "sin": (sp.sin, 1, 1), "cos": (sp.cos, 1, 1), "tan": (sp.tan, 1, 1),
    "sinh": (sp.sinh, 1, 1), "cosh": (sp.cosh, 1, 1), "tanh": (sp.tanh, 1, 1),
    "erf": (sp.erf, 1, 1), "Abs": (sp.Abs, 1, 1), "sign": (sp.sign, 1, 1),
    "Heaviside": (sp.Heaviside, 1, 2), "Min": (sp.Min, 1, None), "Max": (sp.Max, 1, None),
    "Piecewise": (sp.Piecewise, 1, None),
}
CONSTANTS = {"pi": sp.pi, "E": sp.E}
_COMPARE = {ast.Lt: sp.Lt, ast.LtE: sp.Le, ast.Gt: sp.Gt, ast.GtE: sp.Ge}
_SUM, _PRODUCT, _AND, _OR = {ast.Add, ast.Sub}, {ast.Mult, ast.Div}, {ast.BitAnd}, {ast.BitOr}
_OPERATORS = {ast.FloorDiv: "//", ast.Mod: "%", ast.MatMult: "@", ast.LShift: "<<", ast.RShift: ">>",
              ast.BitXor: "^", ast.BitAnd: "&", ast.BitOr: "|"}
_REFUSED = {
    ast.Attribute: "attribute access", ast.Subscript: "indexing with [...]", ast.Lambda: "lambda",
    ast.ListComp: "a comprehension", ast.SetComp: "a comprehension", ast.DictComp: "a comprehension",
    ast.GeneratorExp: "a comprehension", ast.JoinedStr: "an f-string", ast.NamedExpr: "assignment (:=)",
    ast.Starred: "a starred expression", ast.IfExp: "x if c else y (use Piecewise)",
    ast.BoolOp: "and/or (in a Piecewise condition use & and |)", ast.List: "a list", ast.Set: "a set",
    ast.Dict: "a dict", ast.Tuple: "a tuple outside Piecewise", ast.Yield: "yield", ast.Await: "await",
}
_CONDITION = "a Piecewise condition must be a comparison (< <= > >=), & or | of conditions, or True"
MODEL_TEXT = 50_000_000  # longest expression string read back from a trusted model.json (the order-6 coarse model's are ~1e7)
_CHUNK = 200  # a sum of more terms than this at one bracket level is parsed in slices of this many
_TOKEN = re.compile(r"(?P<num>0[xXoObB]\w*|(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:[eE][+-]?\d[\d_]*)?[jJ]?)"
                    r"|(?P<name>[^\W\d]\w*)|(?P<op>\*\*|//|<=|>=|==|!=|<<|>>|:=|\S)")
_IN_SUM = {"*", "/", "**", "//", "%", "@", "~", ".", "+", "-"}  # bind at least as tight as binary + and -


def parse_expression(text: str, symbols: Mapping[str, sp.Symbol] | Iterable[str], *, max_length: int = 20_000,
                     max_depth: int = 100, max_exponent: int = 1000, max_digits: int = 1000) -> sp.Expr:
    """``text`` as a SymPy expression in the declared ``symbols`` (name → Symbol, or names).

    Refused with an InputError naming the construct and its column: anything outside the
    whitelist, undeclared names, text longer than ``max_length`` characters, nesting deeper than
    ``max_depth``, numeric exponents with ``|n| > max_exponent`` and numbers of more than
    ``max_digits`` digits.  Callers reading trusted ``model.json`` pass a larger ``max_length``.
    """
    if isinstance(symbols, str):
        raise TypeError("symbols must be a mapping name -> Symbol or an iterable of names, not one string")
    table = dict(symbols) if isinstance(symbols, Mapping) else {n: sp.Symbol(n) for n in symbols}
    for name, symbol in table.items():
        if not (isinstance(name, str) and isinstance(symbol, sp.Symbol)):
            raise TypeError(f"symbols must map names to sympy.Symbol, got {name!r}: {symbol!r}")
    if not isinstance(text, str):
        raise InputError(f"expression must be text, not {type(text).__name__}")
    return _Parser(text, table, max_depth, max_exponent, max_digits).parse(max_length)


class _LongSum:
    def __init__(self, start, end, operators):
        self.start, self.end, self.operators, self.inner = start, end, operators, []


class _Parser:
    def __init__(self, text, symbols, max_depth, max_exponent, max_digits):
        self.text, self.symbols, self.max_depth = text, symbols, max_depth
        self.max_exponent, self.max_digits = max_exponent, max_digits
        self.max_bits = math.ceil(max_digits * math.log2(10))
        self.lines = [0] + [m.end() for m in re.finditer("\n", text)]
        self.placeholders: dict[int, tuple] = {}  # offset -> (value, height) of a long sum parsed apart

    def fail(self, problem, offset=None, allowed=True):
        shown = self.text if len(self.text) <= 60 else self.text[:57] + "..."
        where = tail = ""
        if offset is not None:
            line = bisect.bisect_right(self.lines, offset)
            col = offset - self.lines[line - 1] + 1
            where = f" (column {col})" if len(self.lines) == 1 else f" (line {line}, column {col})"
        if allowed:
            names = sorted(self.symbols)
            listed = ", ".join(names[:12]) + (", ..." if len(names) > 12 else "")
            tail = (f"; allowed: numbers, the names {listed or '(none declared)'}, pi, E, + - * / **, "
                    f"and the functions {', '.join(FUNCTIONS)}")
        raise InputError(f"expression {shown!r}: {problem}{where}{tail}")

    def parse(self, max_length):
        text = self.text
        if len(text) > max_length:
            self.fail(f"too long ({len(text)} characters; the limit is {max_length})", allowed=False)
        depth = 0  # checked before ast.parse, whose C parser gives up (or worse) on deep nesting
        for m in re.finditer(r"[()\[\]{}]", text):
            depth += 1 if m.group() in "([{" else -1
            if depth > self.max_depth:
                self.fail(f"brackets nested deeper than {self.max_depth} levels", m.start(), allowed=False)
            if depth < 0:
                self.fail(f"unmatched {m.group()!r}", m.start(), allowed=False)
        if depth:
            self.fail("a bracket is never closed", len(text), allowed=False)
        if m := re.search(r"\d{%d}" % (self.max_digits + 1), text):
            self.fail(f"number with more than {self.max_digits} digits", m.start(), allowed=False)
        long_sums = []
        if text.count("+") + text.count("-") > _CHUNK and not re.search(r"['\"#\\]", text):
            long_sums = self.long_sums()
        return self.parse_slice(0, len(text), long_sums)[0]

    def long_sums(self):
        """The outermost sums of more than _CHUNK terms at one bracket level (inner ones nested)."""
        found, levels, previous = [], [[None, None, []]], None  # per level: [first token, end, binary +/-]

        def close(segment):
            if len(segment[2]) >= _CHUNK:
                found.append(_LongSum(*segment))

        for m in _TOKEN.finditer(self.text):
            tok, segment = m.group(), levels[-1]
            if tok in ("+", "-") and previous == "operand":
                segment[2].append(m.start())
                kind = "binary"
            elif tok in ")]}":
                close(levels.pop())
                segment, kind = levels[-1], "operand"
            elif tok in "([{":
                kind = "open"
            elif m.lastgroup == "num" or (m.lastgroup == "name" and (
                    not keyword.iskeyword(tok) or tok in ("True", "False", "None"))):
                kind = "operand"
            elif tok not in _IN_SUM:  # anything binding weaker than + ends the sum: , : = < & | keywords
                close(segment)
                levels[-1], previous = [None, None, []], None
                continue
            else:
                kind = "unary or tighter"
            if segment[0] is None:
                segment[0] = m.start()
            segment[1] = m.end()
            if kind == "open":
                levels.append([None, None, []])
            previous = kind
        close(levels[-1])
        outermost, enclosing = [], []
        for s in sorted(found, key=lambda s: s.start):  # long sums are nested or disjoint
            while enclosing and enclosing[-1].end <= s.start:
                enclosing.pop()
            (enclosing[-1].inner if enclosing else outermost).append(s)
            enclosing.append(s)
        return outermost

    def parse_slice(self, start, end, inner):
        """(value, height) of text[start:end]; the long sums ``inner`` (disjoint, in order) are parsed
        apart and stand in as names of the same length, so offsets stay those of self.text."""
        pieces, at = ["("], start  # wrapped in ( ) so that newlines and leading blanks are fine
        for s in inner:
            self.placeholders[s.start + 1] = self.long_sum(s)
            pieces += [self.text[at:s.start], "(" + "_" * (s.end - s.start - 2) + ")"]
            at = s.end
        source = "".join(pieces + [self.text[at:end], ")"])
        try:
            tree = ast.parse(source, mode="eval")
        except SyntaxError as e:
            at = None if e.lineno is None else _offset(source, start - 1, e.lineno, (e.offset or 1) - 1, True)
            self.fail(f"not a valid expression ({e.msg})", at)
        except (RecursionError, MemoryError):
            self.fail("too complex to parse (an operator chain or nesting is too long)", start, allowed=False)
        return _Builder(self, source, start - 1).build(tree.body)

    def long_sum(self, s):
        """(value, height) of a long sum, parsed in slices of _CHUNK terms and added up once."""
        bounds = [s.start] + s.operators[_CHUNK - 1::_CHUNK] + [s.end]
        inner, parts = list(s.inner), []
        for a, b in zip(bounds, bounds[1:]):
            n = next((i for i, t in enumerate(inner) if t.start >= b), len(inner))
            parts.append(self.parse_slice(a, b, inner[:n]))
            del inner[:n]
        return sp.Add(*(value for value, _ in parts)), max(height for _, height in parts)


def _offset(source, base, lineno, col, chars=False):
    """Offset in the parsed text of (lineno, col) in ``source`` (col in UTF-8 bytes unless ``chars``)."""
    line_start = 0
    for _ in range(lineno - 1):
        line_start = source.index("\n", line_start) + 1
    line_end = source.find("\n", line_start)
    line = source[line_start:line_end if line_end >= 0 else len(source)]
    if not chars and not line.isascii():
        col = len(line.encode("utf-8")[:col].decode("utf-8", "ignore"))
    return base + line_start + col


class _Builder:
    """Post-order walk of one ast, without recursion, checking each node against the whitelist."""

    def __init__(self, parser, source, base):
        self.p, self.source, self.base = parser, source, base

    def at(self, node, end=False):
        if end:
            return _offset(self.source, self.base, node.end_lineno, node.end_col_offset)
        return _offset(self.source, self.base, node.lineno, node.col_offset)

    def build(self, root):
        todo, values = [(root, "expr", None)], []
        while todo:
            node, ctx, combine = todo.pop()
            if combine is None:
                children, combine = self.plan(node, ctx)
                todo.append((node, ctx, (combine, len(children))))
                todo.extend((child, cctx, None) for child, cctx in reversed(children))
                continue
            combine, n = combine
            args = values[len(values) - n:]
            del values[len(values) - n:]
            height = 1 + max((h for _, h in args), default=0)
            if height > self.p.max_depth:
                self.p.fail(f"nested deeper than {self.p.max_depth} levels", self.at(node), allowed=False)
            value = combine([v for v, _ in args])
            if isinstance(value, tuple):  # a long sum parsed apart: (value, height)
                value, height = value
            values.append((value, height))
        return values[0]

    def plan(self, node, ctx):
        """(children with their contexts, combine(values) -> SymPy object) of an allowed node.

        ``ctx`` is "expr", "cond" (a Piecewise condition) or "last" (the last condition)."""
        fail = self.p.fail
        if ctx != "expr" and not (isinstance(node, ast.Compare) or (isinstance(node, ast.BinOp) and type(
                node.op) in _AND | _OR) or (isinstance(node, ast.Constant) and node.value is True)):
            fail(_CONDITION, self.at(node))
        if isinstance(node, ast.Constant):
            return [], lambda _: self.constant(node, ctx)
        if isinstance(node, ast.Name):
            return [], lambda _: self.name(node)
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
            return [(node.operand, "expr")], (lambda v: -v[0]) if isinstance(node.op, ast.USub) else (lambda v: v[0])
        if isinstance(node, ast.UnaryOp):
            fail(f"the operator {'not' if isinstance(node.op, ast.Not) else '~'} is not allowed", self.at(node))
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Pow):
            return [(node.left, "expr"), (node.right, "expr")], lambda v: self.power(node, *v)
        if isinstance(node, ast.BinOp):
            return self.chain(node, ctx)
        if isinstance(node, ast.Compare):
            if ctx == "expr":
                fail("comparisons are allowed only as Piecewise conditions", self.at(node))
            if len(node.ops) != 1 or type(node.ops[0]) not in _COMPARE:
                fail("only single comparisons < <= > >= are allowed (write (a < b) & (b < c))", self.at(node))
            relation = _COMPARE[type(node.ops[0])]
            return [(node.left, "expr"), (node.comparators[0], "expr")], lambda v: relation(*v)
        if isinstance(node, ast.Call):
            return self.call(node)
        if isinstance(node, ast.Attribute):
            fail("attribute access is not allowed", self.at(node.value, end=True))
        fail(f"{_REFUSED.get(type(node), type(node).__name__)} is not allowed", self.at(node))

    def constant(self, node, ctx):
        value = node.value
        if value is True and ctx == "last":
            return sp.true
        if isinstance(value, bool):
            self.p.fail(f"{value!r} is allowed only as the last Piecewise condition (True)", self.at(node))
        if value is None or value is Ellipsis:
            self.p.fail(f"{value!r} is not allowed", self.at(node))
        if isinstance(value, int):
            if value.bit_length() > self.p.max_bits:
                self.p.fail(f"number with more than {self.p.max_digits} digits", self.at(node), allowed=False)
            return sp.Integer(value)
        if isinstance(value, float):  # the decimal digits as written, exactly
            written = self.p.text[self.at(node):self.at(node, end=True)].replace("_", "")
            _, digits, exponent = decimal.Decimal(written).as_tuple()
            if len(digits) + abs(exponent) > self.p.max_digits:
                self.p.fail(f"number with more than {self.p.max_digits} digits", self.at(node), allowed=False)
            n = int("".join(map(str, digits)))
            return sp.Integer(n * 10**exponent) if exponent >= 0 else sp.Rational(n, 10**-exponent)
        what = "complex numbers" if isinstance(value, complex) else "string literals"
        self.p.fail(f"{what} are not allowed", self.at(node))

    def name(self, node):
        name, offset = node.id, self.at(node)
        if offset in self.p.placeholders and set(name) == {"_"}:
            return self.p.placeholders[offset]
        if name.startswith("__"):
            self.p.fail(f"the name {name!r} is not allowed (names starting with '__')", offset)
        if name in self.p.symbols:
            return self.p.symbols[name]
        if name in CONSTANTS:
            return CONSTANTS[name]
        if name in FUNCTIONS:
            self.p.fail(f"{name!r} is a function; call it as {name}(...)", offset)
        self.p.fail(f"unknown name {name!r}", offset)

    def chain(self, node, ctx):
        """a + b - c + ... (or a * b / c ..., or & and | of conditions) flattened into one list."""
        group = next((g for g in (_SUM, _PRODUCT, _AND, _OR) if type(node.op) in g), None)
        if group is None or (ctx == "expr") != (group in (_SUM, _PRODUCT)):
            symbol = _OPERATORS[type(node.op)]
            problem = f"the operator {symbol} is not allowed"
            if symbol in "&|":
                problem = f"{symbol} combines conditions and is allowed only in a Piecewise condition"
            self.p.fail(problem, self.at(node))
        operands, inverse = [], []
        while isinstance(node, ast.BinOp) and type(node.op) in group:
            operands.append(node.right)
            inverse.append(isinstance(node.op, (ast.Sub, ast.Div)))
            node = node.left
        operands, inverse = [node] + operands[::-1], [False] + inverse[::-1]
        children = [(o, "expr" if group in (_SUM, _PRODUCT) else "cond") for o in operands]
        if group is _SUM:
            return children, lambda v: self.sized(sp.Add(*(-x if neg else x for x, neg in zip(v, inverse))), node)
        if group is _PRODUCT:
            return children, lambda v: self.product(operands, v, inverse)
        return children, lambda v: (sp.And if group is _AND else sp.Or)(*v)

    def product(self, operands, values, inverse):
        factors = []
        for node, value, inv in zip(operands, values, inverse):
            if inv and value.is_Number and value == 0:
                self.p.fail("division by zero", self.at(node), allowed=False)
            factors.append(sp.Pow(value, -1) if inv else value)
        return self.sized(sp.Mul(*factors), operands[0])

    def power(self, node, base, exponent):
        if exponent.is_Rational:
            if abs(exponent.p) > self.p.max_exponent * exponent.q:
                shown = str(exponent) if len(str(exponent.p)) <= 20 else f"of {len(str(abs(exponent.p)))} digits"
                self.p.fail(f"exponent {shown} is too large (the limit is |n| <= {self.p.max_exponent})",
                            self.at(node.right), allowed=False)
            if base.is_Rational:
                if base == 0 and exponent < 0:
                    self.p.fail("division by zero (0 to a negative power)", self.at(node), allowed=False)
                if max(base.p.bit_length(), base.q.bit_length()) * abs(exponent) > self.p.max_bits:
                    self.p.fail(f"the power has more than {self.p.max_digits} digits", self.at(node), allowed=False)
        value = self.finite(sp.Pow(base, exponent), node)
        if value.is_Pow and value.exp.is_Rational and abs(value.exp.p) > self.p.max_exponent * value.exp.q:
            self.p.fail(f"the powers combine to the exponent {value.exp}, beyond |n| <= {self.p.max_exponent}",
                        self.at(node), allowed=False)  # (x**1000)**1000 is x**1000000
        return value

    def sized(self, value, node):
        """``value``, refused if its numeric coefficient or term has more than max_digits digits."""
        for number in (value.as_coeff_Mul()[0], value.as_coeff_Add()[0]):
            if number.is_Rational and max(number.p.bit_length(), number.q.bit_length()) > self.p.max_bits:
                self.p.fail(f"a number with more than {self.p.max_digits} digits", self.at(node), allowed=False)
        return value

    def finite(self, value, node):
        if value is sp.zoo or value is sp.nan or value is sp.oo or value is sp.S.NegativeInfinity:
            self.p.fail(f"the value is undefined or infinite ({value})", self.at(node), allowed=False)
        return value

    def call(self, node):
        fail, func = self.p.fail, node.func
        if isinstance(func, ast.Attribute):
            fail("attribute access is not allowed", self.at(func.value, end=True))
        if not isinstance(func, ast.Name):
            fail("only the listed functions may be called", self.at(node))
        name = func.id
        if name in self.p.symbols:
            fail(f"{name!r} is a declared symbol, not a function", self.at(func))
        if name not in FUNCTIONS:
            fail(f"the function {name!r} is not allowed", self.at(func))
        if node.keywords:
            fail("keyword arguments are not allowed", self.at(node.keywords[0]))
        if starred := next((a for a in node.args if isinstance(a, ast.Starred)), None):
            fail("starred arguments are not allowed", self.at(starred))
        function, low, high = FUNCTIONS[name]
        if not low <= len(node.args) <= (high or len(node.args)):
            count = str(low) if low == high else f"{low} to {high}" if high else f"at least {low}"
            fail(f"{name} takes {count} argument(s), got {len(node.args)}", self.at(node))
        if name != "Piecewise":
            return [(a, "expr") for a in node.args], lambda v: self.finite(function(*v), node)
        children = []
        for i, arg in enumerate(node.args):
            if not (isinstance(arg, ast.Tuple) and len(arg.elts) == 2):
                fail("Piecewise arguments are (expression, condition) pairs", self.at(arg))
            children += [(arg.elts[0], "expr"), (arg.elts[1], "last" if i == len(node.args) - 1 else "cond")]
        return children, lambda v: sp.Piecewise(*zip(v[::2], v[1::2]))
