import { factories } from '@strapi/strapi';

export default factories.createCoreController('api::office-calendar.office-calendar-day');
