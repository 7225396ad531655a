import type { AnyExtension } from '@tiptap/core';
import { issueMessage } from '../problems/issue-message';
import { ProblemMarks } from '../problems/problems-plugin';
import { createElementCommandExtensions } from './commands/element-commands';
import { derivedTextsInLanguage } from './derived-texts-in-language';
import { FieldKeys } from './field-keys';
import { DerivedNumbers } from './numbering/derived-numbers';
import { ElementViews } from './views/element-views';
import './styles/standard-elements.css';

/** Everything the browser editor adds for GB/T 1.1 elements: derived numbers, node views, commands, problem marks. */
export function createElementExtensions(): AnyExtension[] {
  return [
    DerivedNumbers.configure({ texts: derivedTextsInLanguage }),
    ElementViews,
    FieldKeys,
    ...createElementCommandExtensions(),
    ProblemMarks.configure({ message: issueMessage }),
  ];
}
