/**
 * /reload (moderators): re-reads the corpus directory and swaps the new library in, then says what
 * changed. Registered with Manage Server as the default permission and for servers only: server
 * admins decide who may use it (Server Settings › Integrations) and Discord delivers it only to
 * them, so the bot honours that choice. ADMIN_ROLE_IDS, when set, is an extra restriction the
 * operator chose: then only members with one of those roles may reload. A failed reload keeps the
 * running library and says why.
 */
import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { isCitebotError } from '../../errors.ts';
import type { Library } from '../../library.ts';
import { formatBytes } from '../../corpus/load.ts';
import { escapeMarkdown } from '../../replies/markdown.ts';
import { COLORS, type Reply } from '../../replies/types.ts';
import { Context, Permission, type CommandContext, type CommandData, type CommandModule } from '../command.ts';
import type { ReloadOutcome } from '../reloadService.ts';
import { plural, utcTime } from '../../replies/words.ts';
import { describeProgress } from '../../indexing/progress.ts';
import { sameText } from '../../indexing/storedDocuments.ts';
import { RELOAD } from '../../replies/budgets.ts';
import { requireModerator } from './shared.ts';

export const data = {
  name: 'reload',
  description: 'Re-read the articles from disk and swap them in (moderators)',
  default_member_permissions: Permission.ManageGuild.toString(),
  contexts: [Context.Guild],
} as const satisfies CommandData & RESTPostAPIChatInputApplicationCommandsJSONBody;

/** How the interim text of a running reload begins ("Reloading… 1,200 of 2,200 articles read"). */
export const RELOADING = 'Reloading…';

async function execute(_options: unknown, ctx: CommandContext): Promise<Reply> {
  requireModerator(ctx, 'reload the articles');
  return {
    ...report(await ctx.reload.reload((progress) => ctx.progress(`${RELOADING} ${describeProgress(progress)}`))),
    ephemeral: true,
  };
}

/** The reply when the bot shuts down during a reload: the running corpus stays (the new one is never swapped in). */
export const INTERRUPTED = (articles: number): string =>
  `The reload was interrupted by a shutdown; the running corpus was kept (${plural(articles, 'article')}).`;

const list = (items: readonly string[]): string =>
  items
    .slice(0, RELOAD.listMax)
    .map((s) => `\`${s.replace(/`/g, "'")}\``)
    .join(', ') + (items.length > RELOAD.listMax ? ` and ${items.length - RELOAD.listMax} more` : '');
const change = (before: number, after: number): string =>
  before === after ? `${after} (unchanged)` : `${before} → ${after}`;
const seconds = (ms: number): string => (ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`);

export function summary(library: Library): string {
  return (
    `${plural(library.stats.documents, 'document')}, ${library.stats.sentences} sentences` +
    `, ${library.quotes.quoteCount} quotes, loaded ${utcTime(library.loadedAt)}`
  );
}

export function report(outcome: ReloadOutcome): Reply {
  const joined = outcome.joined ? ' (a reload was already running: this is its result)' : '';
  if (!outcome.ok) {
    const reason = isCitebotError(outcome.error)
      ? outcome.error.message
      : 'an unexpected error (details are in the bot log)';
    return {
      content: `Reload failed${joined}: ${escapeMarkdown(reason)}\nStill serving the previous articles: ${summary(outcome.before)}.`,
    };
  }
  const { before, after } = outcome;
  const old = new Map(before.corpus.documents.map((d) => [d.id, d]));
  const now = new Map(after.corpus.documents.map((d) => [d.id, d]));
  const added = [...now.keys()].filter((id) => !old.has(id));
  const removed = [...old.keys()].filter((id) => !now.has(id));
  const changed = [...now.values()].filter((d) => old.has(d.id) && !sameText(old.get(d.id)!, d)).map((d) => d.id);
  const lines = [
    `Read ${escapeMarkdown(after.corpus.dir)} in ${seconds(outcome.ms)} (${formatBytes(after.stats.bytes)}).`,
    `**Documents:** ${change(before.stats.documents, after.stats.documents)}`,
    `**Sentences:** ${change(before.stats.sentences, after.stats.sentences)}`,
    `**Quotes:** ${change(before.quotes.quoteCount, after.quotes.quoteCount)}`,
  ];
  if (added.length > 0) lines.push(`**Added:** ${list(added)}`);
  if (removed.length > 0) lines.push(`**Removed:** ${list(removed)}`);
  if (changed.length > 0) lines.push(`**Changed:** ${list(changed)}`);
  if (added.length + removed.length + changed.length === 0) lines.push('No article changed.');
  if (outcome.shards !== undefined) {
    const { total, swapped, failed } = outcome.shards;
    lines.push(`**Shards:** ${swapped} of ${total} swapped to the new articles.`);
    const silent = total - swapped - failed.length;
    for (const f of failed.slice(0, RELOAD.listMax))
      lines.push(
        f.silent === true
          ? `• shard ${f.shard} ${escapeMarkdown(f.reason ?? 'did not answer')} (it may still swap when it does).`
          : `• shard ${f.shard} kept its articles: ${escapeMarkdown(f.reason ?? 'it failed')}`,
      );
    if (silent > 0)
      lines.push(`• ${plural(silent, 'shard')} did not answer and kept ${silent === 1 ? 'its' : 'their'} articles.`);
  }
  const skipped = after.corpus.skipped;
  if (skipped.length > 0) {
    lines.push(`**Skipped ${plural(skipped.length, 'file')}:**`);
    for (const s of skipped.slice(0, RELOAD.listMax))
      lines.push(`• \`${s.file.replace(/`/g, "'")}\` ${escapeMarkdown(s.message)}`);
    if (skipped.length > RELOAD.listMax) lines.push(`• and ${skipped.length - RELOAD.listMax} more`);
  }
  return {
    embeds: [{ title: `Reloaded the articles${joined}`, description: lines.join('\n'), color: COLORS.info }],
  };
}

export const reload: CommandModule<typeof data> = {
  data,
  defer: true,
  execute,
  interrupted: (ctx) => ({ content: INTERRUPTED(ctx.reload.current.stats.documents), ephemeral: true }),
};
export default reload;
