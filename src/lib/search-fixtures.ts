/** Synonym groups as the glossary gives them, for the search modules' tests. */
export const SYNONYMS: string[][] = [
  ['rate limit', '429'],
  ['mTLS', 'mutual TLS'],
  ['on-prem', 'on-premise'],
  ['IDR', 'Instance Data Replication'],
];
