# symms cauchy-born/diamond-lj-rc2.5; regenerate with: symms derive cauchy-born --lattice diamond --potential lj --cutoff 2.5 --cutoff-mode truncated
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
    """The 154 intermediates pre[i] its kernels share; ValueError where one of its guards fails."""
    pre = [None] * 154
    t0 = -0.39808566187049854*in_p_0
    t1 = (0.5)*in_A_1
    t2 = (0.5)*in_A_2
    t3 = t1 + t2
    t4 = t0 + t3
    pre[0] = -t4
    t5 = -0.39808566187049854*in_p_1
    t6 = (0.5)*in_A_5
    t7 = (0.5)*in_A_4
    t8 = 0.5 + t7
    t9 = t6 + t8
    pre[1] = -t5 - t9
    t10 = -0.39808566187049854*in_p_2
    t11 = (0.5)*in_A_7
    t12 = (0.5)*in_A_8
    t13 = 0.5 + t12
    t14 = t11 + t13
    pre[2] = -t10 - t14
    pre[3] = (pre[0])**2 + (pre[1])**2 + (pre[2])**2
    t15 = 0.5 + (0.5)*in_A_0
    t16 = t15 + t2
    pre[4] = -t0 - t16
    t17 = (0.5)*in_A_3
    t18 = t17 + t6
    t19 = t18 + t5
    pre[5] = -t19
    t20 = (0.5)*in_A_6
    t21 = t13 + t20
    pre[6] = -t10 - t21
    pre[7] = (pre[4])**2 + (pre[5])**2 + (pre[6])**2
    t22 = t1 + t15
    pre[8] = -t0 - t22
    t23 = t17 + t8
    pre[9] = -t23 - t5
    t24 = t11 + t20
    t25 = t10 + t24
    pre[10] = -t25
    pre[11] = (pre[10])**2 + (pre[8])**2 + (pre[9])**2
    t26 = 0.39808566187049854*in_p_0
    pre[12] = t26
    t27 = 0.39808566187049854*in_p_1
    pre[13] = t27
    t28 = 0.39808566187049854*in_p_2
    pre[14] = t28
    pre[15] = (pre[12])**2 + (pre[13])**2 + (pre[14])**2
    pre[16] = t22
    pre[17] = t23
    pre[18] = t24
    pre[19] = (pre[16])**2 + (pre[17])**2 + (pre[18])**2
    t29 = -t2
    t30 = t1 + t29
    t31 = -t30
    pre[20] = t31
    t32 = -t6
    t33 = t32 + t8
    t34 = -t33
    pre[21] = t34
    t35 = -t11
    t36 = t13 + t35
    pre[22] = t36
    pre[23] = (pre[20])**2 + (pre[21])**2 + (pre[22])**2
    pre[24] = t16
    pre[25] = t18
    pre[26] = t21
    pre[27] = (pre[24])**2 + (pre[25])**2 + (pre[26])**2
    t37 = -t1
    t38 = t15 + t37
    t39 = -t38
    pre[28] = t39
    t40 = -t17
    t41 = t40 + t8
    pre[29] = t41
    t42 = t20 + t35
    t43 = -t42
    pre[30] = t43
    pre[31] = (pre[28])**2 + (pre[29])**2 + (pre[30])**2
    t44 = t15 + t29
    t45 = -t44
    pre[32] = t45
    t46 = t17 + t32
    t47 = -t46
    pre[33] = t47
    t48 = -t20
    t49 = t13 + t48
    pre[34] = t49
    pre[35] = (pre[32])**2 + (pre[33])**2 + (pre[34])**2
    pre[36] = t3
    pre[37] = t9
    pre[38] = t14
    pre[39] = (pre[36])**2 + (pre[37])**2 + (pre[38])**2
    pre[40] = t22
    pre[41] = t23
    pre[42] = t24
    pre[43] = (pre[40])**2 + (pre[41])**2 + (pre[42])**2
    pre[44] = t31
    pre[45] = t34
    pre[46] = t36
    pre[47] = (pre[44])**2 + (pre[45])**2 + (pre[46])**2
    pre[48] = t16
    pre[49] = t18
    pre[50] = t21
    pre[51] = (pre[48])**2 + (pre[49])**2 + (pre[50])**2
    pre[52] = t39
    pre[53] = t41
    pre[54] = t43
    pre[55] = (pre[52])**2 + (pre[53])**2 + (pre[54])**2
    pre[56] = t45
    pre[57] = t47
    pre[58] = t49
    pre[59] = (pre[56])**2 + (pre[57])**2 + (pre[58])**2
    pre[60] = t3
    pre[61] = t9
    pre[62] = t14
    pre[63] = (pre[60])**2 + (pre[61])**2 + (pre[62])**2
    t50 = in_A_2 + t0
    pre[64] = -t22 - t50
    t51 = in_A_5 + t5
    pre[65] = -t23 - t51
    t52 = 1.0 + in_A_8
    pre[66] = -t25 - t52
    pre[67] = (pre[64])**2 + (pre[65])**2 + (pre[66])**2
    pre[68] = -t50
    pre[69] = -t51
    t53 = t10 + t52
    pre[70] = -t53
    pre[71] = (pre[68])**2 + (pre[69])**2 + (pre[70])**2
    t54 = in_A_1 + t0
    pre[72] = -t16 - t54
    t55 = 1.0 + in_A_4
    pre[73] = -t19 - t55
    t56 = in_A_7 + t10
    pre[74] = -t21 - t56
    pre[75] = (pre[72])**2 + (pre[73])**2 + (pre[74])**2
    t57 = t26 + t44
    pre[76] = t57
    pre[77] = t27 + t46
    t58 = -0.5 - t12
    t59 = t20 + t58
    pre[78] = t28 + t59
    pre[79] = (pre[76])**2 + (pre[77])**2 + (pre[78])**2
    pre[80] = -t54
    t60 = t5 + t55
    pre[81] = -t60
    pre[82] = -t56
    pre[83] = (pre[80])**2 + (pre[81])**2 + (pre[82])**2
    t61 = 1.0 + in_A_0
    pre[84] = -t4 - t61
    t62 = in_A_3 + t5
    pre[85] = -t62 - t9
    t63 = in_A_6 + t10
    pre[86] = -t14 - t63
    pre[87] = (pre[84])**2 + (pre[85])**2 + (pre[86])**2
    pre[88] = t26 + t30
    t64 = t27 + t33
    pre[89] = t64
    t65 = t11 + t28
    pre[90] = t58 + t65
    pre[91] = (pre[88])**2 + (pre[89])**2 + (pre[90])**2
    t66 = t2 + t37
    pre[92] = t26 + t66
    pre[93] = -t33 - t5
    t67 = t28 + t36
    pre[94] = t67
    pre[95] = (pre[92])**2 + (pre[93])**2 + (pre[94])**2
    t68 = t0 + t61
    pre[96] = -t68
    pre[97] = -t62
    pre[98] = -t63
    pre[99] = (pre[96])**2 + (pre[97])**2 + (pre[98])**2
    t69 = t26 + t38
    pre[100] = t69
    t70 = -0.5 - t7
    t71 = t17 + t70
    pre[101] = t27 + t71
    pre[102] = t28 + t42
    pre[103] = (pre[100])**2 + (pre[101])**2 + (pre[102])**2
    pre[104] = -t0 - t38
    t72 = t27 + t41
    pre[105] = t72
    pre[106] = t48 + t65
    pre[107] = (pre[104])**2 + (pre[105])**2 + (pre[106])**2
    pre[108] = -t0 - t44
    t73 = t40 + t6
    pre[109] = t27 + t73
    t74 = t28 + t49
    pre[110] = t74
    pre[111] = (pre[108])**2 + (pre[109])**2 + (pre[110])**2
    t75 = (in_A_3)**2
    t76 = (in_A_6)**2
    t77 = t75 + t76
    t78 = t77 + (t61)**2
    pre[112] = t78
    t79 = (in_A_1)**2
    t80 = (in_A_7)**2
    t81 = t79 + t80 + (t55)**2
    pre[113] = t81
    t82 = (in_A_2)**2
    t83 = (in_A_5)**2
    t84 = t82 + t83 + (t52)**2
    pre[114] = t84
    pre[115] = t78
    pre[116] = t81
    pre[117] = t84
    pre[118] = (-in_A_1 - t50)**2 + (-t51 - t55)**2 + (-t52 - t56)**2
    t85 = -in_A_2
    t86 = t11 + t48
    pre[119] = (t69 + t85)**2 + (-t41 - t51)**2 + (-t53 - t86)**2
    pre[120] = (-in_A_3 - t51)**2 + (-t50 - t61)**2 + (-t52 - t63)**2
    t87 = -in_A_5
    pre[121] = (t72 + t87)**2 + (-t38 - t50)**2 + (-t42 - t53)**2
    pre[122] = (-in_A_6 - t56)**2 + (-t54 - t61)**2 + (-t55 - t62)**2
    pre[123] = (t22 + t26)**2 + (t23 + t27)**2 + (t24 + t28)**2
    t88 = -in_A_7
    pre[124] = (t74 + t88)**2 + (-t44 - t54)**2 + (-t46 - t60)**2
    t89 = -in_A_1
    pre[125] = (t57 + t89)**2 + (-t49 - t56)**2 + (-t60 - t73)**2
    pre[126] = (t16 + t26)**2 + (t18 + t27)**2 + (t21 + t28)**2
    t90 = -in_A_3
    pre[127] = (t64 + t90)**2 + (-t36 - t63)**2 + (-t66 - t68)**2
    t91 = -in_A_6
    pre[128] = (t67 + t91)**2 + (-t30 - t68)**2 + (-t33 - t62)**2
    pre[129] = (t14 + t28)**2 + (t26 + t3)**2 + (t27 + t9)**2
    t92 = (-in_A_1 - t44)**2 + (-in_A_7 - t59)**2 + (-t46 - t55)**2
    pre[130] = t92
    t93 = (in_A_3 + t9)**2 + (in_A_6 + t14)**2 + (t3 + t61)**2
    pre[131] = t93
    t94 = (in_A_2 + t38)**2 + (in_A_5 + t71)**2 + (t42 + t52)**2
    pre[132] = t94
    t95 = (-in_A_6 - t36)**2 + (-t61 - t66)**2 + (-in_A_3 - t6 - t70)**2
    pre[133] = t95
    t96 = (-t16 - t89)**2 + (-t21 - t88)**2 + (1.0 + in_A_4 - t18)**2
    pre[134] = t96
    t97 = (-in_A_3 - t33)**2 + (-t30 - t61)**2 + (-in_A_6 - t11 - t58)**2
    pre[135] = t97
    t98 = (in_A_1 + t16)**2 + (in_A_7 + t21)**2 + (t18 + t55)**2
    pre[136] = t98
    t99 = (-t22 - t85)**2 + (-t23 - t87)**2 + (1.0 + in_A_8 - t24)**2
    pre[137] = t99
    t100 = (in_A_2 + t22)**2 + (in_A_5 + t23)**2 + (t24 + t52)**2
    pre[138] = t100
    t101 = (t14 + t91)**2 + (t9 + t90)**2 + (-t29 - t37 - t61)**2
    pre[139] = t101
    t102 = (in_A_7 + t49)**2 + (t55 + t73)**2 + (-t44 - t89)**2
    pre[140] = t102
    t103 = (in_A_5 + t41)**2 + (t52 + t86)**2 + (-t38 - t85)**2
    pre[141] = t103
    pre[142] = t92
    pre[143] = t93
    pre[144] = t94
    pre[145] = t95
    pre[146] = t96
    pre[147] = t97
    pre[148] = t98
    pre[149] = t99
    pre[150] = t100
    pre[151] = t101
    pre[152] = t102
    pre[153] = t103
    t104 = in_A_0*in_A_4
    t105 = in_A_0*in_A_8
    t106 = in_A_4*in_A_8
    t107 = in_A_1*in_A_3
    t108 = in_A_2*in_A_6
    t109 = in_A_5*in_A_7
    t110 = in_A_8*t104
    t111 = in_A_1*in_A_6
    t112 = in_A_5*t111
    t113 = in_A_3*in_A_7
    t114 = in_A_2*t113
    t115 = in_A_0*t109
    t116 = in_A_8*t107
    t117 = in_A_4*t108
    t118 = (in_A_0)**2
    t119 = 2.0*in_A_0
    t120 = (0.81)*t79
    t121 = (0.81)*t75
    t122 = (0.38)*in_A_0
    t123 = (0.38)*in_A_4
    t124 = (0.19)*t118
    t125 = (in_A_4)**2
    t126 = (0.19)*t125
    t127 = (0.19)*t76
    t128 = (0.19)*t80
    t129 = t118*t125
    t130 = t118*t80
    t131 = t75*t79
    t132 = t76*t79
    t133 = t75*t80
    t134 = t125*t76
    t135 = 2.0*t107
    t136 = t119*t125
    t137 = t119*t80
    t138 = 2.0*in_A_4
    t139 = t118*t138
    t140 = t138*t76
    t141 = 4.0*t104
    t142 = t107*t119
    t143 = in_A_4*t135
    t144 = in_A_7*t111
    t145 = 2.0*t144
    t146 = in_A_6*t113
    t147 = 2.0*t146
    t148 = t119*t144
    t149 = t138*t146
    t150 = (in_A_8)**2
    t151 = (1.62)*in_A_0
    t152 = (1.62)*in_A_4
    t153 = (1.62)*in_A_8
    t154 = (0.81)*t83
    t155 = (0.81)*t82
    t156 = (0.38)*t107
    t157 = (0.38)*t108
    t158 = (0.38)*t109
    t159 = (0.38)*in_A_8
    t160 = t135*t150
    t161 = 2.0*t108
    t162 = t125*t161
    t163 = 2.0*t109
    t164 = t118*t163
    t165 = 2.0*t112
    t166 = 2.0*t114
    t167 = 2.0*in_A_8
    t168 = 4.0*t105
    t169 = 4.0*t106
    t170 = (1.62)*in_A_5
    t171 = in_A_1*in_A_2
    t172 = in_A_7*t171
    t173 = in_A_3*t170
    t174 = 2.0*in_A_5
    t175 = t172*t75
    t176 = in_A_3*t174
    t177 = in_A_6*t79
    t178 = t108*t135
    t179 = t109*t135
    t180 = t109*t161
    t181 = in_A_3*in_A_5
    t182 = in_A_2*t181
    t183 = in_A_5*t171
    t184 = 4.0*t110
    if not numpy.all(numpy.asarray(in_A_4 + in_A_8 + t104 + t105 + t106 + t110 + t112 + t114 + t61 - t107 - t108 - t109 - t115 - t116 - t117) > 0):
        raise ValueError("det(I + A) must be positive (the deformation inverts the crystal)")
    if not numpy.all(numpy.asarray(0.0244140625 - (-0.6280055373642862 + in_p_0 - 0.6280055373642862*in_A_0 - 0.6280055373642862*in_A_1 - 0.6280055373642862*in_A_2)**2 - (-0.6280055373642862 + in_p_1 - 0.6280055373642862*in_A_3 - 0.6280055373642862*in_A_4 - 0.6280055373642862*in_A_5)**2 - (-0.6280055373642862 + in_p_2 - 0.6280055373642862*in_A_6 - 0.6280055373642862*in_A_7 - 0.6280055373642862*in_A_8)**2) > 0):
        raise ValueError("shift p1 moved more than 0.156 from its affine position (outside the range where the neighbour set is valid)")
    if not numpy.all(numpy.asarray(0.19 + t118 + t119 + t77) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.0361 + t122 + t123 + t124 + t126 + t127 + t128 + t129 + t130 + t131 + t132 + t133 + t134 + t136 + t137 + t139 + t140 + t141 - t120 - t121 - t135 - t142 - t143 - t145 - t147 - t148 - t149 - t104*t135) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.006859 + t165 + t166 + t178 + t179 + t180 - t156 - t157 - t158 - t160 - t162 - t164 - 4.0*t115 - 4.0*t116 - 4.0*t117 - 2.0*t175 + 8.0*t110 - 0.1539*t75 - 0.1539*t76 - 0.1539*t79 - 0.1539*t80 - 0.1539*t82 - 0.1539*t83 - 0.81*t130 - 0.81*t134 + (0.76)*t104 + (0.76)*t105 + (0.76)*t106 + (0.19)*t131 + (1.62)*t144 + (1.62)*t146 + (1.62)*t172 + (0.0722)*in_A_0 + (0.0722)*in_A_4 + (0.0722)*in_A_8 + (0.0361)*t118 + (0.0361)*t125 + (0.0361)*t150 + in_A_2*t173 + in_A_6*t173 + in_A_8*t165 + in_A_8*t166 + t104*t165 + t104*t166 + t104*t180 + t105*t165 + t105*t166 + t105*t179 + t106*t165 + t106*t166 + t106*t178 + t109*t142 + t109*t178 + t110*t165 + t110*t166 + t112*t119 + t112*t138 + t114*t119 + t114*t138 + t116*t161 + t116*t163 + t117*t135 + t117*t163 + t118*t123 + t118*t159 + t118*t169 + t122*t125 + t122*t150 + t123*t150 + t124*t125 + t124*t150 + t125*t159 + t125*t168 + t126*t150 + t127*t82 + t128*t83 + t129*t150 + t129*t167 + t130*t83 + t131*t150 + t131*t167 + t132*t83 + t133*t82 + t134*t82 + t136*t150 + t137*t83 + t139*t150 + t140*t82 + t141*t150 + t144*t151 + t146*t152 + t151*t182 + t152*t183 + t153*t172 + t170*t171 - in_A_8*t157 - in_A_8*t158 - in_A_8*t162 - in_A_8*t164 - t104*t156 - t104*t160 - t105*t157 - t105*t162 - t106*t158 - t106*t164 - t107*t122 - t107*t123 - t107*t168 - t107*t169 - t107*t184 - t108*t122 - t108*t136 - t108*t141 - t108*t169 - t108*t184 - t109*t123 - t109*t139 - t109*t141 - t109*t168 - t109*t184 - t118*t154 - t120*t150 - t120*t76 - t120*t83 - t121*t150 - t121*t80 - t121*t82 - t125*t155 - t137*t182 - t140*t183 - t142*t150 - t143*t150 - t145*t83 - t147*t82 - t148*t83 - t149*t82 - t151*t80 - t151*t83 - t152*t76 - t152*t82 - t153*t75 - t153*t79 - t154*t76 - t155*t80 - t167*t175 - t176*t177 + in_A_6*t153*t181 + t108*t109*t119 - in_A_2*t176*t80 - t167*t177*t181 - t171*t174*t76) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[3]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[7]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[11]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[15]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[19]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[23]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[27]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[31]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[35]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[39]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[43]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[47]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[51]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[55]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[59]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[63]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[67]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[71]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[75]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[79]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[83]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[87]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[91]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[95]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[99]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[103]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[107]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[111]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[112]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[113]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[114]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[115]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[116]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[117]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[118]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[119]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[120]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[121]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[122]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[123]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[124]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[125]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[126]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[127]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[128]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[129]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[130]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[131]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[132]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[133]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[134]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[135]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[136]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[137]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[138]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[139]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[140]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[141]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[142]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[143]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[144]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[145]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[146]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[147]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[148]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[149]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[150]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[151]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[152]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[153]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    return pre


def _preamble_fractional_bonds(in_A_0, in_A_1, in_A_2, in_A_3, in_A_4, in_A_5, in_A_6, in_A_7, in_A_8, in_q_0, in_q_1, in_q_2):
    """The 258 intermediates pre[i] its kernels share; ValueError where one of its guards fails."""
    pre = [None] * 258
    t0 = 0.39808566187049854*in_q_0
    pre[0] = t0
    t1 = 0.39808566187049854*in_q_1
    t2 = -0.5 + t1
    pre[1] = t2
    t3 = 0.39808566187049854*in_q_2
    t4 = -0.5 + t3
    pre[2] = t4
    t5 = 1.0 + in_A_0
    pre[3] = in_A_1*pre[1] + in_A_2*pre[2] + pre[0]*t5
    t6 = 1.0 + in_A_4
    pre[4] = in_A_3*pre[0] + in_A_5*pre[2] + pre[1]*t6
    t7 = 1.0 + in_A_8
    pre[5] = in_A_6*pre[0] + in_A_7*pre[1] + pre[2]*t7
    pre[6] = (pre[3])**2 + (pre[4])**2 + (pre[5])**2
    pre[7] = 0.012051193439499478/(pre[6])**4
    pre[8] = -9.592223000485804e-05/(pre[6])**7
    t8 = -0.5 + t0
    pre[9] = t8
    pre[10] = t1
    pre[11] = t4
    pre[12] = in_A_1*pre[10] + in_A_2*pre[11] + pre[9]*t5
    pre[13] = in_A_3*pre[9] + in_A_5*pre[11] + pre[10]*t6
    pre[14] = in_A_6*pre[9] + in_A_7*pre[10] + pre[11]*t7
    pre[15] = (pre[12])**2 + (pre[13])**2 + (pre[14])**2
    pre[16] = 0.012051193439499478/(pre[15])**4
    pre[17] = -9.592223000485804e-05/(pre[15])**7
    pre[18] = t8
    pre[19] = t2
    pre[20] = t3
    pre[21] = in_A_1*pre[19] + in_A_2*pre[20] + pre[18]*t5
    pre[22] = in_A_3*pre[18] + in_A_5*pre[20] + pre[19]*t6
    pre[23] = in_A_6*pre[18] + in_A_7*pre[19] + pre[20]*t7
    pre[24] = (pre[21])**2 + (pre[22])**2 + (pre[23])**2
    pre[25] = 0.012051193439499478/(pre[24])**4
    pre[26] = -9.592223000485804e-05/(pre[24])**7
    pre[27] = t0
    pre[28] = t1
    pre[29] = t3
    pre[30] = in_A_1*pre[28] + in_A_2*pre[29] + pre[27]*t5
    pre[31] = in_A_3*pre[27] + in_A_5*pre[29] + pre[28]*t6
    pre[32] = in_A_6*pre[27] + in_A_7*pre[28] + pre[29]*t7
    pre[33] = (pre[30])**2 + (pre[31])**2 + (pre[32])**2
    pre[34] = 0.012051193439499478/(pre[33])**4
    pre[35] = -9.592223000485804e-05/(pre[33])**7
    t10 = 0.5 + (0.5)*in_A_0
    t9 = (0.5)*in_A_1
    t11 = t10 + t9
    pre[36] = t11
    t12 = (0.5)*in_A_3
    t13 = (0.5)*in_A_4
    t14 = 0.5 + t13
    t15 = t12 + t14
    pre[37] = t15
    t16 = (0.5)*in_A_6
    t17 = (0.5)*in_A_7
    t18 = t16 + t17
    pre[38] = t18
    pre[39] = (pre[36])**2 + (pre[37])**2 + (pre[38])**2
    pre[40] = 0.012051193439499478/(pre[39])**4
    pre[41] = -9.592223000485804e-05/(pre[39])**7
    t19 = (0.5)*in_A_2
    t20 = -t19
    t21 = t20 + t9
    t22 = -t21
    pre[42] = t22
    t23 = (0.5)*in_A_5
    t24 = -t23
    t25 = t14 + t24
    t26 = -t25
    pre[43] = t26
    t27 = -t17
    t28 = (0.5)*in_A_8
    t29 = 0.5 + t28
    t30 = t27 + t29
    pre[44] = t30
    pre[45] = (pre[42])**2 + (pre[43])**2 + (pre[44])**2
    pre[46] = 0.012051193439499478/(pre[45])**4
    pre[47] = -9.592223000485804e-05/(pre[45])**7
    t31 = t10 + t19
    pre[48] = t31
    t32 = t12 + t23
    pre[49] = t32
    t33 = t16 + t29
    pre[50] = t33
    pre[51] = (pre[48])**2 + (pre[49])**2 + (pre[50])**2
    pre[52] = 0.012051193439499478/(pre[51])**4
    pre[53] = -9.592223000485804e-05/(pre[51])**7
    t34 = -t9
    t35 = t10 + t34
    t36 = -t35
    pre[54] = t36
    t37 = -t12
    t38 = t14 + t37
    pre[55] = t38
    t39 = t16 + t27
    t40 = -t39
    pre[56] = t40
    pre[57] = (pre[54])**2 + (pre[55])**2 + (pre[56])**2
    pre[58] = 0.012051193439499478/(pre[57])**4
    pre[59] = -9.592223000485804e-05/(pre[57])**7
    t41 = t10 + t20
    t42 = -t41
    pre[60] = t42
    t43 = t12 + t24
    t44 = -t43
    pre[61] = t44
    t45 = -t16
    t46 = t29 + t45
    pre[62] = t46
    pre[63] = (pre[60])**2 + (pre[61])**2 + (pre[62])**2
    pre[64] = 0.012051193439499478/(pre[63])**4
    pre[65] = -9.592223000485804e-05/(pre[63])**7
    t47 = t19 + t9
    pre[66] = t47
    t48 = t14 + t23
    pre[67] = t48
    t49 = t17 + t29
    pre[68] = t49
    pre[69] = (pre[66])**2 + (pre[67])**2 + (pre[68])**2
    pre[70] = 0.012051193439499478/(pre[69])**4
    pre[71] = -9.592223000485804e-05/(pre[69])**7
    pre[72] = t11
    pre[73] = t15
    pre[74] = t18
    pre[75] = (pre[72])**2 + (pre[73])**2 + (pre[74])**2
    pre[76] = 0.012051193439499478/(pre[75])**4
    pre[77] = -9.592223000485804e-05/(pre[75])**7
    pre[78] = t22
    pre[79] = t26
    pre[80] = t30
    pre[81] = (pre[78])**2 + (pre[79])**2 + (pre[80])**2
    pre[82] = 0.012051193439499478/(pre[81])**4
    pre[83] = -9.592223000485804e-05/(pre[81])**7
    pre[84] = t31
    pre[85] = t32
    pre[86] = t33
    pre[87] = (pre[84])**2 + (pre[85])**2 + (pre[86])**2
    pre[88] = 0.012051193439499478/(pre[87])**4
    pre[89] = -9.592223000485804e-05/(pre[87])**7
    pre[90] = t36
    pre[91] = t38
    pre[92] = t40
    pre[93] = (pre[90])**2 + (pre[91])**2 + (pre[92])**2
    pre[94] = 0.012051193439499478/(pre[93])**4
    pre[95] = -9.592223000485804e-05/(pre[93])**7
    pre[96] = t42
    pre[97] = t44
    pre[98] = t46
    pre[99] = (pre[96])**2 + (pre[97])**2 + (pre[98])**2
    pre[100] = 0.012051193439499478/(pre[99])**4
    pre[101] = -9.592223000485804e-05/(pre[99])**7
    pre[102] = t47
    pre[103] = t48
    pre[104] = t49
    pre[105] = (pre[102])**2 + (pre[103])**2 + (pre[104])**2
    pre[106] = 0.012051193439499478/(pre[105])**4
    pre[107] = -9.592223000485804e-05/(pre[105])**7
    pre[108] = t8
    pre[109] = t2
    t50 = -1.0 + t3
    pre[110] = t50
    pre[111] = in_A_1*pre[109] + in_A_2*pre[110] + pre[108]*t5
    pre[112] = in_A_3*pre[108] + in_A_5*pre[110] + pre[109]*t6
    pre[113] = in_A_6*pre[108] + in_A_7*pre[109] + pre[110]*t7
    pre[114] = (pre[111])**2 + (pre[112])**2 + (pre[113])**2
    pre[115] = 0.012051193439499478/(pre[114])**4
    pre[116] = -9.592223000485804e-05/(pre[114])**7
    pre[117] = t0
    pre[118] = t1
    pre[119] = t50
    pre[120] = in_A_1*pre[118] + in_A_2*pre[119] + pre[117]*t5
    pre[121] = in_A_3*pre[117] + in_A_5*pre[119] + pre[118]*t6
    pre[122] = in_A_6*pre[117] + in_A_7*pre[118] + pre[119]*t7
    pre[123] = (pre[120])**2 + (pre[121])**2 + (pre[122])**2
    pre[124] = 0.012051193439499478/(pre[123])**4
    pre[125] = -9.592223000485804e-05/(pre[123])**7
    pre[126] = t8
    t51 = -1.0 + t1
    pre[127] = t51
    pre[128] = t4
    pre[129] = in_A_1*pre[127] + in_A_2*pre[128] + pre[126]*t5
    pre[130] = in_A_3*pre[126] + in_A_5*pre[128] + pre[127]*t6
    pre[131] = in_A_6*pre[126] + in_A_7*pre[127] + pre[128]*t7
    pre[132] = (pre[129])**2 + (pre[130])**2 + (pre[131])**2
    pre[133] = 0.012051193439499478/(pre[132])**4
    pre[134] = -9.592223000485804e-05/(pre[132])**7
    t52 = 0.5 + t0
    pre[135] = t52
    pre[136] = t1
    pre[137] = t4
    pre[138] = in_A_1*pre[136] + in_A_2*pre[137] + pre[135]*t5
    pre[139] = in_A_3*pre[135] + in_A_5*pre[137] + pre[136]*t6
    pre[140] = in_A_6*pre[135] + in_A_7*pre[136] + pre[137]*t7
    pre[141] = (pre[138])**2 + (pre[139])**2 + (pre[140])**2
    pre[142] = 0.012051193439499478/(pre[141])**4
    pre[143] = -9.592223000485804e-05/(pre[141])**7
    pre[144] = t0
    pre[145] = t51
    pre[146] = t3
    pre[147] = in_A_1*pre[145] + in_A_2*pre[146] + pre[144]*t5
    pre[148] = in_A_3*pre[144] + in_A_5*pre[146] + pre[145]*t6
    pre[149] = in_A_6*pre[144] + in_A_7*pre[145] + pre[146]*t7
    pre[150] = (pre[147])**2 + (pre[148])**2 + (pre[149])**2
    pre[151] = 0.012051193439499478/(pre[150])**4
    pre[152] = -9.592223000485804e-05/(pre[150])**7
    t53 = -1.0 + t0
    pre[153] = t53
    pre[154] = t2
    pre[155] = t4
    pre[156] = in_A_1*pre[154] + in_A_2*pre[155] + pre[153]*t5
    pre[157] = in_A_3*pre[153] + in_A_5*pre[155] + pre[154]*t6
    pre[158] = in_A_6*pre[153] + in_A_7*pre[154] + pre[155]*t7
    pre[159] = (pre[156])**2 + (pre[157])**2 + (pre[158])**2
    pre[160] = 0.012051193439499478/(pre[159])**4
    pre[161] = -9.592223000485804e-05/(pre[159])**7
    pre[162] = t0
    t54 = 0.5 + t1
    pre[163] = t54
    pre[164] = t4
    pre[165] = in_A_1*pre[163] + in_A_2*pre[164] + pre[162]*t5
    pre[166] = in_A_3*pre[162] + in_A_5*pre[164] + pre[163]*t6
    pre[167] = in_A_6*pre[162] + in_A_7*pre[163] + pre[164]*t7
    pre[168] = (pre[165])**2 + (pre[166])**2 + (pre[167])**2
    pre[169] = 0.012051193439499478/(pre[168])**4
    pre[170] = -9.592223000485804e-05/(pre[168])**7
    pre[171] = t0
    pre[172] = t2
    t55 = 0.5 + t3
    pre[173] = t55
    pre[174] = in_A_1*pre[172] + in_A_2*pre[173] + pre[171]*t5
    pre[175] = in_A_3*pre[171] + in_A_5*pre[173] + pre[172]*t6
    pre[176] = in_A_6*pre[171] + in_A_7*pre[172] + pre[173]*t7
    pre[177] = (pre[174])**2 + (pre[175])**2 + (pre[176])**2
    pre[178] = 0.012051193439499478/(pre[177])**4
    pre[179] = -9.592223000485804e-05/(pre[177])**7
    pre[180] = t53
    pre[181] = t1
    pre[182] = t3
    pre[183] = in_A_1*pre[181] + in_A_2*pre[182] + pre[180]*t5
    pre[184] = in_A_3*pre[180] + in_A_5*pre[182] + pre[181]*t6
    pre[185] = in_A_6*pre[180] + in_A_7*pre[181] + pre[182]*t7
    pre[186] = (pre[183])**2 + (pre[184])**2 + (pre[185])**2
    pre[187] = 0.012051193439499478/(pre[186])**4
    pre[188] = -9.592223000485804e-05/(pre[186])**7
    pre[189] = t52
    pre[190] = t2
    pre[191] = t3
    pre[192] = in_A_1*pre[190] + in_A_2*pre[191] + pre[189]*t5
    pre[193] = in_A_3*pre[189] + in_A_5*pre[191] + pre[190]*t6
    pre[194] = in_A_6*pre[189] + in_A_7*pre[190] + pre[191]*t7
    pre[195] = (pre[192])**2 + (pre[193])**2 + (pre[194])**2
    pre[196] = 0.012051193439499478/(pre[195])**4
    pre[197] = -9.592223000485804e-05/(pre[195])**7
    pre[198] = t8
    pre[199] = t54
    pre[200] = t3
    pre[201] = in_A_1*pre[199] + in_A_2*pre[200] + pre[198]*t5
    pre[202] = in_A_3*pre[198] + in_A_5*pre[200] + pre[199]*t6
    pre[203] = in_A_6*pre[198] + in_A_7*pre[199] + pre[200]*t7
    pre[204] = (pre[201])**2 + (pre[202])**2 + (pre[203])**2
    pre[205] = 0.012051193439499478/(pre[204])**4
    pre[206] = -9.592223000485804e-05/(pre[204])**7
    pre[207] = t8
    pre[208] = t1
    pre[209] = t55
    pre[210] = in_A_1*pre[208] + in_A_2*pre[209] + pre[207]*t5
    pre[211] = in_A_3*pre[207] + in_A_5*pre[209] + pre[208]*t6
    pre[212] = in_A_6*pre[207] + in_A_7*pre[208] + pre[209]*t7
    pre[213] = (pre[210])**2 + (pre[211])**2 + (pre[212])**2
    pre[214] = 0.012051193439499478/(pre[213])**4
    pre[215] = -9.592223000485804e-05/(pre[213])**7
    t56 = (in_A_3)**2
    t57 = (in_A_6)**2
    t58 = t56 + t57
    t59 = t58 + (t5)**2
    pre[216] = t59
    t60 = (in_A_1)**2
    t61 = (in_A_7)**2
    t62 = t60 + t61 + (t6)**2
    pre[217] = t62
    t63 = (in_A_2)**2
    t64 = (in_A_5)**2
    t65 = t63 + t64 + (t7)**2
    pre[218] = t65
    pre[219] = t59
    pre[220] = t62
    pre[221] = t65
    t66 = in_A_1*t51
    t67 = in_A_2*t50
    t68 = t0*t5
    t69 = in_A_5*t50
    t70 = t51*t6
    t71 = in_A_3*t0
    t72 = in_A_7*t51
    t73 = t50*t7
    t74 = in_A_6*t0
    pre[222] = (t66 + t67 + t68)**2 + (t69 + t70 + t71)**2 + (t72 + t73 + t74)**2
    t75 = in_A_1*t2
    t76 = t5*t52
    t77 = in_A_3*t52
    t78 = t2*t6
    t79 = in_A_6*t52
    t80 = in_A_7*t2
    pre[223] = (t67 + t75 + t76)**2 + (t69 + t77 + t78)**2 + (t73 + t79 + t80)**2
    t81 = t5*t53
    t82 = in_A_1*t1
    t83 = in_A_3*t53
    t84 = t1*t6
    t85 = in_A_6*t53
    t86 = in_A_7*t1
    pre[224] = (t67 + t81 + t82)**2 + (t69 + t83 + t84)**2 + (t73 + t85 + t86)**2
    t87 = in_A_1*t54
    t88 = t5*t8
    t89 = in_A_3*t8
    t90 = t54*t6
    t91 = in_A_6*t8
    t92 = in_A_7*t54
    pre[225] = (t67 + t87 + t88)**2 + (t69 + t89 + t90)**2 + (t73 + t91 + t92)**2
    t93 = in_A_2*t3
    t94 = in_A_5*t3
    t95 = t3*t7
    pre[226] = (t66 + t81 + t93)**2 + (t70 + t83 + t94)**2 + (t72 + t85 + t95)**2
    pre[227] = (t76 + t87 + t93)**2 + (t77 + t90 + t94)**2 + (t79 + t92 + t95)**2
    t96 = in_A_2*t55
    t97 = in_A_5*t55
    t98 = t55*t7
    pre[228] = (t66 + t88 + t96)**2 + (t70 + t89 + t97)**2 + (t72 + t91 + t98)**2
    t100 = in_A_5*t4
    t101 = t4*t7
    t99 = in_A_2*t4
    pre[229] = (t100 + t70 + t77)**2 + (t101 + t72 + t79)**2 + (t66 + t76 + t99)**2
    pre[230] = (t76 + t82 + t96)**2 + (t77 + t84 + t97)**2 + (t79 + t86 + t98)**2
    pre[231] = (t100 + t83 + t90)**2 + (t101 + t85 + t92)**2 + (t81 + t87 + t99)**2
    pre[232] = (t75 + t81 + t96)**2 + (t78 + t83 + t97)**2 + (t80 + t85 + t98)**2
    pre[233] = (t68 + t87 + t96)**2 + (t71 + t90 + t97)**2 + (t74 + t92 + t98)**2
    t102 = -0.5 - t28
    t103 = (-in_A_1 - t41)**2 + (-t43 - t6)**2 + (-in_A_7 - t102 - t16)**2
    pre[234] = t103
    t104 = (in_A_3 + t48)**2 + (in_A_6 + t49)**2 + (t47 + t5)**2
    pre[235] = t104
    t105 = -0.5 - t13
    t106 = (in_A_2 + t35)**2 + (t39 + t7)**2 + (in_A_5 + t105 + t12)**2
    pre[236] = t106
    t107 = t34 + t5
    t108 = (-in_A_6 - t30)**2 + (-t107 - t19)**2 + (-in_A_3 - t105 - t23)**2
    pre[237] = t108
    t109 = -in_A_1
    t110 = (in_A_7 - t33)**2 + (-t109 - t31)**2 + (1.0 + in_A_4 - t32)**2
    pre[238] = t110
    t111 = (-in_A_3 - t25)**2 + (-t21 - t5)**2 + (-in_A_6 - t102 - t17)**2
    pre[239] = t111
    t112 = (in_A_1 + t31)**2 + (in_A_7 + t33)**2 + (t32 + t6)**2
    pre[240] = t112
    t113 = -in_A_2
    t114 = (in_A_5 - t15)**2 + (-t11 - t113)**2 + (1.0 + in_A_8 - t18)**2
    pre[241] = t114
    t115 = (in_A_2 + t11)**2 + (in_A_5 + t15)**2 + (t18 + t7)**2
    pre[242] = t115
    t116 = (t48 - in_A_3)**2 + (t49 - in_A_6)**2 + (-t107 - t20)**2
    pre[243] = t116
    t117 = (in_A_7 + t46)**2 + (-t109 - t41)**2 + (t23 + t37 + t6)**2
    pre[244] = t117
    t118 = (in_A_5 + t38)**2 + (-t113 - t35)**2 + (t17 + t45 + t7)**2
    pre[245] = t118
    pre[246] = t103
    pre[247] = t104
    pre[248] = t106
    pre[249] = t108
    pre[250] = t110
    pre[251] = t111
    pre[252] = t112
    pre[253] = t114
    pre[254] = t115
    pre[255] = t116
    pre[256] = t117
    pre[257] = t118
    t119 = in_A_0*in_A_4
    t120 = in_A_0*in_A_8
    t121 = in_A_4*in_A_8
    t122 = in_A_1*in_A_3
    t123 = in_A_2*in_A_6
    t124 = in_A_5*in_A_7
    t125 = in_A_8*t119
    t126 = in_A_1*in_A_6
    t127 = in_A_5*t126
    t128 = in_A_3*in_A_7
    t129 = in_A_2*t128
    t130 = in_A_0*t124
    t131 = in_A_8*t122
    t132 = in_A_4*t123
    t133 = (in_A_0)**2
    t134 = 2.0*in_A_0
    t135 = (0.81)*t60
    t136 = (0.81)*t56
    t137 = (0.38)*in_A_0
    t138 = (0.38)*in_A_4
    t139 = (0.19)*t133
    t140 = (in_A_4)**2
    t141 = (0.19)*t140
    t142 = (0.19)*t57
    t143 = (0.19)*t61
    t144 = t133*t140
    t145 = t133*t61
    t146 = t56*t60
    t147 = t57*t60
    t148 = t56*t61
    t149 = t140*t57
    t150 = 2.0*t122
    t151 = t134*t140
    t152 = t134*t61
    t153 = 2.0*in_A_4
    t154 = t133*t153
    t155 = t153*t57
    t156 = 4.0*t119
    t157 = t122*t134
    t158 = in_A_4*t150
    t159 = in_A_7*t126
    t160 = 2.0*t159
    t161 = in_A_6*t128
    t162 = 2.0*t161
    t163 = t134*t159
    t164 = t153*t161
    t165 = (in_A_8)**2
    t166 = (1.62)*in_A_0
    t167 = (1.62)*in_A_4
    t168 = (1.62)*in_A_8
    t169 = (0.81)*t64
    t170 = (0.81)*t63
    t171 = (0.38)*t122
    t172 = (0.38)*t123
    t173 = (0.38)*t124
    t174 = (0.38)*in_A_8
    t175 = t150*t165
    t176 = 2.0*t123
    t177 = t140*t176
    t178 = 2.0*t124
    t179 = t133*t178
    t180 = 2.0*t127
    t181 = 2.0*t129
    t182 = 2.0*in_A_8
    t183 = 4.0*t120
    t184 = 4.0*t121
    t185 = (1.62)*in_A_5
    t186 = in_A_1*in_A_2
    t187 = in_A_7*t186
    t188 = in_A_3*t185
    t189 = 2.0*in_A_5
    t190 = t187*t56
    t191 = in_A_3*t189
    t192 = in_A_6*t60
    t193 = t123*t150
    t194 = t124*t150
    t195 = t124*t176
    t196 = in_A_3*in_A_5
    t197 = in_A_2*t196
    t198 = in_A_5*t186
    t199 = 4.0*t125
    if not numpy.all(numpy.asarray(in_A_4 + in_A_8 + t119 + t120 + t121 + t125 + t127 + t129 + t5 - t122 - t123 - t124 - t130 - t131 - t132) > 0):
        raise ValueError("det(I + A) must be positive (the deformation inverts the crystal)")
    if not numpy.all(numpy.asarray(0.0244140625 - (-0.6280055373642862 - 0.6280055373642862*in_A_0 - 0.6280055373642862*in_A_1 - 0.6280055373642862*in_A_2 + in_A_1*in_q_1 + in_A_2*in_q_2 + in_q_0*t5)**2 - (-0.6280055373642862 - 0.6280055373642862*in_A_3 - 0.6280055373642862*in_A_4 - 0.6280055373642862*in_A_5 + in_A_3*in_q_0 + in_A_5*in_q_2 + in_q_1*t6)**2 - (-0.6280055373642862 - 0.6280055373642862*in_A_6 - 0.6280055373642862*in_A_7 - 0.6280055373642862*in_A_8 + in_A_6*in_q_0 + in_A_7*in_q_1 + in_q_2*t7)**2) > 0):
        raise ValueError("shift p1 moved more than 0.156 from its affine position (outside the range where the neighbour set is valid)")
    if not numpy.all(numpy.asarray(0.19 + t133 + t134 + t58) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.0361 + t137 + t138 + t139 + t141 + t142 + t143 + t144 + t145 + t146 + t147 + t148 + t149 + t151 + t152 + t154 + t155 + t156 - t135 - t136 - t150 - t157 - t158 - t160 - t162 - t163 - t164 - t119*t150) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.006859 + t180 + t181 + t193 + t194 + t195 - t171 - t172 - t173 - t175 - t177 - t179 - 4.0*t130 - 4.0*t131 - 4.0*t132 - 2.0*t190 + 8.0*t125 - 0.1539*t56 - 0.1539*t57 - 0.1539*t60 - 0.1539*t61 - 0.1539*t63 - 0.1539*t64 - 0.81*t145 - 0.81*t149 + (0.76)*t119 + (0.76)*t120 + (0.76)*t121 + (0.19)*t146 + (1.62)*t159 + (1.62)*t161 + (1.62)*t187 + (0.0722)*in_A_0 + (0.0722)*in_A_4 + (0.0722)*in_A_8 + (0.0361)*t133 + (0.0361)*t140 + (0.0361)*t165 + in_A_2*t188 + in_A_6*t188 + in_A_8*t180 + in_A_8*t181 + t119*t180 + t119*t181 + t119*t195 + t120*t180 + t120*t181 + t120*t194 + t121*t180 + t121*t181 + t121*t193 + t124*t157 + t124*t193 + t125*t180 + t125*t181 + t127*t134 + t127*t153 + t129*t134 + t129*t153 + t131*t176 + t131*t178 + t132*t150 + t132*t178 + t133*t138 + t133*t174 + t133*t184 + t137*t140 + t137*t165 + t138*t165 + t139*t140 + t139*t165 + t140*t174 + t140*t183 + t141*t165 + t142*t63 + t143*t64 + t144*t165 + t144*t182 + t145*t64 + t146*t165 + t146*t182 + t147*t64 + t148*t63 + t149*t63 + t151*t165 + t152*t64 + t154*t165 + t155*t63 + t156*t165 + t159*t166 + t161*t167 + t166*t197 + t167*t198 + t168*t187 + t185*t186 - in_A_8*t172 - in_A_8*t173 - in_A_8*t177 - in_A_8*t179 - t119*t171 - t119*t175 - t120*t172 - t120*t177 - t121*t173 - t121*t179 - t122*t137 - t122*t138 - t122*t183 - t122*t184 - t122*t199 - t123*t137 - t123*t151 - t123*t156 - t123*t184 - t123*t199 - t124*t138 - t124*t154 - t124*t156 - t124*t183 - t124*t199 - t133*t169 - t135*t165 - t135*t57 - t135*t64 - t136*t165 - t136*t61 - t136*t63 - t140*t170 - t152*t197 - t155*t198 - t157*t165 - t158*t165 - t160*t64 - t162*t63 - t163*t64 - t164*t63 - t166*t61 - t166*t64 - t167*t57 - t167*t63 - t168*t56 - t168*t60 - t169*t57 - t170*t61 - t182*t190 - t191*t192 + in_A_6*t168*t196 + t123*t124*t134 - in_A_2*t191*t61 - t182*t192*t196 - t186*t189*t57) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[6]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[15]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[24]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[33]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[39]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[45]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[51]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[57]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[63]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[69]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[75]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[81]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[87]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[93]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[99]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[105]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[114]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[123]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[132]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[141]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[150]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[159]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[168]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[177]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[186]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[195]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[204]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[213]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[216]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[217]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[218]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[219]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[220]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[221]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[222]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[223]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[224]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[225]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[226]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[227]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[228]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[229]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[230]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[231]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[232]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[233]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[234]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[235]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[236]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[237]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[238]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[239]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[240]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[241]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[242]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[243]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[244]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[245]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[246]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[247]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[248]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[249]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[250]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[251]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[252]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[253]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[254]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[255]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[256]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[257]) > 0):
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
    im_f_0_0 = 1.5987038334143007e-05/(pre[3])**6
    im_f_0_1 = -0.00401706447983316/(pre[3])**3
    im_f_1_0 = 1.5987038334143007e-05/(pre[7])**6
    im_f_1_1 = -0.00401706447983316/(pre[7])**3
    im_f_2_0 = 1.5987038334143007e-05/(pre[11])**6
    im_f_2_1 = -0.00401706447983316/(pre[11])**3
    im_f_3_0 = 1.5987038334143007e-05/(pre[15])**6
    im_f_3_1 = -0.00401706447983316/(pre[15])**3
    im_f_4_0 = 1.5987038334143007e-05/(pre[19])**6
    im_f_4_1 = -0.00401706447983316/(pre[19])**3
    im_f_5_0 = 1.5987038334143007e-05/(pre[23])**6
    im_f_5_1 = -0.00401706447983316/(pre[23])**3
    im_f_6_0 = 1.5987038334143007e-05/(pre[27])**6
    im_f_6_1 = -0.00401706447983316/(pre[27])**3
    im_f_7_0 = 1.5987038334143007e-05/(pre[31])**6
    im_f_7_1 = -0.00401706447983316/(pre[31])**3
    im_f_8_0 = 1.5987038334143007e-05/(pre[35])**6
    im_f_8_1 = -0.00401706447983316/(pre[35])**3
    im_f_9_0 = 1.5987038334143007e-05/(pre[39])**6
    im_f_9_1 = -0.00401706447983316/(pre[39])**3
    im_f_10_0 = 1.5987038334143007e-05/(pre[43])**6
    im_f_10_1 = -0.00401706447983316/(pre[43])**3
    im_f_11_0 = 1.5987038334143007e-05/(pre[47])**6
    im_f_11_1 = -0.00401706447983316/(pre[47])**3
    im_f_12_0 = 1.5987038334143007e-05/(pre[51])**6
    im_f_12_1 = -0.00401706447983316/(pre[51])**3
    im_f_13_0 = 1.5987038334143007e-05/(pre[55])**6
    im_f_13_1 = -0.00401706447983316/(pre[55])**3
    im_f_14_0 = 1.5987038334143007e-05/(pre[59])**6
    im_f_14_1 = -0.00401706447983316/(pre[59])**3
    im_f_15_0 = 1.5987038334143007e-05/(pre[63])**6
    im_f_15_1 = -0.00401706447983316/(pre[63])**3
    im_f_16_0 = 1.5987038334143007e-05/(pre[67])**6
    im_f_16_1 = -0.00401706447983316/(pre[67])**3
    im_f_17_0 = 1.5987038334143007e-05/(pre[71])**6
    im_f_17_1 = -0.00401706447983316/(pre[71])**3
    im_f_18_0 = 1.5987038334143007e-05/(pre[75])**6
    im_f_18_1 = -0.00401706447983316/(pre[75])**3
    im_f_19_0 = 1.5987038334143007e-05/(pre[79])**6
    im_f_19_1 = -0.00401706447983316/(pre[79])**3
    im_f_20_0 = 1.5987038334143007e-05/(pre[83])**6
    im_f_20_1 = -0.00401706447983316/(pre[83])**3
    im_f_21_0 = 1.5987038334143007e-05/(pre[87])**6
    im_f_21_1 = -0.00401706447983316/(pre[87])**3
    im_f_22_0 = 1.5987038334143007e-05/(pre[91])**6
    im_f_22_1 = -0.00401706447983316/(pre[91])**3
    im_f_23_0 = 1.5987038334143007e-05/(pre[95])**6
    im_f_23_1 = -0.00401706447983316/(pre[95])**3
    im_f_24_0 = 1.5987038334143007e-05/(pre[99])**6
    im_f_24_1 = -0.00401706447983316/(pre[99])**3
    im_f_25_0 = 1.5987038334143007e-05/(pre[103])**6
    im_f_25_1 = -0.00401706447983316/(pre[103])**3
    im_f_26_0 = 1.5987038334143007e-05/(pre[107])**6
    im_f_26_1 = -0.00401706447983316/(pre[107])**3
    im_f_27_0 = 1.5987038334143007e-05/(pre[111])**6
    im_f_27_1 = -0.00401706447983316/(pre[111])**3
    out = numpy.empty(batch + (1,))
    out[..., 0] = im_f_0_0 + im_f_0_1 + im_f_10_0 + im_f_10_1 + im_f_11_0 + im_f_11_1 + im_f_12_0 + im_f_12_1 + im_f_13_0 + im_f_13_1 + im_f_14_0 + im_f_14_1 + im_f_15_0 + im_f_15_1 + im_f_16_0 + im_f_16_1 + im_f_17_0 + im_f_17_1 + im_f_18_0 + im_f_18_1 + im_f_19_0 + im_f_19_1 + im_f_1_0 + im_f_1_1 + im_f_20_0 + im_f_20_1 + im_f_21_0 + im_f_21_1 + im_f_22_0 + im_f_22_1 + im_f_23_0 + im_f_23_1 + im_f_24_0 + im_f_24_1 + im_f_25_0 + im_f_25_1 + im_f_26_0 + im_f_26_1 + im_f_27_0 + im_f_27_1 + im_f_2_0 + im_f_2_1 + im_f_3_0 + im_f_3_1 + im_f_4_0 + im_f_4_1 + im_f_5_0 + im_f_5_1 + im_f_6_0 + im_f_6_1 + im_f_7_0 + im_f_7_1 + im_f_8_0 + im_f_8_1 + im_f_9_0 + im_f_9_1
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
    im_f_0_2 = 0.012051193439499478/(pre[3])**4
    im_f_0_3 = -9.592223000485804e-05/(pre[3])**7
    im_f_1_2 = 0.012051193439499478/(pre[7])**4
    im_f_1_3 = -9.592223000485804e-05/(pre[7])**7
    im_f_2_2 = 0.012051193439499478/(pre[11])**4
    im_f_2_3 = -9.592223000485804e-05/(pre[11])**7
    im_f_4_2 = 0.012051193439499478/(pre[19])**4
    im_f_4_3 = -9.592223000485804e-05/(pre[19])**7
    im_f_5_2 = 0.012051193439499478/(pre[23])**4
    im_f_5_3 = -9.592223000485804e-05/(pre[23])**7
    im_f_6_2 = 0.012051193439499478/(pre[27])**4
    im_f_6_3 = -9.592223000485804e-05/(pre[27])**7
    im_f_7_2 = 0.012051193439499478/(pre[31])**4
    im_f_7_3 = -9.592223000485804e-05/(pre[31])**7
    im_f_8_2 = 0.012051193439499478/(pre[35])**4
    im_f_8_3 = -9.592223000485804e-05/(pre[35])**7
    im_f_9_2 = 0.012051193439499478/(pre[39])**4
    im_f_9_3 = -9.592223000485804e-05/(pre[39])**7
    im_f_10_2 = 0.012051193439499478/(pre[43])**4
    im_f_10_3 = -9.592223000485804e-05/(pre[43])**7
    im_f_11_2 = 0.012051193439499478/(pre[47])**4
    im_f_11_3 = -9.592223000485804e-05/(pre[47])**7
    im_f_12_2 = 0.012051193439499478/(pre[51])**4
    im_f_12_3 = -9.592223000485804e-05/(pre[51])**7
    im_f_13_2 = 0.012051193439499478/(pre[55])**4
    im_f_13_3 = -9.592223000485804e-05/(pre[55])**7
    im_f_14_2 = 0.012051193439499478/(pre[59])**4
    im_f_14_3 = -9.592223000485804e-05/(pre[59])**7
    im_f_15_2 = 0.012051193439499478/(pre[63])**4
    im_f_15_3 = -9.592223000485804e-05/(pre[63])**7
    im_f_16_2 = 0.012051193439499478/(pre[67])**4
    im_f_16_3 = -9.592223000485804e-05/(pre[67])**7
    im_f_17_2 = 0.012051193439499478/(pre[71])**4
    im_f_17_3 = -9.592223000485804e-05/(pre[71])**7
    im_f_18_2 = 0.012051193439499478/(pre[75])**4
    im_f_18_3 = -9.592223000485804e-05/(pre[75])**7
    im_f_19_2 = 0.012051193439499478/(pre[79])**4
    im_f_19_3 = -9.592223000485804e-05/(pre[79])**7
    im_f_20_2 = 0.012051193439499478/(pre[83])**4
    im_f_20_3 = -9.592223000485804e-05/(pre[83])**7
    im_f_21_2 = 0.012051193439499478/(pre[87])**4
    im_f_21_3 = -9.592223000485804e-05/(pre[87])**7
    im_f_22_2 = 0.012051193439499478/(pre[91])**4
    im_f_22_3 = -9.592223000485804e-05/(pre[91])**7
    im_f_23_2 = 0.012051193439499478/(pre[95])**4
    im_f_23_3 = -9.592223000485804e-05/(pre[95])**7
    im_f_24_2 = 0.012051193439499478/(pre[99])**4
    im_f_24_3 = -9.592223000485804e-05/(pre[99])**7
    im_f_25_2 = 0.012051193439499478/(pre[103])**4
    im_f_25_3 = -9.592223000485804e-05/(pre[103])**7
    im_f_26_2 = 0.012051193439499478/(pre[107])**4
    im_f_26_3 = -9.592223000485804e-05/(pre[107])**7
    im_f_27_2 = 0.012051193439499478/(pre[111])**4
    im_f_27_3 = -9.592223000485804e-05/(pre[111])**7
    t0 = im_f_13_2*pre[52]
    t1 = im_f_13_3*pre[52]
    t2 = im_f_18_2*pre[72]
    t3 = im_f_18_3*pre[72]
    t4 = im_f_1_2*pre[4]
    t5 = im_f_1_3*pre[4]
    t6 = im_f_26_2*pre[104]
    t7 = im_f_26_3*pre[104]
    t8 = im_f_7_2*pre[28]
    t9 = im_f_7_3*pre[28]
    t10 = im_f_25_2*pre[100]
    t11 = im_f_25_3*pre[100]
    t12 = im_f_21_2*pre[84]
    t13 = im_f_21_3*pre[84]
    t14 = 2.0*pre[96]
    t15 = im_f_16_2*pre[64]
    t16 = im_f_16_3*pre[64]
    t17 = t15 + t16 + im_f_2_2*pre[8] + im_f_2_3*pre[8] - im_f_10_2*pre[40] - im_f_10_3*pre[40] - im_f_4_2*pre[16] - im_f_4_3*pre[16]
    t18 = im_f_14_2*pre[56] + im_f_14_3*pre[56] + im_f_27_2*pre[108] + im_f_27_3*pre[108] + im_f_8_2*pre[32] + im_f_8_3*pre[32] - im_f_19_2*pre[76] - im_f_19_3*pre[76]
    t19 = im_f_0_2*pre[0]
    t20 = im_f_0_3*pre[0]
    t21 = 2.0*pre[80]
    t22 = im_f_11_2*pre[44] + im_f_11_3*pre[44] + im_f_23_2*pre[92] + im_f_23_3*pre[92] + im_f_5_2*pre[20] + im_f_5_3*pre[20] - im_f_22_2*pre[88] - im_f_22_3*pre[88]
    t23 = 2.0*pre[68]
    t24 = im_f_13_2*pre[53]
    t25 = im_f_13_3*pre[53]
    t26 = im_f_18_2*pre[73]
    t27 = im_f_18_3*pre[73]
    t28 = im_f_1_2*pre[5]
    t29 = im_f_1_3*pre[5]
    t30 = im_f_26_2*pre[105]
    t31 = im_f_26_3*pre[105]
    t32 = im_f_7_2*pre[29]
    t33 = im_f_7_3*pre[29]
    t34 = im_f_25_2*pre[101]
    t35 = im_f_25_3*pre[101]
    t36 = im_f_21_2*pre[85]
    t37 = im_f_21_3*pre[85]
    t38 = 2.0*pre[97]
    t39 = im_f_16_2*pre[65]
    t40 = im_f_16_3*pre[65]
    t41 = t39 + t40 + im_f_2_2*pre[9] + im_f_2_3*pre[9] - im_f_10_2*pre[41] - im_f_10_3*pre[41] - im_f_4_2*pre[17] - im_f_4_3*pre[17]
    t42 = im_f_14_2*pre[57] + im_f_14_3*pre[57] + im_f_27_2*pre[109] + im_f_27_3*pre[109] + im_f_8_2*pre[33] + im_f_8_3*pre[33] - im_f_19_2*pre[77] - im_f_19_3*pre[77]
    t43 = im_f_0_2*pre[1]
    t44 = im_f_0_3*pre[1]
    t45 = 2.0*pre[81]
    t46 = im_f_11_2*pre[45] + im_f_11_3*pre[45] + im_f_23_2*pre[93] + im_f_23_3*pre[93] + im_f_5_2*pre[21] + im_f_5_3*pre[21] - im_f_22_2*pre[89] - im_f_22_3*pre[89]
    t47 = 2.0*pre[69]
    t48 = im_f_13_2*pre[54]
    t49 = im_f_13_3*pre[54]
    t50 = im_f_18_2*pre[74]
    t51 = im_f_18_3*pre[74]
    t52 = im_f_1_2*pre[6]
    t53 = im_f_1_3*pre[6]
    t54 = im_f_26_2*pre[106]
    t55 = im_f_26_3*pre[106]
    t56 = im_f_7_2*pre[30]
    t57 = im_f_7_3*pre[30]
    t58 = im_f_25_2*pre[102]
    t59 = im_f_25_3*pre[102]
    t60 = im_f_21_2*pre[86]
    t61 = im_f_21_3*pre[86]
    t62 = 2.0*pre[98]
    t63 = im_f_16_2*pre[66]
    t64 = im_f_16_3*pre[66]
    t65 = t63 + t64 + im_f_2_2*pre[10] + im_f_2_3*pre[10] - im_f_10_2*pre[42] - im_f_10_3*pre[42] - im_f_4_2*pre[18] - im_f_4_3*pre[18]
    t66 = im_f_14_2*pre[58] + im_f_14_3*pre[58] + im_f_27_2*pre[110] + im_f_27_3*pre[110] + im_f_8_2*pre[34] + im_f_8_3*pre[34] - im_f_19_2*pre[78] - im_f_19_3*pre[78]
    t67 = im_f_0_2*pre[2]
    t68 = im_f_0_3*pre[2]
    t69 = 2.0*pre[82]
    t70 = im_f_11_2*pre[46] + im_f_11_3*pre[46] + im_f_23_2*pre[94] + im_f_23_3*pre[94] + im_f_5_2*pre[22] + im_f_5_3*pre[22] - im_f_22_2*pre[90] - im_f_22_3*pre[90]
    t71 = 2.0*pre[70]
    out = numpy.empty(batch + (9,))
    out[..., 0] = t10 + t11 - t0 - t1 - t17 - t18 - t2 - t3 - t4 - t5 - t6 - t7 - t8 - t9 - 2.0*t12 - 2.0*t13 + im_f_12_2*pre[48] + im_f_12_3*pre[48] + im_f_6_2*pre[24] + im_f_6_3*pre[24] - im_f_24_2*t14 - im_f_24_3*t14
    out[..., 1] = t0 + t1 + t6 + t7 + t8 + t9 - t10 - t11 - t12 - t13 - t17 - t19 - t20 - t22 - 2.0*t2 - 2.0*t3 + im_f_15_2*pre[60] + im_f_15_3*pre[60] + im_f_9_2*pre[36] + im_f_9_3*pre[36] - im_f_20_2*t21 - im_f_20_3*t21
    out[..., 2] = t18 + t22 - t12 - t13 - t19 - t2 - t20 - t3 - t4 - t5 - 2.0*t15 - 2.0*t16 + im_f_12_2*pre[48] + im_f_12_3*pre[48] + im_f_15_2*pre[60] + im_f_15_3*pre[60] + im_f_6_2*pre[24] + im_f_6_3*pre[24] + im_f_9_2*pre[36] + im_f_9_3*pre[36] - im_f_17_2*t23 - im_f_17_3*t23
    out[..., 3] = t34 + t35 - t24 - t25 - t26 - t27 - t28 - t29 - t30 - t31 - t32 - t33 - t41 - t42 - 2.0*t36 - 2.0*t37 + im_f_12_2*pre[49] + im_f_12_3*pre[49] + im_f_6_2*pre[25] + im_f_6_3*pre[25] - im_f_24_2*t38 - im_f_24_3*t38
    out[..., 4] = t24 + t25 + t30 + t31 + t32 + t33 - t34 - t35 - t36 - t37 - t41 - t43 - t44 - t46 - 2.0*t26 - 2.0*t27 + im_f_15_2*pre[61] + im_f_15_3*pre[61] + im_f_9_2*pre[37] + im_f_9_3*pre[37] - im_f_20_2*t45 - im_f_20_3*t45
    out[..., 5] = t42 + t46 - t26 - t27 - t28 - t29 - t36 - t37 - t43 - t44 - 2.0*t39 - 2.0*t40 + im_f_12_2*pre[49] + im_f_12_3*pre[49] + im_f_15_2*pre[61] + im_f_15_3*pre[61] + im_f_6_2*pre[25] + im_f_6_3*pre[25] + im_f_9_2*pre[37] + im_f_9_3*pre[37] - im_f_17_2*t47 - im_f_17_3*t47
    out[..., 6] = t58 + t59 - t48 - t49 - t50 - t51 - t52 - t53 - t54 - t55 - t56 - t57 - t65 - t66 - 2.0*t60 - 2.0*t61 + im_f_12_2*pre[50] + im_f_12_3*pre[50] + im_f_6_2*pre[26] + im_f_6_3*pre[26] - im_f_24_2*t62 - im_f_24_3*t62
    out[..., 7] = t48 + t49 + t54 + t55 + t56 + t57 - t58 - t59 - t60 - t61 - t65 - t67 - t68 - t70 - 2.0*t50 - 2.0*t51 + im_f_15_2*pre[62] + im_f_15_3*pre[62] + im_f_9_2*pre[38] + im_f_9_3*pre[38] - im_f_20_2*t69 - im_f_20_3*t69
    out[..., 8] = t66 + t70 - t50 - t51 - t52 - t53 - t60 - t61 - t67 - t68 - 2.0*t63 - 2.0*t64 + im_f_12_2*pre[50] + im_f_12_3*pre[50] + im_f_15_2*pre[62] + im_f_15_3*pre[62] + im_f_6_2*pre[26] + im_f_6_3*pre[26] + im_f_9_2*pre[38] + im_f_9_3*pre[38] - im_f_17_2*t71 - im_f_17_3*t71
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
    im_f_0_2 = 0.012051193439499478/(pre[3])**4
    im_f_0_3 = -9.592223000485804e-05/(pre[3])**7
    im_f_0_4 = 0.0006714556100340063/(pre[3])**8
    im_f_0_5 = -0.048204773757997914/(pre[3])**5
    im_f_1_2 = 0.012051193439499478/(pre[7])**4
    im_f_1_3 = -9.592223000485804e-05/(pre[7])**7
    im_f_1_4 = 0.0006714556100340063/(pre[7])**8
    im_f_1_5 = -0.048204773757997914/(pre[7])**5
    im_f_2_2 = 0.012051193439499478/(pre[11])**4
    im_f_2_3 = -9.592223000485804e-05/(pre[11])**7
    im_f_2_4 = 0.0006714556100340063/(pre[11])**8
    im_f_2_5 = -0.048204773757997914/(pre[11])**5
    im_f_4_2 = 0.012051193439499478/(pre[19])**4
    im_f_4_3 = -9.592223000485804e-05/(pre[19])**7
    im_f_4_4 = 0.0006714556100340063/(pre[19])**8
    im_f_4_5 = -0.048204773757997914/(pre[19])**5
    im_f_5_2 = 0.012051193439499478/(pre[23])**4
    im_f_5_3 = -9.592223000485804e-05/(pre[23])**7
    im_f_5_4 = 0.0006714556100340063/(pre[23])**8
    im_f_5_5 = -0.048204773757997914/(pre[23])**5
    im_f_6_2 = 0.012051193439499478/(pre[27])**4
    im_f_6_3 = -9.592223000485804e-05/(pre[27])**7
    im_f_6_4 = 0.0006714556100340063/(pre[27])**8
    im_f_6_5 = -0.048204773757997914/(pre[27])**5
    im_f_7_2 = 0.012051193439499478/(pre[31])**4
    im_f_7_3 = -9.592223000485804e-05/(pre[31])**7
    im_f_7_4 = 0.0006714556100340063/(pre[31])**8
    im_f_7_5 = -0.048204773757997914/(pre[31])**5
    im_f_8_2 = 0.012051193439499478/(pre[35])**4
    im_f_8_3 = -9.592223000485804e-05/(pre[35])**7
    im_f_8_4 = 0.0006714556100340063/(pre[35])**8
    im_f_8_5 = -0.048204773757997914/(pre[35])**5
    im_f_9_2 = 0.012051193439499478/(pre[39])**4
    im_f_9_3 = -9.592223000485804e-05/(pre[39])**7
    im_f_9_4 = 0.0006714556100340063/(pre[39])**8
    im_f_9_5 = -0.048204773757997914/(pre[39])**5
    im_f_10_2 = 0.012051193439499478/(pre[43])**4
    im_f_10_3 = -9.592223000485804e-05/(pre[43])**7
    im_f_10_4 = 0.0006714556100340063/(pre[43])**8
    im_f_10_5 = -0.048204773757997914/(pre[43])**5
    im_f_11_2 = 0.012051193439499478/(pre[47])**4
    im_f_11_3 = -9.592223000485804e-05/(pre[47])**7
    im_f_11_4 = 0.0006714556100340063/(pre[47])**8
    im_f_11_5 = -0.048204773757997914/(pre[47])**5
    im_f_12_2 = 0.012051193439499478/(pre[51])**4
    im_f_12_3 = -9.592223000485804e-05/(pre[51])**7
    im_f_12_4 = 0.0006714556100340063/(pre[51])**8
    im_f_12_5 = -0.048204773757997914/(pre[51])**5
    im_f_13_2 = 0.012051193439499478/(pre[55])**4
    im_f_13_3 = -9.592223000485804e-05/(pre[55])**7
    im_f_13_4 = 0.0006714556100340063/(pre[55])**8
    im_f_13_5 = -0.048204773757997914/(pre[55])**5
    im_f_14_2 = 0.012051193439499478/(pre[59])**4
    im_f_14_3 = -9.592223000485804e-05/(pre[59])**7
    im_f_14_4 = 0.0006714556100340063/(pre[59])**8
    im_f_14_5 = -0.048204773757997914/(pre[59])**5
    im_f_15_2 = 0.012051193439499478/(pre[63])**4
    im_f_15_3 = -9.592223000485804e-05/(pre[63])**7
    im_f_15_4 = 0.0006714556100340063/(pre[63])**8
    im_f_15_5 = -0.048204773757997914/(pre[63])**5
    im_f_16_2 = 0.012051193439499478/(pre[67])**4
    im_f_16_3 = -9.592223000485804e-05/(pre[67])**7
    im_f_16_4 = 0.0006714556100340063/(pre[67])**8
    im_f_16_5 = -0.048204773757997914/(pre[67])**5
    im_f_17_2 = 0.012051193439499478/(pre[71])**4
    im_f_17_3 = -9.592223000485804e-05/(pre[71])**7
    im_f_17_4 = 0.0006714556100340063/(pre[71])**8
    im_f_17_5 = -0.048204773757997914/(pre[71])**5
    im_f_18_2 = 0.012051193439499478/(pre[75])**4
    im_f_18_3 = -9.592223000485804e-05/(pre[75])**7
    im_f_18_4 = 0.0006714556100340063/(pre[75])**8
    im_f_18_5 = -0.048204773757997914/(pre[75])**5
    im_f_19_2 = 0.012051193439499478/(pre[79])**4
    im_f_19_3 = -9.592223000485804e-05/(pre[79])**7
    im_f_19_4 = 0.0006714556100340063/(pre[79])**8
    im_f_19_5 = -0.048204773757997914/(pre[79])**5
    im_f_20_2 = 0.012051193439499478/(pre[83])**4
    im_f_20_3 = -9.592223000485804e-05/(pre[83])**7
    im_f_20_4 = 0.0006714556100340063/(pre[83])**8
    im_f_20_5 = -0.048204773757997914/(pre[83])**5
    im_f_21_2 = 0.012051193439499478/(pre[87])**4
    im_f_21_3 = -9.592223000485804e-05/(pre[87])**7
    im_f_21_4 = 0.0006714556100340063/(pre[87])**8
    im_f_21_5 = -0.048204773757997914/(pre[87])**5
    im_f_22_2 = 0.012051193439499478/(pre[91])**4
    im_f_22_3 = -9.592223000485804e-05/(pre[91])**7
    im_f_22_4 = 0.0006714556100340063/(pre[91])**8
    im_f_22_5 = -0.048204773757997914/(pre[91])**5
    im_f_23_2 = 0.012051193439499478/(pre[95])**4
    im_f_23_3 = -9.592223000485804e-05/(pre[95])**7
    im_f_23_4 = 0.0006714556100340063/(pre[95])**8
    im_f_23_5 = -0.048204773757997914/(pre[95])**5
    im_f_24_2 = 0.012051193439499478/(pre[99])**4
    im_f_24_3 = -9.592223000485804e-05/(pre[99])**7
    im_f_24_4 = 0.0006714556100340063/(pre[99])**8
    im_f_24_5 = -0.048204773757997914/(pre[99])**5
    im_f_25_2 = 0.012051193439499478/(pre[103])**4
    im_f_25_3 = -9.592223000485804e-05/(pre[103])**7
    im_f_25_4 = 0.0006714556100340063/(pre[103])**8
    im_f_25_5 = -0.048204773757997914/(pre[103])**5
    im_f_26_2 = 0.012051193439499478/(pre[107])**4
    im_f_26_3 = -9.592223000485804e-05/(pre[107])**7
    im_f_26_4 = 0.0006714556100340063/(pre[107])**8
    im_f_26_5 = -0.048204773757997914/(pre[107])**5
    im_f_27_2 = 0.012051193439499478/(pre[111])**4
    im_f_27_3 = -9.592223000485804e-05/(pre[111])**7
    im_f_27_4 = 0.0006714556100340063/(pre[111])**8
    im_f_27_5 = -0.048204773757997914/(pre[111])**5
    t0 = (pre[84])**2
    t1 = im_f_21_4*t0
    t2 = im_f_21_5*t0
    t3 = 4.0*(pre[96])**2
    t4 = (pre[52])**2
    t5 = im_f_13_4*t4
    t6 = im_f_13_5*t4
    t7 = (pre[100])**2
    t8 = im_f_25_4*t7
    t9 = im_f_25_5*t7
    t10 = (pre[104])**2
    t11 = im_f_26_4*t10
    t12 = im_f_26_5*t10
    t13 = (pre[28])**2
    t14 = im_f_7_4*t13
    t15 = im_f_7_5*t13
    t16 = (pre[40])**2
    t17 = (pre[64])**2
    t18 = im_f_16_4*t17
    t19 = im_f_16_5*t17
    t20 = (pre[8])**2
    t21 = (pre[16])**2
    t22 = (0.5)*im_f_10_2 + (0.5)*im_f_10_3 + (0.5)*im_f_16_2 + (0.5)*im_f_16_3 + (0.5)*im_f_2_2 + (0.5)*im_f_2_3 + (0.5)*im_f_4_2 + (0.5)*im_f_4_3
    t23 = t18 + t19 + t22 + im_f_10_4*t16 + im_f_10_5*t16 + im_f_2_4*t20 + im_f_2_5*t20 + im_f_4_4*t21 + im_f_4_5*t21
    t24 = (0.5)*im_f_13_2
    t25 = (0.5)*im_f_13_3
    t26 = (0.5)*im_f_25_2
    t27 = (0.5)*im_f_25_3
    t28 = (0.5)*im_f_26_2
    t29 = (0.5)*im_f_26_3
    t30 = (0.5)*im_f_7_2
    t31 = (0.5)*im_f_7_3
    t32 = t24 + t25 + t26 + t27 + t28 + t29 + t30 + t31
    t33 = t11 + t12 + t14 + t15 + t23 + t32 + t5 + t6 + t8 + t9
    t34 = (pre[56])**2
    t35 = im_f_14_4*t34
    t36 = im_f_14_5*t34
    t37 = (pre[76])**2
    t38 = im_f_19_4*t37
    t39 = im_f_19_5*t37
    t40 = (pre[108])**2
    t41 = im_f_27_4*t40
    t42 = im_f_27_5*t40
    t43 = (pre[32])**2
    t44 = im_f_8_4*t43
    t45 = im_f_8_5*t43
    t46 = (pre[48])**2
    t47 = (pre[72])**2
    t48 = im_f_18_4*t47
    t49 = im_f_18_5*t47
    t50 = (pre[4])**2
    t51 = (pre[24])**2
    t52 = (0.5)*im_f_12_2 + (0.5)*im_f_12_3 + (0.5)*im_f_18_2 + (0.5)*im_f_18_3 + (0.5)*im_f_1_2 + (0.5)*im_f_1_3 + (0.5)*im_f_6_2 + (0.5)*im_f_6_3
    t53 = t48 + t49 + t52 + im_f_12_4*t46 + im_f_12_5*t46 + im_f_1_4*t50 + im_f_1_5*t50 + im_f_6_4*t51 + im_f_6_5*t51
    t54 = (0.5)*im_f_14_2
    t55 = (0.5)*im_f_14_3
    t56 = (0.5)*im_f_19_2
    t57 = (0.5)*im_f_19_3
    t58 = (0.5)*im_f_27_2
    t59 = (0.5)*im_f_27_3
    t60 = (0.5)*im_f_8_2
    t61 = (0.5)*im_f_8_3
    t62 = t54 + t55 + t56 + t57 + t58 + t59 + t60 + t61
    t63 = t35 + t36 + t38 + t39 + t41 + t42 + t44 + t45 + t53 + t62
    t64 = 2.0*im_f_21_2 + 2.0*im_f_21_3 + 2.0*im_f_24_2 + 2.0*im_f_24_3
    t65 = im_f_21_2 + im_f_21_3
    t66 = t65 + 2.0*t1 + 2.0*t2
    t67 = im_f_18_2 + im_f_18_3
    t68 = t67 + 2.0*t48 + 2.0*t49
    t69 = -t24 - t25 - t26 - t27 - t28 - t29 - t30 - t31
    t70 = t23 + t66 + t68 + t69 - t11 - t12 - t14 - t15 - t5 - t6 - t8 - t9
    t71 = im_f_16_2 + im_f_16_3
    t72 = t71 + 2.0*t18 + 2.0*t19
    t73 = -t54 - t55 - t56 - t57 - t58 - t59 - t60 - t61
    t74 = t53 + t66 + t72 + t73 - t35 - t36 - t38 - t39 - t41 - t42 - t44 - t45
    t75 = pre[84]*pre[85]
    t76 = im_f_21_4*t75
    t77 = im_f_21_5*t75
    t78 = 4.0*pre[96]
    t79 = pre[97]*t78
    t80 = pre[52]*pre[53]
    t81 = im_f_13_4*t80
    t82 = im_f_13_5*t80
    t83 = pre[100]*pre[101]
    t84 = im_f_25_4*t83
    t85 = im_f_25_5*t83
    t86 = pre[104]*pre[105]
    t87 = im_f_26_4*t86
    t88 = im_f_26_5*t86
    t89 = pre[28]*pre[29]
    t90 = im_f_7_4*t89
    t91 = im_f_7_5*t89
    t92 = pre[40]*pre[41]
    t93 = pre[64]*pre[65]
    t94 = im_f_16_4*t93
    t95 = im_f_16_5*t93
    t96 = pre[8]*pre[9]
    t97 = pre[16]*pre[17]
    t98 = t94 + t95 + im_f_10_4*t92 + im_f_10_5*t92 + im_f_2_4*t96 + im_f_2_5*t96 + im_f_4_4*t97 + im_f_4_5*t97
    t99 = t81 + t82 + t84 + t85 + t87 + t88 + t90 + t91 + t98
    t100 = pre[56]*pre[57]
    t101 = im_f_14_4*t100
    t102 = im_f_14_5*t100
    t103 = pre[76]*pre[77]
    t104 = im_f_19_4*t103
    t105 = im_f_19_5*t103
    t106 = pre[108]*pre[109]
    t107 = im_f_27_4*t106
    t108 = im_f_27_5*t106
    t109 = pre[32]*pre[33]
    t110 = im_f_8_4*t109
    t111 = im_f_8_5*t109
    t112 = pre[48]*pre[49]
    t113 = pre[72]*pre[73]
    t114 = im_f_18_4*t113
    t115 = im_f_18_5*t113
    t116 = pre[4]*pre[5]
    t117 = pre[24]*pre[25]
    t118 = t114 + t115 + im_f_12_4*t112 + im_f_12_5*t112 + im_f_1_4*t116 + im_f_1_5*t116 + im_f_6_4*t117 + im_f_6_5*t117
    t119 = t101 + t102 + t104 + t105 + t107 + t108 + t110 + t111 + t118
    t120 = t119 + t99 + 4.0*t76 + 4.0*t77 + im_f_24_4*t79 + im_f_24_5*t79
    t121 = 2.0*t76 + 2.0*t77
    t122 = 2.0*t114 + 2.0*t115
    t123 = t121 + t122 + t98 - t81 - t82 - t84 - t85 - t87 - t88 - t90 - t91
    t124 = 2.0*t94 + 2.0*t95
    t125 = t118 + t121 + t124 - t101 - t102 - t104 - t105 - t107 - t108 - t110 - t111
    t126 = pre[84]*pre[86]
    t127 = im_f_21_4*t126
    t128 = im_f_21_5*t126
    t129 = pre[98]*t78
    t130 = pre[52]*pre[54]
    t131 = im_f_13_4*t130
    t132 = im_f_13_5*t130
    t133 = pre[100]*pre[102]
    t134 = im_f_25_4*t133
    t135 = im_f_25_5*t133
    t136 = pre[104]*pre[106]
    t137 = im_f_26_4*t136
    t138 = im_f_26_5*t136
    t139 = pre[28]*pre[30]
    t140 = im_f_7_4*t139
    t141 = im_f_7_5*t139
    t142 = pre[40]*pre[42]
    t143 = pre[64]*pre[66]
    t144 = im_f_16_4*t143
    t145 = im_f_16_5*t143
    t146 = pre[10]*pre[8]
    t147 = pre[16]*pre[18]
    t148 = t144 + t145 + im_f_10_4*t142 + im_f_10_5*t142 + im_f_2_4*t146 + im_f_2_5*t146 + im_f_4_4*t147 + im_f_4_5*t147
    t149 = t131 + t132 + t134 + t135 + t137 + t138 + t140 + t141 + t148
    t150 = pre[56]*pre[58]
    t151 = im_f_14_4*t150
    t152 = im_f_14_5*t150
    t153 = pre[76]*pre[78]
    t154 = im_f_19_4*t153
    t155 = im_f_19_5*t153
    t156 = pre[108]*pre[110]
    t157 = im_f_27_4*t156
    t158 = im_f_27_5*t156
    t159 = pre[32]*pre[34]
    t160 = im_f_8_4*t159
    t161 = im_f_8_5*t159
    t162 = pre[48]*pre[50]
    t163 = pre[72]*pre[74]
    t164 = im_f_18_4*t163
    t165 = im_f_18_5*t163
    t166 = pre[4]*pre[6]
    t167 = pre[24]*pre[26]
    t168 = t164 + t165 + im_f_12_4*t162 + im_f_12_5*t162 + im_f_1_4*t166 + im_f_1_5*t166 + im_f_6_4*t167 + im_f_6_5*t167
    t169 = t151 + t152 + t154 + t155 + t157 + t158 + t160 + t161 + t168
    t170 = t149 + t169 + 4.0*t127 + 4.0*t128 + im_f_24_4*t129 + im_f_24_5*t129
    t171 = 2.0*t127 + 2.0*t128
    t172 = 2.0*t164 + 2.0*t165
    t173 = t148 + t171 + t172 - t131 - t132 - t134 - t135 - t137 - t138 - t140 - t141
    t174 = 2.0*t144 + 2.0*t145
    t175 = t168 + t171 + t174 - t151 - t152 - t154 - t155 - t157 - t158 - t160 - t161
    t176 = 4.0*(pre[80])**2
    t177 = (0.5)*im_f_11_2
    t178 = (0.5)*im_f_11_3
    t179 = (0.5)*im_f_22_2
    t180 = (0.5)*im_f_22_3
    t181 = (0.5)*im_f_23_2
    t182 = (0.5)*im_f_23_3
    t183 = (0.5)*im_f_5_2
    t184 = (0.5)*im_f_5_3
    t185 = (0.5)*im_f_0_2 + (0.5)*im_f_0_3 + (0.5)*im_f_15_2 + (0.5)*im_f_15_3 + (0.5)*im_f_21_2 + (0.5)*im_f_21_3 + (0.5)*im_f_9_2 + (0.5)*im_f_9_3
    t186 = t177 + t178 + t179 + t180 + t181 + t182 + t183 + t184 + t185
    t187 = t186 + 2.0*im_f_18_2 + 2.0*im_f_18_3 + 2.0*im_f_20_2 + 2.0*im_f_20_3
    t188 = (pre[44])**2
    t189 = im_f_11_4*t188
    t190 = im_f_11_5*t188
    t191 = (pre[88])**2
    t192 = im_f_22_4*t191
    t193 = im_f_22_5*t191
    t194 = (pre[92])**2
    t195 = im_f_23_4*t194
    t196 = im_f_23_5*t194
    t197 = (pre[20])**2
    t198 = im_f_5_4*t197
    t199 = im_f_5_5*t197
    t200 = (pre[0])**2
    t201 = (pre[60])**2
    t202 = (pre[36])**2
    t203 = t1 + t2 + im_f_0_4*t200 + im_f_0_5*t200 + im_f_15_4*t201 + im_f_15_5*t201 + im_f_9_4*t202 + im_f_9_5*t202
    t204 = t189 + t190 + t192 + t193 + t195 + t196 + t198 + t199 + t203
    t205 = t185 - t177 - t178 - t179 - t180 - t181 - t182 - t183 - t184
    t206 = t203 + t205 + t68 + t72 - t189 - t190 - t192 - t193 - t195 - t196 - t198 - t199
    t207 = 4.0*pre[80]
    t208 = pre[81]*t207
    t209 = pre[44]*pre[45]
    t210 = im_f_11_4*t209
    t211 = im_f_11_5*t209
    t212 = pre[88]*pre[89]
    t213 = im_f_22_4*t212
    t214 = im_f_22_5*t212
    t215 = pre[92]*pre[93]
    t216 = im_f_23_4*t215
    t217 = im_f_23_5*t215
    t218 = pre[20]*pre[21]
    t219 = im_f_5_4*t218
    t220 = im_f_5_5*t218
    t221 = pre[0]*pre[1]
    t222 = pre[60]*pre[61]
    t223 = pre[36]*pre[37]
    t224 = t76 + t77 + im_f_0_4*t221 + im_f_0_5*t221 + im_f_15_4*t222 + im_f_15_5*t222 + im_f_9_4*t223 + im_f_9_5*t223
    t225 = t210 + t211 + t213 + t214 + t216 + t217 + t219 + t220 + t224
    t226 = t225 + t99 + 4.0*t114 + 4.0*t115 + im_f_20_4*t208 + im_f_20_5*t208
    t227 = t122 + t124 + t224 - t210 - t211 - t213 - t214 - t216 - t217 - t219 - t220
    t228 = pre[82]*t207
    t229 = pre[44]*pre[46]
    t230 = im_f_11_4*t229
    t231 = im_f_11_5*t229
    t232 = pre[88]*pre[90]
    t233 = im_f_22_4*t232
    t234 = im_f_22_5*t232
    t235 = pre[92]*pre[94]
    t236 = im_f_23_4*t235
    t237 = im_f_23_5*t235
    t238 = pre[20]*pre[22]
    t239 = im_f_5_4*t238
    t240 = im_f_5_5*t238
    t241 = pre[0]*pre[2]
    t242 = pre[60]*pre[62]
    t243 = pre[36]*pre[38]
    t244 = t127 + t128 + im_f_0_4*t241 + im_f_0_5*t241 + im_f_15_4*t242 + im_f_15_5*t242 + im_f_9_4*t243 + im_f_9_5*t243
    t245 = t230 + t231 + t233 + t234 + t236 + t237 + t239 + t240 + t244
    t246 = t149 + t245 + 4.0*t164 + 4.0*t165 + im_f_20_4*t228 + im_f_20_5*t228
    t247 = t172 + t174 + t244 - t230 - t231 - t233 - t234 - t236 - t237 - t239 - t240
    t248 = 4.0*(pre[68])**2
    t249 = t186 + 2.0*im_f_16_2 + 2.0*im_f_16_3 + 2.0*im_f_17_2 + 2.0*im_f_17_3
    t250 = 4.0*pre[68]
    t251 = pre[69]*t250
    t252 = t119 + t225 + 4.0*t94 + 4.0*t95 + im_f_17_4*t251 + im_f_17_5*t251
    t253 = pre[70]*t250
    t254 = t169 + t245 + 4.0*t144 + 4.0*t145 + im_f_17_4*t253 + im_f_17_5*t253
    t255 = (pre[85])**2
    t256 = im_f_21_4*t255
    t257 = im_f_21_5*t255
    t258 = 4.0*(pre[97])**2
    t259 = t22 + t32
    t260 = t52 + t62
    t261 = t259 + t260 + t64
    t262 = (pre[53])**2
    t263 = im_f_13_4*t262
    t264 = im_f_13_5*t262
    t265 = (pre[101])**2
    t266 = im_f_25_4*t265
    t267 = im_f_25_5*t265
    t268 = (pre[105])**2
    t269 = im_f_26_4*t268
    t270 = im_f_26_5*t268
    t271 = (pre[29])**2
    t272 = im_f_7_4*t271
    t273 = im_f_7_5*t271
    t274 = (pre[41])**2
    t275 = (pre[65])**2
    t276 = im_f_16_4*t275
    t277 = im_f_16_5*t275
    t278 = (pre[9])**2
    t279 = (pre[17])**2
    t280 = t276 + t277 + im_f_10_4*t274 + im_f_10_5*t274 + im_f_2_4*t278 + im_f_2_5*t278 + im_f_4_4*t279 + im_f_4_5*t279
    t281 = t263 + t264 + t266 + t267 + t269 + t270 + t272 + t273 + t280
    t282 = (pre[57])**2
    t283 = im_f_14_4*t282
    t284 = im_f_14_5*t282
    t285 = (pre[77])**2
    t286 = im_f_19_4*t285
    t287 = im_f_19_5*t285
    t288 = (pre[109])**2
    t289 = im_f_27_4*t288
    t290 = im_f_27_5*t288
    t291 = (pre[33])**2
    t292 = im_f_8_4*t291
    t293 = im_f_8_5*t291
    t294 = (pre[49])**2
    t295 = (pre[73])**2
    t296 = im_f_18_4*t295
    t297 = im_f_18_5*t295
    t298 = (pre[5])**2
    t299 = (pre[25])**2
    t300 = t296 + t297 + im_f_12_4*t294 + im_f_12_5*t294 + im_f_1_4*t298 + im_f_1_5*t298 + im_f_6_4*t299 + im_f_6_5*t299
    t301 = t283 + t284 + t286 + t287 + t289 + t290 + t292 + t293 + t300
    t302 = t65 + 2.0*t256 + 2.0*t257
    t303 = t67 + 2.0*t296 + 2.0*t297
    t304 = t22 + t69
    t305 = t280 + t302 + t303 + t304 - t263 - t264 - t266 - t267 - t269 - t270 - t272 - t273
    t306 = t71 + 2.0*t276 + 2.0*t277
    t307 = t52 + t73
    t308 = t300 + t302 + t306 + t307 - t283 - t284 - t286 - t287 - t289 - t290 - t292 - t293
    t309 = pre[85]*pre[86]
    t310 = im_f_21_4*t309
    t311 = im_f_21_5*t309
    t312 = 4.0*pre[97]*pre[98]
    t313 = pre[53]*pre[54]
    t314 = im_f_13_4*t313
    t315 = im_f_13_5*t313
    t316 = pre[101]*pre[102]
    t317 = im_f_25_4*t316
    t318 = im_f_25_5*t316
    t319 = pre[105]*pre[106]
    t320 = im_f_26_4*t319
    t321 = im_f_26_5*t319
    t322 = pre[29]*pre[30]
    t323 = im_f_7_4*t322
    t324 = im_f_7_5*t322
    t325 = pre[41]*pre[42]
    t326 = pre[65]*pre[66]
    t327 = im_f_16_4*t326
    t328 = im_f_16_5*t326
    t329 = pre[10]*pre[9]
    t330 = pre[17]*pre[18]
    t331 = t327 + t328 + im_f_10_4*t325 + im_f_10_5*t325 + im_f_2_4*t329 + im_f_2_5*t329 + im_f_4_4*t330 + im_f_4_5*t330
    t332 = t314 + t315 + t317 + t318 + t320 + t321 + t323 + t324 + t331
    t333 = pre[57]*pre[58]
    t334 = im_f_14_4*t333
    t335 = im_f_14_5*t333
    t336 = pre[77]*pre[78]
    t337 = im_f_19_4*t336
    t338 = im_f_19_5*t336
    t339 = pre[109]*pre[110]
    t340 = im_f_27_4*t339
    t341 = im_f_27_5*t339
    t342 = pre[33]*pre[34]
    t343 = im_f_8_4*t342
    t344 = im_f_8_5*t342
    t345 = pre[49]*pre[50]
    t346 = pre[73]*pre[74]
    t347 = im_f_18_4*t346
    t348 = im_f_18_5*t346
    t349 = pre[5]*pre[6]
    t350 = pre[25]*pre[26]
    t351 = t347 + t348 + im_f_12_4*t345 + im_f_12_5*t345 + im_f_1_4*t349 + im_f_1_5*t349 + im_f_6_4*t350 + im_f_6_5*t350
    t352 = t334 + t335 + t337 + t338 + t340 + t341 + t343 + t344 + t351
    t353 = t332 + t352 + 4.0*t310 + 4.0*t311 + im_f_24_4*t312 + im_f_24_5*t312
    t354 = 2.0*t310 + 2.0*t311
    t355 = 2.0*t347 + 2.0*t348
    t356 = t331 + t354 + t355 - t314 - t315 - t317 - t318 - t320 - t321 - t323 - t324
    t357 = 2.0*t327 + 2.0*t328
    t358 = t351 + t354 + t357 - t334 - t335 - t337 - t338 - t340 - t341 - t343 - t344
    t359 = 4.0*(pre[81])**2
    t360 = t187 + t259
    t361 = (pre[45])**2
    t362 = im_f_11_4*t361
    t363 = im_f_11_5*t361
    t364 = (pre[89])**2
    t365 = im_f_22_4*t364
    t366 = im_f_22_5*t364
    t367 = (pre[93])**2
    t368 = im_f_23_4*t367
    t369 = im_f_23_5*t367
    t370 = (pre[21])**2
    t371 = im_f_5_4*t370
    t372 = im_f_5_5*t370
    t373 = (pre[1])**2
    t374 = (pre[61])**2
    t375 = (pre[37])**2
    t376 = t256 + t257 + im_f_0_4*t373 + im_f_0_5*t373 + im_f_15_4*t374 + im_f_15_5*t374 + im_f_9_4*t375 + im_f_9_5*t375
    t377 = t362 + t363 + t365 + t366 + t368 + t369 + t371 + t372 + t376
    t378 = t205 + t303 + t306 + t376 - t362 - t363 - t365 - t366 - t368 - t369 - t371 - t372
    t379 = 4.0*pre[81]*pre[82]
    t380 = pre[45]*pre[46]
    t381 = im_f_11_4*t380
    t382 = im_f_11_5*t380
    t383 = pre[89]*pre[90]
    t384 = im_f_22_4*t383
    t385 = im_f_22_5*t383
    t386 = pre[93]*pre[94]
    t387 = im_f_23_4*t386
    t388 = im_f_23_5*t386
    t389 = pre[21]*pre[22]
    t390 = im_f_5_4*t389
    t391 = im_f_5_5*t389
    t392 = pre[1]*pre[2]
    t393 = pre[61]*pre[62]
    t394 = pre[37]*pre[38]
    t395 = t310 + t311 + im_f_0_4*t392 + im_f_0_5*t392 + im_f_15_4*t393 + im_f_15_5*t393 + im_f_9_4*t394 + im_f_9_5*t394
    t396 = t381 + t382 + t384 + t385 + t387 + t388 + t390 + t391 + t395
    t397 = t332 + t396 + 4.0*t347 + 4.0*t348 + im_f_20_4*t379 + im_f_20_5*t379
    t398 = t355 + t357 + t395 - t381 - t382 - t384 - t385 - t387 - t388 - t390 - t391
    t399 = 4.0*(pre[69])**2
    t400 = t249 + t260
    t401 = 4.0*pre[69]*pre[70]
    t402 = t352 + t396 + 4.0*t327 + 4.0*t328 + im_f_17_4*t401 + im_f_17_5*t401
    t403 = (pre[86])**2
    t404 = im_f_21_4*t403
    t405 = im_f_21_5*t403
    t406 = 4.0*(pre[98])**2
    t407 = (pre[54])**2
    t408 = im_f_13_4*t407
    t409 = im_f_13_5*t407
    t410 = (pre[102])**2
    t411 = im_f_25_4*t410
    t412 = im_f_25_5*t410
    t413 = (pre[106])**2
    t414 = im_f_26_4*t413
    t415 = im_f_26_5*t413
    t416 = (pre[30])**2
    t417 = im_f_7_4*t416
    t418 = im_f_7_5*t416
    t419 = (pre[42])**2
    t420 = (pre[66])**2
    t421 = im_f_16_4*t420
    t422 = im_f_16_5*t420
    t423 = (pre[10])**2
    t424 = (pre[18])**2
    t425 = t421 + t422 + im_f_10_4*t419 + im_f_10_5*t419 + im_f_2_4*t423 + im_f_2_5*t423 + im_f_4_4*t424 + im_f_4_5*t424
    t426 = t408 + t409 + t411 + t412 + t414 + t415 + t417 + t418 + t425
    t427 = (pre[58])**2
    t428 = im_f_14_4*t427
    t429 = im_f_14_5*t427
    t430 = (pre[78])**2
    t431 = im_f_19_4*t430
    t432 = im_f_19_5*t430
    t433 = (pre[110])**2
    t434 = im_f_27_4*t433
    t435 = im_f_27_5*t433
    t436 = (pre[34])**2
    t437 = im_f_8_4*t436
    t438 = im_f_8_5*t436
    t439 = (pre[50])**2
    t440 = (pre[74])**2
    t441 = im_f_18_4*t440
    t442 = im_f_18_5*t440
    t443 = (pre[6])**2
    t444 = (pre[26])**2
    t445 = t441 + t442 + im_f_12_4*t439 + im_f_12_5*t439 + im_f_1_4*t443 + im_f_1_5*t443 + im_f_6_4*t444 + im_f_6_5*t444
    t446 = t428 + t429 + t431 + t432 + t434 + t435 + t437 + t438 + t445
    t447 = t65 + 2.0*t404 + 2.0*t405
    t448 = t67 + 2.0*t441 + 2.0*t442
    t449 = t304 + t425 + t447 + t448 - t408 - t409 - t411 - t412 - t414 - t415 - t417 - t418
    t450 = t71 + 2.0*t421 + 2.0*t422
    t451 = t307 + t445 + t447 + t450 - t428 - t429 - t431 - t432 - t434 - t435 - t437 - t438
    t452 = 4.0*(pre[82])**2
    t453 = (pre[46])**2
    t454 = im_f_11_4*t453
    t455 = im_f_11_5*t453
    t456 = (pre[90])**2
    t457 = im_f_22_4*t456
    t458 = im_f_22_5*t456
    t459 = (pre[94])**2
    t460 = im_f_23_4*t459
    t461 = im_f_23_5*t459
    t462 = (pre[22])**2
    t463 = im_f_5_4*t462
    t464 = im_f_5_5*t462
    t465 = (pre[2])**2
    t466 = (pre[62])**2
    t467 = (pre[38])**2
    t468 = t404 + t405 + im_f_0_4*t465 + im_f_0_5*t465 + im_f_15_4*t466 + im_f_15_5*t466 + im_f_9_4*t467 + im_f_9_5*t467
    t469 = t454 + t455 + t457 + t458 + t460 + t461 + t463 + t464 + t468
    t470 = t205 + t448 + t450 + t468 - t454 - t455 - t457 - t458 - t460 - t461 - t463 - t464
    t471 = 4.0*(pre[70])**2
    out = numpy.empty(batch + (81,))
    out[..., 0] = t33 + t63 + t64 + 4.0*t1 + 4.0*t2 + im_f_24_4*t3 + im_f_24_5*t3
    out[..., 1] = t70
    out[..., 2] = t74
    out[..., 3] = t120
    out[..., 4] = t123
    out[..., 5] = t125
    out[..., 6] = t170
    out[..., 7] = t173
    out[..., 8] = t175
    out[..., 9] = t70
    out[..., 10] = t187 + t204 + t33 + 4.0*t48 + 4.0*t49 + im_f_20_4*t176 + im_f_20_5*t176
    out[..., 11] = t206
    out[..., 12] = t123
    out[..., 13] = t226
    out[..., 14] = t227
    out[..., 15] = t173
    out[..., 16] = t246
    out[..., 17] = t247
    out[..., 18] = t74
    out[..., 19] = t206
    out[..., 20] = t204 + t249 + t63 + 4.0*t18 + 4.0*t19 + im_f_17_4*t248 + im_f_17_5*t248
    out[..., 21] = t125
    out[..., 22] = t227
    out[..., 23] = t252
    out[..., 24] = t175
    out[..., 25] = t247
    out[..., 26] = t254
    out[..., 27] = t120
    out[..., 28] = t123
    out[..., 29] = t125
    out[..., 30] = t261 + t281 + t301 + 4.0*t256 + 4.0*t257 + im_f_24_4*t258 + im_f_24_5*t258
    out[..., 31] = t305
    out[..., 32] = t308
    out[..., 33] = t353
    out[..., 34] = t356
    out[..., 35] = t358
    out[..., 36] = t123
    out[..., 37] = t226
    out[..., 38] = t227
    out[..., 39] = t305
    out[..., 40] = t281 + t360 + t377 + 4.0*t296 + 4.0*t297 + im_f_20_4*t359 + im_f_20_5*t359
    out[..., 41] = t378
    out[..., 42] = t356
    out[..., 43] = t397
    out[..., 44] = t398
    out[..., 45] = t125
    out[..., 46] = t227
    out[..., 47] = t252
    out[..., 48] = t308
    out[..., 49] = t378
    out[..., 50] = t301 + t377 + t400 + 4.0*t276 + 4.0*t277 + im_f_17_4*t399 + im_f_17_5*t399
    out[..., 51] = t358
    out[..., 52] = t398
    out[..., 53] = t402
    out[..., 54] = t170
    out[..., 55] = t173
    out[..., 56] = t175
    out[..., 57] = t353
    out[..., 58] = t356
    out[..., 59] = t358
    out[..., 60] = t261 + t426 + t446 + 4.0*t404 + 4.0*t405 + im_f_24_4*t406 + im_f_24_5*t406
    out[..., 61] = t449
    out[..., 62] = t451
    out[..., 63] = t173
    out[..., 64] = t246
    out[..., 65] = t247
    out[..., 66] = t356
    out[..., 67] = t397
    out[..., 68] = t398
    out[..., 69] = t449
    out[..., 70] = t360 + t426 + t469 + 4.0*t441 + 4.0*t442 + im_f_20_4*t452 + im_f_20_5*t452
    out[..., 71] = t470
    out[..., 72] = t175
    out[..., 73] = t247
    out[..., 74] = t254
    out[..., 75] = t358
    out[..., 76] = t398
    out[..., 77] = t402
    out[..., 78] = t451
    out[..., 79] = t470
    out[..., 80] = t400 + t446 + t469 + 4.0*t421 + 4.0*t422 + im_f_17_4*t471 + im_f_17_5*t471
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
    im_f_0_6 = 3.167731932851784e-05/(pre[3])**6
    im_f_0_7 = -0.007959562717702253/(pre[3])**3
    im_f_1_6 = 3.167731932851784e-05/(pre[7])**6
    im_f_1_7 = -0.007959562717702253/(pre[7])**3
    im_f_2_6 = 3.167731932851784e-05/(pre[11])**6
    im_f_2_7 = -0.007959562717702253/(pre[11])**3
    im_f_3_6 = 3.167731932851784e-05/(pre[15])**6
    im_f_3_7 = -0.007959562717702253/(pre[15])**3
    im_f_4_6 = 3.167731932851784e-05/(pre[19])**6
    im_f_4_7 = -0.007959562717702253/(pre[19])**3
    im_f_5_6 = 3.167731932851784e-05/(pre[23])**6
    im_f_5_7 = -0.007959562717702253/(pre[23])**3
    im_f_6_6 = 3.167731932851784e-05/(pre[27])**6
    im_f_6_7 = -0.007959562717702253/(pre[27])**3
    im_f_7_6 = 3.167731932851784e-05/(pre[31])**6
    im_f_7_7 = -0.007959562717702253/(pre[31])**3
    im_f_8_6 = 3.167731932851784e-05/(pre[35])**6
    im_f_8_7 = -0.007959562717702253/(pre[35])**3
    im_f_9_6 = 3.167731932851784e-05/(pre[39])**6
    im_f_9_7 = -0.007959562717702253/(pre[39])**3
    im_f_10_6 = 3.167731932851784e-05/(pre[43])**6
    im_f_10_7 = -0.007959562717702253/(pre[43])**3
    im_f_11_6 = 3.167731932851784e-05/(pre[47])**6
    im_f_11_7 = -0.007959562717702253/(pre[47])**3
    im_f_12_6 = 3.167731932851784e-05/(pre[51])**6
    im_f_12_7 = -0.007959562717702253/(pre[51])**3
    im_f_13_6 = 3.167731932851784e-05/(pre[55])**6
    im_f_13_7 = -0.007959562717702253/(pre[55])**3
    im_f_14_6 = 3.167731932851784e-05/(pre[59])**6
    im_f_14_7 = -0.007959562717702253/(pre[59])**3
    im_f_15_6 = 3.167731932851784e-05/(pre[63])**6
    im_f_15_7 = -0.007959562717702253/(pre[63])**3
    im_f_16_6 = 3.167731932851784e-05/(pre[67])**6
    im_f_16_7 = -0.007959562717702253/(pre[67])**3
    im_f_17_6 = 3.167731932851784e-05/(pre[71])**6
    im_f_17_7 = -0.007959562717702253/(pre[71])**3
    im_f_18_6 = 3.167731932851784e-05/(pre[75])**6
    im_f_18_7 = -0.007959562717702253/(pre[75])**3
    im_f_19_6 = 3.167731932851784e-05/(pre[79])**6
    im_f_19_7 = -0.007959562717702253/(pre[79])**3
    im_f_20_6 = 3.167731932851784e-05/(pre[83])**6
    im_f_20_7 = -0.007959562717702253/(pre[83])**3
    im_f_21_6 = 3.167731932851784e-05/(pre[87])**6
    im_f_21_7 = -0.007959562717702253/(pre[87])**3
    im_f_22_6 = 3.167731932851784e-05/(pre[91])**6
    im_f_22_7 = -0.007959562717702253/(pre[91])**3
    im_f_23_6 = 3.167731932851784e-05/(pre[95])**6
    im_f_23_7 = -0.007959562717702253/(pre[95])**3
    im_f_24_6 = 3.167731932851784e-05/(pre[99])**6
    im_f_24_7 = -0.007959562717702253/(pre[99])**3
    im_f_25_6 = 3.167731932851784e-05/(pre[103])**6
    im_f_25_7 = -0.007959562717702253/(pre[103])**3
    im_f_26_6 = 3.167731932851784e-05/(pre[107])**6
    im_f_26_7 = -0.007959562717702253/(pre[107])**3
    im_f_27_6 = 3.167731932851784e-05/(pre[111])**6
    im_f_27_7 = -0.007959562717702253/(pre[111])**3
    out = numpy.empty(batch + (1,))
    out[..., 0] = im_f_0_6 + im_f_0_7 + im_f_10_6 + im_f_10_7 + im_f_11_6 + im_f_11_7 + im_f_12_6 + im_f_12_7 + im_f_13_6 + im_f_13_7 + im_f_14_6 + im_f_14_7 + im_f_15_6 + im_f_15_7 + im_f_16_6 + im_f_16_7 + im_f_17_6 + im_f_17_7 + im_f_18_6 + im_f_18_7 + im_f_19_6 + im_f_19_7 + im_f_1_6 + im_f_1_7 + im_f_20_6 + im_f_20_7 + im_f_21_6 + im_f_21_7 + im_f_22_6 + im_f_22_7 + im_f_23_6 + im_f_23_7 + im_f_24_6 + im_f_24_7 + im_f_25_6 + im_f_25_7 + im_f_26_6 + im_f_26_7 + im_f_27_6 + im_f_27_7 + im_f_2_6 + im_f_2_7 + im_f_3_6 + im_f_3_7 + im_f_4_6 + im_f_4_7 + im_f_5_6 + im_f_5_7 + im_f_6_6 + im_f_6_7 + im_f_7_6 + im_f_7_7 + im_f_8_6 + im_f_8_7 + im_f_9_6 + im_f_9_7
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
    im_f_0_2 = 0.012051193439499478/(pre[3])**4
    im_f_0_3 = -9.592223000485804e-05/(pre[3])**7
    im_f_1_2 = 0.012051193439499478/(pre[7])**4
    im_f_1_3 = -9.592223000485804e-05/(pre[7])**7
    im_f_2_2 = 0.012051193439499478/(pre[11])**4
    im_f_2_3 = -9.592223000485804e-05/(pre[11])**7
    im_f_3_2 = 0.012051193439499478/(pre[15])**4
    im_f_3_3 = -9.592223000485804e-05/(pre[15])**7
    im_f_16_2 = 0.012051193439499478/(pre[67])**4
    im_f_16_3 = -9.592223000485804e-05/(pre[67])**7
    im_f_17_2 = 0.012051193439499478/(pre[71])**4
    im_f_17_3 = -9.592223000485804e-05/(pre[71])**7
    im_f_18_2 = 0.012051193439499478/(pre[75])**4
    im_f_18_3 = -9.592223000485804e-05/(pre[75])**7
    im_f_19_2 = 0.012051193439499478/(pre[79])**4
    im_f_19_3 = -9.592223000485804e-05/(pre[79])**7
    im_f_20_2 = 0.012051193439499478/(pre[83])**4
    im_f_20_3 = -9.592223000485804e-05/(pre[83])**7
    im_f_21_2 = 0.012051193439499478/(pre[87])**4
    im_f_21_3 = -9.592223000485804e-05/(pre[87])**7
    im_f_22_2 = 0.012051193439499478/(pre[91])**4
    im_f_22_3 = -9.592223000485804e-05/(pre[91])**7
    im_f_23_2 = 0.012051193439499478/(pre[95])**4
    im_f_23_3 = -9.592223000485804e-05/(pre[95])**7
    im_f_24_2 = 0.012051193439499478/(pre[99])**4
    im_f_24_3 = -9.592223000485804e-05/(pre[99])**7
    im_f_25_2 = 0.012051193439499478/(pre[103])**4
    im_f_25_3 = -9.592223000485804e-05/(pre[103])**7
    im_f_26_2 = 0.012051193439499478/(pre[107])**4
    im_f_26_3 = -9.592223000485804e-05/(pre[107])**7
    im_f_27_2 = 0.012051193439499478/(pre[111])**4
    im_f_27_3 = -9.592223000485804e-05/(pre[111])**7
    t0 = 0.7961713237409971*pre[0]
    t1 = 0.7961713237409971*pre[64]
    t2 = 0.7961713237409971*pre[68]
    t3 = 0.7961713237409971*pre[72]
    t4 = 0.7961713237409971*pre[76]
    t5 = 0.7961713237409971*pre[4]
    t6 = 0.7961713237409971*pre[80]
    t7 = 0.7961713237409971*pre[84]
    t8 = 0.7961713237409971*pre[88]
    t9 = 0.7961713237409971*pre[92]
    t10 = 0.7961713237409971*pre[96]
    t11 = 0.7961713237409971*pre[100]
    t12 = 0.7961713237409971*pre[104]
    t13 = 0.7961713237409971*pre[108]
    t14 = 0.7961713237409971*pre[8]
    t15 = 0.7961713237409971*pre[12]
    t16 = 0.7961713237409971*pre[1]
    t17 = 0.7961713237409971*pre[65]
    t18 = 0.7961713237409971*pre[69]
    t19 = 0.7961713237409971*pre[73]
    t20 = 0.7961713237409971*pre[77]
    t21 = 0.7961713237409971*pre[5]
    t22 = 0.7961713237409971*pre[81]
    t23 = 0.7961713237409971*pre[85]
    t24 = 0.7961713237409971*pre[89]
    t25 = 0.7961713237409971*pre[93]
    t26 = 0.7961713237409971*pre[97]
    t27 = 0.7961713237409971*pre[101]
    t28 = 0.7961713237409971*pre[105]
    t29 = 0.7961713237409971*pre[109]
    t30 = 0.7961713237409971*pre[9]
    t31 = 0.7961713237409971*pre[13]
    t32 = 0.7961713237409971*pre[2]
    t33 = 0.7961713237409971*pre[66]
    t34 = 0.7961713237409971*pre[70]
    t35 = 0.7961713237409971*pre[74]
    t36 = 0.7961713237409971*pre[78]
    t37 = 0.7961713237409971*pre[6]
    t38 = 0.7961713237409971*pre[82]
    t39 = 0.7961713237409971*pre[86]
    t40 = 0.7961713237409971*pre[90]
    t41 = 0.7961713237409971*pre[94]
    t42 = 0.7961713237409971*pre[98]
    t43 = 0.7961713237409971*pre[102]
    t44 = 0.7961713237409971*pre[106]
    t45 = 0.7961713237409971*pre[110]
    t46 = 0.7961713237409971*pre[10]
    t47 = 0.7961713237409971*pre[14]
    out = numpy.empty(batch + (3,))
    out[..., 0] = im_f_0_2*t0 + im_f_0_3*t0 + im_f_16_2*t1 + im_f_16_3*t1 + im_f_17_2*t2 + im_f_17_3*t2 + im_f_18_2*t3 + im_f_18_3*t3 + im_f_19_2*t4 + im_f_19_3*t4 + im_f_1_2*t5 + im_f_1_3*t5 + im_f_20_2*t6 + im_f_20_3*t6 + im_f_21_2*t7 + im_f_21_3*t7 + im_f_22_2*t8 + im_f_22_3*t8 + im_f_23_2*t9 + im_f_23_3*t9 + im_f_24_2*t10 + im_f_24_3*t10 + im_f_25_2*t11 + im_f_25_3*t11 + im_f_26_2*t12 + im_f_26_3*t12 + im_f_27_2*t13 + im_f_27_3*t13 + im_f_2_2*t14 + im_f_2_3*t14 + im_f_3_2*t15 + im_f_3_3*t15
    out[..., 1] = im_f_0_2*t16 + im_f_0_3*t16 + im_f_16_2*t17 + im_f_16_3*t17 + im_f_17_2*t18 + im_f_17_3*t18 + im_f_18_2*t19 + im_f_18_3*t19 + im_f_19_2*t20 + im_f_19_3*t20 + im_f_1_2*t21 + im_f_1_3*t21 + im_f_20_2*t22 + im_f_20_3*t22 + im_f_21_2*t23 + im_f_21_3*t23 + im_f_22_2*t24 + im_f_22_3*t24 + im_f_23_2*t25 + im_f_23_3*t25 + im_f_24_2*t26 + im_f_24_3*t26 + im_f_25_2*t27 + im_f_25_3*t27 + im_f_26_2*t28 + im_f_26_3*t28 + im_f_27_2*t29 + im_f_27_3*t29 + im_f_2_2*t30 + im_f_2_3*t30 + im_f_3_2*t31 + im_f_3_3*t31
    out[..., 2] = im_f_0_2*t32 + im_f_0_3*t32 + im_f_16_2*t33 + im_f_16_3*t33 + im_f_17_2*t34 + im_f_17_3*t34 + im_f_18_2*t35 + im_f_18_3*t35 + im_f_19_2*t36 + im_f_19_3*t36 + im_f_1_2*t37 + im_f_1_3*t37 + im_f_20_2*t38 + im_f_20_3*t38 + im_f_21_2*t39 + im_f_21_3*t39 + im_f_22_2*t40 + im_f_22_3*t40 + im_f_23_2*t41 + im_f_23_3*t41 + im_f_24_2*t42 + im_f_24_3*t42 + im_f_25_2*t43 + im_f_25_3*t43 + im_f_26_2*t44 + im_f_26_3*t44 + im_f_27_2*t45 + im_f_27_3*t45 + im_f_2_2*t46 + im_f_2_3*t46 + im_f_3_2*t47 + im_f_3_3*t47
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
    im_f_0_2 = 0.012051193439499478/(pre[3])**4
    im_f_0_3 = -9.592223000485804e-05/(pre[3])**7
    im_f_0_4 = 0.0006714556100340063/(pre[3])**8
    im_f_0_5 = -0.048204773757997914/(pre[3])**5
    im_f_1_2 = 0.012051193439499478/(pre[7])**4
    im_f_1_3 = -9.592223000485804e-05/(pre[7])**7
    im_f_1_4 = 0.0006714556100340063/(pre[7])**8
    im_f_1_5 = -0.048204773757997914/(pre[7])**5
    im_f_2_2 = 0.012051193439499478/(pre[11])**4
    im_f_2_3 = -9.592223000485804e-05/(pre[11])**7
    im_f_2_4 = 0.0006714556100340063/(pre[11])**8
    im_f_2_5 = -0.048204773757997914/(pre[11])**5
    im_f_3_2 = 0.012051193439499478/(pre[15])**4
    im_f_3_3 = -9.592223000485804e-05/(pre[15])**7
    im_f_3_4 = 0.0006714556100340063/(pre[15])**8
    im_f_3_5 = -0.048204773757997914/(pre[15])**5
    im_f_16_2 = 0.012051193439499478/(pre[67])**4
    im_f_16_3 = -9.592223000485804e-05/(pre[67])**7
    im_f_16_4 = 0.0006714556100340063/(pre[67])**8
    im_f_16_5 = -0.048204773757997914/(pre[67])**5
    im_f_17_2 = 0.012051193439499478/(pre[71])**4
    im_f_17_3 = -9.592223000485804e-05/(pre[71])**7
    im_f_17_4 = 0.0006714556100340063/(pre[71])**8
    im_f_17_5 = -0.048204773757997914/(pre[71])**5
    im_f_18_2 = 0.012051193439499478/(pre[75])**4
    im_f_18_3 = -9.592223000485804e-05/(pre[75])**7
    im_f_18_4 = 0.0006714556100340063/(pre[75])**8
    im_f_18_5 = -0.048204773757997914/(pre[75])**5
    im_f_19_2 = 0.012051193439499478/(pre[79])**4
    im_f_19_3 = -9.592223000485804e-05/(pre[79])**7
    im_f_19_4 = 0.0006714556100340063/(pre[79])**8
    im_f_19_5 = -0.048204773757997914/(pre[79])**5
    im_f_20_2 = 0.012051193439499478/(pre[83])**4
    im_f_20_3 = -9.592223000485804e-05/(pre[83])**7
    im_f_20_4 = 0.0006714556100340063/(pre[83])**8
    im_f_20_5 = -0.048204773757997914/(pre[83])**5
    im_f_21_2 = 0.012051193439499478/(pre[87])**4
    im_f_21_3 = -9.592223000485804e-05/(pre[87])**7
    im_f_21_4 = 0.0006714556100340063/(pre[87])**8
    im_f_21_5 = -0.048204773757997914/(pre[87])**5
    im_f_22_2 = 0.012051193439499478/(pre[91])**4
    im_f_22_3 = -9.592223000485804e-05/(pre[91])**7
    im_f_22_4 = 0.0006714556100340063/(pre[91])**8
    im_f_22_5 = -0.048204773757997914/(pre[91])**5
    im_f_23_2 = 0.012051193439499478/(pre[95])**4
    im_f_23_3 = -9.592223000485804e-05/(pre[95])**7
    im_f_23_4 = 0.0006714556100340063/(pre[95])**8
    im_f_23_5 = -0.048204773757997914/(pre[95])**5
    im_f_24_2 = 0.012051193439499478/(pre[99])**4
    im_f_24_3 = -9.592223000485804e-05/(pre[99])**7
    im_f_24_4 = 0.0006714556100340063/(pre[99])**8
    im_f_24_5 = -0.048204773757997914/(pre[99])**5
    im_f_25_2 = 0.012051193439499478/(pre[103])**4
    im_f_25_3 = -9.592223000485804e-05/(pre[103])**7
    im_f_25_4 = 0.0006714556100340063/(pre[103])**8
    im_f_25_5 = -0.048204773757997914/(pre[103])**5
    im_f_26_2 = 0.012051193439499478/(pre[107])**4
    im_f_26_3 = -9.592223000485804e-05/(pre[107])**7
    im_f_26_4 = 0.0006714556100340063/(pre[107])**8
    im_f_26_5 = -0.048204773757997914/(pre[107])**5
    im_f_27_2 = 0.012051193439499478/(pre[111])**4
    im_f_27_3 = -9.592223000485804e-05/(pre[111])**7
    im_f_27_4 = 0.0006714556100340063/(pre[111])**8
    im_f_27_5 = -0.048204773757997914/(pre[111])**5
    t0 = 0.6338887767474916*(pre[0])**2
    t1 = 0.6338887767474916*(pre[64])**2
    t2 = 0.6338887767474916*(pre[68])**2
    t3 = 0.6338887767474916*(pre[72])**2
    t4 = 0.6338887767474916*(pre[76])**2
    t5 = 0.6338887767474916*(pre[4])**2
    t6 = 0.6338887767474916*(pre[80])**2
    t7 = 0.6338887767474916*(pre[84])**2
    t8 = 0.6338887767474916*(pre[88])**2
    t9 = 0.6338887767474916*(pre[92])**2
    t10 = 0.6338887767474916*(pre[96])**2
    t11 = 0.6338887767474916*(pre[100])**2
    t12 = 0.6338887767474916*(pre[104])**2
    t13 = 0.6338887767474916*(pre[108])**2
    t14 = 0.6338887767474916*(pre[8])**2
    t15 = 0.6338887767474916*(pre[12])**2
    t16 = 0.3169443883737458*im_f_0_2 + 0.3169443883737458*im_f_0_3 + 0.3169443883737458*im_f_16_2 + 0.3169443883737458*im_f_16_3 + 0.3169443883737458*im_f_17_2 + 0.3169443883737458*im_f_17_3 + 0.3169443883737458*im_f_18_2 + 0.3169443883737458*im_f_18_3 + 0.3169443883737458*im_f_19_2 + 0.3169443883737458*im_f_19_3 + 0.3169443883737458*im_f_1_2 + 0.3169443883737458*im_f_1_3 + 0.3169443883737458*im_f_20_2 + 0.3169443883737458*im_f_20_3 + 0.3169443883737458*im_f_21_2 + 0.3169443883737458*im_f_21_3 + 0.3169443883737458*im_f_22_2 + 0.3169443883737458*im_f_22_3 + 0.3169443883737458*im_f_23_2 + 0.3169443883737458*im_f_23_3 + 0.3169443883737458*im_f_24_2 + 0.3169443883737458*im_f_24_3 + 0.3169443883737458*im_f_25_2 + 0.3169443883737458*im_f_25_3 + 0.3169443883737458*im_f_26_2 + 0.3169443883737458*im_f_26_3 + 0.3169443883737458*im_f_27_2 + 0.3169443883737458*im_f_27_3 + 0.3169443883737458*im_f_2_2 + 0.3169443883737458*im_f_2_3 + 0.3169443883737458*im_f_3_2 + 0.3169443883737458*im_f_3_3
    t17 = 0.6338887767474916*pre[0]
    t18 = pre[1]*t17
    t19 = 0.6338887767474916*pre[64]
    t20 = pre[65]*t19
    t21 = 0.6338887767474916*pre[68]
    t22 = pre[69]*t21
    t23 = 0.6338887767474916*pre[72]
    t24 = pre[73]*t23
    t25 = 0.6338887767474916*pre[76]
    t26 = pre[77]*t25
    t27 = 0.6338887767474916*pre[4]
    t28 = pre[5]*t27
    t29 = 0.6338887767474916*pre[80]
    t30 = pre[81]*t29
    t31 = 0.6338887767474916*pre[84]
    t32 = pre[85]*t31
    t33 = 0.6338887767474916*pre[88]
    t34 = pre[89]*t33
    t35 = 0.6338887767474916*pre[92]
    t36 = pre[93]*t35
    t37 = 0.6338887767474916*pre[96]
    t38 = pre[97]*t37
    t39 = 0.6338887767474916*pre[100]
    t40 = pre[101]*t39
    t41 = 0.6338887767474916*pre[104]
    t42 = pre[105]*t41
    t43 = 0.6338887767474916*pre[108]
    t44 = pre[109]*t43
    t45 = 0.6338887767474916*pre[8]
    t46 = pre[9]*t45
    t47 = 0.6338887767474916*pre[12]
    t48 = pre[13]*t47
    t49 = im_f_0_4*t18 + im_f_0_5*t18 + im_f_16_4*t20 + im_f_16_5*t20 + im_f_17_4*t22 + im_f_17_5*t22 + im_f_18_4*t24 + im_f_18_5*t24 + im_f_19_4*t26 + im_f_19_5*t26 + im_f_1_4*t28 + im_f_1_5*t28 + im_f_20_4*t30 + im_f_20_5*t30 + im_f_21_4*t32 + im_f_21_5*t32 + im_f_22_4*t34 + im_f_22_5*t34 + im_f_23_4*t36 + im_f_23_5*t36 + im_f_24_4*t38 + im_f_24_5*t38 + im_f_25_4*t40 + im_f_25_5*t40 + im_f_26_4*t42 + im_f_26_5*t42 + im_f_27_4*t44 + im_f_27_5*t44 + im_f_2_4*t46 + im_f_2_5*t46 + im_f_3_4*t48 + im_f_3_5*t48
    t50 = pre[2]*t17
    t51 = pre[66]*t19
    t52 = pre[70]*t21
    t53 = pre[74]*t23
    t54 = pre[78]*t25
    t55 = pre[6]*t27
    t56 = pre[82]*t29
    t57 = pre[86]*t31
    t58 = pre[90]*t33
    t59 = pre[94]*t35
    t60 = pre[98]*t37
    t61 = pre[102]*t39
    t62 = pre[106]*t41
    t63 = pre[110]*t43
    t64 = pre[10]*t45
    t65 = pre[14]*t47
    t66 = im_f_0_4*t50 + im_f_0_5*t50 + im_f_16_4*t51 + im_f_16_5*t51 + im_f_17_4*t52 + im_f_17_5*t52 + im_f_18_4*t53 + im_f_18_5*t53 + im_f_19_4*t54 + im_f_19_5*t54 + im_f_1_4*t55 + im_f_1_5*t55 + im_f_20_4*t56 + im_f_20_5*t56 + im_f_21_4*t57 + im_f_21_5*t57 + im_f_22_4*t58 + im_f_22_5*t58 + im_f_23_4*t59 + im_f_23_5*t59 + im_f_24_4*t60 + im_f_24_5*t60 + im_f_25_4*t61 + im_f_25_5*t61 + im_f_26_4*t62 + im_f_26_5*t62 + im_f_27_4*t63 + im_f_27_5*t63 + im_f_2_4*t64 + im_f_2_5*t64 + im_f_3_4*t65 + im_f_3_5*t65
    t67 = 0.6338887767474916*(pre[1])**2
    t68 = 0.6338887767474916*(pre[65])**2
    t69 = 0.6338887767474916*(pre[69])**2
    t70 = 0.6338887767474916*(pre[73])**2
    t71 = 0.6338887767474916*(pre[77])**2
    t72 = 0.6338887767474916*(pre[5])**2
    t73 = 0.6338887767474916*(pre[81])**2
    t74 = 0.6338887767474916*(pre[85])**2
    t75 = 0.6338887767474916*(pre[89])**2
    t76 = 0.6338887767474916*(pre[93])**2
    t77 = 0.6338887767474916*(pre[97])**2
    t78 = 0.6338887767474916*(pre[101])**2
    t79 = 0.6338887767474916*(pre[105])**2
    t80 = 0.6338887767474916*(pre[109])**2
    t81 = 0.6338887767474916*(pre[9])**2
    t82 = 0.6338887767474916*(pre[13])**2
    t83 = 0.6338887767474916*pre[1]*pre[2]
    t84 = 0.6338887767474916*pre[65]*pre[66]
    t85 = 0.6338887767474916*pre[69]*pre[70]
    t86 = 0.6338887767474916*pre[73]*pre[74]
    t87 = 0.6338887767474916*pre[77]*pre[78]
    t88 = 0.6338887767474916*pre[5]*pre[6]
    t89 = 0.6338887767474916*pre[81]*pre[82]
    t90 = 0.6338887767474916*pre[85]*pre[86]
    t91 = 0.6338887767474916*pre[89]*pre[90]
    t92 = 0.6338887767474916*pre[93]*pre[94]
    t93 = 0.6338887767474916*pre[97]*pre[98]
    t94 = 0.6338887767474916*pre[101]*pre[102]
    t95 = 0.6338887767474916*pre[105]*pre[106]
    t96 = 0.6338887767474916*pre[109]*pre[110]
    t97 = 0.6338887767474916*pre[10]*pre[9]
    t98 = 0.6338887767474916*pre[13]*pre[14]
    t99 = im_f_0_4*t83 + im_f_0_5*t83 + im_f_16_4*t84 + im_f_16_5*t84 + im_f_17_4*t85 + im_f_17_5*t85 + im_f_18_4*t86 + im_f_18_5*t86 + im_f_19_4*t87 + im_f_19_5*t87 + im_f_1_4*t88 + im_f_1_5*t88 + im_f_20_4*t89 + im_f_20_5*t89 + im_f_21_4*t90 + im_f_21_5*t90 + im_f_22_4*t91 + im_f_22_5*t91 + im_f_23_4*t92 + im_f_23_5*t92 + im_f_24_4*t93 + im_f_24_5*t93 + im_f_25_4*t94 + im_f_25_5*t94 + im_f_26_4*t95 + im_f_26_5*t95 + im_f_27_4*t96 + im_f_27_5*t96 + im_f_2_4*t97 + im_f_2_5*t97 + im_f_3_4*t98 + im_f_3_5*t98
    t100 = 0.6338887767474916*(pre[2])**2
    t101 = 0.6338887767474916*(pre[66])**2
    t102 = 0.6338887767474916*(pre[70])**2
    t103 = 0.6338887767474916*(pre[74])**2
    t104 = 0.6338887767474916*(pre[78])**2
    t105 = 0.6338887767474916*(pre[6])**2
    t106 = 0.6338887767474916*(pre[82])**2
    t107 = 0.6338887767474916*(pre[86])**2
    t108 = 0.6338887767474916*(pre[90])**2
    t109 = 0.6338887767474916*(pre[94])**2
    t110 = 0.6338887767474916*(pre[98])**2
    t111 = 0.6338887767474916*(pre[102])**2
    t112 = 0.6338887767474916*(pre[106])**2
    t113 = 0.6338887767474916*(pre[110])**2
    t114 = 0.6338887767474916*(pre[10])**2
    t115 = 0.6338887767474916*(pre[14])**2
    out = numpy.empty(batch + (9,))
    out[..., 0] = t16 + im_f_0_4*t0 + im_f_0_5*t0 + im_f_16_4*t1 + im_f_16_5*t1 + im_f_17_4*t2 + im_f_17_5*t2 + im_f_18_4*t3 + im_f_18_5*t3 + im_f_19_4*t4 + im_f_19_5*t4 + im_f_1_4*t5 + im_f_1_5*t5 + im_f_20_4*t6 + im_f_20_5*t6 + im_f_21_4*t7 + im_f_21_5*t7 + im_f_22_4*t8 + im_f_22_5*t8 + im_f_23_4*t9 + im_f_23_5*t9 + im_f_24_4*t10 + im_f_24_5*t10 + im_f_25_4*t11 + im_f_25_5*t11 + im_f_26_4*t12 + im_f_26_5*t12 + im_f_27_4*t13 + im_f_27_5*t13 + im_f_2_4*t14 + im_f_2_5*t14 + im_f_3_4*t15 + im_f_3_5*t15
    out[..., 1] = t49
    out[..., 2] = t66
    out[..., 3] = t49
    out[..., 4] = t16 + im_f_0_4*t67 + im_f_0_5*t67 + im_f_16_4*t68 + im_f_16_5*t68 + im_f_17_4*t69 + im_f_17_5*t69 + im_f_18_4*t70 + im_f_18_5*t70 + im_f_19_4*t71 + im_f_19_5*t71 + im_f_1_4*t72 + im_f_1_5*t72 + im_f_20_4*t73 + im_f_20_5*t73 + im_f_21_4*t74 + im_f_21_5*t74 + im_f_22_4*t75 + im_f_22_5*t75 + im_f_23_4*t76 + im_f_23_5*t76 + im_f_24_4*t77 + im_f_24_5*t77 + im_f_25_4*t78 + im_f_25_5*t78 + im_f_26_4*t79 + im_f_26_5*t79 + im_f_27_4*t80 + im_f_27_5*t80 + im_f_2_4*t81 + im_f_2_5*t81 + im_f_3_4*t82 + im_f_3_5*t82
    out[..., 5] = t99
    out[..., 6] = t66
    out[..., 7] = t99
    out[..., 8] = t16 + im_f_0_4*t100 + im_f_0_5*t100 + im_f_16_4*t101 + im_f_16_5*t101 + im_f_17_4*t102 + im_f_17_5*t102 + im_f_18_4*t103 + im_f_18_5*t103 + im_f_19_4*t104 + im_f_19_5*t104 + im_f_1_4*t105 + im_f_1_5*t105 + im_f_20_4*t106 + im_f_20_5*t106 + im_f_21_4*t107 + im_f_21_5*t107 + im_f_22_4*t108 + im_f_22_5*t108 + im_f_23_4*t109 + im_f_23_5*t109 + im_f_24_4*t110 + im_f_24_5*t110 + im_f_25_4*t111 + im_f_25_5*t111 + im_f_26_4*t112 + im_f_26_5*t112 + im_f_27_4*t113 + im_f_27_5*t113 + im_f_2_4*t114 + im_f_2_5*t114 + im_f_3_4*t115 + im_f_3_5*t115
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
    t0 = pre[100]*pre[96]
    t1 = pre[101]*pre[96]
    t2 = pre[54]*pre[58]
    t3 = pre[54]*pre[59]
    t4 = pre[60]*pre[64]
    t5 = pre[60]*pre[65]
    t6 = pre[90]*pre[94]
    t7 = pre[90]*pre[95]
    t8 = 2.0*pre[3]
    t9 = pre[0]*t8
    t10 = 2.0*pre[111]
    t11 = pre[108]*t10
    t12 = 2.0*pre[120]
    t13 = pre[117]*t12
    t14 = 2.0*pre[129]
    t15 = pre[126]*t14
    t16 = 2.0*pre[12]
    t17 = pre[9]*t16
    t18 = 2.0*pre[138]
    t19 = pre[135]*t18
    t20 = 2.0*pre[147]
    t21 = pre[144]*t20
    t22 = 2.0*pre[156]
    t23 = pre[153]*t22
    t24 = 2.0*pre[165]
    t25 = pre[162]*t24
    t26 = 2.0*pre[174]
    t27 = pre[171]*t26
    t28 = 2.0*pre[183]
    t29 = pre[180]*t28
    t30 = 2.0*pre[192]
    t31 = pre[189]*t30
    t32 = 2.0*pre[21]
    t33 = pre[18]*t32
    t34 = 2.0*pre[201]
    t35 = pre[198]*t34
    t36 = 2.0*pre[210]
    t37 = pre[207]*t36
    t38 = 2.0*pre[30]
    t39 = pre[27]*t38
    t40 = pre[36]*pre[40] + pre[36]*pre[41] + pre[72]*pre[76] + pre[72]*pre[77]
    t41 = pre[48]*pre[52] + pre[48]*pre[53] + pre[84]*pre[88] + pre[84]*pre[89]
    t42 = pre[42]*pre[46]
    t43 = pre[42]*pre[47]
    t44 = pre[78]*pre[82]
    t45 = pre[78]*pre[83]
    t46 = pre[109]*t10
    t47 = pre[10]*t16
    t48 = pre[118]*t12
    t49 = pre[127]*t14
    t50 = pre[136]*t18
    t51 = pre[145]*t20
    t52 = pre[154]*t22
    t53 = pre[163]*t24
    t54 = pre[172]*t26
    t55 = pre[181]*t28
    t56 = pre[190]*t30
    t57 = pre[199]*t34
    t58 = pre[19]*t32
    t59 = pre[1]*t8
    t60 = pre[208]*t36
    t61 = pre[28]*t38
    t62 = pre[102]*pre[106] + pre[102]*pre[107] + pre[66]*pre[70] + pre[66]*pre[71]
    t63 = pre[110]*t10
    t64 = pre[119]*t12
    t65 = pre[11]*t16
    t66 = pre[128]*t14
    t67 = pre[137]*t18
    t68 = pre[146]*t20
    t69 = pre[155]*t22
    t70 = pre[164]*t24
    t71 = pre[173]*t26
    t72 = pre[182]*t28
    t73 = pre[191]*t30
    t74 = pre[200]*t34
    t75 = pre[209]*t36
    t76 = pre[20]*t32
    t77 = pre[29]*t38
    t78 = pre[2]*t8
    t79 = pre[100]*pre[97]
    t80 = pre[101]*pre[97]
    t81 = pre[55]*pre[58]
    t82 = pre[55]*pre[59]
    t83 = pre[61]*pre[64]
    t84 = pre[61]*pre[65]
    t85 = pre[91]*pre[94]
    t86 = pre[91]*pre[95]
    t87 = 2.0*pre[4]
    t88 = pre[0]*t87
    t89 = 2.0*pre[112]
    t90 = pre[108]*t89
    t91 = 2.0*pre[121]
    t92 = pre[117]*t91
    t93 = 2.0*pre[130]
    t94 = pre[126]*t93
    t95 = 2.0*pre[139]
    t96 = pre[135]*t95
    t97 = 2.0*pre[13]
    t98 = pre[9]*t97
    t99 = 2.0*pre[148]
    t100 = pre[144]*t99
    t101 = 2.0*pre[157]
    t102 = pre[153]*t101
    t103 = 2.0*pre[166]
    t104 = pre[162]*t103
    t105 = 2.0*pre[175]
    t106 = pre[171]*t105
    t107 = 2.0*pre[184]
    t108 = pre[180]*t107
    t109 = 2.0*pre[193]
    t110 = pre[189]*t109
    t111 = 2.0*pre[22]
    t112 = pre[18]*t111
    t113 = 2.0*pre[202]
    t114 = pre[198]*t113
    t115 = 2.0*pre[211]
    t116 = pre[207]*t115
    t117 = 2.0*pre[31]
    t118 = pre[27]*t117
    t119 = pre[37]*pre[40] + pre[37]*pre[41] + pre[73]*pre[76] + pre[73]*pre[77]
    t120 = pre[49]*pre[52] + pre[49]*pre[53] + pre[85]*pre[88] + pre[85]*pre[89]
    t121 = pre[43]*pre[46]
    t122 = pre[43]*pre[47]
    t123 = pre[79]*pre[82]
    t124 = pre[79]*pre[83]
    t125 = pre[109]*t89
    t126 = pre[10]*t97
    t127 = pre[118]*t91
    t128 = pre[127]*t93
    t129 = pre[136]*t95
    t130 = pre[145]*t99
    t131 = pre[154]*t101
    t132 = pre[163]*t103
    t133 = pre[172]*t105
    t134 = pre[181]*t107
    t135 = pre[190]*t109
    t136 = pre[199]*t113
    t137 = pre[19]*t111
    t138 = pre[1]*t87
    t139 = pre[208]*t115
    t140 = pre[28]*t117
    t141 = pre[103]*pre[106] + pre[103]*pre[107] + pre[67]*pre[70] + pre[67]*pre[71]
    t142 = pre[110]*t89
    t143 = pre[119]*t91
    t144 = pre[11]*t97
    t145 = pre[128]*t93
    t146 = pre[137]*t95
    t147 = pre[146]*t99
    t148 = pre[155]*t101
    t149 = pre[164]*t103
    t150 = pre[173]*t105
    t151 = pre[182]*t107
    t152 = pre[191]*t109
    t153 = pre[200]*t113
    t154 = pre[209]*t115
    t155 = pre[20]*t111
    t156 = pre[29]*t117
    t157 = pre[2]*t87
    t158 = pre[100]*pre[98]
    t159 = pre[101]*pre[98]
    t160 = pre[56]*pre[58]
    t161 = pre[56]*pre[59]
    t162 = pre[62]*pre[64]
    t163 = pre[62]*pre[65]
    t164 = pre[92]*pre[94]
    t165 = pre[92]*pre[95]
    t166 = 2.0*pre[5]
    t167 = pre[0]*t166
    t168 = 2.0*pre[113]
    t169 = pre[108]*t168
    t170 = 2.0*pre[122]
    t171 = pre[117]*t170
    t172 = 2.0*pre[131]
    t173 = pre[126]*t172
    t174 = 2.0*pre[140]
    t175 = pre[135]*t174
    t176 = 2.0*pre[149]
    t177 = pre[144]*t176
    t178 = 2.0*pre[14]
    t179 = pre[9]*t178
    t180 = 2.0*pre[158]
    t181 = pre[153]*t180
    t182 = 2.0*pre[167]
    t183 = pre[162]*t182
    t184 = 2.0*pre[176]
    t185 = pre[171]*t184
    t186 = 2.0*pre[185]
    t187 = pre[180]*t186
    t188 = 2.0*pre[194]
    t189 = pre[189]*t188
    t190 = 2.0*pre[23]
    t191 = pre[18]*t190
    t192 = 2.0*pre[203]
    t193 = pre[198]*t192
    t194 = 2.0*pre[212]
    t195 = pre[207]*t194
    t196 = 2.0*pre[32]
    t197 = pre[27]*t196
    t198 = pre[38]*pre[40] + pre[38]*pre[41] + pre[74]*pre[76] + pre[74]*pre[77]
    t199 = pre[50]*pre[52] + pre[50]*pre[53] + pre[86]*pre[88] + pre[86]*pre[89]
    t200 = pre[44]*pre[46]
    t201 = pre[44]*pre[47]
    t202 = pre[80]*pre[82]
    t203 = pre[80]*pre[83]
    t204 = pre[109]*t168
    t205 = pre[10]*t178
    t206 = pre[118]*t170
    t207 = pre[127]*t172
    t208 = pre[136]*t174
    t209 = pre[145]*t176
    t210 = pre[154]*t180
    t211 = pre[163]*t182
    t212 = pre[172]*t184
    t213 = pre[181]*t186
    t214 = pre[190]*t188
    t215 = pre[199]*t192
    t216 = pre[19]*t190
    t217 = pre[1]*t166
    t218 = pre[208]*t194
    t219 = pre[28]*t196
    t220 = pre[104]*pre[106] + pre[104]*pre[107] + pre[68]*pre[70] + pre[68]*pre[71]
    t221 = pre[110]*t168
    t222 = pre[119]*t170
    t223 = pre[11]*t178
    t224 = pre[128]*t172
    t225 = pre[137]*t174
    t226 = pre[146]*t176
    t227 = pre[155]*t180
    t228 = pre[164]*t182
    t229 = pre[173]*t184
    t230 = pre[182]*t186
    t231 = pre[191]*t188
    t232 = pre[200]*t192
    t233 = pre[209]*t194
    t234 = pre[20]*t190
    t235 = pre[29]*t196
    t236 = pre[2]*t166
    out = numpy.empty(batch + (9,))
    out[..., 0] = t40 + t41 - t0 - t1 - t2 - t3 - t4 - t5 - t6 - t7 + pre[115]*t11 + pre[116]*t11 + pre[124]*t13 + pre[125]*t13 + pre[133]*t15 + pre[134]*t15 + pre[142]*t19 + pre[143]*t19 + pre[151]*t21 + pre[152]*t21 + pre[160]*t23 + pre[161]*t23 + pre[169]*t25 + pre[16]*t17 + pre[170]*t25 + pre[178]*t27 + pre[179]*t27 + pre[17]*t17 + pre[187]*t29 + pre[188]*t29 + pre[196]*t31 + pre[197]*t31 + pre[205]*t35 + pre[206]*t35 + pre[214]*t37 + pre[215]*t37 + pre[25]*t33 + pre[26]*t33 + pre[34]*t39 + pre[35]*t39 + pre[7]*t9 + pre[8]*t9
    out[..., 1] = t2 + t3 + t40 + t6 + t62 + t7 - t42 - t43 - t44 - t45 + pre[115]*t46 + pre[116]*t46 + pre[124]*t48 + pre[125]*t48 + pre[133]*t49 + pre[134]*t49 + pre[142]*t50 + pre[143]*t50 + pre[151]*t51 + pre[152]*t51 + pre[160]*t52 + pre[161]*t52 + pre[169]*t53 + pre[16]*t47 + pre[170]*t53 + pre[178]*t54 + pre[179]*t54 + pre[17]*t47 + pre[187]*t55 + pre[188]*t55 + pre[196]*t56 + pre[197]*t56 + pre[205]*t57 + pre[206]*t57 + pre[214]*t60 + pre[215]*t60 + pre[25]*t58 + pre[26]*t58 + pre[34]*t61 + pre[35]*t61 + pre[7]*t59 + pre[8]*t59
    out[..., 2] = t0 + t1 + t4 + t41 + t42 + t43 + t44 + t45 + t5 + t62 + pre[115]*t63 + pre[116]*t63 + pre[124]*t64 + pre[125]*t64 + pre[133]*t66 + pre[134]*t66 + pre[142]*t67 + pre[143]*t67 + pre[151]*t68 + pre[152]*t68 + pre[160]*t69 + pre[161]*t69 + pre[169]*t70 + pre[16]*t65 + pre[170]*t70 + pre[178]*t71 + pre[179]*t71 + pre[17]*t65 + pre[187]*t72 + pre[188]*t72 + pre[196]*t73 + pre[197]*t73 + pre[205]*t74 + pre[206]*t74 + pre[214]*t75 + pre[215]*t75 + pre[25]*t76 + pre[26]*t76 + pre[34]*t77 + pre[35]*t77 + pre[7]*t78 + pre[8]*t78
    out[..., 3] = t119 + t120 - t79 - t80 - t81 - t82 - t83 - t84 - t85 - t86 + pre[115]*t90 + pre[116]*t90 + pre[124]*t92 + pre[125]*t92 + pre[133]*t94 + pre[134]*t94 + pre[142]*t96 + pre[143]*t96 + pre[151]*t100 + pre[152]*t100 + pre[160]*t102 + pre[161]*t102 + pre[169]*t104 + pre[16]*t98 + pre[170]*t104 + pre[178]*t106 + pre[179]*t106 + pre[17]*t98 + pre[187]*t108 + pre[188]*t108 + pre[196]*t110 + pre[197]*t110 + pre[205]*t114 + pre[206]*t114 + pre[214]*t116 + pre[215]*t116 + pre[25]*t112 + pre[26]*t112 + pre[34]*t118 + pre[35]*t118 + pre[7]*t88 + pre[8]*t88
    out[..., 4] = t119 + t141 + t81 + t82 + t85 + t86 - t121 - t122 - t123 - t124 + pre[115]*t125 + pre[116]*t125 + pre[124]*t127 + pre[125]*t127 + pre[133]*t128 + pre[134]*t128 + pre[142]*t129 + pre[143]*t129 + pre[151]*t130 + pre[152]*t130 + pre[160]*t131 + pre[161]*t131 + pre[169]*t132 + pre[16]*t126 + pre[170]*t132 + pre[178]*t133 + pre[179]*t133 + pre[17]*t126 + pre[187]*t134 + pre[188]*t134 + pre[196]*t135 + pre[197]*t135 + pre[205]*t136 + pre[206]*t136 + pre[214]*t139 + pre[215]*t139 + pre[25]*t137 + pre[26]*t137 + pre[34]*t140 + pre[35]*t140 + pre[7]*t138 + pre[8]*t138
    out[..., 5] = t120 + t121 + t122 + t123 + t124 + t141 + t79 + t80 + t83 + t84 + pre[115]*t142 + pre[116]*t142 + pre[124]*t143 + pre[125]*t143 + pre[133]*t145 + pre[134]*t145 + pre[142]*t146 + pre[143]*t146 + pre[151]*t147 + pre[152]*t147 + pre[160]*t148 + pre[161]*t148 + pre[169]*t149 + pre[16]*t144 + pre[170]*t149 + pre[178]*t150 + pre[179]*t150 + pre[17]*t144 + pre[187]*t151 + pre[188]*t151 + pre[196]*t152 + pre[197]*t152 + pre[205]*t153 + pre[206]*t153 + pre[214]*t154 + pre[215]*t154 + pre[25]*t155 + pre[26]*t155 + pre[34]*t156 + pre[35]*t156 + pre[7]*t157 + pre[8]*t157
    out[..., 6] = t198 + t199 - t158 - t159 - t160 - t161 - t162 - t163 - t164 - t165 + pre[115]*t169 + pre[116]*t169 + pre[124]*t171 + pre[125]*t171 + pre[133]*t173 + pre[134]*t173 + pre[142]*t175 + pre[143]*t175 + pre[151]*t177 + pre[152]*t177 + pre[160]*t181 + pre[161]*t181 + pre[169]*t183 + pre[16]*t179 + pre[170]*t183 + pre[178]*t185 + pre[179]*t185 + pre[17]*t179 + pre[187]*t187 + pre[188]*t187 + pre[196]*t189 + pre[197]*t189 + pre[205]*t193 + pre[206]*t193 + pre[214]*t195 + pre[215]*t195 + pre[25]*t191 + pre[26]*t191 + pre[34]*t197 + pre[35]*t197 + pre[7]*t167 + pre[8]*t167
    out[..., 7] = t160 + t161 + t164 + t165 + t198 + t220 - t200 - t201 - t202 - t203 + pre[115]*t204 + pre[116]*t204 + pre[124]*t206 + pre[125]*t206 + pre[133]*t207 + pre[134]*t207 + pre[142]*t208 + pre[143]*t208 + pre[151]*t209 + pre[152]*t209 + pre[160]*t210 + pre[161]*t210 + pre[169]*t211 + pre[16]*t205 + pre[170]*t211 + pre[178]*t212 + pre[179]*t212 + pre[17]*t205 + pre[187]*t213 + pre[188]*t213 + pre[196]*t214 + pre[197]*t214 + pre[205]*t215 + pre[206]*t215 + pre[214]*t218 + pre[215]*t218 + pre[25]*t216 + pre[26]*t216 + pre[34]*t219 + pre[35]*t219 + pre[7]*t217 + pre[8]*t217
    out[..., 8] = t158 + t159 + t162 + t163 + t199 + t200 + t201 + t202 + t203 + t220 + pre[115]*t221 + pre[116]*t221 + pre[124]*t222 + pre[125]*t222 + pre[133]*t224 + pre[134]*t224 + pre[142]*t225 + pre[143]*t225 + pre[151]*t226 + pre[152]*t226 + pre[160]*t227 + pre[161]*t227 + pre[169]*t228 + pre[16]*t223 + pre[170]*t228 + pre[178]*t229 + pre[179]*t229 + pre[17]*t223 + pre[187]*t230 + pre[188]*t230 + pre[196]*t231 + pre[197]*t231 + pre[205]*t232 + pre[206]*t232 + pre[214]*t233 + pre[215]*t233 + pre[25]*t234 + pre[26]*t234 + pre[34]*t235 + pre[35]*t235 + pre[7]*t236 + pre[8]*t236
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
    im_f_0_4 = 0.0006714556100340063/(pre[6])**8
    im_f_0_5 = -0.048204773757997914/(pre[6])**5
    im_f_1_4 = 0.0006714556100340063/(pre[15])**8
    im_f_1_5 = -0.048204773757997914/(pre[15])**5
    im_f_2_4 = 0.0006714556100340063/(pre[24])**8
    im_f_2_5 = -0.048204773757997914/(pre[24])**5
    im_f_3_4 = 0.0006714556100340063/(pre[33])**8
    im_f_3_5 = -0.048204773757997914/(pre[33])**5
    im_f_4_4 = 0.0006714556100340063/(pre[39])**8
    im_f_4_5 = -0.048204773757997914/(pre[39])**5
    im_f_5_4 = 0.0006714556100340063/(pre[45])**8
    im_f_5_5 = -0.048204773757997914/(pre[45])**5
    im_f_6_4 = 0.0006714556100340063/(pre[51])**8
    im_f_6_5 = -0.048204773757997914/(pre[51])**5
    im_f_7_4 = 0.0006714556100340063/(pre[57])**8
    im_f_7_5 = -0.048204773757997914/(pre[57])**5
    im_f_8_4 = 0.0006714556100340063/(pre[63])**8
    im_f_8_5 = -0.048204773757997914/(pre[63])**5
    im_f_9_4 = 0.0006714556100340063/(pre[69])**8
    im_f_9_5 = -0.048204773757997914/(pre[69])**5
    im_f_10_4 = 0.0006714556100340063/(pre[75])**8
    im_f_10_5 = -0.048204773757997914/(pre[75])**5
    im_f_11_4 = 0.0006714556100340063/(pre[81])**8
    im_f_11_5 = -0.048204773757997914/(pre[81])**5
    im_f_12_4 = 0.0006714556100340063/(pre[87])**8
    im_f_12_5 = -0.048204773757997914/(pre[87])**5
    im_f_13_4 = 0.0006714556100340063/(pre[93])**8
    im_f_13_5 = -0.048204773757997914/(pre[93])**5
    im_f_14_4 = 0.0006714556100340063/(pre[99])**8
    im_f_14_5 = -0.048204773757997914/(pre[99])**5
    im_f_15_4 = 0.0006714556100340063/(pre[105])**8
    im_f_15_5 = -0.048204773757997914/(pre[105])**5
    im_f_16_4 = 0.0006714556100340063/(pre[114])**8
    im_f_16_5 = -0.048204773757997914/(pre[114])**5
    im_f_17_4 = 0.0006714556100340063/(pre[123])**8
    im_f_17_5 = -0.048204773757997914/(pre[123])**5
    im_f_18_4 = 0.0006714556100340063/(pre[132])**8
    im_f_18_5 = -0.048204773757997914/(pre[132])**5
    im_f_19_4 = 0.0006714556100340063/(pre[141])**8
    im_f_19_5 = -0.048204773757997914/(pre[141])**5
    im_f_20_4 = 0.0006714556100340063/(pre[150])**8
    im_f_20_5 = -0.048204773757997914/(pre[150])**5
    im_f_21_4 = 0.0006714556100340063/(pre[159])**8
    im_f_21_5 = -0.048204773757997914/(pre[159])**5
    im_f_22_4 = 0.0006714556100340063/(pre[168])**8
    im_f_22_5 = -0.048204773757997914/(pre[168])**5
    im_f_23_4 = 0.0006714556100340063/(pre[177])**8
    im_f_23_5 = -0.048204773757997914/(pre[177])**5
    im_f_24_4 = 0.0006714556100340063/(pre[186])**8
    im_f_24_5 = -0.048204773757997914/(pre[186])**5
    im_f_25_4 = 0.0006714556100340063/(pre[195])**8
    im_f_25_5 = -0.048204773757997914/(pre[195])**5
    im_f_26_4 = 0.0006714556100340063/(pre[204])**8
    im_f_26_5 = -0.048204773757997914/(pre[204])**5
    im_f_27_4 = 0.0006714556100340063/(pre[213])**8
    im_f_27_5 = -0.048204773757997914/(pre[213])**5
    t0 = (pre[0])**2
    t1 = 4.0*(pre[3])**2
    t2 = t0*t1
    t3 = (pre[108])**2
    t4 = 4.0*(pre[111])**2
    t5 = t3*t4
    t6 = (pre[117])**2
    t7 = 4.0*(pre[120])**2
    t8 = t6*t7
    t9 = (pre[126])**2
    t10 = 4.0*(pre[129])**2
    t11 = t10*t9
    t12 = (pre[135])**2
    t13 = 4.0*(pre[138])**2
    t14 = t12*t13
    t15 = (pre[9])**2
    t16 = 4.0*(pre[12])**2
    t17 = t15*t16
    t18 = (pre[144])**2
    t19 = 4.0*(pre[147])**2
    t20 = t18*t19
    t21 = (pre[153])**2
    t22 = 4.0*(pre[156])**2
    t23 = t21*t22
    t24 = (pre[162])**2
    t25 = 4.0*(pre[165])**2
    t26 = t24*t25
    t27 = (pre[171])**2
    t28 = 4.0*(pre[174])**2
    t29 = t27*t28
    t30 = (pre[180])**2
    t31 = 4.0*(pre[183])**2
    t32 = t30*t31
    t33 = (pre[189])**2
    t34 = 4.0*(pre[192])**2
    t35 = t33*t34
    t36 = (pre[198])**2
    t37 = 4.0*(pre[201])**2
    t38 = t36*t37
    t39 = (pre[207])**2
    t40 = 4.0*(pre[210])**2
    t41 = t39*t40
    t42 = (pre[18])**2
    t43 = 4.0*(pre[21])**2
    t44 = t42*t43
    t45 = (pre[27])**2
    t46 = 4.0*(pre[30])**2
    t47 = t45*t46
    t48 = (pre[90])**2
    t49 = im_f_13_4*t48
    t50 = im_f_13_5*t48
    t51 = (pre[54])**2
    t52 = im_f_7_4*t51
    t53 = im_f_7_5*t51
    t54 = (pre[72])**2
    t55 = (pre[36])**2
    t56 = (0.5)*pre[40] + (0.5)*pre[41] + (0.5)*pre[76] + (0.5)*pre[77]
    t57 = t56 + im_f_10_4*t54 + im_f_10_5*t54 + im_f_4_4*t55 + im_f_4_5*t55
    t58 = (0.5)*pre[58]
    t59 = (0.5)*pre[59]
    t60 = (0.5)*pre[94]
    t61 = (0.5)*pre[95]
    t62 = t58 + t59 + t60 + t61
    t63 = t49 + t50 + t52 + t53 + t57 + t62
    t64 = (pre[96])**2
    t65 = im_f_14_4*t64
    t66 = im_f_14_5*t64
    t67 = (pre[60])**2
    t68 = im_f_8_4*t67
    t69 = im_f_8_5*t67
    t70 = (pre[84])**2
    t71 = (pre[48])**2
    t72 = (0.5)*pre[52] + (0.5)*pre[53] + (0.5)*pre[88] + (0.5)*pre[89]
    t73 = t72 + im_f_12_4*t70 + im_f_12_5*t70 + im_f_6_4*t71 + im_f_6_5*t71
    t74 = (0.5)*pre[100]
    t75 = (0.5)*pre[101]
    t76 = (0.5)*pre[64]
    t77 = (0.5)*pre[65]
    t78 = t74 + t75 + t76 + t77
    t79 = t65 + t66 + t68 + t69 + t73 + t78
    t80 = 2.0*t3
    t81 = 2.0*t6
    t82 = 2.0*t9
    t83 = 2.0*t12
    t84 = 2.0*t18
    t85 = 2.0*t21
    t86 = 2.0*t24
    t87 = 2.0*t15
    t88 = 2.0*t27
    t89 = 2.0*t30
    t90 = 2.0*t33
    t91 = 2.0*t36
    t92 = 2.0*t39
    t93 = 2.0*t42
    t94 = 2.0*t45
    t95 = 2.0*t0
    t96 = pre[115]*t80 + pre[116]*t80 + pre[124]*t81 + pre[125]*t81 + pre[133]*t82 + pre[134]*t82 + pre[142]*t83 + pre[143]*t83 + pre[151]*t84 + pre[152]*t84 + pre[160]*t85 + pre[161]*t85 + pre[169]*t86 + pre[16]*t87 + pre[170]*t86 + pre[178]*t88 + pre[179]*t88 + pre[17]*t87 + pre[187]*t89 + pre[188]*t89 + pre[196]*t90 + pre[197]*t90 + pre[205]*t91 + pre[206]*t91 + pre[214]*t92 + pre[215]*t92 + pre[25]*t93 + pre[26]*t93 + pre[34]*t94 + pre[35]*t94 + pre[7]*t95 + pre[8]*t95
    t97 = pre[0]*t1
    t98 = pre[1]*t97
    t99 = pre[108]*t4
    t100 = pre[109]*t99
    t101 = pre[117]*t7
    t102 = pre[118]*t101
    t103 = pre[126]*t10
    t104 = pre[127]*t103
    t105 = pre[135]*t13
    t106 = pre[136]*t105
    t107 = pre[9]*t16
    t108 = pre[10]*t107
    t109 = pre[144]*t19
    t110 = pre[145]*t109
    t111 = pre[153]*t22
    t112 = pre[154]*t111
    t113 = pre[162]*t25
    t114 = pre[163]*t113
    t115 = pre[171]*t28
    t116 = pre[172]*t115
    t117 = pre[180]*t31
    t118 = pre[181]*t117
    t119 = pre[189]*t34
    t120 = pre[190]*t119
    t121 = pre[198]*t37
    t122 = pre[199]*t121
    t123 = pre[207]*t40
    t124 = pre[208]*t123
    t125 = pre[18]*t43
    t126 = pre[19]*t125
    t127 = pre[27]*t46
    t128 = pre[28]*t127
    t129 = 2.0*pre[0]
    t130 = pre[1]*t129
    t131 = 2.0*pre[108]
    t132 = pre[109]*t131
    t133 = 2.0*pre[9]
    t134 = pre[10]*t133
    t135 = 2.0*pre[117]
    t136 = pre[118]*t135
    t137 = 2.0*pre[126]
    t138 = pre[127]*t137
    t139 = 2.0*pre[135]
    t140 = pre[136]*t139
    t141 = 2.0*pre[144]
    t142 = pre[145]*t141
    t143 = 2.0*pre[153]
    t144 = pre[154]*t143
    t145 = 2.0*pre[162]
    t146 = pre[163]*t145
    t147 = 2.0*pre[171]
    t148 = pre[172]*t147
    t149 = 2.0*pre[180]
    t150 = pre[181]*t149
    t151 = 2.0*pre[189]
    t152 = pre[190]*t151
    t153 = 2.0*pre[18]
    t154 = pre[19]*t153
    t155 = 2.0*pre[198]
    t156 = pre[199]*t155
    t157 = 2.0*pre[207]
    t158 = pre[208]*t157
    t159 = 2.0*pre[27]
    t160 = pre[28]*t159
    t161 = -t58 - t59 - t60 - t61 + pre[115]*t132 + pre[116]*t132 + pre[124]*t136 + pre[125]*t136 + pre[133]*t138 + pre[134]*t138 + pre[142]*t140 + pre[143]*t140 + pre[151]*t142 + pre[152]*t142 + pre[160]*t144 + pre[161]*t144 + pre[169]*t146 + pre[16]*t134 + pre[170]*t146 + pre[178]*t148 + pre[179]*t148 + pre[17]*t134 + pre[187]*t150 + pre[188]*t150 + pre[196]*t152 + pre[197]*t152 + pre[205]*t156 + pre[206]*t156 + pre[214]*t158 + pre[215]*t158 + pre[25]*t154 + pre[26]*t154 + pre[34]*t160 + pre[35]*t160 + pre[7]*t130 + pre[8]*t130
    t162 = t161 + t57 - t49 - t50 - t52 - t53 + im_f_0_4*t98 + im_f_0_5*t98 + im_f_16_4*t100 + im_f_16_5*t100 + im_f_17_4*t102 + im_f_17_5*t102 + im_f_18_4*t104 + im_f_18_5*t104 + im_f_19_4*t106 + im_f_19_5*t106 + im_f_1_4*t108 + im_f_1_5*t108 + im_f_20_4*t110 + im_f_20_5*t110 + im_f_21_4*t112 + im_f_21_5*t112 + im_f_22_4*t114 + im_f_22_5*t114 + im_f_23_4*t116 + im_f_23_5*t116 + im_f_24_4*t118 + im_f_24_5*t118 + im_f_25_4*t120 + im_f_25_5*t120 + im_f_26_4*t122 + im_f_26_5*t122 + im_f_27_4*t124 + im_f_27_5*t124 + im_f_2_4*t126 + im_f_2_5*t126 + im_f_3_4*t128 + im_f_3_5*t128
    t163 = pre[2]*t97
    t164 = pre[110]*t99
    t165 = pre[119]*t101
    t166 = pre[128]*t103
    t167 = pre[137]*t105
    t168 = pre[11]*t107
    t169 = pre[146]*t109
    t170 = pre[155]*t111
    t171 = pre[164]*t113
    t172 = pre[173]*t115
    t173 = pre[182]*t117
    t174 = pre[191]*t119
    t175 = pre[200]*t121
    t176 = pre[209]*t123
    t177 = pre[20]*t125
    t178 = pre[29]*t127
    t179 = pre[2]*t129
    t180 = pre[110]*t131
    t181 = pre[119]*t135
    t182 = pre[11]*t133
    t183 = pre[128]*t137
    t184 = pre[137]*t139
    t185 = pre[146]*t141
    t186 = pre[155]*t143
    t187 = pre[164]*t145
    t188 = pre[173]*t147
    t189 = pre[182]*t149
    t190 = pre[191]*t151
    t191 = pre[20]*t153
    t192 = pre[200]*t155
    t193 = pre[209]*t157
    t194 = pre[29]*t159
    t195 = -t74 - t75 - t76 - t77 + pre[115]*t180 + pre[116]*t180 + pre[124]*t181 + pre[125]*t181 + pre[133]*t183 + pre[134]*t183 + pre[142]*t184 + pre[143]*t184 + pre[151]*t185 + pre[152]*t185 + pre[160]*t186 + pre[161]*t186 + pre[169]*t187 + pre[16]*t182 + pre[170]*t187 + pre[178]*t188 + pre[179]*t188 + pre[17]*t182 + pre[187]*t189 + pre[188]*t189 + pre[196]*t190 + pre[197]*t190 + pre[205]*t192 + pre[206]*t192 + pre[214]*t193 + pre[215]*t193 + pre[25]*t191 + pre[26]*t191 + pre[34]*t194 + pre[35]*t194 + pre[7]*t179 + pre[8]*t179
    t196 = t195 + t73 - t65 - t66 - t68 - t69 + im_f_0_4*t163 + im_f_0_5*t163 + im_f_16_4*t164 + im_f_16_5*t164 + im_f_17_4*t165 + im_f_17_5*t165 + im_f_18_4*t166 + im_f_18_5*t166 + im_f_19_4*t167 + im_f_19_5*t167 + im_f_1_4*t168 + im_f_1_5*t168 + im_f_20_4*t169 + im_f_20_5*t169 + im_f_21_4*t170 + im_f_21_5*t170 + im_f_22_4*t171 + im_f_22_5*t171 + im_f_23_4*t172 + im_f_23_5*t172 + im_f_24_4*t173 + im_f_24_5*t173 + im_f_25_4*t174 + im_f_25_5*t174 + im_f_26_4*t175 + im_f_26_5*t175 + im_f_27_4*t176 + im_f_27_5*t176 + im_f_2_4*t177 + im_f_2_5*t177 + im_f_3_4*t178 + im_f_3_5*t178
    t197 = 4.0*pre[3]
    t198 = t0*t197
    t199 = im_f_0_4*pre[4]
    t200 = im_f_0_5*t198
    t201 = 4.0*pre[111]
    t202 = t201*t3
    t203 = im_f_16_4*pre[112]
    t204 = im_f_16_5*t202
    t205 = 4.0*pre[120]
    t206 = t205*t6
    t207 = im_f_17_4*pre[121]
    t208 = im_f_17_5*t206
    t209 = 4.0*pre[129]
    t210 = t209*t9
    t211 = im_f_18_4*pre[130]
    t212 = im_f_18_5*t210
    t213 = 4.0*pre[138]
    t214 = t12*t213
    t215 = im_f_19_4*pre[139]
    t216 = im_f_19_5*t214
    t217 = 4.0*pre[12]
    t218 = t15*t217
    t219 = im_f_1_4*pre[13]
    t220 = im_f_1_5*t218
    t221 = 4.0*pre[147]
    t222 = t18*t221
    t223 = im_f_20_4*pre[148]
    t224 = im_f_20_5*t222
    t225 = 4.0*pre[156]
    t226 = t21*t225
    t227 = im_f_21_4*pre[157]
    t228 = im_f_21_5*t226
    t229 = 4.0*pre[165]
    t230 = t229*t24
    t231 = im_f_22_4*pre[166]
    t232 = im_f_22_5*t230
    t233 = 4.0*pre[174]
    t234 = t233*t27
    t235 = im_f_23_4*pre[175]
    t236 = im_f_23_5*t234
    t237 = 4.0*pre[183]
    t238 = t237*t30
    t239 = im_f_24_4*pre[184]
    t240 = im_f_24_5*t238
    t241 = 4.0*pre[192]
    t242 = t241*t33
    t243 = im_f_25_4*pre[193]
    t244 = im_f_25_5*t242
    t245 = 4.0*pre[201]
    t246 = t245*t36
    t247 = im_f_26_4*pre[202]
    t248 = im_f_26_5*t246
    t249 = 4.0*pre[210]
    t250 = t249*t39
    t251 = im_f_27_4*pre[211]
    t252 = im_f_27_5*t250
    t253 = 4.0*pre[21]
    t254 = t253*t42
    t255 = im_f_2_4*pre[22]
    t256 = im_f_2_5*t254
    t257 = 4.0*pre[30]
    t258 = t257*t45
    t259 = im_f_3_4*pre[31]
    t260 = im_f_3_5*t258
    t261 = pre[90]*pre[91]
    t262 = im_f_13_4*t261
    t263 = im_f_13_5*t261
    t264 = pre[54]*pre[55]
    t265 = im_f_7_4*t264
    t266 = im_f_7_5*t264
    t267 = pre[72]*pre[73]
    t268 = pre[36]*pre[37]
    t269 = im_f_10_4*t267 + im_f_10_5*t267 + im_f_4_4*t268 + im_f_4_5*t268
    t270 = t262 + t263 + t265 + t266 + t269
    t271 = pre[96]*pre[97]
    t272 = im_f_14_4*t271
    t273 = im_f_14_5*t271
    t274 = pre[60]*pre[61]
    t275 = im_f_8_4*t274
    t276 = im_f_8_5*t274
    t277 = pre[84]*pre[85]
    t278 = pre[48]*pre[49]
    t279 = im_f_12_4*t277 + im_f_12_5*t277 + im_f_6_4*t278 + im_f_6_5*t278
    t280 = t272 + t273 + t275 + t276 + t279
    t281 = t270 + t280 + pre[112]*t204 + pre[121]*t208 + pre[130]*t212 + pre[139]*t216 + pre[13]*t220 + pre[148]*t224 + pre[157]*t228 + pre[166]*t232 + pre[175]*t236 + pre[184]*t240 + pre[193]*t244 + pre[202]*t248 + pre[211]*t252 + pre[22]*t256 + pre[31]*t260 + pre[4]*t200 + t198*t199 + t202*t203 + t206*t207 + t210*t211 + t214*t215 + t218*t219 + t222*t223 + t226*t227 + t230*t231 + t234*t235 + t238*t239 + t242*t243 + t246*t247 + t250*t251 + t254*t255 + t258*t259
    t282 = pre[0]*t197
    t283 = pre[1]*t282
    t284 = im_f_0_5*pre[4]
    t285 = pre[108]*t201
    t286 = pre[109]*t285
    t287 = im_f_16_5*pre[112]
    t288 = pre[117]*t205
    t289 = pre[118]*t288
    t290 = im_f_17_5*pre[121]
    t291 = pre[126]*t209
    t292 = pre[127]*t291
    t293 = im_f_18_5*pre[130]
    t294 = pre[135]*t213
    t295 = pre[136]*t294
    t296 = im_f_19_5*pre[139]
    t297 = pre[9]*t217
    t298 = pre[10]*t297
    t299 = im_f_1_5*pre[13]
    t300 = pre[144]*t221
    t301 = pre[145]*t300
    t302 = im_f_20_5*pre[148]
    t303 = pre[153]*t225
    t304 = pre[154]*t303
    t305 = im_f_21_5*pre[157]
    t306 = pre[162]*t229
    t307 = pre[163]*t306
    t308 = im_f_22_5*pre[166]
    t309 = pre[171]*t233
    t310 = pre[172]*t309
    t311 = im_f_23_5*pre[175]
    t312 = pre[180]*t237
    t313 = pre[181]*t312
    t314 = im_f_24_5*pre[184]
    t315 = pre[189]*t241
    t316 = pre[190]*t315
    t317 = im_f_25_5*pre[193]
    t318 = pre[198]*t245
    t319 = pre[199]*t318
    t320 = im_f_26_5*pre[202]
    t321 = pre[207]*t249
    t322 = pre[208]*t321
    t323 = im_f_27_5*pre[211]
    t324 = pre[18]*t253
    t325 = pre[19]*t324
    t326 = im_f_2_5*pre[22]
    t327 = pre[27]*t257
    t328 = pre[28]*t327
    t329 = im_f_3_5*pre[31]
    t330 = t269 - t262 - t263 - t265 - t266 + t199*t283 + t203*t286 + t207*t289 + t211*t292 + t215*t295 + t219*t298 + t223*t301 + t227*t304 + t231*t307 + t235*t310 + t239*t313 + t243*t316 + t247*t319 + t251*t322 + t255*t325 + t259*t328 + t283*t284 + t286*t287 + t289*t290 + t292*t293 + t295*t296 + t298*t299 + t301*t302 + t304*t305 + t307*t308 + t310*t311 + t313*t314 + t316*t317 + t319*t320 + t322*t323 + t325*t326 + t328*t329
    t331 = pre[2]*t282
    t332 = pre[110]*t285
    t333 = pre[119]*t288
    t334 = pre[128]*t291
    t335 = pre[137]*t294
    t336 = pre[11]*t297
    t337 = pre[146]*t300
    t338 = pre[155]*t303
    t339 = pre[164]*t306
    t340 = pre[173]*t309
    t341 = pre[182]*t312
    t342 = pre[191]*t315
    t343 = pre[200]*t318
    t344 = pre[209]*t321
    t345 = pre[20]*t324
    t346 = pre[29]*t327
    t347 = t279 - t272 - t273 - t275 - t276 + t199*t331 + t203*t332 + t207*t333 + t211*t334 + t215*t335 + t219*t336 + t223*t337 + t227*t338 + t231*t339 + t235*t340 + t239*t341 + t243*t342 + t247*t343 + t251*t344 + t255*t345 + t259*t346 + t284*t331 + t287*t332 + t290*t333 + t293*t334 + t296*t335 + t299*t336 + t302*t337 + t305*t338 + t308*t339 + t311*t340 + t314*t341 + t317*t342 + t320*t343 + t323*t344 + t326*t345 + t329*t346
    t348 = im_f_0_4*pre[5]
    t349 = im_f_16_4*pre[113]
    t350 = im_f_17_4*pre[122]
    t351 = im_f_18_4*pre[131]
    t352 = im_f_19_4*pre[140]
    t353 = im_f_1_4*pre[14]
    t354 = im_f_20_4*pre[149]
    t355 = im_f_21_4*pre[158]
    t356 = im_f_22_4*pre[167]
    t357 = im_f_23_4*pre[176]
    t358 = im_f_24_4*pre[185]
    t359 = im_f_25_4*pre[194]
    t360 = im_f_26_4*pre[203]
    t361 = im_f_27_4*pre[212]
    t362 = im_f_2_4*pre[23]
    t363 = im_f_3_4*pre[32]
    t364 = pre[90]*pre[92]
    t365 = im_f_13_4*t364
    t366 = im_f_13_5*t364
    t367 = pre[54]*pre[56]
    t368 = im_f_7_4*t367
    t369 = im_f_7_5*t367
    t370 = pre[72]*pre[74]
    t371 = pre[36]*pre[38]
    t372 = im_f_10_4*t370 + im_f_10_5*t370 + im_f_4_4*t371 + im_f_4_5*t371
    t373 = t365 + t366 + t368 + t369 + t372
    t374 = pre[96]*pre[98]
    t375 = im_f_14_4*t374
    t376 = im_f_14_5*t374
    t377 = pre[60]*pre[62]
    t378 = im_f_8_4*t377
    t379 = im_f_8_5*t377
    t380 = pre[84]*pre[86]
    t381 = pre[48]*pre[50]
    t382 = im_f_12_4*t380 + im_f_12_5*t380 + im_f_6_4*t381 + im_f_6_5*t381
    t383 = t375 + t376 + t378 + t379 + t382
    t384 = t373 + t383 + pre[113]*t204 + pre[122]*t208 + pre[131]*t212 + pre[140]*t216 + pre[149]*t224 + pre[14]*t220 + pre[158]*t228 + pre[167]*t232 + pre[176]*t236 + pre[185]*t240 + pre[194]*t244 + pre[203]*t248 + pre[212]*t252 + pre[23]*t256 + pre[32]*t260 + pre[5]*t200 + t198*t348 + t202*t349 + t206*t350 + t210*t351 + t214*t352 + t218*t353 + t222*t354 + t226*t355 + t230*t356 + t234*t357 + t238*t358 + t242*t359 + t246*t360 + t250*t361 + t254*t362 + t258*t363
    t385 = im_f_0_5*pre[5]
    t386 = im_f_16_5*pre[113]
    t387 = im_f_17_5*pre[122]
    t388 = im_f_18_5*pre[131]
    t389 = im_f_19_5*pre[140]
    t390 = im_f_1_5*pre[14]
    t391 = im_f_20_5*pre[149]
    t392 = im_f_21_5*pre[158]
    t393 = im_f_22_5*pre[167]
    t394 = im_f_23_5*pre[176]
    t395 = im_f_24_5*pre[185]
    t396 = im_f_25_5*pre[194]
    t397 = im_f_26_5*pre[203]
    t398 = im_f_27_5*pre[212]
    t399 = im_f_2_5*pre[23]
    t400 = im_f_3_5*pre[32]
    t401 = t372 - t365 - t366 - t368 - t369 + t283*t348 + t283*t385 + t286*t349 + t286*t386 + t289*t350 + t289*t387 + t292*t351 + t292*t388 + t295*t352 + t295*t389 + t298*t353 + t298*t390 + t301*t354 + t301*t391 + t304*t355 + t304*t392 + t307*t356 + t307*t393 + t310*t357 + t310*t394 + t313*t358 + t313*t395 + t316*t359 + t316*t396 + t319*t360 + t319*t397 + t322*t361 + t322*t398 + t325*t362 + t325*t399 + t328*t363 + t328*t400
    t402 = t382 - t375 - t376 - t378 - t379 + t331*t348 + t331*t385 + t332*t349 + t332*t386 + t333*t350 + t333*t387 + t334*t351 + t334*t388 + t335*t352 + t335*t389 + t336*t353 + t336*t390 + t337*t354 + t337*t391 + t338*t355 + t338*t392 + t339*t356 + t339*t393 + t340*t357 + t340*t394 + t341*t358 + t341*t395 + t342*t359 + t342*t396 + t343*t360 + t343*t397 + t344*t361 + t344*t398 + t345*t362 + t345*t399 + t346*t363 + t346*t400
    t403 = (pre[1])**2
    t404 = t1*t403
    t405 = (pre[109])**2
    t406 = t4*t405
    t407 = (pre[118])**2
    t408 = t407*t7
    t409 = (pre[127])**2
    t410 = t10*t409
    t411 = (pre[136])**2
    t412 = t13*t411
    t413 = (pre[10])**2
    t414 = t16*t413
    t415 = (pre[145])**2
    t416 = t19*t415
    t417 = (pre[154])**2
    t418 = t22*t417
    t419 = (pre[163])**2
    t420 = t25*t419
    t421 = (pre[172])**2
    t422 = t28*t421
    t423 = (pre[181])**2
    t424 = t31*t423
    t425 = (pre[190])**2
    t426 = t34*t425
    t427 = (pre[199])**2
    t428 = t37*t427
    t429 = (pre[208])**2
    t430 = t40*t429
    t431 = (pre[19])**2
    t432 = t43*t431
    t433 = (pre[28])**2
    t434 = t433*t46
    t435 = (pre[78])**2
    t436 = im_f_11_4*t435
    t437 = im_f_11_5*t435
    t438 = (pre[42])**2
    t439 = im_f_5_4*t438
    t440 = im_f_5_5*t438
    t441 = (pre[102])**2
    t442 = (pre[66])**2
    t443 = (0.5)*pre[106] + (0.5)*pre[107] + (0.5)*pre[70] + (0.5)*pre[71]
    t444 = t443 + im_f_15_4*t441 + im_f_15_5*t441 + im_f_9_4*t442 + im_f_9_5*t442
    t445 = (0.5)*pre[46]
    t446 = (0.5)*pre[47]
    t447 = (0.5)*pre[82]
    t448 = (0.5)*pre[83]
    t449 = t445 + t446 + t447 + t448
    t450 = t436 + t437 + t439 + t440 + t444 + t449
    t451 = 2.0*t405
    t452 = 2.0*t407
    t453 = 2.0*t409
    t454 = 2.0*t411
    t455 = 2.0*t415
    t456 = 2.0*t417
    t457 = 2.0*t419
    t458 = 2.0*t413
    t459 = 2.0*t421
    t460 = 2.0*t423
    t461 = 2.0*t425
    t462 = 2.0*t427
    t463 = 2.0*t429
    t464 = 2.0*t431
    t465 = 2.0*t433
    t466 = 2.0*t403
    t467 = pre[115]*t451 + pre[116]*t451 + pre[124]*t452 + pre[125]*t452 + pre[133]*t453 + pre[134]*t453 + pre[142]*t454 + pre[143]*t454 + pre[151]*t455 + pre[152]*t455 + pre[160]*t456 + pre[161]*t456 + pre[169]*t457 + pre[16]*t458 + pre[170]*t457 + pre[178]*t459 + pre[179]*t459 + pre[17]*t458 + pre[187]*t460 + pre[188]*t460 + pre[196]*t461 + pre[197]*t461 + pre[205]*t462 + pre[206]*t462 + pre[214]*t463 + pre[215]*t463 + pre[25]*t464 + pre[26]*t464 + pre[34]*t465 + pre[35]*t465 + pre[7]*t466 + pre[8]*t466
    t468 = pre[1]*pre[2]
    t469 = t1*t468
    t470 = pre[109]*pre[110]
    t471 = t4*t470
    t472 = pre[118]*pre[119]
    t473 = t472*t7
    t474 = pre[127]*pre[128]
    t475 = t10*t474
    t476 = pre[136]*pre[137]
    t477 = t13*t476
    t478 = pre[10]*pre[11]
    t479 = t16*t478
    t480 = pre[145]*pre[146]
    t481 = t19*t480
    t482 = pre[154]*pre[155]
    t483 = t22*t482
    t484 = pre[163]*pre[164]
    t485 = t25*t484
    t486 = pre[172]*pre[173]
    t487 = t28*t486
    t488 = pre[181]*pre[182]
    t489 = t31*t488
    t490 = pre[190]*pre[191]
    t491 = t34*t490
    t492 = pre[199]*pre[200]
    t493 = t37*t492
    t494 = pre[208]*pre[209]
    t495 = t40*t494
    t496 = pre[19]*pre[20]
    t497 = t43*t496
    t498 = pre[28]*pre[29]
    t499 = t46*t498
    t500 = 2.0*t470
    t501 = 2.0*t478
    t502 = 2.0*t472
    t503 = 2.0*t474
    t504 = 2.0*t476
    t505 = 2.0*t480
    t506 = 2.0*t482
    t507 = 2.0*t484
    t508 = 2.0*t486
    t509 = 2.0*t488
    t510 = 2.0*t490
    t511 = 2.0*t492
    t512 = 2.0*t496
    t513 = 2.0*t468
    t514 = 2.0*t494
    t515 = 2.0*t498
    t516 = -t445 - t446 - t447 - t448 + pre[115]*t500 + pre[116]*t500 + pre[124]*t502 + pre[125]*t502 + pre[133]*t503 + pre[134]*t503 + pre[142]*t504 + pre[143]*t504 + pre[151]*t505 + pre[152]*t505 + pre[160]*t506 + pre[161]*t506 + pre[169]*t507 + pre[16]*t501 + pre[170]*t507 + pre[178]*t508 + pre[179]*t508 + pre[17]*t501 + pre[187]*t509 + pre[188]*t509 + pre[196]*t510 + pre[197]*t510 + pre[205]*t511 + pre[206]*t511 + pre[214]*t514 + pre[215]*t514 + pre[25]*t512 + pre[26]*t512 + pre[34]*t515 + pre[35]*t515 + pre[7]*t513 + pre[8]*t513
    t517 = t444 + t516 - t436 - t437 - t439 - t440 + im_f_0_4*t469 + im_f_0_5*t469 + im_f_16_4*t471 + im_f_16_5*t471 + im_f_17_4*t473 + im_f_17_5*t473 + im_f_18_4*t475 + im_f_18_5*t475 + im_f_19_4*t477 + im_f_19_5*t477 + im_f_1_4*t479 + im_f_1_5*t479 + im_f_20_4*t481 + im_f_20_5*t481 + im_f_21_4*t483 + im_f_21_5*t483 + im_f_22_4*t485 + im_f_22_5*t485 + im_f_23_4*t487 + im_f_23_5*t487 + im_f_24_4*t489 + im_f_24_5*t489 + im_f_25_4*t491 + im_f_25_5*t491 + im_f_26_4*t493 + im_f_26_5*t493 + im_f_27_4*t495 + im_f_27_5*t495 + im_f_2_4*t497 + im_f_2_5*t497 + im_f_3_4*t499 + im_f_3_5*t499
    t518 = t197*t403
    t519 = im_f_0_5*t518
    t520 = t201*t405
    t521 = im_f_16_5*t520
    t522 = t205*t407
    t523 = im_f_17_5*t522
    t524 = t209*t409
    t525 = im_f_18_5*t524
    t526 = t213*t411
    t527 = im_f_19_5*t526
    t528 = t217*t413
    t529 = im_f_1_5*t528
    t530 = t221*t415
    t531 = im_f_20_5*t530
    t532 = t225*t417
    t533 = im_f_21_5*t532
    t534 = t229*t419
    t535 = im_f_22_5*t534
    t536 = t233*t421
    t537 = im_f_23_5*t536
    t538 = t237*t423
    t539 = im_f_24_5*t538
    t540 = t241*t425
    t541 = im_f_25_5*t540
    t542 = t245*t427
    t543 = im_f_26_5*t542
    t544 = t249*t429
    t545 = im_f_27_5*t544
    t546 = t253*t431
    t547 = im_f_2_5*t546
    t548 = t257*t433
    t549 = im_f_3_5*t548
    t550 = pre[78]*pre[79]
    t551 = im_f_11_4*t550
    t552 = im_f_11_5*t550
    t553 = pre[42]*pre[43]
    t554 = im_f_5_4*t553
    t555 = im_f_5_5*t553
    t556 = pre[102]*pre[103]
    t557 = pre[66]*pre[67]
    t558 = im_f_15_4*t556 + im_f_15_5*t556 + im_f_9_4*t557 + im_f_9_5*t557
    t559 = t551 + t552 + t554 + t555 + t558
    t560 = t270 + t559 + pre[112]*t521 + pre[121]*t523 + pre[130]*t525 + pre[139]*t527 + pre[13]*t529 + pre[148]*t531 + pre[157]*t533 + pre[166]*t535 + pre[175]*t537 + pre[184]*t539 + pre[193]*t541 + pre[202]*t543 + pre[211]*t545 + pre[22]*t547 + pre[31]*t549 + pre[4]*t519 + t199*t518 + t203*t520 + t207*t522 + t211*t524 + t215*t526 + t219*t528 + t223*t530 + t227*t532 + t231*t534 + t235*t536 + t239*t538 + t243*t540 + t247*t542 + t251*t544 + t255*t546 + t259*t548
    t561 = t197*t468
    t562 = t201*t470
    t563 = t205*t472
    t564 = t209*t474
    t565 = t213*t476
    t566 = t217*t478
    t567 = t221*t480
    t568 = t225*t482
    t569 = t229*t484
    t570 = t233*t486
    t571 = t237*t488
    t572 = t241*t490
    t573 = t245*t492
    t574 = t249*t494
    t575 = t253*t496
    t576 = t257*t498
    t577 = t558 - t551 - t552 - t554 - t555 + t199*t561 + t203*t562 + t207*t563 + t211*t564 + t215*t565 + t219*t566 + t223*t567 + t227*t568 + t231*t569 + t235*t570 + t239*t571 + t243*t572 + t247*t573 + t251*t574 + t255*t575 + t259*t576 + t284*t561 + t287*t562 + t290*t563 + t293*t564 + t296*t565 + t299*t566 + t302*t567 + t305*t568 + t308*t569 + t311*t570 + t314*t571 + t317*t572 + t320*t573 + t323*t574 + t326*t575 + t329*t576
    t578 = pre[78]*pre[80]
    t579 = im_f_11_4*t578
    t580 = im_f_11_5*t578
    t581 = pre[42]*pre[44]
    t582 = im_f_5_4*t581
    t583 = im_f_5_5*t581
    t584 = pre[102]*pre[104]
    t585 = pre[66]*pre[68]
    t586 = im_f_15_4*t584 + im_f_15_5*t584 + im_f_9_4*t585 + im_f_9_5*t585
    t587 = t579 + t580 + t582 + t583 + t586
    t588 = t373 + t587 + pre[113]*t521 + pre[122]*t523 + pre[131]*t525 + pre[140]*t527 + pre[149]*t531 + pre[14]*t529 + pre[158]*t533 + pre[167]*t535 + pre[176]*t537 + pre[185]*t539 + pre[194]*t541 + pre[203]*t543 + pre[212]*t545 + pre[23]*t547 + pre[32]*t549 + pre[5]*t519 + t348*t518 + t349*t520 + t350*t522 + t351*t524 + t352*t526 + t353*t528 + t354*t530 + t355*t532 + t356*t534 + t357*t536 + t358*t538 + t359*t540 + t360*t542 + t361*t544 + t362*t546 + t363*t548
    t589 = t586 - t579 - t580 - t582 - t583 + t348*t561 + t349*t562 + t350*t563 + t351*t564 + t352*t565 + t353*t566 + t354*t567 + t355*t568 + t356*t569 + t357*t570 + t358*t571 + t359*t572 + t360*t573 + t361*t574 + t362*t575 + t363*t576 + t385*t561 + t386*t562 + t387*t563 + t388*t564 + t389*t565 + t390*t566 + t391*t567 + t392*t568 + t393*t569 + t394*t570 + t395*t571 + t396*t572 + t397*t573 + t398*t574 + t399*t575 + t400*t576
    t590 = (pre[2])**2
    t591 = t1*t590
    t592 = (pre[110])**2
    t593 = t4*t592
    t594 = (pre[119])**2
    t595 = t594*t7
    t596 = (pre[128])**2
    t597 = t10*t596
    t598 = (pre[137])**2
    t599 = t13*t598
    t600 = (pre[11])**2
    t601 = t16*t600
    t602 = (pre[146])**2
    t603 = t19*t602
    t604 = (pre[155])**2
    t605 = t22*t604
    t606 = (pre[164])**2
    t607 = t25*t606
    t608 = (pre[173])**2
    t609 = t28*t608
    t610 = (pre[182])**2
    t611 = t31*t610
    t612 = (pre[191])**2
    t613 = t34*t612
    t614 = (pre[200])**2
    t615 = t37*t614
    t616 = (pre[209])**2
    t617 = t40*t616
    t618 = (pre[20])**2
    t619 = t43*t618
    t620 = (pre[29])**2
    t621 = t46*t620
    t622 = 2.0*t592
    t623 = 2.0*t594
    t624 = 2.0*t596
    t625 = 2.0*t598
    t626 = 2.0*t602
    t627 = 2.0*t604
    t628 = 2.0*t606
    t629 = 2.0*t600
    t630 = 2.0*t608
    t631 = 2.0*t610
    t632 = 2.0*t612
    t633 = 2.0*t614
    t634 = 2.0*t616
    t635 = 2.0*t618
    t636 = 2.0*t620
    t637 = 2.0*t590
    t638 = pre[115]*t622 + pre[116]*t622 + pre[124]*t623 + pre[125]*t623 + pre[133]*t624 + pre[134]*t624 + pre[142]*t625 + pre[143]*t625 + pre[151]*t626 + pre[152]*t626 + pre[160]*t627 + pre[161]*t627 + pre[169]*t628 + pre[16]*t629 + pre[170]*t628 + pre[178]*t630 + pre[179]*t630 + pre[17]*t629 + pre[187]*t631 + pre[188]*t631 + pre[196]*t632 + pre[197]*t632 + pre[205]*t633 + pre[206]*t633 + pre[214]*t634 + pre[215]*t634 + pre[25]*t635 + pre[26]*t635 + pre[34]*t636 + pre[35]*t636 + pre[7]*t637 + pre[8]*t637
    t639 = t197*t590
    t640 = im_f_0_5*t639
    t641 = t201*t592
    t642 = im_f_16_5*t641
    t643 = t205*t594
    t644 = im_f_17_5*t643
    t645 = t209*t596
    t646 = im_f_18_5*t645
    t647 = t213*t598
    t648 = im_f_19_5*t647
    t649 = t217*t600
    t650 = im_f_1_5*t649
    t651 = t221*t602
    t652 = im_f_20_5*t651
    t653 = t225*t604
    t654 = im_f_21_5*t653
    t655 = t229*t606
    t656 = im_f_22_5*t655
    t657 = t233*t608
    t658 = im_f_23_5*t657
    t659 = t237*t610
    t660 = im_f_24_5*t659
    t661 = t241*t612
    t662 = im_f_25_5*t661
    t663 = t245*t614
    t664 = im_f_26_5*t663
    t665 = t249*t616
    t666 = im_f_27_5*t665
    t667 = t253*t618
    t668 = im_f_2_5*t667
    t669 = t257*t620
    t670 = im_f_3_5*t669
    t671 = t280 + t559 + pre[112]*t642 + pre[121]*t644 + pre[130]*t646 + pre[139]*t648 + pre[13]*t650 + pre[148]*t652 + pre[157]*t654 + pre[166]*t656 + pre[175]*t658 + pre[184]*t660 + pre[193]*t662 + pre[202]*t664 + pre[211]*t666 + pre[22]*t668 + pre[31]*t670 + pre[4]*t640 + t199*t639 + t203*t641 + t207*t643 + t211*t645 + t215*t647 + t219*t649 + t223*t651 + t227*t653 + t231*t655 + t235*t657 + t239*t659 + t243*t661 + t247*t663 + t251*t665 + t255*t667 + t259*t669
    t672 = t383 + t587 + pre[113]*t642 + pre[122]*t644 + pre[131]*t646 + pre[140]*t648 + pre[149]*t652 + pre[14]*t650 + pre[158]*t654 + pre[167]*t656 + pre[176]*t658 + pre[185]*t660 + pre[194]*t662 + pre[203]*t664 + pre[212]*t666 + pre[23]*t668 + pre[32]*t670 + pre[5]*t640 + t348*t639 + t349*t641 + t350*t643 + t351*t645 + t352*t647 + t353*t649 + t354*t651 + t355*t653 + t356*t655 + t357*t657 + t358*t659 + t359*t661 + t360*t663 + t361*t665 + t362*t667 + t363*t669
    t673 = 4.0*(pre[4])**2
    t674 = t0*t673
    t675 = 4.0*(pre[112])**2
    t676 = t3*t675
    t677 = 4.0*(pre[121])**2
    t678 = t6*t677
    t679 = 4.0*(pre[130])**2
    t680 = t679*t9
    t681 = 4.0*(pre[139])**2
    t682 = t12*t681
    t683 = 4.0*(pre[13])**2
    t684 = t15*t683
    t685 = 4.0*(pre[148])**2
    t686 = t18*t685
    t687 = 4.0*(pre[157])**2
    t688 = t21*t687
    t689 = 4.0*(pre[166])**2
    t690 = t24*t689
    t691 = 4.0*(pre[175])**2
    t692 = t27*t691
    t693 = 4.0*(pre[184])**2
    t694 = t30*t693
    t695 = 4.0*(pre[193])**2
    t696 = t33*t695
    t697 = 4.0*(pre[202])**2
    t698 = t36*t697
    t699 = 4.0*(pre[211])**2
    t700 = t39*t699
    t701 = 4.0*(pre[22])**2
    t702 = t42*t701
    t703 = 4.0*(pre[31])**2
    t704 = t45*t703
    t705 = t56 + t62
    t706 = t72 + t78
    t707 = t705 + t706 + t96
    t708 = (pre[91])**2
    t709 = im_f_13_4*t708
    t710 = im_f_13_5*t708
    t711 = (pre[55])**2
    t712 = im_f_7_4*t711
    t713 = im_f_7_5*t711
    t714 = (pre[73])**2
    t715 = (pre[37])**2
    t716 = im_f_10_4*t714 + im_f_10_5*t714 + im_f_4_4*t715 + im_f_4_5*t715
    t717 = t709 + t710 + t712 + t713 + t716
    t718 = (pre[97])**2
    t719 = im_f_14_4*t718
    t720 = im_f_14_5*t718
    t721 = (pre[61])**2
    t722 = im_f_8_4*t721
    t723 = im_f_8_5*t721
    t724 = (pre[85])**2
    t725 = (pre[49])**2
    t726 = im_f_12_4*t724 + im_f_12_5*t724 + im_f_6_4*t725 + im_f_6_5*t725
    t727 = t719 + t720 + t722 + t723 + t726
    t728 = pre[0]*t673
    t729 = pre[1]*t728
    t730 = pre[108]*t675
    t731 = pre[109]*t730
    t732 = pre[117]*t677
    t733 = pre[118]*t732
    t734 = pre[126]*t679
    t735 = pre[127]*t734
    t736 = pre[135]*t681
    t737 = pre[136]*t736
    t738 = pre[9]*t683
    t739 = pre[10]*t738
    t740 = pre[144]*t685
    t741 = pre[145]*t740
    t742 = pre[153]*t687
    t743 = pre[154]*t742
    t744 = pre[162]*t689
    t745 = pre[163]*t744
    t746 = pre[171]*t691
    t747 = pre[172]*t746
    t748 = pre[180]*t693
    t749 = pre[181]*t748
    t750 = pre[189]*t695
    t751 = pre[190]*t750
    t752 = pre[198]*t697
    t753 = pre[199]*t752
    t754 = pre[207]*t699
    t755 = pre[208]*t754
    t756 = pre[18]*t701
    t757 = pre[19]*t756
    t758 = pre[27]*t703
    t759 = pre[28]*t758
    t760 = t161 + t56
    t761 = t716 + t760 - t709 - t710 - t712 - t713 + im_f_0_4*t729 + im_f_0_5*t729 + im_f_16_4*t731 + im_f_16_5*t731 + im_f_17_4*t733 + im_f_17_5*t733 + im_f_18_4*t735 + im_f_18_5*t735 + im_f_19_4*t737 + im_f_19_5*t737 + im_f_1_4*t739 + im_f_1_5*t739 + im_f_20_4*t741 + im_f_20_5*t741 + im_f_21_4*t743 + im_f_21_5*t743 + im_f_22_4*t745 + im_f_22_5*t745 + im_f_23_4*t747 + im_f_23_5*t747 + im_f_24_4*t749 + im_f_24_5*t749 + im_f_25_4*t751 + im_f_25_5*t751 + im_f_26_4*t753 + im_f_26_5*t753 + im_f_27_4*t755 + im_f_27_5*t755 + im_f_2_4*t757 + im_f_2_5*t757 + im_f_3_4*t759 + im_f_3_5*t759
    t762 = pre[2]*t728
    t763 = pre[110]*t730
    t764 = pre[119]*t732
    t765 = pre[128]*t734
    t766 = pre[137]*t736
    t767 = pre[11]*t738
    t768 = pre[146]*t740
    t769 = pre[155]*t742
    t770 = pre[164]*t744
    t771 = pre[173]*t746
    t772 = pre[182]*t748
    t773 = pre[191]*t750
    t774 = pre[200]*t752
    t775 = pre[209]*t754
    t776 = pre[20]*t756
    t777 = pre[29]*t758
    t778 = t195 + t72
    t779 = t726 + t778 - t719 - t720 - t722 - t723 + im_f_0_4*t762 + im_f_0_5*t762 + im_f_16_4*t763 + im_f_16_5*t763 + im_f_17_4*t764 + im_f_17_5*t764 + im_f_18_4*t765 + im_f_18_5*t765 + im_f_19_4*t766 + im_f_19_5*t766 + im_f_1_4*t767 + im_f_1_5*t767 + im_f_20_4*t768 + im_f_20_5*t768 + im_f_21_4*t769 + im_f_21_5*t769 + im_f_22_4*t770 + im_f_22_5*t770 + im_f_23_4*t771 + im_f_23_5*t771 + im_f_24_4*t772 + im_f_24_5*t772 + im_f_25_4*t773 + im_f_25_5*t773 + im_f_26_4*t774 + im_f_26_5*t774 + im_f_27_4*t775 + im_f_27_5*t775 + im_f_2_4*t776 + im_f_2_5*t776 + im_f_3_4*t777 + im_f_3_5*t777
    t780 = 4.0*pre[5]
    t781 = t0*t780
    t782 = 4.0*pre[113]
    t783 = t3*t782
    t784 = 4.0*pre[122]
    t785 = t6*t784
    t786 = 4.0*pre[131]
    t787 = t786*t9
    t788 = 4.0*pre[140]
    t789 = t12*t788
    t790 = 4.0*pre[14]
    t791 = t15*t790
    t792 = 4.0*pre[149]
    t793 = t18*t792
    t794 = 4.0*pre[158]
    t795 = t21*t794
    t796 = 4.0*pre[167]
    t797 = t24*t796
    t798 = 4.0*pre[176]
    t799 = t27*t798
    t800 = 4.0*pre[185]
    t801 = t30*t800
    t802 = 4.0*pre[194]
    t803 = t33*t802
    t804 = 4.0*pre[203]
    t805 = t36*t804
    t806 = 4.0*pre[212]
    t807 = t39*t806
    t808 = 4.0*pre[23]
    t809 = t42*t808
    t810 = 4.0*pre[32]
    t811 = t45*t810
    t812 = pre[91]*pre[92]
    t813 = im_f_13_4*t812
    t814 = im_f_13_5*t812
    t815 = pre[55]*pre[56]
    t816 = im_f_7_4*t815
    t817 = im_f_7_5*t815
    t818 = pre[73]*pre[74]
    t819 = pre[37]*pre[38]
    t820 = im_f_10_4*t818 + im_f_10_5*t818 + im_f_4_4*t819 + im_f_4_5*t819
    t821 = t813 + t814 + t816 + t817 + t820
    t822 = pre[97]*pre[98]
    t823 = im_f_14_4*t822
    t824 = im_f_14_5*t822
    t825 = pre[61]*pre[62]
    t826 = im_f_8_4*t825
    t827 = im_f_8_5*t825
    t828 = pre[85]*pre[86]
    t829 = pre[49]*pre[50]
    t830 = im_f_12_4*t828 + im_f_12_5*t828 + im_f_6_4*t829 + im_f_6_5*t829
    t831 = t823 + t824 + t826 + t827 + t830
    t832 = t821 + t831 + t199*t781 + t203*t783 + t207*t785 + t211*t787 + t215*t789 + t219*t791 + t223*t793 + t227*t795 + t231*t797 + t235*t799 + t239*t801 + t243*t803 + t247*t805 + t251*t807 + t255*t809 + t259*t811 + t284*t781 + t287*t783 + t290*t785 + t293*t787 + t296*t789 + t299*t791 + t302*t793 + t305*t795 + t308*t797 + t311*t799 + t314*t801 + t317*t803 + t320*t805 + t323*t807 + t326*t809 + t329*t811
    t833 = pre[0]*t780
    t834 = pre[1]*t833
    t835 = pre[108]*t782
    t836 = pre[109]*t835
    t837 = pre[117]*t784
    t838 = pre[118]*t837
    t839 = pre[126]*t786
    t840 = pre[127]*t839
    t841 = pre[135]*t788
    t842 = pre[136]*t841
    t843 = pre[9]*t790
    t844 = pre[10]*t843
    t845 = pre[144]*t792
    t846 = pre[145]*t845
    t847 = pre[153]*t794
    t848 = pre[154]*t847
    t849 = pre[162]*t796
    t850 = pre[163]*t849
    t851 = pre[171]*t798
    t852 = pre[172]*t851
    t853 = pre[180]*t800
    t854 = pre[181]*t853
    t855 = pre[189]*t802
    t856 = pre[190]*t855
    t857 = pre[198]*t804
    t858 = pre[199]*t857
    t859 = pre[207]*t806
    t860 = pre[208]*t859
    t861 = pre[18]*t808
    t862 = pre[19]*t861
    t863 = pre[27]*t810
    t864 = pre[28]*t863
    t865 = t820 - t813 - t814 - t816 - t817 + t199*t834 + t203*t836 + t207*t838 + t211*t840 + t215*t842 + t219*t844 + t223*t846 + t227*t848 + t231*t850 + t235*t852 + t239*t854 + t243*t856 + t247*t858 + t251*t860 + t255*t862 + t259*t864 + t284*t834 + t287*t836 + t290*t838 + t293*t840 + t296*t842 + t299*t844 + t302*t846 + t305*t848 + t308*t850 + t311*t852 + t314*t854 + t317*t856 + t320*t858 + t323*t860 + t326*t862 + t329*t864
    t866 = pre[2]*t833
    t867 = pre[110]*t835
    t868 = pre[119]*t837
    t869 = pre[128]*t839
    t870 = pre[137]*t841
    t871 = pre[11]*t843
    t872 = pre[146]*t845
    t873 = pre[155]*t847
    t874 = pre[164]*t849
    t875 = pre[173]*t851
    t876 = pre[182]*t853
    t877 = pre[191]*t855
    t878 = pre[200]*t857
    t879 = pre[209]*t859
    t880 = pre[20]*t861
    t881 = pre[29]*t863
    t882 = t830 - t823 - t824 - t826 - t827 + t199*t866 + t203*t867 + t207*t868 + t211*t869 + t215*t870 + t219*t871 + t223*t872 + t227*t873 + t231*t874 + t235*t875 + t239*t876 + t243*t877 + t247*t878 + t251*t879 + t255*t880 + t259*t881 + t284*t866 + t287*t867 + t290*t868 + t293*t869 + t296*t870 + t299*t871 + t302*t872 + t305*t873 + t308*t874 + t311*t875 + t314*t876 + t317*t877 + t320*t878 + t323*t879 + t326*t880 + t329*t881
    t883 = t403*t673
    t884 = t405*t675
    t885 = t407*t677
    t886 = t409*t679
    t887 = t411*t681
    t888 = t413*t683
    t889 = t415*t685
    t890 = t417*t687
    t891 = t419*t689
    t892 = t421*t691
    t893 = t423*t693
    t894 = t425*t695
    t895 = t427*t697
    t896 = t429*t699
    t897 = t431*t701
    t898 = t433*t703
    t899 = t443 + t449
    t900 = t467 + t705 + t899
    t901 = (pre[79])**2
    t902 = im_f_11_4*t901
    t903 = im_f_11_5*t901
    t904 = (pre[43])**2
    t905 = im_f_5_4*t904
    t906 = im_f_5_5*t904
    t907 = (pre[103])**2
    t908 = (pre[67])**2
    t909 = im_f_15_4*t907 + im_f_15_5*t907 + im_f_9_4*t908 + im_f_9_5*t908
    t910 = t902 + t903 + t905 + t906 + t909
    t911 = t468*t673
    t912 = t470*t675
    t913 = t472*t677
    t914 = t474*t679
    t915 = t476*t681
    t916 = t478*t683
    t917 = t480*t685
    t918 = t482*t687
    t919 = t484*t689
    t920 = t486*t691
    t921 = t488*t693
    t922 = t490*t695
    t923 = t492*t697
    t924 = t494*t699
    t925 = t496*t701
    t926 = t498*t703
    t927 = t443 + t516
    t928 = t909 + t927 - t902 - t903 - t905 - t906 + im_f_0_4*t911 + im_f_0_5*t911 + im_f_16_4*t912 + im_f_16_5*t912 + im_f_17_4*t913 + im_f_17_5*t913 + im_f_18_4*t914 + im_f_18_5*t914 + im_f_19_4*t915 + im_f_19_5*t915 + im_f_1_4*t916 + im_f_1_5*t916 + im_f_20_4*t917 + im_f_20_5*t917 + im_f_21_4*t918 + im_f_21_5*t918 + im_f_22_4*t919 + im_f_22_5*t919 + im_f_23_4*t920 + im_f_23_5*t920 + im_f_24_4*t921 + im_f_24_5*t921 + im_f_25_4*t922 + im_f_25_5*t922 + im_f_26_4*t923 + im_f_26_5*t923 + im_f_27_4*t924 + im_f_27_5*t924 + im_f_2_4*t925 + im_f_2_5*t925 + im_f_3_4*t926 + im_f_3_5*t926
    t929 = t403*t780
    t930 = t405*t782
    t931 = t407*t784
    t932 = t409*t786
    t933 = t411*t788
    t934 = t413*t790
    t935 = t415*t792
    t936 = t417*t794
    t937 = t419*t796
    t938 = t421*t798
    t939 = t423*t800
    t940 = t425*t802
    t941 = t427*t804
    t942 = t429*t806
    t943 = t431*t808
    t944 = t433*t810
    t945 = pre[79]*pre[80]
    t946 = im_f_11_4*t945
    t947 = im_f_11_5*t945
    t948 = pre[43]*pre[44]
    t949 = im_f_5_4*t948
    t950 = im_f_5_5*t948
    t951 = pre[103]*pre[104]
    t952 = pre[67]*pre[68]
    t953 = im_f_15_4*t951 + im_f_15_5*t951 + im_f_9_4*t952 + im_f_9_5*t952
    t954 = t946 + t947 + t949 + t950 + t953
    t955 = t821 + t954 + t199*t929 + t203*t930 + t207*t931 + t211*t932 + t215*t933 + t219*t934 + t223*t935 + t227*t936 + t231*t937 + t235*t938 + t239*t939 + t243*t940 + t247*t941 + t251*t942 + t255*t943 + t259*t944 + t284*t929 + t287*t930 + t290*t931 + t293*t932 + t296*t933 + t299*t934 + t302*t935 + t305*t936 + t308*t937 + t311*t938 + t314*t939 + t317*t940 + t320*t941 + t323*t942 + t326*t943 + t329*t944
    t956 = t468*t780
    t957 = t470*t782
    t958 = t472*t784
    t959 = t474*t786
    t960 = t476*t788
    t961 = t478*t790
    t962 = t480*t792
    t963 = t482*t794
    t964 = t484*t796
    t965 = t486*t798
    t966 = t488*t800
    t967 = t490*t802
    t968 = t492*t804
    t969 = t494*t806
    t970 = t496*t808
    t971 = t498*t810
    t972 = t953 - t946 - t947 - t949 - t950 + t199*t956 + t203*t957 + t207*t958 + t211*t959 + t215*t960 + t219*t961 + t223*t962 + t227*t963 + t231*t964 + t235*t965 + t239*t966 + t243*t967 + t247*t968 + t251*t969 + t255*t970 + t259*t971 + t284*t956 + t287*t957 + t290*t958 + t293*t959 + t296*t960 + t299*t961 + t302*t962 + t305*t963 + t308*t964 + t311*t965 + t314*t966 + t317*t967 + t320*t968 + t323*t969 + t326*t970 + t329*t971
    t973 = t590*t673
    t974 = t592*t675
    t975 = t594*t677
    t976 = t596*t679
    t977 = t598*t681
    t978 = t600*t683
    t979 = t602*t685
    t980 = t604*t687
    t981 = t606*t689
    t982 = t608*t691
    t983 = t610*t693
    t984 = t612*t695
    t985 = t614*t697
    t986 = t616*t699
    t987 = t618*t701
    t988 = t620*t703
    t989 = t638 + t706 + t899
    t990 = t590*t780
    t991 = t592*t782
    t992 = t594*t784
    t993 = t596*t786
    t994 = t598*t788
    t995 = t600*t790
    t996 = t602*t792
    t997 = t604*t794
    t998 = t606*t796
    t999 = t608*t798
    t1000 = t610*t800
    t1001 = t612*t802
    t1002 = t614*t804
    t1003 = t616*t806
    t1004 = t618*t808
    t1005 = t620*t810
    t1006 = t831 + t954 + t1000*t239 + t1000*t314 + t1001*t243 + t1001*t317 + t1002*t247 + t1002*t320 + t1003*t251 + t1003*t323 + t1004*t255 + t1004*t326 + t1005*t259 + t1005*t329 + t199*t990 + t203*t991 + t207*t992 + t211*t993 + t215*t994 + t219*t995 + t223*t996 + t227*t997 + t231*t998 + t235*t999 + t284*t990 + t287*t991 + t290*t992 + t293*t993 + t296*t994 + t299*t995 + t302*t996 + t305*t997 + t308*t998 + t311*t999
    t1007 = 4.0*(pre[5])**2
    t1008 = t0*t1007
    t1009 = 4.0*(pre[113])**2
    t1010 = t1009*t3
    t1011 = 4.0*(pre[122])**2
    t1012 = t1011*t6
    t1013 = 4.0*(pre[131])**2
    t1014 = t1013*t9
    t1015 = 4.0*(pre[140])**2
    t1016 = t1015*t12
    t1017 = 4.0*(pre[14])**2
    t1018 = t1017*t15
    t1019 = 4.0*(pre[149])**2
    t1020 = t1019*t18
    t1021 = 4.0*(pre[158])**2
    t1022 = t1021*t21
    t1023 = 4.0*(pre[167])**2
    t1024 = t1023*t24
    t1025 = 4.0*(pre[176])**2
    t1026 = t1025*t27
    t1027 = 4.0*(pre[185])**2
    t1028 = t1027*t30
    t1029 = 4.0*(pre[194])**2
    t1030 = t1029*t33
    t1031 = 4.0*(pre[203])**2
    t1032 = t1031*t36
    t1033 = 4.0*(pre[212])**2
    t1034 = t1033*t39
    t1035 = 4.0*(pre[23])**2
    t1036 = t1035*t42
    t1037 = 4.0*(pre[32])**2
    t1038 = t1037*t45
    t1039 = (pre[92])**2
    t1040 = im_f_13_4*t1039
    t1041 = im_f_13_5*t1039
    t1042 = (pre[56])**2
    t1043 = im_f_7_4*t1042
    t1044 = im_f_7_5*t1042
    t1045 = (pre[74])**2
    t1046 = (pre[38])**2
    t1047 = im_f_10_4*t1045 + im_f_10_5*t1045 + im_f_4_4*t1046 + im_f_4_5*t1046
    t1048 = t1040 + t1041 + t1043 + t1044 + t1047
    t1049 = (pre[98])**2
    t1050 = im_f_14_4*t1049
    t1051 = im_f_14_5*t1049
    t1052 = (pre[62])**2
    t1053 = im_f_8_4*t1052
    t1054 = im_f_8_5*t1052
    t1055 = (pre[86])**2
    t1056 = (pre[50])**2
    t1057 = im_f_12_4*t1055 + im_f_12_5*t1055 + im_f_6_4*t1056 + im_f_6_5*t1056
    t1058 = t1050 + t1051 + t1053 + t1054 + t1057
    t1059 = pre[0]*t1007
    t1060 = pre[1]*t1059
    t1061 = pre[108]*t1009
    t1062 = pre[109]*t1061
    t1063 = pre[117]*t1011
    t1064 = pre[118]*t1063
    t1065 = pre[126]*t1013
    t1066 = pre[127]*t1065
    t1067 = pre[135]*t1015
    t1068 = pre[136]*t1067
    t1069 = pre[9]*t1017
    t1070 = pre[10]*t1069
    t1071 = pre[144]*t1019
    t1072 = pre[145]*t1071
    t1073 = pre[153]*t1021
    t1074 = pre[154]*t1073
    t1075 = pre[162]*t1023
    t1076 = pre[163]*t1075
    t1077 = pre[171]*t1025
    t1078 = pre[172]*t1077
    t1079 = pre[180]*t1027
    t1080 = pre[181]*t1079
    t1081 = pre[189]*t1029
    t1082 = pre[190]*t1081
    t1083 = pre[198]*t1031
    t1084 = pre[199]*t1083
    t1085 = pre[207]*t1033
    t1086 = pre[208]*t1085
    t1087 = pre[18]*t1035
    t1088 = pre[19]*t1087
    t1089 = pre[27]*t1037
    t1090 = pre[28]*t1089
    t1091 = t1047 + t760 - t1040 - t1041 - t1043 - t1044 + im_f_0_4*t1060 + im_f_0_5*t1060 + im_f_16_4*t1062 + im_f_16_5*t1062 + im_f_17_4*t1064 + im_f_17_5*t1064 + im_f_18_4*t1066 + im_f_18_5*t1066 + im_f_19_4*t1068 + im_f_19_5*t1068 + im_f_1_4*t1070 + im_f_1_5*t1070 + im_f_20_4*t1072 + im_f_20_5*t1072 + im_f_21_4*t1074 + im_f_21_5*t1074 + im_f_22_4*t1076 + im_f_22_5*t1076 + im_f_23_4*t1078 + im_f_23_5*t1078 + im_f_24_4*t1080 + im_f_24_5*t1080 + im_f_25_4*t1082 + im_f_25_5*t1082 + im_f_26_4*t1084 + im_f_26_5*t1084 + im_f_27_4*t1086 + im_f_27_5*t1086 + im_f_2_4*t1088 + im_f_2_5*t1088 + im_f_3_4*t1090 + im_f_3_5*t1090
    t1092 = pre[2]*t1059
    t1093 = pre[110]*t1061
    t1094 = pre[119]*t1063
    t1095 = pre[128]*t1065
    t1096 = pre[137]*t1067
    t1097 = pre[11]*t1069
    t1098 = pre[146]*t1071
    t1099 = pre[155]*t1073
    t1100 = pre[164]*t1075
    t1101 = pre[173]*t1077
    t1102 = pre[182]*t1079
    t1103 = pre[191]*t1081
    t1104 = pre[200]*t1083
    t1105 = pre[209]*t1085
    t1106 = pre[20]*t1087
    t1107 = pre[29]*t1089
    t1108 = t1057 + t778 - t1050 - t1051 - t1053 - t1054 + im_f_0_4*t1092 + im_f_0_5*t1092 + im_f_16_4*t1093 + im_f_16_5*t1093 + im_f_17_4*t1094 + im_f_17_5*t1094 + im_f_18_4*t1095 + im_f_18_5*t1095 + im_f_19_4*t1096 + im_f_19_5*t1096 + im_f_1_4*t1097 + im_f_1_5*t1097 + im_f_20_4*t1098 + im_f_20_5*t1098 + im_f_21_4*t1099 + im_f_21_5*t1099 + im_f_22_4*t1100 + im_f_22_5*t1100 + im_f_23_4*t1101 + im_f_23_5*t1101 + im_f_24_4*t1102 + im_f_24_5*t1102 + im_f_25_4*t1103 + im_f_25_5*t1103 + im_f_26_4*t1104 + im_f_26_5*t1104 + im_f_27_4*t1105 + im_f_27_5*t1105 + im_f_2_4*t1106 + im_f_2_5*t1106 + im_f_3_4*t1107 + im_f_3_5*t1107
    t1109 = t1007*t403
    t1110 = t1009*t405
    t1111 = t1011*t407
    t1112 = t1013*t409
    t1113 = t1015*t411
    t1114 = t1017*t413
    t1115 = t1019*t415
    t1116 = t1021*t417
    t1117 = t1023*t419
    t1118 = t1025*t421
    t1119 = t1027*t423
    t1120 = t1029*t425
    t1121 = t1031*t427
    t1122 = t1033*t429
    t1123 = t1035*t431
    t1124 = t1037*t433
    t1125 = (pre[80])**2
    t1126 = im_f_11_4*t1125
    t1127 = im_f_11_5*t1125
    t1128 = (pre[44])**2
    t1129 = im_f_5_4*t1128
    t1130 = im_f_5_5*t1128
    t1131 = (pre[104])**2
    t1132 = (pre[68])**2
    t1133 = im_f_15_4*t1131 + im_f_15_5*t1131 + im_f_9_4*t1132 + im_f_9_5*t1132
    t1134 = t1126 + t1127 + t1129 + t1130 + t1133
    t1135 = t1007*t468
    t1136 = t1009*t470
    t1137 = t1011*t472
    t1138 = t1013*t474
    t1139 = t1015*t476
    t1140 = t1017*t478
    t1141 = t1019*t480
    t1142 = t1021*t482
    t1143 = t1023*t484
    t1144 = t1025*t486
    t1145 = t1027*t488
    t1146 = t1029*t490
    t1147 = t1031*t492
    t1148 = t1033*t494
    t1149 = t1035*t496
    t1150 = t1037*t498
    t1151 = t1133 + t927 - t1126 - t1127 - t1129 - t1130 + im_f_0_4*t1135 + im_f_0_5*t1135 + im_f_16_4*t1136 + im_f_16_5*t1136 + im_f_17_4*t1137 + im_f_17_5*t1137 + im_f_18_4*t1138 + im_f_18_5*t1138 + im_f_19_4*t1139 + im_f_19_5*t1139 + im_f_1_4*t1140 + im_f_1_5*t1140 + im_f_20_4*t1141 + im_f_20_5*t1141 + im_f_21_4*t1142 + im_f_21_5*t1142 + im_f_22_4*t1143 + im_f_22_5*t1143 + im_f_23_4*t1144 + im_f_23_5*t1144 + im_f_24_4*t1145 + im_f_24_5*t1145 + im_f_25_4*t1146 + im_f_25_5*t1146 + im_f_26_4*t1147 + im_f_26_5*t1147 + im_f_27_4*t1148 + im_f_27_5*t1148 + im_f_2_4*t1149 + im_f_2_5*t1149 + im_f_3_4*t1150 + im_f_3_5*t1150
    t1152 = t1007*t590
    t1153 = t1009*t592
    t1154 = t1011*t594
    t1155 = t1013*t596
    t1156 = t1015*t598
    t1157 = t1017*t600
    t1158 = t1019*t602
    t1159 = t1021*t604
    t1160 = t1023*t606
    t1161 = t1025*t608
    t1162 = t1027*t610
    t1163 = t1029*t612
    t1164 = t1031*t614
    t1165 = t1033*t616
    t1166 = t1035*t618
    t1167 = t1037*t620
    out = numpy.empty(batch + (81,))
    out[..., 0] = t63 + t79 + t96 + im_f_0_4*t2 + im_f_0_5*t2 + im_f_16_4*t5 + im_f_16_5*t5 + im_f_17_4*t8 + im_f_17_5*t8 + im_f_18_4*t11 + im_f_18_5*t11 + im_f_19_4*t14 + im_f_19_5*t14 + im_f_1_4*t17 + im_f_1_5*t17 + im_f_20_4*t20 + im_f_20_5*t20 + im_f_21_4*t23 + im_f_21_5*t23 + im_f_22_4*t26 + im_f_22_5*t26 + im_f_23_4*t29 + im_f_23_5*t29 + im_f_24_4*t32 + im_f_24_5*t32 + im_f_25_4*t35 + im_f_25_5*t35 + im_f_26_4*t38 + im_f_26_5*t38 + im_f_27_4*t41 + im_f_27_5*t41 + im_f_2_4*t44 + im_f_2_5*t44 + im_f_3_4*t47 + im_f_3_5*t47
    out[..., 1] = t162
    out[..., 2] = t196
    out[..., 3] = t281
    out[..., 4] = t330
    out[..., 5] = t347
    out[..., 6] = t384
    out[..., 7] = t401
    out[..., 8] = t402
    out[..., 9] = t162
    out[..., 10] = t450 + t467 + t63 + im_f_0_4*t404 + im_f_0_5*t404 + im_f_16_4*t406 + im_f_16_5*t406 + im_f_17_4*t408 + im_f_17_5*t408 + im_f_18_4*t410 + im_f_18_5*t410 + im_f_19_4*t412 + im_f_19_5*t412 + im_f_1_4*t414 + im_f_1_5*t414 + im_f_20_4*t416 + im_f_20_5*t416 + im_f_21_4*t418 + im_f_21_5*t418 + im_f_22_4*t420 + im_f_22_5*t420 + im_f_23_4*t422 + im_f_23_5*t422 + im_f_24_4*t424 + im_f_24_5*t424 + im_f_25_4*t426 + im_f_25_5*t426 + im_f_26_4*t428 + im_f_26_5*t428 + im_f_27_4*t430 + im_f_27_5*t430 + im_f_2_4*t432 + im_f_2_5*t432 + im_f_3_4*t434 + im_f_3_5*t434
    out[..., 11] = t517
    out[..., 12] = t330
    out[..., 13] = t560
    out[..., 14] = t577
    out[..., 15] = t401
    out[..., 16] = t588
    out[..., 17] = t589
    out[..., 18] = t196
    out[..., 19] = t517
    out[..., 20] = t450 + t638 + t79 + im_f_0_4*t591 + im_f_0_5*t591 + im_f_16_4*t593 + im_f_16_5*t593 + im_f_17_4*t595 + im_f_17_5*t595 + im_f_18_4*t597 + im_f_18_5*t597 + im_f_19_4*t599 + im_f_19_5*t599 + im_f_1_4*t601 + im_f_1_5*t601 + im_f_20_4*t603 + im_f_20_5*t603 + im_f_21_4*t605 + im_f_21_5*t605 + im_f_22_4*t607 + im_f_22_5*t607 + im_f_23_4*t609 + im_f_23_5*t609 + im_f_24_4*t611 + im_f_24_5*t611 + im_f_25_4*t613 + im_f_25_5*t613 + im_f_26_4*t615 + im_f_26_5*t615 + im_f_27_4*t617 + im_f_27_5*t617 + im_f_2_4*t619 + im_f_2_5*t619 + im_f_3_4*t621 + im_f_3_5*t621
    out[..., 21] = t347
    out[..., 22] = t577
    out[..., 23] = t671
    out[..., 24] = t402
    out[..., 25] = t589
    out[..., 26] = t672
    out[..., 27] = t281
    out[..., 28] = t330
    out[..., 29] = t347
    out[..., 30] = t707 + t717 + t727 + im_f_0_4*t674 + im_f_0_5*t674 + im_f_16_4*t676 + im_f_16_5*t676 + im_f_17_4*t678 + im_f_17_5*t678 + im_f_18_4*t680 + im_f_18_5*t680 + im_f_19_4*t682 + im_f_19_5*t682 + im_f_1_4*t684 + im_f_1_5*t684 + im_f_20_4*t686 + im_f_20_5*t686 + im_f_21_4*t688 + im_f_21_5*t688 + im_f_22_4*t690 + im_f_22_5*t690 + im_f_23_4*t692 + im_f_23_5*t692 + im_f_24_4*t694 + im_f_24_5*t694 + im_f_25_4*t696 + im_f_25_5*t696 + im_f_26_4*t698 + im_f_26_5*t698 + im_f_27_4*t700 + im_f_27_5*t700 + im_f_2_4*t702 + im_f_2_5*t702 + im_f_3_4*t704 + im_f_3_5*t704
    out[..., 31] = t761
    out[..., 32] = t779
    out[..., 33] = t832
    out[..., 34] = t865
    out[..., 35] = t882
    out[..., 36] = t330
    out[..., 37] = t560
    out[..., 38] = t577
    out[..., 39] = t761
    out[..., 40] = t717 + t900 + t910 + im_f_0_4*t883 + im_f_0_5*t883 + im_f_16_4*t884 + im_f_16_5*t884 + im_f_17_4*t885 + im_f_17_5*t885 + im_f_18_4*t886 + im_f_18_5*t886 + im_f_19_4*t887 + im_f_19_5*t887 + im_f_1_4*t888 + im_f_1_5*t888 + im_f_20_4*t889 + im_f_20_5*t889 + im_f_21_4*t890 + im_f_21_5*t890 + im_f_22_4*t891 + im_f_22_5*t891 + im_f_23_4*t892 + im_f_23_5*t892 + im_f_24_4*t893 + im_f_24_5*t893 + im_f_25_4*t894 + im_f_25_5*t894 + im_f_26_4*t895 + im_f_26_5*t895 + im_f_27_4*t896 + im_f_27_5*t896 + im_f_2_4*t897 + im_f_2_5*t897 + im_f_3_4*t898 + im_f_3_5*t898
    out[..., 41] = t928
    out[..., 42] = t865
    out[..., 43] = t955
    out[..., 44] = t972
    out[..., 45] = t347
    out[..., 46] = t577
    out[..., 47] = t671
    out[..., 48] = t779
    out[..., 49] = t928
    out[..., 50] = t727 + t910 + t989 + im_f_0_4*t973 + im_f_0_5*t973 + im_f_16_4*t974 + im_f_16_5*t974 + im_f_17_4*t975 + im_f_17_5*t975 + im_f_18_4*t976 + im_f_18_5*t976 + im_f_19_4*t977 + im_f_19_5*t977 + im_f_1_4*t978 + im_f_1_5*t978 + im_f_20_4*t979 + im_f_20_5*t979 + im_f_21_4*t980 + im_f_21_5*t980 + im_f_22_4*t981 + im_f_22_5*t981 + im_f_23_4*t982 + im_f_23_5*t982 + im_f_24_4*t983 + im_f_24_5*t983 + im_f_25_4*t984 + im_f_25_5*t984 + im_f_26_4*t985 + im_f_26_5*t985 + im_f_27_4*t986 + im_f_27_5*t986 + im_f_2_4*t987 + im_f_2_5*t987 + im_f_3_4*t988 + im_f_3_5*t988
    out[..., 51] = t882
    out[..., 52] = t972
    out[..., 53] = t1006
    out[..., 54] = t384
    out[..., 55] = t401
    out[..., 56] = t402
    out[..., 57] = t832
    out[..., 58] = t865
    out[..., 59] = t882
    out[..., 60] = t1048 + t1058 + t707 + im_f_0_4*t1008 + im_f_0_5*t1008 + im_f_16_4*t1010 + im_f_16_5*t1010 + im_f_17_4*t1012 + im_f_17_5*t1012 + im_f_18_4*t1014 + im_f_18_5*t1014 + im_f_19_4*t1016 + im_f_19_5*t1016 + im_f_1_4*t1018 + im_f_1_5*t1018 + im_f_20_4*t1020 + im_f_20_5*t1020 + im_f_21_4*t1022 + im_f_21_5*t1022 + im_f_22_4*t1024 + im_f_22_5*t1024 + im_f_23_4*t1026 + im_f_23_5*t1026 + im_f_24_4*t1028 + im_f_24_5*t1028 + im_f_25_4*t1030 + im_f_25_5*t1030 + im_f_26_4*t1032 + im_f_26_5*t1032 + im_f_27_4*t1034 + im_f_27_5*t1034 + im_f_2_4*t1036 + im_f_2_5*t1036 + im_f_3_4*t1038 + im_f_3_5*t1038
    out[..., 61] = t1091
    out[..., 62] = t1108
    out[..., 63] = t401
    out[..., 64] = t588
    out[..., 65] = t589
    out[..., 66] = t865
    out[..., 67] = t955
    out[..., 68] = t972
    out[..., 69] = t1091
    out[..., 70] = t1048 + t1134 + t900 + im_f_0_4*t1109 + im_f_0_5*t1109 + im_f_16_4*t1110 + im_f_16_5*t1110 + im_f_17_4*t1111 + im_f_17_5*t1111 + im_f_18_4*t1112 + im_f_18_5*t1112 + im_f_19_4*t1113 + im_f_19_5*t1113 + im_f_1_4*t1114 + im_f_1_5*t1114 + im_f_20_4*t1115 + im_f_20_5*t1115 + im_f_21_4*t1116 + im_f_21_5*t1116 + im_f_22_4*t1117 + im_f_22_5*t1117 + im_f_23_4*t1118 + im_f_23_5*t1118 + im_f_24_4*t1119 + im_f_24_5*t1119 + im_f_25_4*t1120 + im_f_25_5*t1120 + im_f_26_4*t1121 + im_f_26_5*t1121 + im_f_27_4*t1122 + im_f_27_5*t1122 + im_f_2_4*t1123 + im_f_2_5*t1123 + im_f_3_4*t1124 + im_f_3_5*t1124
    out[..., 71] = t1151
    out[..., 72] = t402
    out[..., 73] = t589
    out[..., 74] = t672
    out[..., 75] = t882
    out[..., 76] = t972
    out[..., 77] = t1006
    out[..., 78] = t1108
    out[..., 79] = t1151
    out[..., 80] = t1058 + t1134 + t989 + im_f_0_4*t1152 + im_f_0_5*t1152 + im_f_16_4*t1153 + im_f_16_5*t1153 + im_f_17_4*t1154 + im_f_17_5*t1154 + im_f_18_4*t1155 + im_f_18_5*t1155 + im_f_19_4*t1156 + im_f_19_5*t1156 + im_f_1_4*t1157 + im_f_1_5*t1157 + im_f_20_4*t1158 + im_f_20_5*t1158 + im_f_21_4*t1159 + im_f_21_5*t1159 + im_f_22_4*t1160 + im_f_22_5*t1160 + im_f_23_4*t1161 + im_f_23_5*t1161 + im_f_24_4*t1162 + im_f_24_5*t1162 + im_f_25_4*t1163 + im_f_25_5*t1163 + im_f_26_4*t1164 + im_f_26_5*t1164 + im_f_27_4*t1165 + im_f_27_5*t1165 + im_f_2_4*t1166 + im_f_2_5*t1166 + im_f_3_4*t1167 + im_f_3_5*t1167
    return out.reshape(batch + (3, 3, 3, 3,))
