import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::labour-operation.labour-operation');
