import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::reason-code.reason-code');
