import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::office-calendar.office-calendar-day');
