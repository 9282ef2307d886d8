# symms polymers/d3-De1-b50-Wi1; regenerate with: symms derive polymers --dimension 3 --De 1.0 --b 50.0 --Wi 1.0
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


def oldroyd_b_rhs(A, kappa, De):
    """dA/dt = kappa A + A kappa^T - (A - I)/De: Oldroyd-B / upper-convected Maxwell, the second moment of Hookean dumbbells (seed 001 eqs 6.1, 6.3). A is packed as (A_xx, A_xy, A_xz, A_yy, A_yz, A_zz) (upper triangle, row-major), kappa_ij = dU_i/dx_j.

    A: shape (..., 6)
    kappa: shape (..., 3, 3)
    De: shape (..., )
    returns dA (..., 6)
    """
    batches = []
    batch, flat_A = _split(A, "A", (6,))
    batches.append(batch)
    in_A_0 = flat_A[..., 0]
    in_A_1 = flat_A[..., 1]
    in_A_2 = flat_A[..., 2]
    in_A_3 = flat_A[..., 3]
    in_A_4 = flat_A[..., 4]
    in_A_5 = flat_A[..., 5]
    batch, flat_kappa = _split(kappa, "kappa", (3, 3,))
    batches.append(batch)
    in_kappa_0 = flat_kappa[..., 0]
    in_kappa_1 = flat_kappa[..., 1]
    in_kappa_2 = flat_kappa[..., 2]
    in_kappa_3 = flat_kappa[..., 3]
    in_kappa_4 = flat_kappa[..., 4]
    in_kappa_5 = flat_kappa[..., 5]
    in_kappa_6 = flat_kappa[..., 6]
    in_kappa_7 = flat_kappa[..., 7]
    in_kappa_8 = flat_kappa[..., 8]
    batch, flat_De = _split(De, "De", ())
    batches.append(batch)
    in_De_0 = flat_De[..., 0]
    batch = numpy.broadcast_shapes(*batches)
    t0 = (in_De_0)**-1
    t1 = 2.0*in_A_1
    t2 = 2.0*in_A_2
    t3 = 2.0*in_A_4
    if not numpy.all(numpy.asarray(in_De_0) > 0):
        raise ValueError("the Deborah number De must be positive")
    out = numpy.empty(batch + (6,))
    out[..., 0] = t0 + in_kappa_1*t1 + in_kappa_2*t2 - in_A_0*t0 + 2.0*in_A_0*in_kappa_0
    out[..., 1] = in_A_0*in_kappa_3 + in_A_1*in_kappa_0 + in_A_1*in_kappa_4 + in_A_2*in_kappa_5 + in_A_3*in_kappa_1 + in_A_4*in_kappa_2 - in_A_1*t0
    out[..., 2] = in_A_0*in_kappa_6 + in_A_1*in_kappa_7 + in_A_2*in_kappa_0 + in_A_2*in_kappa_8 + in_A_4*in_kappa_1 + in_A_5*in_kappa_2 - in_A_2*t0
    out[..., 3] = t0 + in_kappa_3*t1 + in_kappa_5*t3 - in_A_3*t0 + 2.0*in_A_3*in_kappa_4
    out[..., 4] = in_A_1*in_kappa_6 + in_A_2*in_kappa_3 + in_A_3*in_kappa_7 + in_A_4*in_kappa_4 + in_A_4*in_kappa_8 + in_A_5*in_kappa_5 - in_A_4*t0
    out[..., 5] = t0 + in_kappa_6*t2 + in_kappa_7*t3 - in_A_5*t0 + 2.0*in_A_5*in_kappa_8
    return out.reshape(batch + (6,))


def fene_p_rhs(A, kappa, De, b):
    """dA/dt = kappa A + A kappa^T - A/(De (1 - tr A/b)) + I/De: FENE-P, Peterlin's closure of FENE dumbbells (seed 001 eqs 6.1, 6.3). A is packed as (A_xx, A_xy, A_xz, A_yy, A_yz, A_zz) (upper triangle, row-major), kappa_ij = dU_i/dx_j.

    A: shape (..., 6)
    kappa: shape (..., 3, 3)
    De: shape (..., )
    b: shape (..., )
    returns dA (..., 6)
    """
    batches = []
    batch, flat_A = _split(A, "A", (6,))
    batches.append(batch)
    in_A_0 = flat_A[..., 0]
    in_A_1 = flat_A[..., 1]
    in_A_2 = flat_A[..., 2]
    in_A_3 = flat_A[..., 3]
    in_A_4 = flat_A[..., 4]
    in_A_5 = flat_A[..., 5]
    batch, flat_kappa = _split(kappa, "kappa", (3, 3,))
    batches.append(batch)
    in_kappa_0 = flat_kappa[..., 0]
    in_kappa_1 = flat_kappa[..., 1]
    in_kappa_2 = flat_kappa[..., 2]
    in_kappa_3 = flat_kappa[..., 3]
    in_kappa_4 = flat_kappa[..., 4]
    in_kappa_5 = flat_kappa[..., 5]
    in_kappa_6 = flat_kappa[..., 6]
    in_kappa_7 = flat_kappa[..., 7]
    in_kappa_8 = flat_kappa[..., 8]
    batch, flat_De = _split(De, "De", ())
    batches.append(batch)
    in_De_0 = flat_De[..., 0]
    batch, flat_b = _split(b, "b", ())
    batches.append(batch)
    in_b_0 = flat_b[..., 0]
    batch = numpy.broadcast_shapes(*batches)
    t0 = in_A_0 + in_A_3 + in_A_5
    t1 = (in_De_0)**-1
    t2 = 2.0*in_A_1
    t3 = 2.0*in_A_2
    t4 = t1/(1.0 - t0/in_b_0)
    t5 = 2.0*in_A_4
    if not numpy.all(numpy.asarray(in_De_0) > 0):
        raise ValueError("the Deborah number De must be positive")
    if not numpy.all(numpy.asarray(in_b_0 - t0) > 0):
        raise ValueError("tr A must stay below b (the FENE-P spring factor 1/(1 - tr A/b) diverges there)")
    out = numpy.empty(batch + (6,))
    out[..., 0] = t1 + in_kappa_1*t2 + in_kappa_2*t3 - in_A_0*t4 + 2.0*in_A_0*in_kappa_0
    out[..., 1] = in_A_0*in_kappa_3 + in_A_1*in_kappa_0 + in_A_1*in_kappa_4 + in_A_2*in_kappa_5 + in_A_3*in_kappa_1 + in_A_4*in_kappa_2 - in_A_1*t4
    out[..., 2] = in_A_0*in_kappa_6 + in_A_1*in_kappa_7 + in_A_2*in_kappa_0 + in_A_2*in_kappa_8 + in_A_4*in_kappa_1 + in_A_5*in_kappa_2 - in_A_2*t4
    out[..., 3] = t1 + in_kappa_3*t2 + in_kappa_5*t5 - in_A_3*t4 + 2.0*in_A_3*in_kappa_4
    out[..., 4] = in_A_1*in_kappa_6 + in_A_2*in_kappa_3 + in_A_3*in_kappa_7 + in_A_4*in_kappa_4 + in_A_4*in_kappa_8 + in_A_5*in_kappa_5 - in_A_4*t4
    out[..., 5] = t1 + in_kappa_6*t3 + in_kappa_7*t5 - in_A_5*t4 + 2.0*in_A_5*in_kappa_8
    return out.reshape(batch + (6,))


def oldroyd_b_stress(A):
    """tau = <f z> - I = A - I: the Kramers polymer extra stress of Hookean dumbbells (seed 001 eq 6.1, its isotropic part I removed). A is packed as (A_xx, A_xy, A_xz, A_yy, A_yz, A_zz) (upper triangle, row-major), kappa_ij = dU_i/dx_j.

    A: shape (..., 6)
    returns tau (..., 6)
    """
    batches = []
    batch, flat_A = _split(A, "A", (6,))
    batches.append(batch)
    in_A_0 = flat_A[..., 0]
    in_A_1 = flat_A[..., 1]
    in_A_2 = flat_A[..., 2]
    in_A_3 = flat_A[..., 3]
    in_A_4 = flat_A[..., 4]
    in_A_5 = flat_A[..., 5]
    batch = numpy.broadcast_shapes(*batches)
    out = numpy.empty(batch + (6,))
    out[..., 0] = -1.0 + in_A_0
    out[..., 1] = in_A_1
    out[..., 2] = in_A_2
    out[..., 3] = -1.0 + in_A_3
    out[..., 4] = in_A_4
    out[..., 5] = -1.0 + in_A_5
    return out.reshape(batch + (6,))


def fene_p_stress(A, b):
    """tau = A/(1 - tr A/b) - I: the Kramers polymer extra stress of FENE-P dumbbells (seed 001 eq 6.1, its isotropic part I removed). A is packed as (A_xx, A_xy, A_xz, A_yy, A_yz, A_zz) (upper triangle, row-major), kappa_ij = dU_i/dx_j.

    A: shape (..., 6)
    b: shape (..., )
    returns tau (..., 6)
    """
    batches = []
    batch, flat_A = _split(A, "A", (6,))
    batches.append(batch)
    in_A_0 = flat_A[..., 0]
    in_A_1 = flat_A[..., 1]
    in_A_2 = flat_A[..., 2]
    in_A_3 = flat_A[..., 3]
    in_A_4 = flat_A[..., 4]
    in_A_5 = flat_A[..., 5]
    batch, flat_b = _split(b, "b", ())
    batches.append(batch)
    in_b_0 = flat_b[..., 0]
    batch = numpy.broadcast_shapes(*batches)
    t0 = in_A_0 + in_A_3 + in_A_5
    t1 = (1.0 - t0/in_b_0)**-1
    if not numpy.all(numpy.asarray(in_b_0 - t0) > 0):
        raise ValueError("tr A must stay below b (the FENE-P spring factor 1/(1 - tr A/b) diverges there)")
    out = numpy.empty(batch + (6,))
    out[..., 0] = -1.0 + in_A_0*t1
    out[..., 1] = in_A_1*t1
    out[..., 2] = in_A_2*t1
    out[..., 3] = -1.0 + in_A_3*t1
    out[..., 4] = in_A_4*t1
    out[..., 5] = -1.0 + in_A_5*t1
    return out.reshape(batch + (6,))
