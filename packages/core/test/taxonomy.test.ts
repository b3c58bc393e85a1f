import {
  CATEGORIES,
  CATEGORY_DEFAULTS,
  CATEGORY_INFO,
  type Category,
  isCategory,
  RETRY_ACTIONS,
  VERDICTS,
} from '@kyc-errors/core';
import { describe, expect, it } from 'vitest';
import { VERDICT_DEFAULTS } from '../src/outcome.js';
import { adviceFor } from '../src/retry-advice.js';

describe('categories', () => {
  it('are exactly the eight documented ones, in order', () => {
    expect(CATEGORIES).toEqual([
      'auth',
      'account',
      'validation',
      'user-state',
      'verification',
      'retryable',
      'rate-limit',
      'unknown',
    ]);
  });

  it('recognises only own members, never prototype names', () => {
    expect(isCategory('auth')).toBe(true);
    for (const hostile of [
      'toString',
      '__proto__',
      'constructor',
      '',
      'AUTH',
      1,
      null,
      undefined,
    ]) {
      expect(isCategory(hostile)).toBe(false);
    }
  });
});

describe('default retry advice, one row per category', () => {
  const expected: Record<Category, [boolean, string, string]> = {
    auth: [false, 'fix-config', 'rejected'],
    account: [false, 'account-action', 'rejected'],
    validation: [false, 'fix-request', 'rejected'],
    'user-state': [false, 'change-state', 'rejected'],
    verification: [false, 'none', 'rejected'],
    retryable: [true, 'backoff', 'uncertain'],
    'rate-limit': [true, 'wait', 'rejected'],
    unknown: [false, 'investigate', 'uncertain'],
  };

  it.each(CATEGORIES)('%s', (category) => {
    const [retryable, action, delivery] = expected[category];
    expect(CATEGORY_DEFAULTS[category].retry).toEqual({ retryable, action });
    expect(CATEGORY_DEFAULTS[category].delivery).toBe(delivery);
    expect(CATEGORY_INFO[category].meaning.length).toBeGreaterThan(20);
  });

  it('only transient categories are retryable by default', () => {
    const retryable = CATEGORIES.filter((c) => CATEGORY_DEFAULTS[c].retry.retryable);
    expect(retryable).toEqual(['retryable', 'rate-limit']);
  });

  it('every default action is a documented action', () => {
    for (const c of CATEGORIES) expect(RETRY_ACTIONS).toContain(CATEGORY_DEFAULTS[c].retry.action);
    for (const v of VERDICTS) expect(RETRY_ACTIONS).toContain(VERDICT_DEFAULTS[v].action);
  });

  it('adviceFor overrides only what the entry names', () => {
    expect(adviceFor('auth', { retryable: true, action: 'refresh-credentials' })).toEqual({
      retryable: true,
      action: 'refresh-credentials',
    });
    expect(adviceFor('validation', { action: 'check-status' })).toEqual({
      retryable: false,
      action: 'check-status',
    });
    expect(adviceFor('retryable')).toBe(CATEGORY_DEFAULTS.retryable.retry);
  });
});
