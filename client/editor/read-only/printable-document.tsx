import { onCleanup, onMount } from 'solid-js';
import { translate } from '../../i18n/translate';
import { createVersionEditor } from './create-version-editor';

/** A document laid out for paper: the editor's renderings (numbers, cover, figures, formulas) and nothing around it. */
export function PrintableDocument(props: { document: Record<string, unknown> }) {
  let container: HTMLDivElement | undefined;
  onMount(() => {
    if (!container) return;
    const editor = createVersionEditor({ element: container, document: props.document, label: translate('printDocumentLabel') });
    onCleanup(() => editor.destroy());
  });
  return <div ref={container} class="nd-page nd-print__page" data-testid="printable-document" />;
}
