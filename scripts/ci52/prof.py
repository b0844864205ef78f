import sys, time, cProfile, pstats, pathlib
import spinscope
arts = sorted(pathlib.Path(sys.argv[1]).glob("*.txt"))
texts = [a.read_text() for a in arts]
spinscope.analyze(texts[0])  # warm
t = time.process_time()
if len(sys.argv) > 2:
    pr = cProfile.Profile(time.process_time)
    pr.enable()
for x in texts:
    spinscope.analyze(x)
if len(sys.argv) > 2:
    pr.disable(); pr.dump_stats(sys.argv[2])
print("cpu", time.process_time() - t, file=sys.stderr)
