/* symms polymers/d3-De1-b50-Wi1; regenerate with: symms derive polymers --dimension 3 --De 1.0 --b 50.0 --Wi 1.0 */
/* Expression kernels: straight-line code after CSE, one call per batch of points. */
#include <math.h>

/* dA/dt = kappa A + A kappa^T - (A - I)/De: Oldroyd-B / upper-convected Maxwell, the second moment of Hookean dumbbells (seed 001 eqs 6.1, 6.3). A is packed as (A_xx, A_xy, A_xz, A_yy, A_yz, A_zz) (upper triangle, row-major), kappa_ij = dU_i/dx_j.
   in: n points x 16 inputs (row-major), out: n points x 6 outputs.
   Returns 0, or 1 + g when guard g fails (point index in *where). */
int symms_oldroyd_b_rhs(const double *in, long n, double *out, long *where)
{
    for (long i = 0; i < n; i++) {
        const double *x = in + i * 16;
        double *y = out + i * 6;
        const double in_A_0 = x[0];
        const double in_A_1 = x[1];
        const double in_A_2 = x[2];
        const double in_A_3 = x[3];
        const double in_A_4 = x[4];
        const double in_A_5 = x[5];
        const double in_kappa_0 = x[6];
        const double in_kappa_1 = x[7];
        const double in_kappa_2 = x[8];
        const double in_kappa_3 = x[9];
        const double in_kappa_4 = x[10];
        const double in_kappa_5 = x[11];
        const double in_kappa_6 = x[12];
        const double in_kappa_7 = x[13];
        const double in_kappa_8 = x[14];
        const double in_De_0 = x[15];
        const double t0 = (1.0/(in_De_0));
        const double t1 = 2.0*in_A_1;
        const double t2 = 2.0*in_A_2;
        const double t3 = 2.0*in_A_4;
        if (!((in_De_0) > 0.0)) { *where = i; return 1; }
        y[0] = t0 + in_kappa_1*t1 + in_kappa_2*t2 - in_A_0*t0 + 2.0*in_A_0*in_kappa_0;
        y[1] = in_A_0*in_kappa_3 + in_A_1*in_kappa_0 + in_A_1*in_kappa_4 + in_A_2*in_kappa_5 + in_A_3*in_kappa_1 + in_A_4*in_kappa_2 - in_A_1*t0;
        y[2] = in_A_0*in_kappa_6 + in_A_1*in_kappa_7 + in_A_2*in_kappa_0 + in_A_2*in_kappa_8 + in_A_4*in_kappa_1 + in_A_5*in_kappa_2 - in_A_2*t0;
        y[3] = t0 + in_kappa_3*t1 + in_kappa_5*t3 - in_A_3*t0 + 2.0*in_A_3*in_kappa_4;
        y[4] = in_A_1*in_kappa_6 + in_A_2*in_kappa_3 + in_A_3*in_kappa_7 + in_A_4*in_kappa_4 + in_A_4*in_kappa_8 + in_A_5*in_kappa_5 - in_A_4*t0;
        y[5] = t0 + in_kappa_6*t2 + in_kappa_7*t3 - in_A_5*t0 + 2.0*in_A_5*in_kappa_8;
    }
    return 0;
}

/* dA/dt = kappa A + A kappa^T - A/(De (1 - tr A/b)) + I/De: FENE-P, Peterlin's closure of FENE dumbbells (seed 001 eqs 6.1, 6.3). A is packed as (A_xx, A_xy, A_xz, A_yy, A_yz, A_zz) (upper triangle, row-major), kappa_ij = dU_i/dx_j.
   in: n points x 17 inputs (row-major), out: n points x 6 outputs.
   Returns 0, or 1 + g when guard g fails (point index in *where). */
int symms_fene_p_rhs(const double *in, long n, double *out, long *where)
{
    for (long i = 0; i < n; i++) {
        const double *x = in + i * 17;
        double *y = out + i * 6;
        const double in_A_0 = x[0];
        const double in_A_1 = x[1];
        const double in_A_2 = x[2];
        const double in_A_3 = x[3];
        const double in_A_4 = x[4];
        const double in_A_5 = x[5];
        const double in_kappa_0 = x[6];
        const double in_kappa_1 = x[7];
        const double in_kappa_2 = x[8];
        const double in_kappa_3 = x[9];
        const double in_kappa_4 = x[10];
        const double in_kappa_5 = x[11];
        const double in_kappa_6 = x[12];
        const double in_kappa_7 = x[13];
        const double in_kappa_8 = x[14];
        const double in_De_0 = x[15];
        const double in_b_0 = x[16];
        const double t0 = in_A_0 + in_A_3 + in_A_5;
        const double t1 = (1.0/(in_De_0));
        const double t2 = 2.0*in_A_1;
        const double t3 = 2.0*in_A_2;
        const double t4 = t1/(1.0 - t0/in_b_0);
        const double t5 = 2.0*in_A_4;
        if (!((in_De_0) > 0.0)) { *where = i; return 1; }
        if (!((in_b_0 - t0) > 0.0)) { *where = i; return 2; }
        y[0] = t1 + in_kappa_1*t2 + in_kappa_2*t3 - in_A_0*t4 + 2.0*in_A_0*in_kappa_0;
        y[1] = in_A_0*in_kappa_3 + in_A_1*in_kappa_0 + in_A_1*in_kappa_4 + in_A_2*in_kappa_5 + in_A_3*in_kappa_1 + in_A_4*in_kappa_2 - in_A_1*t4;
        y[2] = in_A_0*in_kappa_6 + in_A_1*in_kappa_7 + in_A_2*in_kappa_0 + in_A_2*in_kappa_8 + in_A_4*in_kappa_1 + in_A_5*in_kappa_2 - in_A_2*t4;
        y[3] = t1 + in_kappa_3*t2 + in_kappa_5*t5 - in_A_3*t4 + 2.0*in_A_3*in_kappa_4;
        y[4] = in_A_1*in_kappa_6 + in_A_2*in_kappa_3 + in_A_3*in_kappa_7 + in_A_4*in_kappa_4 + in_A_4*in_kappa_8 + in_A_5*in_kappa_5 - in_A_4*t4;
        y[5] = t1 + in_kappa_6*t3 + in_kappa_7*t5 - in_A_5*t4 + 2.0*in_A_5*in_kappa_8;
    }
    return 0;
}

/* tau = <f z> - I = A - I: the Kramers polymer extra stress of Hookean dumbbells (seed 001 eq 6.1, its isotropic part I removed). A is packed as (A_xx, A_xy, A_xz, A_yy, A_yz, A_zz) (upper triangle, row-major), kappa_ij = dU_i/dx_j.
   in: n points x 6 inputs (row-major), out: n points x 6 outputs.
   Returns 0, or 1 + g when guard g fails (point index in *where). */
int symms_oldroyd_b_stress(const double *in, long n, double *out, long *where)
{
    for (long i = 0; i < n; i++) {
        const double *x = in + i * 6;
        double *y = out + i * 6;
        const double in_A_0 = x[0];
        const double in_A_1 = x[1];
        const double in_A_2 = x[2];
        const double in_A_3 = x[3];
        const double in_A_4 = x[4];
        const double in_A_5 = x[5];
        y[0] = -1.0 + in_A_0;
        y[1] = in_A_1;
        y[2] = in_A_2;
        y[3] = -1.0 + in_A_3;
        y[4] = in_A_4;
        y[5] = -1.0 + in_A_5;
    }
    return 0;
}

/* tau = A/(1 - tr A/b) - I: the Kramers polymer extra stress of FENE-P dumbbells (seed 001 eq 6.1, its isotropic part I removed). A is packed as (A_xx, A_xy, A_xz, A_yy, A_yz, A_zz) (upper triangle, row-major), kappa_ij = dU_i/dx_j.
   in: n points x 7 inputs (row-major), out: n points x 6 outputs.
   Returns 0, or 1 + g when guard g fails (point index in *where). */
int symms_fene_p_stress(const double *in, long n, double *out, long *where)
{
    for (long i = 0; i < n; i++) {
        const double *x = in + i * 7;
        double *y = out + i * 6;
        const double in_A_0 = x[0];
        const double in_A_1 = x[1];
        const double in_A_2 = x[2];
        const double in_A_3 = x[3];
        const double in_A_4 = x[4];
        const double in_A_5 = x[5];
        const double in_b_0 = x[6];
        const double t0 = in_A_0 + in_A_3 + in_A_5;
        const double t1 = (1.0/(1.0 - t0/in_b_0));
        if (!((in_b_0 - t0) > 0.0)) { *where = i; return 1; }
        y[0] = -1.0 + in_A_0*t1;
        y[1] = in_A_1*t1;
        y[2] = in_A_2*t1;
        y[3] = -1.0 + in_A_3*t1;
        y[4] = in_A_4*t1;
        y[5] = -1.0 + in_A_5*t1;
    }
    return 0;
}
