# Common helpers for the project's scripts. Sourced, not run.
# shellcheck shell=bash

TOP=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BUILD=${BUILD:-$TOP/build}
DL=${DL:-$BUILD/dl}

# The pinned base.
XEN_DEB_VERSION=4.17.5+72-g01140da4e8-1
XEN_ORIG_VERSION=4.17.5+72-g01140da4e8
XEN_ORIG_SHA256=53922f4d0a02c577f2ea9d63f65989cd88715779eebeed879ca1d314103ee06e

_step=""
step() { _step=$1; _t0=$(date +%s); }
log()  { echo "[$_step] $*" >&2; }
ok()   { echo "[$_step] done in $(( $(date +%s) - _t0 ))s" >&2; }
die()  { echo "ERROR [${_step:-?}]: $*" >&2; exit 1; }
as_root_check() { [ "$(id -u)" = 0 ] || die "must run as root to install packages"; }
