/*
 * e2e-schedop: block the calling vCPU in Xen with SCHEDOP_block or
 * SCHEDOP_poll, over and over, from dom0's user space (dom0 test
 * schedop.sh). Built static for arm64 by scripts/rootfs.sh into the dom0
 * image as /usr/bin/e2e-schedop.
 *
 * Usage: e2e-schedop block SECS
 *        e2e-schedop poll SECS TIMEOUT_MS
 *
 * Each hypercall goes through /dev/xen/privcmd (IOCTL_PRIVCMD_HYPERCALL):
 * the kernel issues it on behalf of this process, on the vCPU the process
 * runs on (pin it with taskset), with the arguments in this process's
 * memory (arm64 Linux opens user access around the HVC for that). Xen
 * blocks the vCPU until an interrupt or event is pending for it; the
 * hypercall then returns, the kernel takes the interrupt, and the loop
 * blocks again. It ends after SECS seconds, or at the first wake after a
 * SIGTERM or SIGINT.
 *
 * poll: SCHEDOP_poll on one event channel that never fires (an unbound
 * port this process allocates through /dev/xen/evtchn) with a timeout of
 * TIMEOUT_MS. Xen's timeout is an absolute system time; dom0 has no clock
 * of it, so the helper takes its virtual counter (CNTVCT_EL0): Xen's time
 * is ahead of that by the time from Xen's start to dom0's creation, so a
 * poll times out at most TIMEOUT_MS after the call, and that much earlier.
 *
 * One line on stdout at the end, key=value pairs:
 *   calls      hypercalls made
 *   errors     hypercalls that failed (err= the first errno)
 *   wall_ms    time from the first call to the end
 *   in_ms      time spent inside the hypercalls (the vCPU blocked, or
 *              about to)
 *   in_pct     in_ms as a percentage of wall_ms
 *   max_ms     the longest single hypercall
 *   quick      hypercalls that returned within 1ms (not blocked, or woken
 *              at once)
 *   cpu        the CPU the process ran on at the end
 *   port       the polled event channel (-1 for block)
 * Exit status 0, or 2 on a usage or setup error (message on stderr).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <time.h>
#include <unistd.h>

/* Linux's uapi <xen/privcmd.h> needs headers that are not exported. */
struct privcmd_hypercall {
    uint64_t op;
    uint64_t arg[5];
};
#define IOCTL_PRIVCMD_HYPERCALL \
    _IOC(_IOC_NONE, 'P', 0, sizeof(struct privcmd_hypercall))

struct ioctl_evtchn_bind_unbound_port {
    unsigned int remote_domain;
};
#define IOCTL_EVTCHN_BIND_UNBOUND_PORT \
    _IOC(_IOC_NONE, 'E', 2, sizeof(struct ioctl_evtchn_bind_unbound_port))

/* Xen's public ABI (xen/include/public/xen.h, sched.h). */
#define __HYPERVISOR_sched_op   29
#define SCHEDOP_block           1
#define SCHEDOP_poll            3

/* struct sched_poll on Arm: guest handles are 64-bit. */
struct sched_poll {
    uint64_t ports;             /* XEN_GUEST_HANDLE(evtchn_port_t) */
    uint32_t nr_ports;
    uint32_t pad;
    uint64_t timeout;           /* absolute system time (ns); 0: none */
};

static volatile sig_atomic_t stop;

static void on_signal(int sig)
{
    (void)sig;
    stop = 1;
}

static uint64_t now_ns(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000ull + ts.tv_nsec;
}

/* The virtual counter in ns: what dom0 knows of Xen's system time. */
static uint64_t counter_ns(void)
{
    uint64_t cnt, freq;

    asm volatile("isb; mrs %0, cntvct_el0" : "=r" (cnt) :: "memory");
    asm volatile("mrs %0, cntfrq_el0" : "=r" (freq));
    return (uint64_t)((unsigned __int128)cnt * 1000000000u / freq);
}

static void usage(void)
{
    fprintf(stderr, "usage: e2e-schedop block SECS | poll SECS TIMEOUT_MS\n");
    exit(2);
}

int main(int argc, char **argv)
{
    struct privcmd_hypercall hc = { .op = __HYPERVISOR_sched_op };
    static struct sched_poll poll;
    static uint32_t port;
    struct sigaction sa;
    uint64_t secs, timeout_ns = 0, t_start, t_end, t0, t1, d;
    uint64_t calls = 0, errors = 0, quick = 0, in_ns = 0, max_ns = 0;
    int is_poll, fd, first_err = 0;

    if ( argc < 3 )
        usage();
    is_poll = !strcmp(argv[1], "poll");
    if ( !is_poll && strcmp(argv[1], "block") )
        usage();
    if ( is_poll != (argc == 4) )
        usage();
    secs = strtoull(argv[2], NULL, 10);
    if ( is_poll )
        timeout_ns = strtoull(argv[3], NULL, 10) * 1000000ull;
    if ( !secs || (is_poll && !timeout_ns) )
        usage();

    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = on_signal;
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGINT, &sa, NULL);

    fd = open("/dev/xen/privcmd", O_RDWR | O_CLOEXEC);
    if ( fd < 0 )
    {
        fprintf(stderr, "e2e-schedop: /dev/xen/privcmd: %s\n", strerror(errno));
        return 2;
    }

    if ( is_poll )
    {
        struct ioctl_evtchn_bind_unbound_port bind = { .remote_domain = 0 };
        int efd = open("/dev/xen/evtchn", O_RDWR | O_CLOEXEC);
        int rc;

        if ( efd < 0 )
        {
            fprintf(stderr, "e2e-schedop: /dev/xen/evtchn: %s\n", strerror(errno));
            return 2;
        }
        /* A port of dom0's own, waiting for a dom0 peer that never binds. */
        rc = ioctl(efd, IOCTL_EVTCHN_BIND_UNBOUND_PORT, &bind);
        if ( rc < 0 )
        {
            fprintf(stderr, "e2e-schedop: unbound event channel: %s\n", strerror(errno));
            return 2;
        }
        port = rc;
        poll.ports = (uintptr_t)&port;
        poll.nr_ports = 1;
        hc.arg[0] = SCHEDOP_poll;
        hc.arg[1] = (uintptr_t)&poll;
        /* efd stays open: closing it would free the port. */
    }
    else
        hc.arg[0] = SCHEDOP_block;

    t_start = now_ns();
    t_end = t_start + secs * 1000000000ull;
    while ( !stop && now_ns() < t_end )
    {
        if ( is_poll )
            poll.timeout = counter_ns() + timeout_ns;
        t0 = now_ns();
        if ( ioctl(fd, IOCTL_PRIVCMD_HYPERCALL, &hc) < 0 )
        {
            if ( !errors++ )
                first_err = errno;
            if ( errors >= 100 && errors == calls + 1 )
                stop = 1;       /* nothing but errors: give up */
        }
        t1 = now_ns();
        calls++;
        d = t1 - t0;
        in_ns += d;
        if ( d > max_ns )
            max_ns = d;
        if ( d < 1000000 )
            quick++;
    }
    d = now_ns() - t_start;

    printf("calls=%llu errors=%llu err=%d wall_ms=%llu in_ms=%llu in_pct=%llu "
           "max_ms=%llu quick=%llu cpu=%d port=%d\n",
           (unsigned long long)calls, (unsigned long long)errors, first_err,
           (unsigned long long)(d / 1000000), (unsigned long long)(in_ns / 1000000),
           (unsigned long long)(d ? in_ns * 100 / d : 0),
           (unsigned long long)(max_ns / 1000000), (unsigned long long)quick,
           sched_getcpu(), is_poll ? (int)port : -1);
    return 0;
}
