# symms closure/quartic-eta0.1; regenerate with: symms derive closure --window quartic --eta 0.1 --particles 128 --order 2
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


def window(u):
    """psi(u), the quartic window of seed 002 (unscaled; psi_eta(x) = psi(x/eta)/eta). u: shape (...).

    u: shape (..., )
    returns psi (..., )
    """
    batches = []
    batch, flat_u = _split(u, "u", ())
    batches.append(batch)
    in_u_0 = flat_u[..., 0]
    batch = numpy.broadcast_shapes(*batches)
    out = numpy.empty(batch + (1,))
    out[..., 0] = (0.9375)*(1.0 - ((0.5)*abs(1.0 + in_u_0) - 0.5*abs(-1.0 + in_u_0))**2)**2
    return out.reshape(batch + ())


def window_antiderivative(u):
    """Psi(u) = int_-inf^u psi, the quartic window. u: shape (...).

    u: shape (..., )
    returns Psi (..., )
    """
    batches = []
    batch, flat_u = _split(u, "u", ())
    batches.append(batch)
    in_u_0 = flat_u[..., 0]
    batch = numpy.broadcast_shapes(*batches)
    t0 = abs(-1.0 + in_u_0)
    t1 = abs(1.0 + in_u_0)
    t2 = (0.5)*t1 - 0.5*t0
    out = numpy.empty(batch + (1,))
    out[..., 0] = 0.5 - 0.46875*t0 - 0.625*(t2)**3 + (0.1875)*(t2)**5 + (0.46875)*t1
    return out.reshape(batch + ())


def bond_integral(d, gap, eta):
    """int_0^1 psi_eta(x - s q_b - (1 - s) q_a) ds (seed 002 eq 5.2) = [Psi((x - q_a)/eta) - Psi((x - q_b)/eta)]/(q_b - q_a). d = x - q_a, gap = q_b - q_a > 0, eta > 0: shape (...) each.

    d: shape (..., )
    gap: shape (..., )
    eta: shape (..., )
    returns bond (..., )
    """
    batches = []
    batch, flat_d = _split(d, "d", ())
    batches.append(batch)
    in_d_0 = flat_d[..., 0]
    batch, flat_gap = _split(gap, "gap", ())
    batches.append(batch)
    in_gap_0 = flat_gap[..., 0]
    batch, flat_eta = _split(eta, "eta", ())
    batches.append(batch)
    in_eta_0 = flat_eta[..., 0]
    batch = numpy.broadcast_shapes(*batches)
    t0 = (in_eta_0)**-1
    t1 = in_d_0*t0
    im_c_a = (0.5)*abs(1.0 + t1) - 0.5*abs(-1.0 + t1)
    t2 = t0*(in_d_0 - in_gap_0)
    im_c_b = (0.5)*abs(1.0 + t2) - 0.5*abs(-1.0 + t2)
    t3 = (in_gap_0)**-1
    t4 = (0.9375)*t3
    t5 = (0.625)*t3
    t6 = (0.1875)*t3
    if not numpy.all(numpy.asarray(in_gap_0) > 0):
        raise ValueError("gap = q_b - q_a must be > 0 (particles crossed or coincide)")
    if not numpy.all(numpy.asarray(in_eta_0) > 0):
        raise ValueError("eta must be > 0")
    out = numpy.empty(batch + (1,))
    out[..., 0] = im_c_a*t4 + t5*(im_c_b)**3 + t6*(im_c_a)**5 - im_c_b*t4 - t5*(im_c_a)**3 - t6*(im_c_b)**5
    return out.reshape(batch + ())
