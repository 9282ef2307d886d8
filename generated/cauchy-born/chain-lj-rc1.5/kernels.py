# symms cauchy-born/chain-lj-rc1.5; regenerate with: symms derive cauchy-born --lattice chain --potential lj --cutoff 1.5 --cutoff-mode truncated
"""Expression kernels (straight-line code after CSE; needs only numpy).

Each kernel takes its input arrays with trailing shapes as documented and broadcasts over
leading axes.
"""
import numpy


def _split(value, name, shape):
    value = numpy.asarray(value)
    if value.dtype.kind not in "fiu":
        raise ValueError(f"{name} must be a real array, got dtype {value.dtype}")
    value = value.astype(numpy.float64)
    if tuple(value.shape[value.ndim - len(shape):]) != tuple(shape) or value.ndim < len(shape):
        raise ValueError(f"{name} must have shape (..., {', '.join(map(str, shape))}), got {value.shape}")
    batch = value.shape[:value.ndim - len(shape)]
    return batch, value.reshape(batch + (-1,))


def _preamble_bonds(in_A_0):
    """The 2 intermediates pre[i] its kernels share; ValueError where one of its guards fails."""
    pre = [None] * 2
    t0 = 1.0 + in_A_0
    pre[0] = t0
    pre[1] = (pre[0])**2
    if not numpy.all(numpy.asarray(t0) > 0):
        raise ValueError("det(I + A) must be positive (the deformation inverts the crystal)")
    if not numpy.all(numpy.asarray(0.36 + (in_A_0)**2 + 2.0*in_A_0) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.8: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(1.7858261834642244 - pre[1]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    return pre


def energy(A):
    """W(A, p): stored energy per reference volume |Gamma| (seed 001 eq 3.4, pairs once; per atom: the energy_per_atom kernel). Pair potential lj, truncated at rc, unshifted (LAMMPS lj/cut without pair_modify shift).

    A: shape (..., 1, 1)
    returns W (..., )
    """
    batches = []
    batch, flat_A = _split(A, "A", (1, 1,))
    batches.append(batch)
    in_A_0 = flat_A[..., 0]
    batch = numpy.broadcast_shapes(*batches)
    pre = _preamble_bonds(in_A_0)
    im_f_0_0 = -0.8908987181403393/(pre[1])**3
    im_f_0_1 = 0.44544935907016964/(pre[1])**6
    out = numpy.empty(batch + (1,))
    out[..., 0] = 2.0*im_f_0_0 + 2.0*im_f_0_1
    return out.reshape(batch + ())


def stress(A):
    """P = dW/dA, first Piola-Kirchhoff stress per reference volume (Cauchy stress sigma = P F^T / det F, F = I + A).

    A: shape (..., 1, 1)
    returns P (..., 1, 1)
    """
    batches = []
    batch, flat_A = _split(A, "A", (1, 1,))
    batches.append(batch)
    in_A_0 = flat_A[..., 0]
    batch = numpy.broadcast_shapes(*batches)
    pre = _preamble_bonds(in_A_0)
    im_f_0_2 = -2.672696154421018/(pre[1])**7
    im_f_0_3 = 2.672696154421018/(pre[1])**4
    t0 = 4.0*pre[0]
    out = numpy.empty(batch + (1,))
    out[..., 0] = im_f_0_2*t0 + im_f_0_3*t0
    return out.reshape(batch + (1, 1,))


def moduli(A):
    """C_ijkl = d2W/dA_ij dA_kl with p(A) = (I + A) p0, fixed fractional coordinates (the exact inner relaxation here), shape (d, d, d, d), per reference volume.

    A: shape (..., 1, 1)
    returns C (..., 1, 1, 1, 1)
    """
    batches = []
    batch, flat_A = _split(A, "A", (1, 1,))
    batches.append(batch)
    in_A_0 = flat_A[..., 0]
    batch = numpy.broadcast_shapes(*batches)
    pre = _preamble_bonds(in_A_0)
    im_f_0_2 = -2.672696154421018/(pre[1])**7
    im_f_0_3 = 2.672696154421018/(pre[1])**4
    im_f_0_4 = -10.690784617684072/(pre[1])**5
    im_f_0_5 = 18.708873080947125/(pre[1])**8
    t0 = 8.0*(pre[0])**2
    out = numpy.empty(batch + (1,))
    out[..., 0] = 4.0*im_f_0_2 + 4.0*im_f_0_3 + im_f_0_4*t0 + im_f_0_5*t0
    return out.reshape(batch + (1, 1, 1, 1,))


def energy_per_atom(A):
    """E(A, p) = W |Gamma| / (atoms per cell): stored energy per atom (seed 001 eq 3.4). Pair potential lj, truncated at rc, unshifted (LAMMPS lj/cut without pair_modify shift).

    A: shape (..., 1, 1)
    returns E (..., )
    """
    batches = []
    batch, flat_A = _split(A, "A", (1, 1,))
    batches.append(batch)
    in_A_0 = flat_A[..., 0]
    batch = numpy.broadcast_shapes(*batches)
    pre = _preamble_bonds(in_A_0)
    im_f_0_6 = (0.5)/(pre[1])**6
    im_f_0_7 = -1.0/(pre[1])**3
    out = numpy.empty(batch + (1,))
    out[..., 0] = 2.0*im_f_0_6 + 2.0*im_f_0_7
    return out.reshape(batch + ())
