import { fromResponse, normalize } from '@kyc-errors/core';
import { persona } from '@kyc-errors/persona';
import { describe, expect, it } from 'vitest';
import { answer, inquiry } from './fixtures/results.js';

// Core decides what a body reports (decide.ts): when the error reader finds no `errors`, the
// outcome reader's code decides, as for every vendor with an outcome reader.
describe('an inquiry handed to normalize reads as its verdict', () => {
  it('a declined inquiry is a verification failure, not UNRECOGNIZED_FAILURE', () => {
    expect(normalize(persona, { status: 200, body: answer(inquiry('declined')) })).toMatchObject({
      category: 'verification',
      code: 'inquiry:declined',
      matchedBy: 'code',
    });
  });

  it('an approved inquiry is NOT_A_FAILURE', () => {
    const error = normalize(persona, { status: 200, body: answer(inquiry('approved')) });
    expect(error.reason).toBe('NOT_A_FAILURE');
  });

  it('fromResponse still passes a 200 inquiry through: a verdict is no request failure', () => {
    expect(fromResponse(persona, { status: 200, body: answer(inquiry('declined')) }).isOk()).toBe(
      true,
    );
  });
});
