"""Issue 12's γ = 1 table of every form, as committed in the mass-matrix variant's results.json."""
import json

import numpy as np

from symms.locations import committed_root
from symms.numerics.convergence import rational_s, slow_branch_series

RESULTS = committed_root() / "diffusion" / "order3-mass-matrix" / "results.json"


def rows():
    return json.loads(RESULTS.read_text())["gamma1_forms"]


def test_constant_kappa_G3_matches_the_exact_dispersion_relation():
    """For κ ≡ 1 the eigenvalues of G_3 are the slow branch's series λ_0 + … + λ_3 at γ = 1 (exact, from
    the dispersion relation, no ring involved) at θ = 2πk/m; the fine lattice (1) on 2m points has
    −4 sin²(θ/4) for the same mode (fine wavenumber θ/2)."""
    m = 64
    expected = max(abs(float(sum(slow_branch_series(rational_s(2 * np.pi * k / m), 3))) + 4 * np.sin(np.pi * k / (2 * m)) ** 2)
                   / (4 * np.sin(np.pi * k / (2 * m)) ** 2) for k in (1, 2))
    assert abs(rows()[f"G-P3-m{m}"]["constant"] - expected) < 1e-3 * expected


def test_G2_counts_every_slow_mode_twice():
    """G_2 decouples the even and odd sublattices: the 4 slowest eigenvalues are two copies of the two
    slowest fine modes, so the third and fourth err by about 1 − 1/4 (ratio of sin² at k = 1 and 2)."""
    assert abs(rows()["G-P2-m64"]["constant"] - 0.75) < 0.01


def test_galerkin_form_never_grows_and_rayleigh_ritz_is_reported_as_it_is():
    table = rows()
    for P in (2, 3):
        for m in (16, 32, 64):
            galerkin = table[f"galerkin-P{P}-m{m}"]
            assert galerkin["samples_growing"] == 0 and galerkin["mass_definite_all"]
            assert 0 < galerkin["mean"] <= galerkin["max"]
    assert {row["form"] for row in table.values()} == {"G", "minimal", "rayleigh-ritz", "galerkin"}
