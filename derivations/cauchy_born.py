"""Seed 001 §3–4: Cauchy–Born stored energy W(A,p), stress, moduli and inner relaxation."""
import math

from symms.errors import InputError
from symms.derivations._validators import positive
from symms.registry import Derivation, Param

LATTICE_NAMES = ("chain", "triangular", "fcc", "fcc-primitive", "diamond", "hcp")  # symms.models.lattices.LATTICES
CUTOFF_MODES = ("truncated", "shifted", "smooth")  # symms.models.potentials.CUTOFF_MODES
MAX_PAIRS = 250  # hcp at rc 2.5 (68 pairs) takes minutes and 3.4 MB; the symbolic Hessians grow with the pairs


def estimated_pairs(lattice: str, cutoff: float) -> int:
    """Pairs in the lattice sum, estimated for close packing at unit neighbour distance (an upper
    estimate for lj and morse): atoms per cell times half the neighbours within the cutoff."""
    from symms.models.lattices import LATTICES

    cell = LATTICES[lattice]()
    atoms, dimension = 1 + len(cell.shifts), cell.basis.shape[0]
    half_ball = {1: cutoff, 2: math.pi * cutoff ** 2 / 2, 3: 2 * math.pi * cutoff ** 3 / 3}[dimension]
    density = {1: 1.0, 2: 2 / math.sqrt(3), 3: math.sqrt(2)}[dimension]
    return round(atoms * half_ball * density)


def limits(params: dict):
    pairs = estimated_pairs(params["lattice"], params["cutoff"])
    if pairs <= MAX_PAIRS:
        return None
    return (f"--cutoff {params['cutoff']:g} puts about {pairs} pairs in the {params['lattice']} lattice sum (more than "
            f"{MAX_PAIRS}): the symbolic moduli would take hours and many MB; use a smaller --cutoff")


def _build(progress=False, **params):
    from symms.models.cauchy_born import build

    return build(progress=progress, **params)


def _usable_potential(text: str) -> str | None:
    from symms.models.potentials import make_potential

    try:
        make_potential(text, cutoff=1)
    except InputError as exc:
        return f"is not usable: {exc}"
    return None


DERIVATION = Derivation(
    name="cauchy-born",
    description="Cauchy-Born W(A,p), stress, elastic moduli, inner relaxation of (multi)lattices (seed 001, eqs 3.2-3.6)",
    params=(
        Param("lattice", str, "fcc", "lattice: chain (diatomic, eq 4.9), triangular (2D), fcc (simple cubic + three "
              "shifts, seed §3), fcc-primitive, diamond, hcp", choices=LATTICE_NAMES, slug=""),
        Param("potential", str, "lj", "pair potential: lj (eps = sigma = 1), morse (D = 1, alpha = 4, r0 = 1), "
              "or a SymPy expression in r", validate=_usable_potential, slug=""),
        Param("cutoff", float, 2.5, "cutoff radius in the potential's length unit (sigma for lj)", validate=positive,
              slug="rc"),
        Param("cutoff-mode", str, "truncated", "truncated (unshifted, as LAMMPS lj/cut without pair_modify shift), "
              "shifted (V - V(rc), ASE's LennardJones default), smooth (V, V', V'' vanish at rc)", choices=CUTOFF_MODES,
              slug="", slug_default=False),
        Param("relaxed", bool, False, "relaxed moduli kernel (eqs 3.5-3.6; multilattices with shift inputs); "
              "stress_fractional/moduli_fractional are at fixed fractional coordinates either way", slug="relaxed"),
    ),
    build=_build,
    limits=limits,
)
