/**
 * The checklist's fixed figures and words, apart from its schemas (./schema.ts re-exports them): the page's
 * first script needs these, not the combinators that check stored data, which load with the codec.
 */

/** The version of the stored document (3: the shared shelf shape, findings and added items). */
export const STORAGE_VERSION = 3;
/** The version of a JSON export of one review (findings and added items are optional fields of 2). */
export const EXPORT_VERSION = 2;
/** The `format` field that marks a JSON export of one review. */
export const EXPORT_FORMAT = 'cta-integration-checklist-review';
/** The most items a review can add of its own. */
export const ADDED_MAX = 100;
/** The risk levels a finding can carry, highest first. */
export const RISKS = ['high', 'medium', 'none'] as const;
/** A risk level in words. */
export const RISK_TEXT = { high: 'High risk', medium: 'Medium risk', none: 'No risk' } as const;
