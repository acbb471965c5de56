/**
 * What rules see, described once: every signal with its strength parameter and plain-language
 * name, every field with its type and allowed values, every detector threshold with its
 * default. The builder's palette, side panel and settings form are generated from it.
 */
export { ruleFields, fieldInfo, type FieldInfo, type FieldType } from './fields';
export { signalCatalogue, signalLabel, type SignalInfo } from './signals';
export { settingCatalogue, type SettingInfo } from './settings';
