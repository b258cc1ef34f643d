import type { Core } from '@strapi/strapi';
import { RBAC_ACTIONS } from './constants';
import { parseStrapiUploadsAfterAuth } from './uploads/strapi-routes';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.service('admin::permission').actionProvider.registerMany(RBAC_ACTIONS);
  parseStrapiUploadsAfterAuth(strapi);
};
