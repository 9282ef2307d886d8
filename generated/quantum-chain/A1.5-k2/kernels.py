# symms quantum-chain/A1.5-k2; regenerate with: symms derive quantum-chain --potential 'u**3 - 8*u**2' --A 1.5 --ion-stiffness 2.0
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


def energy_density(phi, dphi, L):
    """w = dphi^2/L^2 + L V(phi^2/L): the energy density in s = z/L, W = int_0^1 w ds (seed 001 eq 4.13). Inputs broadcast over leading axes.

    phi: shape (..., )
    dphi: shape (..., )
    L: shape (..., )
    returns w (..., )
    """
    batches = []
    batch, flat_phi = _split(phi, "phi", ())
    batches.append(batch)
    in_phi_0 = flat_phi[..., 0]
    batch, flat_dphi = _split(dphi, "dphi", ())
    batches.append(batch)
    in_dphi_0 = flat_dphi[..., 0]
    batch, flat_L = _split(L, "L", ())
    batches.append(batch)
    in_L_0 = flat_L[..., 0]
    batch = numpy.broadcast_shapes(*batches)
    t0 = (in_L_0)**-2
    if not numpy.all(numpy.asarray(in_L_0) > 0):
        raise ValueError("the cell length L = 1 + A must be positive (choose A > -1)")
    out = numpy.empty(batch + (1,))
    out[..., 0] = t0*(in_dphi_0)**2 + t0*(in_phi_0)**6 - 8.0*(in_phi_0)**4/in_L_0
    return out.reshape(batch + ())


def fibre_force(phi, d2phi, L):
    """r = d2phi/L^2 - V'(phi^2/L) phi: the right side of eq 4.15 without lambda phi, in s = z/L (times L^{-1/2} in z). Inputs broadcast over leading axes.

    phi: shape (..., )
    d2phi: shape (..., )
    L: shape (..., )
    returns r (..., )
    """
    batches = []
    batch, flat_phi = _split(phi, "phi", ())
    batches.append(batch)
    in_phi_0 = flat_phi[..., 0]
    batch, flat_d2phi = _split(d2phi, "d2phi", ())
    batches.append(batch)
    in_d2phi_0 = flat_d2phi[..., 0]
    batch, flat_L = _split(L, "L", ())
    batches.append(batch)
    in_L_0 = flat_L[..., 0]
    batch = numpy.broadcast_shapes(*batches)
    t0 = (in_L_0)**-2
    if not numpy.all(numpy.asarray(in_L_0) > 0):
        raise ValueError("the cell length L = 1 + A must be positive (choose A > -1)")
    out = numpy.empty(batch + (1,))
    out[..., 0] = in_d2phi_0*t0 - 3.0*t0*(in_phi_0)**5 + 16.0*(in_phi_0)**3/in_L_0
    return out.reshape(batch + ())


def stress_density(phi, dphi, L):
    """sigma = dw/dL at fixed phi: its cell average is dW/dA at fixed phi, the flux of eq 4.20 (= dW_CB/dA at a ground state). Inputs broadcast over leading axes.

    phi: shape (..., )
    dphi: shape (..., )
    L: shape (..., )
    returns sigma (..., )
    """
    batches = []
    batch, flat_phi = _split(phi, "phi", ())
    batches.append(batch)
    in_phi_0 = flat_phi[..., 0]
    batch, flat_dphi = _split(dphi, "dphi", ())
    batches.append(batch)
    in_dphi_0 = flat_dphi[..., 0]
    batch, flat_L = _split(L, "L", ())
    batches.append(batch)
    in_L_0 = flat_L[..., 0]
    batch = numpy.broadcast_shapes(*batches)
    t0 = 2.0/(in_L_0)**3
    if not numpy.all(numpy.asarray(in_L_0) > 0):
        raise ValueError("the cell length L = 1 + A must be positive (choose A > -1)")
    out = numpy.empty(batch + (1,))
    out[..., 0] = -t0*(in_dphi_0)**2 - t0*(in_phi_0)**6 + 8.0*(in_phi_0)**4/(in_L_0)**2
    return out.reshape(batch + ())


def first_integral(phi, dphi, L, lam):
    """e = -psi_z^2 + V(psi^2) - lam psi^2 with psi = phi/sqrt(L), psi_z = dphi/L^(3/2): constant along solutions of eq 4.17 and equal to dW_CB/dA (corrected eqs 4.16, 4.18). Inputs broadcast over leading axes.

    phi: shape (..., )
    dphi: shape (..., )
    L: shape (..., )
    lam: shape (..., )
    returns e (..., )
    """
    batches = []
    batch, flat_phi = _split(phi, "phi", ())
    batches.append(batch)
    in_phi_0 = flat_phi[..., 0]
    batch, flat_dphi = _split(dphi, "dphi", ())
    batches.append(batch)
    in_dphi_0 = flat_dphi[..., 0]
    batch, flat_L = _split(L, "L", ())
    batches.append(batch)
    in_L_0 = flat_L[..., 0]
    batch, flat_lam = _split(lam, "lam", ())
    batches.append(batch)
    in_lam_0 = flat_lam[..., 0]
    batch = numpy.broadcast_shapes(*batches)
    t0 = (in_L_0)**-3
    if not numpy.all(numpy.asarray(in_L_0) > 0):
        raise ValueError("the cell length L = 1 + A must be positive (choose A > -1)")
    out = numpy.empty(batch + (1,))
    out[..., 0] = t0*(in_phi_0)**6 - t0*(in_dphi_0)**2 - 8.0*(in_phi_0)**4/(in_L_0)**2 - in_lam_0*(in_phi_0)**2/in_L_0
    return out.reshape(batch + ())
