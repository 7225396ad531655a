import type { ConsoleMessage, Locator } from '@playwright/test';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import { documentSchema } from '../server/documents/document-schema';
import { collaborationFragmentName } from '../shared/editor/document-extensions';
import { createStandardAs, signedUpClient, type ApiClient } from '../test/helpers/api-client';
import { connectCollaborationClient, waitForAllSaved, waitForSynced } from '../test/helpers/collaboration-client';
import { createLargeStandardJson } from '../test/helpers/large-standard';
import { forewordStandardSentence } from '../shared/document/skeleton';
import { expect, test } from './fixtures/normdraft-test';
import { password, chapterParagraph } from './fixtures/people';

/** ProseMirror's warning for a text cursor placed between blocks instead of inside a paragraph or title. */
const misplacedCursorWarning = 'TextSelection endpoint not pointing';

/** Writes a long standard through the collaboration socket, as an import would, and waits until it is stored. */
async function seedLongStandard(owner: ApiClient): Promise<string> {
  const standardId = await createStandardAs(owner, '电子设备通用技术要求');
  const writer = connectCollaborationClient(owner, standardId);
  await waitForSynced(writer);
  const standard = createLargeStandardJson({ chapters: 10, clausesPerChapter: 25, tables: 10 });
  writer.document.transact(() => prosemirrorJSONToYXmlFragment(documentSchema, standard, writer.document.getXmlFragment(collaborationFragmentName)));
  await waitForAllSaved(writer);
  writer.destroy();
  return standardId;
}

/**
 * Puts the cursor at the end of a paragraph by clicking right of its last line. `End` would not do: in a paragraph
 * that wraps it goes to the end of the visual line the click landed on, which depends on the window's width.
 */
async function clickAfterLastCharacter(paragraph: Locator): Promise<void> {
  const box = await paragraph.boundingBox();
  if (!box) throw new Error('The paragraph is not on screen.');
  await paragraph.click({ position: { x: box.width - 2, y: box.height - 4 } });
}

test('opening a long draft, typing into its 前言 and a chapter leaves no misplaced-cursor warning in the console', async ({ page, baseURL }) => {
  test.setTimeout(120_000);
  const base = baseURL ?? '';
  const owner = await signedUpClient(base, 'kongzhitai', '起草人李静');
  const standardId = await seedLongStandard(owner);

  const warnings: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'warning' || message.type() === 'error') warnings.push(message.text());
  });

  const login = await page.request.post('/api/auth/login', { data: { username: 'kongzhitai', password }, headers: { origin: base } });
  expect(login.status()).toBe(200);
  await page.goto(`/standards/${standardId}`);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  const editor = page.getByTestId('editor');
  const forewordParagraph = editor.locator('section.nd-foreword > p').first();
  await expect(forewordParagraph).toHaveText(forewordStandardSentence);

  // Focused from the keyboard, without a click, the editor types where it placed the cursor on opening.
  await editor.locator('.nd-document').focus();
  await page.keyboard.type('【前言】');
  await expect(forewordParagraph).toHaveText(`【前言】${forewordStandardSentence}`);

  await clickAfterLastCharacter(forewordParagraph);
  await page.keyboard.type('本文件代替了旧版本。');
  await expect(forewordParagraph).toHaveText(`【前言】${forewordStandardSentence}本文件代替了旧版本。`);

  const scopeParagraph = chapterParagraph(page, '范围');
  await clickAfterLastCharacter(scopeParagraph);
  await page.keyboard.type('并规定了检验规则。');
  await expect(scopeParagraph).toContainText('并规定了检验规则。');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');

  expect(warnings.filter((warning) => warning.includes(misplacedCursorWarning))).toEqual([]);
});
