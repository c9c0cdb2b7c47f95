import type { Config } from '../../config.js';
import { httpSmsSender, smtpSender, webPushSender, type Senders } from './notify.channels.js';

export interface NotifyOptions {
  senders: Senders;
  /** VAPID public key handed to browsers, when Web Push is configured. */
  pushPublicKey: string | null;
  /** Accept plain-http and private-network push endpoints (tests only). */
  pushAllowHttp: boolean;
  retryLimit: number;
  retryDelaySeconds: number;
  publicUrl?: string;
}

/** Channels from the configuration (README: SMTP_*, SMS_*, VAPID_*, NOTIFY_*); a half-configured channel stops the start. */
export function notifyOptionsFrom(config: Config): NotifyOptions {
  const senders: Senders = {};
  if (config.SMTP_URL) {
    if (!/^smtps?:\/\//i.test(config.SMTP_URL)) throw new Error('SMTP_URL must start with smtp:// or smtps://');
    if (!config.SMTP_FROM) throw new Error('SMTP_FROM is required when SMTP_URL is set');
    senders.email = smtpSender({ url: config.SMTP_URL, from: config.SMTP_FROM });
  }
  if (config.SMS_API_URL) {
    senders.sms = httpSmsSender({
      url: config.SMS_API_URL,
      token: config.SMS_API_TOKEN,
      sender: config.SMS_SENDER,
      unaccent: config.SMS_UNACCENT,
    });
  }
  const vapid = [config.VAPID_PUBLIC_KEY, config.VAPID_PRIVATE_KEY, config.VAPID_SUBJECT];
  if (vapid.some(Boolean)) {
    if (!vapid.every(Boolean))
      throw new Error('VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY and VAPID_SUBJECT are set together');
    if (!/^(mailto:|https:\/\/)/.test(config.VAPID_SUBJECT!))
      throw new Error('VAPID_SUBJECT must be a mailto: or https: URL');
    senders.push = webPushSender({
      publicKey: config.VAPID_PUBLIC_KEY!,
      privateKey: config.VAPID_PRIVATE_KEY!,
      subject: config.VAPID_SUBJECT!,
    });
  }
  return {
    senders,
    pushPublicKey: senders.push ? config.VAPID_PUBLIC_KEY! : null,
    pushAllowHttp: config.PUSH_ALLOW_HTTP,
    retryLimit: config.NOTIFY_RETRY_LIMIT,
    retryDelaySeconds: config.NOTIFY_RETRY_DELAY_SECONDS,
    publicUrl: config.PUBLIC_URL,
  };
}
