// pino: serializers that write the safe fields of a KycError or KycFailure. Imports nothing of
// pino: a serializer is a plain function, so this subpath runs wherever pino does.
export type { KycErrSerializerOptions } from './pino/serializer.js';
export { createKycErrSerializer, kycErrSerializer } from './pino/serializer.js';
