#!/usr/bin/env bash
# Review the series as a maintainer would, on a fresh copy of the base:
#  - patches/ applies in order and reproduces build/xen (when it is clean);
#  - the tree builds after every patch with CONFIG_GICV4=y and =n;
#  - every patch (patchNN-form) has a Signed-off-by and a message body; its
#    trailers (Key-by:, Fixes:, Link:, Cc:) stand alone in the last
#    paragraph, none in the middle of a line or of the text; it adds no
#    trailing whitespace, and the C lines it adds follow Xen's CODING_STYLE
#    basics (no tabs, <= 80 columns unless the line holds a string
#    literal) and hold no self-assignment ("x = x;", a no-op that hides a
#    missing value: review finding 5 of the RFC, docs in
#    shared/design/GICV4.md section 3);
#  - no patch fixes, reverts or completes another patch of the series (also
#    patchNN-form): no fixup!/squash!/amend! subject, no Revert of a series
#    subject, no Fixes: or hash that names a series commit (by hash or
#    subject), and no sentence that pairs a reference to an earlier patch
#    ("the previous patch", "an earlier commit", "patch 7", "this series'
#    patch", a series subject) with a fixing word (fix(es) up, corrects,
#    reverts, undoes, completes, forgot, missed, broke, ...).  Fixes: and
#    Revert naming commits outside the series (upstream Xen) pass;
#  - no patch adds a -Wall -Wextra warning (patchNN-warnings): the C files
#    under xen/ it changes are compiled again, with the compiler command of
#    the CONFIG_GICV4=y build plus -Wall -Wextra (-Wno-unused-parameter
#    -Wno-missing-field-initializers, which Xen's hooks and initialisers
#    would drown the rest in), before and after the patch (the pristine
#    base for the first patch); a warning (file, text and the source line's
#    text, not its number) that was not there before and stands in a file
#    the patch changes (a warning in a macro stands where the macro is
#    used) fails the patch.  Only files built in that configuration are
#    compiled, so a header change is seen through the .c files the same
#    patch changes, not through the others.
# Every check has a self-test that runs first and must bite (fixtures in
# tests/review/).
# Usage: review.sh RESULTS_FILE   (one PASS:/FAIL: line per check)
#        review.sh --selftest RESULTS_FILE   (only the checks' own tests)
#        review.sh --form-only GIT_TREE RESULTS_FILE   (only the patchNN-form
#            checks, on base..HEAD of a tree with a "base" tag; no builds)
set -uo pipefail
. "$(dirname "$0")/lib.sh"

MODE=full
case "${1:-}" in
--selftest)  MODE=selftest; shift ;;
--form-only) MODE=form; FORM_TREE=${2:?usage: review.sh --form-only GIT_TREE RESULTS_FILE}; shift 2 ;;
esac
RESULTS=${1:?usage: review.sh [--selftest | --form-only GIT_TREE] RESULTS_FILE}
step review
record() { echo "$1: review/$2 $3" | tee -a "$RESULTS" >&2; }
FIXTURES=$TOP/tests/review
SCRATCH=$(mktemp -d "${TMPDIR:-/tmp}/review.XXXXXX")
trap 'rm -rf "$SCRATCH"' EXIT

# A unified diff (--unified=0) on stdin: print the first style problem of
# the C lines it adds, as file:line: what.
style_check_diff() {
    awk '
        /^\+\+\+ /  { file = substr($0, 7); next }
        /^@@/       { split($3, a, ","); line = substr(a[1], 2) - 1; next }
        /^\+/       { line++; s = substr($0, 2)
                      if (s ~ /\t/) { print file ":" line ": tab"; exit }
                      if (length(s) > 80 && s !~ /"/) { print file ":" line ": longer than 80 columns"; exit }
                      # lvalue = same lvalue; (comments after it allowed)
                      if (s ~ /^[ \t]*[A-Za-z_][][A-Za-z0-9_.>-]*[ \t]*=[ \t]*[A-Za-z_][][A-Za-z0-9_.>-]*[ \t]*;[ \t]*(\/[*\/].*)?$/) {
                          t = s; sub(/;.*/, "", t); eq = index(t, "=")
                          lhs = substr(t, 1, eq - 1); rhs = substr(t, eq + 1)
                          gsub(/[ \t]/, "", lhs); gsub(/[ \t]/, "", rhs)
                          if (lhs == rhs) { print file ":" line ": self-assignment of " lhs; exit }
                      }
                    }'
}

# A commit message on stdin: print why its trailers are misplaced, if they
# are.  Trailers are lines "Key-by: ..." (Signed-off-by, Reviewed-by,
# Acked-by, Tested-by, Reported-by, Suggested-by, Release-acked-by, ...),
# "Fixes: ", "Link: ", "Cc: "/"CC: "; they must form the last paragraph,
# which may also hold "[who: what]" notes and indented continuation lines.
# A "Key-by: " in the middle of a line is a trailer glued to the text.  A
# message with no trailer at all is left to the Signed-off-by check.
trailer_problem() {
    awk '
        function trailer(l) { return l ~ /^[A-Za-z][A-Za-z0-9-]*-by: / || l ~ /^(Fixes|Link|Cc|CC): / }
        { line[NR] = $0 }
        END {
            n = 0; start = 1
            for (i = 1; i <= NR + 1; i++) {       # paragraphs: blank-line separated
                if (i > NR || line[i] ~ /^[ \t]*$/) {
                    if (i > start) { n++; from[n] = start; to[n] = i - 1 }
                    start = i + 1
                }
            }
            for (i = 1; i <= NR; i++)
                if (!trailer(line[i]) && line[i] ~ /[A-Za-z]-by: /) {
                    print "a trailer in the middle of a line (line " i ": ..." substr(line[i], match(line[i], /[A-Za-z-]*-by: /)) ")"
                    exit
                }
            for (p = 1; p <= n; p++) {
                t = 0; other = ""; first = ""
                for (i = from[p]; i <= to[p]; i++)
                    if (trailer(line[i])) { t++; if (!first) first = line[i] }
                    else if (other == "" && line[i] !~ /^\[.*\]$/ && line[i] !~ /^[ \t]/) other = line[i]
                if (t && p < n) {
                    k = first; sub(/:.*/, ":", k)
                    print "trailer \"" k "\" in paragraph " p " of " n ", not in the last paragraph"; exit
                }
                if (t && p == n && other != "") {
                    print "the trailer paragraph also holds text: \"" substr(other, 1, 60) "\""; exit
                }
            }
        }'
}

# SERIES_FILE (lines "hash<TAB>subject" of every commit of the series, and
# "hash<TAB>" for other names of them), SELF_SUBJECT; a commit message on
# stdin: print why it fixes, reverts or completes another patch of the
# series, if it does (the heuristic is described at the top).
series_ref_problem() {
    awk -v sf="$1" -v self="$2" '
        function trailer(l) { return l ~ /^[A-Za-z][A-Za-z0-9-]*-by: / || l ~ /^(Fixes|Link|Cc|CC): / }
        function subject_in(s,   i) {
            for (i = 1; i <= ns; i++) if (index(s, subj[i])) return subj[i]
            return ""
        }
        function hash_in(s,   t, w, i, j, n) {
            t = tolower(s); gsub(/[^0-9a-f]+/, " ", t); n = split(t, w, " ")
            for (i = 1; i <= n; i++)
                if (length(w[i]) >= 7 && length(w[i]) <= 40)
                    for (j = 1; j <= nh; j++) if (index(hash[j], w[i]) == 1) return w[i]
            return ""
        }
        function found(re, s) { return match(s, re) ? substr(s, RSTART, RLENGTH) : "" }
        BEGIN {
            while ((getline l < sf) > 0) {
                split(l, f, "\t")
                if (f[1] != "") hash[++nh] = tolower(f[1])
                if (f[2] != "" && f[2] != self) subj[++ns] = f[2]
            }
            # A reference to an earlier patch of the series, and a word that
            # says the patch repairs, undoes or finishes it.
            back = "[^a-z](previous|preceding|prior|earlier) (patch|commit|change)|[^a-z]last patch|[^a-z]patch #?[0-9]|series.?s? (patch|commit)|(patch|commit)(es|s)? (of|in|from) (this|the|our) series|(earlier|above|before) in (this|the) series|<series-patch>"
            verb = "[^a-z](fix|fixes|fixed|fixing|fixup|correct|corrects|corrected|correcting|correction|revert|reverts|reverted|reverting|undo|undoes|undid|undone|complete|completes|completed|completing|amend|amends|amended|squash|squashes|squashed|repair|repairs|repaired|broke|broken|breaks|bug|bugs|wrong|mistake|missed|misses|forgot|forgets|forgotten|omitted|omits|regression|regressed|leftover|follow-up|followup)[^a-z]"
        }
        { line[NR] = $0 }
        END {
            s = line[1]
            if (s ~ /^(fixup|squash|amend)! /) { print "an autosquash subject (\"" substr(s, 1, index(s, " ") - 1) "\")"; exit }
            if (s ~ /^(Revert|Reapply) "/) {
                q = s; sub(/^[A-Za-z]+ "/, "", q); sub(/"$/, "", q)
                for (j = 1; j <= ns; j++) if (q == subj[j]) { print "reverts the series patch \"" q "\""; exit }
            }
            for (i = 2; i <= NR; i++) {
                if ((h = hash_in(line[i])) != "") { print "names commit " h " of the series (line " i ")"; exit }
                if (line[i] ~ /^Fixes: / && (x = subject_in(line[i])) != "") { print "Fixes: names the series patch \"" x "\""; exit }
            }
            # Clauses of the subject and body (trailers aside), lower case,
            # series subjects replaced by "<series-patch>".
            text = ""; para = ""
            for (i = 1; i <= NR + 1; i++) {
                if (i > NR || line[i] ~ /^[ \t]*$/ || i == 2) {
                    if (para != "") text = text para ". "
                    para = ""
                }
                if (i <= NR && !trailer(line[i]) && line[i] !~ /^[ \t]*$/) para = para " " line[i]
            }
            gsub(/[ \t]+/, " ", text)
            for (j = 1; j <= ns; j++) while ((k = index(text, subj[j])) > 0)
                text = substr(text, 1, k - 1) "<series-patch>" substr(text, k + length(subj[j]))
            n = split(text, cl, /[.;!?] /)
            for (j = 1; j <= n; j++) {
                c = " " tolower(cl[j]) " "
                if ((b = found(back, c)) != "" && (v = found(verb, c)) != "") {
                    gsub(/^[^a-z<]+|[^a-z0-9>]+$/, "", b); gsub(/^[^a-z]+|[^a-z]+$/, "", v)
                    sub(/^ +/, "", c); sub(/ +$/, "", c)
                    print "says \"" v "\" of an earlier patch (\"" b "\"): \"" substr(c, 1, 90) "\""
                    exit
                }
            }
        }'
}

# -Wall -Wextra on one object, as the build compiled it.
WEXTRA_FLAGS="-Wall -Wextra -Wunused-but-set-variable -Wunused-local-typedefs -Wno-unused-parameter -Wno-missing-field-initializers -fdiagnostics-plain-output"
# OUT_DIR CMD_FILE SRC_ROOT: run the compiler command recorded in CMD_FILE
# (a Kbuild ".x.o.cmd", first line "cmd_x.o := CC ... -c x.c -o x.o") in
# OUT_DIR again with WEXTRA_FLAGS and without -Werror, writing no object and
# no dependency file; print one line per warning:
#   file|warning text [-Wflag]|the source line's text (blanks squeezed)
# with file relative to SRC_ROOT.  Fails when the compiler fails.
wextra_keys() {
    local out=$1 cmdf=$2 root=$3 cmd err
    cmd=$(sed -n '1s/^cmd_[^ ]* := //p' "$cmdf")
    [ -n "$cmd" ] || return 1
    cmd=$(printf '%s\n' "$cmd" | sed -e 's/\$(pound)/#/g' -e 's/\$\$/$/g' \
        -e 's/ -MMD\( \|$\)/ /g; s/ -MP\( \|$\)/ /g; s/ -M[FQT] [^ ]*/ /g' \
        -e 's/ -Werror\( \|$\)/ /g' -e 's/ -o [^ ]*/ -o \/dev\/null/')
    err=$SCRATCH/wextra.err
    (cd "$out" && export LC_ALL=C && eval "$cmd $WEXTRA_FLAGS") >/dev/null 2>"$err" || return 1
    # A warning in a macro is placed where the outermost macro was used
    # (the last "in expansion of macro" note after it).
    LC_ALL=C awk -v root="${root%/}/" -v out="${out%/}/" '
        function flush(   src, text, i, l) {
            if (msg == "") return
            src = file ~ /^\// ? file : out file
            text = ""; i = 0
            while ((getline l < src) > 0) if (++i == ln) { text = l; break }
            close(src)
            gsub(/[ \t]+/, " ", text); sub(/^ /, "", text); sub(/ $/, "", text)
            if (index(file, root) == 1) file = substr(file, length(root) + 1)
            sub(/^\.\//, "", file)
            print file "|" msg "|" text
            msg = ""
        }
        match($0, /^[^: ]+:[0-9]+:[0-9]+: warning: /) {
            flush()
            split($0, f, ":"); file = f[1]; ln = f[2] + 0
            msg = substr($0, index($0, ": warning: ") + 11)
            next
        }
        match($0, /^[^: ]+:[0-9]+:[0-9]+: note: in expansion of macro /) {
            if (msg != "") { split($0, f, ":"); file = f[1]; ln = f[2] + 0 }
            next
        }
        / note: / { next }
        { flush() }
        END { flush() }' "$err"
}

# BEFORE AFTER CHANGED (files of wextra_keys lines; CHANGED lists the files
# the patch changes, relative to the same root): print the warnings of AFTER
# that BEFORE does not have (as many times as they are new) and that stand
# in a file the patch changes.  A warning in a header the patch does not
# change comes from Xen's own code (e.g. an inline function of a header a
# new file includes), not from the patch.
wextra_new() {
    LC_ALL=C comm -13 <(LC_ALL=C sort "$1") <(LC_ALL=C sort "$2") |
    awk -F'|' -v changed="$3" '
        BEGIN { while ((getline l < changed) > 0) c[l] = 1 }
        $1 in c'
}

# A commit message on stdin: its first line wider than 75 columns (a
# line holding an address is left alone), as "line N has M columns".
msg_width_problem() {
    awk 'length($0) > 75 && !/:\/\// {
             printf "line %d has %d columns", NR, length($0); exit }'
}

# GIT_TREE COMMIT SERIES_FILE: print the commit's form problems, "; "-ended.
form_problems() {
    local t=$1 c=$2 sf=$3 msg subj p
    msg=$(git -C "$t" log -1 --format=%B "$c")
    subj=$(git -C "$t" log -1 --format=%s "$c")
    printf '%s\n' "$msg" | grep -q '^Signed-off-by: ' || printf 'no Signed-off-by; '
    p=$(printf '%s\n' "$msg" | trailer_problem)
    [ -z "$p" ] || printf 'trailers: %s; ' "$p"
    p=$(printf '%s\n' "$msg" | msg_width_problem)
    [ -z "$p" ] || printf 'message wider than 75 columns: %s; ' "$p"
    p=$(printf '%s\n' "$msg" | series_ref_problem "$sf" "$subj")
    [ -z "$p" ] || printf 'fixes another patch of the series: %s; ' "$p"
    p=$(git -C "$t" diff --check "$c~1" "$c" 2>&1 | head -1)
    [ -z "$p" ] || printf 'whitespace: %s; ' "$p"
    p=$(git -C "$t" show --format= --unified=0 "$c" -- '*.c' '*.h' | style_check_diff)
    [ -z "$p" ] || printf 'style: %s; ' "$p"
    [ -n "$(git -C "$t" log -1 --format=%b "$c" | tr -d '[:space:]')" ] || printf 'no commit message body; '
}

# GIT_TREE [PATCH_FILE...]: the series file of series_ref_problem for
# base..HEAD of the tree, with the commit ids the patch files were
# exported from.
series_file() {
    local t=$1; shift
    git -C "$t" log --reverse --format='%H%x09%s' base..HEAD
    [ $# -eq 0 ] || sed -n 's/^From \([0-9a-f]\{40\}\) .*/\1\t/p' "$@"
}

# GIT_TREE COMMIT INDEX SERIES_FILE: record the commit's form line.
record_form() {
    local subj problems
    subj=$(git -C "$1" log -1 --format=%s "$2")
    problems=$(form_problems "$1" "$2" "$4")
    if [ -z "$problems" ]; then record PASS "$(printf 'patch%02d' "$3")-form" "$subj"
    else record FAIL "$(printf 'patch%02d' "$3")-form" "$subj: ${problems%; }"; fi
}

# The checks must bite: each catches its fixtures named fail-*, and passes
# those named pass-*.
selftest_style() {
    local bad good
    bad=$(printf '%s\n' '+++ b/xen/arch/arm/x.c' '@@ -1,0 +10,2 @@' \
          '+    int ok = 1;' '+    vpe->pending_last = vpe->pending_last; /* ! */' |
          style_check_diff)
    good=$(printf '%s\n' '+++ b/xen/arch/arm/x.c' '@@ -1,0 +1,6 @@' \
           '+    a = b;' '+    a->x = a->y;' '+    if ( a == a )' '+    x -= x;' \
           '+    v[i] = v[j];' '+    p = p->next;' | style_check_diff)
    if [ "$bad" = "xen/arch/arm/x.c:11: self-assignment of vpe->pending_last" ] &&
       [ -z "$good" ]; then
        record PASS style-selftest "a self-assignment is caught, look-alikes are not"
    else
        record FAIL style-selftest "self-assignment check: got '$bad' and '$good'"
    fi
}

selftest_msg_width() {
    local wide narrow
    wide=$(printf '%s\n' "xen/arm: $(printf 'x%.0s' $(seq 70))" '' 'Body.' |
           msg_width_problem)
    narrow=$(printf '%s\n' 'xen/arm: short' '' "$(printf 'y%.0s' $(seq 75))" \
             "Link: https://example.org/$(printf 'z%.0s' $(seq 80))" |
             msg_width_problem)
    if [ "$wide" = "line 1 has 79 columns" ] && [ -z "$narrow" ]; then
        record PASS msgwidth-selftest "a 79-column subject is caught; 75 columns and an address line pass"
    else
        record FAIL msgwidth-selftest "message width check: got '$wide' and '$narrow'"
    fi
}

# CHECK_NAME DIR COMMAND...: COMMAND reads each DIR/{fail,pass}-*.txt on
# stdin and must print something for fail-* only.
selftest_fixtures() {
    local name=$1 dir=$2 f out wrong="" nf=0 np=0; shift 2
    for f in "$dir"/fail-*.txt "$dir"/pass-*.txt; do
        [ -f "$f" ] || continue
        out=$("$@" < "$f")
        case "${f##*/}" in
        fail-*) nf=$((nf + 1)); [ -n "$out" ] || wrong+="${f##*/} not caught; " ;;
        pass-*) np=$((np + 1)); [ -z "$out" ] || wrong+="${f##*/}: $out; " ;;
        esac
    done
    if [ -z "$wrong" ] && [ "$nf" -gt 0 ] && [ "$np" -gt 0 ]; then
        record PASS "$name-selftest" "$nf bad messages caught, $np good ones pass (tests/review/${dir##*/})"
    else
        record FAIL "$name-selftest" "${wrong%; }"
    fi
}

# The real per-patch check on a throwaway repository: a commit with a
# misplaced Signed-off-by fails its form line, the good one passes.
selftest_form_repo() {
    local r=$SCRATCH/repo out
    (
        export GIT_AUTHOR_NAME=t GIT_AUTHOR_EMAIL=t@invalid GIT_COMMITTER_NAME=t GIT_COMMITTER_EMAIL=t@invalid
        git init -q "$r" && cd "$r" &&
        echo base > f && git add f && git commit -q -m base && git tag base &&
        echo one >> f && git commit -q -a --cleanup=verbatim -F "$FIXTURES/trailers/pass-plain.txt" &&
        echo two >> f && git commit -q -a --cleanup=verbatim -F "$FIXTURES/trailers/fail-text-after-trailers.txt" &&
        echo three >> f && git commit -q -a --cleanup=verbatim -F "$FIXTURES/trailers/fail-mid-sentence.txt"
    ) || { record FAIL form-repo-selftest "cannot make the throwaway repository"; return; }
    "$TOP/scripts/review.sh" --form-only "$r" "$SCRATCH/form.txt" 2>/dev/null
    out=$(cut -d' ' -f1-2 "$SCRATCH/form.txt" | tr '\n' ' ')
    if [ "$out" = "PASS: review/patch01-form FAIL: review/patch02-form FAIL: review/patch03-form " ] &&
       grep -q '^FAIL: review/patch02-form .*trailers: trailer "Signed-off-by:" in paragraph' "$SCRATCH/form.txt" &&
       grep -q '^FAIL: review/patch03-form .*trailers: a trailer in the middle of a line' "$SCRATCH/form.txt"; then
        record PASS form-repo-selftest "a series with a misplaced Signed-off-by fails review (throwaway repository)"
    else
        record FAIL form-repo-selftest "review --form-only gave: $(tr '\n' ' ' < "$SCRATCH/form.txt")"
    fi
}

# The comparison of warnings, with the host compiler and a fake Kbuild
# command file that has -Werror and the dependency flags: an unused-but-set
# variable, a signed/unsigned comparison and one in a macro of a header
# used in the file are new; the warning the file already had (on another
# line now) is not, nor the one in the unchanged header's own code; a clean
# addition adds nothing; the object and dependency files are not written.
selftest_warnings() {
    local d=$SCRATCH/w st=0 before after same why=""
    mkdir -p "$d"; cp "$FIXTURES/warnings/old.h" "$d/"; echo x.c > "$d/changed"
    printf 'cmd_x.o := gcc -MMD -MP -MF ./.x.o.d -Wall -Wno-unused-but-set-variable -O2 -Werror -c %s -o x.o\n' "$d/x.c" > "$d/.x.o.cmd"
    cp "$FIXTURES/warnings/before.c" "$d/x.c"; wextra_keys "$d" "$d/.x.o.cmd" "$d" > "$d/before" || why+="before.c does not compile; "
    cp "$FIXTURES/warnings/after.c" "$d/x.c";  wextra_keys "$d" "$d/.x.o.cmd" "$d" > "$d/after" || why+="after.c does not compile; "
    cp "$FIXTURES/warnings/same.c" "$d/x.c";   wextra_keys "$d" "$d/.x.o.cmd" "$d" > "$d/same" || why+="same.c does not compile; "
    after=$(wextra_new "$d/before" "$d/after" "$d/changed")
    same=$(wextra_new "$d/before" "$d/same" "$d/changed")
    [ "$(grep -c . "$d/before")" = 1 ] || why+="before.c: $(cat "$d/before"); "
    grep -q '^old.h|.*\[-Wsign-compare\]|return a < b;$' "$d/same" || why+="old.h's own warning not seen; "
    [ "$(printf '%s\n' "$after" | grep -c .)" = 3 ] &&
    printf '%s\n' "$after" | grep -q '^x.c|.*\[-Wsign-compare\]|return n == nr_seen;$' &&
    printf '%s\n' "$after" | grep -q '^x.c|.*\[-Wsign-compare\]|if ( OLD_LT(n, nr_seen) )$' &&
    printf '%s\n' "$after" | grep -q '^x.c|.*\[-Wunused-but-set-variable\]|int last;$' ||
        why+="after.c: new warnings '$after'; "
    [ -z "$same" ] || why+="same.c: new warnings '$same'; "
    ! ls "$d"/x.o "$d"/.x.o.d >/dev/null 2>&1 || why+="an object or dependency file was written; "
    if [ -z "$why" ]; then
        record PASS warnings-selftest "a new set-but-unused variable and signed/unsigned comparisons (one in a header's macro) are caught; a moved old warning and an unchanged header's own are not"
    else
        record FAIL warnings-selftest "${why%; }"
    fi
}

if [ $MODE = form ]; then
    sf=$SCRATCH/series; series_file "$FORM_TREE" > "$sf"
    i=0
    for c in $(git -C "$FORM_TREE" rev-list --reverse base..HEAD); do
        i=$((i + 1)); record_form "$FORM_TREE" "$c" "$i" "$sf"
    done
    exit 0
fi

selftest_style
selftest_msg_width
selftest_fixtures trailers "$FIXTURES/trailers" trailer_problem
selftest_fixtures series "$FIXTURES/series" series_ref_problem "$FIXTURES/series/series.txt" ""
selftest_form_repo
selftest_warnings
[ $MODE = full ] || exit 0

RBUILD=$BUILD/review
rm -rf "$RBUILD/xen" "$RBUILD/xen.tmp"
mkdir -p "$RBUILD"
if ! BUILD=$RBUILD DL=$DL "$TOP/scripts/tree.sh" >/dev/null 2>&1; then
    record FAIL apply "patches/ does not apply to the base"
    exit 1
fi
T=$RBUILD/xen
TIP=$(git -C "$T" rev-parse HEAD)
n=$(git -C "$T" rev-list --count base.."$TIP")
record PASS apply "$n patches apply to the pristine base"

# The series must reproduce the developer's tree exactly.
if [ -d "$BUILD/xen/.git" ] && [ -z "$(git -C "$BUILD/xen" status --porcelain --untracked-files=no)" ]; then
    if [ "$(git -C "$T" rev-parse 'HEAD^{tree}')" = "$(git -C "$BUILD/xen" rev-parse 'HEAD^{tree}')" ]; then
        record PASS reproduce "patches/ reproduces build/xen"
    else
        record FAIL reproduce "patches/ differs from build/xen: run 'make patches'"
    fi
fi

SERIES=$RBUILD/series.txt
series_file "$T" "$TOP"/patches/[0-9][0-9][0-9][0-9]-*.patch > "$SERIES" 2>/dev/null
[ ! -d "$BUILD/xen/.git" ] || git -C "$BUILD/xen" log --format='%H%x09' base..HEAD >> "$SERIES" 2>/dev/null

# The warnings check compares each patch's changed files with the tree
# before it, compiled in out/release: build the base there first (the first
# patch's build is then incremental, so this costs about one small build).
OUT=$RBUILD/out/release
WDIR=$RBUILD/warnings
rm -rf "$WDIR"; mkdir -p "$WDIR"
t0=$SECONDS
git -C "$T" checkout -q base &&
    BUILD=$RBUILD DL=$DL "$TOP/scripts/build.sh" release >/dev/null 2>&1 ||
    log "the base does not build in $OUT; the first patch's warnings have no baseline"
log "base built in $OUT in $((SECONDS - t0))s"
WTIME=0   # seconds spent compiling with -Wall -Wextra

# PHASE COMMIT: for each C file under xen/ that COMMIT changes and that the
# tree as it is now has compiled in $OUT, its -Wall -Wextra warnings in
# $WDIR/PHASE/<file>; list the files that would not compile in
# $WDIR/PHASE.fail, and all the files COMMIT changes in $WDIR/changed.
wextra_phase() {
    local f o t0=$SECONDS
    mkdir -p "$WDIR/$1"; : > "$WDIR/$1.fail"
    git -C "$T" diff --no-renames --name-only "$2~1" "$2" -- xen/ | sed 's|^xen/||' > "$WDIR/changed"
    for f in $(git -C "$T" diff --no-renames --name-only --diff-filter=AM "$2~1" "$2" -- 'xen/*.c'); do
        o=${f#xen/}; o=$OUT/$(dirname "$o")/.$(basename "$o" .c).o.cmd
        [ -f "$o" ] && [ -f "$T/$f" ] || continue
        wextra_keys "$OUT" "$o" "$T/xen" > "$WDIR/$1/${f//\//_}" || echo "$f" >> "$WDIR/$1.fail"
    done
    WTIME=$((WTIME + SECONDS - t0))
}

i=0
for c in $(git -C "$T" rev-list --reverse base.."$TIP"); do
    i=$((i + 1))
    subj=$(git -C "$T" log -1 --format=%s "$c")
    tag=$(printf 'patch%02d' "$i")
    record_form "$T" "$c" "$i" "$SERIES"

    # A patch that changes nothing under xen/ (docs) builds what the one
    # before it built; before the GICV4 option exists, =n is =y.
    if git -C "$T" diff --quiet "$c~1" "$c" -- xen/; then
        git -C "$T" checkout -q "$c" || { record FAIL "$tag-build" "cannot check out"; continue; }
        record PASS "$tag-build" "$subj (no change under xen/: the previous patch's builds stand)"
        record PASS "$tag-warnings" "$subj (no change under xen/)"
        continue
    fi
    # The tree before the patch (built in $OUT by the previous patch, or the
    # base above) gives the warnings the patch's files already had.
    rm -rf "$WDIR/before" "$WDIR/after"
    wextra_phase before "$c"
    git -C "$T" checkout -q "$c" || { record FAIL "$tag-build" "cannot check out"; continue; }
    for cfg in y n; do
        flav=release; [ $cfg = n ] && flav=release-nogicv4
        if [ $cfg = n ] && ! grep -qs '^config GICV4$' "$T/xen/arch/arm/Kconfig"; then
            record PASS "$tag-build-gicv4n" "$subj (no GICV4 option yet: the build above)"
            continue
        fi
        t0=$SECONDS
        if BUILD=$RBUILD DL=$DL "$TOP/scripts/build.sh" "$flav" >/dev/null 2>&1; then
            log "$tag $flav built in $((SECONDS - t0))s"
            record PASS "$tag-build-gicv4$cfg" "$subj"
        else
            record FAIL "$tag-build-gicv4$cfg" "$subj (log: build/review/out/$flav/build.log)"
            [ $cfg = y ] && record FAIL "$tag-warnings" "$subj (not checked: the CONFIG_GICV4=y build failed)"
            continue
        fi
        [ $cfg = y ] || continue
        wextra_phase after "$c"
        new=$WDIR/$tag.new; : > "$new"; checked=0
        for w in "$WDIR"/after/*; do
            [ -f "$w" ] || continue
            checked=$((checked + 1))
            b=$WDIR/before/${w##*/}; [ -f "$b" ] || b=/dev/null
            wextra_new "$b" "$w" "$WDIR/changed" >> "$new"
        done
        failed=$(cat "$WDIR/before.fail" "$WDIR/after.fail" | sort -u | tr '\n' ' ')
        if [ -n "$failed" ]; then
            record FAIL "$tag-warnings" "$subj (cannot compile ${failed% } again with -Wall -Wextra)"
        elif [ -s "$new" ]; then
            record FAIL "$tag-warnings" "$subj: $(grep -c . "$new") new -Wall -Wextra warning(s): $(head -3 "$new" | awk -F'|' '{ printf "%s%s: %s in \"%s\"", (NR > 1 ? "; " : ""), $1, $2, $3 }') (all: build/review/warnings/$tag.new)"
        else
            record PASS "$tag-warnings" "$subj ($checked C file(s) compiled with -Wall -Wextra: no new warning)"
        fi
    done
done
git -C "$T" checkout -q gicv4 2>/dev/null || true
log "-Wall -Wextra compiles took ${WTIME}s"
ok
