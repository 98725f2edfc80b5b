"""Generate a small house-price data set and split it into train, validation and test.

Standard library only, and deterministic (a fixed seed), so every run tunes on the same data.
Paths come as arguments with SageMaker's container paths as defaults, so the script runs the
same inside a SageMaker Processing job and locally with or without bubblewrap.
"""
import argparse
import csv
import os
import random

parser = argparse.ArgumentParser()
parser.add_argument("--rows", type=int, default=400)
parser.add_argument("--train", default="/opt/ml/processing/train")
parser.add_argument("--validation", default="/opt/ml/processing/validation")
parser.add_argument("--test", default="/opt/ml/processing/test")
args = parser.parse_args()

FIELDS = ["area", "rooms", "age", "price"]
rng = random.Random(42)
rows = []
for _ in range(args.rows):
    area = rng.uniform(40, 200)
    rooms = rng.randint(1, 6)
    age = rng.uniform(0, 80)
    price = 50 + 2.5 * area + 8 * rooms - 0.6 * age + rng.gauss(0, 15)
    rows.append(
        {"area": round(area, 1), "rooms": rooms, "age": round(age, 1), "price": round(price, 1)}
    )

cut_train, cut_validation = int(len(rows) * 0.6), int(len(rows) * 0.8)
parts = (
    (args.train, "train", rows[:cut_train]),
    (args.validation, "validation", rows[cut_train:cut_validation]),
    (args.test, "test", rows[cut_validation:]),
)
for folder, name, part in parts:
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, f"{name}.csv"), "w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=FIELDS)
        writer.writeheader()
        writer.writerows(part)
    print(f"wrote {len(part)} rows to {name}.csv")
