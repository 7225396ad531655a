import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DomainError } from '../../errors';

/** Where Debian's libreoffice packages put the program, then whatever `soffice` PATH has. */
export function findLibreOffice(searchPath: string = process.env.PATH ?? ''): string | null {
  const candidates = ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice', ...searchPath.split(delimiter).filter(Boolean).map((folder) => join(folder, 'soffice'))];
  return candidates.find((candidate) => existsSync(candidate)) ?? null;
}

export interface LibreOfficeConverterOptions {
  /** The soffice program; null when it is not installed. */
  executable: string | null;
  timeoutMilliseconds: number;
}

/**
 * Turns .docx into PDF with LibreOffice in a child process: one conversion at a time (soffice shares its profile and
 * serialises anyway), with a profile folder of our own so it never touches a user's, killed past the timeout.
 */
export class LibreOfficeConverter {
  private queue: Promise<unknown> = Promise.resolve();
  private profileDirectory: string | null = null;

  constructor(private readonly options: LibreOfficeConverterOptions) {}

  get available(): boolean {
    return this.options.executable !== null;
  }

  convertDocxToPdf(docx: Uint8Array): Promise<Uint8Array> {
    const executable = this.options.executable;
    if (executable === null) {
      return Promise.reject(new DomainError('pdf_unavailable', 'PDF export needs LibreOffice on the server, which is not installed: install Debian’s libreoffice-writer-nogui (see the README), or download the .docx.'));
    }
    const conversion = this.queue.then(() => this.convertNow(executable, docx));
    this.queue = conversion.catch(() => undefined);
    return conversion;
  }

  /** Removes the private profile; conversions after this start a new one. */
  dispose(): void {
    if (this.profileDirectory) rmSync(this.profileDirectory, { recursive: true, force: true });
    this.profileDirectory = null;
  }

  private profile(): string {
    this.profileDirectory ??= mkdtempSync(join(tmpdir(), 'normdraft-libreoffice-profile-'));
    return this.profileDirectory;
  }

  private async convertNow(executable: string, docx: Uint8Array): Promise<Uint8Array> {
    const work = mkdtempSync(join(tmpdir(), 'normdraft-pdf-'));
    try {
      const input = join(work, 'document.docx');
      writeFileSync(input, docx);
      const profileUrl = pathToFileURL(this.profile()).href;
      await new Promise<void>((resolve, reject) => {
        execFile(
          executable,
          [`-env:UserInstallation=${profileUrl}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', work, input],
          { timeout: this.options.timeoutMilliseconds, killSignal: 'SIGKILL', maxBuffer: 1024 * 1024 },
          (error) => {
            if (!error) resolve();
            else if (error.killed) reject(new DomainError('pdf_conversion_failed', `LibreOffice did not finish the PDF within ${Math.round(this.options.timeoutMilliseconds / 1000)} s; try again, or download the .docx.`));
            else reject(new DomainError('pdf_conversion_failed', 'LibreOffice could not convert the document to PDF; download the .docx, or tell the administrator.'));
          },
        );
      });
      const output = join(work, 'document.pdf');
      if (!existsSync(output)) throw new DomainError('pdf_conversion_failed', 'LibreOffice wrote no PDF; download the .docx, or tell the administrator.');
      return new Uint8Array(readFileSync(output));
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
}
