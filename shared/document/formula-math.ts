import temml from 'temml';

export type FormulaMath = { kind: 'math'; mathMl: string } | { kind: 'unreadable'; reason: string };

/** Bounds how far macros expand and how large sizes get, so no formula text can make the conversion run away. */
const conversionLimits = { maxExpand: 200, maxSize: [20, 20] as [number, number] };

/** A formula's TeX as display MathML, or why it does not parse; `\href` and other trusted commands are off. */
export function formulaToMathMl(tex: string): FormulaMath {
  try {
    return { kind: 'math', mathMl: temml.renderToString(tex, { displayMode: true, throwOnError: true, trust: false, strict: false, ...conversionLimits }) };
  } catch (error) {
    return { kind: 'unreadable', reason: error instanceof Error ? error.message.replace(/^Temml parse error:/, '').trim() : String(error) };
  }
}
