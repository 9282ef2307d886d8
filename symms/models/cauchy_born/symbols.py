"""The symbols of the Cauchy–Born model (seed 001 §3), named in this one module.

``A_ij`` (``A11``, ``A12``, ...) is the displacement gradient A = ∇U of the seed (y = x + A x,
F = I + A); ``p_ki`` (``p11``, ``p12``, ...) is component i of the deformed shift vector p_k;
``q_ki`` the same shift pulled back to the reference frame, q_k = (I + A)^{-1} p_k; ``r2_b`` the
squared length of bond b and ``f_b_j`` the j-th Q-dependent term of G, G', G'' at it (e.g.
c r2_b**-7 for LJ), both named intermediates of the kernels.
"""
from __future__ import annotations

import sympy as sp


def displacement_gradient(d: int) -> sp.Matrix:
    """The symbols A_ij of the displacement gradient A = ∇U (seed 001 eq 3.4's A), a d x d matrix."""
    return sp.Matrix(d, d, lambda i, j: sp.Symbol(f"A{i + 1}{j + 1}", real=True))


def shift_symbols(n_shifts: int, d: int) -> sp.Matrix:
    """The symbols p_ki: component i of deformed shift vector p_k (seed 001 eqs 3.4-3.6), s x d."""
    return sp.Matrix(n_shifts, d, lambda k, i: sp.Symbol(f"p{k + 1}{i + 1}", real=True))


def reference_shift_symbols(n_shifts: int, d: int) -> sp.Matrix:
    """The symbols q_ki: component i of q_k = (I + A)^{-1} p_k, the shift in the reference frame (s x d).

    Fixed q is fixed fractional coordinates (q_k = B s_k), the convention of ASE and matscipy.
    """
    return sp.Matrix(n_shifts, d, lambda k, i: sp.Symbol(f"q{k + 1}{i + 1}", real=True))


def squared_length_symbol(b: int) -> sp.Symbol:
    """``r2_b``: the squared length of bond b, a named intermediate of the kernels."""
    return sp.Symbol(f"r2_{b}")


def term_symbol(b: int, j: int) -> sp.Symbol:
    """``f_b_j``: the j-th Q-dependent term of G, G', G'' (e.g. c q**-7) at bond b, a named intermediate."""
    return sp.Symbol(f"f_{b}_{j}")
