#!/bin/bash
#SBATCH --job-name=collabsim-lhs
#SBATCH --array=0-15                # 16 shards
#SBATCH --cpus-per-task=4
#SBATCH --mem=4G
#SBATCH --time=02:00:00
#SBATCH --output=logs/%x-%a.out     # make logs/ first: Slurm does not create it
#SBATCH --requeue                   # pre-empted tasks come back; --resume picks up

set -euo pipefail
cd "$SLURM_SUBMIT_DIR"              # the collabsim checkout, with `npm ci` done once
experiment="${COLLABSIM_EXPERIMENT:-experiments/lhs-uncertain.yaml}"
results="${COLLABSIM_RESULTS:-results/lhs}"
out="$results/shard-${SLURM_ARRAY_TASK_ID}"
resume=""
# Resume an unfinished shard (it lives beside its folder) or a finished one (a no-op).
if [ -d "$out" ] || [ -d "$results/.shard-${SLURM_ARRAY_TASK_ID}.collabsim-work" ]; then resume="--resume"; fi
# The shard (i/n) comes from SLURM_ARRAY_TASK_ID and SLURM_ARRAY_TASK_COUNT.
npx collabsim experiment "$experiment" \
  --out "$out" --workers "$SLURM_CPUS_PER_TASK" $resume
