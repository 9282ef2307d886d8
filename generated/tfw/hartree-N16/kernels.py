# symms tfw/hartree-N16; regenerate with: symms derive tfw --units hartree --grid 16 --A '[[0.02, 0.03, -0.01], [-0.01, -0.015, 0.02], [0.005, -0.02, 0.01]]' --side 4.0 --valence 1.0 --ion-width 0.5 --ions gaussian
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


def tf_density(A, rho):
    """TF density w = c_TF det(I+A) rho^(5/3) per reference volume and dw/drho (seed 001 eq 3.11) (hartree units; cell side 4, valence 1, Gaussian ions of width 1/2)

    A: shape (..., 3, 3)
    rho: shape (..., )
    returns w (..., ), dw_drho (..., )
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
    batch, flat_rho = _split(rho, "rho", ())
    batches.append(batch)
    in_rho_0 = flat_rho[..., 0]
    batch = numpy.broadcast_shapes(*batches)
    t0 = in_A_0*in_A_4
    t1 = in_A_1*in_A_3
    t2 = in_A_2*in_A_6
    t3 = in_A_5*in_A_7
    t4 = 1.0 + in_A_0 + in_A_4 + in_A_8 + t0 - t1 - t2 - t3 + in_A_0*in_A_8 + in_A_4*in_A_8 + in_A_8*t0 - in_A_0*t3 - in_A_4*t2 - in_A_8*t1 + in_A_1*in_A_5*in_A_6 + in_A_2*in_A_3*in_A_7
    if not numpy.all(numpy.asarray(t4) > 0):
        raise ValueError("det(I + A) must be positive (an orientation-preserving deformation)")
    if not numpy.all(numpy.asarray(in_rho_0) > 0):
        raise ValueError("the density must be positive")
    out = numpy.empty(batch + (2,))
    out[..., 0] = 2.871234000188192*t4*in_rho_0**(1.6666666666666667)
    out[..., 1] = 4.785390000313653*t4*in_rho_0**(0.6666666666666666)
    results, start = [], 0
    for shape, size in [((), 1), ((), 1)]:
        results.append(out[..., start:start + size].reshape(batch + shape))
        start += size
    return tuple(results)


def vw_density(A, g):
    """vW density w = c_vW det(I+A) |(I+A)^-T g|^2, g = grad_z sqrt(rho), and dw/dg (seed 001 eq 3.11) (hartree units; cell side 4, valence 1, Gaussian ions of width 1/2)

    A: shape (..., 3, 3)
    g: shape (..., 3)
    returns w (..., ), dw_dg (..., 3)
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
    batch, flat_g = _split(g, "g", (3,))
    batches.append(batch)
    in_g_0 = flat_g[..., 0]
    in_g_1 = flat_g[..., 1]
    in_g_2 = flat_g[..., 2]
    batch = numpy.broadcast_shapes(*batches)
    t0 = in_A_0*in_A_4
    t1 = in_A_5*in_A_7
    t2 = in_A_1*in_A_3
    t3 = in_A_2*in_A_6
    t4 = in_A_0*in_A_8
    t5 = 1.0 + in_A_0
    t6 = in_A_8 + t4 + t5 - t3
    t7 = in_A_4 + t0 - t2
    t8 = in_A_4*in_A_8
    t9 = t8 - t1
    t10 = t6 + t7 + t9 + in_A_8*t0 - in_A_0*t1 - in_A_4*t3 - in_A_8*t2 + in_A_1*in_A_5*in_A_6 + in_A_2*in_A_3*in_A_7
    t11 = (t10)**-1
    t12 = in_A_1*in_A_8
    t13 = in_A_0*in_A_7
    t14 = in_g_0*(-in_A_1 - t12 + in_A_2*in_A_7) + in_g_1*t6 + in_g_2*(-in_A_7 - t13 + in_A_1*in_A_6)
    t15 = in_A_2*in_A_4
    t16 = in_A_0*in_A_5
    t17 = in_g_0*(-in_A_2 - t15 + in_A_1*in_A_5) + in_g_1*(-in_A_5 - t16 + in_A_2*in_A_3) + in_g_2*(t5 + t7)
    t18 = in_A_3*in_A_8
    t19 = in_A_4*in_A_6
    t20 = in_g_0*(1.0 + in_A_4 + in_A_8 + t9) + in_g_1*(-in_A_3 - t18 + in_A_5*in_A_6) + in_g_2*(-in_A_6 - t19 + in_A_3*in_A_7)
    t21 = (0.5)*t14
    t22 = (0.5)*t17
    t23 = 2.0*in_A_4
    t24 = 2.0 + 2.0*in_A_8
    t25 = (0.5)*t20
    t26 = 2.0*in_A_0
    if not numpy.all(numpy.asarray(t10) > 0):
        raise ValueError("det(I + A) must be positive (an orientation-preserving deformation)")
    out = numpy.empty(batch + (4,))
    out[..., 0] = t11*((0.5)*(t14)**2 + (0.5)*(t17)**2 + (0.5)*(t20)**2)
    out[..., 1] = t11*(t21*(-2.0*in_A_1 - 2.0*t12 + 2.0*in_A_2*in_A_7) + t22*(-2.0*in_A_2 - 2.0*t15 + 2.0*in_A_1*in_A_5) + t25*(t23 + t24 - 2.0*t1 + 2.0*t8))
    out[..., 2] = t11*(t21*(t24 + t26 - 2.0*t3 + 2.0*t4) + t22*(-2.0*in_A_5 - 2.0*t16 + 2.0*in_A_2*in_A_3) + t25*(-2.0*in_A_3 - 2.0*t18 + 2.0*in_A_5*in_A_6))
    out[..., 3] = t11*(t21*(-2.0*in_A_7 - 2.0*t13 + 2.0*in_A_1*in_A_6) + t22*(2.0 + t23 + t26 - 2.0*t2 + 2.0*t0) + t25*(-2.0*in_A_6 - 2.0*t19 + 2.0*in_A_3*in_A_7))
    results, start = [], 0
    for shape, size in [((), 1), ((3,), 3)]:
        results.append(out[..., start:start + size].reshape(batch + shape))
        start += size
    return tuple(results)


def hartree_mode(A, k, f):
    """Hartree energy of one mode k != 0, e = 2 pi det(I+A) |f - m_k|^2 / |(I+A)^-T k|^2 with f = rho_k (Re, Im), and de/df (seed 001 eqs 3.11, 3.13) (hartree units; cell side 4, valence 1, Gaussian ions of width 1/2)

    A: shape (..., 3, 3)
    k: shape (..., 3)
    f: shape (..., 2)
    returns e (..., ), de_df (..., 2)
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
    batch, flat_k = _split(k, "k", (3,))
    batches.append(batch)
    in_k_0 = flat_k[..., 0]
    in_k_1 = flat_k[..., 1]
    in_k_2 = flat_k[..., 2]
    batch, flat_f = _split(f, "f", (2,))
    batches.append(batch)
    in_f_0 = flat_f[..., 0]
    in_f_1 = flat_f[..., 1]
    batch = numpy.broadcast_shapes(*batches)
    t0 = in_A_0*in_A_4
    t1 = in_A_1*in_A_5*in_A_6
    t2 = in_A_2*in_A_3*in_A_7
    t3 = in_A_5*in_A_7
    t4 = in_A_1*in_A_3
    t5 = in_A_2*in_A_6
    t6 = in_A_0*in_A_8
    t7 = 1.0 + in_A_0
    t8 = in_A_8 + t6 + t7 - t5
    t9 = in_A_4 + t0 - t4
    t10 = in_A_4*in_A_8
    t11 = t10 - t3
    t12 = t1 + t11 + t2 + t8 + t9 + in_A_8*t0 - in_A_0*t3 - in_A_4*t5 - in_A_8*t4
    t13 = 64.0*in_A_0
    t14 = 64.0*in_A_4
    t15 = 64.0*in_A_8
    t16 = (in_k_0*(-in_A_1 + in_A_2*in_A_7 - in_A_1*in_A_8) + in_k_1*t8 + in_k_2*(-in_A_7 + in_A_1*in_A_6 - in_A_0*in_A_7))**2
    t17 = (in_k_0*(-in_A_2 + in_A_1*in_A_5 - in_A_2*in_A_4) + in_k_1*(-in_A_5 + in_A_2*in_A_3 - in_A_0*in_A_5) + in_k_2*(t7 + t9))**2
    t18 = (in_k_0*(1.0 + in_A_4 + in_A_8 + t11) + in_k_1*(-in_A_3 + in_A_5*in_A_6 - in_A_3*in_A_8) + in_k_2*(-in_A_6 + in_A_3*in_A_7 - in_A_4*in_A_6))**2
    t19 = numpy.exp((0.5)*(-0.25*t16 - 0.25*t17 - 0.25*t18)/(t12)**2)/(64.0 + t13 + t14 + t15 - 64.0*t3 - 64.0*t4 - 64.0*t5 + 64.0*t0 + 64.0*t1 + 64.0*t10 + 64.0*t2 + 64.0*t6 + t0*t15 - t13*t3 - t14*t5 - t15*t4)
    t20 = (t12)**3/(t16 + t17 + t18)
    t21 = 6.283185307179586*t20
    if not numpy.all(numpy.asarray(t12) > 0):
        raise ValueError("det(I + A) must be positive (an orientation-preserving deformation)")
    if not numpy.all(numpy.asarray((in_k_0)**2 + (in_k_1)**2 + (in_k_2)**2) > 0):
        raise ValueError("k = 0 is not a Hartree mode: leave out the cell mean (the cell is neutral)")
    out = numpy.empty(batch + (3,))
    out[..., 0] = t21*((in_f_1)**2 + (in_f_0 - t19)**2)
    out[..., 1] = t21*(-2.0*t19 + 2.0*in_f_0)
    out[..., 2] = 12.566370614359172*in_f_1*t20
    results, start = [], 0
    for shape, size in [((), 1), ((2,), 2)]:
        results.append(out[..., start:start + size].reshape(batch + shape))
        start += size
    return tuple(results)


def ion_charge(A, k):
    """Fourier coefficient m_k of the ion charge m(z; A) of seed 001 eq 3.12 (hartree units; cell side 4, valence 1, Gaussian ions of width 1/2)

    A: shape (..., 3, 3)
    k: shape (..., 3)
    returns m (..., )
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
    batch, flat_k = _split(k, "k", (3,))
    batches.append(batch)
    in_k_0 = flat_k[..., 0]
    in_k_1 = flat_k[..., 1]
    in_k_2 = flat_k[..., 2]
    batch = numpy.broadcast_shapes(*batches)
    t0 = in_A_0*in_A_4
    t1 = in_A_1*in_A_5*in_A_6
    t2 = in_A_2*in_A_3*in_A_7
    t3 = in_A_5*in_A_7
    t4 = in_A_1*in_A_3
    t5 = in_A_2*in_A_6
    t6 = in_A_0*in_A_8
    t7 = 1.0 + in_A_0
    t8 = in_A_8 + t6 + t7 - t5
    t9 = in_A_4 + t0 - t4
    t10 = in_A_4*in_A_8
    t11 = t10 - t3
    t12 = t1 + t11 + t2 + t8 + t9 + in_A_8*t0 - in_A_0*t3 - in_A_4*t5 - in_A_8*t4
    t13 = 64.0*in_A_0
    t14 = 64.0*in_A_4
    t15 = 64.0*in_A_8
    if not numpy.all(numpy.asarray(t12) > 0):
        raise ValueError("det(I + A) must be positive (an orientation-preserving deformation)")
    out = numpy.empty(batch + (1,))
    out[..., 0] = numpy.exp((0.5)*(-0.25*(in_k_0*(-in_A_1 + in_A_2*in_A_7 - in_A_1*in_A_8) + in_k_1*t8 + in_k_2*(-in_A_7 + in_A_1*in_A_6 - in_A_0*in_A_7))**2 - 0.25*(in_k_0*(-in_A_2 + in_A_1*in_A_5 - in_A_2*in_A_4) + in_k_1*(-in_A_5 + in_A_2*in_A_3 - in_A_0*in_A_5) + in_k_2*(t7 + t9))**2 - 0.25*(in_k_0*(1.0 + in_A_4 + in_A_8 + t11) + in_k_1*(-in_A_3 + in_A_5*in_A_6 - in_A_3*in_A_8) + in_k_2*(-in_A_6 + in_A_3*in_A_7 - in_A_4*in_A_6))**2)/(t12)**2)/(64.0 + t13 + t14 + t15 - 64.0*t3 - 64.0*t4 - 64.0*t5 + 64.0*t0 + 64.0*t1 + 64.0*t10 + 64.0*t2 + 64.0*t6 + t0*t15 - t13*t3 - t14*t5 - t15*t4)
    return out.reshape(batch + ())


def tf_stress(A, rho):
    """dw/dA of the TF density at fixed rho (seed 001 eq 4.6, first term) (hartree units; cell side 4, valence 1, Gaussian ions of width 1/2)

    A: shape (..., 3, 3)
    rho: shape (..., )
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
    batch, flat_rho = _split(rho, "rho", ())
    batches.append(batch)
    in_rho_0 = flat_rho[..., 0]
    batch = numpy.broadcast_shapes(*batches)
    t0 = in_A_0*in_A_4
    t1 = in_A_5*in_A_7
    t2 = in_A_1*in_A_3
    t3 = in_A_2*in_A_6
    t4 = 1.0 + in_A_8
    t5 = in_A_4 + t4 - t1 + in_A_4*in_A_8
    t6 = in_A_0 - t3 + in_A_0*in_A_8
    t7 = t0 - t2
    t8 = 2.871234000188192*in_rho_0**(1.6666666666666667)
    if not numpy.all(numpy.asarray(t5 + t6 + t7 + in_A_8*t0 - in_A_0*t1 - in_A_4*t3 - in_A_8*t2 + in_A_1*in_A_5*in_A_6 + in_A_2*in_A_3*in_A_7) > 0):
        raise ValueError("det(I + A) must be positive (an orientation-preserving deformation)")
    if not numpy.all(numpy.asarray(in_rho_0) > 0):
        raise ValueError("the density must be positive")
    out = numpy.empty(batch + (9,))
    out[..., 0] = t5*t8
    out[..., 1] = t8*(-in_A_3 + in_A_5*in_A_6 - in_A_3*in_A_8)
    out[..., 2] = t8*(-in_A_6 + in_A_3*in_A_7 - in_A_4*in_A_6)
    out[..., 3] = t8*(-in_A_1 + in_A_2*in_A_7 - in_A_1*in_A_8)
    out[..., 4] = t8*(t4 + t6)
    out[..., 5] = t8*(-in_A_7 + in_A_1*in_A_6 - in_A_0*in_A_7)
    out[..., 6] = t8*(-in_A_2 + in_A_1*in_A_5 - in_A_2*in_A_4)
    out[..., 7] = t8*(-in_A_5 + in_A_2*in_A_3 - in_A_0*in_A_5)
    out[..., 8] = t8*(1.0 + in_A_0 + in_A_4 + t7)
    return out.reshape(batch + (3, 3,))


def vw_stress(A, g):
    """dw/dA of the vW density at fixed grad_z sqrt(rho) (seed 001 eq 4.6) (hartree units; cell side 4, valence 1, Gaussian ions of width 1/2)

    A: shape (..., 3, 3)
    g: shape (..., 3)
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
    batch, flat_g = _split(g, "g", (3,))
    batches.append(batch)
    in_g_0 = flat_g[..., 0]
    in_g_1 = flat_g[..., 1]
    in_g_2 = flat_g[..., 2]
    batch = numpy.broadcast_shapes(*batches)
    t0 = in_A_0*in_A_4
    t1 = in_A_5*in_A_7
    t2 = in_A_1*in_A_3
    t3 = in_A_2*in_A_6
    t4 = 1.0 + in_A_4
    t5 = in_A_0 + t0 + t4 - t2
    t6 = -t3 + in_A_0*in_A_8
    t7 = in_A_8 - t1 + in_A_4*in_A_8
    t8 = t5 + t6 + t7 + in_A_8*t0 - in_A_0*t1 - in_A_4*t3 - in_A_8*t2 + in_A_1*in_A_5*in_A_6 + in_A_2*in_A_3*in_A_7
    t9 = (t8)**-1
    t10 = 2.0*in_g_1
    t11 = in_A_5*t10
    t12 = in_A_2 + in_A_2*in_A_4 - in_A_1*in_A_5
    t13 = in_A_5 + in_A_0*in_A_5 - in_A_2*in_A_3
    t14 = in_g_2*t5 - in_g_0*t12 - in_g_1*t13
    t15 = (0.5)*t14
    t16 = 1.0 + in_A_8
    t17 = 2.0*in_g_2
    t18 = in_A_7*t17
    t19 = in_A_1 + in_A_1*in_A_8 - in_A_2*in_A_7
    t20 = in_A_0 + t16 + t6
    t21 = in_A_7 + in_A_0*in_A_7 - in_A_1*in_A_6
    t22 = in_g_1*t20 - in_g_0*t19 - in_g_2*t21
    t23 = (0.5)*t22
    t24 = t4 + t7
    t25 = in_A_3 + in_A_3*in_A_8 - in_A_5*in_A_6
    t26 = in_A_6 + in_A_4*in_A_6 - in_A_3*in_A_7
    t27 = in_g_0*t24 - in_g_1*t25 - in_g_2*t26
    t28 = ((0.5)*(t14)**2 + (0.5)*(t22)**2 + (0.5)*(t27)**2)/(t8)**2
    t29 = in_A_3*t17 - 2.0*in_A_5*in_g_0
    t30 = in_A_6*t17
    t31 = -t16
    t32 = 2.0*in_g_0
    t33 = in_A_6*t10 - 2.0*in_A_7*in_g_0
    t34 = in_A_3*t10
    t35 = -t4
    t36 = in_A_1*t17 - 2.0*in_A_2*in_g_1
    t37 = (0.5)*t27
    t38 = 1.0 + in_A_0
    t39 = in_A_2*t32
    t40 = in_A_1*t32
    t41 = -t38
    if not numpy.all(numpy.asarray(t8) > 0):
        raise ValueError("det(I + A) must be positive (an orientation-preserving deformation)")
    out = numpy.empty(batch + (9,))
    out[..., 0] = t9*(t15*(-t11 + 2.0*in_g_2*t4) + t23*(-t18 + 2.0*in_g_1*t16)) - t24*t28
    out[..., 1] = t25*t28 + t9*(t23*(t30 + t31*t32) - t15*t29)
    out[..., 2] = t26*t28 + t9*(t15*(t34 + t32*t35) - t23*t33)
    out[..., 3] = t19*t28 + t9*(t37*(t18 + t10*t31) - t15*t36)
    out[..., 4] = t9*(t15*(-t39 + 2.0*in_g_2*t38) + t37*(-t30 + 2.0*in_g_0*t16)) - t20*t28
    out[..., 5] = t21*t28 + t9*(t15*(t40 + t10*t41) + t33*t37)
    out[..., 6] = t12*t28 + t9*(t23*t36 + t37*(t11 + t17*t35))
    out[..., 7] = t13*t28 + t9*(t23*(t39 + t17*t41) + t29*t37)
    out[..., 8] = t9*(t23*(-t40 + 2.0*in_g_1*t38) + t37*(-t34 + 2.0*in_g_0*t4)) - t28*t5
    return out.reshape(batch + (3, 3,))


def hartree_stress(A, k, f):
    """de/dA of one Hartree mode at fixed rho_k, ions of fixed physical shape (seed 001 eqs 3.12, 4.6) (hartree units; cell side 4, valence 1, Gaussian ions of width 1/2)

    A: shape (..., 3, 3)
    k: shape (..., 3)
    f: shape (..., 2)
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
    batch, flat_k = _split(k, "k", (3,))
    batches.append(batch)
    in_k_0 = flat_k[..., 0]
    in_k_1 = flat_k[..., 1]
    in_k_2 = flat_k[..., 2]
    batch, flat_f = _split(f, "f", (2,))
    batches.append(batch)
    in_f_0 = flat_f[..., 0]
    in_f_1 = flat_f[..., 1]
    batch = numpy.broadcast_shapes(*batches)
    t0 = in_A_0*in_A_4
    t1 = in_A_1*in_A_6
    t2 = in_A_2*in_A_7
    t3 = in_A_5*in_A_7
    t4 = in_A_1*in_A_3
    t5 = in_A_2*in_A_6
    t6 = in_A_0*in_A_8
    t7 = in_A_0 + t6 - t5
    t8 = 1.0 + in_A_4
    t9 = t0 + t8 - t4
    t10 = in_A_4*in_A_8
    t11 = in_A_8 + t10 - t3
    t12 = t11 + t7 + t9 + in_A_3*t2 + in_A_5*t1 + in_A_8*t0 - in_A_0*t3 - in_A_4*t5 - in_A_8*t4
    t13 = 3.0*in_A_4
    t14 = 3.0 + 3.0*in_A_8
    t15 = (t12)**2
    t16 = 64.0*in_A_0
    t17 = 64.0*in_A_8
    t18 = 64.0*in_A_4
    t19 = 64.0*in_A_5
    t20 = 64.0*in_A_3
    t21 = 64.0 + t17
    t22 = t18 + t21 - 64.0*t3 + 64.0*t10
    t23 = t16 - 64.0*t5 + 64.0*t6
    t24 = -64.0*t4 + 64.0*t0
    t25 = t22 + t23 + t24 + t0*t17 + t1*t19 + t2*t20 - t16*t3 - t17*t4 - t18*t5
    t26 = in_A_1*in_A_8
    t27 = 1.0 + in_A_8
    t28 = in_A_0*in_A_7
    t29 = in_k_0*(-in_A_1 - t26 + in_A_2*in_A_7) + in_k_1*(t27 + t7) + in_k_2*(-in_A_7 - t28 + in_A_1*in_A_6)
    t30 = (t29)**2
    t31 = in_A_2*in_A_4
    t32 = in_A_0*in_A_5
    t33 = in_k_0*(-in_A_2 - t31 + in_A_1*in_A_5) + in_k_1*(-in_A_5 - t32 + in_A_2*in_A_3) + in_k_2*(in_A_0 + t9)
    t34 = (t33)**2
    t35 = in_A_3*in_A_8
    t36 = in_A_4*in_A_6
    t37 = in_k_0*(t11 + t8) + in_k_1*(-in_A_3 - t35 + in_A_5*in_A_6) + in_k_2*(-in_A_6 - t36 + in_A_3*in_A_7)
    t38 = (t37)**2
    t39 = -0.25*t30 - 0.25*t34 - 0.25*t38
    t40 = (0.5)/t15
    t41 = numpy.exp(t39*t40)
    t42 = t41/t25
    t43 = in_f_0 - t42
    t44 = (in_f_1)**2 + (t43)**2
    t45 = t30 + t34 + t38
    t46 = 6.283185307179586/t45
    t47 = t15*t44*t46
    t48 = 2.0*in_A_5
    t49 = in_k_1*t48
    t50 = t33*(-t49 + 2.0*in_k_2*t8)
    t51 = 2.0*in_A_7
    t52 = in_k_2*t51
    t53 = t29*(-t52 + 2.0*in_k_1*t27)
    t54 = 2.0*in_A_4
    t55 = 2.0 + 2.0*in_A_8
    t56 = (t12)**3
    t57 = (0.5)*t39/t56
    t58 = 2.0*t42
    t59 = 2.0*t41/(t25)**2
    t60 = t43*t46*t56
    t61 = 6.283185307179586*t44*t56/(t45)**2
    t62 = 2.0*in_A_3
    t63 = in_k_2*t62 - 2.0*in_A_5*in_k_0
    t64 = -t33*t63
    t65 = 2.0*in_A_6
    t66 = in_k_2*t65
    t67 = -t27
    t68 = 2.0*in_k_0
    t69 = t29*(t66 + t67*t68)
    t70 = in_A_5*in_A_6
    t71 = in_k_1*t65 - 2.0*in_A_7*in_k_0
    t72 = -t29*t71
    t73 = in_k_1*t62
    t74 = -t8
    t75 = t33*(t73 + t68*t74)
    t76 = in_A_3*in_A_7
    t77 = 2.0*in_A_1
    t78 = in_k_2*t77 - 2.0*in_A_2*in_k_1
    t79 = -t33*t78
    t80 = 2.0*in_k_1
    t81 = t37*(t52 + t67*t80)
    t82 = 3.0*in_A_0
    t83 = 1.0 + in_A_0
    t84 = 2.0*in_A_2
    t85 = in_k_0*t84
    t86 = t33*(-t85 + 2.0*in_k_2*t83)
    t87 = t37*(-t66 + 2.0*in_k_0*t27)
    t88 = 2.0*in_A_0
    t89 = t37*t71
    t90 = in_k_0*t77
    t91 = -t83
    t92 = t33*(t90 + t80*t91)
    t93 = t29*t78
    t94 = 2.0*in_k_2
    t95 = t37*(t49 + t74*t94)
    t96 = in_A_1*in_A_5
    t97 = t37*t63
    t98 = t29*(t85 + t91*t94)
    t99 = in_A_2*in_A_3
    t100 = t29*(-t90 + 2.0*in_k_1*t83)
    t101 = t37*(-t73 + 2.0*in_k_0*t8)
    if not numpy.all(numpy.asarray(t12) > 0):
        raise ValueError("det(I + A) must be positive (an orientation-preserving deformation)")
    if not numpy.all(numpy.asarray((in_k_0)**2 + (in_k_1)**2 + (in_k_2)**2) > 0):
        raise ValueError("k = 0 is not a Hartree mode: leave out the cell mean (the cell is neutral)")
    out = numpy.empty(batch + (9,))
    out[..., 0] = t47*(t13 + t14 - 3.0*t3 + 3.0*t10) + t60*(t22*t59 - t58*(t40*(-0.25*t50 - 0.25*t53) + t57*(-t54 - t55 - 2.0*t10 + 2.0*in_A_5*in_A_7))) + t61*(-t50 - t53)
    out[..., 1] = t47*(-3.0*in_A_3 - 3.0*t35 + 3.0*in_A_5*in_A_6) + t60*(-t58*(t40*(-0.25*t64 - 0.25*t69) + t57*(t62 - 2.0*t70 + 2.0*t35)) - t59*(t20 - 64.0*t70 + 64.0*t35)) + t61*(-t64 - t69)
    out[..., 2] = t47*(-3.0*in_A_6 - 3.0*t36 + 3.0*in_A_3*in_A_7) + t60*(-t58*(t40*(-0.25*t72 - 0.25*t75) + t57*(t65 - 2.0*t76 + 2.0*t36)) - t59*(-64.0*t76 + 64.0*in_A_6 + 64.0*t36)) + t61*(-t72 - t75)
    out[..., 3] = t47*(-3.0*in_A_1 - 3.0*t26 + 3.0*in_A_2*in_A_7) + t60*(-t58*(t40*(-0.25*t79 - 0.25*t81) + t57*(t77 - 2.0*t2 + 2.0*t26)) - t59*(-64.0*t2 + 64.0*in_A_1 + 64.0*t26)) + t61*(-t79 - t81)
    out[..., 4] = t47*(t14 + t82 - 3.0*t5 + 3.0*t6) + t60*(-t58*(t40*(-0.25*t86 - 0.25*t87) + t57*(-t55 - t88 - 2.0*t6 + 2.0*in_A_2*in_A_6)) - t59*(-t21 - t23)) + t61*(-t86 - t87)
    out[..., 5] = t47*(-3.0*in_A_7 - 3.0*t28 + 3.0*in_A_1*in_A_6) + t60*(-t58*(t40*(-0.25*t89 - 0.25*t92) + t57*(t51 - 2.0*t1 + 2.0*t28)) - t59*(-64.0*t1 + 64.0*in_A_7 + 64.0*t28)) + t61*(-t89 - t92)
    out[..., 6] = t47*(-3.0*in_A_2 - 3.0*t31 + 3.0*in_A_1*in_A_5) + t60*(-t58*(t40*(-0.25*t93 - 0.25*t95) + t57*(t84 - 2.0*t96 + 2.0*t31)) - t59*(-64.0*t96 + 64.0*in_A_2 + 64.0*t31)) + t61*(-t93 - t95)
    out[..., 7] = t47*(-3.0*in_A_5 - 3.0*t32 + 3.0*in_A_2*in_A_3) + t60*(-t58*(t40*(-0.25*t97 - 0.25*t98) + t57*(t48 - 2.0*t99 + 2.0*t32)) - t59*(t19 - 64.0*t99 + 64.0*t32)) + t61*(-t97 - t98)
    out[..., 8] = t47*(3.0 + t13 + t82 - 3.0*t4 + 3.0*t0) + t60*(-t58*(t40*(-0.25*t100 - 0.25*t101) + t57*(-2.0 - t54 - t88 - 2.0*t0 + 2.0*in_A_1*in_A_3)) - t59*(-64.0 - t16 - t18 - t24)) + t61*(-t100 - t101)
    return out.reshape(batch + (3, 3,))


def constraint_stress(A, lam):
    """lam dg/dA = lam n (I+A)^-T / det(I+A), the constraint term of seed 001 eq 4.6 (eq 4.7 with its transpose corrected) (hartree units; cell side 4, valence 1, Gaussian ions of width 1/2)

    A: shape (..., 3, 3)
    lam: shape (..., )
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
    batch, flat_lam = _split(lam, "lam", ())
    batches.append(batch)
    in_lam_0 = flat_lam[..., 0]
    batch = numpy.broadcast_shapes(*batches)
    t0 = in_A_0*in_A_4
    t1 = in_A_5*in_A_6
    t2 = in_A_3*in_A_7
    t3 = in_A_5*in_A_7
    t4 = in_A_1*in_A_3
    t5 = in_A_2*in_A_6
    t6 = 1.0 + in_A_8
    t7 = in_A_4 + t6 - t3 + in_A_4*in_A_8
    t8 = in_A_0 - t5 + in_A_0*in_A_8
    t9 = t0 - t4
    t10 = t7 + t8 + t9 + in_A_1*t1 + in_A_2*t2 + in_A_8*t0 - in_A_0*t3 - in_A_4*t5 - in_A_8*t4
    t11 = in_lam_0/(t10)**2
    if not numpy.all(numpy.asarray(t10) > 0):
        raise ValueError("det(I + A) must be positive (an orientation-preserving deformation)")
    out = numpy.empty(batch + (9,))
    out[..., 0] = t11*t7
    out[..., 1] = -t11*(in_A_3 - t1 + in_A_3*in_A_8)
    out[..., 2] = -t11*(in_A_6 - t2 + in_A_4*in_A_6)
    out[..., 3] = -t11*(in_A_1 + in_A_1*in_A_8 - in_A_2*in_A_7)
    out[..., 4] = -t11*(-t6 - t8)
    out[..., 5] = -t11*(in_A_7 + in_A_0*in_A_7 - in_A_1*in_A_6)
    out[..., 6] = -t11*(in_A_2 + in_A_2*in_A_4 - in_A_1*in_A_5)
    out[..., 7] = -t11*(in_A_5 + in_A_0*in_A_5 - in_A_2*in_A_3)
    out[..., 8] = -t11*(-1.0 - in_A_0 - in_A_4 - t9)
    return out.reshape(batch + (3, 3,))
