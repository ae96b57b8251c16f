import { describe, expect, test } from 'vitest';
import { hoistMarkedStyles, mergeHeadStyles, pageStyles } from './hoist-styles';

describe('hoistMarkedStyles', () => {
  test('moves each marked style, in order and unmarked, to the end of the head', () => {
    const page =
      '<html><head><title>t</title></head><body><p><strong><style data-hoist>.a{}</style>x</strong></p><style data-hoist>.b{}</style></body></html>';
    expect(hoistMarkedStyles(page)).toBe(
      '<html><head><title>t</title><style>.a{}</style><style>.b{}</style></head><body><p><strong>x</strong></p></body></html>',
    );
  });

  test('leaves a page without marked styles, and unmarked styles, as they are', () => {
    const page = '<head><style>.c{}</style></head><body><style>.d{}</style></body>';
    expect(hoistMarkedStyles(page)).toBe(page);
  });

  test('a `$` in a style is moved as it is', () => {
    expect(hoistMarkedStyles("<head></head><body><style data-hoist>.a{content:'$&'}</style></body>")).toBe(
      "<head><style>.a{content:'$&'}</style></head><body></body>",
    );
  });

  test('a page with marked styles and no head fails the build', () => {
    expect(() => hoistMarkedStyles('<body><style data-hoist>.a{}</style></body>')).toThrow('no </head>');
  });
});

describe('mergeHeadStyles', () => {
  test("the head's inline styles become one, where the first stood, in their order", () => {
    const page =
      '<head><link rel="stylesheet" href="/a.css"><style>.a{}</style><meta x><style>.b{}</style></head><body><style>.c{}</style></body>';
    expect(mergeHeadStyles(page)).toBe(
      '<head><link rel="stylesheet" href="/a.css"><style>.a{}.b{}</style><meta x></head><body><style>.c{}</style></body>',
    );
  });

  test('a stylesheet link between two styles keeps them apart (the cascade order)', () => {
    const page = '<head><style>.a{}</style><link rel="stylesheet" href="/b.css"><style>.c{}</style></head>';
    expect(mergeHeadStyles(page)).toBe(page);
  });

  test('one style, or none, is left as it is', () => {
    expect(mergeHeadStyles('<head><style>.a{}</style></head>')).toBe('<head><style>.a{}</style></head>');
    expect(mergeHeadStyles('<head></head>')).toBe('<head></head>');
  });
});

describe('pageStyles', () => {
  test('hoists, then merges: one style in the head', () => {
    const page = '<head><style>.a{}</style></head><body><em><style data-hoist>.b{}</style>x</em></body>';
    expect(pageStyles(page)).toBe('<head><style>.a{}.b{}</style></head><body><em>x</em></body>');
  });
});
