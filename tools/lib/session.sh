# Helpers of the scripted sessions (tools/*-session): curl against $API, check each status and code.
# Source it after setting API (e.g. http://localhost:8081/api/v1/auth). Needs curl and jq.

body=$(mktemp); trap 'rm -f "$body"' EXIT
call() { # method path [json] [bearer-token] [extra header] -> prints status; the body is in $body
  local args=(-s -o "$body" -w '%{http_code}' -X "$1" "$API$2" -H 'Content-Type: application/json')
  [ -n "${3:-}" ] && args+=(-d "$3")
  [ -n "${4:-}" ] && args+=(-H "Authorization: Bearer $4")
  [ -n "${5:-}" ] && args+=(-H "$5")
  curl "${args[@]}"
}
expect() { # label expected-status actual-status
  if [ "$2" = "$3" ]; then printf '  ok   %-58s %s\n' "$1" "$3"
  else printf '  FAIL %-58s expected %s, got %s\n' "$1" "$2" "$3"; jq . "$body" 2>/dev/null || cat "$body"; exit 1; fi
}
field() { jq -r "$1" "$body"; }
expect_field() { # jq-path expected-value
  local actual; actual=$(field "$1")
  [ "$actual" = "$2" ] || { echo "  FAIL expected $1 = $2, got $actual"; jq . "$body" 2>/dev/null || cat "$body"; exit 1; }
}

# The service-client secrets tools/run-backend made up, unless the caller gave AUTH_CLIENT_ID/SECRET itself.
secrets_file="$(dirname "${BASH_SOURCE[0]}")/../../target/run/secrets.env"
if [ -z "${AUTH_CLIENT_SECRET:-}" ] && [ -r "$secrets_file" ]; then
  # shellcheck disable=SC1090
  source "$secrets_file"
  AUTH_CLIENT_ID=gameplay-service AUTH_CLIENT_SECRET=${NECP_SECRET_GAMEPLAY_SERVICE:-}
  OPS_CONSOLE_SECRET=${NECP_SECRET_OPS_CONSOLE:-}
fi
