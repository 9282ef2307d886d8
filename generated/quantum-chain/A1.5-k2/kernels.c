/* symms quantum-chain/A1.5-k2; regenerate with: symms derive quantum-chain --potential 'u**3 - 8*u**2' --A 1.5 --ion-stiffness 2.0 */
/* Expression kernels: straight-line code after CSE, one call per batch of points. */
#include <math.h>

/* w = dphi^2/L^2 + L V(phi^2/L): the energy density in s = z/L, W = int_0^1 w ds (seed 001 eq 4.13). Inputs broadcast over leading axes.
   in: n points x 3 inputs (row-major), out: n points x 1 outputs.
   Returns 0, or 1 + g when guard g fails (point index in *where). */
int symms_energy_density(const double *in, long n, double *out, long *where)
{
    for (long i = 0; i < n; i++) {
        const double *x = in + i * 3;
        double *y = out + i * 1;
        const double in_phi_0 = x[0];
        const double in_dphi_0 = x[1];
        const double in_L_0 = x[2];
        const double t0 = (1.0/((in_L_0)*(in_L_0)));
        if (!((in_L_0) > 0.0)) { *where = i; return 1; }
        y[0] = t0*((in_dphi_0)*(in_dphi_0)) + t0*((in_phi_0)*(in_phi_0)*(in_phi_0)*(in_phi_0)*(in_phi_0)*(in_phi_0)) - 8.0*((in_phi_0)*(in_phi_0)*(in_phi_0)*(in_phi_0))/in_L_0;
    }
    return 0;
}

/* r = d2phi/L^2 - V'(phi^2/L) phi: the right side of eq 4.15 without lambda phi, in s = z/L (times L^{-1/2} in z). Inputs broadcast over leading axes.
   in: n points x 3 inputs (row-major), out: n points x 1 outputs.
   Returns 0, or 1 + g when guard g fails (point index in *where). */
int symms_fibre_force(const double *in, long n, double *out, long *where)
{
    for (long i = 0; i < n; i++) {
        const double *x = in + i * 3;
        double *y = out + i * 1;
        const double in_phi_0 = x[0];
        const double in_d2phi_0 = x[1];
        const double in_L_0 = x[2];
        const double t0 = (1.0/((in_L_0)*(in_L_0)));
        if (!((in_L_0) > 0.0)) { *where = i; return 1; }
        y[0] = in_d2phi_0*t0 - 3.0*t0*((in_phi_0)*(in_phi_0)*(in_phi_0)*(in_phi_0)*(in_phi_0)) + 16.0*((in_phi_0)*(in_phi_0)*(in_phi_0))/in_L_0;
    }
    return 0;
}

/* sigma = dw/dL at fixed phi: its cell average is dW/dA at fixed phi, the flux of eq 4.20 (= dW_CB/dA at a ground state). Inputs broadcast over leading axes.
   in: n points x 3 inputs (row-major), out: n points x 1 outputs.
   Returns 0, or 1 + g when guard g fails (point index in *where). */
int symms_stress_density(const double *in, long n, double *out, long *where)
{
    for (long i = 0; i < n; i++) {
        const double *x = in + i * 3;
        double *y = out + i * 1;
        const double in_phi_0 = x[0];
        const double in_dphi_0 = x[1];
        const double in_L_0 = x[2];
        const double t0 = 2.0/((in_L_0)*(in_L_0)*(in_L_0));
        if (!((in_L_0) > 0.0)) { *where = i; return 1; }
        y[0] = -t0*((in_dphi_0)*(in_dphi_0)) - t0*((in_phi_0)*(in_phi_0)*(in_phi_0)*(in_phi_0)*(in_phi_0)*(in_phi_0)) + 8.0*((in_phi_0)*(in_phi_0)*(in_phi_0)*(in_phi_0))/((in_L_0)*(in_L_0));
    }
    return 0;
}

/* e = -psi_z^2 + V(psi^2) - lam psi^2 with psi = phi/sqrt(L), psi_z = dphi/L^(3/2): constant along solutions of eq 4.17 and equal to dW_CB/dA (corrected eqs 4.16, 4.18). Inputs broadcast over leading axes.
   in: n points x 4 inputs (row-major), out: n points x 1 outputs.
   Returns 0, or 1 + g when guard g fails (point index in *where). */
int symms_first_integral(const double *in, long n, double *out, long *where)
{
    for (long i = 0; i < n; i++) {
        const double *x = in + i * 4;
        double *y = out + i * 1;
        const double in_phi_0 = x[0];
        const double in_dphi_0 = x[1];
        const double in_L_0 = x[2];
        const double in_lam_0 = x[3];
        const double t0 = (1.0/((in_L_0)*(in_L_0)*(in_L_0)));
        if (!((in_L_0) > 0.0)) { *where = i; return 1; }
        y[0] = t0*((in_phi_0)*(in_phi_0)*(in_phi_0)*(in_phi_0)*(in_phi_0)*(in_phi_0)) - t0*((in_dphi_0)*(in_dphi_0)) - 8.0*((in_phi_0)*(in_phi_0)*(in_phi_0)*(in_phi_0))/((in_L_0)*(in_L_0)) - in_lam_0*((in_phi_0)*(in_phi_0))/in_L_0;
    }
    return 0;
}
