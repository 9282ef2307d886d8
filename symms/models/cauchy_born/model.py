"""The Cauchy–Born derived model (seed 001 §3-4): the pure builder, its document and its summary."""
from __future__ import annotations

import numpy as np
import sympy as sp

from ...model import DerivedModel, DisplayEquation, Equation, Section, Symbol
from ...numbers import scientific_latex, significant
from ..lattices import Lattice, get_lattice
from ..potentials import make_potential, r
from .conventions import cutoff_note, cutoff_note_latex, voigt_note
from .elastic import voigt_pairs
from .energy import CauchyBorn
from .kernels import KernelSums, kernels
from .neighbours import DEFAULT_MARGIN
from .reference import zero_stress_reference

DIGITS = 10        # significant digits of every decimal printed for people (document and CLI summary)
_EXACT_SHOWN = 80  # exact forms longer than this (characters) are left to results.json


def _vector_tex(v) -> str:
    return r"(" + ", ".join(sp.latex(x) for x in v) + r")"


def decimal(x) -> str:
    """``x`` to 10 significant digits, as plain text (``90``, ``1.549603424``, ``1.2e-05``)."""
    return f"{significant(x, DIGITS):.{DIGITS}g}"


def _decimal_latex(x) -> str:
    text = decimal(x)
    return scientific_latex(float(x), DIGITS) if "e" in text else text


def _matrix_floats(M) -> np.ndarray:
    """``M`` as floats, with round-off entries (below 1e-12 of the largest) set to zero."""
    M = np.asarray(M, dtype=float)
    return np.where(np.abs(M) > 1e-12 * max(np.abs(M).max(), 1e-300), M, 0.0)


def _matrix_latex(M) -> str:
    rows = [" & ".join(_decimal_latex(x) for x in row) for row in _matrix_floats(M)]
    return r"\begin{bmatrix}" + r" \\ ".join(rows) + r"\end{bmatrix}"


def _value_equations(label: str, symbol: sp.Symbol, value, exact: bool) -> tuple:
    """``symbol = exact form`` (when exact and short) and ``symbol ≈ decimal`` (unless an integer)."""
    out = []
    if exact and len(sp.sstr(value)) <= _EXACT_SHOWN:
        out.append(Equation(label, symbol, (value,)))
        if value.is_Integer:
            return tuple(out)
    out.append(DisplayEquation(f"{label}_decimal", rf"{sp.latex(symbol)} \approx {_decimal_latex(value.evalf(30))}"))
    return tuple(out)


def _sections(cb: CauchyBorn, sums: KernelSums, C_unrelaxed, C_relaxed, affine: bool):
    """The model document: lattice and potential, W (eq 3.4) as a shell sum, stress, relaxation, moduli."""
    d, lattice, reference = cb.d, cb.lattice, cb.reference
    lattice_eqs = sum((_value_equations(f"ref_{k}", sp.Symbol(f"{k}_0"), v, reference.exact) for k, v in cb.values.items()),
                      ())
    energy_eqs = _value_equations("energy_per_atom", sp.Symbol("E_0"), sp.sympify(reference.energy_per_atom, strict=True),
                                  reference.exact)
    n_pairs, n_watched = len(cb.neighbours.inside), len(cb.neighbours.watched)
    sections = [
        Section("Lattice, potential and neighbour set",
                rf"{lattice.description}; $d = {d}$, {lattice.atoms_per_cell} atom(s) per cell. Pair potential "
                rf"$V(r)$ for $r < r_c = {sp.latex(cb.neighbours.cutoff)}$, zero beyond: "
                rf"{cutoff_note_latex(cb.potential.mode)}. Zero-stress reference and its energy per atom $E_0$ below "
                rf"(decimals to {DIGITS} significant digits). The set $\mathcal{{N}}$ holds the "
                rf"{n_pairs} unordered pairs per cell closer than $r_c$ in the reference state (each pair once: "
                r"eq 3.3 as printed counts every pair twice); the sum is exact while no pair crosses $r_c$, which the "
                rf"kernels guard ({n_watched} pairs just beyond $r_c$ are watched, farther ones bounded by the "
                r"smallest stretch of $I + A$).",
                (Equation("potential", sp.Symbol("V"), sp.Add.make_args(cb.potential.inside.xreplace({r: sp.Symbol("r")}))),)
                + lattice_eqs + energy_eqs),
    ]
    energy = [DisplayEquation("W_sum", r"W = \frac{1}{|\Gamma|}\sum_{(k,l,\mathbf{n})\in\mathcal{N}} "
                                       r"V\bigl(|(I+A)B\mathbf{n}+p_l-p_k|\bigr)")]
    if affine:
        first = lattice.parameters[0]
        unit = sp.latex(sp.Symbol(f"{first}_0") * sp.nsimplify(sums.L / cb.values[first])) if len(lattice.parameters) == 1 else "1"
        shown = sorted(sums.bonds, key=lambda b: sp.Add(*[x ** 2 for x in b.lever]))[:4]
        terms = [rf"{b.weight}\, V\bigl({unit}\,|(I+A)\,{_vector_tex(b.lever)}^{{\mathsf T}}|\bigr)" for b in shown]
        pairs = [" + ".join(terms[i:i + 2]) for i in range(0, len(terms), 2)]  # two shells per line (align*)
        energy.append(DisplayEquation("W_shells", r"|\Gamma|\, W &= " + r" \\ &\quad + ".join(pairs) + r" + \dots"))
        text = (r"$A = \nabla U$ is the displacement gradient ($F = I + A$), $p_k$ the deformed shift vectors, "
                r"$B$ the Bravais vectors (columns). "
                + (r"Every atom is an inversion centre of its neighbours, so $p(A) = (I + A)\,p^0$ (fixed fractional "
                   r"coordinates) solves eq 3.6 exactly and the sum becomes one over reference vectors $X$ with "
                   r"multiplicities " if cb.n_shifts else
                   r"A Bravais lattice: the sum runs over reference vectors $X$ with multiplicities ")
                + rf"({len(sums.bonds)} distinct $\pm X$, lengths in units of ${unit}$; the nearest shown).")
    else:
        text = (r"$A = \nabla U$ is the displacement gradient ($F = I + A$), $p_1,\dots,p_s$ the deformed shift "
                r"vectors (Cartesian), $B$ the Bravais vectors (columns), $p_0 = 0$. The kernels take $A$ and $p$; "
                r"the relaxed shifts solve eq 3.6, $\nabla_p W(A, p) = 0$ (Newton with the shift\_force and "
                r"shift\_hessian kernels). The \texttt{stress} and \texttt{moduli} kernels differentiate at fixed "
                r"deformed shifts $p$; \texttt{stress\_fractional} and \texttt{moduli\_fractional} take "
                r"$q_k = (I + A)^{-1} p_k$ and differentiate at fixed $q$, i.e.\ at fixed fractional coordinates "
                r"(the convention of ASE and matscipy). The two stresses agree where $\nabla_p W = 0$.")
    text += (r" $W$ is per reference volume $|\Gamma|$; the \texttt{energy\_per\_atom} kernel gives "
             r"$W|\Gamma|$ per atom.")
    sections.append(Section("Stored energy (eq 3.4)", text, tuple(energy)))
    sections.append(Section(
        "Stress and moduli",
        r"First Piola--Kirchhoff stress per reference volume (tension positive), with $x = (I+A)B\mathbf{n}+p_l-p_k$ "
        r"and $r = |x|$; the Cauchy stress is $\sigma = P F^{\mathsf T}/\det F$. The moduli kernel gives "
        r"$\partial^2 W/\partial A_{ij}\partial A_{kl}$.",
        (DisplayEquation("P_sum", r"P_{ij} = \frac{1}{|\Gamma|}\sum_{(k,l,\mathbf{n})\in\mathcal{N}} "
                                  r"\frac{V'(r)}{r}\,x_i\,(B\mathbf{n})_j"),
         DisplayEquation("C_sum", r"\frac{\partial^2 W}{\partial A_{ij}\partial A_{kl}} = \frac{1}{|\Gamma|}"
                                  r"\sum_{\mathcal{N}} \Bigl[\Bigl(V'' - \frac{V'}{r}\Bigr)\frac{x_i x_k}{r^2} + "
                                  r"\frac{V'}{r}\,\delta_{ik}\Bigr](B\mathbf{n})_j (B\mathbf{n})_l"))))
    sections.append(Section(
        "Elastic moduli at the reference state",
        rf"Voigt $C = \partial^2 W/\partial E\,\partial E$ with $E = (F^{{\mathsf T}}F - I)/2$, "
        rf"{voigt_note(d)}; engineering shears ($C_{{44}} = C_{{2323}}$), per reference volume, in the potential's "
        rf"units, to {DIGITS} significant digits. Unrelaxed: shifts moved affinely (clamped ions, fixed fractional "
        r"coordinates); relaxed: $C = W_{EE} - W_{Eq} W_{qq}^{-1} W_{qE}$ (eqs 3.5--3.6, implicit-function theorem).",
        (DisplayEquation("C_unrelaxed", rf"C^{{\mathrm{{unrelaxed}}}} = {_matrix_latex(C_unrelaxed)}"),
         DisplayEquation("C_relaxed", rf"C^{{\mathrm{{relaxed}}}} = {_matrix_latex(C_relaxed)}"))))
    return tuple(sections)


def _summary(cb: CauchyBorn, C_unrelaxed, C_relaxed) -> list[str]:
    """What the CLI prints: a0 (and c0), E per atom with how the energy is cut, the Voigt matrices."""
    constants = ", ".join(f"{k}0 = {decimal(v.evalf(30))}" for k, v in cb.values.items())
    lines = [f"zero-stress reference: {constants}",
             f"energy per atom E0 = {decimal(sp.sympify(cb.reference.energy_per_atom, strict=True).evalf(30))} "
             f"({cb.potential.name}, {cutoff_note(cb.potential.mode)})"]

    def matrix(title, M):
        return [f"{title}, per reference volume, {voigt_note(cb.d)}:"] + [
            "  " + " ".join(f"{decimal(x):>13}" for x in row) for row in _matrix_floats(M)]

    same = np.allclose(C_unrelaxed, C_relaxed, rtol=1e-12, atol=1e-12 * np.abs(C_relaxed).max())
    if same:
        return lines + matrix("Voigt C (relaxed = unrelaxed)", C_relaxed)
    return lines + matrix("Voigt C relaxed", C_relaxed) + matrix("Voigt C unrelaxed (clamped ions)", C_unrelaxed)


def _symbols(cb: CauchyBorn, kernel_values) -> tuple[Symbol, ...]:
    """Every name the model's equations and kernels use: the quantities with their meaning, then the
    kernels' entries and intermediates (no meaning: the document's table lists the quantities)."""
    quantities = [Symbol("A", "A", r"displacement gradient $\nabla U$, $F = I + A$ (seed 001 \S 3)")]
    if cb.n_shifts:
        quantities.append(Symbol("p", "p", r"deformed shift vectors $p_1,\dots,p_s$ (Cartesian)"))
    if any(a.name == "q" for k in kernel_values for a in k.inputs):
        quantities.append(Symbol("q", "q", r"shift vectors in the reference frame, $q_k = (I + A)^{-1} p_k$ "
                                           r"(fixed $q$: fixed fractional coordinates)"))
    quantities += [Symbol("W", "W", "stored energy per reference volume"),
                   Symbol("P", "P", r"first Piola--Kirchhoff stress $\partial W/\partial A$"),
                   Symbol("C", "C", "elastic moduli"),
                   Symbol("V", "V(r)", f"pair potential for $r < r_c$ ({cutoff_note_latex(cb.potential.mode)})"),
                   Symbol("r", "r", "pair distance"),
                   Symbol("E_0", "E_0", "energy per atom at the zero-stress reference")]
    quantities += [Symbol(f"{k}_0", f"{k}_0", f"lattice constant {k} at zero stress") for k in cb.values]
    entries = {}
    for k in kernel_values:
        for sym in [e for a in k.inputs for e in a.entries] + [sym for sym, _ in k.all_intermediates]:
            entries.setdefault(str(sym), Symbol(str(sym), sp.latex(sym), ""))
    return tuple(quantities) + tuple(entries.values())


def build(lattice: str | Lattice = "fcc", potential: str = "lj", cutoff: float | None = 2.5, relaxed: bool = False,
          cutoff_mode: str = "truncated", margin=DEFAULT_MARGIN, progress=None) -> DerivedModel:
    """The Cauchy–Born derived model (seed 001 §3–4, eqs 3.3-3.6) of one lattice, potential and cutoff.

    Kernels ``energy`` (W per reference volume, eq 3.4), ``stress`` (P, d x d), ``moduli`` (C,
    d x d x d x d, the full ∂²W/∂A∂A, relaxed by eqs 3.5-3.6 when ``relaxed``) and
    ``energy_per_atom``; they take ``A`` (d x d), plus ``p`` (s x d) when the lattice has shifts
    that are not fixed by inversion symmetry; such models also emit ``shift_force`` and
    ``shift_hessian`` for Newton on eq 3.6, and ``stress_fractional`` / ``moduli_fractional`` in
    (A, q) at fixed fractional coordinates (the ASE/matscipy convention; see :mod:`.kernels`).
    Results (at the zero-stress state, potential units) include ``lattice_constant``,
    ``energy_per_atom``, ``C_voigt_unrelaxed`` and ``C_voigt_relaxed``; ``data["summary"]`` holds
    the lines the CLI prints.  ``progress(message)`` hears of each stage.
    """
    report = progress or (lambda message: None)
    lat = get_lattice(lattice)
    pot = make_potential(potential, cutoff, cutoff_mode)
    reference = zero_stress_reference(lat, pot, progress=report)
    cb = CauchyBorn(lat, pot, reference, margin)
    report(f"unrelaxed elastic constants at the reference: Hessian of the lattice sum over {len(cb.neighbours.inside)} pairs")
    C_unrelaxed = cb.reference_voigt(relaxed=False)
    report("relaxed elastic constants at the reference (eqs 3.5-3.6)")
    C_relaxed = cb.reference_voigt(relaxed=True)
    kernel_values, affine, sums = kernels(cb, relaxed, report)
    report("model document and summary")
    constants = {str(k): float(v) for k, v in reference.values.items()}
    results = {
        "lattice_constant": constants["a"] if len(constants) == 1 else constants,
        "lattice_constant_exact": {str(k): sp.sstr(v) for k, v in reference.values.items()} if reference.exact else None,
        "nearest_neighbour_distance": lat.nearest_neighbour_distance(reference.values),
        "energy_per_atom": float(reference.energy_per_atom),
        "energy_cutoff": cutoff_note(pot.mode),
        "C_voigt_unrelaxed": C_unrelaxed.tolist(),
        "C_voigt_relaxed": C_relaxed.tolist(),
        "voigt_order": ["".join(str(i + 1) for i in pair) for pair in voigt_pairs(lat.dim)],
        "voigt_note": voigt_note(lat.dim),
        "reference_stress_max": float(np.abs(cb.reference_stress()).max()),
        "pairs_inside_cutoff": len(cb.neighbours.inside),
        "pairs_watched": len(cb.neighbours.watched),
        "neighbour_margin": float(cb.neighbours.margin),
        "inner_relaxation": ("none (no shifts)" if not lat.n_shifts else
                             "exact: p(A) = (I + A) p0 (every atom an inversion centre)" if cb.is_centrosymmetric()
                             else "Newton on shift_force / shift_hessian"),
    }
    params = {"lattice": lat.name, "potential": str(potential), "cutoff": cutoff, "cutoff_mode": cutoff_mode,
              "relaxed": relaxed}
    return DerivedModel(
        derivation="cauchy-born", variant="", parameters=params,
        title=f"Cauchy-Born stored energy: {lat.name}, {pot.name} potential, cutoff {pot.cutoff}",
        source="W. E and J. Lu, seed 001 §3-4 (eqs 3.3-3.6, 4.9-4.12)", symbols=_symbols(cb, kernel_values),
        sections=_sections(cb, sums, C_unrelaxed, C_relaxed, affine), kernels=kernel_values,
        data={"pairs": [(t.k, t.l, t.n) for t in cb.neighbours.inside],
              "reference_lattice": {str(k): repr(float(v)) for k, v in reference.values.items()},
              "summary": _summary(cb, C_unrelaxed, C_relaxed)},
        results=results)
