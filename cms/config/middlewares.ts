export default ({ env }) => [
  'strapi::logger',
  'strapi::errors',
  'plugin::claim-review.errors',
  {
    name: 'strapi::security',
    config: {
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          'connect-src': ["'self'", 'https:'],
          'img-src': ["'self'", 'data:', 'blob:'],
          'media-src': ["'self'", 'data:', 'blob:'],
          upgradeInsecureRequests: null,
        },
      },
      // The portal is served from this origin; nothing else needs to frame it.
      frameguard: { action: 'sameorigin' },
    },
  },
  {
    name: 'strapi::cors',
    config: {
      // Same-origin portal: CORS only for origins an operator lists explicitly.
      origin: env.array('CORS_ORIGINS', ['http://localhost:1337', 'http://127.0.0.1:1337', 'http://localhost:5173']),
      headers: ['Content-Type', 'Authorization', 'Idempotency-Key', 'If-Match', 'Accept-Language'],
      expose: ['ETag', 'Content-Disposition'],
    },
  },
  'strapi::poweredBy',
  'strapi::query',
  {
    name: 'strapi::body',
    config: {
      jsonLimit: '256kb',
      formLimit: '256kb',
      textLimit: '256kb',
      formidable: { maxFileSize: 10 * 1024 * 1024 },
    },
  },
  'strapi::session',
  'strapi::favicon',
  'global::portal',
  'strapi::public',
];
