#!/usr/bin/env python3
"""Judges the issue's micro-benchmark targets on BenchmarkDotNet's JSON reports (run-all.sh passes the folder)."""
import glob, json, os, sys

folder = sys.argv[1]
rows = {}
for path in glob.glob(os.path.join(folder, "*-report*.json")):
    for b in json.load(open(path))["Benchmarks"]:
        routes = None
        for p in (b.get("Parameters") or "").split("&"):
            if p.startswith("Routes="):
                routes = int(p.split("=")[1])
        key = (b["Type"], b["Method"], routes)
        rows[key] = (b["Statistics"]["Median"], b["Statistics"]["Mean"], (b.get("Memory") or {}).get("BytesAllocatedPerOperation"))

def get(method, routes, kind="RoutingBenchmarks"):
    return rows.get((kind, method, routes))

def verdict(ok):
    return "**met**" if ok else "not met"

print("| target | figure | verdict |")
print("|---|---|---|")
lit1000, lit10 = get("Generated_Literal", 1000), get("Generated_Literal", 10)
one1000, one10 = get("Generated_OneValue", 1000), get("Generated_OneValue", 10)
if lit1000:
    print(f"| route matching ≤ 50 ns median at 1,000 routes (literal route, no values) | {lit1000[0]:.1f} ns | {verdict(lit1000[0] <= 50)} |")
if one1000:
    print(f"| route matching ≤ 50 ns median at 1,000 routes (`{{id:int}}`, one value) | {one1000[0]:.1f} ns | {verdict(one1000[0] <= 50)} |")
if lit1000:
    print(f"| 0 bytes allocated when no route values are captured | {lit1000[2]} B | {verdict(lit1000[2] == 0)} |")
if lit1000 and lit10:
    r = lit1000[0] / lit10[0]
    print(f"| flat: 1,000-route median within 1.5× of the 10-route one (literal) | {r:.2f}× | {verdict(r <= 1.5)} |")
if one1000 and one10:
    r = one1000[0] / one10[0]
    print(f"| flat: 1,000-route median within 1.5× of the 10-route one (`{{id:int}}`) | {r:.2f}× | {verdict(r <= 1.5)} |")
for method, label in (("OneValue", "`{id:int}`"), ("Literal", "literal")):
    a, g = get("AspNetCore_" + method, 1000), get("Generated_" + method, 1000)
    if a and g:
        r = a[0] / g[0]
        print(f"| ≥ 5× faster than ASP.NET Core routing at 1,000 routes ({label}) | {r:.1f}× | {verdict(r >= 5)} |")
e2e = get("EndToEnd", None, "HandshakeBenchmarks")
# EndToEnd on its own (run-all.sh's second BenchmarkDotNet run): after the other handshake benchmarks in one process it
# reads slower, so the time targets are judged on the run of its own when there is one.
alone_folder = sys.argv[2] if len(sys.argv) > 2 else None
alone = None
if alone_folder:
    for path in glob.glob(os.path.join(alone_folder, "*-report*.json")):
        for b in json.load(open(path))["Benchmarks"]:
            if b["Method"] == "EndToEnd":
                alone = (b["Statistics"]["Median"], b["Statistics"]["Mean"], (b.get("Memory") or {}).get("BytesAllocatedPerOperation"))
timed = alone or e2e
source = "EndToEnd on its own" if alone else "EndToEnd, ShortRun"
if timed:
    print(f"| handshake core ≤ 1.5 µs (parse + decide + write 101) | {timed[0] / 1000:.2f} µs median ({source}), {timed[2]} B allocated | {verdict(timed[0] <= 1500)} |")
    print(f"| issue 15, target 2: handshake core ≤ 1.0 µs | {timed[0]:.0f} ns median ({source}) | {verdict(timed[0] <= 1000)} |")
# Object counts: `AttrWs.Benchmarks --alloc-count 100` output (run-all.sh passes it as the third argument).
counts = sys.argv[3] if len(sys.argv) > 3 else None
if counts and os.path.exists(counts):
    for line in open(counts):
        if line.startswith("EndToEnd: "):
            objects = float(line.split()[1])
            print(f"| issue 15, target 2: at most 2 allocations besides the session (Chromium's request) | {line.strip()[len('EndToEnd: '):]} per handshake (`--alloc-count 100`) | {verdict(round(objects) <= 2)} |")
