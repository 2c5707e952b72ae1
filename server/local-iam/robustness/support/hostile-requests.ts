/**
 * Whole Query-protocol requests for fast-check: each operation's members filled from the SDK
 * model with plausible and hostile values, lists flattened with gaps and absurd indices, then
 * one form-level mutation (a required member dropped, a field duplicated, the body cut short,
 * the Action or Version changed…). Where the mutation alone decides the answer, the request
 * carries the error code AWS gives for it.
 */
import fc from 'fast-check';
import { REQUIRED_MEMBERS } from '../../operations/required-members.ts';
import { formBody } from './sign.ts';
import { booleanText, hostileString, numberText, stringFor, type Pool } from './hostile-values.ts';
import type { MemberModel, MemberShape, OperationModel } from './model.ts';

export type Field = readonly [string, string];

export interface HostileRequest {
  model: OperationModel;
  /** The form body as sent. */
  body: string;
  /** Fields sent in the URL's query string instead of the body. */
  query: string;
  /** Signs as the root user, or as the pool's IAM user (whose policies then decide). */
  signer: 'root' | 'user';
  /** The code the answer must carry, when the input alone decides it. */
  expectedCode?: string;
  /** What was done to the request, for failure messages. */
  mutations: string[];
}

const MEMBER_INDEX = fc.oneof(
  { arbitrary: fc.constant('sequence'), weight: 6 },
  {
    arbitrary: fc.constantFrom('gaps', 'zero', 'huge', 'not-a-number', 'scalar', 'over-quota'),
    weight: 3,
  },
);

function indicesFor(style: string, count: number): string[] {
  const sequence = Array.from({ length: count }, (_, i) => String(i + 1));
  switch (style) {
    case 'gaps':
      return sequence.map((_, i) => String(i * 3 + 1));
    case 'zero':
      return sequence.map((_, i) => String(i));
    case 'huge':
      return sequence.map((_, i) => (i === 0 ? '4294967297' : '9'.repeat(30 + i)));
    case 'not-a-number':
      return sequence.map((_, i) => ['a', '-1', '1.5', ' 1', '0x2', '١'][i % 6]!);
    case 'over-quota':
      return Array.from({ length: 61 }, (_, i) => String(i + 1));
    default:
      return sequence;
  }
}

function valueFor(name: string, shape: MemberShape, pool: Pool): fc.Arbitrary<string> {
  if (shape.kind === 'number') return fc.oneof({ arbitrary: numberText, weight: 4 }, hostileString);
  if (shape.kind === 'boolean')
    return fc.oneof({ arbitrary: booleanText, weight: 4 }, hostileString);
  return stringFor(name, pool);
}

/** The fields of a struct in a list: each present, missing, or joined by an unknown one. */
function structFields(prefix: string, fields: MemberModel[], pool: Pool): fc.Arbitrary<Field[]> {
  const present = fields.map((field) =>
    fc.option(
      valueFor(field.name, field.shape, pool).map((value): Field => [
        `${prefix}.${field.name}`,
        value,
      ]),
      { freq: 6 },
    ),
  );
  return fc
    .tuple(fc.tuple(...present), fc.option(hostileString, { freq: 8 }))
    .map(([values, extra]) => {
      const sent = values.filter((value): value is Field => value !== null);
      return extra === null ? sent : [...sent, [`${prefix}.Unknown`, extra] as const];
    });
}

function memberFields(member: MemberModel, pool: Pool): fc.Arbitrary<Field[]> {
  const { name, shape } = member;
  if (shape.kind !== 'list') {
    return valueFor(name, shape, pool).map((value) => [[name, value] as const]);
  }
  return fc.tuple(MEMBER_INDEX, fc.integer({ min: 0, max: 4 })).chain(([style, count]) => {
    if (style === 'scalar') return hostileString.map((value) => [[name, value] as const]);
    const indices = indicesFor(style, count);
    const item = shape.item;
    const perIndex = indices.map((index) =>
      item.kind === 'struct'
        ? structFields(`${name}.member.${index}`, item.fields, pool)
        : valueFor(name, item, pool).map((value) => [[`${name}.member.${index}`, value] as const]),
    );
    return fc.tuple(...perIndex).map((lists) => lists.flat());
  });
}

type Mutation =
  | 'none'
  | 'drop-required'
  | 'duplicate-field'
  | 'truncate-body'
  | 'unknown-field'
  | 'unknown-action'
  | 'missing-action'
  | 'wrong-version'
  | 'other-service'
  | 'fields-in-query';

const MUTATION: fc.Arbitrary<Mutation> = fc.oneof(
  { arbitrary: fc.constant<Mutation>('none'), weight: 10 },
  {
    arbitrary: fc.constantFrom<Mutation>(
      'drop-required',
      'duplicate-field',
      'truncate-body',
      'unknown-field',
      'unknown-action',
      'missing-action',
      'wrong-version',
      'other-service',
      'fields-in-query',
    ),
    weight: 6,
  },
);

const MAX_QUERY_CHARS = 8 * 1024;
const UNKNOWN_ACTIONS = ['', 'createuser', 'CreateUsers', '__proto__', 'constructor', 'Get User'];
const WRONG_VERSIONS = ['', '2010-05-09', '2011-06-15 ', '2010-5-8', 'latest'];

export function hostileRequest(models: OperationModel[], pool: Pool): fc.Arbitrary<HostileRequest> {
  return fc.constantFrom(...models).chain((model) => {
    const members = model.members.map((member) =>
      fc.option(memberFields(member, pool), { freq: member.required ? 12 : 2 }),
    );
    return fc
      .record({
        members: fc.tuple(...members),
        mutation: MUTATION,
        signer: fc.constantFrom<'root' | 'user'>('root', 'root', 'root', 'root', 'user'),
        cut: fc.nat(),
        extra: hostileString,
        action: fc.constantFrom(...UNKNOWN_ACTIONS),
        version: fc.constantFrom(...WRONG_VERSIONS),
      })
      .map((drawn) => assemble(model, drawn));
  });
}

interface Drawn {
  members: (Field[] | null)[];
  mutation: Mutation;
  signer: 'root' | 'user';
  cut: number;
  extra: string;
  action: string;
  version: string;
}

function assemble(model: OperationModel, drawn: Drawn): HostileRequest {
  const mutations: string[] = [drawn.mutation];
  let action: string | undefined = model.action;
  let version = model.version;
  let expectedCode: string | undefined;
  let fields: Field[] = drawn.members.flatMap((member) => member ?? []);

  switch (drawn.mutation) {
    case 'drop-required': {
      const required = model.members.filter((member) => member.required);
      const dropped = required[drawn.cut % Math.max(required.length, 1)];
      if (dropped) {
        fields = fields.filter(
          ([name]) => name !== dropped.name && !name.startsWith(`${dropped.name}.`),
        );
        mutations.push(dropped.name);
        const enforced = REQUIRED_MEMBERS[model.service][model.action] ?? [];
        if (drawn.signer === 'root' && enforced.includes(dropped.name)) {
          expectedCode = 'ValidationError';
        }
      }
      break;
    }
    case 'duplicate-field': {
      const copied = fields[drawn.cut % Math.max(fields.length, 1)];
      if (copied) fields.push([copied[0], drawn.extra]);
      break;
    }
    case 'unknown-field':
      fields.push([drawn.extra || 'Unknown', drawn.extra]);
      break;
    case 'unknown-action':
      action = drawn.action;
      expectedCode = 'InvalidAction';
      break;
    case 'missing-action':
      action = undefined;
      expectedCode = 'MissingAction';
      break;
    case 'wrong-version':
      version = drawn.version;
      expectedCode = 'InvalidAction';
      break;
    case 'other-service':
      version = model.service === 'iam' ? '2011-06-15' : '2010-05-08';
      expectedCode = 'InvalidAction';
      break;
  }

  const head: Field[] = [
    ...(action === undefined ? [] : [['Action', action] as const]),
    ['Version', version],
  ];
  let body = formBody([...head, ...fields]);
  let query = '';
  // Node refuses a request line past its 16 KiB header limit before the account sees it, so
  // long values stay in the body (robustness of that refusal is tested on its own).
  if (drawn.mutation === 'fields-in-query' && formBody(fields).length <= MAX_QUERY_CHARS) {
    query = formBody(fields);
    body = formBody(head);
  }
  if (drawn.mutation === 'truncate-body') body = body.slice(0, drawn.cut % (body.length + 1));
  return { model, body, query, signer: drawn.signer, expectedCode, mutations };
}
