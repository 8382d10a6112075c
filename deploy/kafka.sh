#!/usr/bin/env bash
# Starts or stops a single-node Apache Kafka broker (KRaft) on loopback and creates the topics.
# Usage: kafka.sh start|stop|topics PREFIX|drop-topics PREFIX|records COMMAND ARGS (see deploy/kafka/Records.java)
set -euo pipefail
source "$(dirname "$0")/lib/env.sh"
home="$MC_STATE/kafka"
pidfile="$home/kafka.pid"
cp="$MC_KAFKA_LIBS/*"

kafka_java() { java -Xms256m -Xmx512m -cp "$cp" "$@"; }

write_config() {
  cat > "$home/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$MC_KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$MC_KAFKA_PORT,CONTROLLER://127.0.0.1:$MC_KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$MC_KAFKA_PORT
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$home/data
num.partitions=4
offsets.topic.replication.factor=1
offsets.topic.num.partitions=4
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=false
PROPS
}

create_topics() {
  local prefix="${1:-}" topic names=()
  for topic in $MC_TOPICS; do names+=("$prefix$topic"); done
  kafka_java -Dlog4j2.configurationFile="$MC_ROOT/deploy/kafka/log4j2.properties" \
    "$MC_ROOT/deploy/kafka/CreateTopics.java" "$MC_KAFKA_BOOTSTRAP" 4 "${names[@]}" >&2
}

drop_topics() {
  kafka_java -Dlog4j2.configurationFile="$MC_ROOT/deploy/kafka/log4j2.properties" \
    "$MC_ROOT/deploy/kafka/DeleteTopics.java" "$MC_KAFKA_BOOTSTRAP" "$1" >&2
}

start() {
  mkdir -p "$home"
  if pid_alive "$pidfile"; then create_topics; return; fi
  write_config
  if [ ! -f "$home/data/meta.properties" ]; then
    kafka_java kafka.tools.StorageTool format -t "$(kafka_java kafka.tools.StorageTool random-uuid)" \
      -c "$home/server.properties" >/dev/null
  fi
  nohup java -Xms256m -Xmx768m -Dlog4j2.configurationFile="$MC_ROOT/deploy/kafka/log4j2.properties" -cp "$cp" kafka.Kafka "$home/server.properties" \
    > "$home/server.log" 2>&1 &
  echo $! > "$pidfile"
  MC_WAIT=90 wait_for bash -c "exec 3<>/dev/tcp/127.0.0.1/$MC_KAFKA_PORT"
  create_topics
  log "Kafka up on $MC_KAFKA_BOOTSTRAP (KRaft, pid $(cat "$pidfile"))"
}

stop() {
  if pid_alive "$pidfile"; then
    kill "$(cat "$pidfile")"
    local i; for i in $(seq 1 100); do pid_alive "$pidfile" || break; sleep 0.2; done
    pid_alive "$pidfile" && kill -9 "$(cat "$pidfile")"
  fi
  rm -f "$pidfile"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  topics) create_topics "${2:-}" ;;
  drop-topics) drop_topics "${2:?a topic prefix}" ;;
  records) shift; kafka_java -Dlog4j2.configurationFile="$MC_ROOT/deploy/kafka/log4j2.properties" \
             "$MC_ROOT/deploy/kafka/Records.java" "$MC_KAFKA_BOOTSTRAP" "$@" ;;
  *) echo "usage: $0 start|stop|topics PREFIX|drop-topics PREFIX|records COMMAND ARGS (deploy/kafka/Records.java)" >&2
     exit 2 ;;
esac
