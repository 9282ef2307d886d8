/* symms tfw/hartree-N16; regenerate with: symms derive tfw --units hartree --grid 16 --A '[[0.02, 0.03, -0.01], [-0.01, -0.015, 0.02], [0.005, -0.02, 0.01]]' --side 4.0 --valence 1.0 --ion-width 0.5 --ions gaussian */
/* Expression kernels: straight-line code after CSE, one call per batch of points. */
#include <math.h>

/* TF density w = c_TF det(I+A) rho^(5/3) per reference volume and dw/drho (seed 001 eq 3.11) (hartree units; cell side 4, valence 1, Gaussian ions of width 1/2)
   in: n points x 10 inputs (row-major), out: n points x 2 outputs.
   Returns 0, or 1 + g when guard g fails (point index in *where). */
int symms_tf_density(const double *in, long n, double *out, long *where)
{
    for (long i = 0; i < n; i++) {
        const double *x = in + i * 10;
        double *y = out + i * 2;
        const double in_A_0 = x[0];
        const double in_A_1 = x[1];
        const double in_A_2 = x[2];
        const double in_A_3 = x[3];
        const double in_A_4 = x[4];
        const double in_A_5 = x[5];
        const double in_A_6 = x[6];
        const double in_A_7 = x[7];
        const double in_A_8 = x[8];
        const double in_rho_0 = x[9];
        const double t0 = in_A_0*in_A_4;
        const double t1 = in_A_1*in_A_3;
        const double t2 = in_A_2*in_A_6;
        const double t3 = in_A_5*in_A_7;
        const double t4 = 1.0 + in_A_0 + in_A_4 + in_A_8 + t0 - t1 - t2 - t3 + in_A_0*in_A_8 + in_A_4*in_A_8 + in_A_8*t0 - in_A_0*t3 - in_A_4*t2 - in_A_8*t1 + in_A_1*in_A_5*in_A_6 + in_A_2*in_A_3*in_A_7;
        if (!((t4) > 0.0)) { *where = i; return 1; }
        if (!((in_rho_0) > 0.0)) { *where = i; return 2; }
        y[0] = 2.871234000188192*t4*pow(in_rho_0, 1.6666666666666667);
        y[1] = 4.785390000313653*t4*pow(in_rho_0, 0.6666666666666666);
    }
    return 0;
}

/* vW density w = c_vW det(I+A) |(I+A)^-T g|^2, g = grad_z sqrt(rho), and dw/dg (seed 001 eq 3.11) (hartree units; cell side 4, valence 1, Gaussian ions of width 1/2)
   in: n points x 12 inputs (row-major), out: n points x 4 outputs.
   Returns 0, or 1 + g when guard g fails (point index in *where). */
int symms_vw_density(const double *in, long n, double *out, long *where)
{
    for (long i = 0; i < n; i++) {
        const double *x = in + i * 12;
        double *y = out + i * 4;
        const double in_A_0 = x[0];
        const double in_A_1 = x[1];
        const double in_A_2 = x[2];
        const double in_A_3 = x[3];
        const double in_A_4 = x[4];
        const double in_A_5 = x[5];
        const double in_A_6 = x[6];
        const double in_A_7 = x[7];
        const double in_A_8 = x[8];
        const double in_g_0 = x[9];
        const double in_g_1 = x[10];
        const double in_g_2 = x[11];
        const double t0 = in_A_0*in_A_4;
        const double t1 = in_A_5*in_A_7;
        const double t2 = in_A_1*in_A_3;
        const double t3 = in_A_2*in_A_6;
        const double t4 = in_A_0*in_A_8;
        const double t5 = 1.0 + in_A_0;
        const double t6 = in_A_8 + t4 + t5 - t3;
        const double t7 = in_A_4 + t0 - t2;
        const double t8 = in_A_4*in_A_8;
        const double t9 = t8 - t1;
        const double t10 = t6 + t7 + t9 + in_A_8*t0 - in_A_0*t1 - in_A_4*t3 - in_A_8*t2 + in_A_1*in_A_5*in_A_6 + in_A_2*in_A_3*in_A_7;
        const double t11 = (1.0/(t10));
        const double t12 = in_A_1*in_A_8;
        const double t13 = in_A_0*in_A_7;
        const double t14 = in_g_0*(-in_A_1 - t12 + in_A_2*in_A_7) + in_g_1*t6 + in_g_2*(-in_A_7 - t13 + in_A_1*in_A_6);
        const double t15 = in_A_2*in_A_4;
        const double t16 = in_A_0*in_A_5;
        const double t17 = in_g_0*(-in_A_2 - t15 + in_A_1*in_A_5) + in_g_1*(-in_A_5 - t16 + in_A_2*in_A_3) + in_g_2*(t5 + t7);
        const double t18 = in_A_3*in_A_8;
        const double t19 = in_A_4*in_A_6;
        const double t20 = in_g_0*(1.0 + in_A_4 + in_A_8 + t9) + in_g_1*(-in_A_3 - t18 + in_A_5*in_A_6) + in_g_2*(-in_A_6 - t19 + in_A_3*in_A_7);
        const double t21 = (0.5)*t14;
        const double t22 = (0.5)*t17;
        const double t23 = 2.0*in_A_4;
        const double t24 = 2.0 + 2.0*in_A_8;
        const double t25 = (0.5)*t20;
        const double t26 = 2.0*in_A_0;
        if (!((t10) > 0.0)) { *where = i; return 1; }
        y[0] = t11*((0.5)*((t14)*(t14)) + (0.5)*((t17)*(t17)) + (0.5)*((t20)*(t20)));
        y[1] = t11*(t21*(-2.0*in_A_1 - 2.0*t12 + 2.0*in_A_2*in_A_7) + t22*(-2.0*in_A_2 - 2.0*t15 + 2.0*in_A_1*in_A_5) + t25*(t23 + t24 - 2.0*t1 + 2.0*t8));
        y[2] = t11*(t21*(t24 + t26 - 2.0*t3 + 2.0*t4) + t22*(-2.0*in_A_5 - 2.0*t16 + 2.0*in_A_2*in_A_3) + t25*(-2.0*in_A_3 - 2.0*t18 + 2.0*in_A_5*in_A_6));
        y[3] = t11*(t21*(-2.0*in_A_7 - 2.0*t13 + 2.0*in_A_1*in_A_6) + t22*(2.0 + t23 + t26 - 2.0*t2 + 2.0*t0) + t25*(-2.0*in_A_6 - 2.0*t19 + 2.0*in_A_3*in_A_7));
    }
    return 0;
}

/* Hartree energy of one mode k != 0, e = 2 pi det(I+A) |f - m_k|^2 / |(I+A)^-T k|^2 with f = rho_k (Re, Im), and de/df (seed 001 eqs 3.11, 3.13) (hartree units; cell side 4, valence 1, Gaussian ions of width 1/2)
   in: n points x 14 inputs (row-major), out: n points x 3 outputs.
   Returns 0, or 1 + g when guard g fails (point index in *where). */
int symms_hartree_mode(const double *in, long n, double *out, long *where)
{
    for (long i = 0; i < n; i++) {
        const double *x = in + i * 14;
        double *y = out + i * 3;
        const double in_A_0 = x[0];
        const double in_A_1 = x[1];
        const double in_A_2 = x[2];
        const double in_A_3 = x[3];
        const double in_A_4 = x[4];
        const double in_A_5 = x[5];
        const double in_A_6 = x[6];
        const double in_A_7 = x[7];
        const double in_A_8 = x[8];
        const double in_k_0 = x[9];
        const double in_k_1 = x[10];
        const double in_k_2 = x[11];
        const double in_f_0 = x[12];
        const double in_f_1 = x[13];
        const double t0 = in_A_0*in_A_4;
        const double t1 = in_A_1*in_A_5*in_A_6;
        const double t2 = in_A_2*in_A_3*in_A_7;
        const double t3 = in_A_5*in_A_7;
        const double t4 = in_A_1*in_A_3;
        const double t5 = in_A_2*in_A_6;
        const double t6 = in_A_0*in_A_8;
        const double t7 = 1.0 + in_A_0;
        const double t8 = in_A_8 + t6 + t7 - t5;
        const double t9 = in_A_4 + t0 - t4;
        const double t10 = in_A_4*in_A_8;
        const double t11 = t10 - t3;
        const double t12 = t1 + t11 + t2 + t8 + t9 + in_A_8*t0 - in_A_0*t3 - in_A_4*t5 - in_A_8*t4;
        const double t13 = 64.0*in_A_0;
        const double t14 = 64.0*in_A_4;
        const double t15 = 64.0*in_A_8;
        const double t16 = ((in_k_0*(-in_A_1 + in_A_2*in_A_7 - in_A_1*in_A_8) + in_k_1*t8 + in_k_2*(-in_A_7 + in_A_1*in_A_6 - in_A_0*in_A_7))*(in_k_0*(-in_A_1 + in_A_2*in_A_7 - in_A_1*in_A_8) + in_k_1*t8 + in_k_2*(-in_A_7 + in_A_1*in_A_6 - in_A_0*in_A_7)));
        const double t17 = ((in_k_0*(-in_A_2 + in_A_1*in_A_5 - in_A_2*in_A_4) + in_k_1*(-in_A_5 + in_A_2*in_A_3 - in_A_0*in_A_5) + in_k_2*(t7 + t9))*(in_k_0*(-in_A_2 + in_A_1*in_A_5 - in_A_2*in_A_4) + in_k_1*(-in_A_5 + in_A_2*in_A_3 - in_A_0*in_A_5) + in_k_2*(t7 + t9)));
        const double t18 = ((in_k_0*(1.0 + in_A_4 + in_A_8 + t11) + in_k_1*(-in_A_3 + in_A_5*in_A_6 - in_A_3*in_A_8) + in_k_2*(-in_A_6 + in_A_3*in_A_7 - in_A_4*in_A_6))*(in_k_0*(1.0 + in_A_4 + in_A_8 + t11) + in_k_1*(-in_A_3 + in_A_5*in_A_6 - in_A_3*in_A_8) + in_k_2*(-in_A_6 + in_A_3*in_A_7 - in_A_4*in_A_6)));
        const double t19 = exp((0.5)*(-0.25*t16 - 0.25*t17 - 0.25*t18)/((t12)*(t12)))/(64.0 + t13 + t14 + t15 - 64.0*t3 - 64.0*t4 - 64.0*t5 + 64.0*t0 + 64.0*t1 + 64.0*t10 + 64.0*t2 + 64.0*t6 + t0*t15 - t13*t3 - t14*t5 - t15*t4);
        const double t20 = ((t12)*(t12)*(t12))/(t16 + t17 + t18);
        const double t21 = 6.283185307179586*t20;
        if (!((t12) > 0.0)) { *where = i; return 1; }
        if (!((((in_k_0)*(in_k_0)) + ((in_k_1)*(in_k_1)) + ((in_k_2)*(in_k_2))) > 0.0)) { *where = i; return 2; }
        y[0] = t21*(((in_f_1)*(in_f_1)) + ((in_f_0 - t19)*(in_f_0 - t19)));
        y[1] = t21*(-2.0*t19 + 2.0*in_f_0);
        y[2] = 12.566370614359172*in_f_1*t20;
    }
    return 0;
}

/* Fourier coefficient m_k of the ion charge m(z; A) of seed 001 eq 3.12 (hartree units; cell side 4, valence 1, Gaussian ions of width 1/2)
   in: n points x 12 inputs (row-major), out: n points x 1 outputs.
   Returns 0, or 1 + g when guard g fails (point index in *where). */
int symms_ion_charge(const double *in, long n, double *out, long *where)
{
    for (long i = 0; i < n; i++) {
        const double *x = in + i * 12;
        double *y = out + i * 1;
        const double in_A_0 = x[0];
        const double in_A_1 = x[1];
        const double in_A_2 = x[2];
        const double in_A_3 = x[3];
        const double in_A_4 = x[4];
        const double in_A_5 = x[5];
        const double in_A_6 = x[6];
        const double in_A_7 = x[7];
        const double in_A_8 = x[8];
        const double in_k_0 = x[9];
        const double in_k_1 = x[10];
        const double in_k_2 = x[11];
        const double t0 = in_A_0*in_A_4;
        const double t1 = in_A_1*in_A_5*in_A_6;
        const double t2 = in_A_2*in_A_3*in_A_7;
        const double t3 = in_A_5*in_A_7;
        const double t4 = in_A_1*in_A_3;
        const double t5 = in_A_2*in_A_6;
        const double t6 = in_A_0*in_A_8;
        const double t7 = 1.0 + in_A_0;
        const double t8 = in_A_8 + t6 + t7 - t5;
        const double t9 = in_A_4 + t0 - t4;
        const double t10 = in_A_4*in_A_8;
        const double t11 = t10 - t3;
        const double t12 = t1 + t11 + t2 + t8 + t9 + in_A_8*t0 - in_A_0*t3 - in_A_4*t5 - in_A_8*t4;
        const double t13 = 64.0*in_A_0;
        const double t14 = 64.0*in_A_4;
        const double t15 = 64.0*in_A_8;
        if (!((t12) > 0.0)) { *where = i; return 1; }
        y[0] = exp((0.5)*(-0.25*((in_k_0*(-in_A_1 + in_A_2*in_A_7 - in_A_1*in_A_8) + in_k_1*t8 + in_k_2*(-in_A_7 + in_A_1*in_A_6 - in_A_0*in_A_7))*(in_k_0*(-in_A_1 + in_A_2*in_A_7 - in_A_1*in_A_8) + in_k_1*t8 + in_k_2*(-in_A_7 + in_A_1*in_A_6 - in_A_0*in_A_7))) - 0.25*((in_k_0*(-in_A_2 + in_A_1*in_A_5 - in_A_2*in_A_4) + in_k_1*(-in_A_5 + in_A_2*in_A_3 - in_A_0*in_A_5) + in_k_2*(t7 + t9))*(in_k_0*(-in_A_2 + in_A_1*in_A_5 - in_A_2*in_A_4) + in_k_1*(-in_A_5 + in_A_2*in_A_3 - in_A_0*in_A_5) + in_k_2*(t7 + t9))) - 0.25*((in_k_0*(1.0 + in_A_4 + in_A_8 + t11) + in_k_1*(-in_A_3 + in_A_5*in_A_6 - in_A_3*in_A_8) + in_k_2*(-in_A_6 + in_A_3*in_A_7 - in_A_4*in_A_6))*(in_k_0*(1.0 + in_A_4 + in_A_8 + t11) + in_k_1*(-in_A_3 + in_A_5*in_A_6 - in_A_3*in_A_8) + in_k_2*(-in_A_6 + in_A_3*in_A_7 - in_A_4*in_A_6))))/((t12)*(t12)))/(64.0 + t13 + t14 + t15 - 64.0*t3 - 64.0*t4 - 64.0*t5 + 64.0*t0 + 64.0*t1 + 64.0*t10 + 64.0*t2 + 64.0*t6 + t0*t15 - t13*t3 - t14*t5 - t15*t4);
    }
    return 0;
}

/* dw/dA of the TF density at fixed rho (seed 001 eq 4.6, first term) (hartree units; cell side 4, valence 1, Gaussian ions of width 1/2)
   in: n points x 10 inputs (row-major), out: n points x 9 outputs.
   Returns 0, or 1 + g when guard g fails (point index in *where). */
int symms_tf_stress(const double *in, long n, double *out, long *where)
{
    for (long i = 0; i < n; i++) {
        const double *x = in + i * 10;
        double *y = out + i * 9;
        const double in_A_0 = x[0];
        const double in_A_1 = x[1];
        const double in_A_2 = x[2];
        const double in_A_3 = x[3];
        const double in_A_4 = x[4];
        const double in_A_5 = x[5];
        const double in_A_6 = x[6];
        const double in_A_7 = x[7];
        const double in_A_8 = x[8];
        const double in_rho_0 = x[9];
        const double t0 = in_A_0*in_A_4;
        const double t1 = in_A_5*in_A_7;
        const double t2 = in_A_1*in_A_3;
        const double t3 = in_A_2*in_A_6;
        const double t4 = 1.0 + in_A_8;
        const double t5 = in_A_4 + t4 - t1 + in_A_4*in_A_8;
        const double t6 = in_A_0 - t3 + in_A_0*in_A_8;
        const double t7 = t0 - t2;
        const double t8 = 2.871234000188192*pow(in_rho_0, 1.6666666666666667);
        if (!((t5 + t6 + t7 + in_A_8*t0 - in_A_0*t1 - in_A_4*t3 - in_A_8*t2 + in_A_1*in_A_5*in_A_6 + in_A_2*in_A_3*in_A_7) > 0.0)) { *where = i; return 1; }
        if (!((in_rho_0) > 0.0)) { *where = i; return 2; }
        y[0] = t5*t8;
        y[1] = t8*(-in_A_3 + in_A_5*in_A_6 - in_A_3*in_A_8);
        y[2] = t8*(-in_A_6 + in_A_3*in_A_7 - in_A_4*in_A_6);
        y[3] = t8*(-in_A_1 + in_A_2*in_A_7 - in_A_1*in_A_8);
        y[4] = t8*(t4 + t6);
        y[5] = t8*(-in_A_7 + in_A_1*in_A_6 - in_A_0*in_A_7);
        y[6] = t8*(-in_A_2 + in_A_1*in_A_5 - in_A_2*in_A_4);
        y[7] = t8*(-in_A_5 + in_A_2*in_A_3 - in_A_0*in_A_5);
        y[8] = t8*(1.0 + in_A_0 + in_A_4 + t7);
    }
    return 0;
}

/* dw/dA of the vW density at fixed grad_z sqrt(rho) (seed 001 eq 4.6) (hartree units; cell side 4, valence 1, Gaussian ions of width 1/2)
   in: n points x 12 inputs (row-major), out: n points x 9 outputs.
   Returns 0, or 1 + g when guard g fails (point index in *where). */
int symms_vw_stress(const double *in, long n, double *out, long *where)
{
    for (long i = 0; i < n; i++) {
        const double *x = in + i * 12;
        double *y = out + i * 9;
        const double in_A_0 = x[0];
        const double in_A_1 = x[1];
        const double in_A_2 = x[2];
        const double in_A_3 = x[3];
        const double in_A_4 = x[4];
        const double in_A_5 = x[5];
        const double in_A_6 = x[6];
        const double in_A_7 = x[7];
        const double in_A_8 = x[8];
        const double in_g_0 = x[9];
        const double in_g_1 = x[10];
        const double in_g_2 = x[11];
        const double t0 = in_A_0*in_A_4;
        const double t1 = in_A_5*in_A_7;
        const double t2 = in_A_1*in_A_3;
        const double t3 = in_A_2*in_A_6;
        const double t4 = 1.0 + in_A_4;
        const double t5 = in_A_0 + t0 + t4 - t2;
        const double t6 = -t3 + in_A_0*in_A_8;
        const double t7 = in_A_8 - t1 + in_A_4*in_A_8;
        const double t8 = t5 + t6 + t7 + in_A_8*t0 - in_A_0*t1 - in_A_4*t3 - in_A_8*t2 + in_A_1*in_A_5*in_A_6 + in_A_2*in_A_3*in_A_7;
        const double t9 = (1.0/(t8));
        const double t10 = 2.0*in_g_1;
        const double t11 = in_A_5*t10;
        const double t12 = in_A_2 + in_A_2*in_A_4 - in_A_1*in_A_5;
        const double t13 = in_A_5 + in_A_0*in_A_5 - in_A_2*in_A_3;
        const double t14 = in_g_2*t5 - in_g_0*t12 - in_g_1*t13;
        const double t15 = (0.5)*t14;
        const double t16 = 1.0 + in_A_8;
        const double t17 = 2.0*in_g_2;
        const double t18 = in_A_7*t17;
        const double t19 = in_A_1 + in_A_1*in_A_8 - in_A_2*in_A_7;
        const double t20 = in_A_0 + t16 + t6;
        const double t21 = in_A_7 + in_A_0*in_A_7 - in_A_1*in_A_6;
        const double t22 = in_g_1*t20 - in_g_0*t19 - in_g_2*t21;
        const double t23 = (0.5)*t22;
        const double t24 = t4 + t7;
        const double t25 = in_A_3 + in_A_3*in_A_8 - in_A_5*in_A_6;
        const double t26 = in_A_6 + in_A_4*in_A_6 - in_A_3*in_A_7;
        const double t27 = in_g_0*t24 - in_g_1*t25 - in_g_2*t26;
        const double t28 = ((0.5)*((t14)*(t14)) + (0.5)*((t22)*(t22)) + (0.5)*((t27)*(t27)))/((t8)*(t8));
        const double t29 = in_A_3*t17 - 2.0*in_A_5*in_g_0;
        const double t30 = in_A_6*t17;
        const double t31 = -t16;
        const double t32 = 2.0*in_g_0;
        const double t33 = in_A_6*t10 - 2.0*in_A_7*in_g_0;
        const double t34 = in_A_3*t10;
        const double t35 = -t4;
        const double t36 = in_A_1*t17 - 2.0*in_A_2*in_g_1;
        const double t37 = (0.5)*t27;
        const double t38 = 1.0 + in_A_0;
        const double t39 = in_A_2*t32;
        const double t40 = in_A_1*t32;
        const double t41 = -t38;
        if (!((t8) > 0.0)) { *where = i; return 1; }
        y[0] = t9*(t15*(-t11 + 2.0*in_g_2*t4) + t23*(-t18 + 2.0*in_g_1*t16)) - t24*t28;
        y[1] = t25*t28 + t9*(t23*(t30 + t31*t32) - t15*t29);
        y[2] = t26*t28 + t9*(t15*(t34 + t32*t35) - t23*t33);
        y[3] = t19*t28 + t9*(t37*(t18 + t10*t31) - t15*t36);
        y[4] = t9*(t15*(-t39 + 2.0*in_g_2*t38) + t37*(-t30 + 2.0*in_g_0*t16)) - t20*t28;
        y[5] = t21*t28 + t9*(t15*(t40 + t10*t41) + t33*t37);
        y[6] = t12*t28 + t9*(t23*t36 + t37*(t11 + t17*t35));
        y[7] = t13*t28 + t9*(t23*(t39 + t17*t41) + t29*t37);
        y[8] = t9*(t23*(-t40 + 2.0*in_g_1*t38) + t37*(-t34 + 2.0*in_g_0*t4)) - t28*t5;
    }
    return 0;
}

/* de/dA of one Hartree mode at fixed rho_k, ions of fixed physical shape (seed 001 eqs 3.12, 4.6) (hartree units; cell side 4, valence 1, Gaussian ions of width 1/2)
   in: n points x 14 inputs (row-major), out: n points x 9 outputs.
   Returns 0, or 1 + g when guard g fails (point index in *where). */
int symms_hartree_stress(const double *in, long n, double *out, long *where)
{
    for (long i = 0; i < n; i++) {
        const double *x = in + i * 14;
        double *y = out + i * 9;
        const double in_A_0 = x[0];
        const double in_A_1 = x[1];
        const double in_A_2 = x[2];
        const double in_A_3 = x[3];
        const double in_A_4 = x[4];
        const double in_A_5 = x[5];
        const double in_A_6 = x[6];
        const double in_A_7 = x[7];
        const double in_A_8 = x[8];
        const double in_k_0 = x[9];
        const double in_k_1 = x[10];
        const double in_k_2 = x[11];
        const double in_f_0 = x[12];
        const double in_f_1 = x[13];
        const double t0 = in_A_0*in_A_4;
        const double t1 = in_A_1*in_A_6;
        const double t2 = in_A_2*in_A_7;
        const double t3 = in_A_5*in_A_7;
        const double t4 = in_A_1*in_A_3;
        const double t5 = in_A_2*in_A_6;
        const double t6 = in_A_0*in_A_8;
        const double t7 = in_A_0 + t6 - t5;
        const double t8 = 1.0 + in_A_4;
        const double t9 = t0 + t8 - t4;
        const double t10 = in_A_4*in_A_8;
        const double t11 = in_A_8 + t10 - t3;
        const double t12 = t11 + t7 + t9 + in_A_3*t2 + in_A_5*t1 + in_A_8*t0 - in_A_0*t3 - in_A_4*t5 - in_A_8*t4;
        const double t13 = 3.0*in_A_4;
        const double t14 = 3.0 + 3.0*in_A_8;
        const double t15 = ((t12)*(t12));
        const double t16 = 64.0*in_A_0;
        const double t17 = 64.0*in_A_8;
        const double t18 = 64.0*in_A_4;
        const double t19 = 64.0*in_A_5;
        const double t20 = 64.0*in_A_3;
        const double t21 = 64.0 + t17;
        const double t22 = t18 + t21 - 64.0*t3 + 64.0*t10;
        const double t23 = t16 - 64.0*t5 + 64.0*t6;
        const double t24 = -64.0*t4 + 64.0*t0;
        const double t25 = t22 + t23 + t24 + t0*t17 + t1*t19 + t2*t20 - t16*t3 - t17*t4 - t18*t5;
        const double t26 = in_A_1*in_A_8;
        const double t27 = 1.0 + in_A_8;
        const double t28 = in_A_0*in_A_7;
        const double t29 = in_k_0*(-in_A_1 - t26 + in_A_2*in_A_7) + in_k_1*(t27 + t7) + in_k_2*(-in_A_7 - t28 + in_A_1*in_A_6);
        const double t30 = ((t29)*(t29));
        const double t31 = in_A_2*in_A_4;
        const double t32 = in_A_0*in_A_5;
        const double t33 = in_k_0*(-in_A_2 - t31 + in_A_1*in_A_5) + in_k_1*(-in_A_5 - t32 + in_A_2*in_A_3) + in_k_2*(in_A_0 + t9);
        const double t34 = ((t33)*(t33));
        const double t35 = in_A_3*in_A_8;
        const double t36 = in_A_4*in_A_6;
        const double t37 = in_k_0*(t11 + t8) + in_k_1*(-in_A_3 - t35 + in_A_5*in_A_6) + in_k_2*(-in_A_6 - t36 + in_A_3*in_A_7);
        const double t38 = ((t37)*(t37));
        const double t39 = -0.25*t30 - 0.25*t34 - 0.25*t38;
        const double t40 = (0.5)/t15;
        const double t41 = exp(t39*t40);
        const double t42 = t41/t25;
        const double t43 = in_f_0 - t42;
        const double t44 = ((in_f_1)*(in_f_1)) + ((t43)*(t43));
        const double t45 = t30 + t34 + t38;
        const double t46 = 6.283185307179586/t45;
        const double t47 = t15*t44*t46;
        const double t48 = 2.0*in_A_5;
        const double t49 = in_k_1*t48;
        const double t50 = t33*(-t49 + 2.0*in_k_2*t8);
        const double t51 = 2.0*in_A_7;
        const double t52 = in_k_2*t51;
        const double t53 = t29*(-t52 + 2.0*in_k_1*t27);
        const double t54 = 2.0*in_A_4;
        const double t55 = 2.0 + 2.0*in_A_8;
        const double t56 = ((t12)*(t12)*(t12));
        const double t57 = (0.5)*t39/t56;
        const double t58 = 2.0*t42;
        const double t59 = 2.0*t41/((t25)*(t25));
        const double t60 = t43*t46*t56;
        const double t61 = 6.283185307179586*t44*t56/((t45)*(t45));
        const double t62 = 2.0*in_A_3;
        const double t63 = in_k_2*t62 - 2.0*in_A_5*in_k_0;
        const double t64 = -t33*t63;
        const double t65 = 2.0*in_A_6;
        const double t66 = in_k_2*t65;
        const double t67 = -t27;
        const double t68 = 2.0*in_k_0;
        const double t69 = t29*(t66 + t67*t68);
        const double t70 = in_A_5*in_A_6;
        const double t71 = in_k_1*t65 - 2.0*in_A_7*in_k_0;
        const double t72 = -t29*t71;
        const double t73 = in_k_1*t62;
        const double t74 = -t8;
        const double t75 = t33*(t73 + t68*t74);
        const double t76 = in_A_3*in_A_7;
        const double t77 = 2.0*in_A_1;
        const double t78 = in_k_2*t77 - 2.0*in_A_2*in_k_1;
        const double t79 = -t33*t78;
        const double t80 = 2.0*in_k_1;
        const double t81 = t37*(t52 + t67*t80);
        const double t82 = 3.0*in_A_0;
        const double t83 = 1.0 + in_A_0;
        const double t84 = 2.0*in_A_2;
        const double t85 = in_k_0*t84;
        const double t86 = t33*(-t85 + 2.0*in_k_2*t83);
        const double t87 = t37*(-t66 + 2.0*in_k_0*t27);
        const double t88 = 2.0*in_A_0;
        const double t89 = t37*t71;
        const double t90 = in_k_0*t77;
        const double t91 = -t83;
        const double t92 = t33*(t90 + t80*t91);
        const double t93 = t29*t78;
        const double t94 = 2.0*in_k_2;
        const double t95 = t37*(t49 + t74*t94);
        const double t96 = in_A_1*in_A_5;
        const double t97 = t37*t63;
        const double t98 = t29*(t85 + t91*t94);
        const double t99 = in_A_2*in_A_3;
        const double t100 = t29*(-t90 + 2.0*in_k_1*t83);
        const double t101 = t37*(-t73 + 2.0*in_k_0*t8);
        if (!((t12) > 0.0)) { *where = i; return 1; }
        if (!((((in_k_0)*(in_k_0)) + ((in_k_1)*(in_k_1)) + ((in_k_2)*(in_k_2))) > 0.0)) { *where = i; return 2; }
        y[0] = t47*(t13 + t14 - 3.0*t3 + 3.0*t10) + t60*(t22*t59 - t58*(t40*(-0.25*t50 - 0.25*t53) + t57*(-t54 - t55 - 2.0*t10 + 2.0*in_A_5*in_A_7))) + t61*(-t50 - t53);
        y[1] = t47*(-3.0*in_A_3 - 3.0*t35 + 3.0*in_A_5*in_A_6) + t60*(-t58*(t40*(-0.25*t64 - 0.25*t69) + t57*(t62 - 2.0*t70 + 2.0*t35)) - t59*(t20 - 64.0*t70 + 64.0*t35)) + t61*(-t64 - t69);
        y[2] = t47*(-3.0*in_A_6 - 3.0*t36 + 3.0*in_A_3*in_A_7) + t60*(-t58*(t40*(-0.25*t72 - 0.25*t75) + t57*(t65 - 2.0*t76 + 2.0*t36)) - t59*(-64.0*t76 + 64.0*in_A_6 + 64.0*t36)) + t61*(-t72 - t75);
        y[3] = t47*(-3.0*in_A_1 - 3.0*t26 + 3.0*in_A_2*in_A_7) + t60*(-t58*(t40*(-0.25*t79 - 0.25*t81) + t57*(t77 - 2.0*t2 + 2.0*t26)) - t59*(-64.0*t2 + 64.0*in_A_1 + 64.0*t26)) + t61*(-t79 - t81);
        y[4] = t47*(t14 + t82 - 3.0*t5 + 3.0*t6) + t60*(-t58*(t40*(-0.25*t86 - 0.25*t87) + t57*(-t55 - t88 - 2.0*t6 + 2.0*in_A_2*in_A_6)) - t59*(-t21 - t23)) + t61*(-t86 - t87);
        y[5] = t47*(-3.0*in_A_7 - 3.0*t28 + 3.0*in_A_1*in_A_6) + t60*(-t58*(t40*(-0.25*t89 - 0.25*t92) + t57*(t51 - 2.0*t1 + 2.0*t28)) - t59*(-64.0*t1 + 64.0*in_A_7 + 64.0*t28)) + t61*(-t89 - t92);
        y[6] = t47*(-3.0*in_A_2 - 3.0*t31 + 3.0*in_A_1*in_A_5) + t60*(-t58*(t40*(-0.25*t93 - 0.25*t95) + t57*(t84 - 2.0*t96 + 2.0*t31)) - t59*(-64.0*t96 + 64.0*in_A_2 + 64.0*t31)) + t61*(-t93 - t95);
        y[7] = t47*(-3.0*in_A_5 - 3.0*t32 + 3.0*in_A_2*in_A_3) + t60*(-t58*(t40*(-0.25*t97 - 0.25*t98) + t57*(t48 - 2.0*t99 + 2.0*t32)) - t59*(t19 - 64.0*t99 + 64.0*t32)) + t61*(-t97 - t98);
        y[8] = t47*(3.0 + t13 + t82 - 3.0*t4 + 3.0*t0) + t60*(-t58*(t40*(-0.25*t100 - 0.25*t101) + t57*(-2.0 - t54 - t88 - 2.0*t0 + 2.0*in_A_1*in_A_3)) - t59*(-64.0 - t16 - t18 - t24)) + t61*(-t100 - t101);
    }
    return 0;
}

/* lam dg/dA = lam n (I+A)^-T / det(I+A), the constraint term of seed 001 eq 4.6 (eq 4.7 with its transpose corrected) (hartree units; cell side 4, valence 1, Gaussian ions of width 1/2)
   in: n points x 10 inputs (row-major), out: n points x 9 outputs.
   Returns 0, or 1 + g when guard g fails (point index in *where). */
int symms_constraint_stress(const double *in, long n, double *out, long *where)
{
    for (long i = 0; i < n; i++) {
        const double *x = in + i * 10;
        double *y = out + i * 9;
        const double in_A_0 = x[0];
        const double in_A_1 = x[1];
        const double in_A_2 = x[2];
        const double in_A_3 = x[3];
        const double in_A_4 = x[4];
        const double in_A_5 = x[5];
        const double in_A_6 = x[6];
        const double in_A_7 = x[7];
        const double in_A_8 = x[8];
        const double in_lam_0 = x[9];
        const double t0 = in_A_0*in_A_4;
        const double t1 = in_A_5*in_A_6;
        const double t2 = in_A_3*in_A_7;
        const double t3 = in_A_5*in_A_7;
        const double t4 = in_A_1*in_A_3;
        const double t5 = in_A_2*in_A_6;
        const double t6 = 1.0 + in_A_8;
        const double t7 = in_A_4 + t6 - t3 + in_A_4*in_A_8;
        const double t8 = in_A_0 - t5 + in_A_0*in_A_8;
        const double t9 = t0 - t4;
        const double t10 = t7 + t8 + t9 + in_A_1*t1 + in_A_2*t2 + in_A_8*t0 - in_A_0*t3 - in_A_4*t5 - in_A_8*t4;
        const double t11 = in_lam_0/((t10)*(t10));
        if (!((t10) > 0.0)) { *where = i; return 1; }
        y[0] = t11*t7;
        y[1] = -t11*(in_A_3 - t1 + in_A_3*in_A_8);
        y[2] = -t11*(in_A_6 - t2 + in_A_4*in_A_6);
        y[3] = -t11*(in_A_1 + in_A_1*in_A_8 - in_A_2*in_A_7);
        y[4] = -t11*(-t6 - t8);
        y[5] = -t11*(in_A_7 + in_A_0*in_A_7 - in_A_1*in_A_6);
        y[6] = -t11*(in_A_2 + in_A_2*in_A_4 - in_A_1*in_A_5);
        y[7] = -t11*(in_A_5 + in_A_0*in_A_5 - in_A_2*in_A_3);
        y[8] = -t11*(-1.0 - in_A_0 - in_A_4 - t9);
    }
    return 0;
}
