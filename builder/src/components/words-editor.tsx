import { useState } from 'react';
import { languageNames, supportedLanguages, type SupportedLanguage } from '../../../core';
import type { WordsBlock } from '../lib/graph';

const lines = (text: string) =>
  text.split('\n').filter((t, i, a) => t !== '' || i === a.length - 1);

/**
 * The words of a words block, one list per language: "Every language" always counts, a
 * language's own list only when the conversation is in that language.
 */
export const WordsEditor = ({
  block,
  set,
}: {
  block: WordsBlock;
  set: (b: WordsBlock) => void;
}) => {
  const [language, setLanguage] = useState<SupportedLanguage | 'all'>('all');
  const count = (l: SupportedLanguage) => (block.byLanguage?.[l] ?? []).filter(Boolean).length;
  const terms = language === 'all' ? block.terms : (block.byLanguage?.[language] ?? []);
  const change = (next: string[]) => {
    if (language === 'all') return set({ ...block, terms: next });
    const byLanguage = { ...block.byLanguage, [language]: next };
    if (!next.length) delete byLanguage[language];
    set({ ...block, byLanguage });
  };
  return (
    <>
      <label htmlFor="words-language">Words for</label>
      <select
        id="words-language"
        value={language}
        onChange={(e) => setLanguage(e.target.value as SupportedLanguage | 'all')}
      >
        <option value="all">Every language ({block.terms.filter(Boolean).length})</option>
        {supportedLanguages.map((l) => (
          <option key={l} value={l}>
            {languageNames[l]} only ({count(l)})
          </option>
        ))}
      </select>
      <label htmlFor="words">
        {language === 'all'
          ? 'Words or phrases, one per line (any case), counted in every language'
          : `Words or phrases in ${languageNames[language]}, one per line, counted only when the conversation is in ${languageNames[language]}`}
      </label>
      <textarea
        id="words"
        rows={5}
        value={terms.join('\n')}
        onChange={(e) => change(e.target.value === '' ? [] : lines(e.target.value))}
      />
      <p className="hint">
        The conversation's language is the one the chatbot passes, else the one detected from the
        customer's messages (as the decision shows it).
      </p>
    </>
  );
};
