# Shared by bench/run.sh and bench/before-after.sh (sourced, not run): timing a command under GNU
# time and the arithmetic the result tables use. Needs $work (where logs go).

say() { printf 'bench: %s\n' "$*" >&2; }

# timed LABEL CMD...: runs CMD under /usr/bin/time -v; sets WALL (s), RSS (MiB), OUT (its stdout)
timed() {
  local label="$1"; shift
  local log="$work/time-$label.log"
  if ! /usr/bin/time -v -o "$log" "$@" >"$work/out-$label.txt" 2>"$work/err-$label.txt"; then
    say "$label failed:"; cat "$work/err-$label.txt" >&2; exit 1
  fi
  WALL="$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; printf "%.2f", s}' "$log")"
  RSS="$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$log")"
  OUT="$(cat "$work/out-$label.txt")"
}

# median of the arguments
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
rate() { awk -v n="$1" -v s="$2" 'BEGIN {printf "%.0f", n / s}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
