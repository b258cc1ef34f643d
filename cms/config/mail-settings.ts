type Env = ((name: string, fallback?: string) => string) & {
  int: (name: string, fallback?: number) => number;
  bool: (name: string, fallback?: boolean) => boolean;
};

/**
 * Password-reset mail goes through an SMTP server set by SANBAO_SMTP_*. Without
 * SANBAO_SMTP_HOST no provider is set and the claim-review bootstrap turns the reset
 * mail off (and says so in the log): Strapi's default `sendmail` would try to deliver
 * directly from this machine.
 */
export const mailSettings = (env: Env) => {
  const host = env('SANBAO_SMTP_HOST', '');
  if (!host) return {};
  const user = env('SANBAO_SMTP_USER', '');
  const from = env('SANBAO_SMTP_FROM', `no-reply@${host}`);
  return {
    email: {
      config: {
        provider: 'nodemailer',
        providerOptions: {
          host,
          port: env.int('SANBAO_SMTP_PORT', 587),
          // true: TLS from the first byte (port 465); false: STARTTLS when the server offers it.
          secure: env.bool('SANBAO_SMTP_SECURE', false),
          auth: user ? { user, pass: env('SANBAO_SMTP_PASS', '') } : undefined,
        },
        settings: { defaultFrom: from, defaultReplyTo: from },
      },
    },
  };
};
