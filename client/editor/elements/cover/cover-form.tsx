import type { Editor } from '@tiptap/core';
import type { EditorState } from '@tiptap/pm/state';
import type { Accessor } from 'solid-js';
import { For, createMemo, createUniqueId } from 'solid-js';
import { isProjectOwnedCoverField } from '../../../../shared/document/project-cover-fields';
import { nodeNames } from '../../../../shared/editor/node-names';
import type { CoverField } from '../../../../shared/editor/preliminary-nodes';
import { translate } from '../../../i18n/translate';
import { coverFieldGroups, draftLabelSuggestions } from './cover-fields';
import { CoverFormField } from './cover-form-field';
import './cover-form.css';

interface CoverFormProps {
  editor: Editor;
  state: Accessor<EditorState>;
  readOnly: boolean;
  onClose: () => void;
}

/**
 * Edits the cover live: every keystroke changes the cover node, so co-authors see it at once. The title, English title,
 * body code and sequence number belong to the project record (the standards list, the portal and the official tables
 * read them there), so they are shown read-only here rather than edited in two places.
 */
export function CoverForm(props: CoverFormProps) {
  const suggestionsId = createUniqueId();
  const cover = createMemo(() => {
    const first = props.state().doc.firstChild;
    return first?.type.name === nodeNames.cover ? first.attrs : null;
  });
  const valueOf = (field: CoverField) => String(cover()?.[field] ?? '');
  const update = (field: CoverField, value: string) => props.editor.commands.updateCover({ [field]: value });

  return (
    <section class="nd-cover-form" data-testid="cover-form" aria-label={translate('coverFormTitle')}>
      <header class="nd-cover-form__header">
        <h2>{translate('coverFormTitle')}</h2>
        <p class="nd-muted">{translate('coverFormExplanation')}</p>
        <button type="button" class="nd-button" data-testid="close-cover-form" onClick={() => props.onClose()}>
          {translate('dialogClose')}
        </button>
      </header>
      <datalist id={suggestionsId}>
        <For each={draftLabelSuggestions}>{(label) => <option value={label} />}</For>
      </datalist>
      <For each={coverFieldGroups}>
        {(group) => (
          <fieldset class="nd-cover-form__group">
            <legend>{translate(group.label)}</legend>
            <For each={group.fields}>
              {(description) => (
                <CoverFormField
                  description={description}
                  value={valueOf(description.field)}
                  readOnly={props.readOnly || isProjectOwnedCoverField(description.field)}
                  suggestionsId={description.field === 'draftLabel' ? suggestionsId : undefined}
                  onValueChange={(value) => update(description.field, value)}
                />
              )}
            </For>
          </fieldset>
        )}
      </For>
    </section>
  );
}
