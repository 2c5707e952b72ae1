import * as iamClient from '@aws-sdk/client-iam';
import * as stsClient from '@aws-sdk/client-sts';
import { NormalizedSchema } from '@smithy/core/schema';
import type { StaticOperationSchema } from '@smithy/types';
import { API_VERSIONS, OPERATIONS } from '../../operations/registry.ts';
import type { Service } from '../../xml/serialize.ts';

/**
 * What a request member is, as the SDK's own model of IAM and STS says: the generators send
 * each member values of its type and of every other type.
 */
export type MemberShape =
  | { kind: 'string' }
  | { kind: 'number' }
  | { kind: 'boolean' }
  | { kind: 'list'; item: MemberShape }
  | { kind: 'struct'; fields: MemberModel[] };

export interface MemberModel {
  name: string;
  required: boolean;
  shape: MemberShape;
}

export interface OperationModel {
  service: Service;
  action: string;
  version: string;
  members: MemberModel[];
}

const CLIENTS: Record<Service, Record<string, unknown>> = {
  iam: iamClient as Record<string, unknown>,
  sts: stsClient as Record<string, unknown>,
};

function shapeOf(schema: NormalizedSchema): MemberShape {
  if (schema.isListSchema()) return { kind: 'list', item: shapeOf(schema.getValueSchema()) };
  if (schema.isStructSchema()) return { kind: 'struct', fields: membersOf(schema) };
  if (schema.isNumericSchema()) return { kind: 'number' };
  if (schema.isBooleanSchema()) return { kind: 'boolean' };
  return { kind: 'string' };
}

/** A structure's members; its static schema lists the required ones first, with their count. */
function membersOf(structure: NormalizedSchema): MemberModel[] {
  const requiredCount = Number((structure.getSchema() as unknown[])[6] ?? 0);
  return [...structure.structIterator()].map(([name, member], index) => ({
    name,
    required: index < requiredCount,
    shape: shapeOf(member),
  }));
}

/** Each operation the local account serves, with its request members from the SDK model. */
export function operationModels(): OperationModel[] {
  const models: OperationModel[] = [];
  for (const service of ['iam', 'sts'] as const) {
    for (const action of Object.keys(OPERATIONS[service])) {
      const operation = CLIENTS[service][`${action}$`] as StaticOperationSchema | undefined;
      if (!operation) throw new Error(`The SDK has no model of ${service}:${action}.`);
      const input = NormalizedSchema.of(operation[4]);
      models.push({ service, action, version: API_VERSIONS[service], members: membersOf(input) });
    }
  }
  return models;
}

/**
 * Error codes the SDK models for each service, with the HTTP status its awsQueryError trait
 * gives them (`EntityAlreadyExists` → 409): the oracle for "the right status for the code".
 */
export function modelledErrorStatuses(service: Service): Map<string, number> {
  const statuses = new Map<string, number>();
  for (const value of Object.values(CLIENTS[service])) {
    if (!Array.isArray(value) || value[0] !== -3) continue;
    const traits = value[3] as Record<string, unknown> | undefined;
    const queryError = Object.values(traits ?? {}).find(
      (trait) => Array.isArray(trait) && typeof trait[0] === 'string' && trait.length === 2,
    ) as [string, number] | undefined;
    if (queryError) statuses.set(queryError[0], queryError[1]);
  }
  return statuses;
}
