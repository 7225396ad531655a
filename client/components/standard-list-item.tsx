import { A } from '@solidjs/router';
import { Show } from 'solid-js';
import type { Standard } from '../../shared/api/standards';
import { StandardFacts } from './standard-facts';

export function StandardListItem(props: { standard: Standard }) {
  return (
    <li class="nd-standard-card" data-standard-id={props.standard.id}>
      <A href={`/standards/${encodeURIComponent(props.standard.id)}`} class="nd-standard-card__title" data-testid="standard-link">
        {props.standard.title}
      </A>
      <Show when={props.standard.titleEn}>
        {(titleEnglish) => (
          <p class="nd-standard-card__english" lang="en">
            {titleEnglish()}
          </p>
        )}
      </Show>
      <StandardFacts standard={props.standard} />
    </li>
  );
}
