"""Write the release note of an approved model."""
import argparse
import json
import os

parser = argparse.ArgumentParser()
parser.add_argument("--summary", default="/opt/ml/processing/summary")
parser.add_argument("--approver", required=True)
parser.add_argument("--headline", required=True)
parser.add_argument("--release", default="/opt/ml/processing/release")
args = parser.parse_args()

with open(os.path.join(args.summary, "summary.json")) as handle:
    summary = json.load(handle)
note = (
    "Release note\n"
    f"{args.headline}\n"
    f"positive rate: {summary['positive_rate']:.4f}\n"
    f"approved by: {args.approver}\n"
)
os.makedirs(args.release, exist_ok=True)
with open(os.path.join(args.release, "release-note.txt"), "w") as handle:
    handle.write(note)
print(note)
