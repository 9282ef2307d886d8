# symms cauchy-born/fcc-lj-rc2.5; regenerate with: symms derive cauchy-born --lattice fcc --potential lj --cutoff 2.5 --cutoff-mode truncated
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


def energy(A):
    """W(A, p): stored energy per reference volume |Gamma| (seed 001 eq 3.4, pairs once; per atom: the energy_per_atom kernel). Pair potential lj, truncated at rc, unshifted (LAMMPS lj/cut without pair_modify shift).

    A: shape (..., 3, 3)
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
    batch = numpy.broadcast_shapes(*batches)
    t0 = 1.0 + in_A_0
    t1 = in_A_1 + t0
    im_y_0_0 = t1
    t2 = 1.0 + in_A_4
    t3 = in_A_3 + t2
    im_y_0_1 = t3
    t4 = in_A_6 + in_A_7
    im_y_0_2 = t4
    im_r2_0 = (im_y_0_0)**2 + (im_y_0_1)**2 + (im_y_0_2)**2
    im_f_0_0 = 22.967378574579335/(im_r2_0)**6
    im_f_0_1 = -4.968838246495331/(im_r2_0)**3
    t5 = -in_A_1
    t6 = t0 + t5
    im_y_1_0 = t6
    t7 = -in_A_3
    t8 = t2 + t7
    im_y_1_1 = -t8
    t9 = -in_A_7
    t10 = in_A_6 + t9
    im_y_1_2 = t10
    im_r2_1 = (im_y_1_0)**2 + (im_y_1_1)**2 + (im_y_1_2)**2
    im_f_1_0 = 22.967378574579335/(im_r2_1)**6
    im_f_1_1 = -4.968838246495331/(im_r2_1)**3
    t11 = in_A_2 + t0
    im_y_2_0 = t11
    t12 = in_A_3 + in_A_5
    im_y_2_1 = t12
    t13 = 1.0 + in_A_8
    t14 = in_A_6 + t13
    im_y_2_2 = t14
    im_r2_2 = (im_y_2_0)**2 + (im_y_2_1)**2 + (im_y_2_2)**2
    im_f_2_0 = 22.967378574579335/(im_r2_2)**6
    im_f_2_1 = -4.968838246495331/(im_r2_2)**3
    t15 = -in_A_2
    t16 = t0 + t15
    im_y_3_0 = t16
    t17 = -in_A_5
    t18 = in_A_3 + t17
    im_y_3_1 = t18
    t19 = -in_A_6
    t20 = t13 + t19
    im_y_3_2 = -t20
    im_r2_3 = (im_y_3_0)**2 + (im_y_3_1)**2 + (im_y_3_2)**2
    im_f_3_0 = 22.967378574579335/(im_r2_3)**6
    im_f_3_1 = -4.968838246495331/(im_r2_3)**3
    t21 = in_A_1 + in_A_2
    im_y_4_0 = t21
    t22 = in_A_5 + t2
    im_y_4_1 = t22
    t23 = in_A_7 + t13
    im_y_4_2 = t23
    im_r2_4 = (im_y_4_0)**2 + (im_y_4_1)**2 + (im_y_4_2)**2
    im_f_4_0 = 22.967378574579335/(im_r2_4)**6
    im_f_4_1 = -4.968838246495331/(im_r2_4)**3
    t24 = in_A_1 + t15
    im_y_5_0 = t24
    t25 = t17 + t2
    im_y_5_1 = t25
    t26 = t13 + t9
    im_y_5_2 = -t26
    im_r2_5 = (im_y_5_0)**2 + (im_y_5_1)**2 + (im_y_5_2)**2
    im_f_5_0 = 22.967378574579335/(im_r2_5)**6
    im_f_5_1 = -4.968838246495331/(im_r2_5)**3
    t27 = 2.0*in_A_2
    im_y_6_0 = t27
    t28 = 2.0*in_A_5
    im_y_6_1 = t28
    t29 = 2.0*in_A_8
    t30 = 2.0 + t29
    im_y_6_2 = t30
    im_r2_6 = (im_y_6_0)**2 + (im_y_6_1)**2 + (im_y_6_2)**2
    im_f_6_0 = 22.967378574579335/(im_r2_6)**6
    im_f_6_1 = -4.968838246495331/(im_r2_6)**3
    t31 = 2.0*in_A_1
    im_y_7_0 = t31
    t32 = 2.0*in_A_4
    t33 = 2.0 + t32
    im_y_7_1 = t33
    t34 = 2.0*in_A_7
    im_y_7_2 = t34
    im_r2_7 = (im_y_7_0)**2 + (im_y_7_1)**2 + (im_y_7_2)**2
    im_f_7_0 = 22.967378574579335/(im_r2_7)**6
    im_f_7_1 = -4.968838246495331/(im_r2_7)**3
    t35 = 2.0*in_A_0
    t36 = 2.0 + t35
    im_y_8_0 = t36
    t37 = 2.0*in_A_3
    im_y_8_1 = t37
    t38 = 2.0*in_A_6
    im_y_8_2 = t38
    im_r2_8 = (im_y_8_0)**2 + (im_y_8_1)**2 + (im_y_8_2)**2
    im_f_8_0 = 22.967378574579335/(im_r2_8)**6
    im_f_8_1 = -4.968838246495331/(im_r2_8)**3
    im_y_9_0 = t1 + t27
    im_y_9_1 = t28 + t3
    im_y_9_2 = t30 + t4
    im_r2_9 = (im_y_9_0)**2 + (im_y_9_1)**2 + (im_y_9_2)**2
    im_f_9_0 = 22.967378574579335/(im_r2_9)**6
    im_f_9_1 = -4.968838246495331/(im_r2_9)**3
    t39 = -t27
    im_y_10_0 = t1 + t39
    t40 = -t28
    im_y_10_1 = t3 + t40
    t41 = -2.0 - t29
    im_y_10_2 = t4 + t41
    im_r2_10 = (im_y_10_0)**2 + (im_y_10_1)**2 + (im_y_10_2)**2
    im_f_10_0 = 22.967378574579335/(im_r2_10)**6
    im_f_10_1 = -4.968838246495331/(im_r2_10)**3
    im_y_11_0 = t27 + t6
    t42 = -1.0 - in_A_4
    t43 = in_A_3 + t28
    im_y_11_1 = t42 + t43
    im_y_11_2 = t10 + t30
    im_r2_11 = (im_y_11_0)**2 + (im_y_11_1)**2 + (im_y_11_2)**2
    im_f_11_0 = 22.967378574579335/(im_r2_11)**6
    im_f_11_1 = -4.968838246495331/(im_r2_11)**3
    im_y_12_0 = t39 + t6
    im_y_12_1 = -t28 - t8
    t44 = in_A_7 + t30
    im_y_12_2 = -t19 - t44
    im_r2_12 = (im_y_12_0)**2 + (im_y_12_1)**2 + (im_y_12_2)**2
    im_f_12_0 = 22.967378574579335/(im_r2_12)**6
    im_f_12_1 = -4.968838246495331/(im_r2_12)**3
    im_y_13_0 = t11 + t31
    im_y_13_1 = t12 + t33
    im_y_13_2 = t14 + t34
    im_r2_13 = (im_y_13_0)**2 + (im_y_13_1)**2 + (im_y_13_2)**2
    im_f_13_0 = 22.967378574579335/(im_r2_13)**6
    im_f_13_1 = -4.968838246495331/(im_r2_13)**3
    im_y_14_0 = t16 + t31
    im_y_14_1 = t18 + t33
    t45 = -1.0 - in_A_8
    t46 = in_A_6 + t34
    im_y_14_2 = t45 + t46
    im_r2_14 = (im_y_14_0)**2 + (im_y_14_1)**2 + (im_y_14_2)**2
    im_f_14_0 = 22.967378574579335/(im_r2_14)**6
    im_f_14_1 = -4.968838246495331/(im_r2_14)**3
    t47 = -t31
    im_y_15_0 = t11 + t47
    t48 = -2.0 - t32
    im_y_15_1 = t12 + t48
    t49 = -t34
    im_y_15_2 = t14 + t49
    im_r2_15 = (im_y_15_0)**2 + (im_y_15_1)**2 + (im_y_15_2)**2
    im_f_15_0 = 22.967378574579335/(im_r2_15)**6
    im_f_15_1 = -4.968838246495331/(im_r2_15)**3
    im_y_16_0 = t16 + t47
    t50 = in_A_5 + t33
    im_y_16_1 = -t50 - t7
    im_y_16_2 = -t20 - t34
    im_r2_16 = (im_y_16_0)**2 + (im_y_16_1)**2 + (im_y_16_2)**2
    im_f_16_0 = 22.967378574579335/(im_r2_16)**6
    im_f_16_1 = -4.968838246495331/(im_r2_16)**3
    im_y_17_0 = t21 + t36
    im_y_17_1 = t22 + t37
    im_y_17_2 = t23 + t38
    im_r2_17 = (im_y_17_0)**2 + (im_y_17_1)**2 + (im_y_17_2)**2
    im_f_17_0 = 22.967378574579335/(im_r2_17)**6
    im_f_17_1 = -4.968838246495331/(im_r2_17)**3
    im_y_18_0 = t24 + t36
    im_y_18_1 = t25 + t37
    t51 = t38 + t45
    im_y_18_2 = in_A_7 + t51
    im_r2_18 = (im_y_18_0)**2 + (im_y_18_1)**2 + (im_y_18_2)**2
    im_f_18_0 = 22.967378574579335/(im_r2_18)**6
    im_f_18_1 = -4.968838246495331/(im_r2_18)**3
    t52 = t36 + t5
    im_y_19_0 = in_A_2 + t52
    t53 = t37 + t42
    im_y_19_1 = in_A_5 + t53
    im_y_19_2 = t26 + t38
    im_r2_19 = (im_y_19_0)**2 + (im_y_19_1)**2 + (im_y_19_2)**2
    im_f_19_0 = 22.967378574579335/(im_r2_19)**6
    im_f_19_1 = -4.968838246495331/(im_r2_19)**3
    im_y_20_0 = t15 + t52
    t54 = -2.0*in_A_3
    im_y_20_1 = -t22 - t54
    t55 = -2.0*in_A_6
    im_y_20_2 = -t23 - t55
    im_r2_20 = (im_y_20_0)**2 + (im_y_20_1)**2 + (im_y_20_2)**2
    im_f_20_0 = 22.967378574579335/(im_r2_20)**6
    im_f_20_1 = -4.968838246495331/(im_r2_20)**3
    t56 = t31 + t39
    im_y_21_0 = t56
    im_y_21_1 = t33 + t40
    im_y_21_2 = -t30 - t49
    im_r2_21 = (im_y_21_0)**2 + (im_y_21_1)**2 + (im_y_21_2)**2
    im_f_21_0 = 22.967378574579335/(im_r2_21)**6
    im_f_21_1 = -4.968838246495331/(im_r2_21)**3
    t57 = t27 + t31
    im_y_22_0 = t57
    t58 = t28 + t33
    im_y_22_1 = t58
    t59 = t30 + t34
    im_y_22_2 = t59
    im_r2_22 = (im_y_22_0)**2 + (im_y_22_1)**2 + (im_y_22_2)**2
    im_f_22_0 = 22.967378574579335/(im_r2_22)**6
    im_f_22_1 = -4.968838246495331/(im_r2_22)**3
    t60 = t36 + t47
    im_y_23_0 = t60
    im_y_23_1 = -t33 - t54
    t61 = t38 + t49
    im_y_23_2 = t61
    im_r2_23 = (im_y_23_0)**2 + (im_y_23_1)**2 + (im_y_23_2)**2
    im_f_23_0 = 22.967378574579335/(im_r2_23)**6
    im_f_23_1 = -4.968838246495331/(im_r2_23)**3
    im_y_24_0 = t36 + t39
    t62 = t37 + t40
    im_y_24_1 = t62
    im_y_24_2 = -t30 - t55
    im_r2_24 = (im_y_24_0)**2 + (im_y_24_1)**2 + (im_y_24_2)**2
    im_f_24_0 = 22.967378574579335/(im_r2_24)**6
    im_f_24_1 = -4.968838246495331/(im_r2_24)**3
    im_y_25_0 = t27 + t36
    t63 = t28 + t37
    im_y_25_1 = t63
    im_y_25_2 = t30 + t38
    im_r2_25 = (im_y_25_0)**2 + (im_y_25_1)**2 + (im_y_25_2)**2
    im_f_25_0 = 22.967378574579335/(im_r2_25)**6
    im_f_25_1 = -4.968838246495331/(im_r2_25)**3
    im_y_26_0 = t31 + t36
    im_y_26_1 = t33 + t37
    t64 = t34 + t38
    im_y_26_2 = t64
    im_r2_26 = (im_y_26_0)**2 + (im_y_26_1)**2 + (im_y_26_2)**2
    im_f_26_0 = 22.967378574579335/(im_r2_26)**6
    im_f_26_1 = -4.968838246495331/(im_r2_26)**3
    t65 = 3.0 + 3.0*in_A_0
    t66 = in_A_1 + t65
    im_y_27_0 = t66
    t67 = 3.0*in_A_3
    t68 = t2 + t67
    im_y_27_1 = t68
    t69 = 3.0*in_A_6
    t70 = in_A_7 + t69
    im_y_27_2 = t70
    im_r2_27 = (im_y_27_0)**2 + (im_y_27_1)**2 + (im_y_27_2)**2
    im_f_27_0 = 22.967378574579335/(im_r2_27)**6
    im_f_27_1 = -4.968838246495331/(im_r2_27)**3
    t71 = t5 + t65
    im_y_28_0 = t71
    t72 = -3.0*in_A_3
    t73 = t2 + t72
    im_y_28_1 = -t73
    t74 = t69 + t9
    im_y_28_2 = t74
    im_r2_28 = (im_y_28_0)**2 + (im_y_28_1)**2 + (im_y_28_2)**2
    im_f_28_0 = 22.967378574579335/(im_r2_28)**6
    im_f_28_1 = -4.968838246495331/(im_r2_28)**3
    t75 = 3.0*in_A_1
    t76 = t0 + t75
    im_y_29_0 = t76
    t77 = 3.0*in_A_4
    t78 = 3.0 + t77
    t79 = in_A_3 + t78
    im_y_29_1 = t79
    t80 = 3.0*in_A_7
    t81 = in_A_6 + t80
    im_y_29_2 = t81
    im_r2_29 = (im_y_29_0)**2 + (im_y_29_1)**2 + (im_y_29_2)**2
    im_f_29_0 = 22.967378574579335/(im_r2_29)**6
    im_f_29_1 = -4.968838246495331/(im_r2_29)**3
    t82 = -t75
    t83 = t0 + t82
    im_y_30_0 = t83
    t84 = t7 + t78
    im_y_30_1 = -t84
    t85 = -t80
    t86 = in_A_6 + t85
    im_y_30_2 = t86
    im_r2_30 = (im_y_30_0)**2 + (im_y_30_1)**2 + (im_y_30_2)**2
    im_f_30_0 = 22.967378574579335/(im_r2_30)**6
    im_f_30_1 = -4.968838246495331/(im_r2_30)**3
    t87 = in_A_2 + t65
    im_y_31_0 = t87
    t88 = in_A_5 + t67
    im_y_31_1 = t88
    t89 = t13 + t69
    im_y_31_2 = t89
    im_r2_31 = (im_y_31_0)**2 + (im_y_31_1)**2 + (im_y_31_2)**2
    im_f_31_0 = 22.967378574579335/(im_r2_31)**6
    im_f_31_1 = -4.968838246495331/(im_r2_31)**3
    t90 = t15 + t65
    im_y_32_0 = t90
    t91 = t17 + t67
    im_y_32_1 = t91
    t92 = -3.0*in_A_6
    t93 = t13 + t92
    im_y_32_2 = -t93
    im_r2_32 = (im_y_32_0)**2 + (im_y_32_1)**2 + (im_y_32_2)**2
    im_f_32_0 = 22.967378574579335/(im_r2_32)**6
    im_f_32_1 = -4.968838246495331/(im_r2_32)**3
    t94 = 3.0*in_A_2
    t95 = t0 + t94
    im_y_33_0 = t95
    t96 = 3.0*in_A_5
    t97 = in_A_3 + t96
    im_y_33_1 = t97
    t98 = 3.0*in_A_8
    t99 = 3.0 + t98
    t100 = in_A_6 + t99
    im_y_33_2 = t100
    im_r2_33 = (im_y_33_0)**2 + (im_y_33_1)**2 + (im_y_33_2)**2
    im_f_33_0 = 22.967378574579335/(im_r2_33)**6
    im_f_33_1 = -4.968838246495331/(im_r2_33)**3
    t101 = -t94
    t102 = t0 + t101
    im_y_34_0 = t102
    t103 = -t96
    t104 = in_A_3 + t103
    im_y_34_1 = t104
    t105 = t19 + t99
    im_y_34_2 = -t105
    im_r2_34 = (im_y_34_0)**2 + (im_y_34_1)**2 + (im_y_34_2)**2
    im_f_34_0 = 22.967378574579335/(im_r2_34)**6
    im_f_34_1 = -4.968838246495331/(im_r2_34)**3
    t106 = in_A_2 + t75
    im_y_35_0 = t106
    t107 = in_A_5 + t78
    im_y_35_1 = t107
    t108 = t13 + t80
    im_y_35_2 = t108
    im_r2_35 = (im_y_35_0)**2 + (im_y_35_1)**2 + (im_y_35_2)**2
    im_f_35_0 = 22.967378574579335/(im_r2_35)**6
    im_f_35_1 = -4.968838246495331/(im_r2_35)**3
    t109 = t15 + t75
    im_y_36_0 = t109
    t110 = t17 + t78
    im_y_36_1 = t110
    t111 = t13 + t85
    im_y_36_2 = -t111
    im_r2_36 = (im_y_36_0)**2 + (im_y_36_1)**2 + (im_y_36_2)**2
    im_f_36_0 = 22.967378574579335/(im_r2_36)**6
    im_f_36_1 = -4.968838246495331/(im_r2_36)**3
    t112 = in_A_1 + t94
    im_y_37_0 = t112
    t113 = t2 + t96
    im_y_37_1 = t113
    t114 = in_A_7 + t99
    im_y_37_2 = t114
    im_r2_37 = (im_y_37_0)**2 + (im_y_37_1)**2 + (im_y_37_2)**2
    im_f_37_0 = 22.967378574579335/(im_r2_37)**6
    im_f_37_1 = -4.968838246495331/(im_r2_37)**3
    t115 = in_A_1 + t101
    im_y_38_0 = t115
    t116 = t103 + t2
    im_y_38_1 = t116
    t117 = t9 + t99
    im_y_38_2 = -t117
    im_r2_38 = (im_y_38_0)**2 + (im_y_38_1)**2 + (im_y_38_2)**2
    im_f_38_0 = 22.967378574579335/(im_r2_38)**6
    im_f_38_1 = -4.968838246495331/(im_r2_38)**3
    im_r2w_0 = (t39 + t60)**2 + (-t54 - t58)**2 + (-t55 - t59)**2
    im_r2w_1 = (t27 + t60)**2 + (t30 + t61)**2 + (t48 + t63)**2
    im_r2w_2 = (t33 + t62)**2 + (t36 + t56)**2 + (t41 + t64)**2
    im_r2w_3 = (t30 + t64)**2 + (t33 + t63)**2 + (t36 + t57)**2
    im_r2w_4 = (t27 + t66)**2 + (t28 + t68)**2 + (t30 + t70)**2
    im_r2w_5 = (t39 + t66)**2 + (t40 + t68)**2 + (t41 + t70)**2
    im_r2w_6 = (t27 + t71)**2 + (t30 + t74)**2 + (t28 + t42 + t67)**2
    im_r2w_7 = (t39 + t71)**2 + (-t28 - t73)**2 + (-t44 - t92)**2
    im_r2w_8 = (t27 + t76)**2 + (t28 + t79)**2 + (t30 + t81)**2
    im_r2w_9 = (t39 + t76)**2 + (t40 + t79)**2 + (t41 + t81)**2
    t118 = -3.0 - t77
    im_r2w_10 = (t118 + t43)**2 + (t27 + t83)**2 + (t30 + t86)**2
    im_r2w_11 = (t39 + t83)**2 + (-t28 - t84)**2 + (-t19 - t30 - t80)**2
    im_r2w_12 = (t31 + t87)**2 + (t33 + t88)**2 + (t34 + t89)**2
    im_r2w_13 = (t31 + t90)**2 + (t33 + t91)**2 + (t34 + t45 + t69)**2
    im_r2w_14 = (t47 + t87)**2 + (t48 + t88)**2 + (t49 + t89)**2
    im_r2w_15 = (t47 + t90)**2 + (-t34 - t93)**2 + (-t50 - t72)**2
    im_r2w_16 = (t100 + t34)**2 + (t31 + t95)**2 + (t33 + t97)**2
    t119 = -3.0 - t98
    im_r2w_17 = (t102 + t31)**2 + (t104 + t33)**2 + (t119 + t46)**2
    im_r2w_18 = (t100 + t49)**2 + (t47 + t95)**2 + (t48 + t97)**2
    im_r2w_19 = (t102 + t47)**2 + (-t105 - t34)**2 + (-t33 - t7 - t96)**2
    im_r2w_20 = (t106 + t36)**2 + (t107 + t37)**2 + (t108 + t38)**2
    im_r2w_21 = (t109 + t36)**2 + (t110 + t37)**2 + (t51 + t80)**2
    im_r2w_22 = (t112 + t36)**2 + (t113 + t37)**2 + (t114 + t38)**2
    im_r2w_23 = (t115 + t36)**2 + (t116 + t37)**2 + (in_A_7 + t119 + t38)**2
    im_r2w_24 = (t117 + t38)**2 + (t52 + t94)**2 + (t53 + t96)**2
    im_r2w_25 = (t101 + t52)**2 + (-t113 - t54)**2 + (-t114 - t55)**2
    t120 = t36 + t82
    im_r2w_26 = (in_A_2 + t120)**2 + (t111 + t38)**2 + (in_A_5 + t118 + t37)**2
    im_r2w_27 = (t120 + t15)**2 + (-t107 - t54)**2 + (-t108 - t55)**2
    t121 = 4.0*in_A_8
    t122 = (in_A_2)**2
    t123 = (in_A_5)**2
    im_r2w_28 = (4.0 + t121)**2 + 16.0*t122 + 16.0*t123
    t124 = 4.0*in_A_4
    t125 = (in_A_1)**2
    t126 = (in_A_7)**2
    im_r2w_29 = (4.0 + t124)**2 + 16.0*t125 + 16.0*t126
    t127 = 4.0*in_A_0
    t128 = (in_A_3)**2
    t129 = (in_A_6)**2
    im_r2w_30 = (4.0 + t127)**2 + 16.0*t128 + 16.0*t129
    t130 = in_A_0*in_A_4
    t131 = in_A_0*in_A_8
    t132 = in_A_4*in_A_8
    t133 = in_A_1*in_A_3
    t134 = in_A_2*in_A_6
    t135 = in_A_5*in_A_7
    t136 = in_A_8*t130
    t137 = in_A_1*in_A_6
    t138 = in_A_3*in_A_7
    t139 = in_A_0*t135
    t140 = in_A_8*t133
    t141 = in_A_4*t134
    t142 = (in_A_0)**2
    t143 = (0.64)*t125
    t144 = (0.64)*t128
    t145 = (0.36)*t142
    t146 = (in_A_4)**2
    t147 = (0.36)*t146
    t148 = (0.36)*t129
    t149 = (0.36)*t126
    t150 = (0.72)*in_A_0
    t151 = (0.72)*in_A_4
    t152 = t142*t146
    t153 = t126*t142
    t154 = t125*t128
    t155 = t125*t129
    t156 = t126*t128
    t157 = t129*t146
    t158 = in_A_3*t31
    t159 = t146*t35
    t160 = t126*t35
    t161 = t142*t32
    t162 = t129*t32
    t163 = in_A_0*t124
    t164 = in_A_0*t158
    t165 = in_A_4*t158
    t166 = in_A_6*in_A_7*t31
    t167 = in_A_3*in_A_6
    t168 = t167*t34
    t169 = in_A_0*t166
    t170 = in_A_6*t138
    t171 = t170*t32
    t172 = (in_A_8)**2
    t173 = (1.28)*in_A_0
    t174 = (1.28)*in_A_4
    t175 = (1.28)*in_A_8
    t176 = (0.72)*t133
    t177 = (0.72)*t134
    t178 = (0.72)*t135
    t179 = (0.64)*t123
    t180 = (0.64)*t122
    t181 = (0.72)*in_A_8
    t182 = t121*t133
    t183 = t158*t172
    t184 = in_A_6*t27
    t185 = t146*t184
    t186 = in_A_7*t28
    t187 = t142*t186
    t188 = t137*t28
    t189 = t138*t27
    t190 = (1.28)*in_A_5
    t191 = in_A_1*in_A_2
    t192 = (1.28)*in_A_7
    t193 = in_A_2*in_A_3
    t194 = in_A_1*t27
    t195 = in_A_5*t129*t194
    t196 = in_A_7*t128*t194
    t197 = in_A_3*in_A_5*t126*t27
    t198 = t125*t167*t28
    t199 = t133*t184
    t200 = t133*t186
    t201 = t135*t184
    t202 = t121*t130
    if not numpy.all(numpy.asarray(in_A_4 + in_A_8 + t0 + t130 + t131 + t132 + t136 - t133 - t134 - t135 - t139 - t140 - t141 + in_A_2*t138 + in_A_5*t137) > 0):
        raise ValueError("det(I + A) must be positive (the deformation inverts the crystal)")
    if not numpy.all(numpy.asarray(0.36 + t128 + t129 + t142 + t35) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.8: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.1296 + t145 + t147 + t148 + t149 + t150 + t151 + t152 + t153 + t154 + t155 + t156 + t157 + t159 + t160 + t161 + t162 + t163 - t143 - t144 - t158 - t164 - t165 - t166 - t168 - t169 - t171 - t130*t158) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.8: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.046656 + t188 + t189 + t199 + t200 + t201 - t176 - t177 - t178 - t182 - t183 - t185 - t187 - t195 - t196 - t197 - t198 + 8.0*t136 - 0.2304*t122 - 0.2304*t123 - 0.2304*t125 - 0.2304*t126 - 0.2304*t128 - 0.2304*t129 - 0.64*t153 - 0.64*t157 + (0.36)*t154 + (1.28)*t170 + (1.44)*t130 + (1.44)*t131 + (1.44)*t132 + (0.1296)*t142 + (0.1296)*t146 + (0.1296)*t172 + (0.2592)*in_A_0 + (0.2592)*in_A_4 + (0.2592)*in_A_8 + in_A_0*t188 + in_A_0*t189 + in_A_0*t200 + in_A_4*t188 + in_A_4*t189 + in_A_4*t199 + in_A_4*t201 + in_A_8*t188 + in_A_8*t189 + t122*t148 + t122*t156 + t122*t157 + t122*t162 + t123*t149 + t123*t153 + t123*t155 + t123*t160 + t130*t188 + t130*t189 + t130*t201 + t131*t188 + t131*t189 + t131*t200 + t132*t188 + t132*t189 + t132*t199 + t135*t199 + t136*t188 + t136*t189 + t137*t192 + t139*t184 + t140*t184 + t140*t186 + t142*t151 + t142*t181 + t145*t146 + t145*t172 + t146*t150 + t146*t181 + t147*t172 + t150*t172 + t151*t172 + t152*t172 + t152*t29 + t154*t172 + t154*t29 + t159*t172 + t161*t172 + t163*t172 + t167*t190 + t170*t174 + t190*t191 + t190*t193 + t191*t192 - in_A_0*t182 - in_A_0*t185 - in_A_0*t197 - in_A_4*t182 - in_A_4*t187 - in_A_4*t195 - in_A_8*t177 - in_A_8*t178 - in_A_8*t185 - in_A_8*t187 - in_A_8*t196 - in_A_8*t198 - t121*t139 - t121*t141 - t122*t144 - t122*t168 - t122*t171 - t122*t174 - t123*t143 - t123*t166 - t123*t169 - t123*t173 - t124*t134 - t124*t139 - t125*t175 - t126*t144 - t126*t173 - t126*t180 - t127*t135 - t128*t175 - t129*t143 - t129*t174 - t129*t179 - t130*t176 - t130*t182 - t130*t183 - t131*t177 - t131*t185 - t132*t178 - t132*t187 - t133*t150 - t133*t151 - t134*t150 - t134*t163 - t134*t202 - t135*t151 - t135*t202 - t142*t179 - t143*t172 - t144*t172 - t146*t180 - t164*t172 - t165*t172 + in_A_0*t121*t146 + in_A_4*t121*t142 + in_A_5*t167*t175 + in_A_5*t173*t193 + in_A_5*t174*t191 + in_A_7*t137*t173 + in_A_7*t175*t191) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.8: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_0) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_1) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_2) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_3) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_4) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_5) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_6) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_7) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_8) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_9) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_10) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_11) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_12) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_13) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_14) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_15) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_16) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_17) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_18) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_19) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_20) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_21) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_22) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_23) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_24) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_25) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_26) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_27) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_28) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_29) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_30) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_31) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_32) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_33) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_34) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_35) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_36) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_37) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_38) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_0) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_1) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_3) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_4) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_5) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_6) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_7) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_8) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_9) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_10) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_11) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_12) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_13) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_14) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_15) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_16) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_17) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_18) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_19) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_20) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_21) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_22) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_23) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_24) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_25) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_26) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_27) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_28) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_29) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_30) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    out = numpy.empty(batch + (1,))
    out[..., 0] = 4.0*im_f_0_0 + 4.0*im_f_0_1 + 4.0*im_f_10_0 + 4.0*im_f_10_1 + 4.0*im_f_11_0 + 4.0*im_f_11_1 + 4.0*im_f_12_0 + 4.0*im_f_12_1 + 4.0*im_f_13_0 + 4.0*im_f_13_1 + 4.0*im_f_14_0 + 4.0*im_f_14_1 + 4.0*im_f_15_0 + 4.0*im_f_15_1 + 4.0*im_f_16_0 + 4.0*im_f_16_1 + 4.0*im_f_17_0 + 4.0*im_f_17_1 + 4.0*im_f_18_0 + 4.0*im_f_18_1 + 4.0*im_f_19_0 + 4.0*im_f_19_1 + 4.0*im_f_1_0 + 4.0*im_f_1_1 + 4.0*im_f_20_0 + 4.0*im_f_20_1 + 4.0*im_f_21_0 + 4.0*im_f_21_1 + 4.0*im_f_22_0 + 4.0*im_f_22_1 + 4.0*im_f_23_0 + 4.0*im_f_23_1 + 4.0*im_f_24_0 + 4.0*im_f_24_1 + 4.0*im_f_25_0 + 4.0*im_f_25_1 + 4.0*im_f_26_0 + 4.0*im_f_26_1 + 4.0*im_f_27_0 + 4.0*im_f_27_1 + 4.0*im_f_28_0 + 4.0*im_f_28_1 + 4.0*im_f_29_0 + 4.0*im_f_29_1 + 4.0*im_f_2_0 + 4.0*im_f_2_1 + 4.0*im_f_30_0 + 4.0*im_f_30_1 + 4.0*im_f_31_0 + 4.0*im_f_31_1 + 4.0*im_f_32_0 + 4.0*im_f_32_1 + 4.0*im_f_33_0 + 4.0*im_f_33_1 + 4.0*im_f_34_0 + 4.0*im_f_34_1 + 4.0*im_f_35_0 + 4.0*im_f_35_1 + 4.0*im_f_36_0 + 4.0*im_f_36_1 + 4.0*im_f_37_0 + 4.0*im_f_37_1 + 4.0*im_f_38_0 + 4.0*im_f_38_1 + 4.0*im_f_3_0 + 4.0*im_f_3_1 + 4.0*im_f_4_0 + 4.0*im_f_4_1 + 4.0*im_f_5_0 + 4.0*im_f_5_1 + 4.0*im_f_6_0 + 4.0*im_f_6_1 + 4.0*im_f_7_0 + 4.0*im_f_7_1 + 4.0*im_f_8_0 + 4.0*im_f_8_1 + 4.0*im_f_9_0 + 4.0*im_f_9_1
    return out.reshape(batch + ())


def stress(A):
    """P = dW/dA, first Piola-Kirchhoff stress per reference volume (Cauchy stress sigma = P F^T / det F, F = I + A).

    A: shape (..., 3, 3)
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
    batch = numpy.broadcast_shapes(*batches)
    t0 = 1.0 + in_A_0
    t1 = in_A_1 + t0
    im_y_0_0 = t1
    t2 = 1.0 + in_A_4
    t3 = in_A_3 + t2
    im_y_0_1 = t3
    t4 = in_A_6 + in_A_7
    im_y_0_2 = t4
    im_r2_0 = (im_y_0_0)**2 + (im_y_0_1)**2 + (im_y_0_2)**2
    im_f_0_2 = 14.906514739485992/(im_r2_0)**4
    im_f_0_3 = -137.804271447476/(im_r2_0)**7
    t5 = -in_A_1
    t6 = t0 + t5
    im_y_1_0 = t6
    t7 = -in_A_3
    t8 = t2 + t7
    im_y_1_1 = -t8
    t9 = -in_A_7
    t10 = in_A_6 + t9
    im_y_1_2 = t10
    im_r2_1 = (im_y_1_0)**2 + (im_y_1_1)**2 + (im_y_1_2)**2
    im_f_1_2 = 14.906514739485992/(im_r2_1)**4
    im_f_1_3 = -137.804271447476/(im_r2_1)**7
    t11 = in_A_2 + t0
    im_y_2_0 = t11
    t12 = in_A_3 + in_A_5
    im_y_2_1 = t12
    t13 = 1.0 + in_A_8
    t14 = in_A_6 + t13
    im_y_2_2 = t14
    im_r2_2 = (im_y_2_0)**2 + (im_y_2_1)**2 + (im_y_2_2)**2
    im_f_2_2 = 14.906514739485992/(im_r2_2)**4
    im_f_2_3 = -137.804271447476/(im_r2_2)**7
    t15 = -in_A_2
    t16 = t0 + t15
    im_y_3_0 = t16
    t17 = -in_A_5
    t18 = in_A_3 + t17
    im_y_3_1 = t18
    t19 = -in_A_6
    t20 = t13 + t19
    im_y_3_2 = -t20
    im_r2_3 = (im_y_3_0)**2 + (im_y_3_1)**2 + (im_y_3_2)**2
    im_f_3_2 = 14.906514739485992/(im_r2_3)**4
    im_f_3_3 = -137.804271447476/(im_r2_3)**7
    t21 = in_A_1 + in_A_2
    im_y_4_0 = t21
    t22 = in_A_5 + t2
    im_y_4_1 = t22
    t23 = in_A_7 + t13
    im_y_4_2 = t23
    im_r2_4 = (im_y_4_0)**2 + (im_y_4_1)**2 + (im_y_4_2)**2
    im_f_4_2 = 14.906514739485992/(im_r2_4)**4
    im_f_4_3 = -137.804271447476/(im_r2_4)**7
    t24 = in_A_1 + t15
    im_y_5_0 = t24
    t25 = t17 + t2
    im_y_5_1 = t25
    t26 = t13 + t9
    im_y_5_2 = -t26
    im_r2_5 = (im_y_5_0)**2 + (im_y_5_1)**2 + (im_y_5_2)**2
    im_f_5_2 = 14.906514739485992/(im_r2_5)**4
    im_f_5_3 = -137.804271447476/(im_r2_5)**7
    t27 = 2.0*in_A_2
    im_y_6_0 = t27
    t28 = 2.0*in_A_5
    im_y_6_1 = t28
    t29 = 2.0*in_A_8
    t30 = 2.0 + t29
    im_y_6_2 = t30
    im_r2_6 = (im_y_6_0)**2 + (im_y_6_1)**2 + (im_y_6_2)**2
    im_f_6_2 = 14.906514739485992/(im_r2_6)**4
    im_f_6_3 = -137.804271447476/(im_r2_6)**7
    t31 = 2.0*in_A_1
    im_y_7_0 = t31
    t32 = 2.0*in_A_4
    t33 = 2.0 + t32
    im_y_7_1 = t33
    t34 = 2.0*in_A_7
    im_y_7_2 = t34
    im_r2_7 = (im_y_7_0)**2 + (im_y_7_1)**2 + (im_y_7_2)**2
    im_f_7_2 = 14.906514739485992/(im_r2_7)**4
    im_f_7_3 = -137.804271447476/(im_r2_7)**7
    t35 = 2.0*in_A_0
    t36 = 2.0 + t35
    im_y_8_0 = t36
    t37 = 2.0*in_A_3
    im_y_8_1 = t37
    t38 = 2.0*in_A_6
    im_y_8_2 = t38
    im_r2_8 = (im_y_8_0)**2 + (im_y_8_1)**2 + (im_y_8_2)**2
    im_f_8_2 = 14.906514739485992/(im_r2_8)**4
    im_f_8_3 = -137.804271447476/(im_r2_8)**7
    im_y_9_0 = t1 + t27
    im_y_9_1 = t28 + t3
    im_y_9_2 = t30 + t4
    im_r2_9 = (im_y_9_0)**2 + (im_y_9_1)**2 + (im_y_9_2)**2
    im_f_9_2 = 14.906514739485992/(im_r2_9)**4
    im_f_9_3 = -137.804271447476/(im_r2_9)**7
    t39 = -t27
    im_y_10_0 = t1 + t39
    t40 = -t28
    im_y_10_1 = t3 + t40
    t41 = -2.0 - t29
    im_y_10_2 = t4 + t41
    im_r2_10 = (im_y_10_0)**2 + (im_y_10_1)**2 + (im_y_10_2)**2
    im_f_10_2 = 14.906514739485992/(im_r2_10)**4
    im_f_10_3 = -137.804271447476/(im_r2_10)**7
    im_y_11_0 = t27 + t6
    t42 = -1.0 - in_A_4
    t43 = in_A_3 + t28
    im_y_11_1 = t42 + t43
    im_y_11_2 = t10 + t30
    im_r2_11 = (im_y_11_0)**2 + (im_y_11_1)**2 + (im_y_11_2)**2
    im_f_11_2 = 14.906514739485992/(im_r2_11)**4
    im_f_11_3 = -137.804271447476/(im_r2_11)**7
    im_y_12_0 = t39 + t6
    im_y_12_1 = -t28 - t8
    t44 = in_A_7 + t30
    im_y_12_2 = -t19 - t44
    im_r2_12 = (im_y_12_0)**2 + (im_y_12_1)**2 + (im_y_12_2)**2
    im_f_12_2 = 14.906514739485992/(im_r2_12)**4
    im_f_12_3 = -137.804271447476/(im_r2_12)**7
    im_y_13_0 = t11 + t31
    im_y_13_1 = t12 + t33
    im_y_13_2 = t14 + t34
    im_r2_13 = (im_y_13_0)**2 + (im_y_13_1)**2 + (im_y_13_2)**2
    im_f_13_2 = 14.906514739485992/(im_r2_13)**4
    im_f_13_3 = -137.804271447476/(im_r2_13)**7
    im_y_14_0 = t16 + t31
    im_y_14_1 = t18 + t33
    t45 = -1.0 - in_A_8
    t46 = in_A_6 + t34
    im_y_14_2 = t45 + t46
    im_r2_14 = (im_y_14_0)**2 + (im_y_14_1)**2 + (im_y_14_2)**2
    im_f_14_2 = 14.906514739485992/(im_r2_14)**4
    im_f_14_3 = -137.804271447476/(im_r2_14)**7
    t47 = -t31
    im_y_15_0 = t11 + t47
    t48 = -2.0 - t32
    im_y_15_1 = t12 + t48
    t49 = -t34
    im_y_15_2 = t14 + t49
    im_r2_15 = (im_y_15_0)**2 + (im_y_15_1)**2 + (im_y_15_2)**2
    im_f_15_2 = 14.906514739485992/(im_r2_15)**4
    im_f_15_3 = -137.804271447476/(im_r2_15)**7
    im_y_16_0 = t16 + t47
    t50 = in_A_5 + t33
    im_y_16_1 = -t50 - t7
    im_y_16_2 = -t20 - t34
    im_r2_16 = (im_y_16_0)**2 + (im_y_16_1)**2 + (im_y_16_2)**2
    im_f_16_2 = 14.906514739485992/(im_r2_16)**4
    im_f_16_3 = -137.804271447476/(im_r2_16)**7
    im_y_17_0 = t21 + t36
    im_y_17_1 = t22 + t37
    im_y_17_2 = t23 + t38
    im_r2_17 = (im_y_17_0)**2 + (im_y_17_1)**2 + (im_y_17_2)**2
    im_f_17_2 = 14.906514739485992/(im_r2_17)**4
    im_f_17_3 = -137.804271447476/(im_r2_17)**7
    im_y_18_0 = t24 + t36
    im_y_18_1 = t25 + t37
    t51 = t38 + t45
    im_y_18_2 = in_A_7 + t51
    im_r2_18 = (im_y_18_0)**2 + (im_y_18_1)**2 + (im_y_18_2)**2
    im_f_18_2 = 14.906514739485992/(im_r2_18)**4
    im_f_18_3 = -137.804271447476/(im_r2_18)**7
    t52 = t36 + t5
    im_y_19_0 = in_A_2 + t52
    t53 = t37 + t42
    im_y_19_1 = in_A_5 + t53
    im_y_19_2 = t26 + t38
    im_r2_19 = (im_y_19_0)**2 + (im_y_19_1)**2 + (im_y_19_2)**2
    im_f_19_2 = 14.906514739485992/(im_r2_19)**4
    im_f_19_3 = -137.804271447476/(im_r2_19)**7
    im_y_20_0 = t15 + t52
    t54 = -2.0*in_A_3
    im_y_20_1 = -t22 - t54
    t55 = -2.0*in_A_6
    im_y_20_2 = -t23 - t55
    im_r2_20 = (im_y_20_0)**2 + (im_y_20_1)**2 + (im_y_20_2)**2
    im_f_20_2 = 14.906514739485992/(im_r2_20)**4
    im_f_20_3 = -137.804271447476/(im_r2_20)**7
    t56 = t31 + t39
    im_y_21_0 = t56
    im_y_21_1 = t33 + t40
    im_y_21_2 = -t30 - t49
    im_r2_21 = (im_y_21_0)**2 + (im_y_21_1)**2 + (im_y_21_2)**2
    im_f_21_2 = 14.906514739485992/(im_r2_21)**4
    im_f_21_3 = -137.804271447476/(im_r2_21)**7
    t57 = t27 + t31
    im_y_22_0 = t57
    t58 = t28 + t33
    im_y_22_1 = t58
    t59 = t30 + t34
    im_y_22_2 = t59
    im_r2_22 = (im_y_22_0)**2 + (im_y_22_1)**2 + (im_y_22_2)**2
    im_f_22_2 = 14.906514739485992/(im_r2_22)**4
    im_f_22_3 = -137.804271447476/(im_r2_22)**7
    t60 = t36 + t47
    im_y_23_0 = t60
    im_y_23_1 = -t33 - t54
    t61 = t38 + t49
    im_y_23_2 = t61
    im_r2_23 = (im_y_23_0)**2 + (im_y_23_1)**2 + (im_y_23_2)**2
    im_f_23_2 = 14.906514739485992/(im_r2_23)**4
    im_f_23_3 = -137.804271447476/(im_r2_23)**7
    im_y_24_0 = t36 + t39
    t62 = t37 + t40
    im_y_24_1 = t62
    im_y_24_2 = -t30 - t55
    im_r2_24 = (im_y_24_0)**2 + (im_y_24_1)**2 + (im_y_24_2)**2
    im_f_24_2 = 14.906514739485992/(im_r2_24)**4
    im_f_24_3 = -137.804271447476/(im_r2_24)**7
    im_y_25_0 = t27 + t36
    t63 = t28 + t37
    im_y_25_1 = t63
    im_y_25_2 = t30 + t38
    im_r2_25 = (im_y_25_0)**2 + (im_y_25_1)**2 + (im_y_25_2)**2
    im_f_25_2 = 14.906514739485992/(im_r2_25)**4
    im_f_25_3 = -137.804271447476/(im_r2_25)**7
    im_y_26_0 = t31 + t36
    im_y_26_1 = t33 + t37
    t64 = t34 + t38
    im_y_26_2 = t64
    im_r2_26 = (im_y_26_0)**2 + (im_y_26_1)**2 + (im_y_26_2)**2
    im_f_26_2 = 14.906514739485992/(im_r2_26)**4
    im_f_26_3 = -137.804271447476/(im_r2_26)**7
    t65 = 3.0 + 3.0*in_A_0
    t66 = in_A_1 + t65
    im_y_27_0 = t66
    t67 = 3.0*in_A_3
    t68 = t2 + t67
    im_y_27_1 = t68
    t69 = 3.0*in_A_6
    t70 = in_A_7 + t69
    im_y_27_2 = t70
    im_r2_27 = (im_y_27_0)**2 + (im_y_27_1)**2 + (im_y_27_2)**2
    im_f_27_2 = 14.906514739485992/(im_r2_27)**4
    im_f_27_3 = -137.804271447476/(im_r2_27)**7
    t71 = t5 + t65
    im_y_28_0 = t71
    t72 = -3.0*in_A_3
    t73 = t2 + t72
    im_y_28_1 = -t73
    t74 = t69 + t9
    im_y_28_2 = t74
    im_r2_28 = (im_y_28_0)**2 + (im_y_28_1)**2 + (im_y_28_2)**2
    im_f_28_2 = 14.906514739485992/(im_r2_28)**4
    im_f_28_3 = -137.804271447476/(im_r2_28)**7
    t75 = 3.0*in_A_1
    t76 = t0 + t75
    im_y_29_0 = t76
    t77 = 3.0*in_A_4
    t78 = 3.0 + t77
    t79 = in_A_3 + t78
    im_y_29_1 = t79
    t80 = 3.0*in_A_7
    t81 = in_A_6 + t80
    im_y_29_2 = t81
    im_r2_29 = (im_y_29_0)**2 + (im_y_29_1)**2 + (im_y_29_2)**2
    im_f_29_2 = 14.906514739485992/(im_r2_29)**4
    im_f_29_3 = -137.804271447476/(im_r2_29)**7
    t82 = -t75
    t83 = t0 + t82
    im_y_30_0 = t83
    t84 = t7 + t78
    im_y_30_1 = -t84
    t85 = -t80
    t86 = in_A_6 + t85
    im_y_30_2 = t86
    im_r2_30 = (im_y_30_0)**2 + (im_y_30_1)**2 + (im_y_30_2)**2
    im_f_30_2 = 14.906514739485992/(im_r2_30)**4
    im_f_30_3 = -137.804271447476/(im_r2_30)**7
    t87 = in_A_2 + t65
    im_y_31_0 = t87
    t88 = in_A_5 + t67
    im_y_31_1 = t88
    t89 = t13 + t69
    im_y_31_2 = t89
    im_r2_31 = (im_y_31_0)**2 + (im_y_31_1)**2 + (im_y_31_2)**2
    im_f_31_2 = 14.906514739485992/(im_r2_31)**4
    im_f_31_3 = -137.804271447476/(im_r2_31)**7
    t90 = t15 + t65
    im_y_32_0 = t90
    t91 = t17 + t67
    im_y_32_1 = t91
    t92 = -3.0*in_A_6
    t93 = t13 + t92
    im_y_32_2 = -t93
    im_r2_32 = (im_y_32_0)**2 + (im_y_32_1)**2 + (im_y_32_2)**2
    im_f_32_2 = 14.906514739485992/(im_r2_32)**4
    im_f_32_3 = -137.804271447476/(im_r2_32)**7
    t94 = 3.0*in_A_2
    t95 = t0 + t94
    im_y_33_0 = t95
    t96 = 3.0*in_A_5
    t97 = in_A_3 + t96
    im_y_33_1 = t97
    t98 = 3.0*in_A_8
    t99 = 3.0 + t98
    t100 = in_A_6 + t99
    im_y_33_2 = t100
    im_r2_33 = (im_y_33_0)**2 + (im_y_33_1)**2 + (im_y_33_2)**2
    im_f_33_2 = 14.906514739485992/(im_r2_33)**4
    im_f_33_3 = -137.804271447476/(im_r2_33)**7
    t101 = -t94
    t102 = t0 + t101
    im_y_34_0 = t102
    t103 = -t96
    t104 = in_A_3 + t103
    im_y_34_1 = t104
    t105 = t19 + t99
    im_y_34_2 = -t105
    im_r2_34 = (im_y_34_0)**2 + (im_y_34_1)**2 + (im_y_34_2)**2
    im_f_34_2 = 14.906514739485992/(im_r2_34)**4
    im_f_34_3 = -137.804271447476/(im_r2_34)**7
    t106 = in_A_2 + t75
    im_y_35_0 = t106
    t107 = in_A_5 + t78
    im_y_35_1 = t107
    t108 = t13 + t80
    im_y_35_2 = t108
    im_r2_35 = (im_y_35_0)**2 + (im_y_35_1)**2 + (im_y_35_2)**2
    im_f_35_2 = 14.906514739485992/(im_r2_35)**4
    im_f_35_3 = -137.804271447476/(im_r2_35)**7
    t109 = t15 + t75
    im_y_36_0 = t109
    t110 = t17 + t78
    im_y_36_1 = t110
    t111 = t13 + t85
    im_y_36_2 = -t111
    im_r2_36 = (im_y_36_0)**2 + (im_y_36_1)**2 + (im_y_36_2)**2
    im_f_36_2 = 14.906514739485992/(im_r2_36)**4
    im_f_36_3 = -137.804271447476/(im_r2_36)**7
    t112 = in_A_1 + t94
    im_y_37_0 = t112
    t113 = t2 + t96
    im_y_37_1 = t113
    t114 = in_A_7 + t99
    im_y_37_2 = t114
    im_r2_37 = (im_y_37_0)**2 + (im_y_37_1)**2 + (im_y_37_2)**2
    im_f_37_2 = 14.906514739485992/(im_r2_37)**4
    im_f_37_3 = -137.804271447476/(im_r2_37)**7
    t115 = in_A_1 + t101
    im_y_38_0 = t115
    t116 = t103 + t2
    im_y_38_1 = t116
    t117 = t9 + t99
    im_y_38_2 = -t117
    im_r2_38 = (im_y_38_0)**2 + (im_y_38_1)**2 + (im_y_38_2)**2
    im_f_38_2 = 14.906514739485992/(im_r2_38)**4
    im_f_38_3 = -137.804271447476/(im_r2_38)**7
    im_r2w_0 = (t39 + t60)**2 + (-t54 - t58)**2 + (-t55 - t59)**2
    im_r2w_1 = (t27 + t60)**2 + (t30 + t61)**2 + (t48 + t63)**2
    im_r2w_2 = (t33 + t62)**2 + (t36 + t56)**2 + (t41 + t64)**2
    im_r2w_3 = (t30 + t64)**2 + (t33 + t63)**2 + (t36 + t57)**2
    im_r2w_4 = (t27 + t66)**2 + (t28 + t68)**2 + (t30 + t70)**2
    im_r2w_5 = (t39 + t66)**2 + (t40 + t68)**2 + (t41 + t70)**2
    im_r2w_6 = (t27 + t71)**2 + (t30 + t74)**2 + (t28 + t42 + t67)**2
    im_r2w_7 = (t39 + t71)**2 + (-t28 - t73)**2 + (-t44 - t92)**2
    im_r2w_8 = (t27 + t76)**2 + (t28 + t79)**2 + (t30 + t81)**2
    im_r2w_9 = (t39 + t76)**2 + (t40 + t79)**2 + (t41 + t81)**2
    t118 = -3.0 - t77
    im_r2w_10 = (t118 + t43)**2 + (t27 + t83)**2 + (t30 + t86)**2
    im_r2w_11 = (t39 + t83)**2 + (-t28 - t84)**2 + (-t19 - t30 - t80)**2
    im_r2w_12 = (t31 + t87)**2 + (t33 + t88)**2 + (t34 + t89)**2
    im_r2w_13 = (t31 + t90)**2 + (t33 + t91)**2 + (t34 + t45 + t69)**2
    im_r2w_14 = (t47 + t87)**2 + (t48 + t88)**2 + (t49 + t89)**2
    im_r2w_15 = (t47 + t90)**2 + (-t34 - t93)**2 + (-t50 - t72)**2
    im_r2w_16 = (t100 + t34)**2 + (t31 + t95)**2 + (t33 + t97)**2
    t119 = -3.0 - t98
    im_r2w_17 = (t102 + t31)**2 + (t104 + t33)**2 + (t119 + t46)**2
    im_r2w_18 = (t100 + t49)**2 + (t47 + t95)**2 + (t48 + t97)**2
    im_r2w_19 = (t102 + t47)**2 + (-t105 - t34)**2 + (-t33 - t7 - t96)**2
    im_r2w_20 = (t106 + t36)**2 + (t107 + t37)**2 + (t108 + t38)**2
    im_r2w_21 = (t109 + t36)**2 + (t110 + t37)**2 + (t51 + t80)**2
    im_r2w_22 = (t112 + t36)**2 + (t113 + t37)**2 + (t114 + t38)**2
    im_r2w_23 = (t115 + t36)**2 + (t116 + t37)**2 + (in_A_7 + t119 + t38)**2
    im_r2w_24 = (t117 + t38)**2 + (t52 + t94)**2 + (t53 + t96)**2
    im_r2w_25 = (t101 + t52)**2 + (-t113 - t54)**2 + (-t114 - t55)**2
    t120 = t36 + t82
    im_r2w_26 = (in_A_2 + t120)**2 + (t111 + t38)**2 + (in_A_5 + t118 + t37)**2
    im_r2w_27 = (t120 + t15)**2 + (-t107 - t54)**2 + (-t108 - t55)**2
    t121 = 4.0*in_A_8
    t122 = (in_A_2)**2
    t123 = (in_A_5)**2
    im_r2w_28 = (4.0 + t121)**2 + 16.0*t122 + 16.0*t123
    t124 = 4.0*in_A_4
    t125 = (in_A_1)**2
    t126 = (in_A_7)**2
    im_r2w_29 = (4.0 + t124)**2 + 16.0*t125 + 16.0*t126
    t127 = 4.0*in_A_0
    t128 = (in_A_3)**2
    t129 = (in_A_6)**2
    im_r2w_30 = (4.0 + t127)**2 + 16.0*t128 + 16.0*t129
    t130 = in_A_0*in_A_4
    t131 = in_A_0*in_A_8
    t132 = in_A_4*in_A_8
    t133 = in_A_1*in_A_3
    t134 = in_A_2*in_A_6
    t135 = in_A_5*in_A_7
    t136 = in_A_8*t130
    t137 = in_A_1*in_A_6
    t138 = in_A_3*in_A_7
    t139 = in_A_0*t135
    t140 = in_A_8*t133
    t141 = in_A_4*t134
    t142 = (in_A_0)**2
    t143 = (0.64)*t125
    t144 = (0.64)*t128
    t145 = (0.36)*t142
    t146 = (in_A_4)**2
    t147 = (0.36)*t146
    t148 = (0.36)*t129
    t149 = (0.36)*t126
    t150 = (0.72)*in_A_0
    t151 = (0.72)*in_A_4
    t152 = t142*t146
    t153 = t126*t142
    t154 = t125*t128
    t155 = t125*t129
    t156 = t126*t128
    t157 = t129*t146
    t158 = in_A_3*t31
    t159 = t146*t35
    t160 = t126*t35
    t161 = t142*t32
    t162 = t129*t32
    t163 = in_A_0*t124
    t164 = in_A_0*t158
    t165 = in_A_4*t158
    t166 = in_A_6*in_A_7*t31
    t167 = in_A_3*in_A_6
    t168 = t167*t34
    t169 = in_A_0*t166
    t170 = in_A_6*t138
    t171 = t170*t32
    t172 = (in_A_8)**2
    t173 = (1.28)*in_A_0
    t174 = (1.28)*in_A_4
    t175 = (1.28)*in_A_8
    t176 = (0.72)*t133
    t177 = (0.72)*t134
    t178 = (0.72)*t135
    t179 = (0.64)*t123
    t180 = (0.64)*t122
    t181 = (0.72)*in_A_8
    t182 = t121*t133
    t183 = t158*t172
    t184 = in_A_6*t27
    t185 = t146*t184
    t186 = in_A_7*t28
    t187 = t142*t186
    t188 = t137*t28
    t189 = t138*t27
    t190 = (1.28)*in_A_5
    t191 = in_A_1*in_A_2
    t192 = (1.28)*in_A_7
    t193 = in_A_2*in_A_3
    t194 = in_A_1*t27
    t195 = in_A_5*t129*t194
    t196 = in_A_7*t128*t194
    t197 = in_A_3*in_A_5*t126*t27
    t198 = t125*t167*t28
    t199 = t133*t184
    t200 = t133*t186
    t201 = t135*t184
    t202 = t121*t130
    t203 = 8.0*im_y_11_0
    t204 = im_f_11_2*t203
    t205 = im_f_11_3*t203
    t206 = 8.0*im_y_12_0
    t207 = im_f_12_2*t206
    t208 = im_f_12_3*t206
    t209 = 8.0*im_y_14_0
    t210 = im_f_14_2*t209
    t211 = im_f_14_3*t209
    t212 = 8.0*im_y_16_0
    t213 = im_f_16_2*t212
    t214 = im_f_16_3*t212
    t215 = 8.0*im_y_1_0
    t216 = im_f_1_2*t215
    t217 = im_f_1_3*t215
    t218 = 8.0*im_y_29_0
    t219 = 8.0*im_y_30_0
    t220 = 8.0*im_y_33_0
    t221 = 8.0*im_y_34_0
    t222 = 8.0*im_y_3_0
    t223 = im_f_3_2*t222
    t224 = im_f_3_3*t222
    t225 = 16.0*im_y_17_0
    t226 = 16.0*im_y_18_0
    t227 = 16.0*im_y_19_0
    t228 = 16.0*im_y_20_0
    t229 = 16.0*im_y_23_0
    t230 = im_f_23_2*t229
    t231 = im_f_23_3*t229
    t232 = 16.0*im_y_24_0
    t233 = im_f_24_2*t232
    t234 = im_f_24_3*t232
    t235 = 16.0*im_y_8_0
    t236 = 24.0*im_y_27_0
    t237 = 24.0*im_y_28_0
    t238 = 24.0*im_y_31_0
    t239 = 24.0*im_y_32_0
    t240 = 8.0*im_y_0_0
    t241 = 8.0*im_y_10_0
    t242 = 8.0*im_y_9_0
    t243 = 16.0*im_y_26_0
    t244 = im_f_0_2*t240 + im_f_0_3*t240 + im_f_10_2*t241 + im_f_10_3*t241 + im_f_26_2*t243 + im_f_26_3*t243 + im_f_9_2*t242 + im_f_9_3*t242
    t245 = 8.0*im_y_13_0
    t246 = 8.0*im_y_15_0
    t247 = 8.0*im_y_2_0
    t248 = 16.0*im_y_25_0
    t249 = im_f_13_2*t245 + im_f_13_3*t245 + im_f_15_2*t246 + im_f_15_3*t246 + im_f_25_2*t248 + im_f_25_3*t248 + im_f_2_2*t247 + im_f_2_3*t247
    t250 = 24.0*im_y_30_0
    t251 = 16.0*im_y_15_0
    t252 = 16.0*im_y_16_0
    t253 = 8.0*im_y_19_0
    t254 = im_f_19_2*t253
    t255 = im_f_19_3*t253
    t256 = 8.0*im_y_28_0
    t257 = 8.0*im_y_18_0
    t258 = im_f_18_2*t257
    t259 = im_f_18_3*t257
    t260 = 8.0*im_y_27_0
    t261 = 8.0*im_y_37_0
    t262 = 8.0*im_y_38_0
    t263 = 8.0*im_y_5_0
    t264 = im_f_5_2*t263
    t265 = im_f_5_3*t263
    t266 = 16.0*im_y_13_0
    t267 = 16.0*im_y_14_0
    t268 = 16.0*im_y_21_0
    t269 = im_f_21_2*t268
    t270 = im_f_21_3*t268
    t271 = 16.0*im_y_7_0
    t272 = 24.0*im_y_29_0
    t273 = 24.0*im_y_35_0
    t274 = 24.0*im_y_36_0
    t275 = 8.0*im_y_20_0
    t276 = 8.0*im_y_17_0
    t277 = 8.0*im_y_4_0
    t278 = 16.0*im_y_22_0
    t279 = im_f_17_2*t276 + im_f_17_3*t276 + im_f_22_2*t278 + im_f_22_3*t278 + im_f_4_2*t277 + im_f_4_3*t277 - im_f_20_2*t275 - im_f_20_3*t275
    t280 = 24.0*im_y_34_0
    t281 = 24.0*im_y_38_0
    t282 = 16.0*im_y_10_0
    t283 = 16.0*im_y_12_0
    t284 = 8.0*im_y_32_0
    t285 = 8.0*im_y_36_0
    t286 = 8.0*im_y_31_0
    t287 = 8.0*im_y_35_0
    t288 = 16.0*im_y_11_0
    t289 = 16.0*im_y_6_0
    t290 = 16.0*im_y_9_0
    t291 = 24.0*im_y_33_0
    t292 = 24.0*im_y_37_0
    t293 = 8.0*im_y_11_1
    t294 = im_f_11_2*t293
    t295 = im_f_11_3*t293
    t296 = 8.0*im_y_12_1
    t297 = im_f_12_2*t296
    t298 = im_f_12_3*t296
    t299 = 8.0*im_y_14_1
    t300 = im_f_14_2*t299
    t301 = im_f_14_3*t299
    t302 = 8.0*im_y_16_1
    t303 = im_f_16_2*t302
    t304 = im_f_16_3*t302
    t305 = 8.0*im_y_1_1
    t306 = im_f_1_2*t305
    t307 = im_f_1_3*t305
    t308 = 8.0*im_y_29_1
    t309 = 8.0*im_y_30_1
    t310 = 8.0*im_y_33_1
    t311 = 8.0*im_y_34_1
    t312 = 8.0*im_y_3_1
    t313 = im_f_3_2*t312
    t314 = im_f_3_3*t312
    t315 = 16.0*im_y_17_1
    t316 = 16.0*im_y_18_1
    t317 = 16.0*im_y_19_1
    t318 = 16.0*im_y_20_1
    t319 = 16.0*im_y_23_1
    t320 = im_f_23_2*t319
    t321 = im_f_23_3*t319
    t322 = 16.0*im_y_24_1
    t323 = im_f_24_2*t322
    t324 = im_f_24_3*t322
    t325 = 16.0*im_y_8_1
    t326 = 24.0*im_y_27_1
    t327 = 24.0*im_y_28_1
    t328 = 24.0*im_y_31_1
    t329 = 24.0*im_y_32_1
    t330 = 8.0*im_y_0_1
    t331 = 8.0*im_y_10_1
    t332 = 8.0*im_y_9_1
    t333 = 16.0*im_y_26_1
    t334 = im_f_0_2*t330 + im_f_0_3*t330 + im_f_10_2*t331 + im_f_10_3*t331 + im_f_26_2*t333 + im_f_26_3*t333 + im_f_9_2*t332 + im_f_9_3*t332
    t335 = 8.0*im_y_13_1
    t336 = 8.0*im_y_15_1
    t337 = 8.0*im_y_2_1
    t338 = 16.0*im_y_25_1
    t339 = im_f_13_2*t335 + im_f_13_3*t335 + im_f_15_2*t336 + im_f_15_3*t336 + im_f_25_2*t338 + im_f_25_3*t338 + im_f_2_2*t337 + im_f_2_3*t337
    t340 = 24.0*im_y_30_1
    t341 = 16.0*im_y_15_1
    t342 = 16.0*im_y_16_1
    t343 = 8.0*im_y_19_1
    t344 = im_f_19_2*t343
    t345 = im_f_19_3*t343
    t346 = 8.0*im_y_28_1
    t347 = 8.0*im_y_18_1
    t348 = im_f_18_2*t347
    t349 = im_f_18_3*t347
    t350 = 8.0*im_y_27_1
    t351 = 8.0*im_y_37_1
    t352 = 8.0*im_y_38_1
    t353 = 8.0*im_y_5_1
    t354 = im_f_5_2*t353
    t355 = im_f_5_3*t353
    t356 = 16.0*im_y_13_1
    t357 = 16.0*im_y_14_1
    t358 = 16.0*im_y_21_1
    t359 = im_f_21_2*t358
    t360 = im_f_21_3*t358
    t361 = 16.0*im_y_7_1
    t362 = 24.0*im_y_29_1
    t363 = 24.0*im_y_35_1
    t364 = 24.0*im_y_36_1
    t365 = 8.0*im_y_20_1
    t366 = 8.0*im_y_17_1
    t367 = 8.0*im_y_4_1
    t368 = 16.0*im_y_22_1
    t369 = im_f_17_2*t366 + im_f_17_3*t366 + im_f_22_2*t368 + im_f_22_3*t368 + im_f_4_2*t367 + im_f_4_3*t367 - im_f_20_2*t365 - im_f_20_3*t365
    t370 = 24.0*im_y_34_1
    t371 = 24.0*im_y_38_1
    t372 = 16.0*im_y_10_1
    t373 = 16.0*im_y_12_1
    t374 = 8.0*im_y_32_1
    t375 = 8.0*im_y_36_1
    t376 = 8.0*im_y_31_1
    t377 = 8.0*im_y_35_1
    t378 = 16.0*im_y_11_1
    t379 = 16.0*im_y_6_1
    t380 = 16.0*im_y_9_1
    t381 = 24.0*im_y_33_1
    t382 = 24.0*im_y_37_1
    t383 = 8.0*im_y_11_2
    t384 = im_f_11_2*t383
    t385 = im_f_11_3*t383
    t386 = 8.0*im_y_12_2
    t387 = im_f_12_2*t386
    t388 = im_f_12_3*t386
    t389 = 8.0*im_y_14_2
    t390 = im_f_14_2*t389
    t391 = im_f_14_3*t389
    t392 = 8.0*im_y_16_2
    t393 = im_f_16_2*t392
    t394 = im_f_16_3*t392
    t395 = 8.0*im_y_1_2
    t396 = im_f_1_2*t395
    t397 = im_f_1_3*t395
    t398 = 8.0*im_y_29_2
    t399 = 8.0*im_y_30_2
    t400 = 8.0*im_y_33_2
    t401 = 8.0*im_y_34_2
    t402 = 8.0*im_y_3_2
    t403 = im_f_3_2*t402
    t404 = im_f_3_3*t402
    t405 = 16.0*im_y_17_2
    t406 = 16.0*im_y_18_2
    t407 = 16.0*im_y_19_2
    t408 = 16.0*im_y_20_2
    t409 = 16.0*im_y_23_2
    t410 = im_f_23_2*t409
    t411 = im_f_23_3*t409
    t412 = 16.0*im_y_24_2
    t413 = im_f_24_2*t412
    t414 = im_f_24_3*t412
    t415 = 16.0*im_y_8_2
    t416 = 24.0*im_y_27_2
    t417 = 24.0*im_y_28_2
    t418 = 24.0*im_y_31_2
    t419 = 24.0*im_y_32_2
    t420 = 8.0*im_y_0_2
    t421 = 8.0*im_y_10_2
    t422 = 8.0*im_y_9_2
    t423 = 16.0*im_y_26_2
    t424 = im_f_0_2*t420 + im_f_0_3*t420 + im_f_10_2*t421 + im_f_10_3*t421 + im_f_26_2*t423 + im_f_26_3*t423 + im_f_9_2*t422 + im_f_9_3*t422
    t425 = 8.0*im_y_13_2
    t426 = 8.0*im_y_15_2
    t427 = 8.0*im_y_2_2
    t428 = 16.0*im_y_25_2
    t429 = im_f_13_2*t425 + im_f_13_3*t425 + im_f_15_2*t426 + im_f_15_3*t426 + im_f_25_2*t428 + im_f_25_3*t428 + im_f_2_2*t427 + im_f_2_3*t427
    t430 = 24.0*im_y_30_2
    t431 = 16.0*im_y_15_2
    t432 = 16.0*im_y_16_2
    t433 = 8.0*im_y_19_2
    t434 = im_f_19_2*t433
    t435 = im_f_19_3*t433
    t436 = 8.0*im_y_28_2
    t437 = 8.0*im_y_18_2
    t438 = im_f_18_2*t437
    t439 = im_f_18_3*t437
    t440 = 8.0*im_y_27_2
    t441 = 8.0*im_y_37_2
    t442 = 8.0*im_y_38_2
    t443 = 8.0*im_y_5_2
    t444 = im_f_5_2*t443
    t445 = im_f_5_3*t443
    t446 = 16.0*im_y_13_2
    t447 = 16.0*im_y_14_2
    t448 = 16.0*im_y_21_2
    t449 = im_f_21_2*t448
    t450 = im_f_21_3*t448
    t451 = 16.0*im_y_7_2
    t452 = 24.0*im_y_29_2
    t453 = 24.0*im_y_35_2
    t454 = 24.0*im_y_36_2
    t455 = 8.0*im_y_20_2
    t456 = 8.0*im_y_17_2
    t457 = 8.0*im_y_4_2
    t458 = 16.0*im_y_22_2
    t459 = im_f_17_2*t456 + im_f_17_3*t456 + im_f_22_2*t458 + im_f_22_3*t458 + im_f_4_2*t457 + im_f_4_3*t457 - im_f_20_2*t455 - im_f_20_3*t455
    t460 = 24.0*im_y_34_2
    t461 = 24.0*im_y_38_2
    t462 = 16.0*im_y_10_2
    t463 = 16.0*im_y_12_2
    t464 = 8.0*im_y_32_2
    t465 = 8.0*im_y_36_2
    t466 = 8.0*im_y_31_2
    t467 = 8.0*im_y_35_2
    t468 = 16.0*im_y_11_2
    t469 = 16.0*im_y_6_2
    t470 = 16.0*im_y_9_2
    t471 = 24.0*im_y_33_2
    t472 = 24.0*im_y_37_2
    if not numpy.all(numpy.asarray(in_A_4 + in_A_8 + t0 + t130 + t131 + t132 + t136 - t133 - t134 - t135 - t139 - t140 - t141 + in_A_2*t138 + in_A_5*t137) > 0):
        raise ValueError("det(I + A) must be positive (the deformation inverts the crystal)")
    if not numpy.all(numpy.asarray(0.36 + t128 + t129 + t142 + t35) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.8: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.1296 + t145 + t147 + t148 + t149 + t150 + t151 + t152 + t153 + t154 + t155 + t156 + t157 + t159 + t160 + t161 + t162 + t163 - t143 - t144 - t158 - t164 - t165 - t166 - t168 - t169 - t171 - t130*t158) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.8: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.046656 + t188 + t189 + t199 + t200 + t201 - t176 - t177 - t178 - t182 - t183 - t185 - t187 - t195 - t196 - t197 - t198 + 8.0*t136 - 0.2304*t122 - 0.2304*t123 - 0.2304*t125 - 0.2304*t126 - 0.2304*t128 - 0.2304*t129 - 0.64*t153 - 0.64*t157 + (0.36)*t154 + (1.28)*t170 + (1.44)*t130 + (1.44)*t131 + (1.44)*t132 + (0.1296)*t142 + (0.1296)*t146 + (0.1296)*t172 + (0.2592)*in_A_0 + (0.2592)*in_A_4 + (0.2592)*in_A_8 + in_A_0*t188 + in_A_0*t189 + in_A_0*t200 + in_A_4*t188 + in_A_4*t189 + in_A_4*t199 + in_A_4*t201 + in_A_8*t188 + in_A_8*t189 + t122*t148 + t122*t156 + t122*t157 + t122*t162 + t123*t149 + t123*t153 + t123*t155 + t123*t160 + t130*t188 + t130*t189 + t130*t201 + t131*t188 + t131*t189 + t131*t200 + t132*t188 + t132*t189 + t132*t199 + t135*t199 + t136*t188 + t136*t189 + t137*t192 + t139*t184 + t140*t184 + t140*t186 + t142*t151 + t142*t181 + t145*t146 + t145*t172 + t146*t150 + t146*t181 + t147*t172 + t150*t172 + t151*t172 + t152*t172 + t152*t29 + t154*t172 + t154*t29 + t159*t172 + t161*t172 + t163*t172 + t167*t190 + t170*t174 + t190*t191 + t190*t193 + t191*t192 - in_A_0*t182 - in_A_0*t185 - in_A_0*t197 - in_A_4*t182 - in_A_4*t187 - in_A_4*t195 - in_A_8*t177 - in_A_8*t178 - in_A_8*t185 - in_A_8*t187 - in_A_8*t196 - in_A_8*t198 - t121*t139 - t121*t141 - t122*t144 - t122*t168 - t122*t171 - t122*t174 - t123*t143 - t123*t166 - t123*t169 - t123*t173 - t124*t134 - t124*t139 - t125*t175 - t126*t144 - t126*t173 - t126*t180 - t127*t135 - t128*t175 - t129*t143 - t129*t174 - t129*t179 - t130*t176 - t130*t182 - t130*t183 - t131*t177 - t131*t185 - t132*t178 - t132*t187 - t133*t150 - t133*t151 - t134*t150 - t134*t163 - t134*t202 - t135*t151 - t135*t202 - t142*t179 - t143*t172 - t144*t172 - t146*t180 - t164*t172 - t165*t172 + in_A_0*t121*t146 + in_A_4*t121*t142 + in_A_5*t167*t175 + in_A_5*t173*t193 + in_A_5*t174*t191 + in_A_7*t137*t173 + in_A_7*t175*t191) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.8: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_0) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_1) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_2) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_3) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_4) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_5) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_6) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_7) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_8) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_9) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_10) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_11) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_12) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_13) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_14) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_15) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_16) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_17) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_18) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_19) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_20) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_21) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_22) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_23) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_24) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_25) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_26) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_27) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_28) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_29) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_30) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_31) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_32) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_33) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_34) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_35) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_36) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_37) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_38) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_0) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_1) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_3) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_4) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_5) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_6) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_7) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_8) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_9) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_10) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_11) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_12) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_13) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_14) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_15) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_16) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_17) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_18) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_19) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_20) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_21) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_22) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_23) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_24) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_25) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_26) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_27) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_28) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_29) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_30) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    out = numpy.empty(batch + (9,))
    out[..., 0] = t204 + t205 + t207 + t208 + t210 + t211 + t213 + t214 + t216 + t217 + t223 + t224 + t230 + t231 + t233 + t234 + t244 + t249 + im_f_17_2*t225 + im_f_17_3*t225 + im_f_18_2*t226 + im_f_18_3*t226 + im_f_19_2*t227 + im_f_19_3*t227 + im_f_20_2*t228 + im_f_20_3*t228 + im_f_27_2*t236 + im_f_27_3*t236 + im_f_28_2*t237 + im_f_28_3*t237 + im_f_29_2*t218 + im_f_29_3*t218 + im_f_30_2*t219 + im_f_30_3*t219 + im_f_31_2*t238 + im_f_31_3*t238 + im_f_32_2*t239 + im_f_32_3*t239 + im_f_33_2*t220 + im_f_33_3*t220 + im_f_34_2*t221 + im_f_34_3*t221 + im_f_8_2*t235 + im_f_8_3*t235
    out[..., 1] = t244 + t258 + t259 + t264 + t265 + t269 + t270 + t279 - t204 - t205 - t207 - t208 - t216 - t217 - t230 - t231 - t254 - t255 + im_f_13_2*t266 + im_f_13_3*t266 + im_f_14_2*t267 + im_f_14_3*t267 + im_f_27_2*t260 + im_f_27_3*t260 + im_f_29_2*t272 + im_f_29_3*t272 + im_f_35_2*t273 + im_f_35_3*t273 + im_f_36_2*t274 + im_f_36_3*t274 + im_f_37_2*t261 + im_f_37_3*t261 + im_f_38_2*t262 + im_f_38_3*t262 + im_f_7_2*t271 + im_f_7_3*t271 - im_f_15_2*t251 - im_f_15_3*t251 - im_f_16_2*t252 - im_f_16_3*t252 - im_f_28_2*t256 - im_f_28_3*t256 - im_f_30_2*t250 - im_f_30_3*t250
    out[..., 2] = t249 + t254 + t255 + t279 - t210 - t211 - t213 - t214 - t223 - t224 - t233 - t234 - t258 - t259 - t264 - t265 - t269 - t270 + im_f_11_2*t288 + im_f_11_3*t288 + im_f_31_2*t286 + im_f_31_3*t286 + im_f_33_2*t291 + im_f_33_3*t291 + im_f_35_2*t287 + im_f_35_3*t287 + im_f_37_2*t292 + im_f_37_3*t292 + im_f_6_2*t289 + im_f_6_3*t289 + im_f_9_2*t290 + im_f_9_3*t290 - im_f_10_2*t282 - im_f_10_3*t282 - im_f_12_2*t283 - im_f_12_3*t283 - im_f_32_2*t284 - im_f_32_3*t284 - im_f_34_2*t280 - im_f_34_3*t280 - im_f_36_2*t285 - im_f_36_3*t285 - im_f_38_2*t281 - im_f_38_3*t281
    out[..., 3] = t294 + t295 + t297 + t298 + t300 + t301 + t303 + t304 + t306 + t307 + t313 + t314 + t320 + t321 + t323 + t324 + t334 + t339 + im_f_17_2*t315 + im_f_17_3*t315 + im_f_18_2*t316 + im_f_18_3*t316 + im_f_19_2*t317 + im_f_19_3*t317 + im_f_20_2*t318 + im_f_20_3*t318 + im_f_27_2*t326 + im_f_27_3*t326 + im_f_28_2*t327 + im_f_28_3*t327 + im_f_29_2*t308 + im_f_29_3*t308 + im_f_30_2*t309 + im_f_30_3*t309 + im_f_31_2*t328 + im_f_31_3*t328 + im_f_32_2*t329 + im_f_32_3*t329 + im_f_33_2*t310 + im_f_33_3*t310 + im_f_34_2*t311 + im_f_34_3*t311 + im_f_8_2*t325 + im_f_8_3*t325
    out[..., 4] = t334 + t348 + t349 + t354 + t355 + t359 + t360 + t369 - t294 - t295 - t297 - t298 - t306 - t307 - t320 - t321 - t344 - t345 + im_f_13_2*t356 + im_f_13_3*t356 + im_f_14_2*t357 + im_f_14_3*t357 + im_f_27_2*t350 + im_f_27_3*t350 + im_f_29_2*t362 + im_f_29_3*t362 + im_f_35_2*t363 + im_f_35_3*t363 + im_f_36_2*t364 + im_f_36_3*t364 + im_f_37_2*t351 + im_f_37_3*t351 + im_f_38_2*t352 + im_f_38_3*t352 + im_f_7_2*t361 + im_f_7_3*t361 - im_f_15_2*t341 - im_f_15_3*t341 - im_f_16_2*t342 - im_f_16_3*t342 - im_f_28_2*t346 - im_f_28_3*t346 - im_f_30_2*t340 - im_f_30_3*t340
    out[..., 5] = t339 + t344 + t345 + t369 - t300 - t301 - t303 - t304 - t313 - t314 - t323 - t324 - t348 - t349 - t354 - t355 - t359 - t360 + im_f_11_2*t378 + im_f_11_3*t378 + im_f_31_2*t376 + im_f_31_3*t376 + im_f_33_2*t381 + im_f_33_3*t381 + im_f_35_2*t377 + im_f_35_3*t377 + im_f_37_2*t382 + im_f_37_3*t382 + im_f_6_2*t379 + im_f_6_3*t379 + im_f_9_2*t380 + im_f_9_3*t380 - im_f_10_2*t372 - im_f_10_3*t372 - im_f_12_2*t373 - im_f_12_3*t373 - im_f_32_2*t374 - im_f_32_3*t374 - im_f_34_2*t370 - im_f_34_3*t370 - im_f_36_2*t375 - im_f_36_3*t375 - im_f_38_2*t371 - im_f_38_3*t371
    out[..., 6] = t384 + t385 + t387 + t388 + t390 + t391 + t393 + t394 + t396 + t397 + t403 + t404 + t410 + t411 + t413 + t414 + t424 + t429 + im_f_17_2*t405 + im_f_17_3*t405 + im_f_18_2*t406 + im_f_18_3*t406 + im_f_19_2*t407 + im_f_19_3*t407 + im_f_20_2*t408 + im_f_20_3*t408 + im_f_27_2*t416 + im_f_27_3*t416 + im_f_28_2*t417 + im_f_28_3*t417 + im_f_29_2*t398 + im_f_29_3*t398 + im_f_30_2*t399 + im_f_30_3*t399 + im_f_31_2*t418 + im_f_31_3*t418 + im_f_32_2*t419 + im_f_32_3*t419 + im_f_33_2*t400 + im_f_33_3*t400 + im_f_34_2*t401 + im_f_34_3*t401 + im_f_8_2*t415 + im_f_8_3*t415
    out[..., 7] = t424 + t438 + t439 + t444 + t445 + t449 + t450 + t459 - t384 - t385 - t387 - t388 - t396 - t397 - t410 - t411 - t434 - t435 + im_f_13_2*t446 + im_f_13_3*t446 + im_f_14_2*t447 + im_f_14_3*t447 + im_f_27_2*t440 + im_f_27_3*t440 + im_f_29_2*t452 + im_f_29_3*t452 + im_f_35_2*t453 + im_f_35_3*t453 + im_f_36_2*t454 + im_f_36_3*t454 + im_f_37_2*t441 + im_f_37_3*t441 + im_f_38_2*t442 + im_f_38_3*t442 + im_f_7_2*t451 + im_f_7_3*t451 - im_f_15_2*t431 - im_f_15_3*t431 - im_f_16_2*t432 - im_f_16_3*t432 - im_f_28_2*t436 - im_f_28_3*t436 - im_f_30_2*t430 - im_f_30_3*t430
    out[..., 8] = t429 + t434 + t435 + t459 - t390 - t391 - t393 - t394 - t403 - t404 - t413 - t414 - t438 - t439 - t444 - t445 - t449 - t450 + im_f_11_2*t468 + im_f_11_3*t468 + im_f_31_2*t466 + im_f_31_3*t466 + im_f_33_2*t471 + im_f_33_3*t471 + im_f_35_2*t467 + im_f_35_3*t467 + im_f_37_2*t472 + im_f_37_3*t472 + im_f_6_2*t469 + im_f_6_3*t469 + im_f_9_2*t470 + im_f_9_3*t470 - im_f_10_2*t462 - im_f_10_3*t462 - im_f_12_2*t463 - im_f_12_3*t463 - im_f_32_2*t464 - im_f_32_3*t464 - im_f_34_2*t460 - im_f_34_3*t460 - im_f_36_2*t465 - im_f_36_3*t465 - im_f_38_2*t461 - im_f_38_3*t461
    return out.reshape(batch + (3, 3,))


def moduli(A):
    """C_ijkl = d2W/dA_ij dA_kl with p(A) = (I + A) p0, fixed fractional coordinates (the exact inner relaxation here), shape (d, d, d, d), per reference volume.

    A: shape (..., 3, 3)
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
    batch = numpy.broadcast_shapes(*batches)
    t0 = 1.0 + in_A_0
    t1 = in_A_1 + t0
    im_y_0_0 = t1
    t2 = 1.0 + in_A_4
    t3 = in_A_3 + t2
    im_y_0_1 = t3
    t4 = in_A_6 + in_A_7
    im_y_0_2 = t4
    t5 = (im_y_0_0)**2
    t6 = (im_y_0_1)**2
    t7 = (im_y_0_2)**2
    im_r2_0 = t5 + t6 + t7
    im_f_0_2 = 14.906514739485992/(im_r2_0)**4
    im_f_0_3 = -137.804271447476/(im_r2_0)**7
    im_f_0_4 = 964.6299001323321/(im_r2_0)**8
    im_f_0_5 = -59.62605895794397/(im_r2_0)**5
    t8 = -in_A_1
    t9 = t0 + t8
    im_y_1_0 = t9
    t10 = -in_A_3
    t11 = t10 + t2
    im_y_1_1 = -t11
    t12 = -in_A_7
    t13 = in_A_6 + t12
    im_y_1_2 = t13
    t14 = (im_y_1_0)**2
    t15 = (im_y_1_1)**2
    t16 = (im_y_1_2)**2
    im_r2_1 = t14 + t15 + t16
    im_f_1_2 = 14.906514739485992/(im_r2_1)**4
    im_f_1_3 = -137.804271447476/(im_r2_1)**7
    im_f_1_4 = 964.6299001323321/(im_r2_1)**8
    im_f_1_5 = -59.62605895794397/(im_r2_1)**5
    t17 = in_A_2 + t0
    im_y_2_0 = t17
    t18 = in_A_3 + in_A_5
    im_y_2_1 = t18
    t19 = 1.0 + in_A_8
    t20 = in_A_6 + t19
    im_y_2_2 = t20
    t21 = (im_y_2_0)**2
    t22 = (im_y_2_1)**2
    t23 = (im_y_2_2)**2
    im_r2_2 = t21 + t22 + t23
    im_f_2_2 = 14.906514739485992/(im_r2_2)**4
    im_f_2_3 = -137.804271447476/(im_r2_2)**7
    im_f_2_4 = 964.6299001323321/(im_r2_2)**8
    im_f_2_5 = -59.62605895794397/(im_r2_2)**5
    t24 = -in_A_2
    t25 = t0 + t24
    im_y_3_0 = t25
    t26 = -in_A_5
    t27 = in_A_3 + t26
    im_y_3_1 = t27
    t28 = -in_A_6
    t29 = t19 + t28
    im_y_3_2 = -t29
    t30 = (im_y_3_0)**2
    t31 = (im_y_3_1)**2
    t32 = (im_y_3_2)**2
    im_r2_3 = t30 + t31 + t32
    im_f_3_2 = 14.906514739485992/(im_r2_3)**4
    im_f_3_3 = -137.804271447476/(im_r2_3)**7
    im_f_3_4 = 964.6299001323321/(im_r2_3)**8
    im_f_3_5 = -59.62605895794397/(im_r2_3)**5
    t33 = in_A_1 + in_A_2
    im_y_4_0 = t33
    t34 = in_A_5 + t2
    im_y_4_1 = t34
    t35 = in_A_7 + t19
    im_y_4_2 = t35
    t36 = (im_y_4_0)**2
    t37 = (im_y_4_1)**2
    t38 = (im_y_4_2)**2
    im_r2_4 = t36 + t37 + t38
    im_f_4_2 = 14.906514739485992/(im_r2_4)**4
    im_f_4_3 = -137.804271447476/(im_r2_4)**7
    im_f_4_4 = 964.6299001323321/(im_r2_4)**8
    im_f_4_5 = -59.62605895794397/(im_r2_4)**5
    t39 = in_A_1 + t24
    im_y_5_0 = t39
    t40 = t2 + t26
    im_y_5_1 = t40
    t41 = t12 + t19
    im_y_5_2 = -t41
    t42 = (im_y_5_0)**2
    t43 = (im_y_5_1)**2
    t44 = (im_y_5_2)**2
    im_r2_5 = t42 + t43 + t44
    im_f_5_2 = 14.906514739485992/(im_r2_5)**4
    im_f_5_3 = -137.804271447476/(im_r2_5)**7
    im_f_5_4 = 964.6299001323321/(im_r2_5)**8
    im_f_5_5 = -59.62605895794397/(im_r2_5)**5
    t45 = 2.0*in_A_2
    im_y_6_0 = t45
    t46 = 2.0*in_A_5
    im_y_6_1 = t46
    t47 = 2.0*in_A_8
    t48 = 2.0 + t47
    im_y_6_2 = t48
    t49 = (im_y_6_0)**2
    t50 = (im_y_6_1)**2
    t51 = (im_y_6_2)**2
    im_r2_6 = t49 + t50 + t51
    im_f_6_2 = 14.906514739485992/(im_r2_6)**4
    im_f_6_3 = -137.804271447476/(im_r2_6)**7
    im_f_6_4 = 964.6299001323321/(im_r2_6)**8
    im_f_6_5 = -59.62605895794397/(im_r2_6)**5
    t52 = 2.0*in_A_1
    im_y_7_0 = t52
    t53 = 2.0*in_A_4
    t54 = 2.0 + t53
    im_y_7_1 = t54
    t55 = 2.0*in_A_7
    im_y_7_2 = t55
    t56 = (im_y_7_0)**2
    t57 = (im_y_7_1)**2
    t58 = (im_y_7_2)**2
    im_r2_7 = t56 + t57 + t58
    im_f_7_2 = 14.906514739485992/(im_r2_7)**4
    im_f_7_3 = -137.804271447476/(im_r2_7)**7
    im_f_7_4 = 964.6299001323321/(im_r2_7)**8
    im_f_7_5 = -59.62605895794397/(im_r2_7)**5
    t59 = 2.0*in_A_0
    t60 = 2.0 + t59
    im_y_8_0 = t60
    t61 = 2.0*in_A_3
    im_y_8_1 = t61
    t62 = 2.0*in_A_6
    im_y_8_2 = t62
    t63 = (im_y_8_0)**2
    t64 = (im_y_8_1)**2
    t65 = (im_y_8_2)**2
    im_r2_8 = t63 + t64 + t65
    im_f_8_2 = 14.906514739485992/(im_r2_8)**4
    im_f_8_3 = -137.804271447476/(im_r2_8)**7
    im_f_8_4 = 964.6299001323321/(im_r2_8)**8
    im_f_8_5 = -59.62605895794397/(im_r2_8)**5
    im_y_9_0 = t1 + t45
    im_y_9_1 = t3 + t46
    im_y_9_2 = t4 + t48
    t66 = (im_y_9_0)**2
    t67 = (im_y_9_1)**2
    t68 = (im_y_9_2)**2
    im_r2_9 = t66 + t67 + t68
    im_f_9_2 = 14.906514739485992/(im_r2_9)**4
    im_f_9_3 = -137.804271447476/(im_r2_9)**7
    im_f_9_4 = 964.6299001323321/(im_r2_9)**8
    im_f_9_5 = -59.62605895794397/(im_r2_9)**5
    t69 = -t45
    im_y_10_0 = t1 + t69
    t70 = -t46
    im_y_10_1 = t3 + t70
    t71 = -2.0 - t47
    im_y_10_2 = t4 + t71
    t72 = (im_y_10_0)**2
    t73 = (im_y_10_1)**2
    t74 = (im_y_10_2)**2
    im_r2_10 = t72 + t73 + t74
    im_f_10_2 = 14.906514739485992/(im_r2_10)**4
    im_f_10_3 = -137.804271447476/(im_r2_10)**7
    im_f_10_4 = 964.6299001323321/(im_r2_10)**8
    im_f_10_5 = -59.62605895794397/(im_r2_10)**5
    im_y_11_0 = t45 + t9
    t75 = -1.0 - in_A_4
    t76 = in_A_3 + t46
    im_y_11_1 = t75 + t76
    im_y_11_2 = t13 + t48
    t77 = (im_y_11_0)**2
    t78 = (im_y_11_1)**2
    t79 = (im_y_11_2)**2
    im_r2_11 = t77 + t78 + t79
    im_f_11_2 = 14.906514739485992/(im_r2_11)**4
    im_f_11_3 = -137.804271447476/(im_r2_11)**7
    im_f_11_4 = 964.6299001323321/(im_r2_11)**8
    im_f_11_5 = -59.62605895794397/(im_r2_11)**5
    im_y_12_0 = t69 + t9
    im_y_12_1 = -t11 - t46
    t80 = in_A_7 + t48
    im_y_12_2 = -t28 - t80
    t81 = (im_y_12_0)**2
    t82 = (im_y_12_1)**2
    t83 = (im_y_12_2)**2
    im_r2_12 = t81 + t82 + t83
    im_f_12_2 = 14.906514739485992/(im_r2_12)**4
    im_f_12_3 = -137.804271447476/(im_r2_12)**7
    im_f_12_4 = 964.6299001323321/(im_r2_12)**8
    im_f_12_5 = -59.62605895794397/(im_r2_12)**5
    im_y_13_0 = t17 + t52
    im_y_13_1 = t18 + t54
    im_y_13_2 = t20 + t55
    t84 = (im_y_13_0)**2
    t85 = (im_y_13_1)**2
    t86 = (im_y_13_2)**2
    im_r2_13 = t84 + t85 + t86
    im_f_13_2 = 14.906514739485992/(im_r2_13)**4
    im_f_13_3 = -137.804271447476/(im_r2_13)**7
    im_f_13_4 = 964.6299001323321/(im_r2_13)**8
    im_f_13_5 = -59.62605895794397/(im_r2_13)**5
    im_y_14_0 = t25 + t52
    im_y_14_1 = t27 + t54
    t87 = -1.0 - in_A_8
    t88 = in_A_6 + t55
    im_y_14_2 = t87 + t88
    t89 = (im_y_14_0)**2
    t90 = (im_y_14_1)**2
    t91 = (im_y_14_2)**2
    im_r2_14 = t89 + t90 + t91
    im_f_14_2 = 14.906514739485992/(im_r2_14)**4
    im_f_14_3 = -137.804271447476/(im_r2_14)**7
    im_f_14_4 = 964.6299001323321/(im_r2_14)**8
    im_f_14_5 = -59.62605895794397/(im_r2_14)**5
    t92 = -t52
    im_y_15_0 = t17 + t92
    t93 = -2.0 - t53
    im_y_15_1 = t18 + t93
    t94 = -t55
    im_y_15_2 = t20 + t94
    t95 = (im_y_15_0)**2
    t96 = (im_y_15_1)**2
    t97 = (im_y_15_2)**2
    im_r2_15 = t95 + t96 + t97
    im_f_15_2 = 14.906514739485992/(im_r2_15)**4
    im_f_15_3 = -137.804271447476/(im_r2_15)**7
    im_f_15_4 = 964.6299001323321/(im_r2_15)**8
    im_f_15_5 = -59.62605895794397/(im_r2_15)**5
    im_y_16_0 = t25 + t92
    t98 = in_A_5 + t54
    im_y_16_1 = -t10 - t98
    im_y_16_2 = -t29 - t55
    t100 = (im_y_16_1)**2
    t101 = (im_y_16_2)**2
    t99 = (im_y_16_0)**2
    im_r2_16 = t100 + t101 + t99
    im_f_16_2 = 14.906514739485992/(im_r2_16)**4
    im_f_16_3 = -137.804271447476/(im_r2_16)**7
    im_f_16_4 = 964.6299001323321/(im_r2_16)**8
    im_f_16_5 = -59.62605895794397/(im_r2_16)**5
    im_y_17_0 = t33 + t60
    im_y_17_1 = t34 + t61
    im_y_17_2 = t35 + t62
    t102 = (im_y_17_0)**2
    t103 = (im_y_17_1)**2
    t104 = (im_y_17_2)**2
    im_r2_17 = t102 + t103 + t104
    im_f_17_2 = 14.906514739485992/(im_r2_17)**4
    im_f_17_3 = -137.804271447476/(im_r2_17)**7
    im_f_17_4 = 964.6299001323321/(im_r2_17)**8
    im_f_17_5 = -59.62605895794397/(im_r2_17)**5
    im_y_18_0 = t39 + t60
    im_y_18_1 = t40 + t61
    t105 = t62 + t87
    im_y_18_2 = in_A_7 + t105
    t106 = (im_y_18_0)**2
    t107 = (im_y_18_1)**2
    t108 = (im_y_18_2)**2
    im_r2_18 = t106 + t107 + t108
    im_f_18_2 = 14.906514739485992/(im_r2_18)**4
    im_f_18_3 = -137.804271447476/(im_r2_18)**7
    im_f_18_4 = 964.6299001323321/(im_r2_18)**8
    im_f_18_5 = -59.62605895794397/(im_r2_18)**5
    t109 = t60 + t8
    im_y_19_0 = in_A_2 + t109
    t110 = t61 + t75
    im_y_19_1 = in_A_5 + t110
    im_y_19_2 = t41 + t62
    t111 = (im_y_19_0)**2
    t112 = (im_y_19_1)**2
    t113 = (im_y_19_2)**2
    im_r2_19 = t111 + t112 + t113
    im_f_19_2 = 14.906514739485992/(im_r2_19)**4
    im_f_19_3 = -137.804271447476/(im_r2_19)**7
    im_f_19_4 = 964.6299001323321/(im_r2_19)**8
    im_f_19_5 = -59.62605895794397/(im_r2_19)**5
    im_y_20_0 = t109 + t24
    t114 = -2.0*in_A_3
    im_y_20_1 = -t114 - t34
    t115 = -2.0*in_A_6
    im_y_20_2 = -t115 - t35
    t116 = (im_y_20_0)**2
    t117 = (im_y_20_1)**2
    t118 = (im_y_20_2)**2
    im_r2_20 = t116 + t117 + t118
    im_f_20_2 = 14.906514739485992/(im_r2_20)**4
    im_f_20_3 = -137.804271447476/(im_r2_20)**7
    im_f_20_4 = 964.6299001323321/(im_r2_20)**8
    im_f_20_5 = -59.62605895794397/(im_r2_20)**5
    t119 = t52 + t69
    im_y_21_0 = t119
    im_y_21_1 = t54 + t70
    im_y_21_2 = -t48 - t94
    t120 = (im_y_21_0)**2
    t121 = (im_y_21_1)**2
    t122 = (im_y_21_2)**2
    im_r2_21 = t120 + t121 + t122
    im_f_21_2 = 14.906514739485992/(im_r2_21)**4
    im_f_21_3 = -137.804271447476/(im_r2_21)**7
    im_f_21_4 = 964.6299001323321/(im_r2_21)**8
    im_f_21_5 = -59.62605895794397/(im_r2_21)**5
    t123 = t45 + t52
    im_y_22_0 = t123
    t124 = t46 + t54
    im_y_22_1 = t124
    t125 = t48 + t55
    im_y_22_2 = t125
    t126 = (im_y_22_0)**2
    t127 = (im_y_22_1)**2
    t128 = (im_y_22_2)**2
    im_r2_22 = t126 + t127 + t128
    im_f_22_2 = 14.906514739485992/(im_r2_22)**4
    im_f_22_3 = -137.804271447476/(im_r2_22)**7
    im_f_22_4 = 964.6299001323321/(im_r2_22)**8
    im_f_22_5 = -59.62605895794397/(im_r2_22)**5
    t129 = t60 + t92
    im_y_23_0 = t129
    im_y_23_1 = -t114 - t54
    t130 = t62 + t94
    im_y_23_2 = t130
    t131 = (im_y_23_0)**2
    t132 = (im_y_23_1)**2
    t133 = (im_y_23_2)**2
    im_r2_23 = t131 + t132 + t133
    im_f_23_2 = 14.906514739485992/(im_r2_23)**4
    im_f_23_3 = -137.804271447476/(im_r2_23)**7
    im_f_23_4 = 964.6299001323321/(im_r2_23)**8
    im_f_23_5 = -59.62605895794397/(im_r2_23)**5
    im_y_24_0 = t60 + t69
    t134 = t61 + t70
    im_y_24_1 = t134
    im_y_24_2 = -t115 - t48
    t135 = (im_y_24_0)**2
    t136 = (im_y_24_1)**2
    t137 = (im_y_24_2)**2
    im_r2_24 = t135 + t136 + t137
    im_f_24_2 = 14.906514739485992/(im_r2_24)**4
    im_f_24_3 = -137.804271447476/(im_r2_24)**7
    im_f_24_4 = 964.6299001323321/(im_r2_24)**8
    im_f_24_5 = -59.62605895794397/(im_r2_24)**5
    im_y_25_0 = t45 + t60
    t138 = t46 + t61
    im_y_25_1 = t138
    im_y_25_2 = t48 + t62
    t139 = (im_y_25_0)**2
    t140 = (im_y_25_1)**2
    t141 = (im_y_25_2)**2
    im_r2_25 = t139 + t140 + t141
    im_f_25_2 = 14.906514739485992/(im_r2_25)**4
    im_f_25_3 = -137.804271447476/(im_r2_25)**7
    im_f_25_4 = 964.6299001323321/(im_r2_25)**8
    im_f_25_5 = -59.62605895794397/(im_r2_25)**5
    im_y_26_0 = t52 + t60
    im_y_26_1 = t54 + t61
    t142 = t55 + t62
    im_y_26_2 = t142
    t143 = (im_y_26_0)**2
    t144 = (im_y_26_1)**2
    t145 = (im_y_26_2)**2
    im_r2_26 = t143 + t144 + t145
    im_f_26_2 = 14.906514739485992/(im_r2_26)**4
    im_f_26_3 = -137.804271447476/(im_r2_26)**7
    im_f_26_4 = 964.6299001323321/(im_r2_26)**8
    im_f_26_5 = -59.62605895794397/(im_r2_26)**5
    t146 = 3.0 + 3.0*in_A_0
    t147 = in_A_1 + t146
    im_y_27_0 = t147
    t148 = 3.0*in_A_3
    t149 = t148 + t2
    im_y_27_1 = t149
    t150 = 3.0*in_A_6
    t151 = in_A_7 + t150
    im_y_27_2 = t151
    t152 = (im_y_27_0)**2
    t153 = (im_y_27_1)**2
    t154 = (im_y_27_2)**2
    im_r2_27 = t152 + t153 + t154
    im_f_27_2 = 14.906514739485992/(im_r2_27)**4
    im_f_27_3 = -137.804271447476/(im_r2_27)**7
    im_f_27_4 = 964.6299001323321/(im_r2_27)**8
    im_f_27_5 = -59.62605895794397/(im_r2_27)**5
    t155 = t146 + t8
    im_y_28_0 = t155
    t156 = -3.0*in_A_3
    t157 = t156 + t2
    im_y_28_1 = -t157
    t158 = t12 + t150
    im_y_28_2 = t158
    t159 = (im_y_28_0)**2
    t160 = (im_y_28_1)**2
    t161 = (im_y_28_2)**2
    im_r2_28 = t159 + t160 + t161
    im_f_28_2 = 14.906514739485992/(im_r2_28)**4
    im_f_28_3 = -137.804271447476/(im_r2_28)**7
    im_f_28_4 = 964.6299001323321/(im_r2_28)**8
    im_f_28_5 = -59.62605895794397/(im_r2_28)**5
    t162 = 3.0*in_A_1
    t163 = t0 + t162
    im_y_29_0 = t163
    t164 = 3.0*in_A_4
    t165 = 3.0 + t164
    t166 = in_A_3 + t165
    im_y_29_1 = t166
    t167 = 3.0*in_A_7
    t168 = in_A_6 + t167
    im_y_29_2 = t168
    t169 = (im_y_29_0)**2
    t170 = (im_y_29_1)**2
    t171 = (im_y_29_2)**2
    im_r2_29 = t169 + t170 + t171
    im_f_29_2 = 14.906514739485992/(im_r2_29)**4
    im_f_29_3 = -137.804271447476/(im_r2_29)**7
    im_f_29_4 = 964.6299001323321/(im_r2_29)**8
    im_f_29_5 = -59.62605895794397/(im_r2_29)**5
    t172 = -t162
    t173 = t0 + t172
    im_y_30_0 = t173
    t174 = t10 + t165
    im_y_30_1 = -t174
    t175 = -t167
    t176 = in_A_6 + t175
    im_y_30_2 = t176
    t177 = (im_y_30_0)**2
    t178 = (im_y_30_1)**2
    t179 = (im_y_30_2)**2
    im_r2_30 = t177 + t178 + t179
    im_f_30_2 = 14.906514739485992/(im_r2_30)**4
    im_f_30_3 = -137.804271447476/(im_r2_30)**7
    im_f_30_4 = 964.6299001323321/(im_r2_30)**8
    im_f_30_5 = -59.62605895794397/(im_r2_30)**5
    t180 = in_A_2 + t146
    im_y_31_0 = t180
    t181 = in_A_5 + t148
    im_y_31_1 = t181
    t182 = t150 + t19
    im_y_31_2 = t182
    t183 = (im_y_31_0)**2
    t184 = (im_y_31_1)**2
    t185 = (im_y_31_2)**2
    im_r2_31 = t183 + t184 + t185
    im_f_31_2 = 14.906514739485992/(im_r2_31)**4
    im_f_31_3 = -137.804271447476/(im_r2_31)**7
    im_f_31_4 = 964.6299001323321/(im_r2_31)**8
    im_f_31_5 = -59.62605895794397/(im_r2_31)**5
    t186 = t146 + t24
    im_y_32_0 = t186
    t187 = t148 + t26
    im_y_32_1 = t187
    t188 = -3.0*in_A_6
    t189 = t188 + t19
    im_y_32_2 = -t189
    t190 = (im_y_32_0)**2
    t191 = (im_y_32_1)**2
    t192 = (im_y_32_2)**2
    im_r2_32 = t190 + t191 + t192
    im_f_32_2 = 14.906514739485992/(im_r2_32)**4
    im_f_32_3 = -137.804271447476/(im_r2_32)**7
    im_f_32_4 = 964.6299001323321/(im_r2_32)**8
    im_f_32_5 = -59.62605895794397/(im_r2_32)**5
    t193 = 3.0*in_A_2
    t194 = t0 + t193
    im_y_33_0 = t194
    t195 = 3.0*in_A_5
    t196 = in_A_3 + t195
    im_y_33_1 = t196
    t197 = 3.0*in_A_8
    t198 = 3.0 + t197
    t199 = in_A_6 + t198
    im_y_33_2 = t199
    t200 = (im_y_33_0)**2
    t201 = (im_y_33_1)**2
    t202 = (im_y_33_2)**2
    im_r2_33 = t200 + t201 + t202
    im_f_33_2 = 14.906514739485992/(im_r2_33)**4
    im_f_33_3 = -137.804271447476/(im_r2_33)**7
    im_f_33_4 = 964.6299001323321/(im_r2_33)**8
    im_f_33_5 = -59.62605895794397/(im_r2_33)**5
    t203 = -t193
    t204 = t0 + t203
    im_y_34_0 = t204
    t205 = -t195
    t206 = in_A_3 + t205
    im_y_34_1 = t206
    t207 = t198 + t28
    im_y_34_2 = -t207
    t208 = (im_y_34_0)**2
    t209 = (im_y_34_1)**2
    t210 = (im_y_34_2)**2
    im_r2_34 = t208 + t209 + t210
    im_f_34_2 = 14.906514739485992/(im_r2_34)**4
    im_f_34_3 = -137.804271447476/(im_r2_34)**7
    im_f_34_4 = 964.6299001323321/(im_r2_34)**8
    im_f_34_5 = -59.62605895794397/(im_r2_34)**5
    t211 = in_A_2 + t162
    im_y_35_0 = t211
    t212 = in_A_5 + t165
    im_y_35_1 = t212
    t213 = t167 + t19
    im_y_35_2 = t213
    t214 = (im_y_35_0)**2
    t215 = (im_y_35_1)**2
    t216 = (im_y_35_2)**2
    im_r2_35 = t214 + t215 + t216
    im_f_35_2 = 14.906514739485992/(im_r2_35)**4
    im_f_35_3 = -137.804271447476/(im_r2_35)**7
    im_f_35_4 = 964.6299001323321/(im_r2_35)**8
    im_f_35_5 = -59.62605895794397/(im_r2_35)**5
    t217 = t162 + t24
    im_y_36_0 = t217
    t218 = t165 + t26
    im_y_36_1 = t218
    t219 = t175 + t19
    im_y_36_2 = -t219
    t220 = (im_y_36_0)**2
    t221 = (im_y_36_1)**2
    t222 = (im_y_36_2)**2
    im_r2_36 = t220 + t221 + t222
    im_f_36_2 = 14.906514739485992/(im_r2_36)**4
    im_f_36_3 = -137.804271447476/(im_r2_36)**7
    im_f_36_4 = 964.6299001323321/(im_r2_36)**8
    im_f_36_5 = -59.62605895794397/(im_r2_36)**5
    t223 = in_A_1 + t193
    im_y_37_0 = t223
    t224 = t195 + t2
    im_y_37_1 = t224
    t225 = in_A_7 + t198
    im_y_37_2 = t225
    t226 = (im_y_37_0)**2
    t227 = (im_y_37_1)**2
    t228 = (im_y_37_2)**2
    im_r2_37 = t226 + t227 + t228
    im_f_37_2 = 14.906514739485992/(im_r2_37)**4
    im_f_37_3 = -137.804271447476/(im_r2_37)**7
    im_f_37_4 = 964.6299001323321/(im_r2_37)**8
    im_f_37_5 = -59.62605895794397/(im_r2_37)**5
    t229 = in_A_1 + t203
    im_y_38_0 = t229
    t230 = t2 + t205
    im_y_38_1 = t230
    t231 = t12 + t198
    im_y_38_2 = -t231
    t232 = (im_y_38_0)**2
    t233 = (im_y_38_1)**2
    t234 = (im_y_38_2)**2
    im_r2_38 = t232 + t233 + t234
    im_f_38_2 = 14.906514739485992/(im_r2_38)**4
    im_f_38_3 = -137.804271447476/(im_r2_38)**7
    im_f_38_4 = 964.6299001323321/(im_r2_38)**8
    im_f_38_5 = -59.62605895794397/(im_r2_38)**5
    im_r2w_0 = (t129 + t69)**2 + (-t114 - t124)**2 + (-t115 - t125)**2
    im_r2w_1 = (t129 + t45)**2 + (t130 + t48)**2 + (t138 + t93)**2
    im_r2w_2 = (t119 + t60)**2 + (t134 + t54)**2 + (t142 + t71)**2
    im_r2w_3 = (t123 + t60)**2 + (t138 + t54)**2 + (t142 + t48)**2
    im_r2w_4 = (t147 + t45)**2 + (t149 + t46)**2 + (t151 + t48)**2
    im_r2w_5 = (t147 + t69)**2 + (t149 + t70)**2 + (t151 + t71)**2
    im_r2w_6 = (t155 + t45)**2 + (t158 + t48)**2 + (t148 + t46 + t75)**2
    im_r2w_7 = (t155 + t69)**2 + (-t157 - t46)**2 + (-t188 - t80)**2
    im_r2w_8 = (t163 + t45)**2 + (t166 + t46)**2 + (t168 + t48)**2
    im_r2w_9 = (t163 + t69)**2 + (t166 + t70)**2 + (t168 + t71)**2
    t235 = -3.0 - t164
    im_r2w_10 = (t173 + t45)**2 + (t176 + t48)**2 + (t235 + t76)**2
    im_r2w_11 = (t173 + t69)**2 + (-t174 - t46)**2 + (-t167 - t28 - t48)**2
    im_r2w_12 = (t180 + t52)**2 + (t181 + t54)**2 + (t182 + t55)**2
    im_r2w_13 = (t186 + t52)**2 + (t187 + t54)**2 + (t150 + t55 + t87)**2
    im_r2w_14 = (t180 + t92)**2 + (t181 + t93)**2 + (t182 + t94)**2
    im_r2w_15 = (t186 + t92)**2 + (-t156 - t98)**2 + (-t189 - t55)**2
    im_r2w_16 = (t194 + t52)**2 + (t196 + t54)**2 + (t199 + t55)**2
    t236 = -3.0 - t197
    im_r2w_17 = (t204 + t52)**2 + (t206 + t54)**2 + (t236 + t88)**2
    im_r2w_18 = (t194 + t92)**2 + (t196 + t93)**2 + (t199 + t94)**2
    im_r2w_19 = (t204 + t92)**2 + (-t207 - t55)**2 + (-t10 - t195 - t54)**2
    im_r2w_20 = (t211 + t60)**2 + (t212 + t61)**2 + (t213 + t62)**2
    im_r2w_21 = (t105 + t167)**2 + (t217 + t60)**2 + (t218 + t61)**2
    im_r2w_22 = (t223 + t60)**2 + (t224 + t61)**2 + (t225 + t62)**2
    im_r2w_23 = (t229 + t60)**2 + (t230 + t61)**2 + (in_A_7 + t236 + t62)**2
    im_r2w_24 = (t109 + t193)**2 + (t110 + t195)**2 + (t231 + t62)**2
    im_r2w_25 = (t109 + t203)**2 + (-t114 - t224)**2 + (-t115 - t225)**2
    t237 = t172 + t60
    im_r2w_26 = (in_A_2 + t237)**2 + (t219 + t62)**2 + (in_A_5 + t235 + t61)**2
    im_r2w_27 = (t237 + t24)**2 + (-t114 - t212)**2 + (-t115 - t213)**2
    t238 = 4.0*in_A_8
    t239 = (in_A_2)**2
    t240 = (in_A_5)**2
    im_r2w_28 = (4.0 + t238)**2 + 16.0*t239 + 16.0*t240
    t241 = 4.0*in_A_4
    t242 = (in_A_1)**2
    t243 = (in_A_7)**2
    im_r2w_29 = (4.0 + t241)**2 + 16.0*t242 + 16.0*t243
    t244 = 4.0*in_A_0
    t245 = (in_A_3)**2
    t246 = (in_A_6)**2
    im_r2w_30 = (4.0 + t244)**2 + 16.0*t245 + 16.0*t246
    t247 = in_A_0*in_A_4
    t248 = in_A_0*in_A_8
    t249 = in_A_4*in_A_8
    t250 = in_A_1*in_A_3
    t251 = in_A_2*in_A_6
    t252 = in_A_5*in_A_7
    t253 = in_A_8*t247
    t254 = in_A_1*in_A_6
    t255 = in_A_3*in_A_7
    t256 = in_A_0*t252
    t257 = in_A_8*t250
    t258 = in_A_4*t251
    t259 = (in_A_0)**2
    t260 = (0.64)*t242
    t261 = (0.64)*t245
    t262 = (0.36)*t259
    t263 = (in_A_4)**2
    t264 = (0.36)*t263
    t265 = (0.36)*t246
    t266 = (0.36)*t243
    t267 = (0.72)*in_A_0
    t268 = (0.72)*in_A_4
    t269 = t259*t263
    t270 = t243*t259
    t271 = t242*t245
    t272 = t242*t246
    t273 = t243*t245
    t274 = t246*t263
    t275 = in_A_3*t52
    t276 = t263*t59
    t277 = t243*t59
    t278 = t259*t53
    t279 = t246*t53
    t280 = in_A_0*t241
    t281 = in_A_0*t275
    t282 = in_A_4*t275
    t283 = in_A_6*in_A_7*t52
    t284 = in_A_3*in_A_6
    t285 = t284*t55
    t286 = in_A_0*t283
    t287 = in_A_6*t255
    t288 = t287*t53
    t289 = (in_A_8)**2
    t290 = (1.28)*in_A_0
    t291 = (1.28)*in_A_4
    t292 = (1.28)*in_A_8
    t293 = (0.72)*t250
    t294 = (0.72)*t251
    t295 = (0.72)*t252
    t296 = (0.64)*t240
    t297 = (0.64)*t239
    t298 = (0.72)*in_A_8
    t299 = t238*t250
    t300 = t275*t289
    t301 = in_A_6*t45
    t302 = t263*t301
    t303 = in_A_7*t46
    t304 = t259*t303
    t305 = t254*t46
    t306 = t255*t45
    t307 = (1.28)*in_A_5
    t308 = in_A_1*in_A_2
    t309 = (1.28)*in_A_7
    t310 = in_A_2*in_A_3
    t311 = in_A_1*t45
    t312 = in_A_5*t246*t311
    t313 = in_A_7*t245*t311
    t314 = in_A_3*in_A_5*t243*t45
    t315 = t242*t284*t46
    t316 = t250*t301
    t317 = t250*t303
    t318 = t252*t301
    t319 = t238*t247
    t320 = 16.0*t169
    t321 = 16.0*t177
    t322 = 16.0*t200
    t323 = 16.0*t208
    t324 = 64.0*t102
    t325 = 64.0*t106
    t326 = 64.0*t111
    t327 = 64.0*t116
    t328 = 64.0*t63
    t329 = 144.0*t152
    t330 = 144.0*t159
    t331 = 144.0*t183
    t332 = 144.0*t190
    t333 = 16.0*t77
    t334 = im_f_11_4*t333
    t335 = im_f_11_5*t333
    t336 = 16.0*t81
    t337 = im_f_12_4*t336
    t338 = im_f_12_5*t336
    t339 = 16.0*t14
    t340 = im_f_1_4*t339
    t341 = im_f_1_5*t339
    t342 = 64.0*t131
    t343 = im_f_23_4*t342
    t344 = im_f_23_5*t342
    t345 = 16.0*t5
    t346 = 16.0*t72
    t347 = 16.0*t66
    t348 = 64.0*t143
    t349 = 8.0*im_f_0_2 + 8.0*im_f_0_3 + 8.0*im_f_10_2 + 8.0*im_f_10_3 + 8.0*im_f_9_2 + 8.0*im_f_9_3 + 32.0*im_f_26_2 + 32.0*im_f_26_3
    t350 = t349 + im_f_0_4*t345 + im_f_0_5*t345 + im_f_10_4*t346 + im_f_10_5*t346 + im_f_26_4*t348 + im_f_26_5*t348 + im_f_9_4*t347 + im_f_9_5*t347
    t351 = 8.0*im_f_11_2
    t352 = 8.0*im_f_11_3
    t353 = 8.0*im_f_12_2
    t354 = 8.0*im_f_12_3
    t355 = 8.0*im_f_1_2
    t356 = 8.0*im_f_1_3
    t357 = 32.0*im_f_23_2
    t358 = 32.0*im_f_23_3
    t359 = t351 + t352 + t353 + t354 + t355 + t356 + t357 + t358
    t360 = t334 + t335 + t337 + t338 + t340 + t341 + t343 + t344 + t350 + t359
    t361 = 16.0*t84
    t362 = 16.0*t95
    t363 = 16.0*t21
    t364 = 64.0*t139
    t365 = 16.0*t89
    t366 = 16.0*t99
    t367 = 16.0*t30
    t368 = 64.0*t135
    t369 = 8.0*im_f_14_2 + 8.0*im_f_14_3 + 8.0*im_f_16_2 + 8.0*im_f_16_3 + 8.0*im_f_3_2 + 8.0*im_f_3_3 + 32.0*im_f_24_2 + 32.0*im_f_24_3
    t370 = t369 + im_f_14_4*t365 + im_f_14_5*t365 + im_f_16_4*t366 + im_f_16_5*t366 + im_f_24_4*t368 + im_f_24_5*t368 + im_f_3_4*t367 + im_f_3_5*t367
    t371 = 8.0*im_f_13_2 + 8.0*im_f_13_3 + 8.0*im_f_15_2 + 8.0*im_f_15_3 + 8.0*im_f_2_2 + 8.0*im_f_2_3 + 32.0*im_f_25_2 + 32.0*im_f_25_3
    t372 = t370 + t371 + im_f_13_4*t361 + im_f_13_5*t361 + im_f_15_4*t362 + im_f_15_5*t362 + im_f_25_4*t364 + im_f_25_5*t364 + im_f_2_4*t363 + im_f_2_5*t363
    t373 = 8.0*im_f_29_2 + 8.0*im_f_29_3 + 8.0*im_f_30_2 + 8.0*im_f_30_3 + 8.0*im_f_33_2 + 8.0*im_f_33_3 + 8.0*im_f_34_2 + 8.0*im_f_34_3 + 32.0*im_f_17_2 + 32.0*im_f_17_3 + 32.0*im_f_18_2 + 32.0*im_f_18_3 + 32.0*im_f_19_2 + 32.0*im_f_19_3 + 32.0*im_f_20_2 + 32.0*im_f_20_3 + 32.0*im_f_8_2 + 32.0*im_f_8_3 + 72.0*im_f_27_2 + 72.0*im_f_27_3 + 72.0*im_f_28_2 + 72.0*im_f_28_3 + 72.0*im_f_31_2 + 72.0*im_f_31_3 + 72.0*im_f_32_2 + 72.0*im_f_32_3
    t374 = 48.0*t159
    t375 = 48.0*t177
    t376 = 32.0*t95
    t377 = im_f_15_4*t376
    t378 = im_f_15_5*t376
    t379 = 32.0*t116
    t380 = im_f_20_4*t379
    t381 = im_f_20_5*t379
    t382 = 32.0*t84
    t383 = 32.0*t102
    t384 = 48.0*t152
    t385 = 48.0*t169
    t386 = 32.0*t111
    t387 = 32.0*t106
    t388 = -16.0*im_f_19_2 - 16.0*im_f_19_3 + 16.0*im_f_18_2 + 16.0*im_f_18_3
    t389 = t388 + im_f_18_4*t387 + im_f_18_5*t387 - im_f_19_4*t386 - im_f_19_5*t386
    t390 = 32.0*t99
    t391 = 32.0*t89
    t392 = -16.0*im_f_16_2 - 16.0*im_f_16_3 + 16.0*im_f_14_2 + 16.0*im_f_14_3
    t393 = t392 + im_f_14_4*t391 + im_f_14_5*t391 - im_f_16_4*t390 - im_f_16_5*t390
    t394 = 16.0*im_f_15_2
    t395 = 16.0*im_f_15_3
    t396 = 16.0*im_f_20_2
    t397 = 16.0*im_f_20_3
    t398 = -t351 - t352 - t353 - t354 - t355 - t356 - t357 - t358 - t394 - t395 - t396 - t397 - 24.0*im_f_28_2 - 24.0*im_f_28_3 - 24.0*im_f_30_2 - 24.0*im_f_30_3 + 16.0*im_f_13_2 + 16.0*im_f_13_3 + 16.0*im_f_17_2 + 16.0*im_f_17_3 + 24.0*im_f_27_2 + 24.0*im_f_27_3 + 24.0*im_f_29_2 + 24.0*im_f_29_3
    t399 = t350 + t389 + t393 + t398 - t334 - t335 - t337 - t338 - t340 - t341 - t343 - t344 - t377 - t378 - t380 - t381 + im_f_13_4*t382 + im_f_13_5*t382 + im_f_17_4*t383 + im_f_17_5*t383 + im_f_27_4*t384 + im_f_27_5*t384 + im_f_29_4*t385 + im_f_29_5*t385 - im_f_28_4*t374 - im_f_28_5*t374 - im_f_30_4*t375 - im_f_30_5*t375
    t400 = 32.0*t77
    t401 = im_f_11_4*t400
    t402 = im_f_11_5*t400
    t403 = 32.0*t81
    t404 = im_f_12_4*t403
    t405 = im_f_12_5*t403
    t406 = 48.0*t190
    t407 = 48.0*t208
    t408 = 32.0*t72
    t409 = -16.0*im_f_9_2 - 16.0*im_f_9_3 + 16.0*im_f_10_2 + 16.0*im_f_10_3
    t410 = t409 + im_f_10_4*t408 + im_f_10_5*t408 - 32.0*im_f_9_4*t66 - 32.0*im_f_9_5*t66
    t411 = 16.0*im_f_11_2
    t412 = 16.0*im_f_11_3
    t413 = 16.0*im_f_12_2
    t414 = 16.0*im_f_12_3
    t415 = t396 + t397 + t413 + t414 - t411 - t412 - 32.0*im_f_25_2 - 32.0*im_f_25_3 - 24.0*im_f_31_2 - 24.0*im_f_31_3 - 24.0*im_f_33_2 - 24.0*im_f_33_3 - 16.0*im_f_17_2 - 16.0*im_f_17_3 - 8.0*im_f_13_2 - 8.0*im_f_13_3 - 8.0*im_f_15_2 - 8.0*im_f_15_3 - 8.0*im_f_2_2 - 8.0*im_f_2_3 + 24.0*im_f_32_2 + 24.0*im_f_32_3 + 24.0*im_f_34_2 + 24.0*im_f_34_3
    t416 = t401 + t402 - t370 - t380 - t381 - t389 - t404 - t405 - t410 - t415 - im_f_32_4*t406 - im_f_32_5*t406 - im_f_34_4*t407 - im_f_34_5*t407 + 16.0*im_f_13_4*t84 + 16.0*im_f_13_5*t84 + 16.0*im_f_15_4*t95 + 16.0*im_f_15_5*t95 + 16.0*im_f_2_4*t21 + 16.0*im_f_2_5*t21 + 32.0*im_f_17_4*t102 + 32.0*im_f_17_5*t102 + 48.0*im_f_31_4*t183 + 48.0*im_f_31_5*t183 + 48.0*im_f_33_4*t200 + 48.0*im_f_33_5*t200 + 64.0*im_f_25_4*t139 + 64.0*im_f_25_5*t139
    t417 = im_y_29_0*im_y_29_1
    t418 = 16.0*t417
    t419 = im_y_30_0*im_y_30_1
    t420 = 16.0*t419
    t421 = im_y_33_0*im_y_33_1
    t422 = 16.0*t421
    t423 = im_y_34_0*im_y_34_1
    t424 = 16.0*t423
    t425 = im_y_17_0*im_y_17_1
    t426 = 64.0*t425
    t427 = im_y_18_0*im_y_18_1
    t428 = 64.0*t427
    t429 = im_y_19_0*im_y_19_1
    t430 = 64.0*t429
    t431 = im_y_20_0*im_y_20_1
    t432 = 64.0*t431
    t433 = 64.0*im_y_8_0
    t434 = im_y_8_1*t433
    t435 = im_y_27_0*im_y_27_1
    t436 = 144.0*t435
    t437 = im_y_28_0*im_y_28_1
    t438 = 144.0*t437
    t439 = im_y_31_0*im_y_31_1
    t440 = 144.0*t439
    t441 = im_y_32_0*im_y_32_1
    t442 = 144.0*t441
    t443 = im_y_11_0*im_y_11_1
    t444 = 16.0*t443
    t445 = im_f_11_4*t444
    t446 = im_f_11_5*t444
    t447 = im_y_12_0*im_y_12_1
    t448 = 16.0*t447
    t449 = im_f_12_4*t448
    t450 = im_f_12_5*t448
    t451 = 16.0*im_y_1_0
    t452 = im_y_1_1*t451
    t453 = im_f_1_4*t452
    t454 = im_f_1_5*t452
    t455 = 64.0*im_y_23_0
    t456 = im_y_23_1*t455
    t457 = im_f_23_4*t456
    t458 = im_f_23_5*t456
    t459 = 16.0*im_y_0_0
    t460 = im_y_0_1*t459
    t461 = im_y_10_0*im_y_10_1
    t462 = 16.0*t461
    t463 = im_y_9_0*im_y_9_1
    t464 = 16.0*t463
    t465 = 64.0*im_y_26_0
    t466 = im_y_26_1*t465
    t467 = im_f_0_4*t460 + im_f_0_5*t460 + im_f_10_4*t462 + im_f_10_5*t462 + im_f_26_4*t466 + im_f_26_5*t466 + im_f_9_4*t464 + im_f_9_5*t464
    t468 = t445 + t446 + t449 + t450 + t453 + t454 + t457 + t458 + t467
    t469 = im_y_13_0*im_y_13_1
    t470 = 16.0*t469
    t471 = im_y_15_0*im_y_15_1
    t472 = 16.0*t471
    t473 = 16.0*im_y_2_0
    t474 = im_y_2_1*t473
    t475 = 64.0*im_y_25_0
    t476 = im_y_25_1*t475
    t477 = im_y_14_0*im_y_14_1
    t478 = 16.0*t477
    t479 = im_y_16_0*im_y_16_1
    t480 = 16.0*t479
    t481 = 16.0*im_y_3_0
    t482 = im_y_3_1*t481
    t483 = 64.0*im_y_24_0
    t484 = im_y_24_1*t483
    t485 = im_f_14_4*t478 + im_f_14_5*t478 + im_f_16_4*t480 + im_f_16_5*t480 + im_f_24_4*t484 + im_f_24_5*t484 + im_f_3_4*t482 + im_f_3_5*t482
    t486 = t485 + im_f_13_4*t470 + im_f_13_5*t470 + im_f_15_4*t472 + im_f_15_5*t472 + im_f_25_4*t476 + im_f_25_5*t476 + im_f_2_4*t474 + im_f_2_5*t474
    t487 = t468 + t486 + im_f_17_4*t426 + im_f_17_5*t426 + im_f_18_4*t428 + im_f_18_5*t428 + im_f_19_4*t430 + im_f_19_5*t430 + im_f_20_4*t432 + im_f_20_5*t432 + im_f_27_4*t436 + im_f_27_5*t436 + im_f_28_4*t438 + im_f_28_5*t438 + im_f_29_4*t418 + im_f_29_5*t418 + im_f_30_4*t420 + im_f_30_5*t420 + im_f_31_4*t440 + im_f_31_5*t440 + im_f_32_4*t442 + im_f_32_5*t442 + im_f_33_4*t422 + im_f_33_5*t422 + im_f_34_4*t424 + im_f_34_5*t424 + im_f_8_4*t434 + im_f_8_5*t434
    t488 = 48.0*t437
    t489 = 48.0*t419
    t490 = 32.0*t471
    t491 = im_f_15_4*t490
    t492 = im_f_15_5*t490
    t493 = 32.0*t431
    t494 = im_f_20_4*t493
    t495 = im_f_20_5*t493
    t496 = 32.0*t469
    t497 = 32.0*t425
    t498 = 48.0*t435
    t499 = 48.0*t417
    t500 = 32.0*t429
    t501 = 32.0*t427
    t502 = im_f_18_4*t501 + im_f_18_5*t501 - im_f_19_4*t500 - im_f_19_5*t500
    t503 = 32.0*t479
    t504 = 32.0*t477
    t505 = im_f_14_4*t504 + im_f_14_5*t504 - im_f_16_4*t503 - im_f_16_5*t503
    t506 = t467 + t502 + t505 - t445 - t446 - t449 - t450 - t453 - t454 - t457 - t458 - t491 - t492 - t494 - t495 + im_f_13_4*t496 + im_f_13_5*t496 + im_f_17_4*t497 + im_f_17_5*t497 + im_f_27_4*t498 + im_f_27_5*t498 + im_f_29_4*t499 + im_f_29_5*t499 - im_f_28_4*t488 - im_f_28_5*t488 - im_f_30_4*t489 - im_f_30_5*t489
    t507 = 32.0*t443
    t508 = im_f_11_4*t507
    t509 = im_f_11_5*t507
    t510 = 32.0*t447
    t511 = im_f_12_4*t510
    t512 = im_f_12_5*t510
    t513 = 48.0*t441
    t514 = 48.0*t423
    t515 = 32.0*t461
    t516 = im_f_10_4*t515 + im_f_10_5*t515 - 32.0*im_f_9_4*im_y_9_0*im_y_9_1 - 32.0*im_f_9_5*im_y_9_0*im_y_9_1
    t517 = t508 + t509 - t485 - t494 - t495 - t502 - t511 - t512 - t516 - im_f_32_4*t513 - im_f_32_5*t513 - im_f_34_4*t514 - im_f_34_5*t514 + 16.0*im_f_13_4*im_y_13_0*im_y_13_1 + 16.0*im_f_13_5*im_y_13_0*im_y_13_1 + 16.0*im_f_15_4*im_y_15_0*im_y_15_1 + 16.0*im_f_15_5*im_y_15_0*im_y_15_1 + 16.0*im_f_2_4*im_y_2_0*im_y_2_1 + 16.0*im_f_2_5*im_y_2_0*im_y_2_1 + 32.0*im_f_17_4*im_y_17_0*im_y_17_1 + 32.0*im_f_17_5*im_y_17_0*im_y_17_1 + 48.0*im_f_31_4*im_y_31_0*im_y_31_1 + 48.0*im_f_31_5*im_y_31_0*im_y_31_1 + 48.0*im_f_33_4*im_y_33_0*im_y_33_1 + 48.0*im_f_33_5*im_y_33_0*im_y_33_1 + 64.0*im_f_25_4*im_y_25_0*im_y_25_1 + 64.0*im_f_25_5*im_y_25_0*im_y_25_1
    t518 = im_y_29_0*im_y_29_2
    t519 = 16.0*t518
    t520 = im_y_30_0*im_y_30_2
    t521 = 16.0*t520
    t522 = im_y_33_0*im_y_33_2
    t523 = 16.0*t522
    t524 = im_y_34_0*im_y_34_2
    t525 = 16.0*t524
    t526 = im_y_17_0*im_y_17_2
    t527 = 64.0*t526
    t528 = im_y_18_0*im_y_18_2
    t529 = 64.0*t528
    t530 = im_y_19_0*im_y_19_2
    t531 = 64.0*t530
    t532 = im_y_20_0*im_y_20_2
    t533 = 64.0*t532
    t534 = im_y_8_2*t433
    t535 = im_y_27_0*im_y_27_2
    t536 = 144.0*t535
    t537 = im_y_28_0*im_y_28_2
    t538 = 144.0*t537
    t539 = im_y_31_0*im_y_31_2
    t540 = 144.0*t539
    t541 = im_y_32_0*im_y_32_2
    t542 = 144.0*t541
    t543 = im_y_11_0*im_y_11_2
    t544 = 16.0*t543
    t545 = im_f_11_4*t544
    t546 = im_f_11_5*t544
    t547 = im_y_12_0*im_y_12_2
    t548 = 16.0*t547
    t549 = im_f_12_4*t548
    t550 = im_f_12_5*t548
    t551 = im_y_1_2*t451
    t552 = im_f_1_4*t551
    t553 = im_f_1_5*t551
    t554 = im_y_23_2*t455
    t555 = im_f_23_4*t554
    t556 = im_f_23_5*t554
    t557 = im_y_0_2*t459
    t558 = im_y_10_0*im_y_10_2
    t559 = 16.0*t558
    t560 = im_y_9_0*im_y_9_2
    t561 = 16.0*t560
    t562 = im_y_26_2*t465
    t563 = im_f_0_4*t557 + im_f_0_5*t557 + im_f_10_4*t559 + im_f_10_5*t559 + im_f_26_4*t562 + im_f_26_5*t562 + im_f_9_4*t561 + im_f_9_5*t561
    t564 = t545 + t546 + t549 + t550 + t552 + t553 + t555 + t556 + t563
    t565 = im_y_13_0*im_y_13_2
    t566 = 16.0*t565
    t567 = im_y_15_0*im_y_15_2
    t568 = 16.0*t567
    t569 = im_y_2_2*t473
    t570 = im_y_25_2*t475
    t571 = im_y_14_0*im_y_14_2
    t572 = 16.0*t571
    t573 = im_y_16_0*im_y_16_2
    t574 = 16.0*t573
    t575 = im_y_3_2*t481
    t576 = im_y_24_2*t483
    t577 = im_f_14_4*t572 + im_f_14_5*t572 + im_f_16_4*t574 + im_f_16_5*t574 + im_f_24_4*t576 + im_f_24_5*t576 + im_f_3_4*t575 + im_f_3_5*t575
    t578 = t577 + im_f_13_4*t566 + im_f_13_5*t566 + im_f_15_4*t568 + im_f_15_5*t568 + im_f_25_4*t570 + im_f_25_5*t570 + im_f_2_4*t569 + im_f_2_5*t569
    t579 = t564 + t578 + im_f_17_4*t527 + im_f_17_5*t527 + im_f_18_4*t529 + im_f_18_5*t529 + im_f_19_4*t531 + im_f_19_5*t531 + im_f_20_4*t533 + im_f_20_5*t533 + im_f_27_4*t536 + im_f_27_5*t536 + im_f_28_4*t538 + im_f_28_5*t538 + im_f_29_4*t519 + im_f_29_5*t519 + im_f_30_4*t521 + im_f_30_5*t521 + im_f_31_4*t540 + im_f_31_5*t540 + im_f_32_4*t542 + im_f_32_5*t542 + im_f_33_4*t523 + im_f_33_5*t523 + im_f_34_4*t525 + im_f_34_5*t525 + im_f_8_4*t534 + im_f_8_5*t534
    t580 = 48.0*t537
    t581 = 48.0*t520
    t582 = 32.0*t567
    t583 = im_f_15_4*t582
    t584 = im_f_15_5*t582
    t585 = 32.0*t532
    t586 = im_f_20_4*t585
    t587 = im_f_20_5*t585
    t588 = 32.0*t565
    t589 = 32.0*t526
    t590 = 48.0*t535
    t591 = 48.0*t518
    t592 = 32.0*t530
    t593 = 32.0*t528
    t594 = im_f_18_4*t593 + im_f_18_5*t593 - im_f_19_4*t592 - im_f_19_5*t592
    t595 = 32.0*t573
    t596 = 32.0*t571
    t597 = im_f_14_4*t596 + im_f_14_5*t596 - im_f_16_4*t595 - im_f_16_5*t595
    t598 = t563 + t594 + t597 - t545 - t546 - t549 - t550 - t552 - t553 - t555 - t556 - t583 - t584 - t586 - t587 + im_f_13_4*t588 + im_f_13_5*t588 + im_f_17_4*t589 + im_f_17_5*t589 + im_f_27_4*t590 + im_f_27_5*t590 + im_f_29_4*t591 + im_f_29_5*t591 - im_f_28_4*t580 - im_f_28_5*t580 - im_f_30_4*t581 - im_f_30_5*t581
    t599 = 32.0*t543
    t600 = im_f_11_4*t599
    t601 = im_f_11_5*t599
    t602 = 32.0*t547
    t603 = im_f_12_4*t602
    t604 = im_f_12_5*t602
    t605 = 48.0*t541
    t606 = 48.0*t524
    t607 = 32.0*t558
    t608 = im_f_10_4*t607 + im_f_10_5*t607 - 32.0*im_f_9_4*im_y_9_0*im_y_9_2 - 32.0*im_f_9_5*im_y_9_0*im_y_9_2
    t609 = t600 + t601 - t577 - t586 - t587 - t594 - t603 - t604 - t608 - im_f_32_4*t605 - im_f_32_5*t605 - im_f_34_4*t606 - im_f_34_5*t606 + 16.0*im_f_13_4*im_y_13_0*im_y_13_2 + 16.0*im_f_13_5*im_y_13_0*im_y_13_2 + 16.0*im_f_15_4*im_y_15_0*im_y_15_2 + 16.0*im_f_15_5*im_y_15_0*im_y_15_2 + 16.0*im_f_2_4*im_y_2_0*im_y_2_2 + 16.0*im_f_2_5*im_y_2_0*im_y_2_2 + 32.0*im_f_17_4*im_y_17_0*im_y_17_2 + 32.0*im_f_17_5*im_y_17_0*im_y_17_2 + 48.0*im_f_31_4*im_y_31_0*im_y_31_2 + 48.0*im_f_31_5*im_y_31_0*im_y_31_2 + 48.0*im_f_33_4*im_y_33_0*im_y_33_2 + 48.0*im_f_33_5*im_y_33_0*im_y_33_2 + 64.0*im_f_25_4*im_y_25_0*im_y_25_2 + 64.0*im_f_25_5*im_y_25_0*im_y_25_2
    t610 = 16.0*t152
    t611 = 16.0*t159
    t612 = 16.0*t226
    t613 = 16.0*t232
    t614 = 64.0*t84
    t615 = 64.0*t89
    t616 = 64.0*t95
    t617 = 64.0*t99
    t618 = 64.0*t56
    t619 = 144.0*t169
    t620 = 144.0*t177
    t621 = 144.0*t214
    t622 = 144.0*t220
    t623 = 16.0*t102
    t624 = 16.0*t116
    t625 = 16.0*t36
    t626 = 64.0*t126
    t627 = 16.0*t106
    t628 = 16.0*t111
    t629 = 16.0*t42
    t630 = 64.0*t120
    t631 = 8.0*im_f_18_2 + 8.0*im_f_18_3 + 8.0*im_f_19_2 + 8.0*im_f_19_3 + 8.0*im_f_5_2 + 8.0*im_f_5_3 + 32.0*im_f_21_2 + 32.0*im_f_21_3
    t632 = t631 + im_f_18_4*t627 + im_f_18_5*t627 + im_f_19_4*t628 + im_f_19_5*t628 + im_f_21_4*t630 + im_f_21_5*t630 + im_f_5_4*t629 + im_f_5_5*t629
    t633 = 8.0*im_f_17_2 + 8.0*im_f_17_3 + 8.0*im_f_20_2 + 8.0*im_f_20_3 + 8.0*im_f_4_2 + 8.0*im_f_4_3 + 32.0*im_f_22_2 + 32.0*im_f_22_3
    t634 = t632 + t633 + im_f_17_4*t623 + im_f_17_5*t623 + im_f_20_4*t624 + im_f_20_5*t624 + im_f_22_4*t626 + im_f_22_5*t626 + im_f_4_4*t625 + im_f_4_5*t625
    t635 = 8.0*im_f_27_2 + 8.0*im_f_27_3 + 8.0*im_f_28_2 + 8.0*im_f_28_3 + 8.0*im_f_37_2 + 8.0*im_f_37_3 + 8.0*im_f_38_2 + 8.0*im_f_38_3 + 32.0*im_f_13_2 + 32.0*im_f_13_3 + 32.0*im_f_14_2 + 32.0*im_f_14_3 + 32.0*im_f_15_2 + 32.0*im_f_15_3 + 32.0*im_f_16_2 + 32.0*im_f_16_3 + 32.0*im_f_7_2 + 32.0*im_f_7_3 + 72.0*im_f_29_2 + 72.0*im_f_29_3 + 72.0*im_f_30_2 + 72.0*im_f_30_3 + 72.0*im_f_35_2 + 72.0*im_f_35_3 + 72.0*im_f_36_2 + 72.0*im_f_36_3
    t636 = 48.0*t220
    t637 = 48.0*t232
    t638 = t394 + t395 + t411 + t412 - t413 - t414 - 32.0*im_f_22_2 - 32.0*im_f_22_3 - 24.0*im_f_35_2 - 24.0*im_f_35_3 - 24.0*im_f_37_2 - 24.0*im_f_37_3 - 16.0*im_f_13_2 - 16.0*im_f_13_3 - 8.0*im_f_17_2 - 8.0*im_f_17_3 - 8.0*im_f_20_2 - 8.0*im_f_20_3 - 8.0*im_f_4_2 - 8.0*im_f_4_3 + 24.0*im_f_36_2 + 24.0*im_f_36_3 + 24.0*im_f_38_2 + 24.0*im_f_38_3
    t639 = t404 + t405 - t377 - t378 - t393 - t401 - t402 - t410 - t632 - t638 - im_f_36_4*t636 - im_f_36_5*t636 - im_f_38_4*t637 - im_f_38_5*t637 + 16.0*im_f_17_4*t102 + 16.0*im_f_17_5*t102 + 16.0*im_f_20_4*t116 + 16.0*im_f_20_5*t116 + 16.0*im_f_4_4*t36 + 16.0*im_f_4_5*t36 + 32.0*im_f_13_4*t84 + 32.0*im_f_13_5*t84 + 48.0*im_f_35_4*t214 + 48.0*im_f_35_5*t214 + 48.0*im_f_37_4*t226 + 48.0*im_f_37_5*t226 + 64.0*im_f_22_4*t126 + 64.0*im_f_22_5*t126
    t640 = 16.0*t435
    t641 = 16.0*t437
    t642 = im_y_37_0*im_y_37_1
    t643 = 16.0*t642
    t644 = im_y_38_0*im_y_38_1
    t645 = 16.0*t644
    t646 = 64.0*t469
    t647 = 64.0*t477
    t648 = 64.0*t471
    t649 = 64.0*t479
    t650 = 64.0*im_y_7_0
    t651 = im_y_7_1*t650
    t652 = 144.0*t417
    t653 = 144.0*t419
    t654 = im_y_35_0*im_y_35_1
    t655 = 144.0*t654
    t656 = im_y_36_0*im_y_36_1
    t657 = 144.0*t656
    t658 = 16.0*t425
    t659 = 16.0*t431
    t660 = 16.0*im_y_4_0
    t661 = im_y_4_1*t660
    t662 = 64.0*im_y_22_0
    t663 = im_y_22_1*t662
    t664 = 16.0*t427
    t665 = 16.0*t429
    t666 = 16.0*im_y_5_0
    t667 = im_y_5_1*t666
    t668 = 64.0*im_y_21_0
    t669 = im_y_21_1*t668
    t670 = im_f_18_4*t664 + im_f_18_5*t664 + im_f_19_4*t665 + im_f_19_5*t665 + im_f_21_4*t669 + im_f_21_5*t669 + im_f_5_4*t667 + im_f_5_5*t667
    t671 = t670 + im_f_17_4*t658 + im_f_17_5*t658 + im_f_20_4*t659 + im_f_20_5*t659 + im_f_22_4*t663 + im_f_22_5*t663 + im_f_4_4*t661 + im_f_4_5*t661
    t672 = t468 + t671 + im_f_13_4*t646 + im_f_13_5*t646 + im_f_14_4*t647 + im_f_14_5*t647 + im_f_15_4*t648 + im_f_15_5*t648 + im_f_16_4*t649 + im_f_16_5*t649 + im_f_27_4*t640 + im_f_27_5*t640 + im_f_28_4*t641 + im_f_28_5*t641 + im_f_29_4*t652 + im_f_29_5*t652 + im_f_30_4*t653 + im_f_30_5*t653 + im_f_35_4*t655 + im_f_35_5*t655 + im_f_36_4*t657 + im_f_36_5*t657 + im_f_37_4*t643 + im_f_37_5*t643 + im_f_38_4*t645 + im_f_38_5*t645 + im_f_7_4*t651 + im_f_7_5*t651
    t673 = 48.0*t656
    t674 = 48.0*t644
    t675 = t511 + t512 - t491 - t492 - t505 - t508 - t509 - t516 - t670 - im_f_36_4*t673 - im_f_36_5*t673 - im_f_38_4*t674 - im_f_38_5*t674 + 16.0*im_f_17_4*im_y_17_0*im_y_17_1 + 16.0*im_f_17_5*im_y_17_0*im_y_17_1 + 16.0*im_f_20_4*im_y_20_0*im_y_20_1 + 16.0*im_f_20_5*im_y_20_0*im_y_20_1 + 16.0*im_f_4_4*im_y_4_0*im_y_4_1 + 16.0*im_f_4_5*im_y_4_0*im_y_4_1 + 32.0*im_f_13_4*im_y_13_0*im_y_13_1 + 32.0*im_f_13_5*im_y_13_0*im_y_13_1 + 48.0*im_f_35_4*im_y_35_0*im_y_35_1 + 48.0*im_f_35_5*im_y_35_0*im_y_35_1 + 48.0*im_f_37_4*im_y_37_0*im_y_37_1 + 48.0*im_f_37_5*im_y_37_0*im_y_37_1 + 64.0*im_f_22_4*im_y_22_0*im_y_22_1 + 64.0*im_f_22_5*im_y_22_0*im_y_22_1
    t676 = 16.0*t535
    t677 = 16.0*t537
    t678 = im_y_37_0*im_y_37_2
    t679 = 16.0*t678
    t680 = im_y_38_0*im_y_38_2
    t681 = 16.0*t680
    t682 = 64.0*t565
    t683 = 64.0*t571
    t684 = 64.0*t567
    t685 = 64.0*t573
    t686 = im_y_7_2*t650
    t687 = 144.0*t518
    t688 = 144.0*t520
    t689 = im_y_35_0*im_y_35_2
    t690 = 144.0*t689
    t691 = im_y_36_0*im_y_36_2
    t692 = 144.0*t691
    t693 = 16.0*t526
    t694 = 16.0*t532
    t695 = im_y_4_2*t660
    t696 = im_y_22_2*t662
    t697 = 16.0*t528
    t698 = 16.0*t530
    t699 = im_y_5_2*t666
    t700 = im_y_21_2*t668
    t701 = im_f_18_4*t697 + im_f_18_5*t697 + im_f_19_4*t698 + im_f_19_5*t698 + im_f_21_4*t700 + im_f_21_5*t700 + im_f_5_4*t699 + im_f_5_5*t699
    t702 = t701 + im_f_17_4*t693 + im_f_17_5*t693 + im_f_20_4*t694 + im_f_20_5*t694 + im_f_22_4*t696 + im_f_22_5*t696 + im_f_4_4*t695 + im_f_4_5*t695
    t703 = t564 + t702 + im_f_13_4*t682 + im_f_13_5*t682 + im_f_14_4*t683 + im_f_14_5*t683 + im_f_15_4*t684 + im_f_15_5*t684 + im_f_16_4*t685 + im_f_16_5*t685 + im_f_27_4*t676 + im_f_27_5*t676 + im_f_28_4*t677 + im_f_28_5*t677 + im_f_29_4*t687 + im_f_29_5*t687 + im_f_30_4*t688 + im_f_30_5*t688 + im_f_35_4*t690 + im_f_35_5*t690 + im_f_36_4*t692 + im_f_36_5*t692 + im_f_37_4*t679 + im_f_37_5*t679 + im_f_38_4*t681 + im_f_38_5*t681 + im_f_7_4*t686 + im_f_7_5*t686
    t704 = 48.0*t691
    t705 = 48.0*t680
    t706 = t603 + t604 - t583 - t584 - t597 - t600 - t601 - t608 - t701 - im_f_36_4*t704 - im_f_36_5*t704 - im_f_38_4*t705 - im_f_38_5*t705 + 16.0*im_f_17_4*im_y_17_0*im_y_17_2 + 16.0*im_f_17_5*im_y_17_0*im_y_17_2 + 16.0*im_f_20_4*im_y_20_0*im_y_20_2 + 16.0*im_f_20_5*im_y_20_0*im_y_20_2 + 16.0*im_f_4_4*im_y_4_0*im_y_4_2 + 16.0*im_f_4_5*im_y_4_0*im_y_4_2 + 32.0*im_f_13_4*im_y_13_0*im_y_13_2 + 32.0*im_f_13_5*im_y_13_0*im_y_13_2 + 48.0*im_f_35_4*im_y_35_0*im_y_35_2 + 48.0*im_f_35_5*im_y_35_0*im_y_35_2 + 48.0*im_f_37_4*im_y_37_0*im_y_37_2 + 48.0*im_f_37_5*im_y_37_0*im_y_37_2 + 64.0*im_f_22_4*im_y_22_0*im_y_22_2 + 64.0*im_f_22_5*im_y_22_0*im_y_22_2
    t707 = 16.0*t183
    t708 = 16.0*t190
    t709 = 16.0*t214
    t710 = 16.0*t220
    t711 = 64.0*t72
    t712 = 64.0*t77
    t713 = 64.0*t81
    t714 = 64.0*t49
    t715 = 64.0*t66
    t716 = 144.0*t200
    t717 = 144.0*t208
    t718 = 144.0*t226
    t719 = 144.0*t232
    t720 = 8.0*im_f_31_2 + 8.0*im_f_31_3 + 8.0*im_f_32_2 + 8.0*im_f_32_3 + 8.0*im_f_35_2 + 8.0*im_f_35_3 + 8.0*im_f_36_2 + 8.0*im_f_36_3 + 32.0*im_f_10_2 + 32.0*im_f_10_3 + 32.0*im_f_11_2 + 32.0*im_f_11_3 + 32.0*im_f_12_2 + 32.0*im_f_12_3 + 32.0*im_f_6_2 + 32.0*im_f_6_3 + 32.0*im_f_9_2 + 32.0*im_f_9_3 + 72.0*im_f_33_2 + 72.0*im_f_33_3 + 72.0*im_f_34_2 + 72.0*im_f_34_3 + 72.0*im_f_37_2 + 72.0*im_f_37_3 + 72.0*im_f_38_2 + 72.0*im_f_38_3
    t721 = 16.0*t439
    t722 = 16.0*t441
    t723 = 16.0*t654
    t724 = 16.0*t656
    t725 = 64.0*t461
    t726 = 64.0*t443
    t727 = 64.0*t447
    t728 = 64.0*im_y_6_0
    t729 = im_y_6_1*t728
    t730 = 64.0*t463
    t731 = 144.0*t421
    t732 = 144.0*t423
    t733 = 144.0*t642
    t734 = 144.0*t644
    t735 = t486 + t671 + im_f_10_4*t725 + im_f_10_5*t725 + im_f_11_4*t726 + im_f_11_5*t726 + im_f_12_4*t727 + im_f_12_5*t727 + im_f_31_4*t721 + im_f_31_5*t721 + im_f_32_4*t722 + im_f_32_5*t722 + im_f_33_4*t731 + im_f_33_5*t731 + im_f_34_4*t732 + im_f_34_5*t732 + im_f_35_4*t723 + im_f_35_5*t723 + im_f_36_4*t724 + im_f_36_5*t724 + im_f_37_4*t733 + im_f_37_5*t733 + im_f_38_4*t734 + im_f_38_5*t734 + im_f_6_4*t729 + im_f_6_5*t729 + im_f_9_4*t730 + im_f_9_5*t730
    t736 = 16.0*t539
    t737 = 16.0*t541
    t738 = 16.0*t689
    t739 = 16.0*t691
    t740 = 64.0*t558
    t741 = 64.0*t543
    t742 = 64.0*t547
    t743 = im_y_6_2*t728
    t744 = 64.0*t560
    t745 = 144.0*t522
    t746 = 144.0*t524
    t747 = 144.0*t678
    t748 = 144.0*t680
    t749 = t578 + t702 + im_f_10_4*t740 + im_f_10_5*t740 + im_f_11_4*t741 + im_f_11_5*t741 + im_f_12_4*t742 + im_f_12_5*t742 + im_f_31_4*t736 + im_f_31_5*t736 + im_f_32_4*t737 + im_f_32_5*t737 + im_f_33_4*t745 + im_f_33_5*t745 + im_f_34_4*t746 + im_f_34_5*t746 + im_f_35_4*t738 + im_f_35_5*t738 + im_f_36_4*t739 + im_f_36_5*t739 + im_f_37_4*t747 + im_f_37_5*t747 + im_f_38_4*t748 + im_f_38_5*t748 + im_f_6_4*t743 + im_f_6_5*t743 + im_f_9_4*t744 + im_f_9_5*t744
    t750 = 16.0*t170
    t751 = 16.0*t178
    t752 = 16.0*t201
    t753 = 16.0*t209
    t754 = 64.0*t103
    t755 = 64.0*t107
    t756 = 64.0*t112
    t757 = 64.0*t117
    t758 = 64.0*t64
    t759 = 144.0*t153
    t760 = 144.0*t160
    t761 = 144.0*t184
    t762 = 144.0*t191
    t763 = t349 + t359
    t764 = t369 + t371
    t765 = t373 + t763 + t764
    t766 = 16.0*t78
    t767 = im_f_11_4*t766
    t768 = im_f_11_5*t766
    t769 = 16.0*t82
    t770 = im_f_12_4*t769
    t771 = im_f_12_5*t769
    t772 = 16.0*t15
    t773 = im_f_1_4*t772
    t774 = im_f_1_5*t772
    t775 = 64.0*t132
    t776 = im_f_23_4*t775
    t777 = im_f_23_5*t775
    t778 = 16.0*t6
    t779 = 16.0*t73
    t780 = 16.0*t67
    t781 = 64.0*t144
    t782 = im_f_0_4*t778 + im_f_0_5*t778 + im_f_10_4*t779 + im_f_10_5*t779 + im_f_26_4*t781 + im_f_26_5*t781 + im_f_9_4*t780 + im_f_9_5*t780
    t783 = t767 + t768 + t770 + t771 + t773 + t774 + t776 + t777 + t782
    t784 = 16.0*t85
    t785 = 16.0*t96
    t786 = 16.0*t22
    t787 = 64.0*t140
    t788 = 16.0*t90
    t789 = 16.0*t100
    t790 = 16.0*t31
    t791 = 64.0*t136
    t792 = im_f_14_4*t788 + im_f_14_5*t788 + im_f_16_4*t789 + im_f_16_5*t789 + im_f_24_4*t791 + im_f_24_5*t791 + im_f_3_4*t790 + im_f_3_5*t790
    t793 = t792 + im_f_13_4*t784 + im_f_13_5*t784 + im_f_15_4*t785 + im_f_15_5*t785 + im_f_25_4*t787 + im_f_25_5*t787 + im_f_2_4*t786 + im_f_2_5*t786
    t794 = 48.0*t160
    t795 = 48.0*t178
    t796 = 32.0*t96
    t797 = im_f_15_4*t796
    t798 = im_f_15_5*t796
    t799 = 32.0*t117
    t800 = im_f_20_4*t799
    t801 = im_f_20_5*t799
    t802 = 32.0*t85
    t803 = 32.0*t103
    t804 = 48.0*t153
    t805 = 48.0*t170
    t806 = t349 + t388 + t392 + t398
    t807 = 32.0*t112
    t808 = 32.0*t107
    t809 = im_f_18_4*t808 + im_f_18_5*t808 - im_f_19_4*t807 - im_f_19_5*t807
    t810 = 32.0*t100
    t811 = 32.0*t90
    t812 = im_f_14_4*t811 + im_f_14_5*t811 - im_f_16_4*t810 - im_f_16_5*t810
    t813 = t782 + t806 + t809 + t812 - t767 - t768 - t770 - t771 - t773 - t774 - t776 - t777 - t797 - t798 - t800 - t801 + im_f_13_4*t802 + im_f_13_5*t802 + im_f_17_4*t803 + im_f_17_5*t803 + im_f_27_4*t804 + im_f_27_5*t804 + im_f_29_4*t805 + im_f_29_5*t805 - im_f_28_4*t794 - im_f_28_5*t794 - im_f_30_4*t795 - im_f_30_5*t795
    t814 = 32.0*t78
    t815 = im_f_11_4*t814
    t816 = im_f_11_5*t814
    t817 = 32.0*t82
    t818 = im_f_12_4*t817
    t819 = im_f_12_5*t817
    t820 = 48.0*t191
    t821 = 48.0*t209
    t822 = t369 + t388 + t409 + t415
    t823 = 32.0*t73
    t824 = im_f_10_4*t823 + im_f_10_5*t823 - 32.0*im_f_9_4*t67 - 32.0*im_f_9_5*t67
    t825 = t815 + t816 - t792 - t800 - t801 - t809 - t818 - t819 - t822 - t824 - im_f_32_4*t820 - im_f_32_5*t820 - im_f_34_4*t821 - im_f_34_5*t821 + 16.0*im_f_13_4*t85 + 16.0*im_f_13_5*t85 + 16.0*im_f_15_4*t96 + 16.0*im_f_15_5*t96 + 16.0*im_f_2_4*t22 + 16.0*im_f_2_5*t22 + 32.0*im_f_17_4*t103 + 32.0*im_f_17_5*t103 + 48.0*im_f_31_4*t184 + 48.0*im_f_31_5*t184 + 48.0*im_f_33_4*t201 + 48.0*im_f_33_5*t201 + 64.0*im_f_25_4*t140 + 64.0*im_f_25_5*t140
    t826 = im_y_29_1*im_y_29_2
    t827 = 16.0*t826
    t828 = im_y_30_1*im_y_30_2
    t829 = 16.0*t828
    t830 = im_y_33_1*im_y_33_2
    t831 = 16.0*t830
    t832 = im_y_34_1*im_y_34_2
    t833 = 16.0*t832
    t834 = im_y_17_1*im_y_17_2
    t835 = 64.0*t834
    t836 = im_y_18_1*im_y_18_2
    t837 = 64.0*t836
    t838 = im_y_19_1*im_y_19_2
    t839 = 64.0*t838
    t840 = im_y_20_1*im_y_20_2
    t841 = 64.0*t840
    t842 = 64.0*im_y_8_1*im_y_8_2
    t843 = im_y_27_1*im_y_27_2
    t844 = 144.0*t843
    t845 = im_y_28_1*im_y_28_2
    t846 = 144.0*t845
    t847 = im_y_31_1*im_y_31_2
    t848 = 144.0*t847
    t849 = im_y_32_1*im_y_32_2
    t850 = 144.0*t849
    t851 = im_y_11_1*im_y_11_2
    t852 = 16.0*t851
    t853 = im_f_11_4*t852
    t854 = im_f_11_5*t852
    t855 = im_y_12_1*im_y_12_2
    t856 = 16.0*t855
    t857 = im_f_12_4*t856
    t858 = im_f_12_5*t856
    t859 = 16.0*im_y_1_1*im_y_1_2
    t860 = im_f_1_4*t859
    t861 = im_f_1_5*t859
    t862 = 64.0*im_y_23_1*im_y_23_2
    t863 = im_f_23_4*t862
    t864 = im_f_23_5*t862
    t865 = 16.0*im_y_0_1*im_y_0_2
    t866 = im_y_10_1*im_y_10_2
    t867 = 16.0*t866
    t868 = im_y_9_1*im_y_9_2
    t869 = 16.0*t868
    t870 = 64.0*im_y_26_1*im_y_26_2
    t871 = im_f_0_4*t865 + im_f_0_5*t865 + im_f_10_4*t867 + im_f_10_5*t867 + im_f_26_4*t870 + im_f_26_5*t870 + im_f_9_4*t869 + im_f_9_5*t869
    t872 = t853 + t854 + t857 + t858 + t860 + t861 + t863 + t864 + t871
    t873 = im_y_13_1*im_y_13_2
    t874 = 16.0*t873
    t875 = im_y_15_1*im_y_15_2
    t876 = 16.0*t875
    t877 = 16.0*im_y_2_1*im_y_2_2
    t878 = 64.0*im_y_25_1*im_y_25_2
    t879 = im_y_14_1*im_y_14_2
    t880 = 16.0*t879
    t881 = im_y_16_1*im_y_16_2
    t882 = 16.0*t881
    t883 = 16.0*im_y_3_1*im_y_3_2
    t884 = 64.0*im_y_24_1*im_y_24_2
    t885 = im_f_14_4*t880 + im_f_14_5*t880 + im_f_16_4*t882 + im_f_16_5*t882 + im_f_24_4*t884 + im_f_24_5*t884 + im_f_3_4*t883 + im_f_3_5*t883
    t886 = t885 + im_f_13_4*t874 + im_f_13_5*t874 + im_f_15_4*t876 + im_f_15_5*t876 + im_f_25_4*t878 + im_f_25_5*t878 + im_f_2_4*t877 + im_f_2_5*t877
    t887 = t872 + t886 + im_f_17_4*t835 + im_f_17_5*t835 + im_f_18_4*t837 + im_f_18_5*t837 + im_f_19_4*t839 + im_f_19_5*t839 + im_f_20_4*t841 + im_f_20_5*t841 + im_f_27_4*t844 + im_f_27_5*t844 + im_f_28_4*t846 + im_f_28_5*t846 + im_f_29_4*t827 + im_f_29_5*t827 + im_f_30_4*t829 + im_f_30_5*t829 + im_f_31_4*t848 + im_f_31_5*t848 + im_f_32_4*t850 + im_f_32_5*t850 + im_f_33_4*t831 + im_f_33_5*t831 + im_f_34_4*t833 + im_f_34_5*t833 + im_f_8_4*t842 + im_f_8_5*t842
    t888 = 48.0*t845
    t889 = 48.0*t828
    t890 = 32.0*t875
    t891 = im_f_15_4*t890
    t892 = im_f_15_5*t890
    t893 = 32.0*t840
    t894 = im_f_20_4*t893
    t895 = im_f_20_5*t893
    t896 = 32.0*t873
    t897 = 32.0*t834
    t898 = 48.0*t843
    t899 = 48.0*t826
    t900 = 32.0*t838
    t901 = 32.0*t836
    t902 = im_f_18_4*t901 + im_f_18_5*t901 - im_f_19_4*t900 - im_f_19_5*t900
    t903 = 32.0*t881
    t904 = 32.0*t879
    t905 = im_f_14_4*t904 + im_f_14_5*t904 - im_f_16_4*t903 - im_f_16_5*t903
    t906 = t871 + t902 + t905 - t853 - t854 - t857 - t858 - t860 - t861 - t863 - t864 - t891 - t892 - t894 - t895 + im_f_13_4*t896 + im_f_13_5*t896 + im_f_17_4*t897 + im_f_17_5*t897 + im_f_27_4*t898 + im_f_27_5*t898 + im_f_29_4*t899 + im_f_29_5*t899 - im_f_28_4*t888 - im_f_28_5*t888 - im_f_30_4*t889 - im_f_30_5*t889
    t907 = 32.0*t851
    t908 = im_f_11_4*t907
    t909 = im_f_11_5*t907
    t910 = 32.0*t855
    t911 = im_f_12_4*t910
    t912 = im_f_12_5*t910
    t913 = 48.0*t849
    t914 = 48.0*t832
    t915 = 32.0*t866
    t916 = im_f_10_4*t915 + im_f_10_5*t915 - 32.0*im_f_9_4*im_y_9_1*im_y_9_2 - 32.0*im_f_9_5*im_y_9_1*im_y_9_2
    t917 = t908 + t909 - t885 - t894 - t895 - t902 - t911 - t912 - t916 - im_f_32_4*t913 - im_f_32_5*t913 - im_f_34_4*t914 - im_f_34_5*t914 + 16.0*im_f_13_4*im_y_13_1*im_y_13_2 + 16.0*im_f_13_5*im_y_13_1*im_y_13_2 + 16.0*im_f_15_4*im_y_15_1*im_y_15_2 + 16.0*im_f_15_5*im_y_15_1*im_y_15_2 + 16.0*im_f_2_4*im_y_2_1*im_y_2_2 + 16.0*im_f_2_5*im_y_2_1*im_y_2_2 + 32.0*im_f_17_4*im_y_17_1*im_y_17_2 + 32.0*im_f_17_5*im_y_17_1*im_y_17_2 + 48.0*im_f_31_4*im_y_31_1*im_y_31_2 + 48.0*im_f_31_5*im_y_31_1*im_y_31_2 + 48.0*im_f_33_4*im_y_33_1*im_y_33_2 + 48.0*im_f_33_5*im_y_33_1*im_y_33_2 + 64.0*im_f_25_4*im_y_25_1*im_y_25_2 + 64.0*im_f_25_5*im_y_25_1*im_y_25_2
    t918 = 16.0*t153
    t919 = 16.0*t160
    t920 = 16.0*t227
    t921 = 16.0*t233
    t922 = 64.0*t85
    t923 = 64.0*t90
    t924 = 64.0*t96
    t925 = 64.0*t100
    t926 = 64.0*t57
    t927 = 144.0*t170
    t928 = 144.0*t178
    t929 = 144.0*t215
    t930 = 144.0*t221
    t931 = t631 + t633
    t932 = t635 + t763 + t931
    t933 = 16.0*t103
    t934 = 16.0*t117
    t935 = 16.0*t37
    t936 = 64.0*t127
    t937 = 16.0*t107
    t938 = 16.0*t112
    t939 = 16.0*t43
    t940 = 64.0*t121
    t941 = im_f_18_4*t937 + im_f_18_5*t937 + im_f_19_4*t938 + im_f_19_5*t938 + im_f_21_4*t940 + im_f_21_5*t940 + im_f_5_4*t939 + im_f_5_5*t939
    t942 = t941 + im_f_17_4*t933 + im_f_17_5*t933 + im_f_20_4*t934 + im_f_20_5*t934 + im_f_22_4*t936 + im_f_22_5*t936 + im_f_4_4*t935 + im_f_4_5*t935
    t943 = 48.0*t221
    t944 = 48.0*t233
    t945 = t392 + t409 + t631 + t638
    t946 = t818 + t819 - t797 - t798 - t812 - t815 - t816 - t824 - t941 - t945 - im_f_36_4*t943 - im_f_36_5*t943 - im_f_38_4*t944 - im_f_38_5*t944 + 16.0*im_f_17_4*t103 + 16.0*im_f_17_5*t103 + 16.0*im_f_20_4*t117 + 16.0*im_f_20_5*t117 + 16.0*im_f_4_4*t37 + 16.0*im_f_4_5*t37 + 32.0*im_f_13_4*t85 + 32.0*im_f_13_5*t85 + 48.0*im_f_35_4*t215 + 48.0*im_f_35_5*t215 + 48.0*im_f_37_4*t227 + 48.0*im_f_37_5*t227 + 64.0*im_f_22_4*t127 + 64.0*im_f_22_5*t127
    t947 = 16.0*t843
    t948 = 16.0*t845
    t949 = im_y_37_1*im_y_37_2
    t950 = 16.0*t949
    t951 = im_y_38_1*im_y_38_2
    t952 = 16.0*t951
    t953 = 64.0*t873
    t954 = 64.0*t879
    t955 = 64.0*t875
    t956 = 64.0*t881
    t957 = 64.0*im_y_7_1*im_y_7_2
    t958 = 144.0*t826
    t959 = 144.0*t828
    t960 = im_y_35_1*im_y_35_2
    t961 = 144.0*t960
    t962 = im_y_36_1*im_y_36_2
    t963 = 144.0*t962
    t964 = 16.0*t834
    t965 = 16.0*t840
    t966 = 16.0*im_y_4_1*im_y_4_2
    t967 = 64.0*im_y_22_1*im_y_22_2
    t968 = 16.0*t836
    t969 = 16.0*t838
    t970 = 16.0*im_y_5_1*im_y_5_2
    t971 = 64.0*im_y_21_1*im_y_21_2
    t972 = im_f_18_4*t968 + im_f_18_5*t968 + im_f_19_4*t969 + im_f_19_5*t969 + im_f_21_4*t971 + im_f_21_5*t971 + im_f_5_4*t970 + im_f_5_5*t970
    t973 = t972 + im_f_17_4*t964 + im_f_17_5*t964 + im_f_20_4*t965 + im_f_20_5*t965 + im_f_22_4*t967 + im_f_22_5*t967 + im_f_4_4*t966 + im_f_4_5*t966
    t974 = t872 + t973 + im_f_13_4*t953 + im_f_13_5*t953 + im_f_14_4*t954 + im_f_14_5*t954 + im_f_15_4*t955 + im_f_15_5*t955 + im_f_16_4*t956 + im_f_16_5*t956 + im_f_27_4*t947 + im_f_27_5*t947 + im_f_28_4*t948 + im_f_28_5*t948 + im_f_29_4*t958 + im_f_29_5*t958 + im_f_30_4*t959 + im_f_30_5*t959 + im_f_35_4*t961 + im_f_35_5*t961 + im_f_36_4*t963 + im_f_36_5*t963 + im_f_37_4*t950 + im_f_37_5*t950 + im_f_38_4*t952 + im_f_38_5*t952 + im_f_7_4*t957 + im_f_7_5*t957
    t975 = 48.0*t962
    t976 = 48.0*t951
    t977 = t911 + t912 - t891 - t892 - t905 - t908 - t909 - t916 - t972 - im_f_36_4*t975 - im_f_36_5*t975 - im_f_38_4*t976 - im_f_38_5*t976 + 16.0*im_f_17_4*im_y_17_1*im_y_17_2 + 16.0*im_f_17_5*im_y_17_1*im_y_17_2 + 16.0*im_f_20_4*im_y_20_1*im_y_20_2 + 16.0*im_f_20_5*im_y_20_1*im_y_20_2 + 16.0*im_f_4_4*im_y_4_1*im_y_4_2 + 16.0*im_f_4_5*im_y_4_1*im_y_4_2 + 32.0*im_f_13_4*im_y_13_1*im_y_13_2 + 32.0*im_f_13_5*im_y_13_1*im_y_13_2 + 48.0*im_f_35_4*im_y_35_1*im_y_35_2 + 48.0*im_f_35_5*im_y_35_1*im_y_35_2 + 48.0*im_f_37_4*im_y_37_1*im_y_37_2 + 48.0*im_f_37_5*im_y_37_1*im_y_37_2 + 64.0*im_f_22_4*im_y_22_1*im_y_22_2 + 64.0*im_f_22_5*im_y_22_1*im_y_22_2
    t978 = 16.0*t184
    t979 = 16.0*t191
    t980 = 16.0*t215
    t981 = 16.0*t221
    t982 = 64.0*t73
    t983 = 64.0*t78
    t984 = 64.0*t82
    t985 = 64.0*t50
    t986 = 64.0*t67
    t987 = 144.0*t201
    t988 = 144.0*t209
    t989 = 144.0*t227
    t990 = 144.0*t233
    t991 = t720 + t764 + t931
    t992 = 16.0*t847
    t993 = 16.0*t849
    t994 = 16.0*t960
    t995 = 16.0*t962
    t996 = 64.0*t866
    t997 = 64.0*t851
    t998 = 64.0*t855
    t999 = 64.0*im_y_6_1*im_y_6_2
    t1000 = 64.0*t868
    t1001 = 144.0*t830
    t1002 = 144.0*t832
    t1003 = 144.0*t949
    t1004 = 144.0*t951
    t1005 = t886 + t973 + im_f_10_4*t996 + im_f_10_5*t996 + im_f_11_4*t997 + im_f_11_5*t997 + im_f_12_4*t998 + im_f_12_5*t998 + im_f_31_4*t992 + im_f_31_5*t992 + im_f_32_4*t993 + im_f_32_5*t993 + im_f_33_4*t1001 + im_f_33_5*t1001 + im_f_34_4*t1002 + im_f_34_5*t1002 + im_f_35_4*t994 + im_f_35_5*t994 + im_f_36_4*t995 + im_f_36_5*t995 + im_f_37_4*t1003 + im_f_37_5*t1003 + im_f_38_4*t1004 + im_f_38_5*t1004 + im_f_6_4*t999 + im_f_6_5*t999 + im_f_9_4*t1000 + im_f_9_5*t1000
    t1006 = 16.0*t171
    t1007 = 16.0*t179
    t1008 = 16.0*t202
    t1009 = 16.0*t210
    t1010 = 64.0*t104
    t1011 = 64.0*t108
    t1012 = 64.0*t113
    t1013 = 64.0*t118
    t1014 = 64.0*t65
    t1015 = 144.0*t154
    t1016 = 144.0*t161
    t1017 = 144.0*t185
    t1018 = 144.0*t192
    t1019 = 16.0*t79
    t1020 = im_f_11_4*t1019
    t1021 = im_f_11_5*t1019
    t1022 = 16.0*t83
    t1023 = im_f_12_4*t1022
    t1024 = im_f_12_5*t1022
    t1025 = 16.0*t16
    t1026 = im_f_1_4*t1025
    t1027 = im_f_1_5*t1025
    t1028 = 64.0*t133
    t1029 = im_f_23_4*t1028
    t1030 = im_f_23_5*t1028
    t1031 = 16.0*t7
    t1032 = 16.0*t74
    t1033 = 16.0*t68
    t1034 = 64.0*t145
    t1035 = im_f_0_4*t1031 + im_f_0_5*t1031 + im_f_10_4*t1032 + im_f_10_5*t1032 + im_f_26_4*t1034 + im_f_26_5*t1034 + im_f_9_4*t1033 + im_f_9_5*t1033
    t1036 = t1020 + t1021 + t1023 + t1024 + t1026 + t1027 + t1029 + t1030 + t1035
    t1037 = 16.0*t86
    t1038 = 16.0*t97
    t1039 = 16.0*t23
    t1040 = 64.0*t141
    t1041 = 16.0*t91
    t1042 = 16.0*t101
    t1043 = 16.0*t32
    t1044 = 64.0*t137
    t1045 = im_f_14_4*t1041 + im_f_14_5*t1041 + im_f_16_4*t1042 + im_f_16_5*t1042 + im_f_24_4*t1044 + im_f_24_5*t1044 + im_f_3_4*t1043 + im_f_3_5*t1043
    t1046 = t1045 + im_f_13_4*t1037 + im_f_13_5*t1037 + im_f_15_4*t1038 + im_f_15_5*t1038 + im_f_25_4*t1040 + im_f_25_5*t1040 + im_f_2_4*t1039 + im_f_2_5*t1039
    t1047 = 48.0*t161
    t1048 = 48.0*t179
    t1049 = 32.0*t97
    t1050 = im_f_15_4*t1049
    t1051 = im_f_15_5*t1049
    t1052 = 32.0*t118
    t1053 = im_f_20_4*t1052
    t1054 = im_f_20_5*t1052
    t1055 = 32.0*t86
    t1056 = 32.0*t104
    t1057 = 48.0*t154
    t1058 = 48.0*t171
    t1059 = 32.0*t113
    t1060 = 32.0*t108
    t1061 = im_f_18_4*t1060 + im_f_18_5*t1060 - im_f_19_4*t1059 - im_f_19_5*t1059
    t1062 = 32.0*t101
    t1063 = 32.0*t91
    t1064 = im_f_14_4*t1063 + im_f_14_5*t1063 - im_f_16_4*t1062 - im_f_16_5*t1062
    t1065 = t1035 + t1061 + t1064 + t806 - t1020 - t1021 - t1023 - t1024 - t1026 - t1027 - t1029 - t1030 - t1050 - t1051 - t1053 - t1054 + im_f_13_4*t1055 + im_f_13_5*t1055 + im_f_17_4*t1056 + im_f_17_5*t1056 + im_f_27_4*t1057 + im_f_27_5*t1057 + im_f_29_4*t1058 + im_f_29_5*t1058 - im_f_28_4*t1047 - im_f_28_5*t1047 - im_f_30_4*t1048 - im_f_30_5*t1048
    t1066 = 32.0*t79
    t1067 = im_f_11_4*t1066
    t1068 = im_f_11_5*t1066
    t1069 = 32.0*t83
    t1070 = im_f_12_4*t1069
    t1071 = im_f_12_5*t1069
    t1072 = 48.0*t192
    t1073 = 48.0*t210
    t1074 = 32.0*t74
    t1075 = im_f_10_4*t1074 + im_f_10_5*t1074 - 32.0*im_f_9_4*t68 - 32.0*im_f_9_5*t68
    t1076 = t1067 + t1068 - t1045 - t1053 - t1054 - t1061 - t1070 - t1071 - t1075 - t822 - im_f_32_4*t1072 - im_f_32_5*t1072 - im_f_34_4*t1073 - im_f_34_5*t1073 + 16.0*im_f_13_4*t86 + 16.0*im_f_13_5*t86 + 16.0*im_f_15_4*t97 + 16.0*im_f_15_5*t97 + 16.0*im_f_2_4*t23 + 16.0*im_f_2_5*t23 + 32.0*im_f_17_4*t104 + 32.0*im_f_17_5*t104 + 48.0*im_f_31_4*t185 + 48.0*im_f_31_5*t185 + 48.0*im_f_33_4*t202 + 48.0*im_f_33_5*t202 + 64.0*im_f_25_4*t141 + 64.0*im_f_25_5*t141
    t1077 = 16.0*t154
    t1078 = 16.0*t161
    t1079 = 16.0*t228
    t1080 = 16.0*t234
    t1081 = 64.0*t86
    t1082 = 64.0*t91
    t1083 = 64.0*t97
    t1084 = 64.0*t101
    t1085 = 64.0*t58
    t1086 = 144.0*t171
    t1087 = 144.0*t179
    t1088 = 144.0*t216
    t1089 = 144.0*t222
    t1090 = 16.0*t104
    t1091 = 16.0*t118
    t1092 = 16.0*t38
    t1093 = 64.0*t128
    t1094 = 16.0*t108
    t1095 = 16.0*t113
    t1096 = 16.0*t44
    t1097 = 64.0*t122
    t1098 = im_f_18_4*t1094 + im_f_18_5*t1094 + im_f_19_4*t1095 + im_f_19_5*t1095 + im_f_21_4*t1097 + im_f_21_5*t1097 + im_f_5_4*t1096 + im_f_5_5*t1096
    t1099 = t1098 + im_f_17_4*t1090 + im_f_17_5*t1090 + im_f_20_4*t1091 + im_f_20_5*t1091 + im_f_22_4*t1093 + im_f_22_5*t1093 + im_f_4_4*t1092 + im_f_4_5*t1092
    t1100 = 48.0*t222
    t1101 = 48.0*t234
    t1102 = t1070 + t1071 - t1050 - t1051 - t1064 - t1067 - t1068 - t1075 - t1098 - t945 - im_f_36_4*t1100 - im_f_36_5*t1100 - im_f_38_4*t1101 - im_f_38_5*t1101 + 16.0*im_f_17_4*t104 + 16.0*im_f_17_5*t104 + 16.0*im_f_20_4*t118 + 16.0*im_f_20_5*t118 + 16.0*im_f_4_4*t38 + 16.0*im_f_4_5*t38 + 32.0*im_f_13_4*t86 + 32.0*im_f_13_5*t86 + 48.0*im_f_35_4*t216 + 48.0*im_f_35_5*t216 + 48.0*im_f_37_4*t228 + 48.0*im_f_37_5*t228 + 64.0*im_f_22_4*t128 + 64.0*im_f_22_5*t128
    t1103 = 16.0*t185
    t1104 = 16.0*t192
    t1105 = 16.0*t216
    t1106 = 16.0*t222
    t1107 = 64.0*t74
    t1108 = 64.0*t79
    t1109 = 64.0*t83
    t1110 = 64.0*t51
    t1111 = 64.0*t68
    t1112 = 144.0*t202
    t1113 = 144.0*t210
    t1114 = 144.0*t228
    t1115 = 144.0*t234
    if not numpy.all(numpy.asarray(in_A_4 + in_A_8 + t0 + t247 + t248 + t249 + t253 - t250 - t251 - t252 - t256 - t257 - t258 + in_A_2*t255 + in_A_5*t254) > 0):
        raise ValueError("det(I + A) must be positive (the deformation inverts the crystal)")
    if not numpy.all(numpy.asarray(0.36 + t245 + t246 + t259 + t59) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.8: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.1296 + t262 + t264 + t265 + t266 + t267 + t268 + t269 + t270 + t271 + t272 + t273 + t274 + t276 + t277 + t278 + t279 + t280 - t260 - t261 - t275 - t281 - t282 - t283 - t285 - t286 - t288 - t247*t275) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.8: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.046656 + t305 + t306 + t316 + t317 + t318 - t293 - t294 - t295 - t299 - t300 - t302 - t304 - t312 - t313 - t314 - t315 + 8.0*t253 - 0.2304*t239 - 0.2304*t240 - 0.2304*t242 - 0.2304*t243 - 0.2304*t245 - 0.2304*t246 - 0.64*t270 - 0.64*t274 + (0.36)*t271 + (1.28)*t287 + (1.44)*t247 + (1.44)*t248 + (1.44)*t249 + (0.1296)*t259 + (0.1296)*t263 + (0.1296)*t289 + (0.2592)*in_A_0 + (0.2592)*in_A_4 + (0.2592)*in_A_8 + in_A_0*t305 + in_A_0*t306 + in_A_0*t317 + in_A_4*t305 + in_A_4*t306 + in_A_4*t316 + in_A_4*t318 + in_A_8*t305 + in_A_8*t306 + t239*t265 + t239*t273 + t239*t274 + t239*t279 + t240*t266 + t240*t270 + t240*t272 + t240*t277 + t247*t305 + t247*t306 + t247*t318 + t248*t305 + t248*t306 + t248*t317 + t249*t305 + t249*t306 + t249*t316 + t252*t316 + t253*t305 + t253*t306 + t254*t309 + t256*t301 + t257*t301 + t257*t303 + t259*t268 + t259*t298 + t262*t263 + t262*t289 + t263*t267 + t263*t298 + t264*t289 + t267*t289 + t268*t289 + t269*t289 + t269*t47 + t271*t289 + t271*t47 + t276*t289 + t278*t289 + t280*t289 + t284*t307 + t287*t291 + t307*t308 + t307*t310 + t308*t309 - in_A_0*t299 - in_A_0*t302 - in_A_0*t314 - in_A_4*t299 - in_A_4*t304 - in_A_4*t312 - in_A_8*t294 - in_A_8*t295 - in_A_8*t302 - in_A_8*t304 - in_A_8*t313 - in_A_8*t315 - t238*t256 - t238*t258 - t239*t261 - t239*t285 - t239*t288 - t239*t291 - t240*t260 - t240*t283 - t240*t286 - t240*t290 - t241*t251 - t241*t256 - t242*t292 - t243*t261 - t243*t290 - t243*t297 - t244*t252 - t245*t292 - t246*t260 - t246*t291 - t246*t296 - t247*t293 - t247*t299 - t247*t300 - t248*t294 - t248*t302 - t249*t295 - t249*t304 - t250*t267 - t250*t268 - t251*t267 - t251*t280 - t251*t319 - t252*t268 - t252*t319 - t259*t296 - t260*t289 - t261*t289 - t263*t297 - t281*t289 - t282*t289 + in_A_0*t238*t263 + in_A_4*t238*t259 + in_A_5*t284*t292 + in_A_5*t290*t310 + in_A_5*t291*t308 + in_A_7*t254*t290 + in_A_7*t292*t308) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.8: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_0) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_1) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_2) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_3) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_4) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_5) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_6) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_7) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_8) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_9) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_10) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_11) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_12) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_13) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_14) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_15) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_16) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_17) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_18) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_19) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_20) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_21) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_22) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_23) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_24) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_25) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_26) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_27) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_28) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_29) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_30) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_31) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_32) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_33) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_34) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_35) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_36) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_37) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_38) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_0) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_1) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_3) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_4) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_5) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_6) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_7) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_8) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_9) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_10) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_11) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_12) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_13) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_14) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_15) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_16) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_17) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_18) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_19) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_20) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_21) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_22) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_23) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_24) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_25) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_26) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_27) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_28) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_29) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_30) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    out = numpy.empty(batch + (81,))
    out[..., 0] = t360 + t372 + t373 + im_f_17_4*t324 + im_f_17_5*t324 + im_f_18_4*t325 + im_f_18_5*t325 + im_f_19_4*t326 + im_f_19_5*t326 + im_f_20_4*t327 + im_f_20_5*t327 + im_f_27_4*t329 + im_f_27_5*t329 + im_f_28_4*t330 + im_f_28_5*t330 + im_f_29_4*t320 + im_f_29_5*t320 + im_f_30_4*t321 + im_f_30_5*t321 + im_f_31_4*t331 + im_f_31_5*t331 + im_f_32_4*t332 + im_f_32_5*t332 + im_f_33_4*t322 + im_f_33_5*t322 + im_f_34_4*t323 + im_f_34_5*t323 + im_f_8_4*t328 + im_f_8_5*t328
    out[..., 1] = t399
    out[..., 2] = t416
    out[..., 3] = t487
    out[..., 4] = t506
    out[..., 5] = t517
    out[..., 6] = t579
    out[..., 7] = t598
    out[..., 8] = t609
    out[..., 9] = t399
    out[..., 10] = t360 + t634 + t635 + im_f_13_4*t614 + im_f_13_5*t614 + im_f_14_4*t615 + im_f_14_5*t615 + im_f_15_4*t616 + im_f_15_5*t616 + im_f_16_4*t617 + im_f_16_5*t617 + im_f_27_4*t610 + im_f_27_5*t610 + im_f_28_4*t611 + im_f_28_5*t611 + im_f_29_4*t619 + im_f_29_5*t619 + im_f_30_4*t620 + im_f_30_5*t620 + im_f_35_4*t621 + im_f_35_5*t621 + im_f_36_4*t622 + im_f_36_5*t622 + im_f_37_4*t612 + im_f_37_5*t612 + im_f_38_4*t613 + im_f_38_5*t613 + im_f_7_4*t618 + im_f_7_5*t618
    out[..., 11] = t639
    out[..., 12] = t506
    out[..., 13] = t672
    out[..., 14] = t675
    out[..., 15] = t598
    out[..., 16] = t703
    out[..., 17] = t706
    out[..., 18] = t416
    out[..., 19] = t639
    out[..., 20] = t372 + t634 + t720 + im_f_10_4*t711 + im_f_10_5*t711 + im_f_11_4*t712 + im_f_11_5*t712 + im_f_12_4*t713 + im_f_12_5*t713 + im_f_31_4*t707 + im_f_31_5*t707 + im_f_32_4*t708 + im_f_32_5*t708 + im_f_33_4*t716 + im_f_33_5*t716 + im_f_34_4*t717 + im_f_34_5*t717 + im_f_35_4*t709 + im_f_35_5*t709 + im_f_36_4*t710 + im_f_36_5*t710 + im_f_37_4*t718 + im_f_37_5*t718 + im_f_38_4*t719 + im_f_38_5*t719 + im_f_6_4*t714 + im_f_6_5*t714 + im_f_9_4*t715 + im_f_9_5*t715
    out[..., 21] = t517
    out[..., 22] = t675
    out[..., 23] = t735
    out[..., 24] = t609
    out[..., 25] = t706
    out[..., 26] = t749
    out[..., 27] = t487
    out[..., 28] = t506
    out[..., 29] = t517
    out[..., 30] = t765 + t783 + t793 + im_f_17_4*t754 + im_f_17_5*t754 + im_f_18_4*t755 + im_f_18_5*t755 + im_f_19_4*t756 + im_f_19_5*t756 + im_f_20_4*t757 + im_f_20_5*t757 + im_f_27_4*t759 + im_f_27_5*t759 + im_f_28_4*t760 + im_f_28_5*t760 + im_f_29_4*t750 + im_f_29_5*t750 + im_f_30_4*t751 + im_f_30_5*t751 + im_f_31_4*t761 + im_f_31_5*t761 + im_f_32_4*t762 + im_f_32_5*t762 + im_f_33_4*t752 + im_f_33_5*t752 + im_f_34_4*t753 + im_f_34_5*t753 + im_f_8_4*t758 + im_f_8_5*t758
    out[..., 31] = t813
    out[..., 32] = t825
    out[..., 33] = t887
    out[..., 34] = t906
    out[..., 35] = t917
    out[..., 36] = t506
    out[..., 37] = t672
    out[..., 38] = t675
    out[..., 39] = t813
    out[..., 40] = t783 + t932 + t942 + im_f_13_4*t922 + im_f_13_5*t922 + im_f_14_4*t923 + im_f_14_5*t923 + im_f_15_4*t924 + im_f_15_5*t924 + im_f_16_4*t925 + im_f_16_5*t925 + im_f_27_4*t918 + im_f_27_5*t918 + im_f_28_4*t919 + im_f_28_5*t919 + im_f_29_4*t927 + im_f_29_5*t927 + im_f_30_4*t928 + im_f_30_5*t928 + im_f_35_4*t929 + im_f_35_5*t929 + im_f_36_4*t930 + im_f_36_5*t930 + im_f_37_4*t920 + im_f_37_5*t920 + im_f_38_4*t921 + im_f_38_5*t921 + im_f_7_4*t926 + im_f_7_5*t926
    out[..., 41] = t946
    out[..., 42] = t906
    out[..., 43] = t974
    out[..., 44] = t977
    out[..., 45] = t517
    out[..., 46] = t675
    out[..., 47] = t735
    out[..., 48] = t825
    out[..., 49] = t946
    out[..., 50] = t793 + t942 + t991 + im_f_10_4*t982 + im_f_10_5*t982 + im_f_11_4*t983 + im_f_11_5*t983 + im_f_12_4*t984 + im_f_12_5*t984 + im_f_31_4*t978 + im_f_31_5*t978 + im_f_32_4*t979 + im_f_32_5*t979 + im_f_33_4*t987 + im_f_33_5*t987 + im_f_34_4*t988 + im_f_34_5*t988 + im_f_35_4*t980 + im_f_35_5*t980 + im_f_36_4*t981 + im_f_36_5*t981 + im_f_37_4*t989 + im_f_37_5*t989 + im_f_38_4*t990 + im_f_38_5*t990 + im_f_6_4*t985 + im_f_6_5*t985 + im_f_9_4*t986 + im_f_9_5*t986
    out[..., 51] = t917
    out[..., 52] = t977
    out[..., 53] = t1005
    out[..., 54] = t579
    out[..., 55] = t598
    out[..., 56] = t609
    out[..., 57] = t887
    out[..., 58] = t906
    out[..., 59] = t917
    out[..., 60] = t1036 + t1046 + t765 + im_f_17_4*t1010 + im_f_17_5*t1010 + im_f_18_4*t1011 + im_f_18_5*t1011 + im_f_19_4*t1012 + im_f_19_5*t1012 + im_f_20_4*t1013 + im_f_20_5*t1013 + im_f_27_4*t1015 + im_f_27_5*t1015 + im_f_28_4*t1016 + im_f_28_5*t1016 + im_f_29_4*t1006 + im_f_29_5*t1006 + im_f_30_4*t1007 + im_f_30_5*t1007 + im_f_31_4*t1017 + im_f_31_5*t1017 + im_f_32_4*t1018 + im_f_32_5*t1018 + im_f_33_4*t1008 + im_f_33_5*t1008 + im_f_34_4*t1009 + im_f_34_5*t1009 + im_f_8_4*t1014 + im_f_8_5*t1014
    out[..., 61] = t1065
    out[..., 62] = t1076
    out[..., 63] = t598
    out[..., 64] = t703
    out[..., 65] = t706
    out[..., 66] = t906
    out[..., 67] = t974
    out[..., 68] = t977
    out[..., 69] = t1065
    out[..., 70] = t1036 + t1099 + t932 + im_f_13_4*t1081 + im_f_13_5*t1081 + im_f_14_4*t1082 + im_f_14_5*t1082 + im_f_15_4*t1083 + im_f_15_5*t1083 + im_f_16_4*t1084 + im_f_16_5*t1084 + im_f_27_4*t1077 + im_f_27_5*t1077 + im_f_28_4*t1078 + im_f_28_5*t1078 + im_f_29_4*t1086 + im_f_29_5*t1086 + im_f_30_4*t1087 + im_f_30_5*t1087 + im_f_35_4*t1088 + im_f_35_5*t1088 + im_f_36_4*t1089 + im_f_36_5*t1089 + im_f_37_4*t1079 + im_f_37_5*t1079 + im_f_38_4*t1080 + im_f_38_5*t1080 + im_f_7_4*t1085 + im_f_7_5*t1085
    out[..., 71] = t1102
    out[..., 72] = t609
    out[..., 73] = t706
    out[..., 74] = t749
    out[..., 75] = t917
    out[..., 76] = t977
    out[..., 77] = t1005
    out[..., 78] = t1076
    out[..., 79] = t1102
    out[..., 80] = t1046 + t1099 + t991 + im_f_10_4*t1107 + im_f_10_5*t1107 + im_f_11_4*t1108 + im_f_11_5*t1108 + im_f_12_4*t1109 + im_f_12_5*t1109 + im_f_31_4*t1103 + im_f_31_5*t1103 + im_f_32_4*t1104 + im_f_32_5*t1104 + im_f_33_4*t1112 + im_f_33_5*t1112 + im_f_34_4*t1113 + im_f_34_5*t1113 + im_f_35_4*t1105 + im_f_35_5*t1105 + im_f_36_4*t1106 + im_f_36_5*t1106 + im_f_37_4*t1114 + im_f_37_5*t1114 + im_f_38_4*t1115 + im_f_38_5*t1115 + im_f_6_4*t1110 + im_f_6_5*t1110 + im_f_9_4*t1111 + im_f_9_5*t1111
    return out.reshape(batch + (3, 3, 3, 3,))


def energy_per_atom(A):
    """E(A, p) = W |Gamma| / (atoms per cell): stored energy per atom (seed 001 eq 3.4). Pair potential lj, truncated at rc, unshifted (LAMMPS lj/cut without pair_modify shift).

    A: shape (..., 3, 3)
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
    batch = numpy.broadcast_shapes(*batches)
    t0 = 1.0 + in_A_0
    t1 = in_A_1 + t0
    im_y_0_0 = t1
    t2 = 1.0 + in_A_4
    t3 = in_A_3 + t2
    im_y_0_1 = t3
    t4 = in_A_6 + in_A_7
    im_y_0_2 = t4
    im_r2_0 = (im_y_0_0)**2 + (im_y_0_1)**2 + (im_y_0_2)**2
    im_f_0_6 = 21.365503886696164/(im_r2_0)**6
    im_f_0_7 = -4.622283406142051/(im_r2_0)**3
    t5 = -in_A_1
    t6 = t0 + t5
    im_y_1_0 = t6
    t7 = -in_A_3
    t8 = t2 + t7
    im_y_1_1 = -t8
    t9 = -in_A_7
    t10 = in_A_6 + t9
    im_y_1_2 = t10
    im_r2_1 = (im_y_1_0)**2 + (im_y_1_1)**2 + (im_y_1_2)**2
    im_f_1_6 = 21.365503886696164/(im_r2_1)**6
    im_f_1_7 = -4.622283406142051/(im_r2_1)**3
    t11 = in_A_2 + t0
    im_y_2_0 = t11
    t12 = in_A_3 + in_A_5
    im_y_2_1 = t12
    t13 = 1.0 + in_A_8
    t14 = in_A_6 + t13
    im_y_2_2 = t14
    im_r2_2 = (im_y_2_0)**2 + (im_y_2_1)**2 + (im_y_2_2)**2
    im_f_2_6 = 21.365503886696164/(im_r2_2)**6
    im_f_2_7 = -4.622283406142051/(im_r2_2)**3
    t15 = -in_A_2
    t16 = t0 + t15
    im_y_3_0 = t16
    t17 = -in_A_5
    t18 = in_A_3 + t17
    im_y_3_1 = t18
    t19 = -in_A_6
    t20 = t13 + t19
    im_y_3_2 = -t20
    im_r2_3 = (im_y_3_0)**2 + (im_y_3_1)**2 + (im_y_3_2)**2
    im_f_3_6 = 21.365503886696164/(im_r2_3)**6
    im_f_3_7 = -4.622283406142051/(im_r2_3)**3
    t21 = in_A_1 + in_A_2
    im_y_4_0 = t21
    t22 = in_A_5 + t2
    im_y_4_1 = t22
    t23 = in_A_7 + t13
    im_y_4_2 = t23
    im_r2_4 = (im_y_4_0)**2 + (im_y_4_1)**2 + (im_y_4_2)**2
    im_f_4_6 = 21.365503886696164/(im_r2_4)**6
    im_f_4_7 = -4.622283406142051/(im_r2_4)**3
    t24 = in_A_1 + t15
    im_y_5_0 = t24
    t25 = t17 + t2
    im_y_5_1 = t25
    t26 = t13 + t9
    im_y_5_2 = -t26
    im_r2_5 = (im_y_5_0)**2 + (im_y_5_1)**2 + (im_y_5_2)**2
    im_f_5_6 = 21.365503886696164/(im_r2_5)**6
    im_f_5_7 = -4.622283406142051/(im_r2_5)**3
    t27 = 2.0*in_A_2
    im_y_6_0 = t27
    t28 = 2.0*in_A_5
    im_y_6_1 = t28
    t29 = 2.0*in_A_8
    t30 = 2.0 + t29
    im_y_6_2 = t30
    im_r2_6 = (im_y_6_0)**2 + (im_y_6_1)**2 + (im_y_6_2)**2
    im_f_6_6 = 21.365503886696164/(im_r2_6)**6
    im_f_6_7 = -4.622283406142051/(im_r2_6)**3
    t31 = 2.0*in_A_1
    im_y_7_0 = t31
    t32 = 2.0*in_A_4
    t33 = 2.0 + t32
    im_y_7_1 = t33
    t34 = 2.0*in_A_7
    im_y_7_2 = t34
    im_r2_7 = (im_y_7_0)**2 + (im_y_7_1)**2 + (im_y_7_2)**2
    im_f_7_6 = 21.365503886696164/(im_r2_7)**6
    im_f_7_7 = -4.622283406142051/(im_r2_7)**3
    t35 = 2.0*in_A_0
    t36 = 2.0 + t35
    im_y_8_0 = t36
    t37 = 2.0*in_A_3
    im_y_8_1 = t37
    t38 = 2.0*in_A_6
    im_y_8_2 = t38
    im_r2_8 = (im_y_8_0)**2 + (im_y_8_1)**2 + (im_y_8_2)**2
    im_f_8_6 = 21.365503886696164/(im_r2_8)**6
    im_f_8_7 = -4.622283406142051/(im_r2_8)**3
    im_y_9_0 = t1 + t27
    im_y_9_1 = t28 + t3
    im_y_9_2 = t30 + t4
    im_r2_9 = (im_y_9_0)**2 + (im_y_9_1)**2 + (im_y_9_2)**2
    im_f_9_6 = 21.365503886696164/(im_r2_9)**6
    im_f_9_7 = -4.622283406142051/(im_r2_9)**3
    t39 = -t27
    im_y_10_0 = t1 + t39
    t40 = -t28
    im_y_10_1 = t3 + t40
    t41 = -2.0 - t29
    im_y_10_2 = t4 + t41
    im_r2_10 = (im_y_10_0)**2 + (im_y_10_1)**2 + (im_y_10_2)**2
    im_f_10_6 = 21.365503886696164/(im_r2_10)**6
    im_f_10_7 = -4.622283406142051/(im_r2_10)**3
    im_y_11_0 = t27 + t6
    t42 = -1.0 - in_A_4
    t43 = in_A_3 + t28
    im_y_11_1 = t42 + t43
    im_y_11_2 = t10 + t30
    im_r2_11 = (im_y_11_0)**2 + (im_y_11_1)**2 + (im_y_11_2)**2
    im_f_11_6 = 21.365503886696164/(im_r2_11)**6
    im_f_11_7 = -4.622283406142051/(im_r2_11)**3
    im_y_12_0 = t39 + t6
    im_y_12_1 = -t28 - t8
    t44 = in_A_7 + t30
    im_y_12_2 = -t19 - t44
    im_r2_12 = (im_y_12_0)**2 + (im_y_12_1)**2 + (im_y_12_2)**2
    im_f_12_6 = 21.365503886696164/(im_r2_12)**6
    im_f_12_7 = -4.622283406142051/(im_r2_12)**3
    im_y_13_0 = t11 + t31
    im_y_13_1 = t12 + t33
    im_y_13_2 = t14 + t34
    im_r2_13 = (im_y_13_0)**2 + (im_y_13_1)**2 + (im_y_13_2)**2
    im_f_13_6 = 21.365503886696164/(im_r2_13)**6
    im_f_13_7 = -4.622283406142051/(im_r2_13)**3
    im_y_14_0 = t16 + t31
    im_y_14_1 = t18 + t33
    t45 = -1.0 - in_A_8
    t46 = in_A_6 + t34
    im_y_14_2 = t45 + t46
    im_r2_14 = (im_y_14_0)**2 + (im_y_14_1)**2 + (im_y_14_2)**2
    im_f_14_6 = 21.365503886696164/(im_r2_14)**6
    im_f_14_7 = -4.622283406142051/(im_r2_14)**3
    t47 = -t31
    im_y_15_0 = t11 + t47
    t48 = -2.0 - t32
    im_y_15_1 = t12 + t48
    t49 = -t34
    im_y_15_2 = t14 + t49
    im_r2_15 = (im_y_15_0)**2 + (im_y_15_1)**2 + (im_y_15_2)**2
    im_f_15_6 = 21.365503886696164/(im_r2_15)**6
    im_f_15_7 = -4.622283406142051/(im_r2_15)**3
    im_y_16_0 = t16 + t47
    t50 = in_A_5 + t33
    im_y_16_1 = -t50 - t7
    im_y_16_2 = -t20 - t34
    im_r2_16 = (im_y_16_0)**2 + (im_y_16_1)**2 + (im_y_16_2)**2
    im_f_16_6 = 21.365503886696164/(im_r2_16)**6
    im_f_16_7 = -4.622283406142051/(im_r2_16)**3
    im_y_17_0 = t21 + t36
    im_y_17_1 = t22 + t37
    im_y_17_2 = t23 + t38
    im_r2_17 = (im_y_17_0)**2 + (im_y_17_1)**2 + (im_y_17_2)**2
    im_f_17_6 = 21.365503886696164/(im_r2_17)**6
    im_f_17_7 = -4.622283406142051/(im_r2_17)**3
    im_y_18_0 = t24 + t36
    im_y_18_1 = t25 + t37
    t51 = t38 + t45
    im_y_18_2 = in_A_7 + t51
    im_r2_18 = (im_y_18_0)**2 + (im_y_18_1)**2 + (im_y_18_2)**2
    im_f_18_6 = 21.365503886696164/(im_r2_18)**6
    im_f_18_7 = -4.622283406142051/(im_r2_18)**3
    t52 = t36 + t5
    im_y_19_0 = in_A_2 + t52
    t53 = t37 + t42
    im_y_19_1 = in_A_5 + t53
    im_y_19_2 = t26 + t38
    im_r2_19 = (im_y_19_0)**2 + (im_y_19_1)**2 + (im_y_19_2)**2
    im_f_19_6 = 21.365503886696164/(im_r2_19)**6
    im_f_19_7 = -4.622283406142051/(im_r2_19)**3
    im_y_20_0 = t15 + t52
    t54 = -2.0*in_A_3
    im_y_20_1 = -t22 - t54
    t55 = -2.0*in_A_6
    im_y_20_2 = -t23 - t55
    im_r2_20 = (im_y_20_0)**2 + (im_y_20_1)**2 + (im_y_20_2)**2
    im_f_20_6 = 21.365503886696164/(im_r2_20)**6
    im_f_20_7 = -4.622283406142051/(im_r2_20)**3
    t56 = t31 + t39
    im_y_21_0 = t56
    im_y_21_1 = t33 + t40
    im_y_21_2 = -t30 - t49
    im_r2_21 = (im_y_21_0)**2 + (im_y_21_1)**2 + (im_y_21_2)**2
    im_f_21_6 = 21.365503886696164/(im_r2_21)**6
    im_f_21_7 = -4.622283406142051/(im_r2_21)**3
    t57 = t27 + t31
    im_y_22_0 = t57
    t58 = t28 + t33
    im_y_22_1 = t58
    t59 = t30 + t34
    im_y_22_2 = t59
    im_r2_22 = (im_y_22_0)**2 + (im_y_22_1)**2 + (im_y_22_2)**2
    im_f_22_6 = 21.365503886696164/(im_r2_22)**6
    im_f_22_7 = -4.622283406142051/(im_r2_22)**3
    t60 = t36 + t47
    im_y_23_0 = t60
    im_y_23_1 = -t33 - t54
    t61 = t38 + t49
    im_y_23_2 = t61
    im_r2_23 = (im_y_23_0)**2 + (im_y_23_1)**2 + (im_y_23_2)**2
    im_f_23_6 = 21.365503886696164/(im_r2_23)**6
    im_f_23_7 = -4.622283406142051/(im_r2_23)**3
    im_y_24_0 = t36 + t39
    t62 = t37 + t40
    im_y_24_1 = t62
    im_y_24_2 = -t30 - t55
    im_r2_24 = (im_y_24_0)**2 + (im_y_24_1)**2 + (im_y_24_2)**2
    im_f_24_6 = 21.365503886696164/(im_r2_24)**6
    im_f_24_7 = -4.622283406142051/(im_r2_24)**3
    im_y_25_0 = t27 + t36
    t63 = t28 + t37
    im_y_25_1 = t63
    im_y_25_2 = t30 + t38
    im_r2_25 = (im_y_25_0)**2 + (im_y_25_1)**2 + (im_y_25_2)**2
    im_f_25_6 = 21.365503886696164/(im_r2_25)**6
    im_f_25_7 = -4.622283406142051/(im_r2_25)**3
    im_y_26_0 = t31 + t36
    im_y_26_1 = t33 + t37
    t64 = t34 + t38
    im_y_26_2 = t64
    im_r2_26 = (im_y_26_0)**2 + (im_y_26_1)**2 + (im_y_26_2)**2
    im_f_26_6 = 21.365503886696164/(im_r2_26)**6
    im_f_26_7 = -4.622283406142051/(im_r2_26)**3
    t65 = 3.0 + 3.0*in_A_0
    t66 = in_A_1 + t65
    im_y_27_0 = t66
    t67 = 3.0*in_A_3
    t68 = t2 + t67
    im_y_27_1 = t68
    t69 = 3.0*in_A_6
    t70 = in_A_7 + t69
    im_y_27_2 = t70
    im_r2_27 = (im_y_27_0)**2 + (im_y_27_1)**2 + (im_y_27_2)**2
    im_f_27_6 = 21.365503886696164/(im_r2_27)**6
    im_f_27_7 = -4.622283406142051/(im_r2_27)**3
    t71 = t5 + t65
    im_y_28_0 = t71
    t72 = -3.0*in_A_3
    t73 = t2 + t72
    im_y_28_1 = -t73
    t74 = t69 + t9
    im_y_28_2 = t74
    im_r2_28 = (im_y_28_0)**2 + (im_y_28_1)**2 + (im_y_28_2)**2
    im_f_28_6 = 21.365503886696164/(im_r2_28)**6
    im_f_28_7 = -4.622283406142051/(im_r2_28)**3
    t75 = 3.0*in_A_1
    t76 = t0 + t75
    im_y_29_0 = t76
    t77 = 3.0*in_A_4
    t78 = 3.0 + t77
    t79 = in_A_3 + t78
    im_y_29_1 = t79
    t80 = 3.0*in_A_7
    t81 = in_A_6 + t80
    im_y_29_2 = t81
    im_r2_29 = (im_y_29_0)**2 + (im_y_29_1)**2 + (im_y_29_2)**2
    im_f_29_6 = 21.365503886696164/(im_r2_29)**6
    im_f_29_7 = -4.622283406142051/(im_r2_29)**3
    t82 = -t75
    t83 = t0 + t82
    im_y_30_0 = t83
    t84 = t7 + t78
    im_y_30_1 = -t84
    t85 = -t80
    t86 = in_A_6 + t85
    im_y_30_2 = t86
    im_r2_30 = (im_y_30_0)**2 + (im_y_30_1)**2 + (im_y_30_2)**2
    im_f_30_6 = 21.365503886696164/(im_r2_30)**6
    im_f_30_7 = -4.622283406142051/(im_r2_30)**3
    t87 = in_A_2 + t65
    im_y_31_0 = t87
    t88 = in_A_5 + t67
    im_y_31_1 = t88
    t89 = t13 + t69
    im_y_31_2 = t89
    im_r2_31 = (im_y_31_0)**2 + (im_y_31_1)**2 + (im_y_31_2)**2
    im_f_31_6 = 21.365503886696164/(im_r2_31)**6
    im_f_31_7 = -4.622283406142051/(im_r2_31)**3
    t90 = t15 + t65
    im_y_32_0 = t90
    t91 = t17 + t67
    im_y_32_1 = t91
    t92 = -3.0*in_A_6
    t93 = t13 + t92
    im_y_32_2 = -t93
    im_r2_32 = (im_y_32_0)**2 + (im_y_32_1)**2 + (im_y_32_2)**2
    im_f_32_6 = 21.365503886696164/(im_r2_32)**6
    im_f_32_7 = -4.622283406142051/(im_r2_32)**3
    t94 = 3.0*in_A_2
    t95 = t0 + t94
    im_y_33_0 = t95
    t96 = 3.0*in_A_5
    t97 = in_A_3 + t96
    im_y_33_1 = t97
    t98 = 3.0*in_A_8
    t99 = 3.0 + t98
    t100 = in_A_6 + t99
    im_y_33_2 = t100
    im_r2_33 = (im_y_33_0)**2 + (im_y_33_1)**2 + (im_y_33_2)**2
    im_f_33_6 = 21.365503886696164/(im_r2_33)**6
    im_f_33_7 = -4.622283406142051/(im_r2_33)**3
    t101 = -t94
    t102 = t0 + t101
    im_y_34_0 = t102
    t103 = -t96
    t104 = in_A_3 + t103
    im_y_34_1 = t104
    t105 = t19 + t99
    im_y_34_2 = -t105
    im_r2_34 = (im_y_34_0)**2 + (im_y_34_1)**2 + (im_y_34_2)**2
    im_f_34_6 = 21.365503886696164/(im_r2_34)**6
    im_f_34_7 = -4.622283406142051/(im_r2_34)**3
    t106 = in_A_2 + t75
    im_y_35_0 = t106
    t107 = in_A_5 + t78
    im_y_35_1 = t107
    t108 = t13 + t80
    im_y_35_2 = t108
    im_r2_35 = (im_y_35_0)**2 + (im_y_35_1)**2 + (im_y_35_2)**2
    im_f_35_6 = 21.365503886696164/(im_r2_35)**6
    im_f_35_7 = -4.622283406142051/(im_r2_35)**3
    t109 = t15 + t75
    im_y_36_0 = t109
    t110 = t17 + t78
    im_y_36_1 = t110
    t111 = t13 + t85
    im_y_36_2 = -t111
    im_r2_36 = (im_y_36_0)**2 + (im_y_36_1)**2 + (im_y_36_2)**2
    im_f_36_6 = 21.365503886696164/(im_r2_36)**6
    im_f_36_7 = -4.622283406142051/(im_r2_36)**3
    t112 = in_A_1 + t94
    im_y_37_0 = t112
    t113 = t2 + t96
    im_y_37_1 = t113
    t114 = in_A_7 + t99
    im_y_37_2 = t114
    im_r2_37 = (im_y_37_0)**2 + (im_y_37_1)**2 + (im_y_37_2)**2
    im_f_37_6 = 21.365503886696164/(im_r2_37)**6
    im_f_37_7 = -4.622283406142051/(im_r2_37)**3
    t115 = in_A_1 + t101
    im_y_38_0 = t115
    t116 = t103 + t2
    im_y_38_1 = t116
    t117 = t9 + t99
    im_y_38_2 = -t117
    im_r2_38 = (im_y_38_0)**2 + (im_y_38_1)**2 + (im_y_38_2)**2
    im_f_38_6 = 21.365503886696164/(im_r2_38)**6
    im_f_38_7 = -4.622283406142051/(im_r2_38)**3
    im_r2w_0 = (t39 + t60)**2 + (-t54 - t58)**2 + (-t55 - t59)**2
    im_r2w_1 = (t27 + t60)**2 + (t30 + t61)**2 + (t48 + t63)**2
    im_r2w_2 = (t33 + t62)**2 + (t36 + t56)**2 + (t41 + t64)**2
    im_r2w_3 = (t30 + t64)**2 + (t33 + t63)**2 + (t36 + t57)**2
    im_r2w_4 = (t27 + t66)**2 + (t28 + t68)**2 + (t30 + t70)**2
    im_r2w_5 = (t39 + t66)**2 + (t40 + t68)**2 + (t41 + t70)**2
    im_r2w_6 = (t27 + t71)**2 + (t30 + t74)**2 + (t28 + t42 + t67)**2
    im_r2w_7 = (t39 + t71)**2 + (-t28 - t73)**2 + (-t44 - t92)**2
    im_r2w_8 = (t27 + t76)**2 + (t28 + t79)**2 + (t30 + t81)**2
    im_r2w_9 = (t39 + t76)**2 + (t40 + t79)**2 + (t41 + t81)**2
    t118 = -3.0 - t77
    im_r2w_10 = (t118 + t43)**2 + (t27 + t83)**2 + (t30 + t86)**2
    im_r2w_11 = (t39 + t83)**2 + (-t28 - t84)**2 + (-t19 - t30 - t80)**2
    im_r2w_12 = (t31 + t87)**2 + (t33 + t88)**2 + (t34 + t89)**2
    im_r2w_13 = (t31 + t90)**2 + (t33 + t91)**2 + (t34 + t45 + t69)**2
    im_r2w_14 = (t47 + t87)**2 + (t48 + t88)**2 + (t49 + t89)**2
    im_r2w_15 = (t47 + t90)**2 + (-t34 - t93)**2 + (-t50 - t72)**2
    im_r2w_16 = (t100 + t34)**2 + (t31 + t95)**2 + (t33 + t97)**2
    t119 = -3.0 - t98
    im_r2w_17 = (t102 + t31)**2 + (t104 + t33)**2 + (t119 + t46)**2
    im_r2w_18 = (t100 + t49)**2 + (t47 + t95)**2 + (t48 + t97)**2
    im_r2w_19 = (t102 + t47)**2 + (-t105 - t34)**2 + (-t33 - t7 - t96)**2
    im_r2w_20 = (t106 + t36)**2 + (t107 + t37)**2 + (t108 + t38)**2
    im_r2w_21 = (t109 + t36)**2 + (t110 + t37)**2 + (t51 + t80)**2
    im_r2w_22 = (t112 + t36)**2 + (t113 + t37)**2 + (t114 + t38)**2
    im_r2w_23 = (t115 + t36)**2 + (t116 + t37)**2 + (in_A_7 + t119 + t38)**2
    im_r2w_24 = (t117 + t38)**2 + (t52 + t94)**2 + (t53 + t96)**2
    im_r2w_25 = (t101 + t52)**2 + (-t113 - t54)**2 + (-t114 - t55)**2
    t120 = t36 + t82
    im_r2w_26 = (in_A_2 + t120)**2 + (t111 + t38)**2 + (in_A_5 + t118 + t37)**2
    im_r2w_27 = (t120 + t15)**2 + (-t107 - t54)**2 + (-t108 - t55)**2
    t121 = 4.0*in_A_8
    t122 = (in_A_2)**2
    t123 = (in_A_5)**2
    im_r2w_28 = (4.0 + t121)**2 + 16.0*t122 + 16.0*t123
    t124 = 4.0*in_A_4
    t125 = (in_A_1)**2
    t126 = (in_A_7)**2
    im_r2w_29 = (4.0 + t124)**2 + 16.0*t125 + 16.0*t126
    t127 = 4.0*in_A_0
    t128 = (in_A_3)**2
    t129 = (in_A_6)**2
    im_r2w_30 = (4.0 + t127)**2 + 16.0*t128 + 16.0*t129
    t130 = in_A_0*in_A_4
    t131 = in_A_0*in_A_8
    t132 = in_A_4*in_A_8
    t133 = in_A_1*in_A_3
    t134 = in_A_2*in_A_6
    t135 = in_A_5*in_A_7
    t136 = in_A_8*t130
    t137 = in_A_1*in_A_6
    t138 = in_A_3*in_A_7
    t139 = in_A_0*t135
    t140 = in_A_8*t133
    t141 = in_A_4*t134
    t142 = (in_A_0)**2
    t143 = (0.64)*t125
    t144 = (0.64)*t128
    t145 = (0.36)*t142
    t146 = (in_A_4)**2
    t147 = (0.36)*t146
    t148 = (0.36)*t129
    t149 = (0.36)*t126
    t150 = (0.72)*in_A_0
    t151 = (0.72)*in_A_4
    t152 = t142*t146
    t153 = t126*t142
    t154 = t125*t128
    t155 = t125*t129
    t156 = t126*t128
    t157 = t129*t146
    t158 = in_A_3*t31
    t159 = t146*t35
    t160 = t126*t35
    t161 = t142*t32
    t162 = t129*t32
    t163 = in_A_0*t124
    t164 = in_A_0*t158
    t165 = in_A_4*t158
    t166 = in_A_6*in_A_7*t31
    t167 = in_A_3*in_A_6
    t168 = t167*t34
    t169 = in_A_0*t166
    t170 = in_A_6*t138
    t171 = t170*t32
    t172 = (in_A_8)**2
    t173 = (1.28)*in_A_0
    t174 = (1.28)*in_A_4
    t175 = (1.28)*in_A_8
    t176 = (0.72)*t133
    t177 = (0.72)*t134
    t178 = (0.72)*t135
    t179 = (0.64)*t123
    t180 = (0.64)*t122
    t181 = (0.72)*in_A_8
    t182 = t121*t133
    t183 = t158*t172
    t184 = in_A_6*t27
    t185 = t146*t184
    t186 = in_A_7*t28
    t187 = t142*t186
    t188 = t137*t28
    t189 = t138*t27
    t190 = (1.28)*in_A_5
    t191 = in_A_1*in_A_2
    t192 = (1.28)*in_A_7
    t193 = in_A_2*in_A_3
    t194 = in_A_1*t27
    t195 = in_A_5*t129*t194
    t196 = in_A_7*t128*t194
    t197 = in_A_3*in_A_5*t126*t27
    t198 = t125*t167*t28
    t199 = t133*t184
    t200 = t133*t186
    t201 = t135*t184
    t202 = t121*t130
    if not numpy.all(numpy.asarray(in_A_4 + in_A_8 + t0 + t130 + t131 + t132 + t136 - t133 - t134 - t135 - t139 - t140 - t141 + in_A_2*t138 + in_A_5*t137) > 0):
        raise ValueError("det(I + A) must be positive (the deformation inverts the crystal)")
    if not numpy.all(numpy.asarray(0.36 + t128 + t129 + t142 + t35) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.8: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.1296 + t145 + t147 + t148 + t149 + t150 + t151 + t152 + t153 + t154 + t155 + t156 + t157 + t159 + t160 + t161 + t162 + t163 - t143 - t144 - t158 - t164 - t165 - t166 - t168 - t169 - t171 - t130*t158) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.8: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.046656 + t188 + t189 + t199 + t200 + t201 - t176 - t177 - t178 - t182 - t183 - t185 - t187 - t195 - t196 - t197 - t198 + 8.0*t136 - 0.2304*t122 - 0.2304*t123 - 0.2304*t125 - 0.2304*t126 - 0.2304*t128 - 0.2304*t129 - 0.64*t153 - 0.64*t157 + (0.36)*t154 + (1.28)*t170 + (1.44)*t130 + (1.44)*t131 + (1.44)*t132 + (0.1296)*t142 + (0.1296)*t146 + (0.1296)*t172 + (0.2592)*in_A_0 + (0.2592)*in_A_4 + (0.2592)*in_A_8 + in_A_0*t188 + in_A_0*t189 + in_A_0*t200 + in_A_4*t188 + in_A_4*t189 + in_A_4*t199 + in_A_4*t201 + in_A_8*t188 + in_A_8*t189 + t122*t148 + t122*t156 + t122*t157 + t122*t162 + t123*t149 + t123*t153 + t123*t155 + t123*t160 + t130*t188 + t130*t189 + t130*t201 + t131*t188 + t131*t189 + t131*t200 + t132*t188 + t132*t189 + t132*t199 + t135*t199 + t136*t188 + t136*t189 + t137*t192 + t139*t184 + t140*t184 + t140*t186 + t142*t151 + t142*t181 + t145*t146 + t145*t172 + t146*t150 + t146*t181 + t147*t172 + t150*t172 + t151*t172 + t152*t172 + t152*t29 + t154*t172 + t154*t29 + t159*t172 + t161*t172 + t163*t172 + t167*t190 + t170*t174 + t190*t191 + t190*t193 + t191*t192 - in_A_0*t182 - in_A_0*t185 - in_A_0*t197 - in_A_4*t182 - in_A_4*t187 - in_A_4*t195 - in_A_8*t177 - in_A_8*t178 - in_A_8*t185 - in_A_8*t187 - in_A_8*t196 - in_A_8*t198 - t121*t139 - t121*t141 - t122*t144 - t122*t168 - t122*t171 - t122*t174 - t123*t143 - t123*t166 - t123*t169 - t123*t173 - t124*t134 - t124*t139 - t125*t175 - t126*t144 - t126*t173 - t126*t180 - t127*t135 - t128*t175 - t129*t143 - t129*t174 - t129*t179 - t130*t176 - t130*t182 - t130*t183 - t131*t177 - t131*t185 - t132*t178 - t132*t187 - t133*t150 - t133*t151 - t134*t150 - t134*t163 - t134*t202 - t135*t151 - t135*t202 - t142*t179 - t143*t172 - t144*t172 - t146*t180 - t164*t172 - t165*t172 + in_A_0*t121*t146 + in_A_4*t121*t142 + in_A_5*t167*t175 + in_A_5*t173*t193 + in_A_5*t174*t191 + in_A_7*t137*t173 + in_A_7*t175*t191) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.8: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_0) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_1) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_2) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_3) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_4) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_5) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_6) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_7) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_8) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_9) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_10) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_11) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_12) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_13) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_14) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_15) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_16) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_17) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_18) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_19) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_20) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_21) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_22) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_23) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_24) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_25) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_26) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_27) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_28) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_29) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_30) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_31) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_32) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_33) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_34) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_35) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_36) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_37) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - im_r2_38) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_0) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_1) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_3) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_4) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_5) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_6) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_7) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_8) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_9) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_10) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_11) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_12) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_13) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_14) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_15) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_16) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_17) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_18) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_19) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_20) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_21) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_22) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_23) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_24) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_25) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_26) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_27) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_28) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_29) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + im_r2w_30) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    out = numpy.empty(batch + (1,))
    out[..., 0] = 4.0*im_f_0_6 + 4.0*im_f_0_7 + 4.0*im_f_10_6 + 4.0*im_f_10_7 + 4.0*im_f_11_6 + 4.0*im_f_11_7 + 4.0*im_f_12_6 + 4.0*im_f_12_7 + 4.0*im_f_13_6 + 4.0*im_f_13_7 + 4.0*im_f_14_6 + 4.0*im_f_14_7 + 4.0*im_f_15_6 + 4.0*im_f_15_7 + 4.0*im_f_16_6 + 4.0*im_f_16_7 + 4.0*im_f_17_6 + 4.0*im_f_17_7 + 4.0*im_f_18_6 + 4.0*im_f_18_7 + 4.0*im_f_19_6 + 4.0*im_f_19_7 + 4.0*im_f_1_6 + 4.0*im_f_1_7 + 4.0*im_f_20_6 + 4.0*im_f_20_7 + 4.0*im_f_21_6 + 4.0*im_f_21_7 + 4.0*im_f_22_6 + 4.0*im_f_22_7 + 4.0*im_f_23_6 + 4.0*im_f_23_7 + 4.0*im_f_24_6 + 4.0*im_f_24_7 + 4.0*im_f_25_6 + 4.0*im_f_25_7 + 4.0*im_f_26_6 + 4.0*im_f_26_7 + 4.0*im_f_27_6 + 4.0*im_f_27_7 + 4.0*im_f_28_6 + 4.0*im_f_28_7 + 4.0*im_f_29_6 + 4.0*im_f_29_7 + 4.0*im_f_2_6 + 4.0*im_f_2_7 + 4.0*im_f_30_6 + 4.0*im_f_30_7 + 4.0*im_f_31_6 + 4.0*im_f_31_7 + 4.0*im_f_32_6 + 4.0*im_f_32_7 + 4.0*im_f_33_6 + 4.0*im_f_33_7 + 4.0*im_f_34_6 + 4.0*im_f_34_7 + 4.0*im_f_35_6 + 4.0*im_f_35_7 + 4.0*im_f_36_6 + 4.0*im_f_36_7 + 4.0*im_f_37_6 + 4.0*im_f_37_7 + 4.0*im_f_38_6 + 4.0*im_f_38_7 + 4.0*im_f_3_6 + 4.0*im_f_3_7 + 4.0*im_f_4_6 + 4.0*im_f_4_7 + 4.0*im_f_5_6 + 4.0*im_f_5_7 + 4.0*im_f_6_6 + 4.0*im_f_6_7 + 4.0*im_f_7_6 + 4.0*im_f_7_7 + 4.0*im_f_8_6 + 4.0*im_f_8_7 + 4.0*im_f_9_6 + 4.0*im_f_9_7
    return out.reshape(batch + ())
