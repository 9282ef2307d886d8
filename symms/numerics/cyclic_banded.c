/* Banded LU with partial pivoting for the non-wrapping part B of a periodic band operator
 * (symms/numerics/cyclic_banded.py; issue 12).  B (m x m, half-width w) is stored by rows over
 * absolute columns: a[i*W + (c - i + w)] = B[i, c] for c in [i - w, i + 2w], W = 3w + 1 (the
 * extra w columns take the fill-in of row swaps).  Factor once, O(m w^2); solve O(m w) per
 * right-hand side.  Returns 0, or k + 1 when the pivot of column k is zero (B singular). */
#include <math.h>
#include <stddef.h>

#define A(i, c) a[(size_t)(i) * W + ((c) - (i) + w)]

int cb_factor(double *a, int *piv, int m, int w)
{
    const int W = 3 * w + 1;
    for (int k = 0; k < m; ++k) {
        int last = k + w < m - 1 ? k + w : m - 1;
        int p = k;
        for (int i = k + 1; i <= last; ++i)
            if (fabs(A(i, k)) > fabs(A(p, k))) p = i;
        piv[k] = p;
        int cend = k + 2 * w < m - 1 ? k + 2 * w : m - 1;
        if (p != k)
            for (int c = k; c <= cend; ++c) { double t = A(k, c); A(k, c) = A(p, c); A(p, c) = t; }
        double d = A(k, k);
        if (d == 0.0 || !isfinite(d)) return k + 1;
        for (int i = k + 1; i <= last; ++i) {
            double l = A(i, k) / d;
            A(i, k) = l;
            for (int c = k + 1; c <= cend; ++c) A(i, c) -= l * A(k, c);
        }
    }
    return 0;
}

/* Solve B x = b in place for r right-hand sides stored contiguously, b[n*m + i]. */
void cb_solve(const double *a, const int *piv, int m, int w, double *b, int r)
{
    const int W = 3 * w + 1;
    for (int n = 0; n < r; ++n) {
        double *x = b + (size_t)n * m;
        for (int k = 0; k < m; ++k) {
            int p = piv[k];
            if (p != k) { double t = x[k]; x[k] = x[p]; x[p] = t; }
            int last = k + w < m - 1 ? k + w : m - 1;
            for (int i = k + 1; i <= last; ++i) x[i] -= A(i, k) * x[k];
        }
        for (int k = m - 1; k >= 0; --k) {
            int cend = k + 2 * w < m - 1 ? k + 2 * w : m - 1;
            double s = x[k];
            for (int c = k + 1; c <= cend; ++c) s -= A(k, c) * x[c];
            x[k] = s / A(k, k);
        }
    }
}
