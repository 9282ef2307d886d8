"""Fibre-bundle dynamics of the diatomic chain (seed 001, eq 4.12) and its comparison with MD.

Macro:  ρ₀ ∂²_t U = ∂_x F(A, p),  A = ∂_x U,  F = ∂W/∂A = V'((1 + A) a - p)   (eqs 4.10, 4.12)
Micro:  m ∂²_t p + η ∂_t p = -a ∇_p W = -V'(p) + V'((1 + A) a - p)          (eqs 4.11, 4.12)

with W(A, p) = [V(p) + V((1 + A) a - p)] / a per reference length (eq 4.9 with cell a; the
seed takes a = 1), ρ₀ = (m_A + m_B)/a, U the displacement of each cell's centre of mass and p
the deformed A-B distance.  Writing the chain's kinetic energy in the centre of mass and the
relative coordinate gives m = μ = m_A m_B / (m_A + m_B) and η = 0, the defaults here; the
seed's eq 4.12 leaves m, η free and writes ρ₀ = 1 and F(A) for F(A, p).

W(A, p) is :meth:`symms.models.cauchy_born.CauchyBorn.energy` for the chain; the flux, shift force
and shift stiffness are its derivatives (:func:`chain_expressions`), used both lambdified (the
``sympy`` functions of :class:`ChainModel`) and as generated numpy/C kernels (``energy``,
``stress``, ``shift_force``, ``shift_stiffness`` of the ``chain-dynamics`` derivation), which the
solver can run on.  The reference is plain MD of the chain
(:func:`symms.numerics.atomistic.md_diatomic_chain`).
"""
from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np
import sympy as sp

from ..checks import CheckResult
from ..errors import InputError
from ..model import (Array, DerivedModel, DisplayEquation, ExpressionKernel, Figure, Guard, Panel, Section, Series,
                     Symbol, Table)
from ..numerics.atomistic import md_diatomic_chain
from .cauchy_born import CauchyBorn
from .potentials import make_potential


KERNELS = ("energy", "stress", "shift_force", "shift_stiffness")


@dataclass(frozen=True)
class ChainExpressions:
    """W(A, p) of eq 4.9 and the per-cell quantities of eq 4.12, as exact SymPy expressions.

    ``W`` is :meth:`CauchyBorn.energy` for the chain (per reference length).  The kernels are its
    derivatives, written bond by bond (one term per power of the bond length, so that Σ|terms|
    measures the cancellation at V'(r0) = 0):

    - ``energy``: W = [V(p) + V((1 + A) a - p)] / a                      (eq 4.9 with cell a)
    - ``stress``: F = ∂W/∂A = V'((1 + A) a - p), the macro flux          (eq 4.10)
    - ``shift_force``: f = -a ∂W/∂p = -V'(p) + V'((1 + A) a - p), the micro right side (eqs 4.11-4.12)
    - ``shift_stiffness``: K = a ∂²W/∂p² = V''(p) + V''((1 + A) a - p)

    (with the seed's a = 1, f = -∇_p W and K = ∇²_p W).  ``bonds`` are the bond lengths r_b(A, p)
    (positive at the reference), ``guards`` the domain where the nearest-neighbour sum is W.
    """

    A: sp.Symbol
    p: sp.Symbol
    W: sp.Expr
    outputs: dict
    bonds: tuple
    cell: sp.Expr
    p0: sp.Expr
    cutoff: sp.Expr
    guards: tuple

    def __getitem__(self, name: str) -> sp.Expr:
        return self.outputs[name]


def chain_expressions(cb: CauchyBorn) -> ChainExpressions:
    """The kernels' SymPy source from the chain's W(A, p) (seed 001 eqs 4.9-4.12).

    W is rewritten in the bond lengths r_b (each inside pair's separation, signed so that r_b > 0
    at the reference), differentiated by the chain rule and expanded in the r_b, then the r_b are
    put back as the linear expressions in (A, p) they stand for.
    """
    A, p = cb.A[0, 0], cb.p[0, 0]
    a, p0, rc = cb.volume, cb.p0[0, 0], cb.neighbours.cutoff
    W = cb.energy()
    reference = {A: 0, p: p0}
    separations = [cb.separation(t)[0] for t in cb.neighbours.inside]
    signs = [1 if x.xreplace(reference) > 0 else -1 for x in separations]
    bonds = tuple(sign * x for sign, x in zip(signs, separations))
    R = sp.symbols(f"r_0:{len(bonds)}", positive=True)
    W_r = W.xreplace({x: sign * r for x, sign, r in zip(separations, signs, R)})
    if W_r.free_symbols & {A, p}:
        raise InputError("the chain's W(A, p) is not a sum over its bonds' lengths")
    back = dict(zip(R, bonds))

    def chain_rule(order: int, variable, factor):
        total = 0
        for b, r in enumerate(R):
            slope = sp.diff(bonds[b], variable)
            if slope != 0:
                total += sp.expand(factor * sp.diff(W_r, r, order) * slope ** order)
        return total.xreplace(back)

    outputs = {
        "energy": sp.expand(W_r).xreplace(back),
        "stress": chain_rule(1, A, 1),
        "shift_force": chain_rule(1, p, -a),
        "shift_stiffness": chain_rule(2, p, a),
    }
    names = ["A-B bond p" if t.n == (0,) else "B-A bond (1 + A) a - p" for t in cb.neighbours.inside]
    guards = [Guard(r, f"the {name} must have positive length") for name, r in zip(names, bonds)]
    guards += [Guard(rc - r, f"the {name} leaves the cutoff (outside the nearest-neighbour model)")
               for name, r in zip(names, bonds)]
    guards.append(Guard((1 + A) * a - rc, "second neighbours (A-A and B-B at (1 + A) a) enter the cutoff: "
                                          "eq 4.9 holds for nearest neighbours only"))
    return ChainExpressions(A, p, W, outputs, bonds, a, p0, rc, tuple(guards))


@dataclass(frozen=True)
class ChainModel:
    """A diatomic chain with nearest-neighbour bonds: cell a, B atom at p0, masses, and the
    per-cell functions of eq 4.12 (``energy``, ``stress``, ``shift_force``, ``shift_stiffness``).

    ``backend`` says where the functions come from: ``"sympy"`` (lambdified from
    :class:`ChainExpressions`) or a generated kernel backend (``"numpy"``, ``"c"``), see
    :meth:`with_kernels`.
    """

    potential: str
    cutoff: float
    cell: float
    p0: float
    m_A: float
    m_B: float
    expressions: ChainExpressions
    energy: callable            # W(A, p) per reference length (eq 4.9)
    stress: callable            # F(A, p) = ∂W/∂A, the macro flux (eq 4.10)
    shift_force: callable       # -a ∂W/∂p, the micro right side (eqs 4.11-4.12)
    shift_stiffness: callable   # a ∂²W/∂p²
    dV: callable                # V'(r) for the MD
    backend: str = "sympy"

    @property
    def total_mass(self) -> float:
        return self.m_A + self.m_B

    @property
    def reduced_mass(self) -> float:
        return self.m_A * self.m_B / self.total_mass

    @property
    def parameters(self) -> dict:
        return {"potential": self.potential, "cutoff": self.cutoff, "m_A": self.m_A, "m_B": self.m_B}

    def with_kernels(self, kernels) -> "ChainModel":
        """The same chain with its functions replaced by generated kernels, ``{name: callable}``
        (e.g. ``symms.load_kernels("chain-dynamics", backend="c")``); names it lacks stay.  The
        generated kernels check their guards and raise InputError outside the model's domain."""
        unknown = sorted(set(kernels) - set(KERNELS))
        if unknown:
            raise InputError(f"unknown chain kernels {unknown}; the model's kernels are {list(KERNELS)}")
        return replace(self, backend="kernels", **{name: kernels[name] for name in KERNELS if name in kernels})


def chain_model(potential="lj", cutoff=1.5, m_A: float = 1.0, m_B: float = 3.0) -> ChainModel:
    """The chain of eq 4.9 at its zero-stress cell; the cutoff must keep nearest neighbours only."""
    if m_A <= 0 or m_B <= 0:
        raise InputError(f"masses must be positive, got m_A = {m_A}, m_B = {m_B}")
    pot = make_potential(potential, cutoff)
    cb = CauchyBorn("chain", pot)
    if len(cb.neighbours.inside) != 2:
        raise InputError(f"cutoff {cutoff} keeps {len(cb.neighbours.inside)} pairs per cell; eq 4.9 (and the MD) "
                         "need nearest neighbours only: choose a_0/2 < cutoff < a_0")
    ex = chain_expressions(cb)
    functions = {name: sp.lambdify((ex.A, ex.p), ex[name], "numpy") for name in KERNELS}
    a = float(ex.cell)
    return ChainModel(potential, cutoff, a, float(ex.p0), m_A, m_B, ex, dV=pot.numeric(1), **functions)


def _functions(model: ChainModel, kernels) -> ChainModel:
    """``model`` with the functions ``kernels`` asks for: None (the model's own), ``"sympy"``, or a
    mapping kernel name → callable (:meth:`ChainModel.with_kernels`)."""
    if kernels is None:
        return model
    if isinstance(kernels, str):
        if kernels == "sympy":
            return chain_model(**model.parameters)
        raise InputError(f"kernels={kernels!r}: pass the loaded kernels instead, "
                         f"kernels=symms.load_kernels('chain-dynamics', backend={kernels!r}, ...)")
    return model.with_kernels(kernels)


def _scalar(value) -> float:
    """One kernel value as a float (compiled kernels return shape (1,) for scalar arguments)."""
    return float(np.ravel(value)[0])


def _half_kick(v, force, mass, eta, dt):
    return v + 0.5 * dt * (force - eta * v) / mass


def fibre_bundle_solve(model: ChainModel, U, p, T: float, dt: float, h: float, m: float | None = None,
                       eta: float = 0.0, slaved: bool = False, kernels=None):
    """Integrate eq 4.12 on a periodic staggered grid (U at nodes, A and p at midpoints), Störmer–Verlet.

    Semi-discrete system per cell j (A_j = (U_{j+1} - U_j)/h):
    ρ₀ Ü_j = (F(A_j, p_j) - F(A_{j-1}, p_{j-1}))/h and m p̈_j + η ṗ_j = f(A_j, p_j), with F the
    ``stress`` and f the ``shift_force`` of :class:`ChainModel` (eqs 4.10-4.12, ρ₀ = (m_A + m_B)/a).
    ``h`` is the node spacing (reference length).  ``slaved`` replaces the micro equation by the
    quasi-static Cauchy–Born closure p = (1 + A) a / 2 (eq 3.6 for this centrosymmetric chain).
    ``kernels`` picks the functions: None (the model's), ``"sympy"``, or a mapping of generated
    kernels such as ``symms.load_kernels("chain-dynamics", backend="c")``.
    The time step must resolve the shift oscillation: dt sqrt(K/m) < 2 with K the ``shift_stiffness``.
    Returns (U, p) at time T.
    """
    model = _functions(model, kernels)
    m = model.reduced_mass if m is None else m
    if m <= 0 or eta < 0:
        raise InputError(f"shift inertia m must be > 0 and damping eta >= 0; got m = {m}, eta = {eta}")
    rho = model.total_mass / model.cell
    a = model.cell
    U, p = np.array(U, dtype=float), np.array(p, dtype=float)
    v, w = np.zeros_like(U), np.zeros_like(p)

    def strain(U):
        return (np.roll(U, -1) - U) / h

    def forces(U, p):
        A = strain(U)
        if slaved:
            p = (1 + A) * a / 2
        F = model.stress(A, p)
        return (F - np.roll(F, 1)) / h / rho, model.shift_force(A, p), p

    if not slaved:
        K = float(np.max(model.shift_stiffness(strain(U), p)))
        if K > 0 and dt * np.sqrt(K / m) >= 2:
            raise InputError(f"time step {dt:g} does not resolve the shift oscillation: need dt < 2 sqrt(m/K) = "
                             f"{2 * np.sqrt(m / K):.4g}")
    fU, fp, p = forces(U, p)
    for _ in range(int(round(T / dt))):
        v = v + 0.5 * dt * fU
        w = _half_kick(w, fp, m, eta, dt)
        U = U + dt * v
        p = p + dt * w
        fU, fp, p_new = forces(U, p)
        p = p_new if slaved else p
        v = v + 0.5 * dt * fU
        w = (w + 0.5 * dt * fp / m) / (1 + 0.5 * dt * eta / m)
    return U, p


@dataclass(frozen=True)
class PulseRun:
    """One comparison: reference positions, MD fields and fibre-bundle fields at the final time."""

    width: float
    x: np.ndarray
    U_md: np.ndarray
    U_fb: np.ndarray
    U_slaved: np.ndarray
    p_md: np.ndarray
    p_fb: np.ndarray
    cell: float

    def strain(self, U):
        return (np.roll(U, -1) - U) / self.cell

    def errors(self) -> dict:
        A_md = self.strain(self.U_md)
        scale_U, scale_A = np.abs(self.U_md).max(), np.abs(A_md).max()
        return {
            "width_cells": self.width,
            "U_rel_error": float(np.abs(self.U_fb - self.U_md).max() / scale_U),
            "A_rel_error": float(np.abs(self.strain(self.U_fb) - A_md).max() / scale_A),
            "p_error": float(np.abs(self.p_fb - self.p_md).max()),
            "U_rel_error_slaved": float(np.abs(self.U_slaved - self.U_md).max() / scale_U),
        }


def pulse_run(model: ChainModel, width_cells: float, strain_amplitude: float = 0.01, travel: float = 0.25,
              m: float | None = None, eta: float = 0.0, kernels=None) -> PulseRun:
    """A Gaussian displacement pulse U = u0 exp(-(x - x_c)^2 / 2L^2) released at rest, MD vs eq 4.12.

    The period is 16 L (at least 256 cells); both pulses travel ``travel`` of the period.
    Grid: one node per cell (at each cell's centre of mass), so the difference is the model's.
    ``kernels`` picks the fibre-bundle functions (see :func:`fibre_bundle_solve`); MD uses V' directly.
    """
    model = _functions(model, kernels)
    a, p0, M = model.cell, model.p0, model.total_mass
    n = max(256, int(16 * width_cells))
    L = width_cells * a
    X = np.arange(n) * a + model.m_B / M * p0            # cell centres of mass
    xc = X[n // 2]
    u0 = strain_amplitude * L * np.sqrt(np.e)
    U = u0 * np.exp(-((X - xc) ** 2) / (2 * L ** 2))
    A = -(X - xc) / L ** 2 * U
    p = (1 + A) * a / 2
    x_A = np.arange(n) * a + U - model.m_B / M * (p - p0)
    x_B = x_A + p
    K = _scalar(model.shift_stiffness(0.0, p0))               # 2 V''(p0)
    speed = a / 2 * np.sqrt(K / M)
    omega = np.sqrt(K / model.reduced_mass)
    T = travel * n * a / speed
    dt = 0.1 / omega
    steps = int(round(T / dt))
    (xa, xb, _, _), _ = md_diatomic_chain(x_A, x_B, np.zeros(n), np.zeros(n), model.m_A, model.m_B, model.dV,
                                          n * a, dt, steps)
    U_md = (model.m_A * xa + model.m_B * (xb - p0)) / M - np.arange(n) * a
    U_fb, p_fb = fibre_bundle_solve(model, U, p, steps * dt, dt, a, m=m, eta=eta)
    U_sl, _ = fibre_bundle_solve(model, U, p, steps * dt, dt, a, slaved=True)
    return PulseRun(width_cells, X, U_md, U_fb, U_sl, xb - xa, p_fb, a)


def error_table(model: ChainModel | None = None, widths=(8, 16, 32), **kwargs) -> list[dict]:
    """MD vs fibre-bundle errors for long-wave pulses of several widths (in cells)."""
    model = chain_model() if model is None else model
    return [pulse_run(model, L, **kwargs).errors() for L in widths]


def pulse_figure(run: PulseRun) -> Figure:
    """Strain and shift of one pulse: MD against eq 4.12 and the quasi-static closure."""
    cells = tuple(run.x / run.cell)
    return Figure(
        name=f"chain_pulse_L{run.width:g}",
        caption=rf"Diatomic chain, Gaussian pulse of width {run.width:g} cells after a quarter period: strain "
                r"$A$ (top) and shift $p - a_0/2$ (bottom), MD against the fibre-bundle model (eq 4.12) and the "
                r"quasi-static Cauchy--Born closure.",
        title=f"Diatomic chain, Gaussian pulse of width {run.width:g} cells",
        panels=(Panel("cell", "strain A", (Series("MD (m_A ≠ m_B)", cells, run.strain(run.U_md), "thick"),
                                           Series("fibre bundle, eq 4.12", cells, run.strain(run.U_fb), "dashed"),
                                           Series("quasi-static Cauchy–Born", cells, run.strain(run.U_slaved), "dotted"))),
                Panel("cell", "shift p − a/2", (Series("MD", cells, run.p_md - run.cell / 2, "thick"),
                                               Series("eq 4.12", cells, run.p_fb - run.cell / 2, "dashed")))))


# --------------------------------------------------------------------------- the derived model

WIDTHS = (8, 16, 32)
PLOT_WIDTH = 16


def _kernels(ex: ChainExpressions) -> tuple:
    """The ``chain-dynamics`` kernels: A and p per cell (shape (), broadcast over cells) → one value each."""
    inputs = (Array("A", (), (ex.A,)), Array("p", (), (ex.p,)))
    p0 = float(ex.p0)
    kw = dict(guards=ex.guards, sample=(("A", -0.05, 0.05), ("p", p0 - 0.05, p0 + 0.05)))
    docs = {
        "energy": ("W", "W(A, p) = [V(p) + V((1 + A) a - p)] / a, energy per reference length (seed 001 eq 4.9)."),
        "stress": ("F", "F = dW/dA = V'((1 + A) a - p), the macro flux of eq 4.12 (eq 4.10)."),
        "shift_force": ("f", "f = -a dW/dp = -V'(p) + V'((1 + A) a - p), the right side of eq 4.12's micro equation "
                             "(eq 4.11; -grad_p W for the seed's a = 1)."),
        "shift_stiffness": ("K", "K = a d2W/dp2 = V''(p) + V''((1 + A) a - p): the shift's stiffness, "
                                 "omega^2 = K/m (stable Verlet steps need dt < 2 sqrt(m/K))."),
    }
    doc_tail = " A: strain, p: deformed A-B distance, shape (...) each."
    return tuple(ExpressionKernel(name, docs[name][1] + doc_tail, inputs, (Array(docs[name][0], (), (ex[name],)),), **kw)
                 for name in KERNELS)


def _display(label: str, lhs, rhs) -> DisplayEquation:
    return DisplayEquation(label, f"{sp.latex(lhs)} = {sp.latex(rhs)}")


def _equations() -> tuple[DisplayEquation, ...]:
    """Eqs 4.9-4.12 for a general V, as display-only equations (V, V', V'' and the fields U(x, t),
    p(x, t) are not closed-form expressions; the kernels hold the closed forms for the chosen V)."""
    A, p, a, x, t = sp.symbols("A p a x t")
    U, P = sp.Function("U")(x, t), sp.Function("p")(x, t)
    V, Vp, Vpp = sp.Function("V"), sp.Function("V'"), sp.Function("V''")
    Wf = sp.Function("W")(A, p)
    rho, m, eta = sp.symbols("rho_0 m eta")
    return (
        _display("W", sp.Symbol("W"), (V(p) + V((1 + A) * a - p)) / a),
        _display("flux", sp.Symbol("F"), Vp((1 + A) * a - p)),
        _display("macro", rho * sp.Derivative(U, t, 2), sp.Derivative(sp.Function("F")(sp.Derivative(U, x), P), x)),
        _display("micro", m * sp.Derivative(P, t, 2) + eta * sp.Derivative(P, t),
                 -Vp(P) + Vp((1 + sp.Derivative(U, x)) * a - P)),
        _display("shift_force", sp.Symbol("f"), -a * sp.Derivative(Wf, p)),
        _display("shift_force_V", sp.Symbol("f"), -Vp(p) + Vp((1 + A) * a - p)),
        _display("shift_stiffness", sp.Symbol("K"), a * sp.Derivative(Wf, p, 2)),
        _display("shift_stiffness_V", sp.Symbol("K"), Vpp(p) + Vpp((1 + A) * a - p)),
    )


SYMBOLS = (Symbol("U", "U", "displacement of the cell's centre of mass"),
           Symbol("p", "p", "A-B distance (deformed shift)"),
           Symbol("A", "A", r"strain $\partial_x U$"),
           Symbol("a", "a", r"cell length $a_0$ at zero stress"),
           Symbol("V", "V", "pair potential (nearest neighbours)"),
           Symbol("W", "W", "stored energy per reference length (eq 4.9)"),
           Symbol("F", "F", r"macro flux $\partial W/\partial A$ (eq 4.10)"),
           Symbol("f", "f", r"shift force $-a\,\partial W/\partial p$ (eq 4.11)"),
           Symbol("K", "K", r"shift stiffness $a\,\partial^2 W/\partial p^2$"),
           Symbol("rho_0", r"\rho_0", r"reference mass density $(m_A + m_B)/a_0$"),
           Symbol("m", "m", r"shift inertia, $m_A m_B/(m_A + m_B)$"),
           Symbol("eta", r"\eta", r"shift damping ($\eta = 0$)"))


def build_model(potential: str = "lj", cutoff: float = 1.5, m_A: float = 1.0, m_B: float = 3.0, progress=None):
    """The ``chain-dynamics`` derived model: eq 4.12 for the diatomic chain and its MD error table.

    Results: one row per Gaussian pulse width (cells) with the max-norm errors of the fibre-bundle
    model (eq 4.12) and of the quasi-static Cauchy–Born closure against MD with m_A != m_B.
    ``progress(message)`` hears of each stage (the symbolic kernels, then each pulse: MD and eq 4.12).
    """
    report = progress or (lambda message: None)
    report("the chain's W(A, p) and its derivatives (eqs 4.9-4.11)")
    model = chain_model(potential, cutoff, m_A, m_B)
    kernels = _kernels(model.expressions)
    runs = {}
    for L in WIDTHS:
        report(f"pulse of width {L} cells: MD and the fibre-bundle model (eq 4.12)")
        runs[L] = pulse_run(model, L)
    table = [runs[L].errors() for L in WIDTHS]
    equations = _equations()
    errors = Table("errors", r"Pulses $U = u_0 e^{-(x - x_c)^2/2L^2}$ released at rest (strain amplitude 0.01), compared "
                   r"after a quarter period of travel: max-norm errors ($U$, $A$ relative to the MD field's range, $p$ "
                   r"absolute).",
                   (r"$L$ (cells)", r"$U$, eq 4.12", r"$A$, eq 4.12", r"$p$, eq 4.12", r"$U$, quasi-static CB"),
                   tuple((r["width_cells"], r["U_rel_error"], r["A_rel_error"], r["p_error"], r["U_rel_error_slaved"])
                         for r in table))
    sections = (
        Section("Fibre-bundle model of the diatomic chain (eqs 4.9-4.12)",
                rf"Chain A-B with nearest-neighbour bonds, masses $m_A = {m_A:g}$, $m_B = {m_B:g}$, cell $a_0 = {model.cell:.12g}$ "
                rf"at zero stress, {potential} potential cut at {cutoff:g}. $U$ is the displacement of each cell's centre "
                r"of mass, $p$ the A-B distance, $\rho_0 = (m_A + m_B)/a_0$, $m = m_A m_B/(m_A + m_B)$, $\eta = 0$.",
                equations[:4]),
        Section("Kernels",
                r"Generated numpy and C kernels of $(A, p)$, one value per cell (arrays broadcast): "
                r"\texttt{energy} $W$, \texttt{stress} $F = \partial W/\partial A$ (the macro flux), "
                r"\texttt{shift\_force} $f$ (the right side of the micro equation) and \texttt{shift\_stiffness} $K$, "
                r"all differentiated from the same $W$ as the solver's. With the seed's $a = 1$, $f = -\nabla_p W$ and "
                r"$K = \nabla_p^2 W$. Valid (and guarded) while both bonds $p$ and $(1 + A) a - p$ are positive and "
                rf"below the cutoff ${sp.latex(model.expressions.cutoff)}$, and $(1 + A) a$ is above it (no second neighbours).",
                equations[4:]),
        Section("Comparison with molecular dynamics", "", tables=(errors,), figures=(pulse_figure(runs[PLOT_WIDTH]),)),
    )
    params = {"potential": potential, "cutoff": cutoff, "m_A": m_A, "m_B": m_B}
    return DerivedModel(
        derivation="chain-dynamics", variant="", parameters=params,
        title="Diatomic chain: fibre-bundle dynamics (eq 4.12) against MD",
        source="W. E and J. Lu, seed 001 §4 (eqs 4.9-4.12)",
        symbols=SYMBOLS + tuple(Symbol(str(e), sp.latex(e), "") for arr in kernels[0].inputs for e in arr.entries),
        sections=sections,
        kernels=kernels,
        results={"errors": table, "widths_cells": list(WIDTHS), "cell": model.cell,
                 "reduced_mass": model.reduced_mass},
    )


def check_kernels(parameters: dict, kernels: dict) -> list[CheckResult]:
    """The derivation's check: Störmer–Verlet on the generated kernels against the same solver on
    the SymPy-lambdified functions, for a width-16 pulse (two evaluation paths of eq 4.12)."""
    model = chain_model(parameters["potential"], parameters["cutoff"], parameters["m_A"], parameters["m_B"])
    kernel_model = model.with_kernels(kernels)
    n = 256
    cells = np.arange(n)
    U0 = 0.01 * PLOT_WIDTH * model.cell * np.exp(-((cells - n / 2) ** 2) / (2 * PLOT_WIDTH ** 2))
    p0 = np.full(n, model.p0)
    steps, dt = 400, 0.1 * np.sqrt(model.reduced_mass / _scalar(model.shift_stiffness(0.0, model.p0)))
    U_s, p_s = fibre_bundle_solve(model, U0, p0, steps * dt, dt, model.cell)
    U_c, p_c = fibre_bundle_solve(kernel_model, U0, p0, steps * dt, dt, model.cell)
    gap = max(np.abs(U_c - U_s).max() / np.abs(U_s).max(), np.abs(p_c - p_s).max() / model.p0)
    return [CheckResult("solver on the generated kernels matches the SymPy-lambdified solver", gap < 1e-11,
                        f"{steps} Verlet steps, pulse of width {PLOT_WIDTH} cells: max relative difference {gap:.1e} "
                        "(tolerance 1e-11)")]
