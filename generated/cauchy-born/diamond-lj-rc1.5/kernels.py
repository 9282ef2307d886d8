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
    """The 60 intermediates pre[i] its kernels share; ValueError where one of its guards fails."""
    pre = [None] * 60
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
    t12 = (pre[3])**-3
    pre[4] = -0.0030274760309667577*t12
    t13 = (pre[3])**-6
    pre[5] = 9.978253520032038e-06*t13
    pre[6] = -5.986952112019223e-05/(pre[3])**7
    pre[7] = 0.009082428092900273/(pre[3])**4
    pre[8] = -0.03632971237160109/(pre[3])**5
    pre[9] = 0.0004190866478413456/(pre[3])**8
    pre[10] = -0.006591796875*t12
    pre[11] = (2.1725893020629883e-05)*t13
    t14 = (0.5)*in_A_1
    t15 = t14 + t2
    pre[12] = -t0 - t15
    t16 = 0.5 + (0.5)*in_A_4
    t17 = t16 + t5
    pre[13] = -t17 - t4
    t18 = (0.5)*in_A_7
    t19 = t18 + t9
    pre[14] = -t19 - t8
    pre[15] = (pre[12])**2 + (pre[13])**2 + (pre[14])**2
    t20 = (pre[15])**-3
    pre[16] = -0.0030274760309667577*t20
    t21 = (pre[15])**-6
    pre[17] = 9.978253520032038e-06*t21
    pre[18] = -5.986952112019223e-05/(pre[15])**7
    pre[19] = 0.009082428092900273/(pre[15])**4
    pre[20] = -0.03632971237160109/(pre[15])**5
    pre[21] = 0.0004190866478413456/(pre[15])**8
    pre[22] = -0.006591796875*t20
    pre[23] = (2.1725893020629883e-05)*t21
    pre[24] = 0.38577046105426305*in_p_0
    pre[25] = 0.38577046105426305*in_p_1
    pre[26] = 0.38577046105426305*in_p_2
    pre[27] = (pre[24])**2 + (pre[25])**2 + (pre[26])**2
    t22 = (pre[27])**-3
    pre[28] = -0.0030274760309667577*t22
    t23 = (pre[27])**-6
    pre[29] = 9.978253520032038e-06*t23
    pre[30] = -5.986952112019223e-05/(pre[27])**7
    pre[31] = 0.009082428092900273/(pre[27])**4
    pre[32] = -0.03632971237160109/(pre[27])**5
    pre[33] = 0.0004190866478413456/(pre[27])**8
    pre[34] = -0.006591796875*t22
    pre[35] = (2.1725893020629883e-05)*t23
    t24 = t1 + t14
    pre[36] = -t0 - t24
    t25 = t16 + t6
    pre[37] = -t25 - t4
    t26 = t10 + t18
    pre[38] = -t26 - t8
    pre[39] = (pre[36])**2 + (pre[37])**2 + (pre[38])**2
    t27 = (pre[39])**-3
    pre[40] = -0.0030274760309667577*t27
    t28 = (pre[39])**-6
    pre[41] = 9.978253520032038e-06*t28
    pre[42] = -5.986952112019223e-05/(pre[39])**7
    pre[43] = 0.009082428092900273/(pre[39])**4
    pre[44] = -0.03632971237160109/(pre[39])**5
    pre[45] = 0.0004190866478413456/(pre[39])**8
    pre[46] = -0.006591796875*t27
    pre[47] = (2.1725893020629883e-05)*t28
    t29 = (t15)**2 + (t17)**2 + (t19)**2
    pre[48] = t29
    t30 = -t1
    t31 = -t18
    t32 = -t6
    t33 = (t10 + t31)**2 + (-t14 - t30)**2 + (-t16 - t32)**2
    pre[49] = t33
    t34 = (t11)**2 + (t3)**2 + (t7)**2
    pre[50] = t34
    t35 = (t14 - t2)**2 + (t16 - t5)**2 + (-t31 - t9)**2
    pre[51] = t35
    t36 = (t10 - t9)**2 + (-t2 - t30)**2 + (-t32 - t5)**2
    pre[52] = t36
    t37 = (t24)**2 + (t25)**2 + (t26)**2
    pre[53] = t37
    pre[54] = t29
    pre[55] = t33
    pre[56] = t34
    pre[57] = t35
    pre[58] = t36
    pre[59] = t37
    t38 = in_A_0*in_A_4
    t39 = in_A_0*in_A_8
    t40 = in_A_4*in_A_8
    t41 = in_A_1*in_A_3
    t42 = in_A_2*in_A_6
    t43 = in_A_5*in_A_7
    t44 = in_A_8*t38
    t45 = in_A_1*in_A_6
    t46 = in_A_5*t45
    t47 = in_A_3*in_A_7
    t48 = in_A_2*t47
    t49 = in_A_0*t43
    t50 = in_A_8*t41
    t51 = in_A_4*t42
    t52 = (in_A_0)**2
    t53 = (in_A_3)**2
    t54 = (in_A_6)**2
    t55 = 2.0*in_A_0
    t56 = (in_A_1)**2
    t57 = (0.81)*t56
    t58 = (0.81)*t53
    t59 = (0.38)*in_A_0
    t60 = (0.38)*in_A_4
    t61 = (0.19)*t52
    t62 = (in_A_4)**2
    t63 = (0.19)*t62
    t64 = (0.19)*t54
    t65 = (in_A_7)**2
    t66 = (0.19)*t65
    t67 = t52*t62
    t68 = t52*t65
    t69 = t53*t56
    t70 = t54*t56
    t71 = t53*t65
    t72 = t54*t62
    t73 = 2.0*t41
    t74 = t55*t62
    t75 = t55*t65
    t76 = 2.0*in_A_4
    t77 = t52*t76
    t78 = t54*t76
    t79 = 4.0*t38
    t80 = t41*t55
    t81 = in_A_4*t73
    t82 = in_A_7*t45
    t83 = 2.0*t82
    t84 = in_A_6*t47
    t85 = 2.0*t84
    t86 = t55*t82
    t87 = t76*t84
    t88 = (in_A_2)**2
    t89 = (in_A_5)**2
    t90 = (in_A_8)**2
    t91 = (1.62)*in_A_0
    t92 = (1.62)*in_A_4
    t93 = (1.62)*in_A_8
    t94 = (0.81)*t89
    t95 = (0.81)*t88
    t96 = (0.38)*t41
    t97 = (0.38)*t42
    t98 = (0.38)*t43
    t99 = (0.38)*in_A_8
    t100 = t73*t90
    t101 = 2.0*t42
    t102 = t101*t62
    t103 = 2.0*t43
    t104 = t103*t52
    t105 = 2.0*t46
    t106 = 2.0*t48
    t107 = 2.0*in_A_8
    t108 = 4.0*t39
    t109 = 4.0*t40
    t110 = (1.62)*in_A_5
    t111 = in_A_1*in_A_2
    t112 = in_A_7*t111
    t113 = in_A_3*t110
    t114 = 2.0*in_A_5
    t115 = t112*t53
    t116 = in_A_3*t114
    t117 = in_A_6*t56
    t118 = t42*t73
    t119 = t43*t73
    t120 = t101*t43
    t121 = in_A_3*in_A_5
    t122 = in_A_2*t121
    t123 = in_A_5*t111
    t124 = 4.0*t44
    if not numpy.all(numpy.asarray(1.0 + in_A_0 + in_A_4 + in_A_8 + t38 + t39 + t40 + t44 + t46 + t48 - t41 - t42 - t43 - t49 - t50 - t51) > 0):
        raise ValueError("det(I + A) must be positive (the deformation inverts the crystal)")
    if not numpy.all(numpy.asarray(0.0087890625 - (-0.6480537657465552 + in_p_0 - 0.6480537657465552*in_A_0 - 0.6480537657465552*in_A_1 - 0.6480537657465552*in_A_2)**2 - (-0.6480537657465552 + in_p_1 - 0.6480537657465552*in_A_3 - 0.6480537657465552*in_A_4 - 0.6480537657465552*in_A_5)**2 - (-0.6480537657465552 + in_p_2 - 0.6480537657465552*in_A_6 - 0.6480537657465552*in_A_7 - 0.6480537657465552*in_A_8)**2) > 0):
        raise ValueError("shift p1 moved more than 0.0938 from its affine position (outside the range where the neighbour set is valid)")
    if not numpy.all(numpy.asarray(0.19 + t52 + t53 + t54 + t55) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.0361 + t59 + t60 + t61 + t63 + t64 + t66 + t67 + t68 + t69 + t70 + t71 + t72 + t74 + t75 + t77 + t78 + t79 - t57 - t58 - t73 - t80 - t81 - t83 - t85 - t86 - t87 - t38*t73) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.006859 + t105 + t106 + t118 + t119 + t120 - t100 - t102 - t104 - t96 - t97 - t98 - 4.0*t49 - 4.0*t50 - 4.0*t51 - 2.0*t115 + 8.0*t44 - 0.1539*t53 - 0.1539*t54 - 0.1539*t56 - 0.1539*t65 - 0.1539*t88 - 0.1539*t89 - 0.81*t68 - 0.81*t72 + (0.76)*t38 + (0.76)*t39 + (0.76)*t40 + (0.19)*t69 + (1.62)*t112 + (1.62)*t82 + (1.62)*t84 + (0.0722)*in_A_0 + (0.0722)*in_A_4 + (0.0722)*in_A_8 + (0.0361)*t52 + (0.0361)*t62 + (0.0361)*t90 + in_A_2*t113 + in_A_6*t113 + in_A_8*t105 + in_A_8*t106 + t101*t50 + t103*t50 + t103*t51 + t105*t38 + t105*t39 + t105*t40 + t105*t44 + t106*t38 + t106*t39 + t106*t40 + t106*t44 + t107*t67 + t107*t69 + t108*t62 + t109*t52 + t110*t111 + t112*t93 + t118*t40 + t118*t43 + t119*t39 + t120*t38 + t122*t91 + t123*t92 + t43*t80 + t46*t55 + t46*t76 + t48*t55 + t48*t76 + t51*t73 + t52*t60 + t52*t99 + t59*t62 + t59*t90 + t60*t90 + t61*t62 + t61*t90 + t62*t99 + t63*t90 + t64*t88 + t66*t89 + t67*t90 + t68*t89 + t69*t90 + t70*t89 + t71*t88 + t72*t88 + t74*t90 + t75*t89 + t77*t90 + t78*t88 + t79*t90 + t82*t91 + t84*t92 - in_A_8*t102 - in_A_8*t104 - in_A_8*t97 - in_A_8*t98 - t100*t38 - t102*t39 - t104*t40 - t107*t115 - t108*t41 - t108*t43 - t109*t41 - t109*t42 - t116*t117 - t122*t75 - t123*t78 - t124*t41 - t124*t42 - t124*t43 - t38*t96 - t39*t97 - t40*t98 - t41*t59 - t41*t60 - t42*t59 - t42*t74 - t42*t79 - t43*t60 - t43*t77 - t43*t79 - t52*t94 - t53*t93 - t54*t57 - t54*t92 - t54*t94 - t56*t93 - t57*t89 - t57*t90 - t58*t65 - t58*t88 - t58*t90 - t62*t95 - t65*t91 - t65*t95 - t80*t90 - t81*t90 - t83*t89 - t85*t88 - t86*t89 - t87*t88 - t88*t92 - t89*t91 + in_A_6*t121*t93 + t42*t43*t55 - in_A_2*t116*t65 - t107*t117*t121 - t111*t114*t54) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.3348424093995421 - pre[3]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.3348424093995421 - pre[15]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.3348424093995421 - pre[27]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.3348424093995421 - pre[39]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + pre[48]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + pre[49]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + pre[50]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + pre[51]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + pre[52]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + pre[53]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + pre[54]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + pre[55]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + pre[56]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + pre[57]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + pre[58]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + pre[59]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    return pre


def _preamble_fractional_bonds(in_A_0, in_A_1, in_A_2, in_A_3, in_A_4, in_A_5, in_A_6, in_A_7, in_A_8, in_q_0, in_q_1, in_q_2):
    """The 56 intermediates pre[i] its kernels share; ValueError where one of its guards fails."""
    pre = [None] * 56
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
    pre[9] = -0.03632971237160109/(pre[6])**5
    pre[10] = 0.0004190866478413456/(pre[6])**8
    pre[11] = t1
    t8 = -0.5 + t2
    pre[12] = t8
    pre[13] = t3
    pre[14] = in_A_1*pre[12] + in_A_2*pre[13] + pre[11]*t5
    pre[15] = in_A_3*pre[11] + in_A_5*pre[13] + pre[12]*t6
    pre[16] = in_A_6*pre[11] + in_A_7*pre[12] + pre[13]*t7
    pre[17] = (pre[14])**2 + (pre[15])**2 + (pre[16])**2
    pre[18] = -5.986952112019223e-05/(pre[17])**7
    pre[19] = 0.009082428092900273/(pre[17])**4
    pre[20] = -0.03632971237160109/(pre[17])**5
    pre[21] = 0.0004190866478413456/(pre[17])**8
    pre[22] = t0
    pre[23] = t2
    pre[24] = t3
    pre[25] = in_A_1*pre[23] + in_A_2*pre[24] + pre[22]*t5
    pre[26] = in_A_3*pre[22] + in_A_5*pre[24] + pre[23]*t6
    pre[27] = in_A_6*pre[22] + in_A_7*pre[23] + pre[24]*t7
    pre[28] = (pre[25])**2 + (pre[26])**2 + (pre[27])**2
    pre[29] = -5.986952112019223e-05/(pre[28])**7
    pre[30] = 0.009082428092900273/(pre[28])**4
    pre[31] = -0.03632971237160109/(pre[28])**5
    pre[32] = 0.0004190866478413456/(pre[28])**8
    pre[33] = t0
    pre[34] = t8
    pre[35] = t4
    pre[36] = in_A_1*pre[34] + in_A_2*pre[35] + pre[33]*t5
    pre[37] = in_A_3*pre[33] + in_A_5*pre[35] + pre[34]*t6
    pre[38] = in_A_6*pre[33] + in_A_7*pre[34] + pre[35]*t7
    pre[39] = (pre[36])**2 + (pre[37])**2 + (pre[38])**2
    pre[40] = -5.986952112019223e-05/(pre[39])**7
    pre[41] = 0.009082428092900273/(pre[39])**4
    pre[42] = -0.03632971237160109/(pre[39])**5
    pre[43] = 0.0004190866478413456/(pre[39])**8
    t10 = (0.5)*in_A_7
    t11 = (0.5)*in_A_1
    t12 = 0.5 + (0.5)*in_A_0
    t13 = (0.5)*in_A_3
    t14 = 0.5 + (0.5)*in_A_4
    t9 = (0.5)*in_A_6
    t15 = (t10 + t9)**2 + (t11 + t12)**2 + (t13 + t14)**2
    pre[44] = t15
    t16 = -0.5*in_A_2
    t17 = -t10
    t18 = 0.5 + (0.5)*in_A_8
    t19 = -0.5*in_A_5
    t20 = (t17 + t18)**2 + (-t11 - t16)**2 + (-t14 - t19)**2
    pre[45] = t20
    t21 = (0.5)*in_A_5
    t22 = (0.5)*in_A_2
    t23 = (t12 + t22)**2 + (t13 + t21)**2 + (t18 + t9)**2
    pre[46] = t23
    t24 = (t11 - t12)**2 + (t14 - t13)**2 + (-t17 - t9)**2
    pre[47] = t24
    t25 = (t18 - t9)**2 + (-t12 - t16)**2 + (-t13 - t19)**2
    pre[48] = t25
    t26 = (t10 + t18)**2 + (t11 + t22)**2 + (t14 + t21)**2
    pre[49] = t26
    pre[50] = t15
    pre[51] = t20
    pre[52] = t23
    pre[53] = t24
    pre[54] = t25
    pre[55] = t26
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
    if not numpy.all(numpy.asarray(0.3348424093995421 - pre[17]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.3348424093995421 - pre[28]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.3348424093995421 - pre[39]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + pre[44]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + pre[45]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + pre[46]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + pre[47]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + pre[48]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + pre[49]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + pre[50]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + pre[51]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + pre[52]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + pre[53]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + pre[54]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + pre[55]) > 0):
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
    out = numpy.empty(batch + (1,))
    out[..., 0] = pre[16] + pre[17] + pre[28] + pre[29] + pre[40] + pre[41] + pre[4] + pre[5]
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
    t0 = pre[12]*pre[18] + pre[12]*pre[19]
    t1 = pre[0]*pre[6] + pre[0]*pre[7]
    t2 = pre[36]*pre[42] + pre[36]*pre[43]
    t3 = pre[13]*pre[18] + pre[13]*pre[19]
    t4 = pre[1]*pre[6] + pre[1]*pre[7]
    t5 = pre[37]*pre[42] + pre[37]*pre[43]
    t6 = pre[14]*pre[18] + pre[14]*pre[19]
    t7 = pre[2]*pre[6] + pre[2]*pre[7]
    t8 = pre[38]*pre[42] + pre[38]*pre[43]
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
    t0 = (pre[12])**2
    t1 = (0.5)*pre[18] + (0.5)*pre[19]
    t2 = t1 + pre[20]*t0 + pre[21]*t0
    t3 = (pre[0])**2
    t4 = (0.5)*pre[6] + (0.5)*pre[7]
    t5 = t4 + pre[8]*t3 + pre[9]*t3
    t6 = pre[12]*pre[13]
    t7 = pre[20]*t6 + pre[21]*t6
    t8 = pre[0]*pre[1]
    t9 = pre[8]*t8 + pre[9]*t8
    t10 = t7 + t9
    t11 = pre[12]*pre[14]
    t12 = pre[20]*t11 + pre[21]*t11
    t13 = pre[0]*pre[2]
    t14 = pre[8]*t13 + pre[9]*t13
    t15 = t12 + t14
    t16 = (pre[36])**2
    t17 = (0.5)*pre[42] + (0.5)*pre[43]
    t18 = t17 + pre[44]*t16 + pre[45]*t16
    t19 = pre[36]*pre[37]
    t20 = pre[44]*t19 + pre[45]*t19
    t21 = t20 + t7
    t22 = pre[36]*pre[38]
    t23 = pre[44]*t22 + pre[45]*t22
    t24 = t12 + t23
    t25 = t20 + t9
    t26 = t14 + t23
    t27 = (pre[13])**2
    t28 = t1 + pre[20]*t27 + pre[21]*t27
    t29 = (pre[1])**2
    t30 = t4 + pre[8]*t29 + pre[9]*t29
    t31 = pre[13]*pre[14]
    t32 = pre[20]*t31 + pre[21]*t31
    t33 = pre[1]*pre[2]
    t34 = pre[8]*t33 + pre[9]*t33
    t35 = t32 + t34
    t36 = (pre[37])**2
    t37 = t17 + pre[44]*t36 + pre[45]*t36
    t38 = pre[37]*pre[38]
    t39 = pre[44]*t38 + pre[45]*t38
    t40 = t32 + t39
    t41 = t34 + t39
    t42 = (pre[14])**2
    t43 = t1 + pre[20]*t42 + pre[21]*t42
    t44 = (pre[2])**2
    t45 = t4 + pre[8]*t44 + pre[9]*t44
    t46 = (pre[38])**2
    t47 = t17 + pre[44]*t46 + pre[45]*t46
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
    out = numpy.empty(batch + (1,))
    out[..., 0] = pre[10] + pre[11] + pre[22] + pre[23] + pre[34] + pre[35] + pre[46] + pre[47]
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
    t0 = 0.7715409221085261*pre[0]
    t1 = 0.7715409221085261*pre[12]
    t2 = 0.7715409221085261*pre[24]
    t3 = 0.7715409221085261*pre[36]
    t4 = 0.7715409221085261*pre[13]
    t5 = 0.7715409221085261*pre[1]
    t6 = 0.7715409221085261*pre[25]
    t7 = 0.7715409221085261*pre[37]
    t8 = 0.7715409221085261*pre[14]
    t9 = 0.7715409221085261*pre[26]
    t10 = 0.7715409221085261*pre[2]
    t11 = 0.7715409221085261*pre[38]
    out = numpy.empty(batch + (3,))
    out[..., 0] = pre[18]*t1 + pre[19]*t1 + pre[30]*t2 + pre[31]*t2 + pre[42]*t3 + pre[43]*t3 + pre[6]*t0 + pre[7]*t0
    out[..., 1] = pre[18]*t4 + pre[19]*t4 + pre[30]*t6 + pre[31]*t6 + pre[42]*t7 + pre[43]*t7 + pre[6]*t5 + pre[7]*t5
    out[..., 2] = pre[18]*t8 + pre[19]*t8 + pre[30]*t9 + pre[31]*t9 + pre[42]*t11 + pre[43]*t11 + pre[6]*t10 + pre[7]*t10
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
    t0 = 0.5952753944880748*(pre[12])**2
    t1 = 0.5952753944880748*(pre[24])**2
    t2 = 0.5952753944880748*(pre[36])**2
    t3 = 0.5952753944880748*(pre[0])**2
    t4 = 0.2976376972440374*pre[18] + 0.2976376972440374*pre[19] + 0.2976376972440374*pre[30] + 0.2976376972440374*pre[31] + 0.2976376972440374*pre[42] + 0.2976376972440374*pre[43] + 0.2976376972440374*pre[6] + 0.2976376972440374*pre[7]
    t5 = 0.5952753944880748*pre[0]
    t6 = pre[1]*t5
    t7 = 0.5952753944880748*pre[12]
    t8 = pre[13]*t7
    t9 = 0.5952753944880748*pre[24]
    t10 = pre[25]*t9
    t11 = 0.5952753944880748*pre[36]
    t12 = pre[37]*t11
    t13 = pre[20]*t8 + pre[21]*t8 + pre[32]*t10 + pre[33]*t10 + pre[44]*t12 + pre[45]*t12 + pre[8]*t6 + pre[9]*t6
    t14 = pre[2]*t5
    t15 = pre[14]*t7
    t16 = pre[26]*t9
    t17 = pre[38]*t11
    t18 = pre[20]*t15 + pre[21]*t15 + pre[32]*t16 + pre[33]*t16 + pre[44]*t17 + pre[45]*t17 + pre[8]*t14 + pre[9]*t14
    t19 = 0.5952753944880748*(pre[13])**2
    t20 = 0.5952753944880748*(pre[25])**2
    t21 = 0.5952753944880748*(pre[37])**2
    t22 = 0.5952753944880748*(pre[1])**2
    t23 = 0.5952753944880748*pre[13]*pre[14]
    t24 = 0.5952753944880748*pre[1]*pre[2]
    t25 = 0.5952753944880748*pre[25]*pre[26]
    t26 = 0.5952753944880748*pre[37]*pre[38]
    t27 = pre[20]*t23 + pre[21]*t23 + pre[32]*t25 + pre[33]*t25 + pre[44]*t26 + pre[45]*t26 + pre[8]*t24 + pre[9]*t24
    t28 = 0.5952753944880748*(pre[14])**2
    t29 = 0.5952753944880748*(pre[26])**2
    t30 = 0.5952753944880748*(pre[38])**2
    t31 = 0.5952753944880748*(pre[2])**2
    out = numpy.empty(batch + (9,))
    out[..., 0] = t4 + pre[20]*t0 + pre[21]*t0 + pre[32]*t1 + pre[33]*t1 + pre[44]*t2 + pre[45]*t2 + pre[8]*t3 + pre[9]*t3
    out[..., 1] = t13
    out[..., 2] = t18
    out[..., 3] = t13
    out[..., 4] = t4 + pre[20]*t19 + pre[21]*t19 + pre[32]*t20 + pre[33]*t20 + pre[44]*t21 + pre[45]*t21 + pre[8]*t22 + pre[9]*t22
    out[..., 5] = t27
    out[..., 6] = t18
    out[..., 7] = t27
    out[..., 8] = t4 + pre[20]*t28 + pre[21]*t28 + pre[32]*t29 + pre[33]*t29 + pre[44]*t30 + pre[45]*t30 + pre[8]*t31 + pre[9]*t31
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
    t2 = 2.0*pre[14]
    t3 = pre[11]*t2
    t4 = 2.0*pre[25]
    t5 = pre[22]*t4
    t6 = 2.0*pre[36]
    t7 = pre[33]*t6
    t8 = pre[12]*t2
    t9 = pre[1]*t0
    t10 = pre[23]*t4
    t11 = pre[34]*t6
    t12 = pre[13]*t2
    t13 = pre[24]*t4
    t14 = pre[2]*t0
    t15 = pre[35]*t6
    t16 = 2.0*pre[4]
    t17 = pre[0]*t16
    t18 = 2.0*pre[15]
    t19 = pre[11]*t18
    t20 = 2.0*pre[26]
    t21 = pre[22]*t20
    t22 = 2.0*pre[37]
    t23 = pre[33]*t22
    t24 = pre[12]*t18
    t25 = pre[1]*t16
    t26 = pre[23]*t20
    t27 = pre[34]*t22
    t28 = pre[13]*t18
    t29 = pre[24]*t20
    t30 = pre[2]*t16
    t31 = pre[35]*t22
    t32 = 2.0*pre[5]
    t33 = pre[0]*t32
    t34 = 2.0*pre[16]
    t35 = pre[11]*t34
    t36 = 2.0*pre[27]
    t37 = pre[22]*t36
    t38 = 2.0*pre[38]
    t39 = pre[33]*t38
    t40 = pre[12]*t34
    t41 = pre[1]*t32
    t42 = pre[23]*t36
    t43 = pre[34]*t38
    t44 = pre[13]*t34
    t45 = pre[24]*t36
    t46 = pre[2]*t32
    t47 = pre[35]*t38
    out = numpy.empty(batch + (9,))
    out[..., 0] = pre[18]*t3 + pre[19]*t3 + pre[29]*t5 + pre[30]*t5 + pre[40]*t7 + pre[41]*t7 + pre[7]*t1 + pre[8]*t1
    out[..., 1] = pre[18]*t8 + pre[19]*t8 + pre[29]*t10 + pre[30]*t10 + pre[40]*t11 + pre[41]*t11 + pre[7]*t9 + pre[8]*t9
    out[..., 2] = pre[18]*t12 + pre[19]*t12 + pre[29]*t13 + pre[30]*t13 + pre[40]*t15 + pre[41]*t15 + pre[7]*t14 + pre[8]*t14
    out[..., 3] = pre[18]*t19 + pre[19]*t19 + pre[29]*t21 + pre[30]*t21 + pre[40]*t23 + pre[41]*t23 + pre[7]*t17 + pre[8]*t17
    out[..., 4] = pre[18]*t24 + pre[19]*t24 + pre[29]*t26 + pre[30]*t26 + pre[40]*t27 + pre[41]*t27 + pre[7]*t25 + pre[8]*t25
    out[..., 5] = pre[18]*t28 + pre[19]*t28 + pre[29]*t29 + pre[30]*t29 + pre[40]*t31 + pre[41]*t31 + pre[7]*t30 + pre[8]*t30
    out[..., 6] = pre[18]*t35 + pre[19]*t35 + pre[29]*t37 + pre[30]*t37 + pre[40]*t39 + pre[41]*t39 + pre[7]*t33 + pre[8]*t33
    out[..., 7] = pre[18]*t40 + pre[19]*t40 + pre[29]*t42 + pre[30]*t42 + pre[40]*t43 + pre[41]*t43 + pre[7]*t41 + pre[8]*t41
    out[..., 8] = pre[18]*t44 + pre[19]*t44 + pre[29]*t45 + pre[30]*t45 + pre[40]*t47 + pre[41]*t47 + pre[7]*t46 + pre[8]*t46
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
    t0 = (pre[0])**2
    t1 = 4.0*(pre[3])**2
    t2 = t0*t1
    t3 = (pre[11])**2
    t4 = 4.0*(pre[14])**2
    t5 = t3*t4
    t6 = (pre[22])**2
    t7 = 4.0*(pre[25])**2
    t8 = t6*t7
    t9 = (pre[33])**2
    t10 = 4.0*(pre[36])**2
    t11 = t10*t9
    t12 = 2.0*t3
    t13 = 2.0*t6
    t14 = 2.0*t9
    t15 = 2.0*t0
    t16 = pre[18]*t12 + pre[19]*t12 + pre[29]*t13 + pre[30]*t13 + pre[40]*t14 + pre[41]*t14 + pre[7]*t15 + pre[8]*t15
    t17 = pre[0]*t1
    t18 = pre[1]*t17
    t19 = pre[11]*t4
    t20 = pre[12]*t19
    t21 = pre[22]*t7
    t22 = pre[23]*t21
    t23 = pre[33]*t10
    t24 = pre[34]*t23
    t25 = 2.0*pre[0]
    t26 = pre[1]*t25
    t27 = 2.0*pre[11]
    t28 = pre[12]*t27
    t29 = 2.0*pre[22]
    t30 = pre[23]*t29
    t31 = 2.0*pre[33]
    t32 = pre[34]*t31
    t33 = pre[18]*t28 + pre[19]*t28 + pre[29]*t30 + pre[30]*t30 + pre[40]*t32 + pre[41]*t32 + pre[7]*t26 + pre[8]*t26
    t34 = t33 + pre[10]*t18 + pre[20]*t20 + pre[21]*t20 + pre[31]*t22 + pre[32]*t22 + pre[42]*t24 + pre[43]*t24 + pre[9]*t18
    t35 = pre[2]*t17
    t36 = pre[13]*t19
    t37 = pre[24]*t21
    t38 = pre[35]*t23
    t39 = pre[2]*t25
    t40 = pre[13]*t27
    t41 = pre[24]*t29
    t42 = pre[35]*t31
    t43 = pre[18]*t40 + pre[19]*t40 + pre[29]*t41 + pre[30]*t41 + pre[40]*t42 + pre[41]*t42 + pre[7]*t39 + pre[8]*t39
    t44 = t43 + pre[10]*t35 + pre[20]*t36 + pre[21]*t36 + pre[31]*t37 + pre[32]*t37 + pre[42]*t38 + pre[43]*t38 + pre[9]*t35
    t45 = 4.0*pre[3]
    t46 = t0*t45
    t47 = pre[10]*pre[4]
    t48 = 4.0*pre[14]
    t49 = t3*t48
    t50 = pre[15]*pre[20]
    t51 = pre[21]*t49
    t52 = 4.0*pre[25]
    t53 = t52*t6
    t54 = pre[26]*pre[31]
    t55 = pre[32]*t53
    t56 = 4.0*pre[36]
    t57 = t56*t9
    t58 = pre[37]*pre[42]
    t59 = pre[43]*t57
    t60 = pre[9]*t46
    t61 = pre[15]*t51 + pre[26]*t55 + pre[37]*t59 + pre[4]*t60 + t46*t47 + t49*t50 + t53*t54 + t57*t58
    t62 = pre[0]*t45
    t63 = pre[1]*t62
    t64 = pre[4]*pre[9]
    t65 = pre[11]*t48
    t66 = pre[12]*t65
    t67 = pre[15]*pre[21]
    t68 = pre[22]*t52
    t69 = pre[23]*t68
    t70 = pre[26]*pre[32]
    t71 = pre[33]*t56
    t72 = pre[34]*t71
    t73 = pre[37]*pre[43]
    t74 = t47*t63 + t50*t66 + t54*t69 + t58*t72 + t63*t64 + t66*t67 + t69*t70 + t72*t73
    t75 = pre[2]*t62
    t76 = pre[13]*t65
    t77 = pre[24]*t68
    t78 = pre[35]*t71
    t79 = t47*t75 + t50*t76 + t54*t77 + t58*t78 + t64*t75 + t67*t76 + t70*t77 + t73*t78
    t80 = pre[10]*pre[5]
    t81 = pre[16]*pre[20]
    t82 = pre[27]*pre[31]
    t83 = pre[38]*pre[42]
    t84 = pre[16]*t51 + pre[27]*t55 + pre[38]*t59 + pre[5]*t60 + t46*t80 + t49*t81 + t53*t82 + t57*t83
    t85 = pre[5]*pre[9]
    t86 = pre[16]*pre[21]
    t87 = pre[27]*pre[32]
    t88 = pre[38]*pre[43]
    t89 = t63*t80 + t63*t85 + t66*t81 + t66*t86 + t69*t82 + t69*t87 + t72*t83 + t72*t88
    t90 = t75*t80 + t75*t85 + t76*t81 + t76*t86 + t77*t82 + t77*t87 + t78*t83 + t78*t88
    t91 = (pre[1])**2
    t92 = t1*t91
    t93 = (pre[12])**2
    t94 = t4*t93
    t95 = (pre[23])**2
    t96 = t7*t95
    t97 = (pre[34])**2
    t98 = t10*t97
    t99 = 2.0*t93
    t100 = 2.0*t95
    t101 = 2.0*t97
    t102 = 2.0*t91
    t103 = pre[18]*t99 + pre[19]*t99 + pre[29]*t100 + pre[30]*t100 + pre[40]*t101 + pre[41]*t101 + pre[7]*t102 + pre[8]*t102
    t104 = pre[1]*pre[2]
    t105 = t1*t104
    t106 = pre[12]*pre[13]
    t107 = t106*t4
    t108 = pre[23]*pre[24]
    t109 = t108*t7
    t110 = pre[34]*pre[35]
    t111 = t10*t110
    t112 = 2.0*t106
    t113 = 2.0*t104
    t114 = 2.0*t108
    t115 = 2.0*t110
    t116 = pre[18]*t112 + pre[19]*t112 + pre[29]*t114 + pre[30]*t114 + pre[40]*t115 + pre[41]*t115 + pre[7]*t113 + pre[8]*t113
    t117 = t116 + pre[10]*t105 + pre[20]*t107 + pre[21]*t107 + pre[31]*t109 + pre[32]*t109 + pre[42]*t111 + pre[43]*t111 + pre[9]*t105
    t118 = t45*t91
    t119 = t48*t93
    t120 = pre[21]*t119
    t121 = t52*t95
    t122 = pre[32]*t121
    t123 = t56*t97
    t124 = pre[43]*t123
    t125 = pre[9]*t118
    t126 = pre[15]*t120 + pre[26]*t122 + pre[37]*t124 + pre[4]*t125 + t118*t47 + t119*t50 + t121*t54 + t123*t58
    t127 = t104*t45
    t128 = t106*t48
    t129 = t108*t52
    t130 = t110*t56
    t131 = t127*t47 + t127*t64 + t128*t50 + t128*t67 + t129*t54 + t129*t70 + t130*t58 + t130*t73
    t132 = pre[16]*t120 + pre[27]*t122 + pre[38]*t124 + pre[5]*t125 + t118*t80 + t119*t81 + t121*t82 + t123*t83
    t133 = t127*t80 + t127*t85 + t128*t81 + t128*t86 + t129*t82 + t129*t87 + t130*t83 + t130*t88
    t134 = (pre[2])**2
    t135 = t1*t134
    t136 = (pre[13])**2
    t137 = t136*t4
    t138 = (pre[24])**2
    t139 = t138*t7
    t140 = (pre[35])**2
    t141 = t10*t140
    t142 = 2.0*t136
    t143 = 2.0*t138
    t144 = 2.0*t140
    t145 = 2.0*t134
    t146 = pre[18]*t142 + pre[19]*t142 + pre[29]*t143 + pre[30]*t143 + pre[40]*t144 + pre[41]*t144 + pre[7]*t145 + pre[8]*t145
    t147 = t134*t45
    t148 = t136*t48
    t149 = pre[21]*t148
    t150 = t138*t52
    t151 = pre[32]*t150
    t152 = t140*t56
    t153 = pre[43]*t152
    t154 = pre[9]*t147
    t155 = pre[15]*t149 + pre[26]*t151 + pre[37]*t153 + pre[4]*t154 + t147*t47 + t148*t50 + t150*t54 + t152*t58
    t156 = pre[16]*t149 + pre[27]*t151 + pre[38]*t153 + pre[5]*t154 + t147*t80 + t148*t81 + t150*t82 + t152*t83
    t157 = 4.0*(pre[4])**2
    t158 = t0*t157
    t159 = 4.0*(pre[15])**2
    t160 = t159*t3
    t161 = 4.0*(pre[26])**2
    t162 = t161*t6
    t163 = 4.0*(pre[37])**2
    t164 = t163*t9
    t165 = pre[0]*t157
    t166 = pre[1]*t165
    t167 = pre[11]*t159
    t168 = pre[12]*t167
    t169 = pre[22]*t161
    t170 = pre[23]*t169
    t171 = pre[33]*t163
    t172 = pre[34]*t171
    t173 = t33 + pre[10]*t166 + pre[20]*t168 + pre[21]*t168 + pre[31]*t170 + pre[32]*t170 + pre[42]*t172 + pre[43]*t172 + pre[9]*t166
    t174 = pre[2]*t165
    t175 = pre[13]*t167
    t176 = pre[24]*t169
    t177 = pre[35]*t171
    t178 = t43 + pre[10]*t174 + pre[20]*t175 + pre[21]*t175 + pre[31]*t176 + pre[32]*t176 + pre[42]*t177 + pre[43]*t177 + pre[9]*t174
    t179 = 4.0*pre[5]
    t180 = t0*t179
    t181 = 4.0*pre[16]
    t182 = t181*t3
    t183 = 4.0*pre[27]
    t184 = t183*t6
    t185 = 4.0*pre[38]
    t186 = t185*t9
    t187 = t180*t47 + t180*t64 + t182*t50 + t182*t67 + t184*t54 + t184*t70 + t186*t58 + t186*t73
    t188 = pre[0]*t179
    t189 = pre[1]*t188
    t190 = pre[11]*t181
    t191 = pre[12]*t190
    t192 = pre[22]*t183
    t193 = pre[23]*t192
    t194 = pre[33]*t185
    t195 = pre[34]*t194
    t196 = t189*t47 + t189*t64 + t191*t50 + t191*t67 + t193*t54 + t193*t70 + t195*t58 + t195*t73
    t197 = pre[2]*t188
    t198 = pre[13]*t190
    t199 = pre[24]*t192
    t200 = pre[35]*t194
    t201 = t197*t47 + t197*t64 + t198*t50 + t198*t67 + t199*t54 + t199*t70 + t200*t58 + t200*t73
    t202 = t157*t91
    t203 = t159*t93
    t204 = t161*t95
    t205 = t163*t97
    t206 = t104*t157
    t207 = t106*t159
    t208 = t108*t161
    t209 = t110*t163
    t210 = t116 + pre[10]*t206 + pre[20]*t207 + pre[21]*t207 + pre[31]*t208 + pre[32]*t208 + pre[42]*t209 + pre[43]*t209 + pre[9]*t206
    t211 = t179*t91
    t212 = t181*t93
    t213 = t183*t95
    t214 = t185*t97
    t215 = t211*t47 + t211*t64 + t212*t50 + t212*t67 + t213*t54 + t213*t70 + t214*t58 + t214*t73
    t216 = t104*t179
    t217 = t106*t181
    t218 = t108*t183
    t219 = t110*t185
    t220 = t216*t47 + t216*t64 + t217*t50 + t217*t67 + t218*t54 + t218*t70 + t219*t58 + t219*t73
    t221 = t134*t157
    t222 = t136*t159
    t223 = t138*t161
    t224 = t140*t163
    t225 = t134*t179
    t226 = t136*t181
    t227 = t138*t183
    t228 = t140*t185
    t229 = t225*t47 + t225*t64 + t226*t50 + t226*t67 + t227*t54 + t227*t70 + t228*t58 + t228*t73
    t230 = 4.0*(pre[5])**2
    t231 = t0*t230
    t232 = 4.0*(pre[16])**2
    t233 = t232*t3
    t234 = 4.0*(pre[27])**2
    t235 = t234*t6
    t236 = 4.0*(pre[38])**2
    t237 = t236*t9
    t238 = pre[0]*t230
    t239 = pre[1]*t238
    t240 = pre[11]*t232
    t241 = pre[12]*t240
    t242 = pre[22]*t234
    t243 = pre[23]*t242
    t244 = pre[33]*t236
    t245 = pre[34]*t244
    t246 = t33 + pre[10]*t239 + pre[20]*t241 + pre[21]*t241 + pre[31]*t243 + pre[32]*t243 + pre[42]*t245 + pre[43]*t245 + pre[9]*t239
    t247 = pre[2]*t238
    t248 = pre[13]*t240
    t249 = pre[24]*t242
    t250 = pre[35]*t244
    t251 = t43 + pre[10]*t247 + pre[20]*t248 + pre[21]*t248 + pre[31]*t249 + pre[32]*t249 + pre[42]*t250 + pre[43]*t250 + pre[9]*t247
    t252 = t230*t91
    t253 = t232*t93
    t254 = t234*t95
    t255 = t236*t97
    t256 = t104*t230
    t257 = t106*t232
    t258 = t108*t234
    t259 = t110*t236
    t260 = t116 + pre[10]*t256 + pre[20]*t257 + pre[21]*t257 + pre[31]*t258 + pre[32]*t258 + pre[42]*t259 + pre[43]*t259 + pre[9]*t256
    t261 = t134*t230
    t262 = t136*t232
    t263 = t138*t234
    t264 = t140*t236
    out = numpy.empty(batch + (81,))
    out[..., 0] = t16 + pre[10]*t2 + pre[20]*t5 + pre[21]*t5 + pre[31]*t8 + pre[32]*t8 + pre[42]*t11 + pre[43]*t11 + pre[9]*t2
    out[..., 1] = t34
    out[..., 2] = t44
    out[..., 3] = t61
    out[..., 4] = t74
    out[..., 5] = t79
    out[..., 6] = t84
    out[..., 7] = t89
    out[..., 8] = t90
    out[..., 9] = t34
    out[..., 10] = t103 + pre[10]*t92 + pre[20]*t94 + pre[21]*t94 + pre[31]*t96 + pre[32]*t96 + pre[42]*t98 + pre[43]*t98 + pre[9]*t92
    out[..., 11] = t117
    out[..., 12] = t74
    out[..., 13] = t126
    out[..., 14] = t131
    out[..., 15] = t89
    out[..., 16] = t132
    out[..., 17] = t133
    out[..., 18] = t44
    out[..., 19] = t117
    out[..., 20] = t146 + pre[10]*t135 + pre[20]*t137 + pre[21]*t137 + pre[31]*t139 + pre[32]*t139 + pre[42]*t141 + pre[43]*t141 + pre[9]*t135
    out[..., 21] = t79
    out[..., 22] = t131
    out[..., 23] = t155
    out[..., 24] = t90
    out[..., 25] = t133
    out[..., 26] = t156
    out[..., 27] = t61
    out[..., 28] = t74
    out[..., 29] = t79
    out[..., 30] = t16 + pre[10]*t158 + pre[20]*t160 + pre[21]*t160 + pre[31]*t162 + pre[32]*t162 + pre[42]*t164 + pre[43]*t164 + pre[9]*t158
    out[..., 31] = t173
    out[..., 32] = t178
    out[..., 33] = t187
    out[..., 34] = t196
    out[..., 35] = t201
    out[..., 36] = t74
    out[..., 37] = t126
    out[..., 38] = t131
    out[..., 39] = t173
    out[..., 40] = t103 + pre[10]*t202 + pre[20]*t203 + pre[21]*t203 + pre[31]*t204 + pre[32]*t204 + pre[42]*t205 + pre[43]*t205 + pre[9]*t202
    out[..., 41] = t210
    out[..., 42] = t196
    out[..., 43] = t215
    out[..., 44] = t220
    out[..., 45] = t79
    out[..., 46] = t131
    out[..., 47] = t155
    out[..., 48] = t178
    out[..., 49] = t210
    out[..., 50] = t146 + pre[10]*t221 + pre[20]*t222 + pre[21]*t222 + pre[31]*t223 + pre[32]*t223 + pre[42]*t224 + pre[43]*t224 + pre[9]*t221
    out[..., 51] = t201
    out[..., 52] = t220
    out[..., 53] = t229
    out[..., 54] = t84
    out[..., 55] = t89
    out[..., 56] = t90
    out[..., 57] = t187
    out[..., 58] = t196
    out[..., 59] = t201
    out[..., 60] = t16 + pre[10]*t231 + pre[20]*t233 + pre[21]*t233 + pre[31]*t235 + pre[32]*t235 + pre[42]*t237 + pre[43]*t237 + pre[9]*t231
    out[..., 61] = t246
    out[..., 62] = t251
    out[..., 63] = t89
    out[..., 64] = t132
    out[..., 65] = t133
    out[..., 66] = t196
    out[..., 67] = t215
    out[..., 68] = t220
    out[..., 69] = t246
    out[..., 70] = t103 + pre[10]*t252 + pre[20]*t253 + pre[21]*t253 + pre[31]*t254 + pre[32]*t254 + pre[42]*t255 + pre[43]*t255 + pre[9]*t252
    out[..., 71] = t260
    out[..., 72] = t90
    out[..., 73] = t133
    out[..., 74] = t156
    out[..., 75] = t201
    out[..., 76] = t220
    out[..., 77] = t229
    out[..., 78] = t251
    out[..., 79] = t260
    out[..., 80] = t146 + pre[10]*t261 + pre[20]*t262 + pre[21]*t262 + pre[31]*t263 + pre[32]*t263 + pre[42]*t264 + pre[43]*t264 + pre[9]*t261
    return out.reshape(batch + (3, 3, 3, 3,))
