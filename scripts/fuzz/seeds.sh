#!/usr/bin/env bash
# Gathers the seed corpus of every fuzz target into OUT/<target>/ (default .fuzz/seeds): the models under
# models/, the tests' inputs (Tests/**/Golden/inputs, Tests/**/Fixtures), the stdout of the golden `convert`
# outputs, and the small hand-written seeds in Fuzz/Seeds/<target>/. Nothing here is committed.
set -euo pipefail
cd "$(dirname "$0")/../.."
out="${1:-.fuzz/seeds}"
rm -rf "$out"
mkdir -p "$out"/{model-text,model,dot,scenario,csv,kumu,graphml}

# The stdout section of a golden file ("--- stdout" up to "--- stderr").
golden_stdout() { awk '/^--- stdout$/{on=1; next} /^--- stderr$/{on=0} on' "$1"; }

cp models/*.yaml "$out/model-text/"
for f in Tests/*/Golden/inputs/*.yaml Tests/*/Golden/inputs/*.json; do
    [ -e "$f" ] || continue
    case "$f" in *scenario*) cp "$f" "$out/scenario/" ;; *) cp "$f" "$out/model-text/" ;; esac
done
for f in Tests/*/Golden/expected/*convert-yaml*.txt; do
    [ -e "$f" ] && golden_stdout "$f" > "$out/model-text/golden-$(basename "$f" .txt).yaml"
done
cp models/scenarios/*.yaml "$out/scenario/"

for f in Tests/*/Golden/inputs/*.csv Tests/*/Fixtures/*.csv; do
    [ -e "$f" ] || continue
    case "$f" in
        *kumu*) ;;
        *) [ "$(wc -c < "$f")" -le 16384 ] && cp "$f" "$out/csv/$(basename "$(dirname "$f")")-$(basename "$f")" ;;
    esac
done
for elements in Tests/*/Golden/inputs/*kumu*elements*.csv; do
    [ -e "$elements" ] || continue
    connections="${elements/elements/connections}"
    name="$(basename "$elements" .csv)"
    cp "$elements" "$out/kumu/$name.csv"
    # Elements sheet, a record separator (0x1E), the Connections sheet: the kumu target's two-sheet input.
    { cat "$elements"; printf '\036'; cat "$connections"; } > "$out/kumu/$name-with-connections.csv"
done
# The golden `convert` outputs: each format's stdout seeds its reader's target.
for f in Tests/*/Golden/expected/*convert-*.txt; do
    [ -e "$f" ] || continue
    format="${f##*convert-}"
    format="${format%%-*}"
    format="${format%.txt}"
    case "$format" in yaml | json) target=model-text ;; node) target=node-link ;; *) target="$format" ;; esac
    mkdir -p "$out/$target"
    golden_stdout "$f" > "$out/$target/golden-$(basename "$f" .txt)"
done

# The structure-aware targets read their bytes as choices: a few fixed pseudo-random recipes of 256 bytes to
# 4 KiB start them with full-sized models (libFuzzer otherwise starts from tiny inputs).
python3 - "$out" <<'PY'
import random, sys
rng = random.Random(13)
for target in ("model", "dot"):
    for k, size in enumerate((256, 512, 1024, 2048, 4096, 4096)):
        with open(f"{sys.argv[1]}/{target}/recipe-{k}", "wb") as f:
            f.write(bytes(rng.randrange(256) for _ in range(size)))
PY

# Hand-written seeds (Fuzz/Seeds/<target>/), also for targets added later.
for dir in Fuzz/Seeds/*/; do
    target="$(basename "$dir")"
    mkdir -p "$out/$target"
    cp "$dir"* "$out/$target/" 2>/dev/null || true
done
for dir in "$out"/*/; do echo "$(basename "$dir"): $(ls "$dir" | wc -l) seeds"; done
