# source this: the round's environment (one thread; caches under /tmp/cw25)
source /work/main/.venv/bin/activate
export PYTHONPATH=/work/wt/cw25/src OMP_NUM_THREADS=1 MKL_NUM_THREADS=1 TOKENIZERS_PARALLELISM=false HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1
export SPINSCOPE_CACHE_DIR=/tmp/cw25/cache CW14=/tmp/cw25/cw14 CW25=/tmp/cw25
