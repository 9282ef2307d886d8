"""The numpy bound operator's stencil (an einsum over shifted views of U) against two independent
applications of the same band: the C stencil and the CSR matrix ``op.matrix() @ U``."""
import json

import numpy as np
import pytest

from symms.pipeline import derive, load_backend


@pytest.fixture(scope="module")
def kernels(tmp_path_factory):
    out = tmp_path_factory.mktemp("bound_numpy")
    found = {}
    for P in (2, 4):
        folder = derive("diffusion", out=out, order=P, check=False).folder
        entry = json.loads((folder / "model.json").read_text())["kernels"][0]
        found[P] = {b: load_backend(folder, entry, b) for b in ("numpy", "c")}
    return found


@pytest.mark.parametrize("order", [2, 4])
def test_numpy_apply_matches_c_and_matrix(kernels, order):
    """Random κ, γ; m from below the stencil width to large; U of shape (m,) and batched (2, 3, m)."""
    rng = np.random.default_rng(100 + order)
    reach = int(np.abs(kernels[order]["numpy"].shifts).max())
    for m in (1, 2, reach, 2 * reach + 1, 2 * reach + 2, 37, 4099):
        kappa, gamma = rng.uniform(0.5, 2.0, 2 * m), rng.uniform(0.2, 1.0)
        op_np, op_c = kernels[order]["numpy"].bind(kappa, gamma), kernels[order]["c"].bind(kappa, gamma)
        M = op_np.matrix()
        for shape in ((m,), (2, 3, m)):
            U = rng.normal(size=shape)
            got = op_np(U)
            assert got.shape == shape and got.flags.c_contiguous
            scale = np.abs(op_np.band).sum(axis=1) * np.abs(U).max() * 16 * np.finfo(float).eps
            by_matrix = (M @ U.reshape(-1, m).T).T.reshape(shape)
            assert np.all(np.abs(got - by_matrix) <= scale), (m, shape)
            assert np.all(np.abs(got - op_c(U)) <= scale + np.abs(op_np.band - op_c.band).sum(axis=1) * np.abs(U).max()), (m, shape)


def test_numpy_apply_is_linear_in_each_shift(kernels):
    """Unit vectors pick out the band's columns: op(e_i)[j] = sum of G[j, s] over shifts with (j + k_s) % m == i."""
    m = 11
    kappa = np.random.default_rng(7).uniform(0.5, 2.0, 2 * m)
    op = kernels[4]["numpy"].bind(kappa, 0.8)
    columns = op(np.eye(m))  # row i is op(e_i)
    expected = np.zeros((m, m))
    for s, k in enumerate(op.shifts):
        expected[(np.arange(m) + k) % m, np.arange(m)] += op.band[:, s]
    assert np.allclose(columns, expected, rtol=1e-15, atol=1e-300)


def test_apply_with_gathered_rows_equals_the_strided_view(tmp_path):
    """Shifts not equally spaced select their window rows by index (a copy) instead of by a slice:
    both ways give the same result for the same band (forced here on the order-4 module)."""
    from symms.codegen.load import numpy_module

    folder = derive("diffusion", out=tmp_path, order=4, check=False).folder
    module = numpy_module(folder / "kernels.py")
    assert isinstance(module.WINDOW_ROWS, slice)
    rng = np.random.default_rng(3)
    for m in (3, 50):
        B = module.band(rng.uniform(0.5, 2.0, 2 * m), 0.7)
        U = rng.normal(size=(2, m))
        by_slice = module.apply(B, U)
        module.WINDOW_ROWS = module.SHIFTS + module.REACH
        try:
            by_index = module.apply(B, U)
        finally:
            module.WINDOW_ROWS = module._window_rows()
        assert np.array_equal(by_slice, by_index)
        for s, k in enumerate(module.SHIFTS):  # and both are the band product written out
            by_slice -= B[s] * np.roll(U, -k, axis=-1)
        assert np.abs(by_slice).max() <= 1e-13 * np.abs(B).sum(axis=0).max() * np.abs(U).max()
