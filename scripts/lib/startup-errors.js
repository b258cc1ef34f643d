'use strict';

/** One sentence an operator can act on, instead of a stack trace. */
function explainStartupError(error) {
  // Strapi wraps an error thrown by a config file in "Could not load js config file <path>: …".
  const message = String(error && error.message ? error.message : error).replace(/^Could not load js config file \S+: /, '');
  if (error && error.name === 'DatabaseConfigError') return message;
  if (error && error.code === 'ECONNREFUSED') {
    return `the database refused the connection at ${error.address || 'its host'}:${error.port || ''}; check DATABASE_HOST/DATABASE_PORT or DATABASE_URL and that PostgreSQL is running.`;
  }
  if (error && error.code === '28P01') return 'PostgreSQL rejected the user name or password (DATABASE_USERNAME / DATABASE_PASSWORD).';
  if (error && error.code === '3D000') return `the PostgreSQL database does not exist: ${message}; create it or fix DATABASE_NAME.`;
  if (error && error.code === 'ENOTFOUND') return `the database host ${error.hostname} cannot be resolved; check DATABASE_HOST.`;
  if (error && error.code === 'EADDRINUSE') return `port ${error.port} is already in use; stop the other server or set PORT.`;
  if (/Cannot find module/.test(message)) return `a build or install step is missing (${message.split('\n')[0]}); run npm install again.`;
  return message.split('\n')[0];
}

module.exports = { explainStartupError };
