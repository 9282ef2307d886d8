"""The Cauchy–Born derived model (seed 001 §3-4): the pure builder and its document."""
from __future__ import annotations

import numpy as np
import sympy as sp

from ...model import DerivedModel, Equation, Section, Symbol
from ..lattices import Lattice, get_lattice
from ..potentials import make_potential
from .elastic import voigt_pairs
from .energy import CauchyBorn
from .kernels import KernelSums, kernels
from .neighbours import DEFAULT_MARGIN
from .reference import zero_stress_reference


def _vector_tex(v) -> str:
    return r"(" + ", ".join(sp.latex(x) for x in v) + r")"


def _rounded(M) -> sp.Matrix:
    return sp.Matrix(np.asarray(M)).applyfunc(lambda x: sp.Float(float(x), 6) if abs(float(x)) > 1e-12 else sp.Integer(0))


def _sections(cb: CauchyBorn, sums: KernelSums, C_unrelaxed, C_relaxed, affine: bool):
    """The model document: lattice and potential, W (eq 3.4) as a shell sum, stress, relaxation, moduli."""
    d, lattice = cb.d, cb.lattice
    r_ = sp.Symbol("r")
    V = sp.Function("V")
    lattice_eqs = tuple(Equation(f"ref_{k}", sp.Symbol(f"{k}_0"), (v,)) for k, v in cb.values.items())
    potential = cb.potential.inside.subs(cb.potential.expr.free_symbols.pop(), r_)
    n_pairs, n_watched = len(cb.neighbours.inside), len(cb.neighbours.watched)
    voigt = ", ".join("".join(str(i + 1) for i in pair) for pair in voigt_pairs(d))
    general = sp.Symbol(r"\frac{1}{|\Gamma|}\sum_{(k,l,\mathbf{n})\in\mathcal{N}} "
                        r"V\bigl(|(I+A)B\mathbf{n}+p_l-p_k|\bigr)")
    sections = [
        Section("Lattice, potential and neighbour set",
                rf"{lattice.description}; $d = {d}$, {lattice.atoms_per_cell} atom(s) per cell. Pair potential "
                rf"$V(r)$ for $r < r_c = {sp.latex(cb.neighbours.cutoff)}$ ({cb.potential.mode}; zero beyond). "
                r"Zero-stress reference below. The set $\mathcal{N}$ holds the "
                rf"{n_pairs} unordered pairs per cell closer than $r_c$ in the reference state (each pair once: "
                r"eq 3.3 as printed counts every pair twice); the sum is exact while no pair crosses $r_c$, which the "
                rf"kernels guard ({n_watched} pairs just beyond $r_c$ are watched, farther ones bounded by the "
                r"smallest stretch of $I + A$).",
                (Equation("potential", V(r_), (potential,)),) + lattice_eqs),
    ]
    energy_eqs = [Equation("W_sum", sp.Symbol("W"), (general,))]
    if affine:
        first = lattice.parameters[0]
        unit = sp.latex(sp.Symbol(f"{first}_0") * sp.nsimplify(sums.L / cb.values[first])) if len(lattice.parameters) == 1 else "1"
        shown = sorted(sums.bonds, key=lambda b: sp.Add(*[x ** 2 for x in b.lever]))[:4]
        shells = tuple(sp.Symbol(rf"{b.weight}\, V\bigl({unit}\,|(I+A)\,{_vector_tex(b.lever)}^{{\mathsf T}}|\bigr)")
                       for b in shown)
        energy_eqs.append(Equation("W_shells", sp.Symbol(r"|\Gamma|\, W"), shells + (sp.Symbol(r"\dots"),)))
        text = (r"$A = \nabla U$ is the displacement gradient ($F = I + A$), $p_k$ the deformed shift vectors, "
                r"$B$ the Bravais vectors (columns). "
                + (r"Every atom is an inversion centre of its neighbours, so $p(A) = (I + A)\,p^0$ solves eq 3.6 "
                   r"exactly and the sum becomes one over reference vectors $X$ with multiplicities "
                   if cb.n_shifts else r"A Bravais lattice: the sum runs over reference vectors $X$ with multiplicities ")
                + rf"({len(sums.bonds)} distinct $\pm X$, lengths in units of ${unit}$; the nearest shown).")
    else:
        text = (r"$A = \nabla U$ is the displacement gradient ($F = I + A$), $p_1,\dots,p_s$ the deformed shift "
                r"vectors (Cartesian), $B$ the Bravais vectors (columns), $p_0 = 0$. The kernels take $A$ and $p$; "
                r"the relaxed shifts solve eq 3.6, $\nabla_p W(A, p) = 0$ (Newton with the shift\_force and "
                r"shift\_hessian kernels).")
    sections.append(Section("Stored energy (eq 3.4)", text, tuple(energy_eqs)))
    sections.append(Section(
        "Stress and moduli",
        r"First Piola--Kirchhoff stress per reference volume (tension positive), with $x = (I+A)B\mathbf{n}+p_l-p_k$ "
        r"and $r = |x|$; the Cauchy stress is $\sigma = P F^{\mathsf T}/\det F$. The moduli kernel gives "
        r"$\partial^2 W/\partial A_{ij}\partial A_{kl}$.",
        (Equation("P_sum", sp.Symbol("P_{ij}"),
                  (sp.Symbol(r"\frac{1}{|\Gamma|}\sum_{(k,l,\mathbf{n})\in\mathcal{N}} \frac{V'(r)}{r}\,x_i\,(B\mathbf{n})_j"),)),
         Equation("C_sum", sp.Symbol(r"\frac{\partial^2 W}{\partial A_{ij}\partial A_{kl}}"),
                  (sp.Symbol(r"\frac{1}{|\Gamma|}\sum_{\mathcal{N}} \Bigl[\Bigl(V'' - \frac{V'}{r}\Bigr)"
                             r"\frac{x_i x_k}{r^2} + \frac{V'}{r}\,\delta_{ik}\Bigr](B\mathbf{n})_j (B\mathbf{n})_l"),)))))
    sections.append(Section(
        "Elastic moduli at the reference state",
        rf"Voigt $C = \partial^2 W/\partial E\,\partial E$ with $E = (F^{{\mathsf T}}F - I)/2$ (order {voigt}; "
        r"engineering shears), per reference volume, in the potential's units. Unrelaxed: shifts moved affinely; "
        r"relaxed: $C = W_{EE} - W_{Eq} W_{qq}^{-1} W_{qE}$ (eqs 3.5--3.6, implicit-function theorem).",
        (Equation("C_unrelaxed", sp.Symbol(r"C^{\mathrm{unrelaxed}}"), (_rounded(C_unrelaxed),)),
         Equation("C_relaxed", sp.Symbol(r"C^{\mathrm{relaxed}}"), (_rounded(C_relaxed),)))))
    return tuple(sections)


def build(lattice: str | Lattice = "fcc", potential: str = "lj", cutoff: float | None = 2.5, relaxed: bool = False,
          cutoff_mode: str = "truncated", margin=DEFAULT_MARGIN, progress=None) -> DerivedModel:
    """The Cauchy–Born derived model (seed 001 §3–4, eqs 3.3-3.6) of one lattice, potential and cutoff.

    Kernels ``energy`` (W, eq 3.4), ``stress`` (P, d x d) and ``moduli`` (C, d x d x d x d, the
    full ∂²W/∂A∂A, relaxed by eqs 3.5-3.6 when ``relaxed``); they take ``A`` (d x d), plus ``p``
    (s x d) when the lattice has shifts that are not fixed by inversion symmetry; such models
    also emit ``shift_force`` and ``shift_hessian`` for Newton on eq 3.6.  Results (at the
    zero-stress state, potential units) include ``lattice_constant``, ``energy_per_atom``,
    ``C_voigt_unrelaxed`` and ``C_voigt_relaxed``.  ``progress(message)`` hears of each stage.
    """
    report = progress or (lambda message: None)
    lat = get_lattice(lattice)
    pot = make_potential(potential, cutoff, cutoff_mode)
    report("zero-stress reference")
    reference = zero_stress_reference(lat, pot)
    cb = CauchyBorn(lat, pot, reference, margin)
    report("elastic constants at the reference")
    C_unrelaxed = cb.reference_voigt(relaxed=False)
    C_relaxed = cb.reference_voigt(relaxed=True)
    report("kernels")
    kernel_values, affine, sums = kernels(cb, relaxed)
    constants = {str(k): float(v) for k, v in reference.values.items()}
    results = {
        "lattice_constant": constants["a"] if len(constants) == 1 else constants,
        "lattice_constant_exact": {str(k): sp.sstr(v) for k, v in reference.values.items()} if reference.exact else None,
        "nearest_neighbour_distance": lat.nearest_neighbour_distance(reference.values),
        "energy_per_atom": float(reference.energy_per_atom),
        "C_voigt_unrelaxed": C_unrelaxed.tolist(),
        "C_voigt_relaxed": C_relaxed.tolist(),
        "voigt_order": ["".join(str(i + 1) for i in pair) for pair in voigt_pairs(lat.dim)],
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
    symbols = (Symbol("A", "A", r"displacement gradient $\nabla U$, $F = I + A$ (seed 001 \S 3)"),
               Symbol("p", "p", r"deformed shift vectors $p_1,\dots,p_s$ (Cartesian)"),
               Symbol("W", "W", "stored energy per reference volume"),
               Symbol("P", "P", r"first Piola--Kirchhoff stress $\partial W/\partial A$"),
               Symbol("C", "C", "elastic moduli"))
    return DerivedModel(
        derivation="cauchy-born", variant="", parameters=params,
        title=f"Cauchy-Born stored energy: {lat.name}, {pot.name} potential, cutoff {pot.cutoff}",
        source="W. E and J. Lu, seed 001 §3-4 (eqs 3.3-3.6, 4.9-4.12)", symbols=symbols,
        sections=_sections(cb, sums, C_unrelaxed, C_relaxed, affine), kernels=kernel_values,
        data={"pairs": [(t.k, t.l, t.n) for t in cb.neighbours.inside],
              "reference_lattice": {str(k): repr(float(v)) for k, v in reference.values.items()}},
        results=results)
