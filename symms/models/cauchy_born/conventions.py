"""The conventions a user of ASE, matscipy or LAMMPS must know, stated once for kernels, document and CLI.

- Cutoff: ``truncated`` is V cut at rc without a shift (LAMMPS ``pair_style lj/cut`` without
  ``pair_modify shift yes``); ``shifted`` is V - V(rc) (ASE's ``LennardJones`` default and
  matscipy's LJ; LAMMPS with ``pair_modify shift yes``); ``smooth`` also zeroes V' and V'' at rc.
- Voigt order 11, 22, 33, 23, 13, 12 (2D: 11, 22, 12), as ASE and matscipy; LAMMPS orders
  xx, yy, zz, xy, xz, yz.
- Shifts: the multilattice kernels in (A, p) differentiate at fixed *deformed* shifts p; ASE and
  matscipy hold fractional coordinates fixed, which the ``*_fractional`` kernels in (A, q) do.
"""
from __future__ import annotations

CUTOFF_NOTES = {
    "truncated": "truncated at rc, unshifted (LAMMPS lj/cut without pair_modify shift)",
    "shifted": "shifted, V - V(rc) (ASE's LennardJones default, matscipy; LAMMPS pair_modify shift yes)",
    "smooth": "smoothed: V, V' and V'' vanish at rc",
}

CUTOFF_NOTES_LATEX = {
    "truncated": r"truncated at $r_c$, unshifted (LAMMPS \texttt{lj/cut} without \texttt{pair\_modify shift})",
    "shifted": r"shifted, $V - V(r_c)$ (ASE's \texttt{LennardJones} default, matscipy; LAMMPS "
               r"\texttt{pair\_modify shift yes})",
    "smooth": r"smoothed: $V$, $V'$ and $V''$ vanish at $r_c$",
}

_VOIGT_LABELS = {1: "11", 2: "11, 22, 12", 3: "11, 22, 33, 23, 13, 12"}


def cutoff_note(mode: str) -> str:
    """How the energy is cut, in the words of ASE, matscipy and LAMMPS users."""
    return CUTOFF_NOTES[mode]


def cutoff_note_latex(mode: str) -> str:
    """:func:`cutoff_note` as LaTeX text."""
    return CUTOFF_NOTES_LATEX[mode]


def voigt_note(d: int) -> str:
    """The Voigt order, and how it differs from LAMMPS (3D)."""
    if d < 3:
        return f"Voigt order {_VOIGT_LABELS[d]}"
    return f"Voigt order {_VOIGT_LABELS[3]} (as ASE and matscipy; not LAMMPS's xx, yy, zz, xy, xz, yz)"
