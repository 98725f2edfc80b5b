"""Write a short model card next to the evaluation it passed."""
import argparse
import json
import os

parser = argparse.ArgumentParser()
parser.add_argument("--evaluation", default="/opt/ml/processing/evaluation")
parser.add_argument("--card", default="/opt/ml/processing/card")
args = parser.parse_args()

with open(os.path.join(args.evaluation, "evaluation.json")) as handle:
    report = json.load(handle)
model = report["model"]
card = (
    "Model card\n"
    f"weight = {model['intercept']:.3f} + {model['slope']:.3f} * length\n"
    f"test MAE: {report['regression_metrics']['mae']['value']:.4f}\n"
)
os.makedirs(args.card, exist_ok=True)
with open(os.path.join(args.card, "model-card.txt"), "w") as handle:
    handle.write(card)
print(card)
