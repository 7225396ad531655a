import { attribute, elementChildren, firstChild, textContent, type XmlElement } from './xml-tree';

/** Characters TeX reads as commands or that temml would not typeset as the drafter meant. */
const characterCommands: Readonly<Record<string, string>> = {
  '×': '\\times ',
  '÷': '\\div ',
  '±': '\\pm ',
  '∓': '\\mp ',
  '·': '\\cdot ',
  '≤': '\\leq ',
  '≥': '\\geq ',
  '≠': '\\neq ',
  '≈': '\\approx ',
  '∞': '\\infty ',
  '%': '\\%',
  '#': '\\#',
  '&': '\\&',
  $: '\\$',
  _: '\\_',
  '{': '\\{',
  '}': '\\}',
  '\\': '\\backslash ',
  '^': '\\hat{}',
  '~': '\\sim ',
};

const naryOperators: Readonly<Record<string, string>> = { '∑': '\\sum', '∏': '\\prod', '∫': '\\int', '∬': '\\iint', '∭': '\\iiint', '∮': '\\oint', '⋃': '\\bigcup', '⋂': '\\bigcap' };

const delimiterCommands: Readonly<Record<string, string>> = { '{': '\\{', '}': '\\}', '|': '|', '‖': '\\|', '⟨': '\\langle', '⟩': '\\rangle', '⌊': '\\lfloor', '⌋': '\\rfloor', '⌈': '\\lceil', '⌉': '\\rceil', '': '.' };

function escapeText(text: string): string {
  return [...text].map((character) => characterCommands[character] ?? character).join('');
}

function argument(element: XmlElement | undefined): string {
  return element ? childrenToTex(element) : '';
}

function group(tex: string): string {
  return `{${tex}}`;
}

function propertyValue(element: XmlElement, properties: string, name: string): string | undefined {
  return attribute(firstChild(firstChild(element, properties), name), 'val');
}

function delimiter(character: string | undefined, fallback: string): string {
  const value = character ?? fallback;
  return delimiterCommands[value] ?? value;
}

function elementToTex(element: XmlElement): string {
  switch (element.name) {
    case 'r': {
      const text = elementChildren(element, 't').map(textContent).join('');
      // A run marked as normal text (m:nor) is words inside the formula.
      return firstChild(firstChild(element, 'rPr'), 'nor') ? `\\text{${text.replace(/[{}\\]/g, '')}}` : escapeText(text);
    }
    case 'f':
      return `\\frac${group(argument(firstChild(element, 'num')))}${group(argument(firstChild(element, 'den')))}`;
    case 'sSup':
      return `${group(argument(firstChild(element, 'e')))}^${group(argument(firstChild(element, 'sup')))}`;
    case 'sSub':
      return `${group(argument(firstChild(element, 'e')))}_${group(argument(firstChild(element, 'sub')))}`;
    case 'sSubSup':
      return `${group(argument(firstChild(element, 'e')))}_${group(argument(firstChild(element, 'sub')))}^${group(argument(firstChild(element, 'sup')))}`;
    case 'sPre':
      return `{}_${group(argument(firstChild(element, 'sub')))}^${group(argument(firstChild(element, 'sup')))}${group(argument(firstChild(element, 'e')))}`;
    case 'rad': {
      const degree = argument(firstChild(element, 'deg'));
      return `\\sqrt${degree === '' ? '' : `[${degree}]`}${group(argument(firstChild(element, 'e')))}`;
    }
    case 'd': {
      const separator = propertyValue(element, 'dPr', 'sepChr') ?? '|';
      const inner = elementChildren(element, 'e').map(argument).join(separator === '|' ? ' \\mid ' : escapeText(separator));
      return `\\left${delimiter(propertyValue(element, 'dPr', 'begChr'), '(')}${inner}\\right${delimiter(propertyValue(element, 'dPr', 'endChr'), ')')}`;
    }
    case 'nary': {
      const operator = naryOperators[propertyValue(element, 'naryPr', 'chr') ?? '∫'] ?? '\\int';
      const lower = argument(firstChild(element, 'sub'));
      const upper = argument(firstChild(element, 'sup'));
      return `${operator}${lower === '' ? '' : `_${group(lower)}`}${upper === '' ? '' : `^${group(upper)}`}${group(argument(firstChild(element, 'e')))}`;
    }
    case 'func': {
      const name = argument(firstChild(element, 'fName')).trim();
      const known = /^(sin|cos|tan|cot|sec|csc|log|ln|lg|exp|lim|max|min|arcsin|arccos|arctan|sinh|cosh|tanh)$/.test(name);
      return `${known ? `\\${name}` : `\\operatorname{${name}}`}${group(argument(firstChild(element, 'e')))}`;
    }
    case 'limLow':
      return `${group(argument(firstChild(element, 'e')))}_${group(argument(firstChild(element, 'lim')))}`;
    case 'limUpp':
      return `${group(argument(firstChild(element, 'e')))}^${group(argument(firstChild(element, 'lim')))}`;
    case 'acc': {
      const accent = propertyValue(element, 'accPr', 'chr') ?? '\u0302';
      const command = accent === '\u0304' || accent === '¯' ? '\\bar' : accent === '\u0307' ? '\\dot' : accent === '\u20d7' ? '\\vec' : accent === '\u0303' ? '\\tilde' : '\\hat';
      return `${command}${group(argument(firstChild(element, 'e')))}`;
    }
    case 'bar':
      return `\\overline${group(argument(firstChild(element, 'e')))}`;
    case 'groupChr':
    case 'box':
    case 'borderBox':
    case 'phant':
      return argument(firstChild(element, 'e'));
    case 'eqArr':
      return `\\begin{aligned}${elementChildren(element, 'e').map(argument).join('\\\\')}\\end{aligned}`;
    case 'm':
      return `\\begin{matrix}${elementChildren(element, 'mr')
        .map((row) => elementChildren(row, 'e').map(argument).join('&'))
        .join('\\\\')}\\end{matrix}`;
    case 'oMath':
    case 'e':
      return childrenToTex(element);
    default:
      // Properties and control characters hold no content; anything else is read for its text.
      return element.name.endsWith('Pr') ? '' : childrenToTex(element);
  }
}

function childrenToTex(element: XmlElement): string {
  return elementChildren(element)
    .map(elementToTex)
    .join('');
}

/** An Office Math equation (m:oMath or m:oMathPara) as the editor's TeX. */
export function ommlToTex(math: XmlElement): string {
  const equations = math.name === 'oMathPara' ? elementChildren(math, 'oMath') : [math];
  return equations
    .map(childrenToTex)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}
