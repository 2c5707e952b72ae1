import {
  CALLS_ONLY_NOTE,
  NOT_EXPRESSED_NOTE,
  pulumiProgram,
  referencedVariables,
  type PulumiProgram,
  type PulumiValue,
} from './pulumi-model.ts';
import type { IamRequest } from './iam-request.ts';

// JSON string literals are valid string literals in TypeScript, Python 3 and Go alike.
const quote = (text: string) => JSON.stringify(text);

function snakeCase(name: string): string {
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
}

function pascalCase(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function notExpressedLines(program: PulumiProgram, commentPrefix: string): string[] {
  if (program.notExpressed.length === 0) return [];
  return [
    '',
    `${commentPrefix} ${program.resources.length === 0 ? CALLS_ONLY_NOTE : NOT_EXPRESSED_NOTE}`,
    ...program.notExpressed.map((command) => `${commentPrefix}   ${command}`),
  ];
}

function typescriptValue(value: PulumiValue): string {
  switch (value.kind) {
    case 'string':
      return quote(value.value);
    case 'bool':
    case 'int':
      return String(value.value);
    case 'strings':
      return `[${value.value.map(quote).join(', ')}]`;
    case 'map':
      return `{ ${Object.entries(value.value)
        .map(([key, item]) => `${quote(key)}: ${quote(item)}`)
        .join(', ')} }`;
    case 'ref':
      return `${value.variable}.${value.property}`;
  }
}

/** A Pulumi program in TypeScript (index.ts), in the seed's layout. */
export function pulumiTypescript(requests: readonly IamRequest[]): string {
  const program = pulumiProgram(requests);
  const lines = ['import * as aws from "@pulumi/aws";'];
  for (const resource of program.resources) {
    lines.push('');
    if (resource.comment) lines.push(`// ${resource.comment}`);
    lines.push(
      `const ${resource.variable} = new aws.iam.${resource.type}(${quote(resource.logicalName)}, {`,
      ...resource.args.map(([name, value]) => `    ${name}: ${typescriptValue(value)},`),
      '});',
    );
  }
  if (program.outputs.length > 0) lines.push('');
  for (const output of program.outputs) {
    lines.push(`export const ${output.name} = ${output.variable}.${output.property};`);
  }
  lines.push(...notExpressedLines(program, '//'));
  return lines.join('\n') + '\n';
}

function pythonValue(value: PulumiValue): string {
  switch (value.kind) {
    case 'string':
      return quote(value.value);
    case 'bool':
      return value.value ? 'True' : 'False';
    case 'int':
      return String(value.value);
    case 'strings':
      return `[${value.value.map(quote).join(', ')}]`;
    case 'map':
      return `{${Object.entries(value.value)
        .map(([key, item]) => `${quote(key)}: ${quote(item)}`)
        .join(', ')}}`;
    case 'ref':
      return `${snakeCase(value.variable)}.${snakeCase(value.property)}`;
  }
}

/** A Pulumi program in Python (__main__.py). */
export function pulumiPython(requests: readonly IamRequest[]): string {
  const program = pulumiProgram(requests);
  const lines = ['import pulumi', 'from pulumi_aws import iam'];
  for (const resource of program.resources) {
    lines.push('');
    if (resource.comment) lines.push(`# ${resource.comment}`);
    lines.push(
      `${snakeCase(resource.variable)} = iam.${resource.type}(`,
      `    ${quote(resource.logicalName)},`,
      ...resource.args.map(([name, value]) => `    ${snakeCase(name)}=${pythonValue(value)},`),
      ')',
    );
  }
  if (program.outputs.length > 0) lines.push('');
  for (const output of program.outputs) {
    lines.push(
      `pulumi.export(${quote(output.name)}, ` +
        `${snakeCase(output.variable)}.${snakeCase(output.property)})`,
    );
  }
  lines.push(...notExpressedLines(program, '#'));
  return lines.join('\n') + '\n';
}

function goValue(value: PulumiValue): string {
  switch (value.kind) {
    case 'string':
      return `pulumi.String(${quote(value.value)})`;
    case 'bool':
      return `pulumi.Bool(${value.value})`;
    case 'int':
      return `pulumi.Int(${value.value})`;
    case 'strings':
      return `pulumi.StringArray{${value.value.map((item) => `pulumi.String(${quote(item)})`).join(', ')}}`;
    case 'map':
      return `pulumi.StringMap{${Object.entries(value.value)
        .map(([key, item]) => `${quote(key)}: pulumi.String(${quote(item)})`)
        .join(', ')}}`;
    case 'ref':
      return `${value.variable}.${pascalCase(value.property)}`;
  }
}

// The Go SDK names the ID output ID(), a method, unlike the other properties.
function goProperty(variable: string, property: string): string {
  return property === 'id' ? `${variable}.ID()` : `${variable}.${pascalCase(property)}`;
}

/** A Pulumi program in Go (main.go), laid out as gofmt would (tabs, aligned fields). */
export function pulumiGo(requests: readonly IamRequest[]): string {
  const program = pulumiProgram(requests);
  const referenced = referencedVariables(program);
  const body: string[] = [];
  let errDeclared = false;

  for (const [index, resource] of program.resources.entries()) {
    if (index > 0) body.push('');
    if (resource.comment) body.push(`// ${resource.comment}`);
    // Go refuses unused variables, and := needs at least one new name on its left.
    const keep = referenced.has(resource.variable);
    const assign = keep || !errDeclared ? ':=' : '=';
    errDeclared = true;
    const width = Math.max(...resource.args.map(([name]) => name.length)) + 2;
    body.push(
      `${keep ? resource.variable : '_'}, err ${assign} iam.New${resource.type}(ctx, ` +
        `${quote(resource.logicalName)}, &iam.${resource.type}Args{`,
      ...resource.args.map(
        ([name, value]) => `\t${`${pascalCase(name)}:`.padEnd(width)}${goValue(value)},`,
      ),
      '})',
      'if err != nil {',
      '\treturn err',
      '}',
    );
  }
  if (program.outputs.length > 0) body.push('');
  for (const output of program.outputs) {
    body.push(`ctx.Export(${quote(output.name)}, ${goProperty(output.variable, output.property)})`);
  }
  body.push(...notExpressedLines(program, '//'), 'return nil');

  const indented = body.map((line) => (line === '' ? '' : `\t\t${line}`));
  return (
    [
      'package main',
      '',
      'import (',
      // Go refuses an unused import too: a program with no resource imports pulumi alone.
      ...(program.resources.length > 0
        ? ['\t"github.com/pulumi/pulumi-aws/sdk/v6/go/aws/iam"']
        : []),
      '\t"github.com/pulumi/pulumi/sdk/v3/go/pulumi"',
      ')',
      '',
      'func main() {',
      '\tpulumi.Run(func(ctx *pulumi.Context) error {',
      ...indented,
      '\t})',
      '}',
    ].join('\n') + '\n'
  );
}
