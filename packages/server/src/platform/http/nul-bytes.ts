import type { FieldIssue } from '@gigpact/contracts';
import type { FastifyInstance } from 'fastify';
import { errors } from './errors';

/** The parts of a request that hold what a client sent, under the names fastify's validation gives them. */
type RequestPart = 'params' | 'querystring' | 'body';

const maxIssues = 20;
const maxDepth = 200;

/** A key as a path step a reader can see: the NUL itself written out, not printed. */
const shown = (key: string) => key.replaceAll('\u0000', '\\u0000');

/**
 * An object of parsed input: JSON's, or fastify's query and parameters, whose prototype is a bare object of no
 * class. Not a buffer, a stream or any other instance of a class.
 */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value) as object | null;
  return prototype === null || prototype === Object.prototype || Object.getPrototypeOf(prototype) === null;
}

function issueAt(where: RequestPart, path: (string | number)[]): FieldIssue {
  const field = path.length ? path.join('.') : where;
  return {
    path: [where, ...path],
    zh: `${field}：不能包含空字符（U+0000）`,
    en: `${field}: must not contain the NUL character (U+0000)`,
  };
}

/**
 * Every string of a request part (and every key of its objects) that holds the NUL character, which PostgreSQL
 * cannot store in text or jsonb: one issue per place, named by its path, at most twenty. Buffers and streams (an
 * upload's body) are not looked into.
 */
export function nulCharacterIssues(value: unknown, where: RequestPart): FieldIssue[] {
  const found: FieldIssue[] = [];
  const visit = (node: unknown, path: (string | number)[]) => {
    if (found.length >= maxIssues || path.length > maxDepth) return;
    if (typeof node === 'string') {
      if (node.includes('\u0000')) found.push(issueAt(where, path));
    } else if (Array.isArray(node)) {
      node.forEach((item, index) => visit(item, [...path, index]));
    } else if (isPlainObject(node)) {
      for (const [key, item] of Object.entries(node)) {
        if (found.length >= maxIssues) return;
        if (key.includes('\u0000')) found.push(issueAt(where, [...path, shown(key)]));
        else visit(item, [...path, key]);
      }
    }
  };
  visit(value, []);
  return found;
}

/**
 * Refuses, for every route, a request whose path parameters, query or JSON body hold the NUL character: a
 * bilingual 400 naming each field, before the route's own validation and long before the database, which would
 * fail on it (`invalid byte sequence for encoding "UTF8": 0x00`). Runs after authentication, so a route that
 * needs an account still answers 401 first.
 */
export function installNulCharacterGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const issues = [
      ...nulCharacterIssues(request.params, 'params'),
      ...nulCharacterIssues(request.query, 'querystring'),
      ...nulCharacterIssues(request.body, 'body'),
    ];
    if (issues.length) throw errors.validation(issues.slice(0, maxIssues));
  });
}
