/*
 * A re-implementation of John McCalpin's STREAM 5.10 measurement (stream.c), written for the
 * benchctl accuracy harness because the original source cannot be fetched on this network.
 * It keeps everything that shapes the figures: static arrays a, b, c of STREAM_ARRAY_SIZE
 * doubles, `#pragma omp parallel for` over each kernel (static schedule), the kernels run in
 * the order copy, scale, add, triad NTIMES times, gettimeofday() timing around each kernel,
 * the first pass excluded, "Best Rate MB/s" = 1e-6 * bytes / min time with STREAM's byte
 * accounting (copy/scale 2 arrays, add/triad 3), and checkSTREAMresults()' validation.
 * Output lines match STREAM's, so the same parser reads either program.
 *
 * Build: gcc -O3 -march=native -fopenmp -DSTREAM_ARRAY_SIZE=80000000 stream_reimpl.c
 */
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <sys/time.h>
#include <sys/types.h>
#ifdef _OPENMP
#include <omp.h>
#endif

#ifndef STREAM_ARRAY_SIZE
#define STREAM_ARRAY_SIZE 10000000
#endif
#ifndef NTIMES
#define NTIMES 10
#endif
#define MIN(x, y) ((x) < (y) ? (x) : (y))
#define MAX(x, y) ((x) > (y) ? (x) : (y))

static double a[STREAM_ARRAY_SIZE], b[STREAM_ARRAY_SIZE], c[STREAM_ARRAY_SIZE];

static const char *label[4] = {"Copy:      ", "Scale:     ", "Add:       ", "Triad:     "};
static const double bytes[4] = {
    2 * sizeof(double) * (double)STREAM_ARRAY_SIZE, 2 * sizeof(double) * (double)STREAM_ARRAY_SIZE,
    3 * sizeof(double) * (double)STREAM_ARRAY_SIZE, 3 * sizeof(double) * (double)STREAM_ARRAY_SIZE};

static double mysecond(void) {
    struct timeval tp;
    gettimeofday(&tp, NULL);
    return (double)tp.tv_sec + (double)tp.tv_usec * 1.e-6;
}

/* Same check as STREAM: replay the kernels on scalars, compare average absolute errors. */
static int check_results(void) {
    double aj = 2.0, bj = 2.0, cj = 0.0, scalar = 3.0;
    for (int k = 0; k < NTIMES; k++) {
        cj = aj;
        bj = scalar * cj;
        cj = aj + bj;
        aj = bj + scalar * cj;
    }
    double aErr = 0, bErr = 0, cErr = 0;
    for (ssize_t j = 0; j < STREAM_ARRAY_SIZE; j++) {
        aErr += fabs(a[j] - aj);
        bErr += fabs(b[j] - bj);
        cErr += fabs(c[j] - cj);
    }
    double n = (double)STREAM_ARRAY_SIZE, epsilon = 1.e-13;
    int err = (fabs(aErr / n / aj) > epsilon) + (fabs(bErr / n / bj) > epsilon) + (fabs(cErr / n / cj) > epsilon);
    if (err == 0) printf("Solution Validates: avg error less than %e on all three arrays\n", epsilon);
    else printf("Failed Validation on %d arrays\n", err);
    return err;
}

int main(void) {
    double times[4][NTIMES], avgtime[4] = {0}, maxtime[4] = {0};
    double mintime[4] = {FLT_MAX, FLT_MAX, FLT_MAX, FLT_MAX};
    double scalar = 3.0;
    ssize_t j;
    int threads = 1;
#ifdef _OPENMP
#pragma omp parallel
#pragma omp master
    threads = omp_get_num_threads();
#endif
    printf("STREAM re-implementation (STREAM 5.10 method), Array size = %llu, NTIMES = %d, Threads = %d\n",
           (unsigned long long)STREAM_ARRAY_SIZE, NTIMES, threads);

#pragma omp parallel for
    for (j = 0; j < STREAM_ARRAY_SIZE; j++) {
        a[j] = 1.0;
        b[j] = 2.0;
        c[j] = 0.0;
    }
#pragma omp parallel for
    for (j = 0; j < STREAM_ARRAY_SIZE; j++) a[j] = 2.0E0 * a[j];

    for (int k = 0; k < NTIMES; k++) {
        times[0][k] = mysecond();
#pragma omp parallel for
        for (j = 0; j < STREAM_ARRAY_SIZE; j++) c[j] = a[j];
        times[0][k] = mysecond() - times[0][k];

        times[1][k] = mysecond();
#pragma omp parallel for
        for (j = 0; j < STREAM_ARRAY_SIZE; j++) b[j] = scalar * c[j];
        times[1][k] = mysecond() - times[1][k];

        times[2][k] = mysecond();
#pragma omp parallel for
        for (j = 0; j < STREAM_ARRAY_SIZE; j++) c[j] = a[j] + b[j];
        times[2][k] = mysecond() - times[2][k];

        times[3][k] = mysecond();
#pragma omp parallel for
        for (j = 0; j < STREAM_ARRAY_SIZE; j++) a[j] = b[j] + scalar * c[j];
        times[3][k] = mysecond() - times[3][k];
    }

    for (int k = 1; k < NTIMES; k++) { /* the first pass is excluded, as in STREAM */
        for (int m = 0; m < 4; m++) {
            avgtime[m] += times[m][k];
            mintime[m] = MIN(mintime[m], times[m][k]);
            maxtime[m] = MAX(maxtime[m], times[m][k]);
        }
    }
    printf("Function    Best Rate MB/s  Avg time     Min time     Max time\n");
    for (int m = 0; m < 4; m++) {
        avgtime[m] /= (double)(NTIMES - 1);
        printf("%s%12.1f  %11.6f  %11.6f  %11.6f\n", label[m], 1.0E-06 * bytes[m] / mintime[m], avgtime[m],
               mintime[m], maxtime[m]);
    }
    return check_results() == 0 ? 0 : 1;
}
