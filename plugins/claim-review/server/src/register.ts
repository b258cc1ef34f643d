import type { Core } from '@strapi/strapi';
import { RBAC_ACTIONS } from './constants';
import { sameAnswerForEveryAddress } from './bootstrap/dealer-account';
import { parseStrapiUploadsAfterAuth } from './uploads/strapi-routes';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.service('admin::permission').actionProvider.registerMany(RBAC_ACTIONS);
  sameAnswerForEveryAddress(strapi);
  parseStrapiUploadsAfterAuth(strapi);
};
