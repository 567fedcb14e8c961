#!/usr/bin/env python3
"""Fold the uncommitted changes of a series tree (build/xen) into the
series: each hunk goes to the patch that last touched the lines it
changes (git blame of its old side: removed and context lines), so it
applies there without conflict.
Writes one "fixup! <subject>" commit per patch; then
    git rebase -i --autosquash base
folds them.  --dry-run only prints the assignment.  --default=FILE=N
names the patch (1-based) for hunks that only touch the base's lines.
Names a hunk uses must come with it or earlier: place new definitions
next to lines of the patch that needs them, and check that every patch
builds (make review).  A development aid: the series must never carry
fix-up patches."""
import re, subprocess, sys, collections

args = [a for a in sys.argv[1:] if not a.startswith('--')]
TREE = args[0] if args else 'build/xen'
DRY = '--dry-run' in sys.argv
CTX = 1

def git(*a, inp=None):
    return subprocess.run(['git', '-C', TREE] + list(a), input=inp, text=True,
                          capture_output=True, check=True).stdout

base = git('rev-parse', 'base').strip()
order = [l.split(' ', 1) for l in
         git('log', '--reverse', '--format=%H %s', f'{base}..HEAD').splitlines()]
subject = dict(order)
pos = {h: i for i, (h, _) in enumerate(order)}

def target_of(h):
    s = subject[h]
    while s.startswith('fixup! '):
        s = s[len('fixup! '):]
    for hh, ss in order:
        if ss == s:
            return hh
    raise SystemExit(f'no patch with subject {s!r}')

IDENT = re.compile(r'[A-Za-z_][A-Za-z0-9_]*')
def defined_names(added):
    names = set()
    for l in added:
        m = re.match(r'\s*#\s*define\s+(\w+)', l)
        if m:
            names.add(m.group(1))
        m = re.match(r'(?:static\s+)?(?:const\s+)?[\w\s\*]+?[\s\*](\w+)\s*\(', l)
        if m and not l.startswith((' ', '\t')):
            names.add(m.group(1))
        # struct fields / variables: "type name;" or "type a, b;"
        m = re.match(r'\s*(?:static\s+|extern\s+)?(?:const\s+)?(?:unsigned\s+|struct\s+\w+\s*)?\w+[\s\*]+([\w\s,\*\[\]]+);', l)
        if m and '(' not in l and '=' not in l and 'return' not in l:
            for n in m.group(1).split(','):
                n = n.strip(' *')
                n = n.split('[')[0]
                if IDENT.fullmatch(n):
                    names.add(n)
    return names

diff = git('diff', f'-U{CTX}')
hunks = []
for f in re.split(r'(?=^diff --git )', diff, flags=re.M):
    if not f.strip():
        continue
    head, *hs = re.split(r'(?=^@@ )', f, flags=re.M)
    path = re.search(r'^--- a/(.*)$', head, re.M).group(1)
    for h in hs:
        m = re.match(r'@@ -(\d+)(?:,(\d+))? ', h)
        start, cnt = int(m.group(1)), int(m.group(2) or 1)
        tgt = None
        if cnt:
            bl = git('blame', '-s', '-l', f'-L{start},{start + cnt - 1}', 'HEAD', '--', path)
            cs = {target_of(l.split()[0].lstrip('^')) for l in bl.splitlines()
                  if l.split()[0].lstrip('^') in subject}
            if cs:
                tgt = max(cs, key=lambda c: pos[c])
        if tgt is None:
            for a in sys.argv:
                if a.startswith('--default=') and path.endswith(a[10:].split('=')[0]):
                    tgt = order[int(a.split('=')[2]) - 1][0]
        # --move=FILE:LINE=N: this hunk goes to patch N (later than its
        # lines' last patch: a name it uses comes with patch N).
        for a in sys.argv:
            if a.startswith('--move='):
                where, n = a[7:].rsplit('=', 1)
                f, line = where.rsplit(':', 1)
                if path.endswith(f) and start == int(line):
                    tgt = order[int(n) - 1][0]
        if tgt is None:
            raise SystemExit(f'{path} hunk at {start}: only base lines, use --default=FILE=N')
        body = h.splitlines()[1:]
        added = [l[1:] for l in body if l.startswith('+')]
        removed = [l[1:] for l in body if l.startswith('-')]
        hunks.append(dict(head=head, text=h, path=path, start=start, tgt=tgt,
                          defs=defined_names(added) - defined_names(removed),
                          uses=set(IDENT.findall('\n'.join(added)))))

groups = collections.defaultdict(list)
for h in hunks:
    groups[h['tgt']].append(h)

def body(text):
    return '\n'.join(text.splitlines()[1:])

for tgt in sorted(groups, key=lambda t: pos[t]):
    print(f'{pos[tgt] + 1:2d} {subject[tgt][:60]}')
    for h in groups[tgt]:
        print(f'     {h["path"]}:{h["start"]}')
    if DRY:
        continue
    # Take the group's hunks from a fresh diff (working tree against the
    # index, which holds the groups committed so far): exact line numbers.
    fresh = {}
    for f in re.split(r'(?=^diff --git )', git('diff', f'-U{CTX}'), flags=re.M):
        if not f.strip():
            continue
        head, *hs = re.split(r'(?=^@@ )', f, flags=re.M)
        path = re.search(r'^--- a/(.*)$', head, re.M).group(1)
        for h in hs:
            fresh.setdefault((path, body(h)), (head, h))
    patch = ''
    for h in groups[tgt]:
        key = (h['path'], body(h['text']))
        if key not in fresh:
            raise SystemExit(f'{h["path"]}:{h["start"]}: hunk changed shape; fold by hand')
        patch += ''.join(fresh[key])
    git('apply', '--cached', '-', inp=patch)
    git('commit', '-q', '-m', 'fixup! ' + subject[tgt])
