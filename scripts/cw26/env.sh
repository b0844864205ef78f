# source this: the round's environment (one thread; caches under /tmp/cw26)
source /work/main/.venv/bin/activate
export PYTHONPATH=/work/wt/cw26/src OMP_NUM_THREADS=1 MKL_NUM_THREADS=1 TOKENIZERS_PARALLELISM=false HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1
export SPINSCOPE_CACHE_DIR=/tmp/cw26/cache CW14=/tmp/cw26/cw14 CW25=/tmp/cw26 PYTHONUNBUFFERED=1
