import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::part-price.part-price');
