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
    t14 = 1.0 + in_A_0
    t15 = (in_A_0)**2
    t16 = 2.0*in_A_0
    t17 = (in_A_3)**2
    t18 = (in_A_6)**2
    t19 = t17 + t18
    t20 = (in_A_1)**2
    t21 = (0.81)*t20
    t22 = (0.81)*t17
    t23 = (0.38)*in_A_0
    t24 = (0.38)*in_A_4
    t25 = (0.19)*t15
    t26 = (in_A_4)**2
    t27 = (0.19)*t26
    t28 = (0.19)*t18
    t29 = (in_A_7)**2
    t30 = (0.19)*t29
    t31 = t15*t26
    t32 = t15*t29
    t33 = t17*t20
    t34 = t18*t20
    t35 = t17*t29
    t36 = t18*t26
    t37 = 2.0*t3
    t38 = t16*t26
    t39 = t16*t29
    t40 = 2.0*in_A_4
    t41 = t15*t40
    t42 = t18*t40
    t43 = 4.0*t0
    t44 = t16*t3
    t45 = in_A_4*t37
    t46 = in_A_7*t7
    t47 = 2.0*t46
    t48 = in_A_6*t9
    t49 = 2.0*t48
    t50 = t16*t46
    t51 = t40*t48
    t52 = (in_A_2)**2
    t53 = (in_A_5)**2
    t54 = (in_A_8)**2
    t55 = (1.62)*in_A_0
    t56 = (1.62)*in_A_4
    t57 = (1.62)*in_A_8
    t58 = (0.81)*t53
    t59 = (0.81)*t52
    t60 = (0.38)*t3
    t61 = (0.38)*t4
    t62 = (0.38)*t5
    t63 = (0.38)*in_A_8
    t64 = t37*t54
    t65 = 2.0*t4
    t66 = t26*t65
    t67 = 2.0*t5
    t68 = t15*t67
    t69 = 2.0*t8
    t70 = 2.0*t10
    t71 = 2.0*in_A_8
    t72 = 4.0*t1
    t73 = 4.0*t2
    t74 = (1.62)*in_A_5
    t75 = in_A_1*in_A_2
    t76 = in_A_7*t75
    t77 = in_A_3*t74
    t78 = 2.0*in_A_5
    t79 = t17*t76
    t80 = in_A_3*t78
    t81 = in_A_6*t20
    t82 = t37*t4
    t83 = t37*t5
    t84 = t5*t65
    t85 = in_A_3*in_A_5
    t86 = in_A_2*t85
    t87 = in_A_5*t75
    t88 = 4.0*t6
    t89 = 1.632993161855452*in_A_2
    t90 = -0.8908987181403393*in_p_0
    t91 = t89 + t90
    t92 = 1.632993161855452*in_A_5
    t93 = -0.8908987181403393*in_p_1
    t94 = t92 + t93
    t95 = -0.8908987181403393*in_p_2
    t96 = 1.632993161855452*in_A_8
    t97 = 1.632993161855452 + t96
    t98 = t95 + t97
    t99 = (t91)**2 + (t94)**2 + (t98)**2
    t100 = 0.7937005259840997*(in_p_0)**2 + 0.7937005259840997*(in_p_1)**2 + 0.7937005259840997*(in_p_2)**2
    t101 = (0.5)*in_A_6
    t102 = 0.8660254037844386*in_A_7
    t103 = t101 - t102
    t104 = 0.8660254037844386*in_A_1
    t105 = 0.5 + (0.5)*in_A_0
    t106 = t105 - t104
    t107 = (0.5)*in_A_3
    t108 = 0.8660254037844386*in_A_4
    t109 = 0.8660254037844386 + t108
    t110 = t109 - t107
    t111 = (t103)**2 + (t106)**2 + (t110)**2
    t112 = 1.7858261834642244 - t111
    t113 = t19 + (t14)**2
    t114 = 1.7858261834642244 - t113
    t115 = t101 + t102
    t116 = t104 + t105
    t117 = t107 + t109
    t118 = (t115)**2 + (t116)**2 + (t117)**2
    t119 = 1.7858261834642244 - t118
    t120 = (-t115 - t98)**2 + (-t116 - t91)**2 + (-t117 - t94)**2
    t121 = (-t115 - t95)**2 + (-t116 - t90)**2 + (-t117 - t93)**2
    t122 = -t89
    t123 = 0.8908987181403393*in_p_0
    t124 = t106 + t123
    t125 = (t122 + t124)**2 + (-t110 - t94)**2 + (t101 - t102 - t98)**2
    t126 = 0.8908987181403393*in_p_2
    t127 = 0.8908987181403393*in_p_1
    t128 = (t124)**2 + (t103 + t126)**2 + (-0.8660254037844386 + t107 + t127 - t108)**2
    t129 = 1.7320508075688772*in_A_1
    t130 = t95 + 1.7320508075688772*in_A_7
    t131 = 1.7320508075688772 + 1.7320508075688772*in_A_4
    t132 = in_A_6 + t95
    t133 = in_A_3 + t127
    t134 = t123 + t14
    t135 = in_A_6 + t126
    t136 = -1.7858261834642244 + (t97)**2 + 2.6666666666666665*t52 + 2.6666666666666665*t53
    if not numpy.all(numpy.asarray(in_A_4 + in_A_8 + t0 + t1 + t10 + t14 + t2 + t6 + t8 - t11 - t12 - t13 - t3 - t4 - t5) > 0):
        raise ValueError("det(I + A) must be positive (the deformation inverts the crystal)")
    if not numpy.all(numpy.asarray(0.0087890625 - (in_p_0 - 0.6480537657465552*in_A_1 - 0.916486424665735*in_A_2)**2 - (-0.6480537657465552 + in_p_1 - 0.6480537657465552*in_A_4 - 0.916486424665735*in_A_5)**2 - (-0.916486424665735 + in_p_2 - 0.6480537657465552*in_A_7 - 0.916486424665735*in_A_8)**2) > 0):
        raise ValueError("shift p1 moved more than 0.0938 from its affine position (outside the range where the neighbour set is valid)")
    if not numpy.all(numpy.asarray(0.19 + t15 + t16 + t19) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.0361 + t23 + t24 + t25 + t27 + t28 + t30 + t31 + t32 + t33 + t34 + t35 + t36 + t38 + t39 + t41 + t42 + t43 - t21 - t22 - t37 - t44 - t45 - t47 - t49 - t50 - t51 - t0*t37) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.006859 + t69 + t70 + t82 + t83 + t84 - t60 - t61 - t62 - t64 - t66 - t68 - 4.0*t11 - 4.0*t12 - 4.0*t13 - 2.0*t79 + 8.0*t6 - 0.1539*t17 - 0.1539*t18 - 0.1539*t20 - 0.1539*t29 - 0.1539*t52 - 0.1539*t53 - 0.81*t32 - 0.81*t36 + (0.76)*t0 + (0.76)*t1 + (0.76)*t2 + (0.19)*t33 + (1.62)*t46 + (1.62)*t48 + (1.62)*t76 + (0.0722)*in_A_0 + (0.0722)*in_A_4 + (0.0722)*in_A_8 + (0.0361)*t15 + (0.0361)*t26 + (0.0361)*t54 + in_A_2*t77 + in_A_6*t77 + in_A_8*t69 + in_A_8*t70 + t0*t69 + t0*t70 + t0*t84 + t1*t69 + t1*t70 + t1*t83 + t10*t16 + t10*t40 + t12*t65 + t12*t67 + t13*t37 + t13*t67 + t15*t24 + t15*t63 + t15*t73 + t16*t8 + t2*t69 + t2*t70 + t2*t82 + t23*t26 + t23*t54 + t24*t54 + t25*t26 + t25*t54 + t26*t63 + t26*t72 + t27*t54 + t28*t52 + t30*t53 + t31*t54 + t31*t71 + t32*t53 + t33*t54 + t33*t71 + t34*t53 + t35*t52 + t36*t52 + t38*t54 + t39*t53 + t40*t8 + t41*t54 + t42*t52 + t43*t54 + t44*t5 + t46*t55 + t48*t56 + t5*t82 + t55*t86 + t56*t87 + t57*t76 + t6*t69 + t6*t70 + t74*t75 - in_A_8*t61 - in_A_8*t62 - in_A_8*t66 - in_A_8*t68 - t0*t60 - t0*t64 - t1*t61 - t1*t66 - t15*t58 - t17*t57 - t18*t21 - t18*t56 - t18*t58 - t2*t62 - t2*t68 - t20*t57 - t21*t53 - t21*t54 - t22*t29 - t22*t52 - t22*t54 - t23*t3 - t23*t4 - t24*t3 - t24*t5 - t26*t59 - t29*t55 - t29*t59 - t3*t72 - t3*t73 - t3*t88 - t38*t4 - t39*t86 - t4*t43 - t4*t73 - t4*t88 - t41*t5 - t42*t87 - t43*t5 - t44*t54 - t45*t54 - t47*t53 - t49*t52 - t5*t72 - t5*t88 - t50*t53 - t51*t52 - t52*t56 - t53*t55 - t71*t79 - t80*t81 + in_A_6*t57*t85 + t16*t4*t5 - in_A_2*t29*t80 - t18*t75*t78 - t71*t81*t85) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(1.7858261834642244 - t99) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - t100) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t112) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t114) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t119) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - t120) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - t121) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - t125) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - t128) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t112) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t114) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t119) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + (-t129 - t91)**2 + (-t130 - t97)**2 + (-t131 - t94)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + (t130)**2 + (-t129 - t90)**2 + (-t131 - t93)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + (-in_A_3 - t94)**2 + (-t132 - t97)**2 + (-t14 - t91)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + (t132)**2 + (-in_A_3 - t93)**2 + (-t14 - t90)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + (t122 + t134)**2 + (t133 - t92)**2 + (-1.632993161855452 + t135 - t96)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + (t133)**2 + (t134)**2 + (t135)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t136) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t136) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    out = numpy.empty(batch + (1,))
    out[..., 0] = 0.5/(t100)**6 + 0.5/(t120)**6 + 0.5/(t121)**6 + 0.5/(t125)**6 + 0.5/(t128)**6 + 0.5/(t99)**6 + 1.0/(t111)**6 + 1.0/(t113)**6 + 1.0/(t118)**6 - 1.0/(t100)**3 - 1.0/(t120)**3 - 1.0/(t121)**3 - 1.0/(t125)**3 - 1.0/(t128)**3 - 1.0/(t99)**3 - 2.0/(t111)**3 - 2.0/(t113)**3 - 2.0/(t118)**3
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
    t14 = 1.0 + in_A_0
    t15 = (in_A_0)**2
    t16 = 2.0*in_A_0
    t17 = (in_A_3)**2
    t18 = (in_A_6)**2
    t19 = t17 + t18
    t20 = (in_A_1)**2
    t21 = (0.81)*t20
    t22 = (0.81)*t17
    t23 = (0.38)*in_A_0
    t24 = (0.38)*in_A_4
    t25 = (0.19)*t15
    t26 = (in_A_4)**2
    t27 = (0.19)*t26
    t28 = (0.19)*t18
    t29 = (in_A_7)**2
    t30 = (0.19)*t29
    t31 = t15*t26
    t32 = t15*t29
    t33 = t17*t20
    t34 = t18*t20
    t35 = t17*t29
    t36 = t18*t26
    t37 = 2.0*t3
    t38 = t16*t26
    t39 = t16*t29
    t40 = 2.0*in_A_4
    t41 = t15*t40
    t42 = t18*t40
    t43 = 4.0*t0
    t44 = t16*t3
    t45 = in_A_4*t37
    t46 = in_A_7*t7
    t47 = 2.0*t46
    t48 = in_A_6*t9
    t49 = 2.0*t48
    t50 = t16*t46
    t51 = t40*t48
    t52 = (in_A_2)**2
    t53 = (in_A_5)**2
    t54 = (in_A_8)**2
    t55 = (1.62)*in_A_0
    t56 = (1.62)*in_A_4
    t57 = (1.62)*in_A_8
    t58 = (0.81)*t53
    t59 = (0.81)*t52
    t60 = (0.38)*t3
    t61 = (0.38)*t4
    t62 = (0.38)*t5
    t63 = (0.38)*in_A_8
    t64 = t37*t54
    t65 = 2.0*t4
    t66 = t26*t65
    t67 = 2.0*t5
    t68 = t15*t67
    t69 = 2.0*t8
    t70 = 2.0*t10
    t71 = 2.0*in_A_8
    t72 = 4.0*t1
    t73 = 4.0*t2
    t74 = (1.62)*in_A_5
    t75 = in_A_1*in_A_2
    t76 = in_A_7*t75
    t77 = in_A_3*t74
    t78 = 2.0*in_A_5
    t79 = t17*t76
    t80 = in_A_3*t78
    t81 = in_A_6*t20
    t82 = t37*t4
    t83 = t37*t5
    t84 = t5*t65
    t85 = in_A_3*in_A_5
    t86 = in_A_2*t85
    t87 = in_A_5*t75
    t88 = 4.0*t6
    t89 = 1.632993161855452*in_A_2
    t90 = -0.8908987181403393*in_p_0
    t91 = t89 + t90
    t92 = -t91
    t93 = 1.632993161855452*in_A_5
    t94 = -0.8908987181403393*in_p_1
    t95 = t93 + t94
    t96 = -t95
    t97 = -0.8908987181403393*in_p_2
    t98 = 1.632993161855452*in_A_8
    t99 = 1.632993161855452 + t98
    t100 = t97 + t99
    t101 = -t100
    t102 = (t101)**2 + (t92)**2 + (t96)**2
    t103 = (0.5)*in_A_6
    t104 = 0.8660254037844386*in_A_7
    t105 = t103 - t104
    t106 = -t105
    t107 = 0.8660254037844386*in_A_1
    t108 = 0.5 + (0.5)*in_A_0
    t109 = t108 - t107
    t110 = -t109
    t111 = (0.5)*in_A_3
    t112 = 0.8660254037844386*in_A_4
    t113 = 0.8660254037844386 + t112
    t114 = t113 - t111
    t115 = (t106)**2 + (t110)**2 + (t114)**2
    t116 = 1.7858261834642244 - t115
    t117 = t19 + (t14)**2
    t118 = 1.7858261834642244 - t117
    t119 = t103 + t104
    t120 = t107 + t108
    t121 = t111 + t113
    t122 = (t119)**2 + (t120)**2 + (t121)**2
    t123 = 1.7858261834642244 - t122
    t124 = -t120 - t91
    t125 = -t100 - t119
    t126 = -t121 - t95
    t127 = (t124)**2 + (t125)**2 + (t126)**2
    t128 = -t119 - t97
    t129 = -t120 - t90
    t130 = -t121 - t94
    t131 = (t128)**2 + (t129)**2 + (t130)**2
    t132 = -t89
    t133 = 0.8908987181403393*in_p_0
    t134 = t109 + t133
    t135 = t132 + t134
    t136 = t103 - t100 - t104
    t137 = -t114 - t95
    t138 = (t135)**2 + (t136)**2 + (t137)**2
    t139 = 0.8908987181403393*in_p_2
    t140 = t105 + t139
    t141 = 0.8908987181403393*in_p_1
    t142 = -0.8660254037844386 + t111 + t141 - t112
    t143 = (t134)**2 + (t140)**2 + (t142)**2
    t144 = 1.7320508075688772*in_A_1
    t145 = t97 + 1.7320508075688772*in_A_7
    t146 = 1.7320508075688772 + 1.7320508075688772*in_A_4
    t147 = in_A_6 + t97
    t148 = in_A_3 + t141
    t149 = t133 + t14
    t150 = in_A_6 + t139
    t151 = -1.7858261834642244 + (t99)**2 + 2.6666666666666665*t52 + 2.6666666666666665*t53
    t152 = (t143)**-4
    t153 = 3.0*t134
    t154 = (t131)**-7
    t155 = 3.0*t129
    t156 = (t138)**-4
    t157 = 3.0*t135
    t158 = (t127)**-7
    t159 = 3.0*t124
    t160 = (t122)**-4
    t161 = 6.0*t120
    t162 = (t115)**-7
    t163 = 6.0*t110
    t164 = (t117)**-4
    t165 = 12.0*t14
    t166 = (t143)**-7
    t167 = (t131)**-4
    t168 = (t138)**-7
    t169 = (t127)**-4
    t170 = (t122)**-7
    t171 = (t115)**-4
    t172 = (t117)**-7
    t173 = 5.196152422706632*t134
    t174 = 5.196152422706632*t129
    t175 = 5.196152422706632*t135
    t176 = 5.196152422706632*t124
    t177 = 10.392304845413264*t120
    t178 = 10.392304845413264*t110
    t179 = (t102)**-4
    t180 = (t102)**-7
    t181 = 3.0*t142
    t182 = 3.0*t130
    t183 = 3.0*t137
    t184 = 3.0*t126
    t185 = 6.0*t121
    t186 = 6.0*t114
    t187 = 12.0*in_A_3
    t188 = 5.196152422706632*t142
    t189 = 5.196152422706632*t130
    t190 = 5.196152422706632*t137
    t191 = 5.196152422706632*t126
    t192 = 10.392304845413264*t121
    t193 = 10.392304845413264*t114
    t194 = 3.0*t140
    t195 = 3.0*t128
    t196 = 3.0*t136
    t197 = 3.0*t125
    t198 = 6.0*t119
    t199 = 6.0*t106
    t200 = 12.0*in_A_6
    t201 = 5.196152422706632*t140
    t202 = 5.196152422706632*t128
    t203 = 5.196152422706632*t136
    t204 = 5.196152422706632*t125
    t205 = 10.392304845413264*t119
    t206 = 10.392304845413264*t106
    if not numpy.all(numpy.asarray(in_A_4 + in_A_8 + t0 + t1 + t10 + t14 + t2 + t6 + t8 - t11 - t12 - t13 - t3 - t4 - t5) > 0):
        raise ValueError("det(I + A) must be positive (the deformation inverts the crystal)")
    if not numpy.all(numpy.asarray(0.0087890625 - (in_p_0 - 0.6480537657465552*in_A_1 - 0.916486424665735*in_A_2)**2 - (-0.6480537657465552 + in_p_1 - 0.6480537657465552*in_A_4 - 0.916486424665735*in_A_5)**2 - (-0.916486424665735 + in_p_2 - 0.6480537657465552*in_A_7 - 0.916486424665735*in_A_8)**2) > 0):
        raise ValueError("shift p1 moved more than 0.0938 from its affine position (outside the range where the neighbour set is valid)")
    if not numpy.all(numpy.asarray(0.19 + t15 + t16 + t19) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.0361 + t23 + t24 + t25 + t27 + t28 + t30 + t31 + t32 + t33 + t34 + t35 + t36 + t38 + t39 + t41 + t42 + t43 - t21 - t22 - t37 - t44 - t45 - t47 - t49 - t50 - t51 - t0*t37) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.006859 + t69 + t70 + t82 + t83 + t84 - t60 - t61 - t62 - t64 - t66 - t68 - 4.0*t11 - 4.0*t12 - 4.0*t13 - 2.0*t79 + 8.0*t6 - 0.1539*t17 - 0.1539*t18 - 0.1539*t20 - 0.1539*t29 - 0.1539*t52 - 0.1539*t53 - 0.81*t32 - 0.81*t36 + (0.76)*t0 + (0.76)*t1 + (0.76)*t2 + (0.19)*t33 + (1.62)*t46 + (1.62)*t48 + (1.62)*t76 + (0.0722)*in_A_0 + (0.0722)*in_A_4 + (0.0722)*in_A_8 + (0.0361)*t15 + (0.0361)*t26 + (0.0361)*t54 + in_A_2*t77 + in_A_6*t77 + in_A_8*t69 + in_A_8*t70 + t0*t69 + t0*t70 + t0*t84 + t1*t69 + t1*t70 + t1*t83 + t10*t16 + t10*t40 + t12*t65 + t12*t67 + t13*t37 + t13*t67 + t15*t24 + t15*t63 + t15*t73 + t16*t8 + t2*t69 + t2*t70 + t2*t82 + t23*t26 + t23*t54 + t24*t54 + t25*t26 + t25*t54 + t26*t63 + t26*t72 + t27*t54 + t28*t52 + t30*t53 + t31*t54 + t31*t71 + t32*t53 + t33*t54 + t33*t71 + t34*t53 + t35*t52 + t36*t52 + t38*t54 + t39*t53 + t40*t8 + t41*t54 + t42*t52 + t43*t54 + t44*t5 + t46*t55 + t48*t56 + t5*t82 + t55*t86 + t56*t87 + t57*t76 + t6*t69 + t6*t70 + t74*t75 - in_A_8*t61 - in_A_8*t62 - in_A_8*t66 - in_A_8*t68 - t0*t60 - t0*t64 - t1*t61 - t1*t66 - t15*t58 - t17*t57 - t18*t21 - t18*t56 - t18*t58 - t2*t62 - t2*t68 - t20*t57 - t21*t53 - t21*t54 - t22*t29 - t22*t52 - t22*t54 - t23*t3 - t23*t4 - t24*t3 - t24*t5 - t26*t59 - t29*t55 - t29*t59 - t3*t72 - t3*t73 - t3*t88 - t38*t4 - t39*t86 - t4*t43 - t4*t73 - t4*t88 - t41*t5 - t42*t87 - t43*t5 - t44*t54 - t45*t54 - t47*t53 - t49*t52 - t5*t72 - t5*t88 - t50*t53 - t51*t52 - t52*t56 - t53*t55 - t71*t79 - t80*t81 + in_A_6*t57*t85 + t16*t4*t5 - in_A_2*t29*t80 - t18*t75*t78 - t71*t81*t85) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(1.7858261834642244 - t102) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - 0.7937005259840997*(in_p_0)**2 - 0.7937005259840997*(in_p_1)**2 - 0.7937005259840997*(in_p_2)**2) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t116) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t118) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t123) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - t127) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - t131) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - t138) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - t143) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t116) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t118) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t123) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + (-t144 - t91)**2 + (-t145 - t99)**2 + (-t146 - t95)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + (t145)**2 + (-t144 - t90)**2 + (-t146 - t94)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + (-in_A_3 - t95)**2 + (-t14 - t91)**2 + (-t147 - t99)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + (t147)**2 + (-in_A_3 - t94)**2 + (-t14 - t90)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + (t132 + t149)**2 + (t148 - t93)**2 + (-1.632993161855452 + t150 - t98)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + (t148)**2 + (t149)**2 + (t150)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t151) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t151) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    out = numpy.empty(batch + (9,))
    out[..., 0] = t152*t153 + t154*t155 + t156*t157 + t158*t159 + t160*t161 + t162*t163 + t164*t165 - t153*t166 - t155*t167 - t157*t168 - t159*t169 - t161*t170 - t163*t171 - t165*t172
    out[..., 1] = t154*t174 + t158*t176 + t160*t177 + t166*t173 + t168*t175 + t171*t178 - t152*t173 - t156*t175 - t162*t178 - t167*t174 - t169*t176 - t170*t177
    out[..., 2] = 9.797958971132712*t124*t158 + 9.797958971132712*t135*t168 + 9.797958971132712*t180*t92 - 9.797958971132712*t124*t169 - 9.797958971132712*t135*t156 - 9.797958971132712*t179*t92
    out[..., 3] = t152*t181 + t154*t182 + t156*t183 + t158*t184 + t160*t185 + t162*t186 + t164*t187 - t166*t181 - t167*t182 - t168*t183 - t169*t184 - t170*t185 - t171*t186 - t172*t187
    out[..., 4] = t154*t189 + t158*t191 + t160*t192 + t166*t188 + t168*t190 + t171*t193 - t152*t188 - t156*t190 - t162*t193 - t167*t189 - t169*t191 - t170*t192
    out[..., 5] = 9.797958971132712*t126*t158 + 9.797958971132712*t137*t168 + 9.797958971132712*t180*t96 - 9.797958971132712*t126*t169 - 9.797958971132712*t137*t156 - 9.797958971132712*t179*t96
    out[..., 6] = t152*t194 + t154*t195 + t156*t196 + t158*t197 + t160*t198 + t162*t199 + t164*t200 - t166*t194 - t167*t195 - t168*t196 - t169*t197 - t170*t198 - t171*t199 - t172*t200
    out[..., 7] = t154*t202 + t158*t204 + t160*t205 + t166*t201 + t168*t203 + t171*t206 - t152*t201 - t156*t203 - t162*t206 - t167*t202 - t169*t204 - t170*t205
    out[..., 8] = 9.797958971132712*t101*t180 + 9.797958971132712*t125*t158 + 9.797958971132712*t136*t168 - 9.797958971132712*t101*t179 - 9.797958971132712*t125*t169 - 9.797958971132712*t136*t156
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
    t14 = 1.0 + in_A_0
    t15 = (in_A_0)**2
    t16 = 2.0*in_A_0
    t17 = (in_A_3)**2
    t18 = (in_A_6)**2
    t19 = t17 + t18
    t20 = (in_A_1)**2
    t21 = (0.81)*t20
    t22 = (0.81)*t17
    t23 = (0.38)*in_A_0
    t24 = (0.38)*in_A_4
    t25 = (0.19)*t15
    t26 = (in_A_4)**2
    t27 = (0.19)*t26
    t28 = (0.19)*t18
    t29 = (in_A_7)**2
    t30 = (0.19)*t29
    t31 = t15*t26
    t32 = t15*t29
    t33 = t17*t20
    t34 = t18*t20
    t35 = t17*t29
    t36 = t18*t26
    t37 = 2.0*t3
    t38 = t16*t26
    t39 = t16*t29
    t40 = 2.0*in_A_4
    t41 = t15*t40
    t42 = t18*t40
    t43 = 4.0*t0
    t44 = t16*t3
    t45 = in_A_4*t37
    t46 = in_A_7*t7
    t47 = 2.0*t46
    t48 = in_A_6*t9
    t49 = 2.0*t48
    t50 = t16*t46
    t51 = t40*t48
    t52 = (in_A_2)**2
    t53 = (in_A_5)**2
    t54 = (in_A_8)**2
    t55 = (1.62)*in_A_0
    t56 = (1.62)*in_A_4
    t57 = (1.62)*in_A_8
    t58 = (0.81)*t53
    t59 = (0.81)*t52
    t60 = (0.38)*t3
    t61 = (0.38)*t4
    t62 = (0.38)*t5
    t63 = (0.38)*in_A_8
    t64 = t37*t54
    t65 = 2.0*t4
    t66 = t26*t65
    t67 = 2.0*t5
    t68 = t15*t67
    t69 = 2.0*t8
    t70 = 2.0*t10
    t71 = 2.0*in_A_8
    t72 = 4.0*t1
    t73 = 4.0*t2
    t74 = (1.62)*in_A_5
    t75 = in_A_1*in_A_2
    t76 = in_A_7*t75
    t77 = in_A_3*t74
    t78 = 2.0*in_A_5
    t79 = t17*t76
    t80 = in_A_2*in_A_3
    t81 = in_A_3*in_A_6
    t82 = t20*t81
    t83 = t37*t4
    t84 = t37*t5
    t85 = t5*t65
    t86 = in_A_5*t80
    t87 = in_A_5*t75
    t88 = 4.0*t6
    t89 = 1.632993161855452*in_A_2
    t90 = -0.8908987181403393*in_p_0
    t91 = t89 + t90
    t92 = -t91
    t93 = (t92)**2
    t94 = 1.632993161855452*in_A_5
    t95 = -0.8908987181403393*in_p_1
    t96 = t94 + t95
    t97 = -t96
    t98 = (t97)**2
    t99 = -0.8908987181403393*in_p_2
    t100 = 1.632993161855452*in_A_8
    t101 = 1.632993161855452 + t100
    t102 = t101 + t99
    t103 = -t102
    t104 = (t103)**2
    t105 = t104 + t93 + t98
    t106 = (0.5)*in_A_6
    t107 = 0.8660254037844386*in_A_7
    t108 = t106 - t107
    t109 = -t108
    t110 = (t109)**2
    t111 = 0.8660254037844386*in_A_1
    t112 = 0.5 + (0.5)*in_A_0
    t113 = t112 - t111
    t114 = -t113
    t115 = (t114)**2
    t116 = (0.5)*in_A_3
    t117 = 0.8660254037844386*in_A_4
    t118 = 0.8660254037844386 + t117
    t119 = t118 - t116
    t120 = (t119)**2
    t121 = t110 + t115 + t120
    t122 = 1.7858261834642244 - t121
    t123 = (t14)**2
    t124 = t123 + t19
    t125 = 1.7858261834642244 - t124
    t126 = t106 + t107
    t127 = (t126)**2
    t128 = t111 + t112
    t129 = (t128)**2
    t130 = t116 + t118
    t131 = (t130)**2
    t132 = t127 + t129 + t131
    t133 = 1.7858261834642244 - t132
    t134 = -t128 - t91
    t135 = (t134)**2
    t136 = -t102 - t126
    t137 = (t136)**2
    t138 = -t130 - t96
    t139 = (t138)**2
    t140 = t135 + t137 + t139
    t141 = -t126 - t99
    t142 = (t141)**2
    t143 = -t128 - t90
    t144 = (t143)**2
    t145 = -t130 - t95
    t146 = (t145)**2
    t147 = t142 + t144 + t146
    t148 = -t89
    t149 = 0.8908987181403393*in_p_0
    t150 = t113 + t149
    t151 = t148 + t150
    t152 = (t151)**2
    t153 = t106 - t102 - t107
    t154 = (t153)**2
    t155 = -t119 - t96
    t156 = (t155)**2
    t157 = t152 + t154 + t156
    t158 = 0.8908987181403393*in_p_2
    t159 = t108 + t158
    t160 = (t159)**2
    t161 = (t150)**2
    t162 = 0.8908987181403393*in_p_1
    t163 = -0.8660254037844386 + t116 + t162 - t117
    t164 = (t163)**2
    t165 = t160 + t161 + t164
    t166 = 1.7320508075688772*in_A_1
    t167 = t99 + 1.7320508075688772*in_A_7
    t168 = 1.7320508075688772 + 1.7320508075688772*in_A_4
    t169 = in_A_6 + t99
    t170 = in_A_3 + t162
    t171 = t14 + t149
    t172 = in_A_6 + t158
    t173 = -1.7858261834642244 + (t101)**2 + 2.6666666666666665*t52 + 2.6666666666666665*t53
    t174 = (t165)**-5
    t175 = t161*t174
    t176 = (t147)**-5
    t177 = t144*t176
    t178 = (t157)**-5
    t179 = t152*t178
    t180 = (t140)**-5
    t181 = t135*t180
    t182 = (t132)**-5
    t183 = t129*t182
    t184 = (t121)**-5
    t185 = t115*t184
    t186 = 96.0/(t124)**5
    t187 = (t165)**-8
    t188 = (t147)**-8
    t189 = (t157)**-8
    t190 = (t140)**-8
    t191 = (t132)**-8
    t192 = (t121)**-8
    t193 = (t124)**-8
    t194 = (t165)**-7
    t195 = (t147)**-7
    t196 = (t157)**-7
    t197 = (t140)**-7
    t198 = (t132)**-7
    t199 = (t121)**-7
    t200 = (t165)**-4
    t201 = (t147)**-4
    t202 = (t157)**-4
    t203 = (t140)**-4
    t204 = (t132)**-4
    t205 = (t121)**-4
    t206 = 1.5*t194 + 1.5*t195 + 1.5*t196 + 1.5*t197 + 3.0*t198 + 3.0*t199 + 12.0/(t124)**7 - 1.5*t200 - 1.5*t201 - 1.5*t202 - 1.5*t203 - 3.0*t204 - 3.0*t205 - 12.0/(t124)**4
    t207 = t135*t190
    t208 = t152*t189
    t209 = 2.598076211353316*t194 + 2.598076211353316*t196 + 2.598076211353316*t201 + 2.598076211353316*t203 + 5.196152422706632*t199 + 5.196152422706632*t204 - 2.598076211353316*t195 - 2.598076211353316*t197 - 2.598076211353316*t200 - 2.598076211353316*t202 - 5.196152422706632*t198 - 5.196152422706632*t205
    t210 = t209 + 36.373066958946424*t207 + 20.784609690826528*t175 + 20.784609690826528*t179 + 41.569219381653056*t185 - 36.373066958946424*t208 - 20.784609690826528*t177 - 20.784609690826528*t181 - 41.569219381653056*t183 + 36.373066958946424*t144*t188 + 72.74613391789285*t129*t191 - 36.373066958946424*t161*t187 - 72.74613391789285*t115*t192
    t211 = 4.898979485566356*t197 + 4.898979485566356*t202 - 4.898979485566356*t196 - 4.898979485566356*t203
    t212 = -t211 - 68.58571279792898*t208 - 39.191835884530846*t181 + 68.58571279792898*t135*t190 + 39.191835884530846*t152*t178
    t213 = t150*t163
    t214 = t174*t213
    t215 = t143*t145
    t216 = t176*t215
    t217 = t151*t155
    t218 = t178*t217
    t219 = t134*t138
    t220 = t180*t219
    t221 = t128*t130
    t222 = t182*t221
    t223 = t114*t119
    t224 = t184*t223
    t225 = -12.0*t214 - 12.0*t216 - 12.0*t218 - 12.0*t220 - 24.0*t222 - 24.0*t224 - in_A_3*t14*t186 + 21.0*t134*t138*t190 + 21.0*t143*t145*t188 + 21.0*t150*t163*t187 + 21.0*t151*t155*t189 + 42.0*t114*t119*t192 + 42.0*t128*t130*t191 + 168.0*in_A_3*t14*t193
    t226 = t190*t219
    t227 = t189*t217
    t228 = 36.373066958946424*t226 + 20.784609690826528*t214 + 20.784609690826528*t218 + 41.569219381653056*t224 - 36.373066958946424*t227 - 20.784609690826528*t216 - 20.784609690826528*t220 - 41.569219381653056*t222 + 36.373066958946424*t188*t215 + 72.74613391789285*t191*t221 - 36.373066958946424*t187*t213 - 72.74613391789285*t192*t223
    t229 = 68.58571279792898*t226 + 39.191835884530846*t218 - 68.58571279792898*t227 - 39.191835884530846*t220
    t230 = t150*t159
    t231 = t174*t230
    t232 = t141*t143
    t233 = t176*t232
    t234 = t151*t153
    t235 = t178*t234
    t236 = t134*t136
    t237 = t180*t236
    t238 = t126*t128
    t239 = t182*t238
    t240 = t109*t114
    t241 = t184*t240
    t242 = -12.0*t231 - 12.0*t233 - 12.0*t235 - 12.0*t237 - 24.0*t239 - 24.0*t241 - in_A_6*t14*t186 + 21.0*t134*t136*t190 + 21.0*t141*t143*t188 + 21.0*t150*t159*t187 + 21.0*t151*t153*t189 + 42.0*t109*t114*t192 + 42.0*t126*t128*t191 + 168.0*in_A_6*t14*t193
    t243 = t190*t236
    t244 = t189*t234
    t245 = 36.373066958946424*t243 + 20.784609690826528*t231 + 20.784609690826528*t235 + 41.569219381653056*t241 - 36.373066958946424*t244 - 20.784609690826528*t233 - 20.784609690826528*t237 - 41.569219381653056*t239 + 36.373066958946424*t188*t232 + 72.74613391789285*t191*t238 - 36.373066958946424*t187*t230 - 72.74613391789285*t192*t240
    t246 = 68.58571279792898*t243 + 39.191835884530846*t235 - 68.58571279792898*t244 - 39.191835884530846*t237
    t247 = 4.5*t194 + 4.5*t195 + 4.5*t196 + 4.5*t197 + 9.0*t198 + 9.0*t199 - 4.5*t200 - 4.5*t201 - 4.5*t202 - 4.5*t203 - 9.0*t204 - 9.0*t205
    t248 = 8.48528137423857*t202 + 8.48528137423857*t203 - 8.48528137423857*t196 - 8.48528137423857*t197
    t249 = t248 + 118.79393923933998*t207 + 118.79393923933998*t208 - 67.88225099390856*t179 - 67.88225099390856*t181
    t250 = -36.0*t214 - 36.0*t216 - 36.0*t218 - 36.0*t220 - 72.0*t222 - 72.0*t224 + 63.0*t134*t138*t190 + 63.0*t143*t145*t188 + 63.0*t150*t163*t187 + 63.0*t151*t155*t189 + 126.0*t114*t119*t192 + 126.0*t128*t130*t191
    t251 = -67.88225099390856*t218 - 67.88225099390856*t220 + 118.79393923933998*t134*t138*t190 + 118.79393923933998*t151*t155*t189
    t252 = -36.0*t231 - 36.0*t233 - 36.0*t235 - 36.0*t237 - 72.0*t239 - 72.0*t241 + 63.0*t134*t136*t190 + 63.0*t141*t143*t188 + 63.0*t150*t159*t187 + 63.0*t151*t153*t189 + 126.0*t109*t114*t192 + 126.0*t126*t128*t191
    t253 = -67.88225099390856*t235 - 67.88225099390856*t237 + 118.79393923933998*t134*t136*t190 + 118.79393923933998*t151*t153*t189
    t254 = 127.99999999999999/(t105)**5
    t255 = (t105)**-8
    t256 = 15.999999999999998*t196 + 15.999999999999998*t197 + 15.999999999999998/(t105)**7 - 15.999999999999998*t202 - 15.999999999999998*t203 - 15.999999999999998/(t105)**4
    t257 = -127.99999999999999*t218 - 127.99999999999999*t220 - t254*t92*t97 + 223.99999999999997*t134*t138*t190 + 223.99999999999997*t151*t155*t189 + 223.99999999999997*t255*t92*t97
    t258 = -127.99999999999999*t235 - 127.99999999999999*t237 - t103*t254*t92 + 223.99999999999997*t103*t255*t92 + 223.99999999999997*t134*t136*t190 + 223.99999999999997*t151*t153*t189
    t259 = t164*t174
    t260 = t146*t176
    t261 = t156*t178
    t262 = t139*t180
    t263 = t131*t182
    t264 = t120*t184
    t265 = t139*t190
    t266 = t156*t189
    t267 = t209 + 36.373066958946424*t265 + 20.784609690826528*t259 + 20.784609690826528*t261 + 41.569219381653056*t264 - 36.373066958946424*t266 - 20.784609690826528*t260 - 20.784609690826528*t262 - 41.569219381653056*t263 + 36.373066958946424*t146*t188 + 72.74613391789285*t131*t191 - 36.373066958946424*t164*t187 - 72.74613391789285*t120*t192
    t268 = -t211 - 68.58571279792898*t266 - 39.191835884530846*t262 + 68.58571279792898*t139*t190 + 39.191835884530846*t156*t178
    t269 = t159*t163
    t270 = t174*t269
    t271 = t141*t145
    t272 = t176*t271
    t273 = t153*t155
    t274 = t178*t273
    t275 = t136*t138
    t276 = t180*t275
    t277 = t126*t130
    t278 = t182*t277
    t279 = t109*t119
    t280 = t184*t279
    t281 = -12.0*t270 - 12.0*t272 - 12.0*t274 - 12.0*t276 - 24.0*t278 - 24.0*t280 - t186*t81 + 21.0*t136*t138*t190 + 21.0*t141*t145*t188 + 21.0*t153*t155*t189 + 21.0*t159*t163*t187 + 42.0*t109*t119*t192 + 42.0*t126*t130*t191 + 168.0*in_A_3*in_A_6*t193
    t282 = t190*t275
    t283 = t189*t273
    t284 = 36.373066958946424*t282 + 20.784609690826528*t270 + 20.784609690826528*t274 + 41.569219381653056*t280 - 36.373066958946424*t283 - 20.784609690826528*t272 - 20.784609690826528*t276 - 41.569219381653056*t278 + 36.373066958946424*t188*t271 + 72.74613391789285*t191*t277 - 36.373066958946424*t187*t269 - 72.74613391789285*t192*t279
    t285 = 68.58571279792898*t282 + 39.191835884530846*t274 - 68.58571279792898*t283 - 39.191835884530846*t276
    t286 = t248 + 118.79393923933998*t265 + 118.79393923933998*t266 - 67.88225099390856*t261 - 67.88225099390856*t262
    t287 = -36.0*t270 - 36.0*t272 - 36.0*t274 - 36.0*t276 - 72.0*t278 - 72.0*t280 + 63.0*t136*t138*t190 + 63.0*t141*t145*t188 + 63.0*t153*t155*t189 + 63.0*t159*t163*t187 + 126.0*t109*t119*t192 + 126.0*t126*t130*t191
    t288 = -67.88225099390856*t274 - 67.88225099390856*t276 + 118.79393923933998*t136*t138*t190 + 118.79393923933998*t153*t155*t189
    t289 = -127.99999999999999*t274 - 127.99999999999999*t276 - t103*t254*t97 + 223.99999999999997*t103*t255*t97 + 223.99999999999997*t136*t138*t190 + 223.99999999999997*t153*t155*t189
    t290 = t160*t174
    t291 = t142*t176
    t292 = t154*t178
    t293 = t137*t180
    t294 = t127*t182
    t295 = t110*t184
    t296 = t137*t190
    t297 = t154*t189
    t298 = t209 + 36.373066958946424*t296 + 20.784609690826528*t290 + 20.784609690826528*t292 + 41.569219381653056*t295 - 36.373066958946424*t297 - 20.784609690826528*t291 - 20.784609690826528*t293 - 41.569219381653056*t294 + 36.373066958946424*t142*t188 + 72.74613391789285*t127*t191 - 36.373066958946424*t160*t187 - 72.74613391789285*t110*t192
    t299 = -t211 - 68.58571279792898*t297 - 39.191835884530846*t293 + 68.58571279792898*t137*t190 + 39.191835884530846*t154*t178
    t300 = t248 + 118.79393923933998*t296 + 118.79393923933998*t297 - 67.88225099390856*t292 - 67.88225099390856*t293
    if not numpy.all(numpy.asarray(in_A_4 + in_A_8 + t0 + t1 + t10 + t14 + t2 + t6 + t8 - t11 - t12 - t13 - t3 - t4 - t5) > 0):
        raise ValueError("det(I + A) must be positive (the deformation inverts the crystal)")
    if not numpy.all(numpy.asarray(0.0087890625 - (in_p_0 - 0.6480537657465552*in_A_1 - 0.916486424665735*in_A_2)**2 - (-0.6480537657465552 + in_p_1 - 0.6480537657465552*in_A_4 - 0.916486424665735*in_A_5)**2 - (-0.916486424665735 + in_p_2 - 0.6480537657465552*in_A_7 - 0.916486424665735*in_A_8)**2) > 0):
        raise ValueError("shift p1 moved more than 0.0938 from its affine position (outside the range where the neighbour set is valid)")
    if not numpy.all(numpy.asarray(0.19 + t15 + t16 + t19) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.0361 + t23 + t24 + t25 + t27 + t28 + t30 + t31 + t32 + t33 + t34 + t35 + t36 + t38 + t39 + t41 + t42 + t43 - t21 - t22 - t37 - t44 - t45 - t47 - t49 - t50 - t51 - t0*t37) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.006859 + t69 + t70 + t83 + t84 + t85 - t60 - t61 - t62 - t64 - t66 - t68 - 4.0*t11 - 4.0*t12 - 4.0*t13 - 2.0*t79 + 8.0*t6 - 0.1539*t17 - 0.1539*t18 - 0.1539*t20 - 0.1539*t29 - 0.1539*t52 - 0.1539*t53 - 0.81*t32 - 0.81*t36 + (0.76)*t0 + (0.76)*t1 + (0.76)*t2 + (0.19)*t33 + (1.62)*t46 + (1.62)*t48 + (1.62)*t76 + (0.0722)*in_A_0 + (0.0722)*in_A_4 + (0.0722)*in_A_8 + (0.0361)*t15 + (0.0361)*t26 + (0.0361)*t54 + in_A_2*t77 + in_A_6*t77 + in_A_8*t69 + in_A_8*t70 + t0*t69 + t0*t70 + t0*t85 + t1*t69 + t1*t70 + t1*t84 + t10*t16 + t10*t40 + t12*t65 + t12*t67 + t13*t37 + t13*t67 + t15*t24 + t15*t63 + t15*t73 + t16*t8 + t2*t69 + t2*t70 + t2*t83 + t23*t26 + t23*t54 + t24*t54 + t25*t26 + t25*t54 + t26*t63 + t26*t72 + t27*t54 + t28*t52 + t30*t53 + t31*t54 + t31*t71 + t32*t53 + t33*t54 + t33*t71 + t34*t53 + t35*t52 + t36*t52 + t38*t54 + t39*t53 + t40*t8 + t41*t54 + t42*t52 + t43*t54 + t44*t5 + t46*t55 + t48*t56 + t5*t83 + t55*t86 + t56*t87 + t57*t76 + t6*t69 + t6*t70 + t74*t75 - in_A_8*t61 - in_A_8*t62 - in_A_8*t66 - in_A_8*t68 - t0*t60 - t0*t64 - t1*t61 - t1*t66 - t15*t58 - t17*t57 - t18*t21 - t18*t56 - t18*t58 - t2*t62 - t2*t68 - t20*t57 - t21*t53 - t21*t54 - t22*t29 - t22*t52 - t22*t54 - t23*t3 - t23*t4 - t24*t3 - t24*t5 - t26*t59 - t29*t55 - t29*t59 - t3*t72 - t3*t73 - t3*t88 - t38*t4 - t39*t86 - t4*t43 - t4*t73 - t4*t88 - t41*t5 - t42*t87 - t43*t5 - t44*t54 - t45*t54 - t47*t53 - t49*t52 - t5*t72 - t5*t88 - t50*t53 - t51*t52 - t52*t56 - t53*t55 - t71*t79 - t78*t82 + in_A_5*t57*t81 + t16*t4*t5 - in_A_5*t71*t82 - t18*t75*t78 - t29*t78*t80) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(1.7858261834642244 - t105) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - 0.7937005259840997*(in_p_0)**2 - 0.7937005259840997*(in_p_1)**2 - 0.7937005259840997*(in_p_2)**2) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t122) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t125) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t133) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - t140) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - t147) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - t157) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - t165) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t122) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t125) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t133) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + (-t101 - t167)**2 + (-t166 - t91)**2 + (-t168 - t96)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + (t167)**2 + (-t166 - t90)**2 + (-t168 - t95)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + (-in_A_3 - t96)**2 + (-t101 - t169)**2 + (-t14 - t91)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + (t169)**2 + (-in_A_3 - t95)**2 + (-t14 - t90)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + (t148 + t171)**2 + (t170 - t94)**2 + (-1.632993161855452 + t172 - t100)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + (t170)**2 + (t171)**2 + (t172)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t173) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t173) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    out = numpy.empty(batch + (81,))
    out[..., 0] = -t206 - 12.0*t175 - 12.0*t177 - 12.0*t179 - 12.0*t181 - 24.0*t183 - 24.0*t185 - t123*t186 + 21.0*t135*t190 + 21.0*t144*t188 + 21.0*t152*t189 + 21.0*t161*t187 + 42.0*t115*t192 + 42.0*t129*t191 + 168.0*t123*t193
    out[..., 1] = t210
    out[..., 2] = t212
    out[..., 3] = t225
    out[..., 4] = t228
    out[..., 5] = t229
    out[..., 6] = t242
    out[..., 7] = t245
    out[..., 8] = t246
    out[..., 9] = t210
    out[..., 10] = -t247 - 36.0*t175 - 36.0*t177 - 36.0*t179 - 36.0*t181 - 72.0*t183 - 72.0*t185 + 63.0*t135*t190 + 63.0*t144*t188 + 63.0*t152*t189 + 63.0*t161*t187 + 126.0*t115*t192 + 126.0*t129*t191
    out[..., 11] = t249
    out[..., 12] = t228
    out[..., 13] = t250
    out[..., 14] = t251
    out[..., 15] = t245
    out[..., 16] = t252
    out[..., 17] = t253
    out[..., 18] = t212
    out[..., 19] = t249
    out[..., 20] = -t256 - 127.99999999999999*t179 - 127.99999999999999*t181 - t254*t93 + 223.99999999999997*t135*t190 + 223.99999999999997*t152*t189 + 223.99999999999997*t255*t93
    out[..., 21] = t229
    out[..., 22] = t251
    out[..., 23] = t257
    out[..., 24] = t246
    out[..., 25] = t253
    out[..., 26] = t258
    out[..., 27] = t225
    out[..., 28] = t228
    out[..., 29] = t229
    out[..., 30] = -t206 - 12.0*t259 - 12.0*t260 - 12.0*t261 - 12.0*t262 - 24.0*t263 - 24.0*t264 - t17*t186 + 21.0*t139*t190 + 21.0*t146*t188 + 21.0*t156*t189 + 21.0*t164*t187 + 42.0*t120*t192 + 42.0*t131*t191 + 168.0*t17*t193
    out[..., 31] = t267
    out[..., 32] = t268
    out[..., 33] = t281
    out[..., 34] = t284
    out[..., 35] = t285
    out[..., 36] = t228
    out[..., 37] = t250
    out[..., 38] = t251
    out[..., 39] = t267
    out[..., 40] = -t247 - 36.0*t259 - 36.0*t260 - 36.0*t261 - 36.0*t262 - 72.0*t263 - 72.0*t264 + 63.0*t139*t190 + 63.0*t146*t188 + 63.0*t156*t189 + 63.0*t164*t187 + 126.0*t120*t192 + 126.0*t131*t191
    out[..., 41] = t286
    out[..., 42] = t284
    out[..., 43] = t287
    out[..., 44] = t288
    out[..., 45] = t229
    out[..., 46] = t251
    out[..., 47] = t257
    out[..., 48] = t268
    out[..., 49] = t286
    out[..., 50] = -t256 - 127.99999999999999*t261 - 127.99999999999999*t262 - t254*t98 + 223.99999999999997*t139*t190 + 223.99999999999997*t156*t189 + 223.99999999999997*t255*t98
    out[..., 51] = t285
    out[..., 52] = t288
    out[..., 53] = t289
    out[..., 54] = t242
    out[..., 55] = t245
    out[..., 56] = t246
    out[..., 57] = t281
    out[..., 58] = t284
    out[..., 59] = t285
    out[..., 60] = -t206 - 12.0*t290 - 12.0*t291 - 12.0*t292 - 12.0*t293 - 24.0*t294 - 24.0*t295 - t18*t186 + 21.0*t137*t190 + 21.0*t142*t188 + 21.0*t154*t189 + 21.0*t160*t187 + 42.0*t110*t192 + 42.0*t127*t191 + 168.0*t18*t193
    out[..., 61] = t298
    out[..., 62] = t299
    out[..., 63] = t245
    out[..., 64] = t252
    out[..., 65] = t253
    out[..., 66] = t284
    out[..., 67] = t287
    out[..., 68] = t288
    out[..., 69] = t298
    out[..., 70] = -t247 - 36.0*t290 - 36.0*t291 - 36.0*t292 - 36.0*t293 - 72.0*t294 - 72.0*t295 + 63.0*t137*t190 + 63.0*t142*t188 + 63.0*t154*t189 + 63.0*t160*t187 + 126.0*t110*t192 + 126.0*t127*t191
    out[..., 71] = t300
    out[..., 72] = t246
    out[..., 73] = t253
    out[..., 74] = t258
    out[..., 75] = t285
    out[..., 76] = t288
    out[..., 77] = t289
    out[..., 78] = t299
    out[..., 79] = t300
    out[..., 80] = -t256 - 127.99999999999999*t292 - 127.99999999999999*t293 - t104*t254 + 223.99999999999997*t104*t255 + 223.99999999999997*t137*t190 + 223.99999999999997*t154*t189
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
    t14 = 1.0 + in_A_0
    t15 = (in_A_0)**2
    t16 = 2.0*in_A_0
    t17 = (in_A_3)**2
    t18 = (in_A_6)**2
    t19 = t17 + t18
    t20 = (in_A_1)**2
    t21 = (0.81)*t20
    t22 = (0.81)*t17
    t23 = (0.38)*in_A_0
    t24 = (0.38)*in_A_4
    t25 = (0.19)*t15
    t26 = (in_A_4)**2
    t27 = (0.19)*t26
    t28 = (0.19)*t18
    t29 = (in_A_7)**2
    t30 = (0.19)*t29
    t31 = t15*t26
    t32 = t15*t29
    t33 = t17*t20
    t34 = t18*t20
    t35 = t17*t29
    t36 = t18*t26
    t37 = 2.0*t3
    t38 = t16*t26
    t39 = t16*t29
    t40 = 2.0*in_A_4
    t41 = t15*t40
    t42 = t18*t40
    t43 = 4.0*t0
    t44 = t16*t3
    t45 = in_A_4*t37
    t46 = in_A_7*t7
    t47 = 2.0*t46
    t48 = in_A_6*t9
    t49 = 2.0*t48
    t50 = t16*t46
    t51 = t40*t48
    t52 = (in_A_2)**2
    t53 = (in_A_5)**2
    t54 = (in_A_8)**2
    t55 = (1.62)*in_A_0
    t56 = (1.62)*in_A_4
    t57 = (1.62)*in_A_8
    t58 = (0.81)*t53
    t59 = (0.81)*t52
    t60 = (0.38)*t3
    t61 = (0.38)*t4
    t62 = (0.38)*t5
    t63 = (0.38)*in_A_8
    t64 = t37*t54
    t65 = 2.0*t4
    t66 = t26*t65
    t67 = 2.0*t5
    t68 = t15*t67
    t69 = 2.0*t8
    t70 = 2.0*t10
    t71 = 2.0*in_A_8
    t72 = 4.0*t1
    t73 = 4.0*t2
    t74 = (1.62)*in_A_5
    t75 = in_A_1*in_A_2
    t76 = in_A_7*t75
    t77 = in_A_3*t74
    t78 = 2.0*in_A_5
    t79 = t17*t76
    t80 = in_A_3*t78
    t81 = in_A_6*t20
    t82 = t37*t4
    t83 = t37*t5
    t84 = t5*t65
    t85 = in_A_3*in_A_5
    t86 = in_A_2*t85
    t87 = in_A_5*t75
    t88 = 4.0*t6
    t89 = 1.632993161855452*in_A_2
    t90 = -0.8908987181403393*in_p_0
    t91 = t89 + t90
    t92 = -t91
    t93 = 1.632993161855452*in_A_5
    t94 = -0.8908987181403393*in_p_1
    t95 = t93 + t94
    t96 = -t95
    t97 = -0.8908987181403393*in_p_2
    t98 = 1.632993161855452*in_A_8
    t99 = 1.632993161855452 + t98
    t100 = t97 + t99
    t101 = -t100
    t102 = (t101)**2 + (t92)**2 + (t96)**2
    t103 = 0.7937005259840997*(in_p_0)**2 + 0.7937005259840997*(in_p_1)**2 + 0.7937005259840997*(in_p_2)**2
    t104 = (0.5)*in_A_6
    t105 = 0.8660254037844386*in_A_7
    t106 = t104 - t105
    t107 = 0.8660254037844386*in_A_1
    t108 = 0.5 + (0.5)*in_A_0
    t109 = t108 - t107
    t110 = (0.5)*in_A_3
    t111 = 0.8660254037844386*in_A_4
    t112 = 0.8660254037844386 + t111
    t113 = t112 - t110
    t114 = 1.7858261834642244 - (t106)**2 - (t109)**2 - (t113)**2
    t115 = 1.7858261834642244 - t19 - (t14)**2
    t116 = t104 + t105
    t117 = t107 + t108
    t118 = t110 + t112
    t119 = 1.7858261834642244 - (t116)**2 - (t117)**2 - (t118)**2
    t120 = -t117 - t91
    t121 = -t100 - t116
    t122 = -t118 - t95
    t123 = (t120)**2 + (t121)**2 + (t122)**2
    t124 = -t116 - t97
    t125 = -t117 - t90
    t126 = -t118 - t94
    t127 = (t124)**2 + (t125)**2 + (t126)**2
    t128 = -t89
    t129 = 0.8908987181403393*in_p_0
    t130 = t109 + t129
    t131 = t128 + t130
    t132 = t104 - t100 - t105
    t133 = -t113 - t95
    t134 = (t131)**2 + (t132)**2 + (t133)**2
    t135 = 0.8908987181403393*in_p_2
    t136 = t106 + t135
    t137 = 0.8908987181403393*in_p_1
    t138 = -0.8660254037844386 + t110 + t137 - t111
    t139 = (t130)**2 + (t136)**2 + (t138)**2
    t140 = 1.7320508075688772*in_A_1
    t141 = t97 + 1.7320508075688772*in_A_7
    t142 = 1.7320508075688772 + 1.7320508075688772*in_A_4
    t143 = in_A_6 + t97
    t144 = in_A_3 + t137
    t145 = t129 + t14
    t146 = in_A_6 + t135
    t147 = -1.7858261834642244 + (t99)**2 + 2.6666666666666665*t52 + 2.6666666666666665*t53
    t148 = (t102)**-4
    t149 = 5.345392308842036*t92
    t150 = (t139)**-4
    t151 = 5.345392308842036*t130
    t152 = (t127)**-4
    t153 = 5.345392308842036*t125
    t154 = (t134)**-4
    t155 = 5.345392308842036*t131
    t156 = (t123)**-4
    t157 = 5.345392308842036*t120
    t158 = (t103)**-4
    t159 = 4.762203155904598*in_p_0
    t160 = (t102)**-7
    t161 = (t139)**-7
    t162 = (t127)**-7
    t163 = (t134)**-7
    t164 = (t123)**-7
    t165 = (t103)**-7
    t166 = 5.345392308842036*t96
    t167 = 5.345392308842036*t138
    t168 = 5.345392308842036*t126
    t169 = 5.345392308842036*t133
    t170 = 5.345392308842036*t122
    t171 = 4.762203155904598*in_p_1
    t172 = 5.345392308842036*t101
    t173 = 5.345392308842036*t136
    t174 = 5.345392308842036*t124
    t175 = 5.345392308842036*t132
    t176 = 5.345392308842036*t121
    t177 = 4.762203155904598*in_p_2
    if not numpy.all(numpy.asarray(in_A_4 + in_A_8 + t0 + t1 + t10 + t14 + t2 + t6 + t8 - t11 - t12 - t13 - t3 - t4 - t5) > 0):
        raise ValueError("det(I + A) must be positive (the deformation inverts the crystal)")
    if not numpy.all(numpy.asarray(0.0087890625 - (in_p_0 - 0.6480537657465552*in_A_1 - 0.916486424665735*in_A_2)**2 - (-0.6480537657465552 + in_p_1 - 0.6480537657465552*in_A_4 - 0.916486424665735*in_A_5)**2 - (-0.916486424665735 + in_p_2 - 0.6480537657465552*in_A_7 - 0.916486424665735*in_A_8)**2) > 0):
        raise ValueError("shift p1 moved more than 0.0938 from its affine position (outside the range where the neighbour set is valid)")
    if not numpy.all(numpy.asarray(0.19 + t15 + t16 + t19) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.0361 + t23 + t24 + t25 + t27 + t28 + t30 + t31 + t32 + t33 + t34 + t35 + t36 + t38 + t39 + t41 + t42 + t43 - t21 - t22 - t37 - t44 - t45 - t47 - t49 - t50 - t51 - t0*t37) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.006859 + t69 + t70 + t82 + t83 + t84 - t60 - t61 - t62 - t64 - t66 - t68 - 4.0*t11 - 4.0*t12 - 4.0*t13 - 2.0*t79 + 8.0*t6 - 0.1539*t17 - 0.1539*t18 - 0.1539*t20 - 0.1539*t29 - 0.1539*t52 - 0.1539*t53 - 0.81*t32 - 0.81*t36 + (0.76)*t0 + (0.76)*t1 + (0.76)*t2 + (0.19)*t33 + (1.62)*t46 + (1.62)*t48 + (1.62)*t76 + (0.0722)*in_A_0 + (0.0722)*in_A_4 + (0.0722)*in_A_8 + (0.0361)*t15 + (0.0361)*t26 + (0.0361)*t54 + in_A_2*t77 + in_A_6*t77 + in_A_8*t69 + in_A_8*t70 + t0*t69 + t0*t70 + t0*t84 + t1*t69 + t1*t70 + t1*t83 + t10*t16 + t10*t40 + t12*t65 + t12*t67 + t13*t37 + t13*t67 + t15*t24 + t15*t63 + t15*t73 + t16*t8 + t2*t69 + t2*t70 + t2*t82 + t23*t26 + t23*t54 + t24*t54 + t25*t26 + t25*t54 + t26*t63 + t26*t72 + t27*t54 + t28*t52 + t30*t53 + t31*t54 + t31*t71 + t32*t53 + t33*t54 + t33*t71 + t34*t53 + t35*t52 + t36*t52 + t38*t54 + t39*t53 + t40*t8 + t41*t54 + t42*t52 + t43*t54 + t44*t5 + t46*t55 + t48*t56 + t5*t82 + t55*t86 + t56*t87 + t57*t76 + t6*t69 + t6*t70 + t74*t75 - in_A_8*t61 - in_A_8*t62 - in_A_8*t66 - in_A_8*t68 - t0*t60 - t0*t64 - t1*t61 - t1*t66 - t15*t58 - t17*t57 - t18*t21 - t18*t56 - t18*t58 - t2*t62 - t2*t68 - t20*t57 - t21*t53 - t21*t54 - t22*t29 - t22*t52 - t22*t54 - t23*t3 - t23*t4 - t24*t3 - t24*t5 - t26*t59 - t29*t55 - t29*t59 - t3*t72 - t3*t73 - t3*t88 - t38*t4 - t39*t86 - t4*t43 - t4*t73 - t4*t88 - t41*t5 - t42*t87 - t43*t5 - t44*t54 - t45*t54 - t47*t53 - t49*t52 - t5*t72 - t5*t88 - t50*t53 - t51*t52 - t52*t56 - t53*t55 - t71*t79 - t80*t81 + in_A_6*t57*t85 + t16*t4*t5 - in_A_2*t29*t80 - t18*t75*t78 - t71*t81*t85) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(1.7858261834642244 - t102) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - t103) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t114) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t115) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t119) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - t123) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - t127) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - t134) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - t139) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t114) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t115) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t119) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + (-t140 - t91)**2 + (-t141 - t99)**2 + (-t142 - t95)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + (t141)**2 + (-t140 - t90)**2 + (-t142 - t94)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + (-in_A_3 - t95)**2 + (-t14 - t91)**2 + (-t143 - t99)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + (t143)**2 + (-in_A_3 - t94)**2 + (-t14 - t90)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + (t128 + t145)**2 + (t144 - t93)**2 + (-1.632993161855452 + t146 - t98)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + (t144)**2 + (t145)**2 + (t146)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t147) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t147) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    out = numpy.empty(batch + (3,))
    out[..., 0] = t148*t149 + t150*t151 + t152*t153 + t154*t155 + t156*t157 + t158*t159 - t149*t160 - t151*t161 - t153*t162 - t155*t163 - t157*t164 - t159*t165
    out[..., 1] = t148*t166 + t150*t167 + t152*t168 + t154*t169 + t156*t170 + t158*t171 - t160*t166 - t161*t167 - t162*t168 - t163*t169 - t164*t170 - t165*t171
    out[..., 2] = t148*t172 + t150*t173 + t152*t174 + t154*t175 + t156*t176 + t158*t177 - t160*t172 - t161*t173 - t162*t174 - t163*t175 - t164*t176 - t165*t177
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
    t14 = 1.0 + in_A_0
    t15 = (in_A_0)**2
    t16 = 2.0*in_A_0
    t17 = (in_A_3)**2
    t18 = (in_A_6)**2
    t19 = t17 + t18
    t20 = (in_A_1)**2
    t21 = (0.81)*t20
    t22 = (0.81)*t17
    t23 = (0.38)*in_A_0
    t24 = (0.38)*in_A_4
    t25 = (0.19)*t15
    t26 = (in_A_4)**2
    t27 = (0.19)*t26
    t28 = (0.19)*t18
    t29 = (in_A_7)**2
    t30 = (0.19)*t29
    t31 = t15*t26
    t32 = t15*t29
    t33 = t17*t20
    t34 = t18*t20
    t35 = t17*t29
    t36 = t18*t26
    t37 = 2.0*t3
    t38 = t16*t26
    t39 = t16*t29
    t40 = 2.0*in_A_4
    t41 = t15*t40
    t42 = t18*t40
    t43 = 4.0*t0
    t44 = t16*t3
    t45 = in_A_4*t37
    t46 = in_A_7*t7
    t47 = 2.0*t46
    t48 = in_A_6*t9
    t49 = 2.0*t48
    t50 = t16*t46
    t51 = t40*t48
    t52 = (in_A_2)**2
    t53 = (in_A_5)**2
    t54 = (in_A_8)**2
    t55 = (1.62)*in_A_0
    t56 = (1.62)*in_A_4
    t57 = (1.62)*in_A_8
    t58 = (0.81)*t53
    t59 = (0.81)*t52
    t60 = (0.38)*t3
    t61 = (0.38)*t4
    t62 = (0.38)*t5
    t63 = (0.38)*in_A_8
    t64 = t37*t54
    t65 = 2.0*t4
    t66 = t26*t65
    t67 = 2.0*t5
    t68 = t15*t67
    t69 = 2.0*t8
    t70 = 2.0*t10
    t71 = 2.0*in_A_8
    t72 = 4.0*t1
    t73 = 4.0*t2
    t74 = (1.62)*in_A_5
    t75 = in_A_1*in_A_2
    t76 = in_A_7*t75
    t77 = in_A_3*t74
    t78 = 2.0*in_A_5
    t79 = t17*t76
    t80 = in_A_3*t78
    t81 = in_A_6*t20
    t82 = t37*t4
    t83 = t37*t5
    t84 = t5*t65
    t85 = in_A_3*in_A_5
    t86 = in_A_2*t85
    t87 = in_A_5*t75
    t88 = 4.0*t6
    t89 = 1.632993161855452*in_A_2
    t90 = -0.8908987181403393*in_p_0
    t91 = t89 + t90
    t92 = -t91
    t93 = (t92)**2
    t94 = 1.632993161855452*in_A_5
    t95 = -0.8908987181403393*in_p_1
    t96 = t94 + t95
    t97 = -t96
    t98 = (t97)**2
    t99 = -0.8908987181403393*in_p_2
    t100 = 1.632993161855452*in_A_8
    t101 = 1.632993161855452 + t100
    t102 = t101 + t99
    t103 = -t102
    t104 = (t103)**2
    t105 = t104 + t93 + t98
    t106 = (in_p_0)**2
    t107 = (in_p_1)**2
    t108 = (in_p_2)**2
    t109 = 0.7937005259840997*t106 + 0.7937005259840997*t107 + 0.7937005259840997*t108
    t110 = (0.5)*in_A_6
    t111 = 0.8660254037844386*in_A_7
    t112 = t110 - t111
    t113 = 0.8660254037844386*in_A_1
    t114 = 0.5 + (0.5)*in_A_0
    t115 = t114 - t113
    t116 = (0.5)*in_A_3
    t117 = 0.8660254037844386*in_A_4
    t118 = 0.8660254037844386 + t117
    t119 = t118 - t116
    t120 = 1.7858261834642244 - (t112)**2 - (t115)**2 - (t119)**2
    t121 = 1.7858261834642244 - t19 - (t14)**2
    t122 = t110 + t111
    t123 = t113 + t114
    t124 = t116 + t118
    t125 = 1.7858261834642244 - (t122)**2 - (t123)**2 - (t124)**2
    t126 = -t123 - t91
    t127 = (t126)**2
    t128 = -t102 - t122
    t129 = (t128)**2
    t130 = -t124 - t96
    t131 = (t130)**2
    t132 = t127 + t129 + t131
    t133 = -t122 - t99
    t134 = (t133)**2
    t135 = -t123 - t90
    t136 = (t135)**2
    t137 = -t124 - t95
    t138 = (t137)**2
    t139 = t134 + t136 + t138
    t140 = -t89
    t141 = 0.8908987181403393*in_p_0
    t142 = t115 + t141
    t143 = t140 + t142
    t144 = (t143)**2
    t145 = t110 - t102 - t111
    t146 = (t145)**2
    t147 = -t119 - t96
    t148 = (t147)**2
    t149 = t144 + t146 + t148
    t150 = 0.8908987181403393*in_p_2
    t151 = t112 + t150
    t152 = (t151)**2
    t153 = (t142)**2
    t154 = 0.8908987181403393*in_p_1
    t155 = -0.8660254037844386 + t116 + t154 - t117
    t156 = (t155)**2
    t157 = t152 + t153 + t156
    t158 = 1.7320508075688772*in_A_1
    t159 = t99 + 1.7320508075688772*in_A_7
    t160 = 1.7320508075688772 + 1.7320508075688772*in_A_4
    t161 = in_A_6 + t99
    t162 = in_A_3 + t154
    t163 = t14 + t141
    t164 = in_A_6 + t150
    t165 = -1.7858261834642244 + (t101)**2 + 2.6666666666666665*t52 + 2.6666666666666665*t53
    t166 = 38.097625247236785/(t105)**5
    t167 = 38.097625247236785/(t157)**5
    t168 = 38.097625247236785/(t139)**5
    t169 = 38.097625247236785/(t149)**5
    t170 = 38.097625247236785/(t132)**5
    t171 = 30.238105197476955/(t109)**5
    t172 = (t105)**-8
    t173 = (t157)**-8
    t174 = (t139)**-8
    t175 = (t149)**-8
    t176 = (t132)**-8
    t177 = (t109)**-8
    t178 = 4.762203155904598/(t105)**7 + 4.762203155904598/(t109)**7 + 4.762203155904598/(t132)**7 + 4.762203155904598/(t139)**7 + 4.762203155904598/(t149)**7 + 4.762203155904598/(t157)**7 - 4.762203155904598/(t105)**4 - 4.762203155904598/(t109)**4 - 4.762203155904598/(t132)**4 - 4.762203155904598/(t139)**4 - 4.762203155904598/(t149)**4 - 4.762203155904598/(t157)**4
    t179 = -in_p_0*in_p_1*t171 - t126*t130*t170 - t135*t137*t168 - t142*t155*t167 - t143*t147*t169 - t166*t92*t97 + 66.67084418266438*t126*t130*t176 + 66.67084418266438*t135*t137*t174 + 66.67084418266438*t142*t155*t173 + 66.67084418266438*t143*t147*t175 + 66.67084418266438*t172*t92*t97 + 52.91668409558467*in_p_0*in_p_1*t177
    t180 = -in_p_0*in_p_2*t171 - t103*t166*t92 - t126*t128*t170 - t133*t135*t168 - t142*t151*t167 - t143*t145*t169 + 66.67084418266438*t103*t172*t92 + 66.67084418266438*t126*t128*t176 + 66.67084418266438*t133*t135*t174 + 66.67084418266438*t142*t151*t173 + 66.67084418266438*t143*t145*t175 + 52.91668409558467*in_p_0*in_p_2*t177
    t181 = -in_p_1*in_p_2*t171 - t103*t166*t97 - t128*t130*t170 - t133*t137*t168 - t145*t147*t169 - t151*t155*t167 + 66.67084418266438*t103*t172*t97 + 66.67084418266438*t128*t130*t176 + 66.67084418266438*t133*t137*t174 + 66.67084418266438*t145*t147*t175 + 66.67084418266438*t151*t155*t173 + 52.91668409558467*in_p_1*in_p_2*t177
    if not numpy.all(numpy.asarray(in_A_4 + in_A_8 + t0 + t1 + t10 + t14 + t2 + t6 + t8 - t11 - t12 - t13 - t3 - t4 - t5) > 0):
        raise ValueError("det(I + A) must be positive (the deformation inverts the crystal)")
    if not numpy.all(numpy.asarray(0.0087890625 - (in_p_0 - 0.6480537657465552*in_A_1 - 0.916486424665735*in_A_2)**2 - (-0.6480537657465552 + in_p_1 - 0.6480537657465552*in_A_4 - 0.916486424665735*in_A_5)**2 - (-0.916486424665735 + in_p_2 - 0.6480537657465552*in_A_7 - 0.916486424665735*in_A_8)**2) > 0):
        raise ValueError("shift p1 moved more than 0.0938 from its affine position (outside the range where the neighbour set is valid)")
    if not numpy.all(numpy.asarray(0.19 + t15 + t16 + t19) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.0361 + t23 + t24 + t25 + t27 + t28 + t30 + t31 + t32 + t33 + t34 + t35 + t36 + t38 + t39 + t41 + t42 + t43 - t21 - t22 - t37 - t44 - t45 - t47 - t49 - t50 - t51 - t0*t37) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.006859 + t69 + t70 + t82 + t83 + t84 - t60 - t61 - t62 - t64 - t66 - t68 - 4.0*t11 - 4.0*t12 - 4.0*t13 - 2.0*t79 + 8.0*t6 - 0.1539*t17 - 0.1539*t18 - 0.1539*t20 - 0.1539*t29 - 0.1539*t52 - 0.1539*t53 - 0.81*t32 - 0.81*t36 + (0.76)*t0 + (0.76)*t1 + (0.76)*t2 + (0.19)*t33 + (1.62)*t46 + (1.62)*t48 + (1.62)*t76 + (0.0722)*in_A_0 + (0.0722)*in_A_4 + (0.0722)*in_A_8 + (0.0361)*t15 + (0.0361)*t26 + (0.0361)*t54 + in_A_2*t77 + in_A_6*t77 + in_A_8*t69 + in_A_8*t70 + t0*t69 + t0*t70 + t0*t84 + t1*t69 + t1*t70 + t1*t83 + t10*t16 + t10*t40 + t12*t65 + t12*t67 + t13*t37 + t13*t67 + t15*t24 + t15*t63 + t15*t73 + t16*t8 + t2*t69 + t2*t70 + t2*t82 + t23*t26 + t23*t54 + t24*t54 + t25*t26 + t25*t54 + t26*t63 + t26*t72 + t27*t54 + t28*t52 + t30*t53 + t31*t54 + t31*t71 + t32*t53 + t33*t54 + t33*t71 + t34*t53 + t35*t52 + t36*t52 + t38*t54 + t39*t53 + t40*t8 + t41*t54 + t42*t52 + t43*t54 + t44*t5 + t46*t55 + t48*t56 + t5*t82 + t55*t86 + t56*t87 + t57*t76 + t6*t69 + t6*t70 + t74*t75 - in_A_8*t61 - in_A_8*t62 - in_A_8*t66 - in_A_8*t68 - t0*t60 - t0*t64 - t1*t61 - t1*t66 - t15*t58 - t17*t57 - t18*t21 - t18*t56 - t18*t58 - t2*t62 - t2*t68 - t20*t57 - t21*t53 - t21*t54 - t22*t29 - t22*t52 - t22*t54 - t23*t3 - t23*t4 - t24*t3 - t24*t5 - t26*t59 - t29*t55 - t29*t59 - t3*t72 - t3*t73 - t3*t88 - t38*t4 - t39*t86 - t4*t43 - t4*t73 - t4*t88 - t41*t5 - t42*t87 - t43*t5 - t44*t54 - t45*t54 - t47*t53 - t49*t52 - t5*t72 - t5*t88 - t50*t53 - t51*t52 - t52*t56 - t53*t55 - t71*t79 - t80*t81 + in_A_6*t57*t85 + t16*t4*t5 - in_A_2*t29*t80 - t18*t75*t78 - t71*t81*t85) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(1.7858261834642244 - t105) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - t109) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t120) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t121) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t125) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - t132) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - t139) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - t149) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - t157) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t120) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t121) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t125) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + (-t101 - t159)**2 + (-t158 - t91)**2 + (-t160 - t96)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + (t159)**2 + (-t158 - t90)**2 + (-t160 - t95)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + (-in_A_3 - t96)**2 + (-t101 - t161)**2 + (-t14 - t91)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + (t161)**2 + (-in_A_3 - t95)**2 + (-t14 - t90)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + (t140 + t163)**2 + (t162 - t94)**2 + (-1.632993161855452 + t164 - t100)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + (t162)**2 + (t163)**2 + (t164)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t165) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(t165) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    out = numpy.empty(batch + (9,))
    out[..., 0] = -t178 - t106*t171 - t127*t170 - t136*t168 - t144*t169 - t153*t167 - t166*t93 + 66.67084418266438*t127*t176 + 66.67084418266438*t136*t174 + 66.67084418266438*t144*t175 + 66.67084418266438*t153*t173 + 66.67084418266438*t172*t93 + 52.91668409558467*t106*t177
    out[..., 1] = t179
    out[..., 2] = t180
    out[..., 3] = t179
    out[..., 4] = -t178 - t107*t171 - t131*t170 - t138*t168 - t148*t169 - t156*t167 - t166*t98 + 66.67084418266438*t131*t176 + 66.67084418266438*t138*t174 + 66.67084418266438*t148*t175 + 66.67084418266438*t156*t173 + 66.67084418266438*t172*t98 + 52.91668409558467*t107*t177
    out[..., 5] = t181
    out[..., 6] = t180
    out[..., 7] = t181
    out[..., 8] = -t178 - t104*t166 - t108*t171 - t129*t170 - t134*t168 - t146*t169 - t152*t167 + 66.67084418266438*t104*t172 + 66.67084418266438*t129*t176 + 66.67084418266438*t134*t174 + 66.67084418266438*t146*t175 + 66.67084418266438*t152*t173 + 52.91668409558467*t108*t177
    return out.reshape(batch + (1, 3, 1, 3,))
