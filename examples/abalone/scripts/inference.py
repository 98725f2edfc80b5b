"""Predicts abalone rings, following Pipewright's local batch-transform contract.

Run once per input file: --input holds one CSV record per line (SplitType Line) and --output
gets exactly one prediction per line, in order. See docs/local-runtime.md, "Batch transform:
the local inference contract".
"""
import argparse
import json
import os

parser = argparse.ArgumentParser()
parser.add_argument("--model-dir", default=os.environ.get("SM_MODEL_DIR", "/opt/ml/model"))
parser.add_argument("--input", required=True)
parser.add_argument("--output", required=True)
parser.add_argument("--content-type", default="text/csv")
parser.add_argument("--accept", default="text/csv")
args = parser.parse_args()
if args.content_type != "text/csv" or args.accept != "text/csv":
    raise SystemExit(f"only text/csv is supported, not {args.content_type} -> {args.accept}")

with open(os.path.join(args.model_dir, "model.json")) as f:
    model = json.load(f)


def predict(features):
    scaled = [(v - m) / s for v, m, s in zip(features, model["mean"], model["scale"])]
    return model["bias"] + sum(w * v for w, v in zip(model["weights"], scaled))


count = 0
with open(args.input) as requests, open(args.output, "w") as responses:
    for line in requests:
        responses.write(f"{predict([float(value) for value in line.split(',')]):.3f}\n")
        count += 1
print(f"{os.path.basename(args.input)}: {count} predictions")
