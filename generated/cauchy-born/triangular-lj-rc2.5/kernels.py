# symms cauchy-born/triangular-lj-rc2.5; regenerate with: symms derive cauchy-born --lattice triangular --potential lj --cutoff 2.5 --cutoff-mode truncated
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


def _preamble_bonds(in_A_0, in_A_1, in_A_2, in_A_3):
    """The 105 intermediates pre[i] its kernels share; ValueError where one of its guards fails."""
    pre = [None] * 105
    t0 = 0.8660254037844386*in_A_1
    t1 = 0.5 + (0.5)*in_A_0
    pre[0] = t0 + t1
    t2 = (0.5)*in_A_2
    t3 = 0.8660254037844386 + 0.8660254037844386*in_A_3
    pre[1] = t2 + t3
    pre[2] = (pre[0])**2 + (pre[1])**2
    t4 = (pre[2])**-6
    pre[3] = 1.029194537602237*t4
    t5 = (pre[2])**-3
    pre[4] = -1.9585727593837223*t5
    pre[5] = 5.875718278151167/(pre[2])**4
    pre[6] = -6.1751672256134205/(pre[2])**7
    pre[7] = 43.22617057929394/(pre[2])**8
    pre[8] = -23.502873112604668/(pre[2])**5
    pre[9] = 1.1045249147336644*t4
    pre[10] = -2.101927605540842*t5
    t6 = -t0
    pre[11] = t1 + t6
    t7 = -0.5*in_A_2
    pre[12] = -t3 - t7
    pre[13] = (pre[11])**2 + (pre[12])**2
    t8 = (pre[13])**-6
    pre[14] = 1.029194537602237*t8
    t9 = (pre[13])**-3
    pre[15] = -1.9585727593837223*t9
    pre[16] = 5.875718278151167/(pre[13])**4
    pre[17] = -6.1751672256134205/(pre[13])**7
    pre[18] = 43.22617057929394/(pre[13])**8
    pre[19] = -23.502873112604668/(pre[13])**5
    pre[20] = 1.1045249147336644*t8
    pre[21] = -2.101927605540842*t9
    t10 = 1.0 + in_A_0
    pre[22] = t10
    pre[23] = in_A_2
    pre[24] = (pre[22])**2 + (pre[23])**2
    t11 = (pre[24])**-6
    pre[25] = 1.029194537602237*t11
    t12 = (pre[24])**-3
    pre[26] = -1.9585727593837223*t12
    pre[27] = 5.875718278151167/(pre[24])**4
    pre[28] = -6.1751672256134205/(pre[24])**7
    pre[29] = 43.22617057929394/(pre[24])**8
    pre[30] = -23.502873112604668/(pre[24])**5
    pre[31] = 1.1045249147336644*t11
    pre[32] = -2.101927605540842*t12
    t13 = 1.7320508075688772*in_A_1
    pre[33] = t13
    t14 = 1.7320508075688772 + 1.7320508075688772*in_A_3
    pre[34] = t14
    pre[35] = (pre[33])**2 + (pre[34])**2
    t15 = (pre[35])**-6
    pre[36] = 1.029194537602237*t15
    t16 = (pre[35])**-3
    pre[37] = -1.9585727593837223*t16
    pre[38] = 5.875718278151167/(pre[35])**4
    pre[39] = -6.1751672256134205/(pre[35])**7
    pre[40] = 43.22617057929394/(pre[35])**8
    pre[41] = -23.502873112604668/(pre[35])**5
    pre[42] = 1.1045249147336644*t15
    pre[43] = -2.101927605540842*t16
    t17 = 1.5 + (1.5)*in_A_0
    pre[44] = t0 + t17
    pre[45] = t3 + (1.5)*in_A_2
    pre[46] = (pre[44])**2 + (pre[45])**2
    t18 = (pre[46])**-6
    pre[47] = 1.029194537602237*t18
    t19 = (pre[46])**-3
    pre[48] = -1.9585727593837223*t19
    pre[49] = 5.875718278151167/(pre[46])**4
    pre[50] = -6.1751672256134205/(pre[46])**7
    pre[51] = 43.22617057929394/(pre[46])**8
    pre[52] = -23.502873112604668/(pre[46])**5
    pre[53] = 1.1045249147336644*t18
    pre[54] = -2.101927605540842*t19
    pre[55] = t17 + t6
    pre[56] = -t3 + (1.5)*in_A_2
    pre[57] = (pre[55])**2 + (pre[56])**2
    t20 = (pre[57])**-6
    pre[58] = 1.029194537602237*t20
    t21 = (pre[57])**-3
    pre[59] = -1.9585727593837223*t21
    pre[60] = 5.875718278151167/(pre[57])**4
    pre[61] = -6.1751672256134205/(pre[57])**7
    pre[62] = 43.22617057929394/(pre[57])**8
    pre[63] = -23.502873112604668/(pre[57])**5
    pre[64] = 1.1045249147336644*t20
    pre[65] = -2.101927605540842*t21
    pre[66] = t10 + t13
    pre[67] = in_A_2 + t14
    pre[68] = (pre[66])**2 + (pre[67])**2
    t22 = (pre[68])**-6
    pre[69] = 1.029194537602237*t22
    t23 = (pre[68])**-3
    pre[70] = -1.9585727593837223*t23
    pre[71] = 5.875718278151167/(pre[68])**4
    pre[72] = -6.1751672256134205/(pre[68])**7
    pre[73] = 43.22617057929394/(pre[68])**8
    pre[74] = -23.502873112604668/(pre[68])**5
    pre[75] = 1.1045249147336644*t22
    pre[76] = -2.101927605540842*t23
    t24 = -t13
    pre[77] = t10 + t24
    pre[78] = in_A_2 - t14
    pre[79] = (pre[77])**2 + (pre[78])**2
    t25 = (pre[79])**-6
    pre[80] = 1.029194537602237*t25
    t26 = (pre[79])**-3
    pre[81] = -1.9585727593837223*t26
    pre[82] = 5.875718278151167/(pre[79])**4
    pre[83] = -6.1751672256134205/(pre[79])**7
    pre[84] = 43.22617057929394/(pre[79])**8
    pre[85] = -23.502873112604668/(pre[79])**5
    pre[86] = 1.1045249147336644*t25
    pre[87] = -2.101927605540842*t26
    t27 = 2.0*in_A_0
    t28 = 2.0 + t27
    pre[88] = t28
    t29 = 2.0*in_A_2
    pre[89] = t29
    pre[90] = (pre[88])**2 + (pre[89])**2
    t30 = (pre[90])**-6
    pre[91] = 1.029194537602237*t30
    t31 = (pre[90])**-3
    pre[92] = -1.9585727593837223*t31
    pre[93] = 5.875718278151167/(pre[90])**4
    pre[94] = -6.1751672256134205/(pre[90])**7
    pre[95] = 43.22617057929394/(pre[90])**8
    pre[96] = -23.502873112604668/(pre[90])**5
    pre[97] = 1.1045249147336644*t30
    pre[98] = -2.101927605540842*t31
    t32 = 2.598076211353316*in_A_1
    t33 = 2.598076211353316 + 2.598076211353316*in_A_3
    pre[99] = (t1 + t32)**2 + (t2 + t33)**2
    pre[100] = (t1 - t32)**2 + (-t33 - t7)**2
    t34 = 2.5 + (2.5)*in_A_0
    pre[101] = (t0 + t34)**2 + (t3 + (2.5)*in_A_2)**2
    pre[102] = (t34 + t6)**2 + (-t3 + (2.5)*in_A_2)**2
    pre[103] = (t13 + t28)**2 + (t14 + t29)**2
    pre[104] = (t24 + t28)**2 + (-t14 + 2.0*in_A_2)**2
    t35 = in_A_0*in_A_3
    t36 = in_A_1*in_A_2
    t37 = (in_A_0)**2
    t38 = (in_A_2)**2
    t39 = (in_A_1)**2
    t40 = (in_A_3)**2
    t41 = in_A_1*t29
    t42 = t27*t36
    if not numpy.all(numpy.asarray(in_A_3 + t10 + t35 - t36) > 0):
        raise ValueError("det(I + A) must be positive (the deformation inverts the crystal)")
    if not numpy.all(numpy.asarray(0.36 + t27 + t37 + t38) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.8: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.1296 - t41 - t42 + 4.0*t35 - 0.64*t38 - 0.64*t39 + (0.36)*t37 + (0.36)*t40 + (0.72)*in_A_0 + (0.72)*in_A_3 + t27*t40 + t37*t40 + t38*t39 - in_A_3*t41 - in_A_3*t42 + 2.0*in_A_3*t37) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.8: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(5.043506732567901 - pre[2]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - pre[13]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - pre[24]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - pre[35]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - pre[46]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - pre[57]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - pre[68]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - pre[79]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(5.043506732567901 - pre[90]) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-5.043506732567901 + pre[99]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-5.043506732567901 + pre[100]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-5.043506732567901 + pre[101]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-5.043506732567901 + pre[102]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-5.043506732567901 + pre[103]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-5.043506732567901 + pre[104]) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    return pre


def energy(A):
    """W(A, p): stored energy per reference volume |Gamma| (seed 001 eq 3.4, pairs once; per atom: the energy_per_atom kernel). Pair potential lj, truncated at rc, unshifted (LAMMPS lj/cut without pair_modify shift).

    A: shape (..., 2, 2)
    returns W (..., )
    """
    batches = []
    batch, flat_A = _split(A, "A", (2, 2,))
    batches.append(batch)
    in_A_0 = flat_A[..., 0]
    in_A_1 = flat_A[..., 1]
    in_A_2 = flat_A[..., 2]
    in_A_3 = flat_A[..., 3]
    batch = numpy.broadcast_shapes(*batches)
    pre = _preamble_bonds(in_A_0, in_A_1, in_A_2, in_A_3)
    out = numpy.empty(batch + (1,))
    out[..., 0] = pre[14] + pre[15] + pre[25] + pre[26] + pre[36] + pre[37] + pre[3] + pre[47] + pre[48] + pre[4] + pre[58] + pre[59] + pre[69] + pre[70] + pre[80] + pre[81] + pre[91] + pre[92]
    return out.reshape(batch + ())


def stress(A):
    """P = dW/dA, first Piola-Kirchhoff stress per reference volume (Cauchy stress sigma = P F^T / det F, F = I + A).

    A: shape (..., 2, 2)
    returns P (..., 2, 2)
    """
    batches = []
    batch, flat_A = _split(A, "A", (2, 2,))
    batches.append(batch)
    in_A_0 = flat_A[..., 0]
    in_A_1 = flat_A[..., 1]
    in_A_2 = flat_A[..., 2]
    in_A_3 = flat_A[..., 3]
    batch = numpy.broadcast_shapes(*batches)
    pre = _preamble_bonds(in_A_0, in_A_1, in_A_2, in_A_3)
    t0 = pre[0]*pre[5]
    t1 = pre[0]*pre[6]
    t2 = pre[11]*pre[16]
    t3 = pre[11]*pre[17]
    t4 = 2.0*pre[22]
    t5 = 2.0*pre[66]
    t6 = 2.0*pre[77]
    t7 = 3.0*pre[44]
    t8 = 3.0*pre[55]
    t9 = 4.0*pre[88]
    t10 = 1.7320508075688772*pre[44]
    t11 = 3.4641016151377544*pre[33]
    t12 = 3.4641016151377544*pre[66]
    t13 = 1.7320508075688772*pre[55]
    t14 = 3.4641016151377544*pre[77]
    t15 = pre[12]*pre[16]
    t16 = pre[12]*pre[17]
    t17 = pre[1]*pre[5]
    t18 = pre[1]*pre[6]
    t19 = 2.0*pre[23]
    t20 = 2.0*pre[67]
    t21 = 2.0*pre[78]
    t22 = 3.0*pre[45]
    t23 = 3.0*pre[56]
    t24 = 4.0*pre[89]
    t25 = 1.7320508075688772*pre[45]
    t26 = 3.4641016151377544*pre[34]
    t27 = 3.4641016151377544*pre[67]
    t28 = 1.7320508075688772*pre[56]
    t29 = 3.4641016151377544*pre[78]
    out = numpy.empty(batch + (4,))
    out[..., 0] = t0 + t1 + t2 + t3 + pre[27]*t4 + pre[28]*t4 + pre[49]*t7 + pre[50]*t7 + pre[60]*t8 + pre[61]*t8 + pre[71]*t5 + pre[72]*t5 + pre[82]*t6 + pre[83]*t6 + pre[93]*t9 + pre[94]*t9
    out[..., 1] = 1.7320508075688772*t0 + 1.7320508075688772*t1 - 1.7320508075688772*t2 - 1.7320508075688772*t3 + pre[38]*t11 + pre[39]*t11 + pre[49]*t10 + pre[50]*t10 + pre[71]*t12 + pre[72]*t12 - pre[60]*t13 - pre[61]*t13 - pre[82]*t14 - pre[83]*t14
    out[..., 2] = t15 + t16 + t17 + t18 + pre[27]*t19 + pre[28]*t19 + pre[49]*t22 + pre[50]*t22 + pre[60]*t23 + pre[61]*t23 + pre[71]*t20 + pre[72]*t20 + pre[82]*t21 + pre[83]*t21 + pre[93]*t24 + pre[94]*t24
    out[..., 3] = 1.7320508075688772*t17 + 1.7320508075688772*t18 - 1.7320508075688772*t15 - 1.7320508075688772*t16 + pre[38]*t26 + pre[39]*t26 + pre[49]*t25 + pre[50]*t25 + pre[71]*t27 + pre[72]*t27 - pre[60]*t28 - pre[61]*t28 - pre[82]*t29 - pre[83]*t29
    return out.reshape(batch + (2, 2,))


def moduli(A):
    """C_ijkl = d2W/dA_ij dA_kl, shape (d, d, d, d), per reference volume.

    A: shape (..., 2, 2)
    returns C (..., 2, 2, 2, 2)
    """
    batches = []
    batch, flat_A = _split(A, "A", (2, 2,))
    batches.append(batch)
    in_A_0 = flat_A[..., 0]
    in_A_1 = flat_A[..., 1]
    in_A_2 = flat_A[..., 2]
    in_A_3 = flat_A[..., 3]
    batch = numpy.broadcast_shapes(*batches)
    pre = _preamble_bonds(in_A_0, in_A_1, in_A_2, in_A_3)
    t0 = (pre[11])**2
    t1 = pre[18]*t0
    t2 = pre[19]*t0
    t3 = (pre[0])**2
    t4 = pre[7]*t3
    t5 = pre[8]*t3
    t6 = 4.0*(pre[22])**2
    t7 = (pre[66])**2
    t8 = 4.0*t7
    t9 = (pre[77])**2
    t10 = 4.0*t9
    t11 = (pre[44])**2
    t12 = 9.0*t11
    t13 = (pre[55])**2
    t14 = 9.0*t13
    t15 = 16.0*(pre[88])**2
    t16 = (0.5)*pre[16] + (0.5)*pre[17] + (0.5)*pre[5] + (0.5)*pre[6] + 2.0*pre[27] + 2.0*pre[28] + 2.0*pre[71] + 2.0*pre[72] + 2.0*pre[82] + 2.0*pre[83] + 8.0*pre[93] + 8.0*pre[94] + (4.5)*pre[49] + (4.5)*pre[50] + (4.5)*pre[60] + (4.5)*pre[61]
    t17 = 2.598076211353316*pre[60]
    t18 = 2.598076211353316*pre[61]
    t19 = 0.8660254037844386*pre[16]
    t20 = 0.8660254037844386*pre[17]
    t21 = 3.4641016151377544*pre[82]
    t22 = 3.4641016151377544*pre[83]
    t23 = 5.196152422706632*t11
    t24 = 6.928203230275509*t7
    t25 = 5.196152422706632*t13
    t26 = 6.928203230275509*t9
    t27 = -t17 - t18 - t19 - t20 - t21 - t22 + 2.598076211353316*pre[49] + 2.598076211353316*pre[50] + 0.8660254037844386*pre[5] + 0.8660254037844386*pre[6] + 1.7320508075688772*t4 + 1.7320508075688772*t5 + 3.4641016151377544*pre[71] + 3.4641016151377544*pre[72] - 1.7320508075688772*t1 - 1.7320508075688772*t2 + pre[51]*t23 + pre[52]*t23 + pre[73]*t24 + pre[74]*t24 - pre[62]*t25 - pre[63]*t25 - pre[84]*t26 - pre[85]*t26
    t28 = pre[0]*pre[1]
    t29 = pre[7]*t28
    t30 = pre[8]*t28
    t31 = pre[11]*pre[12]
    t32 = pre[18]*t31
    t33 = pre[19]*t31
    t34 = 4.0*pre[22]*pre[23]
    t35 = pre[66]*pre[67]
    t36 = 4.0*t35
    t37 = pre[77]*pre[78]
    t38 = 4.0*t37
    t39 = pre[44]*pre[45]
    t40 = 9.0*t39
    t41 = pre[55]*pre[56]
    t42 = 9.0*t41
    t43 = 16.0*pre[88]*pre[89]
    t44 = t29 + t30 + t32 + t33 + pre[29]*t34 + pre[30]*t34 + pre[51]*t40 + pre[52]*t40 + pre[62]*t42 + pre[63]*t42 + pre[73]*t36 + pre[74]*t36 + pre[84]*t38 + pre[85]*t38 + pre[95]*t43 + pre[96]*t43
    t45 = 5.196152422706632*t39
    t46 = 6.928203230275509*t35
    t47 = 5.196152422706632*t41
    t48 = 6.928203230275509*t37
    t49 = 1.7320508075688772*t29 + 1.7320508075688772*t30 - 1.7320508075688772*t32 - 1.7320508075688772*t33 + pre[51]*t45 + pre[52]*t45 + pre[73]*t46 + pre[74]*t46 - pre[62]*t47 - pre[63]*t47 - pre[84]*t48 - pre[85]*t48
    t50 = 3.0*t11
    t51 = 3.0*t13
    t52 = 12.0*(pre[33])**2
    t53 = 12.0*t7
    t54 = 12.0*t9
    t55 = 6.0*pre[38] + 6.0*pre[39] + 6.0*pre[71] + 6.0*pre[72] + 6.0*pre[82] + 6.0*pre[83] + (1.5)*pre[16] + (1.5)*pre[17] + (1.5)*pre[49] + (1.5)*pre[50] + (1.5)*pre[5] + (1.5)*pre[60] + (1.5)*pre[61] + (1.5)*pre[6]
    t56 = 3.0*t39
    t57 = 3.0*t41
    t58 = 12.0*pre[33]*pre[34]
    t59 = 12.0*t35
    t60 = 12.0*t37
    t61 = 3.0*t29 + 3.0*t30 + 3.0*t32 + 3.0*t33 + pre[40]*t58 + pre[41]*t58 + pre[51]*t56 + pre[52]*t56 + pre[62]*t57 + pre[63]*t57 + pre[73]*t59 + pre[74]*t59 + pre[84]*t60 + pre[85]*t60
    t62 = (pre[12])**2
    t63 = pre[18]*t62
    t64 = pre[19]*t62
    t65 = (pre[1])**2
    t66 = pre[7]*t65
    t67 = pre[8]*t65
    t68 = 4.0*(pre[23])**2
    t69 = (pre[67])**2
    t70 = 4.0*t69
    t71 = (pre[78])**2
    t72 = 4.0*t71
    t73 = (pre[45])**2
    t74 = 9.0*t73
    t75 = (pre[56])**2
    t76 = 9.0*t75
    t77 = 16.0*(pre[89])**2
    t78 = 5.196152422706632*t75
    t79 = 6.928203230275509*t71
    t80 = -t17 - t18 - t19 - t20 - t21 - t22 + 2.598076211353316*pre[49] + 2.598076211353316*pre[50] + 0.8660254037844386*pre[5] + 0.8660254037844386*pre[6] + 3.4641016151377544*pre[71] + 3.4641016151377544*pre[72] - 1.7320508075688772*t63 - 1.7320508075688772*t64 - pre[62]*t78 - pre[63]*t78 - pre[84]*t79 - pre[85]*t79 + 5.196152422706632*pre[51]*t73 + 5.196152422706632*pre[52]*t73 + 1.7320508075688772*pre[7]*t65 + 1.7320508075688772*pre[8]*t65 + 6.928203230275509*pre[73]*t69 + 6.928203230275509*pre[74]*t69
    t81 = 3.0*t73
    t82 = 3.0*t75
    t83 = 12.0*(pre[34])**2
    t84 = 12.0*t69
    t85 = 12.0*t71
    out = numpy.empty(batch + (16,))
    out[..., 0] = t1 + t16 + t2 + t4 + t5 + pre[29]*t6 + pre[30]*t6 + pre[51]*t12 + pre[52]*t12 + pre[62]*t14 + pre[63]*t14 + pre[73]*t8 + pre[74]*t8 + pre[84]*t10 + pre[85]*t10 + pre[95]*t15 + pre[96]*t15
    out[..., 1] = t27
    out[..., 2] = t44
    out[..., 3] = t49
    out[..., 4] = t27
    out[..., 5] = t55 + 3.0*t1 + 3.0*t2 + 3.0*t4 + 3.0*t5 + pre[40]*t52 + pre[41]*t52 + pre[51]*t50 + pre[52]*t50 + pre[62]*t51 + pre[63]*t51 + pre[73]*t53 + pre[74]*t53 + pre[84]*t54 + pre[85]*t54
    out[..., 6] = t49
    out[..., 7] = t61
    out[..., 8] = t44
    out[..., 9] = t49
    out[..., 10] = t16 + t63 + t64 + t66 + t67 + pre[29]*t68 + pre[30]*t68 + pre[51]*t74 + pre[52]*t74 + pre[62]*t76 + pre[63]*t76 + pre[73]*t70 + pre[74]*t70 + pre[84]*t72 + pre[85]*t72 + pre[95]*t77 + pre[96]*t77
    out[..., 11] = t80
    out[..., 12] = t49
    out[..., 13] = t61
    out[..., 14] = t80
    out[..., 15] = t55 + 3.0*t63 + 3.0*t64 + 3.0*t66 + 3.0*t67 + pre[40]*t83 + pre[41]*t83 + pre[51]*t81 + pre[52]*t81 + pre[62]*t82 + pre[63]*t82 + pre[73]*t84 + pre[74]*t84 + pre[84]*t85 + pre[85]*t85
    return out.reshape(batch + (2, 2, 2, 2,))


def energy_per_atom(A):
    """E(A, p) = W |Gamma| / (atoms per cell): stored energy per atom (seed 001 eq 3.4). Pair potential lj, truncated at rc, unshifted (LAMMPS lj/cut without pair_modify shift).

    A: shape (..., 2, 2)
    returns E (..., )
    """
    batches = []
    batch, flat_A = _split(A, "A", (2, 2,))
    batches.append(batch)
    in_A_0 = flat_A[..., 0]
    in_A_1 = flat_A[..., 1]
    in_A_2 = flat_A[..., 2]
    in_A_3 = flat_A[..., 3]
    batch = numpy.broadcast_shapes(*batches)
    pre = _preamble_bonds(in_A_0, in_A_1, in_A_2, in_A_3)
    out = numpy.empty(batch + (1,))
    out[..., 0] = pre[10] + pre[20] + pre[21] + pre[31] + pre[32] + pre[42] + pre[43] + pre[53] + pre[54] + pre[64] + pre[65] + pre[75] + pre[76] + pre[86] + pre[87] + pre[97] + pre[98] + pre[9]
    return out.reshape(batch + ())
