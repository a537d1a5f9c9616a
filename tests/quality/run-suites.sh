#!/usr/bin/env bash
# Scores a published claimbot on every development suite in ../shared/eval with the shared scorer, in batch mode.
# usage: tests/quality/run-suites.sh [OUT_DIR] [suite ...]     (OUT_DIR: a `dotnet publish` folder; default out/)
# Suites: seeds dev-corpus xquad-en-en xquad-de-de xquad-en-de norquad squad-sv rte-dev climate-fever swenli
# CLI="python3 tests/quality/overlap_baseline.py" scores the word-overlap baseline instead.
# STORE_DIR=DIR keeps the suites' stores there (default: /tmp/claimbot-eval/<hash of the CLI command>); a store is
#   re-extracted when its sources or SourceHash.ExtractionVersion change, so a fresh one is safest while editing the engine.
# SPLITS=DIR scores only the held-out half of each suite: the eval files that
#   `dotnet run -c Release --project tests/ClaimBot.Training -- learn --splits DIR` writes.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=${1:-out}; shift || true
eval_dir=../shared/eval
suites=("$@")
[ ${#suites[@]} -eq 0 ] && suites=(seeds dev-corpus xquad-en-en xquad-de-de xquad-en-de norquad squad-sv rte-dev climate-fever swenli)
cli=${CLI:-"dotnet $out/claimbot.dll"}
store_dir=${STORE_DIR:-/tmp/claimbot-eval/$(echo "$cli" | md5sum | cut -c1-8)}
mkdir -p "$store_dir"
for s in "${suites[@]}"; do
    case $s in
        seeds) file=$eval_dir/dev-set.json; src=seeds ;;
        dev-corpus) file=$eval_dir/dev-corpus-eval.json; src=$eval_dir/dev-corpus ;;
        *) file=$eval_dir/public/$s/eval.json; src=$eval_dir/public/$s/sources ;;
    esac
    [ -n "${SPLITS:-}" ] && file=$SPLITS/$s.json
    echo "== $s"
    python3 $eval_dir/run_eval.py "$file" --cli "$cli" --sources "$src" --store "$store_dir/$s.db" --batch ${EVAL_ARGS:---breakdown} | tail -${TAIL:-12}
done
