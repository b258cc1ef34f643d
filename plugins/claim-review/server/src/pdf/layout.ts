import { FONT_NAME } from './font';
import { PAGE_MARGIN } from './document';

export const INK = '#111111';
export const MUTED = '#555555';
export const RULE = '#333333';
export const HEADER_FILL = '#e8ecf1';
export const ACCENT = '#b00020';

/** Line height as a multiple of the font size; Noto's em box is ascent 880 / descent 120. */
export const LEADING = 1.3;

export interface TextStyle {
  size: number;
  color?: string;
  bold?: boolean;
}

export type Align = 'left' | 'right' | 'center';

const FOOTER_HEIGHT = 34;

/**
 * Page geometry, a vertical cursor and the text primitives. Every string goes through
 * drawLine with lineBreak off: wrapping and page breaks are decided here, never by pdfkit.
 */
export class Layout {
  readonly doc: PDFKit.PDFDocument;
  readonly left = PAGE_MARGIN.left;
  readonly top = PAGE_MARGIN.top;
  readonly width: number;
  readonly right: number;
  /** Lowest y content may reach; the footer lives below it. */
  readonly bottom: number;
  y: number;
  /** Draws the running header of a continuation page and leaves y below it. */
  onNewPage: (layout: Layout) => void = () => undefined;

  constructor(doc: PDFKit.PDFDocument) {
    this.doc = doc;
    this.width = doc.page.width - PAGE_MARGIN.left - PAGE_MARGIN.right;
    this.right = this.left + this.width;
    this.bottom = doc.page.height - FOOTER_HEIGHT - 14;
    this.y = this.top;
  }

  newPage(): void {
    this.doc.addPage();
    this.forgetStyle();
    this.y = this.top;
    this.onNewPage(this);
  }

  /** Starts a new page unless `height` still fits below the cursor. */
  ensure(height: number): void {
    if (this.y + height > this.bottom) this.newPage();
  }

  /** Last fill colour set, so a table of thousands of cells does not repeat the operator. */
  private fillColor: string | undefined;

  style(style: TextStyle): void {
    this.doc.font(FONT_NAME).fontSize(style.size);
    const color = style.color ?? INK;
    if (color !== this.fillColor) {
      this.doc.fillColor(color);
      this.fillColor = color;
    }
  }

  /** After restore() or a page switch the colour in effect is no longer known. */
  forgetStyle(): void {
    this.fillColor = undefined;
  }

  widthOf(text: string, style: TextStyle): number {
    this.style(style);
    return this.doc.widthOfString(text);
  }

  /** One line whose em box starts at `top`; x is the left edge of a box `width` wide. */
  drawLine(text: string, x: number, top: number, width: number, style: TextStyle, align: Align = 'left'): void {
    if (!text) return;
    this.style(style);
    const textWidth = this.doc.widthOfString(text);
    const dx = align === 'right' ? width - textWidth : align === 'center' ? (width - textWidth) / 2 : 0;
    const y = top + ((LEADING - 1) * style.size) / 2;
    if (style.bold) {
      // Faux bold (fill + thin stroke) keeps one embedded weight; see font.ts.
      this.doc.save().lineWidth(style.size * 0.045).strokeColor(style.color ?? INK);
      this.doc.text(text, x + dx, y, { lineBreak: false, fill: true, stroke: true } as PDFKit.Mixins.TextOptions);
      this.doc.restore();
    } else {
      this.doc.text(text, x + dx, y, { lineBreak: false });
    }
  }

  /** Lines of `text` that fit `width`; breaks at spaces inside Latin words, anywhere in CJK. */
  wrap(text: string, width: number, style: TextStyle): string[] {
    this.style(style);
    const out: string[] = [];
    for (const paragraph of text.split('\n')) {
      let rest = paragraph.trim();
      if (!rest) {
        out.push('');
        continue;
      }
      while (rest) {
        if (this.doc.widthOfString(rest) <= width) {
          out.push(rest);
          break;
        }
        const chars = [...rest];
        // Longest prefix that fits, by binary search: O(log n) measurements per line.
        let lo = 1;
        let hi = chars.length;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if (this.doc.widthOfString(chars.slice(0, mid).join('')) <= width) lo = mid;
          else hi = mid - 1;
        }
        let cut = lo;
        const midWord = /[\w.,\-/()&'’]/.test(chars[cut - 1]) && /[\w.,\-/()&'’]/.test(chars[cut] ?? '');
        if (midWord) {
          const space = chars.slice(0, cut).lastIndexOf(' ');
          if (space > 0) cut = space + 1;
        }
        // A closing punctuation mark never starts a line (避头点).
        while (cut > 1 && /^[，。、；：）》」！？,.;:)]/.test(chars[cut] ?? '')) cut -= 1;
        out.push(chars.slice(0, cut).join('').trimEnd());
        rest = chars.slice(cut).join('').trimStart();
      }
    }
    return out;
  }

  /** Draws wrapped lines from `top`; returns the height used. */
  drawText(text: string, x: number, top: number, width: number, style: TextStyle, align: Align = 'left'): number {
    const lines = this.wrap(text, width, style);
    const lineHeight = style.size * LEADING;
    lines.forEach((line, i) => this.drawLine(line, x, top + i * lineHeight, width, style, align));
    return lines.length * lineHeight;
  }

  /** One line, cut with an ellipsis if needed: for running headers where the full text is on page 1. */
  fit(text: string, width: number, style: TextStyle): string {
    if (this.widthOf(text, style) <= width) return text;
    const chars = [...text];
    let n = chars.length;
    while (n > 0 && this.doc.widthOfString(chars.slice(0, n).join('') + '…') > width) n -= 1;
    return chars.slice(0, n).join('') + '…';
  }

  heightOf(text: string, width: number, style: TextStyle): number {
    return this.wrap(text, width, style).length * style.size * LEADING;
  }

  /** Text flowing at the cursor across the content width, moving the cursor down. */
  paragraph(text: string, style: TextStyle, gapAfter = 4): void {
    const height = this.heightOf(text, this.width, style);
    this.ensure(height);
    this.drawText(text, this.left, this.y, this.width, style);
    this.y += height + gapAfter;
  }

  hline(x1: number, x2: number, y: number, width = 0.5, color = RULE): void {
    this.doc.save().moveTo(x1, y).lineTo(x2, y).lineWidth(width).strokeColor(color).stroke().restore();
  }

  rect(x: number, y: number, w: number, h: number, options: { fill?: string; stroke?: string; width?: number; dash?: number } = {}): void {
    const doc = this.doc.save();
    doc.rect(x, y, w, h);
    if (options.dash) doc.dash(options.dash, { space: options.dash });
    doc.lineWidth(options.width ?? 0.5);
    if (options.fill && options.stroke) doc.fillAndStroke(options.fill, options.stroke);
    else if (options.fill) doc.fill(options.fill);
    else doc.stroke(options.stroke ?? RULE);
    doc.restore();
  }

  /**
   * Runs after all pages exist (bufferPages): "第 x 页 / 共 y 页 · Page x of y" on every
   * page, an optional left footer and a diagonal mark (草稿 / DRAFT).
   */
  finishPages(options: { footerLeft: string; watermark?: string }): void {
    const range = this.doc.bufferedPageRange();
    const total = range.count;
    for (let i = 0; i < total; i++) {
      this.doc.switchToPage(range.start + i);
      this.forgetStyle();
      const footerTop = this.doc.page.height - FOOTER_HEIGHT;
      this.hline(this.left, this.right, footerTop - 4, 0.4, '#999999');
      const style = { size: 7.5, color: MUTED };
      const pageText = `第 ${i + 1} 页 / 共 ${total} 页 · Page ${i + 1} of ${total}`;
      this.drawLine(options.footerLeft, this.left, footerTop, this.width * 0.6, style);
      this.drawLine(pageText, this.left, footerTop, this.width, style, 'right');
      if (options.watermark) this.watermark(options.watermark);
    }
  }

  private watermark(text: string): void {
    const { doc } = this;
    const cx = doc.page.width / 2;
    const cy = doc.page.height / 2;
    const size = 64;
    doc.save();
    doc.rotate(-35, { origin: [cx, cy] });
    doc.fillOpacity(0.16);
    this.style({ size, color: ACCENT });
    const w = doc.widthOfString(text);
    doc.text(text, cx - w / 2, cy - size / 2, { lineBreak: false });
    doc.restore();
    this.forgetStyle();
  }
}
