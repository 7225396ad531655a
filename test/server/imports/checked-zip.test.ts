import { describe, expect, it } from 'vitest';
import { unpackCheckedZip, templateZipLimits } from '../../../server/imports/checked-zip';
import { zipBomb, zipWithEntries, zipWithLyingDirectory } from '../../fixtures/templates/hostile-zips';
import { templateXlsx } from '../../fixtures/templates/template-xlsx';

const oneGibibyte = 1024 * 1024 * 1024;
// Deflating the gibibyte of zeros takes several seconds on a busy 2-core machine; a slow machine must not fail.

async function rejection(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error('expected the zip to be refused');
}

describe('unpacking an uploaded Office file', () => {
  it('unpacks a real workbook', async () => {
    const parts = await unpackCheckedZip(await templateXlsx([{ name: '意见', rows: [['章条编号', '意见内容']] }]), () => true);
    expect([...parts.keys()]).toContain('xl/workbook.xml');
    expect(parts.get('xl/workbook.xml')?.toString('utf8')).toContain('<workbook');
  });

  it('refuses a 1 GiB zip bomb from its central directory, before inflating anything', async () => {
    const bomb = await zipBomb('word/document.xml', oneGibibyte);
    expect(bomb.byteLength).toBeLessThan(5 * 1024 * 1024);
    let inflated = false;
    const refused = await rejection(unpackCheckedZip(bomb, () => {
      inflated = true;
      return true;
    }));
    expect(refused.code).toBe('upload_rejected');
    expect(refused.message).toMatch(/times its packed size|more than 50 MiB/);
    expect(inflated).toBe(false);
  }, 300_000);

  it('refuses by the total declared size even when no single entry looks compressed', async () => {
    const refused = await rejection(unpackCheckedZip(await zipBomb('a.xml', 3 * 1024 * 1024), () => true, { ...templateZipLimits, maximumTotalBytes: 2 * 1024 * 1024, maximumEntryRatio: 1e9 }));
    expect(refused).toMatchObject({ code: 'upload_rejected', message: expect.stringContaining('more than 2 MiB') });
  });

  it('stops inflating an entry as soon as it grows past the size its central directory declares', async () => {
    const lying = await zipWithLyingDirectory('word/document.xml', 8 * 1024 * 1024, 1000);
    const refused = await rejection(unpackCheckedZip(lying, () => true));
    expect(refused).toMatchObject({ code: 'upload_rejected', message: expect.stringContaining('does not match its declared size') });
  });

  it('refuses too many entries, and anything that is not a zip', async () => {
    expect(await rejection(unpackCheckedZip(await zipWithEntries(6), () => true, { ...templateZipLimits, maximumEntries: 5 }))).toMatchObject({ code: 'upload_rejected', message: expect.stringContaining('more than 5 parts') });
    expect(await rejection(unpackCheckedZip(new TextEncoder().encode('这不是压缩文件'.repeat(100)), () => true))).toMatchObject({ code: 'upload_rejected' });
    expect(await rejection(unpackCheckedZip(new Uint8Array(0), () => true))).toMatchObject({ code: 'upload_rejected' });
  });
});
