/* symms kohn-sham/m15-gth-szv-k1; regenerate with: symms derive kohn-sham --A '[[0.02, 0.03, -0.01], [-0.01, -0.015, 0.02], [0.005, -0.02, 0.01]]' --mesh 15 --basis gth-szv --kmesh 1 --max-cycle 60 */
/* Expression kernels: straight-line code after CSE, one call per batch of points. */
#include <math.h>

/* first Piola-Kirchhoff stress P = det(F) sigma F^-T = sigma adj(F)^T, F = I + A, of the Cauchy stress sigma (seed 001 eq 3.22, F(A) = grad_A W_CB)
   in: n points x 18 inputs (row-major), out: n points x 9 outputs.
   Returns 0, or 1 + g when guard g fails (point index in *where). */
int symms_piola_stress(const double *in, long n, double *out, long *where)
{
    for (long i = 0; i < n; i++) {
        const double *x = in + i * 18;
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
        const double in_sigma_0 = x[9];
        const double in_sigma_1 = x[10];
        const double in_sigma_2 = x[11];
        const double in_sigma_3 = x[12];
        const double in_sigma_4 = x[13];
        const double in_sigma_5 = x[14];
        const double in_sigma_6 = x[15];
        const double in_sigma_7 = x[16];
        const double in_sigma_8 = x[17];
        const double t0 = in_A_0*in_A_4;
        const double t1 = in_A_5*in_A_7;
        const double t2 = in_A_1*in_A_3;
        const double t3 = in_A_2*in_A_6;
        const double t4 = 1.0 + in_A_8;
        const double t5 = in_A_4 + t4 - t1 + in_A_4*in_A_8;
        const double t6 = in_A_0 - t3 + in_A_0*in_A_8;
        const double t7 = t0 - t2;
        const double t8 = -in_A_1 + in_A_2*in_A_7 - in_A_1*in_A_8;
        const double t9 = -in_A_2 + in_A_1*in_A_5 - in_A_2*in_A_4;
        const double t10 = -in_A_3 + in_A_5*in_A_6 - in_A_3*in_A_8;
        const double t11 = t4 + t6;
        const double t12 = -in_A_5 + in_A_2*in_A_3 - in_A_0*in_A_5;
        const double t13 = -in_A_6 + in_A_3*in_A_7 - in_A_4*in_A_6;
        const double t14 = -in_A_7 + in_A_1*in_A_6 - in_A_0*in_A_7;
        const double t15 = 1.0 + in_A_0 + in_A_4 + t7;
        if (!((t5 + t6 + t7 + in_A_8*t0 - in_A_0*t1 - in_A_4*t3 - in_A_8*t2 + in_A_1*in_A_5*in_A_6 + in_A_2*in_A_3*in_A_7) > 0.0)) { *where = i; return 1; }
        y[0] = in_sigma_0*t5 + in_sigma_1*t8 + in_sigma_2*t9;
        y[1] = in_sigma_0*t10 + in_sigma_1*t11 + in_sigma_2*t12;
        y[2] = in_sigma_0*t13 + in_sigma_1*t14 + in_sigma_2*t15;
        y[3] = in_sigma_3*t5 + in_sigma_4*t8 + in_sigma_5*t9;
        y[4] = in_sigma_3*t10 + in_sigma_4*t11 + in_sigma_5*t12;
        y[5] = in_sigma_3*t13 + in_sigma_4*t14 + in_sigma_5*t15;
        y[6] = in_sigma_6*t5 + in_sigma_7*t8 + in_sigma_8*t9;
        y[7] = in_sigma_6*t10 + in_sigma_7*t11 + in_sigma_8*t12;
        y[8] = in_sigma_6*t13 + in_sigma_7*t14 + in_sigma_8*t15;
    }
    return 0;
}
