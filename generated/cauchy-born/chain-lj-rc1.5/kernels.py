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
    t0 = 1.0 + in_A_0
    im_y_0_0 = t0
    im_r2_0 = (im_y_0_0)**2
    im_f_0_0 = -0.8908987181403393/(im_r2_0)**3
    im_f_0_1 = 0.44544935907016964/(im_r2_0)**6
    if not numpy.all(numpy.asarray(t0) > 0):
        raise ValueError("det(I + A) must be positive (the deformation inverts the crystal)")
    if not numpy.all(numpy.asarray(0.36 + (in_A_0)**2 + 2.0*in_A_0) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.8: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_0) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
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
    t0 = 1.0 + in_A_0
    im_y_0_0 = t0
    im_r2_0 = (im_y_0_0)**2
    im_f_0_2 = -2.672696154421018/(im_r2_0)**7
    im_f_0_3 = 2.672696154421018/(im_r2_0)**4
    t1 = 4.0*im_y_0_0
    if not numpy.all(numpy.asarray(t0) > 0):
        raise ValueError("det(I + A) must be positive (the deformation inverts the crystal)")
    if not numpy.all(numpy.asarray(0.36 + (in_A_0)**2 + 2.0*in_A_0) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.8: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_0) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    out = numpy.empty(batch + (1,))
    out[..., 0] = im_f_0_2*t1 + im_f_0_3*t1
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
    t0 = 1.0 + in_A_0
    im_y_0_0 = t0
    t1 = (im_y_0_0)**2
    im_r2_0 = t1
    im_f_0_2 = -2.672696154421018/(im_r2_0)**7
    im_f_0_3 = 2.672696154421018/(im_r2_0)**4
    im_f_0_4 = -10.690784617684072/(im_r2_0)**5
    im_f_0_5 = 18.708873080947125/(im_r2_0)**8
    t2 = 8.0*t1
    if not numpy.all(numpy.asarray(t0) > 0):
        raise ValueError("det(I + A) must be positive (the deformation inverts the crystal)")
    if not numpy.all(numpy.asarray(0.36 + (in_A_0)**2 + 2.0*in_A_0) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.8: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_0) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    out = numpy.empty(batch + (1,))
    out[..., 0] = 4.0*im_f_0_2 + 4.0*im_f_0_3 + im_f_0_4*t2 + im_f_0_5*t2
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
    t0 = 1.0 + in_A_0
    im_y_0_0 = t0
    im_r2_0 = (im_y_0_0)**2
    im_f_0_6 = (0.5)/(im_r2_0)**6
    im_f_0_7 = -1.0/(im_r2_0)**3
    if not numpy.all(numpy.asarray(t0) > 0):
        raise ValueError("det(I + A) must be positive (the deformation inverts the crystal)")
    if not numpy.all(numpy.asarray(0.36 + (in_A_0)**2 + 2.0*in_A_0) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.8: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_0) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    out = numpy.empty(batch + (1,))
    out[..., 0] = 2.0*im_f_0_6 + 2.0*im_f_0_7
    return out.reshape(batch + ())
