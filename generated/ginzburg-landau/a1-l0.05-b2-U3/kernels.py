# symms ginzburg-landau/a1-l0.05-b2-U3; regenerate with: symms derive ginzburg-landau --alpha 1.0 --lambda 0.05 --beta 2.0 --U-max 3.0
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


def diffusivity(U, alpha, lam, beta):
    """D(U) = (1/2) dh/dU = -F''(U)/(2 beta) to O(lam^3): the diffusion coefficient of eq 5.3 (corrected eq 5.5) for V = alpha phi^2 + lam phi^4. Inputs broadcast over leading axes.

    U: shape (..., )
    alpha: shape (..., )
    lam: shape (..., )
    beta: shape (..., )
    returns D (..., )
    """
    batches = []
    batch, flat_U = _split(U, "U", ())
    batches.append(batch)
    in_U_0 = flat_U[..., 0]
    batch, flat_alpha = _split(alpha, "alpha", ())
    batches.append(batch)
    in_alpha_0 = flat_alpha[..., 0]
    batch, flat_lam = _split(lam, "lam", ())
    batches.append(batch)
    in_lam_0 = flat_lam[..., 0]
    batch, flat_beta = _split(beta, "beta", ())
    batches.append(batch)
    in_beta_0 = flat_beta[..., 0]
    batch = numpy.broadcast_shapes(*batches)
    t0 = (in_U_0)**2
    t1 = 4.0 + in_alpha_0
    t2 = (in_alpha_0)**2
    t3 = t2 + 4.0*in_alpha_0
    t4 = numpy.sqrt(t3)
    t5 = t4/in_beta_0
    t6 = (in_beta_0)**-2
    t7 = 3.0 + in_alpha_0
    t8 = (in_lam_0)**2/((t1)**2*t2)
    t9 = 2.0 + in_alpha_0
    t10 = (in_alpha_0)**4
    t11 = (in_alpha_0)**3
    t12 = (in_lam_0)**3
    t13 = t12/(t7)**2
    t14 = 1.0/((t1)**3*t11)
    if not numpy.all(numpy.asarray(in_alpha_0) > 0):
        raise ValueError("alpha must be > 0 (the Gaussian reference of the series)")
    if not numpy.all(numpy.asarray(in_beta_0) > 0):
        raise ValueError("beta must be > 0 (the inverse temperature)")
    out = numpy.empty(batch + (1,))
    out[..., 0] = in_alpha_0 + 6.0*in_lam_0*t0 - 54.0*t0*t5*t8*t9 - 3.0*t6*t8*(26.0 + 5.0*t2 + 25.0*in_alpha_0)/t7 + 3.0*in_lam_0*t5/(in_alpha_0*t1) + 162.0*t0*t13*t14*t6*(272.0 + 7.0*t10 + 70.0*t11 + 255.0*t2 + 412.0*in_alpha_0) + 540.0*t12*t14*t5*(in_U_0)**4*(6.0 + t3) + 18.0*t13*t4*(1254.0 + 10.0*(in_alpha_0)**6 + 140.0*(in_alpha_0)**5 + 793.0*t10 + 2334.0*t11 + 3324.0*in_alpha_0 + 3805.0*t2)/((in_beta_0)**3*(t1)**4*t10*(t9)**2)
    return out.reshape(batch + ())


def chemical_potential(U, alpha, lam, beta):
    """h(U) = <dH/dphi_i> at mean U to O(lam^3): the chemical potential, d_t U = (1/2) Laplacian h(U) (the hydrodynamic limit of eq 5.2). Inputs broadcast over leading axes.

    U: shape (..., )
    alpha: shape (..., )
    lam: shape (..., )
    beta: shape (..., )
    returns h (..., )
    """
    batches = []
    batch, flat_U = _split(U, "U", ())
    batches.append(batch)
    in_U_0 = flat_U[..., 0]
    batch, flat_alpha = _split(alpha, "alpha", ())
    batches.append(batch)
    in_alpha_0 = flat_alpha[..., 0]
    batch, flat_lam = _split(lam, "lam", ())
    batches.append(batch)
    in_lam_0 = flat_lam[..., 0]
    batch, flat_beta = _split(beta, "beta", ())
    batches.append(batch)
    in_beta_0 = flat_beta[..., 0]
    batch = numpy.broadcast_shapes(*batches)
    t0 = (in_U_0)**3
    t1 = 4.0 + in_alpha_0
    t2 = (in_alpha_0)**2
    t3 = t2 + 4.0*in_alpha_0
    t4 = numpy.sqrt(t3)
    t5 = t4/in_beta_0
    t6 = 6.0*in_U_0
    t7 = 2.0 + in_alpha_0
    t8 = (in_lam_0)**2/((t1)**2*t2)
    t9 = (in_beta_0)**-2
    t10 = 3.0 + in_alpha_0
    t11 = (in_alpha_0)**4
    t12 = (in_alpha_0)**3
    t13 = (in_lam_0)**3
    t14 = t13/(t10)**2
    t15 = 1.0/((t1)**3*t12)
    if not numpy.all(numpy.asarray(in_alpha_0) > 0):
        raise ValueError("alpha must be > 0 (the Gaussian reference of the series)")
    if not numpy.all(numpy.asarray(in_beta_0) > 0):
        raise ValueError("beta must be > 0 (the inverse temperature)")
    out = numpy.empty(batch + (1,))
    out[..., 0] = 2.0*in_U_0*in_alpha_0 + 4.0*in_lam_0*t0 - 36.0*t0*t5*t7*t8 + in_lam_0*t5*t6/(in_alpha_0*t1) - t6*t8*t9*(26.0 + 5.0*t2 + 25.0*in_alpha_0)/t10 + 108.0*t0*t14*t15*t9*(272.0 + 7.0*t11 + 70.0*t12 + 255.0*t2 + 412.0*in_alpha_0) + 216.0*t13*t15*t5*(in_U_0)**5*(6.0 + t3) + 36.0*in_U_0*t14*t4*(1254.0 + 10.0*(in_alpha_0)**6 + 140.0*(in_alpha_0)**5 + 793.0*t11 + 2334.0*t12 + 3324.0*in_alpha_0 + 3805.0*t2)/((in_beta_0)**3*(t1)**4*t11*(t7)**2)
    return out.reshape(batch + ())
