// Worker thread: parses one feed (./offThread.ts) and posts the items back.
import { answerParent } from '../workers/oneJob.ts';
import { parseFeedBody } from './parse.ts';

answerParent((received: { body: Uint8Array; contentType: string; url: string }) =>
  parseFeedBody(Buffer.from(received.body), received.contentType, received.url),
);
