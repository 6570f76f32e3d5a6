#!/usr/bin/env bash
# The search page's budgets (docs/decisions/012-search.md): the index's size per 1,000 parks, the
# search page ready in Chromium, and a query's time, at each size; and lunr over the same pages in
# Node, for the choice of engine. Needs Debian's chromium, chromium-driver and nodejs.
#
#   bench/search.sh                      # N = 1,000 and 10,000 parks
#   BENCH_SIZES=1000 BENCH_RUNS=3 bench/search.sh
#
# Settings: BENCH_SIZES (default "1000 10000"), BENCH_RUNS (page loads measured, default 5),
# BENCH_WORK (default target/bench-search). Prints what it measures.
set -euo pipefail

home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${BENCH_WORK:-$home/target/bench-search}"
sizes="${BENCH_SIZES:-1000 10000}"
runs="${BENCH_RUNS:-5}"
pb="$home/parkbench"
mkdir -p "$work"

(cd "$home" && mvn -B -q -pl bench -am package -DskipTests)
"$pb" --version >/dev/null
cp="$home/bench/target/parkbench-bench.jar:$home/bench/target/lib/*"
# lunr as the site shipped it before (the webjar among the benchmark's libraries)
lunr_jar="$(ls "$home"/bench/target/lib/lunr-*.jar | head -n1)"
(cd "$work" && jar xf "$lunr_jar" && cp META-INF/resources/webjars/lunr/*/lunr.min.js lunr.min.js && rm -rf META-INF)

for n in $sizes; do
  course="$work/course-$n"
  site="$work/site-$n"
  rm -rf "$course" "$site"
  "$pb" synth --parks "$n" --seed 1 --out "$course" >/dev/null
  "$pb" build --no-figures --course "$course/course.yml" --out "$site" | head -1
  index="$site/assets/search-index.js"
  bytes="$(stat -c %s "$index")"
  gz="$(gzip -9 -c "$index" | wc -c)"
  echo "== $n parks: assets/search-index.js $bytes bytes ($(( bytes * 1000 / n )) bytes per 1,000 parks; gzip -9: $gz bytes)"
  java -cp "$cp" org.parkbench.bench.SearchProbe "$site" "$runs"
  node "$home/bench/search-lunr.js" "$site" "$work/lunr.min.js" "$home/site/src/main/resources/parkbench/site/assets/search.js"
done
