#!/bin/bash
# usage: mut2.sh NAME OPS SOPS ; fresh hypothesis database before every run
cd /work/wt/phases
name=$1; ops=$2; sops=$3; base=${name%L}
git checkout -q -- tests/mock
[[ "$name" != base* ]] && git apply /tmp/phx/mut/$name.patch
P="/work/main/.venv/bin/python -m pytest -p no:xdist -p no:cacheprovider tests/contract/test_schemathesis.py -q -x"
for ph in examples coverage fuzzing stateful; do
  rm -rf .hypothesis/examples /tmp/phx/hits_$base
  s=$(date +%s.%N)
  if [ $ph = stateful ]; then
    env PYTHONPATH=generated:. NOSHRINK=1 SOPS=$sops $P --hypothesis-seed=20241022 -k TestWorkflows > /tmp/phx/n_${name}_$ph.out 2>&1; rc=$?
  else
    env PYTHONPATH=generated:. PHASES=$ph OPS=$ops $P -k test_operation > /tmp/phx/n_${name}_$ph.out 2>&1; rc=$?
  fi
  echo "$name $ph rc=$rc t=$(echo "$(date +%s.%N) - $s" | bc | cut -c1-6) hits=$(cat /tmp/phx/hits_$base 2>/dev/null | wc -l)" >> /tmp/phx/mut2.txt
done
git checkout -q -- tests/mock
