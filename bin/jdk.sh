# Sourced by bin/start and bin/test: makes JAVA_HOME a JDK 21 or newer, which Helidon 4 needs.
# Keeps JAVA_HOME (or the java on PATH) when it is new enough, else takes the newest JDK in
# /usr/lib/jvm that is, so that machines whose default java is older work unchanged.

java_major() { "$1" -version 2>&1 | sed -nE '1s/.*version "([0-9]+).*/\1/p'; }

pick_jdk() {
    local candidate
    for candidate in "${JAVA_HOME:-}" "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")")" \
            $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
        candidate="${candidate%/}"
        if [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ] && [ "$(java_major "$candidate/bin/java")" -ge 21 ] 2>/dev/null; then
            export JAVA_HOME="$candidate"
            export PATH="$JAVA_HOME/bin:$PATH"
            return 0
        fi
    done
    echo "No JDK 21 or newer found: install one, or set JAVA_HOME to it." >&2
    return 1
}

pick_jdk
command -v mvn >/dev/null || { echo "Maven (mvn) is needed: install it, e.g. apt-get install maven." >&2; exit 1; }
