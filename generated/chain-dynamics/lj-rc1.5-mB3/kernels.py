# symms chain-dynamics/lj-rc1.5-mB3; regenerate with: symms derive chain-dynamics --potential lj --cutoff 1.5 --m-a 1.0 --m-b 3.0
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


def energy(A, p):
    """W(A, p) = [V(p) + V((1 + A) a - p)] / a, energy per reference length (seed 001 eq 4.9). A: strain, p: deformed A-B distance, shape (...) each.

    A: shape (..., )
    p: shape (..., )
    returns W (..., )
    """
    batches = []
    batch, flat_A = _split(A, "A", ())
    batches.append(batch)
    in_A_0 = flat_A[..., 0]
    batch, flat_p = _split(p, "p", ())
    batches.append(batch)
    in_p_0 = flat_p[..., 0]
    batch = numpy.broadcast_shapes(*batches)
    t0 = -in_p_0
    t1 = 2.244924096618746*in_A_0
    t2 = 2.244924096618746 + t0 + t1
    t3 = 0.7449240966187459 + t1
    if not numpy.all(numpy.asarray(t2) > 0):
        raise ValueError("the B-A bond (1 + A) a - p must have positive length")
    if not numpy.all(numpy.asarray(in_p_0) > 0):
        raise ValueError("the A-B bond p must have positive length")
    if not numpy.all(numpy.asarray(-t0 - t3) > 0):
        raise ValueError("the B-A bond (1 + A) a - p leaves the cutoff (outside the nearest-neighbour model)")
    if not numpy.all(numpy.asarray(1.5 - in_p_0) > 0):
        raise ValueError("the A-B bond p leaves the cutoff (outside the nearest-neighbour model)")
    if not numpy.all(numpy.asarray(t3) > 0):
        raise ValueError("second neighbours (A-A and B-B at (1 + A) a) enter the cutoff: eq 4.9 holds for nearest neighbours only")
    out = numpy.empty(batch + (1,))
    out[..., 0] = 1.7817974362806785/(in_p_0)**12 + 1.7817974362806785/(t2)**12 - 1.7817974362806785/(in_p_0)**6 - 1.7817974362806785/(t2)**6
    return out.reshape(batch + ())


def stress(A, p):
    """F = dW/dA = V'((1 + A) a - p), the macro flux of eq 4.12 (eq 4.10). A: strain, p: deformed A-B distance, shape (...) each.

    A: shape (..., )
    p: shape (..., )
    returns F (..., )
    """
    batches = []
    batch, flat_A = _split(A, "A", ())
    batches.append(batch)
    in_A_0 = flat_A[..., 0]
    batch, flat_p = _split(p, "p", ())
    batches.append(batch)
    in_p_0 = flat_p[..., 0]
    batch = numpy.broadcast_shapes(*batches)
    t0 = -in_p_0
    t1 = 2.244924096618746*in_A_0
    t2 = 2.244924096618746 + t0 + t1
    t3 = 0.7449240966187459 + t1
    if not numpy.all(numpy.asarray(t2) > 0):
        raise ValueError("the B-A bond (1 + A) a - p must have positive length")
    if not numpy.all(numpy.asarray(in_p_0) > 0):
        raise ValueError("the A-B bond p must have positive length")
    if not numpy.all(numpy.asarray(-t0 - t3) > 0):
        raise ValueError("the B-A bond (1 + A) a - p leaves the cutoff (outside the nearest-neighbour model)")
    if not numpy.all(numpy.asarray(1.5 - in_p_0) > 0):
        raise ValueError("the A-B bond p leaves the cutoff (outside the nearest-neighbour model)")
    if not numpy.all(numpy.asarray(t3) > 0):
        raise ValueError("second neighbours (A-A and B-B at (1 + A) a) enter the cutoff: eq 4.9 holds for nearest neighbours only")
    out = numpy.empty(batch + (1,))
    out[..., 0] = -48.0/(t2)**13 + 24.0/(t2)**7
    return out.reshape(batch + ())


def shift_force(A, p):
    """f = -a dW/dp = -V'(p) + V'((1 + A) a - p), the right side of eq 4.12's micro equation (eq 4.11; -grad_p W for the seed's a = 1). A: strain, p: deformed A-B distance, shape (...) each.

    A: shape (..., )
    p: shape (..., )
    returns f (..., )
    """
    batches = []
    batch, flat_A = _split(A, "A", ())
    batches.append(batch)
    in_A_0 = flat_A[..., 0]
    batch, flat_p = _split(p, "p", ())
    batches.append(batch)
    in_p_0 = flat_p[..., 0]
    batch = numpy.broadcast_shapes(*batches)
    t0 = -in_p_0
    t1 = 2.244924096618746*in_A_0
    t2 = 2.244924096618746 + t0 + t1
    t3 = 0.7449240966187459 + t1
    if not numpy.all(numpy.asarray(t2) > 0):
        raise ValueError("the B-A bond (1 + A) a - p must have positive length")
    if not numpy.all(numpy.asarray(in_p_0) > 0):
        raise ValueError("the A-B bond p must have positive length")
    if not numpy.all(numpy.asarray(-t0 - t3) > 0):
        raise ValueError("the B-A bond (1 + A) a - p leaves the cutoff (outside the nearest-neighbour model)")
    if not numpy.all(numpy.asarray(1.5 - in_p_0) > 0):
        raise ValueError("the A-B bond p leaves the cutoff (outside the nearest-neighbour model)")
    if not numpy.all(numpy.asarray(t3) > 0):
        raise ValueError("second neighbours (A-A and B-B at (1 + A) a) enter the cutoff: eq 4.9 holds for nearest neighbours only")
    out = numpy.empty(batch + (1,))
    out[..., 0] = -48.0/(t2)**13 - 24.0/(in_p_0)**7 + 24.0/(t2)**7 + 48.0/(in_p_0)**13
    return out.reshape(batch + ())


def shift_stiffness(A, p):
    """K = a d2W/dp2 = V''(p) + V''((1 + A) a - p): the shift's stiffness, omega^2 = K/m (stable Verlet steps need dt < 2 sqrt(m/K)). A: strain, p: deformed A-B distance, shape (...) each.

    A: shape (..., )
    p: shape (..., )
    returns K (..., )
    """
    batches = []
    batch, flat_A = _split(A, "A", ())
    batches.append(batch)
    in_A_0 = flat_A[..., 0]
    batch, flat_p = _split(p, "p", ())
    batches.append(batch)
    in_p_0 = flat_p[..., 0]
    batch = numpy.broadcast_shapes(*batches)
    t0 = -in_p_0
    t1 = 2.244924096618746*in_A_0
    t2 = 2.244924096618746 + t0 + t1
    t3 = 0.7449240966187459 + t1
    if not numpy.all(numpy.asarray(t2) > 0):
        raise ValueError("the B-A bond (1 + A) a - p must have positive length")
    if not numpy.all(numpy.asarray(in_p_0) > 0):
        raise ValueError("the A-B bond p must have positive length")
    if not numpy.all(numpy.asarray(-t0 - t3) > 0):
        raise ValueError("the B-A bond (1 + A) a - p leaves the cutoff (outside the nearest-neighbour model)")
    if not numpy.all(numpy.asarray(1.5 - in_p_0) > 0):
        raise ValueError("the A-B bond p leaves the cutoff (outside the nearest-neighbour model)")
    if not numpy.all(numpy.asarray(t3) > 0):
        raise ValueError("second neighbours (A-A and B-B at (1 + A) a) enter the cutoff: eq 4.9 holds for nearest neighbours only")
    out = numpy.empty(batch + (1,))
    out[..., 0] = -168.0/(in_p_0)**8 - 168.0/(t2)**8 + 624.0/(in_p_0)**14 + 624.0/(t2)**14
    return out.reshape(batch + ())
