# symms kohn-sham/m15-gth-szv-k1; regenerate with: symms derive kohn-sham --A '[[0.02, 0.03, -0.01], [-0.01, -0.015, 0.02], [0.005, -0.02, 0.01]]' --mesh 15 --basis gth-szv --kmesh 1 --max-cycle 60
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


def piola_stress(A, sigma):
    """first Piola-Kirchhoff stress P = det(F) sigma F^-T = sigma adj(F)^T, F = I + A, of the Cauchy stress sigma (seed 001 eq 3.22, F(A) = grad_A W_CB)

    A: shape (..., 3, 3)
    sigma: shape (..., 3, 3)
    returns P (..., 3, 3)
    """
    batches = []
    batch, flat_A = _split(A, "A", (3, 3,))
    batches.append(batch)
    in_A_0 = flat_A[..., 0]
    in_A_1 = flat_A[..., 1]
    in_A_2 = flat_A[..., 2]
    in_A_3 = flat_A[..., 3]
    in_A_4 = flat_A[..., 4]
    in_A_5 = flat_A[..., 5]
    in_A_6 = flat_A[..., 6]
    in_A_7 = flat_A[..., 7]
    in_A_8 = flat_A[..., 8]
    batch, flat_sigma = _split(sigma, "sigma", (3, 3,))
    batches.append(batch)
    in_sigma_0 = flat_sigma[..., 0]
    in_sigma_1 = flat_sigma[..., 1]
    in_sigma_2 = flat_sigma[..., 2]
    in_sigma_3 = flat_sigma[..., 3]
    in_sigma_4 = flat_sigma[..., 4]
    in_sigma_5 = flat_sigma[..., 5]
    in_sigma_6 = flat_sigma[..., 6]
    in_sigma_7 = flat_sigma[..., 7]
    in_sigma_8 = flat_sigma[..., 8]
    batch = numpy.broadcast_shapes(*batches)
    t0 = in_A_0*in_A_4
    t1 = in_A_5*in_A_7
    t2 = in_A_1*in_A_3
    t3 = in_A_2*in_A_6
    t4 = 1.0 + in_A_8
    t5 = in_A_4 + t4 - t1 + in_A_4*in_A_8
    t6 = in_A_0 - t3 + in_A_0*in_A_8
    t7 = t0 - t2
    t8 = -in_A_1 + in_A_2*in_A_7 - in_A_1*in_A_8
    t9 = -in_A_2 + in_A_1*in_A_5 - in_A_2*in_A_4
    t10 = -in_A_3 + in_A_5*in_A_6 - in_A_3*in_A_8
    t11 = t4 + t6
    t12 = -in_A_5 + in_A_2*in_A_3 - in_A_0*in_A_5
    t13 = -in_A_6 + in_A_3*in_A_7 - in_A_4*in_A_6
    t14 = -in_A_7 + in_A_1*in_A_6 - in_A_0*in_A_7
    t15 = 1.0 + in_A_0 + in_A_4 + t7
    if not numpy.all(numpy.asarray(t5 + t6 + t7 + in_A_8*t0 - in_A_0*t1 - in_A_4*t3 - in_A_8*t2 + in_A_1*in_A_5*in_A_6 + in_A_2*in_A_3*in_A_7) > 0):
        raise ValueError("det(I + A) must be positive (an orientation-preserving deformation)")
    out = numpy.empty(batch + (9,))
    out[..., 0] = in_sigma_0*t5 + in_sigma_1*t8 + in_sigma_2*t9
    out[..., 1] = in_sigma_0*t10 + in_sigma_1*t11 + in_sigma_2*t12
    out[..., 2] = in_sigma_0*t13 + in_sigma_1*t14 + in_sigma_2*t15
    out[..., 3] = in_sigma_3*t5 + in_sigma_4*t8 + in_sigma_5*t9
    out[..., 4] = in_sigma_3*t10 + in_sigma_4*t11 + in_sigma_5*t12
    out[..., 5] = in_sigma_3*t13 + in_sigma_4*t14 + in_sigma_5*t15
    out[..., 6] = in_sigma_6*t5 + in_sigma_7*t8 + in_sigma_8*t9
    out[..., 7] = in_sigma_6*t10 + in_sigma_7*t11 + in_sigma_8*t12
    out[..., 8] = in_sigma_6*t13 + in_sigma_7*t14 + in_sigma_8*t15
    return out.reshape(batch + (3, 3,))
