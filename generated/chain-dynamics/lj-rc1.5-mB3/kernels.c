/* symms chain-dynamics/lj-rc1.5-mB3; regenerate with: symms derive chain-dynamics --potential lj --cutoff 1.5 --m-a 1.0 --m-b 3.0 */
/* Expression kernels: straight-line code after CSE, one call per batch of points. */
#include <math.h>

/* W(A, p) = [V(p) + V((1 + A) a - p)] / a, energy per reference length (seed 001 eq 4.9). A: strain, p: deformed A-B distance, shape (...) each.
   in: n points x 2 inputs (row-major), out: n points x 1 outputs.
   Returns 0, or 1 + g when guard g fails (point index in *where). */
int symms_energy(const double *in, long n, double *out, long *where)
{
    for (long i = 0; i < n; i++) {
        const double *x = in + i * 2;
        double *y = out + i * 1;
        const double in_A_0 = x[0];
        const double in_p_0 = x[1];
        const double t0 = -in_p_0;
        const double t1 = 2.244924096618746*in_A_0;
        const double t2 = 2.244924096618746 + t0 + t1;
        const double t3 = 0.7449240966187459 + t1;
        if (!((t2) > 0.0)) { *where = i; return 1; }
        if (!((in_p_0) > 0.0)) { *where = i; return 2; }
        if (!((-t0 - t3) > 0.0)) { *where = i; return 3; }
        if (!((1.5 - in_p_0) > 0.0)) { *where = i; return 4; }
        if (!((t3) > 0.0)) { *where = i; return 5; }
        y[0] = 1.7817974362806785/pow(in_p_0, 12.0) + 1.7817974362806785/pow(t2, 12.0) - 1.7817974362806785/((in_p_0)*(in_p_0)*(in_p_0)*(in_p_0)*(in_p_0)*(in_p_0)) - 1.7817974362806785/((t2)*(t2)*(t2)*(t2)*(t2)*(t2));
    }
    return 0;
}

/* F = dW/dA = V'((1 + A) a - p), the macro flux of eq 4.12 (eq 4.10). A: strain, p: deformed A-B distance, shape (...) each.
   in: n points x 2 inputs (row-major), out: n points x 1 outputs.
   Returns 0, or 1 + g when guard g fails (point index in *where). */
int symms_stress(const double *in, long n, double *out, long *where)
{
    for (long i = 0; i < n; i++) {
        const double *x = in + i * 2;
        double *y = out + i * 1;
        const double in_A_0 = x[0];
        const double in_p_0 = x[1];
        const double t0 = -in_p_0;
        const double t1 = 2.244924096618746*in_A_0;
        const double t2 = 2.244924096618746 + t0 + t1;
        const double t3 = 0.7449240966187459 + t1;
        if (!((t2) > 0.0)) { *where = i; return 1; }
        if (!((in_p_0) > 0.0)) { *where = i; return 2; }
        if (!((-t0 - t3) > 0.0)) { *where = i; return 3; }
        if (!((1.5 - in_p_0) > 0.0)) { *where = i; return 4; }
        if (!((t3) > 0.0)) { *where = i; return 5; }
        y[0] = -48.0/pow(t2, 13.0) + 24.0/((t2)*(t2)*(t2)*(t2)*(t2)*(t2)*(t2));
    }
    return 0;
}

/* f = -a dW/dp = -V'(p) + V'((1 + A) a - p), the right side of eq 4.12's micro equation (eq 4.11; -grad_p W for the seed's a = 1). A: strain, p: deformed A-B distance, shape (...) each.
   in: n points x 2 inputs (row-major), out: n points x 1 outputs.
   Returns 0, or 1 + g when guard g fails (point index in *where). */
int symms_shift_force(const double *in, long n, double *out, long *where)
{
    for (long i = 0; i < n; i++) {
        const double *x = in + i * 2;
        double *y = out + i * 1;
        const double in_A_0 = x[0];
        const double in_p_0 = x[1];
        const double t0 = -in_p_0;
        const double t1 = 2.244924096618746*in_A_0;
        const double t2 = 2.244924096618746 + t0 + t1;
        const double t3 = 0.7449240966187459 + t1;
        if (!((t2) > 0.0)) { *where = i; return 1; }
        if (!((in_p_0) > 0.0)) { *where = i; return 2; }
        if (!((-t0 - t3) > 0.0)) { *where = i; return 3; }
        if (!((1.5 - in_p_0) > 0.0)) { *where = i; return 4; }
        if (!((t3) > 0.0)) { *where = i; return 5; }
        y[0] = -48.0/pow(t2, 13.0) - 24.0/((in_p_0)*(in_p_0)*(in_p_0)*(in_p_0)*(in_p_0)*(in_p_0)*(in_p_0)) + 24.0/((t2)*(t2)*(t2)*(t2)*(t2)*(t2)*(t2)) + 48.0/pow(in_p_0, 13.0);
    }
    return 0;
}

/* K = a d2W/dp2 = V''(p) + V''((1 + A) a - p): the shift's stiffness, omega^2 = K/m (stable Verlet steps need dt < 2 sqrt(m/K)). A: strain, p: deformed A-B distance, shape (...) each.
   in: n points x 2 inputs (row-major), out: n points x 1 outputs.
   Returns 0, or 1 + g when guard g fails (point index in *where). */
int symms_shift_stiffness(const double *in, long n, double *out, long *where)
{
    for (long i = 0; i < n; i++) {
        const double *x = in + i * 2;
        double *y = out + i * 1;
        const double in_A_0 = x[0];
        const double in_p_0 = x[1];
        const double t0 = -in_p_0;
        const double t1 = 2.244924096618746*in_A_0;
        const double t2 = 2.244924096618746 + t0 + t1;
        const double t3 = 0.7449240966187459 + t1;
        if (!((t2) > 0.0)) { *where = i; return 1; }
        if (!((in_p_0) > 0.0)) { *where = i; return 2; }
        if (!((-t0 - t3) > 0.0)) { *where = i; return 3; }
        if (!((1.5 - in_p_0) > 0.0)) { *where = i; return 4; }
        if (!((t3) > 0.0)) { *where = i; return 5; }
        y[0] = -168.0/((in_p_0)*(in_p_0)*(in_p_0)*(in_p_0)*(in_p_0)*(in_p_0)*(in_p_0)*(in_p_0)) - 168.0/((t2)*(t2)*(t2)*(t2)*(t2)*(t2)*(t2)*(t2)) + 624.0/pow(in_p_0, 14.0) + 624.0/pow(t2, 14.0);
    }
    return 0;
}
