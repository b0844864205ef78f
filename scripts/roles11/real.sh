#!/usr/bin/env bash
# Round 11 (roles11): `spinscope analyze --format json` of the sample article and six polnear_dev texts with the code
# at SRC (first on PYTHONPATH), into OUTDIR (outside the repository: the texts are not to be committed).
# Usage: bash scripts/roles11/real.sh SRC OUTDIR; then python scripts/roles11/roles_of.py OUTDIR
set -e
mkdir -p "$2"
D=../shared/data/polnear_dev/text
for f in ../shared/examples/sample-opinion-article.txt \
    $D/huff-post_2016-09-10_trump-s-east-european-achilles-h.txt $D/huff-post_2016-09-27_obama-power-plant-rules-face-key.txt \
    $D/nyt_2016-09-08_obama-on-climate-change-the-tren.txt $D/nyt_2016-10-02_a-curious-plan-to-fight-climate-.txt \
    $D/politico_2016-09-08_flynn-says-trump-absolutely-righ.txt $D/west-journal_2016-09-12_obama-seeks-more-muslim-refugees.txt; do
  PYTHONPATH="$1" nice -n 10 spinscope analyze "$f" --format json > "$2/$(basename "$f" .txt).json"
done
