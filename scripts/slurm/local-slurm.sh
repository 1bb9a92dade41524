#!/usr/bin/env bash
# A single-node Slurm on this machine, for the cluster test and for trying the sweep scripts:
#   local-slurm.sh start    install slurm-wlm and munge if missing, configure, start, wait until the node is idle
#   local-slurm.sh stop     stop the daemons this script started (by the pids in their pid files)
# Needs root (or passwordless sudo for the install). `start` prints "started" when it started the
# daemons and "running" when a Slurm was already up; only then should the caller `stop` it.
# The recipe (munge key, slurm.conf for one node, daemons started directly without systemd) follows
# a set-up checked on a Debian 12 machine of this project's kind (team notes, "A single-node Slurm
# on localhost"); see scripts/slurm/README.md.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
state=/run/sim-local-slurm
conf=/etc/slurm/slurm.conf

wait_idle() {
  for _ in $(seq 1 120); do
    if sinfo -h -o '%t' 2>/dev/null | grep -qx 'idle'; then return 0; fi
    sleep 0.5
  done
  echo "error: the Slurm node did not become idle; see /var/log/slurm/slurmctld.log and slurmd.log" >&2
  sinfo >&2 || true
  return 1
}

start() {
  [ "$(id -u)" -eq 0 ] || { echo "error: local-slurm.sh must run as root (it starts munged, slurmctld and slurmd)" >&2; exit 1; }
  if sinfo -h -o '%t' 2>/dev/null | grep -qx 'idle\|mix\|alloc'; then
    echo running
    return 0
  fi

  "$root/scripts/ensure-native-deps.sh" slurm
  mkdir -p "$state" /etc/munge /var/log/munge /run/munge /var/lib/munge
  if [ ! -s /etc/munge/munge.key ]; then
    dd if=/dev/urandom bs=1 count=1024 of=/etc/munge/munge.key status=none
  fi
  chown -R munge:munge /etc/munge /var/log/munge /run/munge /var/lib/munge
  chmod 400 /etc/munge/munge.key
  if ! munge -n 2>/dev/null | unmunge >/dev/null 2>&1; then
    /usr/sbin/munged --force
    touch "$state/munged"
  fi

  local host cpus memory
  host=$(hostname -s)
  cpus=$(nproc)
  memory=$(( $(awk '/MemTotal/ {print int($2 / 1024)}' /proc/meminfo) * 9 / 10 ))
  mkdir -p /etc/slurm /var/spool/slurmctld /var/spool/slurmd /var/log/slurm
  cat >"$conf" <<CONF
# Written by scripts/slurm/local-slurm.sh: one node, this machine, for tests.
ClusterName=local
SlurmctldHost=$host
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
StateSaveLocation=/var/spool/slurmctld
SlurmdSpoolDir=/var/spool/slurmd
SlurmctldPidFile=/run/slurmctld.pid
SlurmdPidFile=/run/slurmd.pid
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
SlurmctldLogFile=/var/log/slurm/slurmctld.log
SlurmdLogFile=/var/log/slurm/slurmd.log
NodeName=$host CPUs=$cpus RealMemory=$memory State=UNKNOWN
PartitionName=debug Nodes=$host Default=YES MaxTime=INFINITE State=UP
CONF
  slurmctld
  slurmd
  touch "$state/slurm"
  wait_idle
  echo started
}

stop() {
  local pid
  if [ -e "$state/slurm" ]; then
    for file in /run/slurmd.pid /run/slurmctld.pid; do
      if [ -s "$file" ]; then
        pid=$(cat "$file")
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
      fi
    done
    rm -f "$state/slurm"
  fi
  if [ -e "$state/munged" ] && [ -s /run/munge/munged.pid ]; then
    kill "$(cat /run/munge/munged.pid)" 2>/dev/null || true
    rm -f "$state/munged"
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
