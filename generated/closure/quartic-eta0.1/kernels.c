/* symms closure/quartic-eta0.1; regenerate with: symms derive closure --window quartic --eta 0.1 --particles 128 --order 2 */
/* Expression kernels: straight-line code after CSE, one call per batch of points. */
#include <math.h>

/* psi(u), the quartic window of seed 002 (unscaled; psi_eta(x) = psi(x/eta)/eta). u: shape (...).
   in: n points x 1 inputs (row-major), out: n points x 1 outputs.
   Returns 0, or 1 + g when guard g fails (point index in *where). */
int symms_window(const double *in, long n, double *out, long *where)
{
    for (long i = 0; i < n; i++) {
        const double *x = in + i * 1;
        double *y = out + i * 1;
        const double in_u_0 = x[0];
        y[0] = (0.9375)*((1.0 - (((0.5)*fabs(1.0 + in_u_0) - 0.5*fabs(-1.0 + in_u_0))*((0.5)*fabs(1.0 + in_u_0) - 0.5*fabs(-1.0 + in_u_0))))*(1.0 - (((0.5)*fabs(1.0 + in_u_0) - 0.5*fabs(-1.0 + in_u_0))*((0.5)*fabs(1.0 + in_u_0) - 0.5*fabs(-1.0 + in_u_0)))));
    }
    return 0;
}

/* Psi(u) = int_-inf^u psi, the quartic window. u: shape (...).
   in: n points x 1 inputs (row-major), out: n points x 1 outputs.
   Returns 0, or 1 + g when guard g fails (point index in *where). */
int symms_window_antiderivative(const double *in, long n, double *out, long *where)
{
    for (long i = 0; i < n; i++) {
        const double *x = in + i * 1;
        double *y = out + i * 1;
        const double in_u_0 = x[0];
        const double t0 = fabs(-1.0 + in_u_0);
        const double t1 = fabs(1.0 + in_u_0);
        const double t2 = (0.5)*t1 - 0.5*t0;
        y[0] = 0.5 - 0.46875*t0 - 0.625*((t2)*(t2)*(t2)) + (0.1875)*((t2)*(t2)*(t2)*(t2)*(t2)) + (0.46875)*t1;
    }
    return 0;
}

/* int_0^1 psi_eta(x - s q_b - (1 - s) q_a) ds (seed 002 eq 5.2) = [Psi((x - q_a)/eta) - Psi((x - q_b)/eta)]/(q_b - q_a). d = x - q_a, gap = q_b - q_a > 0, eta > 0: shape (...) each.
   in: n points x 3 inputs (row-major), out: n points x 1 outputs.
   Returns 0, or 1 + g when guard g fails (point index in *where). */
int symms_bond_integral(const double *in, long n, double *out, long *where)
{
    for (long i = 0; i < n; i++) {
        const double *x = in + i * 3;
        double *y = out + i * 1;
        const double in_d_0 = x[0];
        const double in_gap_0 = x[1];
        const double in_eta_0 = x[2];
        const double t0 = (1.0/(in_eta_0));
        const double t1 = in_d_0*t0;
        const double im_c_a = (0.5)*fabs(1.0 + t1) - 0.5*fabs(-1.0 + t1);
        const double t2 = t0*(in_d_0 - in_gap_0);
        const double im_c_b = (0.5)*fabs(1.0 + t2) - 0.5*fabs(-1.0 + t2);
        const double t3 = (1.0/(in_gap_0));
        const double t4 = (0.9375)*t3;
        const double t5 = (0.625)*t3;
        const double t6 = (0.1875)*t3;
        if (!((in_gap_0) > 0.0)) { *where = i; return 1; }
        if (!((in_eta_0) > 0.0)) { *where = i; return 2; }
        y[0] = im_c_a*t4 + t5*((im_c_b)*(im_c_b)*(im_c_b)) + t6*((im_c_a)*(im_c_a)*(im_c_a)*(im_c_a)*(im_c_a)) - im_c_b*t4 - t5*((im_c_a)*(im_c_a)*(im_c_a)) - t6*((im_c_b)*(im_c_b)*(im_c_b)*(im_c_b)*(im_c_b));
    }
    return 0;
}
