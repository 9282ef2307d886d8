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
    """The 378 intermediates pre[i] its kernels share; ValueError where one of its guards fails."""
    pre = [None] * 378
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
    t15 = (pre[3])**-6
    pre[4] = 1.5987038334143007e-05*t15
    t16 = (pre[3])**-3
    pre[5] = -0.00401706447983316*t16
    pre[6] = 0.012051193439499478/(pre[3])**4
    pre[7] = -9.592223000485804e-05/(pre[3])**7
    pre[8] = 0.0006714556100340063/(pre[3])**8
    pre[9] = -0.048204773757997914/(pre[3])**5
    pre[10] = 3.167731932851784e-05*t15
    pre[11] = -0.007959562717702253*t16
    t17 = 0.5 + (0.5)*in_A_0
    t18 = t17 + t2
    pre[12] = -t0 - t18
    t19 = (0.5)*in_A_3
    t20 = t19 + t6
    t21 = t20 + t5
    pre[13] = -t21
    t22 = (0.5)*in_A_6
    t23 = t13 + t22
    pre[14] = -t10 - t23
    pre[15] = (pre[12])**2 + (pre[13])**2 + (pre[14])**2
    t24 = (pre[15])**-6
    pre[16] = 1.5987038334143007e-05*t24
    t25 = (pre[15])**-3
    pre[17] = -0.00401706447983316*t25
    pre[18] = 0.012051193439499478/(pre[15])**4
    pre[19] = -9.592223000485804e-05/(pre[15])**7
    pre[20] = 0.0006714556100340063/(pre[15])**8
    pre[21] = -0.048204773757997914/(pre[15])**5
    pre[22] = 3.167731932851784e-05*t24
    pre[23] = -0.007959562717702253*t25
    t26 = t1 + t17
    pre[24] = -t0 - t26
    t27 = t19 + t8
    pre[25] = -t27 - t5
    t28 = t11 + t22
    t29 = t10 + t28
    pre[26] = -t29
    pre[27] = (pre[24])**2 + (pre[25])**2 + (pre[26])**2
    t30 = (pre[27])**-6
    pre[28] = 1.5987038334143007e-05*t30
    t31 = (pre[27])**-3
    pre[29] = -0.00401706447983316*t31
    pre[30] = 0.012051193439499478/(pre[27])**4
    pre[31] = -9.592223000485804e-05/(pre[27])**7
    pre[32] = 0.0006714556100340063/(pre[27])**8
    pre[33] = -0.048204773757997914/(pre[27])**5
    pre[34] = 3.167731932851784e-05*t30
    pre[35] = -0.007959562717702253*t31
    t32 = 0.39808566187049854*in_p_0
    pre[36] = t32
    t33 = 0.39808566187049854*in_p_1
    pre[37] = t33
    t34 = 0.39808566187049854*in_p_2
    pre[38] = t34
    pre[39] = (pre[36])**2 + (pre[37])**2 + (pre[38])**2
    t35 = (pre[39])**-6
    pre[40] = 1.5987038334143007e-05*t35
    t36 = (pre[39])**-3
    pre[41] = -0.00401706447983316*t36
    pre[42] = 0.012051193439499478/(pre[39])**4
    pre[43] = -9.592223000485804e-05/(pre[39])**7
    pre[44] = 0.0006714556100340063/(pre[39])**8
    pre[45] = -0.048204773757997914/(pre[39])**5
    pre[46] = 3.167731932851784e-05*t35
    pre[47] = -0.007959562717702253*t36
    pre[48] = t26
    pre[49] = t27
    pre[50] = t28
    pre[51] = (pre[48])**2 + (pre[49])**2 + (pre[50])**2
    t37 = (pre[51])**-6
    pre[52] = 1.5987038334143007e-05*t37
    t38 = (pre[51])**-3
    pre[53] = -0.00401706447983316*t38
    pre[54] = 0.012051193439499478/(pre[51])**4
    pre[55] = -9.592223000485804e-05/(pre[51])**7
    pre[56] = 0.0006714556100340063/(pre[51])**8
    pre[57] = -0.048204773757997914/(pre[51])**5
    pre[58] = 3.167731932851784e-05*t37
    pre[59] = -0.007959562717702253*t38
    t39 = -t2
    t40 = t1 + t39
    t41 = -t40
    pre[60] = t41
    t42 = -t6
    t43 = t42 + t8
    t44 = -t43
    pre[61] = t44
    t45 = -t11
    t46 = t13 + t45
    pre[62] = t46
    pre[63] = (pre[60])**2 + (pre[61])**2 + (pre[62])**2
    t47 = (pre[63])**-6
    pre[64] = 1.5987038334143007e-05*t47
    t48 = (pre[63])**-3
    pre[65] = -0.00401706447983316*t48
    pre[66] = 0.012051193439499478/(pre[63])**4
    pre[67] = -9.592223000485804e-05/(pre[63])**7
    pre[68] = 0.0006714556100340063/(pre[63])**8
    pre[69] = -0.048204773757997914/(pre[63])**5
    pre[70] = 3.167731932851784e-05*t47
    pre[71] = -0.007959562717702253*t48
    pre[72] = t18
    pre[73] = t20
    pre[74] = t23
    pre[75] = (pre[72])**2 + (pre[73])**2 + (pre[74])**2
    t49 = (pre[75])**-6
    pre[76] = 1.5987038334143007e-05*t49
    t50 = (pre[75])**-3
    pre[77] = -0.00401706447983316*t50
    pre[78] = 0.012051193439499478/(pre[75])**4
    pre[79] = -9.592223000485804e-05/(pre[75])**7
    pre[80] = 0.0006714556100340063/(pre[75])**8
    pre[81] = -0.048204773757997914/(pre[75])**5
    pre[82] = 3.167731932851784e-05*t49
    pre[83] = -0.007959562717702253*t50
    t51 = -t1
    t52 = t17 + t51
    t53 = -t52
    pre[84] = t53
    t54 = -t19
    t55 = t54 + t8
    pre[85] = t55
    t56 = t22 + t45
    t57 = -t56
    pre[86] = t57
    pre[87] = (pre[84])**2 + (pre[85])**2 + (pre[86])**2
    t58 = (pre[87])**-6
    pre[88] = 1.5987038334143007e-05*t58
    t59 = (pre[87])**-3
    pre[89] = -0.00401706447983316*t59
    pre[90] = 0.012051193439499478/(pre[87])**4
    pre[91] = -9.592223000485804e-05/(pre[87])**7
    pre[92] = 0.0006714556100340063/(pre[87])**8
    pre[93] = -0.048204773757997914/(pre[87])**5
    pre[94] = 3.167731932851784e-05*t58
    pre[95] = -0.007959562717702253*t59
    t60 = t17 + t39
    t61 = -t60
    pre[96] = t61
    t62 = t19 + t42
    t63 = -t62
    pre[97] = t63
    t64 = -t22
    t65 = t13 + t64
    pre[98] = t65
    pre[99] = (pre[96])**2 + (pre[97])**2 + (pre[98])**2
    t66 = (pre[99])**-6
    pre[100] = 1.5987038334143007e-05*t66
    t67 = (pre[99])**-3
    pre[101] = -0.00401706447983316*t67
    pre[102] = 0.012051193439499478/(pre[99])**4
    pre[103] = -9.592223000485804e-05/(pre[99])**7
    pre[104] = 0.0006714556100340063/(pre[99])**8
    pre[105] = -0.048204773757997914/(pre[99])**5
    pre[106] = 3.167731932851784e-05*t66
    pre[107] = -0.007959562717702253*t67
    pre[108] = t3
    pre[109] = t9
    pre[110] = t14
    pre[111] = (pre[108])**2 + (pre[109])**2 + (pre[110])**2
    t68 = (pre[111])**-6
    pre[112] = 1.5987038334143007e-05*t68
    t69 = (pre[111])**-3
    pre[113] = -0.00401706447983316*t69
    pre[114] = 0.012051193439499478/(pre[111])**4
    pre[115] = -9.592223000485804e-05/(pre[111])**7
    pre[116] = 0.0006714556100340063/(pre[111])**8
    pre[117] = -0.048204773757997914/(pre[111])**5
    pre[118] = 3.167731932851784e-05*t68
    pre[119] = -0.007959562717702253*t69
    pre[120] = t26
    pre[121] = t27
    pre[122] = t28
    pre[123] = (pre[120])**2 + (pre[121])**2 + (pre[122])**2
    t70 = (pre[123])**-6
    pre[124] = 1.5987038334143007e-05*t70
    t71 = (pre[123])**-3
    pre[125] = -0.00401706447983316*t71
    pre[126] = 0.012051193439499478/(pre[123])**4
    pre[127] = -9.592223000485804e-05/(pre[123])**7
    pre[128] = 0.0006714556100340063/(pre[123])**8
    pre[129] = -0.048204773757997914/(pre[123])**5
    pre[130] = 3.167731932851784e-05*t70
    pre[131] = -0.007959562717702253*t71
    pre[132] = t41
    pre[133] = t44
    pre[134] = t46
    pre[135] = (pre[132])**2 + (pre[133])**2 + (pre[134])**2
    t72 = (pre[135])**-6
    pre[136] = 1.5987038334143007e-05*t72
    t73 = (pre[135])**-3
    pre[137] = -0.00401706447983316*t73
    pre[138] = 0.012051193439499478/(pre[135])**4
    pre[139] = -9.592223000485804e-05/(pre[135])**7
    pre[140] = 0.0006714556100340063/(pre[135])**8
    pre[141] = -0.048204773757997914/(pre[135])**5
    pre[142] = 3.167731932851784e-05*t72
    pre[143] = -0.007959562717702253*t73
    pre[144] = t18
    pre[145] = t20
    pre[146] = t23
    pre[147] = (pre[144])**2 + (pre[145])**2 + (pre[146])**2
    t74 = (pre[147])**-6
    pre[148] = 1.5987038334143007e-05*t74
    t75 = (pre[147])**-3
    pre[149] = -0.00401706447983316*t75
    pre[150] = 0.012051193439499478/(pre[147])**4
    pre[151] = -9.592223000485804e-05/(pre[147])**7
    pre[152] = 0.0006714556100340063/(pre[147])**8
    pre[153] = -0.048204773757997914/(pre[147])**5
    pre[154] = 3.167731932851784e-05*t74
    pre[155] = -0.007959562717702253*t75
    pre[156] = t53
    pre[157] = t55
    pre[158] = t57
    pre[159] = (pre[156])**2 + (pre[157])**2 + (pre[158])**2
    t76 = (pre[159])**-6
    pre[160] = 1.5987038334143007e-05*t76
    t77 = (pre[159])**-3
    pre[161] = -0.00401706447983316*t77
    pre[162] = 0.012051193439499478/(pre[159])**4
    pre[163] = -9.592223000485804e-05/(pre[159])**7
    pre[164] = 0.0006714556100340063/(pre[159])**8
    pre[165] = -0.048204773757997914/(pre[159])**5
    pre[166] = 3.167731932851784e-05*t76
    pre[167] = -0.007959562717702253*t77
    pre[168] = t61
    pre[169] = t63
    pre[170] = t65
    pre[171] = (pre[168])**2 + (pre[169])**2 + (pre[170])**2
    t78 = (pre[171])**-6
    pre[172] = 1.5987038334143007e-05*t78
    t79 = (pre[171])**-3
    pre[173] = -0.00401706447983316*t79
    pre[174] = 0.012051193439499478/(pre[171])**4
    pre[175] = -9.592223000485804e-05/(pre[171])**7
    pre[176] = 0.0006714556100340063/(pre[171])**8
    pre[177] = -0.048204773757997914/(pre[171])**5
    pre[178] = 3.167731932851784e-05*t78
    pre[179] = -0.007959562717702253*t79
    pre[180] = t3
    pre[181] = t9
    pre[182] = t14
    pre[183] = (pre[180])**2 + (pre[181])**2 + (pre[182])**2
    t80 = (pre[183])**-6
    pre[184] = 1.5987038334143007e-05*t80
    t81 = (pre[183])**-3
    pre[185] = -0.00401706447983316*t81
    pre[186] = 0.012051193439499478/(pre[183])**4
    pre[187] = -9.592223000485804e-05/(pre[183])**7
    pre[188] = 0.0006714556100340063/(pre[183])**8
    pre[189] = -0.048204773757997914/(pre[183])**5
    pre[190] = 3.167731932851784e-05*t80
    pre[191] = -0.007959562717702253*t81
    t82 = in_A_2 + t0
    pre[192] = -t26 - t82
    t83 = in_A_5 + t5
    pre[193] = -t27 - t83
    t84 = 1.0 + in_A_8
    pre[194] = -t29 - t84
    pre[195] = (pre[192])**2 + (pre[193])**2 + (pre[194])**2
    t85 = (pre[195])**-6
    pre[196] = 1.5987038334143007e-05*t85
    t86 = (pre[195])**-3
    pre[197] = -0.00401706447983316*t86
    pre[198] = 0.012051193439499478/(pre[195])**4
    pre[199] = -9.592223000485804e-05/(pre[195])**7
    pre[200] = 0.0006714556100340063/(pre[195])**8
    pre[201] = -0.048204773757997914/(pre[195])**5
    pre[202] = 3.167731932851784e-05*t85
    pre[203] = -0.007959562717702253*t86
    pre[204] = -t82
    pre[205] = -t83
    t87 = t10 + t84
    pre[206] = -t87
    pre[207] = (pre[204])**2 + (pre[205])**2 + (pre[206])**2
    t88 = (pre[207])**-6
    pre[208] = 1.5987038334143007e-05*t88
    t89 = (pre[207])**-3
    pre[209] = -0.00401706447983316*t89
    pre[210] = 0.012051193439499478/(pre[207])**4
    pre[211] = -9.592223000485804e-05/(pre[207])**7
    pre[212] = 0.0006714556100340063/(pre[207])**8
    pre[213] = -0.048204773757997914/(pre[207])**5
    pre[214] = 3.167731932851784e-05*t88
    pre[215] = -0.007959562717702253*t89
    t90 = in_A_1 + t0
    pre[216] = -t18 - t90
    t91 = 1.0 + in_A_4
    pre[217] = -t21 - t91
    t92 = in_A_7 + t10
    pre[218] = -t23 - t92
    pre[219] = (pre[216])**2 + (pre[217])**2 + (pre[218])**2
    t93 = (pre[219])**-6
    pre[220] = 1.5987038334143007e-05*t93
    t94 = (pre[219])**-3
    pre[221] = -0.00401706447983316*t94
    pre[222] = 0.012051193439499478/(pre[219])**4
    pre[223] = -9.592223000485804e-05/(pre[219])**7
    pre[224] = 0.0006714556100340063/(pre[219])**8
    pre[225] = -0.048204773757997914/(pre[219])**5
    pre[226] = 3.167731932851784e-05*t93
    pre[227] = -0.007959562717702253*t94
    t95 = t32 + t60
    pre[228] = t95
    pre[229] = t33 + t62
    t96 = -0.5 - t12
    t97 = t22 + t96
    pre[230] = t34 + t97
    pre[231] = (pre[228])**2 + (pre[229])**2 + (pre[230])**2
    t98 = (pre[231])**-6
    pre[232] = 1.5987038334143007e-05*t98
    t99 = (pre[231])**-3
    pre[233] = -0.00401706447983316*t99
    pre[234] = 0.012051193439499478/(pre[231])**4
    pre[235] = -9.592223000485804e-05/(pre[231])**7
    pre[236] = 0.0006714556100340063/(pre[231])**8
    pre[237] = -0.048204773757997914/(pre[231])**5
    pre[238] = 3.167731932851784e-05*t98
    pre[239] = -0.007959562717702253*t99
    pre[240] = -t90
    t100 = t5 + t91
    pre[241] = -t100
    pre[242] = -t92
    pre[243] = (pre[240])**2 + (pre[241])**2 + (pre[242])**2
    t101 = (pre[243])**-6
    pre[244] = 1.5987038334143007e-05*t101
    t102 = (pre[243])**-3
    pre[245] = -0.00401706447983316*t102
    pre[246] = 0.012051193439499478/(pre[243])**4
    pre[247] = -9.592223000485804e-05/(pre[243])**7
    pre[248] = 0.0006714556100340063/(pre[243])**8
    pre[249] = -0.048204773757997914/(pre[243])**5
    pre[250] = 3.167731932851784e-05*t101
    pre[251] = -0.007959562717702253*t102
    t103 = 1.0 + in_A_0
    pre[252] = -t103 - t4
    t104 = in_A_3 + t5
    pre[253] = -t104 - t9
    t105 = in_A_6 + t10
    pre[254] = -t105 - t14
    pre[255] = (pre[252])**2 + (pre[253])**2 + (pre[254])**2
    t106 = (pre[255])**-6
    pre[256] = 1.5987038334143007e-05*t106
    t107 = (pre[255])**-3
    pre[257] = -0.00401706447983316*t107
    pre[258] = 0.012051193439499478/(pre[255])**4
    pre[259] = -9.592223000485804e-05/(pre[255])**7
    pre[260] = 0.0006714556100340063/(pre[255])**8
    pre[261] = -0.048204773757997914/(pre[255])**5
    pre[262] = 3.167731932851784e-05*t106
    pre[263] = -0.007959562717702253*t107
    pre[264] = t32 + t40
    t108 = t33 + t43
    pre[265] = t108
    t109 = t11 + t34
    pre[266] = t109 + t96
    pre[267] = (pre[264])**2 + (pre[265])**2 + (pre[266])**2
    t110 = (pre[267])**-6
    pre[268] = 1.5987038334143007e-05*t110
    t111 = (pre[267])**-3
    pre[269] = -0.00401706447983316*t111
    pre[270] = 0.012051193439499478/(pre[267])**4
    pre[271] = -9.592223000485804e-05/(pre[267])**7
    pre[272] = 0.0006714556100340063/(pre[267])**8
    pre[273] = -0.048204773757997914/(pre[267])**5
    pre[274] = 3.167731932851784e-05*t110
    pre[275] = -0.007959562717702253*t111
    t112 = t2 + t51
    pre[276] = t112 + t32
    pre[277] = -t43 - t5
    t113 = t34 + t46
    pre[278] = t113
    pre[279] = (pre[276])**2 + (pre[277])**2 + (pre[278])**2
    t114 = (pre[279])**-6
    pre[280] = 1.5987038334143007e-05*t114
    t115 = (pre[279])**-3
    pre[281] = -0.00401706447983316*t115
    pre[282] = 0.012051193439499478/(pre[279])**4
    pre[283] = -9.592223000485804e-05/(pre[279])**7
    pre[284] = 0.0006714556100340063/(pre[279])**8
    pre[285] = -0.048204773757997914/(pre[279])**5
    pre[286] = 3.167731932851784e-05*t114
    pre[287] = -0.007959562717702253*t115
    t116 = t0 + t103
    pre[288] = -t116
    pre[289] = -t104
    pre[290] = -t105
    pre[291] = (pre[288])**2 + (pre[289])**2 + (pre[290])**2
    t117 = (pre[291])**-6
    pre[292] = 1.5987038334143007e-05*t117
    t118 = (pre[291])**-3
    pre[293] = -0.00401706447983316*t118
    pre[294] = 0.012051193439499478/(pre[291])**4
    pre[295] = -9.592223000485804e-05/(pre[291])**7
    pre[296] = 0.0006714556100340063/(pre[291])**8
    pre[297] = -0.048204773757997914/(pre[291])**5
    pre[298] = 3.167731932851784e-05*t117
    pre[299] = -0.007959562717702253*t118
    t119 = t32 + t52
    pre[300] = t119
    t120 = -0.5 - t7
    t121 = t120 + t19
    pre[301] = t121 + t33
    pre[302] = t34 + t56
    pre[303] = (pre[300])**2 + (pre[301])**2 + (pre[302])**2
    t122 = (pre[303])**-6
    pre[304] = 1.5987038334143007e-05*t122
    t123 = (pre[303])**-3
    pre[305] = -0.00401706447983316*t123
    pre[306] = 0.012051193439499478/(pre[303])**4
    pre[307] = -9.592223000485804e-05/(pre[303])**7
    pre[308] = 0.0006714556100340063/(pre[303])**8
    pre[309] = -0.048204773757997914/(pre[303])**5
    pre[310] = 3.167731932851784e-05*t122
    pre[311] = -0.007959562717702253*t123
    pre[312] = -t0 - t52
    t124 = t33 + t55
    pre[313] = t124
    pre[314] = t109 + t64
    pre[315] = (pre[312])**2 + (pre[313])**2 + (pre[314])**2
    t125 = (pre[315])**-6
    pre[316] = 1.5987038334143007e-05*t125
    t126 = (pre[315])**-3
    pre[317] = -0.00401706447983316*t126
    pre[318] = 0.012051193439499478/(pre[315])**4
    pre[319] = -9.592223000485804e-05/(pre[315])**7
    pre[320] = 0.0006714556100340063/(pre[315])**8
    pre[321] = -0.048204773757997914/(pre[315])**5
    pre[322] = 3.167731932851784e-05*t125
    pre[323] = -0.007959562717702253*t126
    pre[324] = -t0 - t60
    t127 = t54 + t6
    pre[325] = t127 + t33
    t128 = t34 + t65
    pre[326] = t128
    pre[327] = (pre[324])**2 + (pre[325])**2 + (pre[326])**2
    t129 = (pre[327])**-6
    pre[328] = 1.5987038334143007e-05*t129
    t130 = (pre[327])**-3
    pre[329] = -0.00401706447983316*t130
    pre[330] = 0.012051193439499478/(pre[327])**4
    pre[331] = -9.592223000485804e-05/(pre[327])**7
    pre[332] = 0.0006714556100340063/(pre[327])**8
    pre[333] = -0.048204773757997914/(pre[327])**5
    pre[334] = 3.167731932851784e-05*t129
    pre[335] = -0.007959562717702253*t130
    t131 = (in_A_3)**2
    t132 = (in_A_6)**2
    t133 = t131 + t132
    t134 = t133 + (t103)**2
    pre[336] = t134
    t135 = (in_A_1)**2
    t136 = (in_A_7)**2
    t137 = t135 + t136 + (t91)**2
    pre[337] = t137
    t138 = (in_A_2)**2
    t139 = (in_A_5)**2
    t140 = t138 + t139 + (t84)**2
    pre[338] = t140
    pre[339] = t134
    pre[340] = t137
    pre[341] = t140
    pre[342] = (-in_A_1 - t82)**2 + (-t83 - t91)**2 + (-t84 - t92)**2
    t141 = -in_A_2
    t142 = t11 + t64
    pre[343] = (t119 + t141)**2 + (-t142 - t87)**2 + (-t55 - t83)**2
    pre[344] = (-in_A_3 - t83)**2 + (-t103 - t82)**2 + (-t105 - t84)**2
    t143 = -in_A_5
    pre[345] = (t124 + t143)**2 + (-t52 - t82)**2 + (-t56 - t87)**2
    pre[346] = (-in_A_6 - t92)**2 + (-t103 - t90)**2 + (-t104 - t91)**2
    pre[347] = (t26 + t32)**2 + (t27 + t33)**2 + (t28 + t34)**2
    t144 = -in_A_7
    pre[348] = (t128 + t144)**2 + (-t100 - t62)**2 + (-t60 - t90)**2
    t145 = -in_A_1
    pre[349] = (t145 + t95)**2 + (-t100 - t127)**2 + (-t65 - t92)**2
    pre[350] = (t18 + t32)**2 + (t20 + t33)**2 + (t23 + t34)**2
    t146 = -in_A_3
    pre[351] = (t108 + t146)**2 + (-t105 - t46)**2 + (-t112 - t116)**2
    t147 = -in_A_6
    pre[352] = (t113 + t147)**2 + (-t104 - t43)**2 + (-t116 - t40)**2
    pre[353] = (t14 + t34)**2 + (t3 + t32)**2 + (t33 + t9)**2
    t148 = (-in_A_1 - t60)**2 + (-in_A_7 - t97)**2 + (-t62 - t91)**2
    pre[354] = t148
    t149 = (in_A_3 + t9)**2 + (in_A_6 + t14)**2 + (t103 + t3)**2
    pre[355] = t149
    t150 = (in_A_2 + t52)**2 + (in_A_5 + t121)**2 + (t56 + t84)**2
    pre[356] = t150
    t151 = (-in_A_6 - t46)**2 + (-t103 - t112)**2 + (-in_A_3 - t120 - t6)**2
    pre[357] = t151
    t152 = (-t144 - t23)**2 + (-t145 - t18)**2 + (1.0 + in_A_4 - t20)**2
    pre[358] = t152
    t153 = (-in_A_3 - t43)**2 + (-t103 - t40)**2 + (-in_A_6 - t11 - t96)**2
    pre[359] = t153
    t154 = (in_A_1 + t18)**2 + (in_A_7 + t23)**2 + (t20 + t91)**2
    pre[360] = t154
    t155 = (-t141 - t26)**2 + (-t143 - t27)**2 + (1.0 + in_A_8 - t28)**2
    pre[361] = t155
    t156 = (in_A_2 + t26)**2 + (in_A_5 + t27)**2 + (t28 + t84)**2
    pre[362] = t156
    t157 = (t14 + t147)**2 + (t146 + t9)**2 + (-t103 - t39 - t51)**2
    pre[363] = t157
    t158 = (in_A_7 + t65)**2 + (t127 + t91)**2 + (-t145 - t60)**2
    pre[364] = t158
    t159 = (in_A_5 + t55)**2 + (t142 + t84)**2 + (-t141 - t52)**2
    pre[365] = t159
    pre[366] = t148
    pre[367] = t149
    pre[368] = t150
    pre[369] = t151
    pre[370] = t152
    pre[371] = t153
    pre[372] = t154
    pre[373] = t155
    pre[374] = t156
    pre[375] = t157
    pre[376] = t158
    pre[377] = t159
    t160 = in_A_0*in_A_4
    t161 = in_A_0*in_A_8
    t162 = in_A_4*in_A_8
    t163 = in_A_1*in_A_3
    t164 = in_A_2*in_A_6
    t165 = in_A_5*in_A_7
    t166 = in_A_8*t160
    t167 = in_A_1*in_A_6
    t168 = in_A_5*t167
    t169 = in_A_3*in_A_7
    t170 = in_A_2*t169
    t171 = in_A_0*t165
    t172 = in_A_8*t163
    t173 = in_A_4*t164
    t174 = (in_A_0)**2
    t175 = 2.0*in_A_0
    t176 = (0.81)*t135
    t177 = (0.81)*t131
    t178 = (0.38)*in_A_0
    t179 = (0.38)*in_A_4
    t180 = (0.19)*t174
    t181 = (in_A_4)**2
    t182 = (0.19)*t181
    t183 = (0.19)*t132
    t184 = (0.19)*t136
    t185 = t174*t181
    t186 = t136*t174
    t187 = t131*t135
    t188 = t132*t135
    t189 = t131*t136
    t190 = t132*t181
    t191 = 2.0*t163
    t192 = t175*t181
    t193 = t136*t175
    t194 = 2.0*in_A_4
    t195 = t174*t194
    t196 = t132*t194
    t197 = 4.0*t160
    t198 = t163*t175
    t199 = in_A_4*t191
    t200 = in_A_7*t167
    t201 = 2.0*t200
    t202 = in_A_6*t169
    t203 = 2.0*t202
    t204 = t175*t200
    t205 = t194*t202
    t206 = (in_A_8)**2
    t207 = (1.62)*in_A_0
    t208 = (1.62)*in_A_4
    t209 = (1.62)*in_A_8
    t210 = (0.81)*t139
    t211 = (0.81)*t138
    t212 = (0.38)*t163
    t213 = (0.38)*t164
    t214 = (0.38)*t165
    t215 = (0.38)*in_A_8
    t216 = t191*t206
    t217 = 2.0*t164
    t218 = t181*t217
    t219 = 2.0*t165
    t220 = t174*t219
    t221 = 2.0*t168
    t222 = 2.0*t170
    t223 = 2.0*in_A_8
    t224 = 4.0*t161
    t225 = 4.0*t162
    t226 = (1.62)*in_A_5
    t227 = in_A_1*in_A_2
    t228 = in_A_7*t227
    t229 = in_A_3*t226
    t230 = 2.0*in_A_5
    t231 = t131*t228
    t232 = in_A_3*t230
    t233 = in_A_6*t135
    t234 = t164*t191
    t235 = t165*t191
    t236 = t165*t217
    t237 = in_A_3*in_A_5
    t238 = in_A_2*t237
    t239 = in_A_5*t227
    t240 = 4.0*t166
    if not numpy.all(numpy.asarray(in_A_4 + in_A_8 + t103 + t160 + t161 + t162 + t166 + t168 + t170 - t163 - t164 - t165 - t171 - t172 - t173) > 0):
        raise ValueError("det(I + A) must be positive (the deformation inverts the crystal)")
    if not numpy.all(numpy.asarray(0.0244140625 - (-0.6280055373642862 + in_p_0 - 0.6280055373642862*in_A_0 - 0.6280055373642862*in_A_1 - 0.6280055373642862*in_A_2)**2 - (-0.6280055373642862 + in_p_1 - 0.6280055373642862*in_A_3 - 0.6280055373642862*in_A_4 - 0.6280055373642862*in_A_5)**2 - (-0.6280055373642862 + in_p_2 - 0.6280055373642862*in_A_6 - 0.6280055373642862*in_A_7 - 0.6280055373642862*in_A_8)**2) > 0):
        raise ValueError("shift p1 moved more than 0.156 from its affine position (outside the range where the neighbour set is valid)")
    if not numpy.all(numpy.asarray(0.19 + t133 + t174 + t175) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.0361 + t178 + t179 + t180 + t182 + t183 + t184 + t185 + t186 + t187 + t188 + t189 + t190 + t192 + t193 + t195 + t196 + t197 - t176 - t177 - t191 - t198 - t199 - t201 - t203 - t204 - t205 - t160*t191) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.006859 + t221 + t222 + t234 + t235 + t236 - t212 - t213 - t214 - t216 - t218 - t220 - 4.0*t171 - 4.0*t172 - 4.0*t173 - 2.0*t231 + 8.0*t166 - 0.1539*t131 - 0.1539*t132 - 0.1539*t135 - 0.1539*t136 - 0.1539*t138 - 0.1539*t139 - 0.81*t186 - 0.81*t190 + (0.76)*t160 + (0.76)*t161 + (0.76)*t162 + (0.19)*t187 + (1.62)*t200 + (1.62)*t202 + (1.62)*t228 + (0.0722)*in_A_0 + (0.0722)*in_A_4 + (0.0722)*in_A_8 + (0.0361)*t174 + (0.0361)*t181 + (0.0361)*t206 + in_A_2*t229 + in_A_6*t229 + in_A_8*t221 + in_A_8*t222 + t138*t183 + t138*t189 + t138*t190 + t138*t196 + t139*t184 + t139*t186 + t139*t188 + t139*t193 + t160*t221 + t160*t222 + t160*t236 + t161*t221 + t161*t222 + t161*t235 + t162*t221 + t162*t222 + t162*t234 + t165*t198 + t165*t234 + t166*t221 + t166*t222 + t168*t175 + t168*t194 + t170*t175 + t170*t194 + t172*t217 + t172*t219 + t173*t191 + t173*t219 + t174*t179 + t174*t215 + t174*t225 + t178*t181 + t178*t206 + t179*t206 + t180*t181 + t180*t206 + t181*t215 + t181*t224 + t182*t206 + t185*t206 + t185*t223 + t187*t206 + t187*t223 + t192*t206 + t195*t206 + t197*t206 + t200*t207 + t202*t208 + t207*t238 + t208*t239 + t209*t228 + t226*t227 - in_A_8*t213 - in_A_8*t214 - in_A_8*t218 - in_A_8*t220 - t131*t209 - t132*t176 - t132*t208 - t132*t210 - t135*t209 - t136*t177 - t136*t207 - t136*t211 - t138*t177 - t138*t203 - t138*t205 - t138*t208 - t139*t176 - t139*t201 - t139*t204 - t139*t207 - t160*t212 - t160*t216 - t161*t213 - t161*t218 - t162*t214 - t162*t220 - t163*t178 - t163*t179 - t163*t224 - t163*t225 - t163*t240 - t164*t178 - t164*t192 - t164*t197 - t164*t225 - t164*t240 - t165*t179 - t165*t195 - t165*t197 - t165*t224 - t165*t240 - t174*t210 - t176*t206 - t177*t206 - t181*t211 - t193*t238 - t196*t239 - t198*t206 - t199*t206 - t223*t231 - t232*t233 + in_A_6*t209*t237 + t164*t165*t175 - in_A_2*t136*t232 - t132*t227*t230 - t223*t233*t237) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[3]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[15]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[27]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[39]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[51]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[63]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[75]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[87]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[99]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[111]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[123]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[135]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[147]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[159]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[171]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[183]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[195]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[207]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[219]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[231]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[243]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[255]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[267]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[279]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[291]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[303]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[315]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[327]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[336]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[337]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[338]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[339]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[340]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[341]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[342]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[343]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[344]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[345]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[346]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[347]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[348]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[349]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[350]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[351]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[352]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[353]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[354]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[355]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[356]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[357]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[358]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[359]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[360]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[361]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[362]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[363]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[364]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[365]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[366]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[367]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[368]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[369]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[370]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[371]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[372]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[373]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[374]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[375]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[376]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[377]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    return pre


def _preamble_fractional_bonds(in_A_0, in_A_1, in_A_2, in_A_3, in_A_4, in_A_5, in_A_6, in_A_7, in_A_8, in_q_0, in_q_1, in_q_2):
    """The 314 intermediates pre[i] its kernels share; ValueError where one of its guards fails."""
    pre = [None] * 314
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
    pre[9] = 0.0006714556100340063/(pre[6])**8
    pre[10] = -0.048204773757997914/(pre[6])**5
    t8 = -0.5 + t0
    pre[11] = t8
    pre[12] = t1
    pre[13] = t4
    pre[14] = in_A_1*pre[12] + in_A_2*pre[13] + pre[11]*t5
    pre[15] = in_A_3*pre[11] + in_A_5*pre[13] + pre[12]*t6
    pre[16] = in_A_6*pre[11] + in_A_7*pre[12] + pre[13]*t7
    pre[17] = (pre[14])**2 + (pre[15])**2 + (pre[16])**2
    pre[18] = 0.012051193439499478/(pre[17])**4
    pre[19] = -9.592223000485804e-05/(pre[17])**7
    pre[20] = 0.0006714556100340063/(pre[17])**8
    pre[21] = -0.048204773757997914/(pre[17])**5
    pre[22] = t8
    pre[23] = t2
    pre[24] = t3
    pre[25] = in_A_1*pre[23] + in_A_2*pre[24] + pre[22]*t5
    pre[26] = in_A_3*pre[22] + in_A_5*pre[24] + pre[23]*t6
    pre[27] = in_A_6*pre[22] + in_A_7*pre[23] + pre[24]*t7
    pre[28] = (pre[25])**2 + (pre[26])**2 + (pre[27])**2
    pre[29] = 0.012051193439499478/(pre[28])**4
    pre[30] = -9.592223000485804e-05/(pre[28])**7
    pre[31] = 0.0006714556100340063/(pre[28])**8
    pre[32] = -0.048204773757997914/(pre[28])**5
    pre[33] = t0
    pre[34] = t1
    pre[35] = t3
    pre[36] = in_A_1*pre[34] + in_A_2*pre[35] + pre[33]*t5
    pre[37] = in_A_3*pre[33] + in_A_5*pre[35] + pre[34]*t6
    pre[38] = in_A_6*pre[33] + in_A_7*pre[34] + pre[35]*t7
    pre[39] = (pre[36])**2 + (pre[37])**2 + (pre[38])**2
    pre[40] = 0.012051193439499478/(pre[39])**4
    pre[41] = -9.592223000485804e-05/(pre[39])**7
    pre[42] = 0.0006714556100340063/(pre[39])**8
    pre[43] = -0.048204773757997914/(pre[39])**5
    t10 = 0.5 + (0.5)*in_A_0
    t9 = (0.5)*in_A_1
    t11 = t10 + t9
    pre[44] = t11
    t12 = (0.5)*in_A_3
    t13 = (0.5)*in_A_4
    t14 = 0.5 + t13
    t15 = t12 + t14
    pre[45] = t15
    t16 = (0.5)*in_A_6
    t17 = (0.5)*in_A_7
    t18 = t16 + t17
    pre[46] = t18
    pre[47] = (pre[44])**2 + (pre[45])**2 + (pre[46])**2
    pre[48] = 0.012051193439499478/(pre[47])**4
    pre[49] = -9.592223000485804e-05/(pre[47])**7
    pre[50] = 0.0006714556100340063/(pre[47])**8
    pre[51] = -0.048204773757997914/(pre[47])**5
    t19 = (0.5)*in_A_2
    t20 = -t19
    t21 = t20 + t9
    t22 = -t21
    pre[52] = t22
    t23 = (0.5)*in_A_5
    t24 = -t23
    t25 = t14 + t24
    t26 = -t25
    pre[53] = t26
    t27 = -t17
    t28 = (0.5)*in_A_8
    t29 = 0.5 + t28
    t30 = t27 + t29
    pre[54] = t30
    pre[55] = (pre[52])**2 + (pre[53])**2 + (pre[54])**2
    pre[56] = 0.012051193439499478/(pre[55])**4
    pre[57] = -9.592223000485804e-05/(pre[55])**7
    pre[58] = 0.0006714556100340063/(pre[55])**8
    pre[59] = -0.048204773757997914/(pre[55])**5
    t31 = t10 + t19
    pre[60] = t31
    t32 = t12 + t23
    pre[61] = t32
    t33 = t16 + t29
    pre[62] = t33
    pre[63] = (pre[60])**2 + (pre[61])**2 + (pre[62])**2
    pre[64] = 0.012051193439499478/(pre[63])**4
    pre[65] = -9.592223000485804e-05/(pre[63])**7
    pre[66] = 0.0006714556100340063/(pre[63])**8
    pre[67] = -0.048204773757997914/(pre[63])**5
    t34 = -t9
    t35 = t10 + t34
    t36 = -t35
    pre[68] = t36
    t37 = -t12
    t38 = t14 + t37
    pre[69] = t38
    t39 = t16 + t27
    t40 = -t39
    pre[70] = t40
    pre[71] = (pre[68])**2 + (pre[69])**2 + (pre[70])**2
    pre[72] = 0.012051193439499478/(pre[71])**4
    pre[73] = -9.592223000485804e-05/(pre[71])**7
    pre[74] = 0.0006714556100340063/(pre[71])**8
    pre[75] = -0.048204773757997914/(pre[71])**5
    t41 = t10 + t20
    t42 = -t41
    pre[76] = t42
    t43 = t12 + t24
    t44 = -t43
    pre[77] = t44
    t45 = -t16
    t46 = t29 + t45
    pre[78] = t46
    pre[79] = (pre[76])**2 + (pre[77])**2 + (pre[78])**2
    pre[80] = 0.012051193439499478/(pre[79])**4
    pre[81] = -9.592223000485804e-05/(pre[79])**7
    pre[82] = 0.0006714556100340063/(pre[79])**8
    pre[83] = -0.048204773757997914/(pre[79])**5
    t47 = t19 + t9
    pre[84] = t47
    t48 = t14 + t23
    pre[85] = t48
    t49 = t17 + t29
    pre[86] = t49
    pre[87] = (pre[84])**2 + (pre[85])**2 + (pre[86])**2
    pre[88] = 0.012051193439499478/(pre[87])**4
    pre[89] = -9.592223000485804e-05/(pre[87])**7
    pre[90] = 0.0006714556100340063/(pre[87])**8
    pre[91] = -0.048204773757997914/(pre[87])**5
    pre[92] = t11
    pre[93] = t15
    pre[94] = t18
    pre[95] = (pre[92])**2 + (pre[93])**2 + (pre[94])**2
    pre[96] = 0.012051193439499478/(pre[95])**4
    pre[97] = -9.592223000485804e-05/(pre[95])**7
    pre[98] = 0.0006714556100340063/(pre[95])**8
    pre[99] = -0.048204773757997914/(pre[95])**5
    pre[100] = t22
    pre[101] = t26
    pre[102] = t30
    pre[103] = (pre[100])**2 + (pre[101])**2 + (pre[102])**2
    pre[104] = 0.012051193439499478/(pre[103])**4
    pre[105] = -9.592223000485804e-05/(pre[103])**7
    pre[106] = 0.0006714556100340063/(pre[103])**8
    pre[107] = -0.048204773757997914/(pre[103])**5
    pre[108] = t31
    pre[109] = t32
    pre[110] = t33
    pre[111] = (pre[108])**2 + (pre[109])**2 + (pre[110])**2
    pre[112] = 0.012051193439499478/(pre[111])**4
    pre[113] = -9.592223000485804e-05/(pre[111])**7
    pre[114] = 0.0006714556100340063/(pre[111])**8
    pre[115] = -0.048204773757997914/(pre[111])**5
    pre[116] = t36
    pre[117] = t38
    pre[118] = t40
    pre[119] = (pre[116])**2 + (pre[117])**2 + (pre[118])**2
    pre[120] = 0.012051193439499478/(pre[119])**4
    pre[121] = -9.592223000485804e-05/(pre[119])**7
    pre[122] = 0.0006714556100340063/(pre[119])**8
    pre[123] = -0.048204773757997914/(pre[119])**5
    pre[124] = t42
    pre[125] = t44
    pre[126] = t46
    pre[127] = (pre[124])**2 + (pre[125])**2 + (pre[126])**2
    pre[128] = 0.012051193439499478/(pre[127])**4
    pre[129] = -9.592223000485804e-05/(pre[127])**7
    pre[130] = 0.0006714556100340063/(pre[127])**8
    pre[131] = -0.048204773757997914/(pre[127])**5
    pre[132] = t47
    pre[133] = t48
    pre[134] = t49
    pre[135] = (pre[132])**2 + (pre[133])**2 + (pre[134])**2
    pre[136] = 0.012051193439499478/(pre[135])**4
    pre[137] = -9.592223000485804e-05/(pre[135])**7
    pre[138] = 0.0006714556100340063/(pre[135])**8
    pre[139] = -0.048204773757997914/(pre[135])**5
    pre[140] = t8
    pre[141] = t2
    t50 = -1.0 + t3
    pre[142] = t50
    pre[143] = in_A_1*pre[141] + in_A_2*pre[142] + pre[140]*t5
    pre[144] = in_A_3*pre[140] + in_A_5*pre[142] + pre[141]*t6
    pre[145] = in_A_6*pre[140] + in_A_7*pre[141] + pre[142]*t7
    pre[146] = (pre[143])**2 + (pre[144])**2 + (pre[145])**2
    pre[147] = 0.012051193439499478/(pre[146])**4
    pre[148] = -9.592223000485804e-05/(pre[146])**7
    pre[149] = 0.0006714556100340063/(pre[146])**8
    pre[150] = -0.048204773757997914/(pre[146])**5
    pre[151] = t0
    pre[152] = t1
    pre[153] = t50
    pre[154] = in_A_1*pre[152] + in_A_2*pre[153] + pre[151]*t5
    pre[155] = in_A_3*pre[151] + in_A_5*pre[153] + pre[152]*t6
    pre[156] = in_A_6*pre[151] + in_A_7*pre[152] + pre[153]*t7
    pre[157] = (pre[154])**2 + (pre[155])**2 + (pre[156])**2
    pre[158] = 0.012051193439499478/(pre[157])**4
    pre[159] = -9.592223000485804e-05/(pre[157])**7
    pre[160] = 0.0006714556100340063/(pre[157])**8
    pre[161] = -0.048204773757997914/(pre[157])**5
    pre[162] = t8
    t51 = -1.0 + t1
    pre[163] = t51
    pre[164] = t4
    pre[165] = in_A_1*pre[163] + in_A_2*pre[164] + pre[162]*t5
    pre[166] = in_A_3*pre[162] + in_A_5*pre[164] + pre[163]*t6
    pre[167] = in_A_6*pre[162] + in_A_7*pre[163] + pre[164]*t7
    pre[168] = (pre[165])**2 + (pre[166])**2 + (pre[167])**2
    pre[169] = 0.012051193439499478/(pre[168])**4
    pre[170] = -9.592223000485804e-05/(pre[168])**7
    pre[171] = 0.0006714556100340063/(pre[168])**8
    pre[172] = -0.048204773757997914/(pre[168])**5
    t52 = 0.5 + t0
    pre[173] = t52
    pre[174] = t1
    pre[175] = t4
    pre[176] = in_A_1*pre[174] + in_A_2*pre[175] + pre[173]*t5
    pre[177] = in_A_3*pre[173] + in_A_5*pre[175] + pre[174]*t6
    pre[178] = in_A_6*pre[173] + in_A_7*pre[174] + pre[175]*t7
    pre[179] = (pre[176])**2 + (pre[177])**2 + (pre[178])**2
    pre[180] = 0.012051193439499478/(pre[179])**4
    pre[181] = -9.592223000485804e-05/(pre[179])**7
    pre[182] = 0.0006714556100340063/(pre[179])**8
    pre[183] = -0.048204773757997914/(pre[179])**5
    pre[184] = t0
    pre[185] = t51
    pre[186] = t3
    pre[187] = in_A_1*pre[185] + in_A_2*pre[186] + pre[184]*t5
    pre[188] = in_A_3*pre[184] + in_A_5*pre[186] + pre[185]*t6
    pre[189] = in_A_6*pre[184] + in_A_7*pre[185] + pre[186]*t7
    pre[190] = (pre[187])**2 + (pre[188])**2 + (pre[189])**2
    pre[191] = 0.012051193439499478/(pre[190])**4
    pre[192] = -9.592223000485804e-05/(pre[190])**7
    pre[193] = 0.0006714556100340063/(pre[190])**8
    pre[194] = -0.048204773757997914/(pre[190])**5
    t53 = -1.0 + t0
    pre[195] = t53
    pre[196] = t2
    pre[197] = t4
    pre[198] = in_A_1*pre[196] + in_A_2*pre[197] + pre[195]*t5
    pre[199] = in_A_3*pre[195] + in_A_5*pre[197] + pre[196]*t6
    pre[200] = in_A_6*pre[195] + in_A_7*pre[196] + pre[197]*t7
    pre[201] = (pre[198])**2 + (pre[199])**2 + (pre[200])**2
    pre[202] = 0.012051193439499478/(pre[201])**4
    pre[203] = -9.592223000485804e-05/(pre[201])**7
    pre[204] = 0.0006714556100340063/(pre[201])**8
    pre[205] = -0.048204773757997914/(pre[201])**5
    pre[206] = t0
    t54 = 0.5 + t1
    pre[207] = t54
    pre[208] = t4
    pre[209] = in_A_1*pre[207] + in_A_2*pre[208] + pre[206]*t5
    pre[210] = in_A_3*pre[206] + in_A_5*pre[208] + pre[207]*t6
    pre[211] = in_A_6*pre[206] + in_A_7*pre[207] + pre[208]*t7
    pre[212] = (pre[209])**2 + (pre[210])**2 + (pre[211])**2
    pre[213] = 0.012051193439499478/(pre[212])**4
    pre[214] = -9.592223000485804e-05/(pre[212])**7
    pre[215] = 0.0006714556100340063/(pre[212])**8
    pre[216] = -0.048204773757997914/(pre[212])**5
    pre[217] = t0
    pre[218] = t2
    t55 = 0.5 + t3
    pre[219] = t55
    pre[220] = in_A_1*pre[218] + in_A_2*pre[219] + pre[217]*t5
    pre[221] = in_A_3*pre[217] + in_A_5*pre[219] + pre[218]*t6
    pre[222] = in_A_6*pre[217] + in_A_7*pre[218] + pre[219]*t7
    pre[223] = (pre[220])**2 + (pre[221])**2 + (pre[222])**2
    pre[224] = 0.012051193439499478/(pre[223])**4
    pre[225] = -9.592223000485804e-05/(pre[223])**7
    pre[226] = 0.0006714556100340063/(pre[223])**8
    pre[227] = -0.048204773757997914/(pre[223])**5
    pre[228] = t53
    pre[229] = t1
    pre[230] = t3
    pre[231] = in_A_1*pre[229] + in_A_2*pre[230] + pre[228]*t5
    pre[232] = in_A_3*pre[228] + in_A_5*pre[230] + pre[229]*t6
    pre[233] = in_A_6*pre[228] + in_A_7*pre[229] + pre[230]*t7
    pre[234] = (pre[231])**2 + (pre[232])**2 + (pre[233])**2
    pre[235] = 0.012051193439499478/(pre[234])**4
    pre[236] = -9.592223000485804e-05/(pre[234])**7
    pre[237] = 0.0006714556100340063/(pre[234])**8
    pre[238] = -0.048204773757997914/(pre[234])**5
    pre[239] = t52
    pre[240] = t2
    pre[241] = t3
    pre[242] = in_A_1*pre[240] + in_A_2*pre[241] + pre[239]*t5
    pre[243] = in_A_3*pre[239] + in_A_5*pre[241] + pre[240]*t6
    pre[244] = in_A_6*pre[239] + in_A_7*pre[240] + pre[241]*t7
    pre[245] = (pre[242])**2 + (pre[243])**2 + (pre[244])**2
    pre[246] = 0.012051193439499478/(pre[245])**4
    pre[247] = -9.592223000485804e-05/(pre[245])**7
    pre[248] = 0.0006714556100340063/(pre[245])**8
    pre[249] = -0.048204773757997914/(pre[245])**5
    pre[250] = t8
    pre[251] = t54
    pre[252] = t3
    pre[253] = in_A_1*pre[251] + in_A_2*pre[252] + pre[250]*t5
    pre[254] = in_A_3*pre[250] + in_A_5*pre[252] + pre[251]*t6
    pre[255] = in_A_6*pre[250] + in_A_7*pre[251] + pre[252]*t7
    pre[256] = (pre[253])**2 + (pre[254])**2 + (pre[255])**2
    pre[257] = 0.012051193439499478/(pre[256])**4
    pre[258] = -9.592223000485804e-05/(pre[256])**7
    pre[259] = 0.0006714556100340063/(pre[256])**8
    pre[260] = -0.048204773757997914/(pre[256])**5
    pre[261] = t8
    pre[262] = t1
    pre[263] = t55
    pre[264] = in_A_1*pre[262] + in_A_2*pre[263] + pre[261]*t5
    pre[265] = in_A_3*pre[261] + in_A_5*pre[263] + pre[262]*t6
    pre[266] = in_A_6*pre[261] + in_A_7*pre[262] + pre[263]*t7
    pre[267] = (pre[264])**2 + (pre[265])**2 + (pre[266])**2
    pre[268] = 0.012051193439499478/(pre[267])**4
    pre[269] = -9.592223000485804e-05/(pre[267])**7
    pre[270] = 0.0006714556100340063/(pre[267])**8
    pre[271] = -0.048204773757997914/(pre[267])**5
    t56 = (in_A_3)**2
    t57 = (in_A_6)**2
    t58 = t56 + t57
    t59 = t58 + (t5)**2
    pre[272] = t59
    t60 = (in_A_1)**2
    t61 = (in_A_7)**2
    t62 = t60 + t61 + (t6)**2
    pre[273] = t62
    t63 = (in_A_2)**2
    t64 = (in_A_5)**2
    t65 = t63 + t64 + (t7)**2
    pre[274] = t65
    pre[275] = t59
    pre[276] = t62
    pre[277] = t65
    t66 = in_A_1*t51
    t67 = in_A_2*t50
    t68 = t0*t5
    t69 = in_A_5*t50
    t70 = t51*t6
    t71 = in_A_3*t0
    t72 = in_A_7*t51
    t73 = t50*t7
    t74 = in_A_6*t0
    pre[278] = (t66 + t67 + t68)**2 + (t69 + t70 + t71)**2 + (t72 + t73 + t74)**2
    t75 = in_A_1*t2
    t76 = t5*t52
    t77 = in_A_3*t52
    t78 = t2*t6
    t79 = in_A_6*t52
    t80 = in_A_7*t2
    pre[279] = (t67 + t75 + t76)**2 + (t69 + t77 + t78)**2 + (t73 + t79 + t80)**2
    t81 = t5*t53
    t82 = in_A_1*t1
    t83 = in_A_3*t53
    t84 = t1*t6
    t85 = in_A_6*t53
    t86 = in_A_7*t1
    pre[280] = (t67 + t81 + t82)**2 + (t69 + t83 + t84)**2 + (t73 + t85 + t86)**2
    t87 = in_A_1*t54
    t88 = t5*t8
    t89 = in_A_3*t8
    t90 = t54*t6
    t91 = in_A_6*t8
    t92 = in_A_7*t54
    pre[281] = (t67 + t87 + t88)**2 + (t69 + t89 + t90)**2 + (t73 + t91 + t92)**2
    t93 = in_A_2*t3
    t94 = in_A_5*t3
    t95 = t3*t7
    pre[282] = (t66 + t81 + t93)**2 + (t70 + t83 + t94)**2 + (t72 + t85 + t95)**2
    pre[283] = (t76 + t87 + t93)**2 + (t77 + t90 + t94)**2 + (t79 + t92 + t95)**2
    t96 = in_A_2*t55
    t97 = in_A_5*t55
    t98 = t55*t7
    pre[284] = (t66 + t88 + t96)**2 + (t70 + t89 + t97)**2 + (t72 + t91 + t98)**2
    t100 = in_A_5*t4
    t101 = t4*t7
    t99 = in_A_2*t4
    pre[285] = (t100 + t70 + t77)**2 + (t101 + t72 + t79)**2 + (t66 + t76 + t99)**2
    pre[286] = (t76 + t82 + t96)**2 + (t77 + t84 + t97)**2 + (t79 + t86 + t98)**2
    pre[287] = (t100 + t83 + t90)**2 + (t101 + t85 + t92)**2 + (t81 + t87 + t99)**2
    pre[288] = (t75 + t81 + t96)**2 + (t78 + t83 + t97)**2 + (t80 + t85 + t98)**2
    pre[289] = (t68 + t87 + t96)**2 + (t71 + t90 + t97)**2 + (t74 + t92 + t98)**2
    t102 = -0.5 - t28
    t103 = (-in_A_1 - t41)**2 + (-t43 - t6)**2 + (-in_A_7 - t102 - t16)**2
    pre[290] = t103
    t104 = (in_A_3 + t48)**2 + (in_A_6 + t49)**2 + (t47 + t5)**2
    pre[291] = t104
    t105 = -0.5 - t13
    t106 = (in_A_2 + t35)**2 + (t39 + t7)**2 + (in_A_5 + t105 + t12)**2
    pre[292] = t106
    t107 = t34 + t5
    t108 = (-in_A_6 - t30)**2 + (-t107 - t19)**2 + (-in_A_3 - t105 - t23)**2
    pre[293] = t108
    t109 = -in_A_1
    t110 = (in_A_7 - t33)**2 + (-t109 - t31)**2 + (1.0 + in_A_4 - t32)**2
    pre[294] = t110
    t111 = (-in_A_3 - t25)**2 + (-t21 - t5)**2 + (-in_A_6 - t102 - t17)**2
    pre[295] = t111
    t112 = (in_A_1 + t31)**2 + (in_A_7 + t33)**2 + (t32 + t6)**2
    pre[296] = t112
    t113 = -in_A_2
    t114 = (in_A_5 - t15)**2 + (-t11 - t113)**2 + (1.0 + in_A_8 - t18)**2
    pre[297] = t114
    t115 = (in_A_2 + t11)**2 + (in_A_5 + t15)**2 + (t18 + t7)**2
    pre[298] = t115
    t116 = (t48 - in_A_3)**2 + (t49 - in_A_6)**2 + (-t107 - t20)**2
    pre[299] = t116
    t117 = (in_A_7 + t46)**2 + (-t109 - t41)**2 + (t23 + t37 + t6)**2
    pre[300] = t117
    t118 = (in_A_5 + t38)**2 + (-t113 - t35)**2 + (t17 + t45 + t7)**2
    pre[301] = t118
    pre[302] = t103
    pre[303] = t104
    pre[304] = t106
    pre[305] = t108
    pre[306] = t110
    pre[307] = t111
    pre[308] = t112
    pre[309] = t114
    pre[310] = t115
    pre[311] = t116
    pre[312] = t117
    pre[313] = t118
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
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[17]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[28]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[39]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[47]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[55]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[63]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[71]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[79]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[87]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[95]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[103]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[111]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[119]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[127]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[135]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[146]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[157]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[168]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[179]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[190]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[201]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[212]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[223]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[234]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[245]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[256]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - pre[267]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[272]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[273]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[274]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[275]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[276]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[277]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[278]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[279]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[280]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[281]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[282]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[283]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[284]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[285]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[286]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[287]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[288]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[289]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[290]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[291]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[292]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[293]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[294]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[295]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[296]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[297]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[298]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[299]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[300]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[301]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[302]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[303]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[304]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[305]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[306]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[307]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[308]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[309]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[310]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[311]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[312]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + pre[313]) > 0):
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
    out[..., 0] = pre[100] + pre[101] + pre[112] + pre[113] + pre[124] + pre[125] + pre[136] + pre[137] + pre[148] + pre[149] + pre[160] + pre[161] + pre[16] + pre[172] + pre[173] + pre[17] + pre[184] + pre[185] + pre[196] + pre[197] + pre[208] + pre[209] + pre[220] + pre[221] + pre[232] + pre[233] + pre[244] + pre[245] + pre[256] + pre[257] + pre[268] + pre[269] + pre[280] + pre[281] + pre[28] + pre[292] + pre[293] + pre[29] + pre[304] + pre[305] + pre[316] + pre[317] + pre[328] + pre[329] + pre[40] + pre[41] + pre[4] + pre[52] + pre[53] + pre[5] + pre[64] + pre[65] + pre[76] + pre[77] + pre[88] + pre[89]
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
    t0 = pre[12]*pre[18]
    t1 = pre[12]*pre[19]
    t2 = pre[156]*pre[162]
    t3 = pre[156]*pre[163]
    t4 = pre[216]*pre[222]
    t5 = pre[216]*pre[223]
    t6 = pre[312]*pre[318]
    t7 = pre[312]*pre[319]
    t8 = pre[84]*pre[90]
    t9 = pre[84]*pre[91]
    t10 = pre[300]*pre[306]
    t11 = pre[300]*pre[307]
    t12 = pre[252]*pre[258]
    t13 = pre[252]*pre[259]
    t14 = 2.0*pre[288]
    t15 = pre[192]*pre[198]
    t16 = pre[192]*pre[199]
    t17 = t15 + t16 + pre[24]*pre[30] + pre[24]*pre[31] - pre[120]*pre[126] - pre[120]*pre[127] - pre[48]*pre[54] - pre[48]*pre[55]
    t18 = pre[102]*pre[96] + pre[103]*pre[96] + pre[168]*pre[174] + pre[168]*pre[175] + pre[324]*pre[330] + pre[324]*pre[331] - pre[228]*pre[234] - pre[228]*pre[235]
    t19 = pre[0]*pre[6]
    t20 = pre[0]*pre[7]
    t21 = 2.0*pre[240]
    t22 = pre[132]*pre[138] + pre[132]*pre[139] + pre[276]*pre[282] + pre[276]*pre[283] + pre[60]*pre[66] + pre[60]*pre[67] - pre[264]*pre[270] - pre[264]*pre[271]
    t23 = 2.0*pre[204]
    t24 = pre[13]*pre[18]
    t25 = pre[13]*pre[19]
    t26 = pre[157]*pre[162]
    t27 = pre[157]*pre[163]
    t28 = pre[217]*pre[222]
    t29 = pre[217]*pre[223]
    t30 = pre[313]*pre[318]
    t31 = pre[313]*pre[319]
    t32 = pre[85]*pre[90]
    t33 = pre[85]*pre[91]
    t34 = pre[301]*pre[306]
    t35 = pre[301]*pre[307]
    t36 = pre[253]*pre[258]
    t37 = pre[253]*pre[259]
    t38 = 2.0*pre[289]
    t39 = pre[193]*pre[198]
    t40 = pre[193]*pre[199]
    t41 = t39 + t40 + pre[25]*pre[30] + pre[25]*pre[31] - pre[121]*pre[126] - pre[121]*pre[127] - pre[49]*pre[54] - pre[49]*pre[55]
    t42 = pre[102]*pre[97] + pre[103]*pre[97] + pre[169]*pre[174] + pre[169]*pre[175] + pre[325]*pre[330] + pre[325]*pre[331] - pre[229]*pre[234] - pre[229]*pre[235]
    t43 = pre[1]*pre[6]
    t44 = pre[1]*pre[7]
    t45 = 2.0*pre[241]
    t46 = pre[133]*pre[138] + pre[133]*pre[139] + pre[277]*pre[282] + pre[277]*pre[283] + pre[61]*pre[66] + pre[61]*pre[67] - pre[265]*pre[270] - pre[265]*pre[271]
    t47 = 2.0*pre[205]
    t48 = pre[14]*pre[18]
    t49 = pre[14]*pre[19]
    t50 = pre[158]*pre[162]
    t51 = pre[158]*pre[163]
    t52 = pre[218]*pre[222]
    t53 = pre[218]*pre[223]
    t54 = pre[314]*pre[318]
    t55 = pre[314]*pre[319]
    t56 = pre[86]*pre[90]
    t57 = pre[86]*pre[91]
    t58 = pre[302]*pre[306]
    t59 = pre[302]*pre[307]
    t60 = pre[254]*pre[258]
    t61 = pre[254]*pre[259]
    t62 = 2.0*pre[290]
    t63 = pre[194]*pre[198]
    t64 = pre[194]*pre[199]
    t65 = t63 + t64 + pre[26]*pre[30] + pre[26]*pre[31] - pre[122]*pre[126] - pre[122]*pre[127] - pre[50]*pre[54] - pre[50]*pre[55]
    t66 = pre[102]*pre[98] + pre[103]*pre[98] + pre[170]*pre[174] + pre[170]*pre[175] + pre[326]*pre[330] + pre[326]*pre[331] - pre[230]*pre[234] - pre[230]*pre[235]
    t67 = pre[2]*pre[6]
    t68 = pre[2]*pre[7]
    t69 = 2.0*pre[242]
    t70 = pre[134]*pre[138] + pre[134]*pre[139] + pre[278]*pre[282] + pre[278]*pre[283] + pre[62]*pre[66] + pre[62]*pre[67] - pre[266]*pre[270] - pre[266]*pre[271]
    t71 = 2.0*pre[206]
    out = numpy.empty(batch + (9,))
    out[..., 0] = t10 + t11 - t0 - t1 - t17 - t18 - t2 - t3 - t4 - t5 - t6 - t7 - t8 - t9 - 2.0*t12 - 2.0*t13 + pre[144]*pre[150] + pre[144]*pre[151] + pre[72]*pre[78] + pre[72]*pre[79] - pre[294]*t14 - pre[295]*t14
    out[..., 1] = t2 + t3 + t6 + t7 + t8 + t9 - t10 - t11 - t12 - t13 - t17 - t19 - t20 - t22 - 2.0*t4 - 2.0*t5 + pre[108]*pre[114] + pre[108]*pre[115] + pre[180]*pre[186] + pre[180]*pre[187] - pre[246]*t21 - pre[247]*t21
    out[..., 2] = t18 + t22 - t0 - t1 - t12 - t13 - t19 - t20 - t4 - t5 - 2.0*t15 - 2.0*t16 + pre[108]*pre[114] + pre[108]*pre[115] + pre[144]*pre[150] + pre[144]*pre[151] + pre[180]*pre[186] + pre[180]*pre[187] + pre[72]*pre[78] + pre[72]*pre[79] - pre[210]*t23 - pre[211]*t23
    out[..., 3] = t34 + t35 - t24 - t25 - t26 - t27 - t28 - t29 - t30 - t31 - t32 - t33 - t41 - t42 - 2.0*t36 - 2.0*t37 + pre[145]*pre[150] + pre[145]*pre[151] + pre[73]*pre[78] + pre[73]*pre[79] - pre[294]*t38 - pre[295]*t38
    out[..., 4] = t26 + t27 + t30 + t31 + t32 + t33 - t34 - t35 - t36 - t37 - t41 - t43 - t44 - t46 - 2.0*t28 - 2.0*t29 + pre[109]*pre[114] + pre[109]*pre[115] + pre[181]*pre[186] + pre[181]*pre[187] - pre[246]*t45 - pre[247]*t45
    out[..., 5] = t42 + t46 - t24 - t25 - t28 - t29 - t36 - t37 - t43 - t44 - 2.0*t39 - 2.0*t40 + pre[109]*pre[114] + pre[109]*pre[115] + pre[145]*pre[150] + pre[145]*pre[151] + pre[181]*pre[186] + pre[181]*pre[187] + pre[73]*pre[78] + pre[73]*pre[79] - pre[210]*t47 - pre[211]*t47
    out[..., 6] = t58 + t59 - t48 - t49 - t50 - t51 - t52 - t53 - t54 - t55 - t56 - t57 - t65 - t66 - 2.0*t60 - 2.0*t61 + pre[146]*pre[150] + pre[146]*pre[151] + pre[74]*pre[78] + pre[74]*pre[79] - pre[294]*t62 - pre[295]*t62
    out[..., 7] = t50 + t51 + t54 + t55 + t56 + t57 - t58 - t59 - t60 - t61 - t65 - t67 - t68 - t70 - 2.0*t52 - 2.0*t53 + pre[110]*pre[114] + pre[110]*pre[115] + pre[182]*pre[186] + pre[182]*pre[187] - pre[246]*t69 - pre[247]*t69
    out[..., 8] = t66 + t70 - t48 - t49 - t52 - t53 - t60 - t61 - t67 - t68 - 2.0*t63 - 2.0*t64 + pre[110]*pre[114] + pre[110]*pre[115] + pre[146]*pre[150] + pre[146]*pre[151] + pre[182]*pre[186] + pre[182]*pre[187] + pre[74]*pre[78] + pre[74]*pre[79] - pre[210]*t71 - pre[211]*t71
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
    t0 = (pre[252])**2
    t1 = pre[260]*t0
    t2 = pre[261]*t0
    t3 = 4.0*(pre[288])**2
    t4 = (pre[156])**2
    t5 = pre[164]*t4
    t6 = pre[165]*t4
    t7 = (pre[300])**2
    t8 = pre[308]*t7
    t9 = pre[309]*t7
    t10 = (pre[312])**2
    t11 = pre[320]*t10
    t12 = pre[321]*t10
    t13 = (pre[84])**2
    t14 = pre[92]*t13
    t15 = pre[93]*t13
    t16 = (pre[120])**2
    t17 = (pre[192])**2
    t18 = pre[200]*t17
    t19 = pre[201]*t17
    t20 = (pre[24])**2
    t21 = (pre[48])**2
    t22 = (0.5)*pre[126] + (0.5)*pre[127] + (0.5)*pre[198] + (0.5)*pre[199] + (0.5)*pre[30] + (0.5)*pre[31] + (0.5)*pre[54] + (0.5)*pre[55]
    t23 = t18 + t19 + t22 + pre[128]*t16 + pre[129]*t16 + pre[32]*t20 + pre[33]*t20 + pre[56]*t21 + pre[57]*t21
    t24 = (0.5)*pre[162]
    t25 = (0.5)*pre[163]
    t26 = (0.5)*pre[306]
    t27 = (0.5)*pre[307]
    t28 = (0.5)*pre[318]
    t29 = (0.5)*pre[319]
    t30 = (0.5)*pre[90]
    t31 = (0.5)*pre[91]
    t32 = t24 + t25 + t26 + t27 + t28 + t29 + t30 + t31
    t33 = t11 + t12 + t14 + t15 + t23 + t32 + t5 + t6 + t8 + t9
    t34 = (pre[96])**2
    t35 = pre[104]*t34
    t36 = pre[105]*t34
    t37 = (pre[168])**2
    t38 = pre[176]*t37
    t39 = pre[177]*t37
    t40 = (pre[228])**2
    t41 = pre[236]*t40
    t42 = pre[237]*t40
    t43 = (pre[324])**2
    t44 = pre[332]*t43
    t45 = pre[333]*t43
    t46 = (pre[144])**2
    t47 = (pre[12])**2
    t48 = (pre[216])**2
    t49 = pre[224]*t48
    t50 = pre[225]*t48
    t51 = (pre[72])**2
    t52 = (0.5)*pre[150] + (0.5)*pre[151] + (0.5)*pre[18] + (0.5)*pre[19] + (0.5)*pre[222] + (0.5)*pre[223] + (0.5)*pre[78] + (0.5)*pre[79]
    t53 = t49 + t50 + t52 + pre[152]*t46 + pre[153]*t46 + pre[20]*t47 + pre[21]*t47 + pre[80]*t51 + pre[81]*t51
    t54 = (0.5)*pre[102]
    t55 = (0.5)*pre[103]
    t56 = (0.5)*pre[174]
    t57 = (0.5)*pre[175]
    t58 = (0.5)*pre[234]
    t59 = (0.5)*pre[235]
    t60 = (0.5)*pre[330]
    t61 = (0.5)*pre[331]
    t62 = t54 + t55 + t56 + t57 + t58 + t59 + t60 + t61
    t63 = t35 + t36 + t38 + t39 + t41 + t42 + t44 + t45 + t53 + t62
    t64 = 2.0*pre[258] + 2.0*pre[259] + 2.0*pre[294] + 2.0*pre[295]
    t65 = pre[258] + pre[259]
    t66 = t65 + 2.0*t1 + 2.0*t2
    t67 = pre[222] + pre[223]
    t68 = t67 + 2.0*t49 + 2.0*t50
    t69 = -t24 - t25 - t26 - t27 - t28 - t29 - t30 - t31
    t70 = t23 + t66 + t68 + t69 - t11 - t12 - t14 - t15 - t5 - t6 - t8 - t9
    t71 = pre[198] + pre[199]
    t72 = t71 + 2.0*t18 + 2.0*t19
    t73 = -t54 - t55 - t56 - t57 - t58 - t59 - t60 - t61
    t74 = t53 + t66 + t72 + t73 - t35 - t36 - t38 - t39 - t41 - t42 - t44 - t45
    t75 = pre[252]*pre[253]
    t76 = pre[260]*t75
    t77 = pre[261]*t75
    t78 = 4.0*pre[288]
    t79 = pre[289]*t78
    t80 = pre[156]*pre[157]
    t81 = pre[164]*t80
    t82 = pre[165]*t80
    t83 = pre[300]*pre[301]
    t84 = pre[308]*t83
    t85 = pre[309]*t83
    t86 = pre[312]*pre[313]
    t87 = pre[320]*t86
    t88 = pre[321]*t86
    t89 = pre[84]*pre[85]
    t90 = pre[92]*t89
    t91 = pre[93]*t89
    t92 = pre[120]*pre[121]
    t93 = pre[192]*pre[193]
    t94 = pre[200]*t93
    t95 = pre[201]*t93
    t96 = pre[24]*pre[25]
    t97 = pre[48]*pre[49]
    t98 = t94 + t95 + pre[128]*t92 + pre[129]*t92 + pre[32]*t96 + pre[33]*t96 + pre[56]*t97 + pre[57]*t97
    t99 = t81 + t82 + t84 + t85 + t87 + t88 + t90 + t91 + t98
    t100 = pre[96]*pre[97]
    t101 = pre[104]*t100
    t102 = pre[105]*t100
    t103 = pre[168]*pre[169]
    t104 = pre[176]*t103
    t105 = pre[177]*t103
    t106 = pre[228]*pre[229]
    t107 = pre[236]*t106
    t108 = pre[237]*t106
    t109 = pre[324]*pre[325]
    t110 = pre[332]*t109
    t111 = pre[333]*t109
    t112 = pre[12]*pre[13]
    t113 = pre[144]*pre[145]
    t114 = pre[216]*pre[217]
    t115 = pre[224]*t114
    t116 = pre[225]*t114
    t117 = pre[72]*pre[73]
    t118 = t115 + t116 + pre[152]*t113 + pre[153]*t113 + pre[20]*t112 + pre[21]*t112 + pre[80]*t117 + pre[81]*t117
    t119 = t101 + t102 + t104 + t105 + t107 + t108 + t110 + t111 + t118
    t120 = t119 + t99 + 4.0*t76 + 4.0*t77 + pre[296]*t79 + pre[297]*t79
    t121 = 2.0*t76 + 2.0*t77
    t122 = 2.0*t115 + 2.0*t116
    t123 = t121 + t122 + t98 - t81 - t82 - t84 - t85 - t87 - t88 - t90 - t91
    t124 = 2.0*t94 + 2.0*t95
    t125 = t118 + t121 + t124 - t101 - t102 - t104 - t105 - t107 - t108 - t110 - t111
    t126 = pre[252]*pre[254]
    t127 = pre[260]*t126
    t128 = pre[261]*t126
    t129 = pre[290]*t78
    t130 = pre[156]*pre[158]
    t131 = pre[164]*t130
    t132 = pre[165]*t130
    t133 = pre[300]*pre[302]
    t134 = pre[308]*t133
    t135 = pre[309]*t133
    t136 = pre[312]*pre[314]
    t137 = pre[320]*t136
    t138 = pre[321]*t136
    t139 = pre[84]*pre[86]
    t140 = pre[92]*t139
    t141 = pre[93]*t139
    t142 = pre[120]*pre[122]
    t143 = pre[192]*pre[194]
    t144 = pre[200]*t143
    t145 = pre[201]*t143
    t146 = pre[24]*pre[26]
    t147 = pre[48]*pre[50]
    t148 = t144 + t145 + pre[128]*t142 + pre[129]*t142 + pre[32]*t146 + pre[33]*t146 + pre[56]*t147 + pre[57]*t147
    t149 = t131 + t132 + t134 + t135 + t137 + t138 + t140 + t141 + t148
    t150 = pre[96]*pre[98]
    t151 = pre[104]*t150
    t152 = pre[105]*t150
    t153 = pre[168]*pre[170]
    t154 = pre[176]*t153
    t155 = pre[177]*t153
    t156 = pre[228]*pre[230]
    t157 = pre[236]*t156
    t158 = pre[237]*t156
    t159 = pre[324]*pre[326]
    t160 = pre[332]*t159
    t161 = pre[333]*t159
    t162 = pre[12]*pre[14]
    t163 = pre[144]*pre[146]
    t164 = pre[216]*pre[218]
    t165 = pre[224]*t164
    t166 = pre[225]*t164
    t167 = pre[72]*pre[74]
    t168 = t165 + t166 + pre[152]*t163 + pre[153]*t163 + pre[20]*t162 + pre[21]*t162 + pre[80]*t167 + pre[81]*t167
    t169 = t151 + t152 + t154 + t155 + t157 + t158 + t160 + t161 + t168
    t170 = t149 + t169 + 4.0*t127 + 4.0*t128 + pre[296]*t129 + pre[297]*t129
    t171 = 2.0*t127 + 2.0*t128
    t172 = 2.0*t165 + 2.0*t166
    t173 = t148 + t171 + t172 - t131 - t132 - t134 - t135 - t137 - t138 - t140 - t141
    t174 = 2.0*t144 + 2.0*t145
    t175 = t168 + t171 + t174 - t151 - t152 - t154 - t155 - t157 - t158 - t160 - t161
    t176 = 4.0*(pre[240])**2
    t177 = (0.5)*pre[138]
    t178 = (0.5)*pre[139]
    t179 = (0.5)*pre[270]
    t180 = (0.5)*pre[271]
    t181 = (0.5)*pre[282]
    t182 = (0.5)*pre[283]
    t183 = (0.5)*pre[66]
    t184 = (0.5)*pre[67]
    t185 = (0.5)*pre[114] + (0.5)*pre[115] + (0.5)*pre[186] + (0.5)*pre[187] + (0.5)*pre[258] + (0.5)*pre[259] + (0.5)*pre[6] + (0.5)*pre[7]
    t186 = t177 + t178 + t179 + t180 + t181 + t182 + t183 + t184 + t185
    t187 = t186 + 2.0*pre[222] + 2.0*pre[223] + 2.0*pre[246] + 2.0*pre[247]
    t188 = (pre[132])**2
    t189 = pre[140]*t188
    t190 = pre[141]*t188
    t191 = (pre[264])**2
    t192 = pre[272]*t191
    t193 = pre[273]*t191
    t194 = (pre[276])**2
    t195 = pre[284]*t194
    t196 = pre[285]*t194
    t197 = (pre[60])**2
    t198 = pre[68]*t197
    t199 = pre[69]*t197
    t200 = (pre[108])**2
    t201 = (pre[180])**2
    t202 = (pre[0])**2
    t203 = t1 + t2 + pre[116]*t200 + pre[117]*t200 + pre[188]*t201 + pre[189]*t201 + pre[8]*t202 + pre[9]*t202
    t204 = t189 + t190 + t192 + t193 + t195 + t196 + t198 + t199 + t203
    t205 = t185 - t177 - t178 - t179 - t180 - t181 - t182 - t183 - t184
    t206 = t203 + t205 + t68 + t72 - t189 - t190 - t192 - t193 - t195 - t196 - t198 - t199
    t207 = 4.0*pre[240]
    t208 = pre[241]*t207
    t209 = pre[132]*pre[133]
    t210 = pre[140]*t209
    t211 = pre[141]*t209
    t212 = pre[264]*pre[265]
    t213 = pre[272]*t212
    t214 = pre[273]*t212
    t215 = pre[276]*pre[277]
    t216 = pre[284]*t215
    t217 = pre[285]*t215
    t218 = pre[60]*pre[61]
    t219 = pre[68]*t218
    t220 = pre[69]*t218
    t221 = pre[0]*pre[1]
    t222 = pre[108]*pre[109]
    t223 = pre[180]*pre[181]
    t224 = t76 + t77 + pre[116]*t222 + pre[117]*t222 + pre[188]*t223 + pre[189]*t223 + pre[8]*t221 + pre[9]*t221
    t225 = t210 + t211 + t213 + t214 + t216 + t217 + t219 + t220 + t224
    t226 = t225 + t99 + 4.0*t115 + 4.0*t116 + pre[248]*t208 + pre[249]*t208
    t227 = t122 + t124 + t224 - t210 - t211 - t213 - t214 - t216 - t217 - t219 - t220
    t228 = pre[242]*t207
    t229 = pre[132]*pre[134]
    t230 = pre[140]*t229
    t231 = pre[141]*t229
    t232 = pre[264]*pre[266]
    t233 = pre[272]*t232
    t234 = pre[273]*t232
    t235 = pre[276]*pre[278]
    t236 = pre[284]*t235
    t237 = pre[285]*t235
    t238 = pre[60]*pre[62]
    t239 = pre[68]*t238
    t240 = pre[69]*t238
    t241 = pre[0]*pre[2]
    t242 = pre[108]*pre[110]
    t243 = pre[180]*pre[182]
    t244 = t127 + t128 + pre[116]*t242 + pre[117]*t242 + pre[188]*t243 + pre[189]*t243 + pre[8]*t241 + pre[9]*t241
    t245 = t230 + t231 + t233 + t234 + t236 + t237 + t239 + t240 + t244
    t246 = t149 + t245 + 4.0*t165 + 4.0*t166 + pre[248]*t228 + pre[249]*t228
    t247 = t172 + t174 + t244 - t230 - t231 - t233 - t234 - t236 - t237 - t239 - t240
    t248 = 4.0*(pre[204])**2
    t249 = t186 + 2.0*pre[198] + 2.0*pre[199] + 2.0*pre[210] + 2.0*pre[211]
    t250 = 4.0*pre[204]
    t251 = pre[205]*t250
    t252 = t119 + t225 + 4.0*t94 + 4.0*t95 + pre[212]*t251 + pre[213]*t251
    t253 = pre[206]*t250
    t254 = t169 + t245 + 4.0*t144 + 4.0*t145 + pre[212]*t253 + pre[213]*t253
    t255 = (pre[253])**2
    t256 = pre[260]*t255
    t257 = pre[261]*t255
    t258 = 4.0*(pre[289])**2
    t259 = t22 + t32
    t260 = t52 + t62
    t261 = t259 + t260 + t64
    t262 = (pre[157])**2
    t263 = pre[164]*t262
    t264 = pre[165]*t262
    t265 = (pre[301])**2
    t266 = pre[308]*t265
    t267 = pre[309]*t265
    t268 = (pre[313])**2
    t269 = pre[320]*t268
    t270 = pre[321]*t268
    t271 = (pre[85])**2
    t272 = pre[92]*t271
    t273 = pre[93]*t271
    t274 = (pre[121])**2
    t275 = (pre[193])**2
    t276 = pre[200]*t275
    t277 = pre[201]*t275
    t278 = (pre[25])**2
    t279 = (pre[49])**2
    t280 = t276 + t277 + pre[128]*t274 + pre[129]*t274 + pre[32]*t278 + pre[33]*t278 + pre[56]*t279 + pre[57]*t279
    t281 = t263 + t264 + t266 + t267 + t269 + t270 + t272 + t273 + t280
    t282 = (pre[97])**2
    t283 = pre[104]*t282
    t284 = pre[105]*t282
    t285 = (pre[169])**2
    t286 = pre[176]*t285
    t287 = pre[177]*t285
    t288 = (pre[229])**2
    t289 = pre[236]*t288
    t290 = pre[237]*t288
    t291 = (pre[325])**2
    t292 = pre[332]*t291
    t293 = pre[333]*t291
    t294 = (pre[145])**2
    t295 = (pre[13])**2
    t296 = (pre[217])**2
    t297 = pre[224]*t296
    t298 = pre[225]*t296
    t299 = (pre[73])**2
    t300 = t297 + t298 + pre[152]*t294 + pre[153]*t294 + pre[20]*t295 + pre[21]*t295 + pre[80]*t299 + pre[81]*t299
    t301 = t283 + t284 + t286 + t287 + t289 + t290 + t292 + t293 + t300
    t302 = t65 + 2.0*t256 + 2.0*t257
    t303 = t67 + 2.0*t297 + 2.0*t298
    t304 = t22 + t69
    t305 = t280 + t302 + t303 + t304 - t263 - t264 - t266 - t267 - t269 - t270 - t272 - t273
    t306 = t71 + 2.0*t276 + 2.0*t277
    t307 = t52 + t73
    t308 = t300 + t302 + t306 + t307 - t283 - t284 - t286 - t287 - t289 - t290 - t292 - t293
    t309 = pre[253]*pre[254]
    t310 = pre[260]*t309
    t311 = pre[261]*t309
    t312 = 4.0*pre[289]*pre[290]
    t313 = pre[157]*pre[158]
    t314 = pre[164]*t313
    t315 = pre[165]*t313
    t316 = pre[301]*pre[302]
    t317 = pre[308]*t316
    t318 = pre[309]*t316
    t319 = pre[313]*pre[314]
    t320 = pre[320]*t319
    t321 = pre[321]*t319
    t322 = pre[85]*pre[86]
    t323 = pre[92]*t322
    t324 = pre[93]*t322
    t325 = pre[121]*pre[122]
    t326 = pre[193]*pre[194]
    t327 = pre[200]*t326
    t328 = pre[201]*t326
    t329 = pre[25]*pre[26]
    t330 = pre[49]*pre[50]
    t331 = t327 + t328 + pre[128]*t325 + pre[129]*t325 + pre[32]*t329 + pre[33]*t329 + pre[56]*t330 + pre[57]*t330
    t332 = t314 + t315 + t317 + t318 + t320 + t321 + t323 + t324 + t331
    t333 = pre[97]*pre[98]
    t334 = pre[104]*t333
    t335 = pre[105]*t333
    t336 = pre[169]*pre[170]
    t337 = pre[176]*t336
    t338 = pre[177]*t336
    t339 = pre[229]*pre[230]
    t340 = pre[236]*t339
    t341 = pre[237]*t339
    t342 = pre[325]*pre[326]
    t343 = pre[332]*t342
    t344 = pre[333]*t342
    t345 = pre[13]*pre[14]
    t346 = pre[145]*pre[146]
    t347 = pre[217]*pre[218]
    t348 = pre[224]*t347
    t349 = pre[225]*t347
    t350 = pre[73]*pre[74]
    t351 = t348 + t349 + pre[152]*t346 + pre[153]*t346 + pre[20]*t345 + pre[21]*t345 + pre[80]*t350 + pre[81]*t350
    t352 = t334 + t335 + t337 + t338 + t340 + t341 + t343 + t344 + t351
    t353 = t332 + t352 + 4.0*t310 + 4.0*t311 + pre[296]*t312 + pre[297]*t312
    t354 = 2.0*t310 + 2.0*t311
    t355 = 2.0*t348 + 2.0*t349
    t356 = t331 + t354 + t355 - t314 - t315 - t317 - t318 - t320 - t321 - t323 - t324
    t357 = 2.0*t327 + 2.0*t328
    t358 = t351 + t354 + t357 - t334 - t335 - t337 - t338 - t340 - t341 - t343 - t344
    t359 = 4.0*(pre[241])**2
    t360 = t187 + t259
    t361 = (pre[133])**2
    t362 = pre[140]*t361
    t363 = pre[141]*t361
    t364 = (pre[265])**2
    t365 = pre[272]*t364
    t366 = pre[273]*t364
    t367 = (pre[277])**2
    t368 = pre[284]*t367
    t369 = pre[285]*t367
    t370 = (pre[61])**2
    t371 = pre[68]*t370
    t372 = pre[69]*t370
    t373 = (pre[109])**2
    t374 = (pre[181])**2
    t375 = (pre[1])**2
    t376 = t256 + t257 + pre[116]*t373 + pre[117]*t373 + pre[188]*t374 + pre[189]*t374 + pre[8]*t375 + pre[9]*t375
    t377 = t362 + t363 + t365 + t366 + t368 + t369 + t371 + t372 + t376
    t378 = t205 + t303 + t306 + t376 - t362 - t363 - t365 - t366 - t368 - t369 - t371 - t372
    t379 = 4.0*pre[241]*pre[242]
    t380 = pre[133]*pre[134]
    t381 = pre[140]*t380
    t382 = pre[141]*t380
    t383 = pre[265]*pre[266]
    t384 = pre[272]*t383
    t385 = pre[273]*t383
    t386 = pre[277]*pre[278]
    t387 = pre[284]*t386
    t388 = pre[285]*t386
    t389 = pre[61]*pre[62]
    t390 = pre[68]*t389
    t391 = pre[69]*t389
    t392 = pre[109]*pre[110]
    t393 = pre[181]*pre[182]
    t394 = pre[1]*pre[2]
    t395 = t310 + t311 + pre[116]*t392 + pre[117]*t392 + pre[188]*t393 + pre[189]*t393 + pre[8]*t394 + pre[9]*t394
    t396 = t381 + t382 + t384 + t385 + t387 + t388 + t390 + t391 + t395
    t397 = t332 + t396 + 4.0*t348 + 4.0*t349 + pre[248]*t379 + pre[249]*t379
    t398 = t355 + t357 + t395 - t381 - t382 - t384 - t385 - t387 - t388 - t390 - t391
    t399 = 4.0*(pre[205])**2
    t400 = t249 + t260
    t401 = 4.0*pre[205]*pre[206]
    t402 = t352 + t396 + 4.0*t327 + 4.0*t328 + pre[212]*t401 + pre[213]*t401
    t403 = (pre[254])**2
    t404 = pre[260]*t403
    t405 = pre[261]*t403
    t406 = 4.0*(pre[290])**2
    t407 = (pre[158])**2
    t408 = pre[164]*t407
    t409 = pre[165]*t407
    t410 = (pre[302])**2
    t411 = pre[308]*t410
    t412 = pre[309]*t410
    t413 = (pre[314])**2
    t414 = pre[320]*t413
    t415 = pre[321]*t413
    t416 = (pre[86])**2
    t417 = pre[92]*t416
    t418 = pre[93]*t416
    t419 = (pre[122])**2
    t420 = (pre[194])**2
    t421 = pre[200]*t420
    t422 = pre[201]*t420
    t423 = (pre[26])**2
    t424 = (pre[50])**2
    t425 = t421 + t422 + pre[128]*t419 + pre[129]*t419 + pre[32]*t423 + pre[33]*t423 + pre[56]*t424 + pre[57]*t424
    t426 = t408 + t409 + t411 + t412 + t414 + t415 + t417 + t418 + t425
    t427 = (pre[98])**2
    t428 = pre[104]*t427
    t429 = pre[105]*t427
    t430 = (pre[170])**2
    t431 = pre[176]*t430
    t432 = pre[177]*t430
    t433 = (pre[230])**2
    t434 = pre[236]*t433
    t435 = pre[237]*t433
    t436 = (pre[326])**2
    t437 = pre[332]*t436
    t438 = pre[333]*t436
    t439 = (pre[146])**2
    t440 = (pre[14])**2
    t441 = (pre[218])**2
    t442 = pre[224]*t441
    t443 = pre[225]*t441
    t444 = (pre[74])**2
    t445 = t442 + t443 + pre[152]*t439 + pre[153]*t439 + pre[20]*t440 + pre[21]*t440 + pre[80]*t444 + pre[81]*t444
    t446 = t428 + t429 + t431 + t432 + t434 + t435 + t437 + t438 + t445
    t447 = t65 + 2.0*t404 + 2.0*t405
    t448 = t67 + 2.0*t442 + 2.0*t443
    t449 = t304 + t425 + t447 + t448 - t408 - t409 - t411 - t412 - t414 - t415 - t417 - t418
    t450 = t71 + 2.0*t421 + 2.0*t422
    t451 = t307 + t445 + t447 + t450 - t428 - t429 - t431 - t432 - t434 - t435 - t437 - t438
    t452 = 4.0*(pre[242])**2
    t453 = (pre[134])**2
    t454 = pre[140]*t453
    t455 = pre[141]*t453
    t456 = (pre[266])**2
    t457 = pre[272]*t456
    t458 = pre[273]*t456
    t459 = (pre[278])**2
    t460 = pre[284]*t459
    t461 = pre[285]*t459
    t462 = (pre[62])**2
    t463 = pre[68]*t462
    t464 = pre[69]*t462
    t465 = (pre[110])**2
    t466 = (pre[182])**2
    t467 = (pre[2])**2
    t468 = t404 + t405 + pre[116]*t465 + pre[117]*t465 + pre[188]*t466 + pre[189]*t466 + pre[8]*t467 + pre[9]*t467
    t469 = t454 + t455 + t457 + t458 + t460 + t461 + t463 + t464 + t468
    t470 = t205 + t448 + t450 + t468 - t454 - t455 - t457 - t458 - t460 - t461 - t463 - t464
    t471 = 4.0*(pre[206])**2
    out = numpy.empty(batch + (81,))
    out[..., 0] = t33 + t63 + t64 + 4.0*t1 + 4.0*t2 + pre[296]*t3 + pre[297]*t3
    out[..., 1] = t70
    out[..., 2] = t74
    out[..., 3] = t120
    out[..., 4] = t123
    out[..., 5] = t125
    out[..., 6] = t170
    out[..., 7] = t173
    out[..., 8] = t175
    out[..., 9] = t70
    out[..., 10] = t187 + t204 + t33 + 4.0*t49 + 4.0*t50 + pre[248]*t176 + pre[249]*t176
    out[..., 11] = t206
    out[..., 12] = t123
    out[..., 13] = t226
    out[..., 14] = t227
    out[..., 15] = t173
    out[..., 16] = t246
    out[..., 17] = t247
    out[..., 18] = t74
    out[..., 19] = t206
    out[..., 20] = t204 + t249 + t63 + 4.0*t18 + 4.0*t19 + pre[212]*t248 + pre[213]*t248
    out[..., 21] = t125
    out[..., 22] = t227
    out[..., 23] = t252
    out[..., 24] = t175
    out[..., 25] = t247
    out[..., 26] = t254
    out[..., 27] = t120
    out[..., 28] = t123
    out[..., 29] = t125
    out[..., 30] = t261 + t281 + t301 + 4.0*t256 + 4.0*t257 + pre[296]*t258 + pre[297]*t258
    out[..., 31] = t305
    out[..., 32] = t308
    out[..., 33] = t353
    out[..., 34] = t356
    out[..., 35] = t358
    out[..., 36] = t123
    out[..., 37] = t226
    out[..., 38] = t227
    out[..., 39] = t305
    out[..., 40] = t281 + t360 + t377 + 4.0*t297 + 4.0*t298 + pre[248]*t359 + pre[249]*t359
    out[..., 41] = t378
    out[..., 42] = t356
    out[..., 43] = t397
    out[..., 44] = t398
    out[..., 45] = t125
    out[..., 46] = t227
    out[..., 47] = t252
    out[..., 48] = t308
    out[..., 49] = t378
    out[..., 50] = t301 + t377 + t400 + 4.0*t276 + 4.0*t277 + pre[212]*t399 + pre[213]*t399
    out[..., 51] = t358
    out[..., 52] = t398
    out[..., 53] = t402
    out[..., 54] = t170
    out[..., 55] = t173
    out[..., 56] = t175
    out[..., 57] = t353
    out[..., 58] = t356
    out[..., 59] = t358
    out[..., 60] = t261 + t426 + t446 + 4.0*t404 + 4.0*t405 + pre[296]*t406 + pre[297]*t406
    out[..., 61] = t449
    out[..., 62] = t451
    out[..., 63] = t173
    out[..., 64] = t246
    out[..., 65] = t247
    out[..., 66] = t356
    out[..., 67] = t397
    out[..., 68] = t398
    out[..., 69] = t449
    out[..., 70] = t360 + t426 + t469 + 4.0*t442 + 4.0*t443 + pre[248]*t452 + pre[249]*t452
    out[..., 71] = t470
    out[..., 72] = t175
    out[..., 73] = t247
    out[..., 74] = t254
    out[..., 75] = t358
    out[..., 76] = t398
    out[..., 77] = t402
    out[..., 78] = t451
    out[..., 79] = t470
    out[..., 80] = t400 + t446 + t469 + 4.0*t421 + 4.0*t422 + pre[212]*t471 + pre[213]*t471
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
    out[..., 0] = pre[106] + pre[107] + pre[10] + pre[118] + pre[119] + pre[11] + pre[130] + pre[131] + pre[142] + pre[143] + pre[154] + pre[155] + pre[166] + pre[167] + pre[178] + pre[179] + pre[190] + pre[191] + pre[202] + pre[203] + pre[214] + pre[215] + pre[226] + pre[227] + pre[22] + pre[238] + pre[239] + pre[23] + pre[250] + pre[251] + pre[262] + pre[263] + pre[274] + pre[275] + pre[286] + pre[287] + pre[298] + pre[299] + pre[310] + pre[311] + pre[322] + pre[323] + pre[334] + pre[335] + pre[34] + pre[35] + pre[46] + pre[47] + pre[58] + pre[59] + pre[70] + pre[71] + pre[82] + pre[83] + pre[94] + pre[95]
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
    t0 = 0.7961713237409971*pre[0]
    t1 = 0.7961713237409971*pre[12]
    t2 = 0.7961713237409971*pre[192]
    t3 = 0.7961713237409971*pre[204]
    t4 = 0.7961713237409971*pre[216]
    t5 = 0.7961713237409971*pre[228]
    t6 = 0.7961713237409971*pre[240]
    t7 = 0.7961713237409971*pre[24]
    t8 = 0.7961713237409971*pre[252]
    t9 = 0.7961713237409971*pre[264]
    t10 = 0.7961713237409971*pre[276]
    t11 = 0.7961713237409971*pre[288]
    t12 = 0.7961713237409971*pre[300]
    t13 = 0.7961713237409971*pre[312]
    t14 = 0.7961713237409971*pre[324]
    t15 = 0.7961713237409971*pre[36]
    t16 = 0.7961713237409971*pre[13]
    t17 = 0.7961713237409971*pre[193]
    t18 = 0.7961713237409971*pre[1]
    t19 = 0.7961713237409971*pre[205]
    t20 = 0.7961713237409971*pre[217]
    t21 = 0.7961713237409971*pre[229]
    t22 = 0.7961713237409971*pre[241]
    t23 = 0.7961713237409971*pre[253]
    t24 = 0.7961713237409971*pre[25]
    t25 = 0.7961713237409971*pre[265]
    t26 = 0.7961713237409971*pre[277]
    t27 = 0.7961713237409971*pre[289]
    t28 = 0.7961713237409971*pre[301]
    t29 = 0.7961713237409971*pre[313]
    t30 = 0.7961713237409971*pre[325]
    t31 = 0.7961713237409971*pre[37]
    t32 = 0.7961713237409971*pre[14]
    t33 = 0.7961713237409971*pre[194]
    t34 = 0.7961713237409971*pre[206]
    t35 = 0.7961713237409971*pre[218]
    t36 = 0.7961713237409971*pre[230]
    t37 = 0.7961713237409971*pre[242]
    t38 = 0.7961713237409971*pre[254]
    t39 = 0.7961713237409971*pre[266]
    t40 = 0.7961713237409971*pre[26]
    t41 = 0.7961713237409971*pre[278]
    t42 = 0.7961713237409971*pre[290]
    t43 = 0.7961713237409971*pre[2]
    t44 = 0.7961713237409971*pre[302]
    t45 = 0.7961713237409971*pre[314]
    t46 = 0.7961713237409971*pre[326]
    t47 = 0.7961713237409971*pre[38]
    out = numpy.empty(batch + (3,))
    out[..., 0] = pre[18]*t1 + pre[198]*t2 + pre[199]*t2 + pre[19]*t1 + pre[210]*t3 + pre[211]*t3 + pre[222]*t4 + pre[223]*t4 + pre[234]*t5 + pre[235]*t5 + pre[246]*t6 + pre[247]*t6 + pre[258]*t8 + pre[259]*t8 + pre[270]*t9 + pre[271]*t9 + pre[282]*t10 + pre[283]*t10 + pre[294]*t11 + pre[295]*t11 + pre[306]*t12 + pre[307]*t12 + pre[30]*t7 + pre[318]*t13 + pre[319]*t13 + pre[31]*t7 + pre[330]*t14 + pre[331]*t14 + pre[42]*t15 + pre[43]*t15 + pre[6]*t0 + pre[7]*t0
    out[..., 1] = pre[18]*t16 + pre[198]*t17 + pre[199]*t17 + pre[19]*t16 + pre[210]*t19 + pre[211]*t19 + pre[222]*t20 + pre[223]*t20 + pre[234]*t21 + pre[235]*t21 + pre[246]*t22 + pre[247]*t22 + pre[258]*t23 + pre[259]*t23 + pre[270]*t25 + pre[271]*t25 + pre[282]*t26 + pre[283]*t26 + pre[294]*t27 + pre[295]*t27 + pre[306]*t28 + pre[307]*t28 + pre[30]*t24 + pre[318]*t29 + pre[319]*t29 + pre[31]*t24 + pre[330]*t30 + pre[331]*t30 + pre[42]*t31 + pre[43]*t31 + pre[6]*t18 + pre[7]*t18
    out[..., 2] = pre[18]*t32 + pre[198]*t33 + pre[199]*t33 + pre[19]*t32 + pre[210]*t34 + pre[211]*t34 + pre[222]*t35 + pre[223]*t35 + pre[234]*t36 + pre[235]*t36 + pre[246]*t37 + pre[247]*t37 + pre[258]*t38 + pre[259]*t38 + pre[270]*t39 + pre[271]*t39 + pre[282]*t41 + pre[283]*t41 + pre[294]*t42 + pre[295]*t42 + pre[306]*t44 + pre[307]*t44 + pre[30]*t40 + pre[318]*t45 + pre[319]*t45 + pre[31]*t40 + pre[330]*t46 + pre[331]*t46 + pre[42]*t47 + pre[43]*t47 + pre[6]*t43 + pre[7]*t43
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
    t0 = 0.6338887767474916*(pre[192])**2
    t1 = 0.6338887767474916*(pre[12])**2
    t2 = 0.6338887767474916*(pre[204])**2
    t3 = 0.6338887767474916*(pre[216])**2
    t4 = 0.6338887767474916*(pre[228])**2
    t5 = 0.6338887767474916*(pre[240])**2
    t6 = 0.6338887767474916*(pre[252])**2
    t7 = 0.6338887767474916*(pre[264])**2
    t8 = 0.6338887767474916*(pre[276])**2
    t9 = 0.6338887767474916*(pre[288])**2
    t10 = 0.6338887767474916*(pre[300])**2
    t11 = 0.6338887767474916*(pre[312])**2
    t12 = 0.6338887767474916*(pre[24])**2
    t13 = 0.6338887767474916*(pre[324])**2
    t14 = 0.6338887767474916*(pre[36])**2
    t15 = 0.6338887767474916*(pre[0])**2
    t16 = 0.3169443883737458*pre[18] + 0.3169443883737458*pre[198] + 0.3169443883737458*pre[199] + 0.3169443883737458*pre[19] + 0.3169443883737458*pre[210] + 0.3169443883737458*pre[211] + 0.3169443883737458*pre[222] + 0.3169443883737458*pre[223] + 0.3169443883737458*pre[234] + 0.3169443883737458*pre[235] + 0.3169443883737458*pre[246] + 0.3169443883737458*pre[247] + 0.3169443883737458*pre[258] + 0.3169443883737458*pre[259] + 0.3169443883737458*pre[270] + 0.3169443883737458*pre[271] + 0.3169443883737458*pre[282] + 0.3169443883737458*pre[283] + 0.3169443883737458*pre[294] + 0.3169443883737458*pre[295] + 0.3169443883737458*pre[306] + 0.3169443883737458*pre[307] + 0.3169443883737458*pre[30] + 0.3169443883737458*pre[318] + 0.3169443883737458*pre[319] + 0.3169443883737458*pre[31] + 0.3169443883737458*pre[330] + 0.3169443883737458*pre[331] + 0.3169443883737458*pre[42] + 0.3169443883737458*pre[43] + 0.3169443883737458*pre[6] + 0.3169443883737458*pre[7]
    t17 = 0.6338887767474916*pre[0]
    t18 = pre[1]*t17
    t19 = 0.6338887767474916*pre[12]
    t20 = pre[13]*t19
    t21 = 0.6338887767474916*pre[192]
    t22 = pre[193]*t21
    t23 = 0.6338887767474916*pre[204]
    t24 = pre[205]*t23
    t25 = 0.6338887767474916*pre[216]
    t26 = pre[217]*t25
    t27 = 0.6338887767474916*pre[228]
    t28 = pre[229]*t27
    t29 = 0.6338887767474916*pre[240]
    t30 = pre[241]*t29
    t31 = 0.6338887767474916*pre[24]
    t32 = pre[25]*t31
    t33 = 0.6338887767474916*pre[252]
    t34 = pre[253]*t33
    t35 = 0.6338887767474916*pre[264]
    t36 = pre[265]*t35
    t37 = 0.6338887767474916*pre[276]
    t38 = pre[277]*t37
    t39 = 0.6338887767474916*pre[288]
    t40 = pre[289]*t39
    t41 = 0.6338887767474916*pre[300]
    t42 = pre[301]*t41
    t43 = 0.6338887767474916*pre[312]
    t44 = pre[313]*t43
    t45 = 0.6338887767474916*pre[324]
    t46 = pre[325]*t45
    t47 = 0.6338887767474916*pre[36]
    t48 = pre[37]*t47
    t49 = pre[200]*t22 + pre[201]*t22 + pre[20]*t20 + pre[212]*t24 + pre[213]*t24 + pre[21]*t20 + pre[224]*t26 + pre[225]*t26 + pre[236]*t28 + pre[237]*t28 + pre[248]*t30 + pre[249]*t30 + pre[260]*t34 + pre[261]*t34 + pre[272]*t36 + pre[273]*t36 + pre[284]*t38 + pre[285]*t38 + pre[296]*t40 + pre[297]*t40 + pre[308]*t42 + pre[309]*t42 + pre[320]*t44 + pre[321]*t44 + pre[32]*t32 + pre[332]*t46 + pre[333]*t46 + pre[33]*t32 + pre[44]*t48 + pre[45]*t48 + pre[8]*t18 + pre[9]*t18
    t50 = pre[2]*t17
    t51 = pre[14]*t19
    t52 = pre[194]*t21
    t53 = pre[206]*t23
    t54 = pre[218]*t25
    t55 = pre[230]*t27
    t56 = pre[242]*t29
    t57 = pre[26]*t31
    t58 = pre[254]*t33
    t59 = pre[266]*t35
    t60 = pre[278]*t37
    t61 = pre[290]*t39
    t62 = pre[302]*t41
    t63 = pre[314]*t43
    t64 = pre[326]*t45
    t65 = pre[38]*t47
    t66 = pre[200]*t52 + pre[201]*t52 + pre[20]*t51 + pre[212]*t53 + pre[213]*t53 + pre[21]*t51 + pre[224]*t54 + pre[225]*t54 + pre[236]*t55 + pre[237]*t55 + pre[248]*t56 + pre[249]*t56 + pre[260]*t58 + pre[261]*t58 + pre[272]*t59 + pre[273]*t59 + pre[284]*t60 + pre[285]*t60 + pre[296]*t61 + pre[297]*t61 + pre[308]*t62 + pre[309]*t62 + pre[320]*t63 + pre[321]*t63 + pre[32]*t57 + pre[332]*t64 + pre[333]*t64 + pre[33]*t57 + pre[44]*t65 + pre[45]*t65 + pre[8]*t50 + pre[9]*t50
    t67 = 0.6338887767474916*(pre[193])**2
    t68 = 0.6338887767474916*(pre[13])**2
    t69 = 0.6338887767474916*(pre[205])**2
    t70 = 0.6338887767474916*(pre[217])**2
    t71 = 0.6338887767474916*(pre[229])**2
    t72 = 0.6338887767474916*(pre[241])**2
    t73 = 0.6338887767474916*(pre[253])**2
    t74 = 0.6338887767474916*(pre[265])**2
    t75 = 0.6338887767474916*(pre[277])**2
    t76 = 0.6338887767474916*(pre[289])**2
    t77 = 0.6338887767474916*(pre[301])**2
    t78 = 0.6338887767474916*(pre[313])**2
    t79 = 0.6338887767474916*(pre[25])**2
    t80 = 0.6338887767474916*(pre[325])**2
    t81 = 0.6338887767474916*(pre[37])**2
    t82 = 0.6338887767474916*(pre[1])**2
    t83 = 0.6338887767474916*pre[13]*pre[14]
    t84 = 0.6338887767474916*pre[193]*pre[194]
    t85 = 0.6338887767474916*pre[1]*pre[2]
    t86 = 0.6338887767474916*pre[205]*pre[206]
    t87 = 0.6338887767474916*pre[217]*pre[218]
    t88 = 0.6338887767474916*pre[229]*pre[230]
    t89 = 0.6338887767474916*pre[241]*pre[242]
    t90 = 0.6338887767474916*pre[253]*pre[254]
    t91 = 0.6338887767474916*pre[25]*pre[26]
    t92 = 0.6338887767474916*pre[265]*pre[266]
    t93 = 0.6338887767474916*pre[277]*pre[278]
    t94 = 0.6338887767474916*pre[289]*pre[290]
    t95 = 0.6338887767474916*pre[301]*pre[302]
    t96 = 0.6338887767474916*pre[313]*pre[314]
    t97 = 0.6338887767474916*pre[325]*pre[326]
    t98 = 0.6338887767474916*pre[37]*pre[38]
    t99 = pre[200]*t84 + pre[201]*t84 + pre[20]*t83 + pre[212]*t86 + pre[213]*t86 + pre[21]*t83 + pre[224]*t87 + pre[225]*t87 + pre[236]*t88 + pre[237]*t88 + pre[248]*t89 + pre[249]*t89 + pre[260]*t90 + pre[261]*t90 + pre[272]*t92 + pre[273]*t92 + pre[284]*t93 + pre[285]*t93 + pre[296]*t94 + pre[297]*t94 + pre[308]*t95 + pre[309]*t95 + pre[320]*t96 + pre[321]*t96 + pre[32]*t91 + pre[332]*t97 + pre[333]*t97 + pre[33]*t91 + pre[44]*t98 + pre[45]*t98 + pre[8]*t85 + pre[9]*t85
    t100 = 0.6338887767474916*(pre[194])**2
    t101 = 0.6338887767474916*(pre[14])**2
    t102 = 0.6338887767474916*(pre[206])**2
    t103 = 0.6338887767474916*(pre[218])**2
    t104 = 0.6338887767474916*(pre[230])**2
    t105 = 0.6338887767474916*(pre[242])**2
    t106 = 0.6338887767474916*(pre[254])**2
    t107 = 0.6338887767474916*(pre[266])**2
    t108 = 0.6338887767474916*(pre[278])**2
    t109 = 0.6338887767474916*(pre[290])**2
    t110 = 0.6338887767474916*(pre[302])**2
    t111 = 0.6338887767474916*(pre[314])**2
    t112 = 0.6338887767474916*(pre[26])**2
    t113 = 0.6338887767474916*(pre[326])**2
    t114 = 0.6338887767474916*(pre[38])**2
    t115 = 0.6338887767474916*(pre[2])**2
    out = numpy.empty(batch + (9,))
    out[..., 0] = t16 + pre[200]*t0 + pre[201]*t0 + pre[20]*t1 + pre[212]*t2 + pre[213]*t2 + pre[21]*t1 + pre[224]*t3 + pre[225]*t3 + pre[236]*t4 + pre[237]*t4 + pre[248]*t5 + pre[249]*t5 + pre[260]*t6 + pre[261]*t6 + pre[272]*t7 + pre[273]*t7 + pre[284]*t8 + pre[285]*t8 + pre[296]*t9 + pre[297]*t9 + pre[308]*t10 + pre[309]*t10 + pre[320]*t11 + pre[321]*t11 + pre[32]*t12 + pre[332]*t13 + pre[333]*t13 + pre[33]*t12 + pre[44]*t14 + pre[45]*t14 + pre[8]*t15 + pre[9]*t15
    out[..., 1] = t49
    out[..., 2] = t66
    out[..., 3] = t49
    out[..., 4] = t16 + pre[200]*t67 + pre[201]*t67 + pre[20]*t68 + pre[212]*t69 + pre[213]*t69 + pre[21]*t68 + pre[224]*t70 + pre[225]*t70 + pre[236]*t71 + pre[237]*t71 + pre[248]*t72 + pre[249]*t72 + pre[260]*t73 + pre[261]*t73 + pre[272]*t74 + pre[273]*t74 + pre[284]*t75 + pre[285]*t75 + pre[296]*t76 + pre[297]*t76 + pre[308]*t77 + pre[309]*t77 + pre[320]*t78 + pre[321]*t78 + pre[32]*t79 + pre[332]*t80 + pre[333]*t80 + pre[33]*t79 + pre[44]*t81 + pre[45]*t81 + pre[8]*t82 + pre[9]*t82
    out[..., 5] = t99
    out[..., 6] = t66
    out[..., 7] = t99
    out[..., 8] = t16 + pre[200]*t100 + pre[201]*t100 + pre[20]*t101 + pre[212]*t102 + pre[213]*t102 + pre[21]*t101 + pre[224]*t103 + pre[225]*t103 + pre[236]*t104 + pre[237]*t104 + pre[248]*t105 + pre[249]*t105 + pre[260]*t106 + pre[261]*t106 + pre[272]*t107 + pre[273]*t107 + pre[284]*t108 + pre[285]*t108 + pre[296]*t109 + pre[297]*t109 + pre[308]*t110 + pre[309]*t110 + pre[320]*t111 + pre[321]*t111 + pre[32]*t112 + pre[332]*t113 + pre[333]*t113 + pre[33]*t112 + pre[44]*t114 + pre[45]*t114 + pre[8]*t115 + pre[9]*t115
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
    t0 = pre[116]*pre[120]
    t1 = pre[116]*pre[121]
    t2 = pre[124]*pre[128]
    t3 = pre[124]*pre[129]
    t4 = pre[68]*pre[72]
    t5 = pre[68]*pre[73]
    t6 = pre[76]*pre[80]
    t7 = pre[76]*pre[81]
    t8 = 2.0*pre[3]
    t9 = pre[0]*t8
    t10 = 2.0*pre[14]
    t11 = pre[11]*t10
    t12 = 2.0*pre[143]
    t13 = pre[140]*t12
    t14 = 2.0*pre[154]
    t15 = pre[151]*t14
    t16 = 2.0*pre[165]
    t17 = pre[162]*t16
    t18 = 2.0*pre[176]
    t19 = pre[173]*t18
    t20 = 2.0*pre[187]
    t21 = pre[184]*t20
    t22 = 2.0*pre[198]
    t23 = pre[195]*t22
    t24 = 2.0*pre[209]
    t25 = pre[206]*t24
    t26 = 2.0*pre[220]
    t27 = pre[217]*t26
    t28 = 2.0*pre[231]
    t29 = pre[228]*t28
    t30 = 2.0*pre[25]
    t31 = pre[22]*t30
    t32 = 2.0*pre[242]
    t33 = pre[239]*t32
    t34 = 2.0*pre[253]
    t35 = pre[250]*t34
    t36 = 2.0*pre[264]
    t37 = pre[261]*t36
    t38 = 2.0*pre[36]
    t39 = pre[33]*t38
    t40 = pre[44]*pre[48] + pre[44]*pre[49] + pre[92]*pre[96] + pre[92]*pre[97]
    t41 = pre[108]*pre[112] + pre[108]*pre[113] + pre[60]*pre[64] + pre[60]*pre[65]
    t42 = pre[100]*pre[104]
    t43 = pre[100]*pre[105]
    t44 = pre[52]*pre[56]
    t45 = pre[52]*pre[57]
    t46 = pre[12]*t10
    t47 = pre[141]*t12
    t48 = pre[152]*t14
    t49 = pre[163]*t16
    t50 = pre[174]*t18
    t51 = pre[185]*t20
    t52 = pre[196]*t22
    t53 = pre[1]*t8
    t54 = pre[207]*t24
    t55 = pre[218]*t26
    t56 = pre[229]*t28
    t57 = pre[23]*t30
    t58 = pre[240]*t32
    t59 = pre[251]*t34
    t60 = pre[262]*t36
    t61 = pre[34]*t38
    t62 = pre[132]*pre[136] + pre[132]*pre[137] + pre[84]*pre[88] + pre[84]*pre[89]
    t63 = pre[13]*t10
    t64 = pre[142]*t12
    t65 = pre[153]*t14
    t66 = pre[164]*t16
    t67 = pre[175]*t18
    t68 = pre[186]*t20
    t69 = pre[197]*t22
    t70 = pre[208]*t24
    t71 = pre[219]*t26
    t72 = pre[230]*t28
    t73 = pre[241]*t32
    t74 = pre[24]*t30
    t75 = pre[252]*t34
    t76 = pre[263]*t36
    t77 = pre[2]*t8
    t78 = pre[35]*t38
    t79 = pre[117]*pre[120]
    t80 = pre[117]*pre[121]
    t81 = pre[125]*pre[128]
    t82 = pre[125]*pre[129]
    t83 = pre[69]*pre[72]
    t84 = pre[69]*pre[73]
    t85 = pre[77]*pre[80]
    t86 = pre[77]*pre[81]
    t87 = 2.0*pre[4]
    t88 = pre[0]*t87
    t89 = 2.0*pre[15]
    t90 = pre[11]*t89
    t91 = 2.0*pre[144]
    t92 = pre[140]*t91
    t93 = 2.0*pre[155]
    t94 = pre[151]*t93
    t95 = 2.0*pre[166]
    t96 = pre[162]*t95
    t97 = 2.0*pre[177]
    t98 = pre[173]*t97
    t99 = 2.0*pre[188]
    t100 = pre[184]*t99
    t101 = 2.0*pre[199]
    t102 = pre[195]*t101
    t103 = 2.0*pre[210]
    t104 = pre[206]*t103
    t105 = 2.0*pre[221]
    t106 = pre[217]*t105
    t107 = 2.0*pre[232]
    t108 = pre[228]*t107
    t109 = 2.0*pre[26]
    t110 = pre[22]*t109
    t111 = 2.0*pre[243]
    t112 = pre[239]*t111
    t113 = 2.0*pre[254]
    t114 = pre[250]*t113
    t115 = 2.0*pre[265]
    t116 = pre[261]*t115
    t117 = 2.0*pre[37]
    t118 = pre[33]*t117
    t119 = pre[45]*pre[48] + pre[45]*pre[49] + pre[93]*pre[96] + pre[93]*pre[97]
    t120 = pre[109]*pre[112] + pre[109]*pre[113] + pre[61]*pre[64] + pre[61]*pre[65]
    t121 = pre[101]*pre[104]
    t122 = pre[101]*pre[105]
    t123 = pre[53]*pre[56]
    t124 = pre[53]*pre[57]
    t125 = pre[12]*t89
    t126 = pre[141]*t91
    t127 = pre[152]*t93
    t128 = pre[163]*t95
    t129 = pre[174]*t97
    t130 = pre[185]*t99
    t131 = pre[196]*t101
    t132 = pre[1]*t87
    t133 = pre[207]*t103
    t134 = pre[218]*t105
    t135 = pre[229]*t107
    t136 = pre[23]*t109
    t137 = pre[240]*t111
    t138 = pre[251]*t113
    t139 = pre[262]*t115
    t140 = pre[34]*t117
    t141 = pre[133]*pre[136] + pre[133]*pre[137] + pre[85]*pre[88] + pre[85]*pre[89]
    t142 = pre[13]*t89
    t143 = pre[142]*t91
    t144 = pre[153]*t93
    t145 = pre[164]*t95
    t146 = pre[175]*t97
    t147 = pre[186]*t99
    t148 = pre[197]*t101
    t149 = pre[208]*t103
    t150 = pre[219]*t105
    t151 = pre[230]*t107
    t152 = pre[241]*t111
    t153 = pre[24]*t109
    t154 = pre[252]*t113
    t155 = pre[263]*t115
    t156 = pre[2]*t87
    t157 = pre[35]*t117
    t158 = pre[118]*pre[120]
    t159 = pre[118]*pre[121]
    t160 = pre[126]*pre[128]
    t161 = pre[126]*pre[129]
    t162 = pre[70]*pre[72]
    t163 = pre[70]*pre[73]
    t164 = pre[78]*pre[80]
    t165 = pre[78]*pre[81]
    t166 = 2.0*pre[5]
    t167 = pre[0]*t166
    t168 = 2.0*pre[16]
    t169 = pre[11]*t168
    t170 = 2.0*pre[145]
    t171 = pre[140]*t170
    t172 = 2.0*pre[156]
    t173 = pre[151]*t172
    t174 = 2.0*pre[167]
    t175 = pre[162]*t174
    t176 = 2.0*pre[178]
    t177 = pre[173]*t176
    t178 = 2.0*pre[189]
    t179 = pre[184]*t178
    t180 = 2.0*pre[200]
    t181 = pre[195]*t180
    t182 = 2.0*pre[211]
    t183 = pre[206]*t182
    t184 = 2.0*pre[222]
    t185 = pre[217]*t184
    t186 = 2.0*pre[233]
    t187 = pre[228]*t186
    t188 = 2.0*pre[27]
    t189 = pre[22]*t188
    t190 = 2.0*pre[244]
    t191 = pre[239]*t190
    t192 = 2.0*pre[255]
    t193 = pre[250]*t192
    t194 = 2.0*pre[266]
    t195 = pre[261]*t194
    t196 = 2.0*pre[38]
    t197 = pre[33]*t196
    t198 = pre[46]*pre[48] + pre[46]*pre[49] + pre[94]*pre[96] + pre[94]*pre[97]
    t199 = pre[110]*pre[112] + pre[110]*pre[113] + pre[62]*pre[64] + pre[62]*pre[65]
    t200 = pre[102]*pre[104]
    t201 = pre[102]*pre[105]
    t202 = pre[54]*pre[56]
    t203 = pre[54]*pre[57]
    t204 = pre[12]*t168
    t205 = pre[141]*t170
    t206 = pre[152]*t172
    t207 = pre[163]*t174
    t208 = pre[174]*t176
    t209 = pre[185]*t178
    t210 = pre[196]*t180
    t211 = pre[1]*t166
    t212 = pre[207]*t182
    t213 = pre[218]*t184
    t214 = pre[229]*t186
    t215 = pre[23]*t188
    t216 = pre[240]*t190
    t217 = pre[251]*t192
    t218 = pre[262]*t194
    t219 = pre[34]*t196
    t220 = pre[134]*pre[136] + pre[134]*pre[137] + pre[86]*pre[88] + pre[86]*pre[89]
    t221 = pre[13]*t168
    t222 = pre[142]*t170
    t223 = pre[153]*t172
    t224 = pre[164]*t174
    t225 = pre[175]*t176
    t226 = pre[186]*t178
    t227 = pre[197]*t180
    t228 = pre[208]*t182
    t229 = pre[219]*t184
    t230 = pre[230]*t186
    t231 = pre[241]*t190
    t232 = pre[24]*t188
    t233 = pre[252]*t192
    t234 = pre[263]*t194
    t235 = pre[2]*t166
    t236 = pre[35]*t196
    out = numpy.empty(batch + (9,))
    out[..., 0] = t40 + t41 - t0 - t1 - t2 - t3 - t4 - t5 - t6 - t7 + pre[147]*t13 + pre[148]*t13 + pre[158]*t15 + pre[159]*t15 + pre[169]*t17 + pre[170]*t17 + pre[180]*t19 + pre[181]*t19 + pre[18]*t11 + pre[191]*t21 + pre[192]*t21 + pre[19]*t11 + pre[202]*t23 + pre[203]*t23 + pre[213]*t25 + pre[214]*t25 + pre[224]*t27 + pre[225]*t27 + pre[235]*t29 + pre[236]*t29 + pre[246]*t33 + pre[247]*t33 + pre[257]*t35 + pre[258]*t35 + pre[268]*t37 + pre[269]*t37 + pre[29]*t31 + pre[30]*t31 + pre[40]*t39 + pre[41]*t39 + pre[7]*t9 + pre[8]*t9
    out[..., 1] = t0 + t1 + t4 + t40 + t5 + t62 - t42 - t43 - t44 - t45 + pre[147]*t47 + pre[148]*t47 + pre[158]*t48 + pre[159]*t48 + pre[169]*t49 + pre[170]*t49 + pre[180]*t50 + pre[181]*t50 + pre[18]*t46 + pre[191]*t51 + pre[192]*t51 + pre[19]*t46 + pre[202]*t52 + pre[203]*t52 + pre[213]*t54 + pre[214]*t54 + pre[224]*t55 + pre[225]*t55 + pre[235]*t56 + pre[236]*t56 + pre[246]*t58 + pre[247]*t58 + pre[257]*t59 + pre[258]*t59 + pre[268]*t60 + pre[269]*t60 + pre[29]*t57 + pre[30]*t57 + pre[40]*t61 + pre[41]*t61 + pre[7]*t53 + pre[8]*t53
    out[..., 2] = t2 + t3 + t41 + t42 + t43 + t44 + t45 + t6 + t62 + t7 + pre[147]*t64 + pre[148]*t64 + pre[158]*t65 + pre[159]*t65 + pre[169]*t66 + pre[170]*t66 + pre[180]*t67 + pre[181]*t67 + pre[18]*t63 + pre[191]*t68 + pre[192]*t68 + pre[19]*t63 + pre[202]*t69 + pre[203]*t69 + pre[213]*t70 + pre[214]*t70 + pre[224]*t71 + pre[225]*t71 + pre[235]*t72 + pre[236]*t72 + pre[246]*t73 + pre[247]*t73 + pre[257]*t75 + pre[258]*t75 + pre[268]*t76 + pre[269]*t76 + pre[29]*t74 + pre[30]*t74 + pre[40]*t78 + pre[41]*t78 + pre[7]*t77 + pre[8]*t77
    out[..., 3] = t119 + t120 - t79 - t80 - t81 - t82 - t83 - t84 - t85 - t86 + pre[147]*t92 + pre[148]*t92 + pre[158]*t94 + pre[159]*t94 + pre[169]*t96 + pre[170]*t96 + pre[180]*t98 + pre[181]*t98 + pre[18]*t90 + pre[191]*t100 + pre[192]*t100 + pre[19]*t90 + pre[202]*t102 + pre[203]*t102 + pre[213]*t104 + pre[214]*t104 + pre[224]*t106 + pre[225]*t106 + pre[235]*t108 + pre[236]*t108 + pre[246]*t112 + pre[247]*t112 + pre[257]*t114 + pre[258]*t114 + pre[268]*t116 + pre[269]*t116 + pre[29]*t110 + pre[30]*t110 + pre[40]*t118 + pre[41]*t118 + pre[7]*t88 + pre[8]*t88
    out[..., 4] = t119 + t141 + t79 + t80 + t83 + t84 - t121 - t122 - t123 - t124 + pre[147]*t126 + pre[148]*t126 + pre[158]*t127 + pre[159]*t127 + pre[169]*t128 + pre[170]*t128 + pre[180]*t129 + pre[181]*t129 + pre[18]*t125 + pre[191]*t130 + pre[192]*t130 + pre[19]*t125 + pre[202]*t131 + pre[203]*t131 + pre[213]*t133 + pre[214]*t133 + pre[224]*t134 + pre[225]*t134 + pre[235]*t135 + pre[236]*t135 + pre[246]*t137 + pre[247]*t137 + pre[257]*t138 + pre[258]*t138 + pre[268]*t139 + pre[269]*t139 + pre[29]*t136 + pre[30]*t136 + pre[40]*t140 + pre[41]*t140 + pre[7]*t132 + pre[8]*t132
    out[..., 5] = t120 + t121 + t122 + t123 + t124 + t141 + t81 + t82 + t85 + t86 + pre[147]*t143 + pre[148]*t143 + pre[158]*t144 + pre[159]*t144 + pre[169]*t145 + pre[170]*t145 + pre[180]*t146 + pre[181]*t146 + pre[18]*t142 + pre[191]*t147 + pre[192]*t147 + pre[19]*t142 + pre[202]*t148 + pre[203]*t148 + pre[213]*t149 + pre[214]*t149 + pre[224]*t150 + pre[225]*t150 + pre[235]*t151 + pre[236]*t151 + pre[246]*t152 + pre[247]*t152 + pre[257]*t154 + pre[258]*t154 + pre[268]*t155 + pre[269]*t155 + pre[29]*t153 + pre[30]*t153 + pre[40]*t157 + pre[41]*t157 + pre[7]*t156 + pre[8]*t156
    out[..., 6] = t198 + t199 - t158 - t159 - t160 - t161 - t162 - t163 - t164 - t165 + pre[147]*t171 + pre[148]*t171 + pre[158]*t173 + pre[159]*t173 + pre[169]*t175 + pre[170]*t175 + pre[180]*t177 + pre[181]*t177 + pre[18]*t169 + pre[191]*t179 + pre[192]*t179 + pre[19]*t169 + pre[202]*t181 + pre[203]*t181 + pre[213]*t183 + pre[214]*t183 + pre[224]*t185 + pre[225]*t185 + pre[235]*t187 + pre[236]*t187 + pre[246]*t191 + pre[247]*t191 + pre[257]*t193 + pre[258]*t193 + pre[268]*t195 + pre[269]*t195 + pre[29]*t189 + pre[30]*t189 + pre[40]*t197 + pre[41]*t197 + pre[7]*t167 + pre[8]*t167
    out[..., 7] = t158 + t159 + t162 + t163 + t198 + t220 - t200 - t201 - t202 - t203 + pre[147]*t205 + pre[148]*t205 + pre[158]*t206 + pre[159]*t206 + pre[169]*t207 + pre[170]*t207 + pre[180]*t208 + pre[181]*t208 + pre[18]*t204 + pre[191]*t209 + pre[192]*t209 + pre[19]*t204 + pre[202]*t210 + pre[203]*t210 + pre[213]*t212 + pre[214]*t212 + pre[224]*t213 + pre[225]*t213 + pre[235]*t214 + pre[236]*t214 + pre[246]*t216 + pre[247]*t216 + pre[257]*t217 + pre[258]*t217 + pre[268]*t218 + pre[269]*t218 + pre[29]*t215 + pre[30]*t215 + pre[40]*t219 + pre[41]*t219 + pre[7]*t211 + pre[8]*t211
    out[..., 8] = t160 + t161 + t164 + t165 + t199 + t200 + t201 + t202 + t203 + t220 + pre[147]*t222 + pre[148]*t222 + pre[158]*t223 + pre[159]*t223 + pre[169]*t224 + pre[170]*t224 + pre[180]*t225 + pre[181]*t225 + pre[18]*t221 + pre[191]*t226 + pre[192]*t226 + pre[19]*t221 + pre[202]*t227 + pre[203]*t227 + pre[213]*t228 + pre[214]*t228 + pre[224]*t229 + pre[225]*t229 + pre[235]*t230 + pre[236]*t230 + pre[246]*t231 + pre[247]*t231 + pre[257]*t233 + pre[258]*t233 + pre[268]*t234 + pre[269]*t234 + pre[29]*t232 + pre[30]*t232 + pre[40]*t236 + pre[41]*t236 + pre[7]*t235 + pre[8]*t235
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
    t3 = (pre[140])**2
    t4 = 4.0*(pre[143])**2
    t5 = t3*t4
    t6 = (pre[151])**2
    t7 = 4.0*(pre[154])**2
    t8 = t6*t7
    t9 = (pre[162])**2
    t10 = 4.0*(pre[165])**2
    t11 = t10*t9
    t12 = (pre[173])**2
    t13 = 4.0*(pre[176])**2
    t14 = t12*t13
    t15 = (pre[184])**2
    t16 = 4.0*(pre[187])**2
    t17 = t15*t16
    t18 = (pre[195])**2
    t19 = 4.0*(pre[198])**2
    t20 = t18*t19
    t21 = (pre[11])**2
    t22 = 4.0*(pre[14])**2
    t23 = t21*t22
    t24 = (pre[206])**2
    t25 = 4.0*(pre[209])**2
    t26 = t24*t25
    t27 = (pre[217])**2
    t28 = 4.0*(pre[220])**2
    t29 = t27*t28
    t30 = (pre[228])**2
    t31 = 4.0*(pre[231])**2
    t32 = t30*t31
    t33 = (pre[239])**2
    t34 = 4.0*(pre[242])**2
    t35 = t33*t34
    t36 = (pre[250])**2
    t37 = 4.0*(pre[253])**2
    t38 = t36*t37
    t39 = (pre[261])**2
    t40 = 4.0*(pre[264])**2
    t41 = t39*t40
    t42 = (pre[22])**2
    t43 = 4.0*(pre[25])**2
    t44 = t42*t43
    t45 = (pre[33])**2
    t46 = 4.0*(pre[36])**2
    t47 = t45*t46
    t48 = (pre[116])**2
    t49 = pre[122]*t48
    t50 = pre[123]*t48
    t51 = (pre[68])**2
    t52 = pre[74]*t51
    t53 = pre[75]*t51
    t54 = (pre[44])**2
    t55 = (pre[92])**2
    t56 = (0.5)*pre[48] + (0.5)*pre[49] + (0.5)*pre[96] + (0.5)*pre[97]
    t57 = t56 + pre[50]*t54 + pre[51]*t54 + pre[98]*t55 + pre[99]*t55
    t58 = (0.5)*pre[120]
    t59 = (0.5)*pre[121]
    t60 = (0.5)*pre[72]
    t61 = (0.5)*pre[73]
    t62 = t58 + t59 + t60 + t61
    t63 = t49 + t50 + t52 + t53 + t57 + t62
    t64 = (pre[124])**2
    t65 = pre[130]*t64
    t66 = pre[131]*t64
    t67 = (pre[76])**2
    t68 = pre[82]*t67
    t69 = pre[83]*t67
    t70 = (pre[108])**2
    t71 = (pre[60])**2
    t72 = (0.5)*pre[112] + (0.5)*pre[113] + (0.5)*pre[64] + (0.5)*pre[65]
    t73 = t72 + pre[114]*t70 + pre[115]*t70 + pre[66]*t71 + pre[67]*t71
    t74 = (0.5)*pre[128]
    t75 = (0.5)*pre[129]
    t76 = (0.5)*pre[80]
    t77 = (0.5)*pre[81]
    t78 = t74 + t75 + t76 + t77
    t79 = t65 + t66 + t68 + t69 + t73 + t78
    t80 = 2.0*t3
    t81 = 2.0*t6
    t82 = 2.0*t9
    t83 = 2.0*t12
    t84 = 2.0*t21
    t85 = 2.0*t15
    t86 = 2.0*t18
    t87 = 2.0*t24
    t88 = 2.0*t27
    t89 = 2.0*t30
    t90 = 2.0*t33
    t91 = 2.0*t36
    t92 = 2.0*t39
    t93 = 2.0*t42
    t94 = 2.0*t45
    t95 = 2.0*t0
    t96 = pre[147]*t80 + pre[148]*t80 + pre[158]*t81 + pre[159]*t81 + pre[169]*t82 + pre[170]*t82 + pre[180]*t83 + pre[181]*t83 + pre[18]*t84 + pre[191]*t85 + pre[192]*t85 + pre[19]*t84 + pre[202]*t86 + pre[203]*t86 + pre[213]*t87 + pre[214]*t87 + pre[224]*t88 + pre[225]*t88 + pre[235]*t89 + pre[236]*t89 + pre[246]*t90 + pre[247]*t90 + pre[257]*t91 + pre[258]*t91 + pre[268]*t92 + pre[269]*t92 + pre[29]*t93 + pre[30]*t93 + pre[40]*t94 + pre[41]*t94 + pre[7]*t95 + pre[8]*t95
    t97 = pre[0]*t1
    t98 = pre[1]*t97
    t99 = pre[11]*t22
    t100 = pre[12]*t99
    t101 = pre[140]*t4
    t102 = pre[141]*t101
    t103 = pre[151]*t7
    t104 = pre[152]*t103
    t105 = pre[162]*t10
    t106 = pre[163]*t105
    t107 = pre[173]*t13
    t108 = pre[174]*t107
    t109 = pre[184]*t16
    t110 = pre[185]*t109
    t111 = pre[195]*t19
    t112 = pre[196]*t111
    t113 = pre[206]*t25
    t114 = pre[207]*t113
    t115 = pre[217]*t28
    t116 = pre[218]*t115
    t117 = pre[228]*t31
    t118 = pre[229]*t117
    t119 = pre[22]*t43
    t120 = pre[23]*t119
    t121 = pre[239]*t34
    t122 = pre[240]*t121
    t123 = pre[250]*t37
    t124 = pre[251]*t123
    t125 = pre[261]*t40
    t126 = pre[262]*t125
    t127 = pre[33]*t46
    t128 = pre[34]*t127
    t129 = 2.0*pre[0]
    t130 = pre[1]*t129
    t131 = 2.0*pre[11]
    t132 = pre[12]*t131
    t133 = 2.0*pre[140]
    t134 = pre[141]*t133
    t135 = 2.0*pre[151]
    t136 = pre[152]*t135
    t137 = 2.0*pre[162]
    t138 = pre[163]*t137
    t139 = 2.0*pre[173]
    t140 = pre[174]*t139
    t141 = 2.0*pre[184]
    t142 = pre[185]*t141
    t143 = 2.0*pre[195]
    t144 = pre[196]*t143
    t145 = 2.0*pre[206]
    t146 = pre[207]*t145
    t147 = 2.0*pre[217]
    t148 = pre[218]*t147
    t149 = 2.0*pre[228]
    t150 = pre[229]*t149
    t151 = 2.0*pre[22]
    t152 = pre[23]*t151
    t153 = 2.0*pre[239]
    t154 = pre[240]*t153
    t155 = 2.0*pre[250]
    t156 = pre[251]*t155
    t157 = 2.0*pre[261]
    t158 = pre[262]*t157
    t159 = 2.0*pre[33]
    t160 = pre[34]*t159
    t161 = -t58 - t59 - t60 - t61 + pre[147]*t134 + pre[148]*t134 + pre[158]*t136 + pre[159]*t136 + pre[169]*t138 + pre[170]*t138 + pre[180]*t140 + pre[181]*t140 + pre[18]*t132 + pre[191]*t142 + pre[192]*t142 + pre[19]*t132 + pre[202]*t144 + pre[203]*t144 + pre[213]*t146 + pre[214]*t146 + pre[224]*t148 + pre[225]*t148 + pre[235]*t150 + pre[236]*t150 + pre[246]*t154 + pre[247]*t154 + pre[257]*t156 + pre[258]*t156 + pre[268]*t158 + pre[269]*t158 + pre[29]*t152 + pre[30]*t152 + pre[40]*t160 + pre[41]*t160 + pre[7]*t130 + pre[8]*t130
    t162 = t161 + t57 - t49 - t50 - t52 - t53 + pre[10]*t98 + pre[149]*t102 + pre[150]*t102 + pre[160]*t104 + pre[161]*t104 + pre[171]*t106 + pre[172]*t106 + pre[182]*t108 + pre[183]*t108 + pre[193]*t110 + pre[194]*t110 + pre[204]*t112 + pre[205]*t112 + pre[20]*t100 + pre[215]*t114 + pre[216]*t114 + pre[21]*t100 + pre[226]*t116 + pre[227]*t116 + pre[237]*t118 + pre[238]*t118 + pre[248]*t122 + pre[249]*t122 + pre[259]*t124 + pre[260]*t124 + pre[270]*t126 + pre[271]*t126 + pre[31]*t120 + pre[32]*t120 + pre[42]*t128 + pre[43]*t128 + pre[9]*t98
    t163 = pre[2]*t97
    t164 = pre[13]*t99
    t165 = pre[142]*t101
    t166 = pre[153]*t103
    t167 = pre[164]*t105
    t168 = pre[175]*t107
    t169 = pre[186]*t109
    t170 = pre[197]*t111
    t171 = pre[208]*t113
    t172 = pre[219]*t115
    t173 = pre[230]*t117
    t174 = pre[24]*t119
    t175 = pre[241]*t121
    t176 = pre[252]*t123
    t177 = pre[263]*t125
    t178 = pre[35]*t127
    t179 = pre[2]*t129
    t180 = pre[13]*t131
    t181 = pre[142]*t133
    t182 = pre[153]*t135
    t183 = pre[164]*t137
    t184 = pre[175]*t139
    t185 = pre[186]*t141
    t186 = pre[197]*t143
    t187 = pre[208]*t145
    t188 = pre[219]*t147
    t189 = pre[230]*t149
    t190 = pre[24]*t151
    t191 = pre[241]*t153
    t192 = pre[252]*t155
    t193 = pre[263]*t157
    t194 = pre[35]*t159
    t195 = -t74 - t75 - t76 - t77 + pre[147]*t181 + pre[148]*t181 + pre[158]*t182 + pre[159]*t182 + pre[169]*t183 + pre[170]*t183 + pre[180]*t184 + pre[181]*t184 + pre[18]*t180 + pre[191]*t185 + pre[192]*t185 + pre[19]*t180 + pre[202]*t186 + pre[203]*t186 + pre[213]*t187 + pre[214]*t187 + pre[224]*t188 + pre[225]*t188 + pre[235]*t189 + pre[236]*t189 + pre[246]*t191 + pre[247]*t191 + pre[257]*t192 + pre[258]*t192 + pre[268]*t193 + pre[269]*t193 + pre[29]*t190 + pre[30]*t190 + pre[40]*t194 + pre[41]*t194 + pre[7]*t179 + pre[8]*t179
    t196 = t195 + t73 - t65 - t66 - t68 - t69 + pre[10]*t163 + pre[149]*t165 + pre[150]*t165 + pre[160]*t166 + pre[161]*t166 + pre[171]*t167 + pre[172]*t167 + pre[182]*t168 + pre[183]*t168 + pre[193]*t169 + pre[194]*t169 + pre[204]*t170 + pre[205]*t170 + pre[20]*t164 + pre[215]*t171 + pre[216]*t171 + pre[21]*t164 + pre[226]*t172 + pre[227]*t172 + pre[237]*t173 + pre[238]*t173 + pre[248]*t175 + pre[249]*t175 + pre[259]*t176 + pre[260]*t176 + pre[270]*t177 + pre[271]*t177 + pre[31]*t174 + pre[32]*t174 + pre[42]*t178 + pre[43]*t178 + pre[9]*t163
    t197 = 4.0*pre[3]
    t198 = t0*t197
    t199 = pre[10]*pre[4]
    t200 = 4.0*pre[143]
    t201 = t200*t3
    t202 = pre[144]*pre[149]
    t203 = pre[150]*t201
    t204 = 4.0*pre[14]
    t205 = t204*t21
    t206 = pre[15]*pre[20]
    t207 = pre[21]*t205
    t208 = 4.0*pre[154]
    t209 = t208*t6
    t210 = pre[155]*pre[160]
    t211 = pre[161]*t209
    t212 = 4.0*pre[165]
    t213 = t212*t9
    t214 = pre[166]*pre[171]
    t215 = pre[172]*t213
    t216 = 4.0*pre[176]
    t217 = t12*t216
    t218 = pre[177]*pre[182]
    t219 = pre[183]*t217
    t220 = 4.0*pre[187]
    t221 = t15*t220
    t222 = pre[188]*pre[193]
    t223 = pre[194]*t221
    t224 = 4.0*pre[198]
    t225 = t18*t224
    t226 = pre[199]*pre[204]
    t227 = pre[205]*t225
    t228 = 4.0*pre[209]
    t229 = t228*t24
    t230 = pre[210]*pre[215]
    t231 = pre[216]*t229
    t232 = 4.0*pre[220]
    t233 = t232*t27
    t234 = pre[221]*pre[226]
    t235 = pre[227]*t233
    t236 = 4.0*pre[231]
    t237 = t236*t30
    t238 = pre[232]*pre[237]
    t239 = pre[238]*t237
    t240 = 4.0*pre[242]
    t241 = t240*t33
    t242 = pre[243]*pre[248]
    t243 = pre[249]*t241
    t244 = 4.0*pre[253]
    t245 = t244*t36
    t246 = pre[254]*pre[259]
    t247 = pre[260]*t245
    t248 = 4.0*pre[25]
    t249 = t248*t42
    t250 = pre[26]*pre[31]
    t251 = pre[32]*t249
    t252 = 4.0*pre[264]
    t253 = t252*t39
    t254 = pre[265]*pre[270]
    t255 = pre[271]*t253
    t256 = 4.0*pre[36]
    t257 = t256*t45
    t258 = pre[37]*pre[42]
    t259 = pre[43]*t257
    t260 = pre[9]*t198
    t261 = pre[116]*pre[117]
    t262 = pre[122]*t261
    t263 = pre[123]*t261
    t264 = pre[68]*pre[69]
    t265 = pre[74]*t264
    t266 = pre[75]*t264
    t267 = pre[44]*pre[45]
    t268 = pre[92]*pre[93]
    t269 = pre[50]*t267 + pre[51]*t267 + pre[98]*t268 + pre[99]*t268
    t270 = t262 + t263 + t265 + t266 + t269
    t271 = pre[124]*pre[125]
    t272 = pre[130]*t271
    t273 = pre[131]*t271
    t274 = pre[76]*pre[77]
    t275 = pre[82]*t274
    t276 = pre[83]*t274
    t277 = pre[108]*pre[109]
    t278 = pre[60]*pre[61]
    t279 = pre[114]*t277 + pre[115]*t277 + pre[66]*t278 + pre[67]*t278
    t280 = t272 + t273 + t275 + t276 + t279
    t281 = t270 + t280 + pre[144]*t203 + pre[155]*t211 + pre[15]*t207 + pre[166]*t215 + pre[177]*t219 + pre[188]*t223 + pre[199]*t227 + pre[210]*t231 + pre[221]*t235 + pre[232]*t239 + pre[243]*t243 + pre[254]*t247 + pre[265]*t255 + pre[26]*t251 + pre[37]*t259 + pre[4]*t260 + t198*t199 + t201*t202 + t205*t206 + t209*t210 + t213*t214 + t217*t218 + t221*t222 + t225*t226 + t229*t230 + t233*t234 + t237*t238 + t241*t242 + t245*t246 + t249*t250 + t253*t254 + t257*t258
    t282 = pre[0]*t197
    t283 = pre[1]*t282
    t284 = pre[4]*pre[9]
    t285 = pre[11]*t204
    t286 = pre[12]*t285
    t287 = pre[15]*pre[21]
    t288 = pre[140]*t200
    t289 = pre[141]*t288
    t290 = pre[144]*pre[150]
    t291 = pre[151]*t208
    t292 = pre[152]*t291
    t293 = pre[155]*pre[161]
    t294 = pre[162]*t212
    t295 = pre[163]*t294
    t296 = pre[166]*pre[172]
    t297 = pre[173]*t216
    t298 = pre[174]*t297
    t299 = pre[177]*pre[183]
    t300 = pre[184]*t220
    t301 = pre[185]*t300
    t302 = pre[188]*pre[194]
    t303 = pre[195]*t224
    t304 = pre[196]*t303
    t305 = pre[199]*pre[205]
    t306 = pre[206]*t228
    t307 = pre[207]*t306
    t308 = pre[210]*pre[216]
    t309 = pre[217]*t232
    t310 = pre[218]*t309
    t311 = pre[221]*pre[227]
    t312 = pre[228]*t236
    t313 = pre[229]*t312
    t314 = pre[232]*pre[238]
    t315 = pre[22]*t248
    t316 = pre[23]*t315
    t317 = pre[26]*pre[32]
    t318 = pre[239]*t240
    t319 = pre[240]*t318
    t320 = pre[243]*pre[249]
    t321 = pre[250]*t244
    t322 = pre[251]*t321
    t323 = pre[254]*pre[260]
    t324 = pre[261]*t252
    t325 = pre[262]*t324
    t326 = pre[265]*pre[271]
    t327 = pre[33]*t256
    t328 = pre[34]*t327
    t329 = pre[37]*pre[43]
    t330 = t269 - t262 - t263 - t265 - t266 + t199*t283 + t202*t289 + t206*t286 + t210*t292 + t214*t295 + t218*t298 + t222*t301 + t226*t304 + t230*t307 + t234*t310 + t238*t313 + t242*t319 + t246*t322 + t250*t316 + t254*t325 + t258*t328 + t283*t284 + t286*t287 + t289*t290 + t292*t293 + t295*t296 + t298*t299 + t301*t302 + t304*t305 + t307*t308 + t310*t311 + t313*t314 + t316*t317 + t319*t320 + t322*t323 + t325*t326 + t328*t329
    t331 = pre[2]*t282
    t332 = pre[13]*t285
    t333 = pre[142]*t288
    t334 = pre[153]*t291
    t335 = pre[164]*t294
    t336 = pre[175]*t297
    t337 = pre[186]*t300
    t338 = pre[197]*t303
    t339 = pre[208]*t306
    t340 = pre[219]*t309
    t341 = pre[230]*t312
    t342 = pre[24]*t315
    t343 = pre[241]*t318
    t344 = pre[252]*t321
    t345 = pre[263]*t324
    t346 = pre[35]*t327
    t347 = t279 - t272 - t273 - t275 - t276 + t199*t331 + t202*t333 + t206*t332 + t210*t334 + t214*t335 + t218*t336 + t222*t337 + t226*t338 + t230*t339 + t234*t340 + t238*t341 + t242*t343 + t246*t344 + t250*t342 + t254*t345 + t258*t346 + t284*t331 + t287*t332 + t290*t333 + t293*t334 + t296*t335 + t299*t336 + t302*t337 + t305*t338 + t308*t339 + t311*t340 + t314*t341 + t317*t342 + t320*t343 + t323*t344 + t326*t345 + t329*t346
    t348 = pre[10]*pre[5]
    t349 = pre[145]*pre[149]
    t350 = pre[16]*pre[20]
    t351 = pre[156]*pre[160]
    t352 = pre[167]*pre[171]
    t353 = pre[178]*pre[182]
    t354 = pre[189]*pre[193]
    t355 = pre[200]*pre[204]
    t356 = pre[211]*pre[215]
    t357 = pre[222]*pre[226]
    t358 = pre[233]*pre[237]
    t359 = pre[244]*pre[248]
    t360 = pre[255]*pre[259]
    t361 = pre[27]*pre[31]
    t362 = pre[266]*pre[270]
    t363 = pre[38]*pre[42]
    t364 = pre[116]*pre[118]
    t365 = pre[122]*t364
    t366 = pre[123]*t364
    t367 = pre[68]*pre[70]
    t368 = pre[74]*t367
    t369 = pre[75]*t367
    t370 = pre[44]*pre[46]
    t371 = pre[92]*pre[94]
    t372 = pre[50]*t370 + pre[51]*t370 + pre[98]*t371 + pre[99]*t371
    t373 = t365 + t366 + t368 + t369 + t372
    t374 = pre[124]*pre[126]
    t375 = pre[130]*t374
    t376 = pre[131]*t374
    t377 = pre[76]*pre[78]
    t378 = pre[82]*t377
    t379 = pre[83]*t377
    t380 = pre[108]*pre[110]
    t381 = pre[60]*pre[62]
    t382 = pre[114]*t380 + pre[115]*t380 + pre[66]*t381 + pre[67]*t381
    t383 = t375 + t376 + t378 + t379 + t382
    t384 = t373 + t383 + pre[145]*t203 + pre[156]*t211 + pre[167]*t215 + pre[16]*t207 + pre[178]*t219 + pre[189]*t223 + pre[200]*t227 + pre[211]*t231 + pre[222]*t235 + pre[233]*t239 + pre[244]*t243 + pre[255]*t247 + pre[266]*t255 + pre[27]*t251 + pre[38]*t259 + pre[5]*t260 + t198*t348 + t201*t349 + t205*t350 + t209*t351 + t213*t352 + t217*t353 + t221*t354 + t225*t355 + t229*t356 + t233*t357 + t237*t358 + t241*t359 + t245*t360 + t249*t361 + t253*t362 + t257*t363
    t385 = pre[5]*pre[9]
    t386 = pre[16]*pre[21]
    t387 = pre[145]*pre[150]
    t388 = pre[156]*pre[161]
    t389 = pre[167]*pre[172]
    t390 = pre[178]*pre[183]
    t391 = pre[189]*pre[194]
    t392 = pre[200]*pre[205]
    t393 = pre[211]*pre[216]
    t394 = pre[222]*pre[227]
    t395 = pre[233]*pre[238]
    t396 = pre[27]*pre[32]
    t397 = pre[244]*pre[249]
    t398 = pre[255]*pre[260]
    t399 = pre[266]*pre[271]
    t400 = pre[38]*pre[43]
    t401 = t372 - t365 - t366 - t368 - t369 + t283*t348 + t283*t385 + t286*t350 + t286*t386 + t289*t349 + t289*t387 + t292*t351 + t292*t388 + t295*t352 + t295*t389 + t298*t353 + t298*t390 + t301*t354 + t301*t391 + t304*t355 + t304*t392 + t307*t356 + t307*t393 + t310*t357 + t310*t394 + t313*t358 + t313*t395 + t316*t361 + t316*t396 + t319*t359 + t319*t397 + t322*t360 + t322*t398 + t325*t362 + t325*t399 + t328*t363 + t328*t400
    t402 = t382 - t375 - t376 - t378 - t379 + t331*t348 + t331*t385 + t332*t350 + t332*t386 + t333*t349 + t333*t387 + t334*t351 + t334*t388 + t335*t352 + t335*t389 + t336*t353 + t336*t390 + t337*t354 + t337*t391 + t338*t355 + t338*t392 + t339*t356 + t339*t393 + t340*t357 + t340*t394 + t341*t358 + t341*t395 + t342*t361 + t342*t396 + t343*t359 + t343*t397 + t344*t360 + t344*t398 + t345*t362 + t345*t399 + t346*t363 + t346*t400
    t403 = (pre[1])**2
    t404 = t1*t403
    t405 = (pre[141])**2
    t406 = t4*t405
    t407 = (pre[152])**2
    t408 = t407*t7
    t409 = (pre[163])**2
    t410 = t10*t409
    t411 = (pre[174])**2
    t412 = t13*t411
    t413 = (pre[185])**2
    t414 = t16*t413
    t415 = (pre[196])**2
    t416 = t19*t415
    t417 = (pre[12])**2
    t418 = t22*t417
    t419 = (pre[207])**2
    t420 = t25*t419
    t421 = (pre[218])**2
    t422 = t28*t421
    t423 = (pre[229])**2
    t424 = t31*t423
    t425 = (pre[240])**2
    t426 = t34*t425
    t427 = (pre[251])**2
    t428 = t37*t427
    t429 = (pre[262])**2
    t430 = t40*t429
    t431 = (pre[23])**2
    t432 = t43*t431
    t433 = (pre[34])**2
    t434 = t433*t46
    t435 = (pre[100])**2
    t436 = pre[106]*t435
    t437 = pre[107]*t435
    t438 = (pre[52])**2
    t439 = pre[58]*t438
    t440 = pre[59]*t438
    t441 = (pre[132])**2
    t442 = (pre[84])**2
    t443 = (0.5)*pre[136] + (0.5)*pre[137] + (0.5)*pre[88] + (0.5)*pre[89]
    t444 = t443 + pre[138]*t441 + pre[139]*t441 + pre[90]*t442 + pre[91]*t442
    t445 = (0.5)*pre[104]
    t446 = (0.5)*pre[105]
    t447 = (0.5)*pre[56]
    t448 = (0.5)*pre[57]
    t449 = t445 + t446 + t447 + t448
    t450 = t436 + t437 + t439 + t440 + t444 + t449
    t451 = 2.0*t405
    t452 = 2.0*t407
    t453 = 2.0*t409
    t454 = 2.0*t411
    t455 = 2.0*t417
    t456 = 2.0*t413
    t457 = 2.0*t415
    t458 = 2.0*t419
    t459 = 2.0*t421
    t460 = 2.0*t423
    t461 = 2.0*t425
    t462 = 2.0*t427
    t463 = 2.0*t429
    t464 = 2.0*t431
    t465 = 2.0*t433
    t466 = 2.0*t403
    t467 = pre[147]*t451 + pre[148]*t451 + pre[158]*t452 + pre[159]*t452 + pre[169]*t453 + pre[170]*t453 + pre[180]*t454 + pre[181]*t454 + pre[18]*t455 + pre[191]*t456 + pre[192]*t456 + pre[19]*t455 + pre[202]*t457 + pre[203]*t457 + pre[213]*t458 + pre[214]*t458 + pre[224]*t459 + pre[225]*t459 + pre[235]*t460 + pre[236]*t460 + pre[246]*t461 + pre[247]*t461 + pre[257]*t462 + pre[258]*t462 + pre[268]*t463 + pre[269]*t463 + pre[29]*t464 + pre[30]*t464 + pre[40]*t465 + pre[41]*t465 + pre[7]*t466 + pre[8]*t466
    t468 = pre[1]*pre[2]
    t469 = t1*t468
    t470 = pre[12]*pre[13]
    t471 = t22*t470
    t472 = pre[141]*pre[142]
    t473 = t4*t472
    t474 = pre[152]*pre[153]
    t475 = t474*t7
    t476 = pre[163]*pre[164]
    t477 = t10*t476
    t478 = pre[174]*pre[175]
    t479 = t13*t478
    t480 = pre[185]*pre[186]
    t481 = t16*t480
    t482 = pre[196]*pre[197]
    t483 = t19*t482
    t484 = pre[207]*pre[208]
    t485 = t25*t484
    t486 = pre[218]*pre[219]
    t487 = t28*t486
    t488 = pre[229]*pre[230]
    t489 = t31*t488
    t490 = pre[23]*pre[24]
    t491 = t43*t490
    t492 = pre[240]*pre[241]
    t493 = t34*t492
    t494 = pre[251]*pre[252]
    t495 = t37*t494
    t496 = pre[262]*pre[263]
    t497 = t40*t496
    t498 = pre[34]*pre[35]
    t499 = t46*t498
    t500 = 2.0*t470
    t501 = 2.0*t472
    t502 = 2.0*t474
    t503 = 2.0*t476
    t504 = 2.0*t478
    t505 = 2.0*t480
    t506 = 2.0*t482
    t507 = 2.0*t468
    t508 = 2.0*t484
    t509 = 2.0*t486
    t510 = 2.0*t488
    t511 = 2.0*t490
    t512 = 2.0*t492
    t513 = 2.0*t494
    t514 = 2.0*t496
    t515 = 2.0*t498
    t516 = -t445 - t446 - t447 - t448 + pre[147]*t501 + pre[148]*t501 + pre[158]*t502 + pre[159]*t502 + pre[169]*t503 + pre[170]*t503 + pre[180]*t504 + pre[181]*t504 + pre[18]*t500 + pre[191]*t505 + pre[192]*t505 + pre[19]*t500 + pre[202]*t506 + pre[203]*t506 + pre[213]*t508 + pre[214]*t508 + pre[224]*t509 + pre[225]*t509 + pre[235]*t510 + pre[236]*t510 + pre[246]*t512 + pre[247]*t512 + pre[257]*t513 + pre[258]*t513 + pre[268]*t514 + pre[269]*t514 + pre[29]*t511 + pre[30]*t511 + pre[40]*t515 + pre[41]*t515 + pre[7]*t507 + pre[8]*t507
    t517 = t444 + t516 - t436 - t437 - t439 - t440 + pre[10]*t469 + pre[149]*t473 + pre[150]*t473 + pre[160]*t475 + pre[161]*t475 + pre[171]*t477 + pre[172]*t477 + pre[182]*t479 + pre[183]*t479 + pre[193]*t481 + pre[194]*t481 + pre[204]*t483 + pre[205]*t483 + pre[20]*t471 + pre[215]*t485 + pre[216]*t485 + pre[21]*t471 + pre[226]*t487 + pre[227]*t487 + pre[237]*t489 + pre[238]*t489 + pre[248]*t493 + pre[249]*t493 + pre[259]*t495 + pre[260]*t495 + pre[270]*t497 + pre[271]*t497 + pre[31]*t491 + pre[32]*t491 + pre[42]*t499 + pre[43]*t499 + pre[9]*t469
    t518 = t197*t403
    t519 = t200*t405
    t520 = pre[150]*t519
    t521 = t204*t417
    t522 = pre[21]*t521
    t523 = t208*t407
    t524 = pre[161]*t523
    t525 = t212*t409
    t526 = pre[172]*t525
    t527 = t216*t411
    t528 = pre[183]*t527
    t529 = t220*t413
    t530 = pre[194]*t529
    t531 = t224*t415
    t532 = pre[205]*t531
    t533 = t228*t419
    t534 = pre[216]*t533
    t535 = t232*t421
    t536 = pre[227]*t535
    t537 = t236*t423
    t538 = pre[238]*t537
    t539 = t240*t425
    t540 = pre[249]*t539
    t541 = t244*t427
    t542 = pre[260]*t541
    t543 = t248*t431
    t544 = pre[32]*t543
    t545 = t252*t429
    t546 = pre[271]*t545
    t547 = t256*t433
    t548 = pre[43]*t547
    t549 = pre[9]*t518
    t550 = pre[100]*pre[101]
    t551 = pre[106]*t550
    t552 = pre[107]*t550
    t553 = pre[52]*pre[53]
    t554 = pre[58]*t553
    t555 = pre[59]*t553
    t556 = pre[132]*pre[133]
    t557 = pre[84]*pre[85]
    t558 = pre[138]*t556 + pre[139]*t556 + pre[90]*t557 + pre[91]*t557
    t559 = t551 + t552 + t554 + t555 + t558
    t560 = t270 + t559 + pre[144]*t520 + pre[155]*t524 + pre[15]*t522 + pre[166]*t526 + pre[177]*t528 + pre[188]*t530 + pre[199]*t532 + pre[210]*t534 + pre[221]*t536 + pre[232]*t538 + pre[243]*t540 + pre[254]*t542 + pre[265]*t546 + pre[26]*t544 + pre[37]*t548 + pre[4]*t549 + t199*t518 + t202*t519 + t206*t521 + t210*t523 + t214*t525 + t218*t527 + t222*t529 + t226*t531 + t230*t533 + t234*t535 + t238*t537 + t242*t539 + t246*t541 + t250*t543 + t254*t545 + t258*t547
    t561 = t197*t468
    t562 = t204*t470
    t563 = t200*t472
    t564 = t208*t474
    t565 = t212*t476
    t566 = t216*t478
    t567 = t220*t480
    t568 = t224*t482
    t569 = t228*t484
    t570 = t232*t486
    t571 = t236*t488
    t572 = t248*t490
    t573 = t240*t492
    t574 = t244*t494
    t575 = t252*t496
    t576 = t256*t498
    t577 = t558 - t551 - t552 - t554 - t555 + t199*t561 + t202*t563 + t206*t562 + t210*t564 + t214*t565 + t218*t566 + t222*t567 + t226*t568 + t230*t569 + t234*t570 + t238*t571 + t242*t573 + t246*t574 + t250*t572 + t254*t575 + t258*t576 + t284*t561 + t287*t562 + t290*t563 + t293*t564 + t296*t565 + t299*t566 + t302*t567 + t305*t568 + t308*t569 + t311*t570 + t314*t571 + t317*t572 + t320*t573 + t323*t574 + t326*t575 + t329*t576
    t578 = pre[100]*pre[102]
    t579 = pre[106]*t578
    t580 = pre[107]*t578
    t581 = pre[52]*pre[54]
    t582 = pre[58]*t581
    t583 = pre[59]*t581
    t584 = pre[132]*pre[134]
    t585 = pre[84]*pre[86]
    t586 = pre[138]*t584 + pre[139]*t584 + pre[90]*t585 + pre[91]*t585
    t587 = t579 + t580 + t582 + t583 + t586
    t588 = t373 + t587 + pre[145]*t520 + pre[156]*t524 + pre[167]*t526 + pre[16]*t522 + pre[178]*t528 + pre[189]*t530 + pre[200]*t532 + pre[211]*t534 + pre[222]*t536 + pre[233]*t538 + pre[244]*t540 + pre[255]*t542 + pre[266]*t546 + pre[27]*t544 + pre[38]*t548 + pre[5]*t549 + t348*t518 + t349*t519 + t350*t521 + t351*t523 + t352*t525 + t353*t527 + t354*t529 + t355*t531 + t356*t533 + t357*t535 + t358*t537 + t359*t539 + t360*t541 + t361*t543 + t362*t545 + t363*t547
    t589 = t586 - t579 - t580 - t582 - t583 + t348*t561 + t349*t563 + t350*t562 + t351*t564 + t352*t565 + t353*t566 + t354*t567 + t355*t568 + t356*t569 + t357*t570 + t358*t571 + t359*t573 + t360*t574 + t361*t572 + t362*t575 + t363*t576 + t385*t561 + t386*t562 + t387*t563 + t388*t564 + t389*t565 + t390*t566 + t391*t567 + t392*t568 + t393*t569 + t394*t570 + t395*t571 + t396*t572 + t397*t573 + t398*t574 + t399*t575 + t400*t576
    t590 = (pre[2])**2
    t591 = t1*t590
    t592 = (pre[142])**2
    t593 = t4*t592
    t594 = (pre[153])**2
    t595 = t594*t7
    t596 = (pre[164])**2
    t597 = t10*t596
    t598 = (pre[175])**2
    t599 = t13*t598
    t600 = (pre[186])**2
    t601 = t16*t600
    t602 = (pre[197])**2
    t603 = t19*t602
    t604 = (pre[13])**2
    t605 = t22*t604
    t606 = (pre[208])**2
    t607 = t25*t606
    t608 = (pre[219])**2
    t609 = t28*t608
    t610 = (pre[230])**2
    t611 = t31*t610
    t612 = (pre[241])**2
    t613 = t34*t612
    t614 = (pre[252])**2
    t615 = t37*t614
    t616 = (pre[263])**2
    t617 = t40*t616
    t618 = (pre[24])**2
    t619 = t43*t618
    t620 = (pre[35])**2
    t621 = t46*t620
    t622 = 2.0*t592
    t623 = 2.0*t594
    t624 = 2.0*t596
    t625 = 2.0*t598
    t626 = 2.0*t604
    t627 = 2.0*t600
    t628 = 2.0*t602
    t629 = 2.0*t606
    t630 = 2.0*t608
    t631 = 2.0*t610
    t632 = 2.0*t612
    t633 = 2.0*t614
    t634 = 2.0*t616
    t635 = 2.0*t618
    t636 = 2.0*t620
    t637 = 2.0*t590
    t638 = pre[147]*t622 + pre[148]*t622 + pre[158]*t623 + pre[159]*t623 + pre[169]*t624 + pre[170]*t624 + pre[180]*t625 + pre[181]*t625 + pre[18]*t626 + pre[191]*t627 + pre[192]*t627 + pre[19]*t626 + pre[202]*t628 + pre[203]*t628 + pre[213]*t629 + pre[214]*t629 + pre[224]*t630 + pre[225]*t630 + pre[235]*t631 + pre[236]*t631 + pre[246]*t632 + pre[247]*t632 + pre[257]*t633 + pre[258]*t633 + pre[268]*t634 + pre[269]*t634 + pre[29]*t635 + pre[30]*t635 + pre[40]*t636 + pre[41]*t636 + pre[7]*t637 + pre[8]*t637
    t639 = t197*t590
    t640 = t200*t592
    t641 = pre[150]*t640
    t642 = t204*t604
    t643 = pre[21]*t642
    t644 = t208*t594
    t645 = pre[161]*t644
    t646 = t212*t596
    t647 = pre[172]*t646
    t648 = t216*t598
    t649 = pre[183]*t648
    t650 = t220*t600
    t651 = pre[194]*t650
    t652 = t224*t602
    t653 = pre[205]*t652
    t654 = t228*t606
    t655 = pre[216]*t654
    t656 = t232*t608
    t657 = pre[227]*t656
    t658 = t236*t610
    t659 = pre[238]*t658
    t660 = t240*t612
    t661 = pre[249]*t660
    t662 = t244*t614
    t663 = pre[260]*t662
    t664 = t248*t618
    t665 = pre[32]*t664
    t666 = t252*t616
    t667 = pre[271]*t666
    t668 = t256*t620
    t669 = pre[43]*t668
    t670 = pre[9]*t639
    t671 = t280 + t559 + pre[144]*t641 + pre[155]*t645 + pre[15]*t643 + pre[166]*t647 + pre[177]*t649 + pre[188]*t651 + pre[199]*t653 + pre[210]*t655 + pre[221]*t657 + pre[232]*t659 + pre[243]*t661 + pre[254]*t663 + pre[265]*t667 + pre[26]*t665 + pre[37]*t669 + pre[4]*t670 + t199*t639 + t202*t640 + t206*t642 + t210*t644 + t214*t646 + t218*t648 + t222*t650 + t226*t652 + t230*t654 + t234*t656 + t238*t658 + t242*t660 + t246*t662 + t250*t664 + t254*t666 + t258*t668
    t672 = t383 + t587 + pre[145]*t641 + pre[156]*t645 + pre[167]*t647 + pre[16]*t643 + pre[178]*t649 + pre[189]*t651 + pre[200]*t653 + pre[211]*t655 + pre[222]*t657 + pre[233]*t659 + pre[244]*t661 + pre[255]*t663 + pre[266]*t667 + pre[27]*t665 + pre[38]*t669 + pre[5]*t670 + t348*t639 + t349*t640 + t350*t642 + t351*t644 + t352*t646 + t353*t648 + t354*t650 + t355*t652 + t356*t654 + t357*t656 + t358*t658 + t359*t660 + t360*t662 + t361*t664 + t362*t666 + t363*t668
    t673 = 4.0*(pre[4])**2
    t674 = t0*t673
    t675 = 4.0*(pre[144])**2
    t676 = t3*t675
    t677 = 4.0*(pre[155])**2
    t678 = t6*t677
    t679 = 4.0*(pre[166])**2
    t680 = t679*t9
    t681 = 4.0*(pre[177])**2
    t682 = t12*t681
    t683 = 4.0*(pre[188])**2
    t684 = t15*t683
    t685 = 4.0*(pre[199])**2
    t686 = t18*t685
    t687 = 4.0*(pre[15])**2
    t688 = t21*t687
    t689 = 4.0*(pre[210])**2
    t690 = t24*t689
    t691 = 4.0*(pre[221])**2
    t692 = t27*t691
    t693 = 4.0*(pre[232])**2
    t694 = t30*t693
    t695 = 4.0*(pre[243])**2
    t696 = t33*t695
    t697 = 4.0*(pre[254])**2
    t698 = t36*t697
    t699 = 4.0*(pre[265])**2
    t700 = t39*t699
    t701 = 4.0*(pre[26])**2
    t702 = t42*t701
    t703 = 4.0*(pre[37])**2
    t704 = t45*t703
    t705 = t56 + t62
    t706 = t72 + t78
    t707 = t705 + t706 + t96
    t708 = (pre[117])**2
    t709 = pre[122]*t708
    t710 = pre[123]*t708
    t711 = (pre[69])**2
    t712 = pre[74]*t711
    t713 = pre[75]*t711
    t714 = (pre[45])**2
    t715 = (pre[93])**2
    t716 = pre[50]*t714 + pre[51]*t714 + pre[98]*t715 + pre[99]*t715
    t717 = t709 + t710 + t712 + t713 + t716
    t718 = (pre[125])**2
    t719 = pre[130]*t718
    t720 = pre[131]*t718
    t721 = (pre[77])**2
    t722 = pre[82]*t721
    t723 = pre[83]*t721
    t724 = (pre[109])**2
    t725 = (pre[61])**2
    t726 = pre[114]*t724 + pre[115]*t724 + pre[66]*t725 + pre[67]*t725
    t727 = t719 + t720 + t722 + t723 + t726
    t728 = pre[0]*t673
    t729 = pre[1]*t728
    t730 = pre[11]*t687
    t731 = pre[12]*t730
    t732 = pre[140]*t675
    t733 = pre[141]*t732
    t734 = pre[151]*t677
    t735 = pre[152]*t734
    t736 = pre[162]*t679
    t737 = pre[163]*t736
    t738 = pre[173]*t681
    t739 = pre[174]*t738
    t740 = pre[184]*t683
    t741 = pre[185]*t740
    t742 = pre[195]*t685
    t743 = pre[196]*t742
    t744 = pre[206]*t689
    t745 = pre[207]*t744
    t746 = pre[217]*t691
    t747 = pre[218]*t746
    t748 = pre[228]*t693
    t749 = pre[229]*t748
    t750 = pre[22]*t701
    t751 = pre[23]*t750
    t752 = pre[239]*t695
    t753 = pre[240]*t752
    t754 = pre[250]*t697
    t755 = pre[251]*t754
    t756 = pre[261]*t699
    t757 = pre[262]*t756
    t758 = pre[33]*t703
    t759 = pre[34]*t758
    t760 = t161 + t56
    t761 = t716 + t760 - t709 - t710 - t712 - t713 + pre[10]*t729 + pre[149]*t733 + pre[150]*t733 + pre[160]*t735 + pre[161]*t735 + pre[171]*t737 + pre[172]*t737 + pre[182]*t739 + pre[183]*t739 + pre[193]*t741 + pre[194]*t741 + pre[204]*t743 + pre[205]*t743 + pre[20]*t731 + pre[215]*t745 + pre[216]*t745 + pre[21]*t731 + pre[226]*t747 + pre[227]*t747 + pre[237]*t749 + pre[238]*t749 + pre[248]*t753 + pre[249]*t753 + pre[259]*t755 + pre[260]*t755 + pre[270]*t757 + pre[271]*t757 + pre[31]*t751 + pre[32]*t751 + pre[42]*t759 + pre[43]*t759 + pre[9]*t729
    t762 = pre[2]*t728
    t763 = pre[13]*t730
    t764 = pre[142]*t732
    t765 = pre[153]*t734
    t766 = pre[164]*t736
    t767 = pre[175]*t738
    t768 = pre[186]*t740
    t769 = pre[197]*t742
    t770 = pre[208]*t744
    t771 = pre[219]*t746
    t772 = pre[230]*t748
    t773 = pre[24]*t750
    t774 = pre[241]*t752
    t775 = pre[252]*t754
    t776 = pre[263]*t756
    t777 = pre[35]*t758
    t778 = t195 + t72
    t779 = t726 + t778 - t719 - t720 - t722 - t723 + pre[10]*t762 + pre[149]*t764 + pre[150]*t764 + pre[160]*t765 + pre[161]*t765 + pre[171]*t766 + pre[172]*t766 + pre[182]*t767 + pre[183]*t767 + pre[193]*t768 + pre[194]*t768 + pre[204]*t769 + pre[205]*t769 + pre[20]*t763 + pre[215]*t770 + pre[216]*t770 + pre[21]*t763 + pre[226]*t771 + pre[227]*t771 + pre[237]*t772 + pre[238]*t772 + pre[248]*t774 + pre[249]*t774 + pre[259]*t775 + pre[260]*t775 + pre[270]*t776 + pre[271]*t776 + pre[31]*t773 + pre[32]*t773 + pre[42]*t777 + pre[43]*t777 + pre[9]*t762
    t780 = 4.0*pre[5]
    t781 = t0*t780
    t782 = 4.0*pre[145]
    t783 = t3*t782
    t784 = 4.0*pre[156]
    t785 = t6*t784
    t786 = 4.0*pre[16]
    t787 = t21*t786
    t788 = 4.0*pre[167]
    t789 = t788*t9
    t790 = 4.0*pre[178]
    t791 = t12*t790
    t792 = 4.0*pre[189]
    t793 = t15*t792
    t794 = 4.0*pre[200]
    t795 = t18*t794
    t796 = 4.0*pre[211]
    t797 = t24*t796
    t798 = 4.0*pre[222]
    t799 = t27*t798
    t800 = 4.0*pre[233]
    t801 = t30*t800
    t802 = 4.0*pre[244]
    t803 = t33*t802
    t804 = 4.0*pre[255]
    t805 = t36*t804
    t806 = 4.0*pre[266]
    t807 = t39*t806
    t808 = 4.0*pre[27]
    t809 = t42*t808
    t810 = 4.0*pre[38]
    t811 = t45*t810
    t812 = pre[117]*pre[118]
    t813 = pre[122]*t812
    t814 = pre[123]*t812
    t815 = pre[69]*pre[70]
    t816 = pre[74]*t815
    t817 = pre[75]*t815
    t818 = pre[45]*pre[46]
    t819 = pre[93]*pre[94]
    t820 = pre[50]*t818 + pre[51]*t818 + pre[98]*t819 + pre[99]*t819
    t821 = t813 + t814 + t816 + t817 + t820
    t822 = pre[125]*pre[126]
    t823 = pre[130]*t822
    t824 = pre[131]*t822
    t825 = pre[77]*pre[78]
    t826 = pre[82]*t825
    t827 = pre[83]*t825
    t828 = pre[109]*pre[110]
    t829 = pre[61]*pre[62]
    t830 = pre[114]*t828 + pre[115]*t828 + pre[66]*t829 + pre[67]*t829
    t831 = t823 + t824 + t826 + t827 + t830
    t832 = t821 + t831 + t199*t781 + t202*t783 + t206*t787 + t210*t785 + t214*t789 + t218*t791 + t222*t793 + t226*t795 + t230*t797 + t234*t799 + t238*t801 + t242*t803 + t246*t805 + t250*t809 + t254*t807 + t258*t811 + t284*t781 + t287*t787 + t290*t783 + t293*t785 + t296*t789 + t299*t791 + t302*t793 + t305*t795 + t308*t797 + t311*t799 + t314*t801 + t317*t809 + t320*t803 + t323*t805 + t326*t807 + t329*t811
    t833 = pre[0]*t780
    t834 = pre[1]*t833
    t835 = pre[11]*t786
    t836 = pre[12]*t835
    t837 = pre[140]*t782
    t838 = pre[141]*t837
    t839 = pre[151]*t784
    t840 = pre[152]*t839
    t841 = pre[162]*t788
    t842 = pre[163]*t841
    t843 = pre[173]*t790
    t844 = pre[174]*t843
    t845 = pre[184]*t792
    t846 = pre[185]*t845
    t847 = pre[195]*t794
    t848 = pre[196]*t847
    t849 = pre[206]*t796
    t850 = pre[207]*t849
    t851 = pre[217]*t798
    t852 = pre[218]*t851
    t853 = pre[228]*t800
    t854 = pre[229]*t853
    t855 = pre[22]*t808
    t856 = pre[23]*t855
    t857 = pre[239]*t802
    t858 = pre[240]*t857
    t859 = pre[250]*t804
    t860 = pre[251]*t859
    t861 = pre[261]*t806
    t862 = pre[262]*t861
    t863 = pre[33]*t810
    t864 = pre[34]*t863
    t865 = t820 - t813 - t814 - t816 - t817 + t199*t834 + t202*t838 + t206*t836 + t210*t840 + t214*t842 + t218*t844 + t222*t846 + t226*t848 + t230*t850 + t234*t852 + t238*t854 + t242*t858 + t246*t860 + t250*t856 + t254*t862 + t258*t864 + t284*t834 + t287*t836 + t290*t838 + t293*t840 + t296*t842 + t299*t844 + t302*t846 + t305*t848 + t308*t850 + t311*t852 + t314*t854 + t317*t856 + t320*t858 + t323*t860 + t326*t862 + t329*t864
    t866 = pre[2]*t833
    t867 = pre[13]*t835
    t868 = pre[142]*t837
    t869 = pre[153]*t839
    t870 = pre[164]*t841
    t871 = pre[175]*t843
    t872 = pre[186]*t845
    t873 = pre[197]*t847
    t874 = pre[208]*t849
    t875 = pre[219]*t851
    t876 = pre[230]*t853
    t877 = pre[24]*t855
    t878 = pre[241]*t857
    t879 = pre[252]*t859
    t880 = pre[263]*t861
    t881 = pre[35]*t863
    t882 = t830 - t823 - t824 - t826 - t827 + t199*t866 + t202*t868 + t206*t867 + t210*t869 + t214*t870 + t218*t871 + t222*t872 + t226*t873 + t230*t874 + t234*t875 + t238*t876 + t242*t878 + t246*t879 + t250*t877 + t254*t880 + t258*t881 + t284*t866 + t287*t867 + t290*t868 + t293*t869 + t296*t870 + t299*t871 + t302*t872 + t305*t873 + t308*t874 + t311*t875 + t314*t876 + t317*t877 + t320*t878 + t323*t879 + t326*t880 + t329*t881
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
    t901 = (pre[101])**2
    t902 = pre[106]*t901
    t903 = pre[107]*t901
    t904 = (pre[53])**2
    t905 = pre[58]*t904
    t906 = pre[59]*t904
    t907 = (pre[133])**2
    t908 = (pre[85])**2
    t909 = pre[138]*t907 + pre[139]*t907 + pre[90]*t908 + pre[91]*t908
    t910 = t902 + t903 + t905 + t906 + t909
    t911 = t468*t673
    t912 = t470*t687
    t913 = t472*t675
    t914 = t474*t677
    t915 = t476*t679
    t916 = t478*t681
    t917 = t480*t683
    t918 = t482*t685
    t919 = t484*t689
    t920 = t486*t691
    t921 = t488*t693
    t922 = t490*t701
    t923 = t492*t695
    t924 = t494*t697
    t925 = t496*t699
    t926 = t498*t703
    t927 = t443 + t516
    t928 = t909 + t927 - t902 - t903 - t905 - t906 + pre[10]*t911 + pre[149]*t913 + pre[150]*t913 + pre[160]*t914 + pre[161]*t914 + pre[171]*t915 + pre[172]*t915 + pre[182]*t916 + pre[183]*t916 + pre[193]*t917 + pre[194]*t917 + pre[204]*t918 + pre[205]*t918 + pre[20]*t912 + pre[215]*t919 + pre[216]*t919 + pre[21]*t912 + pre[226]*t920 + pre[227]*t920 + pre[237]*t921 + pre[238]*t921 + pre[248]*t923 + pre[249]*t923 + pre[259]*t924 + pre[260]*t924 + pre[270]*t925 + pre[271]*t925 + pre[31]*t922 + pre[32]*t922 + pre[42]*t926 + pre[43]*t926 + pre[9]*t911
    t929 = t403*t780
    t930 = t405*t782
    t931 = t407*t784
    t932 = t417*t786
    t933 = t409*t788
    t934 = t411*t790
    t935 = t413*t792
    t936 = t415*t794
    t937 = t419*t796
    t938 = t421*t798
    t939 = t423*t800
    t940 = t425*t802
    t941 = t427*t804
    t942 = t429*t806
    t943 = t431*t808
    t944 = t433*t810
    t945 = pre[101]*pre[102]
    t946 = pre[106]*t945
    t947 = pre[107]*t945
    t948 = pre[53]*pre[54]
    t949 = pre[58]*t948
    t950 = pre[59]*t948
    t951 = pre[133]*pre[134]
    t952 = pre[85]*pre[86]
    t953 = pre[138]*t951 + pre[139]*t951 + pre[90]*t952 + pre[91]*t952
    t954 = t946 + t947 + t949 + t950 + t953
    t955 = t821 + t954 + t199*t929 + t202*t930 + t206*t932 + t210*t931 + t214*t933 + t218*t934 + t222*t935 + t226*t936 + t230*t937 + t234*t938 + t238*t939 + t242*t940 + t246*t941 + t250*t943 + t254*t942 + t258*t944 + t284*t929 + t287*t932 + t290*t930 + t293*t931 + t296*t933 + t299*t934 + t302*t935 + t305*t936 + t308*t937 + t311*t938 + t314*t939 + t317*t943 + t320*t940 + t323*t941 + t326*t942 + t329*t944
    t956 = t468*t780
    t957 = t470*t786
    t958 = t472*t782
    t959 = t474*t784
    t960 = t476*t788
    t961 = t478*t790
    t962 = t480*t792
    t963 = t482*t794
    t964 = t484*t796
    t965 = t486*t798
    t966 = t488*t800
    t967 = t490*t808
    t968 = t492*t802
    t969 = t494*t804
    t970 = t496*t806
    t971 = t498*t810
    t972 = t953 - t946 - t947 - t949 - t950 + t199*t956 + t202*t958 + t206*t957 + t210*t959 + t214*t960 + t218*t961 + t222*t962 + t226*t963 + t230*t964 + t234*t965 + t238*t966 + t242*t968 + t246*t969 + t250*t967 + t254*t970 + t258*t971 + t284*t956 + t287*t957 + t290*t958 + t293*t959 + t296*t960 + t299*t961 + t302*t962 + t305*t963 + t308*t964 + t311*t965 + t314*t966 + t317*t967 + t320*t968 + t323*t969 + t326*t970 + t329*t971
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
    t993 = t604*t786
    t994 = t596*t788
    t995 = t598*t790
    t996 = t600*t792
    t997 = t602*t794
    t998 = t606*t796
    t999 = t608*t798
    t1000 = t610*t800
    t1001 = t612*t802
    t1002 = t614*t804
    t1003 = t616*t806
    t1004 = t618*t808
    t1005 = t620*t810
    t1006 = t831 + t954 + t1000*t238 + t1000*t314 + t1001*t242 + t1001*t320 + t1002*t246 + t1002*t323 + t1003*t254 + t1003*t326 + t1004*t250 + t1004*t317 + t1005*t258 + t1005*t329 + t199*t990 + t202*t991 + t206*t993 + t210*t992 + t214*t994 + t218*t995 + t222*t996 + t226*t997 + t230*t998 + t234*t999 + t284*t990 + t287*t993 + t290*t991 + t293*t992 + t296*t994 + t299*t995 + t302*t996 + t305*t997 + t308*t998 + t311*t999
    t1007 = 4.0*(pre[5])**2
    t1008 = t0*t1007
    t1009 = 4.0*(pre[145])**2
    t1010 = t1009*t3
    t1011 = 4.0*(pre[156])**2
    t1012 = t1011*t6
    t1013 = 4.0*(pre[167])**2
    t1014 = t1013*t9
    t1015 = 4.0*(pre[178])**2
    t1016 = t1015*t12
    t1017 = 4.0*(pre[189])**2
    t1018 = t1017*t15
    t1019 = 4.0*(pre[200])**2
    t1020 = t1019*t18
    t1021 = 4.0*(pre[16])**2
    t1022 = t1021*t21
    t1023 = 4.0*(pre[211])**2
    t1024 = t1023*t24
    t1025 = 4.0*(pre[222])**2
    t1026 = t1025*t27
    t1027 = 4.0*(pre[233])**2
    t1028 = t1027*t30
    t1029 = 4.0*(pre[244])**2
    t1030 = t1029*t33
    t1031 = 4.0*(pre[255])**2
    t1032 = t1031*t36
    t1033 = 4.0*(pre[266])**2
    t1034 = t1033*t39
    t1035 = 4.0*(pre[27])**2
    t1036 = t1035*t42
    t1037 = 4.0*(pre[38])**2
    t1038 = t1037*t45
    t1039 = (pre[118])**2
    t1040 = pre[122]*t1039
    t1041 = pre[123]*t1039
    t1042 = (pre[70])**2
    t1043 = pre[74]*t1042
    t1044 = pre[75]*t1042
    t1045 = (pre[46])**2
    t1046 = (pre[94])**2
    t1047 = pre[50]*t1045 + pre[51]*t1045 + pre[98]*t1046 + pre[99]*t1046
    t1048 = t1040 + t1041 + t1043 + t1044 + t1047
    t1049 = (pre[126])**2
    t1050 = pre[130]*t1049
    t1051 = pre[131]*t1049
    t1052 = (pre[78])**2
    t1053 = pre[82]*t1052
    t1054 = pre[83]*t1052
    t1055 = (pre[110])**2
    t1056 = (pre[62])**2
    t1057 = pre[114]*t1055 + pre[115]*t1055 + pre[66]*t1056 + pre[67]*t1056
    t1058 = t1050 + t1051 + t1053 + t1054 + t1057
    t1059 = pre[0]*t1007
    t1060 = pre[1]*t1059
    t1061 = pre[11]*t1021
    t1062 = pre[12]*t1061
    t1063 = pre[140]*t1009
    t1064 = pre[141]*t1063
    t1065 = pre[151]*t1011
    t1066 = pre[152]*t1065
    t1067 = pre[162]*t1013
    t1068 = pre[163]*t1067
    t1069 = pre[173]*t1015
    t1070 = pre[174]*t1069
    t1071 = pre[184]*t1017
    t1072 = pre[185]*t1071
    t1073 = pre[195]*t1019
    t1074 = pre[196]*t1073
    t1075 = pre[206]*t1023
    t1076 = pre[207]*t1075
    t1077 = pre[217]*t1025
    t1078 = pre[218]*t1077
    t1079 = pre[228]*t1027
    t1080 = pre[229]*t1079
    t1081 = pre[22]*t1035
    t1082 = pre[23]*t1081
    t1083 = pre[239]*t1029
    t1084 = pre[240]*t1083
    t1085 = pre[250]*t1031
    t1086 = pre[251]*t1085
    t1087 = pre[261]*t1033
    t1088 = pre[262]*t1087
    t1089 = pre[33]*t1037
    t1090 = pre[34]*t1089
    t1091 = t1047 + t760 - t1040 - t1041 - t1043 - t1044 + pre[10]*t1060 + pre[149]*t1064 + pre[150]*t1064 + pre[160]*t1066 + pre[161]*t1066 + pre[171]*t1068 + pre[172]*t1068 + pre[182]*t1070 + pre[183]*t1070 + pre[193]*t1072 + pre[194]*t1072 + pre[204]*t1074 + pre[205]*t1074 + pre[20]*t1062 + pre[215]*t1076 + pre[216]*t1076 + pre[21]*t1062 + pre[226]*t1078 + pre[227]*t1078 + pre[237]*t1080 + pre[238]*t1080 + pre[248]*t1084 + pre[249]*t1084 + pre[259]*t1086 + pre[260]*t1086 + pre[270]*t1088 + pre[271]*t1088 + pre[31]*t1082 + pre[32]*t1082 + pre[42]*t1090 + pre[43]*t1090 + pre[9]*t1060
    t1092 = pre[2]*t1059
    t1093 = pre[13]*t1061
    t1094 = pre[142]*t1063
    t1095 = pre[153]*t1065
    t1096 = pre[164]*t1067
    t1097 = pre[175]*t1069
    t1098 = pre[186]*t1071
    t1099 = pre[197]*t1073
    t1100 = pre[208]*t1075
    t1101 = pre[219]*t1077
    t1102 = pre[230]*t1079
    t1103 = pre[24]*t1081
    t1104 = pre[241]*t1083
    t1105 = pre[252]*t1085
    t1106 = pre[263]*t1087
    t1107 = pre[35]*t1089
    t1108 = t1057 + t778 - t1050 - t1051 - t1053 - t1054 + pre[10]*t1092 + pre[149]*t1094 + pre[150]*t1094 + pre[160]*t1095 + pre[161]*t1095 + pre[171]*t1096 + pre[172]*t1096 + pre[182]*t1097 + pre[183]*t1097 + pre[193]*t1098 + pre[194]*t1098 + pre[204]*t1099 + pre[205]*t1099 + pre[20]*t1093 + pre[215]*t1100 + pre[216]*t1100 + pre[21]*t1093 + pre[226]*t1101 + pre[227]*t1101 + pre[237]*t1102 + pre[238]*t1102 + pre[248]*t1104 + pre[249]*t1104 + pre[259]*t1105 + pre[260]*t1105 + pre[270]*t1106 + pre[271]*t1106 + pre[31]*t1103 + pre[32]*t1103 + pre[42]*t1107 + pre[43]*t1107 + pre[9]*t1092
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
    t1125 = (pre[102])**2
    t1126 = pre[106]*t1125
    t1127 = pre[107]*t1125
    t1128 = (pre[54])**2
    t1129 = pre[58]*t1128
    t1130 = pre[59]*t1128
    t1131 = (pre[134])**2
    t1132 = (pre[86])**2
    t1133 = pre[138]*t1131 + pre[139]*t1131 + pre[90]*t1132 + pre[91]*t1132
    t1134 = t1126 + t1127 + t1129 + t1130 + t1133
    t1135 = t1007*t468
    t1136 = t1021*t470
    t1137 = t1009*t472
    t1138 = t1011*t474
    t1139 = t1013*t476
    t1140 = t1015*t478
    t1141 = t1017*t480
    t1142 = t1019*t482
    t1143 = t1023*t484
    t1144 = t1025*t486
    t1145 = t1027*t488
    t1146 = t1035*t490
    t1147 = t1029*t492
    t1148 = t1031*t494
    t1149 = t1033*t496
    t1150 = t1037*t498
    t1151 = t1133 + t927 - t1126 - t1127 - t1129 - t1130 + pre[10]*t1135 + pre[149]*t1137 + pre[150]*t1137 + pre[160]*t1138 + pre[161]*t1138 + pre[171]*t1139 + pre[172]*t1139 + pre[182]*t1140 + pre[183]*t1140 + pre[193]*t1141 + pre[194]*t1141 + pre[204]*t1142 + pre[205]*t1142 + pre[20]*t1136 + pre[215]*t1143 + pre[216]*t1143 + pre[21]*t1136 + pre[226]*t1144 + pre[227]*t1144 + pre[237]*t1145 + pre[238]*t1145 + pre[248]*t1147 + pre[249]*t1147 + pre[259]*t1148 + pre[260]*t1148 + pre[270]*t1149 + pre[271]*t1149 + pre[31]*t1146 + pre[32]*t1146 + pre[42]*t1150 + pre[43]*t1150 + pre[9]*t1135
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
    out[..., 0] = t63 + t79 + t96 + pre[10]*t2 + pre[149]*t5 + pre[150]*t5 + pre[160]*t8 + pre[161]*t8 + pre[171]*t11 + pre[172]*t11 + pre[182]*t14 + pre[183]*t14 + pre[193]*t17 + pre[194]*t17 + pre[204]*t20 + pre[205]*t20 + pre[20]*t23 + pre[215]*t26 + pre[216]*t26 + pre[21]*t23 + pre[226]*t29 + pre[227]*t29 + pre[237]*t32 + pre[238]*t32 + pre[248]*t35 + pre[249]*t35 + pre[259]*t38 + pre[260]*t38 + pre[270]*t41 + pre[271]*t41 + pre[31]*t44 + pre[32]*t44 + pre[42]*t47 + pre[43]*t47 + pre[9]*t2
    out[..., 1] = t162
    out[..., 2] = t196
    out[..., 3] = t281
    out[..., 4] = t330
    out[..., 5] = t347
    out[..., 6] = t384
    out[..., 7] = t401
    out[..., 8] = t402
    out[..., 9] = t162
    out[..., 10] = t450 + t467 + t63 + pre[10]*t404 + pre[149]*t406 + pre[150]*t406 + pre[160]*t408 + pre[161]*t408 + pre[171]*t410 + pre[172]*t410 + pre[182]*t412 + pre[183]*t412 + pre[193]*t414 + pre[194]*t414 + pre[204]*t416 + pre[205]*t416 + pre[20]*t418 + pre[215]*t420 + pre[216]*t420 + pre[21]*t418 + pre[226]*t422 + pre[227]*t422 + pre[237]*t424 + pre[238]*t424 + pre[248]*t426 + pre[249]*t426 + pre[259]*t428 + pre[260]*t428 + pre[270]*t430 + pre[271]*t430 + pre[31]*t432 + pre[32]*t432 + pre[42]*t434 + pre[43]*t434 + pre[9]*t404
    out[..., 11] = t517
    out[..., 12] = t330
    out[..., 13] = t560
    out[..., 14] = t577
    out[..., 15] = t401
    out[..., 16] = t588
    out[..., 17] = t589
    out[..., 18] = t196
    out[..., 19] = t517
    out[..., 20] = t450 + t638 + t79 + pre[10]*t591 + pre[149]*t593 + pre[150]*t593 + pre[160]*t595 + pre[161]*t595 + pre[171]*t597 + pre[172]*t597 + pre[182]*t599 + pre[183]*t599 + pre[193]*t601 + pre[194]*t601 + pre[204]*t603 + pre[205]*t603 + pre[20]*t605 + pre[215]*t607 + pre[216]*t607 + pre[21]*t605 + pre[226]*t609 + pre[227]*t609 + pre[237]*t611 + pre[238]*t611 + pre[248]*t613 + pre[249]*t613 + pre[259]*t615 + pre[260]*t615 + pre[270]*t617 + pre[271]*t617 + pre[31]*t619 + pre[32]*t619 + pre[42]*t621 + pre[43]*t621 + pre[9]*t591
    out[..., 21] = t347
    out[..., 22] = t577
    out[..., 23] = t671
    out[..., 24] = t402
    out[..., 25] = t589
    out[..., 26] = t672
    out[..., 27] = t281
    out[..., 28] = t330
    out[..., 29] = t347
    out[..., 30] = t707 + t717 + t727 + pre[10]*t674 + pre[149]*t676 + pre[150]*t676 + pre[160]*t678 + pre[161]*t678 + pre[171]*t680 + pre[172]*t680 + pre[182]*t682 + pre[183]*t682 + pre[193]*t684 + pre[194]*t684 + pre[204]*t686 + pre[205]*t686 + pre[20]*t688 + pre[215]*t690 + pre[216]*t690 + pre[21]*t688 + pre[226]*t692 + pre[227]*t692 + pre[237]*t694 + pre[238]*t694 + pre[248]*t696 + pre[249]*t696 + pre[259]*t698 + pre[260]*t698 + pre[270]*t700 + pre[271]*t700 + pre[31]*t702 + pre[32]*t702 + pre[42]*t704 + pre[43]*t704 + pre[9]*t674
    out[..., 31] = t761
    out[..., 32] = t779
    out[..., 33] = t832
    out[..., 34] = t865
    out[..., 35] = t882
    out[..., 36] = t330
    out[..., 37] = t560
    out[..., 38] = t577
    out[..., 39] = t761
    out[..., 40] = t717 + t900 + t910 + pre[10]*t883 + pre[149]*t884 + pre[150]*t884 + pre[160]*t885 + pre[161]*t885 + pre[171]*t886 + pre[172]*t886 + pre[182]*t887 + pre[183]*t887 + pre[193]*t888 + pre[194]*t888 + pre[204]*t889 + pre[205]*t889 + pre[20]*t890 + pre[215]*t891 + pre[216]*t891 + pre[21]*t890 + pre[226]*t892 + pre[227]*t892 + pre[237]*t893 + pre[238]*t893 + pre[248]*t894 + pre[249]*t894 + pre[259]*t895 + pre[260]*t895 + pre[270]*t896 + pre[271]*t896 + pre[31]*t897 + pre[32]*t897 + pre[42]*t898 + pre[43]*t898 + pre[9]*t883
    out[..., 41] = t928
    out[..., 42] = t865
    out[..., 43] = t955
    out[..., 44] = t972
    out[..., 45] = t347
    out[..., 46] = t577
    out[..., 47] = t671
    out[..., 48] = t779
    out[..., 49] = t928
    out[..., 50] = t727 + t910 + t989 + pre[10]*t973 + pre[149]*t974 + pre[150]*t974 + pre[160]*t975 + pre[161]*t975 + pre[171]*t976 + pre[172]*t976 + pre[182]*t977 + pre[183]*t977 + pre[193]*t978 + pre[194]*t978 + pre[204]*t979 + pre[205]*t979 + pre[20]*t980 + pre[215]*t981 + pre[216]*t981 + pre[21]*t980 + pre[226]*t982 + pre[227]*t982 + pre[237]*t983 + pre[238]*t983 + pre[248]*t984 + pre[249]*t984 + pre[259]*t985 + pre[260]*t985 + pre[270]*t986 + pre[271]*t986 + pre[31]*t987 + pre[32]*t987 + pre[42]*t988 + pre[43]*t988 + pre[9]*t973
    out[..., 51] = t882
    out[..., 52] = t972
    out[..., 53] = t1006
    out[..., 54] = t384
    out[..., 55] = t401
    out[..., 56] = t402
    out[..., 57] = t832
    out[..., 58] = t865
    out[..., 59] = t882
    out[..., 60] = t1048 + t1058 + t707 + pre[10]*t1008 + pre[149]*t1010 + pre[150]*t1010 + pre[160]*t1012 + pre[161]*t1012 + pre[171]*t1014 + pre[172]*t1014 + pre[182]*t1016 + pre[183]*t1016 + pre[193]*t1018 + pre[194]*t1018 + pre[204]*t1020 + pre[205]*t1020 + pre[20]*t1022 + pre[215]*t1024 + pre[216]*t1024 + pre[21]*t1022 + pre[226]*t1026 + pre[227]*t1026 + pre[237]*t1028 + pre[238]*t1028 + pre[248]*t1030 + pre[249]*t1030 + pre[259]*t1032 + pre[260]*t1032 + pre[270]*t1034 + pre[271]*t1034 + pre[31]*t1036 + pre[32]*t1036 + pre[42]*t1038 + pre[43]*t1038 + pre[9]*t1008
    out[..., 61] = t1091
    out[..., 62] = t1108
    out[..., 63] = t401
    out[..., 64] = t588
    out[..., 65] = t589
    out[..., 66] = t865
    out[..., 67] = t955
    out[..., 68] = t972
    out[..., 69] = t1091
    out[..., 70] = t1048 + t1134 + t900 + pre[10]*t1109 + pre[149]*t1110 + pre[150]*t1110 + pre[160]*t1111 + pre[161]*t1111 + pre[171]*t1112 + pre[172]*t1112 + pre[182]*t1113 + pre[183]*t1113 + pre[193]*t1114 + pre[194]*t1114 + pre[204]*t1115 + pre[205]*t1115 + pre[20]*t1116 + pre[215]*t1117 + pre[216]*t1117 + pre[21]*t1116 + pre[226]*t1118 + pre[227]*t1118 + pre[237]*t1119 + pre[238]*t1119 + pre[248]*t1120 + pre[249]*t1120 + pre[259]*t1121 + pre[260]*t1121 + pre[270]*t1122 + pre[271]*t1122 + pre[31]*t1123 + pre[32]*t1123 + pre[42]*t1124 + pre[43]*t1124 + pre[9]*t1109
    out[..., 71] = t1151
    out[..., 72] = t402
    out[..., 73] = t589
    out[..., 74] = t672
    out[..., 75] = t882
    out[..., 76] = t972
    out[..., 77] = t1006
    out[..., 78] = t1108
    out[..., 79] = t1151
    out[..., 80] = t1058 + t1134 + t989 + pre[10]*t1152 + pre[149]*t1153 + pre[150]*t1153 + pre[160]*t1154 + pre[161]*t1154 + pre[171]*t1155 + pre[172]*t1155 + pre[182]*t1156 + pre[183]*t1156 + pre[193]*t1157 + pre[194]*t1157 + pre[204]*t1158 + pre[205]*t1158 + pre[20]*t1159 + pre[215]*t1160 + pre[216]*t1160 + pre[21]*t1159 + pre[226]*t1161 + pre[227]*t1161 + pre[237]*t1162 + pre[238]*t1162 + pre[248]*t1163 + pre[249]*t1163 + pre[259]*t1164 + pre[260]*t1164 + pre[270]*t1165 + pre[271]*t1165 + pre[31]*t1166 + pre[32]*t1166 + pre[42]*t1167 + pre[43]*t1167 + pre[9]*t1152
    return out.reshape(batch + (3, 3, 3, 3,))
