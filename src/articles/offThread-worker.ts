// Worker thread: reads one page or file into an article (./offThread.ts) and posts it back.
import { answerParent } from '../workers/oneJob.ts';
import { type ArticleSource, readSource } from './attachment.ts';

answerParent((received: ArticleSource) =>
  // Buffers arrive as plain Uint8Arrays.
  readSource(
    received.kind === 'page'
      ? { kind: 'page', page: { ...received.page, body: Buffer.from(received.page.body) } }
      : { kind: 'file', name: received.name, bytes: Buffer.from(received.bytes) },
  ),
);
