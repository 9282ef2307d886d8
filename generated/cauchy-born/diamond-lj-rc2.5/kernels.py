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
    t0 = -0.39808566187049854*in_p_0
    t1 = (0.5)*in_A_1
    t2 = (0.5)*in_A_2
    t3 = t1 + t2
    t4 = t0 + t3
    im_y_0_0 = -t4
    t5 = -0.39808566187049854*in_p_1
    t6 = (0.5)*in_A_5
    t7 = (0.5)*in_A_4
    t8 = 0.5 + t7
    t9 = t6 + t8
    im_y_0_1 = -t5 - t9
    t10 = -0.39808566187049854*in_p_2
    t11 = (0.5)*in_A_7
    t12 = (0.5)*in_A_8
    t13 = 0.5 + t12
    t14 = t11 + t13
    im_y_0_2 = -t10 - t14
    im_r2_0 = (im_y_0_0)**2 + (im_y_0_1)**2 + (im_y_0_2)**2
    im_f_0_0 = 1.5987038334143007e-05/(im_r2_0)**6
    im_f_0_1 = -0.00401706447983316/(im_r2_0)**3
    t15 = 0.5 + (0.5)*in_A_0
    t16 = t15 + t2
    im_y_1_0 = -t0 - t16
    t17 = (0.5)*in_A_3
    t18 = t17 + t6
    t19 = t18 + t5
    im_y_1_1 = -t19
    t20 = (0.5)*in_A_6
    t21 = t13 + t20
    im_y_1_2 = -t10 - t21
    im_r2_1 = (im_y_1_0)**2 + (im_y_1_1)**2 + (im_y_1_2)**2
    im_f_1_0 = 1.5987038334143007e-05/(im_r2_1)**6
    im_f_1_1 = -0.00401706447983316/(im_r2_1)**3
    t22 = t1 + t15
    im_y_2_0 = -t0 - t22
    t23 = t17 + t8
    im_y_2_1 = -t23 - t5
    t24 = t11 + t20
    t25 = t10 + t24
    im_y_2_2 = -t25
    im_r2_2 = (im_y_2_0)**2 + (im_y_2_1)**2 + (im_y_2_2)**2
    im_f_2_0 = 1.5987038334143007e-05/(im_r2_2)**6
    im_f_2_1 = -0.00401706447983316/(im_r2_2)**3
    t26 = 0.39808566187049854*in_p_0
    im_y_3_0 = t26
    t27 = 0.39808566187049854*in_p_1
    im_y_3_1 = t27
    t28 = 0.39808566187049854*in_p_2
    im_y_3_2 = t28
    im_r2_3 = (im_y_3_0)**2 + (im_y_3_1)**2 + (im_y_3_2)**2
    im_f_3_0 = 1.5987038334143007e-05/(im_r2_3)**6
    im_f_3_1 = -0.00401706447983316/(im_r2_3)**3
    im_y_4_0 = t22
    im_y_4_1 = t23
    im_y_4_2 = t24
    im_r2_4 = (im_y_4_0)**2 + (im_y_4_1)**2 + (im_y_4_2)**2
    im_f_4_0 = 1.5987038334143007e-05/(im_r2_4)**6
    im_f_4_1 = -0.00401706447983316/(im_r2_4)**3
    t29 = -t2
    t30 = t1 + t29
    t31 = -t30
    im_y_5_0 = t31
    t32 = -t6
    t33 = t32 + t8
    t34 = -t33
    im_y_5_1 = t34
    t35 = -t11
    t36 = t13 + t35
    im_y_5_2 = t36
    im_r2_5 = (im_y_5_0)**2 + (im_y_5_1)**2 + (im_y_5_2)**2
    im_f_5_0 = 1.5987038334143007e-05/(im_r2_5)**6
    im_f_5_1 = -0.00401706447983316/(im_r2_5)**3
    im_y_6_0 = t16
    im_y_6_1 = t18
    im_y_6_2 = t21
    im_r2_6 = (im_y_6_0)**2 + (im_y_6_1)**2 + (im_y_6_2)**2
    im_f_6_0 = 1.5987038334143007e-05/(im_r2_6)**6
    im_f_6_1 = -0.00401706447983316/(im_r2_6)**3
    t37 = -t1
    t38 = t15 + t37
    t39 = -t38
    im_y_7_0 = t39
    t40 = -t17
    t41 = t40 + t8
    im_y_7_1 = t41
    t42 = t20 + t35
    t43 = -t42
    im_y_7_2 = t43
    im_r2_7 = (im_y_7_0)**2 + (im_y_7_1)**2 + (im_y_7_2)**2
    im_f_7_0 = 1.5987038334143007e-05/(im_r2_7)**6
    im_f_7_1 = -0.00401706447983316/(im_r2_7)**3
    t44 = t15 + t29
    t45 = -t44
    im_y_8_0 = t45
    t46 = t17 + t32
    t47 = -t46
    im_y_8_1 = t47
    t48 = -t20
    t49 = t13 + t48
    im_y_8_2 = t49
    im_r2_8 = (im_y_8_0)**2 + (im_y_8_1)**2 + (im_y_8_2)**2
    im_f_8_0 = 1.5987038334143007e-05/(im_r2_8)**6
    im_f_8_1 = -0.00401706447983316/(im_r2_8)**3
    im_y_9_0 = t3
    im_y_9_1 = t9
    im_y_9_2 = t14
    im_r2_9 = (im_y_9_0)**2 + (im_y_9_1)**2 + (im_y_9_2)**2
    im_f_9_0 = 1.5987038334143007e-05/(im_r2_9)**6
    im_f_9_1 = -0.00401706447983316/(im_r2_9)**3
    im_y_10_0 = t22
    im_y_10_1 = t23
    im_y_10_2 = t24
    im_r2_10 = (im_y_10_0)**2 + (im_y_10_1)**2 + (im_y_10_2)**2
    im_f_10_0 = 1.5987038334143007e-05/(im_r2_10)**6
    im_f_10_1 = -0.00401706447983316/(im_r2_10)**3
    im_y_11_0 = t31
    im_y_11_1 = t34
    im_y_11_2 = t36
    im_r2_11 = (im_y_11_0)**2 + (im_y_11_1)**2 + (im_y_11_2)**2
    im_f_11_0 = 1.5987038334143007e-05/(im_r2_11)**6
    im_f_11_1 = -0.00401706447983316/(im_r2_11)**3
    im_y_12_0 = t16
    im_y_12_1 = t18
    im_y_12_2 = t21
    im_r2_12 = (im_y_12_0)**2 + (im_y_12_1)**2 + (im_y_12_2)**2
    im_f_12_0 = 1.5987038334143007e-05/(im_r2_12)**6
    im_f_12_1 = -0.00401706447983316/(im_r2_12)**3
    im_y_13_0 = t39
    im_y_13_1 = t41
    im_y_13_2 = t43
    im_r2_13 = (im_y_13_0)**2 + (im_y_13_1)**2 + (im_y_13_2)**2
    im_f_13_0 = 1.5987038334143007e-05/(im_r2_13)**6
    im_f_13_1 = -0.00401706447983316/(im_r2_13)**3
    im_y_14_0 = t45
    im_y_14_1 = t47
    im_y_14_2 = t49
    im_r2_14 = (im_y_14_0)**2 + (im_y_14_1)**2 + (im_y_14_2)**2
    im_f_14_0 = 1.5987038334143007e-05/(im_r2_14)**6
    im_f_14_1 = -0.00401706447983316/(im_r2_14)**3
    im_y_15_0 = t3
    im_y_15_1 = t9
    im_y_15_2 = t14
    im_r2_15 = (im_y_15_0)**2 + (im_y_15_1)**2 + (im_y_15_2)**2
    im_f_15_0 = 1.5987038334143007e-05/(im_r2_15)**6
    im_f_15_1 = -0.00401706447983316/(im_r2_15)**3
    t50 = in_A_2 + t0
    im_y_16_0 = -t22 - t50
    t51 = in_A_5 + t5
    im_y_16_1 = -t23 - t51
    t52 = 1.0 + in_A_8
    im_y_16_2 = -t25 - t52
    im_r2_16 = (im_y_16_0)**2 + (im_y_16_1)**2 + (im_y_16_2)**2
    im_f_16_0 = 1.5987038334143007e-05/(im_r2_16)**6
    im_f_16_1 = -0.00401706447983316/(im_r2_16)**3
    im_y_17_0 = -t50
    im_y_17_1 = -t51
    t53 = t10 + t52
    im_y_17_2 = -t53
    im_r2_17 = (im_y_17_0)**2 + (im_y_17_1)**2 + (im_y_17_2)**2
    im_f_17_0 = 1.5987038334143007e-05/(im_r2_17)**6
    im_f_17_1 = -0.00401706447983316/(im_r2_17)**3
    t54 = in_A_1 + t0
    im_y_18_0 = -t16 - t54
    t55 = 1.0 + in_A_4
    im_y_18_1 = -t19 - t55
    t56 = in_A_7 + t10
    im_y_18_2 = -t21 - t56
    im_r2_18 = (im_y_18_0)**2 + (im_y_18_1)**2 + (im_y_18_2)**2
    im_f_18_0 = 1.5987038334143007e-05/(im_r2_18)**6
    im_f_18_1 = -0.00401706447983316/(im_r2_18)**3
    t57 = t26 + t44
    im_y_19_0 = t57
    im_y_19_1 = t27 + t46
    t58 = -0.5 - t12
    t59 = t20 + t58
    im_y_19_2 = t28 + t59
    im_r2_19 = (im_y_19_0)**2 + (im_y_19_1)**2 + (im_y_19_2)**2
    im_f_19_0 = 1.5987038334143007e-05/(im_r2_19)**6
    im_f_19_1 = -0.00401706447983316/(im_r2_19)**3
    im_y_20_0 = -t54
    t60 = t5 + t55
    im_y_20_1 = -t60
    im_y_20_2 = -t56
    im_r2_20 = (im_y_20_0)**2 + (im_y_20_1)**2 + (im_y_20_2)**2
    im_f_20_0 = 1.5987038334143007e-05/(im_r2_20)**6
    im_f_20_1 = -0.00401706447983316/(im_r2_20)**3
    t61 = 1.0 + in_A_0
    im_y_21_0 = -t4 - t61
    t62 = in_A_3 + t5
    im_y_21_1 = -t62 - t9
    t63 = in_A_6 + t10
    im_y_21_2 = -t14 - t63
    im_r2_21 = (im_y_21_0)**2 + (im_y_21_1)**2 + (im_y_21_2)**2
    im_f_21_0 = 1.5987038334143007e-05/(im_r2_21)**6
    im_f_21_1 = -0.00401706447983316/(im_r2_21)**3
    im_y_22_0 = t26 + t30
    t64 = t27 + t33
    im_y_22_1 = t64
    t65 = t11 + t28
    im_y_22_2 = t58 + t65
    im_r2_22 = (im_y_22_0)**2 + (im_y_22_1)**2 + (im_y_22_2)**2
    im_f_22_0 = 1.5987038334143007e-05/(im_r2_22)**6
    im_f_22_1 = -0.00401706447983316/(im_r2_22)**3
    t66 = t2 + t37
    im_y_23_0 = t26 + t66
    im_y_23_1 = -t33 - t5
    t67 = t28 + t36
    im_y_23_2 = t67
    im_r2_23 = (im_y_23_0)**2 + (im_y_23_1)**2 + (im_y_23_2)**2
    im_f_23_0 = 1.5987038334143007e-05/(im_r2_23)**6
    im_f_23_1 = -0.00401706447983316/(im_r2_23)**3
    t68 = t0 + t61
    im_y_24_0 = -t68
    im_y_24_1 = -t62
    im_y_24_2 = -t63
    im_r2_24 = (im_y_24_0)**2 + (im_y_24_1)**2 + (im_y_24_2)**2
    im_f_24_0 = 1.5987038334143007e-05/(im_r2_24)**6
    im_f_24_1 = -0.00401706447983316/(im_r2_24)**3
    t69 = t26 + t38
    im_y_25_0 = t69
    t70 = -0.5 - t7
    t71 = t17 + t70
    im_y_25_1 = t27 + t71
    im_y_25_2 = t28 + t42
    im_r2_25 = (im_y_25_0)**2 + (im_y_25_1)**2 + (im_y_25_2)**2
    im_f_25_0 = 1.5987038334143007e-05/(im_r2_25)**6
    im_f_25_1 = -0.00401706447983316/(im_r2_25)**3
    im_y_26_0 = -t0 - t38
    t72 = t27 + t41
    im_y_26_1 = t72
    im_y_26_2 = t48 + t65
    im_r2_26 = (im_y_26_0)**2 + (im_y_26_1)**2 + (im_y_26_2)**2
    im_f_26_0 = 1.5987038334143007e-05/(im_r2_26)**6
    im_f_26_1 = -0.00401706447983316/(im_r2_26)**3
    im_y_27_0 = -t0 - t44
    t73 = t40 + t6
    im_y_27_1 = t27 + t73
    t74 = t28 + t49
    im_y_27_2 = t74
    im_r2_27 = (im_y_27_0)**2 + (im_y_27_1)**2 + (im_y_27_2)**2
    im_f_27_0 = 1.5987038334143007e-05/(im_r2_27)**6
    im_f_27_1 = -0.00401706447983316/(im_r2_27)**3
    t75 = (in_A_3)**2
    t76 = (in_A_6)**2
    t77 = t75 + t76
    t78 = t77 + (t61)**2
    im_r2w_0 = t78
    t79 = (in_A_1)**2
    t80 = (in_A_7)**2
    t81 = t79 + t80 + (t55)**2
    im_r2w_1 = t81
    t82 = (in_A_2)**2
    t83 = (in_A_5)**2
    t84 = t82 + t83 + (t52)**2
    im_r2w_2 = t84
    im_r2w_3 = t78
    im_r2w_4 = t81
    im_r2w_5 = t84
    im_r2w_6 = (-in_A_1 - t50)**2 + (-t51 - t55)**2 + (-t52 - t56)**2
    t85 = -in_A_2
    t86 = t11 + t48
    im_r2w_7 = (t69 + t85)**2 + (-t41 - t51)**2 + (-t53 - t86)**2
    im_r2w_8 = (-in_A_3 - t51)**2 + (-t50 - t61)**2 + (-t52 - t63)**2
    t87 = -in_A_5
    im_r2w_9 = (t72 + t87)**2 + (-t38 - t50)**2 + (-t42 - t53)**2
    im_r2w_10 = (-in_A_6 - t56)**2 + (-t54 - t61)**2 + (-t55 - t62)**2
    im_r2w_11 = (t22 + t26)**2 + (t23 + t27)**2 + (t24 + t28)**2
    t88 = -in_A_7
    im_r2w_12 = (t74 + t88)**2 + (-t44 - t54)**2 + (-t46 - t60)**2
    t89 = -in_A_1
    im_r2w_13 = (t57 + t89)**2 + (-t49 - t56)**2 + (-t60 - t73)**2
    im_r2w_14 = (t16 + t26)**2 + (t18 + t27)**2 + (t21 + t28)**2
    t90 = -in_A_3
    im_r2w_15 = (t64 + t90)**2 + (-t36 - t63)**2 + (-t66 - t68)**2
    t91 = -in_A_6
    im_r2w_16 = (t67 + t91)**2 + (-t30 - t68)**2 + (-t33 - t62)**2
    im_r2w_17 = (t14 + t28)**2 + (t26 + t3)**2 + (t27 + t9)**2
    t92 = (-in_A_1 - t44)**2 + (-in_A_7 - t59)**2 + (-t46 - t55)**2
    im_r2w_18 = t92
    t93 = (in_A_3 + t9)**2 + (in_A_6 + t14)**2 + (t3 + t61)**2
    im_r2w_19 = t93
    t94 = (in_A_2 + t38)**2 + (in_A_5 + t71)**2 + (t42 + t52)**2
    im_r2w_20 = t94
    t95 = (-in_A_6 - t36)**2 + (-t61 - t66)**2 + (-in_A_3 - t6 - t70)**2
    im_r2w_21 = t95
    t96 = (-t16 - t89)**2 + (-t21 - t88)**2 + (1.0 + in_A_4 - t18)**2
    im_r2w_22 = t96
    t97 = (-in_A_3 - t33)**2 + (-t30 - t61)**2 + (-in_A_6 - t11 - t58)**2
    im_r2w_23 = t97
    t98 = (in_A_1 + t16)**2 + (in_A_7 + t21)**2 + (t18 + t55)**2
    im_r2w_24 = t98
    t99 = (-t22 - t85)**2 + (-t23 - t87)**2 + (1.0 + in_A_8 - t24)**2
    im_r2w_25 = t99
    t100 = (in_A_2 + t22)**2 + (in_A_5 + t23)**2 + (t24 + t52)**2
    im_r2w_26 = t100
    t101 = (t14 + t91)**2 + (t9 + t90)**2 + (-t29 - t37 - t61)**2
    im_r2w_27 = t101
    t102 = (in_A_7 + t49)**2 + (t55 + t73)**2 + (-t44 - t89)**2
    im_r2w_28 = t102
    t103 = (in_A_5 + t41)**2 + (t52 + t86)**2 + (-t38 - t85)**2
    im_r2w_29 = t103
    im_r2w_30 = t92
    im_r2w_31 = t93
    im_r2w_32 = t94
    im_r2w_33 = t95
    im_r2w_34 = t96
    im_r2w_35 = t97
    im_r2w_36 = t98
    im_r2w_37 = t99
    im_r2w_38 = t100
    im_r2w_39 = t101
    im_r2w_40 = t102
    im_r2w_41 = t103
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
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_0) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_1) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_2) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_3) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_4) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_5) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_6) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_7) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_8) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_9) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_10) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_11) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_12) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_13) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_14) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_15) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_16) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_17) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_18) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_19) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_20) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_21) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_22) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_23) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_24) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_25) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_26) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_27) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_0) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_1) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_3) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_4) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_5) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_6) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_7) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_8) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_9) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_10) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_11) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_12) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_13) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_14) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_15) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_16) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_17) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_18) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_19) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_20) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_21) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_22) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_23) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_24) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_25) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_26) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_27) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_28) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_29) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_30) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_31) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_32) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_33) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_34) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_35) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_36) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_37) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_38) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_39) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_40) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_41) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
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
    t0 = -0.39808566187049854*in_p_0
    t1 = (0.5)*in_A_1
    t2 = (0.5)*in_A_2
    t3 = t1 + t2
    t4 = t0 + t3
    im_y_0_0 = -t4
    t5 = -0.39808566187049854*in_p_1
    t6 = (0.5)*in_A_5
    t7 = (0.5)*in_A_4
    t8 = 0.5 + t7
    t9 = t6 + t8
    im_y_0_1 = -t5 - t9
    t10 = -0.39808566187049854*in_p_2
    t11 = (0.5)*in_A_7
    t12 = (0.5)*in_A_8
    t13 = 0.5 + t12
    t14 = t11 + t13
    im_y_0_2 = -t10 - t14
    im_r2_0 = (im_y_0_0)**2 + (im_y_0_1)**2 + (im_y_0_2)**2
    im_f_0_2 = 0.012051193439499478/(im_r2_0)**4
    im_f_0_3 = -9.592223000485804e-05/(im_r2_0)**7
    t15 = 0.5 + (0.5)*in_A_0
    t16 = t15 + t2
    im_y_1_0 = -t0 - t16
    t17 = (0.5)*in_A_3
    t18 = t17 + t6
    t19 = t18 + t5
    im_y_1_1 = -t19
    t20 = (0.5)*in_A_6
    t21 = t13 + t20
    im_y_1_2 = -t10 - t21
    im_r2_1 = (im_y_1_0)**2 + (im_y_1_1)**2 + (im_y_1_2)**2
    im_f_1_2 = 0.012051193439499478/(im_r2_1)**4
    im_f_1_3 = -9.592223000485804e-05/(im_r2_1)**7
    t22 = t1 + t15
    im_y_2_0 = -t0 - t22
    t23 = t17 + t8
    im_y_2_1 = -t23 - t5
    t24 = t11 + t20
    t25 = t10 + t24
    im_y_2_2 = -t25
    im_r2_2 = (im_y_2_0)**2 + (im_y_2_1)**2 + (im_y_2_2)**2
    im_f_2_2 = 0.012051193439499478/(im_r2_2)**4
    im_f_2_3 = -9.592223000485804e-05/(im_r2_2)**7
    t26 = 0.39808566187049854*in_p_0
    im_y_3_0 = t26
    t27 = 0.39808566187049854*in_p_1
    im_y_3_1 = t27
    t28 = 0.39808566187049854*in_p_2
    im_y_3_2 = t28
    im_r2_3 = (im_y_3_0)**2 + (im_y_3_1)**2 + (im_y_3_2)**2
    im_y_4_0 = t22
    im_y_4_1 = t23
    im_y_4_2 = t24
    im_r2_4 = (im_y_4_0)**2 + (im_y_4_1)**2 + (im_y_4_2)**2
    im_f_4_2 = 0.012051193439499478/(im_r2_4)**4
    im_f_4_3 = -9.592223000485804e-05/(im_r2_4)**7
    t29 = -t2
    t30 = t1 + t29
    t31 = -t30
    im_y_5_0 = t31
    t32 = -t6
    t33 = t32 + t8
    t34 = -t33
    im_y_5_1 = t34
    t35 = -t11
    t36 = t13 + t35
    im_y_5_2 = t36
    im_r2_5 = (im_y_5_0)**2 + (im_y_5_1)**2 + (im_y_5_2)**2
    im_f_5_2 = 0.012051193439499478/(im_r2_5)**4
    im_f_5_3 = -9.592223000485804e-05/(im_r2_5)**7
    im_y_6_0 = t16
    im_y_6_1 = t18
    im_y_6_2 = t21
    im_r2_6 = (im_y_6_0)**2 + (im_y_6_1)**2 + (im_y_6_2)**2
    im_f_6_2 = 0.012051193439499478/(im_r2_6)**4
    im_f_6_3 = -9.592223000485804e-05/(im_r2_6)**7
    t37 = -t1
    t38 = t15 + t37
    t39 = -t38
    im_y_7_0 = t39
    t40 = -t17
    t41 = t40 + t8
    im_y_7_1 = t41
    t42 = t20 + t35
    t43 = -t42
    im_y_7_2 = t43
    im_r2_7 = (im_y_7_0)**2 + (im_y_7_1)**2 + (im_y_7_2)**2
    im_f_7_2 = 0.012051193439499478/(im_r2_7)**4
    im_f_7_3 = -9.592223000485804e-05/(im_r2_7)**7
    t44 = t15 + t29
    t45 = -t44
    im_y_8_0 = t45
    t46 = t17 + t32
    t47 = -t46
    im_y_8_1 = t47
    t48 = -t20
    t49 = t13 + t48
    im_y_8_2 = t49
    im_r2_8 = (im_y_8_0)**2 + (im_y_8_1)**2 + (im_y_8_2)**2
    im_f_8_2 = 0.012051193439499478/(im_r2_8)**4
    im_f_8_3 = -9.592223000485804e-05/(im_r2_8)**7
    im_y_9_0 = t3
    im_y_9_1 = t9
    im_y_9_2 = t14
    im_r2_9 = (im_y_9_0)**2 + (im_y_9_1)**2 + (im_y_9_2)**2
    im_f_9_2 = 0.012051193439499478/(im_r2_9)**4
    im_f_9_3 = -9.592223000485804e-05/(im_r2_9)**7
    im_y_10_0 = t22
    im_y_10_1 = t23
    im_y_10_2 = t24
    im_r2_10 = (im_y_10_0)**2 + (im_y_10_1)**2 + (im_y_10_2)**2
    im_f_10_2 = 0.012051193439499478/(im_r2_10)**4
    im_f_10_3 = -9.592223000485804e-05/(im_r2_10)**7
    im_y_11_0 = t31
    im_y_11_1 = t34
    im_y_11_2 = t36
    im_r2_11 = (im_y_11_0)**2 + (im_y_11_1)**2 + (im_y_11_2)**2
    im_f_11_2 = 0.012051193439499478/(im_r2_11)**4
    im_f_11_3 = -9.592223000485804e-05/(im_r2_11)**7
    im_y_12_0 = t16
    im_y_12_1 = t18
    im_y_12_2 = t21
    im_r2_12 = (im_y_12_0)**2 + (im_y_12_1)**2 + (im_y_12_2)**2
    im_f_12_2 = 0.012051193439499478/(im_r2_12)**4
    im_f_12_3 = -9.592223000485804e-05/(im_r2_12)**7
    im_y_13_0 = t39
    im_y_13_1 = t41
    im_y_13_2 = t43
    im_r2_13 = (im_y_13_0)**2 + (im_y_13_1)**2 + (im_y_13_2)**2
    im_f_13_2 = 0.012051193439499478/(im_r2_13)**4
    im_f_13_3 = -9.592223000485804e-05/(im_r2_13)**7
    im_y_14_0 = t45
    im_y_14_1 = t47
    im_y_14_2 = t49
    im_r2_14 = (im_y_14_0)**2 + (im_y_14_1)**2 + (im_y_14_2)**2
    im_f_14_2 = 0.012051193439499478/(im_r2_14)**4
    im_f_14_3 = -9.592223000485804e-05/(im_r2_14)**7
    im_y_15_0 = t3
    im_y_15_1 = t9
    im_y_15_2 = t14
    im_r2_15 = (im_y_15_0)**2 + (im_y_15_1)**2 + (im_y_15_2)**2
    im_f_15_2 = 0.012051193439499478/(im_r2_15)**4
    im_f_15_3 = -9.592223000485804e-05/(im_r2_15)**7
    t50 = in_A_2 + t0
    im_y_16_0 = -t22 - t50
    t51 = in_A_5 + t5
    im_y_16_1 = -t23 - t51
    t52 = 1.0 + in_A_8
    im_y_16_2 = -t25 - t52
    im_r2_16 = (im_y_16_0)**2 + (im_y_16_1)**2 + (im_y_16_2)**2
    im_f_16_2 = 0.012051193439499478/(im_r2_16)**4
    im_f_16_3 = -9.592223000485804e-05/(im_r2_16)**7
    im_y_17_0 = -t50
    im_y_17_1 = -t51
    t53 = t10 + t52
    im_y_17_2 = -t53
    im_r2_17 = (im_y_17_0)**2 + (im_y_17_1)**2 + (im_y_17_2)**2
    im_f_17_2 = 0.012051193439499478/(im_r2_17)**4
    im_f_17_3 = -9.592223000485804e-05/(im_r2_17)**7
    t54 = in_A_1 + t0
    im_y_18_0 = -t16 - t54
    t55 = 1.0 + in_A_4
    im_y_18_1 = -t19 - t55
    t56 = in_A_7 + t10
    im_y_18_2 = -t21 - t56
    im_r2_18 = (im_y_18_0)**2 + (im_y_18_1)**2 + (im_y_18_2)**2
    im_f_18_2 = 0.012051193439499478/(im_r2_18)**4
    im_f_18_3 = -9.592223000485804e-05/(im_r2_18)**7
    t57 = t26 + t44
    im_y_19_0 = t57
    im_y_19_1 = t27 + t46
    t58 = -0.5 - t12
    t59 = t20 + t58
    im_y_19_2 = t28 + t59
    im_r2_19 = (im_y_19_0)**2 + (im_y_19_1)**2 + (im_y_19_2)**2
    im_f_19_2 = 0.012051193439499478/(im_r2_19)**4
    im_f_19_3 = -9.592223000485804e-05/(im_r2_19)**7
    im_y_20_0 = -t54
    t60 = t5 + t55
    im_y_20_1 = -t60
    im_y_20_2 = -t56
    im_r2_20 = (im_y_20_0)**2 + (im_y_20_1)**2 + (im_y_20_2)**2
    im_f_20_2 = 0.012051193439499478/(im_r2_20)**4
    im_f_20_3 = -9.592223000485804e-05/(im_r2_20)**7
    t61 = 1.0 + in_A_0
    im_y_21_0 = -t4 - t61
    t62 = in_A_3 + t5
    im_y_21_1 = -t62 - t9
    t63 = in_A_6 + t10
    im_y_21_2 = -t14 - t63
    im_r2_21 = (im_y_21_0)**2 + (im_y_21_1)**2 + (im_y_21_2)**2
    im_f_21_2 = 0.012051193439499478/(im_r2_21)**4
    im_f_21_3 = -9.592223000485804e-05/(im_r2_21)**7
    im_y_22_0 = t26 + t30
    t64 = t27 + t33
    im_y_22_1 = t64
    t65 = t11 + t28
    im_y_22_2 = t58 + t65
    im_r2_22 = (im_y_22_0)**2 + (im_y_22_1)**2 + (im_y_22_2)**2
    im_f_22_2 = 0.012051193439499478/(im_r2_22)**4
    im_f_22_3 = -9.592223000485804e-05/(im_r2_22)**7
    t66 = t2 + t37
    im_y_23_0 = t26 + t66
    im_y_23_1 = -t33 - t5
    t67 = t28 + t36
    im_y_23_2 = t67
    im_r2_23 = (im_y_23_0)**2 + (im_y_23_1)**2 + (im_y_23_2)**2
    im_f_23_2 = 0.012051193439499478/(im_r2_23)**4
    im_f_23_3 = -9.592223000485804e-05/(im_r2_23)**7
    t68 = t0 + t61
    im_y_24_0 = -t68
    im_y_24_1 = -t62
    im_y_24_2 = -t63
    im_r2_24 = (im_y_24_0)**2 + (im_y_24_1)**2 + (im_y_24_2)**2
    im_f_24_2 = 0.012051193439499478/(im_r2_24)**4
    im_f_24_3 = -9.592223000485804e-05/(im_r2_24)**7
    t69 = t26 + t38
    im_y_25_0 = t69
    t70 = -0.5 - t7
    t71 = t17 + t70
    im_y_25_1 = t27 + t71
    im_y_25_2 = t28 + t42
    im_r2_25 = (im_y_25_0)**2 + (im_y_25_1)**2 + (im_y_25_2)**2
    im_f_25_2 = 0.012051193439499478/(im_r2_25)**4
    im_f_25_3 = -9.592223000485804e-05/(im_r2_25)**7
    im_y_26_0 = -t0 - t38
    t72 = t27 + t41
    im_y_26_1 = t72
    im_y_26_2 = t48 + t65
    im_r2_26 = (im_y_26_0)**2 + (im_y_26_1)**2 + (im_y_26_2)**2
    im_f_26_2 = 0.012051193439499478/(im_r2_26)**4
    im_f_26_3 = -9.592223000485804e-05/(im_r2_26)**7
    im_y_27_0 = -t0 - t44
    t73 = t40 + t6
    im_y_27_1 = t27 + t73
    t74 = t28 + t49
    im_y_27_2 = t74
    im_r2_27 = (im_y_27_0)**2 + (im_y_27_1)**2 + (im_y_27_2)**2
    im_f_27_2 = 0.012051193439499478/(im_r2_27)**4
    im_f_27_3 = -9.592223000485804e-05/(im_r2_27)**7
    t75 = (in_A_3)**2
    t76 = (in_A_6)**2
    t77 = t75 + t76
    t78 = t77 + (t61)**2
    im_r2w_0 = t78
    t79 = (in_A_1)**2
    t80 = (in_A_7)**2
    t81 = t79 + t80 + (t55)**2
    im_r2w_1 = t81
    t82 = (in_A_2)**2
    t83 = (in_A_5)**2
    t84 = t82 + t83 + (t52)**2
    im_r2w_2 = t84
    im_r2w_3 = t78
    im_r2w_4 = t81
    im_r2w_5 = t84
    im_r2w_6 = (-in_A_1 - t50)**2 + (-t51 - t55)**2 + (-t52 - t56)**2
    t85 = -in_A_2
    t86 = t11 + t48
    im_r2w_7 = (t69 + t85)**2 + (-t41 - t51)**2 + (-t53 - t86)**2
    im_r2w_8 = (-in_A_3 - t51)**2 + (-t50 - t61)**2 + (-t52 - t63)**2
    t87 = -in_A_5
    im_r2w_9 = (t72 + t87)**2 + (-t38 - t50)**2 + (-t42 - t53)**2
    im_r2w_10 = (-in_A_6 - t56)**2 + (-t54 - t61)**2 + (-t55 - t62)**2
    im_r2w_11 = (t22 + t26)**2 + (t23 + t27)**2 + (t24 + t28)**2
    t88 = -in_A_7
    im_r2w_12 = (t74 + t88)**2 + (-t44 - t54)**2 + (-t46 - t60)**2
    t89 = -in_A_1
    im_r2w_13 = (t57 + t89)**2 + (-t49 - t56)**2 + (-t60 - t73)**2
    im_r2w_14 = (t16 + t26)**2 + (t18 + t27)**2 + (t21 + t28)**2
    t90 = -in_A_3
    im_r2w_15 = (t64 + t90)**2 + (-t36 - t63)**2 + (-t66 - t68)**2
    t91 = -in_A_6
    im_r2w_16 = (t67 + t91)**2 + (-t30 - t68)**2 + (-t33 - t62)**2
    im_r2w_17 = (t14 + t28)**2 + (t26 + t3)**2 + (t27 + t9)**2
    t92 = (-in_A_1 - t44)**2 + (-in_A_7 - t59)**2 + (-t46 - t55)**2
    im_r2w_18 = t92
    t93 = (in_A_3 + t9)**2 + (in_A_6 + t14)**2 + (t3 + t61)**2
    im_r2w_19 = t93
    t94 = (in_A_2 + t38)**2 + (in_A_5 + t71)**2 + (t42 + t52)**2
    im_r2w_20 = t94
    t95 = (-in_A_6 - t36)**2 + (-t61 - t66)**2 + (-in_A_3 - t6 - t70)**2
    im_r2w_21 = t95
    t96 = (-t16 - t89)**2 + (-t21 - t88)**2 + (1.0 + in_A_4 - t18)**2
    im_r2w_22 = t96
    t97 = (-in_A_3 - t33)**2 + (-t30 - t61)**2 + (-in_A_6 - t11 - t58)**2
    im_r2w_23 = t97
    t98 = (in_A_1 + t16)**2 + (in_A_7 + t21)**2 + (t18 + t55)**2
    im_r2w_24 = t98
    t99 = (-t22 - t85)**2 + (-t23 - t87)**2 + (1.0 + in_A_8 - t24)**2
    im_r2w_25 = t99
    t100 = (in_A_2 + t22)**2 + (in_A_5 + t23)**2 + (t24 + t52)**2
    im_r2w_26 = t100
    t101 = (t14 + t91)**2 + (t9 + t90)**2 + (-t29 - t37 - t61)**2
    im_r2w_27 = t101
    t102 = (in_A_7 + t49)**2 + (t55 + t73)**2 + (-t44 - t89)**2
    im_r2w_28 = t102
    t103 = (in_A_5 + t41)**2 + (t52 + t86)**2 + (-t38 - t85)**2
    im_r2w_29 = t103
    im_r2w_30 = t92
    im_r2w_31 = t93
    im_r2w_32 = t94
    im_r2w_33 = t95
    im_r2w_34 = t96
    im_r2w_35 = t97
    im_r2w_36 = t98
    im_r2w_37 = t99
    im_r2w_38 = t100
    im_r2w_39 = t101
    im_r2w_40 = t102
    im_r2w_41 = t103
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
    t185 = im_f_13_2*im_y_13_0
    t186 = im_f_13_3*im_y_13_0
    t187 = im_f_18_2*im_y_18_0
    t188 = im_f_18_3*im_y_18_0
    t189 = im_f_1_2*im_y_1_0
    t190 = im_f_1_3*im_y_1_0
    t191 = im_f_26_2*im_y_26_0
    t192 = im_f_26_3*im_y_26_0
    t193 = im_f_7_2*im_y_7_0
    t194 = im_f_7_3*im_y_7_0
    t195 = im_f_25_2*im_y_25_0
    t196 = im_f_25_3*im_y_25_0
    t197 = im_f_21_2*im_y_21_0
    t198 = im_f_21_3*im_y_21_0
    t199 = 2.0*im_y_24_0
    t200 = im_f_16_2*im_y_16_0
    t201 = im_f_16_3*im_y_16_0
    t202 = t200 + t201 + im_f_2_2*im_y_2_0 + im_f_2_3*im_y_2_0 - im_f_10_2*im_y_10_0 - im_f_10_3*im_y_10_0 - im_f_4_2*im_y_4_0 - im_f_4_3*im_y_4_0
    t203 = im_f_14_2*im_y_14_0 + im_f_14_3*im_y_14_0 + im_f_27_2*im_y_27_0 + im_f_27_3*im_y_27_0 + im_f_8_2*im_y_8_0 + im_f_8_3*im_y_8_0 - im_f_19_2*im_y_19_0 - im_f_19_3*im_y_19_0
    t204 = im_f_0_2*im_y_0_0
    t205 = im_f_0_3*im_y_0_0
    t206 = 2.0*im_y_20_0
    t207 = im_f_11_2*im_y_11_0 + im_f_11_3*im_y_11_0 + im_f_23_2*im_y_23_0 + im_f_23_3*im_y_23_0 + im_f_5_2*im_y_5_0 + im_f_5_3*im_y_5_0 - im_f_22_2*im_y_22_0 - im_f_22_3*im_y_22_0
    t208 = 2.0*im_y_17_0
    t209 = im_f_13_2*im_y_13_1
    t210 = im_f_13_3*im_y_13_1
    t211 = im_f_18_2*im_y_18_1
    t212 = im_f_18_3*im_y_18_1
    t213 = im_f_1_2*im_y_1_1
    t214 = im_f_1_3*im_y_1_1
    t215 = im_f_26_2*im_y_26_1
    t216 = im_f_26_3*im_y_26_1
    t217 = im_f_7_2*im_y_7_1
    t218 = im_f_7_3*im_y_7_1
    t219 = im_f_25_2*im_y_25_1
    t220 = im_f_25_3*im_y_25_1
    t221 = im_f_21_2*im_y_21_1
    t222 = im_f_21_3*im_y_21_1
    t223 = 2.0*im_y_24_1
    t224 = im_f_16_2*im_y_16_1
    t225 = im_f_16_3*im_y_16_1
    t226 = t224 + t225 + im_f_2_2*im_y_2_1 + im_f_2_3*im_y_2_1 - im_f_10_2*im_y_10_1 - im_f_10_3*im_y_10_1 - im_f_4_2*im_y_4_1 - im_f_4_3*im_y_4_1
    t227 = im_f_14_2*im_y_14_1 + im_f_14_3*im_y_14_1 + im_f_27_2*im_y_27_1 + im_f_27_3*im_y_27_1 + im_f_8_2*im_y_8_1 + im_f_8_3*im_y_8_1 - im_f_19_2*im_y_19_1 - im_f_19_3*im_y_19_1
    t228 = im_f_0_2*im_y_0_1
    t229 = im_f_0_3*im_y_0_1
    t230 = 2.0*im_y_20_1
    t231 = im_f_11_2*im_y_11_1 + im_f_11_3*im_y_11_1 + im_f_23_2*im_y_23_1 + im_f_23_3*im_y_23_1 + im_f_5_2*im_y_5_1 + im_f_5_3*im_y_5_1 - im_f_22_2*im_y_22_1 - im_f_22_3*im_y_22_1
    t232 = 2.0*im_y_17_1
    t233 = im_f_13_2*im_y_13_2
    t234 = im_f_13_3*im_y_13_2
    t235 = im_f_18_2*im_y_18_2
    t236 = im_f_18_3*im_y_18_2
    t237 = im_f_1_2*im_y_1_2
    t238 = im_f_1_3*im_y_1_2
    t239 = im_f_26_2*im_y_26_2
    t240 = im_f_26_3*im_y_26_2
    t241 = im_f_7_2*im_y_7_2
    t242 = im_f_7_3*im_y_7_2
    t243 = im_f_25_2*im_y_25_2
    t244 = im_f_25_3*im_y_25_2
    t245 = im_f_21_2*im_y_21_2
    t246 = im_f_21_3*im_y_21_2
    t247 = 2.0*im_y_24_2
    t248 = im_f_16_2*im_y_16_2
    t249 = im_f_16_3*im_y_16_2
    t250 = t248 + t249 + im_f_2_2*im_y_2_2 + im_f_2_3*im_y_2_2 - im_f_10_2*im_y_10_2 - im_f_10_3*im_y_10_2 - im_f_4_2*im_y_4_2 - im_f_4_3*im_y_4_2
    t251 = im_f_14_2*im_y_14_2 + im_f_14_3*im_y_14_2 + im_f_27_2*im_y_27_2 + im_f_27_3*im_y_27_2 + im_f_8_2*im_y_8_2 + im_f_8_3*im_y_8_2 - im_f_19_2*im_y_19_2 - im_f_19_3*im_y_19_2
    t252 = im_f_0_2*im_y_0_2
    t253 = im_f_0_3*im_y_0_2
    t254 = 2.0*im_y_20_2
    t255 = im_f_11_2*im_y_11_2 + im_f_11_3*im_y_11_2 + im_f_23_2*im_y_23_2 + im_f_23_3*im_y_23_2 + im_f_5_2*im_y_5_2 + im_f_5_3*im_y_5_2 - im_f_22_2*im_y_22_2 - im_f_22_3*im_y_22_2
    t256 = 2.0*im_y_17_2
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
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_0) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_1) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_2) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_3) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_4) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_5) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_6) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_7) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_8) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_9) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_10) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_11) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_12) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_13) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_14) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_15) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_16) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_17) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_18) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_19) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_20) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_21) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_22) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_23) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_24) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_25) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_26) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_27) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_0) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_1) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_3) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_4) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_5) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_6) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_7) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_8) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_9) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_10) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_11) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_12) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_13) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_14) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_15) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_16) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_17) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_18) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_19) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_20) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_21) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_22) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_23) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_24) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_25) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_26) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_27) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_28) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_29) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_30) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_31) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_32) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_33) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_34) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_35) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_36) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_37) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_38) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_39) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_40) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_41) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    out = numpy.empty(batch + (9,))
    out[..., 0] = t195 + t196 - t185 - t186 - t187 - t188 - t189 - t190 - t191 - t192 - t193 - t194 - t202 - t203 - 2.0*t197 - 2.0*t198 + im_f_12_2*im_y_12_0 + im_f_12_3*im_y_12_0 + im_f_6_2*im_y_6_0 + im_f_6_3*im_y_6_0 - im_f_24_2*t199 - im_f_24_3*t199
    out[..., 1] = t185 + t186 + t191 + t192 + t193 + t194 - t195 - t196 - t197 - t198 - t202 - t204 - t205 - t207 - 2.0*t187 - 2.0*t188 + im_f_15_2*im_y_15_0 + im_f_15_3*im_y_15_0 + im_f_9_2*im_y_9_0 + im_f_9_3*im_y_9_0 - im_f_20_2*t206 - im_f_20_3*t206
    out[..., 2] = t203 + t207 - t187 - t188 - t189 - t190 - t197 - t198 - t204 - t205 - 2.0*t200 - 2.0*t201 + im_f_12_2*im_y_12_0 + im_f_12_3*im_y_12_0 + im_f_15_2*im_y_15_0 + im_f_15_3*im_y_15_0 + im_f_6_2*im_y_6_0 + im_f_6_3*im_y_6_0 + im_f_9_2*im_y_9_0 + im_f_9_3*im_y_9_0 - im_f_17_2*t208 - im_f_17_3*t208
    out[..., 3] = t219 + t220 - t209 - t210 - t211 - t212 - t213 - t214 - t215 - t216 - t217 - t218 - t226 - t227 - 2.0*t221 - 2.0*t222 + im_f_12_2*im_y_12_1 + im_f_12_3*im_y_12_1 + im_f_6_2*im_y_6_1 + im_f_6_3*im_y_6_1 - im_f_24_2*t223 - im_f_24_3*t223
    out[..., 4] = t209 + t210 + t215 + t216 + t217 + t218 - t219 - t220 - t221 - t222 - t226 - t228 - t229 - t231 - 2.0*t211 - 2.0*t212 + im_f_15_2*im_y_15_1 + im_f_15_3*im_y_15_1 + im_f_9_2*im_y_9_1 + im_f_9_3*im_y_9_1 - im_f_20_2*t230 - im_f_20_3*t230
    out[..., 5] = t227 + t231 - t211 - t212 - t213 - t214 - t221 - t222 - t228 - t229 - 2.0*t224 - 2.0*t225 + im_f_12_2*im_y_12_1 + im_f_12_3*im_y_12_1 + im_f_15_2*im_y_15_1 + im_f_15_3*im_y_15_1 + im_f_6_2*im_y_6_1 + im_f_6_3*im_y_6_1 + im_f_9_2*im_y_9_1 + im_f_9_3*im_y_9_1 - im_f_17_2*t232 - im_f_17_3*t232
    out[..., 6] = t243 + t244 - t233 - t234 - t235 - t236 - t237 - t238 - t239 - t240 - t241 - t242 - t250 - t251 - 2.0*t245 - 2.0*t246 + im_f_12_2*im_y_12_2 + im_f_12_3*im_y_12_2 + im_f_6_2*im_y_6_2 + im_f_6_3*im_y_6_2 - im_f_24_2*t247 - im_f_24_3*t247
    out[..., 7] = t233 + t234 + t239 + t240 + t241 + t242 - t243 - t244 - t245 - t246 - t250 - t252 - t253 - t255 - 2.0*t235 - 2.0*t236 + im_f_15_2*im_y_15_2 + im_f_15_3*im_y_15_2 + im_f_9_2*im_y_9_2 + im_f_9_3*im_y_9_2 - im_f_20_2*t254 - im_f_20_3*t254
    out[..., 8] = t251 + t255 - t235 - t236 - t237 - t238 - t245 - t246 - t252 - t253 - 2.0*t248 - 2.0*t249 + im_f_12_2*im_y_12_2 + im_f_12_3*im_y_12_2 + im_f_15_2*im_y_15_2 + im_f_15_3*im_y_15_2 + im_f_6_2*im_y_6_2 + im_f_6_3*im_y_6_2 + im_f_9_2*im_y_9_2 + im_f_9_3*im_y_9_2 - im_f_17_2*t256 - im_f_17_3*t256
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
    t0 = -0.39808566187049854*in_p_0
    t1 = (0.5)*in_A_1
    t2 = (0.5)*in_A_2
    t3 = t1 + t2
    t4 = t0 + t3
    im_y_0_0 = -t4
    t5 = -0.39808566187049854*in_p_1
    t6 = (0.5)*in_A_5
    t7 = (0.5)*in_A_4
    t8 = 0.5 + t7
    t9 = t6 + t8
    im_y_0_1 = -t5 - t9
    t10 = -0.39808566187049854*in_p_2
    t11 = (0.5)*in_A_7
    t12 = (0.5)*in_A_8
    t13 = 0.5 + t12
    t14 = t11 + t13
    im_y_0_2 = -t10 - t14
    t15 = (im_y_0_0)**2
    t16 = (im_y_0_1)**2
    t17 = (im_y_0_2)**2
    im_r2_0 = t15 + t16 + t17
    im_f_0_2 = 0.012051193439499478/(im_r2_0)**4
    im_f_0_3 = -9.592223000485804e-05/(im_r2_0)**7
    im_f_0_4 = 0.0006714556100340063/(im_r2_0)**8
    im_f_0_5 = -0.048204773757997914/(im_r2_0)**5
    t18 = 0.5 + (0.5)*in_A_0
    t19 = t18 + t2
    im_y_1_0 = -t0 - t19
    t20 = (0.5)*in_A_3
    t21 = t20 + t6
    t22 = t21 + t5
    im_y_1_1 = -t22
    t23 = (0.5)*in_A_6
    t24 = t13 + t23
    im_y_1_2 = -t10 - t24
    t25 = (im_y_1_0)**2
    t26 = (im_y_1_1)**2
    t27 = (im_y_1_2)**2
    im_r2_1 = t25 + t26 + t27
    im_f_1_2 = 0.012051193439499478/(im_r2_1)**4
    im_f_1_3 = -9.592223000485804e-05/(im_r2_1)**7
    im_f_1_4 = 0.0006714556100340063/(im_r2_1)**8
    im_f_1_5 = -0.048204773757997914/(im_r2_1)**5
    t28 = t1 + t18
    im_y_2_0 = -t0 - t28
    t29 = t20 + t8
    im_y_2_1 = -t29 - t5
    t30 = t11 + t23
    t31 = t10 + t30
    im_y_2_2 = -t31
    t32 = (im_y_2_0)**2
    t33 = (im_y_2_1)**2
    t34 = (im_y_2_2)**2
    im_r2_2 = t32 + t33 + t34
    im_f_2_2 = 0.012051193439499478/(im_r2_2)**4
    im_f_2_3 = -9.592223000485804e-05/(im_r2_2)**7
    im_f_2_4 = 0.0006714556100340063/(im_r2_2)**8
    im_f_2_5 = -0.048204773757997914/(im_r2_2)**5
    t35 = 0.39808566187049854*in_p_0
    im_y_3_0 = t35
    t36 = 0.39808566187049854*in_p_1
    im_y_3_1 = t36
    t37 = 0.39808566187049854*in_p_2
    im_y_3_2 = t37
    im_r2_3 = (im_y_3_0)**2 + (im_y_3_1)**2 + (im_y_3_2)**2
    im_y_4_0 = t28
    im_y_4_1 = t29
    im_y_4_2 = t30
    t38 = (im_y_4_0)**2
    t39 = (im_y_4_1)**2
    t40 = (im_y_4_2)**2
    im_r2_4 = t38 + t39 + t40
    im_f_4_2 = 0.012051193439499478/(im_r2_4)**4
    im_f_4_3 = -9.592223000485804e-05/(im_r2_4)**7
    im_f_4_4 = 0.0006714556100340063/(im_r2_4)**8
    im_f_4_5 = -0.048204773757997914/(im_r2_4)**5
    t41 = -t2
    t42 = t1 + t41
    t43 = -t42
    im_y_5_0 = t43
    t44 = -t6
    t45 = t44 + t8
    t46 = -t45
    im_y_5_1 = t46
    t47 = -t11
    t48 = t13 + t47
    im_y_5_2 = t48
    t49 = (im_y_5_0)**2
    t50 = (im_y_5_1)**2
    t51 = (im_y_5_2)**2
    im_r2_5 = t49 + t50 + t51
    im_f_5_2 = 0.012051193439499478/(im_r2_5)**4
    im_f_5_3 = -9.592223000485804e-05/(im_r2_5)**7
    im_f_5_4 = 0.0006714556100340063/(im_r2_5)**8
    im_f_5_5 = -0.048204773757997914/(im_r2_5)**5
    im_y_6_0 = t19
    im_y_6_1 = t21
    im_y_6_2 = t24
    t52 = (im_y_6_0)**2
    t53 = (im_y_6_1)**2
    t54 = (im_y_6_2)**2
    im_r2_6 = t52 + t53 + t54
    im_f_6_2 = 0.012051193439499478/(im_r2_6)**4
    im_f_6_3 = -9.592223000485804e-05/(im_r2_6)**7
    im_f_6_4 = 0.0006714556100340063/(im_r2_6)**8
    im_f_6_5 = -0.048204773757997914/(im_r2_6)**5
    t55 = -t1
    t56 = t18 + t55
    t57 = -t56
    im_y_7_0 = t57
    t58 = -t20
    t59 = t58 + t8
    im_y_7_1 = t59
    t60 = t23 + t47
    t61 = -t60
    im_y_7_2 = t61
    t62 = (im_y_7_0)**2
    t63 = (im_y_7_1)**2
    t64 = (im_y_7_2)**2
    im_r2_7 = t62 + t63 + t64
    im_f_7_2 = 0.012051193439499478/(im_r2_7)**4
    im_f_7_3 = -9.592223000485804e-05/(im_r2_7)**7
    im_f_7_4 = 0.0006714556100340063/(im_r2_7)**8
    im_f_7_5 = -0.048204773757997914/(im_r2_7)**5
    t65 = t18 + t41
    t66 = -t65
    im_y_8_0 = t66
    t67 = t20 + t44
    t68 = -t67
    im_y_8_1 = t68
    t69 = -t23
    t70 = t13 + t69
    im_y_8_2 = t70
    t71 = (im_y_8_0)**2
    t72 = (im_y_8_1)**2
    t73 = (im_y_8_2)**2
    im_r2_8 = t71 + t72 + t73
    im_f_8_2 = 0.012051193439499478/(im_r2_8)**4
    im_f_8_3 = -9.592223000485804e-05/(im_r2_8)**7
    im_f_8_4 = 0.0006714556100340063/(im_r2_8)**8
    im_f_8_5 = -0.048204773757997914/(im_r2_8)**5
    im_y_9_0 = t3
    im_y_9_1 = t9
    im_y_9_2 = t14
    t74 = (im_y_9_0)**2
    t75 = (im_y_9_1)**2
    t76 = (im_y_9_2)**2
    im_r2_9 = t74 + t75 + t76
    im_f_9_2 = 0.012051193439499478/(im_r2_9)**4
    im_f_9_3 = -9.592223000485804e-05/(im_r2_9)**7
    im_f_9_4 = 0.0006714556100340063/(im_r2_9)**8
    im_f_9_5 = -0.048204773757997914/(im_r2_9)**5
    im_y_10_0 = t28
    im_y_10_1 = t29
    im_y_10_2 = t30
    t77 = (im_y_10_0)**2
    t78 = (im_y_10_1)**2
    t79 = (im_y_10_2)**2
    im_r2_10 = t77 + t78 + t79
    im_f_10_2 = 0.012051193439499478/(im_r2_10)**4
    im_f_10_3 = -9.592223000485804e-05/(im_r2_10)**7
    im_f_10_4 = 0.0006714556100340063/(im_r2_10)**8
    im_f_10_5 = -0.048204773757997914/(im_r2_10)**5
    im_y_11_0 = t43
    im_y_11_1 = t46
    im_y_11_2 = t48
    t80 = (im_y_11_0)**2
    t81 = (im_y_11_1)**2
    t82 = (im_y_11_2)**2
    im_r2_11 = t80 + t81 + t82
    im_f_11_2 = 0.012051193439499478/(im_r2_11)**4
    im_f_11_3 = -9.592223000485804e-05/(im_r2_11)**7
    im_f_11_4 = 0.0006714556100340063/(im_r2_11)**8
    im_f_11_5 = -0.048204773757997914/(im_r2_11)**5
    im_y_12_0 = t19
    im_y_12_1 = t21
    im_y_12_2 = t24
    t83 = (im_y_12_0)**2
    t84 = (im_y_12_1)**2
    t85 = (im_y_12_2)**2
    im_r2_12 = t83 + t84 + t85
    im_f_12_2 = 0.012051193439499478/(im_r2_12)**4
    im_f_12_3 = -9.592223000485804e-05/(im_r2_12)**7
    im_f_12_4 = 0.0006714556100340063/(im_r2_12)**8
    im_f_12_5 = -0.048204773757997914/(im_r2_12)**5
    im_y_13_0 = t57
    im_y_13_1 = t59
    im_y_13_2 = t61
    t86 = (im_y_13_0)**2
    t87 = (im_y_13_1)**2
    t88 = (im_y_13_2)**2
    im_r2_13 = t86 + t87 + t88
    im_f_13_2 = 0.012051193439499478/(im_r2_13)**4
    im_f_13_3 = -9.592223000485804e-05/(im_r2_13)**7
    im_f_13_4 = 0.0006714556100340063/(im_r2_13)**8
    im_f_13_5 = -0.048204773757997914/(im_r2_13)**5
    im_y_14_0 = t66
    im_y_14_1 = t68
    im_y_14_2 = t70
    t89 = (im_y_14_0)**2
    t90 = (im_y_14_1)**2
    t91 = (im_y_14_2)**2
    im_r2_14 = t89 + t90 + t91
    im_f_14_2 = 0.012051193439499478/(im_r2_14)**4
    im_f_14_3 = -9.592223000485804e-05/(im_r2_14)**7
    im_f_14_4 = 0.0006714556100340063/(im_r2_14)**8
    im_f_14_5 = -0.048204773757997914/(im_r2_14)**5
    im_y_15_0 = t3
    im_y_15_1 = t9
    im_y_15_2 = t14
    t92 = (im_y_15_0)**2
    t93 = (im_y_15_1)**2
    t94 = (im_y_15_2)**2
    im_r2_15 = t92 + t93 + t94
    im_f_15_2 = 0.012051193439499478/(im_r2_15)**4
    im_f_15_3 = -9.592223000485804e-05/(im_r2_15)**7
    im_f_15_4 = 0.0006714556100340063/(im_r2_15)**8
    im_f_15_5 = -0.048204773757997914/(im_r2_15)**5
    t95 = in_A_2 + t0
    im_y_16_0 = -t28 - t95
    t96 = in_A_5 + t5
    im_y_16_1 = -t29 - t96
    t97 = 1.0 + in_A_8
    im_y_16_2 = -t31 - t97
    t100 = (im_y_16_2)**2
    t98 = (im_y_16_0)**2
    t99 = (im_y_16_1)**2
    im_r2_16 = t100 + t98 + t99
    im_f_16_2 = 0.012051193439499478/(im_r2_16)**4
    im_f_16_3 = -9.592223000485804e-05/(im_r2_16)**7
    im_f_16_4 = 0.0006714556100340063/(im_r2_16)**8
    im_f_16_5 = -0.048204773757997914/(im_r2_16)**5
    im_y_17_0 = -t95
    im_y_17_1 = -t96
    t101 = t10 + t97
    im_y_17_2 = -t101
    t102 = (im_y_17_0)**2
    t103 = (im_y_17_1)**2
    t104 = (im_y_17_2)**2
    im_r2_17 = t102 + t103 + t104
    im_f_17_2 = 0.012051193439499478/(im_r2_17)**4
    im_f_17_3 = -9.592223000485804e-05/(im_r2_17)**7
    im_f_17_4 = 0.0006714556100340063/(im_r2_17)**8
    im_f_17_5 = -0.048204773757997914/(im_r2_17)**5
    t105 = in_A_1 + t0
    im_y_18_0 = -t105 - t19
    t106 = 1.0 + in_A_4
    im_y_18_1 = -t106 - t22
    t107 = in_A_7 + t10
    im_y_18_2 = -t107 - t24
    t108 = (im_y_18_0)**2
    t109 = (im_y_18_1)**2
    t110 = (im_y_18_2)**2
    im_r2_18 = t108 + t109 + t110
    im_f_18_2 = 0.012051193439499478/(im_r2_18)**4
    im_f_18_3 = -9.592223000485804e-05/(im_r2_18)**7
    im_f_18_4 = 0.0006714556100340063/(im_r2_18)**8
    im_f_18_5 = -0.048204773757997914/(im_r2_18)**5
    t111 = t35 + t65
    im_y_19_0 = t111
    im_y_19_1 = t36 + t67
    t112 = -0.5 - t12
    t113 = t112 + t23
    im_y_19_2 = t113 + t37
    t114 = (im_y_19_0)**2
    t115 = (im_y_19_1)**2
    t116 = (im_y_19_2)**2
    im_r2_19 = t114 + t115 + t116
    im_f_19_2 = 0.012051193439499478/(im_r2_19)**4
    im_f_19_3 = -9.592223000485804e-05/(im_r2_19)**7
    im_f_19_4 = 0.0006714556100340063/(im_r2_19)**8
    im_f_19_5 = -0.048204773757997914/(im_r2_19)**5
    im_y_20_0 = -t105
    t117 = t106 + t5
    im_y_20_1 = -t117
    im_y_20_2 = -t107
    t118 = (im_y_20_0)**2
    t119 = (im_y_20_1)**2
    t120 = (im_y_20_2)**2
    im_r2_20 = t118 + t119 + t120
    im_f_20_2 = 0.012051193439499478/(im_r2_20)**4
    im_f_20_3 = -9.592223000485804e-05/(im_r2_20)**7
    im_f_20_4 = 0.0006714556100340063/(im_r2_20)**8
    im_f_20_5 = -0.048204773757997914/(im_r2_20)**5
    t121 = 1.0 + in_A_0
    im_y_21_0 = -t121 - t4
    t122 = in_A_3 + t5
    im_y_21_1 = -t122 - t9
    t123 = in_A_6 + t10
    im_y_21_2 = -t123 - t14
    t124 = (im_y_21_0)**2
    t125 = (im_y_21_1)**2
    t126 = (im_y_21_2)**2
    im_r2_21 = t124 + t125 + t126
    im_f_21_2 = 0.012051193439499478/(im_r2_21)**4
    im_f_21_3 = -9.592223000485804e-05/(im_r2_21)**7
    im_f_21_4 = 0.0006714556100340063/(im_r2_21)**8
    im_f_21_5 = -0.048204773757997914/(im_r2_21)**5
    im_y_22_0 = t35 + t42
    t127 = t36 + t45
    im_y_22_1 = t127
    t128 = t11 + t37
    im_y_22_2 = t112 + t128
    t129 = (im_y_22_0)**2
    t130 = (im_y_22_1)**2
    t131 = (im_y_22_2)**2
    im_r2_22 = t129 + t130 + t131
    im_f_22_2 = 0.012051193439499478/(im_r2_22)**4
    im_f_22_3 = -9.592223000485804e-05/(im_r2_22)**7
    im_f_22_4 = 0.0006714556100340063/(im_r2_22)**8
    im_f_22_5 = -0.048204773757997914/(im_r2_22)**5
    t132 = t2 + t55
    im_y_23_0 = t132 + t35
    im_y_23_1 = -t45 - t5
    t133 = t37 + t48
    im_y_23_2 = t133
    t134 = (im_y_23_0)**2
    t135 = (im_y_23_1)**2
    t136 = (im_y_23_2)**2
    im_r2_23 = t134 + t135 + t136
    im_f_23_2 = 0.012051193439499478/(im_r2_23)**4
    im_f_23_3 = -9.592223000485804e-05/(im_r2_23)**7
    im_f_23_4 = 0.0006714556100340063/(im_r2_23)**8
    im_f_23_5 = -0.048204773757997914/(im_r2_23)**5
    t137 = t0 + t121
    im_y_24_0 = -t137
    im_y_24_1 = -t122
    im_y_24_2 = -t123
    t138 = (im_y_24_0)**2
    t139 = (im_y_24_1)**2
    t140 = (im_y_24_2)**2
    im_r2_24 = t138 + t139 + t140
    im_f_24_2 = 0.012051193439499478/(im_r2_24)**4
    im_f_24_3 = -9.592223000485804e-05/(im_r2_24)**7
    im_f_24_4 = 0.0006714556100340063/(im_r2_24)**8
    im_f_24_5 = -0.048204773757997914/(im_r2_24)**5
    t141 = t35 + t56
    im_y_25_0 = t141
    t142 = -0.5 - t7
    t143 = t142 + t20
    im_y_25_1 = t143 + t36
    im_y_25_2 = t37 + t60
    t144 = (im_y_25_0)**2
    t145 = (im_y_25_1)**2
    t146 = (im_y_25_2)**2
    im_r2_25 = t144 + t145 + t146
    im_f_25_2 = 0.012051193439499478/(im_r2_25)**4
    im_f_25_3 = -9.592223000485804e-05/(im_r2_25)**7
    im_f_25_4 = 0.0006714556100340063/(im_r2_25)**8
    im_f_25_5 = -0.048204773757997914/(im_r2_25)**5
    im_y_26_0 = -t0 - t56
    t147 = t36 + t59
    im_y_26_1 = t147
    im_y_26_2 = t128 + t69
    t148 = (im_y_26_0)**2
    t149 = (im_y_26_1)**2
    t150 = (im_y_26_2)**2
    im_r2_26 = t148 + t149 + t150
    im_f_26_2 = 0.012051193439499478/(im_r2_26)**4
    im_f_26_3 = -9.592223000485804e-05/(im_r2_26)**7
    im_f_26_4 = 0.0006714556100340063/(im_r2_26)**8
    im_f_26_5 = -0.048204773757997914/(im_r2_26)**5
    im_y_27_0 = -t0 - t65
    t151 = t58 + t6
    im_y_27_1 = t151 + t36
    t152 = t37 + t70
    im_y_27_2 = t152
    t153 = (im_y_27_0)**2
    t154 = (im_y_27_1)**2
    t155 = (im_y_27_2)**2
    im_r2_27 = t153 + t154 + t155
    im_f_27_2 = 0.012051193439499478/(im_r2_27)**4
    im_f_27_3 = -9.592223000485804e-05/(im_r2_27)**7
    im_f_27_4 = 0.0006714556100340063/(im_r2_27)**8
    im_f_27_5 = -0.048204773757997914/(im_r2_27)**5
    t156 = (in_A_3)**2
    t157 = (in_A_6)**2
    t158 = t156 + t157
    t159 = t158 + (t121)**2
    im_r2w_0 = t159
    t160 = (in_A_1)**2
    t161 = (in_A_7)**2
    t162 = t160 + t161 + (t106)**2
    im_r2w_1 = t162
    t163 = (in_A_2)**2
    t164 = (in_A_5)**2
    t165 = t163 + t164 + (t97)**2
    im_r2w_2 = t165
    im_r2w_3 = t159
    im_r2w_4 = t162
    im_r2w_5 = t165
    im_r2w_6 = (-in_A_1 - t95)**2 + (-t106 - t96)**2 + (-t107 - t97)**2
    t166 = -in_A_2
    t167 = t11 + t69
    im_r2w_7 = (t141 + t166)**2 + (-t101 - t167)**2 + (-t59 - t96)**2
    im_r2w_8 = (-in_A_3 - t96)**2 + (-t121 - t95)**2 + (-t123 - t97)**2
    t168 = -in_A_5
    im_r2w_9 = (t147 + t168)**2 + (-t101 - t60)**2 + (-t56 - t95)**2
    im_r2w_10 = (-in_A_6 - t107)**2 + (-t105 - t121)**2 + (-t106 - t122)**2
    im_r2w_11 = (t28 + t35)**2 + (t29 + t36)**2 + (t30 + t37)**2
    t169 = -in_A_7
    im_r2w_12 = (t152 + t169)**2 + (-t105 - t65)**2 + (-t117 - t67)**2
    t170 = -in_A_1
    im_r2w_13 = (t111 + t170)**2 + (-t107 - t70)**2 + (-t117 - t151)**2
    im_r2w_14 = (t19 + t35)**2 + (t21 + t36)**2 + (t24 + t37)**2
    t171 = -in_A_3
    im_r2w_15 = (t127 + t171)**2 + (-t123 - t48)**2 + (-t132 - t137)**2
    t172 = -in_A_6
    im_r2w_16 = (t133 + t172)**2 + (-t122 - t45)**2 + (-t137 - t42)**2
    im_r2w_17 = (t14 + t37)**2 + (t3 + t35)**2 + (t36 + t9)**2
    t173 = (-in_A_1 - t65)**2 + (-in_A_7 - t113)**2 + (-t106 - t67)**2
    im_r2w_18 = t173
    t174 = (in_A_3 + t9)**2 + (in_A_6 + t14)**2 + (t121 + t3)**2
    im_r2w_19 = t174
    t175 = (in_A_2 + t56)**2 + (in_A_5 + t143)**2 + (t60 + t97)**2
    im_r2w_20 = t175
    t176 = (-in_A_6 - t48)**2 + (-t121 - t132)**2 + (-in_A_3 - t142 - t6)**2
    im_r2w_21 = t176
    t177 = (-t169 - t24)**2 + (-t170 - t19)**2 + (1.0 + in_A_4 - t21)**2
    im_r2w_22 = t177
    t178 = (-in_A_3 - t45)**2 + (-t121 - t42)**2 + (-in_A_6 - t11 - t112)**2
    im_r2w_23 = t178
    t179 = (in_A_1 + t19)**2 + (in_A_7 + t24)**2 + (t106 + t21)**2
    im_r2w_24 = t179
    t180 = (-t166 - t28)**2 + (-t168 - t29)**2 + (1.0 + in_A_8 - t30)**2
    im_r2w_25 = t180
    t181 = (in_A_2 + t28)**2 + (in_A_5 + t29)**2 + (t30 + t97)**2
    im_r2w_26 = t181
    t182 = (t14 + t172)**2 + (t171 + t9)**2 + (-t121 - t41 - t55)**2
    im_r2w_27 = t182
    t183 = (in_A_7 + t70)**2 + (t106 + t151)**2 + (-t170 - t65)**2
    im_r2w_28 = t183
    t184 = (in_A_5 + t59)**2 + (t167 + t97)**2 + (-t166 - t56)**2
    im_r2w_29 = t184
    im_r2w_30 = t173
    im_r2w_31 = t174
    im_r2w_32 = t175
    im_r2w_33 = t176
    im_r2w_34 = t177
    im_r2w_35 = t178
    im_r2w_36 = t179
    im_r2w_37 = t180
    im_r2w_38 = t181
    im_r2w_39 = t182
    im_r2w_40 = t183
    im_r2w_41 = t184
    t185 = in_A_0*in_A_4
    t186 = in_A_0*in_A_8
    t187 = in_A_4*in_A_8
    t188 = in_A_1*in_A_3
    t189 = in_A_2*in_A_6
    t190 = in_A_5*in_A_7
    t191 = in_A_8*t185
    t192 = in_A_1*in_A_6
    t193 = in_A_5*t192
    t194 = in_A_3*in_A_7
    t195 = in_A_2*t194
    t196 = in_A_0*t190
    t197 = in_A_8*t188
    t198 = in_A_4*t189
    t199 = (in_A_0)**2
    t200 = 2.0*in_A_0
    t201 = (0.81)*t160
    t202 = (0.81)*t156
    t203 = (0.38)*in_A_0
    t204 = (0.38)*in_A_4
    t205 = (0.19)*t199
    t206 = (in_A_4)**2
    t207 = (0.19)*t206
    t208 = (0.19)*t157
    t209 = (0.19)*t161
    t210 = t199*t206
    t211 = t161*t199
    t212 = t156*t160
    t213 = t157*t160
    t214 = t156*t161
    t215 = t157*t206
    t216 = 2.0*t188
    t217 = t200*t206
    t218 = t161*t200
    t219 = 2.0*in_A_4
    t220 = t199*t219
    t221 = t157*t219
    t222 = 4.0*t185
    t223 = t188*t200
    t224 = in_A_4*t216
    t225 = in_A_7*t192
    t226 = 2.0*t225
    t227 = in_A_6*t194
    t228 = 2.0*t227
    t229 = t200*t225
    t230 = t219*t227
    t231 = (in_A_8)**2
    t232 = (1.62)*in_A_0
    t233 = (1.62)*in_A_4
    t234 = (1.62)*in_A_8
    t235 = (0.81)*t164
    t236 = (0.81)*t163
    t237 = (0.38)*t188
    t238 = (0.38)*t189
    t239 = (0.38)*t190
    t240 = (0.38)*in_A_8
    t241 = t216*t231
    t242 = 2.0*t189
    t243 = t206*t242
    t244 = 2.0*t190
    t245 = t199*t244
    t246 = 2.0*t193
    t247 = 2.0*t195
    t248 = 2.0*in_A_8
    t249 = 4.0*t186
    t250 = 4.0*t187
    t251 = (1.62)*in_A_5
    t252 = in_A_1*in_A_2
    t253 = in_A_7*t252
    t254 = in_A_3*t251
    t255 = 2.0*in_A_5
    t256 = t156*t253
    t257 = in_A_3*t255
    t258 = in_A_6*t160
    t259 = t189*t216
    t260 = t190*t216
    t261 = t190*t242
    t262 = in_A_3*in_A_5
    t263 = in_A_2*t262
    t264 = in_A_5*t252
    t265 = 4.0*t191
    t266 = im_f_21_4*t124
    t267 = im_f_21_5*t124
    t268 = 4.0*t138
    t269 = im_f_13_4*t86
    t270 = im_f_13_5*t86
    t271 = im_f_25_4*t144
    t272 = im_f_25_5*t144
    t273 = im_f_26_4*t148
    t274 = im_f_26_5*t148
    t275 = im_f_7_4*t62
    t276 = im_f_7_5*t62
    t277 = im_f_16_4*t98
    t278 = im_f_16_5*t98
    t279 = (0.5)*im_f_10_2 + (0.5)*im_f_10_3 + (0.5)*im_f_16_2 + (0.5)*im_f_16_3 + (0.5)*im_f_2_2 + (0.5)*im_f_2_3 + (0.5)*im_f_4_2 + (0.5)*im_f_4_3
    t280 = t277 + t278 + t279 + im_f_10_4*t77 + im_f_10_5*t77 + im_f_2_4*t32 + im_f_2_5*t32 + im_f_4_4*t38 + im_f_4_5*t38
    t281 = (0.5)*im_f_13_2
    t282 = (0.5)*im_f_13_3
    t283 = (0.5)*im_f_25_2
    t284 = (0.5)*im_f_25_3
    t285 = (0.5)*im_f_26_2
    t286 = (0.5)*im_f_26_3
    t287 = (0.5)*im_f_7_2
    t288 = (0.5)*im_f_7_3
    t289 = t281 + t282 + t283 + t284 + t285 + t286 + t287 + t288
    t290 = t269 + t270 + t271 + t272 + t273 + t274 + t275 + t276 + t280 + t289
    t291 = im_f_14_4*t89
    t292 = im_f_14_5*t89
    t293 = im_f_19_4*t114
    t294 = im_f_19_5*t114
    t295 = im_f_27_4*t153
    t296 = im_f_27_5*t153
    t297 = im_f_8_4*t71
    t298 = im_f_8_5*t71
    t299 = im_f_18_4*t108
    t300 = im_f_18_5*t108
    t301 = (0.5)*im_f_12_2 + (0.5)*im_f_12_3 + (0.5)*im_f_18_2 + (0.5)*im_f_18_3 + (0.5)*im_f_1_2 + (0.5)*im_f_1_3 + (0.5)*im_f_6_2 + (0.5)*im_f_6_3
    t302 = t299 + t300 + t301 + im_f_12_4*t83 + im_f_12_5*t83 + im_f_1_4*t25 + im_f_1_5*t25 + im_f_6_4*t52 + im_f_6_5*t52
    t303 = (0.5)*im_f_14_2
    t304 = (0.5)*im_f_14_3
    t305 = (0.5)*im_f_19_2
    t306 = (0.5)*im_f_19_3
    t307 = (0.5)*im_f_27_2
    t308 = (0.5)*im_f_27_3
    t309 = (0.5)*im_f_8_2
    t310 = (0.5)*im_f_8_3
    t311 = t303 + t304 + t305 + t306 + t307 + t308 + t309 + t310
    t312 = t291 + t292 + t293 + t294 + t295 + t296 + t297 + t298 + t302 + t311
    t313 = 2.0*im_f_21_2 + 2.0*im_f_21_3 + 2.0*im_f_24_2 + 2.0*im_f_24_3
    t314 = im_f_21_2 + im_f_21_3
    t315 = t314 + 2.0*t266 + 2.0*t267
    t316 = im_f_18_2 + im_f_18_3
    t317 = t316 + 2.0*t299 + 2.0*t300
    t318 = -t281 - t282 - t283 - t284 - t285 - t286 - t287 - t288
    t319 = t280 + t315 + t317 + t318 - t269 - t270 - t271 - t272 - t273 - t274 - t275 - t276
    t320 = im_f_16_2 + im_f_16_3
    t321 = t320 + 2.0*t277 + 2.0*t278
    t322 = -t303 - t304 - t305 - t306 - t307 - t308 - t309 - t310
    t323 = t302 + t315 + t321 + t322 - t291 - t292 - t293 - t294 - t295 - t296 - t297 - t298
    t324 = im_y_21_0*im_y_21_1
    t325 = im_f_21_4*t324
    t326 = im_f_21_5*t324
    t327 = 4.0*im_y_24_0
    t328 = im_y_24_1*t327
    t329 = im_y_13_0*im_y_13_1
    t330 = im_f_13_4*t329
    t331 = im_f_13_5*t329
    t332 = im_y_25_0*im_y_25_1
    t333 = im_f_25_4*t332
    t334 = im_f_25_5*t332
    t335 = im_y_26_0*im_y_26_1
    t336 = im_f_26_4*t335
    t337 = im_f_26_5*t335
    t338 = im_y_7_0*im_y_7_1
    t339 = im_f_7_4*t338
    t340 = im_f_7_5*t338
    t341 = im_y_10_0*im_y_10_1
    t342 = im_y_16_0*im_y_16_1
    t343 = im_f_16_4*t342
    t344 = im_f_16_5*t342
    t345 = im_y_2_0*im_y_2_1
    t346 = im_y_4_0*im_y_4_1
    t347 = t343 + t344 + im_f_10_4*t341 + im_f_10_5*t341 + im_f_2_4*t345 + im_f_2_5*t345 + im_f_4_4*t346 + im_f_4_5*t346
    t348 = t330 + t331 + t333 + t334 + t336 + t337 + t339 + t340 + t347
    t349 = im_y_14_0*im_y_14_1
    t350 = im_f_14_4*t349
    t351 = im_f_14_5*t349
    t352 = im_y_19_0*im_y_19_1
    t353 = im_f_19_4*t352
    t354 = im_f_19_5*t352
    t355 = im_y_27_0*im_y_27_1
    t356 = im_f_27_4*t355
    t357 = im_f_27_5*t355
    t358 = im_y_8_0*im_y_8_1
    t359 = im_f_8_4*t358
    t360 = im_f_8_5*t358
    t361 = im_y_12_0*im_y_12_1
    t362 = im_y_18_0*im_y_18_1
    t363 = im_f_18_4*t362
    t364 = im_f_18_5*t362
    t365 = im_y_1_0*im_y_1_1
    t366 = im_y_6_0*im_y_6_1
    t367 = t363 + t364 + im_f_12_4*t361 + im_f_12_5*t361 + im_f_1_4*t365 + im_f_1_5*t365 + im_f_6_4*t366 + im_f_6_5*t366
    t368 = t350 + t351 + t353 + t354 + t356 + t357 + t359 + t360 + t367
    t369 = t348 + t368 + 4.0*t325 + 4.0*t326 + im_f_24_4*t328 + im_f_24_5*t328
    t370 = 2.0*t325 + 2.0*t326
    t371 = 2.0*t363 + 2.0*t364
    t372 = t347 + t370 + t371 - t330 - t331 - t333 - t334 - t336 - t337 - t339 - t340
    t373 = 2.0*t343 + 2.0*t344
    t374 = t367 + t370 + t373 - t350 - t351 - t353 - t354 - t356 - t357 - t359 - t360
    t375 = im_y_21_0*im_y_21_2
    t376 = im_f_21_4*t375
    t377 = im_f_21_5*t375
    t378 = im_y_24_2*t327
    t379 = im_y_13_0*im_y_13_2
    t380 = im_f_13_4*t379
    t381 = im_f_13_5*t379
    t382 = im_y_25_0*im_y_25_2
    t383 = im_f_25_4*t382
    t384 = im_f_25_5*t382
    t385 = im_y_26_0*im_y_26_2
    t386 = im_f_26_4*t385
    t387 = im_f_26_5*t385
    t388 = im_y_7_0*im_y_7_2
    t389 = im_f_7_4*t388
    t390 = im_f_7_5*t388
    t391 = im_y_10_0*im_y_10_2
    t392 = im_y_16_0*im_y_16_2
    t393 = im_f_16_4*t392
    t394 = im_f_16_5*t392
    t395 = im_y_2_0*im_y_2_2
    t396 = im_y_4_0*im_y_4_2
    t397 = t393 + t394 + im_f_10_4*t391 + im_f_10_5*t391 + im_f_2_4*t395 + im_f_2_5*t395 + im_f_4_4*t396 + im_f_4_5*t396
    t398 = t380 + t381 + t383 + t384 + t386 + t387 + t389 + t390 + t397
    t399 = im_y_14_0*im_y_14_2
    t400 = im_f_14_4*t399
    t401 = im_f_14_5*t399
    t402 = im_y_19_0*im_y_19_2
    t403 = im_f_19_4*t402
    t404 = im_f_19_5*t402
    t405 = im_y_27_0*im_y_27_2
    t406 = im_f_27_4*t405
    t407 = im_f_27_5*t405
    t408 = im_y_8_0*im_y_8_2
    t409 = im_f_8_4*t408
    t410 = im_f_8_5*t408
    t411 = im_y_12_0*im_y_12_2
    t412 = im_y_18_0*im_y_18_2
    t413 = im_f_18_4*t412
    t414 = im_f_18_5*t412
    t415 = im_y_1_0*im_y_1_2
    t416 = im_y_6_0*im_y_6_2
    t417 = t413 + t414 + im_f_12_4*t411 + im_f_12_5*t411 + im_f_1_4*t415 + im_f_1_5*t415 + im_f_6_4*t416 + im_f_6_5*t416
    t418 = t400 + t401 + t403 + t404 + t406 + t407 + t409 + t410 + t417
    t419 = t398 + t418 + 4.0*t376 + 4.0*t377 + im_f_24_4*t378 + im_f_24_5*t378
    t420 = 2.0*t376 + 2.0*t377
    t421 = 2.0*t413 + 2.0*t414
    t422 = t397 + t420 + t421 - t380 - t381 - t383 - t384 - t386 - t387 - t389 - t390
    t423 = 2.0*t393 + 2.0*t394
    t424 = t417 + t420 + t423 - t400 - t401 - t403 - t404 - t406 - t407 - t409 - t410
    t425 = 4.0*t118
    t426 = (0.5)*im_f_11_2
    t427 = (0.5)*im_f_11_3
    t428 = (0.5)*im_f_22_2
    t429 = (0.5)*im_f_22_3
    t430 = (0.5)*im_f_23_2
    t431 = (0.5)*im_f_23_3
    t432 = (0.5)*im_f_5_2
    t433 = (0.5)*im_f_5_3
    t434 = (0.5)*im_f_0_2 + (0.5)*im_f_0_3 + (0.5)*im_f_15_2 + (0.5)*im_f_15_3 + (0.5)*im_f_21_2 + (0.5)*im_f_21_3 + (0.5)*im_f_9_2 + (0.5)*im_f_9_3
    t435 = t426 + t427 + t428 + t429 + t430 + t431 + t432 + t433 + t434
    t436 = t435 + 2.0*im_f_18_2 + 2.0*im_f_18_3 + 2.0*im_f_20_2 + 2.0*im_f_20_3
    t437 = im_f_11_4*t80
    t438 = im_f_11_5*t80
    t439 = im_f_22_4*t129
    t440 = im_f_22_5*t129
    t441 = im_f_23_4*t134
    t442 = im_f_23_5*t134
    t443 = im_f_5_4*t49
    t444 = im_f_5_5*t49
    t445 = t266 + t267 + im_f_0_4*t15 + im_f_0_5*t15 + im_f_15_4*t92 + im_f_15_5*t92 + im_f_9_4*t74 + im_f_9_5*t74
    t446 = t437 + t438 + t439 + t440 + t441 + t442 + t443 + t444 + t445
    t447 = t434 - t426 - t427 - t428 - t429 - t430 - t431 - t432 - t433
    t448 = t317 + t321 + t445 + t447 - t437 - t438 - t439 - t440 - t441 - t442 - t443 - t444
    t449 = 4.0*im_y_20_0
    t450 = im_y_20_1*t449
    t451 = im_y_11_0*im_y_11_1
    t452 = im_f_11_4*t451
    t453 = im_f_11_5*t451
    t454 = im_y_22_0*im_y_22_1
    t455 = im_f_22_4*t454
    t456 = im_f_22_5*t454
    t457 = im_y_23_0*im_y_23_1
    t458 = im_f_23_4*t457
    t459 = im_f_23_5*t457
    t460 = im_y_5_0*im_y_5_1
    t461 = im_f_5_4*t460
    t462 = im_f_5_5*t460
    t463 = im_y_0_0*im_y_0_1
    t464 = im_y_15_0*im_y_15_1
    t465 = im_y_9_0*im_y_9_1
    t466 = t325 + t326 + im_f_0_4*t463 + im_f_0_5*t463 + im_f_15_4*t464 + im_f_15_5*t464 + im_f_9_4*t465 + im_f_9_5*t465
    t467 = t452 + t453 + t455 + t456 + t458 + t459 + t461 + t462 + t466
    t468 = t348 + t467 + 4.0*t363 + 4.0*t364 + im_f_20_4*t450 + im_f_20_5*t450
    t469 = t371 + t373 + t466 - t452 - t453 - t455 - t456 - t458 - t459 - t461 - t462
    t470 = im_y_20_2*t449
    t471 = im_y_11_0*im_y_11_2
    t472 = im_f_11_4*t471
    t473 = im_f_11_5*t471
    t474 = im_y_22_0*im_y_22_2
    t475 = im_f_22_4*t474
    t476 = im_f_22_5*t474
    t477 = im_y_23_0*im_y_23_2
    t478 = im_f_23_4*t477
    t479 = im_f_23_5*t477
    t480 = im_y_5_0*im_y_5_2
    t481 = im_f_5_4*t480
    t482 = im_f_5_5*t480
    t483 = im_y_0_0*im_y_0_2
    t484 = im_y_15_0*im_y_15_2
    t485 = im_y_9_0*im_y_9_2
    t486 = t376 + t377 + im_f_0_4*t483 + im_f_0_5*t483 + im_f_15_4*t484 + im_f_15_5*t484 + im_f_9_4*t485 + im_f_9_5*t485
    t487 = t472 + t473 + t475 + t476 + t478 + t479 + t481 + t482 + t486
    t488 = t398 + t487 + 4.0*t413 + 4.0*t414 + im_f_20_4*t470 + im_f_20_5*t470
    t489 = t421 + t423 + t486 - t472 - t473 - t475 - t476 - t478 - t479 - t481 - t482
    t490 = 4.0*t102
    t491 = t435 + 2.0*im_f_16_2 + 2.0*im_f_16_3 + 2.0*im_f_17_2 + 2.0*im_f_17_3
    t492 = 4.0*im_y_17_0
    t493 = im_y_17_1*t492
    t494 = t368 + t467 + 4.0*t343 + 4.0*t344 + im_f_17_4*t493 + im_f_17_5*t493
    t495 = im_y_17_2*t492
    t496 = t418 + t487 + 4.0*t393 + 4.0*t394 + im_f_17_4*t495 + im_f_17_5*t495
    t497 = im_f_21_4*t125
    t498 = im_f_21_5*t125
    t499 = 4.0*t139
    t500 = t279 + t289
    t501 = t301 + t311
    t502 = t313 + t500 + t501
    t503 = im_f_13_4*t87
    t504 = im_f_13_5*t87
    t505 = im_f_25_4*t145
    t506 = im_f_25_5*t145
    t507 = im_f_26_4*t149
    t508 = im_f_26_5*t149
    t509 = im_f_7_4*t63
    t510 = im_f_7_5*t63
    t511 = im_f_16_4*t99
    t512 = im_f_16_5*t99
    t513 = t511 + t512 + im_f_10_4*t78 + im_f_10_5*t78 + im_f_2_4*t33 + im_f_2_5*t33 + im_f_4_4*t39 + im_f_4_5*t39
    t514 = t503 + t504 + t505 + t506 + t507 + t508 + t509 + t510 + t513
    t515 = im_f_14_4*t90
    t516 = im_f_14_5*t90
    t517 = im_f_19_4*t115
    t518 = im_f_19_5*t115
    t519 = im_f_27_4*t154
    t520 = im_f_27_5*t154
    t521 = im_f_8_4*t72
    t522 = im_f_8_5*t72
    t523 = im_f_18_4*t109
    t524 = im_f_18_5*t109
    t525 = t523 + t524 + im_f_12_4*t84 + im_f_12_5*t84 + im_f_1_4*t26 + im_f_1_5*t26 + im_f_6_4*t53 + im_f_6_5*t53
    t526 = t515 + t516 + t517 + t518 + t519 + t520 + t521 + t522 + t525
    t527 = t314 + 2.0*t497 + 2.0*t498
    t528 = t316 + 2.0*t523 + 2.0*t524
    t529 = t279 + t318
    t530 = t513 + t527 + t528 + t529 - t503 - t504 - t505 - t506 - t507 - t508 - t509 - t510
    t531 = t320 + 2.0*t511 + 2.0*t512
    t532 = t301 + t322
    t533 = t525 + t527 + t531 + t532 - t515 - t516 - t517 - t518 - t519 - t520 - t521 - t522
    t534 = im_y_21_1*im_y_21_2
    t535 = im_f_21_4*t534
    t536 = im_f_21_5*t534
    t537 = 4.0*im_y_24_1*im_y_24_2
    t538 = im_y_13_1*im_y_13_2
    t539 = im_f_13_4*t538
    t540 = im_f_13_5*t538
    t541 = im_y_25_1*im_y_25_2
    t542 = im_f_25_4*t541
    t543 = im_f_25_5*t541
    t544 = im_y_26_1*im_y_26_2
    t545 = im_f_26_4*t544
    t546 = im_f_26_5*t544
    t547 = im_y_7_1*im_y_7_2
    t548 = im_f_7_4*t547
    t549 = im_f_7_5*t547
    t550 = im_y_10_1*im_y_10_2
    t551 = im_y_16_1*im_y_16_2
    t552 = im_f_16_4*t551
    t553 = im_f_16_5*t551
    t554 = im_y_2_1*im_y_2_2
    t555 = im_y_4_1*im_y_4_2
    t556 = t552 + t553 + im_f_10_4*t550 + im_f_10_5*t550 + im_f_2_4*t554 + im_f_2_5*t554 + im_f_4_4*t555 + im_f_4_5*t555
    t557 = t539 + t540 + t542 + t543 + t545 + t546 + t548 + t549 + t556
    t558 = im_y_14_1*im_y_14_2
    t559 = im_f_14_4*t558
    t560 = im_f_14_5*t558
    t561 = im_y_19_1*im_y_19_2
    t562 = im_f_19_4*t561
    t563 = im_f_19_5*t561
    t564 = im_y_27_1*im_y_27_2
    t565 = im_f_27_4*t564
    t566 = im_f_27_5*t564
    t567 = im_y_8_1*im_y_8_2
    t568 = im_f_8_4*t567
    t569 = im_f_8_5*t567
    t570 = im_y_12_1*im_y_12_2
    t571 = im_y_18_1*im_y_18_2
    t572 = im_f_18_4*t571
    t573 = im_f_18_5*t571
    t574 = im_y_1_1*im_y_1_2
    t575 = im_y_6_1*im_y_6_2
    t576 = t572 + t573 + im_f_12_4*t570 + im_f_12_5*t570 + im_f_1_4*t574 + im_f_1_5*t574 + im_f_6_4*t575 + im_f_6_5*t575
    t577 = t559 + t560 + t562 + t563 + t565 + t566 + t568 + t569 + t576
    t578 = t557 + t577 + 4.0*t535 + 4.0*t536 + im_f_24_4*t537 + im_f_24_5*t537
    t579 = 2.0*t535 + 2.0*t536
    t580 = 2.0*t572 + 2.0*t573
    t581 = t556 + t579 + t580 - t539 - t540 - t542 - t543 - t545 - t546 - t548 - t549
    t582 = 2.0*t552 + 2.0*t553
    t583 = t576 + t579 + t582 - t559 - t560 - t562 - t563 - t565 - t566 - t568 - t569
    t584 = 4.0*t119
    t585 = t436 + t500
    t586 = im_f_11_4*t81
    t587 = im_f_11_5*t81
    t588 = im_f_22_4*t130
    t589 = im_f_22_5*t130
    t590 = im_f_23_4*t135
    t591 = im_f_23_5*t135
    t592 = im_f_5_4*t50
    t593 = im_f_5_5*t50
    t594 = t497 + t498 + im_f_0_4*t16 + im_f_0_5*t16 + im_f_15_4*t93 + im_f_15_5*t93 + im_f_9_4*t75 + im_f_9_5*t75
    t595 = t586 + t587 + t588 + t589 + t590 + t591 + t592 + t593 + t594
    t596 = t447 + t528 + t531 + t594 - t586 - t587 - t588 - t589 - t590 - t591 - t592 - t593
    t597 = 4.0*im_y_20_1*im_y_20_2
    t598 = im_y_11_1*im_y_11_2
    t599 = im_f_11_4*t598
    t600 = im_f_11_5*t598
    t601 = im_y_22_1*im_y_22_2
    t602 = im_f_22_4*t601
    t603 = im_f_22_5*t601
    t604 = im_y_23_1*im_y_23_2
    t605 = im_f_23_4*t604
    t606 = im_f_23_5*t604
    t607 = im_y_5_1*im_y_5_2
    t608 = im_f_5_4*t607
    t609 = im_f_5_5*t607
    t610 = im_y_0_1*im_y_0_2
    t611 = im_y_15_1*im_y_15_2
    t612 = im_y_9_1*im_y_9_2
    t613 = t535 + t536 + im_f_0_4*t610 + im_f_0_5*t610 + im_f_15_4*t611 + im_f_15_5*t611 + im_f_9_4*t612 + im_f_9_5*t612
    t614 = t599 + t600 + t602 + t603 + t605 + t606 + t608 + t609 + t613
    t615 = t557 + t614 + 4.0*t572 + 4.0*t573 + im_f_20_4*t597 + im_f_20_5*t597
    t616 = t580 + t582 + t613 - t599 - t600 - t602 - t603 - t605 - t606 - t608 - t609
    t617 = 4.0*t103
    t618 = t491 + t501
    t619 = 4.0*im_y_17_1*im_y_17_2
    t620 = t577 + t614 + 4.0*t552 + 4.0*t553 + im_f_17_4*t619 + im_f_17_5*t619
    t621 = im_f_21_4*t126
    t622 = im_f_21_5*t126
    t623 = 4.0*t140
    t624 = im_f_13_4*t88
    t625 = im_f_13_5*t88
    t626 = im_f_25_4*t146
    t627 = im_f_25_5*t146
    t628 = im_f_26_4*t150
    t629 = im_f_26_5*t150
    t630 = im_f_7_4*t64
    t631 = im_f_7_5*t64
    t632 = im_f_16_4*t100
    t633 = im_f_16_5*t100
    t634 = t632 + t633 + im_f_10_4*t79 + im_f_10_5*t79 + im_f_2_4*t34 + im_f_2_5*t34 + im_f_4_4*t40 + im_f_4_5*t40
    t635 = t624 + t625 + t626 + t627 + t628 + t629 + t630 + t631 + t634
    t636 = im_f_14_4*t91
    t637 = im_f_14_5*t91
    t638 = im_f_19_4*t116
    t639 = im_f_19_5*t116
    t640 = im_f_27_4*t155
    t641 = im_f_27_5*t155
    t642 = im_f_8_4*t73
    t643 = im_f_8_5*t73
    t644 = im_f_18_4*t110
    t645 = im_f_18_5*t110
    t646 = t644 + t645 + im_f_12_4*t85 + im_f_12_5*t85 + im_f_1_4*t27 + im_f_1_5*t27 + im_f_6_4*t54 + im_f_6_5*t54
    t647 = t636 + t637 + t638 + t639 + t640 + t641 + t642 + t643 + t646
    t648 = t314 + 2.0*t621 + 2.0*t622
    t649 = t316 + 2.0*t644 + 2.0*t645
    t650 = t529 + t634 + t648 + t649 - t624 - t625 - t626 - t627 - t628 - t629 - t630 - t631
    t651 = t320 + 2.0*t632 + 2.0*t633
    t652 = t532 + t646 + t648 + t651 - t636 - t637 - t638 - t639 - t640 - t641 - t642 - t643
    t653 = 4.0*t120
    t654 = im_f_11_4*t82
    t655 = im_f_11_5*t82
    t656 = im_f_22_4*t131
    t657 = im_f_22_5*t131
    t658 = im_f_23_4*t136
    t659 = im_f_23_5*t136
    t660 = im_f_5_4*t51
    t661 = im_f_5_5*t51
    t662 = t621 + t622 + im_f_0_4*t17 + im_f_0_5*t17 + im_f_15_4*t94 + im_f_15_5*t94 + im_f_9_4*t76 + im_f_9_5*t76
    t663 = t654 + t655 + t656 + t657 + t658 + t659 + t660 + t661 + t662
    t664 = t447 + t649 + t651 + t662 - t654 - t655 - t656 - t657 - t658 - t659 - t660 - t661
    t665 = 4.0*t104
    if not numpy.all(numpy.asarray(in_A_4 + in_A_8 + t121 + t185 + t186 + t187 + t191 + t193 + t195 - t188 - t189 - t190 - t196 - t197 - t198) > 0):
        raise ValueError("det(I + A) must be positive (the deformation inverts the crystal)")
    if not numpy.all(numpy.asarray(0.0244140625 - (-0.6280055373642862 + in_p_0 - 0.6280055373642862*in_A_0 - 0.6280055373642862*in_A_1 - 0.6280055373642862*in_A_2)**2 - (-0.6280055373642862 + in_p_1 - 0.6280055373642862*in_A_3 - 0.6280055373642862*in_A_4 - 0.6280055373642862*in_A_5)**2 - (-0.6280055373642862 + in_p_2 - 0.6280055373642862*in_A_6 - 0.6280055373642862*in_A_7 - 0.6280055373642862*in_A_8)**2) > 0):
        raise ValueError("shift p1 moved more than 0.156 from its affine position (outside the range where the neighbour set is valid)")
    if not numpy.all(numpy.asarray(0.19 + t158 + t199 + t200) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.0361 + t203 + t204 + t205 + t207 + t208 + t209 + t210 + t211 + t212 + t213 + t214 + t215 + t217 + t218 + t220 + t221 + t222 - t201 - t202 - t216 - t223 - t224 - t226 - t228 - t229 - t230 - t185*t216) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.006859 + t246 + t247 + t259 + t260 + t261 - t237 - t238 - t239 - t241 - t243 - t245 - 4.0*t196 - 4.0*t197 - 4.0*t198 - 2.0*t256 + 8.0*t191 - 0.1539*t156 - 0.1539*t157 - 0.1539*t160 - 0.1539*t161 - 0.1539*t163 - 0.1539*t164 - 0.81*t211 - 0.81*t215 + (0.76)*t185 + (0.76)*t186 + (0.76)*t187 + (0.19)*t212 + (1.62)*t225 + (1.62)*t227 + (1.62)*t253 + (0.0722)*in_A_0 + (0.0722)*in_A_4 + (0.0722)*in_A_8 + (0.0361)*t199 + (0.0361)*t206 + (0.0361)*t231 + in_A_2*t254 + in_A_6*t254 + in_A_8*t246 + in_A_8*t247 + t163*t208 + t163*t214 + t163*t215 + t163*t221 + t164*t209 + t164*t211 + t164*t213 + t164*t218 + t185*t246 + t185*t247 + t185*t261 + t186*t246 + t186*t247 + t186*t260 + t187*t246 + t187*t247 + t187*t259 + t190*t223 + t190*t259 + t191*t246 + t191*t247 + t193*t200 + t193*t219 + t195*t200 + t195*t219 + t197*t242 + t197*t244 + t198*t216 + t198*t244 + t199*t204 + t199*t240 + t199*t250 + t203*t206 + t203*t231 + t204*t231 + t205*t206 + t205*t231 + t206*t240 + t206*t249 + t207*t231 + t210*t231 + t210*t248 + t212*t231 + t212*t248 + t217*t231 + t220*t231 + t222*t231 + t225*t232 + t227*t233 + t232*t263 + t233*t264 + t234*t253 + t251*t252 - in_A_8*t238 - in_A_8*t239 - in_A_8*t243 - in_A_8*t245 - t156*t234 - t157*t201 - t157*t233 - t157*t235 - t160*t234 - t161*t202 - t161*t232 - t161*t236 - t163*t202 - t163*t228 - t163*t230 - t163*t233 - t164*t201 - t164*t226 - t164*t229 - t164*t232 - t185*t237 - t185*t241 - t186*t238 - t186*t243 - t187*t239 - t187*t245 - t188*t203 - t188*t204 - t188*t249 - t188*t250 - t188*t265 - t189*t203 - t189*t217 - t189*t222 - t189*t250 - t189*t265 - t190*t204 - t190*t220 - t190*t222 - t190*t249 - t190*t265 - t199*t235 - t201*t231 - t202*t231 - t206*t236 - t218*t263 - t221*t264 - t223*t231 - t224*t231 - t248*t256 - t257*t258 + in_A_6*t234*t262 + t189*t190*t200 - in_A_2*t161*t257 - t157*t252*t255 - t248*t258*t262) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_0) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_1) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_2) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_3) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_4) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_5) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_6) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_7) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_8) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_9) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_10) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_11) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_12) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_13) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_14) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_15) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_16) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_17) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_18) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_19) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_20) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_21) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_22) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_23) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_24) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_25) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_26) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_27) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_0) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_1) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_3) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_4) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_5) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_6) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_7) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_8) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_9) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_10) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_11) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_12) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_13) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_14) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_15) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_16) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_17) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_18) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_19) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_20) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_21) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_22) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_23) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_24) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_25) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_26) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_27) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_28) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_29) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_30) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_31) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_32) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_33) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_34) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_35) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_36) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_37) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_38) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_39) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_40) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_41) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    out = numpy.empty(batch + (81,))
    out[..., 0] = t290 + t312 + t313 + 4.0*t266 + 4.0*t267 + im_f_24_4*t268 + im_f_24_5*t268
    out[..., 1] = t319
    out[..., 2] = t323
    out[..., 3] = t369
    out[..., 4] = t372
    out[..., 5] = t374
    out[..., 6] = t419
    out[..., 7] = t422
    out[..., 8] = t424
    out[..., 9] = t319
    out[..., 10] = t290 + t436 + t446 + 4.0*t299 + 4.0*t300 + im_f_20_4*t425 + im_f_20_5*t425
    out[..., 11] = t448
    out[..., 12] = t372
    out[..., 13] = t468
    out[..., 14] = t469
    out[..., 15] = t422
    out[..., 16] = t488
    out[..., 17] = t489
    out[..., 18] = t323
    out[..., 19] = t448
    out[..., 20] = t312 + t446 + t491 + 4.0*t277 + 4.0*t278 + im_f_17_4*t490 + im_f_17_5*t490
    out[..., 21] = t374
    out[..., 22] = t469
    out[..., 23] = t494
    out[..., 24] = t424
    out[..., 25] = t489
    out[..., 26] = t496
    out[..., 27] = t369
    out[..., 28] = t372
    out[..., 29] = t374
    out[..., 30] = t502 + t514 + t526 + 4.0*t497 + 4.0*t498 + im_f_24_4*t499 + im_f_24_5*t499
    out[..., 31] = t530
    out[..., 32] = t533
    out[..., 33] = t578
    out[..., 34] = t581
    out[..., 35] = t583
    out[..., 36] = t372
    out[..., 37] = t468
    out[..., 38] = t469
    out[..., 39] = t530
    out[..., 40] = t514 + t585 + t595 + 4.0*t523 + 4.0*t524 + im_f_20_4*t584 + im_f_20_5*t584
    out[..., 41] = t596
    out[..., 42] = t581
    out[..., 43] = t615
    out[..., 44] = t616
    out[..., 45] = t374
    out[..., 46] = t469
    out[..., 47] = t494
    out[..., 48] = t533
    out[..., 49] = t596
    out[..., 50] = t526 + t595 + t618 + 4.0*t511 + 4.0*t512 + im_f_17_4*t617 + im_f_17_5*t617
    out[..., 51] = t583
    out[..., 52] = t616
    out[..., 53] = t620
    out[..., 54] = t419
    out[..., 55] = t422
    out[..., 56] = t424
    out[..., 57] = t578
    out[..., 58] = t581
    out[..., 59] = t583
    out[..., 60] = t502 + t635 + t647 + 4.0*t621 + 4.0*t622 + im_f_24_4*t623 + im_f_24_5*t623
    out[..., 61] = t650
    out[..., 62] = t652
    out[..., 63] = t422
    out[..., 64] = t488
    out[..., 65] = t489
    out[..., 66] = t581
    out[..., 67] = t615
    out[..., 68] = t616
    out[..., 69] = t650
    out[..., 70] = t585 + t635 + t663 + 4.0*t644 + 4.0*t645 + im_f_20_4*t653 + im_f_20_5*t653
    out[..., 71] = t664
    out[..., 72] = t424
    out[..., 73] = t489
    out[..., 74] = t496
    out[..., 75] = t583
    out[..., 76] = t616
    out[..., 77] = t620
    out[..., 78] = t652
    out[..., 79] = t664
    out[..., 80] = t618 + t647 + t663 + 4.0*t632 + 4.0*t633 + im_f_17_4*t665 + im_f_17_5*t665
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
    t0 = -0.39808566187049854*in_p_0
    t1 = (0.5)*in_A_1
    t2 = (0.5)*in_A_2
    t3 = t1 + t2
    t4 = t0 + t3
    im_y_0_0 = -t4
    t5 = -0.39808566187049854*in_p_1
    t6 = (0.5)*in_A_5
    t7 = (0.5)*in_A_4
    t8 = 0.5 + t7
    t9 = t6 + t8
    im_y_0_1 = -t5 - t9
    t10 = -0.39808566187049854*in_p_2
    t11 = (0.5)*in_A_7
    t12 = (0.5)*in_A_8
    t13 = 0.5 + t12
    t14 = t11 + t13
    im_y_0_2 = -t10 - t14
    im_r2_0 = (im_y_0_0)**2 + (im_y_0_1)**2 + (im_y_0_2)**2
    im_f_0_6 = 3.167731932851784e-05/(im_r2_0)**6
    im_f_0_7 = -0.007959562717702253/(im_r2_0)**3
    t15 = 0.5 + (0.5)*in_A_0
    t16 = t15 + t2
    im_y_1_0 = -t0 - t16
    t17 = (0.5)*in_A_3
    t18 = t17 + t6
    t19 = t18 + t5
    im_y_1_1 = -t19
    t20 = (0.5)*in_A_6
    t21 = t13 + t20
    im_y_1_2 = -t10 - t21
    im_r2_1 = (im_y_1_0)**2 + (im_y_1_1)**2 + (im_y_1_2)**2
    im_f_1_6 = 3.167731932851784e-05/(im_r2_1)**6
    im_f_1_7 = -0.007959562717702253/(im_r2_1)**3
    t22 = t1 + t15
    im_y_2_0 = -t0 - t22
    t23 = t17 + t8
    im_y_2_1 = -t23 - t5
    t24 = t11 + t20
    t25 = t10 + t24
    im_y_2_2 = -t25
    im_r2_2 = (im_y_2_0)**2 + (im_y_2_1)**2 + (im_y_2_2)**2
    im_f_2_6 = 3.167731932851784e-05/(im_r2_2)**6
    im_f_2_7 = -0.007959562717702253/(im_r2_2)**3
    t26 = 0.39808566187049854*in_p_0
    im_y_3_0 = t26
    t27 = 0.39808566187049854*in_p_1
    im_y_3_1 = t27
    t28 = 0.39808566187049854*in_p_2
    im_y_3_2 = t28
    im_r2_3 = (im_y_3_0)**2 + (im_y_3_1)**2 + (im_y_3_2)**2
    im_f_3_6 = 3.167731932851784e-05/(im_r2_3)**6
    im_f_3_7 = -0.007959562717702253/(im_r2_3)**3
    im_y_4_0 = t22
    im_y_4_1 = t23
    im_y_4_2 = t24
    im_r2_4 = (im_y_4_0)**2 + (im_y_4_1)**2 + (im_y_4_2)**2
    im_f_4_6 = 3.167731932851784e-05/(im_r2_4)**6
    im_f_4_7 = -0.007959562717702253/(im_r2_4)**3
    t29 = -t2
    t30 = t1 + t29
    t31 = -t30
    im_y_5_0 = t31
    t32 = -t6
    t33 = t32 + t8
    t34 = -t33
    im_y_5_1 = t34
    t35 = -t11
    t36 = t13 + t35
    im_y_5_2 = t36
    im_r2_5 = (im_y_5_0)**2 + (im_y_5_1)**2 + (im_y_5_2)**2
    im_f_5_6 = 3.167731932851784e-05/(im_r2_5)**6
    im_f_5_7 = -0.007959562717702253/(im_r2_5)**3
    im_y_6_0 = t16
    im_y_6_1 = t18
    im_y_6_2 = t21
    im_r2_6 = (im_y_6_0)**2 + (im_y_6_1)**2 + (im_y_6_2)**2
    im_f_6_6 = 3.167731932851784e-05/(im_r2_6)**6
    im_f_6_7 = -0.007959562717702253/(im_r2_6)**3
    t37 = -t1
    t38 = t15 + t37
    t39 = -t38
    im_y_7_0 = t39
    t40 = -t17
    t41 = t40 + t8
    im_y_7_1 = t41
    t42 = t20 + t35
    t43 = -t42
    im_y_7_2 = t43
    im_r2_7 = (im_y_7_0)**2 + (im_y_7_1)**2 + (im_y_7_2)**2
    im_f_7_6 = 3.167731932851784e-05/(im_r2_7)**6
    im_f_7_7 = -0.007959562717702253/(im_r2_7)**3
    t44 = t15 + t29
    t45 = -t44
    im_y_8_0 = t45
    t46 = t17 + t32
    t47 = -t46
    im_y_8_1 = t47
    t48 = -t20
    t49 = t13 + t48
    im_y_8_2 = t49
    im_r2_8 = (im_y_8_0)**2 + (im_y_8_1)**2 + (im_y_8_2)**2
    im_f_8_6 = 3.167731932851784e-05/(im_r2_8)**6
    im_f_8_7 = -0.007959562717702253/(im_r2_8)**3
    im_y_9_0 = t3
    im_y_9_1 = t9
    im_y_9_2 = t14
    im_r2_9 = (im_y_9_0)**2 + (im_y_9_1)**2 + (im_y_9_2)**2
    im_f_9_6 = 3.167731932851784e-05/(im_r2_9)**6
    im_f_9_7 = -0.007959562717702253/(im_r2_9)**3
    im_y_10_0 = t22
    im_y_10_1 = t23
    im_y_10_2 = t24
    im_r2_10 = (im_y_10_0)**2 + (im_y_10_1)**2 + (im_y_10_2)**2
    im_f_10_6 = 3.167731932851784e-05/(im_r2_10)**6
    im_f_10_7 = -0.007959562717702253/(im_r2_10)**3
    im_y_11_0 = t31
    im_y_11_1 = t34
    im_y_11_2 = t36
    im_r2_11 = (im_y_11_0)**2 + (im_y_11_1)**2 + (im_y_11_2)**2
    im_f_11_6 = 3.167731932851784e-05/(im_r2_11)**6
    im_f_11_7 = -0.007959562717702253/(im_r2_11)**3
    im_y_12_0 = t16
    im_y_12_1 = t18
    im_y_12_2 = t21
    im_r2_12 = (im_y_12_0)**2 + (im_y_12_1)**2 + (im_y_12_2)**2
    im_f_12_6 = 3.167731932851784e-05/(im_r2_12)**6
    im_f_12_7 = -0.007959562717702253/(im_r2_12)**3
    im_y_13_0 = t39
    im_y_13_1 = t41
    im_y_13_2 = t43
    im_r2_13 = (im_y_13_0)**2 + (im_y_13_1)**2 + (im_y_13_2)**2
    im_f_13_6 = 3.167731932851784e-05/(im_r2_13)**6
    im_f_13_7 = -0.007959562717702253/(im_r2_13)**3
    im_y_14_0 = t45
    im_y_14_1 = t47
    im_y_14_2 = t49
    im_r2_14 = (im_y_14_0)**2 + (im_y_14_1)**2 + (im_y_14_2)**2
    im_f_14_6 = 3.167731932851784e-05/(im_r2_14)**6
    im_f_14_7 = -0.007959562717702253/(im_r2_14)**3
    im_y_15_0 = t3
    im_y_15_1 = t9
    im_y_15_2 = t14
    im_r2_15 = (im_y_15_0)**2 + (im_y_15_1)**2 + (im_y_15_2)**2
    im_f_15_6 = 3.167731932851784e-05/(im_r2_15)**6
    im_f_15_7 = -0.007959562717702253/(im_r2_15)**3
    t50 = in_A_2 + t0
    im_y_16_0 = -t22 - t50
    t51 = in_A_5 + t5
    im_y_16_1 = -t23 - t51
    t52 = 1.0 + in_A_8
    im_y_16_2 = -t25 - t52
    im_r2_16 = (im_y_16_0)**2 + (im_y_16_1)**2 + (im_y_16_2)**2
    im_f_16_6 = 3.167731932851784e-05/(im_r2_16)**6
    im_f_16_7 = -0.007959562717702253/(im_r2_16)**3
    im_y_17_0 = -t50
    im_y_17_1 = -t51
    t53 = t10 + t52
    im_y_17_2 = -t53
    im_r2_17 = (im_y_17_0)**2 + (im_y_17_1)**2 + (im_y_17_2)**2
    im_f_17_6 = 3.167731932851784e-05/(im_r2_17)**6
    im_f_17_7 = -0.007959562717702253/(im_r2_17)**3
    t54 = in_A_1 + t0
    im_y_18_0 = -t16 - t54
    t55 = 1.0 + in_A_4
    im_y_18_1 = -t19 - t55
    t56 = in_A_7 + t10
    im_y_18_2 = -t21 - t56
    im_r2_18 = (im_y_18_0)**2 + (im_y_18_1)**2 + (im_y_18_2)**2
    im_f_18_6 = 3.167731932851784e-05/(im_r2_18)**6
    im_f_18_7 = -0.007959562717702253/(im_r2_18)**3
    t57 = t26 + t44
    im_y_19_0 = t57
    im_y_19_1 = t27 + t46
    t58 = -0.5 - t12
    t59 = t20 + t58
    im_y_19_2 = t28 + t59
    im_r2_19 = (im_y_19_0)**2 + (im_y_19_1)**2 + (im_y_19_2)**2
    im_f_19_6 = 3.167731932851784e-05/(im_r2_19)**6
    im_f_19_7 = -0.007959562717702253/(im_r2_19)**3
    im_y_20_0 = -t54
    t60 = t5 + t55
    im_y_20_1 = -t60
    im_y_20_2 = -t56
    im_r2_20 = (im_y_20_0)**2 + (im_y_20_1)**2 + (im_y_20_2)**2
    im_f_20_6 = 3.167731932851784e-05/(im_r2_20)**6
    im_f_20_7 = -0.007959562717702253/(im_r2_20)**3
    t61 = 1.0 + in_A_0
    im_y_21_0 = -t4 - t61
    t62 = in_A_3 + t5
    im_y_21_1 = -t62 - t9
    t63 = in_A_6 + t10
    im_y_21_2 = -t14 - t63
    im_r2_21 = (im_y_21_0)**2 + (im_y_21_1)**2 + (im_y_21_2)**2
    im_f_21_6 = 3.167731932851784e-05/(im_r2_21)**6
    im_f_21_7 = -0.007959562717702253/(im_r2_21)**3
    im_y_22_0 = t26 + t30
    t64 = t27 + t33
    im_y_22_1 = t64
    t65 = t11 + t28
    im_y_22_2 = t58 + t65
    im_r2_22 = (im_y_22_0)**2 + (im_y_22_1)**2 + (im_y_22_2)**2
    im_f_22_6 = 3.167731932851784e-05/(im_r2_22)**6
    im_f_22_7 = -0.007959562717702253/(im_r2_22)**3
    t66 = t2 + t37
    im_y_23_0 = t26 + t66
    im_y_23_1 = -t33 - t5
    t67 = t28 + t36
    im_y_23_2 = t67
    im_r2_23 = (im_y_23_0)**2 + (im_y_23_1)**2 + (im_y_23_2)**2
    im_f_23_6 = 3.167731932851784e-05/(im_r2_23)**6
    im_f_23_7 = -0.007959562717702253/(im_r2_23)**3
    t68 = t0 + t61
    im_y_24_0 = -t68
    im_y_24_1 = -t62
    im_y_24_2 = -t63
    im_r2_24 = (im_y_24_0)**2 + (im_y_24_1)**2 + (im_y_24_2)**2
    im_f_24_6 = 3.167731932851784e-05/(im_r2_24)**6
    im_f_24_7 = -0.007959562717702253/(im_r2_24)**3
    t69 = t26 + t38
    im_y_25_0 = t69
    t70 = -0.5 - t7
    t71 = t17 + t70
    im_y_25_1 = t27 + t71
    im_y_25_2 = t28 + t42
    im_r2_25 = (im_y_25_0)**2 + (im_y_25_1)**2 + (im_y_25_2)**2
    im_f_25_6 = 3.167731932851784e-05/(im_r2_25)**6
    im_f_25_7 = -0.007959562717702253/(im_r2_25)**3
    im_y_26_0 = -t0 - t38
    t72 = t27 + t41
    im_y_26_1 = t72
    im_y_26_2 = t48 + t65
    im_r2_26 = (im_y_26_0)**2 + (im_y_26_1)**2 + (im_y_26_2)**2
    im_f_26_6 = 3.167731932851784e-05/(im_r2_26)**6
    im_f_26_7 = -0.007959562717702253/(im_r2_26)**3
    im_y_27_0 = -t0 - t44
    t73 = t40 + t6
    im_y_27_1 = t27 + t73
    t74 = t28 + t49
    im_y_27_2 = t74
    im_r2_27 = (im_y_27_0)**2 + (im_y_27_1)**2 + (im_y_27_2)**2
    im_f_27_6 = 3.167731932851784e-05/(im_r2_27)**6
    im_f_27_7 = -0.007959562717702253/(im_r2_27)**3
    t75 = (in_A_3)**2
    t76 = (in_A_6)**2
    t77 = t75 + t76
    t78 = t77 + (t61)**2
    im_r2w_0 = t78
    t79 = (in_A_1)**2
    t80 = (in_A_7)**2
    t81 = t79 + t80 + (t55)**2
    im_r2w_1 = t81
    t82 = (in_A_2)**2
    t83 = (in_A_5)**2
    t84 = t82 + t83 + (t52)**2
    im_r2w_2 = t84
    im_r2w_3 = t78
    im_r2w_4 = t81
    im_r2w_5 = t84
    im_r2w_6 = (-in_A_1 - t50)**2 + (-t51 - t55)**2 + (-t52 - t56)**2
    t85 = -in_A_2
    t86 = t11 + t48
    im_r2w_7 = (t69 + t85)**2 + (-t41 - t51)**2 + (-t53 - t86)**2
    im_r2w_8 = (-in_A_3 - t51)**2 + (-t50 - t61)**2 + (-t52 - t63)**2
    t87 = -in_A_5
    im_r2w_9 = (t72 + t87)**2 + (-t38 - t50)**2 + (-t42 - t53)**2
    im_r2w_10 = (-in_A_6 - t56)**2 + (-t54 - t61)**2 + (-t55 - t62)**2
    im_r2w_11 = (t22 + t26)**2 + (t23 + t27)**2 + (t24 + t28)**2
    t88 = -in_A_7
    im_r2w_12 = (t74 + t88)**2 + (-t44 - t54)**2 + (-t46 - t60)**2
    t89 = -in_A_1
    im_r2w_13 = (t57 + t89)**2 + (-t49 - t56)**2 + (-t60 - t73)**2
    im_r2w_14 = (t16 + t26)**2 + (t18 + t27)**2 + (t21 + t28)**2
    t90 = -in_A_3
    im_r2w_15 = (t64 + t90)**2 + (-t36 - t63)**2 + (-t66 - t68)**2
    t91 = -in_A_6
    im_r2w_16 = (t67 + t91)**2 + (-t30 - t68)**2 + (-t33 - t62)**2
    im_r2w_17 = (t14 + t28)**2 + (t26 + t3)**2 + (t27 + t9)**2
    t92 = (-in_A_1 - t44)**2 + (-in_A_7 - t59)**2 + (-t46 - t55)**2
    im_r2w_18 = t92
    t93 = (in_A_3 + t9)**2 + (in_A_6 + t14)**2 + (t3 + t61)**2
    im_r2w_19 = t93
    t94 = (in_A_2 + t38)**2 + (in_A_5 + t71)**2 + (t42 + t52)**2
    im_r2w_20 = t94
    t95 = (-in_A_6 - t36)**2 + (-t61 - t66)**2 + (-in_A_3 - t6 - t70)**2
    im_r2w_21 = t95
    t96 = (-t16 - t89)**2 + (-t21 - t88)**2 + (1.0 + in_A_4 - t18)**2
    im_r2w_22 = t96
    t97 = (-in_A_3 - t33)**2 + (-t30 - t61)**2 + (-in_A_6 - t11 - t58)**2
    im_r2w_23 = t97
    t98 = (in_A_1 + t16)**2 + (in_A_7 + t21)**2 + (t18 + t55)**2
    im_r2w_24 = t98
    t99 = (-t22 - t85)**2 + (-t23 - t87)**2 + (1.0 + in_A_8 - t24)**2
    im_r2w_25 = t99
    t100 = (in_A_2 + t22)**2 + (in_A_5 + t23)**2 + (t24 + t52)**2
    im_r2w_26 = t100
    t101 = (t14 + t91)**2 + (t9 + t90)**2 + (-t29 - t37 - t61)**2
    im_r2w_27 = t101
    t102 = (in_A_7 + t49)**2 + (t55 + t73)**2 + (-t44 - t89)**2
    im_r2w_28 = t102
    t103 = (in_A_5 + t41)**2 + (t52 + t86)**2 + (-t38 - t85)**2
    im_r2w_29 = t103
    im_r2w_30 = t92
    im_r2w_31 = t93
    im_r2w_32 = t94
    im_r2w_33 = t95
    im_r2w_34 = t96
    im_r2w_35 = t97
    im_r2w_36 = t98
    im_r2w_37 = t99
    im_r2w_38 = t100
    im_r2w_39 = t101
    im_r2w_40 = t102
    im_r2w_41 = t103
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
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_0) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_1) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_2) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_3) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_4) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_5) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_6) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_7) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_8) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_9) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_10) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_11) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_12) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_13) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_14) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_15) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_16) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_17) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_18) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_19) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_20) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_21) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_22) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_23) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_24) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_25) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_26) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_27) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_0) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_1) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_3) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_4) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_5) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_6) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_7) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_8) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_9) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_10) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_11) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_12) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_13) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_14) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_15) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_16) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_17) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_18) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_19) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_20) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_21) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_22) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_23) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_24) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_25) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_26) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_27) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_28) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_29) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_30) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_31) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_32) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_33) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_34) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_35) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_36) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_37) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_38) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_39) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_40) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_41) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
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
    t0 = -0.39808566187049854*in_p_0
    t1 = (0.5)*in_A_1
    t2 = (0.5)*in_A_2
    t3 = t1 + t2
    t4 = t0 + t3
    im_y_0_0 = -t4
    t5 = -0.39808566187049854*in_p_1
    t6 = (0.5)*in_A_5
    t7 = (0.5)*in_A_4
    t8 = 0.5 + t7
    t9 = t6 + t8
    im_y_0_1 = -t5 - t9
    t10 = -0.39808566187049854*in_p_2
    t11 = (0.5)*in_A_7
    t12 = (0.5)*in_A_8
    t13 = 0.5 + t12
    t14 = t11 + t13
    im_y_0_2 = -t10 - t14
    im_r2_0 = (im_y_0_0)**2 + (im_y_0_1)**2 + (im_y_0_2)**2
    im_f_0_2 = 0.012051193439499478/(im_r2_0)**4
    im_f_0_3 = -9.592223000485804e-05/(im_r2_0)**7
    t15 = 0.5 + (0.5)*in_A_0
    t16 = t15 + t2
    im_y_1_0 = -t0 - t16
    t17 = (0.5)*in_A_3
    t18 = t17 + t6
    t19 = t18 + t5
    im_y_1_1 = -t19
    t20 = (0.5)*in_A_6
    t21 = t13 + t20
    im_y_1_2 = -t10 - t21
    im_r2_1 = (im_y_1_0)**2 + (im_y_1_1)**2 + (im_y_1_2)**2
    im_f_1_2 = 0.012051193439499478/(im_r2_1)**4
    im_f_1_3 = -9.592223000485804e-05/(im_r2_1)**7
    t22 = t1 + t15
    im_y_2_0 = -t0 - t22
    t23 = t17 + t8
    im_y_2_1 = -t23 - t5
    t24 = t11 + t20
    t25 = t10 + t24
    im_y_2_2 = -t25
    im_r2_2 = (im_y_2_0)**2 + (im_y_2_1)**2 + (im_y_2_2)**2
    im_f_2_2 = 0.012051193439499478/(im_r2_2)**4
    im_f_2_3 = -9.592223000485804e-05/(im_r2_2)**7
    t26 = 0.39808566187049854*in_p_0
    im_y_3_0 = t26
    t27 = 0.39808566187049854*in_p_1
    im_y_3_1 = t27
    t28 = 0.39808566187049854*in_p_2
    im_y_3_2 = t28
    im_r2_3 = (im_y_3_0)**2 + (im_y_3_1)**2 + (im_y_3_2)**2
    im_f_3_2 = 0.012051193439499478/(im_r2_3)**4
    im_f_3_3 = -9.592223000485804e-05/(im_r2_3)**7
    im_y_4_0 = t22
    im_y_4_1 = t23
    im_y_4_2 = t24
    im_r2_4 = (im_y_4_0)**2 + (im_y_4_1)**2 + (im_y_4_2)**2
    t29 = -t2
    t30 = t1 + t29
    t31 = -t30
    im_y_5_0 = t31
    t32 = -t6
    t33 = t32 + t8
    t34 = -t33
    im_y_5_1 = t34
    t35 = -t11
    t36 = t13 + t35
    im_y_5_2 = t36
    im_r2_5 = (im_y_5_0)**2 + (im_y_5_1)**2 + (im_y_5_2)**2
    im_y_6_0 = t16
    im_y_6_1 = t18
    im_y_6_2 = t21
    im_r2_6 = (im_y_6_0)**2 + (im_y_6_1)**2 + (im_y_6_2)**2
    t37 = -t1
    t38 = t15 + t37
    t39 = -t38
    im_y_7_0 = t39
    t40 = -t17
    t41 = t40 + t8
    im_y_7_1 = t41
    t42 = t20 + t35
    t43 = -t42
    im_y_7_2 = t43
    im_r2_7 = (im_y_7_0)**2 + (im_y_7_1)**2 + (im_y_7_2)**2
    t44 = t15 + t29
    t45 = -t44
    im_y_8_0 = t45
    t46 = t17 + t32
    t47 = -t46
    im_y_8_1 = t47
    t48 = -t20
    t49 = t13 + t48
    im_y_8_2 = t49
    im_r2_8 = (im_y_8_0)**2 + (im_y_8_1)**2 + (im_y_8_2)**2
    im_y_9_0 = t3
    im_y_9_1 = t9
    im_y_9_2 = t14
    im_r2_9 = (im_y_9_0)**2 + (im_y_9_1)**2 + (im_y_9_2)**2
    im_y_10_0 = t22
    im_y_10_1 = t23
    im_y_10_2 = t24
    im_r2_10 = (im_y_10_0)**2 + (im_y_10_1)**2 + (im_y_10_2)**2
    im_y_11_0 = t31
    im_y_11_1 = t34
    im_y_11_2 = t36
    im_r2_11 = (im_y_11_0)**2 + (im_y_11_1)**2 + (im_y_11_2)**2
    im_y_12_0 = t16
    im_y_12_1 = t18
    im_y_12_2 = t21
    im_r2_12 = (im_y_12_0)**2 + (im_y_12_1)**2 + (im_y_12_2)**2
    im_y_13_0 = t39
    im_y_13_1 = t41
    im_y_13_2 = t43
    im_r2_13 = (im_y_13_0)**2 + (im_y_13_1)**2 + (im_y_13_2)**2
    im_y_14_0 = t45
    im_y_14_1 = t47
    im_y_14_2 = t49
    im_r2_14 = (im_y_14_0)**2 + (im_y_14_1)**2 + (im_y_14_2)**2
    im_y_15_0 = t3
    im_y_15_1 = t9
    im_y_15_2 = t14
    im_r2_15 = (im_y_15_0)**2 + (im_y_15_1)**2 + (im_y_15_2)**2
    t50 = in_A_2 + t0
    im_y_16_0 = -t22 - t50
    t51 = in_A_5 + t5
    im_y_16_1 = -t23 - t51
    t52 = 1.0 + in_A_8
    im_y_16_2 = -t25 - t52
    im_r2_16 = (im_y_16_0)**2 + (im_y_16_1)**2 + (im_y_16_2)**2
    im_f_16_2 = 0.012051193439499478/(im_r2_16)**4
    im_f_16_3 = -9.592223000485804e-05/(im_r2_16)**7
    im_y_17_0 = -t50
    im_y_17_1 = -t51
    t53 = t10 + t52
    im_y_17_2 = -t53
    im_r2_17 = (im_y_17_0)**2 + (im_y_17_1)**2 + (im_y_17_2)**2
    im_f_17_2 = 0.012051193439499478/(im_r2_17)**4
    im_f_17_3 = -9.592223000485804e-05/(im_r2_17)**7
    t54 = in_A_1 + t0
    im_y_18_0 = -t16 - t54
    t55 = 1.0 + in_A_4
    im_y_18_1 = -t19 - t55
    t56 = in_A_7 + t10
    im_y_18_2 = -t21 - t56
    im_r2_18 = (im_y_18_0)**2 + (im_y_18_1)**2 + (im_y_18_2)**2
    im_f_18_2 = 0.012051193439499478/(im_r2_18)**4
    im_f_18_3 = -9.592223000485804e-05/(im_r2_18)**7
    t57 = t26 + t44
    im_y_19_0 = t57
    im_y_19_1 = t27 + t46
    t58 = -0.5 - t12
    t59 = t20 + t58
    im_y_19_2 = t28 + t59
    im_r2_19 = (im_y_19_0)**2 + (im_y_19_1)**2 + (im_y_19_2)**2
    im_f_19_2 = 0.012051193439499478/(im_r2_19)**4
    im_f_19_3 = -9.592223000485804e-05/(im_r2_19)**7
    im_y_20_0 = -t54
    t60 = t5 + t55
    im_y_20_1 = -t60
    im_y_20_2 = -t56
    im_r2_20 = (im_y_20_0)**2 + (im_y_20_1)**2 + (im_y_20_2)**2
    im_f_20_2 = 0.012051193439499478/(im_r2_20)**4
    im_f_20_3 = -9.592223000485804e-05/(im_r2_20)**7
    t61 = 1.0 + in_A_0
    im_y_21_0 = -t4 - t61
    t62 = in_A_3 + t5
    im_y_21_1 = -t62 - t9
    t63 = in_A_6 + t10
    im_y_21_2 = -t14 - t63
    im_r2_21 = (im_y_21_0)**2 + (im_y_21_1)**2 + (im_y_21_2)**2
    im_f_21_2 = 0.012051193439499478/(im_r2_21)**4
    im_f_21_3 = -9.592223000485804e-05/(im_r2_21)**7
    im_y_22_0 = t26 + t30
    t64 = t27 + t33
    im_y_22_1 = t64
    t65 = t11 + t28
    im_y_22_2 = t58 + t65
    im_r2_22 = (im_y_22_0)**2 + (im_y_22_1)**2 + (im_y_22_2)**2
    im_f_22_2 = 0.012051193439499478/(im_r2_22)**4
    im_f_22_3 = -9.592223000485804e-05/(im_r2_22)**7
    t66 = t2 + t37
    im_y_23_0 = t26 + t66
    im_y_23_1 = -t33 - t5
    t67 = t28 + t36
    im_y_23_2 = t67
    im_r2_23 = (im_y_23_0)**2 + (im_y_23_1)**2 + (im_y_23_2)**2
    im_f_23_2 = 0.012051193439499478/(im_r2_23)**4
    im_f_23_3 = -9.592223000485804e-05/(im_r2_23)**7
    t68 = t0 + t61
    im_y_24_0 = -t68
    im_y_24_1 = -t62
    im_y_24_2 = -t63
    im_r2_24 = (im_y_24_0)**2 + (im_y_24_1)**2 + (im_y_24_2)**2
    im_f_24_2 = 0.012051193439499478/(im_r2_24)**4
    im_f_24_3 = -9.592223000485804e-05/(im_r2_24)**7
    t69 = t26 + t38
    im_y_25_0 = t69
    t70 = -0.5 - t7
    t71 = t17 + t70
    im_y_25_1 = t27 + t71
    im_y_25_2 = t28 + t42
    im_r2_25 = (im_y_25_0)**2 + (im_y_25_1)**2 + (im_y_25_2)**2
    im_f_25_2 = 0.012051193439499478/(im_r2_25)**4
    im_f_25_3 = -9.592223000485804e-05/(im_r2_25)**7
    im_y_26_0 = -t0 - t38
    t72 = t27 + t41
    im_y_26_1 = t72
    im_y_26_2 = t48 + t65
    im_r2_26 = (im_y_26_0)**2 + (im_y_26_1)**2 + (im_y_26_2)**2
    im_f_26_2 = 0.012051193439499478/(im_r2_26)**4
    im_f_26_3 = -9.592223000485804e-05/(im_r2_26)**7
    im_y_27_0 = -t0 - t44
    t73 = t40 + t6
    im_y_27_1 = t27 + t73
    t74 = t28 + t49
    im_y_27_2 = t74
    im_r2_27 = (im_y_27_0)**2 + (im_y_27_1)**2 + (im_y_27_2)**2
    im_f_27_2 = 0.012051193439499478/(im_r2_27)**4
    im_f_27_3 = -9.592223000485804e-05/(im_r2_27)**7
    t75 = (in_A_3)**2
    t76 = (in_A_6)**2
    t77 = t75 + t76
    t78 = t77 + (t61)**2
    im_r2w_0 = t78
    t79 = (in_A_1)**2
    t80 = (in_A_7)**2
    t81 = t79 + t80 + (t55)**2
    im_r2w_1 = t81
    t82 = (in_A_2)**2
    t83 = (in_A_5)**2
    t84 = t82 + t83 + (t52)**2
    im_r2w_2 = t84
    im_r2w_3 = t78
    im_r2w_4 = t81
    im_r2w_5 = t84
    im_r2w_6 = (-in_A_1 - t50)**2 + (-t51 - t55)**2 + (-t52 - t56)**2
    t85 = -in_A_2
    t86 = t11 + t48
    im_r2w_7 = (t69 + t85)**2 + (-t41 - t51)**2 + (-t53 - t86)**2
    im_r2w_8 = (-in_A_3 - t51)**2 + (-t50 - t61)**2 + (-t52 - t63)**2
    t87 = -in_A_5
    im_r2w_9 = (t72 + t87)**2 + (-t38 - t50)**2 + (-t42 - t53)**2
    im_r2w_10 = (-in_A_6 - t56)**2 + (-t54 - t61)**2 + (-t55 - t62)**2
    im_r2w_11 = (t22 + t26)**2 + (t23 + t27)**2 + (t24 + t28)**2
    t88 = -in_A_7
    im_r2w_12 = (t74 + t88)**2 + (-t44 - t54)**2 + (-t46 - t60)**2
    t89 = -in_A_1
    im_r2w_13 = (t57 + t89)**2 + (-t49 - t56)**2 + (-t60 - t73)**2
    im_r2w_14 = (t16 + t26)**2 + (t18 + t27)**2 + (t21 + t28)**2
    t90 = -in_A_3
    im_r2w_15 = (t64 + t90)**2 + (-t36 - t63)**2 + (-t66 - t68)**2
    t91 = -in_A_6
    im_r2w_16 = (t67 + t91)**2 + (-t30 - t68)**2 + (-t33 - t62)**2
    im_r2w_17 = (t14 + t28)**2 + (t26 + t3)**2 + (t27 + t9)**2
    t92 = (-in_A_1 - t44)**2 + (-in_A_7 - t59)**2 + (-t46 - t55)**2
    im_r2w_18 = t92
    t93 = (in_A_3 + t9)**2 + (in_A_6 + t14)**2 + (t3 + t61)**2
    im_r2w_19 = t93
    t94 = (in_A_2 + t38)**2 + (in_A_5 + t71)**2 + (t42 + t52)**2
    im_r2w_20 = t94
    t95 = (-in_A_6 - t36)**2 + (-t61 - t66)**2 + (-in_A_3 - t6 - t70)**2
    im_r2w_21 = t95
    t96 = (-t16 - t89)**2 + (-t21 - t88)**2 + (1.0 + in_A_4 - t18)**2
    im_r2w_22 = t96
    t97 = (-in_A_3 - t33)**2 + (-t30 - t61)**2 + (-in_A_6 - t11 - t58)**2
    im_r2w_23 = t97
    t98 = (in_A_1 + t16)**2 + (in_A_7 + t21)**2 + (t18 + t55)**2
    im_r2w_24 = t98
    t99 = (-t22 - t85)**2 + (-t23 - t87)**2 + (1.0 + in_A_8 - t24)**2
    im_r2w_25 = t99
    t100 = (in_A_2 + t22)**2 + (in_A_5 + t23)**2 + (t24 + t52)**2
    im_r2w_26 = t100
    t101 = (t14 + t91)**2 + (t9 + t90)**2 + (-t29 - t37 - t61)**2
    im_r2w_27 = t101
    t102 = (in_A_7 + t49)**2 + (t55 + t73)**2 + (-t44 - t89)**2
    im_r2w_28 = t102
    t103 = (in_A_5 + t41)**2 + (t52 + t86)**2 + (-t38 - t85)**2
    im_r2w_29 = t103
    im_r2w_30 = t92
    im_r2w_31 = t93
    im_r2w_32 = t94
    im_r2w_33 = t95
    im_r2w_34 = t96
    im_r2w_35 = t97
    im_r2w_36 = t98
    im_r2w_37 = t99
    im_r2w_38 = t100
    im_r2w_39 = t101
    im_r2w_40 = t102
    im_r2w_41 = t103
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
    t185 = 0.7961713237409971*im_y_0_0
    t186 = 0.7961713237409971*im_y_16_0
    t187 = 0.7961713237409971*im_y_17_0
    t188 = 0.7961713237409971*im_y_18_0
    t189 = 0.7961713237409971*im_y_19_0
    t190 = 0.7961713237409971*im_y_1_0
    t191 = 0.7961713237409971*im_y_20_0
    t192 = 0.7961713237409971*im_y_21_0
    t193 = 0.7961713237409971*im_y_22_0
    t194 = 0.7961713237409971*im_y_23_0
    t195 = 0.7961713237409971*im_y_24_0
    t196 = 0.7961713237409971*im_y_25_0
    t197 = 0.7961713237409971*im_y_26_0
    t198 = 0.7961713237409971*im_y_27_0
    t199 = 0.7961713237409971*im_y_2_0
    t200 = 0.7961713237409971*im_y_3_0
    t201 = 0.7961713237409971*im_y_0_1
    t202 = 0.7961713237409971*im_y_16_1
    t203 = 0.7961713237409971*im_y_17_1
    t204 = 0.7961713237409971*im_y_18_1
    t205 = 0.7961713237409971*im_y_19_1
    t206 = 0.7961713237409971*im_y_1_1
    t207 = 0.7961713237409971*im_y_20_1
    t208 = 0.7961713237409971*im_y_21_1
    t209 = 0.7961713237409971*im_y_22_1
    t210 = 0.7961713237409971*im_y_23_1
    t211 = 0.7961713237409971*im_y_24_1
    t212 = 0.7961713237409971*im_y_25_1
    t213 = 0.7961713237409971*im_y_26_1
    t214 = 0.7961713237409971*im_y_27_1
    t215 = 0.7961713237409971*im_y_2_1
    t216 = 0.7961713237409971*im_y_3_1
    t217 = 0.7961713237409971*im_y_0_2
    t218 = 0.7961713237409971*im_y_16_2
    t219 = 0.7961713237409971*im_y_17_2
    t220 = 0.7961713237409971*im_y_18_2
    t221 = 0.7961713237409971*im_y_19_2
    t222 = 0.7961713237409971*im_y_1_2
    t223 = 0.7961713237409971*im_y_20_2
    t224 = 0.7961713237409971*im_y_21_2
    t225 = 0.7961713237409971*im_y_22_2
    t226 = 0.7961713237409971*im_y_23_2
    t227 = 0.7961713237409971*im_y_24_2
    t228 = 0.7961713237409971*im_y_25_2
    t229 = 0.7961713237409971*im_y_26_2
    t230 = 0.7961713237409971*im_y_27_2
    t231 = 0.7961713237409971*im_y_2_2
    t232 = 0.7961713237409971*im_y_3_2
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
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_0) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_1) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_2) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_3) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_4) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_5) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_6) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_7) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_8) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_9) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_10) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_11) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_12) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_13) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_14) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_15) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_16) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_17) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_18) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_19) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_20) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_21) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_22) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_23) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_24) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_25) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_26) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_27) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_0) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_1) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_3) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_4) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_5) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_6) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_7) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_8) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_9) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_10) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_11) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_12) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_13) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_14) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_15) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_16) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_17) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_18) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_19) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_20) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_21) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_22) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_23) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_24) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_25) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_26) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_27) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_28) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_29) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_30) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_31) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_32) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_33) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_34) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_35) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_36) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_37) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_38) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_39) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_40) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_41) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    out = numpy.empty(batch + (3,))
    out[..., 0] = im_f_0_2*t185 + im_f_0_3*t185 + im_f_16_2*t186 + im_f_16_3*t186 + im_f_17_2*t187 + im_f_17_3*t187 + im_f_18_2*t188 + im_f_18_3*t188 + im_f_19_2*t189 + im_f_19_3*t189 + im_f_1_2*t190 + im_f_1_3*t190 + im_f_20_2*t191 + im_f_20_3*t191 + im_f_21_2*t192 + im_f_21_3*t192 + im_f_22_2*t193 + im_f_22_3*t193 + im_f_23_2*t194 + im_f_23_3*t194 + im_f_24_2*t195 + im_f_24_3*t195 + im_f_25_2*t196 + im_f_25_3*t196 + im_f_26_2*t197 + im_f_26_3*t197 + im_f_27_2*t198 + im_f_27_3*t198 + im_f_2_2*t199 + im_f_2_3*t199 + im_f_3_2*t200 + im_f_3_3*t200
    out[..., 1] = im_f_0_2*t201 + im_f_0_3*t201 + im_f_16_2*t202 + im_f_16_3*t202 + im_f_17_2*t203 + im_f_17_3*t203 + im_f_18_2*t204 + im_f_18_3*t204 + im_f_19_2*t205 + im_f_19_3*t205 + im_f_1_2*t206 + im_f_1_3*t206 + im_f_20_2*t207 + im_f_20_3*t207 + im_f_21_2*t208 + im_f_21_3*t208 + im_f_22_2*t209 + im_f_22_3*t209 + im_f_23_2*t210 + im_f_23_3*t210 + im_f_24_2*t211 + im_f_24_3*t211 + im_f_25_2*t212 + im_f_25_3*t212 + im_f_26_2*t213 + im_f_26_3*t213 + im_f_27_2*t214 + im_f_27_3*t214 + im_f_2_2*t215 + im_f_2_3*t215 + im_f_3_2*t216 + im_f_3_3*t216
    out[..., 2] = im_f_0_2*t217 + im_f_0_3*t217 + im_f_16_2*t218 + im_f_16_3*t218 + im_f_17_2*t219 + im_f_17_3*t219 + im_f_18_2*t220 + im_f_18_3*t220 + im_f_19_2*t221 + im_f_19_3*t221 + im_f_1_2*t222 + im_f_1_3*t222 + im_f_20_2*t223 + im_f_20_3*t223 + im_f_21_2*t224 + im_f_21_3*t224 + im_f_22_2*t225 + im_f_22_3*t225 + im_f_23_2*t226 + im_f_23_3*t226 + im_f_24_2*t227 + im_f_24_3*t227 + im_f_25_2*t228 + im_f_25_3*t228 + im_f_26_2*t229 + im_f_26_3*t229 + im_f_27_2*t230 + im_f_27_3*t230 + im_f_2_2*t231 + im_f_2_3*t231 + im_f_3_2*t232 + im_f_3_3*t232
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
    t0 = -0.39808566187049854*in_p_0
    t1 = (0.5)*in_A_1
    t2 = (0.5)*in_A_2
    t3 = t1 + t2
    t4 = t0 + t3
    im_y_0_0 = -t4
    t5 = -0.39808566187049854*in_p_1
    t6 = (0.5)*in_A_5
    t7 = (0.5)*in_A_4
    t8 = 0.5 + t7
    t9 = t6 + t8
    im_y_0_1 = -t5 - t9
    t10 = -0.39808566187049854*in_p_2
    t11 = (0.5)*in_A_7
    t12 = (0.5)*in_A_8
    t13 = 0.5 + t12
    t14 = t11 + t13
    im_y_0_2 = -t10 - t14
    t15 = (im_y_0_0)**2
    t16 = (im_y_0_1)**2
    t17 = (im_y_0_2)**2
    im_r2_0 = t15 + t16 + t17
    im_f_0_2 = 0.012051193439499478/(im_r2_0)**4
    im_f_0_3 = -9.592223000485804e-05/(im_r2_0)**7
    im_f_0_4 = 0.0006714556100340063/(im_r2_0)**8
    im_f_0_5 = -0.048204773757997914/(im_r2_0)**5
    t18 = 0.5 + (0.5)*in_A_0
    t19 = t18 + t2
    im_y_1_0 = -t0 - t19
    t20 = (0.5)*in_A_3
    t21 = t20 + t6
    t22 = t21 + t5
    im_y_1_1 = -t22
    t23 = (0.5)*in_A_6
    t24 = t13 + t23
    im_y_1_2 = -t10 - t24
    t25 = (im_y_1_0)**2
    t26 = (im_y_1_1)**2
    t27 = (im_y_1_2)**2
    im_r2_1 = t25 + t26 + t27
    im_f_1_2 = 0.012051193439499478/(im_r2_1)**4
    im_f_1_3 = -9.592223000485804e-05/(im_r2_1)**7
    im_f_1_4 = 0.0006714556100340063/(im_r2_1)**8
    im_f_1_5 = -0.048204773757997914/(im_r2_1)**5
    t28 = t1 + t18
    im_y_2_0 = -t0 - t28
    t29 = t20 + t8
    im_y_2_1 = -t29 - t5
    t30 = t11 + t23
    t31 = t10 + t30
    im_y_2_2 = -t31
    t32 = (im_y_2_0)**2
    t33 = (im_y_2_1)**2
    t34 = (im_y_2_2)**2
    im_r2_2 = t32 + t33 + t34
    im_f_2_2 = 0.012051193439499478/(im_r2_2)**4
    im_f_2_3 = -9.592223000485804e-05/(im_r2_2)**7
    im_f_2_4 = 0.0006714556100340063/(im_r2_2)**8
    im_f_2_5 = -0.048204773757997914/(im_r2_2)**5
    t35 = 0.39808566187049854*in_p_0
    im_y_3_0 = t35
    t36 = 0.39808566187049854*in_p_1
    im_y_3_1 = t36
    t37 = 0.39808566187049854*in_p_2
    im_y_3_2 = t37
    t38 = (im_y_3_0)**2
    t39 = (im_y_3_1)**2
    t40 = (im_y_3_2)**2
    im_r2_3 = t38 + t39 + t40
    im_f_3_2 = 0.012051193439499478/(im_r2_3)**4
    im_f_3_3 = -9.592223000485804e-05/(im_r2_3)**7
    im_f_3_4 = 0.0006714556100340063/(im_r2_3)**8
    im_f_3_5 = -0.048204773757997914/(im_r2_3)**5
    im_y_4_0 = t28
    im_y_4_1 = t29
    im_y_4_2 = t30
    im_r2_4 = (im_y_4_0)**2 + (im_y_4_1)**2 + (im_y_4_2)**2
    t41 = -t2
    t42 = t1 + t41
    t43 = -t42
    im_y_5_0 = t43
    t44 = -t6
    t45 = t44 + t8
    t46 = -t45
    im_y_5_1 = t46
    t47 = -t11
    t48 = t13 + t47
    im_y_5_2 = t48
    im_r2_5 = (im_y_5_0)**2 + (im_y_5_1)**2 + (im_y_5_2)**2
    im_y_6_0 = t19
    im_y_6_1 = t21
    im_y_6_2 = t24
    im_r2_6 = (im_y_6_0)**2 + (im_y_6_1)**2 + (im_y_6_2)**2
    t49 = -t1
    t50 = t18 + t49
    t51 = -t50
    im_y_7_0 = t51
    t52 = -t20
    t53 = t52 + t8
    im_y_7_1 = t53
    t54 = t23 + t47
    t55 = -t54
    im_y_7_2 = t55
    im_r2_7 = (im_y_7_0)**2 + (im_y_7_1)**2 + (im_y_7_2)**2
    t56 = t18 + t41
    t57 = -t56
    im_y_8_0 = t57
    t58 = t20 + t44
    t59 = -t58
    im_y_8_1 = t59
    t60 = -t23
    t61 = t13 + t60
    im_y_8_2 = t61
    im_r2_8 = (im_y_8_0)**2 + (im_y_8_1)**2 + (im_y_8_2)**2
    im_y_9_0 = t3
    im_y_9_1 = t9
    im_y_9_2 = t14
    im_r2_9 = (im_y_9_0)**2 + (im_y_9_1)**2 + (im_y_9_2)**2
    im_y_10_0 = t28
    im_y_10_1 = t29
    im_y_10_2 = t30
    im_r2_10 = (im_y_10_0)**2 + (im_y_10_1)**2 + (im_y_10_2)**2
    im_y_11_0 = t43
    im_y_11_1 = t46
    im_y_11_2 = t48
    im_r2_11 = (im_y_11_0)**2 + (im_y_11_1)**2 + (im_y_11_2)**2
    im_y_12_0 = t19
    im_y_12_1 = t21
    im_y_12_2 = t24
    im_r2_12 = (im_y_12_0)**2 + (im_y_12_1)**2 + (im_y_12_2)**2
    im_y_13_0 = t51
    im_y_13_1 = t53
    im_y_13_2 = t55
    im_r2_13 = (im_y_13_0)**2 + (im_y_13_1)**2 + (im_y_13_2)**2
    im_y_14_0 = t57
    im_y_14_1 = t59
    im_y_14_2 = t61
    im_r2_14 = (im_y_14_0)**2 + (im_y_14_1)**2 + (im_y_14_2)**2
    im_y_15_0 = t3
    im_y_15_1 = t9
    im_y_15_2 = t14
    im_r2_15 = (im_y_15_0)**2 + (im_y_15_1)**2 + (im_y_15_2)**2
    t62 = in_A_2 + t0
    im_y_16_0 = -t28 - t62
    t63 = in_A_5 + t5
    im_y_16_1 = -t29 - t63
    t64 = 1.0 + in_A_8
    im_y_16_2 = -t31 - t64
    t65 = (im_y_16_0)**2
    t66 = (im_y_16_1)**2
    t67 = (im_y_16_2)**2
    im_r2_16 = t65 + t66 + t67
    im_f_16_2 = 0.012051193439499478/(im_r2_16)**4
    im_f_16_3 = -9.592223000485804e-05/(im_r2_16)**7
    im_f_16_4 = 0.0006714556100340063/(im_r2_16)**8
    im_f_16_5 = -0.048204773757997914/(im_r2_16)**5
    im_y_17_0 = -t62
    im_y_17_1 = -t63
    t68 = t10 + t64
    im_y_17_2 = -t68
    t69 = (im_y_17_0)**2
    t70 = (im_y_17_1)**2
    t71 = (im_y_17_2)**2
    im_r2_17 = t69 + t70 + t71
    im_f_17_2 = 0.012051193439499478/(im_r2_17)**4
    im_f_17_3 = -9.592223000485804e-05/(im_r2_17)**7
    im_f_17_4 = 0.0006714556100340063/(im_r2_17)**8
    im_f_17_5 = -0.048204773757997914/(im_r2_17)**5
    t72 = in_A_1 + t0
    im_y_18_0 = -t19 - t72
    t73 = 1.0 + in_A_4
    im_y_18_1 = -t22 - t73
    t74 = in_A_7 + t10
    im_y_18_2 = -t24 - t74
    t75 = (im_y_18_0)**2
    t76 = (im_y_18_1)**2
    t77 = (im_y_18_2)**2
    im_r2_18 = t75 + t76 + t77
    im_f_18_2 = 0.012051193439499478/(im_r2_18)**4
    im_f_18_3 = -9.592223000485804e-05/(im_r2_18)**7
    im_f_18_4 = 0.0006714556100340063/(im_r2_18)**8
    im_f_18_5 = -0.048204773757997914/(im_r2_18)**5
    t78 = t35 + t56
    im_y_19_0 = t78
    im_y_19_1 = t36 + t58
    t79 = -0.5 - t12
    t80 = t23 + t79
    im_y_19_2 = t37 + t80
    t81 = (im_y_19_0)**2
    t82 = (im_y_19_1)**2
    t83 = (im_y_19_2)**2
    im_r2_19 = t81 + t82 + t83
    im_f_19_2 = 0.012051193439499478/(im_r2_19)**4
    im_f_19_3 = -9.592223000485804e-05/(im_r2_19)**7
    im_f_19_4 = 0.0006714556100340063/(im_r2_19)**8
    im_f_19_5 = -0.048204773757997914/(im_r2_19)**5
    im_y_20_0 = -t72
    t84 = t5 + t73
    im_y_20_1 = -t84
    im_y_20_2 = -t74
    t85 = (im_y_20_0)**2
    t86 = (im_y_20_1)**2
    t87 = (im_y_20_2)**2
    im_r2_20 = t85 + t86 + t87
    im_f_20_2 = 0.012051193439499478/(im_r2_20)**4
    im_f_20_3 = -9.592223000485804e-05/(im_r2_20)**7
    im_f_20_4 = 0.0006714556100340063/(im_r2_20)**8
    im_f_20_5 = -0.048204773757997914/(im_r2_20)**5
    t88 = 1.0 + in_A_0
    im_y_21_0 = -t4 - t88
    t89 = in_A_3 + t5
    im_y_21_1 = -t89 - t9
    t90 = in_A_6 + t10
    im_y_21_2 = -t14 - t90
    t91 = (im_y_21_0)**2
    t92 = (im_y_21_1)**2
    t93 = (im_y_21_2)**2
    im_r2_21 = t91 + t92 + t93
    im_f_21_2 = 0.012051193439499478/(im_r2_21)**4
    im_f_21_3 = -9.592223000485804e-05/(im_r2_21)**7
    im_f_21_4 = 0.0006714556100340063/(im_r2_21)**8
    im_f_21_5 = -0.048204773757997914/(im_r2_21)**5
    im_y_22_0 = t35 + t42
    t94 = t36 + t45
    im_y_22_1 = t94
    t95 = t11 + t37
    im_y_22_2 = t79 + t95
    t96 = (im_y_22_0)**2
    t97 = (im_y_22_1)**2
    t98 = (im_y_22_2)**2
    im_r2_22 = t96 + t97 + t98
    im_f_22_2 = 0.012051193439499478/(im_r2_22)**4
    im_f_22_3 = -9.592223000485804e-05/(im_r2_22)**7
    im_f_22_4 = 0.0006714556100340063/(im_r2_22)**8
    im_f_22_5 = -0.048204773757997914/(im_r2_22)**5
    t99 = t2 + t49
    im_y_23_0 = t35 + t99
    im_y_23_1 = -t45 - t5
    t100 = t37 + t48
    im_y_23_2 = t100
    t101 = (im_y_23_0)**2
    t102 = (im_y_23_1)**2
    t103 = (im_y_23_2)**2
    im_r2_23 = t101 + t102 + t103
    im_f_23_2 = 0.012051193439499478/(im_r2_23)**4
    im_f_23_3 = -9.592223000485804e-05/(im_r2_23)**7
    im_f_23_4 = 0.0006714556100340063/(im_r2_23)**8
    im_f_23_5 = -0.048204773757997914/(im_r2_23)**5
    t104 = t0 + t88
    im_y_24_0 = -t104
    im_y_24_1 = -t89
    im_y_24_2 = -t90
    t105 = (im_y_24_0)**2
    t106 = (im_y_24_1)**2
    t107 = (im_y_24_2)**2
    im_r2_24 = t105 + t106 + t107
    im_f_24_2 = 0.012051193439499478/(im_r2_24)**4
    im_f_24_3 = -9.592223000485804e-05/(im_r2_24)**7
    im_f_24_4 = 0.0006714556100340063/(im_r2_24)**8
    im_f_24_5 = -0.048204773757997914/(im_r2_24)**5
    t108 = t35 + t50
    im_y_25_0 = t108
    t109 = -0.5 - t7
    t110 = t109 + t20
    im_y_25_1 = t110 + t36
    im_y_25_2 = t37 + t54
    t111 = (im_y_25_0)**2
    t112 = (im_y_25_1)**2
    t113 = (im_y_25_2)**2
    im_r2_25 = t111 + t112 + t113
    im_f_25_2 = 0.012051193439499478/(im_r2_25)**4
    im_f_25_3 = -9.592223000485804e-05/(im_r2_25)**7
    im_f_25_4 = 0.0006714556100340063/(im_r2_25)**8
    im_f_25_5 = -0.048204773757997914/(im_r2_25)**5
    im_y_26_0 = -t0 - t50
    t114 = t36 + t53
    im_y_26_1 = t114
    im_y_26_2 = t60 + t95
    t115 = (im_y_26_0)**2
    t116 = (im_y_26_1)**2
    t117 = (im_y_26_2)**2
    im_r2_26 = t115 + t116 + t117
    im_f_26_2 = 0.012051193439499478/(im_r2_26)**4
    im_f_26_3 = -9.592223000485804e-05/(im_r2_26)**7
    im_f_26_4 = 0.0006714556100340063/(im_r2_26)**8
    im_f_26_5 = -0.048204773757997914/(im_r2_26)**5
    im_y_27_0 = -t0 - t56
    t118 = t52 + t6
    im_y_27_1 = t118 + t36
    t119 = t37 + t61
    im_y_27_2 = t119
    t120 = (im_y_27_0)**2
    t121 = (im_y_27_1)**2
    t122 = (im_y_27_2)**2
    im_r2_27 = t120 + t121 + t122
    im_f_27_2 = 0.012051193439499478/(im_r2_27)**4
    im_f_27_3 = -9.592223000485804e-05/(im_r2_27)**7
    im_f_27_4 = 0.0006714556100340063/(im_r2_27)**8
    im_f_27_5 = -0.048204773757997914/(im_r2_27)**5
    t123 = (in_A_3)**2
    t124 = (in_A_6)**2
    t125 = t123 + t124
    t126 = t125 + (t88)**2
    im_r2w_0 = t126
    t127 = (in_A_1)**2
    t128 = (in_A_7)**2
    t129 = t127 + t128 + (t73)**2
    im_r2w_1 = t129
    t130 = (in_A_2)**2
    t131 = (in_A_5)**2
    t132 = t130 + t131 + (t64)**2
    im_r2w_2 = t132
    im_r2w_3 = t126
    im_r2w_4 = t129
    im_r2w_5 = t132
    im_r2w_6 = (-in_A_1 - t62)**2 + (-t63 - t73)**2 + (-t64 - t74)**2
    t133 = -in_A_2
    t134 = t11 + t60
    im_r2w_7 = (t108 + t133)**2 + (-t134 - t68)**2 + (-t53 - t63)**2
    im_r2w_8 = (-in_A_3 - t63)**2 + (-t62 - t88)**2 + (-t64 - t90)**2
    t135 = -in_A_5
    im_r2w_9 = (t114 + t135)**2 + (-t50 - t62)**2 + (-t54 - t68)**2
    im_r2w_10 = (-in_A_6 - t74)**2 + (-t72 - t88)**2 + (-t73 - t89)**2
    im_r2w_11 = (t28 + t35)**2 + (t29 + t36)**2 + (t30 + t37)**2
    t136 = -in_A_7
    im_r2w_12 = (t119 + t136)**2 + (-t56 - t72)**2 + (-t58 - t84)**2
    t137 = -in_A_1
    im_r2w_13 = (t137 + t78)**2 + (-t118 - t84)**2 + (-t61 - t74)**2
    im_r2w_14 = (t19 + t35)**2 + (t21 + t36)**2 + (t24 + t37)**2
    t138 = -in_A_3
    im_r2w_15 = (t138 + t94)**2 + (-t104 - t99)**2 + (-t48 - t90)**2
    t139 = -in_A_6
    im_r2w_16 = (t100 + t139)**2 + (-t104 - t42)**2 + (-t45 - t89)**2
    im_r2w_17 = (t14 + t37)**2 + (t3 + t35)**2 + (t36 + t9)**2
    t140 = (-in_A_1 - t56)**2 + (-in_A_7 - t80)**2 + (-t58 - t73)**2
    im_r2w_18 = t140
    t141 = (in_A_3 + t9)**2 + (in_A_6 + t14)**2 + (t3 + t88)**2
    im_r2w_19 = t141
    t142 = (in_A_2 + t50)**2 + (in_A_5 + t110)**2 + (t54 + t64)**2
    im_r2w_20 = t142
    t143 = (-in_A_6 - t48)**2 + (-t88 - t99)**2 + (-in_A_3 - t109 - t6)**2
    im_r2w_21 = t143
    t144 = (-t136 - t24)**2 + (-t137 - t19)**2 + (1.0 + in_A_4 - t21)**2
    im_r2w_22 = t144
    t145 = (-in_A_3 - t45)**2 + (-t42 - t88)**2 + (-in_A_6 - t11 - t79)**2
    im_r2w_23 = t145
    t146 = (in_A_1 + t19)**2 + (in_A_7 + t24)**2 + (t21 + t73)**2
    im_r2w_24 = t146
    t147 = (-t133 - t28)**2 + (-t135 - t29)**2 + (1.0 + in_A_8 - t30)**2
    im_r2w_25 = t147
    t148 = (in_A_2 + t28)**2 + (in_A_5 + t29)**2 + (t30 + t64)**2
    im_r2w_26 = t148
    t149 = (t138 + t9)**2 + (t139 + t14)**2 + (-t41 - t49 - t88)**2
    im_r2w_27 = t149
    t150 = (in_A_7 + t61)**2 + (t118 + t73)**2 + (-t137 - t56)**2
    im_r2w_28 = t150
    t151 = (in_A_5 + t53)**2 + (t134 + t64)**2 + (-t133 - t50)**2
    im_r2w_29 = t151
    im_r2w_30 = t140
    im_r2w_31 = t141
    im_r2w_32 = t142
    im_r2w_33 = t143
    im_r2w_34 = t144
    im_r2w_35 = t145
    im_r2w_36 = t146
    im_r2w_37 = t147
    im_r2w_38 = t148
    im_r2w_39 = t149
    im_r2w_40 = t150
    im_r2w_41 = t151
    t152 = in_A_0*in_A_4
    t153 = in_A_0*in_A_8
    t154 = in_A_4*in_A_8
    t155 = in_A_1*in_A_3
    t156 = in_A_2*in_A_6
    t157 = in_A_5*in_A_7
    t158 = in_A_8*t152
    t159 = in_A_1*in_A_6
    t160 = in_A_5*t159
    t161 = in_A_3*in_A_7
    t162 = in_A_2*t161
    t163 = in_A_0*t157
    t164 = in_A_8*t155
    t165 = in_A_4*t156
    t166 = (in_A_0)**2
    t167 = 2.0*in_A_0
    t168 = (0.81)*t127
    t169 = (0.81)*t123
    t170 = (0.38)*in_A_0
    t171 = (0.38)*in_A_4
    t172 = (0.19)*t166
    t173 = (in_A_4)**2
    t174 = (0.19)*t173
    t175 = (0.19)*t124
    t176 = (0.19)*t128
    t177 = t166*t173
    t178 = t128*t166
    t179 = t123*t127
    t180 = t124*t127
    t181 = t123*t128
    t182 = t124*t173
    t183 = 2.0*t155
    t184 = t167*t173
    t185 = t128*t167
    t186 = 2.0*in_A_4
    t187 = t166*t186
    t188 = t124*t186
    t189 = 4.0*t152
    t190 = t155*t167
    t191 = in_A_4*t183
    t192 = in_A_7*t159
    t193 = 2.0*t192
    t194 = in_A_6*t161
    t195 = 2.0*t194
    t196 = t167*t192
    t197 = t186*t194
    t198 = (in_A_8)**2
    t199 = (1.62)*in_A_0
    t200 = (1.62)*in_A_4
    t201 = (1.62)*in_A_8
    t202 = (0.81)*t131
    t203 = (0.81)*t130
    t204 = (0.38)*t155
    t205 = (0.38)*t156
    t206 = (0.38)*t157
    t207 = (0.38)*in_A_8
    t208 = t183*t198
    t209 = 2.0*t156
    t210 = t173*t209
    t211 = 2.0*t157
    t212 = t166*t211
    t213 = 2.0*t160
    t214 = 2.0*t162
    t215 = 2.0*in_A_8
    t216 = 4.0*t153
    t217 = 4.0*t154
    t218 = (1.62)*in_A_5
    t219 = in_A_1*in_A_2
    t220 = in_A_7*t219
    t221 = in_A_3*t218
    t222 = 2.0*in_A_5
    t223 = t123*t220
    t224 = in_A_3*t222
    t225 = in_A_6*t127
    t226 = t156*t183
    t227 = t157*t183
    t228 = t157*t209
    t229 = in_A_3*in_A_5
    t230 = in_A_2*t229
    t231 = in_A_5*t219
    t232 = 4.0*t158
    t233 = 0.6338887767474916*t15
    t234 = 0.6338887767474916*t65
    t235 = 0.6338887767474916*t69
    t236 = 0.6338887767474916*t75
    t237 = 0.6338887767474916*t81
    t238 = 0.6338887767474916*t25
    t239 = 0.6338887767474916*t85
    t240 = 0.6338887767474916*t91
    t241 = 0.6338887767474916*t96
    t242 = 0.6338887767474916*t101
    t243 = 0.6338887767474916*t105
    t244 = 0.6338887767474916*t111
    t245 = 0.6338887767474916*t115
    t246 = 0.6338887767474916*t120
    t247 = 0.6338887767474916*t32
    t248 = 0.6338887767474916*t38
    t249 = 0.3169443883737458*im_f_0_2 + 0.3169443883737458*im_f_0_3 + 0.3169443883737458*im_f_16_2 + 0.3169443883737458*im_f_16_3 + 0.3169443883737458*im_f_17_2 + 0.3169443883737458*im_f_17_3 + 0.3169443883737458*im_f_18_2 + 0.3169443883737458*im_f_18_3 + 0.3169443883737458*im_f_19_2 + 0.3169443883737458*im_f_19_3 + 0.3169443883737458*im_f_1_2 + 0.3169443883737458*im_f_1_3 + 0.3169443883737458*im_f_20_2 + 0.3169443883737458*im_f_20_3 + 0.3169443883737458*im_f_21_2 + 0.3169443883737458*im_f_21_3 + 0.3169443883737458*im_f_22_2 + 0.3169443883737458*im_f_22_3 + 0.3169443883737458*im_f_23_2 + 0.3169443883737458*im_f_23_3 + 0.3169443883737458*im_f_24_2 + 0.3169443883737458*im_f_24_3 + 0.3169443883737458*im_f_25_2 + 0.3169443883737458*im_f_25_3 + 0.3169443883737458*im_f_26_2 + 0.3169443883737458*im_f_26_3 + 0.3169443883737458*im_f_27_2 + 0.3169443883737458*im_f_27_3 + 0.3169443883737458*im_f_2_2 + 0.3169443883737458*im_f_2_3 + 0.3169443883737458*im_f_3_2 + 0.3169443883737458*im_f_3_3
    t250 = 0.6338887767474916*im_y_0_0
    t251 = im_y_0_1*t250
    t252 = 0.6338887767474916*im_y_16_0
    t253 = im_y_16_1*t252
    t254 = 0.6338887767474916*im_y_17_0
    t255 = im_y_17_1*t254
    t256 = 0.6338887767474916*im_y_18_0
    t257 = im_y_18_1*t256
    t258 = 0.6338887767474916*im_y_19_0
    t259 = im_y_19_1*t258
    t260 = 0.6338887767474916*im_y_1_0
    t261 = im_y_1_1*t260
    t262 = 0.6338887767474916*im_y_20_0
    t263 = im_y_20_1*t262
    t264 = 0.6338887767474916*im_y_21_0
    t265 = im_y_21_1*t264
    t266 = 0.6338887767474916*im_y_22_0
    t267 = im_y_22_1*t266
    t268 = 0.6338887767474916*im_y_23_0
    t269 = im_y_23_1*t268
    t270 = 0.6338887767474916*im_y_24_0
    t271 = im_y_24_1*t270
    t272 = 0.6338887767474916*im_y_25_0
    t273 = im_y_25_1*t272
    t274 = 0.6338887767474916*im_y_26_0
    t275 = im_y_26_1*t274
    t276 = 0.6338887767474916*im_y_27_0
    t277 = im_y_27_1*t276
    t278 = 0.6338887767474916*im_y_2_0
    t279 = im_y_2_1*t278
    t280 = 0.6338887767474916*im_y_3_0
    t281 = im_y_3_1*t280
    t282 = im_f_0_4*t251 + im_f_0_5*t251 + im_f_16_4*t253 + im_f_16_5*t253 + im_f_17_4*t255 + im_f_17_5*t255 + im_f_18_4*t257 + im_f_18_5*t257 + im_f_19_4*t259 + im_f_19_5*t259 + im_f_1_4*t261 + im_f_1_5*t261 + im_f_20_4*t263 + im_f_20_5*t263 + im_f_21_4*t265 + im_f_21_5*t265 + im_f_22_4*t267 + im_f_22_5*t267 + im_f_23_4*t269 + im_f_23_5*t269 + im_f_24_4*t271 + im_f_24_5*t271 + im_f_25_4*t273 + im_f_25_5*t273 + im_f_26_4*t275 + im_f_26_5*t275 + im_f_27_4*t277 + im_f_27_5*t277 + im_f_2_4*t279 + im_f_2_5*t279 + im_f_3_4*t281 + im_f_3_5*t281
    t283 = im_y_0_2*t250
    t284 = im_y_16_2*t252
    t285 = im_y_17_2*t254
    t286 = im_y_18_2*t256
    t287 = im_y_19_2*t258
    t288 = im_y_1_2*t260
    t289 = im_y_20_2*t262
    t290 = im_y_21_2*t264
    t291 = im_y_22_2*t266
    t292 = im_y_23_2*t268
    t293 = im_y_24_2*t270
    t294 = im_y_25_2*t272
    t295 = im_y_26_2*t274
    t296 = im_y_27_2*t276
    t297 = im_y_2_2*t278
    t298 = im_y_3_2*t280
    t299 = im_f_0_4*t283 + im_f_0_5*t283 + im_f_16_4*t284 + im_f_16_5*t284 + im_f_17_4*t285 + im_f_17_5*t285 + im_f_18_4*t286 + im_f_18_5*t286 + im_f_19_4*t287 + im_f_19_5*t287 + im_f_1_4*t288 + im_f_1_5*t288 + im_f_20_4*t289 + im_f_20_5*t289 + im_f_21_4*t290 + im_f_21_5*t290 + im_f_22_4*t291 + im_f_22_5*t291 + im_f_23_4*t292 + im_f_23_5*t292 + im_f_24_4*t293 + im_f_24_5*t293 + im_f_25_4*t294 + im_f_25_5*t294 + im_f_26_4*t295 + im_f_26_5*t295 + im_f_27_4*t296 + im_f_27_5*t296 + im_f_2_4*t297 + im_f_2_5*t297 + im_f_3_4*t298 + im_f_3_5*t298
    t300 = 0.6338887767474916*t16
    t301 = 0.6338887767474916*t66
    t302 = 0.6338887767474916*t70
    t303 = 0.6338887767474916*t76
    t304 = 0.6338887767474916*t82
    t305 = 0.6338887767474916*t26
    t306 = 0.6338887767474916*t86
    t307 = 0.6338887767474916*t92
    t308 = 0.6338887767474916*t97
    t309 = 0.6338887767474916*t102
    t310 = 0.6338887767474916*t106
    t311 = 0.6338887767474916*t112
    t312 = 0.6338887767474916*t116
    t313 = 0.6338887767474916*t121
    t314 = 0.6338887767474916*t33
    t315 = 0.6338887767474916*t39
    t316 = 0.6338887767474916*im_y_0_1*im_y_0_2
    t317 = 0.6338887767474916*im_y_16_1*im_y_16_2
    t318 = 0.6338887767474916*im_y_17_1*im_y_17_2
    t319 = 0.6338887767474916*im_y_18_1*im_y_18_2
    t320 = 0.6338887767474916*im_y_19_1*im_y_19_2
    t321 = 0.6338887767474916*im_y_1_1*im_y_1_2
    t322 = 0.6338887767474916*im_y_20_1*im_y_20_2
    t323 = 0.6338887767474916*im_y_21_1*im_y_21_2
    t324 = 0.6338887767474916*im_y_22_1*im_y_22_2
    t325 = 0.6338887767474916*im_y_23_1*im_y_23_2
    t326 = 0.6338887767474916*im_y_24_1*im_y_24_2
    t327 = 0.6338887767474916*im_y_25_1*im_y_25_2
    t328 = 0.6338887767474916*im_y_26_1*im_y_26_2
    t329 = 0.6338887767474916*im_y_27_1*im_y_27_2
    t330 = 0.6338887767474916*im_y_2_1*im_y_2_2
    t331 = 0.6338887767474916*im_y_3_1*im_y_3_2
    t332 = im_f_0_4*t316 + im_f_0_5*t316 + im_f_16_4*t317 + im_f_16_5*t317 + im_f_17_4*t318 + im_f_17_5*t318 + im_f_18_4*t319 + im_f_18_5*t319 + im_f_19_4*t320 + im_f_19_5*t320 + im_f_1_4*t321 + im_f_1_5*t321 + im_f_20_4*t322 + im_f_20_5*t322 + im_f_21_4*t323 + im_f_21_5*t323 + im_f_22_4*t324 + im_f_22_5*t324 + im_f_23_4*t325 + im_f_23_5*t325 + im_f_24_4*t326 + im_f_24_5*t326 + im_f_25_4*t327 + im_f_25_5*t327 + im_f_26_4*t328 + im_f_26_5*t328 + im_f_27_4*t329 + im_f_27_5*t329 + im_f_2_4*t330 + im_f_2_5*t330 + im_f_3_4*t331 + im_f_3_5*t331
    t333 = 0.6338887767474916*t17
    t334 = 0.6338887767474916*t67
    t335 = 0.6338887767474916*t71
    t336 = 0.6338887767474916*t77
    t337 = 0.6338887767474916*t83
    t338 = 0.6338887767474916*t27
    t339 = 0.6338887767474916*t87
    t340 = 0.6338887767474916*t93
    t341 = 0.6338887767474916*t98
    t342 = 0.6338887767474916*t103
    t343 = 0.6338887767474916*t107
    t344 = 0.6338887767474916*t113
    t345 = 0.6338887767474916*t117
    t346 = 0.6338887767474916*t122
    t347 = 0.6338887767474916*t34
    t348 = 0.6338887767474916*t40
    if not numpy.all(numpy.asarray(in_A_4 + in_A_8 + t152 + t153 + t154 + t158 + t160 + t162 + t88 - t155 - t156 - t157 - t163 - t164 - t165) > 0):
        raise ValueError("det(I + A) must be positive (the deformation inverts the crystal)")
    if not numpy.all(numpy.asarray(0.0244140625 - (-0.6280055373642862 + in_p_0 - 0.6280055373642862*in_A_0 - 0.6280055373642862*in_A_1 - 0.6280055373642862*in_A_2)**2 - (-0.6280055373642862 + in_p_1 - 0.6280055373642862*in_A_3 - 0.6280055373642862*in_A_4 - 0.6280055373642862*in_A_5)**2 - (-0.6280055373642862 + in_p_2 - 0.6280055373642862*in_A_6 - 0.6280055373642862*in_A_7 - 0.6280055373642862*in_A_8)**2) > 0):
        raise ValueError("shift p1 moved more than 0.156 from its affine position (outside the range where the neighbour set is valid)")
    if not numpy.all(numpy.asarray(0.19 + t125 + t166 + t167) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.0361 + t170 + t171 + t172 + t174 + t175 + t176 + t177 + t178 + t179 + t180 + t181 + t182 + t184 + t185 + t187 + t188 + t189 - t168 - t169 - t183 - t190 - t191 - t193 - t195 - t196 - t197 - t152*t183) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.006859 + t213 + t214 + t226 + t227 + t228 - t204 - t205 - t206 - t208 - t210 - t212 - 4.0*t163 - 4.0*t164 - 4.0*t165 - 2.0*t223 + 8.0*t158 - 0.1539*t123 - 0.1539*t124 - 0.1539*t127 - 0.1539*t128 - 0.1539*t130 - 0.1539*t131 - 0.81*t178 - 0.81*t182 + (0.76)*t152 + (0.76)*t153 + (0.76)*t154 + (0.19)*t179 + (1.62)*t192 + (1.62)*t194 + (1.62)*t220 + (0.0722)*in_A_0 + (0.0722)*in_A_4 + (0.0722)*in_A_8 + (0.0361)*t166 + (0.0361)*t173 + (0.0361)*t198 + in_A_2*t221 + in_A_6*t221 + in_A_8*t213 + in_A_8*t214 + t130*t175 + t130*t181 + t130*t182 + t130*t188 + t131*t176 + t131*t178 + t131*t180 + t131*t185 + t152*t213 + t152*t214 + t152*t228 + t153*t213 + t153*t214 + t153*t227 + t154*t213 + t154*t214 + t154*t226 + t157*t190 + t157*t226 + t158*t213 + t158*t214 + t160*t167 + t160*t186 + t162*t167 + t162*t186 + t164*t209 + t164*t211 + t165*t183 + t165*t211 + t166*t171 + t166*t207 + t166*t217 + t170*t173 + t170*t198 + t171*t198 + t172*t173 + t172*t198 + t173*t207 + t173*t216 + t174*t198 + t177*t198 + t177*t215 + t179*t198 + t179*t215 + t184*t198 + t187*t198 + t189*t198 + t192*t199 + t194*t200 + t199*t230 + t200*t231 + t201*t220 + t218*t219 - in_A_8*t205 - in_A_8*t206 - in_A_8*t210 - in_A_8*t212 - t123*t201 - t124*t168 - t124*t200 - t124*t202 - t127*t201 - t128*t169 - t128*t199 - t128*t203 - t130*t169 - t130*t195 - t130*t197 - t130*t200 - t131*t168 - t131*t193 - t131*t196 - t131*t199 - t152*t204 - t152*t208 - t153*t205 - t153*t210 - t154*t206 - t154*t212 - t155*t170 - t155*t171 - t155*t216 - t155*t217 - t155*t232 - t156*t170 - t156*t184 - t156*t189 - t156*t217 - t156*t232 - t157*t171 - t157*t187 - t157*t189 - t157*t216 - t157*t232 - t166*t202 - t168*t198 - t169*t198 - t173*t203 - t185*t230 - t188*t231 - t190*t198 - t191*t198 - t215*t223 - t224*t225 + in_A_6*t201*t229 + t156*t157*t167 - in_A_2*t128*t224 - t124*t219*t222 - t215*t225*t229) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_0) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_1) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_2) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_3) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_4) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_5) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_6) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_7) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_8) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_9) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_10) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_11) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_12) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_13) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_14) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_15) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_16) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_17) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_18) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_19) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_20) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_21) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_22) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_23) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_24) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_25) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_26) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_27) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_0) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_1) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_3) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_4) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_5) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_6) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_7) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_8) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_9) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_10) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_11) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_12) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_13) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_14) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_15) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_16) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_17) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_18) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_19) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_20) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_21) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_22) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_23) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_24) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_25) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_26) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_27) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_28) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_29) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_30) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_31) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_32) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_33) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_34) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_35) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_36) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_37) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_38) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_39) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_40) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_41) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    out = numpy.empty(batch + (9,))
    out[..., 0] = t249 + im_f_0_4*t233 + im_f_0_5*t233 + im_f_16_4*t234 + im_f_16_5*t234 + im_f_17_4*t235 + im_f_17_5*t235 + im_f_18_4*t236 + im_f_18_5*t236 + im_f_19_4*t237 + im_f_19_5*t237 + im_f_1_4*t238 + im_f_1_5*t238 + im_f_20_4*t239 + im_f_20_5*t239 + im_f_21_4*t240 + im_f_21_5*t240 + im_f_22_4*t241 + im_f_22_5*t241 + im_f_23_4*t242 + im_f_23_5*t242 + im_f_24_4*t243 + im_f_24_5*t243 + im_f_25_4*t244 + im_f_25_5*t244 + im_f_26_4*t245 + im_f_26_5*t245 + im_f_27_4*t246 + im_f_27_5*t246 + im_f_2_4*t247 + im_f_2_5*t247 + im_f_3_4*t248 + im_f_3_5*t248
    out[..., 1] = t282
    out[..., 2] = t299
    out[..., 3] = t282
    out[..., 4] = t249 + im_f_0_4*t300 + im_f_0_5*t300 + im_f_16_4*t301 + im_f_16_5*t301 + im_f_17_4*t302 + im_f_17_5*t302 + im_f_18_4*t303 + im_f_18_5*t303 + im_f_19_4*t304 + im_f_19_5*t304 + im_f_1_4*t305 + im_f_1_5*t305 + im_f_20_4*t306 + im_f_20_5*t306 + im_f_21_4*t307 + im_f_21_5*t307 + im_f_22_4*t308 + im_f_22_5*t308 + im_f_23_4*t309 + im_f_23_5*t309 + im_f_24_4*t310 + im_f_24_5*t310 + im_f_25_4*t311 + im_f_25_5*t311 + im_f_26_4*t312 + im_f_26_5*t312 + im_f_27_4*t313 + im_f_27_5*t313 + im_f_2_4*t314 + im_f_2_5*t314 + im_f_3_4*t315 + im_f_3_5*t315
    out[..., 5] = t332
    out[..., 6] = t299
    out[..., 7] = t332
    out[..., 8] = t249 + im_f_0_4*t333 + im_f_0_5*t333 + im_f_16_4*t334 + im_f_16_5*t334 + im_f_17_4*t335 + im_f_17_5*t335 + im_f_18_4*t336 + im_f_18_5*t336 + im_f_19_4*t337 + im_f_19_5*t337 + im_f_1_4*t338 + im_f_1_5*t338 + im_f_20_4*t339 + im_f_20_5*t339 + im_f_21_4*t340 + im_f_21_5*t340 + im_f_22_4*t341 + im_f_22_5*t341 + im_f_23_4*t342 + im_f_23_5*t342 + im_f_24_4*t343 + im_f_24_5*t343 + im_f_25_4*t344 + im_f_25_5*t344 + im_f_26_4*t345 + im_f_26_5*t345 + im_f_27_4*t346 + im_f_27_5*t346 + im_f_2_4*t347 + im_f_2_5*t347 + im_f_3_4*t348 + im_f_3_5*t348
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
    t0 = 0.39808566187049854*in_q_0
    im_x_0_0 = t0
    t1 = 0.39808566187049854*in_q_1
    t2 = -0.5 + t1
    im_x_0_1 = t2
    t3 = 0.39808566187049854*in_q_2
    t4 = -0.5 + t3
    im_x_0_2 = t4
    t5 = 1.0 + in_A_0
    im_y_0_0 = im_x_0_0*t5 + im_x_0_1*in_A_1 + im_x_0_2*in_A_2
    t6 = 1.0 + in_A_4
    im_y_0_1 = im_x_0_0*in_A_3 + im_x_0_1*t6 + im_x_0_2*in_A_5
    t7 = 1.0 + in_A_8
    im_y_0_2 = im_x_0_0*in_A_6 + im_x_0_1*in_A_7 + im_x_0_2*t7
    im_r2_0 = (im_y_0_0)**2 + (im_y_0_1)**2 + (im_y_0_2)**2
    im_f_0_2 = 0.012051193439499478/(im_r2_0)**4
    im_f_0_3 = -9.592223000485804e-05/(im_r2_0)**7
    t8 = -0.5 + t0
    im_x_1_0 = t8
    im_x_1_1 = t1
    im_x_1_2 = t4
    im_y_1_0 = im_x_1_0*t5 + im_x_1_1*in_A_1 + im_x_1_2*in_A_2
    im_y_1_1 = im_x_1_0*in_A_3 + im_x_1_1*t6 + im_x_1_2*in_A_5
    im_y_1_2 = im_x_1_0*in_A_6 + im_x_1_1*in_A_7 + im_x_1_2*t7
    im_r2_1 = (im_y_1_0)**2 + (im_y_1_1)**2 + (im_y_1_2)**2
    im_f_1_2 = 0.012051193439499478/(im_r2_1)**4
    im_f_1_3 = -9.592223000485804e-05/(im_r2_1)**7
    im_x_2_0 = t8
    im_x_2_1 = t2
    im_x_2_2 = t3
    im_y_2_0 = im_x_2_0*t5 + im_x_2_1*in_A_1 + im_x_2_2*in_A_2
    im_y_2_1 = im_x_2_0*in_A_3 + im_x_2_1*t6 + im_x_2_2*in_A_5
    im_y_2_2 = im_x_2_0*in_A_6 + im_x_2_1*in_A_7 + im_x_2_2*t7
    im_r2_2 = (im_y_2_0)**2 + (im_y_2_1)**2 + (im_y_2_2)**2
    im_f_2_2 = 0.012051193439499478/(im_r2_2)**4
    im_f_2_3 = -9.592223000485804e-05/(im_r2_2)**7
    im_x_3_0 = t0
    im_x_3_1 = t1
    im_x_3_2 = t3
    im_y_3_0 = im_x_3_0*t5 + im_x_3_1*in_A_1 + im_x_3_2*in_A_2
    im_y_3_1 = im_x_3_0*in_A_3 + im_x_3_1*t6 + im_x_3_2*in_A_5
    im_y_3_2 = im_x_3_0*in_A_6 + im_x_3_1*in_A_7 + im_x_3_2*t7
    im_r2_3 = (im_y_3_0)**2 + (im_y_3_1)**2 + (im_y_3_2)**2
    im_f_3_2 = 0.012051193439499478/(im_r2_3)**4
    im_f_3_3 = -9.592223000485804e-05/(im_r2_3)**7
    t10 = 0.5 + (0.5)*in_A_0
    t9 = (0.5)*in_A_1
    t11 = t10 + t9
    im_y_4_0 = t11
    t12 = (0.5)*in_A_3
    t13 = (0.5)*in_A_4
    t14 = 0.5 + t13
    t15 = t12 + t14
    im_y_4_1 = t15
    t16 = (0.5)*in_A_6
    t17 = (0.5)*in_A_7
    t18 = t16 + t17
    im_y_4_2 = t18
    im_r2_4 = (im_y_4_0)**2 + (im_y_4_1)**2 + (im_y_4_2)**2
    im_f_4_2 = 0.012051193439499478/(im_r2_4)**4
    im_f_4_3 = -9.592223000485804e-05/(im_r2_4)**7
    t19 = (0.5)*in_A_2
    t20 = -t19
    t21 = t20 + t9
    t22 = -t21
    im_y_5_0 = t22
    t23 = (0.5)*in_A_5
    t24 = -t23
    t25 = t14 + t24
    t26 = -t25
    im_y_5_1 = t26
    t27 = -t17
    t28 = (0.5)*in_A_8
    t29 = 0.5 + t28
    t30 = t27 + t29
    im_y_5_2 = t30
    im_r2_5 = (im_y_5_0)**2 + (im_y_5_1)**2 + (im_y_5_2)**2
    im_f_5_2 = 0.012051193439499478/(im_r2_5)**4
    im_f_5_3 = -9.592223000485804e-05/(im_r2_5)**7
    t31 = t10 + t19
    im_y_6_0 = t31
    t32 = t12 + t23
    im_y_6_1 = t32
    t33 = t16 + t29
    im_y_6_2 = t33
    im_r2_6 = (im_y_6_0)**2 + (im_y_6_1)**2 + (im_y_6_2)**2
    im_f_6_2 = 0.012051193439499478/(im_r2_6)**4
    im_f_6_3 = -9.592223000485804e-05/(im_r2_6)**7
    t34 = -t9
    t35 = t10 + t34
    t36 = -t35
    im_y_7_0 = t36
    t37 = -t12
    t38 = t14 + t37
    im_y_7_1 = t38
    t39 = t16 + t27
    t40 = -t39
    im_y_7_2 = t40
    im_r2_7 = (im_y_7_0)**2 + (im_y_7_1)**2 + (im_y_7_2)**2
    im_f_7_2 = 0.012051193439499478/(im_r2_7)**4
    im_f_7_3 = -9.592223000485804e-05/(im_r2_7)**7
    t41 = t10 + t20
    t42 = -t41
    im_y_8_0 = t42
    t43 = t12 + t24
    t44 = -t43
    im_y_8_1 = t44
    t45 = -t16
    t46 = t29 + t45
    im_y_8_2 = t46
    im_r2_8 = (im_y_8_0)**2 + (im_y_8_1)**2 + (im_y_8_2)**2
    im_f_8_2 = 0.012051193439499478/(im_r2_8)**4
    im_f_8_3 = -9.592223000485804e-05/(im_r2_8)**7
    t47 = t19 + t9
    im_y_9_0 = t47
    t48 = t14 + t23
    im_y_9_1 = t48
    t49 = t17 + t29
    im_y_9_2 = t49
    im_r2_9 = (im_y_9_0)**2 + (im_y_9_1)**2 + (im_y_9_2)**2
    im_f_9_2 = 0.012051193439499478/(im_r2_9)**4
    im_f_9_3 = -9.592223000485804e-05/(im_r2_9)**7
    im_y_10_0 = t11
    im_y_10_1 = t15
    im_y_10_2 = t18
    im_r2_10 = (im_y_10_0)**2 + (im_y_10_1)**2 + (im_y_10_2)**2
    im_f_10_2 = 0.012051193439499478/(im_r2_10)**4
    im_f_10_3 = -9.592223000485804e-05/(im_r2_10)**7
    im_y_11_0 = t22
    im_y_11_1 = t26
    im_y_11_2 = t30
    im_r2_11 = (im_y_11_0)**2 + (im_y_11_1)**2 + (im_y_11_2)**2
    im_f_11_2 = 0.012051193439499478/(im_r2_11)**4
    im_f_11_3 = -9.592223000485804e-05/(im_r2_11)**7
    im_y_12_0 = t31
    im_y_12_1 = t32
    im_y_12_2 = t33
    im_r2_12 = (im_y_12_0)**2 + (im_y_12_1)**2 + (im_y_12_2)**2
    im_f_12_2 = 0.012051193439499478/(im_r2_12)**4
    im_f_12_3 = -9.592223000485804e-05/(im_r2_12)**7
    im_y_13_0 = t36
    im_y_13_1 = t38
    im_y_13_2 = t40
    im_r2_13 = (im_y_13_0)**2 + (im_y_13_1)**2 + (im_y_13_2)**2
    im_f_13_2 = 0.012051193439499478/(im_r2_13)**4
    im_f_13_3 = -9.592223000485804e-05/(im_r2_13)**7
    im_y_14_0 = t42
    im_y_14_1 = t44
    im_y_14_2 = t46
    im_r2_14 = (im_y_14_0)**2 + (im_y_14_1)**2 + (im_y_14_2)**2
    im_f_14_2 = 0.012051193439499478/(im_r2_14)**4
    im_f_14_3 = -9.592223000485804e-05/(im_r2_14)**7
    im_y_15_0 = t47
    im_y_15_1 = t48
    im_y_15_2 = t49
    im_r2_15 = (im_y_15_0)**2 + (im_y_15_1)**2 + (im_y_15_2)**2
    im_f_15_2 = 0.012051193439499478/(im_r2_15)**4
    im_f_15_3 = -9.592223000485804e-05/(im_r2_15)**7
    im_x_16_0 = t8
    im_x_16_1 = t2
    t50 = -1.0 + t3
    im_x_16_2 = t50
    im_y_16_0 = im_x_16_0*t5 + im_x_16_1*in_A_1 + im_x_16_2*in_A_2
    im_y_16_1 = im_x_16_0*in_A_3 + im_x_16_1*t6 + im_x_16_2*in_A_5
    im_y_16_2 = im_x_16_0*in_A_6 + im_x_16_1*in_A_7 + im_x_16_2*t7
    im_r2_16 = (im_y_16_0)**2 + (im_y_16_1)**2 + (im_y_16_2)**2
    im_f_16_2 = 0.012051193439499478/(im_r2_16)**4
    im_f_16_3 = -9.592223000485804e-05/(im_r2_16)**7
    im_x_17_0 = t0
    im_x_17_1 = t1
    im_x_17_2 = t50
    im_y_17_0 = im_x_17_0*t5 + im_x_17_1*in_A_1 + im_x_17_2*in_A_2
    im_y_17_1 = im_x_17_0*in_A_3 + im_x_17_1*t6 + im_x_17_2*in_A_5
    im_y_17_2 = im_x_17_0*in_A_6 + im_x_17_1*in_A_7 + im_x_17_2*t7
    im_r2_17 = (im_y_17_0)**2 + (im_y_17_1)**2 + (im_y_17_2)**2
    im_f_17_2 = 0.012051193439499478/(im_r2_17)**4
    im_f_17_3 = -9.592223000485804e-05/(im_r2_17)**7
    im_x_18_0 = t8
    t51 = -1.0 + t1
    im_x_18_1 = t51
    im_x_18_2 = t4
    im_y_18_0 = im_x_18_0*t5 + im_x_18_1*in_A_1 + im_x_18_2*in_A_2
    im_y_18_1 = im_x_18_0*in_A_3 + im_x_18_1*t6 + im_x_18_2*in_A_5
    im_y_18_2 = im_x_18_0*in_A_6 + im_x_18_1*in_A_7 + im_x_18_2*t7
    im_r2_18 = (im_y_18_0)**2 + (im_y_18_1)**2 + (im_y_18_2)**2
    im_f_18_2 = 0.012051193439499478/(im_r2_18)**4
    im_f_18_3 = -9.592223000485804e-05/(im_r2_18)**7
    t52 = 0.5 + t0
    im_x_19_0 = t52
    im_x_19_1 = t1
    im_x_19_2 = t4
    im_y_19_0 = im_x_19_0*t5 + im_x_19_1*in_A_1 + im_x_19_2*in_A_2
    im_y_19_1 = im_x_19_0*in_A_3 + im_x_19_1*t6 + im_x_19_2*in_A_5
    im_y_19_2 = im_x_19_0*in_A_6 + im_x_19_1*in_A_7 + im_x_19_2*t7
    im_r2_19 = (im_y_19_0)**2 + (im_y_19_1)**2 + (im_y_19_2)**2
    im_f_19_2 = 0.012051193439499478/(im_r2_19)**4
    im_f_19_3 = -9.592223000485804e-05/(im_r2_19)**7
    im_x_20_0 = t0
    im_x_20_1 = t51
    im_x_20_2 = t3
    im_y_20_0 = im_x_20_0*t5 + im_x_20_1*in_A_1 + im_x_20_2*in_A_2
    im_y_20_1 = im_x_20_0*in_A_3 + im_x_20_1*t6 + im_x_20_2*in_A_5
    im_y_20_2 = im_x_20_0*in_A_6 + im_x_20_1*in_A_7 + im_x_20_2*t7
    im_r2_20 = (im_y_20_0)**2 + (im_y_20_1)**2 + (im_y_20_2)**2
    im_f_20_2 = 0.012051193439499478/(im_r2_20)**4
    im_f_20_3 = -9.592223000485804e-05/(im_r2_20)**7
    t53 = -1.0 + t0
    im_x_21_0 = t53
    im_x_21_1 = t2
    im_x_21_2 = t4
    im_y_21_0 = im_x_21_0*t5 + im_x_21_1*in_A_1 + im_x_21_2*in_A_2
    im_y_21_1 = im_x_21_0*in_A_3 + im_x_21_1*t6 + im_x_21_2*in_A_5
    im_y_21_2 = im_x_21_0*in_A_6 + im_x_21_1*in_A_7 + im_x_21_2*t7
    im_r2_21 = (im_y_21_0)**2 + (im_y_21_1)**2 + (im_y_21_2)**2
    im_f_21_2 = 0.012051193439499478/(im_r2_21)**4
    im_f_21_3 = -9.592223000485804e-05/(im_r2_21)**7
    im_x_22_0 = t0
    t54 = 0.5 + t1
    im_x_22_1 = t54
    im_x_22_2 = t4
    im_y_22_0 = im_x_22_0*t5 + im_x_22_1*in_A_1 + im_x_22_2*in_A_2
    im_y_22_1 = im_x_22_0*in_A_3 + im_x_22_1*t6 + im_x_22_2*in_A_5
    im_y_22_2 = im_x_22_0*in_A_6 + im_x_22_1*in_A_7 + im_x_22_2*t7
    im_r2_22 = (im_y_22_0)**2 + (im_y_22_1)**2 + (im_y_22_2)**2
    im_f_22_2 = 0.012051193439499478/(im_r2_22)**4
    im_f_22_3 = -9.592223000485804e-05/(im_r2_22)**7
    im_x_23_0 = t0
    im_x_23_1 = t2
    t55 = 0.5 + t3
    im_x_23_2 = t55
    im_y_23_0 = im_x_23_0*t5 + im_x_23_1*in_A_1 + im_x_23_2*in_A_2
    im_y_23_1 = im_x_23_0*in_A_3 + im_x_23_1*t6 + im_x_23_2*in_A_5
    im_y_23_2 = im_x_23_0*in_A_6 + im_x_23_1*in_A_7 + im_x_23_2*t7
    im_r2_23 = (im_y_23_0)**2 + (im_y_23_1)**2 + (im_y_23_2)**2
    im_f_23_2 = 0.012051193439499478/(im_r2_23)**4
    im_f_23_3 = -9.592223000485804e-05/(im_r2_23)**7
    im_x_24_0 = t53
    im_x_24_1 = t1
    im_x_24_2 = t3
    im_y_24_0 = im_x_24_0*t5 + im_x_24_1*in_A_1 + im_x_24_2*in_A_2
    im_y_24_1 = im_x_24_0*in_A_3 + im_x_24_1*t6 + im_x_24_2*in_A_5
    im_y_24_2 = im_x_24_0*in_A_6 + im_x_24_1*in_A_7 + im_x_24_2*t7
    im_r2_24 = (im_y_24_0)**2 + (im_y_24_1)**2 + (im_y_24_2)**2
    im_f_24_2 = 0.012051193439499478/(im_r2_24)**4
    im_f_24_3 = -9.592223000485804e-05/(im_r2_24)**7
    im_x_25_0 = t52
    im_x_25_1 = t2
    im_x_25_2 = t3
    im_y_25_0 = im_x_25_0*t5 + im_x_25_1*in_A_1 + im_x_25_2*in_A_2
    im_y_25_1 = im_x_25_0*in_A_3 + im_x_25_1*t6 + im_x_25_2*in_A_5
    im_y_25_2 = im_x_25_0*in_A_6 + im_x_25_1*in_A_7 + im_x_25_2*t7
    im_r2_25 = (im_y_25_0)**2 + (im_y_25_1)**2 + (im_y_25_2)**2
    im_f_25_2 = 0.012051193439499478/(im_r2_25)**4
    im_f_25_3 = -9.592223000485804e-05/(im_r2_25)**7
    im_x_26_0 = t8
    im_x_26_1 = t54
    im_x_26_2 = t3
    im_y_26_0 = im_x_26_0*t5 + im_x_26_1*in_A_1 + im_x_26_2*in_A_2
    im_y_26_1 = im_x_26_0*in_A_3 + im_x_26_1*t6 + im_x_26_2*in_A_5
    im_y_26_2 = im_x_26_0*in_A_6 + im_x_26_1*in_A_7 + im_x_26_2*t7
    im_r2_26 = (im_y_26_0)**2 + (im_y_26_1)**2 + (im_y_26_2)**2
    im_f_26_2 = 0.012051193439499478/(im_r2_26)**4
    im_f_26_3 = -9.592223000485804e-05/(im_r2_26)**7
    im_x_27_0 = t8
    im_x_27_1 = t1
    im_x_27_2 = t55
    im_y_27_0 = im_x_27_0*t5 + im_x_27_1*in_A_1 + im_x_27_2*in_A_2
    im_y_27_1 = im_x_27_0*in_A_3 + im_x_27_1*t6 + im_x_27_2*in_A_5
    im_y_27_2 = im_x_27_0*in_A_6 + im_x_27_1*in_A_7 + im_x_27_2*t7
    im_r2_27 = (im_y_27_0)**2 + (im_y_27_1)**2 + (im_y_27_2)**2
    im_f_27_2 = 0.012051193439499478/(im_r2_27)**4
    im_f_27_3 = -9.592223000485804e-05/(im_r2_27)**7
    t56 = (in_A_3)**2
    t57 = (in_A_6)**2
    t58 = t56 + t57
    t59 = t58 + (t5)**2
    im_r2w_0 = t59
    t60 = (in_A_1)**2
    t61 = (in_A_7)**2
    t62 = t60 + t61 + (t6)**2
    im_r2w_1 = t62
    t63 = (in_A_2)**2
    t64 = (in_A_5)**2
    t65 = t63 + t64 + (t7)**2
    im_r2w_2 = t65
    im_r2w_3 = t59
    im_r2w_4 = t62
    im_r2w_5 = t65
    t66 = in_A_1*t51
    t67 = in_A_2*t50
    t68 = t0*t5
    t69 = in_A_5*t50
    t70 = t51*t6
    t71 = in_A_3*t0
    t72 = in_A_7*t51
    t73 = t50*t7
    t74 = in_A_6*t0
    im_r2w_6 = (t66 + t67 + t68)**2 + (t69 + t70 + t71)**2 + (t72 + t73 + t74)**2
    t75 = in_A_1*t2
    t76 = t5*t52
    t77 = in_A_3*t52
    t78 = t2*t6
    t79 = in_A_6*t52
    t80 = in_A_7*t2
    im_r2w_7 = (t67 + t75 + t76)**2 + (t69 + t77 + t78)**2 + (t73 + t79 + t80)**2
    t81 = t5*t53
    t82 = in_A_1*t1
    t83 = in_A_3*t53
    t84 = t1*t6
    t85 = in_A_6*t53
    t86 = in_A_7*t1
    im_r2w_8 = (t67 + t81 + t82)**2 + (t69 + t83 + t84)**2 + (t73 + t85 + t86)**2
    t87 = in_A_1*t54
    t88 = t5*t8
    t89 = in_A_3*t8
    t90 = t54*t6
    t91 = in_A_6*t8
    t92 = in_A_7*t54
    im_r2w_9 = (t67 + t87 + t88)**2 + (t69 + t89 + t90)**2 + (t73 + t91 + t92)**2
    t93 = in_A_2*t3
    t94 = in_A_5*t3
    t95 = t3*t7
    im_r2w_10 = (t66 + t81 + t93)**2 + (t70 + t83 + t94)**2 + (t72 + t85 + t95)**2
    im_r2w_11 = (t76 + t87 + t93)**2 + (t77 + t90 + t94)**2 + (t79 + t92 + t95)**2
    t96 = in_A_2*t55
    t97 = in_A_5*t55
    t98 = t55*t7
    im_r2w_12 = (t66 + t88 + t96)**2 + (t70 + t89 + t97)**2 + (t72 + t91 + t98)**2
    t100 = in_A_5*t4
    t101 = t4*t7
    t99 = in_A_2*t4
    im_r2w_13 = (t100 + t70 + t77)**2 + (t101 + t72 + t79)**2 + (t66 + t76 + t99)**2
    im_r2w_14 = (t76 + t82 + t96)**2 + (t77 + t84 + t97)**2 + (t79 + t86 + t98)**2
    im_r2w_15 = (t100 + t83 + t90)**2 + (t101 + t85 + t92)**2 + (t81 + t87 + t99)**2
    im_r2w_16 = (t75 + t81 + t96)**2 + (t78 + t83 + t97)**2 + (t80 + t85 + t98)**2
    im_r2w_17 = (t68 + t87 + t96)**2 + (t71 + t90 + t97)**2 + (t74 + t92 + t98)**2
    t102 = -0.5 - t28
    t103 = (-in_A_1 - t41)**2 + (-t43 - t6)**2 + (-in_A_7 - t102 - t16)**2
    im_r2w_18 = t103
    t104 = (in_A_3 + t48)**2 + (in_A_6 + t49)**2 + (t47 + t5)**2
    im_r2w_19 = t104
    t105 = -0.5 - t13
    t106 = (in_A_2 + t35)**2 + (t39 + t7)**2 + (in_A_5 + t105 + t12)**2
    im_r2w_20 = t106
    t107 = t34 + t5
    t108 = (-in_A_6 - t30)**2 + (-t107 - t19)**2 + (-in_A_3 - t105 - t23)**2
    im_r2w_21 = t108
    t109 = -in_A_1
    t110 = (in_A_7 - t33)**2 + (-t109 - t31)**2 + (1.0 + in_A_4 - t32)**2
    im_r2w_22 = t110
    t111 = (-in_A_3 - t25)**2 + (-t21 - t5)**2 + (-in_A_6 - t102 - t17)**2
    im_r2w_23 = t111
    t112 = (in_A_1 + t31)**2 + (in_A_7 + t33)**2 + (t32 + t6)**2
    im_r2w_24 = t112
    t113 = -in_A_2
    t114 = (in_A_5 - t15)**2 + (-t11 - t113)**2 + (1.0 + in_A_8 - t18)**2
    im_r2w_25 = t114
    t115 = (in_A_2 + t11)**2 + (in_A_5 + t15)**2 + (t18 + t7)**2
    im_r2w_26 = t115
    t116 = (t48 - in_A_3)**2 + (t49 - in_A_6)**2 + (-t107 - t20)**2
    im_r2w_27 = t116
    t117 = (in_A_7 + t46)**2 + (-t109 - t41)**2 + (t23 + t37 + t6)**2
    im_r2w_28 = t117
    t118 = (in_A_5 + t38)**2 + (-t113 - t35)**2 + (t17 + t45 + t7)**2
    im_r2w_29 = t118
    im_r2w_30 = t103
    im_r2w_31 = t104
    im_r2w_32 = t106
    im_r2w_33 = t108
    im_r2w_34 = t110
    im_r2w_35 = t111
    im_r2w_36 = t112
    im_r2w_37 = t114
    im_r2w_38 = t115
    im_r2w_39 = t116
    im_r2w_40 = t117
    im_r2w_41 = t118
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
    t200 = im_f_13_2*im_y_13_0
    t201 = im_f_13_3*im_y_13_0
    t202 = im_f_14_2*im_y_14_0
    t203 = im_f_14_3*im_y_14_0
    t204 = im_f_7_2*im_y_7_0
    t205 = im_f_7_3*im_y_7_0
    t206 = im_f_8_2*im_y_8_0
    t207 = im_f_8_3*im_y_8_0
    t208 = 2.0*im_y_0_0
    t209 = im_x_0_0*t208
    t210 = 2.0*im_y_16_0
    t211 = im_x_16_0*t210
    t212 = 2.0*im_y_17_0
    t213 = im_x_17_0*t212
    t214 = 2.0*im_y_18_0
    t215 = im_x_18_0*t214
    t216 = 2.0*im_y_19_0
    t217 = im_x_19_0*t216
    t218 = 2.0*im_y_1_0
    t219 = im_x_1_0*t218
    t220 = 2.0*im_y_20_0
    t221 = im_x_20_0*t220
    t222 = 2.0*im_y_21_0
    t223 = im_x_21_0*t222
    t224 = 2.0*im_y_22_0
    t225 = im_x_22_0*t224
    t226 = 2.0*im_y_23_0
    t227 = im_x_23_0*t226
    t228 = 2.0*im_y_24_0
    t229 = im_x_24_0*t228
    t230 = 2.0*im_y_25_0
    t231 = im_x_25_0*t230
    t232 = 2.0*im_y_26_0
    t233 = im_x_26_0*t232
    t234 = 2.0*im_y_27_0
    t235 = im_x_27_0*t234
    t236 = 2.0*im_y_2_0
    t237 = im_x_2_0*t236
    t238 = 2.0*im_y_3_0
    t239 = im_x_3_0*t238
    t240 = im_f_10_2*im_y_10_0 + im_f_10_3*im_y_10_0 + im_f_4_2*im_y_4_0 + im_f_4_3*im_y_4_0
    t241 = im_f_12_2*im_y_12_0 + im_f_12_3*im_y_12_0 + im_f_6_2*im_y_6_0 + im_f_6_3*im_y_6_0
    t242 = im_f_11_2*im_y_11_0
    t243 = im_f_11_3*im_y_11_0
    t244 = im_f_5_2*im_y_5_0
    t245 = im_f_5_3*im_y_5_0
    t246 = im_x_0_1*t208
    t247 = im_x_16_1*t210
    t248 = im_x_17_1*t212
    t249 = im_x_18_1*t214
    t250 = im_x_19_1*t216
    t251 = im_x_1_1*t218
    t252 = im_x_20_1*t220
    t253 = im_x_21_1*t222
    t254 = im_x_22_1*t224
    t255 = im_x_23_1*t226
    t256 = im_x_24_1*t228
    t257 = im_x_25_1*t230
    t258 = im_x_26_1*t232
    t259 = im_x_27_1*t234
    t260 = im_x_2_1*t236
    t261 = im_x_3_1*t238
    t262 = im_f_15_2*im_y_15_0 + im_f_15_3*im_y_15_0 + im_f_9_2*im_y_9_0 + im_f_9_3*im_y_9_0
    t263 = im_x_0_2*t208
    t264 = im_x_16_2*t210
    t265 = im_x_17_2*t212
    t266 = im_x_18_2*t214
    t267 = im_x_19_2*t216
    t268 = im_x_1_2*t218
    t269 = im_x_20_2*t220
    t270 = im_x_21_2*t222
    t271 = im_x_22_2*t224
    t272 = im_x_23_2*t226
    t273 = im_x_24_2*t228
    t274 = im_x_25_2*t230
    t275 = im_x_26_2*t232
    t276 = im_x_27_2*t234
    t277 = im_x_2_2*t236
    t278 = im_x_3_2*t238
    t279 = im_f_13_2*im_y_13_1
    t280 = im_f_13_3*im_y_13_1
    t281 = im_f_14_2*im_y_14_1
    t282 = im_f_14_3*im_y_14_1
    t283 = im_f_7_2*im_y_7_1
    t284 = im_f_7_3*im_y_7_1
    t285 = im_f_8_2*im_y_8_1
    t286 = im_f_8_3*im_y_8_1
    t287 = 2.0*im_y_0_1
    t288 = im_x_0_0*t287
    t289 = 2.0*im_y_16_1
    t290 = im_x_16_0*t289
    t291 = 2.0*im_y_17_1
    t292 = im_x_17_0*t291
    t293 = 2.0*im_y_18_1
    t294 = im_x_18_0*t293
    t295 = 2.0*im_y_19_1
    t296 = im_x_19_0*t295
    t297 = 2.0*im_y_1_1
    t298 = im_x_1_0*t297
    t299 = 2.0*im_y_20_1
    t300 = im_x_20_0*t299
    t301 = 2.0*im_y_21_1
    t302 = im_x_21_0*t301
    t303 = 2.0*im_y_22_1
    t304 = im_x_22_0*t303
    t305 = 2.0*im_y_23_1
    t306 = im_x_23_0*t305
    t307 = 2.0*im_y_24_1
    t308 = im_x_24_0*t307
    t309 = 2.0*im_y_25_1
    t310 = im_x_25_0*t309
    t311 = 2.0*im_y_26_1
    t312 = im_x_26_0*t311
    t313 = 2.0*im_y_27_1
    t314 = im_x_27_0*t313
    t315 = 2.0*im_y_2_1
    t316 = im_x_2_0*t315
    t317 = 2.0*im_y_3_1
    t318 = im_x_3_0*t317
    t319 = im_f_10_2*im_y_10_1 + im_f_10_3*im_y_10_1 + im_f_4_2*im_y_4_1 + im_f_4_3*im_y_4_1
    t320 = im_f_12_2*im_y_12_1 + im_f_12_3*im_y_12_1 + im_f_6_2*im_y_6_1 + im_f_6_3*im_y_6_1
    t321 = im_f_11_2*im_y_11_1
    t322 = im_f_11_3*im_y_11_1
    t323 = im_f_5_2*im_y_5_1
    t324 = im_f_5_3*im_y_5_1
    t325 = im_x_0_1*t287
    t326 = im_x_16_1*t289
    t327 = im_x_17_1*t291
    t328 = im_x_18_1*t293
    t329 = im_x_19_1*t295
    t330 = im_x_1_1*t297
    t331 = im_x_20_1*t299
    t332 = im_x_21_1*t301
    t333 = im_x_22_1*t303
    t334 = im_x_23_1*t305
    t335 = im_x_24_1*t307
    t336 = im_x_25_1*t309
    t337 = im_x_26_1*t311
    t338 = im_x_27_1*t313
    t339 = im_x_2_1*t315
    t340 = im_x_3_1*t317
    t341 = im_f_15_2*im_y_15_1 + im_f_15_3*im_y_15_1 + im_f_9_2*im_y_9_1 + im_f_9_3*im_y_9_1
    t342 = im_x_0_2*t287
    t343 = im_x_16_2*t289
    t344 = im_x_17_2*t291
    t345 = im_x_18_2*t293
    t346 = im_x_19_2*t295
    t347 = im_x_1_2*t297
    t348 = im_x_20_2*t299
    t349 = im_x_21_2*t301
    t350 = im_x_22_2*t303
    t351 = im_x_23_2*t305
    t352 = im_x_24_2*t307
    t353 = im_x_25_2*t309
    t354 = im_x_26_2*t311
    t355 = im_x_27_2*t313
    t356 = im_x_2_2*t315
    t357 = im_x_3_2*t317
    t358 = im_f_13_2*im_y_13_2
    t359 = im_f_13_3*im_y_13_2
    t360 = im_f_14_2*im_y_14_2
    t361 = im_f_14_3*im_y_14_2
    t362 = im_f_7_2*im_y_7_2
    t363 = im_f_7_3*im_y_7_2
    t364 = im_f_8_2*im_y_8_2
    t365 = im_f_8_3*im_y_8_2
    t366 = 2.0*im_y_0_2
    t367 = im_x_0_0*t366
    t368 = 2.0*im_y_16_2
    t369 = im_x_16_0*t368
    t370 = 2.0*im_y_17_2
    t371 = im_x_17_0*t370
    t372 = 2.0*im_y_18_2
    t373 = im_x_18_0*t372
    t374 = 2.0*im_y_19_2
    t375 = im_x_19_0*t374
    t376 = 2.0*im_y_1_2
    t377 = im_x_1_0*t376
    t378 = 2.0*im_y_20_2
    t379 = im_x_20_0*t378
    t380 = 2.0*im_y_21_2
    t381 = im_x_21_0*t380
    t382 = 2.0*im_y_22_2
    t383 = im_x_22_0*t382
    t384 = 2.0*im_y_23_2
    t385 = im_x_23_0*t384
    t386 = 2.0*im_y_24_2
    t387 = im_x_24_0*t386
    t388 = 2.0*im_y_25_2
    t389 = im_x_25_0*t388
    t390 = 2.0*im_y_26_2
    t391 = im_x_26_0*t390
    t392 = 2.0*im_y_27_2
    t393 = im_x_27_0*t392
    t394 = 2.0*im_y_2_2
    t395 = im_x_2_0*t394
    t396 = 2.0*im_y_3_2
    t397 = im_x_3_0*t396
    t398 = im_f_10_2*im_y_10_2 + im_f_10_3*im_y_10_2 + im_f_4_2*im_y_4_2 + im_f_4_3*im_y_4_2
    t399 = im_f_12_2*im_y_12_2 + im_f_12_3*im_y_12_2 + im_f_6_2*im_y_6_2 + im_f_6_3*im_y_6_2
    t400 = im_f_11_2*im_y_11_2
    t401 = im_f_11_3*im_y_11_2
    t402 = im_f_5_2*im_y_5_2
    t403 = im_f_5_3*im_y_5_2
    t404 = im_x_0_1*t366
    t405 = im_x_16_1*t368
    t406 = im_x_17_1*t370
    t407 = im_x_18_1*t372
    t408 = im_x_19_1*t374
    t409 = im_x_1_1*t376
    t410 = im_x_20_1*t378
    t411 = im_x_21_1*t380
    t412 = im_x_22_1*t382
    t413 = im_x_23_1*t384
    t414 = im_x_24_1*t386
    t415 = im_x_25_1*t388
    t416 = im_x_26_1*t390
    t417 = im_x_27_1*t392
    t418 = im_x_2_1*t394
    t419 = im_x_3_1*t396
    t420 = im_f_15_2*im_y_15_2 + im_f_15_3*im_y_15_2 + im_f_9_2*im_y_9_2 + im_f_9_3*im_y_9_2
    t421 = im_x_0_2*t366
    t422 = im_x_16_2*t368
    t423 = im_x_17_2*t370
    t424 = im_x_18_2*t372
    t425 = im_x_19_2*t374
    t426 = im_x_1_2*t376
    t427 = im_x_20_2*t378
    t428 = im_x_21_2*t380
    t429 = im_x_22_2*t382
    t430 = im_x_23_2*t384
    t431 = im_x_24_2*t386
    t432 = im_x_25_2*t388
    t433 = im_x_26_2*t390
    t434 = im_x_27_2*t392
    t435 = im_x_2_2*t394
    t436 = im_x_3_2*t396
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
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_0) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_1) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_2) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_3) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_4) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_5) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_6) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_7) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_8) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_9) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_10) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_11) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_12) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_13) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_14) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_15) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_16) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_17) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_18) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_19) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_20) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_21) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_22) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_23) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_24) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_25) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_26) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_27) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_0) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_1) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_3) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_4) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_5) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_6) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_7) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_8) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_9) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_10) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_11) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_12) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_13) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_14) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_15) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_16) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_17) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_18) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_19) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_20) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_21) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_22) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_23) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_24) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_25) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_26) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_27) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_28) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_29) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_30) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_31) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_32) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_33) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_34) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_35) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_36) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_37) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_38) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_39) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_40) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_41) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    out = numpy.empty(batch + (9,))
    out[..., 0] = t240 + t241 - t200 - t201 - t202 - t203 - t204 - t205 - t206 - t207 + im_f_0_2*t209 + im_f_0_3*t209 + im_f_16_2*t211 + im_f_16_3*t211 + im_f_17_2*t213 + im_f_17_3*t213 + im_f_18_2*t215 + im_f_18_3*t215 + im_f_19_2*t217 + im_f_19_3*t217 + im_f_1_2*t219 + im_f_1_3*t219 + im_f_20_2*t221 + im_f_20_3*t221 + im_f_21_2*t223 + im_f_21_3*t223 + im_f_22_2*t225 + im_f_22_3*t225 + im_f_23_2*t227 + im_f_23_3*t227 + im_f_24_2*t229 + im_f_24_3*t229 + im_f_25_2*t231 + im_f_25_3*t231 + im_f_26_2*t233 + im_f_26_3*t233 + im_f_27_2*t235 + im_f_27_3*t235 + im_f_2_2*t237 + im_f_2_3*t237 + im_f_3_2*t239 + im_f_3_3*t239
    out[..., 1] = t200 + t201 + t204 + t205 + t240 + t262 - t242 - t243 - t244 - t245 + im_f_0_2*t246 + im_f_0_3*t246 + im_f_16_2*t247 + im_f_16_3*t247 + im_f_17_2*t248 + im_f_17_3*t248 + im_f_18_2*t249 + im_f_18_3*t249 + im_f_19_2*t250 + im_f_19_3*t250 + im_f_1_2*t251 + im_f_1_3*t251 + im_f_20_2*t252 + im_f_20_3*t252 + im_f_21_2*t253 + im_f_21_3*t253 + im_f_22_2*t254 + im_f_22_3*t254 + im_f_23_2*t255 + im_f_23_3*t255 + im_f_24_2*t256 + im_f_24_3*t256 + im_f_25_2*t257 + im_f_25_3*t257 + im_f_26_2*t258 + im_f_26_3*t258 + im_f_27_2*t259 + im_f_27_3*t259 + im_f_2_2*t260 + im_f_2_3*t260 + im_f_3_2*t261 + im_f_3_3*t261
    out[..., 2] = t202 + t203 + t206 + t207 + t241 + t242 + t243 + t244 + t245 + t262 + im_f_0_2*t263 + im_f_0_3*t263 + im_f_16_2*t264 + im_f_16_3*t264 + im_f_17_2*t265 + im_f_17_3*t265 + im_f_18_2*t266 + im_f_18_3*t266 + im_f_19_2*t267 + im_f_19_3*t267 + im_f_1_2*t268 + im_f_1_3*t268 + im_f_20_2*t269 + im_f_20_3*t269 + im_f_21_2*t270 + im_f_21_3*t270 + im_f_22_2*t271 + im_f_22_3*t271 + im_f_23_2*t272 + im_f_23_3*t272 + im_f_24_2*t273 + im_f_24_3*t273 + im_f_25_2*t274 + im_f_25_3*t274 + im_f_26_2*t275 + im_f_26_3*t275 + im_f_27_2*t276 + im_f_27_3*t276 + im_f_2_2*t277 + im_f_2_3*t277 + im_f_3_2*t278 + im_f_3_3*t278
    out[..., 3] = t319 + t320 - t279 - t280 - t281 - t282 - t283 - t284 - t285 - t286 + im_f_0_2*t288 + im_f_0_3*t288 + im_f_16_2*t290 + im_f_16_3*t290 + im_f_17_2*t292 + im_f_17_3*t292 + im_f_18_2*t294 + im_f_18_3*t294 + im_f_19_2*t296 + im_f_19_3*t296 + im_f_1_2*t298 + im_f_1_3*t298 + im_f_20_2*t300 + im_f_20_3*t300 + im_f_21_2*t302 + im_f_21_3*t302 + im_f_22_2*t304 + im_f_22_3*t304 + im_f_23_2*t306 + im_f_23_3*t306 + im_f_24_2*t308 + im_f_24_3*t308 + im_f_25_2*t310 + im_f_25_3*t310 + im_f_26_2*t312 + im_f_26_3*t312 + im_f_27_2*t314 + im_f_27_3*t314 + im_f_2_2*t316 + im_f_2_3*t316 + im_f_3_2*t318 + im_f_3_3*t318
    out[..., 4] = t279 + t280 + t283 + t284 + t319 + t341 - t321 - t322 - t323 - t324 + im_f_0_2*t325 + im_f_0_3*t325 + im_f_16_2*t326 + im_f_16_3*t326 + im_f_17_2*t327 + im_f_17_3*t327 + im_f_18_2*t328 + im_f_18_3*t328 + im_f_19_2*t329 + im_f_19_3*t329 + im_f_1_2*t330 + im_f_1_3*t330 + im_f_20_2*t331 + im_f_20_3*t331 + im_f_21_2*t332 + im_f_21_3*t332 + im_f_22_2*t333 + im_f_22_3*t333 + im_f_23_2*t334 + im_f_23_3*t334 + im_f_24_2*t335 + im_f_24_3*t335 + im_f_25_2*t336 + im_f_25_3*t336 + im_f_26_2*t337 + im_f_26_3*t337 + im_f_27_2*t338 + im_f_27_3*t338 + im_f_2_2*t339 + im_f_2_3*t339 + im_f_3_2*t340 + im_f_3_3*t340
    out[..., 5] = t281 + t282 + t285 + t286 + t320 + t321 + t322 + t323 + t324 + t341 + im_f_0_2*t342 + im_f_0_3*t342 + im_f_16_2*t343 + im_f_16_3*t343 + im_f_17_2*t344 + im_f_17_3*t344 + im_f_18_2*t345 + im_f_18_3*t345 + im_f_19_2*t346 + im_f_19_3*t346 + im_f_1_2*t347 + im_f_1_3*t347 + im_f_20_2*t348 + im_f_20_3*t348 + im_f_21_2*t349 + im_f_21_3*t349 + im_f_22_2*t350 + im_f_22_3*t350 + im_f_23_2*t351 + im_f_23_3*t351 + im_f_24_2*t352 + im_f_24_3*t352 + im_f_25_2*t353 + im_f_25_3*t353 + im_f_26_2*t354 + im_f_26_3*t354 + im_f_27_2*t355 + im_f_27_3*t355 + im_f_2_2*t356 + im_f_2_3*t356 + im_f_3_2*t357 + im_f_3_3*t357
    out[..., 6] = t398 + t399 - t358 - t359 - t360 - t361 - t362 - t363 - t364 - t365 + im_f_0_2*t367 + im_f_0_3*t367 + im_f_16_2*t369 + im_f_16_3*t369 + im_f_17_2*t371 + im_f_17_3*t371 + im_f_18_2*t373 + im_f_18_3*t373 + im_f_19_2*t375 + im_f_19_3*t375 + im_f_1_2*t377 + im_f_1_3*t377 + im_f_20_2*t379 + im_f_20_3*t379 + im_f_21_2*t381 + im_f_21_3*t381 + im_f_22_2*t383 + im_f_22_3*t383 + im_f_23_2*t385 + im_f_23_3*t385 + im_f_24_2*t387 + im_f_24_3*t387 + im_f_25_2*t389 + im_f_25_3*t389 + im_f_26_2*t391 + im_f_26_3*t391 + im_f_27_2*t393 + im_f_27_3*t393 + im_f_2_2*t395 + im_f_2_3*t395 + im_f_3_2*t397 + im_f_3_3*t397
    out[..., 7] = t358 + t359 + t362 + t363 + t398 + t420 - t400 - t401 - t402 - t403 + im_f_0_2*t404 + im_f_0_3*t404 + im_f_16_2*t405 + im_f_16_3*t405 + im_f_17_2*t406 + im_f_17_3*t406 + im_f_18_2*t407 + im_f_18_3*t407 + im_f_19_2*t408 + im_f_19_3*t408 + im_f_1_2*t409 + im_f_1_3*t409 + im_f_20_2*t410 + im_f_20_3*t410 + im_f_21_2*t411 + im_f_21_3*t411 + im_f_22_2*t412 + im_f_22_3*t412 + im_f_23_2*t413 + im_f_23_3*t413 + im_f_24_2*t414 + im_f_24_3*t414 + im_f_25_2*t415 + im_f_25_3*t415 + im_f_26_2*t416 + im_f_26_3*t416 + im_f_27_2*t417 + im_f_27_3*t417 + im_f_2_2*t418 + im_f_2_3*t418 + im_f_3_2*t419 + im_f_3_3*t419
    out[..., 8] = t360 + t361 + t364 + t365 + t399 + t400 + t401 + t402 + t403 + t420 + im_f_0_2*t421 + im_f_0_3*t421 + im_f_16_2*t422 + im_f_16_3*t422 + im_f_17_2*t423 + im_f_17_3*t423 + im_f_18_2*t424 + im_f_18_3*t424 + im_f_19_2*t425 + im_f_19_3*t425 + im_f_1_2*t426 + im_f_1_3*t426 + im_f_20_2*t427 + im_f_20_3*t427 + im_f_21_2*t428 + im_f_21_3*t428 + im_f_22_2*t429 + im_f_22_3*t429 + im_f_23_2*t430 + im_f_23_3*t430 + im_f_24_2*t431 + im_f_24_3*t431 + im_f_25_2*t432 + im_f_25_3*t432 + im_f_26_2*t433 + im_f_26_3*t433 + im_f_27_2*t434 + im_f_27_3*t434 + im_f_2_2*t435 + im_f_2_3*t435 + im_f_3_2*t436 + im_f_3_3*t436
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
    t0 = 0.39808566187049854*in_q_0
    im_x_0_0 = t0
    t1 = 0.39808566187049854*in_q_1
    t2 = -0.5 + t1
    im_x_0_1 = t2
    t3 = 0.39808566187049854*in_q_2
    t4 = -0.5 + t3
    im_x_0_2 = t4
    t5 = 1.0 + in_A_0
    im_y_0_0 = im_x_0_0*t5 + im_x_0_1*in_A_1 + im_x_0_2*in_A_2
    t6 = 1.0 + in_A_4
    im_y_0_1 = im_x_0_0*in_A_3 + im_x_0_1*t6 + im_x_0_2*in_A_5
    t7 = 1.0 + in_A_8
    im_y_0_2 = im_x_0_0*in_A_6 + im_x_0_1*in_A_7 + im_x_0_2*t7
    t10 = (im_y_0_2)**2
    t8 = (im_y_0_0)**2
    t9 = (im_y_0_1)**2
    im_r2_0 = t10 + t8 + t9
    im_f_0_2 = 0.012051193439499478/(im_r2_0)**4
    im_f_0_3 = -9.592223000485804e-05/(im_r2_0)**7
    im_f_0_4 = 0.0006714556100340063/(im_r2_0)**8
    im_f_0_5 = -0.048204773757997914/(im_r2_0)**5
    t11 = -0.5 + t0
    im_x_1_0 = t11
    im_x_1_1 = t1
    im_x_1_2 = t4
    im_y_1_0 = im_x_1_0*t5 + im_x_1_1*in_A_1 + im_x_1_2*in_A_2
    im_y_1_1 = im_x_1_0*in_A_3 + im_x_1_1*t6 + im_x_1_2*in_A_5
    im_y_1_2 = im_x_1_0*in_A_6 + im_x_1_1*in_A_7 + im_x_1_2*t7
    t12 = (im_y_1_0)**2
    t13 = (im_y_1_1)**2
    t14 = (im_y_1_2)**2
    im_r2_1 = t12 + t13 + t14
    im_f_1_2 = 0.012051193439499478/(im_r2_1)**4
    im_f_1_3 = -9.592223000485804e-05/(im_r2_1)**7
    im_f_1_4 = 0.0006714556100340063/(im_r2_1)**8
    im_f_1_5 = -0.048204773757997914/(im_r2_1)**5
    im_x_2_0 = t11
    im_x_2_1 = t2
    im_x_2_2 = t3
    im_y_2_0 = im_x_2_0*t5 + im_x_2_1*in_A_1 + im_x_2_2*in_A_2
    im_y_2_1 = im_x_2_0*in_A_3 + im_x_2_1*t6 + im_x_2_2*in_A_5
    im_y_2_2 = im_x_2_0*in_A_6 + im_x_2_1*in_A_7 + im_x_2_2*t7
    t15 = (im_y_2_0)**2
    t16 = (im_y_2_1)**2
    t17 = (im_y_2_2)**2
    im_r2_2 = t15 + t16 + t17
    im_f_2_2 = 0.012051193439499478/(im_r2_2)**4
    im_f_2_3 = -9.592223000485804e-05/(im_r2_2)**7
    im_f_2_4 = 0.0006714556100340063/(im_r2_2)**8
    im_f_2_5 = -0.048204773757997914/(im_r2_2)**5
    im_x_3_0 = t0
    im_x_3_1 = t1
    im_x_3_2 = t3
    im_y_3_0 = im_x_3_0*t5 + im_x_3_1*in_A_1 + im_x_3_2*in_A_2
    im_y_3_1 = im_x_3_0*in_A_3 + im_x_3_1*t6 + im_x_3_2*in_A_5
    im_y_3_2 = im_x_3_0*in_A_6 + im_x_3_1*in_A_7 + im_x_3_2*t7
    t18 = (im_y_3_0)**2
    t19 = (im_y_3_1)**2
    t20 = (im_y_3_2)**2
    im_r2_3 = t18 + t19 + t20
    im_f_3_2 = 0.012051193439499478/(im_r2_3)**4
    im_f_3_3 = -9.592223000485804e-05/(im_r2_3)**7
    im_f_3_4 = 0.0006714556100340063/(im_r2_3)**8
    im_f_3_5 = -0.048204773757997914/(im_r2_3)**5
    t21 = (0.5)*in_A_1
    t22 = 0.5 + (0.5)*in_A_0
    t23 = t21 + t22
    im_y_4_0 = t23
    t24 = (0.5)*in_A_3
    t25 = (0.5)*in_A_4
    t26 = 0.5 + t25
    t27 = t24 + t26
    im_y_4_1 = t27
    t28 = (0.5)*in_A_6
    t29 = (0.5)*in_A_7
    t30 = t28 + t29
    im_y_4_2 = t30
    t31 = (im_y_4_0)**2
    t32 = (im_y_4_1)**2
    t33 = (im_y_4_2)**2
    im_r2_4 = t31 + t32 + t33
    im_f_4_2 = 0.012051193439499478/(im_r2_4)**4
    im_f_4_3 = -9.592223000485804e-05/(im_r2_4)**7
    im_f_4_4 = 0.0006714556100340063/(im_r2_4)**8
    im_f_4_5 = -0.048204773757997914/(im_r2_4)**5
    t34 = (0.5)*in_A_2
    t35 = -t34
    t36 = t21 + t35
    t37 = -t36
    im_y_5_0 = t37
    t38 = (0.5)*in_A_5
    t39 = -t38
    t40 = t26 + t39
    t41 = -t40
    im_y_5_1 = t41
    t42 = -t29
    t43 = (0.5)*in_A_8
    t44 = 0.5 + t43
    t45 = t42 + t44
    im_y_5_2 = t45
    t46 = (im_y_5_0)**2
    t47 = (im_y_5_1)**2
    t48 = (im_y_5_2)**2
    im_r2_5 = t46 + t47 + t48
    im_f_5_2 = 0.012051193439499478/(im_r2_5)**4
    im_f_5_3 = -9.592223000485804e-05/(im_r2_5)**7
    im_f_5_4 = 0.0006714556100340063/(im_r2_5)**8
    im_f_5_5 = -0.048204773757997914/(im_r2_5)**5
    t49 = t22 + t34
    im_y_6_0 = t49
    t50 = t24 + t38
    im_y_6_1 = t50
    t51 = t28 + t44
    im_y_6_2 = t51
    t52 = (im_y_6_0)**2
    t53 = (im_y_6_1)**2
    t54 = (im_y_6_2)**2
    im_r2_6 = t52 + t53 + t54
    im_f_6_2 = 0.012051193439499478/(im_r2_6)**4
    im_f_6_3 = -9.592223000485804e-05/(im_r2_6)**7
    im_f_6_4 = 0.0006714556100340063/(im_r2_6)**8
    im_f_6_5 = -0.048204773757997914/(im_r2_6)**5
    t55 = -t21
    t56 = t22 + t55
    t57 = -t56
    im_y_7_0 = t57
    t58 = -t24
    t59 = t26 + t58
    im_y_7_1 = t59
    t60 = t28 + t42
    t61 = -t60
    im_y_7_2 = t61
    t62 = (im_y_7_0)**2
    t63 = (im_y_7_1)**2
    t64 = (im_y_7_2)**2
    im_r2_7 = t62 + t63 + t64
    im_f_7_2 = 0.012051193439499478/(im_r2_7)**4
    im_f_7_3 = -9.592223000485804e-05/(im_r2_7)**7
    im_f_7_4 = 0.0006714556100340063/(im_r2_7)**8
    im_f_7_5 = -0.048204773757997914/(im_r2_7)**5
    t65 = t22 + t35
    t66 = -t65
    im_y_8_0 = t66
    t67 = t24 + t39
    t68 = -t67
    im_y_8_1 = t68
    t69 = -t28
    t70 = t44 + t69
    im_y_8_2 = t70
    t71 = (im_y_8_0)**2
    t72 = (im_y_8_1)**2
    t73 = (im_y_8_2)**2
    im_r2_8 = t71 + t72 + t73
    im_f_8_2 = 0.012051193439499478/(im_r2_8)**4
    im_f_8_3 = -9.592223000485804e-05/(im_r2_8)**7
    im_f_8_4 = 0.0006714556100340063/(im_r2_8)**8
    im_f_8_5 = -0.048204773757997914/(im_r2_8)**5
    t74 = t21 + t34
    im_y_9_0 = t74
    t75 = t26 + t38
    im_y_9_1 = t75
    t76 = t29 + t44
    im_y_9_2 = t76
    t77 = (im_y_9_0)**2
    t78 = (im_y_9_1)**2
    t79 = (im_y_9_2)**2
    im_r2_9 = t77 + t78 + t79
    im_f_9_2 = 0.012051193439499478/(im_r2_9)**4
    im_f_9_3 = -9.592223000485804e-05/(im_r2_9)**7
    im_f_9_4 = 0.0006714556100340063/(im_r2_9)**8
    im_f_9_5 = -0.048204773757997914/(im_r2_9)**5
    im_y_10_0 = t23
    im_y_10_1 = t27
    im_y_10_2 = t30
    t80 = (im_y_10_0)**2
    t81 = (im_y_10_1)**2
    t82 = (im_y_10_2)**2
    im_r2_10 = t80 + t81 + t82
    im_f_10_2 = 0.012051193439499478/(im_r2_10)**4
    im_f_10_3 = -9.592223000485804e-05/(im_r2_10)**7
    im_f_10_4 = 0.0006714556100340063/(im_r2_10)**8
    im_f_10_5 = -0.048204773757997914/(im_r2_10)**5
    im_y_11_0 = t37
    im_y_11_1 = t41
    im_y_11_2 = t45
    t83 = (im_y_11_0)**2
    t84 = (im_y_11_1)**2
    t85 = (im_y_11_2)**2
    im_r2_11 = t83 + t84 + t85
    im_f_11_2 = 0.012051193439499478/(im_r2_11)**4
    im_f_11_3 = -9.592223000485804e-05/(im_r2_11)**7
    im_f_11_4 = 0.0006714556100340063/(im_r2_11)**8
    im_f_11_5 = -0.048204773757997914/(im_r2_11)**5
    im_y_12_0 = t49
    im_y_12_1 = t50
    im_y_12_2 = t51
    t86 = (im_y_12_0)**2
    t87 = (im_y_12_1)**2
    t88 = (im_y_12_2)**2
    im_r2_12 = t86 + t87 + t88
    im_f_12_2 = 0.012051193439499478/(im_r2_12)**4
    im_f_12_3 = -9.592223000485804e-05/(im_r2_12)**7
    im_f_12_4 = 0.0006714556100340063/(im_r2_12)**8
    im_f_12_5 = -0.048204773757997914/(im_r2_12)**5
    im_y_13_0 = t57
    im_y_13_1 = t59
    im_y_13_2 = t61
    t89 = (im_y_13_0)**2
    t90 = (im_y_13_1)**2
    t91 = (im_y_13_2)**2
    im_r2_13 = t89 + t90 + t91
    im_f_13_2 = 0.012051193439499478/(im_r2_13)**4
    im_f_13_3 = -9.592223000485804e-05/(im_r2_13)**7
    im_f_13_4 = 0.0006714556100340063/(im_r2_13)**8
    im_f_13_5 = -0.048204773757997914/(im_r2_13)**5
    im_y_14_0 = t66
    im_y_14_1 = t68
    im_y_14_2 = t70
    t92 = (im_y_14_0)**2
    t93 = (im_y_14_1)**2
    t94 = (im_y_14_2)**2
    im_r2_14 = t92 + t93 + t94
    im_f_14_2 = 0.012051193439499478/(im_r2_14)**4
    im_f_14_3 = -9.592223000485804e-05/(im_r2_14)**7
    im_f_14_4 = 0.0006714556100340063/(im_r2_14)**8
    im_f_14_5 = -0.048204773757997914/(im_r2_14)**5
    im_y_15_0 = t74
    im_y_15_1 = t75
    im_y_15_2 = t76
    t95 = (im_y_15_0)**2
    t96 = (im_y_15_1)**2
    t97 = (im_y_15_2)**2
    im_r2_15 = t95 + t96 + t97
    im_f_15_2 = 0.012051193439499478/(im_r2_15)**4
    im_f_15_3 = -9.592223000485804e-05/(im_r2_15)**7
    im_f_15_4 = 0.0006714556100340063/(im_r2_15)**8
    im_f_15_5 = -0.048204773757997914/(im_r2_15)**5
    im_x_16_0 = t11
    im_x_16_1 = t2
    t98 = -1.0 + t3
    im_x_16_2 = t98
    im_y_16_0 = im_x_16_0*t5 + im_x_16_1*in_A_1 + im_x_16_2*in_A_2
    im_y_16_1 = im_x_16_0*in_A_3 + im_x_16_1*t6 + im_x_16_2*in_A_5
    im_y_16_2 = im_x_16_0*in_A_6 + im_x_16_1*in_A_7 + im_x_16_2*t7
    t100 = (im_y_16_1)**2
    t101 = (im_y_16_2)**2
    t99 = (im_y_16_0)**2
    im_r2_16 = t100 + t101 + t99
    im_f_16_2 = 0.012051193439499478/(im_r2_16)**4
    im_f_16_3 = -9.592223000485804e-05/(im_r2_16)**7
    im_f_16_4 = 0.0006714556100340063/(im_r2_16)**8
    im_f_16_5 = -0.048204773757997914/(im_r2_16)**5
    im_x_17_0 = t0
    im_x_17_1 = t1
    im_x_17_2 = t98
    im_y_17_0 = im_x_17_0*t5 + im_x_17_1*in_A_1 + im_x_17_2*in_A_2
    im_y_17_1 = im_x_17_0*in_A_3 + im_x_17_1*t6 + im_x_17_2*in_A_5
    im_y_17_2 = im_x_17_0*in_A_6 + im_x_17_1*in_A_7 + im_x_17_2*t7
    t102 = (im_y_17_0)**2
    t103 = (im_y_17_1)**2
    t104 = (im_y_17_2)**2
    im_r2_17 = t102 + t103 + t104
    im_f_17_2 = 0.012051193439499478/(im_r2_17)**4
    im_f_17_3 = -9.592223000485804e-05/(im_r2_17)**7
    im_f_17_4 = 0.0006714556100340063/(im_r2_17)**8
    im_f_17_5 = -0.048204773757997914/(im_r2_17)**5
    im_x_18_0 = t11
    t105 = -1.0 + t1
    im_x_18_1 = t105
    im_x_18_2 = t4
    im_y_18_0 = im_x_18_0*t5 + im_x_18_1*in_A_1 + im_x_18_2*in_A_2
    im_y_18_1 = im_x_18_0*in_A_3 + im_x_18_1*t6 + im_x_18_2*in_A_5
    im_y_18_2 = im_x_18_0*in_A_6 + im_x_18_1*in_A_7 + im_x_18_2*t7
    t106 = (im_y_18_0)**2
    t107 = (im_y_18_1)**2
    t108 = (im_y_18_2)**2
    im_r2_18 = t106 + t107 + t108
    im_f_18_2 = 0.012051193439499478/(im_r2_18)**4
    im_f_18_3 = -9.592223000485804e-05/(im_r2_18)**7
    im_f_18_4 = 0.0006714556100340063/(im_r2_18)**8
    im_f_18_5 = -0.048204773757997914/(im_r2_18)**5
    t109 = 0.5 + t0
    im_x_19_0 = t109
    im_x_19_1 = t1
    im_x_19_2 = t4
    im_y_19_0 = im_x_19_0*t5 + im_x_19_1*in_A_1 + im_x_19_2*in_A_2
    im_y_19_1 = im_x_19_0*in_A_3 + im_x_19_1*t6 + im_x_19_2*in_A_5
    im_y_19_2 = im_x_19_0*in_A_6 + im_x_19_1*in_A_7 + im_x_19_2*t7
    t110 = (im_y_19_0)**2
    t111 = (im_y_19_1)**2
    t112 = (im_y_19_2)**2
    im_r2_19 = t110 + t111 + t112
    im_f_19_2 = 0.012051193439499478/(im_r2_19)**4
    im_f_19_3 = -9.592223000485804e-05/(im_r2_19)**7
    im_f_19_4 = 0.0006714556100340063/(im_r2_19)**8
    im_f_19_5 = -0.048204773757997914/(im_r2_19)**5
    im_x_20_0 = t0
    im_x_20_1 = t105
    im_x_20_2 = t3
    im_y_20_0 = im_x_20_0*t5 + im_x_20_1*in_A_1 + im_x_20_2*in_A_2
    im_y_20_1 = im_x_20_0*in_A_3 + im_x_20_1*t6 + im_x_20_2*in_A_5
    im_y_20_2 = im_x_20_0*in_A_6 + im_x_20_1*in_A_7 + im_x_20_2*t7
    t113 = (im_y_20_0)**2
    t114 = (im_y_20_1)**2
    t115 = (im_y_20_2)**2
    im_r2_20 = t113 + t114 + t115
    im_f_20_2 = 0.012051193439499478/(im_r2_20)**4
    im_f_20_3 = -9.592223000485804e-05/(im_r2_20)**7
    im_f_20_4 = 0.0006714556100340063/(im_r2_20)**8
    im_f_20_5 = -0.048204773757997914/(im_r2_20)**5
    t116 = -1.0 + t0
    im_x_21_0 = t116
    im_x_21_1 = t2
    im_x_21_2 = t4
    im_y_21_0 = im_x_21_0*t5 + im_x_21_1*in_A_1 + im_x_21_2*in_A_2
    im_y_21_1 = im_x_21_0*in_A_3 + im_x_21_1*t6 + im_x_21_2*in_A_5
    im_y_21_2 = im_x_21_0*in_A_6 + im_x_21_1*in_A_7 + im_x_21_2*t7
    t117 = (im_y_21_0)**2
    t118 = (im_y_21_1)**2
    t119 = (im_y_21_2)**2
    im_r2_21 = t117 + t118 + t119
    im_f_21_2 = 0.012051193439499478/(im_r2_21)**4
    im_f_21_3 = -9.592223000485804e-05/(im_r2_21)**7
    im_f_21_4 = 0.0006714556100340063/(im_r2_21)**8
    im_f_21_5 = -0.048204773757997914/(im_r2_21)**5
    im_x_22_0 = t0
    t120 = 0.5 + t1
    im_x_22_1 = t120
    im_x_22_2 = t4
    im_y_22_0 = im_x_22_0*t5 + im_x_22_1*in_A_1 + im_x_22_2*in_A_2
    im_y_22_1 = im_x_22_0*in_A_3 + im_x_22_1*t6 + im_x_22_2*in_A_5
    im_y_22_2 = im_x_22_0*in_A_6 + im_x_22_1*in_A_7 + im_x_22_2*t7
    t121 = (im_y_22_0)**2
    t122 = (im_y_22_1)**2
    t123 = (im_y_22_2)**2
    im_r2_22 = t121 + t122 + t123
    im_f_22_2 = 0.012051193439499478/(im_r2_22)**4
    im_f_22_3 = -9.592223000485804e-05/(im_r2_22)**7
    im_f_22_4 = 0.0006714556100340063/(im_r2_22)**8
    im_f_22_5 = -0.048204773757997914/(im_r2_22)**5
    im_x_23_0 = t0
    im_x_23_1 = t2
    t124 = 0.5 + t3
    im_x_23_2 = t124
    im_y_23_0 = im_x_23_0*t5 + im_x_23_1*in_A_1 + im_x_23_2*in_A_2
    im_y_23_1 = im_x_23_0*in_A_3 + im_x_23_1*t6 + im_x_23_2*in_A_5
    im_y_23_2 = im_x_23_0*in_A_6 + im_x_23_1*in_A_7 + im_x_23_2*t7
    t125 = (im_y_23_0)**2
    t126 = (im_y_23_1)**2
    t127 = (im_y_23_2)**2
    im_r2_23 = t125 + t126 + t127
    im_f_23_2 = 0.012051193439499478/(im_r2_23)**4
    im_f_23_3 = -9.592223000485804e-05/(im_r2_23)**7
    im_f_23_4 = 0.0006714556100340063/(im_r2_23)**8
    im_f_23_5 = -0.048204773757997914/(im_r2_23)**5
    im_x_24_0 = t116
    im_x_24_1 = t1
    im_x_24_2 = t3
    im_y_24_0 = im_x_24_0*t5 + im_x_24_1*in_A_1 + im_x_24_2*in_A_2
    im_y_24_1 = im_x_24_0*in_A_3 + im_x_24_1*t6 + im_x_24_2*in_A_5
    im_y_24_2 = im_x_24_0*in_A_6 + im_x_24_1*in_A_7 + im_x_24_2*t7
    t128 = (im_y_24_0)**2
    t129 = (im_y_24_1)**2
    t130 = (im_y_24_2)**2
    im_r2_24 = t128 + t129 + t130
    im_f_24_2 = 0.012051193439499478/(im_r2_24)**4
    im_f_24_3 = -9.592223000485804e-05/(im_r2_24)**7
    im_f_24_4 = 0.0006714556100340063/(im_r2_24)**8
    im_f_24_5 = -0.048204773757997914/(im_r2_24)**5
    im_x_25_0 = t109
    im_x_25_1 = t2
    im_x_25_2 = t3
    im_y_25_0 = im_x_25_0*t5 + im_x_25_1*in_A_1 + im_x_25_2*in_A_2
    im_y_25_1 = im_x_25_0*in_A_3 + im_x_25_1*t6 + im_x_25_2*in_A_5
    im_y_25_2 = im_x_25_0*in_A_6 + im_x_25_1*in_A_7 + im_x_25_2*t7
    t131 = (im_y_25_0)**2
    t132 = (im_y_25_1)**2
    t133 = (im_y_25_2)**2
    im_r2_25 = t131 + t132 + t133
    im_f_25_2 = 0.012051193439499478/(im_r2_25)**4
    im_f_25_3 = -9.592223000485804e-05/(im_r2_25)**7
    im_f_25_4 = 0.0006714556100340063/(im_r2_25)**8
    im_f_25_5 = -0.048204773757997914/(im_r2_25)**5
    im_x_26_0 = t11
    im_x_26_1 = t120
    im_x_26_2 = t3
    im_y_26_0 = im_x_26_0*t5 + im_x_26_1*in_A_1 + im_x_26_2*in_A_2
    im_y_26_1 = im_x_26_0*in_A_3 + im_x_26_1*t6 + im_x_26_2*in_A_5
    im_y_26_2 = im_x_26_0*in_A_6 + im_x_26_1*in_A_7 + im_x_26_2*t7
    t134 = (im_y_26_0)**2
    t135 = (im_y_26_1)**2
    t136 = (im_y_26_2)**2
    im_r2_26 = t134 + t135 + t136
    im_f_26_2 = 0.012051193439499478/(im_r2_26)**4
    im_f_26_3 = -9.592223000485804e-05/(im_r2_26)**7
    im_f_26_4 = 0.0006714556100340063/(im_r2_26)**8
    im_f_26_5 = -0.048204773757997914/(im_r2_26)**5
    im_x_27_0 = t11
    im_x_27_1 = t1
    im_x_27_2 = t124
    im_y_27_0 = im_x_27_0*t5 + im_x_27_1*in_A_1 + im_x_27_2*in_A_2
    im_y_27_1 = im_x_27_0*in_A_3 + im_x_27_1*t6 + im_x_27_2*in_A_5
    im_y_27_2 = im_x_27_0*in_A_6 + im_x_27_1*in_A_7 + im_x_27_2*t7
    t137 = (im_y_27_0)**2
    t138 = (im_y_27_1)**2
    t139 = (im_y_27_2)**2
    im_r2_27 = t137 + t138 + t139
    im_f_27_2 = 0.012051193439499478/(im_r2_27)**4
    im_f_27_3 = -9.592223000485804e-05/(im_r2_27)**7
    im_f_27_4 = 0.0006714556100340063/(im_r2_27)**8
    im_f_27_5 = -0.048204773757997914/(im_r2_27)**5
    t140 = (in_A_3)**2
    t141 = (in_A_6)**2
    t142 = t140 + t141
    t143 = t142 + (t5)**2
    im_r2w_0 = t143
    t144 = (in_A_1)**2
    t145 = (in_A_7)**2
    t146 = t144 + t145 + (t6)**2
    im_r2w_1 = t146
    t147 = (in_A_2)**2
    t148 = (in_A_5)**2
    t149 = t147 + t148 + (t7)**2
    im_r2w_2 = t149
    im_r2w_3 = t143
    im_r2w_4 = t146
    im_r2w_5 = t149
    t150 = in_A_1*t105
    t151 = in_A_2*t98
    t152 = t0*t5
    t153 = in_A_5*t98
    t154 = t105*t6
    t155 = in_A_3*t0
    t156 = in_A_7*t105
    t157 = t7*t98
    t158 = in_A_6*t0
    im_r2w_6 = (t150 + t151 + t152)**2 + (t153 + t154 + t155)**2 + (t156 + t157 + t158)**2
    t159 = in_A_1*t2
    t160 = t109*t5
    t161 = in_A_3*t109
    t162 = t2*t6
    t163 = in_A_6*t109
    t164 = in_A_7*t2
    im_r2w_7 = (t151 + t159 + t160)**2 + (t153 + t161 + t162)**2 + (t157 + t163 + t164)**2
    t165 = t116*t5
    t166 = in_A_1*t1
    t167 = in_A_3*t116
    t168 = t1*t6
    t169 = in_A_6*t116
    t170 = in_A_7*t1
    im_r2w_8 = (t151 + t165 + t166)**2 + (t153 + t167 + t168)**2 + (t157 + t169 + t170)**2
    t171 = in_A_1*t120
    t172 = t11*t5
    t173 = in_A_3*t11
    t174 = t120*t6
    t175 = in_A_6*t11
    t176 = in_A_7*t120
    im_r2w_9 = (t151 + t171 + t172)**2 + (t153 + t173 + t174)**2 + (t157 + t175 + t176)**2
    t177 = in_A_2*t3
    t178 = in_A_5*t3
    t179 = t3*t7
    im_r2w_10 = (t150 + t165 + t177)**2 + (t154 + t167 + t178)**2 + (t156 + t169 + t179)**2
    im_r2w_11 = (t160 + t171 + t177)**2 + (t161 + t174 + t178)**2 + (t163 + t176 + t179)**2
    t180 = in_A_2*t124
    t181 = in_A_5*t124
    t182 = t124*t7
    im_r2w_12 = (t150 + t172 + t180)**2 + (t154 + t173 + t181)**2 + (t156 + t175 + t182)**2
    t183 = in_A_2*t4
    t184 = in_A_5*t4
    t185 = t4*t7
    im_r2w_13 = (t150 + t160 + t183)**2 + (t154 + t161 + t184)**2 + (t156 + t163 + t185)**2
    im_r2w_14 = (t160 + t166 + t180)**2 + (t161 + t168 + t181)**2 + (t163 + t170 + t182)**2
    im_r2w_15 = (t165 + t171 + t183)**2 + (t167 + t174 + t184)**2 + (t169 + t176 + t185)**2
    im_r2w_16 = (t159 + t165 + t180)**2 + (t162 + t167 + t181)**2 + (t164 + t169 + t182)**2
    im_r2w_17 = (t152 + t171 + t180)**2 + (t155 + t174 + t181)**2 + (t158 + t176 + t182)**2
    t186 = -0.5 - t43
    t187 = (-in_A_1 - t65)**2 + (-t6 - t67)**2 + (-in_A_7 - t186 - t28)**2
    im_r2w_18 = t187
    t188 = (in_A_3 + t75)**2 + (in_A_6 + t76)**2 + (t5 + t74)**2
    im_r2w_19 = t188
    t189 = -0.5 - t25
    t190 = (in_A_2 + t56)**2 + (t60 + t7)**2 + (in_A_5 + t189 + t24)**2
    im_r2w_20 = t190
    t191 = t5 + t55
    t192 = (-in_A_6 - t45)**2 + (-t191 - t34)**2 + (-in_A_3 - t189 - t38)**2
    im_r2w_21 = t192
    t193 = -in_A_1
    t194 = (in_A_7 - t51)**2 + (-t193 - t49)**2 + (1.0 + in_A_4 - t50)**2
    im_r2w_22 = t194
    t195 = (-in_A_3 - t40)**2 + (-t36 - t5)**2 + (-in_A_6 - t186 - t29)**2
    im_r2w_23 = t195
    t196 = (in_A_1 + t49)**2 + (in_A_7 + t51)**2 + (t50 + t6)**2
    im_r2w_24 = t196
    t197 = -in_A_2
    t198 = (in_A_5 - t27)**2 + (-t197 - t23)**2 + (1.0 + in_A_8 - t30)**2
    im_r2w_25 = t198
    t199 = (in_A_2 + t23)**2 + (in_A_5 + t27)**2 + (t30 + t7)**2
    im_r2w_26 = t199
    t200 = (t75 - in_A_3)**2 + (t76 - in_A_6)**2 + (-t191 - t35)**2
    im_r2w_27 = t200
    t201 = (in_A_7 + t70)**2 + (-t193 - t65)**2 + (t38 + t58 + t6)**2
    im_r2w_28 = t201
    t202 = (in_A_5 + t59)**2 + (-t197 - t56)**2 + (t29 + t69 + t7)**2
    im_r2w_29 = t202
    im_r2w_30 = t187
    im_r2w_31 = t188
    im_r2w_32 = t190
    im_r2w_33 = t192
    im_r2w_34 = t194
    im_r2w_35 = t195
    im_r2w_36 = t196
    im_r2w_37 = t198
    im_r2w_38 = t199
    im_r2w_39 = t200
    im_r2w_40 = t201
    im_r2w_41 = t202
    t203 = in_A_0*in_A_4
    t204 = in_A_0*in_A_8
    t205 = in_A_4*in_A_8
    t206 = in_A_1*in_A_3
    t207 = in_A_2*in_A_6
    t208 = in_A_5*in_A_7
    t209 = in_A_8*t203
    t210 = in_A_1*in_A_6
    t211 = in_A_5*t210
    t212 = in_A_3*in_A_7
    t213 = in_A_2*t212
    t214 = in_A_0*t208
    t215 = in_A_8*t206
    t216 = in_A_4*t207
    t217 = (in_A_0)**2
    t218 = 2.0*in_A_0
    t219 = (0.81)*t144
    t220 = (0.81)*t140
    t221 = (0.38)*in_A_0
    t222 = (0.38)*in_A_4
    t223 = (0.19)*t217
    t224 = (in_A_4)**2
    t225 = (0.19)*t224
    t226 = (0.19)*t141
    t227 = (0.19)*t145
    t228 = t217*t224
    t229 = t145*t217
    t230 = t140*t144
    t231 = t141*t144
    t232 = t140*t145
    t233 = t141*t224
    t234 = 2.0*t206
    t235 = t218*t224
    t236 = t145*t218
    t237 = 2.0*in_A_4
    t238 = t217*t237
    t239 = t141*t237
    t240 = 4.0*t203
    t241 = t206*t218
    t242 = in_A_4*t234
    t243 = in_A_7*t210
    t244 = 2.0*t243
    t245 = in_A_6*t212
    t246 = 2.0*t245
    t247 = t218*t243
    t248 = t237*t245
    t249 = (in_A_8)**2
    t250 = (1.62)*in_A_0
    t251 = (1.62)*in_A_4
    t252 = (1.62)*in_A_8
    t253 = (0.81)*t148
    t254 = (0.81)*t147
    t255 = (0.38)*t206
    t256 = (0.38)*t207
    t257 = (0.38)*t208
    t258 = (0.38)*in_A_8
    t259 = t234*t249
    t260 = 2.0*t207
    t261 = t224*t260
    t262 = 2.0*t208
    t263 = t217*t262
    t264 = 2.0*t211
    t265 = 2.0*t213
    t266 = 2.0*in_A_8
    t267 = 4.0*t204
    t268 = 4.0*t205
    t269 = (1.62)*in_A_5
    t270 = in_A_1*in_A_2
    t271 = in_A_7*t270
    t272 = in_A_3*t269
    t273 = 2.0*in_A_5
    t274 = t140*t271
    t275 = in_A_3*t273
    t276 = in_A_6*t144
    t277 = t207*t234
    t278 = t208*t234
    t279 = t208*t260
    t280 = in_A_3*in_A_5
    t281 = in_A_2*t280
    t282 = in_A_5*t270
    t283 = 4.0*t209
    t284 = (im_x_0_0)**2
    t285 = 4.0*t8
    t286 = t284*t285
    t287 = (im_x_16_0)**2
    t288 = 4.0*t99
    t289 = t287*t288
    t290 = (im_x_17_0)**2
    t291 = 4.0*t102
    t292 = t290*t291
    t293 = (im_x_18_0)**2
    t294 = 4.0*t106
    t295 = t293*t294
    t296 = (im_x_19_0)**2
    t297 = 4.0*t110
    t298 = t296*t297
    t299 = (im_x_1_0)**2
    t300 = 4.0*t12
    t301 = t299*t300
    t302 = (im_x_20_0)**2
    t303 = 4.0*t113
    t304 = t302*t303
    t305 = (im_x_21_0)**2
    t306 = 4.0*t117
    t307 = t305*t306
    t308 = (im_x_22_0)**2
    t309 = 4.0*t121
    t310 = t308*t309
    t311 = (im_x_23_0)**2
    t312 = 4.0*t125
    t313 = t311*t312
    t314 = (im_x_24_0)**2
    t315 = 4.0*t128
    t316 = t314*t315
    t317 = (im_x_25_0)**2
    t318 = 4.0*t131
    t319 = t317*t318
    t320 = (im_x_26_0)**2
    t321 = 4.0*t134
    t322 = t320*t321
    t323 = (im_x_27_0)**2
    t324 = 4.0*t137
    t325 = t323*t324
    t326 = (im_x_2_0)**2
    t327 = 4.0*t15
    t328 = t326*t327
    t329 = (im_x_3_0)**2
    t330 = 4.0*t18
    t331 = t329*t330
    t332 = im_f_13_4*t89
    t333 = im_f_13_5*t89
    t334 = im_f_7_4*t62
    t335 = im_f_7_5*t62
    t336 = (0.5)*im_f_10_2 + (0.5)*im_f_10_3 + (0.5)*im_f_4_2 + (0.5)*im_f_4_3
    t337 = t336 + im_f_10_4*t80 + im_f_10_5*t80 + im_f_4_4*t31 + im_f_4_5*t31
    t338 = (0.5)*im_f_13_2
    t339 = (0.5)*im_f_13_3
    t340 = (0.5)*im_f_7_2
    t341 = (0.5)*im_f_7_3
    t342 = t338 + t339 + t340 + t341
    t343 = t332 + t333 + t334 + t335 + t337 + t342
    t344 = im_f_14_4*t92
    t345 = im_f_14_5*t92
    t346 = im_f_8_4*t71
    t347 = im_f_8_5*t71
    t348 = (0.5)*im_f_12_2 + (0.5)*im_f_12_3 + (0.5)*im_f_6_2 + (0.5)*im_f_6_3
    t349 = t348 + im_f_12_4*t86 + im_f_12_5*t86 + im_f_6_4*t52 + im_f_6_5*t52
    t350 = (0.5)*im_f_14_2
    t351 = (0.5)*im_f_14_3
    t352 = (0.5)*im_f_8_2
    t353 = (0.5)*im_f_8_3
    t354 = t350 + t351 + t352 + t353
    t355 = t344 + t345 + t346 + t347 + t349 + t354
    t356 = 2.0*t284
    t357 = 2.0*t287
    t358 = 2.0*t290
    t359 = 2.0*t293
    t360 = 2.0*t296
    t361 = 2.0*t299
    t362 = 2.0*t302
    t363 = 2.0*t305
    t364 = 2.0*t308
    t365 = 2.0*t311
    t366 = 2.0*t314
    t367 = 2.0*t317
    t368 = 2.0*t320
    t369 = 2.0*t323
    t370 = 2.0*t326
    t371 = 2.0*t329
    t372 = im_f_0_2*t356 + im_f_0_3*t356 + im_f_16_2*t357 + im_f_16_3*t357 + im_f_17_2*t358 + im_f_17_3*t358 + im_f_18_2*t359 + im_f_18_3*t359 + im_f_19_2*t360 + im_f_19_3*t360 + im_f_1_2*t361 + im_f_1_3*t361 + im_f_20_2*t362 + im_f_20_3*t362 + im_f_21_2*t363 + im_f_21_3*t363 + im_f_22_2*t364 + im_f_22_3*t364 + im_f_23_2*t365 + im_f_23_3*t365 + im_f_24_2*t366 + im_f_24_3*t366 + im_f_25_2*t367 + im_f_25_3*t367 + im_f_26_2*t368 + im_f_26_3*t368 + im_f_27_2*t369 + im_f_27_3*t369 + im_f_2_2*t370 + im_f_2_3*t370 + im_f_3_2*t371 + im_f_3_3*t371
    t373 = im_x_0_0*t285
    t374 = im_x_0_1*t373
    t375 = im_x_16_0*t288
    t376 = im_x_16_1*t375
    t377 = im_x_17_0*t291
    t378 = im_x_17_1*t377
    t379 = im_x_18_0*t294
    t380 = im_x_18_1*t379
    t381 = im_x_19_0*t297
    t382 = im_x_19_1*t381
    t383 = im_x_1_0*t300
    t384 = im_x_1_1*t383
    t385 = im_x_20_0*t303
    t386 = im_x_20_1*t385
    t387 = im_x_21_0*t306
    t388 = im_x_21_1*t387
    t389 = im_x_22_0*t309
    t390 = im_x_22_1*t389
    t391 = im_x_23_0*t312
    t392 = im_x_23_1*t391
    t393 = im_x_24_0*t315
    t394 = im_x_24_1*t393
    t395 = im_x_25_0*t318
    t396 = im_x_25_1*t395
    t397 = im_x_26_0*t321
    t398 = im_x_26_1*t397
    t399 = im_x_27_0*t324
    t400 = im_x_27_1*t399
    t401 = im_x_2_0*t327
    t402 = im_x_2_1*t401
    t403 = im_x_3_0*t330
    t404 = im_x_3_1*t403
    t405 = 2.0*im_x_0_0
    t406 = im_x_0_1*t405
    t407 = 2.0*im_x_16_0
    t408 = im_x_16_1*t407
    t409 = 2.0*im_x_17_0
    t410 = im_x_17_1*t409
    t411 = 2.0*im_x_18_0
    t412 = im_x_18_1*t411
    t413 = 2.0*im_x_19_0
    t414 = im_x_19_1*t413
    t415 = 2.0*im_x_1_0
    t416 = im_x_1_1*t415
    t417 = 2.0*im_x_20_0
    t418 = im_x_20_1*t417
    t419 = 2.0*im_x_21_0
    t420 = im_x_21_1*t419
    t421 = 2.0*im_x_22_0
    t422 = im_x_22_1*t421
    t423 = 2.0*im_x_23_0
    t424 = im_x_23_1*t423
    t425 = 2.0*im_x_24_0
    t426 = im_x_24_1*t425
    t427 = 2.0*im_x_25_0
    t428 = im_x_25_1*t427
    t429 = 2.0*im_x_26_0
    t430 = im_x_26_1*t429
    t431 = 2.0*im_x_27_0
    t432 = im_x_27_1*t431
    t433 = 2.0*im_x_2_0
    t434 = im_x_2_1*t433
    t435 = 2.0*im_x_3_0
    t436 = im_x_3_1*t435
    t437 = -t338 - t339 - t340 - t341 + im_f_0_2*t406 + im_f_0_3*t406 + im_f_16_2*t408 + im_f_16_3*t408 + im_f_17_2*t410 + im_f_17_3*t410 + im_f_18_2*t412 + im_f_18_3*t412 + im_f_19_2*t414 + im_f_19_3*t414 + im_f_1_2*t416 + im_f_1_3*t416 + im_f_20_2*t418 + im_f_20_3*t418 + im_f_21_2*t420 + im_f_21_3*t420 + im_f_22_2*t422 + im_f_22_3*t422 + im_f_23_2*t424 + im_f_23_3*t424 + im_f_24_2*t426 + im_f_24_3*t426 + im_f_25_2*t428 + im_f_25_3*t428 + im_f_26_2*t430 + im_f_26_3*t430 + im_f_27_2*t432 + im_f_27_3*t432 + im_f_2_2*t434 + im_f_2_3*t434 + im_f_3_2*t436 + im_f_3_3*t436
    t438 = t337 + t437 - t332 - t333 - t334 - t335 + im_f_0_4*t374 + im_f_0_5*t374 + im_f_16_4*t376 + im_f_16_5*t376 + im_f_17_4*t378 + im_f_17_5*t378 + im_f_18_4*t380 + im_f_18_5*t380 + im_f_19_4*t382 + im_f_19_5*t382 + im_f_1_4*t384 + im_f_1_5*t384 + im_f_20_4*t386 + im_f_20_5*t386 + im_f_21_4*t388 + im_f_21_5*t388 + im_f_22_4*t390 + im_f_22_5*t390 + im_f_23_4*t392 + im_f_23_5*t392 + im_f_24_4*t394 + im_f_24_5*t394 + im_f_25_4*t396 + im_f_25_5*t396 + im_f_26_4*t398 + im_f_26_5*t398 + im_f_27_4*t400 + im_f_27_5*t400 + im_f_2_4*t402 + im_f_2_5*t402 + im_f_3_4*t404 + im_f_3_5*t404
    t439 = im_x_0_2*t373
    t440 = im_x_16_2*t375
    t441 = im_x_17_2*t377
    t442 = im_x_18_2*t379
    t443 = im_x_19_2*t381
    t444 = im_x_1_2*t383
    t445 = im_x_20_2*t385
    t446 = im_x_21_2*t387
    t447 = im_x_22_2*t389
    t448 = im_x_23_2*t391
    t449 = im_x_24_2*t393
    t450 = im_x_25_2*t395
    t451 = im_x_26_2*t397
    t452 = im_x_27_2*t399
    t453 = im_x_2_2*t401
    t454 = im_x_3_2*t403
    t455 = im_x_0_2*t405
    t456 = im_x_16_2*t407
    t457 = im_x_17_2*t409
    t458 = im_x_18_2*t411
    t459 = im_x_19_2*t413
    t460 = im_x_1_2*t415
    t461 = im_x_20_2*t417
    t462 = im_x_21_2*t419
    t463 = im_x_22_2*t421
    t464 = im_x_23_2*t423
    t465 = im_x_24_2*t425
    t466 = im_x_25_2*t427
    t467 = im_x_26_2*t429
    t468 = im_x_27_2*t431
    t469 = im_x_2_2*t433
    t470 = im_x_3_2*t435
    t471 = -t350 - t351 - t352 - t353 + im_f_0_2*t455 + im_f_0_3*t455 + im_f_16_2*t456 + im_f_16_3*t456 + im_f_17_2*t457 + im_f_17_3*t457 + im_f_18_2*t458 + im_f_18_3*t458 + im_f_19_2*t459 + im_f_19_3*t459 + im_f_1_2*t460 + im_f_1_3*t460 + im_f_20_2*t461 + im_f_20_3*t461 + im_f_21_2*t462 + im_f_21_3*t462 + im_f_22_2*t463 + im_f_22_3*t463 + im_f_23_2*t464 + im_f_23_3*t464 + im_f_24_2*t465 + im_f_24_3*t465 + im_f_25_2*t466 + im_f_25_3*t466 + im_f_26_2*t467 + im_f_26_3*t467 + im_f_27_2*t468 + im_f_27_3*t468 + im_f_2_2*t469 + im_f_2_3*t469 + im_f_3_2*t470 + im_f_3_3*t470
    t472 = t349 + t471 - t344 - t345 - t346 - t347 + im_f_0_4*t439 + im_f_0_5*t439 + im_f_16_4*t440 + im_f_16_5*t440 + im_f_17_4*t441 + im_f_17_5*t441 + im_f_18_4*t442 + im_f_18_5*t442 + im_f_19_4*t443 + im_f_19_5*t443 + im_f_1_4*t444 + im_f_1_5*t444 + im_f_20_4*t445 + im_f_20_5*t445 + im_f_21_4*t446 + im_f_21_5*t446 + im_f_22_4*t447 + im_f_22_5*t447 + im_f_23_4*t448 + im_f_23_5*t448 + im_f_24_4*t449 + im_f_24_5*t449 + im_f_25_4*t450 + im_f_25_5*t450 + im_f_26_4*t451 + im_f_26_5*t451 + im_f_27_4*t452 + im_f_27_5*t452 + im_f_2_4*t453 + im_f_2_5*t453 + im_f_3_4*t454 + im_f_3_5*t454
    t473 = 4.0*im_y_0_0
    t474 = t284*t473
    t475 = im_f_0_4*im_y_0_1
    t476 = im_f_0_5*t474
    t477 = 4.0*im_y_16_0
    t478 = t287*t477
    t479 = im_f_16_4*im_y_16_1
    t480 = im_f_16_5*t478
    t481 = 4.0*im_y_17_0
    t482 = t290*t481
    t483 = im_f_17_4*im_y_17_1
    t484 = im_f_17_5*t482
    t485 = 4.0*im_y_18_0
    t486 = t293*t485
    t487 = im_f_18_4*im_y_18_1
    t488 = im_f_18_5*t486
    t489 = 4.0*im_y_19_0
    t490 = t296*t489
    t491 = im_f_19_4*im_y_19_1
    t492 = im_f_19_5*t490
    t493 = 4.0*im_y_1_0
    t494 = t299*t493
    t495 = im_f_1_4*im_y_1_1
    t496 = im_f_1_5*t494
    t497 = 4.0*im_y_20_0
    t498 = t302*t497
    t499 = im_f_20_4*im_y_20_1
    t500 = im_f_20_5*t498
    t501 = 4.0*im_y_21_0
    t502 = t305*t501
    t503 = im_f_21_4*im_y_21_1
    t504 = im_f_21_5*t502
    t505 = 4.0*im_y_22_0
    t506 = t308*t505
    t507 = im_f_22_4*im_y_22_1
    t508 = im_f_22_5*t506
    t509 = 4.0*im_y_23_0
    t510 = t311*t509
    t511 = im_f_23_4*im_y_23_1
    t512 = im_f_23_5*t510
    t513 = 4.0*im_y_24_0
    t514 = t314*t513
    t515 = im_f_24_4*im_y_24_1
    t516 = im_f_24_5*t514
    t517 = 4.0*im_y_25_0
    t518 = t317*t517
    t519 = im_f_25_4*im_y_25_1
    t520 = im_f_25_5*t518
    t521 = 4.0*im_y_26_0
    t522 = t320*t521
    t523 = im_f_26_4*im_y_26_1
    t524 = im_f_26_5*t522
    t525 = 4.0*im_y_27_0
    t526 = t323*t525
    t527 = im_f_27_4*im_y_27_1
    t528 = im_f_27_5*t526
    t529 = 4.0*im_y_2_0
    t530 = t326*t529
    t531 = im_f_2_4*im_y_2_1
    t532 = im_f_2_5*t530
    t533 = 4.0*im_y_3_0
    t534 = t329*t533
    t535 = im_f_3_4*im_y_3_1
    t536 = im_f_3_5*t534
    t537 = im_y_13_0*im_y_13_1
    t538 = im_f_13_4*t537
    t539 = im_f_13_5*t537
    t540 = im_y_7_0*im_y_7_1
    t541 = im_f_7_4*t540
    t542 = im_f_7_5*t540
    t543 = im_y_10_0*im_y_10_1
    t544 = im_y_4_0*im_y_4_1
    t545 = im_f_10_4*t543 + im_f_10_5*t543 + im_f_4_4*t544 + im_f_4_5*t544
    t546 = t538 + t539 + t541 + t542 + t545
    t547 = im_y_14_0*im_y_14_1
    t548 = im_f_14_4*t547
    t549 = im_f_14_5*t547
    t550 = im_y_8_0*im_y_8_1
    t551 = im_f_8_4*t550
    t552 = im_f_8_5*t550
    t553 = im_y_12_0*im_y_12_1
    t554 = im_y_6_0*im_y_6_1
    t555 = im_f_12_4*t553 + im_f_12_5*t553 + im_f_6_4*t554 + im_f_6_5*t554
    t556 = t548 + t549 + t551 + t552 + t555
    t557 = t546 + t556 + im_y_0_1*t476 + im_y_16_1*t480 + im_y_17_1*t484 + im_y_18_1*t488 + im_y_19_1*t492 + im_y_1_1*t496 + im_y_20_1*t500 + im_y_21_1*t504 + im_y_22_1*t508 + im_y_23_1*t512 + im_y_24_1*t516 + im_y_25_1*t520 + im_y_26_1*t524 + im_y_27_1*t528 + im_y_2_1*t532 + im_y_3_1*t536 + t474*t475 + t478*t479 + t482*t483 + t486*t487 + t490*t491 + t494*t495 + t498*t499 + t502*t503 + t506*t507 + t510*t511 + t514*t515 + t518*t519 + t522*t523 + t526*t527 + t530*t531 + t534*t535
    t558 = im_x_0_0*t473
    t559 = im_x_0_1*t558
    t560 = im_f_0_5*im_y_0_1
    t561 = im_x_16_0*t477
    t562 = im_x_16_1*t561
    t563 = im_f_16_5*im_y_16_1
    t564 = im_x_17_0*t481
    t565 = im_x_17_1*t564
    t566 = im_f_17_5*im_y_17_1
    t567 = im_x_18_0*t485
    t568 = im_x_18_1*t567
    t569 = im_f_18_5*im_y_18_1
    t570 = im_x_19_0*t489
    t571 = im_x_19_1*t570
    t572 = im_f_19_5*im_y_19_1
    t573 = im_x_1_0*t493
    t574 = im_x_1_1*t573
    t575 = im_f_1_5*im_y_1_1
    t576 = im_x_20_0*t497
    t577 = im_x_20_1*t576
    t578 = im_f_20_5*im_y_20_1
    t579 = im_x_21_0*t501
    t580 = im_x_21_1*t579
    t581 = im_f_21_5*im_y_21_1
    t582 = im_x_22_0*t505
    t583 = im_x_22_1*t582
    t584 = im_f_22_5*im_y_22_1
    t585 = im_x_23_0*t509
    t586 = im_x_23_1*t585
    t587 = im_f_23_5*im_y_23_1
    t588 = im_x_24_0*t513
    t589 = im_x_24_1*t588
    t590 = im_f_24_5*im_y_24_1
    t591 = im_x_25_0*t517
    t592 = im_x_25_1*t591
    t593 = im_f_25_5*im_y_25_1
    t594 = im_x_26_0*t521
    t595 = im_x_26_1*t594
    t596 = im_f_26_5*im_y_26_1
    t597 = im_x_27_0*t525
    t598 = im_x_27_1*t597
    t599 = im_f_27_5*im_y_27_1
    t600 = im_x_2_0*t529
    t601 = im_x_2_1*t600
    t602 = im_f_2_5*im_y_2_1
    t603 = im_x_3_0*t533
    t604 = im_x_3_1*t603
    t605 = im_f_3_5*im_y_3_1
    t606 = t545 - t538 - t539 - t541 - t542 + t475*t559 + t479*t562 + t483*t565 + t487*t568 + t491*t571 + t495*t574 + t499*t577 + t503*t580 + t507*t583 + t511*t586 + t515*t589 + t519*t592 + t523*t595 + t527*t598 + t531*t601 + t535*t604 + t559*t560 + t562*t563 + t565*t566 + t568*t569 + t571*t572 + t574*t575 + t577*t578 + t580*t581 + t583*t584 + t586*t587 + t589*t590 + t592*t593 + t595*t596 + t598*t599 + t601*t602 + t604*t605
    t607 = im_x_0_2*t558
    t608 = im_x_16_2*t561
    t609 = im_x_17_2*t564
    t610 = im_x_18_2*t567
    t611 = im_x_19_2*t570
    t612 = im_x_1_2*t573
    t613 = im_x_20_2*t576
    t614 = im_x_21_2*t579
    t615 = im_x_22_2*t582
    t616 = im_x_23_2*t585
    t617 = im_x_24_2*t588
    t618 = im_x_25_2*t591
    t619 = im_x_26_2*t594
    t620 = im_x_27_2*t597
    t621 = im_x_2_2*t600
    t622 = im_x_3_2*t603
    t623 = t555 - t548 - t549 - t551 - t552 + t475*t607 + t479*t608 + t483*t609 + t487*t610 + t491*t611 + t495*t612 + t499*t613 + t503*t614 + t507*t615 + t511*t616 + t515*t617 + t519*t618 + t523*t619 + t527*t620 + t531*t621 + t535*t622 + t560*t607 + t563*t608 + t566*t609 + t569*t610 + t572*t611 + t575*t612 + t578*t613 + t581*t614 + t584*t615 + t587*t616 + t590*t617 + t593*t618 + t596*t619 + t599*t620 + t602*t621 + t605*t622
    t624 = im_f_0_4*im_y_0_2
    t625 = im_f_16_4*im_y_16_2
    t626 = im_f_17_4*im_y_17_2
    t627 = im_f_18_4*im_y_18_2
    t628 = im_f_19_4*im_y_19_2
    t629 = im_f_1_4*im_y_1_2
    t630 = im_f_20_4*im_y_20_2
    t631 = im_f_21_4*im_y_21_2
    t632 = im_f_22_4*im_y_22_2
    t633 = im_f_23_4*im_y_23_2
    t634 = im_f_24_4*im_y_24_2
    t635 = im_f_25_4*im_y_25_2
    t636 = im_f_26_4*im_y_26_2
    t637 = im_f_27_4*im_y_27_2
    t638 = im_f_2_4*im_y_2_2
    t639 = im_f_3_4*im_y_3_2
    t640 = im_y_13_0*im_y_13_2
    t641 = im_f_13_4*t640
    t642 = im_f_13_5*t640
    t643 = im_y_7_0*im_y_7_2
    t644 = im_f_7_4*t643
    t645 = im_f_7_5*t643
    t646 = im_y_10_0*im_y_10_2
    t647 = im_y_4_0*im_y_4_2
    t648 = im_f_10_4*t646 + im_f_10_5*t646 + im_f_4_4*t647 + im_f_4_5*t647
    t649 = t641 + t642 + t644 + t645 + t648
    t650 = im_y_14_0*im_y_14_2
    t651 = im_f_14_4*t650
    t652 = im_f_14_5*t650
    t653 = im_y_8_0*im_y_8_2
    t654 = im_f_8_4*t653
    t655 = im_f_8_5*t653
    t656 = im_y_12_0*im_y_12_2
    t657 = im_y_6_0*im_y_6_2
    t658 = im_f_12_4*t656 + im_f_12_5*t656 + im_f_6_4*t657 + im_f_6_5*t657
    t659 = t651 + t652 + t654 + t655 + t658
    t660 = t649 + t659 + im_y_0_2*t476 + im_y_16_2*t480 + im_y_17_2*t484 + im_y_18_2*t488 + im_y_19_2*t492 + im_y_1_2*t496 + im_y_20_2*t500 + im_y_21_2*t504 + im_y_22_2*t508 + im_y_23_2*t512 + im_y_24_2*t516 + im_y_25_2*t520 + im_y_26_2*t524 + im_y_27_2*t528 + im_y_2_2*t532 + im_y_3_2*t536 + t474*t624 + t478*t625 + t482*t626 + t486*t627 + t490*t628 + t494*t629 + t498*t630 + t502*t631 + t506*t632 + t510*t633 + t514*t634 + t518*t635 + t522*t636 + t526*t637 + t530*t638 + t534*t639
    t661 = im_f_0_5*im_y_0_2
    t662 = im_f_16_5*im_y_16_2
    t663 = im_f_17_5*im_y_17_2
    t664 = im_f_18_5*im_y_18_2
    t665 = im_f_19_5*im_y_19_2
    t666 = im_f_1_5*im_y_1_2
    t667 = im_f_20_5*im_y_20_2
    t668 = im_f_21_5*im_y_21_2
    t669 = im_f_22_5*im_y_22_2
    t670 = im_f_23_5*im_y_23_2
    t671 = im_f_24_5*im_y_24_2
    t672 = im_f_25_5*im_y_25_2
    t673 = im_f_26_5*im_y_26_2
    t674 = im_f_27_5*im_y_27_2
    t675 = im_f_2_5*im_y_2_2
    t676 = im_f_3_5*im_y_3_2
    t677 = t648 - t641 - t642 - t644 - t645 + t559*t624 + t559*t661 + t562*t625 + t562*t662 + t565*t626 + t565*t663 + t568*t627 + t568*t664 + t571*t628 + t571*t665 + t574*t629 + t574*t666 + t577*t630 + t577*t667 + t580*t631 + t580*t668 + t583*t632 + t583*t669 + t586*t633 + t586*t670 + t589*t634 + t589*t671 + t592*t635 + t592*t672 + t595*t636 + t595*t673 + t598*t637 + t598*t674 + t601*t638 + t601*t675 + t604*t639 + t604*t676
    t678 = t658 - t651 - t652 - t654 - t655 + t607*t624 + t607*t661 + t608*t625 + t608*t662 + t609*t626 + t609*t663 + t610*t627 + t610*t664 + t611*t628 + t611*t665 + t612*t629 + t612*t666 + t613*t630 + t613*t667 + t614*t631 + t614*t668 + t615*t632 + t615*t669 + t616*t633 + t616*t670 + t617*t634 + t617*t671 + t618*t635 + t618*t672 + t619*t636 + t619*t673 + t620*t637 + t620*t674 + t621*t638 + t621*t675 + t622*t639 + t622*t676
    t679 = (im_x_0_1)**2
    t680 = t285*t679
    t681 = (im_x_16_1)**2
    t682 = t288*t681
    t683 = (im_x_17_1)**2
    t684 = t291*t683
    t685 = (im_x_18_1)**2
    t686 = t294*t685
    t687 = (im_x_19_1)**2
    t688 = t297*t687
    t689 = (im_x_1_1)**2
    t690 = t300*t689
    t691 = (im_x_20_1)**2
    t692 = t303*t691
    t693 = (im_x_21_1)**2
    t694 = t306*t693
    t695 = (im_x_22_1)**2
    t696 = t309*t695
    t697 = (im_x_23_1)**2
    t698 = t312*t697
    t699 = (im_x_24_1)**2
    t700 = t315*t699
    t701 = (im_x_25_1)**2
    t702 = t318*t701
    t703 = (im_x_26_1)**2
    t704 = t321*t703
    t705 = (im_x_27_1)**2
    t706 = t324*t705
    t707 = (im_x_2_1)**2
    t708 = t327*t707
    t709 = (im_x_3_1)**2
    t710 = t330*t709
    t711 = im_f_11_4*t83
    t712 = im_f_11_5*t83
    t713 = im_f_5_4*t46
    t714 = im_f_5_5*t46
    t715 = (0.5)*im_f_15_2 + (0.5)*im_f_15_3 + (0.5)*im_f_9_2 + (0.5)*im_f_9_3
    t716 = t715 + im_f_15_4*t95 + im_f_15_5*t95 + im_f_9_4*t77 + im_f_9_5*t77
    t717 = (0.5)*im_f_11_2
    t718 = (0.5)*im_f_11_3
    t719 = (0.5)*im_f_5_2
    t720 = (0.5)*im_f_5_3
    t721 = t717 + t718 + t719 + t720
    t722 = t711 + t712 + t713 + t714 + t716 + t721
    t723 = 2.0*t679
    t724 = 2.0*t681
    t725 = 2.0*t683
    t726 = 2.0*t685
    t727 = 2.0*t687
    t728 = 2.0*t689
    t729 = 2.0*t691
    t730 = 2.0*t693
    t731 = 2.0*t695
    t732 = 2.0*t697
    t733 = 2.0*t699
    t734 = 2.0*t701
    t735 = 2.0*t703
    t736 = 2.0*t705
    t737 = 2.0*t707
    t738 = 2.0*t709
    t739 = im_f_0_2*t723 + im_f_0_3*t723 + im_f_16_2*t724 + im_f_16_3*t724 + im_f_17_2*t725 + im_f_17_3*t725 + im_f_18_2*t726 + im_f_18_3*t726 + im_f_19_2*t727 + im_f_19_3*t727 + im_f_1_2*t728 + im_f_1_3*t728 + im_f_20_2*t729 + im_f_20_3*t729 + im_f_21_2*t730 + im_f_21_3*t730 + im_f_22_2*t731 + im_f_22_3*t731 + im_f_23_2*t732 + im_f_23_3*t732 + im_f_24_2*t733 + im_f_24_3*t733 + im_f_25_2*t734 + im_f_25_3*t734 + im_f_26_2*t735 + im_f_26_3*t735 + im_f_27_2*t736 + im_f_27_3*t736 + im_f_2_2*t737 + im_f_2_3*t737 + im_f_3_2*t738 + im_f_3_3*t738
    t740 = im_x_0_1*im_x_0_2
    t741 = t285*t740
    t742 = im_x_16_1*im_x_16_2
    t743 = t288*t742
    t744 = im_x_17_1*im_x_17_2
    t745 = t291*t744
    t746 = im_x_18_1*im_x_18_2
    t747 = t294*t746
    t748 = im_x_19_1*im_x_19_2
    t749 = t297*t748
    t750 = im_x_1_1*im_x_1_2
    t751 = t300*t750
    t752 = im_x_20_1*im_x_20_2
    t753 = t303*t752
    t754 = im_x_21_1*im_x_21_2
    t755 = t306*t754
    t756 = im_x_22_1*im_x_22_2
    t757 = t309*t756
    t758 = im_x_23_1*im_x_23_2
    t759 = t312*t758
    t760 = im_x_24_1*im_x_24_2
    t761 = t315*t760
    t762 = im_x_25_1*im_x_25_2
    t763 = t318*t762
    t764 = im_x_26_1*im_x_26_2
    t765 = t321*t764
    t766 = im_x_27_1*im_x_27_2
    t767 = t324*t766
    t768 = im_x_2_1*im_x_2_2
    t769 = t327*t768
    t770 = im_x_3_1*im_x_3_2
    t771 = t330*t770
    t772 = 2.0*t740
    t773 = 2.0*t742
    t774 = 2.0*t744
    t775 = 2.0*t746
    t776 = 2.0*t748
    t777 = 2.0*t750
    t778 = 2.0*t752
    t779 = 2.0*t754
    t780 = 2.0*t756
    t781 = 2.0*t758
    t782 = 2.0*t760
    t783 = 2.0*t762
    t784 = 2.0*t764
    t785 = 2.0*t766
    t786 = 2.0*t768
    t787 = 2.0*t770
    t788 = -t717 - t718 - t719 - t720 + im_f_0_2*t772 + im_f_0_3*t772 + im_f_16_2*t773 + im_f_16_3*t773 + im_f_17_2*t774 + im_f_17_3*t774 + im_f_18_2*t775 + im_f_18_3*t775 + im_f_19_2*t776 + im_f_19_3*t776 + im_f_1_2*t777 + im_f_1_3*t777 + im_f_20_2*t778 + im_f_20_3*t778 + im_f_21_2*t779 + im_f_21_3*t779 + im_f_22_2*t780 + im_f_22_3*t780 + im_f_23_2*t781 + im_f_23_3*t781 + im_f_24_2*t782 + im_f_24_3*t782 + im_f_25_2*t783 + im_f_25_3*t783 + im_f_26_2*t784 + im_f_26_3*t784 + im_f_27_2*t785 + im_f_27_3*t785 + im_f_2_2*t786 + im_f_2_3*t786 + im_f_3_2*t787 + im_f_3_3*t787
    t789 = t716 + t788 - t711 - t712 - t713 - t714 + im_f_0_4*t741 + im_f_0_5*t741 + im_f_16_4*t743 + im_f_16_5*t743 + im_f_17_4*t745 + im_f_17_5*t745 + im_f_18_4*t747 + im_f_18_5*t747 + im_f_19_4*t749 + im_f_19_5*t749 + im_f_1_4*t751 + im_f_1_5*t751 + im_f_20_4*t753 + im_f_20_5*t753 + im_f_21_4*t755 + im_f_21_5*t755 + im_f_22_4*t757 + im_f_22_5*t757 + im_f_23_4*t759 + im_f_23_5*t759 + im_f_24_4*t761 + im_f_24_5*t761 + im_f_25_4*t763 + im_f_25_5*t763 + im_f_26_4*t765 + im_f_26_5*t765 + im_f_27_4*t767 + im_f_27_5*t767 + im_f_2_4*t769 + im_f_2_5*t769 + im_f_3_4*t771 + im_f_3_5*t771
    t790 = t473*t679
    t791 = im_f_0_5*t790
    t792 = t477*t681
    t793 = im_f_16_5*t792
    t794 = t481*t683
    t795 = im_f_17_5*t794
    t796 = t485*t685
    t797 = im_f_18_5*t796
    t798 = t489*t687
    t799 = im_f_19_5*t798
    t800 = t493*t689
    t801 = im_f_1_5*t800
    t802 = t497*t691
    t803 = im_f_20_5*t802
    t804 = t501*t693
    t805 = im_f_21_5*t804
    t806 = t505*t695
    t807 = im_f_22_5*t806
    t808 = t509*t697
    t809 = im_f_23_5*t808
    t810 = t513*t699
    t811 = im_f_24_5*t810
    t812 = t517*t701
    t813 = im_f_25_5*t812
    t814 = t521*t703
    t815 = im_f_26_5*t814
    t816 = t525*t705
    t817 = im_f_27_5*t816
    t818 = t529*t707
    t819 = im_f_2_5*t818
    t820 = t533*t709
    t821 = im_f_3_5*t820
    t822 = im_y_11_0*im_y_11_1
    t823 = im_f_11_4*t822
    t824 = im_f_11_5*t822
    t825 = im_y_5_0*im_y_5_1
    t826 = im_f_5_4*t825
    t827 = im_f_5_5*t825
    t828 = im_y_15_0*im_y_15_1
    t829 = im_y_9_0*im_y_9_1
    t830 = im_f_15_4*t828 + im_f_15_5*t828 + im_f_9_4*t829 + im_f_9_5*t829
    t831 = t823 + t824 + t826 + t827 + t830
    t832 = t546 + t831 + im_y_0_1*t791 + im_y_16_1*t793 + im_y_17_1*t795 + im_y_18_1*t797 + im_y_19_1*t799 + im_y_1_1*t801 + im_y_20_1*t803 + im_y_21_1*t805 + im_y_22_1*t807 + im_y_23_1*t809 + im_y_24_1*t811 + im_y_25_1*t813 + im_y_26_1*t815 + im_y_27_1*t817 + im_y_2_1*t819 + im_y_3_1*t821 + t475*t790 + t479*t792 + t483*t794 + t487*t796 + t491*t798 + t495*t800 + t499*t802 + t503*t804 + t507*t806 + t511*t808 + t515*t810 + t519*t812 + t523*t814 + t527*t816 + t531*t818 + t535*t820
    t833 = t473*t740
    t834 = t477*t742
    t835 = t481*t744
    t836 = t485*t746
    t837 = t489*t748
    t838 = t493*t750
    t839 = t497*t752
    t840 = t501*t754
    t841 = t505*t756
    t842 = t509*t758
    t843 = t513*t760
    t844 = t517*t762
    t845 = t521*t764
    t846 = t525*t766
    t847 = t529*t768
    t848 = t533*t770
    t849 = t830 - t823 - t824 - t826 - t827 + t475*t833 + t479*t834 + t483*t835 + t487*t836 + t491*t837 + t495*t838 + t499*t839 + t503*t840 + t507*t841 + t511*t842 + t515*t843 + t519*t844 + t523*t845 + t527*t846 + t531*t847 + t535*t848 + t560*t833 + t563*t834 + t566*t835 + t569*t836 + t572*t837 + t575*t838 + t578*t839 + t581*t840 + t584*t841 + t587*t842 + t590*t843 + t593*t844 + t596*t845 + t599*t846 + t602*t847 + t605*t848
    t850 = im_y_11_0*im_y_11_2
    t851 = im_f_11_4*t850
    t852 = im_f_11_5*t850
    t853 = im_y_5_0*im_y_5_2
    t854 = im_f_5_4*t853
    t855 = im_f_5_5*t853
    t856 = im_y_15_0*im_y_15_2
    t857 = im_y_9_0*im_y_9_2
    t858 = im_f_15_4*t856 + im_f_15_5*t856 + im_f_9_4*t857 + im_f_9_5*t857
    t859 = t851 + t852 + t854 + t855 + t858
    t860 = t649 + t859 + im_y_0_2*t791 + im_y_16_2*t793 + im_y_17_2*t795 + im_y_18_2*t797 + im_y_19_2*t799 + im_y_1_2*t801 + im_y_20_2*t803 + im_y_21_2*t805 + im_y_22_2*t807 + im_y_23_2*t809 + im_y_24_2*t811 + im_y_25_2*t813 + im_y_26_2*t815 + im_y_27_2*t817 + im_y_2_2*t819 + im_y_3_2*t821 + t624*t790 + t625*t792 + t626*t794 + t627*t796 + t628*t798 + t629*t800 + t630*t802 + t631*t804 + t632*t806 + t633*t808 + t634*t810 + t635*t812 + t636*t814 + t637*t816 + t638*t818 + t639*t820
    t861 = t858 - t851 - t852 - t854 - t855 + t624*t833 + t625*t834 + t626*t835 + t627*t836 + t628*t837 + t629*t838 + t630*t839 + t631*t840 + t632*t841 + t633*t842 + t634*t843 + t635*t844 + t636*t845 + t637*t846 + t638*t847 + t639*t848 + t661*t833 + t662*t834 + t663*t835 + t664*t836 + t665*t837 + t666*t838 + t667*t839 + t668*t840 + t669*t841 + t670*t842 + t671*t843 + t672*t844 + t673*t845 + t674*t846 + t675*t847 + t676*t848
    t862 = (im_x_0_2)**2
    t863 = t285*t862
    t864 = (im_x_16_2)**2
    t865 = t288*t864
    t866 = (im_x_17_2)**2
    t867 = t291*t866
    t868 = (im_x_18_2)**2
    t869 = t294*t868
    t870 = (im_x_19_2)**2
    t871 = t297*t870
    t872 = (im_x_1_2)**2
    t873 = t300*t872
    t874 = (im_x_20_2)**2
    t875 = t303*t874
    t876 = (im_x_21_2)**2
    t877 = t306*t876
    t878 = (im_x_22_2)**2
    t879 = t309*t878
    t880 = (im_x_23_2)**2
    t881 = t312*t880
    t882 = (im_x_24_2)**2
    t883 = t315*t882
    t884 = (im_x_25_2)**2
    t885 = t318*t884
    t886 = (im_x_26_2)**2
    t887 = t321*t886
    t888 = (im_x_27_2)**2
    t889 = t324*t888
    t890 = (im_x_2_2)**2
    t891 = t327*t890
    t892 = (im_x_3_2)**2
    t893 = t330*t892
    t894 = 2.0*t862
    t895 = 2.0*t864
    t896 = 2.0*t866
    t897 = 2.0*t868
    t898 = 2.0*t870
    t899 = 2.0*t872
    t900 = 2.0*t874
    t901 = 2.0*t876
    t902 = 2.0*t878
    t903 = 2.0*t880
    t904 = 2.0*t882
    t905 = 2.0*t884
    t906 = 2.0*t886
    t907 = 2.0*t888
    t908 = 2.0*t890
    t909 = 2.0*t892
    t910 = im_f_0_2*t894 + im_f_0_3*t894 + im_f_16_2*t895 + im_f_16_3*t895 + im_f_17_2*t896 + im_f_17_3*t896 + im_f_18_2*t897 + im_f_18_3*t897 + im_f_19_2*t898 + im_f_19_3*t898 + im_f_1_2*t899 + im_f_1_3*t899 + im_f_20_2*t900 + im_f_20_3*t900 + im_f_21_2*t901 + im_f_21_3*t901 + im_f_22_2*t902 + im_f_22_3*t902 + im_f_23_2*t903 + im_f_23_3*t903 + im_f_24_2*t904 + im_f_24_3*t904 + im_f_25_2*t905 + im_f_25_3*t905 + im_f_26_2*t906 + im_f_26_3*t906 + im_f_27_2*t907 + im_f_27_3*t907 + im_f_2_2*t908 + im_f_2_3*t908 + im_f_3_2*t909 + im_f_3_3*t909
    t911 = t473*t862
    t912 = im_f_0_5*t911
    t913 = t477*t864
    t914 = im_f_16_5*t913
    t915 = t481*t866
    t916 = im_f_17_5*t915
    t917 = t485*t868
    t918 = im_f_18_5*t917
    t919 = t489*t870
    t920 = im_f_19_5*t919
    t921 = t493*t872
    t922 = im_f_1_5*t921
    t923 = t497*t874
    t924 = im_f_20_5*t923
    t925 = t501*t876
    t926 = im_f_21_5*t925
    t927 = t505*t878
    t928 = im_f_22_5*t927
    t929 = t509*t880
    t930 = im_f_23_5*t929
    t931 = t513*t882
    t932 = im_f_24_5*t931
    t933 = t517*t884
    t934 = im_f_25_5*t933
    t935 = t521*t886
    t936 = im_f_26_5*t935
    t937 = t525*t888
    t938 = im_f_27_5*t937
    t939 = t529*t890
    t940 = im_f_2_5*t939
    t941 = t533*t892
    t942 = im_f_3_5*t941
    t943 = t556 + t831 + im_y_0_1*t912 + im_y_16_1*t914 + im_y_17_1*t916 + im_y_18_1*t918 + im_y_19_1*t920 + im_y_1_1*t922 + im_y_20_1*t924 + im_y_21_1*t926 + im_y_22_1*t928 + im_y_23_1*t930 + im_y_24_1*t932 + im_y_25_1*t934 + im_y_26_1*t936 + im_y_27_1*t938 + im_y_2_1*t940 + im_y_3_1*t942 + t475*t911 + t479*t913 + t483*t915 + t487*t917 + t491*t919 + t495*t921 + t499*t923 + t503*t925 + t507*t927 + t511*t929 + t515*t931 + t519*t933 + t523*t935 + t527*t937 + t531*t939 + t535*t941
    t944 = t659 + t859 + im_y_0_2*t912 + im_y_16_2*t914 + im_y_17_2*t916 + im_y_18_2*t918 + im_y_19_2*t920 + im_y_1_2*t922 + im_y_20_2*t924 + im_y_21_2*t926 + im_y_22_2*t928 + im_y_23_2*t930 + im_y_24_2*t932 + im_y_25_2*t934 + im_y_26_2*t936 + im_y_27_2*t938 + im_y_2_2*t940 + im_y_3_2*t942 + t624*t911 + t625*t913 + t626*t915 + t627*t917 + t628*t919 + t629*t921 + t630*t923 + t631*t925 + t632*t927 + t633*t929 + t634*t931 + t635*t933 + t636*t935 + t637*t937 + t638*t939 + t639*t941
    t945 = 4.0*t9
    t946 = t284*t945
    t947 = 4.0*t100
    t948 = t287*t947
    t949 = 4.0*t103
    t950 = t290*t949
    t951 = 4.0*t107
    t952 = t293*t951
    t953 = 4.0*t111
    t954 = t296*t953
    t955 = 4.0*t13
    t956 = t299*t955
    t957 = 4.0*t114
    t958 = t302*t957
    t959 = 4.0*t118
    t960 = t305*t959
    t961 = 4.0*t122
    t962 = t308*t961
    t963 = 4.0*t126
    t964 = t311*t963
    t965 = 4.0*t129
    t966 = t314*t965
    t967 = 4.0*t132
    t968 = t317*t967
    t969 = 4.0*t135
    t970 = t320*t969
    t971 = 4.0*t138
    t972 = t323*t971
    t973 = 4.0*t16
    t974 = t326*t973
    t975 = 4.0*t19
    t976 = t329*t975
    t977 = t336 + t342
    t978 = t348 + t354
    t979 = t372 + t977 + t978
    t980 = im_f_13_4*t90
    t981 = im_f_13_5*t90
    t982 = im_f_7_4*t63
    t983 = im_f_7_5*t63
    t984 = im_f_10_4*t81 + im_f_10_5*t81 + im_f_4_4*t32 + im_f_4_5*t32
    t985 = t980 + t981 + t982 + t983 + t984
    t986 = im_f_14_4*t93
    t987 = im_f_14_5*t93
    t988 = im_f_8_4*t72
    t989 = im_f_8_5*t72
    t990 = im_f_12_4*t87 + im_f_12_5*t87 + im_f_6_4*t53 + im_f_6_5*t53
    t991 = t986 + t987 + t988 + t989 + t990
    t992 = im_x_0_0*t945
    t993 = im_x_0_1*t992
    t994 = im_x_16_0*t947
    t995 = im_x_16_1*t994
    t996 = im_x_17_0*t949
    t997 = im_x_17_1*t996
    t998 = im_x_18_0*t951
    t999 = im_x_18_1*t998
    t1000 = im_x_19_0*t953
    t1001 = im_x_19_1*t1000
    t1002 = im_x_1_0*t955
    t1003 = im_x_1_1*t1002
    t1004 = im_x_20_0*t957
    t1005 = im_x_20_1*t1004
    t1006 = im_x_21_0*t959
    t1007 = im_x_21_1*t1006
    t1008 = im_x_22_0*t961
    t1009 = im_x_22_1*t1008
    t1010 = im_x_23_0*t963
    t1011 = im_x_23_1*t1010
    t1012 = im_x_24_0*t965
    t1013 = im_x_24_1*t1012
    t1014 = im_x_25_0*t967
    t1015 = im_x_25_1*t1014
    t1016 = im_x_26_0*t969
    t1017 = im_x_26_1*t1016
    t1018 = im_x_27_0*t971
    t1019 = im_x_27_1*t1018
    t1020 = im_x_2_0*t973
    t1021 = im_x_2_1*t1020
    t1022 = im_x_3_0*t975
    t1023 = im_x_3_1*t1022
    t1024 = t336 + t437
    t1025 = t1024 + t984 - t980 - t981 - t982 - t983 + im_f_0_4*t993 + im_f_0_5*t993 + im_f_16_4*t995 + im_f_16_5*t995 + im_f_17_4*t997 + im_f_17_5*t997 + im_f_18_4*t999 + im_f_18_5*t999 + im_f_19_4*t1001 + im_f_19_5*t1001 + im_f_1_4*t1003 + im_f_1_5*t1003 + im_f_20_4*t1005 + im_f_20_5*t1005 + im_f_21_4*t1007 + im_f_21_5*t1007 + im_f_22_4*t1009 + im_f_22_5*t1009 + im_f_23_4*t1011 + im_f_23_5*t1011 + im_f_24_4*t1013 + im_f_24_5*t1013 + im_f_25_4*t1015 + im_f_25_5*t1015 + im_f_26_4*t1017 + im_f_26_5*t1017 + im_f_27_4*t1019 + im_f_27_5*t1019 + im_f_2_4*t1021 + im_f_2_5*t1021 + im_f_3_4*t1023 + im_f_3_5*t1023
    t1026 = im_x_0_2*t992
    t1027 = im_x_16_2*t994
    t1028 = im_x_17_2*t996
    t1029 = im_x_18_2*t998
    t1030 = im_x_19_2*t1000
    t1031 = im_x_1_2*t1002
    t1032 = im_x_20_2*t1004
    t1033 = im_x_21_2*t1006
    t1034 = im_x_22_2*t1008
    t1035 = im_x_23_2*t1010
    t1036 = im_x_24_2*t1012
    t1037 = im_x_25_2*t1014
    t1038 = im_x_26_2*t1016
    t1039 = im_x_27_2*t1018
    t1040 = im_x_2_2*t1020
    t1041 = im_x_3_2*t1022
    t1042 = t348 + t471
    t1043 = t1042 + t990 - t986 - t987 - t988 - t989 + im_f_0_4*t1026 + im_f_0_5*t1026 + im_f_16_4*t1027 + im_f_16_5*t1027 + im_f_17_4*t1028 + im_f_17_5*t1028 + im_f_18_4*t1029 + im_f_18_5*t1029 + im_f_19_4*t1030 + im_f_19_5*t1030 + im_f_1_4*t1031 + im_f_1_5*t1031 + im_f_20_4*t1032 + im_f_20_5*t1032 + im_f_21_4*t1033 + im_f_21_5*t1033 + im_f_22_4*t1034 + im_f_22_5*t1034 + im_f_23_4*t1035 + im_f_23_5*t1035 + im_f_24_4*t1036 + im_f_24_5*t1036 + im_f_25_4*t1037 + im_f_25_5*t1037 + im_f_26_4*t1038 + im_f_26_5*t1038 + im_f_27_4*t1039 + im_f_27_5*t1039 + im_f_2_4*t1040 + im_f_2_5*t1040 + im_f_3_4*t1041 + im_f_3_5*t1041
    t1044 = 4.0*im_y_0_2
    t1045 = t1044*t284
    t1046 = 4.0*im_y_16_2
    t1047 = t1046*t287
    t1048 = 4.0*im_y_17_2
    t1049 = t1048*t290
    t1050 = 4.0*im_y_18_2
    t1051 = t1050*t293
    t1052 = 4.0*im_y_19_2
    t1053 = t1052*t296
    t1054 = 4.0*im_y_1_2
    t1055 = t1054*t299
    t1056 = 4.0*im_y_20_2
    t1057 = t1056*t302
    t1058 = 4.0*im_y_21_2
    t1059 = t1058*t305
    t1060 = 4.0*im_y_22_2
    t1061 = t1060*t308
    t1062 = 4.0*im_y_23_2
    t1063 = t1062*t311
    t1064 = 4.0*im_y_24_2
    t1065 = t1064*t314
    t1066 = 4.0*im_y_25_2
    t1067 = t1066*t317
    t1068 = 4.0*im_y_26_2
    t1069 = t1068*t320
    t1070 = 4.0*im_y_27_2
    t1071 = t1070*t323
    t1072 = 4.0*im_y_2_2
    t1073 = t1072*t326
    t1074 = 4.0*im_y_3_2
    t1075 = t1074*t329
    t1076 = im_y_13_1*im_y_13_2
    t1077 = im_f_13_4*t1076
    t1078 = im_f_13_5*t1076
    t1079 = im_y_7_1*im_y_7_2
    t1080 = im_f_7_4*t1079
    t1081 = im_f_7_5*t1079
    t1082 = im_y_10_1*im_y_10_2
    t1083 = im_y_4_1*im_y_4_2
    t1084 = im_f_10_4*t1082 + im_f_10_5*t1082 + im_f_4_4*t1083 + im_f_4_5*t1083
    t1085 = t1077 + t1078 + t1080 + t1081 + t1084
    t1086 = im_y_14_1*im_y_14_2
    t1087 = im_f_14_4*t1086
    t1088 = im_f_14_5*t1086
    t1089 = im_y_8_1*im_y_8_2
    t1090 = im_f_8_4*t1089
    t1091 = im_f_8_5*t1089
    t1092 = im_y_12_1*im_y_12_2
    t1093 = im_y_6_1*im_y_6_2
    t1094 = im_f_12_4*t1092 + im_f_12_5*t1092 + im_f_6_4*t1093 + im_f_6_5*t1093
    t1095 = t1087 + t1088 + t1090 + t1091 + t1094
    t1096 = t1085 + t1095 + t1045*t475 + t1045*t560 + t1047*t479 + t1047*t563 + t1049*t483 + t1049*t566 + t1051*t487 + t1051*t569 + t1053*t491 + t1053*t572 + t1055*t495 + t1055*t575 + t1057*t499 + t1057*t578 + t1059*t503 + t1059*t581 + t1061*t507 + t1061*t584 + t1063*t511 + t1063*t587 + t1065*t515 + t1065*t590 + t1067*t519 + t1067*t593 + t1069*t523 + t1069*t596 + t1071*t527 + t1071*t599 + t1073*t531 + t1073*t602 + t1075*t535 + t1075*t605
    t1097 = im_x_0_0*t1044
    t1098 = im_x_0_1*t1097
    t1099 = im_x_16_0*t1046
    t1100 = im_x_16_1*t1099
    t1101 = im_x_17_0*t1048
    t1102 = im_x_17_1*t1101
    t1103 = im_x_18_0*t1050
    t1104 = im_x_18_1*t1103
    t1105 = im_x_19_0*t1052
    t1106 = im_x_19_1*t1105
    t1107 = im_x_1_0*t1054
    t1108 = im_x_1_1*t1107
    t1109 = im_x_20_0*t1056
    t1110 = im_x_20_1*t1109
    t1111 = im_x_21_0*t1058
    t1112 = im_x_21_1*t1111
    t1113 = im_x_22_0*t1060
    t1114 = im_x_22_1*t1113
    t1115 = im_x_23_0*t1062
    t1116 = im_x_23_1*t1115
    t1117 = im_x_24_0*t1064
    t1118 = im_x_24_1*t1117
    t1119 = im_x_25_0*t1066
    t1120 = im_x_25_1*t1119
    t1121 = im_x_26_0*t1068
    t1122 = im_x_26_1*t1121
    t1123 = im_x_27_0*t1070
    t1124 = im_x_27_1*t1123
    t1125 = im_x_2_0*t1072
    t1126 = im_x_2_1*t1125
    t1127 = im_x_3_0*t1074
    t1128 = im_x_3_1*t1127
    t1129 = t1084 - t1077 - t1078 - t1080 - t1081 + t1098*t475 + t1098*t560 + t1100*t479 + t1100*t563 + t1102*t483 + t1102*t566 + t1104*t487 + t1104*t569 + t1106*t491 + t1106*t572 + t1108*t495 + t1108*t575 + t1110*t499 + t1110*t578 + t1112*t503 + t1112*t581 + t1114*t507 + t1114*t584 + t1116*t511 + t1116*t587 + t1118*t515 + t1118*t590 + t1120*t519 + t1120*t593 + t1122*t523 + t1122*t596 + t1124*t527 + t1124*t599 + t1126*t531 + t1126*t602 + t1128*t535 + t1128*t605
    t1130 = im_x_0_2*t1097
    t1131 = im_x_16_2*t1099
    t1132 = im_x_17_2*t1101
    t1133 = im_x_18_2*t1103
    t1134 = im_x_19_2*t1105
    t1135 = im_x_1_2*t1107
    t1136 = im_x_20_2*t1109
    t1137 = im_x_21_2*t1111
    t1138 = im_x_22_2*t1113
    t1139 = im_x_23_2*t1115
    t1140 = im_x_24_2*t1117
    t1141 = im_x_25_2*t1119
    t1142 = im_x_26_2*t1121
    t1143 = im_x_27_2*t1123
    t1144 = im_x_2_2*t1125
    t1145 = im_x_3_2*t1127
    t1146 = t1094 - t1087 - t1088 - t1090 - t1091 + t1130*t475 + t1130*t560 + t1131*t479 + t1131*t563 + t1132*t483 + t1132*t566 + t1133*t487 + t1133*t569 + t1134*t491 + t1134*t572 + t1135*t495 + t1135*t575 + t1136*t499 + t1136*t578 + t1137*t503 + t1137*t581 + t1138*t507 + t1138*t584 + t1139*t511 + t1139*t587 + t1140*t515 + t1140*t590 + t1141*t519 + t1141*t593 + t1142*t523 + t1142*t596 + t1143*t527 + t1143*t599 + t1144*t531 + t1144*t602 + t1145*t535 + t1145*t605
    t1147 = t679*t945
    t1148 = t681*t947
    t1149 = t683*t949
    t1150 = t685*t951
    t1151 = t687*t953
    t1152 = t689*t955
    t1153 = t691*t957
    t1154 = t693*t959
    t1155 = t695*t961
    t1156 = t697*t963
    t1157 = t699*t965
    t1158 = t701*t967
    t1159 = t703*t969
    t1160 = t705*t971
    t1161 = t707*t973
    t1162 = t709*t975
    t1163 = t715 + t721
    t1164 = t1163 + t739 + t977
    t1165 = im_f_11_4*t84
    t1166 = im_f_11_5*t84
    t1167 = im_f_5_4*t47
    t1168 = im_f_5_5*t47
    t1169 = im_f_15_4*t96 + im_f_15_5*t96 + im_f_9_4*t78 + im_f_9_5*t78
    t1170 = t1165 + t1166 + t1167 + t1168 + t1169
    t1171 = t740*t945
    t1172 = t742*t947
    t1173 = t744*t949
    t1174 = t746*t951
    t1175 = t748*t953
    t1176 = t750*t955
    t1177 = t752*t957
    t1178 = t754*t959
    t1179 = t756*t961
    t1180 = t758*t963
    t1181 = t760*t965
    t1182 = t762*t967
    t1183 = t764*t969
    t1184 = t766*t971
    t1185 = t768*t973
    t1186 = t770*t975
    t1187 = t715 + t788
    t1188 = t1169 + t1187 - t1165 - t1166 - t1167 - t1168 + im_f_0_4*t1171 + im_f_0_5*t1171 + im_f_16_4*t1172 + im_f_16_5*t1172 + im_f_17_4*t1173 + im_f_17_5*t1173 + im_f_18_4*t1174 + im_f_18_5*t1174 + im_f_19_4*t1175 + im_f_19_5*t1175 + im_f_1_4*t1176 + im_f_1_5*t1176 + im_f_20_4*t1177 + im_f_20_5*t1177 + im_f_21_4*t1178 + im_f_21_5*t1178 + im_f_22_4*t1179 + im_f_22_5*t1179 + im_f_23_4*t1180 + im_f_23_5*t1180 + im_f_24_4*t1181 + im_f_24_5*t1181 + im_f_25_4*t1182 + im_f_25_5*t1182 + im_f_26_4*t1183 + im_f_26_5*t1183 + im_f_27_4*t1184 + im_f_27_5*t1184 + im_f_2_4*t1185 + im_f_2_5*t1185 + im_f_3_4*t1186 + im_f_3_5*t1186
    t1189 = t1044*t679
    t1190 = t1046*t681
    t1191 = t1048*t683
    t1192 = t1050*t685
    t1193 = t1052*t687
    t1194 = t1054*t689
    t1195 = t1056*t691
    t1196 = t1058*t693
    t1197 = t1060*t695
    t1198 = t1062*t697
    t1199 = t1064*t699
    t1200 = t1066*t701
    t1201 = t1068*t703
    t1202 = t1070*t705
    t1203 = t1072*t707
    t1204 = t1074*t709
    t1205 = im_y_11_1*im_y_11_2
    t1206 = im_f_11_4*t1205
    t1207 = im_f_11_5*t1205
    t1208 = im_y_5_1*im_y_5_2
    t1209 = im_f_5_4*t1208
    t1210 = im_f_5_5*t1208
    t1211 = im_y_15_1*im_y_15_2
    t1212 = im_y_9_1*im_y_9_2
    t1213 = im_f_15_4*t1211 + im_f_15_5*t1211 + im_f_9_4*t1212 + im_f_9_5*t1212
    t1214 = t1206 + t1207 + t1209 + t1210 + t1213
    t1215 = t1085 + t1214 + t1189*t475 + t1189*t560 + t1190*t479 + t1190*t563 + t1191*t483 + t1191*t566 + t1192*t487 + t1192*t569 + t1193*t491 + t1193*t572 + t1194*t495 + t1194*t575 + t1195*t499 + t1195*t578 + t1196*t503 + t1196*t581 + t1197*t507 + t1197*t584 + t1198*t511 + t1198*t587 + t1199*t515 + t1199*t590 + t1200*t519 + t1200*t593 + t1201*t523 + t1201*t596 + t1202*t527 + t1202*t599 + t1203*t531 + t1203*t602 + t1204*t535 + t1204*t605
    t1216 = t1044*t740
    t1217 = t1046*t742
    t1218 = t1048*t744
    t1219 = t1050*t746
    t1220 = t1052*t748
    t1221 = t1054*t750
    t1222 = t1056*t752
    t1223 = t1058*t754
    t1224 = t1060*t756
    t1225 = t1062*t758
    t1226 = t1064*t760
    t1227 = t1066*t762
    t1228 = t1068*t764
    t1229 = t1070*t766
    t1230 = t1072*t768
    t1231 = t1074*t770
    t1232 = t1213 - t1206 - t1207 - t1209 - t1210 + t1216*t475 + t1216*t560 + t1217*t479 + t1217*t563 + t1218*t483 + t1218*t566 + t1219*t487 + t1219*t569 + t1220*t491 + t1220*t572 + t1221*t495 + t1221*t575 + t1222*t499 + t1222*t578 + t1223*t503 + t1223*t581 + t1224*t507 + t1224*t584 + t1225*t511 + t1225*t587 + t1226*t515 + t1226*t590 + t1227*t519 + t1227*t593 + t1228*t523 + t1228*t596 + t1229*t527 + t1229*t599 + t1230*t531 + t1230*t602 + t1231*t535 + t1231*t605
    t1233 = t862*t945
    t1234 = t864*t947
    t1235 = t866*t949
    t1236 = t868*t951
    t1237 = t870*t953
    t1238 = t872*t955
    t1239 = t874*t957
    t1240 = t876*t959
    t1241 = t878*t961
    t1242 = t880*t963
    t1243 = t882*t965
    t1244 = t884*t967
    t1245 = t886*t969
    t1246 = t888*t971
    t1247 = t890*t973
    t1248 = t892*t975
    t1249 = t1163 + t910 + t978
    t1250 = t1044*t862
    t1251 = t1046*t864
    t1252 = t1048*t866
    t1253 = t1050*t868
    t1254 = t1052*t870
    t1255 = t1054*t872
    t1256 = t1056*t874
    t1257 = t1058*t876
    t1258 = t1060*t878
    t1259 = t1062*t880
    t1260 = t1064*t882
    t1261 = t1066*t884
    t1262 = t1068*t886
    t1263 = t1070*t888
    t1264 = t1072*t890
    t1265 = t1074*t892
    t1266 = t1095 + t1214 + t1250*t475 + t1250*t560 + t1251*t479 + t1251*t563 + t1252*t483 + t1252*t566 + t1253*t487 + t1253*t569 + t1254*t491 + t1254*t572 + t1255*t495 + t1255*t575 + t1256*t499 + t1256*t578 + t1257*t503 + t1257*t581 + t1258*t507 + t1258*t584 + t1259*t511 + t1259*t587 + t1260*t515 + t1260*t590 + t1261*t519 + t1261*t593 + t1262*t523 + t1262*t596 + t1263*t527 + t1263*t599 + t1264*t531 + t1264*t602 + t1265*t535 + t1265*t605
    t1267 = 4.0*t10
    t1268 = t1267*t284
    t1269 = 4.0*t101
    t1270 = t1269*t287
    t1271 = 4.0*t104
    t1272 = t1271*t290
    t1273 = 4.0*t108
    t1274 = t1273*t293
    t1275 = 4.0*t112
    t1276 = t1275*t296
    t1277 = 4.0*t14
    t1278 = t1277*t299
    t1279 = 4.0*t115
    t1280 = t1279*t302
    t1281 = 4.0*t119
    t1282 = t1281*t305
    t1283 = 4.0*t123
    t1284 = t1283*t308
    t1285 = 4.0*t127
    t1286 = t1285*t311
    t1287 = 4.0*t130
    t1288 = t1287*t314
    t1289 = 4.0*t133
    t1290 = t1289*t317
    t1291 = 4.0*t136
    t1292 = t1291*t320
    t1293 = 4.0*t139
    t1294 = t1293*t323
    t1295 = 4.0*t17
    t1296 = t1295*t326
    t1297 = 4.0*t20
    t1298 = t1297*t329
    t1299 = im_f_13_4*t91
    t1300 = im_f_13_5*t91
    t1301 = im_f_7_4*t64
    t1302 = im_f_7_5*t64
    t1303 = im_f_10_4*t82 + im_f_10_5*t82 + im_f_4_4*t33 + im_f_4_5*t33
    t1304 = t1299 + t1300 + t1301 + t1302 + t1303
    t1305 = im_f_14_4*t94
    t1306 = im_f_14_5*t94
    t1307 = im_f_8_4*t73
    t1308 = im_f_8_5*t73
    t1309 = im_f_12_4*t88 + im_f_12_5*t88 + im_f_6_4*t54 + im_f_6_5*t54
    t1310 = t1305 + t1306 + t1307 + t1308 + t1309
    t1311 = im_x_0_0*t1267
    t1312 = im_x_0_1*t1311
    t1313 = im_x_16_0*t1269
    t1314 = im_x_16_1*t1313
    t1315 = im_x_17_0*t1271
    t1316 = im_x_17_1*t1315
    t1317 = im_x_18_0*t1273
    t1318 = im_x_18_1*t1317
    t1319 = im_x_19_0*t1275
    t1320 = im_x_19_1*t1319
    t1321 = im_x_1_0*t1277
    t1322 = im_x_1_1*t1321
    t1323 = im_x_20_0*t1279
    t1324 = im_x_20_1*t1323
    t1325 = im_x_21_0*t1281
    t1326 = im_x_21_1*t1325
    t1327 = im_x_22_0*t1283
    t1328 = im_x_22_1*t1327
    t1329 = im_x_23_0*t1285
    t1330 = im_x_23_1*t1329
    t1331 = im_x_24_0*t1287
    t1332 = im_x_24_1*t1331
    t1333 = im_x_25_0*t1289
    t1334 = im_x_25_1*t1333
    t1335 = im_x_26_0*t1291
    t1336 = im_x_26_1*t1335
    t1337 = im_x_27_0*t1293
    t1338 = im_x_27_1*t1337
    t1339 = im_x_2_0*t1295
    t1340 = im_x_2_1*t1339
    t1341 = im_x_3_0*t1297
    t1342 = im_x_3_1*t1341
    t1343 = t1024 + t1303 - t1299 - t1300 - t1301 - t1302 + im_f_0_4*t1312 + im_f_0_5*t1312 + im_f_16_4*t1314 + im_f_16_5*t1314 + im_f_17_4*t1316 + im_f_17_5*t1316 + im_f_18_4*t1318 + im_f_18_5*t1318 + im_f_19_4*t1320 + im_f_19_5*t1320 + im_f_1_4*t1322 + im_f_1_5*t1322 + im_f_20_4*t1324 + im_f_20_5*t1324 + im_f_21_4*t1326 + im_f_21_5*t1326 + im_f_22_4*t1328 + im_f_22_5*t1328 + im_f_23_4*t1330 + im_f_23_5*t1330 + im_f_24_4*t1332 + im_f_24_5*t1332 + im_f_25_4*t1334 + im_f_25_5*t1334 + im_f_26_4*t1336 + im_f_26_5*t1336 + im_f_27_4*t1338 + im_f_27_5*t1338 + im_f_2_4*t1340 + im_f_2_5*t1340 + im_f_3_4*t1342 + im_f_3_5*t1342
    t1344 = im_x_0_2*t1311
    t1345 = im_x_16_2*t1313
    t1346 = im_x_17_2*t1315
    t1347 = im_x_18_2*t1317
    t1348 = im_x_19_2*t1319
    t1349 = im_x_1_2*t1321
    t1350 = im_x_20_2*t1323
    t1351 = im_x_21_2*t1325
    t1352 = im_x_22_2*t1327
    t1353 = im_x_23_2*t1329
    t1354 = im_x_24_2*t1331
    t1355 = im_x_25_2*t1333
    t1356 = im_x_26_2*t1335
    t1357 = im_x_27_2*t1337
    t1358 = im_x_2_2*t1339
    t1359 = im_x_3_2*t1341
    t1360 = t1042 + t1309 - t1305 - t1306 - t1307 - t1308 + im_f_0_4*t1344 + im_f_0_5*t1344 + im_f_16_4*t1345 + im_f_16_5*t1345 + im_f_17_4*t1346 + im_f_17_5*t1346 + im_f_18_4*t1347 + im_f_18_5*t1347 + im_f_19_4*t1348 + im_f_19_5*t1348 + im_f_1_4*t1349 + im_f_1_5*t1349 + im_f_20_4*t1350 + im_f_20_5*t1350 + im_f_21_4*t1351 + im_f_21_5*t1351 + im_f_22_4*t1352 + im_f_22_5*t1352 + im_f_23_4*t1353 + im_f_23_5*t1353 + im_f_24_4*t1354 + im_f_24_5*t1354 + im_f_25_4*t1355 + im_f_25_5*t1355 + im_f_26_4*t1356 + im_f_26_5*t1356 + im_f_27_4*t1357 + im_f_27_5*t1357 + im_f_2_4*t1358 + im_f_2_5*t1358 + im_f_3_4*t1359 + im_f_3_5*t1359
    t1361 = t1267*t679
    t1362 = t1269*t681
    t1363 = t1271*t683
    t1364 = t1273*t685
    t1365 = t1275*t687
    t1366 = t1277*t689
    t1367 = t1279*t691
    t1368 = t1281*t693
    t1369 = t1283*t695
    t1370 = t1285*t697
    t1371 = t1287*t699
    t1372 = t1289*t701
    t1373 = t1291*t703
    t1374 = t1293*t705
    t1375 = t1295*t707
    t1376 = t1297*t709
    t1377 = im_f_11_4*t85
    t1378 = im_f_11_5*t85
    t1379 = im_f_5_4*t48
    t1380 = im_f_5_5*t48
    t1381 = im_f_15_4*t97 + im_f_15_5*t97 + im_f_9_4*t79 + im_f_9_5*t79
    t1382 = t1377 + t1378 + t1379 + t1380 + t1381
    t1383 = t1267*t740
    t1384 = t1269*t742
    t1385 = t1271*t744
    t1386 = t1273*t746
    t1387 = t1275*t748
    t1388 = t1277*t750
    t1389 = t1279*t752
    t1390 = t1281*t754
    t1391 = t1283*t756
    t1392 = t1285*t758
    t1393 = t1287*t760
    t1394 = t1289*t762
    t1395 = t1291*t764
    t1396 = t1293*t766
    t1397 = t1295*t768
    t1398 = t1297*t770
    t1399 = t1187 + t1381 - t1377 - t1378 - t1379 - t1380 + im_f_0_4*t1383 + im_f_0_5*t1383 + im_f_16_4*t1384 + im_f_16_5*t1384 + im_f_17_4*t1385 + im_f_17_5*t1385 + im_f_18_4*t1386 + im_f_18_5*t1386 + im_f_19_4*t1387 + im_f_19_5*t1387 + im_f_1_4*t1388 + im_f_1_5*t1388 + im_f_20_4*t1389 + im_f_20_5*t1389 + im_f_21_4*t1390 + im_f_21_5*t1390 + im_f_22_4*t1391 + im_f_22_5*t1391 + im_f_23_4*t1392 + im_f_23_5*t1392 + im_f_24_4*t1393 + im_f_24_5*t1393 + im_f_25_4*t1394 + im_f_25_5*t1394 + im_f_26_4*t1395 + im_f_26_5*t1395 + im_f_27_4*t1396 + im_f_27_5*t1396 + im_f_2_4*t1397 + im_f_2_5*t1397 + im_f_3_4*t1398 + im_f_3_5*t1398
    t1400 = t1267*t862
    t1401 = t1269*t864
    t1402 = t1271*t866
    t1403 = t1273*t868
    t1404 = t1275*t870
    t1405 = t1277*t872
    t1406 = t1279*t874
    t1407 = t1281*t876
    t1408 = t1283*t878
    t1409 = t1285*t880
    t1410 = t1287*t882
    t1411 = t1289*t884
    t1412 = t1291*t886
    t1413 = t1293*t888
    t1414 = t1295*t890
    t1415 = t1297*t892
    if not numpy.all(numpy.asarray(in_A_4 + in_A_8 + t203 + t204 + t205 + t209 + t211 + t213 + t5 - t206 - t207 - t208 - t214 - t215 - t216) > 0):
        raise ValueError("det(I + A) must be positive (the deformation inverts the crystal)")
    if not numpy.all(numpy.asarray(0.0244140625 - (-0.6280055373642862 - 0.6280055373642862*in_A_0 - 0.6280055373642862*in_A_1 - 0.6280055373642862*in_A_2 + in_A_1*in_q_1 + in_A_2*in_q_2 + in_q_0*t5)**2 - (-0.6280055373642862 - 0.6280055373642862*in_A_3 - 0.6280055373642862*in_A_4 - 0.6280055373642862*in_A_5 + in_A_3*in_q_0 + in_A_5*in_q_2 + in_q_1*t6)**2 - (-0.6280055373642862 - 0.6280055373642862*in_A_6 - 0.6280055373642862*in_A_7 - 0.6280055373642862*in_A_8 + in_A_6*in_q_0 + in_A_7*in_q_1 + in_q_2*t7)**2) > 0):
        raise ValueError("shift p1 moved more than 0.156 from its affine position (outside the range where the neighbour set is valid)")
    if not numpy.all(numpy.asarray(0.19 + t142 + t217 + t218) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.0361 + t221 + t222 + t223 + t225 + t226 + t227 + t228 + t229 + t230 + t231 + t232 + t233 + t235 + t236 + t238 + t239 + t240 - t219 - t220 - t234 - t241 - t242 - t244 - t246 - t247 - t248 - t203*t234) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.006859 + t264 + t265 + t277 + t278 + t279 - t255 - t256 - t257 - t259 - t261 - t263 - 4.0*t214 - 4.0*t215 - 4.0*t216 - 2.0*t274 + 8.0*t209 - 0.1539*t140 - 0.1539*t141 - 0.1539*t144 - 0.1539*t145 - 0.1539*t147 - 0.1539*t148 - 0.81*t229 - 0.81*t233 + (0.76)*t203 + (0.76)*t204 + (0.76)*t205 + (0.19)*t230 + (1.62)*t243 + (1.62)*t245 + (1.62)*t271 + (0.0722)*in_A_0 + (0.0722)*in_A_4 + (0.0722)*in_A_8 + (0.0361)*t217 + (0.0361)*t224 + (0.0361)*t249 + in_A_2*t272 + in_A_6*t272 + in_A_8*t264 + in_A_8*t265 + t147*t226 + t147*t232 + t147*t233 + t147*t239 + t148*t227 + t148*t229 + t148*t231 + t148*t236 + t203*t264 + t203*t265 + t203*t279 + t204*t264 + t204*t265 + t204*t278 + t205*t264 + t205*t265 + t205*t277 + t208*t241 + t208*t277 + t209*t264 + t209*t265 + t211*t218 + t211*t237 + t213*t218 + t213*t237 + t215*t260 + t215*t262 + t216*t234 + t216*t262 + t217*t222 + t217*t258 + t217*t268 + t221*t224 + t221*t249 + t222*t249 + t223*t224 + t223*t249 + t224*t258 + t224*t267 + t225*t249 + t228*t249 + t228*t266 + t230*t249 + t230*t266 + t235*t249 + t238*t249 + t240*t249 + t243*t250 + t245*t251 + t250*t281 + t251*t282 + t252*t271 + t269*t270 - in_A_8*t256 - in_A_8*t257 - in_A_8*t261 - in_A_8*t263 - t140*t252 - t141*t219 - t141*t251 - t141*t253 - t144*t252 - t145*t220 - t145*t250 - t145*t254 - t147*t220 - t147*t246 - t147*t248 - t147*t251 - t148*t219 - t148*t244 - t148*t247 - t148*t250 - t203*t255 - t203*t259 - t204*t256 - t204*t261 - t205*t257 - t205*t263 - t206*t221 - t206*t222 - t206*t267 - t206*t268 - t206*t283 - t207*t221 - t207*t235 - t207*t240 - t207*t268 - t207*t283 - t208*t222 - t208*t238 - t208*t240 - t208*t267 - t208*t283 - t217*t253 - t219*t249 - t220*t249 - t224*t254 - t236*t281 - t239*t282 - t241*t249 - t242*t249 - t266*t274 - t275*t276 + in_A_6*t252*t280 + t207*t208*t218 - in_A_2*t145*t275 - t141*t270*t273 - t266*t276*t280) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_0) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_1) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_2) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_3) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_4) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_5) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_6) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_7) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_8) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_9) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_10) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_11) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_12) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_13) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_14) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_15) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_16) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_17) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_18) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_19) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_20) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_21) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_22) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_23) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_24) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_25) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_26) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.9904512136679556 - im_r2_27) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_0) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_1) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_3) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_4) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_5) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_6) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_7) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_8) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_9) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_10) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_11) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_12) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_13) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_14) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_15) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_16) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_17) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_18) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_19) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_20) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_21) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_22) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_23) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_24) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_25) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_26) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_27) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_28) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_29) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_30) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_31) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_32) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_33) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_34) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_35) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_36) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_37) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_38) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_39) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_40) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.9904512136679556 + im_r2w_41) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    out = numpy.empty(batch + (81,))
    out[..., 0] = t343 + t355 + t372 + im_f_0_4*t286 + im_f_0_5*t286 + im_f_16_4*t289 + im_f_16_5*t289 + im_f_17_4*t292 + im_f_17_5*t292 + im_f_18_4*t295 + im_f_18_5*t295 + im_f_19_4*t298 + im_f_19_5*t298 + im_f_1_4*t301 + im_f_1_5*t301 + im_f_20_4*t304 + im_f_20_5*t304 + im_f_21_4*t307 + im_f_21_5*t307 + im_f_22_4*t310 + im_f_22_5*t310 + im_f_23_4*t313 + im_f_23_5*t313 + im_f_24_4*t316 + im_f_24_5*t316 + im_f_25_4*t319 + im_f_25_5*t319 + im_f_26_4*t322 + im_f_26_5*t322 + im_f_27_4*t325 + im_f_27_5*t325 + im_f_2_4*t328 + im_f_2_5*t328 + im_f_3_4*t331 + im_f_3_5*t331
    out[..., 1] = t438
    out[..., 2] = t472
    out[..., 3] = t557
    out[..., 4] = t606
    out[..., 5] = t623
    out[..., 6] = t660
    out[..., 7] = t677
    out[..., 8] = t678
    out[..., 9] = t438
    out[..., 10] = t343 + t722 + t739 + im_f_0_4*t680 + im_f_0_5*t680 + im_f_16_4*t682 + im_f_16_5*t682 + im_f_17_4*t684 + im_f_17_5*t684 + im_f_18_4*t686 + im_f_18_5*t686 + im_f_19_4*t688 + im_f_19_5*t688 + im_f_1_4*t690 + im_f_1_5*t690 + im_f_20_4*t692 + im_f_20_5*t692 + im_f_21_4*t694 + im_f_21_5*t694 + im_f_22_4*t696 + im_f_22_5*t696 + im_f_23_4*t698 + im_f_23_5*t698 + im_f_24_4*t700 + im_f_24_5*t700 + im_f_25_4*t702 + im_f_25_5*t702 + im_f_26_4*t704 + im_f_26_5*t704 + im_f_27_4*t706 + im_f_27_5*t706 + im_f_2_4*t708 + im_f_2_5*t708 + im_f_3_4*t710 + im_f_3_5*t710
    out[..., 11] = t789
    out[..., 12] = t606
    out[..., 13] = t832
    out[..., 14] = t849
    out[..., 15] = t677
    out[..., 16] = t860
    out[..., 17] = t861
    out[..., 18] = t472
    out[..., 19] = t789
    out[..., 20] = t355 + t722 + t910 + im_f_0_4*t863 + im_f_0_5*t863 + im_f_16_4*t865 + im_f_16_5*t865 + im_f_17_4*t867 + im_f_17_5*t867 + im_f_18_4*t869 + im_f_18_5*t869 + im_f_19_4*t871 + im_f_19_5*t871 + im_f_1_4*t873 + im_f_1_5*t873 + im_f_20_4*t875 + im_f_20_5*t875 + im_f_21_4*t877 + im_f_21_5*t877 + im_f_22_4*t879 + im_f_22_5*t879 + im_f_23_4*t881 + im_f_23_5*t881 + im_f_24_4*t883 + im_f_24_5*t883 + im_f_25_4*t885 + im_f_25_5*t885 + im_f_26_4*t887 + im_f_26_5*t887 + im_f_27_4*t889 + im_f_27_5*t889 + im_f_2_4*t891 + im_f_2_5*t891 + im_f_3_4*t893 + im_f_3_5*t893
    out[..., 21] = t623
    out[..., 22] = t849
    out[..., 23] = t943
    out[..., 24] = t678
    out[..., 25] = t861
    out[..., 26] = t944
    out[..., 27] = t557
    out[..., 28] = t606
    out[..., 29] = t623
    out[..., 30] = t979 + t985 + t991 + im_f_0_4*t946 + im_f_0_5*t946 + im_f_16_4*t948 + im_f_16_5*t948 + im_f_17_4*t950 + im_f_17_5*t950 + im_f_18_4*t952 + im_f_18_5*t952 + im_f_19_4*t954 + im_f_19_5*t954 + im_f_1_4*t956 + im_f_1_5*t956 + im_f_20_4*t958 + im_f_20_5*t958 + im_f_21_4*t960 + im_f_21_5*t960 + im_f_22_4*t962 + im_f_22_5*t962 + im_f_23_4*t964 + im_f_23_5*t964 + im_f_24_4*t966 + im_f_24_5*t966 + im_f_25_4*t968 + im_f_25_5*t968 + im_f_26_4*t970 + im_f_26_5*t970 + im_f_27_4*t972 + im_f_27_5*t972 + im_f_2_4*t974 + im_f_2_5*t974 + im_f_3_4*t976 + im_f_3_5*t976
    out[..., 31] = t1025
    out[..., 32] = t1043
    out[..., 33] = t1096
    out[..., 34] = t1129
    out[..., 35] = t1146
    out[..., 36] = t606
    out[..., 37] = t832
    out[..., 38] = t849
    out[..., 39] = t1025
    out[..., 40] = t1164 + t1170 + t985 + im_f_0_4*t1147 + im_f_0_5*t1147 + im_f_16_4*t1148 + im_f_16_5*t1148 + im_f_17_4*t1149 + im_f_17_5*t1149 + im_f_18_4*t1150 + im_f_18_5*t1150 + im_f_19_4*t1151 + im_f_19_5*t1151 + im_f_1_4*t1152 + im_f_1_5*t1152 + im_f_20_4*t1153 + im_f_20_5*t1153 + im_f_21_4*t1154 + im_f_21_5*t1154 + im_f_22_4*t1155 + im_f_22_5*t1155 + im_f_23_4*t1156 + im_f_23_5*t1156 + im_f_24_4*t1157 + im_f_24_5*t1157 + im_f_25_4*t1158 + im_f_25_5*t1158 + im_f_26_4*t1159 + im_f_26_5*t1159 + im_f_27_4*t1160 + im_f_27_5*t1160 + im_f_2_4*t1161 + im_f_2_5*t1161 + im_f_3_4*t1162 + im_f_3_5*t1162
    out[..., 41] = t1188
    out[..., 42] = t1129
    out[..., 43] = t1215
    out[..., 44] = t1232
    out[..., 45] = t623
    out[..., 46] = t849
    out[..., 47] = t943
    out[..., 48] = t1043
    out[..., 49] = t1188
    out[..., 50] = t1170 + t1249 + t991 + im_f_0_4*t1233 + im_f_0_5*t1233 + im_f_16_4*t1234 + im_f_16_5*t1234 + im_f_17_4*t1235 + im_f_17_5*t1235 + im_f_18_4*t1236 + im_f_18_5*t1236 + im_f_19_4*t1237 + im_f_19_5*t1237 + im_f_1_4*t1238 + im_f_1_5*t1238 + im_f_20_4*t1239 + im_f_20_5*t1239 + im_f_21_4*t1240 + im_f_21_5*t1240 + im_f_22_4*t1241 + im_f_22_5*t1241 + im_f_23_4*t1242 + im_f_23_5*t1242 + im_f_24_4*t1243 + im_f_24_5*t1243 + im_f_25_4*t1244 + im_f_25_5*t1244 + im_f_26_4*t1245 + im_f_26_5*t1245 + im_f_27_4*t1246 + im_f_27_5*t1246 + im_f_2_4*t1247 + im_f_2_5*t1247 + im_f_3_4*t1248 + im_f_3_5*t1248
    out[..., 51] = t1146
    out[..., 52] = t1232
    out[..., 53] = t1266
    out[..., 54] = t660
    out[..., 55] = t677
    out[..., 56] = t678
    out[..., 57] = t1096
    out[..., 58] = t1129
    out[..., 59] = t1146
    out[..., 60] = t1304 + t1310 + t979 + im_f_0_4*t1268 + im_f_0_5*t1268 + im_f_16_4*t1270 + im_f_16_5*t1270 + im_f_17_4*t1272 + im_f_17_5*t1272 + im_f_18_4*t1274 + im_f_18_5*t1274 + im_f_19_4*t1276 + im_f_19_5*t1276 + im_f_1_4*t1278 + im_f_1_5*t1278 + im_f_20_4*t1280 + im_f_20_5*t1280 + im_f_21_4*t1282 + im_f_21_5*t1282 + im_f_22_4*t1284 + im_f_22_5*t1284 + im_f_23_4*t1286 + im_f_23_5*t1286 + im_f_24_4*t1288 + im_f_24_5*t1288 + im_f_25_4*t1290 + im_f_25_5*t1290 + im_f_26_4*t1292 + im_f_26_5*t1292 + im_f_27_4*t1294 + im_f_27_5*t1294 + im_f_2_4*t1296 + im_f_2_5*t1296 + im_f_3_4*t1298 + im_f_3_5*t1298
    out[..., 61] = t1343
    out[..., 62] = t1360
    out[..., 63] = t677
    out[..., 64] = t860
    out[..., 65] = t861
    out[..., 66] = t1129
    out[..., 67] = t1215
    out[..., 68] = t1232
    out[..., 69] = t1343
    out[..., 70] = t1164 + t1304 + t1382 + im_f_0_4*t1361 + im_f_0_5*t1361 + im_f_16_4*t1362 + im_f_16_5*t1362 + im_f_17_4*t1363 + im_f_17_5*t1363 + im_f_18_4*t1364 + im_f_18_5*t1364 + im_f_19_4*t1365 + im_f_19_5*t1365 + im_f_1_4*t1366 + im_f_1_5*t1366 + im_f_20_4*t1367 + im_f_20_5*t1367 + im_f_21_4*t1368 + im_f_21_5*t1368 + im_f_22_4*t1369 + im_f_22_5*t1369 + im_f_23_4*t1370 + im_f_23_5*t1370 + im_f_24_4*t1371 + im_f_24_5*t1371 + im_f_25_4*t1372 + im_f_25_5*t1372 + im_f_26_4*t1373 + im_f_26_5*t1373 + im_f_27_4*t1374 + im_f_27_5*t1374 + im_f_2_4*t1375 + im_f_2_5*t1375 + im_f_3_4*t1376 + im_f_3_5*t1376
    out[..., 71] = t1399
    out[..., 72] = t678
    out[..., 73] = t861
    out[..., 74] = t944
    out[..., 75] = t1146
    out[..., 76] = t1232
    out[..., 77] = t1266
    out[..., 78] = t1360
    out[..., 79] = t1399
    out[..., 80] = t1249 + t1310 + t1382 + im_f_0_4*t1400 + im_f_0_5*t1400 + im_f_16_4*t1401 + im_f_16_5*t1401 + im_f_17_4*t1402 + im_f_17_5*t1402 + im_f_18_4*t1403 + im_f_18_5*t1403 + im_f_19_4*t1404 + im_f_19_5*t1404 + im_f_1_4*t1405 + im_f_1_5*t1405 + im_f_20_4*t1406 + im_f_20_5*t1406 + im_f_21_4*t1407 + im_f_21_5*t1407 + im_f_22_4*t1408 + im_f_22_5*t1408 + im_f_23_4*t1409 + im_f_23_5*t1409 + im_f_24_4*t1410 + im_f_24_5*t1410 + im_f_25_4*t1411 + im_f_25_5*t1411 + im_f_26_4*t1412 + im_f_26_5*t1412 + im_f_27_4*t1413 + im_f_27_5*t1413 + im_f_2_4*t1414 + im_f_2_5*t1414 + im_f_3_4*t1415 + im_f_3_5*t1415
    return out.reshape(batch + (3, 3, 3, 3,))
