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
    out[..., 0] = 9.978253520032038e-06/(im_r2_0)**6 + 9.978253520032038e-06/(im_r2_1)**6 + 9.978253520032038e-06/(im_r2_2)**6 + 9.978253520032038e-06/(im_r2_3)**6 - 0.0030274760309667577/(im_r2_0)**3 - 0.0030274760309667577/(im_r2_1)**3 - 0.0030274760309667577/(im_r2_2)**3 - 0.0030274760309667577/(im_r2_3)**3
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
    t117 = 0.009082428092900273/(im_r2_1)**4
    t118 = (im_r2_1)**-7
    t119 = im_y_1_0*t117 - 5.986952112019223e-05*im_y_1_0*t118
    t120 = 0.009082428092900273/(im_r2_0)**4
    t121 = (im_r2_0)**-7
    t122 = im_y_0_0*t120 - 5.986952112019223e-05*im_y_0_0*t121
    t123 = 0.009082428092900273/(im_r2_3)**4
    t124 = (im_r2_3)**-7
    t125 = im_y_3_0*t123 - 5.986952112019223e-05*im_y_3_0*t124
    t126 = im_y_1_1*t117 - 5.986952112019223e-05*im_y_1_1*t118
    t127 = im_y_0_1*t120 - 5.986952112019223e-05*im_y_0_1*t121
    t128 = im_y_3_1*t123 - 5.986952112019223e-05*im_y_3_1*t124
    t129 = im_y_1_2*t117 - 5.986952112019223e-05*im_y_1_2*t118
    t130 = im_y_0_2*t120 - 5.986952112019223e-05*im_y_0_2*t121
    t131 = im_y_3_2*t123 - 5.986952112019223e-05*im_y_3_2*t124
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
    out[..., 0] = -t119 - t122
    out[..., 1] = -t119 - t125
    out[..., 2] = -t122 - t125
    out[..., 3] = -t126 - t127
    out[..., 4] = -t126 - t128
    out[..., 5] = -t127 - t128
    out[..., 6] = -t129 - t130
    out[..., 7] = -t129 - t131
    out[..., 8] = -t130 - t131
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
    t126 = (im_r2_1)**-8
    t127 = 0.0004190866478413456*t126
    t128 = 0.03632971237160109/(im_r2_1)**5
    t129 = 0.004541214046450136/(im_r2_1)**4 - 2.9934760560096116e-05/(im_r2_1)**7
    t130 = t129 + t127*t21 - t128*t21
    t131 = (im_r2_0)**-8
    t132 = 0.0004190866478413456*t131
    t133 = 0.03632971237160109/(im_r2_0)**5
    t134 = 0.004541214046450136/(im_r2_0)**4 - 2.9934760560096116e-05/(im_r2_0)**7
    t135 = t134 + t12*t132 - t12*t133
    t136 = im_y_1_0*im_y_1_1*t128 - 0.0004190866478413456*im_y_1_0*im_y_1_1*t126
    t137 = im_y_0_0*im_y_0_1*t133 - 0.0004190866478413456*im_y_0_0*im_y_0_1*t131
    t138 = -t136 - t137
    t139 = -t136
    t140 = -t137
    t141 = im_y_1_0*im_y_1_2*t128 - 0.0004190866478413456*im_y_1_0*im_y_1_2*t126
    t142 = im_y_0_0*im_y_0_2*t133 - 0.0004190866478413456*im_y_0_0*im_y_0_2*t131
    t143 = -t141 - t142
    t144 = -t141
    t145 = -t142
    t146 = (im_r2_3)**-8
    t147 = 0.0004190866478413456*t146
    t148 = 0.03632971237160109/(im_r2_3)**5
    t149 = 0.004541214046450136/(im_r2_3)**4 - 2.9934760560096116e-05/(im_r2_3)**7
    t150 = t149 + t147*t27 - t148*t27
    t151 = im_y_3_0*im_y_3_1*t148 - 0.0004190866478413456*im_y_3_0*im_y_3_1*t146
    t152 = -t136 - t151
    t153 = -t151
    t154 = im_y_3_0*im_y_3_2*t148 - 0.0004190866478413456*im_y_3_0*im_y_3_2*t146
    t155 = -t141 - t154
    t156 = -t154
    t157 = -t137 - t151
    t158 = -t142 - t154
    t159 = t129 + t127*t22 - t128*t22
    t160 = t134 + t13*t132 - t13*t133
    t161 = im_y_1_1*im_y_1_2*t128 - 0.0004190866478413456*im_y_1_1*im_y_1_2*t126
    t162 = im_y_0_1*im_y_0_2*t133 - 0.0004190866478413456*im_y_0_1*im_y_0_2*t131
    t163 = -t161 - t162
    t164 = -t161
    t165 = -t162
    t166 = t149 + t147*t28 - t148*t28
    t167 = im_y_3_1*im_y_3_2*t148 - 0.0004190866478413456*im_y_3_1*im_y_3_2*t146
    t168 = -t161 - t167
    t169 = -t167
    t170 = -t162 - t167
    t171 = t129 + t127*t23 - t128*t23
    t172 = t134 + t132*t14 - t133*t14
    t173 = t149 + t147*t29 - t148*t29
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
    out[..., 0] = t130 + t135
    out[..., 1] = t130
    out[..., 2] = t135
    out[..., 3] = t138
    out[..., 4] = t139
    out[..., 5] = t140
    out[..., 6] = t143
    out[..., 7] = t144
    out[..., 8] = t145
    out[..., 9] = t130
    out[..., 10] = t130 + t150
    out[..., 11] = t150
    out[..., 12] = t139
    out[..., 13] = t152
    out[..., 14] = t153
    out[..., 15] = t144
    out[..., 16] = t155
    out[..., 17] = t156
    out[..., 18] = t135
    out[..., 19] = t150
    out[..., 20] = t135 + t150
    out[..., 21] = t140
    out[..., 22] = t153
    out[..., 23] = t157
    out[..., 24] = t145
    out[..., 25] = t156
    out[..., 26] = t158
    out[..., 27] = t138
    out[..., 28] = t139
    out[..., 29] = t140
    out[..., 30] = t159 + t160
    out[..., 31] = t159
    out[..., 32] = t160
    out[..., 33] = t163
    out[..., 34] = t164
    out[..., 35] = t165
    out[..., 36] = t139
    out[..., 37] = t152
    out[..., 38] = t153
    out[..., 39] = t159
    out[..., 40] = t159 + t166
    out[..., 41] = t166
    out[..., 42] = t164
    out[..., 43] = t168
    out[..., 44] = t169
    out[..., 45] = t140
    out[..., 46] = t153
    out[..., 47] = t157
    out[..., 48] = t160
    out[..., 49] = t166
    out[..., 50] = t160 + t166
    out[..., 51] = t165
    out[..., 52] = t169
    out[..., 53] = t170
    out[..., 54] = t143
    out[..., 55] = t144
    out[..., 56] = t145
    out[..., 57] = t163
    out[..., 58] = t164
    out[..., 59] = t165
    out[..., 60] = t171 + t172
    out[..., 61] = t171
    out[..., 62] = t172
    out[..., 63] = t144
    out[..., 64] = t155
    out[..., 65] = t156
    out[..., 66] = t164
    out[..., 67] = t168
    out[..., 68] = t169
    out[..., 69] = t171
    out[..., 70] = t171 + t173
    out[..., 71] = t173
    out[..., 72] = t145
    out[..., 73] = t156
    out[..., 74] = t158
    out[..., 75] = t165
    out[..., 76] = t169
    out[..., 77] = t170
    out[..., 78] = t172
    out[..., 79] = t173
    out[..., 80] = t172 + t173
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
    out[..., 0] = -(0.006591796875)/(im_r2_0)**3 - (0.006591796875)/(im_r2_1)**3 - (0.006591796875)/(im_r2_2)**3 - (0.006591796875)/(im_r2_3)**3 + (2.1725893020629883e-05)/(im_r2_0)**6 + (2.1725893020629883e-05)/(im_r2_1)**6 + (2.1725893020629883e-05)/(im_r2_2)**6 + (2.1725893020629883e-05)/(im_r2_3)**6
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
    t117 = 0.007007464945780659/(im_r2_0)**4
    t118 = 0.007007464945780659/(im_r2_1)**4
    t119 = 0.007007464945780659/(im_r2_2)**4
    t120 = 0.007007464945780659/(im_r2_3)**4
    t121 = 4.619178553126899e-05/(im_r2_0)**7
    t122 = 4.619178553126899e-05/(im_r2_1)**7
    t123 = 4.619178553126899e-05/(im_r2_2)**7
    t124 = 4.619178553126899e-05/(im_r2_3)**7
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
    out[..., 0] = im_y_0_0*t117 + im_y_1_0*t118 + im_y_2_0*t119 + im_y_3_0*t120 - im_y_0_0*t121 - im_y_1_0*t122 - im_y_2_0*t123 - im_y_3_0*t124
    out[..., 1] = im_y_0_1*t117 + im_y_1_1*t118 + im_y_2_1*t119 + im_y_3_1*t120 - im_y_0_1*t121 - im_y_1_1*t122 - im_y_2_1*t123 - im_y_3_1*t124
    out[..., 2] = im_y_0_2*t117 + im_y_1_2*t118 + im_y_2_2*t119 + im_y_3_2*t120 - im_y_0_2*t121 - im_y_1_2*t122 - im_y_2_2*t123 - im_y_3_2*t124
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
    im_y_2_0 = 0.38577046105426305*in_p_0
    im_y_2_1 = 0.38577046105426305*in_p_1
    im_y_2_2 = 0.38577046105426305*in_p_2
    t24 = (im_y_2_0)**2
    t25 = (im_y_2_1)**2
    t26 = (im_y_2_2)**2
    im_r2_2 = t24 + t25 + t26
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
    t129 = (im_r2_0)**-8
    t130 = 0.0002494719696184419*t129
    t131 = (im_r2_1)**-8
    t132 = 0.0002494719696184419*t131
    t133 = (im_r2_2)**-8
    t134 = 0.0002494719696184419*t133
    t135 = (im_r2_3)**-8
    t136 = 0.0002494719696184419*t135
    t137 = 0.02162618386364313/(im_r2_0)**5
    t138 = 0.02162618386364313/(im_r2_1)**5
    t139 = 0.02162618386364313/(im_r2_2)**5
    t140 = 0.02162618386364313/(im_r2_3)**5
    t141 = 0.002703272982955391/(im_r2_0)**4 + 0.002703272982955391/(im_r2_1)**4 + 0.002703272982955391/(im_r2_2)**4 + 0.002703272982955391/(im_r2_3)**4 - 1.7819426401317277e-05/(im_r2_0)**7 - 1.7819426401317277e-05/(im_r2_1)**7 - 1.7819426401317277e-05/(im_r2_2)**7 - 1.7819426401317277e-05/(im_r2_3)**7
    t142 = -im_y_0_0*im_y_0_1*t137 - im_y_1_0*im_y_1_1*t138 - im_y_2_0*im_y_2_1*t139 - im_y_3_0*im_y_3_1*t140 + 0.0002494719696184419*im_y_0_0*im_y_0_1*t129 + 0.0002494719696184419*im_y_1_0*im_y_1_1*t131 + 0.0002494719696184419*im_y_2_0*im_y_2_1*t133 + 0.0002494719696184419*im_y_3_0*im_y_3_1*t135
    t143 = -im_y_0_0*im_y_0_2*t137 - im_y_1_0*im_y_1_2*t138 - im_y_2_0*im_y_2_2*t139 - im_y_3_0*im_y_3_2*t140 + 0.0002494719696184419*im_y_0_0*im_y_0_2*t129 + 0.0002494719696184419*im_y_1_0*im_y_1_2*t131 + 0.0002494719696184419*im_y_2_0*im_y_2_2*t133 + 0.0002494719696184419*im_y_3_0*im_y_3_2*t135
    t144 = -im_y_0_1*im_y_0_2*t137 - im_y_1_1*im_y_1_2*t138 - im_y_2_1*im_y_2_2*t139 - im_y_3_1*im_y_3_2*t140 + 0.0002494719696184419*im_y_0_1*im_y_0_2*t129 + 0.0002494719696184419*im_y_1_1*im_y_1_2*t131 + 0.0002494719696184419*im_y_2_1*im_y_2_2*t133 + 0.0002494719696184419*im_y_3_1*im_y_3_2*t135
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
    out[..., 0] = t141 + t12*t130 + t132*t21 + t134*t24 + t136*t30 - t12*t137 - t138*t21 - t139*t24 - t140*t30
    out[..., 1] = t142
    out[..., 2] = t143
    out[..., 3] = t142
    out[..., 4] = t141 + t13*t130 + t132*t22 + t134*t25 + t136*t31 - t13*t137 - t138*t22 - t139*t25 - t140*t31
    out[..., 5] = t144
    out[..., 6] = t143
    out[..., 7] = t144
    out[..., 8] = t141 + t130*t14 + t132*t23 + t134*t26 + t136*t32 - t137*t14 - t138*t23 - t139*t26 - t140*t32
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
    im_x_1_0 = t1
    t8 = -0.5 + t2
    im_x_1_1 = t8
    im_x_1_2 = t3
    im_y_1_0 = im_x_1_0*t5 + im_x_1_1*in_A_1 + im_x_1_2*in_A_2
    im_y_1_1 = im_x_1_0*in_A_3 + im_x_1_1*t6 + im_x_1_2*in_A_5
    im_y_1_2 = im_x_1_0*in_A_6 + im_x_1_1*in_A_7 + im_x_1_2*t7
    im_r2_1 = (im_y_1_0)**2 + (im_y_1_1)**2 + (im_y_1_2)**2
    im_x_2_0 = t0
    im_x_2_1 = t2
    im_x_2_2 = t3
    im_y_2_0 = im_x_2_0*t5 + im_x_2_1*in_A_1 + im_x_2_2*in_A_2
    im_y_2_1 = im_x_2_0*in_A_3 + im_x_2_1*t6 + im_x_2_2*in_A_5
    im_y_2_2 = im_x_2_0*in_A_6 + im_x_2_1*in_A_7 + im_x_2_2*t7
    im_r2_2 = (im_y_2_0)**2 + (im_y_2_1)**2 + (im_y_2_2)**2
    im_x_3_0 = t0
    im_x_3_1 = t8
    im_x_3_2 = t4
    im_y_3_0 = im_x_3_0*t5 + im_x_3_1*in_A_1 + im_x_3_2*in_A_2
    im_y_3_1 = im_x_3_0*in_A_3 + im_x_3_1*t6 + im_x_3_2*in_A_5
    im_y_3_2 = im_x_3_0*in_A_6 + im_x_3_1*in_A_7 + im_x_3_2*t7
    im_r2_3 = (im_y_3_0)**2 + (im_y_3_1)**2 + (im_y_3_2)**2
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
    t114 = im_x_0_0*im_y_0_0
    t115 = 0.018164856185800545/(im_r2_0)**4
    t116 = im_x_1_0*im_y_1_0
    t117 = 0.018164856185800545/(im_r2_1)**4
    t118 = im_x_2_0*im_y_2_0
    t119 = 0.018164856185800545/(im_r2_2)**4
    t120 = im_x_3_0*im_y_3_0
    t121 = 0.018164856185800545/(im_r2_3)**4
    t122 = 0.00011973904224038446/(im_r2_0)**7
    t123 = 0.00011973904224038446/(im_r2_1)**7
    t124 = 0.00011973904224038446/(im_r2_2)**7
    t125 = 0.00011973904224038446/(im_r2_3)**7
    t126 = im_x_0_1*im_y_0_0
    t127 = im_x_1_1*im_y_1_0
    t128 = im_x_2_1*im_y_2_0
    t129 = im_x_3_1*im_y_3_0
    t130 = im_x_0_2*im_y_0_0
    t131 = im_x_1_2*im_y_1_0
    t132 = im_x_2_2*im_y_2_0
    t133 = im_x_3_2*im_y_3_0
    t134 = im_x_0_0*im_y_0_1
    t135 = im_x_1_0*im_y_1_1
    t136 = im_x_2_0*im_y_2_1
    t137 = im_x_3_0*im_y_3_1
    t138 = im_x_0_1*im_y_0_1
    t139 = im_x_1_1*im_y_1_1
    t140 = im_x_2_1*im_y_2_1
    t141 = im_x_3_1*im_y_3_1
    t142 = im_x_0_2*im_y_0_1
    t143 = im_x_1_2*im_y_1_1
    t144 = im_x_2_2*im_y_2_1
    t145 = im_x_3_2*im_y_3_1
    t146 = im_x_0_0*im_y_0_2
    t147 = im_x_1_0*im_y_1_2
    t148 = im_x_2_0*im_y_2_2
    t149 = im_x_3_0*im_y_3_2
    t150 = im_x_0_1*im_y_0_2
    t151 = im_x_1_1*im_y_1_2
    t152 = im_x_2_1*im_y_2_2
    t153 = im_x_3_1*im_y_3_2
    t154 = im_x_0_2*im_y_0_2
    t155 = im_x_1_2*im_y_1_2
    t156 = im_x_2_2*im_y_2_2
    t157 = im_x_3_2*im_y_3_2
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
    out[..., 0] = t114*t115 + t116*t117 + t118*t119 + t120*t121 - t114*t122 - t116*t123 - t118*t124 - t120*t125
    out[..., 1] = t115*t126 + t117*t127 + t119*t128 + t121*t129 - t122*t126 - t123*t127 - t124*t128 - t125*t129
    out[..., 2] = t115*t130 + t117*t131 + t119*t132 + t121*t133 - t122*t130 - t123*t131 - t124*t132 - t125*t133
    out[..., 3] = t115*t134 + t117*t135 + t119*t136 + t121*t137 - t122*t134 - t123*t135 - t124*t136 - t125*t137
    out[..., 4] = t115*t138 + t117*t139 + t119*t140 + t121*t141 - t122*t138 - t123*t139 - t124*t140 - t125*t141
    out[..., 5] = t115*t142 + t117*t143 + t119*t144 + t121*t145 - t122*t142 - t123*t143 - t124*t144 - t125*t145
    out[..., 6] = t115*t146 + t117*t147 + t119*t148 + t121*t149 - t122*t146 - t123*t147 - t124*t148 - t125*t149
    out[..., 7] = t115*t150 + t117*t151 + t119*t152 + t121*t153 - t122*t150 - t123*t151 - t124*t152 - t125*t153
    out[..., 8] = t115*t154 + t117*t155 + t119*t156 + t121*t157 - t122*t154 - t123*t155 - t124*t156 - t125*t157
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
    t127 = t126*t8
    t128 = (im_r2_0)**-8
    t129 = 0.0016763465913653824*t128
    t130 = (im_x_1_0)**2
    t131 = t12*t130
    t132 = (im_r2_1)**-8
    t133 = 0.0016763465913653824*t132
    t134 = (im_x_2_0)**2
    t135 = t134*t15
    t136 = (im_r2_2)**-8
    t137 = 0.0016763465913653824*t136
    t138 = (im_x_3_0)**2
    t139 = t138*t18
    t140 = (im_r2_3)**-8
    t141 = 0.0016763465913653824*t140
    t142 = 0.14531884948640436/(im_r2_0)**5
    t143 = 0.14531884948640436/(im_r2_1)**5
    t144 = 0.14531884948640436/(im_r2_2)**5
    t145 = 0.14531884948640436/(im_r2_3)**5
    t146 = 0.018164856185800545/(im_r2_0)**4
    t147 = 0.018164856185800545/(im_r2_1)**4
    t148 = 0.018164856185800545/(im_r2_2)**4
    t149 = 0.018164856185800545/(im_r2_3)**4
    t150 = 0.00011973904224038446/(im_r2_0)**7
    t151 = 0.00011973904224038446/(im_r2_1)**7
    t152 = 0.00011973904224038446/(im_r2_2)**7
    t153 = 0.00011973904224038446/(im_r2_3)**7
    t154 = t126*t146 + t130*t147 + t134*t148 + t138*t149 - t126*t150 - t130*t151 - t134*t152 - t138*t153
    t155 = im_x_0_0*im_x_0_1
    t156 = t155*t8
    t157 = im_x_1_0*im_x_1_1
    t158 = t12*t157
    t159 = im_x_2_0*im_x_2_1
    t160 = t15*t159
    t161 = im_x_3_0*im_x_3_1
    t162 = t161*t18
    t163 = t146*t155 + t147*t157 + t148*t159 + t149*t161 - t150*t155 - t151*t157 - t152*t159 - t153*t161
    t164 = t163 + t129*t156 + t133*t158 + t137*t160 + t141*t162 - t142*t156 - t143*t158 - t144*t160 - t145*t162
    t165 = im_x_0_0*im_x_0_2
    t166 = t165*t8
    t167 = im_x_1_0*im_x_1_2
    t168 = t12*t167
    t169 = im_x_2_0*im_x_2_2
    t170 = t15*t169
    t171 = im_x_3_0*im_x_3_2
    t172 = t171*t18
    t173 = t146*t165 + t147*t167 + t148*t169 + t149*t171 - t150*t165 - t151*t167 - t152*t169 - t153*t171
    t174 = t173 + t129*t166 + t133*t168 + t137*t170 + t141*t172 - t142*t166 - t143*t168 - t144*t170 - t145*t172
    t175 = im_y_0_0*t126*t142
    t176 = im_y_1_0*t130*t143
    t177 = im_y_2_0*t134*t144
    t178 = im_y_3_0*t138*t145
    t179 = -im_y_0_1*t175 - im_y_1_1*t176 - im_y_2_1*t177 - im_y_3_1*t178 + 0.0016763465913653824*im_y_0_0*im_y_0_1*t126*t128 + 0.0016763465913653824*im_y_1_0*im_y_1_1*t130*t132 + 0.0016763465913653824*im_y_2_0*im_y_2_1*t134*t136 + 0.0016763465913653824*im_y_3_0*im_y_3_1*t138*t140
    t180 = im_y_0_1*t142
    t181 = im_y_0_0*t155
    t182 = im_y_1_1*t143
    t183 = im_y_1_0*t157
    t184 = im_y_2_1*t144
    t185 = im_y_2_0*t159
    t186 = im_y_3_1*t145
    t187 = im_y_3_0*t161
    t188 = -t180*t181 - t182*t183 - t184*t185 - t186*t187 + 0.0016763465913653824*im_x_0_0*im_x_0_1*im_y_0_0*im_y_0_1*t128 + 0.0016763465913653824*im_x_1_0*im_x_1_1*im_y_1_0*im_y_1_1*t132 + 0.0016763465913653824*im_x_2_0*im_x_2_1*im_y_2_0*im_y_2_1*t136 + 0.0016763465913653824*im_x_3_0*im_x_3_1*im_y_3_0*im_y_3_1*t140
    t189 = im_y_0_0*t165
    t190 = im_y_1_0*t167
    t191 = im_y_2_0*t169
    t192 = im_y_3_0*t171
    t193 = -t180*t189 - t182*t190 - t184*t191 - t186*t192 + 0.0016763465913653824*im_x_0_0*im_x_0_2*im_y_0_0*im_y_0_1*t128 + 0.0016763465913653824*im_x_1_0*im_x_1_2*im_y_1_0*im_y_1_1*t132 + 0.0016763465913653824*im_x_2_0*im_x_2_2*im_y_2_0*im_y_2_1*t136 + 0.0016763465913653824*im_x_3_0*im_x_3_2*im_y_3_0*im_y_3_1*t140
    t194 = -im_y_0_2*t175 - im_y_1_2*t176 - im_y_2_2*t177 - im_y_3_2*t178 + 0.0016763465913653824*im_y_0_0*im_y_0_2*t126*t128 + 0.0016763465913653824*im_y_1_0*im_y_1_2*t130*t132 + 0.0016763465913653824*im_y_2_0*im_y_2_2*t134*t136 + 0.0016763465913653824*im_y_3_0*im_y_3_2*t138*t140
    t195 = im_y_0_2*t142
    t196 = im_y_1_2*t143
    t197 = im_y_2_2*t144
    t198 = im_y_3_2*t145
    t199 = -t181*t195 - t183*t196 - t185*t197 - t187*t198 + 0.0016763465913653824*im_x_0_0*im_x_0_1*im_y_0_0*im_y_0_2*t128 + 0.0016763465913653824*im_x_1_0*im_x_1_1*im_y_1_0*im_y_1_2*t132 + 0.0016763465913653824*im_x_2_0*im_x_2_1*im_y_2_0*im_y_2_2*t136 + 0.0016763465913653824*im_x_3_0*im_x_3_1*im_y_3_0*im_y_3_2*t140
    t200 = -t189*t195 - t190*t196 - t191*t197 - t192*t198 + 0.0016763465913653824*im_x_0_0*im_x_0_2*im_y_0_0*im_y_0_2*t128 + 0.0016763465913653824*im_x_1_0*im_x_1_2*im_y_1_0*im_y_1_2*t132 + 0.0016763465913653824*im_x_2_0*im_x_2_2*im_y_2_0*im_y_2_2*t136 + 0.0016763465913653824*im_x_3_0*im_x_3_2*im_y_3_0*im_y_3_2*t140
    t201 = (im_x_0_1)**2
    t202 = t201*t8
    t203 = (im_x_1_1)**2
    t204 = t12*t203
    t205 = (im_x_2_1)**2
    t206 = t15*t205
    t207 = (im_x_3_1)**2
    t208 = t18*t207
    t209 = t146*t201 + t147*t203 + t148*t205 + t149*t207 - t150*t201 - t151*t203 - t152*t205 - t153*t207
    t210 = im_x_0_1*im_x_0_2
    t211 = t210*t8
    t212 = im_x_1_1*im_x_1_2
    t213 = t12*t212
    t214 = im_x_2_1*im_x_2_2
    t215 = t15*t214
    t216 = im_x_3_1*im_x_3_2
    t217 = t18*t216
    t218 = t146*t210 + t147*t212 + t148*t214 + t149*t216 - t150*t210 - t151*t212 - t152*t214 - t153*t216
    t219 = t218 + t129*t211 + t133*t213 + t137*t215 + t141*t217 - t142*t211 - t143*t213 - t144*t215 - t145*t217
    t220 = im_y_0_0*t142*t201
    t221 = im_y_1_0*t143*t203
    t222 = im_y_2_0*t144*t205
    t223 = im_y_3_0*t145*t207
    t224 = -im_y_0_1*t220 - im_y_1_1*t221 - im_y_2_1*t222 - im_y_3_1*t223 + 0.0016763465913653824*im_y_0_0*im_y_0_1*t128*t201 + 0.0016763465913653824*im_y_1_0*im_y_1_1*t132*t203 + 0.0016763465913653824*im_y_2_0*im_y_2_1*t136*t205 + 0.0016763465913653824*im_y_3_0*im_y_3_1*t140*t207
    t225 = im_y_0_0*t210
    t226 = im_y_1_0*t212
    t227 = im_y_2_0*t214
    t228 = im_y_3_0*t216
    t229 = -t180*t225 - t182*t226 - t184*t227 - t186*t228 + 0.0016763465913653824*im_x_0_1*im_x_0_2*im_y_0_0*im_y_0_1*t128 + 0.0016763465913653824*im_x_1_1*im_x_1_2*im_y_1_0*im_y_1_1*t132 + 0.0016763465913653824*im_x_2_1*im_x_2_2*im_y_2_0*im_y_2_1*t136 + 0.0016763465913653824*im_x_3_1*im_x_3_2*im_y_3_0*im_y_3_1*t140
    t230 = -im_y_0_2*t220 - im_y_1_2*t221 - im_y_2_2*t222 - im_y_3_2*t223 + 0.0016763465913653824*im_y_0_0*im_y_0_2*t128*t201 + 0.0016763465913653824*im_y_1_0*im_y_1_2*t132*t203 + 0.0016763465913653824*im_y_2_0*im_y_2_2*t136*t205 + 0.0016763465913653824*im_y_3_0*im_y_3_2*t140*t207
    t231 = -t195*t225 - t196*t226 - t197*t227 - t198*t228 + 0.0016763465913653824*im_x_0_1*im_x_0_2*im_y_0_0*im_y_0_2*t128 + 0.0016763465913653824*im_x_1_1*im_x_1_2*im_y_1_0*im_y_1_2*t132 + 0.0016763465913653824*im_x_2_1*im_x_2_2*im_y_2_0*im_y_2_2*t136 + 0.0016763465913653824*im_x_3_1*im_x_3_2*im_y_3_0*im_y_3_2*t140
    t232 = (im_x_0_2)**2
    t233 = t232*t8
    t234 = (im_x_1_2)**2
    t235 = t12*t234
    t236 = (im_x_2_2)**2
    t237 = t15*t236
    t238 = (im_x_3_2)**2
    t239 = t18*t238
    t240 = t146*t232 + t147*t234 + t148*t236 + t149*t238 - t150*t232 - t151*t234 - t152*t236 - t153*t238
    t241 = im_y_0_0*t142*t232
    t242 = im_y_1_0*t143*t234
    t243 = im_y_2_0*t144*t236
    t244 = im_y_3_0*t145*t238
    t245 = -im_y_0_1*t241 - im_y_1_1*t242 - im_y_2_1*t243 - im_y_3_1*t244 + 0.0016763465913653824*im_y_0_0*im_y_0_1*t128*t232 + 0.0016763465913653824*im_y_1_0*im_y_1_1*t132*t234 + 0.0016763465913653824*im_y_2_0*im_y_2_1*t136*t236 + 0.0016763465913653824*im_y_3_0*im_y_3_1*t140*t238
    t246 = -im_y_0_2*t241 - im_y_1_2*t242 - im_y_2_2*t243 - im_y_3_2*t244 + 0.0016763465913653824*im_y_0_0*im_y_0_2*t128*t232 + 0.0016763465913653824*im_y_1_0*im_y_1_2*t132*t234 + 0.0016763465913653824*im_y_2_0*im_y_2_2*t136*t236 + 0.0016763465913653824*im_y_3_0*im_y_3_2*t140*t238
    t247 = t126*t9
    t248 = t13*t130
    t249 = t134*t16
    t250 = t138*t19
    t251 = t155*t9
    t252 = t13*t157
    t253 = t159*t16
    t254 = t161*t19
    t255 = t163 + t129*t251 + t133*t252 + t137*t253 + t141*t254 - t142*t251 - t143*t252 - t144*t253 - t145*t254
    t256 = t165*t9
    t257 = t13*t167
    t258 = t16*t169
    t259 = t171*t19
    t260 = t173 + t129*t256 + t133*t257 + t137*t258 + t141*t259 - t142*t256 - t143*t257 - t144*t258 - t145*t259
    t261 = -im_y_0_2*t126*t180 - im_y_1_2*t130*t182 - im_y_2_2*t134*t184 - im_y_3_2*t138*t186 + 0.0016763465913653824*im_y_0_1*im_y_0_2*t126*t128 + 0.0016763465913653824*im_y_1_1*im_y_1_2*t130*t132 + 0.0016763465913653824*im_y_2_1*im_y_2_2*t134*t136 + 0.0016763465913653824*im_y_3_1*im_y_3_2*t138*t140
    t262 = -im_y_0_2*t155*t180 - im_y_1_2*t157*t182 - im_y_2_2*t159*t184 - im_y_3_2*t161*t186 + 0.0016763465913653824*im_x_0_0*im_x_0_1*im_y_0_1*im_y_0_2*t128 + 0.0016763465913653824*im_x_1_0*im_x_1_1*im_y_1_1*im_y_1_2*t132 + 0.0016763465913653824*im_x_2_0*im_x_2_1*im_y_2_1*im_y_2_2*t136 + 0.0016763465913653824*im_x_3_0*im_x_3_1*im_y_3_1*im_y_3_2*t140
    t263 = -im_y_0_2*t165*t180 - im_y_1_2*t167*t182 - im_y_2_2*t169*t184 - im_y_3_2*t171*t186 + 0.0016763465913653824*im_x_0_0*im_x_0_2*im_y_0_1*im_y_0_2*t128 + 0.0016763465913653824*im_x_1_0*im_x_1_2*im_y_1_1*im_y_1_2*t132 + 0.0016763465913653824*im_x_2_0*im_x_2_2*im_y_2_1*im_y_2_2*t136 + 0.0016763465913653824*im_x_3_0*im_x_3_2*im_y_3_1*im_y_3_2*t140
    t264 = t201*t9
    t265 = t13*t203
    t266 = t16*t205
    t267 = t19*t207
    t268 = t210*t9
    t269 = t13*t212
    t270 = t16*t214
    t271 = t19*t216
    t272 = t218 + t129*t268 + t133*t269 + t137*t270 + t141*t271 - t142*t268 - t143*t269 - t144*t270 - t145*t271
    t273 = -im_y_0_2*t180*t201 - im_y_1_2*t182*t203 - im_y_2_2*t184*t205 - im_y_3_2*t186*t207 + 0.0016763465913653824*im_y_0_1*im_y_0_2*t128*t201 + 0.0016763465913653824*im_y_1_1*im_y_1_2*t132*t203 + 0.0016763465913653824*im_y_2_1*im_y_2_2*t136*t205 + 0.0016763465913653824*im_y_3_1*im_y_3_2*t140*t207
    t274 = -im_y_0_2*t180*t210 - im_y_1_2*t182*t212 - im_y_2_2*t184*t214 - im_y_3_2*t186*t216 + 0.0016763465913653824*im_x_0_1*im_x_0_2*im_y_0_1*im_y_0_2*t128 + 0.0016763465913653824*im_x_1_1*im_x_1_2*im_y_1_1*im_y_1_2*t132 + 0.0016763465913653824*im_x_2_1*im_x_2_2*im_y_2_1*im_y_2_2*t136 + 0.0016763465913653824*im_x_3_1*im_x_3_2*im_y_3_1*im_y_3_2*t140
    t275 = t232*t9
    t276 = t13*t234
    t277 = t16*t236
    t278 = t19*t238
    t279 = -im_y_0_2*t180*t232 - im_y_1_2*t182*t234 - im_y_2_2*t184*t236 - im_y_3_2*t186*t238 + 0.0016763465913653824*im_y_0_1*im_y_0_2*t128*t232 + 0.0016763465913653824*im_y_1_1*im_y_1_2*t132*t234 + 0.0016763465913653824*im_y_2_1*im_y_2_2*t136*t236 + 0.0016763465913653824*im_y_3_1*im_y_3_2*t140*t238
    t280 = t10*t126
    t281 = t130*t14
    t282 = t134*t17
    t283 = t138*t20
    t284 = t10*t155
    t285 = t14*t157
    t286 = t159*t17
    t287 = t161*t20
    t288 = t163 + t129*t284 + t133*t285 + t137*t286 + t141*t287 - t142*t284 - t143*t285 - t144*t286 - t145*t287
    t289 = t10*t165
    t290 = t14*t167
    t291 = t169*t17
    t292 = t171*t20
    t293 = t173 + t129*t289 + t133*t290 + t137*t291 + t141*t292 - t142*t289 - t143*t290 - t144*t291 - t145*t292
    t294 = t10*t201
    t295 = t14*t203
    t296 = t17*t205
    t297 = t20*t207
    t298 = t10*t210
    t299 = t14*t212
    t300 = t17*t214
    t301 = t20*t216
    t302 = t218 + t129*t298 + t133*t299 + t137*t300 + t141*t301 - t142*t298 - t143*t299 - t144*t300 - t145*t301
    t303 = t10*t232
    t304 = t14*t234
    t305 = t17*t236
    t306 = t20*t238
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
    out[..., 0] = t154 + t127*t129 + t131*t133 + t135*t137 + t139*t141 - t127*t142 - t131*t143 - t135*t144 - t139*t145
    out[..., 1] = t164
    out[..., 2] = t174
    out[..., 3] = t179
    out[..., 4] = t188
    out[..., 5] = t193
    out[..., 6] = t194
    out[..., 7] = t199
    out[..., 8] = t200
    out[..., 9] = t164
    out[..., 10] = t209 + t129*t202 + t133*t204 + t137*t206 + t141*t208 - t142*t202 - t143*t204 - t144*t206 - t145*t208
    out[..., 11] = t219
    out[..., 12] = t188
    out[..., 13] = t224
    out[..., 14] = t229
    out[..., 15] = t199
    out[..., 16] = t230
    out[..., 17] = t231
    out[..., 18] = t174
    out[..., 19] = t219
    out[..., 20] = t240 + t129*t233 + t133*t235 + t137*t237 + t141*t239 - t142*t233 - t143*t235 - t144*t237 - t145*t239
    out[..., 21] = t193
    out[..., 22] = t229
    out[..., 23] = t245
    out[..., 24] = t200
    out[..., 25] = t231
    out[..., 26] = t246
    out[..., 27] = t179
    out[..., 28] = t188
    out[..., 29] = t193
    out[..., 30] = t154 + t129*t247 + t133*t248 + t137*t249 + t141*t250 - t142*t247 - t143*t248 - t144*t249 - t145*t250
    out[..., 31] = t255
    out[..., 32] = t260
    out[..., 33] = t261
    out[..., 34] = t262
    out[..., 35] = t263
    out[..., 36] = t188
    out[..., 37] = t224
    out[..., 38] = t229
    out[..., 39] = t255
    out[..., 40] = t209 + t129*t264 + t133*t265 + t137*t266 + t141*t267 - t142*t264 - t143*t265 - t144*t266 - t145*t267
    out[..., 41] = t272
    out[..., 42] = t262
    out[..., 43] = t273
    out[..., 44] = t274
    out[..., 45] = t193
    out[..., 46] = t229
    out[..., 47] = t245
    out[..., 48] = t260
    out[..., 49] = t272
    out[..., 50] = t240 + t129*t275 + t133*t276 + t137*t277 + t141*t278 - t142*t275 - t143*t276 - t144*t277 - t145*t278
    out[..., 51] = t263
    out[..., 52] = t274
    out[..., 53] = t279
    out[..., 54] = t194
    out[..., 55] = t199
    out[..., 56] = t200
    out[..., 57] = t261
    out[..., 58] = t262
    out[..., 59] = t263
    out[..., 60] = t154 + t129*t280 + t133*t281 + t137*t282 + t141*t283 - t142*t280 - t143*t281 - t144*t282 - t145*t283
    out[..., 61] = t288
    out[..., 62] = t293
    out[..., 63] = t199
    out[..., 64] = t230
    out[..., 65] = t231
    out[..., 66] = t262
    out[..., 67] = t273
    out[..., 68] = t274
    out[..., 69] = t288
    out[..., 70] = t209 + t129*t294 + t133*t295 + t137*t296 + t141*t297 - t142*t294 - t143*t295 - t144*t296 - t145*t297
    out[..., 71] = t302
    out[..., 72] = t200
    out[..., 73] = t231
    out[..., 74] = t246
    out[..., 75] = t263
    out[..., 76] = t274
    out[..., 77] = t279
    out[..., 78] = t293
    out[..., 79] = t302
    out[..., 80] = t240 + t129*t303 + t133*t304 + t137*t305 + t141*t306 - t142*t303 - t143*t304 - t144*t305 - t145*t306
    return out.reshape(batch + (3, 3, 3, 3,))
