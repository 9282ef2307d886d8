/* symms cauchy-born/triangular-lj-rc2.5; regenerate with: symms derive cauchy-born --lattice triangular --potential lj --cutoff 2.5 --cutoff-mode truncated */
/* Expression kernels: straight-line code after CSE, one call per batch of points. */
#include <math.h>

/* Preamble bonds: the 105 intermediates pre[] its kernels share, from their
   4 inputs x.  Returns 0, or 1 + g when guard g fails. */
static int symms_preamble_bonds(const double *x, double *pre)
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
    const double t4 = (1.0/((pre[2])*(pre[2])*(pre[2])*(pre[2])*(pre[2])*(pre[2])));
    pre[3] = 1.029194537602237*t4;
    const double t5 = (1.0/((pre[2])*(pre[2])*(pre[2])));
    pre[4] = -1.9585727593837223*t5;
    pre[5] = 5.875718278151167/((pre[2])*(pre[2])*(pre[2])*(pre[2]));
    pre[6] = -6.1751672256134205/((pre[2])*(pre[2])*(pre[2])*(pre[2])*(pre[2])*(pre[2])*(pre[2]));
    pre[7] = 43.22617057929394/((pre[2])*(pre[2])*(pre[2])*(pre[2])*(pre[2])*(pre[2])*(pre[2])*(pre[2]));
    pre[8] = -23.502873112604668/((pre[2])*(pre[2])*(pre[2])*(pre[2])*(pre[2]));
    pre[9] = 1.1045249147336644*t4;
    pre[10] = -2.101927605540842*t5;
    const double t6 = -t0;
    pre[11] = t1 + t6;
    const double t7 = -0.5*in_A_2;
    pre[12] = -t3 - t7;
    pre[13] = ((pre[11])*(pre[11])) + ((pre[12])*(pre[12]));
    const double t8 = (1.0/((pre[13])*(pre[13])*(pre[13])*(pre[13])*(pre[13])*(pre[13])));
    pre[14] = 1.029194537602237*t8;
    const double t9 = (1.0/((pre[13])*(pre[13])*(pre[13])));
    pre[15] = -1.9585727593837223*t9;
    pre[16] = 5.875718278151167/((pre[13])*(pre[13])*(pre[13])*(pre[13]));
    pre[17] = -6.1751672256134205/((pre[13])*(pre[13])*(pre[13])*(pre[13])*(pre[13])*(pre[13])*(pre[13]));
    pre[18] = 43.22617057929394/((pre[13])*(pre[13])*(pre[13])*(pre[13])*(pre[13])*(pre[13])*(pre[13])*(pre[13]));
    pre[19] = -23.502873112604668/((pre[13])*(pre[13])*(pre[13])*(pre[13])*(pre[13]));
    pre[20] = 1.1045249147336644*t8;
    pre[21] = -2.101927605540842*t9;
    const double t10 = 1.0 + in_A_0;
    pre[22] = t10;
    pre[23] = in_A_2;
    pre[24] = ((pre[22])*(pre[22])) + ((pre[23])*(pre[23]));
    const double t11 = (1.0/((pre[24])*(pre[24])*(pre[24])*(pre[24])*(pre[24])*(pre[24])));
    pre[25] = 1.029194537602237*t11;
    const double t12 = (1.0/((pre[24])*(pre[24])*(pre[24])));
    pre[26] = -1.9585727593837223*t12;
    pre[27] = 5.875718278151167/((pre[24])*(pre[24])*(pre[24])*(pre[24]));
    pre[28] = -6.1751672256134205/((pre[24])*(pre[24])*(pre[24])*(pre[24])*(pre[24])*(pre[24])*(pre[24]));
    pre[29] = 43.22617057929394/((pre[24])*(pre[24])*(pre[24])*(pre[24])*(pre[24])*(pre[24])*(pre[24])*(pre[24]));
    pre[30] = -23.502873112604668/((pre[24])*(pre[24])*(pre[24])*(pre[24])*(pre[24]));
    pre[31] = 1.1045249147336644*t11;
    pre[32] = -2.101927605540842*t12;
    const double t13 = 1.7320508075688772*in_A_1;
    pre[33] = t13;
    const double t14 = 1.7320508075688772 + 1.7320508075688772*in_A_3;
    pre[34] = t14;
    pre[35] = ((pre[33])*(pre[33])) + ((pre[34])*(pre[34]));
    const double t15 = (1.0/((pre[35])*(pre[35])*(pre[35])*(pre[35])*(pre[35])*(pre[35])));
    pre[36] = 1.029194537602237*t15;
    const double t16 = (1.0/((pre[35])*(pre[35])*(pre[35])));
    pre[37] = -1.9585727593837223*t16;
    pre[38] = 5.875718278151167/((pre[35])*(pre[35])*(pre[35])*(pre[35]));
    pre[39] = -6.1751672256134205/((pre[35])*(pre[35])*(pre[35])*(pre[35])*(pre[35])*(pre[35])*(pre[35]));
    pre[40] = 43.22617057929394/((pre[35])*(pre[35])*(pre[35])*(pre[35])*(pre[35])*(pre[35])*(pre[35])*(pre[35]));
    pre[41] = -23.502873112604668/((pre[35])*(pre[35])*(pre[35])*(pre[35])*(pre[35]));
    pre[42] = 1.1045249147336644*t15;
    pre[43] = -2.101927605540842*t16;
    const double t17 = 1.5 + (1.5)*in_A_0;
    pre[44] = t0 + t17;
    pre[45] = t3 + (1.5)*in_A_2;
    pre[46] = ((pre[44])*(pre[44])) + ((pre[45])*(pre[45]));
    const double t18 = (1.0/((pre[46])*(pre[46])*(pre[46])*(pre[46])*(pre[46])*(pre[46])));
    pre[47] = 1.029194537602237*t18;
    const double t19 = (1.0/((pre[46])*(pre[46])*(pre[46])));
    pre[48] = -1.9585727593837223*t19;
    pre[49] = 5.875718278151167/((pre[46])*(pre[46])*(pre[46])*(pre[46]));
    pre[50] = -6.1751672256134205/((pre[46])*(pre[46])*(pre[46])*(pre[46])*(pre[46])*(pre[46])*(pre[46]));
    pre[51] = 43.22617057929394/((pre[46])*(pre[46])*(pre[46])*(pre[46])*(pre[46])*(pre[46])*(pre[46])*(pre[46]));
    pre[52] = -23.502873112604668/((pre[46])*(pre[46])*(pre[46])*(pre[46])*(pre[46]));
    pre[53] = 1.1045249147336644*t18;
    pre[54] = -2.101927605540842*t19;
    pre[55] = t17 + t6;
    pre[56] = -t3 + (1.5)*in_A_2;
    pre[57] = ((pre[55])*(pre[55])) + ((pre[56])*(pre[56]));
    const double t20 = (1.0/((pre[57])*(pre[57])*(pre[57])*(pre[57])*(pre[57])*(pre[57])));
    pre[58] = 1.029194537602237*t20;
    const double t21 = (1.0/((pre[57])*(pre[57])*(pre[57])));
    pre[59] = -1.9585727593837223*t21;
    pre[60] = 5.875718278151167/((pre[57])*(pre[57])*(pre[57])*(pre[57]));
    pre[61] = -6.1751672256134205/((pre[57])*(pre[57])*(pre[57])*(pre[57])*(pre[57])*(pre[57])*(pre[57]));
    pre[62] = 43.22617057929394/((pre[57])*(pre[57])*(pre[57])*(pre[57])*(pre[57])*(pre[57])*(pre[57])*(pre[57]));
    pre[63] = -23.502873112604668/((pre[57])*(pre[57])*(pre[57])*(pre[57])*(pre[57]));
    pre[64] = 1.1045249147336644*t20;
    pre[65] = -2.101927605540842*t21;
    pre[66] = t10 + t13;
    pre[67] = in_A_2 + t14;
    pre[68] = ((pre[66])*(pre[66])) + ((pre[67])*(pre[67]));
    const double t22 = (1.0/((pre[68])*(pre[68])*(pre[68])*(pre[68])*(pre[68])*(pre[68])));
    pre[69] = 1.029194537602237*t22;
    const double t23 = (1.0/((pre[68])*(pre[68])*(pre[68])));
    pre[70] = -1.9585727593837223*t23;
    pre[71] = 5.875718278151167/((pre[68])*(pre[68])*(pre[68])*(pre[68]));
    pre[72] = -6.1751672256134205/((pre[68])*(pre[68])*(pre[68])*(pre[68])*(pre[68])*(pre[68])*(pre[68]));
    pre[73] = 43.22617057929394/((pre[68])*(pre[68])*(pre[68])*(pre[68])*(pre[68])*(pre[68])*(pre[68])*(pre[68]));
    pre[74] = -23.502873112604668/((pre[68])*(pre[68])*(pre[68])*(pre[68])*(pre[68]));
    pre[75] = 1.1045249147336644*t22;
    pre[76] = -2.101927605540842*t23;
    const double t24 = -t13;
    pre[77] = t10 + t24;
    pre[78] = in_A_2 - t14;
    pre[79] = ((pre[77])*(pre[77])) + ((pre[78])*(pre[78]));
    const double t25 = (1.0/((pre[79])*(pre[79])*(pre[79])*(pre[79])*(pre[79])*(pre[79])));
    pre[80] = 1.029194537602237*t25;
    const double t26 = (1.0/((pre[79])*(pre[79])*(pre[79])));
    pre[81] = -1.9585727593837223*t26;
    pre[82] = 5.875718278151167/((pre[79])*(pre[79])*(pre[79])*(pre[79]));
    pre[83] = -6.1751672256134205/((pre[79])*(pre[79])*(pre[79])*(pre[79])*(pre[79])*(pre[79])*(pre[79]));
    pre[84] = 43.22617057929394/((pre[79])*(pre[79])*(pre[79])*(pre[79])*(pre[79])*(pre[79])*(pre[79])*(pre[79]));
    pre[85] = -23.502873112604668/((pre[79])*(pre[79])*(pre[79])*(pre[79])*(pre[79]));
    pre[86] = 1.1045249147336644*t25;
    pre[87] = -2.101927605540842*t26;
    const double t27 = 2.0*in_A_0;
    const double t28 = 2.0 + t27;
    pre[88] = t28;
    const double t29 = 2.0*in_A_2;
    pre[89] = t29;
    pre[90] = ((pre[88])*(pre[88])) + ((pre[89])*(pre[89]));
    const double t30 = (1.0/((pre[90])*(pre[90])*(pre[90])*(pre[90])*(pre[90])*(pre[90])));
    pre[91] = 1.029194537602237*t30;
    const double t31 = (1.0/((pre[90])*(pre[90])*(pre[90])));
    pre[92] = -1.9585727593837223*t31;
    pre[93] = 5.875718278151167/((pre[90])*(pre[90])*(pre[90])*(pre[90]));
    pre[94] = -6.1751672256134205/((pre[90])*(pre[90])*(pre[90])*(pre[90])*(pre[90])*(pre[90])*(pre[90]));
    pre[95] = 43.22617057929394/((pre[90])*(pre[90])*(pre[90])*(pre[90])*(pre[90])*(pre[90])*(pre[90])*(pre[90]));
    pre[96] = -23.502873112604668/((pre[90])*(pre[90])*(pre[90])*(pre[90])*(pre[90]));
    pre[97] = 1.1045249147336644*t30;
    pre[98] = -2.101927605540842*t31;
    const double t32 = 2.598076211353316*in_A_1;
    const double t33 = 2.598076211353316 + 2.598076211353316*in_A_3;
    pre[99] = ((t1 + t32)*(t1 + t32)) + ((t2 + t33)*(t2 + t33));
    pre[100] = ((t1 - t32)*(t1 - t32)) + ((-t33 - t7)*(-t33 - t7));
    const double t34 = 2.5 + (2.5)*in_A_0;
    pre[101] = ((t0 + t34)*(t0 + t34)) + ((t3 + (2.5)*in_A_2)*(t3 + (2.5)*in_A_2));
    pre[102] = ((t34 + t6)*(t34 + t6)) + ((-t3 + (2.5)*in_A_2)*(-t3 + (2.5)*in_A_2));
    pre[103] = ((t13 + t28)*(t13 + t28)) + ((t14 + t29)*(t14 + t29));
    pre[104] = ((t24 + t28)*(t24 + t28)) + ((-t14 + 2.0*in_A_2)*(-t14 + 2.0*in_A_2));
    const double t35 = in_A_0*in_A_3;
    const double t36 = in_A_1*in_A_2;
    const double t37 = ((in_A_0)*(in_A_0));
    const double t38 = ((in_A_2)*(in_A_2));
    const double t39 = ((in_A_1)*(in_A_1));
    const double t40 = ((in_A_3)*(in_A_3));
    const double t41 = in_A_1*t29;
    const double t42 = t27*t36;
    if (!((in_A_3 + t10 + t35 - t36) > 0.0)) return 1;
    if (!((0.36 + t27 + t37 + t38) > 0.0)) return 2;
    if (!((0.1296 - t41 - t42 + 4.0*t35 - 0.64*t38 - 0.64*t39 + (0.36)*t37 + (0.36)*t40 + (0.72)*in_A_0 + (0.72)*in_A_3 + t27*t40 + t37*t40 + t38*t39 - in_A_3*t41 - in_A_3*t42 + 2.0*in_A_3*t37) > 0.0)) return 3;
    if (!((5.043506732567901 - pre[2]) > 0.0)) return 4;
    if (!((5.043506732567901 - pre[13]) > 0.0)) return 5;
    if (!((5.043506732567901 - pre[24]) > 0.0)) return 6;
    if (!((5.043506732567901 - pre[35]) > 0.0)) return 7;
    if (!((5.043506732567901 - pre[46]) > 0.0)) return 8;
    if (!((5.043506732567901 - pre[57]) > 0.0)) return 9;
    if (!((5.043506732567901 - pre[68]) > 0.0)) return 10;
    if (!((5.043506732567901 - pre[79]) > 0.0)) return 11;
    if (!((5.043506732567901 - pre[90]) > 0.0)) return 12;
    if (!((-5.043506732567901 + pre[99]) > 0.0)) return 13;
    if (!((-5.043506732567901 + pre[100]) > 0.0)) return 14;
    if (!((-5.043506732567901 + pre[101]) > 0.0)) return 15;
    if (!((-5.043506732567901 + pre[102]) > 0.0)) return 16;
    if (!((-5.043506732567901 + pre[103]) > 0.0)) return 17;
    if (!((-5.043506732567901 + pre[104]) > 0.0)) return 18;
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
        double pre[105];
        const int failed = symms_preamble_bonds(x, pre);
        if (failed) { *where = i; return failed; }
        y[0] = pre[14] + pre[15] + pre[25] + pre[26] + pre[36] + pre[37] + pre[3] + pre[47] + pre[48] + pre[4] + pre[58] + pre[59] + pre[69] + pre[70] + pre[80] + pre[81] + pre[91] + pre[92];
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
        double pre[105];
        const int failed = symms_preamble_bonds(x, pre);
        if (failed) { *where = i; return failed; }
        const double t0 = pre[0]*pre[5];
        const double t1 = pre[0]*pre[6];
        const double t2 = pre[11]*pre[16];
        const double t3 = pre[11]*pre[17];
        const double t4 = 2.0*pre[22];
        const double t5 = 2.0*pre[66];
        const double t6 = 2.0*pre[77];
        const double t7 = 3.0*pre[44];
        const double t8 = 3.0*pre[55];
        const double t9 = 4.0*pre[88];
        const double t10 = 1.7320508075688772*pre[44];
        const double t11 = 3.4641016151377544*pre[33];
        const double t12 = 3.4641016151377544*pre[66];
        const double t13 = 1.7320508075688772*pre[55];
        const double t14 = 3.4641016151377544*pre[77];
        const double t15 = pre[12]*pre[16];
        const double t16 = pre[12]*pre[17];
        const double t17 = pre[1]*pre[5];
        const double t18 = pre[1]*pre[6];
        const double t19 = 2.0*pre[23];
        const double t20 = 2.0*pre[67];
        const double t21 = 2.0*pre[78];
        const double t22 = 3.0*pre[45];
        const double t23 = 3.0*pre[56];
        const double t24 = 4.0*pre[89];
        const double t25 = 1.7320508075688772*pre[45];
        const double t26 = 3.4641016151377544*pre[34];
        const double t27 = 3.4641016151377544*pre[67];
        const double t28 = 1.7320508075688772*pre[56];
        const double t29 = 3.4641016151377544*pre[78];
        y[0] = t0 + t1 + t2 + t3 + pre[27]*t4 + pre[28]*t4 + pre[49]*t7 + pre[50]*t7 + pre[60]*t8 + pre[61]*t8 + pre[71]*t5 + pre[72]*t5 + pre[82]*t6 + pre[83]*t6 + pre[93]*t9 + pre[94]*t9;
        y[1] = 1.7320508075688772*t0 + 1.7320508075688772*t1 - 1.7320508075688772*t2 - 1.7320508075688772*t3 + pre[38]*t11 + pre[39]*t11 + pre[49]*t10 + pre[50]*t10 + pre[71]*t12 + pre[72]*t12 - pre[60]*t13 - pre[61]*t13 - pre[82]*t14 - pre[83]*t14;
        y[2] = t15 + t16 + t17 + t18 + pre[27]*t19 + pre[28]*t19 + pre[49]*t22 + pre[50]*t22 + pre[60]*t23 + pre[61]*t23 + pre[71]*t20 + pre[72]*t20 + pre[82]*t21 + pre[83]*t21 + pre[93]*t24 + pre[94]*t24;
        y[3] = 1.7320508075688772*t17 + 1.7320508075688772*t18 - 1.7320508075688772*t15 - 1.7320508075688772*t16 + pre[38]*t26 + pre[39]*t26 + pre[49]*t25 + pre[50]*t25 + pre[71]*t27 + pre[72]*t27 - pre[60]*t28 - pre[61]*t28 - pre[82]*t29 - pre[83]*t29;
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
        double pre[105];
        const int failed = symms_preamble_bonds(x, pre);
        if (failed) { *where = i; return failed; }
        const double t0 = ((pre[11])*(pre[11]));
        const double t1 = pre[18]*t0;
        const double t2 = pre[19]*t0;
        const double t3 = ((pre[0])*(pre[0]));
        const double t4 = pre[7]*t3;
        const double t5 = pre[8]*t3;
        const double t6 = 4.0*((pre[22])*(pre[22]));
        const double t7 = ((pre[66])*(pre[66]));
        const double t8 = 4.0*t7;
        const double t9 = ((pre[77])*(pre[77]));
        const double t10 = 4.0*t9;
        const double t11 = ((pre[44])*(pre[44]));
        const double t12 = 9.0*t11;
        const double t13 = ((pre[55])*(pre[55]));
        const double t14 = 9.0*t13;
        const double t15 = 16.0*((pre[88])*(pre[88]));
        const double t16 = (0.5)*pre[16] + (0.5)*pre[17] + (0.5)*pre[5] + (0.5)*pre[6] + 2.0*pre[27] + 2.0*pre[28] + 2.0*pre[71] + 2.0*pre[72] + 2.0*pre[82] + 2.0*pre[83] + 8.0*pre[93] + 8.0*pre[94] + (4.5)*pre[49] + (4.5)*pre[50] + (4.5)*pre[60] + (4.5)*pre[61];
        const double t17 = 2.598076211353316*pre[60];
        const double t18 = 2.598076211353316*pre[61];
        const double t19 = 0.8660254037844386*pre[16];
        const double t20 = 0.8660254037844386*pre[17];
        const double t21 = 3.4641016151377544*pre[82];
        const double t22 = 3.4641016151377544*pre[83];
        const double t23 = 5.196152422706632*t11;
        const double t24 = 6.928203230275509*t7;
        const double t25 = 5.196152422706632*t13;
        const double t26 = 6.928203230275509*t9;
        const double t27 = -t17 - t18 - t19 - t20 - t21 - t22 + 2.598076211353316*pre[49] + 2.598076211353316*pre[50] + 0.8660254037844386*pre[5] + 0.8660254037844386*pre[6] + 1.7320508075688772*t4 + 1.7320508075688772*t5 + 3.4641016151377544*pre[71] + 3.4641016151377544*pre[72] - 1.7320508075688772*t1 - 1.7320508075688772*t2 + pre[51]*t23 + pre[52]*t23 + pre[73]*t24 + pre[74]*t24 - pre[62]*t25 - pre[63]*t25 - pre[84]*t26 - pre[85]*t26;
        const double t28 = pre[0]*pre[1];
        const double t29 = pre[7]*t28;
        const double t30 = pre[8]*t28;
        const double t31 = pre[11]*pre[12];
        const double t32 = pre[18]*t31;
        const double t33 = pre[19]*t31;
        const double t34 = 4.0*pre[22]*pre[23];
        const double t35 = pre[66]*pre[67];
        const double t36 = 4.0*t35;
        const double t37 = pre[77]*pre[78];
        const double t38 = 4.0*t37;
        const double t39 = pre[44]*pre[45];
        const double t40 = 9.0*t39;
        const double t41 = pre[55]*pre[56];
        const double t42 = 9.0*t41;
        const double t43 = 16.0*pre[88]*pre[89];
        const double t44 = t29 + t30 + t32 + t33 + pre[29]*t34 + pre[30]*t34 + pre[51]*t40 + pre[52]*t40 + pre[62]*t42 + pre[63]*t42 + pre[73]*t36 + pre[74]*t36 + pre[84]*t38 + pre[85]*t38 + pre[95]*t43 + pre[96]*t43;
        const double t45 = 5.196152422706632*t39;
        const double t46 = 6.928203230275509*t35;
        const double t47 = 5.196152422706632*t41;
        const double t48 = 6.928203230275509*t37;
        const double t49 = 1.7320508075688772*t29 + 1.7320508075688772*t30 - 1.7320508075688772*t32 - 1.7320508075688772*t33 + pre[51]*t45 + pre[52]*t45 + pre[73]*t46 + pre[74]*t46 - pre[62]*t47 - pre[63]*t47 - pre[84]*t48 - pre[85]*t48;
        const double t50 = 3.0*t11;
        const double t51 = 3.0*t13;
        const double t52 = 12.0*((pre[33])*(pre[33]));
        const double t53 = 12.0*t7;
        const double t54 = 12.0*t9;
        const double t55 = 6.0*pre[38] + 6.0*pre[39] + 6.0*pre[71] + 6.0*pre[72] + 6.0*pre[82] + 6.0*pre[83] + (1.5)*pre[16] + (1.5)*pre[17] + (1.5)*pre[49] + (1.5)*pre[50] + (1.5)*pre[5] + (1.5)*pre[60] + (1.5)*pre[61] + (1.5)*pre[6];
        const double t56 = 3.0*t39;
        const double t57 = 3.0*t41;
        const double t58 = 12.0*pre[33]*pre[34];
        const double t59 = 12.0*t35;
        const double t60 = 12.0*t37;
        const double t61 = 3.0*t29 + 3.0*t30 + 3.0*t32 + 3.0*t33 + pre[40]*t58 + pre[41]*t58 + pre[51]*t56 + pre[52]*t56 + pre[62]*t57 + pre[63]*t57 + pre[73]*t59 + pre[74]*t59 + pre[84]*t60 + pre[85]*t60;
        const double t62 = ((pre[12])*(pre[12]));
        const double t63 = pre[18]*t62;
        const double t64 = pre[19]*t62;
        const double t65 = ((pre[1])*(pre[1]));
        const double t66 = pre[7]*t65;
        const double t67 = pre[8]*t65;
        const double t68 = 4.0*((pre[23])*(pre[23]));
        const double t69 = ((pre[67])*(pre[67]));
        const double t70 = 4.0*t69;
        const double t71 = ((pre[78])*(pre[78]));
        const double t72 = 4.0*t71;
        const double t73 = ((pre[45])*(pre[45]));
        const double t74 = 9.0*t73;
        const double t75 = ((pre[56])*(pre[56]));
        const double t76 = 9.0*t75;
        const double t77 = 16.0*((pre[89])*(pre[89]));
        const double t78 = 5.196152422706632*t75;
        const double t79 = 6.928203230275509*t71;
        const double t80 = -t17 - t18 - t19 - t20 - t21 - t22 + 2.598076211353316*pre[49] + 2.598076211353316*pre[50] + 0.8660254037844386*pre[5] + 0.8660254037844386*pre[6] + 3.4641016151377544*pre[71] + 3.4641016151377544*pre[72] - 1.7320508075688772*t63 - 1.7320508075688772*t64 - pre[62]*t78 - pre[63]*t78 - pre[84]*t79 - pre[85]*t79 + 5.196152422706632*pre[51]*t73 + 5.196152422706632*pre[52]*t73 + 1.7320508075688772*pre[7]*t65 + 1.7320508075688772*pre[8]*t65 + 6.928203230275509*pre[73]*t69 + 6.928203230275509*pre[74]*t69;
        const double t81 = 3.0*t73;
        const double t82 = 3.0*t75;
        const double t83 = 12.0*((pre[34])*(pre[34]));
        const double t84 = 12.0*t69;
        const double t85 = 12.0*t71;
        y[0] = t1 + t16 + t2 + t4 + t5 + pre[29]*t6 + pre[30]*t6 + pre[51]*t12 + pre[52]*t12 + pre[62]*t14 + pre[63]*t14 + pre[73]*t8 + pre[74]*t8 + pre[84]*t10 + pre[85]*t10 + pre[95]*t15 + pre[96]*t15;
        y[1] = t27;
        y[2] = t44;
        y[3] = t49;
        y[4] = t27;
        y[5] = t55 + 3.0*t1 + 3.0*t2 + 3.0*t4 + 3.0*t5 + pre[40]*t52 + pre[41]*t52 + pre[51]*t50 + pre[52]*t50 + pre[62]*t51 + pre[63]*t51 + pre[73]*t53 + pre[74]*t53 + pre[84]*t54 + pre[85]*t54;
        y[6] = t49;
        y[7] = t61;
        y[8] = t44;
        y[9] = t49;
        y[10] = t16 + t63 + t64 + t66 + t67 + pre[29]*t68 + pre[30]*t68 + pre[51]*t74 + pre[52]*t74 + pre[62]*t76 + pre[63]*t76 + pre[73]*t70 + pre[74]*t70 + pre[84]*t72 + pre[85]*t72 + pre[95]*t77 + pre[96]*t77;
        y[11] = t80;
        y[12] = t49;
        y[13] = t61;
        y[14] = t80;
        y[15] = t55 + 3.0*t63 + 3.0*t64 + 3.0*t66 + 3.0*t67 + pre[40]*t83 + pre[41]*t83 + pre[51]*t81 + pre[52]*t81 + pre[62]*t82 + pre[63]*t82 + pre[73]*t84 + pre[74]*t84 + pre[84]*t85 + pre[85]*t85;
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
        double pre[105];
        const int failed = symms_preamble_bonds(x, pre);
        if (failed) { *where = i; return failed; }
        y[0] = pre[10] + pre[20] + pre[21] + pre[31] + pre[32] + pre[42] + pre[43] + pre[53] + pre[54] + pre[64] + pre[65] + pre[75] + pre[76] + pre[86] + pre[87] + pre[97] + pre[98] + pre[9];
    }
    return 0;
}
