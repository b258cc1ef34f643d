import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::warranty-policy.warranty-policy');
