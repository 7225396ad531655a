import type { DispositionDecision } from '../../../shared/api/dispositions';
import { decisionName } from '../../i18n/disposition-names';

export function DecisionBadge(props: { decision: DispositionDecision }) {
  return (
    <span class={`nd-decision nd-decision--${props.decision}`} data-testid="decision" data-decision={props.decision}>
      {decisionName(props.decision)}
    </span>
  );
}
