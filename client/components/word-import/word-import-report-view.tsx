import { createResource } from 'solid-js';
import type { WordImportReport } from '../../../shared/api/word-import';
import { fetchLiveOutline } from '../../api/dispositions';
import { translate } from '../../i18n/translate';
import { findingLocations } from './finding-locations';
import { ImportFindingList } from './import-finding-list';
import { mappedCountsText } from './mapped-counts-text';
import { NotMappedList } from './not-mapped-list';
import './word-import.css';

/** What the import made of the file: what became which element, what found no place, and what the checker says. */
export function WordImportReportView(props: { report: WordImportReport; standardId: string }) {
  const [outline] = createResource(() => props.standardId, fetchLiveOutline);
  // Without the outline the findings still show, only without their clause numbers.
  const locations = () => (outline.state === 'ready' ? findingLocations(outline()) : new Map<string, string>());

  return (
    <section class="nd-word-import-report" data-testid="word-import-report">
      <h3>{translate('wordImportReportHeading')}</h3>
      <h4>{translate('wordImportMappedHeading')}</h4>
      <p data-testid="word-import-mapped">{mappedCountsText(props.report.mapped) ?? translate('wordImportMappedNothing')}</p>
      <h4>{translate('wordImportNotMappedHeading', { count: props.report.notMapped.length })}</h4>
      <NotMappedList notes={props.report.notMapped} />
      <h4>{translate('wordImportFindingsHeading')}</h4>
      <ImportFindingList findings={props.report.findings} locations={locations()} />
    </section>
  );
}
