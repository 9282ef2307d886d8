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


def _preamble_bonds(in_A_0, in_A_1, in_A_2, in_A_3, in_A_4, in_A_5, in_A_6, in_A_7, in_A_8, in_p_0, in_p_1, in_p_2):
    """The 56 intermediates pre[i] its kernels share; ValueError where one of its guards fails."""
    pre = [None] * 56
    t0 = 1.632993161855452*in_A_2
    t1 = -0.8908987181403393*in_p_0
    t2 = t0 + t1
    pre[0] = -t2
    t3 = 1.632993161855452*in_A_5
    t4 = -0.8908987181403393*in_p_1
    t5 = t3 + t4
    pre[1] = -t5
    t6 = -0.8908987181403393*in_p_2
    t7 = 1.632993161855452*in_A_8
    t8 = 1.632993161855452 + t7
    t9 = t6 + t8
    pre[2] = -t9
    pre[3] = (pre[0])**2 + (pre[1])**2 + (pre[2])**2
    t10 = 0.8908987181403393*in_p_0
    pre[4] = t10
    t11 = 0.8908987181403393*in_p_1
    pre[5] = t11
    t12 = 0.8908987181403393*in_p_2
    pre[6] = t12
    pre[7] = (pre[4])**2 + (pre[5])**2 + (pre[6])**2
    t13 = 0.8660254037844386*in_A_1
    t14 = 0.5 + (0.5)*in_A_0
    t15 = t14 - t13
    t16 = -t15
    pre[8] = t16
    t17 = (0.5)*in_A_3
    t18 = 0.8660254037844386*in_A_4
    t19 = 0.8660254037844386 + t18
    t20 = t19 - t17
    pre[9] = t20
    t21 = (0.5)*in_A_6
    t22 = 0.8660254037844386*in_A_7
    t23 = t21 - t22
    t24 = -t23
    pre[10] = t24
    pre[11] = (pre[10])**2 + (pre[8])**2 + (pre[9])**2
    t25 = 1.0 + in_A_0
    pre[12] = t25
    pre[13] = in_A_3
    pre[14] = in_A_6
    pre[15] = (pre[12])**2 + (pre[13])**2 + (pre[14])**2
    t26 = t13 + t14
    pre[16] = t26
    t27 = t17 + t19
    pre[17] = t27
    t28 = t21 + t22
    pre[18] = t28
    pre[19] = (pre[16])**2 + (pre[17])**2 + (pre[18])**2
    pre[20] = -t2 - t26
    pre[21] = -t27 - t5
    pre[22] = -t28 - t9
    pre[23] = (pre[20])**2 + (pre[21])**2 + (pre[22])**2
    pre[24] = -t1 - t26
    pre[25] = -t27 - t4
    pre[26] = -t28 - t6
    pre[27] = (pre[24])**2 + (pre[25])**2 + (pre[26])**2
    t29 = -t0
    t30 = t10 + t15
    pre[28] = t29 + t30
    pre[29] = -t20 - t5
    pre[30] = t21 - t22 - t9
    pre[31] = (pre[28])**2 + (pre[29])**2 + (pre[30])**2
    pre[32] = t30
    pre[33] = -0.8660254037844386 + t11 + t17 - t18
    pre[34] = t12 + t23
    pre[35] = (pre[32])**2 + (pre[33])**2 + (pre[34])**2
    pre[36] = t16
    pre[37] = t20
    pre[38] = t24
    pre[39] = (pre[36])**2 + (pre[37])**2 + (pre[38])**2
    pre[40] = t25
    pre[41] = in_A_3
    pre[42] = in_A_6
    pre[43] = (pre[40])**2 + (pre[41])**2 + (pre[42])**2
    pre[44] = t26
    pre[45] = t27
    pre[46] = t28
    pre[47] = (pre[44])**2 + (pre[45])**2 + (pre[46])**2
    t31 = 1.7320508075688772*in_A_1
    t32 = t6 + 1.7320508075688772*in_A_7
    t33 = 1.7320508075688772 + 1.7320508075688772*in_A_4
    pre[48] = (-t2 - t31)**2 + (-t32 - t8)**2 + (-t33 - t5)**2
    pre[49] = (t32)**2 + (-t1 - t31)**2 + (-t33 - t4)**2
    t34 = in_A_6 + t6
    pre[50] = (-in_A_3 - t5)**2 + (-t2 - t25)**2 + (-t34 - t8)**2
    pre[51] = (t34)**2 + (-in_A_3 - t4)**2 + (-t1 - t25)**2
    t35 = in_A_3 + t11
    t36 = t10 + t25
    t37 = in_A_6 + t12
    pre[52] = (t29 + t36)**2 + (t35 - t3)**2 + (-1.632993161855452 + t37 - t7)**2
    pre[53] = (t35)**2 + (t36)**2 + (t37)**2
    t38 = (in_A_2)**2
    t39 = (in_A_5)**2
    t40 = (t8)**2 + 2.6666666666666665*t38 + 2.6666666666666665*t39
    pre[54] = t40
    pre[55] = t40
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
    if not numpy.all(numpy.asarray(1.7858261834642244 - pre[3]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - pre[7]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - pre[11]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - pre[15]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - pre[19]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - pre[23]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - pre[27]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - pre[31]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - pre[35]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - pre[39]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - pre[43]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - pre[47]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + pre[48]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + pre[49]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + pre[50]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + pre[51]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + pre[52]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + pre[53]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + pre[54]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + pre[55]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    return pre


def _preamble_fractional_bonds(in_A_0, in_A_1, in_A_2, in_A_3, in_A_4, in_A_5, in_A_6, in_A_7, in_A_8, in_q_0, in_q_1, in_q_2):
    """The 98 intermediates pre[i] its kernels share; ValueError where one of its guards fails."""
    pre = [None] * 98
    t0 = 0.8908987181403393*in_q_0
    pre[0] = t0
    t1 = 0.8908987181403393*in_q_1
    pre[1] = t1
    t2 = 0.8908987181403393*in_q_2
    t3 = -1.632993161855452 + t2
    pre[2] = t3
    t4 = 1.0 + in_A_0
    pre[3] = in_A_1*pre[1] + in_A_2*pre[2] + pre[0]*t4
    t5 = 1.0 + in_A_4
    pre[4] = in_A_3*pre[0] + in_A_5*pre[2] + pre[1]*t5
    t6 = 1.0 + in_A_8
    pre[5] = in_A_6*pre[0] + in_A_7*pre[1] + pre[2]*t6
    pre[6] = (pre[3])**2 + (pre[4])**2 + (pre[5])**2
    pre[7] = 3.0/(pre[6])**4
    pre[8] = -3.0/(pre[6])**7
    pre[9] = t0
    pre[10] = t1
    pre[11] = t2
    pre[12] = in_A_1*pre[10] + in_A_2*pre[11] + pre[9]*t4
    pre[13] = in_A_3*pre[9] + in_A_5*pre[11] + pre[10]*t5
    pre[14] = in_A_6*pre[9] + in_A_7*pre[10] + pre[11]*t6
    pre[15] = (pre[12])**2 + (pre[13])**2 + (pre[14])**2
    pre[16] = 3.0/(pre[15])**4
    pre[17] = -3.0/(pre[15])**7
    t7 = 0.5 + (0.5)*in_A_0
    t8 = -t7 + 0.8660254037844386*in_A_1
    pre[18] = t8
    t10 = 0.8660254037844386 + 0.8660254037844386*in_A_4
    t9 = (0.5)*in_A_3
    t11 = t10 - t9
    pre[19] = t11
    t12 = (0.5)*in_A_6
    t13 = -t12 + 0.8660254037844386*in_A_7
    pre[20] = t13
    pre[21] = (pre[18])**2 + (pre[19])**2 + (pre[20])**2
    pre[22] = 3.0/(pre[21])**4
    pre[23] = -3.0/(pre[21])**7
    pre[24] = t4
    pre[25] = in_A_3
    pre[26] = in_A_6
    pre[27] = (pre[24])**2 + (pre[25])**2 + (pre[26])**2
    pre[28] = 3.0/(pre[27])**4
    pre[29] = -3.0/(pre[27])**7
    t14 = t7 + 0.8660254037844386*in_A_1
    pre[30] = t14
    t15 = t10 + t9
    pre[31] = t15
    t16 = t12 + 0.8660254037844386*in_A_7
    pre[32] = t16
    pre[33] = (pre[30])**2 + (pre[31])**2 + (pre[32])**2
    pre[34] = 3.0/(pre[33])**4
    pre[35] = -3.0/(pre[33])**7
    t17 = -0.5 + t0
    pre[36] = t17
    t18 = -0.8660254037844386 + t1
    pre[37] = t18
    pre[38] = t3
    pre[39] = in_A_1*pre[37] + in_A_2*pre[38] + pre[36]*t4
    pre[40] = in_A_3*pre[36] + in_A_5*pre[38] + pre[37]*t5
    pre[41] = in_A_6*pre[36] + in_A_7*pre[37] + pre[38]*t6
    pre[42] = (pre[39])**2 + (pre[40])**2 + (pre[41])**2
    pre[43] = 3.0/(pre[42])**4
    pre[44] = -3.0/(pre[42])**7
    pre[45] = t17
    pre[46] = t18
    pre[47] = t2
    pre[48] = in_A_1*pre[46] + in_A_2*pre[47] + pre[45]*t4
    pre[49] = in_A_3*pre[45] + in_A_5*pre[47] + pre[46]*t5
    pre[50] = in_A_6*pre[45] + in_A_7*pre[46] + pre[47]*t6
    pre[51] = (pre[48])**2 + (pre[49])**2 + (pre[50])**2
    pre[52] = 3.0/(pre[51])**4
    pre[53] = -3.0/(pre[51])**7
    t19 = 0.5 + t0
    pre[54] = t19
    pre[55] = t18
    pre[56] = t3
    pre[57] = in_A_1*pre[55] + in_A_2*pre[56] + pre[54]*t4
    pre[58] = in_A_3*pre[54] + in_A_5*pre[56] + pre[55]*t5
    pre[59] = in_A_6*pre[54] + in_A_7*pre[55] + pre[56]*t6
    pre[60] = (pre[57])**2 + (pre[58])**2 + (pre[59])**2
    pre[61] = 3.0/(pre[60])**4
    pre[62] = -3.0/(pre[60])**7
    pre[63] = t19
    pre[64] = t18
    pre[65] = t2
    pre[66] = in_A_1*pre[64] + in_A_2*pre[65] + pre[63]*t4
    pre[67] = in_A_3*pre[63] + in_A_5*pre[65] + pre[64]*t5
    pre[68] = in_A_6*pre[63] + in_A_7*pre[64] + pre[65]*t6
    pre[69] = (pre[66])**2 + (pre[67])**2 + (pre[68])**2
    pre[70] = 3.0/(pre[69])**4
    pre[71] = -3.0/(pre[69])**7
    pre[72] = t8
    pre[73] = t11
    pre[74] = t13
    pre[75] = (pre[72])**2 + (pre[73])**2 + (pre[74])**2
    pre[76] = 3.0/(pre[75])**4
    pre[77] = -3.0/(pre[75])**7
    pre[78] = t4
    pre[79] = in_A_3
    pre[80] = in_A_6
    pre[81] = (pre[78])**2 + (pre[79])**2 + (pre[80])**2
    pre[82] = 3.0/(pre[81])**4
    pre[83] = -3.0/(pre[81])**7
    pre[84] = t14
    pre[85] = t15
    pre[86] = t16
    pre[87] = (pre[84])**2 + (pre[85])**2 + (pre[86])**2
    pre[88] = 3.0/(pre[87])**4
    pre[89] = -3.0/(pre[87])**7
    t20 = in_A_2*t3
    t21 = -1.7320508075688772 + t1
    t22 = in_A_1*t21 + t0*t4
    t23 = in_A_5*t3
    t24 = in_A_3*t0 + t21*t5
    t25 = t3*t6
    t26 = in_A_6*t0 + in_A_7*t21
    pre[90] = (t20 + t22)**2 + (t23 + t24)**2 + (t25 + t26)**2
    t27 = in_A_2*t2
    t28 = t2*t6
    t29 = in_A_5*t2
    pre[91] = (t22 + t27)**2 + (t24 + t29)**2 + (t26 + t28)**2
    t30 = -1.0 + t0
    t31 = in_A_1*t1
    t32 = t31 + t30*t4
    t33 = t1*t5
    t34 = t33 + in_A_3*t30
    t35 = in_A_7*t1
    t36 = t35 + in_A_6*t30
    pre[92] = (t20 + t32)**2 + (t23 + t34)**2 + (t25 + t36)**2
    pre[93] = (t27 + t32)**2 + (t28 + t36)**2 + (t29 + t34)**2
    t37 = 1.0 + t0
    t38 = t31 + t37*t4
    t39 = t33 + in_A_3*t37
    t40 = t35 + in_A_6*t37
    pre[94] = (t20 + t38)**2 + (t23 + t39)**2 + (t25 + t40)**2
    pre[95] = (t27 + t38)**2 + (t28 + t40)**2 + (t29 + t39)**2
    t41 = (in_A_2)**2
    t42 = (in_A_5)**2
    t43 = (1.632993161855452 + 1.632993161855452*in_A_8)**2 + 2.6666666666666665*t41 + 2.6666666666666665*t42
    pre[96] = t43
    pre[97] = t43
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
    if not numpy.all(numpy.asarray(1.7858261834642244 - pre[6]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - pre[15]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - pre[21]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - pre[27]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - pre[33]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - pre[42]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - pre[51]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - pre[60]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - pre[69]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - pre[75]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - pre[81]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(1.7858261834642244 - pre[87]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + pre[90]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + pre[91]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + pre[92]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + pre[93]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + pre[94]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + pre[95]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + pre[96]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-1.7858261834642244 + pre[97]) > 0):
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
    im_f_0_0 = 0.5/(pre[3])**6
    im_f_0_1 = -1.0/(pre[3])**3
    im_f_1_0 = 0.5/(pre[7])**6
    im_f_1_1 = -1.0/(pre[7])**3
    im_f_2_0 = 0.5/(pre[11])**6
    im_f_2_1 = -1.0/(pre[11])**3
    im_f_3_0 = 0.5/(pre[15])**6
    im_f_3_1 = -1.0/(pre[15])**3
    im_f_4_0 = 0.5/(pre[19])**6
    im_f_4_1 = -1.0/(pre[19])**3
    im_f_5_0 = 0.5/(pre[23])**6
    im_f_5_1 = -1.0/(pre[23])**3
    im_f_6_0 = 0.5/(pre[27])**6
    im_f_6_1 = -1.0/(pre[27])**3
    im_f_7_0 = 0.5/(pre[31])**6
    im_f_7_1 = -1.0/(pre[31])**3
    im_f_8_0 = 0.5/(pre[35])**6
    im_f_8_1 = -1.0/(pre[35])**3
    im_f_9_0 = 0.5/(pre[39])**6
    im_f_9_1 = -1.0/(pre[39])**3
    im_f_10_0 = 0.5/(pre[43])**6
    im_f_10_1 = -1.0/(pre[43])**3
    im_f_11_0 = 0.5/(pre[47])**6
    im_f_11_1 = -1.0/(pre[47])**3
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
    pre = _preamble_bonds(in_A_0, in_A_1, in_A_2, in_A_3, in_A_4, in_A_5, in_A_6, in_A_7, in_A_8, in_p_0, in_p_1, in_p_2)
    im_f_0_2 = 3.0/(pre[3])**4
    im_f_0_3 = -3.0/(pre[3])**7
    im_f_2_2 = 3.0/(pre[11])**4
    im_f_2_3 = -3.0/(pre[11])**7
    im_f_3_2 = 3.0/(pre[15])**4
    im_f_3_3 = -3.0/(pre[15])**7
    im_f_4_2 = 3.0/(pre[19])**4
    im_f_4_3 = -3.0/(pre[19])**7
    im_f_5_2 = 3.0/(pre[23])**4
    im_f_5_3 = -3.0/(pre[23])**7
    im_f_6_2 = 3.0/(pre[27])**4
    im_f_6_3 = -3.0/(pre[27])**7
    im_f_7_2 = 3.0/(pre[31])**4
    im_f_7_3 = -3.0/(pre[31])**7
    im_f_8_2 = 3.0/(pre[35])**4
    im_f_8_3 = -3.0/(pre[35])**7
    im_f_9_2 = 3.0/(pre[39])**4
    im_f_9_3 = -3.0/(pre[39])**7
    im_f_10_2 = 3.0/(pre[43])**4
    im_f_10_3 = -3.0/(pre[43])**7
    im_f_11_2 = 3.0/(pre[47])**4
    im_f_11_3 = -3.0/(pre[47])**7
    t0 = im_f_11_2*pre[44]
    t1 = im_f_11_3*pre[44]
    t2 = im_f_4_2*pre[16]
    t3 = im_f_4_3*pre[16]
    t4 = im_f_7_2*pre[28]
    t5 = im_f_7_3*pre[28]
    t6 = im_f_8_2*pre[32]
    t7 = im_f_8_3*pre[32]
    t8 = im_f_2_2*pre[8]
    t9 = im_f_2_3*pre[8]
    t10 = im_f_5_2*pre[20]
    t11 = im_f_5_3*pre[20]
    t12 = im_f_6_2*pre[24]
    t13 = im_f_6_3*pre[24]
    t14 = im_f_9_2*pre[36]
    t15 = im_f_9_3*pre[36]
    t16 = 2.0*pre[40]
    t17 = 2.0*pre[12]
    t18 = 3.265986323710904*pre[0]
    t19 = im_f_11_2*pre[45]
    t20 = im_f_11_3*pre[45]
    t21 = im_f_4_2*pre[17]
    t22 = im_f_4_3*pre[17]
    t23 = im_f_7_2*pre[29]
    t24 = im_f_7_3*pre[29]
    t25 = im_f_8_2*pre[33]
    t26 = im_f_8_3*pre[33]
    t27 = im_f_2_2*pre[9]
    t28 = im_f_2_3*pre[9]
    t29 = im_f_5_2*pre[21]
    t30 = im_f_5_3*pre[21]
    t31 = im_f_6_2*pre[25]
    t32 = im_f_6_3*pre[25]
    t33 = im_f_9_2*pre[37]
    t34 = im_f_9_3*pre[37]
    t35 = 2.0*pre[41]
    t36 = 2.0*pre[13]
    t37 = 3.265986323710904*pre[1]
    t38 = im_f_11_2*pre[46]
    t39 = im_f_11_3*pre[46]
    t40 = im_f_4_2*pre[18]
    t41 = im_f_4_3*pre[18]
    t42 = im_f_7_2*pre[30]
    t43 = im_f_7_3*pre[30]
    t44 = im_f_8_2*pre[34]
    t45 = im_f_8_3*pre[34]
    t46 = im_f_2_2*pre[10]
    t47 = im_f_2_3*pre[10]
    t48 = im_f_5_2*pre[22]
    t49 = im_f_5_3*pre[22]
    t50 = im_f_6_2*pre[26]
    t51 = im_f_6_3*pre[26]
    t52 = im_f_9_2*pre[38]
    t53 = im_f_9_3*pre[38]
    t54 = 2.0*pre[42]
    t55 = 2.0*pre[14]
    t56 = 3.265986323710904*pre[2]
    out = numpy.empty(batch + (9,))
    out[..., 0] = t0 + t1 + t2 + t3 + t4 + t5 + t6 + t7 - t10 - t11 - t12 - t13 - t14 - t15 - t8 - t9 + im_f_10_2*t16 + im_f_10_3*t16 + im_f_3_2*t17 + im_f_3_3*t17
    out[..., 1] = 1.7320508075688772*t0 + 1.7320508075688772*t1 + 1.7320508075688772*t14 + 1.7320508075688772*t15 + 1.7320508075688772*t2 + 1.7320508075688772*t3 + 1.7320508075688772*t8 + 1.7320508075688772*t9 - 1.7320508075688772*t10 - 1.7320508075688772*t11 - 1.7320508075688772*t12 - 1.7320508075688772*t13 - 1.7320508075688772*t4 - 1.7320508075688772*t5 - 1.7320508075688772*t6 - 1.7320508075688772*t7
    out[..., 2] = -3.265986323710904*t10 - 3.265986323710904*t11 - 3.265986323710904*t4 - 3.265986323710904*t5 - im_f_0_2*t18 - im_f_0_3*t18
    out[..., 3] = t19 + t20 + t21 + t22 + t23 + t24 + t25 + t26 - t27 - t28 - t29 - t30 - t31 - t32 - t33 - t34 + im_f_10_2*t35 + im_f_10_3*t35 + im_f_3_2*t36 + im_f_3_3*t36
    out[..., 4] = 1.7320508075688772*t19 + 1.7320508075688772*t20 + 1.7320508075688772*t21 + 1.7320508075688772*t22 + 1.7320508075688772*t27 + 1.7320508075688772*t28 + 1.7320508075688772*t33 + 1.7320508075688772*t34 - 1.7320508075688772*t23 - 1.7320508075688772*t24 - 1.7320508075688772*t25 - 1.7320508075688772*t26 - 1.7320508075688772*t29 - 1.7320508075688772*t30 - 1.7320508075688772*t31 - 1.7320508075688772*t32
    out[..., 5] = -3.265986323710904*t23 - 3.265986323710904*t24 - 3.265986323710904*t29 - 3.265986323710904*t30 - im_f_0_2*t37 - im_f_0_3*t37
    out[..., 6] = t38 + t39 + t40 + t41 + t42 + t43 + t44 + t45 - t46 - t47 - t48 - t49 - t50 - t51 - t52 - t53 + im_f_10_2*t54 + im_f_10_3*t54 + im_f_3_2*t55 + im_f_3_3*t55
    out[..., 7] = 1.7320508075688772*t38 + 1.7320508075688772*t39 + 1.7320508075688772*t40 + 1.7320508075688772*t41 + 1.7320508075688772*t46 + 1.7320508075688772*t47 + 1.7320508075688772*t52 + 1.7320508075688772*t53 - 1.7320508075688772*t42 - 1.7320508075688772*t43 - 1.7320508075688772*t44 - 1.7320508075688772*t45 - 1.7320508075688772*t48 - 1.7320508075688772*t49 - 1.7320508075688772*t50 - 1.7320508075688772*t51
    out[..., 8] = -3.265986323710904*t42 - 3.265986323710904*t43 - 3.265986323710904*t48 - 3.265986323710904*t49 - im_f_0_2*t56 - im_f_0_3*t56
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
    im_f_0_2 = 3.0/(pre[3])**4
    im_f_0_3 = -3.0/(pre[3])**7
    im_f_0_4 = 21.0/(pre[3])**8
    im_f_0_5 = -12.0/(pre[3])**5
    im_f_2_2 = 3.0/(pre[11])**4
    im_f_2_3 = -3.0/(pre[11])**7
    im_f_2_4 = 21.0/(pre[11])**8
    im_f_2_5 = -12.0/(pre[11])**5
    im_f_3_2 = 3.0/(pre[15])**4
    im_f_3_3 = -3.0/(pre[15])**7
    im_f_3_4 = 21.0/(pre[15])**8
    im_f_3_5 = -12.0/(pre[15])**5
    im_f_4_2 = 3.0/(pre[19])**4
    im_f_4_3 = -3.0/(pre[19])**7
    im_f_4_4 = 21.0/(pre[19])**8
    im_f_4_5 = -12.0/(pre[19])**5
    im_f_5_2 = 3.0/(pre[23])**4
    im_f_5_3 = -3.0/(pre[23])**7
    im_f_5_4 = 21.0/(pre[23])**8
    im_f_5_5 = -12.0/(pre[23])**5
    im_f_6_2 = 3.0/(pre[27])**4
    im_f_6_3 = -3.0/(pre[27])**7
    im_f_6_4 = 21.0/(pre[27])**8
    im_f_6_5 = -12.0/(pre[27])**5
    im_f_7_2 = 3.0/(pre[31])**4
    im_f_7_3 = -3.0/(pre[31])**7
    im_f_7_4 = 21.0/(pre[31])**8
    im_f_7_5 = -12.0/(pre[31])**5
    im_f_8_2 = 3.0/(pre[35])**4
    im_f_8_3 = -3.0/(pre[35])**7
    im_f_8_4 = 21.0/(pre[35])**8
    im_f_8_5 = -12.0/(pre[35])**5
    im_f_9_2 = 3.0/(pre[39])**4
    im_f_9_3 = -3.0/(pre[39])**7
    im_f_9_4 = 21.0/(pre[39])**8
    im_f_9_5 = -12.0/(pre[39])**5
    im_f_10_2 = 3.0/(pre[43])**4
    im_f_10_3 = -3.0/(pre[43])**7
    im_f_10_4 = 21.0/(pre[43])**8
    im_f_10_5 = -12.0/(pre[43])**5
    im_f_11_2 = 3.0/(pre[47])**4
    im_f_11_3 = -3.0/(pre[47])**7
    im_f_11_4 = 21.0/(pre[47])**8
    im_f_11_5 = -12.0/(pre[47])**5
    t0 = (pre[44])**2
    t1 = im_f_11_4*t0
    t2 = im_f_11_5*t0
    t3 = (pre[8])**2
    t4 = im_f_2_4*t3
    t5 = im_f_2_5*t3
    t6 = (pre[16])**2
    t7 = im_f_4_4*t6
    t8 = im_f_4_5*t6
    t9 = (pre[20])**2
    t10 = im_f_5_4*t9
    t11 = im_f_5_5*t9
    t12 = (pre[24])**2
    t13 = im_f_6_4*t12
    t14 = im_f_6_5*t12
    t15 = (pre[28])**2
    t16 = im_f_7_4*t15
    t17 = im_f_7_5*t15
    t18 = (pre[32])**2
    t19 = im_f_8_4*t18
    t20 = im_f_8_5*t18
    t21 = (pre[36])**2
    t22 = im_f_9_4*t21
    t23 = im_f_9_5*t21
    t24 = 4.0*(pre[40])**2
    t25 = 4.0*(pre[12])**2
    t26 = (0.5)*im_f_11_2 + (0.5)*im_f_11_3 + (0.5)*im_f_2_2 + (0.5)*im_f_2_3 + (0.5)*im_f_4_2 + (0.5)*im_f_4_3 + (0.5)*im_f_5_2 + (0.5)*im_f_5_3 + (0.5)*im_f_6_2 + (0.5)*im_f_6_3 + (0.5)*im_f_7_2 + (0.5)*im_f_7_3 + (0.5)*im_f_8_2 + (0.5)*im_f_8_3 + (0.5)*im_f_9_2 + (0.5)*im_f_9_3 + 2.0*im_f_10_2 + 2.0*im_f_10_3 + 2.0*im_f_3_2 + 2.0*im_f_3_3
    t27 = 0.8660254037844386*im_f_11_2 + 0.8660254037844386*im_f_11_3 + 0.8660254037844386*im_f_4_2 + 0.8660254037844386*im_f_4_3 + 0.8660254037844386*im_f_5_2 + 0.8660254037844386*im_f_5_3 + 0.8660254037844386*im_f_6_2 + 0.8660254037844386*im_f_6_3 - 0.8660254037844386*im_f_2_2 - 0.8660254037844386*im_f_2_3 - 0.8660254037844386*im_f_7_2 - 0.8660254037844386*im_f_7_3 - 0.8660254037844386*im_f_8_2 - 0.8660254037844386*im_f_8_3 - 0.8660254037844386*im_f_9_2 - 0.8660254037844386*im_f_9_3
    t28 = t27 + 1.7320508075688772*t1 + 1.7320508075688772*t10 + 1.7320508075688772*t11 + 1.7320508075688772*t13 + 1.7320508075688772*t14 + 1.7320508075688772*t2 + 1.7320508075688772*t7 + 1.7320508075688772*t8 - 1.7320508075688772*t16 - 1.7320508075688772*t17 - 1.7320508075688772*t19 - 1.7320508075688772*t20 - 1.7320508075688772*t22 - 1.7320508075688772*t23 - 1.7320508075688772*t4 - 1.7320508075688772*t5
    t29 = 1.632993161855452*im_f_5_2 + 1.632993161855452*im_f_5_3 - 1.632993161855452*im_f_7_2 - 1.632993161855452*im_f_7_3
    t30 = t29 + 3.265986323710904*t10 + 3.265986323710904*t11 - 3.265986323710904*t16 - 3.265986323710904*t17
    t31 = pre[44]*pre[45]
    t32 = im_f_11_4*t31
    t33 = im_f_11_5*t31
    t34 = pre[8]*pre[9]
    t35 = im_f_2_4*t34
    t36 = im_f_2_5*t34
    t37 = pre[16]*pre[17]
    t38 = im_f_4_4*t37
    t39 = im_f_4_5*t37
    t40 = pre[20]*pre[21]
    t41 = im_f_5_4*t40
    t42 = im_f_5_5*t40
    t43 = pre[24]*pre[25]
    t44 = im_f_6_4*t43
    t45 = im_f_6_5*t43
    t46 = pre[28]*pre[29]
    t47 = im_f_7_4*t46
    t48 = im_f_7_5*t46
    t49 = pre[32]*pre[33]
    t50 = im_f_8_4*t49
    t51 = im_f_8_5*t49
    t52 = pre[36]*pre[37]
    t53 = im_f_9_4*t52
    t54 = im_f_9_5*t52
    t55 = 4.0*pre[40]
    t56 = pre[41]*t55
    t57 = 4.0*pre[12]
    t58 = pre[13]*t57
    t59 = t32 + t33 + t35 + t36 + t38 + t39 + t41 + t42 + t44 + t45 + t47 + t48 + t50 + t51 + t53 + t54 + im_f_10_4*t56 + im_f_10_5*t56 + im_f_3_4*t58 + im_f_3_5*t58
    t60 = 1.7320508075688772*t32 + 1.7320508075688772*t33 + 1.7320508075688772*t38 + 1.7320508075688772*t39 + 1.7320508075688772*t41 + 1.7320508075688772*t42 + 1.7320508075688772*t44 + 1.7320508075688772*t45 - 1.7320508075688772*t35 - 1.7320508075688772*t36 - 1.7320508075688772*t47 - 1.7320508075688772*t48 - 1.7320508075688772*t50 - 1.7320508075688772*t51 - 1.7320508075688772*t53 - 1.7320508075688772*t54
    t61 = 3.265986323710904*t41 + 3.265986323710904*t42 - 3.265986323710904*t47 - 3.265986323710904*t48
    t62 = pre[44]*pre[46]
    t63 = im_f_11_4*t62
    t64 = im_f_11_5*t62
    t65 = pre[10]*pre[8]
    t66 = im_f_2_4*t65
    t67 = im_f_2_5*t65
    t68 = pre[16]*pre[18]
    t69 = im_f_4_4*t68
    t70 = im_f_4_5*t68
    t71 = pre[20]*pre[22]
    t72 = im_f_5_4*t71
    t73 = im_f_5_5*t71
    t74 = pre[24]*pre[26]
    t75 = im_f_6_4*t74
    t76 = im_f_6_5*t74
    t77 = pre[28]*pre[30]
    t78 = im_f_7_4*t77
    t79 = im_f_7_5*t77
    t80 = pre[32]*pre[34]
    t81 = im_f_8_4*t80
    t82 = im_f_8_5*t80
    t83 = pre[36]*pre[38]
    t84 = im_f_9_4*t83
    t85 = im_f_9_5*t83
    t86 = pre[42]*t55
    t87 = pre[14]*t57
    t88 = t63 + t64 + t66 + t67 + t69 + t70 + t72 + t73 + t75 + t76 + t78 + t79 + t81 + t82 + t84 + t85 + im_f_10_4*t86 + im_f_10_5*t86 + im_f_3_4*t87 + im_f_3_5*t87
    t89 = 1.7320508075688772*t63 + 1.7320508075688772*t64 + 1.7320508075688772*t69 + 1.7320508075688772*t70 + 1.7320508075688772*t72 + 1.7320508075688772*t73 + 1.7320508075688772*t75 + 1.7320508075688772*t76 - 1.7320508075688772*t66 - 1.7320508075688772*t67 - 1.7320508075688772*t78 - 1.7320508075688772*t79 - 1.7320508075688772*t81 - 1.7320508075688772*t82 - 1.7320508075688772*t84 - 1.7320508075688772*t85
    t90 = 3.265986323710904*t72 + 3.265986323710904*t73 - 3.265986323710904*t78 - 3.265986323710904*t79
    t91 = (1.5)*im_f_11_2 + (1.5)*im_f_11_3 + (1.5)*im_f_2_2 + (1.5)*im_f_2_3 + (1.5)*im_f_4_2 + (1.5)*im_f_4_3 + (1.5)*im_f_5_2 + (1.5)*im_f_5_3 + (1.5)*im_f_6_2 + (1.5)*im_f_6_3 + (1.5)*im_f_7_2 + (1.5)*im_f_7_3 + (1.5)*im_f_8_2 + (1.5)*im_f_8_3 + (1.5)*im_f_9_2 + (1.5)*im_f_9_3
    t92 = 2.82842712474619*im_f_5_2 + 2.82842712474619*im_f_5_3 + 2.82842712474619*im_f_7_2 + 2.82842712474619*im_f_7_3
    t93 = t92 + 5.65685424949238*t10 + 5.65685424949238*t11 + 5.65685424949238*t16 + 5.65685424949238*t17
    t94 = 3.0*t32 + 3.0*t33 + 3.0*t35 + 3.0*t36 + 3.0*t38 + 3.0*t39 + 3.0*t41 + 3.0*t42 + 3.0*t44 + 3.0*t45 + 3.0*t47 + 3.0*t48 + 3.0*t50 + 3.0*t51 + 3.0*t53 + 3.0*t54
    t95 = 5.65685424949238*t41 + 5.65685424949238*t42 + 5.65685424949238*t47 + 5.65685424949238*t48
    t96 = 3.0*t63 + 3.0*t64 + 3.0*t66 + 3.0*t67 + 3.0*t69 + 3.0*t70 + 3.0*t72 + 3.0*t73 + 3.0*t75 + 3.0*t76 + 3.0*t78 + 3.0*t79 + 3.0*t81 + 3.0*t82 + 3.0*t84 + 3.0*t85
    t97 = 5.65685424949238*t72 + 5.65685424949238*t73 + 5.65685424949238*t78 + 5.65685424949238*t79
    t98 = 10.666666666666666*(pre[0])**2
    t99 = 5.333333333333333*im_f_0_2 + 5.333333333333333*im_f_0_3 + 5.333333333333333*im_f_5_2 + 5.333333333333333*im_f_5_3 + 5.333333333333333*im_f_7_2 + 5.333333333333333*im_f_7_3
    t100 = 10.666666666666666*pre[0]
    t101 = pre[1]*t100
    t102 = 10.666666666666666*t41 + 10.666666666666666*t42 + 10.666666666666666*t47 + 10.666666666666666*t48 + im_f_0_4*t101 + im_f_0_5*t101
    t103 = pre[2]*t100
    t104 = 10.666666666666666*t72 + 10.666666666666666*t73 + 10.666666666666666*t78 + 10.666666666666666*t79 + im_f_0_4*t103 + im_f_0_5*t103
    t105 = (pre[45])**2
    t106 = im_f_11_4*t105
    t107 = im_f_11_5*t105
    t108 = (pre[9])**2
    t109 = im_f_2_4*t108
    t110 = im_f_2_5*t108
    t111 = (pre[17])**2
    t112 = im_f_4_4*t111
    t113 = im_f_4_5*t111
    t114 = (pre[21])**2
    t115 = im_f_5_4*t114
    t116 = im_f_5_5*t114
    t117 = (pre[25])**2
    t118 = im_f_6_4*t117
    t119 = im_f_6_5*t117
    t120 = (pre[29])**2
    t121 = im_f_7_4*t120
    t122 = im_f_7_5*t120
    t123 = (pre[33])**2
    t124 = im_f_8_4*t123
    t125 = im_f_8_5*t123
    t126 = (pre[37])**2
    t127 = im_f_9_4*t126
    t128 = im_f_9_5*t126
    t129 = 4.0*(pre[41])**2
    t130 = 4.0*(pre[13])**2
    t131 = t27 + 1.7320508075688772*t106 + 1.7320508075688772*t107 + 1.7320508075688772*t112 + 1.7320508075688772*t113 + 1.7320508075688772*t115 + 1.7320508075688772*t116 + 1.7320508075688772*t118 + 1.7320508075688772*t119 - 1.7320508075688772*t109 - 1.7320508075688772*t110 - 1.7320508075688772*t121 - 1.7320508075688772*t122 - 1.7320508075688772*t124 - 1.7320508075688772*t125 - 1.7320508075688772*t127 - 1.7320508075688772*t128
    t132 = t29 + 3.265986323710904*t115 + 3.265986323710904*t116 - 3.265986323710904*t121 - 3.265986323710904*t122
    t133 = pre[45]*pre[46]
    t134 = im_f_11_4*t133
    t135 = im_f_11_5*t133
    t136 = pre[10]*pre[9]
    t137 = im_f_2_4*t136
    t138 = im_f_2_5*t136
    t139 = pre[17]*pre[18]
    t140 = im_f_4_4*t139
    t141 = im_f_4_5*t139
    t142 = pre[21]*pre[22]
    t143 = im_f_5_4*t142
    t144 = im_f_5_5*t142
    t145 = pre[25]*pre[26]
    t146 = im_f_6_4*t145
    t147 = im_f_6_5*t145
    t148 = pre[29]*pre[30]
    t149 = im_f_7_4*t148
    t150 = im_f_7_5*t148
    t151 = pre[33]*pre[34]
    t152 = im_f_8_4*t151
    t153 = im_f_8_5*t151
    t154 = pre[37]*pre[38]
    t155 = im_f_9_4*t154
    t156 = im_f_9_5*t154
    t157 = 4.0*pre[41]*pre[42]
    t158 = 4.0*pre[13]*pre[14]
    t159 = t134 + t135 + t137 + t138 + t140 + t141 + t143 + t144 + t146 + t147 + t149 + t150 + t152 + t153 + t155 + t156 + im_f_10_4*t157 + im_f_10_5*t157 + im_f_3_4*t158 + im_f_3_5*t158
    t160 = 1.7320508075688772*t134 + 1.7320508075688772*t135 + 1.7320508075688772*t140 + 1.7320508075688772*t141 + 1.7320508075688772*t143 + 1.7320508075688772*t144 + 1.7320508075688772*t146 + 1.7320508075688772*t147 - 1.7320508075688772*t137 - 1.7320508075688772*t138 - 1.7320508075688772*t149 - 1.7320508075688772*t150 - 1.7320508075688772*t152 - 1.7320508075688772*t153 - 1.7320508075688772*t155 - 1.7320508075688772*t156
    t161 = 3.265986323710904*t143 + 3.265986323710904*t144 - 3.265986323710904*t149 - 3.265986323710904*t150
    t162 = t92 + 5.65685424949238*t115 + 5.65685424949238*t116 + 5.65685424949238*t121 + 5.65685424949238*t122
    t163 = 3.0*t134 + 3.0*t135 + 3.0*t137 + 3.0*t138 + 3.0*t140 + 3.0*t141 + 3.0*t143 + 3.0*t144 + 3.0*t146 + 3.0*t147 + 3.0*t149 + 3.0*t150 + 3.0*t152 + 3.0*t153 + 3.0*t155 + 3.0*t156
    t164 = 5.65685424949238*t143 + 5.65685424949238*t144 + 5.65685424949238*t149 + 5.65685424949238*t150
    t165 = 10.666666666666666*(pre[1])**2
    t166 = 10.666666666666666*pre[1]*pre[2]
    t167 = 10.666666666666666*t143 + 10.666666666666666*t144 + 10.666666666666666*t149 + 10.666666666666666*t150 + im_f_0_4*t166 + im_f_0_5*t166
    t168 = (pre[46])**2
    t169 = im_f_11_4*t168
    t170 = im_f_11_5*t168
    t171 = (pre[10])**2
    t172 = im_f_2_4*t171
    t173 = im_f_2_5*t171
    t174 = (pre[18])**2
    t175 = im_f_4_4*t174
    t176 = im_f_4_5*t174
    t177 = (pre[22])**2
    t178 = im_f_5_4*t177
    t179 = im_f_5_5*t177
    t180 = (pre[26])**2
    t181 = im_f_6_4*t180
    t182 = im_f_6_5*t180
    t183 = (pre[30])**2
    t184 = im_f_7_4*t183
    t185 = im_f_7_5*t183
    t186 = (pre[34])**2
    t187 = im_f_8_4*t186
    t188 = im_f_8_5*t186
    t189 = (pre[38])**2
    t190 = im_f_9_4*t189
    t191 = im_f_9_5*t189
    t192 = 4.0*(pre[42])**2
    t193 = 4.0*(pre[14])**2
    t194 = t27 + 1.7320508075688772*t169 + 1.7320508075688772*t170 + 1.7320508075688772*t175 + 1.7320508075688772*t176 + 1.7320508075688772*t178 + 1.7320508075688772*t179 + 1.7320508075688772*t181 + 1.7320508075688772*t182 - 1.7320508075688772*t172 - 1.7320508075688772*t173 - 1.7320508075688772*t184 - 1.7320508075688772*t185 - 1.7320508075688772*t187 - 1.7320508075688772*t188 - 1.7320508075688772*t190 - 1.7320508075688772*t191
    t195 = t29 + 3.265986323710904*t178 + 3.265986323710904*t179 - 3.265986323710904*t184 - 3.265986323710904*t185
    t196 = t92 + 5.65685424949238*t178 + 5.65685424949238*t179 + 5.65685424949238*t184 + 5.65685424949238*t185
    t197 = 10.666666666666666*(pre[2])**2
    out = numpy.empty(batch + (81,))
    out[..., 0] = t1 + t10 + t11 + t13 + t14 + t16 + t17 + t19 + t2 + t20 + t22 + t23 + t26 + t4 + t5 + t7 + t8 + im_f_10_4*t24 + im_f_10_5*t24 + im_f_3_4*t25 + im_f_3_5*t25
    out[..., 1] = t28
    out[..., 2] = t30
    out[..., 3] = t59
    out[..., 4] = t60
    out[..., 5] = t61
    out[..., 6] = t88
    out[..., 7] = t89
    out[..., 8] = t90
    out[..., 9] = t28
    out[..., 10] = t91 + 3.0*t1 + 3.0*t10 + 3.0*t11 + 3.0*t13 + 3.0*t14 + 3.0*t16 + 3.0*t17 + 3.0*t19 + 3.0*t2 + 3.0*t20 + 3.0*t22 + 3.0*t23 + 3.0*t4 + 3.0*t5 + 3.0*t7 + 3.0*t8
    out[..., 11] = t93
    out[..., 12] = t60
    out[..., 13] = t94
    out[..., 14] = t95
    out[..., 15] = t89
    out[..., 16] = t96
    out[..., 17] = t97
    out[..., 18] = t30
    out[..., 19] = t93
    out[..., 20] = t99 + 10.666666666666666*t10 + 10.666666666666666*t11 + 10.666666666666666*t16 + 10.666666666666666*t17 + im_f_0_4*t98 + im_f_0_5*t98
    out[..., 21] = t61
    out[..., 22] = t95
    out[..., 23] = t102
    out[..., 24] = t90
    out[..., 25] = t97
    out[..., 26] = t104
    out[..., 27] = t59
    out[..., 28] = t60
    out[..., 29] = t61
    out[..., 30] = t106 + t107 + t109 + t110 + t112 + t113 + t115 + t116 + t118 + t119 + t121 + t122 + t124 + t125 + t127 + t128 + t26 + im_f_10_4*t129 + im_f_10_5*t129 + im_f_3_4*t130 + im_f_3_5*t130
    out[..., 31] = t131
    out[..., 32] = t132
    out[..., 33] = t159
    out[..., 34] = t160
    out[..., 35] = t161
    out[..., 36] = t60
    out[..., 37] = t94
    out[..., 38] = t95
    out[..., 39] = t131
    out[..., 40] = t91 + 3.0*t106 + 3.0*t107 + 3.0*t109 + 3.0*t110 + 3.0*t112 + 3.0*t113 + 3.0*t115 + 3.0*t116 + 3.0*t118 + 3.0*t119 + 3.0*t121 + 3.0*t122 + 3.0*t124 + 3.0*t125 + 3.0*t127 + 3.0*t128
    out[..., 41] = t162
    out[..., 42] = t160
    out[..., 43] = t163
    out[..., 44] = t164
    out[..., 45] = t61
    out[..., 46] = t95
    out[..., 47] = t102
    out[..., 48] = t132
    out[..., 49] = t162
    out[..., 50] = t99 + 10.666666666666666*t115 + 10.666666666666666*t116 + 10.666666666666666*t121 + 10.666666666666666*t122 + im_f_0_4*t165 + im_f_0_5*t165
    out[..., 51] = t161
    out[..., 52] = t164
    out[..., 53] = t167
    out[..., 54] = t88
    out[..., 55] = t89
    out[..., 56] = t90
    out[..., 57] = t159
    out[..., 58] = t160
    out[..., 59] = t161
    out[..., 60] = t169 + t170 + t172 + t173 + t175 + t176 + t178 + t179 + t181 + t182 + t184 + t185 + t187 + t188 + t190 + t191 + t26 + im_f_10_4*t192 + im_f_10_5*t192 + im_f_3_4*t193 + im_f_3_5*t193
    out[..., 61] = t194
    out[..., 62] = t195
    out[..., 63] = t89
    out[..., 64] = t96
    out[..., 65] = t97
    out[..., 66] = t160
    out[..., 67] = t163
    out[..., 68] = t164
    out[..., 69] = t194
    out[..., 70] = t91 + 3.0*t169 + 3.0*t170 + 3.0*t172 + 3.0*t173 + 3.0*t175 + 3.0*t176 + 3.0*t178 + 3.0*t179 + 3.0*t181 + 3.0*t182 + 3.0*t184 + 3.0*t185 + 3.0*t187 + 3.0*t188 + 3.0*t190 + 3.0*t191
    out[..., 71] = t196
    out[..., 72] = t90
    out[..., 73] = t97
    out[..., 74] = t104
    out[..., 75] = t161
    out[..., 76] = t164
    out[..., 77] = t167
    out[..., 78] = t195
    out[..., 79] = t196
    out[..., 80] = t99 + 10.666666666666666*t178 + 10.666666666666666*t179 + 10.666666666666666*t184 + 10.666666666666666*t185 + im_f_0_4*t197 + im_f_0_5*t197
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
    im_f_0_0 = 0.5/(pre[3])**6
    im_f_0_1 = -1.0/(pre[3])**3
    im_f_1_0 = 0.5/(pre[7])**6
    im_f_1_1 = -1.0/(pre[7])**3
    im_f_2_0 = 0.5/(pre[11])**6
    im_f_2_1 = -1.0/(pre[11])**3
    im_f_3_0 = 0.5/(pre[15])**6
    im_f_3_1 = -1.0/(pre[15])**3
    im_f_4_0 = 0.5/(pre[19])**6
    im_f_4_1 = -1.0/(pre[19])**3
    im_f_5_0 = 0.5/(pre[23])**6
    im_f_5_1 = -1.0/(pre[23])**3
    im_f_6_0 = 0.5/(pre[27])**6
    im_f_6_1 = -1.0/(pre[27])**3
    im_f_7_0 = 0.5/(pre[31])**6
    im_f_7_1 = -1.0/(pre[31])**3
    im_f_8_0 = 0.5/(pre[35])**6
    im_f_8_1 = -1.0/(pre[35])**3
    im_f_9_0 = 0.5/(pre[39])**6
    im_f_9_1 = -1.0/(pre[39])**3
    im_f_10_0 = 0.5/(pre[43])**6
    im_f_10_1 = -1.0/(pre[43])**3
    im_f_11_0 = 0.5/(pre[47])**6
    im_f_11_1 = -1.0/(pre[47])**3
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
    pre = _preamble_bonds(in_A_0, in_A_1, in_A_2, in_A_3, in_A_4, in_A_5, in_A_6, in_A_7, in_A_8, in_p_0, in_p_1, in_p_2)
    im_f_0_2 = 3.0/(pre[3])**4
    im_f_0_3 = -3.0/(pre[3])**7
    im_f_1_2 = 3.0/(pre[7])**4
    im_f_1_3 = -3.0/(pre[7])**7
    im_f_5_2 = 3.0/(pre[23])**4
    im_f_5_3 = -3.0/(pre[23])**7
    im_f_6_2 = 3.0/(pre[27])**4
    im_f_6_3 = -3.0/(pre[27])**7
    im_f_7_2 = 3.0/(pre[31])**4
    im_f_7_3 = -3.0/(pre[31])**7
    im_f_8_2 = 3.0/(pre[35])**4
    im_f_8_3 = -3.0/(pre[35])**7
    t0 = 1.7817974362806785*pre[0]
    t1 = 1.7817974362806785*pre[4]
    t2 = 1.7817974362806785*pre[20]
    t3 = 1.7817974362806785*pre[24]
    t4 = 1.7817974362806785*pre[28]
    t5 = 1.7817974362806785*pre[32]
    t6 = 1.7817974362806785*pre[1]
    t7 = 1.7817974362806785*pre[5]
    t8 = 1.7817974362806785*pre[21]
    t9 = 1.7817974362806785*pre[25]
    t10 = 1.7817974362806785*pre[29]
    t11 = 1.7817974362806785*pre[33]
    t12 = 1.7817974362806785*pre[2]
    t13 = 1.7817974362806785*pre[6]
    t14 = 1.7817974362806785*pre[22]
    t15 = 1.7817974362806785*pre[26]
    t16 = 1.7817974362806785*pre[30]
    t17 = 1.7817974362806785*pre[34]
    out = numpy.empty(batch + (3,))
    out[..., 0] = im_f_0_2*t0 + im_f_0_3*t0 + im_f_1_2*t1 + im_f_1_3*t1 + im_f_5_2*t2 + im_f_5_3*t2 + im_f_6_2*t3 + im_f_6_3*t3 + im_f_7_2*t4 + im_f_7_3*t4 + im_f_8_2*t5 + im_f_8_3*t5
    out[..., 1] = im_f_0_2*t6 + im_f_0_3*t6 + im_f_1_2*t7 + im_f_1_3*t7 + im_f_5_2*t8 + im_f_5_3*t8 + im_f_6_2*t9 + im_f_6_3*t9 + im_f_7_2*t10 + im_f_7_3*t10 + im_f_8_2*t11 + im_f_8_3*t11
    out[..., 2] = im_f_0_2*t12 + im_f_0_3*t12 + im_f_1_2*t13 + im_f_1_3*t13 + im_f_5_2*t14 + im_f_5_3*t14 + im_f_6_2*t15 + im_f_6_3*t15 + im_f_7_2*t16 + im_f_7_3*t16 + im_f_8_2*t17 + im_f_8_3*t17
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
    im_f_0_2 = 3.0/(pre[3])**4
    im_f_0_3 = -3.0/(pre[3])**7
    im_f_0_4 = 21.0/(pre[3])**8
    im_f_0_5 = -12.0/(pre[3])**5
    im_f_1_2 = 3.0/(pre[7])**4
    im_f_1_3 = -3.0/(pre[7])**7
    im_f_1_4 = 21.0/(pre[7])**8
    im_f_1_5 = -12.0/(pre[7])**5
    im_f_5_2 = 3.0/(pre[23])**4
    im_f_5_3 = -3.0/(pre[23])**7
    im_f_5_4 = 21.0/(pre[23])**8
    im_f_5_5 = -12.0/(pre[23])**5
    im_f_6_2 = 3.0/(pre[27])**4
    im_f_6_3 = -3.0/(pre[27])**7
    im_f_6_4 = 21.0/(pre[27])**8
    im_f_6_5 = -12.0/(pre[27])**5
    im_f_7_2 = 3.0/(pre[31])**4
    im_f_7_3 = -3.0/(pre[31])**7
    im_f_7_4 = 21.0/(pre[31])**8
    im_f_7_5 = -12.0/(pre[31])**5
    im_f_8_2 = 3.0/(pre[35])**4
    im_f_8_3 = -3.0/(pre[35])**7
    im_f_8_4 = 21.0/(pre[35])**8
    im_f_8_5 = -12.0/(pre[35])**5
    t0 = 3.1748021039363987*(pre[0])**2
    t1 = 3.1748021039363987*(pre[4])**2
    t2 = 3.1748021039363987*(pre[20])**2
    t3 = 3.1748021039363987*(pre[24])**2
    t4 = 3.1748021039363987*(pre[28])**2
    t5 = 3.1748021039363987*(pre[32])**2
    t6 = 1.5874010519681994*im_f_0_2 + 1.5874010519681994*im_f_0_3 + 1.5874010519681994*im_f_1_2 + 1.5874010519681994*im_f_1_3 + 1.5874010519681994*im_f_5_2 + 1.5874010519681994*im_f_5_3 + 1.5874010519681994*im_f_6_2 + 1.5874010519681994*im_f_6_3 + 1.5874010519681994*im_f_7_2 + 1.5874010519681994*im_f_7_3 + 1.5874010519681994*im_f_8_2 + 1.5874010519681994*im_f_8_3
    t7 = 3.1748021039363987*pre[0]
    t8 = pre[1]*t7
    t9 = 3.1748021039363987*pre[4]
    t10 = pre[5]*t9
    t11 = 3.1748021039363987*pre[20]
    t12 = pre[21]*t11
    t13 = 3.1748021039363987*pre[24]
    t14 = pre[25]*t13
    t15 = 3.1748021039363987*pre[28]
    t16 = pre[29]*t15
    t17 = 3.1748021039363987*pre[32]
    t18 = pre[33]*t17
    t19 = im_f_0_4*t8 + im_f_0_5*t8 + im_f_1_4*t10 + im_f_1_5*t10 + im_f_5_4*t12 + im_f_5_5*t12 + im_f_6_4*t14 + im_f_6_5*t14 + im_f_7_4*t16 + im_f_7_5*t16 + im_f_8_4*t18 + im_f_8_5*t18
    t20 = pre[2]*t7
    t21 = pre[6]*t9
    t22 = pre[22]*t11
    t23 = pre[26]*t13
    t24 = pre[30]*t15
    t25 = pre[34]*t17
    t26 = im_f_0_4*t20 + im_f_0_5*t20 + im_f_1_4*t21 + im_f_1_5*t21 + im_f_5_4*t22 + im_f_5_5*t22 + im_f_6_4*t23 + im_f_6_5*t23 + im_f_7_4*t24 + im_f_7_5*t24 + im_f_8_4*t25 + im_f_8_5*t25
    t27 = 3.1748021039363987*(pre[1])**2
    t28 = 3.1748021039363987*(pre[5])**2
    t29 = 3.1748021039363987*(pre[21])**2
    t30 = 3.1748021039363987*(pre[25])**2
    t31 = 3.1748021039363987*(pre[29])**2
    t32 = 3.1748021039363987*(pre[33])**2
    t33 = 3.1748021039363987*pre[1]*pre[2]
    t34 = 3.1748021039363987*pre[5]*pre[6]
    t35 = 3.1748021039363987*pre[21]*pre[22]
    t36 = 3.1748021039363987*pre[25]*pre[26]
    t37 = 3.1748021039363987*pre[29]*pre[30]
    t38 = 3.1748021039363987*pre[33]*pre[34]
    t39 = im_f_0_4*t33 + im_f_0_5*t33 + im_f_1_4*t34 + im_f_1_5*t34 + im_f_5_4*t35 + im_f_5_5*t35 + im_f_6_4*t36 + im_f_6_5*t36 + im_f_7_4*t37 + im_f_7_5*t37 + im_f_8_4*t38 + im_f_8_5*t38
    t40 = 3.1748021039363987*(pre[2])**2
    t41 = 3.1748021039363987*(pre[6])**2
    t42 = 3.1748021039363987*(pre[22])**2
    t43 = 3.1748021039363987*(pre[26])**2
    t44 = 3.1748021039363987*(pre[30])**2
    t45 = 3.1748021039363987*(pre[34])**2
    out = numpy.empty(batch + (9,))
    out[..., 0] = t6 + im_f_0_4*t0 + im_f_0_5*t0 + im_f_1_4*t1 + im_f_1_5*t1 + im_f_5_4*t2 + im_f_5_5*t2 + im_f_6_4*t3 + im_f_6_5*t3 + im_f_7_4*t4 + im_f_7_5*t4 + im_f_8_4*t5 + im_f_8_5*t5
    out[..., 1] = t19
    out[..., 2] = t26
    out[..., 3] = t19
    out[..., 4] = t6 + im_f_0_4*t27 + im_f_0_5*t27 + im_f_1_4*t28 + im_f_1_5*t28 + im_f_5_4*t29 + im_f_5_5*t29 + im_f_6_4*t30 + im_f_6_5*t30 + im_f_7_4*t31 + im_f_7_5*t31 + im_f_8_4*t32 + im_f_8_5*t32
    out[..., 5] = t39
    out[..., 6] = t26
    out[..., 7] = t39
    out[..., 8] = t6 + im_f_0_4*t40 + im_f_0_5*t40 + im_f_1_4*t41 + im_f_1_5*t41 + im_f_5_4*t42 + im_f_5_5*t42 + im_f_6_4*t43 + im_f_6_5*t43 + im_f_7_4*t44 + im_f_7_5*t44 + im_f_8_4*t45 + im_f_8_5*t45
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
    t0 = pre[30]*pre[34]
    t1 = pre[30]*pre[35]
    t2 = pre[84]*pre[88]
    t3 = pre[84]*pre[89]
    t4 = pre[18]*pre[22]
    t5 = pre[18]*pre[23]
    t6 = pre[72]*pre[76]
    t7 = pre[72]*pre[77]
    t8 = 2.0*pre[24]
    t9 = 2.0*pre[78]
    t10 = 2.0*pre[3]
    t11 = pre[0]*t10
    t12 = 2.0*pre[12]
    t13 = pre[9]*t12
    t14 = 2.0*pre[39]
    t15 = pre[36]*t14
    t16 = 2.0*pre[48]
    t17 = pre[45]*t16
    t18 = 2.0*pre[57]
    t19 = pre[54]*t18
    t20 = 2.0*pre[66]
    t21 = pre[63]*t20
    t22 = pre[10]*t12
    t23 = pre[1]*t10
    t24 = pre[37]*t14
    t25 = pre[46]*t16
    t26 = pre[55]*t18
    t27 = pre[64]*t20
    t28 = pre[11]*t12
    t29 = pre[2]*t10
    t30 = pre[38]*t14
    t31 = pre[47]*t16
    t32 = pre[56]*t18
    t33 = pre[65]*t20
    t34 = pre[31]*pre[34]
    t35 = pre[31]*pre[35]
    t36 = pre[85]*pre[88]
    t37 = pre[85]*pre[89]
    t38 = pre[19]*pre[22]
    t39 = pre[19]*pre[23]
    t40 = pre[73]*pre[76]
    t41 = pre[73]*pre[77]
    t42 = 2.0*pre[25]
    t43 = 2.0*pre[79]
    t44 = 2.0*pre[4]
    t45 = pre[0]*t44
    t46 = 2.0*pre[13]
    t47 = pre[9]*t46
    t48 = 2.0*pre[40]
    t49 = pre[36]*t48
    t50 = 2.0*pre[49]
    t51 = pre[45]*t50
    t52 = 2.0*pre[58]
    t53 = pre[54]*t52
    t54 = 2.0*pre[67]
    t55 = pre[63]*t54
    t56 = pre[10]*t46
    t57 = pre[1]*t44
    t58 = pre[37]*t48
    t59 = pre[46]*t50
    t60 = pre[55]*t52
    t61 = pre[64]*t54
    t62 = pre[11]*t46
    t63 = pre[2]*t44
    t64 = pre[38]*t48
    t65 = pre[47]*t50
    t66 = pre[56]*t52
    t67 = pre[65]*t54
    t68 = pre[32]*pre[34]
    t69 = pre[32]*pre[35]
    t70 = pre[86]*pre[88]
    t71 = pre[86]*pre[89]
    t72 = pre[20]*pre[22]
    t73 = pre[20]*pre[23]
    t74 = pre[74]*pre[76]
    t75 = pre[74]*pre[77]
    t76 = 2.0*pre[26]
    t77 = 2.0*pre[80]
    t78 = 2.0*pre[5]
    t79 = pre[0]*t78
    t80 = 2.0*pre[14]
    t81 = pre[9]*t80
    t82 = 2.0*pre[41]
    t83 = pre[36]*t82
    t84 = 2.0*pre[50]
    t85 = pre[45]*t84
    t86 = 2.0*pre[59]
    t87 = pre[54]*t86
    t88 = 2.0*pre[68]
    t89 = pre[63]*t88
    t90 = pre[10]*t80
    t91 = pre[1]*t78
    t92 = pre[37]*t82
    t93 = pre[46]*t84
    t94 = pre[55]*t86
    t95 = pre[64]*t88
    t96 = pre[11]*t80
    t97 = pre[2]*t78
    t98 = pre[38]*t82
    t99 = pre[47]*t84
    t100 = pre[56]*t86
    t101 = pre[65]*t88
    out = numpy.empty(batch + (9,))
    out[..., 0] = t0 + t1 + t2 + t3 - t4 - t5 - t6 - t7 + pre[16]*t13 + pre[17]*t13 + pre[28]*t8 + pre[29]*t8 + pre[43]*t15 + pre[44]*t15 + pre[52]*t17 + pre[53]*t17 + pre[61]*t19 + pre[62]*t19 + pre[70]*t21 + pre[71]*t21 + pre[7]*t11 + pre[82]*t9 + pre[83]*t9 + pre[8]*t11
    out[..., 1] = 1.7320508075688772*t0 + 1.7320508075688772*t1 + 1.7320508075688772*t2 + 1.7320508075688772*t3 + 1.7320508075688772*t4 + 1.7320508075688772*t5 + 1.7320508075688772*t6 + 1.7320508075688772*t7 + pre[16]*t22 + pre[17]*t22 + pre[43]*t24 + pre[44]*t24 + pre[52]*t25 + pre[53]*t25 + pre[61]*t26 + pre[62]*t26 + pre[70]*t27 + pre[71]*t27 + pre[7]*t23 + pre[8]*t23
    out[..., 2] = pre[16]*t28 + pre[17]*t28 + pre[43]*t30 + pre[44]*t30 + pre[52]*t31 + pre[53]*t31 + pre[61]*t32 + pre[62]*t32 + pre[70]*t33 + pre[71]*t33 + pre[7]*t29 + pre[8]*t29
    out[..., 3] = t34 + t35 + t36 + t37 - t38 - t39 - t40 - t41 + pre[16]*t47 + pre[17]*t47 + pre[28]*t42 + pre[29]*t42 + pre[43]*t49 + pre[44]*t49 + pre[52]*t51 + pre[53]*t51 + pre[61]*t53 + pre[62]*t53 + pre[70]*t55 + pre[71]*t55 + pre[7]*t45 + pre[82]*t43 + pre[83]*t43 + pre[8]*t45
    out[..., 4] = 1.7320508075688772*t34 + 1.7320508075688772*t35 + 1.7320508075688772*t36 + 1.7320508075688772*t37 + 1.7320508075688772*t38 + 1.7320508075688772*t39 + 1.7320508075688772*t40 + 1.7320508075688772*t41 + pre[16]*t56 + pre[17]*t56 + pre[43]*t58 + pre[44]*t58 + pre[52]*t59 + pre[53]*t59 + pre[61]*t60 + pre[62]*t60 + pre[70]*t61 + pre[71]*t61 + pre[7]*t57 + pre[8]*t57
    out[..., 5] = pre[16]*t62 + pre[17]*t62 + pre[43]*t64 + pre[44]*t64 + pre[52]*t65 + pre[53]*t65 + pre[61]*t66 + pre[62]*t66 + pre[70]*t67 + pre[71]*t67 + pre[7]*t63 + pre[8]*t63
    out[..., 6] = t68 + t69 + t70 + t71 - t72 - t73 - t74 - t75 + pre[16]*t81 + pre[17]*t81 + pre[28]*t76 + pre[29]*t76 + pre[43]*t83 + pre[44]*t83 + pre[52]*t85 + pre[53]*t85 + pre[61]*t87 + pre[62]*t87 + pre[70]*t89 + pre[71]*t89 + pre[7]*t79 + pre[82]*t77 + pre[83]*t77 + pre[8]*t79
    out[..., 7] = 1.7320508075688772*t68 + 1.7320508075688772*t69 + 1.7320508075688772*t70 + 1.7320508075688772*t71 + 1.7320508075688772*t72 + 1.7320508075688772*t73 + 1.7320508075688772*t74 + 1.7320508075688772*t75 + pre[16]*t90 + pre[17]*t90 + pre[43]*t92 + pre[44]*t92 + pre[52]*t93 + pre[53]*t93 + pre[61]*t94 + pre[62]*t94 + pre[70]*t95 + pre[71]*t95 + pre[7]*t91 + pre[8]*t91
    out[..., 8] = pre[16]*t96 + pre[17]*t96 + pre[43]*t98 + pre[44]*t98 + pre[52]*t99 + pre[53]*t99 + pre[61]*t100 + pre[62]*t100 + pre[70]*t101 + pre[71]*t101 + pre[7]*t97 + pre[8]*t97
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
    im_f_0_4 = 21.0/(pre[6])**8
    im_f_0_5 = -12.0/(pre[6])**5
    im_f_1_4 = 21.0/(pre[15])**8
    im_f_1_5 = -12.0/(pre[15])**5
    im_f_2_4 = 21.0/(pre[21])**8
    im_f_2_5 = -12.0/(pre[21])**5
    im_f_3_4 = 21.0/(pre[27])**8
    im_f_3_5 = -12.0/(pre[27])**5
    im_f_4_4 = 21.0/(pre[33])**8
    im_f_4_5 = -12.0/(pre[33])**5
    im_f_5_4 = 21.0/(pre[42])**8
    im_f_5_5 = -12.0/(pre[42])**5
    im_f_6_4 = 21.0/(pre[51])**8
    im_f_6_5 = -12.0/(pre[51])**5
    im_f_7_4 = 21.0/(pre[60])**8
    im_f_7_5 = -12.0/(pre[60])**5
    im_f_8_4 = 21.0/(pre[69])**8
    im_f_8_5 = -12.0/(pre[69])**5
    im_f_9_4 = 21.0/(pre[75])**8
    im_f_9_5 = -12.0/(pre[75])**5
    im_f_10_4 = 21.0/(pre[81])**8
    im_f_10_5 = -12.0/(pre[81])**5
    im_f_11_4 = 21.0/(pre[87])**8
    im_f_11_5 = -12.0/(pre[87])**5
    t0 = (pre[84])**2
    t1 = im_f_11_4*t0
    t2 = im_f_11_5*t0
    t3 = (pre[18])**2
    t4 = im_f_2_4*t3
    t5 = im_f_2_5*t3
    t6 = (pre[30])**2
    t7 = im_f_4_4*t6
    t8 = im_f_4_5*t6
    t9 = (pre[72])**2
    t10 = im_f_9_4*t9
    t11 = im_f_9_5*t9
    t12 = 4.0*(pre[78])**2
    t13 = 4.0*(pre[24])**2
    t14 = (pre[0])**2
    t15 = 4.0*(pre[3])**2
    t16 = t14*t15
    t17 = (pre[9])**2
    t18 = 4.0*(pre[12])**2
    t19 = t17*t18
    t20 = (pre[36])**2
    t21 = 4.0*(pre[39])**2
    t22 = t20*t21
    t23 = (pre[45])**2
    t24 = 4.0*(pre[48])**2
    t25 = t23*t24
    t26 = (pre[54])**2
    t27 = 4.0*(pre[57])**2
    t28 = t26*t27
    t29 = (pre[63])**2
    t30 = 4.0*(pre[66])**2
    t31 = t29*t30
    t32 = 2.0*t17
    t33 = 2.0*t20
    t34 = 2.0*t23
    t35 = 2.0*t26
    t36 = 2.0*t29
    t37 = 2.0*t14
    t38 = (0.5)*pre[22] + (0.5)*pre[23] + (0.5)*pre[34] + (0.5)*pre[35] + (0.5)*pre[76] + (0.5)*pre[77] + (0.5)*pre[88] + (0.5)*pre[89] + 2.0*pre[28] + 2.0*pre[29] + 2.0*pre[82] + 2.0*pre[83] + pre[16]*t32 + pre[17]*t32 + pre[43]*t33 + pre[44]*t33 + pre[52]*t34 + pre[53]*t34 + pre[61]*t35 + pre[62]*t35 + pre[70]*t36 + pre[71]*t36 + pre[7]*t37 + pre[8]*t37
    t39 = pre[0]*t15
    t40 = pre[1]*t39
    t41 = pre[9]*t18
    t42 = pre[10]*t41
    t43 = pre[36]*t21
    t44 = pre[37]*t43
    t45 = pre[45]*t24
    t46 = pre[46]*t45
    t47 = pre[54]*t27
    t48 = pre[55]*t47
    t49 = pre[63]*t30
    t50 = pre[64]*t49
    t51 = 2.0*pre[0]
    t52 = pre[1]*t51
    t53 = 2.0*pre[9]
    t54 = pre[10]*t53
    t55 = 2.0*pre[36]
    t56 = pre[37]*t55
    t57 = 2.0*pre[45]
    t58 = pre[46]*t57
    t59 = 2.0*pre[54]
    t60 = pre[55]*t59
    t61 = 2.0*pre[63]
    t62 = pre[64]*t61
    t63 = 0.8660254037844386*pre[34] + 0.8660254037844386*pre[35] + 0.8660254037844386*pre[88] + 0.8660254037844386*pre[89] - 0.8660254037844386*pre[22] - 0.8660254037844386*pre[23] - 0.8660254037844386*pre[76] - 0.8660254037844386*pre[77] + pre[16]*t54 + pre[17]*t54 + pre[43]*t56 + pre[44]*t56 + pre[52]*t58 + pre[53]*t58 + pre[61]*t60 + pre[62]*t60 + pre[70]*t62 + pre[71]*t62 + pre[7]*t52 + pre[8]*t52
    t64 = t63 + 1.7320508075688772*t1 + 1.7320508075688772*t2 + 1.7320508075688772*t7 + 1.7320508075688772*t8 - 1.7320508075688772*t10 - 1.7320508075688772*t11 - 1.7320508075688772*t4 - 1.7320508075688772*t5 + im_f_0_4*t40 + im_f_0_5*t40 + im_f_1_4*t42 + im_f_1_5*t42 + im_f_5_4*t44 + im_f_5_5*t44 + im_f_6_4*t46 + im_f_6_5*t46 + im_f_7_4*t48 + im_f_7_5*t48 + im_f_8_4*t50 + im_f_8_5*t50
    t65 = pre[2]*t39
    t66 = pre[11]*t41
    t67 = pre[38]*t43
    t68 = pre[47]*t45
    t69 = pre[56]*t47
    t70 = pre[65]*t49
    t71 = pre[2]*t51
    t72 = pre[11]*t53
    t73 = pre[38]*t55
    t74 = pre[47]*t57
    t75 = pre[56]*t59
    t76 = pre[65]*t61
    t77 = pre[16]*t72 + pre[17]*t72 + pre[43]*t73 + pre[44]*t73 + pre[52]*t74 + pre[53]*t74 + pre[61]*t75 + pre[62]*t75 + pre[70]*t76 + pre[71]*t76 + pre[7]*t71 + pre[8]*t71
    t78 = t77 + im_f_0_4*t65 + im_f_0_5*t65 + im_f_1_4*t66 + im_f_1_5*t66 + im_f_5_4*t67 + im_f_5_5*t67 + im_f_6_4*t68 + im_f_6_5*t68 + im_f_7_4*t69 + im_f_7_5*t69 + im_f_8_4*t70 + im_f_8_5*t70
    t79 = pre[84]*pre[85]
    t80 = im_f_11_4*t79
    t81 = im_f_11_5*t79
    t82 = pre[18]*pre[19]
    t83 = im_f_2_4*t82
    t84 = im_f_2_5*t82
    t85 = pre[30]*pre[31]
    t86 = im_f_4_4*t85
    t87 = im_f_4_5*t85
    t88 = pre[72]*pre[73]
    t89 = im_f_9_4*t88
    t90 = im_f_9_5*t88
    t91 = 4.0*pre[78]
    t92 = pre[79]*t91
    t93 = 4.0*pre[24]
    t94 = pre[25]*t93
    t95 = 4.0*pre[3]
    t96 = t14*t95
    t97 = im_f_0_4*pre[4]
    t98 = im_f_0_5*t96
    t99 = 4.0*pre[12]
    t100 = t17*t99
    t101 = im_f_1_4*pre[13]
    t102 = im_f_1_5*t100
    t103 = 4.0*pre[39]
    t104 = t103*t20
    t105 = im_f_5_4*pre[40]
    t106 = im_f_5_5*t104
    t107 = 4.0*pre[48]
    t108 = t107*t23
    t109 = im_f_6_4*pre[49]
    t110 = im_f_6_5*t108
    t111 = 4.0*pre[57]
    t112 = t111*t26
    t113 = im_f_7_4*pre[58]
    t114 = im_f_7_5*t112
    t115 = 4.0*pre[66]
    t116 = t115*t29
    t117 = im_f_8_4*pre[67]
    t118 = im_f_8_5*t116
    t119 = t80 + t81 + t83 + t84 + t86 + t87 + t89 + t90 + im_f_10_4*t92 + im_f_10_5*t92 + im_f_3_4*t94 + im_f_3_5*t94 + pre[13]*t102 + pre[40]*t106 + pre[49]*t110 + pre[4]*t98 + pre[58]*t114 + pre[67]*t118 + t100*t101 + t104*t105 + t108*t109 + t112*t113 + t116*t117 + t96*t97
    t120 = pre[0]*t95
    t121 = pre[1]*t120
    t122 = im_f_0_5*pre[4]
    t123 = pre[9]*t99
    t124 = pre[10]*t123
    t125 = im_f_1_5*pre[13]
    t126 = pre[36]*t103
    t127 = pre[37]*t126
    t128 = im_f_5_5*pre[40]
    t129 = pre[45]*t107
    t130 = pre[46]*t129
    t131 = im_f_6_5*pre[49]
    t132 = pre[54]*t111
    t133 = pre[55]*t132
    t134 = im_f_7_5*pre[58]
    t135 = pre[63]*t115
    t136 = pre[64]*t135
    t137 = im_f_8_5*pre[67]
    t138 = 1.7320508075688772*t80 + 1.7320508075688772*t81 + 1.7320508075688772*t86 + 1.7320508075688772*t87 - 1.7320508075688772*t83 - 1.7320508075688772*t84 - 1.7320508075688772*t89 - 1.7320508075688772*t90 + t101*t124 + t105*t127 + t109*t130 + t113*t133 + t117*t136 + t121*t122 + t121*t97 + t124*t125 + t127*t128 + t130*t131 + t133*t134 + t136*t137
    t139 = pre[2]*t120
    t140 = pre[11]*t123
    t141 = pre[38]*t126
    t142 = pre[47]*t129
    t143 = pre[56]*t132
    t144 = pre[65]*t135
    t145 = t101*t140 + t105*t141 + t109*t142 + t113*t143 + t117*t144 + t122*t139 + t125*t140 + t128*t141 + t131*t142 + t134*t143 + t137*t144 + t139*t97
    t146 = pre[84]*pre[86]
    t147 = im_f_11_4*t146
    t148 = im_f_11_5*t146
    t149 = pre[18]*pre[20]
    t150 = im_f_2_4*t149
    t151 = im_f_2_5*t149
    t152 = pre[30]*pre[32]
    t153 = im_f_4_4*t152
    t154 = im_f_4_5*t152
    t155 = pre[72]*pre[74]
    t156 = im_f_9_4*t155
    t157 = im_f_9_5*t155
    t158 = pre[80]*t91
    t159 = pre[26]*t93
    t160 = im_f_0_4*pre[5]
    t161 = im_f_1_4*pre[14]
    t162 = im_f_5_4*pre[41]
    t163 = im_f_6_4*pre[50]
    t164 = im_f_7_4*pre[59]
    t165 = im_f_8_4*pre[68]
    t166 = t147 + t148 + t150 + t151 + t153 + t154 + t156 + t157 + im_f_10_4*t158 + im_f_10_5*t158 + im_f_3_4*t159 + im_f_3_5*t159 + pre[14]*t102 + pre[41]*t106 + pre[50]*t110 + pre[59]*t114 + pre[5]*t98 + pre[68]*t118 + t100*t161 + t104*t162 + t108*t163 + t112*t164 + t116*t165 + t160*t96
    t167 = im_f_0_5*pre[5]
    t168 = im_f_1_5*pre[14]
    t169 = im_f_5_5*pre[41]
    t170 = im_f_6_5*pre[50]
    t171 = im_f_7_5*pre[59]
    t172 = im_f_8_5*pre[68]
    t173 = 1.7320508075688772*t147 + 1.7320508075688772*t148 + 1.7320508075688772*t153 + 1.7320508075688772*t154 - 1.7320508075688772*t150 - 1.7320508075688772*t151 - 1.7320508075688772*t156 - 1.7320508075688772*t157 + t121*t160 + t121*t167 + t124*t161 + t124*t168 + t127*t162 + t127*t169 + t130*t163 + t130*t170 + t133*t164 + t133*t171 + t136*t165 + t136*t172
    t174 = t139*t160 + t139*t167 + t140*t161 + t140*t168 + t141*t162 + t141*t169 + t142*t163 + t142*t170 + t143*t164 + t143*t171 + t144*t165 + t144*t172
    t175 = (pre[1])**2
    t176 = t15*t175
    t177 = (pre[10])**2
    t178 = t177*t18
    t179 = (pre[37])**2
    t180 = t179*t21
    t181 = (pre[46])**2
    t182 = t181*t24
    t183 = (pre[55])**2
    t184 = t183*t27
    t185 = (pre[64])**2
    t186 = t185*t30
    t187 = 2.0*t177
    t188 = 2.0*t179
    t189 = 2.0*t181
    t190 = 2.0*t183
    t191 = 2.0*t185
    t192 = 2.0*t175
    t193 = (1.5)*pre[22] + (1.5)*pre[23] + (1.5)*pre[34] + (1.5)*pre[35] + (1.5)*pre[76] + (1.5)*pre[77] + (1.5)*pre[88] + (1.5)*pre[89] + pre[16]*t187 + pre[17]*t187 + pre[43]*t188 + pre[44]*t188 + pre[52]*t189 + pre[53]*t189 + pre[61]*t190 + pre[62]*t190 + pre[70]*t191 + pre[71]*t191 + pre[7]*t192 + pre[8]*t192
    t194 = pre[1]*pre[2]
    t195 = t15*t194
    t196 = pre[10]*pre[11]
    t197 = t18*t196
    t198 = pre[37]*pre[38]
    t199 = t198*t21
    t200 = pre[46]*pre[47]
    t201 = t200*t24
    t202 = pre[55]*pre[56]
    t203 = t202*t27
    t204 = pre[64]*pre[65]
    t205 = t204*t30
    t206 = 2.0*t196
    t207 = 2.0*t194
    t208 = 2.0*t198
    t209 = 2.0*t200
    t210 = 2.0*t202
    t211 = 2.0*t204
    t212 = pre[16]*t206 + pre[17]*t206 + pre[43]*t208 + pre[44]*t208 + pre[52]*t209 + pre[53]*t209 + pre[61]*t210 + pre[62]*t210 + pre[70]*t211 + pre[71]*t211 + pre[7]*t207 + pre[8]*t207
    t213 = t212 + im_f_0_4*t195 + im_f_0_5*t195 + im_f_1_4*t197 + im_f_1_5*t197 + im_f_5_4*t199 + im_f_5_5*t199 + im_f_6_4*t201 + im_f_6_5*t201 + im_f_7_4*t203 + im_f_7_5*t203 + im_f_8_4*t205 + im_f_8_5*t205
    t214 = t175*t95
    t215 = im_f_0_5*t214
    t216 = t177*t99
    t217 = im_f_1_5*t216
    t218 = t103*t179
    t219 = im_f_5_5*t218
    t220 = t107*t181
    t221 = im_f_6_5*t220
    t222 = t111*t183
    t223 = im_f_7_5*t222
    t224 = t115*t185
    t225 = im_f_8_5*t224
    t226 = 3.0*t80 + 3.0*t81 + 3.0*t83 + 3.0*t84 + 3.0*t86 + 3.0*t87 + 3.0*t89 + 3.0*t90 + pre[13]*t217 + pre[40]*t219 + pre[49]*t221 + pre[4]*t215 + pre[58]*t223 + pre[67]*t225 + t101*t216 + t105*t218 + t109*t220 + t113*t222 + t117*t224 + t214*t97
    t227 = t194*t95
    t228 = t196*t99
    t229 = t103*t198
    t230 = t107*t200
    t231 = t111*t202
    t232 = t115*t204
    t233 = t101*t228 + t105*t229 + t109*t230 + t113*t231 + t117*t232 + t122*t227 + t125*t228 + t128*t229 + t131*t230 + t134*t231 + t137*t232 + t227*t97
    t234 = 3.0*t147 + 3.0*t148 + 3.0*t150 + 3.0*t151 + 3.0*t153 + 3.0*t154 + 3.0*t156 + 3.0*t157 + pre[14]*t217 + pre[41]*t219 + pre[50]*t221 + pre[59]*t223 + pre[5]*t215 + pre[68]*t225 + t160*t214 + t161*t216 + t162*t218 + t163*t220 + t164*t222 + t165*t224
    t235 = t160*t227 + t161*t228 + t162*t229 + t163*t230 + t164*t231 + t165*t232 + t167*t227 + t168*t228 + t169*t229 + t170*t230 + t171*t231 + t172*t232
    t236 = (pre[2])**2
    t237 = t15*t236
    t238 = (pre[11])**2
    t239 = t18*t238
    t240 = (pre[38])**2
    t241 = t21*t240
    t242 = (pre[47])**2
    t243 = t24*t242
    t244 = (pre[56])**2
    t245 = t244*t27
    t246 = (pre[65])**2
    t247 = t246*t30
    t248 = 2.0*t238
    t249 = 2.0*t240
    t250 = 2.0*t242
    t251 = 2.0*t244
    t252 = 2.0*t246
    t253 = 2.0*t236
    t254 = pre[16]*t248 + pre[17]*t248 + pre[43]*t249 + pre[44]*t249 + pre[52]*t250 + pre[53]*t250 + pre[61]*t251 + pre[62]*t251 + pre[70]*t252 + pre[71]*t252 + pre[7]*t253 + pre[8]*t253
    t255 = t236*t95
    t256 = im_f_0_5*t255
    t257 = t238*t99
    t258 = im_f_1_5*t257
    t259 = t103*t240
    t260 = im_f_5_5*t259
    t261 = t107*t242
    t262 = im_f_6_5*t261
    t263 = t111*t244
    t264 = im_f_7_5*t263
    t265 = t115*t246
    t266 = im_f_8_5*t265
    t267 = pre[13]*t258 + pre[40]*t260 + pre[49]*t262 + pre[4]*t256 + pre[58]*t264 + pre[67]*t266 + t101*t257 + t105*t259 + t109*t261 + t113*t263 + t117*t265 + t255*t97
    t268 = pre[14]*t258 + pre[41]*t260 + pre[50]*t262 + pre[59]*t264 + pre[5]*t256 + pre[68]*t266 + t160*t255 + t161*t257 + t162*t259 + t163*t261 + t164*t263 + t165*t265
    t269 = (pre[85])**2
    t270 = im_f_11_4*t269
    t271 = im_f_11_5*t269
    t272 = (pre[19])**2
    t273 = im_f_2_4*t272
    t274 = im_f_2_5*t272
    t275 = (pre[31])**2
    t276 = im_f_4_4*t275
    t277 = im_f_4_5*t275
    t278 = (pre[73])**2
    t279 = im_f_9_4*t278
    t280 = im_f_9_5*t278
    t281 = 4.0*(pre[79])**2
    t282 = 4.0*(pre[25])**2
    t283 = 4.0*(pre[4])**2
    t284 = t14*t283
    t285 = 4.0*(pre[13])**2
    t286 = t17*t285
    t287 = 4.0*(pre[40])**2
    t288 = t20*t287
    t289 = 4.0*(pre[49])**2
    t290 = t23*t289
    t291 = 4.0*(pre[58])**2
    t292 = t26*t291
    t293 = 4.0*(pre[67])**2
    t294 = t29*t293
    t295 = pre[0]*t283
    t296 = pre[1]*t295
    t297 = pre[9]*t285
    t298 = pre[10]*t297
    t299 = pre[36]*t287
    t300 = pre[37]*t299
    t301 = pre[45]*t289
    t302 = pre[46]*t301
    t303 = pre[54]*t291
    t304 = pre[55]*t303
    t305 = pre[63]*t293
    t306 = pre[64]*t305
    t307 = t63 + 1.7320508075688772*t270 + 1.7320508075688772*t271 + 1.7320508075688772*t276 + 1.7320508075688772*t277 - 1.7320508075688772*t273 - 1.7320508075688772*t274 - 1.7320508075688772*t279 - 1.7320508075688772*t280 + im_f_0_4*t296 + im_f_0_5*t296 + im_f_1_4*t298 + im_f_1_5*t298 + im_f_5_4*t300 + im_f_5_5*t300 + im_f_6_4*t302 + im_f_6_5*t302 + im_f_7_4*t304 + im_f_7_5*t304 + im_f_8_4*t306 + im_f_8_5*t306
    t308 = pre[2]*t295
    t309 = pre[11]*t297
    t310 = pre[38]*t299
    t311 = pre[47]*t301
    t312 = pre[56]*t303
    t313 = pre[65]*t305
    t314 = t77 + im_f_0_4*t308 + im_f_0_5*t308 + im_f_1_4*t309 + im_f_1_5*t309 + im_f_5_4*t310 + im_f_5_5*t310 + im_f_6_4*t311 + im_f_6_5*t311 + im_f_7_4*t312 + im_f_7_5*t312 + im_f_8_4*t313 + im_f_8_5*t313
    t315 = pre[85]*pre[86]
    t316 = im_f_11_4*t315
    t317 = im_f_11_5*t315
    t318 = pre[19]*pre[20]
    t319 = im_f_2_4*t318
    t320 = im_f_2_5*t318
    t321 = pre[31]*pre[32]
    t322 = im_f_4_4*t321
    t323 = im_f_4_5*t321
    t324 = pre[73]*pre[74]
    t325 = im_f_9_4*t324
    t326 = im_f_9_5*t324
    t327 = 4.0*pre[79]*pre[80]
    t328 = 4.0*pre[25]*pre[26]
    t329 = 4.0*pre[5]
    t330 = t14*t329
    t331 = 4.0*pre[14]
    t332 = t17*t331
    t333 = 4.0*pre[41]
    t334 = t20*t333
    t335 = 4.0*pre[50]
    t336 = t23*t335
    t337 = 4.0*pre[59]
    t338 = t26*t337
    t339 = 4.0*pre[68]
    t340 = t29*t339
    t341 = t316 + t317 + t319 + t320 + t322 + t323 + t325 + t326 + im_f_10_4*t327 + im_f_10_5*t327 + im_f_3_4*t328 + im_f_3_5*t328 + t101*t332 + t105*t334 + t109*t336 + t113*t338 + t117*t340 + t122*t330 + t125*t332 + t128*t334 + t131*t336 + t134*t338 + t137*t340 + t330*t97
    t342 = pre[0]*t329
    t343 = pre[1]*t342
    t344 = pre[9]*t331
    t345 = pre[10]*t344
    t346 = pre[36]*t333
    t347 = pre[37]*t346
    t348 = pre[45]*t335
    t349 = pre[46]*t348
    t350 = pre[54]*t337
    t351 = pre[55]*t350
    t352 = pre[63]*t339
    t353 = pre[64]*t352
    t354 = 1.7320508075688772*t316 + 1.7320508075688772*t317 + 1.7320508075688772*t322 + 1.7320508075688772*t323 - 1.7320508075688772*t319 - 1.7320508075688772*t320 - 1.7320508075688772*t325 - 1.7320508075688772*t326 + t101*t345 + t105*t347 + t109*t349 + t113*t351 + t117*t353 + t122*t343 + t125*t345 + t128*t347 + t131*t349 + t134*t351 + t137*t353 + t343*t97
    t355 = pre[2]*t342
    t356 = pre[11]*t344
    t357 = pre[38]*t346
    t358 = pre[47]*t348
    t359 = pre[56]*t350
    t360 = pre[65]*t352
    t361 = t101*t356 + t105*t357 + t109*t358 + t113*t359 + t117*t360 + t122*t355 + t125*t356 + t128*t357 + t131*t358 + t134*t359 + t137*t360 + t355*t97
    t362 = t175*t283
    t363 = t177*t285
    t364 = t179*t287
    t365 = t181*t289
    t366 = t183*t291
    t367 = t185*t293
    t368 = t194*t283
    t369 = t196*t285
    t370 = t198*t287
    t371 = t200*t289
    t372 = t202*t291
    t373 = t204*t293
    t374 = t212 + im_f_0_4*t368 + im_f_0_5*t368 + im_f_1_4*t369 + im_f_1_5*t369 + im_f_5_4*t370 + im_f_5_5*t370 + im_f_6_4*t371 + im_f_6_5*t371 + im_f_7_4*t372 + im_f_7_5*t372 + im_f_8_4*t373 + im_f_8_5*t373
    t375 = t175*t329
    t376 = t177*t331
    t377 = t179*t333
    t378 = t181*t335
    t379 = t183*t337
    t380 = t185*t339
    t381 = 3.0*t316 + 3.0*t317 + 3.0*t319 + 3.0*t320 + 3.0*t322 + 3.0*t323 + 3.0*t325 + 3.0*t326 + t101*t376 + t105*t377 + t109*t378 + t113*t379 + t117*t380 + t122*t375 + t125*t376 + t128*t377 + t131*t378 + t134*t379 + t137*t380 + t375*t97
    t382 = t194*t329
    t383 = t196*t331
    t384 = t198*t333
    t385 = t200*t335
    t386 = t202*t337
    t387 = t204*t339
    t388 = t101*t383 + t105*t384 + t109*t385 + t113*t386 + t117*t387 + t122*t382 + t125*t383 + t128*t384 + t131*t385 + t134*t386 + t137*t387 + t382*t97
    t389 = t236*t283
    t390 = t238*t285
    t391 = t240*t287
    t392 = t242*t289
    t393 = t244*t291
    t394 = t246*t293
    t395 = t236*t329
    t396 = t238*t331
    t397 = t240*t333
    t398 = t242*t335
    t399 = t244*t337
    t400 = t246*t339
    t401 = t101*t396 + t105*t397 + t109*t398 + t113*t399 + t117*t400 + t122*t395 + t125*t396 + t128*t397 + t131*t398 + t134*t399 + t137*t400 + t395*t97
    t402 = (pre[86])**2
    t403 = im_f_11_4*t402
    t404 = im_f_11_5*t402
    t405 = (pre[20])**2
    t406 = im_f_2_4*t405
    t407 = im_f_2_5*t405
    t408 = (pre[32])**2
    t409 = im_f_4_4*t408
    t410 = im_f_4_5*t408
    t411 = (pre[74])**2
    t412 = im_f_9_4*t411
    t413 = im_f_9_5*t411
    t414 = 4.0*(pre[80])**2
    t415 = 4.0*(pre[26])**2
    t416 = 4.0*(pre[5])**2
    t417 = t14*t416
    t418 = 4.0*(pre[14])**2
    t419 = t17*t418
    t420 = 4.0*(pre[41])**2
    t421 = t20*t420
    t422 = 4.0*(pre[50])**2
    t423 = t23*t422
    t424 = 4.0*(pre[59])**2
    t425 = t26*t424
    t426 = 4.0*(pre[68])**2
    t427 = t29*t426
    t428 = pre[0]*t416
    t429 = pre[1]*t428
    t430 = pre[9]*t418
    t431 = pre[10]*t430
    t432 = pre[36]*t420
    t433 = pre[37]*t432
    t434 = pre[45]*t422
    t435 = pre[46]*t434
    t436 = pre[54]*t424
    t437 = pre[55]*t436
    t438 = pre[63]*t426
    t439 = pre[64]*t438
    t440 = t63 + 1.7320508075688772*t403 + 1.7320508075688772*t404 + 1.7320508075688772*t409 + 1.7320508075688772*t410 - 1.7320508075688772*t406 - 1.7320508075688772*t407 - 1.7320508075688772*t412 - 1.7320508075688772*t413 + im_f_0_4*t429 + im_f_0_5*t429 + im_f_1_4*t431 + im_f_1_5*t431 + im_f_5_4*t433 + im_f_5_5*t433 + im_f_6_4*t435 + im_f_6_5*t435 + im_f_7_4*t437 + im_f_7_5*t437 + im_f_8_4*t439 + im_f_8_5*t439
    t441 = pre[2]*t428
    t442 = pre[11]*t430
    t443 = pre[38]*t432
    t444 = pre[47]*t434
    t445 = pre[56]*t436
    t446 = pre[65]*t438
    t447 = t77 + im_f_0_4*t441 + im_f_0_5*t441 + im_f_1_4*t442 + im_f_1_5*t442 + im_f_5_4*t443 + im_f_5_5*t443 + im_f_6_4*t444 + im_f_6_5*t444 + im_f_7_4*t445 + im_f_7_5*t445 + im_f_8_4*t446 + im_f_8_5*t446
    t448 = t175*t416
    t449 = t177*t418
    t450 = t179*t420
    t451 = t181*t422
    t452 = t183*t424
    t453 = t185*t426
    t454 = t194*t416
    t455 = t196*t418
    t456 = t198*t420
    t457 = t200*t422
    t458 = t202*t424
    t459 = t204*t426
    t460 = t212 + im_f_0_4*t454 + im_f_0_5*t454 + im_f_1_4*t455 + im_f_1_5*t455 + im_f_5_4*t456 + im_f_5_5*t456 + im_f_6_4*t457 + im_f_6_5*t457 + im_f_7_4*t458 + im_f_7_5*t458 + im_f_8_4*t459 + im_f_8_5*t459
    t461 = t236*t416
    t462 = t238*t418
    t463 = t240*t420
    t464 = t242*t422
    t465 = t244*t424
    t466 = t246*t426
    out = numpy.empty(batch + (81,))
    out[..., 0] = t1 + t10 + t11 + t2 + t38 + t4 + t5 + t7 + t8 + im_f_0_4*t16 + im_f_0_5*t16 + im_f_10_4*t12 + im_f_10_5*t12 + im_f_1_4*t19 + im_f_1_5*t19 + im_f_3_4*t13 + im_f_3_5*t13 + im_f_5_4*t22 + im_f_5_5*t22 + im_f_6_4*t25 + im_f_6_5*t25 + im_f_7_4*t28 + im_f_7_5*t28 + im_f_8_4*t31 + im_f_8_5*t31
    out[..., 1] = t64
    out[..., 2] = t78
    out[..., 3] = t119
    out[..., 4] = t138
    out[..., 5] = t145
    out[..., 6] = t166
    out[..., 7] = t173
    out[..., 8] = t174
    out[..., 9] = t64
    out[..., 10] = t193 + 3.0*t1 + 3.0*t10 + 3.0*t11 + 3.0*t2 + 3.0*t4 + 3.0*t5 + 3.0*t7 + 3.0*t8 + im_f_0_4*t176 + im_f_0_5*t176 + im_f_1_4*t178 + im_f_1_5*t178 + im_f_5_4*t180 + im_f_5_5*t180 + im_f_6_4*t182 + im_f_6_5*t182 + im_f_7_4*t184 + im_f_7_5*t184 + im_f_8_4*t186 + im_f_8_5*t186
    out[..., 11] = t213
    out[..., 12] = t138
    out[..., 13] = t226
    out[..., 14] = t233
    out[..., 15] = t173
    out[..., 16] = t234
    out[..., 17] = t235
    out[..., 18] = t78
    out[..., 19] = t213
    out[..., 20] = t254 + im_f_0_4*t237 + im_f_0_5*t237 + im_f_1_4*t239 + im_f_1_5*t239 + im_f_5_4*t241 + im_f_5_5*t241 + im_f_6_4*t243 + im_f_6_5*t243 + im_f_7_4*t245 + im_f_7_5*t245 + im_f_8_4*t247 + im_f_8_5*t247
    out[..., 21] = t145
    out[..., 22] = t233
    out[..., 23] = t267
    out[..., 24] = t174
    out[..., 25] = t235
    out[..., 26] = t268
    out[..., 27] = t119
    out[..., 28] = t138
    out[..., 29] = t145
    out[..., 30] = t270 + t271 + t273 + t274 + t276 + t277 + t279 + t280 + t38 + im_f_0_4*t284 + im_f_0_5*t284 + im_f_10_4*t281 + im_f_10_5*t281 + im_f_1_4*t286 + im_f_1_5*t286 + im_f_3_4*t282 + im_f_3_5*t282 + im_f_5_4*t288 + im_f_5_5*t288 + im_f_6_4*t290 + im_f_6_5*t290 + im_f_7_4*t292 + im_f_7_5*t292 + im_f_8_4*t294 + im_f_8_5*t294
    out[..., 31] = t307
    out[..., 32] = t314
    out[..., 33] = t341
    out[..., 34] = t354
    out[..., 35] = t361
    out[..., 36] = t138
    out[..., 37] = t226
    out[..., 38] = t233
    out[..., 39] = t307
    out[..., 40] = t193 + 3.0*t270 + 3.0*t271 + 3.0*t273 + 3.0*t274 + 3.0*t276 + 3.0*t277 + 3.0*t279 + 3.0*t280 + im_f_0_4*t362 + im_f_0_5*t362 + im_f_1_4*t363 + im_f_1_5*t363 + im_f_5_4*t364 + im_f_5_5*t364 + im_f_6_4*t365 + im_f_6_5*t365 + im_f_7_4*t366 + im_f_7_5*t366 + im_f_8_4*t367 + im_f_8_5*t367
    out[..., 41] = t374
    out[..., 42] = t354
    out[..., 43] = t381
    out[..., 44] = t388
    out[..., 45] = t145
    out[..., 46] = t233
    out[..., 47] = t267
    out[..., 48] = t314
    out[..., 49] = t374
    out[..., 50] = t254 + im_f_0_4*t389 + im_f_0_5*t389 + im_f_1_4*t390 + im_f_1_5*t390 + im_f_5_4*t391 + im_f_5_5*t391 + im_f_6_4*t392 + im_f_6_5*t392 + im_f_7_4*t393 + im_f_7_5*t393 + im_f_8_4*t394 + im_f_8_5*t394
    out[..., 51] = t361
    out[..., 52] = t388
    out[..., 53] = t401
    out[..., 54] = t166
    out[..., 55] = t173
    out[..., 56] = t174
    out[..., 57] = t341
    out[..., 58] = t354
    out[..., 59] = t361
    out[..., 60] = t38 + t403 + t404 + t406 + t407 + t409 + t410 + t412 + t413 + im_f_0_4*t417 + im_f_0_5*t417 + im_f_10_4*t414 + im_f_10_5*t414 + im_f_1_4*t419 + im_f_1_5*t419 + im_f_3_4*t415 + im_f_3_5*t415 + im_f_5_4*t421 + im_f_5_5*t421 + im_f_6_4*t423 + im_f_6_5*t423 + im_f_7_4*t425 + im_f_7_5*t425 + im_f_8_4*t427 + im_f_8_5*t427
    out[..., 61] = t440
    out[..., 62] = t447
    out[..., 63] = t173
    out[..., 64] = t234
    out[..., 65] = t235
    out[..., 66] = t354
    out[..., 67] = t381
    out[..., 68] = t388
    out[..., 69] = t440
    out[..., 70] = t193 + 3.0*t403 + 3.0*t404 + 3.0*t406 + 3.0*t407 + 3.0*t409 + 3.0*t410 + 3.0*t412 + 3.0*t413 + im_f_0_4*t448 + im_f_0_5*t448 + im_f_1_4*t449 + im_f_1_5*t449 + im_f_5_4*t450 + im_f_5_5*t450 + im_f_6_4*t451 + im_f_6_5*t451 + im_f_7_4*t452 + im_f_7_5*t452 + im_f_8_4*t453 + im_f_8_5*t453
    out[..., 71] = t460
    out[..., 72] = t174
    out[..., 73] = t235
    out[..., 74] = t268
    out[..., 75] = t361
    out[..., 76] = t388
    out[..., 77] = t401
    out[..., 78] = t447
    out[..., 79] = t460
    out[..., 80] = t254 + im_f_0_4*t461 + im_f_0_5*t461 + im_f_1_4*t462 + im_f_1_5*t462 + im_f_5_4*t463 + im_f_5_5*t463 + im_f_6_4*t464 + im_f_6_5*t464 + im_f_7_4*t465 + im_f_7_5*t465 + im_f_8_4*t466 + im_f_8_5*t466
    return out.reshape(batch + (3, 3, 3, 3,))
