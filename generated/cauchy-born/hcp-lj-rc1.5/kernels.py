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
    im_f_0_0 = 0.5/(im_r2_0)**6
    im_f_0_1 = -1.0/(im_r2_0)**3
    t10 = 0.8908987181403393*in_p_0
    im_y_1_0 = t10
    t11 = 0.8908987181403393*in_p_1
    im_y_1_1 = t11
    t12 = 0.8908987181403393*in_p_2
    im_y_1_2 = t12
    im_r2_1 = (im_y_1_0)**2 + (im_y_1_1)**2 + (im_y_1_2)**2
    im_f_1_0 = 0.5/(im_r2_1)**6
    im_f_1_1 = -1.0/(im_r2_1)**3
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
    im_f_2_0 = 0.5/(im_r2_2)**6
    im_f_2_1 = -1.0/(im_r2_2)**3
    t25 = 1.0 + in_A_0
    im_y_3_0 = t25
    im_y_3_1 = in_A_3
    im_y_3_2 = in_A_6
    im_r2_3 = (im_y_3_0)**2 + (im_y_3_1)**2 + (im_y_3_2)**2
    im_f_3_0 = 0.5/(im_r2_3)**6
    im_f_3_1 = -1.0/(im_r2_3)**3
    t26 = t13 + t14
    im_y_4_0 = t26
    t27 = t17 + t19
    im_y_4_1 = t27
    t28 = t21 + t22
    im_y_4_2 = t28
    im_r2_4 = (im_y_4_0)**2 + (im_y_4_1)**2 + (im_y_4_2)**2
    im_f_4_0 = 0.5/(im_r2_4)**6
    im_f_4_1 = -1.0/(im_r2_4)**3
    im_y_5_0 = -t2 - t26
    im_y_5_1 = -t27 - t5
    im_y_5_2 = -t28 - t9
    im_r2_5 = (im_y_5_0)**2 + (im_y_5_1)**2 + (im_y_5_2)**2
    im_f_5_0 = 0.5/(im_r2_5)**6
    im_f_5_1 = -1.0/(im_r2_5)**3
    im_y_6_0 = -t1 - t26
    im_y_6_1 = -t27 - t4
    im_y_6_2 = -t28 - t6
    im_r2_6 = (im_y_6_0)**2 + (im_y_6_1)**2 + (im_y_6_2)**2
    im_f_6_0 = 0.5/(im_r2_6)**6
    im_f_6_1 = -1.0/(im_r2_6)**3
    t29 = -t0
    t30 = t10 + t15
    im_y_7_0 = t29 + t30
    im_y_7_1 = -t20 - t5
    im_y_7_2 = t21 - t22 - t9
    im_r2_7 = (im_y_7_0)**2 + (im_y_7_1)**2 + (im_y_7_2)**2
    im_f_7_0 = 0.5/(im_r2_7)**6
    im_f_7_1 = -1.0/(im_r2_7)**3
    im_y_8_0 = t30
    im_y_8_1 = -0.8660254037844386 + t11 + t17 - t18
    im_y_8_2 = t12 + t23
    im_r2_8 = (im_y_8_0)**2 + (im_y_8_1)**2 + (im_y_8_2)**2
    im_f_8_0 = 0.5/(im_r2_8)**6
    im_f_8_1 = -1.0/(im_r2_8)**3
    im_y_9_0 = t16
    im_y_9_1 = t20
    im_y_9_2 = t24
    im_r2_9 = (im_y_9_0)**2 + (im_y_9_1)**2 + (im_y_9_2)**2
    im_f_9_0 = 0.5/(im_r2_9)**6
    im_f_9_1 = -1.0/(im_r2_9)**3
    im_y_10_0 = t25
    im_y_10_1 = in_A_3
    im_y_10_2 = in_A_6
    im_r2_10 = (im_y_10_0)**2 + (im_y_10_1)**2 + (im_y_10_2)**2
    im_f_10_0 = 0.5/(im_r2_10)**6
    im_f_10_1 = -1.0/(im_r2_10)**3
    im_y_11_0 = t26
    im_y_11_1 = t27
    im_y_11_2 = t28
    im_r2_11 = (im_y_11_0)**2 + (im_y_11_1)**2 + (im_y_11_2)**2
    im_f_11_0 = 0.5/(im_r2_11)**6
    im_f_11_1 = -1.0/(im_r2_11)**3
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
    out[..., 0] = im_f_0_0 + im_f_0_1 + im_f_10_0 + im_f_10_1 + im_f_11_0 + im_f_11_1 + im_f_1_0 + im_f_1_1 + im_f_2_0 + im_f_2_1 + im_f_3_0 + im_f_3_1 + im_f_4_0 + im_f_4_1 + im_f_5_0 + im_f_5_1 + im_f_6_0 + im_f_6_1 + im_f_7_0 + im_f_7_1 + im_f_8_0 + im_f_8_1 + im_f_9_0 + im_f_9_1
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
    im_f_0_2 = 3.0/(im_r2_0)**4
    im_f_0_3 = -3.0/(im_r2_0)**7
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
    im_f_2_2 = 3.0/(im_r2_2)**4
    im_f_2_3 = -3.0/(im_r2_2)**7
    t25 = 1.0 + in_A_0
    im_y_3_0 = t25
    im_y_3_1 = in_A_3
    im_y_3_2 = in_A_6
    im_r2_3 = (im_y_3_0)**2 + (im_y_3_1)**2 + (im_y_3_2)**2
    im_f_3_2 = 3.0/(im_r2_3)**4
    im_f_3_3 = -3.0/(im_r2_3)**7
    t26 = t13 + t14
    im_y_4_0 = t26
    t27 = t17 + t19
    im_y_4_1 = t27
    t28 = t21 + t22
    im_y_4_2 = t28
    im_r2_4 = (im_y_4_0)**2 + (im_y_4_1)**2 + (im_y_4_2)**2
    im_f_4_2 = 3.0/(im_r2_4)**4
    im_f_4_3 = -3.0/(im_r2_4)**7
    im_y_5_0 = -t2 - t26
    im_y_5_1 = -t27 - t5
    im_y_5_2 = -t28 - t9
    im_r2_5 = (im_y_5_0)**2 + (im_y_5_1)**2 + (im_y_5_2)**2
    im_f_5_2 = 3.0/(im_r2_5)**4
    im_f_5_3 = -3.0/(im_r2_5)**7
    im_y_6_0 = -t1 - t26
    im_y_6_1 = -t27 - t4
    im_y_6_2 = -t28 - t6
    im_r2_6 = (im_y_6_0)**2 + (im_y_6_1)**2 + (im_y_6_2)**2
    im_f_6_2 = 3.0/(im_r2_6)**4
    im_f_6_3 = -3.0/(im_r2_6)**7
    t29 = -t0
    t30 = t10 + t15
    im_y_7_0 = t29 + t30
    im_y_7_1 = -t20 - t5
    im_y_7_2 = t21 - t22 - t9
    im_r2_7 = (im_y_7_0)**2 + (im_y_7_1)**2 + (im_y_7_2)**2
    im_f_7_2 = 3.0/(im_r2_7)**4
    im_f_7_3 = -3.0/(im_r2_7)**7
    im_y_8_0 = t30
    im_y_8_1 = -0.8660254037844386 + t11 + t17 - t18
    im_y_8_2 = t12 + t23
    im_r2_8 = (im_y_8_0)**2 + (im_y_8_1)**2 + (im_y_8_2)**2
    im_f_8_2 = 3.0/(im_r2_8)**4
    im_f_8_3 = -3.0/(im_r2_8)**7
    im_y_9_0 = t16
    im_y_9_1 = t20
    im_y_9_2 = t24
    im_r2_9 = (im_y_9_0)**2 + (im_y_9_1)**2 + (im_y_9_2)**2
    im_f_9_2 = 3.0/(im_r2_9)**4
    im_f_9_3 = -3.0/(im_r2_9)**7
    im_y_10_0 = t25
    im_y_10_1 = in_A_3
    im_y_10_2 = in_A_6
    im_r2_10 = (im_y_10_0)**2 + (im_y_10_1)**2 + (im_y_10_2)**2
    im_f_10_2 = 3.0/(im_r2_10)**4
    im_f_10_3 = -3.0/(im_r2_10)**7
    im_y_11_0 = t26
    im_y_11_1 = t27
    im_y_11_2 = t28
    im_r2_11 = (im_y_11_0)**2 + (im_y_11_1)**2 + (im_y_11_2)**2
    im_f_11_2 = 3.0/(im_r2_11)**4
    im_f_11_3 = -3.0/(im_r2_11)**7
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
    t126 = im_f_11_2*im_y_11_0
    t127 = im_f_11_3*im_y_11_0
    t128 = im_f_4_2*im_y_4_0
    t129 = im_f_4_3*im_y_4_0
    t130 = im_f_7_2*im_y_7_0
    t131 = im_f_7_3*im_y_7_0
    t132 = im_f_8_2*im_y_8_0
    t133 = im_f_8_3*im_y_8_0
    t134 = im_f_2_2*im_y_2_0
    t135 = im_f_2_3*im_y_2_0
    t136 = im_f_5_2*im_y_5_0
    t137 = im_f_5_3*im_y_5_0
    t138 = im_f_6_2*im_y_6_0
    t139 = im_f_6_3*im_y_6_0
    t140 = im_f_9_2*im_y_9_0
    t141 = im_f_9_3*im_y_9_0
    t142 = 2.0*im_y_10_0
    t143 = 2.0*im_y_3_0
    t144 = 3.265986323710904*im_y_0_0
    t145 = im_f_11_2*im_y_11_1
    t146 = im_f_11_3*im_y_11_1
    t147 = im_f_4_2*im_y_4_1
    t148 = im_f_4_3*im_y_4_1
    t149 = im_f_7_2*im_y_7_1
    t150 = im_f_7_3*im_y_7_1
    t151 = im_f_8_2*im_y_8_1
    t152 = im_f_8_3*im_y_8_1
    t153 = im_f_2_2*im_y_2_1
    t154 = im_f_2_3*im_y_2_1
    t155 = im_f_5_2*im_y_5_1
    t156 = im_f_5_3*im_y_5_1
    t157 = im_f_6_2*im_y_6_1
    t158 = im_f_6_3*im_y_6_1
    t159 = im_f_9_2*im_y_9_1
    t160 = im_f_9_3*im_y_9_1
    t161 = 2.0*im_y_10_1
    t162 = 2.0*im_y_3_1
    t163 = 3.265986323710904*im_y_0_1
    t164 = im_f_11_2*im_y_11_2
    t165 = im_f_11_3*im_y_11_2
    t166 = im_f_4_2*im_y_4_2
    t167 = im_f_4_3*im_y_4_2
    t168 = im_f_7_2*im_y_7_2
    t169 = im_f_7_3*im_y_7_2
    t170 = im_f_8_2*im_y_8_2
    t171 = im_f_8_3*im_y_8_2
    t172 = im_f_2_2*im_y_2_2
    t173 = im_f_2_3*im_y_2_2
    t174 = im_f_5_2*im_y_5_2
    t175 = im_f_5_3*im_y_5_2
    t176 = im_f_6_2*im_y_6_2
    t177 = im_f_6_3*im_y_6_2
    t178 = im_f_9_2*im_y_9_2
    t179 = im_f_9_3*im_y_9_2
    t180 = 2.0*im_y_10_2
    t181 = 2.0*im_y_3_2
    t182 = 3.265986323710904*im_y_0_2
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
    out[..., 0] = t126 + t127 + t128 + t129 + t130 + t131 + t132 + t133 - t134 - t135 - t136 - t137 - t138 - t139 - t140 - t141 + im_f_10_2*t142 + im_f_10_3*t142 + im_f_3_2*t143 + im_f_3_3*t143
    out[..., 1] = 1.7320508075688772*t126 + 1.7320508075688772*t127 + 1.7320508075688772*t128 + 1.7320508075688772*t129 + 1.7320508075688772*t134 + 1.7320508075688772*t135 + 1.7320508075688772*t140 + 1.7320508075688772*t141 - 1.7320508075688772*t130 - 1.7320508075688772*t131 - 1.7320508075688772*t132 - 1.7320508075688772*t133 - 1.7320508075688772*t136 - 1.7320508075688772*t137 - 1.7320508075688772*t138 - 1.7320508075688772*t139
    out[..., 2] = -3.265986323710904*t130 - 3.265986323710904*t131 - 3.265986323710904*t136 - 3.265986323710904*t137 - im_f_0_2*t144 - im_f_0_3*t144
    out[..., 3] = t145 + t146 + t147 + t148 + t149 + t150 + t151 + t152 - t153 - t154 - t155 - t156 - t157 - t158 - t159 - t160 + im_f_10_2*t161 + im_f_10_3*t161 + im_f_3_2*t162 + im_f_3_3*t162
    out[..., 4] = 1.7320508075688772*t145 + 1.7320508075688772*t146 + 1.7320508075688772*t147 + 1.7320508075688772*t148 + 1.7320508075688772*t153 + 1.7320508075688772*t154 + 1.7320508075688772*t159 + 1.7320508075688772*t160 - 1.7320508075688772*t149 - 1.7320508075688772*t150 - 1.7320508075688772*t151 - 1.7320508075688772*t152 - 1.7320508075688772*t155 - 1.7320508075688772*t156 - 1.7320508075688772*t157 - 1.7320508075688772*t158
    out[..., 5] = -3.265986323710904*t149 - 3.265986323710904*t150 - 3.265986323710904*t155 - 3.265986323710904*t156 - im_f_0_2*t163 - im_f_0_3*t163
    out[..., 6] = t164 + t165 + t166 + t167 + t168 + t169 + t170 + t171 - t172 - t173 - t174 - t175 - t176 - t177 - t178 - t179 + im_f_10_2*t180 + im_f_10_3*t180 + im_f_3_2*t181 + im_f_3_3*t181
    out[..., 7] = 1.7320508075688772*t164 + 1.7320508075688772*t165 + 1.7320508075688772*t166 + 1.7320508075688772*t167 + 1.7320508075688772*t172 + 1.7320508075688772*t173 + 1.7320508075688772*t178 + 1.7320508075688772*t179 - 1.7320508075688772*t168 - 1.7320508075688772*t169 - 1.7320508075688772*t170 - 1.7320508075688772*t171 - 1.7320508075688772*t174 - 1.7320508075688772*t175 - 1.7320508075688772*t176 - 1.7320508075688772*t177
    out[..., 8] = -3.265986323710904*t168 - 3.265986323710904*t169 - 3.265986323710904*t174 - 3.265986323710904*t175 - im_f_0_2*t182 - im_f_0_3*t182
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
    im_f_0_2 = 3.0/(im_r2_0)**4
    im_f_0_3 = -3.0/(im_r2_0)**7
    im_f_0_4 = 21.0/(im_r2_0)**8
    im_f_0_5 = -12.0/(im_r2_0)**5
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
    im_f_2_2 = 3.0/(im_r2_2)**4
    im_f_2_3 = -3.0/(im_r2_2)**7
    im_f_2_4 = 21.0/(im_r2_2)**8
    im_f_2_5 = -12.0/(im_r2_2)**5
    t31 = 1.0 + in_A_0
    im_y_3_0 = t31
    im_y_3_1 = in_A_3
    im_y_3_2 = in_A_6
    t32 = (im_y_3_0)**2
    t33 = (im_y_3_1)**2
    t34 = (im_y_3_2)**2
    im_r2_3 = t32 + t33 + t34
    im_f_3_2 = 3.0/(im_r2_3)**4
    im_f_3_3 = -3.0/(im_r2_3)**7
    im_f_3_4 = 21.0/(im_r2_3)**8
    im_f_3_5 = -12.0/(im_r2_3)**5
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
    im_f_4_2 = 3.0/(im_r2_4)**4
    im_f_4_3 = -3.0/(im_r2_4)**7
    im_f_4_4 = 21.0/(im_r2_4)**8
    im_f_4_5 = -12.0/(im_r2_4)**5
    im_y_5_0 = -t2 - t35
    im_y_5_1 = -t36 - t5
    im_y_5_2 = -t37 - t9
    t41 = (im_y_5_0)**2
    t42 = (im_y_5_1)**2
    t43 = (im_y_5_2)**2
    im_r2_5 = t41 + t42 + t43
    im_f_5_2 = 3.0/(im_r2_5)**4
    im_f_5_3 = -3.0/(im_r2_5)**7
    im_f_5_4 = 21.0/(im_r2_5)**8
    im_f_5_5 = -12.0/(im_r2_5)**5
    im_y_6_0 = -t1 - t35
    im_y_6_1 = -t36 - t4
    im_y_6_2 = -t37 - t6
    t44 = (im_y_6_0)**2
    t45 = (im_y_6_1)**2
    t46 = (im_y_6_2)**2
    im_r2_6 = t44 + t45 + t46
    im_f_6_2 = 3.0/(im_r2_6)**4
    im_f_6_3 = -3.0/(im_r2_6)**7
    im_f_6_4 = 21.0/(im_r2_6)**8
    im_f_6_5 = -12.0/(im_r2_6)**5
    t47 = -t0
    t48 = t13 + t18
    im_y_7_0 = t47 + t48
    im_y_7_1 = -t23 - t5
    im_y_7_2 = t24 - t25 - t9
    t49 = (im_y_7_0)**2
    t50 = (im_y_7_1)**2
    t51 = (im_y_7_2)**2
    im_r2_7 = t49 + t50 + t51
    im_f_7_2 = 3.0/(im_r2_7)**4
    im_f_7_3 = -3.0/(im_r2_7)**7
    im_f_7_4 = 21.0/(im_r2_7)**8
    im_f_7_5 = -12.0/(im_r2_7)**5
    im_y_8_0 = t48
    im_y_8_1 = -0.8660254037844386 + t14 + t20 - t21
    im_y_8_2 = t15 + t26
    t52 = (im_y_8_0)**2
    t53 = (im_y_8_1)**2
    t54 = (im_y_8_2)**2
    im_r2_8 = t52 + t53 + t54
    im_f_8_2 = 3.0/(im_r2_8)**4
    im_f_8_3 = -3.0/(im_r2_8)**7
    im_f_8_4 = 21.0/(im_r2_8)**8
    im_f_8_5 = -12.0/(im_r2_8)**5
    im_y_9_0 = t19
    im_y_9_1 = t23
    im_y_9_2 = t27
    t55 = (im_y_9_0)**2
    t56 = (im_y_9_1)**2
    t57 = (im_y_9_2)**2
    im_r2_9 = t55 + t56 + t57
    im_f_9_2 = 3.0/(im_r2_9)**4
    im_f_9_3 = -3.0/(im_r2_9)**7
    im_f_9_4 = 21.0/(im_r2_9)**8
    im_f_9_5 = -12.0/(im_r2_9)**5
    im_y_10_0 = t31
    im_y_10_1 = in_A_3
    im_y_10_2 = in_A_6
    t58 = (im_y_10_0)**2
    t59 = (im_y_10_1)**2
    t60 = (im_y_10_2)**2
    im_r2_10 = t58 + t59 + t60
    im_f_10_2 = 3.0/(im_r2_10)**4
    im_f_10_3 = -3.0/(im_r2_10)**7
    im_f_10_4 = 21.0/(im_r2_10)**8
    im_f_10_5 = -12.0/(im_r2_10)**5
    im_y_11_0 = t35
    im_y_11_1 = t36
    im_y_11_2 = t37
    t61 = (im_y_11_0)**2
    t62 = (im_y_11_1)**2
    t63 = (im_y_11_2)**2
    im_r2_11 = t61 + t62 + t63
    im_f_11_2 = 3.0/(im_r2_11)**4
    im_f_11_3 = -3.0/(im_r2_11)**7
    im_f_11_4 = 21.0/(im_r2_11)**8
    im_f_11_5 = -12.0/(im_r2_11)**5
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
    t159 = im_f_11_4*t61
    t160 = im_f_11_5*t61
    t161 = im_f_2_4*t28
    t162 = im_f_2_5*t28
    t163 = im_f_4_4*t38
    t164 = im_f_4_5*t38
    t165 = im_f_5_4*t41
    t166 = im_f_5_5*t41
    t167 = im_f_6_4*t44
    t168 = im_f_6_5*t44
    t169 = im_f_7_4*t49
    t170 = im_f_7_5*t49
    t171 = im_f_8_4*t52
    t172 = im_f_8_5*t52
    t173 = im_f_9_4*t55
    t174 = im_f_9_5*t55
    t175 = 4.0*t58
    t176 = 4.0*t32
    t177 = (0.5)*im_f_11_2 + (0.5)*im_f_11_3 + (0.5)*im_f_2_2 + (0.5)*im_f_2_3 + (0.5)*im_f_4_2 + (0.5)*im_f_4_3 + (0.5)*im_f_5_2 + (0.5)*im_f_5_3 + (0.5)*im_f_6_2 + (0.5)*im_f_6_3 + (0.5)*im_f_7_2 + (0.5)*im_f_7_3 + (0.5)*im_f_8_2 + (0.5)*im_f_8_3 + (0.5)*im_f_9_2 + (0.5)*im_f_9_3 + 2.0*im_f_10_2 + 2.0*im_f_10_3 + 2.0*im_f_3_2 + 2.0*im_f_3_3
    t178 = 0.8660254037844386*im_f_11_2 + 0.8660254037844386*im_f_11_3 + 0.8660254037844386*im_f_4_2 + 0.8660254037844386*im_f_4_3 + 0.8660254037844386*im_f_5_2 + 0.8660254037844386*im_f_5_3 + 0.8660254037844386*im_f_6_2 + 0.8660254037844386*im_f_6_3 - 0.8660254037844386*im_f_2_2 - 0.8660254037844386*im_f_2_3 - 0.8660254037844386*im_f_7_2 - 0.8660254037844386*im_f_7_3 - 0.8660254037844386*im_f_8_2 - 0.8660254037844386*im_f_8_3 - 0.8660254037844386*im_f_9_2 - 0.8660254037844386*im_f_9_3
    t179 = t178 + 1.7320508075688772*t159 + 1.7320508075688772*t160 + 1.7320508075688772*t163 + 1.7320508075688772*t164 + 1.7320508075688772*t165 + 1.7320508075688772*t166 + 1.7320508075688772*t167 + 1.7320508075688772*t168 - 1.7320508075688772*t161 - 1.7320508075688772*t162 - 1.7320508075688772*t169 - 1.7320508075688772*t170 - 1.7320508075688772*t171 - 1.7320508075688772*t172 - 1.7320508075688772*t173 - 1.7320508075688772*t174
    t180 = 1.632993161855452*im_f_5_2 + 1.632993161855452*im_f_5_3 - 1.632993161855452*im_f_7_2 - 1.632993161855452*im_f_7_3
    t181 = t180 + 3.265986323710904*t165 + 3.265986323710904*t166 - 3.265986323710904*t169 - 3.265986323710904*t170
    t182 = im_y_11_0*im_y_11_1
    t183 = im_f_11_4*t182
    t184 = im_f_11_5*t182
    t185 = im_y_2_0*im_y_2_1
    t186 = im_f_2_4*t185
    t187 = im_f_2_5*t185
    t188 = im_y_4_0*im_y_4_1
    t189 = im_f_4_4*t188
    t190 = im_f_4_5*t188
    t191 = im_y_5_0*im_y_5_1
    t192 = im_f_5_4*t191
    t193 = im_f_5_5*t191
    t194 = im_y_6_0*im_y_6_1
    t195 = im_f_6_4*t194
    t196 = im_f_6_5*t194
    t197 = im_y_7_0*im_y_7_1
    t198 = im_f_7_4*t197
    t199 = im_f_7_5*t197
    t200 = im_y_8_0*im_y_8_1
    t201 = im_f_8_4*t200
    t202 = im_f_8_5*t200
    t203 = im_y_9_0*im_y_9_1
    t204 = im_f_9_4*t203
    t205 = im_f_9_5*t203
    t206 = 4.0*im_y_10_0
    t207 = im_y_10_1*t206
    t208 = 4.0*im_y_3_0
    t209 = im_y_3_1*t208
    t210 = t183 + t184 + t186 + t187 + t189 + t190 + t192 + t193 + t195 + t196 + t198 + t199 + t201 + t202 + t204 + t205 + im_f_10_4*t207 + im_f_10_5*t207 + im_f_3_4*t209 + im_f_3_5*t209
    t211 = 1.7320508075688772*t183 + 1.7320508075688772*t184 + 1.7320508075688772*t189 + 1.7320508075688772*t190 + 1.7320508075688772*t192 + 1.7320508075688772*t193 + 1.7320508075688772*t195 + 1.7320508075688772*t196 - 1.7320508075688772*t186 - 1.7320508075688772*t187 - 1.7320508075688772*t198 - 1.7320508075688772*t199 - 1.7320508075688772*t201 - 1.7320508075688772*t202 - 1.7320508075688772*t204 - 1.7320508075688772*t205
    t212 = 3.265986323710904*t192 + 3.265986323710904*t193 - 3.265986323710904*t198 - 3.265986323710904*t199
    t213 = im_y_11_0*im_y_11_2
    t214 = im_f_11_4*t213
    t215 = im_f_11_5*t213
    t216 = im_y_2_0*im_y_2_2
    t217 = im_f_2_4*t216
    t218 = im_f_2_5*t216
    t219 = im_y_4_0*im_y_4_2
    t220 = im_f_4_4*t219
    t221 = im_f_4_5*t219
    t222 = im_y_5_0*im_y_5_2
    t223 = im_f_5_4*t222
    t224 = im_f_5_5*t222
    t225 = im_y_6_0*im_y_6_2
    t226 = im_f_6_4*t225
    t227 = im_f_6_5*t225
    t228 = im_y_7_0*im_y_7_2
    t229 = im_f_7_4*t228
    t230 = im_f_7_5*t228
    t231 = im_y_8_0*im_y_8_2
    t232 = im_f_8_4*t231
    t233 = im_f_8_5*t231
    t234 = im_y_9_0*im_y_9_2
    t235 = im_f_9_4*t234
    t236 = im_f_9_5*t234
    t237 = im_y_10_2*t206
    t238 = im_y_3_2*t208
    t239 = t214 + t215 + t217 + t218 + t220 + t221 + t223 + t224 + t226 + t227 + t229 + t230 + t232 + t233 + t235 + t236 + im_f_10_4*t237 + im_f_10_5*t237 + im_f_3_4*t238 + im_f_3_5*t238
    t240 = 1.7320508075688772*t214 + 1.7320508075688772*t215 + 1.7320508075688772*t220 + 1.7320508075688772*t221 + 1.7320508075688772*t223 + 1.7320508075688772*t224 + 1.7320508075688772*t226 + 1.7320508075688772*t227 - 1.7320508075688772*t217 - 1.7320508075688772*t218 - 1.7320508075688772*t229 - 1.7320508075688772*t230 - 1.7320508075688772*t232 - 1.7320508075688772*t233 - 1.7320508075688772*t235 - 1.7320508075688772*t236
    t241 = 3.265986323710904*t223 + 3.265986323710904*t224 - 3.265986323710904*t229 - 3.265986323710904*t230
    t242 = (1.5)*im_f_11_2 + (1.5)*im_f_11_3 + (1.5)*im_f_2_2 + (1.5)*im_f_2_3 + (1.5)*im_f_4_2 + (1.5)*im_f_4_3 + (1.5)*im_f_5_2 + (1.5)*im_f_5_3 + (1.5)*im_f_6_2 + (1.5)*im_f_6_3 + (1.5)*im_f_7_2 + (1.5)*im_f_7_3 + (1.5)*im_f_8_2 + (1.5)*im_f_8_3 + (1.5)*im_f_9_2 + (1.5)*im_f_9_3
    t243 = 2.82842712474619*im_f_5_2 + 2.82842712474619*im_f_5_3 + 2.82842712474619*im_f_7_2 + 2.82842712474619*im_f_7_3
    t244 = t243 + 5.65685424949238*t165 + 5.65685424949238*t166 + 5.65685424949238*t169 + 5.65685424949238*t170
    t245 = 3.0*t183 + 3.0*t184 + 3.0*t186 + 3.0*t187 + 3.0*t189 + 3.0*t190 + 3.0*t192 + 3.0*t193 + 3.0*t195 + 3.0*t196 + 3.0*t198 + 3.0*t199 + 3.0*t201 + 3.0*t202 + 3.0*t204 + 3.0*t205
    t246 = 5.65685424949238*t192 + 5.65685424949238*t193 + 5.65685424949238*t198 + 5.65685424949238*t199
    t247 = 3.0*t214 + 3.0*t215 + 3.0*t217 + 3.0*t218 + 3.0*t220 + 3.0*t221 + 3.0*t223 + 3.0*t224 + 3.0*t226 + 3.0*t227 + 3.0*t229 + 3.0*t230 + 3.0*t232 + 3.0*t233 + 3.0*t235 + 3.0*t236
    t248 = 5.65685424949238*t223 + 5.65685424949238*t224 + 5.65685424949238*t229 + 5.65685424949238*t230
    t249 = 10.666666666666666*t10
    t250 = 5.333333333333333*im_f_0_2 + 5.333333333333333*im_f_0_3 + 5.333333333333333*im_f_5_2 + 5.333333333333333*im_f_5_3 + 5.333333333333333*im_f_7_2 + 5.333333333333333*im_f_7_3
    t251 = 10.666666666666666*im_y_0_0
    t252 = im_y_0_1*t251
    t253 = 10.666666666666666*t192 + 10.666666666666666*t193 + 10.666666666666666*t198 + 10.666666666666666*t199 + im_f_0_4*t252 + im_f_0_5*t252
    t254 = im_y_0_2*t251
    t255 = 10.666666666666666*t223 + 10.666666666666666*t224 + 10.666666666666666*t229 + 10.666666666666666*t230 + im_f_0_4*t254 + im_f_0_5*t254
    t256 = im_f_11_4*t62
    t257 = im_f_11_5*t62
    t258 = im_f_2_4*t29
    t259 = im_f_2_5*t29
    t260 = im_f_4_4*t39
    t261 = im_f_4_5*t39
    t262 = im_f_5_4*t42
    t263 = im_f_5_5*t42
    t264 = im_f_6_4*t45
    t265 = im_f_6_5*t45
    t266 = im_f_7_4*t50
    t267 = im_f_7_5*t50
    t268 = im_f_8_4*t53
    t269 = im_f_8_5*t53
    t270 = im_f_9_4*t56
    t271 = im_f_9_5*t56
    t272 = 4.0*t59
    t273 = 4.0*t33
    t274 = t178 + 1.7320508075688772*t256 + 1.7320508075688772*t257 + 1.7320508075688772*t260 + 1.7320508075688772*t261 + 1.7320508075688772*t262 + 1.7320508075688772*t263 + 1.7320508075688772*t264 + 1.7320508075688772*t265 - 1.7320508075688772*t258 - 1.7320508075688772*t259 - 1.7320508075688772*t266 - 1.7320508075688772*t267 - 1.7320508075688772*t268 - 1.7320508075688772*t269 - 1.7320508075688772*t270 - 1.7320508075688772*t271
    t275 = t180 + 3.265986323710904*t262 + 3.265986323710904*t263 - 3.265986323710904*t266 - 3.265986323710904*t267
    t276 = im_y_11_1*im_y_11_2
    t277 = im_f_11_4*t276
    t278 = im_f_11_5*t276
    t279 = im_y_2_1*im_y_2_2
    t280 = im_f_2_4*t279
    t281 = im_f_2_5*t279
    t282 = im_y_4_1*im_y_4_2
    t283 = im_f_4_4*t282
    t284 = im_f_4_5*t282
    t285 = im_y_5_1*im_y_5_2
    t286 = im_f_5_4*t285
    t287 = im_f_5_5*t285
    t288 = im_y_6_1*im_y_6_2
    t289 = im_f_6_4*t288
    t290 = im_f_6_5*t288
    t291 = im_y_7_1*im_y_7_2
    t292 = im_f_7_4*t291
    t293 = im_f_7_5*t291
    t294 = im_y_8_1*im_y_8_2
    t295 = im_f_8_4*t294
    t296 = im_f_8_5*t294
    t297 = im_y_9_1*im_y_9_2
    t298 = im_f_9_4*t297
    t299 = im_f_9_5*t297
    t300 = 4.0*im_y_10_1*im_y_10_2
    t301 = 4.0*im_y_3_1*im_y_3_2
    t302 = t277 + t278 + t280 + t281 + t283 + t284 + t286 + t287 + t289 + t290 + t292 + t293 + t295 + t296 + t298 + t299 + im_f_10_4*t300 + im_f_10_5*t300 + im_f_3_4*t301 + im_f_3_5*t301
    t303 = 1.7320508075688772*t277 + 1.7320508075688772*t278 + 1.7320508075688772*t283 + 1.7320508075688772*t284 + 1.7320508075688772*t286 + 1.7320508075688772*t287 + 1.7320508075688772*t289 + 1.7320508075688772*t290 - 1.7320508075688772*t280 - 1.7320508075688772*t281 - 1.7320508075688772*t292 - 1.7320508075688772*t293 - 1.7320508075688772*t295 - 1.7320508075688772*t296 - 1.7320508075688772*t298 - 1.7320508075688772*t299
    t304 = 3.265986323710904*t286 + 3.265986323710904*t287 - 3.265986323710904*t292 - 3.265986323710904*t293
    t305 = t243 + 5.65685424949238*t262 + 5.65685424949238*t263 + 5.65685424949238*t266 + 5.65685424949238*t267
    t306 = 3.0*t277 + 3.0*t278 + 3.0*t280 + 3.0*t281 + 3.0*t283 + 3.0*t284 + 3.0*t286 + 3.0*t287 + 3.0*t289 + 3.0*t290 + 3.0*t292 + 3.0*t293 + 3.0*t295 + 3.0*t296 + 3.0*t298 + 3.0*t299
    t307 = 5.65685424949238*t286 + 5.65685424949238*t287 + 5.65685424949238*t292 + 5.65685424949238*t293
    t308 = 10.666666666666666*t11
    t309 = 10.666666666666666*im_y_0_1*im_y_0_2
    t310 = 10.666666666666666*t286 + 10.666666666666666*t287 + 10.666666666666666*t292 + 10.666666666666666*t293 + im_f_0_4*t309 + im_f_0_5*t309
    t311 = im_f_11_4*t63
    t312 = im_f_11_5*t63
    t313 = im_f_2_4*t30
    t314 = im_f_2_5*t30
    t315 = im_f_4_4*t40
    t316 = im_f_4_5*t40
    t317 = im_f_5_4*t43
    t318 = im_f_5_5*t43
    t319 = im_f_6_4*t46
    t320 = im_f_6_5*t46
    t321 = im_f_7_4*t51
    t322 = im_f_7_5*t51
    t323 = im_f_8_4*t54
    t324 = im_f_8_5*t54
    t325 = im_f_9_4*t57
    t326 = im_f_9_5*t57
    t327 = 4.0*t60
    t328 = 4.0*t34
    t329 = t178 + 1.7320508075688772*t311 + 1.7320508075688772*t312 + 1.7320508075688772*t315 + 1.7320508075688772*t316 + 1.7320508075688772*t317 + 1.7320508075688772*t318 + 1.7320508075688772*t319 + 1.7320508075688772*t320 - 1.7320508075688772*t313 - 1.7320508075688772*t314 - 1.7320508075688772*t321 - 1.7320508075688772*t322 - 1.7320508075688772*t323 - 1.7320508075688772*t324 - 1.7320508075688772*t325 - 1.7320508075688772*t326
    t330 = t180 + 3.265986323710904*t317 + 3.265986323710904*t318 - 3.265986323710904*t321 - 3.265986323710904*t322
    t331 = t243 + 5.65685424949238*t317 + 5.65685424949238*t318 + 5.65685424949238*t321 + 5.65685424949238*t322
    t332 = 10.666666666666666*t12
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
    out[..., 0] = t159 + t160 + t161 + t162 + t163 + t164 + t165 + t166 + t167 + t168 + t169 + t170 + t171 + t172 + t173 + t174 + t177 + im_f_10_4*t175 + im_f_10_5*t175 + im_f_3_4*t176 + im_f_3_5*t176
    out[..., 1] = t179
    out[..., 2] = t181
    out[..., 3] = t210
    out[..., 4] = t211
    out[..., 5] = t212
    out[..., 6] = t239
    out[..., 7] = t240
    out[..., 8] = t241
    out[..., 9] = t179
    out[..., 10] = t242 + 3.0*t159 + 3.0*t160 + 3.0*t161 + 3.0*t162 + 3.0*t163 + 3.0*t164 + 3.0*t165 + 3.0*t166 + 3.0*t167 + 3.0*t168 + 3.0*t169 + 3.0*t170 + 3.0*t171 + 3.0*t172 + 3.0*t173 + 3.0*t174
    out[..., 11] = t244
    out[..., 12] = t211
    out[..., 13] = t245
    out[..., 14] = t246
    out[..., 15] = t240
    out[..., 16] = t247
    out[..., 17] = t248
    out[..., 18] = t181
    out[..., 19] = t244
    out[..., 20] = t250 + 10.666666666666666*t165 + 10.666666666666666*t166 + 10.666666666666666*t169 + 10.666666666666666*t170 + im_f_0_4*t249 + im_f_0_5*t249
    out[..., 21] = t212
    out[..., 22] = t246
    out[..., 23] = t253
    out[..., 24] = t241
    out[..., 25] = t248
    out[..., 26] = t255
    out[..., 27] = t210
    out[..., 28] = t211
    out[..., 29] = t212
    out[..., 30] = t177 + t256 + t257 + t258 + t259 + t260 + t261 + t262 + t263 + t264 + t265 + t266 + t267 + t268 + t269 + t270 + t271 + im_f_10_4*t272 + im_f_10_5*t272 + im_f_3_4*t273 + im_f_3_5*t273
    out[..., 31] = t274
    out[..., 32] = t275
    out[..., 33] = t302
    out[..., 34] = t303
    out[..., 35] = t304
    out[..., 36] = t211
    out[..., 37] = t245
    out[..., 38] = t246
    out[..., 39] = t274
    out[..., 40] = t242 + 3.0*t256 + 3.0*t257 + 3.0*t258 + 3.0*t259 + 3.0*t260 + 3.0*t261 + 3.0*t262 + 3.0*t263 + 3.0*t264 + 3.0*t265 + 3.0*t266 + 3.0*t267 + 3.0*t268 + 3.0*t269 + 3.0*t270 + 3.0*t271
    out[..., 41] = t305
    out[..., 42] = t303
    out[..., 43] = t306
    out[..., 44] = t307
    out[..., 45] = t212
    out[..., 46] = t246
    out[..., 47] = t253
    out[..., 48] = t275
    out[..., 49] = t305
    out[..., 50] = t250 + 10.666666666666666*t262 + 10.666666666666666*t263 + 10.666666666666666*t266 + 10.666666666666666*t267 + im_f_0_4*t308 + im_f_0_5*t308
    out[..., 51] = t304
    out[..., 52] = t307
    out[..., 53] = t310
    out[..., 54] = t239
    out[..., 55] = t240
    out[..., 56] = t241
    out[..., 57] = t302
    out[..., 58] = t303
    out[..., 59] = t304
    out[..., 60] = t177 + t311 + t312 + t313 + t314 + t315 + t316 + t317 + t318 + t319 + t320 + t321 + t322 + t323 + t324 + t325 + t326 + im_f_10_4*t327 + im_f_10_5*t327 + im_f_3_4*t328 + im_f_3_5*t328
    out[..., 61] = t329
    out[..., 62] = t330
    out[..., 63] = t240
    out[..., 64] = t247
    out[..., 65] = t248
    out[..., 66] = t303
    out[..., 67] = t306
    out[..., 68] = t307
    out[..., 69] = t329
    out[..., 70] = t242 + 3.0*t311 + 3.0*t312 + 3.0*t313 + 3.0*t314 + 3.0*t315 + 3.0*t316 + 3.0*t317 + 3.0*t318 + 3.0*t319 + 3.0*t320 + 3.0*t321 + 3.0*t322 + 3.0*t323 + 3.0*t324 + 3.0*t325 + 3.0*t326
    out[..., 71] = t331
    out[..., 72] = t241
    out[..., 73] = t248
    out[..., 74] = t255
    out[..., 75] = t304
    out[..., 76] = t307
    out[..., 77] = t310
    out[..., 78] = t330
    out[..., 79] = t331
    out[..., 80] = t250 + 10.666666666666666*t317 + 10.666666666666666*t318 + 10.666666666666666*t321 + 10.666666666666666*t322 + im_f_0_4*t332 + im_f_0_5*t332
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
    im_f_0_0 = 0.5/(im_r2_0)**6
    im_f_0_1 = -1.0/(im_r2_0)**3
    t10 = 0.8908987181403393*in_p_0
    im_y_1_0 = t10
    t11 = 0.8908987181403393*in_p_1
    im_y_1_1 = t11
    t12 = 0.8908987181403393*in_p_2
    im_y_1_2 = t12
    im_r2_1 = (im_y_1_0)**2 + (im_y_1_1)**2 + (im_y_1_2)**2
    im_f_1_0 = 0.5/(im_r2_1)**6
    im_f_1_1 = -1.0/(im_r2_1)**3
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
    im_f_2_0 = 0.5/(im_r2_2)**6
    im_f_2_1 = -1.0/(im_r2_2)**3
    t25 = 1.0 + in_A_0
    im_y_3_0 = t25
    im_y_3_1 = in_A_3
    im_y_3_2 = in_A_6
    im_r2_3 = (im_y_3_0)**2 + (im_y_3_1)**2 + (im_y_3_2)**2
    im_f_3_0 = 0.5/(im_r2_3)**6
    im_f_3_1 = -1.0/(im_r2_3)**3
    t26 = t13 + t14
    im_y_4_0 = t26
    t27 = t17 + t19
    im_y_4_1 = t27
    t28 = t21 + t22
    im_y_4_2 = t28
    im_r2_4 = (im_y_4_0)**2 + (im_y_4_1)**2 + (im_y_4_2)**2
    im_f_4_0 = 0.5/(im_r2_4)**6
    im_f_4_1 = -1.0/(im_r2_4)**3
    im_y_5_0 = -t2 - t26
    im_y_5_1 = -t27 - t5
    im_y_5_2 = -t28 - t9
    im_r2_5 = (im_y_5_0)**2 + (im_y_5_1)**2 + (im_y_5_2)**2
    im_f_5_0 = 0.5/(im_r2_5)**6
    im_f_5_1 = -1.0/(im_r2_5)**3
    im_y_6_0 = -t1 - t26
    im_y_6_1 = -t27 - t4
    im_y_6_2 = -t28 - t6
    im_r2_6 = (im_y_6_0)**2 + (im_y_6_1)**2 + (im_y_6_2)**2
    im_f_6_0 = 0.5/(im_r2_6)**6
    im_f_6_1 = -1.0/(im_r2_6)**3
    t29 = -t0
    t30 = t10 + t15
    im_y_7_0 = t29 + t30
    im_y_7_1 = -t20 - t5
    im_y_7_2 = t21 - t22 - t9
    im_r2_7 = (im_y_7_0)**2 + (im_y_7_1)**2 + (im_y_7_2)**2
    im_f_7_0 = 0.5/(im_r2_7)**6
    im_f_7_1 = -1.0/(im_r2_7)**3
    im_y_8_0 = t30
    im_y_8_1 = -0.8660254037844386 + t11 + t17 - t18
    im_y_8_2 = t12 + t23
    im_r2_8 = (im_y_8_0)**2 + (im_y_8_1)**2 + (im_y_8_2)**2
    im_f_8_0 = 0.5/(im_r2_8)**6
    im_f_8_1 = -1.0/(im_r2_8)**3
    im_y_9_0 = t16
    im_y_9_1 = t20
    im_y_9_2 = t24
    im_r2_9 = (im_y_9_0)**2 + (im_y_9_1)**2 + (im_y_9_2)**2
    im_f_9_0 = 0.5/(im_r2_9)**6
    im_f_9_1 = -1.0/(im_r2_9)**3
    im_y_10_0 = t25
    im_y_10_1 = in_A_3
    im_y_10_2 = in_A_6
    im_r2_10 = (im_y_10_0)**2 + (im_y_10_1)**2 + (im_y_10_2)**2
    im_f_10_0 = 0.5/(im_r2_10)**6
    im_f_10_1 = -1.0/(im_r2_10)**3
    im_y_11_0 = t26
    im_y_11_1 = t27
    im_y_11_2 = t28
    im_r2_11 = (im_y_11_0)**2 + (im_y_11_1)**2 + (im_y_11_2)**2
    im_f_11_0 = 0.5/(im_r2_11)**6
    im_f_11_1 = -1.0/(im_r2_11)**3
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
    out[..., 0] = im_f_0_0 + im_f_0_1 + im_f_10_0 + im_f_10_1 + im_f_11_0 + im_f_11_1 + im_f_1_0 + im_f_1_1 + im_f_2_0 + im_f_2_1 + im_f_3_0 + im_f_3_1 + im_f_4_0 + im_f_4_1 + im_f_5_0 + im_f_5_1 + im_f_6_0 + im_f_6_1 + im_f_7_0 + im_f_7_1 + im_f_8_0 + im_f_8_1 + im_f_9_0 + im_f_9_1
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
    im_f_0_2 = 3.0/(im_r2_0)**4
    im_f_0_3 = -3.0/(im_r2_0)**7
    t10 = 0.8908987181403393*in_p_0
    im_y_1_0 = t10
    t11 = 0.8908987181403393*in_p_1
    im_y_1_1 = t11
    t12 = 0.8908987181403393*in_p_2
    im_y_1_2 = t12
    im_r2_1 = (im_y_1_0)**2 + (im_y_1_1)**2 + (im_y_1_2)**2
    im_f_1_2 = 3.0/(im_r2_1)**4
    im_f_1_3 = -3.0/(im_r2_1)**7
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
    im_f_5_2 = 3.0/(im_r2_5)**4
    im_f_5_3 = -3.0/(im_r2_5)**7
    im_y_6_0 = -t1 - t26
    im_y_6_1 = -t27 - t4
    im_y_6_2 = -t28 - t6
    im_r2_6 = (im_y_6_0)**2 + (im_y_6_1)**2 + (im_y_6_2)**2
    im_f_6_2 = 3.0/(im_r2_6)**4
    im_f_6_3 = -3.0/(im_r2_6)**7
    t29 = -t0
    t30 = t10 + t15
    im_y_7_0 = t29 + t30
    im_y_7_1 = -t20 - t5
    im_y_7_2 = t21 - t22 - t9
    im_r2_7 = (im_y_7_0)**2 + (im_y_7_1)**2 + (im_y_7_2)**2
    im_f_7_2 = 3.0/(im_r2_7)**4
    im_f_7_3 = -3.0/(im_r2_7)**7
    im_y_8_0 = t30
    im_y_8_1 = -0.8660254037844386 + t11 + t17 - t18
    im_y_8_2 = t12 + t23
    im_r2_8 = (im_y_8_0)**2 + (im_y_8_1)**2 + (im_y_8_2)**2
    im_f_8_2 = 3.0/(im_r2_8)**4
    im_f_8_3 = -3.0/(im_r2_8)**7
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
    t126 = 1.7817974362806785*im_y_0_0
    t127 = 1.7817974362806785*im_y_1_0
    t128 = 1.7817974362806785*im_y_5_0
    t129 = 1.7817974362806785*im_y_6_0
    t130 = 1.7817974362806785*im_y_7_0
    t131 = 1.7817974362806785*im_y_8_0
    t132 = 1.7817974362806785*im_y_0_1
    t133 = 1.7817974362806785*im_y_1_1
    t134 = 1.7817974362806785*im_y_5_1
    t135 = 1.7817974362806785*im_y_6_1
    t136 = 1.7817974362806785*im_y_7_1
    t137 = 1.7817974362806785*im_y_8_1
    t138 = 1.7817974362806785*im_y_0_2
    t139 = 1.7817974362806785*im_y_1_2
    t140 = 1.7817974362806785*im_y_5_2
    t141 = 1.7817974362806785*im_y_6_2
    t142 = 1.7817974362806785*im_y_7_2
    t143 = 1.7817974362806785*im_y_8_2
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
    out[..., 0] = im_f_0_2*t126 + im_f_0_3*t126 + im_f_1_2*t127 + im_f_1_3*t127 + im_f_5_2*t128 + im_f_5_3*t128 + im_f_6_2*t129 + im_f_6_3*t129 + im_f_7_2*t130 + im_f_7_3*t130 + im_f_8_2*t131 + im_f_8_3*t131
    out[..., 1] = im_f_0_2*t132 + im_f_0_3*t132 + im_f_1_2*t133 + im_f_1_3*t133 + im_f_5_2*t134 + im_f_5_3*t134 + im_f_6_2*t135 + im_f_6_3*t135 + im_f_7_2*t136 + im_f_7_3*t136 + im_f_8_2*t137 + im_f_8_3*t137
    out[..., 2] = im_f_0_2*t138 + im_f_0_3*t138 + im_f_1_2*t139 + im_f_1_3*t139 + im_f_5_2*t140 + im_f_5_3*t140 + im_f_6_2*t141 + im_f_6_3*t141 + im_f_7_2*t142 + im_f_7_3*t142 + im_f_8_2*t143 + im_f_8_3*t143
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
    im_f_0_2 = 3.0/(im_r2_0)**4
    im_f_0_3 = -3.0/(im_r2_0)**7
    im_f_0_4 = 21.0/(im_r2_0)**8
    im_f_0_5 = -12.0/(im_r2_0)**5
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
    im_f_1_2 = 3.0/(im_r2_1)**4
    im_f_1_3 = -3.0/(im_r2_1)**7
    im_f_1_4 = 21.0/(im_r2_1)**8
    im_f_1_5 = -12.0/(im_r2_1)**5
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
    im_f_5_2 = 3.0/(im_r2_5)**4
    im_f_5_3 = -3.0/(im_r2_5)**7
    im_f_5_4 = 21.0/(im_r2_5)**8
    im_f_5_5 = -12.0/(im_r2_5)**5
    im_y_6_0 = -t1 - t32
    im_y_6_1 = -t33 - t4
    im_y_6_2 = -t34 - t6
    t38 = (im_y_6_0)**2
    t39 = (im_y_6_1)**2
    t40 = (im_y_6_2)**2
    im_r2_6 = t38 + t39 + t40
    im_f_6_2 = 3.0/(im_r2_6)**4
    im_f_6_3 = -3.0/(im_r2_6)**7
    im_f_6_4 = 21.0/(im_r2_6)**8
    im_f_6_5 = -12.0/(im_r2_6)**5
    t41 = -t0
    t42 = t13 + t21
    im_y_7_0 = t41 + t42
    im_y_7_1 = -t26 - t5
    im_y_7_2 = t27 - t28 - t9
    t43 = (im_y_7_0)**2
    t44 = (im_y_7_1)**2
    t45 = (im_y_7_2)**2
    im_r2_7 = t43 + t44 + t45
    im_f_7_2 = 3.0/(im_r2_7)**4
    im_f_7_3 = -3.0/(im_r2_7)**7
    im_f_7_4 = 21.0/(im_r2_7)**8
    im_f_7_5 = -12.0/(im_r2_7)**5
    im_y_8_0 = t42
    im_y_8_1 = -0.8660254037844386 + t14 + t23 - t24
    im_y_8_2 = t15 + t29
    t46 = (im_y_8_0)**2
    t47 = (im_y_8_1)**2
    t48 = (im_y_8_2)**2
    im_r2_8 = t46 + t47 + t48
    im_f_8_2 = 3.0/(im_r2_8)**4
    im_f_8_3 = -3.0/(im_r2_8)**7
    im_f_8_4 = 21.0/(im_r2_8)**8
    im_f_8_5 = -12.0/(im_r2_8)**5
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
    t144 = 3.1748021039363987*t10
    t145 = 3.1748021039363987*t16
    t146 = 3.1748021039363987*t35
    t147 = 3.1748021039363987*t38
    t148 = 3.1748021039363987*t43
    t149 = 3.1748021039363987*t46
    t150 = 1.5874010519681994*im_f_0_2 + 1.5874010519681994*im_f_0_3 + 1.5874010519681994*im_f_1_2 + 1.5874010519681994*im_f_1_3 + 1.5874010519681994*im_f_5_2 + 1.5874010519681994*im_f_5_3 + 1.5874010519681994*im_f_6_2 + 1.5874010519681994*im_f_6_3 + 1.5874010519681994*im_f_7_2 + 1.5874010519681994*im_f_7_3 + 1.5874010519681994*im_f_8_2 + 1.5874010519681994*im_f_8_3
    t151 = 3.1748021039363987*im_y_0_0
    t152 = im_y_0_1*t151
    t153 = 3.1748021039363987*im_y_1_0
    t154 = im_y_1_1*t153
    t155 = 3.1748021039363987*im_y_5_0
    t156 = im_y_5_1*t155
    t157 = 3.1748021039363987*im_y_6_0
    t158 = im_y_6_1*t157
    t159 = 3.1748021039363987*im_y_7_0
    t160 = im_y_7_1*t159
    t161 = 3.1748021039363987*im_y_8_0
    t162 = im_y_8_1*t161
    t163 = im_f_0_4*t152 + im_f_0_5*t152 + im_f_1_4*t154 + im_f_1_5*t154 + im_f_5_4*t156 + im_f_5_5*t156 + im_f_6_4*t158 + im_f_6_5*t158 + im_f_7_4*t160 + im_f_7_5*t160 + im_f_8_4*t162 + im_f_8_5*t162
    t164 = im_y_0_2*t151
    t165 = im_y_1_2*t153
    t166 = im_y_5_2*t155
    t167 = im_y_6_2*t157
    t168 = im_y_7_2*t159
    t169 = im_y_8_2*t161
    t170 = im_f_0_4*t164 + im_f_0_5*t164 + im_f_1_4*t165 + im_f_1_5*t165 + im_f_5_4*t166 + im_f_5_5*t166 + im_f_6_4*t167 + im_f_6_5*t167 + im_f_7_4*t168 + im_f_7_5*t168 + im_f_8_4*t169 + im_f_8_5*t169
    t171 = 3.1748021039363987*t11
    t172 = 3.1748021039363987*t17
    t173 = 3.1748021039363987*t36
    t174 = 3.1748021039363987*t39
    t175 = 3.1748021039363987*t44
    t176 = 3.1748021039363987*t47
    t177 = 3.1748021039363987*im_y_0_1*im_y_0_2
    t178 = 3.1748021039363987*im_y_1_1*im_y_1_2
    t179 = 3.1748021039363987*im_y_5_1*im_y_5_2
    t180 = 3.1748021039363987*im_y_6_1*im_y_6_2
    t181 = 3.1748021039363987*im_y_7_1*im_y_7_2
    t182 = 3.1748021039363987*im_y_8_1*im_y_8_2
    t183 = im_f_0_4*t177 + im_f_0_5*t177 + im_f_1_4*t178 + im_f_1_5*t178 + im_f_5_4*t179 + im_f_5_5*t179 + im_f_6_4*t180 + im_f_6_5*t180 + im_f_7_4*t181 + im_f_7_5*t181 + im_f_8_4*t182 + im_f_8_5*t182
    t184 = 3.1748021039363987*t12
    t185 = 3.1748021039363987*t18
    t186 = 3.1748021039363987*t37
    t187 = 3.1748021039363987*t40
    t188 = 3.1748021039363987*t45
    t189 = 3.1748021039363987*t48
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
    out[..., 0] = t150 + im_f_0_4*t144 + im_f_0_5*t144 + im_f_1_4*t145 + im_f_1_5*t145 + im_f_5_4*t146 + im_f_5_5*t146 + im_f_6_4*t147 + im_f_6_5*t147 + im_f_7_4*t148 + im_f_7_5*t148 + im_f_8_4*t149 + im_f_8_5*t149
    out[..., 1] = t163
    out[..., 2] = t170
    out[..., 3] = t163
    out[..., 4] = t150 + im_f_0_4*t171 + im_f_0_5*t171 + im_f_1_4*t172 + im_f_1_5*t172 + im_f_5_4*t173 + im_f_5_5*t173 + im_f_6_4*t174 + im_f_6_5*t174 + im_f_7_4*t175 + im_f_7_5*t175 + im_f_8_4*t176 + im_f_8_5*t176
    out[..., 5] = t183
    out[..., 6] = t170
    out[..., 7] = t183
    out[..., 8] = t150 + im_f_0_4*t184 + im_f_0_5*t184 + im_f_1_4*t185 + im_f_1_5*t185 + im_f_5_4*t186 + im_f_5_5*t186 + im_f_6_4*t187 + im_f_6_5*t187 + im_f_7_4*t188 + im_f_7_5*t188 + im_f_8_4*t189 + im_f_8_5*t189
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
    im_f_0_2 = 3.0/(im_r2_0)**4
    im_f_0_3 = -3.0/(im_r2_0)**7
    im_x_1_0 = t0
    im_x_1_1 = t1
    im_x_1_2 = t2
    im_y_1_0 = im_x_1_0*t4 + im_x_1_1*in_A_1 + im_x_1_2*in_A_2
    im_y_1_1 = im_x_1_0*in_A_3 + im_x_1_1*t5 + im_x_1_2*in_A_5
    im_y_1_2 = im_x_1_0*in_A_6 + im_x_1_1*in_A_7 + im_x_1_2*t6
    im_r2_1 = (im_y_1_0)**2 + (im_y_1_1)**2 + (im_y_1_2)**2
    im_f_1_2 = 3.0/(im_r2_1)**4
    im_f_1_3 = -3.0/(im_r2_1)**7
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
    im_f_2_2 = 3.0/(im_r2_2)**4
    im_f_2_3 = -3.0/(im_r2_2)**7
    im_y_3_0 = t4
    im_y_3_1 = in_A_3
    im_y_3_2 = in_A_6
    im_r2_3 = (im_y_3_0)**2 + (im_y_3_1)**2 + (im_y_3_2)**2
    im_f_3_2 = 3.0/(im_r2_3)**4
    im_f_3_3 = -3.0/(im_r2_3)**7
    t14 = t7 + 0.8660254037844386*in_A_1
    im_y_4_0 = t14
    t15 = t10 + t9
    im_y_4_1 = t15
    t16 = t12 + 0.8660254037844386*in_A_7
    im_y_4_2 = t16
    im_r2_4 = (im_y_4_0)**2 + (im_y_4_1)**2 + (im_y_4_2)**2
    im_f_4_2 = 3.0/(im_r2_4)**4
    im_f_4_3 = -3.0/(im_r2_4)**7
    t17 = -0.5 + t0
    im_x_5_0 = t17
    t18 = -0.8660254037844386 + t1
    im_x_5_1 = t18
    im_x_5_2 = t3
    im_y_5_0 = im_x_5_0*t4 + im_x_5_1*in_A_1 + im_x_5_2*in_A_2
    im_y_5_1 = im_x_5_0*in_A_3 + im_x_5_1*t5 + im_x_5_2*in_A_5
    im_y_5_2 = im_x_5_0*in_A_6 + im_x_5_1*in_A_7 + im_x_5_2*t6
    im_r2_5 = (im_y_5_0)**2 + (im_y_5_1)**2 + (im_y_5_2)**2
    im_f_5_2 = 3.0/(im_r2_5)**4
    im_f_5_3 = -3.0/(im_r2_5)**7
    im_x_6_0 = t17
    im_x_6_1 = t18
    im_x_6_2 = t2
    im_y_6_0 = im_x_6_0*t4 + im_x_6_1*in_A_1 + im_x_6_2*in_A_2
    im_y_6_1 = im_x_6_0*in_A_3 + im_x_6_1*t5 + im_x_6_2*in_A_5
    im_y_6_2 = im_x_6_0*in_A_6 + im_x_6_1*in_A_7 + im_x_6_2*t6
    im_r2_6 = (im_y_6_0)**2 + (im_y_6_1)**2 + (im_y_6_2)**2
    im_f_6_2 = 3.0/(im_r2_6)**4
    im_f_6_3 = -3.0/(im_r2_6)**7
    t19 = 0.5 + t0
    im_x_7_0 = t19
    im_x_7_1 = t18
    im_x_7_2 = t3
    im_y_7_0 = im_x_7_0*t4 + im_x_7_1*in_A_1 + im_x_7_2*in_A_2
    im_y_7_1 = im_x_7_0*in_A_3 + im_x_7_1*t5 + im_x_7_2*in_A_5
    im_y_7_2 = im_x_7_0*in_A_6 + im_x_7_1*in_A_7 + im_x_7_2*t6
    im_r2_7 = (im_y_7_0)**2 + (im_y_7_1)**2 + (im_y_7_2)**2
    im_f_7_2 = 3.0/(im_r2_7)**4
    im_f_7_3 = -3.0/(im_r2_7)**7
    im_x_8_0 = t19
    im_x_8_1 = t18
    im_x_8_2 = t2
    im_y_8_0 = im_x_8_0*t4 + im_x_8_1*in_A_1 + im_x_8_2*in_A_2
    im_y_8_1 = im_x_8_0*in_A_3 + im_x_8_1*t5 + im_x_8_2*in_A_5
    im_y_8_2 = im_x_8_0*in_A_6 + im_x_8_1*in_A_7 + im_x_8_2*t6
    im_r2_8 = (im_y_8_0)**2 + (im_y_8_1)**2 + (im_y_8_2)**2
    im_f_8_2 = 3.0/(im_r2_8)**4
    im_f_8_3 = -3.0/(im_r2_8)**7
    im_y_9_0 = t8
    im_y_9_1 = t11
    im_y_9_2 = t13
    im_r2_9 = (im_y_9_0)**2 + (im_y_9_1)**2 + (im_y_9_2)**2
    im_f_9_2 = 3.0/(im_r2_9)**4
    im_f_9_3 = -3.0/(im_r2_9)**7
    im_y_10_0 = t4
    im_y_10_1 = in_A_3
    im_y_10_2 = in_A_6
    im_r2_10 = (im_y_10_0)**2 + (im_y_10_1)**2 + (im_y_10_2)**2
    im_f_10_2 = 3.0/(im_r2_10)**4
    im_f_10_3 = -3.0/(im_r2_10)**7
    im_y_11_0 = t14
    im_y_11_1 = t15
    im_y_11_2 = t16
    im_r2_11 = (im_y_11_0)**2 + (im_y_11_1)**2 + (im_y_11_2)**2
    im_f_11_2 = 3.0/(im_r2_11)**4
    im_f_11_3 = -3.0/(im_r2_11)**7
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
    t129 = im_f_11_2*im_y_11_0
    t130 = im_f_11_3*im_y_11_0
    t131 = im_f_4_2*im_y_4_0
    t132 = im_f_4_3*im_y_4_0
    t133 = im_f_2_2*im_y_2_0
    t134 = im_f_2_3*im_y_2_0
    t135 = im_f_9_2*im_y_9_0
    t136 = im_f_9_3*im_y_9_0
    t137 = 2.0*im_y_10_0
    t138 = 2.0*im_y_3_0
    t139 = 2.0*im_y_0_0
    t140 = im_x_0_0*t139
    t141 = 2.0*im_y_1_0
    t142 = im_x_1_0*t141
    t143 = 2.0*im_y_5_0
    t144 = im_x_5_0*t143
    t145 = 2.0*im_y_6_0
    t146 = im_x_6_0*t145
    t147 = 2.0*im_y_7_0
    t148 = im_x_7_0*t147
    t149 = 2.0*im_y_8_0
    t150 = im_x_8_0*t149
    t151 = im_x_0_1*t139
    t152 = im_x_1_1*t141
    t153 = im_x_5_1*t143
    t154 = im_x_6_1*t145
    t155 = im_x_7_1*t147
    t156 = im_x_8_1*t149
    t157 = im_x_0_2*t139
    t158 = im_x_1_2*t141
    t159 = im_x_5_2*t143
    t160 = im_x_6_2*t145
    t161 = im_x_7_2*t147
    t162 = im_x_8_2*t149
    t163 = im_f_11_2*im_y_11_1
    t164 = im_f_11_3*im_y_11_1
    t165 = im_f_4_2*im_y_4_1
    t166 = im_f_4_3*im_y_4_1
    t167 = im_f_2_2*im_y_2_1
    t168 = im_f_2_3*im_y_2_1
    t169 = im_f_9_2*im_y_9_1
    t170 = im_f_9_3*im_y_9_1
    t171 = 2.0*im_y_10_1
    t172 = 2.0*im_y_3_1
    t173 = 2.0*im_y_0_1
    t174 = im_x_0_0*t173
    t175 = 2.0*im_y_1_1
    t176 = im_x_1_0*t175
    t177 = 2.0*im_y_5_1
    t178 = im_x_5_0*t177
    t179 = 2.0*im_y_6_1
    t180 = im_x_6_0*t179
    t181 = 2.0*im_y_7_1
    t182 = im_x_7_0*t181
    t183 = 2.0*im_y_8_1
    t184 = im_x_8_0*t183
    t185 = im_x_0_1*t173
    t186 = im_x_1_1*t175
    t187 = im_x_5_1*t177
    t188 = im_x_6_1*t179
    t189 = im_x_7_1*t181
    t190 = im_x_8_1*t183
    t191 = im_x_0_2*t173
    t192 = im_x_1_2*t175
    t193 = im_x_5_2*t177
    t194 = im_x_6_2*t179
    t195 = im_x_7_2*t181
    t196 = im_x_8_2*t183
    t197 = im_f_11_2*im_y_11_2
    t198 = im_f_11_3*im_y_11_2
    t199 = im_f_4_2*im_y_4_2
    t200 = im_f_4_3*im_y_4_2
    t201 = im_f_2_2*im_y_2_2
    t202 = im_f_2_3*im_y_2_2
    t203 = im_f_9_2*im_y_9_2
    t204 = im_f_9_3*im_y_9_2
    t205 = 2.0*im_y_10_2
    t206 = 2.0*im_y_3_2
    t207 = 2.0*im_y_0_2
    t208 = im_x_0_0*t207
    t209 = 2.0*im_y_1_2
    t210 = im_x_1_0*t209
    t211 = 2.0*im_y_5_2
    t212 = im_x_5_0*t211
    t213 = 2.0*im_y_6_2
    t214 = im_x_6_0*t213
    t215 = 2.0*im_y_7_2
    t216 = im_x_7_0*t215
    t217 = 2.0*im_y_8_2
    t218 = im_x_8_0*t217
    t219 = im_x_0_1*t207
    t220 = im_x_1_1*t209
    t221 = im_x_5_1*t211
    t222 = im_x_6_1*t213
    t223 = im_x_7_1*t215
    t224 = im_x_8_1*t217
    t225 = im_x_0_2*t207
    t226 = im_x_1_2*t209
    t227 = im_x_5_2*t211
    t228 = im_x_6_2*t213
    t229 = im_x_7_2*t215
    t230 = im_x_8_2*t217
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
    out[..., 0] = t129 + t130 + t131 + t132 - t133 - t134 - t135 - t136 + im_f_0_2*t140 + im_f_0_3*t140 + im_f_10_2*t137 + im_f_10_3*t137 + im_f_1_2*t142 + im_f_1_3*t142 + im_f_3_2*t138 + im_f_3_3*t138 + im_f_5_2*t144 + im_f_5_3*t144 + im_f_6_2*t146 + im_f_6_3*t146 + im_f_7_2*t148 + im_f_7_3*t148 + im_f_8_2*t150 + im_f_8_3*t150
    out[..., 1] = 1.7320508075688772*t129 + 1.7320508075688772*t130 + 1.7320508075688772*t131 + 1.7320508075688772*t132 + 1.7320508075688772*t133 + 1.7320508075688772*t134 + 1.7320508075688772*t135 + 1.7320508075688772*t136 + im_f_0_2*t151 + im_f_0_3*t151 + im_f_1_2*t152 + im_f_1_3*t152 + im_f_5_2*t153 + im_f_5_3*t153 + im_f_6_2*t154 + im_f_6_3*t154 + im_f_7_2*t155 + im_f_7_3*t155 + im_f_8_2*t156 + im_f_8_3*t156
    out[..., 2] = im_f_0_2*t157 + im_f_0_3*t157 + im_f_1_2*t158 + im_f_1_3*t158 + im_f_5_2*t159 + im_f_5_3*t159 + im_f_6_2*t160 + im_f_6_3*t160 + im_f_7_2*t161 + im_f_7_3*t161 + im_f_8_2*t162 + im_f_8_3*t162
    out[..., 3] = t163 + t164 + t165 + t166 - t167 - t168 - t169 - t170 + im_f_0_2*t174 + im_f_0_3*t174 + im_f_10_2*t171 + im_f_10_3*t171 + im_f_1_2*t176 + im_f_1_3*t176 + im_f_3_2*t172 + im_f_3_3*t172 + im_f_5_2*t178 + im_f_5_3*t178 + im_f_6_2*t180 + im_f_6_3*t180 + im_f_7_2*t182 + im_f_7_3*t182 + im_f_8_2*t184 + im_f_8_3*t184
    out[..., 4] = 1.7320508075688772*t163 + 1.7320508075688772*t164 + 1.7320508075688772*t165 + 1.7320508075688772*t166 + 1.7320508075688772*t167 + 1.7320508075688772*t168 + 1.7320508075688772*t169 + 1.7320508075688772*t170 + im_f_0_2*t185 + im_f_0_3*t185 + im_f_1_2*t186 + im_f_1_3*t186 + im_f_5_2*t187 + im_f_5_3*t187 + im_f_6_2*t188 + im_f_6_3*t188 + im_f_7_2*t189 + im_f_7_3*t189 + im_f_8_2*t190 + im_f_8_3*t190
    out[..., 5] = im_f_0_2*t191 + im_f_0_3*t191 + im_f_1_2*t192 + im_f_1_3*t192 + im_f_5_2*t193 + im_f_5_3*t193 + im_f_6_2*t194 + im_f_6_3*t194 + im_f_7_2*t195 + im_f_7_3*t195 + im_f_8_2*t196 + im_f_8_3*t196
    out[..., 6] = t197 + t198 + t199 + t200 - t201 - t202 - t203 - t204 + im_f_0_2*t208 + im_f_0_3*t208 + im_f_10_2*t205 + im_f_10_3*t205 + im_f_1_2*t210 + im_f_1_3*t210 + im_f_3_2*t206 + im_f_3_3*t206 + im_f_5_2*t212 + im_f_5_3*t212 + im_f_6_2*t214 + im_f_6_3*t214 + im_f_7_2*t216 + im_f_7_3*t216 + im_f_8_2*t218 + im_f_8_3*t218
    out[..., 7] = 1.7320508075688772*t197 + 1.7320508075688772*t198 + 1.7320508075688772*t199 + 1.7320508075688772*t200 + 1.7320508075688772*t201 + 1.7320508075688772*t202 + 1.7320508075688772*t203 + 1.7320508075688772*t204 + im_f_0_2*t219 + im_f_0_3*t219 + im_f_1_2*t220 + im_f_1_3*t220 + im_f_5_2*t221 + im_f_5_3*t221 + im_f_6_2*t222 + im_f_6_3*t222 + im_f_7_2*t223 + im_f_7_3*t223 + im_f_8_2*t224 + im_f_8_3*t224
    out[..., 8] = im_f_0_2*t225 + im_f_0_3*t225 + im_f_1_2*t226 + im_f_1_3*t226 + im_f_5_2*t227 + im_f_5_3*t227 + im_f_6_2*t228 + im_f_6_3*t228 + im_f_7_2*t229 + im_f_7_3*t229 + im_f_8_2*t230 + im_f_8_3*t230
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
    im_f_0_2 = 3.0/(im_r2_0)**4
    im_f_0_3 = -3.0/(im_r2_0)**7
    im_f_0_4 = 21.0/(im_r2_0)**8
    im_f_0_5 = -12.0/(im_r2_0)**5
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
    im_f_1_2 = 3.0/(im_r2_1)**4
    im_f_1_3 = -3.0/(im_r2_1)**7
    im_f_1_4 = 21.0/(im_r2_1)**8
    im_f_1_5 = -12.0/(im_r2_1)**5
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
    im_f_2_2 = 3.0/(im_r2_2)**4
    im_f_2_3 = -3.0/(im_r2_2)**7
    im_f_2_4 = 21.0/(im_r2_2)**8
    im_f_2_5 = -12.0/(im_r2_2)**5
    im_y_3_0 = t4
    im_y_3_1 = in_A_3
    im_y_3_2 = in_A_6
    t23 = (im_y_3_0)**2
    t24 = (im_y_3_1)**2
    t25 = (im_y_3_2)**2
    im_r2_3 = t23 + t24 + t25
    im_f_3_2 = 3.0/(im_r2_3)**4
    im_f_3_3 = -3.0/(im_r2_3)**7
    im_f_3_4 = 21.0/(im_r2_3)**8
    im_f_3_5 = -12.0/(im_r2_3)**5
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
    im_f_4_2 = 3.0/(im_r2_4)**4
    im_f_4_3 = -3.0/(im_r2_4)**7
    im_f_4_4 = 21.0/(im_r2_4)**8
    im_f_4_5 = -12.0/(im_r2_4)**5
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
    im_f_5_2 = 3.0/(im_r2_5)**4
    im_f_5_3 = -3.0/(im_r2_5)**7
    im_f_5_4 = 21.0/(im_r2_5)**8
    im_f_5_5 = -12.0/(im_r2_5)**5
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
    im_f_6_2 = 3.0/(im_r2_6)**4
    im_f_6_3 = -3.0/(im_r2_6)**7
    im_f_6_4 = 21.0/(im_r2_6)**8
    im_f_6_5 = -12.0/(im_r2_6)**5
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
    im_f_7_2 = 3.0/(im_r2_7)**4
    im_f_7_3 = -3.0/(im_r2_7)**7
    im_f_7_4 = 21.0/(im_r2_7)**8
    im_f_7_5 = -12.0/(im_r2_7)**5
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
    im_f_8_2 = 3.0/(im_r2_8)**4
    im_f_8_3 = -3.0/(im_r2_8)**7
    im_f_8_4 = 21.0/(im_r2_8)**8
    im_f_8_5 = -12.0/(im_r2_8)**5
    im_y_9_0 = t14
    im_y_9_1 = t17
    im_y_9_2 = t19
    t47 = (im_y_9_0)**2
    t48 = (im_y_9_1)**2
    t49 = (im_y_9_2)**2
    im_r2_9 = t47 + t48 + t49
    im_f_9_2 = 3.0/(im_r2_9)**4
    im_f_9_3 = -3.0/(im_r2_9)**7
    im_f_9_4 = 21.0/(im_r2_9)**8
    im_f_9_5 = -12.0/(im_r2_9)**5
    im_y_10_0 = t4
    im_y_10_1 = in_A_3
    im_y_10_2 = in_A_6
    t50 = (im_y_10_0)**2
    t51 = (im_y_10_1)**2
    t52 = (im_y_10_2)**2
    im_r2_10 = t50 + t51 + t52
    im_f_10_2 = 3.0/(im_r2_10)**4
    im_f_10_3 = -3.0/(im_r2_10)**7
    im_f_10_4 = 21.0/(im_r2_10)**8
    im_f_10_5 = -12.0/(im_r2_10)**5
    im_y_11_0 = t26
    im_y_11_1 = t27
    im_y_11_2 = t28
    t53 = (im_y_11_0)**2
    t54 = (im_y_11_1)**2
    t55 = (im_y_11_2)**2
    im_r2_11 = t53 + t54 + t55
    im_f_11_2 = 3.0/(im_r2_11)**4
    im_f_11_3 = -3.0/(im_r2_11)**7
    im_f_11_4 = 21.0/(im_r2_11)**8
    im_f_11_5 = -12.0/(im_r2_11)**5
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
    t165 = im_f_11_4*t53
    t166 = im_f_11_5*t53
    t167 = im_f_2_4*t20
    t168 = im_f_2_5*t20
    t169 = im_f_4_4*t29
    t170 = im_f_4_5*t29
    t171 = im_f_9_4*t47
    t172 = im_f_9_5*t47
    t173 = 4.0*t50
    t174 = 4.0*t23
    t175 = (im_x_0_0)**2
    t176 = 4.0*t7
    t177 = t175*t176
    t178 = (im_x_1_0)**2
    t179 = 4.0*t10
    t180 = t178*t179
    t181 = (im_x_5_0)**2
    t182 = 4.0*t34
    t183 = t181*t182
    t184 = (im_x_6_0)**2
    t185 = 4.0*t37
    t186 = t184*t185
    t187 = (im_x_7_0)**2
    t188 = 4.0*t41
    t189 = t187*t188
    t190 = (im_x_8_0)**2
    t191 = 4.0*t44
    t192 = t190*t191
    t193 = 2.0*t175
    t194 = 2.0*t178
    t195 = 2.0*t181
    t196 = 2.0*t184
    t197 = 2.0*t187
    t198 = 2.0*t190
    t199 = (0.5)*im_f_11_2 + (0.5)*im_f_11_3 + (0.5)*im_f_2_2 + (0.5)*im_f_2_3 + (0.5)*im_f_4_2 + (0.5)*im_f_4_3 + (0.5)*im_f_9_2 + (0.5)*im_f_9_3 + 2.0*im_f_10_2 + 2.0*im_f_10_3 + 2.0*im_f_3_2 + 2.0*im_f_3_3 + im_f_0_2*t193 + im_f_0_3*t193 + im_f_1_2*t194 + im_f_1_3*t194 + im_f_5_2*t195 + im_f_5_3*t195 + im_f_6_2*t196 + im_f_6_3*t196 + im_f_7_2*t197 + im_f_7_3*t197 + im_f_8_2*t198 + im_f_8_3*t198
    t200 = im_x_0_0*t176
    t201 = im_x_0_1*t200
    t202 = im_x_1_0*t179
    t203 = im_x_1_1*t202
    t204 = im_x_5_0*t182
    t205 = im_x_5_1*t204
    t206 = im_x_6_0*t185
    t207 = im_x_6_1*t206
    t208 = im_x_7_0*t188
    t209 = im_x_7_1*t208
    t210 = im_x_8_0*t191
    t211 = im_x_8_1*t210
    t212 = 2.0*im_x_0_0
    t213 = im_x_0_1*t212
    t214 = 2.0*im_x_1_0
    t215 = im_x_1_1*t214
    t216 = 2.0*im_x_5_0
    t217 = im_x_5_1*t216
    t218 = 2.0*im_x_6_0
    t219 = im_x_6_1*t218
    t220 = 2.0*im_x_7_0
    t221 = im_x_7_1*t220
    t222 = 2.0*im_x_8_0
    t223 = im_x_8_1*t222
    t224 = 0.8660254037844386*im_f_11_2 + 0.8660254037844386*im_f_11_3 + 0.8660254037844386*im_f_4_2 + 0.8660254037844386*im_f_4_3 - 0.8660254037844386*im_f_2_2 - 0.8660254037844386*im_f_2_3 - 0.8660254037844386*im_f_9_2 - 0.8660254037844386*im_f_9_3 + im_f_0_2*t213 + im_f_0_3*t213 + im_f_1_2*t215 + im_f_1_3*t215 + im_f_5_2*t217 + im_f_5_3*t217 + im_f_6_2*t219 + im_f_6_3*t219 + im_f_7_2*t221 + im_f_7_3*t221 + im_f_8_2*t223 + im_f_8_3*t223
    t225 = t224 + 1.7320508075688772*t165 + 1.7320508075688772*t166 + 1.7320508075688772*t169 + 1.7320508075688772*t170 - 1.7320508075688772*t167 - 1.7320508075688772*t168 - 1.7320508075688772*t171 - 1.7320508075688772*t172 + im_f_0_4*t201 + im_f_0_5*t201 + im_f_1_4*t203 + im_f_1_5*t203 + im_f_5_4*t205 + im_f_5_5*t205 + im_f_6_4*t207 + im_f_6_5*t207 + im_f_7_4*t209 + im_f_7_5*t209 + im_f_8_4*t211 + im_f_8_5*t211
    t226 = im_x_0_2*t200
    t227 = im_x_1_2*t202
    t228 = im_x_5_2*t204
    t229 = im_x_6_2*t206
    t230 = im_x_7_2*t208
    t231 = im_x_8_2*t210
    t232 = im_x_0_2*t212
    t233 = im_x_1_2*t214
    t234 = im_x_5_2*t216
    t235 = im_x_6_2*t218
    t236 = im_x_7_2*t220
    t237 = im_x_8_2*t222
    t238 = im_f_0_2*t232 + im_f_0_3*t232 + im_f_1_2*t233 + im_f_1_3*t233 + im_f_5_2*t234 + im_f_5_3*t234 + im_f_6_2*t235 + im_f_6_3*t235 + im_f_7_2*t236 + im_f_7_3*t236 + im_f_8_2*t237 + im_f_8_3*t237
    t239 = t238 + im_f_0_4*t226 + im_f_0_5*t226 + im_f_1_4*t227 + im_f_1_5*t227 + im_f_5_4*t228 + im_f_5_5*t228 + im_f_6_4*t229 + im_f_6_5*t229 + im_f_7_4*t230 + im_f_7_5*t230 + im_f_8_4*t231 + im_f_8_5*t231
    t240 = im_y_11_0*im_y_11_1
    t241 = im_f_11_4*t240
    t242 = im_f_11_5*t240
    t243 = im_y_2_0*im_y_2_1
    t244 = im_f_2_4*t243
    t245 = im_f_2_5*t243
    t246 = im_y_4_0*im_y_4_1
    t247 = im_f_4_4*t246
    t248 = im_f_4_5*t246
    t249 = im_y_9_0*im_y_9_1
    t250 = im_f_9_4*t249
    t251 = im_f_9_5*t249
    t252 = 4.0*im_y_10_0
    t253 = im_y_10_1*t252
    t254 = 4.0*im_y_3_0
    t255 = im_y_3_1*t254
    t256 = 4.0*im_y_0_0
    t257 = t175*t256
    t258 = im_f_0_4*im_y_0_1
    t259 = im_f_0_5*t257
    t260 = 4.0*im_y_1_0
    t261 = t178*t260
    t262 = im_f_1_4*im_y_1_1
    t263 = im_f_1_5*t261
    t264 = 4.0*im_y_5_0
    t265 = t181*t264
    t266 = im_f_5_4*im_y_5_1
    t267 = im_f_5_5*t265
    t268 = 4.0*im_y_6_0
    t269 = t184*t268
    t270 = im_f_6_4*im_y_6_1
    t271 = im_f_6_5*t269
    t272 = 4.0*im_y_7_0
    t273 = t187*t272
    t274 = im_f_7_4*im_y_7_1
    t275 = im_f_7_5*t273
    t276 = 4.0*im_y_8_0
    t277 = t190*t276
    t278 = im_f_8_4*im_y_8_1
    t279 = im_f_8_5*t277
    t280 = t241 + t242 + t244 + t245 + t247 + t248 + t250 + t251 + im_f_10_4*t253 + im_f_10_5*t253 + im_f_3_4*t255 + im_f_3_5*t255 + im_y_0_1*t259 + im_y_1_1*t263 + im_y_5_1*t267 + im_y_6_1*t271 + im_y_7_1*t275 + im_y_8_1*t279 + t257*t258 + t261*t262 + t265*t266 + t269*t270 + t273*t274 + t277*t278
    t281 = im_x_0_0*t256
    t282 = im_x_0_1*t281
    t283 = im_f_0_5*im_y_0_1
    t284 = im_x_1_0*t260
    t285 = im_x_1_1*t284
    t286 = im_f_1_5*im_y_1_1
    t287 = im_x_5_0*t264
    t288 = im_x_5_1*t287
    t289 = im_f_5_5*im_y_5_1
    t290 = im_x_6_0*t268
    t291 = im_x_6_1*t290
    t292 = im_f_6_5*im_y_6_1
    t293 = im_x_7_0*t272
    t294 = im_x_7_1*t293
    t295 = im_f_7_5*im_y_7_1
    t296 = im_x_8_0*t276
    t297 = im_x_8_1*t296
    t298 = im_f_8_5*im_y_8_1
    t299 = 1.7320508075688772*t241 + 1.7320508075688772*t242 + 1.7320508075688772*t247 + 1.7320508075688772*t248 - 1.7320508075688772*t244 - 1.7320508075688772*t245 - 1.7320508075688772*t250 - 1.7320508075688772*t251 + t258*t282 + t262*t285 + t266*t288 + t270*t291 + t274*t294 + t278*t297 + t282*t283 + t285*t286 + t288*t289 + t291*t292 + t294*t295 + t297*t298
    t300 = im_x_0_2*t281
    t301 = im_x_1_2*t284
    t302 = im_x_5_2*t287
    t303 = im_x_6_2*t290
    t304 = im_x_7_2*t293
    t305 = im_x_8_2*t296
    t306 = t258*t300 + t262*t301 + t266*t302 + t270*t303 + t274*t304 + t278*t305 + t283*t300 + t286*t301 + t289*t302 + t292*t303 + t295*t304 + t298*t305
    t307 = im_y_11_0*im_y_11_2
    t308 = im_f_11_4*t307
    t309 = im_f_11_5*t307
    t310 = im_y_2_0*im_y_2_2
    t311 = im_f_2_4*t310
    t312 = im_f_2_5*t310
    t313 = im_y_4_0*im_y_4_2
    t314 = im_f_4_4*t313
    t315 = im_f_4_5*t313
    t316 = im_y_9_0*im_y_9_2
    t317 = im_f_9_4*t316
    t318 = im_f_9_5*t316
    t319 = im_y_10_2*t252
    t320 = im_y_3_2*t254
    t321 = im_f_0_4*im_y_0_2
    t322 = im_f_1_4*im_y_1_2
    t323 = im_f_5_4*im_y_5_2
    t324 = im_f_6_4*im_y_6_2
    t325 = im_f_7_4*im_y_7_2
    t326 = im_f_8_4*im_y_8_2
    t327 = t308 + t309 + t311 + t312 + t314 + t315 + t317 + t318 + im_f_10_4*t319 + im_f_10_5*t319 + im_f_3_4*t320 + im_f_3_5*t320 + im_y_0_2*t259 + im_y_1_2*t263 + im_y_5_2*t267 + im_y_6_2*t271 + im_y_7_2*t275 + im_y_8_2*t279 + t257*t321 + t261*t322 + t265*t323 + t269*t324 + t273*t325 + t277*t326
    t328 = im_f_0_5*im_y_0_2
    t329 = im_f_1_5*im_y_1_2
    t330 = im_f_5_5*im_y_5_2
    t331 = im_f_6_5*im_y_6_2
    t332 = im_f_7_5*im_y_7_2
    t333 = im_f_8_5*im_y_8_2
    t334 = 1.7320508075688772*t308 + 1.7320508075688772*t309 + 1.7320508075688772*t314 + 1.7320508075688772*t315 - 1.7320508075688772*t311 - 1.7320508075688772*t312 - 1.7320508075688772*t317 - 1.7320508075688772*t318 + t282*t321 + t282*t328 + t285*t322 + t285*t329 + t288*t323 + t288*t330 + t291*t324 + t291*t331 + t294*t325 + t294*t332 + t297*t326 + t297*t333
    t335 = t300*t321 + t300*t328 + t301*t322 + t301*t329 + t302*t323 + t302*t330 + t303*t324 + t303*t331 + t304*t325 + t304*t332 + t305*t326 + t305*t333
    t336 = (im_x_0_1)**2
    t337 = t176*t336
    t338 = (im_x_1_1)**2
    t339 = t179*t338
    t340 = (im_x_5_1)**2
    t341 = t182*t340
    t342 = (im_x_6_1)**2
    t343 = t185*t342
    t344 = (im_x_7_1)**2
    t345 = t188*t344
    t346 = (im_x_8_1)**2
    t347 = t191*t346
    t348 = 2.0*t336
    t349 = 2.0*t338
    t350 = 2.0*t340
    t351 = 2.0*t342
    t352 = 2.0*t344
    t353 = 2.0*t346
    t354 = (1.5)*im_f_11_2 + (1.5)*im_f_11_3 + (1.5)*im_f_2_2 + (1.5)*im_f_2_3 + (1.5)*im_f_4_2 + (1.5)*im_f_4_3 + (1.5)*im_f_9_2 + (1.5)*im_f_9_3 + im_f_0_2*t348 + im_f_0_3*t348 + im_f_1_2*t349 + im_f_1_3*t349 + im_f_5_2*t350 + im_f_5_3*t350 + im_f_6_2*t351 + im_f_6_3*t351 + im_f_7_2*t352 + im_f_7_3*t352 + im_f_8_2*t353 + im_f_8_3*t353
    t355 = im_x_0_1*im_x_0_2
    t356 = t176*t355
    t357 = im_x_1_1*im_x_1_2
    t358 = t179*t357
    t359 = im_x_5_1*im_x_5_2
    t360 = t182*t359
    t361 = im_x_6_1*im_x_6_2
    t362 = t185*t361
    t363 = im_x_7_1*im_x_7_2
    t364 = t188*t363
    t365 = im_x_8_1*im_x_8_2
    t366 = t191*t365
    t367 = 2.0*t355
    t368 = 2.0*t357
    t369 = 2.0*t359
    t370 = 2.0*t361
    t371 = 2.0*t363
    t372 = 2.0*t365
    t373 = im_f_0_2*t367 + im_f_0_3*t367 + im_f_1_2*t368 + im_f_1_3*t368 + im_f_5_2*t369 + im_f_5_3*t369 + im_f_6_2*t370 + im_f_6_3*t370 + im_f_7_2*t371 + im_f_7_3*t371 + im_f_8_2*t372 + im_f_8_3*t372
    t374 = t373 + im_f_0_4*t356 + im_f_0_5*t356 + im_f_1_4*t358 + im_f_1_5*t358 + im_f_5_4*t360 + im_f_5_5*t360 + im_f_6_4*t362 + im_f_6_5*t362 + im_f_7_4*t364 + im_f_7_5*t364 + im_f_8_4*t366 + im_f_8_5*t366
    t375 = t256*t336
    t376 = im_f_0_5*t375
    t377 = t260*t338
    t378 = im_f_1_5*t377
    t379 = t264*t340
    t380 = im_f_5_5*t379
    t381 = t268*t342
    t382 = im_f_6_5*t381
    t383 = t272*t344
    t384 = im_f_7_5*t383
    t385 = t276*t346
    t386 = im_f_8_5*t385
    t387 = 3.0*t241 + 3.0*t242 + 3.0*t244 + 3.0*t245 + 3.0*t247 + 3.0*t248 + 3.0*t250 + 3.0*t251 + im_y_0_1*t376 + im_y_1_1*t378 + im_y_5_1*t380 + im_y_6_1*t382 + im_y_7_1*t384 + im_y_8_1*t386 + t258*t375 + t262*t377 + t266*t379 + t270*t381 + t274*t383 + t278*t385
    t388 = t256*t355
    t389 = t260*t357
    t390 = t264*t359
    t391 = t268*t361
    t392 = t272*t363
    t393 = t276*t365
    t394 = t258*t388 + t262*t389 + t266*t390 + t270*t391 + t274*t392 + t278*t393 + t283*t388 + t286*t389 + t289*t390 + t292*t391 + t295*t392 + t298*t393
    t395 = 3.0*t308 + 3.0*t309 + 3.0*t311 + 3.0*t312 + 3.0*t314 + 3.0*t315 + 3.0*t317 + 3.0*t318 + im_y_0_2*t376 + im_y_1_2*t378 + im_y_5_2*t380 + im_y_6_2*t382 + im_y_7_2*t384 + im_y_8_2*t386 + t321*t375 + t322*t377 + t323*t379 + t324*t381 + t325*t383 + t326*t385
    t396 = t321*t388 + t322*t389 + t323*t390 + t324*t391 + t325*t392 + t326*t393 + t328*t388 + t329*t389 + t330*t390 + t331*t391 + t332*t392 + t333*t393
    t397 = (im_x_0_2)**2
    t398 = t176*t397
    t399 = (im_x_1_2)**2
    t400 = t179*t399
    t401 = (im_x_5_2)**2
    t402 = t182*t401
    t403 = (im_x_6_2)**2
    t404 = t185*t403
    t405 = (im_x_7_2)**2
    t406 = t188*t405
    t407 = (im_x_8_2)**2
    t408 = t191*t407
    t409 = 2.0*t397
    t410 = 2.0*t399
    t411 = 2.0*t401
    t412 = 2.0*t403
    t413 = 2.0*t405
    t414 = 2.0*t407
    t415 = im_f_0_2*t409 + im_f_0_3*t409 + im_f_1_2*t410 + im_f_1_3*t410 + im_f_5_2*t411 + im_f_5_3*t411 + im_f_6_2*t412 + im_f_6_3*t412 + im_f_7_2*t413 + im_f_7_3*t413 + im_f_8_2*t414 + im_f_8_3*t414
    t416 = t256*t397
    t417 = im_f_0_5*t416
    t418 = t260*t399
    t419 = im_f_1_5*t418
    t420 = t264*t401
    t421 = im_f_5_5*t420
    t422 = t268*t403
    t423 = im_f_6_5*t422
    t424 = t272*t405
    t425 = im_f_7_5*t424
    t426 = t276*t407
    t427 = im_f_8_5*t426
    t428 = im_y_0_1*t417 + im_y_1_1*t419 + im_y_5_1*t421 + im_y_6_1*t423 + im_y_7_1*t425 + im_y_8_1*t427 + t258*t416 + t262*t418 + t266*t420 + t270*t422 + t274*t424 + t278*t426
    t429 = im_y_0_2*t417 + im_y_1_2*t419 + im_y_5_2*t421 + im_y_6_2*t423 + im_y_7_2*t425 + im_y_8_2*t427 + t321*t416 + t322*t418 + t323*t420 + t324*t422 + t325*t424 + t326*t426
    t430 = im_f_11_4*t54
    t431 = im_f_11_5*t54
    t432 = im_f_2_4*t21
    t433 = im_f_2_5*t21
    t434 = im_f_4_4*t30
    t435 = im_f_4_5*t30
    t436 = im_f_9_4*t48
    t437 = im_f_9_5*t48
    t438 = 4.0*t51
    t439 = 4.0*t24
    t440 = 4.0*t8
    t441 = t175*t440
    t442 = 4.0*t11
    t443 = t178*t442
    t444 = 4.0*t35
    t445 = t181*t444
    t446 = 4.0*t38
    t447 = t184*t446
    t448 = 4.0*t42
    t449 = t187*t448
    t450 = 4.0*t45
    t451 = t190*t450
    t452 = im_x_0_0*t440
    t453 = im_x_0_1*t452
    t454 = im_x_1_0*t442
    t455 = im_x_1_1*t454
    t456 = im_x_5_0*t444
    t457 = im_x_5_1*t456
    t458 = im_x_6_0*t446
    t459 = im_x_6_1*t458
    t460 = im_x_7_0*t448
    t461 = im_x_7_1*t460
    t462 = im_x_8_0*t450
    t463 = im_x_8_1*t462
    t464 = t224 + 1.7320508075688772*t430 + 1.7320508075688772*t431 + 1.7320508075688772*t434 + 1.7320508075688772*t435 - 1.7320508075688772*t432 - 1.7320508075688772*t433 - 1.7320508075688772*t436 - 1.7320508075688772*t437 + im_f_0_4*t453 + im_f_0_5*t453 + im_f_1_4*t455 + im_f_1_5*t455 + im_f_5_4*t457 + im_f_5_5*t457 + im_f_6_4*t459 + im_f_6_5*t459 + im_f_7_4*t461 + im_f_7_5*t461 + im_f_8_4*t463 + im_f_8_5*t463
    t465 = im_x_0_2*t452
    t466 = im_x_1_2*t454
    t467 = im_x_5_2*t456
    t468 = im_x_6_2*t458
    t469 = im_x_7_2*t460
    t470 = im_x_8_2*t462
    t471 = t238 + im_f_0_4*t465 + im_f_0_5*t465 + im_f_1_4*t466 + im_f_1_5*t466 + im_f_5_4*t467 + im_f_5_5*t467 + im_f_6_4*t468 + im_f_6_5*t468 + im_f_7_4*t469 + im_f_7_5*t469 + im_f_8_4*t470 + im_f_8_5*t470
    t472 = im_y_11_1*im_y_11_2
    t473 = im_f_11_4*t472
    t474 = im_f_11_5*t472
    t475 = im_y_2_1*im_y_2_2
    t476 = im_f_2_4*t475
    t477 = im_f_2_5*t475
    t478 = im_y_4_1*im_y_4_2
    t479 = im_f_4_4*t478
    t480 = im_f_4_5*t478
    t481 = im_y_9_1*im_y_9_2
    t482 = im_f_9_4*t481
    t483 = im_f_9_5*t481
    t484 = 4.0*im_y_10_1*im_y_10_2
    t485 = 4.0*im_y_3_1*im_y_3_2
    t486 = 4.0*im_y_0_2
    t487 = t175*t486
    t488 = 4.0*im_y_1_2
    t489 = t178*t488
    t490 = 4.0*im_y_5_2
    t491 = t181*t490
    t492 = 4.0*im_y_6_2
    t493 = t184*t492
    t494 = 4.0*im_y_7_2
    t495 = t187*t494
    t496 = 4.0*im_y_8_2
    t497 = t190*t496
    t498 = t473 + t474 + t476 + t477 + t479 + t480 + t482 + t483 + im_f_10_4*t484 + im_f_10_5*t484 + im_f_3_4*t485 + im_f_3_5*t485 + t258*t487 + t262*t489 + t266*t491 + t270*t493 + t274*t495 + t278*t497 + t283*t487 + t286*t489 + t289*t491 + t292*t493 + t295*t495 + t298*t497
    t499 = im_x_0_0*t486
    t500 = im_x_0_1*t499
    t501 = im_x_1_0*t488
    t502 = im_x_1_1*t501
    t503 = im_x_5_0*t490
    t504 = im_x_5_1*t503
    t505 = im_x_6_0*t492
    t506 = im_x_6_1*t505
    t507 = im_x_7_0*t494
    t508 = im_x_7_1*t507
    t509 = im_x_8_0*t496
    t510 = im_x_8_1*t509
    t511 = 1.7320508075688772*t473 + 1.7320508075688772*t474 + 1.7320508075688772*t479 + 1.7320508075688772*t480 - 1.7320508075688772*t476 - 1.7320508075688772*t477 - 1.7320508075688772*t482 - 1.7320508075688772*t483 + t258*t500 + t262*t502 + t266*t504 + t270*t506 + t274*t508 + t278*t510 + t283*t500 + t286*t502 + t289*t504 + t292*t506 + t295*t508 + t298*t510
    t512 = im_x_0_2*t499
    t513 = im_x_1_2*t501
    t514 = im_x_5_2*t503
    t515 = im_x_6_2*t505
    t516 = im_x_7_2*t507
    t517 = im_x_8_2*t509
    t518 = t258*t512 + t262*t513 + t266*t514 + t270*t515 + t274*t516 + t278*t517 + t283*t512 + t286*t513 + t289*t514 + t292*t515 + t295*t516 + t298*t517
    t519 = t336*t440
    t520 = t338*t442
    t521 = t340*t444
    t522 = t342*t446
    t523 = t344*t448
    t524 = t346*t450
    t525 = t355*t440
    t526 = t357*t442
    t527 = t359*t444
    t528 = t361*t446
    t529 = t363*t448
    t530 = t365*t450
    t531 = t373 + im_f_0_4*t525 + im_f_0_5*t525 + im_f_1_4*t526 + im_f_1_5*t526 + im_f_5_4*t527 + im_f_5_5*t527 + im_f_6_4*t528 + im_f_6_5*t528 + im_f_7_4*t529 + im_f_7_5*t529 + im_f_8_4*t530 + im_f_8_5*t530
    t532 = t336*t486
    t533 = t338*t488
    t534 = t340*t490
    t535 = t342*t492
    t536 = t344*t494
    t537 = t346*t496
    t538 = 3.0*t473 + 3.0*t474 + 3.0*t476 + 3.0*t477 + 3.0*t479 + 3.0*t480 + 3.0*t482 + 3.0*t483 + t258*t532 + t262*t533 + t266*t534 + t270*t535 + t274*t536 + t278*t537 + t283*t532 + t286*t533 + t289*t534 + t292*t535 + t295*t536 + t298*t537
    t539 = t355*t486
    t540 = t357*t488
    t541 = t359*t490
    t542 = t361*t492
    t543 = t363*t494
    t544 = t365*t496
    t545 = t258*t539 + t262*t540 + t266*t541 + t270*t542 + t274*t543 + t278*t544 + t283*t539 + t286*t540 + t289*t541 + t292*t542 + t295*t543 + t298*t544
    t546 = t397*t440
    t547 = t399*t442
    t548 = t401*t444
    t549 = t403*t446
    t550 = t405*t448
    t551 = t407*t450
    t552 = t397*t486
    t553 = t399*t488
    t554 = t401*t490
    t555 = t403*t492
    t556 = t405*t494
    t557 = t407*t496
    t558 = t258*t552 + t262*t553 + t266*t554 + t270*t555 + t274*t556 + t278*t557 + t283*t552 + t286*t553 + t289*t554 + t292*t555 + t295*t556 + t298*t557
    t559 = im_f_11_4*t55
    t560 = im_f_11_5*t55
    t561 = im_f_2_4*t22
    t562 = im_f_2_5*t22
    t563 = im_f_4_4*t31
    t564 = im_f_4_5*t31
    t565 = im_f_9_4*t49
    t566 = im_f_9_5*t49
    t567 = 4.0*t52
    t568 = 4.0*t25
    t569 = 4.0*t9
    t570 = t175*t569
    t571 = 4.0*t12
    t572 = t178*t571
    t573 = 4.0*t36
    t574 = t181*t573
    t575 = 4.0*t39
    t576 = t184*t575
    t577 = 4.0*t43
    t578 = t187*t577
    t579 = 4.0*t46
    t580 = t190*t579
    t581 = im_x_0_0*t569
    t582 = im_x_0_1*t581
    t583 = im_x_1_0*t571
    t584 = im_x_1_1*t583
    t585 = im_x_5_0*t573
    t586 = im_x_5_1*t585
    t587 = im_x_6_0*t575
    t588 = im_x_6_1*t587
    t589 = im_x_7_0*t577
    t590 = im_x_7_1*t589
    t591 = im_x_8_0*t579
    t592 = im_x_8_1*t591
    t593 = t224 + 1.7320508075688772*t559 + 1.7320508075688772*t560 + 1.7320508075688772*t563 + 1.7320508075688772*t564 - 1.7320508075688772*t561 - 1.7320508075688772*t562 - 1.7320508075688772*t565 - 1.7320508075688772*t566 + im_f_0_4*t582 + im_f_0_5*t582 + im_f_1_4*t584 + im_f_1_5*t584 + im_f_5_4*t586 + im_f_5_5*t586 + im_f_6_4*t588 + im_f_6_5*t588 + im_f_7_4*t590 + im_f_7_5*t590 + im_f_8_4*t592 + im_f_8_5*t592
    t594 = im_x_0_2*t581
    t595 = im_x_1_2*t583
    t596 = im_x_5_2*t585
    t597 = im_x_6_2*t587
    t598 = im_x_7_2*t589
    t599 = im_x_8_2*t591
    t600 = t238 + im_f_0_4*t594 + im_f_0_5*t594 + im_f_1_4*t595 + im_f_1_5*t595 + im_f_5_4*t596 + im_f_5_5*t596 + im_f_6_4*t597 + im_f_6_5*t597 + im_f_7_4*t598 + im_f_7_5*t598 + im_f_8_4*t599 + im_f_8_5*t599
    t601 = t336*t569
    t602 = t338*t571
    t603 = t340*t573
    t604 = t342*t575
    t605 = t344*t577
    t606 = t346*t579
    t607 = t355*t569
    t608 = t357*t571
    t609 = t359*t573
    t610 = t361*t575
    t611 = t363*t577
    t612 = t365*t579
    t613 = t373 + im_f_0_4*t607 + im_f_0_5*t607 + im_f_1_4*t608 + im_f_1_5*t608 + im_f_5_4*t609 + im_f_5_5*t609 + im_f_6_4*t610 + im_f_6_5*t610 + im_f_7_4*t611 + im_f_7_5*t611 + im_f_8_4*t612 + im_f_8_5*t612
    t614 = t397*t569
    t615 = t399*t571
    t616 = t401*t573
    t617 = t403*t575
    t618 = t405*t577
    t619 = t407*t579
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
    out[..., 0] = t165 + t166 + t167 + t168 + t169 + t170 + t171 + t172 + t199 + im_f_0_4*t177 + im_f_0_5*t177 + im_f_10_4*t173 + im_f_10_5*t173 + im_f_1_4*t180 + im_f_1_5*t180 + im_f_3_4*t174 + im_f_3_5*t174 + im_f_5_4*t183 + im_f_5_5*t183 + im_f_6_4*t186 + im_f_6_5*t186 + im_f_7_4*t189 + im_f_7_5*t189 + im_f_8_4*t192 + im_f_8_5*t192
    out[..., 1] = t225
    out[..., 2] = t239
    out[..., 3] = t280
    out[..., 4] = t299
    out[..., 5] = t306
    out[..., 6] = t327
    out[..., 7] = t334
    out[..., 8] = t335
    out[..., 9] = t225
    out[..., 10] = t354 + 3.0*t165 + 3.0*t166 + 3.0*t167 + 3.0*t168 + 3.0*t169 + 3.0*t170 + 3.0*t171 + 3.0*t172 + im_f_0_4*t337 + im_f_0_5*t337 + im_f_1_4*t339 + im_f_1_5*t339 + im_f_5_4*t341 + im_f_5_5*t341 + im_f_6_4*t343 + im_f_6_5*t343 + im_f_7_4*t345 + im_f_7_5*t345 + im_f_8_4*t347 + im_f_8_5*t347
    out[..., 11] = t374
    out[..., 12] = t299
    out[..., 13] = t387
    out[..., 14] = t394
    out[..., 15] = t334
    out[..., 16] = t395
    out[..., 17] = t396
    out[..., 18] = t239
    out[..., 19] = t374
    out[..., 20] = t415 + im_f_0_4*t398 + im_f_0_5*t398 + im_f_1_4*t400 + im_f_1_5*t400 + im_f_5_4*t402 + im_f_5_5*t402 + im_f_6_4*t404 + im_f_6_5*t404 + im_f_7_4*t406 + im_f_7_5*t406 + im_f_8_4*t408 + im_f_8_5*t408
    out[..., 21] = t306
    out[..., 22] = t394
    out[..., 23] = t428
    out[..., 24] = t335
    out[..., 25] = t396
    out[..., 26] = t429
    out[..., 27] = t280
    out[..., 28] = t299
    out[..., 29] = t306
    out[..., 30] = t199 + t430 + t431 + t432 + t433 + t434 + t435 + t436 + t437 + im_f_0_4*t441 + im_f_0_5*t441 + im_f_10_4*t438 + im_f_10_5*t438 + im_f_1_4*t443 + im_f_1_5*t443 + im_f_3_4*t439 + im_f_3_5*t439 + im_f_5_4*t445 + im_f_5_5*t445 + im_f_6_4*t447 + im_f_6_5*t447 + im_f_7_4*t449 + im_f_7_5*t449 + im_f_8_4*t451 + im_f_8_5*t451
    out[..., 31] = t464
    out[..., 32] = t471
    out[..., 33] = t498
    out[..., 34] = t511
    out[..., 35] = t518
    out[..., 36] = t299
    out[..., 37] = t387
    out[..., 38] = t394
    out[..., 39] = t464
    out[..., 40] = t354 + 3.0*t430 + 3.0*t431 + 3.0*t432 + 3.0*t433 + 3.0*t434 + 3.0*t435 + 3.0*t436 + 3.0*t437 + im_f_0_4*t519 + im_f_0_5*t519 + im_f_1_4*t520 + im_f_1_5*t520 + im_f_5_4*t521 + im_f_5_5*t521 + im_f_6_4*t522 + im_f_6_5*t522 + im_f_7_4*t523 + im_f_7_5*t523 + im_f_8_4*t524 + im_f_8_5*t524
    out[..., 41] = t531
    out[..., 42] = t511
    out[..., 43] = t538
    out[..., 44] = t545
    out[..., 45] = t306
    out[..., 46] = t394
    out[..., 47] = t428
    out[..., 48] = t471
    out[..., 49] = t531
    out[..., 50] = t415 + im_f_0_4*t546 + im_f_0_5*t546 + im_f_1_4*t547 + im_f_1_5*t547 + im_f_5_4*t548 + im_f_5_5*t548 + im_f_6_4*t549 + im_f_6_5*t549 + im_f_7_4*t550 + im_f_7_5*t550 + im_f_8_4*t551 + im_f_8_5*t551
    out[..., 51] = t518
    out[..., 52] = t545
    out[..., 53] = t558
    out[..., 54] = t327
    out[..., 55] = t334
    out[..., 56] = t335
    out[..., 57] = t498
    out[..., 58] = t511
    out[..., 59] = t518
    out[..., 60] = t199 + t559 + t560 + t561 + t562 + t563 + t564 + t565 + t566 + im_f_0_4*t570 + im_f_0_5*t570 + im_f_10_4*t567 + im_f_10_5*t567 + im_f_1_4*t572 + im_f_1_5*t572 + im_f_3_4*t568 + im_f_3_5*t568 + im_f_5_4*t574 + im_f_5_5*t574 + im_f_6_4*t576 + im_f_6_5*t576 + im_f_7_4*t578 + im_f_7_5*t578 + im_f_8_4*t580 + im_f_8_5*t580
    out[..., 61] = t593
    out[..., 62] = t600
    out[..., 63] = t334
    out[..., 64] = t395
    out[..., 65] = t396
    out[..., 66] = t511
    out[..., 67] = t538
    out[..., 68] = t545
    out[..., 69] = t593
    out[..., 70] = t354 + 3.0*t559 + 3.0*t560 + 3.0*t561 + 3.0*t562 + 3.0*t563 + 3.0*t564 + 3.0*t565 + 3.0*t566 + im_f_0_4*t601 + im_f_0_5*t601 + im_f_1_4*t602 + im_f_1_5*t602 + im_f_5_4*t603 + im_f_5_5*t603 + im_f_6_4*t604 + im_f_6_5*t604 + im_f_7_4*t605 + im_f_7_5*t605 + im_f_8_4*t606 + im_f_8_5*t606
    out[..., 71] = t613
    out[..., 72] = t335
    out[..., 73] = t396
    out[..., 74] = t429
    out[..., 75] = t518
    out[..., 76] = t545
    out[..., 77] = t558
    out[..., 78] = t600
    out[..., 79] = t613
    out[..., 80] = t415 + im_f_0_4*t614 + im_f_0_5*t614 + im_f_1_4*t615 + im_f_1_5*t615 + im_f_5_4*t616 + im_f_5_5*t616 + im_f_6_4*t617 + im_f_6_5*t617 + im_f_7_4*t618 + im_f_7_5*t618 + im_f_8_4*t619 + im_f_8_5*t619
    return out.reshape(batch + (3, 3, 3, 3,))
