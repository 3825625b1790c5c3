#!/usr/bin/env python3
"""Print the plain closing line 'N passed, N failed, N skipped' from a TRX report; exit 1 if any failed or none ran."""
import sys
import xml.etree.ElementTree as ET
from collections import Counter

NS = "{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}"
try:
    root = ET.parse(sys.argv[1]).getroot()
except (OSError, ET.ParseError) as e:
    print(f"no test report: {e}")
    print("0 passed, 1 failed")
    sys.exit(1)
outcomes = Counter(r.get("outcome") for r in root.iter(NS + "UnitTestResult"))
passed = outcomes["Passed"]
skipped = outcomes["NotExecuted"] + outcomes["Inconclusive"]
failed = sum(outcomes.values()) - passed - skipped
print(f"{passed} passed, {failed} failed, {skipped} skipped")
sys.exit(1 if failed or passed == 0 else 0)
