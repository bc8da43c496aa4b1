"""Checks one score.py --json summary against the thresholds the project promises."""
import json
import sys

# (kind, field, minimum)
THRESHOLDS = [
    ("figure", "f1", 0.97),
    ("figure", "full_f1", 0.95),
    ("figure", "si", 0.98),
    ("figure", "dimension", 0.98),
    ("section", "f1", 1.0),
    ("figure", "indicator", 0.92),
    ("figure", "indicator~strict", 0.75),
    ("figure", "indicator_recall", 0.90),
    ("figure", "measure", 0.97),
    ("figure", "direction", 0.97),
    ("rank", "f1", 0.90),
    ("project", "f1", 0.85),
    ("project", "with_status_f1", 0.80),
]

name, path = sys.argv[1], sys.argv[2]
summary = json.load(open(path, encoding="utf-8"))
failed = False
for kind, field, minimum in THRESHOLDS:
    got = summary.get(kind, {}).get(field)
    ok = got is not None and got >= minimum
    failed |= not ok
    print(f"ci: {name} {kind}.{field} = {got} (minimum {minimum}) {'ok' if ok else 'FAILED'}")
sys.exit(1 if failed else 0)
