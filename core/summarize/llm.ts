import type { HandoffInput } from '../contract';
import { sendWithRetry, type Clock, type Sleep, type Transport } from '../http';
import { languageNames, pickLanguage, type SupportedLanguage } from '../messages';
import { numbersNotIn } from './numbers';
import { redactText } from '../detect';
import { summarize, type SummaryDecision, type SummaryOptions } from './summarize';

export interface LlmSummaryOptions extends SummaryOptions {
  transport: Transport;
  sleep: Sleep;
  now: Clock;
  /** Base URL of an OpenAI-compatible API, e.g. `https://api.openai.com/v1`; `/chat/completions` is appended. */
  endpoint: string;
  apiKey?: string;
  model: string;
  /** Give up on the LLM after this long and use the offline summary (default 8000 ms). */
  timeoutMs?: number;
  /** Retries on 429/5xx (default 1). */
  retries?: number;
  temperature?: number;
}

/** A summary and where it came from; `note` says why the LLM was not used. */
export interface LlmSummaryResult {
  summary: string;
  source: 'llm' | 'offline';
  note?: string;
}

/** The chat-completions messages: instructions, then the (redacted) transcript and signals. */
export const llmPrompt = (
  input: HandoffInput,
  decision: SummaryDecision,
  language: SupportedLanguage,
  redact: boolean,
) => {
  const lines = input.conversation.messages.map(
    (m) => `${m.role}: ${redact ? redactText(m.text) : m.text}`,
  );
  const signals = decision.reasons.map((r) => r.code).join(', ') || 'none';
  return [
    {
      role: 'system',
      content:
        `You write handoff notes for customer-support agents. Write two or three sentences in ${languageNames[language]}: ` +
        'what the customer needs, the key facts (order or invoice numbers, amounts with currency, product names, what the bot already tried) ' +
        'and how the customer feels. Use only facts from the transcript and copy numbers exactly; never add a number that is not in it. ' +
        'Reply with the summary only.',
    },
    {
      role: 'user',
      content: `Issue type: ${decision.issueType}. Signals: ${signals}.\n\nTranscript:\n${lines.join('\n')}`,
    },
  ];
};

const contentOf = (body: string): string => {
  const data = JSON.parse(body) as { choices?: Array<{ message?: { content?: unknown } }> };
  const content = data.choices?.[0]?.message?.content;
  if (typeof content !== 'string' || content.trim() === '')
    throw new Error('the answer has no choices[0].message.content');
  return content.trim();
};

/**
 * A summary written by an LLM behind any OpenAI-compatible chat-completions endpoint,
 * checked before use: when the call fails, times out, or the text shows a number that
 * is not in the transcript, the offline summary is used and `note` says why.
 *
 * @example
 * const r = await summarizeWithLlm(input, decision, {
 *   endpoint: 'https://api.openai.com/v1', apiKey, model: 'gpt-4o-mini', transport, sleep, now: Date.now,
 * });
 * r.source // 'llm' or 'offline'
 */
export const summarizeWithLlm = async (
  input: HandoffInput,
  decision: SummaryDecision,
  options: LlmSummaryOptions,
): Promise<LlmSummaryResult> => {
  const offline = (note: string): LlmSummaryResult => ({
    summary: summarize(input, decision, options),
    source: 'offline',
    note,
  });
  const language = pickLanguage(options.agentLanguage, decision.language);
  const url = `${options.endpoint.replace(/\/+$/, '')}/chat/completions`;
  let text: string;
  try {
    const res = await sendWithRetry(
      {
        method: 'POST',
        url,
        headers: {
          'content-type': 'application/json',
          ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}),
        },
        body: JSON.stringify({
          model: options.model,
          messages: llmPrompt(input, decision, language, options.redact !== false),
          temperature: options.temperature ?? 0.2,
        }),
      },
      {
        transport: options.transport,
        sleep: options.sleep,
        now: options.now,
        timeoutMs: options.timeoutMs ?? 8000,
        retries: options.retries ?? 1,
      },
    );
    if (res.status < 200 || res.status >= 300)
      return offline(`LLM summary failed (HTTP ${res.status}); used the offline summary`);
    text = contentOf(res.body);
  } catch (error) {
    const cause = error instanceof Error ? error.message : String(error);
    return offline(`LLM summary failed (${cause}); used the offline summary`);
  }
  const transcript = input.conversation.messages.map((m) => m.text).join('\n');
  const invented = numbersNotIn(text, transcript);
  if (invented.length > 0) {
    return offline(
      `LLM summary mentioned ${invented.join(', ')}, which the transcript does not; used the offline summary`,
    );
  }
  return { summary: text, source: 'llm' };
};
