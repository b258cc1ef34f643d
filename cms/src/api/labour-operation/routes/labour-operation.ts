import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::labour-operation.labour-operation');
