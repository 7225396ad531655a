import { For } from 'solid-js';
import type { CommentTableFormat } from '../../../shared/api/comment-table';
import { endpoints } from '../../../shared/api/contract';
import { endpointAddress } from '../../api/call-endpoint';
import type { MessageKey } from '../../i18n/chinese';
import { translate } from '../../i18n/translate';
import './comment-table-download.css';

const formats: ReadonlyArray<{ format: CommentTableFormat; label: MessageKey }> = [
  { format: 'docx', label: 'commentTableNationalWord' },
  { format: 'xlsx', label: 'commentTableNationalExcel' },
  { format: 'csv', label: 'commentTableNationalCsv' },
  { format: 'association-docx', label: 'commentTableAssociationWord' },
  { format: 'iso-docx', label: 'commentTableIsoWord' },
];

/** The official comment tables, as plain links: the server names each file, and the browser's downloads show progress. */
export function CommentTableDownload(props: { standardId: string }) {
  return (
    <details class="nd-comment-table-download" data-testid="comment-table-download">
      <summary class="nd-button">{translate('commentTableDownload')}</summary>
      <div class="nd-comment-table-download__panel">
        <p class="nd-muted">{translate('commentTableExplanation')}</p>
        <ul class="nd-comment-table-download__formats">
          <For each={formats}>
            {(entry) => (
              <li>
                <a href={endpointAddress(endpoints.commentTable, { id: props.standardId }, { format: entry.format })} download="" data-testid={`comment-table-${entry.format}`}>
                  {translate(entry.label)}
                </a>
              </li>
            )}
          </For>
        </ul>
      </div>
    </details>
  );
}
