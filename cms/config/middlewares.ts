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
      // Multipart bodies are read only by the routes that take files, after the caller is
      // authenticated (the claim-review plugin's `multipart` route middleware): parsed here,
      // before any route, every anonymous post would leave its files in the temp folder.
      multipart: false,
    },
  },
  'plugin::claim-review.unread-body',
  'strapi::session',
  'strapi::favicon',
  'global::portal',
  'strapi::public',
];
