# Helpers to run Xen's toolstack in dom0 (sourced by tests that use xl).
# xl needs xenstored, which runs in dom0 here: /proc/xen (xenfs) gives it
# dom0's store page and event channel, /dev/xen/{evtchn,gntdev} its devices.
# xen-init-dom0 then writes dom0's own entries (name, domid) to the store.
xl_setup() {
    for d in privcmd evtchn gntdev; do
        [ -e "/dev/xen/$d" ] || { echo "no /dev/xen/$d"; return 1; }
    done
    mkdir -p /proc/xen /var/run/xenstored /var/lib/xenstored /var/lib/xen /var/log/xen /run/xen
    grep -q ' /proc/xen ' /proc/mounts || mount -t xenfs xenfs /proc/xen || { echo "cannot mount xenfs"; return 1; }
    xenstored --pid-file /run/xenstored.pid > /tmp/xenstored.out 2>&1 ||
        { echo "xenstored failed: $(cat /tmp/xenstored.out)"; return 1; }
    i=0
    while [ ! -S /var/run/xenstored/socket ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
    [ -S /var/run/xenstored/socket ] || { echo "xenstored made no socket"; return 1; }
    xen-init-dom0 > /tmp/xen-init-dom0.out 2>&1 ||
        { echo "xen-init-dom0 failed: $(cat /tmp/xen-init-dom0.out)"; return 1; }
    xl vcpu-list 0 > /tmp/xl.out 2>&1 || { echo "xl vcpu-list failed: $(cat /tmp/xl.out)"; return 1; }
    return 0
}

# The pCPU dom0's vCPU $1 runs on now (from xl vcpu-list), or nothing.
xl_pcpu_of() {
    xl vcpu-list 0 2>/dev/null | awk -v v="$1" 'NR > 1 && $3 == v { print $4; exit }'
}
