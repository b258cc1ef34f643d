'use strict';
// Strapi loads the compiled server; `npm run build -w claim-review` (plain tsc) produces it.
module.exports = require('./dist/server/src').default;
