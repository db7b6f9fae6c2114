#!/bin/sh
# The image's entry point: which part of the hub this container runs, from the built dist/.
#   gateway                 the gateway
#   subgraph <name>         one subgraph (agencies, petitions, procedures, reporting)
#   hub                     all of them in one container on embedded databases (trying the image out)
#   seed|schema|token …     the npm scripts of the same name
#   anything else           run as given (sh, node …)
# <VARIABLE>_FILE names a file holding PAKN_INTERNAL_SECRET, PGPASSWORD or SCHEMA_PUBLISH_KEY (Docker secrets).
set -eu
cd "$(dirname "$0")/.."

for variable in PAKN_INTERNAL_SECRET PGPASSWORD SCHEMA_PUBLISH_KEY; do
  eval "file=\${${variable}_FILE:-}"
  if [ -n "$file" ]; then
    value=$(cat "$file")
    export "$variable=$value"
  fi
done

case "${1:-}" in
  gateway)
    shift
    exec node dist/gateway/main.js "$@"
    ;;
  subgraph)
    name=${2:-}
    case "$name" in
      '' | *[!a-z0-9-]*) echo "usage: subgraph <name>" >&2; exit 64 ;;
    esac
    if [ ! -f "dist/subgraphs/$name/main.js" ]; then
      echo "no subgraph named $name in this image" >&2
      exit 64
    fi
    # Other containers reach it: a subgraph listens on 127.0.0.1 unless <NAME>_HOST says otherwise.
    prefix=$(printf '%s' "$name" | tr 'a-z-' 'A-Z_')
    eval "export ${prefix}_HOST=\"\${${prefix}_HOST:-0.0.0.0}\""
    exec node "dist/subgraphs/$name/main.js"
    ;;
  hub)
    exec node dist/scripts/start.js
    ;;
  seed | schema | token)
    script=$1
    shift
    exec node "dist/scripts/$script.js" "$@"
    ;;
  '')
    echo "usage: gateway | subgraph <name> | hub | seed | schema | token" >&2
    exit 64
    ;;
  *)
    exec "$@"
    ;;
esac
