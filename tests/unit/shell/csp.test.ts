import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/csp';

const root = join(import.meta.dirname, '../../..');

function directives(policy: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name, sources);
  }
  return map;
}

const decodeEntities = (s: string) =>
  s
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** Every <meta http-equiv="Content-Security-Policy"> in the page, with its position. */
function cspMetaTags(html: string): { content: string; index: number }[] {
  const tags: { content: string; index: number }[] = [];
  for (const m of html.matchAll(/<meta\b([^>]*)>/gi)) {
    const attrs = new Map<string, string>();
    for (const a of (m[1] ?? '').matchAll(/([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      attrs.set((a[1] ?? '').toLowerCase(), decodeEntities(a[2] ?? a[3] ?? ''));
    }
    if (attrs.get('http-equiv')?.toLowerCase() === 'content-security-policy')
      tags.push({ content: attrs.get('content') ?? '', index: m.index });
  }
  return tags;
}

describe('CONTENT_SECURITY_POLICY', () => {
  const policy = directives(CONTENT_SECURITY_POLICY);

  it('has exactly the directives the app needs, each from our own origin or nothing', () => {
    expect(Object.fromEntries(policy)).toEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'"],
      'img-src': ["'self'", 'data:'],
      'font-src': ["'self'"],
      'connect-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'none'"],
      'form-action': ["'none'"],
      'frame-ancestors': ["'none'"],
      'frame-src': ["'none'"],
      'worker-src': ["'self'"],
    });
  });

  it('allows no remote origin, inline script, eval or wildcard anywhere', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|wss?:|\*|'unsafe-eval'|'unsafe-inline'|'wasm-unsafe-eval'|blob:|filesystem:/);
  });
});

describe('renderer/index.html', () => {
  const html = readFileSync(join(root, 'renderer/index.html'), 'utf8');
  const tags = cspMetaTags(html);

  it('carries exactly one CSP meta tag, equal to the exported policy', () => {
    expect(tags).toHaveLength(1);
    expect(tags[0]!.content.replace(/\s+/g, ' ').trim()).toBe(CONTENT_SECURITY_POLICY);
  });

  it('declares the CSP before any script or stylesheet, so it covers them', () => {
    const firstResource = html.search(/<script\b|<link\b[^>]*rel=["']?stylesheet/i);
    expect(firstResource === -1 || tags[0]!.index < firstResource).toBe(true);
  });
});
