/**
 * `npm run deploy`: registers the slash commands with one bulk overwrite, to DISCORD_GUILD_ID when
 * set (instant, for development) else globally, and prints what it registered. Run it when the
 * command definitions change, not on every start. `--clear` registers none at that scope (e.g. to
 * remove development commands from a server once they are registered globally).
 */
import { REST, Routes, type RESTPostAPIChatInputApplicationCommandsJSONBody, type RESTPutAPIApplicationCommandsResult } from 'discord.js';
import { COMMANDS } from '../commands/index.ts';
import { loadConfig } from './config/config.ts';
import { isCitebotError } from './errors.ts';
import { restOptions } from './bot/discord.ts';

/** The definitions exactly as sent: the plain JSON of each command module. */
function commandBodies(): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return COMMANDS.map((c) => structuredClone(c.data) as RESTPostAPIChatInputApplicationCommandsJSONBody);
}

async function deploy(): Promise<void> {
  const config = loadConfig();
  if (config.discord === null) {
    throw new Error('DISCORD_TOKEN is not set: deploy needs DISCORD_TOKEN and DISCORD_APPLICATION_ID (see .env.example).');
  }
  const { token, applicationId, guildId, apiBase } = config.discord;
  const rest = new REST(restOptions(apiBase)).setToken(token);
  const route = guildId === null ? Routes.applicationCommands(applicationId) : Routes.applicationGuildCommands(applicationId, guildId);
  const clear = process.argv.slice(2).includes('--clear');
  const registered = (await rest.put(route, { body: clear ? [] : commandBodies() })) as RESTPutAPIApplicationCommandsResult;
  const where = guildId === null ? 'globally (new commands can take a while to show up everywhere)' : `in server ${guildId} (DISCORD_GUILD_ID)`;
  process.stdout.write(`Registered ${registered.length} commands ${where}${registered.length > 0 ? ':' : '.'}\n`);
  for (const command of registered) process.stdout.write(`  /${command.name}  ${command.description}  (id ${command.id})\n`);
}

deploy().catch((error: unknown) => {
  process.stderr.write(`deploy failed: ${isCitebotError(error) || error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
