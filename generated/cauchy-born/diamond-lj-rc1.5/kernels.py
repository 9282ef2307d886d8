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
    t0 = -0.38577046105426305*in_p_0
    t1 = (0.5)*in_A_2
    t2 = 0.5 + (0.5)*in_A_0
    t3 = t1 + t2
    im_y_0_0 = -t0 - t3
    t4 = -0.38577046105426305*in_p_1
    t5 = (0.5)*in_A_3
    t6 = (0.5)*in_A_5
    t7 = t5 + t6
    im_y_0_1 = -t4 - t7
    t10 = 0.5 + (0.5)*in_A_8
    t9 = (0.5)*in_A_6
    t11 = t10 + t9
    t8 = -0.38577046105426305*in_p_2
    im_y_0_2 = -t11 - t8
    im_r2_0 = (im_y_0_0)**2 + (im_y_0_1)**2 + (im_y_0_2)**2
    im_f_0_0 = -0.0030274760309667577/(im_r2_0)**3
    im_f_0_1 = 9.978253520032038e-06/(im_r2_0)**6
    t12 = (0.5)*in_A_1
    t13 = t12 + t2
    im_y_1_0 = -t0 - t13
    t14 = 0.5 + (0.5)*in_A_4
    t15 = t14 + t5
    im_y_1_1 = -t15 - t4
    t16 = (0.5)*in_A_7
    t17 = t16 + t9
    im_y_1_2 = -t17 - t8
    im_r2_1 = (im_y_1_0)**2 + (im_y_1_1)**2 + (im_y_1_2)**2
    im_f_1_0 = -0.0030274760309667577/(im_r2_1)**3
    im_f_1_1 = 9.978253520032038e-06/(im_r2_1)**6
    im_y_2_0 = 0.38577046105426305*in_p_0
    im_y_2_1 = 0.38577046105426305*in_p_1
    im_y_2_2 = 0.38577046105426305*in_p_2
    im_r2_2 = (im_y_2_0)**2 + (im_y_2_1)**2 + (im_y_2_2)**2
    im_f_2_0 = -0.0030274760309667577/(im_r2_2)**3
    im_f_2_1 = 9.978253520032038e-06/(im_r2_2)**6
    t18 = t1 + t12
    im_y_3_0 = -t0 - t18
    t19 = t14 + t6
    im_y_3_1 = -t19 - t4
    t20 = t10 + t16
    im_y_3_2 = -t20 - t8
    im_r2_3 = (im_y_3_0)**2 + (im_y_3_1)**2 + (im_y_3_2)**2
    im_f_3_0 = -0.0030274760309667577/(im_r2_3)**3
    im_f_3_1 = 9.978253520032038e-06/(im_r2_3)**6
    t21 = (t13)**2 + (t15)**2 + (t17)**2
    im_r2w_0 = t21
    t22 = -t1
    t23 = -t16
    t24 = -t6
    t25 = (t10 + t23)**2 + (-t12 - t22)**2 + (-t14 - t24)**2
    im_r2w_1 = t25
    t26 = (t11)**2 + (t3)**2 + (t7)**2
    im_r2w_2 = t26
    t27 = (t12 - t2)**2 + (t14 - t5)**2 + (-t23 - t9)**2
    im_r2w_3 = t27
    t28 = (t10 - t9)**2 + (-t2 - t22)**2 + (-t24 - t5)**2
    im_r2w_4 = t28
    t29 = (t18)**2 + (t19)**2 + (t20)**2
    im_r2w_5 = t29
    im_r2w_6 = t21
    im_r2w_7 = t25
    im_r2w_8 = t26
    im_r2w_9 = t27
    im_r2w_10 = t28
    im_r2w_11 = t29
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
    if not numpy.all(numpy.asarray(0.3348424093995421 - im_r2_0) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.3348424093995421 - im_r2_1) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.3348424093995421 - im_r2_2) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.3348424093995421 - im_r2_3) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_0) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_1) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_3) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_4) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_5) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_6) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_7) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_8) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_9) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_10) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_11) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
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
    t0 = -0.38577046105426305*in_p_0
    t1 = (0.5)*in_A_2
    t2 = 0.5 + (0.5)*in_A_0
    t3 = t1 + t2
    im_y_0_0 = -t0 - t3
    t4 = -0.38577046105426305*in_p_1
    t5 = (0.5)*in_A_3
    t6 = (0.5)*in_A_5
    t7 = t5 + t6
    im_y_0_1 = -t4 - t7
    t10 = 0.5 + (0.5)*in_A_8
    t9 = (0.5)*in_A_6
    t11 = t10 + t9
    t8 = -0.38577046105426305*in_p_2
    im_y_0_2 = -t11 - t8
    im_r2_0 = (im_y_0_0)**2 + (im_y_0_1)**2 + (im_y_0_2)**2
    im_f_0_2 = -5.986952112019223e-05/(im_r2_0)**7
    im_f_0_3 = 0.009082428092900273/(im_r2_0)**4
    t12 = (0.5)*in_A_1
    t13 = t12 + t2
    im_y_1_0 = -t0 - t13
    t14 = 0.5 + (0.5)*in_A_4
    t15 = t14 + t5
    im_y_1_1 = -t15 - t4
    t16 = (0.5)*in_A_7
    t17 = t16 + t9
    im_y_1_2 = -t17 - t8
    im_r2_1 = (im_y_1_0)**2 + (im_y_1_1)**2 + (im_y_1_2)**2
    im_f_1_2 = -5.986952112019223e-05/(im_r2_1)**7
    im_f_1_3 = 0.009082428092900273/(im_r2_1)**4
    im_y_2_0 = 0.38577046105426305*in_p_0
    im_y_2_1 = 0.38577046105426305*in_p_1
    im_y_2_2 = 0.38577046105426305*in_p_2
    im_r2_2 = (im_y_2_0)**2 + (im_y_2_1)**2 + (im_y_2_2)**2
    t18 = t1 + t12
    im_y_3_0 = -t0 - t18
    t19 = t14 + t6
    im_y_3_1 = -t19 - t4
    t20 = t10 + t16
    im_y_3_2 = -t20 - t8
    im_r2_3 = (im_y_3_0)**2 + (im_y_3_1)**2 + (im_y_3_2)**2
    im_f_3_2 = -5.986952112019223e-05/(im_r2_3)**7
    im_f_3_3 = 0.009082428092900273/(im_r2_3)**4
    t21 = (t13)**2 + (t15)**2 + (t17)**2
    im_r2w_0 = t21
    t22 = -t1
    t23 = -t16
    t24 = -t6
    t25 = (t10 + t23)**2 + (-t12 - t22)**2 + (-t14 - t24)**2
    im_r2w_1 = t25
    t26 = (t11)**2 + (t3)**2 + (t7)**2
    im_r2w_2 = t26
    t27 = (t12 - t2)**2 + (t14 - t5)**2 + (-t23 - t9)**2
    im_r2w_3 = t27
    t28 = (t10 - t9)**2 + (-t2 - t22)**2 + (-t24 - t5)**2
    im_r2w_4 = t28
    t29 = (t18)**2 + (t19)**2 + (t20)**2
    im_r2w_5 = t29
    im_r2w_6 = t21
    im_r2w_7 = t25
    im_r2w_8 = t26
    im_r2w_9 = t27
    im_r2w_10 = t28
    im_r2w_11 = t29
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
    t117 = im_f_1_2*im_y_1_0 + im_f_1_3*im_y_1_0
    t118 = im_f_0_2*im_y_0_0 + im_f_0_3*im_y_0_0
    t119 = im_f_3_2*im_y_3_0 + im_f_3_3*im_y_3_0
    t120 = im_f_1_2*im_y_1_1 + im_f_1_3*im_y_1_1
    t121 = im_f_0_2*im_y_0_1 + im_f_0_3*im_y_0_1
    t122 = im_f_3_2*im_y_3_1 + im_f_3_3*im_y_3_1
    t123 = im_f_1_2*im_y_1_2 + im_f_1_3*im_y_1_2
    t124 = im_f_0_2*im_y_0_2 + im_f_0_3*im_y_0_2
    t125 = im_f_3_2*im_y_3_2 + im_f_3_3*im_y_3_2
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
    if not numpy.all(numpy.asarray(0.3348424093995421 - im_r2_0) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.3348424093995421 - im_r2_1) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.3348424093995421 - im_r2_2) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.3348424093995421 - im_r2_3) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_0) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_1) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_3) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_4) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_5) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_6) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_7) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_8) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_9) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_10) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_11) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    out = numpy.empty(batch + (9,))
    out[..., 0] = -t117 - t118
    out[..., 1] = -t117 - t119
    out[..., 2] = -t118 - t119
    out[..., 3] = -t120 - t121
    out[..., 4] = -t120 - t122
    out[..., 5] = -t121 - t122
    out[..., 6] = -t123 - t124
    out[..., 7] = -t123 - t125
    out[..., 8] = -t124 - t125
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
    t0 = -0.38577046105426305*in_p_0
    t1 = (0.5)*in_A_2
    t2 = 0.5 + (0.5)*in_A_0
    t3 = t1 + t2
    im_y_0_0 = -t0 - t3
    t4 = -0.38577046105426305*in_p_1
    t5 = (0.5)*in_A_3
    t6 = (0.5)*in_A_5
    t7 = t5 + t6
    im_y_0_1 = -t4 - t7
    t10 = 0.5 + (0.5)*in_A_8
    t9 = (0.5)*in_A_6
    t11 = t10 + t9
    t8 = -0.38577046105426305*in_p_2
    im_y_0_2 = -t11 - t8
    t12 = (im_y_0_0)**2
    t13 = (im_y_0_1)**2
    t14 = (im_y_0_2)**2
    im_r2_0 = t12 + t13 + t14
    im_f_0_2 = -5.986952112019223e-05/(im_r2_0)**7
    im_f_0_3 = 0.009082428092900273/(im_r2_0)**4
    im_f_0_4 = -0.03632971237160109/(im_r2_0)**5
    im_f_0_5 = 0.0004190866478413456/(im_r2_0)**8
    t15 = (0.5)*in_A_1
    t16 = t15 + t2
    im_y_1_0 = -t0 - t16
    t17 = 0.5 + (0.5)*in_A_4
    t18 = t17 + t5
    im_y_1_1 = -t18 - t4
    t19 = (0.5)*in_A_7
    t20 = t19 + t9
    im_y_1_2 = -t20 - t8
    t21 = (im_y_1_0)**2
    t22 = (im_y_1_1)**2
    t23 = (im_y_1_2)**2
    im_r2_1 = t21 + t22 + t23
    im_f_1_2 = -5.986952112019223e-05/(im_r2_1)**7
    im_f_1_3 = 0.009082428092900273/(im_r2_1)**4
    im_f_1_4 = -0.03632971237160109/(im_r2_1)**5
    im_f_1_5 = 0.0004190866478413456/(im_r2_1)**8
    im_y_2_0 = 0.38577046105426305*in_p_0
    im_y_2_1 = 0.38577046105426305*in_p_1
    im_y_2_2 = 0.38577046105426305*in_p_2
    im_r2_2 = (im_y_2_0)**2 + (im_y_2_1)**2 + (im_y_2_2)**2
    t24 = t1 + t15
    im_y_3_0 = -t0 - t24
    t25 = t17 + t6
    im_y_3_1 = -t25 - t4
    t26 = t10 + t19
    im_y_3_2 = -t26 - t8
    t27 = (im_y_3_0)**2
    t28 = (im_y_3_1)**2
    t29 = (im_y_3_2)**2
    im_r2_3 = t27 + t28 + t29
    im_f_3_2 = -5.986952112019223e-05/(im_r2_3)**7
    im_f_3_3 = 0.009082428092900273/(im_r2_3)**4
    im_f_3_4 = -0.03632971237160109/(im_r2_3)**5
    im_f_3_5 = 0.0004190866478413456/(im_r2_3)**8
    t30 = (t16)**2 + (t18)**2 + (t20)**2
    im_r2w_0 = t30
    t31 = -t1
    t32 = -t19
    t33 = -t6
    t34 = (t10 + t32)**2 + (-t15 - t31)**2 + (-t17 - t33)**2
    im_r2w_1 = t34
    t35 = (t11)**2 + (t3)**2 + (t7)**2
    im_r2w_2 = t35
    t36 = (t15 - t2)**2 + (t17 - t5)**2 + (-t32 - t9)**2
    im_r2w_3 = t36
    t37 = (t10 - t9)**2 + (-t2 - t31)**2 + (-t33 - t5)**2
    im_r2w_4 = t37
    t38 = (t24)**2 + (t25)**2 + (t26)**2
    im_r2w_5 = t38
    im_r2w_6 = t30
    im_r2w_7 = t34
    im_r2w_8 = t35
    im_r2w_9 = t36
    im_r2w_10 = t37
    im_r2w_11 = t38
    t39 = in_A_0*in_A_4
    t40 = in_A_0*in_A_8
    t41 = in_A_4*in_A_8
    t42 = in_A_1*in_A_3
    t43 = in_A_2*in_A_6
    t44 = in_A_5*in_A_7
    t45 = in_A_8*t39
    t46 = in_A_1*in_A_6
    t47 = in_A_5*t46
    t48 = in_A_3*in_A_7
    t49 = in_A_2*t48
    t50 = in_A_0*t44
    t51 = in_A_8*t42
    t52 = in_A_4*t43
    t53 = (in_A_0)**2
    t54 = (in_A_3)**2
    t55 = (in_A_6)**2
    t56 = 2.0*in_A_0
    t57 = (in_A_1)**2
    t58 = (0.81)*t57
    t59 = (0.81)*t54
    t60 = (0.38)*in_A_0
    t61 = (0.38)*in_A_4
    t62 = (0.19)*t53
    t63 = (in_A_4)**2
    t64 = (0.19)*t63
    t65 = (0.19)*t55
    t66 = (in_A_7)**2
    t67 = (0.19)*t66
    t68 = t53*t63
    t69 = t53*t66
    t70 = t54*t57
    t71 = t55*t57
    t72 = t54*t66
    t73 = t55*t63
    t74 = 2.0*t42
    t75 = t56*t63
    t76 = t56*t66
    t77 = 2.0*in_A_4
    t78 = t53*t77
    t79 = t55*t77
    t80 = 4.0*t39
    t81 = t42*t56
    t82 = in_A_4*t74
    t83 = in_A_7*t46
    t84 = 2.0*t83
    t85 = in_A_6*t48
    t86 = 2.0*t85
    t87 = t56*t83
    t88 = t77*t85
    t89 = (in_A_2)**2
    t90 = (in_A_5)**2
    t91 = (in_A_8)**2
    t92 = (1.62)*in_A_0
    t93 = (1.62)*in_A_4
    t94 = (1.62)*in_A_8
    t95 = (0.81)*t90
    t96 = (0.81)*t89
    t97 = (0.38)*t42
    t98 = (0.38)*t43
    t99 = (0.38)*t44
    t100 = (0.38)*in_A_8
    t101 = t74*t91
    t102 = 2.0*t43
    t103 = t102*t63
    t104 = 2.0*t44
    t105 = t104*t53
    t106 = 2.0*t47
    t107 = 2.0*t49
    t108 = 2.0*in_A_8
    t109 = 4.0*t40
    t110 = 4.0*t41
    t111 = (1.62)*in_A_5
    t112 = in_A_1*in_A_2
    t113 = in_A_7*t112
    t114 = in_A_3*t111
    t115 = 2.0*in_A_5
    t116 = t113*t54
    t117 = in_A_3*t115
    t118 = in_A_6*t57
    t119 = t43*t74
    t120 = t44*t74
    t121 = t102*t44
    t122 = in_A_3*in_A_5
    t123 = in_A_2*t122
    t124 = in_A_5*t112
    t125 = 4.0*t45
    t126 = (0.5)*im_f_1_2 + (0.5)*im_f_1_3
    t127 = t126 + im_f_1_4*t21 + im_f_1_5*t21
    t128 = (0.5)*im_f_0_2 + (0.5)*im_f_0_3
    t129 = t128 + im_f_0_4*t12 + im_f_0_5*t12
    t130 = im_y_1_0*im_y_1_1
    t131 = im_f_1_4*t130 + im_f_1_5*t130
    t132 = im_y_0_0*im_y_0_1
    t133 = im_f_0_4*t132 + im_f_0_5*t132
    t134 = t131 + t133
    t135 = im_y_1_0*im_y_1_2
    t136 = im_f_1_4*t135 + im_f_1_5*t135
    t137 = im_y_0_0*im_y_0_2
    t138 = im_f_0_4*t137 + im_f_0_5*t137
    t139 = t136 + t138
    t140 = (0.5)*im_f_3_2 + (0.5)*im_f_3_3
    t141 = t140 + im_f_3_4*t27 + im_f_3_5*t27
    t142 = im_y_3_0*im_y_3_1
    t143 = im_f_3_4*t142 + im_f_3_5*t142
    t144 = t131 + t143
    t145 = im_y_3_0*im_y_3_2
    t146 = im_f_3_4*t145 + im_f_3_5*t145
    t147 = t136 + t146
    t148 = t133 + t143
    t149 = t138 + t146
    t150 = t126 + im_f_1_4*t22 + im_f_1_5*t22
    t151 = t128 + im_f_0_4*t13 + im_f_0_5*t13
    t152 = im_y_1_1*im_y_1_2
    t153 = im_f_1_4*t152 + im_f_1_5*t152
    t154 = im_y_0_1*im_y_0_2
    t155 = im_f_0_4*t154 + im_f_0_5*t154
    t156 = t153 + t155
    t157 = t140 + im_f_3_4*t28 + im_f_3_5*t28
    t158 = im_y_3_1*im_y_3_2
    t159 = im_f_3_4*t158 + im_f_3_5*t158
    t160 = t153 + t159
    t161 = t155 + t159
    t162 = t126 + im_f_1_4*t23 + im_f_1_5*t23
    t163 = t128 + im_f_0_4*t14 + im_f_0_5*t14
    t164 = t140 + im_f_3_4*t29 + im_f_3_5*t29
    if not numpy.all(numpy.asarray(1.0 + in_A_0 + in_A_4 + in_A_8 + t39 + t40 + t41 + t45 + t47 + t49 - t42 - t43 - t44 - t50 - t51 - t52) > 0):
        raise ValueError("det(I + A) must be positive (the deformation inverts the crystal)")
    if not numpy.all(numpy.asarray(0.0087890625 - (-0.6480537657465552 + in_p_0 - 0.6480537657465552*in_A_0 - 0.6480537657465552*in_A_1 - 0.6480537657465552*in_A_2)**2 - (-0.6480537657465552 + in_p_1 - 0.6480537657465552*in_A_3 - 0.6480537657465552*in_A_4 - 0.6480537657465552*in_A_5)**2 - (-0.6480537657465552 + in_p_2 - 0.6480537657465552*in_A_6 - 0.6480537657465552*in_A_7 - 0.6480537657465552*in_A_8)**2) > 0):
        raise ValueError("shift p1 moved more than 0.0938 from its affine position (outside the range where the neighbour set is valid)")
    if not numpy.all(numpy.asarray(0.19 + t53 + t54 + t55 + t56) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.0361 + t60 + t61 + t62 + t64 + t65 + t67 + t68 + t69 + t70 + t71 + t72 + t73 + t75 + t76 + t78 + t79 + t80 - t58 - t59 - t74 - t81 - t82 - t84 - t86 - t87 - t88 - t39*t74) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.006859 + t106 + t107 + t119 + t120 + t121 - t101 - t103 - t105 - t97 - t98 - t99 - 4.0*t50 - 4.0*t51 - 4.0*t52 - 2.0*t116 + 8.0*t45 - 0.1539*t54 - 0.1539*t55 - 0.1539*t57 - 0.1539*t66 - 0.1539*t89 - 0.1539*t90 - 0.81*t69 - 0.81*t73 + (0.76)*t39 + (0.76)*t40 + (0.76)*t41 + (0.19)*t70 + (1.62)*t113 + (1.62)*t83 + (1.62)*t85 + (0.0722)*in_A_0 + (0.0722)*in_A_4 + (0.0722)*in_A_8 + (0.0361)*t53 + (0.0361)*t63 + (0.0361)*t91 + in_A_2*t114 + in_A_6*t114 + in_A_8*t106 + in_A_8*t107 + t100*t53 + t100*t63 + t102*t51 + t104*t51 + t104*t52 + t106*t39 + t106*t40 + t106*t41 + t106*t45 + t107*t39 + t107*t40 + t107*t41 + t107*t45 + t108*t68 + t108*t70 + t109*t63 + t110*t53 + t111*t112 + t113*t94 + t119*t41 + t119*t44 + t120*t40 + t121*t39 + t123*t92 + t124*t93 + t44*t81 + t47*t56 + t47*t77 + t49*t56 + t49*t77 + t52*t74 + t53*t61 + t60*t63 + t60*t91 + t61*t91 + t62*t63 + t62*t91 + t64*t91 + t65*t89 + t67*t90 + t68*t91 + t69*t90 + t70*t91 + t71*t90 + t72*t89 + t73*t89 + t75*t91 + t76*t90 + t78*t91 + t79*t89 + t80*t91 + t83*t92 + t85*t93 - in_A_8*t103 - in_A_8*t105 - in_A_8*t98 - in_A_8*t99 - t101*t39 - t103*t40 - t105*t41 - t108*t116 - t109*t42 - t109*t44 - t110*t42 - t110*t43 - t117*t118 - t123*t76 - t124*t79 - t125*t42 - t125*t43 - t125*t44 - t39*t97 - t40*t98 - t41*t99 - t42*t60 - t42*t61 - t43*t60 - t43*t75 - t43*t80 - t44*t61 - t44*t78 - t44*t80 - t53*t95 - t54*t94 - t55*t58 - t55*t93 - t55*t95 - t57*t94 - t58*t90 - t58*t91 - t59*t66 - t59*t89 - t59*t91 - t63*t96 - t66*t92 - t66*t96 - t81*t91 - t82*t91 - t84*t90 - t86*t89 - t87*t90 - t88*t89 - t89*t93 - t90*t92 + in_A_6*t122*t94 + t43*t44*t56 - in_A_2*t117*t66 - t108*t118*t122 - t112*t115*t55) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.3348424093995421 - im_r2_0) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.3348424093995421 - im_r2_1) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.3348424093995421 - im_r2_2) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.3348424093995421 - im_r2_3) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_0) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_1) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_3) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_4) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_5) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_6) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_7) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_8) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_9) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_10) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_11) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    out = numpy.empty(batch + (81,))
    out[..., 0] = t127 + t129
    out[..., 1] = t127
    out[..., 2] = t129
    out[..., 3] = t134
    out[..., 4] = t131
    out[..., 5] = t133
    out[..., 6] = t139
    out[..., 7] = t136
    out[..., 8] = t138
    out[..., 9] = t127
    out[..., 10] = t127 + t141
    out[..., 11] = t141
    out[..., 12] = t131
    out[..., 13] = t144
    out[..., 14] = t143
    out[..., 15] = t136
    out[..., 16] = t147
    out[..., 17] = t146
    out[..., 18] = t129
    out[..., 19] = t141
    out[..., 20] = t129 + t141
    out[..., 21] = t133
    out[..., 22] = t143
    out[..., 23] = t148
    out[..., 24] = t138
    out[..., 25] = t146
    out[..., 26] = t149
    out[..., 27] = t134
    out[..., 28] = t131
    out[..., 29] = t133
    out[..., 30] = t150 + t151
    out[..., 31] = t150
    out[..., 32] = t151
    out[..., 33] = t156
    out[..., 34] = t153
    out[..., 35] = t155
    out[..., 36] = t131
    out[..., 37] = t144
    out[..., 38] = t143
    out[..., 39] = t150
    out[..., 40] = t150 + t157
    out[..., 41] = t157
    out[..., 42] = t153
    out[..., 43] = t160
    out[..., 44] = t159
    out[..., 45] = t133
    out[..., 46] = t143
    out[..., 47] = t148
    out[..., 48] = t151
    out[..., 49] = t157
    out[..., 50] = t151 + t157
    out[..., 51] = t155
    out[..., 52] = t159
    out[..., 53] = t161
    out[..., 54] = t139
    out[..., 55] = t136
    out[..., 56] = t138
    out[..., 57] = t156
    out[..., 58] = t153
    out[..., 59] = t155
    out[..., 60] = t162 + t163
    out[..., 61] = t162
    out[..., 62] = t163
    out[..., 63] = t136
    out[..., 64] = t147
    out[..., 65] = t146
    out[..., 66] = t153
    out[..., 67] = t160
    out[..., 68] = t159
    out[..., 69] = t162
    out[..., 70] = t162 + t164
    out[..., 71] = t164
    out[..., 72] = t138
    out[..., 73] = t146
    out[..., 74] = t149
    out[..., 75] = t155
    out[..., 76] = t159
    out[..., 77] = t161
    out[..., 78] = t163
    out[..., 79] = t164
    out[..., 80] = t163 + t164
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
    t0 = -0.38577046105426305*in_p_0
    t1 = (0.5)*in_A_2
    t2 = 0.5 + (0.5)*in_A_0
    t3 = t1 + t2
    im_y_0_0 = -t0 - t3
    t4 = -0.38577046105426305*in_p_1
    t5 = (0.5)*in_A_3
    t6 = (0.5)*in_A_5
    t7 = t5 + t6
    im_y_0_1 = -t4 - t7
    t10 = 0.5 + (0.5)*in_A_8
    t9 = (0.5)*in_A_6
    t11 = t10 + t9
    t8 = -0.38577046105426305*in_p_2
    im_y_0_2 = -t11 - t8
    im_r2_0 = (im_y_0_0)**2 + (im_y_0_1)**2 + (im_y_0_2)**2
    im_f_0_6 = -(0.006591796875)/(im_r2_0)**3
    im_f_0_7 = (2.1725893020629883e-05)/(im_r2_0)**6
    t12 = (0.5)*in_A_1
    t13 = t12 + t2
    im_y_1_0 = -t0 - t13
    t14 = 0.5 + (0.5)*in_A_4
    t15 = t14 + t5
    im_y_1_1 = -t15 - t4
    t16 = (0.5)*in_A_7
    t17 = t16 + t9
    im_y_1_2 = -t17 - t8
    im_r2_1 = (im_y_1_0)**2 + (im_y_1_1)**2 + (im_y_1_2)**2
    im_f_1_6 = -(0.006591796875)/(im_r2_1)**3
    im_f_1_7 = (2.1725893020629883e-05)/(im_r2_1)**6
    im_y_2_0 = 0.38577046105426305*in_p_0
    im_y_2_1 = 0.38577046105426305*in_p_1
    im_y_2_2 = 0.38577046105426305*in_p_2
    im_r2_2 = (im_y_2_0)**2 + (im_y_2_1)**2 + (im_y_2_2)**2
    im_f_2_6 = -(0.006591796875)/(im_r2_2)**3
    im_f_2_7 = (2.1725893020629883e-05)/(im_r2_2)**6
    t18 = t1 + t12
    im_y_3_0 = -t0 - t18
    t19 = t14 + t6
    im_y_3_1 = -t19 - t4
    t20 = t10 + t16
    im_y_3_2 = -t20 - t8
    im_r2_3 = (im_y_3_0)**2 + (im_y_3_1)**2 + (im_y_3_2)**2
    im_f_3_6 = -(0.006591796875)/(im_r2_3)**3
    im_f_3_7 = (2.1725893020629883e-05)/(im_r2_3)**6
    t21 = (t13)**2 + (t15)**2 + (t17)**2
    im_r2w_0 = t21
    t22 = -t1
    t23 = -t16
    t24 = -t6
    t25 = (t10 + t23)**2 + (-t12 - t22)**2 + (-t14 - t24)**2
    im_r2w_1 = t25
    t26 = (t11)**2 + (t3)**2 + (t7)**2
    im_r2w_2 = t26
    t27 = (t12 - t2)**2 + (t14 - t5)**2 + (-t23 - t9)**2
    im_r2w_3 = t27
    t28 = (t10 - t9)**2 + (-t2 - t22)**2 + (-t24 - t5)**2
    im_r2w_4 = t28
    t29 = (t18)**2 + (t19)**2 + (t20)**2
    im_r2w_5 = t29
    im_r2w_6 = t21
    im_r2w_7 = t25
    im_r2w_8 = t26
    im_r2w_9 = t27
    im_r2w_10 = t28
    im_r2w_11 = t29
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
    if not numpy.all(numpy.asarray(0.3348424093995421 - im_r2_0) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.3348424093995421 - im_r2_1) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.3348424093995421 - im_r2_2) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.3348424093995421 - im_r2_3) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_0) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_1) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_3) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_4) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_5) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_6) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_7) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_8) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_9) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_10) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_11) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
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
    t0 = -0.38577046105426305*in_p_0
    t1 = (0.5)*in_A_2
    t2 = 0.5 + (0.5)*in_A_0
    t3 = t1 + t2
    im_y_0_0 = -t0 - t3
    t4 = -0.38577046105426305*in_p_1
    t5 = (0.5)*in_A_3
    t6 = (0.5)*in_A_5
    t7 = t5 + t6
    im_y_0_1 = -t4 - t7
    t10 = 0.5 + (0.5)*in_A_8
    t9 = (0.5)*in_A_6
    t11 = t10 + t9
    t8 = -0.38577046105426305*in_p_2
    im_y_0_2 = -t11 - t8
    im_r2_0 = (im_y_0_0)**2 + (im_y_0_1)**2 + (im_y_0_2)**2
    im_f_0_2 = -5.986952112019223e-05/(im_r2_0)**7
    im_f_0_3 = 0.009082428092900273/(im_r2_0)**4
    t12 = (0.5)*in_A_1
    t13 = t12 + t2
    im_y_1_0 = -t0 - t13
    t14 = 0.5 + (0.5)*in_A_4
    t15 = t14 + t5
    im_y_1_1 = -t15 - t4
    t16 = (0.5)*in_A_7
    t17 = t16 + t9
    im_y_1_2 = -t17 - t8
    im_r2_1 = (im_y_1_0)**2 + (im_y_1_1)**2 + (im_y_1_2)**2
    im_f_1_2 = -5.986952112019223e-05/(im_r2_1)**7
    im_f_1_3 = 0.009082428092900273/(im_r2_1)**4
    im_y_2_0 = 0.38577046105426305*in_p_0
    im_y_2_1 = 0.38577046105426305*in_p_1
    im_y_2_2 = 0.38577046105426305*in_p_2
    im_r2_2 = (im_y_2_0)**2 + (im_y_2_1)**2 + (im_y_2_2)**2
    im_f_2_2 = -5.986952112019223e-05/(im_r2_2)**7
    im_f_2_3 = 0.009082428092900273/(im_r2_2)**4
    t18 = t1 + t12
    im_y_3_0 = -t0 - t18
    t19 = t14 + t6
    im_y_3_1 = -t19 - t4
    t20 = t10 + t16
    im_y_3_2 = -t20 - t8
    im_r2_3 = (im_y_3_0)**2 + (im_y_3_1)**2 + (im_y_3_2)**2
    im_f_3_2 = -5.986952112019223e-05/(im_r2_3)**7
    im_f_3_3 = 0.009082428092900273/(im_r2_3)**4
    t21 = (t13)**2 + (t15)**2 + (t17)**2
    im_r2w_0 = t21
    t22 = -t1
    t23 = -t16
    t24 = -t6
    t25 = (t10 + t23)**2 + (-t12 - t22)**2 + (-t14 - t24)**2
    im_r2w_1 = t25
    t26 = (t11)**2 + (t3)**2 + (t7)**2
    im_r2w_2 = t26
    t27 = (t12 - t2)**2 + (t14 - t5)**2 + (-t23 - t9)**2
    im_r2w_3 = t27
    t28 = (t10 - t9)**2 + (-t2 - t22)**2 + (-t24 - t5)**2
    im_r2w_4 = t28
    t29 = (t18)**2 + (t19)**2 + (t20)**2
    im_r2w_5 = t29
    im_r2w_6 = t21
    im_r2w_7 = t25
    im_r2w_8 = t26
    im_r2w_9 = t27
    im_r2w_10 = t28
    im_r2w_11 = t29
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
    t117 = 0.7715409221085261*im_y_0_0
    t118 = 0.7715409221085261*im_y_1_0
    t119 = 0.7715409221085261*im_y_2_0
    t120 = 0.7715409221085261*im_y_3_0
    t121 = 0.7715409221085261*im_y_0_1
    t122 = 0.7715409221085261*im_y_1_1
    t123 = 0.7715409221085261*im_y_2_1
    t124 = 0.7715409221085261*im_y_3_1
    t125 = 0.7715409221085261*im_y_0_2
    t126 = 0.7715409221085261*im_y_1_2
    t127 = 0.7715409221085261*im_y_2_2
    t128 = 0.7715409221085261*im_y_3_2
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
    if not numpy.all(numpy.asarray(0.3348424093995421 - im_r2_0) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.3348424093995421 - im_r2_1) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.3348424093995421 - im_r2_2) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.3348424093995421 - im_r2_3) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_0) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_1) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_3) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_4) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_5) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_6) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_7) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_8) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_9) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_10) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_11) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    out = numpy.empty(batch + (3,))
    out[..., 0] = im_f_0_2*t117 + im_f_0_3*t117 + im_f_1_2*t118 + im_f_1_3*t118 + im_f_2_2*t119 + im_f_2_3*t119 + im_f_3_2*t120 + im_f_3_3*t120
    out[..., 1] = im_f_0_2*t121 + im_f_0_3*t121 + im_f_1_2*t122 + im_f_1_3*t122 + im_f_2_2*t123 + im_f_2_3*t123 + im_f_3_2*t124 + im_f_3_3*t124
    out[..., 2] = im_f_0_2*t125 + im_f_0_3*t125 + im_f_1_2*t126 + im_f_1_3*t126 + im_f_2_2*t127 + im_f_2_3*t127 + im_f_3_2*t128 + im_f_3_3*t128
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
    t0 = -0.38577046105426305*in_p_0
    t1 = (0.5)*in_A_2
    t2 = 0.5 + (0.5)*in_A_0
    t3 = t1 + t2
    im_y_0_0 = -t0 - t3
    t4 = -0.38577046105426305*in_p_1
    t5 = (0.5)*in_A_3
    t6 = (0.5)*in_A_5
    t7 = t5 + t6
    im_y_0_1 = -t4 - t7
    t10 = 0.5 + (0.5)*in_A_8
    t9 = (0.5)*in_A_6
    t11 = t10 + t9
    t8 = -0.38577046105426305*in_p_2
    im_y_0_2 = -t11 - t8
    t12 = (im_y_0_0)**2
    t13 = (im_y_0_1)**2
    t14 = (im_y_0_2)**2
    im_r2_0 = t12 + t13 + t14
    im_f_0_2 = -5.986952112019223e-05/(im_r2_0)**7
    im_f_0_3 = 0.009082428092900273/(im_r2_0)**4
    im_f_0_4 = -0.03632971237160109/(im_r2_0)**5
    im_f_0_5 = 0.0004190866478413456/(im_r2_0)**8
    t15 = (0.5)*in_A_1
    t16 = t15 + t2
    im_y_1_0 = -t0 - t16
    t17 = 0.5 + (0.5)*in_A_4
    t18 = t17 + t5
    im_y_1_1 = -t18 - t4
    t19 = (0.5)*in_A_7
    t20 = t19 + t9
    im_y_1_2 = -t20 - t8
    t21 = (im_y_1_0)**2
    t22 = (im_y_1_1)**2
    t23 = (im_y_1_2)**2
    im_r2_1 = t21 + t22 + t23
    im_f_1_2 = -5.986952112019223e-05/(im_r2_1)**7
    im_f_1_3 = 0.009082428092900273/(im_r2_1)**4
    im_f_1_4 = -0.03632971237160109/(im_r2_1)**5
    im_f_1_5 = 0.0004190866478413456/(im_r2_1)**8
    im_y_2_0 = 0.38577046105426305*in_p_0
    im_y_2_1 = 0.38577046105426305*in_p_1
    im_y_2_2 = 0.38577046105426305*in_p_2
    t24 = (im_y_2_0)**2
    t25 = (im_y_2_1)**2
    t26 = (im_y_2_2)**2
    im_r2_2 = t24 + t25 + t26
    im_f_2_2 = -5.986952112019223e-05/(im_r2_2)**7
    im_f_2_3 = 0.009082428092900273/(im_r2_2)**4
    im_f_2_4 = -0.03632971237160109/(im_r2_2)**5
    im_f_2_5 = 0.0004190866478413456/(im_r2_2)**8
    t27 = t1 + t15
    im_y_3_0 = -t0 - t27
    t28 = t17 + t6
    im_y_3_1 = -t28 - t4
    t29 = t10 + t19
    im_y_3_2 = -t29 - t8
    t30 = (im_y_3_0)**2
    t31 = (im_y_3_1)**2
    t32 = (im_y_3_2)**2
    im_r2_3 = t30 + t31 + t32
    im_f_3_2 = -5.986952112019223e-05/(im_r2_3)**7
    im_f_3_3 = 0.009082428092900273/(im_r2_3)**4
    im_f_3_4 = -0.03632971237160109/(im_r2_3)**5
    im_f_3_5 = 0.0004190866478413456/(im_r2_3)**8
    t33 = (t16)**2 + (t18)**2 + (t20)**2
    im_r2w_0 = t33
    t34 = -t1
    t35 = -t19
    t36 = -t6
    t37 = (t10 + t35)**2 + (-t15 - t34)**2 + (-t17 - t36)**2
    im_r2w_1 = t37
    t38 = (t11)**2 + (t3)**2 + (t7)**2
    im_r2w_2 = t38
    t39 = (t15 - t2)**2 + (t17 - t5)**2 + (-t35 - t9)**2
    im_r2w_3 = t39
    t40 = (t10 - t9)**2 + (-t2 - t34)**2 + (-t36 - t5)**2
    im_r2w_4 = t40
    t41 = (t27)**2 + (t28)**2 + (t29)**2
    im_r2w_5 = t41
    im_r2w_6 = t33
    im_r2w_7 = t37
    im_r2w_8 = t38
    im_r2w_9 = t39
    im_r2w_10 = t40
    im_r2w_11 = t41
    t42 = in_A_0*in_A_4
    t43 = in_A_0*in_A_8
    t44 = in_A_4*in_A_8
    t45 = in_A_1*in_A_3
    t46 = in_A_2*in_A_6
    t47 = in_A_5*in_A_7
    t48 = in_A_8*t42
    t49 = in_A_1*in_A_6
    t50 = in_A_5*t49
    t51 = in_A_3*in_A_7
    t52 = in_A_2*t51
    t53 = in_A_0*t47
    t54 = in_A_8*t45
    t55 = in_A_4*t46
    t56 = (in_A_0)**2
    t57 = (in_A_3)**2
    t58 = (in_A_6)**2
    t59 = 2.0*in_A_0
    t60 = (in_A_1)**2
    t61 = (0.81)*t60
    t62 = (0.81)*t57
    t63 = (0.38)*in_A_0
    t64 = (0.38)*in_A_4
    t65 = (0.19)*t56
    t66 = (in_A_4)**2
    t67 = (0.19)*t66
    t68 = (0.19)*t58
    t69 = (in_A_7)**2
    t70 = (0.19)*t69
    t71 = t56*t66
    t72 = t56*t69
    t73 = t57*t60
    t74 = t58*t60
    t75 = t57*t69
    t76 = t58*t66
    t77 = 2.0*t45
    t78 = t59*t66
    t79 = t59*t69
    t80 = 2.0*in_A_4
    t81 = t56*t80
    t82 = t58*t80
    t83 = 4.0*t42
    t84 = t45*t59
    t85 = in_A_4*t77
    t86 = in_A_7*t49
    t87 = 2.0*t86
    t88 = in_A_6*t51
    t89 = 2.0*t88
    t90 = t59*t86
    t91 = t80*t88
    t92 = (in_A_2)**2
    t93 = (in_A_5)**2
    t94 = (in_A_8)**2
    t95 = (1.62)*in_A_0
    t96 = (1.62)*in_A_4
    t97 = (1.62)*in_A_8
    t98 = (0.81)*t93
    t99 = (0.81)*t92
    t100 = (0.38)*t45
    t101 = (0.38)*t46
    t102 = (0.38)*t47
    t103 = (0.38)*in_A_8
    t104 = t77*t94
    t105 = 2.0*t46
    t106 = t105*t66
    t107 = 2.0*t47
    t108 = t107*t56
    t109 = 2.0*t50
    t110 = 2.0*t52
    t111 = 2.0*in_A_8
    t112 = 4.0*t43
    t113 = 4.0*t44
    t114 = (1.62)*in_A_5
    t115 = in_A_1*in_A_2
    t116 = in_A_7*t115
    t117 = in_A_3*t114
    t118 = 2.0*in_A_5
    t119 = t116*t57
    t120 = in_A_3*t118
    t121 = in_A_6*t60
    t122 = t46*t77
    t123 = t47*t77
    t124 = t105*t47
    t125 = in_A_3*in_A_5
    t126 = in_A_2*t125
    t127 = in_A_5*t115
    t128 = 4.0*t48
    t129 = 0.5952753944880748*t12
    t130 = 0.5952753944880748*t21
    t131 = 0.5952753944880748*t24
    t132 = 0.5952753944880748*t30
    t133 = 0.2976376972440374*im_f_0_2 + 0.2976376972440374*im_f_0_3 + 0.2976376972440374*im_f_1_2 + 0.2976376972440374*im_f_1_3 + 0.2976376972440374*im_f_2_2 + 0.2976376972440374*im_f_2_3 + 0.2976376972440374*im_f_3_2 + 0.2976376972440374*im_f_3_3
    t134 = 0.5952753944880748*im_y_0_0
    t135 = im_y_0_1*t134
    t136 = 0.5952753944880748*im_y_1_0
    t137 = im_y_1_1*t136
    t138 = 0.5952753944880748*im_y_2_0
    t139 = im_y_2_1*t138
    t140 = 0.5952753944880748*im_y_3_0
    t141 = im_y_3_1*t140
    t142 = im_f_0_4*t135 + im_f_0_5*t135 + im_f_1_4*t137 + im_f_1_5*t137 + im_f_2_4*t139 + im_f_2_5*t139 + im_f_3_4*t141 + im_f_3_5*t141
    t143 = im_y_0_2*t134
    t144 = im_y_1_2*t136
    t145 = im_y_2_2*t138
    t146 = im_y_3_2*t140
    t147 = im_f_0_4*t143 + im_f_0_5*t143 + im_f_1_4*t144 + im_f_1_5*t144 + im_f_2_4*t145 + im_f_2_5*t145 + im_f_3_4*t146 + im_f_3_5*t146
    t148 = 0.5952753944880748*t13
    t149 = 0.5952753944880748*t22
    t150 = 0.5952753944880748*t25
    t151 = 0.5952753944880748*t31
    t152 = 0.5952753944880748*im_y_0_1*im_y_0_2
    t153 = 0.5952753944880748*im_y_1_1*im_y_1_2
    t154 = 0.5952753944880748*im_y_2_1*im_y_2_2
    t155 = 0.5952753944880748*im_y_3_1*im_y_3_2
    t156 = im_f_0_4*t152 + im_f_0_5*t152 + im_f_1_4*t153 + im_f_1_5*t153 + im_f_2_4*t154 + im_f_2_5*t154 + im_f_3_4*t155 + im_f_3_5*t155
    t157 = 0.5952753944880748*t14
    t158 = 0.5952753944880748*t23
    t159 = 0.5952753944880748*t26
    t160 = 0.5952753944880748*t32
    if not numpy.all(numpy.asarray(1.0 + in_A_0 + in_A_4 + in_A_8 + t42 + t43 + t44 + t48 + t50 + t52 - t45 - t46 - t47 - t53 - t54 - t55) > 0):
        raise ValueError("det(I + A) must be positive (the deformation inverts the crystal)")
    if not numpy.all(numpy.asarray(0.0087890625 - (-0.6480537657465552 + in_p_0 - 0.6480537657465552*in_A_0 - 0.6480537657465552*in_A_1 - 0.6480537657465552*in_A_2)**2 - (-0.6480537657465552 + in_p_1 - 0.6480537657465552*in_A_3 - 0.6480537657465552*in_A_4 - 0.6480537657465552*in_A_5)**2 - (-0.6480537657465552 + in_p_2 - 0.6480537657465552*in_A_6 - 0.6480537657465552*in_A_7 - 0.6480537657465552*in_A_8)**2) > 0):
        raise ValueError("shift p1 moved more than 0.0938 from its affine position (outside the range where the neighbour set is valid)")
    if not numpy.all(numpy.asarray(0.19 + t56 + t57 + t58 + t59) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.0361 + t63 + t64 + t65 + t67 + t68 + t70 + t71 + t72 + t73 + t74 + t75 + t76 + t78 + t79 + t81 + t82 + t83 - t61 - t62 - t77 - t84 - t85 - t87 - t89 - t90 - t91 - t42*t77) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.006859 + t109 + t110 + t122 + t123 + t124 - t100 - t101 - t102 - t104 - t106 - t108 - 4.0*t53 - 4.0*t54 - 4.0*t55 - 2.0*t119 + 8.0*t48 - 0.1539*t57 - 0.1539*t58 - 0.1539*t60 - 0.1539*t69 - 0.1539*t92 - 0.1539*t93 - 0.81*t72 - 0.81*t76 + (0.76)*t42 + (0.76)*t43 + (0.76)*t44 + (0.19)*t73 + (1.62)*t116 + (1.62)*t86 + (1.62)*t88 + (0.0722)*in_A_0 + (0.0722)*in_A_4 + (0.0722)*in_A_8 + (0.0361)*t56 + (0.0361)*t66 + (0.0361)*t94 + in_A_2*t117 + in_A_6*t117 + in_A_8*t109 + in_A_8*t110 + t103*t56 + t103*t66 + t105*t54 + t107*t54 + t107*t55 + t109*t42 + t109*t43 + t109*t44 + t109*t48 + t110*t42 + t110*t43 + t110*t44 + t110*t48 + t111*t71 + t111*t73 + t112*t66 + t113*t56 + t114*t115 + t116*t97 + t122*t44 + t122*t47 + t123*t43 + t124*t42 + t126*t95 + t127*t96 + t47*t84 + t50*t59 + t50*t80 + t52*t59 + t52*t80 + t55*t77 + t56*t64 + t63*t66 + t63*t94 + t64*t94 + t65*t66 + t65*t94 + t67*t94 + t68*t92 + t70*t93 + t71*t94 + t72*t93 + t73*t94 + t74*t93 + t75*t92 + t76*t92 + t78*t94 + t79*t93 + t81*t94 + t82*t92 + t83*t94 + t86*t95 + t88*t96 - in_A_8*t101 - in_A_8*t102 - in_A_8*t106 - in_A_8*t108 - t100*t42 - t101*t43 - t102*t44 - t104*t42 - t106*t43 - t108*t44 - t111*t119 - t112*t45 - t112*t47 - t113*t45 - t113*t46 - t120*t121 - t126*t79 - t127*t82 - t128*t45 - t128*t46 - t128*t47 - t45*t63 - t45*t64 - t46*t63 - t46*t78 - t46*t83 - t47*t64 - t47*t81 - t47*t83 - t56*t98 - t57*t97 - t58*t61 - t58*t96 - t58*t98 - t60*t97 - t61*t93 - t61*t94 - t62*t69 - t62*t92 - t62*t94 - t66*t99 - t69*t95 - t69*t99 - t84*t94 - t85*t94 - t87*t93 - t89*t92 - t90*t93 - t91*t92 - t92*t96 - t93*t95 + in_A_6*t125*t97 + t46*t47*t59 - in_A_2*t120*t69 - t111*t121*t125 - t115*t118*t58) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.3348424093995421 - im_r2_0) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.3348424093995421 - im_r2_1) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.3348424093995421 - im_r2_2) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.3348424093995421 - im_r2_3) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_0) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_1) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_3) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_4) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_5) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_6) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_7) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_8) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_9) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_10) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_11) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    out = numpy.empty(batch + (9,))
    out[..., 0] = t133 + im_f_0_4*t129 + im_f_0_5*t129 + im_f_1_4*t130 + im_f_1_5*t130 + im_f_2_4*t131 + im_f_2_5*t131 + im_f_3_4*t132 + im_f_3_5*t132
    out[..., 1] = t142
    out[..., 2] = t147
    out[..., 3] = t142
    out[..., 4] = t133 + im_f_0_4*t148 + im_f_0_5*t148 + im_f_1_4*t149 + im_f_1_5*t149 + im_f_2_4*t150 + im_f_2_5*t150 + im_f_3_4*t151 + im_f_3_5*t151
    out[..., 5] = t156
    out[..., 6] = t147
    out[..., 7] = t156
    out[..., 8] = t133 + im_f_0_4*t157 + im_f_0_5*t157 + im_f_1_4*t158 + im_f_1_5*t158 + im_f_2_4*t159 + im_f_2_5*t159 + im_f_3_4*t160 + im_f_3_5*t160
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
    t0 = 0.38577046105426305*in_q_0
    t1 = -0.5 + t0
    im_x_0_0 = t1
    t2 = 0.38577046105426305*in_q_1
    im_x_0_1 = t2
    t3 = 0.38577046105426305*in_q_2
    t4 = -0.5 + t3
    im_x_0_2 = t4
    t5 = 1.0 + in_A_0
    im_y_0_0 = im_x_0_0*t5 + im_x_0_1*in_A_1 + im_x_0_2*in_A_2
    t6 = 1.0 + in_A_4
    im_y_0_1 = im_x_0_0*in_A_3 + im_x_0_1*t6 + im_x_0_2*in_A_5
    t7 = 1.0 + in_A_8
    im_y_0_2 = im_x_0_0*in_A_6 + im_x_0_1*in_A_7 + im_x_0_2*t7
    im_r2_0 = (im_y_0_0)**2 + (im_y_0_1)**2 + (im_y_0_2)**2
    im_f_0_2 = -5.986952112019223e-05/(im_r2_0)**7
    im_f_0_3 = 0.009082428092900273/(im_r2_0)**4
    im_x_1_0 = t1
    t8 = -0.5 + t2
    im_x_1_1 = t8
    im_x_1_2 = t3
    im_y_1_0 = im_x_1_0*t5 + im_x_1_1*in_A_1 + im_x_1_2*in_A_2
    im_y_1_1 = im_x_1_0*in_A_3 + im_x_1_1*t6 + im_x_1_2*in_A_5
    im_y_1_2 = im_x_1_0*in_A_6 + im_x_1_1*in_A_7 + im_x_1_2*t7
    im_r2_1 = (im_y_1_0)**2 + (im_y_1_1)**2 + (im_y_1_2)**2
    im_f_1_2 = -5.986952112019223e-05/(im_r2_1)**7
    im_f_1_3 = 0.009082428092900273/(im_r2_1)**4
    im_x_2_0 = t0
    im_x_2_1 = t2
    im_x_2_2 = t3
    im_y_2_0 = im_x_2_0*t5 + im_x_2_1*in_A_1 + im_x_2_2*in_A_2
    im_y_2_1 = im_x_2_0*in_A_3 + im_x_2_1*t6 + im_x_2_2*in_A_5
    im_y_2_2 = im_x_2_0*in_A_6 + im_x_2_1*in_A_7 + im_x_2_2*t7
    im_r2_2 = (im_y_2_0)**2 + (im_y_2_1)**2 + (im_y_2_2)**2
    im_f_2_2 = -5.986952112019223e-05/(im_r2_2)**7
    im_f_2_3 = 0.009082428092900273/(im_r2_2)**4
    im_x_3_0 = t0
    im_x_3_1 = t8
    im_x_3_2 = t4
    im_y_3_0 = im_x_3_0*t5 + im_x_3_1*in_A_1 + im_x_3_2*in_A_2
    im_y_3_1 = im_x_3_0*in_A_3 + im_x_3_1*t6 + im_x_3_2*in_A_5
    im_y_3_2 = im_x_3_0*in_A_6 + im_x_3_1*in_A_7 + im_x_3_2*t7
    im_r2_3 = (im_y_3_0)**2 + (im_y_3_1)**2 + (im_y_3_2)**2
    im_f_3_2 = -5.986952112019223e-05/(im_r2_3)**7
    im_f_3_3 = 0.009082428092900273/(im_r2_3)**4
    t10 = (0.5)*in_A_7
    t11 = (0.5)*in_A_1
    t12 = 0.5 + (0.5)*in_A_0
    t13 = (0.5)*in_A_3
    t14 = 0.5 + (0.5)*in_A_4
    t9 = (0.5)*in_A_6
    t15 = (t10 + t9)**2 + (t11 + t12)**2 + (t13 + t14)**2
    im_r2w_0 = t15
    t16 = -0.5*in_A_2
    t17 = -t10
    t18 = 0.5 + (0.5)*in_A_8
    t19 = -0.5*in_A_5
    t20 = (t17 + t18)**2 + (-t11 - t16)**2 + (-t14 - t19)**2
    im_r2w_1 = t20
    t21 = (0.5)*in_A_5
    t22 = (0.5)*in_A_2
    t23 = (t12 + t22)**2 + (t13 + t21)**2 + (t18 + t9)**2
    im_r2w_2 = t23
    t24 = (t11 - t12)**2 + (t14 - t13)**2 + (-t17 - t9)**2
    im_r2w_3 = t24
    t25 = (t18 - t9)**2 + (-t12 - t16)**2 + (-t13 - t19)**2
    im_r2w_4 = t25
    t26 = (t10 + t18)**2 + (t11 + t22)**2 + (t14 + t21)**2
    im_r2w_5 = t26
    im_r2w_6 = t15
    im_r2w_7 = t20
    im_r2w_8 = t23
    im_r2w_9 = t24
    im_r2w_10 = t25
    im_r2w_11 = t26
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
    t114 = 2.0*im_y_0_0
    t115 = im_x_0_0*t114
    t116 = 2.0*im_y_1_0
    t117 = im_x_1_0*t116
    t118 = 2.0*im_y_2_0
    t119 = im_x_2_0*t118
    t120 = 2.0*im_y_3_0
    t121 = im_x_3_0*t120
    t122 = im_x_0_1*t114
    t123 = im_x_1_1*t116
    t124 = im_x_2_1*t118
    t125 = im_x_3_1*t120
    t126 = im_x_0_2*t114
    t127 = im_x_1_2*t116
    t128 = im_x_2_2*t118
    t129 = im_x_3_2*t120
    t130 = 2.0*im_y_0_1
    t131 = im_x_0_0*t130
    t132 = 2.0*im_y_1_1
    t133 = im_x_1_0*t132
    t134 = 2.0*im_y_2_1
    t135 = im_x_2_0*t134
    t136 = 2.0*im_y_3_1
    t137 = im_x_3_0*t136
    t138 = im_x_0_1*t130
    t139 = im_x_1_1*t132
    t140 = im_x_2_1*t134
    t141 = im_x_3_1*t136
    t142 = im_x_0_2*t130
    t143 = im_x_1_2*t132
    t144 = im_x_2_2*t134
    t145 = im_x_3_2*t136
    t146 = 2.0*im_y_0_2
    t147 = im_x_0_0*t146
    t148 = 2.0*im_y_1_2
    t149 = im_x_1_0*t148
    t150 = 2.0*im_y_2_2
    t151 = im_x_2_0*t150
    t152 = 2.0*im_y_3_2
    t153 = im_x_3_0*t152
    t154 = im_x_0_1*t146
    t155 = im_x_1_1*t148
    t156 = im_x_2_1*t150
    t157 = im_x_3_1*t152
    t158 = im_x_0_2*t146
    t159 = im_x_1_2*t148
    t160 = im_x_2_2*t150
    t161 = im_x_3_2*t152
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
    if not numpy.all(numpy.asarray(0.3348424093995421 - im_r2_0) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.3348424093995421 - im_r2_1) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.3348424093995421 - im_r2_2) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.3348424093995421 - im_r2_3) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_0) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_1) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_3) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_4) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_5) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_6) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_7) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_8) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_9) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_10) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_11) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    out = numpy.empty(batch + (9,))
    out[..., 0] = im_f_0_2*t115 + im_f_0_3*t115 + im_f_1_2*t117 + im_f_1_3*t117 + im_f_2_2*t119 + im_f_2_3*t119 + im_f_3_2*t121 + im_f_3_3*t121
    out[..., 1] = im_f_0_2*t122 + im_f_0_3*t122 + im_f_1_2*t123 + im_f_1_3*t123 + im_f_2_2*t124 + im_f_2_3*t124 + im_f_3_2*t125 + im_f_3_3*t125
    out[..., 2] = im_f_0_2*t126 + im_f_0_3*t126 + im_f_1_2*t127 + im_f_1_3*t127 + im_f_2_2*t128 + im_f_2_3*t128 + im_f_3_2*t129 + im_f_3_3*t129
    out[..., 3] = im_f_0_2*t131 + im_f_0_3*t131 + im_f_1_2*t133 + im_f_1_3*t133 + im_f_2_2*t135 + im_f_2_3*t135 + im_f_3_2*t137 + im_f_3_3*t137
    out[..., 4] = im_f_0_2*t138 + im_f_0_3*t138 + im_f_1_2*t139 + im_f_1_3*t139 + im_f_2_2*t140 + im_f_2_3*t140 + im_f_3_2*t141 + im_f_3_3*t141
    out[..., 5] = im_f_0_2*t142 + im_f_0_3*t142 + im_f_1_2*t143 + im_f_1_3*t143 + im_f_2_2*t144 + im_f_2_3*t144 + im_f_3_2*t145 + im_f_3_3*t145
    out[..., 6] = im_f_0_2*t147 + im_f_0_3*t147 + im_f_1_2*t149 + im_f_1_3*t149 + im_f_2_2*t151 + im_f_2_3*t151 + im_f_3_2*t153 + im_f_3_3*t153
    out[..., 7] = im_f_0_2*t154 + im_f_0_3*t154 + im_f_1_2*t155 + im_f_1_3*t155 + im_f_2_2*t156 + im_f_2_3*t156 + im_f_3_2*t157 + im_f_3_3*t157
    out[..., 8] = im_f_0_2*t158 + im_f_0_3*t158 + im_f_1_2*t159 + im_f_1_3*t159 + im_f_2_2*t160 + im_f_2_3*t160 + im_f_3_2*t161 + im_f_3_3*t161
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
    t0 = 0.38577046105426305*in_q_0
    t1 = -0.5 + t0
    im_x_0_0 = t1
    t2 = 0.38577046105426305*in_q_1
    im_x_0_1 = t2
    t3 = 0.38577046105426305*in_q_2
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
    im_f_0_2 = -5.986952112019223e-05/(im_r2_0)**7
    im_f_0_3 = 0.009082428092900273/(im_r2_0)**4
    im_f_0_4 = -0.03632971237160109/(im_r2_0)**5
    im_f_0_5 = 0.0004190866478413456/(im_r2_0)**8
    im_x_1_0 = t1
    t11 = -0.5 + t2
    im_x_1_1 = t11
    im_x_1_2 = t3
    im_y_1_0 = im_x_1_0*t5 + im_x_1_1*in_A_1 + im_x_1_2*in_A_2
    im_y_1_1 = im_x_1_0*in_A_3 + im_x_1_1*t6 + im_x_1_2*in_A_5
    im_y_1_2 = im_x_1_0*in_A_6 + im_x_1_1*in_A_7 + im_x_1_2*t7
    t12 = (im_y_1_0)**2
    t13 = (im_y_1_1)**2
    t14 = (im_y_1_2)**2
    im_r2_1 = t12 + t13 + t14
    im_f_1_2 = -5.986952112019223e-05/(im_r2_1)**7
    im_f_1_3 = 0.009082428092900273/(im_r2_1)**4
    im_f_1_4 = -0.03632971237160109/(im_r2_1)**5
    im_f_1_5 = 0.0004190866478413456/(im_r2_1)**8
    im_x_2_0 = t0
    im_x_2_1 = t2
    im_x_2_2 = t3
    im_y_2_0 = im_x_2_0*t5 + im_x_2_1*in_A_1 + im_x_2_2*in_A_2
    im_y_2_1 = im_x_2_0*in_A_3 + im_x_2_1*t6 + im_x_2_2*in_A_5
    im_y_2_2 = im_x_2_0*in_A_6 + im_x_2_1*in_A_7 + im_x_2_2*t7
    t15 = (im_y_2_0)**2
    t16 = (im_y_2_1)**2
    t17 = (im_y_2_2)**2
    im_r2_2 = t15 + t16 + t17
    im_f_2_2 = -5.986952112019223e-05/(im_r2_2)**7
    im_f_2_3 = 0.009082428092900273/(im_r2_2)**4
    im_f_2_4 = -0.03632971237160109/(im_r2_2)**5
    im_f_2_5 = 0.0004190866478413456/(im_r2_2)**8
    im_x_3_0 = t0
    im_x_3_1 = t11
    im_x_3_2 = t4
    im_y_3_0 = im_x_3_0*t5 + im_x_3_1*in_A_1 + im_x_3_2*in_A_2
    im_y_3_1 = im_x_3_0*in_A_3 + im_x_3_1*t6 + im_x_3_2*in_A_5
    im_y_3_2 = im_x_3_0*in_A_6 + im_x_3_1*in_A_7 + im_x_3_2*t7
    t18 = (im_y_3_0)**2
    t19 = (im_y_3_1)**2
    t20 = (im_y_3_2)**2
    im_r2_3 = t18 + t19 + t20
    im_f_3_2 = -5.986952112019223e-05/(im_r2_3)**7
    im_f_3_3 = 0.009082428092900273/(im_r2_3)**4
    im_f_3_4 = -0.03632971237160109/(im_r2_3)**5
    im_f_3_5 = 0.0004190866478413456/(im_r2_3)**8
    t21 = (0.5)*in_A_6
    t22 = (0.5)*in_A_7
    t23 = (0.5)*in_A_1
    t24 = 0.5 + (0.5)*in_A_0
    t25 = (0.5)*in_A_3
    t26 = 0.5 + (0.5)*in_A_4
    t27 = (t21 + t22)**2 + (t23 + t24)**2 + (t25 + t26)**2
    im_r2w_0 = t27
    t28 = -0.5*in_A_2
    t29 = -t22
    t30 = 0.5 + (0.5)*in_A_8
    t31 = -0.5*in_A_5
    t32 = (t29 + t30)**2 + (-t23 - t28)**2 + (-t26 - t31)**2
    im_r2w_1 = t32
    t33 = (0.5)*in_A_5
    t34 = (0.5)*in_A_2
    t35 = (t21 + t30)**2 + (t24 + t34)**2 + (t25 + t33)**2
    im_r2w_2 = t35
    t36 = (t23 - t24)**2 + (t26 - t25)**2 + (-t21 - t29)**2
    im_r2w_3 = t36
    t37 = (t30 - t21)**2 + (-t24 - t28)**2 + (-t25 - t31)**2
    im_r2w_4 = t37
    t38 = (t22 + t30)**2 + (t23 + t34)**2 + (t26 + t33)**2
    im_r2w_5 = t38
    im_r2w_6 = t27
    im_r2w_7 = t32
    im_r2w_8 = t35
    im_r2w_9 = t36
    im_r2w_10 = t37
    im_r2w_11 = t38
    t39 = in_A_0*in_A_4
    t40 = in_A_0*in_A_8
    t41 = in_A_4*in_A_8
    t42 = in_A_1*in_A_3
    t43 = in_A_2*in_A_6
    t44 = in_A_5*in_A_7
    t45 = in_A_8*t39
    t46 = in_A_1*in_A_6
    t47 = in_A_5*t46
    t48 = in_A_3*in_A_7
    t49 = in_A_2*t48
    t50 = in_A_0*t44
    t51 = in_A_8*t42
    t52 = in_A_4*t43
    t53 = (in_A_0)**2
    t54 = (in_A_3)**2
    t55 = (in_A_6)**2
    t56 = 2.0*in_A_0
    t57 = (in_A_1)**2
    t58 = (0.81)*t57
    t59 = (0.81)*t54
    t60 = (0.38)*in_A_0
    t61 = (0.38)*in_A_4
    t62 = (0.19)*t53
    t63 = (in_A_4)**2
    t64 = (0.19)*t63
    t65 = (0.19)*t55
    t66 = (in_A_7)**2
    t67 = (0.19)*t66
    t68 = t53*t63
    t69 = t53*t66
    t70 = t54*t57
    t71 = t55*t57
    t72 = t54*t66
    t73 = t55*t63
    t74 = 2.0*t42
    t75 = t56*t63
    t76 = t56*t66
    t77 = 2.0*in_A_4
    t78 = t53*t77
    t79 = t55*t77
    t80 = 4.0*t39
    t81 = t42*t56
    t82 = in_A_4*t74
    t83 = in_A_7*t46
    t84 = 2.0*t83
    t85 = in_A_6*t48
    t86 = 2.0*t85
    t87 = t56*t83
    t88 = t77*t85
    t89 = (in_A_2)**2
    t90 = (in_A_5)**2
    t91 = (in_A_8)**2
    t92 = (1.62)*in_A_0
    t93 = (1.62)*in_A_4
    t94 = (1.62)*in_A_8
    t95 = (0.81)*t90
    t96 = (0.81)*t89
    t97 = (0.38)*t42
    t98 = (0.38)*t43
    t99 = (0.38)*t44
    t100 = (0.38)*in_A_8
    t101 = t74*t91
    t102 = 2.0*t43
    t103 = t102*t63
    t104 = 2.0*t44
    t105 = t104*t53
    t106 = 2.0*t47
    t107 = 2.0*t49
    t108 = 2.0*in_A_8
    t109 = 4.0*t40
    t110 = 4.0*t41
    t111 = (1.62)*in_A_5
    t112 = in_A_1*in_A_2
    t113 = in_A_7*t112
    t114 = in_A_3*t111
    t115 = 2.0*in_A_5
    t116 = t113*t54
    t117 = in_A_3*t115
    t118 = in_A_6*t57
    t119 = t43*t74
    t120 = t44*t74
    t121 = t102*t44
    t122 = in_A_3*in_A_5
    t123 = in_A_2*t122
    t124 = in_A_5*t112
    t125 = 4.0*t45
    t126 = (im_x_0_0)**2
    t127 = 4.0*t8
    t128 = t126*t127
    t129 = (im_x_1_0)**2
    t130 = 4.0*t12
    t131 = t129*t130
    t132 = (im_x_2_0)**2
    t133 = 4.0*t15
    t134 = t132*t133
    t135 = (im_x_3_0)**2
    t136 = 4.0*t18
    t137 = t135*t136
    t138 = 2.0*t126
    t139 = 2.0*t129
    t140 = 2.0*t132
    t141 = 2.0*t135
    t142 = im_f_0_2*t138 + im_f_0_3*t138 + im_f_1_2*t139 + im_f_1_3*t139 + im_f_2_2*t140 + im_f_2_3*t140 + im_f_3_2*t141 + im_f_3_3*t141
    t143 = im_x_0_0*t127
    t144 = im_x_0_1*t143
    t145 = im_x_1_0*t130
    t146 = im_x_1_1*t145
    t147 = im_x_2_0*t133
    t148 = im_x_2_1*t147
    t149 = im_x_3_0*t136
    t150 = im_x_3_1*t149
    t151 = 2.0*im_x_0_0
    t152 = im_x_0_1*t151
    t153 = 2.0*im_x_1_0
    t154 = im_x_1_1*t153
    t155 = 2.0*im_x_2_0
    t156 = im_x_2_1*t155
    t157 = 2.0*im_x_3_0
    t158 = im_x_3_1*t157
    t159 = im_f_0_2*t152 + im_f_0_3*t152 + im_f_1_2*t154 + im_f_1_3*t154 + im_f_2_2*t156 + im_f_2_3*t156 + im_f_3_2*t158 + im_f_3_3*t158
    t160 = t159 + im_f_0_4*t144 + im_f_0_5*t144 + im_f_1_4*t146 + im_f_1_5*t146 + im_f_2_4*t148 + im_f_2_5*t148 + im_f_3_4*t150 + im_f_3_5*t150
    t161 = im_x_0_2*t143
    t162 = im_x_1_2*t145
    t163 = im_x_2_2*t147
    t164 = im_x_3_2*t149
    t165 = im_x_0_2*t151
    t166 = im_x_1_2*t153
    t167 = im_x_2_2*t155
    t168 = im_x_3_2*t157
    t169 = im_f_0_2*t165 + im_f_0_3*t165 + im_f_1_2*t166 + im_f_1_3*t166 + im_f_2_2*t167 + im_f_2_3*t167 + im_f_3_2*t168 + im_f_3_3*t168
    t170 = t169 + im_f_0_4*t161 + im_f_0_5*t161 + im_f_1_4*t162 + im_f_1_5*t162 + im_f_2_4*t163 + im_f_2_5*t163 + im_f_3_4*t164 + im_f_3_5*t164
    t171 = 4.0*im_y_0_0
    t172 = t126*t171
    t173 = im_f_0_4*im_y_0_1
    t174 = im_f_0_5*t172
    t175 = 4.0*im_y_1_0
    t176 = t129*t175
    t177 = im_f_1_4*im_y_1_1
    t178 = im_f_1_5*t176
    t179 = 4.0*im_y_2_0
    t180 = t132*t179
    t181 = im_f_2_4*im_y_2_1
    t182 = im_f_2_5*t180
    t183 = 4.0*im_y_3_0
    t184 = t135*t183
    t185 = im_f_3_4*im_y_3_1
    t186 = im_f_3_5*t184
    t187 = im_y_0_1*t174 + im_y_1_1*t178 + im_y_2_1*t182 + im_y_3_1*t186 + t172*t173 + t176*t177 + t180*t181 + t184*t185
    t188 = im_x_0_0*t171
    t189 = im_x_0_1*t188
    t190 = im_f_0_5*im_y_0_1
    t191 = im_x_1_0*t175
    t192 = im_x_1_1*t191
    t193 = im_f_1_5*im_y_1_1
    t194 = im_x_2_0*t179
    t195 = im_x_2_1*t194
    t196 = im_f_2_5*im_y_2_1
    t197 = im_x_3_0*t183
    t198 = im_x_3_1*t197
    t199 = im_f_3_5*im_y_3_1
    t200 = t173*t189 + t177*t192 + t181*t195 + t185*t198 + t189*t190 + t192*t193 + t195*t196 + t198*t199
    t201 = im_x_0_2*t188
    t202 = im_x_1_2*t191
    t203 = im_x_2_2*t194
    t204 = im_x_3_2*t197
    t205 = t173*t201 + t177*t202 + t181*t203 + t185*t204 + t190*t201 + t193*t202 + t196*t203 + t199*t204
    t206 = im_f_0_4*im_y_0_2
    t207 = im_f_1_4*im_y_1_2
    t208 = im_f_2_4*im_y_2_2
    t209 = im_f_3_4*im_y_3_2
    t210 = im_y_0_2*t174 + im_y_1_2*t178 + im_y_2_2*t182 + im_y_3_2*t186 + t172*t206 + t176*t207 + t180*t208 + t184*t209
    t211 = im_f_0_5*im_y_0_2
    t212 = im_f_1_5*im_y_1_2
    t213 = im_f_2_5*im_y_2_2
    t214 = im_f_3_5*im_y_3_2
    t215 = t189*t206 + t189*t211 + t192*t207 + t192*t212 + t195*t208 + t195*t213 + t198*t209 + t198*t214
    t216 = t201*t206 + t201*t211 + t202*t207 + t202*t212 + t203*t208 + t203*t213 + t204*t209 + t204*t214
    t217 = (im_x_0_1)**2
    t218 = t127*t217
    t219 = (im_x_1_1)**2
    t220 = t130*t219
    t221 = (im_x_2_1)**2
    t222 = t133*t221
    t223 = (im_x_3_1)**2
    t224 = t136*t223
    t225 = 2.0*t217
    t226 = 2.0*t219
    t227 = 2.0*t221
    t228 = 2.0*t223
    t229 = im_f_0_2*t225 + im_f_0_3*t225 + im_f_1_2*t226 + im_f_1_3*t226 + im_f_2_2*t227 + im_f_2_3*t227 + im_f_3_2*t228 + im_f_3_3*t228
    t230 = im_x_0_1*im_x_0_2
    t231 = t127*t230
    t232 = im_x_1_1*im_x_1_2
    t233 = t130*t232
    t234 = im_x_2_1*im_x_2_2
    t235 = t133*t234
    t236 = im_x_3_1*im_x_3_2
    t237 = t136*t236
    t238 = 2.0*t230
    t239 = 2.0*t232
    t240 = 2.0*t234
    t241 = 2.0*t236
    t242 = im_f_0_2*t238 + im_f_0_3*t238 + im_f_1_2*t239 + im_f_1_3*t239 + im_f_2_2*t240 + im_f_2_3*t240 + im_f_3_2*t241 + im_f_3_3*t241
    t243 = t242 + im_f_0_4*t231 + im_f_0_5*t231 + im_f_1_4*t233 + im_f_1_5*t233 + im_f_2_4*t235 + im_f_2_5*t235 + im_f_3_4*t237 + im_f_3_5*t237
    t244 = t171*t217
    t245 = im_f_0_5*t244
    t246 = t175*t219
    t247 = im_f_1_5*t246
    t248 = t179*t221
    t249 = im_f_2_5*t248
    t250 = t183*t223
    t251 = im_f_3_5*t250
    t252 = im_y_0_1*t245 + im_y_1_1*t247 + im_y_2_1*t249 + im_y_3_1*t251 + t173*t244 + t177*t246 + t181*t248 + t185*t250
    t253 = t171*t230
    t254 = t175*t232
    t255 = t179*t234
    t256 = t183*t236
    t257 = t173*t253 + t177*t254 + t181*t255 + t185*t256 + t190*t253 + t193*t254 + t196*t255 + t199*t256
    t258 = im_y_0_2*t245 + im_y_1_2*t247 + im_y_2_2*t249 + im_y_3_2*t251 + t206*t244 + t207*t246 + t208*t248 + t209*t250
    t259 = t206*t253 + t207*t254 + t208*t255 + t209*t256 + t211*t253 + t212*t254 + t213*t255 + t214*t256
    t260 = (im_x_0_2)**2
    t261 = t127*t260
    t262 = (im_x_1_2)**2
    t263 = t130*t262
    t264 = (im_x_2_2)**2
    t265 = t133*t264
    t266 = (im_x_3_2)**2
    t267 = t136*t266
    t268 = 2.0*t260
    t269 = 2.0*t262
    t270 = 2.0*t264
    t271 = 2.0*t266
    t272 = im_f_0_2*t268 + im_f_0_3*t268 + im_f_1_2*t269 + im_f_1_3*t269 + im_f_2_2*t270 + im_f_2_3*t270 + im_f_3_2*t271 + im_f_3_3*t271
    t273 = t171*t260
    t274 = im_f_0_5*t273
    t275 = t175*t262
    t276 = im_f_1_5*t275
    t277 = t179*t264
    t278 = im_f_2_5*t277
    t279 = t183*t266
    t280 = im_f_3_5*t279
    t281 = im_y_0_1*t274 + im_y_1_1*t276 + im_y_2_1*t278 + im_y_3_1*t280 + t173*t273 + t177*t275 + t181*t277 + t185*t279
    t282 = im_y_0_2*t274 + im_y_1_2*t276 + im_y_2_2*t278 + im_y_3_2*t280 + t206*t273 + t207*t275 + t208*t277 + t209*t279
    t283 = 4.0*t9
    t284 = t126*t283
    t285 = 4.0*t13
    t286 = t129*t285
    t287 = 4.0*t16
    t288 = t132*t287
    t289 = 4.0*t19
    t290 = t135*t289
    t291 = im_x_0_0*t283
    t292 = im_x_0_1*t291
    t293 = im_x_1_0*t285
    t294 = im_x_1_1*t293
    t295 = im_x_2_0*t287
    t296 = im_x_2_1*t295
    t297 = im_x_3_0*t289
    t298 = im_x_3_1*t297
    t299 = t159 + im_f_0_4*t292 + im_f_0_5*t292 + im_f_1_4*t294 + im_f_1_5*t294 + im_f_2_4*t296 + im_f_2_5*t296 + im_f_3_4*t298 + im_f_3_5*t298
    t300 = im_x_0_2*t291
    t301 = im_x_1_2*t293
    t302 = im_x_2_2*t295
    t303 = im_x_3_2*t297
    t304 = t169 + im_f_0_4*t300 + im_f_0_5*t300 + im_f_1_4*t301 + im_f_1_5*t301 + im_f_2_4*t302 + im_f_2_5*t302 + im_f_3_4*t303 + im_f_3_5*t303
    t305 = 4.0*im_y_0_2
    t306 = t126*t305
    t307 = 4.0*im_y_1_2
    t308 = t129*t307
    t309 = 4.0*im_y_2_2
    t310 = t132*t309
    t311 = 4.0*im_y_3_2
    t312 = t135*t311
    t313 = t173*t306 + t177*t308 + t181*t310 + t185*t312 + t190*t306 + t193*t308 + t196*t310 + t199*t312
    t314 = im_x_0_0*t305
    t315 = im_x_0_1*t314
    t316 = im_x_1_0*t307
    t317 = im_x_1_1*t316
    t318 = im_x_2_0*t309
    t319 = im_x_2_1*t318
    t320 = im_x_3_0*t311
    t321 = im_x_3_1*t320
    t322 = t173*t315 + t177*t317 + t181*t319 + t185*t321 + t190*t315 + t193*t317 + t196*t319 + t199*t321
    t323 = im_x_0_2*t314
    t324 = im_x_1_2*t316
    t325 = im_x_2_2*t318
    t326 = im_x_3_2*t320
    t327 = t173*t323 + t177*t324 + t181*t325 + t185*t326 + t190*t323 + t193*t324 + t196*t325 + t199*t326
    t328 = t217*t283
    t329 = t219*t285
    t330 = t221*t287
    t331 = t223*t289
    t332 = t230*t283
    t333 = t232*t285
    t334 = t234*t287
    t335 = t236*t289
    t336 = t242 + im_f_0_4*t332 + im_f_0_5*t332 + im_f_1_4*t333 + im_f_1_5*t333 + im_f_2_4*t334 + im_f_2_5*t334 + im_f_3_4*t335 + im_f_3_5*t335
    t337 = t217*t305
    t338 = t219*t307
    t339 = t221*t309
    t340 = t223*t311
    t341 = t173*t337 + t177*t338 + t181*t339 + t185*t340 + t190*t337 + t193*t338 + t196*t339 + t199*t340
    t342 = t230*t305
    t343 = t232*t307
    t344 = t234*t309
    t345 = t236*t311
    t346 = t173*t342 + t177*t343 + t181*t344 + t185*t345 + t190*t342 + t193*t343 + t196*t344 + t199*t345
    t347 = t260*t283
    t348 = t262*t285
    t349 = t264*t287
    t350 = t266*t289
    t351 = t260*t305
    t352 = t262*t307
    t353 = t264*t309
    t354 = t266*t311
    t355 = t173*t351 + t177*t352 + t181*t353 + t185*t354 + t190*t351 + t193*t352 + t196*t353 + t199*t354
    t356 = 4.0*t10
    t357 = t126*t356
    t358 = 4.0*t14
    t359 = t129*t358
    t360 = 4.0*t17
    t361 = t132*t360
    t362 = 4.0*t20
    t363 = t135*t362
    t364 = im_x_0_0*t356
    t365 = im_x_0_1*t364
    t366 = im_x_1_0*t358
    t367 = im_x_1_1*t366
    t368 = im_x_2_0*t360
    t369 = im_x_2_1*t368
    t370 = im_x_3_0*t362
    t371 = im_x_3_1*t370
    t372 = t159 + im_f_0_4*t365 + im_f_0_5*t365 + im_f_1_4*t367 + im_f_1_5*t367 + im_f_2_4*t369 + im_f_2_5*t369 + im_f_3_4*t371 + im_f_3_5*t371
    t373 = im_x_0_2*t364
    t374 = im_x_1_2*t366
    t375 = im_x_2_2*t368
    t376 = im_x_3_2*t370
    t377 = t169 + im_f_0_4*t373 + im_f_0_5*t373 + im_f_1_4*t374 + im_f_1_5*t374 + im_f_2_4*t375 + im_f_2_5*t375 + im_f_3_4*t376 + im_f_3_5*t376
    t378 = t217*t356
    t379 = t219*t358
    t380 = t221*t360
    t381 = t223*t362
    t382 = t230*t356
    t383 = t232*t358
    t384 = t234*t360
    t385 = t236*t362
    t386 = t242 + im_f_0_4*t382 + im_f_0_5*t382 + im_f_1_4*t383 + im_f_1_5*t383 + im_f_2_4*t384 + im_f_2_5*t384 + im_f_3_4*t385 + im_f_3_5*t385
    t387 = t260*t356
    t388 = t262*t358
    t389 = t264*t360
    t390 = t266*t362
    if not numpy.all(numpy.asarray(in_A_4 + in_A_8 + t39 + t40 + t41 + t45 + t47 + t49 + t5 - t42 - t43 - t44 - t50 - t51 - t52) > 0):
        raise ValueError("det(I + A) must be positive (the deformation inverts the crystal)")
    if not numpy.all(numpy.asarray(0.0087890625 - (-0.6480537657465552 - 0.6480537657465552*in_A_0 - 0.6480537657465552*in_A_1 - 0.6480537657465552*in_A_2 + in_A_1*in_q_1 + in_A_2*in_q_2 + in_q_0*t5)**2 - (-0.6480537657465552 - 0.6480537657465552*in_A_3 - 0.6480537657465552*in_A_4 - 0.6480537657465552*in_A_5 + in_A_3*in_q_0 + in_A_5*in_q_2 + in_q_1*t6)**2 - (-0.6480537657465552 - 0.6480537657465552*in_A_6 - 0.6480537657465552*in_A_7 - 0.6480537657465552*in_A_8 + in_A_6*in_q_0 + in_A_7*in_q_1 + in_q_2*t7)**2) > 0):
        raise ValueError("shift p1 moved more than 0.0938 from its affine position (outside the range where the neighbour set is valid)")
    if not numpy.all(numpy.asarray(0.19 + t53 + t54 + t55 + t56) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.0361 + t60 + t61 + t62 + t64 + t65 + t67 + t68 + t69 + t70 + t71 + t72 + t73 + t75 + t76 + t78 + t79 + t80 - t58 - t59 - t74 - t81 - t82 - t84 - t86 - t87 - t88 - t39*t74) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.006859 + t106 + t107 + t119 + t120 + t121 - t101 - t103 - t105 - t97 - t98 - t99 - 4.0*t50 - 4.0*t51 - 4.0*t52 - 2.0*t116 + 8.0*t45 - 0.1539*t54 - 0.1539*t55 - 0.1539*t57 - 0.1539*t66 - 0.1539*t89 - 0.1539*t90 - 0.81*t69 - 0.81*t73 + (0.76)*t39 + (0.76)*t40 + (0.76)*t41 + (0.19)*t70 + (1.62)*t113 + (1.62)*t83 + (1.62)*t85 + (0.0722)*in_A_0 + (0.0722)*in_A_4 + (0.0722)*in_A_8 + (0.0361)*t53 + (0.0361)*t63 + (0.0361)*t91 + in_A_2*t114 + in_A_6*t114 + in_A_8*t106 + in_A_8*t107 + t100*t53 + t100*t63 + t102*t51 + t104*t51 + t104*t52 + t106*t39 + t106*t40 + t106*t41 + t106*t45 + t107*t39 + t107*t40 + t107*t41 + t107*t45 + t108*t68 + t108*t70 + t109*t63 + t110*t53 + t111*t112 + t113*t94 + t119*t41 + t119*t44 + t120*t40 + t121*t39 + t123*t92 + t124*t93 + t44*t81 + t47*t56 + t47*t77 + t49*t56 + t49*t77 + t52*t74 + t53*t61 + t60*t63 + t60*t91 + t61*t91 + t62*t63 + t62*t91 + t64*t91 + t65*t89 + t67*t90 + t68*t91 + t69*t90 + t70*t91 + t71*t90 + t72*t89 + t73*t89 + t75*t91 + t76*t90 + t78*t91 + t79*t89 + t80*t91 + t83*t92 + t85*t93 - in_A_8*t103 - in_A_8*t105 - in_A_8*t98 - in_A_8*t99 - t101*t39 - t103*t40 - t105*t41 - t108*t116 - t109*t42 - t109*t44 - t110*t42 - t110*t43 - t117*t118 - t123*t76 - t124*t79 - t125*t42 - t125*t43 - t125*t44 - t39*t97 - t40*t98 - t41*t99 - t42*t60 - t42*t61 - t43*t60 - t43*t75 - t43*t80 - t44*t61 - t44*t78 - t44*t80 - t53*t95 - t54*t94 - t55*t58 - t55*t93 - t55*t95 - t57*t94 - t58*t90 - t58*t91 - t59*t66 - t59*t89 - t59*t91 - t63*t96 - t66*t92 - t66*t96 - t81*t91 - t82*t91 - t84*t90 - t86*t89 - t87*t90 - t88*t89 - t89*t93 - t90*t92 + in_A_6*t122*t94 + t43*t44*t56 - in_A_2*t117*t66 - t108*t118*t122 - t112*t115*t55) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.9: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.3348424093995421 - im_r2_0) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.3348424093995421 - im_r2_1) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.3348424093995421 - im_r2_2) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(0.3348424093995421 - im_r2_3) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_0) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_1) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_3) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_4) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_5) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_6) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_7) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_8) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_9) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_10) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-0.3348424093995421 + im_r2w_11) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    out = numpy.empty(batch + (81,))
    out[..., 0] = t142 + im_f_0_4*t128 + im_f_0_5*t128 + im_f_1_4*t131 + im_f_1_5*t131 + im_f_2_4*t134 + im_f_2_5*t134 + im_f_3_4*t137 + im_f_3_5*t137
    out[..., 1] = t160
    out[..., 2] = t170
    out[..., 3] = t187
    out[..., 4] = t200
    out[..., 5] = t205
    out[..., 6] = t210
    out[..., 7] = t215
    out[..., 8] = t216
    out[..., 9] = t160
    out[..., 10] = t229 + im_f_0_4*t218 + im_f_0_5*t218 + im_f_1_4*t220 + im_f_1_5*t220 + im_f_2_4*t222 + im_f_2_5*t222 + im_f_3_4*t224 + im_f_3_5*t224
    out[..., 11] = t243
    out[..., 12] = t200
    out[..., 13] = t252
    out[..., 14] = t257
    out[..., 15] = t215
    out[..., 16] = t258
    out[..., 17] = t259
    out[..., 18] = t170
    out[..., 19] = t243
    out[..., 20] = t272 + im_f_0_4*t261 + im_f_0_5*t261 + im_f_1_4*t263 + im_f_1_5*t263 + im_f_2_4*t265 + im_f_2_5*t265 + im_f_3_4*t267 + im_f_3_5*t267
    out[..., 21] = t205
    out[..., 22] = t257
    out[..., 23] = t281
    out[..., 24] = t216
    out[..., 25] = t259
    out[..., 26] = t282
    out[..., 27] = t187
    out[..., 28] = t200
    out[..., 29] = t205
    out[..., 30] = t142 + im_f_0_4*t284 + im_f_0_5*t284 + im_f_1_4*t286 + im_f_1_5*t286 + im_f_2_4*t288 + im_f_2_5*t288 + im_f_3_4*t290 + im_f_3_5*t290
    out[..., 31] = t299
    out[..., 32] = t304
    out[..., 33] = t313
    out[..., 34] = t322
    out[..., 35] = t327
    out[..., 36] = t200
    out[..., 37] = t252
    out[..., 38] = t257
    out[..., 39] = t299
    out[..., 40] = t229 + im_f_0_4*t328 + im_f_0_5*t328 + im_f_1_4*t329 + im_f_1_5*t329 + im_f_2_4*t330 + im_f_2_5*t330 + im_f_3_4*t331 + im_f_3_5*t331
    out[..., 41] = t336
    out[..., 42] = t322
    out[..., 43] = t341
    out[..., 44] = t346
    out[..., 45] = t205
    out[..., 46] = t257
    out[..., 47] = t281
    out[..., 48] = t304
    out[..., 49] = t336
    out[..., 50] = t272 + im_f_0_4*t347 + im_f_0_5*t347 + im_f_1_4*t348 + im_f_1_5*t348 + im_f_2_4*t349 + im_f_2_5*t349 + im_f_3_4*t350 + im_f_3_5*t350
    out[..., 51] = t327
    out[..., 52] = t346
    out[..., 53] = t355
    out[..., 54] = t210
    out[..., 55] = t215
    out[..., 56] = t216
    out[..., 57] = t313
    out[..., 58] = t322
    out[..., 59] = t327
    out[..., 60] = t142 + im_f_0_4*t357 + im_f_0_5*t357 + im_f_1_4*t359 + im_f_1_5*t359 + im_f_2_4*t361 + im_f_2_5*t361 + im_f_3_4*t363 + im_f_3_5*t363
    out[..., 61] = t372
    out[..., 62] = t377
    out[..., 63] = t215
    out[..., 64] = t258
    out[..., 65] = t259
    out[..., 66] = t322
    out[..., 67] = t341
    out[..., 68] = t346
    out[..., 69] = t372
    out[..., 70] = t229 + im_f_0_4*t378 + im_f_0_5*t378 + im_f_1_4*t379 + im_f_1_5*t379 + im_f_2_4*t380 + im_f_2_5*t380 + im_f_3_4*t381 + im_f_3_5*t381
    out[..., 71] = t386
    out[..., 72] = t216
    out[..., 73] = t259
    out[..., 74] = t282
    out[..., 75] = t327
    out[..., 76] = t346
    out[..., 77] = t355
    out[..., 78] = t377
    out[..., 79] = t386
    out[..., 80] = t272 + im_f_0_4*t387 + im_f_0_5*t387 + im_f_1_4*t388 + im_f_1_5*t388 + im_f_2_4*t389 + im_f_2_5*t389 + im_f_3_4*t390 + im_f_3_5*t390
    return out.reshape(batch + (3, 3, 3, 3,))
