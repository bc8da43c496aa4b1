"""Checks one score.py --json summary against the thresholds the project promises.

usage: thresholds.py NAME SUMMARY.json [fixture|dev|dev-local]

`fixture` holds the bundled fixture's gold (../shared/gold), `dev` the
development set of other governments and years (../shared/dev/gold),
`dev-local` that of city and county reports (../shared/dev-local/gold).
"""
import json
import sys

# (kind, field, minimum)
FIXTURE = [
    ("figure", "f1", 0.97),
    ("figure", "full_f1", 0.97),
    ("figure", "si", 0.98),
    ("figure", "dimension", 0.98),
    ("section", "f1", 1.0),
    ("figure", "indicator", 0.95),
    ("figure", "indicator~strict", 0.90),
    ("figure", "indicator_recall", 0.95),
    ("figure", "measure", 0.97),
    ("figure", "direction", 0.97),
    ("figure", "target", 0.98),
    ("rank", "f1", 0.90),
    ("project", "f1", 0.90),
    ("project", "with_status_f1", 0.90),
]

DEV = [
    ("figure", "full_f1", 0.95),
    ("figure", "indicator", 0.95),
    ("figure", "indicator~strict", 0.88),
    ("figure", "target", 0.95),
    ("figure", "measure", 0.95),
    ("section", "f1", 1.0),
    ("rank", "f1", 0.90),
    ("project", "with_status_f1", 0.85),
]

DEV_LOCAL = [
    ("project", "with_status_f1", 0.80),
    ("figure", "full_f1", 0.95),
    ("figure", "indicator", 0.95),
    ("figure", "indicator~strict", 0.85),
    ("rank", "f1", 0.85),
    ("section", "f1", 1.0),
]

name, path = sys.argv[1], sys.argv[2]
thresholds = {"dev": DEV, "dev-local": DEV_LOCAL}.get(sys.argv[3] if len(sys.argv) > 3 else "", FIXTURE)
summary = json.load(open(path, encoding="utf-8"))
failed = False
for kind, field, minimum in thresholds:
    got = summary.get(kind, {}).get(field)
    ok = got is not None and got >= minimum
    failed |= not ok
    print(f"ci: {name} {kind}.{field} = {got} (minimum {minimum}) {'ok' if ok else 'FAILED'}")
sys.exit(1 if failed else 0)
