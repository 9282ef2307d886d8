# symms cauchy-born/triangular-lj-rc2.5; regenerate with: symms derive cauchy-born --lattice triangular --potential lj --cutoff 2.5 --cutoff-mode truncated
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

    A: shape (..., 2, 2)
    returns W (..., )
    """
    batches = []
    batch, flat_A = _split(A, "A", (2, 2,))
    batches.append(batch)
    in_A_0 = flat_A[..., 0]
    in_A_1 = flat_A[..., 1]
    in_A_2 = flat_A[..., 2]
    in_A_3 = flat_A[..., 3]
    batch = numpy.broadcast_shapes(*batches)
    t0 = 0.8660254037844386*in_A_1
    t1 = 0.5 + (0.5)*in_A_0
    im_y_0_0 = t0 + t1
    t2 = (0.5)*in_A_2
    t3 = 0.8660254037844386 + 0.8660254037844386*in_A_3
    im_y_0_1 = t2 + t3
    im_r2_0 = (im_y_0_0)**2 + (im_y_0_1)**2
    im_f_0_0 = 1.029194537602237/(im_r2_0)**6
    im_f_0_1 = -1.9585727593837223/(im_r2_0)**3
    t4 = -t0
    im_y_1_0 = t1 + t4
    t5 = -0.5*in_A_2
    im_y_1_1 = -t3 - t5
    im_r2_1 = (im_y_1_0)**2 + (im_y_1_1)**2
    im_f_1_0 = 1.029194537602237/(im_r2_1)**6
    im_f_1_1 = -1.9585727593837223/(im_r2_1)**3
    t6 = 1.0 + in_A_0
    im_y_2_0 = t6
    im_y_2_1 = in_A_2
    im_r2_2 = (im_y_2_0)**2 + (im_y_2_1)**2
    im_f_2_0 = 1.029194537602237/(im_r2_2)**6
    im_f_2_1 = -1.9585727593837223/(im_r2_2)**3
    t7 = 1.7320508075688772*in_A_1
    im_y_3_0 = t7
    t8 = 1.7320508075688772 + 1.7320508075688772*in_A_3
    im_y_3_1 = t8
    im_r2_3 = (im_y_3_0)**2 + (im_y_3_1)**2
    im_f_3_0 = 1.029194537602237/(im_r2_3)**6
    im_f_3_1 = -1.9585727593837223/(im_r2_3)**3
    t9 = 1.5 + (1.5)*in_A_0
    im_y_4_0 = t0 + t9
    im_y_4_1 = t3 + (1.5)*in_A_2
    im_r2_4 = (im_y_4_0)**2 + (im_y_4_1)**2
    im_f_4_0 = 1.029194537602237/(im_r2_4)**6
    im_f_4_1 = -1.9585727593837223/(im_r2_4)**3
    im_y_5_0 = t4 + t9
    im_y_5_1 = -t3 + (1.5)*in_A_2
    im_r2_5 = (im_y_5_0)**2 + (im_y_5_1)**2
    im_f_5_0 = 1.029194537602237/(im_r2_5)**6
    im_f_5_1 = -1.9585727593837223/(im_r2_5)**3
    im_y_6_0 = t6 + t7
    im_y_6_1 = in_A_2 + t8
    im_r2_6 = (im_y_6_0)**2 + (im_y_6_1)**2
    im_f_6_0 = 1.029194537602237/(im_r2_6)**6
    im_f_6_1 = -1.9585727593837223/(im_r2_6)**3
    t10 = -t7
    im_y_7_0 = t10 + t6
    im_y_7_1 = in_A_2 - t8
    im_r2_7 = (im_y_7_0)**2 + (im_y_7_1)**2
    im_f_7_0 = 1.029194537602237/(im_r2_7)**6
    im_f_7_1 = -1.9585727593837223/(im_r2_7)**3
    t11 = 2.0*in_A_0
    t12 = 2.0 + t11
    im_y_8_0 = t12
    t13 = 2.0*in_A_2
    im_y_8_1 = t13
    im_r2_8 = (im_y_8_0)**2 + (im_y_8_1)**2
    im_f_8_0 = 1.029194537602237/(im_r2_8)**6
    im_f_8_1 = -1.9585727593837223/(im_r2_8)**3
    t14 = 2.598076211353316*in_A_1
    t15 = 2.598076211353316 + 2.598076211353316*in_A_3
    im_r2w_0 = (t1 + t14)**2 + (t15 + t2)**2
    im_r2w_1 = (t1 - t14)**2 + (-t15 - t5)**2
    t16 = 2.5 + (2.5)*in_A_0
    im_r2w_2 = (t0 + t16)**2 + (t3 + (2.5)*in_A_2)**2
    im_r2w_3 = (t16 + t4)**2 + (-t3 + (2.5)*in_A_2)**2
    im_r2w_4 = (t12 + t7)**2 + (t13 + t8)**2
    im_r2w_5 = (t10 + t12)**2 + (-t8 + 2.0*in_A_2)**2
    t17 = in_A_0*in_A_3
    t18 = in_A_1*in_A_2
    t19 = (in_A_0)**2
    t20 = (in_A_2)**2
    t21 = (in_A_1)**2
    t22 = (in_A_3)**2
    t23 = in_A_1*t13
    t24 = t11*t18
    if not numpy.all(numpy.asarray(in_A_3 + t17 + t6 - t18) > 0):
        raise ValueError("det(I + A) must be positive (the deformation inverts the crystal)")
    if not numpy.all(numpy.asarray(0.36 + t11 + t19 + t20) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.8: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.1296 - t23 - t24 + 4.0*t17 - 0.64*t20 - 0.64*t21 + (0.36)*t19 + (0.36)*t22 + (0.72)*in_A_0 + (0.72)*in_A_3 + t11*t22 + t19*t22 + t20*t21 - in_A_3*t23 - in_A_3*t24 + 2.0*in_A_3*t19) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.8: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(5.043506732567901 - im_r2_0) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - im_r2_1) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - im_r2_2) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - im_r2_3) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - im_r2_4) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - im_r2_5) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - im_r2_6) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - im_r2_7) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - im_r2_8) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-5.043506732567901 + im_r2w_0) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-5.043506732567901 + im_r2w_1) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-5.043506732567901 + im_r2w_2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-5.043506732567901 + im_r2w_3) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-5.043506732567901 + im_r2w_4) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-5.043506732567901 + im_r2w_5) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    out = numpy.empty(batch + (1,))
    out[..., 0] = im_f_0_0 + im_f_0_1 + im_f_1_0 + im_f_1_1 + im_f_2_0 + im_f_2_1 + im_f_3_0 + im_f_3_1 + im_f_4_0 + im_f_4_1 + im_f_5_0 + im_f_5_1 + im_f_6_0 + im_f_6_1 + im_f_7_0 + im_f_7_1 + im_f_8_0 + im_f_8_1
    return out.reshape(batch + ())


def stress(A):
    """P = dW/dA, first Piola-Kirchhoff stress per reference volume (Cauchy stress sigma = P F^T / det F, F = I + A).

    A: shape (..., 2, 2)
    returns P (..., 2, 2)
    """
    batches = []
    batch, flat_A = _split(A, "A", (2, 2,))
    batches.append(batch)
    in_A_0 = flat_A[..., 0]
    in_A_1 = flat_A[..., 1]
    in_A_2 = flat_A[..., 2]
    in_A_3 = flat_A[..., 3]
    batch = numpy.broadcast_shapes(*batches)
    t0 = 0.8660254037844386*in_A_1
    t1 = 0.5 + (0.5)*in_A_0
    im_y_0_0 = t0 + t1
    t2 = (0.5)*in_A_2
    t3 = 0.8660254037844386 + 0.8660254037844386*in_A_3
    im_y_0_1 = t2 + t3
    im_r2_0 = (im_y_0_0)**2 + (im_y_0_1)**2
    im_f_0_2 = 5.875718278151167/(im_r2_0)**4
    im_f_0_3 = -6.1751672256134205/(im_r2_0)**7
    t4 = -t0
    im_y_1_0 = t1 + t4
    t5 = -0.5*in_A_2
    im_y_1_1 = -t3 - t5
    im_r2_1 = (im_y_1_0)**2 + (im_y_1_1)**2
    im_f_1_2 = 5.875718278151167/(im_r2_1)**4
    im_f_1_3 = -6.1751672256134205/(im_r2_1)**7
    t6 = 1.0 + in_A_0
    im_y_2_0 = t6
    im_y_2_1 = in_A_2
    im_r2_2 = (im_y_2_0)**2 + (im_y_2_1)**2
    im_f_2_2 = 5.875718278151167/(im_r2_2)**4
    im_f_2_3 = -6.1751672256134205/(im_r2_2)**7
    t7 = 1.7320508075688772*in_A_1
    im_y_3_0 = t7
    t8 = 1.7320508075688772 + 1.7320508075688772*in_A_3
    im_y_3_1 = t8
    im_r2_3 = (im_y_3_0)**2 + (im_y_3_1)**2
    im_f_3_2 = 5.875718278151167/(im_r2_3)**4
    im_f_3_3 = -6.1751672256134205/(im_r2_3)**7
    t9 = 1.5 + (1.5)*in_A_0
    im_y_4_0 = t0 + t9
    im_y_4_1 = t3 + (1.5)*in_A_2
    im_r2_4 = (im_y_4_0)**2 + (im_y_4_1)**2
    im_f_4_2 = 5.875718278151167/(im_r2_4)**4
    im_f_4_3 = -6.1751672256134205/(im_r2_4)**7
    im_y_5_0 = t4 + t9
    im_y_5_1 = -t3 + (1.5)*in_A_2
    im_r2_5 = (im_y_5_0)**2 + (im_y_5_1)**2
    im_f_5_2 = 5.875718278151167/(im_r2_5)**4
    im_f_5_3 = -6.1751672256134205/(im_r2_5)**7
    im_y_6_0 = t6 + t7
    im_y_6_1 = in_A_2 + t8
    im_r2_6 = (im_y_6_0)**2 + (im_y_6_1)**2
    im_f_6_2 = 5.875718278151167/(im_r2_6)**4
    im_f_6_3 = -6.1751672256134205/(im_r2_6)**7
    t10 = -t7
    im_y_7_0 = t10 + t6
    im_y_7_1 = in_A_2 - t8
    im_r2_7 = (im_y_7_0)**2 + (im_y_7_1)**2
    im_f_7_2 = 5.875718278151167/(im_r2_7)**4
    im_f_7_3 = -6.1751672256134205/(im_r2_7)**7
    t11 = 2.0*in_A_0
    t12 = 2.0 + t11
    im_y_8_0 = t12
    t13 = 2.0*in_A_2
    im_y_8_1 = t13
    im_r2_8 = (im_y_8_0)**2 + (im_y_8_1)**2
    im_f_8_2 = 5.875718278151167/(im_r2_8)**4
    im_f_8_3 = -6.1751672256134205/(im_r2_8)**7
    t14 = 2.598076211353316*in_A_1
    t15 = 2.598076211353316 + 2.598076211353316*in_A_3
    im_r2w_0 = (t1 + t14)**2 + (t15 + t2)**2
    im_r2w_1 = (t1 - t14)**2 + (-t15 - t5)**2
    t16 = 2.5 + (2.5)*in_A_0
    im_r2w_2 = (t0 + t16)**2 + (t3 + (2.5)*in_A_2)**2
    im_r2w_3 = (t16 + t4)**2 + (-t3 + (2.5)*in_A_2)**2
    im_r2w_4 = (t12 + t7)**2 + (t13 + t8)**2
    im_r2w_5 = (t10 + t12)**2 + (-t8 + 2.0*in_A_2)**2
    t17 = in_A_0*in_A_3
    t18 = in_A_1*in_A_2
    t19 = (in_A_0)**2
    t20 = (in_A_2)**2
    t21 = (in_A_1)**2
    t22 = (in_A_3)**2
    t23 = in_A_1*t13
    t24 = t11*t18
    t25 = im_f_0_2*im_y_0_0
    t26 = im_f_0_3*im_y_0_0
    t27 = im_f_1_2*im_y_1_0
    t28 = im_f_1_3*im_y_1_0
    t29 = 2.0*im_y_2_0
    t30 = 2.0*im_y_6_0
    t31 = 2.0*im_y_7_0
    t32 = 3.0*im_y_4_0
    t33 = 3.0*im_y_5_0
    t34 = 4.0*im_y_8_0
    t35 = 1.7320508075688772*im_y_4_0
    t36 = 3.4641016151377544*im_y_3_0
    t37 = 3.4641016151377544*im_y_6_0
    t38 = 1.7320508075688772*im_y_5_0
    t39 = 3.4641016151377544*im_y_7_0
    t40 = im_f_0_2*im_y_0_1
    t41 = im_f_0_3*im_y_0_1
    t42 = im_f_1_2*im_y_1_1
    t43 = im_f_1_3*im_y_1_1
    t44 = 2.0*im_y_2_1
    t45 = 2.0*im_y_6_1
    t46 = 2.0*im_y_7_1
    t47 = 3.0*im_y_4_1
    t48 = 3.0*im_y_5_1
    t49 = 4.0*im_y_8_1
    t50 = 1.7320508075688772*im_y_4_1
    t51 = 3.4641016151377544*im_y_3_1
    t52 = 3.4641016151377544*im_y_6_1
    t53 = 1.7320508075688772*im_y_5_1
    t54 = 3.4641016151377544*im_y_7_1
    if not numpy.all(numpy.asarray(in_A_3 + t17 + t6 - t18) > 0):
        raise ValueError("det(I + A) must be positive (the deformation inverts the crystal)")
    if not numpy.all(numpy.asarray(0.36 + t11 + t19 + t20) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.8: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.1296 - t23 - t24 + 4.0*t17 - 0.64*t20 - 0.64*t21 + (0.36)*t19 + (0.36)*t22 + (0.72)*in_A_0 + (0.72)*in_A_3 + t11*t22 + t19*t22 + t20*t21 - in_A_3*t23 - in_A_3*t24 + 2.0*in_A_3*t19) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.8: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(5.043506732567901 - im_r2_0) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - im_r2_1) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - im_r2_2) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - im_r2_3) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - im_r2_4) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - im_r2_5) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - im_r2_6) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - im_r2_7) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - im_r2_8) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-5.043506732567901 + im_r2w_0) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-5.043506732567901 + im_r2w_1) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-5.043506732567901 + im_r2w_2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-5.043506732567901 + im_r2w_3) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-5.043506732567901 + im_r2w_4) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-5.043506732567901 + im_r2w_5) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    out = numpy.empty(batch + (4,))
    out[..., 0] = t25 + t26 + t27 + t28 + im_f_2_2*t29 + im_f_2_3*t29 + im_f_4_2*t32 + im_f_4_3*t32 + im_f_5_2*t33 + im_f_5_3*t33 + im_f_6_2*t30 + im_f_6_3*t30 + im_f_7_2*t31 + im_f_7_3*t31 + im_f_8_2*t34 + im_f_8_3*t34
    out[..., 1] = 1.7320508075688772*t25 + 1.7320508075688772*t26 - 1.7320508075688772*t27 - 1.7320508075688772*t28 + im_f_3_2*t36 + im_f_3_3*t36 + im_f_4_2*t35 + im_f_4_3*t35 + im_f_6_2*t37 + im_f_6_3*t37 - im_f_5_2*t38 - im_f_5_3*t38 - im_f_7_2*t39 - im_f_7_3*t39
    out[..., 2] = t40 + t41 + t42 + t43 + im_f_2_2*t44 + im_f_2_3*t44 + im_f_4_2*t47 + im_f_4_3*t47 + im_f_5_2*t48 + im_f_5_3*t48 + im_f_6_2*t45 + im_f_6_3*t45 + im_f_7_2*t46 + im_f_7_3*t46 + im_f_8_2*t49 + im_f_8_3*t49
    out[..., 3] = 1.7320508075688772*t40 + 1.7320508075688772*t41 - 1.7320508075688772*t42 - 1.7320508075688772*t43 + im_f_3_2*t51 + im_f_3_3*t51 + im_f_4_2*t50 + im_f_4_3*t50 + im_f_6_2*t52 + im_f_6_3*t52 - im_f_5_2*t53 - im_f_5_3*t53 - im_f_7_2*t54 - im_f_7_3*t54
    return out.reshape(batch + (2, 2,))


def moduli(A):
    """C_ijkl = d2W/dA_ij dA_kl, shape (d, d, d, d), per reference volume.

    A: shape (..., 2, 2)
    returns C (..., 2, 2, 2, 2)
    """
    batches = []
    batch, flat_A = _split(A, "A", (2, 2,))
    batches.append(batch)
    in_A_0 = flat_A[..., 0]
    in_A_1 = flat_A[..., 1]
    in_A_2 = flat_A[..., 2]
    in_A_3 = flat_A[..., 3]
    batch = numpy.broadcast_shapes(*batches)
    t0 = 0.8660254037844386*in_A_1
    t1 = 0.5 + (0.5)*in_A_0
    im_y_0_0 = t0 + t1
    t2 = (0.5)*in_A_2
    t3 = 0.8660254037844386 + 0.8660254037844386*in_A_3
    im_y_0_1 = t2 + t3
    t4 = (im_y_0_0)**2
    t5 = (im_y_0_1)**2
    im_r2_0 = t4 + t5
    im_f_0_2 = 5.875718278151167/(im_r2_0)**4
    im_f_0_3 = -6.1751672256134205/(im_r2_0)**7
    im_f_0_4 = 43.22617057929394/(im_r2_0)**8
    im_f_0_5 = -23.502873112604668/(im_r2_0)**5
    t6 = -t0
    im_y_1_0 = t1 + t6
    t7 = -0.5*in_A_2
    im_y_1_1 = -t3 - t7
    t8 = (im_y_1_0)**2
    t9 = (im_y_1_1)**2
    im_r2_1 = t8 + t9
    im_f_1_2 = 5.875718278151167/(im_r2_1)**4
    im_f_1_3 = -6.1751672256134205/(im_r2_1)**7
    im_f_1_4 = 43.22617057929394/(im_r2_1)**8
    im_f_1_5 = -23.502873112604668/(im_r2_1)**5
    t10 = 1.0 + in_A_0
    im_y_2_0 = t10
    im_y_2_1 = in_A_2
    t11 = (im_y_2_0)**2
    t12 = (im_y_2_1)**2
    im_r2_2 = t11 + t12
    im_f_2_2 = 5.875718278151167/(im_r2_2)**4
    im_f_2_3 = -6.1751672256134205/(im_r2_2)**7
    im_f_2_4 = 43.22617057929394/(im_r2_2)**8
    im_f_2_5 = -23.502873112604668/(im_r2_2)**5
    t13 = 1.7320508075688772*in_A_1
    im_y_3_0 = t13
    t14 = 1.7320508075688772 + 1.7320508075688772*in_A_3
    im_y_3_1 = t14
    t15 = (im_y_3_0)**2
    t16 = (im_y_3_1)**2
    im_r2_3 = t15 + t16
    im_f_3_2 = 5.875718278151167/(im_r2_3)**4
    im_f_3_3 = -6.1751672256134205/(im_r2_3)**7
    im_f_3_4 = 43.22617057929394/(im_r2_3)**8
    im_f_3_5 = -23.502873112604668/(im_r2_3)**5
    t17 = 1.5 + (1.5)*in_A_0
    im_y_4_0 = t0 + t17
    im_y_4_1 = t3 + (1.5)*in_A_2
    t18 = (im_y_4_0)**2
    t19 = (im_y_4_1)**2
    im_r2_4 = t18 + t19
    im_f_4_2 = 5.875718278151167/(im_r2_4)**4
    im_f_4_3 = -6.1751672256134205/(im_r2_4)**7
    im_f_4_4 = 43.22617057929394/(im_r2_4)**8
    im_f_4_5 = -23.502873112604668/(im_r2_4)**5
    im_y_5_0 = t17 + t6
    im_y_5_1 = -t3 + (1.5)*in_A_2
    t20 = (im_y_5_0)**2
    t21 = (im_y_5_1)**2
    im_r2_5 = t20 + t21
    im_f_5_2 = 5.875718278151167/(im_r2_5)**4
    im_f_5_3 = -6.1751672256134205/(im_r2_5)**7
    im_f_5_4 = 43.22617057929394/(im_r2_5)**8
    im_f_5_5 = -23.502873112604668/(im_r2_5)**5
    im_y_6_0 = t10 + t13
    im_y_6_1 = in_A_2 + t14
    t22 = (im_y_6_0)**2
    t23 = (im_y_6_1)**2
    im_r2_6 = t22 + t23
    im_f_6_2 = 5.875718278151167/(im_r2_6)**4
    im_f_6_3 = -6.1751672256134205/(im_r2_6)**7
    im_f_6_4 = 43.22617057929394/(im_r2_6)**8
    im_f_6_5 = -23.502873112604668/(im_r2_6)**5
    t24 = -t13
    im_y_7_0 = t10 + t24
    im_y_7_1 = in_A_2 - t14
    t25 = (im_y_7_0)**2
    t26 = (im_y_7_1)**2
    im_r2_7 = t25 + t26
    im_f_7_2 = 5.875718278151167/(im_r2_7)**4
    im_f_7_3 = -6.1751672256134205/(im_r2_7)**7
    im_f_7_4 = 43.22617057929394/(im_r2_7)**8
    im_f_7_5 = -23.502873112604668/(im_r2_7)**5
    t27 = 2.0*in_A_0
    t28 = 2.0 + t27
    im_y_8_0 = t28
    t29 = 2.0*in_A_2
    im_y_8_1 = t29
    t30 = (im_y_8_0)**2
    t31 = (im_y_8_1)**2
    im_r2_8 = t30 + t31
    im_f_8_2 = 5.875718278151167/(im_r2_8)**4
    im_f_8_3 = -6.1751672256134205/(im_r2_8)**7
    im_f_8_4 = 43.22617057929394/(im_r2_8)**8
    im_f_8_5 = -23.502873112604668/(im_r2_8)**5
    t32 = 2.598076211353316*in_A_1
    t33 = 2.598076211353316 + 2.598076211353316*in_A_3
    im_r2w_0 = (t1 + t32)**2 + (t2 + t33)**2
    im_r2w_1 = (t1 - t32)**2 + (-t33 - t7)**2
    t34 = 2.5 + (2.5)*in_A_0
    im_r2w_2 = (t0 + t34)**2 + (t3 + (2.5)*in_A_2)**2
    im_r2w_3 = (t34 + t6)**2 + (-t3 + (2.5)*in_A_2)**2
    im_r2w_4 = (t13 + t28)**2 + (t14 + t29)**2
    im_r2w_5 = (t24 + t28)**2 + (-t14 + 2.0*in_A_2)**2
    t35 = in_A_0*in_A_3
    t36 = in_A_1*in_A_2
    t37 = (in_A_0)**2
    t38 = (in_A_2)**2
    t39 = (in_A_1)**2
    t40 = (in_A_3)**2
    t41 = in_A_1*t29
    t42 = t27*t36
    t43 = im_f_0_4*t4
    t44 = im_f_0_5*t4
    t45 = im_f_1_4*t8
    t46 = im_f_1_5*t8
    t47 = 4.0*t11
    t48 = 4.0*t22
    t49 = 4.0*t25
    t50 = 9.0*t18
    t51 = 9.0*t20
    t52 = 16.0*t30
    t53 = (0.5)*im_f_0_2 + (0.5)*im_f_0_3 + (0.5)*im_f_1_2 + (0.5)*im_f_1_3 + 2.0*im_f_2_2 + 2.0*im_f_2_3 + 2.0*im_f_6_2 + 2.0*im_f_6_3 + 2.0*im_f_7_2 + 2.0*im_f_7_3 + 8.0*im_f_8_2 + 8.0*im_f_8_3 + (4.5)*im_f_4_2 + (4.5)*im_f_4_3 + (4.5)*im_f_5_2 + (4.5)*im_f_5_3
    t54 = 5.196152422706632*t18
    t55 = 6.928203230275509*t22
    t56 = 5.196152422706632*t20
    t57 = 6.928203230275509*t25
    t58 = 2.598076211353316*im_f_4_2 + 2.598076211353316*im_f_4_3 + 0.8660254037844386*im_f_0_2 + 0.8660254037844386*im_f_0_3 + 3.4641016151377544*im_f_6_2 + 3.4641016151377544*im_f_6_3 - 2.598076211353316*im_f_5_2 - 2.598076211353316*im_f_5_3 - 0.8660254037844386*im_f_1_2 - 0.8660254037844386*im_f_1_3 - 3.4641016151377544*im_f_7_2 - 3.4641016151377544*im_f_7_3
    t59 = t58 + 1.7320508075688772*t43 + 1.7320508075688772*t44 - 1.7320508075688772*t45 - 1.7320508075688772*t46 + im_f_4_4*t54 + im_f_4_5*t54 + im_f_6_4*t55 + im_f_6_5*t55 - im_f_5_4*t56 - im_f_5_5*t56 - im_f_7_4*t57 - im_f_7_5*t57
    t60 = im_y_0_0*im_y_0_1
    t61 = im_f_0_4*t60
    t62 = im_f_0_5*t60
    t63 = im_y_1_0*im_y_1_1
    t64 = im_f_1_4*t63
    t65 = im_f_1_5*t63
    t66 = 4.0*im_y_2_0*im_y_2_1
    t67 = im_y_6_0*im_y_6_1
    t68 = 4.0*t67
    t69 = im_y_7_0*im_y_7_1
    t70 = 4.0*t69
    t71 = im_y_4_0*im_y_4_1
    t72 = 9.0*t71
    t73 = im_y_5_0*im_y_5_1
    t74 = 9.0*t73
    t75 = 16.0*im_y_8_0*im_y_8_1
    t76 = t61 + t62 + t64 + t65 + im_f_2_4*t66 + im_f_2_5*t66 + im_f_4_4*t72 + im_f_4_5*t72 + im_f_5_4*t74 + im_f_5_5*t74 + im_f_6_4*t68 + im_f_6_5*t68 + im_f_7_4*t70 + im_f_7_5*t70 + im_f_8_4*t75 + im_f_8_5*t75
    t77 = 5.196152422706632*t71
    t78 = 6.928203230275509*t67
    t79 = 5.196152422706632*t73
    t80 = 6.928203230275509*t69
    t81 = 1.7320508075688772*t61 + 1.7320508075688772*t62 - 1.7320508075688772*t64 - 1.7320508075688772*t65 + im_f_4_4*t77 + im_f_4_5*t77 + im_f_6_4*t78 + im_f_6_5*t78 - im_f_5_4*t79 - im_f_5_5*t79 - im_f_7_4*t80 - im_f_7_5*t80
    t82 = 3.0*t18
    t83 = 3.0*t20
    t84 = 12.0*t15
    t85 = 12.0*t22
    t86 = 12.0*t25
    t87 = 6.0*im_f_3_2 + 6.0*im_f_3_3 + 6.0*im_f_6_2 + 6.0*im_f_6_3 + 6.0*im_f_7_2 + 6.0*im_f_7_3 + (1.5)*im_f_0_2 + (1.5)*im_f_0_3 + (1.5)*im_f_1_2 + (1.5)*im_f_1_3 + (1.5)*im_f_4_2 + (1.5)*im_f_4_3 + (1.5)*im_f_5_2 + (1.5)*im_f_5_3
    t88 = 3.0*t71
    t89 = 3.0*t73
    t90 = 12.0*im_y_3_0*im_y_3_1
    t91 = 12.0*t67
    t92 = 12.0*t69
    t93 = 3.0*t61 + 3.0*t62 + 3.0*t64 + 3.0*t65 + im_f_3_4*t90 + im_f_3_5*t90 + im_f_4_4*t88 + im_f_4_5*t88 + im_f_5_4*t89 + im_f_5_5*t89 + im_f_6_4*t91 + im_f_6_5*t91 + im_f_7_4*t92 + im_f_7_5*t92
    t94 = im_f_0_4*t5
    t95 = im_f_0_5*t5
    t96 = im_f_1_4*t9
    t97 = im_f_1_5*t9
    t98 = 4.0*t12
    t99 = 4.0*t23
    t100 = 4.0*t26
    t101 = 9.0*t19
    t102 = 9.0*t21
    t103 = 16.0*t31
    t104 = 5.196152422706632*t19
    t105 = 6.928203230275509*t23
    t106 = 5.196152422706632*t21
    t107 = 6.928203230275509*t26
    t108 = t58 + 1.7320508075688772*t94 + 1.7320508075688772*t95 - 1.7320508075688772*t96 - 1.7320508075688772*t97 + im_f_4_4*t104 + im_f_4_5*t104 + im_f_6_4*t105 + im_f_6_5*t105 - im_f_5_4*t106 - im_f_5_5*t106 - im_f_7_4*t107 - im_f_7_5*t107
    t109 = 3.0*t19
    t110 = 3.0*t21
    t111 = 12.0*t16
    t112 = 12.0*t23
    t113 = 12.0*t26
    if not numpy.all(numpy.asarray(in_A_3 + t10 + t35 - t36) > 0):
        raise ValueError("det(I + A) must be positive (the deformation inverts the crystal)")
    if not numpy.all(numpy.asarray(0.36 + t27 + t37 + t38) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.8: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.1296 - t41 - t42 + 4.0*t35 - 0.64*t38 - 0.64*t39 + (0.36)*t37 + (0.36)*t40 + (0.72)*in_A_0 + (0.72)*in_A_3 + t27*t40 + t37*t40 + t38*t39 - in_A_3*t41 - in_A_3*t42 + 2.0*in_A_3*t37) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.8: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(5.043506732567901 - im_r2_0) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - im_r2_1) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - im_r2_2) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - im_r2_3) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - im_r2_4) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - im_r2_5) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - im_r2_6) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - im_r2_7) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - im_r2_8) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-5.043506732567901 + im_r2w_0) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-5.043506732567901 + im_r2w_1) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-5.043506732567901 + im_r2w_2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-5.043506732567901 + im_r2w_3) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-5.043506732567901 + im_r2w_4) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-5.043506732567901 + im_r2w_5) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    out = numpy.empty(batch + (16,))
    out[..., 0] = t43 + t44 + t45 + t46 + t53 + im_f_2_4*t47 + im_f_2_5*t47 + im_f_4_4*t50 + im_f_4_5*t50 + im_f_5_4*t51 + im_f_5_5*t51 + im_f_6_4*t48 + im_f_6_5*t48 + im_f_7_4*t49 + im_f_7_5*t49 + im_f_8_4*t52 + im_f_8_5*t52
    out[..., 1] = t59
    out[..., 2] = t76
    out[..., 3] = t81
    out[..., 4] = t59
    out[..., 5] = t87 + 3.0*t43 + 3.0*t44 + 3.0*t45 + 3.0*t46 + im_f_3_4*t84 + im_f_3_5*t84 + im_f_4_4*t82 + im_f_4_5*t82 + im_f_5_4*t83 + im_f_5_5*t83 + im_f_6_4*t85 + im_f_6_5*t85 + im_f_7_4*t86 + im_f_7_5*t86
    out[..., 6] = t81
    out[..., 7] = t93
    out[..., 8] = t76
    out[..., 9] = t81
    out[..., 10] = t53 + t94 + t95 + t96 + t97 + im_f_2_4*t98 + im_f_2_5*t98 + im_f_4_4*t101 + im_f_4_5*t101 + im_f_5_4*t102 + im_f_5_5*t102 + im_f_6_4*t99 + im_f_6_5*t99 + im_f_7_4*t100 + im_f_7_5*t100 + im_f_8_4*t103 + im_f_8_5*t103
    out[..., 11] = t108
    out[..., 12] = t81
    out[..., 13] = t93
    out[..., 14] = t108
    out[..., 15] = t87 + 3.0*t94 + 3.0*t95 + 3.0*t96 + 3.0*t97 + im_f_3_4*t111 + im_f_3_5*t111 + im_f_4_4*t109 + im_f_4_5*t109 + im_f_5_4*t110 + im_f_5_5*t110 + im_f_6_4*t112 + im_f_6_5*t112 + im_f_7_4*t113 + im_f_7_5*t113
    return out.reshape(batch + (2, 2, 2, 2,))


def energy_per_atom(A):
    """E(A, p) = W |Gamma| / (atoms per cell): stored energy per atom (seed 001 eq 3.4). Pair potential lj, truncated at rc, unshifted (LAMMPS lj/cut without pair_modify shift).

    A: shape (..., 2, 2)
    returns E (..., )
    """
    batches = []
    batch, flat_A = _split(A, "A", (2, 2,))
    batches.append(batch)
    in_A_0 = flat_A[..., 0]
    in_A_1 = flat_A[..., 1]
    in_A_2 = flat_A[..., 2]
    in_A_3 = flat_A[..., 3]
    batch = numpy.broadcast_shapes(*batches)
    t0 = 0.8660254037844386*in_A_1
    t1 = 0.5 + (0.5)*in_A_0
    im_y_0_0 = t0 + t1
    t2 = (0.5)*in_A_2
    t3 = 0.8660254037844386 + 0.8660254037844386*in_A_3
    im_y_0_1 = t2 + t3
    im_r2_0 = (im_y_0_0)**2 + (im_y_0_1)**2
    im_f_0_6 = 1.1045249147336644/(im_r2_0)**6
    im_f_0_7 = -2.101927605540842/(im_r2_0)**3
    t4 = -t0
    im_y_1_0 = t1 + t4
    t5 = -0.5*in_A_2
    im_y_1_1 = -t3 - t5
    im_r2_1 = (im_y_1_0)**2 + (im_y_1_1)**2
    im_f_1_6 = 1.1045249147336644/(im_r2_1)**6
    im_f_1_7 = -2.101927605540842/(im_r2_1)**3
    t6 = 1.0 + in_A_0
    im_y_2_0 = t6
    im_y_2_1 = in_A_2
    im_r2_2 = (im_y_2_0)**2 + (im_y_2_1)**2
    im_f_2_6 = 1.1045249147336644/(im_r2_2)**6
    im_f_2_7 = -2.101927605540842/(im_r2_2)**3
    t7 = 1.7320508075688772*in_A_1
    im_y_3_0 = t7
    t8 = 1.7320508075688772 + 1.7320508075688772*in_A_3
    im_y_3_1 = t8
    im_r2_3 = (im_y_3_0)**2 + (im_y_3_1)**2
    im_f_3_6 = 1.1045249147336644/(im_r2_3)**6
    im_f_3_7 = -2.101927605540842/(im_r2_3)**3
    t9 = 1.5 + (1.5)*in_A_0
    im_y_4_0 = t0 + t9
    im_y_4_1 = t3 + (1.5)*in_A_2
    im_r2_4 = (im_y_4_0)**2 + (im_y_4_1)**2
    im_f_4_6 = 1.1045249147336644/(im_r2_4)**6
    im_f_4_7 = -2.101927605540842/(im_r2_4)**3
    im_y_5_0 = t4 + t9
    im_y_5_1 = -t3 + (1.5)*in_A_2
    im_r2_5 = (im_y_5_0)**2 + (im_y_5_1)**2
    im_f_5_6 = 1.1045249147336644/(im_r2_5)**6
    im_f_5_7 = -2.101927605540842/(im_r2_5)**3
    im_y_6_0 = t6 + t7
    im_y_6_1 = in_A_2 + t8
    im_r2_6 = (im_y_6_0)**2 + (im_y_6_1)**2
    im_f_6_6 = 1.1045249147336644/(im_r2_6)**6
    im_f_6_7 = -2.101927605540842/(im_r2_6)**3
    t10 = -t7
    im_y_7_0 = t10 + t6
    im_y_7_1 = in_A_2 - t8
    im_r2_7 = (im_y_7_0)**2 + (im_y_7_1)**2
    im_f_7_6 = 1.1045249147336644/(im_r2_7)**6
    im_f_7_7 = -2.101927605540842/(im_r2_7)**3
    t11 = 2.0*in_A_0
    t12 = 2.0 + t11
    im_y_8_0 = t12
    t13 = 2.0*in_A_2
    im_y_8_1 = t13
    im_r2_8 = (im_y_8_0)**2 + (im_y_8_1)**2
    im_f_8_6 = 1.1045249147336644/(im_r2_8)**6
    im_f_8_7 = -2.101927605540842/(im_r2_8)**3
    t14 = 2.598076211353316*in_A_1
    t15 = 2.598076211353316 + 2.598076211353316*in_A_3
    im_r2w_0 = (t1 + t14)**2 + (t15 + t2)**2
    im_r2w_1 = (t1 - t14)**2 + (-t15 - t5)**2
    t16 = 2.5 + (2.5)*in_A_0
    im_r2w_2 = (t0 + t16)**2 + (t3 + (2.5)*in_A_2)**2
    im_r2w_3 = (t16 + t4)**2 + (-t3 + (2.5)*in_A_2)**2
    im_r2w_4 = (t12 + t7)**2 + (t13 + t8)**2
    im_r2w_5 = (t10 + t12)**2 + (-t8 + 2.0*in_A_2)**2
    t17 = in_A_0*in_A_3
    t18 = in_A_1*in_A_2
    t19 = (in_A_0)**2
    t20 = (in_A_2)**2
    t21 = (in_A_1)**2
    t22 = (in_A_3)**2
    t23 = in_A_1*t13
    t24 = t11*t18
    if not numpy.all(numpy.asarray(in_A_3 + t17 + t6 - t18) > 0):
        raise ValueError("det(I + A) must be positive (the deformation inverts the crystal)")
    if not numpy.all(numpy.asarray(0.36 + t11 + t19 + t20) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.8: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.1296 - t23 - t24 + 4.0*t17 - 0.64*t20 - 0.64*t21 + (0.36)*t19 + (0.36)*t22 + (0.72)*in_A_0 + (0.72)*in_A_3 + t11*t22 + t19*t22 + t20*t21 - in_A_3*t23 - in_A_3*t24 + 2.0*in_A_3*t19) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.8: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(5.043506732567901 - im_r2_0) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - im_r2_1) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - im_r2_2) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - im_r2_3) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - im_r2_4) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - im_r2_5) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - im_r2_6) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - im_r2_7) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - im_r2_8) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-5.043506732567901 + im_r2w_0) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-5.043506732567901 + im_r2w_1) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-5.043506732567901 + im_r2w_2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-5.043506732567901 + im_r2w_3) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-5.043506732567901 + im_r2w_4) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-5.043506732567901 + im_r2w_5) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    out = numpy.empty(batch + (1,))
    out[..., 0] = im_f_0_6 + im_f_0_7 + im_f_1_6 + im_f_1_7 + im_f_2_6 + im_f_2_7 + im_f_3_6 + im_f_3_7 + im_f_4_6 + im_f_4_7 + im_f_5_6 + im_f_5_7 + im_f_6_6 + im_f_6_7 + im_f_7_6 + im_f_7_7 + im_f_8_6 + im_f_8_7
    return out.reshape(batch + ())
