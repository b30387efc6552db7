#!/bin/bash
# Secrets from files: for each secret variable of config.yml, VARIABLE_FILE (compose and Kubernetes
# secrets are files under /run/secrets) sets VARIABLE to the file's content, so no secret sits in
# the compose file's or the image's environment. Then the JVM replaces this shell.
set -euo pipefail
SECRETS=(DATABASE_PASSWORD REDIS_URL ASSISTANT_KEY_ENCRYPTION_KEY SMTP_PASSWORD TWILIO_AUTH_TOKEN
  ASSISTANT_LLM_API_KEY ASSISTANT_ADMIN_PASSWORD)
for variable in "${SECRETS[@]}"; do
  file_variable="${variable}_FILE"
  path="${!file_variable:-}"
  [ -n "$path" ] || continue
  if [ -n "${!variable:-}" ]; then
    echo "entrypoint: both $variable and $file_variable are set; keep one" >&2
    exit 64
  fi
  if [ ! -r "$path" ]; then
    echo "entrypoint: $file_variable names $path, which cannot be read" >&2
    exit 66
  fi
  export "$variable"="$(< "$path")"
  unset "$file_variable"
done
exec java -jar /app/assistant.jar "$@"
