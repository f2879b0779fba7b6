#!/bin/bash
cd /work/wt/phases
P="/work/main/.venv/bin/python -m pytest -p no:xdist -p no:cacheprovider tests/contract/test_schemathesis.py -q -x -k test_operation"
for m in M3bL M6L; do
  base=${m%L}
  git checkout -q -- tests/mock; git apply /tmp/phx/mut/$m.patch
  for n in 1 3 5 10 15 30 60; do
    rm -rf .hypothesis/examples /tmp/phx/hits_$base
    env PYTHONPATH=generated:. PHASES=fuzzing MAXEX=$n OPS=listContacts $P > /tmp/phx/s2_${m}_$n.out 2>&1; rc=$?
    echo "$m fuzzing max-examples=$n rc=$rc hits=$(cat /tmp/phx/hits_$base 2>/dev/null | wc -l)" >> /tmp/phx/sweep2.txt
  done
  git checkout -q -- tests/mock
done
