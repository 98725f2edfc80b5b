"""Fit weight from length by least squares on train; report the error on test."""
import argparse
import csv
import json
import os

parser = argparse.ArgumentParser()
parser.add_argument("--train", default="/opt/ml/processing/train")
parser.add_argument("--test", default="/opt/ml/processing/test")
parser.add_argument("--evaluation", default="/opt/ml/processing/evaluation")
args = parser.parse_args()


def load(path):
    with open(path, newline="") as handle:
        return [(float(row["length"]), float(row["weight"])) for row in csv.DictReader(handle)]


train = load(os.path.join(args.train, "train.csv"))
test = load(os.path.join(args.test, "test.csv"))

mean_x = sum(x for x, _ in train) / len(train)
mean_y = sum(y for _, y in train) / len(train)
slope = sum((x - mean_x) * (y - mean_y) for x, y in train) / sum((x - mean_x) ** 2 for x, _ in train)
intercept = mean_y - slope * mean_x
mae = sum(abs(intercept + slope * x - y) for x, y in test) / len(test)
print(f"weight = {intercept:.3f} + {slope:.3f} * length; test MAE {mae:.4f}")

report = {"regression_metrics": {"mae": {"value": mae}}, "model": {"slope": slope, "intercept": intercept}}
os.makedirs(args.evaluation, exist_ok=True)
with open(os.path.join(args.evaluation, "evaluation.json"), "w") as handle:
    json.dump(report, handle, indent=2)
