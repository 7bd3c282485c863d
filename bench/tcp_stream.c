/* Bulk TCP reference for bench/network.sh: STREAMS sender and receiver threads in one process
 * over loopback (the shape of benchctl's loopback mode), 128 KiB writes from page-aligned
 * buffers, blocking calls. Prints the aggregate Gbit/s: bytes received over the wall time from
 * the start to the last receiver's end of stream, and the CPU seconds (both ends) per GB moved.
 * Usage: tcp_stream STREAMS SECONDS */
#include <arpa/inet.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#define CHUNK (128 * 1024)

static double seconds_to_run;
static struct sockaddr_in address;
static int listener;

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

static void *receiver(void *out) {
    int fd = accept(listener, NULL, NULL);
    char *buf = aligned_alloc(4096, CHUNK);
    long long total = 0;
    ssize_t n;
    while ((n = read(fd, buf, CHUNK)) > 0) total += n;
    close(fd);
    *(long long *) out = total;
    return NULL;
}

static void *sender(void *unused) {
    (void) unused;
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (connect(fd, (struct sockaddr *) &address, sizeof address)) { perror("connect"); exit(1); }
    char *buf = aligned_alloc(4096, CHUNK);
    memset(buf, 7, CHUNK);
    double end = now() + seconds_to_run;
    while (now() < end) {
        size_t done = 0;
        while (done < CHUNK) {
            ssize_t n = write(fd, buf + done, CHUNK - done);
            if (n <= 0) { perror("write"); exit(1); }
            done += (size_t) n;
        }
    }
    close(fd);
    return NULL;
}

int main(int argc, char **argv) {
    int streams = argc > 1 ? atoi(argv[1]) : 1;
    seconds_to_run = argc > 2 ? atof(argv[2]) : 5;
    socklen_t len = sizeof address;
    listener = socket(AF_INET, SOCK_STREAM, 0);
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (bind(listener, (struct sockaddr *) &address, sizeof address) || listen(listener, 16)
            || getsockname(listener, (struct sockaddr *) &address, &len)) { perror("listen"); return 1; }
    pthread_t receivers[64], senders[64];
    long long received[64];
    double start = now();
    for (int i = 0; i < streams; i++) pthread_create(&receivers[i], NULL, receiver, &received[i]);
    for (int i = 0; i < streams; i++) pthread_create(&senders[i], NULL, sender, NULL);
    long long total = 0;
    for (int i = 0; i < streams; i++) { pthread_join(senders[i], NULL); }
    for (int i = 0; i < streams; i++) { pthread_join(receivers[i], NULL); total += received[i]; }
    struct rusage usage;
    getrusage(RUSAGE_SELF, &usage);
    double cpu = usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 + usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
    printf("gbit_per_s %.3f cpu_s_per_gb %.4f\n", total * 8 / (now() - start) / 1e9, cpu / (total / 1e9));
    return 0;
}
