"""Summarize a classifier's predictions: accuracy and counts (standard library only).

Paths come as arguments with SageMaker's container paths as defaults, so the script runs the
same inside a SageMaker Processing job and locally with or without bubblewrap.
"""
import argparse
import csv
import glob
import json
import os

parser = argparse.ArgumentParser()
parser.add_argument("--input", default="/opt/ml/processing/input/data")
parser.add_argument("--summary", default="/opt/ml/processing/summary")
args = parser.parse_args()

rows = []
for path in sorted(glob.glob(os.path.join(args.input, "*.csv"))):
    with open(path, newline="") as handle:
        rows.extend(csv.DictReader(handle))
if not rows:
    raise SystemExit(f"no CSV rows found in {args.input}")

correct = sum(row["label"] == row["prediction"] for row in rows)
positives = sum(row["prediction"] == "1" for row in rows)
summary = {
    "accuracy": {"value": round(correct / len(rows), 4)},
    "rows": len(rows),
    "positive_rate": round(positives / len(rows), 4),
}
print(f"{len(rows)} predictions, accuracy {summary['accuracy']['value']:.4f}")

os.makedirs(args.summary, exist_ok=True)
with open(os.path.join(args.summary, "summary.json"), "w") as handle:
    json.dump(summary, handle, indent=2)
