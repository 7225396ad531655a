import { A } from '@solidjs/router';
import { For, Match, Show, Switch, createResource, createUniqueId } from 'solid-js';
import type { OutlineResponse } from '../../../shared/api/document-structure';
import type { Version } from '../../../shared/api/versions';
import { fetchLiveOutline } from '../../api/dispositions';
import { listVersions } from '../../api/versions';
import { stageName } from '../../i18n/domain-names';
import { formatDateTime, translate } from '../../i18n/translate';
import { ErrorNotice } from '../error-notice';
import type { ChangeReferenceChoice } from './change-reference-choice';
import { comparisonAddress } from './comparison-address';

interface ChangeReferenceFieldsProps {
  standardId: string;
  value: ChangeReferenceChoice;
  onChange: (value: ChangeReferenceChoice) => void;
  /** Shown when only one side of the comparison is chosen. */
  versionPairError: boolean;
}

type OutlineItem = OutlineResponse['items'][number];
type OutlineElement = OutlineResponse['elements'][number];

/** One choice of the select: a clause of the outline, or a term entry, table, figure, formula, note or example inside it. */
interface PlaceChoice {
  id: string;
  label: string;
}

function clauseLabel(item: OutlineItem): string {
  const indent = '\u3000'.repeat(Math.max(0, item.level - 1));
  return item.number === null ? `${indent}${item.title}` : `${indent}${item.number}\u2002${item.title}`;
}

function elementLabel(element: OutlineElement, level: number): string {
  const indent = '\u3000'.repeat(Math.max(0, level));
  return [`${indent}${element.reference}`, element.title].filter((part) => part.trim() !== '').join('\u2002');
}

/** The clauses in outline order, each followed by the numbered elements it holds. */
function placeChoices(outline: OutlineResponse): PlaceChoice[] {
  const choices: PlaceChoice[] = [];
  for (const item of outline.items) {
    if (item.id === null) continue;
    choices.push({ id: item.id, label: clauseLabel(item) });
    for (const element of outline.elements) if (element.withinId === item.id) choices.push({ id: element.id, label: elementLabel(element, item.level) });
  }
  return choices;
}

function versionLabel(version: Version): string {
  return translate('dispositionVersionOption', { name: version.name, stage: stageName(version.stage), date: formatDateTime(version.createdAt) });
}

/** The optional pointer to the change that carried the disposition out: a clause of the live draft and two frozen versions. */
export function ChangeReferenceFields(props: ChangeReferenceFieldsProps) {
  const clauseFieldId = createUniqueId();
  const fromFieldId = createUniqueId();
  const toFieldId = createUniqueId();
  const pairErrorId = createUniqueId();
  const [outline, { refetch: refetchOutline }] = createResource(() => props.standardId, fetchLiveOutline);
  const [versions, { refetch: refetchVersions }] = createResource(() => props.standardId, listVersions);
  const places = () => {
    const latest = outline.latest;
    return latest ? placeChoices(latest) : [];
  };
  const update = (change: Partial<ChangeReferenceChoice>) => props.onChange({ ...props.value, ...change });
  const comparison = () =>
    props.value.fromVersionId !== '' && props.value.toVersionId !== ''
      ? comparisonAddress(props.standardId, props.value.fromVersionId, props.value.toVersionId)
      : null;
  const versionsAddress = () => `/standards/${encodeURIComponent(props.standardId)}/versions`;

  const versionOptions = (selected: () => string) => (
    <>
      <option value="" selected={selected() === ''}>
        {translate('dispositionVersionNone')}
      </option>
      <For each={versions.latest ?? []}>
        {(version) => (
          <option value={version.id} selected={selected() === version.id}>
            {versionLabel(version)}
          </option>
        )}
      </For>
    </>
  );

  return (
    <fieldset class="nd-change-reference" data-testid="change-reference">
      <legend>{translate('dispositionChangeLegend')}</legend>
      <p class="nd-field__hint">{translate('dispositionChangeHint')}</p>
      <Switch>
        <Match when={outline.error !== undefined}>
          <ErrorNotice error={outline.error} onRetry={() => void refetchOutline()} />
        </Match>
        <Match when={outline.latest}>
          <div class="nd-field">
            <label for={clauseFieldId}>{translate('dispositionClauseLabel')}</label>
            <select id={clauseFieldId} data-testid="disposition-clause" onChange={(event) => update({ clauseId: event.currentTarget.value })}>
              <option value="" selected={props.value.clauseId === ''}>
                {translate('dispositionClauseNone')}
              </option>
              <For each={places()}>
                {(place) => (
                  <option value={place.id} selected={props.value.clauseId === place.id}>
                    {place.label}
                  </option>
                )}
              </For>
            </select>
          </div>
        </Match>
      </Switch>
      <Switch>
        <Match when={versions.error !== undefined}>
          <ErrorNotice error={versions.error} onRetry={() => void refetchVersions()} />
        </Match>
        <Match when={versions.latest && versions.latest.length < 2}>
          <p class="nd-muted" data-testid="disposition-versions-missing">
            {translate('dispositionVersionsMissing', { count: versions.latest?.length ?? 0 })}{' '}
            <A href={versionsAddress()}>{translate('dispositionVersionsLink')}</A>
          </p>
        </Match>
        <Match when={versions.latest}>
          <div class="nd-change-reference__versions">
            <div class="nd-field">
              <label for={fromFieldId}>{translate('dispositionFromVersionLabel')}</label>
              <select
                id={fromFieldId}
                data-testid="disposition-from-version"
                aria-invalid={props.versionPairError ? 'true' : undefined}
                aria-describedby={props.versionPairError ? pairErrorId : undefined}
                onChange={(event) => update({ fromVersionId: event.currentTarget.value })}
              >
                {versionOptions(() => props.value.fromVersionId)}
              </select>
            </div>
            <span class="nd-change-reference__arrow" aria-hidden="true">
              →
            </span>
            <div class="nd-field">
              <label for={toFieldId}>{translate('dispositionToVersionLabel')}</label>
              <select
                id={toFieldId}
                data-testid="disposition-to-version"
                aria-invalid={props.versionPairError ? 'true' : undefined}
                aria-describedby={props.versionPairError ? pairErrorId : undefined}
                onChange={(event) => update({ toVersionId: event.currentTarget.value })}
              >
                {versionOptions(() => props.value.toVersionId)}
              </select>
            </div>
            <Show when={comparison()}>
              {(address) => (
                <a href={address()} target="_blank" rel="noopener" class="nd-change-reference__open" data-testid="disposition-open-comparison">
                  {translate('dispositionOpenComparison')}
                </a>
              )}
            </Show>
          </div>
          <Show when={props.versionPairError}>
            <p id={pairErrorId} class="nd-field__error" role="alert" data-testid="disposition-version-pair-error">
              {translate('dispositionVersionPairRule')}
            </p>
          </Show>
        </Match>
      </Switch>
    </fieldset>
  );
}
