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
    t0 = in_A_0*in_A_4
    t1 = in_A_0*in_A_8
    t2 = in_A_4*in_A_8
    t3 = in_A_1*in_A_3
    t4 = in_A_2*in_A_6
    t5 = in_A_5*in_A_7
    t6 = in_A_8*t0
    t7 = in_A_1*in_A_6
    t8 = in_A_5*t7
    t9 = in_A_3*in_A_7
    t10 = in_A_2*t9
    t11 = 1.0 + in_A_0
    t12 = (in_A_0)**2
    t13 = (in_A_3)**2
    t14 = (in_A_6)**2
    t15 = 2.0*in_A_0
    t16 = (in_A_1)**2
    t17 = (0.64)*t16
    t18 = (0.64)*t13
    t19 = (0.36)*t12
    t20 = (in_A_4)**2
    t21 = (0.36)*t20
    t22 = (0.36)*t14
    t23 = (in_A_7)**2
    t24 = (0.36)*t23
    t25 = (0.72)*in_A_0
    t26 = (0.72)*in_A_4
    t27 = t12*t20
    t28 = t12*t23
    t29 = t13*t16
    t30 = t14*t16
    t31 = t13*t23
    t32 = t14*t20
    t33 = 2.0*t3
    t34 = t15*t20
    t35 = t15*t23
    t36 = 2.0*in_A_4
    t37 = t12*t36
    t38 = t14*t36
    t39 = 4.0*t0
    t40 = t15*t3
    t41 = t3*t36
    t42 = 2.0*in_A_1
    t43 = in_A_6*in_A_7*t42
    t44 = 2.0*in_A_7
    t45 = in_A_3*in_A_6
    t46 = t44*t45
    t47 = in_A_7*t7
    t48 = t15*t47
    t49 = in_A_6*t9
    t50 = t36*t49
    t51 = (in_A_2)**2
    t52 = (in_A_5)**2
    t53 = (in_A_8)**2
    t54 = (1.28)*in_A_0
    t55 = (1.28)*in_A_4
    t56 = (1.28)*in_A_8
    t57 = (0.72)*t3
    t58 = (0.72)*t4
    t59 = (0.72)*t5
    t60 = (0.64)*t52
    t61 = (0.64)*t51
    t62 = (0.72)*in_A_8
    t63 = 4.0*in_A_0
    t64 = 4.0*in_A_8
    t65 = t3*t64
    t66 = 4.0*in_A_4
    t67 = t33*t53
    t68 = t20*t4
    t69 = 2.0*t68
    t70 = t12*t5
    t71 = 2.0*t70
    t72 = 2.0*in_A_5
    t73 = t7*t72
    t74 = 2.0*in_A_2
    t75 = t74*t9
    t76 = 2.0*in_A_8
    t77 = 4.0*t1
    t78 = 4.0*t2
    t79 = (1.28)*in_A_5
    t80 = in_A_1*in_A_2
    t81 = (1.28)*in_A_7
    t82 = in_A_2*in_A_3
    t83 = in_A_1*t74
    t84 = in_A_7*t13
    t85 = t16*t45
    t86 = t33*t4
    t87 = t33*t5
    t88 = t76*t8
    t89 = t10*t76
    t90 = t4*t5
    t91 = 2.0*t90
    t92 = in_A_5*t82
    t93 = in_A_5*t80
    t94 = t0*t64
    t95 = t3*t76
    t96 = in_A_6 + in_A_7
    t97 = in_A_1 + t11
    t98 = 1.0 + in_A_4
    t99 = in_A_3 + t98
    t100 = (t96)**2 + (t97)**2 + (t99)**2
    t101 = -in_A_7
    t102 = in_A_6 + t101
    t103 = -in_A_1
    t104 = t103 + t11
    t105 = -in_A_3
    t106 = t105 + t98
    t107 = (t102)**2 + (t104)**2 + (t106)**2
    t108 = in_A_3 + in_A_5
    t109 = in_A_2 + t11
    t110 = 1.0 + in_A_8
    t111 = in_A_6 + t110
    t112 = (t108)**2 + (t109)**2 + (t111)**2
    t113 = -in_A_5
    t114 = in_A_3 + t113
    t115 = -in_A_2
    t116 = t11 + t115
    t117 = -in_A_6
    t118 = t110 + t117
    t119 = (t114)**2 + (t116)**2 + (t118)**2
    t120 = in_A_1 + in_A_2
    t121 = in_A_5 + t98
    t122 = in_A_7 + t110
    t123 = (t120)**2 + (t121)**2 + (t122)**2
    t124 = in_A_1 + t115
    t125 = t113 + t98
    t126 = t101 + t110
    t127 = (t124)**2 + (t125)**2 + (t126)**2
    t128 = 2.0 + t76
    t129 = (t128)**2 + 4.0*t51 + 4.0*t52
    t130 = 2.0 + t36
    t131 = (t130)**2 + 4.0*t16 + 4.0*t23
    t132 = 2.0 + t15
    t133 = (t132)**2 + 4.0*t13 + 4.0*t14
    t134 = (t128 + t96)**2 + (t72 + t99)**2 + (t74 + t97)**2
    t135 = -t74
    t136 = -t72
    t137 = -2.0 - t76
    t138 = (t135 + t97)**2 + (t136 + t99)**2 + (t137 + t96)**2
    t139 = -1.0 - in_A_4
    t140 = in_A_3 + t72
    t141 = (t102 + t128)**2 + (t104 + t74)**2 + (t139 + t140)**2
    t142 = in_A_7 + t128
    t143 = (t104 + t135)**2 + (-t106 - t72)**2 + (-t117 - t142)**2
    t144 = (t108 + t130)**2 + (t109 + t42)**2 + (t111 + t44)**2
    t145 = -1.0 - in_A_8
    t146 = in_A_6 + t44
    t147 = (t114 + t130)**2 + (t116 + t42)**2 + (t145 + t146)**2
    t148 = -t42
    t149 = -t44
    t150 = -2.0 - t36
    t151 = (t108 + t150)**2 + (t109 + t148)**2 + (t111 + t149)**2
    t152 = in_A_5 + t130
    t153 = (t116 + t148)**2 + (-t105 - t152)**2 + (-t118 - t44)**2
    t154 = 2.0*in_A_3
    t155 = 2.0*in_A_6
    t156 = (t120 + t132)**2 + (t121 + t154)**2 + (t122 + t155)**2
    t157 = t145 + t155
    t158 = (in_A_7 + t157)**2 + (t124 + t132)**2 + (t125 + t154)**2
    t159 = t139 + t154
    t160 = t103 + t132
    t161 = (in_A_2 + t160)**2 + (in_A_5 + t159)**2 + (t126 + t155)**2
    t162 = -2.0*in_A_3
    t163 = -2.0*in_A_6
    t164 = (t115 + t160)**2 + (-t121 - t162)**2 + (-t122 - t163)**2
    t165 = t135 + t42
    t166 = (t165)**2 + (t130 + t136)**2 + (-t128 - t149)**2
    t167 = t42 + t74
    t168 = t130 + t72
    t169 = t128 + t44
    t170 = (t167)**2 + (t168)**2 + (t169)**2
    t171 = t149 + t155
    t172 = t132 + t148
    t173 = (t171)**2 + (t172)**2 + (-t130 - t162)**2
    t174 = t136 + t154
    t175 = (t174)**2 + (t132 + t135)**2 + (-t128 - t163)**2
    t176 = t154 + t72
    t177 = (t176)**2 + (t128 + t155)**2 + (t132 + t74)**2
    t178 = t155 + t44
    t179 = (t178)**2 + (t130 + t154)**2 + (t132 + t42)**2
    t180 = 3.0*in_A_6
    t181 = in_A_7 + t180
    t182 = 3.0*in_A_3
    t183 = t182 + t98
    t184 = 3.0 + 3.0*in_A_0
    t185 = in_A_1 + t184
    t186 = (t181)**2 + (t183)**2 + (t185)**2
    t187 = t101 + t180
    t188 = -3.0*in_A_3
    t189 = t188 + t98
    t190 = t103 + t184
    t191 = (t187)**2 + (t189)**2 + (t190)**2
    t192 = 3.0*in_A_7
    t193 = in_A_6 + t192
    t194 = 3.0*in_A_1
    t195 = t11 + t194
    t196 = 3.0*in_A_4
    t197 = 3.0 + t196
    t198 = in_A_3 + t197
    t199 = (t193)**2 + (t195)**2 + (t198)**2
    t200 = -t192
    t201 = in_A_6 + t200
    t202 = -t194
    t203 = t11 + t202
    t204 = t105 + t197
    t205 = (t201)**2 + (t203)**2 + (t204)**2
    t206 = in_A_5 + t182
    t207 = t110 + t180
    t208 = in_A_2 + t184
    t209 = (t206)**2 + (t207)**2 + (t208)**2
    t210 = t113 + t182
    t211 = -3.0*in_A_6
    t212 = t110 + t211
    t213 = t115 + t184
    t214 = (t210)**2 + (t212)**2 + (t213)**2
    t215 = 3.0*in_A_5
    t216 = in_A_3 + t215
    t217 = 3.0*in_A_2
    t218 = t11 + t217
    t219 = 3.0*in_A_8
    t220 = 3.0 + t219
    t221 = in_A_6 + t220
    t222 = (t216)**2 + (t218)**2 + (t221)**2
    t223 = -t215
    t224 = in_A_3 + t223
    t225 = -t217
    t226 = t11 + t225
    t227 = t117 + t220
    t228 = (t224)**2 + (t226)**2 + (t227)**2
    t229 = in_A_2 + t194
    t230 = t110 + t192
    t231 = in_A_5 + t197
    t232 = (t229)**2 + (t230)**2 + (t231)**2
    t233 = t115 + t194
    t234 = t110 + t200
    t235 = t113 + t197
    t236 = (t233)**2 + (t234)**2 + (t235)**2
    t237 = in_A_1 + t217
    t238 = t215 + t98
    t239 = in_A_7 + t220
    t240 = (t237)**2 + (t238)**2 + (t239)**2
    t241 = in_A_1 + t225
    t242 = t223 + t98
    t243 = t101 + t220
    t244 = (t241)**2 + (t242)**2 + (t243)**2
    t245 = -3.0 - t196
    t246 = -3.0 - t219
    t247 = t132 + t202
    if not numpy.all(numpy.asarray(in_A_4 + in_A_8 + t0 + t1 + t10 + t11 + t2 + t6 + t8 - t3 - t4 - t5 - in_A_0*t5 - in_A_4*t4 - in_A_8*t3) > 0):
        raise ValueError("det(I + A) must be positive (the deformation inverts the crystal)")
    if not numpy.all(numpy.asarray(0.36 + t12 + t13 + t14 + t15) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.8: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.1296 + t19 + t21 + t22 + t24 + t25 + t26 + t27 + t28 + t29 + t30 + t31 + t32 + t34 + t35 + t37 + t38 + t39 - t17 - t18 - t33 - t40 - t41 - t43 - t46 - t48 - t50 - t0*t33) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.8: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.046656 + t73 + t75 + t86 + t87 + t88 + t89 + t91 - t57 - t58 - t59 - t65 - t67 - t69 - t71 + 8.0*t6 - 0.2304*t13 - 0.2304*t14 - 0.2304*t16 - 0.2304*t23 - 0.2304*t51 - 0.2304*t52 - 0.64*t28 - 0.64*t32 + (0.36)*t29 + (1.28)*t49 + (1.44)*t0 + (1.44)*t1 + (1.44)*t2 + (0.1296)*t12 + (0.1296)*t20 + (0.1296)*t53 + (0.2592)*in_A_0 + (0.2592)*in_A_4 + (0.2592)*in_A_8 + t0*t73 + t0*t75 + t0*t88 + t0*t89 + t0*t91 + t1*t73 + t1*t75 + t1*t87 + t10*t15 + t10*t36 + t12*t26 + t12*t62 + t12*t78 + t15*t8 + t15*t90 + t19*t20 + t19*t53 + t2*t73 + t2*t75 + t2*t86 + t20*t25 + t20*t62 + t20*t77 + t21*t53 + t22*t51 + t24*t52 + t25*t53 + t26*t53 + t27*t53 + t27*t76 + t28*t52 + t29*t53 + t29*t76 + t30*t52 + t31*t51 + t32*t51 + t34*t53 + t35*t52 + t36*t8 + t36*t90 + t37*t53 + t38*t51 + t39*t53 + t4*t41 + t4*t95 + t40*t5 + t45*t79 + t47*t54 + t49*t55 + t5*t86 + t5*t95 + t54*t92 + t55*t93 + t7*t81 + t79*t80 + t79*t82 + t80*t81 - in_A_8*t58 - in_A_8*t59 - t0*t57 - t0*t65 - t0*t67 - t1*t58 - t1*t69 - t12*t60 - t13*t56 - t14*t17 - t14*t55 - t14*t60 - t16*t56 - t17*t52 - t17*t53 - t18*t23 - t18*t51 - t18*t53 - t2*t59 - t2*t71 - t20*t61 - t23*t54 - t23*t61 - t25*t3 - t25*t4 - t26*t3 - t26*t5 - t3*t77 - t3*t78 - t34*t4 - t35*t92 - t37*t5 - t38*t93 - t39*t4 - t39*t5 - t4*t66 - t4*t78 - t4*t94 - t40*t53 - t41*t53 - t43*t52 - t46*t51 - t48*t52 - t5*t63 - t5*t77 - t5*t94 - t50*t51 - t51*t55 - t52*t54 - t68*t76 - t70*t76 - t72*t85 - t83*t84 + in_A_5*t45*t56 + in_A_7*t56*t80 - in_A_5*t14*t83 - in_A_5*t76*t85 - t76*t80*t84 - in_A_3*in_A_5*t23*t74) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.8: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(10.411154082261268 - t100) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t107) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t112) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t119) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t123) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t127) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t129) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t131) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t133) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t134) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t138) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t141) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t143) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t144) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t147) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t151) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t153) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t156) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t158) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t161) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t164) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t166) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t170) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t173) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t175) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t177) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t179) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t186) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t191) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t199) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t205) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t209) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t214) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t222) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t228) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t232) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t236) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t240) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t244) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t135 + t172)**2 + (-t162 - t168)**2 + (-t163 - t169)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t128 + t171)**2 + (t150 + t176)**2 + (t172 + t74)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t130 + t174)**2 + (t132 + t165)**2 + (t137 + t178)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t128 + t178)**2 + (t130 + t176)**2 + (t132 + t167)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t128 + t181)**2 + (t183 + t72)**2 + (t185 + t74)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t135 + t185)**2 + (t136 + t183)**2 + (t137 + t181)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t128 + t187)**2 + (t190 + t74)**2 + (t139 + t182 + t72)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t135 + t190)**2 + (-t142 - t211)**2 + (-t189 - t72)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t128 + t193)**2 + (t195 + t74)**2 + (t198 + t72)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t135 + t195)**2 + (t136 + t198)**2 + (t137 + t193)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t128 + t201)**2 + (t140 + t245)**2 + (t203 + t74)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t135 + t203)**2 + (-t204 - t72)**2 + (-t117 - t128 - t192)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t130 + t206)**2 + (t207 + t44)**2 + (t208 + t42)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t130 + t210)**2 + (t213 + t42)**2 + (t145 + t180 + t44)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t148 + t208)**2 + (t149 + t207)**2 + (t150 + t206)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t148 + t213)**2 + (-t152 - t188)**2 + (-t212 - t44)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t130 + t216)**2 + (t218 + t42)**2 + (t221 + t44)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t130 + t224)**2 + (t146 + t246)**2 + (t226 + t42)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t148 + t218)**2 + (t149 + t221)**2 + (t150 + t216)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t148 + t226)**2 + (-t227 - t44)**2 + (-t105 - t130 - t215)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t132 + t229)**2 + (t154 + t231)**2 + (t155 + t230)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t132 + t233)**2 + (t154 + t235)**2 + (t157 + t192)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t132 + t237)**2 + (t154 + t238)**2 + (t155 + t239)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t132 + t241)**2 + (t154 + t242)**2 + (in_A_7 + t155 + t246)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t155 + t243)**2 + (t159 + t215)**2 + (t160 + t217)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t160 + t225)**2 + (-t162 - t238)**2 + (-t163 - t239)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (in_A_2 + t247)**2 + (t155 + t234)**2 + (in_A_5 + t154 + t245)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t115 + t247)**2 + (-t162 - t231)**2 + (-t163 - t230)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (4.0 + t64)**2 + 16.0*t51 + 16.0*t52) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (4.0 + t66)**2 + 16.0*t16 + 16.0*t23) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (4.0 + t63)**2 + 16.0*t13 + 16.0*t14) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    out = numpy.empty(batch + (1,))
    out[..., 0] = 91.86951429831734/(t100)**6 + 91.86951429831734/(t107)**6 + 91.86951429831734/(t112)**6 + 91.86951429831734/(t119)**6 + 91.86951429831734/(t123)**6 + 91.86951429831734/(t127)**6 + 91.86951429831734/(t129)**6 + 91.86951429831734/(t131)**6 + 91.86951429831734/(t133)**6 + 91.86951429831734/(t134)**6 + 91.86951429831734/(t138)**6 + 91.86951429831734/(t141)**6 + 91.86951429831734/(t143)**6 + 91.86951429831734/(t144)**6 + 91.86951429831734/(t147)**6 + 91.86951429831734/(t151)**6 + 91.86951429831734/(t153)**6 + 91.86951429831734/(t156)**6 + 91.86951429831734/(t158)**6 + 91.86951429831734/(t161)**6 + 91.86951429831734/(t164)**6 + 91.86951429831734/(t166)**6 + 91.86951429831734/(t170)**6 + 91.86951429831734/(t173)**6 + 91.86951429831734/(t175)**6 + 91.86951429831734/(t177)**6 + 91.86951429831734/(t179)**6 + 91.86951429831734/(t186)**6 + 91.86951429831734/(t191)**6 + 91.86951429831734/(t199)**6 + 91.86951429831734/(t205)**6 + 91.86951429831734/(t209)**6 + 91.86951429831734/(t214)**6 + 91.86951429831734/(t222)**6 + 91.86951429831734/(t228)**6 + 91.86951429831734/(t232)**6 + 91.86951429831734/(t236)**6 + 91.86951429831734/(t240)**6 + 91.86951429831734/(t244)**6 - 19.875352985981323/(t100)**3 - 19.875352985981323/(t107)**3 - 19.875352985981323/(t112)**3 - 19.875352985981323/(t119)**3 - 19.875352985981323/(t123)**3 - 19.875352985981323/(t127)**3 - 19.875352985981323/(t129)**3 - 19.875352985981323/(t131)**3 - 19.875352985981323/(t133)**3 - 19.875352985981323/(t134)**3 - 19.875352985981323/(t138)**3 - 19.875352985981323/(t141)**3 - 19.875352985981323/(t143)**3 - 19.875352985981323/(t144)**3 - 19.875352985981323/(t147)**3 - 19.875352985981323/(t151)**3 - 19.875352985981323/(t153)**3 - 19.875352985981323/(t156)**3 - 19.875352985981323/(t158)**3 - 19.875352985981323/(t161)**3 - 19.875352985981323/(t164)**3 - 19.875352985981323/(t166)**3 - 19.875352985981323/(t170)**3 - 19.875352985981323/(t173)**3 - 19.875352985981323/(t175)**3 - 19.875352985981323/(t177)**3 - 19.875352985981323/(t179)**3 - 19.875352985981323/(t186)**3 - 19.875352985981323/(t191)**3 - 19.875352985981323/(t199)**3 - 19.875352985981323/(t205)**3 - 19.875352985981323/(t209)**3 - 19.875352985981323/(t214)**3 - 19.875352985981323/(t222)**3 - 19.875352985981323/(t228)**3 - 19.875352985981323/(t232)**3 - 19.875352985981323/(t236)**3 - 19.875352985981323/(t240)**3 - 19.875352985981323/(t244)**3
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
    t0 = in_A_0*in_A_4
    t1 = in_A_0*in_A_8
    t2 = in_A_4*in_A_8
    t3 = in_A_1*in_A_3
    t4 = in_A_2*in_A_6
    t5 = in_A_5*in_A_7
    t6 = in_A_8*t0
    t7 = in_A_1*in_A_6
    t8 = in_A_5*t7
    t9 = in_A_3*in_A_7
    t10 = in_A_2*t9
    t11 = 1.0 + in_A_0
    t12 = (in_A_0)**2
    t13 = (in_A_3)**2
    t14 = (in_A_6)**2
    t15 = 2.0*in_A_0
    t16 = (in_A_1)**2
    t17 = (0.64)*t16
    t18 = (0.64)*t13
    t19 = (0.36)*t12
    t20 = (in_A_4)**2
    t21 = (0.36)*t20
    t22 = (0.36)*t14
    t23 = (in_A_7)**2
    t24 = (0.36)*t23
    t25 = (0.72)*in_A_0
    t26 = (0.72)*in_A_4
    t27 = t12*t20
    t28 = t12*t23
    t29 = t13*t16
    t30 = t14*t16
    t31 = t13*t23
    t32 = t14*t20
    t33 = 2.0*t3
    t34 = t15*t20
    t35 = t15*t23
    t36 = 2.0*in_A_4
    t37 = t12*t36
    t38 = t14*t36
    t39 = 4.0*t0
    t40 = t15*t3
    t41 = t3*t36
    t42 = 2.0*in_A_1
    t43 = in_A_6*in_A_7*t42
    t44 = 2.0*in_A_7
    t45 = in_A_3*in_A_6
    t46 = t44*t45
    t47 = in_A_7*t7
    t48 = t15*t47
    t49 = in_A_6*t9
    t50 = t36*t49
    t51 = (in_A_2)**2
    t52 = (in_A_5)**2
    t53 = (in_A_8)**2
    t54 = (1.28)*in_A_0
    t55 = (1.28)*in_A_4
    t56 = (1.28)*in_A_8
    t57 = (0.72)*t3
    t58 = (0.72)*t4
    t59 = (0.72)*t5
    t60 = (0.64)*t52
    t61 = (0.64)*t51
    t62 = (0.72)*in_A_8
    t63 = 4.0*in_A_0
    t64 = 4.0*in_A_8
    t65 = t3*t64
    t66 = 4.0*in_A_4
    t67 = t33*t53
    t68 = t20*t4
    t69 = 2.0*t68
    t70 = t12*t5
    t71 = 2.0*t70
    t72 = 2.0*in_A_5
    t73 = t7*t72
    t74 = 2.0*in_A_2
    t75 = t74*t9
    t76 = 2.0*in_A_8
    t77 = 4.0*t1
    t78 = 4.0*t2
    t79 = (1.28)*in_A_5
    t80 = in_A_1*in_A_2
    t81 = (1.28)*in_A_7
    t82 = in_A_2*in_A_3
    t83 = in_A_1*t74
    t84 = in_A_7*t13
    t85 = t16*t45
    t86 = t33*t4
    t87 = t33*t5
    t88 = t76*t8
    t89 = t10*t76
    t90 = t4*t5
    t91 = 2.0*t90
    t92 = in_A_5*t82
    t93 = in_A_5*t80
    t94 = t0*t64
    t95 = t3*t76
    t96 = in_A_6 + in_A_7
    t97 = in_A_1 + t11
    t98 = 1.0 + in_A_4
    t99 = in_A_3 + t98
    t100 = (t96)**2 + (t97)**2 + (t99)**2
    t101 = -in_A_7
    t102 = in_A_6 + t101
    t103 = -in_A_1
    t104 = t103 + t11
    t105 = -in_A_3
    t106 = t105 + t98
    t107 = -t106
    t108 = (t102)**2 + (t104)**2 + (t107)**2
    t109 = in_A_3 + in_A_5
    t110 = in_A_2 + t11
    t111 = 1.0 + in_A_8
    t112 = in_A_6 + t111
    t113 = (t109)**2 + (t110)**2 + (t112)**2
    t114 = -in_A_5
    t115 = in_A_3 + t114
    t116 = -in_A_2
    t117 = t11 + t116
    t118 = -in_A_6
    t119 = t111 + t118
    t120 = -t119
    t121 = (t115)**2 + (t117)**2 + (t120)**2
    t122 = in_A_1 + in_A_2
    t123 = in_A_5 + t98
    t124 = in_A_7 + t111
    t125 = (t122)**2 + (t123)**2 + (t124)**2
    t126 = in_A_1 + t116
    t127 = t114 + t98
    t128 = t101 + t111
    t129 = -t128
    t130 = (t126)**2 + (t127)**2 + (t129)**2
    t131 = 2.0 + t76
    t132 = (t131)**2 + 4.0*t51 + 4.0*t52
    t133 = 2.0 + t36
    t134 = (t133)**2 + 4.0*t16 + 4.0*t23
    t135 = 2.0 + t15
    t136 = (t135)**2 + 4.0*t13 + 4.0*t14
    t137 = t74 + t97
    t138 = t72 + t99
    t139 = t131 + t96
    t140 = (t137)**2 + (t138)**2 + (t139)**2
    t141 = -t74
    t142 = t141 + t97
    t143 = -t72
    t144 = t143 + t99
    t145 = -2.0 - t76
    t146 = t145 + t96
    t147 = (t142)**2 + (t144)**2 + (t146)**2
    t148 = t104 + t74
    t149 = -1.0 - in_A_4
    t150 = in_A_3 + t72
    t151 = t149 + t150
    t152 = t102 + t131
    t153 = (t148)**2 + (t151)**2 + (t152)**2
    t154 = t104 + t141
    t155 = -t106 - t72
    t156 = in_A_7 + t131
    t157 = -t118 - t156
    t158 = (t154)**2 + (t155)**2 + (t157)**2
    t159 = t110 + t42
    t160 = t112 + t44
    t161 = t109 + t133
    t162 = (t159)**2 + (t160)**2 + (t161)**2
    t163 = t117 + t42
    t164 = -1.0 - in_A_8
    t165 = in_A_6 + t44
    t166 = t164 + t165
    t167 = t115 + t133
    t168 = (t163)**2 + (t166)**2 + (t167)**2
    t169 = -t42
    t170 = t110 + t169
    t171 = -t44
    t172 = t112 + t171
    t173 = -2.0 - t36
    t174 = t109 + t173
    t175 = (t170)**2 + (t172)**2 + (t174)**2
    t176 = t117 + t169
    t177 = -t119 - t44
    t178 = in_A_5 + t133
    t179 = -t105 - t178
    t180 = (t176)**2 + (t177)**2 + (t179)**2
    t181 = 2.0*in_A_3
    t182 = t123 + t181
    t183 = 2.0*in_A_6
    t184 = t124 + t183
    t185 = t122 + t135
    t186 = (t182)**2 + (t184)**2 + (t185)**2
    t187 = t127 + t181
    t188 = t164 + t183
    t189 = in_A_7 + t188
    t190 = t126 + t135
    t191 = (t187)**2 + (t189)**2 + (t190)**2
    t192 = t128 + t183
    t193 = t149 + t181
    t194 = in_A_5 + t193
    t195 = t103 + t135
    t196 = in_A_2 + t195
    t197 = (t192)**2 + (t194)**2 + (t196)**2
    t198 = -2.0*in_A_3
    t199 = -t123 - t198
    t200 = -2.0*in_A_6
    t201 = -t124 - t200
    t202 = t116 + t195
    t203 = (t199)**2 + (t201)**2 + (t202)**2
    t204 = t141 + t42
    t205 = -t131 - t171
    t206 = t133 + t143
    t207 = (t204)**2 + (t205)**2 + (t206)**2
    t208 = t42 + t74
    t209 = t133 + t72
    t210 = t131 + t44
    t211 = (t208)**2 + (t209)**2 + (t210)**2
    t212 = t171 + t183
    t213 = -t133 - t198
    t214 = t135 + t169
    t215 = (t212)**2 + (t213)**2 + (t214)**2
    t216 = t143 + t181
    t217 = -t131 - t200
    t218 = t135 + t141
    t219 = (t216)**2 + (t217)**2 + (t218)**2
    t220 = t181 + t72
    t221 = t135 + t74
    t222 = t131 + t183
    t223 = (t220)**2 + (t221)**2 + (t222)**2
    t224 = t183 + t44
    t225 = t135 + t42
    t226 = t133 + t181
    t227 = (t224)**2 + (t225)**2 + (t226)**2
    t228 = 3.0*in_A_6
    t229 = in_A_7 + t228
    t230 = 3.0*in_A_3
    t231 = t230 + t98
    t232 = 3.0 + 3.0*in_A_0
    t233 = in_A_1 + t232
    t234 = (t229)**2 + (t231)**2 + (t233)**2
    t235 = t101 + t228
    t236 = -3.0*in_A_3
    t237 = t236 + t98
    t238 = -t237
    t239 = t103 + t232
    t240 = (t235)**2 + (t238)**2 + (t239)**2
    t241 = 3.0*in_A_7
    t242 = in_A_6 + t241
    t243 = 3.0*in_A_1
    t244 = t11 + t243
    t245 = 3.0*in_A_4
    t246 = 3.0 + t245
    t247 = in_A_3 + t246
    t248 = (t242)**2 + (t244)**2 + (t247)**2
    t249 = -t241
    t250 = in_A_6 + t249
    t251 = -t243
    t252 = t11 + t251
    t253 = t105 + t246
    t254 = -t253
    t255 = (t250)**2 + (t252)**2 + (t254)**2
    t256 = in_A_5 + t230
    t257 = t111 + t228
    t258 = in_A_2 + t232
    t259 = (t256)**2 + (t257)**2 + (t258)**2
    t260 = t114 + t230
    t261 = -3.0*in_A_6
    t262 = t111 + t261
    t263 = -t262
    t264 = t116 + t232
    t265 = (t260)**2 + (t263)**2 + (t264)**2
    t266 = 3.0*in_A_5
    t267 = in_A_3 + t266
    t268 = 3.0*in_A_2
    t269 = t11 + t268
    t270 = 3.0*in_A_8
    t271 = 3.0 + t270
    t272 = in_A_6 + t271
    t273 = (t267)**2 + (t269)**2 + (t272)**2
    t274 = -t266
    t275 = in_A_3 + t274
    t276 = -t268
    t277 = t11 + t276
    t278 = t118 + t271
    t279 = -t278
    t280 = (t275)**2 + (t277)**2 + (t279)**2
    t281 = in_A_2 + t243
    t282 = t111 + t241
    t283 = in_A_5 + t246
    t284 = (t281)**2 + (t282)**2 + (t283)**2
    t285 = t116 + t243
    t286 = t111 + t249
    t287 = -t286
    t288 = t114 + t246
    t289 = (t285)**2 + (t287)**2 + (t288)**2
    t290 = in_A_1 + t268
    t291 = t266 + t98
    t292 = in_A_7 + t271
    t293 = (t290)**2 + (t291)**2 + (t292)**2
    t294 = in_A_1 + t276
    t295 = t274 + t98
    t296 = t101 + t271
    t297 = -t296
    t298 = (t294)**2 + (t295)**2 + (t297)**2
    t299 = -3.0 - t245
    t300 = -3.0 - t270
    t301 = t135 + t251
    t302 = (t259)**-4
    t303 = t258*t302
    t304 = (t234)**-4
    t305 = t233*t304
    t306 = (t265)**-4
    t307 = t264*t306
    t308 = (t240)**-4
    t309 = t239*t308
    t310 = 119.25211791588794/(t121)**4
    t311 = t117*t310
    t312 = (t280)**-4
    t313 = t277*t312
    t314 = (t273)**-4
    t315 = t269*t314
    t316 = 119.25211791588794/(t108)**4
    t317 = t104*t316
    t318 = (t255)**-4
    t319 = t252*t318
    t320 = (t248)**-4
    t321 = t244*t320
    t322 = (t158)**-4
    t323 = t154*t322
    t324 = 119.25211791588794*t323
    t325 = (t153)**-4
    t326 = t148*t325
    t327 = 119.25211791588794*t326
    t328 = (t180)**-4
    t329 = t176*t328
    t330 = 119.25211791588794*t329
    t331 = (t168)**-4
    t332 = t163*t331
    t333 = 119.25211791588794*t332
    t334 = (t136)**-4
    t335 = 238.50423583177587/(t219)**4
    t336 = t218*t335
    t337 = 238.50423583177587/(t215)**4
    t338 = t214*t337
    t339 = (t186)**-4
    t340 = t185*t339
    t341 = (t191)**-4
    t342 = t190*t341
    t343 = (t197)**-4
    t344 = t196*t343
    t345 = (t203)**-4
    t346 = t202*t345
    t347 = (t259)**-7
    t348 = t258*t347
    t349 = (t234)**-7
    t350 = t233*t349
    t351 = (t265)**-7
    t352 = t264*t351
    t353 = (t240)**-7
    t354 = t239*t353
    t355 = 1102.434171579808/(t121)**7
    t356 = t117*t355
    t357 = (t280)**-7
    t358 = t277*t357
    t359 = (t273)**-7
    t360 = t269*t359
    t361 = 1102.434171579808/(t108)**7
    t362 = t104*t361
    t363 = (t255)**-7
    t364 = t252*t363
    t365 = (t248)**-7
    t366 = t244*t365
    t367 = (t158)**-7
    t368 = t154*t367
    t369 = 1102.434171579808*t368
    t370 = (t153)**-7
    t371 = t148*t370
    t372 = 1102.434171579808*t371
    t373 = (t180)**-7
    t374 = t176*t373
    t375 = 1102.434171579808*t374
    t376 = (t168)**-7
    t377 = t163*t376
    t378 = 1102.434171579808*t377
    t379 = (t136)**-7
    t380 = 2204.868343159616/(t219)**7
    t381 = t218*t380
    t382 = 2204.868343159616/(t215)**7
    t383 = t214*t382
    t384 = (t186)**-7
    t385 = t185*t384
    t386 = (t191)**-7
    t387 = t190*t386
    t388 = (t197)**-7
    t389 = t196*t388
    t390 = (t203)**-7
    t391 = t202*t390
    t392 = 119.25211791588794/(t100)**4
    t393 = (t147)**-4
    t394 = t142*t393
    t395 = (t140)**-4
    t396 = t137*t395
    t397 = 238.50423583177587/(t227)**4
    t398 = 1102.434171579808/(t100)**7
    t399 = (t147)**-7
    t400 = t142*t399
    t401 = (t140)**-7
    t402 = t137*t401
    t403 = 2204.868343159616/(t227)**7
    t404 = 119.25211791588794*t394 + 119.25211791588794*t396 - 1102.434171579808*t400 - 1102.434171579808*t402 + t225*t397 + t392*t97 - t225*t403 - t398*t97
    t405 = 119.25211791588794/(t113)**4
    t406 = (t175)**-4
    t407 = t170*t406
    t408 = (t162)**-4
    t409 = t159*t408
    t410 = 238.50423583177587/(t223)**4
    t411 = 1102.434171579808/(t113)**7
    t412 = (t175)**-7
    t413 = t170*t412
    t414 = (t162)**-7
    t415 = t159*t414
    t416 = 2204.868343159616/(t223)**7
    t417 = 119.25211791588794*t407 + 119.25211791588794*t409 - 1102.434171579808*t413 - 1102.434171579808*t415 + t110*t405 + t221*t410 - t110*t411 - t221*t416
    t418 = (t284)**-4
    t419 = t281*t418
    t420 = (t289)**-4
    t421 = t285*t420
    t422 = 1102.434171579808*t389
    t423 = 119.25211791588794/(t130)**4
    t424 = t126*t423
    t425 = (t298)**-4
    t426 = t294*t425
    t427 = (t293)**-4
    t428 = t290*t427
    t429 = 119.25211791588794*t342
    t430 = 238.50423583177587/(t207)**4
    t431 = t204*t430
    t432 = (t134)**-4
    t433 = 477.00847166355175*t432
    t434 = (t284)**-7
    t435 = t281*t434
    t436 = (t289)**-7
    t437 = t285*t436
    t438 = 1102.434171579808/(t130)**7
    t439 = t126*t438
    t440 = (t298)**-7
    t441 = t294*t440
    t442 = (t293)**-7
    t443 = t290*t442
    t444 = 1102.434171579808*t387
    t445 = 2204.868343159616/(t207)**7
    t446 = t204*t445
    t447 = (t134)**-7
    t448 = 4409.736686319232*t447
    t449 = 119.25211791588794*t344
    t450 = 119.25211791588794/(t125)**4
    t451 = 238.50423583177587/(t211)**4
    t452 = 1102.434171579808/(t125)**7
    t453 = 2204.868343159616/(t211)**7
    t454 = 1102.434171579808*t391 + 119.25211791588794*t340 - 1102.434171579808*t385 - 119.25211791588794*t346 + t122*t450 + t208*t451 - t122*t452 - t208*t453
    t455 = (t132)**-4
    t456 = 477.00847166355175*t455
    t457 = (t132)**-7
    t458 = 4409.736686319232*t457
    t459 = t256*t302
    t460 = t231*t304
    t461 = t260*t306
    t462 = t238*t308
    t463 = t115*t310
    t464 = t275*t312
    t465 = t267*t314
    t466 = t107*t316
    t467 = t254*t318
    t468 = t247*t320
    t469 = t155*t322
    t470 = 119.25211791588794*t469
    t471 = t151*t325
    t472 = 119.25211791588794*t471
    t473 = t179*t328
    t474 = 119.25211791588794*t473
    t475 = t167*t331
    t476 = 119.25211791588794*t475
    t477 = t216*t335
    t478 = t213*t337
    t479 = t182*t339
    t480 = t187*t341
    t481 = t194*t343
    t482 = t199*t345
    t483 = 477.00847166355175*t334
    t484 = t256*t347
    t485 = t231*t349
    t486 = t260*t351
    t487 = t238*t353
    t488 = t115*t355
    t489 = t275*t357
    t490 = t267*t359
    t491 = t107*t361
    t492 = t254*t363
    t493 = t247*t365
    t494 = t155*t367
    t495 = 1102.434171579808*t494
    t496 = t151*t370
    t497 = 1102.434171579808*t496
    t498 = t179*t373
    t499 = 1102.434171579808*t498
    t500 = t167*t376
    t501 = 1102.434171579808*t500
    t502 = t216*t380
    t503 = t213*t382
    t504 = t182*t384
    t505 = t187*t386
    t506 = t194*t388
    t507 = t199*t390
    t508 = 4409.736686319232*t379
    t509 = t144*t393
    t510 = t138*t395
    t511 = t144*t399
    t512 = t138*t401
    t513 = 119.25211791588794*t509 + 119.25211791588794*t510 - 1102.434171579808*t511 - 1102.434171579808*t512 + t226*t397 + t392*t99 - t226*t403 - t398*t99
    t514 = t174*t406
    t515 = t161*t408
    t516 = t174*t412
    t517 = t161*t414
    t518 = 119.25211791588794*t514 + 119.25211791588794*t515 - 1102.434171579808*t516 - 1102.434171579808*t517 + t109*t405 + t220*t410 - t109*t411 - t220*t416
    t519 = t283*t418
    t520 = t288*t420
    t521 = 1102.434171579808*t506
    t522 = t127*t423
    t523 = t295*t425
    t524 = t291*t427
    t525 = 119.25211791588794*t480
    t526 = t206*t430
    t527 = t283*t434
    t528 = t288*t436
    t529 = t127*t438
    t530 = t295*t440
    t531 = t291*t442
    t532 = 1102.434171579808*t505
    t533 = t206*t445
    t534 = 119.25211791588794*t481
    t535 = 1102.434171579808*t507 + 119.25211791588794*t479 - 1102.434171579808*t504 - 119.25211791588794*t482 + t123*t450 + t209*t451 - t123*t452 - t209*t453
    t536 = t257*t302
    t537 = t229*t304
    t538 = t263*t306
    t539 = t235*t308
    t540 = t120*t310
    t541 = t279*t312
    t542 = t272*t314
    t543 = t102*t316
    t544 = t250*t318
    t545 = t242*t320
    t546 = t157*t322
    t547 = 119.25211791588794*t546
    t548 = t152*t325
    t549 = 119.25211791588794*t548
    t550 = t177*t328
    t551 = 119.25211791588794*t550
    t552 = t166*t331
    t553 = 119.25211791588794*t552
    t554 = t217*t335
    t555 = t212*t337
    t556 = t184*t339
    t557 = t189*t341
    t558 = t192*t343
    t559 = t201*t345
    t560 = t257*t347
    t561 = t229*t349
    t562 = t263*t351
    t563 = t235*t353
    t564 = t120*t355
    t565 = t279*t357
    t566 = t272*t359
    t567 = t102*t361
    t568 = t250*t363
    t569 = t242*t365
    t570 = t157*t367
    t571 = 1102.434171579808*t570
    t572 = t152*t370
    t573 = 1102.434171579808*t572
    t574 = t177*t373
    t575 = 1102.434171579808*t574
    t576 = t166*t376
    t577 = 1102.434171579808*t576
    t578 = t217*t380
    t579 = t212*t382
    t580 = t184*t384
    t581 = t189*t386
    t582 = t192*t388
    t583 = t201*t390
    t584 = t146*t393
    t585 = t139*t395
    t586 = t146*t399
    t587 = t139*t401
    t588 = 119.25211791588794*t584 + 119.25211791588794*t585 - 1102.434171579808*t586 - 1102.434171579808*t587 + t224*t397 + t392*t96 - t224*t403 - t398*t96
    t589 = t172*t406
    t590 = t160*t408
    t591 = t172*t412
    t592 = t160*t414
    t593 = 119.25211791588794*t589 + 119.25211791588794*t590 - 1102.434171579808*t591 - 1102.434171579808*t592 + t112*t405 + t222*t410 - t112*t411 - t222*t416
    t594 = t282*t418
    t595 = t287*t420
    t596 = 1102.434171579808*t582
    t597 = t129*t423
    t598 = t297*t425
    t599 = t292*t427
    t600 = 119.25211791588794*t557
    t601 = t205*t430
    t602 = t282*t434
    t603 = t287*t436
    t604 = t129*t438
    t605 = t297*t440
    t606 = t292*t442
    t607 = 1102.434171579808*t581
    t608 = t205*t445
    t609 = 119.25211791588794*t558
    t610 = 1102.434171579808*t583 + 119.25211791588794*t556 - 1102.434171579808*t580 - 119.25211791588794*t559 + t124*t450 + t210*t451 - t124*t452 - t210*t453
    if not numpy.all(numpy.asarray(in_A_4 + in_A_8 + t0 + t1 + t10 + t11 + t2 + t6 + t8 - t3 - t4 - t5 - in_A_0*t5 - in_A_4*t4 - in_A_8*t3) > 0):
        raise ValueError("det(I + A) must be positive (the deformation inverts the crystal)")
    if not numpy.all(numpy.asarray(0.36 + t12 + t13 + t14 + t15) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.8: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.1296 + t19 + t21 + t22 + t24 + t25 + t26 + t27 + t28 + t29 + t30 + t31 + t32 + t34 + t35 + t37 + t38 + t39 - t17 - t18 - t33 - t40 - t41 - t43 - t46 - t48 - t50 - t0*t33) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.8: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.046656 + t73 + t75 + t86 + t87 + t88 + t89 + t91 - t57 - t58 - t59 - t65 - t67 - t69 - t71 + 8.0*t6 - 0.2304*t13 - 0.2304*t14 - 0.2304*t16 - 0.2304*t23 - 0.2304*t51 - 0.2304*t52 - 0.64*t28 - 0.64*t32 + (0.36)*t29 + (1.28)*t49 + (1.44)*t0 + (1.44)*t1 + (1.44)*t2 + (0.1296)*t12 + (0.1296)*t20 + (0.1296)*t53 + (0.2592)*in_A_0 + (0.2592)*in_A_4 + (0.2592)*in_A_8 + t0*t73 + t0*t75 + t0*t88 + t0*t89 + t0*t91 + t1*t73 + t1*t75 + t1*t87 + t10*t15 + t10*t36 + t12*t26 + t12*t62 + t12*t78 + t15*t8 + t15*t90 + t19*t20 + t19*t53 + t2*t73 + t2*t75 + t2*t86 + t20*t25 + t20*t62 + t20*t77 + t21*t53 + t22*t51 + t24*t52 + t25*t53 + t26*t53 + t27*t53 + t27*t76 + t28*t52 + t29*t53 + t29*t76 + t30*t52 + t31*t51 + t32*t51 + t34*t53 + t35*t52 + t36*t8 + t36*t90 + t37*t53 + t38*t51 + t39*t53 + t4*t41 + t4*t95 + t40*t5 + t45*t79 + t47*t54 + t49*t55 + t5*t86 + t5*t95 + t54*t92 + t55*t93 + t7*t81 + t79*t80 + t79*t82 + t80*t81 - in_A_8*t58 - in_A_8*t59 - t0*t57 - t0*t65 - t0*t67 - t1*t58 - t1*t69 - t12*t60 - t13*t56 - t14*t17 - t14*t55 - t14*t60 - t16*t56 - t17*t52 - t17*t53 - t18*t23 - t18*t51 - t18*t53 - t2*t59 - t2*t71 - t20*t61 - t23*t54 - t23*t61 - t25*t3 - t25*t4 - t26*t3 - t26*t5 - t3*t77 - t3*t78 - t34*t4 - t35*t92 - t37*t5 - t38*t93 - t39*t4 - t39*t5 - t4*t66 - t4*t78 - t4*t94 - t40*t53 - t41*t53 - t43*t52 - t46*t51 - t48*t52 - t5*t63 - t5*t77 - t5*t94 - t50*t51 - t51*t55 - t52*t54 - t68*t76 - t70*t76 - t72*t85 - t83*t84 + in_A_5*t45*t56 + in_A_7*t56*t80 - in_A_5*t14*t83 - in_A_5*t76*t85 - t76*t80*t84 - in_A_3*in_A_5*t23*t74) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.8: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(10.411154082261268 - t100) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t108) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t113) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t121) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t125) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t130) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t132) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t134) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t136) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t140) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t147) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t153) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t158) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t162) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t168) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t175) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t180) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t186) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t191) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t197) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t203) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t207) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t211) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t215) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t219) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t223) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t227) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t234) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t240) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t248) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t255) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t259) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t265) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t273) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t280) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t284) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t289) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t293) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t298) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t141 + t214)**2 + (-t198 - t209)**2 + (-t200 - t210)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t131 + t212)**2 + (t173 + t220)**2 + (t214 + t74)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t133 + t216)**2 + (t135 + t204)**2 + (t145 + t224)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t131 + t224)**2 + (t133 + t220)**2 + (t135 + t208)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t131 + t229)**2 + (t231 + t72)**2 + (t233 + t74)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t141 + t233)**2 + (t143 + t231)**2 + (t145 + t229)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t131 + t235)**2 + (t239 + t74)**2 + (t149 + t230 + t72)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t141 + t239)**2 + (-t156 - t261)**2 + (-t237 - t72)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t131 + t242)**2 + (t244 + t74)**2 + (t247 + t72)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t141 + t244)**2 + (t143 + t247)**2 + (t145 + t242)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t131 + t250)**2 + (t150 + t299)**2 + (t252 + t74)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t141 + t252)**2 + (-t253 - t72)**2 + (-t118 - t131 - t241)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t133 + t256)**2 + (t257 + t44)**2 + (t258 + t42)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t133 + t260)**2 + (t264 + t42)**2 + (t164 + t228 + t44)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t169 + t258)**2 + (t171 + t257)**2 + (t173 + t256)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t169 + t264)**2 + (-t178 - t236)**2 + (-t262 - t44)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t133 + t267)**2 + (t269 + t42)**2 + (t272 + t44)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t133 + t275)**2 + (t165 + t300)**2 + (t277 + t42)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t169 + t269)**2 + (t171 + t272)**2 + (t173 + t267)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t169 + t277)**2 + (-t278 - t44)**2 + (-t105 - t133 - t266)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t135 + t281)**2 + (t181 + t283)**2 + (t183 + t282)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t135 + t285)**2 + (t181 + t288)**2 + (t188 + t241)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t135 + t290)**2 + (t181 + t291)**2 + (t183 + t292)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t135 + t294)**2 + (t181 + t295)**2 + (in_A_7 + t183 + t300)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t183 + t296)**2 + (t193 + t266)**2 + (t195 + t268)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t195 + t276)**2 + (-t198 - t291)**2 + (-t200 - t292)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (in_A_2 + t301)**2 + (t183 + t286)**2 + (in_A_5 + t181 + t299)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t116 + t301)**2 + (-t198 - t283)**2 + (-t200 - t282)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (4.0 + t64)**2 + 16.0*t51 + 16.0*t52) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (4.0 + t66)**2 + 16.0*t16 + 16.0*t23) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (4.0 + t63)**2 + 16.0*t13 + 16.0*t14) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    out = numpy.empty(batch + (9,))
    out[..., 0] = t311 + t317 + t324 + t327 + t330 + t333 + t336 + t338 + t404 + t417 - t356 - t362 - t369 - t372 - t375 - t378 - t381 - t383 + 357.7563537476638*t303 + 357.7563537476638*t305 + 357.7563537476638*t307 + 357.7563537476638*t309 + 119.25211791588794*t313 + 119.25211791588794*t315 + 119.25211791588794*t319 + 119.25211791588794*t321 + 238.50423583177587*t340 + 238.50423583177587*t342 + 238.50423583177587*t344 + 238.50423583177587*t346 - 3307.302514739424*t348 - 3307.302514739424*t350 - 3307.302514739424*t352 - 3307.302514739424*t354 - 1102.434171579808*t358 - 1102.434171579808*t360 - 1102.434171579808*t364 - 1102.434171579808*t366 - 2204.868343159616*t385 - 2204.868343159616*t387 - 2204.868343159616*t389 - 2204.868343159616*t391 + 238.50423583177587*t135*t334 - 2204.868343159616*t135*t379
    out[..., 1] = t362 + t369 + t372 + t383 + t404 + t422 + t424 + t429 + t431 + t454 - t317 - t324 - t327 - t338 - t439 - t444 - t446 - t449 + 3307.302514739424*t364 + 357.7563537476638*t321 + 357.7563537476638*t419 + 357.7563537476638*t421 + 1102.434171579808*t354 + 2204.868343159616*t374 + 2204.868343159616*t413 + 119.25211791588794*t305 + 119.25211791588794*t426 + 119.25211791588794*t428 + 238.50423583177587*t332 + 238.50423583177587*t409 - 3307.302514739424*t366 - 3307.302514739424*t435 - 3307.302514739424*t437 - 357.7563537476638*t319 - 1102.434171579808*t350 - 1102.434171579808*t441 - 1102.434171579808*t443 - 2204.868343159616*t377 - 2204.868343159616*t415 - 119.25211791588794*t309 - 238.50423583177587*t329 - 238.50423583177587*t407 + in_A_1*t433 - in_A_1*t448
    out[..., 2] = t356 + t375 + t378 + t381 + t417 + t439 + t444 + t446 + t449 + t454 - t311 - t330 - t333 - t336 - t422 - t424 - t429 - t431 + 3307.302514739424*t358 + 3307.302514739424*t441 + 357.7563537476638*t315 + 357.7563537476638*t428 + 1102.434171579808*t352 + 1102.434171579808*t437 + 2204.868343159616*t368 + 2204.868343159616*t400 + 119.25211791588794*t303 + 119.25211791588794*t419 + 238.50423583177587*t326 + 238.50423583177587*t396 - 3307.302514739424*t360 - 3307.302514739424*t443 - 357.7563537476638*t313 - 357.7563537476638*t426 - 1102.434171579808*t348 - 1102.434171579808*t435 - 2204.868343159616*t371 - 2204.868343159616*t402 - 119.25211791588794*t307 - 119.25211791588794*t421 - 238.50423583177587*t323 - 238.50423583177587*t394 + in_A_2*t456 - in_A_2*t458
    out[..., 3] = t463 + t466 + t470 + t472 + t474 + t476 + t477 + t478 + t513 + t518 - t488 - t491 - t495 - t497 - t499 - t501 - t502 - t503 + 357.7563537476638*t459 + 357.7563537476638*t460 + 357.7563537476638*t461 + 357.7563537476638*t462 + 119.25211791588794*t464 + 119.25211791588794*t465 + 119.25211791588794*t467 + 119.25211791588794*t468 + 238.50423583177587*t479 + 238.50423583177587*t480 + 238.50423583177587*t481 + 238.50423583177587*t482 - 3307.302514739424*t484 - 3307.302514739424*t485 - 3307.302514739424*t486 - 3307.302514739424*t487 - 1102.434171579808*t489 - 1102.434171579808*t490 - 1102.434171579808*t492 - 1102.434171579808*t493 - 2204.868343159616*t504 - 2204.868343159616*t505 - 2204.868343159616*t506 - 2204.868343159616*t507 + in_A_3*t483 - in_A_3*t508
    out[..., 4] = t491 + t495 + t497 + t503 + t513 + t521 + t522 + t525 + t526 + t535 - t466 - t470 - t472 - t478 - t529 - t532 - t533 - t534 + 3307.302514739424*t492 + 357.7563537476638*t468 + 357.7563537476638*t519 + 357.7563537476638*t520 + 1102.434171579808*t487 + 2204.868343159616*t498 + 2204.868343159616*t516 + 119.25211791588794*t460 + 119.25211791588794*t523 + 119.25211791588794*t524 + 238.50423583177587*t475 + 238.50423583177587*t515 - 3307.302514739424*t493 - 3307.302514739424*t527 - 3307.302514739424*t528 - 357.7563537476638*t467 - 1102.434171579808*t485 - 1102.434171579808*t530 - 1102.434171579808*t531 - 2204.868343159616*t500 - 2204.868343159616*t517 - 119.25211791588794*t462 - 238.50423583177587*t473 - 238.50423583177587*t514 + 238.50423583177587*t133*t432 - 2204.868343159616*t133*t447
    out[..., 5] = t488 + t499 + t501 + t502 + t518 + t529 + t532 + t533 + t534 + t535 - t463 - t474 - t476 - t477 - t521 - t522 - t525 - t526 + 3307.302514739424*t489 + 3307.302514739424*t530 + 357.7563537476638*t465 + 357.7563537476638*t524 + 1102.434171579808*t486 + 1102.434171579808*t528 + 2204.868343159616*t494 + 2204.868343159616*t511 + 119.25211791588794*t459 + 119.25211791588794*t519 + 238.50423583177587*t471 + 238.50423583177587*t510 - 3307.302514739424*t490 - 3307.302514739424*t531 - 357.7563537476638*t464 - 357.7563537476638*t523 - 1102.434171579808*t484 - 1102.434171579808*t527 - 2204.868343159616*t496 - 2204.868343159616*t512 - 119.25211791588794*t461 - 119.25211791588794*t520 - 238.50423583177587*t469 - 238.50423583177587*t509 + in_A_5*t456 - in_A_5*t458
    out[..., 6] = t540 + t543 + t547 + t549 + t551 + t553 + t554 + t555 + t588 + t593 - t564 - t567 - t571 - t573 - t575 - t577 - t578 - t579 + 357.7563537476638*t536 + 357.7563537476638*t537 + 357.7563537476638*t538 + 357.7563537476638*t539 + 119.25211791588794*t541 + 119.25211791588794*t542 + 119.25211791588794*t544 + 119.25211791588794*t545 + 238.50423583177587*t556 + 238.50423583177587*t557 + 238.50423583177587*t558 + 238.50423583177587*t559 - 3307.302514739424*t560 - 3307.302514739424*t561 - 3307.302514739424*t562 - 3307.302514739424*t563 - 1102.434171579808*t565 - 1102.434171579808*t566 - 1102.434171579808*t568 - 1102.434171579808*t569 - 2204.868343159616*t580 - 2204.868343159616*t581 - 2204.868343159616*t582 - 2204.868343159616*t583 + in_A_6*t483 - in_A_6*t508
    out[..., 7] = t567 + t571 + t573 + t579 + t588 + t596 + t597 + t600 + t601 + t610 - t543 - t547 - t549 - t555 - t604 - t607 - t608 - t609 + 3307.302514739424*t568 + 357.7563537476638*t545 + 357.7563537476638*t594 + 357.7563537476638*t595 + 1102.434171579808*t563 + 2204.868343159616*t574 + 2204.868343159616*t591 + 119.25211791588794*t537 + 119.25211791588794*t598 + 119.25211791588794*t599 + 238.50423583177587*t552 + 238.50423583177587*t590 - 3307.302514739424*t569 - 3307.302514739424*t602 - 3307.302514739424*t603 - 357.7563537476638*t544 - 1102.434171579808*t561 - 1102.434171579808*t605 - 1102.434171579808*t606 - 2204.868343159616*t576 - 2204.868343159616*t592 - 119.25211791588794*t539 - 238.50423583177587*t550 - 238.50423583177587*t589 + in_A_7*t433 - in_A_7*t448
    out[..., 8] = t564 + t575 + t577 + t578 + t593 + t604 + t607 + t608 + t609 + t610 - t540 - t551 - t553 - t554 - t596 - t597 - t600 - t601 + 3307.302514739424*t565 + 3307.302514739424*t605 + 357.7563537476638*t542 + 357.7563537476638*t599 + 1102.434171579808*t562 + 1102.434171579808*t603 + 2204.868343159616*t570 + 2204.868343159616*t586 + 119.25211791588794*t536 + 119.25211791588794*t594 + 238.50423583177587*t548 + 238.50423583177587*t585 - 3307.302514739424*t566 - 3307.302514739424*t606 - 357.7563537476638*t541 - 357.7563537476638*t598 - 1102.434171579808*t560 - 1102.434171579808*t602 - 2204.868343159616*t572 - 2204.868343159616*t587 - 119.25211791588794*t538 - 119.25211791588794*t595 - 238.50423583177587*t546 - 238.50423583177587*t584 + 238.50423583177587*t131*t455 - 2204.868343159616*t131*t457
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
    t0 = in_A_0*in_A_4
    t1 = in_A_0*in_A_8
    t2 = in_A_4*in_A_8
    t3 = in_A_1*in_A_3
    t4 = in_A_2*in_A_6
    t5 = in_A_5*in_A_7
    t6 = in_A_8*t0
    t7 = in_A_1*in_A_6
    t8 = in_A_5*t7
    t9 = in_A_3*in_A_7
    t10 = in_A_2*t9
    t11 = 1.0 + in_A_0
    t12 = (in_A_0)**2
    t13 = (in_A_3)**2
    t14 = (in_A_6)**2
    t15 = 2.0*in_A_0
    t16 = (in_A_1)**2
    t17 = (0.64)*t16
    t18 = (0.64)*t13
    t19 = (0.36)*t12
    t20 = (in_A_4)**2
    t21 = (0.36)*t20
    t22 = (0.36)*t14
    t23 = (in_A_7)**2
    t24 = (0.36)*t23
    t25 = (0.72)*in_A_0
    t26 = (0.72)*in_A_4
    t27 = t12*t20
    t28 = t12*t23
    t29 = t13*t16
    t30 = t14*t16
    t31 = t13*t23
    t32 = t14*t20
    t33 = 2.0*t3
    t34 = t15*t20
    t35 = t15*t23
    t36 = 2.0*in_A_4
    t37 = t12*t36
    t38 = t14*t36
    t39 = 4.0*t0
    t40 = t15*t3
    t41 = t3*t36
    t42 = 2.0*in_A_1
    t43 = in_A_6*in_A_7*t42
    t44 = 2.0*in_A_7
    t45 = in_A_3*in_A_6
    t46 = t44*t45
    t47 = in_A_7*t7
    t48 = t15*t47
    t49 = in_A_6*t9
    t50 = t36*t49
    t51 = (in_A_2)**2
    t52 = (in_A_5)**2
    t53 = (in_A_8)**2
    t54 = (1.28)*in_A_0
    t55 = (1.28)*in_A_4
    t56 = (1.28)*in_A_8
    t57 = (0.72)*t3
    t58 = (0.72)*t4
    t59 = (0.72)*t5
    t60 = (0.64)*t52
    t61 = (0.64)*t51
    t62 = (0.72)*in_A_8
    t63 = 4.0*in_A_0
    t64 = 4.0*in_A_8
    t65 = t3*t64
    t66 = 4.0*in_A_4
    t67 = t33*t53
    t68 = t20*t4
    t69 = 2.0*t68
    t70 = t12*t5
    t71 = 2.0*t70
    t72 = 2.0*in_A_5
    t73 = t7*t72
    t74 = 2.0*in_A_2
    t75 = t74*t9
    t76 = 2.0*in_A_8
    t77 = 4.0*t1
    t78 = 4.0*t2
    t79 = (1.28)*in_A_5
    t80 = in_A_1*in_A_2
    t81 = (1.28)*in_A_7
    t82 = in_A_2*in_A_3
    t83 = in_A_5*t74
    t84 = in_A_1*in_A_7
    t85 = t16*t45
    t86 = t33*t4
    t87 = t33*t5
    t88 = t76*t8
    t89 = t10*t76
    t90 = t4*t5
    t91 = 2.0*t90
    t92 = in_A_5*t82
    t93 = in_A_5*t80
    t94 = in_A_7*t80
    t95 = t0*t64
    t96 = t3*t76
    t97 = in_A_6 + in_A_7
    t98 = (t97)**2
    t99 = in_A_1 + t11
    t100 = (t99)**2
    t101 = 1.0 + in_A_4
    t102 = in_A_3 + t101
    t103 = (t102)**2
    t104 = t100 + t103 + t98
    t105 = -in_A_7
    t106 = in_A_6 + t105
    t107 = (t106)**2
    t108 = -in_A_1
    t109 = t108 + t11
    t110 = (t109)**2
    t111 = -in_A_3
    t112 = t101 + t111
    t113 = -t112
    t114 = (t113)**2
    t115 = t107 + t110 + t114
    t116 = in_A_3 + in_A_5
    t117 = (t116)**2
    t118 = in_A_2 + t11
    t119 = (t118)**2
    t120 = 1.0 + in_A_8
    t121 = in_A_6 + t120
    t122 = (t121)**2
    t123 = t117 + t119 + t122
    t124 = -in_A_5
    t125 = in_A_3 + t124
    t126 = (t125)**2
    t127 = -in_A_2
    t128 = t11 + t127
    t129 = (t128)**2
    t130 = -in_A_6
    t131 = t120 + t130
    t132 = -t131
    t133 = (t132)**2
    t134 = t126 + t129 + t133
    t135 = in_A_1 + in_A_2
    t136 = (t135)**2
    t137 = in_A_5 + t101
    t138 = (t137)**2
    t139 = in_A_7 + t120
    t140 = (t139)**2
    t141 = t136 + t138 + t140
    t142 = in_A_1 + t127
    t143 = (t142)**2
    t144 = t101 + t124
    t145 = (t144)**2
    t146 = t105 + t120
    t147 = -t146
    t148 = (t147)**2
    t149 = t143 + t145 + t148
    t150 = 2.0 + t76
    t151 = (t150)**2
    t152 = t151 + 4.0*t51 + 4.0*t52
    t153 = 2.0 + t36
    t154 = (t153)**2
    t155 = t154 + 4.0*t16 + 4.0*t23
    t156 = 2.0 + t15
    t157 = (t156)**2
    t158 = t157 + 4.0*t13 + 4.0*t14
    t159 = t74 + t99
    t160 = (t159)**2
    t161 = t102 + t72
    t162 = (t161)**2
    t163 = t150 + t97
    t164 = (t163)**2
    t165 = t160 + t162 + t164
    t166 = -t74
    t167 = t166 + t99
    t168 = (t167)**2
    t169 = -t72
    t170 = t102 + t169
    t171 = (t170)**2
    t172 = -2.0 - t76
    t173 = t172 + t97
    t174 = (t173)**2
    t175 = t168 + t171 + t174
    t176 = t109 + t74
    t177 = (t176)**2
    t178 = -1.0 - in_A_4
    t179 = in_A_3 + t72
    t180 = t178 + t179
    t181 = (t180)**2
    t182 = t106 + t150
    t183 = (t182)**2
    t184 = t177 + t181 + t183
    t185 = t109 + t166
    t186 = (t185)**2
    t187 = -t112 - t72
    t188 = (t187)**2
    t189 = in_A_7 + t150
    t190 = -t130 - t189
    t191 = (t190)**2
    t192 = t186 + t188 + t191
    t193 = t118 + t42
    t194 = (t193)**2
    t195 = t121 + t44
    t196 = (t195)**2
    t197 = t116 + t153
    t198 = (t197)**2
    t199 = t194 + t196 + t198
    t200 = t128 + t42
    t201 = (t200)**2
    t202 = -1.0 - in_A_8
    t203 = in_A_6 + t44
    t204 = t202 + t203
    t205 = (t204)**2
    t206 = t125 + t153
    t207 = (t206)**2
    t208 = t201 + t205 + t207
    t209 = -t42
    t210 = t118 + t209
    t211 = (t210)**2
    t212 = -t44
    t213 = t121 + t212
    t214 = (t213)**2
    t215 = -2.0 - t36
    t216 = t116 + t215
    t217 = (t216)**2
    t218 = t211 + t214 + t217
    t219 = t128 + t209
    t220 = (t219)**2
    t221 = -t131 - t44
    t222 = (t221)**2
    t223 = in_A_5 + t153
    t224 = -t111 - t223
    t225 = (t224)**2
    t226 = t220 + t222 + t225
    t227 = 2.0*in_A_3
    t228 = t137 + t227
    t229 = (t228)**2
    t230 = 2.0*in_A_6
    t231 = t139 + t230
    t232 = (t231)**2
    t233 = t135 + t156
    t234 = (t233)**2
    t235 = t229 + t232 + t234
    t236 = t144 + t227
    t237 = (t236)**2
    t238 = t202 + t230
    t239 = in_A_7 + t238
    t240 = (t239)**2
    t241 = t142 + t156
    t242 = (t241)**2
    t243 = t237 + t240 + t242
    t244 = t146 + t230
    t245 = (t244)**2
    t246 = t178 + t227
    t247 = in_A_5 + t246
    t248 = (t247)**2
    t249 = t108 + t156
    t250 = in_A_2 + t249
    t251 = (t250)**2
    t252 = t245 + t248 + t251
    t253 = -2.0*in_A_3
    t254 = -t137 - t253
    t255 = (t254)**2
    t256 = -2.0*in_A_6
    t257 = -t139 - t256
    t258 = (t257)**2
    t259 = t127 + t249
    t260 = (t259)**2
    t261 = t255 + t258 + t260
    t262 = t166 + t42
    t263 = (t262)**2
    t264 = -t150 - t212
    t265 = (t264)**2
    t266 = t153 + t169
    t267 = (t266)**2
    t268 = t263 + t265 + t267
    t269 = t42 + t74
    t270 = (t269)**2
    t271 = t153 + t72
    t272 = (t271)**2
    t273 = t150 + t44
    t274 = (t273)**2
    t275 = t270 + t272 + t274
    t276 = t212 + t230
    t277 = (t276)**2
    t278 = -t153 - t253
    t279 = (t278)**2
    t280 = t156 + t209
    t281 = (t280)**2
    t282 = t277 + t279 + t281
    t283 = t169 + t227
    t284 = (t283)**2
    t285 = -t150 - t256
    t286 = (t285)**2
    t287 = t156 + t166
    t288 = (t287)**2
    t289 = t284 + t286 + t288
    t290 = t227 + t72
    t291 = (t290)**2
    t292 = t156 + t74
    t293 = (t292)**2
    t294 = t150 + t230
    t295 = (t294)**2
    t296 = t291 + t293 + t295
    t297 = t230 + t44
    t298 = (t297)**2
    t299 = t156 + t42
    t300 = (t299)**2
    t301 = t153 + t227
    t302 = (t301)**2
    t303 = t298 + t300 + t302
    t304 = 3.0*in_A_6
    t305 = in_A_7 + t304
    t306 = (t305)**2
    t307 = 3.0*in_A_3
    t308 = t101 + t307
    t309 = (t308)**2
    t310 = 3.0 + 3.0*in_A_0
    t311 = in_A_1 + t310
    t312 = (t311)**2
    t313 = t306 + t309 + t312
    t314 = t105 + t304
    t315 = (t314)**2
    t316 = -3.0*in_A_3
    t317 = t101 + t316
    t318 = -t317
    t319 = (t318)**2
    t320 = t108 + t310
    t321 = (t320)**2
    t322 = t315 + t319 + t321
    t323 = 3.0*in_A_7
    t324 = in_A_6 + t323
    t325 = (t324)**2
    t326 = 3.0*in_A_1
    t327 = t11 + t326
    t328 = (t327)**2
    t329 = 3.0*in_A_4
    t330 = 3.0 + t329
    t331 = in_A_3 + t330
    t332 = (t331)**2
    t333 = t325 + t328 + t332
    t334 = -t323
    t335 = in_A_6 + t334
    t336 = (t335)**2
    t337 = -t326
    t338 = t11 + t337
    t339 = (t338)**2
    t340 = t111 + t330
    t341 = -t340
    t342 = (t341)**2
    t343 = t336 + t339 + t342
    t344 = in_A_5 + t307
    t345 = (t344)**2
    t346 = t120 + t304
    t347 = (t346)**2
    t348 = in_A_2 + t310
    t349 = (t348)**2
    t350 = t345 + t347 + t349
    t351 = t124 + t307
    t352 = (t351)**2
    t353 = -3.0*in_A_6
    t354 = t120 + t353
    t355 = -t354
    t356 = (t355)**2
    t357 = t127 + t310
    t358 = (t357)**2
    t359 = t352 + t356 + t358
    t360 = 3.0*in_A_5
    t361 = in_A_3 + t360
    t362 = (t361)**2
    t363 = 3.0*in_A_2
    t364 = t11 + t363
    t365 = (t364)**2
    t366 = 3.0*in_A_8
    t367 = 3.0 + t366
    t368 = in_A_6 + t367
    t369 = (t368)**2
    t370 = t362 + t365 + t369
    t371 = -t360
    t372 = in_A_3 + t371
    t373 = (t372)**2
    t374 = -t363
    t375 = t11 + t374
    t376 = (t375)**2
    t377 = t130 + t367
    t378 = -t377
    t379 = (t378)**2
    t380 = t373 + t376 + t379
    t381 = in_A_2 + t326
    t382 = (t381)**2
    t383 = t120 + t323
    t384 = (t383)**2
    t385 = in_A_5 + t330
    t386 = (t385)**2
    t387 = t382 + t384 + t386
    t388 = t127 + t326
    t389 = (t388)**2
    t390 = t120 + t334
    t391 = -t390
    t392 = (t391)**2
    t393 = t124 + t330
    t394 = (t393)**2
    t395 = t389 + t392 + t394
    t396 = in_A_1 + t363
    t397 = (t396)**2
    t398 = t101 + t360
    t399 = (t398)**2
    t400 = in_A_7 + t367
    t401 = (t400)**2
    t402 = t397 + t399 + t401
    t403 = in_A_1 + t374
    t404 = (t403)**2
    t405 = t101 + t371
    t406 = (t405)**2
    t407 = t105 + t367
    t408 = -t407
    t409 = (t408)**2
    t410 = t404 + t406 + t409
    t411 = -3.0 - t329
    t412 = -3.0 - t366
    t413 = t156 + t337
    t414 = (t313)**-5
    t415 = t312*t414
    t416 = (t350)**-5
    t417 = t349*t416
    t418 = (t322)**-5
    t419 = t321*t418
    t420 = (t359)**-5
    t421 = t358*t420
    t422 = (t343)**-5
    t423 = t339*t422
    t424 = (t380)**-5
    t425 = t376*t424
    t426 = (t333)**-5
    t427 = t328*t426
    t428 = (t370)**-5
    t429 = t365*t428
    t430 = (t158)**-5
    t431 = (t235)**-5
    t432 = t234*t431
    t433 = (t243)**-5
    t434 = t242*t433
    t435 = (t252)**-5
    t436 = t251*t435
    t437 = (t261)**-5
    t438 = t260*t437
    t439 = (t313)**-8
    t440 = (t350)**-8
    t441 = (t322)**-8
    t442 = (t359)**-8
    t443 = (t343)**-8
    t444 = (t380)**-8
    t445 = (t333)**-8
    t446 = (t370)**-8
    t447 = (t158)**-8
    t448 = (t235)**-8
    t449 = (t243)**-8
    t450 = (t252)**-8
    t451 = (t261)**-8
    t452 = 954.0169433271035/(t104)**5
    t453 = t100*t452
    t454 = (t175)**-5
    t455 = t168*t454
    t456 = 954.0169433271035*t455
    t457 = (t165)**-5
    t458 = t160*t457
    t459 = 954.0169433271035*t458
    t460 = 3816.067773308414/(t303)**5
    t461 = t300*t460
    t462 = (t104)**-8
    t463 = (t175)**-8
    t464 = (t165)**-8
    t465 = (t303)**-8
    t466 = 954.0169433271035/(t115)**5
    t467 = (t192)**-5
    t468 = t186*t467
    t469 = (t184)**-5
    t470 = t177*t469
    t471 = 3816.067773308414/(t282)**5
    t472 = 15434.078402117313/(t115)**8
    t473 = (t192)**-8
    t474 = t186*t473
    t475 = (t184)**-8
    t476 = t177*t475
    t477 = 61736.31360846925/(t282)**8
    t478 = (t192)**-7
    t479 = (t184)**-7
    t480 = (t192)**-4
    t481 = (t184)**-4
    t482 = 1102.434171579808*t478 + 1102.434171579808*t479 + 1102.434171579808/(t115)**7 + 4409.736686319232/(t282)**7 - 119.25211791588794*t480 - 119.25211791588794*t481 - 119.25211791588794/(t115)**4 - 477.00847166355175/(t282)**4
    t483 = t482 + 954.0169433271035*t468 + 954.0169433271035*t470 - 15434.078402117313*t474 - 15434.078402117313*t476 + t110*t466 + t281*t471 - t110*t472 - t281*t477
    t484 = 1102.434171579808/(t104)**7
    t485 = (t175)**-7
    t486 = 1102.434171579808*t485
    t487 = (t165)**-7
    t488 = 1102.434171579808*t487
    t489 = 4409.736686319232/(t303)**7
    t490 = (t104)**-4
    t491 = (t175)**-4
    t492 = (t165)**-4
    t493 = (t303)**-4
    t494 = t484 + t486 + t488 + t489 - 119.25211791588794*t490 - 119.25211791588794*t491 - 119.25211791588794*t492 - 477.00847166355175*t493
    t495 = t453 + t456 + t459 + t461 + t483 + t494 - 15434.078402117313*t100*t462 - 15434.078402117313*t160*t464 - 15434.078402117313*t168*t463 - 61736.31360846925*t300*t465
    t496 = 954.0169433271035/(t123)**5
    t497 = t119*t496
    t498 = (t218)**-5
    t499 = t211*t498
    t500 = 954.0169433271035*t499
    t501 = (t199)**-5
    t502 = t194*t501
    t503 = 954.0169433271035*t502
    t504 = 3816.067773308414/(t296)**5
    t505 = t293*t504
    t506 = (t123)**-8
    t507 = (t218)**-8
    t508 = (t199)**-8
    t509 = (t296)**-8
    t510 = 954.0169433271035/(t134)**5
    t511 = (t226)**-5
    t512 = t220*t511
    t513 = (t208)**-5
    t514 = t201*t513
    t515 = 3816.067773308414/(t289)**5
    t516 = 15434.078402117313/(t134)**8
    t517 = (t226)**-8
    t518 = t220*t517
    t519 = (t208)**-8
    t520 = t201*t519
    t521 = 61736.31360846925/(t289)**8
    t522 = (t226)**-7
    t523 = (t208)**-7
    t524 = (t226)**-4
    t525 = (t208)**-4
    t526 = 1102.434171579808*t522 + 1102.434171579808*t523 + 1102.434171579808/(t134)**7 + 4409.736686319232/(t289)**7 - 119.25211791588794*t524 - 119.25211791588794*t525 - 119.25211791588794/(t134)**4 - 477.00847166355175/(t289)**4
    t527 = t526 + 954.0169433271035*t512 + 954.0169433271035*t514 - 15434.078402117313*t518 - 15434.078402117313*t520 + t129*t510 + t288*t515 - t129*t516 - t288*t521
    t528 = 1102.434171579808/(t123)**7
    t529 = (t218)**-7
    t530 = 1102.434171579808*t529
    t531 = (t199)**-7
    t532 = 1102.434171579808*t531
    t533 = 4409.736686319232/(t296)**7
    t534 = (t123)**-4
    t535 = (t218)**-4
    t536 = (t199)**-4
    t537 = (t296)**-4
    t538 = t528 + t530 + t532 + t533 - 119.25211791588794*t534 - 119.25211791588794*t535 - 119.25211791588794*t536 - 477.00847166355175*t537
    t539 = t497 + t500 + t503 + t505 + t527 + t538 - 15434.078402117313*t119*t506 - 15434.078402117313*t194*t508 - 15434.078402117313*t211*t507 - 61736.31360846925*t293*t509
    t540 = (t350)**-7
    t541 = (t313)**-7
    t542 = (t359)**-7
    t543 = (t322)**-7
    t544 = (t380)**-7
    t545 = (t370)**-7
    t546 = (t343)**-7
    t547 = (t333)**-7
    t548 = (t235)**-7
    t549 = (t243)**-7
    t550 = (t252)**-7
    t551 = (t261)**-7
    t552 = (t350)**-4
    t553 = (t313)**-4
    t554 = (t359)**-4
    t555 = (t322)**-4
    t556 = (t380)**-4
    t557 = (t370)**-4
    t558 = (t343)**-4
    t559 = (t333)**-4
    t560 = (t235)**-4
    t561 = (t243)**-4
    t562 = (t252)**-4
    t563 = (t261)**-4
    t564 = 9921.907544218271*t540 + 9921.907544218271*t541 + 9921.907544218271*t542 + 9921.907544218271*t543 + 1102.434171579808*t544 + 1102.434171579808*t545 + 1102.434171579808*t546 + 1102.434171579808*t547 + 4409.736686319232*t548 + 4409.736686319232*t549 + 4409.736686319232*t550 + 4409.736686319232*t551 + 4409.736686319232/(t158)**7 - 1073.2690612429915*t552 - 1073.2690612429915*t553 - 1073.2690612429915*t554 - 1073.2690612429915*t555 - 119.25211791588794*t556 - 119.25211791588794*t557 - 119.25211791588794*t558 - 119.25211791588794*t559 - 477.00847166355175*t560 - 477.00847166355175*t561 - 477.00847166355175*t562 - 477.00847166355175*t563 - 477.00847166355175/(t158)**4
    t565 = 15434.078402117313*t462
    t566 = t168*t463
    t567 = t160*t464
    t568 = 30868.156804234626*t520
    t569 = t242*t449
    t570 = 30868.156804234626*t569
    t571 = 61736.31360846925*t465
    t572 = 1908.033886654207*t512
    t573 = 1908.033886654207*t436
    t574 = 30868.156804234626*t518
    t575 = t251*t450
    t576 = 30868.156804234626*t575
    t577 = 1908.033886654207*t514
    t578 = 1908.033886654207*t434
    t579 = t234*t448
    t580 = t260*t451
    t581 = 2204.868343159616*t551 + 238.50423583177587*t560 - 2204.868343159616*t548 - 238.50423583177587*t563
    t582 = t581 + 30868.156804234626*t579 + 1908.033886654207*t438 - 30868.156804234626*t580 - 1908.033886654207*t432
    t583 = t194*t508
    t584 = t211*t507
    t585 = 2204.868343159616*t529 + 238.50423583177587*t536 - 2204.868343159616*t531 - 238.50423583177587*t535
    t586 = t585 + 30868.156804234626*t583 + 1908.033886654207*t499 - 30868.156804234626*t584 - 1908.033886654207*t502
    t587 = 2204.868343159616*t522
    t588 = 2204.868343159616*t550
    t589 = 238.50423583177587*t525
    t590 = 238.50423583177587*t561
    t591 = 2204.868343159616*t523
    t592 = 2204.868343159616*t549
    t593 = 238.50423583177587*t524
    t594 = 238.50423583177587*t562
    t595 = t587 + t588 + t589 + t590 - t484 - t486 - t488 - t489 - t591 - t592 - t593 - t594 + 3307.302514739424*t543 + 3307.302514739424*t546 + 357.7563537476638*t553 + 357.7563537476638*t559 + 119.25211791588794*t490 + 119.25211791588794*t491 + 119.25211791588794*t492 + 477.00847166355175*t493 - 3307.302514739424*t541 - 3307.302514739424*t547 - 357.7563537476638*t555 - 357.7563537476638*t558
    t596 = t483 + t568 + t570 + t572 + t573 + t582 + t586 + t595 - t453 - t456 - t459 - t461 - t574 - t576 - t577 - t578 + 15434.078402117313*t566 + 15434.078402117313*t567 + 2862.0508299813105*t419 + 2862.0508299813105*t423 - 2862.0508299813105*t415 - 2862.0508299813105*t427 + t100*t565 + t300*t571 + 46302.23520635194*t312*t439 + 46302.23520635194*t328*t445 - 46302.23520635194*t321*t441 - 46302.23520635194*t339*t443
    t597 = 15434.078402117313*t506
    t598 = 30868.156804234626*t476
    t599 = 61736.31360846925*t509
    t600 = 1908.033886654207*t468
    t601 = 30868.156804234626*t474
    t602 = 1908.033886654207*t470
    t603 = 2204.868343159616*t485 + 238.50423583177587*t492 - 2204.868343159616*t487 - 238.50423583177587*t491
    t604 = t603 + 30868.156804234626*t567 + 1908.033886654207*t455 - 30868.156804234626*t566 - 1908.033886654207*t458
    t605 = 2204.868343159616*t478
    t606 = 238.50423583177587*t481
    t607 = 2204.868343159616*t479
    t608 = 238.50423583177587*t480
    t609 = t592 + t594 + t605 + t606 - t528 - t530 - t532 - t533 - t588 - t590 - t607 - t608 + 3307.302514739424*t542 + 3307.302514739424*t544 + 357.7563537476638*t552 + 357.7563537476638*t557 + 119.25211791588794*t534 + 119.25211791588794*t535 + 119.25211791588794*t536 + 477.00847166355175*t537 - 3307.302514739424*t540 - 3307.302514739424*t545 - 357.7563537476638*t554 - 357.7563537476638*t556
    t610 = t527 + t576 + t578 + t582 + t598 + t600 + t604 + t609 - t497 - t500 - t503 - t505 - t570 - t573 - t601 - t602 + 15434.078402117313*t583 + 15434.078402117313*t584 + 2862.0508299813105*t421 + 2862.0508299813105*t425 - 2862.0508299813105*t417 - 2862.0508299813105*t429 + t119*t597 + t293*t599 + 46302.23520635194*t349*t440 + 46302.23520635194*t365*t446 - 46302.23520635194*t358*t442 - 46302.23520635194*t376*t444
    t611 = t344*t348
    t612 = t416*t611
    t613 = t308*t311
    t614 = t414*t613
    t615 = t351*t357
    t616 = t420*t615
    t617 = t318*t320
    t618 = t418*t617
    t619 = t372*t375
    t620 = t424*t619
    t621 = t361*t364
    t622 = t428*t621
    t623 = t338*t341
    t624 = t422*t623
    t625 = t327*t331
    t626 = t426*t625
    t627 = t228*t233
    t628 = t431*t627
    t629 = t236*t241
    t630 = t433*t629
    t631 = t247*t250
    t632 = t435*t631
    t633 = t254*t259
    t634 = t437*t633
    t635 = 7632.135546616828*t430
    t636 = t102*t99
    t637 = t452*t636
    t638 = t167*t170
    t639 = t454*t638
    t640 = 954.0169433271035*t639
    t641 = t159*t161
    t642 = t457*t641
    t643 = 954.0169433271035*t642
    t644 = t299*t301
    t645 = t460*t644
    t646 = t109*t113
    t647 = t185*t187
    t648 = t467*t647
    t649 = t176*t180
    t650 = t469*t649
    t651 = t278*t280
    t652 = t473*t647
    t653 = t475*t649
    t654 = 954.0169433271035*t648 + 954.0169433271035*t650 - 15434.078402117313*t652 - 15434.078402117313*t653 + t466*t646 + t471*t651 - t472*t646 - t477*t651
    t655 = t637 + t640 + t643 + t645 + t654 - 15434.078402117313*t102*t462*t99 - 15434.078402117313*t159*t161*t464 - 15434.078402117313*t167*t170*t463 - 61736.31360846925*t299*t301*t465
    t656 = t116*t118
    t657 = t496*t656
    t658 = t210*t216
    t659 = t498*t658
    t660 = 954.0169433271035*t659
    t661 = t193*t197
    t662 = t501*t661
    t663 = 954.0169433271035*t662
    t664 = t290*t292
    t665 = t504*t664
    t666 = t125*t128
    t667 = t219*t224
    t668 = t511*t667
    t669 = t200*t206
    t670 = t513*t669
    t671 = t283*t287
    t672 = t517*t667
    t673 = t519*t669
    t674 = 954.0169433271035*t668 + 954.0169433271035*t670 - 15434.078402117313*t672 - 15434.078402117313*t673 + t510*t666 + t515*t671 - t516*t666 - t521*t671
    t675 = t657 + t660 + t663 + t665 + t674 - 15434.078402117313*t116*t118*t506 - 15434.078402117313*t193*t197*t508 - 15434.078402117313*t210*t216*t507 - 61736.31360846925*t290*t292*t509
    t676 = -t655 - t675 - 8586.152489943932*t612 - 8586.152489943932*t614 - 8586.152489943932*t616 - 8586.152489943932*t618 - 954.0169433271035*t620 - 954.0169433271035*t622 - 954.0169433271035*t624 - 954.0169433271035*t626 - 3816.067773308414*t628 - 3816.067773308414*t630 - 3816.067773308414*t632 - 3816.067773308414*t634 - in_A_3*t156*t635 + 138906.70561905584*t308*t311*t439 + 138906.70561905584*t318*t320*t441 + 138906.70561905584*t344*t348*t440 + 138906.70561905584*t351*t357*t442 + 15434.078402117313*t327*t331*t445 + 15434.078402117313*t338*t341*t443 + 15434.078402117313*t361*t364*t446 + 15434.078402117313*t372*t375*t444 + 61736.31360846925*t228*t233*t448 + 61736.31360846925*t236*t241*t449 + 61736.31360846925*t247*t250*t450 + 61736.31360846925*t254*t259*t451 + 123472.6272169385*in_A_3*t156*t447
    t677 = t463*t638
    t678 = t464*t641
    t679 = 30868.156804234626*t673
    t680 = t449*t629
    t681 = 30868.156804234626*t680
    t682 = 1908.033886654207*t668
    t683 = 1908.033886654207*t632
    t684 = 30868.156804234626*t672
    t685 = t450*t631
    t686 = 30868.156804234626*t685
    t687 = 1908.033886654207*t670
    t688 = 1908.033886654207*t630
    t689 = t448*t627
    t690 = t451*t633
    t691 = 30868.156804234626*t689 + 1908.033886654207*t634 - 30868.156804234626*t690 - 1908.033886654207*t628
    t692 = t508*t661
    t693 = t507*t658
    t694 = 30868.156804234626*t692 + 1908.033886654207*t659 - 30868.156804234626*t693 - 1908.033886654207*t662
    t695 = t654 + t679 + t681 + t682 + t683 + t691 + t694 - t637 - t640 - t643 - t645 - t684 - t686 - t687 - t688 + 15434.078402117313*t677 + 15434.078402117313*t678 + 2862.0508299813105*t618 + 2862.0508299813105*t624 - 2862.0508299813105*t614 - 2862.0508299813105*t626 + t565*t636 + t571*t644 + 46302.23520635194*t439*t613 + 46302.23520635194*t445*t625 - 46302.23520635194*t441*t617 - 46302.23520635194*t443*t623
    t696 = 30868.156804234626*t653
    t697 = 1908.033886654207*t648
    t698 = 30868.156804234626*t652
    t699 = 1908.033886654207*t650
    t700 = 30868.156804234626*t678 + 1908.033886654207*t639 - 30868.156804234626*t677 - 1908.033886654207*t642
    t701 = t674 + t686 + t688 + t691 + t696 + t697 + t700 - t657 - t660 - t663 - t665 - t681 - t683 - t698 - t699 + 15434.078402117313*t692 + 15434.078402117313*t693 + 2862.0508299813105*t616 + 2862.0508299813105*t620 - 2862.0508299813105*t612 - 2862.0508299813105*t622 + t597*t656 + t599*t664 + 46302.23520635194*t440*t611 + 46302.23520635194*t446*t621 - 46302.23520635194*t442*t615 - 46302.23520635194*t444*t619
    t702 = t346*t348
    t703 = t416*t702
    t704 = t305*t311
    t705 = t414*t704
    t706 = t355*t357
    t707 = t420*t706
    t708 = t314*t320
    t709 = t418*t708
    t710 = t375*t378
    t711 = t424*t710
    t712 = t364*t368
    t713 = t428*t712
    t714 = t335*t338
    t715 = t422*t714
    t716 = t324*t327
    t717 = t426*t716
    t718 = t231*t233
    t719 = t431*t718
    t720 = t239*t241
    t721 = t433*t720
    t722 = t244*t250
    t723 = t435*t722
    t724 = t257*t259
    t725 = t437*t724
    t726 = t97*t99
    t727 = t452*t726
    t728 = t167*t173
    t729 = t454*t728
    t730 = 954.0169433271035*t729
    t731 = t159*t163
    t732 = t457*t731
    t733 = 954.0169433271035*t732
    t734 = t297*t299
    t735 = t460*t734
    t736 = t106*t109
    t737 = t185*t190
    t738 = t467*t737
    t739 = t176*t182
    t740 = t469*t739
    t741 = t276*t280
    t742 = t473*t737
    t743 = t475*t739
    t744 = 954.0169433271035*t738 + 954.0169433271035*t740 - 15434.078402117313*t742 - 15434.078402117313*t743 + t466*t736 + t471*t741 - t472*t736 - t477*t741
    t745 = t727 + t730 + t733 + t735 + t744 - 15434.078402117313*t159*t163*t464 - 15434.078402117313*t167*t173*t463 - 15434.078402117313*t462*t97*t99 - 61736.31360846925*t297*t299*t465
    t746 = t118*t121
    t747 = t496*t746
    t748 = t210*t213
    t749 = t498*t748
    t750 = 954.0169433271035*t749
    t751 = t193*t195
    t752 = t501*t751
    t753 = 954.0169433271035*t752
    t754 = t292*t294
    t755 = t504*t754
    t756 = t128*t132
    t757 = t219*t221
    t758 = t511*t757
    t759 = t200*t204
    t760 = t513*t759
    t761 = t285*t287
    t762 = t517*t757
    t763 = t519*t759
    t764 = 954.0169433271035*t758 + 954.0169433271035*t760 - 15434.078402117313*t762 - 15434.078402117313*t763 + t510*t756 + t515*t761 - t516*t756 - t521*t761
    t765 = t747 + t750 + t753 + t755 + t764 - 15434.078402117313*t118*t121*t506 - 15434.078402117313*t193*t195*t508 - 15434.078402117313*t210*t213*t507 - 61736.31360846925*t292*t294*t509
    t766 = -t745 - t765 - 8586.152489943932*t703 - 8586.152489943932*t705 - 8586.152489943932*t707 - 8586.152489943932*t709 - 954.0169433271035*t711 - 954.0169433271035*t713 - 954.0169433271035*t715 - 954.0169433271035*t717 - 3816.067773308414*t719 - 3816.067773308414*t721 - 3816.067773308414*t723 - 3816.067773308414*t725 - in_A_6*t156*t635 + 138906.70561905584*t305*t311*t439 + 138906.70561905584*t314*t320*t441 + 138906.70561905584*t346*t348*t440 + 138906.70561905584*t355*t357*t442 + 15434.078402117313*t324*t327*t445 + 15434.078402117313*t335*t338*t443 + 15434.078402117313*t364*t368*t446 + 15434.078402117313*t375*t378*t444 + 61736.31360846925*t231*t233*t448 + 61736.31360846925*t239*t241*t449 + 61736.31360846925*t244*t250*t450 + 61736.31360846925*t257*t259*t451 + 123472.6272169385*in_A_6*t156*t447
    t767 = t463*t728
    t768 = t464*t731
    t769 = 30868.156804234626*t763
    t770 = t449*t720
    t771 = 30868.156804234626*t770
    t772 = 1908.033886654207*t758
    t773 = 1908.033886654207*t723
    t774 = 30868.156804234626*t762
    t775 = t450*t722
    t776 = 30868.156804234626*t775
    t777 = 1908.033886654207*t760
    t778 = 1908.033886654207*t721
    t779 = t448*t718
    t780 = t451*t724
    t781 = 30868.156804234626*t779 + 1908.033886654207*t725 - 30868.156804234626*t780 - 1908.033886654207*t719
    t782 = t508*t751
    t783 = t507*t748
    t784 = 30868.156804234626*t782 + 1908.033886654207*t749 - 30868.156804234626*t783 - 1908.033886654207*t752
    t785 = t744 + t769 + t771 + t772 + t773 + t781 + t784 - t727 - t730 - t733 - t735 - t774 - t776 - t777 - t778 + 15434.078402117313*t767 + 15434.078402117313*t768 + 2862.0508299813105*t709 + 2862.0508299813105*t715 - 2862.0508299813105*t705 - 2862.0508299813105*t717 + t565*t726 + t571*t734 + 46302.23520635194*t439*t704 + 46302.23520635194*t445*t716 - 46302.23520635194*t441*t708 - 46302.23520635194*t443*t714
    t786 = 30868.156804234626*t743
    t787 = 1908.033886654207*t738
    t788 = 30868.156804234626*t742
    t789 = 1908.033886654207*t740
    t790 = 30868.156804234626*t768 + 1908.033886654207*t729 - 30868.156804234626*t767 - 1908.033886654207*t732
    t791 = t764 + t776 + t778 + t781 + t786 + t787 + t790 - t747 - t750 - t753 - t755 - t771 - t773 - t788 - t789 + 15434.078402117313*t782 + 15434.078402117313*t783 + 2862.0508299813105*t707 + 2862.0508299813105*t711 - 2862.0508299813105*t703 - 2862.0508299813105*t713 + t597*t746 + t599*t754 + 46302.23520635194*t440*t702 + 46302.23520635194*t446*t712 - 46302.23520635194*t442*t706 - 46302.23520635194*t444*t710
    t792 = (t387)**-5
    t793 = t382*t792
    t794 = (t395)**-5
    t795 = t389*t794
    t796 = (t410)**-5
    t797 = t404*t796
    t798 = (t402)**-5
    t799 = t397*t798
    t800 = (t155)**-5
    t801 = 15264.271093233656*t800
    t802 = (t387)**-8
    t803 = (t395)**-8
    t804 = (t410)**-8
    t805 = (t402)**-8
    t806 = (t155)**-8
    t807 = 954.0169433271035/(t141)**5
    t808 = t136*t807
    t809 = 954.0169433271035*t432
    t810 = 954.0169433271035*t438
    t811 = 3816.067773308414/(t275)**5
    t812 = t270*t811
    t813 = (t141)**-8
    t814 = (t275)**-8
    t815 = 954.0169433271035/(t149)**5
    t816 = 3816.067773308414/(t268)**5
    t817 = 15434.078402117313/(t149)**8
    t818 = 61736.31360846925/(t268)**8
    t819 = 1102.434171579808*t549 + 1102.434171579808*t550 + 1102.434171579808/(t149)**7 + 4409.736686319232/(t268)**7 - 119.25211791588794*t561 - 119.25211791588794*t562 - 119.25211791588794/(t149)**4 - 477.00847166355175/(t268)**4
    t820 = t819 + 954.0169433271035*t434 + 954.0169433271035*t436 - 15434.078402117313*t569 - 15434.078402117313*t575 + t143*t815 + t263*t816 - t143*t817 - t263*t818
    t821 = 1102.434171579808/(t141)**7
    t822 = 1102.434171579808*t548
    t823 = 1102.434171579808*t551
    t824 = 4409.736686319232/(t275)**7
    t825 = (t141)**-4
    t826 = (t275)**-4
    t827 = t821 + t822 + t823 + t824 - 119.25211791588794*t560 - 119.25211791588794*t563 - 119.25211791588794*t825 - 477.00847166355175*t826
    t828 = t808 + t809 + t810 + t812 + t820 + t827 - 15434.078402117313*t136*t813 - 15434.078402117313*t234*t448 - 15434.078402117313*t260*t451 - 61736.31360846925*t270*t814
    t829 = (t387)**-7
    t830 = (t395)**-7
    t831 = (t410)**-7
    t832 = (t402)**-7
    t833 = (t387)**-4
    t834 = (t395)**-4
    t835 = (t410)**-4
    t836 = (t402)**-4
    t837 = 9921.907544218271*t546 + 9921.907544218271*t547 + 9921.907544218271*t829 + 9921.907544218271*t830 + 1102.434171579808*t541 + 1102.434171579808*t543 + 1102.434171579808*t831 + 1102.434171579808*t832 + 4409.736686319232*t522 + 4409.736686319232*t523 + 4409.736686319232*t529 + 4409.736686319232*t531 + 4409.736686319232/(t155)**7 - 1073.2690612429915*t558 - 1073.2690612429915*t559 - 1073.2690612429915*t833 - 1073.2690612429915*t834 - 119.25211791588794*t553 - 119.25211791588794*t555 - 119.25211791588794*t835 - 119.25211791588794*t836 - 477.00847166355175*t524 - 477.00847166355175*t525 - 477.00847166355175*t535 - 477.00847166355175*t536 - 477.00847166355175/(t155)**4
    t838 = 15434.078402117313*t813
    t839 = 61736.31360846925*t814
    t840 = t591 + t593 + t607 + t608 - t587 - t589 - t605 - t606 - t821 - t822 - t823 - t824 + 3307.302514739424*t830 + 3307.302514739424*t831 + 357.7563537476638*t833 + 357.7563537476638*t836 + 119.25211791588794*t560 + 119.25211791588794*t563 + 119.25211791588794*t825 + 477.00847166355175*t826 - 3307.302514739424*t829 - 3307.302514739424*t832 - 357.7563537476638*t834 - 357.7563537476638*t835
    t841 = t574 + t577 + t586 + t601 + t602 + t604 + t820 + t840 - t568 - t572 - t598 - t600 - t808 - t809 - t810 - t812 + 15434.078402117313*t579 + 15434.078402117313*t580 + 2862.0508299813105*t795 + 2862.0508299813105*t797 - 2862.0508299813105*t793 - 2862.0508299813105*t799 + t136*t838 + t270*t839 + 46302.23520635194*t382*t802 + 46302.23520635194*t397*t805 - 46302.23520635194*t389*t803 - 46302.23520635194*t404*t804
    t842 = t381*t385
    t843 = t792*t842
    t844 = t388*t393
    t845 = t794*t844
    t846 = t403*t405
    t847 = t796*t846
    t848 = t396*t398
    t849 = t798*t848
    t850 = 7632.135546616828*t800
    t851 = t135*t137
    t852 = t807*t851
    t853 = 954.0169433271035*t628
    t854 = 954.0169433271035*t634
    t855 = t269*t271
    t856 = t811*t855
    t857 = t142*t144
    t858 = t262*t266
    t859 = 954.0169433271035*t630 + 954.0169433271035*t632 - 15434.078402117313*t680 - 15434.078402117313*t685 + t815*t857 + t816*t858 - t817*t857 - t818*t858
    t860 = t852 + t853 + t854 + t856 + t859 - 15434.078402117313*t135*t137*t813 - 15434.078402117313*t228*t233*t448 - 15434.078402117313*t254*t259*t451 - 61736.31360846925*t269*t271*t814
    t861 = -t655 - t860 - 8586.152489943932*t624 - 8586.152489943932*t626 - 8586.152489943932*t843 - 8586.152489943932*t845 - 954.0169433271035*t614 - 954.0169433271035*t618 - 954.0169433271035*t847 - 954.0169433271035*t849 - 3816.067773308414*t659 - 3816.067773308414*t662 - 3816.067773308414*t668 - 3816.067773308414*t670 - in_A_1*t153*t850 + 138906.70561905584*t327*t331*t445 + 138906.70561905584*t338*t341*t443 + 138906.70561905584*t381*t385*t802 + 138906.70561905584*t388*t393*t803 + 15434.078402117313*t308*t311*t439 + 15434.078402117313*t318*t320*t441 + 15434.078402117313*t396*t398*t805 + 15434.078402117313*t403*t405*t804 + 61736.31360846925*t193*t197*t508 + 61736.31360846925*t200*t206*t519 + 61736.31360846925*t210*t216*t507 + 61736.31360846925*t219*t224*t517 + 123472.6272169385*in_A_1*t153*t806
    t862 = t684 + t687 + t694 + t698 + t699 + t700 + t859 - t679 - t682 - t696 - t697 - t852 - t853 - t854 - t856 + 15434.078402117313*t689 + 15434.078402117313*t690 + 2862.0508299813105*t845 + 2862.0508299813105*t847 - 2862.0508299813105*t843 - 2862.0508299813105*t849 + t838*t851 + t839*t855 + 46302.23520635194*t802*t842 + 46302.23520635194*t805*t848 - 46302.23520635194*t803*t844 - 46302.23520635194*t804*t846
    t863 = t381*t383
    t864 = t792*t863
    t865 = t388*t391
    t866 = t794*t865
    t867 = t403*t408
    t868 = t796*t867
    t869 = t396*t400
    t870 = t798*t869
    t871 = t135*t139
    t872 = t807*t871
    t873 = 954.0169433271035*t719
    t874 = 954.0169433271035*t725
    t875 = t269*t273
    t876 = t811*t875
    t877 = t142*t147
    t878 = t262*t264
    t879 = 954.0169433271035*t721 + 954.0169433271035*t723 - 15434.078402117313*t770 - 15434.078402117313*t775 + t815*t877 + t816*t878 - t817*t877 - t818*t878
    t880 = t872 + t873 + t874 + t876 + t879 - 15434.078402117313*t135*t139*t813 - 15434.078402117313*t231*t233*t448 - 15434.078402117313*t257*t259*t451 - 61736.31360846925*t269*t273*t814
    t881 = -t745 - t880 - 8586.152489943932*t715 - 8586.152489943932*t717 - 8586.152489943932*t864 - 8586.152489943932*t866 - 954.0169433271035*t705 - 954.0169433271035*t709 - 954.0169433271035*t868 - 954.0169433271035*t870 - 3816.067773308414*t749 - 3816.067773308414*t752 - 3816.067773308414*t758 - 3816.067773308414*t760 - t801*t84 + 138906.70561905584*t324*t327*t445 + 138906.70561905584*t335*t338*t443 + 138906.70561905584*t381*t383*t802 + 138906.70561905584*t388*t391*t803 + 15434.078402117313*t305*t311*t439 + 15434.078402117313*t314*t320*t441 + 15434.078402117313*t396*t400*t805 + 15434.078402117313*t403*t408*t804 + 61736.31360846925*t193*t195*t508 + 61736.31360846925*t200*t204*t519 + 61736.31360846925*t210*t213*t507 + 61736.31360846925*t219*t221*t517 + 246945.254433877*in_A_1*in_A_7*t806
    t882 = t774 + t777 + t784 + t788 + t789 + t790 + t879 - t769 - t772 - t786 - t787 - t872 - t873 - t874 - t876 + 15434.078402117313*t779 + 15434.078402117313*t780 + 2862.0508299813105*t866 + 2862.0508299813105*t868 - 2862.0508299813105*t864 - 2862.0508299813105*t870 + t838*t871 + t839*t875 + 46302.23520635194*t802*t863 + 46302.23520635194*t805*t869 - 46302.23520635194*t803*t865 - 46302.23520635194*t804*t867
    t883 = (t152)**-5
    t884 = 15264.271093233656*t883
    t885 = (t152)**-8
    t886 = 9921.907544218271*t544 + 9921.907544218271*t545 + 9921.907544218271*t831 + 9921.907544218271*t832 + 1102.434171579808*t540 + 1102.434171579808*t542 + 1102.434171579808*t829 + 1102.434171579808*t830 + 4409.736686319232*t478 + 4409.736686319232*t479 + 4409.736686319232*t485 + 4409.736686319232*t487 + 4409.736686319232/(t152)**7 - 1073.2690612429915*t556 - 1073.2690612429915*t557 - 1073.2690612429915*t835 - 1073.2690612429915*t836 - 119.25211791588794*t552 - 119.25211791588794*t554 - 119.25211791588794*t833 - 119.25211791588794*t834 - 477.00847166355175*t480 - 477.00847166355175*t481 - 477.00847166355175*t491 - 477.00847166355175*t492 - 477.00847166355175/(t152)**4
    t887 = -t675 - t860 - 8586.152489943932*t620 - 8586.152489943932*t622 - 8586.152489943932*t847 - 8586.152489943932*t849 - 954.0169433271035*t612 - 954.0169433271035*t616 - 954.0169433271035*t843 - 954.0169433271035*t845 - 3816.067773308414*t639 - 3816.067773308414*t642 - 3816.067773308414*t648 - 3816.067773308414*t650 - in_A_2*in_A_5*t884 + 138906.70561905584*t361*t364*t446 + 138906.70561905584*t372*t375*t444 + 138906.70561905584*t396*t398*t805 + 138906.70561905584*t403*t405*t804 + 15434.078402117313*t344*t348*t440 + 15434.078402117313*t351*t357*t442 + 15434.078402117313*t381*t385*t802 + 15434.078402117313*t388*t393*t803 + 61736.31360846925*t159*t161*t464 + 61736.31360846925*t167*t170*t463 + 61736.31360846925*t176*t180*t475 + 61736.31360846925*t185*t187*t473 + 246945.254433877*in_A_2*in_A_5*t885
    t888 = 7632.135546616828*t883
    t889 = -t765 - t880 - 8586.152489943932*t711 - 8586.152489943932*t713 - 8586.152489943932*t868 - 8586.152489943932*t870 - 954.0169433271035*t703 - 954.0169433271035*t707 - 954.0169433271035*t864 - 954.0169433271035*t866 - 3816.067773308414*t729 - 3816.067773308414*t732 - 3816.067773308414*t738 - 3816.067773308414*t740 - in_A_2*t150*t888 + 138906.70561905584*t364*t368*t446 + 138906.70561905584*t375*t378*t444 + 138906.70561905584*t396*t400*t805 + 138906.70561905584*t403*t408*t804 + 15434.078402117313*t346*t348*t440 + 15434.078402117313*t355*t357*t442 + 15434.078402117313*t381*t383*t802 + 15434.078402117313*t388*t391*t803 + 61736.31360846925*t159*t163*t464 + 61736.31360846925*t167*t173*t463 + 61736.31360846925*t176*t182*t475 + 61736.31360846925*t185*t190*t473 + 123472.6272169385*in_A_2*t150*t885
    t890 = t345*t416
    t891 = t352*t420
    t892 = t309*t414
    t893 = t319*t418
    t894 = t373*t424
    t895 = t362*t428
    t896 = t342*t422
    t897 = t332*t426
    t898 = t229*t431
    t899 = t237*t433
    t900 = t248*t435
    t901 = t255*t437
    t902 = 15264.271093233656*t430
    t903 = t482 + t494
    t904 = t526 + t538
    t905 = t564 + t903 + t904
    t906 = t103*t452
    t907 = t171*t454
    t908 = 954.0169433271035*t907
    t909 = t162*t457
    t910 = 954.0169433271035*t909
    t911 = t302*t460
    t912 = t188*t467
    t913 = t181*t469
    t914 = t188*t473
    t915 = t181*t475
    t916 = 954.0169433271035*t912 + 954.0169433271035*t913 - 15434.078402117313*t914 - 15434.078402117313*t915 + t114*t466 + t279*t471 - t114*t472 - t279*t477
    t917 = t906 + t908 + t910 + t911 + t916 - 15434.078402117313*t103*t462 - 15434.078402117313*t162*t464 - 15434.078402117313*t171*t463 - 61736.31360846925*t302*t465
    t918 = t117*t496
    t919 = t217*t498
    t920 = 954.0169433271035*t919
    t921 = t198*t501
    t922 = 954.0169433271035*t921
    t923 = t291*t504
    t924 = t225*t511
    t925 = t207*t513
    t926 = t225*t517
    t927 = t207*t519
    t928 = 954.0169433271035*t924 + 954.0169433271035*t925 - 15434.078402117313*t926 - 15434.078402117313*t927 + t126*t510 + t284*t515 - t126*t516 - t284*t521
    t929 = t918 + t920 + t922 + t923 + t928 - 15434.078402117313*t117*t506 - 15434.078402117313*t198*t508 - 15434.078402117313*t217*t507 - 61736.31360846925*t291*t509
    t930 = t171*t463
    t931 = t162*t464
    t932 = 30868.156804234626*t927
    t933 = t237*t449
    t934 = 30868.156804234626*t933
    t935 = 1908.033886654207*t924
    t936 = 1908.033886654207*t900
    t937 = 30868.156804234626*t926
    t938 = t248*t450
    t939 = 30868.156804234626*t938
    t940 = 1908.033886654207*t925
    t941 = 1908.033886654207*t899
    t942 = t482 + t581 + t585 + t595
    t943 = t229*t448
    t944 = t255*t451
    t945 = 30868.156804234626*t943 + 1908.033886654207*t901 - 30868.156804234626*t944 - 1908.033886654207*t898
    t946 = t198*t508
    t947 = t217*t507
    t948 = 30868.156804234626*t946 + 1908.033886654207*t919 - 30868.156804234626*t947 - 1908.033886654207*t921
    t949 = t916 + t932 + t934 + t935 + t936 + t942 + t945 + t948 - t906 - t908 - t910 - t911 - t937 - t939 - t940 - t941 + 15434.078402117313*t930 + 15434.078402117313*t931 + 2862.0508299813105*t893 + 2862.0508299813105*t896 - 2862.0508299813105*t892 - 2862.0508299813105*t897 + t103*t565 + t302*t571 + 46302.23520635194*t309*t439 + 46302.23520635194*t332*t445 - 46302.23520635194*t319*t441 - 46302.23520635194*t342*t443
    t950 = 30868.156804234626*t915
    t951 = 1908.033886654207*t912
    t952 = 30868.156804234626*t914
    t953 = 1908.033886654207*t913
    t954 = t526 + t581 + t603 + t609
    t955 = 30868.156804234626*t931 + 1908.033886654207*t907 - 30868.156804234626*t930 - 1908.033886654207*t909
    t956 = t928 + t939 + t941 + t945 + t950 + t951 + t954 + t955 - t918 - t920 - t922 - t923 - t934 - t936 - t952 - t953 + 15434.078402117313*t946 + 15434.078402117313*t947 + 2862.0508299813105*t891 + 2862.0508299813105*t894 - 2862.0508299813105*t890 - 2862.0508299813105*t895 + t117*t597 + t291*t599 + 46302.23520635194*t345*t440 + 46302.23520635194*t362*t446 - 46302.23520635194*t352*t442 - 46302.23520635194*t373*t444
    t957 = t344*t346
    t958 = t416*t957
    t959 = t305*t308
    t960 = t414*t959
    t961 = t351*t355
    t962 = t420*t961
    t963 = t314*t318
    t964 = t418*t963
    t965 = t372*t378
    t966 = t424*t965
    t967 = t361*t368
    t968 = t428*t967
    t969 = t335*t341
    t970 = t422*t969
    t971 = t324*t331
    t972 = t426*t971
    t973 = t228*t231
    t974 = t431*t973
    t975 = t236*t239
    t976 = t433*t975
    t977 = t244*t247
    t978 = t435*t977
    t979 = t254*t257
    t980 = t437*t979
    t981 = t102*t97
    t982 = t452*t981
    t983 = t170*t173
    t984 = t454*t983
    t985 = 954.0169433271035*t984
    t986 = t161*t163
    t987 = t457*t986
    t988 = 954.0169433271035*t987
    t989 = t297*t301
    t990 = t460*t989
    t991 = t106*t113
    t992 = t187*t190
    t993 = t467*t992
    t994 = t180*t182
    t995 = t469*t994
    t996 = t276*t278
    t997 = t473*t992
    t998 = t475*t994
    t999 = 954.0169433271035*t993 + 954.0169433271035*t995 - 15434.078402117313*t997 - 15434.078402117313*t998 + t466*t991 + t471*t996 - t472*t991 - t477*t996
    t1000 = t982 + t985 + t988 + t990 + t999 - 15434.078402117313*t102*t462*t97 - 15434.078402117313*t161*t163*t464 - 15434.078402117313*t170*t173*t463 - 61736.31360846925*t297*t301*t465
    t1001 = t116*t121
    t1002 = t1001*t496
    t1003 = t213*t216
    t1004 = t1003*t498
    t1005 = 954.0169433271035*t1004
    t1006 = t195*t197
    t1007 = t1006*t501
    t1008 = 954.0169433271035*t1007
    t1009 = t290*t294
    t1010 = t1009*t504
    t1011 = t125*t132
    t1012 = t221*t224
    t1013 = t1012*t511
    t1014 = t204*t206
    t1015 = t1014*t513
    t1016 = t283*t285
    t1017 = t1012*t517
    t1018 = t1014*t519
    t1019 = 954.0169433271035*t1013 + 954.0169433271035*t1015 - 15434.078402117313*t1017 - 15434.078402117313*t1018 + t1011*t510 + t1016*t515 - t1011*t516 - t1016*t521
    t1020 = t1002 + t1005 + t1008 + t1010 + t1019 - 15434.078402117313*t116*t121*t506 - 15434.078402117313*t195*t197*t508 - 15434.078402117313*t213*t216*t507 - 61736.31360846925*t290*t294*t509
    t1021 = -t1000 - t1020 - 8586.152489943932*t958 - 8586.152489943932*t960 - 8586.152489943932*t962 - 8586.152489943932*t964 - 954.0169433271035*t966 - 954.0169433271035*t968 - 954.0169433271035*t970 - 954.0169433271035*t972 - 3816.067773308414*t974 - 3816.067773308414*t976 - 3816.067773308414*t978 - 3816.067773308414*t980 - t45*t902 + 138906.70561905584*t305*t308*t439 + 138906.70561905584*t314*t318*t441 + 138906.70561905584*t344*t346*t440 + 138906.70561905584*t351*t355*t442 + 15434.078402117313*t324*t331*t445 + 15434.078402117313*t335*t341*t443 + 15434.078402117313*t361*t368*t446 + 15434.078402117313*t372*t378*t444 + 61736.31360846925*t228*t231*t448 + 61736.31360846925*t236*t239*t449 + 61736.31360846925*t244*t247*t450 + 61736.31360846925*t254*t257*t451 + 246945.254433877*in_A_3*in_A_6*t447
    t1022 = t463*t983
    t1023 = t464*t986
    t1024 = 30868.156804234626*t1018
    t1025 = t449*t975
    t1026 = 30868.156804234626*t1025
    t1027 = 1908.033886654207*t1013
    t1028 = 1908.033886654207*t978
    t1029 = 30868.156804234626*t1017
    t1030 = t450*t977
    t1031 = 30868.156804234626*t1030
    t1032 = 1908.033886654207*t1015
    t1033 = 1908.033886654207*t976
    t1034 = t448*t973
    t1035 = t451*t979
    t1036 = 30868.156804234626*t1034 + 1908.033886654207*t980 - 30868.156804234626*t1035 - 1908.033886654207*t974
    t1037 = t1006*t508
    t1038 = t1003*t507
    t1039 = 30868.156804234626*t1037 + 1908.033886654207*t1004 - 30868.156804234626*t1038 - 1908.033886654207*t1007
    t1040 = t1024 + t1026 + t1027 + t1028 + t1036 + t1039 + t999 - t1029 - t1031 - t1032 - t1033 - t982 - t985 - t988 - t990 + 15434.078402117313*t1022 + 15434.078402117313*t1023 + 2862.0508299813105*t964 + 2862.0508299813105*t970 - 2862.0508299813105*t960 - 2862.0508299813105*t972 + t565*t981 + t571*t989 + 46302.23520635194*t439*t959 + 46302.23520635194*t445*t971 - 46302.23520635194*t441*t963 - 46302.23520635194*t443*t969
    t1041 = 30868.156804234626*t998
    t1042 = 1908.033886654207*t993
    t1043 = 30868.156804234626*t997
    t1044 = 1908.033886654207*t995
    t1045 = 30868.156804234626*t1023 + 1908.033886654207*t984 - 30868.156804234626*t1022 - 1908.033886654207*t987
    t1046 = t1019 + t1031 + t1033 + t1036 + t1041 + t1042 + t1045 - t1002 - t1005 - t1008 - t1010 - t1026 - t1028 - t1043 - t1044 + 15434.078402117313*t1037 + 15434.078402117313*t1038 + 2862.0508299813105*t962 + 2862.0508299813105*t966 - 2862.0508299813105*t958 - 2862.0508299813105*t968 + t1001*t597 + t1009*t599 + 46302.23520635194*t440*t957 + 46302.23520635194*t446*t967 - 46302.23520635194*t442*t961 - 46302.23520635194*t444*t965
    t1047 = t386*t792
    t1048 = t394*t794
    t1049 = t406*t796
    t1050 = t399*t798
    t1051 = t819 + t827
    t1052 = t1051 + t837 + t903
    t1053 = t138*t807
    t1054 = 954.0169433271035*t898
    t1055 = 954.0169433271035*t901
    t1056 = t272*t811
    t1057 = 954.0169433271035*t899 + 954.0169433271035*t900 - 15434.078402117313*t933 - 15434.078402117313*t938 + t145*t815 + t267*t816 - t145*t817 - t267*t818
    t1058 = t1053 + t1054 + t1055 + t1056 + t1057 - 15434.078402117313*t138*t813 - 15434.078402117313*t229*t448 - 15434.078402117313*t255*t451 - 61736.31360846925*t272*t814
    t1059 = t585 + t603 + t819 + t840
    t1060 = t1057 + t1059 + t937 + t940 + t948 + t952 + t953 + t955 - t1053 - t1054 - t1055 - t1056 - t932 - t935 - t950 - t951 + 15434.078402117313*t943 + 15434.078402117313*t944 + 2862.0508299813105*t1048 + 2862.0508299813105*t1049 - 2862.0508299813105*t1047 - 2862.0508299813105*t1050 + t138*t838 + t272*t839 + 46302.23520635194*t386*t802 + 46302.23520635194*t399*t805 - 46302.23520635194*t394*t803 - 46302.23520635194*t406*t804
    t1061 = t383*t385
    t1062 = t1061*t792
    t1063 = t391*t393
    t1064 = t1063*t794
    t1065 = t405*t408
    t1066 = t1065*t796
    t1067 = t398*t400
    t1068 = t1067*t798
    t1069 = t137*t139
    t1070 = t1069*t807
    t1071 = 954.0169433271035*t974
    t1072 = 954.0169433271035*t980
    t1073 = t271*t273
    t1074 = t1073*t811
    t1075 = t144*t147
    t1076 = t264*t266
    t1077 = 954.0169433271035*t976 + 954.0169433271035*t978 - 15434.078402117313*t1025 - 15434.078402117313*t1030 + t1075*t815 + t1076*t816 - t1075*t817 - t1076*t818
    t1078 = t1070 + t1071 + t1072 + t1074 + t1077 - 15434.078402117313*t137*t139*t813 - 15434.078402117313*t228*t231*t448 - 15434.078402117313*t254*t257*t451 - 61736.31360846925*t271*t273*t814
    t1079 = -t1000 - t1078 - 8586.152489943932*t1062 - 8586.152489943932*t1064 - 8586.152489943932*t970 - 8586.152489943932*t972 - 954.0169433271035*t1066 - 954.0169433271035*t1068 - 954.0169433271035*t960 - 954.0169433271035*t964 - 3816.067773308414*t1004 - 3816.067773308414*t1007 - 3816.067773308414*t1013 - 3816.067773308414*t1015 - in_A_7*t153*t850 + 138906.70561905584*t324*t331*t445 + 138906.70561905584*t335*t341*t443 + 138906.70561905584*t383*t385*t802 + 138906.70561905584*t391*t393*t803 + 15434.078402117313*t305*t308*t439 + 15434.078402117313*t314*t318*t441 + 15434.078402117313*t398*t400*t805 + 15434.078402117313*t405*t408*t804 + 61736.31360846925*t195*t197*t508 + 61736.31360846925*t204*t206*t519 + 61736.31360846925*t213*t216*t507 + 61736.31360846925*t221*t224*t517 + 123472.6272169385*in_A_7*t153*t806
    t1080 = t1029 + t1032 + t1039 + t1043 + t1044 + t1045 + t1077 - t1024 - t1027 - t1041 - t1042 - t1070 - t1071 - t1072 - t1074 + 15434.078402117313*t1034 + 15434.078402117313*t1035 + 2862.0508299813105*t1064 + 2862.0508299813105*t1066 - 2862.0508299813105*t1062 - 2862.0508299813105*t1068 + t1069*t838 + t1073*t839 + 46302.23520635194*t1061*t802 + 46302.23520635194*t1067*t805 - 46302.23520635194*t1063*t803 - 46302.23520635194*t1065*t804
    t1081 = t1051 + t886 + t904
    t1082 = -t1020 - t1078 - 8586.152489943932*t1066 - 8586.152489943932*t1068 - 8586.152489943932*t966 - 8586.152489943932*t968 - 954.0169433271035*t1062 - 954.0169433271035*t1064 - 954.0169433271035*t958 - 954.0169433271035*t962 - 3816.067773308414*t984 - 3816.067773308414*t987 - 3816.067773308414*t993 - 3816.067773308414*t995 - in_A_5*t150*t888 + 138906.70561905584*t361*t368*t446 + 138906.70561905584*t372*t378*t444 + 138906.70561905584*t398*t400*t805 + 138906.70561905584*t405*t408*t804 + 15434.078402117313*t344*t346*t440 + 15434.078402117313*t351*t355*t442 + 15434.078402117313*t383*t385*t802 + 15434.078402117313*t391*t393*t803 + 61736.31360846925*t161*t163*t464 + 61736.31360846925*t170*t173*t463 + 61736.31360846925*t180*t182*t475 + 61736.31360846925*t187*t190*t473 + 123472.6272169385*in_A_5*t150*t885
    t1083 = t306*t414
    t1084 = t315*t418
    t1085 = t347*t416
    t1086 = t356*t420
    t1087 = t336*t422
    t1088 = t325*t426
    t1089 = t379*t424
    t1090 = t369*t428
    t1091 = t232*t431
    t1092 = t240*t433
    t1093 = t245*t435
    t1094 = t258*t437
    t1095 = t452*t98
    t1096 = t174*t454
    t1097 = 954.0169433271035*t1096
    t1098 = t164*t457
    t1099 = 954.0169433271035*t1098
    t1100 = t298*t460
    t1101 = t191*t467
    t1102 = t183*t469
    t1103 = t191*t473
    t1104 = t183*t475
    t1105 = 954.0169433271035*t1101 + 954.0169433271035*t1102 - 15434.078402117313*t1103 - 15434.078402117313*t1104 + t107*t466 + t277*t471 - t107*t472 - t277*t477
    t1106 = t1095 + t1097 + t1099 + t1100 + t1105 - 15434.078402117313*t164*t464 - 15434.078402117313*t174*t463 - 15434.078402117313*t462*t98 - 61736.31360846925*t298*t465
    t1107 = t122*t496
    t1108 = t214*t498
    t1109 = 954.0169433271035*t1108
    t1110 = t196*t501
    t1111 = 954.0169433271035*t1110
    t1112 = t295*t504
    t1113 = t222*t511
    t1114 = t205*t513
    t1115 = t222*t517
    t1116 = t205*t519
    t1117 = 954.0169433271035*t1113 + 954.0169433271035*t1114 - 15434.078402117313*t1115 - 15434.078402117313*t1116 + t133*t510 + t286*t515 - t133*t516 - t286*t521
    t1118 = t1107 + t1109 + t1111 + t1112 + t1117 - 15434.078402117313*t122*t506 - 15434.078402117313*t196*t508 - 15434.078402117313*t214*t507 - 61736.31360846925*t295*t509
    t1119 = t174*t463
    t1120 = t164*t464
    t1121 = 30868.156804234626*t1116
    t1122 = t240*t449
    t1123 = 30868.156804234626*t1122
    t1124 = 1908.033886654207*t1113
    t1125 = 1908.033886654207*t1093
    t1126 = 30868.156804234626*t1115
    t1127 = t245*t450
    t1128 = 30868.156804234626*t1127
    t1129 = 1908.033886654207*t1114
    t1130 = 1908.033886654207*t1092
    t1131 = t232*t448
    t1132 = t258*t451
    t1133 = 30868.156804234626*t1131 + 1908.033886654207*t1094 - 30868.156804234626*t1132 - 1908.033886654207*t1091
    t1134 = t196*t508
    t1135 = t214*t507
    t1136 = 30868.156804234626*t1134 + 1908.033886654207*t1108 - 30868.156804234626*t1135 - 1908.033886654207*t1110
    t1137 = t1105 + t1121 + t1123 + t1124 + t1125 + t1133 + t1136 + t942 - t1095 - t1097 - t1099 - t1100 - t1126 - t1128 - t1129 - t1130 + 15434.078402117313*t1119 + 15434.078402117313*t1120 + 2862.0508299813105*t1084 + 2862.0508299813105*t1087 - 2862.0508299813105*t1083 - 2862.0508299813105*t1088 + t298*t571 + t565*t98 + 46302.23520635194*t306*t439 + 46302.23520635194*t325*t445 - 46302.23520635194*t315*t441 - 46302.23520635194*t336*t443
    t1138 = 30868.156804234626*t1104
    t1139 = 1908.033886654207*t1101
    t1140 = 30868.156804234626*t1103
    t1141 = 1908.033886654207*t1102
    t1142 = 30868.156804234626*t1120 + 1908.033886654207*t1096 - 30868.156804234626*t1119 - 1908.033886654207*t1098
    t1143 = t1117 + t1128 + t1130 + t1133 + t1138 + t1139 + t1142 + t954 - t1107 - t1109 - t1111 - t1112 - t1123 - t1125 - t1140 - t1141 + 15434.078402117313*t1134 + 15434.078402117313*t1135 + 2862.0508299813105*t1086 + 2862.0508299813105*t1089 - 2862.0508299813105*t1085 - 2862.0508299813105*t1090 + t122*t597 + t295*t599 + 46302.23520635194*t347*t440 + 46302.23520635194*t369*t446 - 46302.23520635194*t356*t442 - 46302.23520635194*t379*t444
    t1144 = t384*t792
    t1145 = t392*t794
    t1146 = t409*t796
    t1147 = t401*t798
    t1148 = t140*t807
    t1149 = 954.0169433271035*t1091
    t1150 = 954.0169433271035*t1094
    t1151 = t274*t811
    t1152 = 954.0169433271035*t1092 + 954.0169433271035*t1093 - 15434.078402117313*t1122 - 15434.078402117313*t1127 + t148*t815 + t265*t816 - t148*t817 - t265*t818
    t1153 = t1148 + t1149 + t1150 + t1151 + t1152 - 15434.078402117313*t140*t813 - 15434.078402117313*t232*t448 - 15434.078402117313*t258*t451 - 61736.31360846925*t274*t814
    t1154 = t1059 + t1126 + t1129 + t1136 + t1140 + t1141 + t1142 + t1152 - t1121 - t1124 - t1138 - t1139 - t1148 - t1149 - t1150 - t1151 + 15434.078402117313*t1131 + 15434.078402117313*t1132 + 2862.0508299813105*t1145 + 2862.0508299813105*t1146 - 2862.0508299813105*t1144 - 2862.0508299813105*t1147 + t140*t838 + t274*t839 + 46302.23520635194*t384*t802 + 46302.23520635194*t401*t805 - 46302.23520635194*t392*t803 - 46302.23520635194*t409*t804
    if not numpy.all(numpy.asarray(in_A_4 + in_A_8 + t0 + t1 + t10 + t11 + t2 + t6 + t8 - t3 - t4 - t5 - in_A_0*t5 - in_A_4*t4 - in_A_8*t3) > 0):
        raise ValueError("det(I + A) must be positive (the deformation inverts the crystal)")
    if not numpy.all(numpy.asarray(0.36 + t12 + t13 + t14 + t15) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.8: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.1296 + t19 + t21 + t22 + t24 + t25 + t26 + t27 + t28 + t29 + t30 + t31 + t32 + t34 + t35 + t37 + t38 + t39 - t17 - t18 - t33 - t40 - t41 - t43 - t46 - t48 - t50 - t0*t33) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.8: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.046656 + t73 + t75 + t86 + t87 + t88 + t89 + t91 - t57 - t58 - t59 - t65 - t67 - t69 - t71 + 8.0*t6 - 0.2304*t13 - 0.2304*t14 - 0.2304*t16 - 0.2304*t23 - 0.2304*t51 - 0.2304*t52 - 0.64*t28 - 0.64*t32 + (0.36)*t29 + (1.28)*t49 + (1.44)*t0 + (1.44)*t1 + (1.44)*t2 + (0.1296)*t12 + (0.1296)*t20 + (0.1296)*t53 + (0.2592)*in_A_0 + (0.2592)*in_A_4 + (0.2592)*in_A_8 + t0*t73 + t0*t75 + t0*t88 + t0*t89 + t0*t91 + t1*t73 + t1*t75 + t1*t87 + t10*t15 + t10*t36 + t12*t26 + t12*t62 + t12*t78 + t15*t8 + t15*t90 + t19*t20 + t19*t53 + t2*t73 + t2*t75 + t2*t86 + t20*t25 + t20*t62 + t20*t77 + t21*t53 + t22*t51 + t24*t52 + t25*t53 + t26*t53 + t27*t53 + t27*t76 + t28*t52 + t29*t53 + t29*t76 + t30*t52 + t31*t51 + t32*t51 + t34*t53 + t35*t52 + t36*t8 + t36*t90 + t37*t53 + t38*t51 + t39*t53 + t4*t41 + t4*t96 + t40*t5 + t45*t79 + t47*t54 + t49*t55 + t5*t86 + t5*t96 + t54*t92 + t55*t93 + t56*t94 + t7*t81 + t79*t80 + t79*t82 + t80*t81 - in_A_8*t58 - in_A_8*t59 - t0*t57 - t0*t65 - t0*t67 - t1*t58 - t1*t69 - t12*t60 - t13*t56 - t14*t17 - t14*t55 - t14*t60 - t16*t56 - t17*t52 - t17*t53 - t18*t23 - t18*t51 - t18*t53 - t2*t59 - t2*t71 - t20*t61 - t23*t54 - t23*t61 - t25*t3 - t25*t4 - t26*t3 - t26*t5 - t3*t77 - t3*t78 - t34*t4 - t35*t92 - t37*t5 - t38*t93 - t39*t4 - t39*t5 - t4*t66 - t4*t78 - t4*t95 - t40*t53 - t41*t53 - t43*t52 - t46*t51 - t48*t52 - t5*t63 - t5*t77 - t5*t95 - t50*t51 - t51*t55 - t52*t54 - t68*t76 - t70*t76 - t72*t85 + in_A_5*t45*t56 - in_A_1*t14*t83 - in_A_3*t23*t83 - in_A_5*t76*t85 - t13*t74*t84 - t13*t76*t94) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.8: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(10.411154082261268 - t104) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t115) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t123) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t134) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t141) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t149) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t152) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t155) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t158) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t165) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t175) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t184) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t192) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t199) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t208) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t218) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t226) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t235) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t243) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t252) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t261) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t268) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t275) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t282) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t289) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t296) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t303) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t313) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t322) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t333) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t343) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t350) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t359) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t370) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t380) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t387) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t395) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t402) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t410) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t166 + t280)**2 + (-t253 - t271)**2 + (-t256 - t273)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t150 + t276)**2 + (t215 + t290)**2 + (t280 + t74)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t153 + t283)**2 + (t156 + t262)**2 + (t172 + t297)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t150 + t297)**2 + (t153 + t290)**2 + (t156 + t269)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t150 + t305)**2 + (t308 + t72)**2 + (t311 + t74)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t166 + t311)**2 + (t169 + t308)**2 + (t172 + t305)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t150 + t314)**2 + (t320 + t74)**2 + (t178 + t307 + t72)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t166 + t320)**2 + (-t189 - t353)**2 + (-t317 - t72)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t150 + t324)**2 + (t327 + t74)**2 + (t331 + t72)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t166 + t327)**2 + (t169 + t331)**2 + (t172 + t324)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t150 + t335)**2 + (t179 + t411)**2 + (t338 + t74)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t166 + t338)**2 + (-t340 - t72)**2 + (-t130 - t150 - t323)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t153 + t344)**2 + (t346 + t44)**2 + (t348 + t42)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t153 + t351)**2 + (t357 + t42)**2 + (t202 + t304 + t44)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t209 + t348)**2 + (t212 + t346)**2 + (t215 + t344)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t209 + t357)**2 + (-t223 - t316)**2 + (-t354 - t44)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t153 + t361)**2 + (t364 + t42)**2 + (t368 + t44)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t153 + t372)**2 + (t203 + t412)**2 + (t375 + t42)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t209 + t364)**2 + (t212 + t368)**2 + (t215 + t361)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t209 + t375)**2 + (-t377 - t44)**2 + (-t111 - t153 - t360)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t156 + t381)**2 + (t227 + t385)**2 + (t230 + t383)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t156 + t388)**2 + (t227 + t393)**2 + (t238 + t323)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t156 + t396)**2 + (t227 + t398)**2 + (t230 + t400)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t156 + t403)**2 + (t227 + t405)**2 + (in_A_7 + t230 + t412)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t230 + t407)**2 + (t246 + t360)**2 + (t249 + t363)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t249 + t374)**2 + (-t253 - t398)**2 + (-t256 - t400)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (in_A_2 + t413)**2 + (t230 + t390)**2 + (in_A_5 + t227 + t411)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t127 + t413)**2 + (-t253 - t385)**2 + (-t256 - t383)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (4.0 + t64)**2 + 16.0*t51 + 16.0*t52) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (4.0 + t66)**2 + 16.0*t16 + 16.0*t23) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (4.0 + t63)**2 + 16.0*t13 + 16.0*t14) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    out = numpy.empty(batch + (81,))
    out[..., 0] = -t495 - t539 - t564 - 8586.152489943932*t415 - 8586.152489943932*t417 - 8586.152489943932*t419 - 8586.152489943932*t421 - 954.0169433271035*t423 - 954.0169433271035*t425 - 954.0169433271035*t427 - 954.0169433271035*t429 - 3816.067773308414*t432 - 3816.067773308414*t434 - 3816.067773308414*t436 - 3816.067773308414*t438 + 138906.70561905584*t312*t439 + 138906.70561905584*t321*t441 + 138906.70561905584*t349*t440 + 138906.70561905584*t358*t442 + 15434.078402117313*t328*t445 + 15434.078402117313*t339*t443 + 15434.078402117313*t365*t446 + 15434.078402117313*t376*t444 + 61736.31360846925*t157*t447 + 61736.31360846925*t234*t448 + 61736.31360846925*t242*t449 + 61736.31360846925*t251*t450 + 61736.31360846925*t260*t451 - 3816.067773308414*t157*t430
    out[..., 1] = t596
    out[..., 2] = t610
    out[..., 3] = t676
    out[..., 4] = t695
    out[..., 5] = t701
    out[..., 6] = t766
    out[..., 7] = t785
    out[..., 8] = t791
    out[..., 9] = t596
    out[..., 10] = -t495 - t828 - t837 - 8586.152489943932*t423 - 8586.152489943932*t427 - 8586.152489943932*t793 - 8586.152489943932*t795 - 954.0169433271035*t415 - 954.0169433271035*t419 - 954.0169433271035*t797 - 954.0169433271035*t799 - 3816.067773308414*t499 - 3816.067773308414*t502 - 3816.067773308414*t512 - 3816.067773308414*t514 - t16*t801 + 138906.70561905584*t328*t445 + 138906.70561905584*t339*t443 + 138906.70561905584*t382*t802 + 138906.70561905584*t389*t803 + 15434.078402117313*t312*t439 + 15434.078402117313*t321*t441 + 15434.078402117313*t397*t805 + 15434.078402117313*t404*t804 + 61736.31360846925*t194*t508 + 61736.31360846925*t201*t519 + 61736.31360846925*t211*t507 + 61736.31360846925*t220*t517 + 246945.254433877*t16*t806
    out[..., 11] = t841
    out[..., 12] = t695
    out[..., 13] = t861
    out[..., 14] = t862
    out[..., 15] = t785
    out[..., 16] = t881
    out[..., 17] = t882
    out[..., 18] = t610
    out[..., 19] = t841
    out[..., 20] = -t539 - t828 - t886 - 8586.152489943932*t425 - 8586.152489943932*t429 - 8586.152489943932*t797 - 8586.152489943932*t799 - 954.0169433271035*t417 - 954.0169433271035*t421 - 954.0169433271035*t793 - 954.0169433271035*t795 - 3816.067773308414*t455 - 3816.067773308414*t458 - 3816.067773308414*t468 - 3816.067773308414*t470 - t51*t884 + 138906.70561905584*t365*t446 + 138906.70561905584*t376*t444 + 138906.70561905584*t397*t805 + 138906.70561905584*t404*t804 + 15434.078402117313*t349*t440 + 15434.078402117313*t358*t442 + 15434.078402117313*t382*t802 + 15434.078402117313*t389*t803 + 61736.31360846925*t160*t464 + 61736.31360846925*t168*t463 + 61736.31360846925*t177*t475 + 61736.31360846925*t186*t473 + 246945.254433877*t51*t885
    out[..., 21] = t701
    out[..., 22] = t862
    out[..., 23] = t887
    out[..., 24] = t791
    out[..., 25] = t882
    out[..., 26] = t889
    out[..., 27] = t676
    out[..., 28] = t695
    out[..., 29] = t701
    out[..., 30] = -t905 - t917 - t929 - 8586.152489943932*t890 - 8586.152489943932*t891 - 8586.152489943932*t892 - 8586.152489943932*t893 - 954.0169433271035*t894 - 954.0169433271035*t895 - 954.0169433271035*t896 - 954.0169433271035*t897 - 3816.067773308414*t898 - 3816.067773308414*t899 - 3816.067773308414*t900 - 3816.067773308414*t901 - t13*t902 + 138906.70561905584*t309*t439 + 138906.70561905584*t319*t441 + 138906.70561905584*t345*t440 + 138906.70561905584*t352*t442 + 15434.078402117313*t332*t445 + 15434.078402117313*t342*t443 + 15434.078402117313*t362*t446 + 15434.078402117313*t373*t444 + 61736.31360846925*t229*t448 + 61736.31360846925*t237*t449 + 61736.31360846925*t248*t450 + 61736.31360846925*t255*t451 + 246945.254433877*t13*t447
    out[..., 31] = t949
    out[..., 32] = t956
    out[..., 33] = t1021
    out[..., 34] = t1040
    out[..., 35] = t1046
    out[..., 36] = t695
    out[..., 37] = t861
    out[..., 38] = t862
    out[..., 39] = t949
    out[..., 40] = -t1052 - t1058 - t917 - 8586.152489943932*t1047 - 8586.152489943932*t1048 - 8586.152489943932*t896 - 8586.152489943932*t897 - 954.0169433271035*t1049 - 954.0169433271035*t1050 - 954.0169433271035*t892 - 954.0169433271035*t893 - 3816.067773308414*t919 - 3816.067773308414*t921 - 3816.067773308414*t924 - 3816.067773308414*t925 + 138906.70561905584*t332*t445 + 138906.70561905584*t342*t443 + 138906.70561905584*t386*t802 + 138906.70561905584*t394*t803 + 15434.078402117313*t309*t439 + 15434.078402117313*t319*t441 + 15434.078402117313*t399*t805 + 15434.078402117313*t406*t804 + 61736.31360846925*t154*t806 + 61736.31360846925*t198*t508 + 61736.31360846925*t207*t519 + 61736.31360846925*t217*t507 + 61736.31360846925*t225*t517 - 3816.067773308414*t154*t800
    out[..., 41] = t1060
    out[..., 42] = t1040
    out[..., 43] = t1079
    out[..., 44] = t1080
    out[..., 45] = t701
    out[..., 46] = t862
    out[..., 47] = t887
    out[..., 48] = t956
    out[..., 49] = t1060
    out[..., 50] = -t1058 - t1081 - t929 - 8586.152489943932*t1049 - 8586.152489943932*t1050 - 8586.152489943932*t894 - 8586.152489943932*t895 - 954.0169433271035*t1047 - 954.0169433271035*t1048 - 954.0169433271035*t890 - 954.0169433271035*t891 - 3816.067773308414*t907 - 3816.067773308414*t909 - 3816.067773308414*t912 - 3816.067773308414*t913 - t52*t884 + 138906.70561905584*t362*t446 + 138906.70561905584*t373*t444 + 138906.70561905584*t399*t805 + 138906.70561905584*t406*t804 + 15434.078402117313*t345*t440 + 15434.078402117313*t352*t442 + 15434.078402117313*t386*t802 + 15434.078402117313*t394*t803 + 61736.31360846925*t162*t464 + 61736.31360846925*t171*t463 + 61736.31360846925*t181*t475 + 61736.31360846925*t188*t473 + 246945.254433877*t52*t885
    out[..., 51] = t1046
    out[..., 52] = t1080
    out[..., 53] = t1082
    out[..., 54] = t766
    out[..., 55] = t785
    out[..., 56] = t791
    out[..., 57] = t1021
    out[..., 58] = t1040
    out[..., 59] = t1046
    out[..., 60] = -t1106 - t1118 - t905 - 8586.152489943932*t1083 - 8586.152489943932*t1084 - 8586.152489943932*t1085 - 8586.152489943932*t1086 - 954.0169433271035*t1087 - 954.0169433271035*t1088 - 954.0169433271035*t1089 - 954.0169433271035*t1090 - 3816.067773308414*t1091 - 3816.067773308414*t1092 - 3816.067773308414*t1093 - 3816.067773308414*t1094 - t14*t902 + 138906.70561905584*t306*t439 + 138906.70561905584*t315*t441 + 138906.70561905584*t347*t440 + 138906.70561905584*t356*t442 + 15434.078402117313*t325*t445 + 15434.078402117313*t336*t443 + 15434.078402117313*t369*t446 + 15434.078402117313*t379*t444 + 61736.31360846925*t232*t448 + 61736.31360846925*t240*t449 + 61736.31360846925*t245*t450 + 61736.31360846925*t258*t451 + 246945.254433877*t14*t447
    out[..., 61] = t1137
    out[..., 62] = t1143
    out[..., 63] = t785
    out[..., 64] = t881
    out[..., 65] = t882
    out[..., 66] = t1040
    out[..., 67] = t1079
    out[..., 68] = t1080
    out[..., 69] = t1137
    out[..., 70] = -t1052 - t1106 - t1153 - 8586.152489943932*t1087 - 8586.152489943932*t1088 - 8586.152489943932*t1144 - 8586.152489943932*t1145 - 954.0169433271035*t1083 - 954.0169433271035*t1084 - 954.0169433271035*t1146 - 954.0169433271035*t1147 - 3816.067773308414*t1108 - 3816.067773308414*t1110 - 3816.067773308414*t1113 - 3816.067773308414*t1114 - t23*t801 + 138906.70561905584*t325*t445 + 138906.70561905584*t336*t443 + 138906.70561905584*t384*t802 + 138906.70561905584*t392*t803 + 15434.078402117313*t306*t439 + 15434.078402117313*t315*t441 + 15434.078402117313*t401*t805 + 15434.078402117313*t409*t804 + 61736.31360846925*t196*t508 + 61736.31360846925*t205*t519 + 61736.31360846925*t214*t507 + 61736.31360846925*t222*t517 + 246945.254433877*t23*t806
    out[..., 71] = t1154
    out[..., 72] = t791
    out[..., 73] = t882
    out[..., 74] = t889
    out[..., 75] = t1046
    out[..., 76] = t1080
    out[..., 77] = t1082
    out[..., 78] = t1143
    out[..., 79] = t1154
    out[..., 80] = -t1081 - t1118 - t1153 - 8586.152489943932*t1089 - 8586.152489943932*t1090 - 8586.152489943932*t1146 - 8586.152489943932*t1147 - 954.0169433271035*t1085 - 954.0169433271035*t1086 - 954.0169433271035*t1144 - 954.0169433271035*t1145 - 3816.067773308414*t1096 - 3816.067773308414*t1098 - 3816.067773308414*t1101 - 3816.067773308414*t1102 + 138906.70561905584*t369*t446 + 138906.70561905584*t379*t444 + 138906.70561905584*t401*t805 + 138906.70561905584*t409*t804 + 15434.078402117313*t347*t440 + 15434.078402117313*t356*t442 + 15434.078402117313*t384*t802 + 15434.078402117313*t392*t803 + 61736.31360846925*t151*t885 + 61736.31360846925*t164*t464 + 61736.31360846925*t174*t463 + 61736.31360846925*t183*t475 + 61736.31360846925*t191*t473 - 3816.067773308414*t151*t883
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
    t0 = in_A_0*in_A_4
    t1 = in_A_0*in_A_8
    t2 = in_A_4*in_A_8
    t3 = in_A_1*in_A_3
    t4 = in_A_2*in_A_6
    t5 = in_A_5*in_A_7
    t6 = in_A_8*t0
    t7 = in_A_1*in_A_6
    t8 = in_A_5*t7
    t9 = in_A_3*in_A_7
    t10 = in_A_2*t9
    t11 = 1.0 + in_A_0
    t12 = (in_A_0)**2
    t13 = (in_A_3)**2
    t14 = (in_A_6)**2
    t15 = 2.0*in_A_0
    t16 = (in_A_1)**2
    t17 = (0.64)*t16
    t18 = (0.64)*t13
    t19 = (0.36)*t12
    t20 = (in_A_4)**2
    t21 = (0.36)*t20
    t22 = (0.36)*t14
    t23 = (in_A_7)**2
    t24 = (0.36)*t23
    t25 = (0.72)*in_A_0
    t26 = (0.72)*in_A_4
    t27 = t12*t20
    t28 = t12*t23
    t29 = t13*t16
    t30 = t14*t16
    t31 = t13*t23
    t32 = t14*t20
    t33 = 2.0*t3
    t34 = t15*t20
    t35 = t15*t23
    t36 = 2.0*in_A_4
    t37 = t12*t36
    t38 = t14*t36
    t39 = 4.0*t0
    t40 = t15*t3
    t41 = t3*t36
    t42 = 2.0*in_A_1
    t43 = in_A_6*in_A_7*t42
    t44 = 2.0*in_A_7
    t45 = in_A_3*in_A_6
    t46 = t44*t45
    t47 = in_A_7*t7
    t48 = t15*t47
    t49 = in_A_6*t9
    t50 = t36*t49
    t51 = (in_A_2)**2
    t52 = (in_A_5)**2
    t53 = (in_A_8)**2
    t54 = (1.28)*in_A_0
    t55 = (1.28)*in_A_4
    t56 = (1.28)*in_A_8
    t57 = (0.72)*t3
    t58 = (0.72)*t4
    t59 = (0.72)*t5
    t60 = (0.64)*t52
    t61 = (0.64)*t51
    t62 = (0.72)*in_A_8
    t63 = 4.0*in_A_0
    t64 = 4.0*in_A_8
    t65 = t3*t64
    t66 = 4.0*in_A_4
    t67 = t33*t53
    t68 = t20*t4
    t69 = 2.0*t68
    t70 = t12*t5
    t71 = 2.0*t70
    t72 = 2.0*in_A_5
    t73 = t7*t72
    t74 = 2.0*in_A_2
    t75 = t74*t9
    t76 = 2.0*in_A_8
    t77 = 4.0*t1
    t78 = 4.0*t2
    t79 = (1.28)*in_A_5
    t80 = in_A_1*in_A_2
    t81 = (1.28)*in_A_7
    t82 = in_A_2*in_A_3
    t83 = in_A_1*t74
    t84 = in_A_7*t13
    t85 = t16*t45
    t86 = t33*t4
    t87 = t33*t5
    t88 = t76*t8
    t89 = t10*t76
    t90 = t4*t5
    t91 = 2.0*t90
    t92 = in_A_5*t82
    t93 = in_A_5*t80
    t94 = t0*t64
    t95 = t3*t76
    t96 = in_A_6 + in_A_7
    t97 = in_A_1 + t11
    t98 = 1.0 + in_A_4
    t99 = in_A_3 + t98
    t100 = (t96)**2 + (t97)**2 + (t99)**2
    t101 = -in_A_7
    t102 = in_A_6 + t101
    t103 = -in_A_1
    t104 = t103 + t11
    t105 = -in_A_3
    t106 = t105 + t98
    t107 = (t102)**2 + (t104)**2 + (t106)**2
    t108 = in_A_3 + in_A_5
    t109 = in_A_2 + t11
    t110 = 1.0 + in_A_8
    t111 = in_A_6 + t110
    t112 = (t108)**2 + (t109)**2 + (t111)**2
    t113 = -in_A_5
    t114 = in_A_3 + t113
    t115 = -in_A_2
    t116 = t11 + t115
    t117 = -in_A_6
    t118 = t110 + t117
    t119 = (t114)**2 + (t116)**2 + (t118)**2
    t120 = in_A_1 + in_A_2
    t121 = in_A_5 + t98
    t122 = in_A_7 + t110
    t123 = (t120)**2 + (t121)**2 + (t122)**2
    t124 = in_A_1 + t115
    t125 = t113 + t98
    t126 = t101 + t110
    t127 = (t124)**2 + (t125)**2 + (t126)**2
    t128 = 2.0 + t76
    t129 = (t128)**2 + 4.0*t51 + 4.0*t52
    t130 = 2.0 + t36
    t131 = (t130)**2 + 4.0*t16 + 4.0*t23
    t132 = 2.0 + t15
    t133 = (t132)**2 + 4.0*t13 + 4.0*t14
    t134 = (t128 + t96)**2 + (t72 + t99)**2 + (t74 + t97)**2
    t135 = -t74
    t136 = -t72
    t137 = -2.0 - t76
    t138 = (t135 + t97)**2 + (t136 + t99)**2 + (t137 + t96)**2
    t139 = -1.0 - in_A_4
    t140 = in_A_3 + t72
    t141 = (t102 + t128)**2 + (t104 + t74)**2 + (t139 + t140)**2
    t142 = in_A_7 + t128
    t143 = (t104 + t135)**2 + (-t106 - t72)**2 + (-t117 - t142)**2
    t144 = (t108 + t130)**2 + (t109 + t42)**2 + (t111 + t44)**2
    t145 = -1.0 - in_A_8
    t146 = in_A_6 + t44
    t147 = (t114 + t130)**2 + (t116 + t42)**2 + (t145 + t146)**2
    t148 = -t42
    t149 = -t44
    t150 = -2.0 - t36
    t151 = (t108 + t150)**2 + (t109 + t148)**2 + (t111 + t149)**2
    t152 = in_A_5 + t130
    t153 = (t116 + t148)**2 + (-t105 - t152)**2 + (-t118 - t44)**2
    t154 = 2.0*in_A_3
    t155 = 2.0*in_A_6
    t156 = (t120 + t132)**2 + (t121 + t154)**2 + (t122 + t155)**2
    t157 = t145 + t155
    t158 = (in_A_7 + t157)**2 + (t124 + t132)**2 + (t125 + t154)**2
    t159 = t139 + t154
    t160 = t103 + t132
    t161 = (in_A_2 + t160)**2 + (in_A_5 + t159)**2 + (t126 + t155)**2
    t162 = -2.0*in_A_3
    t163 = -2.0*in_A_6
    t164 = (t115 + t160)**2 + (-t121 - t162)**2 + (-t122 - t163)**2
    t165 = t135 + t42
    t166 = (t165)**2 + (t130 + t136)**2 + (-t128 - t149)**2
    t167 = t42 + t74
    t168 = t130 + t72
    t169 = t128 + t44
    t170 = (t167)**2 + (t168)**2 + (t169)**2
    t171 = t149 + t155
    t172 = t132 + t148
    t173 = (t171)**2 + (t172)**2 + (-t130 - t162)**2
    t174 = t136 + t154
    t175 = (t174)**2 + (t132 + t135)**2 + (-t128 - t163)**2
    t176 = t154 + t72
    t177 = (t176)**2 + (t128 + t155)**2 + (t132 + t74)**2
    t178 = t155 + t44
    t179 = (t178)**2 + (t130 + t154)**2 + (t132 + t42)**2
    t180 = 3.0*in_A_6
    t181 = in_A_7 + t180
    t182 = 3.0*in_A_3
    t183 = t182 + t98
    t184 = 3.0 + 3.0*in_A_0
    t185 = in_A_1 + t184
    t186 = (t181)**2 + (t183)**2 + (t185)**2
    t187 = t101 + t180
    t188 = -3.0*in_A_3
    t189 = t188 + t98
    t190 = t103 + t184
    t191 = (t187)**2 + (t189)**2 + (t190)**2
    t192 = 3.0*in_A_7
    t193 = in_A_6 + t192
    t194 = 3.0*in_A_1
    t195 = t11 + t194
    t196 = 3.0*in_A_4
    t197 = 3.0 + t196
    t198 = in_A_3 + t197
    t199 = (t193)**2 + (t195)**2 + (t198)**2
    t200 = -t192
    t201 = in_A_6 + t200
    t202 = -t194
    t203 = t11 + t202
    t204 = t105 + t197
    t205 = (t201)**2 + (t203)**2 + (t204)**2
    t206 = in_A_5 + t182
    t207 = t110 + t180
    t208 = in_A_2 + t184
    t209 = (t206)**2 + (t207)**2 + (t208)**2
    t210 = t113 + t182
    t211 = -3.0*in_A_6
    t212 = t110 + t211
    t213 = t115 + t184
    t214 = (t210)**2 + (t212)**2 + (t213)**2
    t215 = 3.0*in_A_5
    t216 = in_A_3 + t215
    t217 = 3.0*in_A_2
    t218 = t11 + t217
    t219 = 3.0*in_A_8
    t220 = 3.0 + t219
    t221 = in_A_6 + t220
    t222 = (t216)**2 + (t218)**2 + (t221)**2
    t223 = -t215
    t224 = in_A_3 + t223
    t225 = -t217
    t226 = t11 + t225
    t227 = t117 + t220
    t228 = (t224)**2 + (t226)**2 + (t227)**2
    t229 = in_A_2 + t194
    t230 = t110 + t192
    t231 = in_A_5 + t197
    t232 = (t229)**2 + (t230)**2 + (t231)**2
    t233 = t115 + t194
    t234 = t110 + t200
    t235 = t113 + t197
    t236 = (t233)**2 + (t234)**2 + (t235)**2
    t237 = in_A_1 + t217
    t238 = t215 + t98
    t239 = in_A_7 + t220
    t240 = (t237)**2 + (t238)**2 + (t239)**2
    t241 = in_A_1 + t225
    t242 = t223 + t98
    t243 = t101 + t220
    t244 = (t241)**2 + (t242)**2 + (t243)**2
    t245 = -3.0 - t196
    t246 = -3.0 - t219
    t247 = t132 + t202
    if not numpy.all(numpy.asarray(in_A_4 + in_A_8 + t0 + t1 + t10 + t11 + t2 + t6 + t8 - t3 - t4 - t5 - in_A_0*t5 - in_A_4*t4 - in_A_8*t3) > 0):
        raise ValueError("det(I + A) must be positive (the deformation inverts the crystal)")
    if not numpy.all(numpy.asarray(0.36 + t12 + t13 + t14 + t15) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.8: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.1296 + t19 + t21 + t22 + t24 + t25 + t26 + t27 + t28 + t29 + t30 + t31 + t32 + t34 + t35 + t37 + t38 + t39 - t17 - t18 - t33 - t40 - t41 - t43 - t46 - t48 - t50 - t0*t33) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.8: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(0.046656 + t73 + t75 + t86 + t87 + t88 + t89 + t91 - t57 - t58 - t59 - t65 - t67 - t69 - t71 + 8.0*t6 - 0.2304*t13 - 0.2304*t14 - 0.2304*t16 - 0.2304*t23 - 0.2304*t51 - 0.2304*t52 - 0.64*t28 - 0.64*t32 + (0.36)*t29 + (1.28)*t49 + (1.44)*t0 + (1.44)*t1 + (1.44)*t2 + (0.1296)*t12 + (0.1296)*t20 + (0.1296)*t53 + (0.2592)*in_A_0 + (0.2592)*in_A_4 + (0.2592)*in_A_8 + t0*t73 + t0*t75 + t0*t88 + t0*t89 + t0*t91 + t1*t73 + t1*t75 + t1*t87 + t10*t15 + t10*t36 + t12*t26 + t12*t62 + t12*t78 + t15*t8 + t15*t90 + t19*t20 + t19*t53 + t2*t73 + t2*t75 + t2*t86 + t20*t25 + t20*t62 + t20*t77 + t21*t53 + t22*t51 + t24*t52 + t25*t53 + t26*t53 + t27*t53 + t27*t76 + t28*t52 + t29*t53 + t29*t76 + t30*t52 + t31*t51 + t32*t51 + t34*t53 + t35*t52 + t36*t8 + t36*t90 + t37*t53 + t38*t51 + t39*t53 + t4*t41 + t4*t95 + t40*t5 + t45*t79 + t47*t54 + t49*t55 + t5*t86 + t5*t95 + t54*t92 + t55*t93 + t7*t81 + t79*t80 + t79*t82 + t80*t81 - in_A_8*t58 - in_A_8*t59 - t0*t57 - t0*t65 - t0*t67 - t1*t58 - t1*t69 - t12*t60 - t13*t56 - t14*t17 - t14*t55 - t14*t60 - t16*t56 - t17*t52 - t17*t53 - t18*t23 - t18*t51 - t18*t53 - t2*t59 - t2*t71 - t20*t61 - t23*t54 - t23*t61 - t25*t3 - t25*t4 - t26*t3 - t26*t5 - t3*t77 - t3*t78 - t34*t4 - t35*t92 - t37*t5 - t38*t93 - t39*t4 - t39*t5 - t4*t66 - t4*t78 - t4*t94 - t40*t53 - t41*t53 - t43*t52 - t46*t51 - t48*t52 - t5*t63 - t5*t77 - t5*t94 - t50*t51 - t51*t55 - t52*t54 - t68*t76 - t70*t76 - t72*t85 - t83*t84 + in_A_5*t45*t56 + in_A_7*t56*t80 - in_A_5*t14*t83 - in_A_5*t76*t85 - t76*t80*t84 - in_A_3*in_A_5*t23*t74) > 0):
        raise ValueError("the smallest stretch of I + A is below 0.8: pairs beyond the watched shell could enter the cutoff")
    if not numpy.all(numpy.asarray(10.411154082261268 - t100) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t107) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t112) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t119) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t123) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t127) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t129) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t131) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t133) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t134) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t138) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t141) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t143) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t144) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t147) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t151) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t153) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t156) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t158) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t161) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t164) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t166) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t170) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t173) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t175) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t177) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t179) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t186) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t191) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t199) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t205) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t209) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t214) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t222) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t228) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t232) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t236) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t240) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(10.411154082261268 - t244) > 0):
        raise ValueError("a pair leaves the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t135 + t172)**2 + (-t162 - t168)**2 + (-t163 - t169)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t128 + t171)**2 + (t150 + t176)**2 + (t172 + t74)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t130 + t174)**2 + (t132 + t165)**2 + (t137 + t178)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t128 + t178)**2 + (t130 + t176)**2 + (t132 + t167)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t128 + t181)**2 + (t183 + t72)**2 + (t185 + t74)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t135 + t185)**2 + (t136 + t183)**2 + (t137 + t181)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t128 + t187)**2 + (t190 + t74)**2 + (t139 + t182 + t72)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t135 + t190)**2 + (-t142 - t211)**2 + (-t189 - t72)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t128 + t193)**2 + (t195 + t74)**2 + (t198 + t72)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t135 + t195)**2 + (t136 + t198)**2 + (t137 + t193)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t128 + t201)**2 + (t140 + t245)**2 + (t203 + t74)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t135 + t203)**2 + (-t204 - t72)**2 + (-t117 - t128 - t192)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t130 + t206)**2 + (t207 + t44)**2 + (t208 + t42)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t130 + t210)**2 + (t213 + t42)**2 + (t145 + t180 + t44)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t148 + t208)**2 + (t149 + t207)**2 + (t150 + t206)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t148 + t213)**2 + (-t152 - t188)**2 + (-t212 - t44)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t130 + t216)**2 + (t218 + t42)**2 + (t221 + t44)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t130 + t224)**2 + (t146 + t246)**2 + (t226 + t42)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t148 + t218)**2 + (t149 + t221)**2 + (t150 + t216)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t148 + t226)**2 + (-t227 - t44)**2 + (-t105 - t130 - t215)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t132 + t229)**2 + (t154 + t231)**2 + (t155 + t230)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t132 + t233)**2 + (t154 + t235)**2 + (t157 + t192)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t132 + t237)**2 + (t154 + t238)**2 + (t155 + t239)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t132 + t241)**2 + (t154 + t242)**2 + (in_A_7 + t155 + t246)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t155 + t243)**2 + (t159 + t215)**2 + (t160 + t217)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t160 + t225)**2 + (-t162 - t238)**2 + (-t163 - t239)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (in_A_2 + t247)**2 + (t155 + t234)**2 + (in_A_5 + t154 + t245)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (t115 + t247)**2 + (-t162 - t231)**2 + (-t163 - t230)**2) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (4.0 + t64)**2 + 16.0*t51 + 16.0*t52) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (4.0 + t66)**2 + 16.0*t16 + 16.0*t23) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    if not numpy.all(numpy.asarray(-10.411154082261268 + (4.0 + t63)**2 + 16.0*t13 + 16.0*t14) > 0):
        raise ValueError("a pair enters the cutoff: deformation outside the range where the neighbour set is valid")
    out = numpy.empty(batch + (1,))
    out[..., 0] = 85.46201554678466/(t100)**6 + 85.46201554678466/(t107)**6 + 85.46201554678466/(t112)**6 + 85.46201554678466/(t119)**6 + 85.46201554678466/(t123)**6 + 85.46201554678466/(t127)**6 + 85.46201554678466/(t129)**6 + 85.46201554678466/(t131)**6 + 85.46201554678466/(t133)**6 + 85.46201554678466/(t134)**6 + 85.46201554678466/(t138)**6 + 85.46201554678466/(t141)**6 + 85.46201554678466/(t143)**6 + 85.46201554678466/(t144)**6 + 85.46201554678466/(t147)**6 + 85.46201554678466/(t151)**6 + 85.46201554678466/(t153)**6 + 85.46201554678466/(t156)**6 + 85.46201554678466/(t158)**6 + 85.46201554678466/(t161)**6 + 85.46201554678466/(t164)**6 + 85.46201554678466/(t166)**6 + 85.46201554678466/(t170)**6 + 85.46201554678466/(t173)**6 + 85.46201554678466/(t175)**6 + 85.46201554678466/(t177)**6 + 85.46201554678466/(t179)**6 + 85.46201554678466/(t186)**6 + 85.46201554678466/(t191)**6 + 85.46201554678466/(t199)**6 + 85.46201554678466/(t205)**6 + 85.46201554678466/(t209)**6 + 85.46201554678466/(t214)**6 + 85.46201554678466/(t222)**6 + 85.46201554678466/(t228)**6 + 85.46201554678466/(t232)**6 + 85.46201554678466/(t236)**6 + 85.46201554678466/(t240)**6 + 85.46201554678466/(t244)**6 - 18.489133624568204/(t100)**3 - 18.489133624568204/(t107)**3 - 18.489133624568204/(t112)**3 - 18.489133624568204/(t119)**3 - 18.489133624568204/(t123)**3 - 18.489133624568204/(t127)**3 - 18.489133624568204/(t129)**3 - 18.489133624568204/(t131)**3 - 18.489133624568204/(t133)**3 - 18.489133624568204/(t134)**3 - 18.489133624568204/(t138)**3 - 18.489133624568204/(t141)**3 - 18.489133624568204/(t143)**3 - 18.489133624568204/(t144)**3 - 18.489133624568204/(t147)**3 - 18.489133624568204/(t151)**3 - 18.489133624568204/(t153)**3 - 18.489133624568204/(t156)**3 - 18.489133624568204/(t158)**3 - 18.489133624568204/(t161)**3 - 18.489133624568204/(t164)**3 - 18.489133624568204/(t166)**3 - 18.489133624568204/(t170)**3 - 18.489133624568204/(t173)**3 - 18.489133624568204/(t175)**3 - 18.489133624568204/(t177)**3 - 18.489133624568204/(t179)**3 - 18.489133624568204/(t186)**3 - 18.489133624568204/(t191)**3 - 18.489133624568204/(t199)**3 - 18.489133624568204/(t205)**3 - 18.489133624568204/(t209)**3 - 18.489133624568204/(t214)**3 - 18.489133624568204/(t222)**3 - 18.489133624568204/(t228)**3 - 18.489133624568204/(t232)**3 - 18.489133624568204/(t236)**3 - 18.489133624568204/(t240)**3 - 18.489133624568204/(t244)**3
    return out.reshape(batch + ())
