// The extension's in-page UI lives in closed shadow roots, which no page script — and so no
// Playwright locator — can enter. Tests reach them the way DevTools does: the DOM domain of the
// DevTools protocol lists closed roots (getDocument with pierce), each root is resolved to a
// remote object, and functions run on it. Clicks and hovers are real mouse input at the element's
// position, so what is tested is what a reader's pointer does.
import type { CDPSession, Page } from 'playwright-core';
import { expect } from 'vitest';

interface DomNode {
  nodeType: number;
  backendNodeId: number;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: (DomNode & { shadowRootType?: string })[];
  contentDocument?: DomNode;
}

export interface Find {
  /** Only roots whose host has this data-kind (summary, badge, link). */
  kind?: string;
  /** Only elements whose text contains this. */
  hasText?: string;
}

export interface RootInfo {
  kind: string;
  mode: string;
  objectId: string;
}

export class OurUi {
  private constructor(
    private readonly page: Page,
    private readonly cdp: CDPSession,
  ) {}

  static async of(page: Page): Promise<OurUi> {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    return new OurUi(page, cdp);
  }

  async close(): Promise<void> {
    await this.cdp.detach().catch(() => undefined);
  }

  /** Our hosts' shadow roots, in document order. */
  async roots(kind?: string): Promise<RootInfo[]> {
    const { root } = (await this.cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as unknown as { root: DomNode };
    const found: { kind: string; mode: string; backendNodeId: number }[] = [];
    const walk = (n: DomNode) => {
      const attrs = n.attributes ?? [];
      const at = (name: string) => {
        const i = attrs.findIndex((a, j) => j % 2 === 0 && a === name);
        return i < 0 ? null : attrs[i + 1]!;
      };
      if (n.nodeType === 1 && at('data-corroborate') !== null && n.shadowRoots?.length) {
        const r = n.shadowRoots[0]!;
        found.push({ kind: at('data-kind') ?? '', mode: r.shadowRootType ?? '', backendNodeId: r.backendNodeId });
      }
      for (const c of n.children ?? []) walk(c);
      for (const r of n.shadowRoots ?? []) walk(r);
      if (n.contentDocument) walk(n.contentDocument);
    };
    walk(root);
    const out: RootInfo[] = [];
    for (const f of found) {
      if (kind && f.kind !== kind) continue;
      const { object } = (await this.cdp.send('DOM.resolveNode', { backendNodeId: f.backendNodeId })) as { object: { objectId?: string } };
      if (object.objectId) out.push({ kind: f.kind, mode: f.mode, objectId: object.objectId });
    }
    return out;
  }

  private async call<T, A>(objectId: string, fn: (root: ShadowRoot, arg: A) => T, arg: A): Promise<Awaited<T>> {
    const res = (await this.cdp.send('Runtime.callFunctionOn', {
      objectId,
      functionDeclaration: `function(arg) { return (${fn.toString()})(this, arg); }`,
      arguments: [{ value: arg }],
      returnByValue: true,
      awaitPromise: true,
    })) as { result: { value?: T }; exceptionDetails?: { text: string; exception?: { description?: string } } };
    if (res.exceptionDetails) throw new Error(res.exceptionDetails.exception?.description ?? res.exceptionDetails.text);
    return (res.result.value ?? null) as Awaited<T>;
  }

  /** Runs `fn(root, arg)` on each of our roots (of one kind) and returns the results. */
  async each<T, A = null>(fn: (root: ShadowRoot, arg: A) => T, arg: A = null as A, kind?: string): Promise<Awaited<T>[]> {
    const out: Awaited<T>[] = [];
    for (const r of await this.roots(kind)) out.push(await this.call(r.objectId, fn, arg));
    return out;
  }

  /** Runs `fn(root, arg)` on our roots in order until one returns something other than null. */
  async first<T, A = null>(fn: (root: ShadowRoot, arg: A) => T | null, arg: A = null as A, kind?: string): Promise<Awaited<T> | null> {
    for (const r of await this.roots(kind)) {
      const v = await this.call(r.objectId, fn, arg);
      if (v !== null) return v as Awaited<T>;
    }
    return null;
  }

  /** The first element matching `selector` in our roots: its text, attributes and centre (scrolled into view). */
  async find(selector: string, opts: Find = {}): Promise<{ text: string; attrs: Record<string, string>; x: number; y: number } | null> {
    return this.first(
      (root, a) => {
        const el = Array.from(root.querySelectorAll(a.selector)).find((e) => !a.hasText || (e.textContent ?? '').includes(a.hasText));
        if (!el) return null;
        el.scrollIntoView({ block: 'center', inline: 'nearest' });
        const box = el.getBoundingClientRect();
        const attrs: Record<string, string> = {};
        for (const at of Array.from(el.attributes)) attrs[at.name] = at.value;
        return { text: el.textContent ?? '', attrs, x: box.left + box.width / 2, y: box.top + box.height / 2 };
      },
      { selector, hasText: opts.hasText ?? '' },
      opts.kind,
    );
  }

  async waitFor(selector: string, opts: Find & { state?: 'attached' | 'detached'; timeout?: number } = {}): Promise<void> {
    const want = (opts.state ?? 'attached') === 'attached';
    await expect.poll(async () => (await this.find(selector, opts)) !== null, { timeout: opts.timeout ?? 5_000, interval: 50 }).toBe(want);
  }

  async text(selector: string, opts: Find = {}): Promise<string | null> {
    return (await this.find(selector, opts))?.text ?? null;
  }

  async attr(selector: string, name: string, opts: Find = {}): Promise<string | null> {
    return (await this.find(selector, opts))?.attrs[name] ?? null;
  }

  async click(selector: string, opts: Find = {}): Promise<void> {
    const at = await this.find(selector, opts);
    if (!at) throw new Error(`nothing in our shadow roots matches ${selector}${opts.hasText ? ` with "${opts.hasText}"` : ''}`);
    await this.page.mouse.click(at.x, at.y);
  }

  async hover(selector: string, opts: Find = {}): Promise<void> {
    const at = await this.find(selector, opts);
    if (!at) throw new Error(`nothing in our shadow roots matches ${selector}`);
    await this.page.mouse.move(at.x, at.y);
  }

  /** Focuses the element, as Playwright's focus() does (element.focus()). */
  async focus(selector: string, opts: Find = {}): Promise<void> {
    const done = await this.first(
      (root, a) => {
        const el = Array.from(root.querySelectorAll<HTMLElement>(a.selector)).find((e) => !a.hasText || (e.textContent ?? '').includes(a.hasText));
        if (!el) return null;
        el.focus();
        return true;
      },
      { selector, hasText: opts.hasText ?? '' },
      opts.kind,
    );
    if (!done) throw new Error(`nothing in our shadow roots matches ${selector}`);
  }

  /**
   * What assistive technology gets for the interactive elements and dialogs in our roots: role and
   * accessible name, from Chromium's accessibility tree (the same tree a screen reader reads).
   */
  async accessible(): Promise<{ role: string; name: string; tag: string }[]> {
    const out: { role: string; name: string; tag: string }[] = [];
    for (const r of await this.roots()) {
      const { result } = (await this.cdp.send('Runtime.callFunctionOn', {
        objectId: r.objectId,
        functionDeclaration: 'function() { return Array.from(this.querySelectorAll("button, a[href], input, select, textarea, [role=dialog], [role=tooltip], [tabindex]")); }',
        returnByValue: false,
      })) as { result: { objectId?: string } };
      if (!result.objectId) continue;
      const { result: props } = (await this.cdp.send('Runtime.getProperties', { objectId: result.objectId, ownProperties: true })) as { result: { name: string; value?: { objectId?: string } }[] };
      for (const p of props) {
        if (!/^\d+$/.test(p.name) || !p.value?.objectId) continue;
        const { node } = (await this.cdp.send('DOM.describeNode', { objectId: p.value.objectId })) as { node: { backendNodeId: number; localName: string } };
        const { nodes } = (await this.cdp.send('Accessibility.getPartialAXTree', { backendNodeId: node.backendNodeId, fetchRelatives: false })) as {
          nodes: { role?: { value?: string }; name?: { value?: string } }[];
        };
        const ax = nodes[0];
        out.push({ role: String(ax?.role?.value ?? ''), name: String(ax?.name?.value ?? ''), tag: node.localName });
      }
    }
    return out;
  }
}
