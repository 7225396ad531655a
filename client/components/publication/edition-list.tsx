import { For, Show } from 'solid-js';
import type { Edition } from '../../../shared/api/publications';
import { publishedFileAddress } from '../../api/publications';
import { translate } from '../../i18n/translate';
import { editionStatusName, processDocumentName } from './publication-names';

interface EditionListProps {
  standardId: string;
  editions: readonly Edition[];
  canDownload: boolean;
}

function EditionFacts(props: { standardId: string; edition: Edition; canDownload: boolean }) {
  const edition = () => props.edition;
  return (
    <li class="nd-edition" data-testid="edition" data-status={edition().status ?? 'unpublished'} data-number={edition().number}>
      <div class="nd-edition__head">
        <strong class="nd-edition__number" data-testid="edition-number">
          {edition().number}
        </strong>
        <span class="nd-edition__status" classList={{ [`nd-edition__status--${edition().status ?? 'unpublished'}`]: true }} data-testid="edition-status">
          {editionStatusName(edition().status)}
        </span>
        <Show when={edition().replaces}>{(replaced) => <span class="nd-muted">{translate('editionReplaces', { number: replaced().number })}</span>}</Show>
        <Show when={edition().replacedBy}>{(replacing) => <span class="nd-muted">{translate('editionReplacedBy', { number: replacing().number })}</span>}</Show>
      </div>
      <Show when={edition().publishedAt !== null}>
        <dl class="nd-edition__facts">
          <dt>{translate('editionPublishedOn')}</dt>
          <dd data-testid="edition-published-on">{edition().publishedOn}</dd>
          <dt>{translate('editionImplementedOn')}</dt>
          <dd data-testid="edition-implemented-on">{edition().implementedOn}</dd>
          <Show when={edition().withdrawnOn}>
            {(date) => (
              <>
                <dt>{translate('editionWithdrawnOn')}</dt>
                <dd data-testid="edition-withdrawn-on">{date()}</dd>
              </>
            )}
          </Show>
          <Show when={edition().status === 'current' ? edition().reviewDueOn : null}>
            {(date) => (
              <>
                <dt>{translate('editionReviewDueOn')}</dt>
                <dd data-testid="edition-review-due-on">{date()}</dd>
              </>
            )}
          </Show>
          <dt>{translate('editionProcessDocuments')}</dt>
          <dd>{edition().publishedProcessDocuments.length === 0 ? translate('editionProcessDocumentsNone') : edition().publishedProcessDocuments.map(processDocumentName).join(translate('editionListSeparator'))}</dd>
          <dt>{translate('editionDocxHash')}</dt>
          <dd>
            <code class="nd-edition__hash" data-testid="edition-docx-hash">
              {edition().docxSha256}
            </code>
          </dd>
          <dt>{translate('editionPdfHash')}</dt>
          <dd>
            <code class="nd-edition__hash" data-testid="edition-pdf-hash">
              {edition().pdfSha256}
            </code>
          </dd>
        </dl>
        <Show when={props.canDownload}>
          <p class="nd-edition__downloads">
            <a class="nd-button" href={publishedFileAddress(props.standardId, edition().id, 'docx')} download="" data-testid="edition-download-docx">
              {translate('editionDownloadDocx')}
            </a>
            <a class="nd-button" href={publishedFileAddress(props.standardId, edition().id, 'pdf')} download="" data-testid="edition-download-pdf">
              {translate('editionDownloadPdf')}
            </a>
          </p>
        </Show>
      </Show>
    </li>
  );
}

/** Every edition of the standard, newest first, with its status, dates and the hashes of its published files. */
export function EditionList(props: EditionListProps) {
  const published = () => props.editions.filter((edition) => edition.publishedAt !== null);
  return (
    <div class="nd-editions" data-testid="editions">
      <h3>{translate('editionsHeading')}</h3>
      <Show when={published().length > 0} fallback={<p class="nd-empty" data-testid="editions-empty">{translate('editionsEmpty')}</p>}>
        <ul class="nd-editions__list">
          <For each={published()}>{(edition) => <EditionFacts standardId={props.standardId} edition={edition} canDownload={props.canDownload} />}</For>
        </ul>
      </Show>
    </div>
  );
}
