/**
 * Reply descriptions: what a command answers, as plain data. The Discord layers turn one into a
 * message (./messageBody.ts: Discord's JSON for HTTP interactions, src/discord/render.ts: a discord.js
 * payload), the console (src/console/render.ts) into text. Text fields
 * hold Discord markdown built with ./markdown.ts (corpus text escaped, matched words in **bold**).
 */

export interface ReplyField {
  readonly name: string;
  readonly value: string;
  readonly inline?: boolean;
}

export interface ReplyEmbed {
  readonly title?: string;
  /** Link of the title (http/https only). */
  readonly url?: string;
  readonly description?: string;
  readonly fields?: readonly ReplyField[];
  /**
   * Plain text (no markdown). Commands whose buttons need state keep it here, in the footer of the
   * last embed: the button interaction carries the message back, so buttons survive a restart.
   */
  readonly footer?: string;
  readonly color?: number;
}

export type ButtonStyle = 'primary' | 'secondary' | 'success' | 'danger';

export interface ReplyButton {
  /** Custom id, at most 100 characters: `<command>:<action>:...`, routed back to the command. */
  readonly id: string;
  readonly label: string;
  readonly style?: ButtonStyle;
  readonly disabled?: boolean;
}

export interface Reply {
  readonly content?: string;
  readonly embeds?: readonly ReplyEmbed[];
  /** Rows of buttons (at most 5 rows of 5). */
  readonly buttons?: readonly (readonly ReplyButton[])[];
  /** Only the person who invoked sees it. */
  readonly ephemeral?: boolean;
  /** For a button: replace the message the button sits on instead of answering with a new one. */
  readonly update?: boolean;
  /** The answer is "the articles do not say" (counted as declined in the metrics). */
  readonly declined?: boolean;
}

/** An autocomplete suggestion: name shown (at most 100 characters), value sent (at most 100). */
export interface Choice {
  readonly name: string;
  readonly value: string;
}

export const COLORS = {
  answer: 0x2f6f9f,
  quote: 0x7a4fa0,
  info: 0x4f7a5a,
  warning: 0xc08a2b,
} as const;
