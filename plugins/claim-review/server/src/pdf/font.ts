import fs from 'fs';
import path from 'path';
import * as fontkit from 'fontkit';
import { compactCffSubsets } from './cff-subset';

/**
 * The CJK font ships inside node_modules (@embedpdf/fonts-sc, OFL, Noto Sans Hans), so
 * `npm install` alone is enough and nothing depends on the host's fonts.
 *
 * Regular weight only: pdfkit embeds it as a subset CIDFontType0C (pdffonts: "CID Type 0C,
 * emb yes, sub yes"). Each extra weight would add its own subset, so headings are drawn
 * as fill + stroke of Regular. See cff-subset.ts for why the subsets are flattened.
 */
export const FONT_PACKAGE = '@embedpdf/fonts-sc';
export const FONT_FILE = 'NotoSansHans-Regular.otf';
export const FONT_NAME = 'NotoSansHans';

export class PdfFontUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PdfFontUnavailableError';
  }
}

export function defaultFontPath(): string {
  let entry: string;
  try {
    entry = require.resolve(FONT_PACKAGE);
  } catch {
    throw new PdfFontUnavailableError(
      `PDF font package ${FONT_PACKAGE} is not installed; run npm install (claim-review depends on it). ` +
        'Settlement notices and quote sheets cannot be rendered without it.',
    );
  }
  // The package's entry is dist/index.cjs; its OTF files sit beside dist in fonts/.
  return path.join(path.dirname(entry), '..', 'fonts', FONT_FILE);
}

/** Characters every document prints; a font without them would give empty boxes. */
const REQUIRED_TEXT = '三包费用核销通知服务收费单壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整零负人民币0123456789,.¥ABCxyz';

const cache = new Map<string, fontkit.Font>();

function open(file: string): fontkit.Font {
  let data: Buffer;
  try {
    data = fs.readFileSync(file);
  } catch (err) {
    throw new PdfFontUnavailableError(
      `PDF font missing at ${file} (${(err as NodeJS.ErrnoException).code ?? String(err)}); ` +
        `reinstall ${FONT_PACKAGE} with npm install. Refusing to render PDFs with empty glyph boxes.`,
    );
  }
  if (data.subarray(0, 4).toString('latin1') !== 'OTTO') {
    throw new PdfFontUnavailableError(`PDF font ${file} is not an OpenType/CFF font (${data.length} bytes)`);
  }
  let font: fontkit.Font;
  try {
    const opened = fontkit.create(data);
    if ('fonts' in opened) throw new Error('a font collection, expected a single font');
    font = opened;
  } catch (err) {
    throw new PdfFontUnavailableError(`PDF font ${file} cannot be read: ${(err as Error).message}`);
  }
  const missing = [...REQUIRED_TEXT].filter((ch) => !font.hasGlyphForCodePoint(ch.codePointAt(0)!));
  if (missing.length > 0) {
    throw new PdfFontUnavailableError(`PDF font ${file} lacks glyphs for: ${missing.join('')}`);
  }
  compactCffSubsets(font);
  return font;
}

/** Opens, checks and caches the font (parsed once per process, shared by every PDF). */
export function loadFont(file: string = defaultFontPath()): fontkit.Font {
  let font = cache.get(file);
  if (!font) {
    font = open(file);
    cache.set(file, font);
  }
  return font;
}

/** Called at plugin bootstrap so a broken install fails at start, not at the first download. */
export function assertFontAvailable(file?: string): void {
  loadFont(file);
}
