import { type ObjectShape, int, list, num, obj, str, time } from './shape';
import { namedItems, suggestedBy } from './step-members';

const variants = suggestedBy(
  'production variant',
  namedItems(['Arguments', 'ProductionVariants'], 'VariantName'),
);

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
    }),
    { keyField: 'VariantName', members: variants },
  ),
  KmsKeyId: str('KMS key for the storage volumes'),
  ExecutionRoleArn: str('IAM role of the endpoint'),
  CreationTime: time('When the configuration was created'),
});

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
    }),
    { keyField: 'VariantName' },
  ),
});
