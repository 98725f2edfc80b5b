"""The evaluation of SageMaker's abalone pipeline example, with the Python standard library.

It follows the contract of the AWS example's evaluation.py: the model comes from
/opt/ml/processing/model/model.tar.gz (the training job's artifact, holding `xgboost-model`), the
test set from /opt/ml/processing/test/test.csv (label first, no header), and the report goes to
/opt/ml/processing/evaluation/evaluation.json as
{"regression_metrics": {"mse": {"value": ..., "standard_deviation": ...}}}, which the pipeline's
EvaluationReport property file reads. The model is the JSON that the local stand-in for the
sagemaker-xgboost image writes (xgboost_container.py), not a real XGBoost booster.

SM_PROCESSING_DIR is set by Pipewright (in host mode it is the attempt's folder); on SageMaker it
is not, and the script uses /opt/ml/processing as the AWS example does.
"""
import csv
import json
import os
import tarfile

BASE_DIR = os.environ.get("SM_PROCESSING_DIR", "/opt/ml/processing")

with tarfile.open(f"{BASE_DIR}/model/model.tar.gz") as tar:
    model = json.load(tar.extractfile("xgboost-model"))


def predict(features):
    return model["bias"] + sum(w * x for w, x in zip(model["weights"], features))


with open(f"{BASE_DIR}/test/test.csv", newline="") as f:
    rows = [[float(value) for value in row] for row in csv.reader(f) if row]
errors = [row[0] - predict(row[1:]) for row in rows]
mse = sum(e * e for e in errors) / len(errors)
mean_error = sum(errors) / len(errors)
std = (sum((e - mean_error) ** 2 for e in errors) / len(errors)) ** 0.5
print(f"test mse={mse:.4f} std={std:.4f} on {len(rows)} rows")

report = {"regression_metrics": {"mse": {"value": mse, "standard_deviation": std}}}
os.makedirs(f"{BASE_DIR}/evaluation", exist_ok=True)
with open(f"{BASE_DIR}/evaluation/evaluation.json", "w") as f:
    json.dump(report, f)
