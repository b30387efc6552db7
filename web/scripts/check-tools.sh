#!/bin/sh
# Run by Maven before the web app is built: the build uses the machine's Node.js and npm (never a
# downloaded Node), so a machine without them must stop here with a message, not ship a jar without the app.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "[web] Node.js 20.19+ and npm are needed to build the web app packed into the jar, and were not found on the PATH." >&2
  echo "[web] Install them (https://nodejs.org, or NodeSource packages: Debian 12's own nodejs is 18, too old), then run the build again. See docs/web.md." >&2
  exit 1
fi
exec node scripts/check-node-version.mjs
