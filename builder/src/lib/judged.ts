import { LabelledLine, type HandoffInputRaw, type JudgedConversation } from '../../../core';

/**
 * Reads the service's labelled export (one judged decision per line) as the conversations
 * suggestions are replayed on: a person was wanted unless the verdict was "not needed".
 * Lines that are not labelled conversations are counted, not guessed at.
 *
 * @example
 * judgedFromJsonl('{"id":"dec_1","input":{…},"expected":{"handoff":false,…}}').judged[0].wanted; // false
 */
export const judgedFromJsonl = (
  text: string,
): { judged: JudgedConversation[]; skipped: number } => {
  const judged: JudgedConversation[] = [];
  let skipped = 0;
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    try {
      const parsed = LabelledLine.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error('not labelled');
      judged.push({
        id: parsed.data.id ?? `line ${i + 1}`,
        input: parsed.data.input as HandoffInputRaw,
        wanted: parsed.data.expected.handoff,
      });
    } catch {
      skipped++;
    }
  });
  return { judged, skipped };
};
