#!/usr/bin/env bash
# The search page's budgets (docs/decisions/012-search.md), for each language of the site: the
# index's size per 1,000 parks, the search page ready in Chromium, and a query's time, at each
# size; and lunr over the English pages in Node, for the choice of engine. Needs Debian's chromium,
# chromium-driver and nodejs.
#
#   bench/search.sh                      # N = 1,000 and 10,000 parks
#   BENCH_SIZES=1000 BENCH_RUNS=3 bench/search.sh
#
# The synthetic course (parkbench synth) is built in English and Chinese (its course file's
# `language: en` made `languages: [en, zh]`), so the site has en/ and zh/, each with its own
# assets/search-index.js; SearchProbe opens each language's search page and runs that language's
# queries, plus the name of one synthetic park that has a Chinese name (its English name on en/,
# its Chinese one on zh/). The synthetic cases have no Chinese translation: their zh/ pages show
# the English text under a notice, with the site's own words, the parks' Chinese names and the
# glossary in Chinese (the build warns PB702 for each case and exercise; the warnings go to
# the build log, not the screen).
#
# Settings: BENCH_SIZES (default "1000 10000"), BENCH_RUNS (page loads measured, default 5),
# BENCH_LUNR (0 to leave out the lunr comparison), BENCH_WORK (default target/bench-search).
# Prints what it measures, and the table to BENCH_WORK/results.md.
set -euo pipefail

home="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${BENCH_WORK:-$home/target/bench-search}"
sizes="${BENCH_SIZES:-1000 10000}"
runs="${BENCH_RUNS:-5}"
lunr="${BENCH_LUNR:-1}"
pb="$home/parkbench"
mkdir -p "$work"

(cd "$home" && mvn -B -q -pl bench -am package -DskipTests)
"$pb" --version >/dev/null
cp="$home/bench/target/parkbench-bench.jar:$home/bench/target/lib/*"
if [[ "$lunr" != 0 ]]; then
  # lunr as the site shipped it before (the webjar among the benchmark's libraries)
  lunr_jar="$(ls "$home"/bench/target/lib/lunr-*.jar | head -n1)"
  (cd "$work" && jar xf "$lunr_jar" && cp META-INF/resources/webjars/lunr/*/lunr.min.js lunr.min.js && rm -rf META-INF)
fi

results="$work/results.md"
{
  echo "bench/search.sh, $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$home" rev-parse --short HEAD 2>/dev/null || echo unknown);" \
       "BENCH_SIZES=\"$sizes\" BENCH_RUNS=$runs; $(nproc) processors, load average $(cut -d' ' -f1-3 /proc/loadavg) at the start"
  echo
  echo "| parks | language | pages indexed | terms | \`search-index.js\` | per 1,000 parks | gzip -9 | ready (median, worst, first load) | slowest query (engine / drawn) |"
  echo "|---:|---|---:|---:|---:|---:|---:|---:|---:|"
} >"$results"

for n in $sizes; do
  course="$work/course-$n"
  site="$work/site-$n"
  rm -rf "$course" "$site"
  "$pb" synth --parks "$n" --seed 1 --out "$course" >/dev/null
  # both languages: the synthetic course file names one (`language: en`)
  sed -i 's/^language: en$/languages: [en, zh]/' "$course/course.yml"
  grep -q '^languages: \[en, zh\]$' "$course/course.yml" || { echo "search.sh: $course/course.yml has no 'language: en' line to make bilingual" >&2; exit 1; }
  "$pb" build --no-figures --course "$course/course.yml" --out "$site" 2>"$work/build-$n.log" | head -1
  echo "   ($(grep -c 'warning: \[PB702\]' "$work/build-$n.log" || true) PB702 warnings, no Chinese translation: $work/build-$n.log)"
  # a synthetic park with a Chinese name (parks.csv: id,name_en,name_zh,...)
  IFS=$'\t' read -r name_en name_zh < <(awk -F, 'NR > 1 && $3 != "" { print $2 "\t" $3; exit }' "$course"/cases/synthetic-case-0001/parks.csv)
  for lang in en zh; do
    index="$site/$lang/assets/search-index.js"
    bytes="$(stat -c %s "$index")"
    gz="$(gzip -9 -c "$index" | wc -c)"
    echo "== $n parks, $lang/: assets/search-index.js $bytes bytes ($(( bytes * 1000 / n )) bytes per 1,000 parks; gzip -9: $gz bytes)"
    if [[ "$lang" == en ]]; then park="$name_en"; else park="$name_zh"; fi
    java -cp "$cp" org.parkbench.bench.SearchProbe "$site/$lang" "$runs" "$park" | tee "$work/probe-$n-$lang.txt"
    IFS=$'\t' read -r _ _ docs terms median worst first engine drawn what < <(grep '^summary' "$work/probe-$n-$lang.txt")
    LC_ALL=C awk -v n="$n" -v lang="$lang" -v docs="$docs" -v terms="$terms" -v b="$bytes" -v gz="$gz" -v med="$median" \
        -v worst="$worst" -v first="$first" -v engine="$engine" -v drawn="$drawn" -v what="$what" 'BEGIN {
      printf "| %d | %s/ | %d | %d | %.2f MB | %.2f MB | %.2f MB | %d, %d, %d ms | %s / %s ms (%s) |\n",
        n, lang, docs, terms, b / 1e6, b / 1e6 * 1000 / n, gz / 1e6, med, worst, first, engine, drawn, what }' >>"$results"
  done
  if [[ "$lunr" != 0 ]]; then
    node "$home/bench/search-lunr.js" "$site/en" "$work/lunr.min.js" "$home/site/src/main/resources/parkbench/site/assets/search.js"
  fi
done
{ echo; echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"; } >>"$results"
echo
cat "$results"
