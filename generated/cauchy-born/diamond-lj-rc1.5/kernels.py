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


def _preamble_bonds(in_A_0, in_A_1, in_A_2, in_A_3, in_A_4, in_A_5, in_A_6, in_A_7, in_A_8, in_p_0, in_p_1, in_p_2):
    """The 28 intermediates pre[i] its kernels share; ValueError where one of its guards fails."""
    pre = [None] * 28
    t0 = -0.38577046105426305*in_p_0
    t1 = (0.5)*in_A_2
    t2 = 0.5 + (0.5)*in_A_0
    t3 = t1 + t2
    pre[0] = -t0 - t3
    t4 = -0.38577046105426305*in_p_1
    t5 = (0.5)*in_A_3
    t6 = (0.5)*in_A_5
    t7 = t5 + t6
    pre[1] = -t4 - t7
    t10 = 0.5 + (0.5)*in_A_8
    t9 = (0.5)*in_A_6
    t11 = t10 + t9
    t8 = -0.38577046105426305*in_p_2
    pre[2] = -t11 - t8
    pre[3] = (pre[0])**2 + (pre[1])**2 + (pre[2])**2
    t12 = (0.5)*in_A_1
    t13 = t12 + t2
    pre[4] = -t0 - t13
    t14 = 0.5 + (0.5)*in_A_4
    t15 = t14 + t5
    pre[5] = -t15 - t4
    t16 = (0.5)*in_A_7
    t17 = t16 + t9
    pre[6] = -t17 - t8
    pre[7] = (pre[4])**2 + (pre[5])**2 + (pre[6])**2
    pre[8] = 0.38577046105426305*in_p_0
    pre[9] = 0.38577046105426305*in_p_1
    pre[10] = 0.38577046105426305*in_p_2
    pre[11] = (pre[10])**2 + (pre[8])**2 + (pre[9])**2
    t18 = t1 + t12
    pre[12] = -t0 - t18
    t19 = t14 + t6
    pre[13] = -t19 - t4
    t20 = t10 + t16
    pre[14] = -t20 - t8
    pre[15] = (pre[12])**2 + (pre[13])**2 + (pre[14])**2
    t21 = (t13)**2 + (t15)**2 + (t17)**2
    pre[16] = t21
    t22 = -t1
    t23 = -t16
    t24 = -t6
    t25 = (t10 + t23)**2 + (-t12 - t22)**2 + (-t14 - t24)**2
    pre[17] = t25
    t26 = (t11)**2 + (t3)**2 + (t7)**2
    pre[18] = t26
    t27 = (t12 - t2)**2 + (t14 - t5)**2 + (-t23 - t9)**2
    pre[19] = t27
    t28 = (t10 - t9)**2 + (-t2 - t22)**2 + (-t24 - t5)**2
    pre[20] = t28
    t29 = (t18)**2 + (t19)**2 + (t20)**2
    pre[21] = t29
    pre[22] = t21
    pre[23] = t25
    pre[24] = t26
    pre[25] = t27
    pre[26] = t28
    pre[27] = t29
    t30 = in_A_0*in_A_4
    t31 = in_A_0*in_A_8
    t32 = in_A_4*in_A_8
    t33 = in_A_1*in_A_3
    t34 = in_A_2*in_A_6
    t35 = in_A_5*in_A_7
    t36 = in_A_8*t30
    t37 = in_A_1*in_A_6
    t38 = in_A_5*t37
    t39 = in_A_3*in_A_7
    t40 = in_A_2*t39
    t41 = in_A_0*t35
    t42 = in_A_8*t33
    t43 = in_A_4*t34
    t44 = (in_A_0)**2
    t45 = (in_A_3)**2
    t46 = (in_A_6)**2
    t47 = 2.0*in_A_0
    t48 = (in_A_1)**2
    t49 = (0.81)*t48
    t50 = (0.81)*t45
    t51 = (0.38)*in_A_0
    t52 = (0.38)*in_A_4
    t53 = (0.19)*t44
    t54 = (in_A_4)**2
    t55 = (0.19)*t54
    t56 = (0.19)*t46
    t57 = (in_A_7)**2
    t58 = (0.19)*t57
    t59 = t44*t54
    t60 = t44*t57
    t61 = t45*t48
    t62 = t46*t48
    t63 = t45*t57
    t64 = t46*t54
    t65 = 2.0*t33
    t66 = t47*t54
    t67 = t47*t57
    t68 = 2.0*in_A_4
    t69 = t44*t68
    t70 = t46*t68
    t71 = 4.0*t30
    t72 = t33*t47
    t73 = in_A_4*t65
    t74 = in_A_7*t37
    t75 = 2.0*t74
    t76 = in_A_6*t39
    t77 = 2.0*t76
    t78 = t47*t74
    t79 = t68*t76
    t80 = (in_A_2)**2
    t81 = (in_A_5)**2
    t82 = (in_A_8)**2
    t83 = (1.62)*in_A_0
    t84 = (1.62)*in_A_4
    t85 = (1.62)*in_A_8
    t86 = (0.81)*t81
    t87 = (0.81)*t80
    t88 = (0.38)*t33
    t89 = (0.38)*t34
    t90 = (0.38)*t35
    t91 = (0.38)*in_A_8
    t92 = t65*t82
    t93 = 2.0*t34
    t94 = t54*t93
    t95 = 2.0*t35
    t96 = t44*t95
    t97 = 2.0*t38
    t98 = 2.0*t40
    t99 = 2.0*in_A_8
    t100 = 4.0*t31
    t101 = 4.0*t32
    t102 = (1.62)*in_A_5
    t103 = in_A_1*in_A_2
    t104 = in_A_7*t103
    t105 = in_A_3*t102
    t106 = 2.0*in_A_5
    t107 = t104*t45
    t108 = in_A_3*t106
    t109 = in_A_6*t48
    t110 = t34*t65
    t111 = t35*t65
    t112 = t35*t93
    t113 = in_A_3*in_A_5
    t114 = in_A_2*t113
    t115 = in_A_5*t103
    t116 = 4.0*t36
    if not numpy.all(numpy.asarray(1.0 + in_A_0 + in_A_4 + in_A_8 + t30 + t31 + t32 + t36 + t38 + t40 - t33 - t34 - t35 - t41 - t42 - t43) > 0):
        raise ValueError("det(I + A) must be positive (the deformation inverts the crystal)")
    if not numpy.all(numpy.asarray(0.0087890625 - (-0.6480537657465552 + in_p_0 - 0.6480537657465552*in_A_0 - 0.6480537657465552*in_A_1 - 0.6480537657465552*in_A_2)**2 - (-0.6480537657465552 + in_p_1 - 0.6480537657465552*in_A_3 - 0.6480537657465552*in_A_4 - 0.6480537657465552*in_A_5)**2 - (-0.6480537657465552 + in_p_2 - 0.6480537657465552*in_A_6 - 0.6480537657465552*in_A_7 - 0.6480537657465552*in_A_8)**2) > 0):
        raise ValueError("shift p1 moved more than 0.0938 from its affine position (outside the range where the neighbour set is valid)")
    if not numpy.all(numpy.asarray(0.19 + t44 + t45 + t46 + t47) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.0361 + t51 + t52 + t53 + t55 + t56 + t58 + t59 + t60 + t61 + t62 + t63 + t64 + t66 + t67 + t69 + t70 + t71 - t49 - t50 - t65 - t72 - t73 - t75 - t77 - t78 - t79 - t30*t65) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.006859 + t110 + t111 + t112 + t97 + t98 - t88 - t89 - t90 - t92 - t94 - t96 - 4.0*t41 - 4.0*t42 - 4.0*t43 - 2.0*t107 + 8.0*t36 - 0.1539*t45 - 0.1539*t46 - 0.1539*t48 - 0.1539*t57 - 0.1539*t80 - 0.1539*t81 - 0.81*t60 - 0.81*t64 + (0.76)*t30 + (0.76)*t31 + (0.76)*t32 + (0.19)*t61 + (1.62)*t104 + (1.62)*t74 + (1.62)*t76 + (0.0722)*in_A_0 + (0.0722)*in_A_4 + (0.0722)*in_A_8 + (0.0361)*t44 + (0.0361)*t54 + (0.0361)*t82 + in_A_2*t105 + in_A_6*t105 + in_A_8*t97 + in_A_8*t98 + t100*t54 + t101*t44 + t102*t103 + t104*t85 + t110*t32 + t110*t35 + t111*t31 + t112*t30 + t114*t83 + t115*t84 + t30*t97 + t30*t98 + t31*t97 + t31*t98 + t32*t97 + t32*t98 + t35*t72 + t36*t97 + t36*t98 + t38*t47 + t38*t68 + t40*t47 + t40*t68 + t42*t93 + t42*t95 + t43*t65 + t43*t95 + t44*t52 + t44*t91 + t51*t54 + t51*t82 + t52*t82 + t53*t54 + t53*t82 + t54*t91 + t55*t82 + t56*t80 + t58*t81 + t59*t82 + t59*t99 + t60*t81 + t61*t82 + t61*t99 + t62*t81 + t63*t80 + t64*t80 + t66*t82 + t67*t81 + t69*t82 + t70*t80 + t71*t82 + t74*t83 + t76*t84 - in_A_8*t89 - in_A_8*t90 - in_A_8*t94 - in_A_8*t96 - t100*t33 - t100*t35 - t101*t33 - t101*t34 - t107*t99 - t108*t109 - t114*t67 - t115*t70 - t116*t33 - t116*t34 - t116*t35 - t30*t88 - t30*t92 - t31*t89 - t31*t94 - t32*t90 - t32*t96 - t33*t51 - t33*t52 - t34*t51 - t34*t66 - t34*t71 - t35*t52 - t35*t69 - t35*t71 - t44*t86 - t45*t85 - t46*t49 - t46*t84 - t46*t86 - t48*t85 - t49*t81 - t49*t82 - t50*t57 - t50*t80 - t50*t82 - t54*t87 - t57*t83 - t57*t87 - t72*t82 - t73*t82 - t75*t81 - t77*t80 - t78*t81 - t79*t80 - t80*t84 - t81*t83 + in_A_6*t113*t85 + t34*t35*t47 - in_A_2*t108*t57 - t103*t106*t46 - t109*t113*t99) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.3348424093995421 - pre[3]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.3348424093995421 - pre[7]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.3348424093995421 - pre[11]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.3348424093995421 - pre[15]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + pre[16]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + pre[17]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + pre[18]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + pre[19]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + pre[20]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + pre[21]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + pre[22]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + pre[23]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + pre[24]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + pre[25]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + pre[26]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + pre[27]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    return pre


def _preamble_fractional_bonds(in_A_0, in_A_1, in_A_2, in_A_3, in_A_4, in_A_5, in_A_6, in_A_7, in_A_8, in_q_0, in_q_1, in_q_2):
    """The 48 intermediates pre[i] its kernels share; ValueError where one of its guards fails."""
    pre = [None] * 48
    t0 = 0.38577046105426305*in_q_0
    t1 = -0.5 + t0
    pre[0] = t1
    t2 = 0.38577046105426305*in_q_1
    pre[1] = t2
    t3 = 0.38577046105426305*in_q_2
    t4 = -0.5 + t3
    pre[2] = t4
    t5 = 1.0 + in_A_0
    pre[3] = in_A_1*pre[1] + in_A_2*pre[2] + pre[0]*t5
    t6 = 1.0 + in_A_4
    pre[4] = in_A_3*pre[0] + in_A_5*pre[2] + pre[1]*t6
    t7 = 1.0 + in_A_8
    pre[5] = in_A_6*pre[0] + in_A_7*pre[1] + pre[2]*t7
    pre[6] = (pre[3])**2 + (pre[4])**2 + (pre[5])**2
    pre[7] = -5.986952112019223e-05/(pre[6])**7
    pre[8] = 0.009082428092900273/(pre[6])**4
    pre[9] = t1
    t8 = -0.5 + t2
    pre[10] = t8
    pre[11] = t3
    pre[12] = in_A_1*pre[10] + in_A_2*pre[11] + pre[9]*t5
    pre[13] = in_A_3*pre[9] + in_A_5*pre[11] + pre[10]*t6
    pre[14] = in_A_6*pre[9] + in_A_7*pre[10] + pre[11]*t7
    pre[15] = (pre[12])**2 + (pre[13])**2 + (pre[14])**2
    pre[16] = -5.986952112019223e-05/(pre[15])**7
    pre[17] = 0.009082428092900273/(pre[15])**4
    pre[18] = t0
    pre[19] = t2
    pre[20] = t3
    pre[21] = in_A_1*pre[19] + in_A_2*pre[20] + pre[18]*t5
    pre[22] = in_A_3*pre[18] + in_A_5*pre[20] + pre[19]*t6
    pre[23] = in_A_6*pre[18] + in_A_7*pre[19] + pre[20]*t7
    pre[24] = (pre[21])**2 + (pre[22])**2 + (pre[23])**2
    pre[25] = -5.986952112019223e-05/(pre[24])**7
    pre[26] = 0.009082428092900273/(pre[24])**4
    pre[27] = t0
    pre[28] = t8
    pre[29] = t4
    pre[30] = in_A_1*pre[28] + in_A_2*pre[29] + pre[27]*t5
    pre[31] = in_A_3*pre[27] + in_A_5*pre[29] + pre[28]*t6
    pre[32] = in_A_6*pre[27] + in_A_7*pre[28] + pre[29]*t7
    pre[33] = (pre[30])**2 + (pre[31])**2 + (pre[32])**2
    pre[34] = -5.986952112019223e-05/(pre[33])**7
    pre[35] = 0.009082428092900273/(pre[33])**4
    t10 = (0.5)*in_A_7
    t11 = (0.5)*in_A_1
    t12 = 0.5 + (0.5)*in_A_0
    t13 = (0.5)*in_A_3
    t14 = 0.5 + (0.5)*in_A_4
    t9 = (0.5)*in_A_6
    t15 = (t10 + t9)**2 + (t11 + t12)**2 + (t13 + t14)**2
    pre[36] = t15
    t16 = -0.5*in_A_2
    t17 = -t10
    t18 = 0.5 + (0.5)*in_A_8
    t19 = -0.5*in_A_5
    t20 = (t17 + t18)**2 + (-t11 - t16)**2 + (-t14 - t19)**2
    pre[37] = t20
    t21 = (0.5)*in_A_5
    t22 = (0.5)*in_A_2
    t23 = (t12 + t22)**2 + (t13 + t21)**2 + (t18 + t9)**2
    pre[38] = t23
    t24 = (t11 - t12)**2 + (t14 - t13)**2 + (-t17 - t9)**2
    pre[39] = t24
    t25 = (t18 - t9)**2 + (-t12 - t16)**2 + (-t13 - t19)**2
    pre[40] = t25
    t26 = (t10 + t18)**2 + (t11 + t22)**2 + (t14 + t21)**2
    pre[41] = t26
    pre[42] = t15
    pre[43] = t20
    pre[44] = t23
    pre[45] = t24
    pre[46] = t25
    pre[47] = t26
    t27 = in_A_0*in_A_4
    t28 = in_A_0*in_A_8
    t29 = in_A_4*in_A_8
    t30 = in_A_1*in_A_3
    t31 = in_A_2*in_A_6
    t32 = in_A_5*in_A_7
    t33 = in_A_8*t27
    t34 = in_A_1*in_A_6
    t35 = in_A_5*t34
    t36 = in_A_3*in_A_7
    t37 = in_A_2*t36
    t38 = in_A_0*t32
    t39 = in_A_8*t30
    t40 = in_A_4*t31
    t41 = (in_A_0)**2
    t42 = (in_A_3)**2
    t43 = (in_A_6)**2
    t44 = 2.0*in_A_0
    t45 = (in_A_1)**2
    t46 = (0.81)*t45
    t47 = (0.81)*t42
    t48 = (0.38)*in_A_0
    t49 = (0.38)*in_A_4
    t50 = (0.19)*t41
    t51 = (in_A_4)**2
    t52 = (0.19)*t51
    t53 = (0.19)*t43
    t54 = (in_A_7)**2
    t55 = (0.19)*t54
    t56 = t41*t51
    t57 = t41*t54
    t58 = t42*t45
    t59 = t43*t45
    t60 = t42*t54
    t61 = t43*t51
    t62 = 2.0*t30
    t63 = t44*t51
    t64 = t44*t54
    t65 = 2.0*in_A_4
    t66 = t41*t65
    t67 = t43*t65
    t68 = 4.0*t27
    t69 = t30*t44
    t70 = in_A_4*t62
    t71 = in_A_7*t34
    t72 = 2.0*t71
    t73 = in_A_6*t36
    t74 = 2.0*t73
    t75 = t44*t71
    t76 = t65*t73
    t77 = (in_A_2)**2
    t78 = (in_A_5)**2
    t79 = (in_A_8)**2
    t80 = (1.62)*in_A_0
    t81 = (1.62)*in_A_4
    t82 = (1.62)*in_A_8
    t83 = (0.81)*t78
    t84 = (0.81)*t77
    t85 = (0.38)*t30
    t86 = (0.38)*t31
    t87 = (0.38)*t32
    t88 = (0.38)*in_A_8
    t89 = t62*t79
    t90 = 2.0*t31
    t91 = t51*t90
    t92 = 2.0*t32
    t93 = t41*t92
    t94 = 2.0*t35
    t95 = 2.0*t37
    t96 = 2.0*in_A_8
    t97 = 4.0*t28
    t98 = 4.0*t29
    t99 = (1.62)*in_A_5
    t100 = in_A_1*in_A_2
    t101 = in_A_7*t100
    t102 = in_A_3*t99
    t103 = 2.0*in_A_5
    t104 = t101*t42
    t105 = in_A_3*t103
    t106 = in_A_6*t45
    t107 = t31*t62
    t108 = t32*t62
    t109 = t32*t90
    t110 = in_A_3*in_A_5
    t111 = in_A_2*t110
    t112 = in_A_5*t100
    t113 = 4.0*t33
    if not numpy.all(numpy.asarray(in_A_4 + in_A_8 + t27 + t28 + t29 + t33 + t35 + t37 + t5 - t30 - t31 - t32 - t38 - t39 - t40) > 0):
        raise ValueError("det(I + A) must be positive (the deformation inverts the crystal)")
    if not numpy.all(numpy.asarray(0.0087890625 - (-0.6480537657465552 - 0.6480537657465552*in_A_0 - 0.6480537657465552*in_A_1 - 0.6480537657465552*in_A_2 + in_A_1*in_q_1 + in_A_2*in_q_2 + in_q_0*t5)**2 - (-0.6480537657465552 - 0.6480537657465552*in_A_3 - 0.6480537657465552*in_A_4 - 0.6480537657465552*in_A_5 + in_A_3*in_q_0 + in_A_5*in_q_2 + in_q_1*t6)**2 - (-0.6480537657465552 - 0.6480537657465552*in_A_6 - 0.6480537657465552*in_A_7 - 0.6480537657465552*in_A_8 + in_A_6*in_q_0 + in_A_7*in_q_1 + in_q_2*t7)**2) > 0):
        raise ValueError("shift p1 moved more than 0.0938 from its affine position (outside the range where the neighbour set is valid)")
    if not numpy.all(numpy.asarray(0.19 + t41 + t42 + t43 + t44) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.0361 + t48 + t49 + t50 + t52 + t53 + t55 + t56 + t57 + t58 + t59 + t60 + t61 + t63 + t64 + t66 + t67 + t68 - t46 - t47 - t62 - t69 - t70 - t72 - t74 - t75 - t76 - t27*t62) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.006859 + t107 + t108 + t109 + t94 + t95 - t85 - t86 - t87 - t89 - t91 - t93 - 4.0*t38 - 4.0*t39 - 4.0*t40 - 2.0*t104 + 8.0*t33 - 0.1539*t42 - 0.1539*t43 - 0.1539*t45 - 0.1539*t54 - 0.1539*t77 - 0.1539*t78 - 0.81*t57 - 0.81*t61 + (0.76)*t27 + (0.76)*t28 + (0.76)*t29 + (0.19)*t58 + (1.62)*t101 + (1.62)*t71 + (1.62)*t73 + (0.0722)*in_A_0 + (0.0722)*in_A_4 + (0.0722)*in_A_8 + (0.0361)*t41 + (0.0361)*t51 + (0.0361)*t79 + in_A_2*t102 + in_A_6*t102 + in_A_8*t94 + in_A_8*t95 + t100*t99 + t101*t82 + t107*t29 + t107*t32 + t108*t28 + t109*t27 + t111*t80 + t112*t81 + t27*t94 + t27*t95 + t28*t94 + t28*t95 + t29*t94 + t29*t95 + t32*t69 + t33*t94 + t33*t95 + t35*t44 + t35*t65 + t37*t44 + t37*t65 + t39*t90 + t39*t92 + t40*t62 + t40*t92 + t41*t49 + t41*t88 + t41*t98 + t48*t51 + t48*t79 + t49*t79 + t50*t51 + t50*t79 + t51*t88 + t51*t97 + t52*t79 + t53*t77 + t55*t78 + t56*t79 + t56*t96 + t57*t78 + t58*t79 + t58*t96 + t59*t78 + t60*t77 + t61*t77 + t63*t79 + t64*t78 + t66*t79 + t67*t77 + t68*t79 + t71*t80 + t73*t81 - in_A_8*t86 - in_A_8*t87 - in_A_8*t91 - in_A_8*t93 - t104*t96 - t105*t106 - t111*t64 - t112*t67 - t113*t30 - t113*t31 - t113*t32 - t27*t85 - t27*t89 - t28*t86 - t28*t91 - t29*t87 - t29*t93 - t30*t48 - t30*t49 - t30*t97 - t30*t98 - t31*t48 - t31*t63 - t31*t68 - t31*t98 - t32*t49 - t32*t66 - t32*t68 - t32*t97 - t41*t83 - t42*t82 - t43*t46 - t43*t81 - t43*t83 - t45*t82 - t46*t78 - t46*t79 - t47*t54 - t47*t77 - t47*t79 - t51*t84 - t54*t80 - t54*t84 - t69*t79 - t70*t79 - t72*t78 - t74*t77 - t75*t78 - t76*t77 - t77*t81 - t78*t80 + in_A_6*t110*t82 + t31*t32*t44 - in_A_2*t105*t54 - t100*t103*t43 - t106*t110*t96) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.3348424093995421 - pre[6]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.3348424093995421 - pre[15]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.3348424093995421 - pre[24]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.3348424093995421 - pre[33]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + pre[36]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + pre[37]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + pre[38]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + pre[39]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + pre[40]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + pre[41]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + pre[42]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + pre[43]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + pre[44]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + pre[45]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + pre[46]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + pre[47]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    return pre


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
    pre = _preamble_bonds(in_A_0, in_A_1, in_A_2, in_A_3, in_A_4, in_A_5, in_A_6, in_A_7, in_A_8, in_p_0, in_p_1, in_p_2)
    im_f_0_0 = -0.0030274760309667577/(pre[3])**3
    im_f_0_1 = 9.978253520032038e-06/(pre[3])**6
    im_f_1_0 = -0.0030274760309667577/(pre[7])**3
    im_f_1_1 = 9.978253520032038e-06/(pre[7])**6
    im_f_2_0 = -0.0030274760309667577/(pre[11])**3
    im_f_2_1 = 9.978253520032038e-06/(pre[11])**6
    im_f_3_0 = -0.0030274760309667577/(pre[15])**3
    im_f_3_1 = 9.978253520032038e-06/(pre[15])**6
    out = numpy.empty(batch + (1,))
    out[..., 0] = im_f_0_0 + im_f_0_1 + im_f_1_0 + im_f_1_1 + im_f_2_0 + im_f_2_1 + im_f_3_0 + im_f_3_1
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
    pre = _preamble_bonds(in_A_0, in_A_1, in_A_2, in_A_3, in_A_4, in_A_5, in_A_6, in_A_7, in_A_8, in_p_0, in_p_1, in_p_2)
    im_f_0_2 = -5.986952112019223e-05/(pre[3])**7
    im_f_0_3 = 0.009082428092900273/(pre[3])**4
    im_f_1_2 = -5.986952112019223e-05/(pre[7])**7
    im_f_1_3 = 0.009082428092900273/(pre[7])**4
    im_f_3_2 = -5.986952112019223e-05/(pre[15])**7
    im_f_3_3 = 0.009082428092900273/(pre[15])**4
    t0 = im_f_1_2*pre[4] + im_f_1_3*pre[4]
    t1 = im_f_0_2*pre[0] + im_f_0_3*pre[0]
    t2 = im_f_3_2*pre[12] + im_f_3_3*pre[12]
    t3 = im_f_1_2*pre[5] + im_f_1_3*pre[5]
    t4 = im_f_0_2*pre[1] + im_f_0_3*pre[1]
    t5 = im_f_3_2*pre[13] + im_f_3_3*pre[13]
    t6 = im_f_1_2*pre[6] + im_f_1_3*pre[6]
    t7 = im_f_0_2*pre[2] + im_f_0_3*pre[2]
    t8 = im_f_3_2*pre[14] + im_f_3_3*pre[14]
    out = numpy.empty(batch + (9,))
    out[..., 0] = -t0 - t1
    out[..., 1] = -t0 - t2
    out[..., 2] = -t1 - t2
    out[..., 3] = -t3 - t4
    out[..., 4] = -t3 - t5
    out[..., 5] = -t4 - t5
    out[..., 6] = -t6 - t7
    out[..., 7] = -t6 - t8
    out[..., 8] = -t7 - t8
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
    pre = _preamble_bonds(in_A_0, in_A_1, in_A_2, in_A_3, in_A_4, in_A_5, in_A_6, in_A_7, in_A_8, in_p_0, in_p_1, in_p_2)
    im_f_0_2 = -5.986952112019223e-05/(pre[3])**7
    im_f_0_3 = 0.009082428092900273/(pre[3])**4
    im_f_0_4 = -0.03632971237160109/(pre[3])**5
    im_f_0_5 = 0.0004190866478413456/(pre[3])**8
    im_f_1_2 = -5.986952112019223e-05/(pre[7])**7
    im_f_1_3 = 0.009082428092900273/(pre[7])**4
    im_f_1_4 = -0.03632971237160109/(pre[7])**5
    im_f_1_5 = 0.0004190866478413456/(pre[7])**8
    im_f_3_2 = -5.986952112019223e-05/(pre[15])**7
    im_f_3_3 = 0.009082428092900273/(pre[15])**4
    im_f_3_4 = -0.03632971237160109/(pre[15])**5
    im_f_3_5 = 0.0004190866478413456/(pre[15])**8
    t0 = (pre[4])**2
    t1 = (0.5)*im_f_1_2 + (0.5)*im_f_1_3
    t2 = t1 + im_f_1_4*t0 + im_f_1_5*t0
    t3 = (pre[0])**2
    t4 = (0.5)*im_f_0_2 + (0.5)*im_f_0_3
    t5 = t4 + im_f_0_4*t3 + im_f_0_5*t3
    t6 = pre[4]*pre[5]
    t7 = im_f_1_4*t6 + im_f_1_5*t6
    t8 = pre[0]*pre[1]
    t9 = im_f_0_4*t8 + im_f_0_5*t8
    t10 = t7 + t9
    t11 = pre[4]*pre[6]
    t12 = im_f_1_4*t11 + im_f_1_5*t11
    t13 = pre[0]*pre[2]
    t14 = im_f_0_4*t13 + im_f_0_5*t13
    t15 = t12 + t14
    t16 = (pre[12])**2
    t17 = (0.5)*im_f_3_2 + (0.5)*im_f_3_3
    t18 = t17 + im_f_3_4*t16 + im_f_3_5*t16
    t19 = pre[12]*pre[13]
    t20 = im_f_3_4*t19 + im_f_3_5*t19
    t21 = t20 + t7
    t22 = pre[12]*pre[14]
    t23 = im_f_3_4*t22 + im_f_3_5*t22
    t24 = t12 + t23
    t25 = t20 + t9
    t26 = t14 + t23
    t27 = (pre[5])**2
    t28 = t1 + im_f_1_4*t27 + im_f_1_5*t27
    t29 = (pre[1])**2
    t30 = t4 + im_f_0_4*t29 + im_f_0_5*t29
    t31 = pre[5]*pre[6]
    t32 = im_f_1_4*t31 + im_f_1_5*t31
    t33 = pre[1]*pre[2]
    t34 = im_f_0_4*t33 + im_f_0_5*t33
    t35 = t32 + t34
    t36 = (pre[13])**2
    t37 = t17 + im_f_3_4*t36 + im_f_3_5*t36
    t38 = pre[13]*pre[14]
    t39 = im_f_3_4*t38 + im_f_3_5*t38
    t40 = t32 + t39
    t41 = t34 + t39
    t42 = (pre[6])**2
    t43 = t1 + im_f_1_4*t42 + im_f_1_5*t42
    t44 = (pre[2])**2
    t45 = t4 + im_f_0_4*t44 + im_f_0_5*t44
    t46 = (pre[14])**2
    t47 = t17 + im_f_3_4*t46 + im_f_3_5*t46
    out = numpy.empty(batch + (81,))
    out[..., 0] = t2 + t5
    out[..., 1] = t2
    out[..., 2] = t5
    out[..., 3] = t10
    out[..., 4] = t7
    out[..., 5] = t9
    out[..., 6] = t15
    out[..., 7] = t12
    out[..., 8] = t14
    out[..., 9] = t2
    out[..., 10] = t18 + t2
    out[..., 11] = t18
    out[..., 12] = t7
    out[..., 13] = t21
    out[..., 14] = t20
    out[..., 15] = t12
    out[..., 16] = t24
    out[..., 17] = t23
    out[..., 18] = t5
    out[..., 19] = t18
    out[..., 20] = t18 + t5
    out[..., 21] = t9
    out[..., 22] = t20
    out[..., 23] = t25
    out[..., 24] = t14
    out[..., 25] = t23
    out[..., 26] = t26
    out[..., 27] = t10
    out[..., 28] = t7
    out[..., 29] = t9
    out[..., 30] = t28 + t30
    out[..., 31] = t28
    out[..., 32] = t30
    out[..., 33] = t35
    out[..., 34] = t32
    out[..., 35] = t34
    out[..., 36] = t7
    out[..., 37] = t21
    out[..., 38] = t20
    out[..., 39] = t28
    out[..., 40] = t28 + t37
    out[..., 41] = t37
    out[..., 42] = t32
    out[..., 43] = t40
    out[..., 44] = t39
    out[..., 45] = t9
    out[..., 46] = t20
    out[..., 47] = t25
    out[..., 48] = t30
    out[..., 49] = t37
    out[..., 50] = t30 + t37
    out[..., 51] = t34
    out[..., 52] = t39
    out[..., 53] = t41
    out[..., 54] = t15
    out[..., 55] = t12
    out[..., 56] = t14
    out[..., 57] = t35
    out[..., 58] = t32
    out[..., 59] = t34
    out[..., 60] = t43 + t45
    out[..., 61] = t43
    out[..., 62] = t45
    out[..., 63] = t12
    out[..., 64] = t24
    out[..., 65] = t23
    out[..., 66] = t32
    out[..., 67] = t40
    out[..., 68] = t39
    out[..., 69] = t43
    out[..., 70] = t43 + t47
    out[..., 71] = t47
    out[..., 72] = t14
    out[..., 73] = t23
    out[..., 74] = t26
    out[..., 75] = t34
    out[..., 76] = t39
    out[..., 77] = t41
    out[..., 78] = t45
    out[..., 79] = t47
    out[..., 80] = t45 + t47
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
    pre = _preamble_bonds(in_A_0, in_A_1, in_A_2, in_A_3, in_A_4, in_A_5, in_A_6, in_A_7, in_A_8, in_p_0, in_p_1, in_p_2)
    im_f_0_6 = -(0.006591796875)/(pre[3])**3
    im_f_0_7 = (2.1725893020629883e-05)/(pre[3])**6
    im_f_1_6 = -(0.006591796875)/(pre[7])**3
    im_f_1_7 = (2.1725893020629883e-05)/(pre[7])**6
    im_f_2_6 = -(0.006591796875)/(pre[11])**3
    im_f_2_7 = (2.1725893020629883e-05)/(pre[11])**6
    im_f_3_6 = -(0.006591796875)/(pre[15])**3
    im_f_3_7 = (2.1725893020629883e-05)/(pre[15])**6
    out = numpy.empty(batch + (1,))
    out[..., 0] = im_f_0_6 + im_f_0_7 + im_f_1_6 + im_f_1_7 + im_f_2_6 + im_f_2_7 + im_f_3_6 + im_f_3_7
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
    pre = _preamble_bonds(in_A_0, in_A_1, in_A_2, in_A_3, in_A_4, in_A_5, in_A_6, in_A_7, in_A_8, in_p_0, in_p_1, in_p_2)
    im_f_0_2 = -5.986952112019223e-05/(pre[3])**7
    im_f_0_3 = 0.009082428092900273/(pre[3])**4
    im_f_1_2 = -5.986952112019223e-05/(pre[7])**7
    im_f_1_3 = 0.009082428092900273/(pre[7])**4
    im_f_2_2 = -5.986952112019223e-05/(pre[11])**7
    im_f_2_3 = 0.009082428092900273/(pre[11])**4
    im_f_3_2 = -5.986952112019223e-05/(pre[15])**7
    im_f_3_3 = 0.009082428092900273/(pre[15])**4
    t0 = 0.7715409221085261*pre[0]
    t1 = 0.7715409221085261*pre[4]
    t2 = 0.7715409221085261*pre[8]
    t3 = 0.7715409221085261*pre[12]
    t4 = 0.7715409221085261*pre[1]
    t5 = 0.7715409221085261*pre[5]
    t6 = 0.7715409221085261*pre[9]
    t7 = 0.7715409221085261*pre[13]
    t8 = 0.7715409221085261*pre[2]
    t9 = 0.7715409221085261*pre[6]
    t10 = 0.7715409221085261*pre[10]
    t11 = 0.7715409221085261*pre[14]
    out = numpy.empty(batch + (3,))
    out[..., 0] = im_f_0_2*t0 + im_f_0_3*t0 + im_f_1_2*t1 + im_f_1_3*t1 + im_f_2_2*t2 + im_f_2_3*t2 + im_f_3_2*t3 + im_f_3_3*t3
    out[..., 1] = im_f_0_2*t4 + im_f_0_3*t4 + im_f_1_2*t5 + im_f_1_3*t5 + im_f_2_2*t6 + im_f_2_3*t6 + im_f_3_2*t7 + im_f_3_3*t7
    out[..., 2] = im_f_0_2*t8 + im_f_0_3*t8 + im_f_1_2*t9 + im_f_1_3*t9 + im_f_2_2*t10 + im_f_2_3*t10 + im_f_3_2*t11 + im_f_3_3*t11
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
    pre = _preamble_bonds(in_A_0, in_A_1, in_A_2, in_A_3, in_A_4, in_A_5, in_A_6, in_A_7, in_A_8, in_p_0, in_p_1, in_p_2)
    im_f_0_2 = -5.986952112019223e-05/(pre[3])**7
    im_f_0_3 = 0.009082428092900273/(pre[3])**4
    im_f_0_4 = -0.03632971237160109/(pre[3])**5
    im_f_0_5 = 0.0004190866478413456/(pre[3])**8
    im_f_1_2 = -5.986952112019223e-05/(pre[7])**7
    im_f_1_3 = 0.009082428092900273/(pre[7])**4
    im_f_1_4 = -0.03632971237160109/(pre[7])**5
    im_f_1_5 = 0.0004190866478413456/(pre[7])**8
    im_f_2_2 = -5.986952112019223e-05/(pre[11])**7
    im_f_2_3 = 0.009082428092900273/(pre[11])**4
    im_f_2_4 = -0.03632971237160109/(pre[11])**5
    im_f_2_5 = 0.0004190866478413456/(pre[11])**8
    im_f_3_2 = -5.986952112019223e-05/(pre[15])**7
    im_f_3_3 = 0.009082428092900273/(pre[15])**4
    im_f_3_4 = -0.03632971237160109/(pre[15])**5
    im_f_3_5 = 0.0004190866478413456/(pre[15])**8
    t0 = 0.5952753944880748*(pre[0])**2
    t1 = 0.5952753944880748*(pre[4])**2
    t2 = 0.5952753944880748*(pre[8])**2
    t3 = 0.5952753944880748*(pre[12])**2
    t4 = 0.2976376972440374*im_f_0_2 + 0.2976376972440374*im_f_0_3 + 0.2976376972440374*im_f_1_2 + 0.2976376972440374*im_f_1_3 + 0.2976376972440374*im_f_2_2 + 0.2976376972440374*im_f_2_3 + 0.2976376972440374*im_f_3_2 + 0.2976376972440374*im_f_3_3
    t5 = 0.5952753944880748*pre[0]
    t6 = pre[1]*t5
    t7 = 0.5952753944880748*pre[4]
    t8 = pre[5]*t7
    t9 = 0.5952753944880748*pre[8]
    t10 = pre[9]*t9
    t11 = 0.5952753944880748*pre[12]
    t12 = pre[13]*t11
    t13 = im_f_0_4*t6 + im_f_0_5*t6 + im_f_1_4*t8 + im_f_1_5*t8 + im_f_2_4*t10 + im_f_2_5*t10 + im_f_3_4*t12 + im_f_3_5*t12
    t14 = pre[2]*t5
    t15 = pre[6]*t7
    t16 = pre[10]*t9
    t17 = pre[14]*t11
    t18 = im_f_0_4*t14 + im_f_0_5*t14 + im_f_1_4*t15 + im_f_1_5*t15 + im_f_2_4*t16 + im_f_2_5*t16 + im_f_3_4*t17 + im_f_3_5*t17
    t19 = 0.5952753944880748*(pre[1])**2
    t20 = 0.5952753944880748*(pre[5])**2
    t21 = 0.5952753944880748*(pre[9])**2
    t22 = 0.5952753944880748*(pre[13])**2
    t23 = 0.5952753944880748*pre[1]*pre[2]
    t24 = 0.5952753944880748*pre[5]*pre[6]
    t25 = 0.5952753944880748*pre[10]*pre[9]
    t26 = 0.5952753944880748*pre[13]*pre[14]
    t27 = im_f_0_4*t23 + im_f_0_5*t23 + im_f_1_4*t24 + im_f_1_5*t24 + im_f_2_4*t25 + im_f_2_5*t25 + im_f_3_4*t26 + im_f_3_5*t26
    t28 = 0.5952753944880748*(pre[2])**2
    t29 = 0.5952753944880748*(pre[6])**2
    t30 = 0.5952753944880748*(pre[10])**2
    t31 = 0.5952753944880748*(pre[14])**2
    out = numpy.empty(batch + (9,))
    out[..., 0] = t4 + im_f_0_4*t0 + im_f_0_5*t0 + im_f_1_4*t1 + im_f_1_5*t1 + im_f_2_4*t2 + im_f_2_5*t2 + im_f_3_4*t3 + im_f_3_5*t3
    out[..., 1] = t13
    out[..., 2] = t18
    out[..., 3] = t13
    out[..., 4] = t4 + im_f_0_4*t19 + im_f_0_5*t19 + im_f_1_4*t20 + im_f_1_5*t20 + im_f_2_4*t21 + im_f_2_5*t21 + im_f_3_4*t22 + im_f_3_5*t22
    out[..., 5] = t27
    out[..., 6] = t18
    out[..., 7] = t27
    out[..., 8] = t4 + im_f_0_4*t28 + im_f_0_5*t28 + im_f_1_4*t29 + im_f_1_5*t29 + im_f_2_4*t30 + im_f_2_5*t30 + im_f_3_4*t31 + im_f_3_5*t31
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
    pre = _preamble_fractional_bonds(in_A_0, in_A_1, in_A_2, in_A_3, in_A_4, in_A_5, in_A_6, in_A_7, in_A_8, in_q_0, in_q_1, in_q_2)
    t0 = 2.0*pre[3]
    t1 = pre[0]*t0
    t2 = 2.0*pre[12]
    t3 = pre[9]*t2
    t4 = 2.0*pre[21]
    t5 = pre[18]*t4
    t6 = 2.0*pre[30]
    t7 = pre[27]*t6
    t8 = pre[10]*t2
    t9 = pre[19]*t4
    t10 = pre[1]*t0
    t11 = pre[28]*t6
    t12 = pre[11]*t2
    t13 = pre[20]*t4
    t14 = pre[29]*t6
    t15 = pre[2]*t0
    t16 = 2.0*pre[4]
    t17 = pre[0]*t16
    t18 = 2.0*pre[13]
    t19 = pre[9]*t18
    t20 = 2.0*pre[22]
    t21 = pre[18]*t20
    t22 = 2.0*pre[31]
    t23 = pre[27]*t22
    t24 = pre[10]*t18
    t25 = pre[19]*t20
    t26 = pre[1]*t16
    t27 = pre[28]*t22
    t28 = pre[11]*t18
    t29 = pre[20]*t20
    t30 = pre[29]*t22
    t31 = pre[2]*t16
    t32 = 2.0*pre[5]
    t33 = pre[0]*t32
    t34 = 2.0*pre[14]
    t35 = pre[9]*t34
    t36 = 2.0*pre[23]
    t37 = pre[18]*t36
    t38 = 2.0*pre[32]
    t39 = pre[27]*t38
    t40 = pre[10]*t34
    t41 = pre[19]*t36
    t42 = pre[1]*t32
    t43 = pre[28]*t38
    t44 = pre[11]*t34
    t45 = pre[20]*t36
    t46 = pre[29]*t38
    t47 = pre[2]*t32
    out = numpy.empty(batch + (9,))
    out[..., 0] = pre[16]*t3 + pre[17]*t3 + pre[25]*t5 + pre[26]*t5 + pre[34]*t7 + pre[35]*t7 + pre[7]*t1 + pre[8]*t1
    out[..., 1] = pre[16]*t8 + pre[17]*t8 + pre[25]*t9 + pre[26]*t9 + pre[34]*t11 + pre[35]*t11 + pre[7]*t10 + pre[8]*t10
    out[..., 2] = pre[16]*t12 + pre[17]*t12 + pre[25]*t13 + pre[26]*t13 + pre[34]*t14 + pre[35]*t14 + pre[7]*t15 + pre[8]*t15
    out[..., 3] = pre[16]*t19 + pre[17]*t19 + pre[25]*t21 + pre[26]*t21 + pre[34]*t23 + pre[35]*t23 + pre[7]*t17 + pre[8]*t17
    out[..., 4] = pre[16]*t24 + pre[17]*t24 + pre[25]*t25 + pre[26]*t25 + pre[34]*t27 + pre[35]*t27 + pre[7]*t26 + pre[8]*t26
    out[..., 5] = pre[16]*t28 + pre[17]*t28 + pre[25]*t29 + pre[26]*t29 + pre[34]*t30 + pre[35]*t30 + pre[7]*t31 + pre[8]*t31
    out[..., 6] = pre[16]*t35 + pre[17]*t35 + pre[25]*t37 + pre[26]*t37 + pre[34]*t39 + pre[35]*t39 + pre[7]*t33 + pre[8]*t33
    out[..., 7] = pre[16]*t40 + pre[17]*t40 + pre[25]*t41 + pre[26]*t41 + pre[34]*t43 + pre[35]*t43 + pre[7]*t42 + pre[8]*t42
    out[..., 8] = pre[16]*t44 + pre[17]*t44 + pre[25]*t45 + pre[26]*t45 + pre[34]*t46 + pre[35]*t46 + pre[7]*t47 + pre[8]*t47
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
    pre = _preamble_fractional_bonds(in_A_0, in_A_1, in_A_2, in_A_3, in_A_4, in_A_5, in_A_6, in_A_7, in_A_8, in_q_0, in_q_1, in_q_2)
    im_f_0_4 = -0.03632971237160109/(pre[6])**5
    im_f_0_5 = 0.0004190866478413456/(pre[6])**8
    im_f_1_4 = -0.03632971237160109/(pre[15])**5
    im_f_1_5 = 0.0004190866478413456/(pre[15])**8
    im_f_2_4 = -0.03632971237160109/(pre[24])**5
    im_f_2_5 = 0.0004190866478413456/(pre[24])**8
    im_f_3_4 = -0.03632971237160109/(pre[33])**5
    im_f_3_5 = 0.0004190866478413456/(pre[33])**8
    t0 = (pre[0])**2
    t1 = 4.0*(pre[3])**2
    t2 = t0*t1
    t3 = (pre[9])**2
    t4 = 4.0*(pre[12])**2
    t5 = t3*t4
    t6 = (pre[18])**2
    t7 = 4.0*(pre[21])**2
    t8 = t6*t7
    t9 = (pre[27])**2
    t10 = 4.0*(pre[30])**2
    t11 = t10*t9
    t12 = 2.0*t3
    t13 = 2.0*t6
    t14 = 2.0*t9
    t15 = 2.0*t0
    t16 = pre[16]*t12 + pre[17]*t12 + pre[25]*t13 + pre[26]*t13 + pre[34]*t14 + pre[35]*t14 + pre[7]*t15 + pre[8]*t15
    t17 = pre[0]*t1
    t18 = pre[1]*t17
    t19 = pre[9]*t4
    t20 = pre[10]*t19
    t21 = pre[18]*t7
    t22 = pre[19]*t21
    t23 = pre[27]*t10
    t24 = pre[28]*t23
    t25 = 2.0*pre[0]
    t26 = pre[1]*t25
    t27 = 2.0*pre[9]
    t28 = pre[10]*t27
    t29 = 2.0*pre[18]
    t30 = pre[19]*t29
    t31 = 2.0*pre[27]
    t32 = pre[28]*t31
    t33 = pre[16]*t28 + pre[17]*t28 + pre[25]*t30 + pre[26]*t30 + pre[34]*t32 + pre[35]*t32 + pre[7]*t26 + pre[8]*t26
    t34 = t33 + im_f_0_4*t18 + im_f_0_5*t18 + im_f_1_4*t20 + im_f_1_5*t20 + im_f_2_4*t22 + im_f_2_5*t22 + im_f_3_4*t24 + im_f_3_5*t24
    t35 = pre[2]*t17
    t36 = pre[11]*t19
    t37 = pre[20]*t21
    t38 = pre[29]*t23
    t39 = pre[2]*t25
    t40 = pre[11]*t27
    t41 = pre[20]*t29
    t42 = pre[29]*t31
    t43 = pre[16]*t40 + pre[17]*t40 + pre[25]*t41 + pre[26]*t41 + pre[34]*t42 + pre[35]*t42 + pre[7]*t39 + pre[8]*t39
    t44 = t43 + im_f_0_4*t35 + im_f_0_5*t35 + im_f_1_4*t36 + im_f_1_5*t36 + im_f_2_4*t37 + im_f_2_5*t37 + im_f_3_4*t38 + im_f_3_5*t38
    t45 = 4.0*pre[3]
    t46 = t0*t45
    t47 = im_f_0_4*pre[4]
    t48 = im_f_0_5*t46
    t49 = 4.0*pre[12]
    t50 = t3*t49
    t51 = im_f_1_4*pre[13]
    t52 = im_f_1_5*t50
    t53 = 4.0*pre[21]
    t54 = t53*t6
    t55 = im_f_2_4*pre[22]
    t56 = im_f_2_5*t54
    t57 = 4.0*pre[30]
    t58 = t57*t9
    t59 = im_f_3_4*pre[31]
    t60 = im_f_3_5*t58
    t61 = pre[13]*t52 + pre[22]*t56 + pre[31]*t60 + pre[4]*t48 + t46*t47 + t50*t51 + t54*t55 + t58*t59
    t62 = pre[0]*t45
    t63 = pre[1]*t62
    t64 = im_f_0_5*pre[4]
    t65 = pre[9]*t49
    t66 = pre[10]*t65
    t67 = im_f_1_5*pre[13]
    t68 = pre[18]*t53
    t69 = pre[19]*t68
    t70 = im_f_2_5*pre[22]
    t71 = pre[27]*t57
    t72 = pre[28]*t71
    t73 = im_f_3_5*pre[31]
    t74 = t47*t63 + t51*t66 + t55*t69 + t59*t72 + t63*t64 + t66*t67 + t69*t70 + t72*t73
    t75 = pre[2]*t62
    t76 = pre[11]*t65
    t77 = pre[20]*t68
    t78 = pre[29]*t71
    t79 = t47*t75 + t51*t76 + t55*t77 + t59*t78 + t64*t75 + t67*t76 + t70*t77 + t73*t78
    t80 = im_f_0_4*pre[5]
    t81 = im_f_1_4*pre[14]
    t82 = im_f_2_4*pre[23]
    t83 = im_f_3_4*pre[32]
    t84 = pre[14]*t52 + pre[23]*t56 + pre[32]*t60 + pre[5]*t48 + t46*t80 + t50*t81 + t54*t82 + t58*t83
    t85 = im_f_0_5*pre[5]
    t86 = im_f_1_5*pre[14]
    t87 = im_f_2_5*pre[23]
    t88 = im_f_3_5*pre[32]
    t89 = t63*t80 + t63*t85 + t66*t81 + t66*t86 + t69*t82 + t69*t87 + t72*t83 + t72*t88
    t90 = t75*t80 + t75*t85 + t76*t81 + t76*t86 + t77*t82 + t77*t87 + t78*t83 + t78*t88
    t91 = (pre[1])**2
    t92 = t1*t91
    t93 = (pre[10])**2
    t94 = t4*t93
    t95 = (pre[19])**2
    t96 = t7*t95
    t97 = (pre[28])**2
    t98 = t10*t97
    t99 = 2.0*t93
    t100 = 2.0*t95
    t101 = 2.0*t97
    t102 = 2.0*t91
    t103 = pre[16]*t99 + pre[17]*t99 + pre[25]*t100 + pre[26]*t100 + pre[34]*t101 + pre[35]*t101 + pre[7]*t102 + pre[8]*t102
    t104 = pre[1]*pre[2]
    t105 = t1*t104
    t106 = pre[10]*pre[11]
    t107 = t106*t4
    t108 = pre[19]*pre[20]
    t109 = t108*t7
    t110 = pre[28]*pre[29]
    t111 = t10*t110
    t112 = 2.0*t106
    t113 = 2.0*t108
    t114 = 2.0*t104
    t115 = 2.0*t110
    t116 = pre[16]*t112 + pre[17]*t112 + pre[25]*t113 + pre[26]*t113 + pre[34]*t115 + pre[35]*t115 + pre[7]*t114 + pre[8]*t114
    t117 = t116 + im_f_0_4*t105 + im_f_0_5*t105 + im_f_1_4*t107 + im_f_1_5*t107 + im_f_2_4*t109 + im_f_2_5*t109 + im_f_3_4*t111 + im_f_3_5*t111
    t118 = t45*t91
    t119 = im_f_0_5*t118
    t120 = t49*t93
    t121 = im_f_1_5*t120
    t122 = t53*t95
    t123 = im_f_2_5*t122
    t124 = t57*t97
    t125 = im_f_3_5*t124
    t126 = pre[13]*t121 + pre[22]*t123 + pre[31]*t125 + pre[4]*t119 + t118*t47 + t120*t51 + t122*t55 + t124*t59
    t127 = t104*t45
    t128 = t106*t49
    t129 = t108*t53
    t130 = t110*t57
    t131 = t127*t47 + t127*t64 + t128*t51 + t128*t67 + t129*t55 + t129*t70 + t130*t59 + t130*t73
    t132 = pre[14]*t121 + pre[23]*t123 + pre[32]*t125 + pre[5]*t119 + t118*t80 + t120*t81 + t122*t82 + t124*t83
    t133 = t127*t80 + t127*t85 + t128*t81 + t128*t86 + t129*t82 + t129*t87 + t130*t83 + t130*t88
    t134 = (pre[2])**2
    t135 = t1*t134
    t136 = (pre[11])**2
    t137 = t136*t4
    t138 = (pre[20])**2
    t139 = t138*t7
    t140 = (pre[29])**2
    t141 = t10*t140
    t142 = 2.0*t136
    t143 = 2.0*t138
    t144 = 2.0*t140
    t145 = 2.0*t134
    t146 = pre[16]*t142 + pre[17]*t142 + pre[25]*t143 + pre[26]*t143 + pre[34]*t144 + pre[35]*t144 + pre[7]*t145 + pre[8]*t145
    t147 = t134*t45
    t148 = im_f_0_5*t147
    t149 = t136*t49
    t150 = im_f_1_5*t149
    t151 = t138*t53
    t152 = im_f_2_5*t151
    t153 = t140*t57
    t154 = im_f_3_5*t153
    t155 = pre[13]*t150 + pre[22]*t152 + pre[31]*t154 + pre[4]*t148 + t147*t47 + t149*t51 + t151*t55 + t153*t59
    t156 = pre[14]*t150 + pre[23]*t152 + pre[32]*t154 + pre[5]*t148 + t147*t80 + t149*t81 + t151*t82 + t153*t83
    t157 = 4.0*(pre[4])**2
    t158 = t0*t157
    t159 = 4.0*(pre[13])**2
    t160 = t159*t3
    t161 = 4.0*(pre[22])**2
    t162 = t161*t6
    t163 = 4.0*(pre[31])**2
    t164 = t163*t9
    t165 = pre[0]*t157
    t166 = pre[1]*t165
    t167 = pre[9]*t159
    t168 = pre[10]*t167
    t169 = pre[18]*t161
    t170 = pre[19]*t169
    t171 = pre[27]*t163
    t172 = pre[28]*t171
    t173 = t33 + im_f_0_4*t166 + im_f_0_5*t166 + im_f_1_4*t168 + im_f_1_5*t168 + im_f_2_4*t170 + im_f_2_5*t170 + im_f_3_4*t172 + im_f_3_5*t172
    t174 = pre[2]*t165
    t175 = pre[11]*t167
    t176 = pre[20]*t169
    t177 = pre[29]*t171
    t178 = t43 + im_f_0_4*t174 + im_f_0_5*t174 + im_f_1_4*t175 + im_f_1_5*t175 + im_f_2_4*t176 + im_f_2_5*t176 + im_f_3_4*t177 + im_f_3_5*t177
    t179 = 4.0*pre[5]
    t180 = t0*t179
    t181 = 4.0*pre[14]
    t182 = t181*t3
    t183 = 4.0*pre[23]
    t184 = t183*t6
    t185 = 4.0*pre[32]
    t186 = t185*t9
    t187 = t180*t47 + t180*t64 + t182*t51 + t182*t67 + t184*t55 + t184*t70 + t186*t59 + t186*t73
    t188 = pre[0]*t179
    t189 = pre[1]*t188
    t190 = pre[9]*t181
    t191 = pre[10]*t190
    t192 = pre[18]*t183
    t193 = pre[19]*t192
    t194 = pre[27]*t185
    t195 = pre[28]*t194
    t196 = t189*t47 + t189*t64 + t191*t51 + t191*t67 + t193*t55 + t193*t70 + t195*t59 + t195*t73
    t197 = pre[2]*t188
    t198 = pre[11]*t190
    t199 = pre[20]*t192
    t200 = pre[29]*t194
    t201 = t197*t47 + t197*t64 + t198*t51 + t198*t67 + t199*t55 + t199*t70 + t200*t59 + t200*t73
    t202 = t157*t91
    t203 = t159*t93
    t204 = t161*t95
    t205 = t163*t97
    t206 = t104*t157
    t207 = t106*t159
    t208 = t108*t161
    t209 = t110*t163
    t210 = t116 + im_f_0_4*t206 + im_f_0_5*t206 + im_f_1_4*t207 + im_f_1_5*t207 + im_f_2_4*t208 + im_f_2_5*t208 + im_f_3_4*t209 + im_f_3_5*t209
    t211 = t179*t91
    t212 = t181*t93
    t213 = t183*t95
    t214 = t185*t97
    t215 = t211*t47 + t211*t64 + t212*t51 + t212*t67 + t213*t55 + t213*t70 + t214*t59 + t214*t73
    t216 = t104*t179
    t217 = t106*t181
    t218 = t108*t183
    t219 = t110*t185
    t220 = t216*t47 + t216*t64 + t217*t51 + t217*t67 + t218*t55 + t218*t70 + t219*t59 + t219*t73
    t221 = t134*t157
    t222 = t136*t159
    t223 = t138*t161
    t224 = t140*t163
    t225 = t134*t179
    t226 = t136*t181
    t227 = t138*t183
    t228 = t140*t185
    t229 = t225*t47 + t225*t64 + t226*t51 + t226*t67 + t227*t55 + t227*t70 + t228*t59 + t228*t73
    t230 = 4.0*(pre[5])**2
    t231 = t0*t230
    t232 = 4.0*(pre[14])**2
    t233 = t232*t3
    t234 = 4.0*(pre[23])**2
    t235 = t234*t6
    t236 = 4.0*(pre[32])**2
    t237 = t236*t9
    t238 = pre[0]*t230
    t239 = pre[1]*t238
    t240 = pre[9]*t232
    t241 = pre[10]*t240
    t242 = pre[18]*t234
    t243 = pre[19]*t242
    t244 = pre[27]*t236
    t245 = pre[28]*t244
    t246 = t33 + im_f_0_4*t239 + im_f_0_5*t239 + im_f_1_4*t241 + im_f_1_5*t241 + im_f_2_4*t243 + im_f_2_5*t243 + im_f_3_4*t245 + im_f_3_5*t245
    t247 = pre[2]*t238
    t248 = pre[11]*t240
    t249 = pre[20]*t242
    t250 = pre[29]*t244
    t251 = t43 + im_f_0_4*t247 + im_f_0_5*t247 + im_f_1_4*t248 + im_f_1_5*t248 + im_f_2_4*t249 + im_f_2_5*t249 + im_f_3_4*t250 + im_f_3_5*t250
    t252 = t230*t91
    t253 = t232*t93
    t254 = t234*t95
    t255 = t236*t97
    t256 = t104*t230
    t257 = t106*t232
    t258 = t108*t234
    t259 = t110*t236
    t260 = t116 + im_f_0_4*t256 + im_f_0_5*t256 + im_f_1_4*t257 + im_f_1_5*t257 + im_f_2_4*t258 + im_f_2_5*t258 + im_f_3_4*t259 + im_f_3_5*t259
    t261 = t134*t230
    t262 = t136*t232
    t263 = t138*t234
    t264 = t140*t236
    out = numpy.empty(batch + (81,))
    out[..., 0] = t16 + im_f_0_4*t2 + im_f_0_5*t2 + im_f_1_4*t5 + im_f_1_5*t5 + im_f_2_4*t8 + im_f_2_5*t8 + im_f_3_4*t11 + im_f_3_5*t11
    out[..., 1] = t34
    out[..., 2] = t44
    out[..., 3] = t61
    out[..., 4] = t74
    out[..., 5] = t79
    out[..., 6] = t84
    out[..., 7] = t89
    out[..., 8] = t90
    out[..., 9] = t34
    out[..., 10] = t103 + im_f_0_4*t92 + im_f_0_5*t92 + im_f_1_4*t94 + im_f_1_5*t94 + im_f_2_4*t96 + im_f_2_5*t96 + im_f_3_4*t98 + im_f_3_5*t98
    out[..., 11] = t117
    out[..., 12] = t74
    out[..., 13] = t126
    out[..., 14] = t131
    out[..., 15] = t89
    out[..., 16] = t132
    out[..., 17] = t133
    out[..., 18] = t44
    out[..., 19] = t117
    out[..., 20] = t146 + im_f_0_4*t135 + im_f_0_5*t135 + im_f_1_4*t137 + im_f_1_5*t137 + im_f_2_4*t139 + im_f_2_5*t139 + im_f_3_4*t141 + im_f_3_5*t141
    out[..., 21] = t79
    out[..., 22] = t131
    out[..., 23] = t155
    out[..., 24] = t90
    out[..., 25] = t133
    out[..., 26] = t156
    out[..., 27] = t61
    out[..., 28] = t74
    out[..., 29] = t79
    out[..., 30] = t16 + im_f_0_4*t158 + im_f_0_5*t158 + im_f_1_4*t160 + im_f_1_5*t160 + im_f_2_4*t162 + im_f_2_5*t162 + im_f_3_4*t164 + im_f_3_5*t164
    out[..., 31] = t173
    out[..., 32] = t178
    out[..., 33] = t187
    out[..., 34] = t196
    out[..., 35] = t201
    out[..., 36] = t74
    out[..., 37] = t126
    out[..., 38] = t131
    out[..., 39] = t173
    out[..., 40] = t103 + im_f_0_4*t202 + im_f_0_5*t202 + im_f_1_4*t203 + im_f_1_5*t203 + im_f_2_4*t204 + im_f_2_5*t204 + im_f_3_4*t205 + im_f_3_5*t205
    out[..., 41] = t210
    out[..., 42] = t196
    out[..., 43] = t215
    out[..., 44] = t220
    out[..., 45] = t79
    out[..., 46] = t131
    out[..., 47] = t155
    out[..., 48] = t178
    out[..., 49] = t210
    out[..., 50] = t146 + im_f_0_4*t221 + im_f_0_5*t221 + im_f_1_4*t222 + im_f_1_5*t222 + im_f_2_4*t223 + im_f_2_5*t223 + im_f_3_4*t224 + im_f_3_5*t224
    out[..., 51] = t201
    out[..., 52] = t220
    out[..., 53] = t229
    out[..., 54] = t84
    out[..., 55] = t89
    out[..., 56] = t90
    out[..., 57] = t187
    out[..., 58] = t196
    out[..., 59] = t201
    out[..., 60] = t16 + im_f_0_4*t231 + im_f_0_5*t231 + im_f_1_4*t233 + im_f_1_5*t233 + im_f_2_4*t235 + im_f_2_5*t235 + im_f_3_4*t237 + im_f_3_5*t237
    out[..., 61] = t246
    out[..., 62] = t251
    out[..., 63] = t89
    out[..., 64] = t132
    out[..., 65] = t133
    out[..., 66] = t196
    out[..., 67] = t215
    out[..., 68] = t220
    out[..., 69] = t246
    out[..., 70] = t103 + im_f_0_4*t252 + im_f_0_5*t252 + im_f_1_4*t253 + im_f_1_5*t253 + im_f_2_4*t254 + im_f_2_5*t254 + im_f_3_4*t255 + im_f_3_5*t255
    out[..., 71] = t260
    out[..., 72] = t90
    out[..., 73] = t133
    out[..., 74] = t156
    out[..., 75] = t201
    out[..., 76] = t220
    out[..., 77] = t229
    out[..., 78] = t251
    out[..., 79] = t260
    out[..., 80] = t146 + im_f_0_4*t261 + im_f_0_5*t261 + im_f_1_4*t262 + im_f_1_5*t262 + im_f_2_4*t263 + im_f_2_5*t263 + im_f_3_4*t264 + im_f_3_5*t264
    return out.reshape(batch + (3, 3, 3, 3,))
