import { For, Show } from 'solid-js';
import type { WordImportNote } from '../../../shared/api/word-import';
import type { MessageKey } from '../../i18n/chinese';
import { localizedText } from '../../i18n/localized-text';
import { translate } from '../../i18n/translate';

const kindNames: Record<WordImportNote['kind'], MessageKey> = {
  text_box: 'wordImportKindTextBox',
  comment: 'wordImportKindComment',
  tracked_change: 'wordImportKindTrackedChange',
  header_footer: 'wordImportKindHeaderFooter',
  object: 'wordImportKindObject',
  image: 'wordImportKindImage',
  table_of_contents: 'wordImportKindTableOfContents',
  unrecognised: 'wordImportKindUnrecognised',
};

/** What the file held that no element of a standard took, each with where it was in the file. */
export function NotMappedList(props: { notes: WordImportNote[] }) {
  return (
    <Show
      when={props.notes.length > 0}
      fallback={
        <p class="nd-word-import-report__nothing-left-out" data-testid="word-import-nothing-left-out">
          {translate('wordImportNotMappedEmpty')}
        </p>
      }
    >
      <p class="nd-muted">{translate('wordImportNotMappedExplanation')}</p>
      <table class="nd-word-import-report__table" data-testid="word-import-not-mapped">
        <thead>
          <tr>
            <th scope="col">{translate('wordImportWhereColumn')}</th>
            <th scope="col">{translate('wordImportKindColumn')}</th>
            <th scope="col">{translate('wordImportMessageColumn')}</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.notes}>
            {(note) => (
              <tr data-testid="word-import-not-mapped-item" data-kind={note.kind}>
                <td>{note.where}</td>
                <td>{translate(kindNames[note.kind])}</td>
                <td>{localizedText(note.message)}</td>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </Show>
  );
}
