#!/usr/bin/env python3
"""Print the plain closing line 'N passed, N failed, N skipped' from a TRX report; exit 1 if any failed or none ran."""
import sys
import xml.etree.ElementTree as ET

ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
try:
    counters = ET.parse(sys.argv[1]).getroot().find("t:ResultSummary/t:Counters", ns)
except (OSError, ET.ParseError) as e:
    print(f"no test report: {e}")
    print("0 passed, 1 failed")
    sys.exit(1)
a = counters.attrib
passed, failed = int(a["passed"]), int(a["failed"]) + int(a.get("error", 0)) + int(a.get("timeout", 0)) + int(a.get("aborted", 0))
skipped = int(a.get("notExecuted", 0)) + int(a.get("inconclusive", 0))
print(f"{passed} passed, {failed} failed, {skipped} skipped")
sys.exit(1 if failed or passed == 0 else 0)
