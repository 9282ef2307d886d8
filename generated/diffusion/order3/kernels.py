# symms diffusion/order3; regenerate with: symms derive diffusion --order 3
"""Lattice-operator kernel (table-driven; needs only numpy).

rhs(U, kappa, gamma): U has shape (..., m), kappa shape (2*m,), periodic.
"""
import numpy

STRIDE = 2
ORDER = 3
RECIPROCAL = True
SHIFTS = numpy.array([-3, -2, -1, 0, 1, 2, 3], dtype=numpy.int64)
VAR_KIND = numpy.array([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1,
    1, 1, 1], dtype=numpy.int64)
VAR_A = numpy.array([-6, -5, -4, -3, -2, -1, 0, 1, 2, 4, 0, 0,
    0, 0, 0], dtype=numpy.int64)
VAR_B = numpy.array([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -2, -1,
    0, 1, 2], dtype=numpy.int64)
FAM_START = [0, 4]
FAM_COEF = [0.25, 0.25, 0.25, 0.25]
FAM_OFF = [1, -1, 2, -2]
TERM_K = numpy.array([-3, -3, -3, -3, -3, -3, -3, -3, -2, -2, -2, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, 0, 0, 0, 0, 0, 0, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3], dtype=numpy.int64)
TERM_P = numpy.array([3, 3, 3, 3, 3, 3, 3, 3, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 3, 3, 3, 3, 3, 3,
    3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3], dtype=numpy.int64)
TERM_COEF = numpy.array([0.0234375, 0.0234375, -0.01953125, -0.00390625, -0.0078125, 0.00390625,
    -0.00390625, -0.09375, 0.0625, 0.03125, 0.125, -0.0234375,
    -0.0234375, 0.01953125, 0.02734375, 0.0234375, 0.00390625, -0.0234375,
    -0.0234375, 0.0078125, 0.0078125, -0.0234375, 0.015625, -0.00390625,
    0.00390625, 0.01953125, 0.00390625, 0.0078125, -0.00390625, 0.09375,
    -0.125, 0.09375, -0.0625, -0.0625, -0.03125, -0.03125,
    -0.125, -0.125, -0.02734375, -0.0234375, 0.0234375, 0.0234375,
    -0.00390625, -0.0078125, 0.0234375, -0.0078125, -0.015625, -0.00390625,
    -0.01953125, -0.02734375, -0.0234375, -0.00390625, -0.0078125, 0.0234375,
    0.00390625, -0.00390625, 0.125, -0.09375, 0.125, 0.0625,
    0.03125, 0.125, 0.00390625, 0.0078125, 0.02734375, 0.0234375,
    0.00390625, -0.0234375, 0.00390625, -0.125], dtype=numpy.float64)
FACTOR_START = numpy.array([0, 3, 6, 9, 12, 15, 18, 21, 22, 23, 25, 26, 29, 32, 35, 38, 41, 44, 47, 50,
    52, 55, 58, 60, 63, 66, 69, 72, 74, 77, 78, 79, 80, 81, 82, 84, 86, 87, 88, 91,
    94, 97, 100, 103, 105, 108, 111, 113, 116, 119, 122, 125, 128, 130, 133, 136, 139, 140, 141, 142,
    143, 145, 146, 149, 152, 155, 158, 161, 164, 167, 168], dtype=numpy.int64)
FACTOR_VAR = numpy.array([0, 10, 11, 1, 10, 11, 2, 10, 11, 4, 10, 12, 5, 10, 12, 6, 10, 11, 8, 10, 12, 11, 11, 4, 11, 11, 0, 10, 11, 1, 10, 11, 2, 10, 11, 2, 11, 12, 3, 11,
    12, 4, 10, 12, 4, 11, 12, 4, 12, 13, 4, 12, 5, 10, 12, 5, 12, 13, 5, 12, 6, 10, 11, 6, 11, 12, 6, 12, 13, 8, 10, 12, 8, 12, 9, 12, 13, 11, 12, 13,
    11, 13, 4, 11, 8, 13, 11, 13, 2, 11, 12, 3, 11, 12, 4, 11, 12, 4, 12, 13, 4, 12, 14, 4, 12, 5, 12, 13, 5, 12, 14, 5, 12, 6, 11, 12, 6, 12, 13, 6,
    13, 14, 7, 13, 14, 8, 12, 14, 8, 12, 8, 13, 14, 9, 12, 13, 9, 13, 14, 12, 13, 14, 13, 8, 13, 13, 4, 12, 14, 5, 12, 14, 6, 13, 14, 7, 13, 14, 8, 12,
    14, 8, 13, 14, 9, 13, 14, 14], dtype=numpy.int64)
FACTOR_EXP = numpy.array([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 2, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    1, 1, 1, 1, 1, 1, 1, 1], dtype=numpy.int64)


def _parameter(values, offset):
    """values at stride*j + offset for every element j (periodic)."""
    return numpy.roll(values, -offset)[::STRIDE]


def check_arguments(kappa):
    """The kappa array as float64, or ValueError naming what is wrong."""
    kappa = numpy.asarray(kappa)
    if kappa.dtype.kind not in "fiu":
        raise ValueError(f"kappa must be a real array, got dtype {kappa.dtype}")
    kappa = kappa.astype(numpy.float64)
    if kappa.ndim != 1 or kappa.size == 0 or kappa.size % STRIDE:
        raise ValueError(f"kappa must have shape (2*m,) for m coarse points, got {kappa.shape}")
    if not numpy.all(numpy.isfinite(kappa)) or numpy.any(kappa <= 0):
        raise ValueError("kappa must be finite and positive everywhere")
    kappa_m2 = _parameter(kappa, -2)
    kappa_0 = _parameter(kappa, 0)
    kappa_p2 = _parameter(kappa, 2)
    bad = numpy.flatnonzero(~((2*kappa_0*(kappa_m2 + kappa_p2) - kappa_m2*kappa_p2) > 0))
    if bad.size:
        raise ValueError(f"stability proviso 2*kappa_2j*(kappa_2j-2 + kappa_2j+2) - kappa_2j-2*kappa_2j+2 > 0 violated (seed 000 section 2) (fails at element j = {int(bad[0])})")
    return kappa


def coarse_operator(kappa, gamma):
    """G[j, s]: coefficient of U[(j + SHIFTS[s]) % m] in dU_j/dt."""
    kappa = check_arguments(kappa)
    m = kappa.size // STRIDE
    x = 1.0 / kappa if RECIPROCAL else kappa
    values = numpy.empty((VAR_KIND.size + 1, m))
    for v in range(VAR_KIND.size):
        if VAR_KIND[v] == 0:
            values[v] = _parameter(x, VAR_A[v])
        else:
            f, s = VAR_A[v], VAR_B[v]
            h = sum(FAM_COEF[i] * _parameter(x, FAM_OFF[i] + STRIDE * s) for i in range(FAM_START[f], FAM_START[f + 1]))
            values[v] = 1.0 / h
    monomials = numpy.repeat(TERM_COEF[:, None], m, axis=1)
    owner = numpy.repeat(numpy.arange(TERM_K.size), numpy.diff(FACTOR_START))
    for f in range(FACTOR_VAR.size):
        monomials[owner[f]] *= values[FACTOR_VAR[f]] ** FACTOR_EXP[f]
    gamma_powers = float(gamma) ** TERM_P
    contributions = monomials * gamma_powers[:, None]
    G = numpy.zeros((m, SHIFTS.size))
    for s, k in enumerate(SHIFTS):
        G[:, s] = contributions[TERM_K == k].sum(axis=0)
    return G


def rhs(U, kappa, gamma):
    """dU/dt of the coarse model; U has shape (..., m)."""
    U = numpy.asarray(U, dtype=numpy.float64)
    G = coarse_operator(kappa, gamma)
    m = G.shape[0]
    if U.ndim == 0 or U.shape[-1] != m:
        raise ValueError(f"U must have shape (..., {m}) to match kappa of length {STRIDE * m}, got {U.shape}")
    out = numpy.zeros(U.shape)
    j = numpy.arange(m)
    for s, k in enumerate(SHIFTS):
        out += G[:, s] * U[..., (j + k) % m]
    return out
