"""Score the best tuned model on the test set against predicting the training mean.

The model comes as the model.tar.gz of the tuning step's best training job (the SDK's
get_top_model_s3_uri); the result is a property file the Condition step reads.
"""
import argparse
import csv
import json
import math
import os
import tarfile

parser = argparse.ArgumentParser()
parser.add_argument("--model", default="/opt/ml/processing/model")
parser.add_argument("--train", default="/opt/ml/processing/train")
parser.add_argument("--test", default="/opt/ml/processing/test")
parser.add_argument("--evaluation", default="/opt/ml/processing/evaluation")
parser.add_argument("--best-job", default="")
parser.add_argument("--best-validation-rmse", type=float, default=float("nan"))
args = parser.parse_args()

with tarfile.open(os.path.join(args.model, "model.tar.gz")) as archive:
    model = json.load(archive.extractfile("model.json"))


def load(folder, name):
    with open(os.path.join(folder, name), newline="") as handle:
        return list(csv.DictReader(handle))


def predict(row):
    columns = zip(model["features"], model["means"], model["stds"])
    scaled = [(float(row[key]) - mean) / std for key, mean, std in columns]
    return model["bias"] + sum(w * v for w, v in zip(model["weights"], scaled))


train, test = load(args.train, "train.csv"), load(args.test, "test.csv")
mean_price = sum(float(row["price"]) for row in train) / len(train)
model_rmse = math.sqrt(sum((predict(row) - float(row["price"])) ** 2 for row in test) / len(test))
baseline_rmse = math.sqrt(sum((mean_price - float(row["price"])) ** 2 for row in test) / len(test))

print(f"best training job: {args.best_job} (validation RMSE {args.best_validation_rmse:.4f})")
print(f"test RMSE of the tuned model: {model_rmse:.4f}")
print(f"test RMSE of predicting the mean price ({mean_price:.1f}): {baseline_rmse:.4f}")

report = {
    "regression_metrics": {
        "rmse": {"value": model_rmse},
        "baseline_rmse": {"value": baseline_rmse},
    },
    "best_training_job": args.best_job,
}
os.makedirs(args.evaluation, exist_ok=True)
with open(os.path.join(args.evaluation, "evaluation.json"), "w") as handle:
    json.dump(report, handle, indent=2)
