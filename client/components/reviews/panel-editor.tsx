import { For, Index, Show, createSignal, untrack } from 'solid-js';
import type { Review, SetPanelRequest } from '../../../shared/api/reviews';
import { panelPositions, type PanelPosition } from '../../../shared/domain/review/eligibility';
import { setReviewPanel } from '../../api/reviews';
import { translate } from '../../i18n/translate';
import { panelErrorText } from './panel-error-text';
import { createReviewAction } from './review-action';
import { panelPositionName } from './review-names';

type PanelRow = { username: string; organisation: string; position: PanelPosition; title: string };

const emptyRow = (position: PanelPosition): PanelRow => ({ username: '', organisation: '', position, title: '' });

function rowsOf(review: Review): PanelRow[] {
  const rows = review.panel.map((member) => ({ username: member.username, organisation: member.organisation, position: member.position, title: member.title ?? '' }));
  return rows.length > 0 ? rows : [emptyRow('chair'), emptyRow('member'), emptyRow('member')];
}

/** The secretariat names the panel: people with accounts on the site, their organisation, position and title. */
export function PanelEditor(props: { review: Review; onChanged: (review: Review) => void }) {
  // The rows start from the panel as it was when the editor opened; later polls must not overwrite what is typed.
  const [rows, setRows] = createSignal<PanelRow[]>(untrack(() => rowsOf(props.review)));
  const [problem, setProblem] = createSignal<string | null>(null);
  const action = createReviewAction();

  const update = (index: number, change: Partial<PanelRow>) => {
    setRows((current) => current.map((row, position) => (position === index ? { ...row, ...change } : row)));
  };

  async function save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const filled = rows().filter((row) => row.username.trim() !== '' || row.organisation.trim() !== '');
    const incomplete = filled.findIndex((row) => row.username.trim() === '' || row.organisation.trim() === '');
    if (incomplete >= 0) return void setProblem(translate('panelRowIncomplete', { row: incomplete + 1 }));
    if (filled.filter((row) => row.position === 'chair').length > 1) return void setProblem(translate('panelOneChair'));
    setProblem(null);
    setRows(filled.length > 0 ? filled : [emptyRow('chair')]);
    const members: SetPanelRequest['members'] = filled.map((row) => ({
      username: row.username.trim(),
      organisation: row.organisation.trim(),
      position: row.position,
      ...(row.title.trim() === '' ? {} : { title: row.title.trim() }),
    }));
    const done = await action.track(setReviewPanel(props.review.id, members));
    if (done) props.onChanged(done.result);
  }

  return (
    <form class="nd-panel-editor" onSubmit={(event) => void save(event)} data-testid="panel-editor">
      <p class="nd-muted">{translate('panelEditorExplanation')}</p>
      <table class="nd-table">
        <thead>
          <tr>
            <th scope="col">{translate('panelUsernameColumn')}</th>
            <th scope="col">{translate('panelOrganisationColumn')}</th>
            <th scope="col">{translate('panelPositionColumn')}</th>
            <th scope="col">{translate('panelTitleColumn')}</th>
            <th scope="col">
              <span class="nd-visually-hidden">{translate('panelRowActionsColumn')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          <Index each={rows()}>
            {(row, index) => (
              <tr data-testid="panel-editor-row">
                <td>
                  <input class="nd-table-input" value={row().username} onInput={(event) => update(index, { username: event.currentTarget.value })} aria-label={translate('panelUsernameOfRow', { row: index + 1 })} data-testid="panel-username" autocomplete="off" />
                </td>
                <td>
                  <input class="nd-table-input" value={row().organisation} onInput={(event) => update(index, { organisation: event.currentTarget.value })} aria-label={translate('panelOrganisationOfRow', { row: index + 1 })} data-testid="panel-organisation" />
                </td>
                <td>
                  <select value={row().position} onChange={(event) => update(index, { position: event.currentTarget.value as PanelPosition })} aria-label={translate('panelPositionOfRow', { row: index + 1 })} data-testid="panel-position">
                    <For each={panelPositions}>{(position) => <option value={position}>{panelPositionName(position)}</option>}</For>
                  </select>
                </td>
                <td>
                  <input class="nd-table-input" value={row().title} onInput={(event) => update(index, { title: event.currentTarget.value })} aria-label={translate('panelTitleOfRow', { row: index + 1 })} placeholder={translate('panelTitlePlaceholder')} data-testid="panel-title" />
                </td>
                <td>
                  <button type="button" class="nd-button nd-button--quiet" onClick={() => setRows((current) => current.filter((_, position) => position !== index))} data-testid="panel-remove-row">
                    {translate('panelRemoveRow')}
                  </button>
                </td>
              </tr>
            )}
          </Index>
        </tbody>
      </table>
      <div class="nd-review-actions">
        <button type="button" class="nd-button" onClick={() => setRows((current) => [...current, emptyRow('member')])} data-testid="panel-add-row">
          {translate('panelAddRow')}
        </button>
        <button type="submit" class="nd-button nd-button--primary" disabled={action.busy()} data-testid="panel-save">
          {translate('panelSave')}
        </button>
      </div>
      <Show when={problem()}>{(text) => <p class="nd-field__error" role="alert">{text()}</p>}</Show>
      <Show when={action.failure() !== undefined}>
        <p class="nd-notice nd-notice--error" role="alert" data-testid="panel-error">
          {panelErrorText(action.failure(), (row) => rows()[row - 1]?.username ?? '')}
        </p>
      </Show>
    </form>
  );
}
