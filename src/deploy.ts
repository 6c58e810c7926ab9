/**
 * `npm run deploy`: registers the slash commands with one bulk overwrite, to DISCORD_GUILD_ID when
 * set (instant, for development) else globally, and prints what it registered. Run it when the
 * command definitions change, not on every start. `--clear` registers none at that scope (e.g. to
 * remove development commands from a server once they are registered globally).
 *
 * Expected failures (no network, a silent network, a rejected token, an application or server id
 * Discord refuses) print one line with the cause and the fix; the request gives up after
 * CONNECT_TIMEOUT_MS.
 */
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import {
  REST,
  Routes,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type RESTPutAPIApplicationCommandsResult,
} from 'discord.js';
import { COMMANDS } from './app/commands/all.ts';
import { loadConfig, type Config, type DiscordConfig } from './config/config.ts';
import { isCitebotError } from './errors.ts';
import {
  apiHost,
  CONNECT_TIMEOUT_MS,
  ConnectTimeoutError,
  diagnose,
  restOptions,
  withDeadline,
} from './discord/connection.ts';

/** The definitions exactly as sent: the plain JSON of each command module. */
function commandBodies(): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return COMMANDS.map((c) => structuredClone(c.data) as RESTPostAPIChatInputApplicationCommandsJSONBody);
}

/**
 * One bulk overwrite of the commands at the configured scope (none with `clear`); rejects with
 * ConnectTimeoutError when it has not finished after `timeoutMs`, retries included.
 */
export async function registerCommands(
  discord: DiscordConfig,
  clear: boolean,
  timeoutMs = CONNECT_TIMEOUT_MS,
): Promise<RESTPutAPIApplicationCommandsResult> {
  const { token, applicationId, guildId, apiBase } = discord;
  const rest = new REST(restOptions(apiBase)).setToken(token);
  const route =
    guildId === null
      ? Routes.applicationCommands(applicationId)
      : Routes.applicationGuildCommands(applicationId, guildId);
  return withDeadline(
    (signal) =>
      rest.put(route, { body: clear ? [] : commandBodies(), signal }) as Promise<RESTPutAPIApplicationCommandsResult>,
    timeoutMs,
    () => new ConnectTimeoutError(timeoutMs, apiHost(apiBase)),
  );
}

async function deploy(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!isCitebotError(error)) throw error;
    return fail(`${error.message}\nSee .env.example for every variable.`);
  }
  if (config.discord === null) {
    return fail('DISCORD_TOKEN is not set: deploy needs DISCORD_TOKEN and DISCORD_APPLICATION_ID (see .env.example).');
  }
  const discord = config.discord;
  let registered: RESTPutAPIApplicationCommandsResult;
  try {
    registered = await registerCommands(discord, process.argv.slice(2).includes('--clear'));
  } catch (error) {
    const diagnosis = diagnose(error, {
      apiBase: discord.apiBase,
      applicationId: discord.applicationId,
      guildId: discord.guildId,
    });
    if (diagnosis === null) throw error;
    return fail(`${diagnosis.cause}. ${diagnosis.fix}`);
  }
  const where =
    discord.guildId === null
      ? 'globally (new commands can take a while to show up everywhere)'
      : `in server ${discord.guildId} (DISCORD_GUILD_ID)`;
  process.stdout.write(`Registered ${registered.length} commands ${where}${registered.length > 0 ? ':' : '.'}\n`);
  for (const command of registered)
    process.stdout.write(`  /${command.name}  ${command.description}  (id ${command.id})\n`);
}

function fail(message: string): void {
  process.stderr.write(`deploy failed: ${message}\n`);
  process.exitCode = 1;
}

/** Run as a script (not when a test imports registerCommands). */
function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return pathToFileURL(realpathSync(script)).href === import.meta.url;
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  deploy().catch((error: unknown) => {
    // Not one of the expected failures: a bug, or a definition Discord refuses (400), with the details.
    process.stderr.write(
      `deploy failed (unexpected error): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  });
}
