import { ACCENT, INK, LEADING, Layout, MUTED } from './layout';

/** Letterhead, title and document number: the top of page one. */
export function drawLetterhead(
  layout: Layout,
  head: { org: string; orgEn?: string; address?: string; title: string; titleEn: string; number?: string; badge?: string },
): void {
  const { left, width } = layout;
  layout.y += layout.drawText(head.org, left, layout.y, width, { size: 13, bold: true }, 'center');
  if (head.orgEn) layout.y += layout.drawText(head.orgEn, left, layout.y, width, { size: 8, color: MUTED }, 'center');
  if (head.address) layout.y += layout.drawText(head.address, left, layout.y, width, { size: 7.5, color: MUTED }, 'center');
  layout.y += 4;
  layout.hline(left, left + width, layout.y, 1.2, INK);
  layout.hline(left, left + width, layout.y + 2.2, 0.4, INK);
  layout.y += 10;

  const titleTop = layout.y;
  layout.drawLine(head.title, left, titleTop, width, { size: 19, bold: true }, 'center');
  layout.y += 19 * LEADING;
  layout.drawLine(head.titleEn, left, layout.y, width, { size: 10, color: MUTED }, 'center');
  if (head.number) {
    layout.drawLine(`No. ${head.number}`, left, layout.y + 1, width, { size: 9 }, 'right');
  }
  if (head.badge) {
    const style = { size: 10, bold: true, color: ACCENT };
    const w = layout.widthOf(head.badge, style) + 12;
    layout.rect(left, titleTop + 4, w, 20, { stroke: ACCENT, width: 1.2 });
    layout.drawLine(head.badge, left, titleTop + 4 + (20 - 10 * LEADING) / 2, w, style, 'center');
  }
  layout.y += 10 * LEADING + 8;
}

export function sectionTitle(layout: Layout, zh: string, en: string, keepWith = 40): void {
  layout.ensure(11 * LEADING + keepWith);
  layout.y += 4;
  const zhStyle = { size: 10.5, bold: true };
  layout.drawLine(zh, layout.left, layout.y, layout.width, zhStyle);
  const zhWidth = layout.widthOf(zh, zhStyle);
  layout.drawLine(en, layout.left + zhWidth + 6, layout.y + 1.5, layout.width, { size: 8.5, color: MUTED });
  layout.y += 10.5 * LEADING + 3;
}

export interface SignatureBox {
  heading: string;
  party: string;
  /** Labels of the hand-written fields: 制表 Prepared by… */
  fields: string[];
  /** Where the company seal goes; omitted for a private person. */
  seal?: [string, string];
}

const SEAL_RADIUS = 33;

/** Side-by-side boxes with signature lines and a dashed circle where the seal goes. */
export function drawSignatures(layout: Layout, boxes: SignatureBox[]): void {
  const gap = 12;
  const boxWidth = (layout.width - gap * (boxes.length - 1)) / boxes.length;
  const textWidth = (box: SignatureBox) => boxWidth - 16 - (box.seal ? SEAL_RADIUS * 2 + 8 : 0);
  const partyStyle = { size: 8.5 };
  const fieldGap = 22;
  const heights = boxes.map(
    (b) => 8 + 9 * LEADING + layout.heightOf(b.party, textWidth(b), partyStyle) + 6 + b.fields.length * fieldGap + 6,
  );
  const height = Math.max(SEAL_RADIUS * 2 + 40, ...heights);
  layout.ensure(height + 6);
  const top = layout.y + 6;
  boxes.forEach((box, i) => {
    const x = layout.left + i * (boxWidth + gap);
    const width = textWidth(box);
    layout.rect(x, top, boxWidth, height, { width: 0.6 });
    let y = top + 8;
    layout.drawLine(box.heading, x + 8, y, width, { size: 9, bold: true });
    y += 9 * LEADING;
    y += layout.drawText(box.party, x + 8, y, width, partyStyle) + 6;
    for (const field of box.fields) {
      y += fieldGap;
      const labelStyle = { size: 8, color: MUTED };
      const labelWidth = layout.widthOf(field, labelStyle);
      layout.drawLine(field, x + 8, y - 8 * LEADING, width, labelStyle);
      layout.hline(x + 12 + labelWidth, x + 8 + width, y - 1, 0.4, MUTED);
    }
    if (!box.seal) return;
    const cx = x + boxWidth - SEAL_RADIUS - 10;
    const cy = top + height / 2;
    layout.doc.save().circle(cx, cy, SEAL_RADIUS).dash(2.5, { space: 2.5 }).lineWidth(0.6).stroke('#999999').restore();
    layout.drawLine(box.seal[0], cx - SEAL_RADIUS, cy - 9, SEAL_RADIUS * 2, { size: 8, color: '#888888' }, 'center');
    layout.drawLine(box.seal[1], cx - SEAL_RADIUS, cy + 2, SEAL_RADIUS * 2, { size: 6.5, color: '#999999' }, 'center');
  });
  layout.y = top + height;
}

/** Small running header of continuation pages: which document and party this sheet belongs to. */
export function drawRunningHeader(
  layout: Layout,
  head: { title: string; number: string; party: string; note: string },
): void {
  const top = layout.top - 14;
  const secondTop = top + 8 * LEADING;
  const second = { size: 7.5, color: MUTED };
  layout.drawLine(head.title, layout.left, top, layout.width * 0.7, { size: 8, bold: true });
  layout.drawLine(head.number, layout.left, top, layout.width, { size: 8 }, 'right');
  const noteWidth = layout.widthOf(head.note, second);
  layout.drawLine(head.note, layout.left, secondTop, layout.width, second, 'right');
  // The full name is on page one; here it is cut to leave room for the period.
  const party = layout.fit(head.party, layout.width - noteWidth - 12, second);
  layout.drawLine(party, layout.left, secondTop, layout.width, second);
  layout.y = secondTop + 7.5 * LEADING + 3;
  layout.hline(layout.left, layout.right, layout.y, 0.6, INK);
  layout.y += 6;
}
