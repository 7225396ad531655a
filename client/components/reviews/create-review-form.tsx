import { For, Show, createEffect, createMemo, createResource, createSignal, createUniqueId, on } from 'solid-js';
import type { CreateReviewRequest, Review } from '../../../shared/api/reviews';
import type { ReviewKind } from '../../../shared/domain/review/rule-sets';
import { createReview, listRuleSets } from '../../api/reviews';
import { listVersions } from '../../api/versions';
import { bodyTimeZone } from '../../i18n/body-time-zone';
import { localizedText } from '../../i18n/localized-text';
import { translate } from '../../i18n/translate';
import { ErrorNotice } from '../error-notice';
import { TextAreaField } from '../text-area-field';
import { TextField } from '../text-field';
import { dateTimeInputValue, instantOfDateTimeInput } from './body-date-time';
import { meetingModeName, reviewKindName, type MeetingMode } from './review-names';
import { ruleSetRules } from './rule-set-words';

const aDay = 24 * 60 * 60 * 1000;
const kinds: readonly ReviewKind[] = ['meeting', 'correspondence'];
const modes: readonly MeetingMode[] = ['in_person', 'online', 'hybrid'];

/** A meeting two weeks ahead at 09:00, so the usual ten days' notice is kept. */
function suggestedMeetingTime(): string {
  return `${dateTimeInputValue(new Date(Date.now() + 14 * aDay)).slice(0, 10)}T09:00`;
}

function DateTimeField(props: { label: string; value: string; onValueChange: (value: string) => void; testId: string; hint?: string }) {
  const inputId = createUniqueId();
  return (
    <div class="nd-field">
      <label for={inputId}>{props.label}</label>
      <input id={inputId} type="datetime-local" value={props.value} onInput={(event) => props.onValueChange(event.currentTarget.value)} data-testid={props.testId} />
      <Show when={props.hint}>
        <small class="nd-field__hint">{props.hint}</small>
      </Show>
    </div>
  );
}

/** The secretariat sets up a review of a frozen version: a meeting with its time and place, or a correspondence ballot. */
export function CreateReviewForm(props: { standardId: string; onCreated: (review: Review) => void }) {
  const [versions] = createResource(() => props.standardId, listVersions);
  const [catalogue] = createResource(listRuleSets);
  const [kind, setKind] = createSignal<ReviewKind>('meeting');
  const [versionId, setVersionId] = createSignal('');
  const [ruleSetId, setRuleSetId] = createSignal('');
  const [title, setTitle] = createSignal('');
  const [startsAt, setStartsAt] = createSignal(suggestedMeetingTime());
  const [mode, setMode] = createSignal<MeetingMode>('in_person');
  const [location, setLocation] = createSignal('');
  const [onlineLink, setOnlineLink] = createSignal('');
  const [opensAt, setOpensAt] = createSignal(dateTimeInputValue(new Date()));
  const [closesAt, setClosesAt] = createSignal(dateTimeInputValue(new Date(Date.now() + 14 * aDay)));
  const [draftingOrganisations, setDraftingOrganisations] = createSignal('');
  const [problem, setProblem] = createSignal<string | null>(null);
  const [failure, setFailure] = createSignal<unknown>();
  const [busy, setBusy] = createSignal(false);

  const ruleSetsForKind = createMemo(() => (catalogue()?.ruleSets ?? []).filter((ruleSet) => ruleSet.kinds.includes(kind())));
  const chosenRuleSet = () => ruleSetsForKind().find((ruleSet) => ruleSet.id === ruleSetId());
  // The newest version is the 送审稿 the move into 技术审查 froze.
  createEffect(() => {
    const newest = versions()?.[0];
    if (newest && versionId() === '') setVersionId(newest.id);
  });
  // The site's default rule set, or the first one made for this kind of review.
  createEffect(
    on([ruleSetsForKind, () => catalogue()?.defaultRuleSetId], ([available, defaultId]) => {
      if (available.some((ruleSet) => ruleSet.id === ruleSetId())) return;
      // A ballot by correspondence has no attendance to count, so a rule set that counts returned ballots fits it.
      const fitting = available.filter((ruleSet) => kind() === 'meeting' || ruleSet.participation === 'returned_ballots');
      setRuleSetId(available.find((ruleSet) => ruleSet.id === defaultId)?.id ?? fitting[0]?.id ?? available[0]?.id ?? '');
    }),
  );

  function request(): CreateReviewRequest | string {
    if (versionId() === '') return translate('createReviewVersionRule');
    if (ruleSetId() === '') return translate('createReviewRuleSetRule');
    const common = { kind: kind(), versionId: versionId(), ruleSetId: ruleSetId(), ...(title().trim() === '' ? {} : { title: title().trim() }) };
    const organisations = draftingOrganisations().split('\n').map((line) => line.trim()).filter((line) => line !== '');
    const drafting = organisations.length > 0 ? { draftingOrganisations: organisations } : {};
    if (kind() === 'meeting') {
      const start = instantOfDateTimeInput(startsAt());
      if (start === null) return translate('createReviewStartsAtRule');
      if (mode() !== 'online' && location().trim() === '') return translate('createReviewLocationRule');
      if (mode() !== 'in_person' && !/^https?:\/\/\S+$/u.test(onlineLink().trim())) return translate('createReviewLinkRule');
      return {
        ...common,
        ...drafting,
        startsAt: start,
        mode: mode(),
        ...(mode() !== 'online' ? { location: location().trim() } : {}),
        ...(mode() !== 'in_person' ? { onlineLink: onlineLink().trim() } : {}),
      };
    }
    const opens = instantOfDateTimeInput(opensAt());
    const closes = instantOfDateTimeInput(closesAt());
    if (opens === null || closes === null) return translate('createReviewBallotTimesRule');
    if (Date.parse(closes) <= Date.parse(opens) || Date.parse(closes) <= Date.now()) return translate('createReviewClosesAtRule');
    return { ...common, ...drafting, opensAt: opens, closesAt: closes };
  }

  async function submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const built = request();
    if (typeof built === 'string') return void setProblem(built);
    setProblem(null);
    setFailure(undefined);
    setBusy(true);
    try {
      props.onCreated(await createReview(props.standardId, built));
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  }

  const versionSelectId = createUniqueId();
  const ruleSetSelectId = createUniqueId();
  const modeSelectId = createUniqueId();

  return (
    <form class="nd-form nd-create-review" onSubmit={(event) => void submit(event)} data-testid="create-review-form">
      <fieldset class="nd-choice-group">
        <legend>{translate('createReviewKindLabel')}</legend>
        <For each={kinds}>
          {(option) => (
            <label class="nd-choice">
              <input type="radio" name="review-kind" value={option} checked={kind() === option} onChange={() => setKind(option)} data-testid={`review-kind-${option}`} />
              {reviewKindName(option)}
            </label>
          )}
        </For>
      </fieldset>
      <div class="nd-form__row">
        <div class="nd-field">
          <label for={versionSelectId}>{translate('createReviewVersionLabel')}</label>
          <select id={versionSelectId} value={versionId()} onChange={(event) => setVersionId(event.currentTarget.value)} data-testid="review-version">
            <For each={versions() ?? []}>{(version) => <option value={version.id}>{version.name}</option>}</For>
          </select>
          <small class="nd-field__hint">{translate('createReviewVersionHint')}</small>
        </div>
        <TextField label={translate('createReviewTitleLabel')} value={title()} onValueChange={setTitle} testId="review-title" hint={translate('createReviewTitleHint')} />
      </div>
      <div class="nd-field">
        <label for={ruleSetSelectId}>{translate('createReviewRuleSetLabel')}</label>
        <select id={ruleSetSelectId} value={ruleSetId()} onChange={(event) => setRuleSetId(event.currentTarget.value)} data-testid="review-rule-set">
          <For each={ruleSetsForKind()}>{(ruleSet) => <option value={ruleSet.id}>{localizedText(ruleSet.name)}</option>}</For>
        </select>
        <Show when={chosenRuleSet()}>
          {(ruleSet) => (
            <ul class="nd-rule-list" data-testid="review-rule-set-rules">
              <For each={ruleSetRules(ruleSet())}>{(rule) => <li>{rule}</li>}</For>
            </ul>
          )}
        </Show>
      </div>
      <Show
        when={kind() === 'meeting'}
        fallback={
          <div class="nd-form__row">
            <DateTimeField label={translate('createReviewOpensAtLabel')} value={opensAt()} onValueChange={setOpensAt} testId="review-opens-at" />
            <DateTimeField label={translate('createReviewClosesAtLabel')} value={closesAt()} onValueChange={setClosesAt} testId="review-closes-at" hint={translate('createReviewClosesAtHint')} />
          </div>
        }
      >
        <div class="nd-form__row">
          <DateTimeField label={translate('createReviewStartsAtLabel')} value={startsAt()} onValueChange={setStartsAt} testId="review-starts-at" />
          <div class="nd-field">
            <label for={modeSelectId}>{translate('createReviewModeLabel')}</label>
            <select id={modeSelectId} value={mode()} onChange={(event) => setMode(event.currentTarget.value as MeetingMode)} data-testid="review-mode">
              <For each={modes}>{(option) => <option value={option}>{meetingModeName(option)}</option>}</For>
            </select>
          </div>
        </div>
        <div class="nd-form__row">
          <Show when={mode() !== 'online'}>
            <TextField label={translate('createReviewLocationLabel')} value={location()} onValueChange={setLocation} testId="review-location" />
          </Show>
          <Show when={mode() !== 'in_person'}>
            <TextField label={translate('createReviewLinkLabel')} value={onlineLink()} onValueChange={setOnlineLink} testId="review-link" hint={translate('createReviewLinkHint')} />
          </Show>
        </div>
      </Show>
      <Show when={chosenRuleSet()?.excludeDraftingOrganisations}>
        <TextAreaField label={translate('createReviewDraftingLabel')} value={draftingOrganisations()} onValueChange={setDraftingOrganisations} testId="review-drafting-organisations" hint={translate('createReviewDraftingHint')} />
      </Show>
      <p class="nd-muted">{translate('createReviewTimeZoneHint', { zone: bodyTimeZone() })}</p>
      <Show when={problem()}>{(text) => <p class="nd-field__error" role="alert">{text()}</p>}</Show>
      <Show when={failure() !== undefined}>
        <ErrorNotice error={failure()} />
      </Show>
      <div>
        <button type="submit" class="nd-button nd-button--primary" disabled={busy()} data-testid="create-review-submit">
          {translate('createReviewSubmit')}
        </button>
      </div>
    </form>
  );
}
