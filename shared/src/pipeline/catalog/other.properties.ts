import { type ObjectShape, bool, map, obj, str, strings, time } from './shape';
import { outputParameters } from './step-members';

/** Condition steps expose only whether their conditions held. */
export const conditionProperties: ObjectShape = obj({
  Outcome: bool('Whether all the conditions evaluated to true'),
});

/** Lambda and Callback steps expose the output parameters they declare. */
export const outputParameterProperties: ObjectShape = obj({
  OutputParameters: map(str('Output parameter value'), outputParameters),
});

/** QualityCheck steps (SDK `QualityCheckStep.properties`): S3 URIs of the baseline files. */
export const qualityCheckProperties: ObjectShape = obj({
  CalculatedBaselineConstraints: str('S3 URI of the constraints calculated by this run'),
  CalculatedBaselineStatistics: str('S3 URI of the statistics calculated by this run'),
  BaselineUsedForDriftCheckConstraints: str('S3 URI of the constraints used for drift checks'),
  BaselineUsedForDriftCheckStatistics: str('S3 URI of the statistics used for drift checks'),
});

/** ClarifyCheck steps (SDK `ClarifyCheckStep.properties`): constraints only, no statistics. */
export const clarifyCheckProperties: ObjectShape = obj({
  CalculatedBaselineConstraints: str('S3 URI of the constraints calculated by this run'),
  BaselineUsedForDriftCheckConstraints: str('S3 URI of the constraints used for drift checks'),
});

/**
 * EMR steps: the EMR `Step` shape plus `ClusterId` (SDK `EMRStep`: `Properties(shape_name="Step",
 * service_name="emr")`), so paths read `Status.State`, not `Step.Status.State`.
 */
export const emrProperties: ObjectShape = obj({
  ClusterId: str('EMR cluster the step ran on'),
  Id: str('EMR step ID'),
  Name: str('EMR step name'),
  Config: obj({
    Jar: str('JAR file the step ran'),
    Properties: map(str('Java property value')),
    MainClass: str('Main class of the JAR'),
    Args: strings('Command-line argument'),
  }),
  ActionOnFailure: str('What EMR does when the step fails'),
  Status: obj({
    State: str('PENDING, CANCEL_PENDING, RUNNING, COMPLETED, CANCELLED, FAILED or INTERRUPTED'),
    StateChangeReason: obj({
      Code: str('Reason code of the last state change'),
      Message: str('Reason of the last state change'),
    }),
    FailureDetails: obj({
      Reason: str('Why the step failed'),
      Message: str('Failure message'),
      LogFile: str('Log file with the failure'),
    }),
    Timeline: obj({
      CreationDateTime: time('When the step was created'),
      StartDateTime: time('When the step started'),
      EndDateTime: time('When the step ended'),
    }),
  }),
  ExecutionRoleArn: str('IAM role the step ran as'),
  LogUri: str('S3 URI the step logs are written to'),
  EncryptionKeyArn: str('KMS key used to encrypt the step logs'),
});
