#!/usr/bin/env bash
# npm run test:slurm — the cluster path of docs/cluster.md on a real Slurm.
#
# Starts a single-node Slurm from Debian's packages (munged, slurmctld and slurmd run
# directly, with their config, state, sockets and logs in a temporary folder and free
# ports), submits the job-array script of docs/cluster.md
# (scripts/slurm/experiment-array.sh, unchanged) as a 4-task array of a 2-scenario
# LHS experiment (scripts/slurm/lhs-small.yaml), waits for it (bounded), merges the
# shards with `collabsim merge`, runs the same experiment on one machine with
# `collabsim experiment`, and compares every output file of the two folders byte for
# byte (all but timings.csv and hidden state folders).
#
# Runs as root (slurmd starts each job as its user; apt-get installs slurm-wlm and
# munge when missing). Stops the daemons it started and removes its temporary folder
# on exit.
# SLURM_TEST_TIMEOUT (seconds, default 600) bounds the wait for the array;
# SLURM_TEST_KEEP=1 keeps the temporary folder (its path is printed).
set -euo pipefail
cd "$(dirname "$0")/.."
experiment=scripts/slurm/lhs-small.yaml
array_script=scripts/slurm/experiment-array.sh
tasks=4
timeout=${SLURM_TEST_TIMEOUT:-600}
started=$(date +%s)

tmp=""
pids=()   # daemons started here, in start order
jobid=""
failed=0

say() { echo "slurm: [$(($(date +%s) - started)) s] $*"; }
show_logs() {
  [ -n "$tmp" ] || return 0
  local f
  for f in "$tmp"/log/* "$tmp"/results/logs/*; do
    [ -f "$f" ] || continue
    echo "----- $f (last 60 lines)" >&2
    tail -n 60 "$f" >&2
  done
}
fail() {
  failed=1
  say "FAIL: $*" >&2
  exit 1
}
# Processes started for this test's cluster: every process run after the marker was
# exported (the daemons, the job tasks and their children: sbatch passes the
# environment on) has it in its initial environment. Read with builtins only.
ours() {
  local d p env
  for d in /proc/[0-9]*; do
    p=${d#/proc/}
    [ "$p" != $$ ] && [ "$p" != "$BASHPID" ] || continue
    mapfile -d '' env 2>/dev/null <"$d/environ" || continue
    local e
    for e in "${env[@]}"; do
      if [ "$e" = "COLLABSIM_SLURM_TEST=$tmp" ]; then echo "$p"; break; fi
    done
  done
}
cleanup() {
  local rc=$?
  trap - EXIT ERR INT TERM
  set +e
  if [ -n "$jobid" ] && [ -n "${SLURM_CONF:-}" ]; then
    scancel "$jobid" 2>/dev/null
    # Let Slurm end the tasks (all their processes) before its daemons go.
    local daemons=" ${pids[*]} " job_procs p q
    for _ in $(seq 1 40); do
      q=$(squeue -h -j "$jobid" -o '%i %T' 2>/dev/null)
      job_procs=""
      for p in $(ours); do [[ $daemons == *" $p "* ]] || job_procs+=" $p"; done
      [ -z "$q" ] && [ -z "$job_procs" ] && break
      sleep 1
    done
    [ -z "$q$job_procs" ] || echo "slurm: after scancel, still there: ${q//$'\n'/; }${job_procs:+; processes$job_procs}" >&2
  fi
  local i pid
  for ((i = ${#pids[@]} - 1; i >= 0; i--)); do
    pid=${pids[$i]}
    kill -TERM "$pid" 2>/dev/null || continue
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    kill -KILL "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
  done
  # Whatever of the jobs outlived their cluster (an npm or node child of a cancelled
  # task) is ended by its id before the folder it writes to goes.
  if [ -n "$tmp" ]; then
    local left
    left=$(ours)
    if [ -n "$left" ]; then
      echo "slurm: ending leftover job processes:" $left >&2
      kill -TERM $left 2>/dev/null
      for _ in $(seq 1 25); do left=$(ours); [ -z "$left" ] && break; sleep 0.2; done
      [ -z "$left" ] || kill -KILL $left 2>/dev/null
    fi
  fi
  if [ -n "$tmp" ]; then
    if [ "${SLURM_TEST_KEEP:-}" = 1 ]; then echo "slurm: kept $tmp" >&2; else rm -rf "$tmp"; fi
  fi
  if [ "$rc" -ne 0 ] || [ "$failed" -ne 0 ]; then
    echo "slurm: 0 passed, 1 failed"
    [ "$rc" -ne 0 ] || rc=1
  else
    echo "slurm: 1 passed, 0 failed"
  fi
  exit "$rc"
}
trap cleanup EXIT
trap 'e=$?; failed=1; say "FAIL: line $LINENO: \`$BASH_COMMAND\` exited $e" >&2' ERR
trap 'fail "interrupted"' INT TERM

# --- packages ---------------------------------------------------------------------
[ "$(id -u)" -eq 0 ] || fail "run as root (slurmd runs jobs as their user; apt-get)"
need=()
for c in munged slurmctld slurmd sbatch; do command -v "$c" >/dev/null || need+=("$c"); done
if [ ${#need[@]} -gt 0 ]; then
  say "installing slurm-wlm and munge (missing: ${need[*]})"
  # No daemon may start from the packages' scripts: this test starts its own.
  policy=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    policy=/usr/sbin/policy-rc.d
    printf '#!/bin/sh\nexit 101\n' | tee "$policy" >/dev/null && chmod 755 "$policy"
  fi
  ok=1
  { apt-get update && env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends slurm-wlm munge; } >&2 || ok=0
  [ -z "$policy" ] || rm -f "$policy"
  [ "$ok" = 1 ] || fail "apt-get install slurm-wlm munge failed"
fi
[ -x node_modules/.bin/tsx ] || fail "node_modules missing: run npm ci first"

# --- the doc shows this very script -------------------------------------------------
# docs/cluster.md holds scripts/slurm/experiment-array.sh verbatim in the fenced block
# after the line `<!-- include: scripts/slurm/experiment-array.sh -->`.
doc_block=$(awk -v m="<!-- include: $array_script -->" '
  $0 == m { found = 1; next }
  found == 1 && /^```/ { found = 2; next }
  found == 2 && /^```/ { exit }
  found == 2 { print }' docs/cluster.md)
[ -n "$doc_block" ] || fail "docs/cluster.md does not show $array_script (no block after <!-- include: $array_script -->)"
[ "$doc_block" = "$(cat "$array_script")" ] || fail "docs/cluster.md and $array_script differ: copy the script into the doc's block"

# --- a single-node cluster in a temporary folder ----------------------------------
tmp=$(mktemp -d /tmp/collabsim-slurm.XXXXXX)
export COLLABSIM_SLURM_TEST=$tmp   # marks every process started from here on (see ours)
chmod 711 "$tmp"   # munged wants its socket reachable (x) along the path
mkdir -p "$tmp"/munge "$tmp"/log "$tmp"/state "$tmp"/spool "$tmp"/results/logs
free_port() { node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'; }
ctld_port=$(free_port)
slurmd_port=$(free_port)
while [ "$slurmd_port" = "$ctld_port" ]; do slurmd_port=$(free_port); done
host=$(hostname -s)
# This host as slurmd sees it: CPUs, sockets, cores, threads, memory.
node_line=$(slurmd -C | head -n 1)
case "$node_line" in NodeName=*) ;; *) fail "slurmd -C gave no node line: $node_line" ;; esac
node_hw=${node_line#NodeName=* }

dd if=/dev/urandom of="$tmp/munge/munge.key" bs=1024 count=1 status=none
chmod 400 "$tmp/munge/munge.key"
socket=$tmp/munge/munge.socket
munged --foreground --force --socket="$socket" --key-file="$tmp/munge/munge.key" \
  --pid-file="$tmp/munge/munged.pid" --seed-file="$tmp/munge/munged.seed" \
  --log-file="$tmp/log/munged.log" >>"$tmp/log/munged.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 50); do [ -S "$socket" ] && break; sleep 0.2; done
[ -S "$socket" ] || { show_logs; fail "munged did not start (no socket $socket)"; }

# proctrack/pgid: scancel ends the whole task (npm exec, sh, node). With
# proctrack/linuxproc only the batch shell died and npx's children ran on (measured).
export SLURM_CONF=$tmp/slurm.conf
cat >"$SLURM_CONF" <<EOF
# Written by scripts/test-slurm.sh for this host; removed on exit.
ClusterName=collabsim-test
SlurmctldHost=$host(127.0.0.1)
SlurmUser=root
SlurmdUser=root
SlurmctldPort=$ctld_port
SlurmdPort=$slurmd_port
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$socket
StateSaveLocation=$tmp/state
SlurmdSpoolDir=$tmp/spool
SlurmctldPidFile=$tmp/slurmctld.pid
SlurmdPidFile=$tmp/slurmd.pid
SlurmctldLogFile=$tmp/log/slurmctld.log
SlurmdLogFile=$tmp/log/slurmd.log
ProctrackType=proctrack/pgid
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
SwitchType=switch/none
MpiDefault=none
MailProg=/bin/true
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
ReturnToService=2
MinJobAge=600
NodeName=$host NodeAddr=127.0.0.1 $node_hw State=UNKNOWN
PartitionName=test Nodes=$host Default=YES MaxTime=INFINITE State=UP
EOF

slurmctld -D -c -f "$SLURM_CONF" >>"$tmp/log/slurmctld.out" 2>&1 &
pids+=($!)
slurmd -D -N "$host" -f "$SLURM_CONF" >>"$tmp/log/slurmd.out" 2>&1 &
pids+=($!)
state=""
for _ in $(seq 1 60); do
  state=$(sinfo -h -n "$host" -o %T 2>/dev/null || true)
  case "$state" in idle*) break ;; esac
  for pid in "${pids[@]}"; do kill -0 "$pid" 2>/dev/null || { show_logs; fail "a Slurm daemon exited at start (see logs above)"; }; done
  sleep 1
done
case "$state" in idle*) ;; *) show_logs; fail "node $host not idle within 60 s (state: ${state:-none})" ;; esac
say "single-node Slurm up on $host ($node_hw), slurmctld :$ctld_port, slurmd :$slurmd_port"

# --- the job array ----------------------------------------------------------------
# The doc's script as it is; only the size of this test is set on the command line
# (command-line options override #SBATCH lines) and the experiment and results
# folder through the variables the script reads. Never fetch a package from npx.
export COLLABSIM_EXPERIMENT=$experiment COLLABSIM_RESULTS=$tmp/results npm_config_offline=true
unset SLURM_ARRAY_TASK_ID SLURM_ARRAY_TASK_COUNT SLURM_ARRAY_TASK_MIN JOB_COMPLETION_INDEX COLLABSIM_SHARDS
jobid=$(sbatch --parsable --array=0-$((tasks - 1)) --cpus-per-task=1 --mem=1G --time=00:20:00 \
  --output="$tmp/results/logs/%x-%a.out" "$array_script") || fail "sbatch refused the job array"
jobid=${jobid%%;*}
say "submitted $array_script as job $jobid (array 0-$((tasks - 1)))"
deadline=$(($(date +%s) + timeout))
while [ -n "$(squeue -h -j "$jobid" -o %i 2>/dev/null)" ]; do
  if [ "$(date +%s)" -ge "$deadline" ]; then
    squeue -j "$jobid" >&2 || true
    show_logs
    fail "job array $jobid not finished within ${timeout} s"
  fi
  sleep 2
done
# Every task must have completed with exit code 0, on its own shard from Slurm's variables.
records_id=$jobid
records=$(scontrol -o show job "$jobid") || fail "scontrol show job $jobid failed"
for ((i = 0; i < tasks; i++)); do
  rec=$(grep -E "(^| )ArrayTaskId=$i( |$)" <<<"$records" || true)
  [ -n "$rec" ] || { show_logs; fail "array task $i of job $jobid has no record"; }
  st=$(grep -oE 'JobState=[A-Z_]+' <<<"$rec"); ec=$(grep -oE ' ExitCode=[0-9:]+' <<<"$rec")
  if [ "$st" != JobState=COMPLETED ] || [ "$ec" != " ExitCode=0:0" ]; then
    show_logs
    fail "array task $i: $st$ec"
  fi
  log="$tmp/results/logs/collabsim-lhs-$i.out"
  grep -q "; shard $i/$tasks;" "$log" 2>/dev/null || { show_logs; fail "array task $i did not run shard $i/$tasks (see $log above)"; }
  [ -d "$tmp/results/shard-$i" ] || fail "array task $i wrote no folder shard-$i"
done
jobid=""   # finished: nothing to cancel
say "job $records_id: $tasks array tasks COMPLETED, exit 0, shards 0-$((tasks - 1))/$tasks"

# --- merge, single machine, compare -------------------------------------------------
# As docs/cluster.md says: merge results/.../shard-*.
npx --no-install collabsim merge "$tmp"/results/shard-* --out "$tmp/results/merged" >&2 || fail "collabsim merge failed"
npx --no-install collabsim experiment "$experiment" --out "$tmp/single" >&2 2>"$tmp/log/single.err" || { cat "$tmp/log/single.err" >&2; fail "collabsim experiment (one machine) failed"; }

# Every file either folder holds, outside hidden folders (.collabsim state).
list() { (cd "$1" && find . -name '.*' ! -name . -prune -o -type f -print | sed 's|^\./||' | LC_ALL=C sort); }
merged_files=$(list "$tmp/results/merged")
single_files=$(list "$tmp/single")
if [ "$merged_files" != "$single_files" ]; then
  diff <(echo "$merged_files") <(echo "$single_files") >&2 || true
  fail "merged and single-machine folders hold different files (< merged, > single)"
fi
compared=()
while IFS= read -r f; do
  [ -n "$f" ] || continue
  [ "$f" = timings.csv ] && continue
  cmp -- "$tmp/results/merged/$f" "$tmp/single/$f" >&2 || fail "$f differs between the merged shards and the single-machine run"
  compared+=("$f")
done <<<"$single_files"
[ ${#compared[@]} -gt 0 ] || fail "no output file to compare"
say "merged == single machine, byte for byte: ${#compared[@]} files (${compared[*]})"
say "took $(($(date +%s) - started)) s"
