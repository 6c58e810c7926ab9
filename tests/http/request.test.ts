/**
 * The raw interaction JSON Discord POSTs, as the router's Request: what the gateway adapter
 * (src/discord/bot.ts) makes of the same interaction through discord.js. Payloads are trimmed to
 * the fields Discord sends that matter here.
 */
import type { APIInteraction } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { requestOf } from '../../src/http/request.ts';

const USER = { id: '400000000000000002', username: 'reader', discriminator: '0', global_name: 'Reader', avatar: null };
const base = { id: '500000000000000001', application_id: '200000000000000001', token: 'tok', version: 1 };
const inGuild = (permissions: string, roles: string[] = []) => ({
  guild_id: '300000000000000001',
  channel: { id: '300000000000000002', type: 0 },
  member: { user: USER, roles, permissions, joined_at: '2020-01-01T00:00:00Z', deaf: false, mute: false, flags: 0 },
});
const of = (payload: object) => requestOf(payload as APIInteraction);

describe('requestOf', () => {
  it('reads a slash command: name, options by name, the member as invoker', () => {
    expect(
      of({
        ...base,
        type: 2,
        ...inGuild('2147483648', ['600000000000000001']),
        data: {
          id: '1',
          type: 1,
          name: 'ask',
          options: [
            { name: 'question', type: 3, value: 'who met the delegation' },
            { name: 'public', type: 5, value: true },
          ],
        },
      }),
    ).toEqual({
      kind: 'command',
      name: 'ask',
      options: { question: 'who met the delegation', public: true },
      user: {
        id: USER.id,
        inGuild: true,
        guildId: '300000000000000001',
        canManageGuild: false,
        roleIds: ['600000000000000001'],
      },
    });
  });

  it('reads Manage Server (0x20) from the permissions Discord computed for the member in the channel, Administrator holding it as discord.js reads it', () => {
    const request = (permissions: string) =>
      of({ ...base, type: 2, ...inGuild(permissions), data: { id: '1', type: 1, name: 'reload' } });
    expect(request('32')?.user.canManageGuild).toBe(true);
    expect(request('8589934624')?.user.canManageGuild).toBe(true); // 0x200000020
    expect(request('8')?.user.canManageGuild).toBe(true); // Administrator
    expect(request('2048')?.user.canManageGuild).toBe(false); // Send Messages
    expect(request('not a number')?.user.canManageGuild).toBe(false);
  });

  it('flattens a subcommand and gives an attachment as Discord describes it (data.resolved)', () => {
    expect(
      of({
        ...base,
        type: 2,
        ...inGuild('32'),
        data: {
          id: '1',
          type: 1,
          name: 'article',
          options: [{ name: 'add', type: 1, options: [{ name: 'file', type: 11, value: '700000000000000001' }] }],
          resolved: {
            attachments: {
              '700000000000000001': {
                id: '700000000000000001',
                filename: 'notes.txt',
                size: 12,
                url: 'http://127.0.0.1:1/attachments/700000000000000001/notes.txt',
                proxy_url: 'http://127.0.0.1:1/attachments/700000000000000001/notes.txt',
                content_type: 'text/plain; charset=utf-8',
              },
            },
          },
        },
      }),
    ).toMatchObject({
      kind: 'command',
      name: 'article',
      subcommand: 'add',
      options: {
        file: {
          kind: 'attachment',
          name: 'notes.txt',
          size: 12,
          contentType: 'text/plain; charset=utf-8',
          url: 'http://127.0.0.1:1/attachments/700000000000000001/notes.txt',
        },
      },
    });
  });

  it('reads an autocomplete: the focused option as text, the others as given', () => {
    expect(
      of({
        ...base,
        type: 4,
        ...inGuild('0'),
        data: {
          id: '1',
          type: 1,
          name: 'ask',
          options: [
            { name: 'question', type: 3, value: 'ceasefire' },
            { name: 'source', type: 3, value: 'kash', focused: true },
          ],
        },
      }),
    ).toMatchObject({
      kind: 'autocomplete',
      name: 'ask',
      focused: { name: 'source', value: 'kash' },
      options: { question: 'ceasefire', source: 'kash' },
    });
  });

  it('reads a button: its custom id, and the state in the footer of the last embed of its message', () => {
    expect(
      of({
        ...base,
        type: 3,
        ...inGuild('0'),
        data: { custom_id: 'ask:ctx:400000000000000002:0:0:abcd', component_type: 2 },
        message: {
          id: '800000000000000001',
          embeds: [{ description: 'first' }, { description: 'answer', footer: { text: 'Question: who met' } }],
        },
      }),
    ).toMatchObject({ kind: 'button', customId: 'ask:ctx:400000000000000002:0:0:abcd', state: 'Question: who met' });
    // No embed (or no message at all): no state, and the command's parser refuses the press.
    expect(
      of({
        ...base,
        type: 3,
        ...inGuild('0'),
        data: { custom_id: 'ask:x', component_type: 2 },
        message: { embeds: [] },
      }),
    ).toMatchObject({ kind: 'button', state: null });
    expect(of({ ...base, type: 3, ...inGuild('0'), data: { custom_id: 'ask:x', component_type: 2 } })).toMatchObject({
      kind: 'button',
      state: null,
    });
  });

  it('takes the user of a DM, outside any server', () => {
    expect(
      of({ ...base, type: 2, user: USER, channel: { id: '9', type: 1 }, data: { id: '1', type: 1, name: 'help' } }),
    ).toEqual({
      kind: 'command',
      name: 'help',
      options: {},
      user: { id: USER.id, inGuild: false, guildId: null, canManageGuild: false, roleIds: [] },
    });
  });

  it('leaves what the bot does not handle (a select menu, a context-menu command, a modal) to the caller', () => {
    expect(
      of({
        ...base,
        type: 3,
        user: USER,
        data: { custom_id: 'x', component_type: 3, values: [] },
        message: { embeds: [] },
      }),
    ).toBeNull();
    expect(
      of({ ...base, type: 2, user: USER, data: { id: '1', type: 2, name: 'Look up', target_id: '1' } }),
    ).toBeNull();
    expect(of({ ...base, type: 5, user: USER, data: { custom_id: 'm', components: [] } })).toBeNull();
  });
});
