import { For, Show, createSignal, createUniqueId } from 'solid-js';
import { createRuleSetRequestSchema } from '../../../shared/api/reviews';
import type { ThresholdBase } from '../../../shared/domain/review/rule-sets';
import { defineRuleSet, type CustomRuleSetRequest, type RuleSetCatalogue } from '../../api/rule-sets';
import type { MessageKey } from '../../i18n/chinese';
import { translate } from '../../i18n/translate';
import { ErrorNotice } from '../error-notice';
import { invalidFields } from '../invalid-fields';
import { ruleSetInWords } from '../reviews/rule-set-words';
import { TextField } from '../text-field';
import { parseShare } from './parse-share';

const bases: ReadonlyArray<{ value: ThresholdBase; label: MessageKey }> = [
  { value: 'participating', label: 'baseParticipating' },
  { value: 'cast', label: 'baseCast' },
  { value: 'eligible', label: 'baseEligible' },
];

function BaseSelect(props: { value: ThresholdBase; onChange: (base: ThresholdBase) => void; testId: string }) {
  const id = createUniqueId();
  return (
    <div class="nd-field">
      <label for={id}>{translate('customRuleSetBaseLabel')}</label>
      <select id={id} data-testid={props.testId} value={props.value} onChange={(event) => props.onChange(event.currentTarget.value as ThresholdBase)}>
        <For each={bases}>{(base) => <option value={base.value}>{translate(base.label)}</option>}</For>
      </select>
    </div>
  );
}

function Checkbox(props: { label: MessageKey; checked: boolean; onChange: (checked: boolean) => void; testId: string }) {
  return (
    <label class="nd-rule-sets__checkbox">
      <input type="checkbox" checked={props.checked} data-testid={props.testId} onChange={(event) => props.onChange(event.currentTarget.checked)} />
      {translate(props.label)}
    </label>
  );
}

/** An optional share typed as text: empty means none, anything else must read as a share. */
function optionalShare(text: string) {
  return text.trim() === '' ? null : parseShare(text);
}

/** The site administrator defines a rule set from the same parameters as the presets, and sees it in words first. */
export function CustomRuleSetForm(props: { onSaved: (catalogue: RuleSetCatalogue, name: string) => void }) {
  const [id, setId] = createSignal('');
  const [nameZh, setNameZh] = createSignal('');
  const [nameEn, setNameEn] = createSignal('');
  const [meeting, setMeeting] = createSignal(true);
  const [correspondence, setCorrespondence] = createSignal(false);
  const [participation, setParticipation] = createSignal<'attendance' | 'returned_ballots'>('attendance');
  const [quorum, setQuorum] = createSignal('2/3');
  const [pass, setPass] = createSignal('3/4');
  const [passBase, setPassBase] = createSignal<ThresholdBase>('participating');
  const [negativeCap, setNegativeCap] = createSignal('');
  const [negativeCapBase, setNegativeCapBase] = createSignal<ThresholdBase>('cast');
  const [abstention, setAbstention] = createSignal('');
  const [abstentionBase, setAbstentionBase] = createSignal<ThresholdBase>('participating');
  const [needsReason, setNeedsReason] = createSignal(true);
  const [uncountedWithoutReason, setUncountedWithoutReason] = createSignal(false);
  const [changeable, setChangeable] = createSignal(false);
  const [secretariatVotes, setSecretariatVotes] = createSignal(false);
  const [excludeDrafting, setExcludeDrafting] = createSignal(false);
  const [organisationShare, setOrganisationShare] = createSignal('');
  const [noticeDays, setNoticeDays] = createSignal('10');
  const [invalid, setInvalid] = createSignal<ReadonlySet<string>>(new Set());
  const [failure, setFailure] = createSignal<unknown>();
  const [saving, setSaving] = createSignal(false);
  const participationId = createUniqueId();

  const ruleFor = (field: string, rule: MessageKey) => (invalid().has(field) ? translate(rule) : null);

  /** The request as typed; shares that do not read as shares are marked invalid on their own. */
  function draft(): { request: Record<string, unknown>; unreadable: string[] } {
    const unreadable: string[] = [];
    const share = (field: string, text: string, optional: boolean) => {
      const value = optional ? optionalShare(text) : parseShare(text);
      if (value === null && (!optional || text.trim() !== '')) unreadable.push(field);
      return value;
    };
    const quorumShare = share('quorum', quorum(), true);
    const passShare = share('pass', pass(), false);
    const capShare = share('negativeCap', negativeCap(), true);
    const abstentionShare = share('abstentionLimit', abstention(), true);
    const organisationLimit = share('organisationShareLimit', organisationShare(), true);
    const request = {
      id: id().trim(),
      name: { zh: nameZh().trim(), en: nameEn().trim() },
      kinds: [...(meeting() ? ['meeting'] : []), ...(correspondence() ? ['correspondence'] : [])],
      participation: participation(),
      quorum: quorumShare,
      pass: { share: passShare, base: passBase() },
      negativeCap: capShare === null ? null : { share: capShare, base: negativeCapBase() },
      abstentionLimit: abstentionShare === null ? null : { share: abstentionShare, base: abstentionBase() },
      negativeNeedsReason: needsReason(),
      negativeWithoutReasonCounted: !(needsReason() && uncountedWithoutReason()),
      ballotsChangeableBeforeClose: changeable(),
      noticePeriodDays: Number(noticeDays()),
      secretariatMayVote: secretariatVotes(),
      excludeDraftingOrganisations: excludeDrafting(),
      organisationShareLimit: organisationLimit,
    };
    return { request, unreadable };
  }

  const preview = () => {
    const parsed = createRuleSetRequestSchema.safeParse(draft().request);
    return parsed.success ? ruleSetInWords({ ...parsed.data, preset: false }) : null;
  };

  async function submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const { request, unreadable } = draft();
    const parsed = createRuleSetRequestSchema.safeParse(request);
    setInvalid(new Set([...unreadable, ...(parsed.success ? [] : invalidFields(parsed.error))]));
    if (!parsed.success || unreadable.length > 0) return;
    const valid: CustomRuleSetRequest = parsed.data;
    setFailure(undefined);
    setSaving(true);
    try {
      props.onSaved(await defineRuleSet(valid), valid.name.zh);
      setId('');
      setNameZh('');
      setNameEn('');
    } catch (error) {
      setFailure(error);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form class="nd-form" onSubmit={(event) => void submit(event)} noValidate data-testid="custom-rule-set-form">
      <TextField label={translate('customRuleSetIdLabel')} value={id()} onValueChange={setId} testId="rule-set-id" error={ruleFor('id', 'customRuleSetIdRule')} />
      <div class="nd-form__row">
        <TextField label={translate('customRuleSetNameZhLabel')} value={nameZh()} onValueChange={setNameZh} testId="rule-set-name-zh" error={ruleFor('name', 'customRuleSetNameRule')} lang="zh-CN" />
        <TextField label={translate('customRuleSetNameEnLabel')} value={nameEn()} onValueChange={setNameEn} testId="rule-set-name-en" error={ruleFor('name', 'customRuleSetNameRule')} lang="en" />
      </div>
      <fieldset class="nd-rule-sets__kinds">
        <legend>{translate('customRuleSetKindsLabel')}</legend>
        <Checkbox label="reviewKindMeeting" checked={meeting()} onChange={setMeeting} testId="rule-set-kind-meeting" />
        <Checkbox label="reviewKindCorrespondence" checked={correspondence()} onChange={setCorrespondence} testId="rule-set-kind-correspondence" />
        <Show when={invalid().has('kinds')}>
          <p class="nd-field__error" role="alert">{translate('customRuleSetKindsRule')}</p>
        </Show>
      </fieldset>
      <div class="nd-field">
        <label for={participationId}>{translate('customRuleSetParticipationLabel')}</label>
        <select id={participationId} data-testid="rule-set-participation" value={participation()} onChange={(event) => setParticipation(event.currentTarget.value === 'attendance' ? 'attendance' : 'returned_ballots')}>
          <option value="attendance">{translate('participationAttendance')}</option>
          <option value="returned_ballots">{translate('participationReturned')}</option>
        </select>
      </div>
      <TextField label={translate('customRuleSetQuorumLabel')} value={quorum()} onValueChange={setQuorum} testId="rule-set-quorum" error={ruleFor('quorum', 'customRuleSetShareRule')} />
      <div class="nd-form__row">
        <TextField label={translate('customRuleSetPassLabel')} value={pass()} onValueChange={setPass} testId="rule-set-pass" error={ruleFor('pass', 'customRuleSetShareRule')} />
        <BaseSelect value={passBase()} onChange={setPassBase} testId="rule-set-pass-base" />
      </div>
      <div class="nd-form__row">
        <TextField label={translate('customRuleSetNegativeCapLabel')} value={negativeCap()} onValueChange={setNegativeCap} testId="rule-set-negative-cap" error={ruleFor('negativeCap', 'customRuleSetShareRule')} />
        <BaseSelect value={negativeCapBase()} onChange={setNegativeCapBase} testId="rule-set-negative-cap-base" />
      </div>
      <div class="nd-form__row">
        <TextField label={translate('customRuleSetAbstentionLabel')} value={abstention()} onValueChange={setAbstention} testId="rule-set-abstention" error={ruleFor('abstentionLimit', 'customRuleSetShareRule')} />
        <BaseSelect value={abstentionBase()} onChange={setAbstentionBase} testId="rule-set-abstention-base" />
      </div>
      <Checkbox label="customRuleSetNeedsReason" checked={needsReason()} onChange={setNeedsReason} testId="rule-set-needs-reason" />
      <Show when={needsReason()}>
        <Checkbox label="customRuleSetUncountedWithoutReason" checked={uncountedWithoutReason()} onChange={setUncountedWithoutReason} testId="rule-set-uncounted" />
      </Show>
      <Checkbox label="customRuleSetChangeable" checked={changeable()} onChange={setChangeable} testId="rule-set-changeable" />
      <Checkbox label="customRuleSetSecretariatVotes" checked={secretariatVotes()} onChange={setSecretariatVotes} testId="rule-set-secretariat-votes" />
      <Checkbox label="customRuleSetExcludeDrafting" checked={excludeDrafting()} onChange={setExcludeDrafting} testId="rule-set-exclude-drafting" />
      <TextField label={translate('customRuleSetOrganisationShareLabel')} value={organisationShare()} onValueChange={setOrganisationShare} testId="rule-set-organisation-share" error={ruleFor('organisationShareLimit', 'customRuleSetShareRule')} />
      <TextField label={translate('customRuleSetNoticeLabel')} value={noticeDays()} onValueChange={setNoticeDays} testId="rule-set-notice-days" error={ruleFor('noticePeriodDays', 'customRuleSetNoticeRule')} />
      <Show when={preview()}>{(words) => <p class="nd-muted" data-testid="rule-set-preview">{translate('customRuleSetPreview', { rules: words() })}</p>}</Show>
      <Show when={failure() !== undefined}>
        <ErrorNotice error={failure()} />
      </Show>
      <button type="submit" class="nd-button nd-button--primary" data-testid="rule-set-save" disabled={saving()}>
        {translate('customRuleSetSave')}
      </button>
    </form>
  );
}
