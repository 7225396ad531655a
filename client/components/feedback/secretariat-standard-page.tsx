import { useParams } from '@solidjs/router';
import { Show, type JSX } from 'solid-js';
import type { Standard } from '../../../shared/api/standards';
import { StandardLoader } from '../standard-loader';
import { StandardNavigation } from '../standard-navigation';
import { PublishedEditionAddresses } from './published-edition-addresses';
import './feedback.css';

interface SecretariatStandardPageProps {
  title: (standard: Standard) => string;
  /** What everyone but the secretariat reads instead of the page. */
  onlySecretariat: string;
  children: (standard: Standard) => JSX.Element;
}

/** A standard's page that only its secretariat works on (feedback, complaints), with the edition's public addresses. */
export function SecretariatStandardPage(props: SecretariatStandardPageProps) {
  const parameters = useParams();
  return (
    <Show when={parameters.id} keyed>
      {(standardId) => (
        <StandardLoader standardId={standardId}>
          {(standard) => (
            <div class="nd-feedback-page">
              <StandardNavigation standardId={standard().id} />
              <h1>{props.title(standard())}</h1>
              <Show when={standard().myRole === 'secretariat'} fallback={<p class="nd-notice">{props.onlySecretariat}</p>}>
                <PublishedEditionAddresses standardId={standard().id} />
                {props.children(standard())}
              </Show>
            </div>
          )}
        </StandardLoader>
      )}
    </Show>
  );
}
