import type { Editor } from '@tiptap/core';
import { Show, createSignal, createUniqueId } from 'solid-js';
import { acceptedImageTypes, maximumImageBytes } from '../../../../shared/api/images';
import { ApiError } from '../../../api/api-error';
import { uploadImage } from '../../../api/images';
import { describeError } from '../../../i18n/describe-error';
import { translate } from '../../../i18n/translate';
import { ElementDialog } from './element-dialog';

interface FigureDialogProps {
  editor: Editor;
  standardId: string;
  onClose: () => void;
}

/** The checks the server makes too, done first so a drafter hears at once why a file cannot be used. */
function localProblem(file: File): ApiError | null {
  if (!acceptedImageTypes.some((type) => type === file.type)) return new ApiError(415, 'unsupported_media_type', file.type);
  if (file.size > maximumImageBytes) return new ApiError(413, 'body_too_large', String(file.size));
  return null;
}

/** Choose an image, upload it, then insert a figure showing it with an empty title to type. */
export function FigureDialog(props: FigureDialogProps) {
  const [file, setFile] = createSignal<File | null>(null);
  const [alternativeText, setAlternativeText] = createSignal('');
  const [progress, setProgress] = createSignal<number | null>(null);
  const [error, setError] = createSignal<unknown>(null);
  const fileId = createUniqueId();
  const textId = createUniqueId();

  async function upload(): Promise<void> {
    const chosen = file();
    if (!chosen) return;
    const problem = localProblem(chosen);
    if (problem) return void setError(problem);
    setError(null);
    setProgress(0);
    try {
      const image = await uploadImage(props.standardId, chosen, setProgress);
      props.editor.chain().focus().insertFigure({ imageId: image.id, alternativeText: alternativeText().trim() }).run();
      props.onClose();
    } catch (uploadError) {
      setError(uploadError);
      setProgress(null);
    }
  }

  return (
    <ElementDialog
      title={translate('figureDialogTitle')}
      testId="figure-dialog"
      submitLabel={translate('figureUpload')}
      submitDisabled={file() === null || progress() !== null}
      onSubmit={() => void upload()}
      onClose={() => props.onClose()}
    >
      <div class="nd-field">
        <label for={fileId}>{translate('figureFileLabel')}</label>
        <input
          id={fileId}
          type="file"
          accept={acceptedImageTypes.join(',')}
          data-testid="figure-file"
          onChange={(event) => {
            setFile(event.currentTarget.files?.[0] ?? null);
            setError(null);
          }}
        />
        <small class="nd-field__hint">{translate('figureFileHint')}</small>
      </div>
      <div class="nd-field">
        <label for={textId}>{translate('figureAlternativeTextLabel')}</label>
        <input id={textId} data-testid="figure-alternative-text" value={alternativeText()} onInput={(event) => setAlternativeText(event.currentTarget.value)} />
      </div>
      <Show when={progress() !== null}>
        <div class="nd-upload-progress" data-testid="figure-upload-progress">
          <progress max={1} value={progress() ?? 0} />
          <span>{translate('figureUploading', { percent: Math.round((progress() ?? 0) * 100) })}</span>
        </div>
      </Show>
      <Show when={error() !== null}>
        <p class="nd-field__error" role="alert" data-testid="figure-upload-error">
          {describeError(error())}
        </p>
      </Show>
    </ElementDialog>
  );
}
