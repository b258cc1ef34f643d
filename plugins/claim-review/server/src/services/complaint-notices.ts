import type { Core } from '@strapi/strapi';
import { CATALOGUE } from '../../../shared';
import { ApiError } from '../api-error';
import { complaintDepartmentsOf, type ComplaintDepartment, type PluginConfig } from '../config';
import type { Actor } from './audit';
import { iso } from './claim-view';
import { isRowId } from './row-id';
import { COMPLAINT_NOTICE_UID, type ComplaintRow } from './complaint-store';

export interface NoticeReader {
  id: number;
  name: string;
  /** Admin role codes the user holds. */
  roles: string[];
  superAdmin: boolean;
}

const PAGE_MAX = 100;

/** Whether the mail provider is a real one: without SANBAO_SMTP_HOST no provider is set (cms/config/mail-settings.ts). */
const mailOn = (strapi: Core.Strapi) => Boolean(strapi.plugin('email')) && strapi.plugin('email').config('provider') === 'nodemailer';

const label = (key: string) => (CATALOGUE as Record<string, { zh: string; en: string }>)[key] ?? { zh: key, en: key };

/**
 * Each responsible department told of a complaint in writing (seed 001: 书面通知相关部门):
 * an in-app notice that staff holding the department's roles read (and mark read), and an
 * e-mail to its addresses, sent after the notice is committed; its outcome is kept on the
 * notice (sent, not sent when mail is off or the department has no address, failed).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const q = () => strapi.db.query(COMPLAINT_NOTICE_UID as any);
  const departments = (): Record<string, ComplaintDepartment> => complaintDepartmentsOf(strapi.config.get('plugin::claim-review') as PluginConfig);

  const view = (n: any) => {
    const d = departments()[n.department];
    return {
      id: n.id,
      complaint: n.complaintNumber,
      department: { code: n.department, zh: d?.zh ?? n.department, en: d?.en ?? n.department },
      note: n.note ?? null,
      sentAt: iso(n.sentAt),
      sentBy: { name: n.sentByName },
      email: { to: n.emailTo ?? [], status: n.emailStatus },
      read: n.readAt ? { at: iso(n.readAt), by: { name: n.readByName } } : null,
    };
  };

  /** The department codes a reader's roles read (all for a super admin). */
  const readable = (reader: NoticeReader) =>
    Object.entries(departments())
      .filter(([, d]) => reader.superAdmin || d.roles.some((r) => reader.roles.includes(r)))
      .map(([code]) => code);

  const service = {
    view,

    departments() {
      return Object.entries(departments()).map(([code, d]) => ({ code, zh: d.zh, en: d.en }));
    },

    /** The unknown codes of a request, as field-level 400s. */
    refuseUnknown(codes: string[]) {
      const known = departments();
      const fields: Record<string, string> = {};
      codes.forEach((c, i) => {
        if (!known[c]) fields[`departments.${i}`] = 'not_found';
      });
      if (Object.keys(fields).length) throw new ApiError('VALIDATION_FAILED', { fields });
    },

    /** The notice rows, in the caller's transaction; answers their ids for the mail after commit. */
    async insert(row: ComplaintRow, codes: string[], note: string | null, actor: Actor, at: Date): Promise<number[]> {
      const ids: number[] = [];
      for (const code of Array.from(new Set(codes))) {
        const emails = departments()[code].emails;
        const created = await q().create({
          data: {
            complaintNumber: row.number,
            department: code,
            note,
            sentById: actor.id ?? null,
            sentByName: actor.name,
            sentAt: at,
            emailTo: emails,
            emailStatus: emails.length && mailOn(strapi) ? 'pending' : 'not_sent',
          },
        });
        ids.push(created.id);
      }
      return ids;
    },

    /** Sends the pending notices' e-mails (after the commit, never inside it) and records each outcome. */
    async mail(ids: number[], row: ComplaintRow): Promise<void> {
      for (const id of ids) {
        const n = await q().findOne({ where: { id } });
        if (!n || n.emailStatus !== 'pending') continue;
        const d = departments()[n.department];
        const severity = label(`complaint.severity.${row.severity}`);
        const subject = `[${row.number}] 客户投诉处理通知 / Complaint to handle: ${severity.zh} ${severity.en}`;
        const text = [
          `${d.zh} / ${d.en}:`,
          '',
          `投诉单号 / Complaint: ${row.number}`,
          `严重程度 / Severity: ${severity.zh} / ${severity.en}`,
          `受理人（首问负责） / Owner: ${row.ownerName ?? ''}`,
          row.resolutionDueAt ? `处理时限 / Resolve by: ${iso(row.resolutionDueAt)}` : null,
          '',
          row.description,
          n.note ? `\n${n.note}` : null,
        ]
          .filter((l) => l !== null)
          .join('\n');
        let status = 'sent';
        let error: string | null = null;
        try {
          await strapi.plugin('email').service('email').send({ to: (n.emailTo as string[]).join(', '), subject, text });
        } catch (e) {
          status = 'failed';
          error = String((e as Error).message).slice(0, 250);
          strapi.log.warn(`[claim-review] complaint notice ${id} e-mail failed: ${error}`);
        }
        await q().updateMany({ where: { id, emailStatus: 'pending' }, data: { emailStatus: status, emailError: error } });
      }
    },

    /** The reader's departments' notices, unread first, newest first. */
    async inbox(reader: NoticeReader, query: { page: number; pageSize: number; unread?: boolean }) {
      const codes = readable(reader);
      if (codes.length === 0) return { data: [], meta: { pagination: { page: query.page, pageSize: query.pageSize, total: 0 } }, unread: 0 };
      const where: Record<string, unknown> = { department: { $in: codes } };
      if (query.unread) where.readAt = null;
      const pageSize = Math.min(query.pageSize, PAGE_MAX);
      const [rows, total, unread] = await Promise.all([
        q().findMany({ where, orderBy: [{ sentAt: 'desc' }, { id: 'desc' }], limit: pageSize, offset: (query.page - 1) * pageSize }),
        q().count({ where }),
        q().count({ where: { department: { $in: codes }, readAt: null } }),
      ]);
      return { data: rows.map(view), meta: { pagination: { page: query.page, pageSize, total } }, unread };
    },

    /** Marks a notice of one of the reader's departments read (once: a second mark keeps the first reader). */
    async markRead(reader: NoticeReader, id: number) {
      const n = isRowId(id) ? await q().findOne({ where: { id } }) : null;
      if (!n || !readable(reader).includes(n.department)) throw new ApiError('NOT_FOUND');
      await q().updateMany({ where: { id, readAt: null }, data: { readAt: new Date(), readById: reader.id, readByName: reader.name } });
      return view(await q().findOne({ where: { id } }));
    },
  };
  return service;
};
