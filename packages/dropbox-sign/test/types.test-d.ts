import { defineProvider, type MessageRule } from '@kyc-errors/core/provider-kit';
import {
  DROPBOX_SIGN_CATALOG,
  type DropboxSignCode,
  type DropboxSignErrorCode,
  type DropboxSignEventName,
  type DropboxSignVerdictCode,
  dropboxSign,
} from '@kyc-errors/dropbox-sign';
import { describe, expectTypeOf, it } from 'vitest';

describe('dropbox-sign types', () => {
  it('derives the code unions from the catalog and the events list', () => {
    expectTypeOf<'exceeded_rate'>().toExtend<DropboxSignErrorCode>();
    expectTypeOf<'PAID_API_PLAN_REQUIRED'>().toExtend<DropboxSignErrorCode>();
    expectTypeOf<'signature_request_all_signed'>().toExtend<DropboxSignVerdictCode>();
    expectTypeOf<'is_complete'>().toExtend<DropboxSignVerdictCode>();
    expectTypeOf<'signature_request_signed'>().toExtend<DropboxSignEventName>();
    expectTypeOf<'signature_request_signed'>().not.toExtend<DropboxSignCode>();
    expectTypeOf<'rate_limited'>().not.toExtend<DropboxSignCode>();
  });

  it('types lookups by the code union', () => {
    expectTypeOf(dropboxSign.lookup).parameter(0).toExtend<string>();
  });

  it('refuses a message rule or a status naming a code the catalog lacks', () => {
    const rule: MessageRule<DropboxSignErrorCode> = { pattern: /^x/, code: 'forbidden' };
    expectTypeOf(rule.code).toEqualTypeOf<DropboxSignErrorCode>();
    defineProvider({
      id: 'dropbox-sign-typed',
      name: 'typed',
      catalog: DROPBOX_SIGN_CATALOG,
      read: () => undefined,
      // @ts-expect-error: not a Dropbox Sign code
      messages: [{ pattern: /^x/, code: 'rate_limited' }],
    });
    defineProvider({
      id: 'dropbox-sign-typed-status',
      name: 'typed',
      catalog: DROPBOX_SIGN_CATALOG,
      read: () => undefined,
      // @ts-expect-error: an approval is no failure a status can mean
      statuses: { 200: 'signature_request_all_signed' },
    });
  });
});
