/** What other features may use of channels: its public entry. */
export * from './components/channel-names';
export * from './model/channel';
export * from './model/channel-catalogue';
export { expectedPreferenceFor, expectedPreferences, surveyShares } from './model/evidence';
