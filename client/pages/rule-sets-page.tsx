import { For, Match, Show, Switch, createResource, createSignal, createUniqueId } from 'solid-js';
import { chooseDefaultRuleSet, fetchRuleSetCatalogue, type RuleSetCatalogue } from '../api/rule-sets';
import { ErrorNotice } from '../components/error-notice';
import { LoadingState } from '../components/loading-state';
import { ruleSetInWords } from '../components/reviews/rule-set-words';
import { CustomRuleSetForm } from '../components/rule-sets/custom-rule-set-form';
import { localizedText } from '../i18n/localized-text';
import { translate } from '../i18n/translate';
import { currentUser } from '../session/session-state';
import '../components/rule-sets/rule-sets.css';

function DefaultRuleSetForm(props: { catalogue: RuleSetCatalogue; onSaved: (catalogue: RuleSetCatalogue, name: string) => void }) {
  // Null until the administrator picks one: the current default is shown.
  const [picked, setPicked] = createSignal<string | null>(null);
  const choice = () => picked() ?? props.catalogue.defaultRuleSetId;
  const [failure, setFailure] = createSignal<unknown>();
  const [saving, setSaving] = createSignal(false);
  const selectId = createUniqueId();

  async function save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    setFailure(undefined);
    setSaving(true);
    try {
      const saved = await chooseDefaultRuleSet(choice());
      const chosen = saved.ruleSets.find((ruleSet) => ruleSet.id === saved.defaultRuleSetId);
      props.onSaved(saved, chosen ? localizedText(chosen.name) : saved.defaultRuleSetId);
    } catch (error) {
      setFailure(error);
    } finally {
      setSaving(false);
    }
  }

  return (
    <form class="nd-form nd-form--inline" onSubmit={(event) => void save(event)}>
      <div class="nd-field">
        <label for={selectId}>{translate('defaultRuleSetLabel')}</label>
        <select id={selectId} data-testid="default-rule-set" value={choice()} onChange={(event) => setPicked(event.currentTarget.value)}>
          <For each={props.catalogue.ruleSets}>
            {(ruleSet) => (
              <option value={ruleSet.id} selected={ruleSet.id === choice()}>
                {localizedText(ruleSet.name)}
              </option>
            )}
          </For>
        </select>
      </div>
      <button type="submit" class="nd-button" data-testid="default-rule-set-save" disabled={saving()}>
        {translate('defaultRuleSetSave')}
      </button>
      <Show when={failure() !== undefined}>
        <ErrorNotice error={failure()} />
      </Show>
    </form>
  );
}

/** Every rule set of the site in words; the site administrator chooses the default and defines new ones. */
export function RuleSetsPage() {
  const [catalogue, { mutate, refetch }] = createResource(fetchRuleSetCatalogue);
  const [notice, setNotice] = createSignal<string | null>(null);
  const administrator = () => currentUser()?.isSiteAdministrator === true;

  function saved(next: RuleSetCatalogue, message: string): void {
    mutate(next);
    setNotice(message);
  }

  return (
    <main class="nd-page" data-testid="rule-sets-page">
      <h1>{translate('ruleSetsTitle')}</h1>
      <p>{translate(administrator() ? 'ruleSetsIntro' : 'ruleSetsOnlyAdministrators')}</p>
      <Show when={notice()}>{(text) => <p class="nd-notice nd-notice--success" role="status">{text()}</p>}</Show>
      <Switch>
        <Match when={catalogue.error !== undefined}>
          <ErrorNotice error={catalogue.error} onRetry={() => void refetch()} />
        </Match>
        <Match when={catalogue()}>
          {(loaded) => (
            <>
              <Show when={administrator()}>
                <DefaultRuleSetForm catalogue={loaded()} onSaved={(next, name) => saved(next, translate('defaultRuleSetSaved', { name }))} />
              </Show>
              <ul class="nd-rule-sets__list" data-testid="rule-set-list">
                <For each={loaded().ruleSets}>
                  {(ruleSet) => (
                    <li data-testid={`rule-set-${ruleSet.id}`}>
                      <strong>{localizedText(ruleSet.name)}</strong> <code>{ruleSet.id}</code>
                      <Show when={ruleSet.preset}> <span class="nd-badge">{translate('ruleSetPresetBadge')}</span></Show>
                      <Show when={ruleSet.id === loaded().defaultRuleSetId}> <span class="nd-badge nd-rule-sets__default">{translate('ruleSetDefaultBadge')}</span></Show>
                      <p class="nd-muted">{ruleSetInWords(ruleSet)}</p>
                    </li>
                  )}
                </For>
              </ul>
              <Show when={administrator()}>
                <h2>{translate('customRuleSetHeading')}</h2>
                <CustomRuleSetForm onSaved={(next, name) => saved(next, translate('customRuleSetSaved', { name }))} />
              </Show>
            </>
          )}
        </Match>
        <Match when={catalogue.loading}>
          <LoadingState />
        </Match>
      </Switch>
    </main>
  );
}
