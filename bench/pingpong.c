/*
 * Reference for benchctl's syscall module (bench/disk-syscall.sh): pipe ping-pong between two
 * threads pinned to two CPUs, payload bytes each way, each round trip timed with
 * CLOCK_MONOTONIC. Prints one RESULT line with the nearest-rank p50/p99 in ns.
 *
 * usage: pingpong <payloadBytes> <warmupMillis> <seconds> <pingCpu> <pongCpu>
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static int to_pong[2], to_ping[2];
static size_t payload;
static int pong_cpu;

static void pin(int cpu) {
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(cpu, &set);
    if (pthread_setaffinity_np(pthread_self(), sizeof set, &set) != 0) {
        perror("pthread_setaffinity_np");
        exit(1);
    }
}

static long long now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1000000000LL + t.tv_nsec;
}

/* 1 when the whole buffer arrived, 0 on end of file before the first byte. */
static int read_fully(int fd, char *buf, size_t n) {
    size_t done = 0;
    while (done < n) {
        ssize_t got = read(fd, buf + done, n - done);
        if (got == 0 && done == 0) return 0;
        if (got <= 0) { perror("read"); exit(1); }
        done += (size_t) got;
    }
    return 1;
}

static void write_fully(int fd, const char *buf, size_t n) {
    size_t done = 0;
    while (done < n) {
        ssize_t put = write(fd, buf + done, n - done);
        if (put < 0) { perror("write"); exit(1); }
        done += (size_t) put;
    }
}

static void *pong(void *unused) {
    (void) unused;
    pin(pong_cpu);
    char *buf = aligned_alloc(4096, (payload + 4095) / 4096 * 4096);
    while (read_fully(to_pong[0], buf, payload)) write_fully(to_ping[1], buf, payload);
    free(buf);
    return NULL;
}

static int by_value(const void *a, const void *b) {
    long long x = *(const long long *) a, y = *(const long long *) b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv) {
    if (argc != 6) {
        fprintf(stderr, "usage: %s <payloadBytes> <warmupMillis> <seconds> <pingCpu> <pongCpu>\n", argv[0]);
        return 2;
    }
    payload = strtoul(argv[1], NULL, 10);
    long long warmup_ns = atoll(argv[2]) * 1000000LL, run_ns = atoll(argv[3]) * 1000000000LL;
    pong_cpu = atoi(argv[5]);
    if (pipe(to_pong) || pipe(to_ping)) { perror("pipe"); return 1; }
    pthread_t echo;
    pthread_create(&echo, NULL, pong, NULL);
    pin(atoi(argv[4]));
    char *buf = aligned_alloc(4096, (payload + 4095) / 4096 * 4096);
    memset(buf, 'p', payload);

    size_t count = 0, capacity = 1 << 20;
    long long *rtt = malloc(capacity * sizeof *rtt);
    long long start = now_ns(), measure_from = start + warmup_ns, end = measure_from + run_ns, now = start;
    while (now < end) {
        long long sent = now_ns();
        write_fully(to_pong[1], buf, payload);
        read_fully(to_ping[0], buf, payload);
        now = now_ns();
        if (sent >= measure_from) {
            if (count == capacity) rtt = realloc(rtt, (capacity *= 2) * sizeof *rtt);
            rtt[count++] = now - sent;
        }
    }
    close(to_pong[1]);
    pthread_join(echo, NULL);
    qsort(rtt, count, sizeof *rtt, by_value);
    size_t p50 = (count + 1) / 2, p99 = (size_t) ((count * 99 + 99) / 100);
    printf("RESULT p50_ns=%lld p99_ns=%lld round_trips=%zu mbps=%.1f\n", rtt[p50 - 1], rtt[p99 - 1], count,
           2.0 * payload * count / (run_ns / 1e9) / 1e6);
    return 0;
}
