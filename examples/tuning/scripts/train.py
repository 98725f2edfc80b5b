"""Linear regression by batch gradient descent, standard library only, for SageMaker script mode.

The training toolkit passes the hyperparameters as arguments (--learning_rate 0.05 --epochs 100)
and the folders as SM_* variables; the defaults are SageMaker's container paths. The tuner reads
"validation:rmse=<value>" from the log through the step's MetricDefinitions.
"""
import argparse
import csv
import json
import math
import os

parser = argparse.ArgumentParser()
parser.add_argument("--learning_rate", type=float, default=0.05)
parser.add_argument("--epochs", type=int, default=100)
parser.add_argument("--target", default="price")
parser.add_argument("--train", default=os.environ.get("SM_CHANNEL_TRAIN", "/opt/ml/input/data/train"))
parser.add_argument(
    "--validation",
    default=os.environ.get("SM_CHANNEL_VALIDATION", "/opt/ml/input/data/validation"),
)
parser.add_argument("--model-dir", default=os.environ.get("SM_MODEL_DIR", "/opt/ml/model"))
args = parser.parse_args()


def load(folder):
    rows = []
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), newline="") as handle:
            rows.extend(csv.DictReader(handle))
    features = [key for key in rows[0] if key != args.target]
    x = [[float(row[key]) for key in features] for row in rows]
    y = [float(row[args.target]) for row in rows]
    return features, x, y


def predict(weights, bias, row):
    return bias + sum(w * v for w, v in zip(weights, row))


def rmse(weights, bias, x, y):
    return math.sqrt(sum((predict(weights, bias, row) - t) ** 2 for row, t in zip(x, y)) / len(y))


features, train_x, train_y = load(args.train)
_, valid_x, valid_y = load(args.validation)

# Standardize with the training set's statistics; the model keeps them to predict later.
columns = list(zip(*train_x))
means = [sum(column) / len(column) for column in columns]
stds = [math.sqrt(sum((v - m) ** 2 for v in c) / len(c)) or 1.0 for c, m in zip(columns, means)]


def scale(rows):
    return [[(v - m) / s for v, m, s in zip(row, means, stds)] for row in rows]


train_s, valid_s = scale(train_x), scale(valid_x)

weights, bias, n = [0.0] * len(features), 0.0, len(train_y)
for epoch in range(1, args.epochs + 1):
    errors = [predict(weights, bias, row) - t for row, t in zip(train_s, train_y)]
    gradients = [sum(e * row[i] for e, row in zip(errors, train_s)) / n for i in range(len(weights))]
    bias -= args.learning_rate * sum(errors) / n
    weights = [w - args.learning_rate * g for w, g in zip(weights, gradients)]
    if epoch % max(1, args.epochs // 5) == 0 or epoch == args.epochs:
        print(f"epoch {epoch}: train:rmse={rmse(weights, bias, train_s, train_y):.4f}")

print(f"validation:rmse={rmse(weights, bias, valid_s, valid_y):.4f}")
model = {"features": features, "means": means, "stds": stds, "weights": weights, "bias": bias}
with open(os.path.join(args.model_dir, "model.json"), "w") as handle:
    json.dump(model, handle, indent=2)
