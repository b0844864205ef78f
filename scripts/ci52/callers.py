import pstats, sys
p = pstats.Stats(sys.argv[1])
pat = sys.argv[2]
n = int(sys.argv[3]) if len(sys.argv) > 3 else 25
for fn, (cc, nc, tt, ct, callers) in p.stats.items():
    if pat in f"{fn[0]}:{fn[1]}({fn[2]})":
        print(fn, nc, round(tt,3), round(ct,3))
        rows = sorted(callers.items(), key=lambda kv: -kv[1][3])[:n]
        for c, v in rows:
            print(f"   {v[1]:8d} {v[3]:7.3f}  {c[0].split('/src/')[-1]}:{c[1]}({c[2]})")
