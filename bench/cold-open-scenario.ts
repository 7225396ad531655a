import { existsSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import Database from 'better-sqlite3';
import * as Y from 'yjs';
import { documentSchema } from '../server/documents/document-schema';
import { collaborationFragmentName } from '../shared/editor/document-extensions';
import { createLargeStandardJson } from '../test/helpers/large-standard';
import type { BenchDocument, BenchTarget } from './bench-servers';
import { sleep } from './pacing';
import { connectRawClient, type RawCollaborationClient } from './raw-collaboration-client';

export const largeStandardShape = { chapters: 15, clausesPerChapter: 50, tables: 40 };
/** Near the top of the document (范围) and at its very end (参考文献). */
const firstVisibleText = '本文件规定了电子设备的技术要求';
const lastText = '标准化工作指南';
const chromiumPath = '/usr/bin/chromium';

export interface ColdOpenRun {
  /** SQLite rows read and decoded into a Y.Doc, the way the server loads a document (in the bench process). */
  sqliteLoadMilliseconds: number | null;
  /** From connecting until the first sync arrives, on a server that does not have the document open. */
  firstSyncMilliseconds: number;
  /** Chromium: from navigation until the app's HTML and scripts are loaded (DOMContentLoaded). */
  browserShellMilliseconds: number | null;
  /** Chromium, signed in: from navigation until the first clause text is visible / until the whole document is rendered. */
  browserVisibleMilliseconds: number | null;
  browserCompleteMilliseconds: number | null;
}

export interface PreparedColdOpen {
  document: BenchDocument;
  updateBytes: number;
  /** Keeps the baseline's in-memory copy alive; null for our server. */
  holder: RawCollaborationClient | null;
}

/** Replaces the draft with the generated 150-page standard through a collaboration client, as an import would. */
export async function prepareLargeStandard(target: BenchTarget): Promise<PreparedColdOpen> {
  const document = await target.newDocument();
  const writer = await connectRawClient({ websocketUrl: target.websocketUrl, documentName: document.name, token: await document.token(), replica: false });
  let updateBytes = 0;
  writer.document.on('update', (update: Uint8Array) => {
    updateBytes += update.byteLength;
  });
  const fragment = writer.document.getXmlFragment(collaborationFragmentName);
  writer.document.transact(() => prosemirrorJSONToYXmlFragment(documentSchema, createLargeStandardJson(largeStandardShape), fragment));
  await writer.allAcknowledged();
  if (target.kind === 'baseline') return { document, updateBytes, holder: writer };
  writer.close();
  return { document, updateBytes, holder: null };
}

function loadFromSqlite(databasePath: string, documentName: string): number {
  const start = performance.now();
  const database = new Database(databasePath, { readonly: true, fileMustExist: true });
  const snapshot = database.prepare('SELECT state FROM document_snapshots WHERE document_name = ?').get(documentName) as { state: Buffer } | undefined;
  const updates = database.prepare('SELECT "update" FROM document_updates WHERE document_name = ? ORDER BY id').all(documentName) as Array<{ update: Buffer }>;
  const document = new Y.Doc();
  for (const state of [snapshot?.state, ...updates.map((row) => row.update)]) if (state) Y.applyUpdate(document, state);
  const milliseconds = performance.now() - start;
  database.close();
  document.destroy();
  return milliseconds;
}

async function measureFirstSync(target: BenchTarget, document: BenchDocument): Promise<number> {
  // The ticket is part of opening: our server starts loading the draft when it issues one.
  const start = performance.now();
  const token = await document.token();
  const reader = await connectRawClient({ websocketUrl: target.websocketUrl, documentName: document.name, token, replica: false });
  const milliseconds = performance.now() - start;
  reader.close();
  return milliseconds;
}

export function launchBenchBrowser(): Promise<Browser> | null {
  if (!existsSync(chromiumPath)) return null;
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/**
 * Runs in the page from its first script on: at every animation frame, looks for the first clause's text in the
 * editor and records when it is first laid out (what Playwright calls visible), in milliseconds since navigation
 * started. Playwright's own waiting polls at growing intervals (up to 500 ms), which would add up to half a second.
 * Written as text: tsx would wrap the named functions of a function passed here in a helper the page lacks.
 */
function firstVisibleTextRecorder(text: string): string {
  return `(() => {
  const text = ${JSON.stringify(text)};
  const check = () => {
    const editor = document.querySelector('[data-testid="editor"]');
    const walker = editor ? document.createTreeWalker(editor, NodeFilter.SHOW_ELEMENT) : null;
    for (let node = walker ? walker.nextNode() : null; node; node = walker.nextNode()) {
      if (node.childElementCount > 0 || !node.textContent.includes(text)) continue;
      const box = node.getBoundingClientRect();
      if (box.width > 0 && box.height > 0) {
        window.normdraftTextVisibleAt = performance.now();
        return;
      }
      break;
    }
    requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;
}

async function measureBrowser(browser: Browser, target: BenchTarget, standardId: string): Promise<{ shell: number; visible: number; complete: number }> {
  const cookie = target.owner?.sessionCookie;
  if (!cookie) throw new Error('the bench owner has no session');
  const separator = cookie.indexOf('=');
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  await context.addCookies([{ name: cookie.slice(0, separator), value: cookie.slice(separator + 1), url: target.url }]);
  await context.addInitScript({ content: firstVisibleTextRecorder(firstVisibleText) });
  const page = await context.newPage();
  try {
    const start = performance.now();
    await page.goto(`${target.url}/standards/${standardId}`, { waitUntil: 'commit' });
    const editor = page.getByTestId('editor');
    await editor.getByText(firstVisibleText).first().waitFor({ state: 'visible', timeout: 60_000 });
    await editor.getByText(lastText).first().waitFor({ state: 'attached', timeout: 60_000 });
    const complete = performance.now() - start;
    const { shell, visible } = await page.evaluate(() => {
      const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      const visibleAt = (window as unknown as { normdraftTextVisibleAt?: number }).normdraftTextVisibleAt;
      return { shell: navigation ? navigation.domContentLoadedEventEnd : Number.NaN, visible: visibleAt ?? Number.NaN };
    });
    return { shell, visible, complete };
  } finally {
    await context.close();
  }
}

/**
 * The document is not open on the server at the start of each measure: the previous reader has left, and Hocuspocus
 * unloads a document when its last connection closes.
 */
export async function runColdOpen(target: BenchTarget, prepared: PreparedColdOpen, browser: Browser | null): Promise<ColdOpenRun> {
  const standardId = prepared.document.standardId;
  const document = standardId ? target.documentOf(standardId) : prepared.document;
  const sqliteLoadMilliseconds = target.databasePath ? loadFromSqlite(target.databasePath, document.name) : null;
  const firstSyncMilliseconds = await measureFirstSync(target, document);
  let browserShellMilliseconds: number | null = null;
  let browserVisibleMilliseconds: number | null = null;
  let browserCompleteMilliseconds: number | null = null;
  if (browser && standardId) {
    await sleep(500);
    const times = await measureBrowser(browser, target, standardId);
    browserShellMilliseconds = times.shell;
    browserVisibleMilliseconds = times.visible;
    browserCompleteMilliseconds = times.complete;
    await sleep(500);
  }
  return { sqliteLoadMilliseconds, firstSyncMilliseconds, browserShellMilliseconds, browserVisibleMilliseconds, browserCompleteMilliseconds };
}
