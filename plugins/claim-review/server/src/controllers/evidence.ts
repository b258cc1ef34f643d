import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { Readable } from 'stream';
import { ApiError } from '../api-error';
import { isRowId } from '../services/row-id';

function sendEvidence(ctx: Context, file: { name: string; mime: string; stream: Readable }) {
  ctx.type = file.mime;
  ctx.set('Content-Disposition', `inline; filename*=UTF-8''${encodeURIComponent(file.name)}`);
  // Customers' faces, plates and addresses: no shared cache keeps them, no page they open learns the link.
  ctx.set('Cache-Control', 'private, max-age=60');
  ctx.set('X-Content-Type-Options', 'nosniff');
  ctx.set('Referrer-Policy', 'no-referrer');
  ctx.body = file.stream;
}

/** The bytes of claim evidence: by signed link (for `<img>`), or to the owning dealer's token. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const photos = () => strapi.plugin('claim-review').service('claimPhotos');

  return {
    async byLink(ctx: Context) {
      const id = Number(ctx.params.id);
      if (!isRowId(id)) throw new ApiError('NOT_FOUND');
      // A forged or expired link proves nothing: the same 403 whether or not the file exists.
      if (strapi.plugin('claim-review').service('evidenceLinks').check(id, ctx.query) !== 'valid') throw new ApiError('FORBIDDEN');
      const file = await photos().open(id);
      if (!file) throw new ApiError('NOT_FOUND');
      sendEvidence(ctx, file);
    },

    async forDealer(ctx: Context) {
      const id = Number(ctx.params.id);
      const file = isRowId(id) ? await photos().open(id, { dealerCode: ctx.state.dealer.code, claimNumber: ctx.params.number }) : null;
      if (!file) throw new ApiError('NOT_FOUND');
      sendEvidence(ctx, file);
    },
  };
};
