#!/bin/sh
# `npm test` on a busy machine: two CPU-bound processes (`yes`), started here and stopped here by
# PID, keep both cores busy while the whole suite runs RUNS times (default 3). Prints each run's
# time and closing line, then how many of the runs were green. Used for the notes of issue 20:
#   sh scripts/test-under-load.sh        or        RUNS=1 sh scripts/test-under-load.sh
set -u
runs=${RUNS:-3}
log_dir=$(mktemp -d)
yes > /dev/null &
load1=$!
yes > /dev/null &
load2=$!
trap 'kill "$load1" "$load2" 2>/dev/null' EXIT INT TERM

green=0
i=1
while [ "$i" -le "$runs" ]; do
  start=$(date +%s)
  if npm test > "$log_dir/run-$i.log" 2>&1; then
    green=$((green + 1))
    result=green
  else
    result=red
  fi
  end=$(date +%s)
  echo "run $i: $result in $((end - start)) s: $(tail -n 1 "$log_dir/run-$i.log")"
  i=$((i + 1))
done
echo "$green of $runs green under load (logs: $log_dir)"
[ "$green" -eq "$runs" ]
