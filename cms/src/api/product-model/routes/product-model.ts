import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::product-model.product-model');
