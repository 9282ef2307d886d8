"""Independent check of the committed coarse models: slow eigenvalues of the full embedded DAE (3)."""
import json

import numpy as np
import pytest

from symms.models.diffusion import diffusion_spec
from symms.numerics.embedded_dae import eigenvalue_check, fitted_order, trace_errors
from symms.locations import committed_root
from symms.pipeline import load_backend

GENERATED = committed_root()


@pytest.mark.parametrize("order", [2, 3, 4])
def test_trace_errors_scale_as_gamma_to_order_plus_one(order):
    folder = GENERATED / "diffusion" / f"order{order}"
    kernels = {"rhs": load_backend(folder, json.loads((folder / "model.json").read_text())["kernels"][0], "numpy")}
    results = eigenvalue_check({"order": order}, kernels)
    assert all(r.passed for r in results), [r.line() for r in results]


def test_the_check_can_fail():
    """The order-2 model judged as if it were order 4 must fail: its error is O(γ³), not O(γ⁵)."""
    folder = GENERATED / "diffusion" / "order2"
    kernel = load_backend(folder, json.loads((folder / "model.json").read_text())["kernels"][0], "numpy")
    gammas = np.array([0.05, 0.1, 0.2])
    errors = trace_errors(diffusion_spec(), kernel.coarse_operator, kernel.shifts, np.random.default_rng(7).uniform(0.6, 1.8, 10), gammas)
    assert fitted_order(gammas, errors[:, 0]) < 4.0


def test_embedding_contains_the_fine_lattice_at_full_coupling():
    """At γ = 1 the rows (3) reproduce the fine lattice (1): every eigenvalue of the fine operator
    (built here by hand from eq 1) is an eigenvalue of the embedded DAE with its algebraic rows
    eliminated (which also has extra, unphysical modes)."""
    from symms.numerics.embedded_dae import embedded_matrices

    kappa = np.random.default_rng(4).uniform(0.5, 2.0, 12)
    n = kappa.size
    fine = np.zeros((n, n))
    for i in range(n):  # du_i/dt = κ_{i-1}(u_{i-1} − u_i) + κ_i(u_{i+1} − u_i), periodic
        fine[i, (i - 1) % n] += kappa[i - 1]
        fine[i, (i + 1) % n] += kappa[i]
        fine[i, i] -= kappa[i - 1] + kappa[i]
    D, L = embedded_matrices(diffusion_spec(), kappa, 1.0)
    dyn, alg = np.flatnonzero(np.diag(D)), np.flatnonzero(np.diag(D) == 0)
    A = L[np.ix_(dyn, dyn)] - L[np.ix_(dyn, alg)] @ np.linalg.solve(L[np.ix_(alg, alg)], L[np.ix_(alg, dyn)])
    embedded = np.linalg.eigvals(A)
    for lam in np.linalg.eigvalsh(fine):
        assert np.min(np.abs(embedded - lam)) < 1e-9 * max(1.0, abs(lam))
