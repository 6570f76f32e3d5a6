#!/usr/bin/env bash
# Before and after a change, in the same run: the application built from git revision BEFORE and
# from this checkout build the same synthetic courses without figures, alternately, with Hugo on
# the equivalent pages each time (see bench/README.md).
#
#   bench/before-after.sh BEFORE            # N = 1,000 and 10,000, 5 runs each (about 10 minutes on 2 cores)
#   BENCH_SIZES=1000 BENCH_RUNS=3 bench/before-after.sh HEAD~1
#
# Settings (environment): BENCH_SIZES (default "1000 10000"), BENCH_RUNS (default 5), BENCH_WORK
# (default target/bench-before-after), HUGO (default /usr/bin/hugo). Results: $BENCH_WORK/results.md,
# also printed. Wall time and peak resident memory come from GNU time; loading time is what each
# build prints ("after X s loading and checking the cases").
set -euo pipefail

before_rev="${1:?usage: bench/before-after.sh BEFORE-REVISION}"
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${BENCH_WORK:-$home/target/bench-before-after}"
sizes="${BENCH_SIZES:-1000 10000}"
runs="${BENCH_RUNS:-5}"
hugo="${HUGO:-/usr/bin/hugo}"
benchjar="$home/bench/target/parkbench-bench.jar"

# shellcheck source=bench/timing.sh
source "$home/bench/timing.sh"
# every build into a folder of its own, nothing deleted while measuring (bench/README.md explains why)
if [[ -d "$work" ]]; then
  old="$work.old-$$"; mv "$work" "$old"
  trap 'rm -rf "$old"' EXIT
fi
mkdir -p "$work"

before_sha="$(git -C "$home" rev-parse --short "$before_rev")"
after_sha="$(git -C "$home" rev-parse --short HEAD)"
say "building the application at $before_sha (before) in a copy of the repository"
git -C "$home" worktree add --detach -q "$work/before-checkout" "$before_rev"
trap 'git -C "$home" worktree remove --force "$work/before-checkout" 2>/dev/null || true; rm -rf "${old:-/nonexistent}"' EXIT
(cd "$work/before-checkout" && mvn -B -q -DskipTests package)
say "building the application here ($after_sha, after) and the benchmark jar"
(cd "$home" && mvn -B -q -DskipTests package)
before="$work/before-checkout/parkbench"
after="$home/parkbench"
"$before" --version >/dev/null # each launcher makes its class archive before anything is timed
"$after" --version >/dev/null

# the loading time the last timed build printed
loading() { sed -n 's/.*after \([0-9.]*\) s loading.*/\1/p' <<<"$OUT"; }
change() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%+.1f %%", (b - a) / a * 100}'; }

load_start="$(cut -d' ' -f1-3 /proc/loadavg)"
rows=(); details=()
for n in $sizes; do
  course="$work/course-$n"
  say "N=$n: the synthetic course and its Hugo equivalent"
  "$after" synth --parks "$n" --seed 1 --out "$course" >/dev/null
  java -cp "$benchjar" org.parkbench.bench.HugoSite "$course/course.yml" "$work/hugo-$n" >/dev/null
  bw=(); br=(); bl=(); aw=(); ar=(); al=(); hw=(); hr=()
  for ((r = 1; r <= runs; r++)); do
    say "N=$n, run $r of $runs: before, after, Hugo"
    timed "before-$n-$r" "$before" build --no-figures --course "$course/course.yml" --out "$work/before-$n-$r"
    bw+=("$WALL"); br+=("$RSS"); bl+=("$(loading)")
    timed "after-$n-$r" "$after" build --no-figures --course "$course/course.yml" --out "$work/after-$n-$r"
    aw+=("$WALL"); ar+=("$RSS"); al+=("$(loading)")
    timed "hugo-$n-$r" "$hugo" --quiet -s "$work/hugo-$n" -d "$work/hugo-$n/public-$r"
    hw+=("$WALL"); hr+=("$RSS")
  done
  b="$(median "${bw[@]}")"; a="$(median "${aw[@]}")"; h="$(median "${hw[@]}")"
  rows+=("| $n | $b s | $a s | $(change "$b" "$a") | $(median "${br[@]}") MiB | $(median "${ar[@]}") MiB | $(median "${bl[@]}") s | $(median "${al[@]}") s | $h s | $(ratio "$b" "$h") | $(ratio "$a" "$h") |")
  details+=("- $n parks, each run (before / after / Hugo, seconds): $(for ((k = 0; k < runs; k++)); do printf '%s / %s / %s; ' "${bw[$k]}" "${aw[$k]}" "${hw[$k]}"; done)")
  details+=("  loading before: ${bl[*]} s; after: ${al[*]} s; peak RSS before: ${br[*]} MiB; after: ${ar[*]} MiB")
done
load_end="$(cut -d' ' -f1-3 /proc/loadavg)"

{
  echo "## Before and after: $before_sha → $after_sha, $(date -u +%Y-%m-%d) ($(date -u +%H:%M) UTC)"
  echo
  echo "Machine: $(nproc) processors ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n1)), $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo) RAM;"
  echo "$(java -version 2>&1 | head -n1); $("$hugo" version | cut -d' ' -f1-2). Load average at start $load_start, at end $load_end."
  echo "\`build --no-figures\`, median of $runs runs, before and after alternately with Hugo after each pair."
  echo
  echo "| parks | before | after | change | peak RSS before | peak RSS after | loading before | loading after | Hugo | before ÷ Hugo | after ÷ Hugo |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  printf '%s\n' "${rows[@]}"
  echo
  printf '%s\n' "${details[@]}"
} | tee "$work/results.md"
