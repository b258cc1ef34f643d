import { Align, HEADER_FILL, LEADING, Layout, MUTED, RULE, TextStyle } from './layout';

export interface Column {
  /** Chinese over English, both printed in the header row. */
  header: [string, string];
  width: number;
  align?: Align;
  /** Figures, dates, codes: shrink the type to fit rather than break the value over lines. */
  nowrap?: boolean;
}

export interface Cell {
  text: string;
  /** A second, smaller grey line (e.g. the English name under the Chinese one). */
  sub?: string;
  /** Smaller grey text after `text` on the same line when it fits (labels: 开具日期 Issue date). */
  note?: string;
  span?: number;
  align?: Align;
  bold?: boolean;
  color?: string;
}

export interface RowOptions {
  fill?: string;
  bold?: boolean;
  /** Keep this row on the page of the previous one (subtotals stay with their table). */
  heightHint?: number;
}

export interface TableStyle {
  size: number;
  headerSize: number;
  padX: number;
  padY: number;
}

const DEFAULT_STYLE: TableStyle = { size: 8, headerSize: 7.5, padX: 3, padY: 3.5 };

interface PlacedCell {
  cell: Cell;
  x: number;
  width: number;
  lines: string[];
  subLines: string[];
  inlineNote?: string;
  size: number;
}

/**
 * A ruled table that breaks across pages and repeats its header row on each page.
 * Rows of single cells share column rules drawn once per run (cheap for 1,000 rows);
 * rows with spans draw their own.
 */
export class Table {
  private readonly layout: Layout;
  private readonly columns: Column[];
  private readonly style: TableStyle;
  private readonly x: number;
  private readonly width: number;
  private runTop: number | null = null;

  constructor(layout: Layout, columns: Column[], style: Partial<TableStyle> = {}) {
    this.layout = layout;
    this.columns = columns;
    this.style = { ...DEFAULT_STYLE, ...style };
    this.x = layout.left;
    this.width = columns.reduce((sum, c) => sum + c.width, 0);
    if (this.width > layout.width + 0.01) {
      throw new Error(`table is ${this.width}pt wide, page content is ${layout.width}pt`);
    }
  }

  private get subStyle(): TextStyle {
    return { size: this.style.size - 1.5, color: MUTED };
  }

  private headerHeight(): number {
    const { headerSize, padY } = this.style;
    return padY * 2 + headerSize * LEADING + (headerSize - 1) * LEADING;
  }

  /** Draws the header; call once, page breaks repeat it. `firstRowHeight` keeps it from being orphaned. */
  begin(firstRowHeight = 20): void {
    this.layout.ensure(this.headerHeight() + firstRowHeight);
    this.drawHeader();
  }

  private drawHeader(): void {
    const { layout } = this;
    const { headerSize, padY } = this.style;
    const top = layout.y;
    const height = this.headerHeight();
    layout.rect(this.x, top, this.width, height, { fill: HEADER_FILL, stroke: RULE, width: 0.6 });
    const zh = { size: headerSize, bold: true };
    const en = { size: headerSize - 1, color: MUTED };
    let x = this.x;
    for (const column of this.columns) {
      layout.drawLine(column.header[0], x + 1, top + padY, column.width - 2, zh, 'center');
      layout.drawLine(column.header[1], x + 1, top + padY + headerSize * LEADING, column.width - 2, en, 'center');
      x += column.width;
    }
    // Rules after the text: a path under construction must not enclose text objects.
    x = this.x;
    for (const column of this.columns.slice(0, -1)) {
      x += column.width;
      this.vline(x, top, top + height);
    }
    this.strokePaths();
    layout.y = top + height;
  }

  private vline(x: number, y1: number, y2: number): void {
    this.layout.doc.moveTo(x, y1).lineTo(x, y2);
  }

  private strokePaths(): void {
    this.layout.doc.save().lineWidth(0.4).strokeColor(RULE).stroke().restore();
  }

  /** Column rules of the current run of plain rows, plus the table's outer sides. */
  private closeRun(): void {
    if (this.runTop === null) return;
    const bottom = this.layout.y;
    let x = this.x;
    for (const column of this.columns) {
      this.vline(x, this.runTop, bottom);
      x += column.width;
    }
    this.vline(x, this.runTop, bottom);
    this.strokePaths();
    this.runTop = null;
  }

  private place(cells: Cell[], rowBold: boolean): PlacedCell[] {
    const { padX } = this.style;
    const placed: PlacedCell[] = [];
    let col = 0;
    let x = this.x;
    for (const cell of cells) {
      const span = cell.span ?? 1;
      let width = 0;
      for (let i = 0; i < span; i++) width += this.columns[col + i].width;
      const inner = width - padX * 2;
      const style = { size: this.style.size, bold: cell.bold ?? rowBold };
      if (span === 1 && this.columns[col].nowrap && !cell.text.includes('\n')) {
        const natural = this.layout.widthOf(cell.text, style);
        // Quarter-point steps keep sizes (and so bytes) identical across runs and platforms.
        if (natural > inner) style.size = Math.max(5, Math.floor(((style.size * inner) / natural) * 4) / 4);
      }
      const noteFits =
        cell.note !== undefined &&
        this.layout.widthOf(cell.text, style) + 3 + this.layout.widthOf(cell.note, this.subStyle) <= inner;
      const sub = noteFits ? cell.sub : [cell.note, cell.sub].filter(Boolean).join('\n');
      placed.push({
        cell: { ...cell, align: cell.align ?? this.columns[col].align ?? 'left' },
        x,
        width,
        lines: this.layout.wrap(cell.text, inner, style),
        subLines: sub ? this.layout.wrap(sub, inner, this.subStyle) : [],
        inlineNote: noteFits ? cell.note : undefined,
        size: style.size,
      });
      col += span;
      x += width;
    }
    if (col !== this.columns.length) throw new Error(`row covers ${col} of ${this.columns.length} columns`);
    return placed;
  }

  private heightOf(placed: PlacedCell[]): number {
    const { padY } = this.style;
    let content = 0;
    for (const p of placed) {
      content = Math.max(content, p.lines.length * p.size * LEADING + p.subLines.length * this.subStyle.size * LEADING);
    }
    return content + padY * 2;
  }

  row(input: Array<Cell | string>, options: RowOptions = {}): void {
    const { layout } = this;
    const cells = input.map((c) => (typeof c === 'string' ? { text: c } : c));
    const placed = this.place(cells, options.bold ?? false);
    const height = this.heightOf(placed);
    if (layout.y + height + (options.heightHint ?? 0) > layout.bottom) {
      this.closeRun();
      layout.newPage();
      this.drawHeader();
    }
    const top = layout.y;
    const spanned = cells.some((c) => (c.span ?? 1) > 1);
    if (spanned) this.closeRun();
    else if (this.runTop === null) this.runTop = top;
    if (options.fill) layout.rect(this.x, top, this.width, height, { fill: options.fill });

    const { size, padX, padY } = this.style;
    for (const p of placed) {
      const style = { size: p.size, bold: p.cell.bold ?? options.bold ?? false, color: p.cell.color };
      // A shrunk value sits on the middle of the normal line instead of its top.
      let y = top + padY + ((size - p.size) * LEADING) / 2;
      for (const line of p.lines) {
        layout.drawLine(line, p.x + padX, y, p.width - padX * 2, style, p.cell.align);
        y += p.size * LEADING;
      }
      if (p.inlineNote) {
        const textWidth = layout.widthOf(p.lines[0] ?? '', style);
        const dy = (size - this.subStyle.size) * 0.8;
        layout.drawLine(p.inlineNote, p.x + padX + textWidth + 3, top + padY + dy, p.width, this.subStyle);
      }
      for (const line of p.subLines) {
        layout.drawLine(line, p.x + padX, y, p.width - padX * 2, this.subStyle, p.cell.align);
        y += this.subStyle.size * LEADING;
      }
    }
    const bottom = top + height;
    this.layout.doc.moveTo(this.x, bottom).lineTo(this.x + this.width, bottom);
    if (spanned) {
      for (const p of placed) this.vline(p.x, top, bottom);
      this.vline(this.x + this.width, top, bottom);
    }
    this.strokePaths();
    layout.y = bottom;
  }

  end(): void {
    this.closeRun();
  }
}
