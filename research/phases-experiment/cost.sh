#!/bin/bash
cd /work/wt/phases
run() { # name, env..., -k
  local name=$1; shift
  rm -f /tmp/phx/count_$name
  local start=$(date +%s.%N)
  env COUNT_FILE=/tmp/phx/count_$name PYTHONPATH=generated:. "$@" > /tmp/phx/out_$name 2>&1
  local rc=$?
  local end=$(date +%s.%N)
  local req=$(awk '{s+=$2} END {print s}' /tmp/phx/count_$name)
  echo "$name rc=$rc wall=$(echo "$end - $start" | bc) requests=$req $(tail -1 /tmp/phx/out_$name)" >> /tmp/phx/cost.txt
}
P="/work/main/.venv/bin/python -m pytest -n 2 -p no:cacheprovider tests/contract/test_schemathesis.py -q"
run examples PHASES=examples $P -k test_operation
run coverage PHASES=coverage $P -k test_operation
run fuzzing PHASES=fuzzing $P -k test_operation
run stateful $P -k TestWorkflows
run full $P
