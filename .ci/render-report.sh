#!/usr/bin/env bash
# Renders the demo report in headless Chromium, as a person would open it, and checks what shows:
# the screenshot is not blank, the page has every section of each of the three programmes (two
# seeds and the illustrative one), and the illustrative programme's indicator charts and equity
# breakdowns show, with a suppressed small cell. Needs cli/target/kansen.jar
# (./mvnw -B verify builds it). Prints "report-render: N passed, M failed"; exits 1 on a failure.
set -uo pipefail
cd "$(dirname "$0")/.."

passed=0
failed=0
check() { # check NAME COMMAND...
  local name="$1"; shift
  if "$@"; then
    echo "ok   $name"; passed=$((passed + 1))
  else
    echo "FAIL $name"; failed=$((failed + 1))
  fi
}
finish() {
  echo "report-render: $passed passed, $failed failed"
  [[ $failed -eq 0 ]]
  exit $?
}

jar=cli/target/kansen.jar
if [[ ! -f $jar ]]; then
  echo "render-report: $jar is missing; build it with ./mvnw -B -pl cli -am package -DskipTests" >&2
  failed=1; finish
fi

browser=$(command -v chromium || command -v chromium-browser || true)
if [[ -z $browser ]]; then
  echo "render-report: installing Debian's chromium"
  if ! (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null); then
    echo "render-report: chromium could not be installed (apt-get needs root)" >&2
    failed=1; finish
  fi
  browser=$(command -v chromium)
fi

out=target/demo
rm -rf "$out"
check "kansen demo writes the demo" java -jar "$jar" --lang en demo --out "$out"
html="$(pwd)/$out/report.html"
check "report.html exists" test -s "$html"

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
  --disable-component-update --disable-sync --user-data-dir="$profile" --window-size=1280,4000)

# The screenshot is tall enough for all three programmes, so the illustrative programme's indicator
# charts and equity breakdowns at the bottom are in it too.
"$browser" "${flags[@]}" --window-size=1280,18000 --screenshot="$(pwd)/$out/report.png" "file://$html" \
  >"$out/chromium-screenshot.log" 2>&1
check "Chromium rendered report.png" test -s "$out/report.png"
check "report.png is not blank" java -Djava.awt.headless=true cli/scripts/CheckPng.java "$out/report.png"

"$browser" "${flags[@]}" --dump-dom "file://$html" >"$out/report.dom.html" 2>"$out/chromium-dom.log"
check "Chromium dumped the DOM" test -s "$out/report.dom.html"
programmes=$(ls "$out"/*.json | wc -l)
check "DOM has one article for each of the $programmes programmes the demo wrote" \
  bash -c "[[ \$(grep -o '<article class=\"programme\" id=\"p[0-9]*\"' '$out/report.dom.html' | sort -u | wc -l) -eq $programmes ]]"
for section in partners interventions funding indicators equity findings; do
  check "DOM has the $section section of each of the $programmes programmes" \
    bash -c "[[ \$(grep -o 'id=\"p[0-9]*-$section\"' '$out/report.dom.html' | sort -u | wc -l) -eq $programmes ]]"
done
check "DOM has inline SVG charts with text alternatives" \
  bash -c "[[ \$(grep -o '<svg[^>]*role=\"img\"' '$out/report.dom.html' | wc -l) -ge 6 ]]"
check "DOM has at least 4 indicator charts (the illustrative programmes)" \
  bash -c "[[ \$(grep -o '<svg class=\"chart indicator\"' '$out/report.dom.html' | wc -l) -ge 4 ]]"
check "DOM has at least 3 equity charts" \
  bash -c "[[ \$(grep -o '<svg class=\"chart equity-chart\"' '$out/report.dom.html' | wc -l) -ge 3 ]]"
check "DOM has an equity table with a suppressed cell" \
  bash -c "sed -n '/id=\"p3-equity\"/,/<\/section>/p' '$out/report.dom.html' | grep -q '<td class=\"num\"><span class=\"suppressed\">suppressed</span>'"
check "DOM labels the illustrative programme as such" \
  bash -c "grep -q 'Illustratief voorbeeld' '$out/report.dom.html'"
check "DOM loads nothing from the network" \
  bash -c "! grep -Eiq '(src|href)=\"https?:' '$out/report.dom.html'"
check "no script ran or was injected" bash -c "! grep -qi '<script' '$out/report.dom.html'"
finish
