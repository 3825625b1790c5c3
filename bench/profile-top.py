#!/usr/bin/env python3
"""Top frames of a dotnet-trace speedscope file (dotnet-sampled-thread-time profile), by self and total CPU time.

Only samples whose leaf is the CPU_TIME pseudo-frame count (waiting threads are left out); self time goes to the
managed frame under it.

usage: profile-top.py TRACE.speedscope.json [THREAD-NAME-SUBSTRING] [N]
"""
import json
import sys
from collections import Counter


def main():
    path = sys.argv[1]
    thread = sys.argv[2] if len(sys.argv) > 2 else ""
    top = int(sys.argv[3]) if len(sys.argv) > 3 else 25
    data = json.load(open(path))
    frames = [f["name"] for f in data["shared"]["frames"]]
    self_time, total_time, grand = Counter(), Counter(), 0.0
    for profile in data["profiles"]:
        if thread not in profile.get("name", ""):
            continue
        if profile["type"] == "evented":
            stack, last = [], None
            for e in profile["events"]:
                if last is not None and len(stack) > 1 and frames[stack[-1]] == "CPU_TIME":
                    dt = e["at"] - last
                    grand += dt
                    self_time[stack[-2]] += dt
                    for f in set(stack[:-1]):
                        total_time[f] += dt
                last = e["at"]
                if e["type"] == "O":
                    stack.append(e["frame"])
                else:
                    stack.pop()
        else:
            for sample, weight in zip(profile["samples"], profile["weights"]):
                grand += weight
                if sample:
                    self_time[sample[-1]] += weight
                for f in set(sample):
                    total_time[f] += weight
    if grand == 0:
        sys.exit(f"no samples for threads matching '{thread}'")
    print(f"{grand:.0f} time units on threads matching '{thread}'")
    print("self%  total%  frame")
    for f, t in self_time.most_common(top):
        print(f"{100 * t / grand:5.1f}  {100 * total_time[f] / grand:6.1f}  {frames[f][:150]}")


if __name__ == "__main__":
    main()
