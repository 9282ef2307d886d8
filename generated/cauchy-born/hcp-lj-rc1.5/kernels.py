# symms cauchy-born/hcp-lj-rc1.5; regenerate with: symms derive cauchy-born --lattice hcp --potential lj --cutoff 1.5 --cutoff-mode truncated
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
    """W(A, p): stored energy per reference volume |Gamma| (seed 001 eq 3.4, pairs once; per atom: the energy_per_atom kernel). Pair potential lj, truncated at rc, unshifted (LAMMPS lj/cut without pair_modify shift). p: deformed shift vectors.

    A: shape (..., 3, 3)
    p: shape (..., 1, 3)
    returns W (..., )
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
    batch, flat_p = _split(p, "p", (1, 3,))
    batches.append(batch)
    in_p_0 = flat_p[..., 0]
    in_p_1 = flat_p[..., 1]
    in_p_2 = flat_p[..., 2]
    batch = numpy.broadcast_shapes(*batches)
    t0 = 1.632993161855452*in_A_2
    t1 = -0.8908987181403393*in_p_0
    t2 = t0 + t1
    im_y_0_0 = -t2
    t3 = 1.632993161855452*in_A_5
    t4 = -0.8908987181403393*in_p_1
    t5 = t3 + t4
    im_y_0_1 = -t5
    t6 = -0.8908987181403393*in_p_2
    t7 = 1.632993161855452*in_A_8
    t8 = 1.632993161855452 + t7
    t9 = t6 + t8
    im_y_0_2 = -t9
    im_r2_0 = (im_y_0_0)**2 + (im_y_0_1)**2 + (im_y_0_2)**2
    t10 = 0.8908987181403393*in_p_0
    im_y_1_0 = t10
    t11 = 0.8908987181403393*in_p_1
    im_y_1_1 = t11
    t12 = 0.8908987181403393*in_p_2
    im_y_1_2 = t12
    im_r2_1 = (im_y_1_0)**2 + (im_y_1_1)**2 + (im_y_1_2)**2
    t13 = 0.8660254037844386*in_A_1
    t14 = 0.5 + (0.5)*in_A_0
    t15 = t14 - t13
    t16 = -t15
    im_y_2_0 = t16
    t17 = (0.5)*in_A_3
    t18 = 0.8660254037844386*in_A_4
    t19 = 0.8660254037844386 + t18
    t20 = t19 - t17
    im_y_2_1 = t20
    t21 = (0.5)*in_A_6
    t22 = 0.8660254037844386*in_A_7
    t23 = t21 - t22
    t24 = -t23
    im_y_2_2 = t24
    im_r2_2 = (im_y_2_0)**2 + (im_y_2_1)**2 + (im_y_2_2)**2
    t25 = 1.0 + in_A_0
    im_y_3_0 = t25
    im_y_3_1 = in_A_3
    im_y_3_2 = in_A_6
    im_r2_3 = (im_y_3_0)**2 + (im_y_3_1)**2 + (im_y_3_2)**2
    t26 = t13 + t14
    im_y_4_0 = t26
    t27 = t17 + t19
    im_y_4_1 = t27
    t28 = t21 + t22
    im_y_4_2 = t28
    im_r2_4 = (im_y_4_0)**2 + (im_y_4_1)**2 + (im_y_4_2)**2
    im_y_5_0 = -t2 - t26
    im_y_5_1 = -t27 - t5
    im_y_5_2 = -t28 - t9
    im_r2_5 = (im_y_5_0)**2 + (im_y_5_1)**2 + (im_y_5_2)**2
    im_y_6_0 = -t1 - t26
    im_y_6_1 = -t27 - t4
    im_y_6_2 = -t28 - t6
    im_r2_6 = (im_y_6_0)**2 + (im_y_6_1)**2 + (im_y_6_2)**2
    t29 = -t0
    t30 = t10 + t15
    im_y_7_0 = t29 + t30
    im_y_7_1 = -t20 - t5
    im_y_7_2 = t21 - t22 - t9
    im_r2_7 = (im_y_7_0)**2 + (im_y_7_1)**2 + (im_y_7_2)**2
    im_y_8_0 = t30
    im_y_8_1 = -0.8660254037844386 + t11 + t17 - t18
    im_y_8_2 = t12 + t23
    im_r2_8 = (im_y_8_0)**2 + (im_y_8_1)**2 + (im_y_8_2)**2
    im_y_9_0 = t16
    im_y_9_1 = t20
    im_y_9_2 = t24
    im_r2_9 = (im_y_9_0)**2 + (im_y_9_1)**2 + (im_y_9_2)**2
    im_y_10_0 = t25
    im_y_10_1 = in_A_3
    im_y_10_2 = in_A_6
    im_r2_10 = (im_y_10_0)**2 + (im_y_10_1)**2 + (im_y_10_2)**2
    im_y_11_0 = t26
    im_y_11_1 = t27
    im_y_11_2 = t28
    im_r2_11 = (im_y_11_0)**2 + (im_y_11_1)**2 + (im_y_11_2)**2
    t31 = 1.7320508075688772*in_A_1
    t32 = t6 + 1.7320508075688772*in_A_7
    t33 = 1.7320508075688772 + 1.7320508075688772*in_A_4
    im_r2w_0 = (-t2 - t31)**2 + (-t32 - t8)**2 + (-t33 - t5)**2
    im_r2w_1 = (t32)**2 + (-t1 - t31)**2 + (-t33 - t4)**2
    t34 = in_A_6 + t6
    im_r2w_2 = (-in_A_3 - t5)**2 + (-t2 - t25)**2 + (-t34 - t8)**2
    im_r2w_3 = (t34)**2 + (-in_A_3 - t4)**2 + (-t1 - t25)**2
    t35 = in_A_3 + t11
    t36 = t10 + t25
    t37 = in_A_6 + t12
    im_r2w_4 = (t29 + t36)**2 + (t35 - t3)**2 + (-1.632993161855452 + t37 - t7)**2
    im_r2w_5 = (t35)**2 + (t36)**2 + (t37)**2
    t38 = (in_A_2)**2
    t39 = (in_A_5)**2
    t40 = (t8)**2 + 2.6666666666666665*t38 + 2.6666666666666665*t39
    im_r2w_6 = t40
    im_r2w_7 = t40
    t41 = in_A_0*in_A_4
    t42 = in_A_0*in_A_8
    t43 = in_A_4*in_A_8
    t44 = in_A_1*in_A_3
    t45 = in_A_2*in_A_6
    t46 = in_A_5*in_A_7
    t47 = in_A_8*t41
    t48 = in_A_1*in_A_6
    t49 = in_A_5*t48
    t50 = in_A_3*in_A_7
    t51 = in_A_2*t50
    t52 = in_A_0*t46
    t53 = in_A_8*t44
    t54 = in_A_4*t45
    t55 = (in_A_0)**2
    t56 = (in_A_3)**2
    t57 = (in_A_6)**2
    t58 = 2.0*in_A_0
    t59 = (in_A_1)**2
    t60 = (0.81)*t59
    t61 = (0.81)*t56
    t62 = (0.38)*in_A_0
    t63 = (0.38)*in_A_4
    t64 = (0.19)*t55
    t65 = (in_A_4)**2
    t66 = (0.19)*t65
    t67 = (0.19)*t57
    t68 = (in_A_7)**2
    t69 = (0.19)*t68
    t70 = t55*t65
    t71 = t55*t68
    t72 = t56*t59
    t73 = t57*t59
    t74 = t56*t68
    t75 = t57*t65
    t76 = 2.0*t44
    t77 = t58*t65
    t78 = t58*t68
    t79 = 2.0*in_A_4
    t80 = t55*t79
    t81 = t57*t79
    t82 = 4.0*t41
    t83 = t44*t58
    t84 = in_A_4*t76
    t85 = in_A_7*t48
    t86 = 2.0*t85
    t87 = in_A_6*t50
    t88 = 2.0*t87
    t89 = t58*t85
    t90 = t79*t87
    t91 = (in_A_8)**2
    t92 = (1.62)*in_A_0
    t93 = (1.62)*in_A_4
    t94 = (1.62)*in_A_8
    t95 = (0.81)*t39
    t96 = (0.81)*t38
    t97 = (0.38)*t44
    t98 = (0.38)*t45
    t99 = (0.38)*t46
    t100 = (0.38)*in_A_8
    t101 = t76*t91
    t102 = 2.0*t45
    t103 = t102*t65
    t104 = 2.0*t46
    t105 = t104*t55
    t106 = 2.0*t49
    t107 = 2.0*t51
    t108 = 2.0*in_A_8
    t109 = 4.0*t42
    t110 = 4.0*t43
    t111 = (1.62)*in_A_5
    t112 = in_A_1*in_A_2
    t113 = in_A_7*t112
    t114 = in_A_3*t111
    t115 = 2.0*in_A_5
    t116 = t113*t56
    t117 = in_A_3*t115
    t118 = in_A_6*t59
    t119 = t45*t76
    t120 = t46*t76
    t121 = t102*t46
    t122 = in_A_3*in_A_5
    t123 = in_A_2*t122
    t124 = in_A_5*t112
    t125 = 4.0*t47
    if not numpy.all(numpy.asarray(in_A_4 + in_A_8 + t25 + t41 + t42 + t43 + t47 + t49 + t51 - t44 - t45 - t46 - t52 - t53 - t54) > 0):
        raise ValueError("det(I + A) must be positive (the deformation inverts the crystal)")
    if not numpy.all(numpy.asarray(0.0087890625 - (in_p_0 - 0.6480537657465552*in_A_1 - 0.916486424665735*in_A_2)**2 - (-0.6480537657465552 + in_p_1 - 0.6480537657465552*in_A_4 - 0.916486424665735*in_A_5)**2 - (-0.916486424665735 + in_p_2 - 0.6480537657465552*in_A_7 - 0.916486424665735*in_A_8)**2) > 0):
        raise ValueError("shift p1 moved more than 0.0938 from its affine position (outside the range where the neighbour set is valid)")
    if not numpy.all(numpy.asarray(0.19 + t55 + t56 + t57 + t58) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.0361 + t62 + t63 + t64 + t66 + t67 + t69 + t70 + t71 + t72 + t73 + t74 + t75 + t77 + t78 + t80 + t81 + t82 - t60 - t61 - t76 - t83 - t84 - t86 - t88 - t89 - t90 - t41*t76) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.006859 + t106 + t107 + t119 + t120 + t121 - t101 - t103 - t105 - t97 - t98 - t99 - 4.0*t52 - 4.0*t53 - 4.0*t54 - 2.0*t116 + 8.0*t47 - 0.1539*t38 - 0.1539*t39 - 0.1539*t56 - 0.1539*t57 - 0.1539*t59 - 0.1539*t68 - 0.81*t71 - 0.81*t75 + (0.76)*t41 + (0.76)*t42 + (0.76)*t43 + (0.19)*t72 + (1.62)*t113 + (1.62)*t85 + (1.62)*t87 + (0.0722)*in_A_0 + (0.0722)*in_A_4 + (0.0722)*in_A_8 + (0.0361)*t55 + (0.0361)*t65 + (0.0361)*t91 + in_A_2*t114 + in_A_6*t114 + in_A_8*t106 + in_A_8*t107 + t100*t55 + t100*t65 + t102*t53 + t104*t53 + t104*t54 + t106*t41 + t106*t42 + t106*t43 + t106*t47 + t107*t41 + t107*t42 + t107*t43 + t107*t47 + t108*t70 + t108*t72 + t109*t65 + t110*t55 + t111*t112 + t113*t94 + t119*t43 + t119*t46 + t120*t42 + t121*t41 + t123*t92 + t124*t93 + t38*t67 + t38*t74 + t38*t75 + t38*t81 + t39*t69 + t39*t71 + t39*t73 + t39*t78 + t46*t83 + t49*t58 + t49*t79 + t51*t58 + t51*t79 + t54*t76 + t55*t63 + t62*t65 + t62*t91 + t63*t91 + t64*t65 + t64*t91 + t66*t91 + t70*t91 + t72*t91 + t77*t91 + t80*t91 + t82*t91 + t85*t92 + t87*t93 - in_A_8*t103 - in_A_8*t105 - in_A_8*t98 - in_A_8*t99 - t101*t41 - t103*t42 - t105*t43 - t108*t116 - t109*t44 - t109*t46 - t110*t44 - t110*t45 - t117*t118 - t123*t78 - t124*t81 - t125*t44 - t125*t45 - t125*t46 - t38*t61 - t38*t88 - t38*t90 - t38*t93 - t39*t60 - t39*t86 - t39*t89 - t39*t92 - t41*t97 - t42*t98 - t43*t99 - t44*t62 - t44*t63 - t45*t62 - t45*t77 - t45*t82 - t46*t63 - t46*t80 - t46*t82 - t55*t95 - t56*t94 - t57*t60 - t57*t93 - t57*t95 - t59*t94 - t60*t91 - t61*t68 - t61*t91 - t65*t96 - t68*t92 - t68*t96 - t83*t91 - t84*t91 + in_A_6*t122*t94 + t45*t46*t58 - in_A_2*t117*t68 - t108*t118*t122 - t112*t115*t57) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_0) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_1) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_2) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_3) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_4) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_5) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_6) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_7) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_8) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_9) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_10) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_11) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + im_r2w_0) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + im_r2w_1) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + im_r2w_2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + im_r2w_3) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + im_r2w_4) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + im_r2w_5) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + im_r2w_6) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + im_r2w_7) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    out = numpy.empty(batch + (1,))
    out[..., 0] = 0.5/(im_r2_0)**6 + 0.5/(im_r2_1)**6 + 0.5/(im_r2_10)**6 + 0.5/(im_r2_11)**6 + 0.5/(im_r2_2)**6 + 0.5/(im_r2_3)**6 + 0.5/(im_r2_4)**6 + 0.5/(im_r2_5)**6 + 0.5/(im_r2_6)**6 + 0.5/(im_r2_7)**6 + 0.5/(im_r2_8)**6 + 0.5/(im_r2_9)**6 - 1.0/(im_r2_0)**3 - 1.0/(im_r2_1)**3 - 1.0/(im_r2_10)**3 - 1.0/(im_r2_11)**3 - 1.0/(im_r2_2)**3 - 1.0/(im_r2_3)**3 - 1.0/(im_r2_4)**3 - 1.0/(im_r2_5)**3 - 1.0/(im_r2_6)**3 - 1.0/(im_r2_7)**3 - 1.0/(im_r2_8)**3 - 1.0/(im_r2_9)**3
    return out.reshape(batch + ())


def stress(A, p):
    """P = dW/dA at fixed deformed shifts p (not fixed fractional coordinates: see stress_fractional), first Piola-Kirchhoff stress per reference volume (Cauchy stress sigma = P F^T / det F, F = I + A). p: deformed shift vectors.

    A: shape (..., 3, 3)
    p: shape (..., 1, 3)
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
    batch, flat_p = _split(p, "p", (1, 3,))
    batches.append(batch)
    in_p_0 = flat_p[..., 0]
    in_p_1 = flat_p[..., 1]
    in_p_2 = flat_p[..., 2]
    batch = numpy.broadcast_shapes(*batches)
    t0 = 1.632993161855452*in_A_2
    t1 = -0.8908987181403393*in_p_0
    t2 = t0 + t1
    im_y_0_0 = -t2
    t3 = 1.632993161855452*in_A_5
    t4 = -0.8908987181403393*in_p_1
    t5 = t3 + t4
    im_y_0_1 = -t5
    t6 = -0.8908987181403393*in_p_2
    t7 = 1.632993161855452*in_A_8
    t8 = 1.632993161855452 + t7
    t9 = t6 + t8
    im_y_0_2 = -t9
    im_r2_0 = (im_y_0_0)**2 + (im_y_0_1)**2 + (im_y_0_2)**2
    t10 = 0.8908987181403393*in_p_0
    im_y_1_0 = t10
    t11 = 0.8908987181403393*in_p_1
    im_y_1_1 = t11
    t12 = 0.8908987181403393*in_p_2
    im_y_1_2 = t12
    im_r2_1 = (im_y_1_0)**2 + (im_y_1_1)**2 + (im_y_1_2)**2
    t13 = 0.8660254037844386*in_A_1
    t14 = 0.5 + (0.5)*in_A_0
    t15 = t14 - t13
    t16 = -t15
    im_y_2_0 = t16
    t17 = (0.5)*in_A_3
    t18 = 0.8660254037844386*in_A_4
    t19 = 0.8660254037844386 + t18
    t20 = t19 - t17
    im_y_2_1 = t20
    t21 = (0.5)*in_A_6
    t22 = 0.8660254037844386*in_A_7
    t23 = t21 - t22
    t24 = -t23
    im_y_2_2 = t24
    im_r2_2 = (im_y_2_0)**2 + (im_y_2_1)**2 + (im_y_2_2)**2
    t25 = 1.0 + in_A_0
    im_y_3_0 = t25
    im_y_3_1 = in_A_3
    im_y_3_2 = in_A_6
    im_r2_3 = (im_y_3_0)**2 + (im_y_3_1)**2 + (im_y_3_2)**2
    t26 = t13 + t14
    im_y_4_0 = t26
    t27 = t17 + t19
    im_y_4_1 = t27
    t28 = t21 + t22
    im_y_4_2 = t28
    im_r2_4 = (im_y_4_0)**2 + (im_y_4_1)**2 + (im_y_4_2)**2
    im_y_5_0 = -t2 - t26
    im_y_5_1 = -t27 - t5
    im_y_5_2 = -t28 - t9
    im_r2_5 = (im_y_5_0)**2 + (im_y_5_1)**2 + (im_y_5_2)**2
    im_y_6_0 = -t1 - t26
    im_y_6_1 = -t27 - t4
    im_y_6_2 = -t28 - t6
    im_r2_6 = (im_y_6_0)**2 + (im_y_6_1)**2 + (im_y_6_2)**2
    t29 = -t0
    t30 = t10 + t15
    im_y_7_0 = t29 + t30
    im_y_7_1 = -t20 - t5
    im_y_7_2 = t21 - t22 - t9
    im_r2_7 = (im_y_7_0)**2 + (im_y_7_1)**2 + (im_y_7_2)**2
    im_y_8_0 = t30
    im_y_8_1 = -0.8660254037844386 + t11 + t17 - t18
    im_y_8_2 = t12 + t23
    im_r2_8 = (im_y_8_0)**2 + (im_y_8_1)**2 + (im_y_8_2)**2
    im_y_9_0 = t16
    im_y_9_1 = t20
    im_y_9_2 = t24
    im_r2_9 = (im_y_9_0)**2 + (im_y_9_1)**2 + (im_y_9_2)**2
    im_y_10_0 = t25
    im_y_10_1 = in_A_3
    im_y_10_2 = in_A_6
    im_r2_10 = (im_y_10_0)**2 + (im_y_10_1)**2 + (im_y_10_2)**2
    im_y_11_0 = t26
    im_y_11_1 = t27
    im_y_11_2 = t28
    im_r2_11 = (im_y_11_0)**2 + (im_y_11_1)**2 + (im_y_11_2)**2
    t31 = 1.7320508075688772*in_A_1
    t32 = t6 + 1.7320508075688772*in_A_7
    t33 = 1.7320508075688772 + 1.7320508075688772*in_A_4
    im_r2w_0 = (-t2 - t31)**2 + (-t32 - t8)**2 + (-t33 - t5)**2
    im_r2w_1 = (t32)**2 + (-t1 - t31)**2 + (-t33 - t4)**2
    t34 = in_A_6 + t6
    im_r2w_2 = (-in_A_3 - t5)**2 + (-t2 - t25)**2 + (-t34 - t8)**2
    im_r2w_3 = (t34)**2 + (-in_A_3 - t4)**2 + (-t1 - t25)**2
    t35 = in_A_3 + t11
    t36 = t10 + t25
    t37 = in_A_6 + t12
    im_r2w_4 = (t29 + t36)**2 + (t35 - t3)**2 + (-1.632993161855452 + t37 - t7)**2
    im_r2w_5 = (t35)**2 + (t36)**2 + (t37)**2
    t38 = (in_A_2)**2
    t39 = (in_A_5)**2
    t40 = (t8)**2 + 2.6666666666666665*t38 + 2.6666666666666665*t39
    im_r2w_6 = t40
    im_r2w_7 = t40
    t41 = in_A_0*in_A_4
    t42 = in_A_0*in_A_8
    t43 = in_A_4*in_A_8
    t44 = in_A_1*in_A_3
    t45 = in_A_2*in_A_6
    t46 = in_A_5*in_A_7
    t47 = in_A_8*t41
    t48 = in_A_1*in_A_6
    t49 = in_A_5*t48
    t50 = in_A_3*in_A_7
    t51 = in_A_2*t50
    t52 = in_A_0*t46
    t53 = in_A_8*t44
    t54 = in_A_4*t45
    t55 = (in_A_0)**2
    t56 = (in_A_3)**2
    t57 = (in_A_6)**2
    t58 = 2.0*in_A_0
    t59 = (in_A_1)**2
    t60 = (0.81)*t59
    t61 = (0.81)*t56
    t62 = (0.38)*in_A_0
    t63 = (0.38)*in_A_4
    t64 = (0.19)*t55
    t65 = (in_A_4)**2
    t66 = (0.19)*t65
    t67 = (0.19)*t57
    t68 = (in_A_7)**2
    t69 = (0.19)*t68
    t70 = t55*t65
    t71 = t55*t68
    t72 = t56*t59
    t73 = t57*t59
    t74 = t56*t68
    t75 = t57*t65
    t76 = 2.0*t44
    t77 = t58*t65
    t78 = t58*t68
    t79 = 2.0*in_A_4
    t80 = t55*t79
    t81 = t57*t79
    t82 = 4.0*t41
    t83 = t44*t58
    t84 = in_A_4*t76
    t85 = in_A_7*t48
    t86 = 2.0*t85
    t87 = in_A_6*t50
    t88 = 2.0*t87
    t89 = t58*t85
    t90 = t79*t87
    t91 = (in_A_8)**2
    t92 = (1.62)*in_A_0
    t93 = (1.62)*in_A_4
    t94 = (1.62)*in_A_8
    t95 = (0.81)*t39
    t96 = (0.81)*t38
    t97 = (0.38)*t44
    t98 = (0.38)*t45
    t99 = (0.38)*t46
    t100 = (0.38)*in_A_8
    t101 = t76*t91
    t102 = 2.0*t45
    t103 = t102*t65
    t104 = 2.0*t46
    t105 = t104*t55
    t106 = 2.0*t49
    t107 = 2.0*t51
    t108 = 2.0*in_A_8
    t109 = 4.0*t42
    t110 = 4.0*t43
    t111 = (1.62)*in_A_5
    t112 = in_A_1*in_A_2
    t113 = in_A_7*t112
    t114 = in_A_3*t111
    t115 = 2.0*in_A_5
    t116 = t113*t56
    t117 = in_A_3*t115
    t118 = in_A_6*t59
    t119 = t45*t76
    t120 = t46*t76
    t121 = t102*t46
    t122 = in_A_3*in_A_5
    t123 = in_A_2*t122
    t124 = in_A_5*t112
    t125 = 4.0*t47
    t126 = (im_r2_11)**-7
    t127 = (im_r2_2)**-4
    t128 = (im_r2_4)**-7
    t129 = (im_r2_5)**-4
    t130 = (im_r2_6)**-4
    t131 = (im_r2_7)**-7
    t132 = (im_r2_8)**-7
    t133 = (im_r2_9)**-4
    t134 = (im_r2_10)**-7
    t135 = (im_r2_3)**-7
    t136 = (im_r2_11)**-4
    t137 = (im_r2_2)**-7
    t138 = (im_r2_4)**-4
    t139 = (im_r2_5)**-7
    t140 = (im_r2_6)**-7
    t141 = (im_r2_7)**-4
    t142 = (im_r2_8)**-4
    t143 = (im_r2_9)**-7
    t144 = (im_r2_10)**-4
    t145 = (im_r2_3)**-4
    t146 = 5.196152422706632*im_y_11_0
    t147 = 5.196152422706632*im_y_2_0
    t148 = 5.196152422706632*im_y_4_0
    t149 = 5.196152422706632*im_y_5_0
    t150 = 5.196152422706632*im_y_6_0
    t151 = 5.196152422706632*im_y_7_0
    t152 = 5.196152422706632*im_y_8_0
    t153 = 5.196152422706632*im_y_9_0
    t154 = (im_r2_0)**-4
    t155 = (im_r2_0)**-7
    t156 = 5.196152422706632*im_y_11_1
    t157 = 5.196152422706632*im_y_2_1
    t158 = 5.196152422706632*im_y_4_1
    t159 = 5.196152422706632*im_y_5_1
    t160 = 5.196152422706632*im_y_6_1
    t161 = 5.196152422706632*im_y_7_1
    t162 = 5.196152422706632*im_y_8_1
    t163 = 5.196152422706632*im_y_9_1
    t164 = 5.196152422706632*im_y_11_2
    t165 = 5.196152422706632*im_y_2_2
    t166 = 5.196152422706632*im_y_4_2
    t167 = 5.196152422706632*im_y_5_2
    t168 = 5.196152422706632*im_y_6_2
    t169 = 5.196152422706632*im_y_7_2
    t170 = 5.196152422706632*im_y_8_2
    t171 = 5.196152422706632*im_y_9_2
    if not numpy.all(numpy.asarray(in_A_4 + in_A_8 + t25 + t41 + t42 + t43 + t47 + t49 + t51 - t44 - t45 - t46 - t52 - t53 - t54) > 0):
        raise ValueError("det(I + A) must be positive (the deformation inverts the crystal)")
    if not numpy.all(numpy.asarray(0.0087890625 - (in_p_0 - 0.6480537657465552*in_A_1 - 0.916486424665735*in_A_2)**2 - (-0.6480537657465552 + in_p_1 - 0.6480537657465552*in_A_4 - 0.916486424665735*in_A_5)**2 - (-0.916486424665735 + in_p_2 - 0.6480537657465552*in_A_7 - 0.916486424665735*in_A_8)**2) > 0):
        raise ValueError("shift p1 moved more than 0.0938 from its affine position (outside the range where the neighbour set is valid)")
    if not numpy.all(numpy.asarray(0.19 + t55 + t56 + t57 + t58) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.0361 + t62 + t63 + t64 + t66 + t67 + t69 + t70 + t71 + t72 + t73 + t74 + t75 + t77 + t78 + t80 + t81 + t82 - t60 - t61 - t76 - t83 - t84 - t86 - t88 - t89 - t90 - t41*t76) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.006859 + t106 + t107 + t119 + t120 + t121 - t101 - t103 - t105 - t97 - t98 - t99 - 4.0*t52 - 4.0*t53 - 4.0*t54 - 2.0*t116 + 8.0*t47 - 0.1539*t38 - 0.1539*t39 - 0.1539*t56 - 0.1539*t57 - 0.1539*t59 - 0.1539*t68 - 0.81*t71 - 0.81*t75 + (0.76)*t41 + (0.76)*t42 + (0.76)*t43 + (0.19)*t72 + (1.62)*t113 + (1.62)*t85 + (1.62)*t87 + (0.0722)*in_A_0 + (0.0722)*in_A_4 + (0.0722)*in_A_8 + (0.0361)*t55 + (0.0361)*t65 + (0.0361)*t91 + in_A_2*t114 + in_A_6*t114 + in_A_8*t106 + in_A_8*t107 + t100*t55 + t100*t65 + t102*t53 + t104*t53 + t104*t54 + t106*t41 + t106*t42 + t106*t43 + t106*t47 + t107*t41 + t107*t42 + t107*t43 + t107*t47 + t108*t70 + t108*t72 + t109*t65 + t110*t55 + t111*t112 + t113*t94 + t119*t43 + t119*t46 + t120*t42 + t121*t41 + t123*t92 + t124*t93 + t38*t67 + t38*t74 + t38*t75 + t38*t81 + t39*t69 + t39*t71 + t39*t73 + t39*t78 + t46*t83 + t49*t58 + t49*t79 + t51*t58 + t51*t79 + t54*t76 + t55*t63 + t62*t65 + t62*t91 + t63*t91 + t64*t65 + t64*t91 + t66*t91 + t70*t91 + t72*t91 + t77*t91 + t80*t91 + t82*t91 + t85*t92 + t87*t93 - in_A_8*t103 - in_A_8*t105 - in_A_8*t98 - in_A_8*t99 - t101*t41 - t103*t42 - t105*t43 - t108*t116 - t109*t44 - t109*t46 - t110*t44 - t110*t45 - t117*t118 - t123*t78 - t124*t81 - t125*t44 - t125*t45 - t125*t46 - t38*t61 - t38*t88 - t38*t90 - t38*t93 - t39*t60 - t39*t86 - t39*t89 - t39*t92 - t41*t97 - t42*t98 - t43*t99 - t44*t62 - t44*t63 - t45*t62 - t45*t77 - t45*t82 - t46*t63 - t46*t80 - t46*t82 - t55*t95 - t56*t94 - t57*t60 - t57*t93 - t57*t95 - t59*t94 - t60*t91 - t61*t68 - t61*t91 - t65*t96 - t68*t92 - t68*t96 - t83*t91 - t84*t91 + in_A_6*t122*t94 + t45*t46*t58 - in_A_2*t117*t68 - t108*t118*t122 - t112*t115*t57) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_0) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_1) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_2) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_3) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_4) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_5) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_6) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_7) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_8) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_9) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_10) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_11) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + im_r2w_0) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + im_r2w_1) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + im_r2w_2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + im_r2w_3) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + im_r2w_4) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + im_r2w_5) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + im_r2w_6) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + im_r2w_7) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    out = numpy.empty(batch + (9,))
    out[..., 0] = 3.0*im_y_11_0*t136 + 3.0*im_y_2_0*t137 + 3.0*im_y_4_0*t138 + 3.0*im_y_5_0*t139 + 3.0*im_y_6_0*t140 + 3.0*im_y_7_0*t141 + 3.0*im_y_8_0*t142 + 3.0*im_y_9_0*t143 + 6.0*im_y_10_0*t144 + 6.0*im_y_3_0*t145 - 3.0*im_y_11_0*t126 - 3.0*im_y_2_0*t127 - 3.0*im_y_4_0*t128 - 3.0*im_y_5_0*t129 - 3.0*im_y_6_0*t130 - 3.0*im_y_7_0*t131 - 3.0*im_y_8_0*t132 - 3.0*im_y_9_0*t133 - 6.0*im_y_10_0*t134 - 6.0*im_y_3_0*t135
    out[..., 1] = t127*t147 + t131*t151 + t132*t152 + t133*t153 + t136*t146 + t138*t148 + t139*t149 + t140*t150 - t126*t146 - t128*t148 - t129*t149 - t130*t150 - t137*t147 - t141*t151 - t142*t152 - t143*t153
    out[..., 2] = 9.797958971132712*im_y_0_0*t155 + 9.797958971132712*im_y_5_0*t139 + 9.797958971132712*im_y_7_0*t131 - 9.797958971132712*im_y_0_0*t154 - 9.797958971132712*im_y_5_0*t129 - 9.797958971132712*im_y_7_0*t141
    out[..., 3] = 3.0*im_y_11_1*t136 + 3.0*im_y_2_1*t137 + 3.0*im_y_4_1*t138 + 3.0*im_y_5_1*t139 + 3.0*im_y_6_1*t140 + 3.0*im_y_7_1*t141 + 3.0*im_y_8_1*t142 + 3.0*im_y_9_1*t143 + 6.0*im_y_10_1*t144 + 6.0*im_y_3_1*t145 - 3.0*im_y_11_1*t126 - 3.0*im_y_2_1*t127 - 3.0*im_y_4_1*t128 - 3.0*im_y_5_1*t129 - 3.0*im_y_6_1*t130 - 3.0*im_y_7_1*t131 - 3.0*im_y_8_1*t132 - 3.0*im_y_9_1*t133 - 6.0*im_y_10_1*t134 - 6.0*im_y_3_1*t135
    out[..., 4] = t127*t157 + t131*t161 + t132*t162 + t133*t163 + t136*t156 + t138*t158 + t139*t159 + t140*t160 - t126*t156 - t128*t158 - t129*t159 - t130*t160 - t137*t157 - t141*t161 - t142*t162 - t143*t163
    out[..., 5] = 9.797958971132712*im_y_0_1*t155 + 9.797958971132712*im_y_5_1*t139 + 9.797958971132712*im_y_7_1*t131 - 9.797958971132712*im_y_0_1*t154 - 9.797958971132712*im_y_5_1*t129 - 9.797958971132712*im_y_7_1*t141
    out[..., 6] = 3.0*im_y_11_2*t136 + 3.0*im_y_2_2*t137 + 3.0*im_y_4_2*t138 + 3.0*im_y_5_2*t139 + 3.0*im_y_6_2*t140 + 3.0*im_y_7_2*t141 + 3.0*im_y_8_2*t142 + 3.0*im_y_9_2*t143 + 6.0*im_y_10_2*t144 + 6.0*im_y_3_2*t145 - 3.0*im_y_11_2*t126 - 3.0*im_y_2_2*t127 - 3.0*im_y_4_2*t128 - 3.0*im_y_5_2*t129 - 3.0*im_y_6_2*t130 - 3.0*im_y_7_2*t131 - 3.0*im_y_8_2*t132 - 3.0*im_y_9_2*t133 - 6.0*im_y_10_2*t134 - 6.0*im_y_3_2*t135
    out[..., 7] = t127*t165 + t131*t169 + t132*t170 + t133*t171 + t136*t164 + t138*t166 + t139*t167 + t140*t168 - t126*t164 - t128*t166 - t129*t167 - t130*t168 - t137*t165 - t141*t169 - t142*t170 - t143*t171
    out[..., 8] = 9.797958971132712*im_y_0_2*t155 + 9.797958971132712*im_y_5_2*t139 + 9.797958971132712*im_y_7_2*t131 - 9.797958971132712*im_y_0_2*t154 - 9.797958971132712*im_y_5_2*t129 - 9.797958971132712*im_y_7_2*t141
    return out.reshape(batch + (3, 3,))


def moduli(A, p):
    """C_ijkl = d2W/dA_ij dA_kl at fixed deformed shifts p (not fixed fractional coordinates: see moduli_fractional), shape (d, d, d, d), per reference volume. p: deformed shift vectors.

    A: shape (..., 3, 3)
    p: shape (..., 1, 3)
    returns C (..., 3, 3, 3, 3)
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
    batch, flat_p = _split(p, "p", (1, 3,))
    batches.append(batch)
    in_p_0 = flat_p[..., 0]
    in_p_1 = flat_p[..., 1]
    in_p_2 = flat_p[..., 2]
    batch = numpy.broadcast_shapes(*batches)
    t0 = 1.632993161855452*in_A_2
    t1 = -0.8908987181403393*in_p_0
    t2 = t0 + t1
    im_y_0_0 = -t2
    t3 = 1.632993161855452*in_A_5
    t4 = -0.8908987181403393*in_p_1
    t5 = t3 + t4
    im_y_0_1 = -t5
    t6 = -0.8908987181403393*in_p_2
    t7 = 1.632993161855452*in_A_8
    t8 = 1.632993161855452 + t7
    t9 = t6 + t8
    im_y_0_2 = -t9
    t10 = (im_y_0_0)**2
    t11 = (im_y_0_1)**2
    t12 = (im_y_0_2)**2
    im_r2_0 = t10 + t11 + t12
    t13 = 0.8908987181403393*in_p_0
    im_y_1_0 = t13
    t14 = 0.8908987181403393*in_p_1
    im_y_1_1 = t14
    t15 = 0.8908987181403393*in_p_2
    im_y_1_2 = t15
    im_r2_1 = (im_y_1_0)**2 + (im_y_1_1)**2 + (im_y_1_2)**2
    t16 = 0.8660254037844386*in_A_1
    t17 = 0.5 + (0.5)*in_A_0
    t18 = t17 - t16
    t19 = -t18
    im_y_2_0 = t19
    t20 = (0.5)*in_A_3
    t21 = 0.8660254037844386*in_A_4
    t22 = 0.8660254037844386 + t21
    t23 = t22 - t20
    im_y_2_1 = t23
    t24 = (0.5)*in_A_6
    t25 = 0.8660254037844386*in_A_7
    t26 = t24 - t25
    t27 = -t26
    im_y_2_2 = t27
    t28 = (im_y_2_0)**2
    t29 = (im_y_2_1)**2
    t30 = (im_y_2_2)**2
    im_r2_2 = t28 + t29 + t30
    t31 = 1.0 + in_A_0
    im_y_3_0 = t31
    im_y_3_1 = in_A_3
    im_y_3_2 = in_A_6
    t32 = (im_y_3_0)**2
    t33 = (im_y_3_1)**2
    t34 = (im_y_3_2)**2
    im_r2_3 = t32 + t33 + t34
    t35 = t16 + t17
    im_y_4_0 = t35
    t36 = t20 + t22
    im_y_4_1 = t36
    t37 = t24 + t25
    im_y_4_2 = t37
    t38 = (im_y_4_0)**2
    t39 = (im_y_4_1)**2
    t40 = (im_y_4_2)**2
    im_r2_4 = t38 + t39 + t40
    im_y_5_0 = -t2 - t35
    im_y_5_1 = -t36 - t5
    im_y_5_2 = -t37 - t9
    t41 = (im_y_5_0)**2
    t42 = (im_y_5_1)**2
    t43 = (im_y_5_2)**2
    im_r2_5 = t41 + t42 + t43
    im_y_6_0 = -t1 - t35
    im_y_6_1 = -t36 - t4
    im_y_6_2 = -t37 - t6
    t44 = (im_y_6_0)**2
    t45 = (im_y_6_1)**2
    t46 = (im_y_6_2)**2
    im_r2_6 = t44 + t45 + t46
    t47 = -t0
    t48 = t13 + t18
    im_y_7_0 = t47 + t48
    im_y_7_1 = -t23 - t5
    im_y_7_2 = t24 - t25 - t9
    t49 = (im_y_7_0)**2
    t50 = (im_y_7_1)**2
    t51 = (im_y_7_2)**2
    im_r2_7 = t49 + t50 + t51
    im_y_8_0 = t48
    im_y_8_1 = -0.8660254037844386 + t14 + t20 - t21
    im_y_8_2 = t15 + t26
    t52 = (im_y_8_0)**2
    t53 = (im_y_8_1)**2
    t54 = (im_y_8_2)**2
    im_r2_8 = t52 + t53 + t54
    im_y_9_0 = t19
    im_y_9_1 = t23
    im_y_9_2 = t27
    t55 = (im_y_9_0)**2
    t56 = (im_y_9_1)**2
    t57 = (im_y_9_2)**2
    im_r2_9 = t55 + t56 + t57
    im_y_10_0 = t31
    im_y_10_1 = in_A_3
    im_y_10_2 = in_A_6
    t58 = (im_y_10_0)**2
    t59 = (im_y_10_1)**2
    t60 = (im_y_10_2)**2
    im_r2_10 = t58 + t59 + t60
    im_y_11_0 = t35
    im_y_11_1 = t36
    im_y_11_2 = t37
    t61 = (im_y_11_0)**2
    t62 = (im_y_11_1)**2
    t63 = (im_y_11_2)**2
    im_r2_11 = t61 + t62 + t63
    t64 = 1.7320508075688772*in_A_1
    t65 = t6 + 1.7320508075688772*in_A_7
    t66 = 1.7320508075688772 + 1.7320508075688772*in_A_4
    im_r2w_0 = (-t2 - t64)**2 + (-t5 - t66)**2 + (-t65 - t8)**2
    im_r2w_1 = (t65)**2 + (-t1 - t64)**2 + (-t4 - t66)**2
    t67 = in_A_6 + t6
    im_r2w_2 = (-in_A_3 - t5)**2 + (-t2 - t31)**2 + (-t67 - t8)**2
    im_r2w_3 = (t67)**2 + (-in_A_3 - t4)**2 + (-t1 - t31)**2
    t68 = in_A_3 + t14
    t69 = t13 + t31
    t70 = in_A_6 + t15
    im_r2w_4 = (t47 + t69)**2 + (t68 - t3)**2 + (-1.632993161855452 + t70 - t7)**2
    im_r2w_5 = (t68)**2 + (t69)**2 + (t70)**2
    t71 = (in_A_2)**2
    t72 = (in_A_5)**2
    t73 = (t8)**2 + 2.6666666666666665*t71 + 2.6666666666666665*t72
    im_r2w_6 = t73
    im_r2w_7 = t73
    t74 = in_A_0*in_A_4
    t75 = in_A_0*in_A_8
    t76 = in_A_4*in_A_8
    t77 = in_A_1*in_A_3
    t78 = in_A_2*in_A_6
    t79 = in_A_5*in_A_7
    t80 = in_A_8*t74
    t81 = in_A_1*in_A_6
    t82 = in_A_5*t81
    t83 = in_A_3*in_A_7
    t84 = in_A_2*t83
    t85 = in_A_0*t79
    t86 = in_A_8*t77
    t87 = in_A_4*t78
    t88 = (in_A_0)**2
    t89 = (in_A_3)**2
    t90 = (in_A_6)**2
    t91 = 2.0*in_A_0
    t92 = (in_A_1)**2
    t93 = (0.81)*t92
    t94 = (0.81)*t89
    t95 = (0.38)*in_A_0
    t96 = (0.38)*in_A_4
    t97 = (0.19)*t88
    t98 = (in_A_4)**2
    t99 = (0.19)*t98
    t100 = (0.19)*t90
    t101 = (in_A_7)**2
    t102 = (0.19)*t101
    t103 = t88*t98
    t104 = t101*t88
    t105 = t89*t92
    t106 = t90*t92
    t107 = t101*t89
    t108 = t90*t98
    t109 = 2.0*t77
    t110 = t91*t98
    t111 = t101*t91
    t112 = 2.0*in_A_4
    t113 = t112*t88
    t114 = t112*t90
    t115 = 4.0*t74
    t116 = t77*t91
    t117 = in_A_4*t109
    t118 = in_A_7*t81
    t119 = 2.0*t118
    t120 = in_A_6*t83
    t121 = 2.0*t120
    t122 = t118*t91
    t123 = t112*t120
    t124 = (in_A_8)**2
    t125 = (1.62)*in_A_0
    t126 = (1.62)*in_A_4
    t127 = (1.62)*in_A_8
    t128 = (0.81)*t72
    t129 = (0.81)*t71
    t130 = (0.38)*t77
    t131 = (0.38)*t78
    t132 = (0.38)*t79
    t133 = (0.38)*in_A_8
    t134 = t109*t124
    t135 = 2.0*t78
    t136 = t135*t98
    t137 = 2.0*t79
    t138 = t137*t88
    t139 = 2.0*t82
    t140 = 2.0*t84
    t141 = 2.0*in_A_8
    t142 = 4.0*t75
    t143 = 4.0*t76
    t144 = (1.62)*in_A_5
    t145 = in_A_1*in_A_2
    t146 = in_A_7*t145
    t147 = in_A_3*t144
    t148 = 2.0*in_A_5
    t149 = t146*t89
    t150 = in_A_3*t148
    t151 = in_A_6*t92
    t152 = t109*t78
    t153 = t109*t79
    t154 = t135*t79
    t155 = in_A_3*in_A_5
    t156 = in_A_2*t155
    t157 = in_A_5*t145
    t158 = 4.0*t80
    t159 = (im_r2_11)**-8
    t160 = t159*t61
    t161 = (im_r2_2)**-8
    t162 = t161*t28
    t163 = (im_r2_4)**-8
    t164 = t163*t38
    t165 = (im_r2_5)**-8
    t166 = t165*t41
    t167 = (im_r2_6)**-8
    t168 = t167*t44
    t169 = (im_r2_7)**-8
    t170 = t169*t49
    t171 = (im_r2_8)**-8
    t172 = t171*t52
    t173 = (im_r2_9)**-8
    t174 = t173*t55
    t175 = (im_r2_10)**-8
    t176 = 84.0*t175
    t177 = (im_r2_3)**-8
    t178 = 84.0*t177
    t179 = (im_r2_11)**-5
    t180 = t179*t61
    t181 = (im_r2_2)**-5
    t182 = t181*t28
    t183 = (im_r2_4)**-5
    t184 = t183*t38
    t185 = (im_r2_5)**-5
    t186 = t185*t41
    t187 = (im_r2_6)**-5
    t188 = t187*t44
    t189 = (im_r2_7)**-5
    t190 = t189*t49
    t191 = (im_r2_8)**-5
    t192 = t191*t52
    t193 = (im_r2_9)**-5
    t194 = t193*t55
    t195 = 48.0/(im_r2_10)**5
    t196 = 48.0/(im_r2_3)**5
    t197 = (im_r2_11)**-4
    t198 = (im_r2_2)**-4
    t199 = (im_r2_4)**-4
    t200 = (im_r2_5)**-4
    t201 = (im_r2_6)**-4
    t202 = (im_r2_7)**-4
    t203 = (im_r2_8)**-4
    t204 = (im_r2_9)**-4
    t205 = (im_r2_11)**-7
    t206 = (im_r2_2)**-7
    t207 = (im_r2_4)**-7
    t208 = (im_r2_5)**-7
    t209 = (im_r2_6)**-7
    t210 = (im_r2_7)**-7
    t211 = (im_r2_8)**-7
    t212 = (im_r2_9)**-7
    t213 = 1.5*t197 + 1.5*t198 + 1.5*t199 + 1.5*t200 + 1.5*t201 + 1.5*t202 + 1.5*t203 + 1.5*t204 + 6.0/(im_r2_10)**4 + 6.0/(im_r2_3)**4 - 1.5*t205 - 1.5*t206 - 1.5*t207 - 1.5*t208 - 1.5*t209 - 1.5*t210 - 1.5*t211 - 1.5*t212 - 6.0/(im_r2_10)**7 - 6.0/(im_r2_3)**7
    t214 = 2.598076211353316*t198 + 2.598076211353316*t202 + 2.598076211353316*t203 + 2.598076211353316*t204 + 2.598076211353316*t205 + 2.598076211353316*t207 + 2.598076211353316*t208 + 2.598076211353316*t209 - 2.598076211353316*t197 - 2.598076211353316*t199 - 2.598076211353316*t200 - 2.598076211353316*t201 - 2.598076211353316*t206 - 2.598076211353316*t210 - 2.598076211353316*t211 - 2.598076211353316*t212
    t215 = -t214 - 36.373066958946424*t162 - 36.373066958946424*t170 - 36.373066958946424*t172 - 36.373066958946424*t174 - 20.784609690826528*t180 - 20.784609690826528*t184 - 20.784609690826528*t186 - 20.784609690826528*t188 + 36.373066958946424*t159*t61 + 36.373066958946424*t163*t38 + 36.373066958946424*t165*t41 + 36.373066958946424*t167*t44 + 20.784609690826528*t181*t28 + 20.784609690826528*t189*t49 + 20.784609690826528*t191*t52 + 20.784609690826528*t193*t55
    t216 = 4.898979485566356*t202 + 4.898979485566356*t208 - 4.898979485566356*t200 - 4.898979485566356*t210
    t217 = -t216 - 68.58571279792898*t170 - 39.191835884530846*t186 + 68.58571279792898*t165*t41 + 39.191835884530846*t189*t49
    t218 = im_y_11_0*im_y_11_1
    t219 = t179*t218
    t220 = im_y_2_0*im_y_2_1
    t221 = t181*t220
    t222 = im_y_4_0*im_y_4_1
    t223 = t183*t222
    t224 = im_y_5_0*im_y_5_1
    t225 = t185*t224
    t226 = im_y_6_0*im_y_6_1
    t227 = t187*t226
    t228 = im_y_7_0*im_y_7_1
    t229 = t189*t228
    t230 = im_y_8_0*im_y_8_1
    t231 = t191*t230
    t232 = im_y_9_0*im_y_9_1
    t233 = t193*t232
    t234 = -12.0*t219 - 12.0*t221 - 12.0*t223 - 12.0*t225 - 12.0*t227 - 12.0*t229 - 12.0*t231 - 12.0*t233 - im_y_10_0*im_y_10_1*t195 - im_y_3_0*im_y_3_1*t196 + 21.0*im_y_11_0*im_y_11_1*t159 + 21.0*im_y_2_0*im_y_2_1*t161 + 21.0*im_y_4_0*im_y_4_1*t163 + 21.0*im_y_5_0*im_y_5_1*t165 + 21.0*im_y_6_0*im_y_6_1*t167 + 21.0*im_y_7_0*im_y_7_1*t169 + 21.0*im_y_8_0*im_y_8_1*t171 + 21.0*im_y_9_0*im_y_9_1*t173 + 84.0*im_y_10_0*im_y_10_1*t175 + 84.0*im_y_3_0*im_y_3_1*t177
    t235 = t165*t224
    t236 = t169*t228
    t237 = 36.373066958946424*t235 + 20.784609690826528*t221 + 20.784609690826528*t229 + 20.784609690826528*t231 + 20.784609690826528*t233 - 36.373066958946424*t236 - 20.784609690826528*t219 - 20.784609690826528*t223 - 20.784609690826528*t225 - 20.784609690826528*t227 + 36.373066958946424*t159*t218 + 36.373066958946424*t163*t222 + 36.373066958946424*t167*t226 - 36.373066958946424*t161*t220 - 36.373066958946424*t171*t230 - 36.373066958946424*t173*t232
    t238 = 68.58571279792898*t235 + 39.191835884530846*t229 - 68.58571279792898*t236 - 39.191835884530846*t225
    t239 = im_y_11_0*im_y_11_2
    t240 = t179*t239
    t241 = im_y_2_0*im_y_2_2
    t242 = t181*t241
    t243 = im_y_4_0*im_y_4_2
    t244 = t183*t243
    t245 = im_y_5_0*im_y_5_2
    t246 = t185*t245
    t247 = im_y_6_0*im_y_6_2
    t248 = t187*t247
    t249 = im_y_7_0*im_y_7_2
    t250 = t189*t249
    t251 = im_y_8_0*im_y_8_2
    t252 = t191*t251
    t253 = im_y_9_0*im_y_9_2
    t254 = t193*t253
    t255 = -12.0*t240 - 12.0*t242 - 12.0*t244 - 12.0*t246 - 12.0*t248 - 12.0*t250 - 12.0*t252 - 12.0*t254 - im_y_10_0*im_y_10_2*t195 - im_y_3_0*im_y_3_2*t196 + 21.0*im_y_11_0*im_y_11_2*t159 + 21.0*im_y_2_0*im_y_2_2*t161 + 21.0*im_y_4_0*im_y_4_2*t163 + 21.0*im_y_5_0*im_y_5_2*t165 + 21.0*im_y_6_0*im_y_6_2*t167 + 21.0*im_y_7_0*im_y_7_2*t169 + 21.0*im_y_8_0*im_y_8_2*t171 + 21.0*im_y_9_0*im_y_9_2*t173 + 84.0*im_y_10_0*im_y_10_2*t175 + 84.0*im_y_3_0*im_y_3_2*t177
    t256 = t165*t245
    t257 = t169*t249
    t258 = 36.373066958946424*t256 + 20.784609690826528*t242 + 20.784609690826528*t250 + 20.784609690826528*t252 + 20.784609690826528*t254 - 36.373066958946424*t257 - 20.784609690826528*t240 - 20.784609690826528*t244 - 20.784609690826528*t246 - 20.784609690826528*t248 + 36.373066958946424*t159*t239 + 36.373066958946424*t163*t243 + 36.373066958946424*t167*t247 - 36.373066958946424*t161*t241 - 36.373066958946424*t171*t251 - 36.373066958946424*t173*t253
    t259 = 68.58571279792898*t256 + 39.191835884530846*t250 - 68.58571279792898*t257 - 39.191835884530846*t246
    t260 = 4.5*t197 + 4.5*t198 + 4.5*t199 + 4.5*t200 + 4.5*t201 + 4.5*t202 + 4.5*t203 + 4.5*t204 - 4.5*t205 - 4.5*t206 - 4.5*t207 - 4.5*t208 - 4.5*t209 - 4.5*t210 - 4.5*t211 - 4.5*t212
    t261 = 8.48528137423857*t200 + 8.48528137423857*t202 - 8.48528137423857*t208 - 8.48528137423857*t210
    t262 = t261 + 118.79393923933998*t166 + 118.79393923933998*t170 - 67.88225099390856*t186 - 67.88225099390856*t190
    t263 = -36.0*t219 - 36.0*t221 - 36.0*t223 - 36.0*t225 - 36.0*t227 - 36.0*t229 - 36.0*t231 - 36.0*t233 + 63.0*im_y_11_0*im_y_11_1*t159 + 63.0*im_y_2_0*im_y_2_1*t161 + 63.0*im_y_4_0*im_y_4_1*t163 + 63.0*im_y_5_0*im_y_5_1*t165 + 63.0*im_y_6_0*im_y_6_1*t167 + 63.0*im_y_7_0*im_y_7_1*t169 + 63.0*im_y_8_0*im_y_8_1*t171 + 63.0*im_y_9_0*im_y_9_1*t173
    t264 = -67.88225099390856*t225 - 67.88225099390856*t229 + 118.79393923933998*im_y_5_0*im_y_5_1*t165 + 118.79393923933998*im_y_7_0*im_y_7_1*t169
    t265 = -36.0*t240 - 36.0*t242 - 36.0*t244 - 36.0*t246 - 36.0*t248 - 36.0*t250 - 36.0*t252 - 36.0*t254 + 63.0*im_y_11_0*im_y_11_2*t159 + 63.0*im_y_2_0*im_y_2_2*t161 + 63.0*im_y_4_0*im_y_4_2*t163 + 63.0*im_y_5_0*im_y_5_2*t165 + 63.0*im_y_6_0*im_y_6_2*t167 + 63.0*im_y_7_0*im_y_7_2*t169 + 63.0*im_y_8_0*im_y_8_2*t171 + 63.0*im_y_9_0*im_y_9_2*t173
    t266 = -67.88225099390856*t246 - 67.88225099390856*t250 + 118.79393923933998*im_y_5_0*im_y_5_2*t165 + 118.79393923933998*im_y_7_0*im_y_7_2*t169
    t267 = (im_r2_0)**-8
    t268 = 223.99999999999997*t267
    t269 = 127.99999999999999/(im_r2_0)**5
    t270 = 15.999999999999998*t200 + 15.999999999999998*t202 + 15.999999999999998/(im_r2_0)**4 - 15.999999999999998*t208 - 15.999999999999998*t210 - 15.999999999999998/(im_r2_0)**7
    t271 = -127.99999999999999*t225 - 127.99999999999999*t229 - im_y_0_0*im_y_0_1*t269 + 223.99999999999997*im_y_0_0*im_y_0_1*t267 + 223.99999999999997*im_y_5_0*im_y_5_1*t165 + 223.99999999999997*im_y_7_0*im_y_7_1*t169
    t272 = -127.99999999999999*t246 - 127.99999999999999*t250 - im_y_0_0*im_y_0_2*t269 + 223.99999999999997*im_y_0_0*im_y_0_2*t267 + 223.99999999999997*im_y_5_0*im_y_5_2*t165 + 223.99999999999997*im_y_7_0*im_y_7_2*t169
    t273 = t159*t62
    t274 = t161*t29
    t275 = t163*t39
    t276 = t165*t42
    t277 = t167*t45
    t278 = t169*t50
    t279 = t171*t53
    t280 = t173*t56
    t281 = t179*t62
    t282 = t181*t29
    t283 = t183*t39
    t284 = t185*t42
    t285 = t187*t45
    t286 = t189*t50
    t287 = t191*t53
    t288 = t193*t56
    t289 = -t214 - 36.373066958946424*t274 - 36.373066958946424*t278 - 36.373066958946424*t279 - 36.373066958946424*t280 - 20.784609690826528*t281 - 20.784609690826528*t283 - 20.784609690826528*t284 - 20.784609690826528*t285 + 36.373066958946424*t159*t62 + 36.373066958946424*t163*t39 + 36.373066958946424*t165*t42 + 36.373066958946424*t167*t45 + 20.784609690826528*t181*t29 + 20.784609690826528*t189*t50 + 20.784609690826528*t191*t53 + 20.784609690826528*t193*t56
    t290 = -t216 - 68.58571279792898*t278 - 39.191835884530846*t284 + 68.58571279792898*t165*t42 + 39.191835884530846*t189*t50
    t291 = im_y_11_1*im_y_11_2
    t292 = t179*t291
    t293 = im_y_2_1*im_y_2_2
    t294 = t181*t293
    t295 = im_y_4_1*im_y_4_2
    t296 = t183*t295
    t297 = im_y_5_1*im_y_5_2
    t298 = t185*t297
    t299 = im_y_6_1*im_y_6_2
    t300 = t187*t299
    t301 = im_y_7_1*im_y_7_2
    t302 = t189*t301
    t303 = im_y_8_1*im_y_8_2
    t304 = t191*t303
    t305 = im_y_9_1*im_y_9_2
    t306 = t193*t305
    t307 = -12.0*t292 - 12.0*t294 - 12.0*t296 - 12.0*t298 - 12.0*t300 - 12.0*t302 - 12.0*t304 - 12.0*t306 - im_y_10_1*im_y_10_2*t195 - im_y_3_1*im_y_3_2*t196 + 21.0*im_y_11_1*im_y_11_2*t159 + 21.0*im_y_2_1*im_y_2_2*t161 + 21.0*im_y_4_1*im_y_4_2*t163 + 21.0*im_y_5_1*im_y_5_2*t165 + 21.0*im_y_6_1*im_y_6_2*t167 + 21.0*im_y_7_1*im_y_7_2*t169 + 21.0*im_y_8_1*im_y_8_2*t171 + 21.0*im_y_9_1*im_y_9_2*t173 + 84.0*im_y_10_1*im_y_10_2*t175 + 84.0*im_y_3_1*im_y_3_2*t177
    t308 = t165*t297
    t309 = t169*t301
    t310 = 36.373066958946424*t308 + 20.784609690826528*t294 + 20.784609690826528*t302 + 20.784609690826528*t304 + 20.784609690826528*t306 - 36.373066958946424*t309 - 20.784609690826528*t292 - 20.784609690826528*t296 - 20.784609690826528*t298 - 20.784609690826528*t300 + 36.373066958946424*t159*t291 + 36.373066958946424*t163*t295 + 36.373066958946424*t167*t299 - 36.373066958946424*t161*t293 - 36.373066958946424*t171*t303 - 36.373066958946424*t173*t305
    t311 = 68.58571279792898*t308 + 39.191835884530846*t302 - 68.58571279792898*t309 - 39.191835884530846*t298
    t312 = t261 + 118.79393923933998*t276 + 118.79393923933998*t278 - 67.88225099390856*t284 - 67.88225099390856*t286
    t313 = -36.0*t292 - 36.0*t294 - 36.0*t296 - 36.0*t298 - 36.0*t300 - 36.0*t302 - 36.0*t304 - 36.0*t306 + 63.0*im_y_11_1*im_y_11_2*t159 + 63.0*im_y_2_1*im_y_2_2*t161 + 63.0*im_y_4_1*im_y_4_2*t163 + 63.0*im_y_5_1*im_y_5_2*t165 + 63.0*im_y_6_1*im_y_6_2*t167 + 63.0*im_y_7_1*im_y_7_2*t169 + 63.0*im_y_8_1*im_y_8_2*t171 + 63.0*im_y_9_1*im_y_9_2*t173
    t314 = -67.88225099390856*t298 - 67.88225099390856*t302 + 118.79393923933998*im_y_5_1*im_y_5_2*t165 + 118.79393923933998*im_y_7_1*im_y_7_2*t169
    t315 = -127.99999999999999*t298 - 127.99999999999999*t302 - im_y_0_1*im_y_0_2*t269 + 223.99999999999997*im_y_0_1*im_y_0_2*t267 + 223.99999999999997*im_y_5_1*im_y_5_2*t165 + 223.99999999999997*im_y_7_1*im_y_7_2*t169
    t316 = t159*t63
    t317 = t161*t30
    t318 = t163*t40
    t319 = t165*t43
    t320 = t167*t46
    t321 = t169*t51
    t322 = t171*t54
    t323 = t173*t57
    t324 = t179*t63
    t325 = t181*t30
    t326 = t183*t40
    t327 = t185*t43
    t328 = t187*t46
    t329 = t189*t51
    t330 = t191*t54
    t331 = t193*t57
    t332 = -t214 - 36.373066958946424*t317 - 36.373066958946424*t321 - 36.373066958946424*t322 - 36.373066958946424*t323 - 20.784609690826528*t324 - 20.784609690826528*t326 - 20.784609690826528*t327 - 20.784609690826528*t328 + 36.373066958946424*t159*t63 + 36.373066958946424*t163*t40 + 36.373066958946424*t165*t43 + 36.373066958946424*t167*t46 + 20.784609690826528*t181*t30 + 20.784609690826528*t189*t51 + 20.784609690826528*t191*t54 + 20.784609690826528*t193*t57
    t333 = -t216 - 68.58571279792898*t321 - 39.191835884530846*t327 + 68.58571279792898*t165*t43 + 39.191835884530846*t189*t51
    t334 = t261 + 118.79393923933998*t319 + 118.79393923933998*t321 - 67.88225099390856*t327 - 67.88225099390856*t329
    if not numpy.all(numpy.asarray(in_A_4 + in_A_8 + t31 + t74 + t75 + t76 + t80 + t82 + t84 - t77 - t78 - t79 - t85 - t86 - t87) > 0):
        raise ValueError("det(I + A) must be positive (the deformation inverts the crystal)")
    if not numpy.all(numpy.asarray(0.0087890625 - (in_p_0 - 0.6480537657465552*in_A_1 - 0.916486424665735*in_A_2)**2 - (-0.6480537657465552 + in_p_1 - 0.6480537657465552*in_A_4 - 0.916486424665735*in_A_5)**2 - (-0.916486424665735 + in_p_2 - 0.6480537657465552*in_A_7 - 0.916486424665735*in_A_8)**2) > 0):
        raise ValueError("shift p1 moved more than 0.0938 from its affine position (outside the range where the neighbour set is valid)")
    if not numpy.all(numpy.asarray(0.19 + t88 + t89 + t90 + t91) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.0361 + t100 + t102 + t103 + t104 + t105 + t106 + t107 + t108 + t110 + t111 + t113 + t114 + t115 + t95 + t96 + t97 + t99 - t109 - t116 - t117 - t119 - t121 - t122 - t123 - t93 - t94 - t109*t74) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.006859 + t139 + t140 + t152 + t153 + t154 - t130 - t131 - t132 - t134 - t136 - t138 - 4.0*t85 - 4.0*t86 - 4.0*t87 - 2.0*t149 + 8.0*t80 - 0.1539*t101 - 0.1539*t71 - 0.1539*t72 - 0.1539*t89 - 0.1539*t90 - 0.1539*t92 - 0.81*t104 - 0.81*t108 + (0.76)*t74 + (0.76)*t75 + (0.76)*t76 + (0.19)*t105 + (1.62)*t118 + (1.62)*t120 + (1.62)*t146 + (0.0722)*in_A_0 + (0.0722)*in_A_4 + (0.0722)*in_A_8 + (0.0361)*t124 + (0.0361)*t88 + (0.0361)*t98 + in_A_2*t147 + in_A_6*t147 + in_A_8*t139 + in_A_8*t140 + t100*t71 + t102*t72 + t103*t124 + t103*t141 + t104*t72 + t105*t124 + t105*t141 + t106*t72 + t107*t71 + t108*t71 + t109*t87 + t110*t124 + t111*t72 + t112*t82 + t112*t84 + t113*t124 + t114*t71 + t115*t124 + t116*t79 + t118*t125 + t120*t126 + t124*t95 + t124*t96 + t124*t97 + t124*t99 + t125*t156 + t126*t157 + t127*t146 + t133*t88 + t133*t98 + t135*t86 + t137*t86 + t137*t87 + t139*t74 + t139*t75 + t139*t76 + t139*t80 + t140*t74 + t140*t75 + t140*t76 + t140*t80 + t142*t98 + t143*t88 + t144*t145 + t152*t76 + t152*t79 + t153*t75 + t154*t74 + t82*t91 + t84*t91 + t88*t96 + t95*t98 + t97*t98 - in_A_8*t131 - in_A_8*t132 - in_A_8*t136 - in_A_8*t138 - t101*t125 - t101*t129 - t101*t94 - t110*t78 - t111*t156 - t113*t79 - t114*t157 - t115*t78 - t115*t79 - t116*t124 - t117*t124 - t119*t72 - t121*t71 - t122*t72 - t123*t71 - t124*t93 - t124*t94 - t125*t72 - t126*t71 - t126*t90 - t127*t89 - t127*t92 - t128*t88 - t128*t90 - t129*t98 - t130*t74 - t131*t75 - t132*t76 - t134*t74 - t136*t75 - t138*t76 - t141*t149 - t142*t77 - t142*t79 - t143*t77 - t143*t78 - t150*t151 - t158*t77 - t158*t78 - t158*t79 - t71*t94 - t72*t93 - t77*t95 - t77*t96 - t78*t95 - t79*t96 - t90*t93 + in_A_6*t127*t155 + t78*t79*t91 - in_A_2*t101*t150 - t141*t151*t155 - t145*t148*t90) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_0) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_1) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_2) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_3) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_4) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_5) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_6) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_7) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_8) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_9) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_10) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_11) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + im_r2w_0) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + im_r2w_1) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + im_r2w_2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + im_r2w_3) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + im_r2w_4) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + im_r2w_5) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + im_r2w_6) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + im_r2w_7) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    out = numpy.empty(batch + (81,))
    out[..., 0] = t213 + 21.0*t160 + 21.0*t162 + 21.0*t164 + 21.0*t166 + 21.0*t168 + 21.0*t170 + 21.0*t172 + 21.0*t174 - 12.0*t180 - 12.0*t182 - 12.0*t184 - 12.0*t186 - 12.0*t188 - 12.0*t190 - 12.0*t192 - 12.0*t194 + t176*t58 + t178*t32 - t195*t58 - t196*t32
    out[..., 1] = t215
    out[..., 2] = t217
    out[..., 3] = t234
    out[..., 4] = t237
    out[..., 5] = t238
    out[..., 6] = t255
    out[..., 7] = t258
    out[..., 8] = t259
    out[..., 9] = t215
    out[..., 10] = t260 + 63.0*t160 + 63.0*t162 + 63.0*t164 + 63.0*t166 + 63.0*t168 + 63.0*t170 + 63.0*t172 + 63.0*t174 - 36.0*t180 - 36.0*t182 - 36.0*t184 - 36.0*t186 - 36.0*t188 - 36.0*t190 - 36.0*t192 - 36.0*t194
    out[..., 11] = t262
    out[..., 12] = t237
    out[..., 13] = t263
    out[..., 14] = t264
    out[..., 15] = t258
    out[..., 16] = t265
    out[..., 17] = t266
    out[..., 18] = t217
    out[..., 19] = t262
    out[..., 20] = t270 + 223.99999999999997*t166 + 223.99999999999997*t170 - 127.99999999999999*t186 - 127.99999999999999*t190 + t10*t268 - t10*t269
    out[..., 21] = t238
    out[..., 22] = t264
    out[..., 23] = t271
    out[..., 24] = t259
    out[..., 25] = t266
    out[..., 26] = t272
    out[..., 27] = t234
    out[..., 28] = t237
    out[..., 29] = t238
    out[..., 30] = t213 + 21.0*t273 + 21.0*t274 + 21.0*t275 + 21.0*t276 + 21.0*t277 + 21.0*t278 + 21.0*t279 + 21.0*t280 - 12.0*t281 - 12.0*t282 - 12.0*t283 - 12.0*t284 - 12.0*t285 - 12.0*t286 - 12.0*t287 - 12.0*t288 + t176*t59 + t178*t33 - t195*t59 - t196*t33
    out[..., 31] = t289
    out[..., 32] = t290
    out[..., 33] = t307
    out[..., 34] = t310
    out[..., 35] = t311
    out[..., 36] = t237
    out[..., 37] = t263
    out[..., 38] = t264
    out[..., 39] = t289
    out[..., 40] = t260 + 63.0*t273 + 63.0*t274 + 63.0*t275 + 63.0*t276 + 63.0*t277 + 63.0*t278 + 63.0*t279 + 63.0*t280 - 36.0*t281 - 36.0*t282 - 36.0*t283 - 36.0*t284 - 36.0*t285 - 36.0*t286 - 36.0*t287 - 36.0*t288
    out[..., 41] = t312
    out[..., 42] = t310
    out[..., 43] = t313
    out[..., 44] = t314
    out[..., 45] = t238
    out[..., 46] = t264
    out[..., 47] = t271
    out[..., 48] = t290
    out[..., 49] = t312
    out[..., 50] = t270 + 223.99999999999997*t276 + 223.99999999999997*t278 - 127.99999999999999*t284 - 127.99999999999999*t286 + t11*t268 - t11*t269
    out[..., 51] = t311
    out[..., 52] = t314
    out[..., 53] = t315
    out[..., 54] = t255
    out[..., 55] = t258
    out[..., 56] = t259
    out[..., 57] = t307
    out[..., 58] = t310
    out[..., 59] = t311
    out[..., 60] = t213 + 21.0*t316 + 21.0*t317 + 21.0*t318 + 21.0*t319 + 21.0*t320 + 21.0*t321 + 21.0*t322 + 21.0*t323 - 12.0*t324 - 12.0*t325 - 12.0*t326 - 12.0*t327 - 12.0*t328 - 12.0*t329 - 12.0*t330 - 12.0*t331 + t176*t60 + t178*t34 - t195*t60 - t196*t34
    out[..., 61] = t332
    out[..., 62] = t333
    out[..., 63] = t258
    out[..., 64] = t265
    out[..., 65] = t266
    out[..., 66] = t310
    out[..., 67] = t313
    out[..., 68] = t314
    out[..., 69] = t332
    out[..., 70] = t260 + 63.0*t316 + 63.0*t317 + 63.0*t318 + 63.0*t319 + 63.0*t320 + 63.0*t321 + 63.0*t322 + 63.0*t323 - 36.0*t324 - 36.0*t325 - 36.0*t326 - 36.0*t327 - 36.0*t328 - 36.0*t329 - 36.0*t330 - 36.0*t331
    out[..., 71] = t334
    out[..., 72] = t259
    out[..., 73] = t266
    out[..., 74] = t272
    out[..., 75] = t311
    out[..., 76] = t314
    out[..., 77] = t315
    out[..., 78] = t333
    out[..., 79] = t334
    out[..., 80] = t270 + 223.99999999999997*t319 + 223.99999999999997*t321 - 127.99999999999999*t327 - 127.99999999999999*t329 + t12*t268 - t12*t269
    return out.reshape(batch + (3, 3, 3, 3,))


def energy_per_atom(A, p):
    """E(A, p) = W |Gamma| / (atoms per cell): stored energy per atom (seed 001 eq 3.4). Pair potential lj, truncated at rc, unshifted (LAMMPS lj/cut without pair_modify shift). p: deformed shift vectors.

    A: shape (..., 3, 3)
    p: shape (..., 1, 3)
    returns E (..., )
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
    batch, flat_p = _split(p, "p", (1, 3,))
    batches.append(batch)
    in_p_0 = flat_p[..., 0]
    in_p_1 = flat_p[..., 1]
    in_p_2 = flat_p[..., 2]
    batch = numpy.broadcast_shapes(*batches)
    t0 = 1.632993161855452*in_A_2
    t1 = -0.8908987181403393*in_p_0
    t2 = t0 + t1
    im_y_0_0 = -t2
    t3 = 1.632993161855452*in_A_5
    t4 = -0.8908987181403393*in_p_1
    t5 = t3 + t4
    im_y_0_1 = -t5
    t6 = -0.8908987181403393*in_p_2
    t7 = 1.632993161855452*in_A_8
    t8 = 1.632993161855452 + t7
    t9 = t6 + t8
    im_y_0_2 = -t9
    im_r2_0 = (im_y_0_0)**2 + (im_y_0_1)**2 + (im_y_0_2)**2
    t10 = 0.8908987181403393*in_p_0
    im_y_1_0 = t10
    t11 = 0.8908987181403393*in_p_1
    im_y_1_1 = t11
    t12 = 0.8908987181403393*in_p_2
    im_y_1_2 = t12
    im_r2_1 = (im_y_1_0)**2 + (im_y_1_1)**2 + (im_y_1_2)**2
    t13 = 0.8660254037844386*in_A_1
    t14 = 0.5 + (0.5)*in_A_0
    t15 = t14 - t13
    t16 = -t15
    im_y_2_0 = t16
    t17 = (0.5)*in_A_3
    t18 = 0.8660254037844386*in_A_4
    t19 = 0.8660254037844386 + t18
    t20 = t19 - t17
    im_y_2_1 = t20
    t21 = (0.5)*in_A_6
    t22 = 0.8660254037844386*in_A_7
    t23 = t21 - t22
    t24 = -t23
    im_y_2_2 = t24
    im_r2_2 = (im_y_2_0)**2 + (im_y_2_1)**2 + (im_y_2_2)**2
    t25 = 1.0 + in_A_0
    im_y_3_0 = t25
    im_y_3_1 = in_A_3
    im_y_3_2 = in_A_6
    im_r2_3 = (im_y_3_0)**2 + (im_y_3_1)**2 + (im_y_3_2)**2
    t26 = t13 + t14
    im_y_4_0 = t26
    t27 = t17 + t19
    im_y_4_1 = t27
    t28 = t21 + t22
    im_y_4_2 = t28
    im_r2_4 = (im_y_4_0)**2 + (im_y_4_1)**2 + (im_y_4_2)**2
    im_y_5_0 = -t2 - t26
    im_y_5_1 = -t27 - t5
    im_y_5_2 = -t28 - t9
    im_r2_5 = (im_y_5_0)**2 + (im_y_5_1)**2 + (im_y_5_2)**2
    im_y_6_0 = -t1 - t26
    im_y_6_1 = -t27 - t4
    im_y_6_2 = -t28 - t6
    im_r2_6 = (im_y_6_0)**2 + (im_y_6_1)**2 + (im_y_6_2)**2
    t29 = -t0
    t30 = t10 + t15
    im_y_7_0 = t29 + t30
    im_y_7_1 = -t20 - t5
    im_y_7_2 = t21 - t22 - t9
    im_r2_7 = (im_y_7_0)**2 + (im_y_7_1)**2 + (im_y_7_2)**2
    im_y_8_0 = t30
    im_y_8_1 = -0.8660254037844386 + t11 + t17 - t18
    im_y_8_2 = t12 + t23
    im_r2_8 = (im_y_8_0)**2 + (im_y_8_1)**2 + (im_y_8_2)**2
    im_y_9_0 = t16
    im_y_9_1 = t20
    im_y_9_2 = t24
    im_r2_9 = (im_y_9_0)**2 + (im_y_9_1)**2 + (im_y_9_2)**2
    im_y_10_0 = t25
    im_y_10_1 = in_A_3
    im_y_10_2 = in_A_6
    im_r2_10 = (im_y_10_0)**2 + (im_y_10_1)**2 + (im_y_10_2)**2
    im_y_11_0 = t26
    im_y_11_1 = t27
    im_y_11_2 = t28
    im_r2_11 = (im_y_11_0)**2 + (im_y_11_1)**2 + (im_y_11_2)**2
    t31 = 1.7320508075688772*in_A_1
    t32 = t6 + 1.7320508075688772*in_A_7
    t33 = 1.7320508075688772 + 1.7320508075688772*in_A_4
    im_r2w_0 = (-t2 - t31)**2 + (-t32 - t8)**2 + (-t33 - t5)**2
    im_r2w_1 = (t32)**2 + (-t1 - t31)**2 + (-t33 - t4)**2
    t34 = in_A_6 + t6
    im_r2w_2 = (-in_A_3 - t5)**2 + (-t2 - t25)**2 + (-t34 - t8)**2
    im_r2w_3 = (t34)**2 + (-in_A_3 - t4)**2 + (-t1 - t25)**2
    t35 = in_A_3 + t11
    t36 = t10 + t25
    t37 = in_A_6 + t12
    im_r2w_4 = (t29 + t36)**2 + (t35 - t3)**2 + (-1.632993161855452 + t37 - t7)**2
    im_r2w_5 = (t35)**2 + (t36)**2 + (t37)**2
    t38 = (in_A_2)**2
    t39 = (in_A_5)**2
    t40 = (t8)**2 + 2.6666666666666665*t38 + 2.6666666666666665*t39
    im_r2w_6 = t40
    im_r2w_7 = t40
    t41 = in_A_0*in_A_4
    t42 = in_A_0*in_A_8
    t43 = in_A_4*in_A_8
    t44 = in_A_1*in_A_3
    t45 = in_A_2*in_A_6
    t46 = in_A_5*in_A_7
    t47 = in_A_8*t41
    t48 = in_A_1*in_A_6
    t49 = in_A_5*t48
    t50 = in_A_3*in_A_7
    t51 = in_A_2*t50
    t52 = in_A_0*t46
    t53 = in_A_8*t44
    t54 = in_A_4*t45
    t55 = (in_A_0)**2
    t56 = (in_A_3)**2
    t57 = (in_A_6)**2
    t58 = 2.0*in_A_0
    t59 = (in_A_1)**2
    t60 = (0.81)*t59
    t61 = (0.81)*t56
    t62 = (0.38)*in_A_0
    t63 = (0.38)*in_A_4
    t64 = (0.19)*t55
    t65 = (in_A_4)**2
    t66 = (0.19)*t65
    t67 = (0.19)*t57
    t68 = (in_A_7)**2
    t69 = (0.19)*t68
    t70 = t55*t65
    t71 = t55*t68
    t72 = t56*t59
    t73 = t57*t59
    t74 = t56*t68
    t75 = t57*t65
    t76 = 2.0*t44
    t77 = t58*t65
    t78 = t58*t68
    t79 = 2.0*in_A_4
    t80 = t55*t79
    t81 = t57*t79
    t82 = 4.0*t41
    t83 = t44*t58
    t84 = in_A_4*t76
    t85 = in_A_7*t48
    t86 = 2.0*t85
    t87 = in_A_6*t50
    t88 = 2.0*t87
    t89 = t58*t85
    t90 = t79*t87
    t91 = (in_A_8)**2
    t92 = (1.62)*in_A_0
    t93 = (1.62)*in_A_4
    t94 = (1.62)*in_A_8
    t95 = (0.81)*t39
    t96 = (0.81)*t38
    t97 = (0.38)*t44
    t98 = (0.38)*t45
    t99 = (0.38)*t46
    t100 = (0.38)*in_A_8
    t101 = t76*t91
    t102 = 2.0*t45
    t103 = t102*t65
    t104 = 2.0*t46
    t105 = t104*t55
    t106 = 2.0*t49
    t107 = 2.0*t51
    t108 = 2.0*in_A_8
    t109 = 4.0*t42
    t110 = 4.0*t43
    t111 = (1.62)*in_A_5
    t112 = in_A_1*in_A_2
    t113 = in_A_7*t112
    t114 = in_A_3*t111
    t115 = 2.0*in_A_5
    t116 = t113*t56
    t117 = in_A_3*t115
    t118 = in_A_6*t59
    t119 = t45*t76
    t120 = t46*t76
    t121 = t102*t46
    t122 = in_A_3*in_A_5
    t123 = in_A_2*t122
    t124 = in_A_5*t112
    t125 = 4.0*t47
    if not numpy.all(numpy.asarray(in_A_4 + in_A_8 + t25 + t41 + t42 + t43 + t47 + t49 + t51 - t44 - t45 - t46 - t52 - t53 - t54) > 0):
        raise ValueError("det(I + A) must be positive (the deformation inverts the crystal)")
    if not numpy.all(numpy.asarray(0.0087890625 - (in_p_0 - 0.6480537657465552*in_A_1 - 0.916486424665735*in_A_2)**2 - (-0.6480537657465552 + in_p_1 - 0.6480537657465552*in_A_4 - 0.916486424665735*in_A_5)**2 - (-0.916486424665735 + in_p_2 - 0.6480537657465552*in_A_7 - 0.916486424665735*in_A_8)**2) > 0):
        raise ValueError("shift p1 moved more than 0.0938 from its affine position (outside the range where the neighbour set is valid)")
    if not numpy.all(numpy.asarray(0.19 + t55 + t56 + t57 + t58) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.0361 + t62 + t63 + t64 + t66 + t67 + t69 + t70 + t71 + t72 + t73 + t74 + t75 + t77 + t78 + t80 + t81 + t82 - t60 - t61 - t76 - t83 - t84 - t86 - t88 - t89 - t90 - t41*t76) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.006859 + t106 + t107 + t119 + t120 + t121 - t101 - t103 - t105 - t97 - t98 - t99 - 4.0*t52 - 4.0*t53 - 4.0*t54 - 2.0*t116 + 8.0*t47 - 0.1539*t38 - 0.1539*t39 - 0.1539*t56 - 0.1539*t57 - 0.1539*t59 - 0.1539*t68 - 0.81*t71 - 0.81*t75 + (0.76)*t41 + (0.76)*t42 + (0.76)*t43 + (0.19)*t72 + (1.62)*t113 + (1.62)*t85 + (1.62)*t87 + (0.0722)*in_A_0 + (0.0722)*in_A_4 + (0.0722)*in_A_8 + (0.0361)*t55 + (0.0361)*t65 + (0.0361)*t91 + in_A_2*t114 + in_A_6*t114 + in_A_8*t106 + in_A_8*t107 + t100*t55 + t100*t65 + t102*t53 + t104*t53 + t104*t54 + t106*t41 + t106*t42 + t106*t43 + t106*t47 + t107*t41 + t107*t42 + t107*t43 + t107*t47 + t108*t70 + t108*t72 + t109*t65 + t110*t55 + t111*t112 + t113*t94 + t119*t43 + t119*t46 + t120*t42 + t121*t41 + t123*t92 + t124*t93 + t38*t67 + t38*t74 + t38*t75 + t38*t81 + t39*t69 + t39*t71 + t39*t73 + t39*t78 + t46*t83 + t49*t58 + t49*t79 + t51*t58 + t51*t79 + t54*t76 + t55*t63 + t62*t65 + t62*t91 + t63*t91 + t64*t65 + t64*t91 + t66*t91 + t70*t91 + t72*t91 + t77*t91 + t80*t91 + t82*t91 + t85*t92 + t87*t93 - in_A_8*t103 - in_A_8*t105 - in_A_8*t98 - in_A_8*t99 - t101*t41 - t103*t42 - t105*t43 - t108*t116 - t109*t44 - t109*t46 - t110*t44 - t110*t45 - t117*t118 - t123*t78 - t124*t81 - t125*t44 - t125*t45 - t125*t46 - t38*t61 - t38*t88 - t38*t90 - t38*t93 - t39*t60 - t39*t86 - t39*t89 - t39*t92 - t41*t97 - t42*t98 - t43*t99 - t44*t62 - t44*t63 - t45*t62 - t45*t77 - t45*t82 - t46*t63 - t46*t80 - t46*t82 - t55*t95 - t56*t94 - t57*t60 - t57*t93 - t57*t95 - t59*t94 - t60*t91 - t61*t68 - t61*t91 - t65*t96 - t68*t92 - t68*t96 - t83*t91 - t84*t91 + in_A_6*t122*t94 + t45*t46*t58 - in_A_2*t117*t68 - t108*t118*t122 - t112*t115*t57) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_0) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_1) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_2) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_3) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_4) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_5) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_6) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_7) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_8) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_9) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_10) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_11) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + im_r2w_0) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + im_r2w_1) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + im_r2w_2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + im_r2w_3) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + im_r2w_4) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + im_r2w_5) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + im_r2w_6) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + im_r2w_7) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    out = numpy.empty(batch + (1,))
    out[..., 0] = 0.5/(im_r2_0)**6 + 0.5/(im_r2_1)**6 + 0.5/(im_r2_10)**6 + 0.5/(im_r2_11)**6 + 0.5/(im_r2_2)**6 + 0.5/(im_r2_3)**6 + 0.5/(im_r2_4)**6 + 0.5/(im_r2_5)**6 + 0.5/(im_r2_6)**6 + 0.5/(im_r2_7)**6 + 0.5/(im_r2_8)**6 + 0.5/(im_r2_9)**6 - 1.0/(im_r2_0)**3 - 1.0/(im_r2_1)**3 - 1.0/(im_r2_10)**3 - 1.0/(im_r2_11)**3 - 1.0/(im_r2_2)**3 - 1.0/(im_r2_3)**3 - 1.0/(im_r2_4)**3 - 1.0/(im_r2_5)**3 - 1.0/(im_r2_6)**3 - 1.0/(im_r2_7)**3 - 1.0/(im_r2_8)**3 - 1.0/(im_r2_9)**3
    return out.reshape(batch + ())


def shift_force(A, p):
    """grad_p W (eq 3.6's left side), shape (s, d).

    A: shape (..., 3, 3)
    p: shape (..., 1, 3)
    returns g (..., 1, 3)
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
    batch, flat_p = _split(p, "p", (1, 3,))
    batches.append(batch)
    in_p_0 = flat_p[..., 0]
    in_p_1 = flat_p[..., 1]
    in_p_2 = flat_p[..., 2]
    batch = numpy.broadcast_shapes(*batches)
    t0 = 1.632993161855452*in_A_2
    t1 = -0.8908987181403393*in_p_0
    t2 = t0 + t1
    im_y_0_0 = -t2
    t3 = 1.632993161855452*in_A_5
    t4 = -0.8908987181403393*in_p_1
    t5 = t3 + t4
    im_y_0_1 = -t5
    t6 = -0.8908987181403393*in_p_2
    t7 = 1.632993161855452*in_A_8
    t8 = 1.632993161855452 + t7
    t9 = t6 + t8
    im_y_0_2 = -t9
    im_r2_0 = (im_y_0_0)**2 + (im_y_0_1)**2 + (im_y_0_2)**2
    t10 = 0.8908987181403393*in_p_0
    im_y_1_0 = t10
    t11 = 0.8908987181403393*in_p_1
    im_y_1_1 = t11
    t12 = 0.8908987181403393*in_p_2
    im_y_1_2 = t12
    im_r2_1 = (im_y_1_0)**2 + (im_y_1_1)**2 + (im_y_1_2)**2
    t13 = 0.8660254037844386*in_A_1
    t14 = 0.5 + (0.5)*in_A_0
    t15 = t14 - t13
    t16 = -t15
    im_y_2_0 = t16
    t17 = (0.5)*in_A_3
    t18 = 0.8660254037844386*in_A_4
    t19 = 0.8660254037844386 + t18
    t20 = t19 - t17
    im_y_2_1 = t20
    t21 = (0.5)*in_A_6
    t22 = 0.8660254037844386*in_A_7
    t23 = t21 - t22
    t24 = -t23
    im_y_2_2 = t24
    im_r2_2 = (im_y_2_0)**2 + (im_y_2_1)**2 + (im_y_2_2)**2
    t25 = 1.0 + in_A_0
    im_y_3_0 = t25
    im_y_3_1 = in_A_3
    im_y_3_2 = in_A_6
    im_r2_3 = (im_y_3_0)**2 + (im_y_3_1)**2 + (im_y_3_2)**2
    t26 = t13 + t14
    im_y_4_0 = t26
    t27 = t17 + t19
    im_y_4_1 = t27
    t28 = t21 + t22
    im_y_4_2 = t28
    im_r2_4 = (im_y_4_0)**2 + (im_y_4_1)**2 + (im_y_4_2)**2
    im_y_5_0 = -t2 - t26
    im_y_5_1 = -t27 - t5
    im_y_5_2 = -t28 - t9
    im_r2_5 = (im_y_5_0)**2 + (im_y_5_1)**2 + (im_y_5_2)**2
    im_y_6_0 = -t1 - t26
    im_y_6_1 = -t27 - t4
    im_y_6_2 = -t28 - t6
    im_r2_6 = (im_y_6_0)**2 + (im_y_6_1)**2 + (im_y_6_2)**2
    t29 = -t0
    t30 = t10 + t15
    im_y_7_0 = t29 + t30
    im_y_7_1 = -t20 - t5
    im_y_7_2 = t21 - t22 - t9
    im_r2_7 = (im_y_7_0)**2 + (im_y_7_1)**2 + (im_y_7_2)**2
    im_y_8_0 = t30
    im_y_8_1 = -0.8660254037844386 + t11 + t17 - t18
    im_y_8_2 = t12 + t23
    im_r2_8 = (im_y_8_0)**2 + (im_y_8_1)**2 + (im_y_8_2)**2
    im_y_9_0 = t16
    im_y_9_1 = t20
    im_y_9_2 = t24
    im_r2_9 = (im_y_9_0)**2 + (im_y_9_1)**2 + (im_y_9_2)**2
    im_y_10_0 = t25
    im_y_10_1 = in_A_3
    im_y_10_2 = in_A_6
    im_r2_10 = (im_y_10_0)**2 + (im_y_10_1)**2 + (im_y_10_2)**2
    im_y_11_0 = t26
    im_y_11_1 = t27
    im_y_11_2 = t28
    im_r2_11 = (im_y_11_0)**2 + (im_y_11_1)**2 + (im_y_11_2)**2
    t31 = 1.7320508075688772*in_A_1
    t32 = t6 + 1.7320508075688772*in_A_7
    t33 = 1.7320508075688772 + 1.7320508075688772*in_A_4
    im_r2w_0 = (-t2 - t31)**2 + (-t32 - t8)**2 + (-t33 - t5)**2
    im_r2w_1 = (t32)**2 + (-t1 - t31)**2 + (-t33 - t4)**2
    t34 = in_A_6 + t6
    im_r2w_2 = (-in_A_3 - t5)**2 + (-t2 - t25)**2 + (-t34 - t8)**2
    im_r2w_3 = (t34)**2 + (-in_A_3 - t4)**2 + (-t1 - t25)**2
    t35 = in_A_3 + t11
    t36 = t10 + t25
    t37 = in_A_6 + t12
    im_r2w_4 = (t29 + t36)**2 + (t35 - t3)**2 + (-1.632993161855452 + t37 - t7)**2
    im_r2w_5 = (t35)**2 + (t36)**2 + (t37)**2
    t38 = (in_A_2)**2
    t39 = (in_A_5)**2
    t40 = (t8)**2 + 2.6666666666666665*t38 + 2.6666666666666665*t39
    im_r2w_6 = t40
    im_r2w_7 = t40
    t41 = in_A_0*in_A_4
    t42 = in_A_0*in_A_8
    t43 = in_A_4*in_A_8
    t44 = in_A_1*in_A_3
    t45 = in_A_2*in_A_6
    t46 = in_A_5*in_A_7
    t47 = in_A_8*t41
    t48 = in_A_1*in_A_6
    t49 = in_A_5*t48
    t50 = in_A_3*in_A_7
    t51 = in_A_2*t50
    t52 = in_A_0*t46
    t53 = in_A_8*t44
    t54 = in_A_4*t45
    t55 = (in_A_0)**2
    t56 = (in_A_3)**2
    t57 = (in_A_6)**2
    t58 = 2.0*in_A_0
    t59 = (in_A_1)**2
    t60 = (0.81)*t59
    t61 = (0.81)*t56
    t62 = (0.38)*in_A_0
    t63 = (0.38)*in_A_4
    t64 = (0.19)*t55
    t65 = (in_A_4)**2
    t66 = (0.19)*t65
    t67 = (0.19)*t57
    t68 = (in_A_7)**2
    t69 = (0.19)*t68
    t70 = t55*t65
    t71 = t55*t68
    t72 = t56*t59
    t73 = t57*t59
    t74 = t56*t68
    t75 = t57*t65
    t76 = 2.0*t44
    t77 = t58*t65
    t78 = t58*t68
    t79 = 2.0*in_A_4
    t80 = t55*t79
    t81 = t57*t79
    t82 = 4.0*t41
    t83 = t44*t58
    t84 = in_A_4*t76
    t85 = in_A_7*t48
    t86 = 2.0*t85
    t87 = in_A_6*t50
    t88 = 2.0*t87
    t89 = t58*t85
    t90 = t79*t87
    t91 = (in_A_8)**2
    t92 = (1.62)*in_A_0
    t93 = (1.62)*in_A_4
    t94 = (1.62)*in_A_8
    t95 = (0.81)*t39
    t96 = (0.81)*t38
    t97 = (0.38)*t44
    t98 = (0.38)*t45
    t99 = (0.38)*t46
    t100 = (0.38)*in_A_8
    t101 = t76*t91
    t102 = 2.0*t45
    t103 = t102*t65
    t104 = 2.0*t46
    t105 = t104*t55
    t106 = 2.0*t49
    t107 = 2.0*t51
    t108 = 2.0*in_A_8
    t109 = 4.0*t42
    t110 = 4.0*t43
    t111 = (1.62)*in_A_5
    t112 = in_A_1*in_A_2
    t113 = in_A_7*t112
    t114 = in_A_3*t111
    t115 = 2.0*in_A_5
    t116 = t113*t56
    t117 = in_A_3*t115
    t118 = in_A_6*t59
    t119 = t45*t76
    t120 = t46*t76
    t121 = t102*t46
    t122 = in_A_3*in_A_5
    t123 = in_A_2*t122
    t124 = in_A_5*t112
    t125 = 4.0*t47
    t126 = (im_r2_0)**-4
    t127 = 5.345392308842036*im_y_0_0
    t128 = (im_r2_1)**-4
    t129 = 5.345392308842036*im_y_1_0
    t130 = (im_r2_5)**-4
    t131 = 5.345392308842036*im_y_5_0
    t132 = (im_r2_6)**-4
    t133 = 5.345392308842036*im_y_6_0
    t134 = (im_r2_7)**-4
    t135 = 5.345392308842036*im_y_7_0
    t136 = (im_r2_8)**-4
    t137 = 5.345392308842036*im_y_8_0
    t138 = (im_r2_0)**-7
    t139 = (im_r2_1)**-7
    t140 = (im_r2_5)**-7
    t141 = (im_r2_6)**-7
    t142 = (im_r2_7)**-7
    t143 = (im_r2_8)**-7
    t144 = 5.345392308842036*im_y_0_1
    t145 = 5.345392308842036*im_y_1_1
    t146 = 5.345392308842036*im_y_5_1
    t147 = 5.345392308842036*im_y_6_1
    t148 = 5.345392308842036*im_y_7_1
    t149 = 5.345392308842036*im_y_8_1
    t150 = 5.345392308842036*im_y_0_2
    t151 = 5.345392308842036*im_y_1_2
    t152 = 5.345392308842036*im_y_5_2
    t153 = 5.345392308842036*im_y_6_2
    t154 = 5.345392308842036*im_y_7_2
    t155 = 5.345392308842036*im_y_8_2
    if not numpy.all(numpy.asarray(in_A_4 + in_A_8 + t25 + t41 + t42 + t43 + t47 + t49 + t51 - t44 - t45 - t46 - t52 - t53 - t54) > 0):
        raise ValueError("det(I + A) must be positive (the deformation inverts the crystal)")
    if not numpy.all(numpy.asarray(0.0087890625 - (in_p_0 - 0.6480537657465552*in_A_1 - 0.916486424665735*in_A_2)**2 - (-0.6480537657465552 + in_p_1 - 0.6480537657465552*in_A_4 - 0.916486424665735*in_A_5)**2 - (-0.916486424665735 + in_p_2 - 0.6480537657465552*in_A_7 - 0.916486424665735*in_A_8)**2) > 0):
        raise ValueError("shift p1 moved more than 0.0938 from its affine position (outside the range where the neighbour set is valid)")
    if not numpy.all(numpy.asarray(0.19 + t55 + t56 + t57 + t58) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.0361 + t62 + t63 + t64 + t66 + t67 + t69 + t70 + t71 + t72 + t73 + t74 + t75 + t77 + t78 + t80 + t81 + t82 - t60 - t61 - t76 - t83 - t84 - t86 - t88 - t89 - t90 - t41*t76) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.006859 + t106 + t107 + t119 + t120 + t121 - t101 - t103 - t105 - t97 - t98 - t99 - 4.0*t52 - 4.0*t53 - 4.0*t54 - 2.0*t116 + 8.0*t47 - 0.1539*t38 - 0.1539*t39 - 0.1539*t56 - 0.1539*t57 - 0.1539*t59 - 0.1539*t68 - 0.81*t71 - 0.81*t75 + (0.76)*t41 + (0.76)*t42 + (0.76)*t43 + (0.19)*t72 + (1.62)*t113 + (1.62)*t85 + (1.62)*t87 + (0.0722)*in_A_0 + (0.0722)*in_A_4 + (0.0722)*in_A_8 + (0.0361)*t55 + (0.0361)*t65 + (0.0361)*t91 + in_A_2*t114 + in_A_6*t114 + in_A_8*t106 + in_A_8*t107 + t100*t55 + t100*t65 + t102*t53 + t104*t53 + t104*t54 + t106*t41 + t106*t42 + t106*t43 + t106*t47 + t107*t41 + t107*t42 + t107*t43 + t107*t47 + t108*t70 + t108*t72 + t109*t65 + t110*t55 + t111*t112 + t113*t94 + t119*t43 + t119*t46 + t120*t42 + t121*t41 + t123*t92 + t124*t93 + t38*t67 + t38*t74 + t38*t75 + t38*t81 + t39*t69 + t39*t71 + t39*t73 + t39*t78 + t46*t83 + t49*t58 + t49*t79 + t51*t58 + t51*t79 + t54*t76 + t55*t63 + t62*t65 + t62*t91 + t63*t91 + t64*t65 + t64*t91 + t66*t91 + t70*t91 + t72*t91 + t77*t91 + t80*t91 + t82*t91 + t85*t92 + t87*t93 - in_A_8*t103 - in_A_8*t105 - in_A_8*t98 - in_A_8*t99 - t101*t41 - t103*t42 - t105*t43 - t108*t116 - t109*t44 - t109*t46 - t110*t44 - t110*t45 - t117*t118 - t123*t78 - t124*t81 - t125*t44 - t125*t45 - t125*t46 - t38*t61 - t38*t88 - t38*t90 - t38*t93 - t39*t60 - t39*t86 - t39*t89 - t39*t92 - t41*t97 - t42*t98 - t43*t99 - t44*t62 - t44*t63 - t45*t62 - t45*t77 - t45*t82 - t46*t63 - t46*t80 - t46*t82 - t55*t95 - t56*t94 - t57*t60 - t57*t93 - t57*t95 - t59*t94 - t60*t91 - t61*t68 - t61*t91 - t65*t96 - t68*t92 - t68*t96 - t83*t91 - t84*t91 + in_A_6*t122*t94 + t45*t46*t58 - in_A_2*t117*t68 - t108*t118*t122 - t112*t115*t57) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_0) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_1) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_2) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_3) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_4) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_5) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_6) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_7) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_8) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_9) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_10) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_11) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + im_r2w_0) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + im_r2w_1) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + im_r2w_2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + im_r2w_3) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + im_r2w_4) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + im_r2w_5) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + im_r2w_6) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + im_r2w_7) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    out = numpy.empty(batch + (3,))
    out[..., 0] = t126*t127 + t128*t129 + t130*t131 + t132*t133 + t134*t135 + t136*t137 - t127*t138 - t129*t139 - t131*t140 - t133*t141 - t135*t142 - t137*t143
    out[..., 1] = t126*t144 + t128*t145 + t130*t146 + t132*t147 + t134*t148 + t136*t149 - t138*t144 - t139*t145 - t140*t146 - t141*t147 - t142*t148 - t143*t149
    out[..., 2] = t126*t150 + t128*t151 + t130*t152 + t132*t153 + t134*t154 + t136*t155 - t138*t150 - t139*t151 - t140*t152 - t141*t153 - t142*t154 - t143*t155
    return out.reshape(batch + (1, 3,))


def shift_hessian(A, p):
    """W_pp = d2W/dp dp, shape (s, d, s, d): Newton for eq 3.6.

    A: shape (..., 3, 3)
    p: shape (..., 1, 3)
    returns H (..., 1, 3, 1, 3)
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
    batch, flat_p = _split(p, "p", (1, 3,))
    batches.append(batch)
    in_p_0 = flat_p[..., 0]
    in_p_1 = flat_p[..., 1]
    in_p_2 = flat_p[..., 2]
    batch = numpy.broadcast_shapes(*batches)
    t0 = 1.632993161855452*in_A_2
    t1 = -0.8908987181403393*in_p_0
    t2 = t0 + t1
    im_y_0_0 = -t2
    t3 = 1.632993161855452*in_A_5
    t4 = -0.8908987181403393*in_p_1
    t5 = t3 + t4
    im_y_0_1 = -t5
    t6 = -0.8908987181403393*in_p_2
    t7 = 1.632993161855452*in_A_8
    t8 = 1.632993161855452 + t7
    t9 = t6 + t8
    im_y_0_2 = -t9
    t10 = (im_y_0_0)**2
    t11 = (im_y_0_1)**2
    t12 = (im_y_0_2)**2
    im_r2_0 = t10 + t11 + t12
    t13 = 0.8908987181403393*in_p_0
    im_y_1_0 = t13
    t14 = 0.8908987181403393*in_p_1
    im_y_1_1 = t14
    t15 = 0.8908987181403393*in_p_2
    im_y_1_2 = t15
    t16 = (im_y_1_0)**2
    t17 = (im_y_1_1)**2
    t18 = (im_y_1_2)**2
    im_r2_1 = t16 + t17 + t18
    t19 = 0.8660254037844386*in_A_1
    t20 = 0.5 + (0.5)*in_A_0
    t21 = t20 - t19
    t22 = -t21
    im_y_2_0 = t22
    t23 = (0.5)*in_A_3
    t24 = 0.8660254037844386*in_A_4
    t25 = 0.8660254037844386 + t24
    t26 = t25 - t23
    im_y_2_1 = t26
    t27 = (0.5)*in_A_6
    t28 = 0.8660254037844386*in_A_7
    t29 = t27 - t28
    t30 = -t29
    im_y_2_2 = t30
    im_r2_2 = (im_y_2_0)**2 + (im_y_2_1)**2 + (im_y_2_2)**2
    t31 = 1.0 + in_A_0
    im_y_3_0 = t31
    im_y_3_1 = in_A_3
    im_y_3_2 = in_A_6
    im_r2_3 = (im_y_3_0)**2 + (im_y_3_1)**2 + (im_y_3_2)**2
    t32 = t19 + t20
    im_y_4_0 = t32
    t33 = t23 + t25
    im_y_4_1 = t33
    t34 = t27 + t28
    im_y_4_2 = t34
    im_r2_4 = (im_y_4_0)**2 + (im_y_4_1)**2 + (im_y_4_2)**2
    im_y_5_0 = -t2 - t32
    im_y_5_1 = -t33 - t5
    im_y_5_2 = -t34 - t9
    t35 = (im_y_5_0)**2
    t36 = (im_y_5_1)**2
    t37 = (im_y_5_2)**2
    im_r2_5 = t35 + t36 + t37
    im_y_6_0 = -t1 - t32
    im_y_6_1 = -t33 - t4
    im_y_6_2 = -t34 - t6
    t38 = (im_y_6_0)**2
    t39 = (im_y_6_1)**2
    t40 = (im_y_6_2)**2
    im_r2_6 = t38 + t39 + t40
    t41 = -t0
    t42 = t13 + t21
    im_y_7_0 = t41 + t42
    im_y_7_1 = -t26 - t5
    im_y_7_2 = t27 - t28 - t9
    t43 = (im_y_7_0)**2
    t44 = (im_y_7_1)**2
    t45 = (im_y_7_2)**2
    im_r2_7 = t43 + t44 + t45
    im_y_8_0 = t42
    im_y_8_1 = -0.8660254037844386 + t14 + t23 - t24
    im_y_8_2 = t15 + t29
    t46 = (im_y_8_0)**2
    t47 = (im_y_8_1)**2
    t48 = (im_y_8_2)**2
    im_r2_8 = t46 + t47 + t48
    im_y_9_0 = t22
    im_y_9_1 = t26
    im_y_9_2 = t30
    im_r2_9 = (im_y_9_0)**2 + (im_y_9_1)**2 + (im_y_9_2)**2
    im_y_10_0 = t31
    im_y_10_1 = in_A_3
    im_y_10_2 = in_A_6
    im_r2_10 = (im_y_10_0)**2 + (im_y_10_1)**2 + (im_y_10_2)**2
    im_y_11_0 = t32
    im_y_11_1 = t33
    im_y_11_2 = t34
    im_r2_11 = (im_y_11_0)**2 + (im_y_11_1)**2 + (im_y_11_2)**2
    t49 = 1.7320508075688772*in_A_1
    t50 = t6 + 1.7320508075688772*in_A_7
    t51 = 1.7320508075688772 + 1.7320508075688772*in_A_4
    im_r2w_0 = (-t2 - t49)**2 + (-t5 - t51)**2 + (-t50 - t8)**2
    im_r2w_1 = (t50)**2 + (-t1 - t49)**2 + (-t4 - t51)**2
    t52 = in_A_6 + t6
    im_r2w_2 = (-in_A_3 - t5)**2 + (-t2 - t31)**2 + (-t52 - t8)**2
    im_r2w_3 = (t52)**2 + (-in_A_3 - t4)**2 + (-t1 - t31)**2
    t53 = in_A_3 + t14
    t54 = t13 + t31
    t55 = in_A_6 + t15
    im_r2w_4 = (t41 + t54)**2 + (t53 - t3)**2 + (-1.632993161855452 + t55 - t7)**2
    im_r2w_5 = (t53)**2 + (t54)**2 + (t55)**2
    t56 = (in_A_2)**2
    t57 = (in_A_5)**2
    t58 = (t8)**2 + 2.6666666666666665*t56 + 2.6666666666666665*t57
    im_r2w_6 = t58
    im_r2w_7 = t58
    t59 = in_A_0*in_A_4
    t60 = in_A_0*in_A_8
    t61 = in_A_4*in_A_8
    t62 = in_A_1*in_A_3
    t63 = in_A_2*in_A_6
    t64 = in_A_5*in_A_7
    t65 = in_A_8*t59
    t66 = in_A_1*in_A_6
    t67 = in_A_5*t66
    t68 = in_A_3*in_A_7
    t69 = in_A_2*t68
    t70 = in_A_0*t64
    t71 = in_A_8*t62
    t72 = in_A_4*t63
    t73 = (in_A_0)**2
    t74 = (in_A_3)**2
    t75 = (in_A_6)**2
    t76 = 2.0*in_A_0
    t77 = (in_A_1)**2
    t78 = (0.81)*t77
    t79 = (0.81)*t74
    t80 = (0.38)*in_A_0
    t81 = (0.38)*in_A_4
    t82 = (0.19)*t73
    t83 = (in_A_4)**2
    t84 = (0.19)*t83
    t85 = (0.19)*t75
    t86 = (in_A_7)**2
    t87 = (0.19)*t86
    t88 = t73*t83
    t89 = t73*t86
    t90 = t74*t77
    t91 = t75*t77
    t92 = t74*t86
    t93 = t75*t83
    t94 = 2.0*t62
    t95 = t76*t83
    t96 = t76*t86
    t97 = 2.0*in_A_4
    t98 = t73*t97
    t99 = t75*t97
    t100 = 4.0*t59
    t101 = t62*t76
    t102 = in_A_4*t94
    t103 = in_A_7*t66
    t104 = 2.0*t103
    t105 = in_A_6*t68
    t106 = 2.0*t105
    t107 = t103*t76
    t108 = t105*t97
    t109 = (in_A_8)**2
    t110 = (1.62)*in_A_0
    t111 = (1.62)*in_A_4
    t112 = (1.62)*in_A_8
    t113 = (0.81)*t57
    t114 = (0.81)*t56
    t115 = (0.38)*t62
    t116 = (0.38)*t63
    t117 = (0.38)*t64
    t118 = (0.38)*in_A_8
    t119 = t109*t94
    t120 = 2.0*t63
    t121 = t120*t83
    t122 = 2.0*t64
    t123 = t122*t73
    t124 = 2.0*t67
    t125 = 2.0*t69
    t126 = 2.0*in_A_8
    t127 = 4.0*t60
    t128 = 4.0*t61
    t129 = (1.62)*in_A_5
    t130 = in_A_1*in_A_2
    t131 = in_A_7*t130
    t132 = in_A_3*t129
    t133 = 2.0*in_A_5
    t134 = t131*t74
    t135 = in_A_3*t133
    t136 = in_A_6*t77
    t137 = t63*t94
    t138 = t64*t94
    t139 = t120*t64
    t140 = in_A_3*in_A_5
    t141 = in_A_2*t140
    t142 = in_A_5*t130
    t143 = 4.0*t65
    t144 = (im_r2_0)**-8
    t145 = 66.67084418266438*t144
    t146 = (im_r2_1)**-8
    t147 = 66.67084418266438*t146
    t148 = (im_r2_5)**-8
    t149 = 66.67084418266438*t148
    t150 = (im_r2_6)**-8
    t151 = 66.67084418266438*t150
    t152 = (im_r2_7)**-8
    t153 = 66.67084418266438*t152
    t154 = (im_r2_8)**-8
    t155 = 66.67084418266438*t154
    t156 = 38.097625247236785/(im_r2_0)**5
    t157 = 38.097625247236785/(im_r2_1)**5
    t158 = 38.097625247236785/(im_r2_5)**5
    t159 = 38.097625247236785/(im_r2_6)**5
    t160 = 38.097625247236785/(im_r2_7)**5
    t161 = 38.097625247236785/(im_r2_8)**5
    t162 = 4.762203155904598/(im_r2_0)**4 + 4.762203155904598/(im_r2_1)**4 + 4.762203155904598/(im_r2_5)**4 + 4.762203155904598/(im_r2_6)**4 + 4.762203155904598/(im_r2_7)**4 + 4.762203155904598/(im_r2_8)**4 - 4.762203155904598/(im_r2_0)**7 - 4.762203155904598/(im_r2_1)**7 - 4.762203155904598/(im_r2_5)**7 - 4.762203155904598/(im_r2_6)**7 - 4.762203155904598/(im_r2_7)**7 - 4.762203155904598/(im_r2_8)**7
    t163 = -im_y_0_0*im_y_0_1*t156 - im_y_1_0*im_y_1_1*t157 - im_y_5_0*im_y_5_1*t158 - im_y_6_0*im_y_6_1*t159 - im_y_7_0*im_y_7_1*t160 - im_y_8_0*im_y_8_1*t161 + 66.67084418266438*im_y_0_0*im_y_0_1*t144 + 66.67084418266438*im_y_1_0*im_y_1_1*t146 + 66.67084418266438*im_y_5_0*im_y_5_1*t148 + 66.67084418266438*im_y_6_0*im_y_6_1*t150 + 66.67084418266438*im_y_7_0*im_y_7_1*t152 + 66.67084418266438*im_y_8_0*im_y_8_1*t154
    t164 = -im_y_0_0*im_y_0_2*t156 - im_y_1_0*im_y_1_2*t157 - im_y_5_0*im_y_5_2*t158 - im_y_6_0*im_y_6_2*t159 - im_y_7_0*im_y_7_2*t160 - im_y_8_0*im_y_8_2*t161 + 66.67084418266438*im_y_0_0*im_y_0_2*t144 + 66.67084418266438*im_y_1_0*im_y_1_2*t146 + 66.67084418266438*im_y_5_0*im_y_5_2*t148 + 66.67084418266438*im_y_6_0*im_y_6_2*t150 + 66.67084418266438*im_y_7_0*im_y_7_2*t152 + 66.67084418266438*im_y_8_0*im_y_8_2*t154
    t165 = -im_y_0_1*im_y_0_2*t156 - im_y_1_1*im_y_1_2*t157 - im_y_5_1*im_y_5_2*t158 - im_y_6_1*im_y_6_2*t159 - im_y_7_1*im_y_7_2*t160 - im_y_8_1*im_y_8_2*t161 + 66.67084418266438*im_y_0_1*im_y_0_2*t144 + 66.67084418266438*im_y_1_1*im_y_1_2*t146 + 66.67084418266438*im_y_5_1*im_y_5_2*t148 + 66.67084418266438*im_y_6_1*im_y_6_2*t150 + 66.67084418266438*im_y_7_1*im_y_7_2*t152 + 66.67084418266438*im_y_8_1*im_y_8_2*t154
    if not numpy.all(numpy.asarray(in_A_4 + in_A_8 + t31 + t59 + t60 + t61 + t65 + t67 + t69 - t62 - t63 - t64 - t70 - t71 - t72) > 0):
        raise ValueError("det(I + A) must be positive (the deformation inverts the crystal)")
    if not numpy.all(numpy.asarray(0.0087890625 - (in_p_0 - 0.6480537657465552*in_A_1 - 0.916486424665735*in_A_2)**2 - (-0.6480537657465552 + in_p_1 - 0.6480537657465552*in_A_4 - 0.916486424665735*in_A_5)**2 - (-0.916486424665735 + in_p_2 - 0.6480537657465552*in_A_7 - 0.916486424665735*in_A_8)**2) > 0):
        raise ValueError("shift p1 moved more than 0.0938 from its affine position (outside the range where the neighbour set is valid)")
    if not numpy.all(numpy.asarray(0.19 + t73 + t74 + t75 + t76) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.0361 + t100 + t80 + t81 + t82 + t84 + t85 + t87 + t88 + t89 + t90 + t91 + t92 + t93 + t95 + t96 + t98 + t99 - t101 - t102 - t104 - t106 - t107 - t108 - t78 - t79 - t94 - t59*t94) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.006859 + t124 + t125 + t137 + t138 + t139 - t115 - t116 - t117 - t119 - t121 - t123 - 4.0*t70 - 4.0*t71 - 4.0*t72 - 2.0*t134 + 8.0*t65 - 0.1539*t56 - 0.1539*t57 - 0.1539*t74 - 0.1539*t75 - 0.1539*t77 - 0.1539*t86 - 0.81*t89 - 0.81*t93 + (0.76)*t59 + (0.76)*t60 + (0.76)*t61 + (0.19)*t90 + (1.62)*t103 + (1.62)*t105 + (1.62)*t131 + (0.0722)*in_A_0 + (0.0722)*in_A_4 + (0.0722)*in_A_8 + (0.0361)*t109 + (0.0361)*t73 + (0.0361)*t83 + in_A_2*t132 + in_A_6*t132 + in_A_8*t124 + in_A_8*t125 + t100*t109 + t101*t64 + t103*t110 + t105*t111 + t109*t80 + t109*t81 + t109*t82 + t109*t84 + t109*t88 + t109*t90 + t109*t95 + t109*t98 + t110*t141 + t111*t142 + t112*t131 + t118*t73 + t118*t83 + t120*t71 + t122*t71 + t122*t72 + t124*t59 + t124*t60 + t124*t61 + t124*t65 + t125*t59 + t125*t60 + t125*t61 + t125*t65 + t126*t88 + t126*t90 + t127*t83 + t128*t73 + t129*t130 + t137*t61 + t137*t64 + t138*t60 + t139*t59 + t56*t85 + t56*t92 + t56*t93 + t56*t99 + t57*t87 + t57*t89 + t57*t91 + t57*t96 + t67*t76 + t67*t97 + t69*t76 + t69*t97 + t72*t94 + t73*t81 + t80*t83 + t82*t83 - in_A_8*t116 - in_A_8*t117 - in_A_8*t121 - in_A_8*t123 - t100*t63 - t100*t64 - t101*t109 - t102*t109 - t104*t57 - t106*t56 - t107*t57 - t108*t56 - t109*t78 - t109*t79 - t110*t57 - t110*t86 - t111*t56 - t111*t75 - t112*t74 - t112*t77 - t113*t73 - t113*t75 - t114*t83 - t114*t86 - t115*t59 - t116*t60 - t117*t61 - t119*t59 - t121*t60 - t123*t61 - t126*t134 - t127*t62 - t127*t64 - t128*t62 - t128*t63 - t135*t136 - t141*t96 - t142*t99 - t143*t62 - t143*t63 - t143*t64 - t56*t79 - t57*t78 - t62*t80 - t62*t81 - t63*t80 - t63*t95 - t64*t81 - t64*t98 - t75*t78 - t79*t86 + in_A_6*t112*t140 + t63*t64*t76 - in_A_2*t135*t86 - t126*t136*t140 - t130*t133*t75) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_0) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_1) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_2) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_3) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_4) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_5) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_6) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_7) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_8) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_9) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_10) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_11) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + im_r2w_0) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + im_r2w_1) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + im_r2w_2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + im_r2w_3) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + im_r2w_4) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + im_r2w_5) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + im_r2w_6) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + im_r2w_7) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    out = numpy.empty(batch + (9,))
    out[..., 0] = t162 + t10*t145 + t147*t16 + t149*t35 + t151*t38 + t153*t43 + t155*t46 - t10*t156 - t157*t16 - t158*t35 - t159*t38 - t160*t43 - t161*t46
    out[..., 1] = t163
    out[..., 2] = t164
    out[..., 3] = t163
    out[..., 4] = t162 + t11*t145 + t147*t17 + t149*t36 + t151*t39 + t153*t44 + t155*t47 - t11*t156 - t157*t17 - t158*t36 - t159*t39 - t160*t44 - t161*t47
    out[..., 5] = t165
    out[..., 6] = t164
    out[..., 7] = t165
    out[..., 8] = t162 + t12*t145 + t147*t18 + t149*t37 + t151*t40 + t153*t45 + t155*t48 - t12*t156 - t157*t18 - t158*t37 - t159*t40 - t160*t45 - t161*t48
    return out.reshape(batch + (1, 3, 1, 3,))


def stress_fractional(A, q):
    """P = dW/dA at fixed fractional coordinates (fixed q; the ASE/matscipy convention), W(A, (I + A) q) per reference volume; equals the stress kernel where grad_p W = 0. A: displacement gradient; q: shift vectors in the reference frame, q_k = (I + A)^-1 p_k = B s_k (s_k fractional coordinates), shape (s, d).

    A: shape (..., 3, 3)
    q: shape (..., 1, 3)
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
    batch, flat_q = _split(q, "q", (1, 3,))
    batches.append(batch)
    in_q_0 = flat_q[..., 0]
    in_q_1 = flat_q[..., 1]
    in_q_2 = flat_q[..., 2]
    batch = numpy.broadcast_shapes(*batches)
    t0 = 0.8908987181403393*in_q_0
    im_x_0_0 = t0
    t1 = 0.8908987181403393*in_q_1
    im_x_0_1 = t1
    t2 = 0.8908987181403393*in_q_2
    t3 = -1.632993161855452 + t2
    im_x_0_2 = t3
    t4 = 1.0 + in_A_0
    im_y_0_0 = im_x_0_0*t4 + im_x_0_1*in_A_1 + im_x_0_2*in_A_2
    t5 = 1.0 + in_A_4
    im_y_0_1 = im_x_0_0*in_A_3 + im_x_0_1*t5 + im_x_0_2*in_A_5
    t6 = 1.0 + in_A_8
    im_y_0_2 = im_x_0_0*in_A_6 + im_x_0_1*in_A_7 + im_x_0_2*t6
    im_r2_0 = (im_y_0_0)**2 + (im_y_0_1)**2 + (im_y_0_2)**2
    im_x_1_0 = t0
    im_x_1_1 = t1
    im_x_1_2 = t2
    im_y_1_0 = im_x_1_0*t4 + im_x_1_1*in_A_1 + im_x_1_2*in_A_2
    im_y_1_1 = im_x_1_0*in_A_3 + im_x_1_1*t5 + im_x_1_2*in_A_5
    im_y_1_2 = im_x_1_0*in_A_6 + im_x_1_1*in_A_7 + im_x_1_2*t6
    im_r2_1 = (im_y_1_0)**2 + (im_y_1_1)**2 + (im_y_1_2)**2
    t7 = 0.5 + (0.5)*in_A_0
    t8 = -t7 + 0.8660254037844386*in_A_1
    im_y_2_0 = t8
    t10 = 0.8660254037844386 + 0.8660254037844386*in_A_4
    t9 = (0.5)*in_A_3
    t11 = t10 - t9
    im_y_2_1 = t11
    t12 = (0.5)*in_A_6
    t13 = -t12 + 0.8660254037844386*in_A_7
    im_y_2_2 = t13
    im_r2_2 = (im_y_2_0)**2 + (im_y_2_1)**2 + (im_y_2_2)**2
    im_y_3_0 = t4
    im_y_3_1 = in_A_3
    im_y_3_2 = in_A_6
    im_r2_3 = (im_y_3_0)**2 + (im_y_3_1)**2 + (im_y_3_2)**2
    t14 = t7 + 0.8660254037844386*in_A_1
    im_y_4_0 = t14
    t15 = t10 + t9
    im_y_4_1 = t15
    t16 = t12 + 0.8660254037844386*in_A_7
    im_y_4_2 = t16
    im_r2_4 = (im_y_4_0)**2 + (im_y_4_1)**2 + (im_y_4_2)**2
    t17 = -0.5 + t0
    im_x_5_0 = t17
    t18 = -0.8660254037844386 + t1
    im_x_5_1 = t18
    im_x_5_2 = t3
    im_y_5_0 = im_x_5_0*t4 + im_x_5_1*in_A_1 + im_x_5_2*in_A_2
    im_y_5_1 = im_x_5_0*in_A_3 + im_x_5_1*t5 + im_x_5_2*in_A_5
    im_y_5_2 = im_x_5_0*in_A_6 + im_x_5_1*in_A_7 + im_x_5_2*t6
    im_r2_5 = (im_y_5_0)**2 + (im_y_5_1)**2 + (im_y_5_2)**2
    im_x_6_0 = t17
    im_x_6_1 = t18
    im_x_6_2 = t2
    im_y_6_0 = im_x_6_0*t4 + im_x_6_1*in_A_1 + im_x_6_2*in_A_2
    im_y_6_1 = im_x_6_0*in_A_3 + im_x_6_1*t5 + im_x_6_2*in_A_5
    im_y_6_2 = im_x_6_0*in_A_6 + im_x_6_1*in_A_7 + im_x_6_2*t6
    im_r2_6 = (im_y_6_0)**2 + (im_y_6_1)**2 + (im_y_6_2)**2
    t19 = 0.5 + t0
    im_x_7_0 = t19
    im_x_7_1 = t18
    im_x_7_2 = t3
    im_y_7_0 = im_x_7_0*t4 + im_x_7_1*in_A_1 + im_x_7_2*in_A_2
    im_y_7_1 = im_x_7_0*in_A_3 + im_x_7_1*t5 + im_x_7_2*in_A_5
    im_y_7_2 = im_x_7_0*in_A_6 + im_x_7_1*in_A_7 + im_x_7_2*t6
    im_r2_7 = (im_y_7_0)**2 + (im_y_7_1)**2 + (im_y_7_2)**2
    im_x_8_0 = t19
    im_x_8_1 = t18
    im_x_8_2 = t2
    im_y_8_0 = im_x_8_0*t4 + im_x_8_1*in_A_1 + im_x_8_2*in_A_2
    im_y_8_1 = im_x_8_0*in_A_3 + im_x_8_1*t5 + im_x_8_2*in_A_5
    im_y_8_2 = im_x_8_0*in_A_6 + im_x_8_1*in_A_7 + im_x_8_2*t6
    im_r2_8 = (im_y_8_0)**2 + (im_y_8_1)**2 + (im_y_8_2)**2
    im_y_9_0 = t8
    im_y_9_1 = t11
    im_y_9_2 = t13
    im_r2_9 = (im_y_9_0)**2 + (im_y_9_1)**2 + (im_y_9_2)**2
    im_y_10_0 = t4
    im_y_10_1 = in_A_3
    im_y_10_2 = in_A_6
    im_r2_10 = (im_y_10_0)**2 + (im_y_10_1)**2 + (im_y_10_2)**2
    im_y_11_0 = t14
    im_y_11_1 = t15
    im_y_11_2 = t16
    im_r2_11 = (im_y_11_0)**2 + (im_y_11_1)**2 + (im_y_11_2)**2
    t20 = in_A_2*t3
    t21 = -1.7320508075688772 + t1
    t22 = in_A_1*t21 + t0*t4
    t23 = in_A_5*t3
    t24 = in_A_3*t0 + t21*t5
    t25 = t3*t6
    t26 = in_A_6*t0 + in_A_7*t21
    im_r2w_0 = (t20 + t22)**2 + (t23 + t24)**2 + (t25 + t26)**2
    t27 = in_A_2*t2
    t28 = t2*t6
    t29 = in_A_5*t2
    im_r2w_1 = (t22 + t27)**2 + (t24 + t29)**2 + (t26 + t28)**2
    t30 = -1.0 + t0
    t31 = in_A_1*t1
    t32 = t31 + t30*t4
    t33 = t1*t5
    t34 = t33 + in_A_3*t30
    t35 = in_A_7*t1
    t36 = t35 + in_A_6*t30
    im_r2w_2 = (t20 + t32)**2 + (t23 + t34)**2 + (t25 + t36)**2
    im_r2w_3 = (t27 + t32)**2 + (t28 + t36)**2 + (t29 + t34)**2
    t37 = 1.0 + t0
    t38 = t31 + t37*t4
    t39 = t33 + in_A_3*t37
    t40 = t35 + in_A_6*t37
    im_r2w_4 = (t20 + t38)**2 + (t23 + t39)**2 + (t25 + t40)**2
    im_r2w_5 = (t27 + t38)**2 + (t28 + t40)**2 + (t29 + t39)**2
    t41 = (in_A_2)**2
    t42 = (in_A_5)**2
    t43 = (1.632993161855452 + 1.632993161855452*in_A_8)**2 + 2.6666666666666665*t41 + 2.6666666666666665*t42
    im_r2w_6 = t43
    im_r2w_7 = t43
    t44 = in_A_0*in_A_4
    t45 = in_A_0*in_A_8
    t46 = in_A_4*in_A_8
    t47 = in_A_1*in_A_3
    t48 = in_A_2*in_A_6
    t49 = in_A_5*in_A_7
    t50 = in_A_8*t44
    t51 = in_A_1*in_A_6
    t52 = in_A_5*t51
    t53 = in_A_3*in_A_7
    t54 = in_A_2*t53
    t55 = in_A_0*t49
    t56 = in_A_8*t47
    t57 = in_A_4*t48
    t58 = (in_A_0)**2
    t59 = (in_A_3)**2
    t60 = (in_A_6)**2
    t61 = 2.0*in_A_0
    t62 = (in_A_1)**2
    t63 = (0.81)*t62
    t64 = (0.81)*t59
    t65 = (0.38)*in_A_0
    t66 = (0.38)*in_A_4
    t67 = (0.19)*t58
    t68 = (in_A_4)**2
    t69 = (0.19)*t68
    t70 = (0.19)*t60
    t71 = (in_A_7)**2
    t72 = (0.19)*t71
    t73 = t58*t68
    t74 = t58*t71
    t75 = t59*t62
    t76 = t60*t62
    t77 = t59*t71
    t78 = t60*t68
    t79 = 2.0*t47
    t80 = t61*t68
    t81 = t61*t71
    t82 = 2.0*in_A_4
    t83 = t58*t82
    t84 = t60*t82
    t85 = 4.0*t44
    t86 = t47*t61
    t87 = in_A_4*t79
    t88 = in_A_7*t51
    t89 = 2.0*t88
    t90 = in_A_6*t53
    t91 = 2.0*t90
    t92 = t61*t88
    t93 = t82*t90
    t94 = (in_A_8)**2
    t95 = (1.62)*in_A_0
    t96 = (1.62)*in_A_4
    t97 = (1.62)*in_A_8
    t98 = (0.81)*t42
    t99 = (0.81)*t41
    t100 = (0.38)*t47
    t101 = (0.38)*t48
    t102 = (0.38)*t49
    t103 = (0.38)*in_A_8
    t104 = t79*t94
    t105 = 2.0*t48
    t106 = t105*t68
    t107 = 2.0*t49
    t108 = t107*t58
    t109 = 2.0*t52
    t110 = 2.0*t54
    t111 = 2.0*in_A_8
    t112 = 4.0*t45
    t113 = 4.0*t46
    t114 = (1.62)*in_A_5
    t115 = in_A_1*in_A_2
    t116 = in_A_7*t115
    t117 = in_A_3*t114
    t118 = 2.0*in_A_5
    t119 = t116*t59
    t120 = in_A_3*t118
    t121 = in_A_6*t62
    t122 = t48*t79
    t123 = t49*t79
    t124 = t105*t49
    t125 = in_A_3*in_A_5
    t126 = in_A_2*t125
    t127 = in_A_5*t115
    t128 = 4.0*t50
    t129 = (im_r2_11)**-7
    t130 = (im_r2_2)**-4
    t131 = (im_r2_4)**-7
    t132 = (im_r2_9)**-4
    t133 = (im_r2_10)**-7
    t134 = (im_r2_3)**-7
    t135 = (im_r2_11)**-4
    t136 = (im_r2_2)**-7
    t137 = (im_r2_4)**-4
    t138 = (im_r2_9)**-7
    t139 = (im_r2_10)**-4
    t140 = (im_r2_3)**-4
    t141 = (im_r2_0)**-7
    t142 = 6.0*im_y_0_0
    t143 = (im_r2_1)**-7
    t144 = 6.0*im_y_1_0
    t145 = (im_r2_5)**-7
    t146 = 6.0*im_y_5_0
    t147 = (im_r2_6)**-7
    t148 = 6.0*im_y_6_0
    t149 = (im_r2_7)**-7
    t150 = 6.0*im_y_7_0
    t151 = (im_r2_8)**-7
    t152 = 6.0*im_y_8_0
    t153 = (im_r2_0)**-4
    t154 = (im_r2_1)**-4
    t155 = (im_r2_5)**-4
    t156 = (im_r2_6)**-4
    t157 = (im_r2_7)**-4
    t158 = (im_r2_8)**-4
    t159 = 5.196152422706632*im_y_11_0
    t160 = 5.196152422706632*im_y_2_0
    t161 = 5.196152422706632*im_y_4_0
    t162 = 5.196152422706632*im_y_9_0
    t163 = im_x_0_1*t142
    t164 = im_x_1_1*t144
    t165 = im_x_5_1*t146
    t166 = im_x_6_1*t148
    t167 = im_x_7_1*t150
    t168 = im_x_8_1*t152
    t169 = im_x_0_2*t142
    t170 = im_x_1_2*t144
    t171 = im_x_5_2*t146
    t172 = im_x_6_2*t148
    t173 = im_x_7_2*t150
    t174 = im_x_8_2*t152
    t175 = 6.0*im_y_0_1
    t176 = 6.0*im_y_1_1
    t177 = 6.0*im_y_5_1
    t178 = 6.0*im_y_6_1
    t179 = 6.0*im_y_7_1
    t180 = 6.0*im_y_8_1
    t181 = 5.196152422706632*im_y_11_1
    t182 = 5.196152422706632*im_y_2_1
    t183 = 5.196152422706632*im_y_4_1
    t184 = 5.196152422706632*im_y_9_1
    t185 = im_x_0_1*t175
    t186 = im_x_1_1*t176
    t187 = im_x_5_1*t177
    t188 = im_x_6_1*t178
    t189 = im_x_7_1*t179
    t190 = im_x_8_1*t180
    t191 = im_x_0_2*t175
    t192 = im_x_1_2*t176
    t193 = im_x_5_2*t177
    t194 = im_x_6_2*t178
    t195 = im_x_7_2*t179
    t196 = im_x_8_2*t180
    t197 = 6.0*im_y_0_2
    t198 = 6.0*im_y_1_2
    t199 = 6.0*im_y_5_2
    t200 = 6.0*im_y_6_2
    t201 = 6.0*im_y_7_2
    t202 = 6.0*im_y_8_2
    t203 = 5.196152422706632*im_y_11_2
    t204 = 5.196152422706632*im_y_2_2
    t205 = 5.196152422706632*im_y_4_2
    t206 = 5.196152422706632*im_y_9_2
    t207 = im_x_0_1*t197
    t208 = im_x_1_1*t198
    t209 = im_x_5_1*t199
    t210 = im_x_6_1*t200
    t211 = im_x_7_1*t201
    t212 = im_x_8_1*t202
    t213 = im_x_0_2*t197
    t214 = im_x_1_2*t198
    t215 = im_x_5_2*t199
    t216 = im_x_6_2*t200
    t217 = im_x_7_2*t201
    t218 = im_x_8_2*t202
    if not numpy.all(numpy.asarray(in_A_4 + in_A_8 + t4 + t44 + t45 + t46 + t50 + t52 + t54 - t47 - t48 - t49 - t55 - t56 - t57) > 0):
        raise ValueError("det(I + A) must be positive (the deformation inverts the crystal)")
    if not numpy.all(numpy.asarray(0.0087890625 - (-0.6480537657465552*in_A_1 - 0.916486424665735*in_A_2 + in_A_1*in_q_1 + in_A_2*in_q_2 + in_q_0*t4)**2 - (-0.6480537657465552 - 0.6480537657465552*in_A_4 - 0.916486424665735*in_A_5 + in_A_3*in_q_0 + in_A_5*in_q_2 + in_q_1*t5)**2 - (-0.916486424665735 - 0.6480537657465552*in_A_7 - 0.916486424665735*in_A_8 + in_A_6*in_q_0 + in_A_7*in_q_1 + in_q_2*t6)**2) > 0):
        raise ValueError("shift p1 moved more than 0.0938 from its affine position (outside the range where the neighbour set is valid)")
    if not numpy.all(numpy.asarray(0.19 + t58 + t59 + t60 + t61) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.0361 + t65 + t66 + t67 + t69 + t70 + t72 + t73 + t74 + t75 + t76 + t77 + t78 + t80 + t81 + t83 + t84 + t85 - t63 - t64 - t79 - t86 - t87 - t89 - t91 - t92 - t93 - t44*t79) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.006859 + t109 + t110 + t122 + t123 + t124 - t100 - t101 - t102 - t104 - t106 - t108 - 4.0*t55 - 4.0*t56 - 4.0*t57 - 2.0*t119 + 8.0*t50 - 0.1539*t41 - 0.1539*t42 - 0.1539*t59 - 0.1539*t60 - 0.1539*t62 - 0.1539*t71 - 0.81*t74 - 0.81*t78 + (0.76)*t44 + (0.76)*t45 + (0.76)*t46 + (0.19)*t75 + (1.62)*t116 + (1.62)*t88 + (1.62)*t90 + (0.0722)*in_A_0 + (0.0722)*in_A_4 + (0.0722)*in_A_8 + (0.0361)*t58 + (0.0361)*t68 + (0.0361)*t94 + in_A_2*t117 + in_A_6*t117 + in_A_8*t109 + in_A_8*t110 + t103*t58 + t103*t68 + t105*t56 + t107*t56 + t107*t57 + t109*t44 + t109*t45 + t109*t46 + t109*t50 + t110*t44 + t110*t45 + t110*t46 + t110*t50 + t111*t73 + t111*t75 + t112*t68 + t113*t58 + t114*t115 + t116*t97 + t122*t46 + t122*t49 + t123*t45 + t124*t44 + t126*t95 + t127*t96 + t41*t70 + t41*t77 + t41*t78 + t41*t84 + t42*t72 + t42*t74 + t42*t76 + t42*t81 + t49*t86 + t52*t61 + t52*t82 + t54*t61 + t54*t82 + t57*t79 + t58*t66 + t65*t68 + t65*t94 + t66*t94 + t67*t68 + t67*t94 + t69*t94 + t73*t94 + t75*t94 + t80*t94 + t83*t94 + t85*t94 + t88*t95 + t90*t96 - in_A_8*t101 - in_A_8*t102 - in_A_8*t106 - in_A_8*t108 - t100*t44 - t101*t45 - t102*t46 - t104*t44 - t106*t45 - t108*t46 - t111*t119 - t112*t47 - t112*t49 - t113*t47 - t113*t48 - t120*t121 - t126*t81 - t127*t84 - t128*t47 - t128*t48 - t128*t49 - t41*t64 - t41*t91 - t41*t93 - t41*t96 - t42*t63 - t42*t89 - t42*t92 - t42*t95 - t47*t65 - t47*t66 - t48*t65 - t48*t80 - t48*t85 - t49*t66 - t49*t83 - t49*t85 - t58*t98 - t59*t97 - t60*t63 - t60*t96 - t60*t98 - t62*t97 - t63*t94 - t64*t71 - t64*t94 - t68*t99 - t71*t95 - t71*t99 - t86*t94 - t87*t94 + in_A_6*t125*t97 + t48*t49*t61 - in_A_2*t120*t71 - t111*t121*t125 - t115*t118*t60) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_0) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_1) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_2) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_3) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_4) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_5) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_6) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_7) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_8) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_9) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_10) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_11) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + im_r2w_0) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + im_r2w_1) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + im_r2w_2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + im_r2w_3) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + im_r2w_4) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + im_r2w_5) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + im_r2w_6) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + im_r2w_7) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    out = numpy.empty(batch + (9,))
    out[..., 0] = 3.0*im_y_11_0*t135 + 3.0*im_y_2_0*t136 + 3.0*im_y_4_0*t137 + 3.0*im_y_9_0*t138 + 6.0*im_y_10_0*t139 + 6.0*im_y_3_0*t140 - 3.0*im_y_11_0*t129 - 3.0*im_y_2_0*t130 - 3.0*im_y_4_0*t131 - 3.0*im_y_9_0*t132 - 6.0*im_y_10_0*t133 - 6.0*im_y_3_0*t134 - im_x_0_0*t141*t142 - im_x_1_0*t143*t144 - im_x_5_0*t145*t146 - im_x_6_0*t147*t148 - im_x_7_0*t149*t150 - im_x_8_0*t151*t152 + 6.0*im_x_0_0*im_y_0_0*t153 + 6.0*im_x_1_0*im_y_1_0*t154 + 6.0*im_x_5_0*im_y_5_0*t155 + 6.0*im_x_6_0*im_y_6_0*t156 + 6.0*im_x_7_0*im_y_7_0*t157 + 6.0*im_x_8_0*im_y_8_0*t158
    out[..., 1] = t130*t160 + t132*t162 + t135*t159 + t137*t161 + t153*t163 + t154*t164 + t155*t165 + t156*t166 + t157*t167 + t158*t168 - t129*t159 - t131*t161 - t136*t160 - t138*t162 - t141*t163 - t143*t164 - t145*t165 - t147*t166 - t149*t167 - t151*t168
    out[..., 2] = t153*t169 + t154*t170 + t155*t171 + t156*t172 + t157*t173 + t158*t174 - t141*t169 - t143*t170 - t145*t171 - t147*t172 - t149*t173 - t151*t174
    out[..., 3] = 3.0*im_y_11_1*t135 + 3.0*im_y_2_1*t136 + 3.0*im_y_4_1*t137 + 3.0*im_y_9_1*t138 + 6.0*im_y_10_1*t139 + 6.0*im_y_3_1*t140 - 3.0*im_y_11_1*t129 - 3.0*im_y_2_1*t130 - 3.0*im_y_4_1*t131 - 3.0*im_y_9_1*t132 - 6.0*im_y_10_1*t133 - 6.0*im_y_3_1*t134 - im_x_0_0*t141*t175 - im_x_1_0*t143*t176 - im_x_5_0*t145*t177 - im_x_6_0*t147*t178 - im_x_7_0*t149*t179 - im_x_8_0*t151*t180 + 6.0*im_x_0_0*im_y_0_1*t153 + 6.0*im_x_1_0*im_y_1_1*t154 + 6.0*im_x_5_0*im_y_5_1*t155 + 6.0*im_x_6_0*im_y_6_1*t156 + 6.0*im_x_7_0*im_y_7_1*t157 + 6.0*im_x_8_0*im_y_8_1*t158
    out[..., 4] = t130*t182 + t132*t184 + t135*t181 + t137*t183 + t153*t185 + t154*t186 + t155*t187 + t156*t188 + t157*t189 + t158*t190 - t129*t181 - t131*t183 - t136*t182 - t138*t184 - t141*t185 - t143*t186 - t145*t187 - t147*t188 - t149*t189 - t151*t190
    out[..., 5] = t153*t191 + t154*t192 + t155*t193 + t156*t194 + t157*t195 + t158*t196 - t141*t191 - t143*t192 - t145*t193 - t147*t194 - t149*t195 - t151*t196
    out[..., 6] = 3.0*im_y_11_2*t135 + 3.0*im_y_2_2*t136 + 3.0*im_y_4_2*t137 + 3.0*im_y_9_2*t138 + 6.0*im_y_10_2*t139 + 6.0*im_y_3_2*t140 - 3.0*im_y_11_2*t129 - 3.0*im_y_2_2*t130 - 3.0*im_y_4_2*t131 - 3.0*im_y_9_2*t132 - 6.0*im_y_10_2*t133 - 6.0*im_y_3_2*t134 - im_x_0_0*t141*t197 - im_x_1_0*t143*t198 - im_x_5_0*t145*t199 - im_x_6_0*t147*t200 - im_x_7_0*t149*t201 - im_x_8_0*t151*t202 + 6.0*im_x_0_0*im_y_0_2*t153 + 6.0*im_x_1_0*im_y_1_2*t154 + 6.0*im_x_5_0*im_y_5_2*t155 + 6.0*im_x_6_0*im_y_6_2*t156 + 6.0*im_x_7_0*im_y_7_2*t157 + 6.0*im_x_8_0*im_y_8_2*t158
    out[..., 7] = t130*t204 + t132*t206 + t135*t203 + t137*t205 + t153*t207 + t154*t208 + t155*t209 + t156*t210 + t157*t211 + t158*t212 - t129*t203 - t131*t205 - t136*t204 - t138*t206 - t141*t207 - t143*t208 - t145*t209 - t147*t210 - t149*t211 - t151*t212
    out[..., 8] = t153*t213 + t154*t214 + t155*t215 + t156*t216 + t157*t217 + t158*t218 - t141*t213 - t143*t214 - t145*t215 - t147*t216 - t149*t217 - t151*t218
    return out.reshape(batch + (3, 3,))


def moduli_fractional(A, q):
    """C_ijkl = d2W/dA_ij dA_kl at fixed fractional coordinates (fixed q; the ASE/matscipy convention, clamped ions), shape (d, d, d, d); at A = 0, q = p0 its Voigt entries are C_voigt_unrelaxed. A: displacement gradient; q: shift vectors in the reference frame, q_k = (I + A)^-1 p_k = B s_k (s_k fractional coordinates), shape (s, d).

    A: shape (..., 3, 3)
    q: shape (..., 1, 3)
    returns C (..., 3, 3, 3, 3)
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
    batch, flat_q = _split(q, "q", (1, 3,))
    batches.append(batch)
    in_q_0 = flat_q[..., 0]
    in_q_1 = flat_q[..., 1]
    in_q_2 = flat_q[..., 2]
    batch = numpy.broadcast_shapes(*batches)
    t0 = 0.8908987181403393*in_q_0
    im_x_0_0 = t0
    t1 = 0.8908987181403393*in_q_1
    im_x_0_1 = t1
    t2 = 0.8908987181403393*in_q_2
    t3 = -1.632993161855452 + t2
    im_x_0_2 = t3
    t4 = 1.0 + in_A_0
    im_y_0_0 = im_x_0_0*t4 + im_x_0_1*in_A_1 + im_x_0_2*in_A_2
    t5 = 1.0 + in_A_4
    im_y_0_1 = im_x_0_0*in_A_3 + im_x_0_1*t5 + im_x_0_2*in_A_5
    t6 = 1.0 + in_A_8
    im_y_0_2 = im_x_0_0*in_A_6 + im_x_0_1*in_A_7 + im_x_0_2*t6
    t7 = (im_y_0_0)**2
    t8 = (im_y_0_1)**2
    t9 = (im_y_0_2)**2
    im_r2_0 = t7 + t8 + t9
    im_x_1_0 = t0
    im_x_1_1 = t1
    im_x_1_2 = t2
    im_y_1_0 = im_x_1_0*t4 + im_x_1_1*in_A_1 + im_x_1_2*in_A_2
    im_y_1_1 = im_x_1_0*in_A_3 + im_x_1_1*t5 + im_x_1_2*in_A_5
    im_y_1_2 = im_x_1_0*in_A_6 + im_x_1_1*in_A_7 + im_x_1_2*t6
    t10 = (im_y_1_0)**2
    t11 = (im_y_1_1)**2
    t12 = (im_y_1_2)**2
    im_r2_1 = t10 + t11 + t12
    t13 = 0.5 + (0.5)*in_A_0
    t14 = -t13 + 0.8660254037844386*in_A_1
    im_y_2_0 = t14
    t15 = (0.5)*in_A_3
    t16 = 0.8660254037844386 + 0.8660254037844386*in_A_4
    t17 = t16 - t15
    im_y_2_1 = t17
    t18 = (0.5)*in_A_6
    t19 = -t18 + 0.8660254037844386*in_A_7
    im_y_2_2 = t19
    t20 = (im_y_2_0)**2
    t21 = (im_y_2_1)**2
    t22 = (im_y_2_2)**2
    im_r2_2 = t20 + t21 + t22
    im_y_3_0 = t4
    im_y_3_1 = in_A_3
    im_y_3_2 = in_A_6
    t23 = (im_y_3_0)**2
    t24 = (im_y_3_1)**2
    t25 = (im_y_3_2)**2
    im_r2_3 = t23 + t24 + t25
    t26 = t13 + 0.8660254037844386*in_A_1
    im_y_4_0 = t26
    t27 = t15 + t16
    im_y_4_1 = t27
    t28 = t18 + 0.8660254037844386*in_A_7
    im_y_4_2 = t28
    t29 = (im_y_4_0)**2
    t30 = (im_y_4_1)**2
    t31 = (im_y_4_2)**2
    im_r2_4 = t29 + t30 + t31
    t32 = -0.5 + t0
    im_x_5_0 = t32
    t33 = -0.8660254037844386 + t1
    im_x_5_1 = t33
    im_x_5_2 = t3
    im_y_5_0 = im_x_5_0*t4 + im_x_5_1*in_A_1 + im_x_5_2*in_A_2
    im_y_5_1 = im_x_5_0*in_A_3 + im_x_5_1*t5 + im_x_5_2*in_A_5
    im_y_5_2 = im_x_5_0*in_A_6 + im_x_5_1*in_A_7 + im_x_5_2*t6
    t34 = (im_y_5_0)**2
    t35 = (im_y_5_1)**2
    t36 = (im_y_5_2)**2
    im_r2_5 = t34 + t35 + t36
    im_x_6_0 = t32
    im_x_6_1 = t33
    im_x_6_2 = t2
    im_y_6_0 = im_x_6_0*t4 + im_x_6_1*in_A_1 + im_x_6_2*in_A_2
    im_y_6_1 = im_x_6_0*in_A_3 + im_x_6_1*t5 + im_x_6_2*in_A_5
    im_y_6_2 = im_x_6_0*in_A_6 + im_x_6_1*in_A_7 + im_x_6_2*t6
    t37 = (im_y_6_0)**2
    t38 = (im_y_6_1)**2
    t39 = (im_y_6_2)**2
    im_r2_6 = t37 + t38 + t39
    t40 = 0.5 + t0
    im_x_7_0 = t40
    im_x_7_1 = t33
    im_x_7_2 = t3
    im_y_7_0 = im_x_7_0*t4 + im_x_7_1*in_A_1 + im_x_7_2*in_A_2
    im_y_7_1 = im_x_7_0*in_A_3 + im_x_7_1*t5 + im_x_7_2*in_A_5
    im_y_7_2 = im_x_7_0*in_A_6 + im_x_7_1*in_A_7 + im_x_7_2*t6
    t41 = (im_y_7_0)**2
    t42 = (im_y_7_1)**2
    t43 = (im_y_7_2)**2
    im_r2_7 = t41 + t42 + t43
    im_x_8_0 = t40
    im_x_8_1 = t33
    im_x_8_2 = t2
    im_y_8_0 = im_x_8_0*t4 + im_x_8_1*in_A_1 + im_x_8_2*in_A_2
    im_y_8_1 = im_x_8_0*in_A_3 + im_x_8_1*t5 + im_x_8_2*in_A_5
    im_y_8_2 = im_x_8_0*in_A_6 + im_x_8_1*in_A_7 + im_x_8_2*t6
    t44 = (im_y_8_0)**2
    t45 = (im_y_8_1)**2
    t46 = (im_y_8_2)**2
    im_r2_8 = t44 + t45 + t46
    im_y_9_0 = t14
    im_y_9_1 = t17
    im_y_9_2 = t19
    t47 = (im_y_9_0)**2
    t48 = (im_y_9_1)**2
    t49 = (im_y_9_2)**2
    im_r2_9 = t47 + t48 + t49
    im_y_10_0 = t4
    im_y_10_1 = in_A_3
    im_y_10_2 = in_A_6
    t50 = (im_y_10_0)**2
    t51 = (im_y_10_1)**2
    t52 = (im_y_10_2)**2
    im_r2_10 = t50 + t51 + t52
    im_y_11_0 = t26
    im_y_11_1 = t27
    im_y_11_2 = t28
    t53 = (im_y_11_0)**2
    t54 = (im_y_11_1)**2
    t55 = (im_y_11_2)**2
    im_r2_11 = t53 + t54 + t55
    t56 = in_A_2*t3
    t57 = -1.7320508075688772 + t1
    t58 = in_A_1*t57 + t0*t4
    t59 = in_A_5*t3
    t60 = in_A_3*t0 + t5*t57
    t61 = t3*t6
    t62 = in_A_6*t0 + in_A_7*t57
    im_r2w_0 = (t56 + t58)**2 + (t59 + t60)**2 + (t61 + t62)**2
    t63 = in_A_2*t2
    t64 = t2*t6
    t65 = in_A_5*t2
    im_r2w_1 = (t58 + t63)**2 + (t60 + t65)**2 + (t62 + t64)**2
    t66 = -1.0 + t0
    t67 = in_A_1*t1
    t68 = t67 + t4*t66
    t69 = t1*t5
    t70 = t69 + in_A_3*t66
    t71 = in_A_7*t1
    t72 = t71 + in_A_6*t66
    im_r2w_2 = (t56 + t68)**2 + (t59 + t70)**2 + (t61 + t72)**2
    im_r2w_3 = (t63 + t68)**2 + (t64 + t72)**2 + (t65 + t70)**2
    t73 = 1.0 + t0
    t74 = t67 + t4*t73
    t75 = t69 + in_A_3*t73
    t76 = t71 + in_A_6*t73
    im_r2w_4 = (t56 + t74)**2 + (t59 + t75)**2 + (t61 + t76)**2
    im_r2w_5 = (t63 + t74)**2 + (t64 + t76)**2 + (t65 + t75)**2
    t77 = (in_A_2)**2
    t78 = (in_A_5)**2
    t79 = (1.632993161855452 + 1.632993161855452*in_A_8)**2 + 2.6666666666666665*t77 + 2.6666666666666665*t78
    im_r2w_6 = t79
    im_r2w_7 = t79
    t80 = in_A_0*in_A_4
    t81 = in_A_0*in_A_8
    t82 = in_A_4*in_A_8
    t83 = in_A_1*in_A_3
    t84 = in_A_2*in_A_6
    t85 = in_A_5*in_A_7
    t86 = in_A_8*t80
    t87 = in_A_1*in_A_6
    t88 = in_A_5*t87
    t89 = in_A_3*in_A_7
    t90 = in_A_2*t89
    t91 = in_A_0*t85
    t92 = in_A_8*t83
    t93 = in_A_4*t84
    t94 = (in_A_0)**2
    t95 = (in_A_3)**2
    t96 = (in_A_6)**2
    t97 = 2.0*in_A_0
    t98 = (in_A_1)**2
    t99 = (0.81)*t98
    t100 = (0.81)*t95
    t101 = (0.38)*in_A_0
    t102 = (0.38)*in_A_4
    t103 = (0.19)*t94
    t104 = (in_A_4)**2
    t105 = (0.19)*t104
    t106 = (0.19)*t96
    t107 = (in_A_7)**2
    t108 = (0.19)*t107
    t109 = t104*t94
    t110 = t107*t94
    t111 = t95*t98
    t112 = t96*t98
    t113 = t107*t95
    t114 = t104*t96
    t115 = 2.0*t83
    t116 = t104*t97
    t117 = t107*t97
    t118 = 2.0*in_A_4
    t119 = t118*t94
    t120 = t118*t96
    t121 = 4.0*t80
    t122 = t83*t97
    t123 = in_A_4*t115
    t124 = in_A_7*t87
    t125 = 2.0*t124
    t126 = in_A_6*t89
    t127 = 2.0*t126
    t128 = t124*t97
    t129 = t118*t126
    t130 = (in_A_8)**2
    t131 = (1.62)*in_A_0
    t132 = (1.62)*in_A_4
    t133 = (1.62)*in_A_8
    t134 = (0.81)*t78
    t135 = (0.81)*t77
    t136 = (0.38)*t83
    t137 = (0.38)*t84
    t138 = (0.38)*t85
    t139 = (0.38)*in_A_8
    t140 = t115*t130
    t141 = 2.0*t84
    t142 = t104*t141
    t143 = 2.0*t85
    t144 = t143*t94
    t145 = 2.0*t88
    t146 = 2.0*t90
    t147 = 2.0*in_A_8
    t148 = 4.0*t81
    t149 = 4.0*t82
    t150 = (1.62)*in_A_5
    t151 = in_A_1*in_A_2
    t152 = in_A_7*t151
    t153 = in_A_3*t150
    t154 = 2.0*in_A_5
    t155 = t152*t95
    t156 = in_A_3*t154
    t157 = in_A_6*t98
    t158 = t115*t84
    t159 = t115*t85
    t160 = t141*t85
    t161 = in_A_3*in_A_5
    t162 = in_A_2*t161
    t163 = in_A_5*t151
    t164 = 4.0*t86
    t165 = (im_r2_11)**-8
    t166 = t165*t53
    t167 = (im_r2_2)**-8
    t168 = t167*t20
    t169 = (im_r2_4)**-8
    t170 = t169*t29
    t171 = (im_r2_9)**-8
    t172 = t171*t47
    t173 = (im_r2_10)**-8
    t174 = 84.0*t173
    t175 = (im_r2_3)**-8
    t176 = 84.0*t175
    t177 = (im_r2_11)**-5
    t178 = t177*t53
    t179 = (im_r2_2)**-5
    t180 = t179*t20
    t181 = (im_r2_4)**-5
    t182 = t181*t29
    t183 = (im_r2_9)**-5
    t184 = t183*t47
    t185 = 48.0/(im_r2_10)**5
    t186 = 48.0/(im_r2_3)**5
    t187 = (im_x_0_0)**2
    t188 = t187*t7
    t189 = (im_r2_0)**-8
    t190 = 84.0*t189
    t191 = (im_x_1_0)**2
    t192 = t10*t191
    t193 = (im_r2_1)**-8
    t194 = 84.0*t193
    t195 = (im_x_5_0)**2
    t196 = t195*t34
    t197 = (im_r2_5)**-8
    t198 = 84.0*t197
    t199 = (im_x_6_0)**2
    t200 = t199*t37
    t201 = (im_r2_6)**-8
    t202 = 84.0*t201
    t203 = (im_x_7_0)**2
    t204 = t203*t41
    t205 = (im_r2_7)**-8
    t206 = 84.0*t205
    t207 = (im_x_8_0)**2
    t208 = t207*t44
    t209 = (im_r2_8)**-8
    t210 = 84.0*t209
    t211 = 48.0/(im_r2_0)**5
    t212 = 48.0/(im_r2_1)**5
    t213 = 48.0/(im_r2_5)**5
    t214 = 48.0/(im_r2_6)**5
    t215 = 48.0/(im_r2_7)**5
    t216 = 48.0/(im_r2_8)**5
    t217 = (im_r2_11)**-4
    t218 = (im_r2_2)**-4
    t219 = (im_r2_4)**-4
    t220 = (im_r2_9)**-4
    t221 = (im_r2_11)**-7
    t222 = (im_r2_2)**-7
    t223 = (im_r2_4)**-7
    t224 = (im_r2_9)**-7
    t225 = (im_r2_0)**-4
    t226 = 6.0*t187
    t227 = (im_r2_1)**-4
    t228 = 6.0*t191
    t229 = (im_r2_5)**-4
    t230 = 6.0*t195
    t231 = (im_r2_6)**-4
    t232 = 6.0*t199
    t233 = (im_r2_7)**-4
    t234 = 6.0*t203
    t235 = (im_r2_8)**-4
    t236 = 6.0*t207
    t237 = (im_r2_0)**-7
    t238 = (im_r2_1)**-7
    t239 = (im_r2_5)**-7
    t240 = (im_r2_6)**-7
    t241 = (im_r2_7)**-7
    t242 = (im_r2_8)**-7
    t243 = 1.5*t217 + 1.5*t218 + 1.5*t219 + 1.5*t220 + 6.0/(im_r2_10)**4 + 6.0/(im_r2_3)**4 - 1.5*t221 - 1.5*t222 - 1.5*t223 - 1.5*t224 - 6.0/(im_r2_10)**7 - 6.0/(im_r2_3)**7 + t225*t226 + t227*t228 + t229*t230 + t231*t232 + t233*t234 + t235*t236 - t226*t237 - t228*t238 - t230*t239 - t232*t240 - t234*t241 - t236*t242
    t244 = im_x_0_0*t7
    t245 = im_x_1_0*t10
    t246 = im_x_5_0*t34
    t247 = im_x_6_0*t37
    t248 = im_x_7_0*t41
    t249 = im_x_8_0*t44
    t250 = 6.0*im_x_0_0
    t251 = 6.0*im_x_1_0
    t252 = 6.0*im_x_5_0
    t253 = 6.0*im_x_6_0
    t254 = 6.0*im_x_7_0
    t255 = 6.0*im_x_8_0
    t256 = 2.598076211353316*t218 + 2.598076211353316*t220 + 2.598076211353316*t221 + 2.598076211353316*t223 - 2.598076211353316*t217 - 2.598076211353316*t219 - 2.598076211353316*t222 - 2.598076211353316*t224 + im_x_0_1*t237*t250 + im_x_1_1*t238*t251 + im_x_5_1*t239*t252 + im_x_6_1*t240*t253 + im_x_7_1*t241*t254 + im_x_8_1*t242*t255 - 6.0*im_x_0_0*im_x_0_1*t225 - 6.0*im_x_1_0*im_x_1_1*t227 - 6.0*im_x_5_0*im_x_5_1*t229 - 6.0*im_x_6_0*im_x_6_1*t231 - 6.0*im_x_7_0*im_x_7_1*t233 - 6.0*im_x_8_0*im_x_8_1*t235
    t257 = -t256 - 36.373066958946424*t168 - 36.373066958946424*t172 - 20.784609690826528*t178 - 20.784609690826528*t182 + 36.373066958946424*t165*t53 + 36.373066958946424*t169*t29 + 20.784609690826528*t179*t20 + 20.784609690826528*t183*t47 - im_x_0_1*t211*t244 - im_x_1_1*t212*t245 - im_x_5_1*t213*t246 - im_x_6_1*t214*t247 - im_x_7_1*t215*t248 - im_x_8_1*t216*t249 + 84.0*im_x_0_0*im_x_0_1*t189*t7 + 84.0*im_x_1_0*im_x_1_1*t10*t193 + 84.0*im_x_5_0*im_x_5_1*t197*t34 + 84.0*im_x_6_0*im_x_6_1*t201*t37 + 84.0*im_x_7_0*im_x_7_1*t205*t41 + 84.0*im_x_8_0*im_x_8_1*t209*t44
    t258 = im_x_0_2*t244
    t259 = im_x_1_2*t245
    t260 = im_x_5_2*t246
    t261 = im_x_6_2*t247
    t262 = im_x_7_2*t248
    t263 = im_x_8_2*t249
    t264 = im_x_0_2*t250
    t265 = im_x_1_2*t251
    t266 = im_x_5_2*t252
    t267 = im_x_6_2*t253
    t268 = im_x_7_2*t254
    t269 = im_x_8_2*t255
    t270 = t225*t264 + t227*t265 + t229*t266 + t231*t267 + t233*t268 + t235*t269 - t237*t264 - t238*t265 - t239*t266 - t240*t267 - t241*t268 - t242*t269
    t271 = t270 + t190*t258 + t194*t259 + t198*t260 + t202*t261 + t206*t262 + t210*t263 - t211*t258 - t212*t259 - t213*t260 - t214*t261 - t215*t262 - t216*t263
    t272 = im_y_11_0*im_y_11_1
    t273 = t177*t272
    t274 = im_y_2_0*im_y_2_1
    t275 = t179*t274
    t276 = im_y_4_0*im_y_4_1
    t277 = t181*t276
    t278 = im_y_9_0*im_y_9_1
    t279 = t183*t278
    t280 = im_y_0_0*t187*t211
    t281 = im_y_1_0*t191*t212
    t282 = im_y_5_0*t195*t213
    t283 = im_y_6_0*t199*t214
    t284 = im_y_7_0*t203*t215
    t285 = im_y_8_0*t207*t216
    t286 = -12.0*t273 - 12.0*t275 - 12.0*t277 - 12.0*t279 - im_y_0_1*t280 - im_y_1_1*t281 - im_y_5_1*t282 - im_y_6_1*t283 - im_y_7_1*t284 - im_y_8_1*t285 - im_y_10_0*im_y_10_1*t185 - im_y_3_0*im_y_3_1*t186 + 21.0*im_y_11_0*im_y_11_1*t165 + 21.0*im_y_2_0*im_y_2_1*t167 + 21.0*im_y_4_0*im_y_4_1*t169 + 21.0*im_y_9_0*im_y_9_1*t171 + 84.0*im_y_10_0*im_y_10_1*t173 + 84.0*im_y_3_0*im_y_3_1*t175 + 84.0*im_y_0_0*im_y_0_1*t187*t189 + 84.0*im_y_1_0*im_y_1_1*t191*t193 + 84.0*im_y_5_0*im_y_5_1*t195*t197 + 84.0*im_y_6_0*im_y_6_1*t199*t201 + 84.0*im_y_7_0*im_y_7_1*t203*t205 + 84.0*im_y_8_0*im_y_8_1*t207*t209
    t287 = im_y_0_1*t190
    t288 = im_x_0_0*im_y_0_0
    t289 = im_x_0_1*t288
    t290 = im_y_1_1*t194
    t291 = im_x_1_0*im_y_1_0
    t292 = im_x_1_1*t291
    t293 = im_y_5_1*t198
    t294 = im_x_5_0*im_y_5_0
    t295 = im_x_5_1*t294
    t296 = im_y_6_1*t202
    t297 = im_x_6_0*im_y_6_0
    t298 = im_x_6_1*t297
    t299 = im_y_7_1*t206
    t300 = im_x_7_0*im_y_7_0
    t301 = im_x_7_1*t300
    t302 = im_y_8_1*t210
    t303 = im_x_8_0*im_y_8_0
    t304 = im_x_8_1*t303
    t305 = im_y_0_1*t211
    t306 = im_y_1_1*t212
    t307 = im_y_5_1*t213
    t308 = im_y_6_1*t214
    t309 = im_y_7_1*t215
    t310 = im_y_8_1*t216
    t311 = 20.784609690826528*t275 + 20.784609690826528*t279 - 20.784609690826528*t273 - 20.784609690826528*t277 + t287*t289 + t290*t292 + t293*t295 + t296*t298 + t299*t301 + t302*t304 - t289*t305 - t292*t306 - t295*t307 - t298*t308 - t301*t309 - t304*t310 + 36.373066958946424*t165*t272 + 36.373066958946424*t169*t276 - 36.373066958946424*t167*t274 - 36.373066958946424*t171*t278
    t312 = im_x_0_2*t288
    t313 = im_x_1_2*t291
    t314 = im_x_5_2*t294
    t315 = im_x_6_2*t297
    t316 = im_x_7_2*t300
    t317 = im_x_8_2*t303
    t318 = -t305*t312 - t306*t313 - t307*t314 - t308*t315 - t309*t316 - t310*t317 + 84.0*im_x_0_0*im_x_0_2*im_y_0_0*im_y_0_1*t189 + 84.0*im_x_1_0*im_x_1_2*im_y_1_0*im_y_1_1*t193 + 84.0*im_x_5_0*im_x_5_2*im_y_5_0*im_y_5_1*t197 + 84.0*im_x_6_0*im_x_6_2*im_y_6_0*im_y_6_1*t201 + 84.0*im_x_7_0*im_x_7_2*im_y_7_0*im_y_7_1*t205 + 84.0*im_x_8_0*im_x_8_2*im_y_8_0*im_y_8_1*t209
    t319 = im_y_11_0*im_y_11_2
    t320 = t177*t319
    t321 = im_y_2_0*im_y_2_2
    t322 = t179*t321
    t323 = im_y_4_0*im_y_4_2
    t324 = t181*t323
    t325 = im_y_9_0*im_y_9_2
    t326 = t183*t325
    t327 = -12.0*t320 - 12.0*t322 - 12.0*t324 - 12.0*t326 - im_y_0_2*t280 - im_y_1_2*t281 - im_y_5_2*t282 - im_y_6_2*t283 - im_y_7_2*t284 - im_y_8_2*t285 - im_y_10_0*im_y_10_2*t185 - im_y_3_0*im_y_3_2*t186 + 21.0*im_y_11_0*im_y_11_2*t165 + 21.0*im_y_2_0*im_y_2_2*t167 + 21.0*im_y_4_0*im_y_4_2*t169 + 21.0*im_y_9_0*im_y_9_2*t171 + 84.0*im_y_10_0*im_y_10_2*t173 + 84.0*im_y_3_0*im_y_3_2*t175 + 84.0*im_y_0_0*im_y_0_2*t187*t189 + 84.0*im_y_1_0*im_y_1_2*t191*t193 + 84.0*im_y_5_0*im_y_5_2*t195*t197 + 84.0*im_y_6_0*im_y_6_2*t199*t201 + 84.0*im_y_7_0*im_y_7_2*t203*t205 + 84.0*im_y_8_0*im_y_8_2*t207*t209
    t328 = im_y_0_2*t211
    t329 = im_y_1_2*t212
    t330 = im_y_5_2*t213
    t331 = im_y_6_2*t214
    t332 = im_y_7_2*t215
    t333 = im_y_8_2*t216
    t334 = 20.784609690826528*t322 + 20.784609690826528*t326 - 20.784609690826528*t320 - 20.784609690826528*t324 - t289*t328 - t292*t329 - t295*t330 - t298*t331 - t301*t332 - t304*t333 + 36.373066958946424*t165*t319 + 36.373066958946424*t169*t323 - 36.373066958946424*t167*t321 - 36.373066958946424*t171*t325 + im_y_0_2*t190*t289 + im_y_1_2*t194*t292 + im_y_5_2*t198*t295 + im_y_6_2*t202*t298 + im_y_7_2*t206*t301 + im_y_8_2*t210*t304
    t335 = -t312*t328 - t313*t329 - t314*t330 - t315*t331 - t316*t332 - t317*t333 + 84.0*im_x_0_0*im_x_0_2*im_y_0_0*im_y_0_2*t189 + 84.0*im_x_1_0*im_x_1_2*im_y_1_0*im_y_1_2*t193 + 84.0*im_x_5_0*im_x_5_2*im_y_5_0*im_y_5_2*t197 + 84.0*im_x_6_0*im_x_6_2*im_y_6_0*im_y_6_2*t201 + 84.0*im_x_7_0*im_x_7_2*im_y_7_0*im_y_7_2*t205 + 84.0*im_x_8_0*im_x_8_2*im_y_8_0*im_y_8_2*t209
    t336 = (im_x_0_1)**2
    t337 = t336*t7
    t338 = (im_x_1_1)**2
    t339 = t10*t338
    t340 = (im_x_5_1)**2
    t341 = t34*t340
    t342 = (im_x_6_1)**2
    t343 = t342*t37
    t344 = (im_x_7_1)**2
    t345 = t344*t41
    t346 = (im_x_8_1)**2
    t347 = t346*t44
    t348 = 6.0*t336
    t349 = 6.0*t338
    t350 = 6.0*t340
    t351 = 6.0*t342
    t352 = 6.0*t344
    t353 = 6.0*t346
    t354 = 4.5*t217 + 4.5*t218 + 4.5*t219 + 4.5*t220 - 4.5*t221 - 4.5*t222 - 4.5*t223 - 4.5*t224 + t225*t348 + t227*t349 + t229*t350 + t231*t351 + t233*t352 + t235*t353 - t237*t348 - t238*t349 - t239*t350 - t240*t351 - t241*t352 - t242*t353
    t355 = im_x_0_1*im_x_0_2
    t356 = t355*t7
    t357 = im_x_1_1*im_x_1_2
    t358 = t10*t357
    t359 = im_x_5_1*im_x_5_2
    t360 = t34*t359
    t361 = im_x_6_1*im_x_6_2
    t362 = t361*t37
    t363 = im_x_7_1*im_x_7_2
    t364 = t363*t41
    t365 = im_x_8_1*im_x_8_2
    t366 = t365*t44
    t367 = 6.0*t355
    t368 = 6.0*t357
    t369 = 6.0*t359
    t370 = 6.0*t361
    t371 = 6.0*t363
    t372 = 6.0*t365
    t373 = t225*t367 + t227*t368 + t229*t369 + t231*t370 + t233*t371 + t235*t372 - t237*t367 - t238*t368 - t239*t369 - t240*t370 - t241*t371 - t242*t372
    t374 = t373 + t190*t356 + t194*t358 + t198*t360 + t202*t362 + t206*t364 + t210*t366 - t211*t356 - t212*t358 - t213*t360 - t214*t362 - t215*t364 - t216*t366
    t375 = im_y_0_0*t211*t336
    t376 = im_y_1_0*t212*t338
    t377 = im_y_5_0*t213*t340
    t378 = im_y_6_0*t214*t342
    t379 = im_y_7_0*t215*t344
    t380 = im_y_8_0*t216*t346
    t381 = -36.0*t273 - 36.0*t275 - 36.0*t277 - 36.0*t279 - im_y_0_1*t375 - im_y_1_1*t376 - im_y_5_1*t377 - im_y_6_1*t378 - im_y_7_1*t379 - im_y_8_1*t380 + 63.0*im_y_11_0*im_y_11_1*t165 + 63.0*im_y_2_0*im_y_2_1*t167 + 63.0*im_y_4_0*im_y_4_1*t169 + 63.0*im_y_9_0*im_y_9_1*t171 + 84.0*im_y_0_0*im_y_0_1*t189*t336 + 84.0*im_y_1_0*im_y_1_1*t193*t338 + 84.0*im_y_5_0*im_y_5_1*t197*t340 + 84.0*im_y_6_0*im_y_6_1*t201*t342 + 84.0*im_y_7_0*im_y_7_1*t205*t344 + 84.0*im_y_8_0*im_y_8_1*t209*t346
    t382 = im_y_0_0*t355
    t383 = im_y_1_0*t357
    t384 = im_y_5_0*t359
    t385 = im_y_6_0*t361
    t386 = im_y_7_0*t363
    t387 = im_y_8_0*t365
    t388 = -t305*t382 - t306*t383 - t307*t384 - t308*t385 - t309*t386 - t310*t387 + 84.0*im_x_0_1*im_x_0_2*im_y_0_0*im_y_0_1*t189 + 84.0*im_x_1_1*im_x_1_2*im_y_1_0*im_y_1_1*t193 + 84.0*im_x_5_1*im_x_5_2*im_y_5_0*im_y_5_1*t197 + 84.0*im_x_6_1*im_x_6_2*im_y_6_0*im_y_6_1*t201 + 84.0*im_x_7_1*im_x_7_2*im_y_7_0*im_y_7_1*t205 + 84.0*im_x_8_1*im_x_8_2*im_y_8_0*im_y_8_1*t209
    t389 = -36.0*t320 - 36.0*t322 - 36.0*t324 - 36.0*t326 - im_y_0_2*t375 - im_y_1_2*t376 - im_y_5_2*t377 - im_y_6_2*t378 - im_y_7_2*t379 - im_y_8_2*t380 + 63.0*im_y_11_0*im_y_11_2*t165 + 63.0*im_y_2_0*im_y_2_2*t167 + 63.0*im_y_4_0*im_y_4_2*t169 + 63.0*im_y_9_0*im_y_9_2*t171 + 84.0*im_y_0_0*im_y_0_2*t189*t336 + 84.0*im_y_1_0*im_y_1_2*t193*t338 + 84.0*im_y_5_0*im_y_5_2*t197*t340 + 84.0*im_y_6_0*im_y_6_2*t201*t342 + 84.0*im_y_7_0*im_y_7_2*t205*t344 + 84.0*im_y_8_0*im_y_8_2*t209*t346
    t390 = -t328*t382 - t329*t383 - t330*t384 - t331*t385 - t332*t386 - t333*t387 + 84.0*im_x_0_1*im_x_0_2*im_y_0_0*im_y_0_2*t189 + 84.0*im_x_1_1*im_x_1_2*im_y_1_0*im_y_1_2*t193 + 84.0*im_x_5_1*im_x_5_2*im_y_5_0*im_y_5_2*t197 + 84.0*im_x_6_1*im_x_6_2*im_y_6_0*im_y_6_2*t201 + 84.0*im_x_7_1*im_x_7_2*im_y_7_0*im_y_7_2*t205 + 84.0*im_x_8_1*im_x_8_2*im_y_8_0*im_y_8_2*t209
    t391 = (im_x_0_2)**2
    t392 = t391*t7
    t393 = (im_x_1_2)**2
    t394 = t10*t393
    t395 = (im_x_5_2)**2
    t396 = t34*t395
    t397 = (im_x_6_2)**2
    t398 = t37*t397
    t399 = (im_x_7_2)**2
    t400 = t399*t41
    t401 = (im_x_8_2)**2
    t402 = t401*t44
    t403 = 6.0*t391
    t404 = 6.0*t393
    t405 = 6.0*t395
    t406 = 6.0*t397
    t407 = 6.0*t399
    t408 = 6.0*t401
    t409 = t225*t403 + t227*t404 + t229*t405 + t231*t406 + t233*t407 + t235*t408 - t237*t403 - t238*t404 - t239*t405 - t240*t406 - t241*t407 - t242*t408
    t410 = im_y_0_0*t211*t391
    t411 = im_y_1_0*t212*t393
    t412 = im_y_5_0*t213*t395
    t413 = im_y_6_0*t214*t397
    t414 = im_y_7_0*t215*t399
    t415 = im_y_8_0*t216*t401
    t416 = -im_y_0_1*t410 - im_y_1_1*t411 - im_y_5_1*t412 - im_y_6_1*t413 - im_y_7_1*t414 - im_y_8_1*t415 + 84.0*im_y_0_0*im_y_0_1*t189*t391 + 84.0*im_y_1_0*im_y_1_1*t193*t393 + 84.0*im_y_5_0*im_y_5_1*t197*t395 + 84.0*im_y_6_0*im_y_6_1*t201*t397 + 84.0*im_y_7_0*im_y_7_1*t205*t399 + 84.0*im_y_8_0*im_y_8_1*t209*t401
    t417 = -im_y_0_2*t410 - im_y_1_2*t411 - im_y_5_2*t412 - im_y_6_2*t413 - im_y_7_2*t414 - im_y_8_2*t415 + 84.0*im_y_0_0*im_y_0_2*t189*t391 + 84.0*im_y_1_0*im_y_1_2*t193*t393 + 84.0*im_y_5_0*im_y_5_2*t197*t395 + 84.0*im_y_6_0*im_y_6_2*t201*t397 + 84.0*im_y_7_0*im_y_7_2*t205*t399 + 84.0*im_y_8_0*im_y_8_2*t209*t401
    t418 = t165*t54
    t419 = t167*t21
    t420 = t169*t30
    t421 = t171*t48
    t422 = t177*t54
    t423 = t179*t21
    t424 = t181*t30
    t425 = t183*t48
    t426 = t187*t8
    t427 = t11*t191
    t428 = t195*t35
    t429 = t199*t38
    t430 = t203*t42
    t431 = t207*t45
    t432 = im_x_0_0*t8
    t433 = im_x_1_0*t11
    t434 = im_x_5_0*t35
    t435 = im_x_6_0*t38
    t436 = im_x_7_0*t42
    t437 = im_x_8_0*t45
    t438 = -t256 - 36.373066958946424*t419 - 36.373066958946424*t421 - 20.784609690826528*t422 - 20.784609690826528*t424 + 36.373066958946424*t165*t54 + 36.373066958946424*t169*t30 + 20.784609690826528*t179*t21 + 20.784609690826528*t183*t48 - im_x_0_1*t211*t432 - im_x_1_1*t212*t433 - im_x_5_1*t213*t434 - im_x_6_1*t214*t435 - im_x_7_1*t215*t436 - im_x_8_1*t216*t437 + 84.0*im_x_0_0*im_x_0_1*t189*t8 + 84.0*im_x_1_0*im_x_1_1*t11*t193 + 84.0*im_x_5_0*im_x_5_1*t197*t35 + 84.0*im_x_6_0*im_x_6_1*t201*t38 + 84.0*im_x_7_0*im_x_7_1*t205*t42 + 84.0*im_x_8_0*im_x_8_1*t209*t45
    t439 = im_x_0_2*t432
    t440 = im_x_1_2*t433
    t441 = im_x_5_2*t434
    t442 = im_x_6_2*t435
    t443 = im_x_7_2*t436
    t444 = im_x_8_2*t437
    t445 = t270 + t190*t439 + t194*t440 + t198*t441 + t202*t442 + t206*t443 + t210*t444 - t211*t439 - t212*t440 - t213*t441 - t214*t442 - t215*t443 - t216*t444
    t446 = im_y_11_1*im_y_11_2
    t447 = t177*t446
    t448 = im_y_2_1*im_y_2_2
    t449 = t179*t448
    t450 = im_y_4_1*im_y_4_2
    t451 = t181*t450
    t452 = im_y_9_1*im_y_9_2
    t453 = t183*t452
    t454 = -12.0*t447 - 12.0*t449 - 12.0*t451 - 12.0*t453 - im_y_0_2*t187*t305 - im_y_10_1*im_y_10_2*t185 - im_y_1_2*t191*t306 - im_y_3_1*im_y_3_2*t186 - im_y_5_2*t195*t307 - im_y_6_2*t199*t308 - im_y_7_2*t203*t309 - im_y_8_2*t207*t310 + 21.0*im_y_11_1*im_y_11_2*t165 + 21.0*im_y_2_1*im_y_2_2*t167 + 21.0*im_y_4_1*im_y_4_2*t169 + 21.0*im_y_9_1*im_y_9_2*t171 + 84.0*im_y_10_1*im_y_10_2*t173 + 84.0*im_y_3_1*im_y_3_2*t175 + 84.0*im_y_0_1*im_y_0_2*t187*t189 + 84.0*im_y_1_1*im_y_1_2*t191*t193 + 84.0*im_y_5_1*im_y_5_2*t195*t197 + 84.0*im_y_6_1*im_y_6_2*t199*t201 + 84.0*im_y_7_1*im_y_7_2*t203*t205 + 84.0*im_y_8_1*im_y_8_2*t207*t209
    t455 = im_x_0_0*im_y_0_2
    t456 = im_x_0_1*t455
    t457 = im_x_1_0*im_y_1_2
    t458 = im_x_1_1*t457
    t459 = im_x_5_0*im_y_5_2
    t460 = im_x_5_1*t459
    t461 = im_x_6_0*im_y_6_2
    t462 = im_x_6_1*t461
    t463 = im_x_7_0*im_y_7_2
    t464 = im_x_7_1*t463
    t465 = im_x_8_0*im_y_8_2
    t466 = im_x_8_1*t465
    t467 = 20.784609690826528*t449 + 20.784609690826528*t453 - 20.784609690826528*t447 - 20.784609690826528*t451 + t287*t456 + t290*t458 + t293*t460 + t296*t462 + t299*t464 + t302*t466 - t305*t456 - t306*t458 - t307*t460 - t308*t462 - t309*t464 - t310*t466 + 36.373066958946424*t165*t446 + 36.373066958946424*t169*t450 - 36.373066958946424*t167*t448 - 36.373066958946424*t171*t452
    t468 = -im_x_0_2*t305*t455 - im_x_1_2*t306*t457 - im_x_5_2*t307*t459 - im_x_6_2*t308*t461 - im_x_7_2*t309*t463 - im_x_8_2*t310*t465 + 84.0*im_x_0_0*im_x_0_2*im_y_0_1*im_y_0_2*t189 + 84.0*im_x_1_0*im_x_1_2*im_y_1_1*im_y_1_2*t193 + 84.0*im_x_5_0*im_x_5_2*im_y_5_1*im_y_5_2*t197 + 84.0*im_x_6_0*im_x_6_2*im_y_6_1*im_y_6_2*t201 + 84.0*im_x_7_0*im_x_7_2*im_y_7_1*im_y_7_2*t205 + 84.0*im_x_8_0*im_x_8_2*im_y_8_1*im_y_8_2*t209
    t469 = t336*t8
    t470 = t11*t338
    t471 = t340*t35
    t472 = t342*t38
    t473 = t344*t42
    t474 = t346*t45
    t475 = t355*t8
    t476 = t11*t357
    t477 = t35*t359
    t478 = t361*t38
    t479 = t363*t42
    t480 = t365*t45
    t481 = t373 + t190*t475 + t194*t476 + t198*t477 + t202*t478 + t206*t479 + t210*t480 - t211*t475 - t212*t476 - t213*t477 - t214*t478 - t215*t479 - t216*t480
    t482 = -36.0*t447 - 36.0*t449 - 36.0*t451 - 36.0*t453 - im_y_0_2*t305*t336 - im_y_1_2*t306*t338 - im_y_5_2*t307*t340 - im_y_6_2*t308*t342 - im_y_7_2*t309*t344 - im_y_8_2*t310*t346 + 63.0*im_y_11_1*im_y_11_2*t165 + 63.0*im_y_2_1*im_y_2_2*t167 + 63.0*im_y_4_1*im_y_4_2*t169 + 63.0*im_y_9_1*im_y_9_2*t171 + 84.0*im_y_0_1*im_y_0_2*t189*t336 + 84.0*im_y_1_1*im_y_1_2*t193*t338 + 84.0*im_y_5_1*im_y_5_2*t197*t340 + 84.0*im_y_6_1*im_y_6_2*t201*t342 + 84.0*im_y_7_1*im_y_7_2*t205*t344 + 84.0*im_y_8_1*im_y_8_2*t209*t346
    t483 = -im_y_0_2*t305*t355 - im_y_1_2*t306*t357 - im_y_5_2*t307*t359 - im_y_6_2*t308*t361 - im_y_7_2*t309*t363 - im_y_8_2*t310*t365 + 84.0*im_x_0_1*im_x_0_2*im_y_0_1*im_y_0_2*t189 + 84.0*im_x_1_1*im_x_1_2*im_y_1_1*im_y_1_2*t193 + 84.0*im_x_5_1*im_x_5_2*im_y_5_1*im_y_5_2*t197 + 84.0*im_x_6_1*im_x_6_2*im_y_6_1*im_y_6_2*t201 + 84.0*im_x_7_1*im_x_7_2*im_y_7_1*im_y_7_2*t205 + 84.0*im_x_8_1*im_x_8_2*im_y_8_1*im_y_8_2*t209
    t484 = t391*t8
    t485 = t11*t393
    t486 = t35*t395
    t487 = t38*t397
    t488 = t399*t42
    t489 = t401*t45
    t490 = -im_y_0_2*t305*t391 - im_y_1_2*t306*t393 - im_y_5_2*t307*t395 - im_y_6_2*t308*t397 - im_y_7_2*t309*t399 - im_y_8_2*t310*t401 + 84.0*im_y_0_1*im_y_0_2*t189*t391 + 84.0*im_y_1_1*im_y_1_2*t193*t393 + 84.0*im_y_5_1*im_y_5_2*t197*t395 + 84.0*im_y_6_1*im_y_6_2*t201*t397 + 84.0*im_y_7_1*im_y_7_2*t205*t399 + 84.0*im_y_8_1*im_y_8_2*t209*t401
    t491 = t165*t55
    t492 = t167*t22
    t493 = t169*t31
    t494 = t171*t49
    t495 = t177*t55
    t496 = t179*t22
    t497 = t181*t31
    t498 = t183*t49
    t499 = t187*t9
    t500 = t12*t191
    t501 = t195*t36
    t502 = t199*t39
    t503 = t203*t43
    t504 = t207*t46
    t505 = im_x_0_0*t9
    t506 = im_x_1_0*t12
    t507 = im_x_5_0*t36
    t508 = im_x_6_0*t39
    t509 = im_x_7_0*t43
    t510 = im_x_8_0*t46
    t511 = -t256 - 36.373066958946424*t492 - 36.373066958946424*t494 - 20.784609690826528*t495 - 20.784609690826528*t497 + 36.373066958946424*t165*t55 + 36.373066958946424*t169*t31 + 20.784609690826528*t179*t22 + 20.784609690826528*t183*t49 - im_x_0_1*t211*t505 - im_x_1_1*t212*t506 - im_x_5_1*t213*t507 - im_x_6_1*t214*t508 - im_x_7_1*t215*t509 - im_x_8_1*t216*t510 + 84.0*im_x_0_0*im_x_0_1*t189*t9 + 84.0*im_x_1_0*im_x_1_1*t12*t193 + 84.0*im_x_5_0*im_x_5_1*t197*t36 + 84.0*im_x_6_0*im_x_6_1*t201*t39 + 84.0*im_x_7_0*im_x_7_1*t205*t43 + 84.0*im_x_8_0*im_x_8_1*t209*t46
    t512 = im_x_0_2*t505
    t513 = im_x_1_2*t506
    t514 = im_x_5_2*t507
    t515 = im_x_6_2*t508
    t516 = im_x_7_2*t509
    t517 = im_x_8_2*t510
    t518 = t270 + t190*t512 + t194*t513 + t198*t514 + t202*t515 + t206*t516 + t210*t517 - t211*t512 - t212*t513 - t213*t514 - t214*t515 - t215*t516 - t216*t517
    t519 = t336*t9
    t520 = t12*t338
    t521 = t340*t36
    t522 = t342*t39
    t523 = t344*t43
    t524 = t346*t46
    t525 = t355*t9
    t526 = t12*t357
    t527 = t359*t36
    t528 = t361*t39
    t529 = t363*t43
    t530 = t365*t46
    t531 = t373 + t190*t525 + t194*t526 + t198*t527 + t202*t528 + t206*t529 + t210*t530 - t211*t525 - t212*t526 - t213*t527 - t214*t528 - t215*t529 - t216*t530
    t532 = t391*t9
    t533 = t12*t393
    t534 = t36*t395
    t535 = t39*t397
    t536 = t399*t43
    t537 = t401*t46
    if not numpy.all(numpy.asarray(in_A_4 + in_A_8 + t4 + t80 + t81 + t82 + t86 + t88 + t90 - t83 - t84 - t85 - t91 - t92 - t93) > 0):
        raise ValueError("det(I + A) must be positive (the deformation inverts the crystal)")
    if not numpy.all(numpy.asarray(0.0087890625 - (-0.6480537657465552*in_A_1 - 0.916486424665735*in_A_2 + in_A_1*in_q_1 + in_A_2*in_q_2 + in_q_0*t4)**2 - (-0.6480537657465552 - 0.6480537657465552*in_A_4 - 0.916486424665735*in_A_5 + in_A_3*in_q_0 + in_A_5*in_q_2 + in_q_1*t5)**2 - (-0.916486424665735 - 0.6480537657465552*in_A_7 - 0.916486424665735*in_A_8 + in_A_6*in_q_0 + in_A_7*in_q_1 + in_q_2*t6)**2) > 0):
        raise ValueError("shift p1 moved more than 0.0938 from its affine position (outside the range where the neighbour set is valid)")
    if not numpy.all(numpy.asarray(0.19 + t94 + t95 + t96 + t97) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.0361 + t101 + t102 + t103 + t105 + t106 + t108 + t109 + t110 + t111 + t112 + t113 + t114 + t116 + t117 + t119 + t120 + t121 - t100 - t115 - t122 - t123 - t125 - t127 - t128 - t129 - t99 - t115*t80) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.006859 + t145 + t146 + t158 + t159 + t160 - t136 - t137 - t138 - t140 - t142 - t144 - 4.0*t91 - 4.0*t92 - 4.0*t93 - 2.0*t155 + 8.0*t86 - 0.1539*t107 - 0.1539*t77 - 0.1539*t78 - 0.1539*t95 - 0.1539*t96 - 0.1539*t98 - 0.81*t110 - 0.81*t114 + (0.76)*t80 + (0.76)*t81 + (0.76)*t82 + (0.19)*t111 + (1.62)*t124 + (1.62)*t126 + (1.62)*t152 + (0.0722)*in_A_0 + (0.0722)*in_A_4 + (0.0722)*in_A_8 + (0.0361)*t104 + (0.0361)*t130 + (0.0361)*t94 + in_A_2*t153 + in_A_6*t153 + in_A_8*t145 + in_A_8*t146 + t101*t104 + t101*t130 + t102*t130 + t102*t94 + t103*t104 + t103*t130 + t104*t139 + t104*t148 + t105*t130 + t106*t77 + t108*t78 + t109*t130 + t109*t147 + t110*t78 + t111*t130 + t111*t147 + t112*t78 + t113*t77 + t114*t77 + t115*t93 + t116*t130 + t117*t78 + t118*t88 + t118*t90 + t119*t130 + t120*t77 + t121*t130 + t122*t85 + t124*t131 + t126*t132 + t131*t162 + t132*t163 + t133*t152 + t139*t94 + t141*t92 + t143*t92 + t143*t93 + t145*t80 + t145*t81 + t145*t82 + t145*t86 + t146*t80 + t146*t81 + t146*t82 + t146*t86 + t149*t94 + t150*t151 + t158*t82 + t158*t85 + t159*t81 + t160*t80 + t88*t97 + t90*t97 - in_A_8*t137 - in_A_8*t138 - in_A_8*t142 - in_A_8*t144 - t100*t107 - t100*t130 - t100*t77 - t101*t83 - t101*t84 - t102*t83 - t102*t85 - t104*t135 - t107*t131 - t107*t135 - t116*t84 - t117*t162 - t119*t85 - t120*t163 - t121*t84 - t121*t85 - t122*t130 - t123*t130 - t125*t78 - t127*t77 - t128*t78 - t129*t77 - t130*t99 - t131*t78 - t132*t77 - t132*t96 - t133*t95 - t133*t98 - t134*t94 - t134*t96 - t136*t80 - t137*t81 - t138*t82 - t140*t80 - t142*t81 - t144*t82 - t147*t155 - t148*t83 - t148*t85 - t149*t83 - t149*t84 - t156*t157 - t164*t83 - t164*t84 - t164*t85 - t78*t99 - t96*t99 + in_A_6*t133*t161 + t84*t85*t97 - in_A_2*t107*t156 - t147*t157*t161 - t151*t154*t96) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_0) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_1) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_2) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_3) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_4) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_5) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_6) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_7) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_8) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_9) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_10) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - im_r2_11) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + im_r2w_0) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + im_r2w_1) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + im_r2w_2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + im_r2w_3) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + im_r2w_4) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + im_r2w_5) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + im_r2w_6) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + im_r2w_7) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    out = numpy.empty(batch + (81,))
    out[..., 0] = t243 + 21.0*t166 + 21.0*t168 + 21.0*t170 + 21.0*t172 - 12.0*t178 - 12.0*t180 - 12.0*t182 - 12.0*t184 + t174*t50 + t176*t23 + t188*t190 + t192*t194 + t196*t198 + t200*t202 + t204*t206 + t208*t210 - t185*t50 - t186*t23 - t188*t211 - t192*t212 - t196*t213 - t200*t214 - t204*t215 - t208*t216
    out[..., 1] = t257
    out[..., 2] = t271
    out[..., 3] = t286
    out[..., 4] = t311
    out[..., 5] = t318
    out[..., 6] = t327
    out[..., 7] = t334
    out[..., 8] = t335
    out[..., 9] = t257
    out[..., 10] = t354 + 63.0*t166 + 63.0*t168 + 63.0*t170 + 63.0*t172 - 36.0*t178 - 36.0*t180 - 36.0*t182 - 36.0*t184 + t190*t337 + t194*t339 + t198*t341 + t202*t343 + t206*t345 + t210*t347 - t211*t337 - t212*t339 - t213*t341 - t214*t343 - t215*t345 - t216*t347
    out[..., 11] = t374
    out[..., 12] = t311
    out[..., 13] = t381
    out[..., 14] = t388
    out[..., 15] = t334
    out[..., 16] = t389
    out[..., 17] = t390
    out[..., 18] = t271
    out[..., 19] = t374
    out[..., 20] = t409 + t190*t392 + t194*t394 + t198*t396 + t202*t398 + t206*t400 + t210*t402 - t211*t392 - t212*t394 - t213*t396 - t214*t398 - t215*t400 - t216*t402
    out[..., 21] = t318
    out[..., 22] = t388
    out[..., 23] = t416
    out[..., 24] = t335
    out[..., 25] = t390
    out[..., 26] = t417
    out[..., 27] = t286
    out[..., 28] = t311
    out[..., 29] = t318
    out[..., 30] = t243 + 21.0*t418 + 21.0*t419 + 21.0*t420 + 21.0*t421 - 12.0*t422 - 12.0*t423 - 12.0*t424 - 12.0*t425 + t174*t51 + t176*t24 + t190*t426 + t194*t427 + t198*t428 + t202*t429 + t206*t430 + t210*t431 - t185*t51 - t186*t24 - t211*t426 - t212*t427 - t213*t428 - t214*t429 - t215*t430 - t216*t431
    out[..., 31] = t438
    out[..., 32] = t445
    out[..., 33] = t454
    out[..., 34] = t467
    out[..., 35] = t468
    out[..., 36] = t311
    out[..., 37] = t381
    out[..., 38] = t388
    out[..., 39] = t438
    out[..., 40] = t354 + 63.0*t418 + 63.0*t419 + 63.0*t420 + 63.0*t421 - 36.0*t422 - 36.0*t423 - 36.0*t424 - 36.0*t425 + t190*t469 + t194*t470 + t198*t471 + t202*t472 + t206*t473 + t210*t474 - t211*t469 - t212*t470 - t213*t471 - t214*t472 - t215*t473 - t216*t474
    out[..., 41] = t481
    out[..., 42] = t467
    out[..., 43] = t482
    out[..., 44] = t483
    out[..., 45] = t318
    out[..., 46] = t388
    out[..., 47] = t416
    out[..., 48] = t445
    out[..., 49] = t481
    out[..., 50] = t409 + t190*t484 + t194*t485 + t198*t486 + t202*t487 + t206*t488 + t210*t489 - t211*t484 - t212*t485 - t213*t486 - t214*t487 - t215*t488 - t216*t489
    out[..., 51] = t468
    out[..., 52] = t483
    out[..., 53] = t490
    out[..., 54] = t327
    out[..., 55] = t334
    out[..., 56] = t335
    out[..., 57] = t454
    out[..., 58] = t467
    out[..., 59] = t468
    out[..., 60] = t243 + 21.0*t491 + 21.0*t492 + 21.0*t493 + 21.0*t494 - 12.0*t495 - 12.0*t496 - 12.0*t497 - 12.0*t498 + t174*t52 + t176*t25 + t190*t499 + t194*t500 + t198*t501 + t202*t502 + t206*t503 + t210*t504 - t185*t52 - t186*t25 - t211*t499 - t212*t500 - t213*t501 - t214*t502 - t215*t503 - t216*t504
    out[..., 61] = t511
    out[..., 62] = t518
    out[..., 63] = t334
    out[..., 64] = t389
    out[..., 65] = t390
    out[..., 66] = t467
    out[..., 67] = t482
    out[..., 68] = t483
    out[..., 69] = t511
    out[..., 70] = t354 + 63.0*t491 + 63.0*t492 + 63.0*t493 + 63.0*t494 - 36.0*t495 - 36.0*t496 - 36.0*t497 - 36.0*t498 + t190*t519 + t194*t520 + t198*t521 + t202*t522 + t206*t523 + t210*t524 - t211*t519 - t212*t520 - t213*t521 - t214*t522 - t215*t523 - t216*t524
    out[..., 71] = t531
    out[..., 72] = t335
    out[..., 73] = t390
    out[..., 74] = t417
    out[..., 75] = t468
    out[..., 76] = t483
    out[..., 77] = t490
    out[..., 78] = t518
    out[..., 79] = t531
    out[..., 80] = t409 + t190*t532 + t194*t533 + t198*t534 + t202*t535 + t206*t536 + t210*t537 - t211*t532 - t212*t533 - t213*t534 - t214*t535 - t215*t536 - t216*t537
    return out.reshape(batch + (3, 3, 3, 3,))
