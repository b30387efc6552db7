#!/usr/bin/env bash
# The web app's Lighthouse benchmark (issue 14): Lighthouse 12 (npx, outside the lockfile) on
# Debian's Chromium against a running packaged dev, for the login page (a cold load, storage reset)
# and for the signed-in Today (bench/lighthouse-session.mjs logs in on a Chromium with a debugging
# port; Lighthouse measures on it with --disable-storage-reset, so the refresh cookie and the
# service worker are there: a repeat visit). Default Lighthouse settings: mobile, simulated
# throttling (slow 4G, 4x CPU). Prints performance, accessibility and best practices of each, the
# installability checks Lighthouse 12 no longer has a category for (manifest and service worker, from
# the served files), and the first-load JavaScript: the gzipped sizes of the scripts index.html loads.
# docs/performance.md ("Web app (Lighthouse)") has the figures. Each run registers one account: a
# dev's registration limit per network answers 429 after a dozen runs (start a fresh dev then).
#
# Usage:  bash bench/lighthouse.sh [base] [admin]     (defaults http://localhost:8080 http://localhost:8081)
#   CHROME_PATH=/usr/bin/chromium  PORT=9333 (debugging port)  OUT=/tmp/assistant-lighthouse  RUNS=1
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BASE=${1:-http://localhost:8080}
ADMIN=${2:-http://localhost:8081}
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
PORT=${PORT:-9333}
OUT=${OUT:-/tmp/assistant-lighthouse}
RUNS=${RUNS:-1}
mkdir -p "$OUT"
curl -sf "$BASE/" >/dev/null || { echo "no app at $BASE: start a packaged dev first" >&2; exit 1; }

lighthouse() { npm exec --yes --package=lighthouse@12 -- lighthouse "$@"; }
CATEGORIES=--only-categories=performance,accessibility,best-practices

scores() { # name report.json
  node -e '
    const r = require(process.argv[1]);
    const c = r.categories, a = r.audits;
    const s = (k) => Math.round(c[k].score * 100);
    const ms = (k) => a[k].numericValue === undefined ? "-" : Math.round(a[k].numericValue) + " ms";
    console.log(`${process.argv[2].padEnd(7)} performance ${s("performance")}  accessibility ${s("accessibility")}  best-practices ${s("best-practices")}   FCP ${ms("first-contentful-paint")}  LCP ${ms("largest-contentful-paint")}  TBT ${ms("total-blocking-time")}  CLS ${a["cumulative-layout-shift"].numericValue.toFixed(3)}  (Lighthouse ${r.lighthouseVersion})`);
    const failed = Object.values(r.categories).flatMap((cat) => cat.auditRefs).map((ref) => a[ref.id])
      .filter((audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== "informative" && audit.scoreDisplayMode !== "notApplicable" && audit.scoreDisplayMode !== "manual");
    for (const audit of failed) console.log(`          below 0.9: ${audit.id} (${audit.score}) ${audit.displayValue ?? ""}`);
  ' "$2" "$1"
}

for run in $(seq 1 "$RUNS"); do
  lighthouse "$BASE/login" --quiet $CATEGORIES --output=json --output-path="$OUT/login-$run.json" \
    --chrome-flags="--headless=new --no-sandbox"
  scores login "$OUT/login-$run.json"

  coproc SESSION { node "$ROOT/bench/lighthouse-session.mjs" "$BASE" "$ADMIN" "$PORT"; }
  read -r line <&"${SESSION[0]}"
  [ "$line" = ready ] || { echo "the session helper said: $line" >&2; exit 1; }
  lighthouse "$BASE/today" --quiet $CATEGORIES --output=json --output-path="$OUT/today-$run.json" \
    --port="$PORT" --disable-storage-reset
  exec {SESSION[1]}>&-
  wait "$SESSION_PID" || true
  scores today "$OUT/today-$run.json"
done

# Installability, as Lighthouse 11's PWA category checked it: the manifest's fields and icons, and a
# service worker served as a script that is never cached by HTTP.
node -e '
  const base = process.argv[1];
  (async () => {
    const m = await (await fetch(base + "/manifest.webmanifest")).json();
    const icons = m.icons.map((i) => `${i.sizes} ${i.purpose ?? "any"}`);
    const need = ["name", "short_name", "start_url", "display", "theme_color", "background_color"].filter((k) => !m[k]);
    const sizes = [192, 512].filter((n) => !m.icons.some((i) => i.sizes === `${n}x${n}` && i.type === "image/png"));
    const maskable = m.icons.some((i) => i.purpose === "maskable");
    const sw = await fetch(base + "/sw.js");
    console.log(`install  manifest ${need.length === 0 && sizes.length === 0 ? "complete" : "missing " + need.concat(sizes.map((s) => s + " px PNG"))}; display ${m.display}; start_url ${m.start_url}; icons ${icons.join(", ")}; maskable ${maskable ? "yes" : "no"}`);
    console.log(`install  /sw.js ${sw.status} ${sw.headers.get("content-type")} Cache-Control: ${sw.headers.get("cache-control")}`);
  })();
' "$BASE"

# First-load JavaScript: every script and module preload index.html names, fetched and gzipped (-9).
node -e '
  const { gzipSync } = require("node:zlib");
  const base = process.argv[1];
  (async () => {
    const html = await (await fetch(base + "/")).text();
    const srcs = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g), ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
    let raw = 0, gz = 0;
    for (const src of srcs) {
      const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
      const zipped = gzipSync(body, { level: 9 }).length;
      raw += body.length; gz += zipped;
      console.log(`js       ${src}  ${(body.length / 1024).toFixed(1)} KB, ${(zipped / 1024).toFixed(1)} KB gzipped`);
    }
    console.log(`js       first load: ${srcs.length} script(s), ${(raw / 1024).toFixed(1)} KB, ${(gz / 1024).toFixed(1)} KB gzipped (target < 200 KB)`);
  })();
' "$BASE"
echo "reports: $OUT/*.json"
