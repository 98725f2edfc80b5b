"""Lambda handler: decide how risky a release is from the evaluation summary.

Locally, Pipewright runs this file for FunctionArn ...:function:triage (the embedded file whose
name is triage.py); on AWS, deploy it as the Lambda function "triage".
"""


def lambda_handler(event, context):
    accuracy = float(event["accuracy"])
    minimum = float(event["min_accuracy"])
    rows = int(event["rows"])
    meets_bar = accuracy >= minimum
    risk = "low" if meets_bar and rows >= 50 else "high"
    headline = f"accuracy {accuracy:.3f} on {rows} rows (minimum {minimum:.3f}): {risk} risk"
    print(f"{context.function_name}: {headline}")
    return {"meets_bar": meets_bar, "risk": risk, "headline": headline}
