#!/usr/bin/env bash
# The Parkbench benchmark (see bench/README.md): synthetic courses of N parks, built by Parkbench
# with and without figures and, as equivalent Markdown, by Hugo, in the same run; the preview's
# update latency; JMH for pages and figures; and the shipped course's full build.
#
#   bench/run.sh                       # N = 100, 1,000 and 10,000 (about 15 minutes on 2 cores)
#   BENCH_SIZES="100 1000" bench/run.sh
#
# Settings (environment): BENCH_SIZES, BENCH_FULL_SIZES (full builds; default: BENCH_SIZES),
# BENCH_SERVE_SIZES (default "1000 10000", each must be in BENCH_SIZES), BENCH_RUNS (runs of each
# timing, the median is reported; default 1), BENCH_JMH=no to skip JMH, BENCH_WORK (default
# target/bench). Results: $BENCH_WORK/results.md, also printed.
set -euo pipefail

home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${BENCH_WORK:-$home/target/bench}"
sizes="${BENCH_SIZES:-100 1000 10000}"
full_sizes="${BENCH_FULL_SIZES:-$sizes}"
serve_sizes="${BENCH_SERVE_SIZES:-1000 10000}"
runs="${BENCH_RUNS:-1}"
jmh="${BENCH_JMH:-yes}"
pb="$home/parkbench"
benchjar="$home/bench/target/parkbench-bench.jar"
hugo="${HUGO:-/usr/bin/hugo}"

# shellcheck source=bench/timing.sh
source "$home/bench/timing.sh"
# Every build writes into a folder of its own, and nothing is deleted until the measurements are
# over: on ext4 without a journal (this machine's disk), creating files soon after deleting many
# makes the file system skip each recently freed inode, and a build right after `rm -rf` of a large
# site would pay for that deletion. An earlier run's folder is moved aside and deleted at the end.
if [[ -d "$work" ]]; then
  old="$work.old-$$"; mv "$work" "$old"
  trap 'rm -rf "$old"' EXIT
fi
mkdir -p "$work"

say "building the application and the benchmark jar"
(cd "$home" && mvn -B -q -pl bench -am package -DskipTests)
"$pb" --version >/dev/null # after Maven, so that the launcher's class archive matches the jar the runs use

# median of $runs runs of a timed command; "{run}" in its arguments becomes the run's number: sets WALL and RSS
measure() {
  local label="$1"; shift
  local walls=() rsss=()
  for ((r = 1; r <= runs; r++)); do
    timed "$label" "${@//\{run\}/$r}"
    walls+=("$WALL"); rsss+=("$RSS")
  done
  WALL="$(median "${walls[@]}")"; RSS="$(median "${rsss[@]}")"
}

count_html() { find "$1" -name '*.html' | wc -l; }

load_start="$(cut -d' ' -f1-3 /proc/loadavg)"
declare -A nofig_wall nofig_rss nofig_pages hugo_wall hugo_rss hugo_pages full_wall full_rss full_figs rebuild_wall serve_line
declare -A nofig_runs hugo_runs ratio_runs

for n in $sizes; do
  course="$work/course-$n"
  say "N=$n: writing the synthetic course and its Hugo equivalent"
  "$pb" synth --parks "$n" --seed 1 --out "$course" >/dev/null
  rm -rf "$work/hugo-$n"
  java -cp "$benchjar" org.parkbench.bench.HugoSite "$course/course.yml" "$work/hugo-$n" >/dev/null

  say "N=$n: build --no-figures and Hugo, alternately"
  for ((r = 1; r <= runs; r++)); do
    timed "nofig-$n" "$pb" build --course "$course/course.yml" --out "$work/site-$n-$r" --no-figures
    pw+=("$WALL"); pr+=("$RSS")
    timed "hugo-$n" "$hugo" --quiet -s "$work/hugo-$n" -d "$work/hugo-$n/public-$r"
    hw+=("$WALL"); hr+=("$RSS")
  done
  nofig_wall[$n]="$(median "${pw[@]}")"; nofig_rss[$n]="$(median "${pr[@]}")"
  hugo_wall[$n]="$(median "${hw[@]}")"; hugo_rss[$n]="$(median "${hr[@]}")"
  nofig_runs[$n]="${pw[*]}"; hugo_runs[$n]="${hw[*]}"
  ratio_runs[$n]="$(for ((k = 0; k < runs; k++)); do ratio "${pw[$k]}" "${hw[$k]}"; echo; done | tr '\n' ' ')"
  unset pw pr hw hr
  nofig_pages[$n]="$(count_html "$work/site-$n-1")"
  hugo_pages[$n]="$(count_html "$work/hugo-$n/public-1")"
done

for n in $full_sizes; do
  course="$work/course-$n"
  say "N=$n: full build (every figure drawn), then a rebuild (figures unchanged)"
  measure "full-$n" "$pb" build --course "$course/course.yml" --out "$work/full-$n-{run}"
  full_wall[$n]="$WALL"; full_rss[$n]="$RSS"
  full_figs[$n]="$(sed -n 's/^Built [0-9]* pages and \([0-9]*\) figures.*/\1/p' <<<"$OUT")"
  measure "rebuild-$n" "$pb" build --course "$course/course.yml" --out "$work/full-$n-1"
  rebuild_wall[$n]="$WALL"
done

for n in $serve_sizes; do
  course="$work/course-$n"
  [[ -d "$course" ]] || continue
  say "N=$n: preview latency after changing one case's observations.csv"
  preview="$work/full-$n-1"; [[ -d "$preview" ]] || preview="$work/preview-$n"
  "$pb" serve --course "$course/course.yml" --out "$preview" --port 0 >"$work/serve-$n.log" 2>&1 &
  serve_pid=$!
  url=""
  for _ in $(seq 1 1200); do
    url="$(sed -n 's/.*serving \(http:[^ ]*\) .*/\1/p' "$work/serve-$n.log" | head -n1)"
    [[ -n "$url" ]] && break
    kill -0 "$serve_pid" 2>/dev/null || { cat "$work/serve-$n.log" >&2; exit 1; }
    sleep 0.5
  done
  case_dir="$course/cases/synthetic-case-0002"; [[ -d "$case_dir" ]] || case_dir="$course/cases/synthetic-case-0001"
  park="$(sed -n '2p' "$case_dir/parks.csv" | cut -d, -f1)"
  java -cp "$benchjar" org.parkbench.bench.ServeProbe "$url" "$case_dir" "$park" 5 >"$work/probe-$n.txt"
  kill "$serve_pid"; wait "$serve_pid" 2>/dev/null || true
  serve_line[$n]="$(tail -n1 "$work/probe-$n.txt")"
done

say "the shipped course: full build (instructor profile, every figure, exercises, search index), JVM start included"
measure "shipped" "$pb" build --profile instructor --out "$work/shipped-{run}"
shipped_wall="$WALL"; shipped_rss="$RSS"; shipped_out="$(head -n1 <<<"$OUT" | sed "s/ into .* in / in /")"

svg="–"; png="–"; parkpage="–"; casepage="–"
if [[ "$jmh" == yes ]]; then
  say "JMH: pages and figures (single thread)"
  java -jar "$benchjar" 'PageBenchmark.parkPage|PageBenchmark.casePage|FigureBenchmark' -wi 2 -w 2s -i 3 -r 3s -f 1 \
    -rf csv -rff "$work/jmh.csv" >"$work/jmh.txt" 2>&1
  score() { awk -F',' -v b="$1" '$1 ~ b {gsub(/"/, "", $5); printf "%.0f", $5}' "$work/jmh.csv"; }
  svg="$(score 'FigureBenchmark.svg')"; png="$(score 'FigureBenchmark.png')"
  parkpage="$(score 'PageBenchmark.parkPage')"; casepage="$(score 'PageBenchmark.casePage')"
fi

biggest_n="$(printf '%s\n' $sizes | sort -n | tail -n1)"
site_max="$work/site-$biggest_n-1"
css=$(stat -c %s "$site_max/assets/site.css"); js=$(stat -c %s "$site_max/assets/site.js")
heaviest="$(find "$site_max" -name '*.html' ! -name search.html -printf '%s %P\n' | sort -n | tail -n1)"
heaviest_kb="$(awk -v s="${heaviest%% *}" -v c="$css" -v j="$js" 'BEGIN {printf "%.0f", (s + c + j) / 1024}')"
index_kb="$(awk -v s="$(stat -c %s "$site_max/assets/search-index.js")" 'BEGIN {printf "%.0f", s / 1024}')"
search_kb="$(awk -v a="$(stat -c %s "$site_max/search.html")" -v c="$css" -v j="$js" \
  -v l="$(stat -c %s "$site_max/assets/lunr.min.js")" -v s="$(stat -c %s "$site_max/assets/search.js")" 'BEGIN {printf "%.0f", (a + c + j + l + s) / 1024}')"
load_end="$(cut -d' ' -f1-3 /proc/loadavg)"

{
  echo "## Results of $(date -u +%Y-%m-%d) ($(date -u +%H:%M) UTC)"
  echo
  echo "Machine: $(nproc) processors ($(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n1)), $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo) RAM;"
  echo "$(java -version 2>&1 | head -n1); $("$hugo" version | cut -d' ' -f1-2). Load average at start $load_start, at end $load_end."
  echo "Median of $runs run(s) per figure. Every build writes into a new folder; nothing is deleted while the run measures."
  echo
  echo "| parks | Parkbench pages | \`build --no-figures\` | pages/s | peak RSS | Hugo pages | Hugo | pages/s | peak RSS | Parkbench ÷ Hugo |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  for n in $sizes; do
    echo "| $n | ${nofig_pages[$n]} | ${nofig_wall[$n]} s | $(rate "${nofig_pages[$n]}" "${nofig_wall[$n]}") | ${nofig_rss[$n]} MiB | ${hugo_pages[$n]} | ${hugo_wall[$n]} s | $(rate "${hugo_pages[$n]}" "${hugo_wall[$n]}") | ${hugo_rss[$n]} MiB | $(ratio "${nofig_wall[$n]}" "${hugo_wall[$n]}") |"
  done
  echo
  for n in $sizes; do
    echo "- $n parks, each run (Parkbench, Hugo, ratio in turn): ${nofig_runs[$n]} s; ${hugo_runs[$n]} s; ${ratio_runs[$n]}"
  done
  echo
  echo "| parks | full build (every figure drawn) | figures | figures/s | peak RSS | rebuild, figures unchanged |"
  echo "|---:|---:|---:|---:|---:|---:|"
  for n in $full_sizes; do
    echo "| $n | ${full_wall[$n]} s | ${full_figs[$n]} | $(rate "${full_figs[$n]}" "${full_wall[$n]}") | ${full_rss[$n]} MiB | ${rebuild_wall[$n]} s |"
  done
  echo
  for n in $serve_sizes; do
    [[ -n "${serve_line[$n]:-}" ]] && echo "- Preview at $n parks, one case's \`observations.csv\` changed (5 runs): ${serve_line[$n]}."
  done
  echo "- The shipped course, full build (instructor profile, every figure, exercises, search index), JVM start included: ${shipped_wall} s, peak RSS ${shipped_rss} MiB (\`$shipped_out\`)."
  echo "- JMH, one thread: park page ${parkpage} pages/s, case page of 100 parks ${casepage} pages/s; figures ${svg} SVG/s, ${png} PNG/s."
  echo "- Page weight at $biggest_n parks: heaviest page with its CSS and script ${heaviest_kb} KB (\`${heaviest#* }\`); the search page with lunr ${search_kb} KB, plus its index \`assets/search-index.js\` ${index_kb} KB, loaded on demand."
} | tee "$work/results.md"
