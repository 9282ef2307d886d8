# symms cauchy-born/diamond-lj-rc1.5; regenerate with: symms derive cauchy-born --lattice diamond --potential lj --cutoff 1.5 --cutoff-mode truncated
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
    """W(A, p): stored energy per reference volume (seed 001 eq 3.4, pairs once). p: deformed shift vectors.

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
    t0 = in_A_0*in_A_4
    t1 = in_A_0*in_A_8
    t2 = in_A_4*in_A_8
    t3 = in_A_1*in_A_3
    t4 = in_A_2*in_A_6
    t5 = in_A_5*in_A_7
    t6 = in_A_8*t0
    t7 = in_A_1*in_A_6
    t8 = in_A_5*t7
    t9 = in_A_3*in_A_7
    t10 = in_A_2*t9
    t11 = in_A_0*t5
    t12 = in_A_8*t3
    t13 = in_A_4*t4
    t14 = (in_A_0)**2
    t15 = (in_A_3)**2
    t16 = (in_A_6)**2
    t17 = 2.0*in_A_0
    t18 = (in_A_1)**2
    t19 = (0.81)*t18
    t20 = (0.81)*t15
    t21 = (0.38)*in_A_0
    t22 = (0.38)*in_A_4
    t23 = (0.19)*t14
    t24 = (in_A_4)**2
    t25 = (0.19)*t24
    t26 = (0.19)*t16
    t27 = (in_A_7)**2
    t28 = (0.19)*t27
    t29 = t14*t24
    t30 = t14*t27
    t31 = t15*t18
    t32 = t16*t18
    t33 = t15*t27
    t34 = t16*t24
    t35 = 2.0*t3
    t36 = t17*t24
    t37 = t17*t27
    t38 = 2.0*in_A_4
    t39 = t14*t38
    t40 = t16*t38
    t41 = 4.0*t0
    t42 = t17*t3
    t43 = in_A_4*t35
    t44 = in_A_7*t7
    t45 = 2.0*t44
    t46 = in_A_6*t9
    t47 = 2.0*t46
    t48 = t17*t44
    t49 = t38*t46
    t50 = (in_A_2)**2
    t51 = (in_A_5)**2
    t52 = (in_A_8)**2
    t53 = (1.62)*in_A_0
    t54 = (1.62)*in_A_4
    t55 = (1.62)*in_A_8
    t56 = (0.81)*t51
    t57 = (0.81)*t50
    t58 = (0.38)*t3
    t59 = (0.38)*t4
    t60 = (0.38)*t5
    t61 = (0.38)*in_A_8
    t62 = t35*t52
    t63 = 2.0*t4
    t64 = t24*t63
    t65 = 2.0*t5
    t66 = t14*t65
    t67 = 2.0*t8
    t68 = 2.0*t10
    t69 = 2.0*in_A_8
    t70 = 4.0*t1
    t71 = 4.0*t2
    t72 = (1.62)*in_A_5
    t73 = in_A_1*in_A_2
    t74 = in_A_7*t73
    t75 = in_A_3*t72
    t76 = 2.0*in_A_5
    t77 = t15*t74
    t78 = in_A_3*t76
    t79 = in_A_6*t18
    t80 = t35*t4
    t81 = t35*t5
    t82 = t5*t63
    t83 = in_A_3*in_A_5
    t84 = in_A_2*t83
    t85 = in_A_5*t73
    t86 = 4.0*t6
    t87 = -0.38577046105426305*in_p_1
    t88 = (0.5)*in_A_3
    t89 = (0.5)*in_A_5
    t90 = t88 + t89
    t91 = -0.38577046105426305*in_p_0
    t92 = (0.5)*in_A_2
    t93 = 0.5 + (0.5)*in_A_0
    t94 = t92 + t93
    t95 = -0.38577046105426305*in_p_2
    t96 = (0.5)*in_A_6
    t97 = 0.5 + (0.5)*in_A_8
    t98 = t96 + t97
    t99 = (-t87 - t90)**2 + (-t91 - t94)**2 + (-t95 - t98)**2
    t100 = (0.5)*in_A_7
    t101 = t100 + t96
    t102 = (0.5)*in_A_1
    t103 = t102 + t93
    t104 = 0.5 + (0.5)*in_A_4
    t105 = t104 + t88
    t106 = (-t101 - t95)**2 + (-t103 - t91)**2 + (-t105 - t87)**2
    t107 = 0.1488188486220187*(in_p_0)**2 + 0.1488188486220187*(in_p_1)**2 + 0.1488188486220187*(in_p_2)**2
    t108 = t102 + t92
    t109 = t104 + t89
    t110 = t100 + t97
    t111 = (-t108 - t91)**2 + (-t109 - t87)**2 + (-t110 - t95)**2
    t112 = -0.3348424093995421 + (t101)**2 + (t103)**2 + (t105)**2
    t113 = -t92
    t114 = -t100
    t115 = -t89
    t116 = -0.3348424093995421 + (t114 + t97)**2 + (-t102 - t113)**2 + (-t104 - t115)**2
    t117 = -0.3348424093995421 + (t90)**2 + (t94)**2 + (t98)**2
    t118 = -0.3348424093995421 + (t102 - t93)**2 + (t104 - t88)**2 + (-t114 - t96)**2
    t119 = -0.3348424093995421 + (t97 - t96)**2 + (-t113 - t93)**2 + (-t115 - t88)**2
    t120 = -0.3348424093995421 + (t108)**2 + (t109)**2 + (t110)**2
    if not numpy.all(numpy.asarray(1.0 + in_A_0 + in_A_4 + in_A_8 + t0 + t1 + t10 + t2 + t6 + t8 - t11 - t12 - t13 - t3 - t4 - t5) > 0):
        raise ValueError("det(I + A) must be positive (the deformation inverts the crystal)")
    if not numpy.all(numpy.asarray(0.0087890625 - (-0.6480537657465552 + in_p_0 - 0.6480537657465552*in_A_0 - 0.6480537657465552*in_A_1 - 0.6480537657465552*in_A_2)**2 - (-0.6480537657465552 + in_p_1 - 0.6480537657465552*in_A_3 - 0.6480537657465552*in_A_4 - 0.6480537657465552*in_A_5)**2 - (-0.6480537657465552 + in_p_2 - 0.6480537657465552*in_A_6 - 0.6480537657465552*in_A_7 - 0.6480537657465552*in_A_8)**2) > 0):
        raise ValueError("shift p1 moved more than 0.0938 from its affine position (outside the range where the neighbour set is valid)")
    if not numpy.all(numpy.asarray(0.19 + t14 + t15 + t16 + t17) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.0361 + t21 + t22 + t23 + t25 + t26 + t28 + t29 + t30 + t31 + t32 + t33 + t34 + t36 + t37 + t39 + t40 + t41 - t19 - t20 - t35 - t42 - t43 - t45 - t47 - t48 - t49 - t0*t35) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.006859 + t67 + t68 + t80 + t81 + t82 - t58 - t59 - t60 - t62 - t64 - t66 - 4.0*t11 - 4.0*t12 - 4.0*t13 - 2.0*t77 + 8.0*t6 - 0.1539*t15 - 0.1539*t16 - 0.1539*t18 - 0.1539*t27 - 0.1539*t50 - 0.1539*t51 - 0.81*t30 - 0.81*t34 + (0.76)*t0 + (0.76)*t1 + (0.76)*t2 + (0.19)*t31 + (1.62)*t44 + (1.62)*t46 + (1.62)*t74 + (0.0722)*in_A_0 + (0.0722)*in_A_4 + (0.0722)*in_A_8 + (0.0361)*t14 + (0.0361)*t24 + (0.0361)*t52 + in_A_2*t75 + in_A_6*t75 + in_A_8*t67 + in_A_8*t68 + t0*t67 + t0*t68 + t0*t82 + t1*t67 + t1*t68 + t1*t81 + t10*t17 + t10*t38 + t12*t63 + t12*t65 + t13*t35 + t13*t65 + t14*t22 + t14*t61 + t14*t71 + t17*t8 + t2*t67 + t2*t68 + t2*t80 + t21*t24 + t21*t52 + t22*t52 + t23*t24 + t23*t52 + t24*t61 + t24*t70 + t25*t52 + t26*t50 + t28*t51 + t29*t52 + t29*t69 + t30*t51 + t31*t52 + t31*t69 + t32*t51 + t33*t50 + t34*t50 + t36*t52 + t37*t51 + t38*t8 + t39*t52 + t40*t50 + t41*t52 + t42*t5 + t44*t53 + t46*t54 + t5*t80 + t53*t84 + t54*t85 + t55*t74 + t6*t67 + t6*t68 + t72*t73 - in_A_8*t59 - in_A_8*t60 - in_A_8*t64 - in_A_8*t66 - t0*t58 - t0*t62 - t1*t59 - t1*t64 - t14*t56 - t15*t55 - t16*t19 - t16*t54 - t16*t56 - t18*t55 - t19*t51 - t19*t52 - t2*t60 - t2*t66 - t20*t27 - t20*t50 - t20*t52 - t21*t3 - t21*t4 - t22*t3 - t22*t5 - t24*t57 - t27*t53 - t27*t57 - t3*t70 - t3*t71 - t3*t86 - t36*t4 - t37*t84 - t39*t5 - t4*t41 - t4*t71 - t4*t86 - t40*t85 - t41*t5 - t42*t52 - t43*t52 - t45*t51 - t47*t50 - t48*t51 - t49*t50 - t5*t70 - t5*t86 - t50*t54 - t51*t53 - t69*t77 - t78*t79 + in_A_6*t55*t83 + t17*t4*t5 - in_A_2*t27*t78 - t16*t73*t76 - t69*t79*t83) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.3348424093995421 - t99) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.3348424093995421 - t106) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.3348424093995421 - t107) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.3348424093995421 - t111) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t112) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t116) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t117) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t118) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t119) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t120) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t112) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t116) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t117) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t118) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t119) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t120) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    out = numpy.empty(batch + (1,))
    out[..., 0] = 9.978253520032038e-06/(t106)**6 + 9.978253520032038e-06/(t107)**6 + 9.978253520032038e-06/(t111)**6 + 9.978253520032038e-06/(t99)**6 - 0.0030274760309667577/(t106)**3 - 0.0030274760309667577/(t107)**3 - 0.0030274760309667577/(t111)**3 - 0.0030274760309667577/(t99)**3
    return out.reshape(batch + ())


def stress(A, p):
    """P = dW/dA, first Piola-Kirchhoff stress per reference volume. p: deformed shift vectors.

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
    t0 = in_A_0*in_A_4
    t1 = in_A_0*in_A_8
    t2 = in_A_4*in_A_8
    t3 = in_A_1*in_A_3
    t4 = in_A_2*in_A_6
    t5 = in_A_5*in_A_7
    t6 = in_A_8*t0
    t7 = in_A_1*in_A_6
    t8 = in_A_5*t7
    t9 = in_A_3*in_A_7
    t10 = in_A_2*t9
    t11 = in_A_0*t5
    t12 = in_A_8*t3
    t13 = in_A_4*t4
    t14 = (in_A_0)**2
    t15 = (in_A_3)**2
    t16 = (in_A_6)**2
    t17 = 2.0*in_A_0
    t18 = (in_A_1)**2
    t19 = (0.81)*t18
    t20 = (0.81)*t15
    t21 = (0.38)*in_A_0
    t22 = (0.38)*in_A_4
    t23 = (0.19)*t14
    t24 = (in_A_4)**2
    t25 = (0.19)*t24
    t26 = (0.19)*t16
    t27 = (in_A_7)**2
    t28 = (0.19)*t27
    t29 = t14*t24
    t30 = t14*t27
    t31 = t15*t18
    t32 = t16*t18
    t33 = t15*t27
    t34 = t16*t24
    t35 = 2.0*t3
    t36 = t17*t24
    t37 = t17*t27
    t38 = 2.0*in_A_4
    t39 = t14*t38
    t40 = t16*t38
    t41 = 4.0*t0
    t42 = t17*t3
    t43 = in_A_4*t35
    t44 = in_A_7*t7
    t45 = 2.0*t44
    t46 = in_A_6*t9
    t47 = 2.0*t46
    t48 = t17*t44
    t49 = t38*t46
    t50 = (in_A_2)**2
    t51 = (in_A_5)**2
    t52 = (in_A_8)**2
    t53 = (1.62)*in_A_0
    t54 = (1.62)*in_A_4
    t55 = (1.62)*in_A_8
    t56 = (0.81)*t51
    t57 = (0.81)*t50
    t58 = (0.38)*t3
    t59 = (0.38)*t4
    t60 = (0.38)*t5
    t61 = (0.38)*in_A_8
    t62 = t35*t52
    t63 = 2.0*t4
    t64 = t24*t63
    t65 = 2.0*t5
    t66 = t14*t65
    t67 = 2.0*t8
    t68 = 2.0*t10
    t69 = 2.0*in_A_8
    t70 = 4.0*t1
    t71 = 4.0*t2
    t72 = (1.62)*in_A_5
    t73 = in_A_1*in_A_2
    t74 = in_A_7*t73
    t75 = in_A_3*t72
    t76 = 2.0*in_A_5
    t77 = t15*t74
    t78 = in_A_3*t76
    t79 = in_A_6*t18
    t80 = t35*t4
    t81 = t35*t5
    t82 = t5*t63
    t83 = in_A_3*in_A_5
    t84 = in_A_2*t83
    t85 = in_A_5*t73
    t86 = 4.0*t6
    t87 = -0.38577046105426305*in_p_1
    t88 = (0.5)*in_A_3
    t89 = (0.5)*in_A_5
    t90 = t88 + t89
    t91 = -t87 - t90
    t92 = -0.38577046105426305*in_p_0
    t93 = (0.5)*in_A_2
    t94 = 0.5 + (0.5)*in_A_0
    t95 = t93 + t94
    t96 = -t92 - t95
    t97 = -0.38577046105426305*in_p_2
    t98 = (0.5)*in_A_6
    t99 = 0.5 + (0.5)*in_A_8
    t100 = t98 + t99
    t101 = -t100 - t97
    t102 = (t101)**2 + (t91)**2 + (t96)**2
    t103 = (0.5)*in_A_7
    t104 = t103 + t98
    t105 = -t104 - t97
    t106 = (0.5)*in_A_1
    t107 = t106 + t94
    t108 = -t107 - t92
    t109 = 0.5 + (0.5)*in_A_4
    t110 = t109 + t88
    t111 = -t110 - t87
    t112 = (t105)**2 + (t108)**2 + (t111)**2
    t113 = t106 + t93
    t114 = -t113 - t92
    t115 = t109 + t89
    t116 = -t115 - t87
    t117 = t103 + t99
    t118 = -t117 - t97
    t119 = (t114)**2 + (t116)**2 + (t118)**2
    t120 = -0.3348424093995421 + (t104)**2 + (t107)**2 + (t110)**2
    t121 = -t93
    t122 = -t103
    t123 = -t89
    t124 = -0.3348424093995421 + (t122 + t99)**2 + (-t106 - t121)**2 + (-t109 - t123)**2
    t125 = -0.3348424093995421 + (t100)**2 + (t90)**2 + (t95)**2
    t126 = -0.3348424093995421 + (t106 - t94)**2 + (t109 - t88)**2 + (-t122 - t98)**2
    t127 = -0.3348424093995421 + (t99 - t98)**2 + (-t121 - t94)**2 + (-t123 - t88)**2
    t128 = -0.3348424093995421 + (t113)**2 + (t115)**2 + (t117)**2
    t129 = 0.009082428092900273/(t112)**4
    t130 = (t112)**-7
    t131 = t108*t129 - 5.986952112019223e-05*t108*t130
    t132 = 0.009082428092900273/(t102)**4
    t133 = (t102)**-7
    t134 = t132*t96 - 5.986952112019223e-05*t133*t96
    t135 = 0.009082428092900273/(t119)**4
    t136 = (t119)**-7
    t137 = t114*t135 - 5.986952112019223e-05*t114*t136
    t138 = t111*t129 - 5.986952112019223e-05*t111*t130
    t139 = t132*t91 - 5.986952112019223e-05*t133*t91
    t140 = t116*t135 - 5.986952112019223e-05*t116*t136
    t141 = t105*t129 - 5.986952112019223e-05*t105*t130
    t142 = t101*t132 - 5.986952112019223e-05*t101*t133
    t143 = t118*t135 - 5.986952112019223e-05*t118*t136
    if not numpy.all(numpy.asarray(1.0 + in_A_0 + in_A_4 + in_A_8 + t0 + t1 + t10 + t2 + t6 + t8 - t11 - t12 - t13 - t3 - t4 - t5) > 0):
        raise ValueError("det(I + A) must be positive (the deformation inverts the crystal)")
    if not numpy.all(numpy.asarray(0.0087890625 - (-0.6480537657465552 + in_p_0 - 0.6480537657465552*in_A_0 - 0.6480537657465552*in_A_1 - 0.6480537657465552*in_A_2)**2 - (-0.6480537657465552 + in_p_1 - 0.6480537657465552*in_A_3 - 0.6480537657465552*in_A_4 - 0.6480537657465552*in_A_5)**2 - (-0.6480537657465552 + in_p_2 - 0.6480537657465552*in_A_6 - 0.6480537657465552*in_A_7 - 0.6480537657465552*in_A_8)**2) > 0):
        raise ValueError("shift p1 moved more than 0.0938 from its affine position (outside the range where the neighbour set is valid)")
    if not numpy.all(numpy.asarray(0.19 + t14 + t15 + t16 + t17) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.0361 + t21 + t22 + t23 + t25 + t26 + t28 + t29 + t30 + t31 + t32 + t33 + t34 + t36 + t37 + t39 + t40 + t41 - t19 - t20 - t35 - t42 - t43 - t45 - t47 - t48 - t49 - t0*t35) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.006859 + t67 + t68 + t80 + t81 + t82 - t58 - t59 - t60 - t62 - t64 - t66 - 4.0*t11 - 4.0*t12 - 4.0*t13 - 2.0*t77 + 8.0*t6 - 0.1539*t15 - 0.1539*t16 - 0.1539*t18 - 0.1539*t27 - 0.1539*t50 - 0.1539*t51 - 0.81*t30 - 0.81*t34 + (0.76)*t0 + (0.76)*t1 + (0.76)*t2 + (0.19)*t31 + (1.62)*t44 + (1.62)*t46 + (1.62)*t74 + (0.0722)*in_A_0 + (0.0722)*in_A_4 + (0.0722)*in_A_8 + (0.0361)*t14 + (0.0361)*t24 + (0.0361)*t52 + in_A_2*t75 + in_A_6*t75 + in_A_8*t67 + in_A_8*t68 + t0*t67 + t0*t68 + t0*t82 + t1*t67 + t1*t68 + t1*t81 + t10*t17 + t10*t38 + t12*t63 + t12*t65 + t13*t35 + t13*t65 + t14*t22 + t14*t61 + t14*t71 + t17*t8 + t2*t67 + t2*t68 + t2*t80 + t21*t24 + t21*t52 + t22*t52 + t23*t24 + t23*t52 + t24*t61 + t24*t70 + t25*t52 + t26*t50 + t28*t51 + t29*t52 + t29*t69 + t30*t51 + t31*t52 + t31*t69 + t32*t51 + t33*t50 + t34*t50 + t36*t52 + t37*t51 + t38*t8 + t39*t52 + t40*t50 + t41*t52 + t42*t5 + t44*t53 + t46*t54 + t5*t80 + t53*t84 + t54*t85 + t55*t74 + t6*t67 + t6*t68 + t72*t73 - in_A_8*t59 - in_A_8*t60 - in_A_8*t64 - in_A_8*t66 - t0*t58 - t0*t62 - t1*t59 - t1*t64 - t14*t56 - t15*t55 - t16*t19 - t16*t54 - t16*t56 - t18*t55 - t19*t51 - t19*t52 - t2*t60 - t2*t66 - t20*t27 - t20*t50 - t20*t52 - t21*t3 - t21*t4 - t22*t3 - t22*t5 - t24*t57 - t27*t53 - t27*t57 - t3*t70 - t3*t71 - t3*t86 - t36*t4 - t37*t84 - t39*t5 - t4*t41 - t4*t71 - t4*t86 - t40*t85 - t41*t5 - t42*t52 - t43*t52 - t45*t51 - t47*t50 - t48*t51 - t49*t50 - t5*t70 - t5*t86 - t50*t54 - t51*t53 - t69*t77 - t78*t79 + in_A_6*t55*t83 + t17*t4*t5 - in_A_2*t27*t78 - t16*t73*t76 - t69*t79*t83) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.3348424093995421 - t102) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.3348424093995421 - t112) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.3348424093995421 - 0.1488188486220187*(in_p_0)**2 - 0.1488188486220187*(in_p_1)**2 - 0.1488188486220187*(in_p_2)**2) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.3348424093995421 - t119) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t120) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t124) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t125) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t126) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t127) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t128) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t120) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t124) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t125) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t126) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t127) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t128) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    out = numpy.empty(batch + (9,))
    out[..., 0] = -t131 - t134
    out[..., 1] = -t131 - t137
    out[..., 2] = -t134 - t137
    out[..., 3] = -t138 - t139
    out[..., 4] = -t138 - t140
    out[..., 5] = -t139 - t140
    out[..., 6] = -t141 - t142
    out[..., 7] = -t141 - t143
    out[..., 8] = -t142 - t143
    return out.reshape(batch + (3, 3,))


def moduli(A, p):
    """C_ijkl = d2W/dA_ij dA_kl at the given shifts p, shape (d, d, d, d). p: deformed shift vectors.

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
    t0 = in_A_0*in_A_4
    t1 = in_A_0*in_A_8
    t2 = in_A_4*in_A_8
    t3 = in_A_1*in_A_3
    t4 = in_A_2*in_A_6
    t5 = in_A_5*in_A_7
    t6 = in_A_8*t0
    t7 = in_A_1*in_A_6
    t8 = in_A_5*t7
    t9 = in_A_3*in_A_7
    t10 = in_A_2*t9
    t11 = in_A_0*t5
    t12 = in_A_8*t3
    t13 = in_A_4*t4
    t14 = (in_A_0)**2
    t15 = (in_A_3)**2
    t16 = (in_A_6)**2
    t17 = 2.0*in_A_0
    t18 = (in_A_1)**2
    t19 = (0.81)*t18
    t20 = (0.81)*t15
    t21 = (0.38)*in_A_0
    t22 = (0.38)*in_A_4
    t23 = (0.19)*t14
    t24 = (in_A_4)**2
    t25 = (0.19)*t24
    t26 = (0.19)*t16
    t27 = (in_A_7)**2
    t28 = (0.19)*t27
    t29 = t14*t24
    t30 = t14*t27
    t31 = t15*t18
    t32 = t16*t18
    t33 = t15*t27
    t34 = t16*t24
    t35 = 2.0*t3
    t36 = t17*t24
    t37 = t17*t27
    t38 = 2.0*in_A_4
    t39 = t14*t38
    t40 = t16*t38
    t41 = 4.0*t0
    t42 = t17*t3
    t43 = in_A_4*t35
    t44 = in_A_7*t7
    t45 = 2.0*t44
    t46 = in_A_6*t9
    t47 = 2.0*t46
    t48 = t17*t44
    t49 = t38*t46
    t50 = (in_A_2)**2
    t51 = (in_A_5)**2
    t52 = (in_A_8)**2
    t53 = (1.62)*in_A_0
    t54 = (1.62)*in_A_4
    t55 = (1.62)*in_A_8
    t56 = (0.81)*t51
    t57 = (0.81)*t50
    t58 = (0.38)*t3
    t59 = (0.38)*t4
    t60 = (0.38)*t5
    t61 = (0.38)*in_A_8
    t62 = t35*t52
    t63 = 2.0*t4
    t64 = t24*t63
    t65 = 2.0*t5
    t66 = t14*t65
    t67 = 2.0*t8
    t68 = 2.0*t10
    t69 = 2.0*in_A_8
    t70 = 4.0*t1
    t71 = 4.0*t2
    t72 = (1.62)*in_A_5
    t73 = in_A_1*in_A_2
    t74 = in_A_7*t73
    t75 = in_A_3*t72
    t76 = 2.0*in_A_5
    t77 = t15*t74
    t78 = in_A_3*t76
    t79 = in_A_6*t18
    t80 = t35*t4
    t81 = t35*t5
    t82 = t5*t63
    t83 = in_A_3*in_A_5
    t84 = in_A_2*t83
    t85 = in_A_5*t73
    t86 = 4.0*t6
    t87 = -0.38577046105426305*in_p_1
    t88 = (0.5)*in_A_3
    t89 = (0.5)*in_A_5
    t90 = t88 + t89
    t91 = -t87 - t90
    t92 = (t91)**2
    t93 = -0.38577046105426305*in_p_0
    t94 = (0.5)*in_A_2
    t95 = 0.5 + (0.5)*in_A_0
    t96 = t94 + t95
    t97 = -t93 - t96
    t98 = (t97)**2
    t99 = -0.38577046105426305*in_p_2
    t100 = (0.5)*in_A_6
    t101 = 0.5 + (0.5)*in_A_8
    t102 = t100 + t101
    t103 = -t102 - t99
    t104 = (t103)**2
    t105 = t104 + t92 + t98
    t106 = (0.5)*in_A_7
    t107 = t100 + t106
    t108 = -t107 - t99
    t109 = (t108)**2
    t110 = (0.5)*in_A_1
    t111 = t110 + t95
    t112 = -t111 - t93
    t113 = (t112)**2
    t114 = 0.5 + (0.5)*in_A_4
    t115 = t114 + t88
    t116 = -t115 - t87
    t117 = (t116)**2
    t118 = t109 + t113 + t117
    t119 = t110 + t94
    t120 = -t119 - t93
    t121 = (t120)**2
    t122 = t114 + t89
    t123 = -t122 - t87
    t124 = (t123)**2
    t125 = t101 + t106
    t126 = -t125 - t99
    t127 = (t126)**2
    t128 = t121 + t124 + t127
    t129 = -0.3348424093995421 + (t107)**2 + (t111)**2 + (t115)**2
    t130 = -t94
    t131 = -t106
    t132 = -t89
    t133 = -0.3348424093995421 + (t101 + t131)**2 + (-t110 - t130)**2 + (-t114 - t132)**2
    t134 = -0.3348424093995421 + (t102)**2 + (t90)**2 + (t96)**2
    t135 = -0.3348424093995421 + (t110 - t95)**2 + (t114 - t88)**2 + (-t100 - t131)**2
    t136 = -0.3348424093995421 + (t101 - t100)**2 + (-t130 - t95)**2 + (-t132 - t88)**2
    t137 = -0.3348424093995421 + (t119)**2 + (t122)**2 + (t125)**2
    t138 = (t118)**-8
    t139 = 0.0004190866478413456*t138
    t140 = 0.03632971237160109/(t118)**5
    t141 = t113*t140
    t142 = (t118)**-4
    t143 = 2.9934760560096116e-05/(t118)**7
    t144 = -t143 + 0.004541214046450136*t142
    t145 = t144 - t141 + t113*t139
    t146 = (t105)**-8
    t147 = 0.0004190866478413456*t146
    t148 = 0.03632971237160109/(t105)**5
    t149 = t148*t98
    t150 = (t105)**-4
    t151 = 2.9934760560096116e-05/(t105)**7
    t152 = -t151 + 0.004541214046450136*t150
    t153 = t152 - t149 + t147*t98
    t154 = t112*t116*t140 - 0.0004190866478413456*t112*t116*t138
    t155 = t148*t91*t97 - 0.0004190866478413456*t146*t91*t97
    t156 = -t154 - t155
    t157 = -t154
    t158 = -t155
    t159 = t108*t112*t140 - 0.0004190866478413456*t108*t112*t138
    t160 = t103*t148*t97 - 0.0004190866478413456*t103*t146*t97
    t161 = -t159 - t160
    t162 = -t159
    t163 = -t160
    t164 = 0.03632971237160109/(t128)**5
    t165 = (t128)**-8
    t166 = 2.9934760560096116e-05/(t128)**7
    t167 = (t128)**-4
    t168 = t166 - 0.004541214046450136*t167
    t169 = t168 + t121*t164 - 0.0004190866478413456*t121*t165
    t170 = t143 - 0.004541214046450136*t142
    t171 = -t169
    t172 = t120*t123*t164 - 0.0004190866478413456*t120*t123*t165
    t173 = -t154 - t172
    t174 = -t172
    t175 = t120*t126*t164 - 0.0004190866478413456*t120*t126*t165
    t176 = -t159 - t175
    t177 = -t175
    t178 = t151 - 0.004541214046450136*t150
    t179 = -t155 - t172
    t180 = -t160 - t175
    t181 = t117*t140
    t182 = t178 + t148*t92 - 0.0004190866478413456*t146*t92
    t183 = t144 - t181 + t117*t139
    t184 = -t182
    t185 = t108*t116*t140 - 0.0004190866478413456*t108*t116*t138
    t186 = t103*t148*t91 - 0.0004190866478413456*t103*t146*t91
    t187 = -t185 - t186
    t188 = -t185
    t189 = -t186
    t190 = 0.0004190866478413456*t165
    t191 = t124*t164
    t192 = -t166 + 0.004541214046450136*t167
    t193 = t192 - t191 + t124*t190
    t194 = t123*t126*t164 - 0.0004190866478413456*t123*t126*t165
    t195 = -t185 - t194
    t196 = -t194
    t197 = -t186 - t194
    t198 = t104*t148
    t199 = t170 + t109*t140 - 0.0004190866478413456*t109*t138
    t200 = -t199
    t201 = t152 - t198 + t104*t147
    t202 = t127*t164
    t203 = t192 - t202 + t127*t190
    if not numpy.all(numpy.asarray(1.0 + in_A_0 + in_A_4 + in_A_8 + t0 + t1 + t10 + t2 + t6 + t8 - t11 - t12 - t13 - t3 - t4 - t5) > 0):
        raise ValueError("det(I + A) must be positive (the deformation inverts the crystal)")
    if not numpy.all(numpy.asarray(0.0087890625 - (-0.6480537657465552 + in_p_0 - 0.6480537657465552*in_A_0 - 0.6480537657465552*in_A_1 - 0.6480537657465552*in_A_2)**2 - (-0.6480537657465552 + in_p_1 - 0.6480537657465552*in_A_3 - 0.6480537657465552*in_A_4 - 0.6480537657465552*in_A_5)**2 - (-0.6480537657465552 + in_p_2 - 0.6480537657465552*in_A_6 - 0.6480537657465552*in_A_7 - 0.6480537657465552*in_A_8)**2) > 0):
        raise ValueError("shift p1 moved more than 0.0938 from its affine position (outside the range where the neighbour set is valid)")
    if not numpy.all(numpy.asarray(0.19 + t14 + t15 + t16 + t17) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.0361 + t21 + t22 + t23 + t25 + t26 + t28 + t29 + t30 + t31 + t32 + t33 + t34 + t36 + t37 + t39 + t40 + t41 - t19 - t20 - t35 - t42 - t43 - t45 - t47 - t48 - t49 - t0*t35) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.006859 + t67 + t68 + t80 + t81 + t82 - t58 - t59 - t60 - t62 - t64 - t66 - 4.0*t11 - 4.0*t12 - 4.0*t13 - 2.0*t77 + 8.0*t6 - 0.1539*t15 - 0.1539*t16 - 0.1539*t18 - 0.1539*t27 - 0.1539*t50 - 0.1539*t51 - 0.81*t30 - 0.81*t34 + (0.76)*t0 + (0.76)*t1 + (0.76)*t2 + (0.19)*t31 + (1.62)*t44 + (1.62)*t46 + (1.62)*t74 + (0.0722)*in_A_0 + (0.0722)*in_A_4 + (0.0722)*in_A_8 + (0.0361)*t14 + (0.0361)*t24 + (0.0361)*t52 + in_A_2*t75 + in_A_6*t75 + in_A_8*t67 + in_A_8*t68 + t0*t67 + t0*t68 + t0*t82 + t1*t67 + t1*t68 + t1*t81 + t10*t17 + t10*t38 + t12*t63 + t12*t65 + t13*t35 + t13*t65 + t14*t22 + t14*t61 + t14*t71 + t17*t8 + t2*t67 + t2*t68 + t2*t80 + t21*t24 + t21*t52 + t22*t52 + t23*t24 + t23*t52 + t24*t61 + t24*t70 + t25*t52 + t26*t50 + t28*t51 + t29*t52 + t29*t69 + t30*t51 + t31*t52 + t31*t69 + t32*t51 + t33*t50 + t34*t50 + t36*t52 + t37*t51 + t38*t8 + t39*t52 + t40*t50 + t41*t52 + t42*t5 + t44*t53 + t46*t54 + t5*t80 + t53*t84 + t54*t85 + t55*t74 + t6*t67 + t6*t68 + t72*t73 - in_A_8*t59 - in_A_8*t60 - in_A_8*t64 - in_A_8*t66 - t0*t58 - t0*t62 - t1*t59 - t1*t64 - t14*t56 - t15*t55 - t16*t19 - t16*t54 - t16*t56 - t18*t55 - t19*t51 - t19*t52 - t2*t60 - t2*t66 - t20*t27 - t20*t50 - t20*t52 - t21*t3 - t21*t4 - t22*t3 - t22*t5 - t24*t57 - t27*t53 - t27*t57 - t3*t70 - t3*t71 - t3*t86 - t36*t4 - t37*t84 - t39*t5 - t4*t41 - t4*t71 - t4*t86 - t40*t85 - t41*t5 - t42*t52 - t43*t52 - t45*t51 - t47*t50 - t48*t51 - t49*t50 - t5*t70 - t5*t86 - t50*t54 - t51*t53 - t69*t77 - t78*t79 + in_A_6*t55*t83 + t17*t4*t5 - in_A_2*t27*t78 - t16*t73*t76 - t69*t79*t83) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.3348424093995421 - t105) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.3348424093995421 - t118) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.3348424093995421 - 0.1488188486220187*(in_p_0)**2 - 0.1488188486220187*(in_p_1)**2 - 0.1488188486220187*(in_p_2)**2) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.3348424093995421 - t128) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t129) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t133) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t134) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t135) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t136) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t137) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t129) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t133) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t134) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t135) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t136) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t137) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    out = numpy.empty(batch + (81,))
    out[..., 0] = t145 + t153
    out[..., 1] = t145
    out[..., 2] = t153
    out[..., 3] = t156
    out[..., 4] = t157
    out[..., 5] = t158
    out[..., 6] = t161
    out[..., 7] = t162
    out[..., 8] = t163
    out[..., 9] = t145
    out[..., 10] = -t141 - t169 - t170 + 0.0004190866478413456*t113*t138
    out[..., 11] = t171
    out[..., 12] = t157
    out[..., 13] = t173
    out[..., 14] = t174
    out[..., 15] = t162
    out[..., 16] = t176
    out[..., 17] = t177
    out[..., 18] = t153
    out[..., 19] = t171
    out[..., 20] = -t149 - t169 - t178 + 0.0004190866478413456*t146*t98
    out[..., 21] = t158
    out[..., 22] = t174
    out[..., 23] = t179
    out[..., 24] = t163
    out[..., 25] = t177
    out[..., 26] = t180
    out[..., 27] = t156
    out[..., 28] = t157
    out[..., 29] = t158
    out[..., 30] = -t170 - t181 - t182 + 0.0004190866478413456*t117*t138
    out[..., 31] = t183
    out[..., 32] = t184
    out[..., 33] = t187
    out[..., 34] = t188
    out[..., 35] = t189
    out[..., 36] = t157
    out[..., 37] = t173
    out[..., 38] = t174
    out[..., 39] = t183
    out[..., 40] = t183 + t193
    out[..., 41] = t193
    out[..., 42] = t188
    out[..., 43] = t195
    out[..., 44] = t196
    out[..., 45] = t158
    out[..., 46] = t174
    out[..., 47] = t179
    out[..., 48] = t184
    out[..., 49] = t193
    out[..., 50] = -t168 - t182 - t191 + 0.0004190866478413456*t124*t165
    out[..., 51] = t189
    out[..., 52] = t196
    out[..., 53] = t197
    out[..., 54] = t161
    out[..., 55] = t162
    out[..., 56] = t163
    out[..., 57] = t187
    out[..., 58] = t188
    out[..., 59] = t189
    out[..., 60] = -t178 - t198 - t199 + 0.0004190866478413456*t104*t146
    out[..., 61] = t200
    out[..., 62] = t201
    out[..., 63] = t162
    out[..., 64] = t176
    out[..., 65] = t177
    out[..., 66] = t188
    out[..., 67] = t195
    out[..., 68] = t196
    out[..., 69] = t200
    out[..., 70] = -t168 - t199 - t202 + 0.0004190866478413456*t127*t165
    out[..., 71] = t203
    out[..., 72] = t163
    out[..., 73] = t177
    out[..., 74] = t180
    out[..., 75] = t189
    out[..., 76] = t196
    out[..., 77] = t197
    out[..., 78] = t201
    out[..., 79] = t203
    out[..., 80] = t201 + t203
    return out.reshape(batch + (3, 3, 3, 3,))


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
    t0 = in_A_0*in_A_4
    t1 = in_A_0*in_A_8
    t2 = in_A_4*in_A_8
    t3 = in_A_1*in_A_3
    t4 = in_A_2*in_A_6
    t5 = in_A_5*in_A_7
    t6 = in_A_8*t0
    t7 = in_A_1*in_A_6
    t8 = in_A_5*t7
    t9 = in_A_3*in_A_7
    t10 = in_A_2*t9
    t11 = in_A_0*t5
    t12 = in_A_8*t3
    t13 = in_A_4*t4
    t14 = (in_A_0)**2
    t15 = (in_A_3)**2
    t16 = (in_A_6)**2
    t17 = 2.0*in_A_0
    t18 = (in_A_1)**2
    t19 = (0.81)*t18
    t20 = (0.81)*t15
    t21 = (0.38)*in_A_0
    t22 = (0.38)*in_A_4
    t23 = (0.19)*t14
    t24 = (in_A_4)**2
    t25 = (0.19)*t24
    t26 = (0.19)*t16
    t27 = (in_A_7)**2
    t28 = (0.19)*t27
    t29 = t14*t24
    t30 = t14*t27
    t31 = t15*t18
    t32 = t16*t18
    t33 = t15*t27
    t34 = t16*t24
    t35 = 2.0*t3
    t36 = t17*t24
    t37 = t17*t27
    t38 = 2.0*in_A_4
    t39 = t14*t38
    t40 = t16*t38
    t41 = 4.0*t0
    t42 = t17*t3
    t43 = in_A_4*t35
    t44 = in_A_7*t7
    t45 = 2.0*t44
    t46 = in_A_6*t9
    t47 = 2.0*t46
    t48 = t17*t44
    t49 = t38*t46
    t50 = (in_A_2)**2
    t51 = (in_A_5)**2
    t52 = (in_A_8)**2
    t53 = (1.62)*in_A_0
    t54 = (1.62)*in_A_4
    t55 = (1.62)*in_A_8
    t56 = (0.81)*t51
    t57 = (0.81)*t50
    t58 = (0.38)*t3
    t59 = (0.38)*t4
    t60 = (0.38)*t5
    t61 = (0.38)*in_A_8
    t62 = t35*t52
    t63 = 2.0*t4
    t64 = t24*t63
    t65 = 2.0*t5
    t66 = t14*t65
    t67 = 2.0*t8
    t68 = 2.0*t10
    t69 = 2.0*in_A_8
    t70 = 4.0*t1
    t71 = 4.0*t2
    t72 = (1.62)*in_A_5
    t73 = in_A_1*in_A_2
    t74 = in_A_7*t73
    t75 = in_A_3*t72
    t76 = 2.0*in_A_5
    t77 = t15*t74
    t78 = in_A_3*t76
    t79 = in_A_6*t18
    t80 = t35*t4
    t81 = t35*t5
    t82 = t5*t63
    t83 = in_A_3*in_A_5
    t84 = in_A_2*t83
    t85 = in_A_5*t73
    t86 = 4.0*t6
    t87 = -0.38577046105426305*in_p_1
    t88 = (0.5)*in_A_3
    t89 = (0.5)*in_A_5
    t90 = t88 + t89
    t91 = -t87 - t90
    t92 = -0.38577046105426305*in_p_0
    t93 = (0.5)*in_A_2
    t94 = 0.5 + (0.5)*in_A_0
    t95 = t93 + t94
    t96 = -t92 - t95
    t97 = -0.38577046105426305*in_p_2
    t98 = (0.5)*in_A_6
    t99 = 0.5 + (0.5)*in_A_8
    t100 = t98 + t99
    t101 = -t100 - t97
    t102 = (t101)**2 + (t91)**2 + (t96)**2
    t103 = (0.5)*in_A_7
    t104 = t103 + t98
    t105 = -t104 - t97
    t106 = (0.5)*in_A_1
    t107 = t106 + t94
    t108 = -t107 - t92
    t109 = 0.5 + (0.5)*in_A_4
    t110 = t109 + t88
    t111 = -t110 - t87
    t112 = (t105)**2 + (t108)**2 + (t111)**2
    t113 = 0.1488188486220187*(in_p_0)**2 + 0.1488188486220187*(in_p_1)**2 + 0.1488188486220187*(in_p_2)**2
    t114 = t106 + t93
    t115 = -t114 - t92
    t116 = t109 + t89
    t117 = -t116 - t87
    t118 = t103 + t99
    t119 = -t118 - t97
    t120 = (t115)**2 + (t117)**2 + (t119)**2
    t121 = -0.3348424093995421 + (t104)**2 + (t107)**2 + (t110)**2
    t122 = -t93
    t123 = -t103
    t124 = -t89
    t125 = -0.3348424093995421 + (t123 + t99)**2 + (-t106 - t122)**2 + (-t109 - t124)**2
    t126 = -0.3348424093995421 + (t100)**2 + (t90)**2 + (t95)**2
    t127 = -0.3348424093995421 + (t106 - t94)**2 + (t109 - t88)**2 + (-t123 - t98)**2
    t128 = -0.3348424093995421 + (t99 - t98)**2 + (-t122 - t94)**2 + (-t124 - t88)**2
    t129 = -0.3348424093995421 + (t114)**2 + (t116)**2 + (t118)**2
    t130 = 0.002703272982955391/(t113)**4
    t131 = 0.007007464945780659/(t120)**4
    t132 = 0.007007464945780659/(t102)**4
    t133 = 0.007007464945780659/(t112)**4
    t134 = 1.7819426401317277e-05/(t113)**7
    t135 = 4.619178553126899e-05/(t120)**7
    t136 = 4.619178553126899e-05/(t102)**7
    t137 = 4.619178553126899e-05/(t112)**7
    if not numpy.all(numpy.asarray(1.0 + in_A_0 + in_A_4 + in_A_8 + t0 + t1 + t10 + t2 + t6 + t8 - t11 - t12 - t13 - t3 - t4 - t5) > 0):
        raise ValueError("det(I + A) must be positive (the deformation inverts the crystal)")
    if not numpy.all(numpy.asarray(0.0087890625 - (-0.6480537657465552 + in_p_0 - 0.6480537657465552*in_A_0 - 0.6480537657465552*in_A_1 - 0.6480537657465552*in_A_2)**2 - (-0.6480537657465552 + in_p_1 - 0.6480537657465552*in_A_3 - 0.6480537657465552*in_A_4 - 0.6480537657465552*in_A_5)**2 - (-0.6480537657465552 + in_p_2 - 0.6480537657465552*in_A_6 - 0.6480537657465552*in_A_7 - 0.6480537657465552*in_A_8)**2) > 0):
        raise ValueError("shift p1 moved more than 0.0938 from its affine position (outside the range where the neighbour set is valid)")
    if not numpy.all(numpy.asarray(0.19 + t14 + t15 + t16 + t17) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.0361 + t21 + t22 + t23 + t25 + t26 + t28 + t29 + t30 + t31 + t32 + t33 + t34 + t36 + t37 + t39 + t40 + t41 - t19 - t20 - t35 - t42 - t43 - t45 - t47 - t48 - t49 - t0*t35) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.006859 + t67 + t68 + t80 + t81 + t82 - t58 - t59 - t60 - t62 - t64 - t66 - 4.0*t11 - 4.0*t12 - 4.0*t13 - 2.0*t77 + 8.0*t6 - 0.1539*t15 - 0.1539*t16 - 0.1539*t18 - 0.1539*t27 - 0.1539*t50 - 0.1539*t51 - 0.81*t30 - 0.81*t34 + (0.76)*t0 + (0.76)*t1 + (0.76)*t2 + (0.19)*t31 + (1.62)*t44 + (1.62)*t46 + (1.62)*t74 + (0.0722)*in_A_0 + (0.0722)*in_A_4 + (0.0722)*in_A_8 + (0.0361)*t14 + (0.0361)*t24 + (0.0361)*t52 + in_A_2*t75 + in_A_6*t75 + in_A_8*t67 + in_A_8*t68 + t0*t67 + t0*t68 + t0*t82 + t1*t67 + t1*t68 + t1*t81 + t10*t17 + t10*t38 + t12*t63 + t12*t65 + t13*t35 + t13*t65 + t14*t22 + t14*t61 + t14*t71 + t17*t8 + t2*t67 + t2*t68 + t2*t80 + t21*t24 + t21*t52 + t22*t52 + t23*t24 + t23*t52 + t24*t61 + t24*t70 + t25*t52 + t26*t50 + t28*t51 + t29*t52 + t29*t69 + t30*t51 + t31*t52 + t31*t69 + t32*t51 + t33*t50 + t34*t50 + t36*t52 + t37*t51 + t38*t8 + t39*t52 + t40*t50 + t41*t52 + t42*t5 + t44*t53 + t46*t54 + t5*t80 + t53*t84 + t54*t85 + t55*t74 + t6*t67 + t6*t68 + t72*t73 - in_A_8*t59 - in_A_8*t60 - in_A_8*t64 - in_A_8*t66 - t0*t58 - t0*t62 - t1*t59 - t1*t64 - t14*t56 - t15*t55 - t16*t19 - t16*t54 - t16*t56 - t18*t55 - t19*t51 - t19*t52 - t2*t60 - t2*t66 - t20*t27 - t20*t50 - t20*t52 - t21*t3 - t21*t4 - t22*t3 - t22*t5 - t24*t57 - t27*t53 - t27*t57 - t3*t70 - t3*t71 - t3*t86 - t36*t4 - t37*t84 - t39*t5 - t4*t41 - t4*t71 - t4*t86 - t40*t85 - t41*t5 - t42*t52 - t43*t52 - t45*t51 - t47*t50 - t48*t51 - t49*t50 - t5*t70 - t5*t86 - t50*t54 - t51*t53 - t69*t77 - t78*t79 + in_A_6*t55*t83 + t17*t4*t5 - in_A_2*t27*t78 - t16*t73*t76 - t69*t79*t83) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.3348424093995421 - t102) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.3348424093995421 - t112) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.3348424093995421 - t113) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.3348424093995421 - t120) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t121) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t125) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t126) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t127) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t128) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t129) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t121) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t125) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t126) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t127) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t128) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t129) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    out = numpy.empty(batch + (3,))
    out[..., 0] = in_p_0*t130 + t108*t133 + t115*t131 + t132*t96 - in_p_0*t134 - t108*t137 - t115*t135 - t136*t96
    out[..., 1] = in_p_1*t130 + t111*t133 + t117*t131 + t132*t91 - in_p_1*t134 - t111*t137 - t117*t135 - t136*t91
    out[..., 2] = in_p_2*t130 + t101*t132 + t105*t133 + t119*t131 - in_p_2*t134 - t101*t136 - t105*t137 - t119*t135
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
    t0 = in_A_0*in_A_4
    t1 = in_A_0*in_A_8
    t2 = in_A_4*in_A_8
    t3 = in_A_1*in_A_3
    t4 = in_A_2*in_A_6
    t5 = in_A_5*in_A_7
    t6 = in_A_8*t0
    t7 = in_A_1*in_A_6
    t8 = in_A_5*t7
    t9 = in_A_3*in_A_7
    t10 = in_A_2*t9
    t11 = in_A_0*t5
    t12 = in_A_8*t3
    t13 = in_A_4*t4
    t14 = (in_A_0)**2
    t15 = (in_A_3)**2
    t16 = (in_A_6)**2
    t17 = 2.0*in_A_0
    t18 = (in_A_1)**2
    t19 = (0.81)*t18
    t20 = (0.81)*t15
    t21 = (0.38)*in_A_0
    t22 = (0.38)*in_A_4
    t23 = (0.19)*t14
    t24 = (in_A_4)**2
    t25 = (0.19)*t24
    t26 = (0.19)*t16
    t27 = (in_A_7)**2
    t28 = (0.19)*t27
    t29 = t14*t24
    t30 = t14*t27
    t31 = t15*t18
    t32 = t16*t18
    t33 = t15*t27
    t34 = t16*t24
    t35 = 2.0*t3
    t36 = t17*t24
    t37 = t17*t27
    t38 = 2.0*in_A_4
    t39 = t14*t38
    t40 = t16*t38
    t41 = 4.0*t0
    t42 = t17*t3
    t43 = in_A_4*t35
    t44 = in_A_7*t7
    t45 = 2.0*t44
    t46 = in_A_6*t9
    t47 = 2.0*t46
    t48 = t17*t44
    t49 = t38*t46
    t50 = (in_A_2)**2
    t51 = (in_A_5)**2
    t52 = (in_A_8)**2
    t53 = (1.62)*in_A_0
    t54 = (1.62)*in_A_4
    t55 = (1.62)*in_A_8
    t56 = (0.81)*t51
    t57 = (0.81)*t50
    t58 = (0.38)*t3
    t59 = (0.38)*t4
    t60 = (0.38)*t5
    t61 = (0.38)*in_A_8
    t62 = t35*t52
    t63 = 2.0*t4
    t64 = t24*t63
    t65 = 2.0*t5
    t66 = t14*t65
    t67 = 2.0*t8
    t68 = 2.0*t10
    t69 = 2.0*in_A_8
    t70 = 4.0*t1
    t71 = 4.0*t2
    t72 = (1.62)*in_A_5
    t73 = in_A_1*in_A_2
    t74 = in_A_7*t73
    t75 = in_A_3*t72
    t76 = 2.0*in_A_5
    t77 = t15*t74
    t78 = in_A_3*t76
    t79 = in_A_6*t18
    t80 = t35*t4
    t81 = t35*t5
    t82 = t5*t63
    t83 = in_A_3*in_A_5
    t84 = in_A_2*t83
    t85 = in_A_5*t73
    t86 = 4.0*t6
    t87 = -0.38577046105426305*in_p_1
    t88 = (0.5)*in_A_3
    t89 = (0.5)*in_A_5
    t90 = t88 + t89
    t91 = -t87 - t90
    t92 = (t91)**2
    t93 = -0.38577046105426305*in_p_0
    t94 = (0.5)*in_A_2
    t95 = 0.5 + (0.5)*in_A_0
    t96 = t94 + t95
    t97 = -t93 - t96
    t98 = (t97)**2
    t99 = -0.38577046105426305*in_p_2
    t100 = (0.5)*in_A_6
    t101 = 0.5 + (0.5)*in_A_8
    t102 = t100 + t101
    t103 = -t102 - t99
    t104 = (t103)**2
    t105 = t104 + t92 + t98
    t106 = (0.5)*in_A_7
    t107 = t100 + t106
    t108 = -t107 - t99
    t109 = (t108)**2
    t110 = (0.5)*in_A_1
    t111 = t110 + t95
    t112 = -t111 - t93
    t113 = (t112)**2
    t114 = 0.5 + (0.5)*in_A_4
    t115 = t114 + t88
    t116 = -t115 - t87
    t117 = (t116)**2
    t118 = t109 + t113 + t117
    t119 = (in_p_0)**2
    t120 = (in_p_1)**2
    t121 = (in_p_2)**2
    t122 = 0.1488188486220187*t119 + 0.1488188486220187*t120 + 0.1488188486220187*t121
    t123 = t110 + t94
    t124 = -t123 - t93
    t125 = (t124)**2
    t126 = t114 + t89
    t127 = -t126 - t87
    t128 = (t127)**2
    t129 = t101 + t106
    t130 = -t129 - t99
    t131 = (t130)**2
    t132 = t125 + t128 + t131
    t133 = -0.3348424093995421 + (t107)**2 + (t111)**2 + (t115)**2
    t134 = -t94
    t135 = -t106
    t136 = -t89
    t137 = -0.3348424093995421 + (t101 + t135)**2 + (-t110 - t134)**2 + (-t114 - t136)**2
    t138 = -0.3348424093995421 + (t102)**2 + (t90)**2 + (t96)**2
    t139 = -0.3348424093995421 + (t110 - t95)**2 + (t114 - t88)**2 + (-t100 - t135)**2
    t140 = -0.3348424093995421 + (t101 - t100)**2 + (-t134 - t95)**2 + (-t136 - t88)**2
    t141 = -0.3348424093995421 + (t123)**2 + (t126)**2 + (t129)**2
    t142 = 0.02162618386364313/(t132)**5
    t143 = 0.02162618386364313/(t105)**5
    t144 = 0.02162618386364313/(t118)**5
    t145 = 0.0032183837826754505/(t122)**5
    t146 = (t132)**-8
    t147 = (t105)**-8
    t148 = (t118)**-8
    t149 = (t122)**-8
    t150 = 1.7819426401317277e-05/(t105)**7 + 1.7819426401317277e-05/(t118)**7 + 1.7819426401317277e-05/(t122)**7 + 1.7819426401317277e-05/(t132)**7 - 0.002703272982955391/(t105)**4 - 0.002703272982955391/(t118)**4 - 0.002703272982955391/(t122)**4 - 0.002703272982955391/(t132)**4
    t151 = -in_p_0*in_p_1*t145 - t112*t116*t144 - t124*t127*t142 - t143*t91*t97 + 0.0002494719696184419*t112*t116*t148 + 0.0002494719696184419*t124*t127*t146 + 0.0002494719696184419*t147*t91*t97 + 3.712613128208375e-05*in_p_0*in_p_1*t149
    t152 = -in_p_0*in_p_2*t145 - t103*t143*t97 - t108*t112*t144 - t124*t130*t142 + 0.0002494719696184419*t103*t147*t97 + 0.0002494719696184419*t108*t112*t148 + 0.0002494719696184419*t124*t130*t146 + 3.712613128208375e-05*in_p_0*in_p_2*t149
    t153 = -in_p_1*in_p_2*t145 - t103*t143*t91 - t108*t116*t144 - t127*t130*t142 + 0.0002494719696184419*t103*t147*t91 + 0.0002494719696184419*t108*t116*t148 + 0.0002494719696184419*t127*t130*t146 + 3.712613128208375e-05*in_p_1*in_p_2*t149
    if not numpy.all(numpy.asarray(1.0 + in_A_0 + in_A_4 + in_A_8 + t0 + t1 + t10 + t2 + t6 + t8 - t11 - t12 - t13 - t3 - t4 - t5) > 0):
        raise ValueError("det(I + A) must be positive (the deformation inverts the crystal)")
    if not numpy.all(numpy.asarray(0.0087890625 - (-0.6480537657465552 + in_p_0 - 0.6480537657465552*in_A_0 - 0.6480537657465552*in_A_1 - 0.6480537657465552*in_A_2)**2 - (-0.6480537657465552 + in_p_1 - 0.6480537657465552*in_A_3 - 0.6480537657465552*in_A_4 - 0.6480537657465552*in_A_5)**2 - (-0.6480537657465552 + in_p_2 - 0.6480537657465552*in_A_6 - 0.6480537657465552*in_A_7 - 0.6480537657465552*in_A_8)**2) > 0):
        raise ValueError("shift p1 moved more than 0.0938 from its affine position (outside the range where the neighbour set is valid)")
    if not numpy.all(numpy.asarray(0.19 + t14 + t15 + t16 + t17) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.0361 + t21 + t22 + t23 + t25 + t26 + t28 + t29 + t30 + t31 + t32 + t33 + t34 + t36 + t37 + t39 + t40 + t41 - t19 - t20 - t35 - t42 - t43 - t45 - t47 - t48 - t49 - t0*t35) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.006859 + t67 + t68 + t80 + t81 + t82 - t58 - t59 - t60 - t62 - t64 - t66 - 4.0*t11 - 4.0*t12 - 4.0*t13 - 2.0*t77 + 8.0*t6 - 0.1539*t15 - 0.1539*t16 - 0.1539*t18 - 0.1539*t27 - 0.1539*t50 - 0.1539*t51 - 0.81*t30 - 0.81*t34 + (0.76)*t0 + (0.76)*t1 + (0.76)*t2 + (0.19)*t31 + (1.62)*t44 + (1.62)*t46 + (1.62)*t74 + (0.0722)*in_A_0 + (0.0722)*in_A_4 + (0.0722)*in_A_8 + (0.0361)*t14 + (0.0361)*t24 + (0.0361)*t52 + in_A_2*t75 + in_A_6*t75 + in_A_8*t67 + in_A_8*t68 + t0*t67 + t0*t68 + t0*t82 + t1*t67 + t1*t68 + t1*t81 + t10*t17 + t10*t38 + t12*t63 + t12*t65 + t13*t35 + t13*t65 + t14*t22 + t14*t61 + t14*t71 + t17*t8 + t2*t67 + t2*t68 + t2*t80 + t21*t24 + t21*t52 + t22*t52 + t23*t24 + t23*t52 + t24*t61 + t24*t70 + t25*t52 + t26*t50 + t28*t51 + t29*t52 + t29*t69 + t30*t51 + t31*t52 + t31*t69 + t32*t51 + t33*t50 + t34*t50 + t36*t52 + t37*t51 + t38*t8 + t39*t52 + t40*t50 + t41*t52 + t42*t5 + t44*t53 + t46*t54 + t5*t80 + t53*t84 + t54*t85 + t55*t74 + t6*t67 + t6*t68 + t72*t73 - in_A_8*t59 - in_A_8*t60 - in_A_8*t64 - in_A_8*t66 - t0*t58 - t0*t62 - t1*t59 - t1*t64 - t14*t56 - t15*t55 - t16*t19 - t16*t54 - t16*t56 - t18*t55 - t19*t51 - t19*t52 - t2*t60 - t2*t66 - t20*t27 - t20*t50 - t20*t52 - t21*t3 - t21*t4 - t22*t3 - t22*t5 - t24*t57 - t27*t53 - t27*t57 - t3*t70 - t3*t71 - t3*t86 - t36*t4 - t37*t84 - t39*t5 - t4*t41 - t4*t71 - t4*t86 - t40*t85 - t41*t5 - t42*t52 - t43*t52 - t45*t51 - t47*t50 - t48*t51 - t49*t50 - t5*t70 - t5*t86 - t50*t54 - t51*t53 - t69*t77 - t78*t79 + in_A_6*t55*t83 + t17*t4*t5 - in_A_2*t27*t78 - t16*t73*t76 - t69*t79*t83) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.3348424093995421 - t105) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.3348424093995421 - t118) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.3348424093995421 - t122) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.3348424093995421 - t132) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t133) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t137) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t138) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t139) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t140) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t141) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t133) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t137) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t138) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t139) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t140) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t141) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    out = numpy.empty(batch + (9,))
    out[..., 0] = -t150 - t113*t144 - t119*t145 - t125*t142 - t143*t98 + 0.0002494719696184419*t113*t148 + 0.0002494719696184419*t125*t146 + 0.0002494719696184419*t147*t98 + 3.712613128208375e-05*t119*t149
    out[..., 1] = t151
    out[..., 2] = t152
    out[..., 3] = t151
    out[..., 4] = -t150 - t117*t144 - t120*t145 - t128*t142 - t143*t92 + 0.0002494719696184419*t117*t148 + 0.0002494719696184419*t128*t146 + 0.0002494719696184419*t147*t92 + 3.712613128208375e-05*t120*t149
    out[..., 5] = t153
    out[..., 6] = t152
    out[..., 7] = t153
    out[..., 8] = -t150 - t104*t143 - t109*t144 - t121*t145 - t131*t142 + 0.0002494719696184419*t104*t147 + 0.0002494719696184419*t109*t148 + 0.0002494719696184419*t131*t146 + 3.712613128208375e-05*t121*t149
    return out.reshape(batch + (1, 3, 1, 3,))
