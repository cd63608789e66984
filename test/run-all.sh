#!/usr/bin/env bash
# The README's test command: installs/builds if needed (bootstrap.sh is
# idempotent), then runs the lit suite and the unit tests, and ends with the
# line "N passed, N failed" (both counts together).
set -uo pipefail
cd "$(dirname "$0")/.."
./bootstrap.sh || { echo "0 passed, 1 failed"; exit 1; }

lit_py=$(dpkg -L llvm-19-tools | grep '/lit\.py$' | head -n 1)
lit_log=$(mktemp)
python3 "$lit_py" -sv --time-tests test "$@" 2>&1 | tee "$lit_log" | grep -Ev '^(PASS|XFAIL|UNSUPPORTED):' 
lit_pass=$(grep -E '^ *(Passed|Expectedly Failed) *:' "$lit_log" | awk -F: '{s+=$2} END {print s+0}')
lit_fail=$(grep -E '^ *(Failed|Unexpectedly Passed|Unresolved|Timed Out) *:' "$lit_log" | awk -F: '{s+=$2} END {print s+0}')
if ! grep -qE '^ *(Passed|Failed) *:' "$lit_log"; then lit_fail=$((lit_fail + 1)); fi

unit_log=$(mktemp)
./build/bin/kiln-unit-tests 2>&1 | tee "$unit_log" | grep -E '^\[ *(FAILED|PASSED) *\]'
unit_pass=$(grep -E '^\[ *OK *\]' "$unit_log" | wc -l)
unit_fail=$(grep -E '^\[ *FAILED *\] .* ms\)$' "$unit_log" | wc -l)
if ! grep -qE '^\[ *PASSED *\]|^\[ *FAILED *\]' "$unit_log"; then unit_fail=$((unit_fail + 1)); fi
rm -f "$lit_log" "$unit_log"

passed=$((lit_pass + unit_pass))
failed=$((lit_fail + unit_fail))
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
