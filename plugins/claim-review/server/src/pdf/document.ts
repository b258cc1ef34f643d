import { createHash } from 'crypto';
import PDFDocument from 'pdfkit';
import { FONT_NAME, loadFont } from './font';

export interface DocumentMeta {
  title: string;
  subject: string;
  author: string;
  keywords: string;
  /** CreationDate and ModDate; pdfkit would otherwise stamp the wall clock. */
  createdAt: Date;
  /** Hashed into the trailer /ID: same document, same ID, and no randomness anywhere. */
  identity: string;
}

export interface OpenDocument {
  doc: PDFKit.PDFDocument;
  /** Resolves with the whole file once doc.end() has been called. */
  bytes: Promise<Buffer>;
}

export const PAGE_MARGIN = { top: 40, left: 42, right: 42 };

export function openDocument(meta: DocumentMeta): OpenDocument {
  const font = loadFont();
  const doc = new PDFDocument({
    size: 'A4',
    // 1.4: the DRAFT mark is drawn with transparency.
    pdfVersion: '1.4',
    // bottom 0: the layout decides page breaks; pdfkit must never add a page on its own
    // when a footer is written near the edge.
    margins: { ...PAGE_MARGIN, bottom: 0 },
    bufferPages: true,
    compress: true,
    lang: 'zh-CN',
    displayTitle: true,
    info: {
      Title: meta.title,
      Subject: meta.subject,
      Author: meta.author,
      Keywords: meta.keywords,
      Creator: 'Sanbao claim-review',
      Producer: 'Sanbao claim-review (PDFKit)',
      CreationDate: meta.createdAt,
      ModDate: meta.createdAt,
    },
  });
  // pdfkit derives /ID from the info dictionary today; pin it so that stays true even if
  // a later pdfkit adds a clock or random source to that derivation.
  (doc as unknown as { _id: Buffer })._id = createHash('md5').update(meta.identity).digest();
  // pdfkit accepts a fontkit font as source: parsed once per process, not once per PDF.
  doc.registerFont(FONT_NAME, font as unknown as PDFKit.Mixins.PDFFontSource);
  doc.font(FONT_NAME);

  const chunks: Buffer[] = [];
  const bytes = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, bytes };
}

/** A stable identity for the trailer ID: the document kind plus its full content. */
export function identityOf(kind: string, data: unknown): string {
  return `${kind}\n${JSON.stringify(data)}`;
}
