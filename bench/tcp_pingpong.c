/* TCP ping-pong reference for bench/network.sh: one forked echo server and one client on
 * loopback, TCP_NODELAY on both, fixed-size messages, blocking read/write. Prints the p50 and p99
 * round trip in ns over SECONDS of measurement after a one-second warmup.
 * Usage: tcp_pingpong BYTES SECONDS */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static long long now_ns(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec * 1000000000LL + t.tv_nsec;
}

static int full(int fd, char *buf, size_t n, int writing) {
    size_t done = 0;
    while (done < n) {
        ssize_t r = writing ? write(fd, buf + done, n - done) : read(fd, buf + done, n - done);
        if (r <= 0) return -1;
        done += (size_t) r;
    }
    return 0;
}

static int cmp(const void *a, const void *b) {
    long long x = *(const long long *) a, y = *(const long long *) b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv) {
    size_t bytes = argc > 1 ? (size_t) atol(argv[1]) : 1;
    int seconds = argc > 2 ? atoi(argv[2]) : 5;
    int one = 1;
    int listener = socket(AF_INET, SOCK_STREAM, 0);
    struct sockaddr_in addr = {.sin_family = AF_INET, .sin_addr.s_addr = htonl(INADDR_LOOPBACK)};
    socklen_t len = sizeof addr;
    if (bind(listener, (struct sockaddr *) &addr, sizeof addr) || listen(listener, 1)
            || getsockname(listener, (struct sockaddr *) &addr, &len)) {
        perror("listen");
        return 1;
    }
    char *buf = malloc(bytes);
    memset(buf, 7, bytes);
    pid_t child = fork();
    if (child == 0) {
        int fd = accept(listener, NULL, NULL);
        setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        while (full(fd, buf, bytes, 0) == 0 && full(fd, buf, bytes, 1) == 0) {}
        _exit(0);
    }
    close(listener);
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    if (connect(fd, (struct sockaddr *) &addr, sizeof addr)) {
        perror("connect");
        return 1;
    }
    size_t cap = 1 << 24, count = 0;
    long long *samples = malloc(cap * sizeof *samples);
    long long warm_end = now_ns() + 1000000000LL;
    while (now_ns() < warm_end) {
        if (full(fd, buf, bytes, 1) || full(fd, buf, bytes, 0)) return 1;
    }
    long long end = now_ns() + seconds * 1000000000LL, t1 = 0;
    do {
        long long t0 = now_ns();
        if (full(fd, buf, bytes, 1) || full(fd, buf, bytes, 0)) return 1;
        t1 = now_ns();
        if (count < cap) samples[count++] = t1 - t0;
    } while (t1 < end);
    close(fd);
    waitpid(child, NULL, 0);
    qsort(samples, count, sizeof *samples, cmp);
    printf("rtt_p50_ns %lld rtt_p99_ns %lld\n", samples[count / 2], samples[(size_t) (count * 0.99)]);
    return 0;
}
