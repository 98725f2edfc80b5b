"""Splits the abalone measurements into train, validation and test sets, plus a batch input.

Each output row is the label (rings) first, then the features, with no header, as SageMaker's
built-in algorithms expect. The batch input is the test set without its label, in two files, to
show that a batch transform writes one <file>.out per input file.
"""
import argparse
import csv
import os
import random

SEXES = ("M", "F", "I")

parser = argparse.ArgumentParser()
parser.add_argument("--input", default="/opt/ml/processing/input")
parser.add_argument("--output", default="/opt/ml/processing")
parser.add_argument("--seed", type=int, default=42)
args = parser.parse_args()

rows = []
for name in sorted(os.listdir(args.input)):
    if name.endswith(".csv"):
        with open(os.path.join(args.input, name), newline="") as f:
            rows.extend(csv.DictReader(f))


def features(row):
    """One-hot sex, then the seven measurements."""
    return [1.0 if row["sex"] == sex else 0.0 for sex in SEXES] + [
        float(row[column])
        for column in (
            "length",
            "diameter",
            "height",
            "whole_weight",
            "shucked_weight",
            "viscera_weight",
            "shell_weight",
        )
    ]


random.Random(args.seed).shuffle(rows)
examples = [[float(row["rings"])] + features(row) for row in rows]
cut_train, cut_validation = int(len(examples) * 0.7), int(len(examples) * 0.85)
splits = {
    "train": examples[:cut_train],
    "validation": examples[cut_train:cut_validation],
    "test": examples[cut_validation:],
}


def write(folder, name, table):
    os.makedirs(os.path.join(args.output, folder), exist_ok=True)
    with open(os.path.join(args.output, folder, name), "w", newline="") as f:
        csv.writer(f).writerows([[f"{value:g}" for value in row] for row in table])


for name, table in splits.items():
    write(name, f"{name}.csv", table)
batch = [row[1:] for row in splits["test"]]
half = len(batch) // 2
write("batch", "part-0.csv", batch[:half])
write("batch", "part-1.csv", batch[half:])
print(" ".join(f"{name}={len(table)}" for name, table in splits.items()), f"batch={len(batch)}")
