#!/usr/bin/env bash
# Run a command (the test suite) with a throwaway PostgreSQL cluster: its URL in FACILITATOR_TEST_PG, the cluster
# stopped and removed afterwards whatever happens. Without PostgreSQL (or if it cannot start) the command still runs,
# and its PostgreSQL half skips; this says so first. A FACILITATOR_TEST_PG already set is used as it is.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
if [ -n "${FACILITATOR_TEST_PG:-}" ]; then
    echo "PostgreSQL: the tests also run against FACILITATOR_TEST_PG"
    exec "$@"
fi
dir=$(mktemp -d "${TMPDIR:-/tmp}/facilitator-pg.XXXXXX")
cleanup() { bash "$here/pgcluster.sh" stop "$dir"; }
trap cleanup EXIT
trap 'exit 130' INT TERM
if url=$(bash "$here/pgcluster.sh" start "$dir" 2>"$dir.why"); then
    export FACILITATOR_TEST_PG=$url
    echo "PostgreSQL: the tests also run against a throwaway cluster in $dir"
else
    echo "PostgreSQL half SKIPPED: $(cat "$dir.why" 2>/dev/null || echo 'the cluster did not start') -" \
         "install PostgreSQL (Debian: apt-get install postgresql) to run it"
fi
rm -f "$dir.why"
"$@"
