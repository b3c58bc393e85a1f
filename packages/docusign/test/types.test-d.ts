import type { CatalogEntry, KycError, Provider } from '@kyc-errors/core';
import { defineProvider, type EntrySpec } from '@kyc-errors/core/provider-kit';
import {
  DOCUSIGN_CATALOG,
  type DocusignCode,
  type DocusignConnectMessage,
  type DocusignEnvelopeStatus,
  type DocusignErrorCode,
  type DocusignEventName,
  docusign,
} from '@kyc-errors/docusign';
import { describe, expectTypeOf, it } from 'vitest';

describe('DocusignCode', () => {
  it('holds the documented codes, statuses and verdict events as string literals', () => {
    expectTypeOf<'HOURLY_APIINVOCATION_LIMIT_EXCEEDED'>().toExtend<DocusignErrorCode>();
    expectTypeOf<'BURST_APIINVOCATION_LIMIT_EXCEEDED'>().toExtend<DocusignErrorCode>();
    expectTypeOf<'envelope:completed'>().toExtend<DocusignEnvelopeStatus>();
    expectTypeOf<'envelope-voided'>().toExtend<DocusignCode>();
  });

  it('leaves out what DocuSign does not document, and the mixed-case spelling', () => {
    expectTypeOf<'Hourly_Envelope_Polling_Limit_Exceeded'>().not.toExtend<DocusignCode>();
    expectTypeOf<'envelope:template'>().not.toExtend<DocusignCode>();
    expectTypeOf<'RATE_LIMITED'>().not.toExtend<DocusignCode>();
  });

  it('is derived from the catalog, not written twice', () => {
    expectTypeOf<(typeof DOCUSIGN_CATALOG)[number]['code']>().toEqualTypeOf<DocusignCode>();
    expectTypeOf(DOCUSIGN_CATALOG).toExtend<readonly EntrySpec[]>();
  });
});

describe('docusign', () => {
  it('is a provider typed by its code union', () => {
    expectTypeOf(docusign).toEqualTypeOf<Provider<DocusignCode>>();
    expectTypeOf(docusign.lookup('envelope:voided')).toEqualTypeOf<CatalogEntry | undefined>();
    expectTypeOf(docusign.errorFor('ENVELOPE_DOES_NOT_EXIST')).toEqualTypeOf<
      KycError | undefined
    >();
  });

  it('types rules from the catalog: a rule naming an unknown code does not compile', () => {
    defineProvider({
      id: 'docusign-typed',
      name: 'typed',
      catalog: DOCUSIGN_CATALOG,
      read: () => undefined,
      // @ts-expect-error: not a DocuSign code.
      messages: [{ pattern: /^x/, code: 'NOT_A_DOCUSIGN_CODE' }],
    });
    defineProvider({
      id: 'docusign-typed-status',
      name: 'typed',
      catalog: DOCUSIGN_CATALOG,
      read: () => undefined,
      // @ts-expect-error: an approval is no failure, so no status may mean it.
      statuses: { 444: 'envelope:completed' },
    });
  });
});

describe('the body types', () => {
  it('describe a Connect message by its event', () => {
    expectTypeOf<{ event: 'envelope-completed' }>().toExtend<DocusignConnectMessage>();
    expectTypeOf<{ data: object }>().not.toExtend<DocusignConnectMessage>();
    expectTypeOf<'recipient-completed'>().toExtend<DocusignEventName>();
  });
});
