"""Cauchy–Born stored energy W(A, p) of a complex lattice with a pair potential (seed 001 §3, eqs 3.2–3.6, 4.9).

Conventions (stated once, used everywhere):

- ``A`` is the displacement gradient, as in the seed (A = ∇U, y = x + A x); the deformation
  gradient is F = I + A.
- ``p`` = (p_1, ..., p_s) are the *deformed* shift vectors in Cartesian coordinates, as in the
  seed ("deforming the lattice vectors according to y = x + Ax, and letting the shift vectors
  be p").  The affine (unrelaxed, clamped-ion) shifts are p_k = (I + A) p_k^0.
- W is energy per *reference* volume with each pair counted once:
  W = (1/|Γ|) Σ_{unordered pairs} V(|(I + A) R + p_l - p_k|).  Eq 3.3 as printed,
  Σ_{i≠j} V(|y_i - y_j|), counts every pair twice (it needs a factor ½); the diatomic chain,
  eq 4.9, counts each bond once, as we do.
- The ``stress``/``moduli`` kernels of a multilattice differentiate at fixed deformed shifts p;
  ``stress_fractional``/``moduli_fractional`` take q = (I + A)⁻¹ p and differentiate at fixed q,
  i.e. at fixed fractional coordinates (ASE, matscipy).  ``energy`` is per reference volume,
  ``energy_per_atom`` per atom.  See :mod:`.conventions` for the cutoff modes and Voigt order as
  ASE, matscipy and LAMMPS users know them.
- P = ∂W/∂A is the first Piola–Kirchhoff stress (positive in tension); the Cauchy stress is
  σ = P Fᵀ / det F.  Moduli ∂²W/∂A∂A are the (d, d, d, d) tensor ∂²W/∂A_ij ∂A_kl.  Voigt
  C = ∂²W/∂E∂E with E = (FᵀF - I)/2, order 11, 22, 33, 23, 13, 12 (2D: 11, 22, 12), per
  reference volume (engineering shear strains, so C_44 = C_2323); the order of ASE and matscipy,
  not LAMMPS's xx, yy, zz, xy, xz, yz.

The modules, one job each:

- :mod:`.symbols`: the symbols A_ij, p_ki, q_ki and r2_b;
- :mod:`.conventions`: the cutoff and Voigt conventions in ASE, matscipy and LAMMPS terms;
- :mod:`.reference`: the zero-stress reference state (lattice constants);
- :mod:`.neighbours`: the pairs summed and watched, and the one criterion for deformations that
  keep that set exact (rendered as the numeric check and as the kernels' guards);
- :mod:`.sums`: the one builder of W, ∇W and ∇²W (eqs 3.4, 3.6);
- :mod:`.energy`: :class:`CauchyBorn`, the symbolic W(A, p) of one crystal;
- :mod:`.relaxation`: the inner relaxation (eqs 3.5-3.6), exact, by Newton or as a series;
- :mod:`.elastic`: Voigt order, Cauchy stress, the relaxed moduli by the one Schur complement;
- :mod:`.kernels`: the generated kernels' source; :mod:`.model`: the pure builder :func:`build`.
"""
from .elastic import cauchy_stress, voigt_pairs
from .energy import CauchyBorn
from .model import build
from .neighbours import DEFAULT_MARGIN, NeighbourSet, Validity
from .reference import Reference, zero_stress_reference
from .relaxation import RelaxedShift
from .symbols import displacement_gradient, shift_symbols

__all__ = ["CauchyBorn", "DEFAULT_MARGIN", "NeighbourSet", "Reference", "RelaxedShift", "Validity", "build",
           "cauchy_stress", "displacement_gradient", "shift_symbols", "voigt_pairs", "zero_stress_reference"]
