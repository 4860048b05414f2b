/**
 * JSON <-> DynamoDB AttributeValue, strict on the way back. lib-dynamodb's unmarshall would turn a hand-edited
 * item's sets into JS Sets and binaries into byte arrays, which a later JSON write would silently flatten to {};
 * here anything JSON cannot hold makes the record unreadable instead, so it gets quarantined, not lost.
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { isPlainObject } from './record-store';

export class UnsupportedAttributeError extends Error {}

/** `value` must be JSON data (see toStorableAttributes). */
export function toAttributeValue(value: unknown): AttributeValue {
  if (value === null) return { NULL: true };
  if (typeof value === 'string') return { S: value };
  if (typeof value === 'boolean') return { BOOL: value };
  if (typeof value === 'number' && Number.isFinite(value)) return { N: String(value) };
  if (Array.isArray(value)) return { L: value.map(toAttributeValue) };
  if (isPlainObject(value)) return { M: toAttributeMap(value) };
  throw new UnsupportedAttributeError(`cannot store a ${typeof value} in DynamoDB as JSON data`);
}

export function toAttributeMap(value: Record<string, unknown>): Record<string, AttributeValue> {
  const map: Record<string, AttributeValue> = {};
  for (const [key, entry] of Object.entries(value)) map[key] = toAttributeValue(entry);
  return map;
}

export function fromAttributeValue(value: AttributeValue): unknown {
  if (value.S !== undefined) return value.S;
  if (value.N !== undefined) return parseNumber(value.N);
  if (value.BOOL !== undefined) return value.BOOL;
  if (value.NULL !== undefined) return null;
  if (value.L !== undefined) return value.L.map(fromAttributeValue);
  if (value.M !== undefined) return fromAttributeMap(value.M);
  throw new UnsupportedAttributeError(`attribute type ${Object.keys(value).join(',')} is not JSON data`);
}

export function fromAttributeMap(map: Record<string, AttributeValue>): Record<string, unknown> {
  const value: Record<string, unknown> = {};
  for (const [key, entry] of Object.entries(map)) value[key] = fromAttributeValue(entry);
  return value;
}

function parseNumber(text: string): number {
  const number = Number(text);
  if (text.trim() === '' || !Number.isFinite(number)) throw new UnsupportedAttributeError(`number ${text} is out of range`);
  return number;
}
