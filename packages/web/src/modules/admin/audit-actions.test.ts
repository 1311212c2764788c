import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findingActions, importKinds } from '@gigpact/contracts';
import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en';
import { zh } from '../../i18n/zh';
import { auditActionGroups, auditActionKey, knownAuditActions } from './audit-actions';

const serverSource = fileURLToPath(new URL('../../../../server/src', import.meta.url));

// Actions built from a template: each template and the values it may take.
const templated: Record<string, readonly string[]> = {
  'audit.finding.${request.body.action}': findingActions.map((a) => `audit.finding.${a}`),
  'registry.import_${request.params.kind}': importKinds.map((k) => `registry.import_${k}`),
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.includes('.test.') ? [path] : [];
  });
}

/**
 * The actions written by `audit(ctx, request, action, ...)` calls, and those named as an `action: 'area.name'`
 * property (`recordAudit(db, { action, ... })`, or a helper that writes the action it is given).
 */
function actionsWritten(source: string): string[] {
  const found: string[] = [];
  const literal = /\baudit\(\s*ctx,\s*request,\s*(?:'([^']+)'|`([^`]+)`)|\baction:\s*'([a-z_]+\.[a-z_.]+)'/g;
  for (const match of source.matchAll(literal)) {
    const [, quoted, template, recorded] = match;
    if (quoted ?? recorded) found.push((quoted ?? recorded)!);
    else if (template && !template.includes('${')) found.push(template);
    else if (template) found.push(...(templated[template] ?? [`unknown template: ${template}`]));
  }
  return found;
}

function textAt(resources: object, key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], resources);
}

describe('audit actions', () => {
  const written = [
    ...new Set(sourceFiles(serverSource).flatMap((file) => actionsWritten(readFileSync(file, 'utf8')))),
  ];

  it('finds the server writing actions of every area', () => {
    expect(written.length).toBeGreaterThan(40);
    for (const action of [
      'case.view_personal',
      'letter.export',
      'mediation.agreement_export',
      'session.login_failed',
    ])
      expect(written).toContain(action);
    expect(written.filter((action) => action.startsWith('unknown template'))).toEqual([]);
  });

  it('lists, in some area, every action the server writes', () => {
    expect(written.filter((action) => !knownAuditActions.includes(action))).toEqual([]);
  });

  it('names every listed action and area in Chinese and English', () => {
    for (const action of knownAuditActions) {
      expect(textAt(zh, auditActionKey(action)), action).toEqual(expect.stringMatching(/\S/));
      expect(textAt(en, auditActionKey(action)), action).toEqual(expect.stringMatching(/\S/));
    }
    for (const area of Object.keys(auditActionGroups)) {
      expect(textAt(zh, `auditAreas.${area}`), area).toEqual(expect.stringMatching(/\S/));
      expect(textAt(en, `auditAreas.${area}`), area).toEqual(expect.stringMatching(/\S/));
    }
    expect(new Set(knownAuditActions).size).toBe(knownAuditActions.length);
  });

  it('reads actions from calls, so a missing label can be noticed', () => {
    const source = `await audit(ctx, request, 'case.brand_new', 'x');\nawait recordAudit(ctx.db, {\n  action: 'a.b', subject });`;
    expect(actionsWritten(source)).toEqual(['case.brand_new', 'a.b']);
    expect(knownAuditActions).not.toContain('case.brand_new');
    expect(actionsWritten('audit(ctx, request, `audit.finding.${request.body.action}`, s)')).toContain(
      'audit.finding.rectify',
    );
  });
});
