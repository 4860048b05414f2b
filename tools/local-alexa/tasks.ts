/**
 * The custom tasks a skill declares (skill.json apis.custom.tasks, with a definition file
 * skill-package/tasks/<Name>.<version>.json), and a small check of a task's input against the definition's
 * request body schema: the parts of JSON Schema such definitions use (type, required, properties, enum, maxLength).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface DeclaredTask {
  name: string;
  version: string;
  /** The request body schema of the task's POST path, $refs resolved; undefined: any object. */
  inputSchema?: JsonSchema;
}

export interface JsonSchema {
  type?: string;
  required?: string[];
  properties?: Record<string, JsonSchema>;
  enum?: unknown[];
  maxLength?: number;
  $ref?: string;
}

/** Reads the tasks the manifest declares; each needs its definition file, as `ask deploy` requires. */
export function readDeclaredTasks(skillPackageDir: string): DeclaredTask[] {
  const manifest = JSON.parse(readFileSync(join(skillPackageDir, 'skill.json'), 'utf8')) as {
    manifest?: { apis?: { custom?: { tasks?: Array<{ name?: unknown; version?: unknown }> } } };
  };
  const declared = manifest.manifest?.apis?.custom?.tasks ?? [];
  return declared.map((entry) => {
    const name = String(entry.name);
    const version = String(entry.version);
    const file = join(skillPackageDir, 'tasks', `${name}.${version}.json`);
    if (!existsSync(file)) throw new Error(`Task ${name} version ${version} is declared but ${file} does not exist`);
    return { name, version, inputSchema: inputSchemaOf(JSON.parse(readFileSync(file, 'utf8')) as unknown, name) };
  });
}

/** The skill's name as the manifest publishes it in a locale (what Alexa says for it), or undefined. */
export function readSkillName(skillPackageDir: string, locale: string): string | undefined {
  const manifest = JSON.parse(readFileSync(join(skillPackageDir, 'skill.json'), 'utf8')) as unknown;
  const name = valueAt(manifest, ['manifest', 'publishingInformation', 'locales', locale, 'name']);
  return typeof name === 'string' && name ? name : undefined;
}

/** The value at a path of keys inside parsed JSON, or undefined where any step is missing or not an object. */
function valueAt(root: unknown, path: readonly string[]): unknown {
  let target: unknown = root;
  for (const part of path) {
    if (typeof target !== 'object' || target === null) return undefined;
    target = (target as Record<string, unknown>)[part];
  }
  return target;
}

function inputSchemaOf(definition: unknown, name: string): JsonSchema | undefined {
  const schema = valueAt(definition, ['paths', `/${name}`, 'post', 'requestBody', 'content', 'application/json', 'schema']);
  return typeof schema === 'object' && schema !== null ? resolve(schema as JsonSchema, definition) : undefined;
}

function resolve(schema: JsonSchema, root: unknown): JsonSchema {
  if (schema.$ref) {
    const target = valueAt(root, schema.$ref.replace(/^#\//, '').split('/'));
    if (typeof target !== 'object' || target === null) throw new Error(`Cannot resolve ${schema.$ref} in a task definition`);
    return resolve(target as JsonSchema, root);
  }
  if (!schema.properties) return schema;
  return { ...schema, properties: Object.fromEntries(Object.entries(schema.properties).map(([key, value]) => [key, resolve(value, root)])) };
}

/** What is wrong with a task input, or undefined when it fits the declared schema. */
export function taskInputProblem(task: DeclaredTask, input: unknown, schema: JsonSchema | undefined = task.inputSchema, at = 'input'): string | undefined {
  if (!schema) return undefined;
  if (schema.enum && !schema.enum.includes(input)) return `${at} must be one of ${schema.enum.map((value) => JSON.stringify(value)).join(', ')}`;
  switch (schema.type) {
    case 'object': {
      if (typeof input !== 'object' || input === null || Array.isArray(input)) return `${at} must be an object`;
      const record = input as Record<string, unknown>;
      for (const key of schema.required ?? []) if (record[key] === undefined) return `${at}.${key} is required`;
      for (const [key, value] of Object.entries(record)) {
        const property = schema.properties?.[key];
        const problem = property ? taskInputProblem(task, value, property, `${at}.${key}`) : undefined;
        if (problem) return problem;
      }
      return undefined;
    }
    case 'string':
      if (typeof input !== 'string') return `${at} must be a string`;
      if (schema.maxLength !== undefined && input.length > schema.maxLength) return `${at} is longer than ${schema.maxLength}`;
      return undefined;
    case 'number':
    case 'integer':
      return typeof input === 'number' && (schema.type === 'number' || Number.isInteger(input)) ? undefined : `${at} must be a ${schema.type}`;
    case 'boolean':
      return typeof input === 'boolean' ? undefined : `${at} must be a boolean`;
    default:
      return undefined;
  }
}
