#!/bin/bash
C=listContacts,createContact,bulkCreateContacts,searchContacts,getContact,updateContact,deleteContact,restoreContact
cd /work/wt/phases
git checkout -q -- tests/mock; git apply /tmp/phx/mut/M3bL.patch
rm -rf .hypothesis/examples /tmp/phx/hits_M3b
s=$(date +%s.%N)
env PYTHONPATH=generated:. SOPS=$C timeout 420 /work/main/.venv/bin/python -m pytest -p no:xdist -p no:cacheprovider tests/contract/test_schemathesis.py -q -x --hypothesis-seed=20241022 -k TestWorkflows > /tmp/phx/sh_M3bL_stateful.out 2>&1; rc=$?
echo "M3bL stateful WITH shrinking rc=$rc t=$(echo "$(date +%s.%N) - $s" | bc | cut -c1-6) hits=$(cat /tmp/phx/hits_M3b 2>/dev/null | wc -l)" >> /tmp/phx/shrink.txt
git checkout -q -- tests/mock
