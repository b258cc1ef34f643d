import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::office-calendar.office-calendar-day');
