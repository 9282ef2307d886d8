/* symms cauchy-born/chain-lj-rc1.5; regenerate with: symms derive cauchy-born --lattice chain --potential lj --cutoff 1.5 --cutoff-mode truncated */
/* Expression kernels: straight-line code after CSE, one call per batch of points. */
#include <math.h>

/* W(A, p): stored energy per reference volume |Gamma| (seed 001 eq 3.4, pairs once; per atom: the energy_per_atom kernel). Pair potential lj, truncated at rc, unshifted (LAMMPS lj/cut without pair_modify shift).
   in: n points x 1 inputs (row-major), out: n points x 1 outputs.
   Returns 0, or 1 + g when guard g fails (point index in *where). */
int symms_energy(const double *in, long n, double *out, long *where)
{
    for (long i = 0; i < n; i++) {
        const double *x = in + i * 1;
        double *y = out + i * 1;
        const double in_A_0 = x[0];
        const double t0 = 1.0 + in_A_0;
        const double im_y_0_0 = t0;
        const double im_r2_0 = ((im_y_0_0)*(im_y_0_0));
        const double im_f_0_0 = -0.8908987181403393/((im_r2_0)*(im_r2_0)*(im_r2_0));
        const double im_f_0_1 = 0.44544935907016964/((im_r2_0)*(im_r2_0)*(im_r2_0)*(im_r2_0)*(im_r2_0)*(im_r2_0));
        if (!((t0) > 0.0)) { *where = i; return 1; }
        if (!((0.36 + ((in_A_0)*(in_A_0)) + 2.0*in_A_0) > 0.0)) { *where = i; return 2; }
        if (!((1.7858261834642244 - im_r2_0) > 0.0)) { *where = i; return 3; }
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
        const double t0 = 1.0 + in_A_0;
        const double im_y_0_0 = t0;
        const double im_r2_0 = ((im_y_0_0)*(im_y_0_0));
        const double im_f_0_2 = -2.672696154421018/((im_r2_0)*(im_r2_0)*(im_r2_0)*(im_r2_0)*(im_r2_0)*(im_r2_0)*(im_r2_0));
        const double im_f_0_3 = 2.672696154421018/((im_r2_0)*(im_r2_0)*(im_r2_0)*(im_r2_0));
        const double t1 = 4.0*im_y_0_0;
        if (!((t0) > 0.0)) { *where = i; return 1; }
        if (!((0.36 + ((in_A_0)*(in_A_0)) + 2.0*in_A_0) > 0.0)) { *where = i; return 2; }
        if (!((1.7858261834642244 - im_r2_0) > 0.0)) { *where = i; return 3; }
        y[0] = im_f_0_2*t1 + im_f_0_3*t1;
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
        const double t0 = 1.0 + in_A_0;
        const double im_y_0_0 = t0;
        const double t1 = ((im_y_0_0)*(im_y_0_0));
        const double im_r2_0 = t1;
        const double im_f_0_2 = -2.672696154421018/((im_r2_0)*(im_r2_0)*(im_r2_0)*(im_r2_0)*(im_r2_0)*(im_r2_0)*(im_r2_0));
        const double im_f_0_3 = 2.672696154421018/((im_r2_0)*(im_r2_0)*(im_r2_0)*(im_r2_0));
        const double im_f_0_4 = -10.690784617684072/((im_r2_0)*(im_r2_0)*(im_r2_0)*(im_r2_0)*(im_r2_0));
        const double im_f_0_5 = 18.708873080947125/((im_r2_0)*(im_r2_0)*(im_r2_0)*(im_r2_0)*(im_r2_0)*(im_r2_0)*(im_r2_0)*(im_r2_0));
        const double t2 = 8.0*t1;
        if (!((t0) > 0.0)) { *where = i; return 1; }
        if (!((0.36 + ((in_A_0)*(in_A_0)) + 2.0*in_A_0) > 0.0)) { *where = i; return 2; }
        if (!((1.7858261834642244 - im_r2_0) > 0.0)) { *where = i; return 3; }
        y[0] = 4.0*im_f_0_2 + 4.0*im_f_0_3 + im_f_0_4*t2 + im_f_0_5*t2;
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
        const double t0 = 1.0 + in_A_0;
        const double im_y_0_0 = t0;
        const double im_r2_0 = ((im_y_0_0)*(im_y_0_0));
        const double im_f_0_6 = (0.5)/((im_r2_0)*(im_r2_0)*(im_r2_0)*(im_r2_0)*(im_r2_0)*(im_r2_0));
        const double im_f_0_7 = -1.0/((im_r2_0)*(im_r2_0)*(im_r2_0));
        if (!((t0) > 0.0)) { *where = i; return 1; }
        if (!((0.36 + ((in_A_0)*(in_A_0)) + 2.0*in_A_0) > 0.0)) { *where = i; return 2; }
        if (!((1.7858261834642244 - im_r2_0) > 0.0)) { *where = i; return 3; }
        y[0] = 2.0*im_f_0_6 + 2.0*im_f_0_7;
    }
    return 0;
}
