import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::product-model.product-model');
