import { For, createUniqueId } from 'solid-js';
import { processDocumentKinds, type ProcessDocumentKind } from '../../../shared/api/publications';
import { publicationDatesProblem } from '../../../shared/domain/edition-numbering';
import type { PublicationDetails } from '../../api/stages';
import { translate } from '../../i18n/translate';
import { processDocumentName } from './publication-names';

/** What is wrong with the details before they are sent, in the reader's language; null when they can go. */
export function publicationDetailsProblem(details: PublicationDetails): string | null {
  if (details.publishedOn === '' || details.implementedOn === '') return translate('publishDatesRequired');
  const problem = publicationDatesProblem(details.publishedOn, details.implementedOn);
  if (problem === 'implemented_before_published') return translate('publishImplementedBeforePublished');
  return problem === null ? null : translate('publishDatesRequired');
}

/** The dates and the process documents the move to 发布 asks for. */
export function PublicationFields(props: { details: PublicationDetails; onChange: (details: PublicationDetails) => void }) {
  const publishedId = createUniqueId();
  const implementedId = createUniqueId();
  const toggle = (kind: ProcessDocumentKind, checked: boolean) => {
    const chosen = new Set(props.details.publishedProcessDocuments);
    if (checked) chosen.add(kind);
    else chosen.delete(kind);
    props.onChange({ ...props.details, publishedProcessDocuments: processDocumentKinds.filter((candidate) => chosen.has(candidate)) });
  };
  return (
    <div class="nd-publication-fields" data-testid="publication-fields">
      <p>{translate('publishExplanation')}</p>
      <div class="nd-publication-fields__dates">
        <div class="nd-field">
          <label for={publishedId}>{translate('publishPublishedOnLabel')}</label>
          <input id={publishedId} type="date" required value={props.details.publishedOn} onInput={(event) => props.onChange({ ...props.details, publishedOn: event.currentTarget.value })} data-testid="publish-published-on" />
        </div>
        <div class="nd-field">
          <label for={implementedId}>{translate('publishImplementedOnLabel')}</label>
          <input id={implementedId} type="date" required value={props.details.implementedOn} onInput={(event) => props.onChange({ ...props.details, implementedOn: event.currentTarget.value })} data-testid="publish-implemented-on" />
        </div>
      </div>
      <fieldset class="nd-choice-group">
        <legend>{translate('publishProcessDocumentsLegend')}</legend>
        <For each={processDocumentKinds}>
          {(kind) => (
            <label class="nd-choice">
              <input type="checkbox" checked={props.details.publishedProcessDocuments.includes(kind)} onChange={(event) => toggle(kind, event.currentTarget.checked)} data-testid="publish-process-document" data-kind={kind} />
              {processDocumentName(kind)}
            </label>
          )}
        </For>
      </fieldset>
    </div>
  );
}
