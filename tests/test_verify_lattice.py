"""The lattice-operator check of the written files (symms/codegen/verify.py): its parser, its
long-double reference against exact rationals, and that it passes a right kernel and fails a
wrong one."""
from fractions import Fraction
from unittest import mock

import numpy as np
import pytest

from symms.codegen import verify
from symms.errors import InputError
from symms.manifold import derive_slow_manifold
from symms.models.diffusion import diffusion_spec
from symms.naming import offset_name, parse_offset_name


def test_parse_polynomial_by_hand():
    assert verify.parse_polynomial("1/16*K_m1 - r_0**2*K_0 + 3") == [
        (Fraction(1, 16), (("K_m1", 1),)), (Fraction(-1), (("r_0", 2), ("K_0", 1))), (Fraction(3), ())]
    assert verify.parse_polynomial("-2*r_p1**3*K_p1 - 5/7") == [(Fraction(-2), (("r_p1", 3), ("K_p1", 1))), (Fraction(-5, 7), ())]
    assert verify.parse_polynomial("0") == []
    for bad in ("2*3x", "r_0**y", "1/*r_0"):
        with pytest.raises(InputError):
            verify.parse_polynomial(bad)


def _entry(order: int) -> dict:
    """A lattice-operator entry as model.json stores it, with the definitions written by hand:
    r_o = 1/κ_o and K_s the harmonic mean 4/(ρ_{2s-2} + ρ_{2s-1} + ρ_{2s+1} + ρ_{2s+2}) (eq 7)."""
    m = derive_slow_manifold(diffusion_spec(), order)
    ring = m.ring
    names = sorted({n for g in m.evolution for c in g.values() for n in ring.variables(c)})
    definitions = {}
    for name in names:
        base, off = parse_offset_name(name)
        if base == "r":
            definitions[name] = f"1/{offset_name('kappa', off)}"
        else:
            definitions[name] = "1/(" + " + ".join(f"1/(4*{offset_name('kappa', 2 * off + o)})" for o in (-2, -1, 1, 2)) + ")"
    coefficients = {str(p): {str(k): ring.to_str(c) for k, c in g.items()} for p, g in enumerate(m.evolution) if g}
    return {"name": "rhs", "kind": "lattice-operator", "stride": 2, "parameter": "kappa", "gamma": "gamma",
            "definitions": definitions, "coefficients": coefficients}


def _exact_reference(entry):
    with mock.patch.object(verify.np, "finfo", lambda t: type("F", (), {"eps": 1e-16})()):
        ref = verify.LatticeReference(entry)
    assert ref.exact
    return ref


def test_long_double_reference_agrees_with_exact_rationals():
    entry = _entry(4)
    fast, exact = verify.LatticeReference(entry), _exact_reference(entry)
    assert not fast.exact  # x86-64: long double is 80-bit
    rng = np.random.default_rng(7)
    for m in (1, 3, 5):
        kappa, U = verify._dyadic(rng, 0.6, 1.8, 2 * m), verify._dyadic(rng, -1, 1, m)
        gamma = verify._dyadic(rng, 0, 1, 1)[0]
        value, cond = fast.rhs(U, kappa, gamma)
        ref, ref_cond = exact.rhs(U, kappa, gamma)
        for j in range(m):
            error = abs(Fraction(float(value[j])) - ref[j])  # float() rounds: allow one double ulp
            assert float(error) <= 2 * np.finfo(float).eps * float(ref_cond[j])
            assert abs(float(cond[j]) - float(ref_cond[j])) <= 1e-15 * float(ref_cond[j])


def _kernel_from_terms(entry, scale=1.0):
    """dU/dt evaluated term by term in double from the entry's strings with a direct loop (no tables)."""
    terms = {(int(p), int(k)): verify.parse_polynomial(text) for p, row in entry["coefficients"].items() for k, text in row.items()}

    def rhs(U, kappa, gamma):
        m, n = len(U), len(kappa)
        out = np.zeros(m)
        for j in range(m):
            def value(name):
                base, off = parse_offset_name(name)
                if base == "r":
                    return 1 / kappa[(2 * j + off) % n]
                return 4 / sum(1 / kappa[(2 * (j + off) + o) % n] for o in (-2, -1, 1, 2))
            for (p, k), poly in terms.items():
                coef = sum(float(c) * np.prod([value(nm) ** e for nm, e in mono]) for c, mono in poly)
                out[j] += gamma**p * coef * U[(j + k) % m]
        return out * scale
    return rhs


def test_check_lattice_passes_a_right_kernel_and_fails_a_wrong_one():
    entry = _entry(3)
    results = verify.check_lattice(entry, {"loop": _kernel_from_terms(entry)}, np.random.default_rng(3))
    assert [r.passed for r in results] == [True]
    results = verify.check_lattice(entry, {"loop": _kernel_from_terms(entry, 1 + 1e-12)}, np.random.default_rng(3))
    assert [r.passed for r in results] == [False]
