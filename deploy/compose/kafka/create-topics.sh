#!/usr/bin/env bash
# Creates the Kafka topics of the dual prevention platform. Idempotent (--if-not-exists).
#
# Used by the `kafka-init` service of deploy/compose/compose.yaml, and usable against any
# cluster from a host or pod that has the Kafka CLI:
#
#   BOOTSTRAP=kafka-0.example:9092 KAFKA_BIN=/opt/kafka/bin deploy/compose/kafka/create-topics.sh
#   deploy/compose/kafka/create-topics.sh --list      # print the topic names only
#
# Environment: BOOTSTRAP (default localhost:9092), KAFKA_BIN (default /opt/kafka/bin),
# PARTITIONS (12), REPLICATION_FACTOR (3), MIN_ISR (2), RETRIES (30, 5 s apart),
# COMMAND_CONFIG (optional client .properties file for TLS/SASL clusters).
# Existing topics are left as they are (their partition count is not changed).
set -euo pipefail

TOPICS=(
  # one topic per bounded context; key = enterprise id
  dp.risk.events
  dp.inspection.events
  dp.hazard.events
  dp.assessment.events
  # regulator stream written by exchange-service: dp.regulator.<recordType>
  dp.regulator.riskUnit
  dp.regulator.unitStop
  dp.regulator.riskEvent
  dp.regulator.controlMeasure
  dp.regulator.checkTask
  dp.regulator.checkRecord
  dp.regulator.hiddenDanger
)

if [ "${1:-}" = "--list" ]; then
  printf '%s\n' "${TOPICS[@]}"
  exit 0
fi

BOOTSTRAP="${BOOTSTRAP:-localhost:9092}"
KAFKA_BIN="${KAFKA_BIN:-/opt/kafka/bin}"
PARTITIONS="${PARTITIONS:-12}"
REPLICATION_FACTOR="${REPLICATION_FACTOR:-3}"
MIN_ISR="${MIN_ISR:-2}"
RETRIES="${RETRIES:-30}"
client=(--bootstrap-server "$BOOTSTRAP")
if [ -n "${COMMAND_CONFIG:-}" ]; then client+=(--command-config "$COMMAND_CONFIG"); fi

for topic in "${TOPICS[@]}"; do
  attempt=1
  until "$KAFKA_BIN/kafka-topics.sh" "${client[@]}" --create --if-not-exists \
      --topic "$topic" --partitions "$PARTITIONS" --replication-factor "$REPLICATION_FACTOR" \
      --config "min.insync.replicas=$MIN_ISR"; do
    if [ "$attempt" -ge "$RETRIES" ]; then
      echo "could not create $topic after $attempt attempts" >&2
      exit 1
    fi
    echo "creating $topic failed (attempt $attempt/$RETRIES), retrying in 5 s" >&2
    attempt=$((attempt + 1))
    sleep 5
  done
done

"$KAFKA_BIN/kafka-topics.sh" "${client[@]}" --describe --topic 'dp\..*' | grep -E '^Topic:' || true
echo "topics ready: ${#TOPICS[@]}"
