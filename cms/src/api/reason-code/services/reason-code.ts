import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::reason-code.reason-code');
