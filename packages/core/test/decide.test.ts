import { fromResponse, normalize } from '@kyc-errors/core';
import { describe, expect, it } from 'vitest';
import { readFailure, readVerdict } from '../src/decide.js';
import { compiledOf } from '../src/define.js';
import { acme } from './fixtures/acme.js';

// Acme's error bodies are `{err, msg}`, its result bodies `{result, text}`.
const c = compiledOf(acme);
if (c === undefined) throw new Error('acme is made by defineProvider');

describe('one place decides what a body reports', () => {
  it('a failed flag or a catalog error code is a failure', () => {
    expect(readFailure(c, { err: 'E401', msg: 'Bad key' }, 200).kind).toBe('failure');
    expect(readFailure(c, { err: 'E401' }, 401).kind).toBe('failure');
  });

  it('a code the catalog lacks is unrecognized, not a failure for fromResponse', () => {
    expect(readFailure(c, { err: 'E777' }, 200).kind).toBe('unrecognized');
    expect(fromResponse(acme, { status: 200, body: { err: 'E777' } }).isOk()).toBe(true);
  });

  it('a success or approval code is a verdict; a rejection is a rejection', () => {
    expect(readFailure(c, { err: 'OK' }, 200).kind).toBe('verdict');
    expect(readFailure(c, { err: 'R1' }, 200).kind).toBe('verdict');
    expect(readFailure(c, { err: 'R2' }, 200).kind).toBe('rejection');
  });

  it('the error reader speaks first for normalize; the outcome reader only when it finds nothing', () => {
    // Both readers find something: the error reader's code decides.
    const both = readFailure(c, { err: 'E401', result: 'R1' }, 401);
    expect(both).toMatchObject({ kind: 'failure', code: 'E401' });
    // The error reader finds nothing: the result code, known to the catalog, decides.
    expect(readFailure(c, { result: 'R2' }, 200)).toMatchObject({ kind: 'rejection', code: 'R2' });
    expect(readFailure(c, { result: 'R1' }, 200)).toMatchObject({ kind: 'verdict', code: 'R1' });
  });

  it('a result code the catalog lacks is not taken by normalize: nothing was read', () => {
    expect(readFailure(c, { result: 'R-NEW' }, 200)).toMatchObject({ kind: 'nothing', code: null });
  });

  it('a verdict body given to normalize reads as its verdict, not as unknown', () => {
    expect(normalize(acme, { status: 200, body: { result: 'R2' } })).toMatchObject({
      category: 'verification',
      reason: 'NO_FACE',
    });
    expect(normalize(acme, { status: 200, body: { result: 'R1' } }).reason).toBe('NOT_A_FAILURE');
  });

  it('the outcome reader speaks first for outcome; an error body is a failure', () => {
    expect(readVerdict(c, { result: 'R1', err: 'E401' })).toMatchObject({
      kind: 'verdict',
      code: 'R1',
    });
    expect(readVerdict(c, { result: 'E401' }).kind).toBe('failure');
    const error = readVerdict(c, { err: 'E401' });
    expect(error.kind).toBe('failure');
    expect(error.verdict).toBeUndefined();
    expect(readVerdict(c, { nothing: 1 }).kind).toBe('nothing');
  });

  it("an undocumented result code is a verdict only when the reader found one in the body's other fields", () => {
    expect(readVerdict(c, { result: 'R-NEW' }).kind).toBe('verdict');
    expect(readVerdict(c, { result: 'R-ODD' }).kind).toBe('unrecognized');
  });

  it('readers that throw read as nothing', () => {
    const hostile = {
      get err(): never {
        throw new Error('boom');
      },
    };
    expect(readFailure(c, hostile, 200).kind).toBe('nothing');
    expect(readVerdict(c, hostile).kind).toBe('nothing');
  });
});
