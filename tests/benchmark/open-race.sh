#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The start-up race (issue 19): Bridges and DB Browser for SQLite open the same file on the same
# X server (Xvfb), in turn, N runs each. Each run is timed from the launch to the moment the
# main window is mapped and to the moment its list shows its first rows (text in the first
# rows' place; DB Browser opens the exchanges table: sqlitebrowser -R -t exchanges FILE), and
# the program's peak memory is read a few seconds later. Then Bridges opens the small database
# it makes from the shipped data, N times: its fixed cost.
#
# Usage: open-race.sh [--runs N] [--settle S] [--keep DIR] BRIDGES_EXE [FILE]
#   FILE      a Bridges database, by default the benchmark's synthetic-benchmark.sqlite in the
#             current folder (bridges_benchmark makes it). It is copied first: opening it may
#             change it (its journal, a migration), and the original is never written.
#   --runs    runs of each program (5)
#   --settle  seconds from each launch to the reading of peak memory (4)
#   --keep    keep a screenshot of each run, at the moment its rows were seen, in DIR
# Needs Xvfb and libx11 (the stopwatch, tests/benchmark/open_race_watch.cpp, is built by CMake
# as bridges_open_race_watch, or here with c++); DB Browser (sqlitebrowser) is raced when
# installed, and ImageMagick's import serves --keep.
set -u
runs=5 settle=4 keep=
while [ $# -gt 0 ]; do
    case $1 in
    --runs) runs=$2; shift 2 ;;
    --settle) settle=$2; shift 2 ;;
    --keep) keep=$2; shift 2 ;;
    -h | --help) sed -n '3,21p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) break ;;
    esac
done
if [ $# -lt 1 ] || [ $# -gt 2 ]; then
    echo "usage: $0 [--runs N] [--settle S] [--keep DIR] BRIDGES_EXE [FILE]" >&2
    exit 2
fi
exe=$(readlink -f "$1")
file=${2:-synthetic-benchmark.sqlite}
here=$(cd "$(dirname "$0")" && pwd)
[ -x "$exe" ] || { echo "open-race: $1 is not a program" >&2; exit 2; }
[ -f "$file" ] || { echo "open-race: $file does not exist (bridges_benchmark makes it)" >&2; exit 2; }

work=$(mktemp -d /tmp/open-race.XXXXXX)
xvfb=
cleanup() {
    [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null && wait "$xvfb" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT

# The stopwatch: beside the program's build (tests/), else built now.
watch=$(dirname "$exe")/../tests/bridges_open_race_watch
if [ ! -x "$watch" ]; then
    watch=$work/watch
    c++ -O2 -o "$watch" "$here/open_race_watch.cpp" -lX11 ||
        { echo "open-race: cannot build the stopwatch (needs c++ and libx11-dev)" >&2; exit 1; }
fi

# An X server of its own, on a free display, 1400×900 (the peer's window and Bridges' fit).
exec 3> "$work/display"
Xvfb -displayfd 3 -screen 0 1400x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
exec 3>&-
for _ in $(seq 50); do [ -s "$work/display" ] && break; sleep 0.1; done
export DISPLAY=:$(head -1 "$work/display")
export LC_ALL=C.UTF-8
unset QT_QPA_PLATFORM

[ -n "$keep" ] && mkdir -p "$keep"
echo "Copying $file ($(du -h "$file" | cut -f1)) ..."
cp "$file" "$work/race.sqlite"
db=$work/race.sqlite
peer=$(command -v sqlitebrowser || true)

# Where each program's first rows appear in its window (x,y,w,h; from the top-left corner), on a
# fresh start (no settings): Bridges' pairings list, the peer's first rows of the table.
bridgesRows=40,150,220,40
peerRows=290,192,170,45

# run NAME TITLE PROBE PROGRAM ARG...: one launch; prints "mapped M rows R rss P".
run() {
    local name=$1 title=$2 probe=$3; shift 3
    local home; home=$(mktemp -d "$work/home.XXXXXX")
    sync
    cat "$db" >/dev/null # the file in the page cache for both: a second opening, not a first
    local line shot=
    [ -n "$keep" ] && shot=$keep/$name-$(($(wc -l <"$work/$name" 2>/dev/null || echo 0) + 1)).ppm
    line=$(OPEN_RACE_SHOT=$shot HOME=$home XDG_RUNTIME_DIR=$home \
        "$watch" "$title" "$probe" "$settle" -- "$@")
    echo "$line" >>"$work/$name"
    rm -rf "$home"
    echo "$line"
}
# median FILE FIELD: the median of a column of numbers ("-" left out).
median() {
    awk -v f="$2" '$f != "-" { print $f }' "$1" | sort -n |
        awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2];
             else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

echo "Machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $(basename "$exe") vs ${peer:-no peer}"
echo "Racing on $file, $runs runs each (seconds from launch; peak memory after $settle s):"
for i in $(seq 1 "$runs"); do
    printf '  Bridges  run %d: %s\n' "$i" "$(run bridges ' – Bridges' "$bridgesRows" "$exe" "$db")"
    if [ -n "$peer" ]; then
        printf '  peer     run %d: %s\n' "$i" \
            "$(run peer 'DB Browser' "$peerRows" "$peer" -R -t exchanges "$db")"
    fi
done

# The fixed cost: the small database made from the shipped data on a first start.
small=$work/shipped.sqlite
HOME=$work XDG_RUNTIME_DIR=$work "$watch" ' – Bridges' "$bridgesRows" 10 -- "$exe" "$small" >/dev/null
echo "Bridges on the shipped data ($(du -ch "$small"* | tail -1 | cut -f1), with its journal), $runs runs:"
db=$small
for i in $(seq 1 "$runs"); do
    printf '  Bridges  run %d: %s\n' "$i" "$(run shipped ' – Bridges' "$bridgesRows" "$exe" "$db")"
done

echo
printf '%-34s %9s %9s %9s\n' "median" "mapped s" "rows s" "peak MiB"
for name in bridges peer shipped; do
    [ -f "$work/$name" ] || continue
    case $name in
    bridges) label="Bridges, $(basename "$file")" ;;
    peer) label="DB Browser, $(basename "$file")" ;;
    shipped) label="Bridges, shipped data" ;;
    esac
    printf '%-34s %9s %9s %9s\n' "$label" "$(median "$work/$name" 2)" "$(median "$work/$name" 4)" \
        "$(median "$work/$name" 6)"
done
if [ -f "$work/peer" ]; then
    awk -v b="$(median "$work/bridges" 4)" -v p="$(median "$work/peer" 4)" 'BEGIN {
        if (b == "-" || p == "-" || p == 0) print "ratio Bridges/peer (rows): -";
        else printf "ratio Bridges/peer (rows shown): %.2f (target <= 0.8)\n", b / p }'
fi
echo "fixed cost (Bridges on the shipped data, rows shown): $(median "$work/shipped" 4) s (target <= 0.35 s)"
