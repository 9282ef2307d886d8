/* symms cauchy-born/chain-lj-rc1.5; regenerate with: symms derive cauchy-born --lattice chain --potential lj --cutoff 1.5 --cutoff-mode truncated */
/* Expression kernels: straight-line code after CSE, one call per batch of points. */
#include <math.h>
/* Inlined into each kernel, so that what a kernel does not use of a preamble is never computed. */
#if defined(__GNUC__)
#define SYMMS_PREAMBLE static inline __attribute__((always_inline))
#else
#define SYMMS_PREAMBLE static inline
#endif

/* Preamble bonds: the 2 intermediates pre[] its kernels share, from their
   1 inputs x.  Returns 0, or 1 + g when guard g fails. */
SYMMS_PREAMBLE int symms_preamble_bonds(const double *x, double *pre)
{
    const double in_A_0 = x[0];
    const double t0 = 1.0 + in_A_0;
    pre[0] = t0;
    pre[1] = ((pre[0])*(pre[0]));
    if (!((t0) > 0.0)) return 1;
    if (!((0.36 + ((in_A_0)*(in_A_0)) + 2.0*in_A_0) > 0.0)) return 2;
    if (!((1.7858261834642244 - pre[1]) > 0.0)) return 3;
    return 0;
}

/* W(A, p): stored energy per reference volume |Gamma| (seed 001 eq 3.4, pairs once; per atom: the energy_per_atom kernel). Pair potential lj, truncated at rc, unshifted (LAMMPS lj/cut without pair_modify shift).
   in: n points x 1 inputs (row-major), out: n points x 1 outputs.
   Returns 0, or 1 + g when guard g fails (point index in *where). */
int symms_energy(const double *in, long n, double *out, long *where)
{
    for (long i = 0; i < n; i++) {
        const double *x = in + i * 1;
        double *y = out + i * 1;
        const double in_A_0 = x[0];
        double pre[2];
        const int failed = symms_preamble_bonds(x, pre);
        if (failed) { *where = i; return failed; }
        const double im_f_0_0 = -0.8908987181403393/((pre[1])*(pre[1])*(pre[1]));
        const double im_f_0_1 = 0.44544935907016964/((pre[1])*(pre[1])*(pre[1])*(pre[1])*(pre[1])*(pre[1]));
        y[0] = 2.0*im_f_0_0 + 2.0*im_f_0_1;
    }
    return 0;
}

/* P = dW/dA, first Piola-Kirchhoff stress per reference volume (Cauchy stress sigma = P F^T / det F, F = I + A).
   in: n points x 1 inputs (row-major), out: n points x 1 outputs.
   Returns 0, or 1 + g when guard g fails (point index in *where). */
int symms_stress(const double *in, long n, double *out, long *where)
{
    for (long i = 0; i < n; i++) {
        const double *x = in + i * 1;
        double *y = out + i * 1;
        const double in_A_0 = x[0];
        double pre[2];
        const int failed = symms_preamble_bonds(x, pre);
        if (failed) { *where = i; return failed; }
        const double im_f_0_2 = -2.672696154421018/((pre[1])*(pre[1])*(pre[1])*(pre[1])*(pre[1])*(pre[1])*(pre[1]));
        const double im_f_0_3 = 2.672696154421018/((pre[1])*(pre[1])*(pre[1])*(pre[1]));
        const double t0 = 4.0*pre[0];
        y[0] = im_f_0_2*t0 + im_f_0_3*t0;
    }
    return 0;
}

/* C_ijkl = d2W/dA_ij dA_kl with p(A) = (I + A) p0, fixed fractional coordinates (the exact inner relaxation here), shape (d, d, d, d), per reference volume.
   in: n points x 1 inputs (row-major), out: n points x 1 outputs.
   Returns 0, or 1 + g when guard g fails (point index in *where). */
int symms_moduli(const double *in, long n, double *out, long *where)
{
    for (long i = 0; i < n; i++) {
        const double *x = in + i * 1;
        double *y = out + i * 1;
        const double in_A_0 = x[0];
        double pre[2];
        const int failed = symms_preamble_bonds(x, pre);
        if (failed) { *where = i; return failed; }
        const double im_f_0_2 = -2.672696154421018/((pre[1])*(pre[1])*(pre[1])*(pre[1])*(pre[1])*(pre[1])*(pre[1]));
        const double im_f_0_3 = 2.672696154421018/((pre[1])*(pre[1])*(pre[1])*(pre[1]));
        const double im_f_0_4 = -10.690784617684072/((pre[1])*(pre[1])*(pre[1])*(pre[1])*(pre[1]));
        const double im_f_0_5 = 18.708873080947125/((pre[1])*(pre[1])*(pre[1])*(pre[1])*(pre[1])*(pre[1])*(pre[1])*(pre[1]));
        const double t0 = 8.0*((pre[0])*(pre[0]));
        y[0] = 4.0*im_f_0_2 + 4.0*im_f_0_3 + im_f_0_4*t0 + im_f_0_5*t0;
    }
    return 0;
}

/* E(A, p) = W |Gamma| / (atoms per cell): stored energy per atom (seed 001 eq 3.4). Pair potential lj, truncated at rc, unshifted (LAMMPS lj/cut without pair_modify shift).
   in: n points x 1 inputs (row-major), out: n points x 1 outputs.
   Returns 0, or 1 + g when guard g fails (point index in *where). */
int symms_energy_per_atom(const double *in, long n, double *out, long *where)
{
    for (long i = 0; i < n; i++) {
        const double *x = in + i * 1;
        double *y = out + i * 1;
        const double in_A_0 = x[0];
        double pre[2];
        const int failed = symms_preamble_bonds(x, pre);
        if (failed) { *where = i; return failed; }
        const double im_f_0_6 = (0.5)/((pre[1])*(pre[1])*(pre[1])*(pre[1])*(pre[1])*(pre[1]));
        const double im_f_0_7 = -1.0/((pre[1])*(pre[1])*(pre[1]));
        y[0] = 2.0*im_f_0_6 + 2.0*im_f_0_7;
    }
    return 0;
}
