"""Split the measurements into train and test sets (standard library only).

Paths come as arguments with SageMaker's container paths as defaults, so the script runs the
same inside a SageMaker Processing job and locally with or without bubblewrap.
"""
import argparse
import csv
import glob
import os
import random

parser = argparse.ArgumentParser()
parser.add_argument("--input", default="/opt/ml/processing/input/data")
parser.add_argument("--train", default="/opt/ml/processing/train")
parser.add_argument("--test", default="/opt/ml/processing/test")
args = parser.parse_args()

rows = []
for path in sorted(glob.glob(os.path.join(args.input, "*.csv"))):
    with open(path, newline="") as handle:
        rows.extend(csv.DictReader(handle))
if not rows:
    raise SystemExit(f"no CSV rows found in {args.input}")
print(f"read {len(rows)} rows")

random.Random(7).shuffle(rows)
cut = int(len(rows) * 0.8)
for folder, name, part in ((args.train, "train", rows[:cut]), (args.test, "test", rows[cut:])):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, f"{name}.csv"), "w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["length", "weight"])
        writer.writeheader()
        writer.writerows(part)
    print(f"wrote {len(part)} rows to {name}")
