import { z } from 'zod';
import { modelApprovalStatuses } from '../pipeline';
import { pageSchema } from './page.schema';
import { countText } from './query-values';
import { maxPageSize } from './requests';
import { TimestampSchema } from './timestamp.schema';

/** SageMaker's `EntityName` rule, which model package group and model names follow. */
export const entityNamePattern = /^[a-zA-Z0-9](-*[a-zA-Z0-9]){0,62}$/;

/** A model package group name as SageMaker accepts it. */
export const ModelPackageGroupNameSchema = z
  .string()
  .regex(
    entityNamePattern,
    'A model package group name is up to 63 letters, digits and hyphens, starting and ending with a letter or digit.',
  );

/** `PendingManualApproval` (a new version's default), `Approved` or `Rejected`. */
export const ModelApprovalStatusSchema = z.enum(modelApprovalStatuses, {
  error: `The approval status must be one of ${modelApprovalStatuses.join(', ')}.`,
});
export type ModelApprovalStatus = z.infer<typeof ModelApprovalStatusSchema>;

/** One model container as `DescribeModel` shows it. */
export const ModelContainerSchema = z.looseObject({
  Image: z.string().optional(),
  ModelDataUrl: z.string().optional(),
  Environment: z.record(z.string(), z.string()).optional(),
});
export type ModelContainer = z.infer<typeof ModelContainerSchema>;

/**
 * A model recorded by a Model step, as `DescribeModel` returns it: `PrimaryContainer` or
 * `Containers` as the step gave them. Transform steps run it by `ModelName`.
 */
export const ModelDescriptionSchema = z.looseObject({
  ModelName: z.string(),
  ModelArn: z.string(),
  PrimaryContainer: ModelContainerSchema.optional(),
  Containers: z.array(ModelContainerSchema).optional(),
  ExecutionRoleArn: z.string().optional(),
  CreationTime: TimestampSchema,
});
export type ModelDescription = z.infer<typeof ModelDescriptionSchema>;

/** A group in `ListModelPackageGroups`' shape, with how many versions it holds. */
export const ModelPackageGroupSummarySchema = z.object({
  ModelPackageGroupName: z.string(),
  ModelPackageGroupArn: z.string(),
  CreationTime: TimestampSchema,
  ModelPackageGroupStatus: z.literal('Completed'),
  /** How many versions the group holds. */
  versionCount: z.number().int().nonnegative(),
  /** The newest version's number. */
  latestVersion: z.number().int().positive(),
});
export type ModelPackageGroupSummary = z.infer<typeof ModelPackageGroupSummarySchema>;

/** A version in `ListModelPackages`' shape. */
export const ModelPackageSummarySchema = z.object({
  ModelPackageName: z.string(),
  ModelPackageGroupName: z.string(),
  ModelPackageVersion: z.number().int().positive(),
  ModelPackageArn: z.string(),
  ModelPackageDescription: z.string().optional(),
  CreationTime: TimestampSchema,
  ModelPackageStatus: z.literal('Completed'),
  ModelApprovalStatus: ModelApprovalStatusSchema,
});
export type ModelPackageSummary = z.infer<typeof ModelPackageSummarySchema>;

/** One approval decision: who changed the status, when, from what to what, and why. */
export const ApprovalDecisionSchema = z.object({
  status: ModelApprovalStatusSchema,
  previousStatus: ModelApprovalStatusSchema,
  by: z.string(),
  at: TimestampSchema,
  note: z.string().optional(),
});
export type ApprovalDecision = z.infer<typeof ApprovalDecisionSchema>;

/**
 * A version as `DescribeModelPackage` returns it (the registration's request, name, version,
 * ARN, status, times), plus `approvalHistory`: every decision, oldest first.
 */
export const ModelPackageDescriptionSchema = ModelPackageSummarySchema.extend({
  LastModifiedTime: TimestampSchema,
  ApprovalDescription: z.string().optional(),
  InferenceSpecification: z.looseObject({}).optional(),
  ModelMetrics: z.looseObject({}).optional(),
  CustomerMetadataProperties: z.record(z.string(), z.string()).optional(),
  MetadataProperties: z.looseObject({}).optional(),
  approvalHistory: z.array(ApprovalDecisionSchema),
}).loose();
export type ModelPackageDescription = z.infer<typeof ModelPackageDescriptionSchema>;

/** `GET /api/registry/groups`: a page of groups, newest first. */
export const ModelPackageGroupListSchema = pageSchema(ModelPackageGroupSummarySchema);
/** `GET /api/registry/groups/:group/versions`: a page of versions, newest first. */
export const ModelPackageListSchema = pageSchema(ModelPackageSummarySchema);

/** `:group` in a registry route. */
export const RegistryGroupParamsSchema = z.strictObject({ group: ModelPackageGroupNameSchema });
/** `:group` and `:version` in a registry route. */
export const RegistryVersionParamsSchema = z.strictObject({
  group: ModelPackageGroupNameSchema,
  version: countText('version', 1),
});

const limit = countText('limit', 1, maxPageSize).optional();
const pageToken = z.string().min(1).max(256).optional();

/** `GET /api/registry/groups/:group/versions`: newest first, optionally in one approval status. */
export const ListModelPackagesQuerySchema = z.strictObject({
  limit,
  pageToken,
  status: ModelApprovalStatusSchema.optional(),
});
export type ListModelPackagesQuery = z.infer<typeof ListModelPackagesQuerySchema>;

/** The decisions a person can take on a version. */
export const approvalDecisions = ['Approved', 'Rejected'] as const;

/** `POST /api/registry/groups/:group/versions/:version/approval`: approve or reject, with a note. */
export const ApprovalRequestSchema = z.strictObject({
  status: z.enum(approvalDecisions, {
    error: `status must be ${approvalDecisions.join(' or ')}.`,
  }),
  /** Why; becomes the version's `ApprovalDescription`. */
  note: z.string().max(1024, 'A note has at most 1024 characters.').optional(),
  /** Who decided; the server's user name when absent. */
  by: z.string().min(1).max(128, 'by has at most 128 characters.').optional(),
});
export type ApprovalRequest = z.infer<typeof ApprovalRequestSchema>;
