/** A risk level in words. */
export const RISK_TEXT = { high: 'High risk', medium: 'Medium risk', none: 'No risk' } as const;
