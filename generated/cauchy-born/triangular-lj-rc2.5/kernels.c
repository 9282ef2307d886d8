/* symms cauchy-born/triangular-lj-rc2.5; regenerate with: symms derive cauchy-born --lattice triangular --potential lj --cutoff 2.5 --cutoff-mode truncated */
/* Expression kernels: straight-line code after CSE, one call per batch of points. */
#include <math.h>
/* Inlined into each kernel, so that what a kernel does not use of a preamble is never computed. */
#if defined(__GNUC__)
#define SYMMS_PREAMBLE static inline __attribute__((always_inline))
#else
#define SYMMS_PREAMBLE static inline
#endif

/* Preamble bonds: the 33 intermediates pre[] its kernels share, from their
   4 inputs x.  Returns 0, or 1 + g when guard g fails. */
SYMMS_PREAMBLE int symms_preamble_bonds(const double *x, double *pre)
{
    const double in_A_0 = x[0];
    const double in_A_1 = x[1];
    const double in_A_2 = x[2];
    const double in_A_3 = x[3];
    const double t0 = 0.8660254037844386*in_A_1;
    const double t1 = 0.5 + (0.5)*in_A_0;
    pre[0] = t0 + t1;
    const double t2 = (0.5)*in_A_2;
    const double t3 = 0.8660254037844386 + 0.8660254037844386*in_A_3;
    pre[1] = t2 + t3;
    pre[2] = ((pre[0])*(pre[0])) + ((pre[1])*(pre[1]));
    const double t4 = -t0;
    pre[3] = t1 + t4;
    const double t5 = -0.5*in_A_2;
    pre[4] = -t3 - t5;
    pre[5] = ((pre[3])*(pre[3])) + ((pre[4])*(pre[4]));
    const double t6 = 1.0 + in_A_0;
    pre[6] = t6;
    pre[7] = in_A_2;
    pre[8] = ((pre[6])*(pre[6])) + ((pre[7])*(pre[7]));
    const double t7 = 1.7320508075688772*in_A_1;
    pre[9] = t7;
    const double t8 = 1.7320508075688772 + 1.7320508075688772*in_A_3;
    pre[10] = t8;
    pre[11] = ((pre[10])*(pre[10])) + ((pre[9])*(pre[9]));
    const double t9 = 1.5 + (1.5)*in_A_0;
    pre[12] = t0 + t9;
    pre[13] = t3 + (1.5)*in_A_2;
    pre[14] = ((pre[12])*(pre[12])) + ((pre[13])*(pre[13]));
    pre[15] = t4 + t9;
    pre[16] = -t3 + (1.5)*in_A_2;
    pre[17] = ((pre[15])*(pre[15])) + ((pre[16])*(pre[16]));
    pre[18] = t6 + t7;
    pre[19] = in_A_2 + t8;
    pre[20] = ((pre[18])*(pre[18])) + ((pre[19])*(pre[19]));
    const double t10 = -t7;
    pre[21] = t10 + t6;
    pre[22] = in_A_2 - t8;
    pre[23] = ((pre[21])*(pre[21])) + ((pre[22])*(pre[22]));
    const double t11 = 2.0*in_A_0;
    const double t12 = 2.0 + t11;
    pre[24] = t12;
    const double t13 = 2.0*in_A_2;
    pre[25] = t13;
    pre[26] = ((pre[24])*(pre[24])) + ((pre[25])*(pre[25]));
    const double t14 = 2.598076211353316*in_A_1;
    const double t15 = 2.598076211353316 + 2.598076211353316*in_A_3;
    pre[27] = ((t1 + t14)*(t1 + t14)) + ((t15 + t2)*(t15 + t2));
    pre[28] = ((t1 - t14)*(t1 - t14)) + ((-t15 - t5)*(-t15 - t5));
    const double t16 = 2.5 + (2.5)*in_A_0;
    pre[29] = ((t0 + t16)*(t0 + t16)) + ((t3 + (2.5)*in_A_2)*(t3 + (2.5)*in_A_2));
    pre[30] = ((t16 + t4)*(t16 + t4)) + ((-t3 + (2.5)*in_A_2)*(-t3 + (2.5)*in_A_2));
    pre[31] = ((t12 + t7)*(t12 + t7)) + ((t13 + t8)*(t13 + t8));
    pre[32] = ((t10 + t12)*(t10 + t12)) + ((-t8 + 2.0*in_A_2)*(-t8 + 2.0*in_A_2));
    const double t17 = in_A_0*in_A_3;
    const double t18 = in_A_1*in_A_2;
    const double t19 = ((in_A_0)*(in_A_0));
    const double t20 = ((in_A_2)*(in_A_2));
    const double t21 = ((in_A_1)*(in_A_1));
    const double t22 = ((in_A_3)*(in_A_3));
    const double t23 = in_A_1*t13;
    const double t24 = t11*t18;
    if (!((in_A_3 + t17 + t6 - t18) > 0.0)) return 1;
    if (!((0.36 + t11 + t19 + t20) > 0.0)) return 2;
    if (!((0.1296 - t23 - t24 + 4.0*t17 - 0.64*t20 - 0.64*t21 + (0.36)*t19 + (0.36)*t22 + (0.72)*in_A_0 + (0.72)*in_A_3 + t11*t22 + t19*t22 + t20*t21 - in_A_3*t23 - in_A_3*t24 + 2.0*in_A_3*t19) > 0.0)) return 3;
    if (!((5.043506732567901 - pre[2]) > 0.0)) return 4;
    if (!((5.043506732567901 - pre[5]) > 0.0)) return 5;
    if (!((5.043506732567901 - pre[8]) > 0.0)) return 6;
    if (!((5.043506732567901 - pre[11]) > 0.0)) return 7;
    if (!((5.043506732567901 - pre[14]) > 0.0)) return 8;
    if (!((5.043506732567901 - pre[17]) > 0.0)) return 9;
    if (!((5.043506732567901 - pre[20]) > 0.0)) return 10;
    if (!((5.043506732567901 - pre[23]) > 0.0)) return 11;
    if (!((5.043506732567901 - pre[26]) > 0.0)) return 12;
    if (!((-5.043506732567901 + pre[27]) > 0.0)) return 13;
    if (!((-5.043506732567901 + pre[28]) > 0.0)) return 14;
    if (!((-5.043506732567901 + pre[29]) > 0.0)) return 15;
    if (!((-5.043506732567901 + pre[30]) > 0.0)) return 16;
    if (!((-5.043506732567901 + pre[31]) > 0.0)) return 17;
    if (!((-5.043506732567901 + pre[32]) > 0.0)) return 18;
    return 0;
}

/* W(A, p): stored energy per reference volume |Gamma| (seed 001 eq 3.4, pairs once; per atom: the energy_per_atom kernel). Pair potential lj, truncated at rc, unshifted (LAMMPS lj/cut without pair_modify shift).
   in: n points x 4 inputs (row-major), out: n points x 1 outputs.
   Returns 0, or 1 + g when guard g fails (point index in *where). */
int symms_energy(const double *in, long n, double *out, long *where)
{
    for (long i = 0; i < n; i++) {
        const double *x = in + i * 4;
        double *y = out + i * 1;
        const double in_A_0 = x[0];
        const double in_A_1 = x[1];
        const double in_A_2 = x[2];
        const double in_A_3 = x[3];
        double pre[33];
        const int failed = symms_preamble_bonds(x, pre);
        if (failed) { *where = i; return failed; }
        const double im_f_0_0 = 1.029194537602237/((pre[2])*(pre[2])*(pre[2])*(pre[2])*(pre[2])*(pre[2]));
        const double im_f_0_1 = -1.9585727593837223/((pre[2])*(pre[2])*(pre[2]));
        const double im_f_1_0 = 1.029194537602237/((pre[5])*(pre[5])*(pre[5])*(pre[5])*(pre[5])*(pre[5]));
        const double im_f_1_1 = -1.9585727593837223/((pre[5])*(pre[5])*(pre[5]));
        const double im_f_2_0 = 1.029194537602237/((pre[8])*(pre[8])*(pre[8])*(pre[8])*(pre[8])*(pre[8]));
        const double im_f_2_1 = -1.9585727593837223/((pre[8])*(pre[8])*(pre[8]));
        const double im_f_3_0 = 1.029194537602237/((pre[11])*(pre[11])*(pre[11])*(pre[11])*(pre[11])*(pre[11]));
        const double im_f_3_1 = -1.9585727593837223/((pre[11])*(pre[11])*(pre[11]));
        const double im_f_4_0 = 1.029194537602237/((pre[14])*(pre[14])*(pre[14])*(pre[14])*(pre[14])*(pre[14]));
        const double im_f_4_1 = -1.9585727593837223/((pre[14])*(pre[14])*(pre[14]));
        const double im_f_5_0 = 1.029194537602237/((pre[17])*(pre[17])*(pre[17])*(pre[17])*(pre[17])*(pre[17]));
        const double im_f_5_1 = -1.9585727593837223/((pre[17])*(pre[17])*(pre[17]));
        const double im_f_6_0 = 1.029194537602237/((pre[20])*(pre[20])*(pre[20])*(pre[20])*(pre[20])*(pre[20]));
        const double im_f_6_1 = -1.9585727593837223/((pre[20])*(pre[20])*(pre[20]));
        const double im_f_7_0 = 1.029194537602237/((pre[23])*(pre[23])*(pre[23])*(pre[23])*(pre[23])*(pre[23]));
        const double im_f_7_1 = -1.9585727593837223/((pre[23])*(pre[23])*(pre[23]));
        const double im_f_8_0 = 1.029194537602237/((pre[26])*(pre[26])*(pre[26])*(pre[26])*(pre[26])*(pre[26]));
        const double im_f_8_1 = -1.9585727593837223/((pre[26])*(pre[26])*(pre[26]));
        y[0] = im_f_0_0 + im_f_0_1 + im_f_1_0 + im_f_1_1 + im_f_2_0 + im_f_2_1 + im_f_3_0 + im_f_3_1 + im_f_4_0 + im_f_4_1 + im_f_5_0 + im_f_5_1 + im_f_6_0 + im_f_6_1 + im_f_7_0 + im_f_7_1 + im_f_8_0 + im_f_8_1;
    }
    return 0;
}

/* P = dW/dA, first Piola-Kirchhoff stress per reference volume (Cauchy stress sigma = P F^T / det F, F = I + A).
   in: n points x 4 inputs (row-major), out: n points x 4 outputs.
   Returns 0, or 1 + g when guard g fails (point index in *where). */
int symms_stress(const double *in, long n, double *out, long *where)
{
    for (long i = 0; i < n; i++) {
        const double *x = in + i * 4;
        double *y = out + i * 4;
        const double in_A_0 = x[0];
        const double in_A_1 = x[1];
        const double in_A_2 = x[2];
        const double in_A_3 = x[3];
        double pre[33];
        const int failed = symms_preamble_bonds(x, pre);
        if (failed) { *where = i; return failed; }
        const double im_f_0_2 = 5.875718278151167/((pre[2])*(pre[2])*(pre[2])*(pre[2]));
        const double im_f_0_3 = -6.1751672256134205/((pre[2])*(pre[2])*(pre[2])*(pre[2])*(pre[2])*(pre[2])*(pre[2]));
        const double im_f_1_2 = 5.875718278151167/((pre[5])*(pre[5])*(pre[5])*(pre[5]));
        const double im_f_1_3 = -6.1751672256134205/((pre[5])*(pre[5])*(pre[5])*(pre[5])*(pre[5])*(pre[5])*(pre[5]));
        const double im_f_2_2 = 5.875718278151167/((pre[8])*(pre[8])*(pre[8])*(pre[8]));
        const double im_f_2_3 = -6.1751672256134205/((pre[8])*(pre[8])*(pre[8])*(pre[8])*(pre[8])*(pre[8])*(pre[8]));
        const double im_f_3_2 = 5.875718278151167/((pre[11])*(pre[11])*(pre[11])*(pre[11]));
        const double im_f_3_3 = -6.1751672256134205/((pre[11])*(pre[11])*(pre[11])*(pre[11])*(pre[11])*(pre[11])*(pre[11]));
        const double im_f_4_2 = 5.875718278151167/((pre[14])*(pre[14])*(pre[14])*(pre[14]));
        const double im_f_4_3 = -6.1751672256134205/((pre[14])*(pre[14])*(pre[14])*(pre[14])*(pre[14])*(pre[14])*(pre[14]));
        const double im_f_5_2 = 5.875718278151167/((pre[17])*(pre[17])*(pre[17])*(pre[17]));
        const double im_f_5_3 = -6.1751672256134205/((pre[17])*(pre[17])*(pre[17])*(pre[17])*(pre[17])*(pre[17])*(pre[17]));
        const double im_f_6_2 = 5.875718278151167/((pre[20])*(pre[20])*(pre[20])*(pre[20]));
        const double im_f_6_3 = -6.1751672256134205/((pre[20])*(pre[20])*(pre[20])*(pre[20])*(pre[20])*(pre[20])*(pre[20]));
        const double im_f_7_2 = 5.875718278151167/((pre[23])*(pre[23])*(pre[23])*(pre[23]));
        const double im_f_7_3 = -6.1751672256134205/((pre[23])*(pre[23])*(pre[23])*(pre[23])*(pre[23])*(pre[23])*(pre[23]));
        const double im_f_8_2 = 5.875718278151167/((pre[26])*(pre[26])*(pre[26])*(pre[26]));
        const double im_f_8_3 = -6.1751672256134205/((pre[26])*(pre[26])*(pre[26])*(pre[26])*(pre[26])*(pre[26])*(pre[26]));
        const double t0 = im_f_0_2*pre[0];
        const double t1 = im_f_0_3*pre[0];
        const double t2 = im_f_1_2*pre[3];
        const double t3 = im_f_1_3*pre[3];
        const double t4 = 2.0*pre[6];
        const double t5 = 2.0*pre[18];
        const double t6 = 2.0*pre[21];
        const double t7 = 3.0*pre[12];
        const double t8 = 3.0*pre[15];
        const double t9 = 4.0*pre[24];
        const double t10 = 1.7320508075688772*pre[12];
        const double t11 = 3.4641016151377544*pre[9];
        const double t12 = 3.4641016151377544*pre[18];
        const double t13 = 1.7320508075688772*pre[15];
        const double t14 = 3.4641016151377544*pre[21];
        const double t15 = im_f_0_2*pre[1];
        const double t16 = im_f_0_3*pre[1];
        const double t17 = im_f_1_2*pre[4];
        const double t18 = im_f_1_3*pre[4];
        const double t19 = 2.0*pre[7];
        const double t20 = 2.0*pre[19];
        const double t21 = 2.0*pre[22];
        const double t22 = 3.0*pre[13];
        const double t23 = 3.0*pre[16];
        const double t24 = 4.0*pre[25];
        const double t25 = 1.7320508075688772*pre[13];
        const double t26 = 3.4641016151377544*pre[10];
        const double t27 = 3.4641016151377544*pre[19];
        const double t28 = 1.7320508075688772*pre[16];
        const double t29 = 3.4641016151377544*pre[22];
        y[0] = t0 + t1 + t2 + t3 + im_f_2_2*t4 + im_f_2_3*t4 + im_f_4_2*t7 + im_f_4_3*t7 + im_f_5_2*t8 + im_f_5_3*t8 + im_f_6_2*t5 + im_f_6_3*t5 + im_f_7_2*t6 + im_f_7_3*t6 + im_f_8_2*t9 + im_f_8_3*t9;
        y[1] = 1.7320508075688772*t0 + 1.7320508075688772*t1 - 1.7320508075688772*t2 - 1.7320508075688772*t3 + im_f_3_2*t11 + im_f_3_3*t11 + im_f_4_2*t10 + im_f_4_3*t10 + im_f_6_2*t12 + im_f_6_3*t12 - im_f_5_2*t13 - im_f_5_3*t13 - im_f_7_2*t14 - im_f_7_3*t14;
        y[2] = t15 + t16 + t17 + t18 + im_f_2_2*t19 + im_f_2_3*t19 + im_f_4_2*t22 + im_f_4_3*t22 + im_f_5_2*t23 + im_f_5_3*t23 + im_f_6_2*t20 + im_f_6_3*t20 + im_f_7_2*t21 + im_f_7_3*t21 + im_f_8_2*t24 + im_f_8_3*t24;
        y[3] = 1.7320508075688772*t15 + 1.7320508075688772*t16 - 1.7320508075688772*t17 - 1.7320508075688772*t18 + im_f_3_2*t26 + im_f_3_3*t26 + im_f_4_2*t25 + im_f_4_3*t25 + im_f_6_2*t27 + im_f_6_3*t27 - im_f_5_2*t28 - im_f_5_3*t28 - im_f_7_2*t29 - im_f_7_3*t29;
    }
    return 0;
}

/* C_ijkl = d2W/dA_ij dA_kl, shape (d, d, d, d), per reference volume.
   in: n points x 4 inputs (row-major), out: n points x 16 outputs.
   Returns 0, or 1 + g when guard g fails (point index in *where). */
int symms_moduli(const double *in, long n, double *out, long *where)
{
    for (long i = 0; i < n; i++) {
        const double *x = in + i * 4;
        double *y = out + i * 16;
        const double in_A_0 = x[0];
        const double in_A_1 = x[1];
        const double in_A_2 = x[2];
        const double in_A_3 = x[3];
        double pre[33];
        const int failed = symms_preamble_bonds(x, pre);
        if (failed) { *where = i; return failed; }
        const double im_f_0_2 = 5.875718278151167/((pre[2])*(pre[2])*(pre[2])*(pre[2]));
        const double im_f_0_3 = -6.1751672256134205/((pre[2])*(pre[2])*(pre[2])*(pre[2])*(pre[2])*(pre[2])*(pre[2]));
        const double im_f_0_4 = 43.22617057929394/((pre[2])*(pre[2])*(pre[2])*(pre[2])*(pre[2])*(pre[2])*(pre[2])*(pre[2]));
        const double im_f_0_5 = -23.502873112604668/((pre[2])*(pre[2])*(pre[2])*(pre[2])*(pre[2]));
        const double im_f_1_2 = 5.875718278151167/((pre[5])*(pre[5])*(pre[5])*(pre[5]));
        const double im_f_1_3 = -6.1751672256134205/((pre[5])*(pre[5])*(pre[5])*(pre[5])*(pre[5])*(pre[5])*(pre[5]));
        const double im_f_1_4 = 43.22617057929394/((pre[5])*(pre[5])*(pre[5])*(pre[5])*(pre[5])*(pre[5])*(pre[5])*(pre[5]));
        const double im_f_1_5 = -23.502873112604668/((pre[5])*(pre[5])*(pre[5])*(pre[5])*(pre[5]));
        const double im_f_2_2 = 5.875718278151167/((pre[8])*(pre[8])*(pre[8])*(pre[8]));
        const double im_f_2_3 = -6.1751672256134205/((pre[8])*(pre[8])*(pre[8])*(pre[8])*(pre[8])*(pre[8])*(pre[8]));
        const double im_f_2_4 = 43.22617057929394/((pre[8])*(pre[8])*(pre[8])*(pre[8])*(pre[8])*(pre[8])*(pre[8])*(pre[8]));
        const double im_f_2_5 = -23.502873112604668/((pre[8])*(pre[8])*(pre[8])*(pre[8])*(pre[8]));
        const double im_f_3_2 = 5.875718278151167/((pre[11])*(pre[11])*(pre[11])*(pre[11]));
        const double im_f_3_3 = -6.1751672256134205/((pre[11])*(pre[11])*(pre[11])*(pre[11])*(pre[11])*(pre[11])*(pre[11]));
        const double im_f_3_4 = 43.22617057929394/((pre[11])*(pre[11])*(pre[11])*(pre[11])*(pre[11])*(pre[11])*(pre[11])*(pre[11]));
        const double im_f_3_5 = -23.502873112604668/((pre[11])*(pre[11])*(pre[11])*(pre[11])*(pre[11]));
        const double im_f_4_2 = 5.875718278151167/((pre[14])*(pre[14])*(pre[14])*(pre[14]));
        const double im_f_4_3 = -6.1751672256134205/((pre[14])*(pre[14])*(pre[14])*(pre[14])*(pre[14])*(pre[14])*(pre[14]));
        const double im_f_4_4 = 43.22617057929394/((pre[14])*(pre[14])*(pre[14])*(pre[14])*(pre[14])*(pre[14])*(pre[14])*(pre[14]));
        const double im_f_4_5 = -23.502873112604668/((pre[14])*(pre[14])*(pre[14])*(pre[14])*(pre[14]));
        const double im_f_5_2 = 5.875718278151167/((pre[17])*(pre[17])*(pre[17])*(pre[17]));
        const double im_f_5_3 = -6.1751672256134205/((pre[17])*(pre[17])*(pre[17])*(pre[17])*(pre[17])*(pre[17])*(pre[17]));
        const double im_f_5_4 = 43.22617057929394/((pre[17])*(pre[17])*(pre[17])*(pre[17])*(pre[17])*(pre[17])*(pre[17])*(pre[17]));
        const double im_f_5_5 = -23.502873112604668/((pre[17])*(pre[17])*(pre[17])*(pre[17])*(pre[17]));
        const double im_f_6_2 = 5.875718278151167/((pre[20])*(pre[20])*(pre[20])*(pre[20]));
        const double im_f_6_3 = -6.1751672256134205/((pre[20])*(pre[20])*(pre[20])*(pre[20])*(pre[20])*(pre[20])*(pre[20]));
        const double im_f_6_4 = 43.22617057929394/((pre[20])*(pre[20])*(pre[20])*(pre[20])*(pre[20])*(pre[20])*(pre[20])*(pre[20]));
        const double im_f_6_5 = -23.502873112604668/((pre[20])*(pre[20])*(pre[20])*(pre[20])*(pre[20]));
        const double im_f_7_2 = 5.875718278151167/((pre[23])*(pre[23])*(pre[23])*(pre[23]));
        const double im_f_7_3 = -6.1751672256134205/((pre[23])*(pre[23])*(pre[23])*(pre[23])*(pre[23])*(pre[23])*(pre[23]));
        const double im_f_7_4 = 43.22617057929394/((pre[23])*(pre[23])*(pre[23])*(pre[23])*(pre[23])*(pre[23])*(pre[23])*(pre[23]));
        const double im_f_7_5 = -23.502873112604668/((pre[23])*(pre[23])*(pre[23])*(pre[23])*(pre[23]));
        const double im_f_8_2 = 5.875718278151167/((pre[26])*(pre[26])*(pre[26])*(pre[26]));
        const double im_f_8_3 = -6.1751672256134205/((pre[26])*(pre[26])*(pre[26])*(pre[26])*(pre[26])*(pre[26])*(pre[26]));
        const double im_f_8_4 = 43.22617057929394/((pre[26])*(pre[26])*(pre[26])*(pre[26])*(pre[26])*(pre[26])*(pre[26])*(pre[26]));
        const double im_f_8_5 = -23.502873112604668/((pre[26])*(pre[26])*(pre[26])*(pre[26])*(pre[26]));
        const double t0 = ((pre[0])*(pre[0]));
        const double t1 = im_f_0_4*t0;
        const double t2 = im_f_0_5*t0;
        const double t3 = ((pre[3])*(pre[3]));
        const double t4 = im_f_1_4*t3;
        const double t5 = im_f_1_5*t3;
        const double t6 = 4.0*((pre[6])*(pre[6]));
        const double t7 = ((pre[18])*(pre[18]));
        const double t8 = 4.0*t7;
        const double t9 = ((pre[21])*(pre[21]));
        const double t10 = 4.0*t9;
        const double t11 = ((pre[12])*(pre[12]));
        const double t12 = 9.0*t11;
        const double t13 = ((pre[15])*(pre[15]));
        const double t14 = 9.0*t13;
        const double t15 = 16.0*((pre[24])*(pre[24]));
        const double t16 = (0.5)*im_f_0_2 + (0.5)*im_f_0_3 + (0.5)*im_f_1_2 + (0.5)*im_f_1_3 + 2.0*im_f_2_2 + 2.0*im_f_2_3 + 2.0*im_f_6_2 + 2.0*im_f_6_3 + 2.0*im_f_7_2 + 2.0*im_f_7_3 + 8.0*im_f_8_2 + 8.0*im_f_8_3 + (4.5)*im_f_4_2 + (4.5)*im_f_4_3 + (4.5)*im_f_5_2 + (4.5)*im_f_5_3;
        const double t17 = 5.196152422706632*t11;
        const double t18 = 6.928203230275509*t7;
        const double t19 = 5.196152422706632*t13;
        const double t20 = 6.928203230275509*t9;
        const double t21 = 2.598076211353316*im_f_4_2 + 2.598076211353316*im_f_4_3 + 0.8660254037844386*im_f_0_2 + 0.8660254037844386*im_f_0_3 + 3.4641016151377544*im_f_6_2 + 3.4641016151377544*im_f_6_3 - 2.598076211353316*im_f_5_2 - 2.598076211353316*im_f_5_3 - 0.8660254037844386*im_f_1_2 - 0.8660254037844386*im_f_1_3 - 3.4641016151377544*im_f_7_2 - 3.4641016151377544*im_f_7_3;
        const double t22 = t21 + 1.7320508075688772*t1 + 1.7320508075688772*t2 - 1.7320508075688772*t4 - 1.7320508075688772*t5 + im_f_4_4*t17 + im_f_4_5*t17 + im_f_6_4*t18 + im_f_6_5*t18 - im_f_5_4*t19 - im_f_5_5*t19 - im_f_7_4*t20 - im_f_7_5*t20;
        const double t23 = pre[0]*pre[1];
        const double t24 = im_f_0_4*t23;
        const double t25 = im_f_0_5*t23;
        const double t26 = pre[3]*pre[4];
        const double t27 = im_f_1_4*t26;
        const double t28 = im_f_1_5*t26;
        const double t29 = 4.0*pre[6]*pre[7];
        const double t30 = pre[18]*pre[19];
        const double t31 = 4.0*t30;
        const double t32 = pre[21]*pre[22];
        const double t33 = 4.0*t32;
        const double t34 = pre[12]*pre[13];
        const double t35 = 9.0*t34;
        const double t36 = pre[15]*pre[16];
        const double t37 = 9.0*t36;
        const double t38 = 16.0*pre[24]*pre[25];
        const double t39 = t24 + t25 + t27 + t28 + im_f_2_4*t29 + im_f_2_5*t29 + im_f_4_4*t35 + im_f_4_5*t35 + im_f_5_4*t37 + im_f_5_5*t37 + im_f_6_4*t31 + im_f_6_5*t31 + im_f_7_4*t33 + im_f_7_5*t33 + im_f_8_4*t38 + im_f_8_5*t38;
        const double t40 = 5.196152422706632*t34;
        const double t41 = 6.928203230275509*t30;
        const double t42 = 5.196152422706632*t36;
        const double t43 = 6.928203230275509*t32;
        const double t44 = 1.7320508075688772*t24 + 1.7320508075688772*t25 - 1.7320508075688772*t27 - 1.7320508075688772*t28 + im_f_4_4*t40 + im_f_4_5*t40 + im_f_6_4*t41 + im_f_6_5*t41 - im_f_5_4*t42 - im_f_5_5*t42 - im_f_7_4*t43 - im_f_7_5*t43;
        const double t45 = 3.0*t11;
        const double t46 = 3.0*t13;
        const double t47 = 12.0*((pre[9])*(pre[9]));
        const double t48 = 12.0*t7;
        const double t49 = 12.0*t9;
        const double t50 = 6.0*im_f_3_2 + 6.0*im_f_3_3 + 6.0*im_f_6_2 + 6.0*im_f_6_3 + 6.0*im_f_7_2 + 6.0*im_f_7_3 + (1.5)*im_f_0_2 + (1.5)*im_f_0_3 + (1.5)*im_f_1_2 + (1.5)*im_f_1_3 + (1.5)*im_f_4_2 + (1.5)*im_f_4_3 + (1.5)*im_f_5_2 + (1.5)*im_f_5_3;
        const double t51 = 3.0*t34;
        const double t52 = 3.0*t36;
        const double t53 = 12.0*pre[10]*pre[9];
        const double t54 = 12.0*t30;
        const double t55 = 12.0*t32;
        const double t56 = 3.0*t24 + 3.0*t25 + 3.0*t27 + 3.0*t28 + im_f_3_4*t53 + im_f_3_5*t53 + im_f_4_4*t51 + im_f_4_5*t51 + im_f_5_4*t52 + im_f_5_5*t52 + im_f_6_4*t54 + im_f_6_5*t54 + im_f_7_4*t55 + im_f_7_5*t55;
        const double t57 = ((pre[1])*(pre[1]));
        const double t58 = im_f_0_4*t57;
        const double t59 = im_f_0_5*t57;
        const double t60 = ((pre[4])*(pre[4]));
        const double t61 = im_f_1_4*t60;
        const double t62 = im_f_1_5*t60;
        const double t63 = 4.0*((pre[7])*(pre[7]));
        const double t64 = ((pre[19])*(pre[19]));
        const double t65 = 4.0*t64;
        const double t66 = ((pre[22])*(pre[22]));
        const double t67 = 4.0*t66;
        const double t68 = ((pre[13])*(pre[13]));
        const double t69 = 9.0*t68;
        const double t70 = ((pre[16])*(pre[16]));
        const double t71 = 9.0*t70;
        const double t72 = 16.0*((pre[25])*(pre[25]));
        const double t73 = 5.196152422706632*t68;
        const double t74 = 6.928203230275509*t64;
        const double t75 = 5.196152422706632*t70;
        const double t76 = 6.928203230275509*t66;
        const double t77 = t21 + 1.7320508075688772*t58 + 1.7320508075688772*t59 - 1.7320508075688772*t61 - 1.7320508075688772*t62 + im_f_4_4*t73 + im_f_4_5*t73 + im_f_6_4*t74 + im_f_6_5*t74 - im_f_5_4*t75 - im_f_5_5*t75 - im_f_7_4*t76 - im_f_7_5*t76;
        const double t78 = 3.0*t68;
        const double t79 = 3.0*t70;
        const double t80 = 12.0*((pre[10])*(pre[10]));
        const double t81 = 12.0*t64;
        const double t82 = 12.0*t66;
        y[0] = t1 + t16 + t2 + t4 + t5 + im_f_2_4*t6 + im_f_2_5*t6 + im_f_4_4*t12 + im_f_4_5*t12 + im_f_5_4*t14 + im_f_5_5*t14 + im_f_6_4*t8 + im_f_6_5*t8 + im_f_7_4*t10 + im_f_7_5*t10 + im_f_8_4*t15 + im_f_8_5*t15;
        y[1] = t22;
        y[2] = t39;
        y[3] = t44;
        y[4] = t22;
        y[5] = t50 + 3.0*t1 + 3.0*t2 + 3.0*t4 + 3.0*t5 + im_f_3_4*t47 + im_f_3_5*t47 + im_f_4_4*t45 + im_f_4_5*t45 + im_f_5_4*t46 + im_f_5_5*t46 + im_f_6_4*t48 + im_f_6_5*t48 + im_f_7_4*t49 + im_f_7_5*t49;
        y[6] = t44;
        y[7] = t56;
        y[8] = t39;
        y[9] = t44;
        y[10] = t16 + t58 + t59 + t61 + t62 + im_f_2_4*t63 + im_f_2_5*t63 + im_f_4_4*t69 + im_f_4_5*t69 + im_f_5_4*t71 + im_f_5_5*t71 + im_f_6_4*t65 + im_f_6_5*t65 + im_f_7_4*t67 + im_f_7_5*t67 + im_f_8_4*t72 + im_f_8_5*t72;
        y[11] = t77;
        y[12] = t44;
        y[13] = t56;
        y[14] = t77;
        y[15] = t50 + 3.0*t58 + 3.0*t59 + 3.0*t61 + 3.0*t62 + im_f_3_4*t80 + im_f_3_5*t80 + im_f_4_4*t78 + im_f_4_5*t78 + im_f_5_4*t79 + im_f_5_5*t79 + im_f_6_4*t81 + im_f_6_5*t81 + im_f_7_4*t82 + im_f_7_5*t82;
    }
    return 0;
}

/* E(A, p) = W |Gamma| / (atoms per cell): stored energy per atom (seed 001 eq 3.4). Pair potential lj, truncated at rc, unshifted (LAMMPS lj/cut without pair_modify shift).
   in: n points x 4 inputs (row-major), out: n points x 1 outputs.
   Returns 0, or 1 + g when guard g fails (point index in *where). */
int symms_energy_per_atom(const double *in, long n, double *out, long *where)
{
    for (long i = 0; i < n; i++) {
        const double *x = in + i * 4;
        double *y = out + i * 1;
        const double in_A_0 = x[0];
        const double in_A_1 = x[1];
        const double in_A_2 = x[2];
        const double in_A_3 = x[3];
        double pre[33];
        const int failed = symms_preamble_bonds(x, pre);
        if (failed) { *where = i; return failed; }
        const double im_f_0_6 = 1.1045249147336644/((pre[2])*(pre[2])*(pre[2])*(pre[2])*(pre[2])*(pre[2]));
        const double im_f_0_7 = -2.101927605540842/((pre[2])*(pre[2])*(pre[2]));
        const double im_f_1_6 = 1.1045249147336644/((pre[5])*(pre[5])*(pre[5])*(pre[5])*(pre[5])*(pre[5]));
        const double im_f_1_7 = -2.101927605540842/((pre[5])*(pre[5])*(pre[5]));
        const double im_f_2_6 = 1.1045249147336644/((pre[8])*(pre[8])*(pre[8])*(pre[8])*(pre[8])*(pre[8]));
        const double im_f_2_7 = -2.101927605540842/((pre[8])*(pre[8])*(pre[8]));
        const double im_f_3_6 = 1.1045249147336644/((pre[11])*(pre[11])*(pre[11])*(pre[11])*(pre[11])*(pre[11]));
        const double im_f_3_7 = -2.101927605540842/((pre[11])*(pre[11])*(pre[11]));
        const double im_f_4_6 = 1.1045249147336644/((pre[14])*(pre[14])*(pre[14])*(pre[14])*(pre[14])*(pre[14]));
        const double im_f_4_7 = -2.101927605540842/((pre[14])*(pre[14])*(pre[14]));
        const double im_f_5_6 = 1.1045249147336644/((pre[17])*(pre[17])*(pre[17])*(pre[17])*(pre[17])*(pre[17]));
        const double im_f_5_7 = -2.101927605540842/((pre[17])*(pre[17])*(pre[17]));
        const double im_f_6_6 = 1.1045249147336644/((pre[20])*(pre[20])*(pre[20])*(pre[20])*(pre[20])*(pre[20]));
        const double im_f_6_7 = -2.101927605540842/((pre[20])*(pre[20])*(pre[20]));
        const double im_f_7_6 = 1.1045249147336644/((pre[23])*(pre[23])*(pre[23])*(pre[23])*(pre[23])*(pre[23]));
        const double im_f_7_7 = -2.101927605540842/((pre[23])*(pre[23])*(pre[23]));
        const double im_f_8_6 = 1.1045249147336644/((pre[26])*(pre[26])*(pre[26])*(pre[26])*(pre[26])*(pre[26]));
        const double im_f_8_7 = -2.101927605540842/((pre[26])*(pre[26])*(pre[26]));
        y[0] = im_f_0_6 + im_f_0_7 + im_f_1_6 + im_f_1_7 + im_f_2_6 + im_f_2_7 + im_f_3_6 + im_f_3_7 + im_f_4_6 + im_f_4_7 + im_f_5_6 + im_f_5_7 + im_f_6_6 + im_f_6_7 + im_f_7_6 + im_f_7_7 + im_f_8_6 + im_f_8_7;
    }
    return 0;
}
