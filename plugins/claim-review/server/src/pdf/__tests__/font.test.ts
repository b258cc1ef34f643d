import fs from 'fs';
import os from 'os';
import path from 'path';
import { assertFontAvailable, defaultFontPath, PdfFontUnavailableError } from '../font';

describe('PDF font', () => {
  it('comes with npm install, from @embedpdf/fonts-sc', () => {
    expect(defaultFontPath()).toMatch(/@embedpdf[\\/]fonts-sc[\\/]fonts[\\/]NotoSansHans-Regular\.otf$/);
    expect(() => assertFontAvailable()).not.toThrow();
  });

  it('fails loudly when the file is missing', () => {
    const missing = path.join(os.tmpdir(), 'sanbao-no-such-font.otf');
    expect(() => assertFontAvailable(missing)).toThrow(PdfFontUnavailableError);
    expect(() => assertFontAvailable(missing)).toThrow(/missing at .*sanbao-no-such-font\.otf.*npm install/);
  });

  it('fails loudly when the file is not the font', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sanbao-font-'));
    const bogus = path.join(dir, 'broken.otf');
    fs.writeFileSync(bogus, Buffer.alloc(4096, 0));
    try {
      expect(() => assertFontAvailable(bogus)).toThrow(PdfFontUnavailableError);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
