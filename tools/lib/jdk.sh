# Sourced by the tools: makes JAVA_HOME a JDK 21+ (the one given, else a known install) and silences JDK 24+'s
# sun.misc.Unsafe warnings from Maven and libraries with the flag older JDKs would refuse.
# shellcheck shell=bash

java_major() { "$1/bin/java" -version 2>&1 | sed -nE '1s/.*version "([0-9]+).*/\1/p'; }

use_jdk21_or_newer() {
  local candidate
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 \
                   /usr/lib/jvm/java-25-openjdk-amd64 /usr/lib/jvm/java-21-openjdk-amd64; do
    if [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ "$(java_major "$candidate")" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME=$candidate PATH="$candidate/bin:$PATH"
      JAVA_OPTS_FOR_JDK=()
      if [ "$(java_major "$candidate")" -ge 24 ]; then
        JAVA_OPTS_FOR_JDK=(--sun-misc-unsafe-memory-access=allow)
        export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
      fi
      return 0
    fi
  done
  echo "No JDK 21 or newer found: set JAVA_HOME to one." >&2
  return 1
}

# The JVM flags every service runs with (the same as the Kubernetes manifests' necp-jvm): SERVICE_JVM_FLAGS.
service_jvm_flags() {
  local file
  file="$(dirname "${BASH_SOURCE[0]}")/../deploy/base/jvm.env"
  read -r -a SERVICE_JVM_FLAGS <<< "$(sed -n 's/^JAVA_TOOL_OPTIONS=//p' "$file")"
  [ "${#SERVICE_JVM_FLAGS[@]}" -gt 0 ] || { echo "no JAVA_TOOL_OPTIONS in $file" >&2; return 1; }
}
