"""Trains a ridge regression of abalone rings on the measurements, in SageMaker script mode.

The training toolkit's contract: hyperparameters arrive as --name value arguments, the data in
the folders named by SM_CHANNEL_TRAIN and SM_CHANNEL_VALIDATION, and whatever is written to
SM_MODEL_DIR becomes model.tar.gz. Standard library only: the normal equations are solved by
Gaussian elimination.
"""
import argparse
import csv
import json
import os

parser = argparse.ArgumentParser()
parser.add_argument("--l2", type=float, default=0.01)
parser.add_argument("--model-dir", default=os.environ.get("SM_MODEL_DIR", "/opt/ml/model"))
parser.add_argument("--train", default=os.environ.get("SM_CHANNEL_TRAIN"))
parser.add_argument("--validation", default=os.environ.get("SM_CHANNEL_VALIDATION"))
args = parser.parse_args()


def load(folder):
    rows = []
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), newline="") as f:
            rows.extend([float(value) for value in row] for row in csv.reader(f) if row)
    return [row[1:] for row in rows], [row[0] for row in rows]


def solve(a, b):
    """Solves a x = b by Gaussian elimination with partial pivoting."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(col + 1, n):
            factor = m[r][col] / m[col][col]
            for c in range(col, n + 1):
                m[r][c] -= factor * m[col][c]
    x = [0.0] * n
    for r in reversed(range(n)):
        x[r] = (m[r][n] - sum(m[r][c] * x[c] for c in range(r + 1, n))) / m[r][r]
    return x


def predict(model, features):
    scaled = [(v - m) / s for v, m, s in zip(features, model["mean"], model["scale"])]
    return model["bias"] + sum(w * v for w, v in zip(model["weights"], scaled))


def mse(model, xs, ys):
    return sum((predict(model, x) - y) ** 2 for x, y in zip(xs, ys)) / len(ys)


xs, ys = load(args.train)
n, d = len(xs), len(xs[0])
mean = [sum(x[j] for x in xs) / n for j in range(d)]
scale = [(sum((x[j] - mean[j]) ** 2 for x in xs) / n) ** 0.5 or 1.0 for j in range(d)]
zs = [[(x[j] - mean[j]) / scale[j] for j in range(d)] for x in xs]
label_mean = sum(ys) / n
# Ridge on standardised features with an unpenalised intercept: (Z'Z + l2 n I) w = Z'(y - mean).
gram = [[sum(z[i] * z[j] for z in zs) + (args.l2 * n if i == j else 0.0) for j in range(d)] for i in range(d)]
target = [sum(z[i] * (y - label_mean) for z, y in zip(zs, ys)) for i in range(d)]
model = {"mean": mean, "scale": scale, "weights": solve(gram, target), "bias": label_mean}
model["label_mean"] = label_mean

print(f"train:mse={mse(model, xs, ys):.4f}")
if args.validation:
    vx, vy = load(args.validation)
    print(f"validation:mse={mse(model, vx, vy):.4f}")
os.makedirs(args.model_dir, exist_ok=True)
with open(os.path.join(args.model_dir, "model.json"), "w") as f:
    json.dump(model, f, indent=2)
