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

# copy_elf_libs SRC DEST HINT BIN...: the shared libraries the arm64
# programs BIN need, transitively, from SRC (unpacked .debs) into
# DEST/lib/aarch64-linux-gnu, and their ELF interpreter into DEST; HINT
# ends the error for a library SRC does not have.  DEST holds BIN.
copy_elf_libs() {
    local src=$1 dest=$2 hint=$3 lib from d interp
    local -A seen=()
    shift 3
    local todo=("$@")
    while [ ${#todo[@]} -gt 0 ]; do
        for lib in $(aarch64-linux-gnu-readelf -d "${todo[0]}" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'); do
            [ -z "${seen[$lib]:-}" ] || continue
            seen[$lib]=1
            from=""
            for d in lib/aarch64-linux-gnu usr/lib/aarch64-linux-gnu lib usr/lib; do
                [ -e "$src/$d/$lib" ] && { from=$src/$d/$lib; break; }
            done
            [ -n "$from" ] || die "library $lib (needed by $(basename "${todo[0]}")) not in the fetched packages; $hint"
            cp -L "$from" "$dest/lib/aarch64-linux-gnu/$lib"
            todo+=("$dest/lib/aarch64-linux-gnu/$lib")
        done
        todo=("${todo[@]:1}")
    done
    interp=$(aarch64-linux-gnu-readelf -l "$1" | sed -n 's/.*interpreter: \(.*\)\]/\1/p')
    [ -n "$interp" ] || die "$(basename "$1") has no ELF interpreter"
    if [ ! -e "$dest$interp" ]; then
        [ -e "$src$interp" ] || die "interpreter $interp not in the fetched packages"
        mkdir -p "$dest$(dirname "$interp")"
        cp -L "$src$interp" "$dest$interp"
    fi
}

# Kernel modules, for the initramfs builders.  module_index MDIR (the
# kernel's lib/modules/VERSION) fills modpath[] (name, '-' as '_' -> path
# in modules.order); add_module ROOT NAME puts NAME and, first, what it
# depends on, decompressed, into ROOT/lib/modules and appends them to
# order[] in load order, once each (seen[]: reset it for a new ROOT).
declare -gA modpath=() seen=()
order=()
module_index() {
    local p n
    MOD_DIR=$1
    modpath=()
    while read -r p; do
        n=${p##*/}; n=${n%%.ko*}; modpath[${n//-/_}]=$p
    done < "$MOD_DIR/modules.order"
}
mod_contents() {   # the .ko on stdout, decompressed
    case "$1" in
    *.xz)  xz -dc "$1" ;;
    *.zst) zstd -qdc "$1" ;;
    *.gz)  gzip -dc "$1" ;;
    *)     cat "$1" ;;
    esac
}
add_module() {
    local root=$1 n=${2//-/_} f dep
    [ -z "${seen[$n]:-}" ] || return 0
    seen[$n]=1
    if [ -z "${modpath[$n]:-}" ]; then
        grep -q "/${2}.ko\$\|/${n}.ko\$" "$MOD_DIR/modules.builtin" && { log "module $2 is built in"; return 0; }
        die "module $2 not found in $MOD_DIR"
    fi
    f=$(ls "$MOD_DIR/${modpath[$n]}"* 2>/dev/null | head -n 1)
    [ -f "$f" ] || die "module file for $2 missing in $MOD_DIR"
    mod_contents "$f" > "$root/lib/modules/$n.ko" || die "cannot decompress $f"
    for dep in $(tr '\0' '\n' < "$root/lib/modules/$n.ko" | sed -n 's/^depends=//p' | tr ',' ' '); do
        add_module "$root" "$dep"
    done
    order+=("$n.ko")
}
