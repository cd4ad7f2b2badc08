#!/usr/bin/env bash
# Class Data Sharing for the all-in-one service (docs/adr/0014-start-up.md): extracts the executable jar (classes are
# then read from plain jars, not from jars nested in a jar) and records, in a training run, the classes a start loads
# into an archive that later starts map instead of loading and verifying them one by one. Optional: the plain
# `java -jar app/target/ctg-app.jar` does not need it. The archive fits only this jar and this JVM: run the script
# again after each build or JVM update (a JVM given a stale archive says so and starts without it).
#
#   scripts/cds.sh [app/target/ctg-app.jar] [app/target/cds]
#   java -XX:SharedArchiveFile=app/target/cds/ctg-app.jsa -jar app/target/cds/ctg-app.jar ...the usual options...
#
# The training run starts the service on a throw-away embedded PostgreSQL (initdb and the migrations, as a first
# start), stops as soon as the Spring context has refreshed (-Dspring.context.exit=onRefresh: before the web server
# listens or any processor starts), then stops that PostgreSQL, which the JVM's immediate exit leaves running.
set -euo pipefail

jar=${1:-app/target/ctg-app.jar}
dest=${2:-app/target/cds}
java=${JAVA:-java}

rm -rf "$dest"
"$java" -Djarmode=tools -jar "$jar" extract --destination "$dest"
dest=$(cd "$dest" && pwd)
name=$(basename "$jar")

scratch=$(mktemp -d)
stop_postgres() {
  local pidfile="$scratch/postgres/postmaster.pid"
  if [[ -f $pidfile ]]; then
    local pid
    pid=$(head -n 1 "$pidfile")
    kill -INT "$pid" 2> /dev/null || true
    for _ in $(seq 1 300); do
      kill -0 "$pid" 2> /dev/null || break
      sleep 0.1
    done
  fi
  rm -rf "$scratch"
}
trap stop_postgres EXIT

# The same absolute path as the starts that will use the archive: the JVM checks the class path against it.
"$java" -XX:ArchiveClassesAtExit="$dest/${name%.jar}.jsa" -Dspring.context.exit=onRefresh \
  -jar "$dest/$name" --server.port=0 --server.address=127.0.0.1 \
  --ctg.embedded.data-dir="$scratch/postgres" --ctg.embedded.port=0 \
  --ctg.security.initial-admin-file="$scratch/admin-password" > "$scratch/training.log" 2>&1 \
  || { tail -n 40 "$scratch/training.log" >&2; echo "cds: the training run failed" >&2; exit 1; }
[[ -s "$dest/${name%.jar}.jsa" ]] || { echo "cds: no archive written" >&2; exit 1; }
echo "cds: $dest/${name%.jar}.jsa; start with:"
echo "  java -XX:SharedArchiveFile=$dest/${name%.jar}.jsa -jar $dest/$name"
