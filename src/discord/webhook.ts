/**
 * An interaction's webhook: how a deferred answer reaches Discord after the HTTP response
 * (`PATCH /webhooks/{application}/{token}/messages/@original`, followups, removing the original).
 * The interaction token is the credential (valid 15 minutes): no bot token. @discordjs/rest does
 * the requests, with Discord's rate limits and retries.
 */
import { REST } from '@discordjs/rest';
import { Routes } from 'discord-api-types/v10';
import { DISCORD_API } from '../config/config.ts';
import type { MessageBody } from '../replies/messageBody.ts';

/** One interaction's webhook: its application and token. */
export interface InteractionWebhook {
  readonly applicationId: string;
  readonly token: string;
}

export class Webhooks {
  private readonly rest: REST;

  /** `apiBase`: DISCORD_API_BASE (a REST proxy, or the tests' stand-in), or null for Discord's. */
  constructor(apiBase: string | null) {
    // @discordjs/rest adds /v10 itself.
    const api = (apiBase ?? DISCORD_API).replace(/\/+$/, '').replace(/\/v\d+$/, '');
    this.rest = new REST({ api, version: '10' });
  }

  /** Replaces the original response (the deferred "thinking…", or the message a button sits on). */
  async editOriginal(hook: InteractionWebhook, body: MessageBody): Promise<void> {
    await this.rest.patch(Routes.webhookMessage(hook.applicationId, hook.token, '@original'), { body, auth: false });
  }

  /** A new message after the response (an ephemeral answer to a public deferral, say). */
  async followUp(hook: InteractionWebhook, body: MessageBody): Promise<void> {
    await this.rest.post(Routes.webhook(hook.applicationId, hook.token), { body, auth: false });
  }

  async deleteOriginal(hook: InteractionWebhook): Promise<void> {
    await this.rest.delete(Routes.webhookMessage(hook.applicationId, hook.token, '@original'), { auth: false });
  }
}
