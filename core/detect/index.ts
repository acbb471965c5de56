export * from './types';
export * from './config';
export { detectAll, detectSignals, detectors, signalList, type Detection } from './detect';
export { detectLanguage } from './language';
export { findSensitive, type SensitiveKind, type SensitiveMatch } from './sensitive';
export { redactText, redactTranscript } from './redact';
export { languages, type Language } from './lexicon';
export { withHumanStates } from './session';
