/* symms diffusion/order3-mass-matrix; regenerate with: symms derive diffusion --order 3 --form mass-matrix */
/* Lattice-operator kernel: static tables (a prefix tree of the monomials and the terms on it).
   symms_band assembles the band B[s][j] once per (kappa, gamma); symms_apply applies it as a
   stencil: dU_j/dt = sum_s B[s][j] U[(j + shifts[s]) mod m]. */
#include <stdlib.h>

/* The inner loops run over independent points, so every SIMD width gives the same bits; on x86-64
   Linux the two hot functions are also compiled for AVX2 and AVX-512 and picked at load time. */
#if defined(__GNUC__) && defined(__x86_64__) && defined(__linux__)
#define SIMD_CLONES __attribute__((target_clones("avx512f", "avx2", "default")))
#else
#define SIMD_CLONES
#endif
#ifdef __clang__
#pragma clang fp contract(off)
#endif

#define STRIDE 2
#define NSHIFT 3
#define NVAR 11
#define NNODE 13L
#define NTERM 13L
#define MAXDEPTH 2
#define MAXEXP 1
#define BLOCK 8      /* coarse points assembled together: the inner loops run over them */
#define SPAN 512     /* coarse points applied together (their sum stays in L1) */

static const int shifts[NSHIFT] = { -1, 0, 1 };
static const int var_kind[NVAR] = {
    1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0 };
static const int var_a[NVAR] = {
    0, 0, 0, -4, -3, -2, -1, 0, 1, 2, 4 };
static const int var_b[NVAR] = {
    -1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0 };
static const int fam_start[2] = { 0, 4 };
static const double fam_coef[4] = { 0.25, 0.25, 0.25, 0.25 };
static const int fam_off[4] = { 1, -1, 2, -2 };
/* node n > 0 is the monomial of the last node of depth node_depth[n] - 1 before it, times
   x[node_var[n]]^node_exp[n]; node 0 is 1; its terms are term_start[n] .. term_start[n+1]-1 */
static const int node_depth[NNODE] = {
    0, 1, 2, 2, 2, 1, 2, 2, 2, 1, 2, 2, 2 };
static const int node_var[NNODE] = {
    0, 0, 3, 4, 7, 1, 5, 6, 9, 2, 7, 8, 10 };
static const int node_exp[NNODE] = {
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1 };
static const long term_start[NNODE + 1] = {
    0, 1, 1, 2, 3, 4, 4, 6, 8, 10, 10, 11, 12, 13 };
static const int term_shift[NTERM] = {
    1, 0, 0, 0, 0, 2, 0, 2, 0, 2, 2, 2, 2 };
static const int term_power[NTERM] = {
    0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1 };
static const double term_coef[NTERM] = {
    4.0, -0.25, -0.5, -0.25, 0.25, -0.25,
    0.5, -0.5, 0.25, -0.25, 0.25, 0.5,
    0.25 };

static long wrap_index(long i, long n) { long r = i % n; return r < 0 ? r + n : r; }

static double parameter(const double *kappa, long n, long i)
{
    double x = kappa[wrap_index(i, n)];
    return 1.0 / x;
}

int symms_nshift(void) { return NSHIFT; }
int symms_shift(int s) { return shifts[s]; }

/* 0, or 1 for a kappa that is not finite and positive, or 2 + g when guard g fails (index in *where). */
static int check_arguments(const double *kappa, long m, long *where)
{
    const long n = STRIDE * m;
    for (long i = 0; i < n; i++) {
        if (!(kappa[i] > 0.0) || kappa[i] > 1e308) { *where = i; return 1; }
    }
    for (long j = 0; j < m; j++) {
        const double kappa_m2 = kappa[wrap_index(STRIDE * j + (-2), n)];
        const double kappa_0 = kappa[wrap_index(STRIDE * j + (0), n)];
        const double kappa_p2 = kappa[wrap_index(STRIDE * j + (2), n)];
        if (!((2*kappa_0*(kappa_m2 + kappa_p2) - kappa_m2*kappa_p2) > 0.0)) { *where = j; return 2; }
    }
    return 0;
}

/* Band columns j0 .. j0+BLOCK-1 (wrapped mod m; columns >= m are not stored); cg[t] = term_coef[t] gamma^term_power[t]. */
SIMD_CLONES static void band_block(const double *kappa, long m, long j0, const double *cg, double *band)
{
    const long n = STRIDE * m;
    double power[NVAR][MAXEXP + 1][BLOCK], stack[MAXDEPTH + 1][BLOCK], acc[NSHIFT][BLOCK];
    for (int v = 0; v < NVAR; v++)
        for (int w = 0; w < BLOCK; w++) {
            const long j = j0 + w;
            double x;
            if (var_kind[v] == 0) {
                x = parameter(kappa, n, STRIDE * j + var_a[v]);
            } else {
                double h = 0.0;
                for (int i = fam_start[var_a[v]]; i < fam_start[var_a[v] + 1]; i++)
                    h += fam_coef[i] * parameter(kappa, n, STRIDE * (j + var_b[v]) + fam_off[i]);
                x = 1.0 / h;
            }
            power[v][0][w] = 1.0;
            for (int e = 1; e <= MAXEXP; e++) power[v][e][w] = power[v][e - 1][w] * x;
        }
    for (int w = 0; w < BLOCK; w++) stack[0][w] = 1.0;
    for (int s = 0; s < NSHIFT; s++)
        for (int w = 0; w < BLOCK; w++) acc[s][w] = 0.0;
    for (long node = 0; node < NNODE; node++) {
        const int d = node_depth[node];
        if (node > 0) {
            const double *factor = power[node_var[node]][node_exp[node]];
            for (int w = 0; w < BLOCK; w++) stack[d][w] = stack[d - 1][w] * factor[w];
        }
        for (long t = term_start[node]; t < term_start[node + 1]; t++) {
            const double c = cg[t];
            double *a = acc[term_shift[t]];
            for (int w = 0; w < BLOCK; w++) a[w] += c * stack[d][w];
        }
    }
    for (int s = 0; s < NSHIFT; s++)
        for (int w = 0; w < BLOCK && j0 + w < m; w++) band[s * m + j0 + w] = acc[s][w];
}

/* The band B[s][j] (NSHIFT rows of m) of dU/dt at (kappa, gamma); returns as check_arguments, or -1 out of memory. */
int symms_band(const double *kappa, long m, double gamma, double *band, long *where)
{
    int rc = check_arguments(kappa, m, where);
    if (rc) return rc;
    double *cg = malloc(sizeof(double) * (size_t)(NTERM > 0 ? NTERM : 1));
    if (!cg) return -1;
    for (long t = 0; t < NTERM; t++) {
        double g = 1.0;
        for (int p = 0; p < term_power[t]; p++) g *= gamma;
        cg[t] = term_coef[t] * g;
    }
    for (long j0 = 0; j0 < m; j0 += BLOCK) band_block(kappa, m, j0, cg, band);
    free(cg);
    return 0;
}

/* out[j0 .. j0+SPAN-1] of one row when no index wraps: one pass per shift over L1-resident data. */
SIMD_CLONES static void apply_span(const double *restrict band, long m, const double *restrict u, long j0, double *restrict out)
{
    double acc[SPAN];
    for (int i = 0; i < SPAN; i++) acc[i] = 0.0;
    for (int s = 0; s < NSHIFT; s++) {
        const double *restrict g = band + s * m + j0;
        const double *restrict v = u + j0 + shifts[s];
        for (int i = 0; i < SPAN; i++) acc[i] += g[i] * v[i];
    }
    for (int i = 0; i < SPAN; i++) out[j0 + i] = acc[i];
}

/* out[b][j] = sum_s band[s][j] U[b][(j + shifts[s]) mod m] for nbatch rows of length m. */
void symms_apply(const double *band, long m, const double *U, long nbatch, double *out)
{
    for (long b = 0; b < nbatch; b++) {
        const double *u = U + b * m;
        double *o = out + b * m;
        for (long j0 = 0; j0 < m; j0 += SPAN) {
            const long j1 = j0 + SPAN < m ? j0 + SPAN : m;
            if (j1 - j0 == SPAN && j0 + shifts[0] >= 0 && j1 + shifts[NSHIFT - 1] <= m) {
                apply_span(band, m, u, j0, o);
                continue;
            }
            for (long j = j0; j < j1; j++) {
                double sum = 0.0;
                for (int s = 0; s < NSHIFT; s++) sum += band[s * m + j] * u[wrap_index(j + shifts[s], m)];
                o[j] = sum;
            }
        }
    }
}
