"""The preprocessing of SageMaker's abalone pipeline example, with the Python standard library.

It follows the contract of the AWS example's preprocessing.py: the raw abalone CSV (no header:
sex, the seven measurements, rings) is read from /opt/ml/processing/input/abalone-dataset.csv,
sex is one-hot encoded (F, I, M, as scikit-learn's OneHotEncoder orders them), the rows are
shuffled and split 70/15/15, and train.csv, validation.csv and test.csv are written without
headers, label (rings) first, to /opt/ml/processing/{train,validation,test}. The measurements are
not standardised (the AWS example scales them), so that the batch data placed beside the dataset
is encoded the same way without knowing the dataset's statistics.

SM_PROCESSING_DIR is set by Pipewright (in host mode it is the attempt's folder); on SageMaker it
is not, and the script uses /opt/ml/processing as the AWS example does.
"""
import csv
import os
import random

BASE_DIR = os.environ.get("SM_PROCESSING_DIR", "/opt/ml/processing")
SEXES = ("F", "I", "M")

with open(f"{BASE_DIR}/input/abalone-dataset.csv", newline="") as f:
    raw = [row for row in csv.reader(f) if row]

examples = []
for sex, *measurements, rings in raw:
    one_hot = [1.0 if sex == value else 0.0 for value in SEXES]
    examples.append([float(rings)] + one_hot + [float(value) for value in measurements])

random.Random(42).shuffle(examples)
cut_train, cut_validation = int(0.7 * len(examples)), int(0.85 * len(examples))
splits = {
    "train": examples[:cut_train],
    "validation": examples[cut_train:cut_validation],
    "test": examples[cut_validation:],
}
for name, rows in splits.items():
    os.makedirs(f"{BASE_DIR}/{name}", exist_ok=True)
    with open(f"{BASE_DIR}/{name}/{name}.csv", "w", newline="") as f:
        csv.writer(f).writerows(rows)
    print(f"{name}: {len(rows)} rows")
