"""A local stand-in for the sagemaker-xgboost image's entrypoint, with the standard library only.

The image map points the image at this program. Like the real container it is started with
`train` for a training job; for a batch transform it follows Pipewright's local inference
contract (docs/local-runtime.md, "Batch transform: the local inference contract") and gets
`--model-dir DIR --input FILE --output FILE [--content-type T] [--accept T]`.

Training is gradient boosting with a linear base learner (XGBoost's `gblinear` idea, not its
trees): `num_round` rounds, each fitting a ridge regression (L2 `lambda`) to the residuals and
adding it scaled by `eta`, starting from `base_score`. Each ridge fit solves the normal equations.
It reads CSV channels with the label first and no header (/opt/ml/input/data/train and
validation), the hyperparameters from /opt/ml/input/config/hyperparameters.json (strings, as
SageMaker writes them), logs `[round]<tab>train-rmse:…<tab>validation-rmse:…` as XGBoost does, and
writes the model as JSON to /opt/ml/model/xgboost-model.

The SM_* variables give the folders in Pipewright's host mode; the /opt/ml paths are the
fallback, as in the container.
"""
import argparse
import csv
import json
import os
import sys

SUPPORTED_OBJECTIVES = ("reg:linear", "reg:squarederror")


def load_csv(folder):
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
    for r in range(n - 1, -1, -1):
        x[r] = (m[r][n] - sum(m[r][c] * x[c] for c in range(r + 1, n))) / m[r][r]
    return x


def predict(model, features):
    return model["bias"] + sum(w * x for w, x in zip(model["weights"], features))


def rmse(model, xs, ys):
    return (sum((y - predict(model, x)) ** 2 for x, y in zip(xs, ys)) / len(ys)) ** 0.5


def fail(message):
    output_dir = os.environ.get("SM_OUTPUT_DIR", "/opt/ml/output")
    os.makedirs(output_dir, exist_ok=True)
    with open(os.path.join(output_dir, "failure"), "w") as f:
        f.write(message)
    raise SystemExit(message)


def train():
    config_dir = os.environ.get("SM_INPUT_CONFIG_DIR", "/opt/ml/input/config")
    with open(os.path.join(config_dir, "hyperparameters.json")) as f:
        hyperparameters = json.load(f)
    objective = hyperparameters.get("objective", "reg:squarederror")
    if objective not in SUPPORTED_OBJECTIVES:
        fail(f"objective {objective} is not supported by the local stand-in")
    num_round = int(hyperparameters["num_round"])
    eta = float(hyperparameters.get("eta", "0.3"))
    l2 = float(hyperparameters.get("lambda", "1"))
    base_score = float(hyperparameters.get("base_score", "0.5"))

    xs, ys = load_csv(os.environ.get("SM_CHANNEL_TRAIN", "/opt/ml/input/data/train"))
    validation = os.environ.get("SM_CHANNEL_VALIDATION", "/opt/ml/input/data/validation")
    vxs, vys = load_csv(validation) if os.path.isdir(validation) else ([], [])
    n, d = len(xs), len(xs[0])
    means = [sum(x[j] for x in xs) / n for j in range(d)]
    centred = [[x[j] - means[j] for j in range(d)] for x in xs]
    gram = [
        [sum(row[i] * row[j] for row in centred) + (l2 if i == j else 0.0) for j in range(d)]
        for i in range(d)
    ]

    model = {"bias": base_score, "weights": [0.0] * d}
    for round_ in range(num_round):
        residuals = [y - predict(model, x) for x, y in zip(xs, ys)]
        mean_residual = sum(residuals) / n
        moments = [sum(row[j] * r for row, r in zip(centred, residuals)) for j in range(d)]
        weights = solve(gram, moments)
        bias = mean_residual - sum(w * m for w, m in zip(weights, means))
        model["bias"] += eta * bias
        model["weights"] = [w + eta * step for w, step in zip(model["weights"], weights)]
        line = f"[{round_}]\ttrain-rmse:{rmse(model, xs, ys):.5f}"
        if vys:
            line += f"\tvalidation-rmse:{rmse(model, vxs, vys):.5f}"
        print(line)

    model_dir = os.environ.get("SM_MODEL_DIR", "/opt/ml/model")
    os.makedirs(model_dir, exist_ok=True)
    with open(os.path.join(model_dir, "xgboost-model"), "w") as f:
        json.dump({**model, "objective": objective, "num_round": num_round}, f)


def transform(argv):
    parser = argparse.ArgumentParser()
    parser.add_argument("--model-dir", default=os.environ.get("SM_MODEL_DIR", "/opt/ml/model"))
    parser.add_argument("--input", required=True)
    parser.add_argument("--output", required=True)
    parser.add_argument("--content-type", default="text/csv")
    parser.add_argument("--accept", default="text/csv")
    args = parser.parse_args(argv)
    if args.content_type != "text/csv" or args.accept != "text/csv":
        raise SystemExit(f"only text/csv is supported, not {args.content_type} -> {args.accept}")
    with open(os.path.join(args.model_dir, "xgboost-model")) as f:
        model = json.load(f)
    # SplitType None: the whole file is one request; each CSV line is a row to predict.
    with open(args.input, newline="") as requests, open(args.output, "w") as responses:
        rows = [[float(value) for value in row] for row in csv.reader(requests) if row]
        responses.writelines(f"{predict(model, row)}\n" for row in rows)
    print(f"{os.path.basename(args.input)}: {len(rows)} predictions")


if __name__ == "__main__":
    if sys.argv[1:2] == ["train"]:
        train()
    elif sys.argv[1:2] == ["serve"]:
        raise SystemExit("serve (a real-time endpoint) is not part of the local stand-in")
    else:
        transform(sys.argv[1:])
