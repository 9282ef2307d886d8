/* symms diffusion/order2; regenerate with: symms derive diffusion --order 2 */
/* Lattice-operator kernel: static term tables, one fixed loop, Horner in gamma. */
#include <stdlib.h>

#define STRIDE 2
#define ORDER 2
#define NSHIFT 3
#define NVAR 2
#define NTERM 4L

static const int shifts[NSHIFT] = { -2, 0, 2 };
static const int var_kind[NVAR] = {
    1, 1 };
static const int var_a[NVAR] = {
    0, 0 };
static const int var_b[NVAR] = {
    -1, 1 };
static const int fam_start[2] = { 0, 4 };
static const double fam_coef[4] = { 0.25, 0.25, 0.25, 0.25 };
static const int fam_off[4] = { 1, -1, 2, -2 };
static const signed char term_k[NTERM] = {
    -2, 0, 0, 2 };
static const unsigned char term_p[NTERM] = {
    2, 2, 2, 2 };
static const double term_coef[NTERM] = {
    0.0625, -0.0625, -0.0625, 0.0625 };
static const long factor_start[NTERM + 1] = {
    0, 1, 2, 3, 4 };
static const unsigned char factor_var[4] = {
    0, 0, 1, 1 };
static const unsigned char factor_exp[4] = {
    1, 1, 1, 1 };

static long wrap_index(long i, long n) { long r = i % n; return r < 0 ? r + n : r; }

static double parameter(const double *kappa, long n, long i)
{
    double x = kappa[wrap_index(i, n)];
    return 1.0 / x;
}

int symms_nshift(void) { return NSHIFT; }
int symms_shift(int s) { return shifts[s]; }

/* Returns 0, or 1 for a non-positive kappa, or 2 + g when guard g fails (element in *where). */
int symms_coarse_operator(const double *kappa, long m, double gamma, double *G, long *where)
{
    const long n = STRIDE * m;
    for (long i = 0; i < n; i++) {
        if (!(kappa[i] > 0.0) || kappa[i] != kappa[i] || kappa[i] > 1e308) { *where = i; return 1; }
    }
    for (long j = 0; j < m; j++) {
        const double kappa_m2 = kappa[wrap_index(STRIDE * j + (-2), n)];
        const double kappa_0 = kappa[wrap_index(STRIDE * j + (0), n)];
        const double kappa_p2 = kappa[wrap_index(STRIDE * j + (2), n)];
        if (!((2*kappa_0*(kappa_m2 + kappa_p2) - kappa_m2*kappa_p2) > 0.0)) { *where = j; return 2; }
    }
    double val[NVAR];
    for (long j = 0; j < m; j++) {
        for (int v = 0; v < NVAR; v++) {
            if (var_kind[v] == 0) {
                val[v] = parameter(kappa, n, STRIDE * j + var_a[v]);
            } else {
                double h = 0.0;
                for (int i = fam_start[var_a[v]]; i < fam_start[var_a[v] + 1]; i++)
                    h += fam_coef[i] * parameter(kappa, n, STRIDE * (j + var_b[v]) + fam_off[i]);
                val[v] = 1.0 / h;
            }
        }
        long t = 0;
        for (int s = 0; s < NSHIFT; s++) {
            double acc[ORDER + 1];
            for (int p = 0; p <= ORDER; p++) acc[p] = 0.0;
            for (; t < NTERM && term_k[t] == shifts[s]; t++) {
                double mono = term_coef[t];
                for (long f = factor_start[t]; f < factor_start[t + 1]; f++)
                    for (int e = 0; e < factor_exp[f]; e++) mono *= val[factor_var[f]];
                acc[term_p[t]] += mono;
            }
            double g = acc[ORDER];
            for (int p = ORDER - 1; p >= 0; p--) g = g * gamma + acc[p];
            G[j * NSHIFT + s] = g;
        }
    }
    return 0;
}

/* out[b, j] = sum_s G[j, s] U[b, (j + shift_s) mod m] for nbatch rows of length m. */
int symms_rhs(const double *U, long nbatch, long m, const double *kappa, double gamma, double *out, long *where)
{
    double *G = malloc(sizeof(double) * (size_t)(m * NSHIFT));
    if (!G) return -1;
    int rc = symms_coarse_operator(kappa, m, gamma, G, where);
    if (rc == 0) {
        for (long b = 0; b < nbatch; b++)
            for (long j = 0; j < m; j++) {
                double sum = 0.0;
                for (int s = 0; s < NSHIFT; s++) sum += G[j * NSHIFT + s] * U[b * m + wrap_index(j + shifts[s], m)];
                out[b * m + j] = sum;
            }
    }
    free(G);
    return rc;
}
