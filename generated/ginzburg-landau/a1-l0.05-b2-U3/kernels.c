/* symms ginzburg-landau/a1-l0.05-b2-U3; regenerate with: symms derive ginzburg-landau --alpha 1.0 --lambda 0.05 --beta 2.0 --U-max 3.0 */
/* Expression kernels: straight-line code after CSE, one call per batch of points. */
#include <math.h>

/* D(U) = (1/2) dh/dU = -F''(U)/(2 beta) to O(lam^3): the diffusion coefficient of eq 5.3 (corrected eq 5.5) for V = alpha phi^2 + lam phi^4. Inputs broadcast over leading axes.
   in: n points x 4 inputs (row-major), out: n points x 1 outputs.
   Returns 0, or 1 + g when guard g fails (point index in *where). */
int symms_diffusivity(const double *in, long n, double *out, long *where)
{
    for (long i = 0; i < n; i++) {
        const double *x = in + i * 4;
        double *y = out + i * 1;
        const double in_U_0 = x[0];
        const double in_alpha_0 = x[1];
        const double in_lam_0 = x[2];
        const double in_beta_0 = x[3];
        const double t0 = ((in_U_0)*(in_U_0));
        const double t1 = 4.0 + in_alpha_0;
        const double t2 = ((in_alpha_0)*(in_alpha_0));
        const double t3 = t2 + 4.0*in_alpha_0;
        const double t4 = sqrt(t3);
        const double t5 = t4/in_beta_0;
        const double t6 = (1.0/((in_beta_0)*(in_beta_0)));
        const double t7 = 3.0 + in_alpha_0;
        const double t8 = ((in_lam_0)*(in_lam_0))/(((t1)*(t1))*t2);
        const double t9 = 2.0 + in_alpha_0;
        const double t10 = ((in_alpha_0)*(in_alpha_0)*(in_alpha_0)*(in_alpha_0));
        const double t11 = ((in_alpha_0)*(in_alpha_0)*(in_alpha_0));
        const double t12 = ((in_lam_0)*(in_lam_0)*(in_lam_0));
        const double t13 = t12/((t7)*(t7));
        const double t14 = 1.0/(((t1)*(t1)*(t1))*t11);
        if (!((in_alpha_0) > 0.0)) { *where = i; return 1; }
        if (!((in_beta_0) > 0.0)) { *where = i; return 2; }
        y[0] = in_alpha_0 + 6.0*in_lam_0*t0 - 54.0*t0*t5*t8*t9 - 3.0*t6*t8*(26.0 + 5.0*t2 + 25.0*in_alpha_0)/t7 + 3.0*in_lam_0*t5/(in_alpha_0*t1) + 162.0*t0*t13*t14*t6*(272.0 + 7.0*t10 + 70.0*t11 + 255.0*t2 + 412.0*in_alpha_0) + 540.0*t12*t14*t5*((in_U_0)*(in_U_0)*(in_U_0)*(in_U_0))*(6.0 + t3) + 18.0*t13*t4*(1254.0 + 10.0*((in_alpha_0)*(in_alpha_0)*(in_alpha_0)*(in_alpha_0)*(in_alpha_0)*(in_alpha_0)) + 140.0*((in_alpha_0)*(in_alpha_0)*(in_alpha_0)*(in_alpha_0)*(in_alpha_0)) + 793.0*t10 + 2334.0*t11 + 3324.0*in_alpha_0 + 3805.0*t2)/(((in_beta_0)*(in_beta_0)*(in_beta_0))*((t1)*(t1)*(t1)*(t1))*t10*((t9)*(t9)));
    }
    return 0;
}

/* h(U) = <dH/dphi_i> at mean U to O(lam^3): the chemical potential, d_t U = (1/2) Laplacian h(U) (the hydrodynamic limit of eq 5.2). Inputs broadcast over leading axes.
   in: n points x 4 inputs (row-major), out: n points x 1 outputs.
   Returns 0, or 1 + g when guard g fails (point index in *where). */
int symms_chemical_potential(const double *in, long n, double *out, long *where)
{
    for (long i = 0; i < n; i++) {
        const double *x = in + i * 4;
        double *y = out + i * 1;
        const double in_U_0 = x[0];
        const double in_alpha_0 = x[1];
        const double in_lam_0 = x[2];
        const double in_beta_0 = x[3];
        const double t0 = ((in_U_0)*(in_U_0)*(in_U_0));
        const double t1 = 4.0 + in_alpha_0;
        const double t2 = ((in_alpha_0)*(in_alpha_0));
        const double t3 = t2 + 4.0*in_alpha_0;
        const double t4 = sqrt(t3);
        const double t5 = t4/in_beta_0;
        const double t6 = 6.0*in_U_0;
        const double t7 = 2.0 + in_alpha_0;
        const double t8 = ((in_lam_0)*(in_lam_0))/(((t1)*(t1))*t2);
        const double t9 = (1.0/((in_beta_0)*(in_beta_0)));
        const double t10 = 3.0 + in_alpha_0;
        const double t11 = ((in_alpha_0)*(in_alpha_0)*(in_alpha_0)*(in_alpha_0));
        const double t12 = ((in_alpha_0)*(in_alpha_0)*(in_alpha_0));
        const double t13 = ((in_lam_0)*(in_lam_0)*(in_lam_0));
        const double t14 = t13/((t10)*(t10));
        const double t15 = 1.0/(((t1)*(t1)*(t1))*t12);
        if (!((in_alpha_0) > 0.0)) { *where = i; return 1; }
        if (!((in_beta_0) > 0.0)) { *where = i; return 2; }
        y[0] = 2.0*in_U_0*in_alpha_0 + 4.0*in_lam_0*t0 - 36.0*t0*t5*t7*t8 + in_lam_0*t5*t6/(in_alpha_0*t1) - t6*t8*t9*(26.0 + 5.0*t2 + 25.0*in_alpha_0)/t10 + 108.0*t0*t14*t15*t9*(272.0 + 7.0*t11 + 70.0*t12 + 255.0*t2 + 412.0*in_alpha_0) + 216.0*t13*t15*t5*((in_U_0)*(in_U_0)*(in_U_0)*(in_U_0)*(in_U_0))*(6.0 + t3) + 36.0*in_U_0*t14*t4*(1254.0 + 10.0*((in_alpha_0)*(in_alpha_0)*(in_alpha_0)*(in_alpha_0)*(in_alpha_0)*(in_alpha_0)) + 140.0*((in_alpha_0)*(in_alpha_0)*(in_alpha_0)*(in_alpha_0)*(in_alpha_0)) + 793.0*t11 + 2334.0*t12 + 3324.0*in_alpha_0 + 3805.0*t2)/(((in_beta_0)*(in_beta_0)*(in_beta_0))*((t1)*(t1)*(t1)*(t1))*t11*((t7)*(t7)));
    }
    return 0;
}
