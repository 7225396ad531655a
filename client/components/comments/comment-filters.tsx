import { For, createUniqueId } from 'solid-js';
import type { Comment } from '../../../shared/api/comments';
import { commentTypes } from '../../../shared/api/comments';
import { commentProgresses } from '../../../shared/domain/comment-progress';
import { commentClauseName, commentTypeName } from '../../i18n/comment-names';
import { dashboardStatusName } from '../../i18n/disposition-names';
import { translate } from '../../i18n/translate';

/** Each filter is a value to match exactly, or '' for all; `status` matches the comment's progress (未处理, a decision, 已撤回). */
export interface CommentFilterValues {
  clause: string;
  type: string;
  organisation: string;
  status: string;
}

export const noCommentFilters: CommentFilterValues = { clause: '', type: '', organisation: '', status: '' };

export function matchesFilters(comment: Comment, filters: CommentFilterValues): boolean {
  return (
    (filters.clause === '' || commentClauseName(comment.clauseNumber) === filters.clause) &&
    (filters.type === '' || comment.type === filters.type) &&
    (filters.organisation === '' || comment.submitter.organisation === filters.organisation) &&
    (filters.status === '' || comment.progress === filters.status)
  );
}

interface FilterOption {
  value: string;
  label: string;
}

function FilterSelect(props: { label: string; testId: string; value: string; options: FilterOption[]; onChange: (value: string) => void }) {
  const selectId = createUniqueId();
  return (
    <div class="nd-field">
      <label for={selectId}>{props.label}</label>
      <select id={selectId} data-testid={props.testId} value={props.value} onChange={(event) => props.onChange(event.currentTarget.value)}>
        <option value="">{translate('commentFilterAll')}</option>
        <For each={props.options}>{(option) => <option value={option.value}>{option.label}</option>}</For>
      </select>
    </div>
  );
}

const distinct = (values: string[]) => [...new Set(values)].sort((first, second) => first.localeCompare(second, 'zh-CN', { numeric: true }));
const asOptions = (values: string[]) => distinct(values).map((value) => ({ value, label: value }));

interface CommentFiltersProps {
  comments: Comment[];
  values: CommentFilterValues;
  onChange: (values: CommentFilterValues) => void;
}

/** Narrows the list of comments by clause number, type, organisation and status. */
export function CommentFilters(props: CommentFiltersProps) {
  const change = (field: keyof CommentFilterValues) => (value: string) => props.onChange({ ...props.values, [field]: value });
  return (
    <div class="nd-form nd-form--inline nd-comment-filters" role="search">
      <FilterSelect
        label={translate('commentFilterClause')}
        testId="comment-filter-clause"
        value={props.values.clause}
        options={asOptions(props.comments.map((comment) => commentClauseName(comment.clauseNumber)))}
        onChange={change('clause')}
      />
      <FilterSelect
        label={translate('commentFilterType')}
        testId="comment-filter-type"
        value={props.values.type}
        options={commentTypes.map((type) => ({ value: type, label: commentTypeName(type) }))}
        onChange={change('type')}
      />
      <FilterSelect
        label={translate('commentFilterOrganisation')}
        testId="comment-filter-organisation"
        value={props.values.organisation}
        options={asOptions(props.comments.map((comment) => comment.submitter.organisation))}
        onChange={change('organisation')}
      />
      <FilterSelect
        label={translate('commentFilterStatus')}
        testId="comment-filter-status"
        value={props.values.status}
        options={commentProgresses.map((progress) => ({ value: progress, label: dashboardStatusName(progress) }))}
        onChange={change('status')}
      />
    </div>
  );
}
