/*
 * e2e-mqtap NAME: create NAME, a persistent multiqueue tap device (needs
 * the tun module), and exit. Dom0 test idlemap.sh gives one of its queues
 * an XPS map so that the kernel switches its XPS static key before the
 * test (see there); a multiqueue device is what accepts an XPS map, and
 * busybox cannot make one. Built static for arm64 by scripts/rootfs.sh as
 * /usr/bin/e2e-mqtap. Exit status 0, or 1 with a message on stderr.
 */
#include <errno.h>
#include <fcntl.h>
#include <linux/if.h>
#include <linux/if_tun.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

int main(int argc, char **argv)
{
    struct ifreq ifr;
    int fd;

    if ( argc != 2 || strlen(argv[1]) >= IFNAMSIZ )
    {
        fprintf(stderr, "usage: e2e-mqtap NAME (at most %d characters)\n", IFNAMSIZ - 1);
        return 1;
    }
    fd = open("/dev/net/tun", O_RDWR | O_CLOEXEC);
    if ( fd < 0 )
    {
        fprintf(stderr, "e2e-mqtap: /dev/net/tun: %s\n", strerror(errno));
        return 1;
    }
    memset(&ifr, 0, sizeof(ifr));
    strcpy(ifr.ifr_name, argv[1]);
    ifr.ifr_flags = IFF_TAP | IFF_NO_PI | IFF_MULTI_QUEUE;
    if ( ioctl(fd, TUNSETIFF, &ifr) < 0 || ioctl(fd, TUNSETPERSIST, 1) < 0 )
    {
        fprintf(stderr, "e2e-mqtap: %s: %s\n", argv[1], strerror(errno));
        return 1;
    }
    return 0;
}
