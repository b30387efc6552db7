#!/bin/sh
# Lints the deployment files with linters from npm (their versions in package-lock.json):
#   dockerfilelint  deploy/docker/Dockerfile (settings in deploy/docker/.dockerfilelintrc)
#   dclint          deploy/compose/*.yml against the compose specification's schema and its rules
#   action-validator .github/workflows/*.yml against the JSON schema of GitHub workflows
# Run from anywhere: sh deploy/lint/run.sh. Any finding fails (warnings too).
set -eu
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$here"
[ -d node_modules ] || npm ci --no-audit --no-fund --silent
bin="$here/node_modules/.bin"

echo "dockerfilelint: deploy/docker/Dockerfile"
(cd "$root/deploy/docker" && "$bin/dockerfilelint" Dockerfile)

echo "dclint: deploy/compose"
# The services are ordered by role (the applications, their stores, the edge, monitoring), not by
# name; the overrides take their project name from compose.yml.
"$bin/dclint" "$root"/deploy/compose/compose*.yml --max-warnings 0 \
  --disable-rule services-alphabetical-order top-level-properties-order require-project-name-field

echo "action-validator: .github/workflows"
for workflow in "$root"/.github/workflows/*.yml; do
  "$bin/action-validator" "$workflow"
  echo "  $(basename "$workflow"): valid"
done
echo "deployment files: no finding"
