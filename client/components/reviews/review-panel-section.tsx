import { Show, createSignal } from 'solid-js';
import type { Review } from '../../../shared/api/reviews';
import { translate } from '../../i18n/translate';
import { AttendanceCheckIn } from './attendance-check-in';
import { PanelEditor } from './panel-editor';
import { PanelTable } from './panel-table';

/** The panel with its eligibility and attendance, the member's own check-in, and the secretariat's editor. */
export function ReviewPanelSection(props: { review: Review; onChanged: (review: Review) => void }) {
  const [editing, setEditing] = createSignal(false);
  const [justSaved, setJustSaved] = createSignal(false);
  const votingOpened = () => props.review.motions.some((motion) => motion.state !== 'created');
  const concluded = () => props.review.motions.some((motion) => motion.kind === 'approve_draft' && motion.state === 'closed');
  const meeting = () => props.review.kind === 'meeting';
  const empty = () => props.review.panel.length === 0;

  return (
    <section class="nd-review-section" aria-labelledby="review-panel-heading" data-testid="review-panel">
      <h2 id="review-panel-heading">{translate('panelHeading')}</h2>
      <Show when={meeting() && props.review.myAccess.panelMember}>
        <AttendanceCheckIn review={props.review} concluded={concluded()} onChanged={props.onChanged} />
      </Show>
      <Show when={!empty()} fallback={<p class="nd-empty" data-testid="panel-empty">{translate(props.review.myAccess.manage ? 'panelEmptySecretariat' : 'panelEmpty')}</p>}>
        <PanelTable review={props.review} takesRollCall={props.review.myAccess.chair && meeting() && !concluded()} onChanged={props.onChanged} />
        <p class="nd-muted">{translate(votingOpened() ? 'panelEligibilityFrozen' : 'panelEligibilityExplanation')}</p>
      </Show>
      <Show when={justSaved()}>
        <p class="nd-notice nd-notice--success" role="status" data-testid="panel-saved">
          {translate('panelSaved')}
        </p>
      </Show>
      <Show when={props.review.myAccess.manage}>
        <Show when={!votingOpened()} fallback={<Show when={empty()}><p class="nd-muted">{translate('panelFrozenNote')}</p></Show>}>
          <Show
            when={editing() || empty()}
            fallback={
              <button
                type="button"
                class="nd-button"
                onClick={() => {
                  setJustSaved(false);
                  setEditing(true);
                }}
                data-testid="edit-panel"
              >
                {translate('panelEdit')}
              </button>
            }
          >
            <PanelEditor
              review={props.review}
              onChanged={(review) => {
                props.onChanged(review);
                setEditing(false);
                setJustSaved(true);
              }}
            />
          </Show>
        </Show>
      </Show>
    </section>
  );
}
