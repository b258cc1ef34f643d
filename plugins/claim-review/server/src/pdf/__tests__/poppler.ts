import { execFileSync, spawnSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';

/**
 * CI installs poppler-utils and runs the text checks: there, without it, they run and
 * fail. A developer machine without it skips them, and says so.
 */
export const hasPoppler = spawnSync('pdftotext', ['-v']).status === 0;
if (!hasPoppler && !process.env.CI) console.warn('pdftotext not found: PDF text checks skipped (apt-get install poppler-utils)');
export const itWithPoppler = hasPoppler || process.env.CI ? it : it.skip;

function withFile<T>(pdf: Buffer, run: (file: string) => T): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sanbao-pdf-'));
  const file = path.join(dir, 'doc.pdf');
  fs.writeFileSync(file, pdf);
  try {
    return run(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Text of each page, in page order. */
export function pdfPages(pdf: Buffer): string[] {
  return withFile(pdf, (file) => {
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    return text.split('\f').slice(0, -1);
  });
}

export function pdfInfo(pdf: Buffer): Record<string, string> {
  return withFile(pdf, (file) => {
    const out = execFileSync('pdfinfo', ['-isodates', file], { encoding: 'utf8' });
    return Object.fromEntries(out.split('\n').filter(Boolean).map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 1).trim()]));
  });
}

export function pdfFonts(pdf: Buffer): string {
  return withFile(pdf, (file) => execFileSync('pdffonts', [file], { encoding: 'utf8' }));
}

export interface WordBox {
  page: number;
  word: string;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

/** Every word with its box in points, to prove nothing runs off the page. */
export function pdfWordBoxes(pdf: Buffer): WordBox[] {
  return withFile(pdf, (file) => {
    const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const boxes: WordBox[] = [];
    let page = 0;
    for (const line of html.split('\n')) {
      if (line.includes('<page ')) page += 1;
      const m = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)<\/word>/.exec(line);
      if (m) boxes.push({ page, xMin: +m[1], yMin: +m[2], xMax: +m[3], yMax: +m[4], word: m[5] });
    }
    return boxes;
  });
}

/** Whitespace-free text, so a name wrapped over lines still matches. */
export function squash(text: string): string {
  return text.replace(/\s+/g, '');
}
