import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::warranty-policy.warranty-policy');
