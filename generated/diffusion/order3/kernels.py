# symms diffusion/order3; regenerate with: symms derive diffusion --order 3
"""Lattice-operator kernel (table-driven; needs numpy and the tables kernels.nodes.npy, kernels.terms.npy beside it).

band(kappa, gamma): B[s, j], the coefficient of U[(j + SHIFTS[s]) % m] in dU_j/dt, assembled
once (in chunks of coarse points, so its working memory does not grow with m);
apply(B, U): dU/dt for U of shape (..., m); rhs(U, kappa, gamma) = apply(band(kappa, gamma), U);
coarse_operator(kappa, gamma) = band(kappa, gamma).T.  kappa has shape (2*m,), periodic.
"""
import pathlib

import numpy

STRIDE = 2
ORDER = 3
RECIPROCAL = True
SHIFTS = numpy.array([-3, -2, -1, 0, 1, 2, 3], dtype=numpy.int64)
REACH = 3
VAR_KIND = numpy.array([1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0], dtype=numpy.int64)
VAR_A = numpy.array([0, 0, 0, 0, 0, -6, -5, -4, -3, -2, -1, 0,
    1, 2, 4], dtype=numpy.int64)
VAR_B = numpy.array([-2, -1, 0, 1, 2, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0], dtype=numpy.int64)
FAM_START = [0, 4]
FAM_COEF = [0.25, 0.25, 0.25, 0.25]
FAM_OFF = [1, -1, 2, -2]
MAX_EXP = 2
CHUNK_BYTES = 1 << 24  # working memory of the assembly

_HERE = pathlib.Path(__file__).resolve().parent
# Node n > 0 is node parent[n]'s monomial times x[var[n]]**exp[n] (depth = its number of factors);
# node 0 is 1.  Term t adds coef[t] * gamma**power[t] * node[t]'s monomial to B[shift[t]].
NODES = numpy.load(_HERE / "kernels.nodes.npy")
TERMS = numpy.load(_HERE / "kernels.terms.npy")


def _levels():
    """Per depth d >= 1: the positions of the parents (in depth d - 1) of the nodes of depth d, and
    the runs (start, stop, var, exp) of those nodes sorted by factor; each node's position in its depth."""
    depth, parent, var, exp = (numpy.asarray(NODES[f], dtype=numpy.int64) for f in ("depth", "parent", "var", "exp"))
    position = numpy.zeros(depth.size, dtype=numpy.int64)
    levels = []
    for d in range(1, int(depth.max()) + 1):
        nodes = numpy.flatnonzero(depth == d)
        nodes = nodes[numpy.lexsort((exp[nodes], var[nodes]))]
        position[nodes] = numpy.arange(nodes.size)
        key = var[nodes] * (MAX_EXP + 1) + exp[nodes]
        starts = numpy.flatnonzero(numpy.r_[True, key[1:] != key[:-1]])
        stops = numpy.r_[starts[1:], nodes.size]
        runs = [(int(a), int(b), int(var[nodes[a]]), int(exp[nodes[a]])) for a, b in zip(starts, stops)]
        levels.append((position[parent[nodes]], runs))
    sizes = numpy.bincount(depth)
    return levels, position, depth, sizes


LEVELS, POSITION, DEPTH, LEVEL_SIZES = _levels()


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


def _level_coefficients(gamma):
    """Per depth d: the (shifts x nodes of depth d) matrix of sum coef * gamma**power."""
    value = TERMS["coef"] * gamma ** TERMS["power"].astype(numpy.float64)
    node = TERMS["node"]
    depth = DEPTH[node]
    out = []
    for d, size in enumerate(LEVEL_SIZES):
        mine = depth == d
        flat = TERMS["shift"][mine].astype(numpy.int64) * size + POSITION[node[mine]]
        out.append(numpy.bincount(flat, weights=value[mine], minlength=SHIFTS.size * size).reshape(SHIFTS.size, size))
    return out


def _powers(x, j):
    """x_v(j)**e for every variable v, exponent e <= MAX_EXP and coarse point j of the chunk."""
    n = x.size
    values = numpy.empty((VAR_KIND.size, MAX_EXP + 1, j.size))
    values[:, 0] = 1.0
    for v in range(VAR_KIND.size):
        if VAR_KIND[v] == 0:
            base = x[(STRIDE * j + VAR_A[v]) % n]
        else:
            f, s = VAR_A[v], VAR_B[v]
            base = 1.0 / sum(FAM_COEF[i] * x[(STRIDE * (j + s) + FAM_OFF[i]) % n] for i in range(FAM_START[f], FAM_START[f + 1]))
        for e in range(1, MAX_EXP + 1):
            values[v, e] = values[v, e - 1] * base
    return values


def band(kappa, gamma):
    """B[s, j]: coefficient of U[(j + SHIFTS[s]) % m] in dU_j/dt, shape (len(SHIFTS), m)."""
    kappa = check_arguments(kappa)
    m = kappa.size // STRIDE
    x = 1.0 / kappa if RECIPROCAL else kappa
    coefficients = _level_coefficients(float(gamma))
    widest = int(LEVEL_SIZES.max())
    width = max(1, min(m, CHUNK_BYTES // (8 * (2 * widest + VAR_KIND.size * (MAX_EXP + 1)))))
    buffers = numpy.empty((2, widest * width))  # the monomials of two consecutive depths
    B = numpy.empty((SHIFTS.size, m))
    for j0 in range(0, m, width):
        j = numpy.arange(j0, min(j0 + width, m))
        powers = _powers(x, j)
        values = numpy.ones((1, j.size))
        block = coefficients[0] @ values
        for d, ((parents, runs), matrix) in enumerate(zip(LEVELS, coefficients[1:])):
            values = numpy.take(values, parents, axis=0, out=buffers[d % 2, :parents.size * j.size].reshape(parents.size, j.size))
            for start, stop, v, e in runs:
                values[start:stop] *= powers[v, e]
            block += matrix @ values
        B[:, j0:j0 + j.size] = block
    return B


def _padded(U, m):
    """U[..., (i - REACH) % m] for i = 0 .. m + 2*REACH - 1 (periodic halo)."""
    if m >= REACH:
        return numpy.concatenate((U[..., m - REACH:], U, U[..., :REACH]), axis=-1)
    return numpy.take(U, numpy.arange(-REACH, m + REACH) % m, axis=-1)


def _window_rows():
    """The rows r of the windows W[r, j] = padded[r + j] that are shifted copies of U, one per shift
    (a slice, so a view, when the shifts are equally spaced)."""
    rows = SHIFTS + REACH
    step = int(rows[1] - rows[0]) if rows.size > 1 else 1
    if step > 0 and numpy.array_equal(rows, rows[0] + step * numpy.arange(rows.size)):
        return slice(int(rows[0]), int(rows[-1]) + 1, step)
    return rows


WINDOW_ROWS = _window_rows()


def apply(B, U):
    """dU/dt = sum_s B[s] * U[..., (j + SHIFTS[s]) % m] for U of shape (..., m): per row of U, one
    einsum over views of its periodic padding, W[r, j] = padded[r + j] (order="F" runs j innermost:
    one multiply-add pass per shift, no temporaries)."""
    m = B.shape[1]
    flat = U.reshape(-1, m)
    padded = _padded(flat, m)
    out = numpy.empty(flat.shape)
    for row, line in zip(out, padded):
        windows = numpy.ndarray((2 * REACH + 1, m), buffer=line, strides=(line.itemsize, line.itemsize))
        numpy.einsum("sj,sj->j", B, windows[WINDOW_ROWS], out=row, order="F")
    return out.reshape(U.shape)


def coarse_operator(kappa, gamma):
    """G[j, s]: coefficient of U[(j + SHIFTS[s]) % m] in dU_j/dt."""
    return band(kappa, gamma).T


def rhs(U, kappa, gamma):
    """dU/dt of the coarse model; U has shape (..., m)."""
    U = numpy.asarray(U, dtype=numpy.float64)
    m = check_arguments(kappa).size // STRIDE
    if U.ndim == 0 or U.shape[-1] != m:
        raise ValueError(f"U must have shape (..., {m}) to match kappa of length {STRIDE * m}, got {U.shape}")
    return apply(band(kappa, gamma), U)
