#!/usr/bin/env bash
# The PDF benchmark (see bench/README.md, "PDF handouts and course book"): `parkbench pdf` for the
# shipped course timed by the wall clock (JVM start included, English and Chinese, student and
# instructor profiles), on both cores and on one, and one case's handout after the first (JMH,
# HandoutBenchmark).
#
#   bench/pdf.sh                                   # 3 runs of each timing; JMH on the largest case
#   BENCH_RUNS=1 BENCH_PDF_CASES=suez-teda,suzhou bench/pdf.sh
#
# Settings (environment): BENCH_RUNS (runs of each timing, the median is reported; default 3),
# BENCH_PDF_CASES (cases for JMH, comma-separated; default suez-teda, the largest handout; "all"
# for every shipped case), BENCH_JMH=no to skip JMH, BENCH_WORK (default target/bench-pdf).
# Results: $BENCH_WORK/results.md, also printed.
set -euo pipefail

home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${BENCH_WORK:-$home/target/bench-pdf}"
runs="${BENCH_RUNS:-3}"
cases="${BENCH_PDF_CASES:-suez-teda}"
jmh="${BENCH_JMH:-yes}"
pb="$home/parkbench"
benchjar="$home/bench/target/parkbench-bench.jar"

# shellcheck source=bench/timing.sh
source "$home/bench/timing.sh"
# as in run.sh: every run writes a folder of its own and nothing is deleted while the run measures
if [[ -d "$work" ]]; then
  old="$work.old-$$"; mv "$work" "$old"
  trap 'rm -rf "$old"' EXIT
fi
mkdir -p "$work"

say "building the application and the benchmark jar"
(cd "$home" && mvn -B -q -pl bench -am package -DskipTests)
"$pb" --version >/dev/null # after Maven, so that the launcher's class archive matches the jar the runs use

load_start="$(cut -d' ' -f1-3 /proc/loadavg)"
declare -A wall rss each inner files book cpu share
# `pdf` on every core the machine has, and on one: taskset pins the JVM to core 0 and
# ActiveProcessorCount makes it size its render threads (and collector) for one core
for profile in student instructor; do
  for cores in all 1; do
    walls=(); rsss=(); inners=(); cpus=(); shares=()
    for ((r = 1; r <= runs; r++)); do
      out="$work/pdf-$profile-$cores-$r"
      if [[ "$cores" == all ]]; then
        timed "pdf-$profile-$cores-$r" "$pb" pdf --profile "$profile" --out "$out"
      else
        timed "pdf-$profile-$cores-$r" env PARKBENCH_JAVA_OPTS=-XX:ActiveProcessorCount=1 taskset -c 0 \
          "$pb" pdf --profile "$profile" --out "$out"
      fi
      walls+=("$WALL"); rsss+=("$RSS")
      # the processor time it used (user + system) and its share of one processor: on a machine
      # shared with other work the wall clock stretches, and the share shows by how much
      cpus+=("$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.1f", s}' "$work/time-pdf-$profile-$cores-$r.log")")
      shares+=("$(awk -F': ' '/Percent of CPU/ {print $2}' "$work/time-pdf-$profile-$cores-$r.log")")
      # the command's own account, JVM start excluded: "Wrote N PDF handout(s) ... in X s."
      inners+=("$(sed -n 's/.* in \([0-9.]*\) s\.$/\1/p' <<<"$OUT" | head -n1)")
    done
    key="$profile-$cores"
    wall[$key]="$(median "${walls[@]}")"; rss[$key]="$(median "${rsss[@]}")"; inner[$key]="$(median "${inners[@]}")"
    each[$key]="${walls[*]}"; cpu[$key]="$(median "${cpus[@]}")"; share[$key]="${shares[*]}"
    files[$key]="$(find "$work/pdf-$profile-$cores-1" -name '*.pdf' | wc -l)"
    book[$key]="$(find "$work/pdf-$profile-$cores-1" -name 'course-book*.pdf' -printf '%P ' )"
  done
done

handout_rows=()
if [[ "$jmh" == yes ]]; then
  say "JMH: one case's handout after the first ($cases)"
  params=()
  [[ "$cases" == all ]] || params=(-p "caseId=$cases")
  java -jar "$benchjar" HandoutBenchmark "${params[@]}" -rf csv -rff "$work/jmh.csv" >"$work/jmh.txt" 2>&1
  # "Benchmark","Mode","Threads","Samples","Score","Score Error (99.9%)","Unit","Param: caseId","Param: lang","Param: profile"
  while IFS= read -r row; do handout_rows+=("$row"); done < <(awk -F',' 'NR > 1 {
      gsub(/"/, ""); printf "| %s | %s | %s | %.0f ms | ± %.0f ms |\n", $8, $9, $10, $5, $6 }' "$work/jmh.csv")
fi
load_end="$(cut -d' ' -f1-3 /proc/loadavg)"

{
  echo "## PDF results of $(date -u +%Y-%m-%d) ($(date -u +%H:%M) UTC), commit $(git -C "$home" rev-parse --short HEAD)"
  echo
  echo "Machine: $(nproc) processors ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n1)), $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo) RAM;"
  echo "$(java -version 2>&1 | head -n1). Load average at start $load_start, at end $load_end. Median of $runs run(s)."
  echo
  echo "\`parkbench pdf\`, the shipped course in English and Chinese, JVM start included:"
  echo
  echo "| profile | cores | PDFs | wall clock | of which \`pdf\`'s own time | processor time | peak RSS | each run | processor share, each run | course book |"
  echo "|---|---:|---:|---:|---:|---:|---:|---|---|---|"
  for profile in student instructor; do
    for cores in all 1; do
      key="$profile-$cores"
      label="$cores"; [[ "$cores" == all ]] && label="$(nproc)"
      echo "| $profile | $label | ${files[$key]} | ${wall[$key]} s | ${inner[$key]} s | ${cpu[$key]} s | ${rss[$key]} MiB | ${each[$key]} s | ${share[$key]} | ${book[$key]:-not written} |"
    done
  done
  echo
  for profile in student instructor; do
    echo "- $profile: one core ÷ $(nproc) cores = $(ratio "${wall[$profile-1]}" "${wall[$profile-all]}") (wall clock)."
  done
  if ((${#handout_rows[@]})); then
    echo
    echo "One case's handout after the first (JMH HandoutBenchmark, single shot, 5 warm-up and 10 measured handouts each):"
    echo
    echo "| case | language | profile | mean | error (99.9 %) |"
    echo "|---|---|---|---:|---:|"
    printf '%s\n' "${handout_rows[@]}"
  fi
} | tee "$work/results.md"
