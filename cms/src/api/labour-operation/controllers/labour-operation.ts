import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::labour-operation.labour-operation');
