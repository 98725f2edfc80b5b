import { type ObjectShape, bool, int, list, num, obj, str, strings, time } from './shape';
import { namedItems, suggestedBy } from './step-members';

const variants = suggestedBy(
  'production variant',
  namedItems(['Arguments', 'ProductionVariants'], 'VariantName'),
);

/** Online explainability (Clarify) settings of an endpoint, the same in both Describe responses. */
const explainerConfig = obj({
  ClarifyExplainerConfig: obj({
    EnableExplanations: str(
      'A JMESPath boolean expression used to filter which records to explain',
    ),
    InferenceConfig: obj({
      FeaturesAttribute: str(
        'Provides the JMESPath expression to extract the features from a model…',
      ),
      ContentTemplate: str('A template string used to format a JSON record into an acceptable…'),
      MaxRecordCount: int('Maximum number of records in a request that the model container can…'),
      MaxPayloadInMB: int('Maximum payload size (MB) allowed of a request from the explainer to…'),
      ProbabilityIndex: int('A zero-based index used to extract a probability value (score) or…'),
      LabelIndex: int('A zero-based index used to extract a label header or list of label…'),
      ProbabilityAttribute: str(
        'A JMESPath expression used to extract the probability (or score) from…',
      ),
      LabelAttribute: str('A JMESPath expression used to locate the list of label headers in the…'),
      LabelHeaders: strings('For multiclass classification problems, the label headers are the…'),
      FeatureHeaders: strings('Names of the features'),
      FeatureTypes: strings('A list of data types of the features (optional)'),
    }),
    ShapConfig: obj({
      ShapBaselineConfig: obj({
        MimeType: str('MIME type of the baseline data'),
        ShapBaseline: str('Inline SHAP baseline data in string format'),
        ShapBaselineUri: str('Uniform resource identifier (URI) of the S3 bucket where the SHAP…'),
      }),
      NumberOfSamples: int(
        'Number of samples to be used for analysis by the Kernal SHAP algorithm',
      ),
      UseLogit: bool('A Boolean toggle to indicate if you want to use the logit function…'),
      Seed: int('Starting value used to initialize the random number generator in the…'),
      TextConfig: obj({
        Language: str('Specifies the language of the text features in ISO 639-1 or ISO 639-3…'),
        Granularity: str('Unit of granularity for the analysis of text features'),
      }),
    }),
  }),
});

/** Asynchronous inference settings of an endpoint, the same in both Describe responses. */
const asyncInferenceConfig = obj({
  ClientConfig: obj({
    MaxConcurrentInvocationsPerInstance: int(
      'Maximum number of concurrent requests sent by the SageMaker client to…',
    ),
  }),
  OutputConfig: obj({
    KmsKeyId: str('Amazon Web Services Key Management Service (Amazon Web Services KMS)…'),
    S3OutputPath: str('Amazon S3 location to upload inference responses to'),
    NotificationConfig: obj({
      SuccessTopic: str('Amazon SNS topic to post a notification to when inference completes…'),
      ErrorTopic: str('Amazon SNS topic to post a notification to when inference fails'),
      IncludeInferenceResponseIn: strings(
        'Amazon SNS topics where you want the inference response to be included',
      ),
    }),
    S3FailurePath: str('Amazon S3 location to upload failure inference responses to'),
  }),
});

/** Metrics publishing settings of an endpoint, the same in both Describe responses. */
const metricsConfig = obj({
  EnableEnhancedMetrics: bool('Specifies whether to enable enhanced metrics for the endpoint'),
  MetricPublishFrequencyInSeconds: int(
    'Interval, in seconds, at which metrics are published to Amazon…',
  ),
});

/** `DescribeEndpointConfigOutput`. */
export const endpointConfigProperties: ObjectShape = obj({
  EndpointConfigName: str('Endpoint configuration name'),
  EndpointConfigArn: str('Endpoint configuration ARN'),
  ProductionVariants: list(
    obj({
      VariantName: str('Variant name'),
      ModelName: str('Model the variant serves'),
      InitialInstanceCount: int('Initial number of instances'),
      InstanceType: str('Instance type'),
      InitialVariantWeight: num('Initial traffic weight'),
      InstancePools: list(
        obj({
          InstanceType: str('ML compute instance type for the instance pool'),
          ModelNameOverride: str(
            'Name of a SageMaker model to use for this instance pool instead of…',
          ),
          Priority: int('Priority for the instance pool'),
        }),
      ),
      VariantInstanceProvisionTimeoutInSeconds: int(
        'Timeout value, in seconds, for provisioning instances for the…',
      ),
      AcceleratorType: str('This parameter is no longer supported'),
      CoreDumpConfig: obj({
        DestinationS3Uri: str('Amazon S3 bucket to send the core dump to'),
        KmsKeyId: str('Amazon Web Services Key Management Service (Amazon Web Services KMS)…'),
      }),
      ServerlessConfig: obj({
        MemorySizeInMB: int('Memory size of your serverless endpoint'),
        MaxConcurrency: int(
          'Maximum number of concurrent invocations your serverless endpoint can…',
        ),
        ProvisionedConcurrency: int(
          'Amount of provisioned concurrency to allocate for the serverless…',
        ),
      }),
      VolumeSizeInGB: int('Size, in GB, of the ML storage volume attached to individual…'),
      ModelDataDownloadTimeoutInSeconds: int(
        'Timeout value, in seconds, to download and extract the model that you…',
      ),
      ContainerStartupHealthCheckTimeoutInSeconds: int(
        'Timeout value, in seconds, for your inference container to pass…',
      ),
      EnableSSMAccess: bool('You can use this parameter to turn on native Amazon Web Services…'),
      ManagedInstanceScaling: obj({
        Status: str('Indicates whether managed instance scaling is enabled'),
        MinInstanceCount: int('Minimum number of instances that the endpoint must retain when it…'),
        MaxInstanceCount: int(
          'Maximum number of instances that the endpoint can provision when it…',
        ),
        ScaleInPolicy: obj({
          Strategy: str('Strategy for scaling in instances'),
          MaximumStepSize: int(
            'Maximum number of instances that the endpoint can terminate at a time…',
          ),
          CooldownInMinutes: int(
            'Cooldown period, in minutes, after the last endpoint operation before…',
          ),
        }),
      }),
      RoutingConfig: obj({
        RoutingStrategy: str('Sets how the endpoint routes incoming traffic…'),
      }),
      InferenceAmiVersion: str(
        'Specifies an option from a collection of preconfigured Amazon Machine…',
      ),
      CapacityReservationConfig: obj({
        CapacityReservationPreference: str(
          'Options that you can choose for the capacity reservation',
        ),
        MlReservationArn: str(
          'Amazon Resource Name (ARN) that uniquely identifies the ML capacity…',
        ),
      }),
    }),
    { keyField: 'VariantName', members: variants },
  ),
  KmsKeyId: str('KMS key for the storage volumes'),
  ExecutionRoleArn: str('IAM role of the endpoint'),
  CreationTime: time('When the configuration was created'),
  DataCaptureConfig: obj({
    EnableCapture: bool('Whether data capture should be enabled or disabled (defaults to enabled)'),
    InitialSamplingPercentage: int('Percentage of requests SageMaker AI will capture'),
    DestinationS3Uri: str('Amazon S3 location used to capture the data'),
    KmsKeyId: str('Amazon Resource Name (ARN) of an Key Management Service key that…'),
    CaptureOptions: list(
      obj({
        CaptureMode: str('Specify the boundary of data to capture'),
      }),
    ),
    CaptureContentTypeHeader: obj({
      CsvContentTypes: strings(
        'List of all content type headers that Amazon SageMaker AI will treat…',
      ),
      JsonContentTypes: strings(
        'List of all content type headers that SageMaker AI will treat as JSON…',
      ),
    }),
  }),
  AsyncInferenceConfig: asyncInferenceConfig,
  ExplainerConfig: explainerConfig,
  ShadowProductionVariants: list(
    obj({
      VariantName: str('Name of the production variant'),
      ModelName: str('Name of the model that you want to host'),
      InitialInstanceCount: int('Number of instances to launch initially'),
      InstanceType: str('ML compute instance type'),
      InstancePools: list(
        obj({
          InstanceType: str('ML compute instance type for the instance pool'),
          ModelNameOverride: str(
            'Name of a SageMaker model to use for this instance pool instead of…',
          ),
          Priority: int('Priority for the instance pool'),
        }),
      ),
      VariantInstanceProvisionTimeoutInSeconds: int(
        'Timeout value, in seconds, for provisioning instances for the…',
      ),
      InitialVariantWeight: num(
        'Determines initial traffic distribution among all of the models that…',
      ),
      AcceleratorType: str('This parameter is no longer supported'),
      CoreDumpConfig: obj({
        DestinationS3Uri: str('Amazon S3 bucket to send the core dump to'),
        KmsKeyId: str('Amazon Web Services Key Management Service (Amazon Web Services KMS)…'),
      }),
      ServerlessConfig: obj({
        MemorySizeInMB: int('Memory size of your serverless endpoint'),
        MaxConcurrency: int(
          'Maximum number of concurrent invocations your serverless endpoint can…',
        ),
        ProvisionedConcurrency: int(
          'Amount of provisioned concurrency to allocate for the serverless…',
        ),
      }),
      VolumeSizeInGB: int('Size, in GB, of the ML storage volume attached to individual…'),
      ModelDataDownloadTimeoutInSeconds: int(
        'Timeout value, in seconds, to download and extract the model that you…',
      ),
      ContainerStartupHealthCheckTimeoutInSeconds: int(
        'Timeout value, in seconds, for your inference container to pass…',
      ),
      EnableSSMAccess: bool('You can use this parameter to turn on native Amazon Web Services…'),
      ManagedInstanceScaling: obj({
        Status: str('Indicates whether managed instance scaling is enabled'),
        MinInstanceCount: int('Minimum number of instances that the endpoint must retain when it…'),
        MaxInstanceCount: int(
          'Maximum number of instances that the endpoint can provision when it…',
        ),
        ScaleInPolicy: obj({
          Strategy: str('Strategy for scaling in instances'),
          MaximumStepSize: int(
            'Maximum number of instances that the endpoint can terminate at a time…',
          ),
          CooldownInMinutes: int(
            'Cooldown period, in minutes, after the last endpoint operation before…',
          ),
        }),
      }),
      RoutingConfig: obj({
        RoutingStrategy: str('Sets how the endpoint routes incoming traffic…'),
      }),
      InferenceAmiVersion: str(
        'Specifies an option from a collection of preconfigured Amazon Machine…',
      ),
      CapacityReservationConfig: obj({
        CapacityReservationPreference: str(
          'Options that you can choose for the capacity reservation',
        ),
        MlReservationArn: str(
          'Amazon Resource Name (ARN) that uniquely identifies the ML capacity…',
        ),
      }),
    }),
    { keyField: 'VariantName' },
  ),
  VpcConfig: obj({
    SecurityGroupIds: strings('VPC security group IDs, in the form sg-xxxxxxxx'),
    Subnets: strings('ID of the subnets in the VPC to which you want to connect your…'),
  }),
  EnableNetworkIsolation: bool(
    'Indicates whether all model containers deployed to the endpoint are…',
  ),
  MetricsConfig: metricsConfig,
});

/** A variant of a deployment still in progress; production and shadow variants share it. */
const pendingVariantSummary = obj({
  VariantName: str('Name of the variant'),
  DeployedImages: list(
    obj({
      SpecifiedImage: str('Image path you specified when you created the model'),
      ResolvedImage: str('Specific digest path of the image hosted in this ProductionVariant'),
      ResolutionTime: time('Date and time when the image path for the model resolved to the…'),
    }),
  ),
  CurrentWeight: num('Weight associated with the variant'),
  DesiredWeight: num('Requested weight for the variant in this deployment, as specified in…'),
  CurrentInstanceCount: int('Number of instances associated with the variant'),
  DesiredInstanceCount: int(
    'Number of instances requested in this deployment, as specified in the…',
  ),
  InstanceType: str('Type of instances associated with the variant'),
  InstancePools: list(
    obj({
      InstanceType: str('ML compute instance type for the instance pool'),
      CurrentInstanceCount: int('Current number of instances of this type in the instance pool'),
    }),
  ),
  AcceleratorType: str('This parameter is no longer supported'),
  VariantStatus: list(
    obj({
      Status: str('Endpoint variant status which describes the current deployment stage…'),
      StatusMessage: str('A message that describes the status of the production variant'),
      StartTime: time('Start time of the current status change'),
    }),
  ),
  CurrentServerlessConfig: obj({
    MemorySizeInMB: int('Memory size of your serverless endpoint'),
    MaxConcurrency: int('Maximum number of concurrent invocations your serverless endpoint can…'),
    ProvisionedConcurrency: int(
      'Amount of provisioned concurrency to allocate for the serverless…',
    ),
  }),
  DesiredServerlessConfig: obj({
    MemorySizeInMB: int('Memory size of your serverless endpoint'),
    MaxConcurrency: int('Maximum number of concurrent invocations your serverless endpoint can…'),
    ProvisionedConcurrency: int(
      'Amount of provisioned concurrency to allocate for the serverless…',
    ),
  }),
  ManagedInstanceScaling: obj({
    Status: str('Indicates whether managed instance scaling is enabled'),
    MinInstanceCount: int('Minimum number of instances that the endpoint must retain when it…'),
    MaxInstanceCount: int('Maximum number of instances that the endpoint can provision when it…'),
    ScaleInPolicy: obj({
      Strategy: str('Strategy for scaling in instances'),
      MaximumStepSize: int(
        'Maximum number of instances that the endpoint can terminate at a time…',
      ),
      CooldownInMinutes: int(
        'Cooldown period, in minutes, after the last endpoint operation before…',
      ),
    }),
  }),
  RoutingConfig: obj({
    RoutingStrategy: str('Sets how the endpoint routes incoming traffic…'),
  }),
});

/** Fields a deployed variant and a pending one both report: instance pools, status, serverless, scaling, routing, capacity. */
const variantRuntimeFields = {
  InstancePools: list(
    obj({
      InstanceType: str('ML compute instance type for the instance pool'),
      CurrentInstanceCount: int('Current number of instances of this type in the instance pool'),
    }),
  ),
  VariantStatus: list(
    obj({
      Status: str('Endpoint variant status which describes the current deployment stage…'),
      StatusMessage: str('A message that describes the status of the production variant'),
      StartTime: time('Start time of the current status change'),
    }),
  ),
  CurrentServerlessConfig: obj({
    MemorySizeInMB: int('Memory size of your serverless endpoint'),
    MaxConcurrency: int('Maximum number of concurrent invocations your serverless endpoint can…'),
    ProvisionedConcurrency: int(
      'Amount of provisioned concurrency to allocate for the serverless…',
    ),
  }),
  DesiredServerlessConfig: obj({
    MemorySizeInMB: int('Memory size of your serverless endpoint'),
    MaxConcurrency: int('Maximum number of concurrent invocations your serverless endpoint can…'),
    ProvisionedConcurrency: int(
      'Amount of provisioned concurrency to allocate for the serverless…',
    ),
  }),
  ManagedInstanceScaling: obj({
    Status: str('Indicates whether managed instance scaling is enabled'),
    MinInstanceCount: int('Minimum number of instances that the endpoint must retain when it…'),
    MaxInstanceCount: int('Maximum number of instances that the endpoint can provision when it…'),
    ScaleInPolicy: obj({
      Strategy: str('Strategy for scaling in instances'),
      MaximumStepSize: int(
        'Maximum number of instances that the endpoint can terminate at a time…',
      ),
      CooldownInMinutes: int(
        'Cooldown period, in minutes, after the last endpoint operation before…',
      ),
    }),
  }),
  RoutingConfig: obj({
    RoutingStrategy: str('Sets how the endpoint routes incoming traffic…'),
  }),
  CapacityReservationConfig: obj({
    MlReservationArn: str('Amazon Resource Name (ARN) that uniquely identifies the ML capacity…'),
    CapacityReservationPreference: str('Option that you chose for the capacity reservation'),
    TotalInstanceCount: int(
      'Number of instances that you allocated to the ML capacity reservation',
    ),
    AvailableInstanceCount: int(
      'Number of instances that are currently available in the ML capacity…',
    ),
    UsedByCurrentEndpoint: int(
      'Number of instances from the ML capacity reservation that are being…',
    ),
    Ec2CapacityReservations: list(
      obj({
        Ec2CapacityReservationId: str(
          'Unique identifier for an EC2 capacity reservation that’s part of the…',
        ),
        TotalInstanceCount: int(
          'Number of instances that you allocated to the EC2 capacity reservation',
        ),
        AvailableInstanceCount: int(
          'Number of instances that are currently available in the EC2 capacity…',
        ),
        UsedByCurrentEndpoint: int(
          'Number of instances from the EC2 capacity reservation that are being…',
        ),
      }),
    ),
  }),
};

/** `DescribeEndpointOutput`. */
export const endpointProperties: ObjectShape = obj({
  EndpointName: str('Endpoint name'),
  EndpointArn: str('Endpoint ARN'),
  EndpointConfigName: str('Endpoint configuration in use'),
  EndpointStatus: str('Creating, Updating, InService, Failed, ...'),
  FailureReason: str('Why the endpoint failed'),
  CreationTime: time('When the endpoint was created'),
  LastModifiedTime: time('When the endpoint was last modified'),
  ProductionVariants: list(
    obj({
      VariantName: str('Variant name'),
      CurrentWeight: num('Current traffic weight'),
      DesiredWeight: num('Requested traffic weight'),
      CurrentInstanceCount: int('Current number of instances'),
      DesiredInstanceCount: int('Requested number of instances'),
      DeployedImages: list(
        obj({
          SpecifiedImage: str('Image path you specified when you created the model'),
          ResolvedImage: str('Specific digest path of the image hosted in this ProductionVariant'),
          ResolutionTime: time('Date and time when the image path for the model resolved to the…'),
        }),
      ),
      ...variantRuntimeFields,
    }),
    { keyField: 'VariantName' },
  ),
  DataCaptureConfig: obj({
    EnableCapture: bool('Whether data capture is enabled or disabled'),
    CaptureStatus: str('Whether data capture is currently functional'),
    CurrentSamplingPercentage: int('Percentage of requests being captured by your Endpoint'),
    DestinationS3Uri: str('Amazon S3 location being used to capture the data'),
    KmsKeyId: str('KMS key being used to encrypt the data in Amazon S3'),
  }),
  LastDeploymentConfig: obj({
    BlueGreenUpdatePolicy: obj({
      TrafficRoutingConfiguration: obj({
        Type: str('Traffic routing strategy type'),
        WaitIntervalInSeconds: int(
          'Waiting time (in seconds) between incremental steps to turn on…',
        ),
        CanarySize: obj({
          Type: str('Specifies the endpoint capacity type'),
          Value: int('Defines the capacity size, either as a number of instances or a…'),
        }),
        LinearStepSize: obj({
          Type: str('Specifies the endpoint capacity type'),
          Value: int('Defines the capacity size, either as a number of instances or a…'),
        }),
      }),
      TerminationWaitInSeconds: int(
        'Additional waiting time in seconds after the completion of an…',
      ),
      MaximumExecutionTimeoutInSeconds: int('Maximum execution timeout for the deployment'),
    }),
    RollingUpdatePolicy: obj({
      MaximumBatchSize: obj({
        Type: str('Specifies the endpoint capacity type'),
        Value: int('Defines the capacity size, either as a number of instances or a…'),
      }),
      WaitIntervalInSeconds: int(
        'Length of the baking period, during which SageMaker monitors alarms…',
      ),
      MaximumExecutionTimeoutInSeconds: int('Time limit for the total deployment'),
      RollbackMaximumBatchSize: obj({
        Type: str('Specifies the endpoint capacity type'),
        Value: int('Defines the capacity size, either as a number of instances or a…'),
      }),
    }),
    AutoRollbackConfiguration: obj({
      Alarms: list(
        obj({
          AlarmName: str('Name of a CloudWatch alarm in your account'),
        }),
      ),
    }),
  }),
  AsyncInferenceConfig: asyncInferenceConfig,
  PendingDeploymentSummary: obj({
    EndpointConfigName: str('Name of the endpoint configuration used in the deployment'),
    ProductionVariants: list(pendingVariantSummary, { keyField: 'VariantName' }),
    StartTime: time('Start time of the deployment'),
    ShadowProductionVariants: list(pendingVariantSummary, { keyField: 'VariantName' }),
  }),
  ExplainerConfig: explainerConfig,
  ShadowProductionVariants: list(
    obj({
      VariantName: str('Name of the variant'),
      DeployedImages: list(
        obj({
          SpecifiedImage: str('Image path you specified when you created the model'),
          ResolvedImage: str('Specific digest path of the image hosted in this ProductionVariant'),
          ResolutionTime: time('Date and time when the image path for the model resolved to the…'),
        }),
      ),
      CurrentWeight: num('Weight associated with the variant'),
      DesiredWeight: num('Requested weight, as specified in the…'),
      CurrentInstanceCount: int('Number of instances associated with the variant'),
      DesiredInstanceCount: int('Number of instances requested in the…'),
      ...variantRuntimeFields,
    }),
    { keyField: 'VariantName' },
  ),
  MetricsConfig: metricsConfig,
});
