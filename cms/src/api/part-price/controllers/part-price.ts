import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::part-price.part-price');
