#!/usr/bin/env bash
# What the regeneration target (build/Millis.Codegen.targets) costs a no-op build: times `dotnet build Millis.Generated.sln`
# with nothing changed, with the target in place and with -p:MillisSkipCodegen=true, after one warm-up build of each.
# Runs alternate between the two so that background load hits both alike. RUNS=N changes the count (default 5).
# Prints markdown tables and, last, a line "RESULT with=<median s> without=<median s> diff=<s> codegen_target_ms=<ms>".
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
runs=${RUNS:-5}
build() { dotnet build Millis.Generated.sln --nologo -v q "$@" >/dev/null; }

echo "warm-up builds..." >&2
build
build -p:MillisSkipCodegen=true

with=(); without=()
for i in $(seq "$runs"); do
  s=$(date +%s%N); build; e=$(date +%s%N); with+=("$(( (e - s) / 1000000 ))")
  s=$(date +%s%N); build -p:MillisSkipCodegen=true; e=$(date +%s%N); without+=("$(( (e - s) / 1000000 ))")
  echo "run $i: with regeneration ${with[-1]} ms, without ${without[-1]} ms" >&2
done

# stats <ms...>: "median mean" in seconds
stats() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1; sum += $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.3f %.3f", m / 1000, sum / NR / 1000 }'; }
read -r with_median with_mean <<<"$(stats "${with[@]}")"
read -r without_median without_mean <<<"$(stats "${without[@]}")"
diff=$(awk -v a="$with_median" -v b="$without_median" 'BEGIN { printf "%.3f", a - b }')

echo "| No-op \`dotnet build Millis.Generated.sln\` ($runs runs each) | Median (s) | Mean (s) | Runs (ms) |"
echo "|---|---:|---:|---|"
echo "| with the regeneration target | $with_median | $with_mean | ${with[*]} |"
echo "| with \`-p:MillisSkipCodegen=true\` | $without_median | $without_mean | ${without[*]} |"
echo "| difference (median) | $diff | | |"

# Where the codegen target's time goes in a no-op build, from MSBuild's own accounting (unaffected by other load on
# the machine between runs): the evaluation of build/Millis.Codegen.proj and the targets it runs.
perf=$(dotnet build Millis.Generated.sln --nologo -v q -clp:PerformanceSummary)
echo
echo "MSBuild's performance summary of one more no-op build with the target (ms; inclusive target times):"
echo
echo "| Item | ms | calls |"
echo "|---|---:|---:|"
echo "$perf" | awk '
  /Summary:$/ { section = $0; next }
  section ~ /^Project Evaluation/ && /Millis\.Codegen\.proj / { printf "| evaluation of build/Millis.Codegen.proj | %s | %s |\n", $1, $(NF - 1) }
  section ~ /^Project Performance/ && /Millis\.Codegen\.proj / { printf "| build/Millis.Codegen.proj, all its targets | %s | %s |\n", $1, $(NF - 1) }
  section ~ /^Target Performance/ && $3 ~ /^(MillisGenerateClient|Generate|RestoreCodegenTools)$/ { printf "| target %s | %s | %s |\n", $3, $1, $(NF - 1) }'
codegen_ms=$(echo "$perf" | awk '/^ +[0-9]+ ms +MillisGenerateClient / { print $1; exit }')
echo "RESULT with=$with_median without=$without_median diff=$diff codegen_target_ms=${codegen_ms:-?}"
