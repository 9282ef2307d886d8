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
    t0 = in_A_0*in_A_3
    t1 = in_A_1*in_A_2
    t2 = 1.0 + in_A_0
    t3 = (in_A_0)**2
    t4 = (in_A_2)**2
    t5 = 2.0*in_A_0
    t6 = (in_A_1)**2
    t7 = (in_A_3)**2
    t8 = 2.0*t1
    t9 = 0.8660254037844386*in_A_1
    t10 = 0.5 + (0.5)*in_A_0
    t11 = (0.5)*in_A_2
    t12 = 0.8660254037844386 + 0.8660254037844386*in_A_3
    t13 = (t10 + t9)**2 + (t11 + t12)**2
    t14 = -t9
    t15 = -0.5*in_A_2
    t16 = (t10 + t14)**2 + (-t12 - t15)**2
    t17 = t4 + (t2)**2
    t18 = 3.0*t6 + 3.0*(1.0 + in_A_3)**2
    t19 = 1.5 + (1.5)*in_A_0
    t20 = (t12 + (1.5)*in_A_2)**2 + (t19 + t9)**2
    t21 = (t14 + t19)**2 + (-t12 + (1.5)*in_A_2)**2
    t22 = 1.7320508075688772*in_A_1
    t23 = 1.7320508075688772 + 1.7320508075688772*in_A_3
    t24 = (in_A_2 + t23)**2 + (t2 + t22)**2
    t25 = -t22
    t26 = (in_A_2 - t23)**2 + (t2 + t25)**2
    t27 = 2.0 + t5
    t28 = (t27)**2 + 4.0*t4
    t29 = 2.598076211353316*in_A_1
    t30 = 2.598076211353316 + 2.598076211353316*in_A_3
    t31 = 2.5 + (2.5)*in_A_0
    if not numpy.all(numpy.asarray(in_A_3 + t0 + t2 - t1) > 0):
        raise ValueError("det(I + A) must be positive (the deformation inverts the crystal)")
    if not numpy.all(numpy.asarray(0.36 + t3 + t4 + t5) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.8: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.1296 - t8 + 4.0*t0 - 0.64*t4 - 0.64*t6 + (0.36)*t3 + (0.36)*t7 + (0.72)*in_A_0 + (0.72)*in_A_3 + t3*t7 + t4*t6 + t5*t7 - in_A_3*t8 - t0*t8 - t1*t5 + 2.0*in_A_3*t3) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.8: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(5.043506732567901 - t13) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - t16) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - t17) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - t18) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - t20) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - t21) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - t24) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - t26) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - t28) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-5.043506732567901 + (t10 + t29)**2 + (t11 + t30)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-5.043506732567901 + (t10 - t29)**2 + (-t15 - t30)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-5.043506732567901 + (t12 + (2.5)*in_A_2)**2 + (t31 + t9)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-5.043506732567901 + (t14 + t31)**2 + (-t12 + (2.5)*in_A_2)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-5.043506732567901 + (t22 + t27)**2 + (t23 + 2.0*in_A_2)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-5.043506732567901 + (t25 + t27)**2 + (-t23 + 2.0*in_A_2)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    out = numpy.empty(batch + (1,))
    out[..., 0] = 1.029194537602237/(t13)**6 + 1.029194537602237/(t16)**6 + 1.029194537602237/(t17)**6 + 1.029194537602237/(t18)**6 + 1.029194537602237/(t20)**6 + 1.029194537602237/(t21)**6 + 1.029194537602237/(t24)**6 + 1.029194537602237/(t26)**6 + 1.029194537602237/(t28)**6 - 1.9585727593837223/(t13)**3 - 1.9585727593837223/(t16)**3 - 1.9585727593837223/(t17)**3 - 1.9585727593837223/(t18)**3 - 1.9585727593837223/(t20)**3 - 1.9585727593837223/(t21)**3 - 1.9585727593837223/(t24)**3 - 1.9585727593837223/(t26)**3 - 1.9585727593837223/(t28)**3
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
    t0 = in_A_0*in_A_3
    t1 = in_A_1*in_A_2
    t2 = 1.0 + in_A_0
    t3 = (in_A_0)**2
    t4 = (in_A_2)**2
    t5 = 2.0*in_A_0
    t6 = (in_A_1)**2
    t7 = (in_A_3)**2
    t8 = 2.0*t1
    t9 = 0.8660254037844386*in_A_1
    t10 = 0.5 + (0.5)*in_A_0
    t11 = t10 + t9
    t12 = (0.5)*in_A_2
    t13 = 0.8660254037844386 + 0.8660254037844386*in_A_3
    t14 = t12 + t13
    t15 = (t11)**2 + (t14)**2
    t16 = -t9
    t17 = t10 + t16
    t18 = -0.5*in_A_2
    t19 = -t13 - t18
    t20 = (t17)**2 + (t19)**2
    t21 = t4 + (t2)**2
    t22 = 1.0 + in_A_3
    t23 = 3.0*t6 + 3.0*(t22)**2
    t24 = 1.5 + (1.5)*in_A_0
    t25 = t24 + t9
    t26 = t13 + (1.5)*in_A_2
    t27 = (t25)**2 + (t26)**2
    t28 = t16 + t24
    t29 = -t13 + (1.5)*in_A_2
    t30 = (t28)**2 + (t29)**2
    t31 = 1.7320508075688772*in_A_1
    t32 = t2 + t31
    t33 = 1.7320508075688772 + 1.7320508075688772*in_A_3
    t34 = in_A_2 + t33
    t35 = (t32)**2 + (t34)**2
    t36 = -t31
    t37 = t2 + t36
    t38 = in_A_2 - t33
    t39 = (t37)**2 + (t38)**2
    t40 = 2.0 + t5
    t41 = (t40)**2 + 4.0*t4
    t42 = 2.598076211353316*in_A_1
    t43 = 2.598076211353316 + 2.598076211353316*in_A_3
    t44 = 2.5 + (2.5)*in_A_0
    t45 = (t27)**-4
    t46 = t25*t45
    t47 = (t30)**-4
    t48 = t28*t47
    t49 = (t15)**-4
    t50 = t11*t49
    t51 = (t20)**-4
    t52 = t17*t51
    t53 = 11.751436556302334/(t21)**4
    t54 = (t35)**-4
    t55 = t32*t54
    t56 = (t39)**-4
    t57 = t37*t56
    t58 = (t41)**-4
    t59 = (t27)**-7
    t60 = t25*t59
    t61 = (t30)**-7
    t62 = t28*t61
    t63 = (t15)**-7
    t64 = t11*t63
    t65 = (t20)**-7
    t66 = t17*t65
    t67 = 12.350334451226841/(t21)**7
    t68 = (t35)**-7
    t69 = t32*t68
    t70 = (t39)**-7
    t71 = t37*t70
    t72 = (t41)**-7
    t73 = 35.254309668907005/(t23)**4
    t74 = 37.05100335368052/(t23)**7
    t75 = t26*t45
    t76 = t29*t47
    t77 = t14*t49
    t78 = t19*t51
    t79 = t34*t54
    t80 = t38*t56
    t81 = t26*t59
    t82 = t29*t61
    t83 = t14*t63
    t84 = t19*t65
    t85 = t34*t68
    t86 = t38*t70
    if not numpy.all(numpy.asarray(in_A_3 + t0 + t2 - t1) > 0):
        raise ValueError("det(I + A) must be positive (the deformation inverts the crystal)")
    if not numpy.all(numpy.asarray(0.36 + t3 + t4 + t5) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.8: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.1296 - t8 + 4.0*t0 - 0.64*t4 - 0.64*t6 + (0.36)*t3 + (0.36)*t7 + (0.72)*in_A_0 + (0.72)*in_A_3 + t3*t7 + t4*t6 + t5*t7 - in_A_3*t8 - t0*t8 - t1*t5 + 2.0*in_A_3*t3) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.8: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(5.043506732567901 - t15) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - t20) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - t21) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - t23) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - t27) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - t30) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - t35) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - t39) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - t41) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-5.043506732567901 + (t10 + t42)**2 + (t12 + t43)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-5.043506732567901 + (t10 - t42)**2 + (-t18 - t43)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-5.043506732567901 + (t13 + (2.5)*in_A_2)**2 + (t44 + t9)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-5.043506732567901 + (t16 + t44)**2 + (-t13 + (2.5)*in_A_2)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-5.043506732567901 + (t31 + t40)**2 + (t33 + 2.0*in_A_2)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-5.043506732567901 + (t36 + t40)**2 + (-t33 + 2.0*in_A_2)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    out = numpy.empty(batch + (4,))
    out[..., 0] = 17.627154834453503*t46 + 17.627154834453503*t48 + 5.875718278151167*t50 + 5.875718278151167*t52 + 11.751436556302334*t55 + 11.751436556302334*t57 - 18.52550167684026*t60 - 18.52550167684026*t62 - 6.1751672256134205*t64 - 6.1751672256134205*t66 - 12.350334451226841*t69 - 12.350334451226841*t71 + t2*t53 - t2*t67 + 23.502873112604668*t40*t58 - 24.700668902453682*t40*t72
    out[..., 1] = 10.177042588718942*t46 + 10.177042588718942*t50 + 20.354085177437884*t55 + 10.695703379996589*t62 + 10.695703379996589*t66 + 21.391406759993178*t71 - 10.177042588718942*t48 - 10.177042588718942*t52 - 20.354085177437884*t57 - 10.695703379996589*t60 - 10.695703379996589*t64 - 21.391406759993178*t69 + in_A_1*t73 - in_A_1*t74
    out[..., 2] = 17.627154834453503*t75 + 17.627154834453503*t76 + 5.875718278151167*t77 + 5.875718278151167*t78 + 11.751436556302334*t79 + 11.751436556302334*t80 - 18.52550167684026*t81 - 18.52550167684026*t82 - 6.1751672256134205*t83 - 6.1751672256134205*t84 - 12.350334451226841*t85 - 12.350334451226841*t86 + in_A_2*t53 - in_A_2*t67 + 47.005746225209336*in_A_2*t58 - 49.401337804907364*in_A_2*t72
    out[..., 3] = 10.177042588718942*t75 + 10.177042588718942*t77 + 20.354085177437884*t79 + 10.695703379996589*t82 + 10.695703379996589*t84 + 21.391406759993178*t86 - 10.177042588718942*t76 - 10.177042588718942*t78 - 20.354085177437884*t80 - 10.695703379996589*t81 - 10.695703379996589*t83 - 21.391406759993178*t85 + t22*t73 - t22*t74
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
    t0 = in_A_0*in_A_3
    t1 = in_A_1*in_A_2
    t2 = 1.0 + in_A_0
    t3 = (in_A_0)**2
    t4 = (in_A_2)**2
    t5 = 2.0*in_A_0
    t6 = (in_A_1)**2
    t7 = (in_A_3)**2
    t8 = 2.0*t1
    t9 = 0.8660254037844386*in_A_1
    t10 = 0.5 + (0.5)*in_A_0
    t11 = t10 + t9
    t12 = (t11)**2
    t13 = (0.5)*in_A_2
    t14 = 0.8660254037844386 + 0.8660254037844386*in_A_3
    t15 = t13 + t14
    t16 = (t15)**2
    t17 = t12 + t16
    t18 = -t9
    t19 = t10 + t18
    t20 = (t19)**2
    t21 = -0.5*in_A_2
    t22 = -t14 - t21
    t23 = (t22)**2
    t24 = t20 + t23
    t25 = (t2)**2
    t26 = t25 + t4
    t27 = 1.0 + in_A_3
    t28 = (t27)**2
    t29 = 3.0*t28 + 3.0*t6
    t30 = 1.5 + (1.5)*in_A_0
    t31 = t30 + t9
    t32 = (t31)**2
    t33 = t14 + (1.5)*in_A_2
    t34 = (t33)**2
    t35 = t32 + t34
    t36 = t18 + t30
    t37 = (t36)**2
    t38 = -t14 + (1.5)*in_A_2
    t39 = (t38)**2
    t40 = t37 + t39
    t41 = 1.7320508075688772*in_A_1
    t42 = t2 + t41
    t43 = (t42)**2
    t44 = 1.7320508075688772 + 1.7320508075688772*in_A_3
    t45 = in_A_2 + t44
    t46 = (t45)**2
    t47 = t43 + t46
    t48 = -t41
    t49 = t2 + t48
    t50 = (t49)**2
    t51 = in_A_2 - t44
    t52 = (t51)**2
    t53 = t50 + t52
    t54 = 2.0 + t5
    t55 = (t54)**2
    t56 = t55 + 4.0*t4
    t57 = 2.598076211353316*in_A_1
    t58 = 2.598076211353316 + 2.598076211353316*in_A_3
    t59 = 2.5 + (2.5)*in_A_0
    t60 = (t17)**-5
    t61 = t12*t60
    t62 = (t24)**-5
    t63 = t20*t62
    t64 = 94.01149245041867/(t26)**5
    t65 = (t47)**-5
    t66 = t43*t65
    t67 = (t53)**-5
    t68 = t50*t67
    t69 = (t56)**-5
    t70 = (t35)**-5
    t71 = t32*t70
    t72 = (t40)**-5
    t73 = t37*t72
    t74 = (t17)**-8
    t75 = (t24)**-8
    t76 = (t26)**-8
    t77 = (t47)**-8
    t78 = (t53)**-8
    t79 = (t56)**-8
    t80 = (t35)**-8
    t81 = (t40)**-8
    t82 = (t35)**-7
    t83 = (t40)**-7
    t84 = (t17)**-7
    t85 = (t24)**-7
    t86 = (t47)**-7
    t87 = (t53)**-7
    t88 = (t17)**-4
    t89 = (t24)**-4
    t90 = (t47)**-4
    t91 = (t53)**-4
    t92 = (t35)**-4
    t93 = (t40)**-4
    t94 = 27.788252515260393*t82 + 27.788252515260393*t83 + 3.0875836128067102*t84 + 3.0875836128067102*t85 + 12.350334451226841*t86 + 12.350334451226841*t87 + 12.350334451226841/(t26)**7 + 49.401337804907364/(t56)**7 - 2.9378591390755835*t88 - 2.9378591390755835*t89 - 11.751436556302334*t90 - 11.751436556302334*t91 - 11.751436556302334/(t26)**4 - 47.005746225209336/(t56)**4 - 26.440732251680252*t92 - 26.440732251680252*t93
    t95 = 5.088521294359471*t88 + 20.354085177437884*t90 + 16.043555069994884*t83 + 15.265563883078412*t92 + 5.347851689998294*t85 + 21.391406759993178*t87 - 5.088521294359471*t89 - 20.354085177437884*t91 - 16.043555069994884*t82 - 15.265563883078412*t93 - 5.347851689998294*t84 - 21.391406759993178*t86
    t96 = t95 + 40.70817035487577*t63 + 162.83268141950307*t68 + 122.1245110646273*t73 - 40.70817035487577*t61 - 162.83268141950307*t66 - 122.1245110646273*t71 + 74.86992365997611*t12*t74 + 299.47969463990444*t43*t77 + 224.60977097992833*t32*t80 - 74.86992365997611*t20*t75 - 299.47969463990444*t50*t78 - 224.60977097992833*t37*t81
    t97 = t11*t15*t60
    t98 = t19*t22
    t99 = t62*t98
    t100 = t42*t45*t65
    t101 = t49*t51
    t102 = t101*t67
    t103 = t31*t33*t70
    t104 = t36*t38
    t105 = t104*t72
    t106 = -23.502873112604668*t97 - 23.502873112604668*t99 - 94.01149245041867*t100 - 94.01149245041867*t102 - 211.52585801344202*t103 - 211.52585801344202*t105 - in_A_2*t2*t64 + 43.22617057929394*t11*t15*t74 + 43.22617057929394*t19*t22*t75 + 172.90468231717577*in_A_2*t2*t76 + 172.90468231717577*t42*t45*t77 + 172.90468231717577*t49*t51*t78 + 1383.2374585374062*in_A_2*t54*t79 + 389.03553521364546*t31*t33*t80 + 389.03553521364546*t36*t38*t81 - 752.0919396033494*in_A_2*t54*t69
    t107 = -40.70817035487577*t97 - 162.83268141950307*t100 - 122.1245110646273*t103 - 74.86992365997611*t75*t98 - 299.47969463990444*t101*t78 - 224.60977097992833*t104*t81 + 40.70817035487577*t19*t22*t62 + 162.83268141950307*t49*t51*t67 + 122.1245110646273*t36*t38*t72 + 74.86992365997611*t11*t15*t74 + 299.47969463990444*t42*t45*t77 + 224.60977097992833*t31*t33*t80
    t108 = 9.26275083842013*t84
    t109 = 9.26275083842013*t85
    t110 = 9.26275083842013*t82
    t111 = 9.26275083842013*t83
    t112 = 37.05100335368052*t86
    t113 = 37.05100335368052*t87
    t114 = 37.05100335368052/(t29)**7
    t115 = (t29)**-4
    t116 = 846.1034320537681/(t29)**5
    t117 = (t29)**-8
    t118 = -70.50861933781401*t103 - 70.50861933781401*t105 - 70.50861933781401*t97 - 70.50861933781401*t99 - 282.03447735125604*t100 - 282.03447735125604*t102 - in_A_1*t116*t27 + 129.67851173788182*t11*t15*t74 + 129.67851173788182*t19*t22*t75 + 129.67851173788182*t31*t33*t80 + 129.67851173788182*t36*t38*t81 + 518.7140469515273*t42*t45*t77 + 518.7140469515273*t49*t51*t78 + 1556.1421408545818*in_A_1*t117*t27
    t119 = t16*t60
    t120 = t23*t62
    t121 = t46*t65
    t122 = t52*t67
    t123 = t34*t70
    t124 = t39*t72
    t125 = t16*t74
    t126 = t46*t77
    t127 = t34*t80
    t128 = t23*t75
    t129 = t52*t78
    t130 = t39*t81
    t131 = t95 + 40.70817035487577*t120 + 162.83268141950307*t122 + 122.1245110646273*t124 + 74.86992365997611*t125 + 299.47969463990444*t126 + 224.60977097992833*t127 - 40.70817035487577*t119 - 162.83268141950307*t121 - 122.1245110646273*t123 - 74.86992365997611*t128 - 299.47969463990444*t129 - 224.60977097992833*t130
    if not numpy.all(numpy.asarray(in_A_3 + t0 + t2 - t1) > 0):
        raise ValueError("det(I + A) must be positive (the deformation inverts the crystal)")
    if not numpy.all(numpy.asarray(0.36 + t3 + t4 + t5) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.8: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.1296 - t8 + 4.0*t0 - 0.64*t4 - 0.64*t6 + (0.36)*t3 + (0.36)*t7 + (0.72)*in_A_0 + (0.72)*in_A_3 + t3*t7 + t4*t6 + t5*t7 - in_A_3*t8 - t0*t8 - t1*t5 + 2.0*in_A_3*t3) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.8: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(5.043506732567901 - t17) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - t24) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - t26) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - t29) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - t35) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - t40) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - t47) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - t53) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - t56) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-5.043506732567901 + (t10 + t57)**2 + (t13 + t58)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-5.043506732567901 + (t10 - t57)**2 + (-t21 - t58)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-5.043506732567901 + (t14 + (2.5)*in_A_2)**2 + (t59 + t9)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-5.043506732567901 + (t18 + t59)**2 + (-t14 + (2.5)*in_A_2)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-5.043506732567901 + (t41 + t54)**2 + (t44 + 2.0*in_A_2)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-5.043506732567901 + (t48 + t54)**2 + (-t44 + 2.0*in_A_2)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    out = numpy.empty(batch + (16,))
    out[..., 0] = -t94 - 23.502873112604668*t61 - 23.502873112604668*t63 - 94.01149245041867*t66 - 94.01149245041867*t68 - 211.52585801344202*t71 - 211.52585801344202*t73 - t25*t64 + 43.22617057929394*t12*t74 + 43.22617057929394*t20*t75 + 172.90468231717577*t25*t76 + 172.90468231717577*t43*t77 + 172.90468231717577*t50*t78 + 691.6187292687031*t55*t79 + 389.03553521364546*t32*t80 + 389.03553521364546*t37*t81 - 376.0459698016747*t55*t69
    out[..., 1] = t96
    out[..., 2] = t106
    out[..., 3] = t107
    out[..., 4] = t96
    out[..., 5] = -t108 - t109 - t110 - t111 - t112 - t113 - t114 + 8.813577417226751*t88 + 8.813577417226751*t89 + 8.813577417226751*t92 + 8.813577417226751*t93 + 35.254309668907005*t115 + 35.254309668907005*t90 + 35.254309668907005*t91 - 70.50861933781401*t61 - 70.50861933781401*t63 - 70.50861933781401*t71 - 70.50861933781401*t73 - 282.03447735125604*t66 - 282.03447735125604*t68 - t116*t6 + 129.67851173788182*t12*t74 + 129.67851173788182*t20*t75 + 129.67851173788182*t32*t80 + 129.67851173788182*t37*t81 + 518.7140469515273*t43*t77 + 518.7140469515273*t50*t78 + 1556.1421408545818*t117*t6
    out[..., 6] = t107
    out[..., 7] = t118
    out[..., 8] = t106
    out[..., 9] = t107
    out[..., 10] = -t94 - 23.502873112604668*t119 - 23.502873112604668*t120 - 94.01149245041867*t121 - 94.01149245041867*t122 - 211.52585801344202*t123 - 211.52585801344202*t124 - t4*t64 + 43.22617057929394*t16*t74 + 43.22617057929394*t23*t75 + 172.90468231717577*t4*t76 + 172.90468231717577*t46*t77 + 172.90468231717577*t52*t78 + 2766.4749170748123*t4*t79 + 389.03553521364546*t34*t80 + 389.03553521364546*t39*t81 - 1504.1838792066987*t4*t69
    out[..., 11] = t131
    out[..., 12] = t107
    out[..., 13] = t118
    out[..., 14] = t131
    out[..., 15] = -t108 - t109 - t110 - t111 - t112 - t113 - t114 + 129.67851173788182*t125 + 129.67851173788182*t127 + 129.67851173788182*t128 + 129.67851173788182*t130 + 518.7140469515273*t126 + 518.7140469515273*t129 + 8.813577417226751*t88 + 8.813577417226751*t89 + 8.813577417226751*t92 + 8.813577417226751*t93 + 35.254309668907005*t115 + 35.254309668907005*t90 + 35.254309668907005*t91 - 70.50861933781401*t119 - 70.50861933781401*t120 - 70.50861933781401*t123 - 70.50861933781401*t124 - 282.03447735125604*t121 - 282.03447735125604*t122 - t116*t28 + 1556.1421408545818*t117*t28
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
    t0 = in_A_0*in_A_3
    t1 = in_A_1*in_A_2
    t2 = 1.0 + in_A_0
    t3 = (in_A_0)**2
    t4 = (in_A_2)**2
    t5 = 2.0*in_A_0
    t6 = (in_A_1)**2
    t7 = (in_A_3)**2
    t8 = 2.0*t1
    t9 = 0.8660254037844386*in_A_1
    t10 = 0.5 + (0.5)*in_A_0
    t11 = (0.5)*in_A_2
    t12 = 0.8660254037844386 + 0.8660254037844386*in_A_3
    t13 = (t10 + t9)**2 + (t11 + t12)**2
    t14 = -t9
    t15 = -0.5*in_A_2
    t16 = (t10 + t14)**2 + (-t12 - t15)**2
    t17 = t4 + (t2)**2
    t18 = 3.0*t6 + 3.0*(1.0 + in_A_3)**2
    t19 = 1.5 + (1.5)*in_A_0
    t20 = (t12 + (1.5)*in_A_2)**2 + (t19 + t9)**2
    t21 = (t14 + t19)**2 + (-t12 + (1.5)*in_A_2)**2
    t22 = 1.7320508075688772*in_A_1
    t23 = 1.7320508075688772 + 1.7320508075688772*in_A_3
    t24 = (in_A_2 + t23)**2 + (t2 + t22)**2
    t25 = -t22
    t26 = (in_A_2 - t23)**2 + (t2 + t25)**2
    t27 = 2.0 + t5
    t28 = (t27)**2 + 4.0*t4
    t29 = 2.598076211353316*in_A_1
    t30 = 2.598076211353316 + 2.598076211353316*in_A_3
    t31 = 2.5 + (2.5)*in_A_0
    if not numpy.all(numpy.asarray(in_A_3 + t0 + t2 - t1) > 0):
        raise ValueError("det(I + A) must be positive (the deformation inverts the crystal)")
    if not numpy.all(numpy.asarray(0.36 + t3 + t4 + t5) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.8: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.1296 - t8 + 4.0*t0 - 0.64*t4 - 0.64*t6 + (0.36)*t3 + (0.36)*t7 + (0.72)*in_A_0 + (0.72)*in_A_3 + t3*t7 + t4*t6 + t5*t7 - in_A_3*t8 - t0*t8 - t1*t5 + 2.0*in_A_3*t3) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.8: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(5.043506732567901 - t13) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - t16) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - t17) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - t18) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - t20) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - t21) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - t24) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - t26) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - t28) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-5.043506732567901 + (t10 + t29)**2 + (t11 + t30)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-5.043506732567901 + (t10 - t29)**2 + (-t15 - t30)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-5.043506732567901 + (t12 + (2.5)*in_A_2)**2 + (t31 + t9)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-5.043506732567901 + (t14 + t31)**2 + (-t12 + (2.5)*in_A_2)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-5.043506732567901 + (t22 + t27)**2 + (t23 + 2.0*in_A_2)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-5.043506732567901 + (t25 + t27)**2 + (-t23 + 2.0*in_A_2)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    out = numpy.empty(batch + (1,))
    out[..., 0] = 1.1045249147336644/(t13)**6 + 1.1045249147336644/(t16)**6 + 1.1045249147336644/(t17)**6 + 1.1045249147336644/(t18)**6 + 1.1045249147336644/(t20)**6 + 1.1045249147336644/(t21)**6 + 1.1045249147336644/(t24)**6 + 1.1045249147336644/(t26)**6 + 1.1045249147336644/(t28)**6 - 2.101927605540842/(t13)**3 - 2.101927605540842/(t16)**3 - 2.101927605540842/(t17)**3 - 2.101927605540842/(t18)**3 - 2.101927605540842/(t20)**3 - 2.101927605540842/(t21)**3 - 2.101927605540842/(t24)**3 - 2.101927605540842/(t26)**3 - 2.101927605540842/(t28)**3
    return out.reshape(batch + ())
