#!/usr/bin/env python3
"""Print the plain closing line 'N passed, N failed, N skipped' from a TRX report, after one line per skipped test
with its reason. Exit 1 if any test failed, none ran, or one was skipped for a missing tool (.ci/run installs them all)."""
import sys
import xml.etree.ElementTree as ET
from collections import Counter

NS = "{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}"
MISSING_TOOL = "missing tool:"  # tests/KnowledgeGraph.Tests/Requires.cs
try:
    root = ET.parse(sys.argv[1]).getroot()
except (OSError, ET.ParseError) as e:
    print(f"no test report: {e}")
    print("0 passed, 1 failed")
    sys.exit(1)
results = list(root.iter(NS + "UnitTestResult"))
outcomes = Counter(r.get("outcome") for r in results)
tool_skips = 0
for r in results:
    if r.get("outcome") not in ("NotExecuted", "Inconclusive"):
        continue
    message = r.find(f"{NS}Output/{NS}ErrorInfo/{NS}Message")
    reason = " ".join((message.text or "").split()) if message is not None else ""
    reason = reason.removeprefix("Assert.Inconclusive failed.").removeprefix("Assert.Inconclusive.").strip()
    tool_skips += MISSING_TOOL in reason
    print(f"skipped {r.get('testName')}: {reason}")
passed = outcomes["Passed"]
skipped = outcomes["NotExecuted"] + outcomes["Inconclusive"]
failed = sum(outcomes.values()) - passed - skipped
print(f"{passed} passed, {failed} failed, {skipped} skipped")
if tool_skips:
    print(f"{tool_skips} test(s) skipped for a missing tool that .ci/run should have installed")
sys.exit(1 if failed or passed == 0 or tool_skips else 0)
