import * as client from 'openid-client';
import type { AccountsRepo } from './accounts.repo.js';
import { authErrors } from './auth.errors.js';

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret?: string;
  allowHttp: boolean;
}

export interface OidcPending {
  state: string;
  nonce: string;
  verifier: string;
  redirectUri: string;
}

/**
 * Single sign-on against a configured OpenID Connect provider (authorization
 * code + PKCE). Only accounts already known here may sign in: a subject is
 * matched by its link, or linked on first use through a verified email.
 */
export function createOidc(settings: OidcSettings | undefined, repo: AccountsRepo) {
  let discovered: Promise<client.Configuration> | undefined;

  function configuration(): Promise<client.Configuration> {
    if (!settings) throw authErrors.error('OIDC_NOT_CONFIGURED');
    discovered ??= client
      .discovery(
        new URL(settings.issuer),
        settings.clientId,
        settings.clientSecret,
        undefined,
        settings.allowHttp ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((err: unknown) => {
        discovered = undefined; // try discovery again on the next sign-in
        throw authErrors.error('OIDC_FAILED', { reason: (err as Error).message });
      });
    return discovered;
  }

  async function start(redirectUri: string): Promise<{ url: string; pending: OidcPending }> {
    const config = await configuration();
    const verifier = client.randomPKCECodeVerifier();
    const pending: OidcPending = { state: client.randomState(), nonce: client.randomNonce(), verifier, redirectUri };
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: redirectUri,
      scope: 'openid email profile',
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state: pending.state,
      nonce: pending.nonce,
    });
    return { url: url.href, pending };
  }

  /** Exchanges the code and returns the local user it maps to. */
  async function finish(callbackUrl: URL, pending: OidcPending): Promise<string> {
    const config = await configuration();
    let tokens: Awaited<ReturnType<typeof client.authorizationCodeGrant>>;
    let claims: client.IDToken | undefined;
    try {
      tokens = await client.authorizationCodeGrant(config, callbackUrl, {
        pkceCodeVerifier: pending.verifier,
        expectedState: pending.state,
        expectedNonce: pending.nonce,
      });
      claims = tokens.claims();
    } catch (err) {
      throw authErrors.error('OIDC_FAILED', { reason: (err as Error).message });
    }
    if (!claims) throw authErrors.error('OIDC_FAILED');
    const subject = `${settings!.issuer}#${claims.sub}`;
    const linked = await repo.userByOidcSubject(subject);
    if (linked) return linked.id;
    let profile: Record<string, unknown> = claims;
    // In the code flow a provider following OpenID Connect Core 5.4 returns the
    // claims of the email scope from UserInfo, not in the ID token.
    if (claims.email === undefined && config.serverMetadata().userinfo_endpoint) {
      try {
        profile = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
      } catch (err) {
        throw authErrors.error('OIDC_FAILED', { reason: (err as Error).message });
      }
    }
    const email =
      typeof profile.email === 'string' && profile.email_verified === true ? profile.email.toLowerCase() : undefined;
    const byEmail = email ? await repo.userByLogin(email) : undefined;
    if (!byEmail || byEmail.email !== email) throw authErrors.error('OIDC_NO_ACCOUNT');
    await repo.updateUser(repo.db, byEmail.id, { oidc_subject: subject });
    return byEmail.id;
  }

  return { enabled: Boolean(settings), start, finish };
}

export type Oidc = ReturnType<typeof createOidc>;
