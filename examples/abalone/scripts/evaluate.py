"""Evaluates the trained model on the test set and writes evaluation.json.

Reports the test MSE and, to show that the model learned something, the MSE of always
predicting the training set's mean number of rings.
"""
import argparse
import csv
import json
import os
import tarfile

parser = argparse.ArgumentParser()
parser.add_argument("--model", default="/opt/ml/processing/model")
parser.add_argument("--test", default="/opt/ml/processing/test")
parser.add_argument("--evaluation", default="/opt/ml/processing/evaluation")
args = parser.parse_args()

with tarfile.open(os.path.join(args.model, "model.tar.gz")) as archive:
    model = json.load(archive.extractfile("model.json"))


def predict(features):
    scaled = [(v - m) / s for v, m, s in zip(features, model["mean"], model["scale"])]
    return model["bias"] + sum(w * v for w, v in zip(model["weights"], scaled))


rows = []
for name in sorted(os.listdir(args.test)):
    with open(os.path.join(args.test, name), newline="") as f:
        rows.extend([float(value) for value in row] for row in csv.reader(f) if row)
errors = [(predict(row[1:]) - row[0]) ** 2 for row in rows]
mse = sum(errors) / len(errors)
std = (sum((e - mse) ** 2 for e in errors) / len(errors)) ** 0.5
baseline = sum((model["label_mean"] - row[0]) ** 2 for row in rows) / len(rows)
print(f"test mse={mse:.4f}  baseline mse (predicting the mean)={baseline:.4f}")

os.makedirs(args.evaluation, exist_ok=True)
report = {
    "regression_metrics": {
        "mse": {"value": mse, "standard_deviation": std},
        "baseline_mse": {"value": baseline},
    }
}
with open(os.path.join(args.evaluation, "evaluation.json"), "w") as f:
    json.dump(report, f, indent=2)
