"""The γ = 1 Galerkin mass V_dᵀV_d of seed 000 (issue 12) derived exactly as band operators."""
import numpy as np
import pytest

from symms.manifold import derive_slow_manifold
from symms.manifold.mass_matrix import band_is_symmetric, galerkin_mass_bands, mass_matrix_form
from symms.models.diffusion import diffusion_spec
from symms.numerics.slow_forms import RingOperatorKernel, SlowForms


@pytest.fixture(scope="module", params=[2, 3])
def form(request):
    return mass_matrix_form(derive_slow_manifold(diffusion_spec(), request.param))


def _dense(kernel, kappa, gamma):
    values = kernel.coarse_operator(kappa, gamma)
    m = values.shape[0]
    out, j = np.zeros((m, m)), np.arange(m)
    for s, k in enumerate(kernel.shifts):
        np.add.at(out, (j, (j + k) % m), values[:, s])
    return out


def test_galerkin_mass_structure_exact(form):
    ring, bands = form.ring, galerkin_mass_bands(form)
    assert len(bands) == 2 * form.order - 1  # products of V through gamma^{P-1}
    assert all(band_is_symmetric(ring, b) for b in bands)
    # by hand: V_0 is piecewise constant (v_{j,2} = v_{j,5} = U_j), so M_0 = 2I; and 1^T V_d U = sum of the
    # fine field, whose gamma^b parts (b >= 1) vanish because V_b 1 = 0, so M 1 = 2 at gamma^0 and 0 above
    assert {k: ring.to_str(c) for k, c in bands[0].items()} == {0: "2"}
    sums = [ring.nf(sum(b.values(), ring.zero())) for b in bands]
    assert ring.to_str(sums[0]) == "2" and all(s.is_zero() for s in sums[1:])


def test_galerkin_mass_matches_dense_product(form):
    kappa = np.random.default_rng(3).uniform(0.5, 2.0, 2 * 10)
    expected = SlowForms(form, kappa).galerkin(1.0)[0]  # V_d^T V_d from the numeric fine field
    got = _dense(RingOperatorKernel(form.ring, galerkin_mass_bands(form)), kappa, 1.0)
    np.testing.assert_allclose(got, expected, atol=1e-12)
    assert np.linalg.eigvalsh(got).min() > 0
