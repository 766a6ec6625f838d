/* Times a program compiled by faust -lang c: bench RATE BLOCK SECONDS_PER_ROUND ROUNDS prints the median
   nanoseconds of one compute of BLOCK frames over ROUNDS rounds (after one round of warm-up), with the
   same kind of input as the JVM side: noise at half scale. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include <time.h>
#include "faust/gui/CInterface.h"
#define max(a, b) ((a < b) ? b : a)
#define min(a, b) ((a < b) ? a : b)
#include "out/mydsp.c"

/* wall-clock time unless built with -DBENCH_CLOCK=CLOCK_PROCESS_CPUTIME_ID (CPU time, for a busy machine) */
#ifndef BENCH_CLOCK
#define BENCH_CLOCK CLOCK_MONOTONIC
#endif

static double now(void) {
    struct timespec t;
    clock_gettime(BENCH_CLOCK, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

static int ascending(const void* a, const void* b) {
    double x = *(const double*) a, y = *(const double*) b;
    return (x > y) - (x < y);
}

int main(int argc, char** argv) {
    if (argc != 5) { fprintf(stderr, "usage: bench RATE BLOCK SECONDS_PER_ROUND ROUNDS\n"); return 2; }
    int rate = atoi(argv[1]), block = atoi(argv[2]), rounds = atoi(argv[4]);
    double round = atof(argv[3]);
    mydsp* dsp = newmydsp();
    initmydsp(dsp, rate);
    int ni = getNumInputsmydsp(dsp), no = getNumOutputsmydsp(dsp);
    float** ins = calloc(ni + 1, sizeof(float*));
    float** outs = calloc(no + 1, sizeof(float*));
    unsigned seed = 12345;
    for (int c = 0; c < ni; c++) {
        ins[c] = calloc(block, sizeof(float));
        for (int i = 0; i < block; i++) {
            seed = seed * 1103515245u + 12345u;
            ins[c][i] = ((seed >> 8) / 16777216.0f - 0.5f);
        }
    }
    for (int c = 0; c < no; c++) outs[c] = calloc(block, sizeof(float));
    double* per_block = calloc(rounds, sizeof(double));
    volatile float sink = 0;
    for (int r = -1; r < rounds; r++) {
        long blocks = 0;
        double start = now(), t;
        do {
            computemydsp(dsp, block, ins, outs);
            blocks++;
            t = now();
        } while (t - start < round);
        if (r >= 0) per_block[r] = (t - start) / blocks * 1e9;
        sink += no > 0 ? outs[0][block - 1] : 0;
    }
    qsort(per_block, rounds, sizeof(double), ascending);
    printf("%.1f %d %d\n", per_block[rounds / 2], ni, no);
    deletemydsp(dsp);
    return sink == 12345.f ? 1 : 0;
}
