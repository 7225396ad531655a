import { Show, createSignal } from 'solid-js';
import { sha256HexSchema, type PublicCheckpointLookup, type PublicExportVerification } from '../../shared/api/ledger';
import { isApiError } from '../api/api-error';
import { lookUpCheckpoint, verifyExportFile } from '../api/ledger';
import { ErrorNotice } from '../components/error-notice';
import { nameLedgerProblem } from '../i18n/ledger-problem-names';
import { bodyTimeZone } from '../i18n/body-time-zone';
import { formatDateTime, translate } from '../i18n/translate';

/** When a checkpoint was signed, in the body's time zone, with the zone named. */
function signedAt(timestamp: string): string {
  return `${formatDateTime(timestamp)} (${bodyTimeZone()})`;
}

type FileAnswer = { kind: 'result'; result: PublicExportVerification } | { kind: 'not_export' };

function fileVerified(answer: FileAnswer): boolean {
  return answer.kind === 'result' && answer.result.ok;
}

/** What the file check says, in words: verifies with what it proves, or the reason it fails. */
function fileAnswerText(answer: FileAnswer): string {
  if (answer.kind === 'not_export') return translate('verifyFileNotExport');
  const { result } = answer;
  if (result.ok && result.checkpoint) return translate('verifyFileVerifies', { records: result.records, time: signedAt(result.checkpoint.timestamp) });
  return translate('verifyFileFails', { problem: result.problem ? nameLedgerProblem(result.problem) : translate('verifyFileNotExport') });
}

/** The public page (no sign-in) where whoever received a comment table checks its checkpoint hash or an export file. */
export function VerifyPage() {
  const [hash, setHash] = createSignal('');
  const [hashInvalid, setHashInvalid] = createSignal(false);
  const [hashAnswer, setHashAnswer] = createSignal<PublicCheckpointLookup>();
  const [fileAnswer, setFileAnswer] = createSignal<FileAnswer>();
  const [checking, setChecking] = createSignal(false);
  const [failure, setFailure] = createSignal<unknown>();

  async function checkHash(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const parsed = sha256HexSchema.safeParse(hash().trim().toLowerCase());
    setHashInvalid(!parsed.success);
    setHashAnswer(undefined);
    if (!parsed.success) return;
    setFailure(undefined);
    setChecking(true);
    try {
      setHashAnswer(await lookUpCheckpoint(parsed.data));
    } catch (error) {
      setFailure(error);
    } finally {
      setChecking(false);
    }
  }

  async function checkFile(file: File | undefined): Promise<void> {
    setFileAnswer(undefined);
    if (!file) return;
    setFailure(undefined);
    setChecking(true);
    try {
      let content: unknown;
      try {
        content = JSON.parse(await file.text());
      } catch {
        setFileAnswer({ kind: 'not_export' });
        return;
      }
      // The server checks the shape; a file that is not an export is answered in words, not as an error.
      setFileAnswer({ kind: 'result', result: await verifyExportFile(content as Parameters<typeof verifyExportFile>[0]) });
    } catch (error) {
      if (isApiError(error) && error.code === 'invalid_request') setFileAnswer({ kind: 'not_export' });
      else setFailure(error);
    } finally {
      setChecking(false);
    }
  }

  return (
    <section class="nd-auth-card nd-verify-page" aria-labelledby="verify-title">
      <h1 id="verify-title">{translate('verifyPageTitle')}</h1>
      <p class="nd-muted">{translate('verifyPageIntro')}</p>
      <form onSubmit={(event) => void checkHash(event)} noValidate>
        <label class="nd-field">
          <span class="nd-field__label">{translate('verifyHashLabel')}</span>
          <input class="nd-field__input" data-testid="verify-hash" value={hash()} onInput={(event) => setHash(event.currentTarget.value)} spellcheck={false} autocomplete="off" />
        </label>
        <Show when={hashInvalid()}>
          <p class="nd-field__error" role="alert">
            {translate('verifyHashInvalid')}
          </p>
        </Show>
        <button type="submit" class="nd-button nd-button--primary" data-testid="verify-hash-submit" disabled={checking()}>
          {translate('verifyHashSubmit')}
        </button>
      </form>
      <Show when={hashAnswer()}>
        {(answer) => (
          <p role="status" data-testid="verify-hash-answer" class={answer().signed ? 'nd-verify-page__ok' : 'nd-verify-page__fail'}>
            {answer().checkpoint ? translate('verifyHashSigned', { time: signedAt(answer().checkpoint?.timestamp ?? ''), records: answer().checkpoint?.treeSize ?? 0 }) : translate('verifyHashUnknown')}
          </p>
        )}
      </Show>
      <label class="nd-field">
        <span class="nd-field__label">{translate('verifyFileLabel')}</span>
        <input type="file" accept=".json,application/json" data-testid="verify-file" onChange={(event) => void checkFile(event.currentTarget.files?.[0])} />
      </label>
      <Show when={checking()}>
        <p class="nd-muted">{translate('verifyChecking')}</p>
      </Show>
      <Show when={fileAnswer()}>
        {(answer) => (
          <p role="status" data-testid="verify-file-answer" class={fileVerified(answer()) ? 'nd-verify-page__ok' : 'nd-verify-page__fail'}>
            {fileAnswerText(answer())}
          </p>
        )}
      </Show>
      <Show when={failure()}>{(error) => <ErrorNotice error={error()} />}</Show>
    </section>
  );
}
