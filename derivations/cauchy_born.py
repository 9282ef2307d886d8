"""Seed 001 §3–4: Cauchy–Born stored energy W(A,p), stress, moduli and inner relaxation."""
from symms.models.cauchy_born import build
from symms.models.lattices import LATTICES
from symms.models.potentials import CUTOFF_MODES, make_potential
from symms.errors import InputError
from symms.registry import Derivation, Param


def _usable_potential(text: str) -> str | None:
    try:
        make_potential(text, cutoff=1)
    except InputError as exc:
        return f"is not usable: {exc}"
    return None


def _positive(x) -> str | None:
    return None if x > 0 else f"must be positive, got {x}"


DERIVATION = Derivation(
    name="cauchy-born",
    description="Cauchy-Born W(A,p), stress, elastic moduli, inner relaxation of (multi)lattices (seed 001, eqs 3.2-3.6)",
    params=(
        Param("lattice", str, "fcc", "lattice: chain (diatomic, eq 4.9), triangular (2D), fcc (simple cubic + three "
              "shifts, seed §3), fcc-primitive, diamond, hcp", choices=tuple(LATTICES), slug=""),
        Param("potential", str, "lj", "pair potential: lj (eps = sigma = 1), morse (D = 1, alpha = 4, r0 = 1), "
              "or a SymPy expression in r", validate=_usable_potential, slug=""),
        Param("cutoff", float, 2.5, "cutoff radius in the potential's length unit (sigma for lj)", validate=_positive,
              slug="rc"),
        Param("cutoff-mode", str, "truncated", "truncated (unshifted, as LAMMPS lj/cut without pair_modify shift), "
              "shifted (V - V(rc), ASE's LennardJones default), smooth (V, V', V'' vanish at rc)", choices=CUTOFF_MODES,
              slug="", slug_default=False),
        Param("relaxed", bool, False, "relaxed moduli kernel (eqs 3.5-3.6; multilattices with shift inputs); "
              "stress_fractional/moduli_fractional are at fixed fractional coordinates either way", slug="relaxed"),
    ),
    build=build,
)
