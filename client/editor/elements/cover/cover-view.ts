import type { Node as ProseMirrorNode } from '@tiptap/pm/model';
import type { NodeView } from '@tiptap/pm/view';
import type { CoverMetadata } from '../../../../shared/editor/preliminary-nodes';
import { translate } from '../../../i18n/translate';
import { coverBodyMark, coverDateLine, coverIssuerLine, coverPatentNotice, coverStandardNumber } from './cover-texts';

function line(className: string, text: string, placeholder?: string): HTMLElement {
  const element = document.createElement('div');
  element.className = className;
  element.textContent = text || placeholder || '';
  if (!text && placeholder) element.classList.add('nd-cover__placeholder');
  return element;
}

function coverOf(node: ProseMirrorNode): Partial<CoverMetadata> {
  return node.attrs;
}

function renderCover(dom: HTMLElement, cover: Partial<CoverMetadata>): void {
  const codes = document.createElement('div');
  codes.className = 'nd-cover__codes';
  codes.append(line('nd-cover__code', cover.icsCode ? `ICS ${cover.icsCode}` : 'ICS'), line('nd-cover__code', cover.ccsCode ? `CCS ${cover.ccsCode}` : 'CCS'));
  const header = document.createElement('div');
  header.className = 'nd-cover__header';
  header.append(codes, line('nd-cover__body-mark', coverBodyMark(cover)));
  const number = line('nd-cover__number', coverStandardNumber(cover));
  number.dataset.testid = 'cover-number';
  const title = line('nd-cover__title', cover.titleChinese ?? '', translate('coverTitlePlaceholder'));
  title.dataset.testid = 'cover-title';
  const parts: HTMLElement[] = [header, line('nd-cover__kind', '团体标准'), number, title];
  parts.push(line('nd-cover__title-english', cover.titleEnglish ?? '', translate('coverEnglishTitlePlaceholder')));
  if (cover.draftLabel) parts.push(line('nd-cover__draft-label', `（${cover.draftLabel}）`));
  const patentNotice = coverPatentNotice(cover.draftLabel);
  if (patentNotice) parts.push(line('nd-cover__patent', patentNotice));
  const dates = document.createElement('div');
  dates.className = 'nd-cover__dates';
  dates.append(line('nd-cover__date', coverDateLine(cover.publicationDate, '发布')), line('nd-cover__date', coverDateLine(cover.implementationDate, '实施')));
  const issuer = line('nd-cover__issuer', coverIssuerLine(cover));
  issuer.dataset.testid = 'cover-issuer';
  parts.push(dates, issuer);
  dom.replaceChildren(...parts);
}

/** The cover drawn like the first page of a group standard; its fields are edited in the cover form. */
export function createCoverView(initial: ProseMirrorNode): NodeView {
  let node = initial;
  const dom = document.createElement('header');
  dom.className = 'nd-cover';
  dom.dataset.type = 'cover';
  dom.dataset.testid = 'cover';
  renderCover(dom, coverOf(node));
  return {
    dom,
    update(next) {
      if (next.type !== node.type) return false;
      if (!next.sameMarkup(node)) renderCover(dom, coverOf(next));
      node = next;
      return true;
    },
    ignoreMutation: () => true,
  };
}
