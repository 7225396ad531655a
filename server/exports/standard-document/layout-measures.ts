/**
 * The GB/T 1.1-2020 layout figures of ../shared/domain.md §7, in Word's units: twips (1/1440 inch) for lengths,
 * half-points for font sizes.
 */
export const twipsPerCentimetre = 567;

export const a4Page = { width: 11906, height: 16838 } as const;

/** metanorma-gb's 版心 margins: the cover has its own. */
export const coverMargins = { top: 567, right: 1304, bottom: 1361, left: 1417, header: 567, footer: 567 } as const;
export const pageMargins = { top: 1417, right: 1134, bottom: 1134, left: 1417, header: 850, footer: 567 } as const;

/** The width of the 版心, where text, tables and figures go. */
export const contentWidth = a4Page.width - pageMargins.left - pageMargins.right;

/** Chinese type sizes in half-points. */
export const fontSizes = { size1: 52, size3: 32, size4: 28, size5: 21, smallSize5: 18, size6: 15 } as const;

/** One Chinese character of 五号 type, the unit of every indent in §7. */
export const characterWidth = 210;

/** One line of 五号 text with single spacing, the unit of the spacing around chapter titles. */
export const lineHeight = 312;

export const songFonts = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '宋体', cs: 'Times New Roman' } as const;
export const heiFonts = { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: '黑体', cs: 'Times New Roman' } as const;

/** Figures are scaled down to the 版心 width and to about two thirds of its height. */
export const largestFigurePixels = { width: Math.floor((contentWidth / 1440) * 96), height: 640 } as const;
