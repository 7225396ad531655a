import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import type { Version } from '../../../shared/api/versions';
import { stageName } from '../../i18n/domain-names';
import { formatDateTime, translate } from '../../i18n/translate';
import { versionReasonName } from '../../i18n/version-names';

interface VersionTableProps {
  standardId: string;
  versions: Version[];
  canEdit: boolean;
  /** Only the secretariat opens comment periods. */
  canOpenCommentPeriod: boolean;
  onRestore: (version: Version) => void;
  onOpenCommentPeriod: (version: Version) => void;
}

/** Frozen versions, newest first, each with a link to read it and, for editors, a restore button
 * and, for the secretariat, a button to open a comment period on it. */
export function VersionTable(props: VersionTableProps) {
  const versionAddress = (version: Version) =>
    `/standards/${encodeURIComponent(props.standardId)}/versions/${encodeURIComponent(version.id)}`;

  return (
    <table class="nd-table nd-version-table" data-testid="version-list">
      <thead>
        <tr>
          <th scope="col">{translate('versionNameColumn')}</th>
          <th scope="col">{translate('versionStageColumn')}</th>
          <th scope="col">{translate('versionReasonColumn')}</th>
          <th scope="col">{translate('versionCreatedByColumn')}</th>
          <th scope="col">{translate('versionCreatedAtColumn')}</th>
          <th scope="col">{translate('versionActionsColumn')}</th>
        </tr>
      </thead>
      <tbody>
        <For each={props.versions}>
          {(version) => (
            <tr data-testid="version-row" data-version-id={version.id} data-reason={version.reason}>
              <td class="nd-version-table__name">{version.name}</td>
              <td>
                <span class="nd-stage" data-stage={version.stage}>
                  {stageName(version.stage)}
                </span>
              </td>
              <td>
                <span class="nd-version-reason" classList={{ [`nd-version-reason--${version.reason}`]: true }}>
                  {versionReasonName(version.reason)}
                </span>
              </td>
              <td>{version.createdBy.displayName}</td>
              <td class="nd-version-table__time">{formatDateTime(version.createdAt)}</td>
              <td>
                <div class="nd-version-table__actions">
                  <A href={versionAddress(version)} class="nd-button" data-testid="view-version">
                    {translate('viewVersion')}
                  </A>
                  <Show when={props.canEdit}>
                    <button type="button" class="nd-button" data-testid="restore-version" onClick={() => props.onRestore(version)}>
                      {translate('restoreVersion')}
                    </button>
                  </Show>
                  <Show when={props.canOpenCommentPeriod}>
                    <button type="button" class="nd-button" data-testid="open-comment-period" onClick={() => props.onOpenCommentPeriod(version)}>
                      {translate('openCommentPeriod')}
                    </button>
                  </Show>
                </div>
              </td>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}
