import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::warranty-policy.warranty-policy');
